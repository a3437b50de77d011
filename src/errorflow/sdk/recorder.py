"""Builds and emits the lifecycle events of one attempt of one run.

Shared by the ``@operation`` decorator (direct calls) and the function runner
(commands), so both report runs identically.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from errorflow.errors import BulkOperationError
from errorflow.schemas.codec import encode
from errorflow.schemas.events import ItemError, TaskRunEvent, TaskRunStatus
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
            self._common["actor"] = context.actor

    @property
    def run_id(self) -> str:
        """This attempt's run id."""
        return str(self._common["run_id"])

    @property
    def root_run_id(self) -> str:
        """The logical run's id."""
        return str(self._common["root_run_id"])

    def _emit(self, **fields: Any) -> TaskRunEvent:
        event = TaskRunEvent(**self._common, **fields)
        self._emitter.emit(self._topic, event.key, encode(event))
        return event

    def pending(self) -> TaskRunEvent:
        """The run was accepted."""
        return self._emit(status=TaskRunStatus.PENDING)

    def running(self) -> TaskRunEvent:
        """The run started executing."""
        return self._emit(status=TaskRunStatus.RUNNING)

    def success(self, result: Any, elapsed_s: float) -> TaskRunEvent:
        """The run returned; a bulk result with item errors is a success with ``error_list``."""
        fields: dict[str, Any] = {"status": TaskRunStatus.SUCCESS, "execution_time_s": elapsed_s}
        fields.update(_result_fields(result))
        return self._emit(**fields)

    def failed(self, exc: BaseException, elapsed_s: float | None) -> TaskRunEvent:
        """The run raised: message, full traceback, qualified type and structured context."""
        fields: dict[str, Any] = {
            "status": TaskRunStatus.FAILED,
            "execution_time_s": elapsed_s,
            "error_message": str(exc) or type(exc).__name__,
            "error_traceback": format_traceback(exc),
            "error_type": qualified_name(type(exc)),
            "error_context": error_context(exc),
        }
        if isinstance(exc, BulkOperationError):
            fields["error_list"] = [_item_error(index, item) for index, item in enumerate(exc.error_list)]
            fields["success_count"] = exc.success_count
            fields["failed_count"] = len(exc.error_list)
            fields["total_count"] = exc.total_count
        return self._emit(**fields)


def _item_error(position: int, raw: Any) -> ItemError:
    if isinstance(raw, ItemError):
        return raw
    if isinstance(raw, Mapping):
        data = {str(key): jsonable(value) for key, value in raw.items()}
        data.setdefault("index", position)
        data["error"] = str(data.get("error", ""))
        return ItemError(**data)
    return ItemError(index=position, error=str(raw))


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
