"""Tests for the command's output formats and exit statuses (#5 section 1, #6 section 4):
``--format jsonl|csv|table``, ``--safe-csv``, ``verify --fail-on``, standard input for
``verify --quotes``, and the progress line; run in-process through ``main([...])``."""

from __future__ import annotations

import csv
import html
import io
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from quoteattr.cli import main
from quoteattr.formats import (
    DOCUMENT_COLUMNS,
    FORMULA_STARTS,
    QUOTE_COLUMNS,
    VERIFIED_COLUMNS,
    CsvFormat,
    TableFormat,
    diff_text,
    neutralise_formula,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_ebce1b236a75e8e9.txt"
SEED_ARCHIVE = SEEDS / "archive.jsonl"
SEED_QUOTES = SEEDS / "quotes.jsonl"

SPEECH = "“We will rebuild,” Mayor Jane Doe said."
# Interrupted, over two paragraphs (CRLF), with a name and a fragment: every shape of entry.
MIXED = (
    "“We will rebuild,” Mayor Jane Doe said, “and we will do it fast.”\r\n\r\n"
    "“It is over,\r\n\r\n“and it was a grave mistake,” she added. "
    "Her rival called it a “holy war.” “It is over\r\nand done,” the mayor said. "
    "“Lone\rcarriage return,” she said."
)


def jsonl(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def csv_rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output, newline="")))


def corpus(path: Path, *texts: str) -> Path:
    path.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    return path


def cell(value: Any) -> str:
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- jsonl stays the default ---------------------------------------------------------------


def test_jsonl_is_the_default_and_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = corpus(tmp_path / "c.jsonl", MIXED, SPEECH, "Nothing quoted.")
    assert main(["extract", str(source)]) == 0
    default = capsys.readouterr().out
    assert main(["extract", str(source), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == default
    # The same bytes as the records the library makes.
    from quoteattr.pipeline import extract
    from quoteattr.render import document_record

    texts = [MIXED, SPEECH, "Nothing quoted."]
    expected = "".join(
        json.dumps(document_record(f"d{i}", extract(t)), ensure_ascii=False) + "\n"
        for i, t in enumerate(texts)
    )
    assert default == expected


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_ARTICLE), "--format", "xml"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "invalid choice: 'xml'" in captured.err


# -- csv -------------------------------------------------------------------------------------


def test_csv_has_one_row_per_segment_with_the_jsonl_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = corpus(tmp_path / "c.jsonl", MIXED, "Nothing quoted.", SPEECH)
    assert main(["extract", str(source)]) == 0
    records = jsonl(capsys.readouterr().out)
    assert main(["extract", str(source), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ",".join(DOCUMENT_COLUMNS)
    rows = csv_rows(out)
    expected = [
        {"id": record["id"], **{k: cell(v) for k, v in entry.items()}}
        for record in records
        for entry in record["quotes"]
    ]
    assert rows == expected
    # Line breaks inside a quotation survive the round trip, so offsets still index.
    texts = {"d0": MIXED, "d2": SPEECH}
    assert any("\r\n" in row["text"] for row in rows)
    assert any(row["text"] == "Lone\rcarriage return," for row in rows)
    for row in rows:
        assert texts[row["id"]][int(row["start"]) : int(row["end"])] == row["text"]
    assert "d1" not in {row["id"] for row in rows}  # no quotations, no rows


def test_csv_of_nothing_is_the_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("No quotations here.", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path / "a.txt"), "--format", "csv", "-o", str(out)]) == 0
    assert out.read_bytes() == (",".join(DOCUMENT_COLUMNS) + "\r\n").encode()


def test_csv_of_verified_articles(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["verify", str(SEED_ARTICLE), "--archive", str(SEED_ARCHIVE)]
    assert main(args) == 0
    [record] = jsonl(capsys.readouterr().out)
    assert main([*args, "--format", "csv"]) == 0
    rows = csv_rows(capsys.readouterr().out)
    assert list(rows[0]) == list(VERIFIED_COLUMNS)
    assert len(rows) == len(record["quotes"])
    for row, entry in zip(rows, record["quotes"], strict=True):
        assert row["text"] == entry["text"]
        verification = entry["verification"]
        assert row["verdict"] == verification["verdict"]
        assert row["statement_speaker"] == cell(verification["speaker"])
        assert row["statement_id"] == verification["statement_id"]
        assert row["diff"] == diff_text(verification["diff"])
        assert row["explanation"] == verification["explanation"]
    assert "verbatim" in {row["verdict"] for row in rows}


def test_csv_of_verified_articles_leaves_unchecked_quotations_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("They watched “Saturday Night Live” again.", encoding="utf-8")
    args = ["verify", str(tmp_path / "a.txt"), "--archive", str(SEED_ARCHIVE), "--format", "csv"]
    assert main(args) == 0
    [row] = csv_rows(capsys.readouterr().out)
    assert row["kind"] == "title"
    assert all(row[column] == "" for column in VERIFIED_COLUMNS[len(DOCUMENT_COLUMNS) :])


def test_csv_of_quotes_with_a_readable_diff(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["verify", "--quotes", str(SEED_QUOTES), "--archive", str(SEED_ARCHIVE)]
    assert main([*args, "--format", "csv"]) == 0
    rows = {row["id"]: row for row in csv_rows(capsys.readouterr().out)}
    assert list(next(iter(rows.values()))) == list(QUOTE_COLUMNS)
    assert rows["q5"]["diff"] == 'replace "300" with "3000"'
    assert rows["q4"]["diff"] == 'delete "not"'
    assert rows["q4"]["meaning_change"] == "true"
    assert rows["q3"]["verdict"] == "misattributed"
    assert (rows["q3"]["claimed_speaker"], rows["q3"]["speaker"]) == (
        "Choe Son-hui",
        "Sergey Lavrov",
    )
    quotes = [json.loads(line) for line in SEED_QUOTES.read_text(encoding="utf-8").splitlines()]
    assert [rows[q["id"]]["quote"] for q in quotes] == [q["quote"] for q in quotes]


def test_diff_text_names_each_edit() -> None:
    edits = [
        {"op": "delete", "quote": "", "statement": "not at all"},
        {"op": "insert", "quote": "really", "statement": ""},
        {"op": "replace", "quote": "3000", "statement": "300"},
    ]
    assert diff_text(edits) == ('delete "not at all"; insert "really"; replace "300" with "3000"')


# -- --safe-csv ------------------------------------------------------------------------------

HOSTILE = "“=HYPERLINK(A1;B2)” Mayor Jane Doe said. “@SUM(A1)” she added."


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_neutralise_formula_prefixes_each_dangerous_start(start: str) -> None:
    assert neutralise_formula(f"{start}1+2") == f"'{start}1+2"


@pytest.mark.parametrize("text", ["We will rebuild.", "", "a=b", "'=quoted already", "1-2"])
def test_neutralise_formula_leaves_other_cells_alone(text: str) -> None:
    assert neutralise_formula(text) == text


def test_safe_csv_neutralises_text_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps({"id": "-cmd|calc", "text": HOSTILE}) + "\n", encoding="utf-8")
    assert main(["extract", str(source), "--format", "csv"]) == 0
    plain = csv_rows(capsys.readouterr().out)
    assert [row["text"] for row in plain] == ["=HYPERLINK(A1;B2)", "@SUM(A1)"]
    assert main(["extract", str(source), "--format", "csv", "--safe-csv"]) == 0
    safe = csv_rows(capsys.readouterr().out)
    assert [row["text"] for row in safe] == ["'=HYPERLINK(A1;B2)", "'@SUM(A1)"]
    assert {row["id"] for row in safe} == {"'-cmd|calc"}
    for plain_row, safe_row in zip(plain, safe, strict=True):
        for column in DOCUMENT_COLUMNS:
            if column not in ("id", "text"):  # numbers, names, cues: untouched
                assert safe_row[column] == plain_row[column], column
    # No cell of the safe output starts a formula.
    for row in safe:
        assert not any(value.startswith(FORMULA_STARTS) for value in row.values())


def test_safe_csv_in_verify_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quotes = tmp_path / "q.jsonl"
    quotes.write_text(
        json.dumps({"id": "=1+1", "quote": "+We will hire 300 new teachers.", "speaker": "@x"})
        + "\n",
        encoding="utf-8",
    )
    args = ["verify", "--quotes", str(quotes), "--archive", str(SEED_ARCHIVE), "--format", "csv"]
    assert main([*args, "--safe-csv"]) == 0
    [row] = csv_rows(capsys.readouterr().out)
    assert (row["id"], row["quote"], row["claimed_speaker"]) == (
        "'=1+1",
        "'+We will hire 300 new teachers.",
        "'@x",
    )


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_safe_csv_needs_csv(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(SEED_ARTICLE), "--format", fmt, "--safe-csv", "-o", str(out)]) == 2
    assert "--safe-csv applies to --format csv only" in capsys.readouterr().err
    assert not out.exists()


# -- table -----------------------------------------------------------------------------------


def display_width(line: str) -> int:
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        for c in line
    )


def test_table_lists_quote_speaker_cue_and_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["verify", str(SEED_ARTICLE), "--archive", str(SEED_ARCHIVE)]
    assert main(args) == 0
    [record] = jsonl(capsys.readouterr().out)
    assert main([*args, "--format", "table"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["QUOTE", "SPEAKER", "CUE", "VERDICT"]
    assert lines[1] == SEED_ARTICLE.name
    assert len(lines) == 2 + len(record["quotes"])
    for line, entry in zip(lines[2:], record["quotes"], strict=True):
        assert entry["speaker"] in line
        assert entry["cue"] in line
        assert line.rstrip().endswith(entry["verification"]["verdict"])
        quote = entry["text"]
        assert quote in line or (line.split("…")[0].strip() in quote and "…" in line)
        assert len(line) <= 100
    # The columns line up: each column starts where its header does.
    for name in ("SPEAKER", "CUE", "VERDICT"):
        column = lines[0].index(name)
        assert all(line[column - 2 : column] == "  " for line in lines[2:])


def test_table_cuts_long_cells_and_keeps_the_terminal_safe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_quote = "We will " + "rebuild every bridge and " * 20 + "school."
    text = (
        f"“{long_quote}” Mayor Jane Doe said.\n\n"
        "“Evil \x1b]0;pwned\x07 \x1b[31mred\x1b[0m text,” Jane Doe added. "
        "“東京では言葉が大切だ。” Jane Doe said."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    lines = out.splitlines()
    assert len(lines) == 5
    assert all(display_width(line) <= 100 for line in lines)
    assert "We will rebuild every bridge" in lines[2] and "…" in lines[2]
    assert "Jane Doe" in lines[2]  # the speaker is still shown after a cut quotation
    assert "\ufffd" in lines[3]  # the escape characters, made visible
    speaker_column = lines[0].index("SPEAKER")
    assert display_width(lines[4][: lines[4].index("Jane Doe")]) == speaker_column


def test_table_of_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["verify", "--quotes", str(SEED_QUOTES), "--archive", str(SEED_ARCHIVE)]
    assert main([*args, "--format", "table"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "QUOTE", "SPEAKER", "VERDICT", "STATEMENT"]
    assert [line.split()[0] for line in lines[1:]] == ["q1", "q2", "q3", "q4", "q5", "q6"]
    assert "misattributed" in lines[3] and "seed-lavrov-1" in lines[3]


def test_table_width_follows_the_given_width() -> None:
    record = {"id": "x" * 80, "quotes": []}
    assert TableFormat(width=60).document(record) == "…" + "x" * 44 + ": no quotations\n"
    narrow = TableFormat(width=60).header()
    wide = TableFormat(width=120).header()
    assert narrow.index("SPEAKER") + 60 == wide.index("SPEAKER")


def test_csv_format_header_row_and_booleans() -> None:
    fmt = CsvFormat(["id", "flag", "none"], safe=True)
    assert fmt.header() == "id,flag,none\r\n"
    assert fmt.verdict("q", "x", {"diff": []}) == "q,,\r\n"


# -- verify --fail-on ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "status"),
    [("fabricated", 1), ("misattributed,fabricated", 1), ("verbatim", 0), ("paraphrase", 0)],
)
def test_fail_on_with_quotes(labels: str, status: int, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["verify", "--quotes", str(SEED_QUOTES), "--archive", str(SEED_ARCHIVE)]
    assert main([*args, "--fail-on", labels]) == status
    captured = capsys.readouterr()
    assert len(jsonl(captured.out)) == 6  # every quotation written all the same
    assert captured.err == ""


@pytest.mark.parametrize(("labels", "status"), [("verbatim", 1), ("fabricated,altered", 0)])
def test_fail_on_with_articles(
    labels: str, status: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    args = ["verify", str(SEED_ARTICLE), "--archive", str(SEED_ARCHIVE), "--format", "csv"]
    assert main([*args, "--fail-on", labels, "-o", str(out)]) == status
    assert len(csv_rows(out.read_text(encoding="utf-8"))) == 4


@pytest.mark.parametrize("labels", ["bogus", "fabricated,Bogus", ",", ""])
def test_fail_on_unknown_label_is_a_usage_error(
    labels: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["verify", "--quotes", str(SEED_QUOTES), "--archive", str(SEED_ARCHIVE)]
    assert main([*args, "--fail-on", labels]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not a verdict" in captured.err
    assert "misattributed" in captured.err  # the choices are listed


def test_bad_input_outranks_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quotes = tmp_path / "q.jsonl"
    quotes.write_text(SEED_QUOTES.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    args = ["verify", "--quotes", str(quotes), "--archive", str(SEED_ARCHIVE)]
    assert main([*args, "--fail-on", "fabricated"]) == 2
    assert len(jsonl(capsys.readouterr().out)) == 6


@pytest.mark.usefixtures("extract_fails_on_boom")
def test_a_bug_in_verify_is_status_3_and_the_rest_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = corpus(tmp_path / "c.jsonl", "boom", SPEECH)
    args = ["verify", str(source), "--archive", str(SEED_ARCHIVE), "--fail-on", "fabricated"]
    assert main(args) == 3
    out, err = capsys.readouterr()
    assert [r["id"] for r in jsonl(out)] == ["d1"]
    assert f"{source}, line 1: cannot process document 'd0'" in err


# -- inputs and outputs ------------------------------------------------------------------------


def test_verify_quotes_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SEED_QUOTES.read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("\ufeff" + text + "{bad\n"))
    assert main(["verify", "--quotes", "-", "--archive", str(SEED_ARCHIVE)]) == 2
    out, err = capsys.readouterr()
    assert [r["id"] for r in jsonl(out)] == ["q1", "q2", "q3", "q4", "q5", "q6"]
    assert "<stdin>, line 7: not valid JSON" in err


def test_verify_output_must_not_be_the_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_bytes(SEED_ARCHIVE.read_bytes())
    args = ["verify", "--quotes", str(SEED_QUOTES), "--archive", str(archive), "-o", str(archive)]
    assert main(args) == 2
    assert "also an input" in capsys.readouterr().err
    assert archive.read_bytes() == SEED_ARCHIVE.read_bytes()


def test_resume_needs_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    args = ["extract", str(SEED_ARTICLE), "-o", str(out), "--resume", "--format", "csv"]
    assert main(args) == 2
    assert "--resume works with --format jsonl only" in capsys.readouterr().err


def test_csv_and_table_on_a_stream_that_is_not_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    for fmt in ("csv", "table"):
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
        monkeypatch.setattr(sys, "stdout", stdout)
        assert main(["extract", str(SEED_ARTICLE), "--format", fmt]) == 0
        stdout.flush()
        data = stdout.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]
        assert "until victory." in data
        assert "\\u2026" in data or fmt == "csv"  # the ellipsis of a cut cell, escaped


def test_html_report_escapes_nothing_twice(tmp_path: Path) -> None:
    # The report command hands the text to quoteattr.html: a quotation with markup in it
    # comes out escaped once (the browser test of that page is test_html's).
    (tmp_path / "a.txt").write_text(
        "“<script>alert(1)</script> & more,” Jane Doe said.", encoding="utf-8"
    )
    out = tmp_path / "r.html"
    assert main(["report", str(tmp_path / "a.txt"), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert html.escape("<script>alert(1)</script>", quote=False) in page
