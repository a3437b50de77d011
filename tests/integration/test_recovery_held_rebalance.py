"""A partition whose held record another member moved past comes back: its commits go on, not back.

The recovery agent keeps a retried timed-out attempt's outcome uncommitted until the run's next
attempt is decided (``HeldRecords``: a restart must read it again). A rebalance gives the partition
to another member, which reads past it and commits; the partition then comes back. The agent kept
its old hold: the run's next attempt had been read by the other member, so nothing here ever
settled it, and every commit of the partition went back to the held record's offset, below what
the group had committed (a restart then re-read and re-decided everything since, for ever).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import timedelta

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from errorflow.agents.recovery import RecoveryCore, RecoveryStats, run_recovery
from errorflow.schemas import AttemptOutcome, RunCommand, TaskRunEvent, TaskRunStatus
from errorflow.schemas.codec import encode
from errorflow.schemas.events import utc_now
from errorflow.schemas.ids import new_id, timed_out_event_id
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics, make_producer
from errorflow.streams.topics import Topics
from tests.integration.recovery_support import group_member

pytestmark = [pytest.mark.integration]

PARTITIONS = 4


def _outcome(root: str, status: TaskRunStatus) -> AttemptOutcome:
    """A first attempt's outcome; a ``timed_out`` one (the watchdog's) is retried and its record held."""
    command = RunCommand(run_id=root, root_run_id=root, operation="held_op", input={"n": 1})
    event = TaskRunEvent(
        run_id=root,
        root_run_id=root,
        attempt=1,
        operation="held_op",
        service="svc",
        status=status,
        occurred_at=utc_now() - timedelta(seconds=1),
        channel="worker",
    )
    if status is TaskRunStatus.TIMED_OUT:
        event = event.model_copy(
            update={
                "event_id": timed_out_event_id(root, 1),
                "error_type": "builtins.TimeoutError",
                "error_message": "the watchdog timed the attempt out",
            }
        )
    return AttemptOutcome(command=command, event=event)


async def _committed(settings: Settings, group: str, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
    reader = AIOKafkaConsumer(bootstrap_servers=settings.kafka.bootstrap, group_id=group, enable_auto_commit=False)
    await reader.start()
    try:
        return {tp: (await reader.committed(tp)) or 0 for tp in tps}
    finally:
        await reader.stop()


async def test_a_partition_coming_back_is_not_pinned_by_a_hold_its_other_owner_moved_past(settings: Settings) -> None:
    settings = settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"partitions": PARTITIONS})})
    attempts = settings.topic(Topics.ATTEMPTS.name)
    group = f"{settings.app_id}-recovery"
    await ensure_topics(settings)
    tps = [TopicPartition(attempts, p) for p in range(PARTITIONS)]
    producer = make_producer(settings, linger_ms=0)
    await producer.start()
    stop = asyncio.Event()
    stats = RecoveryStats()

    async def no_dead_letter(_: object) -> None:
        return None

    agent = asyncio.create_task(
        run_recovery(
            settings, core=RecoveryCore.from_settings(settings), stop=stop, find_dead_letter=no_dead_letter, stats=stats
        )
    )
    deadline = time.monotonic() + 120
    try:
        # One held outcome at offset 0 of every partition (whichever the other member gets, it takes one).
        for tp in tps:
            outcome = _outcome(new_id(), TaskRunStatus.TIMED_OUT)
            await (await producer.send(attempts, encode(outcome), key=outcome.key, partition=tp.partition))
        while stats.retries < PARTITIONS:
            assert not agent.done(), agent
            assert time.monotonic() < deadline, stats
            await asyncio.sleep(0.05)

        # Another member joins, reads past the held record of the partitions it gets, commits, and leaves.
        async with group_member(settings, group, attempts) as other:
            while not other.assignment():
                assert time.monotonic() < deadline, "the other member never got a partition"
                await other.getmany(timeout_ms=200)
            taken = sorted(tp for tp in other.assignment() if tp.topic == attempts)
            await other.commit(dict.fromkeys(taken, 1))
        assert taken

        # The partitions come back; a new record on each: the agent commits past it, not back to the hold.
        before = stats.consumed
        for tp in taken:
            outcome = _outcome(new_id(), TaskRunStatus.SUCCESS)
            await (await producer.send(attempts, encode(outcome), key=outcome.key, partition=tp.partition))
        while stats.consumed < before + len(taken):
            assert not agent.done(), agent
            assert time.monotonic() < deadline, stats
            await asyncio.sleep(0.05)
        committed = await _committed(settings, group, taken)
        while any(offset == 1 for offset in committed.values()):  # the agent's commit of the new record is due
            assert time.monotonic() < deadline, committed
            await asyncio.sleep(0.1)
            committed = await _committed(settings, group, taken)
        assert committed == dict.fromkeys(taken, 2), "the commit went back to a hold the other member moved past"
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(agent, timeout=30)
        await producer.stop()
