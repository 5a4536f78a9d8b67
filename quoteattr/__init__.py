"""quoteattr: find quotations in news text, attribute them to their speakers, and verify
them against an archive of what was really said.

>>> import quoteattr
>>> [q.text for q in quoteattr.find_quotes('She called it a “holy war.”')]
['holy war.']
"""

from quoteattr.errors import InputError, QuoteattrError
from quoteattr.model import (
    Attribution,
    Cue,
    Edit,
    Match,
    Mention,
    Quote,
    Segment,
    Span,
    Speaker,
    Statement,
    Verdict,
)
from quoteattr.quotes import find_quotes

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "Cue",
    "Edit",
    "InputError",
    "Match",
    "Mention",
    "Quote",
    "QuoteattrError",
    "Segment",
    "Span",
    "Speaker",
    "Statement",
    "Verdict",
    "__version__",
    "find_quotes",
]
