"""Helpers for integration tests: consume a topic, poll a condition."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from errorflow.children import spawn
from errorflow.settings import Settings

if TYPE_CHECKING:
    from tests.integration.conftest import RunningStack

T = TypeVar("T")


async def consume_all(
    bootstrap: str, topic: str, *, expect: int, timeout_s: float = 30.0
) -> list[tuple[bytes | None, bytes, dict[str, bytes]]]:
    """Read a topic from the beginning until ``expect`` records arrived (or the timeout)."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    records: list[tuple[bytes | None, bytes, dict[str, bytes]]] = []
    deadline = time.monotonic() + timeout_s
    try:
        while len(records) < expect and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=200)
            for messages in batches.values():
                records.extend((m.key, m.value, dict(m.headers)) for m in messages)
        # Give stragglers (duplicates we must not have) a moment to show up.
        extra = await consumer.getmany(timeout_ms=500)
        for messages in extra.values():
            records.extend((m.key, m.value, dict(m.headers)) for m in messages)
    finally:
        await consumer.stop()
    return records


async def consume_to_end(bootstrap: str, topic: str, *, timeout_s: float = 30.0) -> list[bytes]:
    """Read a topic from the beginning up to its end offsets at the time of the call (the values).

    For a test that counts what is on a topic now (duplicates included) without knowing how many
    records to wait for: :func:`consume_all` waits its whole timeout when fewer than ``expect`` came.
    """
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    await consumer.start()
    values: list[bytes] = []
    try:
        await consumer.topics()  # metadata, so the topic's partitions are known
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            return values
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        deadline = time.monotonic() + timeout_s
        while True:
            positions = [await consumer.position(tp) for tp in ends]
            if all(position >= end for position, end in zip(positions, ends.values(), strict=True)):
                break
            assert time.monotonic() < deadline, f"{topic} not read to its end in {timeout_s} s"
            batches = await consumer.getmany(timeout_ms=200)
            values.extend(m.value for messages in batches.values() for m in messages if m.value is not None)
    finally:
        await consumer.stop()
    return values


class Child:
    """A child process run with a test's settings (a 2 s request timeout), its output in a log file."""

    ROOT = Path(__file__).resolve().parents[2]

    def __init__(self, command: list[str], settings: Settings, log: Path, env: dict[str, str] | None = None) -> None:
        self.log = log
        environment = os.environ | {
            "PYTHONPATH": str(self.ROOT),
            "ERRORFLOW_DATA_DIR": str(settings.data_dir),
            "ERRORFLOW_APP_ID": settings.app_id,
            "ERRORFLOW_KAFKA__BOOTSTRAP": settings.kafka.bootstrap or "",
            "ERRORFLOW_KAFKA__TOPIC_PREFIX": settings.kafka.topic_prefix,
            "ERRORFLOW_KAFKA__REQUEST_TIMEOUT_S": "2",
            **(env or {}),
        }
        with log.open("ab") as out:
            self.process = spawn(command, cwd=self.ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT)

    def said(self, text: str) -> bool:
        """Whether the child's output has ``text``."""
        return self.count(text) > 0

    def count(self, text: str) -> int:
        """How many times the child's output has ``text``."""
        return self.log.read_text(errors="replace").count(text)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()


def own_settings(bootstrap: str, data_dir: Path, name: str) -> Settings:
    """Settings of an app id and topics of a test's own (``name`` and a token) on ``bootstrap``; topics created."""
    from errorflow.streams.kafka import ensure_topics

    token = uuid.uuid4().hex[:8]
    settings = Settings(
        data_dir=data_dir,
        app_id=f"{name}-{token}",
        kafka={"bootstrap": bootstrap, "topic_prefix": f"{name}{token}."},
    )
    asyncio.run(ensure_topics(settings))
    return settings


def topic_partitions(bootstrap: str, names: list[str] | None = None) -> dict[str, int]:
    """The partition count of each topic on the broker (of ``names``, or of every topic)."""

    async def described() -> dict[str, int]:
        from aiokafka.admin import AIOKafkaAdminClient

        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            wanted = names if names is not None else list(await admin.list_topics())
            return {topic["topic"]: len(topic["partitions"]) for topic in await admin.describe_topics(wanted)}
        finally:
            await admin.close()

    return asyncio.run(described())


def create_topics(settings: Settings, *names: str) -> None:
    """Create topics (names without the prefix) as the pipeline's start does.

    A test that emits without a pipeline needs this: errorflow's SDK never sends to a missing
    topic (its records wait in the spool until the topic exists).
    """
    from errorflow.streams.kafka import ensure_topics

    asyncio.run(ensure_topics(settings, [settings.topic(name) for name in names]))


def wait_for(
    condition: Callable[[], T], *, timeout_s: float = 30.0, interval_s: float = 0.2, what: str = "condition"
) -> T:
    """Poll until ``condition()`` is truthy; fail with ``what`` after the timeout.

    The first polls come quickly (a tenth of ``interval_s``, half as long again each time, up
    to ``interval_s``): many conditions hold within a fraction of a second, and at a fixed
    interval each such wait lasted a whole interval. A long wait polls as often as before.
    """
    deadline = time.monotonic() + timeout_s
    pause = interval_s / 10
    last: T = condition()
    while not last:
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s}s waiting for {what} (last: {last!r})")
        time.sleep(pause)
        pause = min(pause * 1.5, interval_s)
        last = condition()
    return last


def wait_for_rows(
    fetch: Callable[[], list[dict[str, object]]], *, count: int, timeout_s: float = 30.0, what: str = "rows"
) -> list[dict[str, object]]:
    """Poll a query until it returns ``count`` rows (at least), then return them."""
    found: list[dict[str, object]] = []

    def enough() -> bool:
        nonlocal found
        found = fetch()
        return len(found) >= count

    wait_for(enough, timeout_s=timeout_s, what=f"{count} {what}")
    return found


def errorflow_cli(*args: str, env: dict[str, str], timeout_s: float = 60.0) -> subprocess.CompletedProcess[str]:
    """Run the ``errorflow`` command line in a subprocess, as a user would (``subprocess.run``, through spawn)."""
    command = [sys.executable, "-m", "errorflow", *args]
    with spawn(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as process:
        try:
            out, err = process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


_TEXT_TYPE = re.compile(r"^(?:LowCardinality\(|Nullable\(|Array\(|Map\(|SimpleAggregateFunction\([^,]+, )*.*String")


def publish_events(bootstrap: str, topic: str, values: list[bytes]) -> None:
    """Publish encoded events as a plain producer would (no SDK), each keyed by its root run id, in order."""

    async def produce() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
        await producer.start()
        try:
            for value in values:
                await producer.send_and_wait(topic, value, key=orjson.loads(value)["root_run_id"].encode())
        finally:
            await producer.stop()

    asyncio.run(produce())


def text_everywhere(stack: RunningStack, mark: str) -> tuple[list[str], int]:
    """Every text value holding ``mark`` in any text column of any table of the stack, and the rows read."""
    columns: dict[str, list[str]] = {}
    for row in stack.rows("SELECT table, name, type FROM system.columns WHERE database = '{db}' ORDER BY table"):
        kind = str(row["type"])
        if _TEXT_TYPE.match(kind) and not kind.startswith("AggregateFunction"):
            columns.setdefault(str(row["table"]), []).append(str(row["name"]))
    found: list[str] = []
    rows_read = 0
    for table, names in columns.items():
        select = ", ".join(f"toString(`{name}`) AS `{name}`" for name in names)
        for row in stack.rows(f"SELECT {select} FROM {{db}}.`{table}`"):
            rows_read += 1
            found.extend(f"{table}.{name}: {value!s:.200}" for name, value in row.items() if mark in str(value))
    return found, rows_read


@contextlib.contextmanager
def tiny_filesystem(path: Path) -> Iterator[Path]:
    """A tmpfs of 1 MiB mounted at ``path`` (needs the right to mount: root here), unmounted after."""
    path.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(path)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"a real full disk needs a tmpfs mount: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def fill_disk(disk: Path) -> Path:
    """Fill the disk to its last byte; return the file to delete to give the room back."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler
