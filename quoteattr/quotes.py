"""Find quotations in text: ``find_quotes(text) -> list[Quote]``.

The scan visits only quotation marks and paragraph breaks (a single linear regular
expression finds them), and decides each mark's role from its two neighbours, the way
a reader does: a mark with a space before it and a word after it opens, one with a word
before it and a space or punctuation after it closes. A stack pairs openers with closers,
so that a quotation inside another is recorded as nested rather than as a second
top-level quotation.

Rules, each held by a numbered golden case in ``tests/golden/quotes.json``:

* Apostrophes are not quotation marks: a ``'`` or ``’`` with a letter on both sides
  (``don't``, ``Russia’s``) is never looked at; one that starts an elision (``’90s``,
  ``'tis``, ``rock ’n’ roll``) never opens; one after a word (``students'``) only closes
  a single quotation already open.
* A paragraph break (a blank line) closes whatever is still open. A quotation left open
  at the end of a paragraph continues when the next paragraph opens with a mark of the
  same family (news style); otherwise it is closed there and flagged ``unclosed``. An
  unclosed single-quote opener is taken for an apostrophe and dropped.
* ``“We will rebuild,” the mayor said, “and we will.”`` is one interrupted quotation of
  two segments: the first ends with a comma, and the words between hold no sentence end.

Does not find quotations that have no quotation marks (indirect speech, block quotes set
off by layout only).
"""

from __future__ import annotations

import re
from typing import Final

from quoteattr.marks import (
    APOSTROPHE_LIKE,
    CLOSERS,
    DOUBLE,
    FAMILY,
    LEFT_BIASED,
    MARKS,
    RIGHT_BIASED,
    SINGLE,
)
from quoteattr.model import Quote, QuoteKind, Segment

__all__ = ["find_quotes"]

_ENGLISH_MARKS: Final = DOUBLE | SINGLE
_OTHER_MARKS: Final = "".join(sorted(MARKS - _ENGLISH_MARKS - APOSTROPHE_LIKE))
_NON_APOSTROPHE_MARKS: Final = "".join(sorted(_ENGLISH_MARKS - APOSTROPHE_LIKE)) + _OTHER_MARKS

# One pass over the text. Linear: every alternative is a single character or a run of
# whitespace anchored on newlines, with fixed-width look-arounds.
_SCAN: Final = re.compile(
    r"(\n[^\S\n]*\n\s*)"  # 1: paragraph break (a blank line and the spaces after it)
    "|([" + re.escape(_NON_APOSTROPHE_MARKS) + "])"  # 2: a mark that is never an apostrophe
    r"|(['’](?!\w)|(?<!\w)['’])"  # 3: an apostrophe-like mark not inside a word
)

# An apostrophe opening an elision, never a quotation: ’90s, 'tis, rock ’n’ roll.
_ELISION: Final = re.compile(
    r"['’‘](?:\d\d(?!\d)|(?:tis|twas|twere|em|n|cause|cos|til|bout|round|nuff|kay|ello|ere)\b)",
    re.IGNORECASE,
)

_OPEN_CONTEXT: Final = frozenset("([{<—–-/\N{HORIZONTAL ELLIPSIS}") | MARKS
_CLOSE_CONTEXT: Final = frozenset(".,;:!?)]}>—–-/\N{HORIZONTAL ELLIPSIS}*") | MARKS
_NOT_AFTER_OPEN: Final = frozenset(",;:.!?)]}")
_SENTENCE_END: Final = re.compile(r"[.!?]")
_UPPER_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL_WORDS: Final = frozenset(
    "a an and as at but by for from in into nor of on or the to with vs v".split()
)
_CLOSE_KEYS: Final = {
    mark: tuple({closers for opener, closers in CLOSERS.items() if mark in closers})
    for mark in MARKS
}


class _Open:
    """A mark waiting for its closer (mutable scratch state of one scan)."""

    __slots__ = ("carried", "key", "mark", "nested", "pos")

    def __init__(self, mark: str, pos: int, carried: list[Segment] | None) -> None:
        self.mark = mark
        self.pos = pos
        self.key = CLOSERS[mark]
        self.nested: list[Quote] = []
        self.carried = carried  # segments from earlier paragraphs of the same quotation


def find_quotes(text: str) -> list[Quote]:
    """Return every top-level quotation in ``text``, in order of position.

    Never raises on any string and runs in time linear in ``len(text)``. Each returned
    :class:`~quoteattr.model.Quote` satisfies ``text[q.start:q.end] == q.text``, and so
    does each of its segments.

    >>> [q.text for q in find_quotes('He called it a "holy war." Russia’s envoy agreed.')]
    ['holy war.']
    >>> q = find_quotes('“We will rebuild,” the mayor said, “and we will.”')[0]
    >>> [s.text for s in q.segments], q.interrupted
    (['We will rebuild,', 'and we will.'], True)
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes() needs a str, not {type(text).__name__}")
    scanner = _Scanner(text)
    for m in _SCAN.finditer(text):
        if m.lastindex == 1:
            scanner.paragraph_break(m.start(), m.end())
        else:
            scanner.mark(m.start())
    scanner.paragraph_break(len(text), len(text))
    return _join_interrupted(text, scanner.quotes)


class _Scanner:
    """Pairs marks within paragraphs; collects finished top-level quotations."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.stack: list[_Open] = []
        self.open_counts: dict[frozenset[str], int] = {}
        self.quotes: list[Quote] = []
        self.carry: tuple[int, list[Segment]] | None = None  # (position, segments)

    # -- deciding a mark's role -------------------------------------------------------

    def mark(self, i: int) -> None:
        text = self.text
        ch = text[i]
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < self.n else " "
        can_open = (
            not after.isspace()
            and after not in _NOT_AFTER_OPEN
            and (before.isspace() or before in _OPEN_CONTEXT)
        )
        can_close = (
            not before.isspace()
            and before not in "([{"
            and (after.isspace() or after in _CLOSE_CONTEXT)
        )
        if ch in SINGLE:
            elision = _ELISION.match(text, i) is not None
            if elision or (ch in APOSTROPHE_LIKE and not can_open):
                # An apostrophe: it may only close a single quotation left open
                # (students'), never open one.
                if can_close:
                    self._close(ch, i)
                return
        if ch in _ENGLISH_MARKS:
            if can_close and (not can_open or self._closable(ch)):
                if not self._close(ch, i) and can_open:
                    self._open(ch, i)
            elif can_open:
                self._open(ch, i)
            elif ch in LEFT_BIASED:
                self._open(ch, i)
            elif not self._close(ch, i) and ch not in RIGHT_BIASED:
                self._open(ch, i)
            return
        # Directional marks: guillemets (also reversed) and CJK brackets.
        if self._closable(ch) and (can_close or ch in RIGHT_BIASED or not can_open):
            self._close(ch, i)
        elif ch in LEFT_BIASED or can_open:
            self._open(ch, i)

    # -- the stack ------------------------------------------------------------------------

    def _closable(self, ch: str) -> bool:
        return any(self.open_counts.get(key, 0) for key in _CLOSE_KEYS[ch])

    def _open(self, ch: str, i: int) -> None:
        carried = None
        if self.carry is not None and self.carry[0] == i and not self.stack:
            carried = self.carry[1]
        self.carry = None
        entry = _Open(ch, i, carried)
        self.stack.append(entry)
        self.open_counts[entry.key] = self.open_counts.get(entry.key, 0) + 1

    def _pop(self) -> _Open:
        entry = self.stack.pop()
        self.open_counts[entry.key] -= 1
        return entry

    def _close(self, ch: str, i: int) -> bool:
        """Close the innermost opener ``ch`` can close; openers above it are strays."""
        if not self._closable(ch):
            return False
        orphans: list[Quote] = []
        entry = self._pop()
        while ch not in entry.key:
            orphans.extend(entry.nested)
            entry = self._pop()
        entry.nested.extend(orphans)
        segment = _segment(self.text, entry.pos + 1, i, entry.mark, ch)
        self._finish(entry, segment, unclosed=False)
        return True

    def _finish(self, entry: _Open, segment: Segment | None, *, unclosed: bool) -> None:
        segments = [*(entry.carried or ()), *([segment] if segment else [])]
        if not segments:
            return
        nested = tuple(sorted(entry.nested, key=lambda q: q.start))
        first, last = segments[0], segments[-1]
        quote = Quote(
            start=first.start,
            end=last.end,
            text=self.text[first.start : last.end],
            segments=tuple(segments),
            kind=_kind(self.text, first, last),
            unclosed=unclosed,
            multi_paragraph=len(segments) > 1,
            nested=nested,
        )
        if self.stack:
            self.stack[-1].nested.append(quote)
        else:
            self.quotes.append(quote)

    def paragraph_break(self, start: int, end: int) -> None:
        """End a paragraph at ``start``; the next one begins at ``end``."""
        self.carry = None
        if not self.stack:
            return
        orphans: list[Quote] = []
        while len(self.stack) > 1:
            orphans.extend(self._pop().nested)
        outer = self._pop()
        outer.nested.extend(orphans)
        segment = _segment(self.text, outer.pos + 1, start, outer.mark, "")
        next_mark = self.text[end] if end < self.n else ""
        if segment is not None and FAMILY.get(next_mark) == FAMILY[outer.mark]:
            # News style: the quotation goes on in the next paragraph, re-opened there.
            self.carry = (end, [*(outer.carried or ()), segment])
            for quote in outer.nested:
                self.quotes.append(quote)
            return
        if outer.mark in SINGLE and not outer.carried:
            # An unclosed single mark is far likelier an apostrophe than a quotation.
            self.quotes.extend(sorted(outer.nested, key=lambda q: q.start))
            return
        self._finish(outer, segment, unclosed=True)


def _segment(text: str, start: int, end: int, open_mark: str, close_mark: str) -> Segment | None:
    """The content between two marks, without surrounding whitespace; None if empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Segment(start, end, text[start:end], open_mark, close_mark)


def _kind(text: str, first: Segment, last: Segment) -> QuoteKind:
    """Tell a full utterance from a fragment, a nickname or a title (see QuoteKind)."""
    open_at = first.start - len(first.open_mark)
    while open_at > 0 and text[open_at - 1] in " \t":
        open_at -= 1
    before = text[open_at - 1] if open_at > 0 else "\n"
    mid_sentence = before.isalnum() or before in ")%$"
    if not mid_sentence:
        return "speech"
    words = first.text.split() if first is last else []
    if words and len(words) <= 8 and _title_cased(words):
        prev_word = text[max(0, open_at - 30) : open_at].split()[-1:]
        after = text[last.end + len(last.close_mark) : last.end + len(last.close_mark) + 2]
        if (
            prev_word
            and prev_word[0][:1].isupper()
            and len(after) == 2
            and after[0] == " "
            and after[1].isupper()
        ):
            return "name"
        return "title"
    if first.text[:1].islower() or len(first.text.split()) <= 3:
        return "fragment"
    return "speech"


def _title_cased(words: list[str]) -> bool:
    """True for ``Saturday Night Live``, ``The Art of the Deal``; False for sentences."""
    if words[-1][-1:] in ".,!?;:":
        return False
    for j, word in enumerate(words):
        if j and word.lower() in _SMALL_WORDS:
            continue
        if not _UPPER_WORD.match(word) or not word[0].isupper():
            return False
    return True


def _join_interrupted(text: str, quotes: list[Quote]) -> list[Quote]:
    """Merge ``“A,” she said, “B.”`` into one quotation of two segments."""
    if len(quotes) < 2:
        return quotes
    merged: list[Quote] = [quotes[0]]
    for quote in quotes[1:]:
        prev = merged[-1]
        if _interrupts(text, prev, quote):
            segments = prev.segments + quote.segments
            merged[-1] = Quote(
                start=prev.start,
                end=quote.end,
                text=text[prev.start : quote.end],
                segments=segments,
                kind="speech",
                unclosed=quote.unclosed,
                multi_paragraph=prev.multi_paragraph or quote.multi_paragraph,
                interrupted=True,
                nested=prev.nested + quote.nested,
            )
        else:
            merged.append(quote)
    return merged


def _interrupts(text: str, prev: Quote, quote: Quote) -> bool:
    last = prev.segments[-1]
    if not last.close_mark or prev.unclosed:
        return False
    gap_start = last.end + len(last.close_mark)
    gap_end = quote.start - len(quote.segments[0].open_mark)
    gap = text[gap_start:gap_end]
    if not 0 < len(gap) <= 80 or "\n" in gap:
        return False
    stripped = gap.strip()
    ends_with_comma = last.text.endswith(",") or stripped.startswith(",")
    return (
        ends_with_comma
        and stripped.endswith((",", ":"))
        and len(stripped.split()) <= 10
        and _SENTENCE_END.search(stripped) is None
    )
