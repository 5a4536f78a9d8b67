"""A spaCy pipeline component: the quotations of a ``Doc``, as spaCy ``Span``s.

Needs the ``spacy`` extra (``pip install "quoteattr[spacy]"``). Importing this module
does not need spaCy; where spaCy is installed, it registers the component factory
``"quoteattr"`` (with :meth:`spacy.language.Language.factory`), and the package's
``spacy_factories`` entry point lets ``nlp.add_pipe("quoteattr")`` find it without
importing this module first. No statistical model is needed: the component works on a
blank pipeline (``spacy.blank("en")``), and on the tokens of any other.

The component sets ``Doc._.quotes``: a list of :class:`DocQuote`, one per quotation in
text order, each with spaCy spans for the quoted words, the speaker's mention and the
cue, the canonical speaker, the rule and the confidence, and the
:class:`~quoteattr.model.Attribution` itself (its exact character offsets).

What the component stores on the ``Doc`` is plain data (``Doc._.quotes_data``: each
attribution's :meth:`~quoteattr.model.Attribution.to_dict`), from which ``Doc._.quotes``
is built when read: so the results survive ``Doc.to_bytes``, a ``DocBin`` and
``nlp.pipe(..., n_process=2)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from quoteattr.cues import load_lexicon
from quoteattr.extras import require
from quoteattr.model import Attribution, Cue, Mention, Quote, Segment, Speaker
from quoteattr.pipeline import extract

if TYPE_CHECKING:  # only for the annotations: spaCy is imported when used
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = ["FACTORY", "DocQuote", "QuoteattrComponent", "make_quoteattr"]

FACTORY = "quoteattr"
"""The name the component is registered under: ``nlp.add_pipe("quoteattr")``."""

_QUOTES = "quotes"
_DATA = "quotes_data"


def _require(module: str) -> ModuleType:
    return require(module, user="quoteattr.spacy", extra="spacy", name="spaCy")


@attrs.frozen(slots=True)
class DocQuote:
    """One quotation of a ``Doc``: spaCy spans over its tokens, and what quoteattr found.

    Each span is the run of whole tokens that covers the characters of the quoteattr
    offsets (``doc.char_span(start, end, alignment_mode="expand")``): where a boundary
    falls inside a token (``“a”b`` is one token for the English tokenizer), the span
    takes the whole token, so ``span.text`` may be longer than the quoteattr text; a
    range holding no token (empty, or whitespace only) gives an empty span at its
    place. The exact character offsets stay in :attr:`attribution`.

    Attributes:
        content: The quotation, from its first quoted character to its last one (for a
            quotation interrupted by its cue, the cue lies inside).
        segments: Each contiguous quoted stretch, in order.
        speaker: The mention linked to the quotation (a name, a pronoun, a role noun),
            or ``None``.
        cue: The words that signal the attribution (``said``, ``according to``), or
            ``None``.
        speaker_name: The canonical speaker (the fullest name its mentions share in the
            document), or ``None`` when no credible speaker was found.
        rule: The linking rule that fired, or ``None``.
        confidence: How sure the attribution is, in [0, 1].
        attribution: The :class:`~quoteattr.model.Attribution`, with the exact
            character offsets.
    """

    content: Span
    segments: tuple[Span, ...]
    speaker: Span | None
    cue: Span | None
    speaker_name: str | None
    rule: str | None
    confidence: float
    attribution: Attribution

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data: each span as its token range
        (``start``, ``end``), its character range (``start_char``, ``end_char``) and
        its ``text``, and the attribution as :meth:`Attribution.to_dict`."""
        return {
            "content": _span_dict(self.content),
            "segments": [_span_dict(span) for span in self.segments],
            "speaker": _span_dict(self.speaker) if self.speaker is not None else None,
            "cue": _span_dict(self.cue) if self.cue is not None else None,
            "speaker_name": self.speaker_name,
            "rule": self.rule,
            "confidence": self.confidence,
            "attribution": self.attribution.to_dict(),
        }


def _span_dict(span: Span) -> dict[str, Any]:
    return {
        "start": span.start,
        "end": span.end,
        "start_char": span.start_char,
        "end_char": span.end_char,
        "text": span.text,
    }


class QuoteattrComponent:
    """The pipeline component: finds the quotations of each ``Doc`` and who said them.

    Create it with ``nlp.add_pipe("quoteattr")`` (options in ``config=``), which calls
    :func:`make_quoteattr`. It keeps no state but the language of its word lists, so it
    pickles (``nlp.pipe(..., n_process=2)``) and needs no training or data files.

    Args:
        language: The language of quoteattr's word lists (a folder under
            ``quoteattr/data/``; ``"en"`` is the one shipped).

    Raises:
        ImportError: spaCy is not installed.
        ValueError: There are no word lists for ``language``.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> _ = nlp.add_pipe("quoteattr")
        >>> doc = nlp("“We will rebuild,” Mayor Jane Doe said.")
        >>> [(q.content.text, q.speaker.text, q.cue.text, q.speaker_name) for q in doc._.quotes]
        [('We will rebuild,', 'Jane Doe', 'said', 'Jane Doe')]
    """

    def __init__(self, *, language: str = "en") -> None:
        _require("spacy")
        load_lexicon(language)  # fail here, not on the first document
        _register_extensions()
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        """Find the quotations of ``doc``; set ``doc._.quotes`` (and return ``doc``)."""
        attributions = extract(doc.text, lexicon=load_lexicon(self.language))
        setattr(doc._, _DATA, [attribution.to_dict() for attribution in attributions])
        return doc

    def __repr__(self) -> str:
        return f"QuoteattrComponent(language={self.language!r})"


def make_quoteattr(nlp: Language, name: str, language: str) -> QuoteattrComponent:
    """The factory spaCy calls for ``nlp.add_pipe("quoteattr", config={...})``.

    Args:
        nlp: The pipeline (unused: the component works on the text, whatever the
            tokenizer).
        name: The component's name in the pipeline.
        language: The config option ``language`` (default ``"en"``): the language of
            quoteattr's word lists.

    Returns:
        A :class:`QuoteattrComponent`.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> nlp.add_pipe("quoteattr", config={"language": "en"})
        QuoteattrComponent(language='en')
    """
    del nlp, name
    return QuoteattrComponent(language=language)


def _doc_quotes(doc: Doc) -> list[DocQuote] | None:
    """``Doc._.quotes``: the quotations stored on ``doc`` as :class:`DocQuote` records,
    or ``None`` when the component has not run on it."""
    data = getattr(doc._, _DATA)
    if data is None:
        return None
    return [_doc_quote(doc, _attribution(entry)) for entry in data]


def _doc_quote(doc: Doc, attribution: Attribution) -> DocQuote:
    quote = attribution.quote
    mention = attribution.mention
    cue = attribution.cue
    speaker = attribution.speaker
    return DocQuote(
        content=_span(doc, quote.start, quote.end),
        segments=tuple(_span(doc, s.start, s.end) for s in quote.segments),
        speaker=_span(doc, mention.start, mention.end) if mention else None,
        cue=_span(doc, cue.start, cue.end) if cue else None,
        speaker_name=speaker.name if speaker else None,
        rule=attribution.rule,
        confidence=attribution.confidence,
        attribution=attribution,
    )


def _span(doc: Doc, start: int, end: int) -> Span:
    """The tokens covering ``doc.text[start:end]``; an empty span at ``start`` when no
    token lies in that range."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        return span
    index = next((token.i for token in doc if token.idx >= start), len(doc))
    return doc[index:index]


def _attribution(data: Mapping[str, Any]) -> Attribution:
    """An :class:`Attribution` back from its :meth:`~Attribution.to_dict`."""
    speaker = data["speaker"]
    mention = data["mention"]
    cue = data["cue"]
    return Attribution(
        quote=_quote(data["quote"]),
        speaker=Speaker(**speaker) if speaker is not None else None,
        mention=Mention(**mention) if mention is not None else None,
        cue=Cue(**cue) if cue is not None else None,
        rule=data["rule"],
        confidence=data["confidence"],
    )


def _quote(data: Mapping[str, Any]) -> Quote:
    return Quote(
        **{
            **data,
            "segments": tuple(Segment(**segment) for segment in data["segments"]),
            "nested": tuple(_quote(nested) for nested in data["nested"]),
        }
    )


def _register_extensions() -> None:
    """Register ``Doc._.quotes`` and ``Doc._.quotes_data``, once; refuse to share the
    names with another library's extensions."""
    from spacy.tokens import Doc

    if Doc.has_extension(_DATA):
        default = Doc.get_extension(_DATA)[0]
        if default is not None:
            raise ValueError(f"Doc._.{_DATA} is already registered by another library")
    else:
        Doc.set_extension(_DATA, default=None)
    if Doc.has_extension(_QUOTES):
        getter = Doc.get_extension(_QUOTES)[2]
        qualname = (getattr(getter, "__module__", None), getattr(getter, "__qualname__", None))
        if qualname != (_doc_quotes.__module__, _doc_quotes.__qualname__):
            raise ValueError(f"Doc._.{_QUOTES} is already registered by another library")
    else:
        Doc.set_extension(_QUOTES, getter=_doc_quotes)


def _register_factory() -> None:
    try:
        from spacy.language import Language
    except ImportError:  # no spaCy: the component says what to install when created
        return
    Language.factory(
        FACTORY,
        default_config={"language": "en"},
        assigns=[f"doc._.{_QUOTES}", f"doc._.{_DATA}"],
        func=make_quoteattr,
    )
    _register_extensions()


_register_factory()
