"""ClickHouse sink: the writer beside a bare insert, and the 1-minute error-rate query over 1M events.

One run, one chDB engine, side by side:

- **bare insert**: the same rows, converted to Arrow in one pass and inserted block by block
  with ``INSERT ... SELECT * FROM Python(block)``: no deduplication, no retry, no token;
- **BatchWriter**: the same rows added in fetch-sized chunks, flushed when due: in-batch
  dedup, the stored-key lookup, Arrow conversion, the insert with its deduplication token;
- **BatchWriter, redelivery**: the same rows again (all duplicates: nothing is written);
- the same pair for the sink's fast path: the events' JSON text inserted bare into
  ``taskrun_events_landing`` (``INSERT ... FROM INFILE``) beside a ``raw_json`` BatchWriter
  keyed by the ids ``schemas/wire.py`` checks, as ingest feeds it.

Every path writes to a fresh, migrated ``taskrun_events`` (so the materialized views run
for all of them); rates are medians of ``--rounds`` rounds. Then 1,000,000 events spread
over the last hour are loaded and the error-rate queries are timed (median and p95).

Usage: python bench/bench_sink.py [--rows 200000] [--rounds 3] [--query-events 1000000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa

from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.wire import event_ids
from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter, ChdbStore, event_row, migrate
from errorflow.sinks.blocks import arrow_type
from errorflow.sinks.store import _JSON_INSERT_SETTINGS as JSON_INSERT_SETTINGS
from errorflow.sinks.writer import RAW_JSON

BLOCK = 20_000
FETCH = 5_000
ERRORS = [
    ("builtins.TimeoutError", "Read timed out. (read timeout=10)"),
    ("requests.exceptions.ConnectionError", "HTTPSConnectionPool(host='api.example.com'): Max retries exceeded"),
    ("builtins.PermissionError", "[Errno 13] Permission denied: '/srv/data'"),
]


def make_rows(count: int, *, seed: int = 7) -> tuple[list[dict[str, Any]], list[bytes]]:
    """Event rows as the contract path makes them (event_row of validated events), and the events' JSON."""
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)  # events carry millisecond times
    rows = []
    lines = []
    for n in range(count):
        failed = rng.random() < 0.2
        error_type, message = ERRORS[n % len(ERRORS)] if failed else (None, None)
        event = TaskRunEvent(
            run_id=f"run-{n}",
            root_run_id=f"run-{n // 2}",
            attempt=1 + n % 2,
            operation=f"op_{n % 17}",
            service=f"svc-{n % 5}",
            dependency=f"dep-{n % 7}",
            status=TaskRunStatus.FAILED if failed else TaskRunStatus.SUCCESS,
            occurred_at=now - timedelta(milliseconds=count - n),
            error_type=error_type,
            error_message=message,
            error_traceback=f"Traceback (most recent call last):\n  ...\n{error_type}: {message}" if failed else None,
            input_dump={"page": n % 50, "source": "bench"},
            execution_time_s=rng.random(),
            actor={"user_id": f"user{n % 100}"},
        )
        rows.append(event_row(event))
        lines.append(encode(event))
    return rows, lines


def fresh(anchor: ChdbStore, name: str) -> ChdbStore:
    store = ChdbStore(anchor.path, database=name)
    store.execute(f"DROP DATABASE IF EXISTS {name} SYNC")
    store.execute(f"CREATE DATABASE {name}")
    migrate(store, database=name)
    return store


def bare_insert(store: ChdbStore, rows: list[dict[str, Any]]) -> float:
    columns = [c for c in store.columns("taskrun_events") if c.insertable and c.name in rows[0]]
    schema = pa.schema([pa.field(c.name, arrow_type(c.type)) for c in columns])
    names = ", ".join(c.name for c in columns)
    session = store._live().session  # the bare engine call, nothing of errorflow's around it
    sql = f"INSERT INTO {store.database}.taskrun_events ({names}) SELECT * FROM Python(block)"
    start = time.perf_counter()
    for offset in range(0, len(rows), BLOCK):
        block = pa.Table.from_pylist(rows[offset : offset + BLOCK], schema=schema)  # noqa: F841 - read by chDB
        session.query(sql)
    return len(rows) / (time.perf_counter() - start)


def bare_json_insert(store: ChdbStore, lines: list[bytes], staging: Path) -> float:
    """The events' JSON text into the landing table, block by block, read from a file: the engine's cheapest way in."""
    session = store._live().session
    # The same engine settings as the writer's inserts, so the ratio is the writer's own cost.
    settings = ", ".join(f"{k}={v!r}" for k, v in JSON_INSERT_SETTINGS.items())
    sql = (
        f"INSERT INTO {store.database}.taskrun_events_landing FROM INFILE '{staging}'"
        f" SETTINGS {settings} FORMAT JSONEachRow"
    )
    start = time.perf_counter()
    for offset in range(0, len(lines), BLOCK):
        staging.write_bytes(b"\n".join(lines[offset : offset + BLOCK]))
        session.query(sql)
    return len(lines) / (time.perf_counter() - start)


def json_rows(lines: list[bytes]) -> list[dict[str, Any]]:
    """What ingest's router hands the fast-path writer: each event's checked id and its JSON text."""
    keys = event_ids(lines)
    assert None not in keys, "every bench event passes the fast check"
    return [{"event_id": key, RAW_JSON: line} for key, line in zip(keys, lines, strict=True)]


def writer_insert(
    store: ChdbStore, rows: list[dict[str, Any]], *, expect_written: int, raw_json: bool = False
) -> float:
    """Rows through a BatchWriter as ingest feeds it: fetch-sized adds, a flush whenever one is due."""
    settings = SinkSettings(batch_max_rows=BLOCK, buffer_max_rows=BLOCK * 5)
    table = "taskrun_events_landing" if raw_json else "taskrun_events"
    writer = BatchWriter(store, table=table, settings=settings, dedup_key="event_id", raw_json=raw_json)
    written = 0
    start = time.perf_counter()
    for offset in range(0, len(rows), FETCH):
        writer.add(rows[offset : offset + FETCH])
        if writer.due():
            written += writer.flush().written
    written += writer.flush().written
    elapsed = time.perf_counter() - start
    assert written == expect_written, (written, expect_written)
    return len(rows) / elapsed


def load_query_events(store: ChdbStore, count: int) -> float:
    """Insert ``count`` events spread over the last hour with SQL (the shape matters here, not the path)."""
    start = time.perf_counter()
    store.execute(
        f"""
        INSERT INTO taskrun_events (event_id, event_type, run_id, root_run_id, attempt, operation, service,
            dependency, status, occurred_at, error_type, error_message, duration_ms, actor_user_id)
        SELECT
            generateUUIDv7() AS event_id,
            concat('taskrun.', status) AS event_type,
            concat('run-', toString(number)) AS run_id,
            concat('run-', toString(intDiv(number, 3))) AS root_run_id,
            1 + number % 3 AS attempt,
            concat('op_', toString(number % 17)) AS operation,
            concat('svc-', toString(number % 5)) AS service,
            concat('dep-', toString(number % 7)) AS dependency,
            multiIf(number % 10 = 0, 'failed', number % 10 = 1, 'timed_out', number % 10 = 2, 'pending', 'success')
                AS status,
            now64(3, 'UTC') - toIntervalMillisecond(intDiv(number * 3600000, {count})) AS occurred_at,
            if(status IN ('failed', 'timed_out'), 'builtins.TimeoutError', NULL) AS error_type,
            if(status IN ('failed', 'timed_out'), 'Read timed out', NULL) AS error_message,
            number % 900 AS duration_ms,
            concat('user', toString(number % 100)) AS actor_user_id
        FROM numbers({count})
        """
    )
    store.execute("OPTIMIZE TABLE taskrun_minute FINAL")
    return time.perf_counter() - start


QUERIES = {
    "last minute, from events": """
        SELECT service, operation,
            countIf(status IN ('failed', 'timed_out')) / countIf(status IN ('success', 'failed', 'timed_out')) AS rate
        FROM taskrun_events
        WHERE occurred_at >= now64(3, 'UTC') - INTERVAL 1 MINUTE
        GROUP BY service, operation""",
    "per minute over 1M, from events": """
        SELECT toStartOfMinute(occurred_at) AS minute,
            countIf(status IN ('failed', 'timed_out')) / countIf(status IN ('success', 'failed', 'timed_out')) AS rate
        FROM taskrun_events
        GROUP BY minute ORDER BY minute""",
    "last minute, from error_rate_minute": """
        SELECT service, operation, sum(failed) / sum(finished) AS rate
        FROM error_rate_minute
        WHERE minute >= toStartOfMinute(now64(3, 'UTC') - INTERVAL 1 MINUTE)
        GROUP BY service, operation""",
    "per minute over 1M, from error_rate_minute": """
        SELECT minute, sum(failed) / sum(finished) AS rate
        FROM error_rate_minute GROUP BY minute ORDER BY minute""",
}


def time_query(store: ChdbStore, sql: str, runs: int) -> tuple[float, float, int]:
    store.query_arrow(sql)  # warm-up
    times = []
    rows = 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = store.query_arrow(sql).num_rows
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)], rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--query-events", type=int, default=1_000_000)
    parser.add_argument("--query-runs", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ef-bench-sink-") as tmp:
        anchor = ChdbStore(Path(tmp) / "chdb", database="bench_anchor")
        started = time.perf_counter()
        rows, lines = make_rows(args.rows)
        keyed_lines = json_rows(lines)
        size = sum(len(line) for line in lines[:1000]) / 1000
        print(f"{args.rows:,} events (~{size:.0f} bytes as JSON), blocks of {BLOCK:,}, {args.rounds} rounds")
        print(f"  (rows made in {time.perf_counter() - started:.1f}s)\n", flush=True)

        names = ("bare", "writer", "redelivery", "bare_json", "json_writer", "json_redelivery")
        rates: dict[str, list[float]] = {name: [] for name in names}
        for round_no in range(args.rounds):
            bare = fresh(anchor, f"bench_bare_{round_no}")
            rates["bare"].append(bare_insert(bare, rows))
            mine = fresh(anchor, f"bench_writer_{round_no}")
            rates["writer"].append(writer_insert(mine, rows, expect_written=len(rows)))
            rates["redelivery"].append(writer_insert(mine, rows, expect_written=0))
            bare_json = fresh(anchor, f"bench_bare_json_{round_no}")
            rates["bare_json"].append(bare_json_insert(bare_json, lines, Path(tmp) / "bare.jsonl"))
            mine_json = fresh(anchor, f"bench_json_writer_{round_no}")
            rates["json_writer"].append(writer_insert(mine_json, keyed_lines, expect_written=len(lines), raw_json=True))
            rates["json_redelivery"].append(writer_insert(mine_json, keyed_lines, expect_written=0, raw_json=True))
            for store in (bare, mine, bare_json, mine_json):
                store.execute(f"DROP DATABASE {store.database} SYNC")
                store.close()
        med = {name: statistics.median(values) for name, values in rates.items()}
        pairs = {
            "contract path (Arrow blocks)": (
                ("bare", "bare insert (Arrow, Python(tbl))"),
                ("writer", "BatchWriter (dedup + lookup + token)"),
                ("redelivery", "BatchWriter, every row a duplicate"),
            ),
            "fast path (events' JSON text)": (
                ("bare_json", "bare insert (JSONEachRow, INFILE)"),
                ("json_writer", "BatchWriter raw_json (dedup + ...)"),
                ("json_redelivery", "BatchWriter raw_json, all duplicates"),
            ),
        }
        for title, members in pairs.items():
            base = med[members[0][0]]
            print(f"{title:<40} {'rows/s':>12} {'/ bare insert':>14}")
            for name, label in members:
                print(f"  {label:<38} {med[name]:>12,.0f} {med[name] / base:>14.2f}")
            ratio = med[members[1][0]] / base
            verdict = "OK" if ratio >= 0.7 else "BELOW TARGET"
            print(f"  writer / bare insert = {ratio:.2f} (target >= 0.7: {verdict})\n", flush=True)

        query_store = fresh(anchor, "bench_query")
        load_s = load_query_events(query_store, args.query_events)
        count = query_store.query_value("SELECT count() FROM taskrun_events")
        print(f"{count:,} events over the last hour loaded in {load_s:.1f}s; {args.query_runs} runs per query\n")
        print(f"{'1-minute error-rate query':<44} {'median ms':>10} {'p95 ms':>8} {'rows':>6}")
        for label, sql in QUERIES.items():
            median_ms, p95_ms, result_rows = time_query(query_store, sql, args.query_runs)
            print(f"{label:<44} {median_ms:>10.1f} {p95_ms:>8.1f} {result_rows:>6}")
        query_store.execute("DROP DATABASE bench_query SYNC")
        query_store.close()
        anchor.close()
        print(f"\ntotal {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
