"""A process errorflow starts dies with the process that started it, however that one dies (errorflow.children).

Real processes, killed with SIGKILL (nothing runs in the killed parent afterwards):
the children must be gone within a generous deadline, watched through ``/proc``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from errorflow.children import PARENT_PID_VAR, spawn
from tests.integration.processes import alive, wait_gone

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
GONE_WITHIN_S = 30.0
"""The bound for children to end after their parent was killed (the kernel signals them at once)."""

_SLEEPER = "import time; time.sleep(600)"

# A parent: one child from the main thread (which starts a grandchild of its own), one from a
# thread that ends right after; it reports the pids once that thread is gone from the process.
_PARENT = f"""
import json, os, sys, threading, time
from pathlib import Path
from errorflow.children import spawn

sleeper = [sys.executable, "-c", {_SLEEPER!r}]
middle = spawn([sys.executable, "-c", (
    "import sys, time; from errorflow.children import spawn; "
    f"print(spawn({{sleeper!r}}).pid, flush=True); time.sleep(600)"
)], stdout=__import__("subprocess").PIPE, text=True)
grandchild = int(middle.stdout.readline())
from_thread = []
worker = threading.Thread(target=lambda: from_thread.append(spawn(sleeper)))
worker.start()
worker.join()
while os.path.exists(f"/proc/self/task/{{worker.native_id}}"):  # the thread's end, as the kernel sees it
    time.sleep(0.01)
time.sleep(0.2)  # a death signal the thread's end sent has arrived meanwhile
pids = {{"middle": middle.pid, "grandchild": grandchild, "from_thread": from_thread[0].pid}}
Path(sys.argv[1]).write_text(json.dumps(pids))
time.sleep(600)
"""


def _start(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return spawn([sys.executable, "-c", script, *args], cwd=ROOT, env=env)


def _wait_for_file(path: Path, process: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 60
    while not path.exists() or not path.read_text():
        assert process.poll() is None, f"the parent exited with {process.returncode}"
        assert time.monotonic() < deadline, f"{path} was not written"
        time.sleep(0.05)
    return path.read_text()


def _kill(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def test_children_of_every_generation_die_when_the_parent_is_killed(tmp_path: Path) -> None:
    report = tmp_path / "pids"
    parent = _start(_PARENT, str(report))
    try:
        pids: dict[str, int] = orjson.loads(_wait_for_file(report, parent))
        # The child forked for a thread that ended survived that end: it was forked by a thread that lives on.
        assert all(alive(pid) for pid in pids.values()), {name: alive(pid) for name, pid in pids.items()}
    finally:
        _kill(parent)
    assert wait_gone(pids.values(), timeout_s=GONE_WITHIN_S) == []


def test_a_child_that_cannot_have_the_death_signal_watches_its_parent(tmp_path: Path) -> None:
    """The fallback where the kernel has no death signal (macOS): the child sees its parent change."""
    report = tmp_path / "pid"
    watcher = (
        "import time; from errorflow.children import watch_parent; "
        "watch_parent(interval_s=0.05, force=True); time.sleep(600)"
    )
    # Started without the death signal (plain Popen), told its parent's pid as spawn() tells it.
    parent_script = (
        "import os, subprocess, sys, time; from pathlib import Path\n"
        f"child = subprocess.Popen([sys.executable, '-c', {watcher!r}], env=os.environ | "
        f"{{{PARENT_PID_VAR!r}: str(os.getpid())}})\n"
        "Path(sys.argv[1]).write_text(str(child.pid))\n"
        "time.sleep(600)\n"
    )
    parent = _start(parent_script, str(report))
    try:
        child = int(_wait_for_file(report, parent))
        time.sleep(0.3)  # several of the watcher's checks, its parent alive
        assert alive(child)
    finally:
        _kill(parent)
    assert wait_gone([child], timeout_s=GONE_WITHIN_S) == []


def test_a_killed_test_run_takes_its_workers_and_their_brokers_along(tmp_path: Path) -> None:
    """pytest -n killed (a CI timeout): its xdist worker goes, and the worker's broker with it.

    The worker ends by itself once its controller is gone (execnet interrupts it, then exits
    within some 15 s); its broker, started with a death signal, goes with it.
    """
    report = tmp_path / "pids"
    inner = tmp_path / "test_inner.py"
    inner.write_text(
        "import json, os, time\n"
        "from pathlib import Path\n\n"
        "def test_holds(kafka_bootstrap):\n"
        "    tasks = os.listdir('/proc/self/task')\n"
        "    kids = [int(p) for t in tasks for p in Path(f'/proc/self/task/{t}/children').read_text().split()]\n"
        f"    Path({str(report)!r}).write_text(json.dumps({{'worker': os.getpid(), 'children': kids}}))\n"
        "    time.sleep(600)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ERRORFLOW_TEST_KAFKA_BOOTSTRAP", None)
    # The root conftest (its kafka_bootstrap) as a plugin, without the project's settings.
    options = ["-p", "tests.conftest", "-p", "no:cacheprovider", "-c", os.devnull, "--rootdir", str(tmp_path)]
    run = spawn(
        [sys.executable, "-m", "pytest", "-q", "-n", "1", *options, f"--basetemp={tmp_path / 'inner'}", str(inner)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        pids = orjson.loads(_wait_for_file(report, run))
        started = [pids["worker"], *pids["children"]]
        assert len(started) == 2 and all(alive(pid) for pid in started), pids  # the worker and its broker
    finally:
        _kill(run)
    assert wait_gone(started, timeout_s=GONE_WITHIN_S + 15) == [], pids  # the worker's own 15 s on top
