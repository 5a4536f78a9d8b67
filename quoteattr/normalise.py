"""The one normalisation that quotations and statements both go through before they are
compared, and the word lists verification uses.

Two texts count as *identical* when they give the same sequence of :class:`Word` texts:

* Unicode is NFKC-normalised and case-folded (``Ｌove`` and ``love`` are one word);
* curly and straight apostrophes are one mark (``don’t`` and ``don't``);
* punctuation, quotation marks, dashes and whitespace only separate words: a word is a
  run of letters, marks and digits, with apostrophes inside it (``rock'n'roll``), or
  a number with its separators (``3,000`` and ``3000`` are one number, ``2.5`` another);
* an ellipsis (``...``, ``…``, ``. . .``) in a quotation marks words left out: the
  words on each side of it are compared, and the gap may hide statement words;
* words in square brackets (``[the president]``) are the reporter's, not the
  speaker's: they are kept, flagged ``editorial``, and an edit made only of them is not
  counted as altering the quotation.

>>> [w.text for w in words('“Don’t  STOP—believing…” [he] said.')]
["don't", 'stop', 'believing', 'he', 'said']
>>> [(w.text, w.gap_before, w.editorial) for w in words('we will... [win]')][1:]
[('will', False, False), ('win', True, True)]
>>> normalise("It's   “DONE”.") == normalise("it’s done")
True
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from typing import Final

import attrs
import regex

__all__ = [
    "Word",
    "is_negation",
    "is_number",
    "negations",
    "normalise",
    "numbers",
    "word_list",
    "words",
]

_TOKEN = regex.compile(
    r"(?P<gap>\.[ \t]?\.[ \t]?\.|\N{HORIZONTAL ELLIPSIS})"
    r"|(?P<open>\[)|(?P<close>\])"
    r"|(?P<word>\p{N}+(?:[.,]\p{N}+)+"
    r"|[\p{L}\p{M}\p{N}]+(?:['\N{RIGHT SINGLE QUOTATION MARK}][\p{L}\p{M}\p{N}]+)*)"
)
_DIGIT = regex.compile(r"\p{N}")
_THOUSANDS = regex.compile(r"(?<=\p{N}),(?=\p{N})")


@attrs.frozen(slots=True)
class Word:
    """One normalised word and where it is in the original text.

    ``text`` is the normalised word; ``text[start:end]`` of the original gives it as
    written. ``gap_before`` is true after an ellipsis; ``editorial`` inside square
    brackets.
    """

    text: str
    start: int
    end: int
    gap_before: bool = False
    editorial: bool = False


def _fold(word: str) -> str:
    folded = unicodedata.normalize("NFKC", word).casefold()
    return folded.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")


def _number(word: str) -> str:
    """A number without its thousands commas: ``3,000`` -> ``3000``."""
    return word.replace(",", "") if word[:1].isdigit() else word


def words(text: str) -> tuple[Word, ...]:
    """The normalised words of ``text``, with their offsets (see the module docstring)."""
    out: list[Word] = []
    gap = False
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "gap":
            gap = True
        elif kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
        else:
            out.append(
                Word(_number(_fold(match.group())), match.start(), match.end(), gap, depth > 0)
            )
            gap = False
    return tuple(out)


_WORD: Final = regex.compile(r"\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*")


def normalise(text: str) -> str:
    """``text`` as the space-separated sequence of its normalised words (quickly: the
    same words as :func:`words` gives, without their offsets)."""
    folded = _fold(text)
    if "," in folded:
        folded = _THOUSANDS.sub("", folded)
    return " ".join(_WORD.findall(folded))


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``quoteattr/data/en/<name>``: one a line, ``#`` lines comments."""
    path = resources.files("quoteattr") / "data" / "en" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def negations() -> frozenset[str]:
    """Negating words (``not``, ``never``, ``no``, ``don't``...) from ``negations.txt``."""
    return word_list("negations.txt")


def numbers() -> frozenset[str]:
    """Number words (``three``, ``million``, ``first``...) from ``numbers.txt``."""
    return word_list("numbers.txt")


def is_negation(word: str) -> bool:
    """Whether ``word`` (normalised) negates.

    >>> [w for w in ('not', "didn't", 'nothing', 'note') if is_negation(w)]
    ['not', "didn't", 'nothing']
    """
    return word in negations() or word.endswith("n't")


def is_number(word: str) -> bool:
    """Whether ``word`` (normalised) is a number: a number word or has a digit.

    >>> [w for w in ('three', '1999', '3rd', 'tree') if is_number(w)]
    ['three', '1999', '3rd']
    """
    return word in numbers() or _DIGIT.search(word) is not None
