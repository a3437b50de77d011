"""A quick call sends one record; a call that lasts gets pending and running, in order, before its end.

The compact shape is the contract's: it validates against the pydantic model
and passes the sink's fast wire check, so it is stored as its own JSON text.
"""

from __future__ import annotations

import inspect
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.events import utc_now
from errorflow.schemas.wire import check_event
from errorflow.sdk import REDACTED, MemoryEmitter, configure, operation, shutdown
from errorflow.sdk.capture import dump_input, input_binder
from errorflow.sdk.lifecycle import LifecycleWatch
from errorflow.settings import Settings


def _configured(after_s: float) -> MemoryEmitter:
    memory = MemoryEmitter()
    configure(Settings(sdk={"lifecycle_after_s": after_s, "watch_breakers": False}), emitter=memory, service="lc")
    return memory


@pytest.fixture
def quick() -> Iterator[MemoryEmitter]:
    yield _configured(3600.0)
    shutdown()


def _events(emitter: MemoryEmitter) -> list[TaskRunEvent]:
    return [decode(record.value, TaskRunEvent) for record in emitter.records]


def test_a_quick_call_sends_one_record_that_the_contract_and_the_wire_check_accept(quick: MemoryEmitter) -> None:
    @operation(name="lc_quick", register=False)
    def work(n: int, label: str = "x") -> int:
        return n * 2

    assert work(21, label="y") == 42
    (record,) = quick.records
    assert check_event(record.value) is not None, "the sink's fast path takes it"
    (event,) = _events(quick)
    assert event.status is TaskRunStatus.SUCCESS
    assert event.input_dump == {"n": 21, "label": "y"}
    assert event.queued_at is not None and event.started_at is not None
    assert event.queued_at <= event.started_at <= event.occurred_at
    assert event.execution_time_s is not None


def test_a_quick_failure_is_one_failed_record_with_its_times(quick: MemoryEmitter) -> None:
    @operation(name="lc_fail", register=False)
    def work(password: str) -> None:
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        work("hunter2")
    (event,) = _events(quick)
    assert event.status is TaskRunStatus.FAILED and event.error_type == "builtins.ValueError"
    assert event.input_dump == {"password": REDACTED}, "plain arguments are redacted on the fast path too"
    assert event.queued_at is not None and event.started_at is not None
    assert check_event(quick.records[0].value) is not None


def test_a_call_that_outlives_the_threshold_gets_pending_and_running_first() -> None:
    emitter = _configured(0.05)
    try:

        @operation(name="lc_long", register=False)
        def work() -> str:
            deadline = time.monotonic() + 60
            while len(emitter.records) < 2 and time.monotonic() < deadline:  # until the watch reported it
                time.sleep(0.01)
            return "done"

        assert work() == "done"
    finally:
        shutdown()
    events = _events(emitter)
    assert [e.status for e in events] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.SUCCESS]
    assert len({e.run_id for e in events}) == 1
    pending, running, success = events
    assert pending.occurred_at == running.occurred_at <= success.occurred_at, "reported at the times they happened"
    assert success.queued_at is None and success.started_at is None, "nothing for the sink to add"


def test_threshold_zero_sends_all_three_events_for_every_call() -> None:
    emitter = _configured(0.0)
    try:
        operation(name="lc_all", register=False)(lambda: 1)()
    finally:
        shutdown()
    events = _events(emitter)
    assert [e.status for e in events] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.SUCCESS]
    assert events[-1].queued_at is None


class _Run:
    def __init__(self, log: list[str], *, hold: threading.Event | None = None) -> None:
        self.log = log
        self.hold = hold
        self.reporting = threading.Event()

    def report_started(self) -> None:
        self.reporting.set()
        if self.hold is not None:
            assert self.hold.wait(60)
        self.log.append("pending+running")


def test_the_watch_reports_a_run_once_and_a_finished_run_never() -> None:
    watch = LifecycleWatch(1.0)
    log: list[str] = []
    short, long = _Run(log), _Run(log)
    watch._runs[short] = watch._runs[long] = 0.0  # both due
    assert watch.release(short) is True, "finished before the watch looked: short"
    assert watch.report_due(now=1.0) == 1
    assert log == ["pending+running"]
    assert watch.report_due(now=2.0) == 0
    assert watch.release(long) is False, "reported: its terminal event carries no start times"


def test_a_run_finishing_while_the_watch_reports_it_waits_for_its_start_events() -> None:
    watch = LifecycleWatch(1.0)
    log: list[str] = []
    go = threading.Event()
    run = _Run(log, hold=go)
    watch._runs[run] = 0.0
    reporter = threading.Thread(target=watch.report_due, args=(1.0,), daemon=True)
    reporter.start()
    assert run.reporting.wait(60)

    def finish() -> None:
        short = watch.release(run)
        log.append(f"terminal short={short}")

    finisher = threading.Thread(target=finish, daemon=True)
    finisher.start()
    finisher.join(timeout=0.2)
    assert finisher.is_alive(), "the finish waits while the run's start is being reported"
    go.set()
    reporter.join(60)
    finisher.join(60)
    assert log == ["pending+running", "terminal short=False"]


def _f1(a: int, b: str = "d", *, c: float = 1.0) -> None: ...
def _f2(x: Any) -> None: ...
def _f3() -> None: ...
def _f4(a: int, /, b: int) -> None: ...
def _f5(*args: Any, **kwargs: Any) -> None: ...


@pytest.mark.parametrize(
    ("function", "args", "kwargs"),
    [
        (_f1, (1,), {}),
        (_f1, (1, "s"), {"c": 2.5}),
        (_f1, (), {"b": "s", "a": 3}),
        (_f1, (None, True), {}),
        (_f1, (1,), {"a": 2}),  # a clash: bind_partial refuses it
        (_f1, (1, "s", 3, 4), {}),  # too many
        (_f1, ([1, 2],), {}),  # not plain
        (_f2, ({"k": "v"},), {}),  # a lone dict is unwrapped by dump_input
        (_f3, (), {}),
        (_f4, (1, 2), {}),
        (_f5, (1,), {"z": 2}),
    ],
)
def test_the_plain_argument_binder_dumps_exactly_what_dump_input_does(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    signature = inspect.signature(function)
    binder = input_binder(signature)
    fast = binder(args, kwargs) if binder is not None else None
    if fast is None:
        return  # the decorator takes dump_input
    assert fast == dump_input(signature, args, kwargs)
    assert list(fast) == list(dump_input(signature, args, kwargs))


def test_the_binder_handles_the_plain_calls_it_is_for() -> None:
    binder = input_binder(inspect.signature(_f1))
    assert binder is not None
    assert binder((1, "s"), {"c": 2.5}) == {"a": 1, "b": "s", "c": 2.5}
    assert binder((1,), {"a": 2}) is None
    assert binder(([1],), {}) is None
    assert input_binder(inspect.signature(_f4)) is None and input_binder(inspect.signature(_f5)) is None


def test_utc_now_has_millisecond_precision() -> None:
    for _ in range(2_000):
        assert utc_now().microsecond % 1000 == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
@pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")  # Python 3.12 warns on fork with threads
def test_a_forked_child_reports_long_runs_with_its_own_thread() -> None:
    watch = LifecycleWatch(0.01)
    log: list[str] = []
    watch.watch(_Run(log))  # the parent's thread starts
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        child_log: list[str] = []
        watch.watch(_Run(child_log))
        deadline = time.monotonic() + 30
        while not child_log and time.monotonic() < deadline:
            time.sleep(0.01)
        os.write(write, b"1" if child_log == ["pending+running"] else b"0")
        os._exit(0)
    os.close(write)
    assert os.read(read, 1) == b"1"
    os.waitpid(pid, 0)
    watch.close()
