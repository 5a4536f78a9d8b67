"""Tests of ``quoteattr.frames.to_dataframe``: every kind of result it takes gives the
same frame, row for row the entries of the output records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

# pandas is an optional extra (installed by the test extra): skip the module without it.
pandas = pytest.importorskip("pandas")

from quoteattr.archive import Archive  # noqa: E402
from quoteattr.batch import DocumentResult, extract_many, verify_many  # noqa: E402
from quoteattr.frames import QUOTE_COLUMNS, VERIFICATION_COLUMNS, to_dataframe  # noqa: E402
from quoteattr.model import Statement  # noqa: E402
from quoteattr.pipeline import extract, verify, verify_attributions  # noqa: E402
from quoteattr.render import document_record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_ebce1b236a75e8e9.txt").read_text(encoding="utf-8")
SPEECH = "“We will rebuild,” Mayor Jane Doe said."
INTERRUPTED = "“We will rebuild,” the mayor, Jane Doe, said, “and we will do it fast.”"
TITLE = "She starred in “Saturday Night Live” for years."
TEXTS = {"seed": SEED, "speech": SPEECH, "none": "No quotations.", "int": INTERRUPTED}


@pytest.fixture(scope="module")
def archive() -> Archive:
    store = Archive.memory()
    store.add(
        Statement("s1", "Sergey Lavrov", "Relations have reached an unprecedentedly high level.")
    )
    store.add(Statement("s2", "John Roe", "We will rebuild, and we will do it fast."))
    return store


def _records(verdicts: Archive | None = None) -> list[dict[str, Any]]:
    """The output records of TEXTS, through JSON as ``quoteattr extract`` writes them."""
    records = []
    for doc_id, text in TEXTS.items():
        attributions = extract(text)
        checked = verify_attributions(attributions, verdicts) if verdicts else None
        records.append(json.loads(json.dumps(document_record(doc_id, attributions, checked))))
    return records


def test_columns_and_dtypes_are_those_of_the_dask_frame() -> None:
    frame = to_dataframe([(doc_id, extract(text)) for doc_id, text in TEXTS.items()])
    assert list(frame.columns) == list(QUOTE_COLUMNS)
    assert {c: str(t) for c, t in frame.dtypes.items()} == dict(QUOTE_COLUMNS)
    assert list(frame.index) == list(range(len(frame)))


def test_one_row_per_segment_equal_to_the_output_records() -> None:
    frame = to_dataframe(_records())
    expected = [
        {"id": record["id"], **entry} for record in _records() for entry in record["quotes"]
    ]
    assert len(frame) == len(expected) == 4 + 1 + 0 + 2
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    assert rows == expected
    for row in rows:  # offsets index the original text
        assert TEXTS[row["id"]][row["start"] : row["end"]] == row["text"]


def test_every_kind_of_input_gives_the_same_frame() -> None:
    pairs = [(doc_id, extract(text)) for doc_id, text in TEXTS.items()]
    from_records = to_dataframe(_records())
    from_pairs = to_dataframe(pairs)
    from_results = to_dataframe(extract_many(TEXTS.items()))
    from_generator = to_dataframe(DocumentResult(i, tuple(a)) for i, a in pairs)
    for frame in (from_pairs, from_results, from_generator):
        pandas.testing.assert_frame_equal(frame, from_records)


def test_one_text_as_a_list_of_attributions() -> None:
    frame = to_dataframe(extract(INTERRUPTED))
    assert frame["id"].isna().all()
    assert list(frame["text"]) == ["We will rebuild,", "and we will do it fast."]
    assert list(frame["utterance"]) == [0, 0]
    assert list(frame["interrupted"]) == [True, True]
    reference = to_dataframe([("x", extract(INTERRUPTED))]).drop(columns="id")
    pandas.testing.assert_frame_equal(frame.drop(columns="id"), reference)


def test_missing_speaker_and_cue_are_nullable_integers() -> None:
    frame = to_dataframe([("t", extract(TITLE)), ("s", extract(SPEECH))])
    assert str(frame["speaker_start"].dtype) == "Int64"
    title, speech = frame.iloc[0], frame.iloc[1]
    assert title["kind"] == "title"
    assert pandas.isna(title["speaker_start"]) and pandas.isna(title["cue_end"])
    assert pandas.isna(title["speaker"])
    assert (speech["speaker_start"], speech["speaker_end"]) == (25, 33)
    assert SPEECH[speech["speaker_start"] : speech["speaker_end"]] == "Jane Doe"


def test_empty_input_gives_an_empty_frame_with_the_columns() -> None:
    for empty in ([], [("none", extract("No quotations."))], [{"id": "x", "quotes": []}]):
        frame = to_dataframe(empty)
        assert len(frame) == 0
        assert {c: str(t) for c, t in frame.dtypes.items()} == dict(QUOTE_COLUMNS)


def test_verdicts_add_the_verification_columns(archive: Archive) -> None:
    frame = to_dataframe(_records(archive))
    assert list(frame.columns) == [*QUOTE_COLUMNS, *VERIFICATION_COLUMNS]
    assert {c: str(t) for c, t in frame.dtypes.items()} == {**QUOTE_COLUMNS, **VERIFICATION_COLUMNS}
    by_text = {row["text"]: row for row in frame.to_dict("records")}
    lavrov = by_text["unprecedentedly high level."]
    assert (lavrov["verdict"], lavrov["statement_id"]) == ("truncated", "s1")
    assert lavrov["statement_speaker"] == "Sergey Lavrov"
    assert lavrov["score"] > 90 and lavrov["meaning_change"] is False
    assert lavrov["explanation"].startswith("truncated")
    mayor = by_text["We will rebuild,"]
    assert mayor["verdict"] == "misattributed"
    assert (mayor["speaker"], mayor["statement_speaker"]) == ("Jane Doe", "John Roe")
    assert by_text["and we will do it fast."]["verdict"] == "misattributed"
    fabricated = by_text["holy war."]
    assert fabricated["verdict"] == "fabricated"
    assert pandas.isna(fabricated["statement_id"]) and pandas.isna(fabricated["score"])


def test_verdict_triples_give_the_same_frame_as_verified_records(archive: Archive) -> None:
    expected = to_dataframe(_records(archive))
    with_lists = []
    with_maps = []
    for doc_id, text in TEXTS.items():
        attributions = extract(text)
        with_lists.append((doc_id, attributions, verify(text, archive)))
        with_maps.append((doc_id, attributions, verify_attributions(attributions, archive)))
    pandas.testing.assert_frame_equal(to_dataframe(with_lists), expected)
    pandas.testing.assert_frame_equal(to_dataframe(with_maps), expected)


def test_verify_many_results_give_the_same_frame_as_verified_records(archive: Archive) -> None:
    results = list(verify_many(TEXTS.items(), archive))
    pandas.testing.assert_frame_equal(to_dataframe(results), to_dataframe(_records(archive)))


def test_verified_forces_or_drops_the_verification_columns(archive: Archive) -> None:
    assert list(to_dataframe([], verified=True).columns) == [
        *QUOTE_COLUMNS,
        *VERIFICATION_COLUMNS,
    ]
    unverified = to_dataframe(_records(archive), verified=False)
    pandas.testing.assert_frame_equal(unverified, to_dataframe(_records()))


def test_unchecked_quotations_have_missing_verdicts(archive: Archive) -> None:
    attributions = extract(TITLE)
    frame = to_dataframe([("t", attributions, verify(TITLE, archive)), ("s", extract(SPEECH))])
    assert frame[list(VERIFICATION_COLUMNS)].isna().all().all()  # a title is not checked
    assert list(frame.columns) == [*QUOTE_COLUMNS, *VERIFICATION_COLUMNS]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("“No,” she said.", "got one str"),
        ({"id": "a", "quotes": []}, "got one dict .a single result goes in a list"),
        (DocumentResult("a"), "got one DocumentResult"),
        (42, "got one int"),
        ([42], "item 0 is of type int"),
        ([("a",)], "item 0 is of type tuple"),
        ([("a", ["not an attribution"])], "item 0: the second element is not a list"),
        ([("a", [], "verdicts")], "item 0: the third element is not the verdicts"),
        ([("a", [], [42])], "item 0: the verdicts are not Verdict records"),
    ],
)
def test_what_it_does_not_take_is_a_type_error(bad: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        to_dataframe(bad)


def test_attributions_and_documents_do_not_mix() -> None:
    attributions = extract(SPEECH)
    with pytest.raises(TypeError, match="item 1 is an Attribution among documents"):
        to_dataframe([("a", attributions), attributions[0]])
    with pytest.raises(TypeError, match="item 1 is of type tuple, among the Attributions"):
        to_dataframe([attributions[0], ("a", attributions)])


def test_malformed_records_name_the_record_quotation_and_field() -> None:
    (record,) = json.loads(json.dumps([document_record("d1", extract(SPEECH))]))
    del record["quotes"][0]["cue_end"]
    with pytest.raises(ValueError, match=r"record 0 \(id 'd1'\), quotation 0: no field 'cue_end'"):
        to_dataframe([record])
    with pytest.raises(ValueError, match=r"record 1 \(id 'd2'\): \"quotes\" is missing"):
        to_dataframe([{"id": "d1", "quotes": []}, {"id": "d2"}])
    (record,) = json.loads(json.dumps([document_record("d1", extract(SPEECH))]))
    record["quotes"][0]["start"] = "one"
    with pytest.raises(ValueError, match="column 'start' does not convert to int64"):
        to_dataframe([record])


def test_a_verdict_of_another_text_is_refused(archive: Archive) -> None:
    with pytest.raises(ValueError, match="attribution is not among the attributions"):
        to_dataframe([("a", extract(SPEECH), verify(SEED, archive))])
