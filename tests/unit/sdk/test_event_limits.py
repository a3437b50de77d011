"""Events stay under the size limit: huge messages, tracebacks, causes and inputs are cut."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pytest

from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.sdk import MemoryEmitter, configure, operation, shutdown
from errorflow.settings import Settings
from tests.lifecycle import expand

LIMIT = 64 * 1024


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    settings = Settings(kafka={"max_message_bytes": 2 * LIMIT}, sdk={"max_message_chars": 1000})
    configure(settings, emitter=memory, service="limits-svc")
    yield memory
    shutdown()


def test_a_huge_message_is_cut_and_the_event_fits(emitter: MemoryEmitter) -> None:
    @operation(name="huge_message", register=False)
    def work() -> None:
        try:
            raise KeyError("c" * 3_000_000)
        except KeyError as cause:
            raise ValueError("m" * 10_000_000) from cause

    with pytest.raises(ValueError, match=r"^m+$"):
        work()
    sizes = [len(record.value) for record in emitter.records]
    assert max(sizes) <= LIMIT
    failed = decode(emitter.records[-1].value, TaskRunEvent)
    assert failed.status is TaskRunStatus.FAILED
    assert failed.error_message is not None and failed.error_message.startswith("mmm")
    assert failed.error_message.endswith("characters truncated]") and len(failed.error_message) == 1000
    assert failed.error_context is not None and len(failed.error_context.causes[0].message) <= 1000


def test_a_huge_input_is_dropped_from_the_events_not_the_events(emitter: MemoryEmitter) -> None:
    @operation(name="huge_input", register=False)
    def work(blob: str) -> None:
        raise RuntimeError("bad blob")

    with pytest.raises(RuntimeError):
        work("z" * 500_000)
    events = expand([decode(record.value, TaskRunEvent) for record in emitter.records])
    # the cut event keeps its lifecycle times: the sink still stores pending, running and failed
    assert [e.status for e in events] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.FAILED]
    assert all(len(record.value) <= LIMIT for record in emitter.records)
    assert "_errorflow_dropped" in events[-1].input_dump
    assert events[-1].error_message == "bad blob"


def test_events_within_the_limit_are_untouched(emitter: MemoryEmitter) -> None:
    @operation(name="small", register=False)
    def work(n: int) -> int:
        return n

    work(3)
    assert orjson.loads(emitter.records[-1].value)["input_dump"] == {"n": 3}
