"""Results as output records: one JSON object per document.

Each quoted segment is one entry, so that offsets are always those of contiguous text;
the segments of one utterance (interrupted, or running over paragraphs) share an
``utterance`` number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quoteattr.model import Attribution

__all__ = ["document_record"]


def document_record(doc_id: str, attributions: Sequence[Attribution]) -> dict[str, Any]:
    """The JSON-ready record of one document's results.

    >>> from quoteattr.pipeline import extract
    >>> record = document_record("d1", extract('It was a “holy war.”'))
    >>> record["quotes"][0]["text"], record["quotes"][0]["speaker"]
    ('holy war.', None)
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
    return {"id": doc_id, "quotes": entries}
