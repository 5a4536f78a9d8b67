"""Verification accuracy on labelled queries: per-verdict precision, recall and F1,
macro-F1, ``meaning_change`` recall and precision, how often a fabricated quotation is
wrongly matched, and how often the true source statement is ranked first.

    python benchmarks/verify_accuracy.py ARCHIVE.sqlite QUERIES.jsonl [--errors N]

``ARCHIVE.sqlite`` is built with ``quoteattr archive import STATEMENTS.jsonl --db
ARCHIVE.sqlite`` (``../shared/eval/verify/statements.jsonl.gz``, gunzipped, for the
project's figures). Each query line is ``{"id", "quote", "speaker", "kind",
"source_id", "meaning_change"}``: ``kind`` is the expected verdict.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time

from quoteattr.archive import Archive
from quoteattr.names import same_speaker

LABELS = ("verbatim", "truncated", "altered", "paraphrase", "fabricated", "misattributed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("queries")
    parser.add_argument("--errors", type=int, default=0, help="print N errors per kind")
    args = parser.parse_args(argv)
    with open(args.queries, encoding="utf-8") as lines:
        queries = [json.loads(line) for line in lines if line.strip()]
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    ranked_first: collections.Counter[str] = collections.Counter()
    sourced: collections.Counter[str] = collections.Counter()
    meaning = collections.Counter[str]()
    shown: collections.Counter[str] = collections.Counter()
    # Fabricated quotations matched to a statement of the speaker they are attributed
    # to, word for word or nearly: the archive holds a near-copy of the real statement
    # the query was drawn from (the corpus was deduplicated on exact text only).
    near_copies = 0
    with Archive.open(args.archive, create=False) as archive:
        started = time.perf_counter()
        archive.candidates("warm up the index")
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        for query in queries:
            verdict = archive.verify_quote(query["quote"], query.get("speaker"))
            expected, got = query["kind"], verdict.label
            confusion[expected, got] += 1
            if query.get("source_id") and expected != "fabricated":
                sourced[expected] += 1
                statement = verdict.match.statement.id if verdict.match else None
                ranked_first[expected] += statement == query["source_id"]
            if (
                expected == "fabricated"
                and got in ("verbatim", "truncated", "altered")
                and query.get("speaker")
                and same_speaker(query["speaker"], verdict.match.statement.speaker)
            ):
                near_copies += 1
            truth, said = bool(query.get("meaning_change")), verdict.meaning_change
            meaning["tp" if truth and said else "fn" if truth else "fp" if said else "tn"] += 1
            if expected != got and shown[expected] < args.errors:
                shown[expected] += 1
                print(f"--- {query['id']} expected {expected}, got {got}", file=sys.stderr)
                print(f"    quote:   {query['quote'][:160]}", file=sys.stderr)
                print(f"    why:     {verdict.explanation[:200]}", file=sys.stderr)
        elapsed = time.perf_counter() - started
    f1s = []
    print(f"{'verdict':<14} {'P':>6} {'R':>6} {'F1':>6} {'first':>6}")
    for label in LABELS:
        tp = confusion[label, label]
        predicted = sum(n for (_, got), n in confusion.items() if got == label)
        actual = sum(n for (want, _), n in confusion.items() if want == label)
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        first = ranked_first[label] / sourced[label] if sourced[label] else float("nan")
        print(f"{label:<14} {p:6.3f} {r:6.3f} {f1:6.3f} {first:6.3f}")
    fabricated = sum(n for (want, _), n in confusion.items() if want == "fabricated")
    matched = fabricated - confusion["fabricated", "fabricated"]
    tp, fn, fp = meaning["tp"], meaning["fn"], meaning["fp"]
    print(f"macro-F1 {sum(f1s) / len(f1s):.4f}")
    print(
        f"meaning_change recall {tp / (tp + fn) if tp + fn else float('nan'):.3f} "
        f"precision {tp / (tp + fp) if tp + fp else float('nan'):.3f} ({tp} tp, {fp} fp, {fn} fn)"
    )
    print(
        f"fabricated wrongly matched {matched / fabricated if fabricated else 0:.3f} "
        f"({matched}; {near_copies} of them verbatim, truncated or altered from a statement "
        "of the claimed speaker)"
    )
    print(
        f"{len(queries)} queries in {elapsed:.2f} s ({1000 * elapsed / len(queries):.2f} ms "
        f"each); index loaded in {loaded:.2f} s"
    )
    print("confusion (expected -> got):", file=sys.stderr)
    for label in LABELS:
        row = {got: confusion[label, got] for got in LABELS if confusion[label, got]}
        print(f"  {label:<14} {row}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
