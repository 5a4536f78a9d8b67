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
  :func:`extract_frame` maps over the partitions;
* :func:`verify_bag`, :func:`verify_frame` and :func:`verify_quote_frame`: the same,
  going on to check every quotation against a statement archive: the records
  ``quoteattr verify`` writes, and frames with the verification columns
  (:data:`VERIFICATION_COLUMNS`) after those of :data:`QUOTE_COLUMNS`.

Each worker process loads the lexicon once (or, for a custom lexicon passed as
``lexicon=``, receives it once, as one shared piece of the task graph).

The archive is not sent to the workers: only its path is, and each worker opens the
file there, read from disk, once. Tasks keep what they open in a cache of their
thread, keyed by the path, so that the next task on the same thread finds it open,
with its index loaded. Why a cache in the task function rather than a ``distributed``
``WorkerPlugin`` that opens it when a worker starts: a SQLite connection belongs to the
thread that opened it (and :class:`~quoteattr.archive.Archive` to one thread), while a
plugin's setup runs on another thread than the tasks; and a cache works the same on a
cluster, on the local threaded scheduler (one opening per thread) and on the
synchronous one, where there is no worker to plug into. With one thread per worker
process (``threads_per_worker=1``, as advised for pure-Python work), the archive is
opened once per worker.
"""

from __future__ import annotations

import collections
import os
import threading
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from quoteattr.archive import Archive
from quoteattr.batch import (
    ErrorPolicy,
    _lexicon_from_state,
    _lexicon_state,
    extract_many,
    extract_records,
    verify_many,
    verify_records,
)
from quoteattr.cues import Lexicon
from quoteattr.extras import require
from quoteattr.frames import QUOTE_COLUMNS, VERIFICATION_COLUMNS, to_dataframe

if TYPE_CHECKING:  # only for the annotations: Dask and pandas are imported when used
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = [
    "QUOTE_COLUMNS",
    "VERIFICATION_COLUMNS",
    "extract_bag",
    "extract_frame",
    "quote_frame",
    "verify_bag",
    "verify_frame",
    "verify_quote_frame",
]


def _require(module: str) -> ModuleType:
    return require(module, user="quoteattr.dask", extra="dask")


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
    archive_path: str | None = None,
    on_error: ErrorPolicy,
    lexicon: Any,
    id_field: str,
    text_field: str,
) -> list[dict[str, Any]]:
    """One partition's output records: verified against the archive at
    ``archive_path`` (this worker's open copy), or extracted only."""
    options: dict[str, Any] = {
        "on_error": on_error,
        "lexicon": _lexicon_from_state(lexicon),
        "id_field": id_field,
        "text_field": text_field,
    }
    if archive_path is None:
        return list(extract_records(documents, **options))
    return list(verify_records(documents, _archive_at(archive_path), **options))


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
    documents = _frame_documents(frame, text_column, id_column, on_error)
    results = extract_many(documents, on_error=on_error, lexicon=_unshared(lexicon))
    return to_dataframe(results, verified=False)


def _frame_documents(
    frame: pandas.DataFrame, text_column: str, id_column: str | None, on_error: ErrorPolicy
) -> Iterable[tuple[Any, Any]]:
    """The ``(id, text)`` documents of a frame, once the options are checked."""
    if on_error == "record":
        raise ValueError('on_error="record" has no place in a frame of quotations')
    _require("pandas")
    ids: Iterable[Any] = (
        frame[id_column] if id_column is not None and id_column in frame else frame.index
    )
    if text_column not in frame:
        raise KeyError(f"the frame has no column {text_column!r} (see text_column=)")
    return zip(ids, frame[text_column], strict=True)


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


def verify_bag(
    bag: dask.bag.Bag,
    archive_path: str | os.PathLike[str],
    *,
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
    id_field: str = "id",
    text_field: str = "text",
) -> dask.bag.Bag:
    """Find and verify the quotations of every document of a Dask bag: a bag of the
    records ``quoteattr verify`` writes.

    Args:
        bag: A bag of documents, as :func:`extract_bag` takes them.
        archive_path: The path of the archive file, as the workers see it (on a
            cluster: a path on a file system every worker mounts, best absolute).
            Only the path goes into the task graph; each worker thread opens the file
            once, at its first task, and keeps it open for the next (see the module
            docstring). It is read, never written.
        on_error: As for :func:`extract_bag`. A missing or wrong archive file is not a
            document's error: the computation fails with an
            :class:`~quoteattr.archive.ArchiveError` naming it.
        lexicon: The word lists (default: the built-in ones).
        id_field: The key of the id in mapping documents.
        text_field: The key of the text in mapping documents.

    Returns:
        A bag of ``{"id": ..., "quotes": [...]}`` records, one per document in the
        order of ``bag``, each quotation with its ``verification``: those of
        :func:`~quoteattr.batch.verify_records`.

    Example:
        >>> import dask.bag, pathlib, tempfile
        >>> from quoteattr.model import Statement
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "statements.sqlite"
        >>> with Archive.open(path) as archive:
        ...     archive.add(Statement("s1", "Jane Doe", "We will rebuild every school."))
        >>> docs = dask.bag.from_sequence([("a", "“We will rebuild,” said Jane Doe.")])
        >>> [record] = verify_bag(docs, path).compute(scheduler="sync")
        >>> [(q["text"], q["verification"]["verdict"]) for q in record["quotes"]]
        [('We will rebuild,', 'truncated')]
    """
    _require("dask.bag")
    map_partitions: Any = bag.map_partitions  # untyped in Dask
    return cast(
        "dask.bag.Bag",
        map_partitions(
            _records,
            archive_path=_path(archive_path),
            on_error=on_error,
            lexicon=_shared(lexicon),
            id_field=id_field,
            text_field=text_field,
        ),
    )


def verify_quote_frame(
    frame: pandas.DataFrame,
    archive: Archive | str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
) -> pandas.DataFrame:
    """One row per quoted segment of the texts of a pandas DataFrame, with its verdict.

    Args:
        frame: A DataFrame with a column of texts.
        archive: An open :class:`~quoteattr.archive.Archive`, or the path of an
            archive file, opened for this call and closed after it.
        text_column: As for :func:`quote_frame`.
        id_column: As for :func:`quote_frame`.
        on_error: As for :func:`quote_frame`.
        lexicon: The word lists (default: the built-in ones).

    Returns:
        :func:`quote_frame`'s rows, with the columns of :data:`QUOTE_COLUMNS` then those
        of :data:`VERIFICATION_COLUMNS`: each segment carries the verdict of its
        quotation (the segments of one utterance share it).

    Example:
        >>> import pandas
        >>> from quoteattr.model import Statement
        >>> archive = Archive.memory()
        >>> archive.add(Statement("s1", "Jane Doe", "We will rebuild every school."))
        >>> frame = pandas.DataFrame({"text": ["“We will rebuild every home,” Jane Doe said."]})
        >>> verify_quote_frame(frame, archive)[["speaker", "verdict", "statement_id"]]
            speaker  verdict statement_id
        0  Jane Doe  altered           s1
    """
    documents = _frame_documents(frame, text_column, id_column, on_error)
    if not isinstance(archive, Archive):
        with Archive.open(archive, create=False) as opened:
            return verify_quote_frame(
                frame,
                opened,
                text_column=text_column,
                id_column=id_column,
                on_error=on_error,
                lexicon=lexicon,
            )
    results = verify_many(documents, archive, on_error=on_error, lexicon=_unshared(lexicon))
    return to_dataframe(results, verified=True)


def verify_frame(
    frame: dask.dataframe.DataFrame,
    archive_path: str | os.PathLike[str],
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
) -> dask.dataframe.DataFrame:
    """One row per quoted segment of the texts of a Dask DataFrame, with its verdict.

    :func:`verify_quote_frame` mapped over the partitions, each worker thread opening
    the archive at ``archive_path`` once (as :func:`verify_bag` does; see it for the
    path). The result has the columns of :data:`QUOTE_COLUMNS` and
    :data:`VERIFICATION_COLUMNS`, each partition's rows in order, and an index that
    restarts at 0 in each partition.

    Example:
        >>> import dask.dataframe, pandas, pathlib, tempfile
        >>> from quoteattr.model import Statement
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "statements.sqlite"
        >>> with Archive.open(path) as archive:
        ...     archive.add(Statement("s1", "Jane Doe", "We will rebuild every school."))
        >>> texts = pandas.DataFrame({"text": ["“We will rebuild,” Jane Doe said.", "“No.”"]})
        >>> frame = dask.dataframe.from_pandas(texts, npartitions=2)
        >>> verify_frame(frame, path).compute(scheduler="sync")[["id", "text", "verdict"]]
          id              text     verdict
        0  0  We will rebuild,   truncated
        0  1               No.  fabricated
    """
    pandas = _require("pandas")
    _require("dask.dataframe")
    columns = {**QUOTE_COLUMNS, **VERIFICATION_COLUMNS}
    meta = pandas.DataFrame({name: pandas.Series([], dtype=kind) for name, kind in columns.items()})
    map_partitions: Any = frame.map_partitions  # untyped in Dask
    return cast(
        "dask.dataframe.DataFrame",
        map_partitions(
            _verified_partition,
            archive_path=_path(archive_path),
            text_column=text_column,
            id_column=id_column,
            on_error=on_error,
            lexicon=_shared(lexicon),
            meta=meta,
        ),
    )


def _verified_partition(
    frame: pandas.DataFrame, *, archive_path: str, **options: Any
) -> pandas.DataFrame:
    return verify_quote_frame(frame, _archive_at(archive_path), **options)


def _path(archive_path: str | os.PathLike[str]) -> str:
    if isinstance(archive_path, Archive):
        raise TypeError(
            "give the path of the archive file (archive.path), which each worker opens: "
            "an open archive is not sent to workers"
        )
    if not isinstance(archive_path, (str, os.PathLike)):
        raise TypeError(f"archive_path must be a path, not {type(archive_path).__name__}")
    return os.fspath(archive_path)


# The archives the tasks run on one thread have opened, by path: each thread of each
# process (each Dask worker thread, the caller's thread for the synchronous scheduler)
# has its own, as a SQLite connection belongs to the thread that opened it. A private
# cache of read-only resources, never seen by callers: see the module docstring.
_thread_archives = threading.local()
_OPEN_PER_THREAD = 4  # archives kept open per thread; the least recently used is closed


def _archive_at(path: str) -> Archive:
    """The archive at ``path``, opened at the first call on this thread and kept open.

    A file replaced at the same path (another device or inode) is opened afresh.
    """
    archives: collections.OrderedDict[str, tuple[tuple[int, int], Archive]] | None = getattr(
        _thread_archives, "by_path", None
    )
    if archives is None:
        archives = _thread_archives.by_path = collections.OrderedDict()
    try:
        status = os.stat(path)
        identity = (status.st_dev, status.st_ino)
    except OSError:
        identity = (-1, -1)  # Archive.open says what is wrong
    held = archives.pop(path, None)
    if held is not None and held[0] == identity:
        archives[path] = held  # the most recently used, last
        return held[1]
    if held is not None:
        held[1].close()
    archive = Archive.open(path, read_only=True)
    archives[path] = (identity, archive)
    while len(archives) > _OPEN_PER_THREAD:
        archives.popitem(last=False)[1][1].close()
    return archive


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
