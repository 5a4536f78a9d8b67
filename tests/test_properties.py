"""Properties find_quotes holds for every string (Hypothesis).

Each test runs a bounded number of examples (see SETTINGS) so that the whole suite stays
fast; run with ``--hypothesis-profile`` of your own or raise ``max_examples`` locally to
search harder.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quoteattr.marks import DOUBLED, MARKS
from quoteattr.model import Quote
from quoteattr.quotes import find_quotes

try:
    from tests.strategies import any_text, mark_free_text, news_text, unicode_text
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    from strategies import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        any_text,
        mark_free_text,
        news_text,
        unicode_text,
    )

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS = {"speech", "fragment", "name", "title"}


def _walk(quotes: tuple[Quote, ...] | list[Quote]) -> list[Quote]:
    """Every quotation, nested ones included (iteratively)."""
    out: list[Quote] = []
    todo = list(quotes)
    while todo:
        quote = todo.pop()
        out.append(quote)
        todo.extend(quote.nested)
    return out


def _check_quote(text: str, quote: Quote) -> None:
    assert 0 <= quote.start < quote.end <= len(text)
    assert text[quote.start : quote.end] == quote.text
    assert quote.segments
    assert quote.start == quote.segments[0].start
    assert quote.end == quote.segments[-1].end
    assert quote.kind in KINDS
    previous_end = quote.start
    for segment in quote.segments:
        assert previous_end <= segment.start < segment.end <= quote.end
        assert text[segment.start : segment.end] == segment.text
        assert segment.text == segment.text.strip()  # never empty, never padded
        assert segment.open_mark in MARKS | DOUBLED
        assert segment.close_mark == "" or segment.close_mark in MARKS | DOUBLED
        previous_end = segment.end
    if quote.interrupted or quote.multi_paragraph:
        assert len(quote.segments) > 1


@SETTINGS
@given(any_text())
@example("")
@example("“")
@example(" 」a")
@example("“a\n\n” b")
@example("“a ‘b’ c\n\n“d”")
def test_never_raises_and_offsets_reproduce_the_text(text: str) -> None:
    quotes = find_quotes(text)
    for quote in _walk(quotes):
        _check_quote(text, quote)


@SETTINGS
@given(news_text())
@example("“They said ‘no’ to us.\n\n“And ‘yes’ to them,” she said.")
def test_top_level_quotations_are_ordered_and_do_not_overlap(text: str) -> None:
    quotes = find_quotes(text)
    for before, after in pairwise(quotes):
        assert before.end <= after.start


@SETTINGS
@given(news_text())
@example("“They said ‘no’ to us.\n\n“And ‘yes’ to them,” she said.")
def test_nested_quotations_lie_inside_a_segment_of_their_parent(text: str) -> None:
    for parent in _walk(find_quotes(text)):
        for inner in parent.nested:
            assert any(s.start <= inner.start and inner.end <= s.end for s in parent.segments)
        for before, after in pairwise(parent.nested):
            assert before.end <= after.start


@SETTINGS
@given(any_text())
def test_deterministic(text: str) -> None:
    assert find_quotes(text) == find_quotes(text)
    assert find_quotes(text) == find_quotes(str(text))


@SETTINGS
@given(news_text(), mark_free_text())
@example("“We will rebuild", "The end.")
@example("Ray “The Hammer”", "The end.")
@example("'tis", "")
def test_appending_a_paragraph_without_marks_changes_no_earlier_quotation(
    text: str, tail: str
) -> None:
    # A paragraph break ends whatever is open, and a paragraph without marks can neither
    # continue a quotation nor join one: the earlier quotations stay exactly the same.
    assert find_quotes(text + "\n\n" + tail) == find_quotes(text)


@SETTINGS
@given(news_text())
def test_appending_the_end_keeps_quotations_identical(text: str) -> None:
    assert find_quotes(text + "\n\nThe end.") == find_quotes(text)


@SETTINGS
@given(mark_free_text(), news_text())
def test_prepending_a_paragraph_without_marks_only_shifts_offsets(head: str, text: str) -> None:
    prefix = head + "\n\n"
    shifted = find_quotes(prefix + text)
    plain = find_quotes(text)
    assert [_shift(q, len(prefix)) for q in plain] == [q.to_dict() for q in shifted]


def _shift(quote: Quote, by: int) -> dict[str, object]:
    data = quote.to_dict()

    def move(record: dict[str, object]) -> None:
        record["start"] = int(record["start"]) + by  # type: ignore[call-overload]
        record["end"] = int(record["end"]) + by  # type: ignore[call-overload]
        for segment in record["segments"]:  # type: ignore[attr-defined]
            segment["start"] += by
            segment["end"] += by
        for inner in record["nested"]:  # type: ignore[attr-defined]
            move(inner)

    move(data)
    return data


@SETTINGS
@given(unicode_text(max_size=400))
def test_any_unicode_text(text: str) -> None:
    for quote in _walk(find_quotes(text)):
        _check_quote(text, quote)


@settings(max_examples=50, deadline=None)
@given(st.lists(news_text(max_tokens=30), min_size=1, max_size=5))
def test_paragraphs_without_open_quotations_are_independent(paragraphs: list[str]) -> None:
    # Quotations found in a document of paragraphs that each close what they open are
    # those found in each paragraph alone (offsets shifted).
    paragraphs = [
        p.replace("\n", " ").replace("\r", " ").replace("\u2028", " ") for p in paragraphs
    ]
    clean = [p for p in paragraphs if all(not q.unclosed for q in find_quotes(p))]
    text = "\n\n".join(f"Note. {p}" for p in clean)
    expected = []
    offset = 0
    for p in clean:
        expected += [_shift(q, offset + len("Note. ")) for q in find_quotes(p)]
        offset += len("Note. ") + len(p) + 2
    assert [q.to_dict() for q in find_quotes(text)] == expected
