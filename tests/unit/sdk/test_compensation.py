"""Compensation (sagas): registration, reverse order, stable keys, records, the recovery agent's requests (no I/O)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest

from errorflow.agents.recovery import RecoveryCore
from errorflow.classify import Classifier
from errorflow.errors import CompensationError
from errorflow.recovery import PolicySet, build_replay_command
from errorflow.recovery.compensation import (
    compensation_command,
    compensation_records,
    pending_compensation,
    step_idempotency_key,
)
from errorflow.runner.core import execute_attempt
from errorflow.runner.saga import compensate_once, execute_compensation, replay_outcome
from errorflow.schemas import (
    AttemptOutcome,
    DeadLetter,
    RecordPosition,
    RecoveryActionEvent,
    RunCommand,
    TaskRunEvent,
    TaskRunStatus,
    decode,
    encode,
)
from errorflow.schemas.commands import CompensationStep, PriorError
from errorflow.schemas.ids import timed_out_event_id
from errorflow.sdk import (
    MemoryEmitter,
    OperationRegistry,
    compensate,
    compensation,
    compensation_key,
    configure,
    current_run,
    operation,
    runtime,
    shutdown,
)
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
SOURCE = RecordPosition(topic="p.taskruns.attempts", partition=0, offset=1, timestamp_ms=1_772_366_400_000)
UNDONE: list[tuple[str, str | None]] = []


@compensation("unit_undo")
def undo(what: str) -> None:
    UNDONE.append((what, compensation_key()))


@compensation("unit_undo_fails")
def undo_fails(what: str) -> None:
    raise ConnectionRefusedError(111, f"Connection refused undoing {what}")


@pytest.fixture
def emitter() -> Iterator[MemoryEmitter]:
    UNDONE.clear()
    memory = MemoryEmitter()
    configure(Settings(sdk={"watch_breakers": False}), emitter=memory, service="unit-svc")
    yield memory
    shutdown()


def records_on(emitter: MemoryEmitter, topic: str, model: type[Any]) -> list[Any]:
    name = runtime().settings.topic(topic)
    return [decode(record.value, model) for record in emitter.records if record.topic == name]


def test_direct_call_compensates_in_reverse_with_stable_keys_and_reraises(emitter: MemoryEmitter) -> None:
    @operation(name="unit_book", compensate_on="final", register=False)
    def book(n: int) -> None:
        for i in range(n):
            compensate(undo, f"step {i}")
        compensate(lambda: UNDONE.append(("plain callable", compensation_key())))
        raise TimeoutError("Read timed out. (read timeout=10)")

    with pytest.raises(TimeoutError):
        book(3)
    [failed] = [e for e in records_on(emitter, "taskruns.events", TaskRunEvent) if e.status is TaskRunStatus.FAILED]
    assert [
        ("plain callable", f"{failed.run_id}:3"),
        ("step 2", f"{failed.run_id}:2"),
        ("step 1", f"{failed.run_id}:1"),
        ("step 0", f"{failed.run_id}:0"),
    ] == UNDONE
    [action] = records_on(emitter, Topics.RECOVERY.name, RecoveryActionEvent)
    assert (action.action, action.root_run_id, action.category) == ("compensated", failed.root_run_id, None)
    assert records_on(emitter, Topics.DLQ.name, DeadLetter) == []


def test_direct_call_failing_compensation_is_dead_lettered_with_both_errors(emitter: MemoryEmitter) -> None:
    @operation(name="unit_trip", compensate_on="final", register=False)
    async def trip() -> None:
        compensate("unit_undo", "seat")
        compensate("unit_undo_fails", "charge")
        raise PermissionError(13, "Permission denied", "/hotel")

    with pytest.raises(PermissionError):
        asyncio.run(trip())
    assert UNDONE == []  # the saga stopped at the failing step, the earlier one waits for the replay
    [action] = records_on(emitter, Topics.RECOVERY.name, RecoveryActionEvent)
    [letter] = records_on(emitter, Topics.DLQ.name, DeadLetter)
    assert action.action == "compensation_failed" and action.dlq_id == letter.dlq_id
    assert letter.reason == "compensation_failed"
    assert letter.error_type == "builtins.ConnectionRefusedError"
    assert letter.attempts[-1].error_type == "builtins.PermissionError"
    assert letter.command is not None and letter.command.reason == "compensate"
    assert [s.name for s in letter.command.compensations] == ["unit_undo", "unit_undo_fails"]


def test_compensate_outside_a_saga_is_a_clear_error() -> None:
    with pytest.raises(CompensationError, match="compensate_on"):
        compensate(undo, "x")


def test_successful_call_runs_no_compensation(emitter: MemoryEmitter) -> None:
    @operation(name="unit_ok", compensate_on="every_failure", register=False)
    def ok() -> int:
        compensate(undo, "never")
        return 1

    assert ok() == 1
    assert UNDONE == []
    assert records_on(emitter, Topics.RECOVERY.name, RecoveryActionEvent) == []


def test_runner_reports_the_commands_steps_then_the_attempts(emitter: MemoryEmitter) -> None:
    registry = OperationRegistry()

    @operation(name="unit_runner_saga", compensate_on="final", register=False)
    def saga(item: str) -> None:
        run = current_run()
        assert run is not None
        run.compensate("unit_undo", item)
        raise TimeoutError("Read timed out. (read timeout=10)")

    registry.register(saga.__errorflow_operation__)  # type: ignore[attr-defined]
    earlier = CompensationStep(name="unit_undo", args=["older"], run_id="run-a1", index=0)
    command = RunCommand(operation="unit_runner_saga", input={"item": "new"}, attempt=2, compensations=[earlier])
    result = asyncio.run(execute_attempt(command, registry=registry, rt=runtime()))
    outcome = result.outcome(command)
    assert outcome is not None and outcome.compensate_on == "final"
    assert [(s.args, s.run_id, s.index) for s in outcome.compensations] == [
        (["older"], "run-a1", 0),
        (["new"], command.run_id, 0),
    ]


def failed_event(command: RunCommand, **error: Any) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation=command.operation,
        service="svc",
        status=TaskRunStatus.FAILED,
        occurred_at=T0,
        channel="worker",
        **error,
    )


STEPS = [CompensationStep(name="unit_undo", args=[f"s{i}"], run_id="r1", index=i) for i in range(2)]
TIMEOUT = {"error_type": "builtins.TimeoutError", "error_message": "Read timed out. (read timeout=10)"}
DENIED = {"error_type": "builtins.PermissionError", "error_message": "[Errno 13] Permission denied: '/x'"}


@pytest.mark.parametrize(
    ("mode", "error", "attempt", "compensates", "retry_carries"),
    [
        ("final", TIMEOUT, 1, False, 2),  # retried: the retry carries the steps
        ("final", TIMEOUT, 50, True, None),  # retries exhausted: failed for good
        ("final", DENIED, 1, True, None),  # permanent: failed for good at once
        ("every_failure", TIMEOUT, 1, True, 0),  # compensated now, the retry starts clean
    ],
)
def test_recovery_asks_for_compensation_when_the_mode_says_so(
    mode: str, error: dict[str, str], attempt: int, compensates: bool, retry_carries: int | None
) -> None:
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    command = RunCommand(operation="op", input={"a": 1}, attempt=attempt, root_run_id="root-1")
    event = failed_event(command, **error)
    outcome = AttemptOutcome(command=command, event=event, compensations=STEPS, compensate_on=mode)  # type: ignore[arg-type]
    handled = core.handle_outcome(outcome, source=SOURCE)
    asked = [r.model for r in handled.records if r.topic == Topics.COMMANDS.name]
    retries = [r.model for r in handled.records if r.topic == Topics.RETRY.name]
    assert bool(asked) is compensates
    if compensates:
        [request] = asked
        assert isinstance(request, RunCommand) and request.reason == "compensate"
        assert request.compensations == STEPS
        assert request.previous_errors[-1].error_type == error["error_type"]
        assert request.idempotency_key == f"root-1:{attempt}:compensate"
        again = core.handle_outcome(outcome, source=SOURCE)  # a redelivered outcome asks with the same id
        assert [r.value for r in again.records] == [r.value for r in handled.records]
    if retry_carries is None:
        assert retries == []
    else:
        [retry] = retries
        assert len(retry.compensations) == retry_carries


def compensate_command() -> RunCommand:
    failed = failed_event(RunCommand(operation="op", run_id="r1", root_run_id="root-1"), **DENIED)
    return compensation_command(
        RunCommand(operation="op", run_id="r1", root_run_id="root-1"),
        failed,
        STEPS,
        category="permanent",
        decided_at=T0,
        command_id="c-1",
    )


def test_compensation_records_name_both_errors_and_keep_the_remaining_steps() -> None:
    command = compensate_command()
    action, letter = compensation_records(
        command,
        service="svc",
        done=(),
        failed_step=STEPS[1],
        error_type="builtins.ConnectionRefusedError",
        error_message="Connection refused",
        now=T0,
    )
    assert action.action == "compensation_failed" and letter is not None
    assert letter.command is not None and letter.command.compensations == STEPS  # the failed step and the earlier
    assert "r1:1" in letter.detail and "PermissionError" in letter.detail
    assert letter.attempts[-1].error_type == "builtins.PermissionError"
    same, _ = compensation_records(command, service="svc", done=(), failed_step=STEPS[1], now=T0)
    assert same.action_id == action.action_id  # derived from the command: a redelivery dedups
    done, none = compensation_records(command, service="svc", done=(1, 0), failed_step=None, now=T0)
    assert done.action == "compensated" and none is None and "unit_undo#1, unit_undo#0" in done.detail


def test_replay_of_a_failed_compensation_compensates_again() -> None:
    source = compensate_command()
    replay = build_replay_command(source, now=T0)
    assert replay.reason == "compensate" and replay.replayed_from == "root-1"
    assert replay.compensations == STEPS and replay.root_run_id != "root-1"
    assert replay.previous_errors == source.previous_errors
    plain = build_replay_command(
        RunCommand(operation="op", previous_errors=[PriorError(attempt=1, run_id="x")]), now=T0
    )
    assert plain.reason == "replay" and plain.compensations == [] and plain.previous_errors == []


def test_a_step_needs_json_arguments() -> None:
    with pytest.raises(ValueError, match="JSON"):
        CompensationStep(name="x", args=[2**70], run_id="r", index=0)


@pytest.mark.parametrize("failed", [False, True])
def test_a_replayed_compensation_is_written_back_to_the_dead_letter_it_replayed(failed: bool) -> None:
    replay = build_replay_command(compensate_command(), now=T0)
    action, letter = compensation_records(
        replay,
        service="svc",
        done=() if failed else (1, 0),
        failed_step=STEPS[1] if failed else None,
        error_type="builtins.ConnectionRefusedError" if failed else None,
        error_message="Connection refused" if failed else None,
        now=T0,
    )
    outcome = replay_outcome(replay, action, letter, service="svc")
    assert outcome.event.status is (TaskRunStatus.FAILED if failed else TaskRunStatus.COMPENSATED)
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    handled = core.handle_outcome(outcome, source=SOURCE)
    assert handled.records == [] and handled.decision is None  # the runner logged the outcome itself
    assert handled.writeback is not None
    assert handled.writeback.replayed_from == "root-1"
    assert handled.writeback.state == ("failed_after_replay" if failed else "succeeded_after_replay")
    first = compensate_command()
    assert core.handle_outcome(replay_outcome(first, action, None, service="svc"), source=SOURCE).writeback is None


RELEASE = threading.Event()


@compensation("unit_undo_hangs")
def undo_hangs(what: str) -> None:
    RELEASE.wait(60)  # a hung undo: released when the test ends


@compensation("unit_undo_hangs_async")
async def undo_hangs_async(what: str) -> None:
    await asyncio.sleep(3600)


@pytest.fixture
def short_limit() -> Iterator[MemoryEmitter]:
    UNDONE.clear()
    RELEASE.clear()
    memory = MemoryEmitter()
    configure(
        Settings(sdk={"watch_breakers": False, "compensation_timeout_s": 0.2}), emitter=memory, service="unit-svc"
    )
    yield memory
    shutdown()
    RELEASE.set()


@pytest.mark.parametrize(
    ("caller", "hung"), [("sync", "unit_undo_hangs"), ("async", "unit_undo_hangs"), ("async", "unit_undo_hangs_async")]
)
def test_a_hung_compensation_fails_at_its_limit_and_is_dead_lettered(
    short_limit: MemoryEmitter, caller: str, hung: str
) -> None:
    """A step past ``sdk.compensation_timeout_s`` is a failed step: the saga stops there, nothing waits for ever."""

    def register() -> None:
        compensate("unit_undo", "seat")  # registered first: runs after the hung step, so it waits for the replay
        compensate(hung, "charge")
        compensate("unit_undo", "hotel")  # registered last: runs first

    @operation(name="unit_hung_sync", compensate_on="final", register=False)
    def book_sync() -> None:
        register()
        raise TimeoutError("Read timed out. (read timeout=10)")

    @operation(name="unit_hung_async", compensate_on="final", register=False)
    async def book_async() -> None:
        register()
        raise TimeoutError("Read timed out. (read timeout=10)")

    with pytest.raises(TimeoutError):
        if caller == "sync":
            book_sync()
        else:
            asyncio.run(book_async())
    assert [what for what, _ in UNDONE] == ["hotel"]
    [action] = records_on(short_limit, Topics.RECOVERY.name, RecoveryActionEvent)
    [letter] = records_on(short_limit, Topics.DLQ.name, DeadLetter)
    assert action.action == "compensation_failed" and letter.reason == "compensation_failed"
    assert letter.error_type == "errorflow.errors.CompensationTimeoutError"
    assert hung in (letter.error_message or "") and "0.2 s" in (letter.error_message or "")
    assert letter.attempts[-1].error_type == "builtins.TimeoutError"


def test_a_step_within_its_limit_sees_its_key_on_its_own_thread(short_limit: MemoryEmitter) -> None:
    @operation(name="unit_quick_undo", compensate_on="final", register=False)
    def book() -> None:
        compensate("unit_undo", "seat")
        raise TimeoutError("Read timed out. (read timeout=10)")

    with pytest.raises(TimeoutError):
        book()
    [(what, key)] = UNDONE
    assert what == "seat" and key is not None and key.endswith(":0")
    [action] = records_on(short_limit, Topics.RECOVERY.name, RecoveryActionEvent)
    assert action.action == "compensated"


def test_the_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="compensation_timeout_s"):
        Settings(sdk={"compensation_timeout_s": 0})


def test_the_runner_fails_a_hung_step_of_a_compensate_command_at_its_limit(short_limit: MemoryEmitter) -> None:
    steps = [
        CompensationStep(name="unit_undo", args=["seat"], run_id="r1", index=0),
        CompensationStep(name="unit_undo_hangs", args=["charge"], run_id="r1", index=1),
    ]
    failed = failed_event(RunCommand(operation="op", run_id="r1", root_run_id="root-1"), **DENIED)
    command = compensation_command(
        RunCommand(operation="op", run_id="r1", root_run_id="root-1"),
        failed,
        steps,
        category="permanent",
        decided_at=T0,
        command_id="c-2",
    )
    action, letter = asyncio.run(execute_compensation(command, rt=runtime()))
    assert UNDONE == []  # stopped at the hung step: the earlier one waits for the replay
    assert action.action == "compensation_failed" and letter is not None
    assert letter.error_type == "errorflow.errors.CompensationTimeoutError"
    assert letter.command is not None and [s.name for s in letter.command.compensations] == [
        "unit_undo",
        "unit_undo_hangs",
    ]


@compensation("unit_undo_hostile")
def undo_hostile(what: str) -> None:
    from tests.hostile_exceptions import StrRaises

    raise StrRaises(what)


@compensation("unit_undo_surrogate")
def undo_surrogate(what: str) -> None:
    raise OSError(f"cannot undo {what}: /data/\udcff.bin")


@pytest.mark.parametrize("step", ["unit_undo_hostile", "unit_undo_surrogate"])
def test_a_step_failing_with_a_hostile_exception_is_still_dead_lettered(emitter: MemoryEmitter, step: str) -> None:
    """Its traceback was formatted unguarded: the failed compensation was reported nowhere."""

    @operation(name=f"unit_hostile_{step}", compensate_on="final", register=False)
    def trip() -> None:
        compensate(step, "charge")
        raise PermissionError(13, "Permission denied", "/hotel")

    with pytest.raises(PermissionError):
        trip()
    [action] = records_on(emitter, Topics.RECOVERY.name, RecoveryActionEvent)
    [letter] = records_on(emitter, Topics.DLQ.name, DeadLetter)
    assert action.action == "compensation_failed" and letter.reason == "compensation_failed"
    assert letter.error_traceback and "Traceback (most recent call last)" in letter.error_traceback


def test_the_runner_reports_a_step_failing_with_text_json_cannot_hold(emitter: MemoryEmitter) -> None:
    """A traceback holding lone surrogates made the runner's dead letter one it could not encode."""
    from errorflow.schemas.codec import encode

    steps = [CompensationStep(name="unit_undo_surrogate", args=["charge"], run_id="r1", index=0)]
    failed = failed_event(RunCommand(operation="op", run_id="r1", root_run_id="root-1"), **DENIED)
    command = compensation_command(
        RunCommand(operation="op", run_id="r1", root_run_id="root-1"),
        failed,
        steps,
        category="permanent",
        decided_at=T0,
        command_id="c-3",
    )
    action, letter = asyncio.run(execute_compensation(command, rt=runtime()))
    assert action.action == "compensation_failed" and letter is not None
    assert decode(encode(letter), DeadLetter).error_traceback == letter.error_traceback
    assert "\\udcff" in (letter.error_traceback or "")


def test_a_huge_message_is_cut_before_it_is_scrubbed(emitter: MemoryEmitter, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scrubbing megabytes takes seconds, in the caller's thread: only what is kept (and a margin) is scrubbed."""
    from errorflow.sdk.redact import Redactor

    seen: list[int] = []
    scrub_text = Redactor.scrub_text

    def counting(self: Redactor, text: str) -> str:
        seen.append(len(text))
        return scrub_text(self, text)

    monkeypatch.setattr(Redactor, "scrub_text", counting)

    @operation(name="unit_huge_saga", compensate_on="final", register=False)
    def trip() -> None:
        compensate("unit_undo", "seat")
        raise ValueError("password=hunter2 " + "x" * 5_000_000)

    with pytest.raises(ValueError):
        trip()
    [action] = records_on(emitter, Topics.RECOVERY.name, RecoveryActionEvent)
    assert action.action == "compensated"
    assert seen and max(seen) <= 70_000


def test_a_failed_step_of_a_later_attempt_keeps_every_step_still_to_undo(emitter: MemoryEmitter) -> None:
    # Under compensate_on="final" the compensate command carries every attempt's steps, oldest first, and
    # their indexes restart at 0 per attempt. The runner told steps apart by index alone: when attempt 2's
    # step 0 failed, the dead letter named attempt 1's step 0 as the failed one and its replay command kept
    # the steps of index <= 0 only, so attempt 1's step 1 (not yet undone) was never compensated.
    steps = [
        CompensationStep(name="unit_undo", args=["seat"], run_id="a1", index=0),
        CompensationStep(name="unit_undo", args=["hotel"], run_id="a1", index=1),
        CompensationStep(name="unit_undo_fails", args=["car"], run_id="a2", index=0),
        CompensationStep(name="unit_undo", args=["insurance"], run_id="a2", index=1),
    ]
    attempt = RunCommand(operation="op", run_id="a2", root_run_id="root-1", attempt=2)
    command = compensation_command(
        attempt, failed_event(attempt, **DENIED), steps, category="permanent", decided_at=T0, command_id="c-9"
    )
    action, letter = asyncio.run(execute_compensation(command, rt=runtime()))
    assert UNDONE == [("insurance", "a2:1")]  # newest first; stopped at the car
    assert action.action == "compensation_failed" and letter is not None
    assert "unit_undo_fails" in letter.detail and "a2:0" in letter.detail
    assert letter.command is not None and letter.command.compensations == steps[:3]  # the car, hotel and seat
    assert "unit_undo#1" in action.detail  # what ran: the insurance (attempt 2's step 1)


@pytest.mark.parametrize(("attempt", "compensates"), [(2, False), (5, True)])
def test_the_watchdogs_outcome_keeps_the_steps_earlier_attempts_registered(attempt: int, compensates: bool) -> None:
    # The watchdog's AttemptOutcome of a killed attempt names no steps (the process that registered this
    # attempt's steps is gone), and recovery read steps only from the outcome: the steps the retry command
    # carried from earlier attempts were dropped, so their work was never undone.
    from errorflow.agents.watchdog import WatchdogState

    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    command = RunCommand(
        operation="op", input={"a": 1}, reason="retry", attempt=attempt, root_run_id="root-1", compensations=STEPS
    )
    running = TaskRunEvent(
        run_id=command.run_id,
        root_run_id="root-1",
        attempt=attempt,
        operation="op",
        service="svc",
        status=TaskRunStatus.RUNNING,
        heartbeat_timeout_s=1.0,
        occurred_at=T0,
        channel="worker",
    )
    state = WatchdogState()
    state.observe_command(command, topic="c", partition=0, offset=3, now=T0)
    state.observe_event(running, topic="e", partition=0, offset=4, now=T0)
    [stuck] = state.expire(T0.replace(minute=5))
    assert stuck.outcome is not None and stuck.outcome.compensations == []
    handled = core.handle_outcome(stuck.outcome, source=SOURCE)
    asked = [r.model for r in handled.records if r.topic == Topics.COMMANDS.name]
    retries = [r.model for r in handled.records if r.topic == Topics.RETRY.name]
    if compensates:  # given up (attempts exhausted): the carried steps are undone
        [request] = asked
        assert isinstance(request, RunCommand) and request.compensations == STEPS
    else:  # retried: the retry carries them on
        [retry] = retries
        assert isinstance(retry, RunCommand) and retry.compensations == STEPS and asked == []


def _two_copies_of_a_timed_out_last_attempt() -> tuple[RunCommand, RunCommand, list[CompensationStep]]:
    """The compensate commands recovery sends for the watchdog's copy, then for the woken runner's.

    Attempt 3 of 3 carried attempt 1's and 2's steps and registered two of its own before it froze past
    its heartbeat timeout: the watchdog's copy (no steps of its own) is decided with the carried steps, the
    woken runner's copy with all of them. Both commands have the attempt's ``root:3:compensate`` key.
    """
    carried = [CompensationStep(name="unit_undo", args=[f"a{a}"], run_id=f"r{a}", index=0) for a in (1, 2)]
    command = RunCommand(
        operation="op", input={}, reason="retry", attempt=3, root_run_id="root-9", compensations=carried
    )
    mine = [CompensationStep(name="unit_undo", args=[f"a3-{i}"], run_id=command.run_id, index=i) for i in range(2)]
    watchdogs = failed_event(command, **TIMEOUT).model_copy(
        update={"status": TaskRunStatus.TIMED_OUT, "event_id": timed_out_event_id(command.run_id, 3)}
    )
    woken = watchdogs.model_copy(update={"occurred_at": T0.replace(second=9), "error_message": "silent 12 s"})
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    policy = {"transient": {"max_attempts": 3}}
    first = core.handle_outcome(
        AttemptOutcome(command=command, event=watchdogs, retry_policy=policy, compensate_on="final"), source=SOURCE
    )
    second = core.handle_outcome(
        AttemptOutcome(
            command=command,
            event=woken,
            retry_policy=policy,
            compensations=[*carried, *mine],
            compensate_on="final",
        ),
        source=SOURCE,
    )
    [ask] = [r.model for r in first.records if r.topic == Topics.COMMANDS.name]
    [again] = [r.model for r in second.records if r.topic == Topics.COMMANDS.name]
    assert isinstance(ask, RunCommand) and isinstance(again, RunCommand)
    assert ask.idempotency_key == again.idempotency_key == "root-9:3:compensate"
    return ask, again, [*carried, *mine]


@pytest.mark.parametrize("woken_first", [False, True])
def test_a_second_compensate_command_of_an_attempt_undoes_its_new_steps_once(
    emitter: MemoryEmitter, woken_first: bool
) -> None:
    # The runner deduplicated compensate commands by their one key per attempt, so the woken runner's
    # command (the steps the attempt registered before it froze) was skipped as a duplicate of the
    # watchdog's: those steps were never undone. Each step is now recorded on its own.
    ask, again, steps = _two_copies_of_a_timed_out_last_attempt()
    table: dict[str, str] = {}
    actions: list[RecoveryActionEvent] = []

    async def run(command: RunCommand) -> str:
        action, letter = await execute_compensation(command, rt=runtime())
        assert letter is None
        actions.append(action)
        return str(action.action)

    def deliver(command: RunCommand) -> str | None:
        return asyncio.run(compensate_once(command, table=table, incarnation="started:w1", run=run))

    order = [again, ask] if woken_first else [ask, again]
    assert deliver(order[0]) == "compensated"
    assert deliver(order[1]) == (None if woken_first else "compensated")  # the woken runner's has new steps
    for command in order:  # redelivered: every step is settled, nothing runs again
        assert deliver(command) is None
    undone = sorted(what for what, _ in UNDONE)
    assert undone == sorted(step.args[0] for step in steps)  # every step of the three attempts, each once
    assert len({action.action_id for action in actions}) == len(actions)  # each command's action is logged
    if not woken_first:  # the watchdog's ran the carried steps; the woken runner's, only the two new ones
        assert [what for what, _ in UNDONE] == ["a2", "a1", "a3-1", "a3-0"]
        assert "2 compensation(s)" in actions[1].detail


def test_only_the_unsettled_steps_of_a_compensate_command_are_left_to_run() -> None:
    command = compensate_command()  # steps r1:0 and r1:1 of root-1
    keys = [step_idempotency_key(command, step) for step in STEPS]
    assert keys == ["root-1:compensate:r1:0", "root-1:compensate:r1:1"]
    me = "started:me"
    assert pending_compensation(command, lambda key: "", incarnation=me) is command  # first delivery: same ids
    assert (
        pending_compensation(command, {keys[0]: "compensated", keys[1]: "compensation_failed"}.get, incarnation=me)
        is None
    )
    part = pending_compensation(command, lambda key: {keys[0]: "compensated"}.get(key, ""), incarnation=me)
    assert part is not None and part.compensations == STEPS[1:] and part.command_id != command.command_id
    same = pending_compensation(command, lambda key: {keys[0]: "compensated"}.get(key, ""), incarnation=me)
    assert same is not None and same.command_id == part.command_id  # a redelivery of the part: the same ids
    # A step this runner runs for another command is left to it; one a stopped runner started runs again.
    assert pending_compensation(command, lambda key: me if key == keys[0] else "", incarnation=me) == part
    rerun = pending_compensation(command, lambda key: "started:gone", incarnation=me)
    assert rerun is command


def test_a_step_a_failed_compensation_dead_lettered_is_left_to_its_replay(emitter: MemoryEmitter) -> None:
    steps = [
        CompensationStep(name="unit_undo", args=["seat"], run_id="r1", index=0),
        CompensationStep(name="unit_undo_fails", args=["charge"], run_id="r1", index=1),
    ]
    base = RunCommand(operation="op", run_id="r1", root_run_id="root-2")
    first = compensation_command(
        base, failed_event(base, **DENIED), steps, category="permanent", decided_at=T0, command_id="c-1"
    )
    extra = CompensationStep(name="unit_undo", args=["late"], run_id="r1", index=2)
    second = first.model_copy(update={"compensations": [*steps, extra]})
    table: dict[str, str] = {}
    letters: list[DeadLetter] = []

    async def run(command: RunCommand) -> str:
        action, letter = await execute_compensation(command, rt=runtime())
        if letter is not None:
            letters.append(letter)
        return str(action.action)

    assert asyncio.run(compensate_once(first, table=table, incarnation="started:w", run=run)) == "compensation_failed"
    assert asyncio.run(compensate_once(second, table=table, incarnation="started:w", run=run)) == "compensated"
    assert UNDONE == [("late", "r1:2")]  # the seat waits for the dead letter's replay, which runs it once
    [letter] = letters
    assert letter.command is not None and letter.command.compensations == steps


def test_the_action_of_a_saga_of_100k_steps_stays_small() -> None:
    # Its detail named every step that ran: 1.7 MB for 100,000 steps (a direct call's saga has no command to
    # bound it), over Kafka's record limit, so the emitter set the compensated action aside and the outcome
    # was logged nowhere.
    steps = [CompensationStep(name="unit_undo_item", args=[n], run_id="r1", index=n) for n in range(100_000)]
    prior = [PriorError(attempt=1, run_id="r1", error_type="builtins.OSError", error_message="boom")]
    command = RunCommand(operation="op", reason="compensate", previous_errors=prior, compensations=steps)
    done, _ = compensation_records(command, service="svc", done=range(99_999, -1, -1), failed_step=None, now=T0)
    assert len(encode(done)) < 4_096
    assert "100000 compensation(s) ran" in done.detail and "unit_undo_item#99999" in done.detail
    assert "99980 more" in done.detail
    failed, letter = compensation_records(
        command, service="svc", done=range(99_999, 50, -1), failed_step=steps[50], error_message="x", now=T0
    )
    assert len(encode(failed)) < 4_096 and letter is not None and "99929 more" in failed.detail


def test_a_direct_call_saga_whose_dead_letter_is_over_the_record_limit_still_dead_letters(
    emitter: MemoryEmitter,
) -> None:
    # 20,000 steps registered, the newest one fails: the dead letter's replay command held all 20,000 (2.3 MB),
    # over Kafka's record limit, so the emitter set it aside and the failed saga had no dead letter; its
    # compensation_failed action named a dlq_id that never existed.
    @operation(name="unit_big_trip", compensate_on="final", register=False)
    def big_trip() -> None:
        for n in range(20_000):
            compensate("unit_undo", f"seat-{n}")
        compensate("unit_undo_fails", "charge")
        raise PermissionError(13, "Permission denied", "/hotel")

    with pytest.raises(PermissionError):
        big_trip()
    limit = runtime().settings.kafka.max_message_bytes
    assert all(len(record.value) + len(record.key or b"") <= limit for record in emitter.records)
    [action] = records_on(emitter, Topics.RECOVERY.name, RecoveryActionEvent)
    [letter] = records_on(emitter, Topics.DLQ.name, DeadLetter)
    assert action.action == "compensation_failed" and action.dlq_id == letter.dlq_id
    assert letter.command is None and not letter.replayable  # undone by hand: the detail says which
    assert "20001 remaining compensation(s)" in (letter.detail or "") and "by hand" in (letter.detail or "")


def test_a_compensate_command_naming_a_step_twice_runs_it_once(emitter: MemoryEmitter) -> None:
    # A command from another producer (or hand-written) naming one step (one key) twice ran that undo twice:
    # nothing was recorded for the key until the command ended. The first of each key runs, once.
    seat = CompensationStep(name="unit_undo", args=["seat"], run_id="r1", index=0)
    twin = CompensationStep(name="unit_undo", args=["other"], run_id="r1", index=0)  # same key, other args
    charge = CompensationStep(name="unit_undo", args=["charge"], run_id="r1", index=1)
    command = compensate_command().model_copy(update={"compensations": [seat, charge, seat, twin]})
    actions: list[RecoveryActionEvent] = []

    async def run(part: RunCommand) -> str:
        action, _ = await execute_compensation(part, rt=runtime())
        actions.append(action)
        return str(action.action)

    table: dict[str, str] = {}
    assert asyncio.run(compensate_once(command, table=table, incarnation="started:w1", run=run)) == "compensated"
    assert [what for what, _ in UNDONE] == ["charge", "seat"]  # reverse registration order, each once
    assert "2 compensation(s)" in actions[0].detail
    assert asyncio.run(compensate_once(command, table=table, incarnation="started:w1", run=run)) is None
