"""Tests for quoteattr.documents: reading text files, JSONL, directories and stdin."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quoteattr.documents import Document, read_documents
from quoteattr.errors import InputError

BOM = b"\xef\xbb\xbf"


def read(path: Path | str, **options: str) -> list[Document | InputError]:
    return list(read_documents(str(path), **options))  # type: ignore[arg-type]


def jsonl(*records: object) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


# Text files


def test_text_file_is_one_document_named_after_the_file(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Hello there.", encoding="utf-8")
    assert read(tmp_path / "story.txt") == [
        Document("story.txt", "Hello there.", str(tmp_path / "story.txt"))
    ]


def test_text_file_keeps_crlf_and_drops_the_byte_order_mark(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(BOM + b"One.\r\n\r\nTwo.\r\n")
    [document] = read(tmp_path / "a.txt")
    assert isinstance(document, Document)
    assert document.text == "One.\r\n\r\nTwo.\r\n"


def test_invalid_utf8_in_text_file_names_byte_offset_and_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(BOM + b"fine\nbad \xff here\n")
    [error] = read(tmp_path / "a.txt")
    assert isinstance(error, InputError)
    assert error.line == 2
    assert "byte offset 12" in str(error)  # counted from the start of the file, BOM too
    assert str(error).startswith(str(tmp_path / "a.txt"))


def test_missing_file_is_one_error(tmp_path: Path) -> None:
    [error] = read(tmp_path / "nowhere.txt")
    assert isinstance(error, InputError)
    assert error.source == str(tmp_path / "nowhere.txt")
    assert "No such file" in error.message


def test_input_format_text_reads_a_jsonl_name_as_text(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("not json", encoding="utf-8")
    assert read(tmp_path / "a.jsonl", input_format="text")[0] == Document(
        "a.jsonl", "not json", str(tmp_path / "a.jsonl")
    )


# JSONL


def test_jsonl_reads_id_and_text_with_their_line(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(
        jsonl({"id": "d1", "text": "A."}, {"id": "d2", "text": "B."})
    )
    source = str(tmp_path / "c.jsonl")
    assert read(source) == [Document("d1", "A.", source, 1), Document("d2", "B.", source, 2)]


def test_jsonl_custom_fields(tmp_path: Path) -> None:
    (tmp_path / "c.ndjson").write_bytes(jsonl({"url": "u1", "body": "A."}))
    [document] = read(tmp_path / "c.ndjson", id_field="url", text_field="body")
    assert isinstance(document, Document)
    assert (document.id, document.text) == ("u1", "A.")


def test_jsonl_missing_or_odd_id(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(jsonl({"text": "A."}, {"id": 7, "text": "B."}))
    source = str(tmp_path / "c.jsonl")
    assert [d.id for d in read(source) if isinstance(d, Document)] == [f"{source}:1", "7"]


def test_jsonl_bad_line_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    data = jsonl({"id": "a", "text": "A."}) + b"{oops\n" + b"\n" + jsonl({"id": "c", "text": "C."})
    (tmp_path / "c.jsonl").write_bytes(data)
    items = read(tmp_path / "c.jsonl")
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.line == 2
    assert "not valid JSON" in error.message


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": "a", "body": "A."}, "the text is missing; the line has the fields 'id', 'body'"),
        ({"id": "a", "text": 3}, "the text is not a string but a int"),
        ({}, "the line is an empty object"),
    ],
)
def test_jsonl_text_field_problems_name_the_field(
    tmp_path: Path, record: dict[str, object], problem: str
) -> None:
    (tmp_path / "c.jsonl").write_bytes(jsonl(record))
    [error] = read(tmp_path / "c.jsonl")
    assert isinstance(error, InputError)
    assert (error.line, error.field) == (1, "text")
    assert problem in error.message
    assert "--text-field" in error.message


def test_jsonl_line_must_hold_an_object(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(b"[1, 2]\n")
    [error] = read(tmp_path / "c.jsonl")
    assert isinstance(error, InputError)
    assert "JSON object, not a list" in error.message


def test_jsonl_invalid_utf8_names_byte_offset_and_goes_on(tmp_path: Path) -> None:
    first = jsonl({"id": "a", "text": "A."})
    bad = b'{"id": "b", "text": "caf\xe9"}\n'
    (tmp_path / "c.jsonl").write_bytes(first + bad + jsonl({"id": "c", "text": "C."}))
    items = read(tmp_path / "c.jsonl")
    error = items[1]
    assert isinstance(error, InputError)
    assert error.line == 2
    offset = len(first) + bad.index(b"\xe9")
    assert f"byte offset {offset}" in error.message
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "c"]


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": "A.\r\nB."}), json.dumps({"id": "b", "text": "C."})]
    # Concatenated files each opening with a byte-order mark are read too.
    (tmp_path / "c.jsonl").write_bytes(BOM + lines[0].encode() + b"\r\n" + BOM + lines[1].encode())
    items = read(tmp_path / "c.jsonl")
    assert [(d.id, d.text) for d in items if isinstance(d, Document)] == [
        ("a", "A.\r\nB."),
        ("b", "C."),
    ]


def test_jsonl_keeps_u2028_inside_a_line(tmp_path: Path) -> None:
    # str.splitlines() would split there; JSON lines end only at \n.
    (tmp_path / "c.jsonl").write_bytes('{"text": "A.\u2028B."}\n'.encode())
    [document] = read(tmp_path / "c.jsonl")
    assert isinstance(document, Document)
    assert document.text == "A.\u2028B."


# Directories


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "notes.md", "a.txt.bak"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    items = read(tmp_path)
    assert [d.id for d in items if isinstance(d, Document)] == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
        "sub/deeper/d.txt",
    ]
    assert all(isinstance(d, Document) and d.text == d.id for d in items)


def test_directory_glob(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.md").write_text("A", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("B", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_bytes(jsonl({"id": "c1", "text": "C"}))
    assert [d.id for d in read(tmp_path, glob="*.md")] == ["a.md", "sub/b.md"]
    assert [d.id for d in read(tmp_path, glob="sub/*")] == ["sub/b.md", "c1"]


def test_directory_without_matching_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("A", encoding="utf-8")
    [error] = read(tmp_path)
    assert isinstance(error, InputError)
    assert "'*.txt'" in error.message


# Standard input


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\ufeffSome text.\n"))
    assert read("-") == [Document("-", "Some text.\n", "<stdin>")]


def test_stdin_bytes_are_decoded_as_utf8_keeping_crlf(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(BOM + "Caf\u00e9.\r\n".encode()), encoding="latin-1")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert read("-") == [Document("-", "Caf\u00e9.\r\n", "<stdin>")]


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "a", "text": "A."}\n{bad\n'))
    items = read("-", input_format="jsonl")
    assert items[0] == Document("a", "A.", "<stdin>", 1)
    assert str(items[1]).startswith("<stdin>, line 2: not valid JSON")


def test_stdin_jsonl_streams_one_line_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    consumed: list[int] = []

    def lines() -> Iterator[bytes]:
        for number in range(1, 1000):
            consumed.append(number)
            yield json.dumps({"id": str(number), "text": "x"}).encode() + b"\n"

    class Stdin:
        buffer = lines()

    monkeypatch.setattr(sys, "stdin", Stdin())
    documents = read_documents("-", input_format="jsonl")
    first = next(documents)
    assert isinstance(first, Document)
    assert first.id == "1"
    assert consumed == [1]


def test_no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    [error] = read("-")
    assert isinstance(error, InputError)
    assert error.source == "<stdin>"


# Hostile input (#6): empty files, bad bytes replaced on request, very long lines


def test_empty_text_file_is_one_empty_document(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bom.txt").write_bytes(BOM)
    assert [d.text for d in read(tmp_path / "empty.txt")] == [""]  # type: ignore[union-attr]
    assert [d.text for d in read(tmp_path / "bom.txt")] == [""]  # type: ignore[union-attr]


def test_empty_jsonl_file_has_no_documents_and_no_error(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(b"")
    (tmp_path / "d.jsonl").write_bytes(b"\n\r\n  \n")
    assert read(tmp_path / "c.jsonl") == []
    assert read(tmp_path / "d.jsonl") == []


def test_text_file_keeps_lone_carriage_returns(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"One.\r\rTwo.\rThree.")
    [document] = read(tmp_path / "a.txt")
    assert isinstance(document, Document)
    assert document.text == "One.\r\rTwo.\rThree."


def test_errors_replace_reads_bad_bytes_as_replacement_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(BOM + b"fine\nbad \xff\xfe here \xe2\x80\n")
    [document] = read(tmp_path / "a.txt", errors="replace")
    assert isinstance(document, Document)
    assert document.text == "fine\nbad \ufffd\ufffd here \ufffd\n"


def test_errors_replace_in_jsonl_keeps_every_line(tmp_path: Path) -> None:
    bad = b'{"id": "b", "text": "caf\xe9"}\n'
    (tmp_path / "c.jsonl").write_bytes(jsonl({"id": "a", "text": "A."}) + bad)
    items = read(tmp_path / "c.jsonl", errors="replace")
    assert [(d.id, d.text) for d in items] == [("a", "A."), ("b", "caf\ufffd")]  # type: ignore[union-attr]


def test_errors_replace_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"caf\xe9\r\n")))
    [document] = list(read_documents("-", errors="replace"))
    assert isinstance(document, Document)
    assert document.text == "caf\ufffd\r\n"


def test_strict_error_says_how_to_replace(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"caf\xe9")
    [error] = read(tmp_path / "a.txt")
    assert isinstance(error, InputError)
    assert "byte offset 3" in error.message
    assert "--errors replace" in error.message


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    line = "word " * 2_000_000  # 10 MB, no line break
    (tmp_path / "a.txt").write_text(line, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "x", "text": line}), encoding="utf-8")
    [text_document] = read(tmp_path / "a.txt")
    [jsonl_document] = read(tmp_path / "c.jsonl")
    assert text_document.text == jsonl_document.text == line  # type: ignore[union-attr]
