"""The ``quoteattr`` command: a thin shell over the library.

This is the only module that prints. Exit status: 0 on success; 1 when ``verify
--fail-on`` found a quotation with one of the verdicts asked about (after writing all
the output); 2 when some input could not be read (the documents that could be read are
still processed and written) or the command line is wrong; 3 when a document could not
be processed (a bug); 130 when interrupted (Ctrl-C), with every line written so far
complete; 141 when the reader of the output went away (``quoteattr extract ... | head``).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import contextlib
import json
import os
import shutil
import signal
import sys
import threading
import time
import typing
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from types import FrameType
from typing import Any, TextIO

from quoteattr import __version__
from quoteattr.archive import Archive, ArchiveError
from quoteattr.batch import extract_records, verify_records
from quoteattr.documents import Document, read_documents
from quoteattr.errors import InputError
from quoteattr.formats import (
    DOCUMENT_COLUMNS,
    QUOTE_COLUMNS,
    VERIFIED_COLUMNS,
    CsvFormat,
    OutputFormat,
    TableFormat,
)
from quoteattr.html import ReportDocument, render_report
from quoteattr.matching import ranked
from quoteattr.model import VerdictLabel
from quoteattr.pipeline import extract, verify_attributions
from quoteattr.render import document_record, verdict_record

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_FINDINGS = 1  # verify --fail-on found what it was asked to look for
EXIT_BAD_INPUT = 2
EXIT_INTERNAL_ERROR = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a process ended by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as for `yes | head`

FORMATS = ("jsonl", "csv", "table")
VERDICT_LABELS: tuple[str, ...] = typing.get_args(VerdictLabel)

_PROG = "quoteattr"
_HELP_WIDTH = 80  # at most; fixed so that the help pasted into docs/cli.md is stable

_EXTRACT_DESCRIPTION = """\
Find quotations and their speakers, and write one JSON line per document:
{"id": ..., "quotes": [...]}, one entry per quoted segment (see docs/output.md).

Each PATH is one of:
  a text file       one document; its id is the file name
  a JSONL file      one JSON object per line: a file named *.jsonl, *.ndjson
                    or *.jsonlines (or any file, with --input-format jsonl)
  a directory       every file below it matching --glob, in sorted order;
                    a file's id is its path relative to the directory
  -                 standard input: one text document with the id -
                    (JSONL with --input-format jsonl)

Input must be UTF-8 (see --errors); a byte-order mark is skipped and line
ends are kept, so offsets index the text exactly as read.

--format csv writes one row per quoted segment instead (see docs/output.md),
--format table a listing to read at a terminal."""

_EXTRACT_EPILOG = """\
exit status:
  0    every document was read and written
  2    some input could not be read, or the command line is wrong; the
       problems are reported on standard error with file, line and field,
       and every document that could be read is still written
  3    some document could not be processed (a bug: please report it)
  130  interrupted (Ctrl-C); the lines written so far are complete
  141  the reader of the output stopped early (| head, say)"""


_VERIFY_DESCRIPTION = """\
Check quotations against a statement archive (see quoteattr archive).

With PATHs (articles, read as by extract), write one JSON line per document, as
extract does, with each quotation's verdict in its "verification" field. With
--quotes FILE, write one JSON line per quotation: {"id", "verdict",
"statement_id", "speaker", "claimed_speaker", "score", "meaning_change",
"diff", "explanation", ...}.

Verdicts: verbatim, truncated, altered, paraphrase, fabricated, misattributed
(see docs/verification.md)."""

_VERIFY_EPILOG = """\
exit status:
  0    every quotation was checked (and none has a --fail-on verdict)
  1    some quotation has a verdict named by --fail-on; all the output is
       written all the same
  2    some input could not be read, the archive could not be opened, or the
       command line is wrong (reported on standard error)
  3    some document could not be processed (a bug: please report it)
  130  interrupted (Ctrl-C); the lines written so far are complete
  141  the reader of the output stopped early (| head, say)

When several apply, the status is the first of 2, 3 and 1."""

_REPORT_DESCRIPTION = """\
Write one self-contained HTML page (inline CSS, no scripts, nothing fetched)
showing each article with its quotations highlighted, their speakers and cues
marked and, with --archive, each quotation's verdict, the statement it matched
and the word differences. PATHs are read as by extract."""

_REPORT_EPILOG = """\
exit status:
  0    every document was read and the report written
  2    some input could not be read, the archive could not be opened, or the
       command line is wrong; the report holds the documents that could be read
  3    some document could not be processed (a bug: please report it)
  130  interrupted (Ctrl-C); nothing is written"""

_IMPORT_DESCRIPTION = """\
Add statements to an archive (created if missing), then index them. Each line
of a JSONL file is {"id", "speaker", "text"} with optional "date" (ISO 8601),
"source" and "context"; a CSV file has a header row naming those columns.

Each file is imported whole or not at all: the first bad line (bad JSON, a
missing field, a date that does not parse, an id already used) is reported
with its file, line and field, and the archive is left as it was."""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help at most 80 columns wide, ``-o, --output FILE`` style on every Python."""

    def __init__(self, prog: str) -> None:
        columns = shutil.get_terminal_size().columns
        super().__init__(prog, width=min(columns, _HELP_WIDTH) - 2)

    def _format_action_invocation(self, action: argparse.Action) -> str:
        # Python 3.13 changed "-o FILE, --output FILE" to "-o, --output FILE"; write the
        # newer form everywhere, so that the help (and docs/cli.md) is the same.
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        metavar = self._format_args(action, self._get_default_metavar_for_optional(action))
        return f"{', '.join(action.option_strings)} {metavar}"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteattr`` command, with one subparser a command."""
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Find quotations in news text and attribute them to their speakers.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )
    ex = commands.add_parser(
        "extract",
        help="find quotations and their speakers; write one JSON line per document",
        description=_EXTRACT_DESCRIPTION,
        epilog=_EXTRACT_EPILOG,
        formatter_class=_HelpFormatter,
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="input to read (see above)")
    _add_output_options(ex)
    _add_input_options(ex)
    _add_workers_option(ex)
    ex.add_argument(
        "--resume",
        action="store_true",
        help="append to the -o FILE of an earlier run, skipping the documents whose id "
        "is already in it (--format jsonl only)",
    )
    _add_verify_command(commands)
    _add_archive_command(commands)
    _add_report_command(commands)
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    """The output options that extract and verify share."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl (the default): one JSON line per document; csv: a header row, "
        "then one row per quoted segment; table: aligned columns to read at a terminal",
    )
    parser.add_argument(
        "--safe-csv",
        action="store_true",
        help="with --format csv, prefix with ' every cell that starts with =, +, -, @, "
        "a tab or a carriage return, so that a spreadsheet does not run it as a formula",
    )


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    """The input options that extract, verify and report share."""
    parser.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read each file; auto (the default) reads JSONL from files named "
        "as above and text from the others",
    )
    parser.add_argument(
        "--id-field", default="id", metavar="FIELD", help="JSONL field holding the id (default: id)"
    )
    parser.add_argument(
        "--text-field",
        default="text",
        metavar="FIELD",
        help="JSONL field holding the text (default: text)",
    )
    parser.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="which files of a directory to read (default: *.txt); a PATTERN with a / "
        "is matched against the path relative to the directory, others against the "
        "file name",
    )
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes that are not UTF-8: strict (the default) reports the document or "
        "line, naming the byte offset, and skips it; replace reads each bad byte as "
        "U+FFFD and goes on",
    )


def _add_verify_command(commands: Any) -> None:
    ve = commands.add_parser(
        "verify",
        help="check quotations against a statement archive",
        description=_VERIFY_DESCRIPTION,
        epilog=_VERIFY_EPILOG,
        formatter_class=_HelpFormatter,
    )
    ve.add_argument("paths", nargs="*", metavar="PATH", help="articles to read, as for extract")
    ve.add_argument(
        "--archive",
        required=True,
        metavar="ARCHIVE",
        help="the archive file (made by quoteattr archive import), or a JSONL or CSV "
        "file of statements, read into memory for this run",
    )
    ve.add_argument(
        "--quotes",
        metavar="FILE",
        help='check the quotations of a JSONL FILE of {"id", "quote", "speaker"} lines '
        "(speaker optional) instead of articles; - reads standard input",
    )
    ve.add_argument(
        "--fail-on",
        type=_verdict_labels,
        default=frozenset(),
        metavar="LABELS",
        help="exit with status 1 (after writing all the output) when some quotation "
        "gets one of these verdicts, a comma-separated list: misattributed,fabricated",
    )
    _add_output_options(ve)
    _add_input_options(ve)
    _add_workers_option(ve, note="; with an archive file only, not JSONL or CSV statements")


def _add_workers_option(parser: argparse.ArgumentParser, *, note: str = "") -> None:
    parser.add_argument(
        "--workers",
        type=_worker_count,
        default=1,
        metavar="N",
        help="process the documents in N worker processes (default: 1, this process; "
        f"0: one per CPU core); the output is in input order all the same{note}",
    )


def _add_archive_command(commands: Any) -> None:
    ar = commands.add_parser(
        "archive",
        help="build and inspect a statement archive",
        description="Build and inspect a statement archive: an SQLite file of what "
        "people really said, with the index that verify searches.",
        formatter_class=_HelpFormatter,
    )
    actions = ar.add_subparsers(dest="action", required=True, metavar="ACTION")
    im = actions.add_parser(
        "import",
        help="add statements from JSONL or CSV files, each all or nothing",
        description=_IMPORT_DESCRIPTION,
        formatter_class=_HelpFormatter,
    )
    im.add_argument("files", nargs="+", metavar="FILE", help="JSONL (.jsonl) or CSV (.csv)")
    im.add_argument("--db", required=True, metavar="ARCHIVE", help="the archive file")
    im.add_argument(
        "--format",
        choices=("auto", "jsonl", "csv"),
        default="auto",
        help="auto (the default): CSV for files named *.csv, JSONL for the others",
    )
    info = actions.add_parser(
        "info",
        help="what is in an archive, as JSON",
        formatter_class=_HelpFormatter,
    )
    info.add_argument("--db", required=True, metavar="ARCHIVE", help="the archive file")
    search = actions.add_parser(
        "search",
        help="the statements closest to a text, as JSON lines",
        formatter_class=_HelpFormatter,
    )
    search.add_argument("text", metavar="TEXT", help="the words to look for")
    search.add_argument("--db", required=True, metavar="ARCHIVE", help="the archive file")
    search.add_argument("--speaker", metavar="NAME", help="who is said to have said it")
    search.add_argument(
        "--limit", type=int, default=5, metavar="N", help="at most N statements (default: 5)"
    )


def _add_report_command(commands: Any) -> None:
    re_ = commands.add_parser(
        "report",
        help="write an HTML page of the quotations, with verdicts given an archive",
        description=_REPORT_DESCRIPTION,
        epilog=_REPORT_EPILOG,
        formatter_class=_HelpFormatter,
    )
    re_.add_argument("paths", nargs="+", metavar="PATH", help="articles to read, as for extract")
    re_.add_argument(
        "--archive",
        metavar="ARCHIVE",
        help="check each quotation against this archive, as verify does (an archive "
        "file, or a JSONL or CSV file of statements)",
    )
    re_.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the page to FILE (replaced only once it is complete) instead of "
        "standard output",
    )
    re_.add_argument(
        "--title",
        default="quoteattr report",
        metavar="TEXT",
        help="the title of the page (default: quoteattr report)",
    )
    _add_input_options(re_)


def _verdict_labels(value: str) -> frozenset[str]:
    labels = frozenset(label.strip() for label in value.split(",") if label.strip())
    unknown = sorted(labels - set(VERDICT_LABELS))
    if unknown or not labels:
        raise argparse.ArgumentTypeError(
            f"not a verdict: {', '.join(unknown) or repr(value)} "
            f"(choose from {', '.join(VERDICT_LABELS)})"
        )
    return labels


def _worker_count(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"not a number of workers (0 or more): {value!r}")
    return count


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    ``--help`` and ``--version`` return 0 after printing, a wrong command line 2.
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    try:
        if args.command == "archive":
            return _archive(args)
        if args.command == "verify":
            return _verify(args)
        if args.command == "report":
            return _report_command(args)
        return _extract(args)
    except KeyboardInterrupt:
        _report("interrupted", kind="stopped")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


class _Progress:
    """One line on standard error counting what is done and how fast, redrawn in place
    at most ten times a second, from the second item on (a one-document run shows
    nothing). :meth:`clear` it before writing a message; :meth:`close` leaves the
    final count on its own line."""

    INTERVAL = 0.1  # seconds between redraws

    def __init__(
        self, stream: TextIO, unit: str, rate_unit: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.unit = unit
        self.rate_unit = rate_unit
        self.clock = clock
        self.started = clock()
        self.done = 0
        self.shown = False  # drawn at least once: close() then writes the final count
        self._last_draw: float | None = None
        self._width = 0  # of the line now on the terminal, 0 when there is none

    def step(self) -> None:
        self.done += 1
        now = self.clock()
        if self.done >= 2 and (self._last_draw is None or now - self._last_draw >= self.INTERVAL):
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        text = f"{_PROG}: {self.done:,} {self.unit} done, {rate:,.1f} {self.rate_unit}"
        self._write("\r" + text.ljust(self._width))
        self._width = len(text)
        self._last_draw = now
        self.shown = True

    def clear(self) -> None:
        if self._width:
            self._write("\r" + " " * self._width + "\r")
            self._width = 0
            self._last_draw = None  # redrawn at the next step

    def close(self) -> None:
        if self.shown:
            self._draw(self.clock())
            self._write("\n")
            self._width = 0

    def _write(self, text: str) -> None:
        with contextlib.suppress(OSError, ValueError):  # stderr closed: no progress, no fuss
            self.stream.write(text)
            self.stream.flush()


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return False


def _progress(output: str | None, unit: str, rate_unit: str) -> _Progress | None:
    """A progress line when standard error is a terminal, and the output is not written
    to that terminal (where the output lines themselves show the progress)."""
    if not _isatty(sys.stderr) or (output is None and _isatty(sys.stdout)):
        return None
    return _Progress(sys.stderr, unit, rate_unit)


class _Status:
    """What went wrong during a run, as the exit status will tell; and the progress
    line, cleared before each message so that the two do not run into each other."""

    def __init__(self, progress: _Progress | None = None) -> None:
        self.bad_input = False
        self.failed = False
        self.findings = False
        self.progress = progress

    def __enter__(self) -> _Status:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.progress is not None:
            self.progress.close()

    def step(self) -> None:
        if self.progress is not None:
            self.progress.step()

    def report(self, message: str, *, kind: str = "error") -> None:
        if self.progress is not None:
            self.progress.clear()
        _report(message, kind=kind)

    def bad(self, message: str) -> None:
        """Report a problem with the input."""
        self.report(message)
        self.bad_input = True

    def failure(self, doc_id: str, source: str | None, line: int | None, error: str) -> None:
        """Report a document that could not be processed (a bug)."""
        where = f"{source}, line {line}" if line else source
        self.report(
            f"{where or '-'}: cannot process document {doc_id!r} (a bug: please report it): {error}"
        )
        self.failed = True

    @property
    def code(self) -> int:
        if self.bad_input:
            return EXIT_BAD_INPUT
        if self.failed:
            return EXIT_INTERNAL_ERROR
        return EXIT_FINDINGS if self.findings else EXIT_OK


def _output_problem(args: argparse.Namespace, inputs: Sequence[str]) -> str | None:
    """What is wrong with the output options, if anything."""
    if args.safe_csv and args.format != "csv":
        return "--safe-csv applies to --format csv only"
    if args.output is not None and _overwrites_input(args.output, inputs):
        return f"{args.output}: the output file is also an input; choose another"
    return None


def _output_format(
    args: argparse.Namespace, out: TextIO, *, verified: bool = False, quotes: bool = False
) -> OutputFormat:
    if args.format == "csv":
        columns = QUOTE_COLUMNS if quotes else VERIFIED_COLUMNS if verified else DOCUMENT_COLUMNS
        return CsvFormat(columns, safe=args.safe_csv)
    if args.format == "table":
        width = _TABLE_WIDTH
        if args.output is None and _isatty(out):
            width = shutil.get_terminal_size((_TABLE_WIDTH, 24)).columns
        return TableFormat(verified=verified, quotes=quotes, width=max(width, _MIN_TABLE_WIDTH))
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
    # JSON Lines is UTF-8; on a stream that is not, write \u escapes (pure ASCII).
    return _JsonLines(ascii_only=encoding not in {"utf-8", "utf8"})


_TABLE_WIDTH = 100  # columns of a table written to a file or a pipe
_MIN_TABLE_WIDTH = 60


def _extract(args: argparse.Namespace) -> int:
    problem = _output_problem(args, args.paths)
    if problem is None and args.resume and args.format != "jsonl":
        problem = "--resume works with --format jsonl only"
    if problem is not None:
        _report(problem)
        return EXIT_BAD_INPUT
    done: set[str] = set()
    if args.resume:
        if args.output is None:
            _report("--resume needs -o FILE, the output of the run to resume")
            return EXIT_BAD_INPUT
        try:
            done = _ids_written(args.output)
        except OSError as exc:
            _report(f"{args.output}: cannot resume: {exc.strerror or exc}")
            return EXIT_BAD_INPUT
        except InputError as exc:
            _report(f"{exc} (not an output of quoteattr extract: cannot resume)")
            return EXIT_BAD_INPUT
    try:
        output = _open_output(args.output, append=args.resume)
    except OSError as exc:
        _report(f"{args.output}: cannot write the file: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    status = _Status(_progress(args.output, "documents", "docs/s"))
    with output as out, status, _Writer(out, _output_format(args, out), status) as writer:
        documents = _documents(args, done, status)
        if args.workers == 1:
            for document in documents:
                writer.write_document(document)
        else:
            workers = args.workers or None
            _in_workers(
                documents,
                lambda docs: extract_records(docs, workers=workers, on_error="record"),
                writer,
                status,
            )
    return status.code


def _archive(args: argparse.Namespace) -> int:
    try:
        archive = Archive.open(args.db, create=args.action == "import")
    except ArchiveError as exc:
        _report(str(exc))
        return EXIT_BAD_INPUT
    with archive:
        if args.action == "info":
            print(json.dumps(archive.info(), ensure_ascii=False))
            return EXIT_OK
        if args.action == "search":
            found = archive.candidates(args.text, speaker=args.speaker)
            for score, statement in ranked(args.text, found)[: args.limit]:
                print(json.dumps({**statement.to_dict(), "score": round(score, 2)}))
            return EXIT_OK
        status = EXIT_OK
        for path in args.files:
            csv_file = args.format == "csv" or (
                args.format == "auto" and path.lower().endswith(".csv")
            )
            try:
                count = archive.import_csv(path) if csv_file else archive.import_jsonl(path)
            except InputError as exc:
                _report(f"{exc} (nothing imported from this file)")
                status = EXIT_BAD_INPUT
                continue
            _report(f"{path}: imported {count} statements", kind="info")
        archive.build_index()
        _report(f"{args.db}: {len(archive)} statements, indexed", kind="info")
        return status


def _verify(args: argparse.Namespace) -> int:
    if bool(args.paths) == bool(args.quotes):
        _report("give either articles (PATH...) or --quotes FILE")
        return EXIT_BAD_INPUT
    problem = _output_problem(args, [*args.paths, args.quotes or "-", args.archive])
    if problem is not None:
        _report(problem)
        return EXIT_BAD_INPUT
    try:
        archive = _open_archive(args.archive)
    except (ArchiveError, InputError) as exc:
        _report(str(exc))
        return EXIT_BAD_INPUT
    if args.workers != 1 and not args.quotes and archive.path == ":memory:":
        archive.close()
        _report(
            f"{args.archive}: --workers needs an archive file; make one with "
            f"quoteattr archive import {args.archive} --db ARCHIVE.sqlite"
        )
        return EXIT_BAD_INPUT
    try:
        output = _open_output(args.output)
    except OSError as exc:
        archive.close()
        _report(f"{args.output}: cannot write the file: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    if args.quotes:
        status = _Status(_progress(args.output, "quotations", "quotes/s"))
    else:
        status = _Status(_progress(args.output, "documents", "docs/s"))
    quotes = bool(args.quotes)
    with archive, output as out, status:
        fmt = _output_format(args, out, verified=True, quotes=quotes)
        with _Writer(out, fmt, status, fail_on=args.fail_on) as writer:
            if args.quotes:
                _verify_quotes(args.quotes, archive, writer, status)
            elif args.workers == 1:
                for document in _documents(args, set(), status):
                    writer.write_document(document, archive)
            else:
                source = archive.path

                def verified(
                    documents: Iterator[Document],
                ) -> Generator[dict[str, Any], None, None]:
                    return verify_records(
                        documents, source, workers=args.workers or None, on_error="record"
                    )

                _in_workers(_documents(args, set(), status), verified, writer, status)
    return status.code


def _verify_quotes(path: str, archive: Archive, writer: _Writer, status: _Status) -> None:
    for item in _quote_lines(path):
        if isinstance(item, InputError):
            status.bad(str(item))
            continue
        quote_id, quote, speaker, number = item
        try:
            verdict = archive.verify_quote(quote, speaker)
        except Exception as exc:  # a bug; the other quotations can still be checked
            status.failure(quote_id, _source_name(path), number, f"{type(exc).__name__}: {exc}")
            continue
        writer.write_verdict(quote_id, quote, verdict_record(verdict))


def _report_command(args: argparse.Namespace) -> int:
    inputs = [*args.paths, *([args.archive] if args.archive else [])]
    if args.output is not None and _overwrites_input(args.output, inputs):
        _report(f"{args.output}: the output file is also an input; choose another")
        return EXIT_BAD_INPUT
    archive: Archive | None = None
    if args.archive is not None:
        try:
            archive = _open_archive(args.archive)
        except (ArchiveError, InputError) as exc:
            _report(str(exc))
            return EXIT_BAD_INPUT
    try:
        target = _PageFile(args.output)
    except OSError as exc:
        if archive is not None:
            archive.close()
        _report(f"{args.output}: cannot write the file: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    status = _Status(_progress(args.output, "documents", "docs/s"))
    with target, status, archive if archive is not None else contextlib.nullcontext():

        def analysed() -> Iterator[ReportDocument]:
            for document in _documents(args, set(), status):
                try:
                    attributions = extract(document.text)
                    verdicts = (
                        verify_attributions(attributions, archive) if archive is not None else None
                    )
                except Exception as exc:  # a bug; the other documents can still be shown
                    error = f"{type(exc).__name__}: {exc}"
                    status.failure(document.id, document.source, document.line, error)
                    continue
                status.step()
                yield ReportDocument(document.id, document.text, attributions, verdicts)

        page = render_report(analysed(), title=args.title)
        try:
            target.write(page)
        except OSError as exc:
            status.bad(f"{args.output}: cannot write the file: {exc.strerror or exc}")
    return status.code


class _PageFile:
    """The report's output: standard output, or a file written under a temporary name
    in the same directory (opened at once, so that a path that cannot be written is
    reported before any work) and renamed once the page is complete: an interrupted
    run leaves no half page behind, and an earlier report stays until replaced."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.temporary: str | None = None
        self.handle: TextIO | None = None
        if path is not None:
            directory, name = os.path.split(os.path.abspath(path))
            self.temporary = os.path.join(directory, f".{name}.{os.getpid()}.tmp")
            self.handle = open(self.temporary, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, page: str) -> None:
        if self.handle is None:
            sys.stdout.write(page)
            sys.stdout.flush()
            return
        self.handle.write(page)
        self.handle.close()
        assert self.temporary is not None and self.path is not None
        os.replace(self.temporary, self.path)
        self.temporary = None

    def __enter__(self) -> _PageFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.handle is not None:
            self.handle.close()
        if self.temporary is not None:  # not complete: remove the half page
            with contextlib.suppress(OSError):
                os.remove(self.temporary)


def _open_archive(path: str) -> Archive:
    """An archive file, or a JSONL or CSV file of statements read into memory."""
    lowered = path.lower()
    if not lowered.endswith((".jsonl", ".ndjson", ".csv")):
        return Archive.open(path, create=False)
    archive = Archive.memory()
    if lowered.endswith(".csv"):
        archive.import_csv(path)
    else:
        archive.import_jsonl(path)
    return archive


def _source_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _quote_lines(path: str) -> Iterator[tuple[str, str, str | None, int] | InputError]:
    """``(id, quote, speaker, line number)`` of each line of a --quotes file (``-``:
    standard input), or the error in it."""
    source = _source_name(path)
    if path == "-":
        handle: TextIO = sys.stdin
        lines: Iterator[str] = iter(handle)
        closing: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
    else:
        try:
            handle = open(path, encoding="utf-8-sig")  # noqa: SIM115 (closed below)
        except OSError as exc:
            yield InputError(f"cannot read: {exc.strerror or exc}", source=source)
            return
        lines, closing = iter(handle), handle
    with closing:
        try:
            for number, line in enumerate(lines, start=1):
                if number == 1:
                    line = line.removeprefix("\ufeff")
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    yield InputError(f"not valid JSON: {exc}", source=source, line=number)
                    continue
                if not isinstance(record, dict):
                    yield InputError("expected a JSON object", source=source, line=number)
                    continue
                quote, speaker = record.get("quote"), record.get("speaker")
                if not isinstance(quote, str) or not quote.strip():
                    yield InputError("no quote", source=source, line=number, field="quote")
                elif speaker is not None and not isinstance(speaker, str):
                    yield InputError(
                        "speaker must be a string", source=source, line=number, field="speaker"
                    )
                else:
                    yield str(record.get("id", number)), quote, speaker, number
        except UnicodeDecodeError as exc:
            yield InputError(f"not valid UTF-8: {exc.reason}", source=source)


def _documents(args: argparse.Namespace, done: set[str], status: _Status) -> Iterator[Document]:
    """The documents of every path in turn, but those whose id is in ``done``; each
    problem reading them is reported as it is met."""
    for path in args.paths:
        for item in read_documents(
            path,
            id_field=args.id_field,
            text_field=args.text_field,
            input_format=args.input_format,
            glob=args.glob,
            errors=args.errors,
        ):
            if isinstance(item, InputError):
                status.bad(str(item))
            elif item.id not in done:
                yield item


def _in_workers(
    documents: Iterator[Document],
    make_records: Callable[[Iterator[Document]], Generator[dict[str, Any], None, None]],
    writer: _Writer,
    status: _Status,
) -> None:
    """Write the records ``make_records`` gives for ``documents`` (made in worker
    processes, one per document, in order), reporting each failed one where it was
    read."""
    # Where each document in flight was read, to report a failure there: one entry per
    # document handed to extract_many, which gives one result per document, in order.
    places: collections.deque[tuple[str | None, int | None]] = collections.deque()

    def tracked() -> Iterator[Document]:
        for document in documents:
            places.append((document.source, document.line))
            yield document

    # Closed on the way out (Ctrl-C, a closed pipe), so that the workers stop at once.
    records = make_records(tracked())
    try:
        with contextlib.closing(records):
            for record in records:
                source, line = places.popleft()
                error = record.pop("error", None)
                if error is None:
                    writer.write_record(record)
                else:
                    status.failure(record["id"], source, line, error)
    except concurrent.futures.BrokenExecutor as exc:  # killed: out of memory, say
        status.report(
            f"a worker process stopped ({exc}); the lines written so far are complete: "
            "add --resume to go on"
        )
        status.failed = True


def _ids_written(path: str) -> set[str]:
    """The ids in the output file of an earlier run (none if there is no such file).

    A last line cut short (the run was killed while writing it) is removed, so that
    its document is done again; any other line that is not an output record is an
    :class:`InputError`, and the file is left as it is.
    """
    ids: set[str] = set()
    try:
        handle = open(path, "r+b")  # noqa: SIM115 (closed below, kept open to truncate)
    except FileNotFoundError:
        return ids
    with handle:
        complete = 0  # bytes of the complete lines
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                break  # the last line, cut short
            try:
                doc_id = json.loads(raw)["id"]
            except (ValueError, KeyError, TypeError):
                doc_id = None
            if not isinstance(doc_id, str):
                raise InputError("not a JSON line with an id", source=path, line=number)
            ids.add(doc_id)
            complete += len(raw)
        handle.truncate(complete)
    return ids


def _overwrites_input(output: str, paths: Sequence[str]) -> bool:
    for path in paths:
        with contextlib.suppress(OSError):
            if path != "-" and os.path.samefile(path, output):
                return True
    return False


def _open_output(
    path: str | None, *, append: bool = False
) -> contextlib.AbstractContextManager[TextIO]:
    if path is None:
        return contextlib.nullcontext(sys.stdout)
    return open(path, "a" if append else "w", encoding="utf-8", newline="\n")


class _JsonLines:
    """The default output format: one JSON object a line (see docs/output.md)."""

    def __init__(self, *, ascii_only: bool) -> None:
        self.ascii_only = ascii_only

    def header(self) -> str:
        return ""

    def document(self, record: Mapping[str, Any]) -> str:
        return json.dumps(record, ensure_ascii=self.ascii_only) + "\n"

    def verdict(self, quote_id: str, quote: str, record: Mapping[str, Any]) -> str:
        return self.document({"id": quote_id, **record})


class _Writer:
    """Writes the output of each record whole: Ctrl-C during a write takes effect once
    it is done. A second Ctrl-C during the same write (output blocked, say) interrupts
    at once. The format's header is written first; each record written is a step of
    the progress line, and one with a verdict in ``fail_on`` a finding."""

    def __init__(
        self,
        out: TextIO,
        output_format: OutputFormat,
        status: _Status,
        *,
        fail_on: frozenset[str] = frozenset(),
    ) -> None:
        self.out = out
        self.format = output_format
        self.status = status
        self.fail_on = fail_on
        self.encoding = getattr(out, "encoding", None) or "utf-8"
        self._writing = False
        self._interrupted = False
        self._previous_handler: Any = None

    def __enter__(self) -> _Writer:
        in_main_thread = threading.current_thread() is threading.main_thread()
        # Only where Ctrl-C raises KeyboardInterrupt as usual (not where it is ignored).
        if in_main_thread and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._previous_handler = signal.signal(signal.SIGINT, self._on_interrupt)
        try:
            if self.format.header():  # nothing at all for JSON Lines
                self._write(lambda output_format: output_format.header())
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous_handler is not None:
            signal.signal(signal.SIGINT, self._previous_handler)
            self._previous_handler = None

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        if self._writing and not self._interrupted:
            self._interrupted = True
        else:
            raise KeyboardInterrupt

    def write_document(self, document: Document, archive: Archive | None = None) -> None:
        """Process and write one document (with verdicts given an ``archive``); report a
        failure to process it."""
        try:
            attributions = extract(document.text)
            verdicts = None if archive is None else verify_attributions(attributions, archive)
            record = document_record(document.id, attributions, verdicts)
        except Exception as exc:  # a bug; the other documents can still be processed
            error = f"{type(exc).__name__}: {exc}"
            self.status.failure(document.id, document.source, document.line, error)
            return
        self.write_record(record)

    def write_record(self, record: dict[str, Any]) -> None:
        """Write one document's record, whole."""
        self._write(lambda output_format: output_format.document(record))
        if self.fail_on and any(
            entry.get("verification") and entry["verification"]["verdict"] in self.fail_on
            for entry in record["quotes"]
        ):
            self.status.findings = True
        self.status.step()

    def write_verdict(self, quote_id: str, quote: str, record: dict[str, Any]) -> None:
        """Write the verdict record of one quotation checked by ``verify --quotes``."""
        self._write(lambda output_format: output_format.verdict(quote_id, quote, record))
        if record["verdict"] in self.fail_on:
            self.status.findings = True
        self.status.step()

    def _write(self, render: Callable[[OutputFormat], str]) -> None:
        text = render(self.format)
        self._writing = True
        try:
            try:
                self.out.write(text)
            except UnicodeEncodeError:  # a lone surrogate from a JSON \ud800 escape, say
                if isinstance(self.format, _JsonLines):
                    text = render(_JsonLines(ascii_only=True))
                else:
                    text = text.encode(self.encoding, "backslashreplace").decode(self.encoding)
                self.out.write(text)
            self.out.flush()
        finally:
            self._writing = False
        if self._interrupted:
            raise KeyboardInterrupt


def _report(message: str, *, kind: str = "error") -> None:
    print(f"{_PROG}: {kind}: {message}", file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    """Point standard output at the null device, so that Python's final flush of what
    is left in its buffer cannot raise BrokenPipeError again (and print a traceback)."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
