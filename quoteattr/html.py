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
added for the reader are ``.qa-label`` elements (leave them out to get the text back);
a quotation's label links to its card, and the card's number back to the quotation.

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
from collections import Counter
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

    >>> from quoteattr.pipeline import extract
    >>> text = '“We will rebuild,” Mayor Jane Doe said.'
    >>> document = ReportDocument('d1', text, extract(text))
    >>> document.id, len(document.attributions), document.verdicts
    ('d1', 1, None)
    """

    id: str
    text: str
    attributions: Sequence[Attribution]
    verdicts: Mapping[int, Verdict] | None = None


# Lone surrogates: JSON can hold them (``"\\ud800"``), UTF-8 cannot encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _e(value: object) -> str:
    """Escape for text and for double-quoted attribute values alike; a lone surrogate
    becomes U+FFFD (what a browser makes of one anyway), so the page always encodes."""
    return escape(_SURROGATE.sub("\ufffd", str(value)), quote=True)


# A scheme we link to, then a host, then anything (whitespace and control characters
# are refused first). Linear: the host class and the path's first character are disjoint.
_HTTP_URL = re.compile(r"https?://[^/?#]+(?:[/?#].*)?", re.IGNORECASE | re.DOTALL)
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
    anchor: str = ""  # the id of its first element
    link: str = ""  # where its label leads

    def open(self, first: bool) -> str:
        if not first:
            return f'<mark class="qa-{self.kind}"{self.attributes} data-part="cont">'
        anchor = f' id="{self.anchor}"' if self.anchor else ""
        return f'<mark class="qa-{self.kind}"{self.attributes}{anchor}>'

    def close(self, last: bool) -> str:
        if not (last and self.label):
            return "</mark>"
        if self.link:
            return f'<a class="qa-label" href="#{self.link}">{self.label}</a></mark>'
        return f'<span class="qa-label">{self.label}</span></mark>'


def _speaker_name(attribution: Attribution) -> str:
    return attribution.speaker.name if attribution.speaker else ""


def _verdict_label(verdicts: Mapping[int, Verdict] | None, index: int) -> str:
    if verdicts is None:
        return ""
    verdict = verdicts.get(index)
    return verdict.label if verdict else "unchecked"


def _marks(document: ReportDocument, prefix: str) -> list[_Mark]:
    """Every span to mark: quoted segments, nested quotations, speaker mentions and cues
    (a mention or cue shared by several quotations once, naming them all). A quotation's
    label links to its card (``{prefix}-q{number}``), and its first segment is the
    card's way back (``{prefix}-t{number}``)."""
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
                    anchor=f"{prefix}-t{number}" if position == 0 else "",
                    link=f"{prefix}-q{number}",
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
            # The label names the speaker when the mention does not spell it out.
            spelled = name == document.text[start:end]
            label = f"speaker {refs}" + (f" · {_e(name)}" if name and not spelled else "")
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


def _highlight(document: ReportDocument, prefix: str) -> str:
    """The text as paragraphs, with every quoted segment, mention and cue marked.

    The whitespace between paragraphs stays between the ``<p>`` elements, so that the
    page's text, labels left out, is the document's text.
    """
    text = document.text
    paragraphs = _paragraphs(text)
    out = ['<div class="qa-text">']
    at = 0
    for (start, end), pieces in zip(
        paragraphs, _pieces(_marks(document, prefix), paragraphs), strict=True
    ):
        out.append(_e(text[at:start]))
        if start < end:  # no empty paragraph for whitespace at either end
            out.append(f"<p>{_nest(text, start, end, pieces)}</p>")
        at = end
    out.append("</div>")
    return "".join(out)


_CSS: Final = """
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--paper:#fff;
--bg:#f6f8fa;--quote:#fff3bf;--quote-edge:#e67700;--speaker:#d0ebff;--speaker-edge:#1971c2;
--cue:#f3d9fa;--cue-edge:#9c36b5}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;background:var(--bg);color:var(--ink);
font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.6em;margin:0 0 .2em}
h2{font-size:1.2em;margin:0 0 .6em;overflow-wrap:anywhere}
.qa-sub{color:var(--muted);margin:0 0 1.2em}
mark,.qa-label,td,th,dd,h2,.qa-badge,.qa-said,.qa-statement blockquote{unicode-bidi:isolate}
table{border-collapse:collapse;background:var(--paper)}
th,td{border:1px solid var(--line);padding:.3em .7em;text-align:right}
th:first-child,td:first-child{text-align:left}
.qa-summary{font-size:.92em}
.qa-summary th:first-child{width:16em}
.qa-summary td:first-child a{display:block;width:16em;overflow:hidden;
text-overflow:ellipsis;white-space:nowrap}
thead th{background:#eaeef2;font-weight:600}
tfoot td{font-weight:600}
.qa-table{overflow-x:auto;margin:0 0 1.2em}
.qa-legend{display:flex;flex-wrap:wrap;gap:.5em 1em;margin:0 0 1.6em;color:var(--muted);
font-size:.9em}
.qa-doc{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:20px 24px;
margin:0 0 24px;overflow-wrap:anywhere}
.qa-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:28px;align-items:start}
@media (max-width:900px){.qa-body{grid-template-columns:1fr}}
.qa-text{font-size:1.05em;line-height:2.1}
.qa-text p{margin:0 0 1em;white-space:pre-line;overflow-wrap:anywhere}
.qa-text p:empty{display:none}
mark{color:inherit;padding:.1em .25em;border-radius:4px;box-decoration-break:clone;
-webkit-box-decoration-break:clone}
mark.qa-quote{background:var(--quote);border-bottom:2px solid var(--quote-edge)}
mark.qa-nested{background:rgba(0,0,0,.06);padding:0 .1em}
mark.qa-speaker{background:var(--speaker);border-bottom:2px solid var(--speaker-edge)}
mark.qa-cue{background:var(--cue);border-bottom:2px solid var(--cue-edge)}
.qa-label{display:inline-block;margin-left:.4em;padding:0 .4em;border-radius:3px;
font-size:.68em;font-weight:600;line-height:1.6;vertical-align:.15em;white-space:nowrap;
background:rgba(0,0,0,.1);color:#343a40;max-width:22em;overflow:hidden;text-overflow:ellipsis}
mark.qa-quote>.qa-label{background:var(--quote-edge);color:#fff}
mark.qa-speaker>.qa-label{background:var(--speaker-edge);color:#fff}
mark.qa-cue>.qa-label{background:var(--cue-edge);color:#fff}
.qa-cards{display:flex;flex-direction:column;gap:14px}
.qa-none{color:var(--muted);font-style:italic}
.qa-card{border:1px solid var(--line);border-left:5px solid var(--quote-edge);border-radius:6px;
padding:10px 14px;background:#fcfcfd}
.qa-card header{display:flex;align-items:center;gap:.5em;flex-wrap:wrap}
.qa-said{margin:.4em 0;padding:0;font-style:italic;overflow-wrap:anywhere}
.qa-facts{display:grid;grid-template-columns:auto 1fr;gap:0 .8em;margin:.3em 0;font-size:.9em}
.qa-facts dt{color:var(--muted)}
.qa-facts dd{margin:0;overflow-wrap:anywhere}
.qa-badge{display:inline-block;padding:0 .55em;border-radius:999px;font-size:.8em;
font-weight:700;color:#fff;background:#868e96;text-transform:uppercase;letter-spacing:.03em;
line-height:1.8}
.qa-flag{display:inline-block;padding:0 .5em;border-radius:999px;font-size:.75em;
font-weight:600;border:1px solid #c92a2a;color:#c92a2a}
[data-verdict=verbatim]{--v:#2b8a3e}[data-verdict=truncated]{--v:#0c8599}
[data-verdict=altered]{--v:#e8590c}[data-verdict=paraphrase]{--v:#1971c2}
[data-verdict=misattributed]{--v:#862e9c}[data-verdict=fabricated]{--v:#c92a2a}
[data-verdict=unchecked]{--v:#868e96}
.qa-badge[data-verdict],.qa-legend .qa-badge{background:var(--v)}
.qa-card[data-verdict]{border-left-color:var(--v)}
mark.qa-quote[data-verdict]{border-bottom-color:var(--v)}
mark.qa-quote[data-verdict]>.qa-label{background:var(--v)}
.qa-explanation{margin:.4em 0;font-size:.92em}
.qa-statement{margin:.5em 0;padding:.4em .7em;background:var(--bg);border-radius:4px;font-size:.9em}
.qa-statement-meta{color:var(--muted);overflow-wrap:anywhere}
.qa-caption{font-size:.75em;font-weight:700;text-transform:uppercase;letter-spacing:.04em;
color:var(--muted)}
a.qa-label{text-decoration:none}
.qa-num{font-weight:700;color:inherit;text-decoration:none}
.qa-statement blockquote{margin:.3em 0;overflow-wrap:anywhere}
mark.qa-covered{background:#e6fcf5;border-bottom:1px dashed #0ca678;padding:0}
.qa-diff{font-size:.9em;margin:.4em 0 0}
.qa-diff table{width:100%}
.qa-diff th,.qa-diff td{text-align:left;vertical-align:top;overflow-wrap:anywhere}
del{background:#ffe3e3;color:#a61e1e;text-decoration:line-through}
ins{background:#d3f9d8;color:#1b5e20;text-decoration:none;border-bottom:1px solid #2b8a3e}
code{font-size:.9em}
footer{color:var(--muted);font-size:.85em}
"""


def _counts(document: ReportDocument) -> Counter[str]:
    counts: Counter[str] = Counter()
    counts["quotes"] = len(document.attributions)
    counts["attributed"] = sum(a.speaker is not None for a in document.attributions)
    if document.verdicts is not None:
        for index in range(len(document.attributions)):
            counts[_verdict_label(document.verdicts, index)] += 1
    return counts


def _summary(documents: Sequence[ReportDocument]) -> str:
    verified = any(d.verdicts is not None for d in documents)
    columns = ["quotes", "attributed"]
    if verified:
        columns += [*VERDICT_LABELS, "unchecked"]
    head = "".join(f"<th>{'not checked' if c == 'unchecked' else c}</th>" for c in columns)
    rows = []
    total: Counter[str] = Counter()
    for number, document in enumerate(documents, 1):
        counts = _counts(document)
        total.update(counts)
        # A document not verified has no verdict counts (blank, not zero).
        cells = "".join(
            f'<td data-count="{c}">{counts[c]}</td>'
            if c in ("quotes", "attributed") or document.verdicts is not None
            else f'<td data-count="{c}"></td>'
            for c in columns
        )
        doc_id = _e(document.id)
        rows.append(
            f'<tr data-doc-id="{doc_id}"><td><a href="#d{number}" title="{doc_id}">'
            f"{doc_id}</a></td>{cells}</tr>"
        )
    foot = ""
    if len(documents) > 1:
        cells = "".join(f"<td>{total[c]}</td>" for c in columns)
        foot = f"<tfoot><tr><td>all {len(documents)} documents</td>{cells}</tr></tfoot>"
    return (
        '<div class="qa-table"><table class="qa-summary">'
        f"<thead><tr><th>document</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody>{foot}</table></div>"
    )


def _legend(verified: bool) -> str:
    parts = [
        '<mark class="qa-quote">quotation</mark>',
        '<mark class="qa-speaker">speaker</mark>',
        '<mark class="qa-cue">cue</mark>',
    ]
    if verified:
        parts += [
            f'<span class="qa-badge" data-verdict="{label}">{label}</span>'
            for label in VERDICT_LABELS
        ]
    return f'<div class="qa-legend">{"".join(parts)}</div>'


def _statement(verdict: Verdict) -> str:
    match = verdict.match
    if match is None:
        return ""
    statement = match.statement
    meta = [f"<code>{_e(statement.id)}</code>", _e(statement.speaker)]
    if statement.date:
        meta.append(_e(statement.date))
    if statement.source:
        url = safe_url(statement.source)
        meta.append(
            f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(url)}</a>'
            if url
            else f'<span class="qa-source">{_e(statement.source)}</span>'
        )
    meta.append(f"score {match.score:.1f}")
    text = statement.text
    start, end = match.statement_start, match.statement_end
    if 0 <= start < end <= len(text):
        said = (
            f'{_e(text[:start])}<mark class="qa-covered">{_e(text[start:end])}</mark>'
            f"{_e(text[end:])}"
        )
    else:
        said = _e(text)
    caption = "nearest statement" if verdict.label == "fabricated" else "matched statement"
    return (
        f'<div class="qa-statement" data-statement-id="{_e(statement.id)}">'
        f'<div class="qa-caption">{caption}</div>'
        f'<div class="qa-statement-meta">{" · ".join(meta)}</div>'
        f"<blockquote>{said}</blockquote></div>"
    )


def _diff(verdict: Verdict) -> str:
    if verdict.match is None or verdict.label == "fabricated":
        return ""
    if not verdict.edits:
        return '<div class="qa-diff"><span class="qa-none">no word changed</span></div>'
    rows = []
    for edit in verdict.edits:
        said = " ".join(edit.statement_words)
        quoted = " ".join(edit.quote_words)
        rows.append(
            f'<tr class="qa-edit" data-op="{_e(edit.op)}"><td>{_e(edit.op)}</td>'
            f"<td>{f'<del>{_e(said)}</del>' if said else ''}</td>"
            f"<td>{f'<ins>{_e(quoted)}</ins>' if quoted else ''}</td></tr>"
        )
    return (
        '<div class="qa-diff"><table><thead><tr><th>change</th><th>archive</th>'
        f"<th>quotation</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _card(
    number: int,
    document_number: int,
    attribution: Attribution,
    verdict: Verdict | None,
    verified: bool,
) -> str:
    quote = attribution.quote
    name = _speaker_name(attribution)
    label = (verdict.label if verdict else "unchecked") if verified else ""
    header = [f'<a class="qa-num" href="#d{document_number}-t{number}">{number}</a>']
    if label:
        shown = "not checked" if label == "unchecked" else label
        header.append(f'<span class="qa-badge" data-verdict="{label}">{shown}</span>')
    if verdict is not None and verdict.meaning_change:
        header.append('<span class="qa-flag">meaning changed</span>')
    header.append(f'<span class="qa-kind">{_e(quote.kind)}</span>')
    facts = []
    if attribution.speaker is not None:
        mention = attribution.mention
        said_as = f" (as “{_e(mention.text)}”)" if mention and mention.text != name else ""
        facts.append(("speaker", f"{_e(name)}{said_as}"))
    else:
        facts.append(("speaker", '<span class="qa-none">none found</span>'))
    if attribution.cue is not None:
        facts.append(("cue", _e(attribution.cue.text)))
    if attribution.rule:
        facts.append(
            (
                "rule",
                f"<code>{_e(attribution.rule)}</code> · confidence {attribution.confidence:.2f}",
            )
        )
    if verdict is not None and verdict.reasons:
        facts.append(("why", _e("; ".join(verdict.reasons))))
    listed = "".join(f"<dt>{key}</dt><dd>{value}</dd>" for key, value in facts)
    evidence = ""
    if verdict is not None:
        evidence = (
            f'<p class="qa-explanation">{_e(verdict.explanation)}</p>'
            f"{_statement(verdict)}{_diff(verdict)}"
        )
    verdict_attribute = f' data-verdict="{label}"' if label else ""
    return (
        f'<article class="qa-card" id="d{document_number}-q{number}" data-quote="{number}"'
        f' data-speaker="{_e(name)}"{verdict_attribute}>'
        f"<header>{' '.join(header)}</header>"
        f'<blockquote class="qa-said">{_e(" ".join(s.text for s in quote.segments))}'
        f'</blockquote><dl class="qa-facts">{listed}</dl>{evidence}</article>'
    )


def _section(number: int, document: ReportDocument) -> str:
    verified = document.verdicts is not None
    verdicts = document.verdicts or {}
    cards = "".join(
        _card(index + 1, number, attribution, verdicts.get(index), verified)
        for index, attribution in enumerate(document.attributions)
    )
    if not cards:
        cards = '<p class="qa-none">No quotation found.</p>'
    return (
        f'<section class="qa-doc" id="d{number}" data-doc-id="{_e(document.id)}">'
        f"<h2>{_e(document.id)}</h2>"
        f'<div class="qa-body">{_highlight(document, f"d{number}")}'
        f'<div class="qa-cards">{cards}</div></div></section>'
    )


def render_report(documents: Iterable[ReportDocument], *, title: str = "quoteattr report") -> str:
    """One self-contained HTML page reporting on ``documents``.

    Args:
        documents: the documents, each with its attributions and (optionally) verdicts.
        title: the page's title and main heading.

    Returns:
        The page, a complete HTML document (write it to a file as UTF-8). Every string
        from the documents is escaped; lone surrogates (which JSON can hold and UTF-8
        cannot encode) are shown as U+FFFD, so the page always encodes as UTF-8.

    >>> page = render_report([], title='Nothing <here>')
    >>> '<title>Nothing &lt;here&gt;</title>' in page
    True
    """
    documents = list(documents)
    verified = any(d.verdicts is not None for d in documents)
    quotes = sum(len(d.attributions) for d in documents)
    plural = "" if len(documents) == 1 else "s"
    sections = "\n".join(_section(n, d) for n, d in enumerate(documents, 1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n"
        f"<body><header><h1>{_e(title)}</h1>"
        f'<p class="qa-sub">{len(documents)} document{plural}, {quotes} quotation'
        f"{'' if quotes == 1 else 's'}</p>"
        f"{_summary(documents)}{_legend(verified)}</header>\n"
        f"<main>{sections}</main>\n"
        "<footer>Made by quoteattr. Offsets index the original text; labels are not part "
        "of it.</footer></body></html>\n"
    )
