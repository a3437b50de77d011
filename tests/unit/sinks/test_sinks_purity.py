"""The pure parts of the ClickHouse layer import no engine, driver or I/O library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SINKS = Path(__file__).resolve().parents[3] / "sinks"
PURE = ["sqlguard.py", "rows.py", "blocks.py", "errmap.py", "schema.py"]
FORBIDDEN = ("chdb", "clickhouse_connect", "aiokafka", "faust", "socket", "urllib3", "requests")


@pytest.mark.parametrize("name", PURE)
def test_pure_module_imports_no_engine_or_io(name: str) -> None:
    tree = ast.parse((SINKS / name).read_text())
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    assert not {m for m in imported if m.split(".")[0] in FORBIDDEN}
