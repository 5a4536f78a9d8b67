"""The result records every stage of the pipeline returns.

All records are frozen, slotted attrs classes: values that can be hashed, compared and
shared between threads. Each has ``to_dict()`` giving plain JSON-ready data.

Offsets are character offsets into the original, unaltered text, and every record that
carries ``start``, ``end`` and ``text`` satisfies ``source[start:end] == text``.
"""

from __future__ import annotations

from typing import Any, Literal, cast

import attrs

__all__ = [
    "Attribution",
    "Cue",
    "Edit",
    "Match",
    "Mention",
    "Quote",
    "QuoteKind",
    "Segment",
    "Span",
    "Speaker",
    "Statement",
    "Verdict",
    "VerdictLabel",
]

QuoteKind = Literal["speech", "fragment", "name", "title"]
"""What a quotation is, judged from its own shape and place in the sentence.

* ``speech``: a full utterance, a sentence or more (``"We will rebuild," she said.``)
* ``fragment``: a short quoted phrase inside a sentence (``engaged in a "holy war."``)
* ``name``: a nickname inside a person's name (``Ray “The Hammer” Collins``)
* ``title``: a title-cased name of a work, show or slogan (``on “Saturday Night Live”``)
"""

VerdictLabel = Literal[
    "verbatim", "truncated", "altered", "paraphrase", "fabricated", "misattributed"
]


def _plain(value: Any) -> Any:
    """Turn nested records, tuples and frozensets into JSON-ready data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    """Mixin giving attrs records a ``to_dict()``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain JSON-ready data (nested records become dicts)."""
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(self)))
        return {a.name: _plain(getattr(self, a.name)) for a in fields}


@attrs.frozen(slots=True)
class Span(_Record):
    """A half-open range ``[start, end)`` of character offsets and the text it covers.

    >>> Span(4, 9, "quick").to_dict()
    {'start': 4, 'end': 9, 'text': 'quick'}
    """

    start: int
    end: int
    text: str


@attrs.frozen(slots=True)
class Segment(_Record):
    """One contiguous quoted stretch: the content between an opening and a closing mark.

    ``start``/``end`` cover the content without its marks. ``open_mark`` is the mark
    that opened it; ``close_mark`` is empty when the segment was not closed (it ran to
    the end of its paragraph).
    """

    start: int
    end: int
    text: str
    open_mark: str
    close_mark: str


@attrs.frozen(slots=True)
class Quote(_Record):
    """One quotation: an utterance made of one or more quoted segments.

    A quotation interrupted by its cue (``"We will rebuild," the mayor said, "and we
    will."``) or running over several paragraphs has several ``segments``.
    ``start``/``end`` run from the first segment's content to the last one's, so
    ``source[start:end] == text`` holds; :attr:`content` joins only the quoted words.

    Attributes:
        start: offset of the first character of content.
        end: offset just past the last character of content.
        text: ``source[start:end]``.
        segments: the quoted stretches, in order.
        kind: see :data:`QuoteKind`.
        unclosed: a mark opened the quotation and nothing closed it before the paragraph
            (or document) ended.
        multi_paragraph: the quotation runs over paragraphs, each re-opened by a mark.
        interrupted: the quotation is split by a cue (``," she said, "``).
        nested: quotations inside this one (``‘never again’`` in ``“When they say
            ‘never again,’ they mean it”``), themselves :class:`Quote` records.
    """

    start: int
    end: int
    text: str
    segments: tuple[Segment, ...]
    kind: QuoteKind = "speech"
    unclosed: bool = False
    multi_paragraph: bool = False
    interrupted: bool = False
    nested: tuple[Quote, ...] = ()

    @property
    def content(self) -> str:
        """The quoted words alone, segments joined by one space."""
        return " ".join(s.text for s in self.segments)

    @property
    def marks(self) -> tuple[str, str]:
        """The opening and closing marks of the first segment, e.g. ``('“', '”')``."""
        first = self.segments[0]
        return first.open_mark, first.close_mark


@attrs.frozen(slots=True)
class Mention(_Record):
    """A mention of a possible speaker in the text: a name, a pronoun or a noun phrase.

    ``kind`` is ``name`` (``Sergey Lavrov``), ``pronoun`` (``she``), ``nominal`` (``the
    minister``) or ``organisation`` (``the Kremlin``). ``role`` keeps a title written
    before a name apart from it (``Russian Foreign Minister``).
    """

    start: int
    end: int
    text: str
    kind: Literal["name", "pronoun", "nominal", "organisation"]
    role: str | None = None


@attrs.frozen(slots=True)
class Speaker(_Record):
    """A canonical speaker: the fullest name its mentions share in the document.

    ``kind`` is ``person``, ``organisation`` or ``document`` (a written statement that
    speaks for its author: ``the letter says``); ``gender`` is ``m``, ``f`` or ``None``
    (unknown); ``role`` is the title or role the document gives them, if any.
    """

    name: str
    kind: Literal["person", "organisation", "document"] = "person"
    gender: Literal["m", "f"] | None = None
    role: str | None = None


@attrs.frozen(slots=True)
class Cue(_Record):
    """The words that signal an attribution (``said``, ``according to``), with the
    lemma of the reporting verb when there is one."""

    start: int
    end: int
    text: str
    lemma: str | None = None


@attrs.frozen(slots=True)
class Attribution(_Record):
    """Who said a quotation, and why we think so.

    ``speaker`` is ``None`` when no credible speaker was found ("no speaker" is a value,
    not an error). ``mention`` is the span of text actually linked (which may be a
    pronoun resolved to ``speaker``); ``rule`` names the linking rule that fired;
    ``confidence`` lies in [0, 1].
    """

    quote: Quote
    speaker: Speaker | None
    mention: Mention | None = None
    cue: Cue | None = None
    rule: str | None = None
    confidence: float = 0.0


@attrs.frozen(slots=True)
class Statement(_Record):
    """A canonical statement in an archive: what someone really said."""

    id: str
    speaker: str
    text: str
    date: str | None = None
    source: str | None = None
    context: str | None = None


@attrs.frozen(slots=True)
class Edit(_Record):
    """One word-level difference between a quotation and a statement.

    ``op`` is ``insert``, ``delete`` or ``replace``; ``quote_words`` and
    ``statement_words`` hold the words on each side.
    """

    op: Literal["insert", "delete", "replace"]
    quote_words: tuple[str, ...]
    statement_words: tuple[str, ...]


@attrs.frozen(slots=True)
class Match(_Record):
    """The archive statement a quotation was matched to, and how well it matches.

    ``score`` ranks candidates (0 to about 101: rapidfuzz ``token_set_ratio``, ties
    broken by ``ratio``); ``similarity`` (0-100) compares the quotation with the part of
    the statement it covers; ``overlap`` (0-1) is the share of the quotation's content
    words the statement has. ``statement_start``/``statement_end`` bound that part in
    ``statement.text``.
    """

    statement: Statement
    score: float
    similarity: float = 0.0
    overlap: float = 0.0
    statement_start: int = 0
    statement_end: int = 0


@attrs.frozen(slots=True)
class Verdict(_Record):
    """Whether a quotation is what its speaker really said, with the evidence.

    ``label`` is one of ``verbatim``, ``truncated``, ``altered``, ``paraphrase``,
    ``fabricated`` or ``misattributed``. ``speaker`` is the speaker the quotation was
    attributed to (``None`` if unknown); ``match`` the statement it was matched to
    (``None`` when nothing in the archive is close); ``edits`` the word-level changes
    from the statement to the quotation (omissions at an ellipsis included);
    ``meaning_change`` flags an edit that adds, drops or changes a negation or a number,
    with ``reasons``; ``explanation`` says it all in one line. ``attribution`` is set
    when the quotation came from an article.
    """

    label: VerdictLabel
    quote: str
    speaker: str | None = None
    match: Match | None = None
    edits: tuple[Edit, ...] = ()
    meaning_change: bool = False
    reasons: tuple[str, ...] = ()
    explanation: str = ""
    attribution: Attribution | None = None
