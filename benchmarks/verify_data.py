"""Statement archives and labelled queries for the verification benchmarks.

Real data when given, synthetic otherwise, so that anyone can run the benchmarks:

* ``QUOTEATTR_BENCH_STATEMENTS``: a JSONL file (``.gz`` allowed) of ``{"id", "speaker",
  "text"}`` statements, such as ``../shared/eval/verify/statements.jsonl.gz``;
* ``QUOTEATTR_BENCH_QUERIES``: a JSONL file of labelled queries ``{"id", "quote",
  "speaker", "kind", "source_id", "meaning_change"}`` against those statements;
* ``QUOTEATTR_BENCH_ARCHIVE_SIZE``: how many statements the benchmark archive holds
  (default 1,000,000 with real statements, 100,000 synthetic ones);
* ``QUOTEATTR_BENCH_ARCHIVE``: an archive file already imported and indexed from those
  same statements (grown the same way), used read-only instead of building one: the
  import and index build are then not measured.

With real statements, the archive is grown to its size reproducibly by **splicing**:
statement ``n`` of the growth is the first half (by words) of one statement joined to
the second half of another, both drawn with ``random.Random(n)`` from the statements
that no query uses as its source; its speaker is the first one's. Synthetic statements
are random words (a Zipf-like vocabulary) by random speakers, and the synthetic queries
are made from them as the real ones are: verbatim, truncated (a contiguous 40-80% of
the words), altered (1-3 words changed), paraphrase (clauses swapped, some words
dropped), fabricated (new random words) and misattributed (another speaker's name).
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

STATEMENTS_ENV = "QUOTEATTR_BENCH_STATEMENTS"
QUERIES_ENV = "QUOTEATTR_BENCH_QUERIES"
SIZE_ENV = "QUOTEATTR_BENCH_ARCHIVE_SIZE"
ARCHIVE_ENV = "QUOTEATTR_BENCH_ARCHIVE"
KINDS = ("verbatim", "truncated", "altered", "paraphrase", "fabricated", "misattributed")


def _read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:  # type: ignore[operator]
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(2, 10))))
    return sorted(words)


def _synthetic(size: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(20261128)
    vocabulary = _vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    speakers = [f"Speaker {n:05d} Name{n % 97}" for n in range(max(10, size // 20))]

    def sentence() -> list[str]:
        return rng.choices(vocabulary, weights, k=rng.randint(10, 60))

    statements = [
        {"id": f"s{n:07d}", "speaker": rng.choice(speakers), "text": " ".join(sentence())}
        for n in range(size)
    ]
    queries = []
    for n in range(1200):
        kind = KINDS[n % len(KINDS)]
        source = statements[rng.randrange(size)]
        words = source["text"].split()
        speaker = source["speaker"]
        if kind == "truncated":
            length = max(3, int(len(words) * rng.uniform(0.4, 0.8)))
            start = rng.randrange(len(words) - length + 1)
            words = words[start : start + length]
        elif kind == "altered":
            for _ in range(rng.randint(1, 3)):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
        elif kind == "paraphrase":
            half = len(words) // 2
            words = [w for w in words[half:] + words[:half] if rng.random() > 0.15]
        elif kind == "fabricated":
            words = sentence()
        elif kind == "misattributed":
            speaker = rng.choice([s for s in speakers[:50] if s != speaker])
        queries.append(
            {
                "id": f"q{n:04d}",
                "quote": " ".join(words),
                "speaker": speaker,
                "kind": kind,
                "source_id": None if kind == "fabricated" else source["id"],
                "meaning_change": False,
            }
        )
    return statements, queries


def _spliced(statements: list[dict[str, Any]], used: set[str], size: int) -> list[dict[str, Any]]:
    pool = [s for s in statements if s["id"] not in used]
    grown = []
    for n in range(size - len(statements)):
        rng = random.Random(n)
        first, second = rng.choice(pool), rng.choice(pool)
        a, b = first["text"].split(), second["text"].split()
        text = " ".join(a[: len(a) // 2] + b[len(b) // 2 :])
        grown.append({"id": f"splice-{n:07d}", "speaker": first["speaker"], "text": text})
    return statements + grown


def benchmark_data() -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """``(description, statements, queries)`` for the verification benchmarks."""
    statements_path = os.environ.get(STATEMENTS_ENV)
    queries_path = os.environ.get(QUERIES_ENV)
    if statements_path and queries_path:
        size = int(os.environ.get(SIZE_ENV, "1000000"))
        statements = list(_read_jsonl(statements_path))
        queries = list(_read_jsonl(queries_path))
        used = {q["source_id"] for q in queries if q.get("source_id")}
        if size > len(statements):
            statements = _spliced(statements, used, size)
        name = f"{Path(statements_path).name} grown to {len(statements):,} by splicing"
        return name, statements, queries
    size = int(os.environ.get(SIZE_ENV, "100000"))
    statements, queries = _synthetic(size)
    return f"synthetic archive of {size:,} statements", statements, queries
