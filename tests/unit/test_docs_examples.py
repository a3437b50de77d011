"""Code shown in README.md and docs/ runs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from errorflow.sdk import MemoryEmitter, configure, shutdown
from errorflow.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "docs" / "contract.md", ROOT / "docs" / "healing.md"]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def blocks() -> Iterator[tuple[str, str]]:
    for path in DOCS:
        for index, match in enumerate(BLOCK.finditer(path.read_text())):
            yield f"{path.name}#{index}", match.group(1)


@pytest.mark.parametrize(("where", "code"), list(blocks()), ids=[where for where, _ in blocks()])
def test_python_examples_run(where: str, code: str) -> None:
    configure(Settings(), emitter=MemoryEmitter(), service="docs")
    try:
        exec(compile(code, where, "exec"), {"__name__": f"docs_{where.replace('#', '_').replace('.', '_')}"})
    finally:
        shutdown()
