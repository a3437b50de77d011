"""Code shown in docs/classification.md runs, and the rules files shown there load."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from errorflow.classify.config import parse_rules

if __import__("sys").version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

DOC = Path(__file__).resolve().parents[3] / "docs" / "classification.md"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(), re.DOTALL)


@pytest.mark.parametrize("code", blocks("python"), ids=lambda code: code.splitlines()[0][:40])
def test_python_examples_run(code: str) -> None:
    exec(compile(code, str(DOC), "exec"), {"__name__": "classification_doc"})


@pytest.mark.parametrize("text", blocks("toml"))
def test_toml_examples_are_valid_rules_files(text: str) -> None:
    loaded = parse_rules(tomllib.loads(text), path="docs/classification.md")
    assert loaded.rules


@pytest.mark.parametrize("text", blocks("yaml"))
def test_yaml_examples_are_valid_rules_files(text: str) -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML is optional; YAML rules files need it")
    assert parse_rules(yaml.safe_load(text), path="docs/classification.md").rules


def test_the_severity_table_in_the_docs_is_the_one_in_the_code() -> None:
    from errorflow.classify import SEVERITY_TABLE, Category

    rows = re.findall(
        r"^\| (transient|resource|validation|permanent|unknown) \| (\w+) \| (\w+) \| (\w+) \| (\w+) \|$",
        DOC.read_text(),
        re.MULTILINE,
    )
    assert len(rows) == 5
    for name, *levels in rows:
        table = SEVERITY_TABLE[Category(name)]
        assert [table[c].value for c in ("low", "normal", "high", "critical")] == levels, name
