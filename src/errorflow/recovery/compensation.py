"""Compensation records, as pure functions: the compensate command, and what its outcome logs.

The recovery agent asks for compensation with :func:`compensation_command` when a
run with saga steps fails for good (or after every failure, per the operation's
``compensate_on``). The runner that ran the steps reports the outcome with
:func:`compensation_records`: a ``compensated`` action, or a
``compensation_failed`` action and a dead letter carrying both errors (the run's
in its attempt history and detail, the compensation's as the dead letter's
error) and a ``compensate`` command for the steps still to undo, so an
operator's replay runs them again. Ids derive from the command, so a redelivered
command produces the same records, which the sink deduplicates.

Each step is undone once per run, whatever the number and order of the ``compensate``
commands that name it: the runner records every step it settled under the step's own
key (:func:`step_idempotency_key`) and runs only the steps of a command that no earlier
command of the run settled (:func:`pending_compensation`). Two commands of one attempt
share the command's idempotency key (the watchdog's copy of a timed-out attempt carries
the steps of earlier attempts; the woken runner's copy adds the steps it registered
before it froze): the second runs its new steps only, the redelivery of either runs none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from errorflow.recovery.policy import Category
from errorflow.schemas.commands import CompensationStep, PriorError, RunCommand, replay_run_id
from errorflow.schemas.events import TaskRunEvent, as_utc
from errorflow.schemas.recovery import AttemptRecord, DeadLetter, RecoveryActionEvent

__all__ = ["compensation_command", "compensation_records", "pending_compensation", "step_idempotency_key"]


def _stable_id(command: RunCommand, what: str) -> str:
    """A UUIDv7 fixed by the command and ``what``: a redelivered command gets the same ids."""
    version_ms = int(command.issued_at.timestamp() * 1000)
    return replay_run_id(f"compensation:{command.command_id}:{what}", version_ms=version_ms)


def compensation_command(
    command: RunCommand,
    failed: TaskRunEvent,
    steps: Sequence[CompensationStep],
    *,
    category: str | Category,
    decided_at: datetime,
    command_id: str,
) -> RunCommand:
    """The ``compensate`` command for a failed attempt: run ``steps`` in reverse, the run's error attached.

    It keeps the attempt's identity (run, root, attempt); its own idempotency key
    (``...:compensate``) keeps the runner from mistaking it for the attempt. It replays
    nothing, even for a failed replay run: ``replayed_from`` is left empty. Copied from the
    replay run's command, it made the runner report the saga's outcome as that of a replayed
    compensation, written back onto the original run's failed-compensation entry (whose undo
    never ran), and made the replay's own compensation dead letter supersede the original's
    entries in bulk replays. An operator's replay of a compensation's dead letter (its
    ``compensate`` command, :func:`~errorflow.recovery.build_replay_command`) keeps its link.
    """
    prior = PriorError(
        attempt=failed.attempt,
        run_id=failed.run_id,
        error_type=failed.error_type,
        error_message=failed.error_message,
        category=Category.parse(category).value,
        occurred_at=as_utc(failed.occurred_at),
    )
    return RunCommand(
        command_id=command_id,
        reason="compensate",
        run_id=failed.run_id,
        root_run_id=failed.root_run_id,
        attempt=failed.attempt,
        operation=command.operation,
        input=command.input,
        replayed_from=None,
        previous_errors=[*command.previous_errors, prior],
        actor=command.actor,
        channel=command.channel,
        issued_at=as_utc(decided_at),
        compensations=list(steps),
    )


_STEPS_NAMED = 20
"""Steps an action's detail names (the first that ran, then a count): a saga of 100,000 steps named them all,
a 2 MB action over Kafka's record limit, which the emitter set aside (a direct call's saga has no command to
bound its size)."""


def compensation_records(
    command: RunCommand,
    *,
    service: str,
    done: Sequence[int],
    failed_step: CompensationStep | None,
    error_type: str | None = None,
    error_message: str | None = None,
    error_traceback: str | None = None,
    now: datetime,
) -> tuple[RecoveryActionEvent, DeadLetter | None]:
    """The action (and, when a step failed, the dead letter) that log a ``compensate`` command's outcome.

    Args:
        command: the ``compensate`` command the runner executed.
        service: the runner's service name.
        done: positions in ``command.compensations`` of the steps that ran, in the order they ran
            (not their ``index``: a retried run's command holds every attempt's steps, each
            attempt's indexes starting at 0).
        failed_step: the step that raised (one of ``command.compensations``), None when all ran.
        error_type: qualified type of what the failed step raised.
        error_message: its message (scrubbed by the caller).
        error_traceback: its traceback (scrubbed by the caller).
        now: when the outcome was known.
    """
    steps = command.compensations
    done = list(done)
    named = [f"{steps[i].name}#{steps[i].index}" if 0 <= i < len(steps) else f"?#{i}" for i in done[:_STEPS_NAMED]]
    more = f" and {len(done) - _STEPS_NAMED} more" if len(done) > _STEPS_NAMED else ""
    ran = ", ".join(named) + more or "none"
    run_error = command.previous_errors[-1] if command.previous_errors else None
    run_text = f"{run_error.error_type}: {run_error.error_message}" if run_error else "an unknown error"
    common = {
        "run_id": command.run_id,
        "root_run_id": command.root_run_id,
        "attempt": command.attempt,
        "operation": command.operation,
        "service": service,
        "category": run_error.category if run_error else None,
        "decided_at": as_utc(now),
        "replay_of": command.replayed_from,
    }
    if failed_step is None:
        action = RecoveryActionEvent(
            action_id=_stable_id(command, "compensated"),
            action="compensated",
            reason="saga",
            detail=f"{len(done)} compensation(s) ran in reverse order ({ran}) after {run_text}",
            **common,
        )
        return action, None
    # The failed step and the ones before it in the list: they run newest first, so none of them ran.
    position = next((i for i, step in enumerate(steps) if step is failed_step), None)
    if position is None:
        position = steps.index(failed_step) if failed_step in steps else len(steps) - 1
    remaining = steps[: position + 1]
    dlq_id = _stable_id(command, "dlq")
    detail = (
        f"compensation {failed_step.name} (key {failed_step.key}) failed with {error_type}: {error_message}; "
        f"the run had failed with {run_text}; ran before it: {ran}. Replay to run the {len(remaining)} "
        "remaining compensation(s) again."
    )
    action = RecoveryActionEvent(
        action_id=_stable_id(command, "compensation_failed"),
        action="compensation_failed",
        reason="compensation_failed",
        detail=detail,
        dlq_id=dlq_id,
        **common,
    )
    attempts = [
        AttemptRecord(
            attempt=prior.attempt,
            run_id=prior.run_id,
            status="failed",
            occurred_at=prior.occurred_at or command.issued_at,
            error_type=prior.error_type,
            error_message=prior.error_message,
            category=prior.category,
            delay_s=prior.delay_s,
        )
        for prior in command.previous_errors
    ]
    letter = DeadLetter(
        dlq_id=dlq_id,
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service=service,
        replayed_from=command.replayed_from,
        command=command.model_copy(update={"compensations": remaining}),
        input_dump={},
        reason="compensation_failed",
        detail=detail,
        error_type=error_type,
        error_message=error_message,
        error_traceback=error_traceback,
        category=(run_error.category if run_error and run_error.category else Category.UNKNOWN.value),
        attempts=attempts,
        first_failed_at=min([a.occurred_at for a in attempts] + [as_utc(now)]),
        dead_lettered_at=as_utc(now),
    )
    return action, letter


def step_idempotency_key(command: RunCommand, step: CompensationStep) -> str:
    """The runner's record of one saga step: one per run (root) and step, whichever command names it.

    Commands are keyed by the root run id, so every command of a run reads the records of its
    partition. An operator's replay runs under another root: it runs its steps again, as asked.
    """
    return f"{command.root_run_id}:compensate:{step.key}"


def pending_compensation(command: RunCommand, recorded: Callable[[str], str], *, incarnation: str) -> RunCommand | None:
    """The part of a ``compensate`` command still to run; None when no step of it is left (a duplicate).

    Args:
        command: a ``compensate`` command with steps.
        recorded: what the runner recorded under a step's :func:`step_idempotency_key` ("" for nothing).
        incarnation: this runner's ``started:<id>`` mark.

    A step runs when nothing is recorded for it, or when a stopped runner started it (``started:`` of
    another incarnation: at-least-once, the step's key makes the repeat harmless). A step this runner
    is running for another command of the run, or one a command settled (undone, or handed to a
    dead letter by a failed compensation), is left out. The command is returned as it is when every
    step is to run (a first delivery keeps its ids), each once (the first of steps sharing a key); a part of
    it gets its own ``command_id``, fixed
    by the command and the steps left, so its action (and dead letter) are not taken for the earlier
    command's by the sink, while a redelivery of the same part gets the same ids.
    """
    # A step is its key: a command naming one twice (another producer's, or written by hand) ran it twice,
    # as nothing is recorded for the key before the command ends. The first of each key is kept.
    kept_keys: set[str] = set()
    steps = []
    for step in command.compensations:
        if step.key in kept_keys:
            continue
        kept_keys.add(step.key)
        seen = recorded(step_idempotency_key(command, step))
        if not seen or (seen.startswith("started:") and seen != incarnation):
            steps.append(step)
    if not steps:
        return None
    if len(steps) == len(command.compensations):
        return command
    keys = ",".join(step.key for step in steps)
    version_ms = int(command.issued_at.timestamp() * 1000)
    part_id = replay_run_id(f"compensation:{command.command_id}:steps:{keys}", version_ms=version_ms)
    return command.model_copy(update={"compensations": steps, "command_id": part_id})
