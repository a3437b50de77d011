"""Issue 3 end to end: retries, resource waits, fail-fast, dead letters, deadlines (real Tansu + chDB).

The operations live in ``tests.integration.recovery_ops`` and run in the stack's
function runner; their short retry policies come from their decorators.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from errorflow.recovery import RetryPolicy, delay_bounds
from errorflow.schemas import DeadLetter, decode, parse_dead_letter_headers
from errorflow.sdk import configure, shutdown
from tests.integration import recovery_ops as ops
from tests.integration import recovery_support as support
from tests.integration.conftest import RunningStack
from tests.integration.helpers import consume_all, wait_for, wait_for_rows
from tests.integration.recovery_support import (
    actions,
    events,
    recovery_settings,
    seconds,
    start,
    terminal_actions,
    wait_for_action,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def recovery_stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """A pipeline worker and a runner for the recovery operations, shared by this module."""
    with support.recovery_stack(recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("recovery"))) as stack:
        yield stack


@pytest.fixture
def sdk(recovery_stack: RunningStack) -> Iterator[None]:
    configure(recovery_stack.settings, service="it-recovery-caller")
    yield
    shutdown()


def test_transient_failure_clears_on_attempt_3_after_two_retries_at_policy_delays(
    recovery_stack: RunningStack, sdk: None
) -> None:
    command = start("rec_flaky", {"page": 7})
    root = command.root_run_id
    rows = wait_for_action(recovery_stack, root, "succeeded_after_retry", timeout_s=60)

    retries = [r for r in rows if r["action"] == "retry_scheduled"]
    assert [(r["attempt"], r["next_attempt"], r["category"]) for r in retries] == [
        (1, 2, "transient"),
        (2, 3, "transient"),
    ]
    policy = RetryPolicy(**ops.FLAKY_POLICY["transient"])  # type: ignore[arg-type]
    for row in retries:
        low, high = delay_bounds(policy, int(row["attempt"]))
        assert low <= float(row["delay_s"]) <= high, row
    assert terminal_actions(rows) == ["succeeded_after_retry"]

    # The action and the events arrive on different topics: wait for the attempt-3 events too.
    history = wait_for_rows(
        lambda: [e for e in events(recovery_stack, root) if e["status"] in ("running", "success", "failed")],
        count=6,
        what="running and final events of three attempts",
    )
    running = {int(e["attempt"]): seconds(e["occurred_at"]) for e in history if e["status"] == "running"}
    assert sorted(running) == [1, 2, 3]
    assert [e["attempt"] for e in history if e["status"] == "success"] == [3]
    assert [e["attempt"] for e in history if e["status"] == "failed"] == [1, 2]
    # Each retry started no earlier than due, and within 10 % + 1 s of it.
    for row in retries:
        due = seconds(row["due_at"])
        started = running[int(row["next_attempt"])]
        assert due - 0.005 <= started <= due + 0.1 * float(row["delay_s"]) + 1.0, (row, started)


def test_validation_error_fails_fast_and_is_never_retried(recovery_stack: RunningStack, sdk: None) -> None:
    command = start("rec_validate", {"email": "nobody"})
    rows = wait_for_action(recovery_stack, command.root_run_id, "failed_fast")
    (row,) = rows
    assert (row["attempt"], row["category"], row["reason"]) == (1, "validation", "validation")
    assert "invalid email address" in row["detail"]
    wait_for(lambda: len(events(recovery_stack, command.root_run_id)) >= 3, what="the attempt's events")
    time.sleep(2.0)  # a retry, if any, would have been scheduled and run by now
    history = events(recovery_stack, command.root_run_id)
    assert {int(e["attempt"]) for e in history} == {1}
    assert [e["status"] for e in history if e["status"] == "failed"] == ["failed"]
    assert actions(recovery_stack, command.root_run_id) == rows


def test_permanent_error_is_dead_lettered_with_spring_and_connect_headers(
    recovery_stack: RunningStack, sdk: None
) -> None:
    command = start("rec_permanent", {"account_id": "acme", "password": "s3cr3t"})
    root = command.root_run_id
    rows = wait_for_action(recovery_stack, root, "dead_lettered")
    assert [(r["action"], r["reason"], r["category"]) for r in rows] == [("dead_lettered", "permanent", "permanent")]
    dlq_id = rows[0]["dlq_id"]

    settings = recovery_stack.settings
    records = asyncio.run(
        consume_all(settings.kafka.bootstrap or "", settings.topic("taskruns.dlq"), expect=1, timeout_s=30)
    )
    mine = [(value, headers) for key, value, headers in records if key == root.encode()]
    assert len(mine) == 1
    value, raw_headers = mine[0]
    letter = decode(value, DeadLetter)
    assert letter.dlq_id == dlq_id and letter.command is not None
    assert letter.command.input == {"account_id": "acme", "password": "s3cr3t"}  # the original input, for replay
    assert letter.error_type == "builtins.PermissionError" and "Traceback" in (letter.error_traceback or "")
    assert letter.category == "permanent" and letter.fingerprint and letter.rule_id
    assert [a.attempt for a in letter.attempts] == [1]
    headers = parse_dead_letter_headers(list(raw_headers.items()))
    commands_topic = settings.topic("taskruns.commands")
    assert headers["kafka_dlt-original-topic"] == commands_topic
    assert isinstance(headers["kafka_dlt-original-partition"], int) and 0 <= headers["kafka_dlt-original-partition"] < 4
    assert isinstance(headers["kafka_dlt-original-offset"], int) and headers["kafka_dlt-original-offset"] >= 0
    assert headers["kafka_dlt-original-timestamp"] > 1_700_000_000_000
    assert headers["kafka_dlt-original-timestamp-type"] == "CREATE_TIME"
    assert headers["kafka_dlt-original-consumer-group"].endswith("-runner")
    assert headers["kafka_dlt-exception-fqcn"] == "builtins.PermissionError"
    assert "Permission denied" in headers["kafka_dlt-exception-message"]
    assert "Traceback" in headers["kafka_dlt-exception-stacktrace"]
    assert headers["__connect.errors.topic"] == commands_topic
    assert headers["__connect.errors.partition"] == str(headers["kafka_dlt-original-partition"])
    assert headers["__connect.errors.offset"] == str(headers["kafka_dlt-original-offset"])
    assert headers["__connect.errors.exception.class.name"] == "builtins.PermissionError"
    assert "Permission denied" in headers["__connect.errors.exception.message"]
    assert "Traceback" in headers["__connect.errors.exception.stacktrace"]
    assert (headers["errorflow-category"], headers["errorflow-reason"], headers["errorflow-attempt"]) == (
        "permanent",
        "permanent",
        "1",
    )
    assert headers["errorflow-dlq-id"] == dlq_id and headers["errorflow-root-run-id"] == root

    entry = wait_for(
        lambda: recovery_stack.rows(
            f"SELECT state, reason, category, command FROM {{db}}.dlq_current WHERE dlq_id = '{dlq_id}'"
        ),
        what="the dlq_entries row",
    )
    assert (entry[0]["state"], entry[0]["reason"], entry[0]["category"]) == ("new", "permanent", "permanent")
    alert = wait_for(
        lambda: recovery_stack.rows(
            f"SELECT rule, state, severity, operation, message FROM {{db}}.alerts WHERE labels['dlq_id'] = '{dlq_id}'"
        ),
        what="the operator alert",
    )
    assert [(a["rule"], a["state"], a["operation"]) for a in alert] == [("dead_letter", "firing", "rec_permanent")]
    assert "Permission denied" in alert[0]["message"] and alert[0]["severity"] in ("CRITICAL", "HIGH")


def test_resource_error_waits_for_capacity_then_retries(recovery_stack: RunningStack, sdk: None) -> None:
    command = start("rec_resource", {"path": "/scratch/big.bin"})
    rows = wait_for_action(recovery_stack, command.root_run_id, "succeeded_after_retry")
    (wait,) = [r for r in rows if r["action"] == "waiting_for_resources"]
    assert (wait["attempt"], wait["category"], wait["reason"]) == (1, "resource", "waiting_for_resources")
    assert 1.0 <= float(wait["delay_s"]) <= 2.0
    history = wait_for_rows(  # events and actions arrive on different topics
        lambda: [e for e in events(recovery_stack, command.root_run_id) if e["status"] in ("running", "failed")],
        count=3,
        what="running and failed events of two attempts",
    )
    failed_at = next(seconds(e["occurred_at"]) for e in history if e["status"] == "failed")
    retried_at = next(seconds(e["occurred_at"]) for e in history if e["status"] == "running" and e["attempt"] == 2)
    assert retried_at - failed_at >= float(wait["delay_s"]) - 0.01
    assert terminal_actions(rows) == ["succeeded_after_retry"]


def test_a_run_past_its_deadline_is_dead_lettered(recovery_stack: RunningStack, sdk: None) -> None:
    command = start("rec_deadline", {"job": "nightly"})
    rows = wait_for_action(recovery_stack, command.root_run_id, "gave_up_deadline")
    assert terminal_actions(rows) == ["gave_up_deadline"]
    given_up = rows[-1]
    assert given_up["reason"] == "deadline_exceeded" and "deadline" in given_up["detail"]
    assert all(r["action"] == "retry_scheduled" for r in rows[:-1])
    dlq = wait_for(
        lambda: recovery_stack.rows(
            f"SELECT reason, state FROM {{db}}.dlq_current WHERE root_run_id = '{command.root_run_id}'"
        ),
        what="the dead letter",
    )
    assert dlq == [{"reason": "deadline_exceeded", "state": "new"}]
