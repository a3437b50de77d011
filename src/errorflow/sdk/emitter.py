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

The spool's disk may fail too (full, I/O errors, remounted read-only,
permission or quota lost), or the spool may reach ``spool_max_bytes``. Then the
records it would not take are *held* in memory, in order, up to
``hold_max_bytes``, and records after them queue behind them; the broker is
tried first, the spool again after a backoff (``spool_retry_s``, doubling up to
``spool_retry_max_s``). A failed write stops writes only: what the spool holds
is still drained first, so order is kept. While the broker answers, records go
to it directly: a dead disk never stops delivery (records on a disk that cannot
be read arrive after newer ones, once it can). Only a record that does not fit
in memory is dropped (or one still held when the emitter closes and the spool
fails), counted in ``dropped`` and logged (the first at once, then a summary at
most every ``_DROP_LOG_INTERVAL_S``). ``spool_error`` says why the spool failed
last (None once it worked again), ``spool_failures`` how often, ``held`` how
many records wait in memory.

A caller that must not go on until *its* records are safe (the runner commits
a command only then) takes a :meth:`~KafkaEmitter.mark` after emitting them and
waits for it with :meth:`~KafkaEmitter.wait_durable`: the mark is reached once
every record emitted before it was acknowledged by the broker, spooled or set
aside, whatever other threads emit meanwhile (``flush()`` waits until nothing
at all is in memory, which a busy process may never reach). ``emit()`` pays
nothing for it: the emitter's thread counts the records it takes from the queue,
and a mark is that count plus the queue's length.
"""

from __future__ import annotations

import asyncio
import atexit
import collections
import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from errorflow.sdk.spool import Spool, SpoolRecord

__all__ = ["Emitter", "KafkaEmitter", "MemoryEmitter"]

logger = logging.getLogger(__name__)

_MAX_BATCH = 2_000
_DROP_LOG_INTERVAL_S = 10.0


class Emitter(Protocol):
    """Where the SDK's records go."""

    def emit(self, topic: str, key: bytes | None, value: bytes) -> None:
        """Queue one record; never blocks on the network and never raises for broker trouble."""

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until every queued record is acknowledged or spooled; True when all were sent."""

    def mark(self) -> int:
        """A durability mark covering every record emitted before this call, for :meth:`wait_durable`."""

    def wait_durable(self, mark: int, timeout_s: float) -> bool:
        """Wait until the records before ``mark`` are acknowledged or spooled; False if not in time (or lost)."""

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

    def mark(self) -> int:
        """The number of records kept so far."""
        return len(self.records)

    def wait_durable(self, mark: int, timeout_s: float) -> bool:
        """Kept records are as durable as this emitter gets."""
        return True

    def close(self, timeout_s: float = 10.0) -> None:
        """Nothing to close."""


class KafkaEmitter:
    """Produces records from a background thread, spooling to disk while Kafka is away."""

    _topics: frozenset[str] | None = None
    """The broker's topics as listed by the last connect (None: not listed, every topic is tried)."""
    _missing_topics: frozenset[str] = frozenset()
    """Topics found missing and said so, not logged again until they exist."""
    _parked: Any = None
    """The producer kept while records wait for a missing topic (see :meth:`_lose_producer`)."""
    _only_waiting = False
    """Whether the last send left undelivered only records for a missing topic (see :meth:`_behind`)."""

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
        hold_max_bytes: int = 64 * 1024 * 1024,
        spool_retry_s: float = 1.0,
        spool_retry_max_s: float = 30.0,
    ) -> None:
        self.bootstrap = bootstrap
        self.spool = Spool(spool_dir, max_bytes=spool_max_bytes)
        self.max_record_bytes = max_record_bytes
        self.hold_max_bytes = hold_max_bytes
        """Bytes of records kept in memory while neither the broker nor the spool takes them."""
        self._spool_retry_s = spool_retry_s
        self._spool_retry_max_s = spool_retry_max_s
        self._spool_backoff_s = spool_retry_s
        self._write_retry_at = 0.0
        """Monotonic time before which the spool, having failed a write (or been full), is not written again."""
        self._read_retry_at = 0.0
        """Monotonic time before which the spool, having failed a read, is passed by (not drained)."""
        self._held: collections.deque[SpoolRecord] = collections.deque()
        self._held_bytes = 0
        self._drops_logged_at = float("-inf")
        self._drops_unlogged = 0
        self._request_timeout_s = request_timeout_s
        self._flush_interval_s = flush_interval_s
        self._reconnect_interval_s = reconnect_interval_s
        self._linger_ms = round(linger_s * 1000)
        self._queue: collections.deque[SpoolRecord] = collections.deque()
        self._idle = threading.Condition()
        self._in_flight = 0
        # Durability marks (see mark()): the records the emitter's thread took from the queue so far
        # (counted before it takes them), how many of those are no longer in memory (sent, spooled, set
        # aside or dropped), and the marks, in (low, high], that may cover a dropped record (never reached).
        self._taken = self._durable = 0
        self._lost: tuple[int, int] | None = None
        self._closing = False
        self._wakeup: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # The emitter thread's own: its producer (None while the broker is away) and the batch in its hands.
        self._producer: Any = None
        self._next_connect = 0.0
        self._connecting: asyncio.Future[Any] | None = None
        """A connection attempt under way beside the rounds (see :meth:`_connection`)."""
        self._broker_away = False
        """Whether the last attempt to connect failed or the broker went away since."""
        self._batch: list[SpoolRecord] = []
        self.sent = 0
        self.spooled = 0
        self.set_aside = 0
        """Records that could never be sent, kept out of the way (see the module docstring)."""
        self.dropped = 0
        """Records lost: neither broker nor spool took them and memory (``hold_max_bytes``) was full."""
        self.spool_failures = 0
        """Times the spool failed (a write, a read, a deletion) or was full."""
        self.spool_error: str | None = None
        """Why the spool failed last; None once it works again (see the module docstring)."""
        self._failed_reading = False
        self._import_client()
        self._thread = threading.Thread(target=self._thread_main, name="errorflow-emitter", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    def _import_client(self) -> None:
        """Import the Kafka client here, in the thread that builds the emitter, not in the emitter's thread.

        A process forked while another of its threads is importing a module gets that module
        half initialised, for good (the importing thread does not exist in the child): a child
        forked just after ``configure()``, while the emitter's thread was still importing its
        client on its first connect, failed every connect with ``ImportError: cannot import name
        ... from partially initialized module`` and never spooled (seen with multiprocessing's
        fork). Imported before the thread starts, the client is whole in every later fork.
        """
        import aiokafka.errors  # noqa: F401 - imported for its side effect: aiokafka complete in sys.modules

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
        """Wait until every record is sent or spooled (none held in memory); True if the spool is empty too."""
        if not self._wait_until(lambda: not (self._queue or self._in_flight or self._held), timeout_s):
            return False
        try:
            return not self._held and not self.spool.pending()
        except OSError:  # the spool cannot be read: what it holds is not sent
            return False

    def mark(self) -> int:
        """A durability mark covering every record emitted (by any thread) before this call.

        The queue's length is read before the count of records taken: the emitter's thread
        counts a batch before taking it, so a batch taken between the two reads is counted
        at least once and the mark is never short of a record already emitted (it may cover
        a few emitted just after, which only makes the wait a little longer).
        """
        waiting = len(self._queue)
        return self._taken + waiting

    def wait_durable(self, mark: int, timeout_s: float) -> bool:
        """Wait until every record emitted before ``mark`` is acknowledged, spooled or set aside.

        False when that did not happen within ``timeout_s`` (the broker away and the spool
        failing: records held in memory), or when one of them was dropped (memory full, or
        the emitter closed and the spool failed): those are not on any disk.
        """
        self._wait_until(lambda: self._durable >= mark or self._lost_before(mark), timeout_s)
        with self._idle:
            return self._durable >= mark and not self._lost_before(mark)

    def _lost_before(self, mark: int) -> bool:
        return self._lost is not None and self._lost[0] < mark <= self._lost[1]

    def _wait_until(self, done: Callable[[], bool], timeout_s: float) -> bool:
        """Wake the emitter's thread and wait until ``done()`` (checked at each of its rounds); False at the timeout.

        Also returns (True) when the emitter's loop is closed: nothing will change any more.
        """
        deadline = time.monotonic() + timeout_s
        with self._idle:
            while not done():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                if self._loop is not None and self._wakeup is not None:
                    try:
                        self._loop.call_soon_threadsafe(self._wakeup.set)
                    except RuntimeError:
                        break
                self._idle.wait(min(remaining, 0.05))
        return True

    def _settle(self) -> None:
        """After a round: once memory holds nothing, every record taken is durable (marks up to it reached).

        While records are held the mark stays where it was: held records need not be the
        newest taken (a record the broker failed beside others it acknowledged is held
        alone), so nothing taken after the last moment memory was empty counts.
        """
        if self._held or self._batch or self._durable == self._taken:
            return
        with self._idle:
            self._durable = self._taken
            self._idle.notify_all()

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
        leftover = [*self._held, *self._queue]
        self._taken += len(self._queue)
        self._held.clear()
        self._held_bytes = 0
        self._queue.clear()
        if leftover:
            self._spool_at_exit(leftover)
        self._settle()
        self.spool.close()  # what is left there is drained by the next process of the service
        atexit.unregister(self.close)

    def left_in_parent(self) -> None:
        """Make this copy inert in a forked child: its thread stayed in the parent, which sends what it queued.

        The child builds an emitter of its own (:func:`errorflow.sdk.runtime.runtime`); this copy
        neither sends, spools nor waits at exit, so records the parent queued before the fork are
        not sent twice and the child's exit does not wait for a thread it does not have.
        """
        self._queue.clear()
        self._held.clear()
        self._held_bytes = 0
        self._in_flight = 0
        self._taken = self._durable = 0
        self._lost = None
        self._closing = True
        self._loop = self._wakeup = None
        atexit.unregister(self.close)

    # -- the background thread ----------------------------------------------------
    def _thread_main(self) -> None:
        asyncio.run(self._run())

    async def _run(self) -> None:
        """Send, spool or hold until closed; nothing raised in a round ends the thread (or loses its batch)."""
        self._loop = asyncio.get_running_loop()
        self._wakeup = asyncio.Event()
        try:
            while not (self._closing and not self._queue):
                try:
                    await self._round()
                except Exception:  # a bug or a failure not foreseen: log it, keep the batch, go on
                    logger.exception("errorflow's emitter failed a round; its records are kept and it goes on")
                    batch, self._batch = self._batch, []
                    self._hold(batch)
                    self._done()
                    await self._lose_producer()
                    await asyncio.sleep(self._flush_interval_s * 20)  # a failure that repeats must not spin
                self._settle()
                if not self._queue:
                    with self._idle:
                        self._idle.notify_all()
                    try:
                        await asyncio.wait_for(self._wakeup.wait(), timeout=self._flush_interval_s * 20)
                    except asyncio.TimeoutError:
                        pass
                    self._wakeup.clear()
        finally:
            attempt, self._connecting = self._connecting, None
            if attempt is not None:  # closing while the broker is away: the attempt's producer is not wanted
                attempt.cancel()
                with contextlib.suppress(BaseException):
                    late = await attempt
                    if late is not None:
                        await self._drop(late)
            # Let go of it, not only stop it: kept, it made a cycle with this emitter (librdkafka's
            # callback is a method of it), freed by the garbage collector whenever it ran, maybe in
            # a forked child, which must never destroy its parent's client (see confluent.py).
            producer, self._producer = self._producer, None
            if producer is not None:
                await self._drop(producer)
            parked, self._parked = self._parked, None
            if parked is not None:
                await self._drop(parked)
            with self._idle:
                self._idle.notify_all()

    async def _round(self) -> None:
        """Connect when due, then send or spool: what the spool holds, then what memory holds, then the queue.

        A spool that fails is passed by (a dead disk must not stop delivery) until its backoff ends.
        """
        if self._producer is None and self.bootstrap:
            self._producer = await self._connection()
        backlog = self._spool_pending()
        if self._producer is not None and backlog:
            drained = await self._drain_spool(self._producer)
            if drained is False:
                await self._lose_producer()
            backlog = drained is False
        if self._held:
            await self._move_held(backlog=backlog)
        self._batch = batch = self._take_batch()
        if not batch:
            return
        if self._held:  # behind the records memory holds, to keep their order
            self._hold(batch)
        elif self._producer is None or backlog:
            self._spool(batch)
        else:
            unsent = await self._send(self._producer, batch)
            if unsent:
                self._spool(unsent)
                await self._lose_producer()
        self._batch = []
        self._done()

    async def _move_held(self, *, backlog: bool) -> None:
        """Send what memory holds when the broker answers (and the spool has nothing older), else spool it."""
        if self._producer is not None and not backlog:
            if not await self._send_held(self._producer):
                await self._lose_producer()
        elif self._producer is None and self._spool_usable():
            self._spool_held()

    async def _connection(self) -> Any:
        """The producer of a connection attempt that succeeded; None while there is none (records are spooled).

        An attempt is waited for while the broker is not known to be away (the process's first,
        and after one succeeded). Once an attempt failed or the broker went away, the next ones
        run beside the rounds: an attempt against a broker that does not answer lasts up to the
        request timeout, and records queued behind it were neither sent nor spooled for that
        long, in every round (``flush()`` waited as long, and a crash lost them).
        """
        attempt = self._connecting
        if attempt is None:
            if time.monotonic() < self._next_connect:
                return None
            attempt = self._connecting = asyncio.ensure_future(self._reconnect())
            wakeup = self._wakeup
            if wakeup is not None:  # the round after the attempt ends picks up its producer
                attempt.add_done_callback(lambda _: wakeup.set())
        if not self._broker_away:
            await asyncio.wait({attempt})
        elif not attempt.done():
            return None
        self._connecting = None
        try:
            producer = attempt.result()
        except Exception:  # a client that cannot even start must not keep records from the spool
            logger.exception("errorflow's emitter could not start a Kafka producer; spooling meanwhile")
            producer = None
        self._broker_away = producer is None
        if producer is None:
            self._next_connect = time.monotonic() + self._reconnect_interval_s
        return producer

    async def _reconnect(self) -> Any:
        """The parked producer once it listed the topics again (see :meth:`_lose_producer`), else a new one."""
        producer, self._parked = self._parked, None
        if producer is not None:
            try:
                await self._list_topics(producer)
            except BaseException as exc:  # the broker went away meanwhile, or the emitter closes: connect anew
                logger.debug("listing the topics again failed (%r); connecting anew", exc)
                await self._drop(producer)
                if not isinstance(exc, Exception):
                    raise
            else:
                return producer
        return await self._connect()

    async def _lose_producer(self) -> None:
        """Stop the producer after the broker failed; connect again after ``reconnect_interval_s``.

        When the last send failed only for records whose topic is missing (:meth:`_behind`), the
        broker is there and the producer works: it is kept aside (:attr:`_parked`), and the next
        attempt lists the topics on it again (:meth:`_reconnect`). A new producer a second, for
        as long as a topic never comes (a wrong ``topic_prefix`` on a cluster that does not
        create topics), was a connection a second to the brokers, for good.
        """
        only_waiting, self._only_waiting = self._only_waiting, False
        if self._producer is not None:
            producer, self._producer = self._producer, None
            if only_waiting and self._parked is None:
                self._parked = producer
            else:
                await self._drop(producer)
        self._broker_away = True
        self._next_connect = time.monotonic() + self._reconnect_interval_s

    def _take_batch(self) -> list[SpoolRecord]:
        # Only this thread takes from the queue (close() reads it after the thread ended), so the
        # records counted now are there to be taken; emit() may add more meanwhile, for the next batch.
        # In flight before it leaves the queue: flush() must never see both empty while a batch is taken.
        count = min(len(self._queue), _MAX_BATCH)
        self._in_flight = count
        self._taken += count  # before the records leave the queue: see mark()
        popleft = self._queue.popleft
        return [popleft() for _ in range(count)]

    def _done(self) -> None:
        with self._idle:
            self._in_flight = 0
            self._idle.notify_all()

    def _spool(self, batch: list[SpoolRecord]) -> None:
        """Spool records the broker cannot take now; hold them in memory when the spool will not either."""
        sendable = [record for record in batch if not self._set_aside_if_too_large(record)]
        if not sendable:
            return
        if not self._spool_usable():
            self._hold(sendable)
        elif self._append(sendable):
            self.spooled += len(sendable)
        else:
            self._hold(sendable)

    def _append(self, records: Sequence[SpoolRecord]) -> bool:
        """Append to the spool; False (the spool's failure noted, a retry scheduled) when it would not."""
        try:
            appended = self.spool.append(records)
        except OSError as exc:
            self._spool_failed(f"append failed: {exc!r}")
            return False
        if not appended:
            self._spool_failed(f"full ({self.spool.max_bytes} bytes)")
            return False
        self._spool_works()
        return True

    def _spool_pending(self) -> bool:
        """Tell whether spooled records wait before the others; False while the spool fails (passed by)."""
        if time.monotonic() < self._read_retry_at:
            return False
        try:
            pending = self.spool.pending()
        except OSError as exc:
            self._spool_failed(f"reading failed: {exc!r}", reading=True)
            return False
        if not pending:  # read, and nothing there; when something is, the drain says whether it can be read
            self._spool_works(reading=True)
        return pending

    def _spool_usable(self) -> bool:
        """Tell whether the spool may be written now (not within the backoff after a failed write)."""
        return time.monotonic() >= self._write_retry_at

    def _spool_failed(self, why: str, *, reading: bool = False) -> None:
        """Note a spool failure and use that side of it again after a backoff (doubling, up to its maximum).

        A write that fails stops writes only: what the spool holds is still drained first, so order is
        kept. A read that fails has the spool passed by: records go to the broker directly.
        """
        self.spool_failures += 1
        first = self.spool_error is None
        self.spool_error = why
        self._failed_reading = reading
        retry_at = time.monotonic() + self._spool_backoff_s
        if reading:
            self._read_retry_at = retry_at
        else:
            self._write_retry_at = retry_at
        (logger.error if first else logger.debug)(
            "errorflow's spool %s failed (%s): records are kept in memory (%d now, up to %d bytes) and sent to "
            "the broker when it answers; the spool is tried again in %.1f s",
            self.spool.path,
            why,
            len(self._held),
            self.hold_max_bytes,
            self._spool_backoff_s,
        )
        self._spool_backoff_s = min(self._spool_backoff_s * 2, self._spool_retry_max_s)

    def _spool_works(self, *, reading: bool = False) -> None:
        """Note that the spool worked (a write, or a read): the failure of that kind is over."""
        if self.spool_error is None or reading != self._failed_reading:
            return
        if self.spool_error is not None:
            logger.warning(
                "errorflow's spool %s works again (it failed %d times)", self.spool.path, self.spool_failures
            )
        self.spool_error = None
        self._spool_backoff_s = self._spool_retry_s

    @property
    def held(self) -> int:
        """Records kept in memory because neither the broker nor the spool took them yet."""
        return len(self._held)

    def _hold(self, records: Sequence[SpoolRecord]) -> None:
        """Keep records in memory, behind those already held; drop (count, log) what does not fit."""
        lost = 0
        for record in records:
            size = _size(record)
            if self._held_bytes + size > self.hold_max_bytes:
                lost += 1
                continue
            self._held.append(record)
            self._held_bytes += size
        if lost:
            self._dropped(
                lost,
                f"neither the broker nor the spool took them and the {self.hold_max_bytes} bytes held in memory "
                f"are full (spool: {self.spool_error or 'not failing'})",
            )

    def _dropped(self, count: int, reason: str) -> None:
        """Count lost records; log the first at once, then a summary at most every few seconds."""
        self.dropped += count
        self._drops_unlogged += count
        # Which records were dropped is not tracked: every mark not reached yet may cover one.
        low, high = self._lost or (self._durable, self._taken)
        self._lost = (min(low, self._durable), max(high, self._taken))
        now = time.monotonic()
        if now - self._drops_logged_at < _DROP_LOG_INTERVAL_S:
            return
        logger.error("errorflow dropped %d records (%d in all): %s", self._drops_unlogged, self.dropped, reason)
        self._drops_logged_at = now
        self._drops_unlogged = 0

    def _held_chunk(self) -> list[SpoolRecord]:
        """The oldest records memory holds, a batch at most (they stay held until :meth:`_unhold`)."""
        return list(itertools.islice(self._held, _MAX_BATCH))

    def _unhold(self, count: int, *, back: Sequence[SpoolRecord] = ()) -> None:
        """Let go of the ``count`` oldest held records, then put ``back`` (in order) in front of the rest."""
        for _ in range(count):
            self._held_bytes -= _size(self._held.popleft())
        self._held.extendleft(reversed(back))
        self._held_bytes += sum(_size(record) for record in back)

    async def _send_held(self, producer: Any) -> bool:
        """Send the records memory holds, oldest first; False when the broker failed (the unsent stay held)."""
        while self._held:
            chunk = self._held_chunk()
            unsent = await self._send(producer, chunk)
            self._unhold(len(chunk), back=unsent)
            if unsent:
                return False
        return True

    def _spool_held(self) -> None:
        """Move the records memory holds to the spool, oldest first, while it takes them."""
        while self._held:
            chunk = self._held_chunk()
            if not self._append(chunk):
                return
            self.spooled += len(chunk)
            self._unhold(len(chunk))

    def _spool_at_exit(self, records: list[SpoolRecord]) -> None:
        """The process leaves: spool what was not sent, or count and log it as dropped (the last chance)."""
        sendable = [record for record in records if not self._set_aside_if_too_large(record)]
        if not sendable:
            return
        try:
            if self.spool.append(sendable):
                self.spooled += len(sendable)
                return
            why = f"full ({self.spool.max_bytes} bytes)"
        except OSError as exc:
            why = f"append failed: {exc!r}"
        self._drops_logged_at = float("-inf")  # always said at exit
        self._dropped(len(sendable), f"the emitter closed with records neither sent nor spooled: the spool {why}")

    def _set_aside_if_too_large(self, record: SpoolRecord) -> bool:
        size = len(record.value) + len(record.key or b"")
        if size <= self.max_record_bytes:
            return False
        self._set_aside(record, f"{size} bytes, over the {self.max_record_bytes}-byte limit")
        return True

    def _set_aside(self, record: SpoolRecord, reason: str) -> None:
        """Keep a record that can never be sent out of the way of the others."""
        self.set_aside += 1
        try:
            kept = "kept in the spool's set-aside folder" if self.spool.set_aside(record, reason) else ""
        except OSError as exc:
            kept = f"not kept: the spool failed ({exc!r})"
        logger.error(
            "errorflow set aside a record for %s (key %r, %d bytes) that can never be sent: %s (%s); "
            "%d set aside so far, later records go on",
            record.topic,
            (record.key or b"")[:64],
            len(record.value),
            reason,
            kept or "not kept: the set-aside folder is full",
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
            await self._list_topics(producer)
        except (KafkaError, OSError, asyncio.TimeoutError) as exc:
            logger.info("Kafka at %s unreachable (%s); spooling events", self.bootstrap, exc)
            await self._drop(producer)
            return None
        return producer

    async def _list_topics(self, producer: Any) -> None:
        """Learn every topic's name (:attr:`_topics`); raises what the client raises when the broker does not answer.

        A request for all of them never creates one, so that no record is sent to a topic that is
        missing: aiokafka's metadata request for that topic would have the broker create it.
        """
        metadata = await asyncio.wait_for(producer.client.fetch_all_metadata(), timeout=self._request_timeout_s)
        self._topics = frozenset(metadata.topics())

    async def _drop(self, producer: Any) -> None:
        try:
            await asyncio.wait_for(producer.stop(), timeout=self._request_timeout_s)
        except Exception:  # stopping a producer whose broker is gone may fail in many ways
            logger.debug("producer stop failed", exc_info=True)
            await self._abandon(producer)

    async def _abandon(self, producer: Any) -> None:
        """Stop what a ``stop()`` cut short left running: aiokafka's sender, its batches and its client.

        ``stop()`` first waits for the records it holds to be delivered, which never happens
        while the broker is gone; cancelled there, it never closed its sender task nor its
        client's metadata task (it marks itself closed first, so a second ``stop()`` does
        nothing), and both went on trying the broker in this emitter's loop, one pair more
        for every outage, beside a task waiting for the batches for ever. The records they
        held are spooled already (``_send`` returned them). aiokafka has no public abort:
        its own attributes are looked up, and what a version lacks is left alone.
        """
        from aiokafka.errors import KafkaConnectionError

        task = getattr(getattr(producer, "_sender", None), "sender_task", None)
        if isinstance(task, asyncio.Task) and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=self._request_timeout_s)  # never raises the task's cancellation
        fail_all = getattr(getattr(producer, "_message_accumulator", None), "fail_all", None)
        if fail_all is not None:  # ends the wait of the cut-short stop() for its batches
            fail_all(KafkaConnectionError("the producer was dropped while its broker was away"))
            await asyncio.sleep(0)
        try:
            await asyncio.wait_for(producer.client.close(), timeout=self._request_timeout_s)
        except Exception:
            logger.debug("closing an abandoned producer's client failed", exc_info=True)

    async def _send(self, producer: Any, batch: list[SpoolRecord]) -> list[SpoolRecord]:
        """Produce a batch and wait for the acknowledgements; return what was not delivered, in order.

        Records refused for good are set aside, not returned; the first
        failure that may pass (broker away, timeout) stops sending, and that
        record and the ones after it are returned to be spooled.
        """
        sending: list[tuple[SpoolRecord, Any]] = []
        later: list[SpoolRecord] = []
        problem: BaseException | None = None
        batch, waiting = self._up_to_missing_topic(batch)
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
        return self._behind(unsent, waiting)

    def _behind(self, unsent: list[SpoolRecord], waiting: list[SpoolRecord]) -> list[SpoolRecord]:
        """``_send``'s undelivered records, then those waiting for a missing topic; notes whether those were all.

        When the broker took every record but the waiting ones, the producer works: :meth:`_lose_producer`
        keeps it (:attr:`_parked`) and the next attempt lists the topics on it instead of connecting anew.
        """
        self._only_waiting = bool(waiting) and not unsent
        unsent.extend(waiting)
        return unsent

    def _up_to_missing_topic(self, batch: list[SpoolRecord]) -> tuple[list[SpoolRecord], list[SpoolRecord]]:
        """Split a batch before its first record for a topic the broker does not have: (to send, to spool).

        errorflow's topics are created by errorflow (``ensure_topics``, at the pipeline's start), with
        its partitions and compaction. Sent anyway, a record for a missing topic would have a broker
        that auto-creates topics (Apache Kafka's default) create it with the broker's defaults: one
        partition, no compaction, for good. So it waits, with every record after it (their order
        kept), in the spool; the next connect lists the topics again.
        """
        if self._topics is None:
            return batch, []
        topics = self._topics
        for index, record in enumerate(batch):
            if record.topic not in topics:
                self._say_missing(record.topic, len(batch) - index)
                return batch[:index], batch[index:]
        if self._missing_topics:
            for topic in sorted(self._missing_topics & topics):
                logger.info("topic %s exists now; its records are sent", topic)
            self._missing_topics -= topics
        return batch, []

    def _say_missing(self, topic: str, waiting: int) -> None:
        """Log a missing topic once (at warning), until it exists."""
        if topic in self._missing_topics:
            logger.debug("topic %s still missing; %d records wait in the spool", topic, waiting)
            return
        self._missing_topics |= {topic}
        logger.warning(
            "topic %s does not exist on the broker at %s: errorflow's pipeline creates its topics when it starts "
            "('errorflow pipeline', or 'errorflow up' locally), and errorflow never lets a producer create one "
            "with the broker's defaults; %d records wait in the spool until it does (checked again every %.1f s)",
            topic,
            self.bootstrap,
            waiting,
            self._reconnect_interval_s,
        )

    async def _drain_spool(self, producer: Any) -> bool | None:
        """Send spooled segments oldest first; False when the broker failed again, None when the spool did.

        A segment is acknowledged whole, so one that holds a record for a missing topic waits whole:
        the records in front of that one, sent, would be sent again at every look until the topic
        exists (for good, when it never comes), since the segment stays.
        """
        while True:
            try:
                oldest = self.spool.oldest()
            except OSError as exc:
                self._spool_failed(f"reading failed: {exc!r}", reading=True)
                return None
            if oldest is None:
                return True
            self._spool_works(reading=True)
            segment, records = oldest
            if self._up_to_missing_topic(records)[1]:
                self._only_waiting = True  # the broker is not at fault: the producer is kept (_lose_producer)
                return False
            for start in range(0, len(records), _MAX_BATCH):
                if await self._send(producer, records[start : start + _MAX_BATCH]):
                    return False
            try:
                self.spool.acknowledge(segment)
            except OSError as exc:  # sent: the spool does not offer it again (see Spool.acknowledge)
                self._spool_failed(f"deleting a sent segment failed: {exc!r}")
                continue
            self._spool_works()
            logger.info("drained %d spooled records from %s", len(records), segment.name)


def _size(record: SpoolRecord) -> int:
    """Bytes a record takes in memory, near enough to bound what is held."""
    return len(record.value) + len(record.key or b"") + len(record.topic)


def _refused_for_good(exc: BaseException) -> bool:
    """Tell whether sending the record again can never work (its size, its bytes, its topic): one rule for all."""
    from errorflow.refusals import retriable  # aiokafka's errors: loaded only once there is a producer

    return not retriable(exc)
