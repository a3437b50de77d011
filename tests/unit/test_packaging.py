"""Packaging and layering guards."""

from __future__ import annotations

import ast
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
LAYERS = {
    "schemas": "errorflow.schemas",
    "streams": "errorflow.streams",
    "agents": "errorflow.agents",
    "sinks": "errorflow.sinks",
}


def test_every_package_folder_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        "errorflow." + ".".join(p.parent.relative_to(ROOT / "src" / "errorflow").parts)
        for p in (ROOT / "src" / "errorflow").rglob("__init__.py")
    }
    found = {name.rstrip(".") for name in found}
    for folder, package in LAYERS.items():
        found |= {
            package + "".join("." + part for part in p.parent.relative_to(ROOT / folder).parts)
            for p in (ROOT / folder).rglob("__init__.py")
        }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_layers_import_as_errorflow_subpackages_only() -> None:
    import errorflow.schemas

    assert Path(errorflow.schemas.__file__).resolve().parent == ROOT / "schemas"
    for folder in LAYERS:
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module:
                    assert node.module.split(".")[0] not in LAYERS, f"{path}: bare import of {node.module}"
                if isinstance(node, ast.Import):
                    for alias in node.names:
                        assert alias.name.split(".")[0] not in LAYERS, f"{path}: bare import {alias.name}"


PURE = [
    "schemas",
    "src/errorflow/classify",
    "src/errorflow/recovery",
    "src/errorflow/healing",
    "src/errorflow/anomaly",
    "src/errorflow/sdk/redact.py",
    "src/errorflow/safetext.py",
    "src/errorflow/sdk/scrub.py",
    "src/errorflow/sdk/spool.py",
]
IO_MODULES = {"faust", "mode", "aiokafka", "chdb", "clickhouse_connect"}


def test_pure_core_never_imports_io_libraries() -> None:
    for entry in PURE:
        base = ROOT / entry
        for path in [base] if base.is_file() else base.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                for name in names:
                    assert name.split(".")[0] not in IO_MODULES, f"{path} imports {name}"


def test_only_settings_reads_the_environment() -> None:
    # The stack and errorflow.children hand the environment to child processes; children.py also reads
    # the parent's pid spawn() put there.
    allowed = {
        ROOT / "src/errorflow/settings.py",
        ROOT / "src/errorflow/embedded/stack.py",
        ROOT / "src/errorflow/children.py",
    }
    for folder in ["src/errorflow", *LAYERS]:
        for path in (ROOT / folder).rglob("*.py"):
            if path in allowed:
                continue
            assert "os.environ" not in path.read_text(), f"{path} reads os.environ; use Settings"


def _build_backend() -> Any:
    spec = importlib.util.spec_from_file_location("_errorflow_build_backend", ROOT / "build_backend.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_asks_for_the_dev_extras_mypy_only_where_it_can_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """mypy (mypyc) is a build requirement only where a C compiler can use it: elsewhere it would be a hard
    dependency with compiled dependencies of its own, failing installs the compiled build was meant to skip."""
    backend = _build_backend()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["build-system"]["build-backend"] == "build_backend"
    assert not any(name.startswith("mypy") for name in project["build-system"]["requires"])
    assert backend.MYPYC in project["project"]["optional-dependencies"]["dev"]  # one mypy for checks and mypyc
    setuptools_hooks = types.SimpleNamespace(  # setuptools' own hooks run setup.py: not needed for the decision
        get_requires_for_build_wheel=lambda settings=None: ["wheel"],
        get_requires_for_build_editable=lambda settings=None: ["wheel"],
    )
    monkeypatch.setattr(backend, "_setuptools", setuptools_hooks)
    monkeypatch.setattr(backend, "can_compile", lambda: True)
    assert backend.MYPYC in backend.get_requires_for_build_wheel()
    assert backend.MYPYC in backend.get_requires_for_build_editable()
    monkeypatch.setattr(backend, "can_compile", lambda: False)
    assert backend.MYPYC not in backend.get_requires_for_build_wheel()
    assert backend.MYPYC not in backend.get_requires_for_build_editable()


def test_no_compiler_on_the_path_means_no_mypyc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    backend = _build_backend()
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("CC", "cc")
    assert backend.can_compile() is False


def test_the_images_build_stage_copies_what_the_build_reads() -> None:
    """The worker image builds the wheel from copied files: the in-tree backend among them, or `pip wheel` fails."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]
    backend = Path(*project["backend-path"], project["build-backend"].replace(".", "/") + ".py")
    copied = {
        name
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.startswith("COPY ") and "--from" not in line
        for name in line.split()[1:-1]
    }
    needed = {"pyproject.toml", "setup.py", "MANIFEST.in", "README.md", backend.as_posix(), "src"} | set(LAYERS)
    assert needed <= copied, f"the Dockerfile's build stage lacks {sorted(needed - copied)}"
