"""The statement archive: what people really said, in one SQLite file.

An :class:`Archive` holds :class:`~quoteattr.model.Statement` records (id, speaker,
text, and optional date, source and context) and the candidate index that finds, in a
million of them, the few a quotation may come from. It is an ordinary SQLite file (the
standard library's ``sqlite3``): no server, readable by many processes at once while
one writes (WAL mode).

>>> archive = Archive.memory()
>>> archive.add(Statement('s1', 'Sergey Lavrov', 'Relations have reached an '
...             'unprecedentedly high level.', date='2024-11-29'))
>>> archive.add(Statement('s2', 'Choe Son-hui', 'We will stand with Russia until victory.'))
>>> len(archive), archive.get('s2').speaker
(2, 'Choe Son-hui')
>>> [s.id for s in archive.by_speaker('Lavrov')]
['s1']
>>> v = archive.verify_quote('an unprecedentedly high level', 'Lavrov')
>>> v.label, v.match.statement.id
('truncated', 's1')
>>> archive.verify_quote('We will stand with China until victory.', 'Choe Son-hui').label
'altered'
>>> archive.verify_quote('Ties have never been better.', 'Lavrov').label
'fabricated'

Imports are all-or-nothing: a bad line fails the whole import with an error naming the
file, line and field, and the archive is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, Final, ParamSpec, TypeVar

from rapidfuzz import fuzz, process, utils

from quoteattr.errors import InputError, QuoteattrError
from quoteattr.index import POOL, CandidateIndex
from quoteattr.matching import ranked
from quoteattr.model import Statement, Verdict
from quoteattr.names import same_speaker, speaker_key, surname_key
from quoteattr.verdicts import judge_ranked

__all__ = ["SCHEMA_VERSION", "Archive", "ArchiveError"]

#: The version of the archive file layout this quoteattr writes and reads.
SCHEMA_VERSION: Final = 1
#: ``PRAGMA application_id`` of a quoteattr archive: "QATR".
_APPLICATION_ID: Final = 0x51415452
#: How many candidates the index gives a search to rescore.
CANDIDATES: Final = 20
#: A speaker with at most this many statements has them all compared with a quotation
#: attributed to them; one with more has the index searched among theirs...
SPEAKER_LIMIT: Final = 200
#: ...and how many of the closest join the candidates.
SPEAKER_CANDIDATES: Final = 3

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS statements (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    speaker TEXT NOT NULL,
    speaker_key TEXT NOT NULL,
    surname_key TEXT NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    source TEXT,
    context TEXT
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_key);
CREATE INDEX IF NOT EXISTS statements_surname ON statements (surname_key);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS index_postings (
    term TEXT PRIMARY KEY,
    postings BLOB NOT NULL
) WITHOUT ROWID;
"""
_FIELDS: Final = ("id", "speaker", "text", "date", "source", "context")


class ArchiveError(QuoteattrError, ValueError):
    """An archive file that cannot be used: not a quoteattr archive, a newer schema,
    damaged, or locked."""


def _problem(path: str, error: sqlite3.Error) -> str:
    """What an SQLite error means for the archive at ``path``, in words."""
    text = str(error)
    if "malformed" in text or "not a database" in text:
        return f"{path}: the archive file is damaged ({text}); restore it from a copy"
    if "locked" in text or "busy" in text:
        return f"{path}: the archive is locked by another process ({text}); try again"
    if "closed" in text:
        return f"{path}: the archive is closed"
    if "readonly" in text:
        return f"{path}: the archive is open read-only ({text})"
    return f"{path}: cannot use the archive ({text})"


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _guarded(
    method: Callable[Concatenate[Archive, _P], _R],
) -> Callable[Concatenate[Archive, _P], _R]:
    """``method``, raising :class:`ArchiveError` in words where SQLite would raise its
    own error from deep inside (a damaged or locked file, a closed archive)."""

    @functools.wraps(method)
    def guarded(self: Archive, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise ArchiveError(_problem(self.path, error)) from error

    return guarded


def _check_date(value: str) -> str:
    """An ISO 8601 date (``2024``, ``2024-11``, ``2024-11-29``, or a full timestamp)."""
    text = value.strip()
    for layout in ("%Y", "%Y-%m"):
        try:
            datetime.datetime.strptime(text, layout)
            return text
        except ValueError:
            pass
    try:
        datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        msg = f"date {value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"
        raise ValueError(msg) from None
    return text


def _statement(record: Mapping[str, Any]) -> Statement:
    """A validated statement from a mapping; ``ValueError`` names the bad field in its
    second argument."""
    values: dict[str, str | None] = {}
    for field in _FIELDS:
        value = record.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and field == "id":
            value = str(value)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{field} must be a string, not {type(value).__name__}", field)
        if field == "speaker" and value is None:
            raise ValueError('speaker is missing (give "" for an unknown speaker)', field)
        if field in ("id", "text") and not (value and value.strip()):
            raise ValueError(f"{field} is missing or empty", field)
        if field == "date" and value:
            try:
                value = _check_date(value)
            except ValueError as error:
                raise ValueError(str(error), field) from None
        values[field] = value if field == "speaker" else value or None
    return Statement(**values)  # type: ignore[arg-type]


class Archive:
    """A statement archive in a SQLite file (see the module docstring).

    Use :meth:`open` or :meth:`memory`, and close it (or use ``with``). One archive
    object belongs to one thread; open one per process or thread.
    """

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path
        self._index: CandidateIndex | None = None
        self._indexed_upto = 0
        #: Statements added since the stored index was built, indexed in memory:
        #: (highest rowid covered, index).
        self._recent: tuple[int, CandidateIndex] | None = None

    # --- opening ---------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, read_only: bool = False
    ) -> Archive:
        """Open the archive file at ``path``, creating it if ``create`` and missing.

        With ``read_only``, the file is never written (SQLite's ``mode=ro``: for
        workers that only verify, or a file on a share mounted read-only); adding
        statements or building the index then raises :class:`ArchiveError`.

        Raises :class:`ArchiveError` if the file is not a quoteattr archive (or not
        SQLite at all), or was written by a newer quoteattr.
        """
        name = os.fspath(path)
        exists = os.path.exists(name)
        if not exists and (read_only or not create):
            raise ArchiveError(f"{name}: no such archive")
        if exists and os.path.isdir(name):
            raise ArchiveError(f"{name}: is a directory, not an archive file")
        target = f"{Path(name).resolve().as_uri()}?mode=ro" if read_only else name
        try:
            connection = sqlite3.connect(target, timeout=30.0, isolation_level=None, uri=read_only)
        except sqlite3.Error as error:
            raise ArchiveError(f"{name}: cannot open: {error}") from None
        archive = cls(connection, name)
        try:
            archive._prepare(read_only=read_only)
        except BaseException:
            connection.close()
            raise
        return archive

    @classmethod
    def memory(cls) -> Archive:
        """A new, empty archive in memory (for tests and small jobs)."""
        archive = cls(sqlite3.connect(":memory:", isolation_level=None), ":memory:")
        archive._prepare()
        return archive

    def _prepare(self, *, read_only: bool = False) -> None:
        db = self._db
        try:
            application = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if "file is not a database" in str(error):
                raise ArchiveError(
                    f"{self.path}: not a quoteattr archive (not an SQLite file)"
                ) from None
            raise ArchiveError(_problem(self.path, error)) from None
        if tables == 0 and application == 0 and read_only:
            raise ArchiveError(f"{self.path}: not a quoteattr archive (an empty file)")
        if tables == 0 and application == 0:
            db.executescript(
                f"BEGIN IMMEDIATE; {_SCHEMA}"
                f"PRAGMA application_id = {_APPLICATION_ID};"
                f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
        elif application != _APPLICATION_ID:
            raise ArchiveError(f"{self.path}: not a quoteattr archive")
        elif version > SCHEMA_VERSION:
            raise ArchiveError(
                f"{self.path}: archive schema version {version} is newer than this "
                f"quoteattr reads ({SCHEMA_VERSION}); upgrade quoteattr"
            )
        if self.path != ":memory:" and not read_only:
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        """Close the file. The archive cannot be used afterwards."""
        self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # --- adding statements ---------------------------------------------------------------

    def add(self, statement: Statement) -> None:
        """Add one statement. Raises ``InputError`` if it is invalid or its id is
        already in the archive."""
        self.add_many([statement])

    @_guarded
    def add_many(self, statements: Iterable[Statement | Mapping[str, Any]]) -> int:
        """Add statements (records or mappings with the same fields) in one
        transaction: all are added, or, if one is invalid, none. Returns the count."""
        return self._import(
            ((n, s) for n, s in enumerate(statements, start=1)), source="statements"
        )

    @_guarded
    def import_jsonl(self, path: str | os.PathLike[str]) -> int:
        """Import a JSON Lines file of statements (``{"id", "speaker", "text"}`` and
        optionally ``date``, ``source``, ``context``), all or nothing. Returns the
        count. Errors name the file, the line and the field."""
        name = os.fspath(path)

        def records() -> Iterator[tuple[int, Mapping[str, Any]]]:
            with _open_binary(name) as lines:
                for number, line in _numbered(lines, name):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as error:
                        raise InputError(
                            f"not valid JSON: {error.msg}", source=name, line=number
                        ) from None
                    if not isinstance(record, dict):
                        raise InputError("expected a JSON object", source=name, line=number)
                    yield number, record

        return self._import(records(), source=name)

    @_guarded
    def import_csv(self, path: str | os.PathLike[str]) -> int:
        """Import a CSV file with a header row naming the columns ``id``, ``speaker``,
        ``text`` (and optionally ``date``, ``source``, ``context``), all or nothing."""
        name = os.fspath(path)

        def records() -> Iterator[tuple[int, Mapping[str, Any]]]:
            with _open_binary(name) as lines:
                reader = csv.DictReader(line for _, line in _numbered(lines, name))
                missing = {"id", "speaker", "text"} - set(reader.fieldnames or ())
                if missing:
                    raise InputError(
                        f"the header has no column {sorted(missing)[0]!r}",
                        source=name,
                        line=1,
                    )
                for row in reader:
                    record = {k: (v or None) for k, v in row.items()}
                    record["speaker"] = row.get("speaker")  # "" is an unknown speaker
                    yield reader.line_num, record

        return self._import(records(), source=name)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction: committed whole, or rolled back on any error."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _import(
        self,
        records: Iterable[tuple[int, Statement | Mapping[str, Any]]],
        *,
        source: str,
    ) -> int:
        db = self._db
        count = 0
        seen: set[str] = set()
        insert = (
            "INSERT INTO statements (id, speaker, speaker_key, surname_key, text, date, "
            "source, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        with self._transaction():
            for line, record in records:
                try:
                    statement = _statement(
                        record.to_dict() if isinstance(record, Statement) else record
                    )
                except ValueError as error:
                    message, field = error.args
                    raise InputError(message, source=source, line=line, field=field) from None
                if statement.id in seen:
                    raise InputError(
                        f"duplicate id {statement.id!r}", source=source, line=line, field="id"
                    )
                seen.add(statement.id)
                try:
                    db.execute(
                        insert,
                        (
                            statement.id,
                            statement.speaker,
                            speaker_key(statement.speaker),
                            surname_key(statement.speaker),
                            statement.text,
                            statement.date,
                            statement.source,
                            statement.context,
                        ),
                    )
                except sqlite3.IntegrityError:
                    raise InputError(
                        f"id {statement.id!r} is already in the archive",
                        source=source,
                        line=line,
                        field="id",
                    ) from None
                count += 1
        return count

    # --- reading -------------------------------------------------------------------------

    @_guarded
    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM statements").fetchone()[0])

    def _statements(self, where: str, args: Iterable[Any]) -> list[Statement]:
        rows = self._db.execute(
            f"SELECT id, speaker, text, date, source, context FROM statements {where}",
            tuple(args),
        )
        return [Statement(*row) for row in rows]

    @_guarded
    def get(self, statement_id: str) -> Statement:
        """The statement with this id; ``KeyError`` if there is none."""
        found = self._statements("WHERE id = ?", [statement_id])
        if not found:
            raise KeyError(statement_id)
        return found[0]

    @_guarded
    def by_speaker(self, name: str) -> list[Statement]:
        """The statements of the speaker ``name``, in archive order. Spelling, case,
        accents and honorifics do not matter, and a surname alone finds the one
        speaker the archive has with that surname (``Lavrov`` -> ``Sergey Lavrov``)."""
        key = self._speaker_key(name)
        if key is None:
            return []
        return self._statements("WHERE speaker_key = ? ORDER BY rowid", [key])

    def _speaker_key(self, name: str) -> str | None:
        """The archive's key for the speaker ``name``: its own key if the archive has
        it; for a one-word name, the one speaker whose name ends or starts with it."""
        key = speaker_key(name)
        db = self._db
        if not key:
            return None
        if db.execute("SELECT 1 FROM statements WHERE speaker_key = ? LIMIT 1", (key,)).fetchone():
            return key
        if " " in key:
            return None
        keys = db.execute(
            "SELECT DISTINCT speaker_key FROM statements WHERE surname_key = ? "
            "UNION SELECT DISTINCT speaker_key FROM statements "
            "WHERE speaker_key >= ? AND speaker_key < ? LIMIT 2",
            (key, key + " ", key + "!"),
        ).fetchall()
        return str(keys[0][0]) if len(keys) == 1 else None

    @_guarded
    def speakers(self) -> list[tuple[str, int]]:
        """Every speaker with their number of statements, most first."""
        rows = self._db.execute(
            "SELECT speaker, count(*) AS n FROM statements GROUP BY speaker "
            "ORDER BY n DESC, speaker"
        )
        return [(speaker, int(n)) for speaker, n in rows]

    @_guarded
    def info(self) -> dict[str, Any]:
        """What is in the archive: path, schema version, statement and speaker counts,
        and how much of it the stored index covers."""
        db = self._db
        statements, speakers = db.execute(
            "SELECT count(*), count(DISTINCT speaker_key) FROM statements"
        ).fetchone()
        return {
            "path": self.path,
            "schema_version": db.execute("PRAGMA user_version").fetchone()[0],
            "statements": statements,
            "speakers": speakers,
            "indexed": self._stored_index_upto(),
            "max_rowid": self._max_rowid(),
        }

    @_guarded
    def check(self) -> None:
        """Read the whole file and check its structure (SQLite's ``integrity_check``).

        Damage is also reported when a damaged part is read, but only this finds it in
        parts not yet read; it takes about as long as reading the file. Raises
        :class:`ArchiveError` naming the first problems found.

        >>> Archive.memory().check()
        """
        problems = [row[0] for row in self._db.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise ArchiveError(
                f"{self.path}: the archive file is damaged ({'; '.join(problems)}); "
                "restore it from a copy"
            )

    # --- the candidate index ------------------------------------------------------------

    def _max_rowid(self) -> int:
        return int(self._db.execute("SELECT coalesce(max(rowid), 0) FROM statements").fetchone()[0])

    def _stored_index_upto(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'indexed_upto'").fetchone()
        return int(row[0]) if row else 0

    @_guarded
    def build_index(self) -> None:
        """Build the candidate index over every statement and store it in the file, so
        that reopening the archive does not rebuild it. Searching works without it
        (statements not yet indexed are indexed in memory when first searched), but a
        large archive should be indexed once after importing."""
        db = self._db
        upto = self._max_rowid()
        rows = db.execute("SELECT rowid, text FROM statements WHERE rowid <= ?", (upto,))
        index = CandidateIndex.build(rows)
        with self._transaction():
            db.execute("DELETE FROM index_postings")
            db.executemany("INSERT INTO index_postings VALUES (?, ?)", index.to_rows())
            db.execute("INSERT OR REPLACE INTO meta VALUES ('indexed_upto', ?)", (str(upto),))
        self._index, self._indexed_upto, self._recent = index, upto, None

    def _indexes(self) -> list[CandidateIndex]:
        """The stored index (loaded once) and one in memory for newer statements."""
        if self._index is None:
            upto = self._stored_index_upto()
            rows = self._db.execute("SELECT term, postings FROM index_postings")
            self._index, self._indexed_upto = CandidateIndex.from_rows(rows), upto
        newest = self._max_rowid()
        if newest <= self._indexed_upto:
            return [self._index]
        if self._recent is None or self._recent[0] != newest:
            rows = self._db.execute(
                "SELECT rowid, text FROM statements WHERE rowid > ? AND rowid <= ?",
                (self._indexed_upto, newest),
            )
            self._recent = (newest, CandidateIndex.build(rows))
        return [self._index, self._recent[1]]

    @_guarded
    def candidates(
        self, quote: str, *, speaker: str | None = None, limit: int = CANDIDATES
    ) -> list[Statement]:
        """The statements ``quote`` most likely comes from: those the index finds,
        and, when ``speaker`` is given, the closest few of that speaker's own (all of
        theirs compared when they have at most :data:`SPEAKER_LIMIT`, those holding the
        most of the quotation's words when they have more)."""
        found, pool = self._search(quote, limit)
        if speaker:
            found.extend(self._own(quote, speaker, found, pool))
        return found

    def _search(self, quote: str, limit: int) -> tuple[list[Statement], list[int]]:
        """The statements the index finds for ``quote``, the best ``limit`` of each
        index; and the rowids of the rest of its pool (:data:`quoteattr.index.POOL`),
        best first."""
        rowids: list[int] = []
        pool: list[int] = []
        for index in self._indexes():
            ranked_rowids = index.search(quote, limit=max(limit, POOL))
            rowids.extend(ranked_rowids[:limit])
            pool.extend(ranked_rowids[limit:])
        return self._by_rowids(rowids), pool

    def _own(
        self, quote: str, speaker: str, found: list[Statement], pool: list[int]
    ) -> list[Statement]:
        """The closest few of the statements of ``speaker`` not in ``found``.

        A speaker with at most :data:`SPEAKER_LIMIT` statements has them all compared
        with the quotation (rapidfuzz); one with more has compared those of theirs
        that hold the most of the quotation's words (the index searched among their
        statements only: :meth:`~quoteattr.index.CandidateIndex.search_among`), or,
        when the quotation has no indexed word, their first :data:`SPEAKER_LIMIT`.
        Their statements in the rest of the index's pool join too."""
        key = self._speaker_key(speaker)
        if key is None:
            return []
        db = self._db
        own = db.execute(
            "SELECT rowid, id, text FROM statements WHERE speaker_key = ? LIMIT ?",
            (key, SPEAKER_LIMIT + 1),
        ).fetchall()
        if len(own) > SPEAKER_LIMIT:
            theirs = [
                rowid
                for (rowid,) in db.execute(
                    "SELECT rowid FROM statements WHERE speaker_key = ?", (key,)
                )
            ]
            among = set(theirs)
            rowids = [
                rowid for index in self._indexes() for rowid in index.search_among(quote, among)
            ]
            own = self._texts(rowids) if rowids else own[:SPEAKER_LIMIT]
        closest = process.extract(
            quote,
            [text for _, _, text in own],
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            limit=SPEAKER_CANDIDATES,
        )
        have = {statement.id for statement in found}
        extra = [own[i][0] for _, _, i in closest if own[i][1] not in have]
        if pool:
            marks = ",".join("?" * len(pool))
            in_pool = {
                rowid
                for (rowid,) in db.execute(
                    f"SELECT rowid FROM statements WHERE speaker_key = ? AND rowid IN ({marks})",
                    (key, *pool),
                )
            }
            extra.extend([rowid for rowid in pool if rowid in in_pool][:SPEAKER_CANDIDATES])
        return self._by_rowids(extra)

    def _texts(self, rowids: list[int]) -> list[tuple[int, str, str]]:
        """``(rowid, id, text)`` of the statements with these rowids, in this order."""
        marks = ",".join("?" * len(rowids))
        rows = self._db.execute(
            f"SELECT rowid, id, text FROM statements WHERE rowid IN ({marks})", rowids
        )
        by_rowid = {row[0]: row for row in rows}
        return [by_rowid[rowid] for rowid in dict.fromkeys(rowids)]

    def _by_rowids(self, rowids: list[int]) -> list[Statement]:
        """The statements with these rowids, in this order."""
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        rows = self._db.execute(
            "SELECT rowid, id, speaker, text, date, source, context FROM statements "
            f"WHERE rowid IN ({marks})",
            rowids,
        )
        by_rowid = {row[0]: Statement(*row[1:]) for row in rows}
        return [by_rowid[rowid] for rowid in dict.fromkeys(rowids)]

    @_guarded
    def verify_quote(self, quote: str, speaker: str | None = None) -> Verdict:
        """Check ``quote``, said (according to whoever quotes it) by ``speaker``,
        against the archive (see :mod:`quoteattr.verdicts`).

        The speaker's own statements are compared with the quotation only when the
        index's best candidate is not theirs: when it is, one of their own cannot
        change the verdict."""
        found, pool = self._search(quote, CANDIDATES)
        by_score = ranked(quote, found)
        if speaker and not (by_score and same_speaker(speaker, by_score[0][1].speaker)):
            extra = self._own(quote, speaker, found, pool)
            if extra:
                by_score = ranked(quote, found + extra)
        return judge_ranked(quote, speaker, by_score)


def _numbered(lines: Iterable[bytes], name: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of a UTF-8 file read as bytes (a BOM is skipped); a line
    that is not UTF-8 is an ``InputError`` naming it."""
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                f"not valid UTF-8 (byte {raw[error.start]:#04x} at column {error.start + 1})",
                source=name,
                line=number,
            ) from None
        yield number, line.removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}") if number == 1 else line


def _open_binary(name: str) -> Any:
    """Open a file to read as bytes; errors name the file."""
    try:
        return Path(name).open("rb")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", source=name) from None
