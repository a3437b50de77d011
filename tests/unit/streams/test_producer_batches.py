"""make_producer: one partition's batch holds a whole request, so ``send`` does not wait per 16 KiB."""

from __future__ import annotations

from pathlib import Path

from errorflow.settings import Settings
from errorflow.streams.kafka import make_producer


async def test_a_partition_batch_holds_hundreds_of_classifications(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, kafka={"bootstrap": "127.0.0.1:9"})
    producer = make_producer(settings)  # never started: batches are built locally
    try:
        batch = producer.create_batch()
        value = b"x" * 700  # about one classification event
        taken = 0
        while taken < 1000 and batch.append(key=b"run", value=value, timestamp=None) is not None:
            taken += 1
    finally:
        await producer.stop()
    # aiokafka's default batch (16 KiB) takes 22 of these; then send() waits for a broker round trip.
    assert taken == 1000
