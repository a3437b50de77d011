"""Issue 9, items 6 and 7: analyst SQL on the running stack is read-only for the engine, and never stalls ingest.

Every statement goes through the SQL endpoint of the running pipeline and through
``errorflow sql``, as an analyst would send it. Afterwards the tables are all there,
with every row, and no file was written.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.embedded.queryserver import post_sql
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from tests.integration.conftest import RunningStack
from tests.integration.helpers import errorflow_cli, wait_for

pytestmark = pytest.mark.integration

#: Writes, DDL, table functions, setting changes and several statements, with the known bypasses.
HOSTILE = [
    "INSERT INTO {db}.taskrun_events (event_id) VALUES ('x')",
    "INSERT INTO FUNCTION file('{out}/insert.csv', 'CSV', 'a String') SELECT 'x'",
    "DROP TABLE {db}.taskrun_events",
    "CREATE TABLE {db}.made_by_analyst (a UInt8) ENGINE = Memory",
    "ALTER TABLE {db}.taskrun_events DELETE WHERE 1",
    "TRUNCATE TABLE {db}.taskrun_events",
    "SET readonly = 0",
    "SELECT 1 SETTINGS readonly = 0",
    "SELECT count() FROM {db}.taskrun_events SETTINGS max_execution_time = 0",
    "SELECT * FROM file('/etc/passwd', 'LineAsString')",
    "SELECT * FROM \"file\"('/etc/passwd', 'LineAsString')",
    "SELECT * FROM `file`('/etc/passwd', 'LineAsString')",
    "SELECT \"file\"('/etc/hostname')",
    "SELECT `file`('/etc/hostname')",
    "SELECT * FROM url('http://127.0.0.1:9/x', 'CSV', 'a String')",
    "SELECT * FROM remote('127.0.0.1', system.one)",
    "SELECT 1 INTO OUTFILE '{out}/outfile.csv'",
    "SELECT $$x$$ INTO OUTFILE '{out}/outfile2.csv'",
    "SELECT 1; DROP TABLE {db}.taskrun_events",
    "SELECT $$x$$; DROP TABLE {db}.taskrun_events",
    "SELECT $t$ ' $t$; DROP TABLE {db}.taskrun_events -- '",
    "SELECT 1 /* /* */ */; DROP TABLE {db}.taskrun_events",
    "SELECT 1; CREATE TABLE {db}.made_by_analyst (a UInt8) ENGINE = Memory",
]


def _fingerprint(stack: RunningStack) -> tuple[list[str], int]:
    tables = [row["name"] for row in stack.rows("SELECT name FROM system.tables WHERE database = '{db}' ORDER BY name")]
    return tables, int(stack.value("SELECT count() FROM {db}.taskrun_events"))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder the hostile statements try to write into."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_the_sql_endpoint_and_cli_refuse_anything_but_a_read(running_stack: RunningStack, out_dir: Path) -> None:
    asyncio.run(_produce(running_stack, [_event("it_guard", n) for n in range(5)]))
    wait_for(
        lambda: running_stack.value("SELECT count() FROM {db}.taskrun_events WHERE operation = 'it_guard'") == 5,
        what="the guard test's events",
    )
    before = _fingerprint(running_stack)
    assert "taskrun_events" in before[0]
    env = running_stack.cli_env()
    assert running_stack.stack.info is not None
    statements = [template.format(db=running_stack.database, out=out_dir) for template in HOSTILE]
    for sql in statements:
        answer = post_sql(running_stack.stack.info.query_url, sql)
        assert answer.get("type") == "ReadOnlyQueryError", (sql, answer)
    # The same statements through `errorflow sql`, a few commands at a time: each one is mostly a Python
    # process starting (one after another they were the suite's slowest test).
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda sql: errorflow_cli("sql", sql, env=env), statements))
    for sql, result in zip(statements, results, strict=True):
        assert result.returncode == 2, (sql, result.stdout, result.stderr)
        assert "errorflow: " in result.stderr and "Traceback" not in result.stderr, (sql, result.stderr)
    assert _fingerprint(running_stack) == before
    assert list(out_dir.iterdir()) == []
    # Reads still work, through both doors, with $$ strings and quoted names.
    answer = post_sql(running_stack.stack.info.query_url, "SELECT $$a;b$$ AS s, count() AS `n` FROM taskrun_events")
    assert answer["columns"] == ["s", "n"] and answer["rows"][0][0] == "a;b", answer
    quoted = "SELECT \"operation\" FROM taskrun_events WHERE operation = 'it_guard' LIMIT 1"
    result = errorflow_cli("sql", quoted, env=env)
    assert result.returncode == 0 and "it_guard" in result.stdout, result.stderr


def _event(operation_name: str, n: int) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=f"{operation_name}-{n}",
        root_run_id=f"{operation_name}-{n}",
        operation=operation_name,
        service="it-analyst",
        status=TaskRunStatus.FAILED,
        error_type="builtins.TimeoutError",
        error_message="timed out",
    )


async def _produce(stack: RunningStack, events: list[TaskRunEvent]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=stack.settings.kafka.bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        futures = [
            await producer.send(stack.topic("taskruns.events"), encode(e), key=e.root_run_id.encode()) for e in events
        ]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def _ingest_seconds(stack: RunningStack, operation_name: str, count: int) -> float:
    """Produce ``count`` events and return how long until all of them are rows."""
    started = time.monotonic()
    asyncio.run(_produce(stack, [_event(operation_name, n) for n in range(count)]))
    wait_for(
        lambda: stack.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE operation = '{operation_name}'") == count,
        timeout_s=120,
        interval_s=0.1,
        what=f"{count} {operation_name} events",
    )
    return time.monotonic() - started


#: An analyst query that holds its session for about 18 s without using the CPU ingest needs.
SLOW_QUERY = (
    "SELECT sum(s) FROM ("
    + " UNION ALL ".join([f"SELECT sleepEachRow(1) + {i} AS s FROM numbers(3)" for i in range(12)])
    + ")"
)


def test_ingest_keeps_its_throughput_during_a_long_analyst_query(running_stack: RunningStack) -> None:
    count = 3000
    _ingest_seconds(running_stack, "it_warmup", 200)
    baseline_s = _ingest_seconds(running_stack, "it_tput_base", count)
    assert running_stack.stack.info is not None
    url = running_stack.stack.info.query_url
    slow: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: slow.update(post_sql(url, SLOW_QUERY, timeout_s=120)))
    worker.start()
    try:
        wait_for(
            lambda: running_stack.value(
                "SELECT count() FROM system.processes"
                " WHERE query LIKE '%sleepEachRow(1) + 11%' AND query NOT LIKE '%system.processes%'"
            ),
            what="the slow analyst query to be running",
        )
        during_s = _ingest_seconds(running_stack, "it_tput_during", count)
        # The measurement overlapped the query: ingest finished while it still ran.
        assert worker.is_alive(), f"the slow query ended before ingest did ({during_s:.1f}s): {slow}"
    finally:
        worker.join(timeout=120)
    assert "rows" in slow, slow  # the analyst got an answer too
    # No bound on during_s / baseline_s: a timing ratio fails whenever other work shares the cores (the suite runs
    # test files side by side). The outcome above is the property: ingest completed while the query held its session.
    print(f"ingest of {count} events: {baseline_s:.2f}s alone, {during_s:.2f}s beside the query")
