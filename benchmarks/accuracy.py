"""Accuracy and confidence calibration on an annotated corpus (not part of the test run).

Usage::

    python benchmarks/accuracy.py GOLD.jsonl SCORER.py [--skip-doubled-apostrophes]

GOLD is a corpus in the format of ``../shared/eval/polnear-dev.jsonl`` and SCORER its
``score.py`` (imported for its matching and speaker rules, so that the figures here are
the scorer's). Prints the scorer's figures for attributed quotations and, per confidence
band, the share of attributions that are right (a quotation the gold does not have
counts as wrong). ``--skip-doubled-apostrophes`` leaves out documents quoting with
``''``, which the PolNeAR conversion did not annotate.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quoteattr import extract
from quoteattr.render import document_record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("scorer")
    parser.add_argument("--skip-doubled-apostrophes", action="store_true")
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.scorer)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    with open(args.gold, encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle if line.strip()]
    if args.skip_doubled_apostrophes:
        gold = [doc for doc in gold if "''" not in doc["text"]]
    preds = []
    right: Counter[float] = Counter()
    total: Counter[float] = Counter()
    for doc in gold:
        record = document_record(doc["id"], extract(doc["text"]))
        record["quotes"] = [q for q in record["quotes"] if q["speaker"]]
        preds.append(record)
        pairs = {p: g for g, p in score.match(doc["quotes"], record["quotes"])}
        for p, quote in enumerate(record["quotes"]):
            g = pairs.get(p)
            if g is not None and doc["quotes"][g].get("kind") == "mixed":
                continue  # neutral in the scorer too
            ok = g is not None and score.speaker_correct(
                quote["speaker"], doc["quotes"][g], doc["text"]
            )
            band = min(int(quote["confidence"] * 10), 9) / 10
            total[band] += 1
            right[band] += ok
    figures = score.score(gold, preds)
    print(json.dumps(figures))
    print("confidence  attributions  right")
    for band in sorted(total):
        print(f"{band:.1f}-{band + 0.1:.1f}   {total[band]:12d}  {right[band] / total[band]:.3f}")
    high = [b for b in total if b >= 0.9]
    n = sum(total[b] for b in high)
    if n:
        print(f">= 0.9       {n:12d}  {sum(right[b] for b in high) / n:.3f}")


if __name__ == "__main__":
    main()
