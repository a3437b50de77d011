"""The embedded engine's merge threads run at the configured nice value (Linux)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(sys.platform != "linux", reason="per-thread nice values are read from /proc"),
]

# chDB allows one engine per process: open a fresh one in a child process.
PROBE = """
import os, sys, orjson
from pathlib import Path
from errorflow.settings import Settings
from errorflow.schemas import TaskRunEvent, encode
from errorflow.sinks import migrate, open_store
settings = Settings(data_dir=Path(sys.argv[1]), clickhouse={"merge_nice": int(sys.argv[2])})
store = open_store(settings)
migrate(store, database=settings.clickhouse.database)
event = TaskRunEvent(run_id="r", root_run_id="r", operation="o", service="s", status="success")
store.insert_json("taskrun_events_landing", [encode(event)])
nice = {}
for task in Path("/proc/self/task").iterdir():
    # The main thread is named after the interpreter's file (python, python3): keyed "main" instead.
    name = "main" if int(task.name) == os.getpid() else (task / "comm").read_text().strip()
    nice.setdefault(name, set()).add(os.getpriority(os.PRIO_PROCESS, int(task.name)))
store.close()
print(orjson.dumps({name: sorted(values) for name, values in nice.items()}).decode())
"""


def thread_nice(data_dir: Path, merge_nice: int) -> dict[str, list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir), str(merge_nice)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, list[int]] = orjson.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_merge_threads_get_the_configured_nice_and_the_rest_keep_theirs(tmp_path: Path) -> None:
    nice = thread_nice(tmp_path / "a", 12)
    assert nice["MergeMutate"] == [12]
    assert nice["main"] == [0]


def test_zero_leaves_the_merge_threads_alone(tmp_path: Path) -> None:
    assert thread_nice(tmp_path / "b", 0)["MergeMutate"] == [0]
