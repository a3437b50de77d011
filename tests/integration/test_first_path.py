"""Issue 2 end to end: decorated operations -> Kafka -> pipeline -> rows in ClickHouse (chDB)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from pydantic import BaseModel

from errorflow.errors import BulkOperationError
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.sdk import REDACTED, configure, operation, shutdown, submit
from tests.integration.conftest import RunningStack
from tests.integration.helpers import errorflow_cli, wait_for, wait_for_rows

pytestmark = pytest.mark.integration


@pytest.fixture
def sdk(running_stack: RunningStack) -> Iterator[None]:
    configure(running_stack.settings, service="it-service")
    yield
    shutdown()


class Login(BaseModel):
    user: str
    password: str


def test_decorated_async_and_sync_failures_become_rows(running_stack: RunningStack, sdk: None) -> None:
    @operation(name="it_async_login", inputs=Login, dependency="auth-api", register=False)
    async def login(data: Login) -> None:
        raise ConnectionRefusedError(111, "Connection refused")

    @operation(name="it_sync_parse", register=False)
    def parse(text: str, token: str) -> int:
        return int(text)

    with pytest.raises(ConnectionRefusedError):
        asyncio.run(login(Login(user="ann", password="hunter2")))
    with pytest.raises(ValueError, match="invalid literal"):
        parse("twelve", token="abc")

    rows = wait_for_rows(
        lambda: running_stack.rows(
            "SELECT operation, status, error_type, error_message, error_traceback, input_dump, duration_ms, "
            "dependency FROM {db}.taskrun_events WHERE operation IN ('it_async_login', 'it_sync_parse') "
            "ORDER BY event_id"
        ),
        count=6,
        what="lifecycle events in taskrun_events",
    )
    by_op: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_op.setdefault(str(row["operation"]), []).append(row)
    for operation_name, expected_type in (
        ("it_async_login", "builtins.ConnectionRefusedError"),
        ("it_sync_parse", "builtins.ValueError"),
    ):
        statuses = [row["status"] for row in by_op[operation_name]]
        assert statuses == ["pending", "running", "failed"], statuses
        failed = by_op[operation_name][-1]
        assert failed["error_type"] == expected_type
        assert "Traceback (most recent call last)" in str(failed["error_traceback"])
        assert float(str(failed["duration_ms"])) >= 0
    login_dump = orjson.loads(str(by_op["it_async_login"][-1]["input_dump"]))
    assert login_dump == {"user": "ann", "password": REDACTED}
    parse_dump = orjson.loads(str(by_op["it_sync_parse"][-1]["input_dump"]))
    assert parse_dump == {"text": "twelve", "token": REDACTED}
    assert by_op["it_async_login"][-1]["dependency"] == "auth-api"
    assert "Connection refused" in str(by_op["it_async_login"][-1]["error_message"])


def test_bulk_item_errors_are_stored(running_stack: RunningStack, sdk: None) -> None:
    @operation(name="it_bulk", register=False)
    def bulk(ids: list[str]) -> None:
        raise BulkOperationError(
            "Failed 2 of 4 items",
            error_list=[
                {"index": 1, "error": "Job not found", "item": {"id": "b"}},
                {"index": 3, "error": "Permission denied", "item": {"id": "d"}},
            ],
            success_count=2,
        )

    with pytest.raises(BulkOperationError):
        bulk(["a", "b", "c", "d"])
    row = wait_for(
        lambda: next(
            iter(
                running_stack.rows(
                    "SELECT error_list, error_count, success_count, failed_count, total_count "
                    "FROM {db}.taskrun_events WHERE operation = 'it_bulk' AND status = 'failed'"
                )
            ),
            None,
        ),
        what="the bulk run's failed event",
    )
    items = orjson.loads(str(row["error_list"]))
    assert [(item["index"], item["error"], item["item"]) for item in items] == [
        (1, "Job not found", {"id": "b"}),
        (3, "Permission denied", {"id": "d"}),
    ]
    assert (row["error_count"], row["success_count"], row["failed_count"], row["total_count"]) == (2, 2, 2, 4)


def _event(operation_name: str, n: int) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=f"{operation_name}-{n}",
        root_run_id=f"{operation_name}-{n}",
        operation=operation_name,
        service="it-raw",
        status=TaskRunStatus.FAILED,
        error_type="builtins.TimeoutError",
        error_message="timed out",
    )


async def _produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=8 * 1024 * 1024, acks="all")
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, key=b"same-key")
    finally:
        await producer.stop()


def test_malformed_records_are_quarantined_and_valid_ones_around_them_stored(running_stack: RunningStack) -> None:
    valid = [_event("it_raw_valid", n) for n in range(6)]
    payload = orjson.loads(encode(valid[0]))
    wrong_types = orjson.dumps({**payload, "event_id": "wrong-types", "attempt": "three", "status": 7})
    unknown_version = orjson.dumps({**payload, "event_id": "v99", "schema_version": 99})
    huge = orjson.dumps({**payload, "event_id": "huge", "error_message": "x" * (5 * 1024 * 1024)})
    values = [
        encode(valid[0]),
        b'{"this is": not json',
        encode(valid[1]),
        wrong_types,
        encode(valid[2]),
        unknown_version,
        encode(valid[3]),
        huge,
        encode(valid[4]),
        encode(valid[5]),
    ]
    asyncio.run(_produce(running_stack.settings.kafka.bootstrap or "", running_stack.topic("taskruns.events"), values))

    wait_for(
        lambda: running_stack.value("SELECT count() FROM {db}.quarantine") >= 4,
        timeout_s=60,
        what="4 quarantine rows",
    )
    reasons = sorted(row["reason"] for row in running_stack.rows("SELECT reason FROM {db}.quarantine"))
    assert reasons == ["invalid_fields", "invalid_json", "too_large", "unsupported_schema_version"]
    huge_row = running_stack.rows("SELECT raw_size, detail FROM {db}.quarantine WHERE reason = 'too_large'")[0]
    assert int(huge_row["raw_size"]) > 5 * 1024 * 1024
    stored = wait_for(
        lambda: running_stack.value("SELECT count() FROM {db}.taskrun_events WHERE operation = 'it_raw_valid'") == 6,
        what="all six valid events around the bad ones",
    )
    assert stored


def test_the_same_event_delivered_twice_is_one_row(running_stack: RunningStack) -> None:
    event = _event("it_raw_dup", 1)
    raw = encode(event)
    asyncio.run(
        _produce(running_stack.settings.kafka.bootstrap or "", running_stack.topic("taskruns.events"), [raw, raw])
    )
    wait_for(
        lambda: (
            running_stack.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE event_id = '{event.event_id}'") == 1
        ),
        what="the duplicated event",
    )
    # Send it again later, in another batch: still one row.
    asyncio.run(_produce(running_stack.settings.kafka.bootstrap or "", running_stack.topic("taskruns.events"), [raw]))
    marker = _event("it_raw_dup_marker", 1)
    asyncio.run(
        _produce(running_stack.settings.kafka.bootstrap or "", running_stack.topic("taskruns.events"), [encode(marker)])
    )
    wait_for(
        lambda: (
            running_stack.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE event_id = '{marker.event_id}'") == 1
        ),
        what="the marker after the third copy",
    )
    assert running_stack.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE event_id = '{event.event_id}'") == 1


def test_runner_executes_commands_and_reports_invalid_input_as_failed_run(
    running_stack: RunningStack, sdk: None
) -> None:
    ok = submit("it_greet", {"name": "ann", "times": 2})
    invalid = submit("it_greet", {"name": "", "times": 99})
    unknown = submit("it_no_such_operation", {})
    plain = submit("it_sync_add", {"a": 2, "b": 3})
    shutdown()
    ids = "','".join([ok.run_id, invalid.run_id, unknown.run_id, plain.run_id])
    rows = wait_for_rows(
        lambda: running_stack.rows(
            "SELECT run_id, status, error_type, error_message FROM {db}.taskrun_events "
            f"WHERE run_id IN ('{ids}') AND status IN ('success', 'failed')"
        ),
        count=4,
        timeout_s=60,
        what="final events of the submitted runs",
    )
    final = {row["run_id"]: row for row in rows}
    assert final[ok.run_id]["status"] == "success"
    assert final[plain.run_id]["status"] == "success"
    assert final[invalid.run_id]["status"] == "failed"
    assert final[invalid.run_id]["error_type"] == "pydantic_core._pydantic_core.ValidationError"
    assert final[unknown.run_id]["status"] == "failed"
    assert final[unknown.run_id]["error_type"] == "errorflow.errors.OperationNotFoundError"


def test_sql_command_answers_while_the_stack_runs(running_stack: RunningStack) -> None:
    env = running_stack.cli_env()
    expected = running_stack.value("SELECT count() FROM {db}.taskrun_events")
    result = errorflow_cli("sql", "SELECT count() FROM taskrun_events", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert int(orjson.loads(result.stdout.splitlines()[0])["count()"]) >= int(expected)
    refused = errorflow_cli("sql", "DROP TABLE taskrun_events", env=env)
    assert refused.returncode == 2 and "are allowed, got 'DROP'" in refused.stderr


def test_stats_command_prints_headline_figures(running_stack: RunningStack) -> None:
    env = running_stack.cli_env()
    result = errorflow_cli("stats", "--window", "1h", env=env)
    assert result.returncode == 0, result.stderr
    sections = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    assert len(sections) >= 4 and all(line.endswith("(last 1h)") for line in sections), result.stdout
    bad = errorflow_cli("stats", "--window", "soon", env=env)
    assert bad.returncode == 2 and "window" in bad.stderr


def test_submit_waits_for_the_run_to_end_and_says_how(running_stack: RunningStack) -> None:
    """``submit --wait``: the exit status and last line tell how the run ended, an unknown operation included."""
    env = running_stack.cli_env()
    ok = errorflow_cli("submit", "it_sync_add", "--input", '{"a": 2, "b": 40}', "--wait", "90", env=env, timeout_s=120)
    assert ok.returncode == 0, ok.stderr
    run_id, said = ok.stdout.splitlines()
    assert said == "succeeded after 1 attempt(s)"
    stored = running_stack.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE run_id = '{run_id}'")
    assert int(stored) >= 1
    # The submitter cannot know what the runners register: the run fails at the runner, and waiting says so.
    unknown = errorflow_cli("submit", "it_no_such_operation", "--wait", "90", env=env, timeout_s=120)
    assert unknown.returncode == 1, (unknown.stdout, unknown.stderr)
    said = unknown.stdout.splitlines()[-1]
    assert said.split(" after ")[0] in ("failed", "dead_lettered"), said
    assert "OperationNotFoundError" in said and "it_no_such_operation" in said, said
    # No answer in time: exit 3, naming where the run is; no wait without a positive number of seconds.
    # (An operation that ends at once can be stored before the first look: CI saw it.)
    slow = '{"a": 1, "b": 1, "seconds": 5}'
    early = errorflow_cli("submit", "it_slow_add", "--input", slow, "--wait", "0.5", env=env)
    assert early.returncode == 3 and "had not ended after 0.5 s" in early.stderr, (early.stdout, early.stderr)
    refused = errorflow_cli("submit", "it_sync_add", "--wait", "0", env=env)
    assert refused.returncode == 2 and "above 0" in refused.stderr
