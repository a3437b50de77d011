"""CommitPipeline: a batch's offsets are committed after its records are acknowledged, in batch order."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from errorflow.streams.kafka import CommitPipeline, TopicPartition

A = TopicPartition("events", 0)
B = TopicPartition("events", 1)


async def _let_tasks_run() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


class FakeConsumer:
    """Records commits; owns the partitions it is given (the pipeline's only view of a consumer)."""

    def __init__(self, assigned: set[TopicPartition]) -> None:
        self.assigned = assigned
        self.commits: list[dict[TopicPartition, int]] = []

    def assignment(self) -> set[TopicPartition]:
        return self.assigned

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.commits.append(dict(offsets))


async def test_commits_wait_for_acknowledgements_and_keep_batch_order() -> None:
    consumer = FakeConsumer({A, B})
    commits = CommitPipeline(consumer)  # type: ignore[arg-type]
    loop = asyncio.get_running_loop()
    first: asyncio.Future[Any] = loop.create_future()
    second: asyncio.Future[Any] = loop.create_future()
    second.set_result(None)
    await commits.add([first], {A: 10})
    await commits.add([second], {A: 20, B: 5})
    await _let_tasks_run()
    assert consumer.commits == []  # the second batch is acknowledged, but the first is not
    first.set_result(None)
    await commits.drain()
    assert consumer.commits == [{A: 10}, {A: 20, B: 5}]


async def test_nothing_after_a_failed_batch_is_committed_and_the_failure_is_raised() -> None:
    consumer = FakeConsumer({A})
    commits = CommitPipeline(consumer)  # type: ignore[arg-type]
    loop = asyncio.get_running_loop()
    failed: asyncio.Future[Any] = loop.create_future()
    failed.set_exception(OSError("broker gone"))
    await commits.add([], {A: 1})
    await commits.add([failed], {A: 2})
    await commits.add([], {A: 3})
    with pytest.raises(OSError, match="broker gone"):
        await commits.drain()
    await commits.cancel()
    assert consumer.commits == [{A: 1}]


async def test_partitions_no_longer_assigned_are_not_committed() -> None:
    consumer = FakeConsumer({A})
    commits = CommitPipeline(consumer)  # type: ignore[arg-type]
    await commits.add([], {A: 4, B: 9})
    await commits.drain()
    assert consumer.commits == [{A: 4}]


async def test_at_most_max_pending_batches_wait() -> None:
    consumer = FakeConsumer({A})
    commits = CommitPipeline(consumer, max_pending=2)  # type: ignore[arg-type]
    loop = asyncio.get_running_loop()
    gate: asyncio.Future[Any] = loop.create_future()
    await commits.add([gate], {A: 1})
    await commits.add([], {A: 2})
    third = asyncio.create_task(commits.add([], {A: 3}))
    await _let_tasks_run()
    assert not third.done()  # waits for the oldest batch
    gate.set_result(None)
    await third
    await commits.drain()
    assert consumer.commits == [{A: 1}, {A: 2}, {A: 3}]


async def test_an_input_whose_record_is_refused_for_good_is_quarantined_before_its_batch_is_committed() -> None:
    from types import SimpleNamespace

    from aiokafka.errors import KafkaTimeoutError, MessageSizeTooLargeError

    consumer = FakeConsumer({A})
    quarantined: list[tuple[int, int]] = []  # (input offset, commits made when it was quarantined)

    async def quarantine(refused: list[Any]) -> None:
        quarantined.extend((r.message.offset, len(consumer.commits)) for r in refused)

    commits = CommitPipeline(consumer, quarantine=quarantine)  # type: ignore[arg-type]
    loop = asyncio.get_running_loop()
    delivered: asyncio.Future[Any] = loop.create_future()
    delivered.set_result(None)
    refused: asyncio.Future[Any] = loop.create_future()
    refused.set_exception(MessageSizeTooLargeError())
    good, bad = SimpleNamespace(offset=0, key=None, value=b""), SimpleNamespace(offset=1, key=None, value=b"")
    await commits.add(
        [delivered, refused], {A: 2}, [(A, good, "out", None, b"v", None), (A, bad, "out", None, b"v" * 9, None)]
    )
    await commits.drain()
    assert quarantined == [(1, 0)] and consumer.commits == [{A: 2}]

    away: asyncio.Future[Any] = loop.create_future()
    away.set_exception(KafkaTimeoutError())
    again: asyncio.Future[Any] = loop.create_future()
    again.set_exception(MessageSizeTooLargeError())
    await commits.add(
        [again, away], {A: 4}, [(A, bad, "out", None, b"v" * 9, None), (A, good, "out", None, b"v", None)]
    )
    with pytest.raises(KafkaTimeoutError):  # a broker away: nothing quarantined, nothing committed
        await commits.drain()
    assert quarantined == [(1, 0)] and consumer.commits == [{A: 2}]
