"""The batching writer: rows in, exactly one stored copy of each out, nothing lost.

``add()`` buffers rows (bounded: :class:`~errorflow.errors.SinkBackpressureError`
when full), ``due()`` says a flush is needed (size or age), ``flush()`` writes
everything buffered and returns only once it is durable in the store.

A flush takes the buffered rows in blocks of ``batch_max_rows`` and, per block:

1. drops repeats of a key within the block (a redelivered record),
2. drops rows whose key is already stored (one lookup query per block),
3. converts the rest to an Arrow block, setting aside rows whose values cannot
   be converted (rejected, with the reason),
4. inserts the block with an ``insert_deduplication_token`` derived from its
   keys, retrying unavailability with exponential backoff and jitter. The token
   makes a retry of a block that was in fact written (a lost acknowledgement, a
   view that failed after the table took the rows) a no-op in the table and in
   every materialized view, so retries never duplicate,
5. when the store rejects the block's values, bisects it to isolate the poison
   rows, writes the rest, and returns the poison rows as rejected.

A writer made with ``raw_json=True`` takes rows that carry a record's JSON
text under :data:`RAW_JSON` (next to its key columns) and inserts blocks of
those lines as ``JSONEachRow``: the engine maps them to columns, so Python
builds no column values at all (the sink's fast path for checked events).

Materialized views fire on insert, so deduplication must happen before the
insert: steps 1 and 2 keep every view free of repeats as well. A block that
failed keeps its exact rows and token until it is written, also across
``flush()`` calls, so nothing is looked up twice and nothing is lost.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter
from tenacity.wait import wait_base

from errorflow.errors import RowRejectedError, SinkBackpressureError, StoreUnavailableError
from errorflow.settings import SinkSettings
from errorflow.sinks.blocks import build_block
from errorflow.sinks.schema import LOOKUP_TABLES
from errorflow.sinks.store import KeyTuple, Store, normalize_key

__all__ = ["RAW_JSON", "BatchWriter", "FlushResult", "Row"]

logger = logging.getLogger(__name__)

Row = Mapping[str, Any]

RAW_JSON = "__raw_json__"
"""Key of a row's JSON text (bytes) for writers made with ``raw_json=True``."""


@dataclass(frozen=True)
class FlushResult:
    """What one ``flush()`` did."""

    written: int = 0
    """Rows newly stored."""
    duplicates: int = 0
    """Rows dropped because their key was in the same batch or already stored."""
    rejected: list[tuple[Row, str]] = field(default_factory=list)
    """Poison rows and why the store refused them (never stored; publish them to quarantine)."""

    def __add__(self, other: FlushResult) -> FlushResult:
        return FlushResult(
            written=self.written + other.written,
            duplicates=self.duplicates + other.duplicates,
            rejected=[*self.rejected, *other.rejected],
        )


@dataclass
class _Block:
    """One block of a flush, remembering how far it got so a failed flush resumes where it stopped."""

    rows: list[Row]
    size: int = 0
    """Rows the block held when it was taken from the buffer (what it releases once written)."""
    keys: list[KeyTuple] = field(default_factory=list)
    """Deduplication keys of ``rows``, aligned with them (empty without a dedup key)."""
    duplicates: int = 0
    rejected: list[tuple[Row, str]] = field(default_factory=list)
    deduplicated: bool = False
    looked_up: bool = False
    payload: pa.Table | list[bytes] | None = None
    """The block as sent: an Arrow table, or the rows' JSON texts for a ``raw_json`` writer."""
    token: str = ""


class BatchWriter:
    """Buffers rows for one table and writes them in deduplicated, retried, poison-isolating blocks.

    Args:
        store: Where rows go.
        table: Target table (bare name in the store's database, or ``db.table``).
        settings: Batch size, age, buffer bound and insert attempts.
        dedup_key: Column (or columns) identifying a row; None writes every row
            (only tables nobody redelivers to should do that).
        clock: Monotonic clock in seconds (tests pass a fake one).
        sleep: How to wait between insert attempts (tests pass a no-op).
        wait: Tenacity wait strategy between attempts; default exponential with jitter, 50 ms to 5 s.
        lookup_table: Where already-stored keys are looked up; default ``table`` itself, or the
            table that keeps every version when ``table`` forgets old ones (``dlq_entries`` ->
            ``dlq_history``, ``taskrun_events_landing`` -> ``taskrun_events``).
        raw_json: Rows carry their JSON text under :data:`RAW_JSON`; blocks are inserted as
            ``JSONEachRow`` (:meth:`~errorflow.sinks.Store.insert_json`).
        on_stored: Called on the flushing thread with the rows an insert stored and the wall-clock time
            (``time.time()``) it returned, the moment they became visible to queries (the sink's
            detection latency, :mod:`errorflow.metrics`). It must be quick and must not raise.
    """

    def __init__(
        self,
        store: Store,
        *,
        table: str,
        settings: SinkSettings,
        dedup_key: str | Sequence[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        wait: wait_base | None = None,
        lookup_table: str | None = None,
        raw_json: bool = False,
        on_stored: Callable[[Sequence[Row], float], None] | None = None,
    ) -> None:
        self.store = store
        self.on_stored = on_stored
        self.raw_json = raw_json
        self.table = table
        self.lookup_table = lookup_table or LOOKUP_TABLES.get(table, table)
        self.settings = settings
        self.key_columns: tuple[str, ...] = (dedup_key,) if isinstance(dedup_key, str) else tuple(dedup_key or ())
        self._clock = clock
        self._sleep = sleep
        self._wait = wait or wait_exponential_jitter(multiplier=0.05, max=5.0, jitter=0.05)
        self._lock = threading.Lock()
        self._buffer: list[Row] = []
        self._first_at = 0.0
        self._queue: list[_Block] = []
        self._held = 0
        self._rows_per_s = 0.0

    # -- buffering ---------------------------------------------------------------------------
    @property
    def pending_rows(self) -> int:
        """Rows added and not yet written (buffered, or in a block that failed)."""
        with self._lock:
            return self._held

    def add(self, rows: Sequence[Row]) -> None:
        """Buffer rows for the next flush.

        An empty writer takes any number of rows, so a caller's batch larger than
        the bound still gets in; otherwise the bound holds.

        Raises:
            SinkBackpressureError: the buffer would exceed ``buffer_max_rows``; flush first,
                or wait ``retry_after_s``.
        """
        if not rows:
            return
        with self._lock:
            held = self._held
            if held and held + len(rows) > self.settings.buffer_max_rows:
                raise SinkBackpressureError(
                    f"{self.table}: {held} rows buffered, limit {self.settings.buffer_max_rows}",
                    retry_after_s=self._retry_after(held),
                )
            if not self._buffer:
                self._first_at = self._clock()
            self._buffer.extend(rows)
            self._held = held + len(rows)

    def _retry_after(self, held: int) -> float:
        if self._rows_per_s <= 0:
            return self.settings.batch_max_interval_s
        return min(5.0, max(0.01, held / self._rows_per_s))

    def due(self) -> bool:
        """True when a flush is needed: enough rows, the oldest row old enough, or a block to retry."""
        with self._lock:
            if self._queue or len(self._buffer) >= self.settings.batch_max_rows:
                return True
            return bool(self._buffer) and self._clock() - self._first_at >= self.settings.batch_max_interval_s

    def seconds_until_due(self) -> float:
        """Seconds until the age threshold makes :meth:`due` true (``inf`` when nothing is buffered)."""
        with self._lock:
            if self._queue or len(self._buffer) >= self.settings.batch_max_rows:
                return 0.0
            if not self._buffer:
                return float("inf")
            return max(0.0, self._first_at + self.settings.batch_max_interval_s - self._clock())

    # -- flushing ----------------------------------------------------------------------------
    def flush(self) -> FlushResult:
        """Write everything buffered; return only when it is durable in the store.

        Raises:
            StoreUnavailableError: the store stayed unavailable for ``insert_attempts`` attempts.
                Nothing is lost: the rows stay in the writer and the next flush retries them first,
                as the same blocks with the same deduplication tokens.
            StoreError: any other failure (a schema or programming error); rows stay too.
        """
        with self._lock:
            size = self.settings.batch_max_rows
            for start in range(0, len(self._buffer), size):
                chunk = self._buffer[start : start + size]
                self._queue.append(_Block(rows=chunk, size=len(chunk)))
            self._buffer = []
        total = FlushResult()
        started = time.perf_counter()
        while True:
            with self._lock:
                if not self._queue:
                    break
                block = self._queue[0]
            total = total + self._write(block)
            with self._lock:
                self._queue.pop(0)
                self._held -= block.size
        elapsed = time.perf_counter() - started
        handled = total.written + total.duplicates + len(total.rejected)
        if handled and elapsed > 0:
            rate = handled / elapsed
            self._rows_per_s = rate if self._rows_per_s <= 0 else 0.7 * self._rows_per_s + 0.3 * rate
        return total

    def _attempts(self) -> Retrying:
        return Retrying(
            stop=stop_after_attempt(self.settings.insert_attempts),
            wait=self._wait,
            retry=retry_if_exception_type(StoreUnavailableError),
            sleep=self._sleep,
            reraise=True,
            before_sleep=lambda state: logger.warning(
                "%s: store unavailable (attempt %s): %s",
                self.table,
                state.attempt_number,
                state.outcome.exception() if state.outcome else "",
            ),
        )

    def _key(self, row: Row) -> KeyTuple | None:
        if len(self.key_columns) == 1:
            value = row.get(self.key_columns[0])
            if value is None or value == "":
                return None
            return (value,) if isinstance(value, str) else (normalize_key(value),)
        key = tuple(normalize_key(row.get(c)) for c in self.key_columns)
        return None if any(v is None or v == "" for v in key) else key

    def _write(self, block: _Block) -> FlushResult:
        if not block.deduplicated:
            self._dedup_within(block)
        if self.key_columns and not block.looked_up:
            existing = self._attempts()(self.store.existing_keys, self.lookup_table, self.key_columns, block.keys)
            if existing:
                keep = [i for i, k in enumerate(block.keys) if k not in existing]
                block.duplicates += len(block.rows) - len(keep)
                block.rows = [block.rows[i] for i in keep]
                block.keys = [block.keys[i] for i in keep]
            block.looked_up = True
        if block.payload is None:
            if self.raw_json:
                block.payload = _json_lines(block.rows)
            else:
                arrow, kept, rejected = build_block(block.rows, self.store.columns(self.table))
                if rejected:
                    block.rejected.extend((block.rows[i], reason) for i, reason in rejected)
                    block.rows = [block.rows[i] for i in kept]
                    if block.keys:
                        block.keys = [block.keys[i] for i in kept]
                block.payload = arrow
            block.token = self._token(block.keys)
        written, poison = self._insert_isolating(block.rows, block.keys, block.payload, block.token)
        return FlushResult(written=written, duplicates=block.duplicates, rejected=[*block.rejected, *poison])

    def _insert(self, payload: pa.Table | list[bytes], token: str) -> None:
        if isinstance(payload, list):
            self.store.insert_json(self.table, payload, dedup_token=token)
        else:
            self.store.insert_block(self.table, payload, dedup_token=token)

    def _dedup_within(self, block: _Block) -> None:
        if len(self.key_columns) == 1:
            # Fast path for the usual case, one string id per row and no repeats: C-level passes only.
            column = self.key_columns[0]
            ids = [row.get(column) for row in block.rows]
            if set(map(type, ids)) == {str} and "" not in ids and len(set(ids)) == len(ids):
                block.keys = list(zip(ids))
                block.deduplicated = True
                return
        if self.key_columns:
            seen: set[KeyTuple] = set()
            unique: list[Row] = []
            keys: list[KeyTuple] = []
            for row in block.rows:
                key = self._key(row)
                if key is None:
                    block.rejected.append((row, f"missing deduplication key {', '.join(self.key_columns)}"))
                elif key in seen:
                    block.duplicates += 1
                else:
                    seen.add(key)
                    unique.append(row)
                    keys.append(key)
            block.rows = unique
            block.keys = keys
        block.deduplicated = True

    def _token(self, keys: Sequence[KeyTuple]) -> str:
        """Return the block's insert deduplication token: a hash of its sorted keys (random without keys)."""
        if not self.key_columns:
            return uuid.uuid4().hex
        # In block order: a block rebuilt from the same records (same offsets) gets the same token.
        digest = hashlib.blake2b(self.table.encode(), digest_size=16)
        if all(len(key) == 1 and isinstance(key[0], str) for key in keys):
            digest.update("\x00".join([key[0] for key in keys]).encode())  # the usual case, 5x cheaper than repr
        else:
            digest.update(repr(keys).encode())
        return digest.hexdigest()

    def _insert_isolating(
        self, rows: list[Row], keys: list[KeyTuple], payload: pa.Table | list[bytes], token: str
    ) -> tuple[int, list[tuple[Row, str]]]:
        """Insert ``rows`` (as ``payload``); on a value rejection, bisect down to the poison rows."""
        if not rows:
            return 0, []
        try:
            self._attempts()(self._insert, payload, token)
            if self.on_stored is not None:
                self._tell_stored(rows)
            return len(rows), []
        except RowRejectedError as exc:
            if len(rows) == 1:
                logger.warning("%s: row rejected: %s", self.table, exc)
                return 0, [(rows[0], str(exc))]
        written = 0
        rejected: list[tuple[Row, str]] = []
        middle = len(rows) // 2
        for lo, hi in ((0, middle), (middle, len(rows))):
            part_rows, part_keys = rows[lo:hi], keys[lo:hi]
            keep: list[int] | None = None
            if self.key_columns:
                # A view may have refused the block after the table took it: rows already
                # stored are written, not re-sent.
                stored = self._attempts()(self.store.existing_keys, self.lookup_table, self.key_columns, part_keys)
                if stored:
                    keep = [i for i, k in enumerate(part_keys) if k not in stored]
                    written += len(part_rows) - len(keep)
                    part_rows = [part_rows[i] for i in keep]
                    part_keys = [part_keys[i] for i in keep]
            part: pa.Table | list[bytes]
            if isinstance(payload, list):
                part = _json_lines(part_rows)
            else:
                part = payload.slice(lo, hi - lo)
                if keep is not None:
                    part = part.take(pa.array(keep, pa.int64()))
            part_written, part_rejected = self._insert_isolating(part_rows, part_keys, part, self._token(part_keys))
            written += part_written
            rejected.extend(part_rejected)
        return written, rejected

    def _tell_stored(self, rows: Sequence[Row]) -> None:
        """Hand the rows an insert stored to ``on_stored``; a failure there is logged, never the flush's."""
        assert self.on_stored is not None
        try:
            self.on_stored(rows, time.time())
        except Exception:  # a metric must not fail a flush whose rows are stored (nor have it retried)
            logger.exception("%s: on_stored failed; the rows are stored", self.table)


def _json_lines(rows: Sequence[Row]) -> list[bytes]:
    return [row[RAW_JSON] for row in rows]
