"""The stages in order: text -> quotes -> attributions.

``extract(text)`` is the library's main entry point.
"""

from __future__ import annotations

from quoteattr.attribution import attribute
from quoteattr.cues import Lexicon
from quoteattr.model import Attribution
from quoteattr.quotes import find_quotes

__all__ = ["extract"]


def extract(text: str, *, lexicon: Lexicon | None = None) -> list[Attribution]:
    """Find every quotation in ``text`` and who said it.

    Returns one :class:`~quoteattr.model.Attribution` per quotation, in text order;
    ``speaker`` is ``None`` where no credible speaker was found.

    >>> [(a.quote.text, a.speaker) for a in extract('It was a “holy war.”')]
    [('holy war.', None)]
    >>> [a.speaker.name for a in extract('“We will win,” Sergey Lavrov said.')]
    ['Sergey Lavrov']
    """
    return attribute(text, find_quotes(text), lexicon=lexicon)
