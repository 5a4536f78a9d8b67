"""Find quotations in text: ``find_quotes(text) -> list[Quote]``.

The scan visits only quotation marks (found with ``str.find``, one fast pass per mark
character present), and decides each mark's role from its two neighbours, the way a
reader does: a mark with a space before it and a word after it opens, one with a word
before it and a space or punctuation after it closes. A stack pairs openers with
closers, so that a quotation inside another is recorded as nested rather than as a
second top-level quotation.
Paragraph breaks matter only while a quotation is open, so they are looked for only
then, between the marks. In a text dense with marks, the inside of a long run of marks
(hostile text: ``"`` a hundred thousand times in a row) is settled in one step, with
the same result as mark by mark, so that such text costs no more per MB than news.

Rules, each held by a numbered golden case in ``tests/golden/quotes.json``:

* Apostrophes are not quotation marks: a ``'`` or ``’`` with a letter on both sides
  (``don't``, ``Russia’s``) is never looked at; one that starts an elision (``’90s``,
  ``'tis``, ``rock ’n’ roll``) never opens; one after a word (``students'``) only closes
  a single quotation already open.
* A paragraph break (a blank line) closes whatever is still open. A quotation left open
  at the end of a paragraph continues when the next paragraph opens with a mark of the
  same family (news style); otherwise it is closed there and flagged ``unclosed``. An
  unclosed single-quote opener is taken for an apostrophe and dropped; quotations
  inside it are kept.
* Guillemets and single guillemets pair in either direction (``«a»``, ``»a«``, with or
  without inner spaces); a closing-only bracket (``」``) never opens.
* A value right after ``=`` (``<a href="...">``, markup left in scraped text) is not
  a quotation.
* ``“We will rebuild,” the mayor said, “and we will.”`` is one interrupted quotation of
  two segments: the first ends with a comma, and the words between hold no sentence end.
* A quotation holds at least one letter or digit: marks around nothing but spaces,
  punctuation or other marks (``"'"``, ``“…”``) quote nothing.
* Quotations nested deeper than :data:`MAX_NESTING` levels are paired (their marks
  still balance) but not recorded, so that the records of hostile text such as ten
  thousand nested quotations stay linear in its length.

Does not find quotations that have no quotation marks (indirect speech, block quotes set
off by layout only).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import reduce
from operator import getitem
from typing import Any, Final

import attrs

from quoteattr.marks import (
    APOSTROPHE,
    APOSTROPHE_LIKE,
    CLOSERS,
    DOUBLE,
    FAMILY,
    LEFT_BIASED,
    MARKS,
    QUOTATION_MARK,
    RIGHT_BIASED,
    SINGLE,
)
from quoteattr.model import Quote, QuoteKind, Segment
from quoteattr.normalise import word_list

__all__ = ["MAX_NESTING", "find_quotes"]

MAX_NESTING: Final = 3
"""How many levels of quotations inside a top-level one are recorded in
:attr:`Quote.nested <quoteattr.model.Quote.nested>` (news rarely goes past one). Each
recorded level holds its own copy of its text, so the result is at most
``MAX_NESTING + 1`` times the length of the text."""

_APOSTROPHES: Final = "".join(sorted(APOSTROPHE_LIKE))
_COMMON_MARKS: Final = "\"'’“”"
# Every mark character, the commonest in news first; and those of them in ASCII.
_MARK_CHARS: Final = _COMMON_MARKS + "".join(sorted(MARKS - set(_COMMON_MARKS)))
_ASCII_MARK_CHARS: Final = "".join(m for m in _MARK_CHARS if m.isascii())

# A paragraph break: a blank line and the whitespace after it.
_PARAGRAPH: Final = re.compile(r"\n[^\S\n]*\n\s*")

# An apostrophe opening an elision, never a quotation: ’90s, 'tis, rock ’n’ roll.
_ELISION: Final = re.compile(
    r"['’‘](?:\d\d(?!\d)|(?:tis|twas|twere|em|n|cause|cos|til|bout|round|nuff|kay|ello|ere)\b)",
    re.IGNORECASE,
)

# The characters for which str.isspace() is true (tests check the list is complete).
_WHITESPACE: Final = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_OPEN_CONTEXT: Final = frozenset("([{<—–-/\N{HORIZONTAL ELLIPSIS}") | MARKS
_CLOSE_CONTEXT: Final = frozenset(".,;:!?)]}>—–-/\N{HORIZONTAL ELLIPSIS}*") | MARKS
# A mark may open with one of these before it and none of the next after it; it may close
# with none of the third before it and one of the fourth after it.
_BEFORE_OPEN: Final = _WHITESPACE | _OPEN_CONTEXT
_AFTER_NO_OPEN: Final = _WHITESPACE | frozenset(",;:.!?)]}")
_BEFORE_NO_CLOSE: Final = _WHITESPACE | frozenset("([{")
_AFTER_CLOSE: Final = _WHITESPACE | _CLOSE_CONTEXT
_SENTENCE_END: Final = re.compile(r"[.!?]")
# A single closing mark after a sentence's end (rule Q65: the quotation's real close).
_LATER_CLOSE: Final = re.compile(r"[.!?,][’']")
# "Court on" (rule Q90); rule Q93: or a word its sentence's punctuation ends ("kids’
# Christmas. I hope")
# (rule Q99: a word with a capital inside too, "drivers' WhatsApp groups")
_RUNNING_ON: Final = re.compile(r"[A-Z][A-Za-z]*[a-z](?: [a-z]|[.,;:!?])")
# A letter or digit: a quotation must hold one (a search that stops at the first).
_WORD_CHAR: Final = re.compile(r"[^\W_]")
_UPPER_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL_WORDS: Final = frozenset(
    "a an and as at but by for from in into nor of on or the to with vs v".split()
    # rule Q94: and the particles of names in other languages ("Operación Muro de
    # Contención", "Banca della Svizzera")
    + "de del della der des di du la le van von y da dos das al bin".split()
)
# A naming phrase right before a quotation (rule Q74): "residents have nicknamed "the
# last wall"", "what is known as "issue ownership"" (not "referred to her as "...""
# with an object between: a description its speaker gives).
_NAMED_BEFORE: Final = re.compile(
    r"\b(?:nicknamed|dubbed|christened|(?:known|referred\s+to)"
    # (rule Q77: with where or how between, "known in Brazil as", "known locally as";
    # rule Q78: or to whom, "known to a generation of television viewers as")
    r"(?:\s+(?:in|among)\s+\w+|\s+to(?:\s+\w+){1,6}|\s+\w+ly)?\s+as)"
    r"(?:\s+(?:the|a|an))?\s*$",
    re.IGNORECASE,
)
_NAMING_WORDS: Final = frozenset({"nicknamed", "dubbed", "christened", "as"})
_NICKNAME_NOUNS: Final = frozenset({"nickname", "nicknames", "moniker", "sobriquet"})
_TITLING: Final = frozenset({"titled", "entitled"})  # (rule Q88)
_CALLING: Final = frozenset({"call", "calls", "called", "calling"})
_ARTICLES: Final = frozenset({"the", "a", "an"})
_CALL_PARTICLES: Final = frozenset({"for", "on", "in", "up"})  # "call for", "call on"
# An adverb before a passive "called": a name follows (rule Q85: 'long called "..."').
_NAMING_ADVERBS: Final = frozenset(
    "long often also sometimes widely commonly popularly locally fondly".split()
)
# Between a name's closing mark and the next quotation's opening one (rule Q79).
_JOINED_NAME: Final = re.compile(r"[\"”’'»]?,?\s+(?:and|or)\s+[\"“‘'«]?")
_SLOGAN_NOUNS: Final = frozenset("slogan slogans motto mottos hashtag".split())
#: Nouns for a sign whose words a quotation can give ("signs reading "...""), and the
#: verbs of a crowd's words ("chanted "...""): from ``sign_nouns.txt``, ``crowd_verbs.txt``.
SIGN_NOUNS: Final = word_list("sign_nouns.txt")
CROWD_VERBS: Final = word_list("crowd_verbs.txt")
#: The participles that give a sign's words ("signs reading", "a banner saying") and the
#: verbs after "that" or "which" ("placards that said"): rules Q82, Q95, A935.
SIGN_PARTICIPLES: Final = frozenset({"reading", "saying", "declaring", "proclaiming"})
SIGN_VERBS: Final = frozenset({"read", "reads", "said", "says"})
#: The participles before "with" and the words written on a sign or a T-shirt ("printed
#: with", "emblazoned with": rules Q97, A1010).
SIGN_PRINTED: Final = frozenset("printed emblazoned painted daubed inscribed scrawled".split())
# The first of two quoted signs or chants and the "and" or "or" joining them (Q96, Q98).
_FIRST_OF_TWO: Final = r"(?:[\"“][^\n\"“”]{1,60}[\"”]|[‘'][^\n‘’']{1,60}[’'])[\s,]+(?:and|or)"
# A sign's noun, then "reading" or "that read" right before the opening mark (rule Q82).
_SIGN_READING: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(SIGN_NOUNS))})\b[^\n\"“”]{{0,60}}"
    rf"\b(?:{'|'.join(sorted(SIGN_PARTICIPLES))}|(?:that|which) (?:{'|'.join(sorted(SIGN_VERBS))})"
    # (rule Q97: or the words printed on it, "T-shirts printed with")
    rf"|with the words|(?:{'|'.join(sorted(SIGN_PRINTED))}) with)[\s,:]*"
    # ('"..." and "..."', or in single marks: rule Q96, "'Save Our Arches' and '...'")
    rf"(?:{_FIRST_OF_TWO})?\Z",
    re.IGNORECASE,
)
_SIGN_READING_REACH: Final = 90
# "accused Helsinki of", "accusing the mayor's office of" (rule Q89)
_ACCUSED_OF: Final = re.compile(r"\baccus(?:ed|es|e|ing) (?:\S+ ){1,4}of$")
_ACCUSED_OF_REACH: Final = 60
# "called the closure ", "described the reform as ", "branded it " (rule Q91)
_CALLED_AS: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ling)?) (?:\S+ ){0,2}\S+$"
    r"|\bdescrib(?:es|ed|ing|e) (?:\S+ ){1,4}as$"
)
_CALLED_REACH: Final = 50
_ADJECTIVE_ENDINGS: Final = ("ic", "ian", "esque", "ist", "ish")  # (rule Q91)
# A verb of a crowd's words right before the opening mark (rule Q83: 'chanting "Bernie or
# Jill, No Hill,"').
_CHANTED: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(CROWD_VERBS))})[\s,:]*"
    # (rule Q98: or the second of two chants, 'chanted "Journalism is not a crime" and
    # "Free Hichem"', as for signs, Q96)
    rf"(?:{_FIRST_OF_TWO}\s*)?\Z",
    re.IGNORECASE,
)
_CHANTED_REACH: Final = 90
_NAMED_REACH: Final = 70  # characters before the mark searched for a naming phrase
_MAX_NAME_WORDS: Final = 8
# Nouns for a work whose title may follow in quotation marks (rule Q73).
# A work's noun before its title in apposition (rule Q86): the words read back, and the
# prepositions that may follow the noun ("a documentary about the victims, "..."").
_APPOSED_REACH: Final = 60
_APPOSED_WORDS: Final = 6
_WORK_LINKS: Final = frozenset("about on of by from for in".split())
_SENTENCE_PART: Final = re.compile(r"[.!?;:\"“”(]")
# ... or a description after the title ('"Isa Lei", the traditional farewell song').
_WORK_AFTER: Final = re.compile(
    r"[ \t]*,[ \t]+(?:the|a|an|his|her|their|its)[ \t]+([^,.;:!?\"“”()]{1,50})"
)
_WORK_NOUNS: Final = frozenset(
    """book books novel novels memoir film films movie movies documentary series show
    shows sitcom album song single play musical opera poem essay podcast episode
    painting exhibition title headline slogan motto hashtag report study survey paper
    theme titled entitled debut homily sermon hymn anthem programme program petition
    campaign""".split()  # (rule Q80: "a study titled "..."; rule Q100: "his homily, "...,"")
)
#: Verbs of singing: a title-cased quotation right after one, with no comma, "!" or "?",
#: is a song's title ("began to sing "Amazing Grace""): rule Q100.
_SINGING: Final = frozenset("sing sings sang sung singing".split())

# Closing classes: marks that close the same openers share a class (all English double
# marks, all English single marks, each directional closer on its own). An opener's key
# is the class of the marks that may close it. A mark that closes nothing gets the spare
# class _N_CLASSES, which no entry ever has.
_CLASSES: Final = sorted(set(CLOSERS.values()), key=lambda s: "".join(sorted(s)))
_N_CLASSES: Final = len(_CLASSES)
_FAMILIES: Final = sorted(set(FAMILY.values()))


def _mark_info(mark: str) -> tuple[int, bool, bool, bool, int, int, int]:
    kind = (
        _APOSTROPHE
        if mark in APOSTROPHE_LIKE
        else _SINGLE
        if mark in SINGLE
        else _DOUBLE
        if mark in DOUBLE
        else _DIRECTIONAL
    )
    closes = [n for n, closers in enumerate(_CLASSES) if mark in closers]
    return (
        kind,
        mark in CLOSERS,
        mark in LEFT_BIASED,
        mark in RIGHT_BIASED,
        closes[0] if closes else _N_CLASSES,
        _CLASSES.index(CLOSERS[mark]) if mark in CLOSERS else _N_CLASSES,
        _FAMILIES.index(FAMILY[mark]),
    )


_DIRECTIONAL, _DOUBLE, _SINGLE, _APOSTROPHE = range(4)
# Everything the scan needs to know about a mark, in one look-up: (kind, can be an
# opener, left-biased, right-biased, closing class, key as an opener, family).
_INFO: Final = {mark: _mark_info(mark) for mark in MARKS}
_FAMILY_ID: Final = {mark: info[6] for mark, info in _INFO.items()}
_SINGLE_FAMILY: Final = _FAMILIES.index("single")

# Runs of marks (see _run_inside). A text gets the bulk treatment when more than one
# character in _DENSE is a mark (news has one in a hundred or fewer), for runs of at least
# 16 English marks (shorter ones cost less one mark at a time).
_DENSE: Final = 8
_ENGLISH: Final = "".join(sorted(DOUBLE | SINGLE))
_RUN: Final = re.compile(f"[{re.escape(_ENGLISH)}]{{16,}}")
_DOUBLE_KEY: Final = _INFO[QUOTATION_MARK][5]
_SINGLE_KEY: Final = _INFO[APOSTROPHE][5]
_KEY_MARKS: Final = {
    _DOUBLE_KEY: "".join(sorted(DOUBLE)),
    _SINGLE_KEY: "".join(sorted(SINGLE)),
}
# The marks that reach an entry from before the run: (double open, single open) -> marks.
_REACH: Final = {
    (True, False): re.compile(f"[{re.escape(_KEY_MARKS[_DOUBLE_KEY])}]"),
    (False, True): re.compile(f"[{re.escape(_KEY_MARKS[_SINGLE_KEY])}]"),
    (True, True): re.compile(f"[{re.escape(_ENGLISH)}]"),
}
_NO_COUNTS: Final = (0,) * (_N_CLASSES + 1)


def _toggle_states() -> dict[tuple[int, ...], dict[str, Any]]:
    """The automaton of the inert entries inside a run: a state is the keys of those
    entries, bottom first (at most one per class); a mark closes the entry of its class
    and those above it if there is one, and opens one otherwise. Each state maps each
    English mark to the next state, and ``""`` to its keys."""
    states: dict[tuple[int, ...], dict[str, Any]] = {
        keys: {"": keys}
        for keys in [
            (),
            (_DOUBLE_KEY,),
            (_SINGLE_KEY,),
            (_DOUBLE_KEY, _SINGLE_KEY),
            (_SINGLE_KEY, _DOUBLE_KEY),
        ]
    }
    for keys, table in states.items():
        for mark in _ENGLISH:
            key = _INFO[mark][4]  # its class, the same as its key as an opener
            table[mark] = states[keys[: keys.index(key)] if key in keys else (*keys, key)]
    return states


_TOGGLES: Final = _toggle_states()

# Internal records, plain tuples and lists turned into Quote and Segment at the end:
# a segment is (start, end, text, open_mark, close_mark, open_at, close_at), open_at the
# offset of the opening mark and close_at that of the closing mark (or of the cut, when
# the segment was not closed); a quotation is (segments, unclosed, nested,
# multi_paragraph, interrupted); an open entry of the stack is
# [mark, offset, key, nested, carried segments or None].
_Seg = tuple[int, int, str, str, str, int, int]
_Rec = tuple[list[_Seg], bool, list[Any], bool, bool]
_Entry = list[Any]
_Carry = tuple[int, list[_Seg], list[_Rec], bool]


def find_quotes(text: str) -> list[Quote]:
    """Return every top-level quotation in ``text``, in order of position.

    Never raises on any string, and runs in time linear in ``len(text)`` plus the size of
    the result (each nested quotation holds its own text). Each returned
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
    if "''" in text or "``" in text:
        records = _typewriter_marks(text, _scan(_DOUBLED.sub(_as_double, text)))
    else:
        records = _scan(text)
    if "=" in text:
        # an attribute value in markup left in scraped text (<tweet id="76816">)
        records = [r for r in records if text[r[0][0][5] - 1 : r[0][0][5]] != "="]
    if len(records) > 1:
        records = _join_interrupted(text, records)
    quotes: list[Quote] = []
    for record in records:
        segments, unclosed, nested, multi_paragraph, interrupted = record
        if nested or interrupted or len(segments) != 1:
            quotes.append(_build(text, record))
            continue
        # The common case, inline: one segment, nothing nested.
        start, end, content, open_mark, close_mark, _, _ = first = segments[0]
        quotes.append(
            Quote(
                start,
                end,
                content,
                (Segment(start, end, content, open_mark, close_mark),),
                _kind(text, first, first, True),
                unclosed,
                multi_paragraph,
                False,
                (),
            )
        )
    return _joined_names(text, quotes)


def _joined_names(text: str, quotes: list[Quote]) -> list[Quote]:
    """A short fragment joined by ``and`` or ``or`` to a name right before it is a
    name too (rule Q79: ``dubbed "the Wolf network" and "the Eagles."``)."""
    for k in range(1, len(quotes)):
        before, quote = quotes[k - 1], quotes[k]
        if (
            before.kind == "name"
            and quote.kind == "fragment"
            and len(quote.segments) == 1
            and len(quote.text.split()) <= _MAX_NAME_WORDS
            and _JOINED_NAME.fullmatch(text, before.end, quote.start)
        ):
            quotes[k] = attrs.evolve(quote, kind="name")
    return quotes


def _scan(text: str, runs: bool | None = None) -> list[_Rec]:
    """Pair the marks of ``text``; return the top-level quotation records in order.

    Each mark is decided by :func:`_pair`, but for the inside of a long run of English
    marks in a text dense with marks (hostile text: a hundred thousand ``"`` in a row,
    or ``"`` and ``'`` alternating), which :func:`_run_inside` settles in bulk, with the
    same result. ``runs`` says whether to look for such runs: by default only in a
    dense text; tests set it to compare the two ways.
    """
    positions = _mark_positions(text)
    if not positions:
        return []
    quotes: list[_Rec] = []
    stack: list[_Entry] = []
    counts = [0] * (_N_CLASSES + 1)  # open entries per key
    if len(positions) * _DENSE > len(text) if runs is None else runs:
        last, carry = _pair_runs(text, positions, _RUN.finditer(text), quotes, stack, counts)
    else:
        last, carry = _pair(text, positions, quotes, stack, counts, 0, None)
    n = len(text)
    if stack:
        brk = _PARAGRAPH.search(text, last)
        if brk is None:
            carry = _paragraph_end(text, stack, quotes, n, n)
        else:
            carry = _paragraph_end(text, stack, quotes, brk.start(), brk.end())
    if carry is not None:
        _end_unclosed(quotes, carry)
    return quotes


def _plural_possessive(text: str, i: int, stack: list[_Entry], cls: int) -> bool:
    """Whether the apostrophe at ``i``, after an ``s`` and before a space, is a plural's
    possessive inside a quoted sentence (rule Q65): a word in lower case follows it, the
    quotation it could close opened after a colon or a comma, at its paragraph's start or
    after a sentence's end (rule Q92), and a mark that closes it comes later in the
    paragraph."""
    lead = text[i + 2 : i + 3]
    if not lead.islower() and not (lead.isupper() and _RUNNING_ON.match(text, i + 2)):
        # (a capital too when the words go on in lower case, "Magistrates' Court on
        # 14 March": rule Q90; not in a headline's capitals, "‘Images’ Have ‘No Place")
        return False
    opening = next((entry[1] for entry in reversed(stack) if entry[2] == cls), None)
    if opening is None:
        return False
    j = opening - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j >= 0 and text[j] not in ":,\n.!?":  # (rule Q92: or opening a sentence)
        return False
    brk = _PARAGRAPH.search(text, i)
    return _LATER_CLOSE.search(text, i + 1, brk.start() if brk else len(text)) is not None


def _pair(
    text: str,
    positions: list[int],
    quotes: list[_Rec],
    stack: list[_Entry],
    counts: list[int],
    last: int,
    carry: _Carry | None,
) -> tuple[int, _Carry | None]:
    """Decide the marks at ``positions`` in order, updating ``quotes``, ``stack`` and
    ``counts`` in place; return the new ``last`` (just past the last mark) and
    ``carry``.

    One flat loop, run once per mark, with the common decisions inline (this is the hot
    path: no method calls or attribute look-ups per mark that can be avoided).
    """
    n = len(text)
    info = _INFO
    before_open = _BEFORE_OPEN
    after_no_open = _AFTER_NO_OPEN
    before_no_close = _BEFORE_NO_CLOSE
    after_close = _AFTER_CLOSE
    # carry: a quotation left open at a paragraph end whose next paragraph starts with a
    # mark of its family (see _paragraph_end); it goes on only if that mark opens.

    for i in positions:
        ch = text[i]
        kind, opener, left_biased, right_biased, cls, key, _ = info[ch]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if stack and text.find("\n", last, i) >= 0:
            brk = _PARAGRAPH.search(text, last, i)
            if brk is not None:
                carry = _paragraph_end(text, stack, quotes, brk.start(), brk.end())
                counts[:] = _NO_COUNTS
        last = i + 1
        can_open = after not in after_no_open and before in before_open
        can_close = before not in before_no_close and after in after_close
        closable = counts[cls] > 0
        do_open = do_close = False
        if kind == _DIRECTIONAL:
            # Guillemets (either way round) and CJK brackets.
            if closable and (can_close or right_biased or not can_open):
                do_close = True
            else:
                # A mark standing alone between spaces opens too (» wir geben nicht «).
                do_open = opener and (
                    left_biased or can_open or (before in _WHITESPACE and after in _WHITESPACE)
                )
        elif kind == _APOSTROPHE and not can_open:
            # An apostrophe: it may only close a single quotation left open
            # (students'), never open one; nor a quoted sentence that closes later in its
            # paragraph, after a plural's "s" and before a word in lower case (rule
            # Q65: 'added: ‘... in five years’ time. Our priority is ...’')
            do_close = (
                can_close
                and closable
                and not (
                    before in "sS" and after == " " and _plural_possessive(text, i, stack, cls)
                )
            )
        elif kind != _DOUBLE and _ELISION.match(text, i) is not None:
            pass  # ’90s, 'tis, rock ’n’ roll
        elif can_close and (not can_open or closable):
            do_close = closable
        elif can_open or left_biased:
            do_open = True
        elif closable:
            do_close = True
        else:
            do_open = not right_biased

        if carry is not None:
            if do_open and carry[0] == i and not stack:
                stack.append([ch, i, key, carry[2], carry[1]])
                counts[key] += 1
                carry = None
                continue
            _end_unclosed(quotes, carry)
            carry = None
        if do_open:
            stack.append([ch, i, key, [], None])
            counts[key] += 1
        elif do_close:
            # Close the innermost entry ch can close. Entries above it are strays: their
            # content is dropped, their nested quotations pass to the entry closed.
            entry = stack.pop()
            counts[entry[2]] -= 1
            if entry[2] != cls:
                strays = [entry]
                entry = stack.pop()
                counts[entry[2]] -= 1
                while entry[2] != cls:
                    strays.append(entry)
                    entry = stack.pop()
                    counts[entry[2]] -= 1
                for stray in reversed(strays):
                    entry[3].extend(stray[3])
            if len(stack) > MAX_NESTING:
                continue  # too deep to record (its text is never copied)
            # The quotation: the content between the marks, stripped (inline _finish).
            start = entry[1] + 1
            content = text[start:i]
            stripped = content.strip()
            if stripped and _WORD_CHAR.search(stripped) is not None:
                if len(stripped) != len(content):
                    start += len(content) - len(content.lstrip())
                segment = (start, start + len(stripped), stripped, entry[0], ch, entry[1], i)
                if entry[4] is None:
                    record: _Rec = ([segment], False, entry[3], False, False)
                else:
                    entry[4].append(segment)
                    record = (entry[4], False, entry[3], True, False)
            elif entry[4] is not None:
                record = (entry[4], False, entry[3], len(entry[4]) > 1, False)
            else:
                continue  # empty quotation marks
            if stack:
                stack[-1][3].append(record)
            else:
                quotes.append(record)
    return last, carry


def _pair_runs(
    text: str,
    positions: list[int],
    runs: Iterable[re.Match[str]],
    quotes: list[_Rec],
    stack: list[_Entry],
    counts: list[int],
) -> tuple[int, _Carry | None]:
    """:func:`_pair` over ``positions``, but for the inside of each of ``runs`` (runs of
    English marks, every one of them in ``positions``), which :func:`_run_inside`
    settles. The first and the last mark of a run have a neighbour that is not a mark:
    :func:`_pair` decides them."""
    last = 0
    carry: _Carry | None = None
    k = 0  # the next position to decide
    for run in runs:
        s, e = run.span()
        j = bisect_left(positions, s, k)  # positions[j] == s, positions[j + e - s - 1] == e - 1
        last, carry = _pair(text, positions[k : j + 1], quotes, stack, counts, last, carry)
        _run_inside(text, s + 1, e - 1, quotes, stack, counts)
        last = e - 1
        k = j + e - s - 1
    return _pair(text, positions[k:], quotes, stack, counts, last, carry)


def _run_inside(
    text: str, a: int, b: int, quotes: list[_Rec], stack: list[_Entry], counts: list[int]
) -> None:
    """Decide the marks ``text[a:b]``, the inside of a run of English marks, as
    :func:`_pair` would, updating ``quotes``, ``stack`` and ``counts`` in place.

    Why this is the same: every mark inside a run has a mark on both sides, so it can
    both open and close, is no elision and no apostrophe inside a word; :func:`_pair`
    then closes the innermost entry of its class if one is open and opens one
    otherwise. An entry opened inside the run is *inert* while the run lasts: its
    content is marks only, so closing it records nothing, and nothing is nested in it
    (an entry left open at the end is an ordinary entry after the run). Entries opened
    before the run (including one at its first mark) are not, but a mark inside the run
    reaches one only when no entry of its class was opened inside the run (one is
    opened only when none of its class is open): those marks, at most one per entry
    closed, go to :func:`_pair` one by one. Between them, each class with no entry
    from before the run toggles between open and closed: its inert entries on top of
    the stack (at most one per class) follow a five-state automaton (:data:`_TOGGLES`),
    run over the characters in C by ``functools.reduce``. An entry still open at the end
    was opened at the last mark of its class (a later one would have closed it).
    """
    first = a  # the entries opened at or after it are inert
    while True:
        inert = 0
        while inert < len(stack) and stack[-1 - inert][1] >= first:
            inert += 1
        top = stack[len(stack) - inert :]
        state = tuple(entry[2] for entry in top)
        # Is an entry from before the run open in each class? The next mark of such a
        # class reaches it.
        old_double = counts[_DOUBLE_KEY] > (_DOUBLE_KEY in state)
        old_single = counts[_SINGLE_KEY] > (_SINGLE_KEY in state)
        reach = b
        if old_double or old_single:
            found = _REACH[old_double, old_single].search(text, a, b)
            if found is not None:
                reach = found.start()
        if reach > a:
            end_state: tuple[int, ...] = reduce(getitem, text[a:reach], _TOGGLES[state])[""]
            del stack[len(stack) - inert :]
            for entry in top:
                counts[entry[2]] -= 1
            for key in end_state:
                at = max(text.rfind(mark, a, reach) for mark in _KEY_MARKS[key])
                if at < 0:  # no mark of its class in text[a:reach]: the same entry
                    stack.append(next(entry for entry in top if entry[2] == key))
                else:
                    stack.append([text[at], at, key, [], None])
                counts[key] += 1
        if reach == b:
            return
        _pair(text, [reach], quotes, stack, counts, reach, None)
        a = reach + 1


# Typewriter double marks: two apostrophes ('') or two grave accents (``) written for one
# double quotation mark, as in ``...'' and ''...'' copy.
_DOUBLED: Final = re.compile(r"''|``")


def _as_double(m: re.Match[str]) -> str:
    """The same-length stand-in for a doubled mark: an ordinary double mark, placed at
    the inner side of the pair (the side of the quoted words) with a space outside."""
    text = m.string
    end = m.end()
    opening = m.group() == "``" or (end < len(text) and text[end].isalnum())
    return ' "' if opening else '" '


def _typewriter_marks(text: str, records: list[_Rec]) -> list[_Rec]:
    """Put the doubled marks that ``_as_double`` stood in for back into the records."""
    todo = list(records)
    while todo:
        record = todo.pop()
        segments = record[0]
        for k, (start, end, content, open_mark, close_mark, open_at, close_at) in enumerate(
            segments
        ):
            if text[open_at] in "'`" and open_at and text[open_at - 1] == text[open_at]:
                open_at -= 1
                open_mark = text[open_at : open_at + 2]
            if close_mark and text[close_at : close_at + 2] == "''":
                close_mark = "''"
            # the content as written (a stand-in space may have been stripped from it)
            content = text[start:end]
            segments[k] = (start, end, content, open_mark, close_mark, open_at, close_at)
        todo.extend(record[2])
    return records


def _mark_positions(text: str) -> list[int]:
    """The offsets of the quotation marks in ``text``, in order, leaving out apostrophes
    inside a word (``don't``, ``Russia’s``: a word character on both sides).

    One ``str.find`` pass per mark character (a memchr-speed search; a character wider
    than any in the text is ruled out at once), far faster than a regular expression,
    which steps through the text one character at a time.
    """
    positions: list[int] = []
    append = positions.append
    find = text.find
    last = len(text) - 1
    runs = 0
    for ch in _ASCII_MARK_CHARS if text.isascii() else _MARK_CHARS:
        j = find(ch)
        if j < 0:
            continue
        runs += 1
        if ch in _APOSTROPHES:
            while j >= 0:
                if 0 < j < last:
                    before = text[j - 1]
                    after = text[j + 1]
                    if (before.isalnum() or before == "_") and (after.isalnum() or after == "_"):
                        j = find(ch, j + 1)
                        continue
                append(j)
                j = find(ch, j + 1)
        else:
            while j >= 0:
                append(j)
                j = find(ch, j + 1)
    if runs > 1:
        positions.sort()
    return positions


def _segment(text: str, entry: _Entry, end: int, close_mark: str) -> _Seg | None:
    """The content between an entry's mark and ``end``, stripped of whitespace; None if
    it is empty."""
    open_at: int = entry[1]
    start = open_at + 1
    content = text[start:end]
    stripped = content.strip()
    if not stripped or _WORD_CHAR.search(stripped) is None:
        return None
    if len(stripped) != len(content):
        start += len(content) - len(content.lstrip())
    return (start, start + len(stripped), stripped, entry[0], close_mark, open_at, end)


def _paragraph_end(
    text: str, stack: list[_Entry], quotes: list[_Rec], start: int, end: int
) -> _Carry | None:
    """End a paragraph at ``start`` (the next begins at ``end``) with ``stack`` not empty.

    Entries above the outermost are strays. The outermost quotation goes on in the next
    paragraph if that opens with a mark of its family: then return the carry, to be
    settled at that mark. Otherwise it is closed here and flagged unclosed, or dropped if
    it is a lone single mark (an apostrophe, far likelier).
    """
    outer = stack[0]
    nested: list[_Rec] = outer[3]
    for stray in stack[1:]:
        nested.extend(stray[3])
    stack.clear()
    segment = _segment(text, outer, start, "")
    carried: list[_Seg] = outer[4] or []  # the entry's own list: extended in place
    family = _FAMILY_ID[outer[0]]
    droppable = family == _SINGLE_FAMILY and not carried
    if segment is not None:
        carried.append(segment)
        if end < len(text) and _FAMILY_ID.get(text[end]) == family:
            return (end, carried, nested, droppable)
    _end_unclosed(quotes, (end, carried, nested, droppable))
    return None


def _end_unclosed(quotes: list[_Rec], carry: _Carry) -> None:
    """Settle a quotation left open at a paragraph end that does not go on: it is
    flagged unclosed, or dropped if it is a lone single mark (far likelier an apostrophe
    than a quotation), keeping the quotations inside it."""
    _, segments, nested, droppable = carry
    if droppable or not segments:
        quotes.extend(nested)
    else:
        quotes.append((segments, True, nested, len(segments) > 1, False))


def _build(text: str, record: _Rec) -> Quote:
    """Turn a quotation record and those nested in it into :class:`Quote` records.

    Iterative, innermost first, so that no depth of nesting can exhaust the stack.
    """
    done: dict[int, Quote] = {}
    todo: list[tuple[_Rec, bool]] = [(record, False)]
    while todo:
        current, children_done = todo.pop()
        if not children_done and current[2]:
            todo.append((current, True))
            todo.extend((child, False) for child in current[2])
            continue
        segments, unclosed, nested, multi_paragraph, interrupted = current
        first = segments[0]
        last = segments[-1]
        if len(segments) == 1:
            quote_text = first[2]
            built: tuple[Segment, ...] = (
                Segment(first[0], first[1], quote_text, first[3], first[4]),
            )
        else:
            quote_text = text[first[0] : last[1]]
            built = tuple(Segment(s[0], s[1], s[2], s[3], s[4]) for s in segments)
        done[id(current)] = Quote(
            first[0],
            last[1],
            quote_text,
            built,
            "speech" if interrupted else _kind(text, first, last, len(segments) == 1),
            unclosed,
            multi_paragraph,
            interrupted,
            tuple(done.pop(id(child)) for child in nested) if nested else (),
        )
    return done[id(record)]


def _kind(text: str, first: _Seg, last: _Seg, single_segment: bool) -> QuoteKind:
    """Tell a full utterance from a fragment, a nickname or a title (see QuoteKind)."""
    open_at = first[5]
    while open_at > 0 and text[open_at - 1] in " \t\u00a0":
        open_at -= 1
    before = text[open_at - 1] if open_at > 0 else "\n"
    if not (before.isalnum() or before in ",:)%$"):
        # most quotations: every rule below but the last needs a letter, a digit or
        # one of these before the opening mark, and the last says "speech" without one
        # (the words are not split for nothing)
        return "speech"
    content = first[2]
    words = content.split()
    if single_segment and words and (before in ",:" or before.isalpha()):
        # rule Q73: a title-cased quotation right after a noun for a work ("his novel,
        # “A House of Strangers,”", "the series “Strangers,”") is its title
        work = text[max(0, open_at - 20) : open_at].rstrip(",:").split()[-1:]
        if work and work[0].lower() in _WORK_NOUNS and _title_cased(words, work_named=True):
            return "title"
        if (
            work
            and work[0].lower() in _SINGING
            and not any(mark in content for mark in ",!?")
            and len(words) > 1
            and _title_cased(words)
        ):
            return "title"  # rule Q100: a song ('rose to sing "Land of My Fathers"')
        if work and work[0].lower() in _TITLING:
            # rule Q88: whatever its case ('a paper titled "Sediment DNA reveals ..."')
            return "title"
        closed = last[6] + len(last[4])  # (just past the closing mark)
        if (
            (before == "," or text[closed : closed + 3].lstrip()[:1] == ",")
            and _title_cased(words, work_named=True)
            and _work_apposed(text, first, last, before)
        ):
            return "title"  # rule Q86
        if (
            work
            and work[0].lower() in _SLOGAN_NOUNS
            and before != ":"
            # (not one a crowd chants: "chanted the party's campaign slogan, "..."", A479)
            and CROWD_VERBS.isdisjoint(text[max(0, open_at - 50) : open_at].lower().split())
        ):
            # rule Q81: the words of a slogan or motto, whatever their case ("the campaign
            # slogan "Rents up, premiums up – pensions up!"")
            return "title"
    if (
        single_segment
        and before.isalpha()
        and len(words) <= _MAX_NAME_WORDS
        # (the naming word, or an article after it, right before the mark: cheap first)
        and not _NAMING_WORDS.isdisjoint(text[max(0, open_at - 20) : open_at].lower().split()[-2:])
        and _NAMED_BEFORE.search(text, max(0, open_at - _NAMED_REACH), open_at)
    ):
        return "name"  # rule Q74: the name something is known by
    if single_segment and (before.isalpha() or before == ",") and len(words) <= _MAX_NAME_WORDS:
        # rule Q84: a nickname ("earned her the nickname "the Wall of Wrocław"") and the
        # name a thing or person is called, title-cased ("the ridge locals call "the
        # Green Crown"", not 'what critics called "a national embarrassment"'); rule
        # Q85: any name after "call", its object and "the" ("calling the inspectors the
        # "tongue troopers""), or after a passive "called" with an adverb ("Tea, long
        # called "green gold"")
        before_words = text[max(0, open_at - 50) : open_at].lower().rstrip(",").split()
        named = words[1:] if words[0].lower() in _ARTICLES else words
        # (after its article, one capitalised word is a name even with a comma: "call
        # "the Chimney,"")
        name_cased = bool(named) and _title_cased(named, work_named=len(named) < len(words))
        word_before = before_words[-1] if before_words else ""
        if (
            word_before in _NICKNAME_NOUNS
            or (word_before in _CALLING and name_cased)
            # rule Q87: or after "call" and its object ("taken to calling the new
            # fissure "the Dragon"")
            or (
                name_cased
                and (len(named) < len(words) or len(named) > 1)  # (not "Russophobic")
                and any(w in _CALLING for w in before_words[-4:-1])
                and not _CALL_PARTICLES.intersection(before_words[-4:])
            )
            or (
                word_before == "the"
                # (not a superlative, 'called the deal the "worst in history"')
                and not (named or words)[0].lower().endswith(("est", "most", "best", "worst"))
                # a word or two, the object, between "call" and "the" (not 'what she
                # calls the "kelp rush"', her own words)
                and any(w in _CALLING for w in before_words[-5:-2])
                and before_words[-2] not in _CALLING
                and not _CALL_PARTICLES.intersection(before_words[-4:-1])
            )
            or (
                word_before == "called"
                and len(before_words) > 2
                and before_words[-2] in _NAMING_ADVERBS
                # (passive: not 'which the chamber has long called "..."')
                and before_words[-3] not in ("has", "have", "had")
            )
        ):
            return "name"
    if not (before.isalnum() or before in ")%$"):
        return "speech"  # not in mid-sentence
    if (
        single_segment
        and len(words) <= 8
        and _title_cased(words)
        # rule Q82: not the words of a sign ("held signs reading "Tariffs Are Taxes""),
        # nor a chant (rule Q83: 'chanting "Bernie or Jill, No Hill,"')
        and not _SIGN_READING.search(text, max(0, open_at - _SIGN_READING_REACH), open_at)
        and not _CHANTED.search(text, max(0, open_at - _CHANTED_REACH), open_at)
        # rule Q89: nor what someone is accused of ('accused Helsinki of "Russophobia"')
        and not _ACCUSED_OF.search(text, max(0, open_at - _ACCUSED_OF_REACH), open_at)
        # rule Q91: nor one adjective a thing is called ('called the closure
        # "Russophobic"', 'described the reform as "Orwellian"')
        and not (
            len(words) == 1
            and words[0].rstrip(".,!?").endswith(_ADJECTIVE_ENDINGS)
            and _CALLED_AS.search(text, max(0, open_at - _CALLED_REACH), open_at)
        )
    ):
        prev_word = text[max(0, open_at - 30) : open_at].split()[-1:]
        close_at = last[6] + len(last[4])
        after = text[close_at : close_at + 2]
        if (
            prev_word
            and prev_word[0][:1].isupper()
            and len(after) == 2
            and after[0] == " "
            and after[1].isupper()
        ):
            return "name"
        return "title"
    if content[:1].islower() or len(words) <= 3:
        return "fragment"
    return "speech"


def _work_apposed(text: str, first: _Seg, last: _Seg, before: str) -> bool:
    """Whether a quotation after a comma stands in apposition to a noun phrase naming a
    work, its noun a few words back and only a preposition's phrase after the noun ("A
    documentary about the victims, “41 Seats”,"), or has such a phrase after it ("“Isa
    Lei”, the traditional farewell song"): rule Q86."""
    if before == ",":
        phrase = _SENTENCE_PART.split(text[max(0, first[5] - _APPOSED_REACH) : first[5]])[-1]
        words = phrase.lower().rstrip(" ,").split()[-_APPOSED_WORDS:]
        for j, word in enumerate(words):
            if word in _WORK_NOUNS and (j + 1 == len(words) or words[j + 1] in _WORK_LINKS):
                return True
    after = _WORK_AFTER.match(text, last[6] + len(last[4]))
    return after is not None and not _WORK_NOUNS.isdisjoint(after.group(1).lower().split()[:4])


def _title_cased(words: list[str], *, work_named: bool = False) -> bool:
    """True for ``Saturday Night Live``, ``The Art of the Deal`` (also with the comma or
    period American style puts inside the marks: ``“Fox and Friends.”``); False for
    sentences. One word with a comma or period (``“No,”``), or a question (``“Working
    Less, Producing More?”``), is a title only after a noun that names a work
    (``work_named``: ``the series “Strangers,”``, ``a study titled``)."""
    end = words[-1][-1:]
    if (
        end in ";:"
        or (end in "!?" and not work_named)  # (rule Q80: a study titled "... More?")
        or (len(words) == 1 and end in ".," and not work_named)
    ):
        return False
    if end in ".,!?":
        words = [*words[:-1], words[-1][:-1]]
    for j, word in enumerate(words):
        if j and word.lower() in _SMALL_WORDS:
            continue
        if not (_UPPER_WORD.match(word) and word[0].isupper()) and not (
            work_named and j == 0 and word.isdigit()  # (rule Q86: "“41 Seats”")
        ):
            return False
    return True


def _join_interrupted(text: str, records: list[_Rec]) -> list[_Rec]:
    """Merge ``“A,” she said, “B.”`` into one quotation of two segments."""
    merged: list[_Rec] = [records[0]]
    for record in records[1:]:
        prev = merged[-1]
        last = prev[0][-1]
        # Cheap tests first: the first quotation closed, a short gap (marks are one
        # character long).
        if (
            last[4]
            and not prev[1]
            and 0 < record[0][0][5] - last[6] - 1 <= 80
            and _interrupts(text, last, record[0][0])
            # rule Q76: a title alone is no first half ('In her memoir, "Counting
            # Droplets," she wrote: "..."')
            and not (len(prev[0]) == 1 and _kind(text, last, last, True) == "title")
        ):
            # The lists belong to these records alone: extend them in place (a long
            # chain of interruptions stays linear).
            prev[0].extend(record[0])
            prev[2].extend(record[2])
            merged[-1] = (prev[0], record[1], prev[2], prev[3] or record[3], True)
        else:
            merged.append(record)
    return merged


def _interrupts(text: str, last: _Seg, first: _Seg) -> bool:
    """Whether the words between a closed segment ``last`` and the next quotation's
    ``first`` segment are a cue interrupting one quotation (``," she said, "``)."""
    gap = text[last[6] + 1 : first[5]]
    if "\n" in gap:
        return False
    stripped = gap.strip()
    return (
        (
            stripped.endswith(",")
            # rule Q75: a colon after a term closing without punctuation opens a new
            # quotation ('under the slogan "Justice Now", posted on X: "Thank you."')
            or (stripped.endswith(":") and not last[2][-1:].isalnum())
        )
        and (last[2].endswith(",") or stripped.startswith(","))
        and len(stripped.split()) <= 10
        and _SENTENCE_END.search(stripped) is None
    )
