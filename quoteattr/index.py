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
"""

from __future__ import annotations

import bisect
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

from quoteattr.normalise import word_list

__all__ = [
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

    __slots__ = ("_keys", "_postings")

    def __init__(self, keys: array[int], postings: Mapping[str, array[int]]) -> None:
        #: Document number -> the caller's key (the archive's rowid), shortest first.
        self._keys = keys
        self._postings = postings

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
