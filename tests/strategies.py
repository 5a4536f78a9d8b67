"""Hypothesis strategies shared by the property tests.

* :func:`news_text`: news-like text built from words, names, cue words, punctuation,
  every quotation mark and apostrophe the library knows, paragraph breaks, and now and
  then control, combining and odd space characters;
* :func:`unicode_text`: any text at all (every code point but surrogates);
* :func:`mark_free_text`: text with no quotation mark in it;
* :func:`any_text`: either of the first two.
"""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.marks import APOSTROPHE_LIKE, MARKS

__all__ = [
    "APOSTROPHES",
    "CUES",
    "QUOTE_MARKS",
    "any_text",
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
    "the mayor",
    "she",
    "he",
)
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
)
PUNCTUATION = tuple(".,;:!?()[]—–-/…*%$")
SPACES = (" ", " ", " ", "  ", "\t", "\xa0")
BREAKS = ("\n", "\n\n", "\r\n\r\n", "\n \n", "\n\n\n", "\u2028")
ODD = (
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u0301",  # combining acute accent
    "\u0308",  # combining diaeresis
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte-order mark
    "\u202e",  # right-to-left override
    "\U0001f600",  # outside the Basic Multilingual Plane
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


def any_text() -> st.SearchStrategy[str]:
    """News-like text or any text at all."""
    return st.one_of(news_text(), unicode_text())
