"""A name written in capitals where a paragraph opens, as tabloids and sports pages open
their stories ("JACK ORMSBY lifted the Challenge Cup"), read as the name it is.

Attribution reads names by their capitals, so a name in capitals reads as an acronym
or a shout. :func:`cased_leads` writes such a lead as the name is written later in the
text, keeping every character's offset.

>>> cased_leads("JACK ORMSBY lifted the cup.\\n\\n'We did it,' said Ormsby.")[:11]
'Jack Ormsby'
>>> cased_leads("NHS ENGLAND said the NHS would cope.")[:11]  # an acronym stays
'NHS ENGLAND'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final

# Two capitals opening a line after the first, where a lead may be (found fast: the
# pattern opens with a line break).
_CAPITALS_OPENING: Final = re.compile(r"\n[ \t]*[A-Z]{2}")
# Two or three words in capitals opening a line, before a word in lower case.
_LEAD: Final = re.compile(r"[ \t]*((?:[A-Z][A-Z'’.-]*[A-Z]\s){1,2}[A-Z][A-Z'’.-]*[A-Z])(?=\s[a-z])")


def _leads(text: str) -> Iterator[re.Match[str]]:
    """The leads in capitals, each tried only where a line opens with two capitals (a
    pattern anchored at each line's start would test every character)."""
    starts = (m.start() + 1 for m in _CAPITALS_OPENING.finditer(text))
    for start in itertools.chain((0,), starts):
        m = _LEAD.match(text, start)
        if m is not None:
            yield m


def cased_leads(text: str) -> str:
    """``text`` with each lead in capitals written in title case when one of its words
    recurs later in title case ("Ormsby said") and none recurs in capitals (an acronym,
    "NHS"); the same length, so that every offset still holds."""
    parts: list[str] = []
    last = 0
    for m in _leads(text):
        words = m.group(1).split()
        later = text[m.end() :]
        titled = m.group(1).title()
        if (
            len(titled) == len(m.group(1))
            and any(re.search(rf"\b{re.escape(w.title())}\b", later) for w in words)
            and not any(re.search(rf"\b{re.escape(w)}\b", later) for w in words)
        ):
            parts += (text[last : m.start(1)], titled)
            last = m.end(1)
    return "".join(parts) + text[last:] if parts else text
