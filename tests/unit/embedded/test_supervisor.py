"""The supervisor of ``errorflow up``, fake clock and fake children: restarts after the backoff, gives up loudly."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import orjson
import pytest

from errorflow.embedded.stack import EmbeddedStack, StackInfo
from errorflow.schemas.alerts import Alert
from errorflow.schemas.healing import HealingAction
from errorflow.sdk import MemoryEmitter
from errorflow.settings import Settings


class FakeChild:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        return self.returncode


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def stack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[EmbeddedStack, Clock, MemoryEmitter]:
    clock, emitter = Clock(), MemoryEmitter()
    settings = Settings(
        data_dir=tmp_path,
        app_id="sup",
        health={"restart_initial_backoff_s": 1.0, "restart_max_backoff_s": 4.0, "restart_max_restarts": 2},
    )
    stack = EmbeddedStack(settings, clock=clock, emitter=emitter)
    pids = iter(range(200, 300))

    def spawn(name: str, args: list[str], env: dict[str, str]) -> None:
        stack.processes[name] = FakeChild(next(pids))  # type: ignore[assignment]

    monkeypatch.setattr(stack, "_spawn", spawn)
    stack._args["runner-0"] = ["worker", "--ops", "x"]
    stack.processes["runner-0"] = FakeChild(100)  # type: ignore[assignment]
    stack.info = StackInfo(
        kafka_bootstrap="127.0.0.1:1",
        query_url="http://127.0.0.1:1/sql",
        data_dir=str(tmp_path),
        clickhouse="chDB",
        supervisor_pid=1,
        children={"runner-0": 100},
    )
    return stack, clock, emitter


def _records(emitter: MemoryEmitter) -> list[tuple[str, Any]]:
    decoded: list[tuple[str, Any]] = []
    for record in emitter.records:
        model = HealingAction if record.topic.endswith("healing.actions") else Alert
        decoded.append((record.topic, model.model_validate(orjson.loads(record.value))))
    return decoded


def test_a_crashed_child_is_restarted_after_its_backoff_and_recorded(
    stack: tuple[EmbeddedStack, Clock, MemoryEmitter],
) -> None:
    sup, clock, emitter = stack
    assert sup.supervise() == []  # nothing crashed
    sup.processes["runner-0"].returncode = -9  # type: ignore[misc]
    assert sup.supervise() == []  # crash noticed: the restart waits for its backoff
    clock.now += 0.9
    assert sup.supervise() == []
    clock.now += 0.2
    [action] = sup.supervise()
    assert (action.action, action.outcome, action.attempt, action.delay_s) == ("restart", "restarted", 1, 1.0)
    assert action.exit_code == -9 and action.pid == 200 and "SIGKILL" in action.reason
    assert sup.info is not None and sup.info.children["runner-0"] == 200
    assert orjson.loads((Path(sup.info.data_dir) / "stack.json").read_bytes())["children"]["runner-0"] == 200
    [(topic, recorded)] = _records(emitter)
    assert topic == "errorflow.healing.actions" and recorded == action


def test_a_crash_loop_is_given_up_with_a_critical_alert(stack: tuple[EmbeddedStack, Clock, MemoryEmitter]) -> None:
    sup, clock, emitter = stack
    delays = []
    for _ in range(2):
        sup.processes["runner-0"].returncode = 1  # type: ignore[misc]
        sup.supervise()
        clock.now += 10.0
        [restart] = sup.supervise()
        delays.append(restart.delay_s)
    assert delays == [1.0, 2.0]
    sup.processes["runner-0"].returncode = 1  # type: ignore[misc]
    [gave_up] = sup.supervise()
    assert (gave_up.issue, gave_up.action, gave_up.outcome) == ("crash_loop", "stop_restarting", "gave_up")
    assert gave_up.attempt == 3
    assert sup.given_up == {"runner-0"}
    clock.now += 100.0
    assert sup.supervise() == []  # never restarted again
    alerts = [record for topic, record in _records(emitter) if topic == "errorflow.alerts"]
    assert [(a.rule, a.severity, a.labels["child"]) for a in alerts] == [("crash_loop", "CRITICAL", "runner-0")]


def test_a_restart_that_cannot_spawn_is_recorded_and_counts_as_a_crash(
    stack: tuple[EmbeddedStack, Clock, MemoryEmitter], monkeypatch: pytest.MonkeyPatch
) -> None:
    sup, clock, _ = stack

    def cannot_spawn(name: str, args: list[str], env: dict[str, str]) -> None:
        raise OSError("no such file: python")

    monkeypatch.setattr(sup, "_spawn", cannot_spawn)
    sup.processes["runner-0"].returncode = 1  # type: ignore[misc]
    sup.supervise()
    clock.now += 10.0
    [failed] = sup.supervise()
    assert (failed.action, failed.outcome) == ("restart", "restart_failed")
    assert "no such file" in failed.reason
    sup.supervise()  # the child is still not running: the second crash in the window
    clock.now += 10.0
    [again] = sup.supervise()
    assert (again.outcome, again.attempt) == ("restart_failed", 2)


def test_inconsistent_restart_settings_are_refused_when_the_stack_is_built(tmp_path: Path) -> None:
    from errorflow.errors import ConfigurationError

    settings = Settings(data_dir=tmp_path, health={"restart_initial_backoff_s": 10.0, "restart_max_backoff_s": 1.0})
    with pytest.raises(ConfigurationError, match="max_backoff_s"):
        EmbeddedStack(settings)


def test_a_reader_never_sees_a_half_written_state_file(stack: tuple[EmbeddedStack, Clock, MemoryEmitter]) -> None:
    # Every restart rewrites stack.json while errorflow sql, the SDK or an operator's script may
    # read it; written in place, a reader caught it empty (a test's state() failed in a CI run).
    supervisor, _, _ = stack
    assert supervisor.info is not None
    state = Path(supervisor.info.data_dir) / "stack.json"
    supervisor._write_state()
    stop = threading.Event()
    torn: list[bytes] = []

    def read() -> None:
        while not stop.is_set():
            raw = state.read_bytes()
            try:
                orjson.loads(raw)
            except orjson.JSONDecodeError:
                torn.append(raw)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for pid in range(500):
            supervisor.info.children["runner-0"] = pid
            supervisor._write_state()
    finally:
        stop.set()
        reader.join()
    assert torn == []
    assert orjson.loads(state.read_bytes())["children"] == {"runner-0": 499}
    assert [path.name for path in state.parent.iterdir() if path.name.endswith(".tmp")] == []
