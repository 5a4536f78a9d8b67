"""What a worker process of ``quoteattr.batch`` sends back and the calling process reads:
the records of each document, pickled on their own by the worker's private pickler
(``_pickler``: each record as its class and field values) and loaded in the caller one
document at a time (``_received``), must be the records ``extract`` gives in one
process.

No worker pool here: the worker's task (``_work``) and the caller's reading of its
answer run in this process, so that Hypothesis can try many texts quickly
(``tests/test_batch.py`` runs the same path through real worker processes).
"""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

import attrs
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quoteattr.archive import Archive
from quoteattr.batch import _DISPATCH, _as_tuple, _as_verified, _pickler, _received, _work
from quoteattr.model import (
    Attribution,
    Cue,
    Edit,
    Match,
    Mention,
    Quote,
    Segment,
    Speaker,
    Statement,
    Verdict,
)
from quoteattr.pipeline import extract, verify_attributions

try:
    from tests.strategies import CUES, names, news_text, words
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    from strategies import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        CUES,
        names,
        news_text,
        words,
    )

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Marks of double quotation first: an unclosed single mark may be an apostrophe.
PAIRS = (("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("'", "'"))
INNER = {"“": ("‘", "’"), "‘": ("“", "”"), '"': ("'", "'"), "«": ("‹", "›"), "'": ('"', '"')}


def _sent_back(texts: list[str]) -> list[tuple[Any, str | None]]:
    """What the caller reads from a worker's answer to a chunk of ``texts``."""
    return list(_received(_work(texts, _as_tuple)))


def _dumps(value: object) -> bytes:
    buffer = io.BytesIO()
    _pickler(buffer).dump(value)
    return buffer.getvalue()


def _phrase(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(words(), min_size=1, max_size=6)))


SHAPES = ("plain", "nested", "interrupted", "multi_paragraph", "unclosed")


def _paragraph(shape: str, marks: tuple[str, str], name: str, cue: str, *phrases: str) -> str:
    """A paragraph holding a quotation of ``shape`` (one of :data:`SHAPES`) in ``marks``,
    of the two ``phrases``, said by ``name`` with ``cue``."""
    (opening, closing), (first, second) = marks, phrases
    if shape == "plain":
        return f"{opening}{first}{closing} {name} {cue}."
    if shape == "nested":
        inner_open, inner_close = INNER[opening]
        return f"{opening}{first} {inner_open}{second}{inner_close}{closing} {name} {cue}."
    if shape == "interrupted":
        return f"{opening}{first},{closing} {name} {cue}, {opening}{second}.{closing}"
    if shape == "multi_paragraph":
        return f"{name} {cue}: {opening}{first}.\n\n{opening}{second}.{closing}"
    return f"{name} {cue}: {opening}{first}\n\n{second}."  # unclosed


@st.composite
def quoted_paragraphs(draw: st.DrawFn) -> str:
    """Paragraphs of quotations in the shapes news copy has: plain, with a quotation
    inside, interrupted by their cue, running over paragraphs (each re-opened by a
    mark), and left unclosed at the end of their paragraph."""
    paragraphs = [
        _paragraph(
            draw(st.sampled_from(SHAPES)),
            draw(st.sampled_from(PAIRS)),
            draw(names()),
            draw(st.sampled_from(CUES)),
            _phrase(draw) + draw(st.sampled_from((".", ",", "!", "?", ""))),
            _phrase(draw),
        )
        for _ in range(draw(st.integers(1, 4)))
    ]
    return str(draw(st.sampled_from(("\n\n", " ", "\n")))).join(paragraphs)


def _flags(text: str) -> set[str]:
    """Which shapes the quotations ``extract`` finds in ``text`` have."""
    found = set()
    todo = [a.quote for a in extract(text)]
    while todo:
        quote = todo.pop()
        todo.extend(quote.nested)
        found |= {flag for flag in SHAPES[1:] if getattr(quote, flag)}
    return found


def test_the_strategy_makes_every_shape_of_quotation() -> None:
    # Else the property below could pass without ever sending these shapes.
    for shape in SHAPES[1:]:
        for marks in PAIRS[:3]:
            text = _paragraph(shape, marks, "Jane Doe", "said", "We will rebuild", "we will")
            assert shape in _flags(text), text


@SETTINGS
@given(st.lists(st.one_of(quoted_paragraphs(), news_text()), min_size=1, max_size=4))
@example(["“We will rebuild,” Mayor Jane Doe said, “and we will do it ‘together.’”"])
@example(["She said: “It is not over.\n\n“We never give up.”", "“Unclosed\n\nThe end."])
def test_what_workers_send_back_is_what_extract_gives(texts: list[str]) -> None:
    assert _sent_back(texts) == [(tuple(extract(text)), None) for text in texts]


def _every_field_set() -> list[Any]:
    """One record of each class the worker's pickler writes as class and field values,
    with no field at its default (so that a field out of order or left out shows)."""
    statement = Statement("s1", "Jane Doe", "We will rebuild.", "2024-05-01", "src", "ctx")
    segment = Segment(3, 18, "We will rebuild", "“", "”")
    inner = Quote(9, 16, "rebuild", (Segment(9, 16, "rebuild", "‘", "’"),), "fragment")
    quote = Quote(3, 18, "We will rebuild", (segment,), "title", True, True, True, (inner,))
    attribution = Attribution(
        quote,
        Speaker("Jane Doe", "organisation", "f", "mayor"),
        Mention(25, 33, "the mayor", "nominal", "mayor"),
        Cue(20, 24, "said", "say"),
        "rule-name",
        0.75,
    )
    edit = Edit("replace", ("rebuild",), ("build",))
    match = Match(statement, 97.5, 88.0, 0.5, 2, 14)
    verdict = Verdict(
        "altered",
        "We will build",
        "Jane Doe",
        match,
        (edit,),
        True,
        ("a number",),
        "why",
        attribution,
    )
    speaker, mention, cue = attribution.speaker, attribution.mention, attribution.cue
    return [statement, segment, quote, speaker, mention, cue, attribution, edit, match, verdict]


def test_every_record_class_round_trips_through_the_workers_pickler() -> None:
    records = _every_field_set()
    assert {type(r) for r in records} == {cls for cls in _DISPATCH if attrs.has(cls)}
    for record in records:
        for field in attrs.fields(type(record)):
            if field.default is not attrs.NOTHING:
                assert getattr(record, field.name) != field.default, (record, field.name)
        copy = pickle.loads(_dumps(record))
        assert copy == record
        assert type(copy) is type(record)
    # Written as class and values, not as attrs' field names with values: smaller.
    assert len(_dumps(records)) < len(pickle.dumps(records, pickle.HIGHEST_PROTOCOL))


def test_verified_results_round_trip(tmp_path: Path) -> None:
    text = "“We will rebuild every home,” Jane Doe said."
    with Archive.open(tmp_path / "a.sqlite") as archive:
        archive.add(Statement("s1", "Jane Doe", "We will rebuild every school."))
        archive.build_index()
        attributions = extract(text)
        made = _as_verified(attributions, archive)
        assert [v.label for v in made[1].values()] == ["altered"]
        assert pickle.loads(_dumps(made)) == (
            tuple(attributions),
            verify_attributions(attributions, archive),
        )
