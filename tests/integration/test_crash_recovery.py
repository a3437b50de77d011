"""Killing the pipeline worker in the middle of ingest loses nothing and duplicates nothing."""

from __future__ import annotations

import asyncio
import signal
import time
import uuid
from pathlib import Path

import pytest

from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.settings import Settings
from tests.integration.helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

EVENTS = 60_000


async def _produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_batch_size=1 << 20)
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=str(n % 97).encode()) for n, value in enumerate(values)]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def _count(url: str, sql: str) -> int:
    answer = post_sql(url, sql)
    assert "rows" in answer, answer
    return int(answer["rows"][0][0])


def test_sigkill_mid_batch_then_restart_stores_every_event_once(kafka_bootstrap: str, tmp_path: Path) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        data_dir=tmp_path,
        app_id=f"crash-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"crash{token}."},
        clickhouse={"database": f"crash_{token}"},
        # Small batches so the kill lands between flushes and commits.
        sink={"batch_max_rows": 2000, "fetch_max_records": 1000},
    )
    db = settings.clickhouse.database
    events = [
        encode(
            TaskRunEvent(
                run_id=f"r{n}",
                root_run_id=f"r{n % 97}",
                operation="crash_op",
                service="crash",
                status=TaskRunStatus.FAILED if n % 3 == 0 else TaskRunStatus.SUCCESS,
                error_type="builtins.TimeoutError" if n % 3 == 0 else None,
            )
        )
        for n in range(EVENTS)
    ]
    stack = EmbeddedStack(settings)
    stack.start(ready_timeout_s=90)
    try:
        assert stack.info is not None
        url = stack.info.query_url
        asyncio.run(_produce(kafka_bootstrap, settings.topic("taskruns.events"), events))
        wait_for(
            lambda: _count(url, f"SELECT count() FROM {db}.taskrun_events") > 5_000, timeout_s=60, what="ingest started"
        )
        stack.processes["pipeline"].send_signal(signal.SIGKILL)
        stack.processes["pipeline"].wait(timeout=10)
        stack.processes.clear()
        (settings.data_dir / "stack.json").unlink(missing_ok=True)
    finally:
        stack.stop()
    # Start again on the same data directory, consumer group and topics.
    restarted = EmbeddedStack(settings)
    restarted.start(ready_timeout_s=90)
    try:
        assert restarted.info is not None
        url = restarted.info.query_url
        wait_for(
            lambda: _count(url, f"SELECT count() FROM {db}.taskrun_events") >= EVENTS,
            timeout_s=120,
            what=f"{EVENTS} rows after the restart",
        )
        time.sleep(2)  # anything still in flight would show up as a duplicate now
        assert _count(url, f"SELECT count() FROM {db}.taskrun_events") == EVENTS
        assert _count(url, f"SELECT uniqExact(event_id) FROM {db}.taskrun_events") == EVENTS
        assert _count(url, f"SELECT count() FROM {db}.taskrun_events WHERE status = 'failed'") == EVENTS // 3
    finally:
        restarted.stop()
