"""Emitters: how the SDK's events reach Kafka without ever blocking a business call.

``KafkaEmitter`` queues records in memory and a background thread produces them
with aiokafka in batches. When the broker cannot be reached, records go to the
durable :class:`~errorflow.sdk.spool.Spool`; while the spool holds anything,
new records go behind it, so per-key order is kept, and the spool is drained,
oldest first, when the broker is back.
"""

from __future__ import annotations

import asyncio
import atexit
import collections
import logging
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from errorflow.sdk.spool import Spool, SpoolRecord

__all__ = ["Emitter", "KafkaEmitter", "MemoryEmitter"]

logger = logging.getLogger(__name__)

_MAX_BATCH = 2_000


class Emitter(Protocol):
    """Where the SDK's records go."""

    def emit(self, topic: str, key: bytes | None, value: bytes) -> None:
        """Queue one record; never blocks on the network and never raises for broker trouble."""

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until every queued record is acknowledged or spooled; True when all were sent."""

    def close(self, timeout_s: float = 10.0) -> None:
        """Flush, spool what could not be sent, and stop."""


class MemoryEmitter:
    """Keeps records in a list: for unit tests of code that emits, with no broker."""

    def __init__(self) -> None:
        self.records: list[SpoolRecord] = []

    def emit(self, topic: str, key: bytes | None, value: bytes) -> None:
        """Record the record."""
        self.records.append(SpoolRecord(topic, key, value))

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Nothing to wait for."""
        return True

    def close(self, timeout_s: float = 10.0) -> None:
        """Nothing to close."""


class KafkaEmitter:
    """Produces records from a background thread, spooling to disk while Kafka is away."""

    def __init__(
        self,
        *,
        bootstrap: str | None,
        spool_dir: Path,
        spool_max_bytes: int = 512 * 1024 * 1024,
        request_timeout_s: float = 5.0,
        flush_interval_s: float = 0.05,
        reconnect_interval_s: float = 1.0,
    ) -> None:
        self.bootstrap = bootstrap
        self.spool = Spool(spool_dir, max_bytes=spool_max_bytes)
        self._request_timeout_s = request_timeout_s
        self._flush_interval_s = flush_interval_s
        self._reconnect_interval_s = reconnect_interval_s
        self._queue: collections.deque[SpoolRecord] = collections.deque()
        self._idle = threading.Condition()
        self._in_flight = 0
        self._closing = False
        self._wakeup: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.sent = 0
        self.spooled = 0
        self._thread = threading.Thread(target=self._thread_main, name="errorflow-emitter", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    # -- called from any thread -------------------------------------------------
    def emit(self, topic: str, key: bytes | None, value: bytes) -> None:
        """Queue one record; returns at once."""
        was_empty = not self._queue
        self._queue.append(SpoolRecord(topic, key, value))
        if was_empty and self._loop is not None and self._wakeup is not None:
            try:
                self._loop.call_soon_threadsafe(self._wakeup.set)
            except RuntimeError:  # the loop closed during interpreter shutdown
                pass

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until the queue is empty and nothing is in flight; True if the spool is empty too."""
        deadline = time.monotonic() + timeout_s
        with self._idle:
            while self._queue or self._in_flight:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                if self._loop is not None and self._wakeup is not None:
                    try:
                        self._loop.call_soon_threadsafe(self._wakeup.set)
                    except RuntimeError:
                        break
                self._idle.wait(min(remaining, 0.05))
        return not self.spool.pending()

    def close(self, timeout_s: float = 10.0) -> None:
        """Send what can be sent within the timeout, spool the rest, stop the thread."""
        if self._closing:
            return
        self.flush(timeout_s)
        self._closing = True
        if self._loop is not None and self._wakeup is not None:
            try:
                self._loop.call_soon_threadsafe(self._wakeup.set)
            except RuntimeError:
                pass
        self._thread.join(timeout_s)
        leftover = list(self._queue)
        self._queue.clear()
        if leftover:
            self.spool.append(leftover)
            self.spooled += len(leftover)
        atexit.unregister(self.close)

    # -- the background thread ----------------------------------------------------
    def _thread_main(self) -> None:
        asyncio.run(self._run())

    async def _run(self) -> None:

        self._loop = asyncio.get_running_loop()
        self._wakeup = asyncio.Event()
        producer: Any = None
        next_connect = 0.0
        try:
            while not (self._closing and not self._queue):
                if producer is None and self.bootstrap and time.monotonic() >= next_connect:
                    producer = await self._connect()
                    if producer is None:
                        next_connect = time.monotonic() + self._reconnect_interval_s
                if producer is not None and self.spool.pending() and not await self._drain_spool(producer):
                    await self._drop(producer)
                    producer = None
                    next_connect = time.monotonic() + self._reconnect_interval_s
                batch = self._take_batch()
                if batch:
                    if producer is None or self.spool.pending():
                        self._spool(batch)
                    elif not await self._send(producer, batch):
                        self._spool(batch)
                        await self._drop(producer)
                        producer = None
                        next_connect = time.monotonic() + self._reconnect_interval_s
                    self._done()
                if not self._queue:
                    with self._idle:
                        self._idle.notify_all()
                    try:
                        await asyncio.wait_for(self._wakeup.wait(), timeout=self._flush_interval_s * 20)
                    except asyncio.TimeoutError:
                        pass
                    self._wakeup.clear()
        finally:
            if producer is not None:
                await self._drop(producer)
            with self._idle:
                self._idle.notify_all()

    def _take_batch(self) -> list[SpoolRecord]:
        batch: list[SpoolRecord] = []
        while self._queue and len(batch) < _MAX_BATCH:
            batch.append(self._queue.popleft())
        self._in_flight = len(batch)
        return batch

    def _done(self) -> None:
        with self._idle:
            self._in_flight = 0
            self._idle.notify_all()

    def _spool(self, batch: list[SpoolRecord]) -> None:
        self.spool.append(batch)
        self.spooled += len(batch)

    async def _connect(self) -> Any:
        from aiokafka import AIOKafkaProducer
        from aiokafka.errors import KafkaError

        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap,
            acks="all",
            request_timeout_ms=int(self._request_timeout_s * 1000),
            linger_ms=5,
        )
        try:
            await asyncio.wait_for(producer.start(), timeout=self._request_timeout_s)
        except (KafkaError, OSError, asyncio.TimeoutError) as exc:
            logger.info("Kafka at %s unreachable (%s); spooling events", self.bootstrap, exc)
            await self._drop(producer)
            return None
        return producer

    async def _drop(self, producer: Any) -> None:
        try:
            await asyncio.wait_for(producer.stop(), timeout=self._request_timeout_s)
        except Exception:  # stopping a producer whose broker is gone may fail in many ways
            logger.debug("producer stop failed", exc_info=True)

    async def _send(self, producer: Any, batch: list[SpoolRecord]) -> bool:
        """Produce a batch and wait for every acknowledgement; False if any failed."""
        try:
            futures = [await producer.send(record.topic, record.value, key=record.key) for record in batch]
            await asyncio.wait_for(asyncio.gather(*futures), timeout=self._request_timeout_s * 2)
        except Exception as exc:  # any delivery failure: the batch goes to the spool, nothing is lost
            logger.warning("could not deliver %d records (%s); spooling them", len(batch), exc)
            return False
        self.sent += len(batch)
        return True

    async def _drain_spool(self, producer: Any) -> bool:
        """Send spooled segments oldest first; False when the broker failed again."""
        while True:
            oldest = self.spool.oldest()
            if oldest is None:
                return True
            segment, records = oldest
            for start in range(0, len(records), _MAX_BATCH):
                if not await self._send(producer, records[start : start + _MAX_BATCH]):
                    return False
            self.spool.acknowledge(segment)
            logger.info("drained %d spooled records from %s", len(records), segment.name)
