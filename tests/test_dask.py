"""Tests of ``quoteattr.dask`` on a real local cluster: two worker processes, whose
results must equal those of one process exactly."""

from __future__ import annotations

import collections
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Dask is an optional extra (installed by the test extra): skip the module without it.
dask_bag = pytest.importorskip("dask.bag")
dask_dataframe = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
pandas = pytest.importorskip("pandas")

from quoteattr.archive import Archive, ArchiveError  # noqa: E402
from quoteattr.batch import DocumentError, verify_records  # noqa: E402
from quoteattr.cues import load_lexicon  # noqa: E402
from quoteattr.dask import (  # noqa: E402
    QUOTE_COLUMNS,
    VERIFICATION_COLUMNS,
    extract_bag,
    extract_frame,
    quote_frame,
    verify_bag,
    verify_frame,
    verify_quote_frame,
)
from quoteattr.model import Statement  # noqa: E402
from quoteattr.pipeline import extract, verify_attributions  # noqa: E402
from quoteattr.render import document_record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_ebce1b236a75e8e9.txt").read_text(encoding="utf-8")
SPEECH = "“We will rebuild,” Mayor Jane Doe said."
FRAGMENT = "The council called it a “grave mistake.”"
TEXTS = [SPEECH, SEED, FRAGMENT, "No quotations.", f"{SEED}\n\n{SPEECH}"]
DOCS = [{"id": f"d{i:03d}", "text": TEXTS[i % len(TEXTS)]} for i in range(60)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        memory_limit=None,  # the other engineers' jobs share this machine's memory
    )
    with cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


def test_missing_dask_is_named_with_the_extra() -> None:
    from quoteattr.dask import _require

    with pytest.raises(ImportError, match=r"quoteattr\[dask\]"):
        _require("no_such_dask_module")


def test_bag_on_two_workers_equals_one_process(client: Any) -> None:
    bag = dask_bag.from_sequence(DOCS, npartitions=6)
    records = client.compute(extract_bag(bag)).result()
    single = [document_record(doc["id"], extract(doc["text"])) for doc in DOCS]
    assert records == single
    # Computed on the cluster's two worker processes.
    assert len(client.scheduler_info()["workers"]) == 2


def test_bag_of_jsonl_lines_written_back_as_the_cli_writes(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quoteattr.cli import main

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(doc) + "\n" for doc in DOCS[:12]), encoding="utf-8")
    lines = dask_bag.read_text(str(corpus), blocksize=2000).map(json.loads)
    written = extract_bag(lines).map(json.dumps, ensure_ascii=False)
    assert main(["extract", str(corpus)]) == 0
    assert client.compute(written).result() == capsys.readouterr().out.splitlines()


def test_bag_error_policies(client: Any) -> None:
    docs: list[Any] = [{"id": "a", "text": SPEECH}, {"id": "b"}, ("c", 3)]
    bag = dask_bag.from_sequence(docs, npartitions=2)
    recorded = client.compute(extract_bag(bag, on_error="record")).result()
    assert [(r["id"], r.get("error")) for r in recorded] == [
        ("a", None),
        ("b", "KeyError: the document has no 'text' field"),
        ("c", "TypeError: the text is not a str but an int"),
    ]
    skipped = client.compute(extract_bag(bag, on_error="skip")).result()
    assert [r["id"] for r in skipped] == ["a"]
    # The first failure the cluster sees, with the id of its document.
    with pytest.raises(DocumentError, match=r"document '[bc]'") as info:
        client.compute(extract_bag(bag)).result()
    assert info.value.doc_id in {"b", "c"}


def test_frame_on_two_workers_equals_one_process(client: Any) -> None:
    texts = pandas.DataFrame(DOCS)
    frame = dask_dataframe.from_pandas(texts, npartitions=4)
    computed = client.compute(extract_frame(frame)).result()
    single = quote_frame(texts)
    pandas.testing.assert_frame_equal(computed.reset_index(drop=True), single)
    assert list(single.columns) == list(QUOTE_COLUMNS)
    assert dict(single.dtypes.astype(str)) == dict(QUOTE_COLUMNS)
    # One row per quoted segment, the same as the entries of the output records.
    entries = [
        {"id": doc["id"], **entry}
        for doc in DOCS
        for entry in document_record(doc["id"], extract(doc["text"]))["quotes"]
    ]
    as_records = single.astype(object).where(single.notna(), None).to_dict("records")
    assert as_records == entries


def test_frame_with_a_custom_lexicon_and_ids_from_the_index(client: Any) -> None:
    lexicon = load_lexicon().extend(verbs=["harrumph"])
    text = "“The bridge will open in May,” Jane Doe harrumphed."
    texts = pandas.DataFrame({"body": [text, SPEECH]}, index=[10, 11])
    frame = dask_dataframe.from_pandas(texts, npartitions=2)
    computed = client.compute(extract_frame(frame, text_column="body", lexicon=lexicon)).result()
    assert list(computed["id"]) == ["10", "11"]
    assert list(computed["speaker"]) == ["Jane Doe", "Jane Doe"]
    plain = client.compute(extract_frame(frame, text_column="body")).result()
    assert plain["speaker"].isna().tolist() == [True, False]


def test_frame_refuses_to_record_errors() -> None:
    with pytest.raises(ValueError, match="record"):
        quote_frame(pandas.DataFrame({"text": ["x"]}), on_error="record")


# Verification on Dask: the archive opened once per worker, from its path

STATEMENTS = ROOT / "seeds" / "archive.jsonl"
MISATTRIBUTED = "“Relations have reached an unprecedentedly high level,” Choe Son-hui said."
ALTERED = "“We will always stand by our Chinese comrades until the victory day,” Choe said."
VERIFY_TEXTS = [SEED, SPEECH, MISATTRIBUTED, "No quotations.", ALTERED, FRAGMENT]
VERIFY_DOCS = [{"id": f"v{i:03d}", "text": VERIFY_TEXTS[i % len(VERIFY_TEXTS)]} for i in range(36)]


def make_archive(path: Path) -> Path:
    with Archive.open(path) as archive:
        archive.import_jsonl(STATEMENTS)
        archive.build_index()
    return path


@pytest.fixture(scope="module")
def archive_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("archive") / "seed.sqlite")


def verified_records(docs: list[dict[str, str]], path: Path) -> list[dict[str, Any]]:
    """What the cluster must give: extract, then verify_attributions, one by one."""
    with Archive.open(path, create=False) as archive:
        records = []
        for doc in docs:
            attributions = extract(doc["text"])
            verdicts = verify_attributions(attributions, archive)
            records.append(document_record(doc["id"], attributions, verdicts))
    return records


def test_verify_bag_on_two_workers_equals_one_process(client: Any, archive_file: Path) -> None:
    bag = dask_bag.from_sequence(VERIFY_DOCS, npartitions=6)
    records = client.compute(verify_bag(bag, archive_file)).result()
    single = verified_records(VERIFY_DOCS, archive_file)
    labels = {q["verification"]["verdict"] for r in single for q in r["quotes"]}
    assert {"verbatim", "truncated", "altered", "fabricated", "misattributed"} <= labels
    assert records == single
    assert records == list(verify_records(VERIFY_DOCS, archive_file))


def test_verify_frame_on_two_workers_equals_one_process(client: Any, archive_file: Path) -> None:
    texts = pandas.DataFrame(VERIFY_DOCS)
    frame = dask_dataframe.from_pandas(texts, npartitions=4)
    computed = client.compute(verify_frame(frame, str(archive_file))).result()
    single = verify_quote_frame(texts, archive_file)
    pandas.testing.assert_frame_equal(computed.reset_index(drop=True), single)
    columns = {**QUOTE_COLUMNS, **VERIFICATION_COLUMNS}
    assert dict(single.dtypes.astype(str)) == columns
    # The quotation columns are quote_frame's; the others, each entry's verification.
    pandas.testing.assert_frame_equal(single[list(QUOTE_COLUMNS)], quote_frame(texts))
    entries = [
        (record["id"], entry["verification"])
        for record in verified_records(VERIFY_DOCS, archive_file)
        for entry in record["quotes"]
    ]
    as_records = single.astype(object).where(single.notna(), None).to_dict("records")
    assert len(as_records) == len(entries)
    for row, (doc_id, verification) in zip(as_records, entries, strict=True):
        assert row["id"] == doc_id
        expect = verification or {}
        assert row["verdict"] == expect.get("verdict")
        assert row["statement_id"] == expect.get("statement_id")
        assert row["statement_speaker"] == expect.get("speaker")
        assert row["score"] == expect.get("score")
        assert row["meaning_change"] == expect.get("meaning_change")
        assert row["explanation"] == expect.get("explanation")
    assert single["verdict"].isna().sum() == 0  # every quotation here is checked


def test_each_worker_opens_the_archive_once(client: Any, tmp_path: Path) -> None:
    # A fresh file, so that no earlier task has it open; Archive.open counted in each
    # worker process (nested functions: sent by value to the workers).
    path = str(make_archive(tmp_path / "counted.sqlite"))

    def count_opens() -> None:
        from quoteattr.archive import Archive as WorkerArchive

        original = WorkerArchive.open
        calls: list[str] = []

        def counting(name: Any, **options: bool) -> Any:
            calls.append(os.fspath(name))
            return original(name, **options)

        counting.calls = calls  # type: ignore[attr-defined]
        counting.original = original  # type: ignore[attr-defined]
        WorkerArchive.open = staticmethod(counting)  # type: ignore[method-assign,assignment]

    def opens_and_restore() -> int:
        from quoteattr.archive import Archive as WorkerArchive

        counting: Any = WorkerArchive.open
        WorkerArchive.open = counting.original  # type: ignore[method-assign]
        return int(counting.calls.count(path))

    client.run(count_opens)
    try:
        bag = verify_bag(dask_bag.from_sequence(VERIFY_DOCS, npartitions=12), path).persist()
        futures = distributed.futures_of(bag)
        distributed.wait(futures)
        where = client.who_has(futures)  # the worker that computed each partition
        records = client.compute(bag).result()
    finally:
        opens = client.run(opens_and_restore)
    assert records == verified_records(VERIFY_DOCS, Path(path))
    tasks = collections.Counter(address for held in where.values() for address in held)
    assert sum(tasks.values()) == 12 and max(tasks.values()) > 1
    # Each worker that ran tasks opened the file once, whatever their number.
    assert opens == {address: 1 if address in tasks else 0 for address in opens}


def test_local_schedulers_open_the_archive_once_per_thread(
    archive_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "local.sqlite"
    path.write_bytes(archive_file.read_bytes())
    opened: list[str] = []
    original = Archive.open

    def counting(name: Any, **options: bool) -> Archive:
        opened.append(threading.current_thread().name)
        return original(name, **options)

    bag = dask_bag.from_sequence(VERIFY_DOCS, npartitions=6)
    single = verified_records(VERIFY_DOCS, archive_file)
    monkeypatch.setattr(Archive, "open", staticmethod(counting))
    assert verify_bag(bag, path).compute(scheduler="sync") == single
    assert verify_bag(bag, path).compute(scheduler="sync") == single
    assert len(opened) == 1  # one thread: once, for 12 tasks
    opened.clear()
    assert verify_bag(bag, path).compute(scheduler="threads", num_workers=2) == single
    assert len(opened) == len(set(opened)) <= 2  # at most once per thread


def test_a_replaced_archive_file_is_opened_afresh(tmp_path: Path) -> None:
    path = tmp_path / "swapped.sqlite"
    make_archive(path)
    bag = dask_bag.from_sequence([("m", MISATTRIBUTED)])

    def verdict() -> str:
        [record] = verify_bag(bag, path).compute(scheduler="sync")
        return str(record["quotes"][0]["verification"]["verdict"])

    assert verdict() == "misattributed"
    # The same path, a new file: the statement is now Choe Son-hui's.
    replacement = tmp_path / "new.sqlite"
    with Archive.open(replacement) as archive:
        archive.add(
            Statement("c1", "Choe Son-hui", "Relations have reached an unprecedentedly high level.")
        )
    os.replace(replacement, path)
    assert verdict() == "verbatim"


def test_verify_archive_errors(client: Any, tmp_path: Path) -> None:
    bag = dask_bag.from_sequence([("a", SPEECH)])
    missing = tmp_path / "nowhere.sqlite"
    with pytest.raises(ArchiveError, match=r"nowhere\.sqlite: no such archive"):
        client.compute(verify_bag(bag, missing)).result()
    assert not missing.exists()
    with pytest.raises(TypeError, match=r"archive\.path"):
        verify_bag(bag, Archive.memory())  # type: ignore[arg-type]
    frame = dask_dataframe.from_pandas(pandas.DataFrame({"text": [SPEECH]}), npartitions=1)
    with pytest.raises(ArchiveError, match="no such archive"):
        verify_frame(frame, missing).compute(scheduler="sync")
    with pytest.raises(ValueError, match="record"):
        verify_quote_frame(pandas.DataFrame({"text": ["x"]}), Archive.memory(), on_error="record")


def test_verify_bag_error_policies(client: Any, archive_file: Path) -> None:
    docs: list[Any] = [{"id": "a", "text": MISATTRIBUTED}, {"id": "b"}, ("c", 3)]
    bag = dask_bag.from_sequence(docs, npartitions=2)
    recorded = client.compute(verify_bag(bag, archive_file, on_error="record")).result()
    assert [(r["id"], r.get("error")) for r in recorded] == [
        ("a", None),
        ("b", "KeyError: the document has no 'text' field"),
        ("c", "TypeError: the text is not a str but an int"),
    ]
    assert recorded[0]["quotes"][0]["verification"]["verdict"] == "misattributed"
    skipped = client.compute(verify_bag(bag, archive_file, on_error="skip")).result()
    assert [r["id"] for r in skipped] == ["a"]
    with pytest.raises(DocumentError, match=r"document '[bc]'"):
        client.compute(verify_bag(bag, archive_file)).result()
