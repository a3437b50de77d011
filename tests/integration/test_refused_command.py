"""A retry command Kafka refuses for good dead-letters its run, once: the run ends visibly, it is not left hanging.

The recovery agent decides a retry of a runner's failed attempt whose input is large; the broker (a relay in
front of Tansu answering produce requests over a size with MESSAGE_TOO_LARGE, :meth:`NetCut.limit`, set once
the outcome is on its topic) refuses the retry command. Before, the outcome was quarantined
(``refused_by_kafka``) and the run had no terminal state: no retry, no dead letter, nothing to replay. Now the
quarantine record still says which record was refused, and the run is dead-lettered with reason
``command_refused`` (a dead letter that fits: without the input, which the original-record headers point to),
once, also after the agent restarts.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.recovery import RecoveryCore, RecoveryStats, run_recovery
from errorflow.schemas import AttemptOutcome, RunCommand, TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.schemas.recovery import DeadLetter, RecoveryActionEvent
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics
from tests.integration.conftest import _stack_settings
from tests.integration.netcut import broker_behind_a_cut
from tests.integration.test_refused_derived import no_dead_letter, read, until

pytestmark = pytest.mark.integration

LIMIT = 20_000
"""Produce requests over this are refused: the retry command carries the 30 kB input, its action does not."""


def big_outcome() -> AttemptOutcome:
    command = RunCommand(operation="import_rows", input={"rows": "r" * 30_000})
    failed = TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        operation="import_rows",
        service="importer",
        status=TaskRunStatus.FAILED,
        error_type="builtins.TimeoutError",
        error_message="Read timed out.",
        input_dump={"rows": "r" * 30_000},
        channel="worker",
    )
    return AttemptOutcome(command=command, event=failed)


async def scenario(relay: Any, settings: Settings, outcome: AttemptOutcome) -> tuple[RecoveryStats, RecoveryStats]:
    await ensure_topics(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all", max_request_size=4_000_000)
    await producer.start()
    try:
        topic = settings.topic(Topics.ATTEMPTS.name)
        await producer.send_and_wait(topic, encode(outcome), key=outcome.key, partition=0)
    finally:
        await producer.stop()
    relay.limit(LIMIT)
    runs = []
    for _ in range(2):  # the second run is a restart: it must not read the outcome again
        stats, stop = RecoveryStats(), asyncio.Event()
        core = RecoveryCore.from_settings(settings)
        task = asyncio.create_task(
            run_recovery(settings, core=core, stop=stop, find_dead_letter=no_dead_letter, stats=stats)
        )
        if not runs:
            await until(lambda stats=stats: stats.refused == 1, task, "the refused command's outcome settled")
        else:
            await asyncio.sleep(5.0)
        stop.set()
        await task
        runs.append(stats)
    return runs[0], runs[1]


def test_a_retry_command_kafka_refuses_for_good_dead_letters_its_run_once(tmp_path: Path) -> None:
    outcome = big_outcome()
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _stack_settings(relay.bootstrap, tmp_path / "data")
        first, second = asyncio.run(scenario(relay, settings, outcome))
        quarantined = [decode(v, QuarantineRecord) for v in asyncio.run(read(settings, Topics.QUARANTINE, 1))]
        letters = [decode(v, DeadLetter) for v in asyncio.run(read(settings, Topics.DLQ, 1))]
        actions = [decode(v, RecoveryActionEvent) for v in asyncio.run(read(settings, Topics.RECOVERY, 2))]
    assert relay.refused > 0
    assert (first.refused, second.consumed) == (1, 0)  # committed: a restart does not read it again
    (record,) = quarantined  # which record Kafka refused, and why
    assert (record.detected_by, record.reason) == ("recovery", "refused_by_kafka")
    assert "MessageSizeTooLarge" in record.detail, record.detail
    (letter,) = letters  # the run ends visibly, once
    assert (letter.root_run_id, letter.reason, letter.attempt) == (outcome.event.root_run_id, "command_refused", 1)
    assert "refused for good by Kafka" in (letter.detail or "") and letter.category == "transient"
    by_action = sorted((a.action, a.reason) for a in actions)
    assert by_action == [("dead_lettered", "command_refused"), ("retry_scheduled", "backoff")], by_action
    (dead,) = (a for a in actions if a.action == "dead_lettered")
    assert dead.dlq_id == letter.dlq_id
    # The full dead letter (with the 30 kB input) was refused as well: the one taken has no command, and its
    # original-record headers name the outcome the command is in (here the outcome record itself).
    assert letter.command is None and letter.input_dump == {}
