"""The ``quoteattr`` command: a thin shell over the library.

This is the only module that prints. Exit status: 0 on success; 2 when some input
could not be read (the documents that could be read are still processed and written)
or the command line is wrong; 1 when a document could not be processed (a bug); 130
when interrupted (Ctrl-C), with every line written so far complete; 141 when the
reader of the output went away (``quoteattr extract ... | head``).
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
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import Any, TextIO

from quoteattr import __version__
from quoteattr.archive import Archive, ArchiveError
from quoteattr.batch import extract_records
from quoteattr.documents import Document, read_documents
from quoteattr.errors import InputError
from quoteattr.matching import ranked
from quoteattr.pipeline import extract, verify_attributions
from quoteattr.render import document_record, verdict_record

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_INTERNAL_ERROR = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a process ended by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as for `yes | head`

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
ends are kept, so offsets index the text exactly as read."""

_EXTRACT_EPILOG = """\
exit status:
  0    every document was read and written
  1    some document could not be processed (a bug: please report it)
  2    some input could not be read, or the command line is wrong; the
       problems are reported on standard error with file, line and field,
       and every document that could be read is still written
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
  0    every quotation was checked
  2    some input could not be read, the archive could not be opened, or the
       command line is wrong (reported on standard error)"""

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
    _add_input_options(ex)
    ex.add_argument(
        "--workers",
        type=_worker_count,
        default=1,
        metavar="N",
        help="process the documents in N worker processes (default: 1, this process; "
        "0: one per CPU core); the output is in input order all the same",
    )
    ex.add_argument(
        "--resume",
        action="store_true",
        help="append to the -o FILE of an earlier run, skipping the documents whose id "
        "is already in it",
    )
    _add_verify_command(commands)
    _add_archive_command(commands)
    return parser


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    """The output file and the input options that extract and verify share."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output",
    )
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
        "(speaker optional) instead of articles",
    )
    _add_input_options(ve)


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
        return _extract(args)
    except KeyboardInterrupt:
        _report("interrupted", kind="stopped")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


class _Status:
    """What went wrong during a run, as the exit status will tell."""

    def __init__(self) -> None:
        self.bad_input = False
        self.failed = False

    @property
    def code(self) -> int:
        if self.bad_input:
            return EXIT_BAD_INPUT
        return EXIT_INTERNAL_ERROR if self.failed else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    if args.output is not None and _overwrites_input(args.output, args.paths):
        _report(f"{args.output}: the output file is also an input; choose another")
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
    status = _Status()
    with output as out, _Writer(out) as writer:
        documents = _documents(args, done, status)
        if args.workers == 1:
            for document in documents:
                if not writer.write_document(document):
                    status.failed = True
        else:
            _extract_in_workers(documents, args.workers or None, writer, status)
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
    try:
        archive = _open_archive(args.archive)
    except (ArchiveError, InputError) as exc:
        _report(str(exc))
        return EXIT_BAD_INPUT
    try:
        output = _open_output(args.output)
    except OSError as exc:
        _report(f"{args.output}: cannot write the file: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    status = _Status()
    with archive, output as out, _Writer(out) as writer:
        if args.quotes:
            for item in _quote_lines(args.quotes):
                if isinstance(item, InputError):
                    _report(str(item))
                    status.bad_input = True
                    continue
                quote_id, quote, speaker = item
                verdict = archive.verify_quote(quote, speaker)
                writer.write_line({"id": quote_id, **verdict_record(verdict)})
            return status.code
        for document in _documents(args, set(), status):
            attributions = extract(document.text)
            verdicts = verify_attributions(attributions, archive)
            writer.write_line(document_record(document.id, attributions, verdicts))
    return status.code


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


def _quote_lines(path: str) -> Iterator[tuple[str, str, str | None] | InputError]:
    """``(id, quote, speaker)`` of each line of a --quotes file, or the error in it."""
    try:
        handle = open(path, encoding="utf-8-sig")  # noqa: SIM115 (closed below)
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=path)
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield InputError(f"not valid JSON: {exc}", source=path, line=number)
                continue
            if not isinstance(record, dict):
                yield InputError("expected a JSON object", source=path, line=number)
                continue
            quote, speaker = record.get("quote"), record.get("speaker")
            if not isinstance(quote, str) or not quote.strip():
                yield InputError("no quote", source=path, line=number, field="quote")
            elif speaker is not None and not isinstance(speaker, str):
                yield InputError(
                    "speaker must be a string", source=path, line=number, field="speaker"
                )
            else:
                yield str(record.get("id", number)), quote, speaker


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
                _report(str(item))
                status.bad_input = True
            elif item.id not in done:
                yield item


def _extract_in_workers(
    documents: Iterator[Document], workers: int | None, writer: _Writer, status: _Status
) -> None:
    # Where each document in flight was read, to report a failure there: one entry per
    # document handed to extract_many, which gives one result per document, in order.
    places: collections.deque[tuple[str | None, int | None]] = collections.deque()

    def tracked() -> Iterator[Document]:
        for document in documents:
            places.append((document.source, document.line))
            yield document

    # Closed on the way out (Ctrl-C, a closed pipe), so that the workers stop at once.
    records = extract_records(tracked(), workers=workers, on_error="record")
    try:
        with contextlib.closing(records):
            for record in records:
                source, line = places.popleft()
                error = record.pop("error", None)
                if error is None:
                    writer.write_line(record)
                else:
                    _report_failure(record["id"], source, line, error)
                    status.failed = True
    except concurrent.futures.BrokenExecutor as exc:  # killed: out of memory, say
        _report(
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


class _Writer:
    """Writes output lines whole: Ctrl-C during a write takes effect once it is done.

    A second Ctrl-C during the same write (output blocked, say) interrupts at once.
    """

    def __init__(self, out: TextIO) -> None:
        self.out = out
        encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
        # JSON Lines is UTF-8; on a stream that is not, write \u escapes (pure ASCII).
        self.ascii_only = encoding not in {"utf-8", "utf8"}
        self._writing = False
        self._interrupted = False
        self._previous_handler: Any = None

    def __enter__(self) -> _Writer:
        in_main_thread = threading.current_thread() is threading.main_thread()
        # Only where Ctrl-C raises KeyboardInterrupt as usual (not where it is ignored).
        if in_main_thread and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._previous_handler = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous_handler is not None:
            signal.signal(signal.SIGINT, self._previous_handler)

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        if self._writing and not self._interrupted:
            self._interrupted = True
        else:
            raise KeyboardInterrupt

    def write_document(self, document: Document) -> bool:
        """Process and write one document; report a failure and return ``False``."""
        try:
            record = document_record(document.id, extract(document.text))
        except Exception as exc:  # a bug; the other documents can still be processed
            error = f"{type(exc).__name__}: {exc}"
            _report_failure(document.id, document.source, document.line, error)
            return False
        self.write_line(record)
        return True

    def write_line(self, record: dict[str, Any]) -> None:
        """Write one output record as a JSON line, whole."""
        line = json.dumps(record, ensure_ascii=self.ascii_only) + "\n"
        self._writing = True
        try:
            try:
                self.out.write(line)
            except UnicodeEncodeError:  # a lone surrogate from a JSON \ud800 escape, say
                self.out.write(json.dumps(record) + "\n")
            self.out.flush()
        finally:
            self._writing = False
        if self._interrupted:
            raise KeyboardInterrupt


def _report_failure(doc_id: str, source: str | None, line: int | None, error: str) -> None:
    where = f"{source}, line {line}" if line else source
    _report(
        f"{where or '-'}: cannot process document {doc_id!r} (a bug: please report it): {error}"
    )


def _report(message: str, *, kind: str = "error") -> None:
    print(f"{_PROG}: {kind}: {message}", file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    """Point standard output at the null device, so that Python's final flush of what
    is left in its buffer cannot raise BrokenPipeError again (and print a traceback)."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
