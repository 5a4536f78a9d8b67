"""Mentions of possible speakers, found without a statistical model.

A *name* is a run of capitalised words, with particles (``van der``, ``bin``), hyphenated
parts (``Son-hui``), initials (``J.K.``) and suffixes (``Jr.``). Titles, honorifics and
nationality words at its front are kept apart as its role (``Russian Foreign Minister
Sergey Lavrov`` -> name ``Sergey Lavrov``, role ``Russian Foreign Minister``); words that
only start sentences (``The``, ``During``) are dropped. A *nominal* is a role noun with
its determiner (``the minister``, ``a White House spokeswoman``); a *pronoun* is a
personal pronoun.

``mention_before`` and ``mention_after`` read the mention that ends just before, or
starts just after, a reporting verb in a paragraph's tokens.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from quoteattr.cues import Lexicon
from quoteattr.model import Mention
from quoteattr.normalise import word_list
from quoteattr.tokens import Token

__all__ = [
    "ADVERBS",
    "PREPOSITIONS",
    "SUBJECT_PRONOUNS",
    "NameParts",
    "body_possessor",
    "mention_after",
    "mention_before",
    "portfolio_words",
    "possessive",
    "split_name",
]

PARTICLES: Final = frozenset(
    """van von der den ten ter de des del della delle degli dei dela delos los las di da do dos
    das du la le zu bin ibn al el ben abu st ul ur ud ap ab binti bint arap ole i y na anak
    es""".split()
)  # (rule A346: "i" and "y" join two surnames, "Jordi Ferrer i Casals", "Ortega y Gasset";
# rule A908: "do", "Jorginho do Cavaco", "Rio Grande do Sul"; rule A967: the Gaelic
# article inside a body's name, "Bòrd na Gàidhlig", "Conradh na Gaeilge"; rule A1250:
# the Iban "anak", child of, "Jawing anak Lunyan", and "es" of "Dar es Salaam")
SUFFIXES: Final = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Words that end the name of a street, no speaker (rule A151).
STREET_WORDS: Final = frozenset(
    """Street St. Avenue Ave. Road Rd. Boulevard Blvd. Lane Drive Highway Square
    Canal Reservoir Tunnel Motorway Expressway Freeway Causeway""".split()
)  # (rule A952: and other works a name ends with, "the King Abdullah Canal")
# Words opening the name of a street or a square, in the languages of its country
# ("Plaza San Martín", "Piazza Navona"): rule A777.
STREET_OPENERS: Final = frozenset("Plaza Piazza Avenida Calle Rua Rue Praça Largo".split())
# Endings of a hyphened participle before a name, no part of it: "Boston-based
# Veridian", "London-born Sadiq Khan", "Kremlin-backed Ivan Petrov" (rule A257).
_MODIFIER_ENDINGS: Final = tuple(
    f"-{participle}"
    for participle in """based born bred listed headquartered registered led backed owned
    funded run made year-old placed seeded ranked""".split()
)  # (rule A753: "Seventeen-year-old Ana Kowalski"; rule A928: "Third-placed X")
# Months: before a day number, a date ("June 3", "Jan. 22": rule A256).
MONTHS: Final = word_list("months.txt")
KIN_NOUNS: Final = word_list("kin_nouns.txt")  # (rule A547)
# Letters written after a name that are no part of it: honours, silk, seats (rule A151).
# (rule A614: SAN, Senior Advocate of Nigeria; MLC, MNA, MHA: members of a legislature;
# rule A1200: MHK, a member of the House of Keys, and Australian, New Zealand and
# Commonwealth honours, "Lawrie Cregeen MHK", "Dr Rosalind Vettoretti OAM")
POSTNOMINALS: Final = frozenset(
    """KC QC SC SAN PC BL TD MP MLA MLC MNA MHA MHK MEP MSP MS MPP OBE MBE CBE KBE DBE OAM AO
    ONZM MNZM CNZM KNZM DNZM QSO QSM CMG KCMG GCMG""".split()
)
NAME_PREFIXES: Final = frozenset({"al", "el"})
# Words that may sit between a subject and its verb: "Lavrov later said".
ADVERBS: Final = frozenset(
    """also later then again further previously once recently first finally simply just
    still quickly immediately repeatedly reportedly has had have was is were are will would
    could can cannot may might must should did does do not never ultimately flatly bluntly
    quietly angrily calmly confidently publicly privately openly jokingly tearfully
    often frequently sometimes even only already eventually long always consistently
    widely generally initially
    nonetheless nevertheless meanwhile separately subsequently promptly swiftly strongly
    sharply loudly vehemently formally officially explicitly specifically directly
    personally categorically firmly emphatically
    """.split()  # (rule A496: the last three lines)
)
_DETERMINERS: Final = frozenset(
    "the a an one another this that these those his her their its our my some two three "
    "several many other former".split()
)
_ARTICLES: Final = frozenset("the a an his her their its our my".split())
_ARTICLES_OPENING: Final = frozenset({"a", "an", "the"})
_ARTICLES_SINGULAR: Final = frozenset({"a", "an"})
# (rule A519: "Its Ranking Member ...")
_POSSESSIVE_DETERMINERS: Final = _ARTICLES - _ARTICLES_OPENING - {"my"}
# Determiners of a singular noun alone: before a plural, "that" opens a relative clause.
_SINGULAR_ONLY: Final = frozenset({"that", "this", "another"})
_CURRENCY_SIGNS: Final = frozenset("$£€¥₹")  # before a sum in a description (rule A1107)
# Determiners that stand for an unnamed person alone: "said another", "one said".
_ALONE: Final = frozenset({"another", "one"})
# Conjunctions that may open a sentence before its subject (rules A697, A699)
OPENING_CONJUNCTIONS: Final = frozenset({"But", "And", "Yet", "So"})
# Words that join the parts of an organisation's name: "Bank of England", "Harlow & Finch".
_JOINERS: Final = frozenset({"of", "for"})
_OWNING_DETERMINERS: Final = frozenset(
    {"the", "his", "her", "their", "its", "my", "our", "your"}
)  # (A704, A1297)
_OF_OWNING: Final = _OWNING_DETERMINERS | {"of"}  # (rule A760)
# Nouns for a group that its people after "of" describe (rule A710: "a group of 400
# doctors", "a coalition of NGOs"), and the words read for them.
_GROUP_NOUNS: Final = frozenset(
    "group coalition alliance delegation handful band contingent cohort collective".split()
    # rule A1172: and a body's nouns ("the national council of rectors described")
    + "association federation council committee union league network panel".split()
)
_GROUP_REACH: Final = 5
# Nouns of people that after "the" are numbers (rule A1198: "a senior party figure", not
# "the figures showed")
_COUNT_NOUNS: Final = frozenset({"figure", "figures"})
_ORDINALS: Final = frozenset("First Second Third Fourth Fifth".split())  # (rule A732)
# A dash closing a dateline or a live page's time ("BEIJING —", "08:47 —": rules A509,
# A691, A729).
LINE_DASHES: Final = frozenset({"-", "--", "—", "–", "―"})
# A live page's time opening an entry, its zone and a colon ("15:35", "3.35pm:", "09:35
# GMT"): rule A945.
LIVE_PAGE_TIME: Final = re.compile(
    r"\d{1,2}[.:]\d{2}(?: ?[ap]\.?m\.?)?"
    r"(?: (?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|CT|MT))?:?(?= |\Z)",
    re.IGNORECASE,
)
# Titles that are also a name's initials: a title only after a capitalised word of the
# same name ("Labour MS Catrin Elwyn"), not opening it ("captain MS Dhanraj": rule A817)
INITIALS_TITLES: Final = frozenset({"MS"})
_DATELINE_WORDS: Final = 6
# Title words that qualify a person's title, no portfolio (rule A725: "Former Scotland
# international X" is no department).
_TITLE_MODIFIERS: Final = frozenset(
    "Former Ex Acting Interim Deputy Junior Senior Vice Assistant Chief Associate Principal "
    "Retired Then Late Shadow".split()
)
# Honorifics that a name follows (rule A721).
NAME_HONORIFICS: Final = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Mx. Dr Dr.".split())
_RUN_BODY_JOINERS: Final = frozenset({"for", "on", "&"})  # (rules A524, A728)
_PLACE_AFTER_ROLE: Final = frozenset({"near", "outside", "inside", "around"})  # (A912)
_LOCAL_BODIES: Final = frozenset(
    {"City", "Shire", "Borough", "Town", "Port", "Isle", "Isles"}
)  # (A714, A896, A1109)
# The last word of a place's name (rule A1213: "Marion County", "Carson City").
_PLACE_ENDINGS: Final = _LOCAL_BODIES | frozenset(
    {"County", "Parish", "Township", "District", "Province", "Prefecture", "Valley", "Island"}
)
_BODY_JOINERS: Final = _JOINERS | {"on"}  # inside a body's name: "Council on Ethics" (A523)
_LIST_MARKS: Final = frozenset({",", "and"})  # inside a body's listed complement (A419)
_MAX_BODY_RUN: Final = 6  # tokens read back through a body's name for its word (A356)
# rule A339: "the senator representing Kebbi South, Sen. X,"
_REPRESENTING: Final = frozenset({"representing"})
_ROLE_PREFIXES: Final = frozenset({"vice", "co", "ex"})
_TIME_WORDS: Final = frozenset(
    "later earlier ago days weeks months years hours minutes decades moments times".split()
)
# What qualifies an unnamed source (rule A170; rule A631: "involved in", "aware of").
QUALIFIERS: Final = frozenset(
    {"close to", "familiar with", "briefed on", "involved in", "aware of"}
)
# Plurals and saints before a possessive inside a body's name (rule A197).
# plurals without -s, and nouns for a crowd (rule A454: "the crowd outside ... chanted";
# rule A1124: police, staff)
PLURALS: Final = frozenset(
    """people police staff children women men youth crowd mob throng congregation""".split()
)
_SAINTS: Final = frozenset({"St", "Saint", "Ste"})
_AFFILIATIONS: Final = frozenset({"of", "at", "from"})  # "Lars Chittka of Queen Mary"
PREPOSITIONS: Final = frozenset(
    """with to of by for from at on in about against between like under than into onto
    over toward towards behind among beside besides including via per upon after before
    during through despite since until without near across along around amid within
    outside beyond throughout""".split()  # (rule A340: "near Fukuyama")
)
"""A name right after one of these is an object, not the subject of a verb."""
# The copula of a sentence opening with a prepositional phrase, its subject after it
# ("Among the marchers was Krzysztof Dabrowski": rules A303, A505)
INVERTING_COPULAS: Final = frozenset({"was", "were", "is", "are"})
_MAX_APPOSITIVE: Final = 24
MAX_BODY_WORDS: Final = 5  # words of a body's name before a title (rules A136, A411, A434)
_MAX_JOINED_BODY_WORDS: Final = 6  # ... of one joined by "of" ("Central Bank of Sri Lanka")
_MAX_BRACKETED: Final = 6  # tokens between brackets after a name: "(R-Wis.)", "(D-N.Y.)"
HEADLINE_WORDS: Final = frozenset(
    """An The To By At About Against With On Into Is Are Was Were Could Will Would After
    Before Over Of For And Or But Does Did Not Has Have Had Should Must Than That This
    What Why How Like""".split()
)
"""Function words that a name never holds after its first word: a capitalised run with
one of them inside (``Senator Sent Voters A Message About Taxes``) is a title-case
headline, not a name."""


# Function words that end some names (rule A491: Vietnamese and Korean "An").
_NAME_ENDING_FUNCTION_WORDS: Final = frozenset({"An"})


def headline_word(word: str, lex: Lexicon, before: str = "") -> bool:
    """Whether ``word``, after the first word of a capitalised run and after
    ``before``, makes the run a title-case headline rather than a name: a function word
    (rule A91) or a reporting verb in its third-person form (rule A108: ``Hollande Says
    Trump``), but not a plural noun after a demonym (rule A629: ``Economic Community of
    West African States``)."""
    if word in HEADLINE_WORDS:
        return True
    lower = word.lower()
    return (
        lower[-1:] == "s"
        and lex.verb_forms.get(lower, lower) != lower
        and before not in lex.demonyms
    )


def shouted(words: Sequence[str]) -> bool:
    """Whether a capitalised run is two words or more all in capitals (``LA CROSSE``,
    ``RED STATES OUTNUMBER BLUE``): a dateline or a headline, not a name (rule A120)."""
    return len(words) >= 2 and all(len(w) >= 2 and w.isupper() for w in words)


def shouted_opening(words: Sequence[str]) -> int:
    """How many words opening ``words`` are a tabloid's opening words in capitals
    before a name (rule A625: "FOOTIE WAG Kayleigh Barnes has", "TV STAR Tom Reid"): two
    or more, before two words or more with none in capitals; 0 otherwise. (Rule A1116: or
    one word of five letters or more, "BRAVE Ellie Rowntree", "SUPER-SUB Kwame Osei".)"""
    k = 0
    while (
        k < len(words)
        and len(words[k]) >= 2
        and words[k].replace("-", "").isalpha()
        and words[k].isupper()
    ):
        k += 1
    shouted = k >= 2 or (k == 1 and len(words[0].replace("-", "")) >= 5)
    return k if shouted and len(words) - k >= 2 and not any(w.isupper() for w in words[k:]) else 0


SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "i", "we", "it", "you"})


class NameParts:
    """A capitalised run split into its role (titles in front) and the name itself."""

    __slots__ = ("gender", "is_org", "name_end", "name_start", "role")

    def __init__(
        self,
        name_start: int,
        name_end: int,
        role: str | None,
        gender: str | None,
        is_org: bool,
    ) -> None:
        self.name_start = name_start  # token indices; name_start == name_end: no name
        self.name_end = name_end
        self.role = role
        self.gender = gender
        self.is_org = is_org


def _is_name_word(tok: Token) -> bool:
    text = tok.text
    return (
        tok.segment is None
        and (
            (text[:1].isupper() and text[:1].isalpha())
            # rule A133: an Arabic article joined to a name: "al-Safadi", "el-Sisi"
            or (text[2:3] == "-" and text[:2] in NAME_PREFIXES and text[3:4].isupper())
            # rule A939: a French article elided before a name: "Giscard d'Estaing"
            or (text[1:2] in ("'", "’") and text[:1] in ("d", "l") and text[2:3].isupper())
        )
    )


def _possessive(tok: Token) -> bool:
    return possessive(tok.lower)


def possessive(word: str) -> bool:
    """Whether ``word`` ends with a possessive: ``Russia’s``, ``the Smiths’``. A bare
    apostrophe is one only after an s, x or z: ``Ochieng’`` (a Kenyan name) and
    ``Dato'`` (a Malaysian title) end with theirs."""
    if word.endswith(("'s", "’s", "'S", "’S")):
        return True
    return word.endswith(("'", "’")) and word[-2:-1] in "sxzSXZ"


def possessive_stem(word: str) -> str:
    """``word``, a possessive, without its ending: ``Mabika's`` -> ``Mabika``,
    ``members’`` -> ``members``."""
    return word[: -2 if word.lower().endswith("s") else -1]


def _abbreviated(tok: Token, abbreviations: frozenset[str]) -> bool:
    """Whether a period right after ``tok`` belongs to it: an initial or a known
    abbreviation (``J.``, ``Jr.``, ``Sen.``), not a sentence end."""
    return len(tok.text) == 1 or tok.text in SUFFIXES or tok.text in abbreviations


def _joins(tok: Token, before: list[Token], org_words: frozenset[str]) -> bool:
    """Whether ``tok`` joins two capitalised words into one name: a particle (``van
    der Berg``), ``&`` (``Harlow & Finch``), or ``of``/``for`` after an organisation
    word among ``before`` (``Ministry of Health``)."""
    return (
        (tok.lower in PARTICLES and tok.text.islower())
        or tok.text == "&"
        or (tok.text in _JOINERS and any(t.text in org_words for t in before))
        # rule A714: a local government's "of" ("The City of Swan posted")
        or (tok.text == "of" and bool(before) and before[-1].text in _LOCAL_BODIES)
    )


def _run_start(tokens: list[Token], k: int) -> int:
    """Index of the first word of the capitalised run that ends at ``k``."""
    while k > 0 and _is_name_word(tokens[k - 1]):
        k -= 1
    return k


def _introduced_body_joins(tokens: list[Token], start: int, k: int, lex: Lexicon) -> bool:
    """Whether "for" or "on" at ``k`` joins the name of a body that a noun for a body
    introduces before ``start`` (rule A524: "the civic group Solidarity for Economic
    Justice", "The network Justice for Our Children")."""
    return (
        tokens[k].text in ("for", "on")
        and start > 0
        and tokens[start - 1].text.islower()
        and lex.role_kind(tokens[start - 1].lower) == "org"
    )


def _on_joins(tokens: list[Token], k: int, before: list[Token], lex: Lexicon) -> bool:
    """Whether "on" at ``k`` joins a body's name, after an organisation word among
    ``before``, to its topic (rule A523: "Council on Ethics", "National Alliance on
    Housing Justice"), not to a day ("the Interior Ministry on Monday")."""
    return (
        tokens[k].text == "on"
        and k + 1 < len(tokens)
        and tokens[k + 1].text not in lex.nonnames
        and tokens[k + 1].text not in MONTHS
        and any(t.text in lex.org_words for t in before)
    )


def _infinitive_joins(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``to`` at ``k`` joins a body's name: right after an organisation word and
    before two capitalised words, a verb and its object (``Committee to Protect
    Journalists``, ``Campaign to End Loneliness``): rule A451. Not before one word, a
    place, a title or a given name, which are where or to whom something goes (``the
    Senate to Democrats``, ``a letter from the Ministry to Justice Minister X``)."""
    if not (
        tokens[k].text == "to"
        and 0 < k < len(tokens) - 2
        and tokens[k - 1].text in lex.org_words
        and _is_name_word(tokens[k + 1])
        and _is_name_word(tokens[k + 2])
    ):
        return False
    verb = tokens[k + 1].text
    return not (
        verb in lex.title_words
        or verb in lex.given_names
        or lex.is_place(verb)
        or lex.is_place(tokens[k + 2].text)
    )


def _org_word_before(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether an organisation word ends or opens the run of capitalised words, joined
    by ``of``, ``for`` and ``the``, that ends at ``tokens[k]`` (``Office for the
    Coordination``): those words are inside a body's name (rule A356)."""
    for j in range(k, max(-1, k - _MAX_BODY_RUN), -1):
        tok = tokens[j]
        if tok.text in lex.org_words:
            return True
        if not (_is_name_word(tok) or tok.text in _JOINERS or tok.text == "the"):
            return False
    return False


def _org_and(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether ``and`` at ``i`` joins an organisation's name: the capitalised words after
    it end with an organisation word or come before a body's role noun (``Food and Drug
    Administration``, ``United Food and Commercial Workers union``), not two people
    (``Obama and Clinton``) (rule A158)."""
    n = len(tokens)
    if tokens[i].text != "and" or i + 1 >= n or not _is_name_word(tokens[i + 1]):
        return False
    k = i + 1
    while (
        k < n
        and _is_name_word(tokens[k])
        # (rule A972: a plural possessive before the body's word is in its name, "National
        # Port and Transport Workers' Union")
        and (not _possessive(tokens[k]) or (k + 1 < n and tokens[k + 1].text in lex.org_words))
    ):
        k += 1
    # rule A203: inside the complement of a body's name ("Ministry of Economic Affairs
    # and Finance", "Department of Health and Social Care"), words that name no person
    # (rule A713: even after a word that may end a body's name, "Ministry of Energy and
    # Mines")
    b = i - 1
    while b > 0 and _is_name_word(tokens[b]):
        b -= 1
    if (
        b > 0
        and b < i - 1
        # (rule A613: or "on", "Office on Drugs and Crime")
        and tokens[b].text in _BODY_JOINERS
        and tokens[b - 1].text in lex.org_words
        and k - i <= 3
        and not any(t.text in lex.given_names or t.text in lex.titles for t in tokens[i + 1 : k])
    ):
        return True
    if (
        i > 0
        and tokens[i - 1].text in lex.org_words
        # rule A1103: not one word of a trade before the words of one body ("the Mining
        # and Energy Union", "The Petroleum and Allied Workers' Union")
        and not (
            tokens[k - 1].text in lex.org_words
            and k - i >= 3
            and (
                i < 2
                or tokens[i - 2].lower == "the"
                or not (_is_name_word(tokens[i - 2]) or tokens[i - 2].text == ",")
            )
        )
    ):
        return False  # two bodies: "Times and Post"
    if tokens[k - 1].text in lex.org_words:
        return True
    if i > 0 and _portfolios_and_place(tokens, b + (not _is_name_word(tokens[b])), i, k, lex):
        return True
    if (
        k + 2 < n
        and tokens[k].text == "("
        and tokens[k + 2].text == ")"
        and _is_name_word(tokens[i - 1])
    ):
        # rule A1123: or the initials of the words on both sides are the short form in
        # brackets after them ("Citizens for Rights and Accountability (CRA)")
        j = i - 1
        while j > 0 and (_is_name_word(tokens[j - 1]) or tokens[j - 1].text in _BODY_JOINERS):
            j -= 1
        initials = "".join(t.text[0] for t in tokens[j:k] if t.text[:1].isupper())
        if (
            len(initials) >= 3
            and initials == tokens[k + 1].text
            and not any(t.text in lex.titles for t in tokens[j:k])
        ):
            return True
    return k < n and tokens[k].text.islower() and lex.role_kind(tokens[k].text) == "org"


def _portfolios_and_place(tokens: list[Token], b: int, i: int, k: int, lex: Lexicon) -> bool:
    """Whether the words ``b:i`` before ``and`` at ``i`` are portfolio words and those
    after it up to ``k`` are words of a portfolio and a place: a department's name of two
    portfolios and its country (rule A1254: "Environment and Climate Change Canada",
    "Fisheries and Oceans Canada"), no people and no places ("Britain and Acme Canada")."""
    return (
        b < i
        and k - i >= 3
        and all(
            t.text in lex.title_words and t.text not in lex.titles and not lex.is_place(t.text)
            for t in tokens[b:i]
        )
        and lex.is_place(tokens[k - 1].text)
        and not any(
            t.text in lex.given_names or t.text in lex.titles or lex.is_place(t.text)
            for t in tokens[i + 1 : k - 1]
        )
    )


def _place_and(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether ``and`` at ``i`` is inside a known place's name, of up to three words on
    each side (rule A1235: "The Jammu and Kashmir agriculture department", "Saint
    Vincent and the Grenadines")."""
    return any(
        lex.is_place(" ".join(t.text for t in tokens[left:right]))
        for right in range(i + 2, min(i + 4, len(tokens)) + 1)
        for left in range(max(0, i - 3), i)
    )


def _listed_complement(tokens: list[Token], comma: int, lex: Lexicon) -> int:
    """Index just past the list that the comma at ``comma`` opens inside a body's name,
    or 0: capitalised words after an organisation word and ``of``/``for``, then groups
    of them after commas, the last after ``and`` (``Ministry of Agriculture, Forestry
    and Fisheries``, ``Department for Environment, Food and Rural Affairs``): rule
    A419. The words must name no person (no given name or title)."""
    n = len(tokens)
    b = comma - 1
    while b > 0 and comma - b <= 3 and _is_name_word(tokens[b]):
        b -= 1
    if not (
        b > 0
        and b < comma - 1
        and tokens[b].text in _JOINERS
        and _org_word_before(tokens, b - 1, lex)
    ):
        return 0
    k = comma + 1
    while True:
        k = _plain_words(tokens, k, lex)
        if not k or k >= n:
            return 0
        if tokens[k].text == ",":
            k += 1
            if k >= n:
                return 0
            if tokens[k].text != "and":
                continue
        if tokens[k].text != "and":
            return 0
        if k + 1 < n and tokens[k + 1].text == "the":
            k += 1  # rule A731: "Ministry of Agriculture, Fisheries and the Environment"
        return _plain_words(tokens, k + 1, lex)


def _list_comma(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """The first comma of a body's listed complement (A419) that runs past ``k``, or 0;
    ``tokens[k]`` is a comma or ``and`` inside it."""
    first = 0
    for c in range(k, max(0, k - 12), -1):
        tok = tokens[c]
        if tok.text == "," and _listed_complement(tokens, c, lex) > k:
            first = c
        elif not (_is_name_word(tok) or tok.text in _LIST_MARKS):
            break
    return first


def _plain_words(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Index just past up to three capitalised words from ``k`` that are no given name,
    title or possessive, or 0 when there is none."""
    start = k
    while (
        k < len(tokens)
        and k - start < 3
        and _is_name_word(tokens[k])
        and not _possessive(tokens[k])
        and tokens[k].text not in lex.given_names
        and tokens[k].text not in lex.titles
        and not lex.is_place(tokens[k].text)
    ):
        k += 1
    return k if k > start else 0


def body_possessor(before: str, word: str, lex: Lexicon) -> bool:
    """Whether the possessive ``word`` (after the word ``before``) can be inside a
    body's name: a plural (``Workers'``, ``People's``) or a saint (``St. Brendan's``),
    not a place (``Texas'``): rule A197."""
    return (
        (word.endswith(("s'", "s’")) and not lex.is_place(word[:-1]))
        or word[:-2].lower() in PLURALS
        # rule A513: a plural in -men ("Seamen's", "Fishermen's"), not a name ("Bowmen")
        or (word[:-2].endswith("men") and word.endswith(("'s", "’s")) and len(word) > 6)
        or (before.rstrip(".") in _SAINTS and word.endswith(("'s", "’s")))
    )


def _office_of(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the possessive ``tokens[i]`` and the words after it are one body's name,
    where a possessive otherwise ends a name (A138): an office's title and an
    organisation word (``Ombudsman's Office``, ``Governor's Office``: rule A167), or a
    plural or a saint before up to three words ending with one (``General Food Workers'
    Union``, ``People's Reform Party``, ``St. Brendan's Medical Center``: rule A197)."""
    tok = tokens[i]
    if i + 1 >= len(tokens):
        return False
    stem = tok.text[:-2] if tok.lower.endswith(("'s", "’s")) else ""
    if tokens[i + 1].text in lex.org_words and (
        stem in lex.title_words or stem in lex.titles or lex.role_kind(stem.lower()) == "person"
    ):
        return True
    # the word before, past an abbreviation's period: "St" in "St. Brendan's"
    k = i - 2 if i > 1 and tokens[i - 1].text == "." else i - 1
    if not body_possessor(tokens[k].text if k >= 0 else "", tok.text, lex):
        return False
    for k in range(i + 1, min(i + 4, len(tokens))):
        nxt = tokens[k]
        if not _is_name_word(nxt) or (
            _possessive(nxt) and not body_possessor(tokens[k - 1].text, nxt.text, lex)
        ):
            return False
        if nxt.text in lex.org_words:
            return True
    return False


def _run_left(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """Index of the first token of the capitalised run ending at ``end`` (exclusive)."""
    i = end
    while i > 0:
        tok = tokens[i - 1]
        if _is_name_word(tok) and (
            i == end or not _possessive(tok) or _office_of(tokens, i - 1, lex)
        ):
            i -= 1
        elif (
            tok.text == "."
            and i - 1 > 0
            and tokens[i - 2].end == tok.start
            and _abbreviated(tokens[i - 2], lex.name_abbreviations)
        ):
            i -= 1  # the period of an initial or abbreviation: "J.", "Jr.", "Sen."
        elif (
            i - 1 > 0
            and i < end
            and _is_name_word(tokens[i - 2])
            and (
                _joins(tok, tokens[i - 2 : i - 1], lex.org_words)
                or _on_joins(tokens, i - 1, tokens[i - 2 : i - 1], lex)
                or _introduced_body_joins(tokens, _run_start(tokens, i - 2), i - 1, lex)
                or _org_and(tokens, i - 1, lex)
                or _infinitive_joins(tokens, i - 1, lex)
                # rule A356: past other words of the body's name ("Office for the
                # Coordination of Humanitarian Affairs")
                or (
                    tok.text in _JOINERS
                    and _org_word_before(tokens, i - 2, lex)
                    # rule A584: not the portfolio of a listed title that opens the run
                    # ("Cabinet Secretary for Transport Huw Pritchard-Evans", though
                    # "Cabinet" opens bodies; but "Office of the Attorney General of
                    # Switzerland")
                    and not (
                        i > 2
                        and _join(tokens, i - 3, i - 1).strip() in lex.titles
                        and (i < 4 or tokens[i - 4].text not in _JOINERS | {"the"})
                    )
                )
            )
        ):
            i -= 1  # "van der Berg", "Harlow & Finch", "Ministry of Health"
        elif (
            i - 2 > 0
            and i < end
            and tok.text == "the"
            and tokens[i - 2].text in _JOINERS
            and _org_word_before(tokens, i - 3, lex)
        ):
            i -= 2  # rule A356: "for the", "of the" inside a body's name
        elif (
            i - 3 >= 0
            and i < end
            and tok.text == "the"
            and tokens[i - 2].text == "of"
            and _join(tokens, i - 3, i + 1).strip() in lex.titles
        ):
            i -= 2  # rule A1240: "of the" inside a title ("Justice of the Peace X")
        elif (
            i - 2 > 0
            and i < end
            and _particle(tok)
            and _particle(tokens[i - 2])
            and _is_name_word(tokens[i - 3])
        ):
            i -= 2  # rule A288: two particles in a row ("Ana de la Fuente")
        elif i < end and tok.text in _LIST_MARKS and (comma := _list_comma(tokens, i - 1, lex)):
            i = comma  # rule A419: back over "Forestry and" to the list's first comma
        elif (
            i - 2 > 0
            and i < end
            and tok.text == "the"
            and tokens[i - 2].text == "and"
            and (comma := _list_comma(tokens, i - 2, lex))
        ):
            i = comma  # rule A731: back over "Fisheries and the" to the first comma
        else:
            break
    while i < end and not _is_name_word(tokens[i]):
        i += 1
    return i


def _run_right(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Index just past the capitalised run starting at ``start``."""
    i = start
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if _is_name_word(tok):
            i += 1
            if _possessive(tok) and not _office_of(tokens, i - 1, lex):
                break
        elif (
            tok.text == "."
            and i > start
            and tokens[i - 1].end == tok.start
            and _abbreviated(tokens[i - 1], lex.name_abbreviations)
        ) or (
            i > start
            and i + 1 < n
            and _is_name_word(tokens[i + 1])
            and (
                _joins(tok, tokens[start:i], lex.org_words)
                or _on_joins(tokens, i, tokens[start:i], lex)
                or _introduced_body_joins(tokens, start, i, lex)
                or _org_and(tokens, i, lex)
                or _infinitive_joins(tokens, i, lex)
            )
        ):
            i += 1
        elif (
            i > start
            and i + 2 < n
            and tok.text in _JOINERS
            and tokens[i + 1].text == "the"
            and _is_name_word(tokens[i + 2])
            and _org_word_before(tokens, i - 1, lex)
        ):
            i += 2  # rule A593: "for the", "of the" inside a body's name, as read leftwards
        elif tok.text == "," and i > start and (listed := _listed_complement(tokens, i, lex)):
            i = listed  # rule A419: "Ministry of Agriculture, Forestry and Fisheries"
        elif i > start and i + 2 < n and _particle(tok) and _particle(tokens[i + 1]):
            # rule A288: two particles in a row ("Jan van der Berg", "Ana de la Fuente")
            if not _is_name_word(tokens[i + 2]):
                break
            i += 2
        else:
            break
    return i


def _particle(tok: Token) -> bool:
    return tok.lower in PARTICLES and tok.text.islower()


# A capitalised adjective or noun that describes a person before the name, as the
# tabloids write it: "Heartbroken", "Furious", "Tearful", "Superfan" (rule A962)
# (not any ending in -en or -ed, which many given names have: "Naureen", "Ahmed")
_DESCRIBING_WORD: Final = re.compile(
    r"[A-Z][a-z]{2,}(?:(?:at|er|ifi|ag|nn|t)ed|oken|cken|ful|ous|less|fan)"
)
# rule A1053: or a trade in -ist, or a negated adjective ("Ceramicist", "Unrepentant")
# (rule A1084: or a noun in -ant or -ent, "Outpatient", "Claimant")
_DESCRIBING_SHAPE: Final = re.compile(r"[A-Z][a-z]{3,}(?:ist|ant|ent)|Un[a-z]{5,}")
_SPORT_GERUND: Final = re.compile(r"[A-Z][a-z]{3,}ing")  # (rule A953: "Swimming")


def describes_person(word: str, following: str, lex: Lexicon, surname: bool = False) -> bool:
    """Whether the capitalised ``word`` describes the person whose given name
    ``following`` is, no part of the name ("Heartbroken Denise": rule A962; rule
    A1053: "Ceramicist Sarah", or a compound of a role noun, "Ringleader Connor"; rule
    A1084: a noun in -ant or -ent, "Outpatient Margaret"). With ``surname``
    (a surname follows the given name), also a nationality that is a given name too
    ("Dane Mikkel Thorsager", not "Finn Russell")."""
    if following not in lex.given_names:
        return False
    if surname and f"the {word}" in lex.demonyms:
        return True  # rule A1084
    return word not in lex.given_names and (
        _DESCRIBING_WORD.fullmatch(word) is not None
        or _DESCRIBING_SHAPE.fullmatch(word) is not None
        or any(lex.role_kind(word[k:]) == "person" for k in range(3, len(word) - 3))
    )


def role_before_name(word: str, following: str, last: bool, lex: Lexicon) -> bool:
    """Whether ``word``, a title's word naming a person's role, stands before the given
    name ``following`` (or before the run's last two words: ``last``), so that the words
    before it, though no title's, are the role's too (rule A1180: "Festival Manager Bree
    Lachlan", "Project Manager Tom Baines")."""
    return (
        (last or following in lex.given_names)
        and word in lex.title_words
        and lex.role_kind(word.lower()) == "person"
    )


def sport_body(demonym: str, word: str, lex: Lexicon) -> bool:
    """Whether a nationality and a sport in -ing name that sport's governing body
    ("British Swimming": rule A953), no person."""
    return (
        demonym in lex.demonyms
        and _SPORT_GERUND.fullmatch(word) is not None
        and word not in lex.given_names
    )


def split_name(tokens: list[Token], start: int, end: int, lex: Lexicon) -> NameParts:
    """Split the capitalised run ``tokens[start:end]`` into role and name."""
    i = start
    role_start = start
    gender: str | None = None
    is_org = False
    # Words that only open sentences, then titles, honorifics and nationality words.
    while (
        i < end
        and opens_name(tokens[i].text, lex, tokens[i + 1].text if i + 1 < end else "")
        # rule A732: but an ordinal opening a body's name is part of it ("The Second
        # Homes Owners' Association", "First National Bank")
        and not (tokens[i].text in _ORDINALS and tokens[end - 1].text in lex.org_words)
    ):
        i += 1
        role_start = i
    if i < end and tokens[i].text.isupper() and len(tokens[i].text) >= 2:
        i = role_start = i + shouted_opening([t.text for t in tokens[i:end]])  # rule A625
    if (
        i == start
        and end - start >= 2
        and (
            _business_noun(tokens[start].text, lex)
            # rule A903: or a person's, before a body's whole name ("Developer Severn
            # Coast Energy")
            or (
                end - start >= 3
                and tokens[end - 1].text in lex.org_words
                and _business_noun(tokens[start].text, lex, kind="person")
                # (not a title's first word: "Prosecutor General's Office")
                and _join(tokens, start, start + 2).removesuffix("'s").removesuffix("’s")
                not in lex.titles
            )
        )
        and tokens[start + 1].text not in _BODY_JOINERS
    ):
        i = start + 1  # rule A612: "Carmaker | Nordwerk Motors", "Promoters | Skyline Live"
    elif (
        i == start
        and start >= 2
        and tokens[start - 1].lower in ("of", "for")
        # (rule A654: not a body's whole name, "for East Devon District Council")
        and tokens[end - 1].text not in lex.org_words
        and (
            portfolio := portfolio_words(
                [t.text for t in tokens[start:end]],
                tokens[start - 1].lower,
                tokens[start - 2].text in lex.title_words,
                lex,
            )
        )
    ):
        i = start + portfolio  # rule A394: "Minister for Sugar | Ravinesh Chand Sharma"
    elif (
        i == start
        and end - start >= 3
        and _portfolio_and(tokens, start, lex)
        and (ending := portfolio_after_and([t.text for t in tokens[start:end]], lex, known=True))
    ):
        i = start + ending  # rule A480: "Commissioner for Democracy and | Values Henrike X"
    if i == start and start >= 2 and tokens[start - 1].lower in ("of", "for"):
        # rule A437: the words that complete a listed title ("Director of | Public
        # Prosecutions Fatmata Kargbo-Jalloh")
        for size in (3, 2):
            if start + size < end and (_join(tokens, start - 2, start + size) in lex.titles):
                i = start + size
                break
    # rule A103: a run ending with an organisation word is the organisation's whole
    # name ("Republican National Committee"), not a title and a name
    # (rule A1195: past an abbreviation's period, "Lao-Thai Mekong Power Co.")
    last = end - 2 if end - start >= 2 and tokens[end - 1].text == "." else end - 1
    ends_org = tokens[last].text in lex.org_words and not (
        last > start and tokens[last - 1].text in lex.given_names  # "Don Guardian"
    )
    org_named = ends_org or any(  # "National Federation of Fishery Workers"
        (tokens[k].text in lex.org_words and tokens[k + 1].text in _BODY_JOINERS)
        # (rule A524: a run that "for" or "on" joins is a body's: "Justice for Our
        # Children", which no person's name holds; rule A728: or "&", "Scottish Land &
        # Estates", as rule A196 reads it)
        or tokens[k + 1].text in _RUN_BODY_JOINERS
        for k in range(start, end - 1)
    )
    while i < end and not org_named:
        step, title_gender = _title_at(tokens, i, end, lex)
        if not step or (
            # rule A721: a title word ending the run after an honorific is a surname
            # ("Mr Ratu", of "Josaia Ratu"; not "Mr President")
            i + step == end
            and i > role_start
            and tokens[i - 1].text in NAME_HONORIFICS
            and tokens[i].lower not in lex.roles
        ):
            break
        phrase = _join(tokens, i, i + step)
        if (
            i + step < end
            and phrase in lex.places
            and phrase not in lex.titles
            and not _title_at(tokens, i + step, end, lex)[0]
            # rule A335: but the place of a title before it is the title's ("Chief
            # Justice of India D.R. Venkataraman")
            and not (i == start and _title_of(tokens, start, lex))
        ):
            break  # rule A148: a place before a name is part of it ("Paris Hilton")
        gender = gender or title_gender
        i += step
    if not ends_org:
        # rule A136: a body's name before a title ("Microsoft Chief Executive Satya
        # Nadella"): part of the role; a body's name with "of" too (rule A304: "Bank of
        # Japan Governor Kazuhiro Ishiguro")
        reach = _MAX_JOINED_BODY_WORDS if org_named else MAX_BODY_WORDS
        for k in range(i + 1, min(end - 1, i + reach + 1)):
            step, title_gender = _title_at(tokens, k, end, lex, titles_only=True)
            if (
                not step
                and k + 2 < end
                and role_before_name(tokens[k].text, tokens[k + 1].text, k + 3 == end, lex)
            ):
                step = 1  # rule A1180: "Festival Manager | Bree Lachlan"
            if (
                step
                and k + step < end
                and tokens[k - 1].text in lex.given_names
                and (
                    tokens[k + step].text not in lex.given_names
                    # rule A533: or an honorific before the last name, after given names
                    # only ("Amina Haji Abdalla")
                    or (k + step == end - 1 and all(t.text in lex.given_names for t in tokens[i:k]))
                )
            ):
                break  # a person's names ("Syed Faisal Imam Bukhari"), no body's
            if step and k + step < end and tokens[k + step].text not in _JOINERS:
                # (not a title inside a body's name: "Office of the High Commissioner
                # for Human Rights", rule A356)
                gender = gender or title_gender
                i = k + step
                # and any title after it ("Westbrook President Dr. Harriet Lomax")
                while i < end and (more := _title_at(tokens, i, end, lex, titles_only=True))[0]:
                    if i + more[0] >= end:
                        break
                    gender = gender or more[1]
                    i += more[0]
                break
    j = end
    while j > i and (
        tokens[j - 1].text == "."
        or tokens[j - 1].text.rstrip(".") in SUFFIXES
        or tokens[j - 1].text in POSTNOMINALS
    ):
        j -= 1
    for k in range(i, j):
        if (
            tokens[k].text in lex.org_words
            or tokens[k].text == "&"  # (rule A728)
            or (tokens[k].text in _LOCAL_BODIES and k + 1 < j and tokens[k + 1].text == "of")
        ):
            is_org = True  # (rule A714: or a local government's name, "City of Swan")
            break
    if (
        not is_org
        and j - i == 1
        and role_start < i
        and sport_body(_join(tokens, role_start, i), tokens[i].text, lex)
    ):
        # rule A953: a nationality and a sport in -ing is its governing body ("British
        # Swimming", "Scottish Cycling"), no person
        i, is_org = role_start, True
    if (
        is_org
        and role_start < i < j
        and tokens[i].text in lex.org_words
        and all(
            tokens[k].text in lex.title_words and tokens[k].text not in lex.titles
            for k in range(role_start, i)
        )
    ):
        # rule A231: portfolio words opening a body's name ("Health Service Executive")
        # are part of it, not a title
        i = role_start
    if not is_org and (
        (j - i >= 2 and tokens[j - 1].text in lex.titles and tokens[i].text not in lex.given_names)
        # "the Dublin South-Central TD": letters after a name, a title after an article
        or (
            j < end
            and tokens[end - 1].text in lex.titles
            and start > 0
            and tokens[start - 1].lower in _ARTICLES_OPENING
        )
    ):
        # rule A178: a run ending with a title is a role ("The Business Secretary",
        # "Culture Minister"), no name
        i = j = end if tokens[end - 1].text in lex.titles else j
    role = _join(tokens, role_start, i) if i > role_start else None
    if gender is None and j - i >= 2 and not is_org:
        first = tokens[i].text
        if not (first in lex.given_names and "-" in tokens[j - 1].text):
            gender = lex.given_names.get(first)
    return NameParts(i, j if j > i else i, role, gender, is_org)


def _business_noun(word: str, lex: Lexicon, kind: str = "org") -> bool:
    """Whether ``word``, capitalised, is the noun of a kind of business, an agent noun
    that no body's name opens with (``Carmaker``, ``Broadcaster``, ``Promoters``): a
    descriptor before the name (rule A612); with ``kind``, of that kind of role."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and lower.endswith(("er", "or", "ers", "ors"))
        and lex.role_kind(lower) == kind
        and word not in lex.org_words
    )


_MAX_PORTFOLIO_LIST: Final = 7  # tokens of a title's portfolios before their "and" (A863)


def _portfolio_and(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """Whether ``and`` before ``tokens[start]`` joins a portfolio's words after a title
    and ``for`` or ``of`` (``Commissioner for Democracy and | Values``): rule A480."""
    j = start - 2
    if j < 2 or tokens[start - 1].lower != "and":
        return False
    # (rule A863: or a list of them, "Minister of Women, Community and | Social ...")
    while (
        j > 0
        and start - 2 - j < _MAX_PORTFOLIO_LIST
        and (_is_name_word(tokens[j]) or (tokens[j].text == "," and j < start - 2))
    ):
        j -= 1
    return (
        j < start - 2
        and tokens[j].lower in ("for", "of")
        and j > 0
        and tokens[j - 1].text in lex.title_words
    )


def portfolio_after_and(words: Sequence[str], lex: Lexicon, *, known: bool = False) -> int:
    """How many of ``words``, a capitalised run after the ``and`` of a portfolio, end
    the portfolio: the first (rule A480: "Commissioner for Democracy and | Values
    Henrike Vandersteen"), or those up to a given name and a surname (rule A553: "MMC
    for Environment and | Infrastructure Services Sizwe Mahlangu"; rule A615 in a
    mention too: "Minister of Energy and | Water Resources Dwight Sealy"); 0 when a
    title follows the first. With ``known``, the words up to the given name must be
    listed words of titles or bodies (not "Planning and | Investment Lê Quang Huy")."""
    given = lex.given_names
    first = next((k for k in range(2, min(4, len(words) - 1)) if words[k] in given), 0)
    if first and (
        all(w in lex.title_words or w in lex.org_words for w in words[1:first])
        if known
        else not any(w in given for w in words[1:first])
    ):
        return first
    if words[1] not in lex.title_words:
        return 1
    # rule A674: two portfolio words before a name of two ("Justice and | Border Control
    # Kieren Detenamo"); 0 when a title follows the first
    return 2 if len(words) >= 4 and words[1] not in lex.titles else 0


# Endings of abstract nouns, which a portfolio's words have and names do not (rule A923)
_ABSTRACT_ENDINGS: Final = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism")


def portfolio_words(words: Sequence[str], joiner: str, titled: bool, lex: Lexicon) -> int:
    """How many of ``words``, a capitalised run right after ``of`` or ``for``
    (``joiner``), end a portfolio, not part of the name after it (rule A394): the first
    when the next word is a known given name (``Auditor General for Scotland Fiona
    Drummond-Hay``, ``Commissioner for Democracy and the Rule of Law Ingrid
    Vandersteen``), or after a title and ``for`` (``Minister for Sugar Ravinesh Chand
    Sharma``, ``titled``); the first two after a title when the second is a portfolio's
    or a body's word and two words follow (rule A473: ``Minister of Plantation
    Industries Chaminda Wickramanayake``), or more such words (rule A683); never a given
    name itself (``of Mary Anne Smith``)."""
    if len(words) < 3 or words[0] in lex.given_names or words[0].lower() in PARTICLES:
        return 0
    if words[1] in lex.given_names:
        return 1
    if (
        titled
        and len(words) >= 4
        and words[2] in lex.given_names
        # rule A923: after "for" too, when the second word is an abstract noun no name
        # ends like ("Minister for Poverty Alleviation Rizwan Ahmed Khattak"; not "for
        # Manpower Chua Hui Min")
        and (joiner != "for" or words[1].endswith(_ABSTRACT_ENDINGS))
    ):
        return 2  # rule A741: or two after a title ("Head of Civil Protection Fabrizio X")
    if joiner == "for" and titled:
        return 1
    second = words[1]
    if not titled or (second not in lex.title_words and second not in lex.org_words):
        return 0
    # rule A683: or more, each such a word, with two words after them ("Minister of
    # Climate Change Adaptation Lency Tari")
    ending = 2
    while len(words) - ending > 2 and (
        words[ending] in lex.title_words or words[ending] in lex.org_words
    ):
        ending += 1
    if (
        len(words) - ending >= 2
        and words[ending] not in lex.title_words
        and words[ending] not in lex.org_words
    ):
        return ending
    return 0


def _title_of(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """Whether a title and ``of`` stand right before ``tokens[start]`` (``Archbishop
    of``, ``Chief Justice of``): the place there completes the title (rule A335)."""
    return (
        start >= 2 and tokens[start - 1].lower == "of" and tokens[start - 2].text in lex.title_words
    )


def prefixed_role(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a role noun for a person after ``vice-``, ``co-`` or
    ``ex-``, or after any prefix when written in lower case: ``Vice-captain``,
    ``Co-pilot`` (rule A225), ``Eighth-grader`` (rule A230), or before a phrase in
    lower case, ``Mum-of-two`` (rule A551): a title before a name."""
    prefix, _, role = word.rpartition("-")
    head, *rest = word.split("-")
    if len(rest) >= 2 and rest[0] in ("of", "to", "in") and all(p.islower() for p in rest):
        # rule A551: a person described by who they are to others ("Dad-of-three
        # Guillaume Roussel", "Mum-to-be", "Brother-in-law")
        return lex.role_kind(head.lower()) == "person"
    return (prefix.lower() in _ROLE_PREFIXES or (role.islower() and "-" not in prefix)) and (
        lex.role_kind(role.lower()) == "person"
    )


def _title_at(
    tokens: list[Token], i: int, end: int, lex: Lexicon, *, titles_only: bool = False
) -> tuple[int, str | None]:
    """Length in tokens of a title, title word or demonym starting at ``i`` (0 if none);
    with ``titles_only``, of a listed title."""
    best = 0
    best_gender: str | None = None
    words: list[str] = []
    if tokens[i].text in INITIALS_TITLES and not (i and tokens[i - 1].capitalised):
        return 0, None
    for k in range(i, min(end, i + 5)):
        text = tokens[k].text
        if text == "." and words:
            words[-1] += "."
        else:
            words.append(text)
        phrase = " ".join(words)
        if phrase in lex.titles or (
            not titles_only
            and (
                phrase in lex.demonyms
                or phrase in lex.places
                # rule A462: demonyms joined by hyphens ("British-Australian")
                or ("-" in text and k == i and all(p in lex.demonyms for p in text.split("-")))
            )
        ):
            best = k - i + 1
            best_gender = lex.titles.get(phrase)
        elif (
            len(words) == 1
            and not titles_only
            and (
                text in lex.title_words
                # rule A962: a word describing the person before their given name
                # ("Heartbroken Denise", "Superfan Leanne Hodgson")
                or (
                    k + 1 < end
                    and describes_person(text, tokens[k + 1].text, lex, surname=k + 2 < end)
                )
                # rule A143: a role noun written with a capital opening a sentence
                # ("Developer Mark Stanton", "Backup Malik Willis"), as the names read
                # from the whole document take it
                or (
                    k + 1 < end
                    and lex.role_kind(text.lower()) == "person"
                    and text not in lex.given_names  # (rule A819: "Dean Holroyd")
                )
                or (k + 1 < end and prefixed_role(text, lex))
            )
        ):
            best = 1
    # A title must leave room for a name after it, unless the run is the title alone.
    return best, best_gender


def _join(tokens: list[Token], start: int, end: int) -> str:
    if start >= end:
        return ""
    parts = [tokens[start].text]
    for k in range(start + 1, end):
        if tokens[k].start > tokens[k - 1].end:
            parts.append(" ")
        parts.append(tokens[k].text)
    return "".join(parts)


_LETTER_NAME: Final = re.compile(r"[A-Z]\d?")  # (rule A951: "Soldier F", "Witness A2")


def _name_mention(
    tokens: list[Token], start: int, end: int, lex: Lexicon, *, places_ok: bool = False
) -> Mention | None:
    parts = split_name(tokens, start, end, lex)
    if parts.role and parts.name_end > parts.name_start and _org_and(tokens, parts.name_start, lex):
        # rule A1130: a body's name whose complement opens with a title's word ("Ministry
        # of Justice and Security"): the whole name, not a title and a name after "and"
        first = start + (tokens[start].lower == "the")
        text = _join(tokens, first, parts.name_end)
        return Mention(tokens[first].start, tokens[parts.name_end - 1].end, text, "organisation")
    if parts.name_end > parts.name_start:
        s, e = parts.name_start, parts.name_end
        while (
            parts.is_org
            and s > start
            and tokens[s - 1].capitalised
            and tokens[s - 1].text.isalpha()  # (no modifier: "Tokyo-based")
            and tokens[s - 1].text not in lex.titles
            and tokens[s - 1].text not in lex.title_words
            and lex.role_kind(tokens[s - 1].lower) is None
            # (a word only opening sentences, after "the" inside one: "the All England")
            and (tokens[s - 1].text not in lex.nonnames or (s > 1 and tokens[s - 2].lower == "the"))
        ):
            # rule A828: a body's first word is its own, not a title's ("the Italian Red
            # Cross", "the All England Club", "The Second Homeowners Association")
            s -= 1
        if not parts.is_org and e - s == 1 and s > start and _LETTER_NAME.fullmatch(tokens[s].text):
            s -= 1  # rule A951: a witness known by a letter keeps its noun ("Officer C")
        headline = any(
            headline_word(tokens[k].text, lex, tokens[k - 1].text)
            # rule A491: but "An" ending the run is a name's last word ("Thích Tâm An")
            and not (k == e - 1 and tokens[k].text in _NAME_ENDING_FUNCTION_WORDS)
            for k in range(s + 1, e)
        )
        if (
            headline and not (parts.is_org and tokens[e - 1].text in lex.org_words)  # (A409)
        ) or shouted([tokens[k].text for k in range(s, e) if tokens[k].text != "."]):
            return None  # rules A91, A108, A120: a headline or dateline
        if e - s == 1 and _dated(tokens, s, e):
            return None  # rule A256: "COLOMBO, June 3 (Wire) -", a month and its day
        text = _join(tokens, s, e)
        if (
            _possessive(tokens[e - 1])
            or tokens[e - 1].text in STREET_WORDS
            or (e - s >= 2 and tokens[s].text in STREET_OPENERS)
            or (not places_ok and not parts.role and lex.is_place(text))
        ):
            return None  # "Russia's", or a place ("in Valencia"): not a speaker
        return Mention(
            tokens[s].start,
            tokens[e - 1].end,
            text,
            "organisation" if parts.is_org else "name",
            parts.role,
        )
    if parts.role and portfolio_body(parts.role.split(), lex):
        # rule A725: a portfolio and a country is a department ("Environment Canada",
        # "Statistics Canada"), no title
        return Mention(tokens[start].start, tokens[end - 1].end, parts.role, "organisation")
    if (
        places_ok
        and parts.role
        and lex.is_place(parts.role)
        # (not a place before a role noun: "the Ghana international told")
        and not (
            end < len(tokens) and tokens[end].text.islower() and _role_continues(tokens[end], lex)
        )
    ):
        # rule A775: a place alone where a place may speak ('"...," Israel said'): its
        # government, a body
        return Mention(tokens[start].start, tokens[end - 1].end, parts.role, "organisation")
    if parts.role and not lex.is_place(parts.role):
        # A title alone ("the President said"): a nominal mention.
        return Mention(tokens[start].start, tokens[end - 1].end, parts.role, "nominal", parts.role)
    return None


def portfolio_body(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` are portfolio words and a place after them, a department's name
    ("Environment Canada": rule A725): no listed title among them."""
    return (
        len(words) >= 2
        and lex.is_place(words[-1])
        and all(
            w in lex.title_words and w not in lex.titles and w not in _TITLE_MODIFIERS
            for w in words[:-1]
        )
    )


def opens_name(word: str, lex: Lexicon, after: str) -> bool:
    """Whether ``word``, with ``after`` the word after it, is a word that only opens
    sentences (``The``, ``Oh``) or a hyphened modifier, so no part of a name; a word of
    two letters before a hyphened given name (``Oh Jin-young``, ``An Cheol-soo``) is a
    surname (rule A420). ``An`` before a capitalised word that opens with a consonant
    is a name's article, as in Irish and Vietnamese (rule A1237: ``An Garda Síochána``,
    ``An Giang``): English writes ``an`` only before a vowel's sound (``An MP``)."""
    if word in lex.nonnames:
        if word == "An" and after[:1] in _CONSONANTS and after[1:].islower():
            return False
        return not (len(word) == 2 and _HYPHENED_GIVEN.match(after))
    if _CONTRACTION.match(word):
        return True  # rule A525: "We’ve", "I’m", "Don’t" open sentences, no name
    # (rule A440: the first word of a place in a modifier, "São | Paulo-based")
    return modifier_word(word) or modifier_word(after)


_CONSONANTS: Final = frozenset("BCDFGJKLMNPQRSTVWXYZ")  # (rule A1237; no "H": "An Hour")
# rule A1246: a capitalised adjective of a word and a participle in -ed ("Red-faced",
# "Tight-lipped", "Grey-haired"); not in -ing, which some given names end with
# ("Ching-ming")
_HYPHENED_PARTICIPLE: Final = re.compile(r"[A-Z][a-z]+-[a-z]{2,}ed")
_PLURAL_ACRONYM: Final = re.compile(r"[A-Z]{2,4}s")  # "MPs", "TDs" (rule A762)
_HYPHENED_GIVEN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+\Z")  # "Jin-young", "Son-hui"
# a pronoun or verb with its contracted ending ("We’ve", "They’re", "I’m", "Can’t")
_CONTRACTION: Final = re.compile(r"[A-Z][a-z]*(?:['’](?:ve|re|m|ll|d)|n['’]t)\Z")


def modifier_word(word: str) -> bool:
    """Whether ``word`` is a hyphened participle that qualifies a name or body after it
    (``Boston-based``, ``London-born``: rule A257)."""
    return word.endswith(_MODIFIER_ENDINGS) or _HYPHENED_PARTICIPLE.fullmatch(word) is not None


def _dated(tokens: list[Token], s: int, e: int) -> bool:
    """Whether the word at ``s`` is a month before its day: ``June 3``, ``Jan. 22``."""
    if tokens[s].text not in MONTHS:
        return False
    if e < len(tokens) and tokens[e].text == "." and tokens[e].start == tokens[s].end:
        e += 1
    return e < len(tokens) and tokens[e].text[:1].isdigit()


def _pronoun(tok: Token, lex: Lexicon) -> Mention | None:
    entry = lex.pronouns.get(tok.lower)
    if entry is None or tok.lower not in SUBJECT_PRONOUNS:
        return None
    return Mention(tok.start, tok.end, tok.text, "pronoun")


def plural_role(word: str, lex: Lexicon) -> str | None:
    """What the plural role noun ``word`` names (``"person"``, ``"org"``, ``"text"``):
    a listed one in the plural (``supporters``, ``people``, ``groups``) or the plural of
    a listed one (``fans``, ``villagers``: rule A423); None for any other word."""
    if not (plural_form(word) or word in PLURALS):
        return None
    kind = lex.role_kind(word)
    if kind is None and _plural(word, lex):
        kind = lex.role_kind(singular(word))
    if kind is None and word.endswith("men") and len(word) > 5 and word not in _MEN_NOT_PEOPLE:
        return "person"  # rule A966: men of a trade, "lobstermen", "tradesmen"
    if kind is None and word.endswith("ists") and len(word) > 6 and word not in _ISTS_NOT_PEOPLE:
        return "person"  # rule A1081: followers of a cause, "unionists", "conservationists"
    if kind is None and "-" in word[1:-1]:
        # rule A454: a prefixed plural names what its last part names
        # ("counter-demonstrators", "ex-employees")
        return plural_role(word.rsplit("-", 1)[1], lex)
    return kind


_MEN_NOT_PEOPLE: Final = frozenset(
    """specimen regimen abdomen acumen albumen bitumen stamen hymen semen cerumen lumen
    rumen foramen gravamen""".split()
)


_ISTS_NOT_PEOPLE: Final = frozenset(
    """assists insists persists consists resists subsists desists exists enlists""".split()
)


def plural_person(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` names people in the plural (see :func:`plural_role`)."""
    return plural_role(word, lex) == "person"


def singular(word: str) -> str:
    """The listed role whose plural ``word`` is (see :func:`_plural`)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1]


def _plural(word: str, lex: Lexicon) -> bool:
    """Whether the role noun ``word`` is the plural of a listed one (``officials``,
    ``spokesmen``, ``authorities``)."""
    return (
        (word.endswith("s") and word[:-1] in lex.roles)
        or (word.endswith("ies") and word[:-3] + "y" in lex.roles)
        or (word.endswith("men") and word[:-3] + "man" in lex.roles)
    )


def plural_form(word: str) -> bool:
    """Whether ``word`` has a plural's ending (``fans``, ``fishermen``; not ``boss``)."""
    return word.endswith(("s", "men")) and not word.endswith("ss")


def _group_of(tokens: list[Token], of: int, lex: Lexicon) -> int:
    """The index just past the people a group noun before ``of`` (the index of its
    "of") is made of: a few words ending in a plural noun for people or bodies ("a
    group of 400 doctors", "a coalition of NGOs", "a small group of ANC supporters":
    rule A710); 0 when none follows."""
    if of >= len(tokens) or tokens[of].lower != "of":
        return 0
    for j in range(of + 1, min(len(tokens), of + 1 + _GROUP_REACH)):
        tok = tokens[j]
        if tok.segment is not None or not tok.text.replace("-", "").isalnum():
            return 0
        if plural_role(tok.lower, lex) in ("person", "org") or (
            tok.text.isupper() and tok.text.endswith("s") and len(tok.text) > 2
        ):
            return j + 1
        if tok.lower in STOP_LEFT or tok.lower in lex.verb_forms:
            return 0
    return 0


def _group_phrase(text: str) -> bool:
    """Whether ``text`` describes people as a group of them (rule A710: "a small group
    of parents")."""
    words = text.lower().split()
    return any(w in _GROUP_NOUNS and nxt == "of" for w, nxt in itertools.pairwise(words))


def _group_start(tokens: list[Token], of: int) -> int:
    """The first token of the group noun phrase whose noun stands before ``of``, back
    over its modifiers to its determiner (rule A710: "a much smaller group of"); -1 when
    the noun is no group noun or no determiner opens the phrase."""
    if of < 2 or tokens[of - 1].lower not in _GROUP_NOUNS:
        return -1
    for k in range(of - 2, max(-1, of - 5), -1):
        tok = tokens[k]
        if tok.segment is not None or not tok.text.isalpha():
            return -1
        if tok.lower in _DETERMINERS:
            return k
        if not tok.text.islower():
            return -1
    return -1


def _datelined(tokens: list[Token], dash: int) -> bool:
    """Whether the dash at ``dash`` closes a dateline opening its sentence: a place in
    capitals, maybe its country or state and agency ("BEIJING —", "NAIROBI, Kenya (AP)
    —": rule A729)."""
    k = dash
    while k > 0 and tokens[k - 1].sentence == tokens[dash].sentence:
        k -= 1
    return (
        0 < dash - k <= _DATELINE_WORDS
        and tokens[k].text.isupper()
        # (rule A904: with its date and a second place, "NIAMEY/COTONOU, Feb 3 -")
        and all(
            t.text[:1].isupper() or t.text in ",()/" or t.text.isdigit() for t in tokens[k:dash]
        )
    )


# A parent described by their children: "mother-of-two", "father-to-be" (rule A820)
KIN_OF: Final = re.compile(r"([a-z]+)-(?:of|to)-[a-z]+")


def _nominal_left(tokens: list[Token], end: int, lex: Lexicon) -> Mention | None:
    """``the senator``, ``a White House spokeswoman``, ``officials`` ending at ``end``."""
    head = tokens[end - 1]
    role = lex.roles.get(head.lower)
    if role is None and "-" in head.lower:
        # rule A142: "co-leader", "ex-minister": the role after the prefix
        role = lex.roles.get(head.lower.rsplit("-", 1)[1])
        if role is None and (kin := KIN_OF.fullmatch(head.lower)):
            role = lex.roles.get(kin.group(1))  # rule A820: "the dad-of-three"
    plural = role is None and _plural(head.lower, lex)
    if plural:
        # rule A497: the plural of a listed role of people or bodies ("in what unions
        # called"; not of texts, "intelligence reports indicated")
        role = lex.roles.get(singular(head.lower))
        if role is not None and role[1] == "text":
            return None
    start = end - 1
    if role is None and end >= 2:
        two = f"{tokens[end - 2].lower} {head.lower}"
        if two in lex.roles:
            role = lex.roles[two]
            start = end - 2
    if role is None:
        return None
    i = start
    while i > 0 and end - i < 8:
        prev = tokens[i - 1]
        if prev.segment is not None or (
            # rule A699: a conjunction opening the sentence is no part of it ("But
            # officials said")
            prev.text in OPENING_CONJUNCTIONS
            and (i == 1 or tokens[i - 2].sentence != prev.sentence)
        ):
            break
        if prev.lower in _DETERMINERS:
            if prev.lower in _SINGULAR_ONLY and plural_form(head.lower):
                # rule A359: "that" before a plural is the pronoun of a relative clause
                # ("levels that health officials warned were"), no determiner
                break
            if prev.lower in _ARTICLES_SINGULAR and i < start and plural_form(head.lower):
                # rule A422: "a" before a plural determines a noun of its own ("a result
                # environmental groups called"): the phrase starts after that noun
                i += 1
                break
            i -= 1
            if (
                i > 1
                and AGE_WORD.fullmatch(tokens[i - 1].lower) is not None
                and tokens[i - 2].lower in _ARTICLES
            ):
                i -= 2  # rule A1075: and an age before it ("the 61-year-old former lawyer")
            elif (
                i > 0
                and tokens[i - 1].segment is None
                and (
                    tokens[i - 1].lower in _ARTICLES
                    # rule A559: or "one" before "former" ("one former national selector")
                    or (prev.lower == "former" and tokens[i - 1].lower == "one")
                )
            ):
                i -= 1  # "the former senator", "the two officials"
            break
        if (
            prev.text[:1].isupper()
            # (and hyphenated: "the federal anti-graft agency", "the 29-year-old singer")
            or (
                prev.text.replace("-", "").isalpha()
                and (
                    prev.lower not in ADVERBS
                    # rule A316: after its determiner ("the first officer", "One first
                    # officer"), no adverb of the verb
                    or (i >= 2 and tokens[i - 2].lower in _DETERMINERS)
                )
            )
            or prev.lower.endswith("-year-old")
        ):
            if (
                not prev.text[:1].isupper()
                and (
                    prev.lower in STOP_LEFT
                    # a verb form right after a determiner is a modifier: "the state
                    # health department"
                    or (
                        prev.lower in lex.verb_forms
                        and not (i >= 2 and tokens[i - 2].lower in _DETERMINERS)
                    )
                )
                and not (
                    i >= 2
                    and _is_name_word(tokens[i - 2])
                    and (_org_and(tokens, i - 1, lex) or _place_and(tokens, i - 1, lex))
                )
                # rule A181: "A Department for Housing spokesperson"
                and not (prev.text in _JOINERS and i >= 2 and tokens[i - 2].text in lex.org_words)
                # rule A896: "A Port of Sunderland spokesman"
                and not (prev.text == "of" and i >= 2 and tokens[i - 2].text in _LOCAL_BODIES)
                # rule A934: "of" inside a title in lower case ("the secretary of
                # state's office")
                and not (
                    prev.text == "of"
                    and i >= 2
                    and tokens[i - 2].text.islower()
                    and lex.role_kind(tokens[i - 2].lower) == "person"
                    and possessive(tokens[i].lower)
                )
            ):
                break  # (a capitalised word is a name: "A Network Rail spokesman")
            i -= 1
            continue
        if _possessive(prev):
            i -= 1
            continue
        break
    if head.lower in _COUNT_NOUNS and tokens[i].lower == "the":
        return None  # rule A1198: "the figures showed", "the reserves figure": a number
    before = i - 1
    while before > 0 and tokens[before].text[:1].isdigit():
        before -= 1  # (past a number: "for 9th graders")
    if (
        tokens[before].lower == "of"
        and plural_role(head.lower, lex) in ("person", "org")
        and (group := _group_start(tokens, before)) >= 0
    ):
        # rule A710: the people of a group, read from the group's determiner ("A group
        # of 400 doctors said")
        return Mention(
            tokens[group].start, head.end, _join(tokens, group, end), "nominal", head.lower
        )
    if (
        plural
        and before > 0
        and (
            tokens[before].lower in ("and", "or")
            or (tokens[before].lower in PREPOSITIONS and tokens[before].lower != "of")
            or (tokens[before].lower == "of" and tokens[before - 1].lower in _ALONE)
        )
    ):
        # (the second of two subjects, "X and two business associations"; an object,
        # "talks with the unions would begin"; one of a group, "An attorney for one of
        # the defendants"; but "a group of independent filmmakers")
        return None
    return Mention(
        tokens[i].start,
        head.end,
        _join(tokens, i, end),
        "organisation" if role[1] == "org" else "nominal",
        head.lower,
    )


_RELATIVE_SUBJECTS: Final = frozenset({"he", "she"})  # (rule A310)
# Role nouns of people who speak for the body named before them (rule A482).
UNNAMED_ONE: Final = frozenset({"one", "a", "an", "another"})  # (rule A541)
_SPEAKS_FOR: Final = frozenset(
    """spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official
    officials representative representatives""".split()
)
# rule A976: an unnamed official "of" or "at" a body is a person of it, described in
# full ("A senior official of the Ministry of Power, who ..., told"), where a
# spokesperson or representative speaks for the body
_SPEAKS_FOR_BODY: Final = _SPEAKS_FOR - {"official"}
STOP_LEFT: Final = frozenset(
    """and or but that which who whom as if when while because of to for with by in on at
    from though although whereas unless until what whose where after before""".split()
)  # (rule A320: "though organisers"; rule A372: "in what prosecutors have described as";
# rule A393: "a rally outside the station, where members waved placards"; rule A1011:
# "after" and "before", "Two years after Sweden's government promised")


def mention_before(tokens: list[Token], verb: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """The subject of the verb at ``verb``, read leftwards: ``X said``, ``X later said``,
    ``X, a spokesman for Y, said``. Returns the mention and its first token index."""
    i = verb
    while i > 0 and tokens[i - 1].lower in ADVERBS and tokens[i - 1].segment is None:
        i -= 1
    if not tokens[verb].lower.endswith("ing"):
        i = _past_time(tokens, i)  # (a finite verb's: not "issued a report this month charging")
    if i == 0:
        return None
    found = _mention_ending_at(tokens, i, lex)
    if (
        found is not None
        # (rule A1109: or a place read as a body's name, "the Isles of Scilly")
        and found[0].kind in ("name", "organisation")
        and found[1] > 1
        and (
            tokens[found[1] - 1].lower in _PLACED_IN
            or (
                (
                    possessive(tokens[found[1] - 1].lower)
                    or tokens[found[1] - 1].lower == "the"
                    # rule A830: or a lower-case word of the place ("in upper Wharfedale")
                    or (
                        tokens[found[1] - 1].text.isalpha()
                        and tokens[found[1] - 1].text.islower()
                        and tokens[found[1] - 1].lower not in lex.verb_forms
                    )
                )
                and tokens[found[1] - 2].lower in _PLACED_IN
            )
        )
        and (placed := placed_people(tokens, i, lex)) is not None
    ):
        return placed  # rule A801: "Islanders on Orkney's North Isles have hit out"
    if (
        found is not None
        and found[0].kind == "nominal"
        and found[1] > 1
        and tokens[found[1]].lower in ("his", "her", "their")
        and tokens[found[1] - 1].lower == "and"
        and (leader := _mention_ending_at(tokens, found[1] - 1, lex)) is not None
        and leader[0].kind == "name"
    ):
        # rule A1102: a name and the people of its own ("Adeyemi and her colleagues
        # wrote"): the name
        return leader
    if (
        found is not None
        and found[0].kind == "name"
        and found[1] > 1
        and tokens[found[1] - 1].lower == "of"
        and tokens[found[1] - 2].text.islower()
    ):
        # rule A1188: a name completing a role in lower case is what the role is of
        # ("The chief executive of Pacific Root Exports said"): the role is the subject
        widened = _role_of_body(tokens, found, lex)
        if widened[0].kind == "nominal":
            return widened
    if found is not None:
        return (
            _affiliated(tokens, found, lex)
            or _affiliated_in_place(tokens, found, lex)
            or _qualified(tokens, found, i, lex)
            or _located(tokens, found, i, lex)
            or _listed_body(tokens, found, i, lex)
            or opening_group(tokens, found, lex)
            or _opening_unnamed(tokens, found, i, lex)
            or _for_body(tokens, found, i, lex)
            or found
        )
    if (placed := placed_people(tokens, i, lex)) is not None:
        return placed
    if (qualified := _qualified_thing(tokens, i, lex)) is not None:
        return qualified
    if (run := _place_run(tokens, i, lex)) is not None:
        # (a known place, which is no mention: "Officials in Brussels said")
        located = _located(tokens, run, i, lex) or _person_from_place(tokens, run, lex)
        if located is not None:
            return located
        place = run[1]
        spot = _join(tokens, place, i).strip()
        spot_name = Mention(tokens[place].start, tokens[i - 1].end, spot, "name")
        if (body := _for_body(tokens, (spot_name, place), i, lex)) is not None:
            return body  # (rule A1217: "Transport for London said")
        if (
            place == 0
            or tokens[place - 1].sentence != tokens[place].sentence
            # (rule A729: or after a dateline's dash, "BEIJING — China on Monday accused")
            or (tokens[place - 1].text in LINE_DASHES and _datelined(tokens, place - 1))
        ):
            # rule A487: a place opening the sentence as the verb's subject speaks for
            # its government ("Beijing said", "Israel said in a statement")
            return Mention(tokens[place].start, tokens[i - 1].end, spot, "organisation"), place
    closing = tokens[i - 1].segment
    if tokens[i - 1].text == "," or (
        # rule A883: or a quoted name closing it, its comma inside the marks ("its
        # leader, Jean-Robert Alcindor, known as "Ti Chef," warned")
        closing is not None and closing.text.endswith(",") and i > 2 and tokens[i - 2].lower == "as"
    ):
        # An appositive: "Dale Belman, a professor at the university, said".
        k = i - 2
        while k > 0 and i - k < _MAX_APPOSITIVE:
            tok = tokens[k]
            if (
                tok.text == ","
                and tokens[k - 1].text.isdigit()
                and tokens[k + 1].text.isdigit()
                and tokens[k - 1].end == tok.start
                and tok.end == tokens[k + 1].start
            ):
                k -= 1  # rule A1036: a number's comma ("a grant of £150,000,")
                continue
            if (
                tok.segment is not None
                and tok.segment.text[-1:].isalnum()
                and tokens[k - 1].text not in ",:"
                and k + 1 < i - 1
            ):
                # rule A645: a quoted name or term inside the appositive ("Verhaegen,
                # nicknamed the "Goat of Geraardsbergen" for his climbing, posted")
                k -= 1
                continue
            if tok.segment is not None or (
                tok.text in ".!?;"
                # (not the period of a title: ", Dr. Hannah Obi-Whitfield, said")
                and not (
                    tok.text == "."
                    and tokens[k - 1].end == tok.start
                    and _abbreviated(tokens[k - 1], lex.name_abbreviations)
                )
            ):
                break
            if tok.text == ",":
                if (
                    tokens[k + 1].lower in ("and", "but")
                    and tokens[k + 2].lower in SUBJECT_PRONOUNS
                ):
                    # rule A1290: a clause with a subject of its own is no appositive
                    # ("her father, Iain Macdonald, and she talks about him ..., then
                    # corrects herself")
                    break
                found = _mention_ending_at(tokens, k, lex)
                if found is None and (run := _place_run(tokens, k, lex)) is not None:
                    # rule A599: a known place ends the description ("one worker from
                    # Kyrgyzstan, who did not want to be named, said")
                    found = _located(tokens, run, k, lex) or _person_from_place(tokens, run, lex)
                if (
                    found is not None
                    and found[1] > 0
                    and tokens[found[1] - 1].lower in ("from", "in", "of")
                    and (
                        (
                            tokens[found[1] - 1].lower != "of"
                            and tokens[k + 1].capitalised
                            and tokens[k + 2].text == ","
                        )
                        # rule A675: or a relative clause after the place of a person
                        # given an age (", 54, from Bolton, who was staying"; rule A695:
                        # ", 79, of Clun, who takes")
                        or (
                            found[1] > 2
                            and tokens[found[1] - 2].text == ","
                            and (
                                tokens[found[1] - 3].text.isdigit()
                                # rule A851: or of a name ("Barnsworth, of Halesowen,
                                # who sat in the dock, shouted"; rule A1192: or "from" a
                                # place of one word, "Sarah Whitaker, from Morley, whose
                                # son ...", not a person's letter, "One, from Ines Paddock,")
                                or (
                                    tokens[found[1] - 3].capitalised
                                    and (
                                        tokens[found[1] - 1].lower == "of"
                                        or (
                                            tokens[found[1] - 1].lower == "from"
                                            and " " not in found[0].text
                                        )
                                    )
                                )
                            )
                        )
                    )
                ):
                    # rule A580: a place and its region (", 34, from Basildon, Essex,"):
                    # read on back, past the place
                    k = found[1] - 1
                    continue
                if (
                    found is not None
                    and found[0].kind in ("name", "organisation")
                    and found[1] > 1
                    and tokens[found[1] - 1].text.isalpha()
                    and tokens[found[1] - 1].text.islower()
                    and tokens[found[1] - 1].lower not in PREPOSITIONS
                    and tokens[found[1] - 1].lower not in _DETERMINERS
                    and tokens[found[1] - 1].lower not in ("and", "or")
                    # (the rest of the list after its comma: "Meta and TikTok")
                    and any(t.lower == "and" for t in tokens[k + 1 : i - 1])
                    and all(t.capitalised or t.lower == "and" for t in tokens[k + 1 : i - 1])
                ):
                    # rule A787: the first of a list a verb inside the appositive takes
                    # ("The Digital Industry Group, whose members include Google, Meta
                    # and TikTok, said"): read on back, past that verb's object
                    k = found[1] - 1
                    continue
                if (
                    found is not None
                    and found[0].kind == "name"
                    and found[1] > 2
                    and tokens[found[1] - 1].text.isalpha()
                    and tokens[found[1] - 1].text.islower()
                    and tokens[found[1] - 1].lower not in PREPOSITIONS
                    and tokens[found[1] - 2].lower in ("who", "which")
                    and tokens[found[1] - 3].text == ","
                ):
                    # rule A862: the object of a relative clause's verb, in apposition
                    # ("Lawyer Patricia Auma, who represents Ronald Ssekitoleko, a boda
                    # boda rider, said"): read on back, past the clause
                    k = found[1] - 3
                    continue
                # (rule A949: or the last of names listed: "whose parents, Harold and Ruth,")
                listed = relative = 0
                if found is not None:
                    listed = found[1] - 1
                    while listed > found[1] - 6 and (
                        tokens[listed].lower == "and" or tokens[listed].capitalised
                    ):
                        listed -= 1
                    if listed > 2 and tokens[listed].text == ",":
                        relative = next(
                            (
                                r
                                for r in range(listed - 2, max(0, listed - 7), -1)
                                if tokens[r].lower in ("who", "whose") or tokens[r].text == ","
                            ),
                            0,
                        )
                if (
                    relative > 0
                    and tokens[relative - 1].text == ","
                    and (
                        (tokens[relative].lower == "whose" and relative == listed - 2)
                        # (not the name the person gave: "who gave only his first
                        # name, Issa,", rule A703)
                        or (
                            tokens[relative].lower == "who"
                            and all(t.lower != "name" for t in tokens[relative:listed])
                        )
                    )
                ):
                    # rule A917: what a "whose" clause's noun is, in apposition ("Ayesha
                    # Njie, whose father, an army sergeant, disappeared ..., said"), or the
                    # object of a "who" clause's verb (rule A949: "who lost her parents,
                    # Harold and Ruth, in the collapse, said"): read on back, past the clause
                    k = relative - 1
                    continue
                named = _appositive_name(tokens, k, lex)
                if (
                    named is not None
                    and named[1] != i - 1
                    and not _affiliation(tokens, named[1], i - 1, lex)
                    # rule A500: or its short form in brackets ("The rail operator,
                    # Deutsche Schienenverkehr (DSV), called")
                    and not (
                        tokens[named[1]].text == "("
                        and tokens[i - 2].text == ")"
                        and i - 2 - named[1] <= _MAX_BRACKETED
                    )
                ):
                    named = None
                if found is None and named is not None and named[0].kind == "organisation":
                    spoken = _spokesperson_opening(tokens, k)
                    if spoken is not None:
                        # rule A899: the body named in apposition to what a spokesperson
                        # speaks for ("A spokesman for the show's producers, Sunbeam
                        # Productions, said"), as for the body itself (rule A155)
                        return named[0], spoken
                if found is not None:
                    # (rules A387, A529: the place of a description before its appositive,
                    # "One secondary teacher from Dundee, who voted against, said")
                    affiliated = _affiliated(tokens, found, lex)
                    located = None if affiliated else _located(tokens, found, k, lex)
                    found = (
                        affiliated
                        # rule A1118: or the person of a body in a place ("Dr Annina Caduff
                        # of the Alpine Cryosphere Institute in Sion, who ..., says")
                        or (located and _affiliated(tokens, located, lex))
                        or located
                        or _opening_unnamed(tokens, found, k, lex)
                        or _for_body(tokens, found, k, lex)
                        or found
                    )
                    if named is not None:  # rule A159: "The leader of X, Jane Doe, said"
                        # (a body described in lower case only before a person's name:
                        # not "the Vatican's newspaper, L'Osservatore Romano,")
                        first = tokens[k + 1].text
                        described = first in lex.given_names or first in lex.titles
                        found = _role_of_body(tokens, found, lex, described=described)
                    elif _role_of_body(tokens, found, lex) is not found or (
                        # rule A1196: or a body a person is "of", opening the appositives
                        # ("Arne De Smet, of the Flemish Student Union, one of the
                        # organisers, said")
                        found[0].kind == "organisation" and _of_after_comma(tokens, found[1])
                    ):
                        # rule A178: the body of a role in an appositive ("Matthew
                        # Sandford, a fund manager at Hollins & Crane, which owns ...,
                        # said"): the name opening the sentence
                        earlier = _opening_name(tokens, k, lex)
                        if earlier is not None:
                            return earlier
                if named is not None:
                    # rule A162: "His partner, Agnieszka Wrobel, wrote", "Its author,
                    # economist Ruth Okafor, told": a short noun phrase opening the
                    # sentence with a determiner, and the name in apposition to it (a
                    # body after a preposition too: "... leader in the council, X,")
                    if found is None or (
                        found[0].kind == "organisation" and found[0].text[:1].islower()
                    ):
                        opening = _determined_opening(tokens, k, lex)
                    else:
                        # rule A486: a title and its complement opening the sentence ("The
                        # Speaker of Parliament, Annet Kyomuhendo, wrote")
                        opening = _title_opening(tokens, k, lex)
                    if opening is not None:
                        name = named[0]
                        role = _join(tokens, opening + 1, k)
                        return Mention(name.start, name.end, name.text, name.kind, role), opening
                if found is not None and found[0].kind == "nominal" and named is None:
                    # rule A186: "Another traveller, who gave her name only as
                    # Bernadette, said": the name the person gave
                    named = _name_given(tokens, k + 1, i - 1, lex)
                if (
                    found is not None
                    and found[0].kind == "organisation"
                    and named is not None
                    and found[0].text.rsplit(" ", 1)[-1].islower()
                ):
                    # rule A1100: a body named in apposition within a person's own
                    # appositive ("Geir Ove Brekke, head of the industry body, the
                    # Federation of Norwegian Seafood Producers, accused"): the person
                    earlier = _opening_name(tokens, k, lex)
                    if earlier is not None:
                        return earlier
                    own = named[0].role
                    if own and lex.role_kind(own.rsplit(" ", 1)[-1].lower()) == "person":
                        # rule A1191: a person named with a role of their own ("The head
                        # of the Parliament's delegation, Belgian lawmaker Sofie
                        # Vandenbroucke, said"), no body's name
                        return named
                    # rule A260: "The main opposition party, the Citizens' Democratic
                    # Movement, said", "The regulator, Ofwat, said": the body's name, with
                    # the description as its role (rule A425: a lower-case head after a
                    # name is one too, "The UN refugee agency, UNHCR, said")
                    name = named[0]
                    lead = k + 1
                    if modifier_word(tokens[lead].text):
                        lead += 1  # rule A638: past where it is based ("Toronto-based")
                    if tokens[lead].capitalised and tokens[lead].start < name.start:
                        # rule A490: the whole capitalised run, words a person's name
                        # would drop as titles included ("Hrablík's party, National
                        # Direction, said")
                        text = _join(tokens, lead, named[1])
                        name = Mention(tokens[lead].start, name.end, text, "organisation")
                    return Mention(
                        name.start, name.end, name.text, "organisation", found[0].role
                    ), found[1]
                if found is not None and found[0].kind == "nominal" and named is not None:
                    # rule A130: "The chief executive, Mary Barra, said": the name
                    head, _, rest = found[0].text.partition(" ")
                    role = rest if rest and head.lower() in _ARTICLES else found[0].text
                    name = named[0]
                    return Mention(name.start, name.end, name.text, name.kind, role), found[1]
                if found is not None and found[0].kind != "name" and found[0].role is not None:
                    # rule A140: stacked appositives ("Priya Raman, the head of the
                    # legal team, who joined in 2019, told"): the name opening the sentence
                    earlier = _opening_name(tokens, k, lex)
                    if earlier is not None:
                        return earlier
                if found is not None and found[0].kind != "pronoun":
                    return found
                break
            k -= 1
    return None


# A time phrase between a subject and its verb (rule A624: "A report by X last year
# warned", "X on Monday said").
_TIME_BEFORE: Final = frozenset({"last", "this", "next", "earlier", "later", "on"})
_TIME_PHRASE_ENDS: Final = frozenset(
    """week month year weekend spring summer autumn fall winter morning afternoon evening
    night Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


def _past_time(tokens: list[Token], i: int) -> int:
    """The index where a two-word time phrase ending at ``i`` starts ("last year", "on
    Monday": rule A624), past any adverb before it; ``i`` when there is none."""
    if (
        i >= 3
        and tokens[i - 1].text in _TIME_PHRASE_ENDS
        and tokens[i - 2].lower in _TIME_BEFORE
        and tokens[i - 2].segment is None
    ):
        i -= 2
        while i > 0 and tokens[i - 1].lower in ADVERBS and tokens[i - 1].segment is None:
            i -= 1
    return i


def _body_start(tokens: list[Token], found: tuple[Mention, int], words: frozenset[str]) -> int:
    """Index of the preposition (one of ``words``) before the body ``found``, past
    ``the`` and up to two lower-case modifiers (``of the hard-left``); -1 if none."""
    mention, k = found
    if mention.kind not in ("name", "organisation") or not mention.text[:1].isupper():
        return -1  # (not a body's description: "the Vatican's newspaper")
    k -= 1
    for _ in range(4):  # the preposition, past "the" and two modifiers (rule A302)
        if k < 1 or tokens[k].segment is not None:
            return -1
        word = tokens[k].lower
        if word in words:
            return k
        if word == "and" and tokens[k - 1].capitalised:
            # rule A383: past a first name joined by "and" ("MP for Kingsmere and Brayle
            # Valley")
            k -= 1
            while k > 1 and tokens[k - 1].capitalised:
                k -= 1
            k -= 1
            continue
        if possessive(tokens[k].text) and tokens[k].text[:1].isupper():
            # rule A964: past the body the unit is of ("of the PSNI's Paramilitary Crime
            # Task Force")
            k -= 1
            while k > 1 and tokens[k].capitalised:
                k -= 1
            continue
        if not (
            word == "the"
            or (tokens[k].text.islower() and word not in STOP_LEFT)
            # rule A351: where it is based ("a partner at London-based fund Halvard")
            or modifier_word(tokens[k].text)
        ):
            return -1
        k -= 1
    return -1


def _affiliated(
    tokens: list[Token], found: tuple[Mention, int], lex: Lexicon
) -> tuple[Mention, int] | None:
    """The person whose body ``found`` is (``Lars Chittka of Queen Mary University``,
    ``Larry Sabato of the University of Virginia``): the subject (rule A159)."""
    mention, k0 = found
    if mention.kind == "name" and k0 >= 2 and mention.role == tokens[k0].text:
        run = [t.text for t in tokens[k0:] if t.end <= mention.end]
        joiner = tokens[k0 - 1].lower
        if joiner in ("of", "for") and portfolio_words(
            run, joiner, tokens[k0 - 2].text in lex.title_words, lex
        ):
            return None  # a portfolio's end, then a name (rule A394: "... of Law Helena X")
    k = _body_start(tokens, found, _AFFILIATIONS)
    if k < 0 and found[0].kind == "organisation" and tokens[found[1] - 1].lower in _AFFILIATIONS:
        k = found[1] - 1  # rule A305: "of the ruling Democratic Center party", described
    if k < 1 or tokens[k - 1].text == ",":
        return None
    person = _mention_ending_at(tokens, k, lex)
    if person is None or person[0].kind != "name":
        return None
    word = person[0].text.lower()
    if mention.kind == "organisation" and " " not in word and plural_role(word, lex) == "person":
        # rule A727: people of the body, a plural noun opening the sentence ("Members of
        # the Chamboli Residents Association spent Monday painting placards")
        end = next(j for j in range(k0, len(tokens)) if tokens[j].end >= mention.end) + 1
        text = _join(tokens, person[1], end)
        return Mention(person[0].start, mention.end, text, "nominal", word), person[1]
    return person


def _affiliated_in_place(
    tokens: list[Token], found: tuple[Mention, int], lex: Lexicon
) -> tuple[Mention, int] | None:
    """The person whose body is placed by ``found``, a place after ``in`` (rule A549:
    "Colonel Roberto Ferrante of the Carabinieri in Arezzo"): the subject; else None."""
    mention, k = found
    if k < 3 or tokens[k - 1].lower != "in" or mention.kind not in ("name", "organisation"):
        return None
    body = _mention_ending_at(tokens, k - 1, lex)
    if body is None:
        return None
    if (
        body[0].kind == "name"
        # (rule A1226: or a given name alone, a listener's: "Pat in Gosport says")
        and (" " in body[0].text or body[0].role is None)
        and body[0].text.split(" ", 1)[0] in lex.given_names
        and (
            mention.text.split(" ", 1)[0] not in lex.given_names
            # rule A1213: or a place by its last word ("Sheriff Dan Kowalczyk in Marion
            # County told"), whatever its first
            or mention.text.rsplit(" ", 1)[-1] in _PLACE_ENDINGS
        )
    ):
        # rule A1016: a person, by a given name, and where they are ("Sarah Nankervis in
        # Mousehole writes")
        return body
    return _affiliated(tokens, body, lex)


def _qualified(
    tokens: list[Token], found: tuple[Mention, int], end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """``found`` ending at ``end`` as the complement of ``a source close to``, ``people
    familiar with``: the whole description (rule A170); None otherwise."""
    k = found[1]
    if k < 3 or f"{tokens[k - 2].lower} {tokens[k - 1].lower}" not in QUALIFIERS:
        return None
    nominal = _nominal_left(tokens, k - 2, lex)
    if nominal is None:
        return None
    start = _first_token(tokens, k - 2, nominal)
    text = _join(tokens, start, end)
    return Mention(nominal.start, found[0].end, text, nominal.kind, nominal.role), start


def _qualified_thing(tokens: list[Token], end: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """``a source close to the show`` ending at ``end``, its complement no mention (rule
    A1027: "Last night a source close to the show told us"): the whole description;
    None otherwise."""
    if end < len(tokens) and f"{tokens[end - 1].lower} {tokens[end].lower}" in lex.verb_forms:
        return None  # (the first word of a verb of two: "close to the star hit back")
    for k in range(end - 1, max(1, end - 5), -1):
        tok = tokens[k]
        if f"{tokens[k - 1].lower} {tok.lower}" in QUALIFIERS:
            nominal = _nominal_left(tokens, k - 1, lex)
            if nominal is None or nominal.kind != "nominal":
                return None
            start = _first_token(tokens, k - 1, nominal)
            text = _join(tokens, start, end)
            return Mention(
                nominal.start, tokens[end - 1].end, text, nominal.kind, nominal.role
            ), start
        if not (tok.text.isalpha() and tok.text.islower()) or tok.lower in lex.verb_forms:
            return None
    return None


def _listed_body(
    tokens: list[Token], found: tuple[Mention, int], end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """``found``, the last of a list of portfolios joined by commas and ``and`` in a
    body's name (rule A390: "The Ministry of Education, Science and Sport said"): the
    whole name; None otherwise."""
    mention, k = found
    if k < 4 or tokens[k - 1].lower != "and" or not mention.text[:1].isupper():
        return None
    j = k - 2  # the last word of the item before "and"
    while j > 0 and tokens[j].capitalised:
        while j > 0 and tokens[j - 1].capitalised:
            j -= 1  # (the first word of this item)
        if j > 1 and tokens[j - 1].text == "," and tokens[j - 2].capitalised:
            j -= 2  # (the item before it)
            continue
        break
    if not (j >= 2 and tokens[j - 1].lower == "of" and tokens[j - 2].text in lex.org_words):
        return None
    start = j - 2
    while start > 0 and tokens[start - 1].capitalised and tokens[start - 1].lower != "the":
        start -= 1
    name = _join(tokens, start, end).strip()
    return Mention(tokens[start].start, mention.end, name, "organisation", None), start


def _place_run(tokens: list[Token], end: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """The known place that ends at ``end`` ("Brussels", "New York"), as a name with no
    text (a place is no mention) and its first token, for ``_located``; None when the
    capitalised words there are none or no known place."""
    place = end
    while place > 0 and tokens[place - 1].capitalised:
        place -= 1
    if place == end or not lex.is_place(_join(tokens, place, end).strip()):
        return None
    return Mention(tokens[place].start, tokens[end - 1].end, "", "name"), place


def _person_from_place(
    tokens: list[Token], run: tuple[Mention, int], lex: Lexicon
) -> tuple[Mention, int] | None:
    """The person named by a given name right before ``from`` or ``in`` and the known
    place ``run`` (rule A1227: "Bernadette from Stockport emailed to say:", "A
    listener, Bernadette from Stockport, emailed"); None otherwise."""
    place = run[1]
    if place < 2 or tokens[place - 1].lower not in ("from", "in"):
        return None
    body = _mention_ending_at(tokens, place - 1, lex)
    if (
        body is None
        or body[0].kind != "name"
        or body[0].text.split(" ", 1)[0] not in lex.given_names
    ):
        return None
    return body


def _located(
    tokens: list[Token], found: tuple[Mention, int], end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """``found``, a name after ``in``, as the place of a role before it (rule A387: "The
    port authority in Ortona said", "Officials in Brussels said"), or a mention after
    ``from``, ``near``, ``of``, ``at`` or ``for`` completing an unnamed person's
    description (rules A529, A541, A546, A574, A582): the whole description; None
    otherwise."""
    mention, k = found
    if k < 2 or mention.kind == "pronoun":
        return None
    if (placed := _placed_unnamed(tokens, found, end, lex)) is not None:
        return placed
    j = k - 1  # the joiner
    if (
        tokens[j].lower == "the"
        and j > 1
        and tokens[j - 1].lower in ("at", "in", "of", "with")
        and mention.kind in ("name", "organisation")
    ):
        # rule A608: past the article of a body's name ("at the Ministry of Finance"; rule
        # A976: "of the Ministry of Power")
        j -= 1
    joiner = tokens[j].lower
    # (rule A529: a person's place after "from" or "near", "One secondary teacher from
    # Dundee said", or body, rule A546: "One senior official from a partner party,
    # speaking ..., said"; rule A541: an unnamed member's body after "of", "one senior
    # member of the Test squad said"; rule A574: after "at", "an official at the federal
    # agency Ibama, who ..., said")
    if joiner not in ("in", "from", "near", "of", "at", "for", "with"):
        return None
    nominal = _nominal_left(tokens, j, lex)
    if nominal is None or nominal.kind not in ("nominal", "organisation"):
        return None
    if _group_phrase(nominal.text):
        return None  # rule A710: a group of people is no unnamed person placed
    unnamed = nominal.text.split(" ", 1)[0].lower() in UNNAMED_ONE  # ("one official")
    # rule A582: an unnamed person's description goes on past "for" and a person
    # described in lower case ("A spokesperson for the UN secretary-general urged"); a
    # body after it is the one spoken for (rule A199: "A spokesman for the provincial
    # fisheries bureau said")
    if joiner == "for" and (
        mention.kind != "nominal" or lex.role_kind(mention.role or "") != "person" or not unnamed
    ):
        return None
    if joiner != "in" and lex.role_kind(nominal.role or "") != "person":
        return None  # (A529: a person's place; "The statement from Brightline" is its author)
    if (
        joiner == "of"
        and (not unnamed or (nominal.role or "") in _SPEAKS_FOR_BODY)
        # rule A547: but a relative of the person named ("the mother of Leung Ka-wai")
        and (nominal.role or "") not in KIN_NOUNS
    ):
        return None  # (A541: not "The head of X", nor "a spokesman of X", who speaks for X)
    if joiner in ("at", "with") and not unnamed:
        # (A574: "Analysts at Jefferies said" speak for their firm; rule A988: "An
        # official with the UN mission said" is one person of it)
        return None
    start = _first_token(tokens, j, nominal)
    text = _join(tokens, start, end)
    return Mention(nominal.start, mention.end, text, nominal.kind, nominal.role), start


_WITHIN: Final = frozenset({"at", "in", "on", "near"})  # (rules A677, A679)
_NOT_WITHIN: Final = frozenset("and or who whom whose which that as".split())
_PLACES_REACH: Final = 10  # (rule A679: "at a roadblock on the A-3 motorway near Chiva")
_OPENING_REACH: Final = 14  # tokens from a place back to the sentence's opening (A1216)


def _for_body(
    tokens: list[Token], found: tuple[Mention, int], end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The whole name of a body that ``for`` joins, with no word for a body in it, when
    ``found`` is the name after ``for`` and the words before it open the sentence or
    follow ``the`` (rule A1217: "Transport for Greater Manchester said", "Kansans for
    Choice, the coalition ..., said"); not a title's portfolio ("Minister for
    Transport"). None otherwise."""
    mention, k = found
    if mention.kind not in ("name", "organisation") or k < 2 or tokens[k - 1].text != "for":
        return None
    s = k - 1
    while s > 0 and _is_name_word(tokens[s - 1]) and not _possessive(tokens[s - 1]):
        s -= 1
    if s == k - 1 or k - 1 - s > 3:
        return None
    opens = s == 0 or tokens[s - 1].sentence != tokens[s].sentence
    if not (opens or tokens[s - 1].lower == "the"):
        return None
    words = [t.text for t in tokens[s : k - 1]]
    if (
        any(w in lex.titles or w in NAME_HONORIFICS for w in words)
        or words[0] in lex.given_names
        # (a person's office: "Member for Brikama North", "Executive Member for Lands")
        or (lex.role_kind(words[-1].lower()) == "person" and not words[-1].endswith("s"))
        or mention.text.split(" ", 1)[0] in lex.given_names
        or (mention.kind == "name" and mention.role is not None)
    ):
        return None
    if opens and len(words) == 1 and words[0] in lex.nonnames:
        return None
    return Mention(tokens[s].start, mention.end, _join(tokens, s, end), "organisation"), s


def _opening_unnamed(
    tokens: list[Token], found: tuple[Mention, int], end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The description of one unnamed person opening the sentence, when ``found`` is a
    name of no one after ``in``, ``on``, ``near`` or ``at`` that ends it (rule A1216:
    "One shop owner on Whitefriargate, who ..., said", "A council worker sandbagging
    near the Wiradjuri Bridge told", "An aid worker with a European charity operating
    in Baidoa described"): the whole description up to ``end``; None otherwise."""
    mention, k = found
    if mention.kind != "name" or k < 3:
        return None
    j = k - 2 if tokens[k - 1].lower == "the" else k - 1
    if tokens[j].lower not in _WITHIN:
        return None
    sentence = tokens[j].sentence
    s = j
    while s > 0 and tokens[s - 1].sentence == sentence:
        s -= 1
        tok = tokens[s]
        if (
            j - s > _OPENING_REACH
            or tok.segment is not None
            or tok.text in ",;:"
            or tok.lower in _NOT_WITHIN
        ):
            return None
    if tokens[s].lower not in UNNAMED_ONE:
        return None
    for t in range(s + 2, j + 1):
        nominal = _nominal_left(tokens, t, lex)
        if (
            nominal is not None
            and nominal.start == tokens[s].start
            and nominal.kind == "nominal"
            and lex.role_kind(nominal.role or "") == "person"
            and (nominal.role or "") not in _SPEAKS_FOR_BODY
            and not _group_phrase(nominal.text)
        ):
            return Mention(
                nominal.start, mention.end, _join(tokens, s, end), "nominal", nominal.role
            ), s
    return None


def _placed_unnamed(
    tokens: list[Token], found: tuple[Mention, int], end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The description of one unnamed person, before ``at``, ``in``, ``on`` or ``near``
    and a place that goes on past another to ``found`` (rule A677: "One firefighter at
    the scene in Shawnee, who ..., said", "A nurse at the hospital in Sévaré said"; rule
    A679: "A Guardia Civil officer at a roadblock on the A-3 motorway near Chiva told"):
    the whole description, ending at ``end``; None otherwise. Not a spokesperson's, who
    speaks for the body (rule A574); nor past a relative clause's opening."""
    mention, k = found
    for j in range(k - 1, max(0, k - 1 - _PLACES_REACH), -1):
        tok = tokens[j]
        if tok.segment is not None or not tok.text[:1].isalnum() or tok.lower in _NOT_WITHIN:
            return None
        if tok.lower not in _WITHIN or j == k - 1:
            continue
        nominal = _nominal_left(tokens, j, lex)
        if nominal is None or nominal.kind != "nominal":
            continue
        role = nominal.role or ""
        if (
            lex.role_kind(role) != "person"
            or role in _SPEAKS_FOR_BODY
            or nominal.text.split(" ", 1)[0].lower() not in UNNAMED_ONE
            or _group_phrase(nominal.text)  # (rule A710: a group is no one person)
        ):
            return None
        start = _first_token(tokens, j, nominal)
        if start > 0 and tokens[start - 1].text[:1].isalnum():
            return None  # (opening a clause: not "crews told a nurse at ...")
        text = _join(tokens, start, end)
        return Mention(nominal.start, mention.end, text, "nominal", role), start
    return None


AGE_WORD: Final = re.compile(r"\d{1,3}-year-old")  # (rule A689)
_OPENER_REACH: Final = 12  # tokens of a phrase opening a sentence before its comma (A688)
# Prepositions of where people are ("Villagers in the upper Teifi valley say"): A548.
_PLACING: Final = frozenset({"in", "on", "at", "from", "near", "across", "around"})
_PLACE_REACH: Final = 6  # words of the place phrase
# Of those, the ones before a place's name, not a firm's ("Analysts at Jefferies"): A801.
_PLACED_IN: Final = _PLACING - {"at", "from"}


def opening_group(
    tokens: list[Token], found: tuple[Mention, int], lex: Lexicon
) -> tuple[Mention, int] | None:
    """A plural noun of people, capitalised as it opens its sentence, read as a name
    (rule A776: "Campaigners have vowed to fight the plans, warning that"): those people,
    a nominal mention; None for anything else."""
    mention, k = found
    if (
        mention.kind != "name"
        or " " in mention.text
        or (k > 0 and tokens[k - 1].sentence == tokens[k].sentence)
        or not plural_person(mention.text.lower(), lex)
        # (not before its complement: "Leaders of the organization", read as a group)
        or (k + 1 < len(tokens) and tokens[k + 1].lower in PREPOSITIONS)
    ):
        return None
    return Mention(mention.start, mention.end, mention.text, "nominal", mention.text.lower()), k


MODALS: Final = frozenset("can could may might must will would should".split())
# The titles of peers, part of the name they are known by ("Lord Carrow", "the Earl of
# Brancaster": rule A901).
PEERAGES: Final = frozenset(
    """Lord Lady Baron Baroness Viscount Viscountess Earl Countess Duke Duchess Marquess
    Marchioness""".split()
)


def placed_people(tokens: list[Token], end: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """People described by where they are, ending at ``end`` where no mention ends: a
    plural noun of people or bodies opening the sentence (rule A548: "Villagers in the
    upper Teifi valley say"), or one person introduced as unnamed, also after "and" or a
    comma (rule A575: "and one man near the back shouted"), before ``in``, ``on``,
    ``at``... and a few words of a place, with no punctuation or ``and`` between; None
    otherwise."""
    verb = end  # (rule A876: up to a modal's verb phrase, "can be heard shouting")
    for j in range(end - 1, max(0, end - 1 - _PLACE_REACH), -1):
        tok = tokens[j]
        if tok.segment is not None or not tok.text[:1].isalnum() or tok.lower in ("and", "or"):
            return None
        if tok.lower in MODALS:
            verb = j
        if tok.lower not in _PLACING or j == end - 1:
            continue
        nominal = _nominal_left(tokens, j, lex)
        if nominal is None or nominal.kind != "nominal" or _group_phrase(nominal.text):
            return None  # (rule A710: a group of people, its place not read as here)
        # rule A575: or one person so described, introduced as unnamed ("and one man
        # near the back shouted")
        one = nominal.text.split(" ", 1)[0].lower() in UNNAMED_ONE
        head = tokens[j - 1].lower
        if one:
            kind = lex.role_kind(head)
        elif _plural(head, lex):
            kind = lex.role_kind(singular(head))
        else:
            return None
        if kind not in ("person", "org"):
            return None
        start = _first_token(tokens, j, nominal)
        if (
            start > 0
            and tokens[start - 1].sentence == tokens[start].sentence
            and not (one and tokens[start - 1].lower in ("and", "but", ","))
            # rule A873: nor after a dateline's or a live page's dash ("ROTHBURY —
            # Villagers in the Upper Coquet valley say")
            and tokens[start - 1].text not in LINE_DASHES
            # rule A688: people at a place after an opener's comma ("In a note to
            # clients, analysts at one brokerage described"; not "members in red T-shirts")
            and not (
                tok.lower in ("at", "from", "near")
                and tokens[start - 1].text == ","
                and _opener_comma(tokens, start - 1)
            )
        ):
            return None  # (not the object of a verb: "told analysts on a conference call")
        # (rule A766: without the relative pronoun of a clause on them, "a woman from
        # Mawlamyine who asked to be identified only as Thida")
        stop = end - 1 if tokens[end - 1].lower == "who" else min(end, verb)
        text = _join(tokens, start, stop)
        return Mention(nominal.start, tokens[stop - 1].end, text, "nominal", nominal.role), start
    return None


def _opener_comma(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a prepositional phrase opening its
    sentence, with no comma before it (``In a note to clients,``): rule A688."""
    sentence = tokens[comma].sentence
    k = comma - 1
    while k > 0 and tokens[k - 1].sentence == sentence:
        if tokens[k].text == "," or tokens[k].is_quote:
            return False
        k -= 1
    return tokens[k].lower in PREPOSITIONS and comma - k <= _OPENER_REACH


def _body_in_place(
    tokens: list[Token], body: Mention, end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """``body``, a name read rightwards up to ``in`` at ``end``, with the known place
    after it (rule A597: "The Association of Banks in Lebanon condemned", "The UN
    Support Mission in Libya (UNSMIL) said"), as it is read leftwards (rule A387);
    None when no known place follows."""
    first = end + 1
    if first + 1 < len(tokens) and tokens[first].lower == "the":
        first += 1  # rule A1049: "The Alliance for Human Rights in the Sahel said"
    stop = _run_right(tokens, first, lex)
    if stop == first or not lex.is_place(_join(tokens, first, stop).strip()):
        return None
    text = f"{body.text} {_join(tokens, end, stop).strip()}"
    return Mention(body.start, tokens[stop - 1].end, text, "organisation", body.role), stop


_PLACED_AFTER: Final = frozenset({"at", "from", "in", "near"})  # (rule A586)
_PLACED_REACH: Final = 8  # words of the place phrase after the role


def _placed_after(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where an unnamed person's description written after its verb ends, past where
    the person is (rule A586: "said one currency dealer at a state-run bank, who ...",
    "said one teacher in Dundee."), as ``_located`` reads it before the verb: ``end``
    when no such phrase follows, whole up to a comma or the sentence's end."""
    n = len(tokens)
    if end >= n or tokens[start].lower not in UNNAMED_ONE:
        return end
    if tokens[end].lower not in _PLACED_AFTER and not (
        # rule A646: or whom the person is related to ("said a neighbour of the victim"),
        # as before the verb (rule A541); not whom a spokesperson speaks for
        tokens[end].lower == "of" and tokens[end - 1].lower not in _SPEAKS_FOR
    ):
        return end
    for k in range(end + 1, min(n, end + 1 + _PLACED_REACH)):
        tok = tokens[k]
        if k > end + 1 and (tok.text in ",.;" or tok.sentence != tokens[end].sentence):
            return k
        if k > end + 1 and k + 1 < n and f"{tok.lower} {tokens[k + 1].lower}" in lex.verb_forms:
            return k  # rule A839: up to its verb ("A friend of the star hit back last night")
        if not (
            tok.lower in _PLACED_AFTER
            or tok.lower in _ARTICLES
            or _role_continues(tok, lex)
            or _is_name_word(tok)
            or _possessive(tok)
        ):
            return end
    return end


def _body_complement(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """Index past the ``of`` complement of a body's noun in lower case ending at ``end``
    (rule A1241: "The regional directorate of cultural affairs said", "the chamber of
    tourism", "the prefecture of the Bas-Rhin"), when a verb, an adverb or a comma comes
    right after it; ``end`` when there is none."""
    n = len(tokens)
    if end + 2 >= n or tokens[end].lower != "of":
        return end
    j = end + 1
    named = tokens[j].lower == "the"  # (after "the", a name only)
    k = j + 1 if named else j
    if _is_name_word(tokens[k]):
        while k < n and _is_name_word(tokens[k]) and not _possessive(tokens[k]):
            k += 1
    elif not named:
        while (
            k < n
            and k - j < 3
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
            and tokens[k].lower not in lex.verb_forms
            and tokens[k].lower not in STOP_LEFT
        ):
            k += 1
    if k == j or k >= n:
        return end
    after = tokens[k]
    return (
        k if after.lower in lex.verb_forms or after.lower in ADVERBS or after.text == "," else end
    )


def _role_of_body(
    tokens: list[Token], found: tuple[Mention, int], lex: Lexicon, *, described: bool = False
) -> tuple[Mention, int]:
    """``found``, a body, widened to the role it completes (``The leader of the hard-left
    France Unbowed``, ``A spokesman for the National Marine Fisheries Service``), so that
    a name in apposition after it is the subject (rule A159); else ``found``."""
    # (rule A794: or "with", "a researcher with Kachin Mining Watch"; rule A1119: or "on",
    # "Conservative group leader on Leeds City Council")
    k = _body_start(tokens, found, _JOINERS | _AFFILIATIONS | _REPRESENTING | {"with", "on"})
    if described and k < 0 and found[0].kind == "organisation" and found[1] > 1:
        # rule A235: with ``described``, a body described in lower case ("the head of
        # the party's youth organization, Leonie Cakir,")
        k = found[1] - 1 if tokens[found[1] - 1].lower in _JOINERS | _AFFILIATIONS else -1
    nominal = _nominal_left(tokens, k, lex) if k > 0 else None
    if nominal is None or nominal.kind != "nominal":
        return found
    start = _first_token(tokens, k, nominal)
    end = found[1]
    while end < len(tokens) and tokens[end].end <= found[0].end:
        end += 1
    return Mention(
        nominal.start, found[0].end, _join(tokens, start, end), "nominal", nominal.role
    ), start


def _of_after_comma(tokens: list[Token], k: int) -> bool:
    """Whether ``of`` (and ``the``) after a comma stand right before token ``k``."""
    j = k - 1
    if j > 0 and tokens[j].lower == "the":
        j -= 1
    return j > 0 and tokens[j].lower == "of" and tokens[j - 1].text == ","


def _opening_name(tokens: list[Token], comma: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """The name that opens the sentence and ends at the comma before ``comma``, with one
    appositive between (``Priya Raman, the head of ..., ``); None if there is none."""
    sentence = tokens[comma].sentence
    for k in range(comma - 1, max(0, comma - _MAX_APPOSITIVE) - 1, -1):
        tok = tokens[k]
        if tok.segment is not None or tok.sentence != sentence or tok.text in ".!?;":
            return None
        if tok.text == ",":
            if k > 1 and tokens[k - 1].text.isdigit() and tokens[k - 2].text == ",":
                k -= 2  # rule A1087: past an age ("Dai Hopkins, 68, chairman of X, who")
            found = _mention_ending_at(tokens, k, lex)
            if found is None or found[0].kind != "name":
                return None
            start = found[1]
            opens = start == 0 or tokens[start - 1].sentence != sentence
            # (rule A718: the name itself, not a place after an opening preposition, "In
            # Rinkeby, one mother, who ..., said")
            return found if opens and tokens[start].lower not in PREPOSITIONS else None
    return None


def _mention_ending_at(tokens: list[Token], end: int, lex: Lexicon) -> tuple[Mention, int] | None:
    last = tokens[end - 1]
    if last.segment is not None:
        return None
    if last.text == ")":
        # rule A126: a name and its party or state in brackets: "Paul Ryan (R-Wis.)"
        opening = _bracket_opening(tokens, end - 1)
        if opening > 0 and _is_name_word(tokens[opening - 1]):
            return _mention_ending_at(tokens, opening, lex)
        if opening > 1 and opening + 2 == end - 1:
            return _named_before_acronym(tokens, opening, lex)
        return None
    pronoun = _pronoun(last, lex)
    if pronoun is not None:
        return pronoun, end - 1
    if last.lower in _ALONE and (
        end == 1
        or not tokens[end - 2].text[:1].isalnum()
        # rule A696: or after a conjunction opening its sentence ("But another posted:")
        or (
            tokens[end - 2].text in OPENING_CONJUNCTIONS
            and (end == 2 or tokens[end - 3].sentence != tokens[end - 2].sentence)
        )
        # rule A857: or "with" after a comma (", with one posting on X:")
        or (end > 2 and tokens[end - 2].lower == "with" and tokens[end - 3].text == ",")
    ):
        # '"...," one said.', 'Another said': an unnamed person (rule A127)
        return _nominal(tokens, end - 1, end, last.lower, "person"), end - 1
    if (
        last.text[-1:] == "s"
        and _PLURAL_ACRONYM.fullmatch(last.text)
        and lex.role_kind(last.lower) == "person"
    ):
        # rule A762: the plural of a title's letters is a group of people, with the
        # words that describe it ("opposition MPs accused", "Opposition TDs")
        group = _nominal_left(tokens, end, lex)
        if group is not None:
            return _with_first_index(tokens, end, group)
    if _is_name_word(last) or (last.text == "." and end >= 2 and _is_name_word(tokens[end - 2])):
        start = _run_left(tokens, end, lex)
        if start < end:
            mention = _name_mention(tokens, start, end, lex)
            if mention is not None and mention.kind == "nominal" and start == end - 1:
                # rule A670: a title alone after its description ("One coalition MP
                # said"): the whole description, as for a role noun in lower case
                described = _nominal_left(tokens, end, lex)
                if described is not None and described.start < mention.start:
                    return _with_first_index(tokens, end, described)
            if mention is not None:
                return mention, start
    if (
        end >= 4
        # (the cheap test first: "of" or a determiner among the words before)
        and (tokens[end - 3].lower in _OF_OWNING or tokens[end - 4].lower in _OF_OWNING)
        and plural_person(last.lower, lex)
    ):
        # rule A760: one of a group, read leftwards as it is after the verb ('"...,"
        # one of the exporters said'; "said one of the students")
        k = end - 2
        while k > 1 and end - 2 - k < 2 and tokens[k].text.isalpha() and tokens[k].text.islower():
            if tokens[k].lower in _OWNING_DETERMINERS:
                break
            k -= 1
        if (
            tokens[k].lower in _OWNING_DETERMINERS
            and tokens[k - 1].lower == "of"
            and k >= 2
            and tokens[k - 2].lower in _ALONE
            # (not a preposition's object: "An attorney for one of the defendants")
            and not (k >= 3 and tokens[k - 3].lower in PREPOSITIONS)
        ):
            return _nominal(tokens, k - 2, end, last.lower, "person"), k - 2
    if end >= 2 and tokens[end - 2].lower == "the" and AGE_WORD.fullmatch(last.lower):
        # rule A943: an age alone as the subject before its verb ("The 41-year-old said
        # the strike ..."), as after a quotation ('"...," the 41-year-old said')
        return _nominal(tokens, end - 2, end, last.lower, "person"), end - 2
    nominal = _nominal_left(tokens, end, lex)
    return _with_first_index(tokens, end, nominal) if nominal is not None else None


_ACRONYM_LETTERS: Final = re.compile(r"[A-Z]{2,8}\Z")
_NOT_IN_NAMES: Final = frozenset("the a an of for and in on at to by with from".split())
_MAX_FOREIGN_WORDS: Final = 4  # lower-case words inside a body's name before its acronym


def _named_before_acronym(
    tokens: list[Token], opening: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """A body's name written partly in lower case before its acronym in brackets, the
    acronym opening with the name's first letter (rule A858: "the Conseil supérieur de
    la communication (CSC)", "Hrvatska elektroprivreda (HEP)"); None otherwise."""
    acronym = tokens[opening + 1].text
    if not _ACRONYM_LETTERS.match(acronym):
        return None
    j = opening - 1
    while (
        j > 0
        and opening - j <= _MAX_FOREIGN_WORDS
        and tokens[j].text.isalpha()
        and tokens[j].text.islower()
        and tokens[j].lower not in _NOT_IN_NAMES
        and tokens[j].lower not in lex.verb_forms
    ):
        j -= 1
    if j == opening - 1 or not _is_name_word(tokens[j]) or tokens[j].text[0] != acronym[0]:
        return None
    text = _join(tokens, j, opening).strip()
    return Mention(tokens[j].start, tokens[opening - 1].end, text, "organisation"), j


def _first_token(tokens: list[Token], k: int, mention: Mention) -> int:
    """The index of ``mention``'s first token, reading back from token ``k`` inside it."""
    while k > 0 and tokens[k - 1].start >= mention.start:
        k -= 1
    return k


def _with_first_index(tokens: list[Token], end: int, mention: Mention) -> tuple[Mention, int]:
    """``mention``, ending at token ``end``, with the index of its first token."""
    return mention, _first_token(tokens, end - 1, mention)


def _bracket_opening(tokens: list[Token], close: int) -> int:
    """Index of the ``(`` a few words before the ``)`` at ``close``; -1 if none."""
    for k in range(close - 1, max(-1, close - _MAX_BRACKETED - 1), -1):
        text = tokens[k].text
        if text == "(":
            return k
        if text == ")" or tokens[k].segment is not None:
            break
    return -1


def _role_continues(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` may go on a role phrase (``union chief``, ``city council``)."""
    return (
        tok.segment is None
        and tok.text.replace("-", "").isalpha()
        and tok.lower not in ADVERBS
        and tok.lower not in lex.verb_forms
        and tok.lower not in STOP_LEFT
        and tok.lower not in _PLACE_AFTER_ROLE  # (rule A912: "one grower near Periban")
    )


def _possessed_role(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a possessor in lower case at ``k`` goes on to a listed role noun within
    three words (rule A510: "The club's board", "the country's aviation regulator")."""
    if not (_possessive(tokens[k]) and tokens[k].text.islower()):
        return False
    for tok in tokens[k + 1 : k + 4]:
        if (
            tok.segment is not None
            or not tok.text.replace("-", "").isalpha()
            or not tok.text.islower()
        ):
            return False
        if tok.lower in lex.roles:
            return True
    return False


def _portfolio_holder(
    tokens: list[Token], title: Mention, i: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The person named after a title's portfolio that opens at ``i`` with "for" or "of"
    (rule A520: "High Commissioner for Peace Andrés Felipe Rincón", read from the
    title): the name, with the title and portfolio as its role; None when none follows."""
    n = len(tokens)
    if i + 1 >= n or tokens[i].lower not in ("for", "of") or not _is_name_word(tokens[i + 1]):
        return None
    stop = _run_right(tokens, i + 1, lex)
    words = [t.text for t in tokens[i + 1 : stop]]
    cut = portfolio_words(words, tokens[i].lower, True, lex)
    if not cut:
        return None
    name = _name_mention(tokens, i + 1 + cut, stop, lex)
    if name is None or name.kind != "name":
        return None
    role = f"{title.text} {_join(tokens, i, i + 1 + cut).strip()}"
    return Mention(name.start, name.end, name.text, "name", role), stop


def _portfolio_before_and(tokens: list[Token], i: int, end: int, lex: Lexicon) -> bool:
    """Whether the one capitalised word at ``i`` (to ``end``) is the first portfolio of a
    title joined by "and", the title in the run after it ("Mining and Energy Minister
    Dragana Ilic": rule A508)."""
    if end != i + 1 or end + 2 >= len(tokens) or tokens[end].lower != "and":
        return False
    after = _run_right(tokens, end + 1, lex)
    return any(t.text in lex.title_words for t in tokens[end + 1 : after - 1])


# Past forms of common verbs not in -ed, which end a noun phrase read rightwards as its
# "-ed" ones do (rule A1014: "The ministry | sent text alerts")
IRREGULAR_PAST: Final = frozenset(
    """sent gave took made brought began kept paid sold spent won lost built met ran saw
    went came got found led drew threw struck stood fought sought bought caught""".split()
)


def mention_after(
    tokens: list[Token], verb: int, lex: Lexicon, *, places_ok: bool = False
) -> tuple[Mention, int] | None:
    """The subject written after its verb: ``said Dale Belman``, ``said the mayor``,
    ``said Republican consultant Chris Russell``, ``wrote one commenter``. Returns the
    mention and the index just past it."""
    n = len(tokens)
    i = verb + 1
    if (
        i + 1 < n
        and tokens[i].text in OPENING_CONJUNCTIONS
        and (i == 0 or tokens[i - 1].sentence != tokens[i].sentence)
    ):
        i += 1  # rule A979: past a conjunction opening the sentence ("But workers leaving")
    if i < n and tokens[i].lower in SUBJECT_PRONOUNS and tokens[i].lower not in ("it", "you"):
        pronoun = _pronoun(tokens[i], lex)
        return (pronoun, i + 1) if pronoun is not None else None
    if i + 2 < n and tokens[i + 1].lower in ("for", "of") and tokens[i].text in lex.title_words:
        held = _portfolios_holder(tokens, i, lex)
        if held is not None:
            return held
    role_words: list[int] = []
    steps = 0  # words read, a capitalised run counting as one
    while i < n and steps < 6:
        steps += 1
        tok = tokens[i]
        if tok.segment is not None:
            break
        if not role_words and _particle(tok):
            # rule A452: a surname that opens with its particle ("said van der Berg",
            # "said ole Kisemei"): the name, not a role
            k = i + 1
            while k < n and _particle(tokens[k]):
                k += 1
            if k < n and _is_name_word(tokens[k]) and not _possessive(tokens[k]):
                end = _run_right(tokens, k, lex)
                mention = _name_mention(tokens, i, end, lex, places_ok=places_ok)
                return (mention, end) if mention is not None else None
        if (
            _is_name_word(tok)
            and not (
                # rule A179: "A Pruitt spokesperson, Wyatt Delaney,": an article opening
                # the sentence, before a capitalised word (rule A609: or "One", "One EPP
                # official was blunter:")
                not role_words
                and (tok.lower in _ARTICLES_OPENING or tok.lower in _ALONE)
                and (
                    i == 0
                    or tokens[i - 1].sentence != tok.sentence
                    # rule A768: or a live page's entry after its time and dash ("11:20 — A
                    # Guardia Civil officer at the cordon ... told us:")
                    or (
                        tokens[i - 1].text in LINE_DASHES
                        and i > 1
                        and tokens[i - 2].text[:1].isdigit()
                    )
                )
                and i + 1 < n
                and _is_name_word(tokens[i + 1])
            )
        ):
            end = _run_right(tokens, i, lex)
            mention = _name_mention(tokens, i, end, lex, places_ok=places_ok)
            if (
                mention is not None
                and mention.kind == "organisation"
                and (titled := _titled_portfolio_holder(tokens, i, end, lex)) is not None
            ):
                return titled
            if (
                end + 1 < n
                and tokens[end].text in ("'", "’")
                and tokens[end].start == tokens[end - 1].end
                and tokens[end - 1].lower.endswith("s")
                and tokens[end + 1].text.replace("-", "").isalpha()
                and tokens[end + 1].text.islower()
            ):
                # rule A1035: a plural name's bare possessive mark, a token of its own,
                # before a noun ("The Social Democrats' leader, Andrea Moser,"): the
                # name owns the role, as with "'s"
                role_words.extend(range(i, end + 1))
                i = end + 1
                continue
            if (
                _possessive(tokens[end - 1])
                or (
                    (mention is None or mention.kind == "nominal")
                    and end < n
                    and (
                        _role_continues(tokens[end], lex)
                        or _is_name_word(tokens[end])
                        or _possessed_role(tokens, end, lex)
                        # rule A1059: an age after the article opening the sentence
                        # ("A 34-year-old mother of four from Homs ... said")
                        or (
                            mention is None
                            and tokens[i].lower in _ARTICLES_OPENING
                            and AGE_WORD.fullmatch(tokens[end].lower) is not None
                        )
                        # rule A357: a portfolio joined to the next by "and" ("Housing
                        # and Planning Minister X")
                        or (
                            tokens[end].lower == "and"
                            and end + 1 < n
                            and _is_name_word(tokens[end + 1])
                        )
                        # rule A1272: a person's role noun spelt as a verb is, after the
                        # article opening the sentence ("One volunteer, who ...")
                        or (
                            mention is None
                            and end == i + 1
                            and tokens[i].lower in _DETERMINERS
                            and lex.role_kind(tokens[end].lower) == "person"
                        )
                    )
                )
                or _names_role_holder(tokens, end, lex)
                or _portfolio_before_and(tokens, i, end, lex)
                or (
                    # rule A101: a person's name inside a description ("said a 2008
                    # Clinton veteran", "said the Trump aide"; but "a Kremlin spokesman"
                    # speaks for the Kremlin)
                    mention is not None
                    and (
                        mention.kind == "name"
                        # rule A482: a body's name too, before a role noun of no one
                        # who speaks for it ("said one Eastern Conference scout"; but
                        # "a Kremlin spokesman" speaks for the Kremlin)
                        or (mention.kind == "organisation" and _member_role(tokens, end, lex))
                    )
                    and role_words
                    and tokens[role_words[0]].lower in _DETERMINERS
                    and _role_follows(tokens, end, lex)
                )
            ):
                # "Clinton's top aide Jake Sullivan", "Republican pollster Bill McInturff",
                # "Virginia delegate Beau Correll": role words before the name
                if end < n and tokens[end].lower == "and":
                    end += 1  # (rule A357: "and" joins two titles)
                role_words.extend(range(i, end))
                i = end
                continue
            if mention is None:
                return None
            if mention.kind == "nominal":
                # rule A169: a title alone and a name in apposition ("The local MP,
                # Anita Chaudhry, said"), past its complement too (rule A328)
                named = (
                    _appositive_name(tokens, end, lex)
                    or _apposed_past_complement(tokens, end, lex)
                    or _portfolio_holder(tokens, mention, end, lex)
                )
                if named is not None:
                    return named
            elif (
                mention.kind == "name"
                and len(role_words) == 1
                and tokens[role_words[0]].lower == "the"
                and (named := _appositive_name(tokens, end, lex)) is not None
                and named[0].kind == "name"
                and named[1] < n
                and tokens[named[1]].text == ","
                and (
                    named[0].text.split(" ", 1)[0] in lex.given_names
                    or " " in named[0].text  # (rule A866: or a name of two words or more)
                )
            ):
                # rule A843: a title the lexicon does not list, after its article, and a
                # person's name in apposition ("The Llywydd, Elin Prydderch, intervened")
                return named
            if (
                role_words[-1:]
                and tokens[role_words[-1]].lower not in _ARTICLES_OPENING
                and mention.role is None
            ):
                role_text = _join(tokens, role_words[0], i).strip()
                mention = Mention(mention.start, mention.end, mention.text, mention.kind, role_text)
            if mention.kind == "organisation" and end + 1 < n and tokens[end].lower == "in":
                return _body_in_place(tokens, mention, end, lex) or (mention, end)
            return mention, end
        word = tok.lower[:-2] if _possessive(tok) and tok.lower.endswith("s") else tok.lower
        if (
            role_words
            and word in _RELATIVE_SUBJECTS
            and tokens[role_words[0]].lower in _DETERMINERS
        ):
            # rule A310: the subject of a clause on a noun ('"...," a practice she said
            # had ended'): the pronoun
            pronoun = _pronoun(tok, lex)
            return (pronoun, i + 1) if pronoun is not None else None
        if not role_words and word in PREPOSITIONS:
            break  # rule A207: '"...," after a U.S. Navy destroyer sailed': no subject
        if word in _ARTICLES and role_words and tokens[i - 1].lower not in _DETERMINERS:
            break  # rule A648: an article opens another phrase ("Staff signed an open letter")
        if (
            word in _CURRENCY_SIGNS
            and role_words
            and i + 1 < n
            and tokens[i + 1].text[:1].isdigit()
        ):
            # rule A1107: a sum in the description ("Norway's $1.8 trillion sovereign
            # wealth fund has excluded")
            role_words.extend((i, i + 1))
            i += 2
            continue
        if not (
            word in _DETERMINERS
            or (word.replace("-", "").isalpha() and word.islower())
            or (
                # a number right after a determiner: "the 46-year-old", "a 2008 ..."
                word[:1].isdigit()
                and word.replace("-", "").isalnum()
                and role_words
                and tokens[role_words[-1]].lower in _DETERMINERS
            )
            # rule A689: or an age opening it ("said 19-year-old Kalepo Seluka")
            or (not role_words and AGE_WORD.fullmatch(word) is not None)
        ):
            break
        entry = lex.roles.get(tok.lower)
        nxt = tokens[i + 1] if i + 1 < n else None
        if (
            nxt is not None
            and nxt.text in ("'", "’")
            and tok.lower.endswith("s")
            and i + 2 < n
            and tokens[i + 2].text.isalpha()
            and tokens[i + 2].text.islower()
        ):
            # rule A932: a plural and its possessive mark open the phrase's noun ("the
            # nurses' union", "The Sejong residents’ association")
            role_words.extend((i, i + 1))
            i += 2
            continue
        if entry is not None and i + 2 < n and f"{nxt.lower} {tokens[i + 2].lower}" in QUALIFIERS:  # type: ignore[union-attr]
            # rule A170: "a source close to the star", "people familiar with the talks"
            start, end = (role_words[0] if role_words else i), i + 3
            while end < n and end - i < 8:
                if _possessive(tokens[end]) and end + 1 < n and tokens[end + 1].text.islower():
                    # rule A583: a possessor and what it owns, a noun even where a verb
                    # is spelt the same ("familiar with the company's thinking")
                    end += 2
                elif (
                    end + 1 < n
                    and end > i + 3
                    and f"{tokens[end].lower} {tokens[end + 1].lower}" in lex.verb_forms
                ):
                    break  # rule A839: up to its verb ("close to the star hit back")
                elif _role_continues(tokens[end], lex) or _is_name_word(tokens[end]):
                    end += 1
                else:
                    break
            return _nominal(tokens, start, end, tok.lower, entry[1]), end
        joined = nxt is not None and nxt.text == "and" and _second_role(tokens, i + 2, lex)
        if (
            entry is not None
            and not _possessive(tok)
            and not joined
            and (
                nxt is None
                or not (
                    _is_name_word(nxt)
                    or (_role_continues(nxt, lex) and _role_follows(tokens, i + 1, lex))
                )
            )
        ):
            # "said the mayor", "said a spokesman for the ministry"
            start = role_words[0] if role_words else i
            titled = _role_of_name(tokens, start, i + 1, lex)
            if titled is not None:  # "secretary of state Hillary Clinton"
                return titled
            named = (
                _appositive_name(tokens, i + 1, lex)
                or _appositive_name(tokens, _past_represented(tokens, i + 1, lex), lex)
                or _apposed_past_complement(tokens, i + 1, lex)
            )
            if named is not None:
                # "said the company's chief executive, Liam Park", "a spokeswoman for
                # the company, Jane Cho, said" (rule A130); rule A328: "The chairman of
                # the ruling Georgian Unity party, Zurab Chkhartishvili,"
                return named
            named = _represented(tokens, i + 1, lex)
            if named is not None:
                return named
            if tok.lower in _GROUP_NOUNS and (people := _group_of(tokens, i + 1, lex)):
                # rule A710: a group and the people it is made of ("A group of 400
                # doctors who signed an open letter argued")
                return _nominal(tokens, start, people, tokens[people - 1].lower, "person"), people
            end = (
                _placed_after(tokens, start, i + 1, lex)
                if entry[1] == "person"
                else _body_complement(tokens, i + 1, lex)
            )
            return _given_in_clause(tokens, i + 1, lex) or (
                _nominal(tokens, start, end, tok.lower, entry[1]),
                end,
            )
        if joined:
            # rule A166: two roles joined ("said chairman and managing director Harsh
            # Dhanraj"): one role phrase before the name
            role_words.extend((i, i + 1))
            i += 2
            continue
        if (
            (
                tok.lower in lex.verb_forms
                # rule A511: not a base form or one in -ing before a listed role noun, a
                # modifier ("the national rail operator", "the planning appeals board")
                and not (
                    i + 1 < n
                    and tokens[i + 1].lower in lex.roles
                    and (lex.verb_forms[tok.lower] == tok.lower or tok.lower.endswith("ing"))
                )
                # rule A512: nor a noun after a determiner, before another word ("the state
                # weather agency")
                and not (
                    role_words
                    and i + 1 < n
                    and tokens[i + 1].text.isalpha()
                    and tokens[i + 1].text.islower()
                    and (
                        tokens[i - 1].lower in _DETERMINERS
                        # rule A1017: or a base form after what qualifies it, a listed
                        # role noun in the next two words ("said a senior state water
                        # official")
                        or (
                            tokens[role_words[0]].lower in _DETERMINERS
                            and lex.verb_forms[tok.lower] == tok.lower
                            and any(
                                t.lower in lex.roles and t.lower not in lex.verb_forms
                                for t in tokens[i + 1 : i + 3]
                            )
                        )
                    )
                )
            )
            or (
                # rule A536: or the first word of a verb of two ("as one caseworker put it")
                i + 1 < n and f"{tok.lower} {tokens[i + 1].lower}" in lex.verb_forms
            )
            or (
                tok.lower in STOP_LEFT
                # rule A149: "of" inside a role ("said master of ceremonies Asab Tabchi")
                and not (
                    tok.lower == "of"
                    and role_words
                    and i + 1 < n
                    and tokens[i + 1].text.islower()
                    and tokens[i + 1].lower not in _DETERMINERS
                )
                # rule A692: "that" before a person's role noun and a comma or the
                # sentence's end is its determiner ('"...," said that pollster, X,')
                and not (
                    tok.lower == "that"
                    and not role_words
                    and i + 2 < n
                    and lex.role_kind(tokens[i + 1].lower) == "person"
                    and tokens[i + 2].text in ",.;"
                )
            )
        ):
            break
        role_words.append(i)
        i += 1
    if (
        len(role_words) == 1
        and tokens[role_words[0]].lower == "one"
        and i + 2 < n
        and tokens[i].lower == "of"
        and tokens[i + 1].lower in _OWNING_DETERMINERS
    ):
        # rule A704: "said one of the students, 16-year-old Jemina Laelang": the name
        # in apposition, or the part of the group as written
        j = i + 2
        while (
            j < n
            and j - i < 5
            and tokens[j].text.isalpha()
            and tokens[j].text.islower()
            # (rule A760: up to the verb, "one of the officials said")
            and not (j > i + 2 and tokens[j].lower in lex.verb_forms)
        ):
            j += 1
        if j > i + 2 and plural_person(tokens[j - 1].lower, lex):
            named = _appositive_name(tokens, j, lex)
            if named is not None:
                return named
            return _nominal(tokens, role_words[0], j, tokens[j - 1].lower, "person"), j
    if (
        len(role_words) == 1
        and tokens[role_words[0]].lower in _ALONE
        and (i >= n or not tokens[i].text[:1].isalnum() or tokens[i].lower in lex.verb_forms)
    ):
        # "said another.", "said one, who ...", '"...," one said': an unnamed person
        # (rules A101, A127)
        return _nominal(tokens, role_words[0], i, tokens[role_words[0]].lower, "person"), i
    if (
        len(role_words) >= 2
        and tokens[role_words[0]].lower in _DETERMINERS
        and not any(
            tokens[k].lower in _TIME_WORDS or tokens[k].lower in ADVERBS for k in role_words
        )
    ):
        # a noun phrase with an unlisted head: "wrote one commenter", "says a narrator",
        # not a time ("Two days later, ... he said": rule A166)
        last = role_words[-1]
        if (
            len(role_words) == 3
            and tokens[role_words[0]].text == "The"
            and tokens[last].lower.endswith("s")
            and not tokens[last].lower.endswith(("ss", "'s", "’s"))
            and tokens[last - 1].text.isalpha()
            and not tokens[last - 1].lower.endswith("s")
            and tokens[last - 1].lower not in _DETERMINERS
            and tokens[last].lower not in lex.roles
            and not plural_person(tokens[last].lower, lex)
        ):
            return None  # rule A1154: a noun and its verb, no phrase ("The decision follows")
        end = last + 1
        # rule A371: up to a past verb after a noun ("Many marchers | carried placards")
        end = next(
            (
                k
                for k in role_words[2:]
                if (tokens[k].lower.endswith("ed") or tokens[k].lower in IRREGULAR_PAST)
                and tokens[k].text.isalpha()  # (not "independent-minded")
                and tokens[k - 1].lower not in _DETERMINERS
            ),
            end,
        )
        return (
            _given_in_clause(tokens, end, lex)
            # rule A190: a name in apposition after an unlisted head too ("the
            # directorate's chief inspector, Margaret Achebe, told")
            or _appositive_name(tokens, end, lex)
            or (_nominal(tokens, role_words[0], end, tokens[end - 1].lower, "person"), end)
        )
    if len(role_words) >= 2 and _possessive(tokens[role_words[-2]]):
        # rule A354: a possessor and an unlisted head with a name in apposition ("said
        # Clinton's introducer, actress Jamie Lee Curtis")
        return _appositive_name(tokens, role_words[-1] + 1, lex)
    return None


def _second_role(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a role noun and a name follow ``i`` (``managing director Harsh`` after
    ``chairman and``), up to three lower-case words first."""
    for k in range(i, min(len(tokens) - 1, i + 3)):
        tok = tokens[k]
        if not (tok.text.islower() and _role_continues(tok, lex)):
            return False
        if tok.lower in lex.roles and _is_name_word(tokens[k + 1]):
            return True
    return False


def _role_follows(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the lower-case words from ``i`` end a noun phrase (``veteran`` in ``said a
    2008 Clinton veteran``, ``member said``, ``speechwriter Noam Neusner``), not go on as
    a clause (``David Auerbach went so far as``)."""
    for k in range(i, min(len(tokens), i + 3)):
        tok = tokens[k]
        if tok.lower in lex.roles:
            return True
        if tok.lower in _DETERMINERS:
            return False  # a new noun phrase: "released a statement"
        if tok.text.islower() and _role_continues(tok, lex):
            continue
        return k > i and (
            tok.segment is not None
            or not tok.text[:1].isalnum()
            or tok.lower in lex.verb_forms
            or _is_name_word(tok)
        )
    return False


def _member_role(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the role noun at ``i``, right after a body's name, is one of a person
    who does not speak for the body (``scout`` in ``one Eastern Conference scout``):
    rule A482."""
    # (rule A754: past a word qualifying it, "an Australian Federal Police liaison
    # officer")
    k = i
    while (
        k < len(tokens)
        and k - i < 2
        and tokens[k].lower not in lex.roles
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and _role_continues(tokens[k], lex)
    ):
        k += 1
    if k >= len(tokens):
        return False
    entry = lex.roles.get(tokens[k].lower)
    return entry is not None and entry[1] == "person" and tokens[k].lower not in _SPEAKS_FOR


def _names_role_holder(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the words from ``i`` are a role noun of a person and then a name, so
    that the name before ``i`` only qualifies the role: ``Obama adviser David Axelrod``,
    ``Air Force general Lloyd Newton``, ``committee spokesman Sean Spicer`` (rule A96)."""
    n = len(tokens)
    k = i
    head = -1  # the role noun: "director" in "director of rugby" (rule A181)
    while (
        k < n
        and k - i < 4
        and tokens[k].text.islower()
        and (_role_continues(tokens[k], lex) or (tokens[k].lower == "of" and k > i))
    ):
        if tokens[k].lower == "of":
            head = k - 1
        k += 1
    if k == i or k >= n or not _is_name_word(tokens[k]):
        return False
    word = tokens[head if head >= 0 else k - 1].lower
    entry = lex.roles.get(word)
    if entry is None and "-" in word:
        return prefixed_role(word, lex)  # rule A774: "Vicofa vice-chairman Hoang Van Loc"
    # (rule A700: or of a body, "Media regulator Ofcom"; not "campaign Wednesday")
    return entry is not None and (
        entry[1] == "person" or (entry[1] == "org" and tokens[k].text not in lex.nonnames)
    )


def _role_of_name(
    tokens: list[Token], start: int, i: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """A role with an ``of`` complement written before a person's full name, ``secretary
    of state Hillary Clinton``, ``director of communications Jen Psaki``: the person,
    with ``tokens[start:]`` up to the name as their role (rule A104)."""
    n = len(tokens)
    if i + 1 >= n or tokens[i].lower != "of":
        return None
    k = i + 1
    while k < n and k - i <= 2 and tokens[k].text.isalpha() and tokens[k].text.islower():
        k += 1
    if (
        k == i + 1
        or k >= n
        or not _is_name_word(tokens[k])
        # rule A924: the name is no holder after a preposition ("the father of three from
        # Washington Heights"), but where the person is from
        or tokens[k - 1].lower in PREPOSITIONS
    ):
        return None
    end = _run_right(tokens, k, lex)
    mention = _name_mention(tokens, k, end, lex)
    if mention is None or mention.kind != "name" or " " not in mention.text:
        return None
    role = _join(tokens, start, k)
    return Mention(mention.start, mention.end, mention.text, "name", role), end


def _affiliation(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``tokens[start:end]`` is the body a person is of or at, after their name
    (`` of Pemberton Securities``: rule A283), past lower-case modifiers and the body's
    noun (rule A300: `` of the ruling Perú Avanza party``)."""
    # (rule A765: or where they are from, "A reader, Marco from Ascoli Piceno, emails:")
    if end - start < 2 or tokens[start].lower not in ("of", "at", "from"):
        return False
    words = tokens[start + 1 : end]
    if words[-1].text.islower() and lex.role_kind(words[-1].lower) == "org":
        words = words[:-1]
    if words and words[0].lower == "the":
        words = words[1:]
        while len(words) > 1 and words[0].text.isalpha() and words[0].text.islower():
            words = words[1:]
    return (
        bool(words)
        and words[-1].capitalised
        and all(t.capitalised or t.lower in _JOINERS or t.lower == "the" for t in words)
    )


def apposed_person(tokens: list[Token], end: int, lex: Lexicon) -> Mention | None:
    """The person named in apposition after a role noun ending at token ``end``, past
    where the role is held (rule A811: "Our correspondent in the Karrada district,
    Zainab al-Rubaie, sends this:"), the name closed by a comma; None otherwise. (Not
    when the mention holds the place: "A reader in Porto Alegre, X," measured worse.)"""
    if end >= len(tokens) or tokens[end].lower not in ("in", "at"):
        return None
    comma = next(
        (c for c in range(end + 1, min(len(tokens), end + 6)) if not tokens[c].text.isalpha()),
        end,
    )
    found = _appositive_name(tokens, comma, lex)
    if (
        found is None
        or found[0].kind != "name"
        or found[1] >= len(tokens)
        or tokens[found[1]].text != ","
    ):
        return None
    return found[0]


def _titled_portfolio_holder(
    tokens: list[Token], start: int, end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The person named at the end of the run ``tokens[start:end]`` read as a body's
    name, when the run opens with a title and its portfolio after ``for`` or ``of``
    (rule A849: "Cabinet Secretary for Transport Rhodri Pugh told"), as read leftwards
    from the run's end; None otherwise."""
    joiner = next((j for j in range(start + 1, end) if tokens[j].lower in ("for", "of")), None)
    if joiner is None or _join(tokens, start, joiner).strip() not in lex.titles:
        return None
    return _name_read_back(tokens, end, lex)


_LIST_WORDS: Final = frozenset({"and", "of", "for", "the"})  # (rule A864)


def _portfolios_holder(tokens: list[Token], i: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """The person named after a title at ``i`` and its portfolios, listed with commas
    (rule A864: "Minister for Home Affairs, Climate Change and Environment Simeti Lopati
    told"), as read leftwards from the end of the capitalised words; None otherwise."""
    n = len(tokens)
    j = i + 2
    while j < n and (
        _is_name_word(tokens[j]) or tokens[j].text == "," or tokens[j].lower in _LIST_WORDS
    ):
        j += 1
    if not any(t.text == "," for t in tokens[i + 2 : j]) or tokens[j - 1].text == ",":
        return None
    return _name_read_back(tokens, j, lex)


def _name_read_back(tokens: list[Token], end: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """The person's name ending the words before ``end``, read leftwards past its
    titles and portfolios, with ``end``; None when no name ends there."""
    found = mention_before(tokens, end, lex)
    if found is None or found[0].kind != "name" or found[0].end != tokens[end - 1].end:
        return None
    return found[0], end


def _appositive_name(tokens: list[Token], i: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """``, Liam Park`` right after a role noun: the person it names (or the body:
    ``The landlord, Brightline Properties,``), with a role first or not (``, the French
    ecologist Henri Lavalette``, ``, economist Ruth Okafor``: rule A162)."""
    if i + 1 >= len(tokens) or tokens[i].text != ",":
        return None
    end = _run_right(tokens, i + 1, lex) if _is_name_word(tokens[i + 1]) else i + 1
    # rule A1197: a place's or a team's word before a role in lower case and a name (",
    # Bendigo coach Daryl Fitzpatrick,") is read below, as a nationality is
    qualifier = (
        end == i + 2
        and end + 1 < len(tokens)
        and tokens[end].text.islower()
        and lex.role_kind(tokens[end].lower) == "person"
        and _is_name_word(tokens[end + 1])
    )
    if end > i + 1 and not qualifier:
        if _portfolio_before_and(tokens, i + 1, end, lex):
            # rule A537: a title's first portfolio ("the chief negotiator, Water and
            # Energy Minister Dawit Tesfaye Alemu,"): the name after the title
            found = mention_after(tokens, i, lex)
            return found if found is not None and found[0].kind == "name" else None
        mention = _name_mention(tokens, i + 1, end, lex)
        if mention is not None and mention.kind in ("name", "organisation"):
            return mention, end
    if (
        tokens[i + 1].text.islower()
        or AGE_WORD.fullmatch(tokens[i + 1].lower)
        # rule A815: or a nationality or a title before the role and name ("The head of
        # MINUSMA, Senegalese diplomat Ousmane Ndiaye,", "One of the drivers, Mr Pellow's
        # son Jamie,")
        or tokens[i + 1].text in lex.demonyms
        or tokens[i + 1].text in lex.titles
        or qualifier
    ):
        # (rule A704: or an age, ", 16-year-old Jemina Laelang")
        found = mention_after(tokens, i, lex)
        if (
            found is not None
            and (
                found[0].kind == "name"
                # rule A260: a body's name after its article ("The main opposition party,
                # the Citizens' Democratic Movement,")
                or (found[0].kind == "organisation" and found[0].text[:1].isupper())
            )
        ):
            return found
    return None


_COMPLEMENT_OPENERS: Final = frozenset(
    {"of", "at", "to", "for", "on", "behind"}
)  # (A366; "on": A519; "behind": A1086, "The company behind the project, X,")
_MAX_COMPLEMENT: Final = 10  # tokens of a role's complement before a name in apposition


def _apposed_past_complement(
    tokens: list[Token], i: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The name in apposition after a role's complement that opens at ``i`` (``of the
    ruling Georgian Unity party, Zurab Chkhartishvili,``: rule A328), closed by a comma
    too; None when there is none, or a quotation or verb stands in the complement."""
    n = len(tokens)
    if i >= n or tokens[i].lower not in _COMPLEMENT_OPENERS:
        return None
    for j in range(i + 1, min(n, i + _MAX_COMPLEMENT)):
        tok = tokens[j]
        if tok.text == ",":
            if lex.role_kind(tokens[j - 1].lower) == "person" or any(
                tokens[m].lower == "one" and tokens[m + 1].lower == "of"
                for m in range(i + 1, j - 1)
            ):
                return None  # the name's own role: "An attorney for one of the defendants, X,"
            named = _appositive_name(tokens, j, lex)
            # (closed by a comma, or ending the sentence: "..., said the head of case
            # management, Bernard Oyelaran-Smith.")
            if named is not None and (named[1] >= n or tokens[named[1]].text in ",."):
                if (
                    named[0].kind == "name"
                    or tokens[named[1] - 1].text not in lex.org_words
                    # rule A1086: a body's name after a body's noun ("The company behind
                    # the project, Valemont Resources,")
                    or (i > 0 and lex.role_kind(tokens[i - 1].lower) == "org")
                ):
                    return named
                named = None  # (a body's name ending a list of its words, read on)
            if j + 1 < n and tokens[j + 1].capitalised and named is None:
                continue  # rule A519: a list of a portfolio's words ("on the Food, Agriculture")
            return None
        if (
            tok.segment is not None
            or tok.text in ".!?;:"
            # (a verb form after an article is a modifier: "of the ruling party"; rule
            # A587: a capitalised one a name's word, "the Secretary of State, X,")
            or (
                tok.lower in lex.verb_forms
                and tokens[j - 1].lower not in _ARTICLES
                and not tok.capitalised
            )
        ):
            return None
    return None


def _given_in_clause(tokens: list[Token], i: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """The name a relative clause at ``i`` says the person gave (``, who gave her name
    only as Debbie,``: rule A186); None if there is none."""
    n = len(tokens)
    if i < n and tokens[i].text == ",":
        i += 1  # (rule A605: or with no comma, "a woman who asked to be identified as Joy")
    if not (i < n and tokens[i].lower == "who"):
        return None
    close = next(
        (j for j in range(i + 1, min(n, i + 15)) if tokens[j].text in (",", ".", ";")),
        min(n, i + 15),
    )
    return _name_given(tokens, i + 1, close, lex)


def _name_given(
    tokens: list[Token], start: int, end: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The name after ``name (only) as`` between ``start`` and ``end`` (``who gave her
    name only as Bernadette``; rule A605: ``identified``, ``who asked to be identified
    only as Joy``); None if there is none."""
    for k in range(start, end - 2):
        if tokens[k].lower not in ("name", "identified"):
            continue
        j = k + 1
        if tokens[j].lower in ("only", "just"):
            j += 1
        if j + 1 < end and tokens[j].lower == "as" and _is_name_word(tokens[j + 1]):
            stop = _run_right(tokens, j + 1, lex)
            mention = _name_mention(tokens, j + 1, min(stop, end), lex)
            if mention is not None and mention.kind == "name":
                return mention, min(stop, end)
    return None


def _title_opening(tokens: list[Token], comma: int, lex: Lexicon) -> int | None:
    """Index of ``the`` opening the sentence, or its clause after a comma, when a title
    and its complement follow it up to ``comma`` (``The Speaker of Parliament``, ``In a
    message, the Minister of Art, Culture and the Creative Economy``): rule A486; None
    otherwise."""
    sentence = tokens[comma].sentence
    for k in range(comma - 2, max(-1, comma - _MAX_APPOSITIVE), -1):
        tok = tokens[k]
        if tok.sentence != sentence or tok.segment is not None or tok.text in ";:":
            return None
        if tok.text == "," and not tokens[k + 1].capitalised:
            return None  # (commas only between a portfolio's capitalised words)
        # rule A1249: capitalised words ending in a person's role noun, anywhere in the
        # sentence ("in which the Metropolitan Chief Executive, Richard Poku-Mensah,
        # warned"; "the Presiding Member, Kwame Adu-Gyamfi,")
        capitalised_role = (
            tok.lower == "the"
            and all(t.capitalised for t in tokens[k + 1 : comma])
            and lex.role_kind(tokens[comma - 1].lower) == "person"
            and not plural_form(tokens[comma - 1].lower)
        )
        if capitalised_role:
            return k
        if (
            # (rule A519: or a possessive determiner, "Its Ranking Member on the Food,
            # Agriculture and Cocoa Affairs Committee, Ebenezer Tetteh,")
            (tok.lower == "the" or tok.lower in _POSSESSIVE_DETERMINERS)
            and (
                tokens[k + 1].text in lex.title_words
                # rule A1230: or a title, or a person's role capitalised before "of" ("The
                # Dean of Ravensby, Catherine Lusk,"; "Dean" is a given name too)
                or tokens[k + 1].text in lex.titles
                or (
                    tokens[k + 2].lower == "of"
                    and tokens[k + 1].capitalised
                    and lex.role_kind(tokens[k + 1].lower) == "person"
                )
            )
            and (
                k == 0
                or tokens[k - 1].sentence != sentence
                or tokens[k - 1].text == ","
                # rule A1232: or right after the quotation its cue follows ('"...," the
                # Provost of Ravensby, Catherine Lusk, told')
                or tokens[k - 1].segment is not None
            )
        ):
            return k
    return None


def _timed(tokens: list[Token], dash: int) -> bool:
    """Whether the line dash at ``dash`` closes a live page's time opening its sentence
    (``15:30 —``, ``09:20 BST —``: rule A811)."""
    sentence = tokens[dash].sentence
    first = dash
    while first > 0 and tokens[first - 1].sentence == sentence:
        first -= 1
    return (
        tokens[dash].text in LINE_DASHES
        and 0 < dash - first <= 3
        and tokens[first].text[:1].isdigit()
    )


def _determined_opening(tokens: list[Token], comma: int, lex: Lexicon) -> int | None:
    """Index of the determiner opening the sentence when the words before ``comma``
    are a short noun phrase (``Its sponsor``, ``Her thesis adviser``, ``The minister of
    energy and mines``); None if not, or if a person is named after a preposition in it,
    whom the name could be apposed to (``An attorney for one of the defendants``)."""
    sentence = tokens[comma].sentence
    k = comma - 1
    while (
        k > 0
        and comma - k < 7
        and tokens[k - 1].sentence == sentence
        and tokens[k - 1].text not in LINE_DASHES
    ):
        k -= 1
    if k and tokens[k - 1].sentence == sentence and not _timed(tokens, k - 1):
        return None
    opener = tokens[k]
    if any(
        t.segment is not None or not t.text.replace("-", "").removesuffix("'s").isalpha()
        for t in tokens[k + 1 : comma]
    ):
        return None
    preposition = next((j for j in range(k + 1, comma) if tokens[j].lower in PREPOSITIONS), comma)
    if not (
        opener.lower in _ARTICLES
        or (_possessive(opener) and _is_name_word(opener))
        # rule A432: or a capitalised word before a person's role noun ("Cabinet member
        # for education, Councillor Gareth Mostyn, said")
        or (
            opener.capitalised
            and any(lex.role_kind(t.lower) == "person" for t in tokens[k + 1 : preposition])
        )
    ):
        return None
    for t in tokens[preposition:comma]:
        entry = lex.roles.get(t.lower) or lex.roles.get(t.lower.removesuffix("s"))
        if entry is not None and entry[1] == "person":
            return None
    return k


def _past_represented(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """The index past ``for (the) company``, ``for the Home Office`` at ``i``; ``i``
    itself when no such phrase starts there."""
    n = len(tokens)
    if i >= n or tokens[i].lower != "for":
        return i
    k = i + 1
    if k < n and tokens[k].lower in _ARTICLES:
        k += 1
    if k < n and _is_name_word(tokens[k]):
        return _run_right(tokens, k, lex)
    first = k
    while k < n and k - first < 3 and tokens[k].text.islower() and _role_continues(tokens[k], lex):
        k += 1
    return k if k > first else i


def _represented(tokens: list[Token], i: int, lex: Lexicon) -> tuple[Mention, int] | None:
    """``for Acme Logistics`` after an unnamed spokesperson: the body they speak for,
    with the lower-case words that qualify it (``for committee Democrats``); an article
    before a name is left out (``for the Home Office``: rule A130)."""
    n = len(tokens)
    if i >= n or tokens[i].lower != "for":
        return None
    first = k = i + 1
    if k + 1 < n and tokens[k].lower == "the" and _is_name_word(tokens[k + 1]):
        first = k = k + 1
    elif k + 1 < n and tokens[k].lower == "the" and tokens[k + 1].text.islower():
        entry = lex.roles.get(tokens[k + 1].lower)
        if entry is not None and k + 2 < n and _is_name_word(tokens[k + 2]):
            first = k = k + 2  # "for the charity Diabetes Forward": the name (rule A169)
        elif entry is not None and entry[1] == "org":
            # rule A139: "for the ministry": the body named before (resolved later)
            return _nominal(tokens, k, k + 2, tokens[k + 1].lower, "org"), k + 2
        else:
            # rule A199: "for the regional health bureau": a body described in lower case
            j = k + 1
            while j < min(n, k + 4) and tokens[j].text.replace("-", "").isalpha():
                head = lex.roles.get(tokens[j].lower)
                if head is not None and head[1] == "org":
                    if j + 1 < n and _is_name_word(tokens[j + 1]):
                        break
                    return _nominal(tokens, k, j + 1, tokens[j].lower, "org"), j + 1
                if not tokens[j].text.islower():
                    break
                j += 1
    while (
        k < n
        and k - first < 2
        and tokens[k].text.islower()
        and _role_continues(tokens[k], lex)
        and tokens[k].lower not in _DETERMINERS
    ):
        k += 1  # "for committee Democrats", "for state Republicans"
    if k == first and k + 1 < n and modifier_word(tokens[k].text):
        first = k = k + 1  # rule A805: where it is based, no part ("for Hamburg-based X")
    if k >= n or not _is_name_word(tokens[k]):
        return None
    end = _run_right(tokens, k, lex)
    mention = _name_mention(tokens, k, end, lex)
    if mention is not None and mention.kind not in ("name", "organisation"):
        return None
    if (
        mention is None
        and end < n
        and tokens[end].text.islower()
        and lex.role_kind(tokens[end].lower) == "org"
        and lex.is_place(_join(tokens, k, end).strip())
    ):
        # rule A1161: a place's body in lower case ("for the Hong Kong government")
        return Mention(
            tokens[first].start, tokens[end].end, _join(tokens, first, end + 1), "organisation"
        ), end + 1
    if mention is None and not all(tokens[j].text in lex.nonnames for j in range(k, end)):
        return None  # a place, a possessive: not a body that speaks
    return Mention(
        tokens[first].start, tokens[end - 1].end, _join(tokens, first, end), "organisation"
    ), end


def _spokesperson_opening(tokens: list[Token], comma: int) -> int | None:
    """Index of the article opening the sentence, or its clause after a comma, when a
    spokesperson's noun and "for" follow it within a few words and the words up to
    ``comma`` are what the spokesperson speaks for (rule A899: "A spokesman for the
    show's producers,"); None otherwise."""
    sentence = tokens[comma].sentence
    k = comma - 1
    while k > 0 and tokens[k - 1].sentence == sentence and tokens[k - 1].text != ",":
        k -= 1
    if tokens[k].lower not in _ARTICLES_OPENING:
        return None
    for j in range(k + 1, min(comma - 1, k + 4)):
        if tokens[j].lower in _SPEAKS_FOR and tokens[j + 1].lower == "for":
            return k
    return None


def _nominal(tokens: list[Token], start: int, end: int, head: str, kind: str) -> Mention:
    return Mention(
        tokens[start].start,
        tokens[end - 1].end,
        _join(tokens, start, end),
        "organisation" if kind == "org" else "nominal",
        head,
    )
