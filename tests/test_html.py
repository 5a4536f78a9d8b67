"""The HTML report: its structure, and that nothing from the text or the archive can
inject markup into it.

The injection corpus is ``tests/data/injections.json``. Each string is put in every
field the report shows (document id, title, article text, speaker name, cue, statement
id, speaker, text, date and source, diff words, explanation) and the page is parsed with
the standard library's :class:`html.parser.HTMLParser` into a tree that must close every
element it opens. The page must hold only the elements and attributes the report itself
writes (no ``script``, no ``on*`` attribute, no link but ``#fragment`` and
``http``/``https``), and every field must read back, unescaped, as the string given.

``tests/test_browser.py`` renders the same corpus in Chromium.
"""

from __future__ import annotations

import json
import pathlib
from collections import Counter
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import attrs
import pytest
from hypothesis import given, settings

from quoteattr.archive import Archive
from quoteattr.html import CSP, VERDICT_LABELS, ReportDocument, render_report, safe_url
from quoteattr.model import (
    Attribution,
    Cue,
    Edit,
    Match,
    Mention,
    Quote,
    Segment,
    Speaker,
    Statement,
    Verdict,
)
from quoteattr.pipeline import extract, verify_attributions
from quoteattr.verdicts import judge

try:
    from tests.strategies import any_text
except ImportError:  # pragma: no cover - tests/ run as the rootdir's top level
    from strategies import any_text  # type: ignore[no-redef,import-not-found,unused-ignore]

ROOT = pathlib.Path(__file__).resolve().parents[1]
INJECTIONS = ROOT / "tests" / "data" / "injections.json"
SEED = ROOT / "seeds" / "000_ebce1b236a75e8e9.txt"
SEED_ARCHIVE = ROOT / "seeds" / "archive.jsonl"


def load_injections() -> list[tuple[str, str]]:
    """The corpus: ``(name, string)`` pairs."""
    with INJECTIONS.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return [(entry["name"], entry["text"]) for entry in data["strings"]]


# ---------------------------------------------------------------------------------------
# A strict little DOM, shared with tests/test_browser.py.

VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())

#: Every element the report writes; anything else on a page was injected.
ALLOWED_TAGS = frozenset(
    """html head meta title style body header main footer section article h1 h2 p div
    span mark table thead tbody tfoot tr th td a dl dt dd blockquote code del ins""".split()
)
ALLOWED_ATTRIBUTES = frozenset(
    "class id href rel lang charset http-equiv content name title".split()
)


@attrs.define
class Node:
    """An element: its tag, attributes and children (elements and text)."""

    tag: str
    attributes: dict[str, str | None]
    children: list[Node | str] = attrs.field(factory=list)
    parent: Node | None = attrs.field(default=None, repr=False)

    def classes(self) -> list[str]:
        return (self.attributes.get("class") or "").split()

    def iter(self) -> Iterator[Node]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, predicate: Callable[[Node], bool]) -> list[Node]:
        return [node for node in self.iter() if predicate(node)]

    def text(self, *, labels: bool = False) -> str:
        """The text inside, without the report's ``qa-label`` spans unless asked."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif labels or "qa-label" not in child.classes():
                parts.append(child.text(labels=labels))
        return "".join(parts)

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _TreeBuilder(HTMLParser):
    """Builds a :class:`Node` tree, failing on any end tag that does not close the
    innermost open element (so the tree proves the markup nests)."""

    def __init__(self, *, lenient: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.lenient = lenient
        self.root = Node("#document", {})
        self.current = self.root
        self.comments: list[str] = []
        self.declarations: list[str] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        names = [name for name, _ in attrs_]
        assert len(names) == len(set(names)), f"repeated attribute in <{tag}>: {names}"
        node = Node(tag, dict(attrs_), parent=self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs_)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.lenient:  # close up to the nearest open element of that name, if any
            open_tags = [self.current.tag, *(a.tag for a in self.current.ancestors())]
            if tag in VOID or tag not in open_tags:
                return
            while self.current.tag != tag:
                assert self.current.parent is not None
                self.current = self.current.parent
        assert tag not in VOID, f"end tag for void element <{tag}>"
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_decl(self, decl: str) -> None:
        self.declarations.append(decl)

    def handle_pi(self, data: str) -> None:
        raise AssertionError(f"processing instruction in the page: {data!r}")

    def unknown_decl(self, data: str) -> None:
        raise AssertionError(f"unknown declaration in the page: {data!r}")


def parse(page: str, *, strict: bool = True, lenient: bool = False) -> Node:
    """The page as a tree. ``strict`` (for our own output) also requires every element
    to be closed; a browser's serialised DOM may leave ``<html>`` implied. ``lenient``
    accepts end tags that do not nest (for pages that are not ours)."""
    builder = _TreeBuilder(lenient=lenient)
    builder.feed(page)
    builder.close()
    if strict:
        assert builder.current is builder.root, f"<{builder.current.tag}> never closed"
        assert builder.comments == [], builder.comments
        assert builder.declarations == ["DOCTYPE html"], builder.declarations
    return builder.root


def by_class(root: Node, name: str, tag: str | None = None) -> list[Node]:
    return root.find_all(lambda n: name in n.classes() and (tag is None or n.tag == tag))


def check_safe(root: Node, *, marker: str = "data-pwned") -> None:
    """Everything on the page is the report's own: known elements and attributes, no
    event handler, no link but a fragment or ``http``/``https``, one style sheet, and
    the strict CSP first in ``<head>``."""
    for node in root.iter():
        if node is root:
            continue
        assert node.tag in ALLOWED_TAGS, f"injected element <{node.tag}>"
        for name, value in node.attributes.items():
            assert not name.startswith("on"), f"event handler {name}={value!r}"
            assert name != marker
            assert name in ALLOWED_ATTRIBUTES or name.startswith("data-"), name
            if name == "href":
                assert value is not None
                if not value.startswith("#"):
                    assert urlsplit(value).scheme in {"http", "https"}, value
                    assert value.lower().startswith(("http://", "https://")), value
    assert not root.find_all(lambda n: n.tag in {"script", "iframe", "object", "embed"})
    [head] = root.find_all(lambda n: n.tag == "head")
    first = head.children[0]
    assert isinstance(first, Node) and first.tag == "meta"
    assert first.attributes == {"charset": "utf-8"}
    csp = head.children[1]
    assert isinstance(csp, Node)
    assert csp.attributes == {"http-equiv": "Content-Security-Policy", "content": CSP}
    metas = root.find_all(lambda n: n.tag == "meta")
    assert len(metas) == 4, [m.attributes for m in metas]
    assert all(m.parent is head for m in metas)
    [style] = root.find_all(lambda n: n.tag == "style")
    sheet = style.text()
    assert "url(" not in sheet and "@import" not in sheet
    assert len(root.find_all(lambda n: n.tag == "title")) == 1


# ---------------------------------------------------------------------------------------
# Documents carrying a string in every field.


def _hostile_document(payload: str) -> tuple[ReportDocument, dict[str, str]]:
    """A document whose every field holds ``payload``, built by hand (so the payload
    need not survive extraction), with a speaker mention inside the quotation, a second
    quotation sharing the cue, and a span crossing a paragraph break."""
    intro = "Intro "
    text = f"{intro}{payload} “{payload} and more,” {payload} said.\n\nLater: {payload}."
    quote_start = len(intro) + len(payload) + 2
    quote_text = f"{payload} and more,"
    quote_end = quote_start + len(quote_text)
    mention_start = quote_end + 2
    mention_end = mention_start + len(payload)
    cue_start = mention_end + 1
    cue = Cue(cue_start, cue_start + 4, "said", "say")
    assert text[cue.start : cue.end] == "said"
    quote = Quote(
        quote_start,
        quote_end,
        quote_text,
        (Segment(quote_start, quote_end, quote_text, "“", "”"),),
    )
    # The second quotation's mention lies inside the first quotation (overlap).
    inner = Mention(quote_start, quote_start + len(payload), payload, "name")
    tail_start = text.index("Later: ") + len("Later: ")
    tail = Quote(
        tail_start,
        tail_start + len(payload),
        payload,
        (Segment(tail_start, tail_start + len(payload), payload, "", ""),),
        kind="fragment",
    )
    # A mention running from the first paragraph into the second.
    crossing = Mention(cue.start, tail_start + 1, text[cue.start : tail_start + 1], "nominal")
    speaker = Speaker(payload)
    first = Attribution(
        quote, speaker, Mention(mention_start, mention_end, payload, "name"), cue, payload, 0.9
    )
    second = Attribution(tail, speaker, inner, cue, "X-said", 0.5)
    third = Attribution(tail, Speaker("Plain Name"), crossing, None, None, 0.1)
    statement = Statement(payload, payload, f"{payload} and so on", payload, payload, payload)
    verdict = Verdict(
        "altered",
        quote_text,
        payload,
        Match(statement, 90.0, 80.0, 0.5, 0, len(payload)),
        (Edit("replace", (payload,), (payload, "x")), Edit("insert", (payload,), ())),
        True,
        (payload,),
        payload,
        first,
    )
    document = ReportDocument(payload, text, [first, second, third], {0: verdict})
    expected = {"text": text, "quote": quote_text, "tail": payload, "statement": statement.text}
    return document, expected


CORPUS = load_injections()


def test_injection_corpus_is_hostile_and_varied() -> None:
    texts = [text for _, text in CORPUS]
    names = [name for name, _ in CORPUS]
    assert len(names) == len(set(names)) >= 50
    assert sum("<script" in t.lower() for t in texts) >= 10
    assert sum("onerror" in t or "onload" in t or "onmouseover" in t for t in texts) >= 5
    assert any("\u202e" in t for t in texts) and any("\x00" in t for t in texts)
    assert any("＜script＞" in t for t in texts) and any("\u200b" in t for t in texts)
    assert any(t.lower().startswith("javascript:") for t in texts)


@pytest.mark.parametrize(("name", "payload"), CORPUS, ids=[name for name, _ in CORPUS])
def test_injection_in_every_field_stays_text(name: str, payload: str) -> None:
    document, expected = _hostile_document(payload)
    page = render_report([document, document], title=payload)
    root = parse(page)
    check_safe(root)
    [title] = root.find_all(lambda n: n.tag == "title")
    assert title.text() == payload
    [h1] = root.find_all(lambda n: n.tag == "h1")
    assert h1.text() == payload
    sections = by_class(root, "qa-doc", "section")
    assert len(sections) == 2
    for section in sections:
        assert section.attributes["data-doc-id"] == payload
        [h2] = section.find_all(lambda n: n.tag == "h2")
        assert h2.text() == payload
        # The article's text reads back exactly, labels left out; marks stay in paragraphs.
        [body] = by_class(section, "qa-text")
        assert body.text() == expected["text"]
        for mark in body.find_all(lambda n: n.tag == "mark"):
            assert any(a.tag == "p" for a in mark.ancestors())
        quotes = by_class(body, "qa-quote", "mark")
        first = [m for m in quotes if m.attributes["data-quote"] == "1"]
        assert "".join(m.text() for m in first) == expected["quote"]
        assert {m.attributes["data-speaker"] for m in quotes} == {payload, "Plain Name"}
        assert {m.attributes["data-verdict"] for m in first} == {"altered"}
        speakers = by_class(body, "qa-speaker", "mark")
        assert {m.attributes["data-speaker"] for m in speakers} == {payload, "Plain Name"}
        [cue] = by_class(body, "qa-cue", "mark")
        assert cue.text() == "said" and cue.attributes["data-quote"] == "1 2"
        # The cards: the quotation, the statement, its source, the diff, the explanation.
        cards = by_class(section, "qa-card", "article")
        assert [c.attributes["data-verdict"] for c in cards] == [
            "altered",
            "unchecked",
            "unchecked",
        ]
        assert by_class(cards[0], "qa-said")[0].text() == expected["quote"]
        [statement] = by_class(cards[0], "qa-statement")
        assert statement.attributes["data-statement-id"] == payload
        [said] = statement.find_all(lambda n: n.tag == "blockquote")
        assert said.text() == expected["statement"]
        meta = by_class(statement, "qa-statement-meta")[0].text()
        assert meta.startswith(f"{payload} · {payload} · {payload} · ")
        links = statement.find_all(lambda n: n.tag == "a")
        if safe_url(payload):
            assert [a.attributes["href"] for a in links] == [payload]
        else:
            assert links == []
            assert by_class(statement, "qa-source")[0].text() == payload
        assert [d.text() for d in cards[0].find_all(lambda n: n.tag == "del")] == [f"{payload} x"]
        assert [i.text() for i in cards[0].find_all(lambda n: n.tag == "ins")] == [payload] * 2
        assert by_class(cards[0], "qa-explanation")[0].text() == payload


@pytest.mark.parametrize(("name", "payload"), CORPUS, ids=[name for name, _ in CORPUS])
def test_injection_through_extraction_and_verification(name: str, payload: str) -> None:
    text = f"“{payload},” Jane Doe said. She called it a “{payload}.”"
    archive = Archive.memory()
    archive.add(Statement("s1", "Jane Doe", f"{payload}, she said", source=payload))
    attributions = extract(text)
    verdicts = verify_attributions(attributions, archive)
    root = parse(render_report([ReportDocument(payload, text, attributions, verdicts)]))
    check_safe(root)
    [body] = by_class(root, "qa-text")
    assert body.text() == text


@pytest.mark.parametrize(
    ("value", "linked"),
    [
        ("https://example.org/a?b=1#c", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("http://example.org/x y", False),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,hi", False),
        ("vbscript:x", False),
        ("//example.org", False),
        ("https:example.org", False),
        ("https://", False),
        (" https://example.org", False),
        ("https://example.org\n", False),
        ("https://exa\tmple.org", False),
        ("ftp://example.org", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_and_https_sources_become_links(value: str | None, linked: bool) -> None:
    assert safe_url(value) == (value if linked else None)


def _seed_document() -> ReportDocument:
    text = SEED.read_text(encoding="utf-8")
    archive = Archive.memory()
    archive.import_jsonl(SEED_ARCHIVE)
    attributions = extract(text)
    verdicts = verify_attributions(attributions, archive)
    return ReportDocument(SEED.stem, text, attributions, verdicts)


def test_seed_report_highlights_each_quotation_with_its_speaker() -> None:
    document = _seed_document()
    root = parse(render_report([document]))
    check_safe(root)
    [body] = by_class(root, "qa-text")
    assert body.text() == document.text
    for number, attribution in enumerate(document.attributions, 1):
        marks = [m for m in by_class(body, "qa-quote") if m.attributes["data-quote"] == str(number)]
        assert "".join(m.text() for m in marks) == attribution.quote.text
        assert attribution.speaker is not None
        assert {m.attributes["data-speaker"] for m in marks} == {attribution.speaker.name}
        labels = [s.text() for m in marks for s in by_class(m, "qa-label")]
        assert labels and attribution.speaker.name in labels[-1]
    # Labels lead to the cards, card numbers back to the text, summary rows to sections.
    ids = [n.attributes["id"] for n in root.iter() if "id" in n.attributes]
    assert len(ids) == len(set(ids))
    fragments = [
        (n.attributes["href"] or "")[1:]
        for n in root.iter()
        if n.tag == "a" and (n.attributes["href"] or "").startswith("#")
    ]
    assert len(fragments) == 1 + 2 * len(document.attributions)
    assert set(fragments) <= set(ids)
    paragraphs = body.find_all(lambda n: n.tag == "p")
    assert len(paragraphs) == len([p for p in document.text.split("\n\n") if p.strip()])


def test_summary_counts_quotations_speakers_and_verdicts() -> None:
    seed = _seed_document()
    plain = ReportDocument("plain", "“Hello,” said Jane Doe. It was “big.”", [])
    plain = attrs.evolve(plain, attributions=extract(plain.text))
    root = parse(render_report([seed, plain]))
    rows = root.find_all(lambda n: n.tag == "tr" and "data-doc-id" in n.attributes)
    cells = {
        row.attributes["data-doc-id"]: {
            td.attributes["data-count"]: td.text()
            for td in row.find_all(lambda n: n.tag == "td" and "data-count" in n.attributes)
        }
        for row in rows
    }
    assert seed.verdicts is not None
    labels = Counter(v.label for v in seed.verdicts.values())
    assert cells[seed.id]["quotes"] == str(len(seed.attributions))
    assert cells[seed.id]["attributed"] == str(
        sum(a.speaker is not None for a in seed.attributions)
    )
    for label in VERDICT_LABELS:
        assert cells[seed.id][label] == str(labels[label])
    assert cells[seed.id]["unchecked"] == str(len(seed.attributions) - len(seed.verdicts))
    # A document without verdicts has blank verdict cells, not zeros.
    assert cells["plain"]["quotes"] == "2"
    assert cells["plain"]["attributed"] == "1"
    assert all(cells["plain"][label] == "" for label in VERDICT_LABELS)
    [foot] = root.find_all(lambda n: n.tag == "tfoot")
    assert [td.text() for td in foot.find_all(lambda n: n.tag == "td")][1] == str(
        len(seed.attributions) + 2
    )


def test_diff_marks_deleted_inserted_and_replaced_words() -> None:
    said = [Statement("s1", "Winston Churchill", "We shall never surrender, not ever.")]
    verdict = judge("We will never surrender, not now", "Winston Churchill", said)
    assert verdict.label == "altered"
    text = "“We will never surrender, not now,” Winston Churchill said."
    attributions = extract(text)
    verdict = attrs.evolve(verdict, attribution=attributions[0])
    root = parse(render_report([ReportDocument("c", text, attributions, {0: verdict})]))
    rows = root.find_all(lambda n: n.tag == "tr" and "qa-edit" in n.classes())
    got = [
        (
            row.attributes["data-op"],
            " ".join(d.text() for d in row.find_all(lambda n: n.tag == "del")),
            " ".join(i.text() for i in row.find_all(lambda n: n.tag == "ins")),
        )
        for row in rows
    ]
    assert got == [
        (e.op, " ".join(e.statement_words), " ".join(e.quote_words)) for e in verdict.edits
    ]
    assert got
    # Each kind of edit: a deletion shows only struck words, an insertion only added ones.
    edits = (
        Edit("delete", (), ("not", "ever")),
        Edit("insert", ("now",), ()),
        Edit("replace", ("will",), ("shall",)),
    )
    root = parse(
        render_report(
            [ReportDocument("c", text, attributions, {0: attrs.evolve(verdict, edits=edits)})]
        )
    )
    rows = root.find_all(lambda n: n.tag == "tr" and "qa-edit" in n.classes())
    assert [
        (
            row.attributes["data-op"],
            [d.text() for d in row.find_all(lambda n: n.tag == "del")],
            [i.text() for i in row.find_all(lambda n: n.tag == "ins")],
        )
        for row in rows
    ] == [("delete", ["not ever"], []), ("insert", [], ["now"]), ("replace", ["shall"], ["will"])]
    [badge] = by_class(root, "qa-badge", "span")[-1:]
    assert badge.attributes["data-verdict"] == "altered"


def test_nested_quotation_and_interrupted_quotation_nest_cleanly() -> None:
    text = "“When they say ‘never again,’ they mean it,” she said, “and we will,” Ann Lee added."
    attributions = extract(text)
    root = parse(render_report([ReportDocument("n", text, attributions)]))
    check_safe(root)
    [body] = by_class(root, "qa-text")
    assert body.text() == text
    assert by_class(body, "qa-nested", "mark")
    for number, attribution in enumerate(attributions, 1):
        marks = [m for m in by_class(body, "qa-quote") if m.attributes["data-quote"] == str(number)]
        assert "".join(m.text() for m in marks) == "".join(
            s.text for s in attribution.quote.segments
        )


def test_page_needs_nothing_from_outside() -> None:
    page = render_report([_seed_document()])
    root = parse(page)
    assert not root.find_all(lambda n: "src" in n.attributes or n.tag in {"link", "img"})
    assert not root.find_all(lambda n: n.tag == "a" and not n.attributes["href"].startswith("#"))
    assert (
        "@font-face" not in page and "//" not in root.find_all(lambda n: n.tag == "style")[0].text()
    )


def test_spans_outside_the_text_are_left_out() -> None:
    text = "“Yes,” she said."
    attribution = extract(text)[0]
    stray = attrs.evolve(attribution, cue=Cue(10, 99, "x"))
    root = parse(render_report([ReportDocument("s", text, [stray])]))
    [body] = by_class(root, "qa-text")
    assert body.text() == text
    assert not by_class(body, "qa-cue")


@settings(max_examples=150, deadline=None)
@given(any_text())
def test_any_text_renders_safely_and_reads_back(text: str) -> None:
    root = parse(render_report([ReportDocument(text, text, extract(text))], title=text))
    check_safe(root)
    [body] = by_class(root, "qa-text")
    assert body.text() == text


def test_content_security_policy_forbids_scripts_and_fetches() -> None:
    directives = {part.split()[0]: part.split()[1:] for part in CSP.split(";") if part.strip()}
    assert directives["default-src"] == ["'none'"]
    assert directives["style-src"] == ["'unsafe-inline'"]
    assert directives["img-src"] == ["data:"]
    assert not {"script-src", "connect-src", "frame-src", "object-src"} & set(directives)
    assert directives["base-uri"] == ["'none'"] and directives["form-action"] == ["'none'"]


def test_lone_surrogates_from_json_still_give_a_page_that_encodes() -> None:
    text = json.loads('"\\u201cHi \\udc00,\\u201d said Jane Doe. \\ud800"')
    page = render_report([ReportDocument("a\ud800", text, extract(text))], title="\udfff")
    page.encode("utf-8")
    root = parse(page)
    check_safe(root)
    [body] = by_class(root, "qa-text")
    assert body.text() == text.replace("\udc00", "\ufffd").replace("\ud800", "\ufffd")
    assert by_class(root, "qa-doc")[0].attributes["data-doc-id"] == "a\ufffd"
