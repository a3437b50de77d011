"""The anomaly core stays pure: no broker, stream-framework or database imports."""

import ast
import importlib
import pkgutil
from pathlib import Path

import errorflow.anomaly

FORBIDDEN = ("faust", "mode", "aiokafka", "kafka", "chdb", "clickhouse_connect", "errorflow.streams", "errorflow.sinks")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_anomaly_imports_no_io_frameworks() -> None:
    modules = sorted(Path(errorflow.anomaly.__file__).parent.glob("*.py"))
    assert len(modules) >= 7
    for path in modules:
        for name in _imports(path):
            assert not any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN), (
                f"{path.name} imports {name}"
            )


def test_every_module_exports_what_it_declares() -> None:
    for info in pkgutil.iter_modules(errorflow.anomaly.__path__, "errorflow.anomaly."):
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", []):
            assert hasattr(module, name), f"{info.name}.__all__ names missing {name}"
