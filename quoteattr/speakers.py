"""Canonical speakers: the names a document uses, and what its pronouns point to.

``DocumentNames`` reads every capitalised run outside quotations once, splits titles
from names (see :mod:`quoteattr.mentions`), and then answers two questions:

* ``canonical(name, at)``: the fullest name the document gives this person
  (``Lavrov`` -> ``Sergey Lavrov``, ``Choe`` -> ``Choe Son-hui``), preferring a full
  name that ends with the same surname and was written nearest before;
* ``resolve(at, gender=...)``: the most salient compatible person before a pronoun:
  recent, the subject of its clause, the last speaker, and of the pronoun's gender when
  the document says which (honorifics, given names, and earlier pronouns resolved to the
  same person);
* ``resolve_role(at, role, ...)``: the person last given a role (``the senator``).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

import regex

from quoteattr.cues import Lexicon, longest_verb_forms
from quoteattr.mentions import (
    ADVERBS,
    AGE_WORD,
    INITIALS_TITLES,
    INVERTING_COPULAS,
    KIN_NOUNS,
    LIVE_PAGE_TIME,
    MAX_BODY_WORDS,
    MONTHS,
    NAME_HONORIFICS,
    NAME_PREFIXES,
    OPENING_CONJUNCTIONS,
    PARTICLES,
    PEERAGES,
    POSTNOMINALS,
    PREPOSITIONS,
    STREET_OPENERS,
    STREET_WORDS,
    SUFFIXES,
    body_possessor,
    describes_person,
    headline_word,
    modifier_word,
    opens_name,
    portfolio_after_and,
    portfolio_body,
    portfolio_words,
    possessive,
    prefixed_role,
    role_before_name,
    shouted,
    shouted_opening,
    sport_body,
)

__all__ = ["DocumentNames", "NameOccurrence"]

# A capitalised run on one line: words starting with a capital, joined by spaces, with
# lower-case particles (or an ampersand: "Tallis & Verne") between them. A period may
# only follow an initial (``J.``) or a known abbreviation (``Sen.``), so that runs do
# not cross sentence ends. Linear: every repetition consumes a capital.
# (The look-ahead for a particle's first letter first: after most spaces in a run comes
# a capital, which then fails at once instead of against every particle.)
_PARTICLE: Final = (  # or an ampersand ("Tallis & Verne": rule A196)
    f"(?=[&{''.join(sorted({p[0] for p in PARTICLES}))}])(?:&|{'|'.join(sorted(PARTICLES))})"
)
_SPACE: Final = r"[ \t\u00a0]+"
# a possessive ends a run (rule A138): "North Korea’s | Kim Yo-jong"; in capitals too (rule
# A1165: a tabloid's opening words, "BRITAIN'S | Ollie Pritchard")
_NOT_POSSESSIVE: Final = r"(?<!['’][sS]|[sxzSXZ]['’])"


# _capitalised_runs finds the runs that one pattern defines, with an abbreviation's period
# read by a look-behind (that definition is kept in tests/test_speed_equivalence.py,
# which checks the two agree), in two steps: a pattern without the abbreviation
# look-behind (a word takes a period only as an initial), then in Python, when a run
# stops before a period, whether its last word is an abbreviation, and if so the rest
# of the run after the period. The pattern comes in two forms over the same classes: one
# in ``re`` for text of the characters ``_KNOWN`` (Latin-1 and general punctuation: most
# news text), its classes spelled out from what the ``regex`` module says of each of
# them, and one in ``regex`` (``\p{Lu}`` and the like) for a run near any other
# character. ``re`` finds a run in about 60% of the instructions of ``regex``.
_KNOWN: Final = "".join(map(chr, [*range(0x100), *range(0x2000, 0x2070)]))
_UPPER: Final = r"\p{Lu}"
_WORD_CHAR: Final = r"[\p{L}\p{M}'’-]"
_NOT_BEFORE: Final = r"[\p{L}\p{N}\p{M}'’.#@-]"  # no run starts after one of these
_IS_WORD: Final = regex.compile(rf"{_WORD_CHAR}+")


def _run_tail(upper: str, word_char: str) -> str:
    """The rest of a run after its first word, in the pattern's syntax with the classes
    given: more words after spaces, particles between them."""
    word = rf"(?:{upper}\.(?:{upper}\.)*|{upper}{word_char}*)"
    # inside a run, an Arabic article joined to a capitalised word: "Ayman al-Safadi"
    prefixed = rf"(?:al|el)-{upper}{word_char}*"
    return rf"(?:{_NOT_POSSESSIVE}{_SPACE}(?:{_PARTICLE}{_SPACE})*(?:{word}|{prefixed}))*"


def _ranges(chars: Iterable[str]) -> str:
    """``chars`` in a character class of ``re``, as ranges of consecutive characters."""
    spans: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in spans)


@functools.lru_cache(maxsize=1)
def _fast_run_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The run's head and tail in ``re``, exact on the characters of ``_KNOWN``.

    The head's first character is a capital of ``_KNOWN`` or any character outside it;
    on one outside, the empty group ``unknown`` matches and ``regex`` takes over there.
    A run of the head or tail is followed by the group ``unsure`` when the characters
    ``regex`` would read after it to try one more word (spaces, particles, ``al-``) are
    followed by one outside ``_KNOWN``: that run is found again by ``regex``; or by the
    group ``period`` when a period follows a word that may be an abbreviation. So a run
    with no group matched is whole and sure (most runs).
    """
    upper = _ranges(regex.findall(_UPPER, _KNOWN))
    word_char = _ranges(regex.findall(_WORD_CHAR, _KNOWN))
    not_before = _ranges(regex.findall(_NOT_BEFORE, _KNOWN))
    known = _ranges(_KNOWN)
    others = _ranges(regex.sub(_UPPER, "", _KNOWN))  # of _KNOWN, all but the capitals
    joining = _ranges(set(" \t\u00a0&al-el" + "".join(PARTICLES)))
    ending = rf"(?:(?=(?P<unsure>[{joining}]*[^{known}]))|(?<!\.)(?=(?P<period>\.))|)"
    tail = _run_tail(f"[{upper}]", f"[{word_char}]")
    head = (
        rf"[^{others}](?:(?<=[^{known}])(?P<unknown>)"
        rf"|(?<![{not_before}].)(?:\.(?:[{upper}]\.)*|[{word_char}]*){tail}{ending})"
    )
    return re.compile(head), re.compile(tail + ending)


@functools.lru_cache(maxsize=1)
def _slow_run_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The run's head and tail in ``regex``, for any text."""
    tail = _run_tail(_UPPER, _WORD_CHAR)
    head = rf"(?<!{_NOT_BEFORE}){_UPPER}(?:\.(?:{_UPPER}\.)*|{_WORD_CHAR}*){tail}"
    return regex.compile(head, regex.VERSION1), regex.compile(tail, regex.VERSION1)


_Abbreviations = tuple[frozenset[str], frozenset[str], tuple[int, ...]]


@functools.lru_cache(maxsize=8)
def _capitals_abbreviations(abbreviations: frozenset[str]) -> _Abbreviations:
    """The abbreviations a run's word can end with (those with a capital first): those
    of word characters only (``_WORD_CHAR``: all but "Ph.D"), then the others and
    their lengths."""
    capitals = frozenset(a for a in abbreviations if a[:1].isupper())
    plain = frozenset(a for a in capitals if _IS_WORD.fullmatch(a))
    return plain, capitals - plain, tuple(sorted({len(a) for a in capitals - plain}))


def _abbreviated(text: str, word: int, at: int, abbreviations: _Abbreviations) -> bool:
    """Whether an abbreviation ends at ``at``, the period after a run's word that starts
    at ``word``, after no letter, mark, apostrophe or hyphen: the look-behind of
    one-pattern definition on that period."""
    plain, others, lengths = abbreviations
    # An abbreviation of word characters only must be the whole word: a word is all
    # word characters, and the character before it none.
    if text[word:at] in plain:
        return True
    for size in lengths:
        begin = at - size
        if (
            begin >= 0
            and text[begin:at] in others
            and (begin == 0 or not _IS_WORD.match(text, begin - 1, begin))
        ):
            return True
    return False


def _run_end(
    text: str,
    end: int,
    run: re.Match[str] | regex.Match[str],
    tail: re.Pattern[str] | regex.Pattern[str],
    abbreviations: _Abbreviations,
) -> tuple[int, re.Match[str] | regex.Match[str]]:
    """Where the run matched by ``run`` ends in ``text[:end]``: past the period of each
    abbreviation that ends one of its words, and the words after it (``tail``); with
    the last match, of ``run`` or ``tail``, that made it.

    As in the one-pattern definition: only a word's second form (a capital and letters,
    not an initial nor ``al-`` and a word) takes a period, when an abbreviation ends
    there.
    """
    stop, words = run.end(), run.start()
    while stop < end and text[stop] == "." and text[stop - 1] != ".":
        # the run's last word: after its last space (a word holds none)
        last = 1 + max(
            words - 1,
            text.rfind(" ", words, stop),
            text.rfind("\t", words, stop),
            text.rfind("\u00a0", words, stop),
        )
        if text.startswith(("al-", "el-"), last) or not _abbreviated(
            text, last, stop, abbreviations
        ):
            break
        run = tail.match(text, stop + 1, end)  # type: ignore[assignment]
        stop, words = run.end(), stop + 1
    return stop, run


def _capitalised_runs(
    text: str, end: int, abbreviations: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The start and end of each capitalised run in ``text[:end]``, in order, as the
    one-pattern definition's ``finditer(text, 0, end)`` gives them.

    Exact on any text: the fast patterns decide a run only where every character they
    read is one of ``_KNOWN``. Where one is not, ``regex`` takes over: from that
    character when no run came before it (a run the fast head starts on it or after it
    starts after a character the fast patterns did read), or from the run's start when
    the run might go on through it (``unsure``).
    """
    fast_head, fast_tail = _fast_run_patterns()
    capitals = _capitals_abbreviations(abbreviations)
    at = 0
    while True:
        for found in fast_head.finditer(text, at, end):
            if found.lastindex is None:
                yield found.span()  # (most runs)
                continue
            start = found.start()
            if found.group("period") is not None:
                stop, last = _run_end(text, end, found, fast_tail, capitals)
                if stop == found.end():
                    yield start, stop  # (a period that ends a sentence)
                    continue
                if last.group("unsure") is None:
                    yield start, stop
                    at = stop
                    break
            # an unsure run: found again from its start; a character not known: the
            # next run from it
            slow_head, slow_tail = _slow_run_patterns()
            slow = slow_head.search(text, start, end)
            if slow is None:
                return
            stop, _ = _run_end(text, end, slow, slow_tail, capitals)
            yield slow.start(), stop
            at = stop
            break
        else:
            return


# An aside set between commas before a verb (rule A750): ", for example, said".
_ASIDE: Final = re.compile(
    r"(?:for example|for instance|however|though|meanwhile|too|in turn|in fact|in particular),"
)
# A short phrase of time opening a sentence with no comma after it (rule A759).
_TIME_OPENER: Final = re.compile(
    r"(?:Earlier|Later|Last|This|On|In|At|During|After|Before)(?: [a-z\d]+){1,4}"
)
# A pronoun of one gender, for the one a shared surname stands for (rule A778).
_GENDERED_PRONOUN: Final = re.compile(r"\b(?:([Hh]e)|([Ss]he))\b")
_POSSESSIVE_DETERMINERS: Final = frozenset("its his her their our my your".split())
_SUBORDINATORS: Final = frozenset(
    "that who whom whose which because if when while although though since after before".split()
)
# The first lower-case word after a name, past an appositive between commas or dashes:
# its verb when it is the subject ("Jane Doe, the mayor, said", "John Roe — her aide —
# offered"). A relative clause may hold commas of its own (rule A125: "Jane Doe, who
# served in Iran, Turkey and France, praised"); a party or state in brackets may come
# first (rule A126: "Paul Ryan (R-Wis.) said").
_WORD_AFTER: Final = regex.compile(r"\p{Ll}+(?![\p{L}-])")  # a lower-case word, whole
_VERBISH: Final = regex.compile(
    r"(?:[ \t\u00a0]*\([^()\n]{1,30}\))?[ \t\u00a0]*"
    # (rule A503: a place's country or state inside, ", a nurse from Brisbane, Australia,")
    # (rule A813: a quoted title inside with its commas, ', whose memoir "Sun, Sea and
    # Me" sold well,')
    r"(?:,(?:[^,\n“\"‘]|“[^\n“”]{1,40}”|\"[^\n\"]{1,40}\"|‘[^\n‘’]{1,40}’"
    r"|(?<=\s)'[^\n']{1,40}'(?!\p{L})"
    r"|,[ \t\u00a0]+\p{Lu}[\p{L}\p{M}.'’-]*(?=,)"
    # (rule A1057: or of two words after a place's, ", a philanthropist from Monsey, New
    # York,"; not a name set beside a role, ", its managing director, Andrew Kershaw,")
    r"|(?<=\p{Lu}\p{Ll}+),[ \t\u00a0]+\p{Lu}\p{Ll}+[ \t\u00a0]\p{Lu}\p{Ll}+(?=,))"
    r"{1,150}?,[ \t\u00a0]*"
    r"|,[ \t\u00a0]+who[ \t\u00a0][^.;\n]{1,150}?,[ \t\u00a0]*"
    r"|[—–][^—–\n]{1,150}?[—–][ \t\u00a0]*"
    # (rule A602: or hyphens set apart as dashes, "Winston Brown - no relation - said")
    r"|-[ \t\u00a0][^—–\n]{1,150}?[ \t\u00a0]-[ \t\u00a0]*)?(\p{Ll}+)"
)
# Words in lower case one space apart, where a verb of several words may stand (A1041),
# and the adverbs before one that make the name no speaker.
_SPACED_WORDS: Final = regex.compile(r"\p{Ll}+(?: \p{Ll}+){0,6}")
_NEGATIONS: Final = frozenset(("not", "never", "cannot"))
# A number right before a name, whose unit or currency it is (rule A954).
_AFTER_NUMBER: Final = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion)) \Z")
# The end of a relative clause's reach (A949).
_CLAUSE_STOP: Final = regex.compile(r"[.;!?\n\"“”]")
_MAX_RELATIVE_CLAUSE: Final = 250
# A capitalised word of a body's name, and a joiner before the next one.
_BODY_WORD: Final = r"\p{Lu}[\p{L}\p{M}'’.&-]*"
# (rule A327: "of the" too: "the University of the South Pacific")
# (rule A532: "on" too, "the Senate Committee on Tertiary Education")
_BODY_JOINER: Final = r"[ \t\u00a0](?:(?:of|for|on|and|&)[ \t\u00a0](?:the[ \t\u00a0])?)?"
# Up to four words in lower case after a body's possessive: its unit and the verb (A907).
_UNIT_WORDS: Final = regex.compile(r"(?:[ \t\u00a0]\p{Ll}+){1,4}")
# A body or place a person is "of" or "at" after their name, up to the verb: " of
# Castlegate Securities", " at the University of Leeds" (rule A262).
_AFFILIATION: Final = regex.compile(
    r"[ \t\u00a0](?:of|at)[ \t\u00a0](?:the[ \t\u00a0](?:\p{Ll}+[ \t\u00a0]){0,2})?"
    rf"{_BODY_WORD}(?:{_BODY_JOINER}{_BODY_WORD})*"
    r"(?:[ \t\u00a0]\p{Ll}+(?=,))?"  # (rule A300: "of the ruling Perú Avanza party,")
    # (rule A737: and where it is, "of the Institute of Economics in Zagreb")
    rf"(?:[ \t\u00a0]in[ \t\u00a0]{_BODY_WORD}(?:[ \t\u00a0]{_BODY_WORD})?)?"
)
# A reporting verb after a comma or a closing mark, then up to three words, ending
# where a name starts.
_INVERTED: Final = regex.compile(
    r"[,”\"'’][ \t\u00a0]*(\p{Ll}+)(?:[ \t\u00a0]+[\p{Ll}-]+){0,3}[ \t\u00a0]+\Z"
)
_INVERTED_REACH: Final = 80
# ", president of", ", a spokesman for", ", the group's director": the role word of an
# appositive right after a name (group 1).
_APPOSITIVE_ROLE: Final = regex.compile(
    r",[ \t\u00a0]+(?:(?:a|an|the)[ \t\u00a0]+)?"
    r"(?:[\p{L}'’-]+[ \t\u00a0]+){0,2}?(\p{Ll}[\p{Ll}-]+)\b"
)
_MAX_APPOSITIVE_CLOSE: Final = 120
# After a dateline's place: ", Kenya (AP) -", " (Reuters) -", " —" (rule A132).
_DATELINE_REST: Final = regex.compile(
    r"(?:,[ \t\u00a0]+\p{Lu}[\p{L}.]*)?"
    r"(?:,[ \t\u00a0]+\p{Lu}[\p{L}.]*[ \t\u00a0]+\d{1,2})?"  # (rule A426: "March 20")
    r"[ \t\u00a0]*[(—–-]"
)
# A noun phrase in apposition, opened by an article, up to the noun that closes it
# (", the official Chinese news agency,"): its last word is the head noun (rule A216);
# not past a preposition, after which a complement ends the phrase (rule A379: ", a
# spokesman for the military government,": the head is "spokesman").
_APPOSED_BODY: Final = regex.compile(
    r",[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+"
    r"(?:(?!(?:for|of|at|with|in|from|to|by|on)[ \t\u00a0])[\p{L}-]+[ \t\u00a0]+){0,4}?"
    r"(\p{Ll}[\p{Ll}-]+)(?:[,.]|[ \t\u00a0]+of[ \t\u00a0]"  # (A465: "a coalition of ...")
    # (rule A1085: or before what it does or who owns it, "Avaiki Nodules, a company
    # backed by Australian investors", "X, the company behind the plan")
    r"|[ \t\u00a0]+(?:behind|that|which|whose|backed|owned|based|run|founded|set|led)[ \t\u00a0])"
)
# A noun for a body right before a name, after one of these (rule A619: "according to
# utility Gulf South Power", "the broadcaster RUV"), in reach of the name.
_BODY_NOUN_OPENERS: Final = (" the ", " to ", " by ", " from ", " for ")
_BODY_NOUN_REACH: Final = 20
# "The national federation of agricultural cooperatives, " before a name: a body's noun
# and its complement, then the name in apposition (rule A569)
_BODY_BEFORE: Final = regex.compile(
    r"\b[Tt]he (?:[\p{Ll}-]+ ){0,3}?(\p{Ll}[\p{Ll}-]+)(?: (?:of|for) [\p{Ll} -]+)?, \Z"
)
# Letters after a name ("TD", "MP", "KC"), with the spaces before them (rule A311).
_POSTNOMINAL: Final = regex.compile(
    r"(?:[ \t\u00a0]+(?:" + "|".join(sorted(POSTNOMINALS)) + r")\.?(?![\p{L}\p{N}]))+"
)
# The end of an appositive after a name (rule A314).
# (rule A738: not an abbreviation's periods, ", the F.D.A. commissioner,")
_APPOSITIVE_CLOSE: Final = regex.compile(r"[,;:()]|\.(?!\p{L}|[ \t\u00a0]\p{Ll})")
# An appositive's role noun, after its article (if any) and up to two modifiers, then its
# complement (rule A368: "an economist at the Kandy Institute")
_ROLE_HEAD: Final = regex.compile(
    r"(?:(?:an?|the) )?(?:[\w-]+ ){0,2}?([\w-]+) (?:at|of|with|for|from|in) "
)
# The body or place a role phrase ends with (" for Sri Lanka", " of the Bank of England").
_ROLE_BODY: Final = regex.compile(
    # (rule A410: lower-case modifiers after "the": "of the student-led People's Party"; rule
    # A531: or without it, "The chief of nearby Apapam")
    rf"[ \t\u00a0](?:of|for|at)[ \t\u00a0]"
    rf"(?:(?:(?:the[ \t\u00a0])?(?:[\p{{Ll}}-]+[ \t\u00a0]){{0,2}})?{_BODY_WORD}"
    rf"(?:{_BODY_JOINER}(?:the[ \t\u00a0])?{_BODY_WORD})*"
    # (rule A530: or a body in lower case after "the": "The commander of the task force")
    rf"|(?P<lower>the(?:[ \t\u00a0][\p{{Ll}}-]+){{1,3}}))$"
)
# ", said", ", has posted", ", later struck" after a name (rules A144, A157)
_COMMA_WORD: Final = regex.compile(
    r",[ \t\u00a0]+(?:(?:has|had|have|was|is|will|would|also|then|later)[ \t\u00a0]+)?"
    r"(\p{Ll}+)"
)
_ACCORDING: Final = "According to "  # a source opening a sentence (rule A325)
_LAST_WORD: Final = regex.compile(r"\p{Lu}\p{L}*\Z")  # a capitalised word ending the text
_WEEKDAYS: Final = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Number words that open sentences but also bodies' names inside them (rule A1178: "at
# Three Rivers Steel Corp.")
_NUMBER_WORDS: Final = frozenset(
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Hundred Thousand".split()
)
_ROLE_BEFORE: Final = regex.compile(r"\b(\p{Ll}+[^s\W]) \Z")  # "rider " (rule A560)
_LONGEST_TITLE_WORD: Final = 20  # characters
_AGE_BEFORE_ORIGIN: Final = regex.compile(
    r",[ \t\u00a0]*\d{1,3}(?=,[ \t\u00a0]*(?:from|of|in|a|an|the|who)[ \t\u00a0])"
)  # (rule A334; rule A466: and before a description, ", 52, a former teacher,")
# ", 39," after a name (rule A360), or ", who" (rule A384: "Suparmi, who teaches")
# The first words of a description after a name: ", a coordinator for" (rule A474).
_DESCRIPTION: Final = regex.compile(
    r",[ \t\u00a0]+an?[ \t\u00a0]+((?:[\p{L}\d'’-]+[ \t\u00a0]+){1,3})"
)
# How long or of how many after a role ("wife of 51 years", "mother of five": A1208).
_OF_HOW_MANY: Final = re.compile(
    r" of (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: years| decades)?$"
)
_AGE_OR_WHO: Final = regex.compile(r",[ \t\u00a0]*(?:\d{1,3},|who[ \t\u00a0])")
# Words that make a person younger or older than another with the same surname (A836)
_YOUNGER: Final = frozenset(
    "son daughter younger junior grandson granddaughter nephew niece".split()
)
_OLDER: Final = frozenset(
    "father mother older elder senior grandfather grandmother uncle aunt".split()
)
_WORD: Final = regex.compile(r"\p{L}+")
_AGE_AFTER: Final = regex.compile(r",[ \t\u00a0]*(\d{1,3}),")  # ", 61," (rule A836)
_BRACKETED_AGE: Final = regex.compile(r"[ \t\u00a0]\((\d{1,3})\)")  # " (71)" (rules A832, A836)
_AFTER_QUOTE_TITLES: Final = regex.compile(r"[”\"’][ \t\u00a0]+(?:\p{Lu}[\p{L}.]*[ \t\u00a0]+)*\Z")
_BRACKET: Final = regex.compile(r"[ \t\u00a0]*\([^()\n]{1,30}\)")  # " (R-Tenn.)" (rule A330)
_NOT_APPOSED_VERBS: Final = frozenset(
    "and or but nor the a an his her their its our my this these those who which".split()
)
_CLAUSE_END: Final = ("", ",", ".", ";", "\n")  # after an inverted subject's name
# Reporting verbs whose inverted subject follows them ("added Jane Doe"); verbs that
# take a person as object ("told Jane Doe", "praising Jane Doe") are left out.
_INVERTING: Final = frozenset(
    """say add write explain note continue recall observe remark reply respond argue
    insist agree joke conclude predict warn concede acknowledge admit claim suggest
    complain tweet""".split()
)
_AFTER_QUOTATION: Final = frozenset({'" ', "” ", "' ", "’ "})
_SENTENCE_ENDS: Final = (". ", "? ", "! ", '." ', ".” ", "\n")
# Role nouns naming a business, which a company's bare name may stand for (rule A132;
# rule A705: "team"; rule A1062: "party", for a party named without the word, "The
# Islamic Action Front denied ... In a statement, the party said").
_BUSINESS_NOUNS: Final = frozenset(
    """company firm group retailer carrier airline automaker carmaker insurer lender
    manufacturer startup bank network broadcaster publisher charity utility club team chain
    supermarket discounter operator developer party""".split()
)  # (rule A905: "operator", "developer": "Black Country Buses ... The operator said")
_MEDIUM_BEFORE: Final = re.compile(r"\b(?:on|via) $")  # "a post on X" (rule A1307)
# The last words of bodies' names that a business's noun does not stand for: a club's or
# a team's noun no competition (rule A1266: "one win in 13 Premier League matches left the
# club 18th ... the club said"), an airline's no airport (rule A1292)
_COMPETITIONS: Final = frozenset(
    "League Cup Championship Championships Series Trophy Shield Conference Division Open Tour"
    " Games Olympics Premiership".split()
)
_NOT_STOOD_FOR: Final[dict[str, frozenset[str]]] = {
    "club": _COMPETITIONS,
    "team": _COMPETITIONS,
    "side": _COMPETITIONS,
    "airline": frozenset({"Airport"}),
    "carrier": frozenset({"Airport"}),
}
# The prefixes of a ship's name, which names no business (rule A1029: "MV Glen Ardtornish")
_SHIP_PREFIXES: Final = frozenset("MV MS MT FV RMS SS HMS USS HMAS HMCS HMNZS".split())
# Nouns for a kind of business that name no person (rule A1023: "Carmaker Stellantis")
_TRADE_NOUNS: Final = frozenset(
    """retailer airline insurer lender manufacturer supermarket discounter conglomerate
    operator broadcaster publisher carrier utility""".split()
)  # (rule A1117: "Operator Atlantic Rotor Services", "Broadcaster RTE")
_ACRONYM: Final = re.compile(r"[A-Z]{2,}")  # (rule A687)
_BRACKETED_ACRONYM: Final = re.compile(r" \(([A-Z]{2,})\)")  # (rule A937)
# ", spokesman for ", ", a spokeswoman for the ": what a spokesperson set beside a name
# speaks for (rule A1252)
_SPOKESPERSON_FOR: Final = re.compile(
    r", (?:(?:a|the|its|chief|senior|lead|deputy|official) )*"
    r"spokes(?:wo)?(?:man|men|person|people) for (?:the )?\Z"
)
_NEXT_LOWER_WORD: Final = re.compile(r" ([a-z]+)\b")
_CLOCK_BEFORE: Final = re.compile(r"(?:[ap]\.?m\.?|\d) \Z")  # a time before a zone (A724)
# The words naming a kind of body that a noun in lower case stands for (rule A1183: "the
# force" for "Greater Manchester Police" or "Manitoba RCMP")
_NAMED_AS: Final = {
    "force": frozenset("Police Constabulary RCMP Garda Gendarmerie Carabinieri".split()),
}
# A capital after a word's first letter and a letter in lower case: a brand's name
# written as one word ("TotalEnergies", "BlackRock"), not "McDonald" nor an acronym.
_INNER_CAPITAL: Final = regex.compile(r"^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}")
# Nouns for a public body of any name: "the agency" is the last body named (rule A198;
# rule A745: "association", "Seafood Norway (SN) said ... the association wrote"; rule
# A938: "military", "The Israel Defense Forces said ... The military stressed").
BODY_NOUNS: Final = frozenset(
    """agency organisation organization body institution regulator watchdog association
    military bloc""".split()
)  # (rule A1182: "Ecowas ... West Africa's regional bloc said")
# The last words of bodies that are no business, nor an agency: a court or a house of
# parliament is not "the company" or "the agency" (rule A269).
_COURTS: Final = frozenset("Court Tribunal Parliament Senate Assembly Congress".split())
# Public bodies, which "the company" does not stand for (rule A1131: and a navy, a coast
# guard, a commission or a council, "X, under investigation by the Commodity Futures
# Trading Commission, ... the company said")
_PUBLIC: Final = _COURTS | frozenset(
    """Ministry Department Government Police Army Navy Guard Coastguard Commission
    Council Bureau Agency Authority Inspectorate Office Ombudsman""".split()
)  # (rule A1265: and a bureau, an agency, an authority, an inspectorate or an office)
# The end of a role's "of" complement before a name: "of ", "of the ", "of the video
# platform " (rules A164, A284).
_COMPLEMENT_END: Final = regex.compile(r"\bof (?:the |an? )?(?:[a-z][a-z-]* ){0,3}\Z")
# (rule A1234: or of "for", for a named body with a name apposed after it)
_FOR_COMPLEMENT_END: Final = regex.compile(r"\bfor (?:the |an? )?(?:[a-z][a-z-]* ){0,3}\Z")
# rule A1177: or "to" after an envoy's noun ("China's ambassador to the United Nations, ")
_ENVOY_NOUNS: Final = frozenset(
    "ambassador envoy adviser advisor representative aide counsellor".split()
)
_ENVOY_COMPLEMENT_END: Final = regex.compile(
    rf"\b(?:{'|'.join(sorted(_ENVOY_NOUNS))}) to (?:the |an? )?(?:[a-z][a-z-]* ){{0,3}}\Z"
)
_DAY: Final = regex.compile(r"\.?[ \t\u00a0]\d")  # after a month: "June 3", "Jan. 22"
# A nickname between a given name and a surname: ' "Hal" ', ' ‘Bobby’ ' (rule A177).
# one to three capitalised words: 'Harold "Hal" Pruitt', 'Andre “Lights Out” Whitfield',
# maybe after an article (rule A259: 'Claudio "el Ruso" Benítez', 'Joe "the Jet" Ames')
_NICKNAME: Final = regex.compile(
    r" [\"“‘'](?:(?:el|la|le|il|lo|the) )?"
    r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}[\"”’'] "
)
_MAX_NICKNAME: Final = 24
# "the Ceann Comhairle" before a comma: a title of capitalised words (rule A556)
_UNLISTED_TITLE: Final = regex.compile(r"\b[Tt]he (?:\p{Lu}[\p{L}'’-]* ){0,2}\p{Lu}[\p{L}'’-]*$")
# "by" and role words before a passive verb's agent (rule A715: "done by seamer X"), or
# the opening of a clause of time (rule A722: "When Mary Kamau went to pay the rates").
_AGENT_BEFORE: Final = regex.compile(
    r"(?:\b(?:was|were|been|being|is|are) [a-z]+ by (?:[a-z-]+ ){0,3}"
    r"|\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Oo]nce|[Uu]ntil) )\Z"
)
_AGENT_REACH: Final = 60
_BUSINESS_REACH: Final = 1000  # characters searched back for what "the company" names
# "of Health", "for Disease Control": the rest of an organisation's name, maybe a list
# ending with "and" ("of Agriculture, Forestry and Fisheries": rule A419).
_OF_NAME: Final = regex.compile(
    r"[ \t\u00a0]+(of|for|on)(?:[ \t\u00a0]+the)?(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){1,4}"
    # (rule A902: and a second "of" phrase, "Office for the Protection of Competition")
    r"(?:[ \t\u00a0]+of(?:[ \t\u00a0]+the)?(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){1,3})?"
    r"(?:(?:,(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){1,3})*,?"
    r"[ \t\u00a0]+and(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){1,3}(?![ \t\u00a0]+\p{Lu}))?"
)
# "Royal Bank of ": the start of an organisation's name before "of" (rule A132).
_NAME_OF: Final = regex.compile(
    # (rule A465: "for the" too, "Citizens’ Platform for the | Republic")
    r"(?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+){1,4}(?:of|for[ \t\u00a0]+the)[ \t\u00a0]+\Z"
)
# "Garment Manufacturers and ": the start of a body's name before "and" (rule A222).
_NAME_AND: Final = regex.compile(r"(?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+){1,3}and[ \t\u00a0]+\Z")
_NAME_OF_REACH: Final = 60
# A title, "for" or "of", and a portfolio's words up to "and" (rule A480).
_PORTFOLIO_AND: Final = regex.compile(
    # (rule A863: or a list of them, "Minister of Women, Community and | Social
    # Development Mele Tavana")
    r"(\p{Lu}[\p{L}-]*)[ \t\u00a0]+(?:for|of)[ \t\u00a0]+(?:\p{Lu}[\p{L}-]*,?[ \t\u00a0]+){1,5}"
    r"and[ \t\u00a0]+\Z"
)
# A title and "for" or "of" right before a portfolio's words (rule A1169).
_TITLE_FOR: Final = regex.compile(r"(\p{Lu}[\p{L}-]*)[ \t\u00a0]+(?:for|of)[ \t\u00a0]+\Z")
# A title, "for" or "of" and a portfolio's words joined by "and", right before the
# holder's name (rule A1169: "Minister for Roads and Regional Transport ")
_PORTFOLIO_BEFORE: Final = regex.compile(
    r"(\p{Lu}[\p{L}-]*) (?:for|of) (?:\p{Lu}[\p{Ll}-]+,? ){1,3}and "
    r"(?:\p{Lu}[\p{Ll}-]+ ){0,2}\p{Lu}[\p{Ll}-]+,? \Z"  # (rule A1234: maybe a comma)
)
_AUXILIARY_AFTER: Final = re.compile(r" (?:was|is|has|had|will) [a-z]")  # (rule A879)
_PLACE_REACH: Final = 30  # characters before a name read for its place (rule A246)


@functools.lru_cache(maxsize=64)
def _joined_body(word: str) -> regex.Pattern[str]:
    """``Council on Ethics``, ``Commission on Human Rights``: ``word`` capitalised, a
    joining preposition and capitalised words (rule A224); group 2 is what follows the
    preposition."""
    return regex.compile(
        rf"\b({regex.escape(word)}[ \t\u00a0]+(?:of|for|on)[ \t\u00a0]+"
        r"((?:the[ \t\u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){0,3}))"
    )


#: where a body is, after its noun ("embassy in Vilnius"): rule A1079
_SEAT: Final = regex.compile(
    r"[ \t\u00a0]+in[ \t\u00a0]+(\p{Lu}[\p{L}-]+)(?:[ \t\u00a0]+\p{Lu}[\p{L}-]+){0,2}"
)


@functools.lru_cache(maxsize=64)
def _named_noun(role: str) -> regex.Pattern[str]:
    """One to four capitalised words before ``role`` in lower case (``Shlomei Emunim
    party``: rule A278); group 1 is the name."""
    return regex.compile(
        r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){0,3})"
        rf"[ \t\u00a0]+{regex.escape(role)}\b"
    )


@functools.lru_cache(maxsize=64)
def _noun_named(role: str) -> regex.Pattern[str]:
    """``role`` in lower case after ``the`` and up to two modifiers, or after a
    capitalised modifier opening a sentence (rule A456: "Environmental group Desert Coast
    Watch said"), then a name of capitalised words, maybe joined by ``of``, ``for`` or
    ``and`` (rule A282); group 1 is the name."""
    word = r"\p{Lu}[\p{L}'’-]*"
    return regex.compile(
        rf"(?:\b[Tt]he[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+){{0,2}}"
        # (rule A789: or after a place's possessive, "Spain's state weather agency Aemet")
        rf"|\b\p{{Lu}}[\p{{L}}-]*['’]s[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+){{0,2}}"
        rf"|(?:^|(?<=\n)|(?<=[.!?\"”][ \t\u00a0]+))\p{{Lu}}[a-z-]+[ \t\u00a0]+)"
        rf"{regex.escape(role)}[ \t\u00a0]+"
        rf"({word}(?:[ \t\u00a0]+(?:(?:of|for|and|on)[ \t\u00a0]+)?{word}){{0,5}})"
    )


def _in_capitals(text: str) -> bool:
    """Whether ``text`` is in capitals, a "Mc" prefix apart (``McALLEN``: rule A426)."""
    return text.replace("Mc", "MC").isupper()


def last_match(
    pattern: re.Pattern[str] | regex.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | regex.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]`` (as if the text ended at
    ``end``), or None."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 (the last one)
        pass
    return found


# "General Food Workers' ": a name ending with a possessive right before a body's name
_POSSESSOR: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}'’-]*\.?[ \t\u00a0]+){0,3}\p{Lu}[\p{L}-]*(?:['’]s|s['’])[ \t\u00a0]+\Z"
)
_BEFORE_REACH: Final = 40  # characters read before a name for the word that governs it
_MODIFIERS_REACH: Final = 60  # characters either side of a name its role's words are in
_MAX_OPENER: Final = 100  # "During a recent meeting in Moscow, Choe said": a short opener
_WINDOW: Final = 3000  # characters searched back for a pronoun's antecedent
# rule A1258: how far back "the witness" finds the person questioned, and the words
# that mark the ones asking the questions (a lawyer, a judge) just before a name or
# the letters after it
_WITNESS_REACH: Final = 1500
_COUNSEL_REACH: Final = 80
_COUNSEL_BEFORE: Final = regex.compile(
    r"\b(?:counsel|lawyer|attorney|prosecutor|advocate|barrister|solicitor|judge|magistrate"
    r"|coroner|[Pp]rosecuting|[Dd]efending|Judge|Justice)\b[^.!?]*$"
)
_COUNSEL_AFTER: Final = regex.compile(
    r",? (?:KC|QC|SC|PC)\b"
    r"|, (?:for the (?:defence|defense|prosecution|Crown)|defending|prosecuting)\b"
    r"|, (?:a|an|the) [^,.]{0,40}?"
    r"\b(?:counsel|lawyer|attorney|prosecutor|barrister|solicitor|judge)\b"
)
# (and a full name after a name, then a comma or "and": the name opens a list of names)
_NAME_LISTED_NEXT: Final = regex.compile(
    r", \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+[^,.;]{0,30}(?:,| and )"
)
# rule A1259: a possessive's ending and the capitalised words after it, the last of them
# (group 3) maybe an organisation's word ("'s Council", "' Rural Development Association");
# and a capitalised word right before a name, in the same run
_POSSESSED_BODY: Final = regex.compile(
    r"(['’]s?) ((?:\p{Lu}[\p{L}-]* ){0,3}(\p{Lu}[\p{L}-]*))(?![\p{L}'’-])"
)
_OPENING_WORD: Final = regex.compile(r"(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}-]*) \Z")
# Salience of an antecedent: nearer is better (one point per _DISTANCE_SCALE characters),
# and so is being a subject, a speaker, and of the pronoun's known gender.
_DISTANCE_SCALE: Final = 250.0
# "To political science professor ", "To Florida consultant " before a name (A522)
_TOPIC_OPENING: Final = regex.compile(  # (rule A1063: or after "But", "And", "Yet")
    r"(?:(?:But|And|Yet) (?:for|to)|For|To) (?:[\p{L}-]+ ){0,6}"
)
# A spouse's given name after these takes the surname of the person before: "his wife
# Sheila" (rule A595), or, opening a sentence, "His wife Penelope" after the person named
# last in the sentences before (rule A663)
_SPOUSE_OPENING: Final = ("His wife ", "His wife, ", "Her husband ", "Her husband, ")
_SPOUSE_BEFORE: Final = (*(s.lower() for s in _SPOUSE_OPENING), *_SPOUSE_OPENING)
_WIFE_BEFORE: Final = tuple(s for s in _SPOUSE_BEFORE if "wife" in s)
_SPOUSE_REACH: Final = 150  # characters from that person's name to the spouse's
_SPOUSE_OPENING_REACH: Final = 600  # (the same, the spouse opening a sentence: A663)
# "gave her name only as ", "identified himself only as " (rule A517)
_NAME_GIVEN_AS: Final = re.compile(r"\b(?:name|himself|herself|identified)(?: only| just)? as $")
# The one a reporter spoke to, who speaks next ("Our correspondent ... She spoke to Hasan
# Kılıç, 58, ...": rule A884): the verb, and the reporter before it in its paragraph.
_SPOKEN_TO: Final = re.compile(
    # (rule A1091: or "has been speaking to")
    r"\b(?:(?:spoke|spoken|speaking|talked|talking|chatted) (?:to|with)|interviewed) $"
)
_SPOKEN_TO_REACH: Final = 25
_REPORTER: Final = re.compile(r"\b(?:correspondents?|reporters?|journalists?)\b|\b(?:We|we|I) $")
_SUBJECT_BONUS: Final = 1.2
_SPEAKS_BONUS: Final = 0.6
_OBJECT_PENALTY: Final = 0.8
_GENDER_BONUS: Final = 0.4
_LAST_SPEAKER_BONUS: Final = 0.5
# The most a name can gain over its distance, with a margin for rounding.
_MOST_BONUS: Final = _SUBJECT_BONUS + _SPEAKS_BONUS + _GENDER_BONUS + _LAST_SPEAKER_BONUS + 1e-6


# A sentence or paragraph end (a period after a word of five letters or more, not an
# abbreviation such as "gov.").
_SENTENCE_BREAK: Final = regex.compile(r"[\n!?\"“”]|\p{L}{5}\.\s")
# Words that open a clause of its own between a role and a name: the role is then not
# the name's ("a member who supports Trump").
_ROLE_CLAUSE: Final = frozenset(
    """who whom whose which that because if when while although though since and or but
    in at on with to from by about against""".split()
)


def _offset(run: str, words: list[str], index: int) -> int:
    """Offset in ``run`` of ``words[index]`` (words split on whitespace)."""
    pos = 0
    for k in range(index):
        pos = run.index(words[k], pos) + len(words[k])
    return run.index(words[index], pos)


# a name's parts and their set, its offsets in the run, gender, organisation?, titled?
_Parsed = tuple[tuple[str, ...], frozenset[str], int, int, "str | None", bool, bool]
_RunParse = tuple[tuple[str, ...], "_Parsed | None"]


@functools.lru_cache(maxsize=8)
def _run_parser(lex: Lexicon) -> Callable[[str], _RunParse]:
    """:func:`_parse_run` for one lexicon, cached by run. Pure, so cached: the same runs
    ("Donald Trump", "The White House") recur within and across documents; keyed by the
    run alone, a look-up does not hash the lexicon (its hash is computed in Python)."""
    parse = functools.partial(_parse_run, lex, _title_openers(lex))
    return functools.lru_cache(maxsize=1 << 14)(parse)


_LETTER_NAME: Final = re.compile(r"[A-Z]\.?")  # (rule A1223)


def _parse_run(lex: Lexicon, openers: frozenset[str], run: str) -> _RunParse:
    """Split a capitalised run into its words and, when it holds a name, the name's
    parts, its offsets within the run, gender, whether it is an organisation and whether
    a title or known given name came with it. ``openers``: ``_title_openers(lex)``."""
    words = run.split()
    n = len(words)
    # cut at a possessive: "Russia’s", "Trump's campaign"
    cut = False
    if "'" in run or "’" in run:
        for k, w in enumerate(words):
            if possessive(w):
                stem = w[:-2] if w.endswith("s") else w[:-1]
                words = [*words[:k], stem] if stem else words[:k]
                cut = True
                break
    if (
        len(words) > 2
        and words[-1] in lex.nonnames
        and words[-2].endswith(".")
        and _LETTER_NAME.fullmatch(words[-2])
    ):
        # rule A1223: a letter's period ends the sentence before a word that opens
        # sentences ("referred to as Nurse B. She said")
        words = words[:-1]
        cut = True
    while len(words) > 1 and words[-1].rstrip(".") in POSTNOMINALS:
        # rule A151: letters after a name are no part of it ("Sarah Quayle KC")
        words = words[:-1]
        cut = True
    if len(words) > 1 and words[-1] == "I" and words[-2] not in lex.given_names:
        # rule A1144: "I" after a word no one is given is the pronoun, not a regnal
        # numeral ("Many Kuwaitis I know describe"; not "Elizabeth I")
        words = words[:-1]
        cut = True
    n = len(words)
    i = 0
    while i < n and opens_name(words[i], lex, words[i + 1] if i + 1 < n else ""):
        i += 1
    i += shouted_opening(words[i:])  # rule A625
    gender: str | None = None
    titled = body_noun = False
    org_named = (  # rule A103
        bool(words)
        and words[-1] in lex.org_words
        and not (len(words) >= 2 and words[-2] in lex.given_names)
    ) or "&" in words  # rule A196: "Tallis & Verne", "Procter & Gamble"
    org_named = org_named or portfolio_body(words, lex)  # rule A725: "Environment Canada"
    while i < n and not org_named:
        if (
            i + 1 == n
            and i
            and words[i - 1] in NAME_HONORIFICS
            and words[i] not in lex.title_words
            and words[i] not in lex.titles
        ):
            break  # rule A1215: a last word after an honorific is a name ("Ms. Note")
        step = 0
        word = words[i]
        if word in openers and (i or word not in INITIALS_TITLES):
            for size in range(min(4, n - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                if phrase in lex.titles or phrase in lex.demonyms:
                    step = size
                    gender = gender or lex.titles.get(phrase)
                    break
                if phrase in lex.places:
                    # rule A148: a place qualifies a title after it ("Texas Gov.",
                    # "Moscow Mayor"), or is part of the name ("Paris Hilton", "Thames
                    # Water")
                    if i + size == n or _titles_next(words, i + size, lex, openers):
                        step = size  # (a place alone is no name either)
                    break
        if not step and (
            (
                word in lex.title_words
                # rule A845: an adjective's (in -al) before a run's last word, only when
                # that is a title's word or a given name too (not "National Highways")
                and (
                    i + 2 != n
                    or not word.endswith("al")
                    or words[i + 1].isupper()  # (an acronym: "Federal NDP")
                    or words[i + 1] in openers
                    or words[i + 1] in lex.title_words
                    or words[i + 1].lower() in lex.roles
                    or words[i + 1] in lex.given_names
                )
            )
            # (rule A819: not a given name, "Dean Holroyd")
            or (
                word.lower() in lex.roles
                and word not in lex.given_names
                # rule A1284: nor a Korean family name before a hyphenated given name
                # ("Son Hyuk-jae", spelt as the role noun "son")
                and not (i + 2 == n and _given_hyphenated(words[i + 1]))
            )
            # rule A962: a word describing the person before their given name
            # ("Heartbroken Denise")
            or (i + 1 < n and describes_person(word, words[i + 1], lex, surname=i + 2 < n))
            or prefixed_role(word, lex)
            # rule A386: a body's acronym before a title ("NUP Legislator Lee Chun-hung")
            or (
                len(word) > 1
                and word.isupper()
                and i + 1 < n - 1
                and (words[i + 1] in lex.title_words or words[i + 1].lower() in lex.roles)
            )
            # rule A462: demonyms joined by hyphens ("British-Australian Northvale")
            or (i + 1 < n and "-" in word and all(p in lex.demonyms for p in word.split("-")))
        ):
            step = 1
        if not step:
            break
        if (
            step == 1
            and not i
            and n > 1
            and _trade_noun(word, lex)
            and words[1] not in lex.given_names
        ):
            # rule A1023: a business's noun opening the run ("Carmaker Stellantis"), no
            # person's title unless one follows
            body_noun = True
        else:
            titled = True
        i += step
    body_noun = body_noun and not titled
    if org_named and n > 2 and _trade_noun(words[0], lex):
        i = 1  # (rule A1023: "Chipmaker Formosa Semiconductor Co")
    if (
        0 < i < n
        and words[i] in lex.nonnames
        and words[i - 1].endswith(".")
        # rule A1215: not after an honorific, which opens no sentence ("Ms. Note said")
        and words[i - 1] not in NAME_HONORIFICS
    ):
        # rule A123: after an abbreviation's period, a word that only opens sentences
        # starts a new one ("in Washington D.C. He recalled"): what came before is no
        # title of what follows
        while i < n and words[i] in lex.nonnames:
            i += 1
        gender, titled = None, False
    elif not org_named:
        # rule A136: a body's name before a title: "Microsoft Chief Executive Satya
        # Nadella", "Federal Reserve Chair Jerome Powell"
        for k in range(i + 1, min(n - 1, i + MAX_BODY_WORDS + 1)):
            size = _title_size(words, k, lex) if words[k] in openers else 0
            if not size and k + 2 < n and role_before_name(words[k], words[k + 1], k + 3 == n, lex):
                size = 1  # rule A1180: "Festival Manager | Bree Lachlan"
            if (
                size
                and k + size < n
                and words[k - 1] in lex.given_names
                and (
                    words[k + size] not in lex.given_names
                    # rule A533: or an honorific before the last name, after given names
                    # only ("Amina Haji Abdalla")
                    or (k + size == n - 1 and all(w in lex.given_names for w in words[i:k]))
                )
            ):
                break  # a person's names ("Syed Faisal Imam Bukhari"), no body's
            if size and k + size == n - 1 and lex.is_place(words[-1]):
                break  # rule A515: no one is called by a place alone ("Migrant Justice Asia")
            if size and k + size < n:
                gender = lex.titles.get(" ".join(words[k : k + size]))
                i, titled = k + size, True
                # and any title after it ("Westbrook President Dr. Harriet Lomax")
                while i < n - 1 and words[i] in openers and (more := _title_size(words, i, lex)):
                    if i + more >= n:
                        break
                    gender = gender or lex.titles[" ".join(words[i : i + more])]
                    i += more
                break
    j = n
    while j > i and words[j - 1].rstrip(".") in SUFFIXES:
        j -= 1
    if j == n == i + 1 and i and _LETTER_NAME.fullmatch(words[i]) and words[i - 1].isalpha():
        # rule A1223: a letter alone after a title is a name kept from print with that
        # title ("Witness C", "Nurse B", "Soldier F")
        words = [*words[: i - 1], f"{words[i - 1]} {words[i].rstrip('.')}"]
        n = j = i
        i -= 1
        titled = True
    if (
        j <= i
        or words[j - 1] in STREET_WORDS
        or (j - i >= 2 and words[i] in STREET_OPENERS)
        or (
            # rule A178: a run ending with a title is a role ("Business Secretary")
            j - i >= 2
            and words[j - 1] in lex.titles
            and words[i] not in lex.given_names
            and not org_named
        )
        # rule A1145: or a people, named in the plural ("ordinary Sri Lankans")
        or (words[j - 1][-1:] == "s" and " ".join(words[i:j])[:-1] in lex.demonyms)
        # rule A1190: or a title alone after words that open sentences ("The First
        # Minister, 49, insisted", "Scotland's First Minister has demanded")
        or (j - i == 1 and i and words[i] in lex.titles and words[i - 1] in lex.nonnames)
    ):
        # titles, places or sentence openers alone; a street ("Kellogg Avenue"): rule A151
        return tuple(words), None
    for k in range(i + 1, j):  # (a loop: most runs have one or two words, for which
        # setting up ``any`` over a generator costs more than the test)
        if headline_word(words[k], lex, words[k - 1]) and not org_named:
            # a title-case headline (rules A91, A108); not a body's whole name (rule
            # A409: "Tenancy Disputes Tribunal")
            return tuple(words), None
    if j - i >= 2 and shouted(words[i:j]):
        return tuple(words), None  # a dateline or headline in capitals (rule A120)
    if j - i == 1 and i and sport_body(words[i - 1], words[i], lex):
        i, org_named = i - 1, True  # rule A953: "British Swimming", a sport's body
    if "." in run:
        # the period of an abbreviation goes, those of initials stay ("R.K.")
        parts = tuple(
            w[:-1] if w.endswith(".") and len(w) > 2 and "." not in w[:-1] else w
            for w in words[i:j]
        )
    else:
        parts = tuple(words[i:j])
    # rule A137: a suffix stays with the name, as written ("Robert F. Kennedy Jr.")
    parts += tuple(words[j:])
    s = _offset(run, words, i) if i else 0
    # a run ends with its last word, unless a possessive was cut off
    e = len(run) if not cut else _offset(run, words, n - 1) + len(words[n - 1])
    is_org = org_named or body_noun or not lex.org_words.isdisjoint(parts)
    if gender is None and len(parts) >= 2 and not is_org and not _given_hyphenated(parts[-1]):
        # (a Korean name is written family name first: "Lee Jae-myung" is no "Lee";
        # a double-barrelled surname is no given name: "Eoin McNamee-Burke")
        gender = lex.given_names.get(parts[0])
    # (a known given name of either gender counts: "Nurul Aina binti Kamaruddin")
    titled = titled or gender is not None or (len(parts) >= 2 and parts[0] in lex.given_names)
    unique = frozenset(parts)
    if "-" in run:  # rule A133: "al-Safadi" is also found as "Safadi"
        unique |= {p[3:] for p in parts if _prefixed(p)}
    return tuple(words), (parts, unique, s, e, gender, is_org, titled)


def _trade_noun(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` names a kind of business, no person ("Carmaker", "Retailer")."""
    lower = word.lower()
    return (lower in _TRADE_NOUNS or lower.endswith("maker")) and lex.role_kind(lower) == "org"


def _given_hyphenated(word: str) -> bool:
    """Whether ``word`` is a hyphenated Korean given name (``Yo-jong``, ``Son-hui``)."""
    head, _, tail = word.partition("-")
    return bool(head) and tail[:1].islower() and tail.isalpha()


def _prefixed(word: str) -> bool:
    """Whether ``word`` is an Arabic article joined to a name (``al-Safadi``; rule
    A1048: or capitalised, ``Al-Tarawneh``)."""
    return word[2:3] == "-" and word[:2].lower() in NAME_PREFIXES and word[3:4].isupper()


def _titles_next(words: Sequence[str], k: int, lex: Lexicon, openers: frozenset[str]) -> bool:
    """Whether a title, role, demonym or place starts at ``words[k]``."""
    word = words[k]
    if word in lex.title_words or word.lower() in lex.roles:
        return True
    if word not in openers:
        return False
    for size in range(min(4, len(words) - k), 0, -1):
        phrase = " ".join(words[k : k + size])
        if phrase in lex.titles or phrase in lex.demonyms or phrase in lex.places:
            return True
    return False


def _title_size(words: Sequence[str], k: int, lex: Lexicon) -> int:
    """Words in the longest title starting at ``words[k]`` (0 if none)."""
    for size in range(min(4, len(words) - k), 0, -1):
        if " ".join(words[k : k + size]) in lex.titles:
            return size
    return 0


@functools.lru_cache(maxsize=64)
def _described_body(role: str) -> regex.Pattern[str]:
    """A body described in lower case before its role noun: ``Marvania's defence
    ministry``, ``the federal anti-graft agency`` (one to three modifiers)."""
    return regex.compile(
        rf"(?:\p{{Lu}}[\p{{L}}-]*['’]s?|\b(?i:the|an?))[ \t\u00a0]+"
        rf"(?:(?!(?:the|a|an|and|or|of|to|for|in|on|at|by|with|said|says)\b)"
        # (rule A425: a capitalised word among them, "the UN refugee agency")
        rf"\p{{L}}[\p{{L}}'’-]*[ \t\u00a0]+){{1,3}}{regex.escape(role)}\b"
        # and its name in apposition after it: "The UN refugee agency, UNHCR,"
        r"(?:,[ \t\u00a0]+(?:the[ \t\u00a0]+)?"
        r"(\p{Lu}[\p{L}\p{N}'’&-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{N}'’&-]*){0,4}),)?"
    )


@functools.lru_cache(maxsize=8)
def _title_openers(lex: Lexicon) -> frozenset[str]:
    """First words of the titles, demonyms and places: the only words that can open
    a multi-word title."""
    return frozenset(
        p.split()[0] for phrases in (lex.titles, lex.demonyms, lex.places) for p in phrases
    )


@functools.lru_cache(maxsize=8)
def _single_words_to_skip(lex: Lexicon) -> frozenset[str]:
    """Capitalised words that alone are never a speaker's name."""
    return lex.nonnames | lex.title_words | lex.demonyms | lex.places


# Abbreviated titles and the role nouns they stand for, so that "the senator" finds
# "Sen. Jane Doe"; and other names of the same office.
_ROLE_ABBREVIATIONS: Final = {
    "senator": ("sen.",),
    "governor": ("gov.",),
    "representative": ("rep.",),
    "congressman": ("rep.",),
    "congresswoman": ("rep.",),
    "general": ("gen.",),
    "professor": ("prof.",),
    "doctor": ("dr.",),
    "president": ("pres.",),
    "lieutenant": ("lt.",),
    "sergeant": ("sgt.",),
    "captain": ("capt.",),
    "colonel": ("col.",),  # (rule A309)
    "major": ("maj.",),
    "commander": ("cmdr.", "cdr."),
    "admiral": ("adm.",),
    "inspector": ("insp.",),
    "superintendent": ("supt.",),
    "detective": ("det.",),
    # the same office under another name (rule A156): "Mr Justice Harland" is the judge
    "judge": ("justice",),
    "honour": ("judge", "justice"),
    "honor": ("judge", "justice"),
    "attorney": ("atty.",),
    "cm": ("chief minister",),
}
# The titles of legislators, which "the lawmaker" stands for (rule A234).
_LEGISLATORS: Final = (
    "senator",
    "sen.",
    "representative",
    "rep.",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "legislator",
    "lawmaker",
    "mp",
    "mla",
    "td",
)
# Another name of the office, tried only when no one was given the role itself (rule
# A172): a secretary of state is a minister ("The Health Secretary, Owen Pryce").
_ROLE_ALIASES: Final = {
    "minister": ("secretary",),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "pontiff": ("pope",),
    "premier": ("prime minister",),  # rule A888: "the former premier" of a prime minister
    "pm": ("prime minister",),  # rule A920: "The PM insisted" of a prime minister
    # rule A933: "the priest" of one titled as one ("Father Marek Sobczak")
    "priest": ("father", "fr.", "fr", "reverend", "rev.", "rev"),
    "dg": ("director-general", "director general"),
    # rule A707: an officer's acronym is the title written out, and back ("Chief
    # financial officer X ... the CFO added"; "CEO X ... the chief executive said")
    "ceo": ("chief executive",),
    "cfo": ("chief financial officer",),
    "coo": ("chief operating officer",),
    "executive": ("ceo",),
    # rule A234: "the lawmaker" is the last person given a legislator's title
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
}
# rule A897: "the star", with a pronoun of known gender, is the last person given a role
# of fame ("Pop singer Kaya Blue ... The star broke her silence ... she wrote")
_FAME_ROLES: Final = tuple(
    """singer actor actress presenter footballer rapper comedian influencer model musician
    striker boxer""".split()
)


def _title_last(written: str, lex: Lexicon) -> bool:
    """Whether the last word of ``written`` is a capitalised title word (rule A400), or
    an honorific (rule A1030: "Minister of Health Dr Mwila Chansa")."""
    last = written.rsplit(None, 1)[-1:]
    return (
        bool(last)
        and last[0][:1].isupper()
        and (last[0] in lex.title_words or last[0] in lex.titles)
    )


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (an abbreviation such as
    ``sen.`` may end in its period)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            return True
        start = text.find(word, start + 1)
    return False


_PORTFOLIO_HEADS: Final = frozenset("minister ministry secretary department".split())
# rule A942: a verb in the past right after the role makes the role its subject and the
# name its object ("The judge acquitted Mahender Tomar"), except the participles that
# name someone ("a judge named", "a man identified as")
_PAST_VERB: Final = re.compile(r"[a-z]{3,}(?<!e)ed")
_NAMING_PARTICIPLES: Final = frozenset("named called dubbed nicknamed identified known".split())


_POSSESSIVE_MARK: Final = regex.compile(r"['’](?:s\b|(?!\w))")  # (rule A1015)


def _describes(described: str, role: str) -> bool:
    """Whether the lower-cased text ``described`` just before a name gives the person
    the role ``role``: as a whole word (rule A93: ``president``, not ``presidential``),
    and not followed by a clause of its own (rule A102: ``the governor, Jane``,
    ``spokesman for the ministry, Liam``, but not ``a member who supports Trump``, where
    the role is someone else's)."""
    k = described.rfind(role)
    while k >= 0:
        if _has_word(described[k:], role):
            rest = described[k + len(role) :]
            if _POSSESSIVE_MARK.match(rest):
                # rule A1015: a role in the possessive qualifies another's noun ("a
                # stewards’ decision stripped Sebastián Ortega", "the mayor's wife, Jane")
                return False
            words = rest.split()
            if words[:1] == ["to"] and role in _ENVOY_NOUNS:
                words = words[1:]  # rule A1177: "ambassador to Solomon Islands, Zhou"
            if words[:1] and words[0] in _PORTFOLIO_HEADS:
                # rule A684: a portfolio before the head of a role ("justice minister"
                # is no judge's "justice")
                return False
            if words[:1] and _PAST_VERB.fullmatch(words[0]) and words[0] not in _NAMING_PARTICIPLES:
                return False  # rule A942
            if (
                words[:1] == ["of"]
                and len(words) >= 4
                and words[-2] == "and"
                and words[-1].endswith(",")
                and words[-1].strip(",") not in _ROLE_CLAUSE
            ):
                # rule A950: a portfolio's two nouns ("the Minister of Finance and Budget,
                # Cheikh Tidiane Ndoye"), not another's ("the mayor of X and her husband,")
                words = words[:-2]
            return not _SENTENCE_BREAK.search(rest) and _ROLE_CLAUSE.isdisjoint(
                w.strip(",;:") for w in words
            )
        k = described.rfind(role, 0, k)
    return False


def _role_forms(role: str) -> tuple[str, ...]:
    return (role, *_ROLE_ABBREVIATIONS.get(role, ()))


# A verb that makes the name before it the holder of a role (rule A985: "X elected
# first minister", "X was appointed chief executive on Monday"): the role's words
_ROLE_PREDICATE: Final = regex.compile(
    r"(?:,? (?:who|after) )?(?: (?:was|has been|had been|is|were|being))?"
    r" (?:elected|appointed|named|installed|sworn in|confirmed|became|becomes|made)"
    r"(?: as)?(?: the)?(?: new| first-ever| interim| acting)? ((?:[A-Za-z-]+ ){0,3}[A-Za-z-]+)"
    r"(?=[ ,.;]|$)"
)
# A capitalised name of one word or more in a list (rules A993, A1022)
_LISTED_NAME: Final = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*"
# The words before a name listed as an example: "including X, Y and " (rule A993)
_LISTED_EXAMPLE: Final = regex.compile(
    rf"\b(?:including|such as)\s(?:{_LISTED_NAME},\s)*(?:{_LISTED_NAME}\s(?:and|or)\s)?\Z"
)
# "in" or "near" before a name, or before the list it ends (rule A1022: "plants in
# Hsinchu and Tainan"): a place's, no business's
_IN_PLACES: Final = regex.compile(
    rf"(?<![\w-])(?:in|near)\s(?:{_LISTED_NAME}(?:,\s|\s(?:and|or)\s))*\Z"
)
# Prepositions of place before a name no person bears (rule A948: "on Glyder Fach")
_PLACE_PREPOSITION: Final = re.compile(
    r"(?<![\w-])(?:on|in|at|near|off|across|along|into|onto|towards|above|below|beneath) \Z"
)
# A determiner, up to two words in lower case and a role noun before a comma, right
# before a name set beside it (rule A1057: "Her granddaughter, ")
_APPOSED_AFTER: Final = re.compile(
    r"(?<![\w-])(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Aa]n?|[Oo]ur|[Mm]y) (?:[a-z-]+ ){0,2}([a-z]+), \Z"
)
# An owner's pronoun right before a name, and a lower-case word right after (A1032)
# (rule A1056: or an indefinite article, "in a Telegram chat")
_OWNER_BEFORE: Final = re.compile(
    r"(?:(?<![\w-])(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)|(?<!\S)[Aa]n?) \Z"
)
_LOWER_WORD_AFTER: Final = re.compile(r" [a-z]")
# the word before a name after "the" (rule A919: "the Scottish FA")
_DEMONYM_AFTER_THE: Final = re.compile(r"\b[Tt]he ([^\W\d_][\w.-]*) \Z")


class NameOccurrence:
    """One occurrence of a name in the document (scratch record of one analysis).

    Its grammatical context (``subject``, ``object``, ``main``, ``speaks``) is read
    only when a pronoun needs it: see :meth:`DocumentNames.context`.
    """

    __slots__ = (
        "end",
        "gender",
        "has_context",
        "is_org",
        "main",
        "object",
        "parts",
        "speaks",
        "start",
        "subject",
        "titled",
        "words",
    )

    def __init__(
        self,
        start: int,
        end: int,
        parts: tuple[str, ...],
        words: frozenset[str],
        gender: str | None,
        is_org: bool,
        titled: bool,
    ) -> None:
        self.start = start
        self.end = end
        self.parts = parts
        self.words = words  # frozenset(parts): subset tests in time of the smaller side
        self.gender = gender
        self.is_org = is_org
        self.titled = titled
        self.has_context = False
        self.subject = False  # followed by its verb
        self.object = False  # after a preposition
        self.main = False  # the subject of a main clause
        self.speaks = False  # the subject of a reporting verb

    @property
    def name(self) -> str:
        return " ".join(self.parts)


class DocumentNames:
    """The names of one document, for canonical naming and pronoun resolution."""

    def __init__(
        self,
        text: str,
        quoted: Sequence[tuple[int, int]],
        lex: Lexicon,
        *,
        until: int | None = None,
    ) -> None:
        self.text = text
        self.lex = lex
        self.occurrences: list[NameOccurrence] = []
        self._by_word: dict[str, list[NameOccurrence]] = {}
        self.genders: dict[str, str] = {}  # canonical name -> gender evidence
        self._last_speaker: tuple[int, str] | None = None  # (position, canonical name)
        self._best: dict[tuple[tuple[str, ...], str | None], list[tuple[int, str, str | None]]] = {}
        # a nickname written in quotation marks inside a name, and that name's occurrence
        # ("Bríd 'Bridie' Durkan": rule A1271)
        self._nicknames: dict[str, NameOccurrence] = {}
        self._mid_sentence: set[str] = set()  # capitalised words seen inside sentences
        self._apposed: dict[str, str] = {}  # names set beside a noun for a body (A216, A465)
        self._persons: set[str] = set()  # single words with an age or "who" (A360, A384)
        self._parse = _run_parser(lex)
        skip = _single_words_to_skip(lex)
        self._quoted = quoted
        q, nq = 0, len(quoted)
        end = len(text) if until is None else min(until, len(text))
        # Every capitalised run of the document, outside quotations: its words, and an
        # occurrence when it holds a name (the loop's look-ups held in locals).
        parse = self._parse
        add_mid = self._mid_sentence.update
        after_end = self._after_sentence_end
        add_occ = self.occurrences.append
        by_word = self._by_word
        new = object.__new__
        for start, stop in _capitalised_runs(text, end, lex.name_abbreviations):
            run = text[start:stop]
            if run in skip:
                continue  # fast path: most single capitalised words open sentences
            while q < nq and quoted[q][1] <= start:
                q += 1
            if q < nq and quoted[q][0] <= start:
                # inside a quotation, unless the run crosses its closing mark, an
                # apostrophe too: "Magic' Fraser" (rule A545: 'Eilidh 'Wee Magic' Fraser')
                after = quoted[q][1] + 1
                if stop <= after or text[after - 1] != " " or not text[after].isupper():
                    continue
                start, run = after, text[after:stop]
            if run in MONTHS and _DAY.match(text, stop):
                continue  # a date: "June 3" (rule A256)
            if text.endswith(" of ", 0, start) and (place := self._title_place(run, start)):
                # rule A335: the place of a title before the name is the title's ("Chief
                # Justice of India D.R. Venkataraman")
                run = run[len(place) + 1 :]
                start += len(place) + 1
            elif text.endswith((" of ", " for ", " and ", " of the "), 0, start) and (
                cut := self._portfolio(run, start)
            ):
                # rule A394: so is the end of a portfolio ("Minister for Sugar Ravinesh
                # Chand Sharma", "Auditor General for Scotland Fiona Drummond-Hay")
                run = run[cut:]
                start += cut
            words, parsed = parse(run)
            if len(words) > 1 or not after_end(start):
                add_mid(words)
            if parsed is None:
                continue
            parts, unique, s, e, gender, is_org, titled = parsed
            if s and run[: s - 1] in _WEEKDAYS and self._after_role(start):
                # rule A560: a weekday as a given name after a person's role ("okada
                # rider Sunday Okonkwo, 31,"), not a date ("said on Sunday Okonkwo")
                parts, s, titled = (run[: s - 1], *parts), 0, True
                unique = frozenset(parts)
            elif s and run[: s - 1] in _NUMBER_WORDS and not after_end(start):
                # rule A1178: a number word capitalised inside a sentence opens a
                # body's name ("a mechanic at Three Rivers Steel Corp."), though
                # "Three" opens sentences
                parts, s = (run[: s - 1], *parts), 0
                unique = frozenset(parts)
            elif (
                gender is not None
                and not is_org
                and (run[: s - 1] == "The" if s else text.endswith("the ", 0, start))
            ):
                # rule A1189: a given name right after "the" opens no person's name ("The
                # Adelaide Fringe, she said, ..."), of no gender: a thing's or a body's
                gender, titled = None, False
            # made without calling ``__init__``: the same fields as ``NameOccurrence(...)``
            occ = new(NameOccurrence)
            occ.start = start + s
            occ.end = start + e
            occ.parts = parts
            occ.words = unique
            occ.gender = gender
            occ.is_org = is_org
            occ.titled = titled
            occ.has_context = occ.subject = occ.object = occ.main = occ.speaks = False
            add_occ(occ)
            # each distinct word once: a run that repeats a word (a hostile one of a
            # million capitalised words, say) is listed once under it (#6)
            for p in unique if len(unique) != len(parts) else parts:
                if p in by_word:
                    by_word[p].append(occ)
                else:
                    by_word[p] = [occ]
        self._join_nicknames(quoted)
        self._share_surname()
        self._spouse_surname()
        self._given_alone()
        self._apposed_bodies()
        self._acronymed_bodies()
        self._represented_bodies()
        self._possessed_bodies()
        self._starts = [o.start for o in self.occurrences]
        self._org_names = {o.name for o in self.occurrences if o.is_org}  # (rule A671)
        self._canonical_cache: dict[int, str] = {}
        for k, occ in enumerate(self.occurrences):
            if occ.gender:
                self.genders.setdefault(self._canonical_of(k), occ.gender)
            elif not occ.is_org and (gender := self._apposed_gender(occ)):
                self.genders.setdefault(self._canonical_of(k), gender)

    def _apposed_gender(self, occ: NameOccurrence) -> str | None:
        """The gender of the role noun ``occ`` is set beside, after a determiner and a
        comma (rule A1057: "Her granddaughter, Rosita, 19,"); None otherwise."""
        if not self.text.endswith(", ", 0, occ.start):
            return None  # (the cheap test first)
        m = _APPOSED_AFTER.search(self.text, max(0, occ.start - 40), occ.start)
        entry = self.lex.roles.get(m[1]) if m is not None else None
        return entry[0] if entry is not None and entry[0] in ("m", "f") else None

    def _after_role(self, start: int) -> bool:
        """Whether a person's role noun, singular and in lower case, ends right before
        ``start`` (rule A560)."""
        m = _ROLE_BEFORE.search(self.text, max(0, start - 30), start)
        return m is not None and self.lex.role_kind(m.group(1)) == "person"

    def _title_place(self, run: str, start: int) -> str:
        """The place that opens ``run`` when a title and `` of `` stand before it at
        ``start`` and a name follows it (rule A335); "" otherwise."""
        title = _LAST_WORD.search(self.text, max(0, start - 4 - _LONGEST_TITLE_WORD), start - 4)
        if title is None or title.group() not in self.lex.title_words:
            return ""
        words = run.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            place = " ".join(words[:size])
            if place in self.lex.places:
                return place
        return ""

    def _portfolio(self, run: str, start: int) -> int:
        """The characters of ``run``, after `` of `` or `` for `` at ``start``, that end
        a portfolio, with the space after them: its first word (rule A394:
        :func:`~quoteattr.mentions.portfolio_words`), or the words that complete a
        listed title (rule A437: "Director of | Public Prosecutions Fatmata X"); 0 if
        none."""
        if run.count(" ") < 2:
            return 0  # (most runs: a name of three words or more is needed)
        if self.text.endswith(" and ", 0, start):
            # rule A480: the last of a portfolio's words joined by "and" ("Commissioner
            # for Democracy and | Values Henrike Vandersteen")
            joined = _PORTFOLIO_AND.search(self.text, max(0, start - _NAME_OF_REACH), start)
            if joined is None or joined.group(1) not in self.lex.title_words:
                return 0
            words = run.split()
            ending = portfolio_after_and(words, self.lex)
            return len(" ".join(words[:ending])) + 1 if ending else 0
        joiner = "for" if self.text.endswith(" for ", 0, start) else "of"
        if self.text.endswith(" of the ", 0, start):
            joiner = "of the"  # rule A1240: "Justice of the | Peace Moira Fakahula"
        title = _LAST_WORD.search(
            self.text,
            max(0, start - len(joiner) - 2 - _LONGEST_TITLE_WORD),
            start - len(joiner) - 2,
        )
        words = run.split()
        if title is not None:
            for size in (3, 2, 1) if joiner == "of the" else (3, 2):
                if f"{title.group()} {joiner} {' '.join(words[:size])}" in self.lex.titles:
                    return len(" ".join(words[:size])) + 1
        titled = title is not None and title.group() in self.lex.title_words
        if joiner == "of the" and not titled:
            return 0  # (a title's: "Mayor of the | West Midlands X", not "the stage of the")
        portfolio = portfolio_words(words, joiner, titled, self.lex)
        return len(" ".join(words[:portfolio])) + 1 if portfolio else 0

    def _share_surname(self) -> None:
        """Give a given name written alone before ``and`` and another person's given
        name and surname that surname (rule A552: "couple Gary and Linda Parkes",
        "brothers John and Brian Meza"): the name is ``Gary Parkes``."""
        given = self.lex.given_names
        occurrences, text = self.occurrences, self.text
        at = text.find(" and ")
        if at < 0:
            return
        starts = [o.start for o in occurrences]
        while at >= 0:
            k = bisect.bisect_left(starts, at + 5)  # (the name right after " and ")
            if 0 < k < len(starts) and starts[k] == at + 5:
                first, second = occurrences[k - 1], occurrences[k]
                if (
                    first.end == at
                    and len(first.parts) == 1
                    and len(second.parts) == 2
                    and first.parts[0] in given
                    and second.parts[0] in given
                    and not (first.is_org or second.is_org)
                ):
                    self._give_surname(first, second.parts[1], given[first.parts[0]])
            at = text.find(" and ", at + 5)

    def _spouse_surname(self) -> None:
        """Give a given name written alone after ``his wife`` or ``her husband`` the
        surname of the person named just before it in its sentence (rule A595: "Mr
        Pittman, 67, who has run the counter with his wife Sheila since 1998": the wife
        is ``Sheila Pittman``, whom a later "Mrs Pittman" names), or, opening a sentence,
        in the sentences before (rule A663: "His wife Penelope, 68, added:")."""
        given, text = self.lex.given_names, self.text
        for k, occ in enumerate(self.occurrences):
            if (
                k == 0
                or len(occ.parts) != 1
                or occ.parts[0] not in given
                or not text.endswith(_SPOUSE_BEFORE, 0, occ.start)
            ):
                continue
            before = self.occurrences[k - 1]
            surname = before.parts[-1]
            opening = text.endswith(_SPOUSE_OPENING, 0, occ.start)  # (rule A663)
            if (
                before.is_org
                or occ.start - before.end > (_SPOUSE_OPENING_REACH if opening else _SPOUSE_REACH)
                # (a person's: a title before a surname, or a known given name first)
                or not (before.titled or before.parts[0] in given)
                or (len(before.parts) == 1 and surname in given)
                or (
                    not opening
                    and any(text.find(end, before.end, occ.start) >= 0 for end in _SENTENCE_ENDS)
                )
            ):
                continue
            gender = "f" if text.endswith(_WIFE_BEFORE, 0, occ.start) else "m"
            self._give_surname(occ, surname, gender)

    def _give_surname(self, occ: NameOccurrence, surname: str, gender: str | None) -> None:
        """Make ``occ``, a given name written alone, that name and ``surname``, of
        ``gender`` (rules A552, A595), listed under the surname too."""
        occ.parts = (occ.parts[0], surname)
        occ.words = frozenset(occ.parts)
        occ.gender, occ.titled = gender, True
        bisect.insort(self._by_word.setdefault(surname, []), occ, key=_occ_start)

    def _given_alone(self) -> None:
        """Give a known given name written alone its gender, as a person (rule A211:
        "Maureen, 81, who lives alone, said"), unless the document writes it as a
        surname too ("Rebecca Bradley" ... "Bradley said"); and make a person of any
        word written alone with an age after it (rule A360: "Lastri, 39, who sells") or
        a relative clause on a person (rule A384: "Suparmi, who teaches")."""
        given = self.lex.given_names
        text = self.text
        for occ in self.occurrences:
            if len(occ.parts) != 1 or occ.gender is not None or occ.is_org:
                continue
            word = occ.parts[0]
            if (
                text.startswith(",", occ.end)
                and (_AGE_OR_WHO.match(text, occ.end) or self._described_person(occ.end))
            ) or (
                # (the cheap test first: few names follow "as")
                text.endswith(" as ", 0, occ.start)
                and _NAME_GIVEN_AS.search(text, max(0, occ.start - 20), occ.start)
            ):
                # (rule A739: or the name a described person gave, "who asked to be
                # identified only as Thida")
                occ.titled = True
                self._persons.add(word)
            gender = given.get(word)
            if gender is not None and not any(
                len(o.parts) > 1 and o.parts[-1] == word for o in self._by_word[word]
            ):
                occ.gender, occ.titled = gender, True
        for word in self._persons:
            # (rule A739: a person's word is a person wherever it is written alone,
            # "Thida now works at a registered factory")
            for occ in self._by_word[word]:
                if len(occ.parts) == 1:
                    occ.titled = True

    def _described_person(self, end: int) -> bool:
        """Whether a description of a person stands in apposition after ``end`` (rule
        A474: "Sutrisno, a coordinator for the monitoring group, said"): a role noun for
        a person among its first words after ``a`` or ``an``."""
        m = _DESCRIPTION.match(self.text, end)
        return m is not None and any(
            # (rule A623: or an age, "Jun, a 26-year-old former call centre worker")
            self.lex.role_kind(w) == "person" or w.endswith("-year-old")
            for w in m.group(1).lower().split()
        )

    def _apposed_bodies(self) -> None:
        """Make an organisation of a name in apposition to a noun for a body (rule
        A216: "Xinhua, the official Chinese news agency, wrote"), with every other
        occurrence of the same name; and note the noun of a body so named (rule A1146:
        "The Kentucky Spirits Council, a trade group," is "the group")."""
        text = self.text
        for occ in self.occurrences:
            if occ.gender is not None:
                continue
            noun = None
            if text.startswith(", ", occ.end):
                m = _APPOSED_BODY.match(text, occ.end)
                if m is None and text.endswith(", ", 0, occ.start):
                    # rule A569: or after it ("The national federation of agricultural
                    # cooperatives, JA Zen-Noh, which handles ...")
                    m = _BODY_BEFORE.search(text, max(0, occ.start - _BEFORE_REACH * 2), occ.start)
                    if m is not None and not self._after_sentence_end(m.start()):
                        m = None  # (opening its sentence: not "Another member of the group, X,")
                noun = m.group(1).lower() if m is not None else None
            if noun is None and occ.start >= 2 and text[occ.start - 2].islower():
                # rule A619: or right before it, after "the", "to", "by" or "from"
                # ("according to utility Gulf South Power", "the broadcaster RUV"; rule
                # A735: before a comma too, "of the Oslo-based group Grønn Kapital, who")
                # (the cheap test first: most names follow no such noun)
                noun = self._body_noun_before(occ)
            if noun is None or self.lex.role_kind(noun) != "org":
                continue
            self._apposed[occ.name] = noun
            for other in self._by_word[occ.parts[-1]]:
                if other.parts == occ.parts:
                    other.is_org = True

    def _acronymed_bodies(self) -> None:
        """Make an organisation of a name of several words written with its initials in
        brackets after it, with every other occurrence of the same name (rule A937:
        "Publieke Omroep Nederland (PON)"): a body, which no person is introduced as."""
        text = self.text
        for occ in self.occurrences:
            if occ.is_org or len(occ.parts) < 2 or not text.startswith(" (", occ.end):
                continue  # (the cheap test first)
            m = _BRACKETED_ACRONYM.match(text, occ.end)
            if m is None or m.group(1) != "".join(p[0] for p in occ.parts if p[:1].isupper()):
                continue
            for other in self._by_word[occ.parts[-1]]:
                if other.parts == occ.parts:
                    other.is_org = True

    def _represented_bodies(self) -> None:
        """Make an organisation of a name that a spokesperson speaks for, with every
        other occurrence of the same name (rule A1252: "Dragan Ilić, spokesman for Roads
        of Serbia,"): unless it opens with a given name or a title, or any occurrence of
        its last word has a gender ("a spokesman for Governor Hochul", "for Smith")."""
        text = self.text
        for occ in self.occurrences:
            if (
                occ.is_org
                or occ.gender is not None
                or occ.titled
                or not text.endswith((" for ", " the "), 0, occ.start)
                or _SPOKESPERSON_FOR.search(text, max(0, occ.start - 50), occ.start) is None
                or occ.parts[0] in self.lex.given_names
            ):
                continue  # (the cheap tests first)
            after = _NEXT_LOWER_WORD.match(text, occ.end)
            if after is not None and after.group(1) not in ("of", "for", "and", "in", "at"):
                continue  # a modifier of a noun, not a name: "for the Cavite provincial police"
            same = self._by_word[occ.parts[-1]]
            if any(other.gender is not None or other.titled for other in same):
                continue
            for other in same:
                if other.parts == occ.parts:
                    other.is_org = True

    def _possessed_bodies(self) -> None:
        """Make one organisation of a name whose last word is a plural possessive and
        the capitalised words after it, up to an organisation's word (rule A1259:
        "The National Canoe Fishermen's Council", "the Kos Hoteliers' Association"),
        with the capitalised words a title's or a nationality's that opened the run
        ("National"); any name read among those words after it is dropped."""
        text = self.text
        dropped: set[int] = set()
        for k, occ in enumerate(self.occurrences):
            if k in dropped or occ.is_org or occ.gender is not None:
                continue
            found = _POSSESSED_BODY.match(text, occ.end)
            if found is None or found.group(3) not in self.lex.org_words:
                continue  # (the cheap test first: most names are no possessor)
            last = occ.parts[-1] + found.group(1)
            if not body_possessor(occ.parts[-2] if len(occ.parts) > 1 else "", last, self.lex):
                continue
            start = occ.start
            while (opener := _OPENING_WORD.search(text, max(0, start - 40), start)) is not None:
                if opener.group(1) in self.lex.nonnames and (
                    opener.group(1) in ("The", "A", "An")
                    or self._after_sentence_end(opener.start())
                ):
                    break  # ("The National ...": no part of the name)
                start = opener.start(1)
            if text.endswith(("'s ", "’s ", "s' ", "s’ "), 0, start):
                continue  # (a body its owner names, "Victoria's First Peoples' Assembly")
            end = found.end()
            parts = tuple(text[start:end].split())
            for j in range(k + 1, len(self.occurrences)):
                later = self.occurrences[j]
                if later.start >= end:
                    break
                dropped.add(j)
                for word in later.parts:
                    self._by_word[word].remove(later)
            for word in occ.words - set(parts):  # ("Fishermen" is now "Fishermen's")
                if occ in (stale := self._by_word.get(word, [])):
                    stale.remove(occ)
            occ.start, occ.end, occ.parts = start, end, parts
            occ.words = frozenset(parts)
            occ.is_org, occ.titled = True, False
            for word in occ.words:
                listed = self._by_word.setdefault(word, [])
                if occ not in listed:
                    listed.append(occ)
        if dropped:
            self.occurrences = [o for j, o in enumerate(self.occurrences) if j not in dropped]

    def _body_noun_before(self, occ: NameOccurrence) -> str | None:
        """The noun right before ``occ`` (which starts after a lower-case word), after
        "the", "to", "by" or "from" and maybe where the body is based, when it is a
        listed role noun and the name opens with no known given name (rules A619, A735);
        None otherwise."""
        text = self.text
        if text[occ.start - 1] != " ":
            return None
        space = text.rfind(" ", max(0, occ.start - _BODY_NOUN_REACH), occ.start - 1)
        noun = text[space + 1 : occ.start - 1]
        if space < 0 or noun not in self.lex.roles or occ.parts[0] in self.lex.given_names:
            return None  # (the look-ups first: most names follow no role noun)
        if not text.endswith(_BODY_NOUN_OPENERS, 0, space + 1):
            # rule A735: past where it is based ("of the Oslo-based group Grønn Kapital")
            based = text.rfind(" ", max(0, space - _BODY_NOUN_REACH), space)
            word = text[based + 1 : space]
            if based >= 0 and modifier_word(word):
                space = based
            elif based > 0 and word.isalpha() and word.islower():
                # rule A743: or a nationality and a noun ("the German discount chain X")
                nationality = text.rfind(" ", max(0, based - _BODY_NOUN_REACH), based)
                if text[nationality + 1 : based] in self.lex.demonyms:
                    space = nationality
                elif text.endswith(_BODY_NOUN_OPENERS, 0, based + 1):
                    space = based  # rule A1104: or a noun ("for campaign group X")
        return noun if text.endswith(_BODY_NOUN_OPENERS, 0, space + 1) else None

    def written_as_person(self, word: str) -> bool:
        """Whether the document writes ``word`` alone with an age or ``who`` after it,
        as a person's name (rules A360, A384: "Lastri, 39,", "Suparmi, who")."""
        return word in self._persons

    def apposed_body(self, canonical: str) -> bool:
        """Whether the text sets a noun for a body beside the name ``canonical`` (rule
        A216)."""
        return canonical in self._apposed

    def _join_nicknames(self, quoted: Sequence[tuple[int, int]]) -> None:
        """Make one name of a given name and a surname around a nickname in quotation
        marks (``Harold "Hal" Pruitt``: rule A177), which the marks split in two: the
        quotations (spans with their marks) of one capitalised word, with a name on
        either side."""
        occurrences = self.occurrences
        starts: list[int] | None = None
        for s, e in quoted:
            if e - s > _MAX_NICKNAME or not _NICKNAME.fullmatch(self.text, s - 1, e + 1):
                continue
            if starts is None:
                starts = [o.start for o in occurrences]
            k = bisect.bisect_left(starts, e + 1)
            if not 0 < k < len(occurrences):
                continue
            first, last = occurrences[k - 1], occurrences[k]
            between = self.text[e + 1 : last.start].split()  # particles: '"Choro" dos Santos'
            if (
                first.end != s - 1
                or len(last.parts) != 1
                or first.is_org
                or len(between) > 2
                or not all(w in PARTICLES for w in between)
            ):
                continue
            parts = first.parts + tuple(between) + last.parts
            first.end, first.parts, first.words = last.end, parts, frozenset(parts)
            self._nicknames.setdefault(self.text[s + 1 : e - 1], first)
            # (the surname after the closing mark is inside a sentence: rule A251)
            self._mid_sentence.update(last.parts)
            if first.gender is None:  # a given name known once it has its surname
                first.gender = self.lex.given_names.get(parts[0])
                first.titled = first.titled or first.gender is not None
            self._by_word[last.parts[0]].remove(last)
            for p in parts:
                if first not in self._by_word.setdefault(p, []):
                    self._by_word[p].append(first)
            del occurrences[k]
            del starts[k]

    # -- reading the document ---------------------------------------------------------------

    def context(self, occ: NameOccurrence) -> NameOccurrence:
        """Fill in (once) where ``occ`` stands in its sentence; return it."""
        if occ.has_context:
            return occ
        occ.has_context = True
        apposed = self._apposed_verb(occ)
        if apposed is not None:
            # rule A144: "The neighbour, Robert Quayle, said": the name in apposition
            # to the subject, then its verb (rule A157: any verb, "The Tanaiste, Simon
            # Harris, struck a softer note")
            occ.subject = True
            occ.speaks = apposed in self.lex.verb_forms
            comma = self.text.rfind(",", 0, occ.start)
            occ.main = self._opens_sentence(comma) or self._unlisted_title(occ, comma)
            return occ
        if (
            self.text.startswith(("'s ", "’s "), occ.end)
            and self._opens_sentence(occ.start)
            # (rule A522: not after a person the sentence opens with as its topic, "To
            # professor Brigid Harrison, Christie's stare seemed")
            and not _TOPIC_OPENING.match((self._opening(occ.start) or "").lstrip())
        ):
            # rule A202: the possessor opening a sentence ("Suu Kyi's fate is still
            # unclear, but she said") is its topic, as salient as its subject; not when
            # a role follows ("Meridian Mutual's chief information officer")
            owned = _WORD_AFTER.match(self.text, occ.end + 3)
            if owned is not None and owned.group() not in self.lex.roles:
                occ.subject = occ.main = True
                return occ
        if self.text.startswith(",", occ.end) and self._topic_opening(occ.start):
            # rule A220: a person a sentence opens with ("For Kuare Tembe, a leader of
            # ..., the numbers tell only part of the story") is its topic; rule A522: or
            # "To" and the person's role ("To political science professor Brigid Harrison,
            # the stare seemed to reflect sadness")
            occ.subject = occ.main = True
            return occ
        if _NAME_GIVEN_AS.search(self.text, max(0, occ.start - 20), occ.start):
            # rule A517: the name a described person gave ("Salum's neighbour, who ...
            # gave her name only as Mama Zawadi, disagreed") is that subject's
            occ.subject = occ.main = True
            return occ
        if self._reporter_spoke_to(occ):
            # rule A884: the person a reporter spoke to ("Our correspondent in El Olivar
            # spoke to Luis Alberto Contreras, 64, ...") speaks next, as salient as a
            # speaking subject
            occ.subject = occ.speaks = occ.main = True
            return occ
        opener = occ.start - len(_ACCORDING)
        if (
            opener >= 0
            and self.text.startswith(_ACCORDING, opener)
            and self._after_sentence_end(opener)
        ):
            # rule A325: the source a sentence opens with ("According to Nebojša Đurić,
            # a farmer ..., test drilling has ...") is its speaker, as salient as the
            # subject of "said" (not one closing it: "..., according to Politico.")
            occ.subject = occ.speaks = occ.main = True
            return occ
        end = self._past_postnominals(occ.end)
        age = _AGE_BEFORE_ORIGIN.match(self.text, end) if self.text.startswith(",", end) else None
        # (rule A334: past an age before where the person is from, "Oleksandr
        # Bondarenko, 51, from Vinnytsia, said")
        after = _VERBISH.match(self.text, age.end() if age is not None else end)
        if self.text.startswith((", who ", ", whose "), end):
            # rule A949: past a relative clause holding commas of its own, to the reporting
            # verb after it ("Miriam Feldstein, whose parents, Harold and Ruth, died in the
            # collapse, said"), not a word of the clause
            after = self._verb_after_clause(end) or after
        if after is None and age is not None:
            after = _VERBISH.match(self.text, end)  # (a description holding commas)
        if after is not None and (aside := _ASIDE.match(self.text, after.start(1))):
            # rule A750: past an aside after the appositive ("Paul Ostrowski, the
            # chairman of the Lake County party ..., for example, said")
            after = _VERBISH.match(self.text, aside.end())
        if after is not None and after.group(1) in ("of", "at"):
            # rule A262: past the body the person is of ("Ruth Abernathy of Castlegate
            # Securities was less convinced")
            body_end = self._past_affiliation(occ.end)
            after = _VERBISH.match(self.text, body_end)
            if (
                after is not None
                and self.text.endswith(("'s", "’s"), 0, body_end)
                and after.group(1) not in self.lex.verb_forms
            ):
                # rule A907: past the unit of a body's possessive, up to its verb ("of the
                # Haitian National Police's child protection brigade said")
                unit = _UNIT_WORDS.match(self.text, body_end)
                phrase = unit.group() if unit is not None else ""
                words = phrase.split()
                said = next((j for j, w in enumerate(words) if w in self.lex.verb_forms), 0)
                if said:
                    after = _VERBISH.match(self.text, body_end + phrase.index(words[said]) - 1)
        before = self.text[max(0, occ.start - _BEFORE_REACH) : occ.start].split()
        k = len(before) - 1
        while k > 0 and possessive(before[k]) and before[k][:1].isupper():
            # rule A138: past the possessor ("with HuffPost Live's Alyona Minkovski")
            k -= 1
            while k > 0 and before[k][:1].isupper() and not possessive(before[k]):
                k -= 1
        prev = before[k].lower() if before else ""
        if prev == "the" and k > 0 and before[k - 1].lower() in PREPOSITIONS:
            prev = before[k - 1].lower()  # rule A266: "against the Islamic State"
        elif (
            k > 1
            and before[k].isalpha()
            and before[k].islower()
            and before[k - 1] == "the"
            and before[k - 2].lower() in PREPOSITIONS
            # (rule A759: not a person's name after an opener with no comma, "Earlier in
            # the session Josh Ferris missed")
            and occ.parts[0] not in self.lex.given_names
        ):
            prev = before[k - 2].lower()  # rule A456: "of the endangered Damara tern"
        if k > 0 and before[k] in self.lex.titles and before[k - 1].lower() in INVERTING_COPULAS:
            prev = before[k - 1].lower()  # rule A572: past a title ("is Senator X")
        verb = after.group(1) if after is not None else None
        occ.object = prev in PREPOSITIONS
        occ.subject = (
            verb is not None
            and verb not in PREPOSITIONS
            and not occ.object
            # rule A430: not a modifier after a possessive ("its Delphine claims")
            and prev not in _POSSESSIVE_DETERMINERS
            # rule A94: "McConnell spokesman Don Stewart": a name before a role noun
            # qualifies the person named next
            and verb not in self.lex.roles
        )
        occ.speaks = after is not None and self._reports_at(after.start(1))
        if prev in _SUBORDINATORS:
            occ.subject = False
        elif prev in INVERTING_COPULAS and self._inverted_after(occ.start):
            # rule A303: "Among the marchers was X, 71,"; A505: "Among those hit is X"
            occ.subject = occ.main = True
        elif occ.subject:
            occ.main = self._opens_sentence(occ.start)
        elif (
            not occ.object
            and self.text[occ.end : occ.end + 1] in _CLAUSE_END
            and self._inverted_subject(occ.start)
        ):
            occ.subject = occ.speaks = True  # rule A95: '..., adds psychologist Mary Roe'
        elif not occ.subject and self._introduced(occ.end):
            occ.subject = occ.speaks = True  # rule A112: '... Henry Roe, president of ...'
        return occ

    def _reports_at(self, at: int) -> bool:
        """Whether a reporting verb starts at ``at``, a word of one or of several
        (``weighed in``, ``hit back``: rule A1041), after up to two auxiliaries or
        adverbs (``has promised``, ``has also hit back``), none a negation."""
        words = _SPACED_WORDS.match(self.text, at)
        if words is None:
            return False
        found = words.group().lower().split(" ")
        first = 0
        while first < 2 and first + 1 < len(found) and found[first] in ADVERBS:
            if found[first] in _NEGATIONS:
                return False  # ("Ms Gillibrand did not reveal his name")
            first += 1
        found = found[first:]
        if found[0] in self.lex.verb_forms:
            return True
        longest = longest_verb_forms(self.lex).get(found[0], 0)
        return any(
            " ".join(found[:size]) in self.lex.verb_forms
            for size in range(min(longest, len(found)), 1, -1)
        )

    def _attributive(self, occ: NameOccurrence) -> bool:
        """Whether ``occ`` stands after "the" before a noun in lower case that is no
        reporting verb (``the Yanacancha mine``: rule A576), or after "and" and another
        name after "the" (rule A1221: ``the Kendal and Majuba power stations``)."""
        if not self.text.startswith(" ", occ.end):
            return False
        if not self.text.endswith(("the ", "The "), 0, occ.start):
            k = bisect.bisect_left(self._starts, occ.start)
            if not (
                k
                and self.text.endswith(" and ", 0, occ.start)
                and self.occurrences[k - 1].end == occ.start - 5
                and self.text.endswith(("the ", "The "), 0, self.occurrences[k - 1].start)
            ):
                return False
        m = _WORD_AFTER.match(self.text, occ.end + 1)
        return m is not None and m.group() not in self.lex.verb_forms

    def _unlisted_title(self, occ: NameOccurrence, comma: int) -> bool:
        """Whether ``occ``, a person's given name and more, stands in apposition after
        ``the`` and capitalised words no list holds, opening the sentence or its main
        clause before ``comma`` (rule A556: "As TDs heckled, the Ceann Comhairle,
        Fergal Tierney, intervened")."""
        if occ.parts[0] not in self.lex.given_names and not (
            # rule A866: or any name of two words or more, closed by its comma
            len(occ.parts) >= 2 and not occ.is_org and self.text.startswith(",", occ.end)
        ):
            return False
        m = _UNLISTED_TITLE.search(self.text, max(0, comma - _MAX_OPENER), comma)
        return m is not None and self._opens_sentence(m.start())

    def _apposed_verb(self, occ: NameOccurrence) -> str | None:
        """The verb after a name standing between commas after a noun phrase: ``said``
        in ``The neighbour, Robert Quayle, said``, ``posted`` in ``..., has posted``;
        None when the name is not so placed or a function word follows the comma."""
        if self.text[max(0, occ.start - 2) : occ.start] != ", ":
            # (or a title between: "The chairman, Sir Julian Penrose, rose")
            comma = self.text.rfind(", ", max(0, occ.start - _BEFORE_REACH), occ.start)
            if comma < 0:
                return None
            words = self.text[comma + 2 : occ.start].split()
            # (rule A611: past an age, "His daughter, 19-year-old Yuliana Vargas, wants";
            # rule A834: and an article before a demonym, "His coach, the Italian X,")
            titles = [
                w
                for k, w in enumerate(words)
                if not w.endswith("-year-old")
                and not (
                    w.lower() == "the" and k + 1 < len(words) and words[k + 1] in self.lex.demonyms
                )
            ]
            if (
                not words
                or (
                    titles
                    and not (
                        # (rule A488: or a demonym, "Her coach, Frenchman Olivier Marchetti,")
                        all(w in self.lex.titles or w in self.lex.demonyms for w in titles)
                        or " ".join(titles) in self.lex.titles  # (rule A374: "Senior Counsel")
                        # rule A343: or lower-case words with a role among them, and titles
                        # ("Her neighbour, the fisherman Jens-Aqqalu Heilmann, is", "the lead
                        # petitioner, public health researcher Dr Sylvia Nankunda, stated")
                        or (
                            any(self.lex.role_kind(w) == "person" for w in titles)
                            and all(
                                (w.islower() and w not in PREPOSITIONS) or w in self.lex.titles
                                for w in titles
                            )
                        )
                        # rule A408: or a body's capitalised name and a title ("The board's chair,
                        # Coast Guard Capt. Renata Sobczak-Hale, pressed"; rule A749: or a role
                        # noun, "One delegate, Ohio Green Party treasurer Maria Lindqvist,
                        # pledged")
                        or (
                            len(titles) <= MAX_BODY_WORDS + 1
                            and (
                                titles[-1] in self.lex.titles
                                or self.lex.role_kind(titles[-1]) == "person"
                            )
                            and all(w[:1].isupper() for w in titles[:-1])
                        )
                    )
                )
            ):
                return None
        # (past the body the person is of: "The committee's chair, Anneli Kask of
        # Estonia, said", rule A262)
        # (or past a bracket: "Rep. Curtis Hargrove (R-Tenn.), pressed", rule A330)
        # (rule A740: or past letters after the name, "Her barrister, Priya Chandran KC,
        # said")
        end = self._past_postnominals(occ.end)
        bracket = _BRACKET.match(self.text, end) if "(" in self.text[end : end + 3] else None
        end = bracket.end() if bracket is not None else end
        m = _COMMA_WORD.match(self.text, end) or _COMMA_WORD.match(
            self.text, self._past_affiliation(end)
        )
        if m is None:
            return None
        word = m.group(1)
        if (
            word in _SUBORDINATORS
            or word in PREPOSITIONS
            or word in _NOT_APPOSED_VERBS
            # rule A475: a description of the name, no verb ("At a news conference in
            # Taipei, Kuo Tsung-han, director of the Seismology Center, warned")
            or self.lex.role_kind(word) is not None
        ):
            return None
        return word

    def _verb_after_clause(self, end: int) -> regex.Match[str] | None:
        """The first reporting verb after a comma in the sentence of the relative clause
        opening at ``end`` (rule A949), as a match whose group 1 is the verb; None when
        there is none."""
        stop = _CLAUSE_STOP.search(self.text, end, end + _MAX_RELATIVE_CLAUSE)
        limit = stop.start() if stop is not None else end + _MAX_RELATIVE_CLAUSE
        for m in _COMMA_WORD.finditer(self.text, end + 1, limit):
            if m.group(1) in self.lex.verb_forms:
                return m
        return None

    def _past_postnominals(self, end: int) -> int:
        """Where the text goes on past letters after a name at ``end`` (rule A311:
        ``Síle Nic Giolla Phádraig TD said``); ``end`` when there are none."""
        m = _POSTNOMINAL.match(self.text, end)
        return m.end() if m is not None else end

    def _past_affiliation(self, end: int) -> int:
        """Where the text goes on past `` of Castlegate Securities`` or `` at the
        University of Leeds`` at ``end`` (rule A262); ``end`` when no such phrase is."""
        m = _AFFILIATION.match(self.text, end)
        return m.end() if m is not None else end

    def _introduced(self, end: int) -> bool:
        """Whether the name ending at ``end`` is introduced by an appositive that gives
        its role and closes the sentence (``Henry Roe, president of the caucus.``): the
        way news introduces the person it quotes next."""
        m = _APPOSITIVE_ROLE.match(self.text, end)
        if m is None or m.group(1).lower() not in self.lex.roles:
            return False
        close = self.text.find(".", m.end(), m.end() + _MAX_APPOSITIVE_CLOSE)
        return close >= 0 and "," not in self.text[m.end() : close]

    def _inverted_subject(self, at: int) -> bool:
        """Whether the name at ``at`` follows its reporting verb after a comma or a
        closing quotation mark, with at most a few role words between: ``", said Jane
        Doe"``, ``, adds psychologist Jane Doe`` (the caller checks that the clause ends
        with the name, so that ``said Jane Doe's plan failed`` does not count); past the
        name's titles (rule A296: ``, said Chief Theresa Moostoos-Laboucan``)."""
        text, lo = self.text, max(0, at - _INVERTED_REACH)
        while (space := text.rfind(" ", lo, at - 1)) >= 0 and text[space + 1 : at - 1] in (
            self.lex.titles
        ):
            at = space + 1
        m = _INVERTED.search(text, lo, at)
        return m is not None and self.lex.verb_forms.get(m.group(1)) in _INVERTING

    def _lone_word(self, occ: NameOccurrence, name: str) -> bool:
        """A lone capitalised word never tied to a person is likely no one, above all
        when it is only ever written at the start of a sentence."""
        return (
            len(occ.parts) == 1
            and name == occ.name
            and not occ.titled
            and (
                not occ.speaks
                # rule A215: the subject of a reporting verb right after a quotation
                # ('"... offensive!" Cruz said.') is a speaker, not a sentence opener
                or (occ.parts[0] not in self._mid_sentence and not self._after_quotation(occ))
            )
        )

    def _peerage(self, occ: NameOccurrence) -> bool:
        """Whether ``occ`` is a peer's title alone before its "of" ("the 9th Earl of
        Brancaster": rule A901), no one's name."""
        return (
            len(occ.parts) == 1
            and (
                occ.parts[0] in PEERAGES
                # rule A1166: or a role noun after "the" ("The Dean of Lincoln, the Very
                # Rev Jonathan Pryce,"), though it is a given name too
                or (
                    self.lex.role_kind(occ.parts[0].lower()) == "person"
                    and self.text.endswith(("the ", "The "), 0, occ.start)
                )
            )
            and self.text.startswith(" of ", occ.end)
        )

    def _named_thing(self, occ: NameOccurrence, name: str) -> bool:
        """Whether ``occ`` is a name written after ``the`` that no person bears (no
        title, gender or known given name: "she founded the Legal Aid Cell for Bonded
        Workers"): a thing or a body, no antecedent for "he" or "she" (rule A460)."""
        return (
            name not in self.genders
            and occ.parts[0] not in self.lex.given_names
            and (
                (
                    not occ.titled
                    and (
                        self.text.endswith(("the ", "The "), 0, occ.start)
                        # rule A948: or after a preposition of place ("a gully on Glyder
                        # Fach"; not "on X's hillside")
                        or (
                            _PLACE_PREPOSITION.search(self.text, max(0, occ.start - 10), occ.start)
                            is not None
                            and not self.text.startswith(("'s", "’s"), occ.end)
                        )
                        # rule A1032: or after an owner's pronoun, qualifying the lower-case
                        # noun after it ("her Nobel lecture"; rule A1056: "a Telegram chat")
                        or (
                            _OWNER_BEFORE.search(self.text, max(0, occ.start - 7), occ.start)
                            is not None
                            and _LOWER_WORD_AFTER.match(self.text, occ.end) is not None
                        )
                    )
                )
                # rule A919: or after "the" and a nationality, which is no person's title
                # ("which the Scottish FA says")
                or (
                    self.text[occ.start - 2 : occ.start - 1].islower()
                    and (
                        before := _DEMONYM_AFTER_THE.search(
                            self.text, max(0, occ.start - 30), occ.start
                        )
                    )
                    is not None
                    and before.group(1) in self.lex.demonyms
                )
            )
        )

    def _after_quotation(self, occ: NameOccurrence) -> bool:
        """Whether ``occ`` follows a closing quotation mark and a space."""
        return self.text[max(0, occ.start - 2) : occ.start] in _AFTER_QUOTATION

    def written_mid_sentence(self, word: str) -> bool:
        """Whether the document writes the capitalised ``word`` inside a sentence (or
        in a run of several capitalised words) outside quotations: a word only ever
        seen opening sentences (``Hours later, ...``) is likely no name. A particle
        capitalised to open the sentence counts as written in lower case (rule A698:
        ``Al-Fitouri`` for ``al-Fitouri``)."""
        if word in self._mid_sentence:
            return True
        head, joined, _ = word.partition("-")
        lowered = word[:1].lower() + word[1:]  # ("al-Fitouri")
        return bool(joined) and head.lower() in PARTICLES and lowered in self._mid_sentence

    def _group(self, occ: NameOccurrence) -> bool:
        """The plural of a nationality word alone (``Latinos``, ``Americans``): a
        group, which ``he`` or ``she`` does not point to (rule A110)."""
        word = occ.parts[0]
        return len(occ.parts) == 1 and word.endswith("s") and word[:-1] in self.lex.demonyms

    def _after_sentence_end(self, at: int) -> bool:
        """True when ``at`` starts a paragraph or follows a sentence end."""
        k = at - 1
        text = self.text
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        return k < 0 or text[k] in ".!?\n\"”’'“:—"

    def _opening(self, at: int) -> str | None:
        """The text between the start of the sentence holding ``at`` and ``at``; None
        when the sentence opens farther back than a short opener."""
        window = self.text[max(0, at - _MAX_OPENER - 2) : at]
        cut = max(window.rfind(end) for end in _SENTENCE_ENDS)
        if cut < 0 and at > _MAX_OPENER:
            return None
        return window[cut + 1 :]

    def _topic_opening(self, at: int) -> bool:
        """Whether the sentence holding ``at`` opens with "For" or "To" and at most a
        role's words before ``at`` (rules A220, A522)."""
        if self.text.startswith("For ", at - 4) and self._after_sentence_end(at - 4):
            return True
        opening = (self._opening(at) or "").lstrip()
        return _TOPIC_OPENING.fullmatch(opening) is not None and self._after_sentence_end(
            at - len(opening)
        )

    def _opens_sentence(self, at: int) -> bool:
        """True when only a short opener and a comma stand between the sentence start
        and ``at``: the name is the subject of the main clause."""
        opening = self._opening(at)
        if opening is None:
            return False
        opening = opening.strip()
        if opening[:1].isdigit() and (clock := LIVE_PAGE_TIME.match(opening)) is not None:
            # rule A945: past a live page's time with no dash ("15:35 Laura Klavina has",
            # "3.35pm: Prime Minister X")
            opening = opening[clock.end() :].lstrip()
        if not opening or opening.endswith(",") or opening in OPENING_CONJUNCTIONS:
            # (rule A697: or a conjunction alone, "And Obama, for all the progress ...,
            # seems to agree")
            return True
        if opening.endswith(("—", "–")) and opening.count("—") + opening.count("–") > 1:
            # rule A681: or a dash closing an aside ("Speaking to Sky Sports on Sunday —
            # before the decision was taken — Belardinelli had insisted"); not a live
            # page's time alone ("23:41 — X takes the stage": measured worse)
            return True
        if _TIME_OPENER.fullmatch(opening):
            return True  # rule A759: a short time phrase with no comma ("Earlier in the session")
        # rule A124: a role phrase that opens the sentence, or its main clause after an
        # opener and a comma, describes the name after it ("Former Pennsylvania governor
        # Ed Rendell, ..., was", "In an interview, the actor Tom Roe said"): still the
        # main subject
        roles = self.lex.roles
        phrase = opening[opening.rfind(",") + 1 :]
        if " of " in phrase:
            # rule A1208: past how long or of how many ("His wife of 51 years, Jolene,",
            # "The mother of five, Agness Mulenga,")
            phrase = _OF_HOW_MANY.sub("", phrase)
        # (rule A287: past the body or place the role is of, "The IMF's mission chief for
        # Sri Lanka, Henrietta Osei-Mensah, struck")
        m = _ROLE_BODY.search(phrase)
        if m is not None and m["lower"] and not self.text.startswith(",", at):
            m = None  # (a body in lower case ends the phrase only before its comma)
        words = (phrase[: m.start()] if m is not None and m.start() > 0 else phrase).split()
        if (
            (
                self.lex.role_kind(words[-1].lower()) == "person"
                or prefixed_role(words[-1], self.lex)
                or words[-1] in self.lex.titles  # rule A332: "City Councilmember Tamara X"
            )
            and all(
                w[:1].isupper()
                or w.lower() in roles
                # (a possessor too: "The committee’s chairman, Rep. X", rule A330)
                or self._modifier(w.removesuffix("’s").removesuffix("'s"))
                for w in words
            )
        ):
            return True
        if len(words) == 1 and AGE_WORD.fullmatch(words[0]):
            return True  # rule A949: or an age alone ("Back on the road, 73-year-old X sat")
        # rule A253: or only the name's own title and particles ("Outside the court, Mr
        # arap Sang addressed": a title without its period)
        return all(w in self.lex.titles or w.lower() in PARTICLES for w in words)

    def _inverted_after(self, at: int) -> bool:
        """Whether the sentence opens with a prepositional phrase, then the copula just
        before ``at`` and its subject (``Among the marchers was Krzysztof Dąbrowski``:
        rule A303)."""
        opening = (self._opening(at) or "").split()
        return (
            len(opening) > 2
            and (
                opening[0].lower() in PREPOSITIONS
                # rule A572: or a participle's ("Leading the campaign is Senator X")
                or (opening[0].endswith("ing") and len(opening[0]) > 5)
                # rule A958: or one of a group ("One of the parents who took the plunge
                # is Mark Davies")
                or [w.lower() for w in opening[:2]] == ["one", "of"]
            )
            and not any(w.endswith(",") for w in opening)
        )

    def _modifier(self, word: str) -> bool:
        """Whether a lower-case ``word`` may qualify a role noun after it (``former``,
        ``federal``, or an age, ``64-year-old``: rule A539): a word, not a verb,
        preposition or clause opener."""
        if word.endswith("-year-old") and word[:1].isdigit():
            return True
        return word.replace("-", "").isalpha() and not (
            word in self.lex.verb_forms or word in PREPOSITIONS or word in _SUBORDINATORS
        )

    # -- canonical names -------------------------------------------------------------------

    def canonical(self, parts: Sequence[str], at: int, *, gender: str | None = None) -> str:
        """The fullest name the document gives the person called ``parts`` near ``at``.

        Among the occurrences that contain every word of ``parts``, the best share its
        surname, have the most words, and were written with a title or known given name;
        of those, the nearest before ``at`` (else the nearest after) gives the name.
        With ``gender`` (from a title such as ``Mr.``), a name of the other gender is
        left out (``Mr. Obama`` is not ``Michelle Obama``: rule A119).
        """
        parts = tuple(parts)
        if not parts:
            return ""
        first = parts[0]
        if len(parts) > 1 and first.lower() in PARTICLES and not first.islower():
            # rule A141: a particle capitalised to open a sentence ("Van der Vaart
            # added") is the one written inside a full name ("Rafael van der Vaart"),
            # when the document writes one ("Ben", "Al" and "Le" are also names)
            lowered = (first.lower(), *parts[1:])
            if self._best_of(lowered):
                parts = lowered
        last = parts[-1]
        if last[2:3] == "-" and last[:2] in ("Al", "El") and last[3:4].isupper():
            # rule A280: so is an Arabic article capitalised to open a sentence
            # ("El-Sherbiny dismissed ..." for "Mostafa Abdel-Aziz el-Sherbiny")
            lowered = (*parts[:-1], last[:2].lower() + last[2:])
            if self._best_of(lowered):
                parts = lowered
        nicknamed = self._nicknames.get(first) if len(parts) == 1 else None
        if nicknamed is not None and nicknamed.start < at:
            # rule A1271: a nickname alone is the name written with it before ("Bríd
            # 'Bridie' Durkan ... says Bridie")
            return self.canonical(nicknamed.parts, nicknamed.start)
        best = self._best_of(parts, gender)
        if not best:
            return " ".join(parts)
        if best[0][0] > at:
            # rule A1176: a name written shorter refers back: a fuller one introduced
            # before it goes first, though the best is written with a title after it
            # ("Sina Leota ... Mrs Leota said ... Reverend Iosefa Leota")
            earlier = self._best_occurrences(parts, gender, before=at)
            if earlier and len(earlier[0][1].split()) > len(parts):
                best = earlier
        if (
            gender is None
            and len(parts) == 1
            and len(best) > 1
            # (most share one name: nothing to choose)
            and any(name != best[0][1] for _, name, _ in best)
            # (not a possessor: "Quiñones's daughter ... she said" is the daughter)
            and self.text[at + len(parts[0]) : at + len(parts[0]) + 1] not in ("'", "’")
        ):
            best = self._of_gender_after(best, at)
        if len(parts) == 1 and len(best) > 1 and any(name != best[0][1] for _, name, _ in best):
            # rule A846: a surname alone is not the one introduced as a relative ("her
            # mum Donna Tranter") in a paragraph before, when someone else bears it
            kin = {
                name
                for start, name, _ in best
                if "\n" in self.text[start:at] and self._kin_before(start)
            }
            best = [b for b in best if b[1] not in kin] or best
        k = bisect.bisect_right(best, (at, "\uffff"))
        return best[k - 1][1] if k else best[0][1]

    def _kin_before(self, start: int) -> bool:
        """Whether a relative's noun stands right before the name at ``start`` (``her
        mum Donna Tranter``, ``his son, Rui Ferreira``)."""
        before = self.text[max(0, start - 14) : start].rstrip(", ").rsplit(" ", 1)[-1]
        return before.lower() in KIN_NOUNS

    def _of_gender_after(
        self, best: list[tuple[int, str, str | None]], at: int
    ) -> list[tuple[int, str, str | None]]:
        """Of ``best``, people of different genders who share a surname, those of the
        gender of the first pronoun after ``at`` in its paragraph (rule A778: "Duvanel,
        whose ..., said ... "...," he said" of Olivier and Isabelle Duvanel); all of
        ``best`` when they are of one gender, or no such pronoun follows."""
        genders = {self.genders.get(name) or known for _, name, known in best}
        if len(genders - {None}) < 2:
            return best
        end = self.text.find("\n", at)
        quoted = self._quoted
        for found in _GENDERED_PRONOUN.finditer(self.text, at, end if end >= 0 else len(self.text)):
            q = bisect.bisect_right(quoted, (found.start(), math.inf)) - 1
            if q < 0 or quoted[q][1] <= found.start():
                break  # (not one inside a quotation: '"He told me ...,"')
        else:
            return best
        if any(at < start < found.start() for start, _, _ in best):
            return best  # rule A847: not past one of them named in full ("Lidia Flores")
        gender = "m" if found.group(1) else "f"
        return [b for b in best if (self.genders.get(b[1]) or b[2]) == gender] or best

    def _best_of(
        self, parts: tuple[str, ...], gender: str | None = None
    ) -> list[tuple[int, str, str | None]]:
        best = self._best.get((parts, gender))
        if best is None:
            best = self._best[parts, gender] = self._best_occurrences(parts, gender)
        return best

    def _best_occurrences(
        self, parts: tuple[str, ...], gender: str | None, *, before: int | None = None
    ) -> list[tuple[int, str, str | None]]:
        """The fullest occurrences named ``parts``; with ``gender``, among those not
        known to be of the other one (rule A175: "Ms Ngata" is "Mereana Ngata", not the
        better known "Samuel Ngata")."""
        wanted = set(parts)
        body_word: bool | None = None  # found out when first needed
        person_word: bool | None = None  # (the same)
        best_key: tuple[int, int, int, int] | None = None
        best: list[tuple[int, str, str | None]] = []
        candidates = self._by_word.get(parts[-1], ())
        # (rule A600: where the name is first written as it is looked up)
        first_short = (
            min((o.start for o in candidates if o.parts == parts), default=len(self.text))
            if len(parts) > 1
            else 0
        )
        for occ in candidates:
            if len(occ.parts) < len(parts) or not wanted <= occ.words:
                continue
            if before is not None and occ.start >= before:
                continue
            if gender is not None and occ.gender is not None and occ.gender != gender:
                continue
            # rule A326: a body's short name, its full one the same word and words for a
            # body ("Starwave" for "Starwave Entertainment"), when no person bears it
            short = (
                occ.is_org
                # (rule A671: or its first words, "Solent Link" for "Solent Link Ferries")
                and occ.parts[: len(parts)] == parts
                and all(p in self.lex.org_words for p in occ.parts[len(parts) :])
            )
            if occ.is_org and len(occ.parts) > len(parts) and not short:
                continue
            last = occ.parts[-1]
            if last.rstrip(".") in SUFFIXES and len(occ.parts) > 1 and parts[-1] != last:
                last = occ.parts[-2]  # "Kennedy" is the surname of "Robert F. Kennedy Jr."
            surname = (
                last == parts[-1]
                or (_prefixed(last) and last[3:] == parts[-1])
                # rule A135: a Korean name, family name first ("Kim Yo-jong": "Kim")
                or (len(occ.parts) == 2 and occ.parts[0] == parts[-1] and _given_hyphenated(last))
            )
            # rule A163: any two-word name may be written family name first ("Lin
            # Jiahui": "Lin"), but a surname match goes first ("Sanders" is "Bernie
            # Sanders", not "Sanders Iowa")
            family = (
                not surname
                and len(parts) == 1
                and (
                    (
                        len(occ.parts) in (2, 3, 4)  # "Dao Thi Hong", "Nguyen Thi Minh Anh": "Dao"
                        and occ.parts[0] == parts[0]
                        and last not in self.lex.nonnames
                        and not self.lex.is_place(last)
                    )
                    # rule A165: the first of two surnames ("Condori" in "Wilfredo
                    # Condori Mamani", "Ocampo" in "Andres Felipe Ocampo Restrepo")
                    or (len(occ.parts) >= 3 and occ.parts[-2] == parts[0])
                    # rule A927: also joined by "i" or "y" ("Ferrer" in "Carles Ferrer i
                    # Bosch")
                    or (
                        len(occ.parts) >= 4
                        # (rule A1269: or "de", a married name after "de": "Acosta" in
                        # "Ninfa Acosta de Villalba")
                        and occ.parts[-2] in ("i", "y", "de")
                        and occ.parts[-3] == parts[0]
                    )
                    # rule A281: a company's short name, its full one ending with a place
                    # ("Greyline" for "Greyline Data Ireland")
                    or (
                        len(occ.parts) >= 3
                        and occ.parts[0] == parts[0]
                        and self.lex.is_place(last)
                        and not occ.titled
                        and occ.gender is None
                    )
                )
            )
            if family and body_word is None:
                # a word that opens an organisation's name, or ends another name, is no
                # family name written first: "Ellison Motors", "Michelle Obama" and
                # "Obama Speech"
                body_word = any(
                    (o.is_org and o.parts[0] == parts[0])
                    or (len(o.parts) > 1 and o.parts[-1] == parts[0])
                    for o in self._by_word.get(parts[0], ())
                )
            family = family and not body_word
            if short and person_word is None:
                person_word = any(
                    not o.is_org and len(o.parts) > 1 and o.parts[-1] == parts[0]
                    for o in self._by_word.get(parts[0], ())
                )
            short = short and not person_word
            # rule A600: or a name's first words, written without its last ("Lakpa
            # Tenzing" for "Lakpa Tenzing Sherpa")
            family = family or (
                len(parts) > 1
                and len(occ.parts) == len(parts) + 1
                and occ.parts[:-1] == parts
                and not occ.is_org
                and occ.start < first_short  # (written in full before it is shortened)
                and self._surname_word(occ.parts[-1])
            )
            if not (surname or family or occ.titled or short) or (
                gender and not (surname or family)
            ):
                continue  # (a name looked up with its title's gender: by its surname)
            # a fuller name first ("Choe" -> "Choe Son-hui"), then one ending with the
            # same surname ("Clinton" -> "Hillary Clinton", not "Clinton Foundation")
            key = (
                int(len(occ.parts) > len(parts)),
                2 * int(surname) + int(family),
                int(occ.titled),
                len(occ.parts),
            )
            if best_key is None or key > best_key:
                best_key, best = key, []
            if key == best_key:
                best.append((occ.start, occ.name, occ.gender))
        return best

    def _surname_word(self, word: str) -> bool:
        """Whether ``word``, the last of a name, may be a surname the name is also
        written without (rule A600): written capitalised inside sentences elsewhere, no
        word that opens sentences, no place."""
        return (
            word not in self.lex.nonnames
            and not self.lex.is_place(word)
            and self.written_mid_sentence(word)
        )

    def _canonical_of(self, index: int) -> str:
        """``canonical`` of occurrence ``index`` at its own position, computed once."""
        name = self._canonical_cache.get(index)
        if name is None:
            occ = self.occurrences[index]
            # (a surname with its title's gender: "Mr. Papadakis" is no "Eleni Papadakis")
            gender = occ.gender if len(occ.parts) == 1 else None
            name = self._canonical_cache[index] = self.canonical(
                occ.parts, occ.start, gender=gender
            )
        return name

    def gender_of(self, canonical: str) -> str | None:
        return self.genders.get(canonical)

    def note_speaker(self, at: int, canonical: str, gender: str | None = None) -> None:
        """Record that ``canonical`` spoke at ``at`` (raises its salience for pronouns)."""
        self._last_speaker = (at, canonical)
        if gender and canonical not in self.genders:
            self.genders[canonical] = gender

    # -- pronouns and role nouns

    def resolve_role(
        self, at: int, role: str, *, gender: str | None, place: str | None = None
    ) -> str | None:
        """The person most recently given the role ``role`` (``the senator`` -> the last
        name written after ``Sen.`` or ``senator``) before ``at``; None when none is.
        With ``place``, the one written with that place by a name of theirs (rule A246:
        "the Montana senator" -> "Ms. Whitcombe of Montana"), else None."""
        if place is not None:
            return self._placed_holder(at, _role_forms(role), gender, place)
        found = self._role_holder(at, _role_forms(role), gender)
        if found is None and role in _ROLE_ALIASES:
            found = self._role_holder(at, _ROLE_ALIASES[role], gender)
        if found is None and role == "star" and gender is not None:
            found = self._role_holder(at, _FAME_ROLES, gender)  # (rule A897)
        return found

    def relative_of(self, canonical: str, gender: str, at: int) -> str | None:
        """The person of ``gender`` named last before ``at`` who shares the surname of
        ``canonical`` and is not that person (rule A793: "Her husband" of "Linda
        Thirkettle" is "Gary Thirkettle"); None when no such person is named."""
        if " " not in canonical:
            return None
        surname = canonical.rsplit(" ", 1)[1]
        for k in range(bisect.bisect_left(self._starts, at) - 1, -1, -1):
            occ = self.occurrences[k]
            if occ.is_org or surname not in occ.words:
                continue
            name = self._canonical_of(k)
            if (
                name != canonical
                and name.endswith(f" {surname}")
                and self.genders.get(name) == gender
            ):
                return name
        return None

    def named_after(self, words: Sequence[str], at: int) -> str | None:
        """The person last named before ``at`` right after ``words`` and maybe a comma
        ("her daughter, Renee Bellanger-Thompson"), whatever their case; None when no
        one is."""
        written = " ".join(words)
        size = len(written)
        for k in range(bisect.bisect_left(self._starts, at) - 1, -1, -1):
            occ = self.occurrences[k]
            before = self.text[max(0, occ.start - size - 2) : occ.start].lower()
            if not occ.is_org and before.endswith((f"{written}, ", f"{written} ")):
                return self._canonical_of(k)
        return None

    def _business_named(self, occ: NameOccurrence, at: int) -> bool:
        """Whether ``occ`` names a business where the workers are, earlier in the sentence
        of ``at`` ("staff at Fenwold Produce ... what the company called"), or as the
        subject of a clause after "after", "when", "as" or "because" (rule A838), in a
        sentence before too (rule A905); no place."""
        if self.lex.is_place(occ.name):
            return False
        before = self.text[max(0, occ.start - 7) : occ.start].split()[-1:]
        if not before or before[0].lower() not in ("at", "after", "when", "as", "because"):
            return False
        # rule A905: a clause's subject in the paragraph before too ("after Black Country
        # Buses announced plans to close its depot. ... The operator said")
        between = self.text[occ.end : at]
        return before[0].lower() != "at" or not (". " in between or "\n" in between)

    def by_age(self, surname: str, at: int, *, younger: bool) -> str | None:
        """Of the people named before ``at`` with ``surname``, the younger (or the
        older) one, as the text tells: a relation written before the name or beside it
        ("his son, Mamadou Diop", "Wilson Rotich, Elias's older cousin") or an age
        ("Ousmane Diop, 61"): rule A836. None when fewer than two such people are
        named or the text does not tell."""
        marks: dict[str, int] = {}
        ages: dict[str, int] = {}
        for k in range(bisect.bisect_left(self._starts, at) - 1, -1, -1):
            occ = self.occurrences[k]
            if occ.is_org or len(occ.parts) < 2 or occ.parts[-1] != surname:
                continue
            name = self._canonical_of(k)
            # (its appositive only: not "Ousmane Diop, 61, watches as his son drags")
            beside = ""
            if self.text.startswith(",", occ.end):
                beside = self.text[occ.end + 1 : occ.end + _BEFORE_REACH].split(",", 1)[0]
                if beside.split(" ", 2)[1:2] == ["whose"]:
                    beside = ""  # (another's relation: "Mathieu, whose younger brother")
            words = set(_WORD.findall(f"{self._written_before(k)} {beside}".lower()))
            if words & _YOUNGER:
                marks[name] = -1
            elif words & _OLDER:
                marks[name] = 1
            else:
                marks.setdefault(name, 0)
            age = _AGE_AFTER.match(self.text, occ.end) or _BRACKETED_AGE.match(self.text, occ.end)
            if age is not None:
                ages.setdefault(name, int(age.group(1)))
        if len(marks) != 2:
            return None
        (a, ma), (b, mb) = marks.items()
        if ma != mb:
            return (a if ma < mb else b) if younger else (a if ma > mb else b)
        if a in ages and b in ages and ages[a] != ages[b]:
            return (a if ages[a] < ages[b] else b) if younger else (a if ages[a] > ages[b] else b)
        return None

    def _written_before(self, k: int) -> str:
        """The text just before occurrence ``k`` that may describe the person, back to
        the occurrence before it: titles and a role ("campaign manager Robby Mook")."""
        floor = self.occurrences[k - 1].end if k else 0
        return self.text[
            max(0, floor, self.occurrences[k].start - _BEFORE_REACH) : self.occurrences[k].start
        ]

    def described_as(self, at: int, word: str, gender: str | None) -> str | None:
        """The person most recently written with ``word`` (a demonym) just before the
        name or in an appositive right after it ("the Colombian Camila Ortega",
        "Ortega Bustamante, the Colombian fourth seed,"), before ``at``, not known to be
        of the other gender than ``gender``: rule A495; None when there is none."""
        pattern = regex.compile(rf"\b{regex.escape(word)}\b")
        hi = bisect.bisect_left(self._starts, at)
        lo = bisect.bisect_left(self._starts, at - _WINDOW)
        for k in range(hi - 1, lo - 1, -1):
            occ = self.occurrences[k]
            if occ.is_org or occ.end > at:
                continue
            before = self._written_before(k)
            after = ""
            if self.text.startswith(", ", occ.end):
                close = _APPOSITIVE_CLOSE.search(
                    self.text, occ.end + 2, occ.end + 2 + _BEFORE_REACH
                )
                # (rule A825: the appositive ends before ``at``: "Writing on Instagram,
                # the Frenchman said" describes no one "Instagram")
                after = self.text[occ.end : min(close.start(), at)] if close is not None else ""
            if pattern.search(before) is None and pattern.search(after) is None:
                continue
            name = self._canonical_of(k)
            known = self.gender_of(name)
            if gender is None or known in (None, gender):
                return name
        return None

    def holds_role(self, canonical: str, role: str, at: int) -> bool:
        """Whether the text gave ``role`` to the person ``canonical`` before ``at`` (rule
        A245)."""
        forms = _role_forms(role)
        hi = bisect.bisect_left(self._starts, at)
        for k in range(hi - 1, max(-1, bisect.bisect_left(self._starts, at - _WINDOW) - 1), -1):
            occ = self.occurrences[k]
            if occ.is_org or self._canonical_of(k) != canonical:
                continue
            described = self._written_before(k).lower()
            if any(_describes(described, f) for f in forms):
                return True
        return False

    def _placed_holder(
        self, at: int, forms: tuple[str, ...], gender: str | None, place: str
    ) -> str | None:
        """Of the people given the role before ``at``, latest first, the first written
        with ``place`` by a name of theirs in the window before ``at`` (rule A246)."""
        tried: set[str] = set()
        end = at
        lo = bisect.bisect_left(self._starts, at - _WINDOW)
        while (name := self._role_holder(end, forms, gender)) is not None and name not in tried:
            tried.add(name)
            last = at
            for k in range(bisect.bisect_left(self._starts, at) - 1, lo - 1, -1):
                occ = self.occurrences[k]
                if self._canonical_of(k) == name:
                    # "Whitcombe of Montana", "Montana Sen. Lorraine Whitcombe"
                    before = self.text[max(0, occ.start - _PLACE_REACH) : occ.start].split()
                    if self.text.startswith(f" of {place}", occ.end) or (
                        place in before[-3:] and not any(w[-1:] in ".!?," for w in before[-3:])
                    ):
                        return name
                    last = occ.start
            end = last  # the holder given the role before this one
        return None

    def placed(self, name: str, at: int) -> bool:
        """Whether the person ``name`` is written, before ``at``, right after a place or
        nationality ("European captain Henrik Lindqvist": rule A853)."""
        lo = bisect.bisect_left(self._starts, at - _WINDOW)
        for k in range(bisect.bisect_left(self._starts, at) - 1, lo - 1, -1):
            if self._canonical_of(k) != name:
                continue
            occ = self.occurrences[k]
            before = self.text[max(0, occ.start - _PLACE_REACH) : occ.start].split()[-3:]
            if any(w in self.lex.demonyms or self.lex.is_place(w) for w in before):
                return True
        return False

    def _role_holder(self, at: int, forms: tuple[str, ...], gender: str | None) -> str | None:
        hi = bisect.bisect_left(self._starts, at)
        lo = bisect.bisect_left(self._starts, at - _WINDOW)
        for k in range(hi - 1, lo - 1, -1):
            occ = self.occurrences[k]
            if self._portfolio_head(k):
                continue  # rule A1169: "Minister for Roads | and Regional Transport X"
            # the words that describe the person: titles before the name and the text
            # just before it ("campaign manager Robby Mook", "the governor, Jane Doe")
            floor = self.occurrences[k - 1].end if k else 0
            written = self.text[max(0, floor, occ.start - 40) : occ.start]
            if (
                self.text.find(" and ", max(0, occ.start - 64), occ.start) >= 0  # (cheap first)
                and (
                    title := _PORTFOLIO_BEFORE.search(self.text, max(0, occ.start - 80), occ.start)
                )
                is not None
                and title.group(1) in self.lex.title_words
            ):
                # (rule A1169: the title before a portfolio of two describes the person)
                written = self.text[max(0, title.start() - 40) : title.end(1)] + " "
            described = written.lower()
            # (or past lower-case words: "The chief executive of the video platform
            # Lumio": rule A284; but not past a title right before the name: "Central
            # Bank of Sri Lanka Governor X", rule A400)
            complement = (
                _COMPLEMENT_END.search(described) is not None
                or (
                    " to " in described  # (cheap first)
                    and _ENVOY_COMPLEMENT_END.search(described) is not None
                )
            ) and not _title_last(written, self.lex)
            # rule A1234: or a body after "for" when a name is apposed to it ("the
            # Minister for Industries, K. Venkat Reddy"; not "A spokesperson for Unison")
            portfolio = (
                occ.is_org
                and not complement
                and " for " in described  # (cheap first)
                and _FOR_COMPLEMENT_END.search(described) is not None
                and not _title_last(written, self.lex)
            )
            complement = complement or portfolio
            if (occ.is_org and not complement) or not any(_describes(described, f) for f in forms):
                if occ.is_org or not (
                    (
                        self._apposed_role(occ.end, forms)
                        and not self.context(occ).object  # ("Asked about Smith, the mayor,")
                    )
                    or self._predicated_role(occ.end, forms)
                ):
                    continue  # rules A93, A102
                # rule A314: the role in an appositive after the name ("Rhiannon
                # Pryce-Adeyemi, the USU general secretary, said")
                complement = False
            if complement:
                # rule A164: the complement of the role ("The Archbishop of Lindmere,
                # Chidubem Okafor-Nwosu"): the name in apposition after it, or the name
                # the role is apposed to ("Nguyen Van Khai, chairman of the ...")
                apposed = self._apposed_after(k)
                if apposed is not None:
                    holder = apposed
                elif (
                    not portfolio
                    and k
                    and occ.start - floor <= 40
                    and self.text.startswith(", ", floor)
                ):
                    holder = k - 1
                else:
                    continue
                occ, k = self.occurrences[holder], holder
                if occ.is_org:
                    continue
            name = self._canonical_of(k)
            known = self.genders.get(name) or occ.gender
            if gender and known and known != gender:
                continue
            return name
        return None

    def _portfolio_head(self, k: int) -> bool:
        """Whether occurrence ``k`` is a portfolio's first words after a title and ``for``
        or ``of``, before ``and`` (rule A1169: "Minister for Roads and Regional Transport
        Bronwyn Taggart"), no one's name."""
        occ = self.occurrences[k]
        if not self.text.startswith(" and ", occ.end):
            return False
        title = _TITLE_FOR.search(self.text, max(0, occ.start - 40), occ.start)
        return title is not None and title.group(1) in self.lex.title_words

    def described_bearer(self, surname: str, role: str, at: int) -> str | None:
        """Of the people named in full before ``at`` with ``surname``, the one given the
        role ``role`` before or in apposition to a name of theirs (rule A895: "Chen, the
        economist, said" after "Chen Daming, an economist at Fudan University"), when
        that one alone is; None otherwise."""
        forms = _role_forms(role)
        found: set[str] = set()
        for k in range(bisect.bisect_left(self._starts, at)):
            occ = self.occurrences[k]
            if occ.is_org or len(occ.parts) < 2 or surname not in occ.parts:
                continue
            described = self._written_before(k).lower()
            if any(_describes(described, f) for f in forms) or self._apposed_role(occ.end, forms):
                found.add(self._canonical_of(k))
        return found.pop() if len(found) == 1 else None

    def _apposed_role(self, end: int, forms: tuple[str, ...]) -> bool:
        """Whether an appositive right after the name ending at ``end`` gives it one of
        the role's ``forms`` as its last word (rule A314: ``, the USU general
        secretary,``; not ``, the mayor's aide,``)."""
        if not self.text.startswith(", ", end):
            return False
        reach = end + 2 + 2 * _BEFORE_REACH
        close = _APPOSITIVE_CLOSE.search(self.text, end + 2, reach)
        # (rule A568: a long appositive's head is read without its close, ", a professor
        # at the University of Belgrade's Faculty of Law who has joined ...,")
        stop = close.start() if close is not None else reach
        phrase = " ".join(self.text[end + 2 : stop].lower().split())
        near = close is not None and stop < end + 2 + _BEFORE_REACH  # (rule A314's reach)
        # rule A368: or the role's head before its complement (", an economist at the
        # Kandy Institute of Policy Studies,")
        head = _ROLE_HEAD.match(phrase)
        return any(
            (near and (phrase == f or phrase.endswith(f" {f}")))
            or (head is not None and head.group(1) == f)
            for f in forms
        )

    def _predicated_role(self, end: int, forms: tuple[str, ...]) -> bool:
        """Whether the words right after the name ending at ``end`` make it one of the
        role's ``forms`` (rule A985: "Aoife McCann elected first minister", "X was
        appointed chief executive", "X became prime minister in 2019")."""
        found = _ROLE_PREDICATE.match(self.text, end, end + _BEFORE_REACH + 40)
        if found is None:
            return False
        words = found.group(1).lower().split()
        return any(
            (phrase := " ".join(words[:m])) == f or phrase.endswith(f" {f}")
            for m in range(1, len(words) + 1)
            for f in forms
        )

    def _apposed_after(self, k: int) -> int | None:
        """The index of the name in apposition after occurrence ``k``: ``, Jane Doe``,
        past its title and a short form of ``k`` in brackets (rule A290: ``the Ghana
        Cocoa Board (COCOBOD), Dr Kwabena Asante-Boateng``); None if there is none."""
        occurrences, text = self.occurrences, self.text
        end, j = occurrences[k].end, k + 1
        if (
            j < len(occurrences)
            and text.startswith(" (", end)
            and occurrences[j].start == end + 2
            and text.startswith(")", occurrences[j].end)
        ):
            end, j = occurrences[j].end + 1, j + 1
        if j >= len(occurrences) or not text.startswith(", ", end):
            return None
        titles = text[end + 2 : occurrences[j].start].split()
        return j if all(w in self.lex.titles for w in titles) else None

    def body_with_words(self, at: int, words: Sequence[str]) -> str | None:
        """The nearest organisation named before ``at`` with every word of the lower-case
        description ``words`` in its name (rule A295: "the central bank" -> "Central
        Bank of Sri Lanka"); None when there is none."""
        wanted = {w.capitalize() for w in words}
        hi = bisect.bisect_left(self._starts, at)
        lo = bisect.bisect_left(self._starts, at - _WINDOW)
        for k in range(hi - 1, lo - 1, -1):
            occ = self.occurrences[k]
            if occ.is_org and occ.end <= at and wanted <= occ.words:
                return self._organisation_name(k)
        return None

    def resolve_organisation(self, at: int, role: str) -> str | None:
        """The organisation ``the ministry`` or ``the company`` at ``at`` stands for: the
        nearest organisation named before it with the role in its name (``Ministry of
        Health``) or, for a word naming a business (``company``, ``firm``), the nearest
        organisation, or subject no person bears (no gender, no title, no known given
        name: ``Shell said``) before it; None when there is none (rule A132)."""
        word = role.capitalize()
        business = role in _BUSINESS_NOUNS
        generic = role in BODY_NOUNS
        named_as = _NAMED_AS.get(role, frozenset())  # (rule A1183)
        given = self.lex.given_names
        hi = bisect.bisect_left(self._starts, at)
        lo = bisect.bisect_left(self._starts, at - _WINDOW)
        # rule A282: a name right after the noun ("the group Lawyers for Civil Liberties
        # Thailand"), unless a body is named nearer
        window = max(0, at - _WINDOW)
        before = self.text[window:at]  # (for a quick test of the noun first)
        given_as = (
            last_match(_noun_named(role), self.text, window, at) if f" {role} " in before else None
        )
        nearest: str | None = None  # (rule A726: the nearest body, for a generic noun)
        for k in range(hi - 1, lo - 1, -1):
            occ = self.occurrences[k]
            if given_as is not None and occ.start < given_as.start(1):
                break
            if occ.end > at or self._dateline(occ):
                continue
            if not occ.is_org and (owner := self._body_of_words(k)) is not None:
                # rule A494: words of a body's "of" or "for" phrase are the body's name
                # ("The Centre for Human Rights and Democracy said ... the group said")
                k, occ = owner, self.occurrences[owner]
            if (
                occ.is_org
                and (
                    word in occ.words
                    # rule A790: or its plural ("Congress of Trade Unions": "the union")
                    or f"{word}s" in occ.words
                    # rule A1183: or a word for that kind of body ("Manitoba RCMP said
                    # ... The force said")
                    or not named_as.isdisjoint(occ.words)
                    or self._apposed.get(occ.name) == role
                )
                # (rule A596: not the noun alone before a spokesperson's noun, "a
                # Commission spokesperson", which names no body but the one it points to)
                and not (occ.parts == (word,) and self.text.startswith(" spokes", occ.end))
            ):
                # (rule A465: or set beside that noun, "X, a coalition of ..., said")
                return self._organisation_name(k)
            if generic and at - occ.end <= _BUSINESS_REACH and not occ.is_org:
                # rule A687: or a body's acronym alone, named so ("OCHA said ... the
                # agency said"; not "CO2")
                if (
                    nearest is None
                    and len(occ.parts) == 1
                    and _ACRONYM.fullmatch(occ.parts[0])
                    and not self.text[occ.end : occ.end + 1].isdigit()
                    # (rule A724: nor a time zone, "5:50 p.m. PT —")
                    and _CLOCK_BEFORE.search(self.text, max(0, occ.start - 6), occ.start) is None
                    and self._canonical_of(k) == occ.parts[0]
                ):
                    return occ.parts[0]
                continue
            if occ.is_org and generic and at - occ.end <= _BUSINESS_REACH:
                if (
                    occ.parts[-1] not in _COURTS
                    and nearest is None
                    # rule A1105: nor a body named beside a business's noun ("the law
                    # firm Hanbit" is not "the agency")
                    and self._apposed.get(occ.name) not in _BUSINESS_NOUNS
                ):
                    # rule A726: unless a body with the noun in its name comes before it
                    # ("The Zambia Environmental Management Agency ... served Nkana Basin
                    # Smelting Ltd with a notice. ... the agency said")
                    nearest = self._organisation_name(k)
                continue
            if not business or at - occ.end > _BUSINESS_REACH:
                continue
            if occ.is_org:
                last = occ.parts[-1]
                if last not in _PUBLIC and last not in _NOT_STOOD_FOR.get(role, ()):
                    return self._organisation_name(k)
                continue
            name = self._canonical_of(k)
            if not (
                occ.titled
                or name in self.genders
                or name.split(" ", 1)[0] in given
                # rule A1055: nor a person's surname alone, named before in full ("Mersey
                # Athletic confirmed Okoro had been ... The club added")
                or (len(occ.parts) == 1 and " " in name and name.endswith(f" {occ.parts[0]}"))
                or self._group(occ)
                or not (self.context(occ).subject or self._business_named(occ, at))
                # rule A576: nor a name qualifying a noun after "the" ("the Yanacancha
                # mine, denied"): a place's or a thing's, not the business's
                or self._attributive(occ)
                # rule A954: nor a unit after a number ("2.3 billion CFA francs")
                or _AFTER_NUMBER.search(self.text, max(0, occ.start - 12), occ.start) is not None
                # rule A993: nor a name in a list of examples ("properties in the east of
                # the city, including Evington, Humberstone and Hamilton, had")
                or _LISTED_EXAMPLE.search(self.text, max(0, occ.start - 80), occ.start) is not None
                # rule A1022: nor a place after "in" ("plants in Hsinchu and Tainan")
                or _IN_PLACES.search(self.text, max(0, occ.start - 80), occ.start) is not None
                # rule A1029: nor a ship ("the MV Glen Ardtornish")
                or occ.parts[0] in _SHIP_PREFIXES
                # rule A1307: nor the medium of a post ("In a post on X, the operator
                # wrote")
                or _MEDIUM_BEFORE.search(self.text, max(0, occ.start - 5), occ.start) is not None
                # a lone word only ever opening sentences, not speaking ("Comparable
                # sales fell"; but "Brightmart said", and rule A1257: a word with a
                # capital inside, a brand's, "TotalEnergies, for its part, remains")
                or (
                    len(occ.parts) == 1
                    and not occ.speaks
                    and not self.written_mid_sentence(occ.parts[0])
                    and _INNER_CAPITAL.search(occ.parts[0]) is None
                )
            ):
                return name
        if nearest is not None:
            return nearest
        # rule A224: a body whose name opens with a word read alone as no name ("the
        # Council on Ethics", "Council" being also a title word): found in the text
        named = last_match(_joined_body(word), self.text, window, at)
        if named and named.group(2).split()[0] not in self.lex.nonnames:
            return named.group(1)
        # rule A278: a name before the noun in lower case ("the ultra-Orthodox Shlomei
        # Emunim party" for "the party")
        named_before = (
            last_match(_named_noun(role), self.text, window, at) if f" {role}" in before else None
        )
        for found in (given_as, named_before):
            if found is None:
                continue
            name = found.group(1)
            if found is named_before and name.endswith(("'s", "’s")):
                # rule A1079: a body its owner names ("Russia's embassy in Vilnius ...
                # the embassy said"): the body as written, with where it is
                seat = _SEAT.match(self.text, found.end())
                if seat is None or seat.group(1) in self.lex.nonnames:  # ("in March")
                    return self.text[found.start(1) : found.end()]
                return self.text[found.start(1) : seat.end()]
            words = name.split()
            if words[0] not in self.lex.nonnames and not all(
                w in self.lex.demonyms or w in self.lex.title_words for w in words
            ):
                return name
        return None

    def witness_before(self, at: int) -> str | None:
        """The person ``the witness`` at ``at`` stands for (rule A1258): the nearest person
        named in full before it as a subject, within ``_WITNESS_REACH``, who is said
        somewhere to speak, opens no list of names, and whom no occurrence sets beside a
        lawyer's or a judge's word ("defence counsel Morag Sinclair KC", "Nimbus's lead
        trial lawyer, Caroline Ashby"): those put the questions the witness answers.
        None when there is no such person."""
        hi = bisect.bisect_left(self._starts, at)
        for k in range(hi - 1, -1, -1):
            occ = self.occurrences[k]
            if at - occ.end > _WITNESS_REACH:
                break
            if occ.is_org or occ.end > at or not self.context(occ).subject:
                continue
            name = self._canonical_of(k)
            if " " not in name or self.lex.is_place(name):
                continue  # (a witness is named in full: not "Cheshire", "Kalamata")
            if _NAME_LISTED_NEXT.match(self.text, occ.end) is not None:
                continue  # (nor one of a list, "The three accused, Rohan Wijeratne, ...")
            same = [
                other
                for other in self._by_word[occ.parts[-1]]
                if other.start < at
                and self._canonical_of(bisect.bisect_left(self._starts, other.start)) == name
            ]
            if any(self._counsel(other) for other in same):
                continue
            if any(self.context(other).speaks for other in same):
                return name
        return None

    def _counsel(self, occ: NameOccurrence) -> bool:
        """Whether a lawyer's or a judge's word stands right before ``occ`` or a
        lawyer's letters or a lawyer's role after it (``KC``, ``QC``, ``, defending``)."""
        return (
            _COUNSEL_BEFORE.search(self.text, max(0, occ.start - _COUNSEL_REACH), occ.start)
            is not None
            or _COUNSEL_AFTER.match(self.text, occ.end) is not None
        )

    def impersonal(self, canonical: str) -> bool:
        """Whether no person bears the name ``canonical``: no occurrence of it has a
        title or gender, and it opens with no known given name (``Oakvale Homes``)."""
        if canonical in self.genders or canonical.split(" ", 1)[0] in self.lex.given_names:
            return False
        return not any(occ.titled for occ in self._by_word.get(canonical.rsplit(" ", 1)[-1], ()))

    def body_named(self, words: Sequence[str], at: int) -> str | None:
        """The organisation named before ``at`` whose name ends with ``words`` written in
        lower case, and has more words (``the hurricane center`` -> ``National Hurricane
        Center``: rule A208); None when there is none."""
        low = [w.lower() for w in words]
        for occ in reversed(self._by_word.get(words[-1].capitalize(), ())):
            if (
                occ.end <= at
                and occ.is_org
                and len(occ.parts) > len(low)
                and [p.lower() for p in occ.parts[-len(low) :]] == low
            ):
                return self._organisation_name(bisect.bisect_left(self._starts, occ.start))
        return None

    def described_body(self, at: int, role: str) -> str | None:
        """The last body before ``at`` described in lower case with the role noun
        ``role`` as its head: ``the ministry`` after ``Marvania's defence ministry said``
        (rule A198); None when there is none."""
        found = [*_described_body(role).finditer(self.text, max(0, at - _WINDOW), at)]
        if not found:
            return None
        apposed: str | None = found[-1].group(1)
        if apposed:
            return apposed
        words = [w for w in found[-1].group().split() if w.lower() not in ("the", "a", "an")]
        if (
            len(words) > 2
            and all(w[:1].isupper() for w in words[:-1])
            and not self.lex.is_place(" ".join(words[:-1]))  # ("Baton Rouge newspaper")
        ):
            # rule A723: a named body's office is that body ("The National Weather Service
            # office in Norman has issued ... the office posted")
            return " ".join(words[:-1])
        return " ".join(words)

    def _dateline(self, occ: NameOccurrence) -> bool:
        """Whether ``occ`` is part of a dateline: its agency in brackets (``(Reuters)``)
        or its place in capitals opening a paragraph (``NAIROBI, Kenya (AP) -``)."""
        if self.text[occ.start - 1 : occ.start] == "(":
            return True
        return self.dateline_place(occ.start, occ.end)

    def dateline_place(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a dateline's place in capitals opening a
        paragraph (``NAIROBI, Kenya (AP) -``, ``DODOMA, Tanzania -``)."""
        text = self.text
        opening = text[text.rfind("\n", 0, start) + 1 : start]
        return (
            # (rule A426: or after another place and a slash, "MEXICO CITY/McALLEN,")
            (
                not opening
                or opening == "THE "  # (rule A472: "THE HAGUE -")
                or (opening.endswith("/") and _in_capitals(opening[:-1]))
            )
            and _in_capitals(text[start:end])
            and _DATELINE_REST.match(text, end) is not None
        )

    def _body_of_words(self, index: int) -> int | None:
        """The index of the organisation whose "of", "for" or "on" phrase holds the
        name occurrence at ``index`` ("Human Rights", "Democracy" in "Centre for Human
        Rights and Democracy"): rule A494; None when there is none."""
        occ = self.occurrences[index]
        for j in range(index - 1, max(-1, index - 4), -1):
            body = self.occurrences[j]
            if body.is_org:
                after = _OF_NAME.match(self.text, body.end)
                return j if after is not None and after.end() >= occ.end else None
        return None

    def spelled_out(self, acronym: str, at: int) -> str | None:
        """The body named before ``at`` whose capitalised words' initials spell
        ``acronym`` ("United Nations" for "UN" and "U.N.": rule A890); None when none
        is."""
        letters = acronym.replace(".", "")
        if not _ACRONYM.fullmatch(letters):
            return None
        for k in range(bisect.bisect_left(self._starts, at) - 1, -1, -1):
            occ = self.occurrences[k]
            if (
                occ.is_org
                and len(occ.parts) == len(letters)
                and "".join(p[0] for p in occ.parts) == letters
            ):
                return self._organisation_name(k)
        return None

    def _joined_before(self, end: int) -> regex.Match[str] | None:
        """The capitalised words and "and" right before ``end`` that open a body's name
        (rule A222: "Garment Manufacturers and | Exporters Council"), not a body of its
        own joined to another ("the Times and | Washington Post"); None otherwise."""
        joined = _NAME_AND.search(self.text, max(0, end - _NAME_OF_REACH), end)
        if joined is None or joined.group().split()[-2] in self.lex.org_words:
            return None
        return joined

    def _organisation_name(self, index: int) -> str:
        """The canonical name of the organisation at ``index``, with the ``of`` phrase
        written after it (``Ministry`` + ``of Health``)."""
        occ = self.occurrences[index]
        name = self._canonical_of(index)
        after = _OF_NAME.match(self.text, occ.end)
        # (rule A712: "of the" too, "Federation of the Swiss Watch Industry")
        first = after.group().split()[1:3] if after is not None else []
        if after is not None and not (
            # rule A224: "Council on Ethics", not "Council on Tuesday"
            after.group(1) == "on" and first[first[0] == "the"] in self.lex.nonnames
        ):
            rest = after.group()
            if "," in rest and any(
                w in self.lex.places or w in self.lex.given_names or w in self.lex.titles
                for w in rest.replace(",", " ").split()
            ):
                rest = rest[: rest.index(",")]  # a list of places or people follows
            return f"{name}{rest}"
        reach = max(0, occ.start - _NAME_OF_REACH)
        before = _NAME_OF.search(self.text, reach, occ.start)
        if before is not None:
            named = [w for w in before.group().split() if w not in ("of", "for", "the")]
            if named[-1] not in self.lex.org_words and any(
                w in self.lex.given_names for w in named
            ):
                # rule A1183: a person of the body is not part of its name ("Detective
                # Superintendent Claire Ingham of | West Yorkshire Police")
                return name
        if before is None:
            before = self._joined_before(occ.start)  # rule A222
        if before is not None:
            words = before.group().split()
            # (and a plural possessor before it: "Citizens’ | Platform for the Republic")
            owner = _POSSESSOR.search(
                self.text, max(0, before.start() - _NAME_OF_REACH), before.start()
            )
            if owner is not None and words[0] not in self.lex.nonnames:
                owned = owner.group().split()
                if body_possessor(owned[-2] if len(owned) > 1 else "", owned[-1], self.lex):
                    words = owned + words
        else:
            # rule A197: "General Food Workers' | Union", "St. Brendan’s | Medical Center"
            found = _POSSESSOR.search(self.text, reach, occ.start)
            if found is None:
                return name
            words = found.group().split()
            title = words[-1][:-2]  # (the possessor without its "'s")
            if not (
                body_possessor(words[-2] if len(words) > 1 else "", words[-1], self.lex)
                # rule A701: or an office's title ("the Prime Minister’s | Office"), as
                # the mention reads it (rule A167)
                or title in self.lex.titles
                or title in self.lex.title_words
            ):
                return name
            joined = self._joined_before(found.start())
            if joined is not None:
                # rule A1140: and the words joined before it by "and", as before a body's
                # word (A222: "the Dock and | Harbour Workers' | Union")
                words = joined.group().split() + words
        while len(words) > 1 and words[0] in self.lex.nonnames:  # "The"
            del words[0]
        return f"{' '.join(words)} {name}"

    # -- pronouns -----------------------------------------------------------------------

    def first_holder(
        self, start: int, end: int, role: str, modifiers: Sequence[str] = ()
    ) -> str | None:
        """The first person named between ``start`` and ``end`` with the role ``role``
        written before the name or apposed after it ("Coroner Helen Maitland-Rua",
        "Margarethe Lindqvist, the UN envoy,": rule A493), and with each of the words
        ``modifiers`` written near the name after ``start`` (rule A1248); None when there is
        none."""
        forms = _role_forms(role)
        for k in range(bisect.bisect_left(self._starts, start), len(self.occurrences)):
            occ = self.occurrences[k]
            if occ.start >= end:
                break
            if occ.is_org:
                continue
            described = self._written_before(k).lower()
            if (
                any(_describes(described, f) for f in forms) or self._apposed_role(occ.end, forms)
            ) and all(
                word
                in self.text[
                    max(start, occ.start - _MODIFIERS_REACH) : occ.end + _MODIFIERS_REACH
                ].lower()
                for word in modifiers
            ):
                return self._canonical_of(k)
        return None

    def introduced_at(self, start: int, *, bare: bool = False) -> str | None:
        """The person whose name opens the paragraph at ``start`` with an age, a
        relative clause or a description after it, named nowhere before (rule A806:
        "Thandeka Mahlangu, who headed the department, ..." after a lede that only
        describes her); with ``bare``, a full name before an auxiliary (rule A879:
        "Robin Kerr was responding to ..."); None otherwise."""
        k = bisect.bisect_left(self._starts, start)
        if k == len(self.occurrences):
            return None
        occ = self.occurrences[k]
        end = occ.end
        if bare:
            if (
                occ.start != start
                or occ.is_org
                or len(occ.parts) < 2
                or not _AUXILIARY_AFTER.match(self.text, end)
            ):
                return None
            name = self._canonical_of(k)
            return None if any(self._canonical_of(j) == name for j in range(k)) else name
        if (age := _BRACKETED_AGE.match(self.text, end)) is not None:
            end = age.end()  # rule A832: an age in brackets first, "Seán Halloran (71),"
        if occ.start != start or occ.is_org or not self.text.startswith(",", end):
            return None
        if not (
            age is not None or _AGE_OR_WHO.match(self.text, end) or self._described_person(end)
        ):
            return None
        name = self._canonical_of(k)
        return None if any(self._canonical_of(j) == name for j in range(k)) else name

    def _first_introduced(self, k: int, name: str) -> bool:
        """Whether occurrence ``k`` (of ``name``) is the name's first, with an age, a
        relative clause or a description of a person in apposition after it."""
        occ = self.occurrences[k]
        if self._kin_before(occ.start):
            return False  # (not a relative of the subject's: "his late father, Ray, who")
        end = self._past_postnominals(occ.end)
        if not (_AGE_OR_WHO.match(self.text, end) or self._described_person(end)):
            return False
        for j in range(k - 1, -1, -1):
            before = self.occurrences[j]
            if any(self.text.find(stop, before.end, occ.start) >= 0 for stop in _SENTENCE_ENDS):
                break
            if self.context(before).subject and before.main and not before.is_org:
                return False  # (not after the sentence's subject: "Captain Josh Hargreaves
                # ... dedicated the win to the club's late chairman, Geoff Ashworth, who")
        return not any(self._canonical_of(j) == name for j in range(k))

    def next_speaker(self, start: int, end: int) -> str | None:
        """The first person named between ``start`` and ``end`` as the main subject of a
        reporting verb (rule A168); None when there is none."""
        for k in range(bisect.bisect_left(self._starts, start), len(self.occurrences)):
            occ = self.occurrences[k]
            if occ.start >= end:
                break
            if (
                not occ.is_org
                and self.context(occ).subject
                and occ.speaks
                # (or the one a quotation is given to right after it, past titles:
                # '"...," National Police Commissioner Karin Ljungqvist told', rule A355)
                and (
                    occ.main
                    or _AFTER_QUOTE_TITLES.search(self.text, max(0, occ.start - 60), occ.start)
                )
            ):
                return self._canonical_of(k)
        return None

    def name_ending_at(self, end: int) -> str | None:
        """The canonical name of the name ending at ``end``, not a body's; None when
        none ends there."""
        k = bisect.bisect_left(self._starts, end) - 1
        while k >= 0 and self.occurrences[k].end > end:
            k -= 1
        if k < 0 or self.occurrences[k].end != end or self.occurrences[k].is_org:
            return None
        return self._canonical_of(k)

    def _indices_between(self, start: int, end: int) -> range:
        """The indices of the occurrences that start between ``start`` and ``end``."""
        return range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end))

    def subjects_between(self, start: int, end: int) -> set[str]:
        """The canonical names of those named between ``start`` and ``end`` as the
        subject of a verb."""
        return {
            self._canonical_of(k)
            for k in self._indices_between(start, end)
            if self.context(self.occurrences[k]).subject
        }

    def person_between(self, start: int, end: int) -> bool:
        """Whether someone who may be a person is named between ``start`` and ``end``:
        not a body, nor a place (``in Flensburg``, a name no person is known to bear
        after ``in``, ``at`` or ``from``)."""
        return any(self._maybe_person(k) for k in self._indices_between(start, end))

    def people_between(self, start: int, end: int) -> set[str]:
        """The canonical names of those named between ``start`` and ``end`` who may be
        people, as :meth:`person_between` counts them (rule A1066)."""
        return {
            self._canonical_of(k)
            for k in self._indices_between(start, end)
            if self._maybe_person(k)
        }

    def _maybe_person(self, k: int) -> bool:
        """Whether occurrence ``k`` may name a person: not a body, nor a place (a name
        no person is known to bear after ``in``, ``at`` or ``from``), nor an outlet told
        something (rule A1142: such a name after ``told``, "told NewsWire that")."""
        occ = self.occurrences[k]
        return not occ.is_org and not (
            self.text.endswith((" in ", " at ", " from ", " told "), 0, occ.start)
            and self.impersonal(self._canonical_of(k))
        )

    def agents_between(self, start: int, end: int) -> set[str]:
        """The canonical names of the people named between ``start`` and ``end`` as the
        agent of a passive verb, after ``by`` and role words in lower case ("The damage
        was done by seamer Arjun Deshmukh": rule A715), or as the subject of a clause of
        time ("When Mary Kamau went to pay the rates": rule A722)."""
        return {
            self._canonical_of(k)
            for k in self._indices_between(start, end)
            if not self.occurrences[k].is_org
            and _AGENT_BEFORE.search(
                self.text,
                max(0, self.occurrences[k].start - _AGENT_REACH),
                self.occurrences[k].start,
            )
        }

    def _reporter_spoke_to(self, occ: NameOccurrence) -> bool:
        """Whether ``occ`` names the one a reporter spoke to or interviewed, the reporter
        written before the verb in its paragraph (rule A884)."""
        reach = max(0, occ.start - _SPOKEN_TO_REACH)
        before = self.text[reach : occ.start]
        if "to " not in before and "with " not in before and "viewed " not in before:
            return False  # (the cheap test first)
        spoken = _SPOKEN_TO.search(self.text, reach, occ.start)
        return spoken is not None and (
            self.reporter_before(spoken.start()) or self._named_reporter(spoken.start())
        )

    def _named_reporter(self, at: int) -> bool:
        """Whether the name right before the verb at ``at`` is one the document gives
        as a reporter's ("Our reporter Clodagh Nolan ..." before "Clodagh has been
        speaking to X"): rule A1091."""
        k = bisect.bisect_left(self._starts, at) - 1
        if k < 0 or at - self.occurrences[k].end > _SPOKEN_TO_REACH:
            return False
        name = self._canonical_of(k)
        return any(
            _REPORTER.search(self.text, max(0, occ.start - _SPOKEN_TO_REACH), occ.start)
            for j, occ in enumerate(self.occurrences[: k + 1])
            if self._canonical_of(j) == name
        )

    def reporter_before(self, at: int) -> bool:
        """Whether a reporter is written before ``at`` in its paragraph ("Our
        correspondent ...") or the writer right before it ("We", "I"): rule A884."""
        return bool(_REPORTER.search(self.text, self.text.rfind("\n", 0, at) + 1, at))

    def interviewee(self, start: int, end: int, gender: str | None) -> str | None:
        """The canonical name of the person a reporter spoke to between ``start`` and
        ``end`` (rule A884: "Aydan spoke to Mihai Popescu, 61, ... "...," he said"), not
        known to be of the other gender than ``gender``; None when there is none."""
        for k in range(bisect.bisect_left(self._starts, start), len(self.occurrences)):
            occ = self.occurrences[k]
            if occ.end > end:
                break
            if occ.is_org or not self._reporter_spoke_to(occ):
                continue
            name = self._canonical_of(k)
            known = self.genders.get(name) or occ.gender
            return name if gender is None or known in (None, gender) else None
        return None

    def speaker_at(self, start: int, end: int, gender: str | None) -> str | None:
        """The canonical name of the person named between ``start`` and ``end`` when
        that name is the subject of a main clause, and not known to be of the other
        gender than ``gender`` (any gender when None); None otherwise."""
        k = bisect.bisect_left(self._starts, start)
        if k == len(self.occurrences) or self.occurrences[k].end > end:
            return None
        occ = self.context(self.occurrences[k])
        if (
            k + 1 < len(self.occurrences)
            and self.occurrences[k + 1].start == occ.end + 2
            and self.text.startswith(", ", occ.end)
            and self._unlisted_title(self.occurrences[k + 1], occ.end)
        ):
            # rule A556: the person named in apposition after a title no list holds
            # ("The Ceann Comhairle, Fergal Tierney, intervened")
            k += 1
            occ = self.context(self.occurrences[k])
        if occ.is_org or not (occ.main and occ.subject):
            return None
        name = self._canonical_of(k)
        if gender is not None and name in self._org_names:
            return None  # rule A1088: a word of a body's name ("Nordavia shares rose")
        known = self.genders.get(name) or occ.gender
        return name if gender is None or known in (None, gender) else None

    def resolve(self, at: int, *, gender: str | None, other_than: str | None = None) -> str | None:
        """The most salient person of a compatible gender named before ``at`` (for a
        pronoun there), other than ``other_than``; None when there is none."""
        hi = bisect.bisect_left(self._starts, at)
        lo = bisect.bisect_left(self._starts, at - _WINDOW)
        scores: dict[str, float] = {}
        best = -math.inf  # the highest score so far: the winner's is at least that
        last_pos = self._last_speaker[0] if self._last_speaker is not None else at
        newer_speaker = False  # someone else reported speaking since the last speaker
        for k in range(hi - 1, lo - 1, -1):
            occ = self.occurrences[k]
            if occ.end > at or occ.is_org:
                continue
            if -(at - occ.end) / _DISTANCE_SCALE + _MOST_BONUS < best:
                # no name this far back, or farther (names come in text order), can
                # score as high even with every bonus: none can change the outcome
                break
            name = self._canonical_of(k)
            known = self.genders.get(name) or occ.gender
            if (gender and known and known != gender) or name == other_than:
                continue
            if gender and name in self._org_names:
                continue  # rule A671: a body's short name ("Solent Link"), no "she"
            if gender and len(occ.parts) == 1 and _ACRONYM.fullmatch(name):
                continue  # rule A1039: nor an acronym ("FEMA said ... "...," she said")
            self.context(occ)  # only now: most names are of the other gender
            if (
                self._lone_word(occ, name)
                or self._peerage(occ)
                or (gender and self._group(occ))
                or (gender and self._named_thing(occ, name))
            ):
                continue
            score = -(at - occ.end) / _DISTANCE_SCALE
            if occ.subject:
                score += _SUBJECT_BONUS if occ.main else _SUBJECT_BONUS / 2
            if occ.speaks:
                score += _SPEAKS_BONUS
            if occ.object:
                score -= _OBJECT_PENALTY
            if gender and known == gender:
                score += _GENDER_BONUS
            if (
                occ.start > last_pos
                and occ.subject
                and (occ.speaks or occ.main)
                # (of either gender for a word of none: "the Spaniard", rule A161)
                # (or of no known gender, as a main clause's subject: rule A324)
                and (known == gender or (known is None and occ.main) if gender else True)
            ):
                newer_speaker = newer_speaker or name != self._last_speaker[1]  # type: ignore[index]
            elif (
                gender
                and known == gender
                and occ.start > last_pos
                and self.text.find("\n", occ.end, at) < 0
                and self._first_introduced(k, name)
            ):
                # rule A1202: a person of the pronoun's gender introduced in its paragraph
                # after the last speaker, with an age, a relative clause or a description
                # ("came from Magistrate Terry Hupp, who argued ... "...," he said"),
                # takes over from the last speaker and scores as a subject
                newer_speaker = newer_speaker or name != self._last_speaker[1]  # type: ignore[index]
                if not occ.subject:
                    score += _SUBJECT_BONUS
            if score > scores.get(name, -1e9):
                scores[name] = score
                best = max(best, score)
        if self._last_speaker is not None and not newer_speaker:
            # rule A144: the last speaker stays salient until someone else known to be
            # of the same gender is reported speaking ("The neighbour, Robert Quill,
            # said he ...")
            pos, name = self._last_speaker
            known = self.genders.get(name)
            if name in scores and at - pos < _WINDOW and not (gender and known and known != gender):
                scores[name] += _LAST_SPEAKER_BONUS
        if not scores:
            return None
        return max(scores.items(), key=lambda kv: kv[1])[0]


def _occ_start(occ: NameOccurrence) -> int:
    return occ.start
