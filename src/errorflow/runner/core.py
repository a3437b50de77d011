"""The function runner's core: execute one run command, report it as events.

No Kafka here: the Faust agent in :mod:`errorflow.runner.worker` feeds commands
in and keeps the record of completed attempts.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from pydantic import ValidationError

from errorflow.errors import OperationError, OperationInputError
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import TaskRunStatus
from errorflow.sdk.context import RunContext, _reset, _set
from errorflow.sdk.recorder import RunRecorder
from errorflow.sdk.registry import OperationRegistry, OperationSpec
from errorflow.sdk.runtime import Runtime

__all__ = ["execute_command", "run_context"]

logger = logging.getLogger(__name__)


def run_context(command: RunCommand) -> RunContext:
    """The run context the decorated function sees for a command."""
    return RunContext(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        replayed_from=command.replayed_from,
        channel=command.channel,
        actor=command.actor,
        previous_errors=tuple(command.previous_errors),
    )


async def execute_command(command: RunCommand, *, registry: OperationRegistry, rt: Runtime) -> TaskRunStatus:
    """Run one attempt and return its final status; never raises for the operation's errors.

    Unknown operations and inputs that fail the operation's model are reported
    as failed runs (pending, then failed), so the caller and the classifier see
    them like any other failure.
    """
    context = run_context(command)
    try:
        spec = registry.get(command.operation)
        call_args, call_kwargs = _call_args(spec, command.input)
    except (OperationError, ValidationError) as exc:
        recorder = RunRecorder(
            _placeholder(command, registry),
            emitter=rt.emitter,
            topic=rt.events_topic,
            service=rt.service,
            input_dump=rt.redactor.redact(command.input),
            context=context,
        )
        recorder.pending()
        recorder.failed(exc, None)
        return TaskRunStatus.FAILED

    decorated = spec.decorated or spec.function
    token = _set(context)
    try:
        if spec.is_async:
            await decorated(*call_args, **call_kwargs)
        else:
            # to_thread copies the context, so the decorator sees the run's ids.
            await asyncio.to_thread(decorated, *call_args, **call_kwargs)
    except Exception:  # already recorded as a failed event by the decorator
        return TaskRunStatus.FAILED
    finally:
        _reset(token)
    return TaskRunStatus.SUCCESS


def _call_args(spec: OperationSpec, payload: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Validate the input against the operation's model (raises ValidationError).

    With an input model the function gets the model; without one, the input's
    keys as keyword arguments.
    """
    if spec.inputs is None:
        return (), dict(payload)
    try:
        return (spec.inputs.model_validate(payload),), {}
    except ValidationError:
        raise
    except Exception as exc:  # a model validator raising something else is still bad input
        raise OperationInputError(f"input of {spec.name!r} is invalid: {exc}") from exc


def _placeholder(command: RunCommand, registry: OperationRegistry) -> OperationSpec:
    if command.operation in registry:
        return registry.get(command.operation)
    return OperationSpec(name=command.operation, function=_missing, is_async=False)


def _missing() -> None:  # pragma: no cover - never called, names the missing operation
    return None
