"""Results as a pandas DataFrame: one row per quoted segment.

Needs pandas (``pip install "quoteattr[pandas]"``); importing this module does not
import it, :func:`to_dataframe` does, and says what to install when it is missing.

The columns are those of :data:`QUOTE_COLUMNS` (the fields of one entry of ``"quotes"``
in the output records, after the document's ``id``), and, for verified results, those
of :data:`VERIFICATION_COLUMNS`. The Dask frames of :mod:`quoteattr.dask` have the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any

from quoteattr.batch import DocumentResult
from quoteattr.extras import require
from quoteattr.model import Attribution, Verdict
from quoteattr.render import document_record

if TYPE_CHECKING:  # only for the annotations: pandas is imported when used
    import pandas

__all__ = ["QUOTE_COLUMNS", "VERIFICATION_COLUMNS", "to_dataframe"]

QUOTE_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "id": "string",
        "start": "int64",
        "end": "int64",
        "text": "string",
        "kind": "string",
        "utterance": "int64",
        "unclosed": "bool",
        "multi_paragraph": "bool",
        "interrupted": "bool",
        "speaker": "string",
        "speaker_start": "Int64",
        "speaker_end": "Int64",
        "cue": "string",
        "cue_start": "Int64",
        "cue_end": "Int64",
        "rule": "string",
        "confidence": "float64",
    }
)
"""The columns of a quotation frame and their pandas dtypes: the document's ``id``, then
the fields of one entry of ``"quotes"`` in the output records (see docs/output.md).
Text columns are ``string`` (missing: ``<NA>``) and offsets that may be missing
``Int64``."""

VERIFICATION_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "verdict": "string",
        "statement_id": "string",
        "statement_speaker": "string",
        "score": "Float64",
        "meaning_change": "boolean",
        "explanation": "string",
    }
)
"""The columns a verified quotation frame has after those of :data:`QUOTE_COLUMNS`,
and their pandas dtypes: the fields ``verdict``, ``statement_id``, ``speaker`` (here
``statement_speaker``: who said the matched statement, where ``speaker`` is who the
article says said the quotation), ``score``, ``meaning_change`` and ``explanation`` of
an entry's ``verification`` in the records ``quoteattr verify`` writes (see
docs/output.md). All are missing (``<NA>``) for a quotation that is not checked (a
name, a title of a work); ``statement_id``, ``statement_speaker`` and ``score`` are
missing for a ``fabricated`` one."""

# VERIFICATION_COLUMNS -> the key of each in a verdict record (quoteattr.render.verdict_record)
_VERDICT_FIELDS = MappingProxyType(
    {
        column: "speaker" if column == "statement_speaker" else column
        for column in VERIFICATION_COLUMNS
    }
)
_ACCEPTED = (
    "an iterable of DocumentResult (from extract_many), of output records (dicts with "
    '"id" and "quotes"), of (id, attributions) pairs or (id, attributions, verdicts) '
    "triples, or the list of Attribution of one text"
)

Results = Iterable[
    DocumentResult
    | Mapping[str, Any]
    | tuple[Any, Sequence[Attribution]]
    | tuple[Any, Sequence[Attribution], Mapping[int, Verdict] | Iterable[Verdict]]
    | Attribution
]
"""What :func:`to_dataframe` takes."""


def _require_pandas() -> ModuleType:
    return require("pandas", user="quoteattr.frames", extra="pandas")


def to_dataframe(results: Results, *, verified: bool | None = None) -> pandas.DataFrame:
    """One row per quoted segment of the results, in a pandas DataFrame.

    Args:
        results: Any of these, as you have them:

            * the :class:`~quoteattr.batch.DocumentResult` records
              :func:`~quoteattr.batch.extract_many` yields (a document whose error
              was recorded has no rows);
            * output records, ``{"id": ..., "quotes": [...]}``: the lines
              ``quoteattr extract`` and ``quoteattr verify`` write, parsed, or
              :func:`~quoteattr.render.document_record`'s results;
            * ``(id, attributions)`` pairs, or ``(id, attributions, verdicts)``
              triples, ``verdicts`` being the verdicts of that text: those
              :func:`~quoteattr.pipeline.verify` returns (matched to the
              attributions by their ``attribution``) or a mapping from the
              position of an attribution to its verdict (as
              :func:`~quoteattr.pipeline.verify_attributions` returns);
            * the list of :class:`~quoteattr.model.Attribution` of one text, as
              :func:`~quoteattr.pipeline.extract` returns it (``id`` is then missing).

        verified: Whether the frame has the verification columns: ``None`` (the
            default) when any result carries verdicts; ``True`` always (a frame with
            no rows keeps its columns: a Dask partition's, say); ``False`` never.

    Returns:
        A DataFrame with the columns and dtypes of :data:`QUOTE_COLUMNS`
        (offsets as integers, ``Int64`` with ``<NA>`` where there is no speaker or cue),
        followed by those of :data:`VERIFICATION_COLUMNS` when any result carries verdicts
        (records whose entries have a ``"verification"``, or triples), and a fresh
        index: documents in order, the segments of each in text order. The segments of
        one quotation share its ``utterance`` number.

    Raises:
        TypeError: ``results`` is not one of the above; the message says which item.
        ValueError: An output record lacks a field, or has one of the wrong kind; the
            message names the record, the quotation and the field.
        ImportError: pandas is not installed.

    Example:
        >>> from quoteattr.pipeline import extract
        >>> text = "“No,” said Jane Doe. It was a “holy war.”"
        >>> to_dataframe(extract(text))[["text", "speaker", "speaker_start", "cue_end"]]
                text   speaker  speaker_start  cue_end
        0        No,  Jane Doe             11       10
        1  holy war.      <NA>           <NA>     <NA>
        >>> from quoteattr.batch import extract_many
        >>> docs = [("a", text), ("b", "“Yes,” he said.")]
        >>> to_dataframe(extract_many(docs))[["id", "start", "end", "utterance"]]
          id  start  end  utterance
        0  a      1    4          0
        1  a     31   40          1
        2  b      1    5          0
    """
    pandas = _require_pandas()
    rows: list[dict[str, Any]] = []
    any_verdicts = False
    for doc_id, where, entries, has_verdicts in _documents(results):
        any_verdicts = any_verdicts or has_verdicts
        for number, entry in enumerate(entries):
            rows.append(_row(doc_id, entry, f"{where}, quotation {number}"))
    columns = dict(QUOTE_COLUMNS)
    if verified or (verified is None and any_verdicts):
        columns.update(VERIFICATION_COLUMNS)
    frame = pandas.DataFrame.from_records(rows, columns=list(columns))
    for column, dtype in columns.items():
        try:
            frame[column] = frame[column].astype(dtype)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"column {column!r} does not convert to {dtype}: {exc}") from exc
    return frame


def _documents(results: Any) -> Iterator[tuple[str | None, str, Sequence[Any], bool]]:
    """Each document of ``results``: its id, where it is (for error messages), its
    entries (as in an output record) and whether they carry verdicts."""
    if isinstance(results, (str, bytes, Mapping, DocumentResult, Attribution)) or not (
        isinstance(results, Iterable)
    ):
        raise TypeError(
            f"to_dataframe takes {_ACCEPTED}; got one {type(results).__name__}"
            " (a single result goes in a list)"
        )
    attributions: list[Attribution] = []
    for index, item in enumerate(results):
        if isinstance(item, Attribution):
            if index != len(attributions):
                raise TypeError(f"item {index} is an Attribution among documents")
            attributions.append(item)
            continue
        if attributions:
            raise TypeError(
                f"item {index} is of type {type(item).__name__}, among the Attributions of one text"
            )
        yield _document(index, item)
    if attributions:
        yield None, "the text", document_record("", attributions)["quotes"], False


def _document(index: int, item: Any) -> tuple[str | None, str, Sequence[Any], bool]:
    where = f"item {index}"
    if isinstance(item, DocumentResult):
        record = document_record(item.id, item.attributions, item.verdicts)
        return item.id, where, record["quotes"], item.verdicts is not None
    if isinstance(item, Mapping):
        doc_id = item.get("id")
        if doc_id is not None:
            where = f"record {index} (id {doc_id!r})"
        entries = item.get("quotes")
        if not isinstance(entries, Sequence) or isinstance(entries, (str, bytes)):
            raise ValueError(f'{where}: "quotes" is missing or not a list')
        for number, entry in enumerate(entries):
            if not isinstance(entry, Mapping):
                raise ValueError(f"{where}, quotation {number}: not a mapping")
        verified = any("verification" in entry for entry in entries)
        return _id(doc_id), where, entries, verified
    if isinstance(item, tuple) and len(item) in (2, 3):
        doc_id, attributions = item[0], item[1]
        if not isinstance(attributions, Sequence) or not all(
            isinstance(a, Attribution) for a in attributions
        ):
            raise TypeError(f"{where}: the second element is not a list of Attribution")
        verdicts = _verdicts(where, attributions, item[2]) if len(item) == 3 else None
        record = document_record("", attributions, verdicts)
        return _id(doc_id), where, record["quotes"], verdicts is not None
    raise TypeError(f"to_dataframe takes {_ACCEPTED}; {where} is of type {type(item).__name__}")


def _id(doc_id: Any) -> str | None:
    return None if doc_id is None else str(doc_id)


def _verdicts(where: str, attributions: Sequence[Attribution], verdicts: Any) -> dict[int, Verdict]:
    if isinstance(verdicts, Mapping):
        if not all(isinstance(v, Verdict) for v in verdicts.values()):
            raise TypeError(f"{where}: the verdicts are not Verdict records")
        return dict(verdicts)
    if isinstance(verdicts, (str, bytes)) or not isinstance(verdicts, Iterable):
        raise TypeError(f"{where}: the third element is not the verdicts of the text")
    position = {attribution: number for number, attribution in enumerate(attributions)}
    found: dict[int, Verdict] = {}
    for verdict in verdicts:
        if not isinstance(verdict, Verdict):
            raise TypeError(f"{where}: the verdicts are not Verdict records")
        number = position.get(verdict.attribution) if verdict.attribution else None
        if number is None:
            raise ValueError(f"{where}: a verdict's attribution is not among the attributions")
        found[number] = verdict
    return found


def _row(doc_id: str | None, entry: Mapping[str, Any], where: str) -> dict[str, Any]:
    row: dict[str, Any] = {"id": doc_id}
    for column in QUOTE_COLUMNS:
        if column == "id":
            continue
        if column not in entry:
            raise ValueError(f"{where}: no field {column!r}")
        row[column] = entry[column]
    verification = entry.get("verification")
    if verification is not None:
        if not isinstance(verification, Mapping):
            raise ValueError(f'{where}: "verification" is not a mapping')
        for column, field in _VERDICT_FIELDS.items():
            row[column] = verification.get(field)
    return row
