"""The ClickHouse sink agent: every record of errorflow's topics becomes a row.

The pure part, :class:`IngestRouter`, decodes each record on its own and says
which table row it is, or why it goes to quarantine: every record ends as
exactly one row or one quarantine record, whatever its bytes. :class:`IngestLoop`
is the thin adapter: an aiokafka consumer with ``getmany`` batches (a Faust
agent would cap ingest at its per-message rate) feeding
:class:`~errorflow.sinks.BatchWriter` per table, and a :class:`Flusher` that
writes them on the store's thread and commits offsets only after every writer
has flushed the rows those offsets cover. Before a rebalance takes partitions
away, the loop stores and commits what it read of them (:meth:`IngestLoop.hand_over`),
so their next owner does not store the same records beside a flush still running.

A store failure that outlives the writer's own retries (``sink.insert_attempts``)
ends the loop with that :class:`~errorflow.errors.StoreError`, offsets of the
unstored rows uncommitted: the pipeline worker then exits non-zero and its
restart re-reads them. Only cancellation and such fatal errors leave the loop.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import BaseModel

from errorflow.errors import MalformedEventError, SinkBackpressureError, StoreError
from errorflow.healing.liveness import no_beat
from errorflow.metrics import Histogram, render_counter, render_histogram
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.quarantine import QuarantineRecord, failure_detail
from errorflow.settings import Settings
from errorflow.sinks.blocks import ORIGIN
from errorflow.sinks.writer import RAW_JSON, BatchWriter, FlushResult
from errorflow.streams.topics import Topics

if TYPE_CHECKING:
    from errorflow.sdk.scrub import Scrubber

__all__ = [
    "DETECTION_TOPICS",
    "FastPath",
    "Flusher",
    "IngestLoop",
    "IngestRouter",
    "IngestStats",
    "Route",
    "Routed",
    "RoutedBatch",
    "default_routes",
    "model_row",
    "scrubbed_rows",
    "run_ingest",
]

logger = logging.getLogger(__name__)

Row = dict[str, Any]


_PLAIN = frozenset({str, int, float, bool, type(None), datetime})
"""Value types a row takes as they are (exact types: an enum that is also a str is not plain)."""


def model_row(model: BaseModel) -> Row:
    """Flatten a contract model into a row: nested values become JSON strings.

    Most values are plain (a classification's are all strings, numbers and times): they
    are copied as they are, and only the others are looked at. Iterating the model and
    testing each value's kind had cost the sink more than validating the record.
    """
    row: Row = dict(model.__dict__)
    extra = model.__pydantic_extra__
    if extra:
        row.update(extra)
    for name, value in row.items():
        if type(value) not in _PLAIN:
            row[name] = _column_value(value)
    return row


def scrubbed_rows(record: Any, *, to_row: Callable[[Any], Row | list[Row]], scrubber: Scrubber) -> Row | list[Row]:
    """``to_row(record)`` with every text the row holds scrubbed by value pattern.

    For the records errorflow's own agents derive from events (classifications, recovery
    actions, dead letters, alerts...): each copies a failure's text into fields of its own
    (a decision's detail, a dead letter's attempt history, an alert's message), and a
    producer other than the SDK may not have scrubbed that text. Scrubbing every text column,
    JSON columns and map values included, rather than the fields known to hold it today,
    leaves no such copy to miss. A row in whose text the scrubber's cheap check
    (:meth:`~errorflow.sdk.scrub.Scrubber.may_hold_secret_in`, two C-level searches over the
    texts it has not met before and that are not ids) finds nothing it could hide is kept as it is.
    """
    rows = to_row(record)
    if isinstance(rows, list):
        return [_scrubbed_row(row, scrubber) for row in rows]
    return _scrubbed_row(rows, scrubber)


def _scrubbed_row(row: Row, scrubber: Scrubber) -> Row:
    texts: list[str] = []
    for value in row.values():
        if type(value) is str:  # most columns: read here, not in a call per value
            if value:
                texts.append(value)
        elif isinstance(value, (dict, list)):
            _collect_text(value, texts)
    if not texts or not scrubber.may_hold_secret_in(texts):
        return row
    return {name: _scrubbed_value(value, scrubber) for name, value in row.items()}


def _collect_text(value: Any, texts: list[str]) -> None:
    if type(value) is str:
        if value:
            texts.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect_text(item, texts)
    elif isinstance(value, list):
        for item in value:
            _collect_text(item, texts)


def _scrubbed_value(value: Any, scrubber: Scrubber) -> Any:
    """A column's value with its text scrubbed (a map's keys are errorflow's own names).

    A JSON column (an object or array as text) is scrubbed as the structure it holds, by key
    and by value, and written back as JSON: a text rule would replace ``5`` in ``"token_ttl": 5``
    with an unquoted placeholder, and the column would no longer parse (a dead letter's
    ``command`` is read back as JSON by ``errorflow dlq show`` and replay).
    """
    if isinstance(value, str):
        if value[:1] in ("{", "["):
            try:
                return orjson.dumps(scrubber.scrub(orjson.loads(value))).decode()
            except (orjson.JSONDecodeError, TypeError):  # not JSON after all (or past orjson's integers): text
                pass
        return scrubber.scrub_text(value) if value else value
    if isinstance(value, dict):
        return {key: _scrubbed_value(item, scrubber) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrubbed_value(item, scrubber) for item in value]
    return value


def _column_value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return orjson.dumps(value.model_dump(mode="json")).decode()
    if isinstance(value, (dict, list)):
        return orjson.dumps(value, default=_json_default).decode()
    if isinstance(value, Enum):
        return value.value
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(type(value).__name__)


@dataclass(frozen=True, slots=True)
class FastPath:
    """A cheaper way for a topic's well-formed records: stored as JSON text, without building the model.

    ``check`` returns the dedup key and the JSON text to store of each value it vouches
    for (None for the rest, which take the contract path), checking each value on its
    own and never raising; those texts go to ``table`` as ``JSONEachRow`` lines.
    """

    check: Callable[[list[bytes]], list[tuple[str, bytes] | None]]
    table: str


@dataclass(frozen=True, slots=True)
class Route:
    """Records of one topic, the contract they follow and the table they fill."""

    topic: str
    model: type[BaseModel]
    table: str
    to_row: Callable[[Any], Row | list[Row]]
    """A record's row, or its rows when it stands for several (a terminal event with lifecycle times)."""
    dedup_key: str | tuple[str, ...]
    fast: FastPath | None = None
    source_columns: bool = False
    """Whether each row names the record it was built from (``source_topic``, ``source_partition``,
    ``source_offset``): a dead letter's row does, so replay can read its full command back from Kafka."""


@dataclass(frozen=True, slots=True)
class Routed:
    """A decoded record and its row."""

    table: str
    rows: list[Row]


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
                self.rows.setdefault(outcome.table, []).extend(outcome.rows)


def default_routes(settings: Settings) -> list[Route]:
    """The topics the sink consumes and where their records go."""
    from errorflow.schemas.alerts import Alert
    from errorflow.schemas.breakers import BreakerStateRecord
    from errorflow.schemas.healing import HealingAction
    from errorflow.schemas.recovery import DeadLetter, DeadLetterUpdate, RecoveryActionEvent
    from errorflow.schemas.wire import stored_events
    from errorflow.sdk.redact import build_redactor
    from errorflow.sinks import alert_row, dlq_row, dlq_update_row, recovery_row
    from errorflow.sinks.rows import breaker_row, scrubbed_event_rows

    # A dead letter's command carries a runner run's input whole; the table gets it scrubbed
    # by the SDK's own scrubber (the records on Kafka keep it for replay).
    redactor = build_redactor(settings)
    # Events from a producer other than the SDK may not be scrubbed: the fast path vouches only
    # for events in whose free text the scrubber's cheap check finds nothing it could hide, and
    # the contract path scrubs every event (an SDK event comes out as it went in).
    events_fast = partial(stored_events, suspect=redactor.may_hold_secret)

    def derived(to_row: Callable[[Any], Row | list[Row]]) -> Callable[[Any], Row | list[Row]]:
        # Every other record is one errorflow's agents derived, copying an event's text that no
        # SDK may have scrubbed (a classification's message, a decision's detail, a dead letter's
        # history, an alert's message, a refused record's bytes): each row's text is scrubbed whole.
        return partial(scrubbed_rows, to_row=to_row, scrubber=redactor)

    return [
        Route(
            settings.topic(Topics.EVENTS.name),
            TaskRunEvent,
            "taskrun_events",
            partial(scrubbed_event_rows, scrubber=redactor),
            "event_id",
            fast=FastPath(events_fast, "taskrun_events_landing") if settings.sink.fast_path else None,
        ),
        Route(
            settings.topic(Topics.CLASSIFICATIONS.name),
            ClassificationEvent,
            "error_classifications",
            derived(model_row),
            "event_id",
        ),
        Route(
            settings.topic(Topics.RECOVERY.name),
            RecoveryActionEvent,
            "recovery_actions",
            derived(recovery_row),
            "action_id",
        ),
        # A dead letter and its later states are versions of one entry: (dlq_id, updated_at) identifies one.
        # dlq_row scrubs the inputs as the SDK's input dumps (a value holding a secret becomes the marker
        # whole, so replay knows to read the full input back from Kafka) before the whole row is.
        Route(
            settings.topic(Topics.DLQ.name),
            DeadLetter,
            "dlq_entries",
            derived(partial(dlq_row, scrubber=redactor)),
            ("dlq_id", "updated_at"),
            source_columns=True,
        ),
        Route(
            settings.topic(Topics.DLQ_STATE.name),
            DeadLetterUpdate,
            "dlq_entries",
            derived(partial(dlq_update_row, scrubber=redactor)),
            ("dlq_id", "updated_at"),
            source_columns=True,
        ),
        Route(settings.topic(Topics.ALERTS.name), Alert, "alerts", derived(alert_row), "alert_id"),
        Route(
            settings.topic(Topics.BREAKERS.name),
            BreakerStateRecord,
            "breaker_transitions",
            derived(breaker_row),
            "transition_id",
        ),
        # A refused record is often one no SDK scrubbed (another producer's, a command's whole input):
        # its row keeps the record's bytes and the refusal's text scrubbed; the topic keeps them whole.
        Route(
            settings.topic(Topics.QUARANTINE.name),
            QuarantineRecord,
            "quarantine",
            derived(model_row),
            "quarantine_id",
        ),
        Route(settings.topic(Topics.HEALING.name), HealingAction, "healing_actions", derived(model_row), "action_id"),
    ]


class IngestRouter:
    """Decodes records and maps them to rows; pure, no I/O.

    Each row carries its record's Kafka position under
    :data:`~errorflow.sinks.blocks.ORIGIN` (not a column), so a row the store
    refuses still becomes the quarantine record of that very record.
    """

    def __init__(self, routes: list[Route], *, max_bytes: int) -> None:
        self._routes: Mapping[str, Route] = {route.topic: route for route in routes}
        self._max_bytes = max_bytes

    def route_batch(
        self, topic: str, partition: int, records: Sequence[tuple[int, bytes | None, bytes | None]]
    ) -> RoutedBatch:
        """Route ``(offset, key, value)`` records of one partition.

        Rows come out per table in record order. On a topic with a fast path,
        the records its check vouches for become JSON rows; the rest take the
        contract path, one pydantic validation per record. Records are never
        decoded joined together: fragments that are invalid alone could parse
        once joined, and would then be stored as someone else's event.
        """
        route = self._routes[topic]
        batch = RoutedBatch()
        if route.fast is not None and records:
            return self._route_fast(route, route.fast, partition, records)
        batch.extend(self.route(topic, partition, offset, key, value) for offset, key, value in records)
        return batch

    def _fits(self, value: bytes) -> bool:
        return len(value) <= self._max_bytes

    def _route_fast(
        self,
        route: Route,
        fast: FastPath,
        partition: int,
        records: Sequence[tuple[int, bytes | None, bytes | None]],
    ) -> RoutedBatch:
        """Records the fast check vouches for become JSON rows; the rest take the contract path."""
        key_column = route.dedup_key if isinstance(route.dedup_key, str) else route.dedup_key[0]
        topic = route.topic
        # An empty or oversized value is never vouched for: the contract path says why it is refused.
        checked = fast.check([value if value and self._fits(value) else b"" for _, _, value in records])
        batch = RoutedBatch()
        rows = [
            {key_column: vouched[0], RAW_JSON: vouched[1], ORIGIN: (topic, partition, offset, key)}
            for vouched, (offset, key, _) in zip(checked, records, strict=True)
            if vouched is not None
        ]
        if rows:
            batch.rows[fast.table] = rows
        if len(rows) < len(records):
            batch.extend(
                self.route(topic, partition, offset, key, value)
                for vouched, (offset, key, value) in zip(checked, records, strict=True)
                if vouched is None
            )
        return batch

    @property
    def topics(self) -> list[str]:
        """Topics to consume."""
        return list(self._routes)

    def route(
        self, topic: str, partition: int, offset: int, key: bytes | None, value: bytes | None
    ) -> Routed | QuarantineRecord:
        """Return the row of a record, or the quarantine record saying why it has none; never raises."""
        route = self._routes[topic]
        try:
            model = decode(value, route.model, max_bytes=self._max_bytes)
        except MalformedEventError as exc:
            return _quarantined(topic, partition, offset, key, value, reason=exc.reason, detail=exc.detail)
        try:
            mapped = route.to_row(model)
        except Exception as exc:  # a mapper refusing a value that validated: one bad record
            return _quarantined(topic, partition, offset, key, value, reason="unmappable", detail=failure_detail(exc))
        rows = mapped if isinstance(mapped, list) else [mapped]
        for row in rows:
            row[ORIGIN] = (topic, partition, offset, key)
            if route.source_columns:
                row.update(source_topic=topic, source_partition=partition, source_offset=offset)
        return Routed(route.table, rows)


def _quarantined(
    topic: str, partition: int, offset: int, key: bytes | None, value: bytes | None, *, reason: str, detail: str
) -> QuarantineRecord:
    return QuarantineRecord.for_record(
        topic=topic,
        partition=partition,
        offset=offset,
        key=key,
        raw=value,
        detected_by="sink",
        reason=reason,
        detail=detail,
    )


@dataclass
class IngestStats:
    """Counters of the sink, logged periodically and exposed for tests and benchmarks."""

    consumed: int = 0
    written: int = 0
    duplicates: int = 0
    quarantined: int = 0
    flushes: int = 0
    backpressured: int = 0
    """Times a writer was full, so the loop waited for a flush before it took more rows."""
    handovers: int = 0
    """Rebalances that took partitions away: each first stored and committed what had been read of them."""
    detection_lag: Histogram = field(default_factory=Histogram)
    """Seconds from a failure (its classification's ``failed_at``) to the moment the insert that stored its
    classification returned: the detection latency as an operator sees it, measured where it ends."""
    detection_fetch_lag: Histogram = field(default_factory=Histogram)
    """Seconds from a classification's record on its topic (the record's timestamp, set by the classifier's
    producer) to the sink's fetch of it: the part of the detection latency spent reaching the sink."""
    detection_flush: Histogram = field(default_factory=Histogram)
    """Seconds each flush that stored classifications spent in the store (every table it wrote, from the first
    write to the last one returned): with the fetch lag, where the rest of the detection latency goes."""

    def observe_fetched(self, messages: Sequence[Any], fetched_at: float) -> None:
        """Count the fetch lag of classification records the sink fetched at ``fetched_at`` (epoch s).

        A record without a usable timestamp (none, or not a number: any producer may write the topic) is
        not counted; the lag is a difference of two clocks, the producer's and the sink's.
        """
        self.detection_fetch_lag.observe_many(
            fetched_at - stamp / 1000
            for message in messages
            if isinstance(stamp := message.timestamp, int) and stamp > 0
        )

    def observe_stored(self, rows: Sequence[Mapping[str, Any]], stored_at: float) -> None:
        """Count the detection latency of classification rows an insert stored at ``stored_at`` (epoch s)."""
        self.detection_lag.observe_many(
            stored_at - failed_at.timestamp() for row in rows if isinstance(failed_at := row.get("failed_at"), datetime)
        )

    def prometheus(self) -> str:
        """The sink's counters and its detection latency histogram, in the Prometheus text format."""
        counters = {
            "consumed": self.consumed,
            "written": self.written,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "flushes": self.flushes,
            "backpressured": self.backpressured,
            "handovers": self.handovers,
        }
        return render_counter(
            "errorflow_sink_records_total",
            "Records the sink consumed, wrote, dropped as repeats or quarantined.",
            counters,
        ) + "".join(
            render_histogram(name, help_text, histogram.snapshot())
            for name, help_text, histogram in (
                (
                    "errorflow_detection_latency_seconds",
                    "From a failure (failed_at) to its classification stored in the store (the insert returned).",
                    self.detection_lag,
                ),
                (
                    "errorflow_detection_fetch_lag_seconds",
                    "From a classification's record on its topic (the record's timestamp) to the sink's fetch of it.",
                    self.detection_fetch_lag,
                ),
                (
                    "errorflow_detection_flush_seconds",
                    "Time in the store of each sink flush that stored classifications (every table it wrote).",
                    self.detection_flush,
                ),
            )
        )


QUIET_S = 0.1
"""A flusher's topics are quiet once no record of theirs came for this long: its rows are flushed without
the busy interval (``sink.main_min_interval_s``). Longer than the gaps within steady traffic (records come
in clumps a fetch wait apart), short beside the interval, so the last rows of a burst wait little."""


class Flusher:
    """Writes the buffered rows on the store's thread, one flush at a time, then commits.

    A flush stores every writer's rows, publishes the batch's quarantine records
    (and those of rows the store refused), and only then commits the offsets it
    was handed. The next flush starts the moment one finishes if one is due, so
    the store never idles while the loop consumes. A failed flush keeps its
    offsets uncommitted and re-raises from :meth:`settle`.

    A flush is due once rows wait and ``min_interval_s`` passed since the last one
    started (0: at once, so a quiet topic's row waits for no timer), or a writer is
    full or its oldest row reached ``interval_s``. With ``busy_min_interval_s``, that
    longer wait applies instead while records keep coming (one came within :data:`QUIET_S`):
    the flusher of the tables the detection latency does not wait for makes fewer, bigger
    inserts under steady traffic, and still flushes as soon as its topics go quiet. Under load the rows that arrive
    while a flush runs make the next one: batches grow with the rate by themselves.
    While the loop reads a backlog (``backlogged``: its fetches come back full), only
    ``interval_s`` and the writers' sizes count, so catching up is done in big blocks.
    """

    def __init__(
        self,
        *,
        writers: Mapping[str, BatchWriter],
        pool: ThreadPoolExecutor,
        producer: Any,
        consumer: Any,
        quarantine_topic: str,
        interval_s: float,
        stats: IngestStats,
        min_interval_s: float = 0.0,
        busy_min_interval_s: float | None = None,
        timed_tables: frozenset[str] = frozenset(),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._writers = writers
        self._timed = [writer for table, writer in writers.items() if table in timed_tables]
        """Writers whose rows make a flush count in ``stats.detection_flush`` (the classifications')."""
        self._pool = pool
        self._producer = producer
        self._consumer = consumer
        self._quarantine_topic = quarantine_topic
        self._interval_s = interval_s
        self._min_interval_s = min(min_interval_s, interval_s)
        busy = min_interval_s if busy_min_interval_s is None else max(min_interval_s, busy_min_interval_s)
        self._busy_min_interval_s = min(busy, interval_s)
        self._clock = clock
        self._arrived = -math.inf
        """When (``clock``) records of this flusher's topics last came in (:meth:`covered`)."""
        self.backlogged = False
        """Set by the loop while its fetches come back full: flush by size and ``interval_s`` only."""
        self._stats = stats
        self._offsets: dict[Any, int] = {}
        self._quarantine: list[QuarantineRecord] = []
        self._last = clock()
        self._in_flight: asyncio.Task[None] | None = None
        self._closing = False

    def covered(self, tp: Any, next_offset: int, quarantined: Iterable[QuarantineRecord]) -> None:
        """Record that a partition's rows up to ``next_offset`` are in the writers, with these quarantine records."""
        self._offsets[tp] = next_offset
        self._quarantine.extend(quarantined)
        self._arrived = self._clock()

    @property
    def idle(self) -> bool:
        """True when no flush is running."""
        return self._in_flight is None or self._in_flight.done()

    @property
    def busy_since(self) -> float | None:
        """When the flush running now started (``time.monotonic``), or None when none runs."""
        return None if self.idle else self._last

    def check(self) -> None:
        """Re-raise the failure of a flush that ended, so the loop stops at once rather than at the next flush."""
        if self._in_flight is not None and self._in_flight.done():
            self._in_flight.result()

    def due(self) -> bool:
        """True when something waits for a commit and ``min_interval_s`` passed or a writer is full or old enough."""
        if not (self._offsets or self._quarantine):
            return False
        now = self._clock()
        if self.backlogged:
            wait_s = self._interval_s
        elif now - self._arrived < QUIET_S:
            wait_s = self._busy_min_interval_s
        else:
            wait_s = self._min_interval_s
        interval_due = now - self._last >= wait_s
        return interval_due or any(writer.due() for writer in self._writers.values())

    async def flush(self) -> None:
        """Start a flush of everything covered so far, after the one in flight."""
        await self.settle()
        self._begin()

    async def settle(self) -> None:
        """Wait until no flush is in flight: the current one and any chained onto it (re-raises a failure)."""
        while self._in_flight is not None and not self._in_flight.done():
            await self._in_flight
        if self._in_flight is not None:
            self._in_flight.result()

    async def hand_over(self) -> None:
        """Store and commit everything covered so far, and wait for it (a rebalance is taking partitions away)."""
        if self._offsets or self._quarantine:
            await self.flush()
        await self.settle()

    async def close(self) -> None:
        """Flush what is left and wait for it; a failure re-raises."""
        self._closing = True
        if self._offsets or self._quarantine:
            await self.flush()
        await self.settle()

    def cancel(self) -> None:
        """Abandon a flush in flight (the loop is leaving on an error or a cancellation)."""
        if self._in_flight is not None and not self._in_flight.done():
            self._in_flight.cancel()

    def _begin(self) -> None:
        # The offsets handed to a flush are those of records whose rows were all added
        # before it started, so a commit never covers a row not yet stored.
        offsets, self._offsets = self._offsets, {}
        quarantined, self._quarantine = self._quarantine, []
        self._in_flight = asyncio.create_task(self._flush(offsets, quarantined), name="errorflow-sink-flush")
        self._in_flight.add_done_callback(self._chain)
        self._last = self._clock()

    def _chain(self, done: asyncio.Task[None]) -> None:
        """Start the next flush as soon as one succeeds, if one is due (a failure is left for settle)."""
        if not done.cancelled() and done.exception() is None and not self._closing and self.due():
            self._begin()

    async def _flush(self, offsets: dict[Any, int], quarantined: list[QuarantineRecord]) -> None:
        loop = asyncio.get_running_loop()
        try:
            results = await loop.run_in_executor(self._pool, self._store_all)
        except StoreError as exc:
            logger.error(
                "store write failed after the writer's retries (%s); stopping ingest, %d partitions' offsets"
                " uncommitted",
                exc,
                len(offsets),
            )
            raise
        for result in results:
            self._stats.written += result.written
            self._stats.duplicates += result.duplicates
            quarantined.extend(_rejected_row_record(row, reason) for row, reason in result.rejected)
        if quarantined:
            futures = [
                await self._producer.send(
                    self._quarantine_topic, encode(record), key=(record.key or "").encode() or None
                )
                for record in quarantined
            ]
            await asyncio.gather(*futures)
            self._stats.quarantined += len(quarantined)
        if offsets:  # only partitions still assigned: a rebalance may have revoked some during this flush
            from errorflow.streams.kafka import commit_assigned

            await commit_assigned(self._consumer, offsets)
        self._stats.flushes += 1

    def _store_all(self) -> list[FlushResult]:
        """Flush every writer on the store's thread; time it when classifications were among the rows."""
        timed = any(writer.pending_rows for writer in self._timed)
        started = time.monotonic()
        results = [writer.flush() for writer in self._writers.values()]
        if timed:
            self._stats.detection_flush.observe_many([time.monotonic() - started])
        return results


def store_progress_as_of(flushers: Iterable[Flusher], *, now: float) -> float:
    """Since when the store has made progress: the start of the oldest flush still running, else ``now``.

    The sink's loop goes on while a flush runs in the background, so the loop's own beat cannot
    show a store call that never returns; this time can (``errorflow-sink-flush`` in ``/healthz``).
    """
    return min((since for since in (each.busy_since for each in flushers) if since is not None), default=now)


DETECTION_TOPICS = (Topics.CLASSIFICATIONS.name,)
"""Topics whose rows the sink writes through a lane of their own (``sink.detection_lane``)."""


class IngestLoop:
    """The sink's consuming loop: fetch, route, buffer in the writers, let the flushers store and commit.

    Store failures pause consumption while a flush is retried inside the writer
    (nothing is fetched once the buffers are full), which is the sink's
    backpressure; a failure that outlives those retries ends :meth:`run`.

    With ``sink.detection_lane`` (and a store that offers :meth:`~errorflow.sinks.Store.writer_lane`),
    the classifications topic has a flusher, a store session and a thread of its own: a flush
    writes every table with rows one after the other (each insert makes parts in the table and
    its views, 20-300 ms apiece on a loaded two-core machine), and a classification stored only
    at the end of such a cycle missed the detection goal. Each flusher commits only the offsets
    of its own topics' partitions, after its own rows are stored.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        store: Any,
        stop: asyncio.Event,
        stats: IngestStats | None = None,
        executor: ThreadPoolExecutor | None = None,
        beat: Callable[[], None] = no_beat,
        store_beat: Callable[[float], None] | None = None,
    ) -> None:
        self.settings = settings
        self.beat = beat
        self.store_beat = store_beat
        """Told, every iteration, since when the store has made progress (see :meth:`_store_progress`)."""
        self.store = store
        self.stop = stop
        self.stats = stats or IngestStats()
        self._executor = executor
        self.routes = default_routes(settings)
        self.router = IngestRouter(self.routes, max_bytes=settings.kafka.max_message_bytes)
        self.quarantine_topic = settings.topic(Topics.QUARANTINE.name)
        self.watched_topics = {settings.topic(name) for name in DETECTION_TOPICS}
        """Topics whose fetch lag counts in ``stats.detection_fetch_lag`` and whose tables' flushes count in
        ``stats.detection_flush``, with or without a lane of their own."""
        self.detection_topics = self.watched_topics if settings.sink.detection_lane else set()
        self.writers: dict[str, BatchWriter] = {}
        for route in self.routes:
            self.writers[route.table] = self._writer(store, route)
            if route.fast is not None:
                self.writers[route.fast.table] = BatchWriter(
                    store, table=route.fast.table, settings=settings.sink, dedup_key=route.dedup_key, raw_json=True
                )
        self._flusher_of: dict[str, Flusher] = {}
        """Topic (and table) -> the flusher that stores its rows and commits its offsets."""

    def _writer(self, store: Any, route: Route) -> BatchWriter:
        detection = route.model is ClassificationEvent
        return BatchWriter(
            store,
            table=route.table,
            settings=self.settings.sink,
            dedup_key=route.dedup_key,
            on_stored=self.stats.observe_stored if detection else None,
        )

    async def run(self) -> IngestStats:
        """Consume errorflow's topics into the store until ``stop`` is set; return the counters."""
        from errorflow.streams.kafka import OnRevoked, make_consumer, make_producer

        loop = asyncio.get_running_loop()
        pool = self._executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="errorflow-sink")
        consumer = make_consumer(self.settings, group=f"{self.settings.app_id}-sink")
        producer = make_producer(self.settings)
        warm_up = loop.run_in_executor(pool, _prepare_fast_tables, self.store, self.routes)
        lane_store: Any = None
        if any(route.topic in self.detection_topics for route in self.routes):
            lane_store = await loop.run_in_executor(pool, _open_lane, self.store)
        lane_pool = (
            None if lane_store is None else ThreadPoolExecutor(max_workers=1, thread_name_prefix="errorflow-sink-lane")
        )
        flushers = self._flushers(producer=producer, consumer=consumer, pool=pool, lane=(lane_store, lane_pool))
        # aiokafka awaits this before the member rejoins, so the partitions' next owner reads after it.
        consumer.subscribe(
            self.router.topics, listener=OnRevoked(lambda revoked: self.hand_over(flushers) if revoked else None)
        )
        try:
            await producer.start()
            await consumer.start()
            await warm_up  # while the group was joined
            while not self.stop.is_set():
                self.beat()
                batches = await consumer.getmany(timeout_ms=50, max_records=self.settings.sink.fetch_max_records)
                fetched = 0
                fetched_at = time.time()
                for tp, messages in batches.items():
                    fetched += len(messages)
                    if tp.topic in self.watched_topics:
                        self.stats.observe_fetched(messages, fetched_at)
                    await self._take(tp, messages)
                for each in flushers:
                    each.backlogged = fetched >= self.settings.sink.fetch_max_records
                    each.check()
                    if each.idle and each.due():
                        await each.flush()
                self._store_progress(flushers)
            for each in flushers:
                await each.close()
        finally:
            for each in flushers:
                each.cancel()
            await consumer.stop()
            await producer.stop()
            if lane_pool is not None:
                await loop.run_in_executor(lane_pool, lane_store.close)
                lane_pool.shutdown(wait=True)
            if self._executor is None:
                pool.shutdown(wait=True)
        return self.stats

    async def hand_over(self, flushers: Sequence[Flusher]) -> None:
        """Before a rebalance hands partitions over: store and commit every row read of them (bounded wait).

        Without it the partitions' new owner read them again from the last commit while this sink's
        flush of the same records was still running: both looked their keys up before either had
        inserted, and both stored them (a MergeTree keeps both rows, and every view counted both).
        The wait is at most half the rebalance timeout, so that a store that does not answer cannot
        hold the group up until it drops this member; past it the flush goes on, and commits only the
        partitions still assigned when it ends (:func:`~errorflow.streams.kafka.commit_assigned`).
        A failed flush is logged here and raised by the loop (:meth:`Flusher.check`).
        """
        self.stats.handovers += 1
        waiting = asyncio.ensure_future(asyncio.gather(*(each.hand_over() for each in flushers)))
        bound_s = self.settings.kafka.rebalance_timeout_s / 2
        done, _ = await asyncio.wait({waiting}, timeout=bound_s)
        if not done:
            logger.warning(
                "rebalance: the sink's flush did not end within %.1f s; handing the partitions over", bound_s
            )
            waiting.add_done_callback(_retrieved)
            return
        if not waiting.cancelled() and (failure := waiting.exception()) is not None:
            logger.error("rebalance: the sink's flush failed before the hand-over: %s", failure)

    def _store_progress(self, flushers: Iterable[Flusher]) -> None:
        """Tell ``store_beat`` since when the store has made progress (:func:`store_progress_as_of`)."""
        if self.store_beat is not None:
            self.store_beat(store_progress_as_of(flushers, now=time.monotonic()))

    def _flushers(
        self, *, producer: Any, consumer: Any, pool: ThreadPoolExecutor, lane: tuple[Any, ThreadPoolExecutor | None]
    ) -> list[Flusher]:
        """The main flusher, and the detection lane's when it has a store and a thread; maps topics to them."""
        lane_store, lane_pool = lane
        lane_routes = [route for route in self.routes if route.topic in self.detection_topics]
        if lane_store is None or lane_pool is None:
            lane_routes = []
        for route in lane_routes:
            self.writers[route.table] = self._writer(lane_store, route)
        lane_tables = {route.table for route in lane_routes}
        timed = frozenset(route.table for route in self.routes if route.topic in self.watched_topics)

        def flusher(tables: Iterable[str], flush_pool: ThreadPoolExecutor, *, busy_s: float | None = None) -> Flusher:
            return Flusher(
                writers={table: self.writers[table] for table in tables},
                pool=flush_pool,
                producer=producer,
                consumer=consumer,
                quarantine_topic=self.quarantine_topic,
                interval_s=self.settings.sink.batch_max_interval_s,
                min_interval_s=self.settings.sink.batch_min_interval_s,
                busy_min_interval_s=busy_s,
                timed_tables=timed,
                stats=self.stats,
            )

        if lane_pool is None or not lane_routes:
            main = flusher(list(self.writers), pool)  # classifications too: they wait for no longer interval
            self._flusher_of = dict.fromkeys([*self.router.topics, *self.writers], main)
            return [main]
        main = flusher(
            [table for table in self.writers if table not in lane_tables],
            pool,
            busy_s=self.settings.sink.main_min_interval_s,
        )
        self._flusher_of = dict.fromkeys([*self.router.topics, *self.writers], main)
        detection = flusher(lane_tables, lane_pool)
        self._flusher_of.update(dict.fromkeys([*(route.topic for route in lane_routes), *lane_tables], detection))
        return [main, detection]

    async def _take(self, tp: Any, messages: Sequence[Any]) -> None:
        """Route one partition's batch into the writers, waiting for a flush when one is full."""
        if not messages:
            return
        routed = self.router.route_batch(
            tp.topic, tp.partition, [(message.offset, message.key, message.value) for message in messages]
        )
        quarantined = routed.quarantined
        if quarantined and tp.topic == self.quarantine_topic:
            for record in quarantined:
                logger.error("dropping an unreadable quarantine record at offset %s", record.source_offset)
            quarantined = []
        for table, rows in routed.rows.items():
            writer = self.writers[table]
            try:
                writer.add(rows)
            except SinkBackpressureError:
                # The writer is full: wait for the flush in flight, flush, then take the rows.
                self.stats.backpressured += 1
                owner = self._flusher_of[table]
                await owner.flush()
                await owner.settle()
                writer.add(rows)
        self.stats.consumed += len(messages)
        self._flusher_of[tp.topic].covered(tp, messages[-1].offset + 1, quarantined)


def _retrieved(done: asyncio.Future[Any]) -> None:
    """Collect the outcome of a hand-over that outlived its wait (a failure is raised by the loop's check)."""
    if not done.cancelled():
        done.exception()


async def run_ingest(
    settings: Settings,
    *,
    store: Any,
    stop: asyncio.Event,
    stats: IngestStats | None = None,
    executor: ThreadPoolExecutor | None = None,
    beat: Callable[[], None] = no_beat,
    store_beat: Callable[[float], None] | None = None,
) -> IngestStats:
    """Consume errorflow's topics into the store until ``stop`` is set (see :class:`IngestLoop`).

    ``beat`` is called once per loop iteration; ``store_beat`` is told since when the store has
    made progress (:func:`store_progress_as_of`): both are read by ``/healthz``.

    Raises:
        StoreError: the store kept failing past the writer's retries; offsets of unstored rows
            stay uncommitted.
    """
    return await IngestLoop(
        settings, store=store, stop=stop, stats=stats, executor=executor, beat=beat, store_beat=store_beat
    ).run()


def _open_lane(store: Any) -> Any:
    """The store's writer lane, or None (the store offers none, or it cannot open one: logged, one lane serves)."""
    try:
        lane = store.writer_lane()
    except StoreError as exc:
        logger.warning("no separate writer for classifications (%s); every table is written in one lane", exc)
        return None
    return lane


def _prepare_fast_tables(store: Any, routes: Sequence[Route]) -> None:
    """Warm up the fast paths' inserts (a start-up nicety: a failure is only logged, the writers retry)."""
    for route in routes:
        if route.fast is not None:
            try:
                store.prepare_json_insert(route.fast.table)
            except StoreError as exc:
                logger.warning("could not prepare inserts into %s: %s", route.fast.table, exc)


def _rejected_row_record(row: Mapping[str, Any], reason: str) -> QuarantineRecord:
    """The quarantine record of a row the store refused: at its record's Kafka position when the row knows it."""
    origin = row.get(ORIGIN)
    if RAW_JSON in row:
        raw = row[RAW_JSON]
    else:
        try:
            raw = orjson.dumps({k: v for k, v in row.items() if k != ORIGIN}, default=str)
        except TypeError:  # a value orjson cannot write even as text (an integer beyond 64 bits)
            raw = repr(row).encode("utf-8", errors="replace")
    if origin is not None:
        topic, partition, offset, key = origin
        return QuarantineRecord.for_record(
            topic=topic,
            partition=partition,
            offset=offset,
            key=key,
            raw=raw,
            detected_by="sink",
            reason="rejected_by_store",
            detail=reason,
        )
    ident = str(row.get("event_id") or row.get("action_id") or row.get("dlq_id") or "?")
    return QuarantineRecord(
        quarantine_id=f"rejected:{ident}",
        source_topic="(store)",
        source_partition=0,
        source_offset=0,
        detected_by="sink",
        reason="rejected_by_store",
        detail=reason[:2000],
        raw_size=len(raw),
        raw_prefix=raw[:4096].decode("utf-8", errors="replace"),
    )
