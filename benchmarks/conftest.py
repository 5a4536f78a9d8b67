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
  figures are also printed at the end of the run.
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
TARGET_BYTES = 1_000_000
_THROUGHPUT: list[tuple[str, dict[str, Any]]] = []  # (test id, extra info), for the summary


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--corpus",
        metavar="PATH",
        default=None,
        help=f"JSONL file whose 'text' fields are the benchmark corpus (or set {ENV_VAR}); "
        "default: the seed articles repeated to about 1 MB",
    )


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
    if not _THROUGHPUT:
        return
    terminalreporter.section("throughput")
    for name, info in _THROUGHPUT:
        terminalreporter.write_line(
            f"{name}: {info['MB/s']} MB/s (median), {info['MB/s best']} MB/s (best) "
            f"over {info['MB']} MB of {info['corpus']}"
        )


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
