"""The golden cases of ``tests/golden/*.json`` (format: ``tests/golden/README.md``),
loaded and turned into pytest parameters the same way by every test that runs them."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import pytest

FOLDER = pathlib.Path(__file__).resolve().parent / "golden"


def load(name: str) -> list[dict[str, Any]]:
    """The cases of ``tests/golden/NAME``, in file order."""
    with (FOLDER / name).open(encoding="utf-8") as handle:
        cases: list[dict[str, Any]] = json.load(handle)
    return cases


def params(cases: list[dict[str, Any]], *, with_xfail: bool = True) -> list[Any]:
    """One parameter a case, named by its id; a case with ``xfail`` is a strict expected
    failure (with ``with_xfail``): it must keep failing until it is fixed."""
    out = []
    for case in cases:
        marks = []
        if with_xfail and "xfail" in case:
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def normalised(text: str) -> str:
    """``text`` in lower case with punctuation as single spaces, so that a quotation
    listed with or without its inner punctuation matches what the library returns."""
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def normalised_name(name: str) -> str:
    """A speaker's name as :func:`normalised` gives it, without a leading article: "the
    ministry" is "ministry", as the evaluation's scorer (``score.py``) compares names, and
    "a farmer in Muynak" is "farmer in Muynak" (an article is no part of a name; the scorer
    takes either as right, one holding the other)."""
    return re.sub(r"^(?:the|an?) ", "", normalised(name))
