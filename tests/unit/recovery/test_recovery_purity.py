"""The recovery core stays pure: no broker, stream-framework or database imports."""

import ast
import importlib
import pkgutil
from pathlib import Path

import errorflow.recovery

FORBIDDEN = ("faust", "mode", "aiokafka", "kafka", "chdb", "clickhouse_connect", "errorflow.streams", "errorflow.sinks")


def _modules() -> list[Path]:
    package_dir = Path(errorflow.recovery.__file__).parent
    return sorted(package_dir.glob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_recovery_imports_no_io_frameworks() -> None:
    modules = _modules()
    assert len(modules) >= 6
    for path in modules:
        for name in _imports(path):
            assert not any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN), (
                f"{path.name} imports {name}"
            )


def test_every_module_imports_and_exports_what_it_declares() -> None:
    for info in pkgutil.iter_modules(errorflow.recovery.__path__, "errorflow.recovery."):
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", []):
            assert hasattr(module, name), f"{info.name}.__all__ names missing {name}"
    for name in errorflow.recovery.__all__:
        assert hasattr(errorflow.recovery, name)
