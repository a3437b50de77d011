"""How a materialized view's rows show beside its table's, read from a second chDB session during inserts.

docs/queries.md says a query running beside an insert can see a new event whose
run is not in ``taskrun_runs`` yet: the engine makes the table's new part visible
a moment before the parts its views write in the same insert. This reproduces it
on the sink's own shape, in miniature: a ``Null`` landing table, two views into an
events table (every row, and an implied row for half of them), and two views from
the events table into aggregating tables, fed with 30-row Arrow blocks through
``INSERT ... FROM INFILE`` with a deduplication token, as the sink inserts. A second
session, read-only like the analysts', reads the newest event and then its view row.

Printed: the reads, how many found the event without its view row, and, once the
writer has stopped, how many events have no view row at all. Exit status 1 when any
has none (a lost row), 0 otherwise: the lag itself is the engine's and expected.

Usage: python bench/view_visibility.py [--seconds 25]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.ipc as ipc
from chdb import session

SCHEMA = (
    "CREATE DATABASE d",
    "CREATE TABLE d.landing (k String, v UInt64, quick UInt8) ENGINE = Null",
    "CREATE TABLE d.events (k String, v UInt64) ENGINE = MergeTree ORDER BY k"
    " SETTINGS non_replicated_deduplication_window = 1000",
    "CREATE TABLE d.runs (k String, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k"
    " SETTINGS non_replicated_deduplication_window = 1000",
    "CREATE TABLE d.minute (k String, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k",
    "CREATE MATERIALIZED VIEW d.landing_mv TO d.events AS SELECT k, v FROM d.landing",
    "CREATE MATERIALIZED VIEW d.implied_mv TO d.events AS SELECT concat(k, '.i') AS k, v FROM d.landing"
    " WHERE quick = 1",
    "CREATE MATERIALIZED VIEW d.runs_mv TO d.runs AS SELECT k, count() AS n FROM d.events GROUP BY k",
    "CREATE MATERIALIZED VIEW d.minute_mv TO d.minute AS SELECT substring(k, 1, 3) AS k, count() AS n FROM d.events"
    " GROUP BY k",
)


def _query(handle: Any, sql: str) -> str:
    return str(handle.query(sql, "CSV").data()).strip()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=25.0, help="how long to insert and read")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        writer = session.Session(tmp)
        for statement in SCHEMA:
            _query(writer, statement)
        stage = Path(tmp) / "block.arrow"
        stop = threading.Event()
        inserted = [0]

        def insert() -> None:
            while not stop.is_set():
                i = inserted[0]
                block = pa.table(
                    {
                        "k": pa.array([f"k{i:08d}_{j:02d}" for j in range(30)]),
                        "v": pa.array(range(30), pa.uint64()),
                        "quick": pa.array([j % 2 for j in range(30)], pa.uint8()),
                    }
                )
                with ipc.new_stream(str(stage), block.schema) as stream:
                    stream.write_table(block)
                _query(
                    writer,
                    f"INSERT INTO d.landing FROM INFILE '{stage}' SETTINGS"
                    f" deduplicate_blocks_in_dependent_materialized_views = 1, insert_deduplication_token = 'b{i}'"
                    " FORMAT ArrowStream",
                )
                inserted[0] = i + 1

        thread = threading.Thread(target=insert, name="writer")
        thread.start()
        reader = session.Session(tmp)
        _query(reader, "SET readonly = 1")
        reads = ahead = 0
        deadline = time.monotonic() + args.seconds
        try:
            while time.monotonic() < deadline:
                newest = _query(reader, "SELECT max(k) FROM d.events WHERE k NOT LIKE '%.i'").strip('"')
                if not newest:
                    continue
                reads += 1
                if int(_query(reader, f"SELECT count() FROM d.runs WHERE k = '{newest}'") or 0) == 0:
                    ahead += 1
        finally:
            stop.set()
            thread.join()
        lost = int(_query(writer, "SELECT count() FROM d.events WHERE k NOT IN (SELECT k FROM d.runs)"))
        version = _query(writer, "SELECT version()").strip('"')
        reader.close()
        writer.close()
    print(
        f"engine {version}: {inserted[0]} inserts of 30 rows, {reads} reads of the newest event from a second session"
    )
    print(f"  event visible before its view row: {ahead} reads ({ahead / max(reads, 1):.1%})")
    print(f"  events without a view row after the writer stopped: {lost} (must be 0)")
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
