"""A replay's outcome that cannot be written back never costs the replay run its own terminal records.

The recovery agent (real Tansu, real chDB) decides on a failed replay run and looks the
replayed run's dead letter up in ``dlq_current`` to write the outcome back. When that
lookup raises (here: the row was written by a newer errorflow, ``schema_version`` 2,
which this version's model refuses), the run's own ``dead_lettered`` action and dead
letter still go out, and the write-back is quarantined once, never dropped silently.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import pytest

from errorflow.agents.recovery import RecoveryCore, run_recovery, store_dead_letter_lookup
from errorflow.schemas import AttemptOutcome, DeadLetter, RunCommand, TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.schemas.recovery import RecoveryActionEvent
from errorflow.settings import Settings
from errorflow.sinks.rows import dlq_row
from errorflow.sinks.store import ChdbStore
from errorflow.streams.kafka import ensure_topics, make_producer
from errorflow.streams.topics import Topics
from tests.integration.helpers import consume_all

pytestmark = [pytest.mark.integration]

AT = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


async def test_a_write_back_that_fails_keeps_the_replay_runs_dead_letter(
    settings: Settings, migrated: ChdbStore, database: str
) -> None:
    # The process's one chDB engine (the sinks tests' session fixture) holds this test's database:
    # chDB opens one path per process, so a store of its own would clash with the other tests'.
    settings = settings.model_copy(update={"clickhouse": settings.clickhouse.model_copy(update={"database": database})})
    store = migrated
    await ensure_topics(settings)
    executor = ThreadPoolExecutor(max_workers=1)
    original = DeadLetter(
        run_id="orig-run",
        root_run_id="orig-run",
        attempt=1,
        operation="sync_crm",
        service="crm",
        reason="permanent",
        category="permanent",
        first_failed_at=AT,
        dead_lettered_at=AT,
    )
    newer = {**dlq_row(original), "schema_version": 2}  # a newer writer's row
    await asyncio.get_running_loop().run_in_executor(executor, lambda: store.insert_rows("dlq_entries", [newer]))

    replay = RunCommand(reason="replay", operation="sync_crm", input={"account": 7}, replayed_from="orig-run")
    failed = TaskRunEvent(
        run_id=replay.run_id,
        root_run_id=replay.root_run_id,
        replayed_from="orig-run",
        operation="sync_crm",
        service="crm",
        status=TaskRunStatus.FAILED,
        error_type="builtins.PermissionError",
        error_message="[Errno 13] Permission denied: '/crm/accounts/7'",
        channel="worker",
    )
    producer = make_producer(settings)
    await producer.start()
    try:
        outcome = AttemptOutcome(command=replay, event=failed)
        await (await producer.send(settings.topic(Topics.ATTEMPTS.name), encode(outcome), key=outcome.key))
    finally:
        await producer.stop()

    stop = asyncio.Event()
    core = RecoveryCore.from_settings(settings)
    find = store_dead_letter_lookup(store, database=database, executor=executor, settings=settings)
    agent = asyncio.create_task(run_recovery(settings, core=core, stop=stop, find_dead_letter=find))
    bootstrap = settings.kafka.bootstrap
    assert bootstrap is not None
    try:
        quarantined = await consume_all(bootstrap, settings.topic(Topics.QUARANTINE.name), expect=1, timeout_s=60)
        letters = await consume_all(bootstrap, settings.topic(Topics.DLQ.name), expect=1, timeout_s=30)
        actions = await consume_all(bootstrap, settings.topic(Topics.RECOVERY.name), expect=1, timeout_s=30)
    finally:
        stop.set()
        await asyncio.wait_for(agent, timeout=60)
        executor.shutdown()

    assert len(quarantined) == 1
    record = decode(quarantined[0][1], QuarantineRecord)
    assert record.source_topic == settings.topic(Topics.ATTEMPTS.name) and record.detected_by == "recovery"
    assert [decode(value, DeadLetter).root_run_id for _, value, _ in letters] == [replay.root_run_id]
    assert [decode(value, RecoveryActionEvent).action for _, value, _ in actions] == ["dead_lettered"]
