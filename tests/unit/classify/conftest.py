"""Fixtures shared by the classifier's unit tests."""

from __future__ import annotations

import pytest

from errorflow.classify import Classifier


@pytest.fixture(scope="module")
def clf() -> Classifier:
    """The default rules without a cache, so every call weighs its evidence (a file may define its own)."""
    return Classifier.default(cache_size=0)
