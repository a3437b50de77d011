"""Analyst SQL on real chDB: what the engine's own limits do not see, and errors that echo a secret.

The engine checks ``max_result_bytes`` on the blocks it computes; a constant expression
(``SELECT range(20000000)``) is folded into one value it never counts, so a result of any
size reached the process (and then Python lists, several times larger). A query's error
text echoes values of rows and literals of the query (``Cannot parse string 'password=...'``),
and goes to the SQL endpoint's answer, the CLI's output and the endpoint's log.
"""

from __future__ import annotations

import traceback

import pytest

from errorflow.errors import ErrorflowError, StoreError
from errorflow.redacted import REDACTED
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.sinks import ChdbStore, event_row
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
