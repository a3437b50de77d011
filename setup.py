"""Build hook for the one thing pyproject.toml cannot declare stably: the optional C speed-up.

``errorflow.classify._cfingerprint`` is ``fingerprint.mask_ids`` (the classifier's
cache key) and ``fingerprint.normalize_message`` in C (issue 13). It is
optional: without a C compiler or the Python headers the install goes on and
the pure-Python functions run (``errorflow.classify.fingerprint.NATIVE`` says
which). Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """``build_ext`` whose editable install leaves out an optional extension that failed to compile.

    setuptools skips a failed ``optional=True`` extension, but its editable
    install (``make install``) still lists the missing in-place file among its
    outputs and stops when it cannot copy it.
    """

    def get_output_mapping(self) -> dict[str, str]:
        """The outputs of the build whose in-place file exists."""
        return {built: source for built, source in super().get_output_mapping().items() if Path(source).exists()}


setup(
    ext_modules=[
        Extension(
            "errorflow.classify._cfingerprint",
            sources=["src/errorflow/classify/_cfingerprint.c"],
            optional=True,
        )
    ],
    cmdclass={"build_ext": OptionalBuildExt},
)
