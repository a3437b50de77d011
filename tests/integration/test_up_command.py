"""``errorflow up`` starts everything, answers ``errorflow sql``, and stops with no orphan process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from errorflow.children import spawn
from tests.integration.processes import alive, wait_gone

pytestmark = pytest.mark.integration


def test_up_then_sql_then_sigint_leaves_nothing_running(tmp_path: Path) -> None:
    env = {**os.environ, "ERRORFLOW_APP_ID": f"up-{os.getpid()}"}
    env.pop("ERRORFLOW_KAFKA_BOOTSTRAP", None)
    env.pop("ERRORFLOW_KAFKA__BOOTSTRAP", None)
    up = spawn(
        [sys.executable, "-m", "errorflow", "up", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        lines: list[str] = []
        deadline = time.monotonic() + 90
        assert up.stdout is not None
        while time.monotonic() < deadline:
            line = up.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "errorflow is up" in line:
                break
        output = "".join(lines)
        assert "errorflow is up" in output, output
        assert "Kafka (Tansu)" in output and "SQL endpoint" in output
        state = orjson.loads((tmp_path / "stack.json").read_bytes())
        children = list(state["children"].values())
        assert len(children) == 2 and all(alive(pid) for pid in children)

        sql_env = {**env, "ERRORFLOW_DATA_DIR": str(tmp_path)}
        answer = subprocess.run(
            [sys.executable, "-m", "errorflow", "sql", "SELECT count() AS n FROM taskrun_events"],
            capture_output=True,
            text=True,
            env=sql_env,
            timeout=60,
            check=False,
        )
        assert answer.returncode == 0, answer.stderr
        assert answer.stdout.splitlines()[0].strip() == "n"
        assert answer.stdout.splitlines()[2].strip() == "0"

        up.send_signal(signal.SIGINT)
        assert up.wait(timeout=60) == 0
        assert wait_gone(children, timeout_s=30) == [], "orphan processes left behind"
        assert not (tmp_path / "stack.json").exists()
    finally:
        if up.poll() is None:
            up.kill()
            up.wait(timeout=10)
        if up.stdout is not None:
            up.stdout.close()
