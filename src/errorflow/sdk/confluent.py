"""The SDK's emitter on confluent-kafka (librdkafka): the same guarantees, a fraction of the GIL time.

:class:`~errorflow.sdk.emitter.KafkaEmitter` produces with aiokafka, whose
per-record work (key hashing, batching, framing) is Python running in the
emitter's thread and competing for the GIL with the service's own calls.
librdkafka does all of it in C threads: ``produce()`` costs about a
microsecond of Python, so a decorated call costs little more than building its
event (``bench/bench_sdk.py`` measures both side by side).

:class:`ConfluentEmitter` keeps everything else of ``KafkaEmitter``: the
in-memory queue, batches acknowledged before the next one goes, the spool
while the broker is away (new records behind it, drained oldest first), records
held in memory while the spool's disk fails, and records that can never be sent
set aside. librdkafka keeps retrying inside
``message.timeout.ms`` (twice the request timeout), after which a record
counts as not delivered and is spooled.

In a forked child whose parent left glibc's resolver lock held (see
:mod:`errorflow.sdk.resolver`), librdkafka can never connect: such a child's
emitter produces with aiokafka (:class:`KafkaEmitter`'s client) instead, and
says so once.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

from errorflow.sdk import resolver
from errorflow.sdk.emitter import KafkaEmitter
from errorflow.sdk.spool import SpoolRecord

__all__ = ["ConfluentEmitter"]

logger = logging.getLogger(__name__)

_BUFFER_WAIT_S = 0.05


class ConfluentEmitter(KafkaEmitter):
    """Produces with librdkafka from the emitter's background thread, spooling to disk while Kafka is away."""

    def _import_client(self) -> None:
        """Import confluent-kafka in the thread that builds the emitter (see ``KafkaEmitter._import_client``)."""
        import confluent_kafka  # noqa: F401 - imported for its side effect: complete in sys.modules

    _with_aiokafka: bool | None = None
    """Whether this emitter produces with aiokafka (a forked child whose resolver is locked); None: not known yet."""

    async def _connect(self) -> Any:
        if self._with_aiokafka is None:
            self._with_aiokafka = await self._resolver_locked()
        if self._with_aiokafka:
            return await super()._connect()
        from confluent_kafka import KafkaException, Producer

        producer = Producer(
            {
                "bootstrap.servers": self.bootstrap,
                "acks": "all",
                # Tansu refuses the idempotent producer (see docs); delivery is at least once anyway.
                "enable.idempotence": False,
                "linger.ms": 1,  # our own loop batches already; this only adds latency
                "batch.num.messages": 10_000,
                "message.max.bytes": self.max_record_bytes + 16 * 1024,
                "request.timeout.ms": int(self._request_timeout_s * 1000),
                "message.timeout.ms": int(self._request_timeout_s * 2000),
                # Only failures call back into Python: a delivered record costs no Python at all.
                "delivery.report.only.error": True,
                "on_delivery": self._delivered,
                "partitioner": "murmur2_random",  # the Java client's, so keys land where aiokafka puts them
                # errorflow creates its topics (ensure_topics); a broker must not make one with its defaults
                # for a topic deleted after the connect listed it (missing ones are never produced to).
                "allow.auto.create.topics": False,
                "log_level": 3,
            }
        )
        _LIVE[id(producer)] = producer
        self._failures: list[tuple[Any, Any]] = []
        try:
            # On a thread of its own: against a broker that does not answer it lasts the whole
            # timeout, and the emitter's rounds go on spooling meanwhile (KafkaEmitter._connection).
            await self._list_topics(producer)
        except KafkaException as exc:
            logger.info("Kafka at %s unreachable (%s); spooling events", self.bootstrap, exc)
            await self._drop(producer)
            return None
        except BaseException:  # cancelled: the emitter closes
            await self._drop(producer)
            raise
        return producer

    async def _list_topics(self, producer: Any) -> None:
        """Learn every topic's name: records for any other topic wait (``_up_to_missing_topic``)."""
        if self._with_aiokafka:
            await super()._list_topics(producer)
            return
        metadata = await asyncio.to_thread(producer.list_topics, timeout=self._request_timeout_s)
        self._topics = frozenset(metadata.topics)

    async def _resolver_locked(self) -> bool:
        """Tell, before the first connect, whether librdkafka would hang here (see :mod:`errorflow.sdk.resolver`).

        Only a forked child can inherit the lock held, so only a forked child looks
        (one lookup of the broker's address, on a thread of its own).
        """
        if not (resolver.forked() and self.bootstrap):
            return False
        if await resolver.resolver_answers(self.bootstrap, self._request_timeout_s):
            return False
        logger.warning(
            "errorflow's emitter produces with aiokafka in this process (%d): it was forked while a thread of its "
            "parent held glibc's resolver lock, which librdkafka's connects would wait for forever",
            os.getpid(),
        )
        return True

    def _delivered(self, error: Any, message: Any) -> None:
        if error is not None:
            self._failures.append((error, message))

    async def _drop(self, producer: Any) -> None:
        if self._with_aiokafka:
            await super()._drop(producer)
            return
        try:
            producer.purge()
            producer.flush(0)
        except Exception:  # a producer whose broker is gone may fail in many ways
            logger.debug("producer purge failed", exc_info=True)
        _LIVE.pop(id(producer), None)  # destroyed here, in its process, when the caller lets go of it

    async def _send(self, producer: Any, batch: list[SpoolRecord]) -> list[SpoolRecord]:
        """Produce a batch and wait for the acknowledgements; return what was not delivered, in order.

        Records refused for good are set aside, not returned; a record that may
        go through later (broker away, timed out) is returned, with every record
        after it that was not produced yet, to be spooled. When some records get
        no outcome within the wait, every record produced (not refused) is
        returned, to be sent again (see :meth:`_outcome`).
        """
        if self._with_aiokafka:
            return await super()._send(producer, batch)
        from confluent_kafka import KafkaException

        self._failures = []
        produced = 0
        later: list[SpoolRecord] = []
        problem: BaseException | None = None
        produce = producer.produce
        limit = self.max_record_bytes
        set_aside: set[int] = set()  # indexes of records set aside before librdkafka had them (rare: no cost)
        batch, waiting = self._up_to_missing_topic(batch)
        for index, record in enumerate(batch):
            topic, key, value = record
            if len(value) + len(key or b"") > limit and self._set_aside_if_too_large(record):
                set_aside.add(index)
                continue
            try:
                try:
                    produce(topic, value, key)
                except BufferError:  # librdkafka's local queue is full: wait for room
                    self._produce(producer, record)
            except KafkaException as exc:
                error = exc.args[0] if exc.args else None
                if _refused_for_good(error):
                    self._set_aside(record, f"refused: {error!r}")
                    set_aside.add(index)
                    continue
                problem = exc
                later = batch[index:]
                break
            produced += 1
        remaining = producer.flush(self._request_timeout_s * 2)
        tried = batch[: len(batch) - len(later)]
        unsent, refused, failure = self._outcome(producer, tried, set_aside, remaining)
        self.sent += produced - len(unsent) - refused
        unsent.extend(later)
        if unsent:
            problem = problem or failure or TimeoutError(f"{remaining} records unacknowledged")
            logger.warning("could not deliver %d records (%r); spooling them", len(unsent), problem)
        return self._behind(unsent, waiting)

    def _outcome(
        self, producer: Any, tried: list[SpoolRecord], set_aside: set[int], remaining: int
    ) -> tuple[list[SpoolRecord], int, Any]:
        """Sort the produced records out after the flush: (not delivered, refused for good, a failure seen).

        Records refused for good are set aside here. When ``remaining`` records had no outcome
        within the wait, every record produced and not refused is returned: only failures are
        reported (``delivery.report.only.error``), so a delivered record cannot be told apart
        from one whose report never came (the purge's reports need not be served by then),
        and counting those as delivered lost them (a drained segment was deleted without
        them). Sent again, a copy carries its event id, which the sinks drop.
        """
        failed: dict[tuple[str, bytes | None, bytes], Any] = {}
        refused: set[tuple[str, bytes | None, bytes]] = set()
        refused_count = 0
        for error, message in self._failures:
            identity = (message.topic(), message.key(), message.value())
            if _refused_for_good(error):
                refused.add(identity)
                refused_count += 1
                self._set_aside(SpoolRecord(*identity), f"refused: {error!r}")
            else:
                failed[identity] = error
        self._failures = []
        failure = next(iter(failed.values()), None)
        if remaining:
            producer.purge()
            producer.flush(0)
            self._failures = []
            unsent = [
                record
                for index, record in enumerate(tried)
                if index not in set_aside and (record.topic, record.key, record.value) not in refused
            ]
        else:
            unsent = [r for r in tried if (r.topic, r.key, r.value) in failed] if failed else []
        return unsent, refused_count, failure

    def _produce(self, producer: Any, record: SpoolRecord) -> None:
        """Hand one record to librdkafka, waiting while its local queue is full."""
        while True:
            try:
                producer.produce(record.topic, record.value, record.key)
            except BufferError:
                producer.poll(_BUFFER_WAIT_S)
                continue
            return


def _refused_for_good(error: Any) -> bool:
    """Tell whether sending the record again can never work: the one rule of :mod:`errorflow.refusals`."""
    from confluent_kafka import KafkaError

    from errorflow.refusals import refused_for_good_code

    return isinstance(error, KafkaError) and refused_for_good_code(error.code())


_LIVE: dict[int, Any] = {}
"""Producers this process made and has not dropped yet."""
_INHERITED: list[Any] = []
"""In a forked child, the producers its parent had: kept for good, never destroyed here."""


def _keep_inherited_producers() -> None:
    """Keep the parent's producers alive in a forked child, so that the child never destroys one.

    librdkafka's threads do not survive a fork, and librdkafka does not support destroying a
    client made before it: the child waits for threads that are not there (a second per client
    with librdkafka 2.16, its garbage collection stalled meanwhile). A forked child whose garbage
    collection freed its parent's producers (an emitter kept its closed producer in a reference
    cycle) crashed once while collecting (a segmentation fault, running the spawn then the fork
    variant of ``tests/integration/test_spool_processes.py``). The child builds clients of its own.
    """
    _INHERITED.extend(_LIVE.values())
    _LIVE.clear()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_keep_inherited_producers)
