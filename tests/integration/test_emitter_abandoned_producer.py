"""A producer dropped while its broker is gone leaves nothing running behind it (real Tansu, aiokafka).

aiokafka's ``stop()`` waits for the records it holds to be delivered; cut short by the
emitter's timeout, it had closed neither its sender task nor its client's metadata task,
which went on trying the vanished broker in the emitter's loop: one pair more per outage.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from errorflow.embedded.tansu import TansuBroker
from errorflow.sdk import KafkaEmitter
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics

pytestmark = pytest.mark.integration


def test_a_producer_dropped_after_its_broker_vanished_leaves_no_task_behind(tmp_path: Path) -> None:
    emitter = KafkaEmitter(bootstrap=None, spool_dir=tmp_path / "spool", request_timeout_s=1.0)
    emitter.close(timeout_s=5)  # its own thread idle: this test drives the producer in a loop of its own

    async def outage() -> list[str]:
        broker = TansuBroker().start()
        try:
            await ensure_topics(Settings(kafka={"bootstrap": broker.bootstrap}), ["gone"])
            emitter.bootstrap = broker.bootstrap
            producer = await emitter._connect()
            assert producer is not None
            await (await producer.send("gone", b"delivered"))
        finally:
            broker.stop()
        pending = [await producer.send("gone", f"held-{n}".encode()) for n in range(5)]
        await emitter._drop(producer)
        await asyncio.sleep(1.0)  # a task left running would still be there, retrying
        for future in pending:  # their failure is the emitter's business (spooled): retrieve it quietly
            if future.done() and not future.cancelled():
                future.exception()
        current = asyncio.current_task()
        return sorted(task.get_coro().__qualname__ for task in asyncio.all_tasks() if task is not current)

    assert asyncio.run(outage()) == []
