"""``errorflow up`` starts everything, answers ``errorflow sql``, and stops with no orphan process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from errorflow.children import spawn
from tests.integration.helpers import wait_for
from tests.integration.processes import alive, wait_gone

pytestmark = pytest.mark.integration


def _environment(name: str) -> dict[str, str]:
    """This environment with an app id of the test's own and no broker given: ``errorflow up`` starts Tansu."""
    env = {**os.environ, "ERRORFLOW_APP_ID": f"{name}-{os.getpid()}"}
    env.pop("ERRORFLOW_KAFKA_BOOTSTRAP", None)
    env.pop("ERRORFLOW_KAFKA__BOOTSTRAP", None)
    return env


def _up(data_dir: Path, env: dict[str, str], **output: Any) -> subprocess.Popen[Any]:
    return spawn([sys.executable, "-m", "errorflow", "up", "--data-dir", str(data_dir)], env=env, **output)


def test_up_then_sql_then_sigint_leaves_nothing_running(tmp_path: Path) -> None:
    env = _environment("up")
    up = _up(tmp_path, env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
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


def test_a_killed_up_leaves_no_broker_and_no_pipeline(tmp_path: Path) -> None:
    """``errorflow up`` killed with SIGKILL: Tansu and the pipeline go with it (errorflow.children).

    Nothing runs in the killed supervisor afterwards; the kernel sends each child its death
    signal. The broker's port is then free for a new listener (the next ``errorflow up``).
    """
    up = _up(tmp_path, _environment("up-killed"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        state_file = tmp_path / "stack.json"
        wait_for(lambda: state_file.exists() or up.poll() is not None, timeout_s=120, what="errorflow up to start")
        assert up.poll() is None, f"errorflow up exited with {up.returncode}"
        state = orjson.loads(state_file.read_bytes())
        children = dict(state["children"])
        assert set(children) == {"pipeline", "tansu"}
        assert all(alive(pid) for pid in children.values()), children
    finally:
        up.kill()
        up.wait(timeout=30)
    assert wait_gone(children.values(), timeout_s=30) == [], children
    broker_port = int(state["kafka_bootstrap"].rsplit(":", 1)[1])
    # Tansu binds with SO_REUSEADDR, as here: past the connections the killed one left in TIME_WAIT,
    # not past a listener. The kernel finishes closing the killed processes' connections on its own
    # (both ends died at once; on a loaded machine one can sit in LAST_ACK or CLOSING for a moment,
    # which SO_REUSEADDR does not pass: seen once in CI), so the bind is tried for a while; a
    # listener left behind would hold the port for good.
    deadline = time.monotonic() + 15
    while True:
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", broker_port))
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
                continue
            probe.listen()
            break
