"""The candidate index: which few statements of a large archive a quotation may come from.

An inverted index over word terms, in pure Python, built to answer in about a
millisecond at a million statements:

* **Terms** are lower-cased words with apostrophes dropped (``don't`` -> ``dont``);
  function words (``stopwords.txt``) are not indexed: they are in most statements and
  tell none apart.
* **Documents are numbered by length**, shortest first, and each term's postings are
  an ``array('I')`` of those numbers in order. When several statements share as many
  of a quotation's terms, the shorter (the more similar) comes first, at no cost.
* **Search** counts, in C (``Counter.update``), how many of the quotation's rarest
  terms each statement holds: at least :data:`MIN_TERMS` terms, more while the
  postings read stay under :data:`POSTINGS_BUDGET`, at most :data:`MAX_TERMS`. The
  :data:`POOL` best are then scored on every other term by binary search in its
  postings, and the best ``limit`` returned. The caller rescores those texts.
* **Search among given statements** (:meth:`CandidateIndex.search_among`, for the
  statements of one speaker) counts the quotation's terms in those statements only:
  a set intersection in C when a term's postings are short, a binary search per
  statement when they are long, so that the work stays within
  :data:`AMONG_BUDGET` whatever the term. A fragment of common words finds its
  source among a prolific speaker's ten thousand statements, where the whole
  index's pool of the statements most like it holds none of theirs.

The index is a value: built once (:meth:`CandidateIndex.build`), then only read. The
archive stores it in its SQLite file (:meth:`CandidateIndex.to_rows` and
:meth:`CandidateIndex.from_rows`) so that reopening does not rebuild it.

>>> index = CandidateIndex.build([(7, 'We shall fight on the beaches'),
...                               (9, 'We shall never surrender'),
...                               (4, 'Never give in, never, never, never')])
>>> index.search('we shall never surrender!')
[9, 7, 4]
>>> index.search('fight them on the beaches', limit=1)
[7]
>>> index.search_among('never surrender', {4, 7})
[4]
"""

from __future__ import annotations

import bisect
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Final

from quoteattr.normalise import word_list

__all__ = [
    "AMONG_BUDGET",
    "MAX_TERMS",
    "MIN_TERMS",
    "POOL",
    "POSTINGS_BUDGET",
    "CandidateIndex",
    "terms",
]

#: Always count at least this many of a quotation's rarest terms...
MIN_TERMS: Final = 3
#: ...and more while the postings counted stay within this many...
POSTINGS_BUDGET: Final = 10_000
#: ...but never more than this many.
MAX_TERMS: Final = 8
#: How many statements, best by that count, are then scored on all the terms.
POOL: Final = 50
#: :meth:`CandidateIndex.search_among` stops adding terms (after :data:`MIN_TERMS`)
#: once it has done about this many steps: a posting read, or a tenth of a binary
#: search (:data:`_PROBE_COST`).
AMONG_BUDGET: Final = 30_000
#: A binary search for one statement in a term's postings costs about this many
#: postings read in C.
_PROBE_COST: Final = 10
#: No number: a key that is not in the index.
_ABSENT: Final = 0xFFFFFFFF

_PUNCTUATION: Final = b'.,;:!?"()[]{}<>-/\\*&%$#@+=|~^`_'
_ASCII_SPACES: Final = bytes.maketrans(_PUNCTUATION, b" " * len(_PUNCTUATION))
_UNICODE_SPACES: Final = (
    "\N{LEFT SINGLE QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{EM DASH}",
    "\N{EN DASH}",
    "\N{HORIZONTAL ELLIPSIS}",
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{NO-BREAK SPACE}",
)
#: Separates documents when many are tokenised in one pass; never a term itself.
_BREAK: Final = "\x00"
_CHUNK: Final = 2000


def stopwords() -> frozenset[str]:
    """The function words the index leaves out (``data/en/stopwords.txt``)."""
    return word_list("stopwords.txt")


def _tokens(text: str) -> list[str]:
    """Split ``text`` into index tokens, quickly: one C pass per step."""
    text = text.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    for mark in _UNICODE_SPACES:
        if mark in text:
            text = text.replace(mark, " ")
    return (
        text.encode("utf-8", "surrogatepass")
        .translate(_ASCII_SPACES, b"'")
        .decode("utf-8", "surrogatepass")
        .split()
    )


def terms(text: str) -> list[str]:
    """The distinct index terms of ``text``, in order of first appearance.

    >>> terms("Don't give up -- don't give in!")
    ['give']
    """
    stop = stopwords()
    return [term for term in dict.fromkeys(_tokens(text)) if term not in stop]


class CandidateIndex:
    """An immutable inverted index from terms to statements (see the module docstring)."""

    __slots__ = ("_keys", "_numbers", "_postings")

    def __init__(self, keys: array[int], postings: Mapping[str, array[int]]) -> None:
        #: Document number -> the caller's key (the archive's rowid), shortest first.
        self._keys = keys
        self._postings = postings
        #: Key -> document number, made when first needed (:meth:`search_among`).
        self._numbers: array[int] | dict[int, int] | None = None

    @classmethod
    def build(cls, statements: Iterable[tuple[int, str]]) -> CandidateIndex:
        """Index ``(key, text)`` pairs; keys are non-negative integers below 2**32."""
        ordered = sorted(statements, key=lambda pair: (len(pair[1]), pair[0]))
        keys = array("I", (key for key, _ in ordered))
        texts = [text for _, text in ordered]
        del ordered
        lists: dict[str, list[int]] = {}
        appenders: dict[str, Callable[[int], None]] = {}
        stop = stopwords()
        number = 0
        # One pass over the tokens of _CHUNK texts at a time, joined by _BREAK: the
        # document number goes up at each _BREAK. A term twice in one document is
        # listed twice here, and once in the arrays (dict.fromkeys keeps the order).
        for first in range(0, len(texts), _CHUNK):
            joined = f" {_BREAK} ".join(texts[first : first + _CHUNK])
            if joined.count(_BREAK) != min(_CHUNK, len(texts) - first) - 1:
                joined = f" {_BREAK} ".join(
                    text.replace(_BREAK, " ") for text in texts[first : first + _CHUNK]
                )
            for token in _tokens(joined):
                if token == _BREAK:
                    number += 1
                elif token not in stop:
                    try:
                        appenders[token](number)
                    except KeyError:
                        lists[token] = postings = [number]
                        appenders[token] = postings.append
            number += 1
        del appenders
        return cls(
            keys, {term: array("I", dict.fromkeys(numbers)) for term, numbers in lists.items()}
        )

    def __len__(self) -> int:
        return len(self._keys)

    @property
    def vocabulary_size(self) -> int:
        """How many distinct terms are indexed."""
        return len(self._postings)

    def search(self, text: str, *, limit: int = 20) -> list[int]:
        """The keys of at most ``limit`` statements most likely to contain ``text``,
        best first. Empty when ``text`` has no indexed term."""
        postings = self._postings
        found = sorted((postings[term] for term in terms(text) if term in postings), key=len)
        if not found:
            return []
        counts: Counter[int] = Counter()
        read = 0
        used = 0
        for used, numbers in enumerate(found):
            if used >= MAX_TERMS or (used >= MIN_TERMS and read + len(numbers) > POSTINGS_BUDGET):
                break
            counts.update(numbers)
            read += len(numbers)
        else:
            used = len(found)
        pool = sorted(counts, key=counts.__getitem__, reverse=True)[:POOL]
        if used < len(found) and len(pool) > limit:
            score = {number: counts[number] for number in pool}
            for numbers in found[used:]:
                size = len(numbers)
                for number in pool:
                    at = bisect.bisect_left(numbers, number)
                    if at < size and numbers[at] == number:
                        score[number] += 1
            pool.sort(key=score.__getitem__, reverse=True)
        keys = self._keys
        return [keys[number] for number in pool[:limit]]

    def search_among(self, text: str, keys: Collection[int], *, limit: int = POOL) -> list[int]:
        """The keys, among ``keys``, of at most ``limit`` statements holding the most
        of the terms of ``text`` (the rarest first, within :data:`AMONG_BUDGET`),
        best first; among those with as many, the shortest first. Statements with
        none of them are left out; keys not in this index are ignored."""
        numbers = self._numbers_of(keys)
        if not numbers:
            return []
        postings = self._postings
        found = sorted((postings[term] for term in terms(text) if term in postings), key=len)
        counts: Counter[int] = Counter()
        spent = 0
        probe = _PROBE_COST * len(numbers)
        for used, term_numbers in enumerate(found):
            cost = min(len(term_numbers), probe)
            if used >= MIN_TERMS and spent + cost > AMONG_BUDGET:
                break
            spent += cost
            if len(term_numbers) <= probe:
                counts.update(numbers.intersection(term_numbers))
            else:
                size = len(term_numbers)
                for number in numbers:
                    at = bisect.bisect_left(term_numbers, number)
                    if at < size and term_numbers[at] == number:
                        counts[number] += 1
        best = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]
        return [self._keys[number] for number, _ in best]

    def _numbers_of(self, keys: Collection[int]) -> set[int]:
        """The document numbers of those of ``keys`` that are in the index."""
        if self._numbers is None:
            top = max(self._keys, default=0)
            if top < 4 * len(self._keys) + 1024:
                dense = array("I", [_ABSENT]) * (top + 1)
                for number, key in enumerate(self._keys):
                    dense[key] = number
                self._numbers = dense
            else:  # sparse keys: a dict is smaller than an array up to the largest
                self._numbers = {key: number for number, key in enumerate(self._keys)}
        inverse = self._numbers
        if isinstance(inverse, dict):
            return {inverse[key] for key in keys if key in inverse}
        size = len(inverse)
        found = {inverse[key] for key in keys if 0 <= key < size}
        found.discard(_ABSENT)
        return found

    # --- persistence ---------------------------------------------------------------

    def to_rows(self) -> Iterator[tuple[str, bytes]]:
        """``(term, postings bytes)`` rows, and one row ``("", keys bytes)`` first;
        numbers are stored little-endian whatever the machine."""
        yield "", _little_endian(self._keys)
        for term, numbers in self._postings.items():
            yield term, _little_endian(numbers)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, bytes]]) -> CandidateIndex:
        """Rebuild an index from the rows :meth:`to_rows` gave."""
        keys = array("I")
        postings: dict[str, array[int]] = {}
        for term, data in rows:
            numbers = array("I")
            numbers.frombytes(data)
            if sys.byteorder == "big":  # pragma: no cover - stored little-endian
                numbers.byteswap()
            if term:
                postings[term] = numbers
            else:
                keys = numbers
        return cls(keys, postings)


def _little_endian(numbers: array[int]) -> bytes:
    if sys.byteorder == "big":  # pragma: no cover - stored little-endian
        numbers = array("I", numbers)
        numbers.byteswap()
    return numbers.tobytes()
