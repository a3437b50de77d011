"""The anomaly agent in the pipeline worker: alerts on the alerts topic and table, across a SIGKILL.

A dependency fails every call: one ``dependency_down`` alert fires. The worker
is killed and restarted while the outage goes on: the alert is not fired again
(its state comes back from the alerts topic and the store). The dependency
recovers: exactly one resolve record follows, with the same incident id.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest

from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.settings import Settings
from tests.integration.helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RULES = """
[defaults.dependency_down]
min_failures = 10
window_s = 5
[defaults.lifecycle]
hold_s = 3
"""


async def _produce(bootstrap: str, topic: str, events: list[TaskRunEvent]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        futures = [await producer.send(topic, encode(e), key=e.key) for e in events]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def _events(count: int, *, failed: bool, token: str) -> list[TaskRunEvent]:
    return [
        TaskRunEvent(
            run_id=f"{token}-{uuid.uuid4().hex[:10]}",
            root_run_id=f"{token}-{uuid.uuid4().hex[:10]}",
            operation="charge",
            service="checkout",
            dependency="payments-api",
            status=TaskRunStatus.FAILED if failed else TaskRunStatus.SUCCESS,
            error_type="requests.exceptions.HTTPError" if failed else None,
            error_message="503 Server Error: Service Unavailable" if failed else None,
        )
        for _ in range(count)
    ]


def _alerts(url: str, db: str) -> list[dict[str, Any]]:
    answer = post_sql(
        url,
        f"SELECT alert_id, incident_id, state, labels['notification'] AS notification FROM {db}.alerts "
        "WHERE rule = 'dependency_down' ORDER BY fired_at, notification",
    )
    assert "rows" in answer, answer
    return [dict(zip(answer["columns"], row, strict=True)) for row in answer["rows"]]


def _start(settings: Settings) -> EmbeddedStack:
    stack = EmbeddedStack(settings)
    stack.start(ready_timeout_s=90)
    return stack


def test_sigkill_and_restart_neither_repeat_a_fire_nor_lose_the_resolve(
    kafka_bootstrap: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "anomaly.toml"
    rules.write_text(RULES)
    monkeypatch.setenv("ERRORFLOW_ANOMALY__RULES_FILE", str(rules))  # the worker subprocess inherits it
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        data_dir=tmp_path,
        app_id=f"anom-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"anom{token}."},
        clickhouse={"database": f"anom_{token}"},
    )
    db = settings.clickhouse.database
    events_topic = settings.topic("taskruns.events")
    stack = _start(settings)
    try:
        assert stack.info is not None
        url = stack.info.query_url
        asyncio.run(_produce(kafka_bootstrap, events_topic, _events(20, failed=False, token=token)))
        asyncio.run(_produce(kafka_bootstrap, events_topic, _events(15, failed=True, token=token)))
        wait_for(lambda: len(_alerts(url, db)) == 1, timeout_s=60, what="the dependency_down alert in the table")
        fired = _alerts(url, db)[0]
        assert (fired["state"], fired["notification"]) == ("firing", "fire")
        # Wait until the sink has stored the failures too, then kill the worker mid-outage.
        wait_for(
            lambda: post_sql(url, f"SELECT count() FROM {db}.taskrun_events")["rows"][0][0] >= 35,
            timeout_s=60,
            what="events stored",
        )
        stack.processes["pipeline"].send_signal(signal.SIGKILL)
        stack.processes["pipeline"].wait(timeout=10)
        stack.processes.clear()
        (settings.data_dir / "stack.json").unlink(missing_ok=True)
    finally:
        stack.stop()

    restarted = _start(settings)
    try:
        assert restarted.info is not None
        url = restarted.info.query_url
        # The outage goes on after the restart: still one alert, no second fire.
        asyncio.run(_produce(kafka_bootstrap, events_topic, _events(15, failed=True, token=token)))
        wait_for(
            lambda: post_sql(url, f"SELECT count() FROM {db}.taskrun_events")["rows"][0][0] >= 50,
            timeout_s=60,
            what="the post-restart failures stored",
        )
        time.sleep(3)
        assert [a["notification"] for a in _alerts(url, db)] == ["fire"]
        # The dependency recovers: one resolve of the same incident.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_alerts(url, db)) < 2:
            asyncio.run(_produce(kafka_bootstrap, events_topic, _events(5, failed=False, token=token)))
            time.sleep(1)
        time.sleep(3)  # a duplicate or second resolve would show up now
        alerts = _alerts(url, db)
        assert [(a["state"], a["notification"]) for a in alerts] == [("firing", "fire"), ("resolved", "resolve")]
        assert alerts[0]["incident_id"] == alerts[1]["incident_id"] == fired["incident_id"]
        # `errorflow alerts` lists the incident once, resolved.
        env = {
            **os.environ,
            "ERRORFLOW_DATA_DIR": str(settings.data_dir),
            "ERRORFLOW_CLICKHOUSE__DATABASE": db,
            "ERRORFLOW_KAFKA__BOOTSTRAP": kafka_bootstrap,
            "ERRORFLOW_KAFKA__TOPIC_PREFIX": settings.kafka.topic_prefix,
            "ERRORFLOW_APP_ID": settings.app_id,
        }
        listed = subprocess.run(
            [sys.executable, "-m", "errorflow", "alerts", "--state", "resolved", "--rule", "dependency_down", "--json"],
            env=env,
            capture_output=True,
            check=True,
        )
        lines = [orjson.loads(line) for line in listed.stdout.splitlines()]
        assert [(r["incident"], r["state"], r["severity"], r["records"]) for r in lines] == [
            (fired["incident_id"], "resolved", "CRITICAL", 2)
        ]
    finally:
        restarted.stop()
