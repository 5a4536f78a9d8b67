"""Tests for verification: the golden verdicts, and properties of ``judge`` and ``verify``.

The golden cases live in ``tests/golden/verdicts.json``, one behaviour each: the
statements an archive holds, a quotation, the speaker it is attributed to, and the
verdict expected (label, matched statement, ``meaning_change`` and, when given, the
word edits exactly). Each case runs through ``Archive.memory()`` and
``Archive.verify_quote``. A case with an ``xfail`` field is a known failure: it keeps
the correct expectation and runs as ``xfail(strict=True)`` until it is fixed.
"""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr.archive import Archive
from quoteattr.model import Statement, Verdict
from quoteattr.normalise import normalise
from quoteattr.pipeline import VERIFIED_KINDS, quote_words, verify
from quoteattr.render import verdict_record
from quoteattr.verdicts import judge

try:
    from tests.strategies import any_text, names
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    from strategies import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        any_text,
        names,
    )

try:
    from tests import golden_cases
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    import golden_cases  # type: ignore[no-redef,unused-ignore]

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ebce1b236a75e8e9.txt"

LABELS = {"verbatim", "truncated", "altered", "paraphrase", "fabricated", "misattributed"}
CASE_KEYS = {"id", "rule", "statements", "quote", "speaker", "expected", "xfail"}
EXPECTED_KEYS = {"label", "statement_id", "meaning_change", "edits"}

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


CASES = golden_cases.load("verdicts.json")


def _edits(verdict: Verdict) -> list[dict[str, str]]:
    return [
        {"op": e.op, "quote": " ".join(e.quote_words), "statement": " ".join(e.statement_words)}
        for e in verdict.edits
    ]


# -- the golden file itself -------------------------------------------------------------


def test_golden_file_is_well_formed() -> None:
    assert 30 <= len(CASES) <= 50
    for number, case in enumerate(CASES, start=1):
        cid = case["id"]
        assert cid == f"V{number:02d}", "ids are V01, V02, ... in file order, without gaps"
        assert set(case) <= CASE_KEYS and CASE_KEYS - {"xfail"} <= set(case), cid
        assert case["rule"] and case["quote"], cid
        assert case.get("xfail", "x"), f"{cid}: an xfail needs its reason"
        expected = case["expected"]
        assert set(expected) <= EXPECTED_KEYS, cid
        assert expected["label"] in LABELS, cid
        assert isinstance(expected["meaning_change"], bool), cid
        ids = [s["id"] for s in case["statements"]]
        assert len(ids) == len(set(ids)), cid
        if expected["label"] == "fabricated":
            assert expected["statement_id"] is None, cid
        else:
            assert expected["statement_id"] in ids, cid


def test_golden_cases_cover_every_verdict_and_kind_of_speaker() -> None:
    assert {c["expected"]["label"] for c in CASES} == LABELS
    assert any(c["expected"]["meaning_change"] for c in CASES)
    assert any(c["speaker"] is None for c in CASES), "a quotation with no claimed speaker"
    assert any(s["speaker"] == "" for c in CASES for s in c["statements"]), "an anonymous statement"


def test_golden_rules_are_unique() -> None:
    rules = [c["rule"] for c in CASES]
    assert len(rules) == len(set(rules))


# -- the golden cases -------------------------------------------------------------------


@pytest.mark.parametrize("case", golden_cases.params(CASES))
def test_golden(case: dict[str, Any]) -> None:
    archive = Archive.memory()
    archive.add_many(case["statements"])
    verdict = archive.verify_quote(case["quote"], case["speaker"])
    expected = case["expected"]
    got: dict[str, Any] = {
        "label": verdict.label,
        "statement_id": (
            verdict.match.statement.id if verdict.match and verdict.label != "fabricated" else None
        ),
        "meaning_change": verdict.meaning_change,
        "edits": _edits(verdict),
    }
    assert {key: got[key] for key in expected} == expected, verdict.explanation


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_golden_verdicts_carry_their_evidence(case: dict[str, Any]) -> None:
    """Right or wrong, every verdict explains itself and names what it matched."""
    archive = Archive.memory()
    archive.add_many(case["statements"])
    verdict = archive.verify_quote(case["quote"], case["speaker"])
    assert verdict.quote == case["quote"]
    assert verdict.speaker == case["speaker"]
    assert verdict.explanation.startswith(verdict.label)
    assert verdict.meaning_change == bool(verdict.reasons)
    if verdict.label != "fabricated":
        assert verdict.match is not None
        statement = verdict.match.statement
        assert statement.id in verdict.explanation
        start, end = verdict.match.statement_start, verdict.match.statement_end
        assert 0 <= start <= end <= len(statement.text)
    json.dumps(verdict.to_dict())
    json.dumps(verdict_record(verdict))


# -- properties -------------------------------------------------------------------------

VOCABULARY = (
    "we will rebuild the old bridge before winter comes our city never gives up "
    "harbour council budget schools teachers nurses money river market square "
    "don't it's won't 300 3,000 2.5 three first Vance Lavrov"
).split()
SEPARATORS = (" ", " ", " ", ", ", "; ", " — ", "  ", ". ", "! ", ' "', '" ', " “", "” ")


@st.composite
def statement_words(draw: st.DrawFn, *, min_size: int = 1) -> list[str]:
    """A statement's words, repeats allowed."""
    return draw(st.lists(st.sampled_from(VOCABULARY), min_size=min_size, max_size=18))


@st.composite
def joined(draw: st.DrawFn, words: list[str]) -> str:
    """``words`` written out with assorted punctuation and spacing between them."""
    text = words[0]
    for word in words[1:]:
        text += draw(st.sampled_from(SEPARATORS)) + word
    return text + draw(st.sampled_from(("", ".", "!", "?", "…")))


@SETTINGS
@given(data=st.data())
def test_a_statement_verified_against_itself_is_verbatim(data: st.DataObject) -> None:
    text = data.draw(joined(data.draw(statement_words())))
    verdict = judge(text, "Harriet Vance", [Statement("s1", "Harriet Vance", text)])
    assert verdict.label == "verbatim", verdict.explanation
    assert verdict.edits == ()
    assert not verdict.meaning_change


@SETTINGS
@given(data=st.data())
def test_a_contiguous_run_of_three_words_or_more_is_truncated_or_verbatim(
    data: st.DataObject,
) -> None:
    words = data.draw(statement_words(min_size=3))
    first = data.draw(st.integers(0, len(words) - 3))
    last = data.draw(st.integers(first + 3, len(words)))
    text = data.draw(joined(words))
    quote = " ".join(words[first:last])
    verdict = judge(quote, "Harriet Vance", [Statement("s1", "Harriet Vance", text)])
    expected = "verbatim" if (first, last) == (0, len(words)) else "truncated"
    assert verdict.label == expected, verdict.explanation
    assert verdict.edits == ()


@SETTINGS
@given(data=st.data())
def test_offsets_index_the_statement_text(data: st.DataObject) -> None:
    words = data.draw(statement_words(min_size=3))
    first = data.draw(st.integers(0, len(words) - 3))
    last = data.draw(st.integers(first + 3, len(words)))
    text = data.draw(joined(words))
    verdict = judge(" ".join(words[first:last]), None, [Statement("s1", "", text)])
    assert verdict.match is not None
    start, end = verdict.match.statement_start, verdict.match.statement_end
    assert 0 <= start < end <= len(text)
    # The span is exactly the quoted words, from the first one's first character to
    # the last one's last.
    assert normalise(text[start:end]) == normalise(" ".join(words[first:last]))
    assert not re.match(r"\W", text[start]) and not re.match(r"\W", text[end - 1])


def test_offsets_of_an_altered_quotation_bound_what_it_covers() -> None:
    text = "After the storm, we will rebuild the old bridge before the winter comes."
    verdict = judge("we will rebuild the new bridge", None, [Statement("s1", "", text)])
    assert verdict.label == "altered"
    assert verdict.match is not None
    assert text[verdict.match.statement_start : verdict.match.statement_end] == (
        "we will rebuild the old bridge"
    )


@SETTINGS
@given(quote=any_text(), statement=any_text(), speaker=st.one_of(st.none(), any_text()))
def test_judge_never_raises_on_arbitrary_text(
    quote: str, statement: str, speaker: str | None
) -> None:
    verdict = judge(quote, speaker, [Statement("s1", "Some One", statement or "x")])
    assert verdict.label in LABELS
    json.dumps(verdict.to_dict())
    json.dumps(verdict_record(verdict))


@SETTINGS
@given(quote=any_text(), speaker=st.one_of(st.none(), any_text()))
def test_judge_with_no_candidates_is_fabricated(quote: str, speaker: str | None) -> None:
    verdict = judge(quote, speaker, [])
    assert verdict.label == "fabricated"
    assert verdict.match is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_verdicts_are_json_serialisable(data: st.DataObject) -> None:
    words = data.draw(statement_words(min_size=2))
    text = data.draw(joined(words))
    quote = data.draw(
        st.one_of(
            st.just(text),
            st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12).map(" ".join),
            any_text(),
        )
    )
    archive = Archive.memory()
    archive.add_many(
        [
            {"id": "s1", "speaker": "Harriet Vance", "text": text, "date": "2024-11-29"},
            {"id": "s2", "speaker": "", "text": "The water is safe to drink."},
        ]
    )
    verdict = archive.verify_quote(quote, data.draw(st.one_of(st.none(), names())))
    record = verdict.to_dict()
    assert json.loads(json.dumps(record)) == record
    row = verdict_record(verdict)
    assert json.loads(json.dumps(row)) == row


# -- verify(text, archive) --------------------------------------------------------------


def _archive() -> Archive:
    archive = Archive.memory()
    archive.add_many(
        [
            {"id": "v1", "speaker": "Harriet Vance", "text": "We will rebuild the old bridge."},
            {"id": "r1", "speaker": "Tomas Reyes", "text": "The harbour will stay open all year."},
        ]
    )
    return archive


def test_verify_attaches_each_attribution() -> None:
    text = (
        "Mayor Harriet Vance spoke on Monday. “We will rebuild the new bridge,” she said. "
        "Tomas Reyes, the harbour master, said the harbour was “open all year.” "
        "“The harbour will stay open all year,” Harriet Vance added."
    )
    verdicts = verify(text, _archive())
    assert [(v.label, v.speaker) for v in verdicts] == [
        ("altered", "Harriet Vance"),
        ("truncated", "Tomas Reyes"),
        ("misattributed", "Harriet Vance"),
    ]
    for verdict in verdicts:
        attribution = verdict.attribution
        assert attribution is not None
        assert attribution.quote.kind in VERIFIED_KINDS
        assert verdict.quote == quote_words(attribution.quote)
        assert text[attribution.quote.start : attribution.quote.end] == attribution.quote.text


def test_verify_skips_titles_and_nicknames() -> None:
    text = "She read “War and Peace” on the ferry. “We will rebuild the old bridge,” she said."
    verdicts = verify(text, _archive())
    assert all(v.attribution is not None for v in verdicts)
    assert all(v.attribution.quote.kind in VERIFIED_KINDS for v in verdicts if v.attribution)


def test_verify_joins_the_segments_of_an_interrupted_quotation() -> None:
    text = "“We will rebuild,” Harriet Vance said, “the old bridge.”"
    (verdict,) = verify(text, _archive())
    assert verdict.quote == "We will rebuild, the old bridge."
    assert verdict.label == "verbatim"
    assert verdict.match is not None and verdict.match.statement.id == "v1"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_verify_attaches_an_attribution_to_every_verdict(data: st.DataObject) -> None:
    words = data.draw(statement_words(min_size=3))
    quote = data.draw(joined(words))
    name = data.draw(st.sampled_from(("Harriet Vance", "Tomas Reyes", "Sergey Lavrov")))
    text = f"“{quote},” {name} said. It was a “holy war.”"
    verdicts = verify(text, _archive())
    assert verdicts
    for verdict in verdicts:
        assert verdict.attribution is not None
        assert verdict.quote == quote_words(verdict.attribution.quote)


def test_verify_the_seed_article_against_the_seed_archive() -> None:
    archive = Archive.memory()
    archive.import_jsonl(ROOT / "seeds" / "archive.jsonl")
    verdicts = verify(SEED.read_text(encoding="utf-8"), archive)
    assert verdicts
    assert all(v.attribution is not None for v in verdicts)
    full = [v for v in verdicts if v.quote.startswith("We reaffirm")]
    assert [(v.label, v.match.statement.id if v.match else None) for v in full] == [
        ("verbatim", "seed-choe-1")
    ]


# -- the accuracy script (benchmarks/verify_accuracy.py) on a small synthetic archive -----


def _accuracy_files(tmp_path: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    statements = [
        Statement("a1", "Ada Brook", "The new tram line will open in the spring of next year."),
        Statement("a2", "Ada Brook", "We will plant a thousand trees along the river path."),
        Statement("b1", "Cal Dune", "Our harbour needs a second ferry before the summer rush."),
    ]
    path = tmp_path / "small.sqlite"
    with Archive.open(path) as archive:
        archive.add_many(statements)
        archive.build_index()
    queries = [
        (
            "q1",
            "The new tram line will open in the spring of next year.",
            "Ada Brook",
            "verbatim",
            "a1",
        ),
        ("q2", "plant a thousand trees", "Ada Brook", "truncated", "a2"),
        ("q3", "We will plant a million trees along the river path.", "Ada Brook", "altered", "a2"),
        (
            "q4",
            "Our harbour needs a second ferry before the summer rush.",
            "Ada Brook",
            "misattributed",
            "b1",
        ),
        # A "fabricated" query whose words the archive holds: matched, by cause.
        (
            "q5",
            "Our harbour needs a second ferry before the summer rush!",
            "Cal Dune",
            "fabricated",
            None,
        ),
        ("q6", "Zebras juggle purple violins at midnight.", "Cal Dune", "fabricated", None),
    ]
    lines = tmp_path / "queries.jsonl"
    lines.write_text(
        "".join(
            json.dumps(
                {
                    "id": i,
                    "quote": q,
                    "speaker": s,
                    "kind": k,
                    "source_id": src,
                    "meaning_change": False,
                }
            )
            + "\n"
            for i, q, s, k, src in queries
        ),
        encoding="utf-8",
    )
    return path, lines


def test_the_accuracy_script_counts_compares_and_halves(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import verify_accuracy

    archive, queries = _accuracy_files(tmp_path)
    before = tmp_path / "before.jsonl"
    assert verify_accuracy.main([str(archive), str(queries), "--verdicts", str(before)]) == 0
    out = capsys.readouterr().out
    assert "fabricated wrongly matched 0.500 (1; 1 of them verbatim" in out
    assert "by cause: near copy 1" in out
    assert "matched: longest run of words shared with the matched statement min 10" in out
    rows = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["label"], r["statement_id"]) for r in rows] == [
        ("q1", "verbatim", "a1"),
        ("q2", "truncated", "a2"),
        ("q3", "altered", "a2"),
        ("q4", "misattributed", "b1"),
        ("q5", "verbatim", "b1"),
        ("q6", "fabricated", rows[5]["statement_id"]),
    ]
    # Compared with a file where q2 was wrong, q5 right and q6 matched elsewhere.
    edited = [dict(r) for r in rows]
    edited[1]["label"] = "fabricated"
    edited[4]["label"] = "fabricated"
    edited[5]["statement_id"] = "elsewhere"
    other = tmp_path / "other.jsonl"
    other.write_text("".join(json.dumps(r) + "\n" for r in edited), encoding="utf-8")
    verify_accuracy.main([str(archive), str(queries), "--compare", str(other), "--repeat", "1"])
    out = capsys.readouterr().out
    assert "better    q2 truncated: fabricated a2 -> truncated a2 (source a2)" in out
    assert "worse     q5 fabricated: fabricated b1 -> verbatim b1 (source None)" in out
    assert "different q6 fabricated: fabricated elsewhere -> fabricated" in out
    assert f"compared with {other}: 1 better, 1 different, 3 same, 1 worse" in out
    assert "CPU time of 1 more passes" in out
    # Every other query of each kind: the first of each (even) or the second (odd).
    verify_accuracy.main([str(archive), str(queries), "--half", "odd", "--verdicts", str(before)])
    half = [json.loads(line)["id"] for line in before.read_text(encoding="utf-8").splitlines()]
    assert half == ["q6"]
