"""A pipeline process whose agent dies exits non-zero, instead of living on without consuming.

The worker runs as a real subprocess on the real broker, with a store that
refuses every event insert for good (``dying_pipeline.py``). One event makes
the ingest agent fail; the process must log why and exit with
``AGENT_FAILED_EXIT_CODE`` on its own, so a supervisor can restart it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from errorflow.children import spawn
from errorflow.pipeline import AGENT_FAILED_EXIT_CODE
from errorflow.schemas import TaskRunEvent, encode
from errorflow.settings import Settings
from errorflow.streams.kafka import ensure_topics
from errorflow.streams.topics import Topics

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]


async def publish_one(settings: Settings) -> None:
    await ensure_topics(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        event = TaskRunEvent(run_id="dies-1", root_run_id="dies-1", operation="op", service="svc", status="success")
        await producer.send_and_wait(settings.topic(Topics.EVENTS.name), encode(event), key=event.key)
    finally:
        await producer.stop()


def test_an_agent_that_dies_takes_the_pipeline_process_down_with_a_failure_status(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    settings = Settings(
        data_dir=tmp_path / "data",
        app_id=f"death-{unique}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"death{unique}."},
        clickhouse={"database": f"death_{unique}"},
    )
    env = {
        **os.environ,
        "ERRORFLOW_DATA_DIR": str(settings.data_dir),
        "ERRORFLOW_APP_ID": settings.app_id,
        "ERRORFLOW_KAFKA__BOOTSTRAP": kafka_bootstrap,
        "ERRORFLOW_KAFKA__TOPIC_PREFIX": settings.kafka.topic_prefix,
        "ERRORFLOW_CLICKHOUSE__DATABASE": settings.clickhouse.database,
        "PYTHONPATH": str(ROOT),
    }
    asyncio.run(publish_one(settings))  # waiting before the worker starts: it reads it from the beginning
    log = tmp_path / "pipeline.log"
    with log.open("wb") as sink:
        process = spawn(
            [sys.executable, "-m", "tests.integration.sinks.dying_pipeline"],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=sink,
        )
        try:
            code = process.wait(timeout=120)  # a generous bound for a loaded machine; it used to never exit
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            pytest.fail(f"the pipeline kept running after its agent died:\n{log.read_text()[-3000:]}")
    output = log.read_text()
    assert code == AGENT_FAILED_EXIT_CODE, output[-3000:]
    assert "agent errorflow-ingest failed" in output, output[-3000:]
    assert "injected: taskrun_events_landing is broken" in output, output[-3000:]
    died_at = output.index("agent errorflow-ingest failed")
    assert "Traceback" not in output[:died_at], output[:died_at][-3000:]  # nothing else failed first
