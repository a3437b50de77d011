"""Emitters: how the SDK's events reach Kafka without ever blocking a business call.

``KafkaEmitter`` queues records in memory and a background thread produces them
with aiokafka in batches. When the broker cannot be reached, records go to the
durable :class:`~errorflow.sdk.spool.Spool`; while the spool holds anything,
new records go behind it, so per-key order is kept, and the spool is drained,
oldest first, when the broker is back.

A record that can never be sent (larger than ``max_record_bytes``, or refused
for good by the broker: too large, invalid topic, corrupt) is *set aside*: kept
in the spool's ``set-aside`` folder, counted in ``set_aside`` and logged. It is
never spooled, so it cannot hold up the records behind it, and the records
beside it in the same batch are sent as usual.
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
        max_record_bytes: int = 1_048_576,
        linger_s: float = 0.001,
    ) -> None:
        self.bootstrap = bootstrap
        self.spool = Spool(spool_dir, max_bytes=spool_max_bytes)
        self.max_record_bytes = max_record_bytes
        self._request_timeout_s = request_timeout_s
        self._flush_interval_s = flush_interval_s
        self._reconnect_interval_s = reconnect_interval_s
        self._linger_ms = round(linger_s * 1000)
        self._queue: collections.deque[SpoolRecord] = collections.deque()
        self._idle = threading.Condition()
        self._in_flight = 0
        self._closing = False
        self._wakeup: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.sent = 0
        self.spooled = 0
        self.set_aside = 0
        """Records that could never be sent, kept out of the way (see the module docstring)."""
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
            self._spool(leftover)
        self.spool.close()  # what is left there is drained by the next process of the service
        atexit.unregister(self.close)

    def left_in_parent(self) -> None:
        """Make this copy inert in a forked child: its thread stayed in the parent, which sends what it queued.

        The child builds an emitter of its own (:func:`errorflow.sdk.runtime.runtime`); this copy
        neither sends, spools nor waits at exit, so records the parent queued before the fork are
        not sent twice and the child's exit does not wait for a thread it does not have.
        """
        self._queue.clear()
        self._in_flight = 0
        self._closing = True
        self._loop = self._wakeup = None
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
                    else:
                        unsent = await self._send(producer, batch)
                        if unsent:
                            self._spool(unsent)
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
        # Only this thread takes from the queue (close() reads it after the thread ended), so the
        # records counted now are there to be taken; emit() may add more meanwhile, for the next batch.
        # In flight before it leaves the queue: flush() must never see both empty while a batch is taken.
        count = min(len(self._queue), _MAX_BATCH)
        self._in_flight = count
        popleft = self._queue.popleft
        return [popleft() for _ in range(count)]

    def _done(self) -> None:
        with self._idle:
            self._in_flight = 0
            self._idle.notify_all()

    def _spool(self, batch: list[SpoolRecord]) -> None:
        sendable = [record for record in batch if not self._set_aside_if_too_large(record)]
        self.spool.append(sendable)
        self.spooled += len(sendable)

    def _set_aside_if_too_large(self, record: SpoolRecord) -> bool:
        size = len(record.value) + len(record.key or b"")
        if size <= self.max_record_bytes:
            return False
        self._set_aside(record, f"{size} bytes, over the {self.max_record_bytes}-byte limit")
        return True

    def _set_aside(self, record: SpoolRecord, reason: str) -> None:
        """Keep a record that can never be sent out of the way of the others."""
        self.set_aside += 1
        kept = self.spool.set_aside(record, reason)
        logger.error(
            "errorflow set aside a record for %s (key %r, %d bytes) that can never be sent: %s (%s); "
            "%d set aside so far, later records go on",
            record.topic,
            (record.key or b"")[:64],
            len(record.value),
            reason,
            "kept in the spool's set-aside folder" if kept else "not kept: the set-aside folder is full",
            self.set_aside,
        )

    async def _connect(self) -> Any:
        from aiokafka import AIOKafkaProducer
        from aiokafka.errors import KafkaError

        producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap,
            acks="all",
            request_timeout_ms=int(self._request_timeout_s * 1000),
            # Batches fill while the previous one is in flight (one at a time), so a short linger loses none.
            linger_ms=self._linger_ms,
            # Room for the record's framing: our own size check is the limit that counts.
            max_request_size=self.max_record_bytes + 16 * 1024,
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

    async def _send(self, producer: Any, batch: list[SpoolRecord]) -> list[SpoolRecord]:
        """Produce a batch and wait for the acknowledgements; return what was not delivered, in order.

        Records refused for good are set aside, not returned; the first
        failure that may pass (broker away, timeout) stops sending, and that
        record and the ones after it are returned to be spooled.
        """
        sending: list[tuple[SpoolRecord, Any]] = []
        later: list[SpoolRecord] = []
        problem: BaseException | None = None
        for index, record in enumerate(batch):
            if self._set_aside_if_too_large(record):
                continue
            try:
                future = await producer.send(record.topic, record.value, key=record.key)
            except Exception as exc:  # classified below: refused for good, or broker trouble
                if _refused_for_good(exc):
                    self._set_aside(record, f"refused: {exc!r}")
                    continue
                problem = exc
                later = batch[index:]
                break
            sending.append((record, future))
        unsent: list[SpoolRecord] = []
        if sending:
            try:
                results: list[Any] = await asyncio.wait_for(
                    asyncio.gather(*(future for _, future in sending), return_exceptions=True),
                    timeout=self._request_timeout_s * 2,
                )
            except asyncio.TimeoutError as exc:
                results = [exc] * len(sending)
            for (record, _), result in zip(sending, results, strict=True):
                if not isinstance(result, BaseException):
                    self.sent += 1
                elif _refused_for_good(result):
                    self._set_aside(record, f"refused: {result!r}")
                else:
                    problem = problem or result
                    unsent.append(record)
        unsent.extend(later)
        if unsent:
            logger.warning("could not deliver %d records (%r); spooling them", len(unsent), problem)
        return unsent

    async def _drain_spool(self, producer: Any) -> bool:
        """Send spooled segments oldest first; False when the broker failed again."""
        while True:
            oldest = self.spool.oldest()
            if oldest is None:
                return True
            segment, records = oldest
            for start in range(0, len(records), _MAX_BATCH):
                if await self._send(producer, records[start : start + _MAX_BATCH]):
                    return False
            self.spool.acknowledge(segment)
            logger.info("drained %d spooled records from %s", len(records), segment.name)


def _refused_for_good(exc: BaseException) -> bool:
    """Tell whether sending the record again can never work (its size, its topic, its bytes)."""
    from aiokafka import errors

    permanent = (
        errors.MessageSizeTooLargeError,
        errors.RecordListTooLargeError,
        errors.RecordTooLargeError,
        errors.CorruptRecordException,
        errors.InvalidTopicError,
        errors.InvalidTimestampError,
    )
    return isinstance(exc, permanent)
