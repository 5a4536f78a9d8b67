"""Quotation marks: which characters open and close a quotation, and which close which.

Marks are grouped in families. Within the English-style families (double and single)
any member may close any member, because real copy mixes straight and curly marks
(``“text"``) and even writes an opening mark where a closing one belongs (``“text“``);
which role a mark plays is decided from its neighbours (see :mod:`quoteattr.quotes`).
Guillemets and CJK brackets are directional pairs, and guillemets are also used
reversed (``»text«``, as in German and Danish).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "APOSTROPHE_LIKE",
    "CLOSERS",
    "DOUBLE",
    "DOUBLED",
    "FAMILY",
    "LEFT_BIASED",
    "MARKS",
    "RIGHT_BIASED",
    "SINGLE",
]

QUOTATION_MARK: Final = "\N{QUOTATION MARK}"
APOSTROPHE: Final = "\N{APOSTROPHE}"
LEFT_DOUBLE: Final = "\N{LEFT DOUBLE QUOTATION MARK}"
RIGHT_DOUBLE: Final = "\N{RIGHT DOUBLE QUOTATION MARK}"
LOW_DOUBLE: Final = "\N{DOUBLE LOW-9 QUOTATION MARK}"
HIGH_REVERSED_DOUBLE: Final = "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
LEFT_SINGLE: Final = "\N{LEFT SINGLE QUOTATION MARK}"
RIGHT_SINGLE: Final = "\N{RIGHT SINGLE QUOTATION MARK}"
LOW_SINGLE: Final = "\N{SINGLE LOW-9 QUOTATION MARK}"
HIGH_REVERSED_SINGLE: Final = "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}"
LEFT_GUILLEMET: Final = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET: Final = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
LEFT_SINGLE_GUILLEMET: Final = "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
RIGHT_SINGLE_GUILLEMET: Final = "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
LEFT_CORNER: Final = "\N{LEFT CORNER BRACKET}"
RIGHT_CORNER: Final = "\N{RIGHT CORNER BRACKET}"
LEFT_WHITE_CORNER: Final = "\N{LEFT WHITE CORNER BRACKET}"
RIGHT_WHITE_CORNER: Final = "\N{RIGHT WHITE CORNER BRACKET}"

DOUBLE: Final = frozenset(
    {QUOTATION_MARK, LEFT_DOUBLE, RIGHT_DOUBLE, LOW_DOUBLE, HIGH_REVERSED_DOUBLE}
)
"""English-style double marks; any one may close any other."""

SINGLE: Final = frozenset({APOSTROPHE, LEFT_SINGLE, RIGHT_SINGLE, LOW_SINGLE, HIGH_REVERSED_SINGLE})
"""English-style single marks; any one may close any other."""

APOSTROPHE_LIKE: Final = frozenset({APOSTROPHE, RIGHT_SINGLE})
"""Marks that are far more often apostrophes (``don't``, ``Russia’s``) than quotes."""

LEFT_BIASED: Final = frozenset(
    {
        LEFT_DOUBLE,
        LOW_DOUBLE,
        HIGH_REVERSED_DOUBLE,
        LEFT_SINGLE,
        LOW_SINGLE,
        HIGH_REVERSED_SINGLE,
        LEFT_GUILLEMET,
        LEFT_SINGLE_GUILLEMET,
        LEFT_CORNER,
        LEFT_WHITE_CORNER,
    }
)
"""Marks whose shape says "opening" when their neighbours do not decide."""

RIGHT_BIASED: Final = frozenset(
    {
        RIGHT_DOUBLE,
        RIGHT_SINGLE,
        RIGHT_GUILLEMET,
        RIGHT_SINGLE_GUILLEMET,
        RIGHT_CORNER,
        RIGHT_WHITE_CORNER,
    }
)
"""Marks whose shape says "closing" when their neighbours do not decide."""

_DIRECTIONAL_PAIRS: Final = (
    (LEFT_GUILLEMET, RIGHT_GUILLEMET),
    (RIGHT_GUILLEMET, LEFT_GUILLEMET),  # reversed, German and Danish style
    (LEFT_SINGLE_GUILLEMET, RIGHT_SINGLE_GUILLEMET),
    (RIGHT_SINGLE_GUILLEMET, LEFT_SINGLE_GUILLEMET),
    (LEFT_CORNER, RIGHT_CORNER),
    (LEFT_WHITE_CORNER, RIGHT_WHITE_CORNER),
)

CLOSERS: Final = MappingProxyType(
    {
        **dict.fromkeys(DOUBLE, DOUBLE),
        **dict.fromkeys(SINGLE, SINGLE),
        **{opener: frozenset({closer}) for opener, closer in _DIRECTIONAL_PAIRS},
    }
)
"""For each opening mark, the marks that may close it."""

FAMILY: Final = MappingProxyType(
    {
        **dict.fromkeys(DOUBLE, "double"),
        **dict.fromkeys(SINGLE, "single"),
        LEFT_GUILLEMET: "guillemet",
        RIGHT_GUILLEMET: "guillemet",
        LEFT_SINGLE_GUILLEMET: "single-guillemet",
        RIGHT_SINGLE_GUILLEMET: "single-guillemet",
        LEFT_CORNER: "corner",
        RIGHT_CORNER: "corner",
        LEFT_WHITE_CORNER: "white-corner",
        RIGHT_WHITE_CORNER: "white-corner",
    }
)
"""The family of each mark: a quotation re-opened in the next paragraph must use the
same family to continue."""

MARKS: Final = frozenset(CLOSERS) | frozenset().union(*CLOSERS.values())
"""Every character treated as a quotation mark."""

DOUBLED: Final = frozenset({APOSTROPHE * 2, "\N{GRAVE ACCENT}" * 2})
"""Typewriter double marks, two characters written for one double quotation mark
(``\N{GRAVE ACCENT}\N{GRAVE ACCENT}...''`` and ``''...''``): a segment's ``open_mark``
or ``close_mark`` may be one of these."""
