"""The store: one interface, two backends (chDB in-process, a ClickHouse server), same SQL.

:func:`open_store` picks the backend from settings: no ``clickhouse.url`` means
chDB under ``data_dir/chdb``; a URL means clickhouse-connect. Both speak the
same DDL and queries; they differ only in how bytes travel:

* chDB gets an Arrow block (in the Arrow stream format) and JSON lines through a
  staging file (``INSERT ... FROM INFILE``), never the query text, so the engine
  reads them without the GIL; key sets for lookups go in the query text when they
  are few, through the same file (read with ``file()``) otherwise;
* a server gets the block through ``insert_arrow``, JSON lines through
  ``raw_insert``, and key sets as an ``Array(String)`` query parameter.

Every backend error goes through :func:`errorflow.sinks.errmap.translate`.
chDB allows one engine per process and runs one statement at a time, so every
:class:`ChdbStore` of a process shares one session and one lock. Analyst queries
(:meth:`Store.query_readonly`) run beside it, each on a read-only session of its own.
"""

from __future__ import annotations

import abc
import importlib
import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from errorflow.errors import (
    ErrorflowError,
    ReadOnlyQueryError,
    RowRejectedError,
    StoreError,
    StoreUnavailableError,
)
from errorflow.sinks.blocks import Column, build_block, datetime_arrow_type
from errorflow.sinks.errmap import error_code, translate
from errorflow.sinks.sqlguard import check_read_only
from errorflow.sinks.threads import MERGE_THREAD_PREFIX, renice_threads

if TYPE_CHECKING:
    from errorflow.settings import Settings

__all__ = [
    "ChdbStore",
    "KeyTuple",
    "ServerStore",
    "Store",
    "normalize_key",
    "open_store",
    "quote_identifier",
]

logger = logging.getLogger(__name__)

#: A deduplication key as compared by the writer: strings stay strings, times become epoch milliseconds.
KeyTuple = tuple[Any, ...]

#: Settings of every insert: a retried block with the same token is dropped by the engine,
#: in the table and in every materialized view it feeds (tables keep a deduplication window).
_INSERT_SETTINGS: dict[str, Any] = {"deduplicate_blocks_in_dependent_materialized_views": 1}

#: Key lookups whose keys take up to this many characters send them in the query text rather than
#: through ``Python()`` (well under the engine's 256 KiB ``max_query_size``).
_INLINE_KEY_CHARS = 64 * 1024


def _inline(keys: Sequence[str]) -> bool:
    """Whether ``keys`` may go in a lookup's query text: few, short, and plain printable ASCII."""
    return sum(map(len, keys)) <= _INLINE_KEY_CHARS and all(key.isascii() and key.isprintable() for key in keys)


#: How ``insert_json`` reads its lines: nested JSON as text, ISO 8601 times, unknown keys refused.
#: Parsing on one thread: the sink's blocks are a few MB, where parallel parsing measured no
#: faster and costlier in CPU, which the consuming thread needs.
_JSON_INSERT_SETTINGS: dict[str, Any] = {
    **_INSERT_SETTINGS,
    "input_format_json_read_objects_as_strings": 1,
    "input_format_json_read_arrays_as_strings": 1,
    "input_format_skip_unknown_fields": 0,
    "date_time_input_format": "best_effort",
    "input_format_parallel_parsing": 0,
    # The rollups fed by these inserts group by their tables' sorting keys already, so the
    # engine's own pre-merge of each inserted part repeats work (a tenth of insert time).
    "optimize_on_insert": 0,
}


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MILLISECOND = timedelta(milliseconds=1)


def quote_identifier(name: str) -> str:
    """Quote a ClickHouse identifier with backticks."""
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"


def _quote_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def normalize_key(value: Any) -> Any:
    """Make a key value comparable across Python rows and stored rows (times to epoch ms)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return (value - _EPOCH) // _MILLISECOND
    return value


def _literal(value: Any) -> str:
    """Render a Python value as a ClickHouse literal (chDB takes parameters as text)."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "[" + ",".join(_quoted_literal(v) for v in value) + "]"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return str(value.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3])
    return str(value)


def _quoted_literal(value: Any) -> str:
    if isinstance(value, str):
        return _quote_string(value)
    if isinstance(value, datetime):
        return _quote_string(_literal(value))
    if value is None:
        return "NULL"
    return _literal(value)


class Store(abc.ABC):
    """A ClickHouse database errorflow reads and writes: chDB or a server."""

    #: ``"chdb"`` or ``"server"``.
    backend: str = ""

    def __init__(self, *, database: str, analyst: AnalystLimits | None = None) -> None:
        self.database = database
        self._columns: dict[str, list[Column]] = {}
        self.analyst = analyst or AnalystLimits()
        """What analyst queries may take (:meth:`query_readonly`)."""
        self._analyst_slots = threading.BoundedSemaphore(self.analyst.max_concurrent)
        self.error_scrubber: Callable[[str], str] = _default_scrubber()
        """Scrubs the text of an analyst query's error (:meth:`query_readonly`): the engine echoes row
        values and the query's literals into it. :func:`open_store` sets the configured scrubber's."""

    # -- names ---------------------------------------------------------------------------------
    def qualify(self, table: str) -> str:
        """Return ``db.table`` for a bare table name (names with a dot are kept)."""
        if "." in table:
            return table
        return f"{quote_identifier(self.database)}.{quote_identifier(table)}"

    # -- statements ----------------------------------------------------------------------------
    @abc.abstractmethod
    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        """Run a statement that returns nothing (DDL, ``INSERT ... SELECT``, ``OPTIMIZE``)."""

    def query_arrow(self, sql: str, params: Mapping[str, Any] | None = None) -> pa.Table:
        """Run a query and return its result as an Arrow table (``DateTime`` columns as timestamps)."""
        return self._with_datetimes(sql, params, self._arrow(sql, params, settings=None))

    @abc.abstractmethod
    def _arrow(self, sql: str, params: Mapping[str, Any] | None, *, settings: dict[str, Any] | None) -> pa.Table:
        """Run a query and return the engine's Arrow result as is."""

    def _with_datetimes(
        self,
        sql: str,
        params: Mapping[str, Any] | None,
        table: pa.Table,
        *,
        describe: Callable[[str], pa.Table] | None = None,
    ) -> pa.Table:
        """Turn ``DateTime`` columns, which ClickHouse's Arrow output sends as ``uint32``, into timestamps.

        Only a result with a ``uint32`` column pays for the ``DESCRIBE`` that tells them apart
        (run by ``describe`` when given: analyst queries describe on their own session).
        """
        candidates = [i for i, f in enumerate(table.schema) if pa.types.is_uint32(f.type)]
        if not candidates:
            return table
        try:
            if describe is not None:
                described = describe(f"DESCRIBE ({sql})")
            else:
                described = self._arrow(f"DESCRIBE ({sql})", params, settings=None)
        except StoreError:
            return table
        types = described.column("type").to_pylist() if "type" in described.column_names else []
        if len(types) != table.num_columns:
            return table
        for i in candidates:
            timestamp = datetime_arrow_type(str(types[i]))
            if timestamp is not None:
                column = table.column(i).cast(pa.int64()).cast(timestamp)
                table = table.set_column(i, pa.field(table.schema.field(i).name, timestamp), column)
        return table

    def query_rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a query and return its rows as dicts (``{name:Type}`` placeholders take ``params``)."""
        return self.query_arrow(sql, params).to_pylist()  # type: ignore[no-any-return]

    def query_value(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        """Run a query and return the first column of its first row (None when empty)."""
        table = self.query_arrow(sql, params)
        if table.num_rows == 0 or table.num_columns == 0:
            return None
        return table.column(0)[0].as_py()

    def query_readonly(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one analyst query with the engine in read-only mode.

        The engine enforces it (``readonly=1`` and ``max_execution_time``, see the backends);
        :func:`~errorflow.sinks.sqlguard.check_read_only` only refuses first, with a clearer
        message. The query never waits for the sink's writes: it has its own session or client.
        The result is bounded (:data:`ANALYST_MAX_RESULT_ROWS`, :data:`ANALYST_MAX_RESULT_BYTES`)
        and an error's text is scrubbed (:attr:`error_scrubber`): it reaches the SQL endpoint's
        answer, the CLI's output and logs. At most :attr:`AnalystLimits.max_concurrent` run at
        once, each under its share of :attr:`AnalystLimits.max_memory_bytes`: with chDB they run
        in the sink's own process, and four queries of 2 GiB each could take 8 GiB of it.

        Raises:
            ReadOnlyQueryError: the text is not one ``SELECT``/``WITH``/``SHOW``/``DESCRIBE``/
                ``EXPLAIN``/``EXISTS`` statement, or the engine refused it as a write.
            StoreError: the query failed, ran longer than ``clickhouse.analyst_max_execution_s``,
                its result is over the limits, or every analyst slot stayed taken while it waited.
        """
        try:
            statement = check_read_only(sql)
            if not self._analyst_slots.acquire(timeout=self.analyst.slot_wait_s):
                raise StoreError(
                    f"{self.analyst.max_concurrent} analyst queries are running "
                    "(clickhouse.analyst_max_concurrent): try again when one has ended"
                )
            try:
                table = self._query_readonly(statement)
            except StoreError as exc:
                raise _analyst_error(exc, self.analyst) from exc
            finally:
                self._analyst_slots.release()
            return _analyst_result(table)
        except ErrorflowError as exc:
            if not _echoes_secret(exc, self.error_scrubber):
                raise
            # The engine echoes row values and the query's literals: scrubbed, and without the chain a
            # traceback would print them from. A refusal stays a refusal.
            kind = ReadOnlyQueryError if isinstance(exc, ReadOnlyQueryError) else StoreError
            raise kind(self.error_scrubber(str(exc))) from None

    @abc.abstractmethod
    def _query_readonly(self, statement: str) -> pa.Table: ...

    # -- inserts -------------------------------------------------------------------------------
    def columns(self, table: str) -> list[Column]:
        """Return the columns of ``table`` (cached; :meth:`forget_columns` after DDL)."""
        name = self.qualify(table)
        cached = self._columns.get(name)
        if cached is None:
            described = self.query_rows(f"DESCRIBE TABLE {name}")
            cached = [Column(r["name"], r["type"], r.get("default_type") or "") for r in described]
            self._columns[name] = cached
        return cached

    def forget_columns(self) -> None:
        """Drop cached table descriptions (after migrations)."""
        self._columns.clear()

    def insert_rows(self, table: str, rows: Sequence[Mapping[str, Any]]) -> int:
        """Insert rows as one block; return how many were written.

        Raises:
            RowRejectedError: a row's values cannot be stored (nothing is written then).
        """
        if not rows:
            return 0
        block, _, rejected = build_block(rows, self.columns(table))
        if rejected:
            index, reason = rejected[0]
            raise RowRejectedError(f"insert into {table}: row {index}: {reason}")
        self.insert_block(table, block)
        return int(block.num_rows)

    @abc.abstractmethod
    def insert_block(self, table: str, block: pa.Table, *, dedup_token: str | None = None) -> None:
        """Insert an Arrow block atomically as far as the engine allows.

        Args:
            table: Target table (bare name or ``db.table``).
            block: Columns named after the table's columns.
            dedup_token: Same token, same block: the engine keeps the first copy only, in the
                table and in every materialized view fed by it.
        """

    @abc.abstractmethod
    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        """Insert JSON objects (``JSONEachRow``), one per item of ``lines``, as one block.

        Nested objects and arrays are read as their JSON text (for ``String`` columns),
        times in any ISO 8601 form. Keys the table does not have are an error.

        Args:
            table: Target table (bare name or ``db.table``).
            lines: One JSON object each.
            dedup_token: As for :meth:`insert_block`.
        """

    def prepare_json_insert(self, table: str) -> None:  # noqa: B027  # optional hook, nothing to do by default
        """Get the engine ready for :meth:`insert_json` into ``table`` (a start-up warm-up; stores nothing)."""

    @abc.abstractmethod
    def existing_keys(self, table: str, key_columns: Sequence[str], keys: Iterable[KeyTuple]) -> set[KeyTuple]:
        """Return which of ``keys`` (tuples of values of ``key_columns``) are already stored in ``table``."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection (idempotent)."""

    def writer_lane(self) -> Store | None:
        """Another store on the same database whose writes run beside this one's, or None.

        The sink writes the tables a failure's detection waits for through a lane of
        their own (:class:`~errorflow.agents.ingest.IngestLoop`), so a classification
        is not stored only after every other table of the flush. The caller closes it.
        """
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _key_query(qualified: str, key_columns: Sequence[str], source: str) -> str:
    cols = ", ".join(quote_identifier(c) for c in key_columns)
    return f"SELECT {cols} FROM {qualified} WHERE {quote_identifier(key_columns[0])} IN {source}"


def _first_values(keys: set[KeyTuple]) -> list[str]:
    """The distinct values of the first key column, as text: what a lookup filters on (order is irrelevant)."""
    return list({k[0] if isinstance(k[0], str) else str(k[0]) for k in keys})


def _filter_keys(found: pa.Table, wanted: set[KeyTuple]) -> set[KeyTuple]:
    columns = [found.column(i).to_pylist() for i in range(found.num_columns)]
    present = {tuple(normalize_key(v) for v in values) for values in zip(*columns, strict=True)}
    return present & wanted


#: ClickHouse error codes of a refused read-only query, of one that ran too long, and of a result too large.
_READONLY_CODES = frozenset({164})  # READONLY
_TIMEOUT_CODES = frozenset({159})  # TIMEOUT_EXCEEDED
_RESULT_CODES = frozenset({396})  # TOO_MANY_ROWS_OR_BYTES
_MEMORY_CODES = frozenset({241})  # MEMORY_LIMIT_EXCEEDED

ANALYST_MAX_RESULT_ROWS = 1_000_000
"""Most rows an analyst query returns. The result is built in the caller's memory: in a running
pipeline, the process of the sink; 3 million small rows took 750 MB of it."""
ANALYST_MAX_RESULT_BYTES = 64 * 1024 * 1024
"""Most bytes of an analyst query's result as the engine counts them (uncompressed)."""
ANALYST_MAX_MEMORY_BYTES = 2 * 1024**3
"""Default memory of all analyst queries in flight together (``clickhouse.analyst_max_memory_bytes``):
chDB runs them in the process that runs the query, the pipeline's for the SQL endpoint, so queries past
it would take the sink down."""

#: Default time limit of an analyst query (``clickhouse.analyst_max_execution_s``).
DEFAULT_ANALYST_MAX_EXECUTION_S = 30.0

#: Default number of analyst queries in flight at once (``clickhouse.analyst_max_concurrent``).
DEFAULT_ANALYST_MAX_CONCURRENT = 2


@dataclass(frozen=True, slots=True)
class AnalystLimits:
    """What analyst queries may take: time each, and memory and slots for all of them together.

    The memory is shared out: each query in flight gets ``max_memory_bytes / max_concurrent`` as its
    engine limit (``max_memory_usage``), so however many come at once, together they stay under
    ``max_memory_bytes``. A query finding every slot taken waits up to ``slot_wait_s`` (by default
    its own time limit: the one holding a slot ends by then) and is then refused as busy.
    """

    max_execution_s: float = DEFAULT_ANALYST_MAX_EXECUTION_S
    max_memory_bytes: int = ANALYST_MAX_MEMORY_BYTES
    max_concurrent: int = DEFAULT_ANALYST_MAX_CONCURRENT
    wait_s: float | None = None

    def __post_init__(self) -> None:
        if self.max_concurrent < 1 or self.max_memory_bytes < 1 or self.max_execution_s <= 0:
            raise ValueError(f"analyst limits must be positive: {self}")

    @property
    def memory_per_query(self) -> int:
        """The engine's ``max_memory_usage`` of one analyst query."""
        return self.max_memory_bytes // self.max_concurrent

    @property
    def slot_wait_s(self) -> float:
        """How long a query waits for a slot before it is refused as busy."""
        return self.max_execution_s if self.wait_s is None else self.wait_s


def _analyst_error(exc: StoreError, limits: AnalystLimits) -> StoreError:
    """Name what the engine refused: a write in read-only mode, or a query over its time limit.

    The store's own table counts both codes as retryable unavailability, which they are for
    the sink, not for an analyst's statement.
    """
    code = error_code(exc)
    if code in _READONLY_CODES:
        return ReadOnlyQueryError(f"refused by the engine in read-only mode (only reads are allowed): {exc}")
    if code in _TIMEOUT_CODES:
        return StoreError(f"the query ran past its time limit (clickhouse.analyst_max_execution_s): {exc}")
    if code in _MEMORY_CODES:
        return StoreError(
            f"the query needs more than the analyst memory limit ({limits.memory_per_query // 2**20} MiB: "
            "clickhouse.analyst_max_memory_bytes shared by clickhouse.analyst_max_concurrent queries): "
            f"narrow it (WHERE, fewer columns, approximate functions such as uniq): {exc}"
        )
    if code in _RESULT_CODES:
        return StoreError(
            f"the result is over the analyst result limit ({ANALYST_MAX_RESULT_ROWS} rows, "
            f"{ANALYST_MAX_RESULT_BYTES // 2**20} MiB): aggregate, or add a LIMIT: {exc}"
        )
    return exc


def _analyst_result(table: pa.Table) -> tuple[list[str], list[tuple[Any, ...]]]:
    """An analyst result as rows, refused past the result limit however the engine counted it.

    The engine counts ``max_result_bytes`` over the blocks it computes: a constant expression
    (``SELECT range(20000000)``, a 100 MB ``randomPrintableASCII``) is one folded value it never
    counts. The Arrow table is in memory already (under ``max_memory_usage``); its rows as Python
    objects would take several times more, in the pipeline's own process.

    Raises:
        StoreError: the result is over :data:`ANALYST_MAX_RESULT_BYTES`, or holds text that is not UTF-8.
    """
    if table.nbytes > ANALYST_MAX_RESULT_BYTES or table.num_rows > ANALYST_MAX_RESULT_ROWS:
        raise StoreError(
            f"the result is over the analyst result limit ({ANALYST_MAX_RESULT_ROWS} rows, "
            f"{ANALYST_MAX_RESULT_BYTES // 2**20} MiB): aggregate, or add a LIMIT "
            f"({table.num_rows} rows, {table.nbytes // 2**20} MiB)"
        )
    columns = list(table.column_names)
    try:
        data = [table.column(i).to_pylist() for i in range(table.num_columns)]
    except UnicodeDecodeError as exc:
        raise StoreError(
            f"the result holds text that is not UTF-8 ({exc.reason} at byte {exc.start}): "
            "select the column as hex(...) or base64Encode(...)"
        ) from None
    return columns, list(zip(*data, strict=True)) if data else []


def _default_scrubber() -> Callable[[str], str]:
    """The default scrubber's text rule (imported here: the SDK's package is not needed to open a store)."""
    from errorflow.sdk.scrub import Scrubber

    return Scrubber().scrub_text


def _echoes_secret(exc: BaseException, scrub: Callable[[str], str]) -> bool:
    """Whether ``exc`` or an exception in its chain holds text the scrubber changes."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current)
        if scrub(text) != text:
            return True
        current = current.__cause__ or current.__context__
    return False


def _analyst_settings(limits: AnalystLimits) -> dict[str, Any]:
    """The settings of every analyst query; ``readonly`` last, as it forbids changing the others."""
    return {
        "max_execution_time": max(1, math.ceil(limits.max_execution_s)),
        "max_result_rows": ANALYST_MAX_RESULT_ROWS,
        "max_result_bytes": ANALYST_MAX_RESULT_BYTES,
        "result_overflow_mode": "throw",
        "max_memory_usage": limits.memory_per_query,
        "readonly": 1,
    }


# ---------------------------------------------------------------------------------------------
# chDB
# ---------------------------------------------------------------------------------------------
class _ChdbEngine:
    """The process's one chDB session, its lock, and the database it currently ``USE``s."""

    def __init__(self, path: Path, *, merge_nice: int = 0, staging_name: str = "block.jsonl") -> None:
        # chdb's session API is untyped; hold it as Any rather than ignore each call.
        chdb_session: Any = importlib.import_module("chdb.session")
        path.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.session: Any = chdb_session.Session(str(path))
        self.merge_nice = merge_nice
        self._niced_at = -math.inf
        self.calm_merges()
        self.lock = threading.RLock()
        self.current_db: str | None = None
        self.users = 0
        # Where inserts stage a block (JSON lines, or an Arrow stream) for INSERT ... FROM INFILE, and lookups
        # their keys for file() (one file, reused under the lock): data in the query text costs the engine
        # about 4 us per 800-byte row before parsing even starts; written to and read from a file, a tenth of that.
        self.staging = path / "errorflow_staging" / staging_name
        self._staging_fd: int | None = None

    def calm_merges(self) -> None:
        """Keep the background merge threads at ``merge_nice``.

        The engine starts them with the first MergeTree table, so until some are
        found every call looks; after that, every 10 s (the pool may add threads).
        """
        now = time.monotonic()
        due = self.merge_nice and now - self._niced_at >= _RENICE_EVERY_S
        if due and renice_threads(MERGE_THREAD_PREFIX, self.merge_nice):
            self._niced_at = now

    def stage(self, lines: Sequence[bytes]) -> None:
        """Make the staging file hold ``lines``, one per line.

        The file is overwritten in place and then cut to length rather than
        truncated first, so its pages are reused instead of freed and faulted in
        again (a third of the cost). One write call: every call gives up the GIL
        and waits to get it back while the consuming thread runs Python, so many
        small writes cost far more than the copy they save.
        """
        self.stage_bytes(b"\n".join(lines))

    def stage_arrow(self, block: pa.Table) -> None:
        """Make the staging file hold ``block`` in the Arrow stream format (for ``FORMAT ArrowStream``)."""
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, block.schema) as writer:
            writer.write_table(block)
        self.stage_bytes(sink.getvalue())

    def stage_bytes(self, payload: bytes | pa.Buffer) -> None:
        """Make the staging file hold ``payload`` (overwritten in place, then cut to length)."""
        if self._staging_fd is None:
            self.staging.parent.mkdir(exist_ok=True)
            self._staging_fd = os.open(self.staging, os.O_RDWR | os.O_CREAT, 0o600)
        data = memoryview(payload)
        written = 0
        while written < len(data):
            written += os.pwrite(self._staging_fd, data[written:], written)
        os.ftruncate(self._staging_fd, len(data))

    def close(self) -> None:
        """Close the session and remove the staging file."""
        self.session.close()
        if self._staging_fd is not None:
            os.close(self._staging_fd)
            self._staging_fd = None
        self.staging.unlink(missing_ok=True)


#: How often inserts re-apply the merge threads' nice value (the engine may start new ones).
_RENICE_EVERY_S = 10.0


class _AnalystSession:
    """A chDB session of its own for analyst queries, which the engine holds read-only.

    chDB sessions on one data path share the engine but not their settings: this one
    runs ``SET max_execution_time`` and then ``SET readonly=1``, after which the engine
    refuses writes, DDL, setting changes (``SET``, ``SETTINGS``) and table functions
    that reach outside the database, however they are spelled. Being a session of its
    own, a long analyst query never holds the sink's session (chDB runs the statements
    of different sessions in parallel).
    """

    def __init__(self, path: Path, *, database: str, limits: AnalystLimits) -> None:
        chdb_session: Any = importlib.import_module("chdb.session")
        self.lock = threading.Lock()
        try:
            self.session: Any = chdb_session.Session(str(path))
        except Exception as exc:
            raise StoreUnavailableError(f"cannot open a read-only chDB session at {path}: {exc}") from exc
        try:
            self.session.query(f"USE {quote_identifier(database)}")
            for name, value in _analyst_settings(limits).items():
                self.session.query(f"SET {name} = {_quoted_literal(value)}")
            readonly = str(self.session.query("SELECT getSetting('readonly')", "CSV")).strip()
        except Exception as exc:
            self.session.close()
            raise StoreUnavailableError(f"cannot make the analyst chDB session read-only: {exc}") from exc
        if readonly != "1":  # fail closed: never serve analyst SQL from a writable session
            self.session.close()
            raise StoreError(f"the analyst chDB session is not read-only (readonly={readonly})")

    def query(self, sql: str) -> pa.Table:
        """Run one statement on this session and return its Arrow result."""
        with self.lock:
            try:
                result = self.session.query(sql, "ArrowTable")
            except Exception as exc:
                raise translate(exc, action=sql[:200]) from exc
        return result if isinstance(result, pa.Table) else pa.table({})

    def canonical(self, statement: str) -> str:
        """The engine's own reading of ``statement``, formatted on one line.

        ``formatQuerySingleLine`` parses with the engine's parser and refuses several
        statements, so what runs is exactly one statement as the engine reads it:
        quoted names unquoted, ``$$`` strings as plain strings, comments gone.
        """
        try:
            table = self.query(f"SELECT formatQuerySingleLine({_quote_string(statement)}) AS q")
        except StoreError as exc:
            if "Multi-statements are not allowed" in str(exc):
                raise ReadOnlyQueryError("only one statement is allowed") from exc
            raise
        return str(table.column(0)[0].as_py())

    def close(self) -> None:
        """Close the session."""
        with self.lock:
            self.session.close()


class _EngineSlot:
    """The process's chDB engine, shared by every ChdbStore and counted so the last close closes it."""

    def __init__(self) -> None:
        self.guard = threading.Lock()
        self.engine: _ChdbEngine | None = None

    def acquire(self, path: Path, *, merge_nice: int = 0) -> _ChdbEngine:
        with self.guard:
            resolved = path.resolve()
            engine = self.engine
            if engine is not None and engine.users > 0 and engine.path != resolved:
                raise StoreError(f"chDB is already open at {engine.path} in this process; cannot also open {resolved}")
            if engine is None or engine.users == 0:
                try:
                    engine = _ChdbEngine(resolved, merge_nice=merge_nice)
                except Exception as exc:
                    raise StoreUnavailableError(f"cannot open chDB at {resolved}: {exc}") from exc
                self.engine = engine
            engine.users += 1
            return engine

    def release(self, engine: _ChdbEngine) -> None:
        with self.guard:
            engine.users -= 1
            if engine.users <= 0 and self.engine is engine:
                engine.close()
                self.engine = None


_slot = _EngineSlot()


class ChdbStore(Store):
    """The embedded store: chDB in this process, data under ``path``."""

    backend = "chdb"

    def __init__(
        self,
        path: Path,
        *,
        database: str,
        merge_nice: int = 0,
        analyst: AnalystLimits | None = None,
        create_database: bool = True,
    ) -> None:
        """Open (or share) the process's chDB engine at ``path``.

        ``merge_nice``: nice value of the engine's merge threads (see :mod:`errorflow.sinks.threads`);
        the first store to open the engine decides it. ``analyst``: the limits of
        :meth:`query_readonly`. ``create_database=False`` for readers, which create nothing.
        """
        super().__init__(database=database, analyst=analyst)
        self._merge_nice = merge_nice
        self._idle_analysts: list[_AnalystSession] = []
        self._analyst_guard = threading.Lock()
        self._engine: _ChdbEngine | None = _slot.acquire(path, merge_nice=merge_nice)
        self._shared: _ChdbEngine | None = None
        """The process's shared engine, held while this store writes through a session of its own."""
        if create_database:
            self.execute(f"CREATE DATABASE IF NOT EXISTS {quote_identifier(database)}")

    def writer_lane(self) -> ChdbStore:
        """A store on this engine with a chDB session (and staging file) of its own.

        chDB runs the statements of different sessions in parallel (measured: 40 small
        inserts into two tables with views, 612 ms on one session, 117 ms split over two),
        so the lane's inserts do not wait for this store's. It holds the shared engine
        open until it is closed.
        """
        lane = ChdbStore(
            self.path,
            database=self.database,
            merge_nice=self._merge_nice,
            analyst=self.analyst,
            create_database=False,
        )
        try:
            own = _ChdbEngine(self.path, merge_nice=self._merge_nice, staging_name=f"lane-{uuid.uuid4().hex}.jsonl")
        except Exception as exc:
            lane.close()
            raise StoreUnavailableError(f"cannot open a chDB session at {self.path}: {exc}") from exc
        lane._shared, lane._engine = lane._engine, own
        return lane

    @property
    def path(self) -> Path:
        """Directory of the chDB data."""
        return self._live().path

    def _live(self) -> _ChdbEngine:
        if self._engine is None:
            raise StoreError("the store is closed")
        return self._engine

    def _use(self, engine: _ChdbEngine) -> None:
        # Analyst SQL names tables without a database: keep the session on ours.
        if engine.current_db != self.database:
            try:
                engine.session.query(f"USE {quote_identifier(self.database)}")
            except RuntimeError:
                engine.current_db = None
                return  # the database does not exist yet (CREATE DATABASE follows)
            engine.current_db = self.database

    @staticmethod
    def _params(params: Mapping[str, Any] | None) -> dict[str, str] | None:
        return {k: _literal(v) for k, v in params.items()} if params else None

    def _run(self, sql: str, fmt: str, params: Mapping[str, Any] | None, *, inserting: bool = False) -> Any:
        engine = self._live()
        with engine.lock:
            self._use(engine)
            try:
                return engine.session.query(sql, fmt, params=self._params(params))
            except Exception as exc:
                raise translate(exc, action=sql[:200], inserting=inserting) from exc

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        """Run a statement that returns nothing."""
        self._run(sql, "CSV", params)
        if sql.lstrip()[:4].upper() in {"DROP", "USE "}:
            self._live().current_db = None

    def _arrow(self, sql: str, params: Mapping[str, Any] | None, *, settings: dict[str, Any] | None) -> pa.Table:
        result = self._run(sql, "ArrowTable", params)
        return result if isinstance(result, pa.Table) else pa.table({})

    def _take_analyst(self) -> _AnalystSession:
        """An idle read-only session for one analyst query, or a new one.

        One session per query in flight: analyst queries run in parallel with each other
        and with the sink (a chDB session runs one statement at a time).
        """
        engine = self._live()
        with self._analyst_guard:
            if self._idle_analysts:
                return self._idle_analysts.pop()
        return _AnalystSession(engine.path, database=self.database, limits=self.analyst)

    def _query_readonly(self, statement: str) -> pa.Table:
        """Run the engine's own reading of ``statement`` on a read-only analyst session."""
        analyst = self._take_analyst()
        try:
            canonical = analyst.canonical(statement)
            # The engine's reading has no comments or unusual quoting left: check it again, so
            # no difference between our lexer and the engine's can let a file() call through.
            canonical = check_read_only(canonical)
            table = self._with_datetimes(canonical, None, analyst.query(canonical), describe=analyst.query)
        except BaseException:
            # A query stopped mid-result (its time limit) leaves chDB's Arrow output of the
            # session broken for the next query (chDB 26.9); a new session costs a fraction of a ms.
            analyst.close()
            raise
        with self._analyst_guard:
            if self._engine is not None:
                self._idle_analysts.append(analyst)
                return table
        analyst.close()
        return table

    def insert_block(self, table: str, block: pa.Table, *, dedup_token: str | None = None) -> None:
        """Insert an Arrow block through the staging file: ``INSERT ... FROM INFILE ... FORMAT ArrowStream``.

        Through ``SELECT * FROM Python(block)`` the engine read the block via the interpreter,
        taking the GIL back and forth while the sink's consuming threads run Python. Read from a
        file, the engine needs the GIL for nothing: a 30-60-row classification block took 13
        against 20 ms on a quiet machine (README, "Benchmarks"; under load the engine's own work
        on the table and its views dominates either way).
        """
        if block.num_rows == 0:
            return
        settings = dict(_INSERT_SETTINGS)
        if dedup_token:
            settings["insert_deduplication_token"] = dedup_token
        rendered = ", ".join(f"{k}={_quoted_literal(v)}" for k, v in settings.items())
        cols = ", ".join(quote_identifier(name) for name in block.column_names)
        engine = self._live()
        sql = (
            f"INSERT INTO {self.qualify(table)} ({cols}) FROM INFILE {_quoted_literal(str(engine.staging))}"
            f" SETTINGS {rendered} FORMAT ArrowStream"
        )
        with engine.lock:
            engine.calm_merges()
            try:
                engine.stage_arrow(block)
            except OSError as exc:
                raise StoreUnavailableError(f"cannot stage rows for {table} in {engine.staging}: {exc}") from exc
            self._run(sql, "CSV", None, inserting=True)

    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        """Insert JSON lines with ``INSERT ... FROM INFILE ... FORMAT JSONEachRow``.

        The lines go through the engine's staging file, not the query text: inline
        data is scanned as part of the statement, which measured costlier than
        parsing the JSON itself.
        """
        if lines:
            self._insert_staged(table, lines, dedup_token)

    def prepare_json_insert(self, table: str) -> None:
        """Insert an empty block into ``table``.

        The engine sets up the insert and its views' pipeline once, which otherwise
        makes the first real block a fifth slower; an empty block stores nothing.
        """
        self._insert_staged(table, [], None)

    def _insert_staged(self, table: str, lines: Sequence[bytes], dedup_token: str | None) -> None:
        settings = dict(_JSON_INSERT_SETTINGS)
        if dedup_token:
            settings["insert_deduplication_token"] = dedup_token
        rendered = ", ".join(f"{k}={_quoted_literal(v)}" for k, v in settings.items())
        engine = self._live()
        staging = engine.staging
        sql = (
            f"INSERT INTO {self.qualify(table)} FROM INFILE {_quoted_literal(str(staging))}"
            f" SETTINGS {rendered} FORMAT JSONEachRow"
        )
        with engine.lock:
            engine.calm_merges()
            try:
                engine.stage(lines)
            except OSError as exc:
                raise StoreUnavailableError(f"cannot stage rows for {table} in {staging}: {exc}") from exc
            self._run(sql, "CSV", None, inserting=True)

    def existing_keys(self, table: str, key_columns: Sequence[str], keys: Iterable[KeyTuple]) -> set[KeyTuple]:
        """Look the keys up: a few in the query text, more through the staging file as an Arrow stream.

        Shipped through ``Python()`` the engine takes the GIL to read the keys, and waits for
        it while the consuming thread runs Python: a classification flush's 60 keys took 15
        against 4 ms in the text, and a bulk block's 20,000 new event ids 60-140 ms against
        33-40 ms read from the file (the sink's flush thread, the one ingest waits on).
        """
        wanted = set(keys)
        if not wanted:
            return set()
        firsts = _first_values(wanted)
        engine = self._live()
        staged: pa.Table | None = None
        if _inline(firsts):
            source = f"({', '.join(map(_quote_string, firsts))})"
        else:
            staged = pa.table({"k": pa.array(firsts, pa.string())})
            source = f"(SELECT k FROM file({_quoted_literal(str(engine.staging))}, 'ArrowStream', 'k String'))"
        sql = _key_query(self.qualify(table), key_columns, source)
        with engine.lock:
            self._use(engine)
            if staged is not None:
                try:
                    engine.stage_arrow(staged)
                except OSError as exc:
                    raise StoreUnavailableError(f"cannot stage keys for {table} in {engine.staging}: {exc}") from exc
            try:
                found = engine.session.query(sql, "ArrowTable")
            except Exception as exc:
                raise translate(exc, action=f"look up keys in {table}") from exc
        if not isinstance(found, pa.Table):
            return set()
        return _filter_keys(found, wanted)

    def close(self) -> None:
        """Close this store's analyst sessions and release its hold on the shared chDB session."""
        with self._analyst_guard:
            idle, self._idle_analysts = self._idle_analysts, []
            engine, self._engine = self._engine, None
            shared, self._shared = self._shared, None
        for analyst in idle:
            analyst.close()
        if shared is not None and engine is not None:
            with engine.lock:
                engine.close()  # the lane's own session; the shared engine is released below
            engine = shared
        if engine is not None:
            _slot.release(engine)


# ---------------------------------------------------------------------------------------------
# ClickHouse server
# ---------------------------------------------------------------------------------------------
class ServerStore(Store):
    """A ClickHouse server reached with clickhouse-connect over HTTP(S)."""

    backend = "server"

    def __init__(
        self,
        url: str,
        *,
        database: str,
        query_timeout_s: float = 30.0,
        analyst_url: str | None = None,
        analyst: AnalystLimits | None = None,
    ) -> None:
        """Connect to the server at ``url``; analyst queries use ``analyst_url`` (a read-only user) when given."""
        super().__init__(database=database, analyst=analyst)
        self._url = url
        self._analyst_url = analyst_url
        self._query_timeout_s = query_timeout_s
        self._analyst_client: Any = None
        self._analyst_guard = threading.Lock()
        import clickhouse_connect

        try:
            admin = clickhouse_connect.get_client(dsn=url, send_receive_timeout=int(query_timeout_s))
            admin.command(f"CREATE DATABASE IF NOT EXISTS {quote_identifier(database)}")
            admin.close()
            self._client: Any = clickhouse_connect.get_client(
                dsn=url, database=database, send_receive_timeout=int(query_timeout_s)
            )
        except Exception as exc:
            raise translate(exc, action="connect to ClickHouse") from exc

    def _live(self) -> Any:
        if self._client is None:
            raise StoreError("the store is closed")
        return self._client

    def writer_lane(self) -> ServerStore:
        """A store with a connection of its own to the same server (inserts run there in parallel)."""
        return ServerStore(
            self._url,
            database=self.database,
            query_timeout_s=self._query_timeout_s,
            analyst_url=self._analyst_url,
            analyst=self.analyst,
        )

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        """Run a statement that returns nothing."""
        try:
            self._live().command(sql, parameters=dict(params) if params else None)
        except Exception as exc:
            raise translate(exc, action=sql[:200]) from exc

    def _arrow(self, sql: str, params: Mapping[str, Any] | None, *, settings: dict[str, Any] | None) -> pa.Table:
        try:
            table = self._live().query_arrow(
                sql, parameters=dict(params) if params else None, settings=settings, use_strings=True
            )
        except Exception as exc:
            raise translate(exc, action=sql[:200]) from exc
        return table

    def _analyst(self) -> Any:
        """The client of analyst queries: its own connection, so it never queues behind the sink's."""
        with self._analyst_guard:
            if self._analyst_client is None:
                import clickhouse_connect

                try:
                    self._analyst_client = clickhouse_connect.get_client(
                        dsn=self._analyst_url or self._url,
                        database=self.database,
                        send_receive_timeout=int(max(self._query_timeout_s, self.analyst.max_execution_s + 5)),
                        autogenerate_session_id=False,
                    )
                except Exception as exc:
                    raise translate(exc, action="connect to ClickHouse for analyst queries") from exc
            return self._analyst_client

    def _analyst_arrow(self, sql: str) -> pa.Table:
        # A read-only user's profile sets readonly=1 and max_execution_time itself and refuses
        # any attempt to send them; the main user gets them with every query (readonly=1, not 2:
        # 2 would let the query change settings and use table functions).
        settings = None if self._analyst_url else _analyst_settings(self.analyst)
        try:
            return self._analyst().query_arrow(sql, settings=settings, use_strings=None if self._analyst_url else True)
        except Exception as exc:
            raise translate(exc, action=sql[:200]) from exc

    def _query_readonly(self, statement: str) -> pa.Table:
        """Run ``statement`` read-only: ``readonly=1`` with the query, or the read-only user of ``analyst_url``.

        The server refuses ``INTO OUTFILE`` and several statements over HTTP itself, and
        confines ``file()`` to its ``user_files_path``.
        """
        return self._with_datetimes(statement, None, self._analyst_arrow(statement), describe=self._analyst_arrow)

    def insert_block(self, table: str, block: pa.Table, *, dedup_token: str | None = None) -> None:
        """Insert an Arrow block with ``insert_arrow``."""
        if block.num_rows == 0:
            return
        settings: dict[str, Any] = dict(_INSERT_SETTINGS)
        if dedup_token:
            settings["insert_deduplication_token"] = dedup_token
        database, _, name = table.rpartition(".")
        try:
            self._live().insert_arrow(name, block, database=database or self.database, settings=settings)
        except Exception as exc:
            raise translate(exc, action=f"insert into {table}", inserting=True) from exc

    def insert_json(self, table: str, lines: Sequence[bytes], *, dedup_token: str | None = None) -> None:
        """Insert JSON lines with ``raw_insert`` in ``JSONEachRow``."""
        if not lines:
            return
        settings: dict[str, Any] = dict(_JSON_INSERT_SETTINGS)
        if dedup_token:
            settings["insert_deduplication_token"] = dedup_token
        try:
            self._live().raw_insert(
                self.qualify(table), insert_block=b"\n".join(lines), settings=settings, fmt="JSONEachRow"
            )
        except Exception as exc:
            raise translate(exc, action=f"insert into {table}", inserting=True) from exc

    def existing_keys(self, table: str, key_columns: Sequence[str], keys: Iterable[KeyTuple]) -> set[KeyTuple]:
        """Look the keys up with the first key column's values as an ``Array(String)`` parameter."""
        wanted = set(keys)
        if not wanted:
            return set()
        firsts = _first_values(wanted)
        sql = _key_query(self.qualify(table), key_columns, "{keys:Array(String)}")
        return _filter_keys(self._arrow(sql, {"keys": firsts}, settings=None), wanted)

    def close(self) -> None:
        """Close the HTTP clients (idempotent)."""
        client, self._client = self._client, None
        if client is not None:
            client.close()
        with self._analyst_guard:
            analyst, self._analyst_client = self._analyst_client, None
        if analyst is not None:
            analyst.close()


def open_store(settings: Settings, *, database: str | None = None, create_database: bool = True) -> Store:
    """Open the configured store: a server when ``clickhouse.url`` is set, else chDB under ``data_dir/chdb``.

    The database (``clickhouse.database`` unless given) is created when missing, unless
    ``create_database`` is False (readers; chDB only, a server's is created by the pipeline).

    Raises:
        StoreUnavailableError: the store cannot be reached or opened.
    """
    store = _open_store(settings, database=database, create_database=create_database)
    from errorflow.sdk.redact import build_redactor

    store.error_scrubber = build_redactor(settings).scrub_text
    return store


def _open_store(settings: Settings, *, database: str | None, create_database: bool) -> Store:
    db = database or settings.clickhouse.database
    analyst = AnalystLimits(
        max_execution_s=settings.clickhouse.analyst_max_execution_s,
        max_memory_bytes=settings.clickhouse.analyst_max_memory_bytes,
        max_concurrent=settings.clickhouse.analyst_max_concurrent,
    )
    if settings.clickhouse.url is not None:
        analyst_url = settings.clickhouse.analyst_url
        return ServerStore(
            settings.clickhouse.url.get_secret_value(),
            database=db,
            query_timeout_s=settings.clickhouse.query_timeout_s,
            analyst_url=analyst_url.get_secret_value() if analyst_url is not None else None,
            analyst=analyst,
        )
    return ChdbStore(
        settings.data_dir / "chdb",
        database=db,
        merge_nice=settings.clickhouse.merge_nice,
        analyst=analyst,
        create_database=create_database,
    )
