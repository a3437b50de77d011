"""The quick path of a direct call sends the record the recorder would, built once per function.

Each test decodes what reached the emitter: the template-built ``success``
event must equal, field for field, the one :class:`RunRecorder` builds for the
same run; plain arguments must be redacted exactly as the general capture
redacts them; a run that lasts or beats keeps its events in order.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import orjson
import pytest

from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.wire import check_event
from errorflow.sdk import REDACTED, MemoryEmitter, configure, heartbeat, operation, shutdown
from errorflow.sdk.capture import dump_input
from errorflow.sdk.quick import iso_ms
from errorflow.sdk.recorder import RunRecorder
from errorflow.sdk.runtime import runtime
from errorflow.settings import Settings

VOLATILE = ("event_id", "occurred_at", "run_id", "root_run_id", "idempotency_key", "queued_at", "started_at")


def _configured(after_s: float = 3600.0, **sdk: Any) -> MemoryEmitter:
    memory = MemoryEmitter()
    configure(
        Settings(sdk={"lifecycle_after_s": after_s, "watch_breakers": False, **sdk}), emitter=memory, service="qk"
    )
    return memory


@pytest.fixture
def quick() -> Iterator[MemoryEmitter]:
    yield _configured()
    shutdown()


def _decoded(emitter: MemoryEmitter) -> list[dict[str, Any]]:
    return [orjson.loads(record.value) for record in emitter.records]


def test_the_quick_success_record_is_the_recorders_field_for_field(quick: MemoryEmitter) -> None:
    @operation(name="qk_add", category="math", dependency="calc", criticality="high", labels={"team": "a"})
    def add(a: int, b: float, note: str | None = None) -> float:
        return a + b

    assert add(2, 0.5, None) == 2.5
    (record,) = quick.records
    fast = orjson.loads(record.value)

    reference = MemoryEmitter()
    recorder = RunRecorder(
        add.__errorflow_operation__,  # type: ignore[attr-defined]
        emitter=reference,
        topic=record.topic,
        service="qk",
        input_dump={"a": 2, "b": 0.5, "note": None},
        context=None,
    )
    recorder.carry_start_times()
    recorder.success(2.5, fast["execution_time_s"])
    slow = orjson.loads(reference.records[0].value)

    assert {k: v for k, v in fast.items() if k not in VOLATILE} == {k: v for k, v in slow.items() if k not in VOLATILE}
    assert set(fast) == set(slow)
    assert fast["root_run_id"] == fast["run_id"] and fast["idempotency_key"] == f"{fast['run_id']}:1"
    assert record.key == fast["run_id"].encode(), "keyed by the run: every event of it on one partition"
    event = decode(record.value, TaskRunEvent)
    assert event.status is TaskRunStatus.SUCCESS and event.operation == "qk_add" and event.labels == {"team": "a"}
    assert event.queued_at is not None and event.queued_at == event.started_at <= event.occurred_at
    assert check_event(record.value) is not None, "the sink's fast path takes it"
    assert fast["event_id"] != fast["run_id"]


def _login(user: str, password: str | None = None, token: int = 0, dsn: str = "", retries: int = 3) -> None: ...


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("ann", "hunter2", 7, "postgres://app:s3cr3t@db:5432/x", 2), {}),
        (("ann", None, 0, "Bearer abcdef0123456789"), {}),
        (("ann",), {"dsn": "redis://:pw123@cache:6379", "password": "x"}),
        (("ann", "p", 1, "plain text", True), {}),
        ((["not", "plain"],), {}),
        (("AKIAABCDEFGHIJKLMNOP",), {}),
    ],
)
def test_plain_arguments_are_redacted_as_the_general_capture_redacts_them(
    quick: MemoryEmitter, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    login = operation(name="qk_login", register=False)(_login)
    login(*args, **kwargs)
    (fast,) = _decoded(quick)
    redactor = runtime().redactor
    expected = redactor.redact(dump_input(inspect.signature(_login), args, kwargs))
    assert fast["input_dump"] == orjson.loads(orjson.dumps(expected))
    assert list(fast["input_dump"]) == list(expected)


def test_secrets_in_plain_arguments_never_reach_the_record(quick: MemoryEmitter) -> None:
    login = operation(name="qk_secret", register=False)(_login)
    login("ann", "hunter2", 42, "postgres://app:s3cr3t@db:5432/x")
    (record,) = quick.records
    assert b"hunter2" not in record.value and b"s3cr3t" not in record.value
    dump = orjson.loads(record.value)["input_dump"]
    assert dump == {"user": "ann", "password": REDACTED, "token": REDACTED, "dsn": REDACTED}


def test_a_new_runtime_gets_a_new_plan(quick: MemoryEmitter) -> None:
    @operation(name="qk_plan", register=False)
    def plan(region: str) -> None: ...

    plan("eu")
    assert _decoded(quick)[0]["input_dump"] == {"region": "eu"}
    other = MemoryEmitter()
    configure(
        Settings(sdk={"lifecycle_after_s": 3600.0, "watch_breakers": False, "redact_keys": ["region"]}),
        emitter=other,
        service="qk2",
    )
    plan("us")
    (event,) = _decoded(other)
    assert event["input_dump"] == {"region": REDACTED} and event["service"] == "qk2"
    assert len(quick.records) == 1


def test_a_result_that_may_carry_refs_goes_through_the_recorder(quick: MemoryEmitter) -> None:
    @operation(name="qk_refs", register=False)
    def fetch(n: int) -> dict[str, Any]:
        return {"result_refs": [{"url": "https://u:pw@example.com/x"}], "total_count": n}

    fetch(3)
    (event,) = _decoded(quick)
    assert event["total_count"] == 3 and "pw@" not in event["result_refs"][0]["url"]
    assert event["queued_at"] is not None, "still one record carrying the start times"


def test_a_run_that_beats_sends_its_start_then_the_beat_then_its_end_in_order() -> None:
    emitter = _configured(3600.0, heartbeat_timeout_s=0.05)
    try:

        @operation(name="qk_beat", register=False)
        def work() -> int:
            time.sleep(0.05)  # past the throttle interval (0.4 x the timeout)
            heartbeat({"done": 1})
            return 1

        assert work() == 1
    finally:
        shutdown()
    events = [decode(record.value, TaskRunEvent) for record in emitter.records]
    statuses = [e.status for e in events]
    assert statuses[:2] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING]
    assert statuses[-1] is TaskRunStatus.SUCCESS and TaskRunStatus.HEARTBEAT in statuses
    assert set(statuses[2:-1]) == {TaskRunStatus.HEARTBEAT}
    assert len({e.run_id for e in events}) == 1 and len({e.event_id for e in events}) == len(events)
    assert events[-1].queued_at is None, "its start went out as events: nothing for the sink to add"
    assert events[0].occurred_at == events[1].occurred_at <= events[-1].occurred_at


@pytest.mark.parametrize(
    "ms", [0, 1, 999, 1000, 1_764_000_000_000, 1_764_000_000_007, 1_764_000_000_999, 4_102_444_800_123]
)
def test_iso_ms_writes_times_as_orjson_writes_the_datetime(ms: int) -> None:
    at = datetime.fromtimestamp(ms / 1000, timezone.utc)
    assert orjson.dumps(iso_ms(ms)) == orjson.dumps(at, option=orjson.OPT_UTC_Z)
    assert iso_ms(ms) == iso_ms(ms), "the second's cache gives the same text"


def test_a_quick_async_call_sends_the_same_one_record(quick: MemoryEmitter) -> None:
    @operation(name="qk_async", register=False)
    async def fetch(page: int, token: str) -> str:
        await asyncio.sleep(0)
        return "ok"

    assert asyncio.run(fetch(3, "abc")) == "ok"
    (record,) = quick.records
    event = decode(record.value, TaskRunEvent)
    assert event.status is TaskRunStatus.SUCCESS and event.input_dump == {"page": 3, "token": REDACTED}
    assert event.queued_at is not None and event.started_at is not None and event.operation == "qk_async"
    assert check_event(record.value) is not None


def test_a_runtime_that_cannot_be_built_leaves_the_call_untracked_not_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    operation_module = importlib.import_module("errorflow.sdk.operation")

    def broken() -> None:
        raise RuntimeError("no settings")

    monkeypatch.setattr(operation_module, "runtime", broken)

    @operation(name="qk_untracked", register=False)
    def work(n: int) -> int:
        return n + 1

    assert work(1) == 2


SECRET_LABELS = {"team": "crm", "auth": "Zq9-label", "build": "deploy with token=Zq9-lbl", "dsn": "redis://:Zq9@c/0"}


def test_labels_are_scrubbed_by_key_and_by_value_on_every_path(quick: MemoryEmitter) -> None:
    """An operation's free labels go out on every event: scrubbed like error context, on the quick path and the full."""

    @operation(name="qk_labels", labels=SECRET_LABELS, register=False)
    def ok() -> int:
        return 1

    @operation(name="qk_labels_fail", labels=SECRET_LABELS, register=False)
    def fail() -> None:
        raise ValueError("no")

    ok()
    with pytest.raises(ValueError):
        fail()
    events = _decoded(quick)
    assert {event["status"] for event in events} == {"success", "failed"}
    for event in events:
        assert "Zq9" not in orjson.dumps(event["labels"]).decode(), event["status"]
        assert event["labels"]["team"] == "crm"
        assert event["labels"]["auth"] == REDACTED
        assert event["labels"]["build"] == f"deploy with token={REDACTED}"
