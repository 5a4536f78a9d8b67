"""Tests for quoteattr.quotes: the golden cases, the seed article, and the API contract.

The golden cases live in ``tests/golden/quotes.json`` (format: ``tests/golden/README.md``),
one behaviour each; a case marked ``xfail`` is a known failure and must keep failing
until it is fixed (strict).
"""

from __future__ import annotations

import json
import pathlib
import sys
from typing import Any

import pytest

from quoteattr.marks import DOUBLED, MARKS
from quoteattr.model import Quote
from quoteattr.quotes import MAX_NESTING, find_quotes

try:
    from tests import golden_cases
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    import golden_cases  # type: ignore[no-redef,unused-ignore]

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEED_ID = "000_ebce1b236a75e8e9"
SEED_TEXT = ROOT / "seeds" / f"{SEED_ID}.txt"
SEED_GOLD = ROOT / "seeds" / f"{SEED_ID}.gold.json"

FLAGS = ("kind", "unclosed", "interrupted", "multi_paragraph")
CASE_KEYS = {"id", "rule", "text", "expected", "xfail"}
EXPECTED_KEYS = {"segments", "nested", *FLAGS}


CASES = golden_cases.load("quotes.json")


def _locate(text: str, segment: str, cursor: int) -> int:
    """Where the expected ``segment`` text lies: its first occurrence at or after
    ``cursor`` that follows a quotation mark (allowing whitespace between)."""
    at = text.find(segment, cursor)
    while at >= 0:
        j = at - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and (text[j] in MARKS or text[j - 1 : j + 1] in DOUBLED):
            return at
        at = text.find(segment, at + 1)
    raise AssertionError(f"expected segment {segment!r} is not in the text after {cursor}")


def _check_offsets(text: str, quote: Quote) -> None:
    assert text[quote.start : quote.end] == quote.text
    for segment in quote.segments:
        assert text[segment.start : segment.end] == segment.text
    for inner in quote.nested:
        _check_offsets(text, inner)


# -- the golden file itself -----------------------------------------------------------------


def test_golden_file_is_well_formed() -> None:
    ids = [case["id"] for case in CASES]
    assert ids == [f"Q{n:02d}" for n in range(1, len(CASES) + 1)], "ids run Q01, Q02, ..."
    assert len(CASES) >= 40
    for case in CASES:
        assert set(case) <= CASE_KEYS, case["id"]
        assert {"id", "rule", "text", "expected"} <= set(case), case["id"]
        assert case["rule"] and isinstance(case["text"], str), case["id"]
        for expected in case["expected"]:
            assert set(expected) <= EXPECTED_KEYS, case["id"]
            assert expected["segments"] and all(expected["segments"]), case["id"]


def test_every_mark_appears_in_some_golden_case() -> None:
    used = {ch for case in CASES for ch in case["text"]}
    assert MARKS - used == set()


# -- the golden cases -----------------------------------------------------------------------


@pytest.mark.parametrize("case", golden_cases.params(CASES))
def test_golden(case: dict[str, Any]) -> None:
    text: str = case["text"]
    quotes = find_quotes(text)
    got = [[s.text for s in q.segments] for q in quotes]
    want = [e["segments"] for e in case["expected"]]
    assert got == want, case["rule"]
    cursor = 0
    for quote, expected in zip(quotes, case["expected"], strict=True):
        _check_offsets(text, quote)
        for segment, segment_text in zip(quote.segments, expected["segments"], strict=True):
            at = _locate(text, segment_text, cursor)
            assert (segment.start, segment.end) == (at, at + len(segment_text))
            cursor = segment.end
        assert quote.start == quote.segments[0].start
        assert quote.end == quote.segments[-1].end
        for flag in FLAGS:
            if flag in expected:
                assert getattr(quote, flag) == expected[flag], f"{flag} of {quote.text!r}"
        if "nested" in expected:
            assert [inner.text for inner in quote.nested] == expected["nested"]


# -- the seed article -----------------------------------------------------------------------


def _seed() -> tuple[str, dict[str, Any]]:
    with SEED_TEXT.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    with SEED_GOLD.open(encoding="utf-8") as handle:
        gold: dict[str, Any] = json.load(handle)
    return text, gold


def test_seed_gold_file_matches_the_seed_text() -> None:
    text, gold = _seed()
    assert gold["id"] == SEED_ID
    assert len(gold["quotes"]) == 4
    for entry in gold["quotes"]:
        assert set(entry) == {"start", "end", "text", "speaker", "cue"}
        assert text[entry["start"] : entry["end"]] == entry["text"]
        assert entry["cue"] in text


def test_seed_article_gives_exactly_its_four_quotations() -> None:
    text, gold = _seed()
    quotes = find_quotes(text)
    assert [(q.start, q.end, q.text) for q in quotes] == [
        (e["start"], e["end"], e["text"]) for e in gold["quotes"]
    ]
    assert [(q.start, q.end) for q in quotes] == [
        (191, 205),
        (459, 468),
        (687, 781),
        (1459, 1486),
    ]


def test_seed_article_scare_quotes_are_fragments_and_the_declaration_speech() -> None:
    text, _ = _seed()
    assert [q.kind for q in find_quotes(text)] == ["fragment", "fragment", "speech", "fragment"]


# -- the API contract -----------------------------------------------------------------------


@pytest.mark.parametrize("value", [b'He said "yes".', bytearray(b'"x"'), None, 42])
def test_find_quotes_rejects_what_is_not_a_str(value: object) -> None:
    with pytest.raises(TypeError, match="needs a str"):
        find_quotes(value)  # type: ignore[arg-type]


def test_find_quotes_raises_type_error_on_bytes() -> None:
    with pytest.raises(TypeError):
        find_quotes(b'He called it a "holy war."')  # type: ignore[arg-type]


def test_text_without_marks_gives_no_quotations() -> None:
    assert find_quotes("") == []
    assert find_quotes("No quotation here, only plain words.\n\nAnd a second paragraph.") == []


def test_a_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    assert [q.text for q in find_quotes(Text('It was a "holy war."'))] == ["holy war."]


def test_results_are_records_that_compare_and_hash() -> None:
    text = "“We will rebuild,” the mayor said, “and we will.”"
    first, second = find_quotes(text), find_quotes(text)
    assert first == second
    assert hash(first[0]) == hash(second[0])
    assert first[0].content == "We will rebuild, and we will."
    assert first[0].marks == ("“", "”")


def test_whitespace_table_matches_str_isspace() -> None:
    # The scan tests whitespace by set membership; the set must be exactly str.isspace.
    from quoteattr import quotes

    every_space = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert every_space == quotes._WHITESPACE


def test_stray_openers_close_at_each_paragraph_end() -> None:
    # Paragraphs full of openers that nothing closes: each gives one unclosed quotation
    # running to its paragraph end, however many marks are left open.
    paragraph = "He said “we will rebuild every school and “every road " * 20
    text = "\n\n".join([paragraph] * 500) + "\n\nAnd" + " “" * 20_000 + " end"
    quotes = find_quotes(text)
    assert len(quotes) == 501
    assert all(q.unclosed and not q.nested for q in quotes)
    assert all("\n" not in q.text for q in quotes)


def test_very_long_multi_paragraph_quotation() -> None:
    quotes = find_quotes("“One more paragraph of the speech.\n\n" * 5_000)
    assert len(quotes) == 1
    assert len(quotes[0].segments) == 5_000
    assert quotes[0].unclosed and quotes[0].multi_paragraph


def test_very_long_chain_of_interruptions() -> None:
    quotes = find_quotes("“Again,” he said, " * 5_000 + "“and done.”")
    assert len(quotes) == 1
    assert len(quotes[0].segments) == 5_001
    assert quotes[0].interrupted


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    depth = sys.getrecursionlimit() * 2
    quotes = find_quotes("“a" * depth + "”" * depth)
    assert len(quotes) == 1
    quote, level = quotes[0], 1
    while quote.nested:
        (quote,) = quote.nested
        level += 1
    # deeper levels are paired but not recorded: the records stay linear in size (#6)
    assert level == MAX_NESTING + 1
