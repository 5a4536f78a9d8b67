"""Reading documents: text files, JSONL corpora, directories and standard input.

Documents stream, one at a time: a JSONL corpus of any size is read line by line, and
a directory file by file. Bytes are decoded here as UTF-8, strictly by default, so that a
bad byte is reported with its offset in the file (or, with ``errors="replace"``, each
bad byte becomes U+FFFD, the replacement character); a leading byte-order mark is dropped and line
endings are kept as they are (``\\r\\n`` stays ``\\r\\n``), so that every offset
computed on a document's text indexes the text exactly as it was read.

Nothing here prints: a problem is yielded as an :class:`~quoteattr.errors.InputError`
in place of the document it spoils, and the reading goes on.
"""

from __future__ import annotations

import fnmatch
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from quoteattr.errors import InputError

__all__ = ["JSONL_SUFFIXES", "DecodeErrors", "Document", "InputFormat", "read_documents"]

InputFormat = Literal["auto", "text", "jsonl"]
"""How to read a file: ``text`` (one document), ``jsonl`` (one document a line), or
``auto``: JSONL when the name ends in one of :data:`JSONL_SUFFIXES`, text otherwise."""

DecodeErrors = Literal["strict", "replace"]
"""What to do with bytes that are not UTF-8: ``strict`` reports the document (or JSONL
line) as an :class:`~quoteattr.errors.InputError` naming the byte offset; ``replace``
reads each bad byte as U+FFFD (the replacement character) and goes on."""

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
"""File name endings read as JSONL by ``input_format="auto"`` (case-insensitive)."""

STDIN = "-"
_STDIN_NAME = "<stdin>"
_BOM = b"\xef\xbb\xbf"
_MAX_FIELDS_SHOWN = 8


@attrs.frozen(slots=True)
class Document:
    """One document to analyse: an identifier and its text.

    ``source`` and ``line`` say where it was read (``line`` is ``None`` for a whole
    file), so that a later problem with it can be reported there.

    >>> Document("a.txt", "Hello.").id
    'a.txt'
    """

    id: str
    text: str
    source: str | None = None
    line: int | None = None


def read_documents(
    path: str,
    *,
    id_field: str = "id",
    text_field: str = "text",
    input_format: InputFormat = "auto",
    glob: str = "*.txt",
    errors: DecodeErrors = "strict",
) -> Iterator[Document | InputError]:
    """Yield the documents of ``path``, in order, each as soon as it is read.

    ``path`` is one of:

    * a text file: one document, whose id is the file name;
    * a JSONL file: one JSON object a line, its id in ``id_field`` (when missing, the
      id is ``FILE:LINE``) and its text in ``text_field``; blank lines are skipped;
    * a directory: every file below it whose name matches ``glob`` (a pattern with a
      ``/`` is matched against the path relative to the directory instead), in sorted
      order, each read as above; a file's id is its path relative to the directory;
    * ``-``: standard input, read as text unless ``input_format="jsonl"``; the id of a
      text document read there is ``-``.

    A problem with one line or one file is yielded as an
    :class:`~quoteattr.errors.InputError` in its place, naming the file, the line and
    the field, so that the caller can report it and go on. Bytes that are not UTF-8
    are such a problem (naming the byte offset) unless ``errors="replace"``.

    A text file is one document, even when it is empty or one line of many megabytes.
    A byte-order mark is dropped; line ends (``\\r\\n``, ``\\r``) are kept as read.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.jsonl").write_text('{"id": "d1", "text": "Hi."}\\n{"id": 2}\\n')
    >>> for item in read_documents(str(folder / "a.jsonl")):
    ...     print(item.id if isinstance(item, Document) else f"line {item.line}: {item.message}")
    d1
    line 2: the text is missing; the line has the fields 'id' (choose another with --text-field)
    """
    if path == STDIN:
        yield from _read_stdin(id_field, text_field, errors, jsonl=input_format == "jsonl")
        return
    if os.path.isdir(path):
        yield from _read_directory(path, id_field, text_field, input_format, glob, errors)
        return
    yield from _read_file(path, Path(path).name, id_field, text_field, input_format, errors)


def _is_jsonl(path: str, input_format: InputFormat) -> bool:
    if input_format == "auto":
        return path.lower().endswith(JSONL_SUFFIXES)
    return input_format == "jsonl"


def _read_file(
    path: str,
    doc_id: str,
    id_field: str,
    text_field: str,
    input_format: InputFormat,
    errors: DecodeErrors,
) -> Iterator[Document | InputError]:
    try:
        with open(path, "rb") as handle:
            if _is_jsonl(path, input_format):
                yield from _jsonl_documents(handle, path, id_field, text_field, errors)
            else:
                yield _text_document(handle.read(), path, doc_id, errors)
    except OSError as exc:
        yield InputError(f"cannot read the file: {exc.strerror or exc}", source=path)


def _read_directory(
    root: str,
    id_field: str,
    text_field: str,
    input_format: InputFormat,
    glob: str,
    errors: DecodeErrors,
) -> Iterator[Document | InputError]:
    problems: list[OSError] = []
    matches: list[tuple[tuple[str, ...], str]] = []
    for folder, subfolders, files in os.walk(root, onerror=problems.append):
        subfolders.sort()
        relative = Path(os.path.relpath(folder, root))
        for name in files:
            parts = (relative / name).parts
            if fnmatch.fnmatchcase("/".join(parts) if "/" in glob else name, glob):
                matches.append((parts, os.path.join(folder, name)))
    for error in problems:
        where = error.filename or root
        yield InputError(f"cannot read the directory: {error.strerror or error}", source=where)
    if not matches and not problems:
        yield InputError(f"no file in the directory matches {glob!r} (see --glob)", source=root)
    for parts, file_path in sorted(matches):
        yield from _read_file(
            file_path, "/".join(parts), id_field, text_field, input_format, errors
        )


def _read_stdin(
    id_field: str, text_field: str, errors: DecodeErrors, *, jsonl: bool
) -> Iterator[Document | InputError]:
    stream = sys.stdin
    if stream is None:
        yield InputError("there is no standard input", source=_STDIN_NAME)
        return
    # Bytes when there are some, so that UTF-8 is decoded (and reported) the same way as
    # for files whatever the locale; a text stream (io.StringIO, say) as it is.
    binary: IO[bytes] | None = getattr(stream, "buffer", None)
    try:
        if binary is not None:
            if jsonl:
                yield from _jsonl_documents(binary, _STDIN_NAME, id_field, text_field, errors)
            else:
                yield _text_document(binary.read(), _STDIN_NAME, STDIN, errors)
        elif jsonl:
            yield from _jsonl_text_documents(stream, _STDIN_NAME, id_field, text_field)
        else:
            yield Document(STDIN, stream.read().removeprefix("\ufeff"), _STDIN_NAME)
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=_STDIN_NAME)


def _text_document(
    data: bytes, source: str, doc_id: str, errors: DecodeErrors
) -> Document | InputError:
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8", errors)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        return InputError(
            f"not valid UTF-8 at byte offset {offset} ({exc.reason}); "
            "--errors replace reads bad bytes as U+FFFD",
            source=source,
            line=data.count(b"\n", 0, offset) + 1,
        )
    return Document(doc_id, text, source)


def _jsonl_documents(
    lines: Iterable[bytes], source: str, id_field: str, text_field: str, errors: DecodeErrors
) -> Iterator[Document | InputError]:
    offset = 0  # of the current line, in bytes from the start of the input
    for number, raw in enumerate(lines, start=1):
        line_offset, offset = offset, offset + len(raw)
        try:
            line = raw.decode("utf-8", errors)
        except UnicodeDecodeError as exc:
            yield InputError(
                f"not valid UTF-8 at byte offset {line_offset + exc.start} ({exc.reason}); "
                "--errors replace reads bad bytes as U+FFFD",
                source=source,
                line=number,
            )
            continue
        yield from _jsonl_line(line, number, source, id_field, text_field)


def _jsonl_text_documents(
    lines: Iterable[str], source: str, id_field: str, text_field: str
) -> Iterator[Document | InputError]:
    for number, line in enumerate(lines, start=1):
        yield from _jsonl_line(line, number, source, id_field, text_field)


def _jsonl_line(
    line: str, number: int, source: str, id_field: str, text_field: str
) -> Iterator[Document | InputError]:
    # A byte-order mark may open any line: files with one are often concatenated.
    line = line.removeprefix("\ufeff")
    if not line.strip():
        return
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        yield InputError(
            f"not valid JSON ({exc.msg} at column {exc.colno})", source=source, line=number
        )
        return
    if not isinstance(record, dict):
        kind = type(record).__name__
        yield InputError(
            f"a line must hold a JSON object, not a {kind}", source=source, line=number
        )
        return
    text = record.get(text_field)
    if not isinstance(text, str):
        if text_field in record:
            problem = f"the text is not a string but a {type(text).__name__}"
        else:
            problem = "the text is missing; " + _fields_note(record)
        yield InputError(
            f"{problem} (choose another with --text-field)",
            source=source,
            line=number,
            field=text_field,
        )
        return
    doc_id = record.get(id_field)
    if doc_id is None:
        doc_id = f"{source}:{number}"
    elif not isinstance(doc_id, str):
        doc_id = json.dumps(doc_id, ensure_ascii=False)
    yield Document(doc_id, text, source, number)


def _fields_note(record: dict[str, Any]) -> str:
    if not record:
        return "the line is an empty object"
    names = ", ".join(repr(name) for name in list(record)[:_MAX_FIELDS_SHOWN])
    more = ", ..." if len(record) > _MAX_FIELDS_SHOWN else ""
    return f"the line has the fields {names}{more}"
