"""The ClickHouse sink agent: every record of errorflow's topics becomes a row.

The pure part, :class:`IngestRouter`, decodes a record and says which table
row it is, or why it goes to quarantine. :func:`ingest_service` is the thin
adapter: a mode Service inside the Faust app running an aiokafka consumer with
``getmany`` batches (a Faust agent would cap ingest at its per-message rate),
feeding :class:`~errorflow.sinks.BatchWriter` per table and committing offsets
only after every writer has flushed the rows those offsets cover.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import orjson
from pydantic import BaseModel, TypeAdapter

from errorflow.errors import MalformedEventError, SinkBackpressureError, StoreError
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.settings import Settings
from errorflow.sinks.writer import RAW_JSON
from errorflow.streams.topics import Topics

__all__ = ["FastPath", "IngestRouter", "Route", "Routed", "RoutedBatch", "default_routes", "model_row", "run_ingest"]

logger = logging.getLogger(__name__)

Row = dict[str, Any]


def model_row(model: BaseModel) -> Row:
    """Flatten a contract model into a row: nested values become JSON strings."""
    row: Row = {}
    for name, value in model:
        if isinstance(value, BaseModel):
            row[name] = orjson.dumps(value.model_dump(mode="json")).decode()
        elif isinstance(value, (dict, list)):
            row[name] = orjson.dumps(value, default=_json_default).decode()
        elif isinstance(value, Enum):
            row[name] = value.value
        else:
            row[name] = value
    return row


def _json_default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(type(value).__name__)


@dataclass(frozen=True, slots=True)
class FastPath:
    """A cheaper way for a topic's well-formed records: stored as their own JSON text.

    ``check`` returns the dedup key of each value it vouches for (None for the
    rest, which take the contract path); those records go to ``table`` as
    ``JSONEachRow`` lines.
    """

    check: Callable[[list[bytes]], list[str | None]]
    table: str


@dataclass(frozen=True, slots=True)
class Route:
    """Records of one topic, the contract they follow and the table they fill."""

    topic: str
    model: type[BaseModel]
    table: str
    to_row: Callable[[Any], Row]
    dedup_key: str | tuple[str, ...]
    fast: FastPath | None = None


@dataclass(frozen=True, slots=True)
class Routed:
    """A decoded record and its row."""

    table: str
    row: Row


@dataclass(slots=True)
class RoutedBatch:
    """One partition's records after routing: rows per table (each in record order) and quarantine records."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    quarantined: list[QuarantineRecord] = field(default_factory=list)

    def extend(self, outcomes: Iterable[Routed | QuarantineRecord]) -> None:
        """Add routed records, keeping their order within each table."""
        for outcome in outcomes:
            if isinstance(outcome, QuarantineRecord):
                self.quarantined.append(outcome)
            else:
                self.rows.setdefault(outcome.table, []).append(outcome.row)


def default_routes(settings: Settings) -> list[Route]:
    """The topics the sink consumes and where their records go."""
    from errorflow.schemas.alerts import Alert
    from errorflow.schemas.breakers import BreakerStateRecord
    from errorflow.schemas.recovery import DeadLetter, DeadLetterUpdate, RecoveryActionEvent
    from errorflow.schemas.wire import event_ids
    from errorflow.sinks import alert_row, dlq_row, dlq_update_row, event_row, recovery_row
    from errorflow.sinks.rows import breaker_row

    return [
        Route(
            settings.topic(Topics.EVENTS.name),
            TaskRunEvent,
            "taskrun_events",
            event_row,
            "event_id",
            fast=FastPath(event_ids, "taskrun_events_landing") if settings.sink.fast_path else None,
        ),
        Route(
            settings.topic(Topics.CLASSIFICATIONS.name),
            ClassificationEvent,
            "error_classifications",
            model_row,
            "event_id",
        ),
        Route(settings.topic(Topics.RECOVERY.name), RecoveryActionEvent, "recovery_actions", recovery_row, "action_id"),
        # A dead letter and its later states are versions of one entry: (dlq_id, updated_at) identifies one.
        Route(settings.topic(Topics.DLQ.name), DeadLetter, "dlq_entries", dlq_row, ("dlq_id", "updated_at")),
        Route(
            settings.topic(Topics.DLQ_STATE.name),
            DeadLetterUpdate,
            "dlq_entries",
            dlq_update_row,
            ("dlq_id", "updated_at"),
        ),
        Route(settings.topic(Topics.ALERTS.name), Alert, "alerts", alert_row, "alert_id"),
        Route(
            settings.topic(Topics.BREAKERS.name),
            BreakerStateRecord,
            "breaker_transitions",
            breaker_row,
            "transition_id",
        ),
        Route(settings.topic(Topics.QUARANTINE.name), QuarantineRecord, "quarantine", model_row, "quarantine_id"),
    ]


class IngestRouter:
    """Decodes records and maps them to rows; pure, no I/O."""

    def __init__(self, routes: list[Route], *, max_bytes: int) -> None:
        self._routes: Mapping[str, Route] = {route.topic: route for route in routes}
        self._max_bytes = max_bytes
        self._batch_adapters = {route.topic: TypeAdapter(list[route.model]) for route in routes}  # type: ignore[name-defined]

    def route_batch(
        self, topic: str, partition: int, records: Sequence[tuple[int, bytes | None, bytes | None]]
    ) -> RoutedBatch:
        """Route ``(offset, key, value)`` records of one partition.

        Rows come out per table in record order. On a topic with a fast path,
        the records its check vouches for become JSON rows in one pass; the rest
        take the contract path. There all records are validated in one pydantic
        call over a JSON array, which is a third cheaper per record than one
        call each; if any record is bad, the batch falls back to one call per
        record to find it.
        """
        route = self._routes[topic]
        values = [value for _, _, value in records]
        if route.fast is not None and values:
            return self._route_fast(route, route.fast, partition, records, values)
        batch = RoutedBatch()
        batch.extend(self._route_contract(route, partition, records, values))
        return batch

    def _fits(self, value: bytes) -> bool:
        return len(value) <= self._max_bytes

    def _route_fast(
        self,
        route: Route,
        fast: FastPath,
        partition: int,
        records: Sequence[tuple[int, bytes | None, bytes | None]],
        values: list[bytes | None],
    ) -> RoutedBatch:
        """Records the fast check vouches for become JSON rows; the rest take the contract path."""
        key_column = route.dedup_key if isinstance(route.dedup_key, str) else route.dedup_key[0]
        sized = [i for i, value in enumerate(values) if value and self._fits(value)]
        keys: list[str | None]
        if len(sized) == len(values):
            keys = fast.check(values)  # type: ignore[arg-type]  # every value is non-empty bytes
        else:
            keys = [None] * len(values)
            for i, key in zip(sized, fast.check([values[i] for i in sized]), strict=True):  # type: ignore[misc]
                keys[i] = key
        rows = [{key_column: key, RAW_JSON: value} for key, value in zip(keys, values, strict=True) if key is not None]
        batch = RoutedBatch({fast.table: rows} if rows else {})
        if None in keys:
            others = [i for i, key in enumerate(keys) if key is None]
            batch.extend(
                self._route_contract(route, partition, [records[i] for i in others], [values[i] for i in others])
            )
        return batch

    def _route_contract(
        self,
        route: Route,
        partition: int,
        records: Sequence[tuple[int, bytes | None, bytes | None]],
        values: list[bytes | None],
    ) -> list[Routed | QuarantineRecord]:
        topic = route.topic
        if values and all(value and self._fits(value) for value in values):
            try:
                models = self._batch_adapters[topic].validate_json(b"[" + b",".join(values) + b"]", strict=True)  # type: ignore[arg-type]
            except ValueError:
                pass  # a bad record (or JSON that does not nest in an array): find it one by one
            else:
                if len(models) == len(values):
                    return [Routed(route.table, route.to_row(model)) for model in models]
        return [self.route(topic, partition, offset, key, value) for offset, key, value in records]

    @property
    def topics(self) -> list[str]:
        """Topics to consume."""
        return list(self._routes)

    def route(
        self, topic: str, partition: int, offset: int, key: bytes | None, value: bytes | None
    ) -> Routed | QuarantineRecord:
        """Return the row of a record, or the quarantine record saying why it has none."""
        route = self._routes[topic]
        try:
            model = decode(value, route.model, max_bytes=self._max_bytes)
            return Routed(route.table, route.to_row(model))
        except MalformedEventError as exc:
            return QuarantineRecord.for_record(
                topic=topic,
                partition=partition,
                offset=offset,
                key=key,
                raw=value,
                detected_by="sink",
                reason=exc.reason,
                detail=exc.detail,
            )
        except (ValueError, TypeError) as exc:  # a row mapper refusing a value that validated
            return QuarantineRecord.for_record(
                topic=topic,
                partition=partition,
                offset=offset,
                key=key,
                raw=value,
                detected_by="sink",
                reason="unmappable",
                detail=str(exc),
            )


@dataclass
class IngestStats:
    """Counters of the sink, logged periodically and exposed for tests and benchmarks."""

    consumed: int = 0
    written: int = 0
    duplicates: int = 0
    quarantined: int = 0
    flushes: int = 0
    commit_failures: int = 0


async def run_ingest(  # noqa: PLR0912, PLR0915  # one loop; its steps are the inner functions
    settings: Settings,
    *,
    store: Any,
    stop: asyncio.Event,
    stats: IngestStats | None = None,
    executor: ThreadPoolExecutor | None = None,
) -> IngestStats:
    """Consume errorflow's topics into the store until ``stop`` is set.

    Offsets are committed only after every table writer flushed (rows durable in
    the store) and quarantine records were acknowledged by the broker. Store
    failures pause consumption (nothing is fetched while a flush is retried),
    which is the sink's backpressure.
    """
    from errorflow.sinks import BatchWriter
    from errorflow.streams.kafka import make_consumer, make_producer

    stats = stats or IngestStats()
    _tune_the_interpreter()
    routes = default_routes(settings)
    router = IngestRouter(routes, max_bytes=settings.kafka.max_message_bytes)
    writers = {
        route.table: BatchWriter(store, table=route.table, settings=settings.sink, dedup_key=route.dedup_key)
        for route in routes
    }
    for route in routes:
        if route.fast is not None:
            writers[route.fast.table] = BatchWriter(
                store, table=route.fast.table, settings=settings.sink, dedup_key=route.dedup_key, raw_json=True
            )
    quarantine_topic = settings.topic(Topics.QUARANTINE.name)
    own_executor = executor is None
    pool = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="errorflow-sink")
    loop = asyncio.get_running_loop()
    consumer = make_consumer(settings, *router.topics, group=f"{settings.app_id}-sink")
    producer = make_producer(settings)
    warm_up = loop.run_in_executor(pool, _prepare_fast_tables, store, routes)  # while the group is joined
    await producer.start()
    await consumer.start()
    await warm_up
    to_commit: dict[Any, int] = {}
    pending_quarantine: list[QuarantineRecord] = []
    last_flush = time.monotonic()
    in_flight: asyncio.Task[None] | None = None

    async def flush_all(offsets: dict[Any, int], quarantined: list[QuarantineRecord]) -> None:
        """Write every buffered row, publish quarantine records, then commit ``offsets``."""
        delay = 0.5
        while True:
            try:
                results = await loop.run_in_executor(pool, lambda: [w.flush() for w in writers.values()])
                break
            except StoreError as exc:
                # Keep the rows and the offsets; the main loop stops fetching once the buffers fill.
                logger.warning("store write failed (%s); retrying in %.1fs without committing", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
        for result in results:
            stats.written += result.written
            stats.duplicates += result.duplicates
            quarantined.extend(_rejected_row_record(row, reason) for row, reason in result.rejected)
        if quarantined:
            futures = [
                await producer.send(quarantine_topic, encode(record), key=(record.key or "").encode() or None)
                for record in quarantined
            ]
            await asyncio.gather(*futures)
            stats.quarantined += len(quarantined)
        if offsets:
            await consumer.commit(offsets)
        stats.flushes += 1

    def flush_due() -> bool:
        if not (to_commit or pending_quarantine):
            return False
        interval_due = time.monotonic() - last_flush >= settings.sink.batch_max_interval_s
        return interval_due or any(w.due() for w in writers.values())

    def begin_flush() -> None:
        """Flush in the background (one at a time) while consumption goes on.

        The offsets handed to a flush are those of records whose rows were all
        added before it started (``to_commit`` moves only after a batch's rows
        are in the writers), so a commit never covers a row not yet stored.
        """
        nonlocal in_flight, last_flush
        offsets = dict(to_commit)
        to_commit.clear()
        quarantined = list(pending_quarantine)
        pending_quarantine.clear()
        in_flight = asyncio.create_task(flush_all(offsets, quarantined))
        in_flight.add_done_callback(chain_flush)
        last_flush = time.monotonic()

    def chain_flush(done: asyncio.Task[None]) -> None:
        """Start the next flush as soon as one succeeds, if one is due.

        The store then never idles while rows wait for the consuming loop to come
        round; a failure is left for that loop to raise when it awaits the flush.
        """
        if not done.cancelled() and done.exception() is None and not stop.is_set() and flush_due():
            begin_flush()

    async def settle() -> None:
        """Wait until no flush is in flight: the current one and any chained onto it (re-raises a failure)."""
        while in_flight is not None and not in_flight.done():
            await in_flight
        if in_flight is not None:
            in_flight.result()

    async def start_flush() -> None:
        await settle()
        begin_flush()

    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=50, max_records=settings.sink.fetch_max_records)
            for tp, messages in batches.items():
                routed = router.route_batch(
                    tp.topic, tp.partition, [(message.offset, message.key, message.value) for message in messages]
                )
                for record in routed.quarantined:
                    if tp.topic == quarantine_topic:
                        logger.error("dropping an unreadable quarantine record at offset %s", record.source_offset)
                    else:
                        pending_quarantine.append(record)
                for table, rows in routed.rows.items():
                    try:
                        writers[table].add(rows)
                    except SinkBackpressureError:
                        # The writer is full: wait for the flush in flight, flush, then take the rows.
                        await start_flush()
                        await settle()
                        writers[table].add(rows)
                stats.consumed += len(messages)
                if messages:
                    to_commit[tp] = messages[-1].offset + 1
            if (in_flight is None or in_flight.done()) and flush_due():
                await start_flush()
        if to_commit or pending_quarantine:
            await start_flush()
        await settle()
    finally:
        if in_flight is not None and not in_flight.done():
            in_flight.cancel()
        await consumer.stop()
        await producer.stop()
        if own_executor:
            pool.shutdown(wait=True)
    return stats


def _prepare_fast_tables(store: Any, routes: Sequence[Route]) -> None:
    """Warm up the fast paths' inserts (a start-up nicety: a failure is only logged, the writers retry)."""
    for route in routes:
        if route.fast is not None:
            try:
                store.prepare_json_insert(route.fast.table)
            except StoreError as exc:
                logger.warning("could not prepare inserts into %s: %s", route.fast.table, exc)


def _tune_the_interpreter() -> None:
    """Make the sink's two threads share the interpreter well; process-wide, like the sink.

    The consuming thread runs Python nearly all the time while the flush thread
    mostly waits in the store (which does not hold the GIL). Every time the flush
    thread comes back from a query or a write it needs the GIL, and by default it
    waits up to 5 ms for the consuming thread to give it up: with a few such
    returns per block that idled the store for a tenth of ingest time. A 1 ms
    switch interval bounds that wait. The collector is calmed as well (below).
    """
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
    _calm_the_collector()


def _calm_the_collector() -> None:
    """Keep Python's cyclic garbage collector from dominating the sink's main thread.

    The loop allocates a few objects per record (aiokafka records, decoded events)
    that die within the batch, while the buffers hold up to ``buffer_max_rows``
    live rows. With the default thresholds the collector runs a generation-0
    pass every 700 allocations and a full pass over everything alive every few
    hundred of those, which measured as a quarter of ingest time. Freezing what
    start-up created and collecting young objects less often removes that; memory
    stays bounded because reference counting still frees everything acyclic at once.
    """
    gc.freeze()
    threshold, *older = gc.get_threshold()
    gc.set_threshold(max(threshold, 50_000), *older)


def _rejected_row_record(row: Mapping[str, Any], reason: str) -> QuarantineRecord:
    raw = row[RAW_JSON] if RAW_JSON in row else orjson.dumps(row, default=str)
    ident = str(row.get("event_id") or row.get("action_id") or row.get("dlq_id") or "?")
    return QuarantineRecord(
        quarantine_id=f"rejected:{ident}",
        source_topic="(store)",
        source_partition=-1,
        source_offset=-1,
        detected_by="sink",
        reason="rejected_by_store",
        detail=reason[:2000],
        raw_size=len(raw),
        raw_prefix=raw[:4096].decode("utf-8", errors="replace"),
    )
