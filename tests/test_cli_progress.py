"""The progress line of multi-document runs (#5 section 1): on standard error, only when
it is a terminal, never in the output; run in-process with a fake terminal."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr import cli
from quoteattr.cli import _Progress, main

ROOT = Path(__file__).resolve().parent.parent
SEED_ARCHIVE = ROOT / "seeds" / "archive.jsonl"
SEED_QUOTES = ROOT / "seeds" / "quotes.jsonl"
SPEECH = "“We will rebuild,” Mayor Jane Doe said."


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def corpus(path: Path, count: int) -> Path:
    path.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": SPEECH}) + "\n" for i in range(count)),
        encoding="utf-8",
    )
    return path


def use_terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    """Make standard error a terminal (in the test itself: pytest sets its own capture
    of sys.stderr again between a fixture's setup and the test)."""
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    return stderr


def final_line(stderr: str) -> str:
    return stderr.split("\r")[-1]


def test_progress_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = use_terminal(monkeypatch)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus(tmp_path / "c.jsonl", 5)), "-o", str(out)]) == 0
    err = terminal.getvalue()
    assert err.startswith("\rquoteattr: 2 documents done, ")  # from the second on
    assert final_line(err).startswith("quoteattr: 5 documents done, ")
    assert final_line(err).rstrip().endswith("docs/s")
    assert err.endswith("\n")  # the final count stays, on its own line
    written = out.read_text(encoding="utf-8")
    assert "\r" not in written and "docs/s" not in written
    assert len(written.splitlines()) == 5


def test_progress_of_verify_quotes_counts_quotations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = use_terminal(monkeypatch)
    out = tmp_path / "out.csv"
    args = ["verify", "--quotes", str(SEED_QUOTES), "--archive", str(SEED_ARCHIVE)]
    assert main([*args, "--format", "csv", "-o", str(out)]) == 0
    assert final_line(terminal.getvalue()).startswith("quoteattr: 6 quotations done, ")
    assert "quotations done" not in out.read_text(encoding="utf-8")


def test_progress_with_workers_and_to_redirected_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = use_terminal(monkeypatch)
    # capsys's stdout is not a terminal: the output is redirected, the progress shown.
    assert main(["extract", str(corpus(tmp_path / "c.jsonl", 4)), "--workers", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    assert final_line(terminal.getvalue()).startswith("quoteattr: 4 documents done, ")


def test_no_progress_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus(tmp_path / "c.jsonl", 5)), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""


def test_no_progress_when_the_output_goes_to_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = use_terminal(monkeypatch)
    stdout = Terminal()
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["extract", str(corpus(tmp_path / "c.jsonl", 5))]) == 0
    assert len(stdout.getvalue().splitlines()) == 5
    assert terminal.getvalue() == ""


def test_no_progress_for_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = use_terminal(monkeypatch)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus(tmp_path / "c.jsonl", 1)), "-o", str(out)]) == 0
    assert terminal.getvalue() == ""


def test_messages_are_not_run_into_the_progress_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = use_terminal(monkeypatch)
    source = corpus(tmp_path / "c.jsonl", 3)
    with source.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n" + json.dumps({"id": "last", "text": SPEECH}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(source), "-o", str(out)]) == 2
    lines = terminal.getvalue().split("\n")
    message = next(line for line in lines if "not valid JSON" in line)
    # The progress line was blanked out first: the message starts a clean line.
    assert message.split("\r")[-1].startswith("quoteattr: error: ")
    assert message.split("\r")[-2].strip() == ""
    assert final_line(terminal.getvalue()).startswith("quoteattr: 4 documents done, ")


def test_ctrl_c_with_progress_keeps_every_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = use_terminal(monkeypatch)
    real = cli.extract
    calls: list[str] = []

    def interrupted(text: str) -> Any:
        calls.append(text)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(text)

    monkeypatch.setattr(cli, "extract", interrupted)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus(tmp_path / "c.jsonl", 6)), "-o", str(out)]) == 130
    written = out.read_text(encoding="utf-8")
    assert [json.loads(line)["id"] for line in written.splitlines()] == ["d0", "d1", "d2"]
    assert written.endswith("\n")
    err = terminal.getvalue()
    assert "\nquoteattr: stopped: interrupted\n" in err  # on its own line
    assert "3 documents done" in err


def test_redraws_at_most_ten_times_a_second() -> None:
    now = [0.0]
    stream = Terminal()
    progress = _Progress(stream, "documents", "docs/s", clock=lambda: now[0])
    for _ in range(1000):  # a thousand documents in the same instant: one redraw
        progress.step()
    assert stream.getvalue().count("\r") == 1
    now[0] = 0.05
    progress.step()
    assert stream.getvalue().count("\r") == 1
    now[0] = 2.0
    progress.step()
    assert stream.getvalue().endswith("quoteattr: 1,002 documents done, 501.0 docs/s")
    progress.clear()
    assert stream.getvalue().endswith("\r")
    progress.close()
    assert stream.getvalue().endswith("quoteattr: 1,002 documents done, 501.0 docs/s\n")


def test_a_closed_stderr_does_not_stop_the_run() -> None:
    stream = Terminal()
    stream.close()
    progress = _Progress(stream, "documents", "docs/s")
    for _ in range(3):
        progress.step()
    progress.close()  # no exception
