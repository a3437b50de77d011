"""The supervisor of ``errorflow up``, fake clock and fake children: restarts after the backoff, gives up loudly."""

from __future__ import annotations

import threading
from concurrent.futures import Executor, Future
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
        self.signals: list[int] = []

    def poll(self) -> int | None:
        return self.returncode

    def send_signal(self, signum: int) -> None:
        self.signals.append(signum)

    def kill(self) -> None:
        self.signals.append(9)


class Probes:
    """The children's /healthz answers the test sets; asked synchronously, collected on the next supervise."""

    def __init__(self) -> None:
        self.answer: tuple[bool, str] = (True, "ok")
        self.asked: list[str] = []

    def __call__(self, url: str, timeout_s: float) -> tuple[bool, str]:
        self.asked.append(url)
        return self.answer


class InlineExecutor(Executor):
    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def probes() -> Probes:
    return Probes()


@pytest.fixture
def stack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, probes: Probes
) -> tuple[EmbeddedStack, Clock, MemoryEmitter]:
    clock, emitter = Clock(), MemoryEmitter()
    settings = Settings(
        data_dir=tmp_path,
        app_id="sup",
        health={
            "restart_initial_backoff_s": 1.0,
            "restart_max_backoff_s": 4.0,
            "restart_max_restarts": 2,
            "stuck_probe_interval_s": 5.0,
            "stuck_failures": 2,
            "stuck_startup_s": 30.0,
            "stuck_kill_grace_s": 10.0,
        },
    )
    stack = EmbeddedStack(settings, clock=clock, emitter=emitter, probe=probes, probe_executor=InlineExecutor())
    stack._health_ports["runner-0"] = 4321
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


def _go_stuck(sup: EmbeddedStack, clock: Clock, probes: Probes) -> FakeChild:
    """Pass once, then fail twice (the threshold): the supervisor sends SIGTERM. Returns the child."""
    child: FakeChild = sup.processes["runner-0"]  # type: ignore[assignment]
    assert sup.supervise() == []  # asks
    assert sup.supervise() == []  # collects the pass
    probes.answer = (False, "503 progress: errorflow-runner made no progress for 400s (limit 300s)")
    for _ in range(2):
        clock.now += 5.0
        sup.supervise()  # asks
        clock.now += 0.5
        assert sup.supervise() == []  # collects the failure
    return child


def test_a_stuck_child_is_killed_and_restarted_as_worker_stuck(
    stack: tuple[EmbeddedStack, Clock, MemoryEmitter], probes: Probes
) -> None:
    sup, clock, emitter = stack
    child = _go_stuck(sup, clock, probes)
    assert child.signals == [15] and probes.asked[0] == "http://127.0.0.1:4321"
    clock.now += 9.0
    assert sup.supervise() == [] and child.signals == [15]  # within the grace: no SIGKILL yet
    clock.now += 1.0
    assert sup.supervise() == [] and child.signals == [15, 9]  # its stop hangs on the stuck work
    asked = len(probes.asked)
    child.returncode = -9
    assert sup.supervise() == []  # exited: the restart waits for its backoff, like a crash
    assert len(probes.asked) == asked  # a child being stopped is not probed
    clock.now += 1.0
    [action] = sup.supervise()
    assert (action.issue, action.action, action.outcome, action.attempt) == ("worker_stuck", "restart", "restarted", 1)
    assert action.exit_code == -9 and action.pid == 200
    assert action.reason.startswith("/healthz failed 2 times in a row over 6s (last: 503 progress: errorflow-runner")
    assert action.reason.endswith("killed by SIGKILL; crash 1 within 300s, restarting in 1s")
    [(_, recorded)] = _records(emitter)
    assert recorded == action
    # The new process has a watch of its own: its start-up time, its failures counted afresh.
    probes.answer = (False, "no answer within 5s: refused")
    for _ in range(4):
        sup.supervise()
        clock.now += 5.0
    assert sup.processes["runner-0"].signals == []  # type: ignore[attr-defined]


def test_a_stuck_child_that_exits_on_sigterm_is_not_killed(
    stack: tuple[EmbeddedStack, Clock, MemoryEmitter], probes: Probes
) -> None:
    sup, clock, _ = stack
    child = _go_stuck(sup, clock, probes)
    child.returncode = 0
    sup.supervise()
    clock.now += 20.0
    [action] = sup.supervise()
    assert child.signals == [15] and action.issue == "worker_stuck" and "exited with code 0" in action.reason


def test_stuck_restarts_count_towards_the_crash_loop(
    stack: tuple[EmbeddedStack, Clock, MemoryEmitter], probes: Probes
) -> None:
    sup, clock, emitter = stack
    for _ in range(2):
        probes.answer = (True, "ok")
        child = _go_stuck(sup, clock, probes)
        child.returncode = 0
        sup.supervise()
        clock.now += 10.0
        [restart] = sup.supervise()
        assert restart.issue == "worker_stuck"
    probes.answer = (True, "ok")
    child = _go_stuck(sup, clock, probes)
    child.returncode = 0
    [gave_up] = sup.supervise()
    assert (gave_up.issue, gave_up.action, gave_up.attempt) == ("crash_loop", "stop_restarting", 3)
    assert gave_up.reason.startswith("/healthz failed 2 times in a row")
    [alert] = [record for topic, record in _records(emitter) if topic == "errorflow.alerts"]
    assert alert.rule == "crash_loop" and "/healthz failed" in alert.message


def test_a_passing_child_is_probed_once_per_interval_and_never_signalled(
    stack: tuple[EmbeddedStack, Clock, MemoryEmitter], probes: Probes
) -> None:
    sup, clock, _ = stack
    for _ in range(100):
        assert sup.supervise() == []
        clock.now += 0.5
    assert len(probes.asked) == 10  # 50 s at one probe per 5 s
    assert sup.processes["runner-0"].signals == []  # type: ignore[attr-defined]


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
