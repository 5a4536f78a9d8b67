"""The HTML report in a real browser: headless Chromium renders it, and the DOM it
dumps is checked.

The report holds the seed article (``seeds/000_ebce1b236a75e8e9.txt``, verified
against ``seeds/archive.jsonl``) and a document made of the injection corpus
(``tests/data/injections.json``) in its text, document id, speaker name and archive
statement, whose payloads would, if any ran, set ``data-pwned`` on ``<body>``. The tests
check in the rendered DOM that the four seed quotations are highlighted with their
speakers, and that no payload ran and no injected element exists. A control page carrying
the same payloads unescaped proves that this Chromium does run them, so the check can
fail.

Artifacts: the screenshot (``report.png``, 1280x2000), the report (``report.html``) and
the dumped DOM (``report.dom.html``) are written to the directory named by the
``QUOTEATTR_ARTIFACTS`` environment variable, by default ``artifacts/`` at the repository
root (git-ignored).

Run it with ``pytest tests/test_browser.py``. It needs Debian's ``chromium`` package
(``apt-get install chromium``; ``.ci/run`` installs it). Without Chromium the tests skip,
except when ``CI`` is ``true``: there they fail.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterator

import attrs
import pytest

from quoteattr.archive import Archive
from quoteattr.html import ReportDocument, render_report
from quoteattr.model import (
    Attribution,
    Cue,
    Match,
    Mention,
    Quote,
    Segment,
    Speaker,
    Statement,
    Verdict,
)
from quoteattr.pipeline import extract, verify_attributions

try:
    from tests.test_html import Node, by_class, check_safe, load_injections, parse
    from tests.test_seed import EXPECTED, SEED_ID
except ImportError:  # pragma: no cover - tests/ run as the rootdir's top level
    from test_html import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        Node,
        by_class,
        check_safe,
        load_injections,
        parse,
    )
    from test_seed import EXPECTED, SEED_ID  # type: ignore[no-redef,import-not-found,unused-ignore]

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / f"{SEED_ID}.txt"
SEED_ARCHIVE = ROOT / "seeds" / "archive.jsonl"
MARKER = "data-pwned"
TIMEOUT = 120  # seconds for one Chromium run; it takes about one on an idle machine
WINDOW = (1280, 2000)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    reason = (
        "chromium is not installed (no chromium, chromium-browser or google-chrome on PATH):"
        " install Debian's chromium package (apt-get install chromium) to run the browser"
        " test of the HTML report"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the browser test, but {reason}")
    pytest.skip(reason)


def _run_chromium(binary: str, page: pathlib.Path, *extra: str) -> str:
    """Run Chromium once on ``page`` with a fresh profile; its standard output."""
    with tempfile.TemporaryDirectory(prefix="quoteattr-chromium-") as profile:
        done = subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
            check=False,
        )
    assert done.returncode == 0, f"chromium exited with {done.returncode}: {done.stderr[-2000:]}"
    return done.stdout


def _artifacts() -> pathlib.Path:
    directory = pathlib.Path(os.environ.get("QUOTEATTR_ARTIFACTS") or ROOT / "artifacts")
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def _seed_document() -> ReportDocument:
    text = SEED.read_text(encoding="utf-8")
    archive = Archive.memory()
    archive.import_jsonl(SEED_ARCHIVE)
    attributions = extract(text)
    return ReportDocument(SEED_ID, text, attributions, verify_attributions(attributions, archive))


def _hostile_document(payloads: list[str]) -> ReportDocument:
    """One paragraph per payload, each a quotation attributed to a speaker whose name
    is the payload, with a verdict whose statement (id, speaker, text, date, source)
    is the payload too; the document id is all of them."""
    text = ""
    attributions: list[Attribution] = []
    verdicts: dict[int, Verdict] = {}
    for number, payload in enumerate(payloads):
        opening = f"Item {number}: “"
        start = len(text) + len(opening)
        end = start + len(payload)
        text += f"{opening}{payload},” {payload} said.\n\n"
        speaker_start = end + 3
        cue_start = speaker_start + len(payload) + 1
        quote = Quote(start, end, payload, (Segment(start, end, payload, "“", "”"),))
        attribution = Attribution(
            quote,
            Speaker(payload),
            Mention(speaker_start, speaker_start + len(payload), payload, "name"),
            Cue(cue_start, cue_start + 4, "said", "say"),
            "X-said",
            0.5,
        )
        statement = Statement(payload, payload, payload, payload, payload, payload)
        attributions.append(attribution)
        verdicts[number] = Verdict(
            "verbatim",
            payload,
            payload,
            Match(statement, 100.0, 100.0, 1.0, 0, len(payload)),
            explanation=payload,
            attribution=attribution,
        )
    for attribution in attributions:
        for span in (attribution.cue, attribution.mention):
            assert span is not None and text[span.start : span.end] == span.text
    # The first payload as its id (every payload goes into the id in tests/test_html.py).
    return ReportDocument(f"injections {payloads[0]}", text, attributions, verdicts)


def _payloads() -> list[str]:
    return [text for _, text in load_injections()]


@attrs.frozen
class Rendered:
    page: str
    dom: str
    root: Node
    shot: pathlib.Path  # this run's screenshot
    screenshot: pathlib.Path  # its copy among the artifacts


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    binary = _chromium()
    page = render_report(
        [_seed_document(), _hostile_document(_payloads())], title="quoteattr browser test"
    )
    artifacts = _artifacts()
    report = tmp_path_factory.mktemp("report") / "report.html"
    report.write_text(page, encoding="utf-8")
    shutil.copyfile(report, artifacts / "report.html")
    dom = _run_chromium(binary, report, "--dump-dom")
    (artifacts / "report.dom.html").write_text(dom, encoding="utf-8")
    # Shot into a fresh directory, then moved into place in one step: another test run
    # sharing the artifacts directory never sees a missing or half-written file.
    fresh = tmp_path_factory.mktemp("screenshot") / "report.png"
    _run_chromium(binary, report, f"--screenshot={fresh}", f"--window-size={WINDOW[0]},{WINDOW[1]}")
    assert fresh.exists(), "chromium wrote no screenshot"
    screenshot = artifacts / "report.png"
    staged = artifacts / f".report.png.{os.getpid()}"
    shutil.copyfile(fresh, staged)
    os.replace(staged, screenshot)
    yield Rendered(page, dom, parse(dom, strict=False), fresh, screenshot)


def _section(root: Node, doc_id: str) -> Node:
    [section] = root.find_all(
        lambda n: n.tag == "section" and n.attributes.get("data-doc-id") == doc_id
    )
    return section


def test_browser_shows_the_four_seed_quotations_with_their_speakers(rendered: Rendered) -> None:
    section = _section(rendered.root, SEED_ID)
    [body] = by_class(section, "qa-text")
    marks: dict[str, list[Node]] = {}
    for mark in by_class(body, "qa-quote", "mark"):
        marks.setdefault(mark.attributes["data-quote"] or "", []).append(mark)
    got = []
    for number in sorted(marks, key=int):
        speakers = {m.attributes["data-speaker"] for m in marks[number]}
        assert len(speakers) == 1
        labels = [label.text() for m in marks[number] for label in by_class(m, "qa-label")]
        got.append(("".join(m.text() for m in marks[number]), speakers.pop(), labels[-1]))
    assert [(text, speaker) for text, speaker, _ in got] == [
        (entry["text"], entry["speaker"]) for entry in EXPECTED
    ]
    # The label the reader sees names the speaker too.
    assert all(speaker in label for _, speaker, label in got)
    speakers = {
        m.attributes["data-speaker"]: m.text() for m in by_class(body, "qa-speaker", "mark")
    }
    assert set(speakers) == {"Choe Son-hui", "Sergey Lavrov"}
    cards = by_class(section, "qa-card", "article")
    assert [c.attributes["data-speaker"] for c in cards] == [e["speaker"] for e in EXPECTED]
    assert all(c.attributes["data-verdict"] not in (None, "", "unchecked") for c in cards)


def test_browser_ran_no_injected_code(rendered: Rendered) -> None:
    [body] = rendered.root.find_all(lambda n: n.tag == "body")
    assert not any(name.startswith(MARKER) for name in body.attributes), body.attributes
    assert not rendered.root.find_all(lambda n: any(a.startswith(MARKER) for a in n.attributes))
    check_safe(rendered.root)
    # The payloads are on the page, as text.
    sections = rendered.root.find_all(lambda n: n.tag == "section")
    assert len(sections) == 2
    hostile = sections[1]  # its id holds NUL and CR, which the browser rewrites
    [text] = by_class(hostile, "qa-text")
    shown = text.text()
    for payload in _payloads():
        if payload.isprintable():  # the browser drops NUL and rewrites CR
            assert payload in shown
    assert "<script>document.body.setAttribute('data-pwned','1')</script>" in shown
    speakers = {m.attributes["data-speaker"] for m in by_class(hostile, "qa-quote", "mark")}
    assert {p for p in _payloads() if p.isprintable()} <= speakers


def test_the_payloads_do_run_when_not_escaped(tmp_path: pathlib.Path) -> None:
    """The control: the same payloads written raw into a page without a CSP run in this
    Chromium and mark ``<body>``, so the test above could fail."""
    binary = _chromium()
    # Those that would act on the page itself (not navigate away, which never ends).
    runnable = [p for p in _payloads() if MARKER in p and "javascript:" not in p]
    assert len(runnable) >= 10
    raw = "".join(f"<div>{payload}</div>" for payload in runnable)
    control = tmp_path / "control.html"
    control.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{raw}</body></html>',
        encoding="utf-8",
    )
    root = parse(_run_chromium(binary, control, "--dump-dom"), strict=False, lenient=True)
    [body] = root.find_all(lambda n: n.tag == "body")
    assert body.attributes.get(MARKER) == "1"
    assert root.find_all(lambda n: n.tag == "script")


def _png_size(path: pathlib.Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", "not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_browser_screenshot_is_saved_as_an_artifact(rendered: Rendered) -> None:
    assert _png_size(rendered.shot) == WINDOW
    assert rendered.shot.stat().st_size > 10_000  # a page, not a blank image
    assert rendered.screenshot.parent == _artifacts()
    assert _png_size(rendered.screenshot) == WINDOW
