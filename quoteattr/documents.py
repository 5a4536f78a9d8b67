"""Reading documents: .txt files, JSONL corpora and standard input, one at a time.

Documents stream: a JSONL corpus of any size is read line by line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from quoteattr.errors import InputError

__all__ = ["Document", "read_documents"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


@attrs.frozen(slots=True)
class Document:
    """One document to analyse: an identifier and its text."""

    id: str
    text: str


def read_documents(
    path: str,
    *,
    id_field: str = "id",
    text_field: str = "text",
    input_format: str = "auto",
) -> Iterator[Document | InputError]:
    """Yield the documents of ``path`` (``-`` for standard input), in order.

    A ``.txt`` file (or any file not named ``*.jsonl``) is one document whose id is the
    file name; a JSONL file holds one JSON object per line. A problem with one line is
    yielded as an :class:`~quoteattr.errors.InputError` in its place, so that the caller
    can report it and go on; an unreadable file yields one error.
    """
    is_jsonl = input_format == "jsonl" or (
        input_format == "auto" and path.lower().endswith(JSONL_SUFFIXES)
    )
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            stream = sys.stdin
            if is_jsonl:
                yield from _jsonl_documents(stream, name, id_field, text_field)
            else:
                yield Document(id="-", text=stream.read())
            return
        with open(path, encoding="utf-8-sig", newline="") as handle:
            if is_jsonl:
                yield from _jsonl_documents(handle, name, id_field, text_field)
            else:
                yield Document(id=Path(path).name, text=handle.read())
    except UnicodeDecodeError as exc:
        yield InputError(
            f"not valid UTF-8 at byte {exc.start} ({exc.reason})", source=name
        )
    except OSError as exc:
        yield InputError(f"cannot read the file: {exc.strerror or exc}", source=name)


def _jsonl_documents(
    lines: Iterable[str], source: str, id_field: str, text_field: str
) -> Iterator[Document | InputError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"not valid JSON ({exc.msg})", source=source, line=number)
            continue
        if not isinstance(record, dict):
            yield InputError("a line must hold a JSON object", source=source, line=number)
            continue
        text = record.get(text_field)
        if not isinstance(text, str):
            problem = "is missing" if text is None else "is not a string"
            yield InputError(
                f"the text {problem} (choose another with --text-field)",
                source=source,
                line=number,
                field=text_field,
            )
            continue
        doc_id = record.get(id_field)
        yield Document(id=str(doc_id) if doc_id is not None else f"{source}:{number}", text=text)
