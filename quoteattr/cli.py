"""The ``quoteattr`` command: a thin shell over the library.

Exit status: 0 on success, 2 when some input could not be read (the documents that
could be read are still processed and written).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from quoteattr import __version__
from quoteattr.documents import Document, read_documents
from quoteattr.errors import InputError
from quoteattr.pipeline import extract
from quoteattr.render import document_record

__all__ = ["main"]

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quotations in news text and attribute them to their speakers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = commands.add_parser(
        "extract",
        help="find quotations and their speakers; write one JSON line per document",
        description=(
            "Find quotations and their speakers. PATH is a text file (one document, "
            "its id the file name), a JSONL file (one JSON object per line), or - for "
            "standard input. Writes one JSON line per document to standard output."
        ),
    )
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("--id-field", default="id", help="JSONL field holding the id (default: id)")
    ex.add_argument(
        "--text-field", default="text", help="JSONL field holding the text (default: text)"
    )
    ex.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read each PATH; auto: *.jsonl files are JSONL, others are text",
    )
    ex.add_argument("-o", "--output", help="write to this file instead of standard output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            return _extract(args, out)
    return _extract(args, sys.stdout)


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    status = EXIT_OK
    for path in args.paths:
        for item in read_documents(
            path,
            id_field=args.id_field,
            text_field=args.text_field,
            input_format=args.input_format,
        ):
            if isinstance(item, InputError):
                print(f"quoteattr: error: {item}", file=sys.stderr)
                status = EXIT_BAD_INPUT
                continue
            _write(out, item)
    return status


def _write(out: TextIO, document: Document) -> None:
    record = document_record(document.id, extract(document.text))
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
