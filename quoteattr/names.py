"""Speaker names as an archive compares them: "Lavrov", "Sergey Lavrov" and
"SERGEY LAVROV" can be one speaker.

>>> speaker_key('Dr. J.K. Rowling')
'jk rowling'
>>> same_speaker('Lavrov', 'Sergey Lavrov'), same_speaker('Lavrov', 'Sergey Ryabkov')
(True, False)
"""

from __future__ import annotations

import unicodedata
from typing import Final

import regex

__all__ = ["same_speaker", "speaker_key", "surname_key"]

_HONORIFICS: Final = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev fr sr jr ii iii iv".split()
)
_NON_WORD: Final = regex.compile(r"(?:[^\p{L}\p{N}-]|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}]))+")
_INITIALS: Final = regex.compile(r"\b(\p{L}) (?=\p{L}\b)")


def _tokens(name: str) -> list[str]:
    """The words of a name, folded, with initials joined; a hyphenated name stays one
    word (``son-hui``)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    tokens = [t for t in _NON_WORD.sub(" ", plain).split() if t not in _HONORIFICS]
    joined = " ".join(tokens)
    while True:
        merged = _INITIALS.sub(r"\1", joined)
        if merged == joined:
            return joined.split()
        joined = merged


def speaker_key(name: str) -> str:
    """A name folded for comparison: no accents, case, punctuation (hyphens become
    spaces: ``Son-hui`` = ``Son Hui``) or honorifics, and initials written together
    (``J. K.`` -> ``jk``)."""
    return " ".join(_tokens(name)).replace("-", " ")


def surname_key(name: str) -> str:
    """The last word of the name, folded as :func:`speaker_key` folds it; a
    hyphenated last name is one word (the surname of ``Lee Hyun-woo`` is not ``woo``).

    >>> surname_key('Choe Son-hui'), surname_key('Dr. Sergey Lavrov')
    ('son hui', 'lavrov')
    """
    tokens = _tokens(name)
    return tokens[-1].replace("-", " ") if tokens else ""


def same_speaker(claimed: str, actual: str) -> bool:
    """Whether ``claimed`` can name the same person as ``actual``: the same key, or
    every word of the shorter name in the longer one, ending or starting it (a surname
    comes last in "Sergey Lavrov", first in "Choe Son-hui").

    >>> same_speaker('Choe', 'Choe Son-hui'), same_speaker('Son', 'Choe Son-hui')
    (True, False)
    """
    a, b = speaker_key(claimed), speaker_key(actual)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return (short[-1] == long[-1] or short[0] == long[0]) and set(short) <= set(long)
