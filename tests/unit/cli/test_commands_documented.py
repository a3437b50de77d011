"""The README's commands table names every ``errorflow`` command, and only options the commands take.

Rows name a command and its options (``errorflow worker --ops MODULE [--concurrency N]``); the
``dlq``, ``runs`` and ``breakers`` subcommands' options may be in the tables of docs/recovery.md and
docs/breakers.md instead, rows of the same shape. An option the parser gained without a row, or a row
still naming an option the parser lost, fails here. Options are pooled per top-level command: an option
of ``dlq replay`` documented only on the ``dlq list`` row passes.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from errorflow.classify.cli import _parser as classify_parser
from errorflow.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[3]
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subparsers of ``parser`` by name (none for a command without actions)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands() -> dict[str, argparse.ArgumentParser]:
    """Each top-level command's parser; ``classify`` hands its arguments to a parser of its own."""
    found = subcommands(build_parser())
    found["classify"] = classify_parser()
    return found


def options(parser: argparse.ArgumentParser) -> set[str]:
    """Every long option of ``parser`` and of its subcommands, but ``--help``."""
    found = {name for action in parser._actions for name in action.option_strings if name.startswith("--")}
    for child in subcommands(parser).values():
        found |= options(child)
    return found - {"--help"}


def command_rows(text: str) -> dict[str, list[str]]:
    """The command cells of a document's tables, by the command they start with."""
    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        found = re.match(r"\| `errorflow ([a-z-]+)([^`]*)` \|", line)
        if found:
            rows.setdefault(found.group(1), []).append(found.group(2))
    return rows


def readme_rows() -> dict[str, list[str]]:
    """The rows of the README's commands table."""
    return command_rows((ROOT / "README.md").read_text().split("\n## Commands\n", 1)[1].split("\n## ", 1)[0])


def test_every_command_has_a_row_and_every_row_is_a_command() -> None:
    assert set(readme_rows()) == set(commands())


@pytest.mark.parametrize("command", sorted(commands()))
def test_every_option_is_documented_and_every_documented_option_exists(command: str) -> None:
    cells = list(readme_rows().get(command, []))
    for doc in sorted((ROOT / "docs").glob("*.md")):
        cells += command_rows(doc.read_text()).get(command, [])
    documented = {option for cell in cells for option in OPTION.findall(cell)}
    taken = options(commands()[command])
    assert documented - taken == set(), f"`errorflow {command}` rows name options it does not take"
    assert taken - documented == set(), f"`errorflow {command}` options without a row"
