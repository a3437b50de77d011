"""Defence in depth: a service publishing the contract itself, with no scrubbing, leaks no secret into the store.

A plain Kafka producer (no SDK) publishes failed TaskRun events with a secret in
each free-text field: message, traceback, error context, item errors, input,
result references, the degraded message, heartbeat details and labels. One event is
ordinary in shape (the sink's fast path would store it as its JSON text), one
carries item errors (read whole), one spells its key with a JSON escape. Every
text column of every table is then read: the events are stored, scrubbed, and
no secret is anywhere (the classifier's and recovery's rows included).
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson
import pytest

from errorflow.redacted import REDACTED
from errorflow.schemas.events import TaskRunEvent
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack
from tests.integration.helpers import publish_events, text_everywhere, wait_for_rows

pytestmark = pytest.mark.integration

MARK = "Zq9fp"


def _event(n: int, **fields: Any) -> bytes:
    event = TaskRunEvent.model_validate(
        {
            "run_id": f"foreign-{n}-{uuid.uuid4().hex[:6]}",
            "root_run_id": f"foreign-root-{n}-{uuid.uuid4().hex[:6]}",
            "operation": "foreign_sync",
            "service": "foreign-svc",
            "status": "failed",
            "error_type": "builtins.ConnectionError",
            "error_message": f"connect failed: postgres://app:{MARK}-msg@db:5432/app",
            "error_traceback": f'Traceback (most recent call last):\n  File "a.py", line 3\n    token = "ghp_{MARK}'
            + "a" * 31
            + '"\nConnectionError: refused',
            "error_context": {
                "code": f"Bearer {MARK}-code-tok",
                "causes": [{"type": "E", "message": f"api_key={MARK}c"}],
            },
            "input_dump": {"dsn": f"postgres://u:{MARK}-in@db/app", "password": f"{MARK}-pw", "page": 2},
            "result_refs": [{"url": f"https://u:{MARK}-ref@files/x"}],
            "degraded_error_message": f"AccountKey={MARK}degraded+abc==",
            "heartbeat_details": {"token": f"{MARK}-beat"},
            "labels": {"auth": f"{MARK}-label", "build": f"deploy token={MARK}-lbl", "team": "crm"},
            **fields,
        }
    )
    return event.model_dump_json().encode()


def test_a_plain_producers_secrets_never_reach_the_store(running_stack: RunningStack) -> None:
    stack = running_stack
    ordinary = _event(1)
    with_items = _event(2, error_list=[{"index": 0, "error": f"password={MARK}-item", "item": {"k": f"x://:{MARK}@h"}}])
    escaped = _event(3, input_dump={"note": "hint"}).replace(b'"hint"', f'"\\u0074oken={MARK}-esc"'.encode())
    values = [ordinary, with_items, escaped]
    assert all(MARK.encode() in value for value in values)
    bootstrap = stack.settings.kafka.bootstrap
    assert bootstrap is not None
    publish_events(bootstrap, stack.topic(Topics.EVENTS.name), values)

    stored = wait_for_rows(
        lambda: stack.rows(
            "SELECT run_id, error_message, input_dump FROM {db}.taskrun_events "
            "WHERE operation = 'foreign_sync' AND status = 'failed'"
        ),
        count=3,
        timeout_s=90,
        what="the three foreign events stored",
    )
    wait_for_rows(
        lambda: stack.rows("SELECT event_id FROM {db}.error_classifications WHERE operation = 'foreign_sync'"),
        count=3,
        timeout_s=90,
        what="the three foreign failures classified",
    )
    assert stack.value("SELECT count() FROM {db}.quarantine") == 0, "scrubbed, not refused"
    assert all(REDACTED in str(row["error_message"]) for row in stored)
    assert any(orjson.loads(str(row["input_dump"])) == {"note": REDACTED} for row in stored), "the escaped key"
    found, rows_read = text_everywhere(stack, MARK)
    assert rows_read >= 6
    assert found == []
