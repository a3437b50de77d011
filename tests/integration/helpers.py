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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

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
    """Run the ``errorflow`` command line in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "errorflow", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout_s,
        check=False,
    )


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
