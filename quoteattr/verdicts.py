"""From candidate statements to a verdict: verbatim, truncated, altered, paraphrase,
fabricated or misattributed, with the evidence.

The thresholds are named constants, calibrated on labelled queries against a 548,355
statement archive (``benchmarks/verify_accuracy.py``; ``docs/verification.md`` gives
the figures):

* ``verbatim``: the same words (see :mod:`quoteattr.normalise`) as the whole statement;
* ``truncated``: the same words as a contiguous part of it, or as parts joined at an
  ellipsis of the quotation;
* ``altered``: at most :data:`ALTERED_MAX_WORDS` words, and at most
  :data:`ALTERED_MAX_SHARE` of the quotation, inserted, deleted or replaced;
* ``paraphrase``: more edits than that, but at least :data:`PARAPHRASE_MIN_OVERLAP`
  of the quotation's content words are in the statement, and at least
  :data:`PARAPHRASE_MIN_COVERED` of the content words of the part of the statement it
  covers are in the quotation;
* ``fabricated``: no statement comes that close;
* ``misattributed``: a match of one of the first four kinds, by someone other than the
  quotation's speaker, when no statement by that speaker matches about as well
  (within :data:`SPEAKER_MARGIN` points of score).

>>> from quoteattr.model import Statement
>>> said = [Statement('s1', 'Winston Churchill', 'We shall never surrender.')]
>>> v = judge('We shall never surrender', 'Churchill', said)
>>> v.label, v.match.statement.id
('verbatim', 's1')
>>> judge('We shall not surrender', 'Churchill', said).meaning_change
False
>>> v = judge('We shall always surrender', 'Churchill', said)
>>> print(v.explanation)
altered: 1 word changed from s1 by Winston Churchill (replaces 'never' with 'always'); \
the change touches a negation or a number
>>> v.meaning_change, v.reasons
(True, ("replaces 'never' with 'always'",))
>>> judge('We shall never surrender', 'Neville Chamberlain', said).label
'misattributed'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from quoteattr.matching import Alignment, align, describe, ranked, whole_meaning_change
from quoteattr.model import Match, Statement, Verdict, VerdictLabel
from quoteattr.names import same_speaker

__all__ = [
    "ALTERED_MAX_SHARE",
    "ALTERED_MAX_WORDS",
    "PARAPHRASE_MIN_COVERED",
    "PARAPHRASE_MIN_OVERLAP",
    "SPEAKER_MARGIN",
    "judge",
    "judge_ranked",
]

#: An altered quotation changes at most this many words...
ALTERED_MAX_WORDS: Final = 4
#: ...and at most this share of its words.
ALTERED_MAX_SHARE: Final = 0.34
#: A paraphrase's content words are at least this share in the statement...
PARAPHRASE_MIN_OVERLAP: Final = 0.6
#: ...and it keeps at least this share of the content words of what it covers.
PARAPHRASE_MIN_COVERED: Final = 0.5
#: A statement by the quotation's own speaker wins when its score is this close to
#: the best (the same words are sometimes archived under two people).
SPEAKER_MARGIN: Final = 2.0


def _wording(alignment: Alignment) -> VerdictLabel | None:
    """The verdict the words alone give, or ``None`` when they are not close enough."""
    if not alignment.quote_words or alignment.last <= alignment.first:
        return None
    if not alignment.edits:
        return "truncated" if alignment.truncated else "verbatim"
    changed = alignment.edited_words
    if changed <= ALTERED_MAX_WORDS and changed <= ALTERED_MAX_SHARE * len(alignment.quote_words):
        return "altered"
    if (
        alignment.overlap >= PARAPHRASE_MIN_OVERLAP
        and alignment.covered_overlap >= PARAPHRASE_MIN_COVERED
    ):
        return "paraphrase"
    return None


def _explain(label: VerdictLabel, statement: Statement, alignment: Alignment) -> str:
    source = f"{statement.id} by {statement.speaker}"
    if label == "verbatim":
        return f"verbatim: the words of {source}"
    if label == "truncated":
        return f"truncated: part of {source}"
    if label == "altered":
        n = alignment.edited_words
        changes = "; ".join(describe(edit) for edit in alignment.edits)
        return f"altered: {n} word{'s' if n != 1 else ''} changed from {source} ({changes})"
    return (
        f"paraphrase: reworded from {source} "
        f"({alignment.overlap:.0%} of its words, {alignment.similarity:.0f}% similar)"
    )


def judge(
    quote: str,
    speaker: str | None,
    candidates: Sequence[Statement],
) -> Verdict:
    """The verdict for ``quote``, attributed to ``speaker`` (or ``None``), given the
    ``candidates`` an archive search returned."""
    return judge_ranked(quote, speaker, ranked(quote, candidates))


def judge_ranked(
    quote: str,
    speaker: str | None,
    by_score: Sequence[tuple[float, Statement]],
) -> Verdict:
    """:func:`judge`, given the candidates already ranked, best first
    (:func:`quoteattr.matching.ranked`)."""
    if not by_score:
        explanation = "fabricated: nothing in the archive shares its words"
        return Verdict("fabricated", quote, speaker, explanation=explanation)
    score, best = by_score[0]
    if speaker and not same_speaker(speaker, best.speaker):
        own = next((pair for pair in by_score if same_speaker(speaker, pair[1].speaker)), None)
        if own is not None and own[0] >= score - SPEAKER_MARGIN:
            score, best = own
    alignment = align(quote, best.text)
    label = wording = _wording(alignment)
    match = Match(
        best,
        score,
        similarity=alignment.similarity,
        overlap=alignment.overlap,
        statement_start=alignment.statement_start,
        statement_end=alignment.statement_end,
    )
    edits = alignment.edits + alignment.omissions
    if label is None:
        return Verdict(
            "fabricated",
            quote,
            speaker,
            match,
            explanation=(
                f"fabricated: nothing in the archive is close; the nearest, {best.id} by "
                f"{best.speaker}, shares {alignment.overlap:.0%} of its words"
            ),
        )
    explanation = _explain(label, best, alignment)
    if speaker and best.speaker and not same_speaker(speaker, best.speaker):
        explanation = f"misattributed: said by {best.speaker}, not {speaker} ({explanation})"
        label = "misattributed"
    reasons = alignment.meaning_reasons
    if wording == "paraphrase":
        reasons = whole_meaning_change(alignment)
    if reasons:
        explanation += "; the change touches a negation or a number"
    return Verdict(label, quote, speaker, match, edits, bool(reasons), reasons, explanation)
