"""Thin aiokafka adapters configured from Settings, for the high-volume paths.

Faust's per-message overhead caps an agent at a few thousand events per second
(two asyncio tasks per message), so the paths that see every event (the
ClickHouse sink, the classifier) consume with ``getmany`` batches through these
helpers, inside the same Faust app.
"""

from __future__ import annotations

import asyncio
import logging
import random
import struct
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.coordinator.assignors.range import RangePartitionAssignor
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from errorflow.errors import BrokerError, ConfigurationError
from errorflow.settings import Settings
from errorflow.streams.derived import Origin, Quarantine, refused_inputs
from errorflow.streams.topics import ALL_TOPICS

__all__ = [
    "CO_PARTITIONED",
    "CommitPipeline",
    "KeyPartitioner",
    "OnRevoked",
    "TopicPartition",
    "bootstrap_servers",
    "ensure_topics",
    "fetch_max_wait_ms",
    "linger_ms",
    "make_consumer",
    "make_producer",
    "max_request_bytes",
    "murmur2",
    "read_dead_letter",
    "read_topic",
]

logger = logging.getLogger(__name__)


def bootstrap_servers(settings: Settings) -> str:
    """Return the configured Kafka address.

    Raises:
        ConfigurationError: none is configured (``errorflow up`` sets it for the embedded broker).
    """
    if not settings.kafka.bootstrap:
        raise ConfigurationError(
            "no Kafka address: set ERRORFLOW_KAFKA_BOOTSTRAP, or start the embedded stack with `errorflow up`"
        )
    return settings.kafka.bootstrap


def fetch_max_wait_ms(settings: Settings) -> int:
    """The fetch wait of errorflow's consumers in milliseconds (``KafkaSettings.fetch_max_wait_s``)."""
    return max(1, round(settings.kafka.fetch_max_wait_s * 1000))


def linger_ms(settings: Settings) -> int:
    """The linger of errorflow's producers in milliseconds (``KafkaSettings.linger_s``)."""
    return round(settings.kafka.linger_s * 1000)


def max_request_bytes(settings: Settings) -> int:
    """The largest request errorflow's producers send (the Faust apps' too), room for any record they derive.

    A record derived from one errorflow accepts (up to ``kafka.max_message_bytes``) is a little larger
    than it: a compensation's dead letter carries its command and the error. A producer that refuses
    it refuses it for good, and a sender that waits for the record (the runner, for a dead letter)
    then waits for ever.
    """
    return max(settings.kafka.max_message_bytes * 8, 1_048_576)


def make_consumer(settings: Settings, *topics: str, group: str, **overrides: Any) -> AIOKafkaConsumer:
    """A manually committing consumer tuned for quick group joins (Tansu answers after session/2) and short hops."""
    options: dict[str, Any] = {
        "bootstrap_servers": bootstrap_servers(settings),
        "group_id": group,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "session_timeout_ms": int(settings.kafka.session_timeout_s * 1000),
        "heartbeat_interval_ms": int(settings.kafka.heartbeat_interval_s * 1000),
        "rebalance_timeout_ms": int(settings.kafka.rebalance_timeout_s * 1000),
        # Large enough to fetch a record over the size limit, so it can be quarantined.
        "max_partition_fetch_bytes": max(settings.kafka.max_message_bytes * 16, 16 * 1_048_576),
        "fetch_max_bytes": 64 * 1024 * 1024,
        "max_poll_records": settings.sink.fetch_max_records,
        # A fetch returns as soon as one byte is there (batches still fill under load); the wait only
        # bounds a quiet topic's delay per hop (see KafkaSettings.fetch_max_wait_s).
        "fetch_min_bytes": 1,
        "fetch_max_wait_ms": fetch_max_wait_ms(settings),
    }
    options.update(overrides)
    return AIOKafkaConsumer(*topics, **options)


CO_PARTITIONED = (RangePartitionAssignor,)
"""The assignment of a consumer that joins several topics keyed alike: partition p of each on one member.

aiokafka's default (round robin over every topic's partitions together) gives partition p of
two topics to two members once the group has, say, three members over four partitions each.
Kafka Streams co-partitions its joins the same way. Pass it as ``partition_assignment_strategy``.
"""

_M = 0x5BD1E995
_MASK = 0xFFFFFFFF
_WORDS: dict[int, Callable[[bytes], tuple[int, ...]]] = {}


def murmur2(data: bytes) -> int:
    """The Java client's murmur2 hash of a key, as aiokafka's ``murmur2`` gives it, at half its cost.

    aiokafka hashes every keyed record in pure Python, byte by byte (about a tenth of an agent's
    work per produced record); this reads the key as little-endian 32-bit words in one call.
    ``tests/unit/streams/test_murmur2.py`` holds it to aiokafka's on random keys of every length.
    """
    length = len(data)
    h = 0x9747B28C ^ length
    words = length >> 2
    unpack = _WORDS.get(words)
    if unpack is None:
        unpack = _WORDS[words] = struct.Struct(f"<{words}I").unpack_from
    for word in unpack(data):
        k = (word * _M) & _MASK
        k = ((k ^ (k >> 24)) * _M) & _MASK
        h = ((h * _M) & _MASK) ^ k
    extra = length & 3
    if extra:
        tail = length & ~3
        if extra >= 3:
            h ^= data[tail + 2] << 16
        if extra >= 2:
            h ^= data[tail + 1] << 8
        h = ((h ^ data[tail]) * _M) & _MASK
    h = ((h ^ (h >> 13)) * _M) & _MASK
    return h ^ (h >> 15)


class KeyPartitioner:
    """aiokafka's default partitioner (Java's murmur2 of the key; a random partition without a key), faster."""

    def __call__(self, key: bytes | None, all_partitions: Sequence[int], available: Sequence[int]) -> int:
        """The partition of ``key`` among ``all_partitions`` (sorted by id)."""
        if key is None:
            return random.choice(available or all_partitions)  # spreading load, not a secret
        return all_partitions[(murmur2(key) & 0x7FFFFFFF) % len(all_partitions)]


def make_producer(settings: Settings, **overrides: Any) -> AIOKafkaProducer:
    """An acks=all producer (no idempotence: Tansu does not support it; sinks deduplicate).

    aiokafka sends one batch per partition per round trip and makes :meth:`send` wait while
    that partition's batch is full. With its default 16 KiB batches an agent producing
    classifications (about 700 bytes each) could not produce more than about 90 records per
    round trip over four partitions: 1,000-1,400 a second on a loaded machine, however little
    work each took. A batch as large as a request removes that cap; under light load batches
    stay small, since the sender takes what is there once the linger passes.
    """
    max_request = max_request_bytes(settings)
    options: dict[str, Any] = {
        "bootstrap_servers": bootstrap_servers(settings),
        "acks": "all",
        "linger_ms": linger_ms(settings),
        "request_timeout_ms": int(settings.kafka.request_timeout_s * 1000),
        "max_request_size": max_request,
        "max_batch_size": max_request,
        "partitioner": KeyPartitioner(),
    }
    options.update(overrides)
    return AIOKafkaProducer(**options)


async def ensure_topics(settings: Settings, names: Iterable[str] | None = None) -> None:
    """Create errorflow's topics if they are missing (idempotent).

    Topics that exist are left as they are; one with fewer partitions than ``kafka.partitions``,
    or a topic errorflow compacts that is not compacted, is warned about (made by someone else).

    Raises:
        BrokerError: the cluster cannot be reached.
    """
    wanted = list(names) if names is not None else [settings.topic(spec.name) for spec in ALL_TOPICS]
    compacted = {settings.topic(spec.name) for spec in ALL_TOPICS if spec.compacted}
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers(settings))
    try:
        await asyncio.wait_for(admin.start(), timeout=settings.kafka.request_timeout_s)
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name,
                num_partitions=settings.kafka.partitions,
                replication_factor=settings.kafka.replication_factor,
                topic_configs={"cleanup.policy": "compact"} if name in compacted else {},
            )
            for name in wanted
            if name not in existing
        ]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass
            logger.info("created topics: %s", ", ".join(topic.name for topic in missing))
        found = [name for name in wanted if name in existing]
        if found:
            try:
                described = await admin.describe_topics(found)
            except (KafkaError, OSError, asyncio.TimeoutError) as exc:  # advice only: never a reason to stop
                logger.debug("could not describe topics %s: %s", found, exc)
            else:
                _warn_if_fewer_partitions(described, settings.kafka.partitions)
            await _warn_if_not_compacted(admin, [name for name in found if name in compacted])
    except (KafkaError, OSError, asyncio.TimeoutError) as exc:
        raise BrokerError(f"cannot create topics on {settings.kafka.bootstrap}: {exc}") from exc
    finally:
        await admin.close()


def _warn_if_fewer_partitions(described: Iterable[Mapping[str, Any]], wanted: int) -> None:
    """Warn about an existing topic with fewer partitions than ``kafka.partitions``: created by someone else.

    A producer's first record creates a missing topic on a broker that allows it (Apache Kafka's
    ``auto.create.topics.enable`` is on by default, and both Kafka clients ask for it), with the
    broker's default partition count: a client other than errorflow's SDK (which never sends to
    a missing topic: ``KafkaEmitter._up_to_missing_topic``) that reads or writes a topic before
    errorflow created it does that. This function only creates what is missing, so such a topic
    stays as it is, and a consumer group spreads over at most that many workers. Adding partitions moves keys (a run's
    events) to other partitions, so it is the operator's call, made before traffic: warned, not done.
    """
    for topic in described:
        count = len(topic.get("partitions") or ())
        if topic.get("error_code", 0) == 0 and 0 < count < wanted:
            logger.warning(
                "topic %s has %d partition(s), errorflow's settings want %d (kafka.partitions): it was created before "
                "errorflow created its topics (a producer's first record, with the broker's defaults?); at most %d "
                "worker(s) share its load. Add partitions before traffic (kafka-topics --alter --partitions %d) or "
                "recreate it",
                topic.get("topic"),
                count,
                wanted,
                count,
                wanted,
            )


async def _warn_if_not_compacted(admin: AIOKafkaAdminClient, names: list[str]) -> None:
    """Warn about an existing topic errorflow wants compacted whose ``cleanup.policy`` has no ``compact``.

    Auto-created by a client before errorflow created it (both Kafka clients ask for auto-creation, a
    consumer of it too), it has the broker's default policy, ``delete``: its older records, the state
    it keeps per key, go after the retention time. Warned, not changed (``kafka-configs --alter``).
    """
    if not names:
        return
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    try:
        responses = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name) for name in names])
    except (KafkaError, OSError, asyncio.TimeoutError) as exc:  # advice only: never a reason to stop
        logger.debug("could not describe the configs of %s: %s", names, exc)
        return
    for response in responses:
        for error_code, _, _, name, entries, *_ in response.resources:
            # Not listed (Tansu lists only what was set): the broker's default, which is delete.
            policy = next((entry[1] for entry in entries if entry[0] == "cleanup.policy"), None) or "delete"
            if error_code == 0 and "compact" not in str(policy).split(","):
                logger.warning(
                    "topic %s has cleanup.policy=%s, errorflow wants it compacted: it was created before errorflow "
                    "created its topics, and its state per key goes after the retention time. Set it "
                    "(kafka-configs --alter --add-config cleanup.policy=compact)",
                    name,
                    policy,
                )


async def commit_assigned(consumer: AIOKafkaConsumer, offsets: dict[TopicPartition, int]) -> None:
    """Commit ``offsets`` of the partitions the consumer still holds; the others are left to their new owner.

    A rebalance (a worker joining or leaving the group) may revoke partitions while a batch
    is being stored or acknowledged; committing them then raises ``IllegalStateError`` and
    stopped the agent (seen: the sink, and so the pipeline process, when a second worker
    joined under load). Their records are stored or sent; their new owner reads them again
    from the last commit, which the idempotent writes absorb. Every agent commits through here.
    """
    assigned = consumer.assignment()
    owned = {tp: offset for tp, offset in offsets.items() if tp in assigned}
    if owned:
        await consumer.commit(owned)


class OnRevoked(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka ships no type hints
    """The rebalance listener of an agent that must act before partitions are taken away, and not on assignment.

    aiokafka awaits ``on_partitions_revoked`` before the member rejoins its group, so what
    ``revoked`` does (store and commit what was read, forget what was held for them) is done
    before the partitions' next owner reads them. ``revoked`` may be a plain function or a
    coroutine function; it gets the set of revoked partitions. On assignment there is nothing
    to do: the agent reads its partitions from their committed offsets.
    """

    def __init__(self, revoked: Callable[[set[TopicPartition]], Awaitable[None] | None]) -> None:
        self._revoked = revoked

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        """Call ``revoked`` with the partitions (and wait for it when it is a coroutine)."""
        acting = self._revoked(revoked)
        if acting is not None:
            await acting

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        """Nothing to do: the agent reads the partitions from their committed offsets."""


class CommitPipeline:
    """Commits each batch's offsets once the records produced for it are acknowledged, beside the loop.

    An agent that waited for its acknowledgements and then its commit before fetching again
    spent two broker round trips per batch (20-60 ms each measured on a loaded machine) with
    a record that had just arrived waiting behind them. Here the loop hands over each
    batch's delivery futures and offsets and fetches on. Commits stay in batch order, a batch
    is committed only after every record produced for it was acknowledged, and nothing after
    a failed batch is committed: the failure is raised by the next :meth:`add` or :meth:`drain`,
    as the loop would have raised it. At most ``max_pending`` batches wait; the next waits for the oldest.

    With ``quarantine``, a batch handed over with the :data:`~errorflow.streams.derived.Origin` of each
    future is settled by :func:`~errorflow.streams.derived.refused_inputs`: an input whose record Kafka
    refused for good is quarantined (``quarantine`` returns once its records are acknowledged), and the
    batch is committed; any other failure is raised as before.
    """

    def __init__(
        self, consumer: AIOKafkaConsumer, *, max_pending: int = 8, quarantine: Quarantine | None = None
    ) -> None:
        self._consumer = consumer
        self._max_pending = max_pending
        self._quarantine = quarantine
        self._pending: list[asyncio.Task[None]] = []

    async def add(
        self, futures: list[Any], offsets: dict[TopicPartition, int], origins: Sequence[Origin] | None = None
    ) -> None:
        """Commit ``offsets`` once ``futures`` (and every earlier batch) succeeded.

        ``origins[i]`` is the input ``futures[i]``'s record was derived from (see ``quarantine``).
        """
        self._reap()
        while len(self._pending) >= self._max_pending:
            await asyncio.wait({self._pending[0]})
            self._reap()
        previous = self._pending[-1] if self._pending else None
        self._pending.append(asyncio.create_task(self._settle(previous, futures, offsets, origins)))

    async def _settle(
        self,
        previous: asyncio.Task[None] | None,
        futures: list[Any],
        offsets: dict[TopicPartition, int],
        origins: Sequence[Origin] | None,
    ) -> None:
        quarantine = self._quarantine
        if futures and (origins is None or quarantine is None):
            await asyncio.gather(*futures)
        elif futures and origins is not None and quarantine is not None:
            # Every future settles first: a record refused does not leave its batch's other records unawaited.
            refused = refused_inputs(origins, await asyncio.gather(*futures, return_exceptions=True))
            if refused:
                await quarantine(refused)
        if previous is not None:
            await previous  # raises if an earlier batch failed: nothing after it is committed
        await commit_assigned(self._consumer, offsets)

    def _reap(self) -> None:
        while self._pending and self._pending[0].done():
            self._pending.pop(0).result()

    async def drain(self) -> None:
        """Wait until every batch handed over is committed (re-raises a failure)."""
        while self._pending:
            await asyncio.wait({self._pending[0]})
            self._reap()

    async def cancel(self) -> None:
        """Abandon what is still waiting (nothing of it is committed; the records are read again)."""
        for task in self._pending:
            task.cancel()
        await asyncio.gather(*self._pending, return_exceptions=True)
        self._pending.clear()


_PAST_END_WAIT_S = 2.0
"""How long :func:`read_dead_letter` waits for a record at or past its partition's end offset (as reported)."""


async def read_dead_letter(
    settings: Settings, topic: str, partition: int, offset: int, *, timeout_s: float = 15.0
) -> Any:
    """The dead letter of the one record at ``offset``, or why there is none (a str).

    The sink stores a dead letter's command with its input scrubbed; its record (a
    ``DeadLetter`` on the DLQ topic, or a ``DeadLetterUpdate`` carrying one on the
    DLQ-state topic) has it whole. Read by a consumer without a group, assigned to
    the partition at the offset, so no group's offsets move.
    """
    from errorflow.errors import MalformedEventError
    from errorflow.schemas.codec import decode
    from errorflow.schemas.recovery import DeadLetter, DeadLetterUpdate
    from errorflow.streams.topics import Topics

    limit = settings.kafka.max_message_bytes
    part = TopicPartition(topic, partition)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap_servers(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="none",
        max_partition_fetch_bytes=max(limit * 16, 16 * 1_048_576),
    )
    try:
        await consumer.start()
        consumer.assign([part])
        # A position the partition no longer holds (retention, a topic recreated, the embedded broker's
        # data wiped): before its start it is said at once; past its end the read waited its whole timeout
        # per entry, and now waits a moment only. Not at once: Tansu's end offset can lag the records a
        # batch behind (records at 4 and 5 of a partition said to end at 3), and such a record comes at once.
        start = (await consumer.beginning_offsets([part]))[part]
        if offset < start:
            return f"the record is gone (the partition starts at offset {start}: retention?)"
        end = (await consumer.end_offsets([part]))[part]
        consumer.seek(part, offset)
        deadline = time.monotonic() + (min(timeout_s, _PAST_END_WAIT_S) if offset >= end else timeout_s)
        while time.monotonic() < deadline:
            batch = await consumer.getmany(part, timeout_ms=1000, max_records=1)
            records = batch.get(part, [])
            if not records:
                continue
            record = records[0]
            if record.offset != offset:
                break
            try:
                if topic == settings.topic(Topics.DLQ.name):
                    return decode(record.value, DeadLetter, max_bytes=limit)
                return decode(record.value, DeadLetterUpdate, max_bytes=limit).dead_letter
            except MalformedEventError as exc:
                return f"unreadable: {exc.reason}"
        return "the record is gone (retention?)"
    except KafkaError as exc:
        return f"{type(exc).__name__}: {exc}"
    finally:
        await consumer.stop()


async def read_topic(settings: Settings, topic: str, *, group: str, keep: Callable[[bytes], bool]) -> list[Any]:
    """Every record of ``topic`` whose value ``keep`` accepts, from its beginning to its end (a changelog read).

    Read by a consumer without a group, assigned to every partition, so no group's offsets move;
    ``group`` only names the client. Tansu's end offsets can be off by a batch: three empty polls in
    a row also end the read.
    """
    consumer = make_consumer(settings, group=group, group_id=None)
    await consumer.start()
    records: list[Any] = []
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        if not partitions:
            return records
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        empty = 0
        while empty < 3:
            batches = await consumer.getmany(timeout_ms=200)
            if not batches:
                positions = [await consumer.position(tp) for tp in partitions]
                reached = all(position >= ends[tp] for position, tp in zip(positions, partitions, strict=True))
                empty += 3 if reached else 1
                continue
            empty = 0  # three empty polls in a row end it, not three in all: a slow broker pauses mid-read
            for messages in batches.values():
                records += [m for m in messages if m.value is not None and keep(m.value)]
    finally:
        await _stop_consumer(consumer)
    return records


async def _stop_consumer(consumer: AIOKafkaConsumer) -> None:
    """Stop a consumer without a group; the ``CancelledError`` aiokafka raises when it stops at once is swallowed.

    Its group-less coordinator cancels a task of its own and awaits it: stopped before that task ever ran
    (a topic that does not exist yet, read right after the start), the await raises ``CancelledError``.
    The stop runs as a task of its own so that this is told apart from a cancellation of the caller,
    which is raised as ever (by the wait).
    """
    stopping = asyncio.ensure_future(consumer.stop())
    await asyncio.wait({stopping})
    if not stopping.cancelled():
        stopping.result()  # any other failure of the stop
