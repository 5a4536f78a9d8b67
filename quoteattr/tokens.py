"""Tokens of the frame text around quotations, with quotations as single tokens.

Attribution reads the words *outside* quotation marks ("she said", "according to the
ministry"). ``paragraph_tokens`` turns one paragraph into a token list in which each
quoted segment, marks included, is one :class:`Token` whose ``segment`` is set, and
marks sentence ends so that rules can stay inside one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

import regex

from quoteattr.model import Quote, Segment

__all__ = ["Token", "paragraph_tokens", "segment_span"]

# Linear: each alternative is anchored on a fixed character class, with no nested
# quantifiers that could backtrack. (The standard library's engine: faster here than
# ``regex``, and this runs over every paragraph that holds a quotation.)
_LETTER: Final = r"[^\W\d_]"
_CAPITAL: Final = r"[^\W\d_a-z]"  # a capital, or any letter outside ASCII
_WORD: Final = re.compile(
    # both of the first two need a letter and a period: the look-ahead tries that once
    # (most tokens are words, which then go straight to the third alternative)
    rf"(?={_LETTER}\.)(?:"
    rf"{_LETTER}\.(?:{_LETTER}\.)+"  # initialisms: U.S., J.K., e.g.
    rf"|{_CAPITAL}\.(?=\s+{_CAPITAL})"  # an initial: J. Smith
    # words: Son-hui, don't, 3.5; and an apostrophe before a name: Ochieng’ Odera. The
    # optional parts are alternations with an empty branch, not ``(...)*`` and ``(...)?``:
    # the engine tries a branch that opens with a character set without entering it,
    # where a repeat is set up for every word (the same tokens, 15% faster, checked in
    # tests/test_speed_equivalence.py against the pattern with the repeats)
    r")|\w+(?:[-'’.]\w+(?:[-'’.]\w+)*|)"
    rf"(?:['’](?=\s+{_CAPITAL})|)"
    r"|\S"  # any other character on its own
)
# Tokens read after a quotation for a cue of its sentence: a name with a long title and
# its verb ('"...?" Assistant U.S. Attorney Rebecca Lindqvist asked': rule A293).
_CUE_REACH: Final = 7
_APPOSITIVE_REACH: Final = 12  # words of an appositive between a name and its verb (A649)
_CUE_NEAR: Final = 5  # ... and any other words before a verb that closes its clause
# The same tokens with the whitespace before each (every character that is not
# whitespace is in some token, so the spaces are all that lies between two tokens).
_SPACED_WORD: Final = re.compile(rf"(\s*+)({_WORD.pattern})")


class Token:
    """One word, punctuation mark or quoted segment of a paragraph."""

    __slots__ = ("end", "lower", "segment", "sentence", "start", "text")

    def __init__(self, start: int, end: int, text: str, segment: Segment | None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.segment = segment  # the quoted segment this token stands for, if any
        self.sentence = 0

    @property
    def is_quote(self) -> bool:
        return self.segment is not None

    @property
    def capitalised(self) -> bool:
        return self.segment is None and self.text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


class _WordToken(Token):
    """A word token as ``_words`` makes it: a :class:`Token` whose fields are set one by
    one after ``_WordToken()``. With ``object.__init__`` as its ``__init__``, that call
    runs no Python code, and costs less than ``object.__new__(Token)``."""

    __slots__ = ()
    __init__ = object.__init__


def segment_span(text: str, segment: Segment) -> tuple[int, int]:
    """The span of a segment with its marks (skipping spaces inside the marks)."""
    start = segment.start
    while start > 0 and text[start - 1].isspace():
        start -= 1
    if segment.open_mark:
        start -= len(segment.open_mark)
    end = segment.end
    if segment.close_mark:
        while end < len(text) and text[end].isspace():
            end += 1
        end += len(segment.close_mark)
    return max(start, 0), end


def paragraph_tokens(
    text: str,
    start: int,
    end: int,
    segments: Sequence[tuple[int, int, Quote, Segment]],
    abbreviations: frozenset[str],
    verb_forms: Mapping[str, str],
    index: dict[int, int] | None = None,
) -> list[Token]:
    """Tokenise ``text[start:end]``; each ``(s, e, quote, segment)`` becomes one token.

    ``segments`` must be sorted and lie within the paragraph (with their marks). When
    ``index`` is given, the position of each segment's token is stored in it under the
    segment's ``id``.
    """
    tokens: list[Token] = []
    # the indices of the tokens that may end a sentence (quotations and ``.!?``), in
    # order: ``_mark_sentences`` decides at these alone
    ends: list[int] = []
    pos = start
    for seg_start, seg_end, quote, segment in segments:
        if seg_start < pos:
            continue
        _words(text, pos, seg_start, tokens, ends)
        if (
            quote.kind == "name"
            and segment.text[-1:].isalnum()
            and _inside_name(text, seg_start, seg_end)
        ):
            pos = seg_end  # rule A1289: a nickname inside a name is no token of its own
            continue
        if index is not None:
            index[id(segment)] = len(tokens)
        ends.append(len(tokens))
        tokens.append(Token(seg_start, seg_end, text[seg_start:seg_end], segment))
        pos = seg_end
    _words(text, pos, end, tokens, ends)
    label = _label_end(tokens)
    if label and _other_label(text, start, end):
        ends.insert(0, label)
    _mark_sentences(tokens, ends, abbreviations, verb_forms)
    return tokens


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether the quoted span ``text[start:end]`` (with its marks) stands between two
    words of a name (``Denis "Ti-Denis" Lachapelle``, ``Héctor "El Chino" Cárcamo``)."""
    before = text[max(0, start - 30) : start].rsplit(None, 1)[-1:]
    return (
        text[start - 1 : start] == " "
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and bool(before)
        and before[0][:1].isupper()
        and before[0][-1:].isalpha()
    )


def _other_label(text: str, start: int, end: int) -> bool:
    """Whether a paragraph near ``text[start:end]`` also opens with a speaker's label."""
    return (
        _LABEL_LINE.search(text, end, min(len(text), end + _LABEL_REACH)) is not None
        or _LABEL_LINE.search(text, max(0, start - _LABEL_REACH), max(0, start - 1)) is not None
    )


def _label_end(tokens: list[Token]) -> int:
    """The index of the colon after a transcript's speaker label opening the paragraph
    (``NADIA KARIM:``, ``CALLER (AIGUL):``), which ends a sentence of its own (rule
    A1263); 0 when the paragraph opens with no label."""
    for k, tok in enumerate(tokens[:_MAX_LABEL_TOKENS]):
        if tok.text == ":":
            return k if k and k + 1 < len(tokens) else 0
        if tok.segment is not None or not (tok.text.isupper() or tok.text in "()"):
            return 0
    return 0


_MAX_LABEL_TOKENS: Final = 8  # "CALLER ( AIGUL ) :", "NADIA KARIM :"
# Another paragraph opening with a speaker's label, near a paragraph that opens with
# one: a transcript, not a dateline ("KUCHING: A longhouse headman ...")
_LABEL_LINE: Final = regex.compile(r"(?m)^\p{Lu}[\p{Lu} .'’()-]{0,40}:")
_LABEL_REACH: Final = 3000


def _words(text: str, start: int, end: int, out: list[Token], ends: list[int]) -> None:
    """Append the tokens of ``text[start:end]`` to ``out``, and the indices of those
    that may end a sentence (``.``, ``!`` and ``?``) to ``ends``."""
    if start >= end:
        return
    # Tokens made without a call of ``Token.__init__`` (this loop makes most of them,
    # and the call costs more than the assignments): the same fields as ``Token(...)``
    # sets but ``sentence``, which ``_mark_sentences`` sets on every token. The offsets
    # are counted from the spaces before each token and its length (``findall`` returns
    # strings, cheaper than a match object's ``span()`` and ``group()``).
    append = out.append
    pos = start
    for space, word in _SPACED_WORD.findall(text, start, end):
        if word in ".!?":  # (never empty, and at most one character then)
            ends.append(len(out))
        tok = _WordToken()
        tok.start = pos = pos + len(space)
        tok.end = pos = pos + len(word)
        tok.text = word
        tok.lower = word.lower()
        tok.segment = None
        append(tok)


def _mark_sentences(
    tokens: list[Token],
    ends: list[int],
    abbreviations: frozenset[str],
    verb_forms: Mapping[str, str],
) -> None:
    """Number the sentences: a sentence ends at ``.``, ``!`` or ``?`` outside quotes
    (not after an abbreviation or an initial), or after a quotation that ends a
    sentence and is followed by a capital or another quotation.

    ``ends`` lists, in order, the indices of the quotations and of the ``.!?`` tokens:
    a sentence can end nowhere else, so the tokens between two of them are numbered
    together, with no test each."""
    sentence = 0
    first = 0  # the first token of the current sentence
    last = len(tokens) - 1
    for i in ends:
        if i == last:  # a sentence runs on to the paragraph's end
            break
        tok = tokens[i]
        nxt = tokens[i + 1]
        if tok.segment is not None:
            if not (
                tok.segment.text[-1:] in ".!?"
                and (nxt.segment is not None or nxt.text[:1].isupper())
                and (
                    # rule A129: a quotation that ends a sentence it did not open
                    # ('Smith said the plan was "dead." Jones said he agreed.') is
                    # followed by a new one, whatever its shape (the token before
                    # it is in its sentence when the sentence began before it)
                    (i > first and tokens[i - 1].segment is None)
                    or not _cue_shaped(tokens, i + 1, verb_forms)
                )
            ):
                continue
        elif tok.text == "." and i and _abbreviation(tokens[i - 1], abbreviations):
            continue
        else:
            lead = nxt.text[:1]
            if not (
                nxt.segment is not None or lead.isupper() or lead.isdigit() or lead in "(“\"'‘"
            ):
                continue
        for t in tokens[first : i + 1]:
            t.sentence = sentence
        sentence += 1
        first = i + 1
    for t in tokens[first:]:
        t.sentence = sentence


def _abbreviation(tok: Token, abbreviations: frozenset[str]) -> bool:
    return (tok.end - tok.start == 1 and tok.text.isupper()) or tok.text in abbreviations


# Verbs that a name right after a quotation takes as its cue whatever follows them.
_SAYING: Final = frozenset(
    """say write tell add ask reply respond answer explain insist note continue recall
    quip joke shout exclaim wonder""".split()
)
_MAX_CUE_OBJECT: Final = 3  # words of an object after a cue: "told reporters", "asked the crowd"
_NOT_OBJECT: Final = frozenset("that he she they it i we".split())


def _past_object(tokens: list[Token], j: int, verb_forms: Mapping[str, str]) -> int:
    """The index past a short object that closes the clause of a cue, from ``j``
    (``asked Republican politicians.``, ``told reporters,``); ``j`` itself when the
    clause goes on (``said the plan was dead``)."""
    k = j
    while (
        k < len(tokens)
        and k - j < _MAX_CUE_OBJECT
        and tokens[k].segment is None
        and tokens[k].text[:1].isalnum()
        and tokens[k].lower not in verb_forms
        and tokens[k].lower not in _NOT_OBJECT
    ):
        k += 1
    if k < len(tokens) and tokens[k].text[:1].isalnum():
        return j
    return k


def _cue_shaped(tokens: list[Token], i: int, verb_forms: Mapping[str, str]) -> bool:
    """A name and a reporting verb right after a quotation, the verb closing its clause,
    still belong to the quotation's sentence: ``"Is it?" Clinton remarked, ...`` (but
    not ``"..." He expressed gratitude``)."""
    if _apposed_cue(tokens, i, verb_forms):
        return True
    for k in range(i, min(len(tokens), i + _CUE_REACH)):
        tok = tokens[k]
        if tok.is_quote or tok.text in ".!?;":
            return False
        if tok.lower in verb_forms and not tok.text[:1].isupper():
            if (
                k > i
                and verb_forms[tok.lower] in _SAYING
                and all(tokens[n].text[:1].isupper() or tokens[n].text == "." for n in range(i, k))
            ):
                return True  # rule A121: '"...!" McDonough wrote in an email to ...'
            if k - i >= _CUE_NEAR:
                return False  # farther, only after a name and its title (rule A293)
            j = _past_object(tokens, k + 1, verb_forms)
            if j == len(tokens):
                return True
            nxt = tokens[j]
            following = tokens[j + 1].segment if j + 1 < len(tokens) else None
            if nxt.text in ",:" and following is not None:
                # "...” The mayor said, “We will.”: the cue opens the next quotation
                # (a quotation interrupted by its cue goes on in lower case)
                return not following.text[:1].isupper()
            return not nxt.is_quote and not nxt.text[:1].isalnum()
    return False


def _apposed_cue(tokens: list[Token], i: int, verb_forms: Mapping[str, str]) -> bool:
    """A name, an appositive between commas and a reporting verb right after a
    quotation: ``"How are you today?" Miller, a retired worker, said`` (rule A649)."""
    n = len(tokens)
    k = i
    while k < n and tokens[k].text[:1].isupper() and not tokens[k].is_quote:
        k += 1
    if k == i or k >= n or tokens[k].text != ",":
        return False
    for j in range(k + 1, min(n - 1, k + 1 + _APPOSITIVE_REACH)):
        tok = tokens[j]
        if tok.is_quote or tok.text in ".!?;:":
            return False
        if tok.text == ",":
            verb = tokens[j + 1]
            if not (verb.text.islower() and verb_forms.get(verb.lower) in _SAYING):
                return False
            # (the verb closing its clause: not "Smith, the leader, said the vote ...")
            m = j + 2
            if m < n and tokens[m].lower.endswith("ly"):
                m += 1  # (past its adverb: "said pleasantly into the phone.")
            m = _past_object(tokens, m, verb_forms)
            return m == n or not (tokens[m].is_quote or tokens[m].text[:1].isalnum())
    return False
