"""Throughput of quotation detection (``find_quotes``) over a news corpus.

Run: ``pytest benchmarks --benchmark-enable`` (see benchmarks/README.md). MB/s is
recorded in each benchmark's extra info (``--benchmark-json`` keeps it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quoteattr.marks import MARKS
from quoteattr.quotes import find_quotes

_NO_MARKS = str.maketrans(dict.fromkeys(MARKS, "x"))


def test_find_quotes_news(
    benchmark: Any, news_corpus: list[str], report_throughput: Callable[[int | None], None]
) -> None:
    def run() -> int:
        return sum(len(find_quotes(text)) for text in news_corpus)

    found = benchmark(run)
    report_throughput(None)
    benchmark.extra_info["quotes"] = found
    assert found > 0


def test_find_quotes_text_without_marks(
    benchmark: Any, news_corpus: list[str], report_throughput: Callable[[int | None], None]
) -> None:
    # The same text with every quotation mark replaced: the cost of looking alone.
    plain = [text.translate(_NO_MARKS) for text in news_corpus]

    def run() -> int:
        return sum(len(find_quotes(text)) for text in plain)

    found = benchmark(run)
    report_throughput(sum(len(text.encode("utf-8")) for text in plain))
    assert found == 0
