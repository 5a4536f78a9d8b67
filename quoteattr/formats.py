"""Output records as CSV rows and as a terminal table.

``quoteattr extract`` and ``quoteattr verify`` write JSON Lines by default (see
:mod:`quoteattr.render`); ``--format csv`` and ``--format table`` turn the same records
into the shapes below. Both are flat: **one row per quoted segment**, the document's
``id`` first, then the fields of its entry; for ``verify``, the fields of its verdict
follow, flattened, with the word differences written as one readable string
(:func:`diff_text`). ``verify --quotes`` gives one row per quotation checked.

Each format is three functions of a record (see :class:`OutputFormat`), so that the
command writes each document whole, whatever the format. Nothing here prints or opens a
file.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

import attrs

__all__ = [
    "DOCUMENT_COLUMNS",
    "FORMULA_STARTS",
    "QUOTE_COLUMNS",
    "VERIFIED_COLUMNS",
    "CsvFormat",
    "OutputFormat",
    "TableFormat",
    "diff_text",
    "document_rows",
    "neutralise_formula",
    "quote_row",
]

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "id",
    "start",
    "end",
    "text",
    "kind",
    "utterance",
    "unclosed",
    "multi_paragraph",
    "interrupted",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "rule",
    "confidence",
)
"""The CSV columns of ``quoteattr extract``: ``id``, then the fields of an entry (see
docs/output.md)."""

# verdict_record field -> column, for a verified entry: the entry already has a
# "speaker" (the claimed one), so the matched statement's fields say "statement_".
_VERIFICATION_COLUMNS: dict[str, str] = {
    "verdict": "verdict",
    "statement_id": "statement_id",
    "speaker": "statement_speaker",
    "score": "score",
    "meaning_change": "meaning_change",
    "diff": "diff",
    "explanation": "explanation",
    "date": "statement_date",
    "source": "statement_source",
    "statement_start": "statement_start",
    "statement_end": "statement_end",
}

VERIFIED_COLUMNS: tuple[str, ...] = DOCUMENT_COLUMNS + tuple(_VERIFICATION_COLUMNS.values())
"""The CSV columns of ``quoteattr verify PATH...``: those of :data:`DOCUMENT_COLUMNS`,
then the verdict's, empty for a quotation that was not checked (a name or a title)."""

QUOTE_COLUMNS: tuple[str, ...] = (
    "id",
    "quote",
    "claimed_speaker",
    "verdict",
    "statement_id",
    "speaker",
    "score",
    "meaning_change",
    "diff",
    "explanation",
    "date",
    "source",
    "statement_start",
    "statement_end",
)
"""The CSV columns of ``quoteattr verify --quotes``: the quotation's ``id`` and text,
then the fields of its verdict record (see :func:`quoteattr.render.verdict_record`)."""

FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (or strip
them and then do): a cell starting with one is prefixed with ``'`` by ``--safe-csv``."""


def neutralise_formula(cell: str) -> str:
    """``cell``, prefixed with an apostrophe when it starts with one of
    :data:`FORMULA_STARTS`, so that a spreadsheet shows it as text instead of running
    it (the OWASP advice against CSV injection).

    >>> neutralise_formula('=HYPERLINK("http://example.com")')
    '\\'=HYPERLINK("http://example.com")'
    >>> neutralise_formula("We will rebuild.")
    'We will rebuild.'
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def diff_text(diff: Iterable[Mapping[str, str]]) -> str:
    """The word edits of a verdict record (from the statement to the quotation) as one
    readable string, edits separated by ``; ``.

    >>> diff_text([{"op": "replace", "quote": "will", "statement": "shall"},
    ...            {"op": "delete", "quote": "", "statement": "not"},
    ...            {"op": "insert", "quote": "also", "statement": ""}])
    'replace "shall" with "will"; delete "not"; insert "also"'
    >>> diff_text([])
    ''
    """
    parts = []
    for edit in diff:
        if edit["op"] == "replace":
            parts.append(f'replace "{edit["statement"]}" with "{edit["quote"]}"')
        elif edit["op"] == "delete":
            parts.append(f'delete "{edit["statement"]}"')
        else:
            parts.append(f'insert "{edit["quote"]}"')
    return "; ".join(parts)


def _flat_verification(verification: Mapping[str, Any] | None) -> dict[str, Any]:
    if verification is None:
        return dict.fromkeys(_VERIFICATION_COLUMNS.values())
    flat = {column: verification[field] for field, column in _VERIFICATION_COLUMNS.items()}
    flat["diff"] = diff_text(verification["diff"])
    return flat


def document_rows(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The flat rows of one document record (as :func:`quoteattr.render.document_record`
    makes): one per entry, with the document's ``id`` first and, when the entries have a
    ``verification`` field, the verdict's fields flattened (:data:`VERIFIED_COLUMNS`).

    >>> from quoteattr.pipeline import extract
    >>> from quoteattr.render import document_record
    >>> [row] = document_rows(document_record("d1", extract('“Go,” Jane Doe said.')))
    >>> row["id"], row["text"], row["speaker"], row["cue"]
    ('d1', 'Go,', 'Jane Doe', 'said')
    """
    rows = []
    for entry in record["quotes"]:
        row = {"id": record["id"]}
        row.update((column, entry[column]) for column in DOCUMENT_COLUMNS[1:])
        if "verification" in entry:
            row.update(_flat_verification(entry["verification"]))
        rows.append(row)
    return rows


def quote_row(quote_id: str, quote: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """The flat row of one quotation checked by ``verify --quotes``: its id and text,
    then the fields of its verdict ``record`` (:data:`QUOTE_COLUMNS`).

    >>> from quoteattr.model import Statement
    >>> from quoteattr.render import verdict_record
    >>> from quoteattr.verdicts import judge
    >>> said = [Statement('s1', 'Winston Churchill', 'We shall never surrender.')]
    >>> row = quote_row("q1", "We will never surrender",
    ...                 verdict_record(judge("We will never surrender", "Churchill", said)))
    >>> row["verdict"], row["speaker"], row["diff"]
    ('altered', 'Winston Churchill', 'replace "shall" with "will"')
    """
    row: dict[str, Any] = {"id": quote_id, "quote": quote}
    row.update((column, record.get(column)) for column in QUOTE_COLUMNS[2:])
    row["diff"] = diff_text(record["diff"])
    return row


class OutputFormat(Protocol):
    """How records become text: ``header`` once, before anything else, then one
    ``document`` (or ``verdict``) string per record, each ending with a line end."""

    def header(self) -> str:
        """What comes first in the output (maybe nothing)."""

    def document(self, record: Mapping[str, Any]) -> str:
        """The text of one document record."""

    def verdict(self, quote_id: str, quote: str, record: Mapping[str, Any]) -> str:
        """The text of one quotation checked by ``verify --quotes``."""


def _cell(value: Any, safe: bool) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and safe:
        return neutralise_formula(value)
    return value  # None is written as an empty cell


@attrs.frozen(slots=True)
class CsvFormat:
    """CSV (RFC 4180: a header row, ``,`` between cells, ``"`` around cells that need
    it, ``\\r\\n`` line ends) with the given ``columns``. Booleans are ``true`` and
    ``false``, a missing value an empty cell. With ``safe``, every text cell starting
    with one of :data:`FORMULA_STARTS` is prefixed with ``'`` (:func:`neutralise_formula`).

    >>> from quoteattr.pipeline import extract
    >>> from quoteattr.render import document_record
    >>> csv_format = CsvFormat(DOCUMENT_COLUMNS)
    >>> print(csv_format.header() + csv_format.document(
    ...     document_record("d1", extract('“Go,” Jane Doe said.'))), end="")
    ... # doctest: +NORMALIZE_WHITESPACE
    id,start,end,text,kind,utterance,unclosed,multi_paragraph,interrupted,speaker,speaker_start,speaker_end,cue,cue_start,cue_end,rule,confidence
    d1,1,4,"Go,",speech,0,false,false,false,Jane Doe,6,14,said,15,19,X-said,0.96
    """

    columns: Sequence[str]
    safe: bool = False

    def _rows(self, rows: Iterable[Mapping[str, Any]]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)  # "\r\n" ends: a lone "\r" in a cell is then quoted
        for row in rows:
            writer.writerow([_cell(row.get(column), self.safe) for column in self.columns])
        return buffer.getvalue()

    def header(self) -> str:
        """The header row: the column names."""
        return self._rows([{column: column for column in self.columns}])

    def document(self, record: Mapping[str, Any]) -> str:
        """One row per entry of the document (none when it has no quotations)."""
        return self._rows(document_rows(record))

    def verdict(self, quote_id: str, quote: str, record: Mapping[str, Any]) -> str:
        """One row for the quotation."""
        return self._rows([quote_row(quote_id, quote, record)])


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _printable(value: Any) -> str:
    """A cell's text on one line, with no control characters (a quotation may run over
    paragraphs, and a terminal must not be sent escape sequences from the input)."""
    if value is None or value == "":
        return "-"
    text = str(value)
    out: list[str] = []
    for char in text:
        if char.isspace():
            if not out or out[-1] != " ":
                out.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            out.append("\N{REPLACEMENT CHARACTER}")
        else:
            out.append(char)
    return "".join(out).strip() or "-"


def _fit(text: str, width: int, *, keep_end: bool = False) -> str:
    """``text`` cut to ``width`` terminal columns (an ellipsis marks the cut), then
    padded with spaces to exactly that width."""
    widths = [_char_width(char) for char in text]
    if sum(widths) > width:
        chars = list(text)
        if keep_end:
            chars.reverse()
            widths.reverse()
        kept, used = [], 0
        for char, char_width in zip(chars, widths, strict=True):
            if used + char_width > width - 1:
                break
            kept.append(char)
            used += char_width
        if keep_end:
            kept.reverse()
            text = "\N{HORIZONTAL ELLIPSIS}" + "".join(kept)
        else:
            text = "".join(kept) + "\N{HORIZONTAL ELLIPSIS}"
        widths = [_char_width(char) for char in text]
    return text + " " * (width - sum(widths))


_GAP = "  "
_MIN_QUOTE_WIDTH = 20
# The widths of the columns but the quotation's, which takes what is left.
_FIXED_WIDTHS = {"id": 14, "speaker": 18, "cue": 12, "verdict": 13, "statement": 14}
_QUOTE_TABLE_COLUMNS = ("id", "quote", "speaker", "verdict", "statement")


@attrs.frozen(slots=True)
class TableFormat:
    """A listing for people at a terminal. Each document is a line with its id, then
    one indented line per quoted segment in aligned columns ``QUOTE SPEAKER CUE`` (and
    ``VERDICT`` with ``verified``); with ``quotes`` (for ``verify --quotes``), one line
    per quotation: ``ID QUOTE SPEAKER VERDICT STATEMENT``. The quotation's column takes
    what ``width`` (terminal columns) leaves; a cell too long is cut with an ellipsis
    (an id keeps its end). Line breaks and control characters in a cell are shown as
    spaces and U+FFFD, so that the input cannot send escape sequences to the terminal.
    A missing value is ``-``.

    >>> from quoteattr.pipeline import extract
    >>> from quoteattr.render import document_record
    >>> table = TableFormat(width=60)
    >>> text = '“We will rebuild,” Jane Doe said. It was a “grave mistake.”'
    >>> print(table.header() + table.document(document_record("story.txt", extract(text)))
    ...       + table.document(document_record("empty.txt", [])), end="")
      QUOTE                     SPEAKER             CUE
    story.txt
      We will rebuild,          Jane Doe            said
      grave mistake.            -                   -
    empty.txt: no quotations
    """

    verified: bool = False
    quotes: bool = False
    width: int = 100

    def _columns(self) -> tuple[str, ...]:
        if self.quotes:
            return _QUOTE_TABLE_COLUMNS
        return ("quote", "speaker", "cue", "verdict")[: 4 if self.verified else 3]

    def _line(self, cells: Sequence[Any], *, header: bool = False) -> str:
        columns = self._columns()
        indent = "" if self.quotes else _GAP
        fixed = [_FIXED_WIDTHS.get(column, 0) for column in columns]
        rest = self.width - len(indent) - sum(fixed) - len(_GAP) * (len(columns) - 1)
        fitted = [
            _fit(
                column.upper() if header else _printable(cell),
                width or max(rest, _MIN_QUOTE_WIDTH),
                keep_end=column == "id",
            )
            for column, cell, width in zip(columns, cells, fixed, strict=True)
        ]
        return (indent + _GAP.join(fitted)).rstrip() + "\n"

    def header(self) -> str:
        """The column names, in capitals."""
        return self._line(self._columns(), header=True)

    def document(self, record: Mapping[str, Any]) -> str:
        """The document's id, then one line per entry (quoted segment)."""
        heading = _printable(record["id"])
        if not record["quotes"]:
            heading += ": no quotations"
        lines = [_fit(heading, self.width, keep_end=True).rstrip() + "\n"]
        for entry in record["quotes"]:
            cells = [entry["text"], entry["speaker"], entry["cue"]]
            if self.verified:
                verification = entry.get("verification")
                cells.append(verification["verdict"] if verification else None)
            lines.append(self._line(cells))
        return "".join(lines)  # a document without quotations: its heading alone

    def verdict(self, quote_id: str, quote: str, record: Mapping[str, Any]) -> str:
        """One line for the quotation: its id, text, claimed speaker, verdict and the
        id of the statement it matched."""
        cells = [quote_id, quote, record["claimed_speaker"], record["verdict"]]
        return self._line([*cells, record["statement_id"]])
