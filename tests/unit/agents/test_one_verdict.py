"""One verdict per failure: the classifier agent's record and recovery's decision agree, timed-out runs included."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from errorflow.agents.classifier import handle
from errorflow.agents.recovery import RecoveryCore
from errorflow.classify import Category, Classifier, Severity, Strategy
from errorflow.classify.verdict import TIMEOUT_TYPE, failure_signal, failure_verdict, is_failure
from errorflow.recovery import PolicySet
from errorflow.schemas import DeadLetter, RecordPosition, RecoveryActionEvent, TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.classification import classification_id
from errorflow.schemas.ids import new_id
from errorflow.streams.topics import Topics

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
SOURCE = RecordPosition(topic="p.taskruns.events", partition=0, offset=3, timestamp_ms=1_772_366_400_000)

FAILURES: list[dict[str, Any]] = [
    {"error_type": "builtins.TimeoutError", "error_message": "Read timed out. (read timeout=10)"},
    {"error_type": "builtins.PermissionError", "error_message": "[Errno 13] Permission denied: '/crm/x'"},
    {"error_type": "builtins.ValueError", "error_message": "invalid date range: start is after end"},
    {"error_type": "builtins.OSError", "error_message": "[Errno 28] No space left on device"},
    {"error_type": "acme.Weird", "error_message": "something odd"},
    {
        "error_type": "aiokafka.errors.KafkaTimeoutError",
        "error_message": "x",
        "error_context": {"bases": ["aiokafka.errors.KafkaError"], "retriable": True},
    },
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_settings()


@pytest.fixture(scope="module")
def core(classifier: Classifier) -> RecoveryCore:
    return RecoveryCore(classifier=classifier, policies=PolicySet())


def event(status: TaskRunStatus = TaskRunStatus.FAILED, criticality: str = "normal", **fields: Any) -> TaskRunEvent:
    run_id = new_id()
    return TaskRunEvent(
        run_id=run_id,
        root_run_id=run_id,
        operation="sync_crm",
        service="svc",
        status=status,
        occurred_at=T0,
        channel="direct",
        criticality=criticality,
        input_dump={"page": 1},
        **fields,
    )


def _decision_records(core: RecoveryCore, failed: TaskRunEvent) -> tuple[RecoveryActionEvent, DeadLetter | None]:
    handled = core.handle_event(failed, source=SOURCE)
    actions = [r.model for r in handled.records if r.topic == Topics.RECOVERY.name]
    letters = [r.model for r in handled.records if r.topic == Topics.DLQ.name]
    assert len(actions) == 1
    action = actions[0]
    assert isinstance(action, RecoveryActionEvent)
    letter = letters[0] if letters else None
    assert letter is None or isinstance(letter, DeadLetter)
    return action, letter


@pytest.mark.parametrize("status", [TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT])
@pytest.mark.parametrize("criticality", ["low", "normal", "high", "critical"])
@pytest.mark.parametrize("error", FAILURES, ids=[str(f["error_type"]) for f in FAILURES])
def test_the_stored_verdict_is_the_one_recovery_acts_on(
    classifier: Classifier, core: RecoveryCore, error: dict[str, Any], criticality: str, status: TaskRunStatus
) -> None:
    failed = event(status, criticality, **error)
    stored = handle(failed, classifier)
    assert stored is not None
    assert stored.event_id == classification_id(failed.event_id)
    action, letter = _decision_records(core, failed)
    assert (action.category, action.severity, action.classification_id) == (
        stored.category,
        stored.severity,
        stored.event_id,
    )
    verdict = core.classify(failed)
    assert (verdict.category.value, verdict.severity.value, verdict.strategy.value) == (
        stored.category,
        stored.severity,
        stored.strategy,
    )
    assert (verdict.rule_id, verdict.fingerprint, verdict.retryable) == (
        stored.rule_id,
        stored.fingerprint,
        stored.retryable,
    )
    if letter is not None:
        assert (letter.category, letter.severity, letter.rule_id, letter.fingerprint) == (
            stored.category,
            stored.severity,
            stored.rule_id,
            stored.fingerprint,
        )


def test_repeats_do_not_make_the_two_verdicts_drift(classifier: Classifier, core: RecoveryCore) -> None:
    # The classifier agent used to raise severity after 10 repeats of operation|error_type while
    # recovery did not: the same failure got two severities. Now both are functions of the event.
    severities = set()
    for _ in range(120):
        failed = event(**FAILURES[0])
        stored = handle(failed, classifier)
        assert stored is not None
        action, _letter = _decision_records(core, failed)
        assert action.severity == stored.severity
        severities.add(stored.severity)
    assert severities == {"MEDIUM"}


def test_the_verdict_is_a_function_of_the_event_alone(classifier: Classifier) -> None:
    failed = event(**FAILURES[1])
    redelivered = TaskRunEvent.model_validate_json(encode(failed))
    assert failure_verdict(failed, classifier) == failure_verdict(redelivered, classifier)
    assert failure_verdict(failed, Classifier.from_settings()) == failure_verdict(failed, classifier)
    first, again = handle(failed, classifier), handle(redelivered, classifier)
    assert first is not None and again is not None
    assert first.model_dump(exclude={"classified_at"}) == again.model_dump(exclude={"classified_at"})


def test_a_timed_out_event_without_an_error_is_a_transient_timeout(classifier: Classifier) -> None:
    timed_out = event(TaskRunStatus.TIMED_OUT)
    signal = failure_signal(timed_out)
    assert signal.exc_type == TIMEOUT_TYPE
    stored = handle(timed_out, classifier)
    assert stored is not None
    assert (stored.category, stored.strategy, stored.retryable) == ("transient", "retry_with_backoff", True)


def test_a_timed_out_event_with_an_unknown_error_type_is_still_a_timeout(classifier: Classifier) -> None:
    failed = failure_verdict(event(error_type="acme.jobs.StepAborted", error_message="step aborted"), classifier)
    timed_out = failure_verdict(
        event(TaskRunStatus.TIMED_OUT, error_type="acme.jobs.StepAborted", error_message="step aborted"), classifier
    )
    assert failed.category is Category.UNKNOWN
    assert (timed_out.category, timed_out.strategy) == (Category.TRANSIENT, Strategy.RETRY_WITH_BACKOFF)
    assert failure_signal(event(TaskRunStatus.TIMED_OUT, error_type="acme.X")).bases[0] == TIMEOUT_TYPE


def test_a_timed_out_timeout_keeps_its_own_class(classifier: Classifier) -> None:
    timed_out = event(TaskRunStatus.TIMED_OUT, **FAILURES[0])
    assert failure_signal(timed_out) == failure_signal(event(**FAILURES[0]))
    assert failure_verdict(timed_out, classifier).severity is Severity.MEDIUM


@pytest.mark.parametrize(
    "status",
    [s for s in TaskRunStatus if s not in (TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT)],
)
def test_other_statuses_get_no_verdict(classifier: Classifier, status: TaskRunStatus) -> None:
    other = event(status)
    assert not is_failure(other)
    assert handle(other, classifier) is None


def test_failure_tests_accept_models_and_dicts() -> None:
    assert is_failure({"status": "timed_out"}) and is_failure(event(TaskRunStatus.TIMED_OUT))
    assert not is_failure({"status": "success"}) and not is_failure({})
