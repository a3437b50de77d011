"""Analyst SQL on real chDB: what the engine's own limits do not see, and errors that echo a secret.

The engine checks ``max_result_bytes`` on the blocks it computes; a constant expression
(``SELECT range(20000000)``) is folded into one value it never counts, so a result of any
size reached the process (and then Python lists, several times larger). A query's error
text echoes values of rows and literals of the query (``Cannot parse string 'password=...'``),
and goes to the SQL endpoint's answer, the CLI's output and the endpoint's log.
"""

from __future__ import annotations

import socket
import traceback
from collections.abc import Iterator

import pytest

from errorflow.errors import ErrorflowError, ReadOnlyQueryError, StoreError
from errorflow.redacted import REDACTED
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.sinks import ChdbStore, event_row
from errorflow.sinks.sqlguard import DESCRIBABLE_FUNCTIONS
from errorflow.sinks.store import ANALYST_MAX_RESULT_BYTES

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT range(20000000) AS r",  # 80 MB in one constant value (UInt32s)
        "SELECT randomPrintableASCII(100000000) AS s",  # 100 MB in one constant string
    ],
)
def test_a_result_the_engine_does_not_count_is_still_bounded(store: ChdbStore, sql: str) -> None:
    with pytest.raises(StoreError, match="over the analyst result limit"):
        store.query_readonly(sql)
    under = ANALYST_MAX_RESULT_BYTES // 16  # a constant result under the limit still comes back
    (row,) = store.query_readonly(f"SELECT length(range({under})) AS n, range({under // 8}) AS r")[1]
    assert row[0] == under and len(row[1]) == under // 8


@pytest.mark.usefixtures("migrated")  # the schema in place: copied from the migrated template
def test_an_error_that_echoes_a_secret_says_it_scrubbed(store: ChdbStore) -> None:
    """A secret the scrubbers missed on the way in, or one in the query's own text, is not echoed back."""
    event = TaskRunEvent(
        run_id="r1",
        root_run_id="r1",
        operation="op",
        service="svc",
        status=TaskRunStatus.FAILED,
        error_message="password=Zq9-row-secret",  # stored as is: written here, past the sink's scrubbing
    )
    store.insert_rows("taskrun_events", [event_row(event)])
    for sql in (
        "SELECT toUInt64(ifNull(error_message, '')) FROM taskrun_events",
        "SELECT toUInt8('token=Zq9-literal') AS x",
        "SELECT * FROM no_such_table WHERE x = 'postgres://app:Zq9-dsn@db/app'",
    ):
        with pytest.raises(StoreError) as caught:
            store.query_readonly(sql)
        text = str(caught.value)
        assert "Zq9" not in text and REDACTED in text, text
        assert "Code:" in text, "the engine's error is still told, scrubbed"
        printed = "".join(traceback.format_exception(caught.value))
        assert "Zq9" not in printed, "nor in the chain a traceback prints"


def test_text_that_is_not_utf8_is_a_clear_error(store: ChdbStore) -> None:
    """A String holding bytes that are not UTF-8 failed as a bare UnicodeDecodeError (the endpoint's 500)."""
    with pytest.raises(ErrorflowError, match="not UTF-8"):
        store.query_readonly("SELECT unhex('ff00fe') AS s")
    assert store.query_readonly("SELECT hex(unhex('ff00fe')) AS s") == (["s"], [("FF00FE",)])


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A loopback port that accepts connections nobody answers (a bucket or a URL the engine could reach)."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.setblocking(False)
        yield server


def _connections(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            connection, _ = server.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


def test_describe_reaches_no_table_function_the_engine_keeps_from_readers(
    store: ChdbStore, listener: socket.socket
) -> None:
    """chDB runs DESCRIBE fn(...) without its read-only check and infers the schema from the source.

    ``DESCRIBE deltaLakeS3('http://host/bucket/x/')`` passed the text guard (its denylist had no
    such name) and sent requests from the pipeline's process, retrying long past
    ``max_execution_time`` with the analyst slot held. Every table function the engine itself keeps
    from a read-only user is refused now, named or not in any list of errorflow's.
    """
    functions = store.query_rows("SELECT name, allow_readonly FROM system.table_functions")
    unsafe = sorted(row["name"] for row in functions if not row["allow_readonly"])
    assert {"deltaLakeS3", "paimonS3", "url", "file"} <= set(unsafe)
    assert {row["name"].lower() for row in functions if row["allow_readonly"]} >= DESCRIBABLE_FUNCTIONS
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/bucket/x/"
    for name in unsafe:
        for sql in (f"DESCRIBE {name}('{url}')", f"DESC TABLE `{name}`('{url}', 'x', 'y/')"):
            with pytest.raises(ReadOnlyQueryError):
                store.query_readonly(sql)
    assert _connections(listener) == 0
    assert store.query_readonly("DESCRIBE numbers(2)") == (
        ["name", "type", "default_type", "default_expression", "comment", "codec_expression", "ttl_expression"],
        [("number", "UInt64", "", "", "", "", "")],
    )
