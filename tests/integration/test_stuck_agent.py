"""/healthz on the real pipeline: an idle agent is live however long it idles, a stuck one fails liveness by name."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from errorflow.children import spawn
from errorflow.health import get_probe
from errorflow.settings import Settings
from errorflow.streams.kafka import make_producer
from errorflow.streams.topics import Topics
from tests.integration.stuck_pipeline import MARK

pytestmark = pytest.mark.integration

MAX_SILENCE_S = 5.0
"""A short silence limit, still far above an idle iteration (a fetch wait of a fraction of a second).

The test idles for three times it and then waits it out once more: 5 s (``test_stuck_child``'s limit
on a whole stack) rather than 8 makes that 20 s rather than 32, with the same margin over an iteration."""
AGENTS = {
    "errorflow-ingest",
    "errorflow-classifier",
    "errorflow-recovery",
    "errorflow-retry-scheduler",
    "errorflow-breaker-feed",
    "errorflow-anomaly",
    "errorflow-notifier",
    "errorflow-watchdog",
    "errorflow-sink-flush",  # the sink's background flushes: progress as of the oldest one running
    "errorflow-breakers",  # the breaker agent (a Faust agent): progress as of the input it holds, if any
}


def _probe(url: str, process: subprocess.Popen[bytes], log: Path) -> tuple[int, dict[str, Any]] | None:
    assert process.poll() is None, f"the pipeline exited with {process.returncode}\n{log.read_text()[-3000:]}"
    try:
        return get_probe(url, timeout_s=10)
    except OSError:
        return None  # not listening yet


def test_an_idle_pipeline_stays_live_and_a_stuck_agent_fails_healthz_by_name(
    settings: Settings, tmp_path: Path, reserved_port: Callable[[], int]
) -> None:
    port = reserved_port()
    log = tmp_path / "pipeline.log"
    env = {
        **os.environ,
        "ERRORFLOW_KAFKA__BOOTSTRAP": settings.kafka.bootstrap or "",
        "ERRORFLOW_KAFKA__TOPIC_PREFIX": settings.kafka.topic_prefix,
        "ERRORFLOW_APP_ID": settings.app_id,
        "ERRORFLOW_DATA_DIR": str(settings.data_dir),
        "ERRORFLOW_CLICKHOUSE__DATABASE": settings.clickhouse.database,
        "ERRORFLOW_HEALTH__PORT": str(port),
        "ERRORFLOW_HEALTH__AGENT_MAX_SILENCE_S": str(MAX_SILENCE_S),
    }
    url = f"http://127.0.0.1:{port}/healthz"
    with log.open("ab") as out:
        pipeline = spawn(
            [sys.executable, "-m", "tests.integration.stuck_pipeline"], stdout=out, stderr=subprocess.STDOUT, env=env
        )
    try:
        # Every agent has begun its loop: the progress check counts all of them, none starting.
        all_progressing = f"{len(AGENTS)} agent(s) progressing"
        deadline = time.monotonic() + 120
        answer = None
        while time.monotonic() < deadline:
            answer = _probe(url, pipeline, log)
            detail = answer[1].get("checks", {}).get("progress", {}).get("detail", "") if answer else ""
            if detail.startswith(all_progressing) and "starting" not in detail:
                break
            time.sleep(0.2)
        assert answer is not None and answer[0] == 200, answer
        assert answer[1]["checks"]["progress"]["detail"].startswith(all_progressing), answer

        # Idle (nothing to consume) for several times the limit: still live, every time it is asked.
        idle_until = time.monotonic() + 3 * MAX_SILENCE_S
        answers = 0
        while time.monotonic() < idle_until:
            answer = _probe(url, pipeline, log)
            assert answer is not None and answer[0] == 200, answer
            assert answer[1]["checks"]["progress"]["ok"], answer
            answers += 1
            time.sleep(0.5)
        assert answers >= 3

        # One event blocks the classifier's thread for good: its task still runs, it makes no progress.
        async def produce() -> None:
            producer = make_producer(settings)
            await producer.start()
            try:
                await producer.send_and_wait(
                    settings.topic(Topics.EVENTS.name), b'{"note": "' + MARK + b'"}', key=b"stuck"
                )
            finally:
                await producer.stop()

        asyncio.run(produce())
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            answer = _probe(url, pipeline, log)
            if answer is not None and answer[0] == 503:
                break
            time.sleep(0.5)
        assert answer is not None and answer[0] == 503, answer
        checks = answer[1]["checks"]
        assert checks["event_loop"]["ok"] and checks["agents"]["ok"], checks  # the old checks saw nothing wrong
        detail = checks["progress"]["detail"]
        assert not checks["progress"]["ok"] and answer[1]["status"] == "failing", checks
        assert detail.startswith("errorflow-classifier made no progress for "), detail
        assert f"(limit {MAX_SILENCE_S:g}s)" in detail
        assert not (AGENTS - {"errorflow-classifier"}) & set(detail.replace(";", " ").split()), detail
    finally:
        # The blocked thread would hold a graceful stop for ever: the process is killed (its offsets are uncommitted).
        pipeline.send_signal(signal.SIGKILL)
        pipeline.wait(timeout=30)
