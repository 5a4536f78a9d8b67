"""Tests for quoteattr.archive: the statement archive in its SQLite file.

Opening and creating, adding and looking up (by id, by speaker with name variants),
imports that are all or nothing with errors naming file, line and field, the schema
checks, several connections on one file (WAL), and the candidate index stored in the
file.
"""

from __future__ import annotations

import json
import pathlib
import sqlite3
from typing import Any

import pytest

import quoteattr.archive
from quoteattr.archive import SCHEMA_VERSION, SPEAKER_LIMIT, Archive, ArchiveError
from quoteattr.errors import InputError
from quoteattr.index import POOL, CandidateIndex
from quoteattr.model import Statement

LAVROV = Statement(
    "l1",
    "Sergey Lavrov",
    "Relations between our countries are at their best in decades.",
    date="2024-11-29",
    source="a press conference",
)
CHOE = Statement("c1", "Choe Son-hui", "We stand shoulder to shoulder with our friends.")
VANCE = Statement("v1", "Harriet Vance", "We will rebuild the old bridge before the winter.")


def _good(n: int, speaker: str = "Harriet Vance") -> dict[str, Any]:
    return {"id": f"g{n}", "speaker": speaker, "text": f"Statement number {n} about the harbour."}


def _jsonl(path: pathlib.Path, lines: list[Any]) -> pathlib.Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


def _snapshot(archive: Archive) -> tuple[Any, ...]:
    """Everything a reader can see of the archive's contents."""
    statements = [s.to_dict() for name, _ in archive.speakers() for s in archive.by_speaker(name)]
    return len(archive), archive.speakers(), sorted(statements, key=lambda s: s["id"])


@pytest.fixture
def archive() -> Archive:
    archive = Archive.memory()
    archive.add_many([LAVROV, CHOE, VANCE])
    return archive


# -- opening --------------------------------------------------------------------------------


def test_open_creates_a_file_that_reopens_with_its_statements(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        assert len(archive) == 0
        archive.add(LAVROV)
    assert path.exists()
    with Archive.open(path, create=False) as archive:
        assert len(archive) == 1
        assert archive.get("l1") == LAVROV
        assert archive.path == str(path)


def test_open_without_create_does_not_make_a_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "missing.sqlite"
    with pytest.raises(ArchiveError, match="no such archive"):
        Archive.open(path, create=False)
    assert not path.exists()


def test_a_directory_is_not_an_archive(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ArchiveError, match="directory"):
        Archive.open(tmp_path)


def test_memory_archives_are_separate() -> None:
    first, second = Archive.memory(), Archive.memory()
    first.add(LAVROV)
    assert (len(first), len(second)) == (1, 0)
    assert first.info()["path"] == ":memory:"


# -- adding and looking up ---------------------------------------------------------------


def test_add_and_get(archive: Archive) -> None:
    assert len(archive) == 3
    assert archive.get("l1") == LAVROV
    assert archive.get("c1").speaker == "Choe Son-hui"
    with pytest.raises(KeyError):
        archive.get("nope")


def test_add_a_duplicate_id_is_an_input_error(archive: Archive) -> None:
    with pytest.raises(InputError, match="already in the archive") as caught:
        archive.add(Statement("l1", "Someone Else", "Other words."))
    assert isinstance(caught.value, ValueError)
    assert archive.get("l1") == LAVROV


def test_add_many_takes_records_and_mappings() -> None:
    archive = Archive.memory()
    count = archive.add_many(
        [LAVROV, {"id": 7, "speaker": "", "text": "Anonymous words.", "date": "2024"}]
    )
    assert count == 2
    assert archive.get("7") == Statement("7", "", "Anonymous words.", date="2024")


@pytest.mark.parametrize(
    "date", ["2024", "2024-11", "2024-11-29", "2024-11-29T10:30:00", "2024-11-29T10:30:00Z"]
)
def test_iso_dates_are_accepted(date: str) -> None:
    archive = Archive.memory()
    archive.add(Statement("s", "X", "Words.", date=date))
    assert archive.get("s").date == date


@pytest.mark.parametrize(
    "name",
    [
        "Sergey Lavrov",
        "sergey lavrov",
        "SERGEY LAVROV",
        "Sergey  Lavrov",
        "Sergéy Lavrov",
        "Lavrov",
        "lavrov",
        "Mr. Sergey Lavrov",
    ],
)
def test_by_speaker_with_name_variants(archive: Archive, name: str) -> None:
    assert [s.id for s in archive.by_speaker(name)] == ["l1"]


def test_by_speaker_full_name_and_unknown(archive: Archive) -> None:
    assert [s.id for s in archive.by_speaker("Choe Son-hui")] == ["c1"]
    assert [s.id for s in archive.by_speaker("Choe Son Hui")] == ["c1"]
    assert archive.by_speaker("Sergey Ryabkov") == []
    assert archive.by_speaker("Maria Lavrova") == []


def test_by_speaker_keeps_archive_order(archive: Archive) -> None:
    archive.add(Statement("l2", "Sergey Lavrov", "Second words."))
    archive.add(Statement("l0", "Sergey Lavrov", "Third words."))
    assert [s.id for s in archive.by_speaker("Lavrov")] == ["l1", "l2", "l0"]


def test_a_surname_two_speakers_share_names_neither(archive: Archive) -> None:
    archive.add(Statement("m1", "Maria Lavrov", "Different words."))
    assert archive.by_speaker("Lavrov") == []
    assert [s.id for s in archive.by_speaker("Maria Lavrov")] == ["m1"]


def test_by_speaker_a_surname_written_first(archive: Archive) -> None:
    assert [s.id for s in archive.by_speaker("Choe")] == ["c1"]


def test_by_speaker_part_of_a_hyphenated_given_name_is_not_a_surname(archive: Archive) -> None:
    assert archive.by_speaker("Hui") == []


def test_speakers_most_statements_first(archive: Archive) -> None:
    archive.add(Statement("l2", "Sergey Lavrov", "More words."))
    archive.add(Statement("a1", "", "Nobody's words."))
    assert archive.speakers() == [
        ("Sergey Lavrov", 2),
        ("", 1),
        ("Choe Son-hui", 1),
        ("Harriet Vance", 1),
    ]


def test_info(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        archive.add_many([LAVROV, CHOE, VANCE, Statement("l2", "sergey lavrov", "More.")])
        info = archive.info()
        assert info == {
            "path": str(path),
            "schema_version": SCHEMA_VERSION,
            "statements": 4,
            "speakers": 3,
            "indexed": 0,
            "max_rowid": 4,
        }
        archive.build_index()
        assert archive.info()["indexed"] == 4
    json.dumps(info)


# -- imports: all or nothing -------------------------------------------------------------

GOOD = [_good(1), _good(2)]
BAD_LINES = [
    pytest.param([*GOOD, '{"id": "x", "speaker": "A",'], 3, None, "not valid JSON", id="bad-json"),
    pytest.param([*GOOD, "[1, 2, 3]"], 3, None, "JSON object", id="not-an-object"),
    pytest.param(
        [_good(1), {"id": "x", "speaker": "A"}, _good(2)], 2, "text", "missing", id="missing-text"
    ),
    pytest.param(
        [_good(1), {"id": "x", "speaker": "A", "text": "  "}], 2, "text", "empty", id="blank-text"
    ),
    pytest.param(
        [_good(1), {"id": "x", "text": "Words."}], 2, "speaker", "missing", id="missing-speaker"
    ),
    pytest.param(
        [_good(1), {"speaker": "A", "text": "Words."}], 2, "id", "missing", id="missing-id"
    ),
    pytest.param(
        [_good(1), {"id": "x", "speaker": 5, "text": "Words."}],
        2,
        "speaker",
        "must be a string",
        id="wrong-type-speaker",
    ),
    pytest.param(
        [_good(1), {"id": "x", "speaker": "A", "text": ["Words."]}],
        2,
        "text",
        "must be a string",
        id="wrong-type-text",
    ),
    pytest.param(
        [_good(1), {"id": True, "speaker": "A", "text": "Words."}],
        2,
        "id",
        "must be a string",
        id="wrong-type-id",
    ),
    pytest.param(
        [*GOOD, {"id": "x", "speaker": "A", "text": "W.", "date": "2024-13-40"}],
        3,
        "date",
        "ISO 8601",
        id="bad-date",
    ),
    pytest.param(
        [*GOOD, {"id": "x", "speaker": "A", "text": "W.", "date": "yesterday"}],
        3,
        "date",
        "ISO 8601",
        id="date-in-words",
    ),
    pytest.param([*GOOD, {**_good(3), "id": "g1"}], 3, "id", "duplicate", id="duplicate-in-file"),
    pytest.param(
        [*GOOD, {**_good(3), "id": "v1"}],
        3,
        "id",
        "already in the archive",
        id="duplicate-with-archive",
    ),
]


@pytest.mark.parametrize(("lines", "line", "field", "message"), BAD_LINES)
def test_a_bad_jsonl_line_fails_the_whole_import(
    archive: Archive,
    tmp_path: pathlib.Path,
    lines: list[Any],
    line: int,
    field: str | None,
    message: str,
) -> None:
    path = _jsonl(tmp_path / "statements.jsonl", lines)
    before = _snapshot(archive)
    with pytest.raises(InputError, match=message) as caught:
        archive.import_jsonl(path)
    error = caught.value
    assert (error.source, error.line, error.field) == (str(path), line, field)
    assert str(path) in str(error) and f"line {line}" in str(error)
    if field:
        assert f"field {field!r}" in str(error)
    assert _snapshot(archive) == before
    with pytest.raises(KeyError):
        archive.get("g1")


def test_a_failed_import_leaves_a_file_archive_as_it_was(tmp_path: pathlib.Path) -> None:
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as archive:
        archive.add(VANCE)
        path = _jsonl(tmp_path / "s.jsonl", [*GOOD, {"id": "x", "speaker": "A"}])
        with pytest.raises(InputError):
            archive.import_jsonl(path)
        # The archive is still usable after the rollback.
        assert archive.import_jsonl(_jsonl(tmp_path / "ok.jsonl", GOOD)) == 2
    with Archive.open(db) as archive:
        assert sorted(s.id for s in archive.by_speaker("Harriet Vance")) == ["g1", "g2", "v1"]


def test_a_jsonl_import_skips_blank_lines_and_counts(tmp_path: pathlib.Path) -> None:
    archive = Archive.memory()
    path = _jsonl(tmp_path / "s.jsonl", [_good(1), "", "   ", _good(2)])
    assert archive.import_jsonl(path) == 2
    assert len(archive) == 2


def test_a_line_number_after_blank_lines_is_the_file_line(tmp_path: pathlib.Path) -> None:
    archive = Archive.memory()
    path = _jsonl(tmp_path / "s.jsonl", [_good(1), "", {"id": "x", "speaker": "A"}])
    with pytest.raises(InputError) as caught:
        archive.import_jsonl(path)
    assert caught.value.line == 3


def test_an_unreadable_file_is_an_input_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "missing.jsonl"
    with pytest.raises(InputError, match="cannot read") as caught:
        Archive.memory().import_jsonl(path)
    assert caught.value.source == str(path)


def test_invalid_utf8_fails_the_import(archive: Archive, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"id": "a", "speaker": "X", "text": "caf\xe9"}\n')
    before = _snapshot(archive)
    with pytest.raises(InputError, match="UTF-8") as caught:
        archive.import_jsonl(path)
    assert (caught.value.source, caught.value.line) == (str(path), 1)
    assert _snapshot(archive) == before


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_invalid_utf8_names_its_line(tmp_path: pathlib.Path, kind: str) -> None:
    path = tmp_path / f"s.{kind}"
    if kind == "jsonl":
        body = b"".join(json.dumps(_good(n)).encode() + b"\n" for n in (1, 2))
        path.write_bytes(body + b'{"id": "a", "speaker": "X", "text": "caf\xe9"}\n')
    else:
        path.write_bytes(b"id,speaker,text\ng1,X,one\ng2,X,two\na,X,caf\xe9\n")
    archive = Archive.memory()
    importer = archive.import_jsonl if kind == "jsonl" else archive.import_csv
    with pytest.raises(InputError) as caught:
        importer(path)
    assert caught.value.line == (3 if kind == "jsonl" else 4)


def test_a_byte_order_mark_is_skipped(tmp_path: pathlib.Path) -> None:
    archive = Archive.memory()
    jsonl = tmp_path / "s.jsonl"
    jsonl.write_bytes(b"\xef\xbb\xbf" + json.dumps(_good(1)).encode() + b"\n")
    csv_path = tmp_path / "s.csv"
    csv_path.write_bytes(b"\xef\xbb\xbfid,speaker,text\ng2,Harriet Vance,Some words.\n")
    assert archive.import_jsonl(jsonl) == 1
    assert archive.import_csv(csv_path) == 1
    assert archive.get("g1").id == "g1"
    assert archive.get("g2").text == "Some words."


# -- CSV ------------------------------------------------------------------------------------


def test_csv_import(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "id,speaker,text,date,source\n"
        'c1,Harriet Vance,"We will rebuild, and we will do it together.",2024-11-29,\n'
        'c2,Tomas Reyes,"He said ""no"" twice.",,The Harbour Gazette\n',
        encoding="utf-8",
    )
    archive = Archive.memory()
    assert archive.import_csv(path) == 2
    assert archive.get("c1") == Statement(
        "c1", "Harriet Vance", "We will rebuild, and we will do it together.", date="2024-11-29"
    )
    assert archive.get("c2") == Statement(
        "c2", "Tomas Reyes", 'He said "no" twice.', source="The Harbour Gazette"
    )


@pytest.mark.parametrize("column", ["id", "speaker", "text"])
def test_csv_without_a_required_column(
    archive: Archive, tmp_path: pathlib.Path, column: str
) -> None:
    columns = [c for c in ("id", "speaker", "text") if c != column]
    path = tmp_path / "s.csv"
    path.write_text(",".join(columns) + "\n" + ",".join("x" for _ in columns) + "\n")
    before = _snapshot(archive)
    with pytest.raises(InputError, match=f"no column '{column}'") as caught:
        archive.import_csv(path)
    assert (caught.value.source, caught.value.line) == (str(path), 1)
    assert _snapshot(archive) == before


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("g3,Harriet Vance,", "text"),
        ("g3,Harriet Vance,Words.,not a date", "date"),
        ("g1,Harriet Vance,Words.", "id"),
        ("v1,Harriet Vance,Words.", "id"),
    ],
)
def test_a_bad_csv_row_fails_the_whole_import(
    archive: Archive, tmp_path: pathlib.Path, row: str, field: str
) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "id,speaker,text,date\ng1,Harriet Vance,One.\ng2,Harriet Vance,Two.\n" + row + "\n",
        encoding="utf-8",
    )
    before = _snapshot(archive)
    with pytest.raises(InputError) as caught:
        archive.import_csv(path)
    assert (caught.value.source, caught.value.line, caught.value.field) == (str(path), 4, field)
    assert _snapshot(archive) == before


def test_an_empty_csv_speaker_cell_is_an_anonymous_statement(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("id,speaker,text\na1,,The water is safe to drink.\n", encoding="utf-8")
    archive = Archive.memory()
    archive.import_csv(path)
    assert archive.get("a1").speaker == ""


# -- the schema ------------------------------------------------------------------------------


def test_a_file_that_is_not_sqlite(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("These are my notes, not a database.\n" * 200)
    with pytest.raises(ArchiveError, match="not a quoteattr archive") as caught:
        Archive.open(path)
    assert str(path) in str(caught.value)
    assert path.read_text().startswith("These are my notes")


def test_an_sqlite_file_that_is_not_an_archive(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(ArchiveError, match="not a quoteattr archive") as caught:
        Archive.open(path)
    assert str(path) in str(caught.value)
    with sqlite3.connect(path) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master")]
    assert tables == ["people"], "the file is left alone"


def test_a_newer_schema_version(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        archive.add(LAVROV)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ArchiveError, match="newer") as caught:
        Archive.open(path)
    message = str(caught.value)
    assert str(path) in message and "upgrade quoteattr" in message
    assert f"version {SCHEMA_VERSION + 1}" in message


def test_an_empty_file_becomes_an_archive(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Archive.open(path) as archive:
        archive.add(LAVROV)
    with Archive.open(path) as archive:
        assert archive.info()["schema_version"] == SCHEMA_VERSION


# -- several connections (WAL) ---------------------------------------------------------------


def test_the_file_is_in_wal_mode(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    Archive.open(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_readers_at_once(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as writer:
        writer.add_many([LAVROV, CHOE])
    with Archive.open(path) as first, Archive.open(path) as second:
        assert first.get("l1") == second.get("l1") == LAVROV
        assert [s.id for s in first.by_speaker("Lavrov")] == ["l1"]
        assert [s.id for s in second.by_speaker("Choe Son-hui")] == ["c1"]


def test_a_reader_during_an_import_sees_the_archive_before_it(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    seen: list[tuple[int, list[str]]] = []
    with Archive.open(path) as writer:
        writer.add(VANCE)

        def statements() -> Any:
            yield _good(1)
            # The import's transaction is open and has written g1: a second connection
            # reads (without waiting for the writer) the archive as it was.
            with Archive.open(path, create=False) as reader:
                seen.append((len(reader), [s.id for s in reader.by_speaker("Harriet Vance")]))
            yield _good(2)

        assert writer.add_many(statements()) == 2
    assert seen == [(1, ["v1"])]
    with Archive.open(path) as reader:
        assert len(reader) == 3
        assert [s.id for s in reader.by_speaker("Harriet Vance")] == ["v1", "g1", "g2"]


def test_a_reader_opened_after_an_import_sees_it(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as writer:
        reader = Archive.open(path)
        assert len(reader) == 0
        writer.import_jsonl(_jsonl(tmp_path / "s.jsonl", GOOD))
        # A connection already open sees the commit too (no transaction is held open).
        assert len(reader) == 2
        reader.close()
        with Archive.open(path) as late:
            assert late.get("g2").text == _good(2)["text"]


# -- the candidate index ------------------------------------------------------------------


def _many(n: int) -> list[dict[str, Any]]:
    topics = "harbour ferry school hospital budget tram market river library stadium".split()
    return [
        {
            "id": f"s{i}",
            "speaker": f"Speaker {i % 7}",
            "text": f"The {topics[i % 10]} plan number {i} needs {topics[(i * 3) % 10]} money.",
        }
        for i in range(n)
    ]


def test_build_index_is_stored_and_used_after_reopening(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        archive.add_many(_many(200))
        archive.add(VANCE)
        archive.build_index()
    with sqlite3.connect(path) as db:
        postings = db.execute("SELECT count(*) FROM index_postings").fetchone()[0]
        upto = db.execute("SELECT value FROM meta WHERE key = 'indexed_upto'").fetchone()[0]
    assert postings > 10
    assert int(upto) == 201

    def no_rebuilding(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the stored index was rebuilt")

    monkeypatch.setattr(quoteattr.archive.CandidateIndex, "build", no_rebuilding)
    with Archive.open(path) as archive:
        assert archive.info()["indexed"] == 201
        assert "v1" in [s.id for s in archive.candidates("rebuild the old bridge")]
        verdict = archive.verify_quote("We will rebuild the old bridge", "Harriet Vance")
        assert (verdict.label, verdict.match and verdict.match.statement.id) == ("truncated", "v1")


def test_statements_added_after_build_index_are_found(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        archive.add_many(_many(50))
        archive.build_index()
        assert archive.candidates("rebuild the old bridge") == []
        archive.add(VANCE)
        assert [s.id for s in archive.candidates("rebuild the old bridge")] == ["v1"]
        archive.add(LAVROV)
        assert "l1" in [s.id for s in archive.candidates("relations between our countries")]
    with Archive.open(path) as archive:  # reopened: the stored index plus the newer ones
        assert archive.info()["indexed"] == 50
        assert [s.id for s in archive.candidates("rebuild the old bridge")] == ["v1"]
        assert archive.verify_quote(LAVROV.text, "Lavrov").label == "verbatim"
        archive.build_index()
        assert archive.info()["indexed"] == 52
        assert [s.id for s in archive.candidates("rebuild the old bridge")] == ["v1"]


def test_search_without_an_index(archive: Archive) -> None:
    assert [s.id for s in archive.candidates("shoulder to shoulder")] == ["c1"]
    assert archive.candidates("zebra xylophone") == []


def test_candidates_add_the_claimed_speakers_own_statements(archive: Archive) -> None:
    # Nothing indexed matches these words, but the speaker's closest statement joins.
    found = archive.candidates("zebra xylophone", speaker="Harriet Vance")
    assert [s.id for s in found] == ["v1"]


def test_candidates_add_the_own_statements_of_a_speaker_named_by_surname(
    archive: Archive,
) -> None:
    found = archive.candidates("zebra xylophone", speaker="Lavrov")
    assert [s.id for s in found] == ["l1"]


# -- searching among one speaker's statements ----------------------------------------------


def test_search_among_counts_terms_in_the_given_statements_only() -> None:
    index = CandidateIndex.build(
        [
            (1, "the harbour ferry is late"),
            (2, "the harbour ferry is late again today"),
            (3, "the harbour is calm"),
            (4, "a ferry to nowhere"),
        ]
    )
    # Most of the quotation's terms first; as many, the shorter first.
    assert index.search_among("harbour ferry late", {1, 2, 3, 4}) == [1, 2, 4, 3]
    assert index.search_among("harbour ferry late", {2, 3, 4}) == [2, 4, 3]
    assert index.search_among("harbour ferry late", {2, 3, 4}, limit=1) == [2]
    # Statements with none of the terms, and keys the index does not hold, are left out.
    assert index.search_among("calm harbour", {1, 4, 99}) == [1]
    assert index.search_among("calm harbour", set()) == []
    assert index.search_among("the is a", {1, 2, 3, 4}) == []


def test_search_among_with_sparse_keys() -> None:
    index = CandidateIndex.build([(2**32 - 1, "harbour ferry"), (5, "harbour")])
    assert index.search_among("harbour ferry", {5, 2**32 - 1}) == [2**32 - 1, 5]
    assert index.search_among("harbour ferry", {5, 7}) == [5]


def test_search_among_probes_long_postings_the_same_as_it_intersects_short_ones() -> None:
    # 'harbour' is in 2,000 statements and the search is among 3: a term whose postings
    # are much longer than the statements searched is found by binary search in them.
    statements = [(n, f"harbour number{n}") for n in range(2000)]
    statements += [(5000, "harbour ferry"), (5001, "ferry"), (5002, "tram")]
    index = CandidateIndex.build(statements)
    among = {5000, 5001, 5002, 17}
    assert index.search_among("harbour ferry", among) == [5000, 5001, 17]
    wide = set(range(2000)) | {5000, 5001}  # as many as the postings: intersected in C
    assert index.search_among("harbour ferry", wide, limit=2) == [5000, 5001]


def _prolific(n: int) -> list[dict[str, Any]]:
    """Statements of one prolific speaker, many more than ``SPEAKER_LIMIT``, and short
    statements of others that share one rare word with the quotation used below."""
    topics = "harbour ferry school hospital budget tram market river library stadium".split()
    own = [
        {
            "id": f"p{i}",
            "speaker": "Priya Talwar",
            "text": f"The {topics[i % 10]} plan {i} needs {topics[(i * 3) % 10]} money now.",
        }
        for i in range(n)
    ]
    own[-5]["text"] = (
        "Life is not about what happens to you but how you react to it, "
        "is very important to remember every single day."
    )
    others = [
        {"id": f"o{i}", "speaker": f"Other Person {i}", "text": f"They react {i}."}
        for i in range(3 * POOL)
    ]
    return own + others


@pytest.mark.parametrize("indexed", [True, False])
def test_a_fragment_is_found_among_a_prolific_speakers_statements(
    tmp_path: pathlib.Path, indexed: bool
) -> None:
    # The fragment's only indexed word, 'react', is in many shorter statements by
    # others, so the index's pool holds none of the speaker's; and the source is not
    # among the speaker's first SPEAKER_LIMIT statements. Searching the index among the
    # speaker's statements alone finds it, in the stored index or in memory.
    statements = _prolific(SPEAKER_LIMIT + 100)
    path = tmp_path / "a.sqlite"
    with Archive.open(path) as archive:
        if indexed:
            archive.add_many(statements)
            archive.build_index()
        else:
            archive.add_many(statements[:50])
            archive.build_index()
            archive.add_many(statements[50:])
        quote = "but how you react to it, is very"
        assert "p295" not in [s.id for s in archive.candidates(quote)]
        assert "p295" in [s.id for s in archive.candidates(quote, speaker="Priya Talwar")]
        verdict = archive.verify_quote(quote, "Talwar")
    assert verdict.label == "truncated"
    assert verdict.match is not None and verdict.match.statement.id == "p295"


def test_a_prolific_speakers_first_statements_are_compared_when_no_word_is_indexed() -> None:
    statements = _prolific(SPEAKER_LIMIT + 10)
    statements[3]["text"] = "It is what it is."
    archive = Archive.memory()
    archive.add_many(statements)
    # Only function words: the index finds nothing, and the speaker's first statements
    # are compared instead.
    assert archive.candidates("it is what it is") == []
    verdict = archive.verify_quote("it is what it is", "Priya Talwar")
    assert (verdict.label, verdict.match and verdict.match.statement.id) == ("verbatim", "p3")
