"""Short made-up news items, one behaviour of issue #3 each, written apart from the
rule cases of ``tests/golden/attribution.json`` (and without looking at them) to check
the rules on text they were not written for: ``tests/golden/attribution_news.json``.

Each case lists every quotation of its text with the speaker expected (several names
where more than one form is fair, ``null`` for no speaker); the case fails on a wrong
speaker, a missing quotation or one the case does not list. Cases marked ``xfail`` are
known failures, with the mechanism that is missing.
"""

from __future__ import annotations

from typing import Any

import golden_cases
import pytest

from quoteattr import extract

CASES = golden_cases.load("attribution_news.json")
_norm = golden_cases.normalised


def test_cases_are_well_formed() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert set(case) <= {"id", "behaviour", "text", "expected", "xfail"}, case["id"]
        assert case["expected"], case["id"]
        for expected in case["expected"]:
            assert _norm(expected["quote"]) in _norm(case["text"]), case["id"]
            assert expected["speaker"] is None or expected["speaker"], case["id"]


@pytest.mark.parametrize("case", golden_cases.params(CASES))
def test_news_case(case: dict[str, Any]) -> None:
    attributions = extract(case["text"])
    # the texts each attribution's quotation answers to: its whole text and, for an
    # interrupted quotation (listed one segment at a time), each segment
    texts = [
        {_norm(a.quote.text)} | {_norm(s.text) for s in a.quote.segments} for a in attributions
    ]
    used = set()
    for expected in case["expected"]:
        want = _norm(expected["quote"])
        found = next((i for i, forms in enumerate(texts) if want in forms), None)
        assert found is not None, f"quotation not found: {expected['quote']!r}"
        used.add(found)
        speaker = attributions[found].speaker
        got = speaker.name if speaker is not None else None
        allowed = expected["speaker"]
        assert got in (allowed if isinstance(allowed, list) else [allowed]), (
            f"speaker of {expected['quote']!r}"
        )
    extra = [a.quote.text for i, a in enumerate(attributions) if i not in used]
    assert not extra, f"quotations the case does not list: {extra}"
