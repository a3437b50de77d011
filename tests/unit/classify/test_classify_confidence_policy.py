"""A low-confidence verdict is recovered as ``unknown`` when the policy set's threshold says so."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.errors import ConfigurationError
from errorflow.recovery.policy import PolicySet, default_policies
from errorflow.settings import Settings


def test_below_threshold_is_recovered_as_unknown() -> None:
    policies = PolicySet(min_confidence=0.6)
    verdict = Classifier.default().classify(ErrorSignal(exc_type="acme.WidgetNotFound", message=""))
    assert verdict.category is Category.PERMANENT  # only a class-name pattern says so
    assert verdict.confidence < 0.6
    assert policies.category_for(verdict.category, verdict.confidence) is Category.UNKNOWN
    assert policies.policy_for(verdict.category, confidence=verdict.confidence) == default_policies()[Category.UNKNOWN]


def test_confident_verdict_keeps_its_category() -> None:
    policies = PolicySet(min_confidence=0.6)
    verdict = Classifier.default().classify(ErrorSignal(exc_type="builtins.MemoryError", message=""))
    assert policies.category_for(verdict.category, verdict.confidence) is Category.RESOURCE
    assert policies.policy_for(verdict.category, confidence=verdict.confidence) == default_policies()[Category.RESOURCE]


def test_default_threshold_changes_nothing_and_operations_keep_it() -> None:
    assert PolicySet().category_for("permanent", 0.01) is Category.PERMANENT
    assert PolicySet().category_for("permanent") is Category.PERMANENT
    derived = PolicySet(min_confidence=0.5).with_operation("op", {"max_attempts": 2})
    assert derived.category_for("transient", 0.4) is Category.UNKNOWN


@pytest.mark.parametrize("value", [-0.1, 1.5, "high", True])
def test_threshold_is_validated(value: object) -> None:
    with pytest.raises(ConfigurationError, match="min_confidence"):
        PolicySet(min_confidence=value)  # type: ignore[arg-type]


def test_settings_carry_the_threshold() -> None:
    settings = Settings(recovery={"min_confidence": 0.55})  # type: ignore[arg-type]
    assert PolicySet(min_confidence=settings.recovery.min_confidence).min_confidence == 0.55
