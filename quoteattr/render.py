"""Results as output records: one JSON object per document.

Each quoted segment is one entry, so that offsets are always those of contiguous text;
the segments of one utterance (interrupted, or running over paragraphs) share an
``utterance`` number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quoteattr.model import Attribution, Verdict

__all__ = ["document_record", "verdict_record"]


def verdict_record(verdict: Verdict) -> dict[str, Any]:
    """The JSON-ready record of one verdict: ``verdict``, ``statement_id``,
    ``speaker`` (who said the matched statement), ``claimed_speaker``, ``score``,
    ``meaning_change``, ``diff`` (the word edits from the statement to the quotation)
    and ``explanation``, plus the matched statement's ``date`` and ``source`` and where
    the quotation lies in it (``statement_start``, ``statement_end``).

    >>> from quoteattr.model import Statement
    >>> from quoteattr.verdicts import judge
    >>> said = [Statement('s1', 'Winston Churchill', 'We shall never surrender.')]
    >>> record = verdict_record(judge('We will never surrender', 'Churchill', said))
    >>> record['verdict'], record['statement_id'], record['diff']
    ('altered', 's1', [{'op': 'replace', 'quote': 'will', 'statement': 'shall'}])
    """
    match = verdict.match
    statement = match.statement if match else None
    return {
        "verdict": verdict.label,
        "statement_id": statement.id if statement else None,
        "speaker": statement.speaker if statement else None,
        "claimed_speaker": verdict.speaker,
        "score": round(match.score, 2) if match else None,
        "meaning_change": verdict.meaning_change,
        "diff": [
            {
                "op": edit.op,
                "quote": " ".join(edit.quote_words),
                "statement": " ".join(edit.statement_words),
            }
            for edit in verdict.edits
        ],
        "explanation": verdict.explanation,
        "date": statement.date if statement else None,
        "source": statement.source if statement else None,
        "statement_start": match.statement_start if match else None,
        "statement_end": match.statement_end if match else None,
    }


def document_record(
    doc_id: str,
    attributions: Sequence[Attribution],
    verdicts: Mapping[int, Verdict] | None = None,
) -> dict[str, Any]:
    """The JSON-ready record of one document's results.

    >>> from quoteattr.pipeline import extract
    >>> record = document_record("d1", extract('It was a “holy war.”'))
    >>> record["quotes"][0]["text"], record["quotes"][0]["speaker"]
    ('holy war.', None)

    With ``verdicts`` (utterance number -> verdict), each entry also has a
    ``verification`` field: the :func:`verdict_record` of its utterance, or ``None``
    when it was not checked (names and titles are not).
    """
    entries: list[dict[str, Any]] = []
    for utterance, attribution in enumerate(attributions):
        quote = attribution.quote
        speaker = attribution.speaker
        mention = attribution.mention
        cue = attribution.cue
        for segment in quote.segments:
            entries.append(
                {
                    "start": segment.start,
                    "end": segment.end,
                    "text": segment.text,
                    "kind": quote.kind,
                    "utterance": utterance,
                    "unclosed": quote.unclosed and segment is quote.segments[-1],
                    "multi_paragraph": quote.multi_paragraph,
                    "interrupted": quote.interrupted,
                    "speaker": speaker.name if speaker else None,
                    "speaker_start": mention.start if mention else None,
                    "speaker_end": mention.end if mention else None,
                    "cue": cue.text if cue else None,
                    "cue_start": cue.start if cue else None,
                    "cue_end": cue.end if cue else None,
                    "rule": attribution.rule,
                    "confidence": attribution.confidence,
                }
            )
            if verdicts is not None:
                verdict = verdicts.get(utterance)
                entries[-1]["verification"] = verdict_record(verdict) if verdict else None
    return {"id": doc_id, "quotes": entries}
