"""Build hook for what pyproject.toml cannot declare stably: the classifier's optional compiled speed-ups.

Two optional builds, both for the classifier's per-call cost (issue 13):

* ``errorflow.classify._cfingerprint``: ``fingerprint.mask_ids`` (the
  classifier's cache key) and ``fingerprint.normalize_message`` in C
  (``errorflow.classify.fingerprint.NATIVE`` says whether it runs).
* The classifier's hot modules (``errorflow.classify._native.MODULES``:
  evidence parsing, rule weighing, phrase scans, fingerprint) compiled by
  mypyc, the mypy pinned in ``[build-system] requires``: the same typed
  Python, run as C, about twice as fast uncached
  (``errorflow.classify._native.COMPILED`` says whether it runs).

Both are optional: without mypy, a C compiler or the Python headers the
install goes on and the pure-Python modules run. mypyc compiles only when
``build_ext`` runs (pip runs this file several times per install), and names
its shared library after a digest of the sources it compiled, so that the
package can tell at import a stale build from a current one and run an edited
source instead of a stale compiled module (see ``errorflow/classify/_native.py``).
Everything else is in pyproject.toml.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import importlib.util
import os
import pickle
import shutil
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

CLASSIFY = Path("src", "errorflow", "classify")


def _native() -> Any:
    """``errorflow/classify/_native.py``, loaded by path: its module list and digest are the ones the package checks."""
    spec = importlib.util.spec_from_file_location("_errorflow_build_native", CLASSIFY / "_native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TARGET = Path("build", "mypyc")  # mypyc's C, and the stamps below
#: mypyc's C: one file per compiled module (``multi_file``), compiled side by side (``_parallel_compile``),
#: at gcc's -O2. All in one file at -O3 was one gcc process of 15.9 CPU-s, 25-55 s of a loaded install; split,
#: the largest file (evidence) takes 5.4 CPU-s, and all of them 14.6 at -O2 (15.1 at -O3). The classifier's
#: uncached throughput is the same (CPU time per call over the public corpus, best of 12 passes, six
#: alternated pairs: medians 98.5k/s one file at -O3, 98.6k/s these options).
MYPYC_OPTIONS: dict[str, Any] = {"opt_level": "2", "multi_file": True}
GENERATED = TARGET / "generated.pickle"  # the stamp of the last C generated, and its extensions
BUILT = TARGET / "built"  # the stamp of the last extensions compiled and placed in the source tree


def _compiled_classifier() -> list[Extension]:
    """The mypyc extensions of the classifier's hot modules, or none where mypyc cannot generate them.

    setuptools runs this file more than once per install; the C and the
    extensions are generated once per stamp (mypy's version, the sources'
    digest, the Python), and where ``make install`` already placed a build of
    that stamp in the source tree, it is copied instead of compiled again
    (mypy's analysis and the C compiler take some 20-40 s).
    """
    try:
        from mypy.version import __version__ as mypy_version
        from mypyc.build import mypycify
    except ImportError as exc:
        print(f"errorflow: mypyc is not available ({exc}); the classifier runs as Python", file=sys.stderr)
        return []
    native = _native()
    digest = native.source_digest(CLASSIFY)
    for built in CLASSIFY.glob("*.*.*"):  # extensions of earlier builds: no longer built, they would shadow a source
        name = built.name.split(".", 1)[0]
        library = name.startswith("_mypyc_") and name != native.library(digest)
        shim = name not in native.MODULES and (CLASSIFY / f"{name}.py").exists()
        if (library or shim) and built.suffix in (".so", ".pyd"):
            built.unlink()
    TARGET.mkdir(parents=True, exist_ok=True)
    for stale in TARGET.glob("errorflow/classify/__native_*"):  # C of earlier sources
        if f"_{native.group(digest)}." not in stale.name:
            stale.unlink()
    options = " ".join(f"{name}={value}" for name, value in sorted(MYPYC_OPTIONS.items()))
    stamp = f"{mypy_version} {digest} {sysconfig.get_config_var('EXT_SUFFIX')} {options}"
    prebuilt = _prebuilt(native, digest)
    if prebuilt and BUILT.is_file() and BUILT.read_text(encoding="utf-8") == stamp:
        return prebuilt
    BUILT.unlink(missing_ok=True)
    if GENERATED.is_file():
        generated, extensions = pickle.loads(GENERATED.read_bytes())
        if generated == stamp and all(Path(source).exists() for ext in extensions for source in ext.sources):
            return _stamped(extensions, stamp)
    config = TARGET / "mypy.ini"  # not the project's: its pydantic plugin is not a build requirement
    config.write_text("[mypy]\nignore_missing_imports = True\nfollow_imports = silent\n", encoding="utf-8")
    try:
        extensions = mypycify(
            ["--config-file", str(config), *(str(CLASSIFY / f"{name}.py") for name in native.MODULES)],
            group_name=f"{native.PACKAGE}.{native.group(digest)}",
            target_dir=str(TARGET),
            **MYPYC_OPTIONS,
        )
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error; the install goes on without it
        print(f"errorflow: mypyc failed ({exc!r}); the classifier runs as Python", file=sys.stderr)
        return []
    # mypyc writes a dotted group's header under its package path but the modules' files, which include it
    # by bare name, at the top of the target: the compiler looks for headers in both.
    headers = str(TARGET.joinpath(*native.PACKAGE.split(".")))
    for extension in extensions:
        extension.optional = True
        extension.include_dirs = [*extension.include_dirs, headers]
    GENERATED.write_bytes(pickle.dumps((stamp, extensions)))
    return _stamped(extensions, stamp)


def _stamped(extensions: list[Extension], stamp: str) -> list[Extension]:
    for extension in extensions:
        extension._errorflow_stamp = stamp  # type: ignore[attr-defined]
    return extensions


def _prebuilt(native: Any, digest: str) -> list[Extension]:
    """The extensions of an in-place build of these sources, to copy rather than build (none if one is missing)."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    extensions: list[Extension] = []
    for name in (native.library(digest), *native.MODULES):
        built = CLASSIFY / f"{name}{suffix}"
        if not built.is_file():
            return []
        extension = Extension(f"{native.PACKAGE}.{name}", sources=[], optional=True)
        extension._errorflow_prebuilt = built  # type: ignore[attr-defined]
        extensions.append(extension)
    return extensions


_MYPYC: list[Extension | None] = []  # generated once per run of this file: [None] when mypyc cannot


class OptionalBuildExt(build_ext):
    """``build_ext`` that adds the mypyc extensions, and whose editable install leaves out a failed optional one.

    setuptools skips a failed ``optional=True`` extension, but its editable
    install (``make install``) still lists the missing in-place file among its
    outputs and stops when it cannot copy it.
    """

    def finalize_options(self) -> None:
        """Add the mypyc extensions here, generated once per build, not in every run of this file."""
        modules = self.distribution.ext_modules or []
        if not any(extension in _MYPYC for extension in modules):
            if not _MYPYC:
                _MYPYC.extend(_compiled_classifier() or [None])
            self.distribution.ext_modules = [*modules, *(extension for extension in _MYPYC if extension is not None)]
        super().finalize_options()

    def run(self) -> None:
        """Build, then stamp the mypyc build when it was compiled in full and placed in the source tree."""
        super().run()
        compiled = [extension for extension in self.extensions if hasattr(extension, "_errorflow_stamp")]
        if not (self.inplace and compiled):
            return
        self.inplace, inplace = False, self.inplace  # the build directory's files: this run's
        try:
            complete = all(Path(self.get_ext_fullpath(extension.name)).exists() for extension in compiled)
        finally:
            self.inplace = inplace
        if complete:
            BUILT.write_text(compiled[0]._errorflow_stamp, encoding="utf-8")

    def build_extension(self, ext: Extension) -> None:
        """Build one extension, or copy the in-place build of the same stamp (``_prebuilt``)."""
        prebuilt: Path | None = getattr(ext, "_errorflow_prebuilt", None)
        if prebuilt is None:
            if len(ext.sources) > 1 and hasattr(ext, "_errorflow_stamp") and self.compiler.compiler_type == "unix":
                with _parallel_compile(self.compiler):
                    super().build_extension(ext)
            else:
                super().build_extension(ext)
            return
        target = Path(self.get_ext_fullpath(ext.name))
        if target.resolve() != prebuilt.resolve():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(prebuilt, target)

    def get_output_mapping(self) -> dict[str, str]:
        """The outputs of the build whose in-place file exists."""
        return {built: source for built, source in super().get_output_mapping().items() if Path(source).exists()}


@contextlib.contextmanager
def _parallel_compile(compiler: Any) -> Iterator[None]:
    """Compile the C files of one extension side by side, one compiler process per core.

    setuptools compiles an extension's files one after another (its ``-j``
    builds whole extensions in parallel, and mypyc's C is one extension). This
    is its ``CCompiler.compile`` with the loop over the files in a thread pool:
    the same commands, the same objects, in the same order for the link. Unix
    compilers only (MSVC's ``compile`` does not go through ``_compile``).
    """
    jobs = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)

    def compile_all(  # build_ext passes everything but the sources by name
        sources: list[str],
        *,
        output_dir: str | None = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: bool = False,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> list[str]:
        macros, objects, extra, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)

        def one(obj: str) -> None:
            src, ext = build[obj]
            compiler._compile(obj, src, ext, cc_args, extra, pp_opts)

        largest_first = sorted((obj for obj in objects if obj in build), key=lambda obj: -_size(build[obj][0]))
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
        try:
            for done in [pool.submit(one, obj) for obj in largest_first]:
                done.result()  # the first failure fails the build (the files not started are not), as one by one
        finally:
            pool.shutdown(cancel_futures=True)
        return list(objects)  # in the sources' order, for the link

    serial = compiler.compile
    compiler.compile = compile_all
    try:
        yield
    finally:
        compiler.compile = serial


def _size(source: str) -> int:
    try:
        return Path(source).stat().st_size
    except OSError:
        return 0


os.chdir(Path(__file__).resolve().parent)  # mypyc takes paths relative to the project
setup(
    ext_modules=[
        Extension(
            "errorflow.classify._cfingerprint",
            sources=["src/errorflow/classify/_cfingerprint.c"],
            optional=True,
            # The digest of the source it was built from: the package runs the Python fallbacks where it differs.
            define_macros=[("ERRORFLOW_SOURCE_DIGEST", f'"{_native().extension_digest(CLASSIFY)}"')],
        )
    ],
    cmdclass={"build_ext": OptionalBuildExt},
)
