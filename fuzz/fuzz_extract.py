"""Coverage-guided fuzz target for ``quoteattr.pipeline.extract`` (atheris).

Each input's bytes are decoded as UTF-8 (bad bytes replaced, so that the seed corpus
of plain text is read as written), then ``extract`` runs on the text and every
invariant of ``tests/test_robustness.py::check_extraction`` is asserted: offsets that
reproduce their text, top-level quotations in order, speakers outside their
quotations, lossless JSON. Any exception is a crash.

Run from the repository root (see fuzz/README.md)::

    python fuzz/fuzz_extract.py fuzz/corpus -runs=1000000 -max_len=4096
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# quoteattr first, instrumented for coverage; then the checks, which import it too.
with atheris.instrument_imports(include=["quoteattr"]):
    from quoteattr.pipeline import extract

from tests.test_robustness import check_extraction  # noqa: E402


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    check_extraction(text, extract(text))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
