"""The docs cannot drift from the code: docs/cli.md holds the current ``--help`` of each
command, and every command and option is documented there.

The examples in docs/*.md and README.md run as doctests (``--doctest-glob=*.md``).

After changing the command line, rewrite the help blocks of docs/cli.md with::

    python -m tests.test_docs
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from quoteattr.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CLI_MD = DOCS / "cli.md"
FIX = "python -m tests.test_docs"

# A help block: a marker naming the command, then the help in a ```text fence.
HELP_BLOCK = re.compile(r"<!-- help: (quoteattr(?: [\w-]+)*) -->\n```text\n(.*?)```\n", re.S)
# The environment the help is rendered in: 80 columns, no colour (Python 3.14 colours
# help on terminals).
HELP_ENV = {"COLUMNS": "80", "NO_COLOR": "1", "PYTHON_COLORS": "0"}


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands() -> list[str]:
    return ["quoteattr", *(f"quoteattr {name}" for name in subcommands())]


@contextlib.contextmanager
def help_environment() -> Iterator[None]:
    with mock.patch.dict(os.environ, HELP_ENV):
        os.environ.pop("FORCE_COLOR", None)
        yield


def current_help(command: str) -> str:
    out = io.StringIO()
    with help_environment(), contextlib.redirect_stdout(out):
        status = main([*command.split()[1:], "--help"])
    assert status == 0
    return out.getvalue()


def documented_help() -> dict[str, str]:
    return dict(HELP_BLOCK.findall(CLI_MD.read_text(encoding="utf-8")))


def prose() -> str:
    """docs/cli.md without its help blocks: what a person wrote."""
    return HELP_BLOCK.sub("", CLI_MD.read_text(encoding="utf-8"))


@pytest.mark.parametrize("command", commands())
def test_cli_md_holds_the_current_help(command: str) -> None:
    blocks = documented_help()
    assert command in blocks, f"docs/cli.md has no help block for {command!r}: add one"
    assert blocks[command] == current_help(command), f"docs/cli.md is out of date: run {FIX}"


def test_cli_md_has_no_help_of_commands_that_are_gone() -> None:
    assert sorted(documented_help()) == sorted(commands())


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_is_documented(name: str) -> None:
    assert f"## `quoteattr {name}`" in prose(), f"docs/cli.md needs a section for {name!r}"


@pytest.mark.parametrize(
    "option",
    sorted(
        {
            option
            for parser in [build_parser(), *subcommands().values()]
            for action in parser._actions
            for option in action.option_strings
        }
    ),
)
def test_every_option_is_documented(option: str) -> None:
    # Besides the help blocks: each option is explained in the text too.
    assert re.search(rf"`[^`\n]*{re.escape(option)}\b", prose()), f"document {option} in cli.md"


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_links_between_pages_resolve(page: Path) -> None:
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
        assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def rewrite_cli_md() -> bool:
    """Put the current help into docs/cli.md; return whether anything changed."""
    text = CLI_MD.read_text(encoding="utf-8")

    def block(match: re.Match[str]) -> str:
        return f"<!-- help: {match[1]} -->\n```text\n{current_help(match[1])}```\n"

    new = HELP_BLOCK.sub(block, text)
    missing = sorted(set(commands()) - set(documented_help()))
    for command in missing:
        print(f"docs/cli.md: add a block for {command!r}: <!-- help: {command} -->")
    if new != text:
        CLI_MD.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    changed = rewrite_cli_md()
    print("docs/cli.md updated" if changed else "docs/cli.md is up to date")
    sys.exit(0)


def test_the_readme_main_job_prints_the_listing_it_shows(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's first quick-start command, run as written (after its ``pip install
    . &&``) from the checkout, prints exactly the listing the README shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1]
    commands = re.search(r"```sh\n(.*?)```", quick_start, re.S)
    assert commands is not None, "README.md's quick start has no sh block"
    first = commands.group(1).splitlines()[0]
    install, job = first.split(" && ", 1)
    assert install == "pip install ."
    argv = job.split()
    assert argv[0] == "quoteattr"
    shown = re.search(r"```text\n(.*?)```", quick_start, re.S)
    assert shown is not None, "README.md's quick start shows no output"
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "100")
    assert main(argv[1:]) == 0
    assert capsys.readouterr().out == shown.group(1)
