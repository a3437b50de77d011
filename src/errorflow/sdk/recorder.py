"""Builds and emits the lifecycle events of one attempt of one run.

Shared by the ``@operation`` decorator (direct calls) and the function runner
(commands), so both report runs identically.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import orjson
from pydantic import BaseModel

from errorflow.errors import BulkOperationError, CircuitOpenError
from errorflow.schemas.events import SCHEMA_VERSION, ItemError, TaskRunStatus, utc_now
from errorflow.schemas.ids import new_id
from errorflow.sdk.capture import error_context, format_traceback, jsonable, qualified_name
from errorflow.sdk.context import RunContext
from errorflow.sdk.emitter import Emitter
from errorflow.sdk.registry import OperationSpec

__all__ = ["RunRecorder"]


class RunRecorder:
    """Emits pending, running and a final event for one attempt."""

    def __init__(
        self,
        spec: OperationSpec,
        *,
        emitter: Emitter,
        topic: str,
        service: str,
        input_dump: dict[str, Any],
        context: RunContext | None,
    ) -> None:
        self.spec = spec
        self._emitter = emitter
        self._topic = topic
        run_id = context.run_id if context else new_id()
        self._common: dict[str, Any] = {
            "run_id": run_id,
            "root_run_id": context.root_run_id if context else run_id,
            "attempt": context.attempt if context else 1,
            "replayed_from": context.replayed_from if context else None,
            "operation": spec.name,
            "operation_category": spec.category,
            "service": spec.service or service,
            "dependency": spec.dependency,
            "criticality": spec.criticality,
            "input_dump": input_dump,
            "channel": context.channel if context else "direct",
            "labels": spec.labels,
        }
        if context is not None:
            self._common["actor"] = context.actor.model_dump(mode="json")
            self._common["idempotency_key"] = context.idempotency_key
        else:
            self._common["idempotency_key"] = f"{run_id}:1"
        self._key = str(self._common["root_run_id"]).encode()

    @property
    def run_id(self) -> str:
        """This attempt's run id."""
        return str(self._common["run_id"])

    @property
    def root_run_id(self) -> str:
        """The logical run's id."""
        return str(self._common["root_run_id"])

    def _emit(self, status: TaskRunStatus, **fields: Any) -> dict[str, Any]:
        """Emit one event of the TaskRunEvent contract.

        Built as a plain dict and encoded with orjson: validating our own
        values through the model on every call would triple the decorator's
        overhead. Tests decode what the SDK emits with the model, so the two
        cannot drift apart.
        """
        event = {
            "schema_version": SCHEMA_VERSION,
            "event_id": new_id(),
            "event_type": f"taskrun.{status.value}",
            "status": status.value,
            "occurred_at": utc_now(),
            **self._common,
            **fields,
        }
        self._emitter.emit(self._topic, self._key, orjson.dumps(event, option=orjson.OPT_UTC_Z))
        return event

    def pending(self) -> dict[str, Any]:
        """The run was accepted."""
        return self._emit(TaskRunStatus.PENDING)

    def running(self) -> dict[str, Any]:
        """The run started executing."""
        return self._emit(TaskRunStatus.RUNNING)

    def success(self, result: Any, elapsed_s: float) -> dict[str, Any]:
        """The run returned; a bulk result with item errors is a success with ``error_list``."""
        fields: dict[str, Any] = {"execution_time_s": elapsed_s}
        fields.update(_result_fields(result))
        return self._emit(TaskRunStatus.SUCCESS, **fields)

    def failed(self, exc: BaseException, elapsed_s: float | None) -> dict[str, Any]:
        """The run raised: message, full traceback, qualified type and structured context."""
        fields: dict[str, Any] = {
            "execution_time_s": elapsed_s,
            "error_message": str(exc) or type(exc).__name__,
            "error_traceback": format_traceback(exc),
            "error_type": qualified_name(type(exc)),
            "error_context": error_context(exc).model_dump(mode="json"),
        }
        if isinstance(exc, BulkOperationError):
            fields["error_list"] = [_item_error(index, item) for index, item in enumerate(exc.error_list)]
            fields["success_count"] = exc.success_count
            fields["failed_count"] = len(exc.error_list)
            fields["total_count"] = exc.total_count
        return self._emit(TaskRunStatus.FAILED, **fields)

    def rejected(self, exc: CircuitOpenError) -> dict[str, Any]:
        """The run was rejected by an open circuit breaker: the function was not called.

        A failed event with error type ``errorflow.errors.CircuitOpenError`` (the breaker
        agent never counts it as a failure of the dependency) and labels naming the
        breaker's state and when a trial is expected.
        """
        labels = dict(self._common["labels"] or {})
        labels["errorflow.breaker.state"] = exc.state
        if exc.retry_at is not None:
            labels["errorflow.breaker.trial_at"] = datetime.fromtimestamp(exc.retry_at, timezone.utc).isoformat(
                timespec="milliseconds"
            )
        return self._emit(
            TaskRunStatus.FAILED,
            execution_time_s=None,
            error_message=str(exc),
            error_type=qualified_name(type(exc)),
            error_context=error_context(exc).model_dump(mode="json"),
            labels=labels,
        )


def _item_error(position: int, raw: Any) -> dict[str, Any]:
    """One entry of ``error_list`` in the ItemError contract."""
    if isinstance(raw, ItemError):
        return raw.model_dump(mode="json")
    if isinstance(raw, Mapping):
        data = {str(key): jsonable(value) for key, value in raw.items()}
        index = data.get("index", position)
        data["index"] = index if isinstance(index, int) and not isinstance(index, bool) else position
        data["error"] = str(data.get("error", ""))
        return data
    return {"index": position, "error": str(raw)}


def _result_fields(result: Any) -> dict[str, Any]:
    """Result refs and bulk counts from an operation's output, when it carries them."""
    fields: dict[str, Any] = {}
    data = result.model_dump(mode="json") if isinstance(result, BaseModel) else result
    if not isinstance(data, Mapping):
        return fields
    refs = data.get("result_refs")
    if isinstance(refs, list):
        fields["result_refs"] = [ref for ref in refs if isinstance(ref, dict)]
    errors = data.get("errors")
    if isinstance(errors, list) and errors:
        fields["error_list"] = [_item_error(index, item) for index, item in enumerate(errors)]
        fields["error_message"] = f"completed with {len(errors)} item failures"
    for count in ("success_count", "failed_count", "total_count"):
        if isinstance(data.get(count), int):
            fields[count] = data[count]
    return fields
