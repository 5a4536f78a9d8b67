"""Tests of ``quoteattr.batch.extract_many``: input kinds, order, laziness, bounded
reading, the error policies, and worker processes giving the same results."""

from __future__ import annotations

import collections
import contextlib
import itertools
import json
import multiprocessing
import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr.batch import (
    DocumentError,
    DocumentResult,
    extract_many,
    extract_records,
    verify_many,
    verify_records,
)
from quoteattr.cues import load_lexicon
from quoteattr.documents import Document
from quoteattr.pipeline import extract, verify_attributions
from quoteattr.render import document_record

try:
    from tests import golden_cases
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    import golden_cases  # type: ignore[no-redef,unused-ignore]

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


def golden_texts() -> list[str]:
    """The text of every golden case (a verification case's quotation as its text)."""
    return [
        case.get("text", case.get("quote", ""))
        for name in ("quotes.json", "attribution.json", "verdicts.json")
        for case in golden_cases.load(name)
    ]


def test_two_workers_give_the_same_results_in_order() -> None:
    # What workers send back is rebuilt here: the same records as extract gives in this
    # process, for the seed article and every golden case (all in one pool).
    docs = corpus(41) + [{"id": f"g{n}", "text": text} for n, text in enumerate(golden_texts())]
    assert len(docs) > 41 + 200
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


# Verification: verify_many and verify_records

STATEMENTS = ROOT / "seeds" / "archive.jsonl"
MISATTRIBUTED = "“Relations have reached an unprecedentedly high level,” Choe Son-hui said."
ALTERED = "“We will always stand by our Chinese comrades until the victory day,” Choe said."
VERIFY_TEXTS = [SEED, SPEECH, MISATTRIBUTED, "Nothing quoted.", ALTERED, FRAGMENT]


def verify_corpus(count: int) -> list[dict[str, str]]:
    return [{"id": f"v{i}", "text": VERIFY_TEXTS[i % len(VERIFY_TEXTS)]} for i in range(count)]


@pytest.fixture(scope="module")
def archive_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed statements in an archive file, indexed."""
    path = tmp_path_factory.mktemp("archive") / "seed.sqlite"
    with quoteattr.Archive.open(path) as archive:
        archive.import_jsonl(STATEMENTS)
        archive.build_index()
    return path


def verified(docs: list[dict[str, str]], path: Path) -> list[DocumentResult]:
    """What verify_many must give: extract, then verify_attributions, one by one."""
    results = []
    with quoteattr.Archive.open(path, create=False) as archive:
        for doc in docs:
            attributions = extract(doc["text"])
            verdicts = verify_attributions(attributions, archive)
            results.append(DocumentResult(doc["id"], tuple(attributions), None, verdicts))
    return results


def test_verify_many_equals_verify_attributions_in_order(archive_file: Path) -> None:
    docs = verify_corpus(14)
    expect = verified(docs, archive_file)
    # The corpus exercises several verdicts, and documents with none.
    labels = {v.label for r in expect for v in (r.verdicts or {}).values()}
    assert {"verbatim", "truncated", "fabricated", "misattributed", "altered"} <= labels
    assert any(r.verdicts == {} for r in expect)
    assert list(verify_many(docs, archive_file)) == expect
    assert list(verify_many(docs, str(archive_file), workers=2, chunksize=2)) == expect


def test_verify_many_verdicts_are_those_of_each_attribution(archive_file: Path) -> None:
    [result] = verify_many([("m", MISATTRIBUTED)], archive_file)
    [(position, verdict)] = (result.verdicts or {}).items()
    assert verdict.attribution is result.attributions[position]
    assert (verdict.label, verdict.speaker) == ("misattributed", "Choe Son-hui")
    assert verdict.match is not None and verdict.match.statement.speaker == "Sergey Lavrov"
    # Names and titles are not checked: a fragment is; no verdict is made up.
    [fragment] = verify_many([("f", FRAGMENT)], archive_file)
    assert list((fragment.verdicts or {}).keys()) == [0]


def test_extract_many_results_have_no_verdicts_and_still_hash(archive_file: Path) -> None:
    [extracted] = extract_many([("a", SPEECH)])
    assert extracted.verdicts is None
    [checked] = verify_many([("a", SPEECH)], archive_file)
    assert checked.verdicts and checked.attributions == extracted.attributions
    assert checked != extracted
    assert hash(checked) == hash(extracted)  # verdicts take no part in the hash


def test_an_open_archive_is_used_as_it_is_and_left_open(archive_file: Path) -> None:
    docs = verify_corpus(6)
    with quoteattr.Archive.open(archive_file, create=False) as archive:
        assert list(verify_many(docs, archive)) == verified(docs, archive_file)
        assert len(archive) == 5  # still open: the caller owns it
        # With workers, the workers open its file.
        assert list(verify_many(docs, archive, workers=2)) == verified(docs, archive_file)


def test_an_archive_in_memory_works_in_process_only() -> None:
    archive = quoteattr.Archive.memory()
    archive.import_jsonl(STATEMENTS)
    [result] = verify_many([("m", MISATTRIBUTED)], archive)
    assert [v.label for v in (result.verdicts or {}).values()] == ["misattributed"]
    for workers in (2, None):
        # At once, before any document is read or any worker started.
        with pytest.raises(ValueError, match=r"archive in memory .* workers=1"):
            verify_many(iter(()), archive, workers=workers)
        with pytest.raises(ValueError, match="archive in memory"):
            verify_records(iter(()), archive, workers=workers)


def test_a_missing_or_wrong_archive_is_an_error_before_any_work(tmp_path: Path) -> None:
    read: list[int] = []

    def docs() -> Iterator[tuple[str, str]]:
        read.append(1)
        yield "a", SPEECH

    missing = tmp_path / "nowhere.sqlite"
    with pytest.raises(quoteattr.ArchiveError, match=r"nowhere\.sqlite: no such archive"):
        verify_many(docs(), missing, workers=2)
    with pytest.raises(ValueError, match="no such archive"):  # an ArchiveError is one
        verify_records(docs(), missing)
    assert not missing.exists()  # not created
    not_archive = tmp_path / "notes.txt"
    not_archive.write_text("not SQLite\n" * 100, encoding="utf-8")
    with pytest.raises(quoteattr.ArchiveError, match=r"notes\.txt: not a quoteattr archive"):
        verify_many(docs(), not_archive)
    with pytest.raises(TypeError, match="archive must be"):
        verify_many(docs(), 42)  # type: ignore[arg-type]
    assert read == []


def test_verify_many_options_are_checked_at_once(archive_file: Path) -> None:
    with pytest.raises(ValueError, match="workers"):
        verify_many([], archive_file, workers=0)
    with pytest.raises(ValueError, match="on_error"):
        verify_many([], archive_file, on_error="ignore")  # type: ignore[arg-type]


def test_verify_many_error_policies_in_process_and_in_workers(archive_file: Path) -> None:
    docs = BAD_DOCS * 2
    recorded = list(verify_many(docs, archive_file, on_error="record"))
    oks = [("ok1", True), ("no-text", False), ("number", False), ("ok2", True)]
    # The string, not a document, is named by its position.
    assert [(r.id, r.ok) for r in recorded] == [*oks, ("4", False), *oks, ("9", False)]
    assert all(r.verdicts is None and r.attributions == () for r in recorded if not r.ok)
    assert all(r.verdicts is not None for r in recorded if r.ok)
    assert recorded[2].error == "TypeError: the text is not a str but an int"
    in_workers = verify_many(docs, archive_file, workers=2, chunksize=2, on_error="record")
    assert list(in_workers) == recorded
    for workers in (1, 2):
        skipped = verify_many(docs, archive_file, workers=workers, on_error="skip")
        assert [r.id for r in skipped] == ["ok1", "ok2"] * 2
        with pytest.raises(DocumentError, match="'no-text'"):
            list(verify_many(docs, archive_file, workers=workers, chunksize=2))


def test_a_failure_in_verification_is_the_documents_error(
    archive_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(attributions: Any, archive: Any) -> Any:
        raise RuntimeError("simulated archive failure")

    monkeypatch.setattr("quoteattr.batch.verify_attributions", failing)
    [result] = verify_many([("x", SPEECH)], archive_file, on_error="record")
    assert (result.id, result.error) == ("x", "RuntimeError: simulated archive failure")
    with pytest.raises(DocumentError, match="'x'") as info:
        list(verify_records([("x", SPEECH)], archive_file))
    assert isinstance(info.value.__cause__, RuntimeError)


def test_verify_records_are_the_lines_quoteattr_verify_writes(archive_file: Path) -> None:
    docs = verify_corpus(9)
    single = [
        document_record(r.id, r.attributions, r.verdicts) for r in verified(docs, archive_file)
    ]
    assert all("verification" in q for record in single for q in record["quotes"])
    assert list(verify_records(docs, archive_file)) == single
    assert list(verify_records(docs, archive_file, workers=2, chunksize=2)) == single
    records = list(verify_records(BAD_DOCS, archive_file, workers=2, on_error="record"))
    assert records[1] == {
        "id": "no-text",
        "quotes": [],
        "error": "KeyError: the document has no 'text' field",
    }


def test_the_cli_writes_what_verify_records_gives(
    archive_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quoteattr.cli import main

    docs = verify_corpus(6)
    corpus_file = tmp_path / "corpus.jsonl"
    corpus_file.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    assert main(["verify", str(corpus_file), "--archive", str(archive_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == list(
        verify_records(docs, archive_file, workers=2)
    )


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to count"
)
def test_each_worker_opens_the_archive_once_and_closes_it(
    archive_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Archive.open, counting its calls by process in a file: forked workers inherit it.
    log = tmp_path / "opens.log"
    original = quoteattr.Archive.open

    def counting(path: Any, **options: bool) -> quoteattr.Archive:
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return original(path, **options)

    monkeypatch.setattr(quoteattr.Archive, "open", staticmethod(counting))
    docs = verify_corpus(40)
    context = multiprocessing.get_context("fork")
    results = list(verify_many(docs, archive_file, workers=2, chunksize=2, mp_context=context))
    assert results == verified(docs, archive_file)
    opens = collections.Counter(log.read_text(encoding="utf-8").split())
    caller = str(os.getpid())
    # The caller opened it twice: to check it at once, and to compute `verified`.
    assert opens.pop(caller) == 2
    # 20 chunks, two worker processes, one opening each.
    assert sorted(opens.values()) == [1, 1]
    # Each worker closed it when it stopped: the last reader to close a WAL-mode file
    # removes its write-ahead log, which stays behind when a reader dies with it open.
    assert not Path(f"{archive_file}-wal").exists()


def test_workers_started_by_spawn_open_the_archive_by_path(archive_file: Path) -> None:
    docs = verify_corpus(6)
    context = multiprocessing.get_context("spawn")
    results = verify_many(docs, archive_file, workers=2, mp_context=context)
    assert list(results) == verified(docs, archive_file)
