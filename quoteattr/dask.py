"""Quotation extraction on Dask: bags of documents, and DataFrames with a text column.

Needs the ``dask`` extra (``pip install "quoteattr[dask]"``: ``dask[bag,dataframe]``,
``distributed`` and ``pandas``); importing this module does not import Dask, the
functions do, and say what to install when it is missing.

* :func:`extract_bag`: a bag of documents (JSONL lines, parsed; ``(id, text)`` pairs)
  to a bag of output records, ``{"id": ..., "quotes": [...]}``, the lines
  ``quoteattr extract`` writes;
* :func:`extract_frame`: a Dask DataFrame with a ``text`` column to a Dask DataFrame
  with one row per quoted segment (the columns of :data:`QUOTE_COLUMNS`);
  :func:`quote_frame` does the same to one pandas DataFrame, and is the function
  :func:`extract_frame` maps over the partitions.

Each worker process loads the lexicon once (or, for a custom lexicon passed as
``lexicon=``, receives it once, as one shared piece of the task graph).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from quoteattr.batch import (
    ErrorPolicy,
    _lexicon_from_state,
    _lexicon_state,
    extract_many,
    extract_records,
)
from quoteattr.cues import Lexicon
from quoteattr.render import document_record

if TYPE_CHECKING:  # only for the annotations: Dask and pandas are imported when used
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["QUOTE_COLUMNS", "extract_bag", "extract_frame", "quote_frame"]

QUOTE_COLUMNS: Mapping[str, str] = {
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
"""The columns of a quotation frame and their pandas dtypes: the document's ``id``, then
the fields of one entry of ``"quotes"`` in the output records (see docs/output.md).
Text columns are ``string`` (missing: ``<NA>``) and offsets that may be missing
``Int64``."""

_EXTRA = 'pip install "quoteattr[dask]"'


def _require(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"quoteattr.dask needs {module.partition('.')[0]}: {_EXTRA}") from exc


def extract_bag(
    bag: dask.bag.Bag,
    *,
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
    id_field: str = "id",
    text_field: str = "text",
) -> dask.bag.Bag:
    """Find the quotations of every document of a Dask bag: a bag of output records.

    Args:
        bag: A bag of documents, each as :func:`~quoteattr.batch.extract_many` takes
            them: a mapping (a JSONL line, parsed), an ``(id, text)`` pair or a
            :class:`~quoteattr.documents.Document`.
        on_error: A document that cannot be processed: ``"raise"`` (the computation
            fails with a :class:`~quoteattr.batch.DocumentError` naming it), ``"skip"``
            it, or ``"record"`` it, as ``{"id": ..., "quotes": [], "error": "..."}``.
        lexicon: The word lists (default: the built-in ones).
        id_field: The key of the id in mapping documents.
        text_field: The key of the text in mapping documents.

    Returns:
        A bag of ``{"id": ..., "quotes": [...]}`` records, one per document in the
        order of ``bag``: the lines ``quoteattr extract`` writes (``.map(json.dumps)``
        and ``.to_textfiles(...)`` write them as JSONL).

    Example:
        >>> import dask.bag
        >>> docs = dask.bag.from_sequence([("a", "“No,” said Jane Doe."), ("b", "Hi.")])
        >>> records = extract_bag(docs).compute(scheduler="sync")
        >>> [(r["id"], [q["speaker"] for q in r["quotes"]]) for r in records]
        [('a', ['Jane Doe']), ('b', [])]
    """
    _require("dask.bag")
    map_partitions: Any = bag.map_partitions  # untyped in Dask
    return cast(
        "dask.bag.Bag",
        map_partitions(
            _records,
            on_error=on_error,
            lexicon=_shared(lexicon),
            id_field=id_field,
            text_field=text_field,
        ),
    )


def _records(
    documents: Iterable[Any],
    *,
    on_error: ErrorPolicy,
    lexicon: Any,
    id_field: str,
    text_field: str,
) -> list[dict[str, Any]]:
    return list(
        extract_records(
            documents,
            on_error=on_error,
            lexicon=_lexicon_from_state(lexicon),
            id_field=id_field,
            text_field=text_field,
        )
    )


def quote_frame(
    frame: pandas.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
) -> pandas.DataFrame:
    """One row per quoted segment of the texts of a pandas DataFrame.

    Args:
        frame: A DataFrame with a column of texts.
        text_column: The column of texts.
        id_column: The column of document ids; ``None``, or a column the frame does
            not have, takes the index labels instead. Ids that are not strings are
            turned into strings with ``str``.
        on_error: A document that cannot be processed (a missing text, say):
            ``"raise"`` a :class:`~quoteattr.batch.DocumentError` naming it, or
            ``"skip"`` it (``"record"`` has no place in a frame of quotations: use
            :func:`extract_bag`).
        lexicon: The word lists (default: the built-in ones).

    Returns:
        A DataFrame with the columns and dtypes of :data:`QUOTE_COLUMNS` and a fresh
        index, the documents in order and the segments of each in text order; a
        document without quotations has no rows.

    Example:
        >>> import pandas
        >>> frame = pandas.DataFrame({"id": ["a", "b"], "text": ["“No,” said Jane Doe.", "Hi."]})
        >>> quote_frame(frame)[["id", "text", "speaker", "cue"]]
          id text   speaker   cue
        0  a  No,  Jane Doe  said
    """
    if on_error == "record":
        raise ValueError('on_error="record" has no place in a frame of quotations')
    pandas = _require("pandas")
    ids: Iterable[Any] = (
        frame[id_column] if id_column is not None and id_column in frame else frame.index
    )
    if text_column not in frame:
        raise KeyError(f"the frame has no column {text_column!r} (see text_column=)")
    rows: list[dict[str, Any]] = []
    for result in extract_many(
        zip(ids, frame[text_column], strict=True), on_error=on_error, lexicon=_unshared(lexicon)
    ):
        for entry in document_record(result.id, result.attributions)["quotes"]:
            rows.append({"id": result.id, **entry})
    table = pandas.DataFrame.from_records(rows, columns=list(QUOTE_COLUMNS))
    return table.astype(dict(QUOTE_COLUMNS))


def extract_frame(
    frame: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
) -> dask.dataframe.DataFrame:
    """One row per quoted segment of the texts of a Dask DataFrame.

    :func:`quote_frame` mapped over the partitions (see it for the arguments): the
    result has the columns of :data:`QUOTE_COLUMNS`, each partition's rows in order,
    and an index that restarts at 0 in each partition.

    Example:
        >>> import dask.dataframe, pandas
        >>> texts = pandas.DataFrame({"text": ["“No,” said Jane Doe.", "“Yes,” he said."]})
        >>> frame = dask.dataframe.from_pandas(texts, npartitions=2)
        >>> extract_frame(frame).compute(scheduler="sync")[["id", "text", "speaker"]]
          id  text   speaker
        0  0   No,  Jane Doe
        0  1  Yes,      <NA>
    """
    pandas = _require("pandas")
    _require("dask.dataframe")
    empty = pandas.DataFrame({text_column: pandas.Series([], dtype="string")})
    map_partitions: Any = frame.map_partitions  # untyped in Dask
    return cast(
        "dask.dataframe.DataFrame",
        map_partitions(
            quote_frame,
            text_column=text_column,
            id_column=id_column,
            on_error=on_error,
            lexicon=_shared(lexicon),
            meta=quote_frame(empty, text_column=text_column, id_column=None),
        ),
    )


def _shared(lexicon: Lexicon | None) -> Any:
    """A custom lexicon as one piece of the task graph, sent to each worker once (a
    lexicon does not pickle: its fields as plain dicts and sets)."""
    state = _lexicon_state(lexicon)
    if state is None or isinstance(state, str):
        return state
    delayed = _require("dask.delayed")
    return delayed.delayed(state, pure=True)


def _unshared(lexicon: Any) -> Lexicon | None:
    # quote_frame is called with a Lexicon by users, and with its state in a graph.
    return (
        lexicon if lexicon is None or isinstance(lexicon, Lexicon) else _lexicon_from_state(lexicon)
    )
