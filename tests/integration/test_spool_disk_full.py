"""A failing spool disk loses nothing and stops no delivery: a real tiny filesystem, a real broker.

The spool lives on a tmpfs of 1 MiB, filled to the last byte (a real ENOSPC) or
made read-only (a real EROFS). The emitter keeps the records in memory, in
order; when the broker is back it sends them from there, and once the disk has
room again it spools what the broker cannot take. A read-only spool does not
stop delivery either. Every record is read back from the topic by its id; the
emitter thread is alive throughout.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from errorflow.embedded.tansu import TansuBroker
from errorflow.sdk import ConfluentEmitter, KafkaEmitter
from errorflow.settings import Settings
from tests.integration.helpers import consume_all, create_topics, fill_disk, tiny_filesystem, wait_for

pytestmark = pytest.mark.integration

TOPIC = "diskfull.records"
RUNS = 4
PER_RUN = 40
DEADLINE_S = 120.0


def _counts(emitter: KafkaEmitter) -> str:
    """What the emitter believes it did, for a failure's message (a CI run once found nothing on the topic)."""
    names = ("sent", "spooled", "set_aside", "dropped", "held", "spool_failures", "spool_error")
    return ", ".join(f"{name}={getattr(emitter, name)!r}" for name in names)


def _emit(emitter: KafkaEmitter, phase: str) -> list[str]:
    """Emit PER_RUN records for each of RUNS runs, interleaved; return their ids in emission order."""
    ids = []
    for seq in range(PER_RUN):
        for run in range(RUNS):
            event_id = f"{phase}-{run}-{seq}"
            emitter.emit(TOPIC, f"{phase}-run-{run}".encode(), orjson.dumps({"id": event_id, "seq": seq}))
            ids.append(event_id)
    return ids


def _read_back(bootstrap: str, ids: list[str], emitter: KafkaEmitter) -> None:
    """Every id on the topic once, and the records of each run in the order they were emitted."""
    records = asyncio.run(consume_all(bootstrap, TOPIC, expect=len(ids), timeout_s=DEADLINE_S))
    got = [orjson.loads(value)["id"] for _, value, _ in records]
    assert sorted(got) == sorted(ids), f"every record, once; the emitter then: {_counts(emitter)}"
    by_run: dict[bytes | None, list[int]] = {}
    for key, value, _ in records:
        by_run.setdefault(key, []).append(orjson.loads(value)["seq"])
    assert all(seqs == sorted(seqs) for seqs in by_run.values()), "order kept per run"


def _create_topic(bootstrap: str) -> None:
    """The topic, made as a deployment makes it (the SDK never creates one: its records wait for it)."""
    create_topics(Settings(kafka={"bootstrap": bootstrap, "topic_prefix": ""}), TOPIC)


@pytest.mark.parametrize("kind", [KafkaEmitter, ConfluentEmitter], ids=["aiokafka", "confluent"])
def test_a_full_disk_while_the_broker_is_down_loses_nothing(
    tmp_path: Path, kind: type[KafkaEmitter], reserved_port: Callable[[], int]
) -> None:
    port = reserved_port()
    bootstrap = f"127.0.0.1:{port}"
    with tiny_filesystem(tmp_path / "disk") as disk:
        filler = fill_disk(disk)
        emitter = kind(
            bootstrap=bootstrap,
            spool_dir=disk / "spool",
            request_timeout_s=2.0,
            reconnect_interval_s=0.5,
            spool_retry_s=0.2,
            spool_retry_max_s=1.0,
        )
        try:
            # The broker down, the disk full: the records stay in memory.
            first = _emit(emitter, "first")
            wait_for(lambda: emitter.held == len(first), timeout_s=DEADLINE_S, what="every record held in memory")
            assert emitter.spool_error is not None and "No space left" in emitter.spool_error
            assert (emitter.sent, emitter.spooled, emitter.dropped) == (0, 0, 0)
            assert emitter._thread.is_alive()

            with TansuBroker(port=port):
                _create_topic(bootstrap)
                # The broker is back, the disk still full: the records in memory go to it directly.
                _read_back(bootstrap, first, emitter)
                wait_for(lambda: emitter.held == 0, timeout_s=DEADLINE_S, what="nothing held any more")
                assert emitter.dropped == 0 and emitter._thread.is_alive()

            # The broker down again, the disk still full: held again; then the disk has room again.
            second = _emit(emitter, "second")
            wait_for(lambda: emitter.held == len(second), timeout_s=DEADLINE_S, what="the next records held")
            filler.unlink()
            wait_for(
                lambda: emitter.held == 0 and emitter.spooled == len(second),
                timeout_s=DEADLINE_S,
                what="the held records spooled once the disk has room",
            )
            assert emitter.spool_error is None

            with TansuBroker(port=port):  # a new broker (memory storage): the spool is drained into it
                _create_topic(bootstrap)
                _read_back(bootstrap, second, emitter)
                wait_for(lambda: emitter.flush(timeout_s=1), timeout_s=DEADLINE_S, what="the spool drained")
            assert emitter.dropped == 0 and emitter._thread.is_alive()
        finally:
            emitter.close(timeout_s=2)


@contextlib.contextmanager
def read_only(directory: Path) -> Iterator[None]:
    """Make ``directory`` read-only: a read-only bind mount over it, EROFS for every path operation.

    A read-only remount of the whole tmpfs is refused while files are open for writing (the
    spool's lock files), which a kernel remounting a failing ext4 read-only does not wait for.
    """
    subprocess.run(["mount", "--bind", str(directory), str(directory)], check=True, capture_output=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(directory)], check=True, capture_output=True)
        yield
    finally:
        subprocess.run(["umount", "-l", str(directory)], check=False, capture_output=True)


@pytest.mark.parametrize("kind", [KafkaEmitter, ConfluentEmitter], ids=["aiokafka", "confluent"])
def test_a_spool_remounted_read_only_does_not_stop_delivery(
    tmp_path: Path, kind: type[KafkaEmitter], reserved_port: Callable[[], int], caplog: pytest.LogCaptureFixture
) -> None:
    # The emitter's own account (connection attempts, drained segments) in a failure's captured log: one CI run
    # (session 26) found none of the spooled records on the second broker, with nothing said above WARNING.
    caplog.set_level(logging.INFO, logger="errorflow.sdk.emitter")
    port = reserved_port()
    bootstrap = f"127.0.0.1:{port}"
    with tiny_filesystem(tmp_path / "disk") as disk:
        emitter = kind(
            bootstrap=bootstrap,
            spool_dir=disk / "spool",
            request_timeout_s=2.0,
            reconnect_interval_s=0.5,
            spool_retry_s=0.2,
            spool_retry_max_s=1.0,
        )
        try:
            spooled = _emit(emitter, "spooled")  # the broker down, the disk fine: on disk
            wait_for(lambda: emitter.spooled == len(spooled), timeout_s=DEADLINE_S, what="the records spooled")
            with read_only(disk / "spool"), TansuBroker(port=port):
                _create_topic(bootstrap)
                # Spooled records can be read, not sealed, appended to nor deleted: the disk is as good as
                # dead, and it does not stop delivery: the records emitted now go to the broker.
                after = _emit(emitter, "after")
                records = asyncio.run(consume_all(bootstrap, TOPIC, expect=len(after), timeout_s=DEADLINE_S))
                assert sorted(orjson.loads(value)["id"] for _, value, _ in records) == sorted(after)
                assert emitter.spool_error is not None and "Read-only file system" in emitter.spool_error
                assert emitter._thread.is_alive()
            with TansuBroker(port=port):  # a new broker (memory storage), the disk writable again: drained
                _create_topic(bootstrap)
                _read_back(bootstrap, spooled, emitter)
                wait_for(lambda: emitter.flush(timeout_s=1), timeout_s=DEADLINE_S, what="the spool drained")
            assert emitter.spool_error is None and emitter.dropped == 0 and emitter._thread.is_alive()
        finally:
            emitter.close(timeout_s=2)
