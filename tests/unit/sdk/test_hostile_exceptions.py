"""Hostile exceptions never cost a run its terminal event, and reach the caller unchanged."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel, model_validator

from errorflow.errors import BulkOperationError
from errorflow.runner.core import execute_attempt
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.commands import RunCommand
from errorflow.sdk import MemoryEmitter, configure, operation, shutdown
from errorflow.sdk import recorder as recorder_module
from errorflow.sdk.registry import OperationRegistry, OperationSpec
from errorflow.settings import Settings
from tests.hostile_exceptions import EXPECTED_MESSAGE, HOSTILE, StrRaises, Unreprable
from tests.lifecycle import expand


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    configure(Settings(), emitter=memory, service="hostile-svc")
    yield memory
    shutdown()


@pytest.fixture(params=["real_capture", "capture_raises"])
def capture(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Whichever capture module the recorder uses, and even when it raises, the event goes out."""
    if request.param == "capture_raises":

        def broken(exc: BaseException) -> dict[str, Any]:
            raise RuntimeError("capture blew up")

        monkeypatch.setattr(recorder_module, "_capture_context", broken)
    return str(request.param)


def _events(emitter: MemoryEmitter) -> list[TaskRunEvent]:
    return expand([decode(record.value, TaskRunEvent) for record in emitter.records])


def _check_failed(events: list[TaskRunEvent], kind: str, error: BaseException) -> TaskRunEvent:
    assert [e.status for e in events] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.FAILED]
    assert len({e.run_id for e in events}) == 1
    failed = events[-1]
    assert failed.error_type == f"{type(error).__module__}.{type(error).__qualname__}"
    assert failed.error_message
    if kind in EXPECTED_MESSAGE:
        assert failed.error_message == EXPECTED_MESSAGE[kind]
    assert failed.error_context is not None
    assert failed.error_traceback and "Traceback (most recent call last)" in failed.error_traceback
    return failed


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_sync_call_emits_failed_and_reraises_the_original(kind: str, capture: str, emitter: MemoryEmitter) -> None:
    error = HOSTILE[kind]()

    @operation(name=f"hostile_{kind}", register=False)
    def work(n: int) -> None:
        raise error

    with pytest.raises(BaseException) as raised:
        work(1)
    assert raised.value is error, "the caller gets the very exception the function raised"
    failed = _check_failed(_events(emitter), kind, error)
    if capture == "capture_raises":
        assert failed.error_context is not None and failed.error_context.bases
    if kind == "hostile_cause":
        causes = failed.error_context.causes if failed.error_context else []
        assert [c.type for c in causes] == ["tests.hostile_exceptions.StrRaises"]
        assert causes[0].message.startswith("<unprintable StrRaises: __str__ raised RuntimeError>")
    if kind == "bulk_with_hostile_items":
        assert [item.error for item in failed.error_list] == [
            "<unprintable StrRaises: __str__ raised RuntimeError> args=('i')",
            "\\udc80",
        ]
        assert failed.total_count == 2 and failed.failed_count == 2


@pytest.mark.parametrize("kind", ["str_raises", "lone_surrogates", "response_property_raises"])
def test_async_call_emits_failed_and_reraises_the_original(kind: str, capture: str, emitter: MemoryEmitter) -> None:
    error = HOSTILE[kind]()

    @operation(name=f"hostile_async_{kind}", register=False)
    async def work() -> None:
        raise error

    with pytest.raises(BaseException) as raised:
        asyncio.run(work())
    assert raised.value is error
    _check_failed(_events(emitter), kind, error)


def test_hostile_argument_repr_still_gives_events(emitter: MemoryEmitter) -> None:
    @operation(name="hostile_argument", register=False)
    def work(thing: Any) -> None:
        raise StrRaises("y")

    with pytest.raises(StrRaises):
        work(Unreprable())
    failed = _check_failed(_events(emitter), "hostile_argument", StrRaises("y"))
    assert failed.input_dump == {"_errorflow_unavailable": "input could not be captured: RuntimeError"}


def test_lone_surrogates_in_input_are_escaped_not_dropped(emitter: MemoryEmitter) -> None:
    @operation(name="surrogate_input", register=False)
    def work(name: str) -> str:
        return name

    assert work("a\udc80b") == "a\udc80b"
    events = _events(emitter)
    assert [e.status for e in events] == [TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.SUCCESS]
    assert events[0].input_dump == {"name": "a\\udc80b"}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_runner_records_hostile_failures(kind: str, capture: str, emitter: MemoryEmitter) -> None:
    error = HOSTILE[kind]()

    def work() -> None:
        raise error

    registry = OperationRegistry()
    registry.register(OperationSpec(name="hostile_runner", function=work, is_async=False))
    rt = configure(Settings(), emitter=emitter, service="hostile-svc")
    result = asyncio.run(execute_attempt(RunCommand(operation="hostile_runner"), registry=registry, rt=rt))
    assert result.status is TaskRunStatus.FAILED
    assert result.event is not None and result.event.status is TaskRunStatus.FAILED
    failed = _check_failed(_events(emitter), kind, error)
    assert failed.event_id == result.event.event_id


class Unprintable(Exception):
    """Not a ValueError, so pydantic passes it through unchanged."""

    def __str__(self) -> str:
        raise RuntimeError("no str")


def test_runner_reports_a_model_validator_raising_a_hostile_exception(emitter: MemoryEmitter) -> None:
    class Picky(BaseModel):
        name: str

        @model_validator(mode="after")
        def _refuse(self) -> Picky:
            raise Unprintable("nope")

    def work(data: Picky) -> None:  # pragma: no cover - the input never validates
        return None

    registry = OperationRegistry()
    registry.register(OperationSpec(name="picky", function=work, is_async=False, inputs=Picky))
    rt = configure(Settings(), emitter=emitter, service="hostile-svc")
    command = RunCommand(operation="picky", input={"name": "x"})
    result = asyncio.run(execute_attempt(command, registry=registry, rt=rt))
    assert result.status is TaskRunStatus.FAILED and result.event is not None
    assert result.event.error_type == "errorflow.errors.OperationInputError"
    assert "<unprintable Unprintable: __str__ raised RuntimeError>" in (result.event.error_message or "")


def test_secrets_are_scrubbed_from_every_field_of_a_failure(emitter: MemoryEmitter) -> None:
    url = "postgres://app:Pw-123456@db/app"

    def inner(dsn: str) -> None:
        raise ConnectionError(f"cannot reach {dsn}")

    @operation(name="leaky", register=False)
    def leaky(dsn: str, headers: dict[str, str]) -> None:
        try:
            inner(dsn)
        except ConnectionError as exc:
            raise BulkOperationError(
                "Authorization: Bearer tok-123456789", error_list=[{"index": 0, "error": f"retry {url}"}]
            ) from exc

    @operation(name="refs", register=False)
    def refs() -> dict[str, object]:
        return {"result_refs": [{"url": "https://s3/x?X-Amz-Credential=AKIAQYLPMN5HFIQZ7ABC/2024"}]}

    with pytest.raises(BulkOperationError):
        leaky(url, {"X-Api-Key": "k-1"})
    refs()
    text = b"".join(record.value for record in emitter.records)
    for secret in (b"Pw-123456", b"tok-123456789", b"k-1", b"AKIAQYLPMN5HFIQZ7ABC"):
        assert secret not in text
    assert text.count(b"***REDACTED***") >= 8


class _HostileText(str):
    """A str subclass whose own methods raise (``__str__`` may return one: ``str()`` accepts subclasses)."""

    def encode(self, *args: Any, **kwargs: Any) -> bytes:
        raise RuntimeError("encode")

    def lower(self) -> str:
        raise RuntimeError("lower")


class _TextSubclassError(Exception):
    def __str__(self) -> str:
        return _HostileText("token=Zq9-sub rejected")

    def __repr__(self) -> str:
        return _HostileText("_TextSubclassError()")


def test_a_str_subclass_from_dunder_str_is_read_as_plain_text() -> None:
    """The capture promises never to raise, and error_response() runs in a service's own error handler."""
    from errorflow.classify.capture import signal_from_exception
    from errorflow.safetext import exception_message, safe_repr, safe_str
    from errorflow.sdk.error_response import error_response

    error = _TextSubclassError()
    assert signal_from_exception(error).message == "token=Zq9-sub rejected"
    assert type(exception_message(error)) is str and type(safe_str(error)) is str
    assert safe_repr(error) == "_TextSubclassError()"
    assert "Zq9" not in str(error_response(error))


@pytest.mark.parametrize(
    ("kind", "error", "result"),
    [
        ("counts_out_of_range", None, {"success_count": 2**40, "failed_count": -1, "total_count": 2**70}),
        ("item_type_not_text", None, {"errors": [{"index": 0, "error": "e", "error_type": 3}]}),
        ("bulk_counts_out_of_range", BulkOperationError("b", error_list=[], success_count=2**70, total_count=-5), None),
        ("bulk_index_past_int64", BulkOperationError("b", error_list=[{"index": 2**70, "error": "e"}]), None),
        ("bulk_item_fields_not_text", BulkOperationError("b", error_list=[{"error": "e", "traceback": ["x"]}]), None),
    ],
)
def test_every_event_the_sdk_sends_is_one_the_pipeline_stores(
    kind: str, error: BaseException | None, result: Any, emitter: MemoryEmitter
) -> None:
    """A terminal event the contract refuses is quarantined: the run would never end in the store."""

    @operation(name=f"contract_{kind}", register=False)
    def work() -> Any:
        if error is not None:
            raise error
        return result

    if error is None:
        work()
    else:
        with pytest.raises(BulkOperationError):
            work()
    events = _events(emitter)  # decodes every record with the pipeline's contract
    assert events[-1].status is (TaskRunStatus.SUCCESS if error is None else TaskRunStatus.FAILED)
    for item in events[-1].error_list:
        assert item.error_type is None or isinstance(item.error_type, str)


class _ItemsRaise(dict):  # type: ignore[type-arg]
    def items(self) -> Any:
        raise RuntimeError("items")


class _GetRaises(dict):  # type: ignore[type-arg]
    def get(self, *args: Any) -> Any:
        raise RuntimeError("get")


class _BoolRaises(list):  # type: ignore[type-arg]
    def __bool__(self) -> bool:
        raise RuntimeError("bool")


@pytest.mark.parametrize(
    ("kind", "result"),
    [
        ("result_get_raises", _GetRaises(result_refs=[])),
        ("ref_items_raise", {"result_refs": [_ItemsRaise(url="u")]}),
        ("errors_bool_raises", {"errors": _BoolRaises([{"error": "e"}])}),
    ],
)
@pytest.mark.parametrize("slow", [False, True])
def test_a_hostile_result_still_ends_the_run(
    kind: str, result: Any, slow: bool, emitter: MemoryEmitter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without its success, a quick run vanished; a long one stayed running and the watchdog would time it out."""
    if slow:  # every run reports its start: as a call past sdk.lifecycle_after_s does
        configure(Settings(sdk={"lifecycle_after_s": 0}), emitter=emitter, service="hostile-svc")

    @operation(name=f"result_{kind}", register=False)
    def work() -> Any:
        return result

    assert work() is result
    events = _events(emitter)
    assert events[-1].status is TaskRunStatus.SUCCESS
    assert len({e.run_id for e in events}) == 1


class _Unreadable(dict):  # type: ignore[type-arg]
    """An item error whose mapping methods all raise."""

    def items(self) -> Any:
        raise RuntimeError("items")

    def get(self, *args: Any) -> Any:
        raise RuntimeError("get")


def test_one_unreadable_item_error_costs_only_its_own_entry(emitter: MemoryEmitter) -> None:
    """One item error that could not be read dropped every item error of the run, and its failed_count."""
    good = [{"index": n, "error": "Connection reset by peer"} for n in (0, 2, 5)]

    @operation(name="bulk_one_bad_item", register=False)
    def work(items: list[int]) -> None:
        raise BulkOperationError(
            "4 failed", error_list=[good[0], _Unreadable(index=1, error="e"), *good[1:]], success_count=6
        )

    with pytest.raises(BulkOperationError):
        work(list(range(10)))
    failed = _events(emitter)[-1]
    assert failed.failed_count == 4 and failed.total_count == 10
    assert [(item.index, item.error) for item in failed.error_list] == [
        (0, "Connection reset by peer"),
        (1, "<the item error could not be read: RuntimeError>"),
        (2, "Connection reset by peer"),
        (5, "Connection reset by peer"),
    ]
