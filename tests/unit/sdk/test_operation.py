"""The @operation decorator's semantics, against an in-memory emitter (no I/O)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from errorflow.errors import BulkOperationError
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.labels import declared_retry_policy
from errorflow.sdk import REDACTED, REGISTRY, MemoryEmitter, configure, operation, shutdown
from errorflow.sdk.context import RunContext, _reset, _set
from errorflow.settings import Settings
from tests.lifecycle import expand


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    memory = MemoryEmitter()
    configure(Settings(), emitter=memory, service="unit-svc")
    yield memory
    shutdown()


def events(emitter: MemoryEmitter) -> list[TaskRunEvent]:
    return expand([decode(record.value, TaskRunEvent) for record in emitter.records])


class Credentials(BaseModel):
    url: str
    password: str
    headers: dict[str, str] = {}


def test_async_failure_emits_pending_running_failed_and_reraises(emitter: MemoryEmitter) -> None:
    @operation(name="unit_fetch", inputs=Credentials, dependency="remote-api", register=False)
    async def fetch(data: Credentials) -> None:
        raise ConnectionResetError(104, "Connection reset by peer")

    with pytest.raises(ConnectionResetError):
        asyncio.run(fetch(Credentials(url="https://x", password="hunter2", headers={"Authorization": "Bearer a"})))

    pending, running, failed = events(emitter)
    assert [e.status for e in (pending, running, failed)] == [
        TaskRunStatus.PENDING,
        TaskRunStatus.RUNNING,
        TaskRunStatus.FAILED,
    ]
    assert len({e.run_id for e in (pending, running, failed)}) == 1
    assert failed.error_type == "builtins.ConnectionResetError"
    assert failed.error_message == "[Errno 104] Connection reset by peer"
    assert "Traceback (most recent call last)" in (failed.error_traceback or "")
    assert "raise ConnectionResetError" in (failed.error_traceback or "")
    assert failed.error_context is not None
    assert failed.error_context.errno == 104
    assert "builtins.OSError" in failed.error_context.bases
    assert failed.input_dump == {"url": "https://x", "password": REDACTED, "headers": {"Authorization": REDACTED}}
    assert failed.execution_time_s is not None and failed.execution_time_s >= 0
    assert failed.dependency == "remote-api" and failed.service == "unit-svc"
    assert all(record.key == failed.root_run_id.encode() for record in emitter.records)


def test_sync_success_records_execution_time_and_result_refs(emitter: MemoryEmitter) -> None:
    class Out(BaseModel):
        result_refs: list[dict[str, str]]

    @operation(name="unit_create", register=False)
    def create(name: str, api_token: str) -> Out:
        return Out(result_refs=[{"collection": "jobs", "document_id": name}])

    assert create("j1", api_token="t").result_refs[0]["document_id"] == "j1"
    success = events(emitter)[-1]
    assert success.status is TaskRunStatus.SUCCESS
    assert success.result_refs == [{"collection": "jobs", "document_id": "j1"}]
    assert success.input_dump == {"name": "j1", "api_token": REDACTED}
    assert success.error_message is None


def test_bulk_partial_failure_as_exception_records_item_errors(emitter: MemoryEmitter) -> None:
    @operation(name="unit_bulk", register=False)
    def bulk(ids: list[str]) -> None:
        raise BulkOperationError(
            "Failed 2 of 5 items",
            error_list=[{"index": 1, "error": "Job not found", "item": {"id": "b"}}, {"index": 3, "error": "denied"}],
            success_count=3,
        )

    with pytest.raises(BulkOperationError):
        bulk(["a", "b", "c", "d", "e"])
    failed = events(emitter)[-1]
    assert [(item.index, item.error) for item in failed.error_list] == [(1, "Job not found"), (3, "denied")]
    assert (failed.success_count, failed.failed_count, failed.total_count) == (3, 2, 5)


def test_bulk_partial_failure_as_result_is_success_with_error_list(emitter: MemoryEmitter) -> None:
    @operation(name="unit_bulk_ok", register=False)
    def bulk() -> dict[str, object]:
        return {"success_count": 2, "failed_count": 1, "total_count": 3, "errors": [{"index": 2, "error": "bad"}]}

    bulk()
    success = events(emitter)[-1]
    assert success.status is TaskRunStatus.SUCCESS
    assert success.error_list[0].error == "bad"
    assert success.failed_count == 1


def test_runner_context_sets_lineage(emitter: MemoryEmitter) -> None:
    @operation(name="unit_ctx", register=False)
    def work() -> int:
        return 1

    token = _set(RunContext(run_id="r2", root_run_id="root", attempt=2, replayed_from="r0"))
    try:
        work()
    finally:
        _reset(token)
    last = events(emitter)[-1]
    assert (last.run_id, last.root_run_id, last.attempt, last.replayed_from) == ("r2", "root", 2, "r0")
    assert last.idempotency_key == "root:2"


def test_tracking_failure_never_breaks_the_call() -> None:
    class Broken(MemoryEmitter):
        def emit(self, topic: str, key: bytes | None, value: bytes) -> None:
            raise RuntimeError("emitter down")

    configure(Settings(), emitter=Broken())
    try:

        @operation(name="unit_safe", register=False)
        def safe() -> int:
            return 42

        assert safe() == 42
    finally:
        shutdown()


def test_registry_records_models_and_refuses_duplicate_names() -> None:
    from errorflow.errors import DuplicateOperationError

    @operation(name="unit_registered", inputs=Credentials, description="d")
    def first(data: Credentials) -> None:
        return None

    spec = REGISTRY.get("unit_registered")
    assert spec.inputs is Credentials and spec.decorated is first
    with pytest.raises(DuplicateOperationError):

        @operation(name="unit_registered")
        def second() -> None:
            return None

    REGISTRY.unregister("unit_registered")


def test_the_decorators_retry_policy_rides_on_every_event_as_a_label(emitter: MemoryEmitter) -> None:
    policy = {"transient": {"max_attempts": 2, "jitter": "none"}}

    @operation(name="unit_policy", retry_policy=policy, labels={"team": "crm"}, register=False)
    def with_policy() -> None:
        raise TimeoutError("read timed out")

    @operation(name="unit_no_policy", labels={"team": "crm"}, register=False)
    def without_policy() -> None:
        raise TimeoutError("read timed out")

    for call in (with_policy, without_policy):
        with pytest.raises(TimeoutError):
            call()
    by_operation = {event.operation: event for event in events(emitter) if event.status is TaskRunStatus.FAILED}
    labelled = by_operation["unit_policy"].labels
    assert labelled["team"] == "crm" and declared_retry_policy(labelled) == policy
    assert by_operation["unit_no_policy"].labels == {"team": "crm"}
