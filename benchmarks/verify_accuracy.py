"""Verification accuracy on labelled queries: per-verdict precision, recall and F1,
macro-F1, ``meaning_change`` recall and precision, how often a fabricated quotation is
wrongly matched, and how often the true source statement is ranked first.

    python benchmarks/verify_accuracy.py ARCHIVE.sqlite QUERIES.jsonl [--errors N]
        [--half even|odd] [--verdicts OUT.jsonl] [--compare BEFORE.jsonl] [--repeat N]

``ARCHIVE.sqlite`` is built with ``quoteattr archive import STATEMENTS.jsonl --db
ARCHIVE.sqlite`` (``../shared/eval/verify/statements.jsonl.gz``, gunzipped, for the
project's figures). Each query line is ``{"id", "quote", "speaker", "kind",
"source_id", "meaning_change"}``: ``kind`` is the expected verdict.

``--half`` keeps every other query of each kind (the even or the odd ones, in file
order): calibrate on one half, report the other. ``--verdicts`` writes each query's
verdict (label, matched statement, score, ``meaning_change``) as JSON Lines, and
``--compare`` lists the queries whose verdict or matched statement differs from such a
file, saying which got better or worse. ``--repeat N`` verifies the queries N more
times and reports the best CPU time of those passes too (first-use work, such as the
index's key map, is then out of the figure). The archive is opened read-only.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import statistics
import sys
import time
from typing import Any

from quoteattr.archive import Archive
from quoteattr.model import Verdict
from quoteattr.names import same_speaker
from quoteattr.normalise import words

LABELS = ("verbatim", "truncated", "altered", "paraphrase", "fabricated", "misattributed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("queries")
    parser.add_argument("--errors", type=int, default=0, help="print N errors per kind")
    parser.add_argument("--half", choices=("even", "odd"), help="every other query of each kind")
    parser.add_argument("--verdicts", help="write each query's verdict to this JSONL file")
    parser.add_argument("--compare", help="list the differences from a --verdicts file")
    parser.add_argument("--repeat", type=int, default=0, help="time N more passes (CPU time)")
    args = parser.parse_args(argv)
    with open(args.queries, encoding="utf-8") as lines:
        queries = [json.loads(line) for line in lines if line.strip()]
    if args.half:
        queries = _half(queries, args.half)
    rows: list[dict[str, Any]] = []
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    ranked_first: collections.Counter[str] = collections.Counter()
    sourced: collections.Counter[str] = collections.Counter()
    meaning = collections.Counter[str]()
    shown: collections.Counter[str] = collections.Counter()
    # Why fabricated quotations are matched: to a statement of the speaker they are
    # attributed to, word for word or nearly (the archive holds a near-copy of the real
    # statement the query was drawn from: the corpus was deduplicated on exact text
    # only), or reworded; or to the same words under another name. And the longest run
    # of words each fabricated quotation shares with the statement it is matched to
    # (or, when it is rightly fabricated, the nearest one): a long run is text the
    # archive really holds, not a coincidence.
    causes: collections.Counter[str] = collections.Counter()
    runs: dict[bool, list[int]] = {True: [], False: []}
    with Archive.open(args.archive, read_only=True) as archive:
        started = time.perf_counter()
        archive.candidates("warm up the index")
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        cpu = time.process_time()
        for query in queries:
            verdict = archive.verify_quote(query["quote"], query.get("speaker"))
            expected, got = query["kind"], verdict.label
            rows.append(
                {
                    "id": query["id"],
                    "kind": expected,
                    "label": got,
                    "statement_id": verdict.match.statement.id if verdict.match else None,
                    "score": round(verdict.match.score, 3) if verdict.match else None,
                    "meaning_change": verdict.meaning_change,
                }
            )
            confusion[expected, got] += 1
            if query.get("source_id") and expected != "fabricated":
                sourced[expected] += 1
                statement = verdict.match.statement.id if verdict.match else None
                ranked_first[expected] += statement == query["source_id"]
            if expected == "fabricated" and verdict.match is not None:
                runs[got != "fabricated"].append(
                    _shared_run(query["quote"], verdict.match.statement.text)
                )
            if expected == "fabricated" and got != "fabricated":
                causes[_cause(query, verdict)] += 1
            truth, said = bool(query.get("meaning_change")), verdict.meaning_change
            meaning["tp" if truth and said else "fn" if truth else "fp" if said else "tn"] += 1
            if expected != got and shown[expected] < args.errors:
                shown[expected] += 1
                print(f"--- {query['id']} expected {expected}, got {got}", file=sys.stderr)
                print(f"    quote:   {query['quote'][:160]}", file=sys.stderr)
                print(f"    why:     {verdict.explanation[:200]}", file=sys.stderr)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
        passes = []
        for _ in range(args.repeat):
            again = time.process_time()
            for query in queries:
                archive.verify_quote(query["quote"], query.get("speaker"))
            passes.append(time.process_time() - again)
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
        f"({matched}; {causes['near copy']} of them verbatim, truncated or altered from a "
        "statement of the claimed speaker)"
    )
    if matched:
        print("  by cause: " + ", ".join(f"{k} {n}" for k, n in sorted(causes.items())))
    for wrongly, found in sorted(runs.items(), reverse=True):
        if found:
            print(
                f"  {'matched' if wrongly else 'rightly fabricated'}: longest run of words "
                f"shared with the {'matched' if wrongly else 'nearest'} statement "
                f"{_spread(found)}"
            )
    print(
        f"{len(queries)} queries in {elapsed:.2f} s ({1000 * elapsed / len(queries):.2f} ms "
        f"each; CPU time {1000 * cpu / len(queries):.2f} ms each); index loaded in {loaded:.2f} s"
    )
    if passes:
        print(
            f"CPU time of {len(passes)} more passes, ms a query: "
            + ", ".join(f"{1000 * t / len(queries):.3f}" for t in passes)
            + f"; best {1000 * min(passes) / len(queries):.3f}"
        )
    print("confusion (expected -> got):", file=sys.stderr)
    for label in LABELS:
        row = {got: confusion[label, got] for got in LABELS if confusion[label, got]}
        print(f"  {label:<14} {row}", file=sys.stderr)
    if args.verdicts:
        with open(args.verdicts, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(row) + "\n" for row in rows)
    if args.compare:
        _compare(args.compare, rows, {q["id"]: q for q in queries})
    return 0


def _shared_run(quote: str, statement: str) -> int:
    """The longest run of normalised words ``quote`` and ``statement`` share."""
    q, s = [w.text for w in words(quote)], [w.text for w in words(statement)]
    return difflib.SequenceMatcher(None, q, s, autojunk=False).find_longest_match().size


def _spread(values: list[int]) -> str:
    values = sorted(values)
    return (
        f"min {values[0]}, median {statistics.median(values):g}, max {values[-1]}; "
        f">= 5 words for {sum(v >= 5 for v in values)} of {len(values)}"
    )


def _cause(query: dict[str, Any], verdict: Verdict) -> str:
    """Why a fabricated quotation was matched (see ``main``)."""
    assert verdict.match is not None
    own = bool(query.get("speaker")) and same_speaker(
        query["speaker"], verdict.match.statement.speaker
    )
    if verdict.label == "misattributed":
        return "same words by another speaker"
    if verdict.label == "paraphrase":
        return "reworded, by the claimed speaker" if own else "reworded, no speaker claimed"
    return "near copy" if own else "near copy, no speaker claimed"


def _half(queries: list[dict[str, Any]], which: str) -> list[dict[str, Any]]:
    """Every other query of each kind, in file order: the 1st, 3rd... (``even``, counting
    from 0) or the 2nd, 4th... (``odd``)."""
    seen: collections.Counter[str] = collections.Counter()
    kept = []
    for query in queries:
        if seen[query["kind"]] % 2 == (which == "odd"):
            kept.append(query)
        seen[query["kind"]] += 1
    return kept


def _compare(
    path: str, rows: list[dict[str, object]], queries: dict[str, dict[str, object]]
) -> None:
    """Print the queries whose verdict or matched statement differs from ``path``."""
    with open(path, encoding="utf-8") as lines:
        before = {row["id"]: row for row in map(json.loads, lines) if row}
    changes: collections.Counter[str] = collections.Counter()
    for row in rows:
        old = before.get(row["id"])
        if old is None:
            continue
        if (old["label"], old["statement_id"]) == (row["label"], row["statement_id"]):
            changes["same"] += 1
            continue
        kind, source = row["kind"], queries[str(row["id"])].get("source_id")
        was = (old["label"] == kind) * 2 + (old["statement_id"] == source)
        now = (row["label"] == kind) * 2 + (row["statement_id"] == source)
        what = "better" if now > was else "worse" if now < was else "different"
        changes[what] += 1
        print(
            f"{what:<9} {row['id']} {kind}: {old['label']} {old['statement_id']} -> "
            f"{row['label']} {row['statement_id']} (source {source})"
        )
    print(f"compared with {path}: " + ", ".join(f"{n} {k}" for k, n in sorted(changes.items())))


if __name__ == "__main__":
    sys.exit(main())
