"""Every setting is in the README's settings tables, with its default; no document names a variable that does not exist.

Users configure errorflow only through ``ERRORFLOW_`` variables, so a field added to
:class:`errorflow.settings.Settings` without a row, a renamed field whose old name the docs or the
manifests still set (silently ignored: the settings ignore unknown variables), or a default changed in
the code alone leaves the README wrong. A row may name several variables of one group, the later ones
by their suffix (``ERRORFLOW_SINK__BATCH_MAX_ROWS`` / ``__BATCH_MAX_INTERVAL_S``), with one default
each (``20000`` / ``0.5``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from errorflow.children import PARENT_PID_VAR
from errorflow.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHORTHANDS = {
    "ERRORFLOW_KAFKA_BOOTSTRAP": "ERRORFLOW_KAFKA__BOOTSTRAP",
    "ERRORFLOW_CLICKHOUSE_URL": "ERRORFLOW_CLICKHOUSE__URL",
}
FULL_NAME = re.compile(r"ERRORFLOW_[A-Z0-9_]*[A-Z0-9]")
NAME_OR_SUFFIX = re.compile(r"`(ERRORFLOW_[A-Z0-9_]*[A-Z0-9]|__[A-Z0-9_]*[A-Z0-9])`")


def settable() -> dict[str, object]:
    """Each variable :class:`Settings` reads, with its field's default."""
    found: dict[str, object] = {}
    for name, info in Settings.model_fields.items():
        default = info.get_default(call_default_factory=True)
        if isinstance(default, BaseModel):
            for key, item in type(default).model_fields.items():
                found[f"ERRORFLOW_{name.upper()}__{key.upper()}"] = item.get_default(call_default_factory=True)
        else:
            found[f"ERRORFLOW_{name.upper()}"] = default
    return found


def expand(cell: str) -> list[str]:
    """The variables a cell names, a ``__SUFFIX`` completed with the group of the full name before it."""
    names: list[str] = []
    group = ""
    for match in NAME_OR_SUFFIX.finditer(cell):
        name = match.group(1)
        if name.startswith("ERRORFLOW_"):
            group = name.split("__", 1)[0] if "__" in name else ""
            names.append(name)
        elif group:
            names.append(group + name)
    return names


def settings_rows() -> list[list[str]]:
    """The cells of each row of the README's settings tables."""
    section = (ROOT / "README.md").read_text().split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    return [
        [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        for line in section.splitlines()
        if line.startswith("| `ERRORFLOW_")
    ]


def documented_defaults() -> dict[str, str]:
    """Each variable of the settings tables with its default cell (one part of it per variable named)."""
    found: dict[str, str] = {}
    for variables, default, *_ in settings_rows():
        names = expand(variables)
        parts = [part.strip() for part in default.split(" / ")]
        for index, name in enumerate(names):
            found[SHORTHANDS.get(name, name)] = parts[index] if len(parts) == len(names) else default
    return found


def matches(cell: str, default: object) -> bool | None:
    """Whether a default cell that is one literal (`` `0.5` ``) states ``default``; None when it is prose."""
    literal = re.fullmatch(r"`([^`]*)`", cell)
    if literal is None or default is None or isinstance(default, (tuple, list, dict)):
        return None
    text = literal.group(1)
    if isinstance(default, bool):
        return text == ("true" if default else "false")
    if isinstance(default, (int, float)):
        try:
            return float(text) == float(default)
        except ValueError:
            return False
    return text == str(default)


def test_every_setting_has_a_row_in_the_readme_settings_tables() -> None:
    missing = sorted(set(settable()) - set(documented_defaults()))
    assert not missing, f"settings without a README row: {missing}"


def test_every_stated_default_is_the_code_default() -> None:
    code = settable()
    wrong = {
        name: (cell, code[name])
        for name, cell in documented_defaults().items()
        if name in code and matches(cell, code[name]) is False
    }
    assert not wrong, f"README defaults that are not the code's (README, code): {wrong}"


def test_the_literal_defaults_are_checked() -> None:
    """The check above compares most rows, not none (a table whose format drifted would pass it vacuously)."""
    code = settable()
    checked = [name for name, cell in documented_defaults().items() if matches(cell, code.get(name)) is not None]
    assert len(checked) >= len(code) // 2


@pytest.mark.parametrize(
    "path",
    [
        "README.md",
        *sorted(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")),
        "docker-compose.yml",
        "deploy/kubernetes.yaml",
    ],
)
def test_every_variable_named_exists(path: str) -> None:
    known = set(settable()) | set(SHORTHANDS) | {PARENT_PID_VAR}
    text = (ROOT / path).read_text()
    named = set(FULL_NAME.findall(text))
    for line in text.splitlines():
        if line.startswith("| `ERRORFLOW_"):
            named.update(expand(line))
    unknown = sorted(named - known)
    assert not unknown, f"{path} names variables errorflow does not read: {unknown}"
