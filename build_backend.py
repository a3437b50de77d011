"""The build backend: setuptools', asking for mypy (mypyc) only where a C compiler can use it.

mypyc compiles the classifier's hot modules (``setup.py``), and it is optional:
without a C compiler the pure-Python modules run. A plain ``[build-system]
requires`` entry would make mypy a hard build dependency, and mypy itself needs
compiled packages (``librt``, ``ast-serialize``): on a platform without their
wheels and without a compiler the install would then fail outright, where the
compiled build was meant to be skipped. So the requirement is added here, only
when a compiler and the Python headers are there.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every hook of setuptools' backend, two extended below

#: The mypy whose mypyc compiles the classifier: the same version as the dev extra's (a test checks it).
MYPYC = "mypy==2.4.1"


def can_compile() -> bool:
    """Whether this Python has a C compiler (``CC``, as setuptools reads it) and its headers: what mypyc needs."""
    compiler = str(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return shutil.which(compiler) is not None and headers.exists()


def _with_mypyc(requires: list[str]) -> list[str]:
    return [*requires, MYPYC] if can_compile() else requires


def get_requires_for_build_wheel(config_settings: dict[str, object] | None = None) -> list[str]:
    """The requirements of setuptools, and mypy where the classifier can be compiled."""
    return _with_mypyc(_setuptools.get_requires_for_build_wheel(config_settings))


def get_requires_for_build_editable(config_settings: dict[str, object] | None = None) -> list[str]:
    """The requirements of setuptools, and mypy where the classifier can be compiled (``make install``)."""
    return _with_mypyc(_setuptools.get_requires_for_build_editable(config_settings))
