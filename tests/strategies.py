"""Hypothesis strategies shared by the property tests.

* :func:`news_text`: news-like text built from words, names, cue words, punctuation,
  every quotation mark and apostrophe the library knows, paragraph breaks, and now and
  then control, combining and odd space characters;
* :func:`unicode_text`: any text at all (every code point but surrogates);
* :func:`mark_free_text`: text with no quotation mark in it;
* :func:`hostile_text`: short stretches of what breaks parsers: runs of marks, marks
  alternating with apostrophes, deep nesting, capitalised runs, control characters;
* :func:`any_text`: any of the above.
"""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.marks import APOSTROPHE_LIKE, MARKS

__all__ = [
    "APOSTROPHES",
    "CUES",
    "QUOTE_MARKS",
    "any_text",
    "hostile_text",
    "mark_free_text",
    "names",
    "news_text",
    "unicode_text",
    "words",
]

QUOTE_MARKS = tuple(sorted(MARKS))
APOSTROPHES = tuple(sorted(APOSTROPHE_LIKE))
WORDS = (
    "we will rebuild the city and it is not over yet our people never give up "
    "don't can't it's Russia’s students' ’90s '90s rock ’n’ roll 'tis ’em "
    "holy war until victory 5'10\" 6' 2\" Saturday Night Live The Hammer"
).split()
NAMES = (
    "Choe Son-hui",
    "Sergey Lavrov",
    "Ray Collins",
    "Maria da Silva",
    "Jean-Luc Picard",
    "O’Brien",
    "Russian Foreign Minister Sergey Lavrov",
    "Mayor Jane Doe",
    "Sen. Jane Doe",
    "J.K. Rowling",
    "Sergey  Lavrov",  # two spaces
    "Jane\u00a0Doe",  # a no-break space
    "Dale Belman, a professor at the university,",
    "the Kremlin",
    "a spokesman for the ministry",
    "The President",
    "the mayor",
    "she",
    "he",
    "they",
    "officials",
)
# Capitalised words that open sentences, name days, places and roles: the words a
# name finder must tell from names.
CAPITALISED = (
    "The During On In But Monday Moscow Russia President Minister Ministry Health "
    "Bank England White House He She It We They Officials"
).split()
CUES = (
    "said",
    "says",
    "told reporters",
    "added",
    "declared",
    "according to",
    "stating",
    "described it as",
    "she said,",
    "he said:",
    "later admitted",
    "was quoted as saying",
    "pointed out",
    "said that",
    "told Radio Nacional:",
)
PUNCTUATION = tuple(".,;:!?()[]—–-/…*%$")
SPACES = (" ", " ", " ", "  ", "\t", "\xa0")
BREAKS = ("\n", "\n\n", "\r\n\r\n", "\n \n", "\n\n\n", "\u2028", "\r\n", "\r", "\r\r")
ODD = (
    "\x00",
    "\x01",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\u0301",  # combining acute accent
    "\u0308",  # combining diaeresis
    "e\u0301\u0302\u0303",  # a letter with a stack of combining marks
    "\u0301“",  # a combining mark on a quotation mark
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte-order mark
    "\u202e",  # right-to-left override
    "\U0001f600",  # outside the Basic Multilingual Plane
    "\U0001f1fa\U0001f1f8",  # a flag: two regional indicators
    "\ufffd",  # the replacement character, as invalid UTF-8 decodes
    "\u00ad",  # soft hyphen
    "\u2066",  # left-to-right isolate
    "_",
)


def words() -> st.SearchStrategy[str]:
    """A word: a news word, or a short run of random letters."""
    return st.one_of(
        st.sampled_from(WORDS),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789", min_size=1, max_size=6),
    )


def names() -> st.SearchStrategy[str]:
    """A speaker as news text names one."""
    return st.sampled_from(NAMES)


def capitalised() -> st.SearchStrategy[str]:
    """A capitalised word that is not a name, or a random capitalised one."""
    return st.one_of(
        st.sampled_from(CAPITALISED),
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=1).map(
            lambda c: c + "ova"
        ),
    )


@st.composite
def _quoted(draw: st.DrawFn) -> str:
    """A quotation with an opening mark, some words and (usually) a closing mark, which
    need not match."""
    opener = draw(st.sampled_from(QUOTE_MARKS))
    inner = draw(st.lists(st.one_of(words(), st.sampled_from(SPACES)), max_size=8))
    if draw(st.booleans()):
        # a quotation inside, usually in the other style of marks
        nested = draw(st.sampled_from(("‘", "’", "'", "“", "”", '"', "«", "»")))
        inner.insert(
            draw(st.integers(0, len(inner))),
            f" {nested}{draw(words())}{draw(st.sampled_from(QUOTE_MARKS))} ",
        )
    closer = draw(st.sampled_from((*QUOTE_MARKS, "")))
    return opener + "".join(inner) + closer


@st.composite
def _paragraph_opening(draw: st.DrawFn) -> str:
    """A paragraph break and a mark opening the next paragraph, as news copy continues
    a quotation over paragraphs."""
    brk: str = draw(st.sampled_from(BREAKS[1:]))
    mark: str = draw(st.sampled_from(QUOTE_MARKS))
    return brk + mark


def _token() -> st.SearchStrategy[str]:
    return st.one_of(
        _paragraph_opening(),
        words(),
        words(),
        st.sampled_from(SPACES),
        st.sampled_from(SPACES),
        st.sampled_from(QUOTE_MARKS),
        st.sampled_from(APOSTROPHES),
        _quoted(),
        names(),
        names(),
        capitalised(),
        st.sampled_from(CUES),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(BREAKS),
        st.sampled_from(ODD),
    )


def news_text(max_tokens: int = 60) -> st.SearchStrategy[str]:
    """News-like text, dense in quotation marks, apostrophes and paragraph breaks."""
    return st.lists(_token(), max_size=max_tokens).map("".join)


def unicode_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Any text: every code point except surrogates (which cannot be encoded)."""
    return st.text(alphabet=st.characters(codec="utf-8"), max_size=max_size)


def mark_free_text(max_tokens: int = 20) -> st.SearchStrategy[str]:
    """Text without any quotation mark or apostrophe-like character."""
    token = st.one_of(
        st.sampled_from([w for w in WORDS if not set(w) & MARKS]),
        st.sampled_from(SPACES),
        st.sampled_from(CUES),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(BREAKS),
    )
    return st.lists(token, max_size=max_tokens).map("".join)


@st.composite
def _hostile_stretch(draw: st.DrawFn) -> str:
    """One stretch of hostile text, a few hundred characters at most."""
    n = draw(st.integers(1, 60))
    mark = draw(st.sampled_from(QUOTE_MARKS))
    other = draw(st.sampled_from(QUOTE_MARKS + APOSTROPHES))
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return mark * n  # a run of marks
    if kind == 1:
        return (mark + other) * n  # marks alternating with apostrophes or other marks
    if kind == 2:
        return f"{mark}a {other}b " * n + f"{other} c{mark} " * draw(st.integers(0, n))
    if kind == 3:
        return " ".join(draw(capitalised()) for _ in range(n))  # a capitalised run
    if kind == 4:
        return "".join(chr(draw(st.integers(0, 0x1F))) for _ in range(n))  # controls
    if kind == 5:
        return mark + "word " * n  # a long open quotation
    return draw(st.sampled_from(["\ufeff", "=", "''", "``", "\\", "<a href="])) * n


def hostile_text(max_stretches: int = 8) -> st.SearchStrategy[str]:
    """News-like text mixed with stretches of hostile text."""
    return st.lists(
        st.one_of(_hostile_stretch(), news_text(max_tokens=10)), max_size=max_stretches
    ).map("".join)


def any_text() -> st.SearchStrategy[str]:
    """News-like text, hostile text or any text at all."""
    return st.one_of(news_text(), hostile_text(), unicode_text())
