"""Robustness properties of the whole extraction (issue #6), checked with Hypothesis.

For every string, ``extract`` (quotations and their speakers):

* never raises;
* returns offsets that reproduce their text, for every quotation, segment, nested
  quotation, speaker mention and cue;
* returns top-level quotations in order, never overlapping;
* is deterministic;
* puts a speaker mention, when there is one, outside its quotation;
* gives records that survive ``to_dict`` -> JSON -> back unchanged.

:func:`check_extraction` holds the checks; the fuzz target (``fuzz/fuzz_extract.py``)
runs the same function on every input it tries.

The default run is bounded (:data:`EXAMPLES` examples a property, a few seconds); the
``slow`` ones search harder and run with ``-m slow``, or set the Hypothesis profile with
``--hypothesis-profile=robustness-slow`` to raise every property here to
:data:`SLOW_EXAMPLES`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quoteattr.attribution import attribute
from quoteattr.model import Attribution, Cue, Mention, Quote, Segment, Speaker
from quoteattr.pipeline import extract
from quoteattr.quotes import find_quotes

try:
    from tests.strategies import any_text, news_text, unicode_text
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    from strategies import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        any_text,
        news_text,
        unicode_text,
    )

EXAMPLES = 200
SLOW_EXAMPLES = 5_000
settings.register_profile(
    "robustness-slow",
    max_examples=SLOW_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
_SLOW = settings(
    max_examples=SLOW_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _settings() -> settings:
    """The default bounded settings, unless the slow profile was chosen."""
    if settings().max_examples >= SLOW_EXAMPLES:
        return settings()
    return _SETTINGS


SETTINGS = _settings()


# -- the checks, shared with the fuzz target -------------------------------------------------


def walk(quotes: Sequence[Quote]) -> list[Quote]:
    """Every quotation, nested ones included (iteratively: no depth exhausts the stack)."""
    out: list[Quote] = []
    todo = list(quotes)
    while todo:
        quote = todo.pop()
        out.append(quote)
        todo.extend(quote.nested)
    return out


def check_quote(text: str, quote: Quote) -> None:
    assert 0 <= quote.start < quote.end <= len(text), quote
    assert text[quote.start : quote.end] == quote.text
    assert quote.segments
    assert (quote.start, quote.end) == (quote.segments[0].start, quote.segments[-1].end)
    for before, after in pairwise(quote.segments):
        assert before.end <= after.start
    for segment in quote.segments:
        assert text[segment.start : segment.end] == segment.text
        assert segment.text and segment.text == segment.text.strip()
    for before, after in pairwise(quote.nested):
        assert before.end <= after.start
    for inner in quote.nested:
        assert any(s.start <= inner.start and inner.end <= s.end for s in quote.segments)


def check_extraction(text: str, attributions: Sequence[Attribution]) -> None:
    """Assert every invariant ``extract(text)`` promises (see the module docstring)."""
    quotes = [a.quote for a in attributions]
    for before, after in pairwise(quotes):
        assert before.end <= after.start, (before, after)
    for quote in walk(quotes):
        check_quote(text, quote)
    for a in attributions:
        assert 0.0 <= a.confidence <= 1.0
        if a.speaker is not None:
            assert a.speaker.name.strip()
        for span in (a.mention, a.cue):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text), span
                assert text[span.start : span.end] == span.text, span
        if a.mention is not None and a.speaker is not None:
            # the speaker is named outside the words quoted
            for segment in a.quote.segments:
                assert a.mention.end <= segment.start or segment.end <= a.mention.start, (
                    a.mention,
                    segment,
                )
    check_json_round_trip(attributions)


def from_dict(data: dict[str, Any]) -> Attribution:
    """An :class:`Attribution` from its ``to_dict()`` data (the test's own reader)."""

    def quote(d: dict[str, Any]) -> Quote:
        return Quote(
            d["start"],
            d["end"],
            d["text"],
            tuple(Segment(**s) for s in d["segments"]),
            d["kind"],
            d["unclosed"],
            d["multi_paragraph"],
            d["interrupted"],
            tuple(quote(n) for n in d["nested"]),
        )

    return Attribution(
        quote=quote(data["quote"]),
        speaker=Speaker(**data["speaker"]) if data["speaker"] else None,
        mention=Mention(**data["mention"]) if data["mention"] else None,
        cue=Cue(**data["cue"]) if data["cue"] else None,
        rule=data["rule"],
        confidence=data["confidence"],
    )


def check_json_round_trip(attributions: Sequence[Attribution]) -> None:
    # ensure_ascii (the default) keeps lone surrogates and odd characters escaped
    dumped = json.dumps([a.to_dict() for a in attributions])
    assert [from_dict(d) for d in json.loads(dumped)] == list(attributions)


# -- properties -------------------------------------------------------------------------------


@SETTINGS
@given(any_text())
@example("")
@example('""=')  # CoreNLP's crash
@example("“")
@example("\"'\"'\"'")  # alternating marks and apostrophes quote nothing
@example("“a ‘b “c ‘d “e ‘f’ g” h’ i” j’ k”")
@example("“We won,” said Sergey  Lavrov.")  # a mention read word by word
@example("“We won,” said The President.")  # a title alone, after a sentence opener
@example("“We won,”\tJane\u00a0Doe said.")
# a quotation opening a paragraph after one that ends in a name and a word (rule A812
# read past that paragraph's last token)
@example('Choe Son-hui we\n\n"we')
def test_extract_never_raises_and_keeps_every_invariant(text: str) -> None:
    check_extraction(text, extract(text))


@SETTINGS
@given(news_text(max_tokens=120))
def test_news_like_text_keeps_every_invariant(text: str) -> None:
    check_extraction(text, extract(text))


@SETTINGS
@given(unicode_text(max_size=400))
def test_any_unicode_text_keeps_every_invariant(text: str) -> None:
    check_extraction(text, extract(text))


@SETTINGS
@given(any_text())
def test_extract_is_deterministic(text: str) -> None:
    first = extract(text)
    assert extract(text) == first
    assert extract("".join(text)) == first  # an equal string that is another object


@SETTINGS
@given(news_text())
def test_attribution_of_found_quotes_is_extract(text: str) -> None:
    assert attribute(text, find_quotes(text)) == extract(text)


@SETTINGS
@given(news_text(), st.sampled_from(["\r\n", "\r", "\u2028", "\x85"]))
def test_other_line_ends_keep_every_invariant(text: str, line_end: str) -> None:
    crlf = text.replace("\n", line_end)
    check_extraction(crlf, extract(crlf))


@pytest.mark.slow
@_SLOW
@given(any_text())
def test_slow_extract_keeps_every_invariant(text: str) -> None:
    check_extraction(text, extract(text))


@pytest.mark.slow
@_SLOW
@given(news_text(max_tokens=400))
def test_slow_long_news_like_text_keeps_every_invariant(text: str) -> None:
    check_extraction(text, extract(text))


# -- regression cases (fuzzing and properties) ----------------------------------------------

REGRESSIONS = [
    # a name read word by word was reported with single spaces: its offsets did not
    # reproduce its text (found by these properties, #6)
    "“We won,” said Sergey  Lavrov.",
    "“We won,”\tJane\u00a0Doe said.",
    # a title alone after a sentence opener: the mention's span covered "The" too
    "“We won,” said The President.",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regression(text: str) -> None:
    check_extraction(text, extract(text))


def test_mention_as_written_keeps_the_speaker_name() -> None:
    [a] = extract("“We won,” said Sergey  Lavrov.")
    assert a.speaker is not None and a.speaker.name == "Sergey Lavrov"
    assert a.mention is not None and a.mention.text == "Sergey  Lavrov"


def test_marks_around_no_word_quote_nothing() -> None:
    assert extract("\"'\"'\"'\"'") == []
    assert find_quotes("It was “…” and “—” and “?!”") == []


def test_deep_nesting_records_stay_linear() -> None:
    depth = 10_000
    text = "“a ‘b " * depth + "’ c” " * depth
    quotes = find_quotes(text)
    assert sum(len(q.text) for q in walk(quotes)) <= 5 * len(text)
    check_extraction(text, extract(text))


def test_a_long_capitalised_run_is_listed_once_under_each_word() -> None:
    # A run of 100,000 capitalised words was listed under a word once per repetition,
    # and every name looked up tested each listing against the whole run: quadratic
    # (found by benchmarks/test_bench_adversarial.py, #6).
    from quoteattr.cues import load_lexicon
    from quoteattr.speakers import DocumentNames

    words = " ".join(["Alpha", "Bravo", "Doe"] * 30_000)
    text = f"{words}. “We will win,” Jane Doe said."
    names = DocumentNames(text, [], load_lexicon())
    assert len(names._by_word["Doe"]) == 2  # the run, and Jane Doe
    [a] = extract(text)
    assert a.speaker is not None and a.speaker.name == "Jane Doe"


def test_many_quotations_on_one_line_find_the_line_once() -> None:
    # Each quotation searched back to the line start, on a line without newlines the
    # start of the text: quadratic on a 10 MB line (found by the benchmark, #6).
    text = "“We will win,” Jane Doe said. " * 2_000
    attributions = extract(text)
    assert len(attributions) == 2_000
    assert {a.speaker.name for a in attributions if a.speaker} == {"Jane Doe"}
    check_extraction(text, attributions)
