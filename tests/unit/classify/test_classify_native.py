"""The classifier's mypyc build (``errorflow.classify._native``): compiled where it can be, never stale.

``setup.py`` compiles the hot modules with mypyc at install. Python imports an
extension before the ``.py`` beside it, so a compiled module older than its
source would run old code; the package checks a digest of the sources against
the name of the build's library at import and runs every module from source
when they differ. These tests run the classifier compiled where a compiler is
(the install must have built it), and copies of the package, in subprocesses,
with an edited source, a missing extension, and no build at all: the same
verdicts from source as compiled, on every machine.
"""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import errorflow
from errorflow.classify import Classifier, ErrorSignal, _native, engine

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "bench" / "corpus" / "independent.jsonl"  # in the repository, unlike ../shared's public corpus
PACKAGE = Path(_native.__file__).parent
SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)

# Run in a copy of the package: prints the state, where each compiled module came from, and the corpus verdicts.
PROBE = (
    "import json, sys\n"
    "from errorflow.classify import Classifier, ErrorSignal, _native\n"
    "import errorflow.classify as package\n"
    "modules = {name: sys.modules['errorflow.classify.' + name].__file__ for name in _native.MODULES}\n"
    "signals = [ErrorSignal(t, m) for t, m in json.load(sys.stdin)]\n"
    "classifier = Classifier.default(cache_size=0)\n"
    "verdicts = [[v.category.value, v.rule_id, v.confidence, v.fingerprint, [e.rule_id for e in v.evidence]]"
    " for v in map(classifier.classify, signals)]\n"
    "print(json.dumps({'compiled': _native.COMPILED, 'state': _native.STATE, 'modules': modules,"
    " 'edited': getattr(sys.modules['errorflow.classify.engine'], 'EDITED', False), 'verdicts': verdicts}))\n"
)


def _signals() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["exc_type"], row["message"]) for row in rows]


def _verdicts(signals: list[tuple[str, str]]) -> list[list[object]]:
    classifier = Classifier.default(cache_size=0)
    return [
        [v.category.value, v.rule_id, v.confidence, v.fingerprint, [item.rule_id for item in v.evidence]]
        for v in (classifier.classify(ErrorSignal(exc_type, message)) for exc_type, message in signals)
    ]


def _copy(tmp_path: Path) -> Path:
    """A copy of ``errorflow/__init__.py`` and ``errorflow/classify`` (links resolved), extensions included."""
    top = tmp_path / "errorflow"
    (top / "classify").mkdir(parents=True)
    shutil.copyfile(Path(errorflow.__file__).resolve(), top / "__init__.py")
    for entry in PACKAGE.iterdir():
        if entry.is_file() and entry.suffix != ".c":
            shutil.copyfile(entry.resolve(), top / "classify" / entry.name)
    return top / "classify"


def _probe(path: Path, signals: list[tuple[str, str]]) -> dict[str, object]:
    """Run the probe with the copy first on ``sys.path`` (before the installed package)."""
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(path)!r})\n{PROBE}"],
        input=json.dumps(signals),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        cwd=path,
    )
    probed: dict[str, object] = json.loads(result.stdout)
    return probed


def _compiled_here() -> None:
    if not _native.COMPILED:
        pytest.skip(f"the classifier runs from source here: {_native.STATE}")


def test_the_classifier_runs_compiled_wherever_a_compiler_and_the_headers_are() -> None:
    """A silent build failure would only show as lost speed: where mypyc's output can be built, it must have been."""
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    compiler = shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]) or shutil.which("cc")
    if compiler is None or not headers.exists():
        pytest.skip("no C compiler or no Python headers: the pure-Python modules run")
    assert _native.COMPILED, _native.STATE
    assert _native.STATE == "compiled (mypyc)"
    for name in _native.MODULES:
        module = sys.modules[f"errorflow.classify.{name}"]
        assert str(module.__file__).endswith(SUFFIXES), module.__file__
    assert Classifier is engine.Classifier
    assert type(Classifier.classify).__name__ != "function"  # a native method, not Python bytecode


def test_an_edited_source_runs_instead_of_its_stale_build(tmp_path: Path) -> None:
    _compiled_here()
    package = _copy(tmp_path)
    signals = _signals()
    current = _probe(tmp_path, signals)
    assert current["compiled"] is True
    assert current["edited"] is False
    source = package / "engine.py"
    source.write_text(source.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    stale = _probe(tmp_path, signals)
    assert stale["compiled"] is False
    assert "older than its source: run make install" in str(stale["state"])
    assert stale["edited"] is True  # the edit runs ...
    modules = stale["modules"]
    assert isinstance(modules, dict)
    assert all(path.endswith(".py") for path in modules.values()), modules  # ... and no module compiled before it
    assert stale["verdicts"] == current["verdicts"] == _verdicts(signals)


def test_a_build_missing_one_module_runs_from_source(tmp_path: Path) -> None:
    _compiled_here()
    package = _copy(tmp_path)
    for shim in package.glob("evidence.*"):
        if shim.name.endswith(SUFFIXES):
            shim.unlink()
    probed = _probe(tmp_path, [("builtins.TimeoutError", "timed out")])
    assert probed["compiled"] is False
    assert probed["state"] == "source (not compiled at install: evidence; run make install)"
    modules = probed["modules"]
    assert isinstance(modules, dict)
    assert all(path.endswith(".py") for path in modules.values()), modules


def test_an_extension_of_a_module_no_longer_compiled_does_not_shadow_its_source(tmp_path: Path) -> None:
    """``rules.py`` was compiled by an earlier build: its extension, left behind, must not be imported."""
    package = _copy(tmp_path)
    (package / f"rules{SUFFIXES[0]}").write_bytes(b"not a library")  # would fail to load if imported
    probed = _probe(tmp_path, [("builtins.TimeoutError", "timed out")])
    assert probed["compiled"] is False
    if _native.COMPILED:
        assert probed["state"] == "source (compiled modules no build makes any more: rules; run make install)"
    modules = probed["modules"]
    assert isinstance(modules, dict)
    assert all(path.endswith(".py") for path in modules.values()), modules


def test_without_a_build_the_sources_give_every_verdict_the_build_gives(tmp_path: Path) -> None:
    """The fallback of a machine without a compiler, run on every machine: no extension at all in the copy."""
    package = _copy(tmp_path)
    for entry in package.iterdir():
        if entry.name.endswith(SUFFIXES) and not entry.name.startswith("_cfingerprint."):
            entry.unlink()
    signals = _signals()
    probed = _probe(tmp_path, signals)
    assert probed["compiled"] is False
    assert probed["state"] == "source (the classifier was not compiled at install)"
    assert probed["verdicts"] == _verdicts(signals)


def test_the_digest_reads_every_compiled_source(tmp_path: Path) -> None:
    for name in _native.MODULES:
        (tmp_path / f"{name}.py").write_text(f"# {name}\n", encoding="utf-8")
    before = _native.source_digest(tmp_path)
    assert len(before) == 16
    for name in _native.MODULES:
        path = tmp_path / f"{name}.py"
        path.write_text(path.read_text(encoding="utf-8") + "#\n", encoding="utf-8")
        after = _native.source_digest(tmp_path)
        assert after != before, name
        before = after


def test_a_build_installed_without_its_sources_runs_as_installed(tmp_path: Path) -> None:
    """No source to compare with and none to fall back to: the compiled modules run, and the state says unchecked."""
    _compiled_here()
    package = _copy(tmp_path)
    for name in _native.MODULES:
        (package / f"{name}.py").unlink()
    probed = _probe(tmp_path, [("builtins.TimeoutError", "timed out")])
    assert probed["compiled"] is True
    assert "not checked" in str(probed["state"])
    modules = probed["modules"]
    assert isinstance(modules, dict)
    assert all(path.endswith(SUFFIXES) for path in modules.values()), modules


def _imported_errorflow_modules(source: Path) -> set[str]:
    """The ``errorflow`` modules a source imports by name (``from errorflow.x import y`` and ``import errorflow.x``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("errorflow.") and not node.level:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("errorflow."))
    return found


def _module_source(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None  # a compiled module of MODULES (covered by the digest) or not a source
    return Path(spec.origin)


# Run in a copy of the package: the C extension's state and whether each of its callers uses it.
EXTENSION_PROBE = (
    "import json, sys\n"
    "from errorflow.classify import Classifier, ErrorSignal, _native, engine, _phrases, _literals\n"
    "fingerprint = sys.modules['errorflow.classify.fingerprint']\n"
    "signals = [ErrorSignal(t, m) for t, m in json.load(sys.stdin)]\n"
    "classifier = Classifier.default(cache_size=0)\n"
    "verdicts = [[v.category.value, v.rule_id, v.confidence, v.fingerprint, [e.rule_id for e in v.evidence]]"
    " for v in map(classifier.classify, signals)]\n"
    "used = [fingerprint.NATIVE, _phrases.NATIVE, _literals.NATIVE, engine._NEW_SLOTTED is not None]\n"
    "print(json.dumps({'state': _native.EXTENSION_STATE, 'used': used, 'blocked':"
    " sys.modules.get('errorflow.classify._cfingerprint', 0) is None, 'verdicts': verdicts}))\n"
)


def test_a_c_extension_older_than_its_source_is_not_used(tmp_path: Path) -> None:
    """An edited ``_cfingerprint.c`` without ``make install``: the build of the old source must not run."""
    if not any(PACKAGE.glob(f"{_native.EXTENSION}.*.so")) and not any(PACKAGE.glob(f"{_native.EXTENSION}.*.pyd")):
        pytest.skip("the C extension was not compiled here")
    package = _copy(tmp_path)
    source = package / f"{_native.EXTENSION}.c"
    shutil.copyfile(PACKAGE / f"{_native.EXTENSION}.c", source)
    signals = _signals()

    def probe() -> dict[str, object]:
        result = subprocess.run(
            [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n{EXTENSION_PROBE}"],
            input=json.dumps(signals),
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
            cwd=tmp_path,
        )
        probed: dict[str, object] = json.loads(result.stdout)
        return probed

    current = probe()
    assert current["state"] == "C"
    assert current["used"] == [True, True, True, True]
    assert current["blocked"] is False
    source.write_text(source.read_text(encoding="utf-8") + "\n/* edited */\n", encoding="utf-8")
    stale = probe()
    assert stale["state"] == "Python (the C extension is older than its source: run make install)"
    assert stale["used"] == [False, False, False, False]
    assert stale["blocked"] is True
    assert stale["verdicts"] == current["verdicts"] == _verdicts(signals)


def test_no_module_the_compiled_ones_import_has_a_final_constant_mypyc_would_inline() -> None:
    """mypyc copies a ``Final`` literal of any module it reads into the compiled code (``return X`` compiles to
    ``return 1``), and the digest covers only :data:`_native.MODULES`: a ``Final`` constant edited in ``_tables.py``
    (or any module the compiled ones import) would keep its old value compiled, and ``make install`` would copy
    the same build again (its stamp is the digest). So those modules hold none; put such a constant in a compiled
    module, or drop its ``Final``."""
    compiled = {f"{_native.PACKAGE}.{name}" for name in _native.MODULES}
    seen: set[str] = set()
    todo = [PACKAGE / f"{name}.py" for name in _native.MODULES]
    offenders: list[str] = []
    while todo:
        for name in sorted(_imported_errorflow_modules(todo.pop()) - compiled - seen):
            seen.add(name)
            source = _module_source(name)
            if source is None:
                continue
            todo.append(source)
            tree = ast.parse(source.read_text(encoding="utf-8"))
            offenders.extend(
                f"{name}:{node.lineno}"
                for node in ast.walk(tree)
                if isinstance(node, ast.AnnAssign) and "Final" in ast.unparse(node.annotation)
            )
    assert seen, "the compiled modules import no other errorflow module: this check reads nothing"
    assert offenders == []
