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


def _failed(error_type: str, message: str) -> tuple[object, object]:
    from datetime import datetime, timezone

    from errorflow.schemas import AttemptOutcome, RunCommand, TaskRunEvent, TaskRunStatus

    command = RunCommand(operation="sync", input={"account": "acme"})
    event = TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service="svc",
        status=TaskRunStatus.FAILED,
        occurred_at=datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc),
        error_type=error_type,
        error_message=message,
        channel=command.channel,
    )
    return command, AttemptOutcome(command=command, event=event)


@pytest.mark.parametrize(
    ("floor", "action", "category"), [(0.0, "dead_lettered", "permanent"), (0.6, "retry_scheduled", "unknown")]
)
def test_recovery_core_acts_on_a_low_confidence_verdict_as_unknown(floor: float, action: str, category: str) -> None:
    """RecoveryCore.from_settings wires ERRORFLOW_RECOVERY__MIN_CONFIDENCE: below it, retry once as unknown."""
    from errorflow.agents.recovery import RecoveryCore
    from errorflow.schemas import RecordPosition, RecoveryActionEvent
    from errorflow.streams.topics import Topics

    core = RecoveryCore.from_settings(Settings(recovery={"min_confidence": floor}))  # type: ignore[arg-type]
    assert core.policies.min_confidence == floor
    _, outcome = _failed("acme.WidgetNotFound", "")  # only a class-name pattern says permanent
    source = RecordPosition(topic="p.taskruns.attempts", partition=0, offset=1, timestamp_ms=1_772_366_400_000)
    handled = core.handle_outcome(outcome, source=source)  # type: ignore[arg-type]
    (recorded,) = [record.model for record in handled.records if record.topic == Topics.RECOVERY.name]
    assert isinstance(recorded, RecoveryActionEvent)
    assert (recorded.action, recorded.category) == (action, category)
    assert (Topics.RETRY.name in {record.topic for record in handled.records}) is (category == "unknown")
