"""The HTML report: articles with their quotations highlighted, in one safe file.

:func:`render_report` turns documents and their results into one self-contained HTML
page, in the manner of displaCy: each article's text with every quoted segment
highlighted, its speaker mention and cue marked and labelled, and, when verdicts are
given, a card per quotation with its verdict, the archive statement it was matched to
and the word-level differences. A summary table comes first.

The page needs nothing else: the CSS is inline, there is no script, no font, no image
and no link to anything but ``http``/``https`` sources from the archive. Everything that
comes from the text or the archive is escaped with :func:`html.escape` (attribute
values too), and a Content-Security-Policy meta tag (:data:`CSP`) forbids scripts,
plugins, frames and network fetches should anything ever slip through.

Stable hooks for styling and for tests: quoted segments are ``mark.qa-quote`` elements,
speaker mentions ``mark.qa-speaker`` and cues ``mark.qa-cue``, each with
``data-quote`` (the quotation's number in its document, from 1; a mention or cue shared
by several quotations lists them all, separated by spaces) and ``data-speaker`` (the
canonical speaker's name, empty when there is none); quotation cards are
``article.qa-card`` with ``data-quote``, ``data-speaker`` and ``data-verdict``; labels
added for the reader are ``span.qa-label`` (leave them out to get the text back).

>>> from quoteattr.pipeline import extract
>>> text = '“We will rebuild,” Mayor Jane Doe said.'
>>> page = render_report([ReportDocument('d1', text, extract(text))])
>>> page.startswith('<!DOCTYPE html>')
True
>>> 'data-speaker="Jane Doe"' in page
True
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Final

import attrs

from quoteattr.model import Attribution, Verdict, VerdictLabel

__all__ = ["CSP", "VERDICT_LABELS", "ReportDocument", "render_report", "safe_url"]

#: The Content-Security-Policy every report carries: no script, no network, no frames;
#: only its own inline style and ``data:`` images.
CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

#: The verdicts, in the order the summary table lists them.
VERDICT_LABELS: Final[tuple[VerdictLabel, ...]] = (
    "verbatim",
    "truncated",
    "altered",
    "paraphrase",
    "misattributed",
    "fabricated",
)


@attrs.frozen(slots=True)
class ReportDocument:
    """One document of a report: its id, its text and what was found in it.

    Attributes:
        id: the document's id, shown as its heading.
        text: the text the attributions' offsets index.
        attributions: the quotations and their speakers, as
            :func:`quoteattr.pipeline.extract` returns them.
        verdicts: attribution index -> verdict, as
            :func:`quoteattr.pipeline.verify_attributions` returns them; ``None`` when
            the document was not verified (the report then shows no verdicts).
    """

    id: str
    text: str
    attributions: Sequence[Attribution]
    verdicts: Mapping[int, Verdict] | None = None


def _e(value: object) -> str:
    """Escape for text and for double-quoted attribute values alike."""
    return escape(str(value), quote=True)


# A scheme we link to, then an authority: nothing that could run or embed.
_HTTP_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE | re.ASCII)
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")


def safe_url(value: str | None) -> str | None:
    """``value`` if it is an ``http`` or ``https`` URL safe to link to, else ``None``.

    A URL qualifies only when it starts with the scheme itself (no leading space or
    control character a browser would skip) and holds no space or control character
    anywhere (browsers drop tabs and newlines inside URLs, which would let
    ``java\\tscript:`` through a looser check).

    >>> safe_url('https://example.org/a?b=1')
    'https://example.org/a?b=1'
    >>> safe_url('javascript:alert(1)') is None, safe_url(' https://x.org') is None
    (True, True)
    """
    if value is None or _CONTROL.search(value) or not _HTTP_URL.fullmatch(value):
        return None
    return value


# Runs of whitespace; those with two or more line breaks separate paragraphs. (Linear:
# one greedy class, nothing after it to backtrack for.)
_WHITESPACE = re.compile(r"\s+")


@attrs.frozen(slots=True)
class _Mark:
    """A span to mark in the text: what kind, and the element that opens it."""

    start: int
    end: int
    rank: int  # outer kinds first when two spans start and end together
    kind: str
    attributes: str
    label: str

    def open(self, first: bool) -> str:
        part = "" if first else ' data-part="cont"'
        return f'<mark class="qa-{self.kind}"{self.attributes}{part}>'

    def close(self, last: bool) -> str:
        label = f'<span class="qa-label">{self.label}</span>' if last and self.label else ""
        return f"{label}</mark>"


def _speaker_name(attribution: Attribution) -> str:
    return attribution.speaker.name if attribution.speaker else ""


def _verdict_label(verdicts: Mapping[int, Verdict] | None, index: int) -> str:
    if verdicts is None:
        return ""
    verdict = verdicts.get(index)
    return verdict.label if verdict else "unchecked"


def _marks(document: ReportDocument) -> list[_Mark]:
    """Every span to mark: quoted segments, nested quotations, speaker mentions and cues
    (a mention or cue shared by several quotations once, naming them all)."""
    text_length = len(document.text)
    marks: list[_Mark] = []
    shared: dict[tuple[str, int, int], list[int]] = {}
    names: dict[tuple[str, int, int], str] = {}
    for index, attribution in enumerate(document.attributions):
        number = index + 1
        quote = attribution.quote
        name = _speaker_name(attribution)
        verdict = _verdict_label(document.verdicts, index)
        verdict_attribute = f' data-verdict="{_e(verdict)}"' if verdict else ""
        who = _e(name) if name else "no speaker"
        for position, segment in enumerate(quote.segments):
            last = position == len(quote.segments) - 1
            label = f"{number} · {who}" + (f" · {_e(verdict)}" if verdict else "")
            marks.append(
                _Mark(
                    segment.start,
                    segment.end,
                    0,
                    "quote",
                    f' data-quote="{number}" data-speaker="{_e(name)}"'
                    f' data-kind="{_e(quote.kind)}"{verdict_attribute}',
                    label if last else "",
                )
            )
        stack = list(quote.nested)
        while stack:
            inner = stack.pop()
            stack.extend(inner.nested)
            for segment in inner.segments:
                marks.append(
                    _Mark(segment.start, segment.end, 1, "nested", f' data-quote="{number}"', "")
                )
        for kind, span in (("speaker", attribution.mention), ("cue", attribution.cue)):
            if span is not None:
                key = (kind, span.start, span.end)
                shared.setdefault(key, []).append(number)
                names.setdefault(key, name)
    for (kind, start, end), numbers in shared.items():
        name = names[(kind, start, end)]
        refs = " ".join(map(str, numbers))
        if kind == "speaker":
            label = f"speaker {refs}" + (f" · {_e(name)}" if name else "")
        else:
            label = f"cue {refs}"
        attributes = f' data-quote="{refs}" data-speaker="{_e(name)}"'
        marks.append(_Mark(start, end, 2, kind, attributes, label))
    # Spans outside the text (records from another text) cannot be drawn.
    return [m for m in marks if 0 <= m.start < m.end <= text_length]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph: the text between runs of whitespace that
    hold two or more line breaks."""
    bounds, at = [], 0
    for run in _WHITESPACE.finditer(text):
        if run.group().count("\n") >= 2:
            bounds.append((at, run.start()))
            at = run.end()
    bounds.append((at, len(text)))
    return bounds


@attrs.frozen(slots=True)
class _Piece:
    """The part of a mark inside one paragraph."""

    start: int
    end: int
    mark: _Mark
    first: bool
    last: bool


def _pieces(marks: Sequence[_Mark], paragraphs: Sequence[tuple[int, int]]) -> list[list[_Piece]]:
    """Each paragraph's pieces of the marks, so that no element crosses a paragraph."""
    starts = [start for start, _ in paragraphs]
    out: list[list[_Piece]] = [[] for _ in paragraphs]
    for mark in marks:
        cut = []
        number = max(bisect.bisect_right(starts, mark.start) - 1, 0)
        while number < len(paragraphs) and paragraphs[number][0] < mark.end:
            start = max(mark.start, paragraphs[number][0])
            end = min(mark.end, paragraphs[number][1])
            if start < end:
                cut.append((number, start, end))
            number += 1
        for position, (number, start, end) in enumerate(cut):
            out[number].append(_Piece(start, end, mark, position == 0, position == len(cut) - 1))
    return out


def _nest(text: str, start: int, end: int, pieces: Sequence[_Piece]) -> str:
    """``text[start:end]`` with its pieces marked.

    Pieces may overlap in any way: the text is cut at every piece boundary, and at each
    cut the elements that end there are closed; any element opened inside them that is
    still going is closed too and reopened just after (``data-part="cont"``), so the
    markup always nests. A mark's label goes at its very end.
    """
    points = {start, end}
    starting: dict[int, list[_Piece]] = {}
    for piece in pieces:
        points.update((piece.start, piece.end))
        starting.setdefault(piece.start, []).append(piece)
    out: list[str] = []
    stack: list[tuple[_Piece, bool]] = []  # (piece, opened earlier and reopened)
    cuts = sorted(points)
    for here, following in zip(cuts, [*cuts[1:], end], strict=True):
        ending = [i for i, (piece, _) in enumerate(stack) if piece.end == here]
        if ending:
            depth = min(ending)
            reopen = [piece for piece, _ in stack[depth:] if piece.end != here]
            for piece, _ in reversed(stack[depth:]):
                out.append(piece.mark.close(piece.last and piece.end == here))
            del stack[depth:]
            for piece in reopen:
                out.append(piece.mark.open(first=False))
                stack.append((piece, True))
        for piece in sorted(starting.get(here, ()), key=lambda p: (-p.end, p.mark.rank)):
            out.append(piece.mark.open(first=piece.first))
            stack.append((piece, False))
        out.append(_e(text[here:following]))
    return "".join(out)


def _highlight(document: ReportDocument) -> str:
    """The text as paragraphs, with every quoted segment, mention and cue marked.

    The whitespace between paragraphs stays between the ``<p>`` elements, so that the
    page's text, labels left out, is the document's text.
    """
    text = document.text
    paragraphs = _paragraphs(text)
    out = ['<div class="qa-text">']
    at = 0
    for (start, end), pieces in zip(paragraphs, _pieces(_marks(document), paragraphs), strict=True):
        out.append(_e(text[at:start]))
        out.append(f"<p>{_nest(text, start, end, pieces)}</p>")
        at = end
    out.append("</div>")
    return "".join(out)


def render_report(documents: Iterable[ReportDocument], *, title: str = "quoteattr report") -> str:
    """One self-contained HTML page reporting on ``documents``.

    Args:
        documents: the documents, each with its attributions and (optionally) verdicts.
        title: the page's title and main heading.

    Returns:
        The page, a complete HTML document (write it to a file as UTF-8).

    >>> page = render_report([], title='Nothing <here>')
    >>> '<title>Nothing &lt;here&gt;</title>' in page
    True
    """
    documents = list(documents)
    sections = [_highlight(document) for document in documents]
    body = "\n".join(
        f'<section class="qa-doc" id="d{n}" data-doc-id="{_e(d.id)}">'
        f"<h2>{_e(d.id)}</h2>{section}</section>"
        for n, (d, section) in enumerate(zip(documents, sections, strict=True), 1)
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_e(title)}</title></head>"
        f"<body><h1>{_e(title)}</h1>\n{body}\n</body></html>\n"
    )
