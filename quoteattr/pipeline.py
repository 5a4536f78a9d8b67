"""The stages in order: text -> quotes -> attributions -> verdicts.

``extract(text)`` is the library's main entry point; ``verify(text, archive)`` goes
on to check each quotation against an archive of what was really said.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from quoteattr.attribution import attribute
from quoteattr.cues import Lexicon
from quoteattr.model import Attribution, Quote, Verdict
from quoteattr.quotes import find_quotes

if TYPE_CHECKING:
    from quoteattr.archive import Archive

__all__ = ["VERIFIED_KINDS", "extract", "quote_words", "verify", "verify_attributions"]

#: The kinds of quotation :func:`verify` checks: not nicknames or titles of works.
VERIFIED_KINDS = frozenset({"speech", "fragment"})


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


def quote_words(quote: Quote) -> str:
    """What the speaker is quoted as saying: the quotation's segments joined, without
    the words that interrupt them (``"We will," she said, "win."`` -> ``We will, win.``)."""
    return " ".join(segment.text for segment in quote.segments)


def verify(text: str, archive: Archive, *, lexicon: Lexicon | None = None) -> list[Verdict]:
    """Find every quotation in ``text``, who said it, and whether they really said
    it: one :class:`~quoteattr.model.Verdict` per quotation of a kind in
    :data:`VERIFIED_KINDS`, in text order, each with its ``attribution``.

    >>> from quoteattr.archive import Archive
    >>> from quoteattr.model import Statement
    >>> archive = Archive.memory()
    >>> archive.add(Statement('s1', 'Jane Doe', 'We will rebuild every school.'))
    >>> text = '“We will rebuild every home,” Jane Doe said.'
    >>> [(v.label, v.speaker) for v in verify(text, archive)]
    [('altered', 'Jane Doe')]
    """
    return list(verify_attributions(extract(text, lexicon=lexicon), archive).values())


def verify_attributions(
    attributions: Sequence[Attribution], archive: Archive
) -> dict[int, Verdict]:
    """The verdict of each attribution whose quotation is of a kind in
    :data:`VERIFIED_KINDS`, by its position in ``attributions``, each with its
    ``attribution`` set."""
    verdicts = {}
    for number, attribution in enumerate(attributions):
        if attribution.quote.kind in VERIFIED_KINDS:
            speaker = attribution.speaker.name if attribution.speaker else None
            verdict = archive.verify_quote(quote_words(attribution.quote), speaker)
            verdicts[number] = attrs.evolve(verdict, attribution=attribution)
    return verdicts
