"""Tests of ``quoteattr.batch.extract_many``: input kinds, order, laziness, bounded
reading, the error policies, and worker processes giving the same results."""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr.batch import DocumentError, DocumentResult, extract_many, extract_records
from quoteattr.cues import load_lexicon
from quoteattr.documents import Document
from quoteattr.pipeline import extract
from quoteattr.render import document_record

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_ebce1b236a75e8e9.txt").read_text(encoding="utf-8")
SPEECH = "“We will rebuild,” Mayor Jane Doe said."
FRAGMENT = "The council called it a “grave mistake.”"
TEXTS = [SPEECH, FRAGMENT, SEED, "", "No quotations here.", f"{SEED}\n\n{SPEECH}"]


def corpus(count: int) -> list[dict[str, str]]:
    return [{"id": f"d{i}", "text": TEXTS[i % len(TEXTS)]} for i in range(count)]


def expected(docs: list[dict[str, str]]) -> list[DocumentResult]:
    return [DocumentResult(doc["id"], tuple(extract(doc["text"]))) for doc in docs]


# Inputs and order


def test_exported_at_the_top_level() -> None:
    assert quoteattr.extract_many is extract_many
    assert "extract_many" in quoteattr.__all__


def test_results_in_input_order_equal_extract() -> None:
    docs = corpus(13)
    assert list(extract_many(docs)) == expected(docs)


def test_documents_mappings_and_pairs_are_all_documents() -> None:
    docs: list[Any] = [Document("a", SPEECH), {"id": "b", "text": FRAGMENT}, ("c", SPEECH)]
    results = list(extract_many(docs))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert [r.attributions[0].quote.text for r in results] == [
        "We will rebuild,",
        "grave mistake.",
        "We will rebuild,",
    ]


def test_custom_fields_and_ids_that_are_not_strings() -> None:
    docs = [{"url": 7, "body": SPEECH}, {"body": FRAGMENT}, {"url": None, "body": SPEECH}]
    results = list(extract_many(docs, id_field="url", text_field="body"))
    # A number becomes text; a missing id is the document's position.
    assert [r.id for r in results] == ["7", "1", "2"]
    assert all(r.ok and r.attributions for r in results)


def test_a_document_without_quotations_has_an_empty_result() -> None:
    [result] = extract_many([("empty", "Nothing quoted.")])
    assert result == DocumentResult("empty", (), None)
    assert result.ok


def test_lazy_and_reads_only_what_it_needs() -> None:
    read: list[int] = []

    def endless() -> Iterator[tuple[str, str]]:
        for number in itertools.count():
            read.append(number)
            yield str(number), SPEECH

    results = extract_many(endless())
    assert read == []  # nothing happens before the first result is asked for
    first = list(itertools.islice(results, 3))
    assert [r.id for r in first] == ["0", "1", "2"]
    assert len(read) == 3


def test_invalid_options_raise_at_once() -> None:
    with pytest.raises(ValueError, match="workers"):
        extract_many([], workers=0)
    with pytest.raises(ValueError, match="chunksize"):
        extract_many([], chunksize=0)
    with pytest.raises(ValueError, match="on_error"):
        extract_many([], on_error="ignore")  # type: ignore[arg-type]


# Error policies

BAD_DOCS: list[Any] = [
    {"id": "ok1", "text": SPEECH},
    {"id": "no-text", "body": SPEECH},
    ("number", 42),
    {"id": "ok2", "text": FRAGMENT},
    "just a string",
]


def test_record_names_each_bad_document_and_keeps_going() -> None:
    results = list(extract_many(BAD_DOCS, on_error="record"))
    assert [(r.id, r.ok) for r in results] == [
        ("ok1", True),
        ("no-text", False),
        ("number", False),
        ("ok2", True),
        ("4", False),
    ]
    assert results[1].error == "KeyError: the document has no 'text' field"
    assert results[2].error == "TypeError: the text is not a str but an int"
    assert results[4].error is not None and "not a str" in results[4].error
    assert all(r.attributions == () for r in results if not r.ok)


def test_skip_leaves_out_bad_documents() -> None:
    assert [r.id for r in extract_many(BAD_DOCS, on_error="skip")] == ["ok1", "ok2"]


def test_raise_names_the_document() -> None:
    results = extract_many(BAD_DOCS)
    assert next(results).id == "ok1"
    with pytest.raises(DocumentError, match="'no-text'") as info:
        next(results)
    assert info.value.doc_id == "no-text"
    assert isinstance(info.value, quoteattr.QuoteattrError)
    copy = pickle.loads(pickle.dumps(info.value))  # as a cluster sends it back
    assert (copy.doc_id, copy.error, str(copy)) == ("no-text", info.value.error, str(info.value))


def test_an_exception_in_extraction_is_chained_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(text: str, **options: Any) -> Any:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("quoteattr.batch.extract", failing)
    with pytest.raises(DocumentError) as info:
        list(extract_many([("x", SPEECH)]))
    assert info.value.error == "RuntimeError: simulated bug"
    assert isinstance(info.value.__cause__, RuntimeError)
    [result] = extract_many([("x", SPEECH)], on_error="record")
    assert result.error == "RuntimeError: simulated bug"


# Worker processes (each test starts two: about half a second)


def test_two_workers_give_the_same_results_in_order() -> None:
    docs = corpus(41)
    assert list(extract_many(docs, workers=2, chunksize=3)) == expected(docs)


def test_workers_apply_the_error_policies_with_ids() -> None:
    docs = BAD_DOCS * 3
    in_process = list(extract_many(docs, on_error="record"))
    assert list(extract_many(docs, workers=2, chunksize=2, on_error="record")) == in_process
    skipped = list(extract_many(docs, workers=2, chunksize=2, on_error="skip"))
    assert [r.id for r in skipped] == ["ok1", "ok2"] * 3
    with pytest.raises(DocumentError, match="'no-text'"):
        list(extract_many(docs, workers=2, chunksize=2))


def test_workers_read_a_bounded_number_of_chunks_ahead() -> None:
    read: list[int] = []

    def endless() -> Iterator[tuple[str, str]]:
        for number in itertools.count():
            read.append(number)
            yield str(number), FRAGMENT

    with contextlib.closing(extract_many(endless(), workers=2, chunksize=5)) as results:
        assert next(results).id == "0"
        # Two chunks a worker in flight, and one being handed out: never the stream.
        assert len(read) <= 2 * 2 * 5 + 5
    assert len(read) <= 2 * 2 * 5 + 5


def test_workers_use_a_custom_lexicon() -> None:
    lexicon = load_lexicon().extend(verbs=["harrumph"])
    text = "“The bridge will open in May,” Jane Doe harrumphed."
    assert [a.speaker for a in extract(text)] == [None]
    [result] = extract_many([("h", text)], workers=2, lexicon=lexicon)
    assert [a.speaker.name for a in result.attributions if a.speaker] == ["Jane Doe"]


def test_workers_started_by_spawn() -> None:
    # Worker processes that inherit nothing from this one (the default on macOS and
    # Windows): they import quoteattr and load the lexicon themselves.
    docs = corpus(6)
    context = multiprocessing.get_context("spawn")
    assert list(extract_many(docs, workers=2, mp_context=context)) == expected(docs)


# Output records


def test_records_are_the_output_records_in_order() -> None:
    docs = corpus(9)
    single = [document_record(doc["id"], extract(doc["text"])) for doc in docs]
    assert list(extract_records(docs)) == single
    assert list(extract_records(docs, workers=2, chunksize=2)) == single


def test_records_of_bad_documents_hold_the_error() -> None:
    records = list(extract_records(BAD_DOCS, on_error="record"))
    assert records[1] == {
        "id": "no-text",
        "quotes": [],
        "error": "KeyError: the document has no 'text' field",
    }
    assert [r for r in records if "error" not in r] == list(extract_records(BAD_DOCS[::3]))
    assert list(extract_records(BAD_DOCS, workers=2, on_error="record")) == records
