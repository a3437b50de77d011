"""A plain producer's permanent failure: its secret reaches neither the dead letter's rows, the alert, nor the CLI.

A service publishing the contract itself (no SDK, so nothing scrubbed at the
source) reports a permanent failure whose message holds a database password.
The recovery agent dead-letters it and raises a ``dead_letter`` alert. The
dead letter's attempt history and the alert's message both copy the message:
every text column of every table, the body the webhook route receives, the
worker's log (the log route) and ``errorflow dlq show`` must hold no secret,
while the dead letter and the alert are there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from errorflow.embedded.stack import EmbeddedStack
from errorflow.redacted import REDACTED
from errorflow.schemas.events import TaskRunEvent
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack, _stack_settings
from tests.integration.helpers import errorflow_cli, publish_events, text_everywhere, wait_for, wait_for_rows
from tests.integration.sinks.test_alert_notifier import Hook

pytestmark = pytest.mark.integration

MARK = "Xk7qv"


@pytest.fixture(scope="module")
def hook() -> Iterator[Hook]:
    server = Hook([200])
    yield server
    server.close()


@pytest.fixture(scope="module")
def alerting_stack(
    kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory, hook: Hook
) -> Iterator[RunningStack]:
    """A pipeline worker whose alerts go to the log and, as the alert record itself, to ``hook``."""
    data_dir = tmp_path_factory.mktemp("stack")
    rules = data_dir / "rules.toml"
    rules.write_text(
        f'[[notify]]\nname = "oncall"\nkind = "webhook"\nurl = "{hook.url}"\nformat = "json"\nbackoff_s = 0.05\n\n'
        '[[notify]]\nname = "chat"\nkind = "webhook"\nurl = "' + hook.url + '"\nformat = "slack"\nbackoff_s = 0.05\n\n'
        '[[notify]]\nname = "log"\nkind = "log"\n'
    )
    settings = _stack_settings(kafka_bootstrap, data_dir)
    settings = settings.model_copy(update={"anomaly": settings.anomaly.model_copy(update={"rules_file": rules})})
    stack = EmbeddedStack(settings)
    stack.start(ready_timeout_s=90)
    try:
        yield RunningStack(stack, settings)
    finally:
        stack.stop()


def _permanent_failure() -> bytes:
    event = TaskRunEvent.model_validate(
        {
            "run_id": f"foreign-dl-{uuid.uuid4().hex[:6]}",
            "root_run_id": f"foreign-dl-root-{uuid.uuid4().hex[:6]}",
            "operation": "foreign_export",
            "service": "foreign-svc",
            "status": "failed",
            "channel": "direct",
            "error_type": "builtins.PermissionError",
            "error_message": f"[Errno 13] Permission denied: 'postgres://app:{MARK}-pw@db:5432/app'",
            "input_dump": {"page": 2},
        }
    )
    return event.model_dump_json().encode()


def test_a_plain_producers_dead_letter_alerts_and_lists_without_its_secret(
    alerting_stack: RunningStack, hook: Hook
) -> None:
    stack = alerting_stack
    bootstrap = stack.settings.kafka.bootstrap
    assert bootstrap is not None
    publish_events(bootstrap, stack.topic(Topics.EVENTS.name), [_permanent_failure()])

    letters = wait_for_rows(
        lambda: stack.rows(
            "SELECT dlq_id, error_message, attempts FROM {db}.dlq_current WHERE operation = 'foreign_export'"
        ),
        count=1,
        timeout_s=90,
        what="the foreign failure dead-lettered",
    )
    alerts = wait_for_rows(
        lambda: stack.rows("SELECT message FROM {db}.alerts WHERE rule = 'dead_letter'"),
        count=1,
        timeout_s=90,
        what="its dead_letter alert stored",
    )
    wait_for(lambda: len(hook.bodies) >= 2, timeout_s=90, what="the alert posted on both webhook routes")
    wait_for(
        lambda: stack.value("SELECT count() FROM {db}.alert_deliveries WHERE rule = 'dead_letter'") == 3,
        timeout_s=90,
        what="the three deliveries recorded",
    )

    assert "Permission denied" in str(letters[0]["error_message"])
    assert REDACTED in str(letters[0]["error_message"])
    attempts = orjson.loads(str(letters[0]["attempts"]))
    assert len(attempts) == 1
    assert "Permission denied" in attempts[0]["error_message"], "the history keeps the message, scrubbed"
    assert "dead-lettered" in str(alerts[0]["message"])
    assert "Permission denied" in str(alerts[0]["message"])

    found, rows_read = text_everywhere(stack, MARK)
    assert rows_read >= 4
    assert found == [], "\n".join(found)
    posted = [orjson.dumps(body).decode() for body in hook.bodies]
    assert all(MARK not in body for body in posted), posted
    assert any("Permission denied" in body for body in posted)
    logs = stack.stack.info.logs if stack.stack.info is not None else {}
    worker_log = Path(logs["pipeline"]).read_text(errors="replace")
    assert "ALERT [" in worker_log
    assert MARK not in worker_log

    shown = errorflow_cli("dlq", "show", str(letters[0]["dlq_id"]), env=stack.cli_env())
    assert shown.returncode == 0, shown.stderr
    assert "Permission denied" in shown.stdout
    assert MARK not in shown.stdout + shown.stderr
