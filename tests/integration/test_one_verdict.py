"""One verdict per failure, end to end: the stored classification is the one recovery acted on.

A failing runner command and a ``timed_out`` event published by a service go
through the real pipeline (broker, classifier and recovery agents, chDB). Every
failure's row in ``error_classifications`` and the recovery action taken on it
(joined by the action's ``classification_id``) agree on category and severity,
and a dead letter carries the same severity, rule and fingerprint.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.classification import classification_id
from errorflow.schemas.ids import new_id
from errorflow.sdk import configure, runtime, shutdown, submit
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for, wait_for_rows

pytestmark = pytest.mark.integration

_JOINED = (
    "SELECT c.event_id AS classification_id, c.attempt AS attempt, c.category AS category, c.severity AS severity, "
    "c.strategy AS strategy, c.rule_id AS rule_id, c.fingerprint AS fingerprint, "
    "a.category AS action_category, a.severity AS action_severity, a.action AS action "
    "FROM {{db}}.error_classifications AS c "
    "INNER JOIN {{db}}.recovery_actions AS a ON a.classification_id = c.event_id "
    "WHERE c.root_run_id = '{root}' {extra} ORDER BY c.attempt"
)


@pytest.fixture
def sdk(running_stack: RunningStack) -> Iterator[None]:
    configure(running_stack.settings, service="it-verdict")
    yield
    shutdown()


def _joined(stack: RunningStack, root: str, *, extra: str = "") -> list[dict[str, Any]]:
    return stack.rows(_JOINED.format(root=root, extra=extra))


def test_a_failing_command_is_classified_once_and_recovery_acts_on_that_verdict(
    running_stack: RunningStack, sdk: None
) -> None:
    command = submit("it_greet", {"name": "boom", "times": 1})
    assert runtime().emitter.flush(10)
    root = command.root_run_id
    letter = wait_for_rows(
        lambda: running_stack.rows(
            "SELECT dlq_id, attempt, category, severity, rule_id, fingerprint "
            f"FROM {{db}}.dlq_entries FINAL WHERE root_run_id = '{root}'"
        ),
        count=1,
        timeout_s=90,
        what="the dead letter of the failing command",
    )[0]
    failed_events = running_stack.rows(
        f"SELECT event_id, attempt FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' AND status = 'failed'"
    )
    assert failed_events, "the runner's failed events are stored"
    rows = wait_for_rows(
        lambda: _joined(running_stack, root), count=len(failed_events), timeout_s=60, what="joined verdicts"
    )
    # Every failed attempt has exactly one verdict, under the id derived from its failed event.
    assert {row["classification_id"] for row in rows} == {classification_id(e["event_id"]) for e in failed_events}
    for row in rows:
        assert (row["action_category"], row["action_severity"]) == (row["category"], row["severity"]), row
    last = max(rows, key=lambda row: row["attempt"])
    assert last["action"] == "dead_lettered"
    assert (letter["attempt"], letter["category"], letter["severity"], letter["rule_id"], letter["fingerprint"]) == (
        last["attempt"],
        last["category"],
        last["severity"],
        last["rule_id"],
        last["fingerprint"],
    )


async def _publish(bootstrap: str, topic: str, event: TaskRunEvent) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, encode(event), key=event.key)
    finally:
        await producer.stop()


def test_a_timed_out_event_is_classified_as_transient_and_recovered_on_that_verdict(
    running_stack: RunningStack,
) -> None:
    run_id = new_id()
    timed_out = TaskRunEvent(
        run_id=run_id,
        root_run_id=run_id,
        operation="it_verdict_slow_report",
        service="it-verdict",
        status=TaskRunStatus.TIMED_OUT,
        channel="direct",
        criticality="high",
        input_dump={"report": 7},
    )
    settings = running_stack.settings
    assert settings.kafka.bootstrap is not None
    asyncio.run(_publish(settings.kafka.bootstrap, settings.topic(Topics.EVENTS.name), timed_out))
    # The retry it schedules runs an operation no runner knows; only the timed-out attempt is looked at.
    rows = wait_for_rows(
        lambda: _joined(running_stack, run_id, extra="AND c.attempt = 1"),
        count=1,
        timeout_s=90,
        what="the timed-out verdict",
    )
    (row,) = rows
    assert row["classification_id"] == classification_id(timed_out.event_id)
    assert (row["category"], row["strategy"]) == ("transient", "retry_with_backoff")
    assert (row["action_category"], row["action_severity"]) == (row["category"], row["severity"])
    assert row["action"] == "retry_scheduled"
    stored = wait_for(
        lambda: running_stack.rows(
            f"SELECT count() AS n FROM {{db}}.error_classifications WHERE failed_event_id = '{timed_out.event_id}'"
        )[0]["n"],
        timeout_s=30,
        what="the classification row",
    )
    assert stored == 1
