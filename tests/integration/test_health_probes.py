"""/healthz and /readyz of the pipeline and the runner, and the backlog alert, on the real broker and chDB."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from errorflow.children import spawn
from errorflow.embedded.stack import EmbeddedStack
from errorflow.health import get_metrics, get_probe
from errorflow.settings import Settings
from errorflow.streams.kafka import make_producer
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack

pytestmark = pytest.mark.integration


def _spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return spawn([sys.executable, "-m", "errorflow", *args], stdout=out, stderr=subprocess.STDOUT, env=env)


def _answers(url: str, *, until_ok: bool, timeout_s: float, process: subprocess.Popen[bytes]) -> list[Any]:
    """Every answer of a probe, polled from the process start until it answers 200 (or the deadline)."""
    seen: list[Any] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the worker exited with {process.returncode}"
        try:
            status, body = get_probe(url, timeout_s=5)
        except OSError:
            time.sleep(0.05)  # not listening yet
            continue
        seen.append((status, body))
        if status == 200 and until_ok:
            return seen
        time.sleep(0.1)
    return seen


def test_readyz_fails_until_the_groups_joined_and_the_store_is_open_then_passes(
    settings: Settings, tmp_path: Path, reserved_port: Callable[[], int]
) -> None:
    pipeline_port, runner_port = reserved_port(), reserved_port()
    env = {
        **os.environ,
        "ERRORFLOW_KAFKA__BOOTSTRAP": settings.kafka.bootstrap or "",
        "ERRORFLOW_KAFKA__TOPIC_PREFIX": settings.kafka.topic_prefix,
        "ERRORFLOW_APP_ID": settings.app_id,
        "ERRORFLOW_DATA_DIR": str(settings.data_dir),
        "ERRORFLOW_CLICKHOUSE__DATABASE": settings.clickhouse.database,
        # Tansu answers a group join only after half the session timeout: five seconds in which
        # the probes, asked every 0.1 s from the moment they listen, answer and the groups are
        # certainly not joined yet (the other tests' 1.5 s, tests/integration/conftest.py, is not).
        "ERRORFLOW_KAFKA__SESSION_TIMEOUT_S": "10",
    }
    pipeline = _spawn(["pipeline"], {**env, "ERRORFLOW_HEALTH__PORT": str(pipeline_port)}, tmp_path / "p.log")
    runner = _spawn(
        ["worker", "--ops", "tests.integration.ops"],
        {**env, "ERRORFLOW_HEALTH__PORT": str(runner_port)},
        tmp_path / "r.log",
    )
    try:
        # Both polled from their start, side by side.
        with ThreadPoolExecutor(max_workers=2) as pool:
            pipeline_answers = pool.submit(
                _answers, f"http://127.0.0.1:{pipeline_port}/readyz", until_ok=True, timeout_s=120, process=pipeline
            )
            runner_answers = pool.submit(
                _answers, f"http://127.0.0.1:{runner_port}/readyz", until_ok=True, timeout_s=120, process=runner
            )
            pipeline_ready, runner_ready = pipeline_answers.result(), runner_answers.result()
        log = (tmp_path / "p.log").read_text(errors="replace")[-3000:]
        assert pipeline_ready and pipeline_ready[-1][0] == 200, f"{pipeline_ready[-1:]}\n{log}"
        first_status, first = pipeline_ready[0]
        assert first_status == 503, first
        not_ok = {name for name, check in first["checks"].items() if not check["ok"]}
        assert not_ok & {"store", "consumer_groups"}, first
        final = pipeline_ready[-1][1]["checks"]
        assert final["store"]["ok"] and final["consumer_groups"]["ok"] and final["agents"]["ok"], final

        assert runner_ready and runner_ready[-1][0] == 200, runner_ready[-1:]
        assert runner_ready[0][0] == 503 and not runner_ready[0][1]["checks"]["consumer_group"]["ok"], runner_ready[:3]

        for port in (pipeline_port, runner_port):
            status, body = get_probe(f"http://127.0.0.1:{port}/healthz")
            assert status == 200 and body["checks"]["event_loop"]["ok"], body
            assert get_probe(f"http://127.0.0.1:{port}/nothing")[0] == 404
        assert get_probe(f"http://127.0.0.1:{runner_port}/metrics")[0] == 404  # the pipeline's alone
        metrics = get_metrics(f"http://127.0.0.1:{pipeline_port}")
        assert "# TYPE errorflow_detection_latency_seconds histogram" in metrics, metrics[:500]
    finally:
        for process in (runner, pipeline):
            process.send_signal(signal.SIGTERM)
        for process in (runner, pipeline):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def test_work_waiting_longer_than_the_limit_raises_a_backlog_alert_with_a_recommendation(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    # No runner consumes commands: the work waits for ever, which is more than the (shortened) limit.
    # The alert fires at the first measurement (every second, once 2 s were observed) whose lag passes the
    # tolerance, and records that lag. The 40 commands are produced one round trip each (Tansu counts a
    # batched produce as about one record of lag per batch), which takes seconds on a loaded machine: with a
    # small tolerance the alert fired part-way through, with whatever lag the producer had reached by then.
    # A tolerance of 40 - 6 lets it fire only once at least 35 of the 40 commands wait, however fast they came.
    from tests.integration.conftest import _stack_settings

    base = _stack_settings(kafka_bootstrap, tmp_path)
    settings = base.model_copy(
        update={
            "health": base.health.model_copy(
                update={
                    "backlog_max_wait_s": 1.0,
                    "backlog_tolerance_records": 40 - 6,
                    "backlog_interval_s": 1.0,
                    "backlog_min_observation_s": 2.0,
                }
            )
        }
    )
    commands = settings.topic(Topics.COMMANDS.name)

    async def produce() -> None:
        producer = make_producer(settings)
        await producer.start()
        try:
            for i in range(40):
                await producer.send_and_wait(commands, b"{}", key=f"k{i}".encode())
        finally:
            await producer.stop()

    stack = EmbeddedStack(settings)
    stack.start(ready_timeout_s=90)
    try:
        asyncio.run(produce())
        running = RunningStack(stack, settings)
        group = f"{settings.app_id}-runner"
        deadline = time.monotonic() + 90
        alerts: list[dict[str, Any]] = []
        while time.monotonic() < deadline and not alerts:
            alerts = running.rows(
                "SELECT severity, state, message, labels['recommendation'] AS recommendation, labels['lag'] AS lag "
                f"FROM {{db}}.alerts WHERE rule = 'queue_backlog' AND labels['group'] = '{group}'"
            )
            time.sleep(0.5)
        assert len(alerts) == 1, alerts
        alert = alerts[0]
        assert (alert["severity"], alert["state"]) == ("HIGH", "firing")
        assert "scaling up workers" in alert["recommendation"] and "scaling up workers" in alert["message"]
        assert int(alert["lag"]) >= 40 - 5
        actions = running.rows(
            "SELECT issue, action, outcome, target FROM {db}.healing_actions WHERE issue = 'queue_backlog' "
            f"AND target = '{group}/{commands}'"
        )
        assert [(a["action"], a["outcome"]) for a in actions] == [("alert_backlog", "alerted")], actions
    finally:
        stack.stop()
