"""Whether the classifier's hot modules run compiled by mypyc, and the guard that keeps a stale build from running.

``setup.py`` compiles :data:`MODULES` with mypyc when it can (issue 13): one
shared library holds the compiled code, one small extension per module
(``engine.cpython-311-x86_64-linux-gnu.so`` beside ``engine.py``) loads it.
Python imports such an extension before the ``.py`` beside it, so an edited
``engine.py`` would not run until the next ``make install``: in the strict
editable install, tests would silently run the old code.

The guard: the build names the shared library after a digest of the sources
it compiled (:func:`library`), and this module, imported first by the
package, computes the digest of the sources as they are now. Only when the
library of that digest and every module's extension are there, and the
library loads, do the compiled modules run (:data:`COMPILED`). Otherwise
every one of :data:`MODULES` is imported from its source (a finder placed
first on ``sys.meta_path``): compiled modules call each other directly, so
they run all compiled or all from source, never mixed. :data:`STATE` says
which, and why.

The check reads and hashes the modules' sources once per process, well under
a millisecond. This module is never compiled itself, and ``setup.py`` loads
it by path (:data:`MODULES`, :func:`source_digest`), so the build and the
check cannot disagree.

The C extension ``_cfingerprint`` (built from ``_cfingerprint.c`` beside the
modules, :data:`EXTENSION`) has a guard of its own: the build compiles the
digest of its C source into it (``SOURCE_DIGEST``, :func:`extension_digest`),
and where the source beside it has another digest, its import is blocked
(``sys.modules`` holds None for it), so every caller runs its Python fallback
instead of a stale build; :data:`EXTENSION_STATE` says which.

The digest covers only :data:`MODULES`, yet mypyc copies a ``Final`` literal of
any module it reads into the compiled code: the modules the compiled ones
import keep no ``Final`` constant, or an edit of one would keep its old value
compiled (``test_classify_native.py`` checks it).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from pathlib import Path
from types import ModuleType

__all__ = [
    "COMPILED",
    "EXTENSION",
    "EXTENSION_STATE",
    "MODULES",
    "PACKAGE",
    "STATE",
    "extension_digest",
    "group",
    "library",
    "source_digest",
]

PACKAGE = "errorflow.classify"
MODULES: tuple[str, ...] = ("_literals", "_phrases", "evidence", "fingerprint", "engine")
"""The modules mypyc compiles (setup.py reads this tuple): those on the path of ``Classifier.classify``.

Not ``rules.py``: compiled (even as a non-native class), ``Rule`` would check its fields against their declared
types, and rules are built from what a rules file holds (lists, names), checked by ``Rule`` itself with messages
that name the field; nor ``model.py``, whose value objects are public.
"""


def source_digest(folder: Path) -> str:
    """A digest of the sources of :data:`MODULES` in ``folder``, in that order (16 hex digits)."""
    digest = hashlib.blake2b(digest_size=8)
    for name in MODULES:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update((folder / f"{name}.py").read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


EXTENSION = "_cfingerprint"
"""The optional C extension (``setup.py`` builds it from ``_cfingerprint.c`` with its :func:`extension_digest`)."""


def extension_digest(folder: Path) -> str:
    """A digest of the C extension's source in ``folder`` (16 hex digits), compiled into the extension."""
    return hashlib.blake2b((folder / f"{EXTENSION}.c").read_bytes(), digest_size=8).hexdigest()


def group(digest: str) -> str:
    """The mypyc group name (within the package) of a build from sources of this digest."""
    return f"_mypyc_{digest}"


def library(digest: str) -> str:
    """The module name (within the package) of the shared library mypyc builds for that group."""
    return f"{group(digest)}__mypyc"


class _FromSource(MetaPathFinder):
    """Imports these modules from their ``.py`` files, ignoring the extensions beside them."""

    def __init__(self, folder: Path, names: frozenset[str]) -> None:
        self._paths = {f"{PACKAGE}.{name}": folder / f"{name}.py" for name in names}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self._paths.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


_NOT_BUILT = "source (the classifier was not compiled at install)"
_UNCHECKED = "as installed (the sources of the compiled modules are missing: not checked)"


def _check(folder: Path, built: frozenset[str]) -> tuple[bool, str]:  # noqa: PLR0911 - one return per state
    """Whether the compiled modules may run, and the state to report."""
    if not built.intersection(MODULES):
        return False, _NOT_BUILT
    if not all((folder / f"{name}.py").exists() for name in MODULES):
        # Installed without its sources (not how errorflow ships): nothing to check against, nothing to fall back to.
        return set(MODULES) <= built, _UNCHECKED
    try:
        digest = source_digest(folder)
    except OSError as exc:
        return False, f"source (its files cannot be read: {exc})"
    if library(digest) not in built:
        return False, "source (a compiled module is older than its source: run make install)"
    missing = [name for name in MODULES if name not in built]
    if missing:
        return False, f"source (not compiled at install: {', '.join(missing)}; run make install)"
    try:
        importlib.import_module(f"{PACKAGE}.{library(digest)}")
    except ImportError as exc:
        return False, f"source (the compiled library does not load: {exc})"
    return True, "compiled (mypyc)"


def _install(folder: Path) -> tuple[bool, str]:
    """Check the build, and import the modules from source where it must not run."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    try:
        built = frozenset(entry.name.split(".", 1)[0] for entry in folder.iterdir() if entry.name.endswith(suffixes))
    except OSError:
        built = frozenset()
    # An extension of a module no build compiles any more (``rules.py`` of an earlier build) shadows its source too.
    strays = frozenset(name for name in built - set(MODULES) if (folder / f"{name}.py").exists())
    compiled, state = _check(folder, built)
    if compiled and strays:
        compiled = False
        state = f"source (compiled modules no build makes any more: {', '.join(sorted(strays))}; run make install)"
    if not compiled and state not in (_NOT_BUILT, _UNCHECKED):
        sys.meta_path.insert(0, _FromSource(folder, frozenset(MODULES) | strays))
    elif strays:
        sys.meta_path.insert(0, _FromSource(folder, strays))
    return compiled, state


def _check_extension(folder: Path) -> str:
    """Block the import of a C extension built from another source than the one beside it; say which runs."""
    name = f"{PACKAGE}.{EXTENSION}"
    try:
        module = importlib.import_module(name)
    except ImportError:
        return "Python (the C extension was not compiled at install)"
    source = folder / f"{EXTENSION}.c"
    if not source.exists():
        return "C, as installed (its source is missing: not checked)"
    try:
        current = extension_digest(folder)
    except OSError as exc:
        current = f"unreadable: {exc}"
    if getattr(module, "SOURCE_DIGEST", None) == current:
        return "C"
    # Older than its source: every caller imports it in a try and runs its Python fallback on ImportError.
    sys.modules[name] = None  # type: ignore[assignment]
    package = sys.modules.get(PACKAGE)
    if package is not None and hasattr(package, EXTENSION):
        delattr(package, EXTENSION)
    return "Python (the C extension is older than its source: run make install)"


COMPILED = False
"""Whether the mypyc-compiled modules run (else their sources do)."""
STATE = "source (not checked)"
"""A line saying which runs and why."""
EXTENSION_STATE = "not checked"
"""Whether the C extension runs (``C``) or its Python fallbacks do, and why."""
if __name__ == f"{PACKAGE}._native":  # setup.py loads this file by path, under another name: no check there
    EXTENSION_STATE = _check_extension(Path(__file__).parent)
    COMPILED, STATE = _install(Path(__file__).parent)
