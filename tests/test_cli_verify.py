"""Tests for the verification commands: ``quoteattr archive import|info|search`` and
``quoteattr verify``, run in-process through ``quoteattr.cli.main``."""

from __future__ import annotations

import json
import pathlib
import sqlite3
from typing import Any

import pytest

from quoteattr.archive import Archive
from quoteattr.cli import main

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_ARCHIVE = SEEDS / "archive.jsonl"
SEED_QUOTES = SEEDS / "quotes.jsonl"
SEED_ARTICLE = SEEDS / "000_ebce1b236a75e8e9.txt"

QUOTE_FIELDS = {
    "id",
    "verdict",
    "statement_id",
    "speaker",
    "claimed_speaker",
    "score",
    "meaning_change",
    "diff",
    "explanation",
}


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _statements(path: pathlib.Path, records: list[Any]) -> pathlib.Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
        encoding="utf-8",
    )
    return path


def _info(db: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["archive", "info", "--db", str(db)]) == 0
    info: dict[str, Any] = json.loads(capsys.readouterr().out)
    return info


@pytest.fixture
def seed_db(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> pathlib.Path:
    db = tmp_path / "seed.sqlite"
    assert main(["archive", "import", str(SEED_ARCHIVE), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


# -- archive import -------------------------------------------------------------------------


def test_import_jsonl(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["archive", "import", str(SEED_ARCHIVE), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "imported 5 statements" in captured.err
    assert "indexed" in captured.err
    with Archive.open(db, create=False) as archive:
        assert len(archive) == 5
        assert archive.get("seed-demo-1").speaker == "Dana Whitfield"
        assert archive.info()["indexed"] == 5


def test_import_csv(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "statements.csv"
    csv_path.write_text(
        "id,speaker,text,date\n"
        'c1,Harriet Vance,"We will rebuild the old bridge, before the winter.",2025-01-02\n'
        "c2,Tomas Reyes,The harbour will stay open all year.,\n",
        encoding="utf-8",
    )
    db = tmp_path / "a.sqlite"
    assert main(["archive", "import", str(csv_path), "--db", str(db)]) == 0
    assert "imported 2 statements" in capsys.readouterr().err
    with Archive.open(db, create=False) as archive:
        assert archive.get("c1").date == "2025-01-02"
        assert archive.get("c2").date is None


def test_import_csv_by_format_option(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statements.txt"
    path.write_text("id,speaker,text\nc1,Harriet Vance,Words of hers.\n", encoding="utf-8")
    db = tmp_path / "a.sqlite"
    assert main(["archive", "import", str(path), "--db", str(db), "--format", "csv"]) == 0
    assert _info(db, capsys)["statements"] == 1


def test_a_bad_line_imports_nothing_from_its_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _statements(
        tmp_path / "good.jsonl", [{"id": "g1", "speaker": "A B", "text": "Good words here."}]
    )
    bad = _statements(
        tmp_path / "bad.jsonl",
        [
            {"id": "b1", "speaker": "A B", "text": "Fine words."},
            {"id": "b2", "speaker": "A B", "text": "Bad date.", "date": "the 5th of May"},
            {"id": "b3", "speaker": "A B", "text": "Never read."},
        ],
    )
    db = tmp_path / "a.sqlite"
    assert main(["archive", "import", str(good), str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}, line 2, field 'date'" in err
    assert "nothing imported from this file" in err
    assert "imported 1 statements" in err or "imported 1 statement" in err
    info = _info(db, capsys)
    assert info["statements"] == 1
    with Archive.open(db, create=False) as archive:
        with pytest.raises(KeyError):
            archive.get("b1")
        assert archive.get("g1").text == "Good words here."


def test_a_bad_csv_file_imports_nothing(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "s.csv"
    path.write_text("id,text\nc1,Words.\n", encoding="utf-8")
    db = tmp_path / "a.sqlite"
    assert main(["archive", "import", str(path), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 1" in err and "'speaker'" in err
    assert _info(db, capsys)["statements"] == 0


def test_import_into_a_file_that_is_not_an_archive(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my notes\n" * 100, encoding="utf-8")
    assert main(["archive", "import", str(SEED_ARCHIVE), "--db", str(db)]) == 2
    assert "not a quoteattr archive" in capsys.readouterr().err
    assert db.read_text(encoding="utf-8") == "my notes\n" * 100


# -- archive info, archive search ---------------------------------------------------------------


def test_info_is_json(seed_db: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    info = _info(seed_db, capsys)
    assert info == {
        "path": str(seed_db),
        "schema_version": 1,
        "statements": 5,
        "speakers": 4,
        "indexed": 5,
        "max_rowid": 5,
    }


def test_info_of_a_missing_archive_creates_nothing(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "missing.sqlite"
    assert main(["archive", "info", "--db", str(db)]) == 2
    assert "no such archive" in capsys.readouterr().err
    assert not db.exists()


def test_search(seed_db: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["archive", "search", "hire new teachers", "--db", str(seed_db)]) == 0
    found = _lines(capsys.readouterr().out)
    assert [s["id"] for s in found] == ["seed-demo-1"]
    assert set(found[0]) >= {"id", "speaker", "text", "date", "source", "context"}


def test_search_with_a_speaker_and_a_limit(
    seed_db: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["archive", "search", "victory", "--db", str(seed_db), "--limit", "1"]
    assert main(args) == 0
    assert len(_lines(capsys.readouterr().out)) == 1
    # Words no statement has: only the claimed speaker's own closest statement.
    args = ["archive", "search", "zebra", "--db", str(seed_db), "--speaker", "Marcus Obi"]
    assert main(args) == 0
    assert [s["id"] for s in _lines(capsys.readouterr().out)] == ["seed-demo-2"]


def test_search_prints_the_closest_statement_first(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [
        {"id": f"x{i}", "speaker": "A B", "text": f"The harbour ferry plan {i} was discussed."}
        for i in range(6)
    ]
    records.append(
        {"id": "best", "speaker": "A B", "text": "The harbour ferry plan will be finished in June."}
    )
    db = tmp_path / "a.sqlite"
    assert (
        main(
            ["archive", "import", str(_statements(tmp_path / "s.jsonl", records)), "--db", str(db)]
        )
        == 0
    )
    capsys.readouterr()
    args = ["archive", "search", "ferry plan finished in June", "--db", str(db), "--limit", "1"]
    assert main(args) == 0
    assert [s["id"] for s in _lines(capsys.readouterr().out)] == ["best"]


# -- verify --quotes ---------------------------------------------------------------------------

SEED_VERDICTS: dict[str, tuple[str, str, bool | None]] = {
    "q1": ("truncated", "seed-choe-1", False),
    "q2": ("altered", "seed-choe-1", False),
    # q3 drops "between our two countries": whether losing "two" is a meaning change is
    # the verdict rules' business (tests/golden/verdicts.json), not the command line's.
    "q3": ("misattributed", "seed-lavrov-1", None),
    "q4": ("altered", "seed-demo-1", True),
    "q5": ("altered", "seed-demo-1", True),
    "q6": ("fabricated", "seed-demo-2", False),
}


@pytest.mark.parametrize("source", ["jsonl", "db"])
def test_verify_quotes(
    seed_db: pathlib.Path, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    archive = str(SEED_ARCHIVE) if source == "jsonl" else str(seed_db)
    assert main(["verify", "--quotes", str(SEED_QUOTES), "--archive", archive]) == 0
    captured = capsys.readouterr()
    records = _lines(captured.out)
    assert captured.err == ""
    assert [r["id"] for r in records] == list(SEED_VERDICTS)
    for record in records:
        assert set(record) >= QUOTE_FIELDS, record["id"]
        verdict, statement_id, meaning_change = SEED_VERDICTS[record["id"]]
        if meaning_change is None:
            meaning_change = record["meaning_change"]
        assert isinstance(record["meaning_change"], bool)
        assert (record["verdict"], record["statement_id"], record["meaning_change"]) == (
            verdict,
            statement_id,
            meaning_change,
        ), record["explanation"]
        assert record["explanation"].startswith(record["verdict"])
        assert isinstance(record["score"], (int, float))
        for edit in record["diff"]:
            assert set(edit) == {"op", "quote", "statement"}
    by_id = {r["id"]: r for r in records}
    assert by_id["q2"]["claimed_speaker"] == "Choe"
    assert by_id["q2"]["speaker"] == "Choe Son-hui"
    assert by_id["q3"]["speaker"] == "Sergey Lavrov"
    assert by_id["q5"]["diff"] == [{"op": "replace", "quote": "3000", "statement": "300"}]
    assert {"op": "delete", "quote": "", "statement": "not"} in by_id["q4"]["diff"]


def test_verify_quotes_to_a_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    args = ["verify", "--quotes", str(SEED_QUOTES), "--archive", str(SEED_ARCHIVE), "-o", str(out)]
    assert main(args) == 0
    assert capsys.readouterr().out == ""
    assert len(_lines(out.read_text(encoding="utf-8"))) == len(SEED_VERDICTS)


def test_verify_quotes_with_a_bad_line(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = _statements(
        tmp_path / "quotes.jsonl",
        [
            {"id": "a", "quote": "We will hire 300 new teachers."},
            "{not json",
            {"id": "c", "quote": "", "speaker": "Dana Whitfield"},
            {"id": "d", "quote": "We will hire 300 new teachers.", "speaker": 7},
            {"quote": "Our port handled more cargo last year.", "speaker": "Marcus Obi"},
        ],
    )
    assert main(["verify", "--quotes", str(quotes), "--archive", str(SEED_ARCHIVE)]) == 2
    captured = capsys.readouterr()
    records = _lines(captured.out)
    # Every good line is still checked; a line without an id gets its line number.
    assert [(r["id"], r["verdict"]) for r in records] == [("a", "truncated"), ("5", "truncated")]
    assert records[0]["claimed_speaker"] is None
    assert f"{quotes}, line 2" in captured.err
    assert f"{quotes}, line 3, field 'quote'" in captured.err
    assert f"{quotes}, line 4, field 'speaker'" in captured.err


# -- verify articles -----------------------------------------------------------------------------


def test_verify_an_article(seed_db: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(SEED_ARTICLE), "--archive", str(seed_db)]) == 0
    (document,) = _lines(capsys.readouterr().out)
    assert document["id"] == SEED_ARTICLE.name
    quotes = document["quotes"]
    checked = [q for q in quotes if q["kind"] in ("speech", "fragment")]
    assert checked
    for quote in quotes:
        assert "verification" in quote
        if quote["kind"] in ("speech", "fragment"):
            verification = quote["verification"]
            assert verification is not None, quote["text"]
            assert set(verification) >= QUOTE_FIELDS - {"id"}
            assert verification["claimed_speaker"] == quote["speaker"]
        else:
            assert quote["verification"] is None, quote["text"]
    verdicts = {q["text"]: q["verification"]["verdict"] for q in checked}
    full = next(text for text in verdicts if text.startswith("We reaffirm"))
    assert verdicts[full] == "verbatim"


def test_verify_an_article_against_a_jsonl_archive(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["verify", str(SEED_ARTICLE), "--archive", str(SEED_ARCHIVE)]) == 0
    (document,) = _lines(capsys.readouterr().out)
    assert any(q.get("verification") for q in document["quotes"])


def test_verify_in_two_workers_writes_what_one_process_writes(
    seed_db: pathlib.Path, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    _statements(
        corpus,
        [{"id": f"d{n}", "text": article if n % 2 else "“No,” said Jane Doe."} for n in range(6)],
    )
    outputs = []
    for workers in ("1", "2"):
        assert main(["verify", str(corpus), "--archive", str(seed_db), "--workers", workers]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert [d["id"] for d in _lines(outputs[1])] == [f"d{n}" for n in range(6)]
    assert any(q.get("verification") for q in _lines(outputs[1])[1]["quotes"])


def test_verify_in_workers_needs_an_archive_file(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["verify", str(SEED_ARTICLE), "--archive", str(SEED_ARCHIVE), "--workers", "2"]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--workers needs an archive file" in captured.err
    assert "quoteattr archive import" in captured.err


# -- verify: what cannot run ---------------------------------------------------------------------


def test_verify_with_an_archive_that_is_not_one(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    for path in (other, SEED_ARTICLE):
        assert main(["verify", "--quotes", str(SEED_QUOTES), "--archive", str(path)]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert f"{path}: not a quoteattr archive" in captured.err


def test_verify_with_a_missing_archive(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "missing.sqlite"
    assert main(["verify", str(SEED_ARTICLE), "--archive", str(db)]) == 2
    assert "no such archive" in capsys.readouterr().err
    assert not db.exists()


def test_verify_with_a_bad_statements_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _statements(tmp_path / "s.jsonl", [{"id": "a", "speaker": "X"}])
    assert main(["verify", "--quotes", str(SEED_QUOTES), "--archive", str(bad)]) == 2
    assert f"{bad}, line 1, field 'text'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "--archive", str(SEED_ARCHIVE)],
        ["verify", str(SEED_ARTICLE), "--quotes", str(SEED_QUOTES), "--archive", str(SEED_ARCHIVE)],
    ],
    ids=["neither", "both"],
)
def test_verify_needs_articles_or_quotes(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "either articles (PATH...) or --quotes FILE" in captured.err


def test_verify_needs_an_archive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--quotes", str(SEED_QUOTES)]) == 2
    assert "--archive" in capsys.readouterr().err
