"""Tests of ``quoteattr.spacy``: the "quoteattr" component on a blank English pipeline,
whose spans must cover exactly what ``quoteattr.extract`` finds."""

from __future__ import annotations

import importlib.metadata
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# spaCy is an optional extra (installed by the test extra): skip the module without it.
spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc, DocBin  # noqa: E402

from quoteattr.pipeline import extract  # noqa: E402
from quoteattr.spacy import FACTORY, DocQuote, QuoteattrComponent  # noqa: E402

try:
    from tests.test_seed import EXPECTED, SEED_TEXT
except ImportError:  # tests/ is not a package: pytest puts it on sys.path itself
    from test_seed import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        EXPECTED,
        SEED_TEXT,
    )

ROOT = Path(__file__).resolve().parent.parent
SEED = SEED_TEXT.read_text(encoding="utf-8")
SPEECH = "“We will rebuild,” Mayor Jane Doe said."
INTERRUPTED = "“We will rebuild,” the mayor, Jane Doe, said, “and we will do it fast.”"
FRAGMENT = "The council called it a “grave mistake.”"
GLUED = "He called it “odd”ly and ‘fine’ly done, said John Roe."
TEXTS = [SPEECH, SEED, FRAGMENT, "No quotations here.", INTERRUPTED, GLUED, ""]


@pytest.fixture(scope="module")
def nlp() -> Any:
    pipeline = spacy.blank("en")
    pipeline.add_pipe(FACTORY)
    return pipeline


def _covers(span: Any, text: str, start: int, end: int) -> None:
    """The span is the run of whole tokens over the non-space characters of
    ``text[start:end]``: nothing of them is left out, and nothing is added but the rest
    of a token a boundary cuts."""
    stripped = text[start:end].strip()
    if not stripped:
        assert len(span) == 0
        return
    first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    last = first + len(stripped)
    assert span.start_char <= first and span.end_char >= last
    assert span[0].idx + len(span[0].text) > first  # the first token reaches the range
    assert span[-1].idx < last  # the last token starts inside it


def _check_doc(doc: Any) -> None:
    attributions = extract(doc.text)
    quotes = doc._.quotes
    assert [q.attribution for q in quotes] == attributions
    for got, attribution in zip(quotes, attributions, strict=True):
        quote = attribution.quote
        _covers(got.content, doc.text, quote.start, quote.end)
        assert len(got.segments) == len(quote.segments)
        for span, segment in zip(got.segments, quote.segments, strict=True):
            _covers(span, doc.text, segment.start, segment.end)
        for span, part in ((got.speaker, attribution.mention), (got.cue, attribution.cue)):
            if part is None:
                assert span is None
            else:
                assert span is not None
                _covers(span, doc.text, part.start, part.end)
        assert got.speaker_name == (attribution.speaker.name if attribution.speaker else None)
        assert (got.rule, got.confidence) == (attribution.rule, attribution.confidence)


def test_blank_pipeline_finds_the_seed_speakers(nlp: Any) -> None:
    doc = nlp(SEED)
    got = [
        (q.content.start_char, q.content.end_char, q.content.text, q.speaker_name, q.cue.text)
        for q in doc._.quotes
    ]
    assert got == [(e["start"], e["end"], e["text"], e["speaker"], e["cue"]) for e in EXPECTED]
    _check_doc(doc)


def test_seed_spans_are_the_tokens_of_the_quotations(nlp: Any) -> None:
    doc = nlp(SEED)
    for q in doc._.quotes:
        # On this article each boundary falls between tokens: the spans are exact.
        a = q.attribution
        assert (q.content.start_char, q.content.end_char) == (a.quote.start, a.quote.end)
        assert q.speaker is not None and a.mention is not None
        assert q.speaker.text == a.mention.text
        assert q.cue is not None and a.cue is not None
        assert (q.cue.start_char, q.cue.end_char) == (a.cue.start, a.cue.end)
        assert all(isinstance(span, spacy.tokens.Span) for span in (q.content, *q.segments))
        assert q.content.doc is doc


def test_interrupted_quotation_has_a_span_per_segment(nlp: Any) -> None:
    doc = nlp(INTERRUPTED)
    (quote,) = doc._.quotes
    assert [span.text for span in quote.segments] == ["We will rebuild,", "and we will do it fast."]
    assert quote.content.text.startswith("We will rebuild,”")
    assert quote.speaker_name == "Jane Doe"
    _check_doc(doc)


def test_boundary_inside_a_token_takes_the_whole_token(nlp: Any) -> None:
    doc = nlp(GLUED)
    odd = next(q for q in doc._.quotes if q.attribution.quote.text == "odd")
    # “odd”ly is tokenized as “ + odd”ly: the span takes the whole token.
    assert odd.content.text == "odd”ly"
    assert odd.content.start_char == odd.attribution.quote.start
    assert odd.content.end_char > odd.attribution.quote.end
    _check_doc(doc)


def test_no_quotations_gives_an_empty_list_and_unprocessed_docs_none(nlp: Any) -> None:
    assert nlp("No quotations here.")._.quotes == []
    assert nlp("")._.quotes == []
    assert spacy.blank("en")("“Hi,” she said.")._.quotes is None


def test_pipe_over_several_texts_matches_one_by_one(nlp: Any) -> None:
    docs = list(nlp.pipe(TEXTS, batch_size=3))
    assert [d.text for d in docs] == TEXTS
    for doc in docs:
        _check_doc(doc)
    assert [len(d._.quotes) for d in docs] == [len(extract(t)) for t in TEXTS]


def test_pipe_with_two_processes(nlp: Any) -> None:
    texts = TEXTS * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [d.text for d in docs] == texts
    for doc in docs:
        _check_doc(doc)


def test_results_survive_doc_serialization(nlp: Any) -> None:
    doc = nlp(SEED)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [q.attribution for q in again._.quotes] == [q.attribution for q in doc._.quotes]
    assert [q.to_dict() for q in again._.quotes] == [q.to_dict() for q in doc._.quotes]
    docbin = DocBin(store_user_data=True, docs=[doc])
    (loaded,) = DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)
    assert [q.to_dict() for q in loaded._.quotes] == [q.to_dict() for q in doc._.quotes]


def test_records_are_frozen_and_plain_as_dicts(nlp: Any) -> None:
    quote = nlp(SPEECH)._.quotes[0]
    assert isinstance(quote, DocQuote)
    with pytest.raises(AttributeError):
        quote.speaker_name = "someone"  # type: ignore[misc]
    record = quote.to_dict()
    assert record["content"] == {
        "start": 1,
        "end": 5,
        "start_char": 1,
        "end_char": 17,
        "text": "We will rebuild,",
    }
    assert record["speaker"]["text"] == "Jane Doe"
    assert record["attribution"] == extract(SPEECH)[0].to_dict()


def test_component_pickles_and_is_configurable() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe(FACTORY, config={"language": "en"})
    assert isinstance(component, QuoteattrComponent)
    assert nlp.config["components"][FACTORY] == {"factory": FACTORY, "language": "en"}
    clone = pickle.loads(pickle.dumps(component))
    assert clone(nlp.make_doc(SPEECH))._.quotes[0].speaker_name == "Jane Doe"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="xx"):
        spacy.blank("en").add_pipe(FACTORY, config={"language": "xx"})


def test_pipeline_round_trips_through_disk(nlp: Any, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == [FACTORY]
    assert [q.speaker_name for q in loaded(SPEECH)._.quotes] == ["Jane Doe"]


def test_entry_point_finds_the_factory_without_importing_the_module() -> None:
    try:
        importlib.metadata.distribution("quoteattr")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("quoteattr is not installed: its entry points are in its metadata")
    points = importlib.metadata.entry_points(group="spacy_factories")
    names = {point.name: point.value for point in points}
    assert names.get(FACTORY) == "quoteattr.spacy:make_quoteattr", (
        "the installed metadata lacks the spacy_factories entry point: reinstall quoteattr"
    )
    script = (
        "import sys, spacy\n"
        "assert 'quoteattr.spacy' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quoteattr')\n"
        "print([q.speaker_name for q in nlp(sys.argv[1])._.quotes])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, SPEECH],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['Jane Doe']"


def test_import_without_spacy_says_what_to_install() -> None:
    script = (
        "import sys\n"
        "sys.modules['spacy'] = None\n"
        "import quoteattr.spacy as component\n"
        "try:\n"
        "    component.QuoteattrComponent()\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == 'quoteattr.spacy needs spaCy: pip install "quoteattr[spacy]"'
