"""quoteattr: find quotations in news text, attribute them to their speakers, and verify
them against an archive of what was really said.

>>> import quoteattr
>>> [q.text for q in quoteattr.find_quotes('She called it a “holy war.”')]
['holy war.']
>>> [(a.quote.text, a.speaker.name) for a in quoteattr.extract('“No,” said Jane Doe.')]
[('No,', 'Jane Doe')]
"""

from quoteattr.archive import Archive, ArchiveError
from quoteattr.attribution import attribute
from quoteattr.batch import (
    DocumentError,
    DocumentResult,
    extract_many,
    extract_records,
    verify_many,
    verify_records,
)
from quoteattr.cues import Lexicon, load_lexicon
from quoteattr.errors import InputError, QuoteattrError
from quoteattr.frames import to_dataframe
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
from quoteattr.pipeline import extract, verify
from quoteattr.quotes import find_quotes

__version__ = "0.1.0"

__all__ = [
    "Archive",
    "ArchiveError",
    "Attribution",
    "Cue",
    "DocumentError",
    "DocumentResult",
    "Edit",
    "InputError",
    "Lexicon",
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
    "attribute",
    "extract",
    "extract_many",
    "extract_records",
    "find_quotes",
    "load_lexicon",
    "to_dataframe",
    "verify",
    "verify_many",
    "verify_records",
]
