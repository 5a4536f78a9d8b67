"""The speed-ups of issue #3 give exactly what the plainer code they replace gave.

Each test here rebuilds, in the plain form it had before, a piece of work that the
library now does a faster way, and checks that both give the same result on golden
texts and on generated ones (news-like, hostile and any Unicode text).
"""

from __future__ import annotations

import functools
import json
import pathlib
import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.cues import load_lexicon
from quoteattr.mentions import MONTHS, PARTICLES
from quoteattr.quotes import find_quotes
from quoteattr.speakers import (
    _NUMBER_WORDS,
    _WEEKDAYS,
    DocumentNames,
    NameOccurrence,
    _capitalised_runs,
    _run_parser,
    _single_words_to_skip,
)
from quoteattr.tokens import (
    _WORD,
    Token,
    _abbreviation,
    _cue_shaped,
    _words,
    paragraph_tokens,
    segment_span,
)
from tests.strategies import any_text, news_text

GOLDEN = pathlib.Path(__file__).parent / "golden"
SEED = pathlib.Path(__file__).parents[1] / "seeds" / "000_ebce1b236a75e8e9.txt"


def _golden_texts() -> list[str]:
    cases = json.loads((GOLDEN / "attribution.json").read_text(encoding="utf-8"))
    return [case["text"] for case in cases] + [SEED.read_text(encoding="utf-8")]


GOLDEN_TEXTS = _golden_texts()
# Every kind of whitespace between tokens: the tokens' offsets are counted from it.
SPACES = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
)


# The token pattern as it was, its optional parts written as repeats (``(...)*`` and
# ``(...)?``, where ``_WORD`` has alternations with an empty branch).
_REFERENCE_WORD = re.compile(
    r"(?=[^\W\d_]\.)(?:"
    r"[^\W\d_]\.(?:[^\W\d_]\.)+"
    r"|[^\W\d_a-z]\.(?=\s+[^\W\d_a-z])"
    r")|\w+(?:[-'’.]\w+)*"
    r"(?:['’](?=\s+[^\W\d_a-z]))?"
    r"|\S"
)


def _reference_words(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The tokens as ``_words`` made them before: one per match of the old pattern."""
    return [
        (m.start(), m.end(), m.group(), m.group().lower())
        for m in _REFERENCE_WORD.finditer(text, start, end)
    ]


def _fast_words(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    out: list[Token] = []
    ends: list[int] = []
    _words(text, start, end, out, ends)
    assert all(isinstance(tok, Token) and tok.segment is None for tok in out)
    # the tokens that may end a sentence, as ``_mark_sentences`` once tested each token
    assert ends == [i for i, tok in enumerate(out) if tok.text in ".!?"]
    assert _WORD.findall(text, start, end) == _REFERENCE_WORD.findall(text, start, end)
    return [(tok.start, tok.end, tok.text, tok.lower) for tok in out]


def _check_words(text: str) -> None:
    n = len(text)
    for start, end in ((0, n), (n // 3, n), (0, 2 * n // 3), (n // 4, 3 * n // 4)):
        assert _fast_words(text, start, end) == _reference_words(text, start, end)


def test_words_golden_texts() -> None:
    for text in GOLDEN_TEXTS:
        _check_words(text)


def test_words_every_space_character() -> None:
    # every character that ``\s`` matches, between words, initials and punctuation
    spaces = "".join(chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c)))
    assert set(SPACES) <= set(spaces)
    text = spaces.join(["J.", "K.", "Rowling", "said", "U.S.", "3.5", "“no,”", "Son-hui", "."])
    _check_words(text)
    _check_words(spaces + text + spaces)


@settings(max_examples=300, deadline=None)
@given(st.one_of(any_text(), news_text()), st.lists(st.sampled_from(SPACES), max_size=5))
def test_words_generated(text: str, spaces: list[str]) -> None:
    _check_words(text)
    _check_words("".join(spaces) + text + "".join(spaces))


def _reference_names(text: str, quoted: list[tuple[int, int]]) -> tuple[list[tuple], set[str]]:
    """The occurrences and mid-sentence words as ``DocumentNames`` found them before,
    one ``NameOccurrence(...)`` per run through the method ``_add_run`` it had."""
    lex = load_lexicon()
    names = DocumentNames("", [], lex)  # for its helpers, on ``text`` below
    names.text = text
    parse = _run_parser(lex)
    skip = _single_words_to_skip(lex)
    occurrences: list[NameOccurrence] = []
    mid: set[str] = set()
    q = 0
    for m in _reference_run_pattern(lex.name_abbreviations).finditer(text):
        start = m.start()
        while q < len(quoted) and quoted[q][1] <= start:
            q += 1
        if m.group() in skip:
            continue
        run = m.group()
        if q < len(quoted) and quoted[q][0] <= start:
            # inside a quotation, but for the words of a run crossing its closing mark
            # after a space (rule A545)
            after = quoted[q][1] + 1
            if m.end() <= after or text[after - 1] != " " or not text[after].isupper():
                continue
            run, start = text[after : m.end()], after
        if m.group() in MONTHS and re.match(r"\.?[ \t\u00a0]\d", text[m.end() :]):
            continue  # a date (rule A256), as the library skips it
        place = names._title_place(run, start) if text[:start].endswith(" of ") else ""
        if place:
            # the place of a title before the name is the title's (rule A335)
            run, start = run[len(place) + 1 :], start + len(place) + 1
        elif text[:start].endswith((" of ", " for ", " and ", " of the ")) and (
            cut := names._portfolio(run, start)
        ):
            # and so is the end of a portfolio (rule A394, after "and": rule A480), or of
            # a title (rule A437, after "of the": rule A1240)
            run, start = run[cut:], start + cut
        words, parsed = parse(run)
        if len(words) > 1 or not names._after_sentence_end(start):
            mid.update(words)
        if parsed is not None:
            parts, unique, s, e, gender, is_org, titled = parsed
            if s and run[: s - 1] in _WEEKDAYS and names._after_role(start):
                # a weekday as a given name after a role (rule A560)
                parts, s, titled = (run[: s - 1], *parts), 0, True
                unique = frozenset(parts)
            elif s and run[: s - 1] in _NUMBER_WORDS and not names._after_sentence_end(start):
                # a number word inside a sentence opens a body's name (rule A1178)
                parts, s = (run[: s - 1], *parts), 0
                unique = frozenset(parts)
            elif (
                gender is not None
                and not is_org
                and (run[: s - 1] == "The" if s else text.endswith("the ", 0, start))
            ):
                gender, titled = None, False  # a given name after "the" (rule A1189)
            occurrences.append(
                NameOccurrence(start + s, start + e, parts, unique, gender, is_org, titled)
            )
    # then the same joining of names around a nickname (rule A177), on these occurrences
    # (which counts the surname as written inside a sentence: rule A251)
    names.occurrences = occurrences
    names._mid_sentence = mid
    names._by_word = {}
    for occ in occurrences:
        for word in occ.words:
            names._by_word.setdefault(word, []).append(occ)
    names._join_nicknames(quoted)
    names._share_surname()  # and the surname of "Peter and Helen Ashworth" (rule A552)
    names._spouse_surname()  # and of "Mr Pittman ... with his wife Sheila" (rule A595)
    names._given_alone()  # and the gender of a given name alone (rule A211)
    names._apposed_bodies()  # and the bodies named in apposition (rule A216)
    names._acronymed_bodies()  # and those written with their initials (rule A937)
    names._represented_bodies()  # and those a spokesperson speaks for (rule A1252)
    names._possessed_bodies()  # and those named with a plural possessive (rule A1259)
    occurrences = names.occurrences  # (which may drop names read inside them)
    return [_occurrence(occ) for occ in occurrences], mid


def _occurrence(occ: NameOccurrence) -> tuple:
    return tuple(getattr(occ, slot) for slot in NameOccurrence.__slots__)


def _check_names(text: str) -> None:
    spans = sorted(segment_span(text, seg) for q in find_quotes(text) for seg in q.segments)
    names = DocumentNames(text, spans, load_lexicon())
    expected, mid = _reference_names(text, spans)
    assert [_occurrence(occ) for occ in names.occurrences] == expected
    assert names._mid_sentence == mid
    for occ in names.occurrences:  # listed under each of its words
        assert all(occ in names._by_word[word] for word in occ.parts)


def test_names_golden_texts() -> None:
    for text in GOLDEN_TEXTS:
        _check_names(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(any_text(), news_text()))
def test_names_generated(text: str) -> None:
    _check_names(text)


@functools.cache
def _reference_run_pattern(abbreviations: frozenset[str]) -> regex.Pattern[str]:
    """The capitalised runs in one pattern, an abbreviation's period read by a
    look-behind: the definition the library's ``_capitalised_runs`` finds the same runs
    as."""
    abbrev = "|".join(
        regex.escape(a) for a in sorted(abbreviations, key=len, reverse=True) if a[:1].isupper()
    )
    word = (
        rf"(?:\p{{Lu}}\.(?:\p{{Lu}}\.)*"
        rf"|\p{{Lu}}[\p{{L}}\p{{M}}'’-]*(?:\.(?<=(?<![\p{{L}}\p{{M}}'’-])(?:{abbrev})\.))?)"
    )
    space = r"[ \t\u00a0]+"
    particle = "|".join(sorted(PARTICLES))
    prefixed = r"(?:al|el)-\p{Lu}[\p{L}\p{M}'’-]*"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}\p{{M}}'’.#@-]){word}"
        rf"(?:(?<!['’][sS])(?<![sxzSXZ]['’]){space}(?:(?:{particle}|&){space})*(?:{word}|{prefixed}))*",
        regex.VERSION1,
    )


_RUN_TEXTS = [
    "Ludwig van Beethoven, Abu al Bin Ben, Hassan bin Talal, da Silva, Maria das Dores",
    "Sen. Jane Doe and Gov. della Rovere met Ibn Saud st Louis van der Berg von Trapp.",
    "Ludwig van beethoven ran; van Gogh; Jean de la Fontaine; Leonardo da Vinci; el Greco",
    "X. Y. Ph.D. Smith, Lt. Col. Jones, Ste. Marie, St. Est. Gen. Ven. Doe, a.m. Calif. Sen.",
    "Ayman al-Safadi, al-Sharaa, Abdel Fattah el-Sisi al-Assad, Erik ten Hag ter Stegen",
    # letters beyond Latin-1, inside runs, before and after them (``_KNOWN``)
    "Łukasz Ωm. Żak de Ǆ, Sé. Ödön al-Ωmar X. İlham Ωm. Sé. Ph.D. D.C. Sen. 漢 Anń Lee",
    "Gen. Ωmar Sen. al-Sé. Ann de Ωla Ven.	Lee x Ωm.Y Jo⁠Ann",
]


# Abbreviations of one letter, with periods and spaces inside, sharing a last letter,
# one a suffix of another, and one not capitalised (left out of the pattern).
_ODD_ABBREVIATIONS = frozenset(
    {"X", "Ph.D", "Lt. Col", "St", "Ste", "Est", "Gen", "Ven", "a.m", "Ωm", "Sé", "D.C"}
)


def _check_runs(text: str) -> None:
    for abbreviations in (load_lexicon().abbreviations, _ODD_ABBREVIATIONS, frozenset()):
        slow = _reference_run_pattern(abbreviations)
        spans = [m.span() for m in slow.finditer(text)]
        # the runs as the library finds them, in the whole text and in its first half
        assert list(_capitalised_runs(text, len(text), abbreviations)) == spans
        half = len(text) // 2
        assert list(_capitalised_runs(text, half, abbreviations)) == [
            m.span() for m in slow.finditer(text, 0, half)
        ]


def test_run_pattern_golden_texts() -> None:
    for text in GOLDEN_TEXTS + _RUN_TEXTS:
        _check_runs(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(sorted(PARTICLES)),
            st.sampled_from(
                [
                    "Van",
                    "De",
                    "Sen.",
                    "J.",
                    "Jr.",
                    "A.B.",
                    "Doe",
                    "Smith-Jones",
                    "Ste.",
                    "X.",
                    "Col.",
                ]
            ),
            st.sampled_from([" ", "  ", "\t", "\u00a0", ". ", ", ", "\n"]),
            news_text(),
        ),
        max_size=12,
    )
)
def test_run_pattern_generated(pieces: list[str]) -> None:
    _check_runs("".join(pieces))


def _reference_sentences(tokens: list[Token]) -> list[int]:
    """Sentence numbers as ``_mark_sentences`` gave them before (an index loop)."""
    lex = load_lexicon()
    numbers = []
    sentence = 0
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        numbers.append(sentence)
        if i == last:
            break
        nxt = tokens[i + 1]
        if tok.segment is not None:
            opened = i == 0 or numbers[i - 1] != sentence or tokens[i - 1].is_quote
            if (
                tok.segment.text[-1:] in ".!?"
                and (nxt.is_quote or nxt.text[:1].isupper())
                and (not opened or not _cue_shaped(tokens, i + 1, lex.verb_forms))
            ):
                sentence += 1
            continue
        if tok.text in ".!?" and not (
            tok.text == "." and i and _abbreviation(tokens[i - 1], lex.abbreviations)
        ):
            first = nxt.text[:1]
            if nxt.is_quote or first.isupper() or first.isdigit() or first in "(“\"'‘":
                sentence += 1
    return numbers


def _check_paragraph(text: str) -> None:
    lex = load_lexicon()
    spans = sorted(
        (*segment_span(text, seg), q, seg) for q in find_quotes(text) for seg in q.segments
    )
    index: dict[int, int] = {}
    tokens = paragraph_tokens(text, 0, len(text), spans, lex.abbreviations, lex.verb_forms, index)
    assert [tok.sentence for tok in tokens] == _reference_sentences(tokens)
    # the segment indices, as a second pass over the tokens found them before
    assert index == {id(tok.segment): i for i, tok in enumerate(tokens) if tok.segment}


def test_a_speaker_label_is_a_sentence_of_its_own() -> None:
    # rule A1263: in a transcript, the label and its colon end a sentence; a dateline
    # with no other label near it does not
    lex = load_lexicon()
    transcript = "HOST: Thanks. What did they say?\n\nNADIA KARIM: The board met. It agreed."
    start = transcript.index("NADIA")
    tokens = paragraph_tokens(
        transcript, start, len(transcript), [], lex.abbreviations, lex.verb_forms
    )
    assert [t.text for t in tokens[:4]] == ["NADIA", "KARIM", ":", "The"]
    assert [t.sentence for t in tokens] == [0, 0, 0, 1, 1, 1, 1, 2, 2, 2]
    dateline = "KUCHING: A headman told the court he was never asked."
    tokens = paragraph_tokens(dateline, 0, len(dateline), [], lex.abbreviations, lex.verb_forms)
    assert {t.sentence for t in tokens} == {0}


def test_paragraph_golden_texts() -> None:
    for text in GOLDEN_TEXTS:
        _check_paragraph(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(any_text(), news_text()))
def test_paragraph_generated(text: str) -> None:
    _check_paragraph(text)
