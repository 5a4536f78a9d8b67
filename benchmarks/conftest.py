"""Shared fixtures for the benchmarks (pytest-benchmark), for any stage of the pipeline.

Not part of the default test run: run them with ``pytest benchmarks --benchmark-enable``.

The corpus is, by default, the seed articles (``seeds/*.txt``) repeated to about 1 MB.
``--corpus PATH`` (or the environment variable ``QUOTEATTR_BENCH_CORPUS``) names a JSONL
file instead, one JSON object a line, whose ``"text"`` fields are the documents.

Fixtures:

* ``news_corpus``: the documents, ``list[str]``;
* ``corpus_bytes``: their total size in bytes of UTF-8;
* ``corpus_name``: where they came from (recorded with every benchmark);
* ``report_throughput``: call it after ``benchmark(...)`` to record ``MB/s`` (from the
  median round) and ``MB/s best`` (from the fastest) in ``benchmark.extra_info``; the
  figures are also printed at the end of the run;
* ``build_documents``: ``build(size, total=1_000_000)``, the corpus articles (cycled)
  joined with ``"\\n\\n"`` into documents of about ``size`` bytes, ``total`` bytes in all;
* ``make_jsonl``: ``make(nbytes)``, the path of a JSONL file of about ``nbytes`` bytes in
  a temporary directory: the corpus articles repeated, each line with a distinct id;
* ``report_summary``: ``report(line)`` prints ``line`` in a "benchmark figures" section
  at the end of the run.

Benchmarks marked ``memory`` take minutes; they run only with ``--run-memory`` (or the
environment variable ``QUOTEATTR_BENCH_MEMORY=1``), and are skipped otherwise.
"""

from __future__ import annotations

import json
import os
import pathlib
from collections.abc import Callable
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ENV_VAR = "QUOTEATTR_BENCH_CORPUS"
MEMORY_ENV_VAR = "QUOTEATTR_BENCH_MEMORY"
TARGET_BYTES = 1_000_000
_THROUGHPUT: list[tuple[str, dict[str, Any]]] = []  # (test id, extra info), for the summary
_SUMMARY: list[str] = []  # lines for the "benchmark figures" section


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--corpus",
        metavar="PATH",
        default=None,
        help=f"JSONL file whose 'text' fields are the benchmark corpus (or set {ENV_VAR}); "
        "default: the seed articles repeated to about 1 MB",
    )
    parser.addoption(
        "--run-memory",
        action="store_true",
        default=False,
        help=f"also run the benchmarks marked 'memory', which take minutes "
        f"(or set {MEMORY_ENV_VAR}=1)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"memory: long memory benchmark, run only with --run-memory or {MEMORY_ENV_VAR}=1",
    )


def _memory_enabled(config: pytest.Config) -> bool:
    env = os.environ.get(MEMORY_ENV_VAR, "").strip().lower()
    return bool(config.getoption("--run-memory")) or env not in {"", "0", "no", "false"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _memory_enabled(config):
        return
    skip = pytest.mark.skip(reason=f"takes minutes: run with --run-memory (or {MEMORY_ENV_VAR}=1)")
    for item in items:
        if item.get_closest_marker("memory") is not None:
            item.add_marker(skip)


def _corpus_path(config: pytest.Config) -> pathlib.Path | None:
    value = config.getoption("--corpus") or os.environ.get(ENV_VAR)
    return pathlib.Path(value) if value else None


def _read_jsonl(path: pathlib.Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    texts.append(record["text"])
    if not texts:
        raise pytest.UsageError(f"{path}: no JSON line with a 'text' field")
    return texts


def _read_seeds() -> list[str]:
    seeds = []
    for path in sorted(SEEDS.glob("*.txt")):
        with path.open(encoding="utf-8", newline="") as handle:
            seeds.append(handle.read())
    if not seeds:
        raise pytest.UsageError(f"no seed articles in {SEEDS}")
    texts: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        for text in seeds:
            texts.append(text)
            size += len(text.encode("utf-8"))
    return texts


@pytest.fixture(scope="session")
def corpus_name(pytestconfig: pytest.Config) -> str:
    path = _corpus_path(pytestconfig)
    return str(path) if path else "seeds/*.txt repeated to ~1 MB"


@pytest.fixture(scope="session")
def news_corpus(pytestconfig: pytest.Config) -> list[str]:
    path = _corpus_path(pytestconfig)
    return _read_jsonl(path) if path else _read_seeds()


@pytest.fixture(scope="session")
def corpus_bytes(news_corpus: list[str]) -> int:
    return sum(len(text.encode("utf-8")) for text in news_corpus)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _THROUGHPUT:
        terminalreporter.section("throughput")
        for name, info in _THROUGHPUT:
            terminalreporter.write_line(
                f"{name}: {info['MB/s']} MB/s (median), {info['MB/s best']} MB/s (best) "
                f"over {info['MB']} MB of {info['corpus']}"
            )
    if _SUMMARY:
        terminalreporter.section("benchmark figures")
        for line in _SUMMARY:
            terminalreporter.write_line(line)


@pytest.fixture
def report_summary(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Return ``report(line)``: print ``line``, after the test's name, at the end of the run."""

    def report(line: str) -> None:
        _SUMMARY.append(f"{request.node.name}: {line}")

    return report


def _cycle_to(texts: list[str], total: int) -> list[str]:
    """The texts in order, cycled, until they hold at least ``total`` bytes."""
    if not any(texts):
        raise pytest.UsageError("the benchmark corpus is empty")
    out: list[str] = []
    size = 0
    while size < total:
        for text in texts:
            if size >= total:
                break
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


@pytest.fixture(scope="session")
def build_documents(news_corpus: list[str]) -> Callable[..., list[str]]:
    """Return ``build(size, total=1_000_000)``: longer documents made of whole articles.

    The first articles of the corpus (cycled if it is short) holding ``total`` bytes are
    joined with ``"\\n\\n"``, in order, into documents of about ``size`` bytes each (an
    article is never split, so a document may exceed ``size`` by up to one article; the
    last may be shorter; ``size >= total`` gives one document). For a given ``total``,
    every ``size`` gives the same text, grouped differently: the cost per MB of
    different sizes compares like with like.
    """

    def build(size: int, total: int = TARGET_BYTES) -> list[str]:
        documents: list[str] = []
        group: list[str] = []
        group_size = 0
        for text in _cycle_to(news_corpus, total):
            group.append(text)
            group_size += len(text.encode("utf-8"))
            if group_size >= size:
                documents.append("\n\n".join(group))
                group, group_size = [], 0
        if group:
            documents.append("\n\n".join(group))
        return documents

    return build


@pytest.fixture(scope="session")
def make_jsonl(
    news_corpus: list[str], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[int], pathlib.Path]:
    """Return ``make(nbytes)``: the path of a JSONL file of at least ``nbytes`` bytes.

    One ``{"id": "bench-0000001", "text": ...}`` object a line (UTF-8, not ASCII-escaped),
    the corpus articles repeated in order, every id distinct. The file is written in a
    new temporary directory at each call; delete it when done.
    """

    def make(nbytes: int) -> pathlib.Path:
        path = tmp_path_factory.mktemp("jsonl") / f"corpus-{nbytes}.jsonl"
        if not any(news_corpus):
            raise pytest.UsageError("the benchmark corpus is empty")
        size = 0
        number = 0
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            while size < nbytes:
                for text in news_corpus:
                    if size >= nbytes:
                        break
                    number += 1
                    record = {"id": f"bench-{number:07d}", "text": text}
                    line = json.dumps(record, ensure_ascii=False) + "\n"
                    handle.write(line)
                    size += len(line.encode("utf-8"))
        return path

    return make


@pytest.fixture
def report_throughput(
    request: pytest.FixtureRequest, benchmark: Any, corpus_bytes: int, corpus_name: str
) -> Callable[[int | None], None]:
    """Return ``report(nbytes=None)``: record MB/s for the rounds ``benchmark`` ran over
    ``nbytes`` (default: the whole corpus) in ``benchmark.extra_info``."""

    def report(nbytes: int | None = None) -> None:
        size = corpus_bytes if nbytes is None else nbytes
        info = benchmark.extra_info
        info["corpus"] = corpus_name
        info["MB"] = round(size / 1e6, 3)
        stats = getattr(benchmark, "stats", None)
        if stats is None:  # benchmarks disabled: the function ran once, untimed
            return
        info["MB/s"] = round(size / 1e6 / stats.stats.median, 1)
        info["MB/s best"] = round(size / 1e6 / stats.stats.min, 1)
        _THROUGHPUT.append((request.node.name, dict(info)))

    return report
