"""Shared helpers for the benchmarks: an embedded broker, event generation, timing."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from aiokafka import AIOKafkaProducer

from errorflow.embedded.tansu import TansuBroker
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode

ERRORS = [
    ("builtins.TimeoutError", "Read timed out. (read timeout=10)"),
    (
        "requests.exceptions.ConnectionError",
        "HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded",
    ),
    ("builtins.OSError", "[Errno 28] No space left on device"),
    (
        "pydantic_core._pydantic_core.ValidationError",
        "1 validation error for Input\nage\n  Input should be a valid integer",
    ),
    ("builtins.PermissionError", "[Errno 13] Permission denied: '/srv/data'"),
]


def make_events(count: int, *, seed: int = 7, failure_rate: float = 0.2) -> list[bytes]:
    """About 400-byte TaskRun events, a share of them failed."""
    rng = random.Random(seed)
    values = []
    for n in range(count):
        failed = rng.random() < failure_rate
        error_type, message = ERRORS[n % len(ERRORS)] if failed else (None, None)
        event = TaskRunEvent(
            run_id=f"run-{n}",
            root_run_id=f"run-{n}",
            operation=f"op_{n % 17}",
            service=f"svc-{n % 5}",
            dependency=f"dep-{n % 7}",
            status=TaskRunStatus.FAILED if failed else TaskRunStatus.SUCCESS,
            error_type=error_type,
            error_message=message,
            input_dump={"page": n % 50, "source": "bench"},
            execution_time_s=rng.random(),
        )
        values.append(encode(event))
    return values


async def produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    """Produce values quickly with create_batch/send_batch per partition."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_batch_size=1 << 20)
    await producer.start()
    try:
        partitions = sorted(await producer.partitions_for(topic))
        futures = []
        for p_index, partition in enumerate(partitions):
            chunk = values[p_index :: len(partitions)]
            batch = producer.create_batch()
            for value in chunk:
                if batch.append(key=None, value=value, timestamp=None) is None:
                    futures.append(await producer.send_batch(batch, topic, partition=partition))
                    batch = producer.create_batch()
                    batch.append(key=None, value=value, timestamp=None)
            futures.append(await producer.send_batch(batch, topic, partition=partition))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


@contextmanager
def broker() -> Iterator[str]:
    """A Tansu broker for the benchmark's lifetime."""
    with TansuBroker() as tansu:
        yield tansu.bootstrap


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def now() -> float:
    return time.perf_counter()


class CpuMeter:
    """CPU seconds of named processes (from /proc) over a phase, as shares of one core."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.tick = os.sysconf("SC_CLK_TCK")
        self.start: dict[str, float] = {}
        self.started = 0.0

    def _read(self) -> dict[str, float]:
        found = {}
        for name, pid in self.pids.items():
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                found[name] = (int(fields[11]) + int(fields[12])) / self.tick
        return found

    def begin(self) -> None:
        self.start, self.started = self._read(), time.monotonic()

    def shares(self) -> str:
        end, wall = self._read(), time.monotonic() - self.started
        cells = [f"{name} {(end[name] - self.start[name]) / wall:.2f}" for name in end if name in self.start]
        return f"cores used over {wall:.1f} s: " + ", ".join(cells) + f"; load average {os.getloadavg()[0]:.1f}"
