"""An attempt's outcome always fits a Kafka record: a bulk saga of 10,000 items is still decided (no I/O).

The runner's ``AttemptOutcome`` holds the command, the attempt's final event and every saga step not
compensated yet. A bulk operation of 10,000 items registering an undo per item (a 130 kB command) gave a
1.47 MB outcome: over ``kafka.max_message_bytes``, the emitter set it aside (a log line), and recovery never
saw the attempt: no retry, no compensation, no dead letter.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from errorflow.agents.recovery import RecoveryCore
from errorflow.classify import Classifier
from errorflow.errors import BulkOperationError
from errorflow.healing.liveness import WorkSlot
from errorflow.recovery import PolicySet, RetrySchedule
from errorflow.runner.worker import _attempt
from errorflow.schemas import AttemptOutcome, RecordPosition, RunCommand, decode
from errorflow.schemas.codec import encode
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.sdk import MemoryEmitter, OperationRegistry, compensate, compensation, configure, operation, shutdown
from errorflow.sdk.runtime import Runtime
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

ITEMS = [f"job-{n:06d}" for n in range(10_000)]


@compensation("unit_undo_item")
def undo_item(item: str) -> None:
    """Nothing to undo in a unit test."""


@operation(name="unit_bulk_saga", compensate_on="final", register=False)
async def bulk_saga(items: list[str]) -> None:
    errors = []
    for index, item in enumerate(items):
        if index % 10 == 0:
            errors.append({"index": index, "error": "Connection reset by peer", "error_type": "builtins.OSError"})
        else:
            compensate("unit_undo_item", item=item)  # the item's change was made: register its undo
    raise BulkOperationError("some items failed", error_list=errors, success_count=len(items) - len(errors))


@pytest.fixture
def rt() -> Iterator[Runtime]:
    yield configure(Settings(), emitter=MemoryEmitter(), service="unit-runner")
    shutdown()


def run_attempt(rt: Runtime, command: RunCommand) -> dict[str, list[bytes]]:
    registry = OperationRegistry()
    registry.register(bulk_saga.__errorflow_operation__)  # type: ignore[attr-defined]
    message = SimpleNamespace(
        topic=rt.settings.topic(Topics.COMMANDS.name),
        partition=3,
        offset=41,
        timestamp=time.time(),
        key=command.key,
        value=encode(command),
    )
    asyncio.run(
        _attempt(
            command,
            message,
            registry=registry,
            rt=rt,
            defer=lambda *_: None,
            group="unit-runner",
            settings=rt.settings,
            slot=WorkSlot(time.monotonic),
        )
    )
    assert isinstance(rt.emitter, MemoryEmitter)
    by_topic: dict[str, list[bytes]] = {}
    for record in rt.emitter.records:
        by_topic.setdefault(record.topic, []).append(record.value)
    return by_topic


def test_the_outcome_of_a_bulk_saga_of_ten_thousand_items_fits_and_is_decided(rt: Runtime) -> None:
    command = RunCommand(operation="unit_bulk_saga", input={"items": ITEMS})
    records = run_attempt(rt, command)
    [value] = records[rt.settings.topic(Topics.ATTEMPTS.name)]
    assert len(value) + len(command.key) <= rt.settings.kafka.max_message_bytes
    outcome = decode(value, AttemptOutcome)
    assert outcome.command == command and outcome.event.run_id == command.run_id
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    handled = core.handle_outcome(outcome, source=RecordPosition(topic="t", partition=0, offset=1))
    assert isinstance(handled.decision, RetrySchedule)  # decided: retried like any transient bulk failure
    [retry] = [record.model for record in handled.records if isinstance(record.model, RunCommand)]
    assert retry.input == {"items": ITEMS[::10]}  # the event kept its item errors: only the failed items again
    # The 9,000 steps could not travel with it: one quarantine record at the command's place says so.
    [quarantined] = [decode(v, QuarantineRecord) for v in records[rt.settings.topic(Topics.QUARANTINE.name)]]
    assert quarantined.detected_by == "runner" and quarantined.reason == "outcome_too_large"
    assert (quarantined.source_partition, quarantined.source_offset) == (3, 41)
    assert "9000 compensation step(s)" in quarantined.detail and command.idempotency_key in quarantined.detail


def test_an_outcome_within_the_limit_is_sent_as_it_is(rt: Runtime) -> None:
    command = RunCommand(operation="unit_bulk_saga", input={"items": ITEMS[:100]})
    records = run_attempt(rt, command)
    [value] = records[rt.settings.topic(Topics.ATTEMPTS.name)]
    outcome = decode(value, AttemptOutcome)
    assert len(outcome.compensations) == 90 and len(outcome.event.error_list) == 10
    assert rt.settings.topic(Topics.QUARANTINE.name) not in records
