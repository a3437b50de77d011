"""The classifier and recovery behind their byte pre-filters: an escaped failure is acted on, other records skipped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import orjson
import pytest

from errorflow.agents.breakers import aggregate_events
from errorflow.agents.classifier import ClassifierStats, classify_records
from errorflow.agents.recovery import RecoveryCore, RecoveryStats, _handle_message
from errorflow.breakers import BreakerConfigSet
from errorflow.classify import Classifier
from errorflow.recovery import PolicySet
from errorflow.schemas import RecordPosition, TaskRunEvent, TaskRunStatus, encode
from errorflow.settings import Settings

T0 = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
EVENTS = "p.taskruns.events"


@dataclass(frozen=True)
class Partition:
    topic: str
    partition: int


@dataclass
class Message:
    offset: int
    value: bytes
    key: bytes | None = b"root-1"
    timestamp: int = 0


def _event(status: TaskRunStatus, **fields: object) -> TaskRunEvent:
    base: dict[str, object] = {
        "run_id": "run-1",
        "root_run_id": "root-1",
        "operation": "sync_crm",
        "service": "svc",
        "status": status,
        "occurred_at": T0,
        "channel": "direct",
        "error_type": "builtins.TimeoutError" if status is TaskRunStatus.FAILED else None,
        "error_message": "Read timed out" if status is TaskRunStatus.FAILED else None,
    }
    return TaskRunEvent(**(base | fields))  # type: ignore[arg-type]


def _escaped(event: TaskRunEvent, *, field: str = "status") -> bytes:
    """The event with the first letter of ``field``'s value written as a ``\\u`` escape (valid JSON, same event)."""
    value = orjson.loads(encode(event))[field]
    plain = orjson.dumps(value)
    escaped = b'"\\u%04x' % ord(value[0]) + plain[2:]
    raw = encode(event).replace(b'"' + field.encode() + b'":' + plain, b'"' + field.encode() + b'":' + escaped, 1)
    assert orjson.loads(raw) == orjson.loads(encode(event)) and raw != encode(event)
    return raw


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_settings()


def test_an_escaped_failure_is_classified(classifier: Classifier) -> None:
    failed = _event(TaskRunStatus.FAILED)
    stats = ClassifierStats()
    done = classify_records(
        {Partition(EVENTS, 0): [Message(0, _escaped(failed)), Message(1, encode(_event(TaskRunStatus.SUCCESS)))]},
        settings=Settings(),
        classifier=classifier,
        stats=stats,
    )
    assert [orjson.loads(value)["failed_event_id"] for _, _, value in done.records] == [failed.event_id]
    assert done.offsets == {Partition(EVENTS, 0): 2}


def test_an_escaped_direct_failure_gets_a_recovery_decision(classifier: Classifier) -> None:
    core = RecoveryCore(classifier=classifier, policies=PolicySet())
    stats = RecoveryStats()
    for raw in (_escaped(_event(TaskRunStatus.FAILED)), _escaped(_event(TaskRunStatus.FAILED), field="channel")):
        handled = _handle_message(
            core,
            Message(0, raw),
            source=RecordPosition(topic=EVENTS, partition=0, offset=0),
            attempts_topic="p.taskruns.attempts",
            max_bytes=1_000_000,
            stats=stats,
        )
        assert not isinstance(handled, Exception) and getattr(handled, "decision", None) is not None
    # A failure of another channel is skipped unread, as the decoded event was ignored before.
    worker = _handle_message(
        core,
        Message(0, encode(_event(TaskRunStatus.FAILED, channel="worker"))),
        source=RecordPosition(topic=EVENTS, partition=0, offset=0),
        attempts_topic="p.taskruns.attempts",
        max_bytes=1_000_000,
        stats=stats,
    )
    assert getattr(worker, "decision", "x") is None and getattr(worker, "records", None) == []
    assert stats.direct_failures == 2


def test_the_breaker_feed_counts_escaped_outcomes_and_not_runs_without_a_dependency() -> None:
    configs = BreakerConfigSet()
    values = [
        _escaped(_event(TaskRunStatus.SUCCESS, dependency="crm")),
        _escaped(_event(TaskRunStatus.FAILED, dependency="crm"), field="dependency"),
        encode(_event(TaskRunStatus.FAILED)),  # no dependency: not an outcome of one
        encode(_event(TaskRunStatus.RUNNING, dependency="crm")),
    ]
    outcomes, seen, rejected = aggregate_events(values, configs)
    assert seen == 4 and rejected == 0
    assert (outcomes["crm"].successes, outcomes["crm"].failures) == (1, 1) and list(outcomes) == ["crm"]
