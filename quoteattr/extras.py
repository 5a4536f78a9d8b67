"""Optional dependencies (the extras: Dask, pandas, spaCy): imported only when a
function needs them, with an error that says what to install when they are missing."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["require"]


def require(module: str, *, user: str, extra: str, name: str | None = None) -> ModuleType:
    """Import the optional ``module`` that the quoteattr module ``user`` needs, or
    raise ``ImportError`` naming the extra to install (``name``: how to call the
    dependency in the message; default: ``module``'s top-level package).

    >>> require("json", user="quoteattr.example", extra="example").__name__
    'json'
    >>> require("no_such_module.sub", user="quoteattr.example", extra="example")
    Traceback (most recent call last):
    ...
    ImportError: quoteattr.example needs no_such_module: pip install "quoteattr[example]"
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        needed = name or module.partition(".")[0]
        raise ImportError(f'{user} needs {needed}: pip install "quoteattr[{extra}]"') from exc
