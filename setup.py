"""Build hook for the one thing pyproject.toml cannot declare stably: the optional C speed-up.

``errorflow.classify._cfingerprint`` is ``fingerprint.mask_ids`` (the classifier's
cache key) and ``fingerprint.normalize_message`` in C (issue 13). It is
optional: without a C compiler or the Python headers the install goes on and
the pure-Python functions run (``errorflow.classify.fingerprint.NATIVE`` says
which). Everything else is in pyproject.toml.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "errorflow.classify._cfingerprint",
            sources=["src/errorflow/classify/_cfingerprint.c"],
            optional=True,
        )
    ]
)
