"""Runs of quotation marks settled in bulk give what the mark-by-mark scan gives (#6).

``quoteattr.quotes`` decides each quotation mark in one loop (``_pair``), but settles
the inside of a long run of English marks in one step (``_run_inside``) when a text is
dense with marks, so that hostile text (a run of ``"``, or ``"`` and ``'`` alternating)
costs no more per MB than news. The mark-by-mark loop is the reference:
``_scan(text, runs=False)`` uses it for every mark, ``_scan(text, runs=True)`` settles
every run it can in bulk, and the records (offsets, texts, marks, flags, nesting) must
be equal on any text. The strategies below draw texts rich in runs, around the things
that make a mark inside a run matter: quotations opened before the run, in either
family, nested, carried over a paragraph break, elisions, apostrophes in words,
guillemets, markup ``=``, typewriter doubled marks.

The mark-by-mark loop is the loop of the scan before runs were settled in bulk, moved
unchanged into ``_pair``; the outputs recorded below were given by that scan.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr import quotes
from quoteattr.marks import DOUBLE, MARKS, SINGLE
from quoteattr.quotes import find_quotes

try:
    from tests.strategies import hostile_text
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    from strategies import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        hostile_text,
    )

ENGLISH = "".join(sorted(DOUBLE | SINGLE))
OTHER_MARKS = "".join(sorted(MARKS - DOUBLE - SINGLE))
FILLER = [
    " ",
    "\n",
    "\n\n",
    " \n \n ",
    "a",
    "we won",
    "Jane Doe said,",
    "don't",
    "Russia’s",
    "tis",
    "90s",
    "n",
    "1",
    ".",
    ",",
    "=",
    "(",
    ")",
    "—",
    "…",
    "``",
    "''",
]


def _run(marks: str, low: int = 0) -> st.SearchStrategy[str]:
    return st.text(alphabet=marks, min_size=low, max_size=60)


# A run of English marks: any of them, or only two kinds (long toggles, "'"'...), or one.
runs = st.one_of(
    _run(ENGLISH),
    st.sampled_from(["\"'", "“”", "‘’", "'’", '"“', "”’"]).flatmap(_run),
    st.sampled_from(list(ENGLISH)).map(lambda mark: mark * 20),
)
# Many quotations opened, for a run to close one after another.
openers = st.tuples(
    st.sampled_from(["“a ", "‘a ", '"a ', "'a ", "«a ", "“a ‘b "]), st.integers(1, 20)
)
pieces = st.one_of(
    runs,
    openers.map(lambda opener: opener[0] * opener[1]),
    st.sampled_from(FILLER),
    st.text(alphabet=ENGLISH + OTHER_MARKS + " a\n", max_size=6),
)
# Each text holds at least one run long enough to be settled in bulk.
mark_rich = st.tuples(
    st.lists(pieces, max_size=8), _run(ENGLISH, low=16), st.lists(pieces, max_size=8)
).map(lambda parts: "".join(parts[0]) + parts[1] + "".join(parts[2]))


@settings(max_examples=300, deadline=None)
@given(mark_rich)
@example("He said “we won " + '"' * 20 + " today”")
@example("“Outer ‘inner " + "'" * 17 + '" tail”')
@example("“Carried on\n\n" + "“" * 18 + "next words.”")
@example("“a ‘b “c " + "’" * 16 + "”" * 16 + " d")
def test_runs_in_bulk_equal_mark_by_mark(text: str) -> None:
    assert quotes._RUN.search(text) is not None  # the bulk path has a run to settle
    assert quotes._scan(text, runs=True) == quotes._scan(text, runs=False)


@settings(max_examples=100, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_any_mark_rich_text_in_bulk_equals_mark_by_mark(text: str) -> None:
    # No run of 16 needed here: texts with short runs, or none, take the same path.
    assert quotes._scan(text, runs=True) == quotes._scan(text, runs=False)


@settings(max_examples=100, deadline=None)
@given(hostile_text())
def test_hostile_text_in_bulk_equals_mark_by_mark(text: str) -> None:
    # the shared hostile strategy of the robustness properties (tests/strategies.py)
    assert quotes._scan(text, runs=True) == quotes._scan(text, runs=False)


def _summary(text: str) -> list[tuple[object, ...]]:
    return [
        (
            q.start,
            q.end,
            q.text,
            q.kind,
            q.unclosed,
            q.multi_paragraph,
            q.interrupted,
            [(s.start, s.end, s.open_mark, s.close_mark) for s in q.segments],
            [(n.start, n.end, n.text) for n in q.nested],
        )
        for q in find_quotes(text)
    ]


# Outputs recorded with the mark-by-mark scan before runs were settled in bulk: a mark
# inside the run closes a quotation opened before it.
def test_a_run_closes_a_quotation_opened_before_it() -> None:
    text = "He said “we won " + '"' * 20 + " today”"
    assert quotes._RUN.search(text) is not None
    assert _summary(text) == [
        (9, 18, 'we won ""', "fragment", False, False, False, [(9, 18, "“", '"')], [])
    ]


def test_a_run_of_alternating_marks_closes_a_single_quotation_before_it() -> None:
    text = "She said ‘we won " + "\"'" * 10 + " today’ and left."
    assert _summary(text) == [
        (10, 18, 'we won "', "fragment", False, False, False, [(10, 18, "‘", "'")], [])
    ]


def test_a_run_closes_a_quotation_carried_over_a_paragraph_break() -> None:
    # The run's first mark carries the quotation on and the next closes it; the rest
    # toggle, leaving one open at 29 (settled in bulk), and the last one opens the
    # quotation that the closing mark closes.
    text = "“Carried on\n\n" + "“" * 18 + "next words.”"
    assert _summary(text) == [
        (1, 11, "Carried on", "speech", False, False, False, [(1, 11, "“", "")], []),
        (
            30,
            43,
            "“next words.”",
            "speech",
            True,  # opened at 29 inside the run, never closed
            False,
            False,
            [(30, 43, "“", "")],
            [(31, 42, "next words.")],
        ),
    ]


def test_hostile_runs_quote_nothing() -> None:
    # the two cases of benchmarks/test_bench_adversarial.py that are settled in bulk
    for text in ['"' * 100_001, "\"'" * 50_000, "“" * 10_000 + "”" * 10_000]:
        assert len(quotes._mark_positions(text)) * quotes._DENSE > len(text)
        assert find_quotes(text) == []
        assert quotes._scan(text, runs=False) == []
