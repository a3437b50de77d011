"""The quick path's records on a real topic: the exact fields, no secret, each run's events in order.

Direct calls go through the SDK's default producer (confluent-kafka) to the
embedded broker: quick successes (built from the per-function template), a
quick failure and a run that outlives the lifecycle threshold (both handed
over to a recorder). Every record is then read back from the topic.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.wire import check_event
from errorflow.sdk import REDACTED, configure, operation, shutdown
from errorflow.sdk.confluent import ConfluentEmitter
from errorflow.settings import Settings
from tests.integration.helpers import consume_all, create_topics
from tests.lifecycle import expand

pytestmark = pytest.mark.integration

SECRETS = ("hunter2", "s3cr3tpw", "tok_9f8e7d6c5b4a")
QUICK_CALLS = 40


def test_quick_records_reach_the_topic_exact_scrubbed_and_in_order(settings: Settings, tmp_path: Path) -> None:
    settings = settings.model_copy(
        update={"sdk": settings.sdk.model_copy(update={"lifecycle_after_s": 0.2, "watch_breakers": False})}
    )
    create_topics(settings, "taskruns.events")
    rt = configure(settings, service="quick-svc")
    emitter = rt.emitter
    assert isinstance(emitter, ConfluentEmitter), "the default producer"
    try:

        @operation(name="quick_login", category="auth", dependency="idp", labels={"team": "id"}, register=False)
        def login(user: str, password: str, dsn: str, n: int) -> int:
            if n < 0:
                raise ConnectionError(f"cannot reach {dsn} as {user}")
            return n

        @operation(name="quick_slow", register=False)
        def slow(token: str) -> str:
            deadline = time.monotonic() + 60
            while emitter.sent < before + 2 and time.monotonic() < deadline:  # until its start was delivered
                time.sleep(0.01)
            return "done"

        for n in range(QUICK_CALLS):
            assert login("ann", SECRETS[0], f"postgres://app:{SECRETS[1]}@db:5432/app", n) == n
        with pytest.raises(ConnectionError):
            login("bob", SECRETS[0], f"postgres://app:{SECRETS[1]}@db:5432/app", -1)
        assert emitter.flush(60)
        before = emitter.sent
        assert slow(f"Bearer {SECRETS[2]}") == "done"
        assert emitter.flush(60)
    finally:
        shutdown(timeout_s=10)
    expected = QUICK_CALLS + 1 + 3
    topic = settings.topic("taskruns.events")
    records = asyncio.run(consume_all(str(settings.kafka.bootstrap), topic, expect=expected))
    assert len(records) == expected, "one record per quick call, three for the long one"
    for _, value, _ in records:
        assert not any(secret.encode() in value for secret in SECRETS), value

    decoded = [(key, orjson.loads(value), value) for key, value, _ in records]
    quick = [event for _, event, _ in decoded if event["operation"] == "quick_login" and event["status"] == "success"]
    assert sorted(event["input_dump"]["n"] for event in quick) == list(range(QUICK_CALLS))
    for key, event, value in decoded:
        assert key == event["root_run_id"].encode(), "keyed by the run"
        assert check_event(value) is not None, "the sink's fast path takes every record"
    for event in quick:
        volatile = {k: event[k] for k in ("event_id", "run_id", "root_run_id", "idempotency_key", "execution_time_s")}
        times = {k: event[k] for k in ("occurred_at", "queued_at", "started_at")}
        assert event == _quick_fields(event["input_dump"]["n"]) | volatile | times
        assert event["root_run_id"] == event["run_id"] and event["idempotency_key"] == f"{event['run_id']}:1"
        parsed = decode(orjson.dumps(event), TaskRunEvent)
        assert parsed.queued_at is not None and parsed.queued_at == parsed.started_at <= parsed.occurred_at

    (failed,) = [event for _, event, _ in decoded if event["status"] == "failed"]
    assert failed["queued_at"] is not None and failed["error_type"] == "builtins.ConnectionError"
    assert failed["input_dump"]["password"] == REDACTED and failed["input_dump"]["dsn"] == REDACTED
    assert "postgres://app:" in failed["error_message"], "the message is kept, its credential scrubbed"

    slow_events = [event for _, event, _ in decoded if event["operation"] == "quick_slow"]
    assert [event["status"] for event in slow_events] == ["pending", "running", "success"], "in order on its partition"
    assert len({event["run_id"] for event in slow_events}) == 1
    assert "queued_at" not in slow_events[-1] and slow_events[0]["input_dump"] == {"token": REDACTED}

    lifecycles: dict[str, list[TaskRunStatus]] = {}
    for event in expand([decode(value, TaskRunEvent) for _, _, value in decoded]):
        lifecycles.setdefault(event.run_id, []).append(event.status)
    assert len(lifecycles) == QUICK_CALLS + 2
    assert all(statuses[:2] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING] for statuses in lifecycles.values())
    assert all(len(statuses) == 3 for statuses in lifecycles.values())


def _quick_fields(n: int) -> dict[str, Any]:
    """Every field of a quick ``quick_login`` success but its ids, times and duration."""
    return {
        "schema_version": 1,
        "event_type": "taskrun.success",
        "status": "success",
        "attempt": 1,
        "replayed_from": None,
        "operation": "quick_login",
        "operation_category": "auth",
        "service": "quick-svc",
        "dependency": "idp",
        "criticality": "normal",
        "input_dump": {"user": "ann", "password": REDACTED, "dsn": REDACTED, "n": n},
        "channel": "direct",
        "labels": {"team": "id"},
    }
