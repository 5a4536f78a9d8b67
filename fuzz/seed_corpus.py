"""Write the fuzz corpus seeds: the text of every golden case, one file each.

Run from the repository root: ``python fuzz/seed_corpus.py`` (writes fuzz/corpus/).
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
CORPUS = Path(__file__).resolve().parent / "corpus"


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    count = 0
    for name in ("quotes.json", "attribution.json"):
        for case in json.loads((GOLDEN / name).read_text(encoding="utf-8")):
            (CORPUS / f"golden-{case['id']}").write_text(case["text"], encoding="utf-8", newline="")
            count += 1
    print(f"{count} seeds in {CORPUS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
