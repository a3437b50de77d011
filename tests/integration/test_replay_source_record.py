"""Replay reads a dead letter's full input back only from that dead letter's own record.

The store keeps a dead letter's command input scrubbed and the Kafka position of the
record it came from; replay (``errorflow dlq replay``, and the recovery agent's
write-back) reads the full input there. A topic recreated or reset while the store kept
its rows puts another record at that position: its input belongs to another run, maybe
of another operation, and must never be replayed in this one's name.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.agents.recovery import _with_full_command
from errorflow.cli.recovery import plan_replays, restore_inputs
from errorflow.schemas import RunCommand, utc_now
from errorflow.schemas.codec import encode
from errorflow.schemas.recovery import DeadLetter
from errorflow.sdk import REDACTED
from errorflow.sdk.scrub import Scrubber
from errorflow.settings import Settings
from errorflow.sinks.rows import dlq_row
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics

pytestmark = pytest.mark.integration


def _letter(dlq_id: str, operation: str, password: str) -> DeadLetter:
    now = utc_now()
    command = RunCommand(operation=operation, input={"account": dlq_id, "password": password})
    return DeadLetter(
        dlq_id=dlq_id,
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=1,
        operation=operation,
        service="svc",
        command=command,
        reason="not_retryable",
        category="permanent",
        first_failed_at=now - timedelta(seconds=1),
    )


async def _publish(settings: Settings, letters: list[DeadLetter]) -> list[tuple[int, int]]:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        topic = settings.topic(Topics.DLQ.name)
        sent = [await (await producer.send(topic, encode(letter), partition=0)) for letter in letters]
        return [(meta.partition, meta.offset) for meta in sent]
    finally:
        await producer.stop()


def test_a_record_of_another_dead_letter_at_the_stored_position_gives_no_input(settings: Settings) -> None:
    ours = _letter("dlq-ours", "sync_account", "pw-ours")
    other = _letter("dlq-other", "delete_account", "pw-other")
    asyncio.run(ensure_topics(settings))
    (_, ours_offset), (_, other_offset) = asyncio.run(_publish(settings, [ours, other]))
    position = {"source_topic": settings.topic(Topics.DLQ.name), "source_partition": 0, "source_offset": ours_offset}
    row = dlq_row(ours, scrubber=Scrubber()) | {"state": "new"} | position
    assert '"password":"***REDACTED***"' in row["command"]

    # Its own record gives the full input back.
    (own,) = restore_inputs(settings, plan_replays([row], now=utc_now(), user="ops"))
    assert own.command is not None and own.command.input == {"account": "dlq-ours", "password": "pw-ours"}

    # Another dead letter's record at the stored position (the topic was recreated): a skip, not its input.
    moved = dict(row, source_offset=other_offset)
    (skipped,) = restore_inputs(settings, plan_replays([moved], now=utc_now(), user="ops"))
    assert skipped.command is None and "--input" in skipped.skipped and "dlq-other" in skipped.skipped

    # The recovery agent's read-back keeps the scrubbed command rather than take the other's.
    assert ours.command is not None
    scrubbed = ours.command.model_copy(update={"input": Scrubber().scrub_input(ours.command.input)})
    letter = ours.model_copy(update={"command": scrubbed})
    kept = asyncio.run(_with_full_command(settings, letter, moved))
    assert kept.command is not None and kept.command.input["password"] == REDACTED
    assert kept.command.operation == "sync_account"
    restored = asyncio.run(_with_full_command(settings, letter, row)).command
    assert restored is not None and restored.input["password"] == "pw-ours"
    assert ours_offset != other_offset


def test_a_record_past_its_partitions_end_is_a_skip_at_once(settings: Settings) -> None:
    # The store kept a position the topic no longer has (recreated, or the embedded broker's data dir wiped):
    # the read waited its whole 15 s for a record that could not come, per entry, before the progress bar
    # of a bulk replay even started (100 such entries: 25 minutes of silence).
    import time

    ours = _letter("dlq-gone", "sync_account", "pw-gone")
    asyncio.run(ensure_topics(settings))
    [(_, offset)] = asyncio.run(_publish(settings, [ours]))
    position = {"source_topic": settings.topic(Topics.DLQ.name), "source_partition": 0, "source_offset": offset + 5}
    row = dlq_row(ours, scrubber=Scrubber()) | {"state": "new"} | position
    started = time.monotonic()
    (skipped,) = restore_inputs(settings, plan_replays([row], now=utc_now(), user="ops"))
    assert skipped.command is None and "--input" in skipped.skipped and "gone" in skipped.skipped
    assert time.monotonic() - started < 5
