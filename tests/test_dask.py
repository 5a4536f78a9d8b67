"""Tests of ``quoteattr.dask`` on a real local cluster: two worker processes, whose
results must equal those of one process exactly."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Dask is an optional extra (installed by the test extra): skip the module without it.
dask_bag = pytest.importorskip("dask.bag")
dask_dataframe = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
pandas = pytest.importorskip("pandas")

from quoteattr.batch import DocumentError  # noqa: E402
from quoteattr.cues import load_lexicon  # noqa: E402
from quoteattr.dask import QUOTE_COLUMNS, extract_bag, extract_frame, quote_frame  # noqa: E402
from quoteattr.pipeline import extract  # noqa: E402
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
