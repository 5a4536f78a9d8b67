"""Tests for the ``quoteattr`` command, run in-process through ``main([...])``."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr import cli
from quoteattr.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/000_ebce1b236a75e8e9.txt"

SPEECH = "“We will rebuild,” Mayor Jane Doe said."
FRAGMENT = "The council called it a “grave mistake.”"


def records(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


def assert_offsets_index(text: str, record: dict[str, Any]) -> None:
    assert record["quotes"], "expected quotations"
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["speaker_start"] is not None:
            assert quote["speaker_end"] > quote["speaker_start"]


# Inputs


def test_text_file_id_is_file_name_and_offsets_index_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"{SPEECH} {FRAGMENT}"
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    assert main(["extract", str(tmp_path / "story.txt")]) == 0
    out, err = capsys.readouterr()
    [record] = records(out)
    assert record["id"] == "story.txt"
    assert [q["text"] for q in record["quotes"]] == ["We will rebuild,", "grave mistake."]
    assert record["quotes"][0]["speaker"] == "Jane Doe"
    assert_offsets_index(text, record)
    assert err == ""


def test_seed_article_quotes_at_known_offsets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["extract", SEED]) == 0
    [record] = records(capsys.readouterr().out)
    assert record["id"] == Path(SEED).name
    spans = [(q["start"], q["end"]) for q in record["quotes"]]
    assert spans == [(191, 205), (459, 468), (687, 781), (1459, 1486)]
    text = (ROOT / SEED).read_text(encoding="utf-8")
    assert_offsets_index(text, record)


def test_jsonl_with_custom_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_jsonl(
        tmp_path / "corpus.jsonl",
        {"url": "u1", "body": SPEECH},
        {"url": "u2", "body": FRAGMENT},
    )
    assert main(["extract", str(corpus), "--id-field", "url", "--text-field", "body"]) == 0
    out = records(capsys.readouterr().out)
    assert [r["id"] for r in out] == ["u1", "u2"]
    assert_offsets_index(SPEECH, out[0])
    assert_offsets_index(FRAGMENT, out[1])


def test_stdin_text(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(SPEECH))
    assert main(["extract", "-"]) == 0
    [record] = records(capsys.readouterr().out)
    assert record["id"] == "-"
    assert_offsets_index(SPEECH, record)


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": "a", "text": SPEECH}) + "\n"))
    assert main(["extract", "--input-format", "jsonl", "-"]) == 0
    assert [r["id"] for r in records(capsys.readouterr().out)] == ["a"]


def test_directory_recursive_sorted_with_glob(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    for name in ["b.txt", "a.txt", "sub/c.txt", "skip.md"]:
        (tmp_path / name).write_text(SPEECH, encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    assert [r["id"] for r in records(capsys.readouterr().out)] == ["a.txt", "b.txt", "sub/c.txt"]
    assert main(["extract", str(tmp_path), "--glob", "*.md"]) == 0
    assert [r["id"] for r in records(capsys.readouterr().out)] == ["skip.md"]


def test_several_paths_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "z.txt").write_text(SPEECH, encoding="utf-8")
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "j", "text": FRAGMENT})
    assert main(["extract", str(tmp_path / "z.txt"), str(corpus)]) == 0
    assert [r["id"] for r in records(capsys.readouterr().out)] == ["z.txt", "j"]


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("“Café society,” Mayor Jane Doe said.", encoding="utf-8")
    result = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(result)]) == 0
    assert capsys.readouterr().out == ""
    [record] = records(result.read_text(encoding="utf-8"))
    assert record["id"] == "a.txt"
    assert '"text": "Café society,"' in result.read_text(encoding="utf-8")  # UTF-8, unescaped
    assert result.read_bytes().endswith(b"}\n")


def test_output_file_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    target = tmp_path / "no" / "such" / "dir.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(target)]) == 2
    assert str(target) in capsys.readouterr().err


def test_output_file_must_not_be_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "a", "text": SPEECH})
    assert main(["extract", str(corpus), "-o", str(corpus)]) == 2
    assert "also an input" in capsys.readouterr().err
    assert json.loads(corpus.read_text(encoding="utf-8"))["id"] == "a"  # not truncated


def test_bom_and_crlf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"{SPEECH}\r\n\r\n“It is over,” she added.\r\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "j", "text": text}).encode() + b"\r\n")
    assert main(["extract", str(tmp_path / "a.txt"), str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    for record in records(out):
        assert [q["text"] for q in record["quotes"]] == ["We will rebuild,", "It is over,"]
        assert_offsets_index(text, record)  # the text as read: CRLF kept, BOM dropped


# Bad input: exit 2, a message naming file, line and field, and the rest still written


def test_bad_json_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        {"id": "a", "text": SPEECH},
        '{"id": "b", "text": ',
        {"id": "c", "text": FRAGMENT},
    )
    assert main(["extract", str(corpus)]) == 2
    out, err = capsys.readouterr()
    assert [r["id"] for r in records(out)] == ["a", "c"]
    assert f"{corpus}, line 2: not valid JSON" in err
    assert err.startswith("quoteattr: error: ")


def test_missing_text_field_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl", {"id": "a", "body": SPEECH}, {"id": "b", "text": SPEECH}
    )
    assert main(["extract", str(corpus)]) == 2
    out, err = capsys.readouterr()
    assert [r["id"] for r in records(out)] == ["b"]
    assert f"{corpus}, line 1, field 'text': the text is missing" in err
    assert "--text-field" in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(missing), str(tmp_path / "a.txt")]) == 2
    out, err = capsys.readouterr()
    assert [r["id"] for r in records(out)] == ["a.txt"]
    assert f"{missing}: cannot read the file" in err


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "blocked.txt"
    blocked.write_text(SPEECH, encoding="utf-8")
    blocked.chmod(0)
    try:
        if os.access(blocked, os.R_OK):  # root reads anything: read through a file instead
            blocked = tmp_path / "blocked.txt" / "inside.txt"
        assert main(["extract", str(blocked)]) == 2
    finally:
        (tmp_path / "blocked.txt").chmod(0o644)
    assert f"{blocked}: cannot read the file" in capsys.readouterr().err


def test_invalid_utf8_names_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes(b"Line one.\nCaf\xe9 society.\n")
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        b'{"id": "a", "text": "caf\xe9"}\n' + json.dumps({"id": "b", "text": SPEECH}).encode()
    )
    assert main(["extract", str(tmp_path / "a.txt"), str(corpus)]) == 2
    out, err = capsys.readouterr()
    assert [r["id"] for r in records(out)] == ["b"]
    assert f"{tmp_path / 'a.txt'}, line 2: not valid UTF-8 at byte offset 13" in err
    assert f"{corpus}, line 1: not valid UTF-8 at byte offset 24" in err


def test_usage_error_is_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) == 2
    assert "usage: quoteattr extract" in capsys.readouterr().err


# Help and version


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: quoteattr ")
    assert "extract" in out


def test_extract_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: quoteattr extract ")
    for option in ["--output", "--id-field", "--text-field", "--glob", "--input-format"]:
        assert option in out


def test_version_with_python_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quoteattr", "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"quoteattr {quoteattr.__version__}"


# Interruptions, closed pipes, failures


def test_ctrl_c_keeps_written_lines_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", *({"id": str(i), "text": SPEECH} for i in range(5)))
    real_extract = cli.extract
    calls = []

    def interrupted_extract(text: str) -> Any:
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_extract(text)

    monkeypatch.setattr(cli, "extract", interrupted_extract)
    assert main(["extract", str(corpus)]) == 130
    out, err = capsys.readouterr()
    assert [r["id"] for r in records(out)] == ["0", "1"]
    assert out.endswith("\n")
    assert "Traceback" not in err
    assert "interrupted" in err


def test_ctrl_c_during_a_write_finishes_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("Ctrl-C is handled by someone else here")

    class InterruptedWhileWriting(io.StringIO):
        def write(self, text: str) -> int:
            os.kill(os.getpid(), signal.SIGINT)  # arrives in the middle of the write
            half = len(text) // 2
            return super().write(text[:half]) + super().write(text[half:])

    stdout = InterruptedWhileWriting()
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "a.txt")]) == 130
    assert [r["id"] for r in records(stdout.getvalue())] == ["a.txt"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored


def test_broken_pipe_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["extract", str(tmp_path / "a.txt")]) == 141
    assert capsys.readouterr().err == ""


@pytest.mark.usefixtures("extract_fails_on_boom")
def test_a_failing_document_is_reported_and_the_others_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl", {"id": "a", "text": "boom"}, {"id": "b", "text": SPEECH}
    )
    assert main(["extract", str(corpus)]) == 3  # a bug, not bad input (nor a --fail-on finding)
    out, err = capsys.readouterr()
    assert [r["id"] for r in records(out)] == ["b"]
    assert f"{corpus}, line 1: cannot process document 'a'" in err
    assert "RuntimeError: simulated bug" in err


def test_non_utf8_stdout_gets_ascii_escapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    (tmp_path / "a.txt").write_text("She said “Caf\u00e9 now.”", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    stdout.flush()
    data = stdout.buffer.getvalue()  # type: ignore[attr-defined]
    assert data.isascii()
    assert json.loads(data)["quotes"][0]["text"] == "Caf\u00e9 now."


def test_lone_surrogate_from_json_is_written_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "He said “\\ud800 no.”"}\n', encoding="utf-8")
    assert main(["extract", str(corpus)]) == 0
    [record] = records(capsys.readouterr().out)
    assert record["quotes"][0]["text"] == "\ud800 no."


# Workers and resuming (#7)


def mixed_inputs(tmp_path: Path) -> list[str]:
    """A JSONL corpus with an unreadable line, and a directory of text files."""
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        *({"id": f"j{i}", "text": [SPEECH, FRAGMENT, "Nothing."][i % 3]} for i in range(20)),
    )
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
        handle.write(json.dumps({"id": "last", "text": SPEECH}) + "\n")
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("b.txt", "a.txt"):
        (folder / name).write_text(f"{FRAGMENT} {SPEECH}", encoding="utf-8")
    return [str(corpus), str(folder)]


def test_workers_write_the_same_lines_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = mixed_inputs(tmp_path)
    assert main(["extract", *paths]) == 2
    alone, alone_err = capsys.readouterr()
    assert main(["extract", *paths, "--workers", "2"]) == 2
    out, err = capsys.readouterr()
    assert out == alone
    assert err == alone_err
    assert "line 21: not valid JSON" in err
    assert [r["id"] for r in records(out)][-3:] == ["last", "a.txt", "b.txt"]


def test_workers_0_is_one_per_core(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--workers", "0"]) == 0
    [record] = records(capsys.readouterr().out)
    assert record["quotes"][0]["speaker"] == "Jane Doe"


@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_workers_must_be_a_count(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "x.txt", "--workers", value]) == 2
    assert "not a number of workers" in capsys.readouterr().err


def test_a_failing_document_in_a_worker_is_reported_where_it_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl", {"id": "a", "text": SPEECH}, {"id": "b", "text": "boom"}
    )
    real_extract_records = cli.extract_records

    def failing_extract_records(documents: Any, **options: Any) -> Any:
        for record in real_extract_records(documents, **options):
            if record["id"] == "b":
                record = {"id": "b", "quotes": [], "error": "RuntimeError: simulated bug"}
            yield record

    monkeypatch.setattr(cli, "extract_records", failing_extract_records)
    assert main(["extract", str(corpus), "--workers", "2"]) == 3
    out, err = capsys.readouterr()
    assert [r["id"] for r in records(out)] == ["a"]
    assert f"{corpus}, line 2: cannot process document 'b'" in err
    assert "RuntimeError: simulated bug" in err


def test_resume_skips_the_ids_already_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = mixed_inputs(tmp_path)
    full = tmp_path / "full.jsonl"
    assert main(["extract", *paths, "-o", str(full)]) == 2
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    # An earlier run stopped after 9 lines, in the middle of the 10th.
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(lines[:9]) + lines[9][:25], encoding="utf-8")
    for workers in ("1", "2"):
        resumed = tmp_path / f"resumed-{workers}.jsonl"
        resumed.write_bytes(partial.read_bytes())
        command = ["extract", *paths, "-o", str(resumed), "--resume", "--workers", workers]
        assert main(command) == 2  # the unreadable line is reported again
        assert resumed.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    capsys.readouterr()
    # Resuming a finished run writes nothing more.
    before = full.read_bytes()
    assert main(["extract", *paths, "-o", str(full), "--resume"]) == 2
    assert full.read_bytes() == before


def test_resume_without_an_earlier_output_is_a_plain_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "--resume"]) == 0
    assert [r["id"] for r in records(out.read_text(encoding="utf-8"))] == ["a.txt"]


def test_resume_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "a.txt", "--resume"]) == 2
    assert "--resume needs -o FILE" in capsys.readouterr().err


def test_resume_refuses_a_file_that_is_not_an_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    other = tmp_path / "notes.jsonl"
    other.write_text('{"id": "x", "quotes": []}\nsome notes\n', encoding="utf-8")
    before = other.read_bytes()
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(other), "--resume"]) == 2
    assert f"{other}, line 2: not a JSON line with an id" in capsys.readouterr().err
    assert other.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_with_workers_then_resume_gives_the_whole_output(tmp_path: Path) -> None:
    seed = (ROOT / SEED).read_text(encoding="utf-8")
    corpus = write_jsonl(
        tmp_path / "c.jsonl", *({"id": f"d{i:04d}", "text": seed} for i in range(1500))
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "quoteattr", "extract", str(corpus), "-o", str(out)]
    # Ctrl-C at a terminal signals the whole process group: the command and its workers.
    process = subprocess.Popen(
        [*command, "--workers", "2"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # A child inherits an ignored SIGINT (pytest started in the background, say).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        while process.poll() is None and (not out.exists() or out.stat().st_size == 0):
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    if process.returncode == 0:
        pytest.skip("the run finished before Ctrl-C")
    assert process.returncode == 130, err
    assert "Traceback" not in err
    written = out.read_text(encoding="utf-8")
    assert written.endswith("\n")
    assert 0 < len(written.splitlines()) < 1500
    assert main(["extract", str(corpus), "-o", str(out), "--resume", "--workers", "2"]) == 0
    ids = [r["id"] for r in records(out.read_text(encoding="utf-8"))]
    assert ids == [f"d{i:04d}" for i in range(1500)]


# Hostile input (#6)


def test_errors_replace_analyses_the_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "“We will rebuild ".encode() + b"caf\xe9s" + ",” Mayor Jane Doe said.".encode()
    (tmp_path / "a.txt").write_bytes(data)
    assert main(["extract", "--errors", "replace", str(tmp_path / "a.txt")]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    [record] = records(out)
    text = data.decode("utf-8", "replace")
    assert [q["text"] for q in record["quotes"]] == ["We will rebuild caf\ufffds,"]
    assert record["quotes"][0]["speaker"] == "Jane Doe"
    assert_offsets_index(text, record)


def test_errors_strict_is_the_default_and_names_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_bytes(b"caf\xe9")
    assert main(["extract", str(tmp_path / "a.txt")]) == 2
    assert main(["extract", "--errors", "strict", str(tmp_path / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("not valid UTF-8 at byte offset 3") == 2
    assert "--errors replace" in err


def test_empty_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert main(["extract", str(tmp_path / "empty.txt"), str(tmp_path / "empty.jsonl")]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert records(out) == [{"id": "empty.txt", "quotes": []}]


def test_ten_megabyte_single_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "word " * 2_000_000 + SPEECH  # 10 MB without a line break, a quotation at its end
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    assert main(["extract", str(tmp_path / "long.txt")]) == 0
    [record] = records(capsys.readouterr().out)
    assert [q["speaker"] for q in record["quotes"]] == ["Jane Doe"]
    assert_offsets_index(text, record)


def test_a_worker_that_dies_is_reported_and_the_run_can_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import concurrent.futures

    corpus = write_jsonl(tmp_path / "c.jsonl", *({"id": str(i), "text": SPEECH} for i in range(4)))
    real_extract_records = cli.extract_records

    def dying_extract_records(documents: Any, **options: Any) -> Any:
        for number, record in enumerate(real_extract_records(documents, **options)):
            if number == 2:  # as when the system kills a worker that ran out of memory
                raise concurrent.futures.process.BrokenProcessPool("a process was terminated")
            yield record

    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(cli, "extract_records", dying_extract_records)
    assert main(["extract", str(corpus), "-o", str(out), "--workers", "2"]) == 3
    assert "a worker process stopped" in capsys.readouterr().err
    assert [r["id"] for r in records(out.read_text(encoding="utf-8"))] == ["0", "1"]
    monkeypatch.setattr(cli, "extract_records", real_extract_records)
    assert main(["extract", str(corpus), "-o", str(out), "--workers", "2", "--resume"]) == 0
    assert [r["id"] for r in records(out.read_text(encoding="utf-8"))] == ["0", "1", "2", "3"]
