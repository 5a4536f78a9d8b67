"""Who said it: link each quotation to its speaker through attribution cues.

Rules, tried in this order for each quotation; each has golden cases in
``tests/golden/attribution.json`` and its own confidence:

``said-X`` / ``X-said``
    A cue right after the quotation, in the same sentence: ``"...," said Lavrov`` /
    ``"...," Lavrov said`` / ``"...," she declared`` / ``"...," X, a spokesman for Y,
    said``.
``according-to``
    ``according to X`` next to the quotation, before or after it.
``it-said``
    ``"...," it read.`` after a written statement is mentioned (``the memo``, ``a
    statement``): the statement, or who issued it (``The ministry issued a statement``).
``X-said:``
    A cue right before the quotation: ``X said: "..."``, ``X said that "..."``,
    ``X told Radio Nacional: "..."``.
``X-verb-that``
    The nearest cue earlier in the same sentence: ``with Choe stating that Pyongyang
    will stand by Moscow "until victory."``, ``whom she described as engaged in a "holy
    war."``. A participle after a comma (``..., stating they have reached an "..."``)
    takes the subject of the sentence.
``X:``
    A sentence that names someone and then opens a quotation after a colon.
``signature``
    A quotation standing alone in its paragraph, signed with a dash and a name on the
    rest of its line or on the next line: ``"We will rebuild." ― Jane Doe``.
``continuation``
    A quotation standing alone after an attributed one in the same paragraph, or opening
    a paragraph right after a paragraph whose quotation (or closing colon) was
    attributed, takes that speaker.
``previous-sentence``
    A quotation opening its sentence, with no cue of its own and none to continue, after
    a sentence of reported speech: ``Smith said the plan was dead. "..."`` or ``Jane Roe
    chimed in. "..."``.

Pronouns and role nouns (``the minister``) resolve to a name through
:class:`~quoteattr.speakers.DocumentNames`, and every name is reported in the fullest
form the document gives. A quotation with no credible speaker (a scare quote, a title, a
nickname) gets an :class:`~quoteattr.model.Attribution` whose ``speaker`` is ``None``;
so does a short quoted term (three words at most, closing without punctuation) whose
only cue comes earlier in its sentence (``the so-called "rebels"``, case A89), unless
the cue stands a few words before it (``called the plan "dead"``, case A134).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import Final, Literal

import attrs
import regex

from quoteattr.cues import Gender, Lexicon, load_lexicon, longest_verb_forms
from quoteattr.leads import cased_leads
from quoteattr.mentions import ADVERBS as _ADVERBS
from quoteattr.mentions import (
    INVERTING_COPULAS,
    KIN_NOUNS,
    KIN_OF,
    LIVE_PAGE_TIME,
    MODALS,
    OPENING_CONJUNCTIONS,
    PARTICLES,
    PEERAGES,
    PLURALS,
    QUALIFIERS,
    STOP_LEFT,
    SUBJECT_PRONOUNS,
    UNNAMED_ONE,
    apposed_person,
    mention_after,
    mention_before,
    modifier_word,
    opening_group,
    placed_people,
    plural_form,
    plural_person,
    plural_role,
    possessive,
    possessive_stem,
    prefixed_role,
    singular,
)
from quoteattr.mentions import IRREGULAR_PAST as _IRREGULAR_PAST
from quoteattr.mentions import LINE_DASHES as _LINE_DASHES
from quoteattr.mentions import MONTHS as _MONTHS
from quoteattr.mentions import PREPOSITIONS as _PREPOSITIONS
from quoteattr.model import Attribution, Cue, Mention, Quote, Segment, Speaker
from quoteattr.normalise import word_list
from quoteattr.quotes import CROWD_VERBS, SIGN_NOUNS, SIGN_PARTICIPLES, SIGN_PRINTED, SIGN_VERBS
from quoteattr.speakers import BODY_NOUNS, DocumentNames, last_match
from quoteattr.tokens import Token, paragraph_tokens, segment_span

__all__ = ["attribute"]

# Nouns for several people taken as one, whom "he" or "she" does not stand for (rule
# A1184: "His family is Jewish. "...," he told me")
_COLLECTIVE_PEOPLE: Final = frozenset("family couple household crew".split())
_COLLECTIVE_DETERMINERS: Final = frozenset("the her his their its our".split())  # (A1244)

CONFIDENCE: Final = {
    "said-X": 0.96,
    "X-said": 0.96,
    "according-to": 0.65,
    "X-said:": 0.82,
    "X-verb-that": 0.45,
    "X:": 0.55,
    "continuation": 0.95,
    "previous-sentence": 0.75,
    "signature": 0.85,
    "it-said": 0.6,
}
"""Confidence of each rule when it links a name, before the discount for a pronoun or a
role noun. Calibrated as the share of correct attributions on public annotated news
(PolNeAR development set, quotations that are not speech counted as errors); the
``continuation`` figure multiplies the confidence of the attribution it continues."""

_SPEAKER_KIND: Final[dict[str, Literal["person", "organisation", "document"]]] = {
    "person": "person",
    "org": "organisation",
    "text": "document",
}
# "the Spaniard", "the 19-year-old Spaniard" (rule A176)
_BEFORE_DEMONYM: Final = re.compile(r"\b[Tt]he (?:\d+-year-old )?\Z")
# "the Indian driver": a nationality and a role noun (rule A176)
_DESCRIBED: Final = re.compile(r"[Tt]he ([A-Z][\w -]*?) ([a-z-]+)")
# "the 29-year-old singer" (rule A184; rule A989: "the 67-year-old retired vet"; rule
# A1059: "the 52-year-old former history teacher")
_AGED: Final = re.compile(r"[Tt]he \d+-year-old (?:[a-z-]+ |[A-Z][a-z]+ ){0,3}([a-z-]+)")
# rule A977: a role the person has left points back as an age does ("the retired
# joiner", "the former biology teacher", "the ex-worker"), and so does a tabloid's
# epithet before a role (rule A1006)
_EPITHET: Final = re.compile(
    r"[Tt]he (?:(?:retired|former) (?:[a-z]+ )?|ex-"
    # (rule A1006: "the blonde presenter", "the green-fingered star")
    r"|(?:blonde|brunette|tearful|heartbroken|furious|grieving|devastated|glamorous|bubbly"
    r"|[a-z]+-(?:fingered|haired|faced|eyed)) )([a-z]+)"
)
_APPOSED_REACH: Final = 80  # characters of a name apposed to a role noun (A860)
_APPOSED_AGE: Final = re.compile(r", \d{1,3},")  # ("The former star, 29, said": A841)
# "the 46-year-old" (rule A506: not after "a 46-year-old man", a person introduced by
# description, which an earlier version of the rule named wrongly)
_AGE_ALONE: Final = re.compile(r"[Tt]he (\d+)-year-old")
_AN_AGE: Final = re.compile(r"\b[Aa]n? (\d+)-year-old")  # someone described by an age (A554)
# a youth described by no age ("the teenager": rule A1288), and one introduced so
_YOUTH: Final = frozenset({"the teenager", "the teen", "the youngster"})
_A_YOUTH: Final = re.compile(r"\b[Aa] (?:teenager|teen|youngster)\b")
_OPENER_ENDS: Final = frozenset({",", "—", "–", "--"})  # what ends a sentence's opener
_ONE_OF: Final = frozenset({"one", "another"})
# A clause naming the quoted words before a colon: "a new nickname on social media:"
_NAMING_LEAD: Final = re.compile(
    # (rule A1094: not a person's own name, "declined to give his name but was blunter:")
    r"\b(?:slogans?|nicknames?|mottos?|(?<!his )(?<!her )(?<!their )names?|titles?|captions?"
    r"|hashtags?)\b[^.!?\"“”‘’\n]*:\s*\Z"
)
_NAMING_LEAD_REACH: Final = 100
_RELATIVE_AGE: Final = re.compile(r"\b[Tt]he (younger|elder|older) \Z")  # (rule A836)
# A peer's title and the surname or place after it (rule A901: "Lord Carrow", "Earl of
# Brancaster").
_PEER_TITLED: Final = re.compile(rf"\b({'|'.join(sorted(PEERAGES))}) (\w[\w'’-]*)")
_OF_PLACE: Final = re.compile(r" of ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})")
_PEER_OF: Final = re.compile(rf"\b({'|'.join(sorted(PEERAGES))}) of \Z")
_PEER_OF_REACH: Final = 16
_SEEN_BY: Final = re.compile(r", (?:seen|obtained) by [^,.;:!?\"“”]{1,40},")  # (A909)
# A role noun in apposition right after a surname (rule A895: "Chen, the economist,")
_APPOSED_ROLE: Final = re.compile(r", the (?:[a-z-]+ ){0,2}?([a-z-]+)[,.]")
# Giving evidence in court (rule A833: the one "the witness" stands for)
_GIVING_EVIDENCE: Final = re.compile(
    r"\b(?:[Gg]iving evidence|gave evidence|testif(?:ied|ying)|took the stand|taking the stand)\b"
)
_PLACE_OWNER: Final = re.compile(
    r"([^\W\d_a-z][\w.-]*(?: [^\W\d_a-z][\w.-]*){0,2})['’]s \Z"
)  # (A941)
_SPOKES: Final = (" spokesman", " spokeswoman", " spokesperson")  # (rule A607)
# rule A678: the spokesperson named beside it ("A European Commission spokeswoman,
# Johanna Lindahl, said") speaks, not the body
_SPOKES_NAMED: Final = re.compile(r" spokes(?:man|woman|person),[ \t\u00a0]+[^\W\d_]")
_SPOKESPERSON_FOR_BEFORE: Final = re.compile(r"\b[Aa]n? spokes(man|woman|person) for (?:the )?\Z")
# rule A918: a spokesperson written after the body's name ("a KBA spokeswoman said"),
# and the gender each word gives the one who speaks for it
_SPOKES_AFTER: Final = re.compile(r" spokes(man|woman|person)\b")
_SPOKES_GENDER: Final = {"man": "m", "woman": "f"}
_SPOKESPERSON_FOR_REACH: Final = 30  # characters of "A spokeswoman for the " (rule A621)
_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?) \Z")  # (A221, A596)
_DESCRIBED_REACH: Final = 1500  # characters searched back for "an aide" (rule A188)
_OTHER_ONE: Final = frozenset("other second third fourth fifth another latter former".split())
_QUALIFYING: Final = "|".join(sorted(QUALIFIERS))  # what qualifies a source (A170, A528, A631)


_NOUN_AFTER: Final = re.compile(r" ([a-z]+)\b(?![’'-])")  # (rule A680)
_NOT_NOUNS: Final = frozenset(
    "and or but who whom whose which that as to for of in on at by from with was were is are "
    "has have had will would can could may might should must did does do".split()
)


# ``The lawmaker, Aurélien Marchetti,``: a role noun after ``the`` opening a sentence,
# then a name in apposition (rule A694)
_NAMED_ROLE: Final = regex.compile(
    r"(?<=[.!?”\"’'] )(?P<who>The) (?P<role>[a-z]+), "
    r"(?P<name>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3})(?:[,.]| of | from )"
)
_PERSON_NOUNS: Final = frozenset({"man", "woman"})  # nouns any person is (rule A748)


@functools.lru_cache(maxsize=256)
def _indefinite(role: str) -> re.Pattern[str]:
    """``A senior Senate aide``: an indefinite noun phrase of up to four words before the
    role noun (rule A188)."""
    word = r"(?!(?:for|of|to|the|with|in|on|at|by|from|and|or|who|that)\b)[\w'’-]+ "
    # (rule A528: with what qualifies it, "A person familiar with the negotiations")
    det = r"(?:the |a |an |his |her |their )?"
    qualified = (
        rf"(?: (?:{_QUALIFYING}) {det}(?!(?:that|who|which)\b)(?P<object>[\w-]+)"
        r"(?:['’]s [\w-]+)?"  # (rule A583: "familiar with the company's thinking")
        # (rule A546: or where the person is from, up to the comma that closes the
        # phrase: "One senior official from a partner party, speaking on condition ...")
        # (rule A590: or what the person is of, "One former employee of the federation's
        # finance department, who ...")
        rf"| (?:from|at|in|near|of) {det}(?:[\w'’-]+ ){{0,3}}[\w'’-]+(?=,))?"
    )
    # (rule A546: or "One official, who spoke on condition of anonymity, said")
    # (rule A1015: not in the possessive, "a stewards’ decision")
    return re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne) (?:{word}){{0,4}}{re.escape(role)}\b(?!['’](?:s\b|\s)){qualified}"
    )


# The lede: the first paragraph long enough not to be a headline or a byline (A168).
_LEDE: Final = re.compile(r"^[^\n]{120,}$", re.MULTILINE)
_ISSUER_REACH: Final = 600  # characters searched back for "a statement" (rule A209)
# "from the company", "released by the Harbour Police Department": a text's author
# right after it (rule A213)
_AUTHOR_AFTER: Final = regex.compile(
    # (rule A717: or its authors set beside it, "The open letter, organised by Professor X,")
    # (rule A797: or after its date, "One memo, dated May 29 and signed by")
    r"(?:,[ \t]+(?:dated[ \t]+\w+(?:[ \t]+\w+)?[ \t]+and[ \t]+)?"
    # (rule A898: or with "also" or "jointly", "A second memo, also signed by X,")
    r"(?:(?:also|jointly)[ \t]+)?(?:signed|organi[sz]ed|written|drafted)[ \t]+by"
    r"|[ \t]+(?:(?:issued|released|posted|published|sent)[ \t]+"
    # (rule A655: and when, "published in June by")
    r"(?:(?:in|on|last|this|earlier)[ \t]+\w+(?:[ \t]+\w+)?[ \t]+)?)?(?:from|by|through))[ \t]+"
    # (rule A998: after words that qualify it, "from the energy ministry,")
    # (rule A1052: or a place's, "by the Madhya Pradesh forest department.")
    # (rule A1110: a possessor among them too, "from the mayor's office.")
    r"(?:the[ \t]+(?P<qualified>(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}(?:[\p{Ll}-]+(?:['’]s)?[ \t]+){0,2})"
    r"(?P<role>\p{Ll}+)(?=[,.;:])"
    # (rule A826: or a group of people, "issued by the two delegations said", "released
    # through his solicitors said")
    r"|(?P<group>(?:the|his|her|their)[ \t]+(?:[\p{Ll}\d-]+[ \t]+){0,2}\p{Ll}+s)"
    r"(?=[ \t]+\p{Ll}+[ \t]|[,.;:])"
    # (rule A856: past where it is based and what it is, "by the Jakarta-based
    # environmental group Lestari Watch")
    r"|(?:the[ \t]+)?(?:[\p{L}-]+-based[ \t]+)?(?P<noun>(?:[\p{Ll}-]+[ \t]+){1,3}?)??"
    r"(?P<name>\p{Lu}[\p{L}'’.&-]*"
    r"(?:[ \t]+(?:of|for|and|&|(?:(?:of|for|and|on)[ \t]+)?the|\p{Lu}[\p{L}'’.&-]*)){0,6})"
    # (rule A797: or a person described, "signed by a prison intelligence officer")
    r"|(?P<described>an?[ \t]+[\p{Ll}-]+(?:[ \t]+[\p{Ll}-]+){0,3})(?=[,.;:]))"
)
# Those who speak for another (rule A1058)
_REPRESENTATIVES: Final = frozenset(
    "lawyer lawyers attorney attorneys solicitor solicitors agent representative publicist".split()
)
# "by" before an author (rule A1052)
_BY: Final = re.compile(r"(?<![\w-])by[ \t]")
# Texts whose issuer speaks through them (not a report or a petition, often by others).
_ISSUED_TEXTS: Final = frozenset(
    # (rule A365: the written decisions of a court or tribunal)
    "statement letter memo email e-mail note message post ruling judgment judgement "
    "determination filing submission response reply recommendation report "
    # (rule A875: and an alert's or a notice's; not "advisory", an adjective as often,
    # "The advisory panel recommends")
    "alert notice".split()
)
# Role nouns for many people, and words that count them, which no one person holds
# (``the crowd``, ``the two lawmakers``): rule A200 leaves them as written.
_GROUP_ROLES: Final = frozenset({"audience", "crowd", "public", "electorate", "narrator"})
_NUMBER_WORDS: Final = frozenset("two three four five six both several many".split())
_PRONOUN_DISCOUNT: Final = 0.55  # measured: pronoun links are right about half the time
_NOMINAL_DISCOUNT: Final = 0.8
_DASHES: Final = frozenset({",", "—", "–", "-", "--"})
_ASIDE_DASHES: Final = _DASHES - {","}  # (rule A681)
# What may stand between a quotation and its cue after it: a comma or a dash, or the
# closing mark of a quotation nested at its end (a stray third mark of ''').
_AFTER_QUOTE: Final = _DASHES | {"'", "’", "”", '"'}
_BRIDGE: Final = frozenset({",", ":", "that", "—", "–", "-", ";"})
# Capitalised words before a text noun that name no issuer (rule A382).
_NO_ISSUER: Final = frozenset(
    "that this these those his her their its our my your one another each every "  # (A797)
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_PERSON_PRONOUNS: Final = frozenset({"he", "she"})  # (rules A391, A392)
_RELATIVES: Final = frozenset("who whom whose which that".split())
# The auxiliaries between a subject written after its quotation and its verb (rule A940)
_PERFECT_AUXILIARIES: Final = frozenset({"has", "have", "had"})
_AUXILIARIES: Final = frozenset("is are was were has have had will would".split())  # (A381)
_FINITE_AUXILIARIES: Final = _AUXILIARIES | {"did", "does", "do"}  # (A1042)
# The writer of a report, and the auxiliaries after it ("We've been speaking to": A518)
_WRITER: Final = re.compile(r"(?:we|i)(?:['’](?:ve|m|d))?")
_WRITER_AUXILIARIES: Final = frozenset("have has had been am are was were also".split())
_BEFORE_PLURAL: Final = frozenset("that the these those its his her their our such".split())
# Words of a time or place between a reporting verb and the comma before a participle
# that goes on its report ("said on Monday, warning": rule A424)
_SAID_WHEN: Final = frozenset(
    """on in at to late early last this a an the its his her their statement interview
    yesterday today separate written joint brief
    address speech remarks
    reporters journalists news conference briefing by telephone phone emailed email
    response questions televised radio week month year weekend morning afternoon evening
    night latest update post video message headquarters""".split()
)  # (rule A992: "address", "speech", "remarks": "the emir said in his address, accusing";
# rule A1093: whom, how and when, "told reporters", "said in an emailed response to
# questions", "said in an interview this week")
_SAID_WHEN_REACH: Final = 7
_TELLING: Final = frozenset({"tell", "inform", "assure", "remind", "warn"})  # (rule A542)
_TOLD_REACH: Final = 14  # words of the one told, when and where, before "that" (A542)
_PARTICIPLE_REACH: Final = 10  # tokens from a verb back to a participle after its subject
_OF_PHRASE_WORDS: Final = 5  # words back from a base form to a plural's "of" (A798)
_TEXT_SUBJECT_WORDS: Final = 5  # words from "The" to a text noun's verb (rule A788)
_CLAUSE_VERB_REACH: Final = 16  # tokens back to the verb a clause's comma ends (A782)
# Words no participle phrase on a subject holds (rule A369): relative pronouns, "to" and
# auxiliaries ("her campaign is planning to reprint an editorial that accuses").
_CLAUSE_STOPS: Final = frozenset(
    "that which who whom whose to is are was were has have had will would can could".split()
)
# Words between two verbs that are no noun of the object (rule A361): "said he says".
_NOT_A_NOUN: Final = (
    SUBJECT_PRONOUNS
    | _ADVERBS
    | _PREPOSITIONS
    | frozenset("that who which what it this there and or but the a an".split())
)
_NOT_VERB_AFTER: Final = frozenset(
    "the a an his her their its our my this that these those no every each".split()
)
_BEFORE_BASE_FORM: Final = frozenset(
    """i we you they to will would could can may might must should shall did does do
    not never also often still just only always usually people""".split()
)
# Words that open what a verb says or its object, after a base form (rule A761).
_OBJECT_OPENERS: Final = frozenset("that it he she they we i the a an its his her their".split())
_COORDINATORS: Final = frozenset({"and", "but", "or", "then"})
# Words whose "'s" is "is" or "has", no possessive's (rule A779).
_CONTRACTING: Final = frozenset({"that", "there", "here", "who", "what", "where", "let"})
# A possessive pronoun and the subject pronoun that stands for the same one (A270).
_POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Nouns for what someone said, before a colon: "Clinton's response was:" (rule A279).
_REPLY_NOUNS: Final = frozenset(
    # (rule A991: and more, "Her closing line:", "His parting words:", "Her advice:")
    """response reply answer retort verdict message line words advice plea assessment
    explanation prediction conclusion""".split()
)
_GIVING_PAST: Final = _IRREGULAR_PAST | {"put"}  # (rule A1298)
_REPLY_TO_REACH: Final = 9  # tokens of a "to" phrase after such a noun (rule A1294)
_MODALS: Final = MODALS | {"shall"}
# Reporting verbs that take no person as their object, only the clause they report (A771).
_CLAUSE_ONLY: Final = frozenset({"say", "add", "insist", "claim", "state", "argue", "admit"})
# Prepositions before a region's name that qualifies "states" ("to Gulf states", "of EU
# states"), unlike a place's ("the government in Rome states"): rule A997
_BEFORE_STATES: Final = frozenset({"to", "of", "from", "among", "between", "with"})
# Verbs that describe something "as" the quoted term (rule A1000), the words they reach
# over, and words that open another clause on the way
_AS_VERBS: Final = frozenset(
    "describe characterise characterize brand label dismiss denounce hail portray defend".split()
)
_AS_REACH: Final = 14
_AS_CLAUSE_OPENERS: Final = frozenset("that which who whom whose because when while".split())
# Texts whose maker's words a that-clause after "by" holds, as a claim's (rule A1001)
_MADE_STATEMENTS: Final = frozenset({"statement", "announcement", "remarks", "comments"})
_PERCEIVED: Final = frozenset({"heard", "seen", "spotted", "filmed"})  # (rule A1005)
_OPENED_PRONOUNS: Final = frozenset({"he", "she", "they", "we"})  # (rule A984)
# Verbs after which ", adding, "..."" goes on with the same speaker (rule A115).
_SAY_LIKE: Final = frozenset(
    {"say", "tell", "write", "explain", "note", "state", "tweet", "add"}  # ("add": rule A983)
)
# Verbs of a finding (rule A483), a ruling or a document issued (rule A484), which report
# only outside the clause of another reporting verb ("The court found that ..." but "The
# minister said an audit had found ...", "said the court had ruled that ..."); rule A1112:
# and verbs of accepting ("X said officers welcomed having "...", "said the two
# governments had agreed on "..."); rule A1127: and "reflect" ("the company said the
# timeline reflected "..."")
_FINDING: Final = frozenset({"find", "issue", "conclude", "rule", "welcome", "agree", "reflect"})
_TIME_NOUNS: Final = frozenset(
    """day days week weeks month months year years morning afternoon evening night time
    hour hours weekend moment decade""".split()
)
# What follows a time phrase opening a sentence as an adverbial (rule A1046).
_AFTER_TIME: Final = frozenset("after before since later earlier ago on into".split())
_CLAUSE_CLOSERS: Final = frozenset({".", ",", ";", "!", "?"})
_PARAGRAPH_BREAK: Final = re.compile(r"\n\s*")
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"'”’]?\s+[A-Z“\"‘']")
_MAX_CONTINUATION_GAP: Final = 400
# A signature after a quotation: spaces, at most one paragraph break, a dash, and the
# start of a name (``” ― Jane Doe``, ``”\n\n- Jane Doe.``).
_SIGNATURE: Final = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0\n]*)?([―—–-])[ \t\u00a0]*(?=[^\W\d_])")
_MAX_SIGNATURE: Final = 120  # characters of a signature line
# Verbs that report only before a colon or comma ("It continues: "..."", "She began:
# "..."") (rules A527, A636)
_ONLY_BEFORE_COLON: Final = frozenset({"continue", "begin"})
_CUE_AFTER_RULES: Final = frozenset({"X-said", "said-X"})
_CUE_BEFORE_RULES: Final = frozenset({"X-verb-that", "X-said:"})
_SO_CALLED_REACH: Final = 16  # characters before a quotation's words read for "so-called"
_MAX_TERM_WORDS: Final = 3  # words of a quoted term that may be a scare quote (rule A89)
_EDGE: Final = " \t\n.,;:!?\"'“”‘’«»—–-"
_CLOSING_MARKS: Final = " \"'“”‘’«»"  # (rule A796: a quotation's closing marks)
_CLAUSE_WORDS: Final = 20  # words between a cue and a term in its clause (A182, A274, A1020)
_NEXT_WORD: Final = re.compile(r" ([a-z]+)")
_PARTICIPLE_BY: Final = re.compile(r" [a-z]{2,}ed by\b")  # (rule A930)
# Words after a quoted term that go on with the clause, where a noun would show the term
# modifies it ("the hype around "miracle" supplements": rule A182).
_CLAUSE_GOES_ON: Final = _PREPOSITIONS | frozenset(
    """and or but that which who as than when because if while so given amid across
    around beyond within throughout unless where whether once although though""".split()
    # rule A329: a determiner opens the term's object, no noun it modifies ("would
    # "fundamentally undermine" the mine's financing")
    + "the a an its their his her our my this these those".split()
    # rule A656: an auxiliary, the term the subject of its clause ("that "all necessary
    # resources" would be made available")
    + "would will could should might may must can had has have was were is are".split()
)
# (a curly apostrophe inside a word breaks nothing: "Portugal’s")
# (a comma or period inside a number is none: "1,300 jobs", "£1.1 billion", rule A322)
_CLAUSE_BREAK: Final = re.compile(
    # (rule A657: nor is the period of an initial or abbreviation: "from 9 p.m. to 6 a.m.")
    r"(?<!\d),|,(?!\d)|(?<!\b[A-Za-z])(?:(?<!\d)\.|\.(?!\d))"
    r"|[;:!?()\"“”—–]|(?<!\w)[‘’]|[‘’](?!\w)"
)
_DASHED_ASIDE: Final = re.compile(r"\s[–—]\s[^,.;:!?\"“”()–—]{1,50}\s[–—]\s")  # (rule A650)
_SECOND_THAT: Final = re.compile(r"\s+(?:and|but)\s+that\s")  # rule A212
_TRAILING_RELATIVE: Final = re.compile(
    r",\s+(?:which|who)\s[^,.;:!?\"“”()]{1,60}(?=[\"“‘']?\Z)"
)  # (A974)
# A short appositive of a noun between commas (rule A370): ", a 31-year-old vessel,".
_APPOSITIVE: Final = re.compile(
    # (rule A433: or a participle's phrase, ", supported by Rwandan troops,"; rule A458:
    # with any preposition and an adverb before it, ", originally planned for last August,")
    # (rule A567: or a group's, ", members of the group Civic Voices,", ", all students,")
    # (rule A755: or a relative clause, ", which delivered 212 babies last year,")
    # (rule A944: or what is added or counted in, ", plus a one-off payment of £1,000,")
    r",\s+(?:a|an|the|which|who|members\s+of|one\s+of|all|both|plus|including|excluding|"
    # (rule A900: after "first" or "once", and "after" or "before" too, ", first promised
    # after the June 2019 floods,")
    r"(?:(?:[a-z]+ly|first|once)\s+)?[a-z]+ed\s+"
    r"(?:by|for|in|on|at|from|to|with|under|until|since|after|before))"
    # (and a number's separators: "£1,000", rule A944)
    r"\s(?:[^,.;:!?\"“”()]|(?<=\d)[,.](?=\d)){1,40},"
    # rule A968: a relative clause may be longer (", which stops the River Foss backing up
    # into the city when the Ouse is high,")
    r"|,\s+(?:which|who)\s[^,.;:!?\"“”()]{41,100},"
    # rule A1067: or when, counted from something else (", weeks after most tour
    # operators had finalised their summer prices,")
    r"|,\s+(?:(?:just|only|barely|some|a\s+few|two|three|\d+)\s+)?"
    r"(?:hours|days|weeks|months|years)\s+(?:after|before|since|into)\s[^,.;:!?\"“”()]{1,80},"
)
_COMPLEMENT_WORDS: Final = 6  # words between a cue and the term it says (rules A134, A171)
# Words before a verb (rule A375): a term after them is a verb, not a noun's modifier (rule
# A622: "to" too, "would allow the bank to "gradually normalise" monetary policy").
_BEFORE_VERB: Final = frozenset(
    "not would will could should can must may might did does do never has had have been to".split()
)
_ARTICLES: Final = frozenset({"a", "an", "the"})
_NAMING_WORDS: Final = _ARTICLES | {"as"}  # before a name or a label in quotation marks
# Adverbs of place or time that open a sentence before its subject (rule A961)
_PLACE_ADVERBS: Final = frozenset(
    "back down out up over later earlier outside inside nearby elsewhere meanwhile".split()
)
# Words after which "to" is a preposition, not an infinitive's (rule A622).
_PREPOSITION_TO: Final = frozenset(
    """close next due according similar compared related linked opposed prior thanks owing
    contrary adjacent relative subject back up down""".split()
)
# A description opening a sentence before a participle's phrase (rule A466): its words
# at most, and words ending like a participle that are none ("the red-bearded man").
_DESCRIPTION_WORDS: Final = 6
_ED_NOUNS: Final = frozenset("bed red shed seed speed feed weed hundred kindred".split())
_CLAUSE_OPENING: Final = frozenset({",", ";", "—", "–"})  # (rule A469)
_PARTICIPLE_OBJECTS: Final = frozenset("the a an his her their its of for in on".split())
_PARTICIPLE_LINKS: Final = frozenset("of with by for in over".split())  # ("accused of")
# Participles of issuing a document, which qualify a noun between commas (rule A457).
_ISSUED: Final = frozenset("issued published released signed posted filed dated".split())
_GIVEN_TEXT: Final = _ISSUED | {"read", "broadcast", "sent", "delivered", "shared"}  # (A980)
# Verbs of writing or sending after a text's author ("a message X sent": rule A298).
_AUTHORING: Final = frozenset(
    "sent wrote posted signed published emailed e-mailed texted tweeted drafted".split()
)
_COUNTED: Final = re.compile(r"\d[\d,]* ")  # people counted ("200 faculty members": A717)
# Words opening the description of a person not named (rule A301).
_UNNAMED_OPENERS: Final = frozenset({"a", "an", "another", "one"})
_MAX_BARE_OPENER: Final = 5  # words of a phrase opening a sentence with no comma (A1308)
# Small words inside a body's name ("United Educators of Chicago": rule A1306)
_NAME_LINKS: Final = frozenset({"of", "and", "for", "the", "in", "on"})
# Nouns of offices of state, which a body opening the sentence before does not stand
# for when none is named so ("El Niño ... the government said": rule A1306)
_OFFICES_OF_STATE: Final = frozenset(
    {"government", "presidency", "ministry", "prefecture", "federation"}
)
# a preposition opening a sentence after a dateline or a time, and a place ("12:45 PM —
# In Laventille": rule A1304)
_OPENING_PREPOSITION: Final = re.compile(r"\b(?:In|At|On|From|Outside|Near)(?: [A-Z][\w'’.-]*)+$")
# How the nouns of people no list names end ("One polisher", "Another patient": A1303)
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee")
_OWNERS: Final = frozenset({"the", "their", "its", "his", "her"})  # (rule A1248)
# A message read out after a colon, and who sent it (rule A1251: "A text from Lorraine
# in Moama:", "And this from a listener who didn't leave a name:"), in the characters
# before the colon; and a caller's first name and place ("Tom in Chester").
_SENT_FROM: Final = regex.compile(
    # (rule A1262: also after a live blog's time stamp and its dash, "11:48 - A message
    # from", and after "we have", "I've got", "here's": "We also have a text message from")
    r"(?m)(?:^|[.!?:]\s+|[-–—|]\s+|\band\s+|\bAnd\s+)"
    r"(?:(?:[Ww]e|I)(?:'ve|’ve)?\s+(?:also\s+)?(?:have|got|had)\s+(?:got\s+)?|[Hh]ere['’]s\s+)?"
    r"(?:[Tt]his|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:more\s+|last\s+)?"
    r"(?:(?:text|e-?mail|message|note|tweet|comment|letter|voicemail|post)\s+){0,2}"
    # (rule A1262: or "now" before "from", or a short phrase set off by commas, "One more
    # message before the news, from Elena")
    r"(?:(?:in|just\s+in|here|now)\s+|[^:\n,.]{0,30},\s+)?"
    r"(?P<from>from)\s+(?P<who>[^:\n]{2,60}?)\s*\Z"
)
_SENT_FROM_REACH: Final = 120
_CALLER: Final = regex.compile(r"(?P<name>\p{Lu}[\p{Ll}'’-]+) in \p{Lu}")
# The prepositions that open what an unnamed person's description says of where or for
# whom they are ("A chap from Birmingham", "an official with a charity": rule A1247), the
# words that end that phrase, and the words it may hold at most.
_COMPLEMENT_LINKS: Final = frozenset("for from at in with on of".split())
_COMPLEMENT_ENDS: Final = frozenset("who whose which".split())
_COMPLEMENT_REACH: Final = 10
# The nouns of an unnamed person that a relative clause or a participle's phrase after
# them tells apart ("A woman who sells empanadas", "A man selling maps": rule A1267), a
# participle, and the tokens such a clause may hold at most.
_DESCRIBED_PEOPLE: Final = frozenset({"woman", "man", "person", "girl", "boy"})
_PARTICIPLE: Final = re.compile(r"[a-z]{3,}ing")
_CLAUSE_REACH: Final = 14
_OWNER_GENDERS: Final[dict[str, Gender]] = {"his": "m", "her": "f"}  # (rule A1274)
_NAME_GIVEN_REACH: Final = 240  # characters after a description the clause may end within
# The name an unnamed person gave, in a clause after their description (rule A1274: ",
# who gave only his surname, Dung,", ", a retiree who gave only his surname, Kato,",
# ", who ... asked to be identified only by her first name, Leanne,")
_NAME_GIVEN: Final = regex.compile(
    r"[^.!?\n\"“”]{0,120}?\b(?:gave|giving|give|gives)\s+(?:only\s+)?(?P<owner>his|her|their)\s+"
    r"(?:first\s+|last\s+|family\s+|given\s+|sur)?name(?:\s+only)?(?:,|\s+as)\s+"
    r"(?P<name>\p{Lu}[\p{Ll}'’-]+)(?=[,.;]|\s+(?:said|told|says))"
    r"|[^.!?\n\"“”]{0,120}?\bidentified\s+(?:only\s+)?(?:by\s+(?P<owner>his|her|their)\s+"
    r"(?:first\s+|given\s+)?name,?|as)\s+(?P<name>\p{Lu}[\p{Ll}'’-]+)(?=[,.;])"
)
_CLAUSE_ENDS: Final = _COMPLEMENT_ENDS | {",", "and", "but", "that"}
# "His" or "Her" and a role before a name in apposition (rule A1239)
_OWNER_APPOSED: Final = regex.compile(r"(?:His|Her) ([a-z][a-z -]*), \p{Lu}")
# Words after "the" and a role that tell which one is meant (rule A1238)
_NEW_ONE_AFTER: Final = regex.compile(r",? (?:of|at|in|from|on|whose|who|with) ")
# (rule A702; rule A865: and an anonymous source's, "the source", "the insider"; rule
# A872: "the witness" after "One onlooker told us:")
_GENERIC_PEOPLE: Final = frozenset({"man", "woman", "person", "source", "insider", "witness"})
# Nouns for quoted words themselves (rule A397: '"...," a word X called "..."').
_WORD_NOUNS: Final = frozenset(
    "word words term phrase label description characterization characterisation".split()
)
# A word written as a word, before its quotation mark (rule A1069).
_MENTIONED: Final = re.compile(r"\b[Tt]he (?:word|term|phrase|expression) [\"“‘']\Z")
# A ballot's option (rule A1070): '56.4% voted "En contra"', 'the "against" option'.
_VOTED: Final = re.compile(r"\bvoted \Z")
_OPTION_AFTER: Final = re.compile(r" (?:option|camp|side)\b")
# A lead-in of a few words and a colon, after a sentence's end (rule A1072).
_LEAD_IN: Final = re.compile(r"[.!?]\s+([A-Z][a-z]*(?:,? [a-z]+){0,5}):\Z")
_TRANSLATION_GAP: Final = 4  # characters between a quotation and its translation (A318, A412)
_PLACE_PREPOSITIONS: Final = frozenset({"from", "in", "near"})  # (rule A571)
# Words before a body's noun that say which body of its kind it is, and nouns for bodies
# of which a country has several, that A1220 does not resolve by the noun alone.
_SCOPE_WORDS: Final = frozenset(
    "national federal presidential provincial state ruling opposition main former own".split()
)
_SCOPED_BODIES: Final = frozenset({"government", "party", "police", "office", "palace", "team"})
# Verbs of getting in touch before "to say" (rule A1227: "emailed to say:").
_SENT_TO_SAY: Final = frozenset("emailed texted wrote called rang phoned messaged".split())
# Nouns for what someone said, whose owner says a that-clause after them (rule A313).
_CLAIM_NOUNS: Final = frozenset(
    "claim claims promise pledge warning assertion accusation allegation insistence "
    # (rule A564: "X's explanation, delivered at ..., was that ... "..."")
    "explanation argument answer excuse reasoning assessment conclusion".split()
)
# "reading" right before a quotation's opening mark: a sign's words (rule A315).
_READING: Final = re.compile(r"\breading[\s:,]*[\"“'‘«]\s*\Z")
_READING_REACH: Final = 16
# A sign and the verb of the one who holds it (rule A393: "held up signs reading "..."",
# "hoisted a sign that read "..."", "unfurled a banner from the bow reading "...""): the
# verbs that hold, carry or put up a sign (beside quotes.SIGN_NOUNS), and how far apart
# they stand.
_HOLDING: Final = word_list("holding_verbs.txt")
_SIGN_READS: Final = frozenset({"read", "reads"})
#: words opening a sentence on signs of the group named before ("Their placards read",
#: "One placard read"): rule A1078
_SIGNS_OF_GROUP: Final = frozenset({"their", "one", "another"})
# What may stand right before a sign's words: "reading", "read", "words", a comma or a
# colon after them, "and" between two (rule A468).
_BEFORE_SIGN_WORDS: Final = (
    SIGN_VERBS | SIGN_PARTICIPLES | {"words", ",", ":", "and", "or", "as", "with"}
)  # (rule A935: "placards that said", "a banner saying", "signs declaring"; A1010: "with")

# The sign's words named as such ("with the words", rule A415; "with inscriptions such
# as", "bearing slogans such as", rule A592)
_SIGN_TEXT_NOUNS: Final = frozenset(
    "words slogan slogans inscription inscriptions message messages".split()
)
_SIGN_REACH: Final = 10  # tokens from "reading" back to the sign's noun
# The pronouns of each gender (rule A1066).
_GENDERED_PRONOUNS: Final = {
    "m": frozenset({"he", "him", "his", "himself"}),
    "f": frozenset({"she", "her", "hers", "herself"}),
}
_HOLDER_REACH: Final = 6  # ... and from the noun back to the verb that holds it (A448)
_HOLDER_REACH_LISTED: Final = 16  # ... when the noun is the last of a list (A455)
_GLOSS_MARKS: Final = frozenset({"—", "–", ")"})  # what closes a gloss after a quotation
_GLOSS_REACH: Final = 12  # ... and the tokens back to what opens it (rule A455)
_CROWDS: Final = frozenset({"crowd", "mob", "throng", "congregation"})  # (rule A454)
_GROUP_REACH: Final = 24  # ... and from the verb back to a group that holds it
_OPENING_GROUP: Final = 10  # ... or into the sentence before, for "they" (rule A431)
_PART_OF_GROUP: Final = frozenset({"some", "many", "several", "others", "most"})  # (A436)
_GROUP_AUXILIARIES: Final = frozenset({"are", "were", "have", "had", "been"})  # (A1074)
# One person described without a name, and the words after the determiner (rule A616).
_UNNAMED_PERSON: Final = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother) ((?:[a-z][a-z-]*,? ?){1,3})")
_ANOTHER_REACH: Final = 400  # characters back to the one "another" is the second of (A616)
_CHANT_NOUNS: Final = frozenset("chant chants chanting cry cries shout shouts chorus".split())
_SLOGAN_WORDS: Final = _CHANT_NOUNS | {"slogan", "slogans", "refrain", "words"}  # (A479)
# Words after which a group's noun may have a word or two describing it (rule A423)
_COUNTING: Final = frozenset(
    """of the dozens hundreds thousands some many several few two three four five six
    dozen hundred thousand""".split()  # (rule A1122: "a few hundred trade union members")
)
# Words before a plural noun for people that are part of its phrase: "a small group of
# protesters", "more than 200 islanders", "about 40 farmers" (rule A393).
_GROUP_WORDS: Final = frozenset(
    """a an the some many several dozens hundreds thousands dozen hundred thousand of tens
    scores millions about around nearly almost over more than at least few small large big
    group groups crowd crowds handful band two three four five six seven eight nine ten
    his her their its our smaller larger bigger another rival""".split()  # (rule A763)
)
# Numbers of people that stand alone for them (rule A1034: "Dozens gathered")
_COUNTED_PEOPLE: Final = frozenset("dozens hundreds thousands scores".split())
# Pronouns in the object case that a source phrase may name (rule A289).
_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them"})
# Words that open a question after the one asked ("asked Smith whether": rule A459).
_QUESTION_WORDS: Final = frozenset("whether if why how what when where who which about".split())
_PHRASE_ENDS: Final = frozenset(",.;:!?")
# Words that open a subordinate clause before a sentence's subject (rule A285).
_CLAUSE_OPENERS: Final = frozenset(
    "when while if although though because since unless whereas once after before until as".split()
)
# Words after which a verb form is a noun: "the protests", "her remarks".
_NOUN_MARKERS: Final = frozenset("the a an his her their its our my these those".split())
_MAX_BEFORE: Final = 60  # tokens searched back for a cue before a quotation
_NAMES_AFTER_LAST_QUOTE: Final = 400  # characters of names read past the last quotation
_MAX_PHRASE: Final = 5  # words in the longest multi-word cue
# tokens allowed between a subject and its verb after a quotation: an appositive or a
# parenthesis ("...," Scott Pruitt, the attorney general of Oklahoma, said)
_MAX_AFTER_SUBJECT: Final = 25
# "a spokesman for (the) " right before the one it speaks for (rule A223), past a word
# ("the federal Education Minister") or an abbreviated title ("Gov."; rule A1018: not a
# word ending the sentence, "a spokesman for the company. He")
_SPOKESPERSON_FOR: Final = regex.compile(
    # (rule A477: lawyers too, and with no article: "Lawyers for President X told")
    r"\b(an?\s+|the\s+)?((?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|sources?|lawyers?"
    r"|attorneys?))\s+(for|close\s+to)\s+(the\s+)?(?:\p{L}+\s+|(?-i:\p{Lu}\p{L}*\.\s+))?\Z",
    regex.IGNORECASE,
)
_SPOKESPERSON_REACH: Final = 50
# "she introduced herself as Doris Quispe", "who gave his name only as Junior", "She
# asks to be identified only by her first name, Leila", "who goes by the call sign Hrim",
# "She is Litia Vakaloloma, 29," (rule A658): who, and the name
_GIVEN_LATER: Final = regex.compile(
    r"\b(?P<who>[Ss]he|[Hh]e|who|[Tt]he [a-z]+ (?:wo)?man|[Hh]er|[Hh]is)"
    r" (?:later |finally |eventually |only )?(?:"
    r"(?<=[Hh]er |[Hh]is )name is "  # (rule A686: "Her name is Vesela Dimitrova")
    r"|"
    r"(?:introduced (?:herself|himself)|gave (?:her|his) (?:first )?name(?: only| just)?"
    r"|(?:agreed|asked|asks) to be (?:identified|named)(?: only)?) as "
    # (rule A747: or "who gave only his first name, Marat,")
    # (rule A994: "would give only her first name, Anna,")
    r"|(?:ask(?:s|ed)? to be identified only by|(?:gave|would give|will give) only)"
    r" (?:her|his) first name, "
    r"|goes by the (?:call sign|nickname|name) |(?P<is>is ))"
    # (after "is", an age: "She is Litia Vakaloloma, 29,")
    r"(?P<name>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})(?(is), \d)"
)
_WHO_GENDER: Final = {"she": "f", "he": "m", "man": "m", "woman": "f", "her": "f", "his": "m"}
# "A spokeswoman for the federal minister" (rule A643): the determiners and the reach
_FOR_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_FOR_REACH: Final = 60
# " for the Ministry of Health" after a spokesperson (rule A644), and that phrase ending
# a spokesperson's description, the body's name in group 1
_BODY_WORD = r"\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s)?"
_BODY_RUN: Final = _BODY_WORD + r"(?: (?:(?:of|for|on|and|the) )*" + _BODY_WORD + r")*"
_FOR_BODY_AFTER: Final = regex.compile(r" for (?:the )?" + _BODY_RUN)
_FOR_BODY: Final = regex.compile(r".* for (?:the )?(" + _BODY_RUN + r")\Z")
_MAX_AGENT: Final = 8  # tokens of "by the state news agency" in a passive cue (A228)
_PASSIVE_AUXILIARIES: Final = frozenset("is was were are be been being".split())
_PASSIVE_REACH: Final = 4  # tokens between a participle and the quotation its agent follows
_PEOPLE_WORDS: Final = 4  # words after "by" up to the plural that names people (A910)
_MIN_INTRODUCED_WORDS: Final = 6  # words of a quotation that a paragraph before introduces
_MAX_ROLE_PHRASE: Final = 8  # tokens of an appositive before a body: ", an archaeologist with"
_MAX_ROLE_WORDS: Final = 4  # "executive board member" between a body and a name (A232)
_ROLE_REACH: Final = 4000  # characters searched back for a role's introduction (A218)


# "in" right before a text's article ("... in a report"), or opening the sentence (rule
# A1261: "In a report published last month, the ... Centre estimated")
_IN_BEFORE: Final = re.compile(r"(?:(?<= )in|(?:^|(?<=\n)|(?<=[.!?] ))In) \Z")


@functools.lru_cache(maxsize=64)
def _issued_text(role: str, *, definite: bool = False) -> re.Pattern[str]:
    """``a`` or ``an`` (or a possessive; with ``definite``, ``the`` too: ``The 74-page
    report``, rule A1052) after a space or at the start, up to three modifiers, and the
    text noun ``role`` (rule A209)."""
    # (rule A550: or a possessive, "In its recommendation, ..., the council said")
    # (rule A856: or opening a sentence, "A report published ... by X")
    the = "|[Tt]he" if definite else ""
    return re.compile(
        rf"(?<!\S)(?:[Aa]n?{the}|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) "
        rf"(?:[\w-]+ ){{0,3}}?{re.escape(role)}\b"
    )


@functools.lru_cache(maxsize=64)
def _text_verb(role: str) -> regex.Pattern[str]:
    """The past of a text noun that is a verb too (``posted``, ``tweeted``: rule A785;
    rule A1052: ``ruled`` for a ruling)."""
    return regex.compile(rf"\b{regex.escape(role.removesuffix('ing'))}e?d\b")


@functools.lru_cache(maxsize=256)
def _role_opening(role: str) -> regex.Pattern[str]:
    """``The`` or ``the``, up to three words, and the role noun ``role`` (rule A218)."""
    return regex.compile(rf"\b[Tt]he\s+((?:[\w-]+\s+){{0,3}}?){regex.escape(role)}\b")


@functools.lru_cache(maxsize=8)
def _source_first_words(lex: Lexicon) -> frozenset[str]:
    """First words of the source phrases (``according`` of ``according to``): the only
    words that can open one. Once per lexicon, not per document."""
    return frozenset(p.split()[0] for p, kind in lex.phrases.items() if kind == "source")


@functools.lru_cache(maxsize=8)
def _verb_openers(lex: Lexicon) -> frozenset[str]:
    """The words a reporting verb can start with: where :meth:`_Attributor.verb_at`
    can find one (a token, which holds no space, or the first word of a verb form of
    several, ``pointed`` of ``pointed out``)."""
    return frozenset(lex.verb_forms) | frozenset(longest_verb_forms(lex))


def attribute(
    text: str, quotes: Sequence[Quote], *, lexicon: Lexicon | None = None
) -> list[Attribution]:
    """Attribute each quotation of ``text`` (as found by ``find_quotes``) to a speaker.

    >>> from quoteattr.quotes import find_quotes
    >>> text = '“We will rebuild,” Mayor Jane Doe said. “It is over,” she added.'
    >>> [(a.quote.text, a.speaker.name, a.rule) for a in attribute(text, find_quotes(text))]
    [('We will rebuild,', 'Jane Doe', 'X-said'), ('It is over,', 'Jane Doe', 'X-said')]
    """
    return _Attributor(text, quotes, lexicon or load_lexicon()).run()


class _Attributor:
    def __init__(self, text: str, quotes: Sequence[Quote], lex: Lexicon) -> None:
        self.written = text
        self.text = cased_leads(text)  # rule A1068: "JACK ORMSBY lifted" read as a name
        self.quotes = quotes
        self.lex = lex
        self.spans: list[tuple[int, int, Quote, Segment]] = sorted(
            (*segment_span(text, seg), q, seg) for q in quotes for seg in q.segments
        )
        self._span_starts = [s for s, _, _, _ in self.spans]
        self._quote_of = {id(seg): q for _, _, q, seg in self.spans}
        # each segment's span with its marks, computed once (rules ask for it again)
        self._span_of = {id(seg): (s, e) for s, e, _, seg in self.spans}
        # Names after the last quotation's sentence can neither speak nor be pointed back
        # to; only a fuller form written later could still help, which news rarely needs.
        until = self.spans[-1][1] + _NAMES_AFTER_LAST_QUOTE if self.spans else 0
        self.names = DocumentNames(
            self.text, [(s, e) for s, e, _, _ in self.spans], lex, until=until
        )
        self.abbreviations = lex.abbreviations
        self._paragraphs: dict[int, list[Token]] = {}
        # The lines found so far: sorted starts and each one's end (the offset of its
        # "\n", or the text's length), so that each line is searched for only once,
        # however long it is and however many quotations it holds (#6).
        self._line_starts: list[int] = []
        self._line_ends: dict[int, int] = {}
        self._segment_index: dict[int, int] = {}  # id(segment) -> its token index
        self._source_first = _source_first_words(lex)
        self._longest_verbs = longest_verb_forms(lex)
        self._verb_openers = _verb_openers(lex)
        # the last attribution with a speaker, and where its quotation ends (rule A443)
        self._last_spoken: tuple[int, Speaker] | None = None
        self._last_mention: Mention | None = None  # ... and the mention it linked (A918)
        # each surname a peer's title is written before, that title and where (A901)
        self._peers: dict[str, tuple[str, int]] | None = None

    # -- paragraphs -------------------------------------------------------------------------

    def span(self, segment: Segment) -> tuple[int, int]:
        """``segment_span(self.text, segment)``, looked up for the segments of
        ``self.quotes``."""
        found = self._span_of.get(id(segment))
        return found if found is not None else segment_span(self.text, segment)

    def line(self, pos: int) -> tuple[int, int]:
        """The start of the line holding ``pos`` and its end (the offset of the line's
        ``\n``, or the text's length): ``pos`` itself when it is a ``\n``."""
        starts = self._line_starts
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0:
            start = starts[k]
            end = self._line_ends[start]
            if pos <= end:
                return start, end
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        bisect.insort(starts, start)
        self._line_ends[start] = end
        return start, end

    def paragraph(self, pos: int) -> list[Token]:
        """The tokens of the line (paragraph) holding ``pos``, widened over any quoted
        segment that runs across a line break; tokenised once."""
        starts = self._span_starts
        start, end = self.line(pos)
        k = bisect.bisect_right(starts, start) - 1
        while k >= 0 and self.spans[k][1] > start > self.spans[k][0]:
            start = self.line(self.spans[k][0])[0]
            k = bisect.bisect_right(starts, start) - 1
        cached = self._paragraphs.get(start)
        if cached is not None:
            return cached
        k = bisect.bisect_left(starts, end) - 1
        while k >= 0 and self.spans[k][1] > end:
            end = self.line(self.spans[k][1])[1]
            k = bisect.bisect_left(starts, end) - 1
        inside = self.spans[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        cached = paragraph_tokens(
            self.text,
            start,
            end,
            inside,
            self.abbreviations,
            self.lex.verb_forms,
            self._segment_index,
        )
        self._paragraphs[start] = cached
        return cached

    def locate(self, segment: Segment) -> tuple[list[Token], int | None]:
        """The tokens of a segment's paragraph and the segment's index among them."""
        tokens = self.paragraph(segment.start)
        return tokens, self._segment_index.get(id(segment))

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> list[Attribution]:
        results: list[Attribution] = []
        for quote in self.quotes:
            attribution = self.attribute_one(quote, results)
            results.append(attribution)
            if attribution.speaker is not None:
                speaker = attribution.speaker
                self.names.note_speaker(quote.start, speaker.name, speaker.gender)
                mention = attribution.mention
                if (
                    mention is None
                    or mention.kind != "pronoun"
                    or self._last_spoken is None
                    or self._last_spoken[1] != attribution.speaker
                ):
                    self._last_mention = mention  # (not a pronoun for the same speaker)
                self._last_spoken = (quote.end, attribution.speaker)
        return results

    def attribute_one(self, quote: Quote, done: list[Attribution]) -> Attribution:
        if quote.kind in ("name", "title"):
            return Attribution(quote=quote, speaker=None)
        if self.so_called(quote):
            return Attribution(quote=quote, speaker=None)  # rule A342: a scare quote
        if _term(quote) and (
            _MENTIONED.search(self.text, max(0, quote.start - 20), quote.start)
            or self._ballot_option(quote)
        ):
            # rule A1069: a word mentioned as a word, no one's words ('refused to allow
            # the word "genocide" in the final text'); rule A1070: so is a ballot's
            # option ('the "against" option leads', '56.4% voted "En contra"')
            return Attribution(quote=quote, speaker=None)
        if done and self.translates(done[-1].quote, quote):
            # rule A318: a translation in brackets ('"Europa acasă" ("Europe at home")')
            # is the words of the quotation it translates
            return attrs.evolve(done[-1], quote=quote)
        found: tuple[Mention, Cue | None, str] | None = None
        for seg in quote.segments:
            tokens, qi = self.locate(seg)
            if qi is None:
                continue
            sign = self.sign_words(tokens, qi) if seg is quote.segments[0] else None
            if sign is not None:
                found = self.sign_holder(tokens, sign)
                if found is None and self.unheld_sign(tokens, sign):
                    # rule A468: a sign no one is said to hold ("beneath a banner reading
                    # "..."") speaks for no one, nor does the place or thing near it
                    return Attribution(quote=quote, speaker=None)
                if found is None:
                    # (nor does a sign whose holder is not found: "Many carried placards
                    # reading", with the group in the paragraph before)
                    later = self.after(tokens, qi) or self.before(tokens, qi)
                    if later is None or later[0].start <= tokens[sign[1]].start < later[0].end:
                        return Attribution(quote=quote, speaker=None)
            elif seg is quote.segments[0]:
                found = self.chanters(tokens, qi)
            found = found or self.after(tokens, qi)
            if found:
                break
        if found is None:
            found = self.signature(quote)
        if found is None:
            seg = quote.segments[0]
            tokens, qi = self.locate(seg)
            if qi is not None:
                found = self.sent_from(tokens, qi) or self.before(tokens, qi)
        term = _term(quote)
        if found is None or (
            found[2] in _CUE_BEFORE_RULES
            and term
            and not self.complement(quote, found[1])
            and not _cue_goes_on(done, found[1])
        ):
            # rule A418: a source closing the sentence ('ran "well above" 2020 levels,
            # according to county clerk X'); rule A642: past a later quotation when no
            # cue was found ('had "taken note" and was "assessing its options,"
            # according to X')
            # (rule A752: or any fragment with no cue found, from "according to": 'had
            # "saved all of our lives" by leading them there, according to Chen'; rule
            # A1126: or from a closing cue, unless the fragment is a name or a label after
            # an article or "as": 'could become a "serious risk" within weeks, the
            # minister said', not 'feted as the "guardian of the lira", a source said')
            trailing = (
                self.trailing_source(quote, across=found is None)
                if term or (found is None and quote.kind == "fragment")
                else None
            )
            if trailing is not None and (
                term or trailing[2] == "according-to" or not self._named_as(quote)
            ):
                return self.resolve(quote, *trailing)
            if found is None:
                return self.continuation(quote, done)
            # rule A89: a short phrase closing without punctuation in mid-sentence is a
            # term the writer uses (a scare quote), not the words of the earlier cue
            return Attribution(quote=quote, speaker=None)
        mention, cue, rule = found
        return self.resolve(quote, mention, cue, rule)

    def trailing_source(
        self, quote: Quote, *, across: bool = False
    ) -> tuple[Mention, Cue, str] | None:
        """The source named by ``, according to X`` later in the sentence of the quoted
        term ``quote`` (rule A418), or by ``, X said.`` closing it (rule A485); None when
        the sentence names none. With ``across``, the sentence may quote more words
        before the source, which then closes them all (rule A642)."""
        seg = quote.segments[-1]
        tokens, qi = self.locate(seg)
        if qi is None:
            return None
        sentence = tokens[qi].sentence
        if across:
            # (not for a name or a term inside a noun phrase: 'known as "the Postman"
            # because "he always delivers," according to', 'the "rechazo" option')
            opening, oi = self.locate(quote.segments[0])
            if oi is not None and oi > 0:
                word = opening[oi - 1].lower
                across = not (word in _ARTICLES or word in _PREPOSITIONS or word == "as")
        for k in range(qi + 1, len(tokens)):
            if tokens[k].sentence != sentence or (tokens[k].is_quote and not across):
                return None
            before = tokens[k - 1]
            if tokens[k].is_quote or not (
                before.text == ","
                or (k - 1 > qi and before.segment is not None and before.segment.text[-1:] == ",")
            ):
                continue
            if tokens[k].lower in self._source_first:
                source = self.source_at(tokens, k)
                if source is not None:
                    named = self.source_named(tokens, source[1])
                    return (named, source[0], "according-to") if named is not None else None
            closing = self.closing_cue(tokens, k)
            if closing is not None:
                return closing
        return None

    def _named_as(self, quote: Quote) -> bool:
        """Whether ``quote`` opens after an article or "as", as a name or a label does
        ('feted as the "guardian of the lira"'), not as someone's words."""
        tokens, qi = self.locate(quote.segments[0])
        return qi is not None and qi > 0 and tokens[qi - 1].lower in _NAMING_WORDS

    def _as_put_it(self, tokens: list[Token], j: int) -> bool:
        """Whether the clause from ``j`` after "as" holds a reporting verb with nothing
        after it but an adjunct ("as Smith put it in her memoir", "as the host said in
        April"), not an object (rule A536)."""
        n = len(tokens)
        for k in range(j + 1, min(n, j + _MAX_AFTER_SUBJECT + 4)):
            if tokens[k].is_quote or tokens[k].sentence != tokens[j].sentence:
                return False
            cue = (
                self.verb_at(tokens, k, closing=True)
                if tokens[k].lower in self._verb_openers
                else None
            )
            if cue is not None:
                after = k + (1 if cue.end == tokens[k].end else 2)
                return (
                    after >= n
                    or tokens[after].text in ".,;)"
                    or tokens[after].lower in _PREPOSITIONS
                )
        return False

    def closing_cue(self, tokens: list[Token], k: int) -> tuple[Mention, Cue, str] | None:
        """A subject and its reporting verb from token ``k``, after a comma, that close
        the sentence (``, Ha said.``, ``, said the minister.``): rule A485."""
        n = len(tokens)
        found = mention_after(tokens, k - 1, self.lex)
        if found is not None:  # ", Ha said."
            mention, v = found
            if v + 1 < n and tokens[v].lower in _PERFECT_AUXILIARIES:
                v += 1  # rule A940: past its auxiliary (", Comey has said.")
            cue = self.verb_at(tokens, v, closing=True) if v < n else None
            if cue is None:
                return None
            stop, rule = v + (1 if cue.end == tokens[v].end else 2), "X-said"
        else:  # ", said the minister."
            cue = self.verb_at(tokens, k)
            if cue is None:
                return None
            found = mention_after(tokens, k if cue.end == tokens[k].end else k + 1, self.lex)
            if found is None:
                return None
            (mention, stop), rule = found, "said-X"
        if (
            stop < n
            and tokens[stop].sentence == tokens[k].sentence
            and tokens[stop].text not in ".!?"
        ):
            return None
        return mention, cue, rule

    def sign_holder(
        self, tokens: list[Token], sign: tuple[int, int]
    ) -> tuple[Mention, Cue, str] | None:
        """The one who holds a sign whose words the quotation at ``qi`` gives (rule A393:
        "protesters held up signs reading "..."", "Councillor Hamid Rashidi hoisted a
        placard that read "..."", "marchers gathered, holding placards reading "...""),
        the subject of the verb that holds the sign; or the one it is held by (rule
        A468: "A placard held up by a teenager ... read "...""); ``sign`` is what
        :meth:`sign_words` found. None when no one is said to hold it."""
        k, n = sign
        word = tokens[k]
        cue = Cue(word.start, word.end, word.text)
        if _sign_reads(tokens, k):
            # the sign is the subject of "read": held "by" someone, or by the subject of
            # a clause on it ("A cardboard sign she taped to her stall reads:")?
            by = next((b for b in range(n + 1, k) if tokens[b].lower == "by"), None)
            agent = mention_after(tokens, by, self.lex) if by is not None else None
            if agent is not None and agent[0].kind != "pronoun":
                return agent[0], cue, "X-verb-that"
            if by is None and n + 2 < k and tokens[n + 1].lower in SUBJECT_PRONOUNS:
                verb = tokens[n + 2].lower
                if verb in _HOLDING or verb.endswith("ed"):
                    pronoun = mention_after(tokens, n, self.lex)
                    if pronoun is not None:
                        return pronoun[0], cue, "X-verb-that"
            if by is None and (group := self._sign_owners(tokens, n, k)) is not None:
                return group, cue, "X-verb-that"
            return None
        v = _holding_verb(tokens, n)
        if v is None or any(t.is_quote for t in tokens[v:k]):
            return None
        holder = self.doer(tokens, v)
        if holder is None:
            return None
        return holder, cue, "X-verb-that"

    def _sign_owners(self, tokens: list[Token], n: int, k: int) -> Mention | None:
        """The people whose signs open the sentence as the subject of "read" at ``k``
        (rule A1078): those a clause on the signs names ("Placards fixed to the farmers'
        windscreens read", "Placards the farmers had tied to their tractors read"), or,
        for "Their placards read" and "One placard read", the group of people the
        sentence before names; None otherwise. (Signs alone, "Placards read", are not
        taken for that group: measured, as many lost as gained.)"""
        for m in range(n + 1, k):
            if plural_person(tokens[m].lower, self.lex):
                return self.group_before(tokens, m + 1)
        first = n
        while first > 0 and tokens[first - 1].sentence == tokens[n].sentence:
            first -= 1
        if tokens[first].lower not in _SIGNS_OF_GROUP:
            return None
        # rule A1148: the group opening the sentence before first, its subject
        # ("Residents in Baginton ... handed in a petition signed by 1,140 people. Their
        # placards ... read"), else the one named last in it
        return self._group_opening(tokens, first) or self.chanting_group(tokens[first].start)

    def unheld_sign(self, tokens: list[Token], sign: tuple[int, int]) -> bool:
        """Whether the sign :meth:`sign_words` found is one that no verb has anyone hold:
        no holding verb before its noun, or, as the subject of "read", no one it is held
        "by" (rule A468)."""
        k, n = sign
        if _sign_reads(tokens, k):
            return True  # (sign_holder found no one it is held by)
        return _holding_verb(tokens, n) is None

    def sign_words(self, tokens: list[Token], qi: int) -> tuple[int, int] | None:
        """Whether the quotation at ``qi`` gives a sign's words: the index of the word
        before it ("reading", "that read", "with the words", or "read" with the sign as
        the sentence's subject: rule A468) and of the sign's noun; None otherwise."""
        k = qi - 1
        if k < 1 or tokens[k].lower not in _BEFORE_SIGN_WORDS:
            return None  # (most quotations: a cheap test first)
        if (before := _listed_quotation(tokens, k)) is not None:
            return self.sign_words(tokens, before)  # ('reading "Scrap the 20" and "..."')
        while k > 0 and tokens[k].text in ",:":
            k -= 1
        word = tokens[k] if k > 0 else None
        if word is None:
            return None
        sentence = word.sentence
        if _sign_reads(tokens, k):
            # "A hand-painted banner stretched across the front of X read "...""
            start = k
            while start > 0 and tokens[start - 1].sentence == sentence:
                start -= 1
            n = next(
                (m for m in range(start, min(k, start + 4)) if tokens[m].lower in SIGN_NOUNS),
                None,
            )
            return (k, n) if n is not None else None
        if word.lower == "as" and k > 2 and tokens[k - 1].lower == "such":
            k -= 2  # rule A592: "with inscriptions such as "...""
            word = tokens[k]
        elif word.lower == "as":
            return None
        if not (
            word.lower in SIGN_PARTICIPLES
            # rule A1010: "T-shirts printed with "..."", "a banner emblazoned with "...""
            or (word.lower == "with" and tokens[k - 1].lower in SIGN_PRINTED)
            # (after "that" or "which": "a placard that read"; rule A935: "that said")
            or word.lower in _SIGN_READS
            or (word.lower in SIGN_VERBS and tokens[k - 1].lower in ("that", "which"))
            # rule A415: "a banner with the words "..."" (rule A478: or "bearing" them)
            or (
                word.lower in _SIGN_TEXT_NOUNS
                and k > 1
                and not {"with", "bearing"}.isdisjoint((tokens[k - 1].lower, tokens[k - 2].lower))
            )
        ):
            return None
        if word.lower == "with" and tokens[k - 1].lower in SIGN_PRINTED:
            k -= 1  # (the cue is the participle, "printed")
        n = next(
            (
                m
                for m in range(k - 1, max(0, k - _SIGN_REACH), -1)
                if tokens[m].lower in SIGN_NOUNS and tokens[m].sentence == sentence
            ),
            None,
        )
        return (k, n) if n is not None else None

    def chanters(self, tokens: list[Token], qi: int) -> tuple[Mention, Cue, str] | None:
        """Those who chant, sing or shout the quotation at ``qi`` right after their verb
        (rule A395: "thousands of supporters waved flags and chanted "..."", "marched
        through Mocoa, the departmental capital, chanting "...""); None otherwise."""
        v = qi - 1
        if (before := _listed_quotation(tokens, v)) is not None:
            return self.chanters(tokens, before)  # ('chanting "..." and "..."')
        while v > 0 and tokens[v].text in ",:":
            v -= 1
        if v > 1 and tokens[v].lower == "of" and tokens[v - 1].lower in _CHANT_NOUNS:
            # rule A427: a crowd's noun ("broke into a chant of "...""), the crowd's when
            # the sentence names one before it (not "the president was met with cries");
            # rule A606: or after it, "from" ("to chants of "..." from the crowd")
            group = _chanted_from(self.text, tokens, qi) or self.group_before(tokens, v - 1)
            if group is None and (v == 1 or tokens[v - 2].sentence != tokens[v].sentence):
                # rule A999: the noun opening its sentence ("Chants of "..." went up each
                # time a horn sounded"): the group named in the sentence before
                group = self.chanting_group(tokens[v].start)
            if group is None:
                return None
            return group, Cue(tokens[v - 1].start, tokens[v - 1].end, tokens[v - 1].text), "X-said:"
        if v > 0 and tokens[v].lower in _SLOGAN_WORDS and tokens[qi - 1].text == ",":
            # rule A479: the slogan a crowd verb takes, then its words ("chanted the
            # party's campaign slogan, "...""): that verb
            v = next(
                (m for m in range(v - 1, max(0, v - 5), -1) if tokens[m].lower in CROWD_VERBS),
                v,
            )
        if v < 0 or tokens[v].lower not in CROWD_VERBS:
            return None
        doer = self.doer(tokens, v) if v > 0 else None
        if doer is None and (v == 0 or tokens[v - 1].sentence != tokens[v].sentence):
            doer = self._subject_after_opener(tokens, qi)
        if doer is None:
            return None
        return doer, Cue(tokens[v].start, tokens[v].end, tokens[v].text), "X-said:"

    def _subject_after_opener(self, tokens: list[Token], qi: int) -> Mention | None:
        """The subject after a participle that opens the sentence with the quotation at
        ``qi`` ('Chanting "..." and "...", the protesters pushed': rule A423): the
        mention right after the comma that closes the participle's words."""
        k = qi + 1
        if (
            k + 3 < len(tokens)
            and tokens[k].text in _LINE_DASHES
            and tokens[k + 1].is_quote
            and tokens[k + 2].text in _LINE_DASHES
        ):
            # rule A882: past its translation between dashes ('Chanting "..." — "..." —
            # the Lisbon crowd stretched')
            found = mention_after(tokens, k + 2, self.lex)
            return found[0] if found is not None and found[0].kind != "pronoun" else None
        while k < len(tokens) and (tokens[k].is_quote or tokens[k].lower in ("and", "or")):
            k += 1
        last = tokens[k - 1].segment
        if k < len(tokens) and last is not None and last.text.endswith(","):
            k -= 1  # (the comma inside the marks: 'Chanting "..." and "...," the marchers')
        elif (
            k + 1 >= len(tokens)
            or tokens[k].text != ","
            or tokens[k].sentence != tokens[qi].sentence
        ):
            return None
        found = mention_after(tokens, k, self.lex)
        return found[0] if found is not None and found[0].kind != "pronoun" else None

    def doer(self, tokens: list[Token], v: int) -> Mention | None:
        """Who does what the verb at ``v`` says, a crowd or a person: the verb's
        subject, or the group of people named before it in its sentence (rules A393,
        A395); None when the text names no one."""
        found = self._doer(tokens, v)
        if (
            (
                found is None
                or found.kind in ("name", "organisation")
                # (or a body's capitalised name, "the Cabinet of Ministers")
                or found.text.rsplit(" ", 1)[-1][:1].isupper()
            )
            and v > 2
            and tokens[v - 1].lower in _PART_OF_GROUP
            and tokens[v - 2].text == ","
            and tokens[v].lower.endswith("ing")
        ):
            # rule A1204: a part of the sentence's group after a comma ("several hundred
            # protesters gathered outside the Cabinet of Ministers building, some
            # carrying placards reading"): that group, not a name before the comma
            first = bisect.bisect_left(tokens, tokens[v].sentence, key=_sentence)
            return self._group_opening(tokens, first, v - 2) or found
        return found

    def _doer(self, tokens: list[Token], v: int) -> Mention | None:
        w = v - 2 if v > 1 and tokens[v - 1].lower == "who" and tokens[v - 2].text == "," else v
        if v > 2 and tokens[v - 1].lower in _PERCEIVED and tokens[v - 2].lower in ("was", "were"):
            w = v - 2  # rule A1005: "one furious spectator was heard screaming"
        while w > 1 and (tokens[w - 1].lower in _AUXILIARIES or tokens[w - 1].lower == "been"):
            w -= 1  # rule A1193: past the verb's auxiliaries ("had been chanting")
        found = mention_before(tokens, w, self.lex)  # ("X, who hoisted a placard")
        if w == v and v > 1 and tokens[v - 1].lower == "who":
            # rule A975: a description after a name with its own "who" clause ("Zuzanna
            # Kwiatkowska, a 19-year-old student who carried a sign"): the name
            described = mention_before(tokens, v - 1, self.lex)
            if (
                described is not None
                and described[0].kind == "nominal"
                and described[1] > 1
                and tokens[described[1] - 1].text == ","
                and (named := mention_before(tokens, described[1] - 1, self.lex)) is not None
                and named[0].kind == "name"
            ):
                found = named
        if found is None and w > 1 and tokens[w - 1].text == ",":
            # rule A455: the name the sentence opens with, past its appositive ("Michal
            # Ben-Ami, 58, a retired schoolteacher from Haifa, held up a sign")
            subject = self.sentence_subject(tokens, tokens[w].sentence, w)
            if subject is not None and (
                subject.kind == "name"
                # rule A887: or people described ("The crowd, estimated by police at
                # 60,000 and by organisers at twice that, chanted")
                or (
                    subject.kind == "nominal" and self.lex.role_kind(subject.role or "") == "person"
                )
            ):
                first = next(j for j in range(w) if tokens[j].start >= subject.start)
                last = next(j for j in range(first, w) if tokens[j].end >= subject.end)
                if tokens[last + 1].text == ",":
                    found = subject, first
        if found is not None and (who := _relative_before(tokens, found[1])) is not None:
            # rule A468: the object of a relative clause on the subject ("Advocates who
            # packed the gallery wore T-shirts reading"): the one the clause is on
            found = mention_before(tokens, who, self.lex)
            if found is None:
                return self.group_before(tokens, who)
        if (
            found is None
            and v > 2
            and tokens[v - 1].lower == "and"
            and tokens[v].lower.endswith("ed")
        ):
            # rule A850: the one who does the verb "and" joins it to ("Many waved EU flags
            # and carried signs reading")
            earlier = next(
                (
                    j
                    for j in range(v - 2, max(0, v - 8), -1)
                    if tokens[j].text.isalpha()
                    and tokens[j].text.islower()
                    # (rule A1080: or a holding verb's irregular past, "Some held banners
                    # reading "..." and chanted")
                    and (tokens[j].lower.endswith("ed") or tokens[j].lower in _HOLDING)
                ),
                None,
            )
            if earlier is not None:
                return self.doer(tokens, earlier)
        holder = found[0] if found is not None else None
        if holder is not None and holder.text.lower() == "they" and found is not None:
            # rule A431: "they" after a sentence that opens with a group ("Dozens of
            # reporters gathered ... They held up signs reading"): that group (rule A449:
            # "they" inside its sentence too, "As they marched, they chanted")
            k = found[1]
            while k > 0 and tokens[k - 1].sentence == tokens[k].sentence:
                k -= 1
            return self._group_opening(tokens, k)
        p = v - 1
        while p > 0 and tokens[p].lower in _GROUP_AUXILIARIES:
            p -= 1  # (rule A1074: past an auxiliary, "Some are holding placards")
        opening = p
        if p > 1 and tokens[p - 1].text == ",":
            # rule A947: or after a short opener and its comma ("Outside, some held")
            opening = next(
                (
                    j
                    for j in range(p - 2, max(-1, p - 6), -1)
                    if j == 0 or tokens[j - 1].sentence != tokens[j].sentence
                ),
                p,
            )
            if any(t.text == "," or t.capitalised for t in tokens[opening + 1 : p - 1]):
                opening = p
        if (
            holder is None
            and p >= 0
            and tokens[p].lower in _PART_OF_GROUP
            and (opening == 0 or tokens[opening - 1].sentence != tokens[opening].sentence)
        ):
            # rule A436: a part of it ("Hundreds of relatives waited ... Some chanted
            # "..."", "Several wore T-shirts printed with the words"): "Some of the
            # relatives", named where the part is
            group = self._group_opening(tokens, opening)
            part = tokens[p]
            return (
                Mention(part.start, part.end, part.text, "nominal", group.role)
                if group is not None
                else None
            )
        if (
            holder is None
            and p > 1
            and tokens[p].lower in _PART_OF_GROUP
            and (
                tokens[p - 1].lower in ("while", "whereas", "and", "but")
                or tokens[p - 1].text == ";"
            )
        ):
            # rule A1155: or another part, joined to a sentence that opens with one ("Some
            # held placards ..., while others chanted "...""): of the same group
            first = bisect.bisect_left(tokens, tokens[p].sentence, key=_sentence)
            group = (
                self._group_opening(tokens, first)
                if tokens[first].lower in _PART_OF_GROUP
                else None
            )
            part = tokens[p]
            if group is not None:
                return Mention(part.start, part.end, part.text, "nominal", group.role)
        # a participle after a comma or "and" holds for its clause's subject
        # ("Campaigners gathered outside, holding placards", "chanting and holding")
        clause = tokens[v].lower.endswith("ing") and (
            tokens[v - 1].lower in (",", "and")
            # (rule A470: or right after a past verb's object, "the marchers packed the
            # Plaza de Mayo chanting")
            or (found is not None and _past_object(tokens, found[1]))
        )
        if holder is not None and (
            clause
            # and a place or a thing holds nothing ("Marchers in Santa Cruz and Las
            # Palmas carried", "The vote ... was interrupted by tenants holding")
            or (holder.kind == "name" and self.lex.is_place(holder.text))
            # (rule A468: nor the last of places listed after a preposition, "Marchers
            # in Santa Cruz and Las Palmas carried")
            or (found is not None and _listed_after_preposition(tokens, found[1]))
            # (nor the object of a preposition: "supporters of Stăncescu-Moga waved", "in
            # front of the Supreme Court chanting")
            or (found is not None and _after_preposition(tokens, found[1]))
            or (
                holder.kind == "nominal"
                and self.lex.role_kind((holder.role or holder.text).lower())
                not in ("person", "org")
            )
        ):
            holder = None
        group = self.group_before(tokens, v, subject=clause)
        if (
            holder is None
            or (
                group is not None
                and group.end >= holder.end
                and (
                    # the group's whole phrase when it holds the subject ("Around 200 parents
                    # and pupils chanted": rule A415), not a time before it ("Last month
                    # fishermen hung": rule A416)
                    group.start < holder.start
                    # (or the same phrase, longer: "Members of the X association", A438)
                    or (group.start == holder.start and group.end > holder.end)
                    or not _TIME_NOUNS.isdisjoint(
                        self.text[holder.start : group.start].lower().split()
                    )
                )
            )
        ):
            return group
        return holder

    def group_for(self, at: int) -> Mention | None:
        """The group of people "they" at ``at`` stands for: one named by a plural noun a
        few words into its sentence, before it, or into the sentence before (rules A431,
        A463); None when there is none."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = k
        while first > 0 and tokens[first - 1].sentence == tokens[k].sentence:
            first -= 1
        return (
            self._group_opening(tokens, first, k)
            or (self.group_before(tokens, k, subject=True) if k > first else None)
            or self._group_opening(tokens, first)
        )

    def chanting_group(self, at: int) -> Mention | None:
        """The group of people named last in the sentence before the one holding ``at``,
        anywhere in it, for "they" chanting (rule A667: "was met by hundreds of Argentine
        fans who had made the trip. Waving flags, they chanted "...""); None if none."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        return self.group_before(tokens, first - 1) if first > 1 else None

    def _group_opening(self, tokens: list[Token], k: int, end: int | None = None) -> Mention | None:
        """The group of people a few words into the sentence before the one that token
        ``k`` opens (rule A431), or with ``end``, into the sentence ``k`` opens, before
        ``end``; None when that sentence opens with none."""
        if end is not None:
            start, stop = k, min(end, k + _OPENING_GROUP)
        elif k == 0 or tokens[k - 1].sentence == tokens[k].sentence:
            return None
        else:
            sentence = tokens[k - 1].sentence
            start = k - 1
            while start > 0 and tokens[start - 1].sentence == sentence:
                start -= 1
            if tokens[start].lower.endswith("ing") and (
                comma := _clause_end(tokens, start + 1, min(k - 1, start + _OPENING_GROUP))
            ):
                # rule A947: past a participle's clause opening it ("Holding portraits of
                # the dead, the mourners stood in silence. Some carried placards")
                start = comma + 1
            stop = min(k - 1, start + _OPENING_GROUP)
        for m in range(start, stop):
            if plural_person(tokens[m].lower, self.lex):
                group = self.group_before(tokens, m + 1)
                if group is None:
                    continue
                opening = next(j for j in range(m, -1, -1) if tokens[j].start == group.start)
                if not _after_preposition(tokens, opening):  # ("Behind the witnesses,")
                    return self._complemented(tokens, group, m + 1)
        return None

    def _complemented(self, tokens: list[Token], group: Mention, k: int) -> Mention:
        """``group``, ending before token ``k``, with what its people are of or from
        after it (rule A764: "About 40 residents of Juliaca who had travelled ...")."""
        if k + 1 >= len(tokens) or tokens[k].lower not in ("of", "from"):
            return group
        stop = bisect.bisect_right(tokens, tokens[k].sentence, key=_sentence)
        end = self._group_complement(tokens, k, stop)
        if end <= k:
            return group
        text = self.text[group.start : tokens[end - 1].end]
        return Mention(group.start, tokens[end - 1].end, text, "nominal", group.role)

    def group_before(self, tokens: list[Token], v: int, *, subject: bool = False) -> Mention | None:
        """The nearest group of people named by a plural noun before token ``v`` in its
        sentence, with the words that count or describe it ("a small group of
        protesters", "more than 200 islanders", "Hutchins supporters"); None if none.
        With ``subject``, not a group that is the object of a past verb (rule A423:
        "Thousands of people marched ... since the collision, which killed 49 people,
        chanting")."""
        sentence = tokens[v].sentence
        for m in range(v - 1, max(-1, v - _GROUP_REACH), -1):
            tok = tokens[m]
            if tok.sentence != sentence:
                return None
            if (
                tok.is_quote
                or not (
                    plural_person(tok.lower, self.lex)
                    # rule A1034: or a number of them alone opening the sentence ("Dozens
                    # gathered outside the town hall holding placards reading")
                    or (
                        tok.lower in _COUNTED_PEOPLE
                        and (m == 0 or tokens[m - 1].sentence != sentence)
                        and tokens[m + 1].lower != "of"
                    )
                )
                # (rule A427: nor a possessive, "the directors' box")
                or (m + 1 < v and tokens[m + 1].text in "'’" and tokens[m + 1].start == tok.end)
                # (rule A769: nor a word inside a body's name, "members of the Ruiru
                # Landowners Welfare Group")
                or (
                    tok.text[:1].isupper()
                    and m > 0
                    and tokens[m - 1].capitalised
                    and (
                        (m + 1 < v and tokens[m + 1].capitalised)
                        # rule A780: or ending it, after a word inside the sentence
                        # ("members of the Coalition Against Corrupt Leaders held")
                        or (
                            tok.text[1:].islower()
                            and m > 1
                            and tokens[m - 2].sentence == sentence
                            and tokens[m - 2].text[:1].isalpha()
                        )
                    )
                )
            ):
                continue  # (past a sign's words: 'carried banners reading "..." and chanted')
            start = m
            while start > 0 and tokens[start - 1].sentence == sentence:
                before = tokens[start - 1]
                if (
                    before.lower == "and"
                    and start > 1
                    and (
                        self.lex.role_kind(tokens[start - 2].lower) == "person"
                        # rule A1300: or a plural of a listed role ("Traders and commuters")
                        or plural_person(tokens[start - 2].lower, self.lex)
                    )
                ):
                    start -= 2  # (rule A415: "parents and pupils")
                    continue
                if not (
                    before.lower in _GROUP_WORDS
                    or (
                        before.text.isdigit()
                        # (rule A1026: not a clock's minutes, "12:02 Farmers at Dorohusk")
                        and not (start > 2 and tokens[start - 2].text in (":", "."))
                    )
                    # (rule A427: a number's comma, "about 2,000 people")
                    or (
                        before.text == ","
                        and tokens[start].text.isdigit()
                        and tokens[start].start == before.end
                        and start > 1
                        and tokens[start - 2].text.isdigit()
                    )
                    # (rule A423: "members of the Federation of Public Service Workers")
                    or (tokens[start].lower == "of" and plural_person(before.lower, self.lex))
                    # (rule A415: "the group's volunteers")
                    or (possessive(before.lower) and before.text.islower())
                    or (
                        before.capitalised
                        and before.lower not in _PREPOSITIONS
                        and before.text not in self.lex.nonnames  # ("on Monday")
                        # rule A835: nor a month ("In June several hundred residents")
                        and before.text not in _MONTHS
                    )
                    or (
                        "-" in before.text
                        and before.text[:1].islower()
                        # (rule A1083: not before a count, "By mid-morning hundreds of")
                        and not (
                            tokens[start].lower in _GROUP_WORDS or tokens[start].text.isdigit()
                        )
                    )
                    or self._describes_group(tokens, start)
                    # (rule A1064: or a word in lower case right before it, opening its
                    # clause: "Outside the prison, striking guards burned pallets")
                    or (
                        start == m
                        and before.text.isalpha()
                        and before.text.islower()
                        and before.lower not in STOP_LEFT
                        and before.lower not in self.lex.verb_forms
                        and before.lower not in self.lex.pronouns
                        and (
                            start == 1
                            or tokens[start - 2].sentence != sentence
                            or tokens[start - 2].text == ","
                        )
                    )
                    # (rule A454: a word opening a gloss, "arhtis (commission agents)")
                    or (before.text.isalpha() and start > 1 and tokens[start - 2].text == "(")
                ):
                    break
                start -= 1
            if (
                start > 1
                and tokens[start - 1].lower in ("them", "whom")
                and tokens[start - 2].lower == "of"
            ):
                continue  # rule A454: a part of a group, described ("many of them women")
            if tok.lower in _CROWDS and _after_preposition(tokens, m):
                continue  # (nor a crowd as a place: "near the back of the crowd")
            while (
                start < m
                and tokens[start].lower in _PREPOSITIONS
                and (
                    tokens[start].lower not in _GROUP_WORDS
                    # (rule A427: "at" of "at least" only: "fired at hundreds of")
                    or (tokens[start].lower == "at" and tokens[start + 1].lower != "least")
                )
            ):
                start += 1  # ("Outside the court" is no part of it; "about 40" is)
            if tokens[start].lower == "of" and start < m:
                start += 1  # (the counting word unknown: "columns of workers")
            for d in range(m - 1, start, -1):
                if (
                    tokens[d].lower in _ARTICLES
                    and tokens[d - 1].lower != "of"
                    and tokens[d - 1].lower not in _GROUP_WORDS  # ("About a dozen")
                ):
                    # rule A746: an article opens the group's own phrase, after a place
                    # with no comma ("In the capital the crowd stretched")
                    start = d
                    break
            if (
                start > 1
                and tokens[start - 1].lower.endswith("ed")
                and tokens[start - 2].lower in _ARTICLES
            ):
                start -= 2  # rule A892: a participle after its article ("an estimated 25,000")
            elif subject and start > 0 and tokens[start - 1].lower.endswith("ed"):
                continue
            end = m + 1
            if end + 1 < v and tokens[end].lower in ("of", "from"):
                # the body they are of ("Supporters of Samoa First": rule A414), or what
                # they are of or from ("supporters of the law", "students from the
                # National University of Samoa": rule A438)
                end = self._group_complement(tokens, end, v)
            elif (
                end + 1 < v
                and tokens[end].lower == "and"
                and tokens[end + 1].lower.endswith("s")
                and self.lex.role_kind(tokens[end + 1].lower) == "person"
            ):
                end += 2  # and others with them ("parents and pupils": rule A415)
            text = self.text[tokens[start].start : tokens[end - 1].end]
            return Mention(tokens[start].start, tokens[end - 1].end, text, "nominal", tok.lower)
        return None

    def _group_complement(self, tokens: list[Token], k: int, v: int) -> int:
        """Index past the complement after a group's noun at ``k`` (``of``/``from``, maybe
        ``the``, then a capitalised name, or up to two lower-case words and the noun
        they end with), before the verb at ``v``; ``k`` when there is none."""
        j = k + 1
        if j < v and tokens[j].lower == "the":
            j += 1
        if j < v and tokens[j].capitalised:
            while j < v and (
                tokens[j].capitalised
                or (tokens[j].lower == "of" and j + 1 < v and tokens[j + 1].capitalised)
            ):
                j += 1
            # (a lower-case body noun after the name: "the KlimaSeniorinnen association")
            if j < v and self.lex.role_kind(tokens[j].lower) == "org":
                j += 1
            # (and others like it: "from Rupsha and neighbouring factories")
            if j + 2 < v and tokens[j].lower == "and":
                for e in range(j + 2, min(v, j + 4)):
                    if not all(t.text.isalpha() and t.text.islower() for t in tokens[j + 1 : e]):
                        break
                    if tokens[e - 1].lower.endswith("s"):
                        return e
            return j
        if tokens[k].lower != "of" or tokens[k + 1].lower not in _ARTICLES:
            return k
        if tokens[k + 1].lower != "the":
            j += 1  # (rule A798: "of a clifftop caravan park")
        words = j
        while (
            j < v
            and j - words < 3
            and tokens[j].text.isalpha()
            and tokens[j].text.islower()
            # (up to a verb: "supporters of the law sang hymns", "... president gathered")
            and tokens[j].lower not in self.lex.verb_forms
            and tokens[j].lower not in _PREPOSITIONS
            and tokens[j].lower not in _BEFORE_VERB  # (rule A463: "... organization have")
            and not tokens[j].lower.endswith("ed")
        ):
            j += 1
        return j if j > words else k

    def _describes_group(self, tokens: list[Token], start: int) -> bool:
        """Whether the word before ``start`` is one of a word or two describing a group
        after a word that counts it ("a group of junior players", "hundreds of angry
        farmers": rule A423)."""
        word = tokens[start - 1]
        return (
            word.text.isalpha()
            and word.text.islower()
            and any(start - k >= 0 and tokens[start - k].lower in _COUNTING for k in (2, 3))
            and word.lower not in _PREPOSITIONS
            and word.lower not in self.lex.verb_forms
            and word.lower not in self.lex.pronouns  # ("most of them")
            # (not before a possessive, which opens the phrase: "a few hundred meters away
            # his supporters")
            and tokens[start].lower not in _POSSESSIVE_PRONOUNS
        )

    def _ballot_option(self, quote: Quote) -> bool:
        """Whether the term ``quote`` names a ballot's option: after ``voted``, or
        between ``the`` and ``option``, ``camp`` or ``side`` (rule A1070)."""
        start, end = self.span(quote.segments[0])
        return bool(
            _VOTED.search(self.text, max(0, start - 8), start)
            or (
                self.text.endswith("the ", 0, start)
                and _OPTION_AFTER.match(self.text, end) is not None
            )
        )

    def so_called(self, quote: Quote) -> bool:
        """Whether ``so-called`` stands right before the quotation (``in so-called
        "humiliation rooms,"``): the writer's term, no one's words (rule A342)."""
        before = self.text[max(0, quote.start - _SO_CALLED_REACH) : quote.start]
        return before.rstrip(_EDGE)[-9:].lower() == "so-called"

    def translates(self, before: Quote, quote: Quote) -> bool:
        """Whether ``quote`` stands in brackets right after ``before``, alone: its
        translation (rule A318); or after a dash (rule A412: 'chanted "Diésel sí,
        discursos no" — "Diesel yes, speeches no."')."""
        opening = self.span(quote.segments[0])[0]
        previous = self.span(before.segments[-1])[1]
        if not 0 < opening - previous <= _TRANSLATION_GAP:
            return False  # (the cheaper test first: most quotations are apart)
        between = self.text[previous:opening].strip()
        if between in _LINE_DASHES:
            return True
        closing = self.span(quote.segments[-1])[1]
        return between == "(" and self.text[closing : closing + 1] == ")"

    def complement(self, quote: Quote, cue: Cue | None) -> bool:
        """Whether a short quoted term is the cue's own words, a few words after it
        (``called the plan "dead"``, ``said the tariffs were "unjustified"``, ``warned
        of "grave consequences"``), rather than a term the writer uses further on or
        marks as such (``the so-called "rebels"``): rule A134."""
        if cue is None or cue.end > quote.start:
            return False
        # the words between, not the opening mark
        span = self.text[cue.end : quote.start]
        between = [w for w in span.split() if w[:1].isalnum()]
        if any(w.lower().startswith("so-called") for w in between[-2:]):
            # (rule A1019: only right before the term; "the so-called Guidance Patrol
            # would be deployed in "..."" is still the cue's clause)
            return False
        if ", seen by " in span or ", obtained by " in span:
            # rule A909: past the words on how the text was seen ("wrote in a letter to
            # the prime minister, seen by this newspaper, that ... "..."")
            span = _SEEN_BY.sub(" ", span)
            between = [w for w in span.split() if w[:1].isalnum()]
        if len(between) <= _COMPLEMENT_WORDS:
            return True
        if (
            between[-1] == "as"
            and cue.lemma in _AS_VERBS
            and len(between) <= _AS_REACH
            and not any(w.lower() in _AS_CLAUSE_OPENERS for w in between)
            and not any(c in span for c in ".;:!?")
        ):
            # rule A1000: what the cue describes "as" the term, a list of names and all
            # ("described flows in the Wharfe, Nidd and Swale as "..."")
            return True
        # rule A435: the cue's own phrase before "that" does not count ("said in a
        # statement that it would provide "immediate" support")
        that = next((k for k, w in enumerate(between[:_SAID_WHEN_REACH]) if w == "that"), -1)
        own = (
            that + 1
            if that > 0 and all(w[:1].isupper() or w.lower() in _SAID_WHEN for w in between[:that])
            else 0
        )
        if not own:
            # rule A542: the one told, and when and where, before "that" ("told a rally of
            # about 12,000 doctors in central Seoul on Sunday that ... "like criminals"");
            # rule A792: or when and where alone, no verb or comma among them ("said on
            # the night of the massacre that the killings were "...")
            that = next((k for k, w in enumerate(between[:_TOLD_REACH]) if w == "that"), -1)
            if (
                that > 0
                and (
                    cue.lemma in _TELLING
                    or all(
                        w.isalpha()
                        # (an -ed word or a verb form only after an article or an owner:
                        # "in a televised statement", rule A829: "in an update on its
                        # website")
                        and (
                            (w.lower() not in self.lex.verb_forms and not w.endswith("ed"))
                            or (k and between[k - 1].lower() in _NOUN_MARKERS)
                            # rule A980: or how a text was given, right after it ("said
                            # in a statement read on state television that")
                            or (
                                k
                                and w.lower() in _GIVEN_TEXT
                                and self.lex.role_kind(between[k - 1].lower()) == "text"
                            )
                            # (and a verb's spelling after a place's preposition is a
                            # noun's: "read on state television")
                            or (k > 1 and between[k - 1].lower() in ("on", "in", "at"))
                        )
                        for k, w in enumerate(between[:that])
                    )
                )
            ):
                own = that + 1
        if not own and between[0].lower() in ("in", "on"):
            # rule A540: or its phrase with no "that" after it ("said in a statement it had
            # tabled a "generous" offer")
            while own < min(len(between), _SAID_WHEN_REACH) and (
                between[own][:1].isupper() or between[own].lower() in _SAID_WHEN
            ):
                own += 1
        if own and len(between) - own <= _COMPLEMENT_WORDS:
            return True
        # rule A182: farther on, within the clause the cue opens: no punctuation or other
        # quotation between ("said ministers had known since March that the project was
        # "in serious trouble"")
        # ... and not a modifier of the noun after it ("the hype around "miracle" pills")
        closed = self.span(quote.segments[-1])[1]
        following = _NEXT_WORD.match(self.text, closed)
        if (
            following is not None
            and following.group(1) not in _CLAUSE_GOES_ON
            # rule A930: nor a participle and its agent, which no term modifies ('would
            # compensate businesses for any "reputational damage" caused by the release')
            and not _PARTICIPLE_BY.match(self.text, closed)
            # rule A375: a verb after its auxiliary takes an object ('would not "bail out"
            # institutions'), no noun after a modifier
            and not (
                between[-1].lower() in _BEFORE_VERB
                # (rule A622: not "to" after a word it is the preposition of, 'close to
                # "tambu" sites')
                and not (
                    between[-1] == "to"
                    and len(between) > 1
                    and between[-2].lower() in _PREPOSITION_TO
                )
            )
        ):
            return False
        # (rule A370: an appositive between commas breaks no clause: "said the MV Glen
        # Arrin, a 31-year-old vessel, had suffered a "...")
        plain = _APPOSITIVE.sub(lambda m: " " * len(m.group()), span)
        if ", wh" in plain and not {w.lower() for w in between[-2:]} & _ARTICLES:
            # rule A974: nor a relative clause that the term closes (", which now needed
            # "armed escorts""): the clause it hangs on is still the cue's; not a noun
            # phrase's term in it (", which includes a nominal "haircut"")
            plain = _TRAILING_RELATIVE.sub(lambda m: " " * len(m.group()), plain)
        if "–" in plain or "—" in plain:
            # rule A650: so does an aside between dashes ("the cut to inshore pollack –
            # down 40 per cent on last year – would cost the economy "...")
            plain = _DASHED_ASIDE.sub(lambda m: " " * len(m.group()), plain)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(plain, 0, len(plain) - 2)]
        if (
            not breaks
            and (
                # (rule A476: nor do the words of the cue's own phrase before "that")
                len(between) - own <= _CLAUSE_WORDS
                # (rule A458: nor do its words count)
                or (plain != span and sum(w[:1].isalnum() for w in plain.split()) <= _CLAUSE_WORDS)
            )
        ):
            return True
        # rule A212: or a second that-clause of the cue ("She said the convoys had come,
        # but that they had covered "perhaps a third""), with commas only before it, or
        # none (rule A322: "told the committee that ... and that the government was
        # "straining every sinew"")
        joins = [m.start() for m in _SECOND_THAT.finditer(span)]
        # (rule A1025: also after the last break, past an aside between commas: "said that
        # an investigation, with help from foreign experts, was under way and that a
        # report would be published "..."")
        second = bool(joins) and (not breaks or joins[-1] >= breaks[-1])
        tail = span[joins[-1] :] if second else ""
        return (
            second
            and len(between) <= 3 * _CLAUSE_WORDS
            and len(tail.split()) <= _CLAUSE_WORDS
            and all(span[b - 1] == "," for b in breaks)
        )

    # -- resolving a mention to a speaker ---------------------------------------------------

    def resolve(self, quote: Quote, mention: Mention, cue: Cue | None, rule: str) -> Attribution:
        names = self.names
        confidence = CONFIDENCE[rule]
        speaker: Speaker | None = None
        pointed = self.demonym_person(mention, quote)
        if pointed is not None:
            speaker = Speaker(pointed, "person", _gender(names.gender_of(pointed)))
            confidence *= _PRONOUN_DISCOUNT
        elif mention.kind in ("name", "organisation"):
            words = mention.text.split()
            canonical = None
            if mention.kind == "organisation" and words[0].lower() == "the" and len(words) > 1:
                # "the Lisbon city council" -> "Lisbon city council"; but "the bank's
                # monetary policy committee" keeps its article, in lower case (rule A268)
                kept = any(possessive(w) and w.islower() for w in words[1:-1])
                words = ["the", *words[1:]] if kept else words[1:]
                if not kept and words[0].islower() and words[-1].islower():
                    # rule A795: past words in lower case describing a named body ("the
                    # opposition ANO party" -> "ANO party")
                    first = next((j for j, w in enumerate(words) if w[:1].isupper()), 0)
                    words = words[first:]
                canonical = self.body_described(mention)  # rule A208
                if mention.role and " ".join(_past_located(words)).lower() == mention.role:
                    # "the company", "the ministry": the one named before (rule A132),
                    # past where it is based (rule A236: "the Kansas City-based company")
                    canonical = (
                        names.resolve_organisation(mention.start, mention.role)
                        or names.described_body(mention.start, mention.role)
                        # rule A725: or a body no word names as such, opening the sentence
                        # before ("Environment Canada has issued ... the agency said");
                        # rule A1306: so for any one body's noun but an office of state
                        # ("The Consorzio Laguna Veneta ... said ... the consortium said",
                        # "Edmonton Public Schools says ... the board said")
                        or (
                            self.previous_subject(mention.start, body=True, opening=True)
                            if mention.role in BODY_NOUNS
                            else self._previous_body_name(mention)
                        )
                    )
                elif canonical is None and mention.role and all(w.islower() for w in words):
                    # rule A295: "the central bank" -> the body of that role named
                    # before with every word of the description ("Central Bank of
                    # Sri Lanka")
                    canonical = names.body_with_words(mention.start, words)
                    if (
                        canonical is None
                        and " " not in mention.role
                        and mention.role not in _SCOPED_BODIES
                        and _SCOPE_WORDS.isdisjoint(words)
                        and not any(possessive(w) for w in words)
                    ):
                        # rule A1220: or the body named before by the role's noun alone
                        # ("The Bank of Botswana ... the central bank said", "the grid
                        # operator"), unless a word says which of its kind ("the federal
                        # agency", "the airport's operator", "the ruling party")
                        canonical = names.resolve_organisation(mention.start, mention.role)
            elif (
                mention.kind == "organisation"
                and len(words) == 1
                # (rule A596: or the article of "a Commission spokesperson", its speaker)
                and _article_before(self.text, mention.start)
                and self.lex.role_kind(words[0].lower()) == "org"
            ):
                # rule A221: "the Commission" is the body of that word named before
                # ("The European Commission"), as "the commission" is (rule A132)
                canonical = names.resolve_organisation(mention.start, words[0].lower())
            titled = self.lex.titles.get(mention.role) if mention.role else None
            if canonical is None and words[0] in ("Its", "its") and len(words) > 1:
                # rule A706: "Its parliamentary group said" after "The AfD voted
                # against.": the body opening the sentence before, when named (not
                # "Yemen's ... government"; dropping "its" alone was measured even)
                possessor = self._previous_subject(mention.start, opening=True)
                named = (
                    possessor.text.removeprefix("The ").split()
                    if possessor is not None and possessor.kind != "pronoun"
                    else []
                )
                if named and all(w[:1].isupper() for w in named):
                    canonical = " ".join(named)
            if (
                canonical is None
                and len(words) == 1
                and self.text.endswith("er ", 0, mention.start)  # (the cheap test first)
                and (
                    age := _RELATIVE_AGE.search(
                        self.text, max(0, mention.start - 12), mention.start
                    )
                )
            ):
                # rule A836: "the younger Lemaire", "the elder Diop": of the people with
                # that surname, the one the text makes younger or older
                canonical = names.by_age(words[0], mention.start, younger=age.group(1) == "younger")
            if (
                canonical is None
                and len(words) == 1
                and (apposed := _APPOSED_ROLE.match(self.text, mention.end)) is not None
                and self.lex.role_kind(apposed.group(1)) == "person"
            ):
                # rule A895: the bearer of the surname whom the appositive's role
                # describes ("Chen, the economist, said", two Chens named before)
                canonical = names.described_bearer(words[0], apposed.group(1), mention.start)
            if canonical is None:
                canonical = names.canonical(words, mention.start, gender=titled)
                joined = " ".join(words)
                if (
                    mention.kind == "organisation"
                    and canonical != joined
                    and self.lex.is_place(joined)
                    and names.impersonal(canonical)
                ):
                    # rule A904: a place for its government, no body or thing named with
                    # it ("Niger", not "Niger River"; but "Albuquerque" for a person)
                    canonical = joined
            if (
                mention.kind == "organisation"
                and canonical == " ".join(words)
                and self.text.endswith(("'s ", "’s "), 0, mention.start)
                and all(w in self.lex.org_words or w in self.lex.title_words for w in words)
                and (
                    country := _PLACE_OWNER.search(
                        self.text, max(0, mention.start - 40), mention.start
                    )
                )
                and self.lex.is_place(country.group(1))
            ):
                # rule A941: a country's body of a generic name keeps the country
                # ("Turkey's Foreign Ministry", "Sweden's Foreign Ministry": two bodies)
                canonical = self.text[country.start(1) : mention.start] + canonical
            is_body = (
                mention.kind == "organisation"
                or names.apposed_body(canonical)
                # rule A955: a name no person bears that a spokesperson speaks for ("A
                # spokesperson for BNKR insisted")
                or (
                    _SPOKESPERSON_FOR_BEFORE.search(
                        self.text, max(0, mention.start - _SPOKESPERSON_FOR_REACH), mention.start
                    )
                    is not None
                    and names.impersonal(canonical)
                )
            )
            speaker = Speaker(
                canonical,
                "organisation" if is_body else "person",
                _gender(names.gender_of(canonical)),
                mention.role,
            )
        elif mention.kind == "pronoun":
            entry = self.lex.pronouns.get(mention.text.lower())
            gender = entry[0] if entry is not None else None
            if mention.text.lower() == "they":
                # rule A463: "they" for a group of people named as such before it in its
                # sentence, or opening the sentence before ("The elders have written to
                # the president. Their letter reads:")
                group = self.group_for(mention.start)
                if group is None and cue is not None and cue.text.lower() in CROWD_VERBS:
                    group = self.chanting_group(mention.start)  # rule A667
                if group is None and self.text.endswith(("which ", "what "), 0, mention.start):
                    # rule A1158: or the people or bodies that are its sentence's subject,
                    # in a clause on what they name ("Unions dispute that figure, which
                    # they have called "...""), a body's plural noun too
                    subject = self._subject_before(mention.start)
                    if (
                        subject is not None
                        and subject.kind in ("nominal", "organisation")
                        and plural_role((subject.role or subject.text).lower(), self.lex)
                        in ("person", "org")
                    ):
                        group = subject
                if group is not None:
                    speaker = Speaker(group.text, "person", None, group.role)
                    confidence *= _PRONOUN_DISCOUNT
                elif (joint := self.joint_places(mention.start)) is not None:
                    speaker = Speaker(joint, "organisation", None)
                    confidence *= _PRONOUN_DISCOUNT
                elif (represented := self.spokesperson_last(mention.start, None)) is not None:
                    # rule A955: a singular "they" for an unnamed spokesperson of no gender
                    # who gave the last quotation to a body ("A spokesperson for BNKR
                    # insisted ... '...,' they said"), as "he" or "she" (rule A918)
                    speaker = represented
                    confidence *= _PRONOUN_DISCOUNT
                elif (unnamed := self._singular_they(mention.start)) is not None:
                    # rule A1004: or for one unnamed person who spoke as the subject of the
                    # sentence before ("A Harbour Lane insider said ... '...,' they said")
                    speaker = Speaker(unnamed, "person", None)
                    confidence *= _PRONOUN_DISCOUNT
            elif mention.text.lower() == "it":
                # rule A298: "It read: "..."": the text named before, or its author
                source = (
                    self.written_source(mention.start)
                    if cue is not None and cue.lemma == "read"
                    else None
                )
                if source is not None:
                    return self.resolve(quote, source, cue, rule)
                # rule A210: "it said" speaks for the body opening the sentence before
                # ("The ministry issued guidance. It said ..."); not for the body named
                # last, which was measured right only half the time ("what it calls")
                # rule A773: a body named as the subject of the verb whose reported
                # clause it opens comes first (rule A264, "Greenfield Action said in a
                # statement it would", after a body opening the sentence before)
                reporting = self.reporting_body(mention.start)
                subject = (
                    reporting
                    if reporting is not None and _named_issuer(reporting)
                    else self._as_body(self._previous_subject(mention.start, opening=True))
                )
                if subject is None or subject.kind != "organisation":
                    # rule A264: or the body whose reported clause it opens; rule A297:
                    # or the body that is its own sentence's subject
                    subject = (
                        reporting
                        or self.subject_body(mention.start)
                        or self.coordinated_body(mention.start)
                        or self.closing_body(mention.start)
                        or self.acting_body(mention.start)
                        or self.source_body(mention.start)
                        or self.clause_body(mention.start)
                    )
                if subject is not None and subject.kind == "organisation":
                    speaker = self.resolve(quote, subject, cue, rule).speaker
                elif (text := self.text_subject(mention.start)) is not None or (
                    # rule A827: or the text opening the sentence before ("A statement
                    # released through his lawyers said ... It went on:")
                    (text := self._previous_subject(mention.start, opening=True)) is not None
                    and text.kind == "nominal"
                    and self.lex.role_kind(text.role or "") == "text"
                ):
                    # rule A788: or the text that is its sentence's subject ("The report
                    # criticised the ministry for what it called "...""), as that text
                    # resolves
                    speaker = self.resolve(quote, text, cue, rule).speaker
                elif (last := self._last_spoken) is not None and (
                    self._speaks_as_body(last[1])
                    and (
                        self.line(last[0])[0] == self.line(mention.start)[0]
                        or self._after_paragraph_of(mention.start, last[0])
                    )
                    and self._opens_sentence(mention.start)
                ):
                    # rule A443: or the body that spoke last in its paragraph ('"...,"
                    # the company said in a filing. It said it had contracted "..."');
                    # rule A1095: or in the paragraph before, when "It" opens its own
                    # ("The Jockey Club ... said in a statement: '...'" / "It added that")
                    speaker = last[1]
                if speaker is not None:
                    confidence *= _PRONOUN_DISCOUNT
            elif gender is not None and (
                represented := self.spokesperson_last(mention.start, gender)
            ):
                # rule A918: the unnamed spokesperson of that gender who gave the last
                # quotation to a body ('"...," a spokeswoman for the authority said. She
                # added that ...') speaks for it again
                speaker = represented
                confidence *= _PRONOUN_DISCOUNT
            elif gender is not None and (spoken := self.spokesperson_before(mention.start)):
                # rule A607: a spokesperson for a body named as the sentence before's
                # subject ("A Birmingham City Council spokesman said ... "...," he
                # added") speaks for it, as there (rule A155)
                speaker = Speaker(spoken, "organisation", None)
                confidence *= _PRONOUN_DISCOUNT
            elif gender is not None and (teller := self.described_teller(mention.start, gender)):
                # rule A807: the unnamed person whose reported clause it opens ("A former
                # ferry engineer told the inquiry that she had warned ..."), as that
                # description resolves (rule A806: to the name the next paragraph gives)
                speaker = self.resolve(quote, teller, cue, rule).speaker
                confidence *= _PRONOUN_DISCOUNT
            elif gender is not None:
                # rule A333: not the one who asked the person of that gender in the
                # sentence before ("X asked her whether ... "...," she replied")
                question = self.question(mention.start)
                asker = question[0] if question is not None and question[2] == gender else None
                name = question[1] if question is not None else None
                if name is not None and names.gender_of(name) not in (None, gender):
                    name = None
                name = name or self.role_subject(mention.start, gender)
                if name is None:
                    name = self.speaking_subject(mention.start, gender)
                    if name is not None and name == asker:
                        name = None
                    # rule A822: or the unnamed person who spoke at the end of the
                    # paragraph before, when the quotation opens its own
                    name = name or self.unnamed_speaker_before(mention.start, gender)
                    name = name or self.unnamed_last_speaker(mention.start, gender)
                    name = name or self.sole_person_before(mention.start, gender)
                    if name is None and not self.text.endswith("that ", 0, mention.start):
                        # rule A1211: or whom the same pronoun opening the sentence before
                        # in its paragraph stands for ("The president, Freddy Mamani, has
                        # arrived. He told reporters ... "...," he said"), unless inside
                        # what another verb reports ("Colcutt wrote that he thought")
                        name = self.pronoun_subject_before(mention.start, gender)
                    if (
                        name is None
                        and self.paragraph(mention.start)[0].is_quote
                        and self._pronoun_opens_last_sentence(mention)
                    ):
                        # rule A1194: or, for a paragraph opening with the quotation, the
                        # person known to be of that gender whom a pronoun opening the
                        # last sentence of the paragraph before stands for ("Mitchum has
                        # heard the assurances. She still drinks bottled water.
                        # (paragraph) "...," she said")
                        name = self.pronoun_subject_before(mention.start, gender, across=True)
                        if name is not None and names.gender_of(name) != gender:
                            name = None
                    if name is None and (
                        subject_before := self.unnamed_subject_before(mention.start, gender)
                    ):
                        # rule A1082: or the unnamed person described as the subject of
                        # the sentence before ("Her neighbour at the next stall was
                        # blunter. "...," he said"), as that description resolves
                        speaker = self.resolve(quote, subject_before, cue, rule).speaker
                        confidence *= _PRONOUN_DISCOUNT
                if speaker is None:
                    name = name or names.resolve(mention.start, gender=gender, other_than=asker)
                if name is not None and _named_in(quote, name):
                    # rule A1302: not one the quotation speaks of or to by name ("Halloran
                    # singled out Jordan Mbeki, whose ... "Jordan has been patient all
                    # season," he said"), when another person known to be of that gender
                    # is at hand
                    other = names.resolve(mention.start, gender=gender, other_than=name)
                    if (
                        other is not None
                        and names.gender_of(other) == gender
                        and not _named_in(quote, other)
                    ):
                        name = other
                if name is not None:
                    names.note_speaker(mention.start, name, gender)
                    speaker = Speaker(name, "person", _gender(gender))
                    confidence *= _PRONOUN_DISCOUNT
        elif (body := self.body_described(mention)) is not None:
            speaker = Speaker(body, "organisation", None, mention.role)  # rule A208
            confidence *= _NOMINAL_DISCOUNT
        else:  # nominal
            role = (mention.role or mention.text).lower()
            role_gender, kind = self.lex.roles.get(role, (None, "person"))
            name = None
            before = self.text[max(0, mention.start - 4) : mention.start].lower()
            definite = (
                mention.text.lower().startswith("the ")
                or self.text[mention.start : mention.start + 4].lower() == "the "
                # a title alone keeps its span without the article or the possessive
                # that makes it definite: "the Taoiseach", "her Honour"
                or before in ("the ", "her ", "his ")
                # rule A1186: or "the" and an age ("the 47-year-old Conservative")
                or (
                    before == "old "
                    and _BEFORE_DEMONYM.search(self.text, max(0, mention.start - 20), mention.start)
                    is not None
                )
            )
            if (
                not definite
                and mention.text == mention.role
                and mention.text in self.lex.titles
                and names.canonical((mention.text,), mention.start).endswith(" " + mention.text)
            ):
                # rule A1125: a title alone that is the surname of someone named before
                # ("Samira Haji, an analyst, said ... '...,' Haji added") is that name
                surname = Mention(mention.start, mention.end, mention.text, "name")
                return self.resolve(quote, surname, cue, rule)
            kin = mention.text.lower().split()
            if (
                len(kin) == 2
                and kin[0] in ("her", "his")
                and role_gender in ("m", "f")
                and role in KIN_NOUNS
            ):
                # rule A793: a relative of the one "her" or "his" stands for, who shares
                # that person's surname ("said Mrs Thirkettle ... Her husband added:")
                related = names.resolve(mention.start, gender="f" if kin[0] == "her" else "m")
                name = names.relative_of(related, role_gender, mention.start) if related else None
                if name is None:
                    # rule A1207: or the one named after the same words before ("Her
                    # daughter, Renee Bellanger-Thompson, said ... "...," her daughter said");
                    # rule A1275: or after "their" ("survived by their daughter, Tran Mai
                    # Anh ... "...," her daughter said")
                    name = names.named_after(kin, mention.start) or names.named_after(
                        ("their", kin[1]), mention.start
                    )
            # rule A859: the unnamed person with that role who is the subject of the
            # sentence before ("One senior party lawmaker from Niigata ... said ... "...,"
            # the lawmaker said"), before anyone named with it (rule A831)
            unnamed = (
                self.unnamed_before(mention.start, role_gender, role)
                if definite
                and kind == "person"
                and name is None
                and role not in _GENERIC_PEOPLE
                and not role.startswith("spokes")  # (rule A644 gives a spokesperson's body)
                else None
            )
            if name is None and kind == "person" and definite and unnamed is None:
                # only a definite role noun points back: "the senator", not "a senator"
                words = mention.text.split()
                place = (
                    words[1]
                    if len(words) == 3
                    and words[0].lower() == "the"
                    and words[2].lower() == role
                    and (words[1] in self.lex.demonyms or self.lex.is_place(words[1]))
                    else None
                )
                name = names.resolve_role(mention.start, role, gender=role_gender)
                if name is None and role.endswith(("-elect", "-designate")):
                    # rule A1164: an office to be taken that no one was given ("the
                    # president-elect said") is the person most salient, as a pronoun
                    # would be: the winner the story is about
                    name = names.resolve(mention.start, gender=role_gender)
                    if name is not None and names.impersonal(name):
                        name = None
                if (
                    name is not None
                    and role.startswith("spokes")
                    and not names.impersonal(name)
                    and (unnamed_one := self._previous_subject(mention.start, opening=True))
                    is not None
                    and unnamed_one.kind == "nominal"
                    and (unnamed_one.role or "").lower() == role
                    and unnamed_one.text.split(" ", 1)[0].lower() in ("a", "an")
                ):
                    # rule A1149: not a spokesperson named earlier when an unnamed one
                    # opens the sentence before ("A spokesman for the premier said ...
                    # "...," the spokesman said"; not "Opposition transport spokesman
                    # Brendan Tait" two paragraphs up): that one, as A644 gives (a body
                    # the role was found for stays: "A spokesperson for Unison's")
                    name = None
                if (
                    name is not None
                    and place is not None
                    and names.resolve_role(mention.start, role, gender=role_gender, place=place)
                    is None
                    and names.placed(name, mention.start)
                ):
                    # rule A853: with a place or nationality before the role ("the US
                    # captain"), not one given the role with another ("European captain X")
                    name = None
                if name is not None:
                    # rule A245: of those given the role, the subject of the sentence
                    # before ("Whitaker has named ... '...,' the manager said", with
                    # another manager named since Whitaker was)
                    opener = self.previous_subject(mention.start, opening=True)
                    if (
                        opener is not None
                        and opener != name
                        and names.holds_role(opener, role, mention.start)
                    ):
                        name = opener
                title = role.capitalize()
                if title not in self.lex.titles and role.upper() in self.lex.titles:
                    title = role.upper()  # rule A630: a title in capitals ("the MP said")
                elif (
                    title not in self.lex.titles
                    and " " in role
                    and mention.text.rsplit(" ", 2)[-2][:1].isupper()
                ):
                    ending = role.rsplit(" ", 1)[1]
                    if ending.upper() in self.lex.titles:
                        # rule A673: a title after a party's name ("the Labour TD said")
                        title = ending.upper()
                    elif ending.capitalize() in self.lex.title_words and role not in self.lex.roles:
                        # rule A1077: or a party's member after a word of place or party
                        # ("the Liberal Democrat admitted", "the Indiana Republican said")
                        title = ending.capitalize()
                if name is None and (title in self.lex.titles or title in self.lex.title_words):
                    # rule A153: a title no one was given names the subject of the
                    # sentence before ("Micheál Martin said ... '...,' the Taoiseach
                    # said")
                    name = (
                        self.previous_subject(mention.start)
                        or self.pronoun_subject_before(mention.start, role_gender)
                        # rule A880: or, for a paragraph opening with the quotation, the
                        # person opening the paragraph before's last sentence ("Rubio said
                        # he does support ... (paragraph) "...," said the Florida
                        # senator"), unless the role is another's ("the senior Cruz adviser")
                        or (
                            self.previous_subject(mention.start, opening=True, across=True)
                            if self.paragraph(mention.start)[0].is_quote
                            and not self._of_a_person(mention)
                            else None
                        )
                    )
                    if (
                        name is None
                        and before == "old "
                        and (
                            aged := _AGE_ALONE.search(
                                self.text, max(0, mention.start - 20), mention.start
                            )
                        )
                    ):
                        # rule A1186: or, after "the" and an age, the person an age alone
                        # points back to ("The 47-year-old Conservative ... added")
                        name = self._aged_person(mention, quote, aged.group(1))
                    elif name is None and (aged := _APPOSED_AGE.match(self.text, mention.end)):
                        # rule A1190: or so with the age in apposition ("The First
                        # Minister, 49, insisted")
                        name = self._aged_person(mention, quote, aged.group().strip(", "))
                    name = self._past_asker(mention.start, name, role_gender)
                elif name is None and _singular_role(mention.text, role):
                    # rule A200: so does any role noun for one person, when that subject
                    # is a full name ("Ari Fleischer said ... said the former top aide")
                    name = (
                        self.previous_subject(mention.start, opening=True)
                        or self.pronoun_subject_before(mention.start, role_gender)
                        # rule A841: or, for a description with an age in apposition
                        # opening its paragraph ("The former Sun Seekers star, 29,
                        # confirmed"), the name opening the paragraph before's last
                        # sentence
                        or (
                            (
                                self.previous_subject(mention.start, opening=True, across=True)
                                or self._pronoun_across(mention.start, role, role_gender)
                            )
                            if _APPOSED_AGE.match(self.text, mention.end)
                            # rule A1159: or for a paragraph opening with the quotation,
                            # as A880 gives a title ("Maddison Kerr won the 200m freestyle
                            # ... (paragraph) "...," the swimmer said")
                            or (
                                definite
                                and mention.text.count(" ") == 1
                                and role.isalpha()
                                and self.paragraph(mention.start)[0].is_quote
                                and not self._of_a_person(mention)
                                and self.described_before(mention, role) is None
                                and not self._asked_before(mention.start)
                            )
                            else None
                        )
                    )
                    name = self._past_asker(mention.start, name, role_gender)
                    if name is not None and " " not in name:
                        name = None
                    if name is None:
                        name = self.role_introduced(mention.start, role, role_gender)
            if name is None and kind == "person" and unnamed is None:
                name = (
                    self.named_later(mention, role)
                    or self.named_afterwards(mention, role_gender)
                    or self.apposed_later(mention, role)
                    or (self.lede_holder(mention, role) if definite else None)
                    or self.holder_later(mention, role, definite)
                )
            if name is None and mention.text.lower() == "the witness":
                # rule A1258: "the witness replied" after a lawyer's question: the one
                # questioned, the nearest person before who speaks and asks nothing
                name = names.witness_before(mention.start)
            body = _spoken_for(mention.text, role) if name is None else None
            if (
                body is None
                and name is None
                and role.startswith("spokes")
                and " for " not in mention.text  # (rule A582: it says for whom)
            ):
                # rule A199: "Oakvale Homes said ... A spokesman said": the body that
                # opens the sentence before
                body = (
                    # rule A869: "its spokesman" speaks for the body that is its own
                    # sentence's subject first ("The Progress Party has said ..., a
                    # proposal its finance spokesman called")
                    subject.text.removeprefix("The ").removeprefix("the ")
                    if mention.text.startswith(("its ", "Its "))
                    and (subject := self.subject_body(mention.start)) is not None
                    else self.previous_subject(mention.start, body=True)
                )
                nouns = [
                    w for w in mention.text.lower().split()[:-1] if self.lex.role_kind(w) == "org"
                ]
                if body is not None and nouns and nouns[-1] not in body.lower():
                    # rule A986: not a body of another noun than the spokesperson's own ("A
                    # government spokesman said" after "The Prosecutor General's Office")
                    body = None
            if name is not None:
                speaker = Speaker(name, "person", _gender(role_gender), role)
                confidence *= _NOMINAL_DISCOUNT
            elif body is not None:
                # rule A155: an unnamed spokesperson speaks for the body named in the
                # phrase ("A Network Rail spokesman said", as "a spokesman for ...")
                canonical = (
                    (
                        # rule A596: a body's noun alone is the body of that noun named before
                        # ("A Commission spokesperson" after "The European Commission"), as
                        # "the Commission" is (rule A221)
                        names.resolve_organisation(mention.start, body.lower())
                        if " " not in body and self.lex.role_kind(body.lower()) == "org"
                        else None
                    )
                    or (
                        # rule A890: an acronym is the body named before in full ("The United
                        # Nations called for restraint. ... a UN spokesperson said")
                        names.spelled_out(body, mention.start) if " " not in body else None
                    )
                    or names.canonical(body.split(), mention.start)
                )
                noun = canonical.lower().removeprefix("the ")
                if (
                    mention.text.split(" ", 1)[0].lower() in ("a", "an")
                    and self.lex.role_kind(noun) == "org"
                    and regex.search(rf"\b{regex.escape(noun)}\b", self.text) is not None
                ):
                    # rule A1173: a body named by a noun the text also writes in lower
                    # case ("Police estimated the crowd ... "...," a police spokeswoman
                    # said"; not "A Kremlin spokesman") is no name: the spokesperson, as
                    # described
                    speaker = Speaker(mention.text, "person", _gender(role_gender), role)
                else:
                    person = canonical.split(" ", 1)[0] in self.lex.given_names  # "Grayson's"
                    speaker = Speaker(canonical, "person" if person else "organisation")
                confidence *= _NOMINAL_DISCOUNT
            elif kind == "text" and (
                # rule A213: "according to a statement from the company"; rule A209:
                # "X said in a statement ... '...,' the statement said"
                issuer := self.author_after(mention) or self.issuer(mention, role)
            ):
                speaker = Speaker(issuer[0], issuer[1], _gender(names.gender_of(issuer[0])), role)
                confidence *= _NOMINAL_DISCOUNT
            elif kind == "text" and (
                owner := self.text_owner(quote, mention, cue, rule)
                or self.pronoun_issuer(quote, mention, cue, rule)
            ):
                speaker = owner  # rule A270: "Her report described the site as "...""
                confidence *= _PRONOUN_DISCOUNT
            else:
                described = (
                    self.described_before(mention, role) if definite and kind == "person" else None
                )
                if unnamed is not None and not (described or "").startswith(unnamed):
                    described = unnamed  # (A859; the fuller description it got first, A800)
                if described is None and definite:
                    # rule A702: "the man", "the woman"; rule A831: or the role noun of
                    # the unnamed person who is the subject before ("A U.S. official
                    # familiar with the case ... said ... "...," the official said")
                    described = self.unnamed_before(mention.start, role_gender, role)
                if (
                    mention.text.lower() in ("one", "another")
                    and cue is not None
                    and cue.lemma == "read"
                    and (source := self.written_source(mention.start)) is not None
                ):
                    # rule A802: one of the signs named before ("Many carried placards.
                    # One read "...""): their holder, as "It read" gives
                    return self.resolve(quote, source, cue, rule)
                if mention.text.lower() == "another":
                    described = self.another_of(mention)  # rule A616
                if described is None and mention.text.lower() in ("one", "another"):
                    described = self.one_of_group(mention)  # rule A661
                if described is None and role.startswith("spokes"):
                    described = self.spokesperson_for(mention)  # rule A643
                if mention.text.lower() in _PART_OF_GROUP and role != mention.text.lower():
                    # rule A436: "Some" after "Hundreds of relatives waited" are of the
                    # relatives; rule A814: given as the group's noun, "relatives"
                    described = role
                for_body = (
                    _FOR_BODY.match(described) if described and " for " in described else None
                )
                if for_body is not None:
                    # rule A644: "the spokesman" after "A spokesman for the Ministry of
                    # Health said": the body, as for the first mention (rule A155)
                    body = names.canonical(for_body.group(1).split(), mention.start)
                    speaker = Speaker(body, "organisation", None, role)
                else:
                    speaker = Speaker(described or mention.text, _SPEAKER_KIND[kind], None, role)
                confidence *= _NOMINAL_DISCOUNT * 0.85
        written = self.written[mention.start : mention.end]
        if written != mention.text:
            # Report the mention as written, so that its offsets reproduce its text: names
            # are read word by word (``Sergey  Lavrov`` -> ``Sergey Lavrov``), a title
            # alone keeps its span but not its sentence opener (#6), and a lead in
            # capitals is read in title case (A1068).
            mention = Mention(mention.start, mention.end, written, mention.kind, mention.role)
        if speaker is None:
            return Attribution(quote=quote, speaker=None, mention=mention, cue=cue, rule=rule)
        if speaker.kind == "person" and " " not in speaker.name:
            peer = self._peer_name(speaker.name, mention)
            if peer is not None:
                speaker = attrs.evolve(speaker, name=peer)
        given_in = (
            _NAME_GIVEN.match(self.text, mention.end, cue.start)
            if cue is not None
            and cue.start > mention.end
            and speaker.kind != "document"
            and _names_given(self.text, mention.end, cue.start)  # (the cheap test first)
            else None
        )
        if given_in is not None and (
            speaker.kind == "person" or given_in.group("owner") in _OWNER_GENDERS
        ):
            # (rule A1274: the name given in the clause between the one described and the
            # cue: "The wife of defendant Leung Ka-ming, who gave only her surname, Chan,")
            name, gender = _given_name(given_in)
            speaker = attrs.evolve(speaker, name=name, kind="person", gender=gender)
        elif (
            speaker.kind == "person"
            and " " in speaker.name
            and (
                speaker.name.split(" ", 1)[0].lower() in _UNNAMED_OPENERS
                # (rule A1286: "The owner of a souvenir shop on the harbour front")
                or (
                    speaker.name[:4].lower() == "the "
                    and self.lex.role_kind(speaker.name.rsplit(" ", 1)[-1].lower()) == "person"
                )
            )
        ):
            given = self._name_given(speaker.name, mention.end)
            if given is not None:
                speaker = attrs.evolve(speaker, name=given[0], gender=given[1] or speaker.gender)
            else:
                described = self._with_complement(speaker.name, mention.end)
                if described != speaker.name:
                    speaker = attrs.evolve(speaker, name=described)
        reach = max(0, mention.start - _SPOKESPERSON_REACH)
        lead = self.text[reach : mention.start]
        if speaker.kind == "person" and (
            "spokes" in lead or "close to" in lead or "awyer" in lead or "ttorney" in lead
        ):
            spokesperson = _SPOKESPERSON_FOR.search(self.text, reach, mention.start)
            by_title = (
                mention.kind == "nominal"
                and speaker.name == mention.text
                and self.lex.is_title(mention.text)
            )
            if spokesperson is not None and by_title:
                # rule A668: for a person named by a title alone, whom no name was found
                # for, the spokesperson as written ("A spokesman for the federal
                # Education Minister said")
                written = " ".join(self.text[spokesperson.start() : mention.end].split())
                # (its article in lower case, as below: "a spokesperson for ...")
                written = written[:1].lower() + written[1:]
                speaker = Speaker(written, "person", None, speaker.role)
            elif spokesperson is not None and (
                spokesperson.group(3).lower() != "for" or not names.impersonal(speaker.name)
            ):
                # rule A223: "A spokesperson for the Prime Minister said": the
                # spokesperson speaks, for the person named ("a spokesperson for
                # Catherine Lowell"); for a body, the body speaks (rule A155); so
                # does a source close to a person (rule A237)
                article, role, link = ((g or "").strip().lower() for g in spokesperson.groups()[:3])
                # (with its article when no fuller name was found: "the Duke")
                the = "the " if spokesperson.group(4) and speaker.name == mention.text else ""
                speaker = Speaker(
                    f"{article} {role} {link} {the}{speaker.name}".lstrip(), "person", None, role
                )
        return Attribution(
            quote=quote,
            speaker=speaker,
            mention=mention,
            cue=cue,
            rule=rule,
            confidence=round(confidence, 3),
        )

    def _with_complement(self, description: str, before: int) -> str:
        """``description``, of one unnamed person, with the phrase that follows it where
        the text last writes it before ``before`` and says where or for whom that person
        is (rule A1247: "A chap from Birmingham came in", "An official from the Gironde
        chamber of agriculture, who ...", "a spokesman for the developer insisted"): a
        preposition and the words up to a comma, a relative pronoun or a verb, when they
        end in a word of content; ``description`` alone otherwise, and for a group ("a
        group of parents") or a body's or a text's noun."""
        last = description.rsplit(" ", 1)[-1].lower()
        if (
            " of " in description
            or plural_form(last)
            or self.lex.role_kind(last) in ("org", "text")
        ):
            return description
        text = self.text
        at = max(
            text.rfind(description, 0, before),
            text.rfind(description[:1].swapcase() + description[1:], 0, before),
        )
        if at < 0:
            return description
        end = at + len(description)
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, end, key=_start)
        if (
            last in _DESCRIBED_PEOPLE
            and description.split(" ", 1)[0].lower() in ("a", "an")
            and description.count(" ") == 1
            and k + 2 < len(tokens)
            and tokens[k].start == end + 1
            and (tokens[k].lower == "who" or _PARTICIPLE.fullmatch(tokens[k].text))
        ):
            return self._with_clause(description, tokens, k, end)
        if (
            k + 2 >= len(tokens)
            or tokens[k].start != end + 1
            or tokens[k].lower not in _COMPLEMENT_LINKS
            or _timed(tokens[k + 1], self.lex)
        ):
            return description
        sentence = tokens[k].sentence
        verbs = self.lex.verb_forms
        for j in range(k + 2, min(len(tokens), k + _COMPLEMENT_REACH)):
            tok = tokens[j]
            if tok.sentence != sentence or tok.segment is not None:
                return description
            word = tok.lower
            if (
                word == ","
                or word in _COMPLEMENT_ENDS
                or word in verbs
                or word in _AUXILIARIES
                or word in MODALS
                or word in _IRREGULAR_PAST
                or (word.endswith("ed") and tok.text.islower())
            ):
                before_end = tokens[j - 1].lower
                if (
                    before_end in _PREPOSITIONS
                    or before_end in _ARTICLES
                    or before_end in STOP_LEFT
                ):
                    return description  # (not "for the | listed company")
                return description + self.written[end : tokens[j - 1].end]
            if (
                tok.text in ("'", "’")
                and tok.start == tokens[j - 1].end
                and tokens[k].lower == "for"
            ):
                continue  # rule A1281: a plural's possessive mark ("for the tenants' group")
            if word == "and" or not tok.text[:1].isalpha():
                return description  # (nor a number: "a crowd of almost 8,000")
        return description

    def _name_given(self, description: str, before: int) -> tuple[str, Gender] | None:
        """The name an unnamed person described as ``description`` gave, in the clause
        after that description where the text last writes it before ``before`` (rule
        A1274: "Another bondholder, who gave only his surname, Dung, said", "A mother of
        three from Drasa, who gave her name only as Salote, said", "asked to be
        identified only by her first name, Leanne"), with the gender its pronoun gives
        ("his", "her"); None when no such clause follows."""
        text = self.text
        at = text.rfind(description, 0, before)
        if at < 0 or not _names_given(text, at, at + _NAME_GIVEN_REACH):
            return None  # (the cheap test first: most descriptions give no name)
        found = _NAME_GIVEN.match(text, at + len(description))
        return _given_name(found) if found is not None else None

    def _with_clause(self, description: str, tokens: list[Token], k: int, end: int) -> str:
        """``description`` (``A woman``) with the relative clause or the participle's
        phrase at token ``k`` that says which one is meant, up to the reporting verb, a
        comma, ``and``, ``but``, ``that`` or a relative pronoun (rule A1267: "A woman who
        sells empanadas at the foot of the lift said", "A woman selling grilled squid
        nearby said"); ``description`` alone when the clause runs on past
        ``_CLAUSE_REACH`` tokens or its sentence, or is one of saying."""
        sentence = tokens[k].sentence
        verbs = self.lex.verb_forms
        if verbs.get(tokens[k + 1].lower) in ("say", "tell"):
            return description  # (no description: "a woman who said she lost her sister")
        for j in range(k + 2, min(len(tokens), k + _CLAUSE_REACH)):
            tok = tokens[j]
            if tok.sentence != sentence or tok.segment is not None:
                return description
            if tok.lower in _CLAUSE_ENDS or tok.lower in verbs:
                if tokens[j - 1].lower in _PREPOSITIONS or tokens[j - 1].lower in _ARTICLES:
                    return description
                return description + self.written[end : tokens[j - 1].end]
        return description

    def _peer_name(self, name: str, mention: Mention) -> str | None:
        """The name a peer is known by, title and all (rule A901): "Lord Carrow" for a
        surname the document gives a peer's title before ``mention``, "Duke of Sussex"
        for the title alone before its "of"; None for anyone else."""
        if name in PEERAGES:
            place = _OF_PLACE.match(self.text, mention.end)
            return f"{name} of {place.group(1)}" if place is not None else None
        of = _PEER_OF.search(self.text, max(0, mention.start - _PEER_OF_REACH), mention.start)
        if of is not None:
            return f"{of.group(1)} of {name}"  # ("The Duke of Kendal said")
        if self._peers is None:
            self._peers = {}
            if any(f"{title} " in self.text for title in PEERAGES):  # (most texts: none)
                for m in _PEER_TITLED.finditer(self.text):
                    self._peers.setdefault(m.group(2), (m.group(1), m.start()))
        title, at = self._peers.get(name, ("", mention.end))
        return f"{title} {name}" if at < mention.end else None

    def named_afterwards(self, mention: Mention, gender: str | None) -> str | None:
        """The name an unnamed person gives later in the paragraph (rule A658: "said a
        Peruvian woman ... Later, she introduced herself as Doris Quispe"); None when
        the paragraph gives none, or gives it for someone of the other gender."""
        # (rule A686: or "the", "said the packing house's owner, who asked to be
        # identified only by his first name, Rogelio")
        # (rule A994: or "another", "Another passenger, who gave only his first name")
        if mention.text.split(" ", 1)[0].lower() not in ("a", "an", "one", "the", "another"):
            return None
        end = self.line(mention.start)[1]
        given = _GIVEN_LATER.search(self.text, mention.end, end)
        if given is None and mention.role and mention.role.isalpha():
            # rule A694: or the role noun again, the name in apposition ("said a French
            # liberal lawmaker ... The lawmaker, Aurélien Marchetti, told")
            given = next(
                (
                    m
                    for m in _NAMED_ROLE.finditer(self.text, mention.end, end)
                    # (rule A748: or "man" or "woman", "said a fisherman mending nets
                    # ... The man, Mohamed Ait Ouahmane, 61, said")
                    if m["role"] == mention.role or m["role"] in _PERSON_NOUNS
                ),
                None,
            )
        if given is None:
            return None
        said = _WHO_GENDER.get(given["who"].lower().rsplit(" ", 1)[-1])
        if gender is not None and said is not None and gender != said:
            return None
        return self.names.canonical(given["name"].split(), given.start("name"))

    def named_later(self, mention: Mention, role: str) -> str | None:
        """The person a description in the lede stands for (rule A168): ``A former
        finance chief testified that ...`` in the first paragraph, then ``Lorenzo Vidal,
        who ..., told jurors`` in one of the next two: the first person reported speaking
        there as the main subject. None for a group (``officials``, ``one senator``)."""
        lede = self._lede
        before = self.text[max(0, mention.start - 8) : mention.start].lower().split()[-1:]
        first = mention.text.split(" ", 1)[0].lower()
        if (
            lede is None
            or not lede.start() <= mention.start < lede.end()
            or {first, *before} & _ONE_OF  # one of a group: "one Republican"
            # a group: "officials" (rule A809: or "fishermen"; rule A1114: or a plural
            # with no -s, "tens of thousands of people chanted"; rule A1124: or a crowd)
            or plural_form(role)
            or role in PLURALS
        ):
            return None
        opening = self._past_blanks(lede.end())  # where the next paragraph opens
        end = self._paragraphs_end(opening, 2)  # (the end of the next two)
        # rule A493: the first given the role there ("The coroner investigating ...
        # found", then "Coroner Helen Maitland-Rua delivered her findings"), or else the
        # first reported speaking; rule A806: or else the person the next paragraph
        # opens with, described and named nowhere before ("Sipho Ndlovu, who served as
        # ..., was giving evidence"), for the subject the lede opens with
        opens = self._opens_lede(mention)
        return (
            self.names.first_holder(lede.end(), end, role)
            # rule A879: a full name opening the next paragraph before an auxiliary, for
            # the subject the lede opens with ("Robin Kerr was responding to")
            or (self.names.introduced_at(opening, bare=True) if opens else None)
            or self.names.next_speaker(lede.end(), end)
            or (self.names.introduced_at(opening) if opens else None)
        )

    def _speaks_as_body(self, speaker: Speaker) -> bool:
        """Whether ``speaker`` is a body, or a name no person bears, that ``It`` can
        speak for (rule A1050: '"...," Thalassa Bulk Carriers said. It said')."""
        return speaker.kind == "organisation" or (
            speaker.gender is None
            and speaker.name[:1].isupper()
            and self.names.impersonal(speaker.name)
        )

    def lede_holder(self, mention: Mention, role: str) -> str | None:
        """The person a role noun after the lede stands for when the lede's subject is a
        description with that role (rule A1051: "France's interior minister arrived
        ...", then "Laurent Delmas, who flew in ..., said", then "The minister later
        warned"), as rule A168 resolves that description; None otherwise."""
        lede = self._lede
        if lede is None or mention.start < lede.end() or role not in lede[0].lower():
            return None  # (the cheap tests first: the role is written in the lede)
        subject = self._lede_subject
        if subject is None or subject.kind != "nominal" or subject.role != role:
            return None
        return self.named_later(subject, role)

    @functools.cached_property
    def _lede(self) -> re.Match[str] | None:
        """The lede, found once per document."""
        return _LEDE.search(self.text)

    @functools.cached_property
    def _lede_subject(self) -> Mention | None:
        """The subject of the lede's first sentence, found once per document."""
        lede = self._lede
        tokens = self.paragraph(lede.start()) if lede is not None else []
        if not tokens:
            return None
        end = bisect.bisect_left(tokens, tokens[0].sentence + 1, key=_sentence)
        return self.sentence_subject(tokens, tokens[0].sentence, end)

    def _of_a_person(self, mention: Mention) -> bool:
        """Whether a capitalised word inside the description ``mention`` is a person's
        surname named before (``the senior Cruz adviser``): the role is that person's
        associate's."""
        for word in mention.text.split()[1:-1]:
            if word[:1].isupper():
                name = self.names.canonical([word], mention.start)
                if name != word and not self.names.impersonal(name):
                    return True
        return False

    def joint_places(self, at: int) -> str | None:
        """Two places joined by "and" as the subject of the verb whose clause "they" at
        ``at`` opens, speaking for their governments together (rule A871: "Saudi Arabia
        and the United States said they "deeply regret""; rule A487 for one place);
        None otherwise."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        v = k - 2 if k > 1 and tokens[k - 1].lower == "that" else k - 1
        if v < 3 or tokens[v].lower not in self.lex.verb_forms:
            return None
        second = self._place_ending(tokens, v)
        if second is None or second < 2:
            return None
        joiner = second - 1 if tokens[second - 1].lower != "the" else second - 2
        first = self._place_ending(tokens, joiner) if tokens[joiner].lower == "and" else None
        return self.text[tokens[first].start : tokens[v - 1].end] if first is not None else None

    def _place_ending(self, tokens: list[Token], end: int) -> int | None:
        """The first token of the known place whose capitalised words end right before
        ``end``; None when there is none."""
        start = end
        while start > 0 and tokens[start - 1].capitalised:
            start -= 1
        if start == end:
            return None
        place = self.text[tokens[start].start : tokens[end - 1].end]
        return start if self.lex.is_place(place) else None

    def holder_later(self, mention: Mention, role: str, definite: bool) -> str | None:
        """The person first named with the role ``role`` after a definite description
        for one person (``the mayor``, ``their coach``, ``The union's national
        secretary``) that no one named before holds (rule A1248: 'in a move the mayor
        called "..."', then "Mayor Hideo Nishimura"; "Alison Ferris, the union's national
        secretary,"); None otherwise."""
        first = mention.text.split(" ", 1)[0]
        if not (
            (definite or first.lower() in _OWNERS or possessive(first))
            and _one_person(role)
            and self.lex.role_kind(role) == "person"  # (not "The clip")
            and role not in _PERSON_NOUNS  # (nor "the man")
            and not mention.text.rsplit(" ", 1)[-1][:1].isupper()  # (nor "the Duke")
            # (the role's first mention: not "the official" after "A federal official")
            and (
                (found := regex.search(rf"\b{regex.escape(role)}\b", self.text, regex.IGNORECASE))
                is None
                or found.start() >= mention.start
            )
        ):
            return None
        # (the words before the role, as the holder's own description gives them: not
        # "the GOP front-runner" for "Democratic front-runner Hillary Clinton")
        modifiers = [
            possessive_stem(word) if possessive(word) else word
            for word in mention.text.lower().split()[1:]
            if word not in role.split()
        ]
        return self.names.first_holder(mention.end, len(self.text), role, modifiers)

    def apposed_later(self, mention: Mention, role: str) -> str | None:
        """The person a definite description for one person (``Armenia's chief
        negotiator told reporters``; rule A861: or an unnamed one's, ``said one
        pensioner``) is named as later, in its paragraph or the next two, after ``The``
        and the role (rule A860: "The negotiator, Deputy Prime Minister Davit Hakobyan,
        said"); None otherwise."""
        first = mention.text.split(" ", 1)[0]
        if not (
            (first.lower() in ("the", "a", "an", "one") or possessive(first))
            and _one_person(role)
            and " " not in role
            and not self.lex.is_title(role)
        ):
            return None
        end = self._paragraphs_end(mention.end, 3)  # (its paragraph and the next two)
        apposed = [
            at
            for article in ("The", "the")
            if (at := self.text.find(f"{article} {role}, ", mention.end, end)) >= 0
            and not self.text[at - 1 : at].isalnum()
        ]
        if not apposed:
            return None
        named = min(apposed) + len(role) + 6  # (past "the ", the role and ", ")
        return self.names.speaker_at(named, named + _APPOSED_REACH, None)

    def _past_blanks(self, at: int) -> int:
        """``at``, past the line breaks and spaces there."""
        while self.text.startswith(("\n", " "), at):
            at += 1
        return at

    def _paragraphs_end(self, at: int, count: int) -> int:
        """Where the ``count``-th paragraph from the one holding ``at`` ends (the
        text's end at the most)."""
        for n in range(count):
            found = self.text.find("\n", self._past_blanks(at) if n else at)
            if found < 0:
                return len(self.text)
            at = found
        return at

    def _opens_lede(self, mention: Mention) -> bool:
        """Whether ``mention`` is the subject of its paragraph's first sentence."""
        tokens = self.paragraph(mention.start)
        k = bisect.bisect_left(tokens, mention.start, key=_start)
        if k == len(tokens) or tokens[k].sentence != tokens[0].sentence:
            return False
        subject = self.sentence_subject(tokens, tokens[k].sentence, k + 1)
        return subject is not None and subject.start == mention.start

    def spokesperson_for(self, mention: Mention) -> str | None:
        """``A spokeswoman for the federal minister`` when ``mention`` (``A spokeswoman``)
        goes on with ``for``, a determiner and up to four words in lower case (or
        nationalities: ``a European carmaker``) that end with a role noun, or with any
        noun right before a reporting verb (``A spokesperson for the show said``): rule
        A643; None otherwise."""
        start = mention.end + 5
        if not self.text.startswith(" for ", mention.end):
            return None
        words = self.text[start : start + _FOR_REACH].split(" ")[:6]
        if words[0] not in _FOR_DETERMINERS:
            return None
        end = start + len(words[0])
        for k in range(1, len(words) - 1):
            word = words[k].rstrip(".,;:")
            if not ((word.isalpha() and word.islower()) or word in self.lex.demonyms):
                return None
            end += 1 + len(word)
            after = words[k + 1].rstrip(".,;:")
            ends = word != words[k]  # (punctuation after it)
            if ends or self._role_kind(after) is None:
                if self._role_kind(word) is not None or (not ends and after in self.lex.verb_forms):
                    return self.text[mention.start : end] if word.islower() else None
                if ends:
                    return None
        return None

    def _role_kind(self, word: str) -> str | None:
        """What the role noun ``word``, or the plural of one, names; None for any other
        word."""
        return self.lex.role_kind(word) or plural_role(word, self.lex)

    def one_of_group(self, mention: Mention) -> str | None:
        """``One`` or ``Another`` alone after a sentence that opens with people in the
        plural ("Fans also piled in. One wrote: ..."): ``One fan`` (rule A661); None
        otherwise."""
        tokens = self.paragraph(mention.start)
        k = bisect.bisect_left(tokens, mention.start, key=_start)
        if (
            0 < k < len(tokens)
            and (
                tokens[k - 1].text == ","
                or (k > 1 and tokens[k - 1].lower == "with" and tokens[k - 2].text == ",")
            )
            and mention.text.lower() == "one"
        ):
            # rule A840: or its own sentence's, after a comma ("Fans flooded his post with
            # comments, one writing:"; rule A857: or "with", ", with one posting on X:")
            first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        else:
            found = self.sentence_before(mention.start)
            if found is None:
                return None
            tokens, _, _, first = found
        word = tokens[first].lower
        if word == "one" and mention.text.lower() == "another":
            # ("Fans piled in. One wrote: ... Another added:": the one before's group;
            # not after "One follower wrote:", which names its own)
            noun = tokens[first + 1]
            if (
                noun.text.isalpha()
                and noun.text.islower()
                and noun.lower not in self.lex.verb_forms
            ):
                return None
            found = self.sentence_before(tokens[first].start)
            if found is None:
                return None
            tokens, _, _, first = found
            word = tokens[first].lower
        if (
            not plural_person(word, self.lex)
            and word not in _NUMBER_WORDS  # (not "Two residents": one of two)
            and first + 1 < len(tokens)
            and tokens[first + 1].text.islower()
        ):
            word = tokens[first + 1].lower  # (past an adjective: "Furious fans have")
        one = singular(word)
        if not plural_person(word, self.lex) or one not in self.lex.roles:
            return None
        return f"{mention.text} {one}"

    def unnamed_speaker_before(self, at: int, gender: str) -> str | None:
        """The description of an unnamed person whose reported words close the
        paragraph before, with no quotation, when the pronoun at ``at`` follows only
        the quotation that opens its paragraph (rule A822: "A senior executive at one of
        the contractors, who asked not to be named, said payments had slowed." then
        ""...," he said"); None otherwise."""
        tokens = self.paragraph(at)
        if not self._after_opening_quote(tokens, at):
            return None
        before = self.paragraph_before(tokens[0].start)
        if not before:
            return None
        first = bisect.bisect_left(before, before[-1].sentence, key=_sentence)
        if before[first].lower not in _UNNAMED_OPENERS or any(t.is_quote for t in before):
            return None  # (the cheap tests first: "A", "An", "One" opening its last sentence)
        subject = self.sentence_subject(before, before[-1].sentence, len(before))
        if (
            subject is None
            or subject.start != before[first].start  # (opening it: not "For Major, a retiree")
            or not self._unnamed_person(subject, gender)
        ):
            return None
        return self._unnamed_speaker(before, subject, len(before))

    @staticmethod
    def _after_opening_quote(tokens: list[Token], at: int) -> bool:
        """Whether the token at ``at`` follows only the quotation opening its paragraph
        ``tokens`` and punctuation."""
        k = bisect.bisect_left(tokens, at, key=_start)
        return (
            0 < k < len(tokens)
            and tokens[0].is_quote
            and not any(not t.is_quote and t.text[:1].isalnum() for t in tokens[:k])
        )

    def unnamed_last_speaker(self, at: int, gender: str) -> str | None:
        """The unnamed person a pronoun of ``gender`` gave the last quotation to, in the
        paragraph before, when the pronoun at ``at`` opens its own (rule A886: "A former
        employee who asked to be identified only as "Nok" ... "...," she said." then
        "She added: "...""); None otherwise."""
        last = self._last_spoken
        if (
            last is None
            or last[1].kind != "person"
            or last[1].name.split(" ", 1)[0].lower() not in _UNNAMED_OPENERS
        ):
            return None
        speaker = last[1]
        tokens = self.paragraph(at)
        before = self.paragraph_before(tokens[0].start) if tokens else None
        if not before or not _spans(before, last[0]):
            return None
        if tokens[0].start == at:
            return speaker.name if speaker.gender == _gender(gender) else None
        # rule A1060: or after only the quotation opening its paragraph, for one whose
        # role noun has that gender or none and who opens the paragraph before with no
        # name given ("One waitress, who asked not to be named, said: "..."" then ""...,"
        # she added"; not "One survivor, who ... asked to be identified only by her first
        # name, Leanne, said")
        described = bisect.bisect_left(before, before[0].start + len(speaker.name), key=_start)
        if (
            not self._after_opening_quote(tokens, at)
            or not self._role_of_gender(speaker, gender)
            or not self.text.startswith(speaker.name, before[0].start)
            or self._named_before_verb(before, described, len(before))
        ):
            return None
        return speaker.name

    def _role_of_gender(self, speaker: Speaker, gender: str) -> bool:
        """Whether ``speaker``, described unnamed, is known to be of ``gender`` or has
        one person's role noun that has that gender or none."""
        if speaker.gender is not None:
            return speaker.gender == gender
        role = (speaker.role or "").lower()
        entry = self.lex.roles.get(role)
        return (
            entry is not None
            and entry[1] == "person"
            and entry[0] in (None, gender)
            and not plural_person(role, self.lex)  # (not "a group of workers")
        )

    def _unnamed_person(self, subject: Mention, gender: str) -> bool:
        """Whether ``subject`` describes one person it does not name (``A former ferry
        engineer``), not known to be of the other gender than ``gender``."""
        entry = self.lex.roles.get((subject.role or "").lower())
        return (
            subject.kind == "nominal"
            and subject.text.split(" ", 1)[0].lower() in _UNNAMED_OPENERS
            and entry is not None
            and entry[1] == "person"
            and entry[0] in (None, gender)
        )

    def unnamed_before(self, at: int, gender: str | None, role: str) -> str | None:
        """The description of an unnamed person who is the subject of the sentence
        before ``at``, in its paragraph, for ``the man``, ``the woman`` or ``the person``
        there (rule A702: "A sub-agent in Tangail, who ..., said ... "...," the man
        said"), or for its own role noun (rule A831: "the official"); None when that
        subject is no such description, or is of the other gender."""
        if role not in _GENERIC_PEOPLE and role not in self.text[self.line(at)[0] : at].lower():
            return None  # (the cheap test first: the role written before in the paragraph)
        # (rule A865: across a paragraph's start too, for a sentence that opens its own)
        subject = self._previous_subject(at, opening=False, across=True)
        if (
            subject is None
            or (role not in _GENERIC_PEOPLE and (subject.role or "").lower() != role)
            or subject.kind != "nominal"
            or subject.text.split(" ", 1)[0].lower() not in _UNNAMED_OPENERS
            or not (
                self.lex.role_kind(subject.role or "") == "person"
                or prefixed_role(subject.role or "", self.lex)  # ("A sub-agent")
            )
        ):
            return None
        entry = self.lex.roles.get(subject.role or "")
        if gender and entry is not None and entry[0] in ("m", "f") and entry[0] != gender:
            return None
        tokens = self.paragraph(subject.start)
        k = bisect.bisect_left(tokens, subject.end, key=_start)
        if k + 2 < len(tokens) and tokens[k].lower == "of" and tokens[k + 1].lower in _ARTICLES:
            # (rule A865: with whose they are, "A pal of the player insisted")
            j = k + 2
            while (
                j < len(tokens)
                and j - k <= 4
                and tokens[j].text.isalpha()
                and tokens[j].text.islower()
                and tokens[j].lower not in self.lex.verb_forms
            ):
                j += 1
            found = mention_before(tokens, j, self.lex) if j > k + 2 else None
            if found is not None and found[0].start == subject.start:
                return self.text[subject.start : tokens[j - 1].end]
        # (with where the person is: "One senior lawmaker from Debrecen", rule A628)
        placed = self._placed(tokens, subject).text
        last = self._last_spoken
        if (
            last is not None
            and last[1].name.startswith(f"{placed} ")
            and self.text.startswith(last[1].name, subject.start)
        ):
            # rule A1007: as the words before were given, with where the person is
            # from ("A senior official at one Group of Eight university told ... "...,"
            # the official said")
            return last[1].name
        return placed

    def another_of(self, mention: Mention) -> str | None:
        """``another`` alone and the role noun of the unnamed person it is the second
        of, described just before ("One negotiator, speaking on condition of anonymity,
        described it as "...". Another said" -> ``Another negotiator``: rule A616); None
        when no such person is described within reach."""
        last = None
        for m in _UNNAMED_PERSON.finditer(
            self.text, max(0, mention.start - _ANOTHER_REACH), mention.start
        ):
            k = bisect.bisect_right(self.quotes, m.start(), key=_start)
            if not (k and self.quotes[k - 1].end > m.start()):
                last = m  # (not in a quotation: "Get a taxi man!")
        # (the nearest one: not "a source" before "One follower wrote")
        words = last.group(1).replace(",", " ").split() if last is not None else ()
        role = next(
            (
                w
                for w in words
                if self.lex.role_kind(w) == "person" and not plural_person(w, self.lex)
            ),
            None,
        )
        return f"{mention.text} {role}" if role is not None else None

    def described_before(self, mention: Mention, role: str) -> str | None:
        """The fuller description an unnamed person got when first mentioned, for
        ``the aide`` after ``A senior Senate aide familiar with the talks`` (rule A188):
        the nearest ``a``/``an`` phrase ending with the same role noun before the
        mention; None when there is none."""
        words = self.text[mention.start : mention.end].lower().split()
        other = _OTHER_ONE & set(words)
        if other == {"former"} and words[-1] != "former":
            other = frozenset()  # rule A590: "the former official" is one, not "the former"
        if " " in role or not role.isalpha() or other:
            return None  # (not "the second official": another one)
        # (rule A878: twice as far back for one person: "a pecan grower in Delicias" ...
        # "Back in Delicias, the pecan grower")
        reach = (
            _DESCRIBED_REACH * 2
            if _one_person(role)
            and not any(w[:1].isupper() for w in self.text[mention.start : mention.end].split()[1:])
            else _DESCRIBED_REACH
        )
        found = last_match(
            _indefinite(role), self.text, max(0, mention.start - reach), mention.start
        )
        if found is None and role == "witness":
            # rule A833: "the witness" is the person giving evidence before it ("Giving
            # evidence, Mr Keegan said", "X (71) was giving evidence for a second day")
            testimony = last_match(
                _GIVING_EVIDENCE, self.text, max(0, mention.start - _DESCRIBED_REACH), mention.start
            )
            return self._named_subject(testimony.start(), whole=True) if testimony else None
        if found is None:
            return None
        if self.text.startswith(", ", found.start() - 2) and (
            apposed := self.names.name_ending_at(found.start() - 2)
        ):
            # rule A693: the description set beside a name ("according to Bahrom
            # Nazarov, an independent economist ... "...," the economist said")
            return apposed
        if self.text.endswith(" as ", 0, found.start()) and (
            named := self._named_subject(found.start())
        ):
            # rule A804: or the role a name's sentence gives it ("X is testifying as a
            # prosecution witness. ... "...," the witness replied")
            return named
        if found.group("object") is not None and (
            (noun := _NOUN_AFTER.match(self.text, found.end())) is not None
            and noun.group(1) not in self.lex.verb_forms
            and noun.group(1) not in _ADVERBS
            and noun.group(1) not in _NOT_NOUNS
        ):
            # rule A680: what qualifies it may end in a noun of two words ("A source
            # close to the dressing room said")
            return found.group(0) + noun.group(0)
        if role.startswith("spokes"):
            # rule A643: with whom the spokesperson speaks for ("A spokesman for the
            # family said ... '...,' the spokesman added")
            body = _FOR_BODY_AFTER.match(self.text, found.end())
            if body is not None:
                return found.group(0) + body.group(0)
            first = Mention(found.start(), found.end(), found.group(0), "nominal", role)
            return self.spokesperson_for(first) or found.group(0)
        return found.group(0)

    def _named_subject(self, at: int, *, whole: bool = False) -> str | None:
        """The canonical name of the person who is the subject of the sentence holding
        ``at``, before it (with ``whole``, anywhere in it); None when that subject is no
        name."""
        subject = self._subject_before(at, whole=whole)
        if subject is None or subject.kind != "name":
            return None
        return self.names.canonical(subject.text.split(), subject.start)

    def _subject_before(self, at: int, *, whole: bool = False) -> Mention | None:
        """:meth:`sentence_subject` of the sentence holding ``at``, before ``at`` (with
        ``whole``, in all of it)."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        sentence = tokens[k].sentence
        if whole:
            k = bisect.bisect_right(tokens, sentence, key=_sentence)
        return self.sentence_subject(tokens, sentence, k)

    def demonym_person(self, mention: Mention, quote: Quote) -> str | None:
        """The person that ``the Spaniard``, ``the Indian driver``, ``the 29-year-old
        singer`` or ``the 52-year-old`` points back to, as a pronoun would (rules A161,
        A176, A184, A506); None for any other mention."""
        if mention.kind not in ("name", "nominal"):
            return None
        written = self.text[mention.start : mention.end]
        gender: str | None = None
        aged = _AGED.fullmatch(written)
        described = _DESCRIBED.fullmatch(written) if written[4:5].isupper() else None
        if aged is not None:
            role = aged.group(1)
        elif (epithet := _EPITHET.fullmatch(written)) is not None:
            role = epithet.group(1)
            introduced = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w-]+ ){{0,4}}{role}\b"
            if re.search(introduced, self.text[: mention.start]):
                return None  # (A977: not "the former employee" introduced as "One former ...")
        elif (age := _AGE_ALONE.fullmatch(written)) is not None:
            return self._aged_person(mention, quote, age.group(1))
        elif written.lower() in _YOUTH:
            return self._aged_person(mention, quote, None)  # (rule A1288)
        elif written[:4] in ("the ", "The ") and (
            # (rule A1002: or after one word describing them, "the blonde grandmother-of-two")
            kin := KIN_OF.fullmatch(written.split(" ", 2)[-1])
        ):
            # rule A820: a parent described by their children points back as "she" or
            # "he" would ("the mother-of-two said")
            entry = self.lex.roles.get(kin.group(1))
            if entry is None or entry[1] != "person" or entry[0] is None:
                return None
            name = self.speaking_subject(mention.start, entry[0]) or self.names.resolve(
                mention.start, gender=entry[0]
            )
            if name is not None:
                self.names.note_speaker(mention.start, name, entry[0])
            return name
        elif described is not None and (
            all(
                # (or several: "the Turkish-German forward", rule A250)
                part in self.lex.demonyms
                for part in described.group(1).split("-")
            )
            # rule A543: or where the person was born ("the New Zealand-born forward")
            or described.group(1).endswith("-born")
        ):
            role = described.group(2)
        elif (
            # (rule A291: a noun that is also a given name is listed with its article,
            # "the Dane", so that "Dane Smith" stays a name)
            (written in self.lex.demonyms or f"the {written}" in self.lex.demonyms)
            and _BEFORE_DEMONYM.search(self.text, max(0, mention.start - 20), mention.start)
        ) or (
            # rule A957: or with its article inside the mention's span, as the subject
            # before its verb ("The Slovenian said he was "..."")
            written[:4] in ("the ", "The ")
            and (written[4:] in self.lex.demonyms or f"the {written[4:]}" in self.lex.demonyms)
            and not written[4:].isupper()  # (rule A995: "The EU said" is the body)
        ):
            written = written.removeprefix("the ").removeprefix("The ")
            role = None
            if written.endswith(("man", "woman")):  # "the Frenchman"
                gender = "f" if written.endswith("woman") else "m"
        else:
            return None
        if role is not None:
            # a nationality or an age and a role no one was given
            entry = self.lex.roles.get(role.lower())
            if entry is None and aged is not None and role.isalpha():
                # rule A1061: a noun the lexicon does not list, after an age, is a
                # person's ("the 33-year-old helmsman")
                entry = (None, "person")
            if (
                entry is None
                or entry[1] != "person"
                # (an office after a nationality names its holder anew: "the Mexican
                # president"; not after an age, rule A669: "the 22-year-old striker")
                or (self.lex.is_title(role) and aged is None)
            ):
                return None
            if self.names.resolve_role(mention.start, role.lower(), gender=None):
                return None  # someone was given the role: resolved as a role noun
            gender = entry[0]
        # rule A495: the person the text described with the demonym ("Ortega Bustamante,
        # the Colombian fourth seed," ... "the Colombian said"), before the most salient
        demonym = described.group(1) if described is not None else written.removeprefix("the ")
        name = self.names.described_as(mention.start, demonym, gender)
        # rule A852: or the main subject of the sentence before, in its paragraph, as for
        # a pronoun ("Hale was gracious in defeat. "...," the 28-year-old Texan said")
        if name is None and (subject := self.speaking_subject(mention.start, gender)):
            name = None if self.names.impersonal(subject) else subject  # (not "Vale had led")
        name = name or self.names.resolve(mention.start, gender=gender)
        if name is not None:
            self.names.note_speaker(mention.start, name, gender)
        return name

    def _aged_person(self, mention: Mention, quote: Quote, age: str | None) -> str | None:
        """The person an age alone (``the 52-year-old said``) points back to: the most
        salient one, the subject of a verb since the quotation before ``quote`` (rule
        A506; not a photograph's credit, ``Jane Roe via Getty Images.``) or the speaker
        of that quotation (rule A554); None when the text described someone by that age
        (``a 46-year-old man was arrested``) or
        quoted another since (``"...," said another. "...," said the 46-year-old``): the
        description then stands."""
        given = (
            [m for m in _AN_AGE.finditer(self.text, 0, mention.start) if m.group(1) == age]
            if age is not None
            else list(_A_YOUTH.finditer(self.text, 0, mention.start))
        )
        if given:
            # rule A1043: the person given the age in apposition ("Khaled Saeed, a
            # 31-year-old civil engineer from Taiz, says ... 'the 31-year-old says")
            at = given[-1].start()
            named = self.names.name_ending_at(at - 2) if self.text.endswith(", ", 0, at) else None
            if named is not None:
                self.names.note_speaker(mention.start, named)
            return named  # (rule A554: not "The 40-year-old, who ..., bowed", the person too)
        k = bisect.bisect_left(self.quotes, quote.start, key=_start)
        while k and self.quotes[k - 1].kind == "name":
            k -= 1  # (rule A545: a nickname is inside the name: 'Eilidh "Wee Magic" Fraser')
        since = self.quotes[k - 1].end if k else 0
        last = self._last_spoken
        unspoken = last is None or last[0] != since  # (the quotation before went to no one)
        name = self.names.resolve(mention.start, gender=None)
        subjects = self.names.subjects_between(since, mention.start)
        recent = self.previous_subject(mention.start, across=True)
        if recent is not None and recent in subjects and not self.names.impersonal(recent):
            # rule A867: the subject of the sentence before (across a paragraph's start
            # too), before the most salient ("Josh Ferris, Kate's younger brother,
            # missed selection ... "...," the 22-year-old said")
            name = recent
        # rule A931: or that subject when no one is named a subject since the quotation
        # before, which went to no one ("Coach X ... dedicated the victory to the
        # supporters who had "...". "...," the 58-year-old said")
        if recent is not None and not subjects and unspoken and not self.names.impersonal(recent):
            name = recent
        elif name is None or not (
            name in subjects
            # rule A554: or the speaker of the quotation before, when no one else is
            # named as a subject since ("...," Morimoto said. ... "...," the 40-year-old
            # said; not "His team-mate Kaito Mori was more guarded")
            or (
                last is not None and not unspoken and last[1].name == name and not subjects - {name}
            )
        ):
            people = [n for n in subjects if not self.names.impersonal(n)]
            if not people:
                # rule A715: or the one agent of a passive verb ("The damage was done by
                # seamer Arjun Deshmukh, ... "...," the 24-year-old said"), or subject of a
                # clause of time (rule A722: "When Mary Kamau went to pay the rates")
                people = list(self.names.agents_between(since, mention.start))
            if not people and (unspoken or since < self.line(mention.start)[0]):
                # rule A1163: or, when no person is a subject since, the subject of the
                # sentence before, else the most salient person ("The loudest cheer was
                # saved for Helen Brody ... "...," said the 24-year-old"; not after
                # another's quotation in the paragraph, rule A101: "said another")
                person = name if recent is None else recent
                if person is not None and not self.names.impersonal(person):
                    people = [person]
            if len(people) != 1:
                return None
            # rule A660: the one person named as a subject since, when the most salient
            # name is another's ("Tomás Echeverría became champion ..., behind his rival
            # X at Yas Marina" ... "the 26-year-old said")
            name = people[0]
        self.names.note_speaker(mention.start, name)
        return name

    def issuer(
        self, mention: Mention, role: str
    ) -> tuple[str, Literal["person", "organisation"]] | None:
        """Who issued the text ``the statement`` stands for: the subject of the sentence,
        in this paragraph or the one before, that gives ``a statement`` (``Castellan
        Foods said in a statement that ...``, ``In a statement read by his sister, the
        family thanked ...``: rule A209), or else the subject of the verb nearest that
        phrase (rule A255); None when no such sentence names one."""
        words = mention.text.lower().split()
        if words[-1] != role or role not in _ISSUED_TEXTS:
            return None
        if (
            len(words) == 3
            and words[0] in _ARTICLES
            and self.lex.role_kind(words[1]) == "org"
            and (body := self.names.resolve_organisation(mention.start, words[1])) is not None
        ):
            # rule A1008: a body's noun before the text's is the body named before ("The
            # Ministry of Education and Research says ... A ministry statement said")
            return body, "organisation"
        if words[0] in ("a", "an"):
            # rule A273: "Wexham Rovers issued a statement saying ...": the statement is
            # given in this very sentence, by the subject of the verb before it
            subject = self.giver(mention)
            if subject is None and self._after_quotation_only(mention.start):
                # rule A921: after a quotation opening its sentence, a body or person
                # named opening the sentence before, in its paragraph ("NHS England said
                # ... '...,' a statement said"; not "Pence himself released a statement")
                subject = self._previous_subject(mention.start, opening=True)
                if subject is not None and subject.kind not in ("name", "organisation"):
                    subject = None
            return self._issuing(subject) if subject is not None else None
        if words[0] != "the":
            return None
        # rule A1052: the author written right after the same text named shortly before
        # ("A report published last month by the ... group Lestari Watch, titled ...
        # '...,' the report said")
        named = last_match(
            _issued_text(role, definite=True),
            self.text,
            max(0, mention.start - _ISSUER_REACH),
            mention.start,
        )
        author = (
            self.author_after(Mention(named.start(), named.end(), named[0], "nominal"), by=True)
            if named is not None
            else None
        )
        if author is not None and author[0][:1].isupper():
            return author  # (a named author: not "issued through his solicitors")
        # the last "a statement" shortly before, modifiers allowed ("a two-page
        # resignation letter")
        issued = last_match(
            _issued_text(role), self.text, max(0, mention.start - _ISSUER_REACH), mention.start
        )
        if issued is None:
            return self._text_verb_issuer(mention, role)
        at = issued.start() - 1  # (the space before the article, or -1 at the start)
        tokens = self.paragraph(at + 1)
        k = bisect.bisect_left(tokens, at + 1, key=_start)
        if k == len(tokens) or tokens[k].start >= mention.start:
            return None
        sentence = tokens[k].sentence
        end = bisect.bisect_right(tokens, sentence, key=_sentence)
        # (rule A711: a report's issuer is the subject of the verb nearest it: "The
        # Welsh Government has no plan, a Senedd committee concluded in a report")
        subject = self.sentence_subject(tokens, sentence, end) if role != "report" else None
        if subject is not None and any(
            tokens[j].lower == "that"
            # rule A1293: or a reporting verb of its own ("the airline said flight SD 227
            # had"; not a participle, "a statement posted on ... and signed by X")
            or (
                tokens[j].lower in self.lex.verb_forms
                and tokens[j].text.islower()
                and tokens[j + 1].lower not in _PREPOSITIONS
                and tokens[j - 1].lower not in _PASSIVE_AUXILIARIES
            )
            for j in range(
                bisect.bisect_left(tokens, issued.end(), key=_start),
                bisect.bisect_left(tokens, subject.start, key=_start),
            )
        ):
            # rule A364: a name in the clause the text opens is no issuer ("X said in a
            # statement that President Y "..."": Y is in what the statement says)
            subject = None
        if subject is not None:
            verbs = self.lex.verb_forms
            for j in range(bisect.bisect_left(tokens, subject.end, key=_start), k):
                if tokens[j].lower in verbs and tokens[j + 1].capitalised:
                    return None  # another's text: "The Times said Cook provided a statement"
            found = self._issuing(subject)
            if found is not None:
                return found
        # rule A255: else the subject of the verb nearest the text: past a role phrase
        # ("The chair of ..., Lorraine Mbeki-Hart, told residents in a letter"), or after
        # the phrase ("In a statement issued through police, the boy's family thanked")
        subject = self.text_verb_subject(tokens, sentence, k)
        if subject is None or (
            # (rule A711: a report only a name's, given by its verb "in" it: "The
            # Ombudsman counted ... in its latest report"; not "examining a report")
            role == "report"
            and (
                not _named_issuer(subject)
                or not _IN_BEFORE.search(self.text, max(0, at - 4), at + 1)
            )
        ):
            return None
        return self._issuing(subject)

    def _text_verb_issuer(
        self, mention: Mention, role: str
    ) -> tuple[str, Literal["person", "organisation"]] | None:
        """Who issued ``the post`` or ``the tweet`` by the verb of the same word shortly
        before it (rule A785: "The fire service has posted on X that ... "...," the post
        said"): that verb's subject; None when no such verb is written."""
        posted = last_match(
            _text_verb(role), self.text, max(0, mention.start - _ISSUER_REACH), mention.start
        )
        if posted is None:
            return None
        tokens = self.paragraph(posted.start())
        v = bisect.bisect_left(tokens, posted.start(), key=_start)
        if v == len(tokens) or tokens[v].start != posted.start():
            return None
        while v > 1 and tokens[v - 1].lower in _AUXILIARIES:
            v -= 1
        found = mention_before(tokens, v, self.lex)
        return self._issuing(found[0]) if found is not None else None

    def text_verb_subject(self, tokens: list[Token], sentence: int, k: int) -> Mention | None:
        """The subject of the verb nearest token ``k`` in ``sentence``: the verbs before
        it first, nearest first, then those after it; None when none has a subject."""
        first = bisect.bisect_left(tokens, sentence, key=_sentence)
        end = bisect.bisect_right(tokens, sentence, key=_sentence)
        verbs = self.lex.verb_forms
        for v in [*range(k - 1, first, -1), *range(k + 1, end)]:
            tok = tokens[v]
            if tok.is_quote or not tok.text.isalpha() or not tok.text.islower():
                continue
            if (
                tok.lower not in verbs
                and not tok.lower.endswith("ed")
                # rule A1298: or an irregular past ("sent out a statement", "put out")
                and tok.lower not in _GIVING_PAST
            ):
                continue
            found = mention_before(tokens, v, self.lex)
            if found is None:
                continue
            mention = found[0]
            if self.lex.role_kind((mention.role or "").lower()) == "text":
                continue  # "a statement released through gardai"
            return mention
        return None

    def _issuing(self, subject: Mention) -> tuple[str, Literal["person", "organisation"]] | None:
        """The name of the issuer ``subject`` stands for, and its kind; None if none."""
        if subject.kind == "name":
            return self._named(subject.text.split(), subject.start)
        if subject.kind == "organisation":
            words = subject.text.split()
            if words[0].lower() == "the" and len(words) > 1:
                words = words[1:]
            body = self.names.resolve_organisation(subject.start, " ".join(words).lower())
            return body or self.names.canonical(words, subject.start), "organisation"
        if subject.kind == "nominal" and subject.role in ("family", "campaign"):
            return subject.text, "organisation"
        if subject.kind == "nominal":
            # rule A710: a group and its people ("A group of 400 doctors", "A coalition
            # of 30 charities"); rule A717: or people counted ("More than 200 faculty
            # members signed an open letter")
            kind = plural_role(subject.role or "", self.lex)
            grouped = " of " in subject.text
            if kind == "person" and (
                grouped or _COUNTED.search(self.text, max(0, subject.start - 8), subject.end)
            ):
                return subject.text, "person"
            if kind == "org" and grouped:
                return subject.text, "organisation"
        if subject.kind == "pronoun" and subject.text.lower() == "it":
            # rule A1171: the body "it" stands for, opening the sentence before, as for
            # "it said" (A210: "The Prime Minister's Office rejected the criticism. In a
            # statement ..., it said ... "...," the statement said")
            opener = self._as_body(self._previous_subject(subject.start, opening=True))
            return (
                self._issuing(opener) if opener is not None and opener.kind != "pronoun" else None
            )
        if subject.kind == "pronoun" and subject.text.lower() in ("he", "she"):
            # rule A550: the person the pronoun stands for ("In a written response to
            # questions, he said ...")
            entry = self.lex.pronouns.get(subject.text.lower())
            name = self.names.resolve(subject.start, gender=entry[0] if entry else None)
            return (name, "person") if name is not None else None
        return None

    def text_owner(
        self, quote: Quote, mention: Mention, cue: Cue | None, rule: str
    ) -> Speaker | None:
        """Who wrote a text named with a possessive pronoun (``Her report``, ``its
        letter``: rule A270), as that pronoun resolves; None for any other text."""
        subject = _owner_pronoun(mention.start, mention.text.partition(" ")[0])
        if subject is not None:
            return self.resolve(quote, subject, cue, rule).speaker
        body = self._owning_body(mention)
        owner = self.resolve(quote, body, cue, rule).speaker if body is not None else None
        if owner is None:
            # rule A881: an unnamed person's text ("But one Hartford fan's post on a
            # supporters' forum summed up the mood:"): that person, as described
            words = mention.text.split()
            if words[0] in OPENING_CONJUNCTIONS:
                words = words[1:]
            held = next((j for j, w in enumerate(words[1:-1], 1) if possessive(w)), None)
            if held is not None and words[0].lower() in _UNNAMED_OPENERS:
                role = words[held][:-2] if words[held][-2:] in ("'s", "’s") else words[held]
                if self.lex.role_kind(role.lower()) == "person":
                    return Speaker(" ".join([*words[:held], role]), "person", None, role.lower())
        # (no place: "the newspaper's editorial", not "Baton Rouge")
        return owner if owner is not None and not self.lex.is_place(owner.name) else None

    def _owning_body(self, mention: Mention) -> Mention | None:
        """The body a definite noun in the possessive before a text names (rule A799:
        "The regional district's evacuation order"): a mention of that body; None for
        any other text."""
        words = mention.text.split()
        if words[0].lower() != "the":
            return None
        owner = next((j for j, w in enumerate(words[1:-1], 1) if possessive(w)), None)
        if owner is None:
            return None
        role = words[owner][:-2] if words[owner][-2:] in ("'s", "’s") else words[owner][:-1]
        if owner == 1 and role.isupper() and len(role) > 1:
            # rule A959: or a body's initials ("The AU's communiqué praised"): that body
            start = mention.start + len(words[0]) + 1
            return Mention(start, start + len(role), role, "organisation")
        if owner > 1 and all(w[:1].isupper() for w in words[1 : owner + 1]):
            # rule A1295: or a body's name ("The Fiji Meteorological Service's latest
            # report says"): that name
            start = mention.start + len(words[0]) + 1
            text = " ".join([*words[1:owner], role])
            return Mention(start, start + len(text), text, "name")
        if not words[owner].islower() or self.lex.role_kind(role) != "org":
            return None
        text = " ".join([*words[:owner], role])
        return Mention(mention.start, mention.start + len(text), text, "organisation", role)

    def pronoun_issuer(
        self, quote: Quote, mention: Mention, cue: Cue | None, rule: str
    ) -> Speaker | None:
        """Who issued ``a statement`` given in its own sentence by a pronoun (rule A389:
        "At the time, she released a statement saying, "..."), as that pronoun resolves;
        None otherwise."""
        if mention.text.split(" ", 1)[0].lower() not in ("a", "an"):
            return None
        subject = self.giver(mention)
        if subject is None or subject.kind != "pronoun":
            return None
        # (without the cue: "it" gave the text, it did not read it, as 'It read: "..."'
        # would ask for that text again)
        return self.resolve(quote, subject, None, rule).speaker

    def _opens_sentence(self, pos: int) -> bool:
        """Whether the token at ``pos`` opens its sentence."""
        tokens = self.paragraph(pos)
        k = bisect.bisect_left(tokens, pos, key=_start)
        return k == 0 or (k < len(tokens) and tokens[k - 1].sentence != tokens[k].sentence)

    def _after_quotation_only(self, at: int) -> bool:
        """Whether only a quotation and punctuation come before ``at`` in its sentence."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == 0 or k == len(tokens):
            return False
        sentence = tokens[k].sentence
        quoted = False
        while k > 0 and tokens[k - 1].sentence == sentence:
            k -= 1
            if tokens[k].is_quote:
                quoted = True
            elif tokens[k].text[:1].isalnum():
                return False
        return quoted

    def giver(self, mention: Mention) -> Mention | None:
        """The subject of the verb that gives the text ``a statement`` in its own
        sentence (rules A273, A389: "Wexham Rovers issued a statement saying")."""
        tokens = self.paragraph(mention.start)
        k = bisect.bisect_left(tokens, mention.start, key=_start)
        return self.text_verb_subject(tokens, tokens[k].sentence, k)

    def author_after(
        self, mention: Mention, *, by: bool = False
    ) -> tuple[str, Literal["person", "organisation"]] | None:
        """Who a text is said to come from right after it: ``a statement from the
        company``, ``a statement released by the Harbour Police Department`` (rule
        A213); with ``by``, only after "by" (not "a statement from Belém Palace");
        None when no author follows."""
        m = _AUTHOR_AFTER.match(self.text, mention.end)
        if m is None or (by and not _BY.search(m[0])):
            return None
        if m["described"] is not None:
            described = m["described"]
            person = self.lex.role_kind(described.rsplit(" ", 1)[1]) == "person"
            return (described, "person") if person else None
        if m["group"] is not None:
            kind = self.lex.role_kind(singular(m["group"].rsplit(" ", 1)[1]))
            return (m["group"], "person") if kind in ("person", "org") else None
        if m["role"] is not None:
            entry = self.lex.roles.get(m["role"])
            if entry is None or entry[1] != "org":
                return None
            body = self.names.resolve_organisation(mention.start, m["role"])
            if body is None:
                # (rule A998: as written; rule A1110: with no words before it too, "a
                # statement from the council")
                body = m["qualified"] + m["role"]
            return body, "organisation"
        if m["noun"] and self.lex.role_kind(m["noun"].split()[-1]) != "org":
            return None  # (not "published by the government on Friday")
        words = m["name"].split()
        while words and words[-1] in ("of", "for", "and", "&", "the"):
            words.pop()
        while len(words) > 1 and (words[0] in self.lex.titles or modifier_word(words[0])):
            # (rule A717: "organised by Professor X"; rule A733: "by the Asunción-based
            # Fundación Bosque Vivo")
            del words[0]
        if words[-1].endswith(("'s", "’s")):
            return None  # (rule A1052: a possessive's noun, not its name, is the author)
        # (rule A1052: up to a sentence's period, "from Belém Palace. He will")
        end = next(
            (
                i + 1
                for i, word in enumerate(words)
                if word.endswith(".")
                and len(word) > 3
                and "." not in word[:-1]
                and word[:-1] not in self.abbreviations
            ),
            len(words),
        )
        del words[end:]
        if words[-1].endswith(".") and words[-1][:-1] not in self.abbreviations:
            words[-1] = words[-1][:-1]  # the sentence's period, not an abbreviation's
        return self._named(words, m.start("name"))

    def _named(self, words: list[str], at: int) -> tuple[str, Literal["person", "organisation"]]:
        """The fullest name of ``words`` at ``at``, and whether a person or a body bears
        it (a body: no title, gender or known given name: ``Oakvale Homes``)."""
        name = self.names.canonical(words, at)
        return name, "organisation" if self.names.impersonal(name) else "person"

    def body_described(self, mention: Mention) -> str | None:
        """The organisation a definite description in lower case names: ``the hurricane
        center`` after ``the National Hurricane Center`` (rule A208); None if none."""
        words = mention.text.split()
        if len(words) < 3 or words[0].lower() != "the" or not words[1].islower():
            return None
        return self.names.body_named(words[1:], mention.start)

    def sentence_before(self, at: int) -> tuple[list[Token], int, int, int] | None:
        """The tokens of the paragraph holding ``at``, the index of the token at ``at``,
        the first token of its sentence and the first of the sentence before; None when
        ``at`` is past the paragraph's tokens or its sentence opens the paragraph."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        if first == 0:
            return None
        return (
            tokens,
            k,
            first,
            bisect.bisect_left(tokens, tokens[first - 1].sentence, key=_sentence),
        )

    def _sentence_before_pronoun(self, at: int) -> tuple[list[Token], int, int, int] | None:
        """:meth:`sentence_before` for the pronoun at ``at``, None too when someone is
        named before the pronoun in its own sentence ("Lee said he had")."""
        found = self.sentence_before(at)
        if found is None:
            return None
        tokens, k, first, _ = found
        return None if any(t.capitalised for t in tokens[first + 1 : k]) else found

    def role_subject(self, at: int, gender: str) -> str | None:
        """The person a definite role noun stands for when it is the subject of the
        sentence before the pronoun at ``at`` (``The chairman said schools would stay
        closed. "...," he said``: rule A173); None otherwise."""
        found = self.sentence_before(at)
        if found is None:
            return None
        tokens, _, start, first = found
        # "The chairman said", "Asked ..., the director paused": "the" and a role noun
        # opening the sentence before, or its main clause after a comma
        for j in range(first, start - 2):
            if tokens[j].lower != "the" or not (
                j == first
                or tokens[j - 1].text == ","
                # rule A662: or after a conjunction opening it ("But the rapper was
                # unrepentant on Instagram. "...," he posted")
                or (j == first + 1 and tokens[first].lower.capitalize() in OPENING_CONJUNCTIONS)
            ):
                continue
            # (a place before the role: "the Montana senator", rule A246)
            place = (
                tokens[j + 1].text if tokens[j + 1].capitalised and j + 3 < len(tokens) else None
            )
            at_role = j + 2 if place is not None else j + 1
            if place is not None and place.isupper() and len(place) > 1:
                place = None  # rule A380: a body's acronym, no place ("the NEC chairperson")
            verb_next = (
                tokens[at_role + 1].text.isalpha()
                and tokens[at_role + 1].text.islower()
                and tokens[at_role + 1].lower not in _PREPOSITIONS
            )
            if (
                j > first
                and tokens[j - 2].capitalised
                and tokens[j - 2].text not in self.lex.nonnames
                # (rule A306: not when its verb follows, "Asked about the Northwest
                # Passage, the minister chose")
                and not verb_next
            ):
                continue  # in apposition to a name: "Brian Murphy, the chairman of ..."
            # rule A252: past a modifier ("The chief selector also indicated") and a
            # clause between commas ("The administrator, who toured ..., said")
            if (
                at_role + 2 < len(tokens)
                and tokens[at_role].text.isalpha()
                and tokens[at_role].text.islower()
                and tokens[at_role + 1].lower in self.lex.roles
                and (
                    tokens[at_role].lower not in self.lex.roles
                    # rule A362: or a role noun before a person's ("The union president
                    # said", "the chief minister told")
                    or self.lex.role_kind(tokens[at_role + 1].lower) == "person"
                )
            ):
                at_role += 1
                modifier = tokens[at_role - 1].lower
            else:
                modifier = None
            after = at_role + 1
            apposed = None
            if after < len(tokens) and tokens[after].text == ",":
                close = next(
                    (
                        c
                        for c in range(after + 1, min(len(tokens) - 1, after + _MAX_AFTER_SUBJECT))
                        if tokens[c].text == ","
                    ),
                    None,
                )
                if close is not None:
                    if close > after + 2 and all(t.capitalised for t in tokens[after + 1 : close]):
                        # rule A783: the name in apposition to the role ("The education
                        # minister, João Carvalho Neves, has described")
                        apposed = (tokens[after + 1].start, tokens[close].start)
                    after = close + 1
            if after >= len(tokens):
                return None
            role, verb = tokens[at_role].lower, tokens[after]
            if not verb.text.islower() or verb.lower in _PREPOSITIONS:
                return None  # not the subject: "the chairman of the party"
            entry = self.lex.roles.get(role)
            if entry is None or entry[1] != "person" or (entry[0] and entry[0] != gender):
                return None
            if apposed is not None and (
                name := self.names.first_holder(apposed[0], apposed[1], role)
            ):
                return name if self.names.gender_of(name) in (None, gender) else None
            if place is not None:
                return self.names.resolve_role(tokens[j].start, role, gender=gender, place=place)
            if modifier is not None:
                # rule A363: the holder of the role with its modifier first ("The finance
                # minister" is "Finance Minister X", not the deputy prime minister)
                held = self.names.resolve_role(tokens[j].start, f"{modifier} {role}", gender=gender)
                if held is not None:
                    return held
            return self.names.resolve_role(
                tokens[j].start, role, gender=gender
            ) or self.role_introduced(tokens[j].start, role, gender)
        return None

    def role_introduced(self, at: int, role: str, gender: str | None) -> str | None:
        """The person the writer introduced by ``role`` shortly before ``at``: the full
        name opening the sentence before the first sentence that opens with ``the`` and
        the role noun, in its paragraph (rule A218: "Chidinma Okafor-Adeyemi did not set
        out to ... The Nigerian novelist, whose ..., told ..."); None when there is none
        or that person is known to be of the other gender."""
        if not _one_person(role):
            return None
        text, verbs = self.text, self.lex.verb_forms
        for m in _role_opening(role).finditer(text, max(0, at - _ROLE_REACH), at):
            before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t\u00a0")
            if before and before[-1] not in '.!?\n"”':
                continue  # not opening its sentence
            if any(w in verbs or w in _PREPOSITIONS for w in m.group(1).lower().split()):
                continue  # a clause, not modifiers: "The man who met the novelist"
            name = self.previous_subject(m.start(), opening=True)
            if name is None or " " not in name:
                continue
            known = self.names.gender_of(name)
            if gender and known and known != gender:
                continue
            return name
        return None

    def previous_subject(
        self, at: int, *, body: bool = False, opening: bool = False, across: bool = False
    ) -> str | None:
        """The canonical name of the person (with ``body``, of the body: an organisation,
        or a name no person bears) opening the sentence before the one at ``at``, in the
        same paragraph; None when that sentence opens with no such name. With
        ``opening``, the name must open the sentence or follow its opener's comma; with
        ``across``, a sentence opening its paragraph looks at the last sentence of the
        paragraph before."""
        subject = self._previous_subject(at, opening=opening, across=across)
        if subject is None or (
            subject.kind != "name" and not (body and subject.kind == "organisation")
        ):
            return None
        name = self.names.canonical(subject.text.split(), subject.start)
        if body and subject.kind == "name" and not self.names.impersonal(name):
            return None
        return name

    def _previous_body_name(self, mention: Mention) -> str | None:
        """For ``the <noun>`` of one body (``the consortium``), the body opening the
        sentence before, when it is named, capitalised (rule A1306: "The Consorzio Laguna
        Veneta ... said ... "...," the consortium said"); None for an office of state
        (``the government``), a plural, or no such name."""
        role = mention.role or ""
        if role in _OFFICES_OF_STATE or plural_role(role, self.lex) is not None:
            return None
        name = self.previous_subject(mention.start, body=True, opening=True)
        if name is None or not all(
            # (a name's words: not "The plan also funds platform")
            w[:1].isupper() or w in PARTICLES or w in _NAME_LINKS or self.lex.role_kind(w) == "org"
            for w in name.split()[1:]
        ):
            return None
        return name

    def described_teller(self, at: int, gender: str) -> Mention | None:
        """The unnamed person described as the subject of the sentence holding the
        pronoun at ``at`` when the pronoun opens the clause that person's reporting verb
        reports (``A former ferry engineer told the inquiry on Monday that she had
        warned``: rule A807), and is not of the other gender; None otherwise."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == 0 or k + 1 >= len(tokens):
            return None
        verbs = self.lex.verb_forms
        opens = tokens[k - 1].lower in ("that", "said")
        # (rule A1031: or the subject of a reporting verb further on in that clause,
        # no one named between: "A government official said ministers were considering
        # a ban, a measure he described as")
        if not opens and tokens[k + 1].lower not in verbs:
            return None
        subject = self.sentence_subject(tokens, tokens[k].sentence, k)
        if subject is None or not self._unnamed_person(subject, gender):
            return None
        after = bisect.bisect_left(tokens, subject.end, key=_start)
        verb = next((v for v in range(after, k) if tokens[v].lower in verbs), None)
        if verb is None or not tokens[verb].text.islower():
            return None
        if not opens and any(t.capitalised or t.is_quote for t in tokens[verb + 1 : k]):
            return None
        return subject

    def speaking_subject(self, at: int, gender: str | None) -> str | None:
        """The person a pronoun at ``at`` stands for when the sentence before, in the
        same paragraph, has them as its main subject (``Dr. Eyvindur Halldorsson, an
        economist, said ... "...," he said``: rules A201, A205), no one is named before
        the pronoun in its own sentence, and they are not known to be of the other
        gender; None otherwise."""
        found = self._sentence_before_pronoun(at)
        if found is None:
            return None
        tokens, _, first, opening = found
        if tokens[opening].text in OPENING_CONJUNCTIONS and opening + 2 < first:
            opening += 1  # (rule A1063: after a conjunction, "But for Sandra Keogh, whose")
        if tokens[opening].lower == "for" and tokens[opening + 1].capitalised:
            # rule A220: the person it opens with as its topic ("For Kuare Tembe, a
            # leader of ..., the numbers tell only part of the story")
            return self.names.speaker_at(tokens[opening + 1].start, tokens[first - 1].end, gender)
        subject = self._previous_subject(at, opening=False)
        if (
            subject is not None
            and subject.kind == "nominal"
            and (
                subject.text.split(" ", 1)[0].lower() in _UNNAMED_OPENERS
                # rule A547: or as the relative of someone named ("the mother of X"); rule
                # A603: or by a name's possessive ("Adam's mother, who asked not to be
                # named, said"; not "his mother", measured worse)
                or (
                    subject.role in KIN_NOUNS
                    and (
                        self.text.startswith(" of ", subject.end)
                        or possessive(subject.text.split(" ", 1)[0])
                    )
                )
                # rule A1058: or as someone's representative ("But her spokesman later
                # struck a more contrite tone. "...," he said")
                or (
                    subject.text.split(" ", 1)[0].lower() in ("her", "his", "their")
                    and _representative(subject.role or "")
                )
            )
        ):
            # rule A301: a person described, not named, who speaks in that sentence ("A
            # JMC process engineer who grew up in the township ... said"); rule A854: not
            # one of the other gender ("One boy has written ... "...," she said")
            entry = self.lex.roles.get((subject.role or "").lower())
            if gender and entry is not None and entry[0] in ("m", "f") and entry[0] != gender:
                return None
            if gender and (
                entry[1] != "person"
                if entry is not None
                else not (subject.role or "").endswith(_AGENT_ENDINGS)
            ):
                # rule A1303: no thing ("A toxic algal bloom killed ..."): a noun the
                # lexicon lists as a person's, or one ending as an agent's ("One
                # polisher", "Another patient", "A civil servant")
                return None
            if self._beside_name(subject, tokens[opening]):
                return None
            return self._unnamed_speaker(tokens, subject, first)
        if (
            subject is not None
            and subject.kind == "nominal"
            and subject.text.lower().startswith("the ")
            and (entry := self.lex.roles.get((subject.role or "").lower())) is not None
            and entry[1] == "person"
            and entry[0] in (None, gender)
        ):
            # rule A758: a role noun for one named before ("The Liga chief dismissed
            # the criticism. "...," he said")
            role = (subject.role or "").lower()
            return self.names.resolve_role(
                subject.start, role, gender=gender
            ) or self.described_before(subject, role)  # rule A800: or described unnamed
        if subject is None or subject.kind != "name":
            return None
        if subject.text.isupper() and " " not in subject.text:
            return None  # rule A604: an acronym is a body's, no "he" or "she" ("ATUZ said")
        # rule A884: the one a reporter spoke to, after the reporter ("Aydan spoke to
        # Mihai Popescu, 61, outside his bakery. "...," he said")
        return self.names.interviewee(
            subject.end, tokens[first - 1].end, gender
        ) or self.names.speaker_at(subject.start, subject.end, gender)

    def _beside_name(self, subject: Mention, opening: Token) -> bool:
        """Whether the description ``subject``, in a sentence opening with ``opening``,
        is set after a comma beside a person's name or age (rule A1304: "Among the
        signatories is Mr Rajendran Muthu, 71, a volunteer at the centre"), so that the
        name, not the description, is the one a pronoun after stands for; not beside a
        place closing the sentence's opening phrase ("In Rinkeby, one mother", "At the
        church hall in Tagabe, a Red Cross volunteer", "12:45 PM — In Laventille, one
        resident")."""
        at = subject.start - 2
        if not self.text.endswith(", ", 0, subject.start):
            return False
        if self.text[at - 1 : at].isdigit():
            return True
        return (
            self.names.name_ending_at(at) is not None
            and not (
                opening.lower in _PREPOSITIONS
                and self.text.count(",", opening.start, subject.start) == 1
            )
            and not _OPENING_PREPOSITION.search(self.text, 0, at)
        )

    def sole_person_before(self, at: int, gender: str) -> str | None:
        """The one person the sentence before the pronoun at ``at``, in its paragraph,
        names, in any role, when that person is known to be of ``gender``, the sentence
        has no pronoun of that gender and no one is named before the pronoun in its own
        (rule A1066: "That did little to satisfy Ms. Kahale. "...," she said"); None
        otherwise."""
        found = self._sentence_before_pronoun(at)
        if found is None:
            return None
        tokens, _, first, opening = found
        # (rule A1239: but a possessive opening an apposed subject, "His libero, Simone
        # Pace, was calmer", is another's)
        owner = opening
        apposed = _OWNER_APPOSED.match(self.text, tokens[opening].start)
        if apposed is not None and self.lex.role_kind(apposed.group(1).split()[-1]) != "org":
            owner += 1  # (not a body: "His company, Sri Lakshmi Agro Exports, had")
        if any(t.lower in _GENDERED_PRONOUNS[gender] for t in tokens[owner:first]):
            return None
        people = self.names.people_between(tokens[opening].start, tokens[first - 1].end)
        if len(people) != 1:
            return None
        subject = self._previous_subject(at, opening=False)
        if (
            subject is not None
            and subject.kind == "nominal"
            and (
                self.lex.role_kind(subject.role or "") == "person"
                or (subject.role or "")[:1].isupper()  # (a nationality: "the Frenchman")
            )
        ):
            return None  # (a person described is its subject: "Asked whether Rinaldi
            # could now target the jersey, the Frenchman smiled")
        (name,) = people
        known = self.names.gender_of(name)
        if known is None and subject is not None and subject.kind == "name" and " " in name:
            # rule A1239: or of no known gender, when the sentence is about that person
            # ("His libero, Simone Pace, was calmer. "...," he said")
            known = gender if name.endswith(subject.text.split()[-1]) else None
        return name if known == gender else None

    def unnamed_subject_before(self, at: int, gender: str) -> Mention | None:
        """The one person described, unnamed, as the subject of the sentence before the
        pronoun at ``at``, in its paragraph ("Her neighbour at the next stall was
        blunter. "...," he said", "A senior police officer at the scene ... told our
        reporter that ...": rule A1082), when that description is indefinite or owned,
        is no relative's and not of the other gender, and the sentence names no one
        outside it, nor anyone before the pronoun in its own; None otherwise."""
        found = self._sentence_before_pronoun(at)
        if found is None:
            return None
        tokens, _, first, opening = found
        subject = self._previous_subject(at, opening=True)
        if subject is None or subject.kind != "nominal":
            return None
        role = (subject.role or "").lower()
        entry = self.lex.roles.get(role)
        if (
            entry is None
            or entry[1] != "person"
            or entry[0] not in (None, gender)
            or plural_person(role, self.lex)
            # (a relative is named as such: A793; but not the writer's or the speaker's,
            # rule A1243: "My own mother rides Line 1. She told me")
            or (role in KIN_NOUNS and subject.text.split(" ", 1)[0].lower() != "my")
            or role in _COLLECTIVE_PEOPLE  # (rule A1184: "His family is Jewish")
        ):
            return None
        opener, *rest = subject.text.split(" ", 2)
        owned = opener.lower() in ("her", "his", "my")
        described = (
            owned
            or opener.lower() in _UNNAMED_OPENERS
            or (opener[:1].isupper() and possessive(opener))  # ("Mr Hamilton's neighbour")
            # rule A1229: or a body's, after "the" ("The council's environmental health
            # officer, whose report ..., told the committee ... "...," he said")
            or (
                opener.lower() == "the"
                and len(rest) == 2
                and rest[0].islower()
                and possessive(rest[0])
                and self.lex.role_kind(possessive_stem(rest[0])) == "org"
            )
            # rule A1238: or "the" and a role that the words after it make one not met
            # before, which no one named before holds ("The principal of a private school
            # in Model Town was less sure. "...," she said"; not "The sprinter was ..."),
            # with no other of that gender in its sentence ("The contractor who built her
            # block is still awaiting trial. "...," she said")
            or (
                opener.lower() == "the"
                and len(rest) == 1
                and _NEW_ONE_AFTER.match(self.text, subject.end) is not None
                and not any(t.lower in _GENDERED_PRONOUNS[gender] for t in tokens[opening:first])
                and self.names.resolve_role(subject.start, role, gender=gender) is None
            )
        )
        if not described:
            return None  # (nor "the champion": rule A173's)
        if owned and self.names.resolve_role(subject.start, role, gender=gender):
            return None  # (one named with that role before: "her partner Ciarán Duffy")
        start, end = tokens[opening].start, tokens[first - 1].end
        if self.names.people_between(start, subject.start) or self.names.people_between(
            subject.end, end
        ):
            return None
        return subject

    def spokesperson_last(self, at: int, gender: str | None) -> Speaker | None:
        """The body the last quotation went to, when an unnamed spokesperson of
        ``gender`` spoke for it ("a spokeswoman for the authority", "a KBA spokesman"),
        when the pronoun at ``at`` is in the last quotation's sentence or the next, or
        opens the paragraph after the one that quotation ends, and no one who may be a
        person is named since (rule A918); None otherwise."""
        last, linked = self._last_spoken, self._last_mention
        if last is None or linked is None or last[1].kind != "organisation":
            return None
        text = self.text
        role = linked.role or ""
        word = role[6:] if role.startswith("spokes") else None  # ("an Acme spokesman")
        if word is None and (after := _SPOKES_AFTER.match(text, linked.end)) is not None:
            word = after.group(1)
        if word is None and (
            spokes := _SPOKESPERSON_FOR_BEFORE.search(
                text, max(0, linked.start - _SPOKESPERSON_FOR_REACH), linked.start
            )
        ):
            word = spokes.group(1)
        if word is None or _SPOKES_GENDER.get(word, gender) != gender:
            return None
        # the pronoun's sentence is the last quotation's or the next one, in its
        # paragraph or opening the next (not '... said. But the rapper was unrepentant:
        # he posted')
        tokens = self.paragraph(at)
        own = tokens[bisect.bisect_left(tokens, at, key=_start)].sentence
        if (line := self.line(at)[0]) == self.line(last[0] - 1)[0]:
            k = bisect.bisect_right(tokens, last[0] - 1, key=_start) - 1
            if k < 0 or own - tokens[k].sentence > 1:
                return None
        else:
            before = self.paragraph_before(line)
            if not before or own != tokens[0].sentence:
                return None
            k = bisect.bisect_right(before, last[0] - 1, key=_start) - 1
            if k < 0 or before[k].sentence != before[-1].sentence:
                return None
        return None if self.names.person_between(linked.end, at) else last[1]

    def spokesperson_before(self, at: int) -> str | None:
        """The body an unnamed spokesperson speaks for when "A <body> spokesman" is the
        subject of the sentence before the pronoun at ``at``, in its paragraph, and no
        one is named before the pronoun in its own sentence (rule A607); None
        otherwise."""
        found = self.sentence_before(at)
        if found is None:
            return None
        tokens, k, first, opening = found
        if "spokes" not in self.text[tokens[opening].start : tokens[first].start].lower() or any(
            t.capitalised for t in tokens[first + 1 : k]
        ):
            return None  # (cheap tests before its subject is read)
        subject = self._previous_subject(at, opening=True)
        if (
            subject is not None
            and (named := _SPOKES_NAMED.match(self.text, subject.end))
            and self.text[named.end() - 1].isupper()
        ):
            return None  # (rule A678)
        if (
            subject is None
            or subject.kind != "organisation"
            or not self.text.startswith(_SPOKES, subject.end)
            or not _article_before(self.text, subject.start)
        ):
            # rule A621: or the body after "A spokesman for" opening that sentence ("A
            # spokesman for race organizer ASO said ... "...," he said")
            subject = self._previous_subject(at, opening=False)
            if subject is None or subject.kind != "organisation":
                return None
            spokesperson = _SPOKESPERSON_FOR_BEFORE.search(
                self.text, max(0, subject.start - _SPOKESPERSON_FOR_REACH), subject.start
            )
            if spokesperson is None or spokesperson.start() != tokens[opening].start:
                return None
        words = subject.text.split()
        while len(words) > 1 and words[0].islower():
            words.pop(0)  # (its description: "race organizer | ASO")
        return self.names.canonical(words, subject.start)

    def _singular_they(self, at: int) -> str | None:
        """The description of one unnamed person, of no gender, that is the subject of the
        sentence before the "they" at ``at`` and spoke there (rule A1004); None otherwise."""
        subject = self._previous_subject(at, opening=False)
        if (
            subject is None
            or subject.kind != "nominal"
            or subject.text.split(" ", 1)[0].lower() not in _UNNAMED_OPENERS
            or plural_form(subject.role or "")
            or self.lex.roles.get(subject.role or "", (None, None)) != (None, "person")
        ):
            return None
        return self.speaking_subject(at, None)

    def _unnamed_speaker(self, tokens: list[Token], subject: Mention, end: int) -> str | None:
        """Who the first reporting verb of ``subject`` after it, before token ``end``,
        gives as its subject: the name the person gave (``Another passenger, who gave his
        name only as Park, said``), or the description as written when no one else is
        spoken to (not ``A reporter asked Sanders``), or when no reporting verb and no
        name follow it (rule A720: the person acts, ``A grandmother ... stood by the
        ruins``); None otherwise."""
        first = bisect.bisect_left(tokens, subject.start, key=_start)
        verbs = self.lex.verb_forms
        description = None
        # (rule A719: past the description's own words, "a Red Cross volunteer who ...")
        after = bisect.bisect_left(tokens, subject.end, key=_start)
        for v in range(after, end):
            tok = tokens[v]
            if tok.is_quote:
                if description is not None:
                    break  # rule A521: the words its verb gave ('said the gunman had been "calm"')
                if tok.segment is not None and _term_words(tok.segment.text):
                    continue  # rule A716: a term inside the description ('as a "chat admin"')
                return None
            if (
                tok.text.islower()
                and tok.lower in verbs
                # rule A1175: no verb after an article ("at the state power company")
                and tokens[v - 1].lower not in _ARTICLES
            ):
                description = description or subject.text
                found = mention_before(tokens, v, self.lex)
                if found is None and tokens[v - 1].text == ",":
                    # the name set beside the description ("Another member who voted
                    # no, Dr. Samuel Okonjo, said")
                    found = mention_before(tokens, v - 1, self.lex)
                    if (
                        found is not None
                        and (given := _GIVEN_LATER.search(self.text, subject.end, tok.start))
                        is not None
                        and given["who"] == "who"
                    ):
                        # rule A1157: the name its own clause gives ("Another man from the
                        # encampment, who gave his name only as Tommy, said")
                        return self.names.canonical(given["name"].split(), given.start("name"))
                    if found is None or tokens[found[1] - 1].text != ",":
                        continue
                if found is None or (found[1] > first and found[0].kind != "name"):
                    continue  # a verb of a clause inside ("who asked not to be named")
                mention = found[0]
                if mention.kind == "name":
                    if tokens[found[1] - 1].lower in _PREPOSITIONS:
                        break  # rule A504: a place inside it ("A police officer near Ayni said")
                    return self.names.canonical(mention.text.split(), mention.start)
                if mention.kind == "nominal":
                    description = mention.text
                break
        else:
            if (
                description is None
                and self.lex.role_kind(subject.role or "") not in ("org", "text")
                and not any(t.capitalised for t in tokens[after:end])
            ):
                # rule A720: or the person who acts in it, when no reporting verb and no
                # name follow ("a technician who has worked there since 2013 gestured
                # towards the empty pools. "...," he said")
                description = subject.text
        if description is None:
            return None
        v = after
        while v < end - 1:
            if tokens[v].lower == "who" and tokens[v - 1].text == ",":
                # rule A821: not inside its relative clause ("who spoke on condition of
                # anonymity because he still advises Turkish companies,")
                v = next((c for c in range(v + 1, end) if tokens[c].text == ","), end)
                continue
            if (
                tokens[v].lower in verbs
                and tokens[v + 1].capitalised
                # (rule A771: not the subject of the clause "said" reports, "said
                # Khartoum was worried")
                and verbs[tokens[v].lower] not in _CLAUSE_ONLY
            ):
                return None  # someone else spoken to: "A reporter asked Sanders"
            v += 1
        if description == subject.text and (close := _affiliation_end(tokens, after)):
            # rule A1174: with where the person works, before the clause that keeps them
            # unnamed ("A senior figure at the shipyard, who did not want to be named,")
            description = self.text[subject.start : tokens[close - 1].end]
        return description

    def _as_body(self, mention: Mention | None, at: int | None = None) -> Mention | None:
        """``mention`` as an organisation when it is a name no person bears, named as at
        ``at`` (its own start by default: rules A264, A509, "Nairobi City County has
        issued a statement. It says"); else as it is."""
        if mention is None or mention.kind != "name":
            return mention
        where = mention.start if at is None else at
        if not self.names.impersonal(self.names.canonical(mention.text.split(), where)):
            return mention
        return Mention(mention.start, mention.end, mention.text, "organisation", mention.role)

    def reporting_body(self, at: int) -> Mention | None:
        """The organisation that is the subject of a reporting verb earlier in the
        sentence of the pronoun at ``at`` (rule A264); None when there is none."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        found = self._verb_subject(tokens, max(first, k - _MAX_BEFORE + 1, 1), k, at)
        if found is not None and found[0].kind == "pronoun" and found[0].text.lower() == "it":
            # rule A1120: or the body that "it" there stands for in its turn ("the
            # federation said it would issue new quota, which it said showed that")
            return self.reporting_body(found[0].start)
        return found[0] if found is not None and found[0].kind == "organisation" else None

    def acting_body(self, at: int) -> Mention | None:
        """The organisation that is the subject of the past verb nearest before "what it
        called" at ``at`` in its sentence (rule A996: "after the Constitutional Court
        annulled the result over what it called"), or of any verb with a subject there
        (rule A1013: "the Post Office had written to him demanding that he repay £38,000
        in what it called"); None otherwise."""
        if not self.text.endswith("what ", 0, at):
            return None
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        for v in range(k - 2, max(first, k - _MAX_BEFORE), -1):
            tok = tokens[v]
            if tok.is_quote:
                return None
            if tok.text.islower() and (
                (tok.lower.endswith("ed") and tok.lower not in _ED_NOUNS)
                or tok.lower in self.lex.verb_forms
            ):
                found = mention_before(tokens, v, self.lex)
                if found is None:
                    continue  # (a verb with no subject of its own: "demanding that")
                body = self._as_body(found[0], at)
                return body if body is not None and body.kind == "organisation" else None
        return None

    def source_body(self, at: int) -> Mention | None:
        """The organisation named after ``according to`` earlier in the sentence of the
        pronoun at ``at`` (rule A1152: "According to the Hamburg-based consultancy
        Nordstern Economics, each strike day costs ..., a loss it described as"); None
        otherwise."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        for j in range(first, k - 2):
            if tokens[j].lower == "according" and tokens[j + 1].lower == "to":
                found = self.source_named(tokens, j + 1)
                body = self._as_body(found, at) if found is not None else None
                return body if body is not None and body.kind == "organisation" else None
        return None

    def clause_body(self, at: int) -> Mention | None:
        """The organisation that is the subject of a subordinate clause opening the
        sentence of the pronoun at ``at``, before a comma (rule A1296: "When Nordvind
        Energi AS applied for a licence, its environmental assessment described"); None
        when the sentence opens otherwise."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        if tokens[first].lower not in _CLAUSE_OPENERS or first + 2 >= k:
            return None
        found = mention_after(tokens, first, self.lex)
        if found is None or not any(t.text == "," for t in tokens[found[1] : k]):
            return None
        body = self._as_body(found[0])
        return body if body is not None and body.kind == "organisation" else None

    def subject_body(self, at: int) -> Mention | None:
        """The organisation that is the subject of the sentence of the pronoun at ``at``,
        before it (rule A297: "The Water Resources Agency on Monday announced ...,
        citing what it called"); None when there is none."""
        subject = self._subject_before(at)
        if subject is not None and subject.kind == "name" and self._opens_sentence(subject.start):
            # rule A981: or a name no person bears opening the sentence ("Lakeshore said it
            # had offered ..., which it called")
            subject = self._as_body(subject)
        return subject if subject is not None and subject.kind == "organisation" else None

    def text_subject(self, at: int) -> Mention | None:
        """The text named by ``the`` and a text noun opening the sentence of the pronoun
        at ``at``, before a verb ("The report criticised the ministry for what it called":
        rule A788); None when the sentence opens otherwise."""
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens):
            return None
        first = bisect.bisect_left(tokens, tokens[k].sentence, key=_sentence)
        if tokens[first].lower != "the":
            return None
        for v in range(first + 2, min(k, first + _TEXT_SUBJECT_WORDS)):
            if self.lex.role_kind(tokens[v - 1].lower) == "text" and tokens[v].text.islower():
                found = mention_before(tokens, v, self.lex)
                return found[0] if found is not None and found[1] == first else None
        return None

    def coordinated_body(self, at: int) -> Mention | None:
        """The organisation that is the subject of a main clause joined by ", and" to the
        sentence before the pronoun at ``at`` (rule A589: "Inflation has slowed, and the
        Economy Ministry insists the worst is over. In a statement, it said"); None when
        there is none, or more than one."""
        found = self.sentence_before(at)
        if found is None:
            return None
        tokens, _, start, first = found
        bodies = []
        for j in range(first + 1, start - 1):
            if tokens[j].lower != "and" or tokens[j - 1].text != ",":
                continue
            subject = mention_after(tokens, j, self.lex)
            if (
                subject is not None
                and subject[0].kind == "organisation"
                and subject[1] < start
                # (its verb: a word in lower case, no preposition)
                and tokens[subject[1]].text.isalpha()
                and tokens[subject[1]].text.islower()
                and tokens[subject[1]].lower not in _PREPOSITIONS
            ):
                bodies.append(subject[0])
        return bodies[0] if len(bodies) == 1 else None

    def closing_body(self, at: int) -> Mention | None:
        """The organisation that closes the sentence before the pronoun at ``at`` as the
        subject of its reporting verb, after a comma (rule A626: "The talks aim to secure
        a ceasefire, the AU said in a statement. It called the meeting "...""); None
        otherwise."""
        found = self.sentence_before(at)
        if found is None:
            return None
        tokens, _, first, opening = found
        subject = self._verb_subject(tokens, opening + 1, first, at, lowercase=True)
        if subject is None or subject[0].kind != "organisation":
            return None
        j = subject[1] - 1
        if j > opening and tokens[j].lower == "the":
            j -= 1  # (its article: "..., the AU said")
        return subject[0] if j > opening and tokens[j].text == "," else None

    def _verb_subject(
        self, tokens: list[Token], start: int, stop: int, at: int, *, lowercase: bool = False
    ) -> tuple[Mention, int] | None:
        """The subject of the last reporting verb in ``tokens[start:stop]`` (in lower case
        with ``lowercase``), as a body when it is a name no person bears (rules A264,
        A626), and its first token's index; None when a quotation comes first, or the
        verb has no subject."""
        verbs = self.lex.verb_forms
        for v in range(stop - 1, start - 1, -1):
            tok = tokens[v]
            if tok.is_quote:
                return None
            if tok.lower in verbs and (tok.text.islower() or not lowercase):
                found = mention_before(tokens, v, self.lex)
                if found is None:
                    return None
                body = self._as_body(found[0], at)  # (or a name no person bears: "the AU")
                return (body, found[1]) if body is not None else None
        return None

    def role_holder_before(
        self, tokens: list[Token], body: tuple[Mention, int] | None, end: int
    ) -> tuple[Mention, int] | None:
        """The name before the appositive that ``body`` is in and that ends at ``end``,
        when the appositive gives a person's role (``Dr. X, an archaeologist with Prairie
        Heritage Geophysics``: rule A349; ``Jason Pruitt, a Hadley father of three``:
        rule A439, past the body); None otherwise."""
        start = body[1] if body is not None else end
        comma = next(
            (
                c
                for c in range(start - 1, max(0, start - _MAX_ROLE_PHRASE) - 1, -1)
                if tokens[c].text == ","
            ),
            None,
        )
        if (
            body is not None
            and body[0].kind == "nominal"
            and start > 1
            and tokens[start - 1].text == ","
        ):
            comma = start - 1  # rule A405: the role itself ("X, a civil engineer, who")
        elif comma is None or not any(
            # (rule A617: "vice-president of the Prairie Producers Alliance, who said")
            self.lex.role_kind(t.lower) == "person" or prefixed_role(t.text, self.lex)
            for t in tokens[comma + 1 : end]
        ):
            return None
        person = mention_before(tokens, comma, self.lex)
        return person if person is not None and person[0].kind == "name" else None

    def question(self, at: int) -> tuple[str, str | None, str | None] | None:
        """The question asked in the sentence before ``at`` (same paragraph), whose
        answer a quotation at ``at`` may be: ``(asker, asked, gender)``, the canonical
        names of the one who asked and of the one asked when named (``Sen. Mark Jones
        asked Smith whether ...``: rule A459), or the gender of the object pronoun that
        stands for the one asked (``Green MP Lupe Fa'asalele asked her whether ...``:
        rule A333); None when that sentence asks no one."""
        if self.text.rfind("asked ", self.line(at)[0], at) < 0:
            return None  # (most paragraphs: no token to read)
        found = self.sentence_before(at)
        if found is None:
            return None
        tokens, _, first, opening = found
        names = self.names
        for v in range(opening + 1, first - 1):
            if tokens[v].lower != "asked":
                continue
            asking = mention_before(tokens, v, self.lex)
            if asking is None or asking[0].kind != "name":
                return None
            asker = names.canonical(asking[0].text.split(), asking[0].start)
            obj = tokens[v + 1]
            if obj.lower in _OBJECT_PRONOUNS:
                return asker, None, self.lex.pronouns.get(obj.lower, (None,))[0]
            asked = mention_after(tokens, v, self.lex) if obj.capitalised else None
            if (
                asked is not None
                and asked[0].kind == "name"
                and asked[1] < first
                and tokens[asked[1]].lower in _QUESTION_WORDS
            ):
                return asker, names.canonical(asked[0].text.split(), asked[0].start), None
            return None
        return None

    def _asked_before(self, at: int) -> bool:
        """Whether the last sentence of the paragraph before the one holding ``at`` says
        its subject was asked ("Donald Trump was asked a relatively straightforward
        question": the one asked, not the one asking; rule A1159)."""
        tokens = self.paragraph(at)
        before = self.paragraph_before(tokens[0].start) if tokens else None
        if not before:
            return False
        last = bisect.bisect_left(before, before[-1].sentence, key=_sentence)
        return any(
            before[j].lower in ("was", "were") and before[j + 1].lower == "asked"
            for j in range(last, len(before) - 1)
        )

    def _asked_aloud(self, at: int) -> bool:
        """Whether the sentence before ``at``, in its paragraph, is a quoted question and
        ``asked`` after it (rule A796: '"So it was never found?" Mutua asked.')."""
        found = self.sentence_before(at)
        if found is None:
            return False
        tokens, _, first, opening = found
        return (
            tokens[opening].is_quote
            and tokens[opening].text.rstrip(_CLOSING_MARKS)[-1:] == "?"
            and any(t.lower == "asked" for t in tokens[opening + 1 : first])
        )

    def _pronoun_opens_last_sentence(self, mention: Mention) -> bool:
        """Whether the pronoun ``mention`` is written, capitalised, opening the last
        sentence of the paragraph before (a cheap test of the text for rule A1194)."""
        start = self.line(mention.start)[0]
        tail = self.text[max(0, start - 400) : start].rstrip()
        k = tail.rfind(mention.text.capitalize() + " ")
        return k >= 0 and (k == 0 or not tail[k - 1].isalnum()) and ". " not in tail[k:]

    def pronoun_subject_before(
        self, at: int, gender: str | None, *, across: bool = False
    ) -> str | None:
        """The person ``he`` or ``she`` stands for when it opens the sentence before
        ``at`` in its paragraph, not known to be of another gender than ``gender``
        (rule A708: "X finishes his tea. Asked whether he is happy, he considers the
        question. "...," the retired civil servant says"); with ``across``, the last
        sentence of the paragraph before for one opening its own; None otherwise."""
        subject = self._previous_subject(at, opening=True, across=across)
        if subject is None or subject.kind != "pronoun":
            return None
        entry = self.lex.pronouns.get(subject.text.lower())
        pronoun_gender = entry[0] if entry is not None else None
        if pronoun_gender not in ("m", "f") or (gender and gender != pronoun_gender):
            return None
        return self.speaking_subject(subject.start, pronoun_gender) or self.names.resolve(
            subject.start, gender=pronoun_gender
        )

    def _pronoun_across(self, at: int, role: str, gender: str | None) -> str | None:
        """For a role noun at ``at`` opening a paragraph's cue, whom ``he`` or ``she``
        opening the last sentence of the paragraph before stands for (rule A1212: "He has
        enrolled two fields ... (paragraph) "...," the farmer said"); None when there is
        no such pronoun, or when the role or its plural is written as someone's title
        before ("hosts Joe Scarborough and Mika Brzezinski ... the host said")."""
        titled = regex.search(rf"\b(?i:{regex.escape(role)})s?\s+\p{{Lu}}", self.text, endpos=at)
        return None if titled else self.pronoun_subject_before(at, gender, across=True)

    def _past_asker(self, at: int, name: str | None, gender: str | None) -> str | None:
        """``name``, the subject of the sentence before ``at``, unless that sentence has
        them ask someone a question: then the one asked, when not known to be of another
        gender than ``gender`` (rule A459: "Delgado-Whitfield asked her whether ...
        "...," the researcher replied"), or None."""
        if name is None:
            return None
        question = self.question(at)
        if question is None and self._asked_aloud(at):
            # rule A796: the one answering a question quoted just before ('"...?" Mutua
            # asked. "...," the officer replied'): someone other than the asker
            return self.names.resolve(at, gender=gender, other_than=name)
        if question is None or question[0] != name:
            return name
        asker, asked, asked_gender = question
        if asked is None:
            if asked_gender is None or (gender and gender != asked_gender):
                return None
            return self.names.resolve(at, gender=asked_gender, other_than=asker)
        known = self.names.gender_of(asked)
        return asked if not (gender and known and known != gender) else None

    def _previous_subject(self, at: int, *, opening: bool, across: bool = False) -> Mention | None:
        tokens = self.paragraph(at)
        k = bisect.bisect_left(tokens, at, key=_start)
        if k == len(tokens) or (k == 0 and not across):
            return None
        sentence = tokens[k].sentence
        start = k
        while start > 0 and tokens[start - 1].sentence == sentence:
            start -= 1
        if start == 0 and across:
            # (with ``across``, the last sentence of the paragraph before, for a sentence
            # opening its own)
            before = self.paragraph_before(tokens[0].start)
            if not before:
                return None
            tokens, sentence, start = before, before[-1].sentence + 1, len(before)
        elif start == 0:
            return None
        subject = self.sentence_subject(tokens, sentence - 1, start)
        if subject is not None and tokens[start - 1].text == ":" and subject.text.isupper():
            return None  # a speaker's label, a sentence of its own (rule A1263): no subject
        if opening and subject is not None:
            first = bisect.bisect_left(tokens, sentence - 1, key=_sentence)
            k = bisect.bisect_left(tokens, subject.start, key=_start)
            # rule A691: past a live page's time or a dateline and its dash ("18:40 — The
            # Presidential Office has urged")
            first = next(
                (m + 1 for m in range(k - 1, first, -1) if tokens[m].text in _LINE_DASHES), first
            )
            first = self._after_live_time(tokens, first, k)  # (rule A945)
            # (or only its title or article before it: "Dr. Eyvindur Halldorsson", "The
            # Harbour Authority")
            if (
                k > first
                # (rule A509: or a dash, after a dateline or a live page's time: "08:47 —")
                and tokens[k - 1].text not in _OPENER_ENDS
                and not (
                    (subject.role or k == first + 1)
                    and all(
                        t.capitalised or t.text == "." or t.lower in _ARTICLES
                        for t in tokens[first:k]
                    )
                )
                # rule A538: or its role phrase in lower case ("National forestry agency
                # CONAF said ... It said")
                and not (
                    subject.role
                    and self.text[tokens[first].start : tokens[k - 1].end].lower()
                    in (subject.role.lower(), f"the {subject.role.lower()}")
                )
                and not self._described_body(tokens, first, k, subject)
                and not self._apposed_to_description(tokens, first, k)
            ):
                return None
        return subject

    def _described_body(self, tokens: list[Token], first: int, k: int, subject: Mention) -> bool:
        """Whether the body ``subject``, at token ``k``, has only its article and words in
        lower case before it from ``first``, and a body's noun after it (rule A906: "The
        state Civil Defence agency has raised ... it said")."""
        end = bisect.bisect_left(tokens, subject.end, key=_start)
        return (
            k - first <= 3
            and tokens[first].lower in _ARTICLES
            and end < len(tokens)
            and self.lex.role_kind(tokens[end].lower) == "org"
            and all(t.text.isalpha() and t.text.islower() for t in tokens[first + 1 : k])
        )

    def _apposed_to_description(self, tokens: list[Token], first: int, k: int) -> bool:
        """Whether the name at token ``k`` is set in apposition to a body's description
        opening its sentence at ``first`` (rule A914: "The industry regulator, the Natural
        Rubber Authority, set ... it blamed")."""
        j = k - 1 if tokens[k - 1].lower in _ARTICLES else k
        return (
            j - first >= 3
            and tokens[j - 1].text == ","
            and tokens[first].lower in _ARTICLES
            and self.lex.role_kind(tokens[j - 2].lower) == "org"
            and all(t.text.isalpha() and t.text.islower() for t in tokens[first + 1 : j - 1])
        )

    # -- the rules ----------------------------------------------------------------------------

    def reported_before(self, tokens: list[Token], k: int, *, unbroken: bool = False) -> bool:
        """Whether a reporting verb with its subject stands before ``k`` in its sentence,
        so that the words at ``k`` are inside what it reports (rule A483); with
        ``unbroken``, with no comma between (rule A682)."""
        sentence = tokens[k].sentence
        forms = self.lex.verb_forms
        for j in range(k - 1, 0, -1):
            tok = tokens[j]
            if tok.sentence != sentence or tok.is_quote or (unbroken and tok.text == ","):
                return False
            lemma = forms.get(tok.lower)
            if (
                lemma is not None
                and lemma not in _FINDING
                and tok.text.islower()
                and mention_before(tokens, j, self.lex) is not None
            ):
                return True
        return False

    def verb_at(self, tokens: list[Token], i: int, *, closing: bool = False) -> Cue | None:
        """The reporting verb starting at token ``i`` (``said``, ``pointed out``).

        With ``closing``, a base form right after its subject and closing the clause
        is a verb even where it could be a noun: the past ``read`` of ``the email read.``
        (rule A106)."""
        tok = tokens[i]
        if tok.segment is not None:
            return None
        forms = self.lex.verb_forms
        if (
            i > 1
            and tok.lower.endswith("ed")
            and i + 1 < len(tokens)
            and tokens[i + 1].lower in _PREPOSITIONS
            and tokens[i - 2].lower in ("a", "an")
            and tokens[i - 1].text.isalpha()
            and tokens[i - 1].text.islower()
            and self.lex.role_kind(tokens[i - 1].lower) not in ("person", "org")
        ):
            # rule A971: a participle after "a" and a noun for no one qualifies that noun
            # ("told supporters in a video posted on social media that")
            return None
        longest = self._longest_verbs.get(tok.lower)
        if longest is not None and i + 1 < len(tokens):
            # the longest first (rule A1021: "put the death toll at", "put the figure at")
            for last in range(min(len(tokens), i + longest) - 1, i, -1):
                words = " ".join(t.lower for t in tokens[i : last + 1])
                if words in forms:
                    return Cue(
                        tok.start,
                        tokens[last].end,
                        self.text[tok.start : tokens[last].end],
                        forms[words],
                    )
        lemma = forms.get(tok.lower)
        if lemma is None:
            return None
        if (
            i
            and (
                tokens[i - 1].lower in _NOUN_MARKERS
                # rule A779: or after a possessor in lower case, "the unions' demands"
                or (
                    tokens[i - 1].lower.endswith(("'s", "’s", "s'", "s’"))
                    and tokens[i - 1].text.islower()
                    # (no pronoun's "is" or "has": "Farmers she's spoken to")
                    and tokens[i - 1].lower[:-2] not in self.lex.pronouns
                    and tokens[i - 1].lower[:-2] not in _CONTRACTING
                )
                or (
                    tokens[i - 1].text in ("'", "’")
                    and i > 1
                    and tokens[i - 2].end == tokens[i - 1].start
                    and tokens[i - 2].text.islower()
                    and tokens[i - 2].lower.endswith("s")
                )
            )
        ):
            return None  # rule A131: "the protests", "her remarks": a noun
        if (
            i > 1
            and tok.lower == lemma
            and tokens[i - 1].capitalised
            and (
                tokens[i - 2].lower in ("a", "an")
                # rule A877: or "the" and a name no verb in its base form agrees with
                # ("called the Korean offer "...""; not "the Government say")
                or (
                    tokens[i - 2].lower == "the"
                    and not tokens[i - 1].lower.endswith("s")
                    and tokens[i - 1].text not in self.lex.org_words
                    and tokens[i - 1].lower not in self.lex.roles
                )
            )
        ):
            # rule A492: a base form after "a" and a capitalised word is a noun, which
            # no verb agreeing with that subject would be ("in a Facebook post that")
            return None
        if (
            i
            and tokens[i - 1].lower in _PREPOSITIONS
            and i + 1 < len(tokens)
            and tokens[i + 1].lower == "of"
        ):
            return None  # rule A427: "amid chants of", "with cries of": a noun
        if i and tok.lower == lemma and tokens[i - 1].lower in ("by", "via"):
            return None  # rule A891: a base form after "by" is a noun, "said by email that"
        if (
            i > 1
            and tokens[i - 2].lower in _NOUN_MARKERS
            and tok.lower.endswith("s")
            and tokens[i - 1].lower.endswith("ing")
            and tokens[i - 1].text.islower()
            and tokens[i - 1].lower not in forms
        ):
            # rule A337: past a modifier in -ing too ("in her scoring notes", "his
            # opening remarks"; not "the ad says")
            return None
        if (
            tok.capitalised
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].capitalised
            and (
                tokens[i + 1].capitalised
                or tokens[i + 1].text in ",.;)"
                or (i > 1 and tokens[i - 2].lower == "the")
                # rule A399: a run in mid-sentence after a verb ("told Morning Report
                # on Tuesday")
                or (i > 1 and tokens[i - 2].lower in self.lex.verb_forms)
            )
            and tokens[i - 1].sentence == tok.sentence
        ):
            # rule A160: inside or ending a name ("United States District Court", "said
            # the United States, ...")
            return None
        if (
            tok.capitalised
            and 0 < i < len(tokens) - 1
            and tokens[i + 1].capitalised
            and tokens[i - 1].sentence == tok.sentence
        ):
            # rule A507: a capitalised verb form inside its sentence, a capitalised word
            # after it, opens a title or a name ('"...," State Minister of Finance X')
            return None
        if i and tok.lower == f"{lemma}s" and tokens[i - 1].text in self.lex.demonyms:
            return None  # rule A904: a plural noun after a demonym, "two West African states"
        if (
            tok.lower == lemma
            and i + 1 < len(tokens)
            and tokens[i - 1].text in self.lex.demonyms
            and tokens[i + 1].text.isalpha()
            and tokens[i + 1].text.islower()
            and tokens[i + 1].lower not in _OBJECT_OPENERS
        ):
            return None  # rule A761: a modifier, "Egyptian state television"
        if (
            tok.lower == lemma
            and not _base_form_verb(tokens, i)
            and not self._after_collective(tokens, i)
            and not (closing and (i + 1 == len(tokens) or tokens[i + 1].text in _CLAUSE_CLOSERS))
            # rule A823: nor the past "read" after a text's noun before its words ("The
            # statement read:", "The letter read in part,"; not "the memo read aloud")
            and not (
                lemma == "read"
                and i
                and i + 1 < len(tokens)
                and (tokens[i + 1].text in (":", ",", "in") or tokens[i + 1].is_quote)
                and self.lex.role_kind(tokens[i - 1].lower) == "text"
                and tokens[i - 1].lower not in SIGN_NOUNS  # (a sign's words: rule A468)
            )
            # rule A548: a plural subject and where it is ("Villagers in the valley say")
            and placed_people(tokens, i, self.lex) is None
        ):
            return None  # "the charged term", "a far cry": a noun
        return Cue(tok.start, tok.end, tok.text, lemma)

    def _after_collective(self, tokens: list[Token], i: int) -> bool:
        """Whether the base form at ``i`` follows a collective noun and its determiner
        opening the clause, which British English gives a plural verb (rule A1244: "The
        family claim", "the government say"; not an object, "He repeated his campaign
        pledge", nor a noun before its own verb, "the council claim was rejected")."""
        return (
            i > 1
            and tokens[i - 2].lower in _COLLECTIVE_DETERMINERS
            and (
                i == 2
                or tokens[i - 3].sentence != tokens[i].sentence
                or tokens[i - 3].text in (",", ";", ":")
            )
            and (
                tokens[i - 1].lower in _COLLECTIVE_PEOPLE
                or self.lex.role_kind(tokens[i - 1].lower) == "org"
            )
            and (i + 1 == len(tokens) or tokens[i + 1].lower not in _AUXILIARIES)
        )

    def passive(self, tokens: list[Token], k: int, cue: Cue) -> tuple[int, Cue]:
        """Widen a cue ending at token ``k`` to the passive phrase it closes (``was
        quoted as saying``); return the phrase's first token index and its cue."""
        words = [tokens[k].lower]
        for j in range(k - 1, max(-1, k - _MAX_PHRASE), -1):
            if tokens[j].is_quote:
                break
            words.insert(0, tokens[j].lower)
            if self.lex.phrases.get(" ".join(words)) == "passive":
                span = self.text[tokens[j].start : cue.end]
                return j, Cue(tokens[j].start, cue.end, span, cue.lemma)
        if k >= 2 and tokens[k - 1].lower == "as":
            # rule A228: with where or by whom between ("was quoted by the state news
            # agency as saying", "was quoted in Le Monde as saying")
            for j in range(k - 3, max(0, k - _MAX_AGENT - 3), -1):
                if tokens[j].is_quote:
                    break
                if tokens[j].lower == "quoted" and tokens[j + 1].lower in ("by", "in", "on"):
                    words = [tokens[j - 1].lower, "quoted", "as", tokens[k].lower]
                    if self.lex.phrases.get(" ".join(words)) == "passive":
                        span = self.text[tokens[j - 1].start : cue.end]
                        return j - 1, Cue(tokens[j - 1].start, cue.end, span, cue.lemma)
                    break
        return k, cue

    def source_at(self, tokens: list[Token], i: int) -> tuple[Cue, int] | None:
        """``according to`` (a phrase after which the speaker is named) at token ``i``."""
        if tokens[i].lower not in self._source_first:
            return None
        words: list[str] = []
        for k in range(i, min(len(tokens), i + 5)):
            words.append(tokens[k].lower)
            if self.lex.phrases.get(" ".join(words)) == "source":
                cue = Cue(
                    tokens[i].start, tokens[k].end, self.text[tokens[i].start : tokens[k].end]
                )
                return cue, k
        return None

    def claim_owner(self, tokens: list[Token], k: int, qi: int) -> Mention | None:
        """Whose claim, promise or warning at token ``k`` the quotation at ``qi`` is in,
        when a that-clause of the noun holds it (rule A313: ``rejected a claim by
        Vasilis Tzanakos, the opposition's spokesman, that the coast guard had been
        "..."``, ``mocked the minister's promise that ... "..."``); None otherwise."""
        sentence = tokens[k].sentence
        if not any(t.lower == "that" for t in tokens[k + 1 : qi]) or any(
            # (not a claim inside a reported clause: "X said that Rubio's claim that ...
            # is "simply not true"")
            t.lower == "that" and t.sentence == sentence
            for t in tokens[max(0, k - _MAX_BEFORE) : k]
        ):
            return None
        if k + 1 < qi and tokens[k + 1].lower == "by":
            found = mention_after(tokens, k + 1, self.lex)
            return found[0] if found is not None else None
        owner = tokens[k - 1] if k > 0 else None
        if owner is None or not possessive(owner.lower):
            return None
        stem = possessive_stem(owner.text)
        end = owner.start + len(stem)
        if owner.capitalised:
            return Mention(owner.start, end, stem, "name")
        if self.lex.role_kind(stem.lower()) == "person" and k > 1 and tokens[k - 2].lower == "the":
            start = tokens[k - 2].start
            return Mention(start, end, self.text[start:end], "nominal", stem.lower())
        return None

    def words_owner(self, tokens: list[Token], k: int) -> Mention | None:
        """Whose words ``in X's (own) words`` ending at token ``k`` names (rule A1199:
        ``in the agency's own words, the species is "..."``, ``in Mabika's words``, ``in
        her words``); None for any other ``words``."""
        j = k - 1 if k > 0 and tokens[k - 1].lower == "own" else k
        if j < 2:
            return None
        owner = tokens[j - 1]
        if tokens[j - 2].lower == "in":
            found = _owner_pronoun(owner.start, owner.text)
            if found is not None:
                return found
        if not possessive(owner.lower):
            return None
        stem = possessive_stem(owner.text)
        end = owner.start + len(stem)
        if owner.capitalised:
            first = j - 1
            while first > 0 and j - first < 4 and tokens[first - 1].capitalised:
                first -= 1
            before = first - 1 if tokens[first - 1].lower == "the" else first
            if before < 1 or tokens[before - 1].lower != "in":
                return None
            start = tokens[first].start
            if before != first:
                return Mention(start, end, self.text[start:end], "organisation")
            title = tokens[first].text
            if first < j - 1 and title in self.lex.titles:
                # rule A1214: the title apart from the name ("in Dame Patricia's words")
                start = tokens[first + 1].start
                return Mention(start, end, self.text[start:end], "name", title)
            return Mention(start, end, self.text[start:end], "name")
        role = stem.lower()
        kind = self.lex.role_kind(role)
        if (
            kind is not None
            and j >= 3
            and tokens[j - 2].lower == "the"
            and tokens[j - 3].lower == "in"
        ):
            start = tokens[j - 2].start
            return Mention(
                start,
                end,
                self.text[start:end],
                "organisation" if kind == "org" else "nominal",
                role,
            )
        return None

    def source_named(self, tokens: list[Token], end: int) -> Mention | None:
        """Who a source phrase ending at token ``end`` names: ``according to the
        ministry``, or a pronoun in the object case that ends the phrase (rule A289:
        ``According to her,``; not the possessive of ``citing her "long experience"``)."""
        found = mention_after(tokens, end, self.lex)
        if found is not None:
            return found[0]
        k = end + 1
        if (
            k < len(tokens)
            and tokens[k].lower in _OBJECT_PRONOUNS
            and (k + 1 == len(tokens) or tokens[k + 1].text in _PHRASE_ENDS)
        ):
            return Mention(tokens[k].start, tokens[k].end, tokens[k].text, "pronoun")
        return None

    def after(self, tokens: list[Token], qi: int) -> tuple[Mention, Cue | None, str] | None:
        """``"...," X said`` and ``"...," said X`` (and ``"...," according to X``)."""
        n = len(tokens)
        sentence = tokens[qi].sentence
        j = qi + 1
        while j < n and tokens[j].text in _AFTER_QUOTE and j - qi <= 2:
            j += 1
        if j >= n or tokens[j].is_quote or tokens[j].sentence != sentence:
            return None
        if tokens[j].lower == "as" and j + 2 < n and not tokens[j + 1].is_quote:
            # rule A536: '"...," as one agency caseworker put it': a verb with no object
            # (not '"...," as rights groups accused police of ...')
            j += 1
            if tokens[j].lower in self._verb_openers or not self._as_put_it(tokens, j):
                return None  # (not '"...," as said above')
        if (
            tokens[j].lower in _ARTICLES
            and j + 1 < n
            and (tokens[j + 1].lower in _WORD_NOUNS or tokens[j + 1].lower in _CLAIM_NOUNS)
        ):
            # rule A397: a noun for the quoted words, then a clause on it ('"compromised,"
            # a word Kowalczyk called "irresponsible"'): its subject did not say them
            return None
        if (
            tokens[j].lower in ("a", "an")
            and j + 2 < n
            and tokens[j + 1].text.isalpha()
            and tokens[j + 1].text.islower()
            and tokens[j + 1].lower not in self.lex.roles
            and self.reported_before(tokens, qi)
        ):
            # rule A526: a noun in apposition to words a cue before them reports, then a
            # clause on it ('the court said landowners "may be entitled to compensation,"
            # a provision Rezende said left questions'): that clause's subject comments
            return None
        if tokens[j].lower == "it" and j + 1 < n:
            cue = self.verb_at(tokens, j + 1, closing=True)
            if cue is not None:
                written = self.written_source(tokens[qi].start)
                # rule A210: or the body opening the sentence before
                body = self._as_body(self._previous_subject(tokens[j].start, opening=True))
                if written is not None and (
                    body is None
                    or body.kind != "organisation"
                    # rule A691: a text named in the paragraph before yields to that body
                    or written.start >= self.line(tokens[qi].start)[0]
                ):
                    return written, cue, "it-said"
                if body is None or body.kind != "organisation":
                    return None
                it = Mention(tokens[j].start, tokens[j].end, tokens[j].text, "pronoun")
                return it, cue, "X-said"
        cue = self.verb_at(tokens, j)
        if cue is not None:
            end = j + (1 if cue.end == tokens[j].end else 2) - 1
            # rule A118: a participle after a quotation is no inverted cue ('"...,"
            # promising the Friends of Abe ...': they are its object)
            found = (
                None if tokens[j].lower.endswith("ing") else mention_after(tokens, end, self.lex)
            )
            if (
                found is not None
                and found[0].kind != "pronoun"
                and found[1] < len(tokens)
                and (tokens[found[1]].lower in _MODALS or tokens[found[1]].lower in _AUXILIARIES)
            ):
                # rule A1141: no inverted subject that is its own verb's ('"judicial
                # caste", said the government would ask': the clause "said" reports;
                # but "said he had", the sayer himself)
                return None
            if found is not None:
                return found[0], cue, "said-X"
            if not tokens[j].capitalised:
                return None
            # a capitalised verb form may be a name: "...," Read said.
        source = self.source_at(tokens, j)
        if source is not None:
            named = self.source_named(tokens, source[1])
            return (named, source[0], "according-to") if named is not None else None
        if (
            tokens[j].text.islower()
            and tokens[j].lower.endswith("ing")
            # (rule A377: not a modifier of a role noun, '"...," managing director X said')
            and not (j + 1 < len(tokens) and tokens[j + 1].lower in self.lex.roles)
        ):
            # rule A248: a participle phrase goes on the sentence ('"...", prompting Ms
            # Raghunathan to accuse him of "..."'): no cue after the quotation
            return None
        # right after a quotation, a place before a reporting verb names a speaker too
        # ("...," Israel said)
        subject = mention_after(tokens, j - 1, self.lex, places_ok=True)
        if subject is None:
            return None
        mention, end = subject
        if (
            mention.kind == "organisation"
            and self.lex.is_place(mention.text)
            and (end == n or self.verb_at(tokens, end) is None)
        ):
            return None  # (rule A775: a place speaks only right before its verb)
        if (
            tokens[j].lower in ("a", "an")
            and mention.kind != "name"
            and mention.role is not None
            and plural_role(mention.role, self.lex) in ("person", "org")
        ):
            # rule A423: "a" before a plural opens a clause on its own noun ('"...," a
            # move consumer groups condemned'): the plural's verb is no cue
            return None
        # rule A238: after a term closing without punctuation in mid-sentence, a noun
        # phrase goes on the clause ('had "received and reviewed" a referral related to
        # the contract but said'): only a verb right after it makes it a speaker
        segment = tokens[qi].segment
        term = segment is not None and segment.text[-1:].isalnum()
        if (
            term
            and j == qi + 1
            and mention.kind in ("nominal", "organisation")
            and self.reported_before(tokens, qi)
        ):
            # rule A618: a term inside what a verb before it reports goes on the clause
            # ('said ... that it "strongly rejects" the tax claims'): its object, no
            # subject of a verb after it
            return None
        limit = end + (1 if mention.kind == "pronoun" or term else _MAX_AFTER_SUBJECT)
        # rule A956: past a pronoun's passive auxiliary ('"...," he was quoted as saying')
        quoted_as = (
            mention.kind == "pronoun"
            and end + 3 < n
            and tokens[end + 1].lower == "quoted"
            and tokens[end + 2].lower == "as"
        )
        if quoted_as:
            limit = end + 3
        for k in range(end, min(n, limit + 1)):
            tok = tokens[k]
            if (
                tok.is_quote
                or tok.sentence != sentence
                or (term and k > end)
                # rule A786: ", but" opens another clause of the sentence's subject ('"...,"
                # the country's smallest district, but acknowledged')
                or (tok.lower == "but" and tokens[k - 1].text == ",")
            ):
                # (rule A467: after a term, its verb right after the noun phrase, no
                # comma or "and" between: 'would "neither help nor hinder" the
                # proceedings, noting')
                return None
            cue = (
                self.verb_at(tokens, k, closing=k == end)
                if tok.lower in self._verb_openers
                else None
            )
            if cue is not None:
                if quoted_as:
                    cue = self.passive(tokens, k, cue)[1]  # ("was quoted as saying")
                colon = k + 1 if cue.end == tok.end else k + 2
                if (
                    colon + 1 < n
                    and tokens[colon].text == ":"
                    and tokens[colon + 1].is_quote
                    and self._quote_of[id(tokens[colon + 1].segment)]
                    is not self._quote_of[id(tokens[qi].segment)]
                ):
                    return None  # rule A187: 'Reid added: "..."' opens the next quotation
                if k > end:
                    # rule A207: a name of its own between ('"...," Allied Autoworkers
                    # Local 1187 President Rosa Delgado-Kemp told'): the verb's subject
                    closer = mention_before(tokens, k, self.lex)
                    if (
                        closer is not None
                        # (its own start: an apposed name's is its role's, rule A294:
                        # '"...," his sports director at Orbis, Ainhoa Etxeberria, said')
                        and closer[0].start >= tokens[end].start
                        and closer[0].kind == "name"
                        # rule A571: not where the subject is from ('"...," the
                        # 24-year-old from Athenry said')
                        and tokens[closer[1] - 1].lower not in _PLACE_PREPOSITIONS
                        # rule A1187: nor what a role in lower case is of ('"...," the
                        # managing director of Pacific Root Exports said'; not "State
                        # Minister of Finance Ranjith Wickramasuriya told")
                        and not (
                            mention.kind == "nominal"
                            and mention.text.rsplit(" ", 1)[-1].islower()
                            and tokens[closer[1] - 1].lower == "of"
                        )
                        and (
                            tokens[closer[1] - 1].lower not in ("and", "or")  # "X and Y wrote"
                            # rule A275: but two titles joined ("Aoba President and CEO
                            # Kenji Morimoto told")
                            or mention.kind in ("nominal", "organisation")
                        )
                    ):
                        mention = closer[0]
                    elif (
                        closer is not None
                        and closer[0].start == mention.start
                        and closer[0].end > mention.end
                        and mention.kind == "nominal"
                        and tokens[j].lower in UNNAMED_ONE
                    ):
                        # rule A610: where an unnamed person is ('"...," one man in
                        # Paiporta told'): the whole description
                        mention = closer[0]
                return mention, cue, "X-said"
            if tok.lower not in _ADVERBS and mention.kind == "pronoun" and not quoted_as:
                return None
        return None

    def written_source(self, at: int) -> Mention | None:
        """What ``it`` stands for in ``"...," it read`` at ``at``: the nearest written
        statement named before, in its paragraph or the one before (``the memo``, ``a
        statement``), or whoever its sentence says issued it (``The ministry issued a
        statement``); None when there is none (rule A111)."""
        tokens = self.paragraph(at)
        qi = next((k for k, tok in enumerate(tokens) if tok.start >= at), len(tokens))
        paragraphs = [(tokens, qi)]
        first = tokens[0].start if tokens else 0
        if first > 1:
            before = self.paragraph(max(0, self.line(first)[0] - 2))
            if before is not tokens:
                paragraphs.append((before, len(before)))
        for toks, end in paragraphs:
            for k in range(end - 1, -1, -1):
                word = toks[k].lower
                role = self.lex.roles.get(word)
                if role is None and word in SIGN_NOUNS:
                    role = self.lex.roles.get(singular(word))  # rule A802: "placards"
                if role is None or role[1] != "text" or toks[k].is_quote:
                    continue
                found = mention_before(toks, k + 1, self.lex)
                if word in SIGN_NOUNS:
                    # rule A416: a sign's holder ("fishermen hung a banner across the
                    # jetty. It read: "...""), when its sentence names one (rule A802:
                    # also past a noun phrase read as no mention, "homemade placards")
                    v = _holding_verb(toks, found[1] if found is not None else k)
                    holder = self.doer(toks, v) if v is not None else None
                    if holder is not None:
                        return holder
                if found is None or found[0].kind != "nominal":
                    continue
                nominal, start = found
                # rule A298: its author in a clause right after it ("a Slack message
                # Castellanos-Mora sent Subramanian")
                author = self._text_author(toks, k + 1) or self.sentence_subject(
                    toks, toks[k].sentence, start
                )
                if author is not None and author.kind in ("name", "organisation"):
                    return author
                return nominal
        return None

    def _text_author(self, tokens: list[Token], i: int) -> Mention | None:
        """A name at token ``i`` followed by a verb of writing or sending: the author of
        the text named just before (rule A298); None otherwise."""
        found = mention_after(tokens, i - 1, self.lex)
        if found is None or found[0].kind != "name" or found[1] >= len(tokens):
            return None
        return found[0] if tokens[found[1]].lower in _AUTHORING else None

    def signature(self, quote: Quote) -> tuple[Mention, Cue | None, str] | None:
        """A quotation that opens its paragraph and is signed with a dash and a name
        ending the line: ``"..." ― Jane Doe``, ``"..."`` then a line ``- Jane Doe.``
        (rule A86)."""
        text = self.text
        first, last = quote.segments[0], quote.segments[-1]
        opening = self.span(first)[0]
        line_start = self.line(opening)[0]
        j = opening
        while j > line_start and text[j - 1].isspace():
            j -= 1  # (not a slice of the line: one long line would make it quadratic)
        if j > line_start:
            return None  # the quotation does not open its paragraph
        closing = self.span(last)[1]
        m = _SIGNATURE.match(text, closing)
        if m is None:
            return None
        name_start = m.end()
        line_end = self.line(name_start)[1]
        if line_end - name_start > _MAX_SIGNATURE:
            return None
        tokens = self.paragraph(name_start)
        i = next((k for k, tok in enumerate(tokens) if tok.start == name_start), None)
        if i is None:
            return None
        found = mention_after(tokens, i - 1, self.lex)
        if found is None or found[0].kind not in ("name", "organisation"):
            return None
        mention, end = found
        # the signature is the name, then nothing, a period, or a descriptor after a comma
        rest = tokens[end:]
        rest_in_line = [tok for tok in rest if tok.start < line_end]
        if rest_in_line and not (
            rest_in_line[0].text == "," or (rest_in_line[0].text == "." and len(rest_in_line) == 1)
        ):
            return None
        dash = m.start(1)
        return mention, Cue(dash, dash + 1, text[dash]), "signature"

    def sent_from(self, tokens: list[Token], qi: int) -> tuple[Mention, Cue, str] | None:
        """Who sent the message a presenter or writer reads out after a colon, with no
        verb (rule A1251: "A text from Lorraine in Moama: "..."", "And this from a
        listener who didn't leave a name: "...""): the first name of a caller given by
        a place, or the description as written up to a comma; None otherwise."""
        if qi < 3 or tokens[qi - 1].text != ":":
            return None
        start = tokens[qi - 1].start
        frame = _SENT_FROM.search(
            self.text, max(self.line(start)[0], start - _SENT_FROM_REACH), start
        )
        if frame is None:
            return None
        cue = Cue(frame.start("from"), frame.end("from"), "from")
        who = frame["who"]
        at = frame.start("who")
        caller = _CALLER.match(who)
        if caller is not None:
            name = caller["name"]
            return Mention(at, at + len(name), name, "name"), cue, "X-said:"
        description = who.split(",", 1)[0]
        words = description.split()
        if len(words) <= 3 and all(w[:1].isupper() for w in words) and "," in who:
            # rule A1262: a name set beside what the sender is ("from Elena, a student")
            return Mention(at, at + len(description), description, "name"), cue, "X-said:"
        if words[0].lower() not in _UNNAMED_OPENERS or len(words) < 2:
            return None
        role = words[1].lower()
        end = at + len(description)
        return Mention(at, end, description, "nominal", role), cue, "X-said:"

    def before(self, tokens: list[Token], qi: int) -> tuple[Mention, Cue | None, str] | None:
        """A cue earlier in the quotation's sentence: ``X said: "..."``, ``X, stating
        that ... "..."``, ``according to X, "..."``."""
        found = self.cue_before(tokens, qi, tokens[qi].sentence)
        if found is not None and found[1] is not None:
            agent = self.passive_agent(tokens, qi, found[1])
            if agent is not None:
                return agent, found[1], found[2]
        elif found is None and qi + 1 < len(tokens) and tokens[qi + 1].lower == "by":
            # rule A588: so is it when the participle's subject is no speaker ("The All
            # England Club was accused of "rank favouritism" by Karolína Pešková")
            for v in range(qi - 1, max(-1, qi - 1 - _PASSIVE_REACH), -1):
                cue = self.verb_at(tokens, v) if tokens[v].lower in self._verb_openers else None
                if cue is not None:
                    agent = self.passive_agent(tokens, qi, cue)
                    return (agent, cue, "X-verb-that") if agent is not None else None
        return found

    def passive_agent(self, tokens: list[Token], qi: int, cue: Cue) -> Mention | None:
        """The agent after ``by`` right after the quotation, when the cue is a past
        participle a few words before it (``often described as a "witch hunt" by
        Democrats``: rule A353); None otherwise."""
        if (
            qi + 1 >= len(tokens)
            or tokens[qi + 1].lower != "by"
            # (the participle, alone or before its particle: "described as")
            or not cue.text.lower().split(" ", 1)[0].endswith(("ed", "called", "dubbed"))
            or cue.end < tokens[max(0, qi - _PASSIVE_REACH)].start
        ):
            return None
        k = next((i for i in range(qi - 1, -1, -1) if tokens[i].start == cue.start), 0) - 1
        # (past adverbs, but not the auxiliary, which that list also holds: "was")
        while k > 0 and tokens[k].lower in _ADVERBS and tokens[k].lower not in _PASSIVE_AUXILIARIES:
            k -= 1
        if k >= 0 and tokens[k].text[:1].isalnum() and tokens[k].lower not in _PASSIVE_AUXILIARIES:
            return None  # an active verb with its subject: "He has declared Cruz to be "...""
        agent = mention_after(tokens, qi + 1, self.lex)
        if agent is None:
            return self._people_after_by(tokens, qi + 1)
        return agent[0] if agent[0].kind != "pronoun" else None

    def _people_after_by(self, tokens: list[Token], by: int) -> Mention | None:
        """People named by a plural noun after ``by``, with the words in lower case before
        it that describe them (rule A910: "branded "..." by property owners", "by
        crofters"); None otherwise."""
        end = by + 1
        while end < len(tokens) and end - by <= _PEOPLE_WORDS and tokens[end].text.isalpha():
            if not tokens[end].text.islower():
                return None
            if plural_person(tokens[end].lower, self.lex):
                text = self.text[tokens[by + 1].start : tokens[end].end]
                return Mention(
                    tokens[by + 1].start, tokens[end].end, text, "nominal", tokens[end].lower
                )
            end += 1
        return None

    def clause_subject(self, tokens: list[Token], j: int) -> Mention | None:
        """The named subject of the verb before the coordinator at ``j`` when a clause
        opener stands right before that subject (rule A573: "..., when Sandhu turned to
        the premier and accused him of running "...""); None otherwise."""
        found = self._nearest_verb_subject(tokens, j)
        if (
            found is not None
            and found[0].kind == "name"
            and found[1] > 0
            and (
                tokens[found[1] - 1].lower in _CLAUSE_OPENERS
                # rule A970: or "that" opening a reported clause, past a phrase of time
                # ("Ms Devlin said that on one occasion Hanna walked into a takeaway and
                # told the owner: "..."")
                or any(
                    tokens[m].lower == "that"
                    and all(
                        t.text.islower() or t.text.isdigit() or t.text in _MONTHS
                        for t in tokens[m + 1 : found[1]]
                    )
                    for m in range(found[1] - 1, max(-1, found[1] - 8), -1)
                )
            )
        ):
            return found[0]
        return None

    def coordinated_subject(self, tokens: list[Token], comma: int) -> Mention | None:
        """The subject of the verb before ``comma`` when a coordinator or a clause opener
        and a comma stand right before that subject: the clause a participle after the
        comma hangs on (rule A742: "..., but the National Prosecuting Authority declined
        to prosecute, citing "...""); None otherwise."""
        found = self._nearest_verb_subject(tokens, comma, past_infinitive=True)
        if found is None or found[0].kind == "pronoun":
            return None
        at = found[1]
        if at and tokens[at - 1].lower == "the":
            at -= 1  # (a body's article)
        if (
            at > 1
            and tokens[at - 2].text == ","
            and (tokens[at - 1].lower in _COORDINATORS or tokens[at - 1].lower in _CLAUSE_OPENERS)
        ) or (
            # rule A844: or people opening the sentence, placed ("Parents in Seascale
            # have vowed to fight plans, warning")
            (at == 0 or tokens[at - 1].sentence != tokens[at].sentence)
            and found[0].kind == "nominal"
            and " " in found[0].text
            and plural_person((found[0].role or "").lower(), self.lex)
        ):
            return found[0]
        return None

    def _opening_it(self, tokens: list[Token], comma: int) -> Mention | None:
        """The "It" opening the sentence as the subject of the verb before ``comma``
        (rule A1129: "It denied any links to Israel, calling the Houthi claim "...""),
        which :func:`mention_after` does not read as a subject; None otherwise."""
        found = self._nearest_verb_subject(tokens, comma)
        if found is None or found[0].text != "It":
            return None
        return (
            found[0]
            if found[1] == 0 or tokens[found[1] - 1].sentence != tokens[comma].sentence
            else None
        )

    def _nearest_verb_subject(
        self, tokens: list[Token], j: int, *, past_infinitive: bool = False
    ) -> tuple[Mention, int] | None:
        """The subject of the nearest verb in lower case (a reporting verb or one in
        -ed) before token ``j`` in its clause, no comma, colon or quotation between; with
        ``past_infinitive``, not a verb after "to" ("declined to prosecute"). None when
        there is no such verb or it has no subject (rules A573, A742)."""
        sentence = tokens[j].sentence
        for v in range(j - 1, max(0, j - _CLAUSE_VERB_REACH), -1):
            tok = tokens[v]
            if tok.sentence != sentence or tok.segment is not None or tok.text in ",;:":
                return None
            if (
                tok.text.islower()
                and not (past_infinitive and tokens[v - 1].lower == "to")
                and (tok.lower.endswith("ed") or tok.lower in self.lex.verb_forms)
            ):
                while v > 1 and tokens[v - 1].lower in _AUXILIARIES:
                    v -= 1  # rule A782: past its auxiliary ("Environment Canada has issued")
                return mention_before(tokens, v, self.lex)
        return None

    def verb_subject_before(self, tokens: list[Token], k: int) -> tuple[Mention, int] | None:
        """The subject of the nearest verb in lower case before token ``k`` in its
        sentence (rule A558); None when there is none or it has no subject."""
        sentence = tokens[k].sentence
        for v in range(k - 1, max(0, k - _PARTICIPLE_REACH), -1):
            tok = tokens[v]
            if tok.sentence != sentence or tok.segment is not None:
                return None
            if tok.text.islower() and tok.lower in self.lex.verb_forms:
                return mention_before(tokens, v, self.lex)
        return None

    def subject_before_participle(self, tokens: list[Token], k: int) -> tuple[Mention, int] | None:
        """The subject of the verb at ``k`` before a participle phrase that qualifies it
        (rule A369: "Protesters marching through the streets chanted", "Residents living
        near the plant said"): the mention before the nearest -ing word, within the
        clause, that has one; None when none has."""
        if tokens[k].lower.endswith("ing"):
            return None  # (a participle itself: "as the committee meeting began vowing to")
        sentence = tokens[k].sentence
        for m in range(k - 1, max(0, k - _PARTICIPLE_REACH), -1):
            tok = tokens[m]
            if (
                tok.segment is not None
                or not tok.text[:1].isalnum()
                or tok.lower in _CLAUSE_STOPS
                or tok.lower in self.lex.verb_forms
            ):
                return None  # (the verb's own subject, or another clause)
            if not (tok.lower.endswith("ing") and tok.text.islower()):
                continue
            found = mention_before(tokens, m, self.lex)
            if found is None:
                continue
            mention, at = found
            # the subject opening its sentence or a clause after a comma, named or a
            # role noun ("Protesters", not "One sweeping question")
            opens = at == 0 or tokens[at - 1].sentence != sentence or tokens[at - 1].text == ","
            if opens and (
                mention.kind in ("name", "organisation")
                or mention.text.split()[-1].lower() in self.lex.roles
            ):
                return found
        return None

    def plural_subject(self, tokens: list[Token], k: int) -> tuple[Mention, int] | None:
        """The group of people right before the verb at ``k``, past adverbs and an
        auxiliary (rule A469: "In a unanimous ruling, the nine judges said", "Nine judges
        said"), with the words that count or describe it; None when there is none."""
        j = k - 1
        while j > 0 and (tokens[j].lower in _ADVERBS or tokens[j].lower in _AUXILIARIES):
            j -= 1
        if j < 0:
            return None
        if not plural_person(tokens[j].lower, self.lex) and not (
            # rule A798: or its "of" phrase ends there ("The owners of a clifftop caravan
            # park say")
            any(t.lower == "of" for t in tokens[max(0, j - _OF_PHRASE_WORDS) : j])
        ):
            return None
        group = self.group_before(tokens, j + 1)
        if group is None or group.end != tokens[j].end:
            return None
        first = bisect.bisect_left(tokens, group.start, key=_start)
        if (
            first > 0
            and tokens[first - 1].sentence == tokens[first].sentence
            and tokens[first - 1].text not in _CLAUSE_OPENING
        ):
            return None  # ("a textbook for 9th graders explains", "talks with the unions")
        return group, first

    def _described_opening(
        self, tokens: list[Token], subject: tuple[Mention, int]
    ) -> tuple[Mention, int] | None:
        """The description that opens the sentence when a participle's phrase after it
        holds ``subject`` ("A retired estate owner accused of leading a plot to
        overthrow Germany’s government told", "A Texas House committee investigating the
        shooting at X concluded"): the one who speaks (rule A466), not a name in that
        phrase; None otherwise."""
        first = subject[1]
        sentence = tokens[first].sentence
        # back to the sentence's start or a dateline's dash ("ROUEN, France — A former
        # municipal councillor accused"), through no comma or quotation
        start = first
        while (
            start > 0
            and tokens[start - 1].sentence == sentence
            and tokens[start - 1].text not in _LINE_DASHES
        ):
            start -= 1
            if tokens[start].text == "," or tokens[start].is_quote:
                return None
        if tokens[start].lower not in _ARTICLES:
            return None
        for p in range(start + 2, min(first, start + _DESCRIPTION_WORDS + 1)):
            word = tokens[p]
            if not word.text.islower() or word.lower in _ED_NOUNS:
                continue
            # a present participle, or a past one before its preposition ("accused of")
            # (not a modifier: "The Czech governing coalition")
            if (
                (word.lower.endswith("ing") and tokens[p + 1].lower in _PARTICIPLE_OBJECTS)
                or (word.lower.endswith("ed") and tokens[p + 1].lower in _PARTICIPLE_LINKS)
                # rule A664: or a relative clause ("An aid worker who spoke on condition
                # of anonymity because they were not authorized to speak to the media
                # said")
                or word.lower == "who"
            ):
                described = mention_before(tokens, p, self.lex)
                if (
                    described is not None
                    and described[1] == start
                    and described[0].kind != "pronoun"
                    and described[0].end == tokens[p - 1].end
                ):
                    return described
                return None
            if (
                word.lower.endswith("ed")
                or word.lower in _BEFORE_VERB
                or word.lower in _AUXILIARIES
            ):
                return None  # (a verb of the sentence's own: "The Government has admitted")
        return None

    def _described_before_body(
        self, tokens: list[Token], subject: tuple[Mention, int]
    ) -> tuple[Mention, int] | None:
        """The unnamed person's description that opens the sentence right before
        ``subject``, a body's appositive (rule A848: "A senior official at Petrosen, the
        state oil company, who asked not to be named, said"); None otherwise."""
        mention, first = subject
        if mention.kind != "organisation" or first < 2 or tokens[first - 1].text != ",":
            return None
        described = mention_before(tokens, first - 1, self.lex)
        if (
            described is None
            or described[0].kind != "nominal"
            or described[0].text.split(" ", 1)[0].lower() not in _UNNAMED_OPENERS
            or self.lex.role_kind(described[0].role or "") != "person"
            or (described[1] > 0 and tokens[described[1] - 1].sentence == tokens[first].sentence)
        ):
            return None
        return described

    def _people_doing_opening(self, tokens: list[Token], k: int) -> tuple[Mention, int] | None:
        """People in the plural opening the sentence before a participle's phrase, with
        no comma or quotation before the verb at ``k`` (rule A874: "Families heading for
        the start of the half-term break described scenes of "...""): the noun; None
        otherwise."""
        start = k
        while start > 0 and tokens[start - 1].sentence == tokens[k].sentence:
            start -= 1
            if tokens[start].text == "," or tokens[start].is_quote:
                return None
        if (
            start + 2 >= k
            or not tokens[start].capitalised
            or not plural_person(tokens[start].lower, self.lex)
            or not tokens[start + 1].lower.endswith("ing")
        ):
            return None
        first = tokens[start]
        return Mention(first.start, first.end, first.text, "nominal", first.lower), start

    def plural_noun(self, tokens: list[Token], k: int, qi: int) -> bool:
        """Whether the verb form at ``k`` ending in ``s``, before the quotation at ``qi``,
        is a plural noun: the head of the object of a reporting verb two words before
        (rule A361: "dismissed union calls", "denied media reports"), or the subject of
        an auxiliary after ``that`` or a determiner (rule A381: "said that recalls were";
        not "a law the Government says will", where it has a subject of its own)."""
        if k < 2 or not tokens[k].lower.endswith("s"):
            return False
        noun, verb = tokens[k - 1], tokens[k - 2]
        if (
            tokens[k].lower == "states"
            and noun.text[:1].isupper()
            and noun.text.isalpha()
            and noun.text not in _MONTHS
            and noun.text not in self.lex.nonnames  # (not "on Monday")
            and verb.text.islower()
            and (verb.lower in _BEFORE_STATES or verb.lower in self.lex.verb_forms)
        ):
            return True  # rule A997: "appealed to Gulf states to act", "urged EU states"
        if (
            noun.text.isalpha()
            and noun.text.islower()
            and noun.lower not in self.lex.verb_forms
            and noun.lower not in _NOT_A_NOUN
            and verb.lower in self.lex.verb_forms
            # rule A1133: not after an article or a possessive, where the verb form is a
            # noun ("The state government says")
            and not (k > 2 and tokens[k - 3].lower in _NOUN_MARKERS)
        ):
            return True
        if (
            noun.text.islower()
            and self.lex.verb_forms.get(noun.lower, noun.lower) != noun.lower
            and not noun.lower.endswith("s")
        ):
            # rule A1045: right after a reporting verb's past or participle ("it said
            # reports of"; not after a noun that could be a verb, "Its report describes")
            return True
        return k + 1 < qi and tokens[k + 1].lower in _AUXILIARIES and noun.lower in _BEFORE_PLURAL

    def cue_before(
        self, tokens: list[Token], qi: int, sentence: int
    ) -> tuple[Mention, Cue | None, str] | None:
        """The cue nearest before token ``qi`` in ``sentence`` and its subject."""
        if qi >= 3 and tokens[qi - 1].text == ":":
            # rule A114: "HEADLINE - Jane Doe: "..."": the name after a dash
            signed = mention_before(tokens, qi - 1, self.lex)
            if (
                signed is not None
                and signed[0].kind in ("name", "organisation")
                and signed[1] > 0
                and tokens[signed[1] - 1].text in _LINE_DASHES
            ):
                return signed[0], None, "X:"
        k = qi - 1
        adjacent = True
        sources_only = False
        fallback: tuple[Mention, Cue | None, str] | None = None  # (rule A267)
        colon = qi > 0 and tokens[qi - 1].text == ":"
        lowest = max(0, qi - _MAX_BEFORE)
        while k >= lowest and tokens[k].sentence == sentence:
            tok = tokens[k]
            if tok.is_quote:
                adjacent = False
                k -= 1
                continue
            # (the look-ups first: most words open no cue, and the calls cost more)
            source = self.source_at(tokens, k) if tok.lower in self._source_first else None
            if source is not None:
                named = self.source_named(tokens, source[1])
                cited = (named.role or "").lower() if named is not None else ""
                if (
                    named is not None
                    and named.kind == "nominal"
                    and source[0].text.lower() == "citing"
                    and self.lex.role_kind(cited) is None
                    and plural_role(cited, self.lex) is None
                ):
                    named = None  # rule A1162: what is cited, no source ("citing the need to")
                if named is not None:
                    return named, source[0], "according-to"
            if tok.lower == "words":
                owner = self.words_owner(tokens, k)
                if owner is not None:
                    start = tokens[k - 1 if tokens[k - 1].lower == "own" else k].start
                    return owner, Cue(start, tok.end, self.text[start : tok.end]), "according-to"
            if tok.lower in _CLAIM_NOUNS or (
                # rule A1001: or a statement "by" its maker ("the statement by Prime
                # Minister X in Parliament on Monday that the Government was "..."")
                tok.lower in _MADE_STATEMENTS and tokens[k + 1].lower == "by"
            ):
                owner = self.claim_owner(tokens, k, qi)
                if owner is not None:
                    return owner, Cue(tok.start, tok.end, tok.text), "X-verb-that"
            cue = (
                self.verb_at(tokens, k)
                if tok.lower in self._verb_openers and not sources_only
                else None
            )
            if cue is not None and (
                self.plural_noun(tokens, k, qi)
                or _inside_first_clause(tokens, k, qi)
                or (cue.lemma in _FINDING and self.reported_before(tokens, k))
                # rule A1121: and "ask", with no comma between ("he shouted to reporters
                # that the president had asked him to "..."")
                or (cue.lemma == "ask" and self.reported_before(tokens, k, unbroken=True))
                # rule A1135: nor "add" after a modal ("analysts said the freeport could add
                # earnings from 2027, but cautioned that "..."": it adds, it does not say)
                or (
                    cue.lemma == "add"
                    and tokens[k - 1].lower in _MODALS
                    and self.reported_before(tokens, k, unbroken=True)
                )
                # rule A682: nor a verb inside a reported clause that "and that" joins
                # to another ("Zelaya said the institute had dismissed 87 guards and
                # that "..."")
                or (
                    # (a finite verb: not "to questions"; rule A1042: or a negated one,
                    # "said the fund did not comment on ... but that "..."")
                    _finite_before(tokens, k)
                    and _joined_that(tokens, k, qi)
                    and self.reported_before(tokens, k, unbroken=True)
                    # (not after a pronoun, who is the reporting verb's own subject: "told
                    # the inquiry that he had warned ... "..." but that ...")
                    and tokens[_past_auxiliaries(tokens, k)].lower not in self.lex.pronouns
                )
                # rule A527: "continue" speaks only before a colon or comma ("It
                # continues: "..."", not 'the zone would continue "regardless of ..."'),
                # and so does "begin" (rule A636: not "payments had begun reaching
                # families but that "..."")
                or (
                    cue.lemma in _ONLY_BEFORE_COLON
                    and tok.text.islower()  # (not 'Continued Stone: "..."')
                    and tokens[k + 1].text not in (":", ",")
                )
                # rule A1151: "defend" speaks only of what it defends "as" the quotation
                # ("defended the rise as "..."", not "would defend "every metre"")
                or (cue.lemma == "defend" and tokens[qi - 1].lower != "as")
            ):
                cue = None  # (rules A361, A381; A376; A483, A484; A527, A636)
            if cue is not None:
                if not adjacent and cue.end > tok.end:
                    # a cue of two words ("put it:", "pointed out that"): adjacent
                    # when only bridging words follow its second word (at k + 1)
                    adjacent = all(
                        not t.is_quote and (t.text in _BRIDGE or t.capitalised)
                        for t in tokens[k + 2 : qi]
                    )
                rule = "X-said:" if adjacent else "X-verb-that"
                verb = k
                k, cue = self.passive(tokens, k, cue)
                if (
                    k == verb
                    and k > 0
                    and k + 2 < qi
                    and tokens[k - 1].lower in _PASSIVE_AUXILIARIES
                    and tokens[k + 1].lower == "by"
                    and (agent := mention_after(tokens, k + 1, self.lex)) is not None
                    and (
                        agent[0].kind in ("name", "organisation")
                        # rule A1054: or one person described ("was told by a professor
                        # in 1956 that")
                        or (
                            agent[0].kind == "nominal"
                            and agent[0].text.lower().startswith(("a ", "an "))
                            and self.lex.role_kind(agent[0].role or "") == "person"
                        )
                    )
                    # (not inside what a verb before reports: "X said the crew had been
                    # told by the authorities to sail ...")
                    and not self.reported_before(tokens, k)
                ):
                    # rule A770: a passive verb's agent speaks ("Families have been told
                    # by East Devon District Council there is "...""), not its subject;
                    # rule A913: before its subject is read as spoken to ("was described
                    # by Senator X as "..."")
                    return agent[0], cue, rule
                if (
                    k == verb
                    and k > 0
                    and k + 3 < qi
                    and tokens[k + 1].lower == "by"
                    and tokens[k].lower.endswith("ed")
                    and (agent := mention_after(tokens, k + 1, self.lex)) is not None
                    and agent[1] < qi
                    and tokens[agent[1]].lower == "as"
                    and not self.reported_before(tokens, k)
                ):
                    # rule A1228: the agent of a participle that names what its subject is
                    # called, whatever kind of mention ("The scheme was described by the
                    # minister as "...""); a participle with no auxiliary before it ("A
                    # Limerick man described by gardaí as") is read before, as the subject's
                    # verb
                    return agent[0], cue, rule
                if (
                    k == verb
                    and k > 0
                    and (
                        # rule A450: a passive verb's subject is the one spoken to, not
                        # the speaker ("Osmonaliev was questioned for six hours and ...")
                        (
                            tokens[k - 1].lower in _PASSIVE_AUXILIARIES
                            and (
                                tok.lower.endswith("ed")
                                # rule A633: hearsay ("The star is said to have sunk
                                # "..."): no one named said it
                                or (tok.lower == "said" and tokens[k + 1].lower == "to")
                            )
                        )
                        # rule A457: a document's participle between commas qualifies the
                        # noun before it ("the county's title to the land, issued in 2019,
                        # was")
                        or (
                            (
                                (tokens[k - 1].text == "," and tok.lower in _ISSUED)
                                # rule A900: or any after "first" or an adverb in -ly
                                # ("the scheme, first promised after the floods, had")
                                or (
                                    tokens[k - 2].text == ","
                                    and (
                                        tokens[k - 1].lower in ("first", "once")
                                        or tokens[k - 1].lower.endswith("ly")
                                    )
                                    and tok.lower.endswith("ed")
                                )
                            )
                            and tokens[k + 1].lower in _PREPOSITIONS
                            and any(t.text == "," for t in tokens[k + 2 : min(qi, k + 8)])
                        )
                    )
                ):
                    k -= 1  # read on back for the cue
                    continue
                spoken = self.spoken_to(tokens, k, qi, cue) or self.quoted_as(tokens, k)
                if spoken is not None:
                    return spoken, cue, rule
                subject = mention_before(tokens, k, self.lex)
                if subject is not None and self.names.dateline_place(
                    subject[0].start, subject[0].end
                ):
                    subject = None  # rule A404: no dateline ("DODOMA, Tanzania - ...")
                if (
                    subject is not None
                    and subject[0].kind == "name"
                    and subject[0].text.lower() in SIGN_NOUNS
                ):
                    # rule A1209: a sign opening the sentence is no one named ('Placards
                    # read "..." and chants of "..." rang out'); its words are read where
                    # they follow it
                    return None
                if (
                    subject is not None
                    and subject[0].kind == "nominal"
                    and subject[1] > 1
                    and tokens[subject[1] - 1].lower == "and"
                    and plural_person(tokens[subject[1] - 2].lower, self.lex)
                ):
                    # rule A803: two groups joined ("more than 300 doctors and nurses had
                    # warned"), as a group is read (rule A415)
                    subject = self.plural_subject(tokens, k) or subject
                if (
                    subject is not None
                    and tok.lower.endswith("ing")
                    and subject[1] > 0
                    and tokens[subject[1] - 1].lower in ("on", "in", "at")
                ):
                    # rule A558: a participle's subject is no preposition's object ("X
                    # posted a message on Instagram thanking Y for "...""): the subject of
                    # the verb before it, when it has one
                    subject = self.verb_subject_before(tokens, subject[1] - 1) or subject
                if subject is not None:
                    subject = (
                        self._described_opening(tokens, subject)
                        or self._described_before_body(tokens, subject)
                        or subject
                    )
                if subject is not None and subject[0].kind in ("name", "organisation"):
                    after = bisect.bisect_left(tokens, subject[0].end, key=_start)
                    if (
                        after + 1 < k
                        and tokens[after].text == ","
                        and (
                            tokens[after + 1].lower == "which"
                            # rule A963: or the person's own "who" clause after a body
                            # ("X, the head coach of Al-Bahr FC, who previously coached
                            # in ..., said")
                            or (
                                tokens[after + 1].lower == "who"
                                and subject[0].kind == "organisation"
                            )
                        )
                    ):
                        # rule A757: past the body a person's role is of, its relative
                        # clause after it ("X, editor-in-chief of the news site
                        # Határvonal, which receives ..., said")
                        subject = self.role_holder_before(tokens, subject, after) or subject
                if subject is None:
                    subject = self.subject_before_participle(
                        tokens, k
                    ) or self._people_doing_opening(tokens, k)  # rules A369, A874
                if subject is None:
                    subject = self.plural_subject(tokens, k)  # rule A469
                if subject is None and k > 1 and tokens[k - 1].lower == "to":
                    # rule A248: the one prompted or asked to speak ("prompting Ms Rahman
                    # to accuse him of "..."")
                    subject = mention_before(tokens, k - 1, self.lex)
                    if subject is None and k > 2 and tokens[k - 2].lower in _SENT_TO_SAY:
                        # rule A1227: or the one who wrote or rang to say it ("Bernadette
                        # from Stockport emailed to say:")
                        subject = mention_before(tokens, k - 2, self.lex)
                    if subject is not None and subject[0].kind != "name":
                        subject = None
                j = k - 1
                while j > 0 and tokens[j].lower in _ADVERBS:
                    j -= 1
                if (
                    subject is None
                    and tokens[j].lower in ("who", "which")
                    and tokens[j - 1].text == ","
                ):
                    # rule A105: "President Obama, who called it "unfit"": the name
                    # the relative clause hangs on; a body's too (rule A321: "the
                    # Constitutional Council, which called the postponement "...""
                    subject = mention_before(tokens, j - 1, self.lex)
                    if tokens[j].lower == "who":
                        # rule A349: past the body of a role in apposition ("Dr. X, an
                        # archaeologist with Prairie Heritage Geophysics, who said"), or
                        # past the role (rule A439: "Jason Pruitt, a Hadley father of
                        # three, who wrote")
                        subject = self.role_holder_before(tokens, subject, j - 1) or subject
                        subject = self._past_of(tokens, subject)  # rule A1160
                # (not a passive phrase's: "X, ..., was quoted as saying")
                participle = tok.lower.endswith("ing") and tokens[k] is tok
                if (
                    participle
                    and subject is not None
                    and subject[1] > 0
                    and (
                        tokens[subject[1] - 1].lower == "to"
                        # rule A565: past its article ("had written to the Cabinet
                        # Secretary for Transport calling for "..."")
                        or (
                            subject[1] > 1
                            and tokens[subject[1] - 1].lower == "the"
                            and tokens[subject[1] - 2].lower == "to"
                        )
                    )
                ):
                    # rule A169: "she had written to the business secretary asking for":
                    # the one written to does not do the asking (but "footage of Trump
                    # saying", "with Choe stating" do)
                    subject = None
                reporter = None
                if (
                    participle
                    and tokens[j].text == ","
                    and tokens[j - 1].text.islower()
                    and self.lex.verb_forms.get(tokens[j - 1].lower) in _SAY_LIKE
                ):
                    # rule A115: "..., Nefzi said, adding, "..."": the one who said
                    reporter = mention_before(tokens, j - 1, self.lex)
                elif participle and tokens[j].text == ",":
                    # rule A398: "..., the prefect told BFMTV, adding that": the one who
                    # told, not the one told; rule A424: past a time or place ("aid
                    # agencies said on Monday, warning that", "said in a statement,
                    # adding")
                    told = j - 1
                    while (
                        told > 0
                        and j - told <= _SAID_WHEN_REACH
                        and (tokens[told].capitalised or tokens[told].lower in _SAID_WHEN)
                    ):
                        told -= 1
                    if told < j - 1 and self.lex.verb_forms.get(tokens[told].lower) in _SAY_LIKE:
                        reporter = mention_before(tokens, told, self.lex) or _subject_after_quote(
                            tokens, told, self.lex
                        )
                if (
                    subject is None
                    and reporter is None
                    and j > 1
                    and tokens[j - 2].lower == "that"
                    and tokens[j - 1].lower in _NOUN_MARKERS
                    and tokens[j].text.isalpha()
                    and tokens[j].text.islower()
                ):
                    # rule A348: a verb whose subject is a thing in a that-clause ("argued
                    # that the decree responded to "...""): the cue before it speaks
                    k -= 1
                    continue
                if reporter is not None:
                    subject = reporter
                elif subject is None or (
                    (participle and tokens[j].text == ",") or tokens[j].lower in _COORDINATORS
                ):
                    head = None
                    if participle and tokens[j].text == ",":
                        head = (
                            self.main_verb_subject(tokens, sentence, j)
                            or self.coordinated_subject(tokens, j)
                            or self._opening_it(tokens, j)
                        )
                    elif tokens[j].lower in _COORDINATORS:
                        head = self.relative_subject(tokens, sentence, j) or self.clause_subject(
                            tokens, j
                        )
                    head = head or self.sentence_subject(tokens, sentence, k)
                    subject = (head, 0) if head is not None else subject
                if subject is None:
                    # (rule A428: no inverted cue after an auxiliary, "The mission had
                    # described the vote as": its object)
                    inverted = (
                        mention_after(tokens, k, self.lex)
                        if tokens[k - 1].lower not in _AUXILIARIES
                        else None
                    )
                    if (
                        inverted is not None
                        and inverted[1] < qi
                        # rule A893: no object before its infinitive ("urged the armed
                        # forces to "remain in their barracks"", "urged residents not to")
                        and (
                            tokens[inverted[1]].lower == "to"
                            or (
                                tokens[inverted[1]].lower == "not"
                                and tokens[inverted[1] + 1].lower == "to"
                            )
                            # rule A1299: nor what a verb describes "as" the words
                            # ("described the review process as "..."")
                            or any(t.lower == "as" for t in tokens[inverted[1] : inverted[1] + 2])
                        )
                    ):
                        inverted = None
                    if inverted is not None and (
                        inverted[0].kind != "nominal"
                        # rule A501: a description only with a role noun for its head
                        # (not the object of "the terms imply a reduction of around")
                        or self.lex.role_kind(inverted[0].role or "") is not None
                        or plural_role(inverted[0].role or "", self.lex) is not None
                    ):
                        return inverted[0], cue, rule
                    # rule A185: a verb form with no subject may be a noun ("According
                    # to X, talks with ... would begin"): look further back, for a
                    # source only; rule A229: but after "and", a verb whose subject is
                    # the earlier verb's ("his family described him as "..." and said:")
                    sources_only = tokens[j].lower not in _COORDINATORS
                    k -= 1
                    continue
                if (
                    subject[0].kind == "nominal"
                    and tokens[k - 1].end == subject[0].end
                    and self.lex.role_kind(subject[0].role or "") == "text"
                    and tok.lower.endswith(("ed", "sent", "written"))
                    # (not after a possessive: "Her report described": rule A270)
                    and subject[0].text.partition(" ")[0].lower() not in _POSSESSIVE_PRONOUNS
                    # (nor opening the sentence: "The statement added:", rule A312)
                    and not (subject[1] == 0 or tokens[subject[1] - 1].sentence != sentence)
                ):
                    # rule A191: "said in a video message posted on the website:": a
                    # participle after a written text is no cue; look further back
                    k -= 1
                    continue
                if (
                    fallback is None
                    # (rule A870: or right before the quotation, "he said, adding that
                    # the government would offer "fair compensation"")
                    and (rule == "X-verb-that" or tokens[k - 1].lower in _MODALS)
                    and any(t.lower in _MODALS for t in tokens[j + 1 : k])
                    and subject[1] > lowest
                ):
                    # rule A267: a speech still to come ("Ní Bhriain said the union
                    # would respond "in due course"") is no cue when a verb before it
                    # reports the sentence: the words are that verb's subject's
                    fallback = subject[0], cue, rule
                    k = subject[1] - 1
                    continue
                return subject[0], cue, rule
            if tok.text not in _BRIDGE and not tok.capitalised and not (colon and qi - k <= 6):
                # "X told Radio Nacional: ..." is still adjacent, and so is a short phrase
                # before a colon ("wrote on Facebook:", "told reporters:": rule A162)
                adjacent = False
            k -= 1
        if fallback is not None:
            return fallback
        if (
            qi
            and tokens[qi - 1].text == ":"
            # (rule A837: not a colon after a clause that names the words as a nickname
            # or a word: "The chairman has a new nickname on social media:")
            and not _NAMING_LEAD.search(
                self.text, max(0, tokens[qi - 1].end - _NAMING_LEAD_REACH), tokens[qi - 1].end
            )
        ):
            # (rule A990: the person opening a clause joined last comes first)
            head = self._joined_clause_subject(tokens, sentence, qi - 1) or self.sentence_subject(
                tokens, sentence, qi - 1
            )
            # (rule A403: a pronoun too, "In an interview she went further:"; rule
            # A609: a person described, "One senior diplomat was more hopeful:")
            if head is not None and (
                head.kind in ("name", "organisation", "pronoun")
                or (head.kind == "nominal" and self.lex.role_kind(head.role or "") == "person")
            ):
                return self._placed(tokens, head), None, "X:"
            owner = self.reply_owner(tokens, sentence, qi - 1)
            if owner is not None:
                return owner, None, "X:"
            described = self._role_after_asked(tokens, sentence, qi - 1)
            if described is not None:
                return described, None, "X:"
        return None

    def _joined_clause_subject(
        self, tokens: list[Token], sentence: int, colon: int
    ) -> Mention | None:
        """The person opening the last clause that ", and" or ", but" joins before the
        colon at ``colon`` (rule A990: "The opposition benches erupt, and the Deputy
        Speaker, Dame Alison Hartwell, has to step in: "...""); None otherwise."""
        for c in range(colon - 2, max(0, colon - _MAX_BEFORE), -1):
            if tokens[c].sentence != sentence or tokens[c].is_quote:
                return None
            if tokens[c].lower in ("and", "but") and tokens[c - 1].text == ",":
                found = mention_after(tokens, c, self.lex)
                if found is None or found[1] >= colon:
                    return None
                mention = found[0]
                if mention.kind in ("name", "pronoun") or (
                    mention.kind == "nominal" and self._role_kind(mention.role or "") == "person"
                ):
                    return mention
                return None
        return None

    def _placed(self, tokens: list[Token], mention: Mention) -> Mention:
        """``mention``, an unnamed person's description, with where the person is when a
        place follows it (rule A628: "A reader in Aparri has sent us this message:");
        ``mention`` itself otherwise."""
        if mention.kind != "nominal" or mention.text.split(" ", 1)[0].lower() not in UNNAMED_ONE:
            return mention
        k = bisect.bisect_left(tokens, mention.end, key=_start)
        if k + 1 >= len(tokens) or tokens[k].lower not in _PLACE_PREPOSITIONS:
            return mention
        end = k + 1
        while end < len(tokens) and tokens[end].capitalised:
            end += 1
        found = mention_before(tokens, end, self.lex) if end > k + 1 else None
        if found is None or found[0].start != mention.start or found[0].end <= mention.end:
            return mention
        return found[0]

    def quoted_as(self, tokens: list[Token], k: int) -> Mention | None:
        """The one a writer quoted, named between ``quoted`` and ``as`` before the verb at
        ``k`` (rule A634: "The Saba news agency quoted the group's military spokesman as
        saying", "The agency quoted him as saying"); None otherwise, and for a passive
        ("was quoted as saying", whose subject is the one quoted)."""
        if k < 3 or tokens[k - 1].lower != "as":
            return None
        for j in range(k - 2, max(0, k - 2 - _MAX_AGENT), -1):
            tok = tokens[j]
            if tok.is_quote:
                return None
            if tok.lower != "quoted":
                continue
            if j + 1 == k - 1 or tokens[j - 1].lower in _PASSIVE_AUXILIARIES:
                return None
            obj = tokens[j + 1]
            if j + 2 == k - 1 and obj.lower in _OBJECT_PRONOUNS:
                return Mention(obj.start, obj.end, obj.text, "pronoun")
            found = mention_before(tokens, k - 1, self.lex)
            if found is None:
                return None
            if found[1] == j + 1:
                return found[0]
            # rule A1268: or after the one's role in lower case ("quoted president and
            # chief executive Gordon Squires as saying")
            between = tokens[j + 1 : found[1]]
            if 0 < len(between) <= _MAX_ROLE_PHRASE and all(
                t.text.isalpha()
                and t.text.islower()
                and t.lower not in self.lex.verb_forms
                and t.lower not in _PREPOSITIONS
                for t in between
            ):
                return found[0]
            return None
        return None

    def spoken_to(self, tokens: list[Token], k: int, qi: int, cue: Cue) -> Mention | None:
        """The one the writer spoke to, named after the verb at ``k`` (rule A518: "We've
        been speaking to Gudmundur Einarsson, a fisherman ...:", "I spoke with X"): whose
        words the quotation at ``qi`` gives; None unless the verb is "speak" with
        "to" or "with" after it and the writer its subject."""
        if cue.lemma != "speak" or k + 2 >= qi or tokens[k + 1].lower not in ("to", "with"):
            return None
        j = k - 1
        while j > 0 and tokens[j].lower in _WRITER_AUXILIARIES:
            j -= 1
        if j < 0 or (
            _WRITER.fullmatch(tokens[j].lower) is None
            # rule A889: or a reporter written before it in its paragraph ("Our
            # correspondent ... She spoke to Marco Pedrazzini, 56, ...: "..."")
            and not self.names.reporter_before(tokens[k].start)
        ):
            return None
        spoken = mention_after(tokens, k + 1, self.lex)
        return spoken[0] if spoken is not None and spoken[0].kind == "name" else None

    def reply_owner(self, tokens: list[Token], sentence: int, colon: int) -> Mention | None:
        """The one whose words a sentence introduces as theirs before a colon: ``Clinton's
        response was:``, ``His answer:`` (rule A279); None otherwise."""
        k = colon - 1
        if k > 0 and tokens[k].lower in ("was", "is", "were", "are"):
            k -= 1
        for j in range(k, max(0, k - _REPLY_TO_REACH), -1):
            if tokens[j].lower in ("to", "for") and tokens[j - 1].lower in _REPLY_NOUNS:
                # rule A1294: past whom the words were for ("His words to the crowd:",
                # "Her advice for young players:", "His words to the crowd a few minutes
                # ago were:")
                k = j - 1
                break
            if not tokens[j].text.isalpha() or tokens[j].lower in self.lex.verb_forms:
                break
        if k < 1 or tokens[k].lower not in _REPLY_NOUNS or tokens[k - 1].sentence != sentence:
            return None
        if k > 1 and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower():
            k -= 1  # rule A991: past a word describing the words ("Her closing line:")
        owner = tokens[k - 1]
        pronoun = _owner_pronoun(owner.start, owner.text)
        if pronoun is not None:
            return pronoun
        if not (owner.capitalised and possessive(owner.text)):
            return None
        stem = owner.text[:-2] if owner.text.endswith("s") else owner.text[:-1]
        start = k - 1
        if start > 0 and tokens[start - 1].capitalised and tokens[start - 1].sentence == sentence:
            start -= 1  # a given name before: "Hillary Clinton's"
        text = self.text[tokens[start].start : owner.start + len(stem)]
        return Mention(tokens[start].start, owner.start + len(stem), text, "name")

    def main_verb_subject(self, tokens: list[Token], sentence: int, comma: int) -> Mention | None:
        """The named subject of the verb a participle clause hangs on, the nearest verb
        right after a name and its comma before ``comma`` (rule A235: "Also speaking,
        the Director-General of the ANPA Campaign Council, Alhaji Musa Garba Dankolo,
        welcomed the defectors, saying ..."); None when there is none."""
        for v in range(comma - 1, max(1, comma - _MAX_BEFORE), -1):
            tok = tokens[v]
            if tok.sentence != sentence or tok.is_quote:
                return None
            if (
                tokens[v - 1].text != ","
                or not tokens[v - 2].capitalised  # (a name's last word before the comma)
                or not tok.text.isalpha()
                or not tok.text.islower()
            ):
                continue
            if not (tok.lower.endswith("ed") or tok.lower in self.lex.verb_forms):
                continue  # a past or reporting verb, not a conjunction ("though")
            found = mention_before(tokens, v, self.lex)
            if (
                found is not None
                and found[0].kind == "name"
                # rule A1136: not a dateline's place ("JUBA, Aug 19 - South Sudan's main
                # opposition movement, the SPLM-IO, said ..., accusing")
                and not self.names.dateline_place(found[0].start, found[0].end)
            ):
                return found[0]
        return None

    def _past_of(
        self, tokens: list[Token], found: tuple[Mention, int] | None
    ) -> tuple[Mention, int] | None:
        """The name before ``found`` when ``found`` is only where that person is of,
        between commas (rule A1160: "Moana Herewini, of Ngāti Porou, who called the bill
        "...""); else ``found``."""
        if found is None or found[1] < 3:
            return found
        k = found[1]
        if tokens[k - 1].lower != "of" or tokens[k - 2].text != ",":
            return found
        named = mention_before(tokens, k - 2, self.lex)
        return named if named is not None and named[0].kind == "name" else found

    def relative_subject(self, tokens: list[Token], sentence: int, end: int) -> Mention | None:
        """The name a relative clause hangs on when its verb is the first one coordinated
        before ``end`` (rule A317: "led by X, who described the talks as "..." but said
        ..."); None otherwise."""
        for v in range(end - 1, max(2, end - _MAX_BEFORE), -1):
            tok = tokens[v]
            if tok.sentence != sentence or tok.lower in _COORDINATORS:
                return None
            if tok.text.islower() and tok.lower in self.lex.verb_forms:
                if tokens[v - 1].lower not in ("who", "which") or tokens[v - 2].text != ",":
                    if v > 1 and tokens[v - 1].text.isalpha() and tokens[v - 1].text.islower():
                        continue  # rule A1153: a verb of the clause it reports ("crews held")
                    return None
                found = self._past_of(tokens, mention_before(tokens, v - 2, self.lex))
                if found is None:
                    return None
                if tokens[v - 1].lower == "which":
                    # rule A1153: or the body "which" hangs on ("according to the incident
                    # management team, which said crews held ... but warned of "..."")
                    body = self._as_body(found[0])
                    return body if body is not None and body.kind == "organisation" else None
                return found[0] if found[0].kind == "name" else None
        return None

    def sentence_subject(self, tokens: list[Token], sentence: int, limit: int) -> Mention | None:
        """The first mention of the sentence, before ``limit``, that is not the object
        of a preposition (``During a meeting with Lavrov, Choe said`` -> ``Choe``)."""
        k = limit
        while k > 0 and tokens[k - 1].sentence == sentence:
            k -= 1
        if k < limit and tokens[k].text[:1].isdigit():
            # rule A724: past a live page's time, its zone and dash ("5:50 p.m. PT —")
            k = next(
                (d + 1 for d in range(k + 1, min(limit, k + 7)) if tokens[d].text in _LINE_DASHES),
                k,
            )
            if k < limit:
                k = self._after_live_time(tokens, k, limit)  # rule A945: or with no dash
        if (
            k < limit
            and tokens[k].lower.endswith(("ed", "ing"))
            and (
                tokens[k].lower in self.lex.verb_forms
                # rule A842: or any verb's -ing form before a word in lower case
                # ("Opening the debate on an Alliance motion, the party's ...")
                or (
                    tokens[k].lower.endswith("ing")
                    and k + 1 < limit
                    and tokens[k + 1].text.islower()
                )
            )
        ):
            # rule A276: past a participle clause opening the sentence ("Asked about his
            # new Cabinet, the Chief Minister smiled"), when a mention follows it
            comma = _clause_end(tokens, k + 1, min(limit, k + 20))
            found = self._first_subject(tokens, k, comma + 1, limit) if comma else None
            if found is not None:
                return found
        return self._first_subject(tokens, k, k, limit)

    def _after_live_time(self, tokens: list[Token], k: int, limit: int) -> int:
        """The index after a live page's time at token ``k`` ("15:35", "3.35pm:"), at
        most ``limit``; ``k`` when none is there (rule A945)."""
        clock = LIVE_PAGE_TIME.match(self.text, tokens[k].start)
        return min(limit, bisect.bisect_left(tokens, clock.end(), key=_start)) if clock else k

    def _role_after_asked(self, tokens: list[Token], sentence: int, limit: int) -> Mention | None:
        """A role noun after "the" past a participle's clause opening the sentence, before
        a colon at ``limit`` (rule A973: "Asked whether there is a fallback, the president
        is blunt:"); None otherwise."""
        k = bisect.bisect_left(tokens, sentence, key=_sentence)
        if not tokens[k].lower.endswith(("ed", "ing")):
            return None
        comma = _clause_end(tokens, k + 1, min(limit, k + 20))
        if not comma or comma + 2 >= limit or tokens[comma + 1].lower != "the":
            return None
        described = mention_after(tokens, comma, self.lex)
        if (
            described is None
            or described[0].kind != "nominal"
            or self.lex.role_kind(described[0].role or "") != "person"
            # (a title, which points back to its holder: not "the businessman, whose
            # family ..., was unrepentant:", read better through the sentence before)
            or not self.lex.is_title(described[0].role or "")
        ):
            return None
        return described[0]

    def _named_before_verb(self, tokens: list[Token], start: int, limit: int) -> bool:
        """Whether a capitalised word stands among ``tokens[start:limit]`` before the
        first reporting verb there (the name a described person gave: "a woman who gave
        only her first name, Rosa, said"): rule A703."""
        for tok in tokens[start:limit]:
            if tok.text.islower() and tok.lower in self.lex.verb_forms:
                return False
            if tok.capitalised:
                return True
        return False

    def _first_subject(self, tokens: list[Token], k: int, i: int, limit: int) -> Mention | None:
        """:meth:`sentence_subject` of the sentence opening at token ``k``, from ``i``."""
        while i < limit:
            tok = tokens[i]
            if tok.lower in _CLAUSE_OPENERS and (i == k or tokens[i - 1].text == ","):
                # rule A285: past a subordinate clause opening the sentence ("Last month,
                # when I asked Sanders if he would endorse her, he looked ... and said"),
                # when a mention follows its comma
                subject = self._past_clause(tokens, k, i, limit)
                if subject is not None:
                    return subject
            if tok.is_quote or not (
                tok.text[:1].isupper()
                or tok.lower in SUBJECT_PRONOUNS
                # rule A709: or a description after a conjunction opening the sentence
                # ("But a former supervisor at one X compound, ..., said")
                or (
                    i == k + 1
                    and tokens[k].text in OPENING_CONJUNCTIONS
                    and (tok.lower in _ARTICLES or tok.lower in _UNNAMED_OPENERS)
                )
            ):
                if (
                    tok.text == ","
                    and i + 2 < limit
                    and (
                        tokens[i + 1].lower == "the"
                        # rule A961: or an indefinite one after a place or time ("Down at
                        # the harbour, a fisherman mending nets put it more bluntly")
                        or (
                            tokens[i + 1].lower in ("a", "an")
                            and (
                                tokens[k].lower in _PREPOSITIONS
                                or tokens[k].lower in _PLACE_ADVERBS
                            )
                        )
                    )
                    and tokens[k].capitalised
                    and not tokens[k].lower.endswith("ed")  # (not "Cross-examined by X,")
                    and not any(
                        t.text.islower()
                        and (t.lower in self.lex.verb_forms or t.lower.endswith("ed"))
                        for t in tokens[k:i]
                    )
                    and (found := mention_after(tokens, i, self.lex)) is not None
                    and found[0].kind == "nominal"
                    and self.lex.role_kind(found[0].role or "") == "person"
                ):
                    # rule A868: a definite description after a phrase opening the
                    # sentence with no verb ("Back in Delicias, the pecan grower has
                    # stopped planting")
                    return found[0]
                if (
                    tok.text in ("a", "an")
                    and 2 <= i - k <= _MAX_BARE_OPENER
                    and tokens[k].capitalised
                    and tokens[k].lower in _PREPOSITIONS
                    and not any(
                        not (t.text.isalpha() or t.text.isdigit())
                        or (t.text.islower() and t.lower in self.lex.verb_forms)
                        for t in tokens[k + 1 : i]
                    )
                    and (found := mention_after(tokens, i - 1, self.lex)) is not None
                    and found[0].kind == "nominal"
                    and found[0].start == tok.start
                    and self.lex.role_kind(found[0].role or "") == "person"
                ):
                    # rule A1308: so an indefinite one after such a phrase with no comma
                    # ("On the quay a boy of about ten is waiting with his grandmother")
                    return found[0]
                i += 1
                if tok.lower in _PLACE_PREPOSITIONS and tok.text.islower():
                    # rule A767: past a place after its preposition ("Police in Suðurnes
                    # say"): the place is no subject
                    while i < limit and tokens[i].capitalised and not tokens[i].is_quote:
                        i += 1
                continue
            if tok.lower in _PREPOSITIONS:
                # "On Twitter, she ...", "In the New Hampshire debate, Bush ...": skip the
                # prepositional phrase, up to its comma (rule A303: or its copula before a
                # name, the subject: "Among the marchers was Krzysztof Dąbrowski")
                comma = next(
                    (
                        j
                        for j in range(i + 1, min(limit - 1, i + 20))
                        if tokens[j].text == ","
                        or (tokens[j].lower in INVERTING_COPULAS and tokens[j + 1].capitalised)
                    ),
                    i + 1,
                )
                if tokens[comma].text == "," and (
                    pronoun := next(
                        (
                            j
                            for j in range(i + 2, comma)
                            if tokens[j].lower in _OPENED_PRONOUNS
                            and tokens[j + 1].lower in self.lex.verb_forms
                        ),
                        None,
                    )
                ):
                    # rule A984: or to a pronoun and its verb, no comma after the phrase
                    # ("In a speech on Monday he said ..., while insisting that")
                    i = pronoun
                    continue
                i = comma + 1
                if i < limit and tokens[i].lower in _UNNAMED_OPENERS and tokens[comma].text == ",":
                    # rule A703: or an unnamed person's description after it ("Outside
                    # the factory on Tuesday, one employee, who ..., said")
                    found = mention_after(tokens, comma, self.lex)
                    if (
                        found is not None
                        and found[0].kind == "nominal"
                        and self.lex.role_kind(found[0].role or "") == "person"
                        and not self._named_before_verb(tokens, found[1], limit)
                    ):
                        return found[0]
                continue
            found = mention_after(tokens, i - 1, self.lex)
            if (
                found is None
                and tok.lower == "it"
                and i + 1 < limit
                and tokens[i + 1].lower in self.lex.verb_forms
            ):
                # rule A1137: "it" and its reporting verb ("In a post on social media, it
                # said ..., calling it "..."")
                return Mention(tok.start, tok.end, tok.text, "pronoun")
            if found is None:
                i += 1
                while i < limit and tokens[i].capitalised:
                    i += 1  # not a mention: skip the rest of its capitalised run
                continue
            mention, end = found
            if i == k and (group := opening_group(tokens, (mention, i), self.lex)) is not None:
                mention = group[0]  # rule A776: "Campaigners have vowed ..."
            if (
                mention.kind == "nominal"
                and self._role_kind(mention.role or "") == "person"
                and (apposed := apposed_person(tokens, end, self.lex)) is not None
            ):
                return apposed  # rule A811: "Our correspondent in X, Zainab al-Rubaie,"
            follower = tokens[end] if end < limit else None
            if (
                (
                    i > k
                    and tokens[i - 1].lower in _PREPOSITIONS
                    # rule A232: not the portfolio of a title before a name ("Secretary
                    # for Housing Winnie Leung Suk-yee")
                    and not (i - 1 > k and tokens[i - 2].text in self.lex.title_words)
                )
                # rule A299: past its article too ("in front of the Supreme Court")
                or (
                    i > k + 1
                    and tokens[i - 1].lower == "the"
                    and tokens[i - 2].lower in _PREPOSITIONS
                )
                # rule A174: "with journalist Matei Rosca", "to party chairman Reince
                # Priebus": the object of a preposition, past the role before the name
                or (
                    i > k + 1
                    and tokens[i - 1].lower in self.lex.roles
                    and (
                        tokens[i - 2].lower in _PREPOSITIONS
                        or (tokens[i - 2].text.islower() and tokens[i - 3].lower in _PREPOSITIONS)
                    )
                )
                or (
                    # rule A1009: the second name of a pair a dash joins ("on the
                    # Milan–Tirano line")
                    i > k + 1
                    and tokens[i - 1].text in _LINE_DASHES
                    and tokens[i - 1].start == tokens[i - 2].end
                    and tokens[i - 1].end == tokens[i].start
                )
                or (
                    # rule A131: a name in brackets, a dateline's agency ("BERLIN
                    # (Reuters) - ...")
                    i > k
                    and tokens[i - 1].text == "("
                    and follower is not None
                    and follower.text == ")"
                )
                or (
                    # rule A99: a lone word opening the sentence that the document never
                    # writes inside one is an opener, not a name ("Hours later, Trump ...")
                    i == k
                    and mention.kind == "name"
                    and " " not in mention.text
                    and not self.names.written_mid_sentence(mention.text)
                    and mention.text not in self.lex.given_names  # (A211: "Maureen, 81,")
                    and not self.names.written_as_person(mention.text)  # (A360, A384)
                    # rule A925: nor an acronym before its verb ("UNICEF condemned the
                    # abduction, saying"; not "NIAMEY, Feb 3", "HEAVYWEIGHT hopeful X")
                    and not (
                        len(mention.text) > 1
                        and mention.text.isupper()
                        and follower is not None
                        and follower.text.islower()
                        and (follower.lower in self.lex.verb_forms or follower.lower.endswith("ed"))
                    )
                    # rule A824: nor one a relative clause describes ("Isavia, which
                    # operates the airport, says")
                    and not (
                        end + 1 < limit
                        and tokens[end].text == ","
                        and tokens[end + 1].lower in ("which", "who", "whose")
                    )
                )
                or (
                    # a lone capitalised word that goes on with a preposition or an article
                    # opens the sentence without being its subject ("Appearing before
                    # cheering supporters, Suu Kyi said")
                    " " not in mention.text
                    # (rule A429: but a name after its title, "Queen Margrethe of Denmark")
                    and (mention.role is None or mention.text in self.lex.title_words)
                    and follower is not None
                    and (follower.lower in _PREPOSITIONS or follower.lower in _NOT_VERB_AFTER)
                )
                or (
                    # rule A116: a time phrase and a comma open the sentence as an
                    # adverbial ("The next day, her account posted")
                    mention.kind == "nominal"
                    and mention.role in _TIME_NOUNS
                    and follower is not None
                    and (
                        follower.text == ","
                        # rule A1046: or a preposition or "later" ("A year after the
                        # floods, Ana Zupan points")
                        or (follower.text.islower() and follower.lower in _AFTER_TIME)
                    )
                )
                # rule A426: nor a dateline's place ("MEXICO CITY/McALLEN, Texas -")
                or self.names.dateline_place(mention.start, mention.end)
            ):
                i = max(end, i + 1)
                continue
            if mention.kind != "pronoun" and follower is not None and follower.text.islower():
                # rule A232: a body's name, lower-case role words and a person's name
                # ("ECB executive board member Jens-Peter Vollrath struck"): the person
                j = end
                while j < limit and j - end < _MAX_ROLE_WORDS and tokens[j].text.islower():
                    j += 1
                if (
                    j < limit
                    and j > end
                    and tokens[j].capitalised
                    and (
                        self.lex.role_kind(tokens[j - 1].lower) == "person"
                        # rule A323: "Deccan Thunder co-owner Anjali Mehra-Kapoor"
                        or prefixed_role(tokens[j - 1].text, self.lex)
                    )
                    # rule A808: no verb among them, which makes the person its object
                    # ("Coach Ian Platt refused to blame referee Tom Hale")
                    and not any(
                        tokens[w].lower == "to"
                        or tokens[w].lower in self.lex.verb_forms
                        or tokens[w].lower in _AUXILIARIES  # ("has named rookie X")
                        for w in range(end, j - 1)
                    )
                ):
                    person = mention_after(tokens, j - 1, self.lex)
                    if person is not None and person[0].kind == "name":
                        return person[0]
                # rule A641: a capitalised word qualifying a role noun after it ("Mining
                # executives preferred a different phrase:"): the people it describes
                described = (
                    mention_before(tokens, end + 1, self.lex) if end + 1 < len(tokens) else None
                )
                if (
                    described is not None
                    and described[0].kind == "nominal"
                    and described[0].start == mention.start
                    # (people: "The police report" is the police's)
                    and self._role_kind(described[0].role or "") == "person"
                ):
                    return described[0]
            return mention
        return None

    def _past_clause(self, tokens: list[Token], k: int, i: int, limit: int) -> Mention | None:
        """The subject after the subordinate clause that token ``i`` opens (rule A285):
        the first mention past the clause's comma, the commas around a mention in
        apposition (``When Robby Mook, Clinton's campaign manager, was asked ..., he``)
        passed over. A pronoun there stands for the clause's own subject, when that is
        a name not known to be of the other gender."""
        j = i
        while True:
            comma = _next_comma(tokens, j + 1, min(limit, i + 25))
            if comma is None:
                return None
            apposed = mention_after(tokens, comma, self.lex)
            if apposed is not None and apposed[1] < limit and tokens[apposed[1]].text == ",":
                j = apposed[1]
                continue
            found = self._first_subject(tokens, k, comma + 1, limit)
            if found is None or found.kind != "pronoun":
                return found
            own = self._first_subject(tokens, k, i + 1, comma)
            if own is None or own.kind != "name":
                return found
            entry = self.lex.pronouns.get(found.text.lower())
            known = self.names.gender_of(self.names.canonical(own.text.split(), own.start))
            return found if entry is None or (known and known != entry[0]) else own

    def continuation(self, quote: Quote, done: list[Attribution]) -> Attribution:
        """A quotation with no cue of its own takes the speaker of the one just before it,
        when that one is in the same paragraph or ends the paragraph before."""
        if (
            quote.kind != "speech"
            or self.used_as_noun(quote)
            # rule A315: the words of a sign ("gathered under banners reading "...""), no
            # one's speech going on
            or _READING.search(self.text, max(0, quote.start - _READING_REACH), quote.start)
        ):
            return Attribution(quote=quote, speaker=None)
        introduced = self.introduced(quote)
        if introduced is not None:
            return introduced
        opened = quote.start - len(quote.segments[0].open_mark)
        if _NAMING_LEAD.search(self.text, max(0, opened - _NAMING_LEAD_REACH), opened):
            # rule A837: words a clause of their own introduces as a name, a motto or a
            # slogan ("a new nickname on social media: "...""), no one's speech going on
            # (not "a word for it:", which rule A641 gives to those who have it)
            return Attribution(quote=quote, speaker=None)
        prev = next(
            (
                a
                for a in reversed(done)
                if a.quote.kind == "speech"
                # rule A756: or words a cue after them gives ('The levee system "is
                # performing as designed," said Col. X, ... "We have seen no ..."')
                or (a.quote.kind == "fragment" and a.rule in _CUE_AFTER_RULES)
            ),
            None,
        )
        if (
            prev is not None
            and prev.speaker is not None
            # a longer gap never continues: do not read it (it may be long)
            and quote.start - prev.quote.end <= _MAX_CONTINUATION_GAP
        ):
            gap = self.text[prev.quote.end : quote.start]
            breaks = _PARAGRAPH_BREAK.findall(gap)
            # Only the cue of the earlier quotation may stand between: no other sentence,
            # neither after it nor opening the quotation's paragraph (rule A128: "Her
            # friend Jane Roe chimed in. "...")
            between = (gap[: gap.find("\n")] if breaks else gap).strip(_EDGE)
            opening = gap[gap.rfind("\n") + 1 :] if breaks else ""
            if not breaks and (lead := self._lead_in(gap.rstrip(_CLOSING_MARKS))) is not None:
                # rule A1072: or a lead-in of a few words with no verb after that cue
                # ('"...," she says. Then, after a pause: "..."')
                between = gap[:lead].strip(_EDGE)
            if (
                len(breaks) <= 1
                and len(gap) <= _MAX_CONTINUATION_GAP
                and not self.sentence_break(between)
                and not self.sentence_break(opening)
                and not self.second_cue(between)
            ):
                return Attribution(
                    quote=quote,
                    speaker=prev.speaker,
                    mention=prev.mention,
                    cue=prev.cue,
                    rule="continuation",
                    confidence=round(CONFIDENCE["continuation"] * prev.confidence, 3),
                )
        reported = self.previous_sentence(quote) or self.introduced_before(quote)
        if reported is not None:
            return reported
        return Attribution(quote=quote, speaker=None)

    def second_cue(self, text: str) -> bool:
        """Whether the cue of the earlier quotation is followed by another, joined by a
        conjunction (rule A388: '"...," Ebeling said, and her husband cut in. "..."'):
        the next quotation is not the earlier speaker's."""
        raw = text.split()
        words = [w.strip(_EDGE + ",.;:").lower() for w in raw]
        verbs = self.lex.verb_forms
        cues = [
            k
            for k, w in enumerate(words)
            if (w in verbs and not _state_noun(raw, k))
            or (k + 1 < len(words) and f"{w} {words[k + 1]}" in verbs)
        ]
        if len(cues) < 2:
            return False
        joins = [k for k in range(cues[0] + 1, cues[-1]) if words[k] in _COORDINATORS]
        if not joins:
            return False
        # the second cue's own subject, a short noun phrase right after the conjunction
        subject = raw[joins[-1] + 1 : cues[-1]]
        return 0 < len(subject) <= 4 and not any(
            w.endswith(",") or w.lower() in _RELATIVES for w in subject
        )

    def _lead_in(self, text: str) -> int | None:
        """Where a sentence of a few words in lower case with no verb, ending with a
        colon, opens at the end of ``text`` ("Then, after a pause:"): rule A1072; None
        when ``text`` ends with no such sentence."""
        m = _LEAD_IN.search(text)
        if m is None or any(w in self.lex.verb_forms for w in m.group(1).lower().split()):
            return None
        return m.start()

    def sentence_break(self, text: str) -> bool:
        """Whether ``text`` holds a sentence end: a full stop, question or exclamation
        mark before a capital, unless the stop ends an abbreviation (``Mr. Obama said
        ..., where Mrs. Clinton spoke``: rule A117)."""
        for m in _SENTENCE_BREAK.finditer(text):
            if text[m.start()] != ".":
                return True
            k = m.start()
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            word = text[k : m.start()]
            if word not in self.abbreviations and not (len(word) == 1 and word.isupper()):
                return True  # (an initial, "J. Doe", ends no sentence either)
        return False

    def previous_sentence(self, quote: Quote) -> Attribution | None:
        """A quotation opening its sentence after a sentence of reported speech (``Smith
        said the plan was dead.``) takes that sentence's speaker."""
        seg = quote.segments[0]
        tokens, qi = self.locate(seg)
        if qi is None:
            return None
        sentence = tokens[qi].sentence
        if qi > 0 and tokens[qi - 1].sentence == sentence:
            return None  # the quotation does not open its sentence
        same_paragraph = qi > 0
        if qi == 0:
            before = self.paragraph_before(tokens[0].start if tokens else seg.start)
            if not before:
                return None
            tokens, qi = before, len(before)
            sentence = tokens[-1].sentence + 1
        found = self.cue_before(tokens, qi, sentence - 1)
        if found is None:
            # rule A392: or "he" or "she" opening that sentence, with no cue ("She was
            # also critical of the milk. "...""): for whom the pronoun stands
            first = bisect.bisect_left(tokens, sentence - 1, key=_sentence)
            opener = tokens[first] if first < qi else None
            if opener is None:
                return None
            if opener.lower not in _PERSON_PRONOUNS or not opener.capitalised:
                # rule A812: or a person named as its main subject, in the same paragraph
                # ("In the market, spice trader Ravi Perera was blunt. "...""), when it
                # quotes nothing
                subject = (
                    self.sentence_subject(tokens, sentence - 1, qi) if same_paragraph else None
                )
                if (
                    subject is not None
                    and subject.kind == "pronoun"
                    and subject.text.lower() in _PERSON_PRONOUNS
                    and not any(t.is_quote for t in tokens[first:qi])
                ):
                    # rule A982: or "he" or "she" as its main subject past an opener
                    # ("Asked what she will miss most, she does not hesitate. "..."")
                    return self.resolve(quote, subject, None, "previous-sentence")
                if (
                    subject is None
                    or subject.kind != "name"
                    or any(t.is_quote for t in tokens[first:qi])
                    or self.names.speaker_at(subject.start, subject.end, None) is None
                    or self.names.impersonal(subject.text)
                ):
                    return None
                return self.resolve(quote, subject, None, "previous-sentence")
            pronoun = Mention(opener.start, opener.end, opener.text, "pronoun")
            return self.resolve(quote, pronoun, None, "previous-sentence")
        mention, cue, _ = found
        return self.resolve(quote, mention, cue, "previous-sentence")

    def _after_paragraph_of(self, at: int, pos: int) -> bool:
        """Whether ``at`` opens its paragraph and ``pos`` is in the paragraph right
        before it (rule A1095)."""
        before = self.paragraph_before(at) if self.line(at)[0] == at else None
        return _spans(before, pos) if before else False

    def paragraph_before(self, start: int) -> list[Token] | None:
        """The tokens of the paragraph right before the one opening at ``start``; None
        when there is none just before (or only after a wide gap)."""
        k = self.line(start)[0] - 1
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        if k <= 0 or start - k > 4:
            return None
        return self.paragraph(k - 1)

    def introduced_before(self, quote: Quote) -> Attribution | None:
        """A paragraph that is a quotation alone, after a paragraph whose last sentence,
        with no quotation, opens with a person's name (``Mehmet Emin Öztürk, a
        67-year-old retired teacher, stood at the edge of the square.``): that person's
        words (rule A350); None otherwise."""
        tokens, qi = self.locate(quote.segments[0])
        if (
            qi != 0
            or len(quote.text.split()) < _MIN_INTRODUCED_WORDS
            or any(not t.is_quote and t.text[:1].isalnum() for t in tokens)
        ):
            return None  # (a short one may be a heading: "'Relationships that last.'")
        before = self.paragraph_before(tokens[0].start)
        if not before:
            return None
        first = bisect.bisect_left(before, before[-1].sentence, key=_sentence)
        # (rule A1222: a quotation in that last sentence stops it, not one in an earlier
        # sentence: 'said in a statement that ... "...". Its spokesman, Rainer Kolbe,
        # went further.')
        if any(t.is_quote for t in before[first:]):
            return None
        subject = self.sentence_subject(before, before[-1].sentence, len(before))
        if subject is None or (
            subject.start != before[first].start
            # rule A581: or after a role or an opener, as the main subject ("Retired
            # teacher Pauline Sutcliffe, 71, ... spent", "At the centre, Grace Mwale sat";
            # rule A1143: or "he" or "she", "Asked whether ..., he shook his head.")
            and subject.kind not in ("name", "pronoun")
        ):
            return None
        if subject.kind == "pronoun" and subject.text.lower() in _PERSON_PRONOUNS:
            # rule A391: or with "he" or "she", for whom the pronoun stands ("She
            # pauses.")
            return self.resolve(quote, subject, None, "previous-sentence")
        if (
            subject.kind != "name"
            or self.names.speaker_at(subject.start, subject.end, None) is None
        ):
            return None
        return self.resolve(quote, subject, None, "previous-sentence")

    def used_as_noun(self, quote: Quote) -> bool:
        """A quoted term that its sentence goes on from (``"Containment" has been U.S.
        policy``) is named, not said: no speaker carries over to it."""
        last = quote.segments[-1]
        if last.text[-1:] in ".!?,;:—–-…" or not last.close_mark:
            return False
        after = self.text[last.end + len(last.close_mark) : last.end + len(last.close_mark) + 3]
        after = after.lstrip(" \t")
        return after[:1].isalpha() and after[:1].islower()

    def introduced(self, quote: Quote) -> Attribution | None:
        """A quotation opening a paragraph after one that ends with a colon: ``Trump
        issued the following statement:`` then the quoted statement."""
        text = self.text
        k = quote.start - len(quote.segments[0].open_mark) - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if k < 0 or text[k] != ":" or "\n" not in text[k : quote.start]:
            return None
        tokens = self.paragraph(k)
        colon = next((i for i, tok in enumerate(tokens) if tok.start == k), None)
        if colon is None:
            return None
        found = self.cue_before(tokens, colon + 1, tokens[colon].sentence)
        if found is None:
            head = self.sentence_subject(tokens, tokens[colon].sentence, colon)
            if head is None:
                return None
            found = (head, None, "X:")
        mention, cue, rule = found
        return self.resolve(quote, mention, cue, rule)


def _singular_role(text: str, role: str) -> bool:
    """Whether ``text`` is ``the`` and a role noun for one person (``the actress``,
    ``the former top aide``), not a group (``the crowd``, ``the two lawmakers``)."""
    words = text.lower().split()
    return (
        words[0] == "the"
        and words[-1] == role
        and _one_person(role)
        and not any(w.isdigit() or w in _NUMBER_WORDS for w in words)
    )


def _one_person(role: str) -> bool:
    """Whether the role noun ``role`` is held by one person (not ``officials``, ``the
    crowd``)."""
    # (rule A960: a noun in -ss is one person's too: "the witness", "the actress")
    return (not role.endswith("s") or role.endswith("ss")) and role not in _GROUP_ROLES


def _owner_pronoun(start: int, word: str) -> Mention | None:
    """The subject pronoun a possessive pronoun at ``start`` stands for (``Her report``,
    ``His answer``: rules A270, A279), as a mention spanning the possessive; None for
    any other word."""
    pronoun = _POSSESSIVE_PRONOUNS.get(word.lower())
    return Mention(start, start + len(word), pronoun, "pronoun") if pronoun else None


def _cue_goes_on(done: Sequence[Attribution], cue: Cue | None) -> bool:
    """Whether the quotation before was a speaker's words through the same cue (rule
    A271: 'FIFA said it was "in regular contact" and remained "fully confident"'): no
    other reporting verb stands between, so the later term is the same speaker's."""
    if cue is None or not done:
        return False
    last = done[-1]
    return last.speaker is not None and last.cue is not None and last.cue.start == cue.start


def _affiliation_end(tokens: list[Token], at: int) -> int | None:
    """The index of the comma closing a phrase of where an unnamed person works that
    starts at ``at`` with ``at`` or ``on`` and is followed by a clause keeping
    them unnamed (``at the shipyard, who ...``, ``on the commission, speaking ...``:
    rule A1174); None otherwise."""
    if at >= len(tokens) or tokens[at].lower not in ("at", "on"):
        return None
    for j in range(at + 2, min(len(tokens) - 1, at + 10)):
        if tokens[j].text == ",":
            return j if tokens[j + 1].lower in ("who", "speaking") else None
        if tokens[j].text in ".;:" or tokens[j].is_quote:
            return None
    return None


def _past_located(words: list[str]) -> list[str]:
    """``words`` past a place and ``-based`` or the like before a body's role noun
    (``Kansas City-based company`` -> ``company``: rule A236)."""
    for k, word in enumerate(words):
        if modifier_word(word):
            return words[k + 1 :]
    return words


def _chanted_from(text: str, tokens: list[Token], qi: int) -> Mention | None:
    """The noun phrase after ``from`` right after the chant at ``qi`` (rule A606: "to
    chants of "Four more years!" from the crowd", "cries of "Rubbish!" from the
    government benches"): up to four words opened by an article, or a plural noun alone,
    to the end of its clause or a preposition; None otherwise."""
    n = len(tokens)
    if qi + 3 >= n or tokens[qi + 1].lower != "from":
        return None
    opening = qi + 2
    # (rule A1047: or a plural noun with no article, "from supporters.")
    bare = tokens[opening].text.islower() and tokens[opening].lower.endswith("s")
    if tokens[opening].lower not in _ARTICLES and not bare:
        return None
    words_from = end = opening if bare else opening + 1  # (past the article)
    while end < n and end - qi <= 6 and tokens[end].text.isalpha():
        if tokens[end].lower in _PREPOSITIONS and end > opening + 1:
            break  # (rule A1047: up to a place after it, "the Bath supporters in the West Stand")
        if tokens[end].lower in _PREPOSITIONS or tokens[end].lower in ("and", "or", "who"):
            return None
        end += 1
    placed = end < n and tokens[end].lower in _PREPOSITIONS
    if end == words_from or (not placed and end < n and tokens[end].text not in ".,;!?)"):
        return None
    first, last = tokens[opening], tokens[end - 1]
    return Mention(first.start, last.end, text[first.start : last.end], "nominal", last.lower)


def _article_before(text: str, at: int) -> bool:
    """Whether "the", "a" or "an" and a space stand right before ``at`` (rules A221,
    A596)."""
    return _ARTICLE_BEFORE.search(text, max(0, at - 5), at) is not None


def _representative(role: str) -> bool:
    """Whether ``role`` speaks for another (``spokesman``, ``lawyer``: rule A1058)."""
    return role.startswith("spokes") or role in _REPRESENTATIVES


def _named_issuer(subject: Mention) -> bool:
    """Whether ``subject`` names who issued a report: a name, past its article (rule
    A711: "The UN Office on Drugs and Crime estimated in a report"; not "a Senedd
    committee", nor "the party")."""
    words = subject.text.split(" ", 1)
    first = words[1] if words[0] in ("The", "the") and len(words) > 1 else subject.text
    return first[:1].isupper() and subject.kind != "pronoun"


def _spoken_for(text: str, role: str) -> str | None:
    """The capitalised words before a spokesperson role in a noun phrase: ``Network
    Rail`` in ``A Network Rail spokesman``, or before an issued text (rule A382: ``WFP``
    in ``a WFP statement``); None for another role or no such words."""
    if not role.startswith("spokes") and role not in _ISSUED_TEXTS:
        return None
    words = text.split()
    if words[-1].lower() != role and role in (lowered := [w.lower() for w in words]):
        # rule A891: past where the spokesperson is ("A Sinoandes spokesperson in Beijing")
        words = words[: lowered.index(role) + 1]
    if any(w.lower().removesuffix("'s").removesuffix("’s") in _NO_ISSUER for w in words[:-1]):
        return None  # ("That letter", "Thursday's memo")
    body = [
        w
        for w in words[:-1]
        if (w[:1].isupper() and w.lower() not in _ARTICLES) or w in ("of", "for", "and")
    ]
    if (
        not body
        or not body[0][:1].isupper()
        or len(body) != len(words) - 1 - (words[0].lower() in _ARTICLES)
    ):
        return None  # (lower-case words in between: "a former White House spokesman")
    return " ".join(w[:-2] if w.endswith(("'s", "’s")) else w for w in body)


def _spans(tokens: list[Token], pos: int) -> bool:
    """Whether ``pos`` falls in the paragraph ``tokens`` (not empty), or just after its
    last token (a quotation's end before a full stop)."""
    return tokens[0].start <= pos <= tokens[-1].end + 1


def _sign_reads(tokens: list[Token], k: int) -> bool:
    """Whether ``read`` or ``reads`` at ``k`` has a sign as its subject, not ``that`` or
    ``which`` on one ("A banner stretched across X read "..."": rule A468)."""
    return tokens[k].lower in _SIGN_READS and tokens[k - 1].lower not in ("that", "which")


def _past_object(tokens: list[Token], first: int) -> bool:
    """Whether the mention at token ``first`` is the object of a past verb right before
    it, past an article ("packed the Plaza de Mayo"): rule A470."""
    k = first - 1
    if k > 0 and tokens[k].lower in _ARTICLES:
        k -= 1
    word = tokens[k] if k >= 0 else None
    return (
        word is not None
        and word.text.isalpha()
        and word.text.islower()
        and word.lower.endswith("ed")
        and word.lower not in _ED_NOUNS
    )


def _relative_before(tokens: list[Token], first: int) -> int | None:
    """The index of ``who`` a few lower-case words before token ``first`` ("who packed
    the gallery"), or None."""
    for j in range(first - 1, max(-1, first - 4), -1):
        if tokens[j].lower == "who":
            return j if j > 0 else None
        if not (tokens[j].text.isalpha() and tokens[j].text.islower()):
            return None
    return None


def _listed_after_preposition(tokens: list[Token], first: int) -> bool:
    """Whether the name at token ``first`` ends a list of names (``and``, commas) that a
    preposition opens: "in Santa Cruz and Las Palmas" (rule A468)."""
    j = first - 1
    if j < 1 or tokens[j].lower != "and":
        return False
    while j > 0 and (tokens[j].lower in ("and", ",") or tokens[j].capitalised):
        j -= 1
    return tokens[j].lower in _PREPOSITIONS


def _listed_quotation(tokens: list[Token], k: int) -> int | None:
    """The index of the quotation that ``and`` or ``or`` at ``k`` follows ('"..." and
    "..."'), past a gloss between dashes or brackets (rule A455: '"De-mo-kra-tia!" —
    Hebrew for democracy — and "Shame!"'); None when ``k`` is no such word."""
    if k < 2 or tokens[k].lower not in ("and", "or"):
        return None
    j = k - 1
    close = tokens[j].text
    if close in _GLOSS_MARKS:
        opening = "(" if close == ")" else close
        j = next(
            (m for m in range(j - 1, max(0, j - _GLOSS_REACH), -1) if tokens[m].text == opening),
            0,
        )
        j -= 1
    return j if j >= 0 and tokens[j].is_quote else None


def _holding_verb(tokens: list[Token], n: int) -> int | None:
    """The verb that holds, carries or puts up the sign named at token ``n`` (or the
    phrase opening there), a few words before it in its sentence (rules A393, A416)."""
    sentence = tokens[n].sentence
    # (rule A455: farther for the last of the verb's objects, "carried red lightning
    # bolts, the symbol of the 2020 protests, and banners reading")
    listed = any(tokens[m].lower == "and" for m in range(max(0, n - 3), n))
    for m in range(n - 1, max(-1, n - 1 - (_HOLDER_REACH_LISTED if listed else _HOLDER_REACH)), -1):
        if tokens[m].sentence != sentence or tokens[m].is_quote:
            return None
        if tokens[m].lower in _HOLDING or tokens[m].lower == "with":  # (A423: "with a banner")
            return m
        if tokens[m].lower == "behind":
            # rule A1065: the verb of those who go behind it ("marched down the Rua
            # Augusta behind a banner reading"; not farther, measured worse)
            return next(
                (
                    j
                    for j in range(m - 1, max(-1, m - _HOLDER_REACH), -1)
                    if tokens[j].text.islower() and tokens[j].lower.endswith("ed")
                ),
                None,
            )
    return None


def _after_preposition(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` follows a preposition, past an article (``of the Court``)."""
    k -= 1
    if k > 0 and tokens[k].lower in _ARTICLES:
        k -= 1
    return k >= 0 and tokens[k].lower in _PREPOSITIONS


def _subject_after_quote(
    tokens: list[Token], verb: int, lex: Lexicon
) -> tuple[Mention, int] | None:
    """The subject between a quotation and its verb at ``verb`` ('"...," the prefect
    told'), read rightwards from the quotation; None when there is none."""
    quote = next((q for q in range(verb - 1, max(-1, verb - 4), -1) if tokens[q].is_quote), None)
    found = mention_after(tokens, quote, lex) if quote is not None else None
    return found if found is not None and found[1] == verb else None


def _term(quote: Quote) -> bool:
    """A fragment of at most :data:`_MAX_TERM_WORDS` words that closes without
    punctuation: ``the so-called "rebels"``, ``a "unity" lunch``."""
    if quote.kind != "fragment" or len(quote.segments) != 1:
        return False
    return _term_words(quote.segments[0].text)


def _term_words(text: str) -> bool:
    """Whether quoted ``text`` is a term: at most :data:`_MAX_TERM_WORDS` words,
    closing without punctuation (rule A716: 'as a "chat admin"')."""
    content = text.rstrip()
    return len(content.split()) <= _MAX_TERM_WORDS and content[-1:].isalnum()


def _base_form_verb(tokens: list[Token], i: int) -> bool:
    """Whether the base form at ``i`` (``say``, ``claim``, ``term``) is used as a verb:
    after a subject pronoun, a modal, ``to``, a name or a plural noun (``they say``,
    ``will claim``, ``Officials say``, ``critics say``), not after an article or an
    adjective (``the claim``, ``a far cry``)."""
    if i == 0:
        return True
    prev = tokens[i - 1]
    if prev.lower in _NOT_VERB_AFTER or (
        # rule A511: the "to" of "according to" is no infinitive's ("According to rail
        # operator SNCF")
        prev.lower == "to" and i > 1 and tokens[i - 2].lower == "according"
    ):
        return False
    return (
        prev.lower in _BEFORE_BASE_FORM
        # rule A911: the past "read" after "he" or "she" ("he read a short statement to
        # waiting photographers:")
        or (prev.lower in ("he", "she") and tokens[i].lower == "read")
        or prev.capitalised
        or plural_form(prev.lower)
        or not prev.text.isalpha()
        # rule A798: or a plural's "of" phrase ("The owners of a clifftop caravan park say")
        or any(
            tokens[m].lower == "of" and plural_form(tokens[m - 1].lower)
            for m in range(max(1, i - _OF_PHRASE_WORDS), i - 1)
        )
    )


def _state_noun(raw: list[str], k: int) -> bool:
    """Whether ``raw[k]`` is "state" or "states" as a noun after a name, ending its
    clause ("stores in Poland and the Baltic states.", "Quintana Roo state,"), no verb
    (rule A926)."""
    word = raw[k].rstrip(".,;")
    return (
        word.lower() in ("state", "states")
        and k > 0
        and raw[k - 1][:1].isupper()
        and (raw[k] != word or k == len(raw) - 1)  # (punctuation or the end after it)
    )


def _named_in(quote: Quote, name: str) -> bool:
    """Whether ``quote``'s own words (not a quotation nested in it) speak of or to the
    person ``name`` by the given name or the surname alone ("Jordan has been patient",
    "Yes or no, Mr. Caldwell."; rule A1302), not by the full name, which one may use of
    oneself."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in _ARTICLES or not all(w[:1].isupper() for w in words):
        return False  # (a description: "A second farmer", "her spokesman")
    content = quote.content
    if words[0] not in content and words[-1] not in content:
        return False  # (the cheap test first: most quotations name no one)
    for inner in quote.nested:
        content = content.replace(inner.text, " ")
    given = re.escape(words[0])
    surname = re.escape(words[-1])
    if re.search(rf"\b{given} {surname}\b", content):
        return False  # (one may name oneself in full: "they say Bernie Sanders should")
    return re.search(rf"\b(?:{given}|{surname})\b", content) is not None


def _gender(value: str | None) -> Literal["m", "f"] | None:
    if value == "m":
        return "m"
    if value == "f":
        return "f"
    return None


def _start(token: Token | Quote) -> int:
    return token.start


def _sentence(token: Token) -> int:
    return token.sentence


def _inside_first_clause(tokens: list[Token], k: int, qi: int) -> bool:
    """Whether the cue at ``k`` stands inside a that-clause, opened before it, that "and
    that" closes before the quotation at ``qi``, itself taking no that-clause (rule
    A376: 'She added that the group had written to the Commission asking it to examine
    the decree, and that the crew would use the days for "..."': not "asking")."""
    if k + 1 < qi and tokens[k + 1].lower == "that":
        return False
    sentence = tokens[k].sentence
    opened = False  # a that-clause opens before the cue, in its sentence
    for j in range(k - 1, -1, -1):
        if tokens[j].sentence != sentence:
            break
        if tokens[j].lower == "that":
            opened = True
            break
    return opened and any(
        tokens[j].lower == "and" and tokens[j + 1].lower == "that" for j in range(k + 1, qi - 1)
    )


def _joined_that(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether ``and that`` (rule A682) or ``but that`` (rule A1042) stands among
    ``tokens[start:stop]``."""
    return any(
        tokens[j].lower in ("and", "but") and tokens[j + 1].lower == "that"
        for j in range(start, stop - 1)
    )


def _names_given(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a clause giving a name (rule A1274): the
    cheap test before ``_NAME_GIVEN``."""
    return text.find("name", start, end) >= 0 or text.find("identified", start, end) >= 0


def _given_name(found: regex.Match[str]) -> tuple[str, Gender]:
    """The name ``_NAME_GIVEN`` found, and the gender of its clause's pronoun."""
    return found.group("name"), _OWNER_GENDERS.get(found.group("owner") or "")


def _timed(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok``, after a preposition, opens a time, not a place or a body ("in
    1956", "on Tuesday", "in March")."""
    return tok.text[:1].isdigit() or tok.text in lex.nonnames or tok.text in _MONTHS


def _finite_before(tokens: list[Token], k: int) -> bool:
    """Whether an auxiliary stands right before the verb at ``k``, or before a ``not``
    right before it (``had dismissed``, ``did not comment``)."""
    before = tokens[k - 1].lower
    if before == "not" and k > 1:
        return tokens[k - 2].lower in _FINITE_AUXILIARIES
    return before in _AUXILIARIES


def _past_auxiliaries(tokens: list[Token], k: int) -> int:
    """The index of the word before the auxiliaries (and ``not``) before ``k``."""
    j = k - 1
    while j > 0 and (tokens[j].lower in _FINITE_AUXILIARIES or tokens[j].lower == "not"):
        j -= 1
    return j


def _clause_end(tokens: list[Token], start: int, stop: int) -> int | None:
    """The index of the first comma among ``tokens[start:stop]``, or of the second dash
    of a dashed aside before it (rule A681: "Speaking to Sky Sports on Sunday — before
    the decision was taken — Belardinelli had insisted"), or of a dash alone; None when
    there is none."""
    for j in range(start, stop):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in _ASIDE_DASHES:
            return next((m for m in range(j + 1, stop) if tokens[m].text in _ASIDE_DASHES), j)
    return None


def _next_comma(tokens: list[Token], start: int, stop: int) -> int | None:
    """The index of the first comma among ``tokens[start:stop]``, or None."""
    return next((j for j in range(start, stop) if tokens[j].text == ","), None)
