"""Comparing one quotation with one statement: a similarity score to rank candidates,
and a word-level alignment that says exactly what differs.

Both sides go through :func:`quoteattr.normalise.words` first, so that case,
punctuation, quotation marks, apostrophe styles and spacing never count as
differences.

>>> a = align('we will never surrender', 'We shall fight on the beaches; we shall never surrender.')
>>> [(e.op, e.quote_words, e.statement_words) for e in a.edits]
[('replace', ('will',), ('shall',))]
>>> a.statement_text
'we shall never surrender'
>>> a.truncated, a.meaning_change
(True, False)
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Final

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq, Levenshtein

from quoteattr.index import stopwords
from quoteattr.model import Edit, Statement
from quoteattr.normalise import Word, is_negation, is_number, normalise, words

__all__ = ["Alignment", "align", "describe", "rank_scores", "ranked", "whole_meaning_change"]

#: How many words :func:`_window` may move each end of the window by.
_SLACK: Final = 2
#: How much the plain similarity of two whole texts breaks ties in :func:`rank_scores`.
_TIE_BREAK: Final = 0.01


def rank_scores(quote: str, statements: Sequence[str]) -> list[float]:
    """How likely each statement is the source of ``quote``, 0 to 101: rapidfuzz's
    ``token_set_ratio`` (100 when one text's words are all in the other); among those
    within a point of the best, ties are broken by ``partial_ratio`` (which prefers the
    statement holding the quotation's words together, in order) and ``ratio`` (which
    prefers the one closest in length), adding up to one point. All texts should be
    normalised already (:func:`quoteattr.normalise.normalise`).

    >>> [round(s) for s in rank_scores('never surrender', ['we shall never surrender',
    ...                                                    'never give in'])]
    [101, 57]
    """
    scores = [fuzz.token_set_ratio(quote, statement) for statement in statements]
    best = max(scores, default=0.0)
    for number, statement in enumerate(statements):
        if scores[number] >= best - 1:
            tie_break = fuzz.partial_ratio(quote, statement) + fuzz.ratio(quote, statement)
            scores[number] += _TIE_BREAK * tie_break / 2
    return scores


def ranked(quote: str, statements: Sequence[Statement]) -> list[tuple[float, Statement]]:
    """``(score, statement)`` pairs, best first, by :func:`rank_scores` on the
    normalised texts."""
    scores = rank_scores(normalise(quote), [normalise(s.text) for s in statements])
    return sorted(zip(scores, statements, strict=True), key=lambda pair: pair[0], reverse=True)


@attrs.frozen(slots=True)
class Alignment:
    """A quotation aligned word by word inside a statement.

    ``first`` and ``last`` bound the statement words the quotation covers (``last``
    exclusive), ``statement_start``/``statement_end`` the same in characters of the
    statement text. ``edits`` are the changes that alter the wording; ``omissions`` the
    statement words left out at an ellipsis of the quotation (allowed, but checked for
    meaning). Editorial words in square brackets are in neither.
    """

    quote_words: tuple[Word, ...]
    statement_words: tuple[Word, ...]
    first: int
    last: int
    statement_start: int
    statement_end: int
    edits: tuple[Edit, ...]
    omissions: tuple[Edit, ...]
    similarity: float
    overlap: float
    covered_overlap: float
    meaning_change: bool
    meaning_reasons: tuple[str, ...]

    @property
    def statement_text(self) -> str:
        """The normalised statement words the quotation covers."""
        return " ".join(w.text for w in self.statement_words[self.first : self.last])

    @property
    def truncated(self) -> bool:
        """Whether the quotation leaves out statement words before, after or inside it."""
        return self.first > 0 or self.last < len(self.statement_words) or bool(self.omissions)

    @property
    def edited_words(self) -> int:
        """How many words the edits touch: per edit, the longer of its two sides."""
        return sum(max(len(e.quote_words), len(e.statement_words)) for e in self.edits)


def describe(edit: Edit) -> str:
    """One edit in words.

    >>> describe(Edit("replace", ("will",), ("shall",)))
    "replaces 'shall' with 'will'"
    """
    said, quoted = " ".join(edit.statement_words), " ".join(edit.quote_words)
    if edit.op == "insert":
        return f"adds {quoted!r}"
    if edit.op == "delete":
        return f"drops {said!r}"
    return f"replaces {said!r} with {quoted!r}"


def _polarity(side: Sequence[str]) -> tuple[int, list[str]]:
    return sum(map(is_negation, side)) % 2, sorted(filter(is_number, side))


def _changes_meaning(edit: Edit) -> bool:
    """Whether an edit flips a negation or changes a number (``never`` -> ``not`` does
    neither)."""
    return _polarity(edit.quote_words) != _polarity(edit.statement_words)


def _overlap(these: Sequence[Word], those: Sequence[Word]) -> float:
    """The share of the content words (not function words) of ``these`` that
    ``those`` has; of all its words when it has no content words."""
    stop = stopwords()
    have = {w.text.replace("'", "") for w in those}
    mine = [w.text.replace("'", "") for w in these if not w.editorial]
    content = [w for w in mine if w not in stop] or mine
    if not content:
        return 0.0
    return sum(w in have for w in content) / len(content)


def whole_meaning_change(alignment: Alignment) -> tuple[str, ...]:
    """For a reworded quotation, whose edits are too many to read one by one: whether
    the quotation as a whole negates differently, or has other numbers, than both the
    statement and the part of it the quotation covers (reordered clauses make that
    part unreliable; a paraphrase of one clause need not keep the others)."""
    quoted = _polarity([w.text for w in alignment.quote_words])
    whole = _polarity([w.text for w in alignment.statement_words])
    covered = _polarity(
        [w.text for w in alignment.statement_words[alignment.first : alignment.last]]
    )
    reasons = []
    if quoted[0] != whole[0] and quoted[0] != covered[0]:
        reasons.append("negates where the statement does not, or the reverse")
    if quoted[1] != whole[1] and quoted[1] != covered[1]:
        reasons.append(f"has the numbers {quoted[1]} where the statement has {whole[1]}")
    return tuple(reasons)


def _window(q: list[str], s: list[str]) -> tuple[int, int]:
    """The statement words ``s[first:last]`` that the quotation words ``q`` cover.

    rapidfuzz's ``partial_ratio_alignment`` places the quotation in the statement by
    characters; the window is then widened or narrowed by up to :data:`_SLACK` words at
    each end to the one closest to the quotation word for word (a quotation with words
    added or dropped is not exactly as long as what it covers); windows anchored on the
    quotation's first and last words compete too.
    """
    quote_text, statement_text = " ".join(q), " ".join(s)
    if not q or len(quote_text) >= len(statement_text):
        return 0, len(s)
    where = fuzz.partial_ratio_alignment(quote_text, statement_text)
    if where is None:  # pragma: no cover - only with a score_cutoff
        return 0, len(s)
    starts = list(itertools.accumulate((len(w) + 1 for w in s), initial=0))
    first = bisect.bisect_right(starts, where.dest_start) - 1
    last = bisect.bisect_left(starts, where.dest_end + 1)
    windows = {
        (lo, hi)
        for lo in range(max(0, first - _SLACK), min(len(s), first + _SLACK) + 1)
        for hi in range(max(lo + 1, last - _SLACK), min(len(s), last + _SLACK) + 1)
    }
    windows.update(_anchored(q, s))
    best = min(
        (-LCSseq.similarity(q, s[lo:hi]), Levenshtein.distance(q, s[lo:hi]), lo, hi)
        for lo, hi in windows
    )
    return best[2], best[3]


def _anchored(q: list[str], s: list[str]) -> list[tuple[int, int]]:
    """Windows that start at the quotation's first word and end at its last: a
    quotation that drops words in the middle is shorter than what it
    covers by more than any slack."""
    starts = [i for i, word in enumerate(s) if word == q[0]]
    ends = [j + 1 for j, word in enumerate(s) if word == q[-1]]
    return [(i, j) for i in starts[:3] for j in ends[-3:] if j > i]


def align(quote: str, statement: str) -> Alignment:
    """Align ``quote`` inside ``statement`` word by word (see :class:`Alignment`)."""
    quote_words = words(quote)
    statement_words = words(statement)
    q = [w.text for w in quote_words]
    s = [w.text for w in statement_words]
    first, last = _window(q, s)
    opcodes = [op for op in Levenshtein.opcodes(s[first:last], q) if op.tag != "equal"]
    edits: list[Edit] = []
    omissions: list[Edit] = []
    for op in opcodes:
        said = tuple(s[first + op.src_start : first + op.src_end])
        quoted = tuple(q[op.dest_start : op.dest_end])
        added = quote_words[op.dest_start : op.dest_end]
        if added and all(w.editorial for w in added):
            continue  # the reporter's words in brackets
        if op.tag == "delete":
            at_gap = op.dest_start < len(quote_words) and quote_words[op.dest_start].gap_before
            target = omissions if at_gap else edits
            target.append(Edit("delete", (), said))
        else:
            edits.append(Edit(op.tag, quoted, said))  # type: ignore[arg-type]
    reasons = [describe(edit) for edit in (*edits, *omissions) if _changes_meaning(edit)]
    if first > 0 and is_negation(s[first - 1]):
        reasons.append(f"starts just after the negation {s[first - 1]!r}")
    if last > first:
        start, end = statement_words[first].start, statement_words[last - 1].end
    else:
        start = end = 0
    window = " ".join(s[first:last])
    return Alignment(
        quote_words=quote_words,
        statement_words=statement_words,
        first=first,
        last=last,
        statement_start=start,
        statement_end=end,
        edits=tuple(edits),
        omissions=tuple(omissions),
        similarity=fuzz.ratio(" ".join(q), window),
        overlap=_overlap(quote_words, statement_words),
        covered_overlap=_overlap(statement_words[first:last], quote_words),
        meaning_change=bool(reasons),
        meaning_reasons=tuple(reasons),
    )
