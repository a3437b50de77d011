"""The runner's side of compensation: run a ``compensate`` command's steps in reverse, report the outcome.

No Kafka here: the worker (:mod:`errorflow.runner.worker`) feeds the command in
and publishes the records this returns (:mod:`errorflow.recovery.compensation`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

from errorflow.classify.capture import format_traceback
from errorflow.errors import CompensationError
from errorflow.recovery.compensation import compensation_records, pending_compensation, step_idempotency_key
from errorflow.runner.delivery import DeliveryPending
from errorflow.safetext import exception_message, truncate_head, truncate_tail
from errorflow.schemas.attempts import AttemptOutcome
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus, utc_now
from errorflow.schemas.recovery import DeadLetter, RecoveryActionEvent
from errorflow.sdk.compensation import COMPENSATIONS, CompensationRegistry, run_steps
from errorflow.sdk.runtime import Runtime

__all__ = ["compensate_once", "execute_compensation", "replay_outcome"]

logger = logging.getLogger(__name__)

_MAX_TEXT = 32_768


def _missing(name: str, error: CompensationError) -> Callable[..., Any]:
    """A step whose compensation is not registered here fails, in its turn, with that error."""

    def missing(*args: Any, **kwargs: Any) -> None:
        raise error

    missing.__name__ = name
    return missing


async def execute_compensation(
    command: RunCommand, *, rt: Runtime, registry: CompensationRegistry = COMPENSATIONS
) -> tuple[RecoveryActionEvent, DeadLetter | None]:
    """Run the command's compensations in reverse order; return the action (and dead letter) to publish.

    Never raises for a step's error: a failing step stops the saga there and is the outcome.
    """
    steps = []
    # Steps are told apart by their position: a retried run's command holds every attempt's steps,
    # and each attempt's indexes start at 0.
    for position, step in enumerate(command.compensations):
        try:
            function = registry.get(step.name)
        except CompensationError as exc:
            function = _missing(step.name, exc)
        steps.append((position, step.key, function, tuple(step.args), dict(step.kwargs)))
    result = await run_steps(steps, timeout_s=rt.settings.sdk.compensation_timeout_s)
    failed = None if result.failed is None else command.compensations[result.failed]
    error = result.error
    return compensation_records(
        command,
        service=rt.service,
        done=result.done,
        failed_step=failed,
        error_type=None if error is None else f"{type(error).__module__}.{type(error).__qualname__}",
        error_message=None
        if error is None
        else truncate_head(rt.redactor.scrub_text(exception_message(error)[: _MAX_TEXT + 8_192]), _MAX_TEXT),
        error_traceback=None
        if error is None
        else truncate_tail(rt.redactor.scrub_text(format_traceback(error)), _MAX_TEXT),  # never raises, UTF-8 clean
        now=utc_now(),
    )


async def compensate_once(
    command: RunCommand,
    *,
    table: MutableMapping[str, str],
    incarnation: str,
    run: Callable[[RunCommand], Awaitable[str]],
    settle: Callable[[Mapping[str, str]], Awaitable[None]] | None = None,
) -> str | None:
    """Run the steps of a ``compensate`` command that no command of its run settled; None when none is left.

    ``table`` is the runner's completed-attempts table; ``run`` executes a command's steps and
    delivers its outcome (:func:`execute_compensation` and the worker's publishing), returning the
    action's name. Each step is marked ``started`` by this runner before it runs, then, once the
    outcome is delivered, settled with the action's name: undone (``compensated``) or handed to the
    dead letter of a failed compensation, whose replay runs it. The command's own idempotency key
    is written too, for runners of earlier versions that read only that one. ``settle`` writes the
    settled entries and returns once they are on the broker (the runner's); without it, ``table`` is set.
    """
    todo = pending_compensation(command, lambda key: table.get(key) or "", incarnation=incarnation)
    if todo is None:
        logger.info("skipping compensation %s: each of its steps was settled already", command.idempotency_key)
        return None
    keys = [step_idempotency_key(todo, step) for step in todo.compensations]
    if len(todo.compensations) < len(command.compensations):
        logger.info(
            "compensation %s: %d of its %d steps are new to the run, running those",
            command.idempotency_key,
            len(keys),
            len(command.compensations),
        )
    for key in (*keys, command.idempotency_key):
        table[key] = incarnation
    try:
        action = await run(todo)
    except DeliveryPending as pending:  # the runner writes them once the outcome is durable
        pending.keys = (*keys, command.idempotency_key)
        raise
    settled = dict.fromkeys((*keys, command.idempotency_key), action)
    if settle is not None:
        await settle(settled)
    else:
        table.update(settled)
    return action


def replay_outcome(
    command: RunCommand, action: RecoveryActionEvent, letter: DeadLetter | None, *, service: str
) -> AttemptOutcome:
    """The attempt outcome of a replayed compensation, for the recovery agent to update the replayed dead letter.

    Its event (``compensated``, or ``failed`` with the compensation's error) goes on
    ``taskruns.attempts`` only: it is not a run's lifecycle event.
    """
    failed = letter is not None
    event = TaskRunEvent(
        event_id=action.action_id,
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        replayed_from=command.replayed_from,
        operation=command.operation,
        service=service,
        status=TaskRunStatus.FAILED if failed else TaskRunStatus.COMPENSATED,
        occurred_at=action.decided_at,
        error_type=letter.error_type if letter is not None else None,
        error_message=letter.error_message if letter is not None else None,
        channel=command.channel,
    )
    return AttemptOutcome(command=command, event=event)
