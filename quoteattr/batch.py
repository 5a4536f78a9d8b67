"""Many documents at once, on one core or on all of them: :func:`extract_many` (the
attributions of each document) and :func:`extract_records` (its output record), and
:func:`verify_many` and :func:`verify_records`, which go on to check each quotation
against a statement archive.

Documents stream through: they are read from the iterable only as fast as results
are taken, at most a few chunks of them are in flight at a time, and the results come
back in input order, so memory stays the same whatever the size of the corpus.

A document that cannot be processed does not stop the run unless asked to
(``on_error="raise"``, the default): it is skipped (``"skip"``) or comes back as a
:class:`DocumentResult` that names it and holds the error (``"record"``).
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import copyreg
import io
import multiprocessing.context
import multiprocessing.util
import operator
import os
import pickle
import signal
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Literal, TypeVar

import attrs

from quoteattr.archive import Archive
from quoteattr.cues import Lexicon, load_lexicon
from quoteattr.documents import Document
from quoteattr.errors import QuoteattrError
from quoteattr.model import (
    Attribution,
    Cue,
    Edit,
    Match,
    Mention,
    Quote,
    Segment,
    Speaker,
    Statement,
    Verdict,
)
from quoteattr.pipeline import extract, verify_attributions
from quoteattr.render import document_record

__all__ = [
    "DocumentError",
    "DocumentResult",
    "ErrorPolicy",
    "available_cores",
    "extract_many",
    "extract_records",
    "verify_many",
    "verify_records",
]

ErrorPolicy = Literal["raise", "skip", "record"]
"""What to do with a document that cannot be processed: ``raise`` a
:class:`DocumentError`, ``skip`` it, or ``record`` the error in its result."""

DEFAULT_CHUNKSIZE = 64
"""Documents sent to a worker process at a time (news articles of a few KB: tens of
milliseconds of work, against well under a millisecond of overhead a chunk)."""

_IN_FLIGHT_PER_WORKER = 2  # chunks queued or running per worker: one at work, one waiting
_POLICIES = ("raise", "skip", "record")


class DocumentError(QuoteattrError, RuntimeError):
    """A document could not be processed; ``doc_id`` names it.

    ``error`` is the original exception as ``"TypeName: message"``; when the document
    was processed in this process, the exception is also chained (``__cause__``).

    >>> str(DocumentError("d7", "ValueError: bad"))
    "document 'd7': ValueError: bad"
    """

    def __init__(self, doc_id: str, error: str) -> None:
        self.doc_id = doc_id
        self.error = error
        super().__init__(f"document {doc_id!r}: {error}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # Pickled whole, for a cluster to send it back from a worker.
        return type(self), (self.doc_id, self.error)


@attrs.frozen(slots=True)
class DocumentResult:
    """The results of one document: its id, and its attributions or the error.

    ``attributions`` are what :func:`~quoteattr.pipeline.extract` returns, in text
    order. ``error`` is ``None``, or ``"TypeName: message"`` when the document could not
    be processed (with ``on_error="record"``; ``attributions`` is then empty).

    ``verdicts`` is ``None`` unless the document was verified (by :func:`verify_many`):
    then it maps the position of each checked attribution in ``attributions`` to its
    :class:`~quoteattr.model.Verdict`, as
    :func:`~quoteattr.pipeline.verify_attributions` returns them (quotations of other
    kinds, names and titles, are not checked), and
    ``document_record(result.id, result.attributions, result.verdicts)`` is the line
    ``quoteattr verify`` writes. Treat it as read-only; it takes no part in the hash.

    >>> DocumentResult("d1").ok, DocumentResult("d2", error="TypeError: no text").ok
    (True, False)
    """

    id: str
    attributions: tuple[Attribution, ...] = ()
    error: str | None = None
    verdicts: Mapping[int, Verdict] | None = attrs.field(default=None, hash=False)

    @property
    def ok(self) -> bool:
        """Whether the document was processed."""
        return self.error is None


def available_cores() -> int:
    """The number of CPU cores this process may run on (at least 1).

    >>> available_cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def extract_many(
    documents: Iterable[Document | Mapping[str, Any] | tuple[Any, Any]],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
    id_field: str = "id",
    text_field: str = "text",
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[DocumentResult, None, None]:
    """Run :func:`~quoteattr.pipeline.extract` on every document; yield the results
    in input order, each as a :class:`DocumentResult`.

    Args:
        documents: Any iterable (a generator, a file being read) of documents, each a
            :class:`~quoteattr.documents.Document`, a mapping with the id in
            ``id_field`` and the text in ``text_field`` (a JSONL line, parsed), or an
            ``(id, text)`` pair. An id that is not a string is turned into one with
            ``str``; a mapping without an id gets its position in ``documents``
            (``"0"`` for the first).
        workers: How many processes do the work: 1 (the default) does it in this
            process; ``None`` starts one per available core.
        chunksize: How many documents a worker process is sent at a time.
        on_error: A document that cannot be processed (its text is missing or not a
            string, or extraction raised): ``"raise"`` a :class:`DocumentError`
            naming it (the default), ``"skip"`` it, or ``"record"`` it, as a result
            whose ``error`` says what went wrong.
        lexicon: The word lists (default: :func:`~quoteattr.cues.load_lexicon`);
            each worker process builds it once.
        id_field: The key of the id in mapping documents.
        text_field: The key of the text in mapping documents.
        mp_context: The :mod:`multiprocessing` context worker processes are started
            with (default: the platform's).

    Returns:
        A lazy generator: nothing is read or started before the first result is asked
        for. With workers, at most ``2 * workers`` chunks are in flight at a time, so
        memory does not grow with the number of documents. Close the generator (or
        exhaust it) to stop the worker processes; leaving a loop early with ``break``
        does so once the generator is garbage-collected, or at once with
        :func:`contextlib.closing`.

    Raises:
        ValueError: ``workers``, ``chunksize`` or ``on_error`` is invalid (at once,
            not at the first result).
        DocumentError: With ``on_error="raise"``, a document could not be processed.

    Example:
        >>> docs = [{"id": "a", "text": "“No,” said Jane Doe."}, ("b", 42)]
        >>> for result in extract_many(docs, on_error="record"):
        ...     print(result.id, [x.speaker.name for x in result.attributions], result.error)
        a ['Jane Doe'] None
        b [] TypeError: the text is not a str but an int
    """
    items = _checked(documents, workers, chunksize, on_error, id_field, text_field)
    outcomes = _outcomes(items, workers, chunksize, on_error, lexicon, mp_context, _as_tuple, None)
    return _as_results(outcomes)


def extract_records(
    documents: Iterable[Document | Mapping[str, Any] | tuple[Any, Any]],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
    id_field: str = "id",
    text_field: str = "text",
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[dict[str, Any], None, None]:
    """:func:`extract_many`, yielding each document's output record instead:
    ``{"id": ..., "quotes": [...]}``, the JSON-ready record ``quoteattr extract`` writes
    (see :func:`~quoteattr.render.document_record`).

    The records are made in the worker processes, and cost much less to send back
    than the attributions: the way to write results out. With ``on_error="record"``,
    a document that could not be processed is ``{"id": ..., "quotes": [], "error":
    "TypeName: message"}``. The arguments are those of :func:`extract_many`.

    Example:
        >>> [record] = extract_records([("a", "“No,” said Jane Doe.")])
        >>> record["id"], [(q["text"], q["speaker"]) for q in record["quotes"]]
        ('a', [('No,', 'Jane Doe')])
    """
    items = _checked(documents, workers, chunksize, on_error, id_field, text_field)
    outcomes = _outcomes(
        items, workers, chunksize, on_error, lexicon, mp_context, _as_entries, None
    )
    return _as_records(outcomes)


def verify_many(
    documents: Iterable[Document | Mapping[str, Any] | tuple[Any, Any]],
    archive: Archive | str | os.PathLike[str],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
    id_field: str = "id",
    text_field: str = "text",
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[DocumentResult, None, None]:
    """:func:`extract_many`, going on to check every quotation against ``archive``:
    each :class:`DocumentResult` also holds ``verdicts``, those of
    :func:`~quoteattr.pipeline.verify_attributions`.

    Args:
        documents: As for :func:`extract_many`.
        archive: The statement archive: the path of an archive file, which each worker
            process opens once, when it starts, and keeps open until it stops (in this
            process, with ``workers=1``: from the first result to the last); or an open
            :class:`~quoteattr.archive.Archive`, used as it is with ``workers=1``, and
            whose file (``archive.path``) the workers open otherwise. An archive in
            memory (:meth:`~quoteattr.archive.Archive.memory`) cannot be shared with
            worker processes: it needs ``workers=1``.
        workers: How many processes do the work: 1 (the default) does it in this
            process; ``None`` starts one per available core.
        chunksize: How many documents a worker process is sent at a time.
        on_error: As for :func:`extract_many`: a document that cannot be extracted
            or verified is raised, skipped or recorded with its id.
        lexicon: The word lists (default: :func:`~quoteattr.cues.load_lexicon`).
        id_field: The key of the id in mapping documents.
        text_field: The key of the text in mapping documents.
        mp_context: The :mod:`multiprocessing` context worker processes are started
            with (default: the platform's).

    Returns:
        A lazy generator, in input order, in bounded memory, as for
        :func:`extract_many`. A document recorded as an error has ``verdicts=None``.

    Raises:
        ValueError: An option is invalid, or an archive in memory was given with
            ``workers`` other than 1 (at once, not at the first result).
        ~quoteattr.archive.ArchiveError: The archive file does not exist, or is not a
            quoteattr archive (at once: it is opened and closed to check; an
            ``ArchiveError`` is also a ``ValueError``).
        DocumentError: With ``on_error="raise"``, a document could not be processed.

    Example:
        >>> from quoteattr.model import Statement
        >>> archive = Archive.memory()
        >>> archive.add(Statement("s1", "Jane Doe", "We will rebuild every school."))
        >>> docs = [("a", "“We will rebuild every home,” Jane Doe said."), ("b", "Hi.")]
        >>> for result in verify_many(docs, archive):
        ...     print(result.id, [(v.label, v.speaker) for v in result.verdicts.values()])
        a [('altered', 'Jane Doe')]
        b []
    """
    items = _checked(documents, workers, chunksize, on_error, id_field, text_field)
    source = _archive_source(archive, workers)
    outcomes = _outcomes(
        items, workers, chunksize, on_error, lexicon, mp_context, _as_verified, source
    )
    return _as_verified_results(outcomes)


def verify_records(
    documents: Iterable[Document | Mapping[str, Any] | tuple[Any, Any]],
    archive: Archive | str | os.PathLike[str],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_error: ErrorPolicy = "raise",
    lexicon: Lexicon | None = None,
    id_field: str = "id",
    text_field: str = "text",
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[dict[str, Any], None, None]:
    """:func:`verify_many`, yielding each document's output record instead: the line
    ``quoteattr verify`` writes, ``{"id": ..., "quotes": [...]}``, each entry with its
    ``verification`` (see :func:`~quoteattr.render.document_record`).

    The records are made in the worker processes, the cheaper to send back. With
    ``on_error="record"``, a document that could not be processed is ``{"id": ...,
    "quotes": [], "error": "TypeName: message"}``. The arguments are those of
    :func:`verify_many`.

    Example:
        >>> from quoteattr.model import Statement
        >>> archive = Archive.memory()
        >>> archive.add(Statement("s1", "Jane Doe", "We will rebuild every school."))
        >>> [record] = verify_records([("a", "“We will rebuild,” Jane Doe said.")], archive)
        >>> [(q["text"], q["verification"]["verdict"]) for q in record["quotes"]]
        [('We will rebuild,', 'truncated')]
    """
    items = _checked(documents, workers, chunksize, on_error, id_field, text_field)
    source = _archive_source(archive, workers)
    outcomes = _outcomes(
        items, workers, chunksize, on_error, lexicon, mp_context, _as_verified_entries, source
    )
    return _as_records(outcomes)


def _archive_source(
    archive: Archive | str | os.PathLike[str], workers: int | None
) -> Archive | str:
    """The archive to verify with, checked at once: an open archive for this process
    (``workers=1``), or the path of the file each worker opens."""
    if isinstance(archive, Archive):
        if workers == 1:
            return archive
        if archive.path == ":memory:":
            raise ValueError(
                "an archive in memory cannot be shared with worker processes: use "
                "workers=1, or save the statements to an archive file "
                "(Archive.open(path), import, build_index) and pass its path"
            )
        archive = archive.path
    if not isinstance(archive, (str, os.PathLike)):
        raise TypeError(
            f"archive must be an Archive or the path of an archive file, not "
            f"{_a(type(archive).__name__)}"
        )
    path = os.path.abspath(os.fspath(archive))  # the workers may not share this cwd
    Archive.open(path, create=False).close()  # a missing file or a wrong one: now
    return path


def _checked(
    documents: Iterable[Document | Mapping[str, Any] | tuple[Any, Any]],
    workers: int | None,
    chunksize: int,
    on_error: ErrorPolicy,
    id_field: str,
    text_field: str,
) -> Iterator[_Item]:
    """The documents as items, once the options are checked (at once, not lazily)."""
    if on_error not in _POLICIES:
        raise ValueError(f"on_error must be one of {', '.join(map(repr, _POLICIES))}")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive integer or None, not {workers!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive integer, not {chunksize!r}")
    return _documents(documents, id_field, text_field)


def _as_results(
    outcomes: Generator[tuple[str, tuple[Attribution, ...] | None, str | None], None, None],
) -> Generator[DocumentResult, None, None]:
    with contextlib.closing(outcomes):  # closing the results stops the workers
        for doc_id, attributions, error in outcomes:
            yield DocumentResult(doc_id, attributions or (), error)


def _as_verified_results(
    outcomes: Generator[_Outcome[_Verified], None, None],
) -> Generator[DocumentResult, None, None]:
    with contextlib.closing(outcomes):
        for doc_id, verified, error in outcomes:
            if verified is None:
                yield DocumentResult(doc_id, (), error)
            else:
                yield DocumentResult(doc_id, verified[0], error, verified[1])


def _as_records(
    outcomes: Generator[tuple[str, list[dict[str, Any]] | None, str | None], None, None],
) -> Generator[dict[str, Any], None, None]:
    with contextlib.closing(outcomes):
        for doc_id, entries, error in outcomes:
            record: dict[str, Any] = {"id": doc_id, "quotes": entries or []}
            if error is not None:
                record["error"] = error
            yield record


# What is sent back for each document, made in the worker from its attributions and
# the worker's archive (``None`` for extraction alone).
def _as_tuple(attributions: list[Attribution], archive: Archive | None) -> tuple[Attribution, ...]:
    return tuple(attributions)


def _as_entries(attributions: list[Attribution], archive: Archive | None) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = document_record("", attributions)["quotes"]
    return entries


_Verified = tuple[tuple[Attribution, ...], dict[int, Verdict]]


def _as_verified(attributions: list[Attribution], archive: Archive | None) -> _Verified:
    return tuple(attributions), verify_attributions(attributions, _required(archive))


def _as_verified_entries(
    attributions: list[Attribution], archive: Archive | None
) -> list[dict[str, Any]]:
    verdicts = verify_attributions(attributions, _required(archive))
    entries: list[dict[str, Any]] = document_record("", attributions, verdicts)["quotes"]
    return entries


def _required(archive: Archive | None) -> Archive:
    if archive is None:  # not reached: verify_many always passes one
        raise RuntimeError("no archive to verify with")
    return archive


# A document as read: its id, and its text or the reason there is none.
_Item = tuple[str, str | None, str | None]


def _documents(
    documents: Iterable[Document | Mapping[str, Any] | tuple[Any, Any]],
    id_field: str,
    text_field: str,
) -> Iterator[_Item]:
    for position, document in enumerate(documents):
        doc_id: Any
        text: Any
        if isinstance(document, Document):
            doc_id, text = document.id, document.text
        elif isinstance(document, Mapping):
            doc_id = document.get(id_field, position)
            if doc_id is None:
                doc_id = position
            if text_field not in document:
                yield str(doc_id), None, f"KeyError: the document has no {text_field!r} field"
                continue
            text = document[text_field]
        elif isinstance(document, (tuple, list)) and len(document) == 2:
            doc_id, text = document
        else:
            kind = type(document).__name__
            yield (
                str(position),
                None,
                f"TypeError: a document is a Document, a mapping or an (id, text) pair, "
                f"not {_a(kind)}",
            )
            continue
        doc_id = doc_id if isinstance(doc_id, str) else str(doc_id)
        if isinstance(text, str):
            yield doc_id, text, None
        else:
            yield doc_id, None, f"TypeError: the text is not a str but {_a(type(text).__name__)}"


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


_T = TypeVar("_T")
# A document's outcome: its id, and what was made of its attributions or the error.
_Outcome = tuple[str, _T | None, str | None]


def _outcomes(
    items: Iterator[_Item],
    workers: int | None,
    chunksize: int,
    on_error: ErrorPolicy,
    lexicon: Lexicon | None,
    mp_context: multiprocessing.context.BaseContext | None,
    finish: _Finish[_T],
    archive: Archive | str | None,
) -> Generator[_Outcome[_T], None, None]:
    """The outcome of each item, in order. ``archive`` is ``None`` (extraction alone),
    an open archive (used in this process) or the path of the file to open."""
    if workers is None:
        workers = available_cores()
    if workers == 1:
        return _in_process(items, on_error, lexicon, finish, archive)
    path = archive.path if isinstance(archive, Archive) else archive
    return _in_pool(items, workers, chunksize, on_error, lexicon, mp_context, finish, path)


# What a worker makes of a document's attributions, with its archive (if any).
_Finish = Callable[[list[Attribution], Archive | None], _T]


def _in_process(
    items: Iterator[_Item],
    on_error: ErrorPolicy,
    lexicon: Lexicon | None,
    finish: _Finish[_T],
    archive: Archive | str | None,
) -> Generator[_Outcome[_T], None, None]:
    with _opened(archive) as opened:
        for doc_id, text, problem in items:
            if text is not None:
                try:
                    made = finish(extract(text, lexicon=lexicon), opened)
                except Exception as exc:  # one document's failure, reported with its id
                    problem = _describe(exc)
                    if on_error == "raise":
                        raise DocumentError(doc_id, problem) from exc
                else:
                    yield doc_id, made, None
                    continue
            if on_error == "raise":
                raise DocumentError(doc_id, problem or "")
            if on_error == "record":
                yield doc_id, None, problem


@contextlib.contextmanager
def _opened(archive: Archive | str | None) -> Iterator[Archive | None]:
    """An archive given open is used as it is (its owner closes it); a path is opened
    here, and closed when the run ends."""
    if archive is None or isinstance(archive, Archive):
        yield archive
        return
    with Archive.open(archive, create=False) as opened:
        yield opened


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _in_pool(
    items: Iterator[_Item],
    workers: int,
    chunksize: int,
    on_error: ErrorPolicy,
    lexicon: Lexicon | None,
    mp_context: multiprocessing.context.BaseContext | None,
    finish: _Finish[_T],
    archive_path: str | None,
) -> Generator[_Outcome[_T], None, None]:
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=mp_context,
        initializer=_start_worker,
        initargs=(_lexicon_state(lexicon), archive_path),
    )
    # The chunks in flight, oldest first: results are taken in the order sent.
    window: collections.deque[tuple[list[_Item], concurrent.futures.Future[_Sent]]] = (
        collections.deque()
    )
    limit = _IN_FLIGHT_PER_WORKER * workers
    try:
        exhausted = False
        while True:
            while not exhausted and len(window) < limit:
                chunk = _take(items, chunksize)
                if not chunk:
                    exhausted = True
                    break
                texts = [text for _, text, _ in chunk if text is not None]
                with _interrupt_held():  # (a worker process may start here)
                    window.append((chunk, pool.submit(_work, texts, finish)))
            if not window:
                return
            chunk, future = window.popleft()
            made: Iterator[tuple[_T | None, str | None]] = _received(future.result())
            for doc_id, text, problem in chunk:
                if text is not None:
                    payload, problem = next(made)
                    if problem is None:
                        yield doc_id, payload, None
                        continue
                if on_error == "raise":
                    raise DocumentError(doc_id, problem or "")
                if on_error == "record":
                    yield doc_id, None, problem
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _interrupt_held() -> Iterator[None]:
    """Hold Ctrl-C back from the worker processes the pool may start meanwhile: they
    start with it blocked (the signal mask is inherited) and unblock it once they ignore
    it (``_start_worker``), so that none is stopped by it before it can ignore it, which
    left a run hanging on the pool now and then. The caller still gets it (where the
    platform has no signal masks, nothing is held)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _take(items: Iterator[_Item], count: int) -> list[_Item]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == count:
            break
    return chunk


# The lexicon sent to worker processes: ``None`` (the built-in one, which each worker
# loads itself), a language code (another built-in one), or the fields of a custom
# lexicon as plain dicts and sets (its read-only mappings do not pickle).
_LexiconState = str | dict[str, Any] | None


def _lexicon_state(lexicon: Lexicon | None) -> _LexiconState:
    if lexicon is None or lexicon is load_lexicon():
        return None
    try:
        if lexicon is load_lexicon(lexicon.language):
            return lexicon.language
    except ValueError:  # a language with no data folder: a lexicon built by hand
        pass
    state: dict[str, Any] = {}
    for field in attrs.fields(Lexicon):
        if field.init:
            value = getattr(lexicon, field.name)
            state[field.alias or field.name] = dict(value) if isinstance(value, Mapping) else value
    return state


def _lexicon_from_state(state: _LexiconState) -> Lexicon:
    if state is None:
        return load_lexicon()
    if isinstance(state, str):
        return load_lexicon(state)
    return Lexicon(**state)


# Worker processes only: what their tasks use, set once by the pool's initializer
# before any task runs: the lexicon, and for verification the archive, opened once and
# kept open for the worker's lifetime (a task is a chunk of documents: opening the file
# and loading its index for each would cost more than the work). This is the standard
# multiprocessing pattern for a per-process resource: it is a worker's own
# configuration, private, and nothing in the caller's process reads or writes it (the
# caller never runs _start_worker; verify_many in the caller uses the archive it is
# given, or opens its own).
_worker_state: list[tuple[Lexicon, Archive | None]] = []


def _start_worker(state: _LexiconState, archive_path: str | None) -> None:
    # Ctrl-C goes to the whole process group: the caller handles it (and stops the
    # pool); workers finish the chunk at hand instead of dying with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        # (started with it blocked by _interrupt_held: a Ctrl-C meanwhile is dropped now)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    archive = None
    if archive_path is not None:
        archive = Archive.open(archive_path, read_only=True)
        # Closed when the worker process ends (multiprocessing runs its finalizers
        # then), so that SQLite ends the reading cleanly.
        multiprocessing.util.Finalize(archive, archive.close, exitpriority=10)
    _worker_state[:] = [(_lexicon_from_state(state), archive)]


# A worker's answer to a chunk: what it made of each document (or the error), each
# pickled on its own into one buffer, and the offset past each. The worker drops each
# document's records as soon as they are written, and the caller loads them one document
# at a time, as it hands them out: neither holds a whole chunk of records at once. A
# chunk of records loaded at once outlives the garbage collector's allocation counts: on
# 20 MB of news with 2 workers, extract_many's caller ran 294 young, 27 middle and 3 full
# collections (of its whole heap), against 0, 1 and 0 this way, and spent 0.46 CPU
# seconds instead of 0.27 (its workers 4.0 instead of 3.8).
_Sent = tuple[bytes, list[int]]


def _work(texts: list[str], finish: _Finish[_T]) -> _Sent:
    lexicon, archive = _worker_state[0] if _worker_state else (load_lexicon(), None)
    buffer = io.BytesIO()
    pickler = _pickler(buffer)
    ends: list[int] = []
    for text in texts:
        made: tuple[_T | None, str | None]
        try:
            made = (finish(extract(text, lexicon=lexicon), archive), None)
        except Exception as exc:  # reported with the document's id by the caller
            made = (None, _describe(exc))
        pickler.dump(made)
        pickler.clear_memo()  # each document is read back on its own
        ends.append(buffer.tell())
    return buffer.getvalue(), ends


def _received(sent: _Sent) -> Iterator[tuple[Any, str | None]]:
    """What a worker made of each document of a chunk, read as it is asked for."""
    data, ends = sent
    view = memoryview(data)
    start = 0
    for end in ends:
        yield pickle.loads(view[start:end])
        start = end


def _pickler(buffer: io.BytesIO) -> pickle.Pickler:
    """A pickler writing quoteattr's records as their class and field values (attrs
    pickles each field's name with its value): about a third less to write, send and
    read back."""
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    return pickler


def _reducer(cls: type[Any]) -> Callable[[Any], tuple[type[Any], tuple[Any, ...]]]:
    names = [field.name for field in attrs.fields(cls)]
    # attrgetter reads every field in C: a generator of getattr calls cost a fifth of
    # the extraction time again in a worker (a tuple of one field is read as a tuple)
    values = operator.attrgetter(*names) if len(names) > 1 else _one(names[0])

    def reduce(record: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, values(record)

    return reduce


def _one(name: str) -> Callable[[Any], tuple[Any, ...]]:
    def values(record: Any) -> tuple[Any, ...]:
        return (getattr(record, name),)

    return values


# Read-only after import: the reducers of a private pickler (the global copyreg table
# is left alone). Every field of these records is an __init__ argument, in order.
_DISPATCH: Mapping[type[Any], Callable[[Any], Any]] = MappingProxyType(
    {
        **copyreg.dispatch_table,
        **{
            cls: _reducer(cls)
            for cls in (
                Attribution,
                Cue,
                Mention,
                Quote,
                Segment,
                Speaker,
                Edit,
                Match,
                Statement,
                Verdict,
            )
        },
    }
)
