"""Both store backends on a real engine: same DDL, same SQL, same errors.

chDB always runs. The server backend runs against ``ERRORFLOW_TEST_CLICKHOUSE_URL``
or a ClickHouse testcontainer, and skips (saying why) when neither is available.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from errorflow.errors import ReadOnlyQueryError, RowRejectedError, StoreError
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.settings import Settings, SinkSettings
from errorflow.sinks import BatchWriter, ChdbStore, Store, event_row, migrate, open_store
from errorflow.sinks.schema import MIGRATIONS
from errorflow.sinks.store import AnalystLimits

pytestmark = pytest.mark.integration


@pytest.fixture(params=["chdb", "server"])
def any_store(request: pytest.FixtureRequest, database: str) -> Store:
    """The chDB store, then the server store (skipped without a server)."""
    name = "store" if request.param == "chdb" else "server_store"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


def _event(i: int, status: str = "failed") -> TaskRunEvent:
    return TaskRunEvent(
        run_id=f"r{i}",
        root_run_id=f"r{i}",
        operation="scrape_jobs",
        service="scraper",
        dependency="stepstone-api",
        status=TaskRunStatus(status),
        error_type="TimeoutError" if status == "failed" else None,
        error_message="Connection timeout" if status == "failed" else None,
        input_dump={"source": "stepstone", "page": i},
        labels={"env": "test"},
    )


def test_same_ddl_same_sql_same_answers(any_store: Store, database: str) -> None:
    assert migrate(any_store, database=database) == max(m.version for m in MIGRATIONS)
    writer = BatchWriter(any_store, table="taskrun_events", settings=SinkSettings(), dedup_key="event_id")
    events = [_event(i, "failed" if i % 4 == 0 else "success") for i in range(400)]
    writer.add([event_row(e) for e in events] + [event_row(e) for e in events[:50]])
    result = writer.flush()
    assert (result.written, result.duplicates, result.rejected) == (400, 50, [])
    rows = any_store.query_rows(
        "SELECT status, count() AS n FROM taskrun_events WHERE service = {svc:String} GROUP BY status ORDER BY status",
        {"svc": "scraper"},
    )
    assert rows == [{"status": "failed", "n": 100}, {"status": "success", "n": 300}]
    one = any_store.query_rows(
        "SELECT occurred_at, input_dump, labels, minute FROM taskrun_events"
        " JOIN (SELECT minute FROM error_rate_minute LIMIT 1) AS m ON 1 WHERE run_id = 'r4'"
    )[0]
    assert isinstance(one["occurred_at"], datetime) and one["occurred_at"].tzinfo is not None
    assert isinstance(one["minute"], datetime)  # DateTime results come back as datetimes too
    assert one["input_dump"] == '{"source":"stepstone","page":4}'
    columns, data = any_store.query_readonly("SELECT count() AS n, countIf(status = 'failed') AS f FROM taskrun_events")
    assert (columns, data) == (["n", "f"], [(400, 100)])


def test_errors_are_translated_with_their_cause(any_store: Store, database: str) -> None:
    migrate(any_store, database=database)
    with pytest.raises(StoreError) as caught:
        any_store.query_rows("SELECT * FROM no_such_table")
    assert type(caught.value) is StoreError
    assert caught.value.__cause__ is not None
    with pytest.raises(RowRejectedError) as rejected:
        any_store.insert_rows("taskrun_events", [dict(event_row(_event(1)), attempt=0)])
    assert "VIOLATED_CONSTRAINT" in str(rejected.value)
    assert rejected.value.__cause__ is not None
    with pytest.raises(RowRejectedError, match="attempt"):
        any_store.insert_rows("taskrun_events", [dict(event_row(_event(2)), attempt="x")])
    assert any_store.query_value("SELECT count() FROM taskrun_events") == 0


@pytest.mark.parametrize(
    "sql",
    [
        "DROP TABLE taskrun_events",
        "INSERT INTO taskrun_events (event_id) VALUES ('x')",
        "SELECT 1; DROP TABLE taskrun_events",
        "ALTER TABLE taskrun_events DELETE WHERE 1",
        "SELECT * FROM file('/etc/passwd')",
        "SELECT 1 INTO OUTFILE '/tmp/x'",
    ],
)
def test_the_read_only_path_refuses_writes_and_runs_none_of_them(any_store: Store, database: str, sql: str) -> None:
    migrate(any_store, database=database)
    any_store.insert_rows("taskrun_events", [event_row(_event(1))])
    with pytest.raises(ReadOnlyQueryError):
        any_store.query_readonly(sql)
    assert any_store.query_value("SELECT count() FROM taskrun_events") == 1


#: Statements the ENGINE refuses on the analyst path, with the text guard switched off.
ENGINE_REFUSED = [
    "INSERT INTO taskrun_events (event_id) VALUES ('x')",
    "INSERT INTO FUNCTION file('{tmp}/written.csv', 'CSV', 'a String') SELECT 'x'",
    "DROP TABLE taskrun_events",
    "CREATE TABLE made_by_analyst (a UInt8) ENGINE = Memory",
    "ALTER TABLE taskrun_events DELETE WHERE 1",
    "TRUNCATE TABLE taskrun_events",
    "OPTIMIZE TABLE taskrun_events FINAL",
    "SET readonly = 0",
    "SET max_execution_time = 0",
    "SELECT 1 SETTINGS readonly = 0",
    "SELECT count() FROM taskrun_events SETTINGS max_execution_time = 0",
    "SELECT * FROM file('/etc/passwd', 'LineAsString')",
    "SELECT * FROM \"file\"('/etc/passwd', 'LineAsString')",
    "SELECT * FROM `file`('/etc/passwd', 'LineAsString')",
    "SELECT * FROM url('http://127.0.0.1:9/x', 'CSV', 'a String')",
    "SELECT * FROM remote('127.0.0.1', system.one)",
    "SELECT * FROM executable('x.sh', 'CSV', 'a String')",
    "SELECT * FROM Python(__builtins__)",
    # Probed in session 14: network and host table functions, dictionaries, SYSTEM, the limits as settings.
    "SELECT * FROM s3('http://127.0.0.1:9/bucket/x.csv', 'CSV', 'a String')",
    "SELECT * FROM mysql('127.0.0.1:9', 'db', 't', 'u', 'p')",
    "SELECT * FROM postgresql('127.0.0.1:9', 'db', 't', 'u', 'p')",
    "SELECT * FROM sqlite('/etc/hostname', 't')",
    "SELECT * FROM icebergLocal('/etc')",
    "SELECT * FROM dictionary('nope')",
    "CREATE DICTIONARY d (a UInt8) PRIMARY KEY a SOURCE(FILE(path '/etc/hostname' format 'TSV')) "
    "LAYOUT(FLAT()) LIFETIME(0)",
    "CREATE TEMPORARY TABLE t (a UInt8)",
    "SYSTEM SHUTDOWN",
    "SYSTEM FLUSH LOGS",
    "SELECT 1 SETTINGS readonly = 2",
    "SELECT 1 SETTINGS max_result_rows = 0",
    "SELECT 1 SETTINGS max_result_bytes = 0",
    "SELECT 1 SETTINGS max_memory_usage = 0",
    "SELECT 1 SETTINGS max_threads = 1000",
]


@pytest.mark.parametrize("sql", ENGINE_REFUSED)
@pytest.mark.usefixtures("migrated")  # the schema in place: copied from the migrated template
def test_the_engine_refuses_writes_on_the_analyst_path_without_the_text_guard(
    store: Store, sql: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """readonly=1 is the defence: with the text scrubber switched off, the engine still refuses."""
    store.insert_rows("taskrun_events", [event_row(_event(1))])
    # Neither the text guard nor the engine's own parse-and-format step: the raw text goes to the engine.
    monkeypatch.setattr("errorflow.sinks.store.check_read_only", lambda sql: sql)
    monkeypatch.setattr("errorflow.sinks.store._AnalystSession.canonical", lambda self, sql: sql)
    with pytest.raises(ReadOnlyQueryError, match="read-only mode"):
        store.query_readonly(sql.format(tmp=tmp_path))
    assert store.query_value("SELECT count() FROM taskrun_events") == 1
    assert store.query_value("EXISTS TABLE made_by_analyst") == 0
    assert list(tmp_path.iterdir()) == []
    # The sink's own session is untouched by the analyst session's settings.
    assert store.query_value("SELECT getSetting('readonly')") == 0


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1; DROP TABLE taskrun_events",
        "SELECT $$x$$; DROP TABLE taskrun_events",
        "SELECT 1 /* /* */ */; DROP TABLE taskrun_events",
    ],
)
@pytest.mark.usefixtures("migrated")  # the schema in place: copied from the migrated template
def test_the_engine_parses_one_statement_only(store: Store, sql: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("errorflow.sinks.store.check_read_only", lambda sql: sql)
    with pytest.raises(ReadOnlyQueryError, match="one statement"):
        store.query_readonly(sql)
    assert store.query_value("EXISTS TABLE taskrun_events") == 1


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT file('{tmp}/../../../../etc/hostname')",
        "SELECT \"file\"('/etc/hostname')",
        "SELECT `file`('/etc/hostname')",
        "SELECT 1 INTO OUTFILE '{tmp}/out.csv'",
        "SELECT 1 INTO /* c */ OUTFILE '{tmp}/out.csv' AND STDOUT",
        "SELECT $$x$$ INTO OUTFILE '{tmp}/out.csv'",
        # chDB under readonly=1 runs these too (probed in session 14): schema inference reads the file or
        # URL, KILL QUERY stops the sink's own inserts (the same user), SYSTEM STOP MERGES stops merges.
        "DESCRIBE file('{tmp}/../../../../etc/hostname', 'LineAsString')",
        "DESCRIBE TABLE url('http://127.0.0.1:9/x', 'CSV')",
        "KILL QUERY WHERE 1",
        "SYSTEM STOP MERGES",
        "USE system",
    ],
)
@pytest.mark.usefixtures("migrated")  # the schema in place: copied from the migrated template
def test_what_chdb_does_not_confine_is_refused_before_it_runs(store: Store, sql: str, tmp_path: Path) -> None:
    """clickhouse-local (chDB) leaves INTO OUTFILE and the file() function open under readonly=1."""
    with pytest.raises(ReadOnlyQueryError):
        store.query_readonly(sql.format(tmp=tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_analyst_queries_have_a_time_limit(chdb_engine: ChdbStore, database: str) -> None:
    limited = ChdbStore(chdb_engine.path, database=database, analyst=AnalystLimits(max_execution_s=1))
    try:
        with pytest.raises(StoreError, match="time limit"):
            limited.query_readonly("SELECT count() FROM system.numbers WHERE sipHash64(number) % 7 = 3")
        assert limited.query_readonly("SELECT 1 AS one") == (["one"], [(1,)])
    finally:
        limited.execute(f"DROP DATABASE IF EXISTS `{database}`")
        limited.close()


def test_analyst_results_are_bounded(chdb_engine: ChdbStore, database: str) -> None:
    """The result lands in the pipeline's own memory (the sink's process): 3 M small rows took 750 MB of it."""
    from errorflow.sinks.store import ANALYST_MAX_RESULT_BYTES, ANALYST_MAX_RESULT_ROWS

    reader = ChdbStore(chdb_engine.path, database=database)
    try:
        with pytest.raises(StoreError, match="over the analyst result limit"):
            reader.query_readonly(f"SELECT number FROM numbers({ANALYST_MAX_RESULT_ROWS + 1})")
        with pytest.raises(StoreError, match="over the analyst result limit"):
            rows = ANALYST_MAX_RESULT_BYTES // 1000 + 2  # of 1 kB each (not a constant: the engine counts those small)
            reader.query_readonly(f"SELECT leftPad(toString(number), 1000, 'x') AS s FROM numbers({rows})")
        assert reader.query_readonly(f"SELECT count() AS n FROM numbers({ANALYST_MAX_RESULT_ROWS * 10})") == (
            ["n"],
            [(ANALYST_MAX_RESULT_ROWS * 10,)],
        )
        assert len(reader.query_readonly(f"SELECT number FROM numbers({ANALYST_MAX_RESULT_ROWS})")[1]) == (
            ANALYST_MAX_RESULT_ROWS
        )
    finally:
        reader.execute(f"DROP DATABASE IF EXISTS `{database}`")
        reader.close()


def test_analyst_queries_have_a_memory_limit(chdb_engine: ChdbStore, database: str) -> None:
    """chDB runs the query in the pipeline's own process: an aggregate past its share fails, not the process."""
    # 128 MiB shared by two: each query gets 64 MiB (the defaults are 2 GiB and 2).
    reader = ChdbStore(
        chdb_engine.path, database=database, analyst=AnalystLimits(max_memory_bytes=128 * 1024**2, max_concurrent=2)
    )
    try:
        assert reader.query_readonly("SELECT getSetting('max_memory_usage') AS limit") == (
            ["limit"],
            [(64 * 1024**2,)],
        )
        with pytest.raises(StoreError, match="analyst memory limit"):
            reader.query_readonly("SELECT uniqExact(number) FROM numbers(30000000)")
        assert reader.query_readonly("SELECT uniq(number) > 0 AS ok FROM numbers(30000000)") == (["ok"], [(True,)])
    finally:
        reader.execute(f"DROP DATABASE IF EXISTS `{database}`")
        reader.close()


def test_analyst_queries_in_flight_are_bounded(chdb_engine: ChdbStore, database: str) -> None:
    """Their memory shares add up to the budget only if no more than the slots run: one more is refused as busy."""
    reader = ChdbStore(chdb_engine.path, database=database, analyst=AnalystLimits(max_concurrent=1, wait_s=0.3))
    started = threading.Event()
    answer: dict[str, Any] = {}

    def slow() -> None:
        started.set()
        answer["slow"] = reader.query_readonly("SELECT sum(sleepEachRow(1)) AS s FROM numbers(2)")

    try:
        holder = threading.Thread(target=slow)
        holder.start()
        started.wait()
        deadline = time.monotonic() + 1.0
        refused = False
        while not refused and time.monotonic() < deadline:  # until the holder has taken the one slot
            try:
                reader.query_readonly("SELECT 1 AS one")
                time.sleep(0.05)  # the holder, waiting for the slot this query took, takes it now
            except StoreError as exc:
                assert "analyst queries are running" in str(exc)
                refused = True
        holder.join()
        assert refused
        assert answer["slow"] == (["s"], [(0,)])
        assert reader.query_readonly("SELECT 1 AS one") == (["one"], [(1,)])  # the slot came back
    finally:
        reader.execute(f"DROP DATABASE IF EXISTS `{database}`")
        reader.close()


#: About 6 s on two threads, sleeping rather than using the CPU the inserts need.
_SLOW = (
    "SELECT sum(s) FROM ("
    + " UNION ALL ".join(f"SELECT sleepEachRow(1) + {i} AS s FROM numbers(3)" for i in range(4))
    + ")"
)


@pytest.mark.usefixtures("migrated")  # the schema in place: copied from the migrated template
def test_a_long_analyst_query_does_not_hold_the_sink(store: Store) -> None:
    """chDB runs the statements of different sessions of one engine in parallel: the sink writes on."""
    answer: dict[str, Any] = {}
    query = threading.Thread(target=lambda: answer.update(result=store.query_readonly(_SLOW)))
    query.start()
    try:
        deadline = time.monotonic() + 60
        while not store.query_value("SELECT count() FROM system.processes WHERE query LIKE '%sleepEachRow(1) + 3%'"):
            assert time.monotonic() < deadline, "the analyst query never started"
            time.sleep(0.05)
        for i in range(20):
            store.insert_rows("taskrun_events", [event_row(_event(i))])
        assert query.is_alive(), "the query ended before the inserts did: nothing was shown"
        assert store.query_value("SELECT count() FROM taskrun_events") == 20
    finally:
        query.join(timeout=60)
    assert answer["result"][1] == [(18,)]  # 3 rows x (0 + 1 + 2 + 3)


def test_open_store_picks_chdb_without_a_url_and_shares_the_engine(chdb_engine: ChdbStore, database: str) -> None:
    settings = Settings(data_dir=chdb_engine.path.parent, clickhouse={"database": database})
    # data_dir/chdb is the engine's path only if the fixture made it so; open at the engine's path instead.
    store = ChdbStore(chdb_engine.path, database=database)
    try:
        assert store.backend == "chdb"
        assert store.query_value("SELECT currentDatabase()") == database
    finally:
        store.execute(f"DROP DATABASE IF EXISTS `{database}`")
        store.close()
    assert settings.embedded_clickhouse
    with pytest.raises(StoreError, match="already open"):
        open_store(Settings(data_dir=chdb_engine.path.parent / "elsewhere", clickhouse={"database": database}))


def test_a_chdb_store_reopens_its_data_after_the_engine_closed(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Durability across restarts of the embedded engine (run in a subprocess: one engine per process)."""
    import subprocess
    import sys
    import textwrap

    path = tmp_path_factory.mktemp("reopen")
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from errorflow.settings import Settings
        from errorflow.sinks import open_store, migrate, BatchWriter, event_row
        from errorflow.schemas.events import TaskRunEvent
        settings = Settings(data_dir=Path({str(path)!r}), clickhouse={{"database": "reopen"}})
        store = open_store(settings)
        migrate(store, database="reopen")
        if sys.argv[1] == "write":
            writer = BatchWriter(store, table="taskrun_events", settings=settings.sink, dedup_key="event_id")
            writer.add([event_row(TaskRunEvent(run_id="a", root_run_id="a", operation="o", service="s",
                        status="success", event_id=f"e{{i}}")) for i in range(10)])
            writer.flush()
        print(store.query_value("SELECT count() FROM taskrun_events"))
        store.close()
        """
    )
    first = subprocess.run([sys.executable, "-c", script, "write"], capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", script, "read"], capture_output=True, text=True, check=True)
    assert first.stdout.split()[-1] == "10"
    assert second.stdout.split()[-1] == "10"


@pytest.mark.usefixtures("migrated")  # the schema in place: copied from the migrated template
def test_times_round_trip_in_utc_at_millisecond_precision(store: Store) -> None:
    at = (datetime.now(timezone.utc) - timedelta(hours=1)).replace(microsecond=123456)  # within retention
    event = TaskRunEvent(run_id="t", root_run_id="t", operation="o", service="s", status="success", occurred_at=at)
    store.insert_rows("taskrun_events", [event_row(event)])
    stored = store.query_value("SELECT occurred_at FROM taskrun_events")
    assert stored == at.replace(microsecond=123000)


@pytest.mark.parametrize(
    "keys",
    [
        ["plain-1", "it's", "back\\slash", "quote\\'mix", "percent%_"],  # few and printable: in the query text
        ["tab\there", "new\nline", "unicodé", "nul\x00byte"],  # not plain ASCII: through the staging file
        [f"k{i:06d}" + "x" * 40 for i in range(3_000)],  # too many characters for the query text
    ],
    ids=["inline", "unprintable", "many"],
)
def test_key_lookups_find_exactly_the_stored_keys_whatever_their_text(store: Store, keys: list[str]) -> None:
    store.execute("CREATE TABLE keyed (k String) ENGINE = MergeTree ORDER BY k")
    stored = keys[::2]
    store.insert_rows("keyed", [{"k": key} for key in stored])
    asked = [(key,) for key in keys] + [("absent",), ("'",)]
    assert store.existing_keys("keyed", ["k"], asked) == {(key,) for key in stored}


def test_an_arrow_block_goes_in_once_per_deduplication_token(migrated: Store) -> None:
    """Blocks travel through the staging file; a retried block with the same token stores nothing twice."""
    from errorflow.sinks.blocks import build_block

    rows = [event_row(_event(i)) for i in range(30)]
    block, kept, rejected = build_block(rows, migrated.columns("taskrun_events"))
    assert (len(kept), rejected) == (30, [])
    migrated.insert_block("taskrun_events", block, dedup_token="same-token")
    # The token decides, not the bytes (a rebuilt retry may differ): a block sent again under it stores nothing.
    migrated.insert_block("taskrun_events", block.slice(0, 29), dedup_token="same-token")
    assert migrated.query_value("SELECT count() FROM taskrun_events") == 30
    assert migrated.query_value("SELECT sum(failed) FROM error_rate_minute") == 30
    back = migrated.query_rows("SELECT input_dump, labels FROM taskrun_events WHERE run_id = 'r7'")
    assert back == [{"input_dump": '{"source":"stepstone","page":7}', "labels": [("env", "test")]}]
