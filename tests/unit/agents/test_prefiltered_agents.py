"""The agents behind their byte-level pre-filters: an escaped failure is acted on; what is skipped changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import orjson
import pytest

from errorflow.agents import watchdog
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


def _fold(state: watchdog.WatchdogState, offset: int, value: bytes) -> None:
    watchdog._fold_one(
        state, EVENTS, 0, Message(offset, value), commands_topic="p.taskruns.commands", settings=Settings(), at=T0
    )


def test_the_watchdog_skips_what_cannot_be_a_sign_of_life_only_while_it_holds_nothing() -> None:
    state = watchdog.WatchdogState()
    _fold(state, 0, b"not json at all")  # skipped unread: nothing held, cannot be a sign of life
    _fold(state, 1, encode(_event(TaskRunStatus.FAILED)))
    assert state.consumed == {(EVENTS, 0): 2} and not state.open
    # An escaped sign of life with a limit opens an attempt...
    _fold(state, 2, _escaped(_event(TaskRunStatus.RUNNING, heartbeat_timeout_s=5.0)))
    assert list(state.open) == ["run-1:1"]
    # ...and while one is held, its end is read and ends it.
    _fold(state, 3, encode(_event(TaskRunStatus.SUCCESS)))
    assert not state.open and "run-1:1" in state.ended and state.consumed == {(EVENTS, 0): 4}


def test_the_breaker_feed_counts_escaped_outcomes_and_skips_runs_without_a_dependency() -> None:
    configs = BreakerConfigSet()
    values = [
        _escaped(_event(TaskRunStatus.SUCCESS, dependency="crm")),
        _escaped(_event(TaskRunStatus.FAILED, dependency="crm"), field="dependency"),
        encode(_event(TaskRunStatus.FAILED)),  # no dependency: skipped unread
        encode(_event(TaskRunStatus.RUNNING, dependency="crm")),
    ]
    outcomes, seen, rejected = aggregate_events(values, configs)
    assert seen == 4 and rejected == 0
    assert (outcomes["crm"].successes, outcomes["crm"].failures) == (1, 1) and list(outcomes) == ["crm"]


def _reference_fold(state: watchdog.WatchdogState, offset: int, value: bytes) -> None:
    """The watchdog's fold without its pre-filter: every record decoded (the behaviour the filter must keep)."""
    from errorflow.errors import MalformedEventError
    from errorflow.schemas.codec import decode
    from errorflow.schemas.wire import check_event

    wire = check_event(value)
    if wire is not None:
        state.observe_event(wire, topic=EVENTS, partition=0, offset=offset, now=T0, raw=value)
        return
    try:
        event = decode(value, TaskRunEvent)
    except MalformedEventError:
        state.skip(topic=EVENTS, partition=0, offset=offset)
        return
    state.observe_event(event, topic=EVENTS, partition=0, offset=offset, now=T0)


def _terminal_spellings(root: str) -> list[bytes]:
    """A terminal event of ``root`` written as hostile producers may: the root spelled every odd way."""
    event = orjson.loads(encode(_event(TaskRunStatus.SUCCESS, root_run_id=root, attempt=1)))
    plain = orjson.dumps(event)
    root_json = orjson.dumps(root)
    return [
        plain,
        plain.replace(b'"root_run_id":', b'"root_run_id" :\n\t'),
        plain.replace(b'"root_run_id":' + root_json, b'"root_run_id":"\\u' + b"%04x" % ord(root[0]) + root_json[2:]),
        plain.replace(b'"root_run_id":', b'"root\\u005frun_id":'),
        plain.replace(b'"root_run_id":' + root_json, b'"root_run_id":"other","root_run_id":' + root_json),
        plain.replace(b'"root_run_id":' + root_json, b'"root_run_id":' + root_json + b',"root_run_id":"other"'),
        orjson.dumps(event | {"error_message": 'see "root_run_id":"other"', "input_dump": {"root_run_id": "x"}}),
        orjson.dumps({"root_run_id": event.pop("root_run_id"), **event}),
        plain.replace(b'"root_run_id":' + root_json, b'"root_run_id":' + orjson.dumps(root + '"q')),
        plain + b" ",
        b"not json " + root.encode(),
    ]


def test_the_watchdog_decodes_every_terminal_event_of_a_root_it_holds_a_command_for() -> None:
    from errorflow.schemas import RunCommand

    commands = [RunCommand(operation="op", input={}, root_run_id=root, run_id=f"{root}-run") for root in ("r:1", "r2")]
    for root in ("r:1", "r2", "r3", 'r"4', "r\\5", "r\u00e96"):
        for offset, value in enumerate(_terminal_spellings(root)):
            filtered, reference = watchdog.WatchdogState(), watchdog.WatchdogState()
            for state in (filtered, reference):
                for n, command in enumerate(commands):
                    state.observe_command(command, topic="p.taskruns.commands", partition=0, offset=n, now=T0)
            watchdog._observe(
                filtered,
                EVENTS,
                0,
                [Message(offset, value)],
                commands_topic="p.taskruns.commands",
                settings=Settings(),
                stats=watchdog.WatchdogStats(),
                at=T0,
            )
            _reference_fold(reference, offset, value)
            assert (filtered.commands.keys(), filtered.consumed, filtered.ended) == (
                reference.commands.keys(),
                reference.consumed,
                reference.ended,
            ), (root, value)
            assert filtered.held_roots == {k.rpartition(":")[0]: 1 for k in filtered.commands}
    # And it really skips: a terminal event of a root it holds nothing for is not decoded.
    state = watchdog.WatchdogState()
    state.observe_command(commands[1], topic="p.taskruns.commands", partition=0, offset=0, now=T0)
    assert not state.needs(encode(_event(TaskRunStatus.FAILED, root_run_id="r3")))
    assert state.needs(encode(_event(TaskRunStatus.FAILED, root_run_id="r2")))
