"""Tests for quoteattr.attribution: the golden cases, the invariants, and the lexicon option.

The golden cases live in ``tests/golden/attribution.json`` (format:
``tests/golden/README.md``), one behaviour each. A case marked ``xfail`` is a known
failure: it keeps the correct expectation and must keep failing until it is fixed
(strict), when its ``xfail`` field is removed.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from quoteattr.attribution import CONFIDENCE, attribute
from quoteattr.cues import load_lexicon
from quoteattr.model import Attribution
from quoteattr.pipeline import extract
from quoteattr.quotes import find_quotes

try:
    from tests import golden_cases
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    import golden_cases  # type: ignore[no-redef,unused-ignore]

ROOT = pathlib.Path(__file__).resolve().parents[1]

CASE_KEYS = {"id", "rule", "text", "expected", "xfail"}
EXPECTED_KEYS = {"quote", "speaker", "rule", "cue", "kind"}


CASES = golden_cases.load("attribution.json")


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _check_invariants(text: str, attributions: list[Attribution]) -> None:
    """What holds for every attribution of every text, right or wrong."""
    quotes = find_quotes(text)
    assert [a.quote for a in attributions] == quotes, "one attribution per quotation, in order"
    segments = [(s.start, s.end, q.kind) for q in quotes for s in q.segments]
    for a in attributions:
        where = repr(a.quote.text)
        assert 0.0 <= a.confidence <= 1.0, where
        assert a.rule is None or a.rule in CONFIDENCE, where
        if a.speaker is None:
            assert a.confidence == 0, f"no speaker but confidence {a.confidence} for {where}"
        else:
            assert a.speaker.name, where
            assert a.mention is not None, f"a speaker without a mention for {where}"
            assert a.rule in CONFIDENCE, where
            assert a.confidence > 0, where
        for span in (a.mention, a.cue):
            if span is None:
                continue
            assert text[span.start : span.end] == span.text, f"{span!r} for {where}"
            for seg_start, seg_end, kind in segments:
                if kind == "name" and span.start < seg_start and seg_end < span.end:
                    continue  # a nickname inside the name ('Denis "Ti-Denis" Lachapelle')
                assert not _overlaps(span.start, span.end, seg_start, seg_end), (
                    f"{span.text!r} lies inside a quotation ({where})"
                )


def _find(attributions: list[Attribution], quote: str, cursor: int) -> int:
    """Index of the first attribution at or after ``cursor`` whose quotation's first
    segment reads ``quote``."""
    for i in range(cursor, len(attributions)):
        if attributions[i].quote.segments[0].text == quote:
            return i
    found = [a.quote.segments[0].text for a in attributions]
    raise AssertionError(f"no quotation starting with {quote!r} (found {found!r})")


# -- the golden file itself -----------------------------------------------------------------


def test_golden_file_is_well_formed() -> None:
    ids = [case["id"] for case in CASES]
    assert ids == [f"A{n:02d}" for n in range(1, len(CASES) + 1)], "ids run A01, A02, ..."
    assert len(CASES) >= 45
    for case in CASES:
        cid = case["id"]
        assert set(case) <= CASE_KEYS, cid
        assert {"id", "rule", "text", "expected"} <= set(case), cid
        assert case["rule"] and isinstance(case["text"], str), cid
        assert case.get("xfail", "x"), f"{cid}: an xfail needs its reason"
        assert case["expected"], f"{cid}: every case expects at least one quotation"
        for expected in case["expected"]:
            assert set(expected) <= EXPECTED_KEYS, cid
            assert {"quote", "speaker"} <= set(expected), cid
            assert expected["quote"] and expected["quote"] in case["text"], cid
            assert expected["speaker"] is None or expected["speaker"].strip(), cid
            if "rule" in expected:
                assert expected["rule"] in CONFIDENCE, f"{cid}: unknown rule {expected['rule']}"
                assert expected["speaker"] is not None, f"{cid}: a rule needs a speaker"
            if "cue" in expected:
                assert expected["cue"] and expected["cue"] in case["text"], cid
            if "kind" in expected:
                assert expected["kind"] in ("person", "organisation", "document"), cid
                assert expected["speaker"] is not None, f"{cid}: a kind needs a speaker"


def test_every_rule_has_a_golden_case() -> None:
    used = {e["rule"] for case in CASES for e in case["expected"] if "rule" in e}
    assert set(CONFIDENCE) - used == set()


def test_no_speaker_is_a_golden_value() -> None:
    assert any(e["speaker"] is None for case in CASES for e in case["expected"])


# -- the golden cases -----------------------------------------------------------------------


@pytest.mark.parametrize("case", golden_cases.params(CASES))
def test_golden(case: dict[str, Any]) -> None:
    text: str = case["text"]
    attributions = extract(text)
    cursor = 0
    for expected in case["expected"]:
        i = _find(attributions, expected["quote"], cursor)
        cursor = i + 1
        got = attributions[i]
        name = got.speaker.name if got.speaker is not None else None
        assert name == expected["speaker"], f"speaker of {expected['quote']!r}: {case['rule']}"
        if "rule" in expected:
            assert got.rule == expected["rule"], f"rule of {expected['quote']!r}"
        if "cue" in expected:
            assert got.cue is not None, f"no cue for {expected['quote']!r}"
            assert got.cue.text == expected["cue"], f"cue of {expected['quote']!r}"
        if "kind" in expected:
            assert got.speaker is not None
            assert got.speaker.kind == expected["kind"], f"kind of {expected['quote']!r}"


@pytest.mark.parametrize("case", golden_cases.params(CASES, with_xfail=False))
def test_invariants_hold_on_every_golden_text(case: dict[str, Any]) -> None:
    # Run on the known failures too: a wrong speaker is no excuse for a broken offset.
    text: str = case["text"]
    _check_invariants(text, extract(text))


# -- attribute() and its lexicon --------------------------------------------------------------

HARRUMPH = "“No,” Smith harrumphed."


def test_attribute_returns_one_attribution_per_quotation_in_order() -> None:
    text = "“We will rebuild,” Mayor Jane Doe said. She called it a “holy war.”"
    quotes = find_quotes(text)
    result = attribute(text, quotes)
    assert [a.quote for a in result] == quotes
    _check_invariants(text, result)


def test_attribute_without_quotations_gives_nothing() -> None:
    assert attribute("Mayor Jane Doe said nothing at all.", []) == []
    assert extract("") == []


def test_default_lexicon_is_the_loaded_one() -> None:
    text = "“Our border is secure,” Korhonen said. “It will stay so,” he added."
    quotes = find_quotes(text)
    assert attribute(text, quotes) == attribute(text, quotes, lexicon=load_lexicon())


def test_unknown_verb_leaves_the_quotation_unattributed() -> None:
    [got] = extract(HARRUMPH)
    assert got.speaker is None
    assert got.confidence == 0


def test_extended_lexicon_adds_a_reporting_verb() -> None:
    lexicon = load_lexicon().extend(verbs=["harrumph"])
    [got] = attribute(HARRUMPH, find_quotes(HARRUMPH), lexicon=lexicon)
    assert got.speaker is not None
    assert got.speaker.name == "Smith"
    assert got.rule == "X-said"
    assert got.cue is not None
    assert (got.cue.text, got.cue.lemma) == ("harrumphed", "harrumph")
    _check_invariants(HARRUMPH, [got])


def test_extended_lexicon_verb_works_before_the_name_too() -> None:
    text = "“No,” harrumphed Smith."
    lexicon = load_lexicon().extend(verbs=["harrumph"])
    [got] = attribute(text, find_quotes(text), lexicon=lexicon)
    assert got.speaker is not None
    assert (got.speaker.name, got.rule) == ("Smith", "said-X")


def test_extract_passes_the_lexicon_through() -> None:
    lexicon = load_lexicon().extend(verbs=["harrumph"])
    [got] = extract(HARRUMPH, lexicon=lexicon)
    assert got.speaker is not None
    assert got.speaker.name == "Smith"


def test_default_lexicon_is_unchanged_after_extending() -> None:
    base = load_lexicon()
    extended = base.extend(verbs=["harrumph"])
    attribute(HARRUMPH, find_quotes(HARRUMPH), lexicon=extended)
    assert load_lexicon() is base
    assert base.verb_lemma("harrumphed") is None
    assert "harrumphed" not in load_lexicon().verb_forms
    [plain] = attribute(HARRUMPH, find_quotes(HARRUMPH))
    assert plain.speaker is None
    [plain] = extract(HARRUMPH)
    assert plain.speaker is None


def test_extended_lexicon_title_is_kept_apart_from_the_name() -> None:
    text = "“The caravan will arrive at dawn,” said Grand Vizier Jafar Ali."
    lexicon = load_lexicon().extend(titles={"Grand Vizier": "m"})
    [got] = attribute(text, find_quotes(text), lexicon=lexicon)
    assert got.speaker is not None
    assert got.speaker.name == "Jafar Ali"


def test_lexicon_is_keyword_only() -> None:
    text = HARRUMPH
    lexicon = load_lexicon().extend(verbs=["harrumph"])
    with pytest.raises(TypeError):
        attribute(text, find_quotes(text), lexicon)  # type: ignore[misc]


def test_titles_and_nicknames_get_no_speaker_whatever_the_cues() -> None:
    text = "Author Nina Park said her novel “Salt Roads” was inspired by Ray “The Hammer” Collins."
    got = extract(text)
    assert [(a.quote.kind, a.speaker) for a in got] == [("title", None), ("name", None)]
    _check_invariants(text, got)


def test_a_surname_opening_with_its_particle_is_no_role() -> None:
    # rule A452: "said van der Berg" names the person; "van der" is not a title
    text = 'Jan van der Berg, a vet, came in 2009. "The animals are thin," said van der Berg.'
    (found,) = extract(text)
    assert found.speaker is not None and found.speaker.name == "Jan van der Berg"
    assert found.mention is not None and found.mention.text == "van der Berg"
    assert found.mention.role is None
