"""Attribution cues: reporting verbs, cue phrases, titles, role nouns, names and places.

The word lists live in plain UTF-8 text files under ``quoteattr/data/<language>/``,
one entry a line, fields separated by a TAB, ``#`` comment lines and blank lines
allowed. Each file starts with a comment that states its format:

============================  ====================================================
``verbs.txt``                 ``lemma`` or ``lemma<TAB>form form ...``
``phrases.txt``               ``phrase<TAB>source|passive|setting``
``titles.txt``                ``title<TAB>m|f|-``
``title_words.txt``           ``word``
``roles.txt``                 ``role<TAB>m|f|-<TAB>person|org``
``pronouns.txt``              ``pronoun<TAB>m|f|-<TAB>sg|pl|-<TAB>1|2|3``
``demonyms.txt``              ``adjective``
``given_names.txt``           ``name<TAB>m|f|-``
``nonnames.txt``              ``word``
``org_words.txt``             ``word``
``abbreviations.txt``         ``abbreviation`` (without its final period)
``number_abbreviations.txt``  ``abbreviation`` (written before a number: ``No``)
``places.txt``                ``place`` (as written, with any final period)
============================  ====================================================

:func:`load_lexicon` reads them once per language into an immutable
:class:`Lexicon`; :meth:`Lexicon.extend` returns a new lexicon with extra entries.
The lists are rules and word lists only: no statistical model is involved.
"""

from __future__ import annotations

import functools
import os
import pathlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from types import MappingProxyType
from typing import Final, Literal, TypeAlias, TypeVar

import attrs

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

__all__ = [
    "Gender",
    "Lexicon",
    "UnknownLanguageError",
    "inflect",
    "load_lexicon",
]

Gender: TypeAlias = Literal["m", "f"] | None
"""Grammatical gender of a title, role, pronoun or name; ``None`` means unknown or either."""

_T = TypeVar("_T")

#: Allowed values of the type column of ``phrases.txt``.
_PHRASE_TYPES: Final = frozenset({"source", "passive", "setting"})
#: Allowed values of the kind column of ``roles.txt``.
_ROLE_KINDS: Final = frozenset({"person", "org", "text"})
#: Allowed values of the number column of ``pronouns.txt``.
_NUMBERS: Final = frozenset({"sg", "pl", "-"})
_GENDERS: Final[Mapping[str, Gender]] = MappingProxyType({"m": "m", "f": "f", "-": None})
_VOWELS: Final = frozenset("aeiou")
# A language is a folder name such as "en" or "pt-br"; nothing that could climb out
# of the data folder.
_LANGUAGE_RE: Final = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


class UnknownLanguageError(ValueError):
    """No word lists exist for the requested language.

    Subclasses :class:`ValueError`, so ``except ValueError`` also catches it.

    Example:
        >>> try:
        ...     load_lexicon("xx")
        ... except UnknownLanguageError as error:
        ...     print(isinstance(error, ValueError))
        True
    """


# One converter per field type: the attrs mypy plugin cannot infer generic converters.
def _freeze_strings(mapping: Mapping[str, str]) -> Mapping[str, str]:
    """Return a read-only copy of ``mapping``."""
    return MappingProxyType(dict(mapping))


def _freeze_genders(mapping: Mapping[str, Gender]) -> Mapping[str, Gender]:
    """Return a read-only copy of ``mapping``."""
    return MappingProxyType(dict(mapping))


def _freeze_roles(
    mapping: Mapping[str, tuple[Gender, str]],
) -> Mapping[str, tuple[Gender, str]]:
    """Return a read-only copy of ``mapping``."""
    return MappingProxyType(dict(mapping))


def _freeze_pronouns(
    mapping: Mapping[str, tuple[Gender, str, int]],
) -> Mapping[str, tuple[Gender, str, int]]:
    """Return a read-only copy of ``mapping``."""
    return MappingProxyType(dict(mapping))


def _freeze_set(items: Iterable[str]) -> frozenset[str]:
    """Return ``items`` as a frozenset."""
    return frozenset(items)


def _normalise(words: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(words.split())


def _normalise_lower(words: str) -> str:
    """Collapse whitespace and lowercase (the key form of case-insensitive lists)."""
    return _normalise(words).lower()


@attrs.frozen(slots=True)
class Lexicon:
    """Immutable word lists for one language.

    Build one with :func:`load_lexicon` (cached) and add entries with
    :meth:`extend`, which returns a new lexicon. Every mapping is a read-only view
    of a private copy and every set is a :class:`frozenset`.

    Attributes:
        language: The language code, e.g. ``"en"``.
        verb_forms: Every form of every reporting verb, lowercased, mapped to its
            lemma (``"said"`` -> ``"say"``, ``"pointed out"`` -> ``"point out"``).
        phrases: Lowercased multi-word cues mapped to their type: ``"source"``
            (the speaker follows: "according to"), ``"passive"`` (follows the
            speaker: "was quoted as saying") or ``"setting"`` ("in a statement").
        titles: Titles as written before names ("Foreign Minister", "Sen.") mapped
            to a gender.
        title_words: Single capitalised words that can be part of a title.
        roles: Lowercase role nouns ("spokeswoman", "ministry") mapped to
            ``(gender, kind)`` where kind is ``"person"``, ``"org"`` or ``"text"``
            (a written statement: "the letter says").
        pronouns: Lowercase pronouns mapped to ``(gender, number, person)``, with
            number ``"sg"``, ``"pl"`` or ``"-"`` and person 1, 2 or 3.
        demonyms: Nationality and regional adjectives ("Russian", "U.S."), each one-word
            one also after a compass word ("South Australian", "West African").
        given_names: Given names as written ("Sergey") mapped to a gender.
        nonnames: Capitalised words that are never part of a person's name.
        org_words: Words that mark an organisation ("Ministry", "Inc.").
        abbreviations: Words written before a period that does not end the
            sentence, without that period ("Sen", "Inc", "Calif"). It includes
            the period-final words of :attr:`titles` and :attr:`org_words`, and
            :attr:`number_abbreviations`.
        number_abbreviations: Abbreviations written before a number ("No. 3",
            "Vol. 2"), without their period: no name runs on past their period
            ("No. Mike Tararo, who runs tours" names "Mike Tararo").
        places: Place names as written ("Pennsylvania", "North Korea", "Md."),
            periods of abbreviations included, so that they are not taken for
            people's names.

    Example:
        >>> lexicon = load_lexicon("en")
        >>> lexicon.language, lexicon.phrases["according to"]
        ('en', 'source')
    """

    # Mappings are left out of the hash (they are unhashable) but compared by value.
    language: str
    verb_forms: Mapping[str, str] = attrs.field(converter=_freeze_strings, repr=False, hash=False)
    phrases: Mapping[str, str] = attrs.field(converter=_freeze_strings, repr=False, hash=False)
    titles: Mapping[str, Gender] = attrs.field(converter=_freeze_genders, repr=False, hash=False)
    title_words: frozenset[str] = attrs.field(converter=_freeze_set, repr=False)
    roles: Mapping[str, tuple[Gender, str]] = attrs.field(
        converter=_freeze_roles, repr=False, hash=False
    )
    pronouns: Mapping[str, tuple[Gender, str, int]] = attrs.field(
        converter=_freeze_pronouns, repr=False, hash=False
    )
    demonyms: frozenset[str] = attrs.field(converter=_freeze_set, repr=False)
    given_names: Mapping[str, Gender] = attrs.field(
        converter=_freeze_genders, repr=False, hash=False
    )
    nonnames: frozenset[str] = attrs.field(converter=_freeze_set, repr=False)
    org_words: frozenset[str] = attrs.field(converter=_freeze_set, repr=False)
    abbreviations: frozenset[str] = attrs.field(
        converter=_freeze_set, factory=frozenset, repr=False
    )
    places: frozenset[str] = attrs.field(converter=_freeze_set, factory=frozenset, repr=False)
    number_abbreviations: frozenset[str] = attrs.field(
        converter=_freeze_set, factory=frozenset, repr=False
    )
    # The abbreviations a name may run on past (all but those written before a number);
    # derived, so not compared.
    name_abbreviations: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    # Lowercased titles for case-insensitive lookups; derived, so not compared.
    _folded_titles: Mapping[str, Gender] = attrs.field(init=False, repr=False, eq=False, hash=False)

    @name_abbreviations.default
    def _name_abbreviations(self) -> frozenset[str]:
        return self.abbreviations - self.number_abbreviations

    @_folded_titles.default
    def _fold_titles(self) -> Mapping[str, Gender]:
        folded: dict[str, Gender] = {}
        for title, gender in self.titles.items():
            key = title.lower()
            # Two spellings that differ only in case but disagree on gender
            # ("Mother" vs a hypothetical "MOTHER") make the folded gender unknown.
            folded[key] = gender if folded.get(key, gender) == gender else None
        return MappingProxyType(folded)

    def verb_lemma(self, word: str) -> str | None:
        """Return the lemma of a reporting-verb form, or ``None``.

        Args:
            word: One word ("Said") or a phrasal verb ("pointed out"); case and
                surrounding or repeated whitespace are ignored.

        Returns:
            The lemma, or ``None`` when ``word`` is not a known reporting-verb form.

        Example:
            >>> lexicon = load_lexicon()
            >>> [lexicon.verb_lemma(word) for word in ("Told", "pointed out", "ate")]
            ['tell', 'point out', None]
        """
        return self.verb_forms.get(_normalise_lower(word))

    def role_kind(self, word: str) -> str | None:
        """Return what the role noun ``word`` names: ``"person"``, ``"org"`` or
        ``"text"``, or ``None`` when it is no listed role noun. ``word`` is looked up as
        given (the list is in lower case).

        Example:
            >>> lexicon = load_lexicon()
            >>> [lexicon.role_kind(word) for word in ("spokeswoman", "ministry", "tree")]
            ['person', 'org', None]
        """
        entry = self.roles.get(word)
        return entry[1] if entry is not None else None

    def is_title(self, words: str) -> bool:
        """Tell whether ``words`` is a title written before a name.

        The lookup is exact first ("Sen."), then case-insensitive ("sen.").

        Args:
            words: One or more words, e.g. ``"Foreign Minister"``.

        Returns:
            ``True`` when ``words`` is a known title.

        Example:
            >>> lexicon = load_lexicon()
            >>> [lexicon.is_title(words) for words in ("Foreign Minister", "sen.", "Paris")]
            [True, True, False]
        """
        key = _normalise(words)
        return key in self.titles or key.lower() in self._folded_titles

    def title_gender(self, words: str) -> Gender:
        """Return the gender a title implies ("Mrs." -> ``"f"``).

        Args:
            words: A title as written; matched exactly first, then ignoring case.

        Returns:
            ``"m"``, ``"f"``, or ``None`` when the title is neutral or unknown.

        Example:
            >>> lexicon = load_lexicon()
            >>> [lexicon.title_gender(title) for title in ("Mrs.", "congressman", "Gen.")]
            ['f', 'm', None]
        """
        key = _normalise(words)
        if key in self.titles:
            return self.titles[key]
        return self._folded_titles.get(key.lower())

    def name_gender(self, given_name: str) -> Gender:
        """Return the usual gender of a given name.

        The name is looked up as written, then capitalised ("SERGEY" -> "Sergey").
        An unlisted hyphenated name takes the gender its listed parts agree on
        ("Jean-Baptiste" -> ``"m"``).

        Args:
            given_name: A given (first) name.

        Returns:
            ``"m"``, ``"f"``, or ``None`` for unisex or unknown names.

        Example:
            >>> lexicon = load_lexicon()
            >>> [lexicon.name_gender(name) for name in ("Sergey", "maria", "Kim")]
            ['m', 'f', None]
        """
        name = given_name.strip()
        if name in self.given_names:
            return self.given_names[name]
        parts = [part[:1].upper() + part[1:].lower() for part in name.split("-")]
        capitalised = "-".join(parts)
        if capitalised in self.given_names:
            return self.given_names[capitalised]
        genders = {self.given_names.get(part) for part in parts if part} - {None}
        if len(parts) > 1 and len(genders) == 1:
            return genders.pop()
        return None

    def is_place(self, words: str) -> bool:
        """Tell whether ``words`` is a known place name.

        The lookup is exact and case-sensitive ("Paris", not "paris"); a form
        without the final period of a listed abbreviation also matches ("Md" for
        "Md.", "N.Y" for "N.Y.").

        Args:
            words: One or more words as written, e.g. ``"North Korea"``; surrounding
                or repeated whitespace is ignored.

        Returns:
            ``True`` when ``words`` is a known place.

        Example:
            >>> lexicon = load_lexicon()
            >>> [lexicon.is_place(words) for words in ("Vt.", "Md", "North Korea", "Sergey")]
            [True, True, True, False]
        """
        key = _normalise(words)
        return key in self.places or (bool(key) and key[-1] != "." and f"{key}." in self.places)

    def extend(
        self,
        *,
        verbs: Iterable[str] = (),
        phrases: Mapping[str, str] | None = None,
        titles: Mapping[str, Gender] | None = None,
        roles: Mapping[str, tuple[Gender, str]] | None = None,
        given_names: Mapping[str, Gender] | None = None,
        places: Iterable[str] = (),
    ) -> Lexicon:
        """Return a new lexicon with extra entries; this one is left unchanged.

        New entries replace existing ones with the same key.

        Titles ending in a period also add to :attr:`abbreviations`.

        Args:
            verbs: Reporting verbs, each a lemma whose forms are generated by
                :func:`inflect` (``"opine"``, ``"chime in"``), or a line in the
                ``verbs.txt`` format, ``"lemma\\tform form ..."``, for irregular
                verbs. A word that is already a known form ("said") is skipped.
            phrases: Multi-word cues mapped to ``"source"``, ``"passive"`` or
                ``"setting"``; keys are lowercased.
            titles: Titles as written mapped to ``"m"``, ``"f"`` or ``None``.
            roles: Role nouns mapped to ``(gender, kind)``, kind ``"person"``,
                ``"org"`` or ``"text"``; keys are lowercased.
            given_names: Given names as written mapped to a gender.
            places: Place names as written, e.g. ``["Upper Volta", "Sask."]``;
                they are not added to :attr:`abbreviations`.

        Returns:
            A new :class:`Lexicon`.

        Raises:
            ValueError: An entry is empty or has an unknown type, kind or gender.
            TypeError: ``verbs`` or ``places`` is a single string instead of an
                iterable of them.

        Example:
            >>> base = load_lexicon()
            >>> bigger = base.extend(verbs=["harrumph"], titles={"Grand Vizier": "m"})
            >>> bigger.verb_lemma("harrumphed"), base.verb_lemma("harrumphed")
            ('harrumph', None)
        """
        for keyword, value in (("verbs", verbs), ("places", places)):
            if isinstance(value, str):
                msg = (
                    f"{keyword} must be an iterable of strings, not one string:"
                    f" write {keyword}=[{value!r}]"
                )
                raise TypeError(msg)
        verb_forms = dict(self.verb_forms)
        for entry in verbs:
            lemma_field, _, forms_field = entry.partition("\t")
            if not forms_field.strip() and _normalise_lower(lemma_field) in verb_forms:
                continue  # already known, possibly as an inflected form
            lemma, forms = _verb_entry(lemma_field, forms_field or None)
            verb_forms.update(dict.fromkeys(forms, lemma))

        new_phrases = dict(self.phrases)
        for phrase, kind in (phrases or {}).items():
            new_phrases[_non_empty(_normalise_lower(phrase), "phrase")] = _choice(
                kind, _PHRASE_TYPES, f"type of phrase {phrase!r}"
            )

        new_titles = dict(self.titles)
        for title, gender in (titles or {}).items():
            new_titles[_non_empty(_normalise(title), "title")] = _check_gender(
                gender, f"title {title!r}"
            )

        new_roles = dict(self.roles)
        for role, (gender, kind) in (roles or {}).items():
            new_roles[_non_empty(_normalise_lower(role), "role")] = (
                _check_gender(gender, f"role {role!r}"),
                _choice(kind, _ROLE_KINDS, f"kind of role {role!r}"),
            )

        new_names = dict(self.given_names)
        for name, gender in (given_names or {}).items():
            new_names[_non_empty(name.strip(), "given name")] = _check_gender(
                gender, f"given name {name!r}"
            )

        new_places = self.places | {_non_empty(_normalise(place), "place") for place in places}

        return attrs.evolve(
            self,
            verb_forms=verb_forms,
            phrases=new_phrases,
            titles=new_titles,
            roles=new_roles,
            given_names=new_names,
            abbreviations=self.abbreviations | _dotted_stems(new_titles),
            places=new_places,
        )


@functools.lru_cache(maxsize=8)
def longest_verb_forms(lex: Lexicon) -> Mapping[str, int]:
    """For each first word of a verb form of two words or more, the most words such a
    form has (``put`` -> 5 for ``put the death toll at``: rule A1021). Once per lexicon."""
    longest: dict[str, int] = {}
    for form in lex.verb_forms:
        if " " in form:
            words = form.split(" ")
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return MappingProxyType(longest)


def _dotted_stems(entries: Iterable[str]) -> frozenset[str]:
    """The words of ``entries`` that end in a period, without it ("Lt. Gov." -> Lt, Gov)."""
    return frozenset(
        word[:-1]
        for entry in entries
        for word in entry.split()
        if len(word) > 1 and word[-1] == "."
    )


def _non_empty(key: str, what: str) -> str:
    if not key:
        msg = f"empty {what} given to Lexicon.extend()"
        raise ValueError(msg)
    return key


def _check_gender(value: object, what: str) -> Gender:
    if value is None:
        return None
    if value == "m":
        return "m"
    if value == "f":
        return "f"
    msg = f"gender of {what} must be 'm', 'f' or None, got {value!r}"
    raise ValueError(msg)


# --- verb inflection ---------------------------------------------------------------


def _consonant_y(verb: str) -> bool:
    return len(verb) >= 2 and verb[-1] == "y" and verb[-2] not in _VOWELS


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        return verb + "es"
    if _consonant_y(verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if _consonant_y(verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def _present_participle(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith(("ee", "oe", "ye")) or len(verb) <= 2:
        return verb + "ing"  # agreeing, hoeing, eyeing, being
    if verb.endswith("e"):
        return verb[:-1] + "ing"
    return verb + "ing"


def inflect(lemma: str) -> tuple[str, ...]:
    """Return the lemma and the regular inflections of a verb, lowercased.

    The forms are the lemma, 3rd person singular, past (= past participle) and
    ``-ing``, without duplicates. A phrasal verb ("point out") inflects its first
    word only. Final consonants are never doubled and irregular verbs are not
    recognised: list such forms explicitly in ``verbs.txt``.

    Args:
        lemma: A verb lemma, e.g. ``"reply"`` or ``"chime in"``.

    Returns:
        The forms, lemma first.

    Raises:
        ValueError: ``lemma`` is empty or blank.

    Example:
        >>> inflect("reply")
        ('reply', 'replies', 'replied', 'replying')
        >>> inflect("point out")
        ('point out', 'points out', 'pointed out', 'pointing out')
    """
    words = _normalise_lower(lemma).split(" ")
    head, particles = words[0], words[1:]
    if not head:
        msg = "inflect() needs a verb, got an empty string"
        raise ValueError(msg)
    heads = (head, _third_person(head), _past(head), _present_participle(head))
    return tuple(dict.fromkeys(" ".join([form, *particles]) for form in heads))


def _verb_entry(lemma_field: str, forms_field: str | None) -> tuple[str, tuple[str, ...]]:
    """Parse one ``verbs.txt`` entry into ``(lemma, all forms including the lemma)``."""
    lemma = _normalise_lower(lemma_field)
    if not lemma:
        msg = "empty verb lemma"
        raise ValueError(msg)
    if forms_field is None:
        return lemma, inflect(lemma)
    heads = forms_field.lower().split()
    if not heads:
        msg = f"no forms listed after the TAB for verb {lemma!r}"
        raise ValueError(msg)
    particles = lemma.split(" ")[1:]
    forms = (lemma, *(" ".join([head, *particles]) for head in heads))
    return lemma, tuple(dict.fromkeys(forms))


# --- loading -------------------------------------------------------------------------


def _data_root() -> Traversable:
    return resources.files("quoteattr") / "data"


def _available_languages(root: Traversable) -> list[str]:
    if not root.is_dir():
        return []
    return sorted(
        entry.name
        for entry in root.iterdir()
        if entry.is_dir() and _LANGUAGE_RE.fullmatch(entry.name)
    )


def _malformed(source: Traversable, lineno: int, problem: str) -> ValueError:
    return ValueError(f"{source}, line {lineno}: {problem}")


def _records(source: Traversable, widths: tuple[int, ...]) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, fields)`` for each entry line of a data file."""
    if not source.is_file():
        msg = f"missing word list {source}"
        raise ValueError(msg)
    text = source.read_text(encoding="utf-8").removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}")
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] == "#":
            continue
        # (a line without a TAB is its one field, already stripped: most lines of the
        # lists of one field, read without building a list of their parts)
        fields = [field.strip() for field in line.split("\t")] if "\t" in line else [line]
        if len(fields) not in widths or not all(fields):
            expected = " or ".join(str(width) for width in widths)
            problem = (
                f"expected {expected} non-empty TAB-separated field(s), got {len(fields)}: {raw!r}"
            )
            raise _malformed(source, lineno, problem)
        yield lineno, fields


def _keyed(
    source: Traversable,
    widths: tuple[int, ...],
    key: Callable[[str], str],
    value: Callable[[Sequence[str]], _T],
) -> dict[str, _T]:
    """Read a data file into a dict, rejecting duplicate keys and bad values."""
    result: dict[str, _T] = {}
    for lineno, fields in _records(source, widths):
        name = key(fields[0])
        if name in result:
            raise _malformed(source, lineno, f"duplicate entry {name!r}")
        try:
            result[name] = value(fields)
        except ValueError as error:
            raise _malformed(source, lineno, str(error)) from None
    return result


# The big word lists read in one pass of ``re`` when every line is plain: empty, a
# comment from its first character, or fields of words joined by single spaces (so
# already what ``_normalise`` makes of them: stripped, no other whitespace) and one
# TAB, no other line break than "\n"; and no key twice. Such a file gives the same as
# ``_keyed`` gives line by line; any other file is read by ``_keyed``, for its errors.
_PLAIN_NAME: Final = r"[^\s#]\S*(?: \S+)*"
# (a comment up to any line break of ``str.splitlines``)
_COMMENT: Final = r"#[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*"


@functools.lru_cache(maxsize=2)
def _plain_patterns(line: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A text of plain lines of the form ``line`` (compiled on first use, not at
    import), and one such line (its fields in groups)."""
    return (
        re.compile(rf"(?:(?:{_COMMENT}|{line})?\n)*(?:{_COMMENT}|{line})?"),
        re.compile(rf"^{line}$", re.MULTILINE),
    )


def _plain_text(source: Traversable, lines: re.Pattern[str]) -> str | None:
    """The text of ``source`` when all its lines are plain (``lines``); else None."""
    if not source.is_file():
        return None  # (``_records`` says so)
    text = source.read_text(encoding="utf-8").removeprefix("\N{ZERO WIDTH NO-BREAK SPACE}")
    return text if lines.fullmatch(text) else None


def _words(source: Traversable) -> frozenset[str]:
    lines, line = _plain_patterns(_PLAIN_NAME)
    text = _plain_text(source, lines)
    if text is not None:
        words = line.findall(text)
        if len(set(words)) == len(words):
            return frozenset(words)
    return frozenset(_keyed(source, (1,), _normalise, _present))


# rule A1181: a region's people, a compass word before a demonym ("South Australian",
# "West African", "Eastern European"), are written as one
_COMPASS_WORDS = "North South East West Northern Southern Eastern Western Central".split()


def _with_compass(demonyms: frozenset[str]) -> frozenset[str]:
    """``demonyms`` with each one-word demonym also after a compass word."""
    return demonyms | {
        f"{compass} {demonym}"
        for demonym in demonyms
        if " " not in demonym and demonym[:1].isupper()
        for compass in _COMPASS_WORDS
    }


def _gendered(source: Traversable) -> dict[str, Gender]:
    """A list of names or titles with a gender each (``name<TAB>m``, ``f`` or ``-``)."""
    lines, line = _plain_patterns(f"({_PLAIN_NAME})\t([mf-])")
    text = _plain_text(source, lines)
    if text is not None:
        pairs = line.findall(text)
        genders = {name: _GENDERS[gender] for name, gender in pairs}
        if len(genders) == len(pairs):
            return genders
    return _keyed(source, (2,), _normalise, _second_gender)


def _present(fields: Sequence[str]) -> bool:
    return True


def _gender(field: str) -> Gender:
    if field not in _GENDERS:
        msg = f"gender must be m, f or -, got {field!r}"
        raise ValueError(msg)
    return _GENDERS[field]


def _choice(field: str, allowed: frozenset[str], what: str) -> str:
    if field not in allowed:
        msg = f"{what} must be one of {', '.join(sorted(allowed))}, got {field!r}"
        raise ValueError(msg)
    return field


def _phrase_type(fields: Sequence[str]) -> str:
    return _choice(fields[1], _PHRASE_TYPES, "phrase type")


def _second_gender(fields: Sequence[str]) -> Gender:
    return _gender(fields[1])


def _role(fields: Sequence[str]) -> tuple[Gender, str]:
    return _gender(fields[1]), _choice(fields[2], _ROLE_KINDS, "role kind")


def _pronoun(fields: Sequence[str]) -> tuple[Gender, str, int]:
    if fields[3] not in {"1", "2", "3"}:
        msg = f"person must be 1, 2 or 3, got {fields[3]!r}"
        raise ValueError(msg)
    return _gender(fields[1]), _choice(fields[2], _NUMBERS, "number"), int(fields[3])


def _verbs(source: Traversable) -> dict[str, str]:
    """Read ``verbs.txt`` into a form -> lemma dict."""
    forms: dict[str, str] = {}
    lemmas: set[str] = set()
    for lineno, fields in _records(source, (1, 2)):
        try:
            lemma, inflected = _verb_entry(fields[0], fields[1] if len(fields) == 2 else None)
        except ValueError as error:
            raise _malformed(source, lineno, str(error)) from None
        if lemma in lemmas:
            raise _malformed(source, lineno, f"duplicate verb {lemma!r}")
        lemmas.add(lemma)
        for form in inflected:
            if forms.setdefault(form, lemma) != lemma:
                problem = f"form {form!r} of {lemma!r} is already a form of {forms[form]!r}"
                raise _malformed(source, lineno, problem)
    return forms


def _load_from_dir(root: Traversable | str | os.PathLike[str], language: str) -> Lexicon:
    """Read the word lists of ``language`` from the folder ``root/language``.

    Args:
        root: The data folder holding one sub-folder per language.
        language: The language code, a sub-folder name such as ``"en"``.

    Raises:
        UnknownLanguageError: ``root`` has no folder for ``language``.
        ValueError: A file is missing or a line is malformed (the message names
            the file and the line number).
    """
    folder_root: Traversable = pathlib.Path(root) if isinstance(root, (str, os.PathLike)) else root
    folder = folder_root / language
    if not _LANGUAGE_RE.fullmatch(language) or not folder.is_dir():
        available = ", ".join(_available_languages(folder_root)) or "none"
        msg = f"no word lists for language {language!r}; available languages: {available}"
        raise UnknownLanguageError(msg)
    titles = _gendered(folder / "titles.txt")
    org_words = _words(folder / "org_words.txt")
    # (optional: a language may write no abbreviation before a number)
    numbering = folder / "number_abbreviations.txt"
    number_abbreviations = _words(numbering) if numbering.is_file() else frozenset()
    return Lexicon(
        language=language,
        verb_forms=_verbs(folder / "verbs.txt"),
        phrases=_keyed(folder / "phrases.txt", (2,), _normalise_lower, _phrase_type),
        titles=titles,
        title_words=_words(folder / "title_words.txt"),
        roles=_keyed(folder / "roles.txt", (3,), _normalise_lower, _role),
        pronouns=_keyed(folder / "pronouns.txt", (4,), _normalise_lower, _pronoun),
        demonyms=_with_compass(_words(folder / "demonyms.txt")),
        given_names=_gendered(folder / "given_names.txt"),
        nonnames=_words(folder / "nonnames.txt"),
        org_words=org_words,
        abbreviations=_words(folder / "abbreviations.txt")
        | _dotted_stems(titles)
        | _dotted_stems(org_words)
        | number_abbreviations,
        places=_words(folder / "places.txt"),
        number_abbreviations=number_abbreviations,
    )


def load_lexicon(language: str = "en") -> Lexicon:
    """Load the word lists for ``language``, once; later calls return the same object.

    Args:
        language: A language code with a folder under ``quoteattr/data/``.

    Returns:
        The immutable :class:`Lexicon` for that language.

    Raises:
        UnknownLanguageError: There is no data folder for ``language``; the message
            lists the available languages.
        ValueError: A data file is missing or has a malformed line; the message
            names the file and the line number.

    Example:
        >>> lexicon = load_lexicon("en")
        >>> lexicon is load_lexicon(), lexicon.verb_lemma("said")
        (True, 'say')
    """
    return _load_cached(language)


# Behind a plain function so that load_lexicon(), load_lexicon("en") and
# load_lexicon(language="en") share one cache entry.
@functools.cache
def _load_cached(language: str) -> Lexicon:
    return _load_from_dir(_data_root(), language)
