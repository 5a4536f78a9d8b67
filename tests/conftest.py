"""Fixtures shared by the test modules."""

from __future__ import annotations

from typing import Any

import pytest

from quoteattr import cli


@pytest.fixture
def extract_fails_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI's extraction raise on the text ``boom``, as a bug in the library
    would (``RuntimeError: simulated bug``); every other text is extracted as usual."""
    real = cli.extract

    def failing(text: str) -> Any:
        if text == "boom":
            raise RuntimeError("simulated bug")
        return real(text)

    monkeypatch.setattr(cli, "extract", failing)
