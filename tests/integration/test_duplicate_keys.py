"""A record whose JSON names a field twice means one thing to every agent, the store included.

JSON leaves duplicate names to the parser: pydantic and msgspec (every agent, the
sink's fast check) keep the last value, ClickHouse's ``JSONEachRow`` the first. A
plain producer publishes an event that says ``success`` first and ``failed`` last
(with the failure's fields), and one that says it the other way round, each also
naming its dependency twice. The failure the agents read is classified and decided
on; the store must hold the same reading: the first event as ``failed`` on its last
dependency, the second as ``success``, with no classification.
"""

from __future__ import annotations

import uuid

import pytest

from errorflow.schemas.events import TaskRunEvent
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack
from tests.integration.helpers import publish_events, wait_for, wait_for_rows

pytestmark = pytest.mark.integration


def _twice(event_id: str, *, first: str, last: str) -> bytes:
    """An event whose ``status`` and ``dependency`` appear twice: ``first`` then ``last``."""
    event = TaskRunEvent.model_validate(
        {
            "event_id": event_id,
            "run_id": f"run-{event_id}",
            "root_run_id": f"root-{event_id}",
            "operation": "dup_keys_op",
            "service": "dup-svc",
            "status": first,
            "dependency": "first-dep",
            "channel": "direct",
            "error_type": "builtins.PermissionError",
            "error_message": "[Errno 13] Permission denied: '/srv/export'",
        }
    )
    raw = event.model_dump_json().encode()
    assert raw.endswith(b"}")
    return raw[:-1] + b',"status":"' + last.encode() + b'","dependency":"last-dep"}'


def test_a_field_named_twice_is_stored_as_every_agent_reads_it(running_stack: RunningStack) -> None:
    stack = running_stack
    token = uuid.uuid4().hex[:8]
    failed_last, success_last = f"dup-{token}-1", f"dup-{token}-2"
    values = [_twice(failed_last, first="success", last="failed"), _twice(success_last, first="failed", last="success")]
    assert all(TaskRunEvent.model_validate_json(v).dependency == "last-dep" for v in values), "pydantic keeps the last"
    bootstrap = stack.settings.kafka.bootstrap
    assert bootstrap is not None
    publish_events(bootstrap, stack.topic(Topics.EVENTS.name), values)

    wait_for_rows(
        lambda: stack.rows(f"SELECT event_id FROM {{db}}.taskrun_events WHERE startsWith(event_id, 'dup-{token}-')"),
        count=2,
        timeout_s=90,
        what="both events stored",
    )
    wait_for(
        lambda: stack.rows(f"SELECT action FROM {{db}}.recovery_actions WHERE root_run_id = 'root-{failed_last}'"),
        timeout_s=90,
        what="the failure the agents read decided on",
    )
    stored = {
        row["event_id"]: (row["status"], row["dependency"])
        for row in stack.rows(
            "SELECT event_id, toString(status) AS status, dependency FROM {db}.taskrun_events "
            f"WHERE startsWith(event_id, 'dup-{token}-')"
        )
    }
    assert stored == {failed_last: ("failed", "last-dep"), success_last: ("success", "last-dep")}
    classified = stack.rows(
        "SELECT failed_event_id, dependency FROM {db}.error_classifications WHERE operation = 'dup_keys_op'"
    )
    assert [(row["failed_event_id"], row["dependency"]) for row in classified] == [(failed_last, "last-dep")]
    assert stack.value("SELECT count() FROM {db}.quarantine") == 0
