"""``quoteattr report`` end to end (#5 sections 1 and 2), run in-process through
``main([...])``. What the page looks like in a browser is tests/test_html's business;
here: the command reads its inputs as extract does, writes one complete page, and
fails cleanly."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest

from quoteattr import cli
from quoteattr.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_ebce1b236a75e8e9.txt"
SEED_ARCHIVE = ROOT / "seeds" / "archive.jsonl"
SEED_GOLD = ROOT / "seeds" / "000_ebce1b236a75e8e9.gold.json"
SPEECH = "“We will rebuild,” Mayor Jane Doe said."


def seed_quotes(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["verify", str(SEED_ARTICLE), "--archive", str(SEED_ARCHIVE)]) == 0
    quotes: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["quotes"]
    return quotes


def test_report_of_the_seed_article_with_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = seed_quotes(capsys)
    out = tmp_path / "report.html"
    args = ["report", str(SEED_ARTICLE), "--archive", str(SEED_ARCHIVE), "-o", str(out)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")
    page = out.read_text(encoding="utf-8")
    body = page.split("</style>", 1)[1]  # the style sheet names every verdict
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert page.rstrip().endswith("</html>")
    assert "<title>quoteattr report</title>" in page
    assert SEED_ARTICLE.name in page
    assert len(quotes) == 4
    for quote in quotes:
        assert html.escape(quote["text"], quote=False) in body
        assert quote["speaker"] in body
        assert quote["verification"]["verdict"] in body
    # The matched statements are shown, from the archive.
    assert "seed-choe-1" in page or "MENAFN" in page
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed


def test_report_without_an_archive_has_no_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(SEED_ARTICLE), "-o", str(out), "--title", "Seed <article>"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>Seed &lt;article&gt;</title>" in page
    assert "Choe Son-hui" in page
    body = page.split("</style>", 1)[1]  # the style sheet names every verdict
    assert "Choe Son-hui" in body
    for verdict in ("verbatim", "truncated"):
        assert verdict not in body


def test_report_to_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    assert main(["report", str(tmp_path / "a.txt")]) == 0
    page = capsys.readouterr().out
    assert page.lower().startswith("<!doctype html>")
    assert "We will rebuild," in page and "Jane Doe" in page


def test_report_reads_inputs_as_extract_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"url": "doc-one", "body": SPEECH})
        + "\n{not json\n"
        + json.dumps({"url": "doc-two", "body": "It was a “grave mistake.”"})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    args = ["report", str(corpus), "--id-field", "url", "--text-field", "body", "-o", str(out)]
    assert main(args) == 2  # the bad line is reported; the page holds the other documents
    assert f"{corpus}, line 2: not valid JSON" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "doc-one" in page and "doc-two" in page and "grave mistake." in page


def test_report_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "such" / "report.html"
    assert main(["report", str(SEED_ARTICLE), "-o", str(target)]) == 2
    assert f"{target}: cannot write the file" in capsys.readouterr().err


def test_report_must_not_overwrite_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_bytes(SEED_ARCHIVE.read_bytes())
    args = ["report", str(SEED_ARTICLE), "--archive", str(archive), "-o", str(archive)]
    assert main(args) == 2
    assert "also an input" in capsys.readouterr().err
    assert archive.read_bytes() == SEED_ARCHIVE.read_bytes()


def test_report_with_a_bad_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.html"
    missing = tmp_path / "missing.sqlite"
    assert main(["report", str(SEED_ARTICLE), "--archive", str(missing), "-o", str(out)]) == 2
    assert "no such archive" in capsys.readouterr().err
    assert not out.exists()


def test_interrupted_report_leaves_the_earlier_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.html"
    out.write_text("the earlier report", encoding="utf-8")

    def interrupted(text: str) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "extract", interrupted)
    assert main(["report", str(SEED_ARTICLE), "-o", str(out)]) == 130
    assert out.read_text(encoding="utf-8") == "the earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]  # no half page left


@pytest.mark.usefixtures("extract_fails_on_boom")
def test_a_bug_in_one_document_is_status_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text(SPEECH, encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(tmp_path), "-o", str(out)]) == 3
    assert "cannot process document 'a.txt'" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "b.txt" in page and "We will rebuild," in page
