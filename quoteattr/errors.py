"""Exceptions. Each also subclasses the builtin it refines, so ``except ValueError``
keeps working for callers who do not know quoteattr's classes."""

from __future__ import annotations

__all__ = ["InputError", "QuoteattrError"]


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises on purpose."""


class InputError(QuoteattrError, ValueError):
    """Input that cannot be read: names the source, the line and the field when known.

    >>> str(InputError("not valid JSON", source="docs.jsonl", line=3))
    'docs.jsonl, line 3: not valid JSON'
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.field = field
        where = ", ".join(
            part
            for part in (
                source,
                f"line {line}" if line is not None else None,
                f"field {field!r}" if field is not None else None,
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)
