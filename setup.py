"""Build hook for the one thing pyproject.toml cannot declare stably: the optional C speed-up.

``errorflow.classify._idmask`` is ``fingerprint.mask_ids`` in C (the classifier's
cache key, issue 13). It is optional: without a C compiler or the Python
headers the install goes on and the pure-Python function runs
(``errorflow.classify.fingerprint.NATIVE`` says which). Everything else is in
pyproject.toml.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "errorflow.classify._idmask",
            sources=["src/errorflow/classify/_idmask.c"],
            optional=True,
        )
    ]
)
