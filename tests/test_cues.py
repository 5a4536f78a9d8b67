"""Tests for quoteattr.cues: the word lists and the lexicon that serves them."""

from __future__ import annotations

import pathlib
import re
import shutil

import attrs
import pytest

from quoteattr import cues
from quoteattr.cues import Gender, Lexicon, UnknownLanguageError, inflect, load_lexicon

DATA = pathlib.Path(cues.__file__).parent / "data"
EN = DATA / "en"

# file name -> (number of TAB-separated fields allowed, whether keys are case-folded)
FILES = {
    "verbs.txt": ((1, 2), True),
    "phrases.txt": ((2,), True),
    "titles.txt": ((2,), False),
    "title_words.txt": ((1,), False),
    "roles.txt": ((3,), True),
    "pronouns.txt": ((4,), True),
    "demonyms.txt": ((1,), False),
    "given_names.txt": ((2,), False),
    "nonnames.txt": ((1,), False),
    "org_words.txt": ((1,), False),
    "abbreviations.txt": ((1,), False),
    "number_abbreviations.txt": ((1,), False),
    "places.txt": ((1,), False),
}


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon("en")


def entries(name: str) -> list[tuple[int, list[str]]]:
    """(line number, fields) of each entry line of an English data file."""
    text = (EN / name).read_text(encoding="utf-8")
    return [
        (lineno, line.split("\t"))
        for lineno, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]


def copy_en(tmp_path: pathlib.Path) -> pathlib.Path:
    """A writable copy of the English data; returns the data root holding ``en``."""
    shutil.copytree(EN, tmp_path / "en")
    return tmp_path


# --- sizes -----------------------------------------------------------------------------


def test_default_lexicon_has_at_least_300_verb_lemmas(lex: Lexicon) -> None:
    assert len(set(lex.verb_forms.values())) >= 300


@pytest.mark.parametrize(
    ("attribute", "minimum"),
    [
        ("phrases", 60),
        ("titles", 150),
        ("title_words", 80),
        ("roles", 150),
        ("demonyms", 150),
        ("given_names", 1500),
        ("nonnames", 200),
        ("org_words", 80),
        ("places", 900),
    ],
)
def test_each_word_list_meets_its_minimum_size(lex: Lexicon, attribute: str, minimum: int) -> None:
    assert len(getattr(lex, attribute)) >= minimum


# --- verbs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("said", "say"),
        ("says", "say"),
        ("saying", "say"),
        ("told", "tell"),
        ("tells", "tell"),
        ("wrote", "write"),
        ("written", "write"),
        ("writing", "write"),
        ("spoke", "speak"),
        ("spoken", "speak"),
        ("swore", "swear"),
        ("sworn", "swear"),
        ("thought", "think"),
        ("began", "begin"),
        ("pleaded", "plead"),
        ("pled", "plead"),
        ("forecast", "forecast"),
        ("admitted", "admit"),
        ("admitting", "admit"),
        ("quipped", "quip"),
        ("quipping", "quip"),
        ("quizzes", "quiz"),
        ("signalled", "signal"),
        ("signaled", "signal"),
        ("echoes", "echo"),
        ("lambaste", "lambast"),
        ("emphasized", "emphasize"),
        ("emphasised", "emphasise"),
        ("emphasizes", "emphasize"),
        ("replies", "reply"),
        ("replied", "reply"),
        ("replying", "reply"),
        ("tweeted", "tweet"),
        ("tweets", "tweet"),
        ("argued", "argue"),
        ("arguing", "argue"),
        ("argues", "argue"),
        ("agreeing", "agree"),
        ("agreed", "agree"),
        ("stressed", "stress"),
        ("stresses", "stress"),
        ("noting", "note"),
        ("denied", "deny"),
        ("testified", "testify"),
        ("prophesied", "prophesy"),
        ("conceding", "concede"),
        ("vowed", "vow"),
        ("relayed", "relay"),
    ],
)
def test_verb_forms_map_to_their_lemma(lex: Lexicon, form: str, lemma: str) -> None:
    assert lex.verb_lemma(form) == lemma


@pytest.mark.parametrize(
    "wrong",
    ["sayed", "telled", "writed", "speaked", "admited", "quiped", "agreing", "replyed", "quizes"],
)
def test_wrongly_inflected_forms_are_not_verbs(lex: Lexicon, wrong: str) -> None:
    assert lex.verb_lemma(wrong) is None


def test_verb_lemma_ignores_case_and_spacing(lex: Lexicon) -> None:
    assert lex.verb_lemma("SAID") == "say"
    assert lex.verb_lemma("  Pointed   out ") == "point out"
    assert lex.verb_lemma("ate") is None


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("note", ("note", "notes", "noted", "noting")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("preach", ("preach", "preaches", "preached", "preaching")),
        ("bash", ("bash", "bashes", "bashed", "bashing")),
        ("buzz", ("buzz", "buzzes", "buzzed", "buzzing")),
        ("reply", ("reply", "replies", "replied", "replying")),
        ("relay", ("relay", "relays", "relayed", "relaying")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        ("guarantee", ("guarantee", "guarantees", "guaranteed", "guaranteeing")),
        ("argue", ("argue", "argues", "argued", "arguing")),
        ("tie", ("tie", "ties", "tied", "tying")),
        ("tweet", ("tweet", "tweets", "tweeted", "tweeting")),
        ("emphasize", ("emphasize", "emphasizes", "emphasized", "emphasizing")),
        (" Reply ", ("reply", "replies", "replied", "replying")),
    ],
)
def test_inflect_generates_regular_forms(lemma: str, forms: tuple[str, ...]) -> None:
    assert inflect(lemma) == forms


def test_inflect_never_doubles_a_final_consonant() -> None:
    # Which is why such verbs list their forms in verbs.txt.
    assert inflect("admit") == ("admit", "admits", "admited", "admiting")


def test_inflect_rejects_an_empty_lemma() -> None:
    with pytest.raises(ValueError, match="empty"):
        inflect("   ")


def test_phrasal_verbs_inflect_their_first_word_only(lex: Lexicon) -> None:
    assert inflect("point out") == ("point out", "points out", "pointed out", "pointing out")
    assert inflect("chime in") == ("chime in", "chimes in", "chimed in", "chiming in")
    assert inflect("lash out") == ("lash out", "lashes out", "lashed out", "lashing out")
    assert lex.verb_lemma("weighed in") == "weigh in"
    assert lex.verb_lemma("fired back") == "fire back"


def test_listed_phrasal_verbs_keep_their_particle(lex: Lexicon) -> None:
    assert lex.verb_lemma("went on") == "go on"
    assert lex.verb_lemma("goes on") == "go on"
    assert lex.verb_lemma("spelt out") == "spell out"
    assert lex.verb_lemma("hit back") == "hit back"
    assert lex.verb_lemma("summed up") == "sum up"


def test_doubling_verbs_are_listed_explicitly() -> None:
    listed = {
        fields[0]: fields[1].split() for _, fields in entries("verbs.txt") if len(fields) == 2
    }
    assert "admitted" in listed["admit"]
    assert "quipped" in listed["quip"]
    assert "referred" in listed["refer"]


def test_no_unlisted_verb_looks_like_it_doubles_its_consonant() -> None:
    # One vowel followed by one consonant at the end (chat, beg, quip) doubles it;
    # such verbs must list their forms because the generator does not double.
    doubling = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
    suspects = [
        fields[0]
        for _, fields in entries("verbs.txt")
        if len(fields) == 1 and doubling.fullmatch(fields[0].split()[0])
    ]
    assert suspects == []


# --- phrases ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("according to", "source"),
        ("in the words of", "source"),
        ("quoting", "source"),
        ("was quoted as saying", "passive"),
        ("went on to say", "passive"),
        ("in a statement", "setting"),
        ("told reporters", "setting"),
        ("the statement read", "setting"),
        ("wrote on x", "setting"),
    ],
)
def test_phrases_have_their_type(lex: Lexicon, phrase: str, kind: str) -> None:
    assert lex.phrases[phrase] == kind


def test_phrase_types_are_source_passive_or_setting(lex: Lexicon) -> None:
    assert set(lex.phrases.values()) == {"source", "passive", "setting"}
    assert all(phrase == phrase.lower() for phrase in lex.phrases)


# --- titles, roles, pronouns, names -----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "gender"),
    [
        ("Mrs.", "f"),
        ("Mr.", "m"),
        ("Mr", "m"),
        ("Ms.", "f"),
        ("Congresswoman", "f"),
        ("Congressman", "m"),
        ("Chairwoman", "f"),
        ("Sen.", None),
        ("Foreign Minister", None),
        ("mrs.", "f"),
        ("Grand Vizier", None),
    ],
)
def test_title_gender(lex: Lexicon, title: str, gender: str | None) -> None:
    assert lex.title_gender(title) == gender


def test_is_title_tries_exact_then_lowercase(lex: Lexicon) -> None:
    assert lex.is_title("Deputy Foreign Minister")
    assert lex.is_title("Lt.  Gov.")
    assert lex.is_title("secretary of state")
    assert not lex.is_title("Minsk")


@pytest.mark.parametrize(
    ("role", "value"),
    [
        ("spokeswoman", ("f", "person")),
        ("spokesman", ("m", "person")),
        ("spokesperson", (None, "person")),
        ("minister", (None, "person")),
        ("actress", ("f", "person")),
        ("company", (None, "org")),
        ("white house", (None, "org")),
    ],
)
def test_roles_have_gender_and_kind(lex: Lexicon, role: str, value: tuple[str | None, str]) -> None:
    assert lex.roles[role] == value


@pytest.mark.parametrize(
    ("pronoun", "value"),
    [
        ("he", ("m", "sg", 3)),
        ("her", ("f", "sg", 3)),
        ("they", (None, "pl", 3)),
        ("it", (None, "sg", 3)),
        ("i", (None, "sg", 1)),
        ("we", (None, "pl", 1)),
        ("you", (None, "-", 2)),
    ],
)
def test_pronouns_have_gender_number_and_person(
    lex: Lexicon, pronoun: str, value: tuple[str | None, str, int]
) -> None:
    assert lex.pronouns[pronoun] == value


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Sergey", "m"),
        ("Maria", "f"),
        ("Jürgen", "m"),
        ("Jae-in", "m"),
        ("Kim", None),
        ("Jean", None),
        ("SERGEY", "m"),
        ("maria", "f"),
        ("Jean-Baptiste", "m"),  # unlisted: Jean is unisex, Baptiste male
        ("Xyzzy", None),
    ],
)
def test_name_gender(lex: Lexicon, name: str, gender: str | None) -> None:
    assert lex.name_gender(name) == gender


def test_other_lists_hold_expected_words(lex: Lexicon) -> None:
    assert {"Foreign", "Deputy", "Minister", "GOP"} <= lex.title_words
    assert {"Russian", "North Korean", "U.S."} <= lex.demonyms
    assert {"The", "However", "Monday"} <= lex.nonnames
    assert {"Ministry", "Inc.", "Kremlin"} <= lex.org_words


def test_demonyms_after_a_compass_word(lex: Lexicon) -> None:
    # rule A1181: a region's people are a demonym after a compass word
    assert {"South Australian", "West African", "Eastern European"} <= lex.demonyms
    # (not a nationality written with its article, nor a place)
    assert "North the Dane" not in lex.demonyms
    assert "South Africa" not in lex.demonyms


def test_abbreviations_include_dotted_titles_and_org_words(lex: Lexicon) -> None:
    assert {"Sen", "Lt", "Gov", "Mrs", "Inc", "Corp", "Calif", "Jr"} <= lex.abbreviations


def test_a_number_abbreviation_ends_no_sentence_but_every_name(lex: Lexicon) -> None:
    # "No. 3" is no sentence end, but "No. Mike Tararo" is no name of three words
    assert {"No", "Vol"} <= lex.number_abbreviations <= lex.abbreviations
    assert "No" not in lex.name_abbreviations
    assert lex.name_abbreviations == lex.abbreviations - lex.number_abbreviations
    assert "No" not in lex.extend(titles={"Grand Vizier": "m"}).name_abbreviations


def test_nonnames_share_no_word_with_names_titles_demonyms_or_orgs(lex: Lexicon) -> None:
    assert not lex.nonnames & set(lex.given_names)
    assert not lex.nonnames & lex.title_words
    assert not lex.nonnames & lex.demonyms
    assert not lex.nonnames & lex.org_words
    assert not set(lex.given_names) & lex.title_words


# --- places ------------------------------------------------------------------------------

# Places that given_names.txt also lists, kept on purpose because the place reading
# dominates in news text:
#   Milan  - the Italian city (AC Milan, Milan fashion week) far outnumbers Milan Kundera.
#   Haifa  - the Israeli city; Haifa as a given name is rare in English-language news.
PLACES_ALSO_GIVEN_NAMES = frozenset({"Milan", "Haifa"})


@pytest.mark.parametrize(
    "place",
    [
        "Pennsylvania",
        "Vt.",
        "Albuquerque",
        "North Korea",
        "Moscow",
        "United States",
        "U.S.",
        "Britain",
        "U.K.",
        "Georgia",
        "Israel",
        "Paris",
        "Washington",
        "Houston",
        "W.Va.",
        "D.C.",
        "Ontario",
        "New South Wales",
        "Middle East",
        "Silicon Valley",
        "Wall Street",
        "Capitol Hill",
        "West Bank",
        "Crimea",
        "Donbas",
        "Kashmir",
    ],
)
def test_known_places_are_listed(lex: Lexicon, place: str) -> None:
    assert place in lex.places
    assert lex.is_place(place)


@pytest.mark.parametrize(
    "abbreviation",
    [
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
        "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
        "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.",
        "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.",
        "Wis.", "Wyo.", "D.C.",
    ],
)  # fmt: skip
def test_ap_state_abbreviations_are_places(lex: Lexicon, abbreviation: str) -> None:
    assert abbreviation in lex.places


@pytest.mark.parametrize(
    "word",
    ["Jordan", "Chad", "Charlotte", "Victoria", "Florence", "Austin", "Madison", "Lincoln",
     "Sydney", "Jackson", "Sergey", "paris", "Kremlin", "White House", ""],
)  # fmt: skip
def test_names_and_non_places_are_not_places(lex: Lexicon, word: str) -> None:
    assert not lex.is_place(word)


def test_is_place_accepts_an_abbreviation_without_its_final_period(lex: Lexicon) -> None:
    assert lex.is_place("Md")
    assert lex.is_place("N.Y")
    assert lex.is_place("  North   Korea ")
    assert not lex.is_place("Pennsylvania.")  # only a listed final period may be dropped
    assert not lex.is_place(".")


def test_places_have_no_duplicates() -> None:
    listed = [fields[0] for _, fields in entries("places.txt")]
    assert len(listed) == len(set(listed))
    assert len(listed) == len(load_lexicon().places)


def test_places_do_not_overlap_given_names_except_deliberate_ones(lex: Lexicon) -> None:
    assert lex.places & set(lex.given_names) == PLACES_ALSO_GIVEN_NAMES


def test_places_are_capitalised_and_not_nonnames(lex: Lexicon) -> None:
    assert all(place[:1].isupper() for place in lex.places)
    assert not lex.places & lex.nonnames


def test_extend_adds_places_and_leaves_the_default_unchanged(lex: Lexicon) -> None:
    bigger = lex.extend(places=["Upper  Volta", "Sask."])
    assert bigger.is_place("Upper Volta")
    assert bigger.is_place("Sask")
    assert bigger.places > lex.places
    assert len(bigger.places) == len(lex.places) + 2
    assert not lex.is_place("Upper Volta")
    assert "Sask" not in bigger.abbreviations
    assert load_lexicon() == lex
    assert lex.extend(places=["Moscow"]).places == lex.places


def test_extend_rejects_a_single_string_of_places(lex: Lexicon) -> None:
    with pytest.raises(TypeError, match="places=\\['Upper Volta'\\]"):
        lex.extend(places="Upper Volta")


# --- data files ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
def test_data_file_starts_with_a_format_comment(name: str) -> None:
    first = (EN / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")


@pytest.mark.parametrize("name", sorted(FILES))
def test_data_file_has_well_formed_unique_entries(name: str) -> None:
    widths, folded = FILES[name]
    seen: dict[str, int] = {}
    for lineno, fields in entries(name):
        assert len(fields) in widths, f"{name}:{lineno}"
        assert all(field == field.strip() and field for field in fields), f"{name}:{lineno}"
        key = " ".join(fields[0].split())
        key = key.lower() if folded else key
        assert key not in seen, f"{name}:{lineno} repeats line {seen.get(key)}"
        seen[key] = lineno


def test_verb_forms_do_not_conflict_between_lemmas() -> None:
    # The loader raises on a form claimed by two lemmas, so loading is the check.
    lexicon = cues._load_from_dir(DATA, "en")
    lemmas = set(lexicon.verb_forms.values())
    assert all(lexicon.verb_forms[lemma] == lemma for lemma in lemmas)


# --- immutability and extension --------------------------------------------------------------


def test_load_lexicon_is_cached() -> None:
    assert load_lexicon() is load_lexicon("en")


def test_lexicon_mappings_and_attributes_are_read_only(lex: Lexicon) -> None:
    with pytest.raises(TypeError):
        lex.verb_forms["blorp"] = "blorp"  # type: ignore[index]
    with pytest.raises(TypeError):
        lex.given_names["Zork"] = "m"  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lex.language = "fr"  # type: ignore[misc]
    assert isinstance(lex.nonnames, frozenset)


def test_lexicon_copies_the_mappings_it_is_given(lex: Lexicon) -> None:
    names: dict[str, Gender] = {"Zork": "m"}
    lexicon = attrs.evolve(lex, given_names=names)
    names["Zork"] = "f"
    assert lexicon.given_names["Zork"] == "m"


def test_extend_returns_a_new_lexicon_and_leaves_the_default_unchanged(lex: Lexicon) -> None:
    bigger = lex.extend(
        verbs=["harrumph", "outshine\toutshines outshone outshining"],
        phrases={"In The Opinion Of Sources": "source"},
        titles={"Grand Vizier": "m", "Supt. Gen.": None},
        roles={"Town Crier": ("m", "person")},
        given_names={"Zork": "f"},
    )
    assert bigger is not lex
    assert bigger.verb_lemma("harrumphed") == "harrumph"
    assert bigger.verb_lemma("outshone") == "outshine"
    assert bigger.phrases["in the opinion of sources"] == "source"
    assert bigger.title_gender("Grand Vizier") == "m"
    assert bigger.roles["town crier"] == ("m", "person")
    assert bigger.name_gender("Zork") == "f"
    assert "Supt" in bigger.abbreviations
    assert lex.verb_lemma("harrumphed") is None
    assert "Grand Vizier" not in lex.titles
    assert "Zork" not in lex.given_names
    assert load_lexicon() == lex


def test_extend_skips_words_that_are_already_verb_forms(lex: Lexicon) -> None:
    bigger = lex.extend(verbs=["said", "Quipped"])
    assert bigger.verb_forms == lex.verb_forms


@pytest.mark.parametrize(
    "kwargs",
    [
        {"phrases": {"per the memo": "bogus"}},
        {"titles": {"Grand Vizier": "x"}},
        {"roles": {"town crier": ("m", "thing")}},
        {"given_names": {"Zork": "male"}},
        {"given_names": {" ": "m"}},
        {"verbs": [""]},
        {"places": ["  "]},
    ],
)
def test_extend_rejects_bad_entries(lex: Lexicon, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        lex.extend(**kwargs)  # type: ignore[arg-type]


def test_extend_rejects_a_single_string_of_verbs(lex: Lexicon) -> None:
    with pytest.raises(TypeError, match="verbs=\\['quip'\\]"):
        lex.extend(verbs="quip")


# --- errors ------------------------------------------------------------------------------


def test_unknown_language_names_it_and_the_available_ones() -> None:
    with pytest.raises(UnknownLanguageError, match=r"'xx'.*available languages: en"):
        load_lexicon("xx")


def test_unknown_language_error_is_a_value_error() -> None:
    assert issubclass(UnknownLanguageError, ValueError)


def test_language_cannot_climb_out_of_the_data_folder() -> None:
    with pytest.raises(UnknownLanguageError):
        load_lexicon("../data/en")


def test_loader_reads_another_folder(tmp_path: pathlib.Path) -> None:
    root = copy_en(tmp_path)
    with (root / "en" / "titles.txt").open("a", encoding="utf-8") as file:
        file.write("Grand Vizier\tm\n")
    lexicon = cues._load_from_dir(str(root), "en")
    assert lexicon.title_gender("Grand Vizier") == "m"


def test_empty_data_folder_lists_no_languages(tmp_path: pathlib.Path) -> None:
    with pytest.raises(UnknownLanguageError, match="available languages: none"):
        cues._load_from_dir(tmp_path, "en")


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("roles.txt", "spokesman\tm", "expected 3 non-empty TAB-separated"),
        ("roles.txt", "herald\tm\tthing", "role kind"),
        ("titles.txt", "Grand Vizier\tmale", "gender must be m, f or -"),
        ("phrases.txt", "per the memo\tquote", "phrase type"),
        ("pronouns.txt", "thou\t-\tsg\tsecond", "person must be 1, 2 or 3"),
        ("given_names.txt", "Sergey\tm", "duplicate entry 'Sergey'"),
        ("verbs.txt", "say\tsays said saying", "duplicate verb 'say'"),
        ("verbs.txt", "blather\tsaid", "already a form of 'say'"),
        ("nonnames.txt", "The\tArticle", "expected 1 non-empty"),
        ("places.txt", "Moscow", "duplicate entry 'Moscow'"),
    ],
)
def test_malformed_line_names_the_file_and_line(
    tmp_path: pathlib.Path, name: str, line: str, message: str
) -> None:
    root = copy_en(tmp_path)
    path = root / "en" / name
    lineno = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as file:
        file.write(line + "\n")
    with pytest.raises(ValueError, match=rf"{name}, line {lineno}: .*{re.escape(message)}"):
        cues._load_from_dir(root, "en")


def test_missing_data_file_is_reported(tmp_path: pathlib.Path) -> None:
    root = copy_en(tmp_path)
    (root / "en" / "org_words.txt").unlink()
    with pytest.raises(ValueError, match=r"missing word list .*org_words\.txt"):
        cues._load_from_dir(root, "en")
