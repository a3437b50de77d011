"""The recovery agent's pure core: one decision per finished attempt, records built deterministically."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from errorflow.agents.recovery import RecoveryCore, derived_id, prior_attempts
from errorflow.classify import Classifier
from errorflow.recovery import Category, PolicySet, delay_bounds, fold_run
from errorflow.schemas import (
    AttemptOutcome,
    DeadLetter,
    DeadLetterUpdate,
    RecordPosition,
    RecoveryActionEvent,
    RunCommand,
    TaskRunEvent,
    TaskRunStatus,
    decode,
    parse_dead_letter_headers,
)
from errorflow.schemas.commands import CompensationStep
from errorflow.schemas.ids import id_time_ms, new_id, timed_out_event_id
from errorflow.schemas.labels import RETRY_POLICY_LABEL, retry_policy_label
from errorflow.sdk import REDACTED
from errorflow.streams.topics import Topics

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
SOURCE = RecordPosition(topic="p.taskruns.attempts", partition=2, offset=41, timestamp_ms=1_772_366_400_000)
COMMAND_SOURCE = RecordPosition(
    topic="p.taskruns.commands", partition=1, offset=7, timestamp_ms=1_772_366_399_000, consumer_group="app-runner"
)
TIMEOUT = {"error_type": "builtins.TimeoutError", "error_message": "Read timed out. (read timeout=10)"}
PERMISSION = {"error_type": "builtins.PermissionError", "error_message": "[Errno 13] Permission denied: '/crm/x'"}
VALIDATION = {"error_type": "builtins.ValueError", "error_message": "invalid date range: start is after end"}
NO_SPACE = {"error_type": "builtins.OSError", "error_message": "[Errno 28] No space left on device"}


@pytest.fixture(scope="module")
def core() -> RecoveryCore:
    return RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())


def failed_event(command: RunCommand, at: datetime, **error: Any) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        replayed_from=command.replayed_from,
        operation=command.operation,
        service="svc",
        dependency="api",
        status=TaskRunStatus.FAILED,
        occurred_at=at,
        error_traceback="Traceback (most recent call last):\n  ...",
        input_dump={"page": 1, "token": REDACTED},
        channel=command.channel,
        **error,
    )


def succeeded_event(command: RunCommand, at: datetime) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        replayed_from=command.replayed_from,
        operation=command.operation,
        service="svc",
        status=TaskRunStatus.SUCCESS,
        occurred_at=at,
        channel=command.channel,
    )


def outcome(command: RunCommand, event: TaskRunEvent, policy: dict[str, Any] | None = None) -> AttemptOutcome:
    return AttemptOutcome(command=command, event=event, retry_policy=policy, source=COMMAND_SOURCE)


def models(handled: Any, topic: str) -> list[Any]:
    return [record.model for record in handled.records if record.topic == topic]


FAST = {"transient": {"max_attempts": 3, "initial_delay_s": 0.2, "max_delay_s": 1.0, "jitter": "equal"}}


def test_transient_failure_schedules_a_retry_with_the_original_input(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch", input={"page": 1, "token": "real-secret"})
    failed = failed_event(command, T0, **TIMEOUT)
    handled = core.handle_outcome(outcome(command, failed, FAST), source=SOURCE)

    (action,) = models(handled, Topics.RECOVERY.name)
    (retry,) = models(handled, Topics.RETRY.name)
    assert handled.category == "transient" and action.action == "retry_scheduled"
    assert isinstance(action, RecoveryActionEvent) and isinstance(retry, RunCommand)
    low, high = delay_bounds(core.policy_for(Category.TRANSIENT, "fetch", FAST), 1)
    assert (low, high) == (0.1, 0.2) and low <= (action.delay_s or 0) <= high
    assert retry.input == {"page": 1, "token": "real-secret"}  # the command's, not the redacted dump
    assert (retry.reason, retry.attempt, retry.root_run_id) == ("retry", 2, command.root_run_id)
    assert retry.not_before == action.due_at == T0 + timedelta(seconds=action.delay_s or 0)
    assert retry.previous_errors[0].error_type == "builtins.TimeoutError"
    assert retry.previous_errors[0].occurred_at == T0 and retry.previous_errors[0].delay_s == action.delay_s
    assert retry.run_id != command.run_id and id_time_ms(retry.run_id) == int(T0.timestamp() * 1000)
    assert handled.writeback is None


def test_a_redelivered_outcome_produces_identical_records(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch", input={"page": 1})
    record = outcome(command, failed_event(command, T0, **TIMEOUT), FAST)
    first = core.handle_outcome(record, source=SOURCE)
    again = core.handle_outcome(decode(record.model_dump_json().encode(), AttemptOutcome), source=SOURCE)
    assert [(r.topic, r.key, r.value, r.headers) for r in first.records] == [
        (r.topic, r.key, r.value, r.headers) for r in again.records
    ]


def test_validation_error_fails_fast_without_a_retry(core: RecoveryCore) -> None:
    command = RunCommand(operation="render", input={"start": "b", "end": "a"})
    handled = core.handle_outcome(outcome(command, failed_event(command, T0, **VALIDATION)), source=SOURCE)
    assert [r.topic for r in handled.records] == [Topics.RECOVERY.name]
    (action,) = models(handled, Topics.RECOVERY.name)
    assert (action.action, action.reason, action.category) == ("failed_fast", "validation", "validation")


def test_permanent_error_is_dead_lettered_with_headers_naming_the_command(core: RecoveryCore) -> None:
    command = RunCommand(operation="sync", input={"account": "acme", "password": "s3cr3t"})
    failed = failed_event(command, T0, **PERMISSION)
    handled = core.handle_outcome(outcome(command, failed), source=SOURCE)

    (action,) = models(handled, Topics.RECOVERY.name)
    (letter,) = models(handled, Topics.DLQ.name)
    assert isinstance(letter, DeadLetter)
    assert (action.action, action.reason, action.dlq_id) == ("dead_lettered", "permanent", letter.dlq_id)
    assert letter.command == command and letter.replayable and letter.category == "permanent"
    assert letter.fingerprint and letter.rule_id and letter.severity
    assert [a.attempt for a in letter.attempts] == [1]
    (dlq_record,) = [r for r in handled.records if r.topic == Topics.DLQ.name]
    headers = parse_dead_letter_headers(list(dlq_record.headers))
    assert headers["kafka_dlt-original-topic"] == "p.taskruns.commands"
    assert (headers["kafka_dlt-original-partition"], headers["kafka_dlt-original-offset"]) == (1, 7)
    assert headers["kafka_dlt-original-timestamp"] == 1_772_366_399_000
    assert headers["kafka_dlt-original-consumer-group"] == "app-runner"
    assert headers["kafka_dlt-exception-fqcn"] == "builtins.PermissionError"
    assert headers["__connect.errors.offset"] == "7"
    assert headers["__connect.errors.exception.class.name"] == "builtins.PermissionError"
    assert headers["errorflow-dlq-id"] == letter.dlq_id and headers["errorflow-category"] == "permanent"
    (alert,) = models(handled, Topics.ALERTS.name)
    assert (alert.rule, alert.state, alert.severity, alert.category) == (
        "dead_letter",
        "firing",
        letter.severity,
        "permanent",
    )
    assert alert.incident_id == f"dead_letter:sync:{letter.fingerprint}" and alert.labels["dlq_id"] == letter.dlq_id


def test_resource_error_waits_for_capacity(core: RecoveryCore) -> None:
    command = RunCommand(operation="resize", input={"width": 5000})
    policy = {"resource": {"initial_delay_s": 1.0, "max_delay_s": 2.0}}
    handled = core.handle_outcome(outcome(command, failed_event(command, T0, **NO_SPACE), policy), source=SOURCE)
    (action,) = models(handled, Topics.RECOVERY.name)
    assert (action.action, action.category) == ("waiting_for_resources", "resource")
    assert 1.0 <= (action.delay_s or 0) <= 2.0
    assert len(models(handled, Topics.RETRY.name)) == 1


def test_last_attempt_is_dead_lettered_with_the_whole_history(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch", input={"page": 1})
    history: list[Any] = []
    for attempt in (1, 2, 3):
        at = T0 + timedelta(seconds=attempt)
        handled = core.handle_outcome(outcome(command, failed_event(command, at, **TIMEOUT), FAST), source=SOURCE)
        history.extend(models(handled, Topics.RECOVERY.name))
        retries = models(handled, Topics.RETRY.name)
        if attempt < 3:
            (command,) = retries
        else:
            assert not retries
    (letter,) = models(handled, Topics.DLQ.name)
    assert letter.reason == "retries_exhausted" and letter.attempt == 3
    assert [a.attempt for a in letter.attempts] == [1, 2, 3]
    assert letter.attempts[0].delay_s is not None and letter.attempts[2].delay_s is None
    assert letter.first_failed_at == T0 + timedelta(seconds=1)
    assert models(handled, Topics.ALERTS.name) == []  # exhausted retries are in the backlog, not an alert
    assert [a.action for a in history] == ["retry_scheduled", "retry_scheduled", "dead_lettered"]


def test_deadline_gives_up_with_gave_up_deadline(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch", input={}, deadline_at=T0 + timedelta(seconds=0.05))
    policy = {"transient": {"max_attempts": 5, "initial_delay_s": 1.0, "jitter": "none"}}
    handled = core.handle_outcome(outcome(command, failed_event(command, T0, **TIMEOUT), policy), source=SOURCE)
    (action,) = models(handled, Topics.RECOVERY.name)
    (letter,) = models(handled, Topics.DLQ.name)
    assert action.action == "gave_up_deadline" and letter.reason == "deadline_exceeded"


def test_policy_file_operation_table_wins_over_the_decorator() -> None:
    policies = PolicySet.from_mapping({"operations": {"fetch": {"transient": {"max_attempts": 9}}}})
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=policies)
    got = core.policy_for(Category.TRANSIENT, "fetch", FAST)
    assert got.max_attempts == 9 and got.initial_delay_s == 0.2


def test_an_invalid_decorator_policy_falls_back_to_the_defaults(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch_bad_policy", input={})
    bad = {"transient": {"max_attempts": 0}}
    handled = core.handle_outcome(outcome(command, failed_event(command, T0, **TIMEOUT), bad), source=SOURCE)
    (action,) = models(handled, Topics.RECOVERY.name)
    assert action.action == "retry_scheduled" and "attempt 2/5" in action.detail


def test_success_after_a_retry_is_logged_and_a_first_success_is_not(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch", input={})
    assert core.handle_outcome(outcome(command, succeeded_event(command, T0)), source=SOURCE).records == []
    retry = core.handle_outcome(outcome(command, failed_event(command, T0, **TIMEOUT), FAST), source=SOURCE)
    (second,) = models(retry, Topics.RECOVERY.name) and models(retry, Topics.RETRY.name)
    handled = core.handle_outcome(outcome(second, succeeded_event(second, T0 + timedelta(seconds=1))), source=SOURCE)
    (action,) = models(handled, Topics.RECOVERY.name)
    assert (action.action, action.attempt) == ("succeeded_after_retry", 2)
    state = fold_run([], [*models(retry, Topics.RECOVERY.name), action])
    assert state.exactly_one_terminal and state.terminal == "succeeded"


def test_direct_call_failures_use_the_event_and_never_retry_redacted_input(core: RecoveryCore) -> None:
    clean = TaskRunEvent(
        run_id=new_id(),
        root_run_id="direct-1",
        operation="resize",
        service="media",
        status=TaskRunStatus.FAILED,
        channel="direct",
        input_dump={"path": "/a.png", "width": 5000},
        **TIMEOUT,
    )
    handled = core.handle_event(clean, source=SOURCE)
    (retry,) = models(handled, Topics.RETRY.name)
    assert retry.input == {"path": "/a.png", "width": 5000} and retry.channel == "worker"
    secret = clean.model_copy(update={"event_id": new_id(), "input_dump": {"user": "a", "password": REDACTED}})
    handled = core.handle_event(secret, source=SOURCE)
    (letter,) = models(handled, Topics.DLQ.name)
    assert letter.reason == "not_retryable" and letter.command is None and not letter.replayable
    assert letter.input_dump == {"user": "a", "password": REDACTED}
    # Runner events (any other channel) are decided from their attempt outcome, not from the events topic.
    assert core.handle_event(clean.model_copy(update={"channel": "worker"}), source=SOURCE).records == []
    success = clean.model_copy(update={"status": TaskRunStatus.SUCCESS})
    assert core.handle_event(success, source=SOURCE).records == []


def test_a_replay_run_writes_its_outcome_back(core: RecoveryCore) -> None:
    replay = RunCommand(reason="replay", operation="sync", input={}, replayed_from="old-root")
    ok = core.handle_outcome(outcome(replay, succeeded_event(replay, T0)), source=SOURCE)
    assert ok.writeback is not None
    assert (ok.writeback.state, ok.writeback.replayed_from, ok.writeback.replay_run_id) == (
        "succeeded_after_replay",
        "old-root",
        replay.root_run_id,
    )
    failed = core.handle_outcome(outcome(replay, failed_event(replay, T0, **PERMISSION)), source=SOURCE)
    assert failed.writeback is not None and failed.writeback.state == "failed_after_replay"
    retried = core.handle_outcome(outcome(replay, failed_event(replay, T0, **TIMEOUT), FAST), source=SOURCE)
    assert retried.writeback is None  # not over yet

    letter = DeadLetter(
        run_id="r",
        root_run_id="old-root",
        attempt=1,
        operation="sync",
        service="svc",
        reason="permanent",
        category="permanent",
        first_failed_at=T0,
    )
    record = core.writeback_record(ok.writeback, letter)
    update = record.model
    assert isinstance(update, DeadLetterUpdate) and record.topic == Topics.DLQ_STATE.name
    assert update.dlq_id == letter.dlq_id and update.state == "succeeded_after_replay"
    assert update.updated_at >= datetime.fromtimestamp(id_time_ms(replay.root_run_id) / 1000, tz=timezone.utc)
    assert record.key == b"old-root"


def test_prior_attempts_and_derived_ids() -> None:
    assert derived_id("a", T0) == derived_id("a", T0) != derived_id("b", T0)
    assert id_time_ms(derived_id("a", T0)) == int(T0.timestamp() * 1000)
    assert prior_attempts(RunCommand(operation="x")) == []


def test_a_second_recorders_copy_of_a_timed_out_attempt_is_not_decided_again() -> None:
    """The watchdog and a process woken from a freeze both record the attempt's timed_out (one id, two times)."""
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    command = RunCommand(operation="fetch", input={"page": 1})
    watchdogs = failed_event(command, T0, error_type="builtins.TimeoutError", error_message="the watchdog timed it out")
    watchdogs = watchdogs.model_copy(
        update={"status": TaskRunStatus.TIMED_OUT, "event_id": timed_out_event_id(command.run_id, 1)}
    )
    woken = watchdogs.model_copy(update={"occurred_at": T0 + timedelta(seconds=9), "error_message": "silent 12 s"})
    first = core.handle_outcome(outcome(command, watchdogs, FAST), source=SOURCE)
    assert [a.action for a in models(first, Topics.RECOVERY.name)] == ["retry_scheduled"]
    assert core.handle_outcome(outcome(command, woken, FAST), source=SOURCE).records == []
    again = core.handle_outcome(outcome(command, watchdogs, FAST), source=SOURCE)  # a redelivery: the same records
    assert [r.value for r in again.records] == [r.value for r in first.records]
    # A direct call's copies come on the events topic: the same rule.
    direct = watchdogs.model_copy(
        update={"channel": "direct", "run_id": "d-1", "event_id": timed_out_event_id("d-1", 1)}
    )
    assert models(core.handle_event(direct, source=SOURCE), Topics.RECOVERY.name)  # dead-lettered: redacted input
    late = direct.model_copy(update={"occurred_at": T0 + timedelta(seconds=30)})
    assert core.handle_event(late, source=SOURCE).records == []
    # Another attempt's timed_out is its own decision; a runner copy carrying steps to undo is decided too.
    retry = command.model_copy(update={"run_id": new_id(), "attempt": 2})
    second = watchdogs.model_copy(
        update={"run_id": retry.run_id, "attempt": 2, "event_id": timed_out_event_id(retry.run_id, 2)}
    )
    assert core.handle_outcome(outcome(retry, second, FAST), source=SOURCE).records
    steps = [CompensationStep(name="undo", run_id=command.run_id, index=0)]
    with_steps = outcome(command, woken, FAST).model_copy(
        update={"compensations": steps, "compensate_on": "every_failure"}
    )
    assert core.handle_outcome(with_steps, source=SOURCE).records


def test_a_copy_decided_for_its_steps_to_undo_is_remembered_so_the_watchdogs_copy_after_it_is_skipped() -> None:
    """The woken runner's copy (with steps to undo) first, the watchdog's after it: one decision, not two."""
    core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    command = RunCommand(operation="fetch", input={"page": 1})
    watchdogs = failed_event(command, T0, error_type="builtins.TimeoutError", error_message="the watchdog timed it out")
    watchdogs = watchdogs.model_copy(
        update={"status": TaskRunStatus.TIMED_OUT, "event_id": timed_out_event_id(command.run_id, 1)}
    )
    woken = watchdogs.model_copy(update={"occurred_at": T0 + timedelta(seconds=9), "error_message": "silent 12 s"})
    steps = [CompensationStep(name="undo", run_id=command.run_id, index=0)]
    with_steps = outcome(command, woken, FAST).model_copy(
        update={"compensations": steps, "compensate_on": "every_failure"}
    )
    first = core.handle_outcome(with_steps, source=SOURCE)
    assert [a.action for a in models(first, Topics.RECOVERY.name)].count("retry_scheduled") == 1
    assert core.handle_outcome(outcome(command, watchdogs, FAST), source=SOURCE).records == []
    again = core.handle_outcome(with_steps, source=SOURCE)  # a redelivery of the copy decided: the same records
    assert [r.value for r in again.records] == [r.value for r in first.records]


@pytest.mark.parametrize("restarted", [False, True])
def test_a_woken_runners_copy_decided_for_its_steps_gives_the_run_no_second_dead_letter(restarted: bool) -> None:
    """The last attempt timed out: the watchdog's copy dead-letters it, the woken runner's copy (with steps) too.

    Both copies were decided, each at its own time, so the run had two dead letters with two ids and a
    replay of both ran its work twice. Now the second copy is decided at the first's time (same decision,
    same ids), and the dead letter's id is the attempt's whichever copy decides (after a restart too).
    """
    command = RunCommand(operation="fetch", input={"page": 1}, reason="retry", attempt=3, root_run_id=new_id())
    watchdogs = failed_event(command, T0, error_type="builtins.TimeoutError", error_message="the watchdog timed it out")
    watchdogs = watchdogs.model_copy(
        update={"status": TaskRunStatus.TIMED_OUT, "event_id": timed_out_event_id(command.run_id, 3)}
    )
    woken = watchdogs.model_copy(update={"occurred_at": T0 + timedelta(seconds=9), "error_message": "silent 12 s"})
    steps = [CompensationStep(name="undo", run_id=command.run_id, index=0)]
    with_steps = outcome(command, woken, FAST).model_copy(update={"compensations": steps})
    first_core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())
    first = first_core.handle_outcome(outcome(command, watchdogs, FAST), source=SOURCE)
    second_core = RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet()) if restarted else first_core
    second = second_core.handle_outcome(with_steps, source=SOURCE)
    [letter] = models(first, Topics.DLQ.name)
    [again] = models(second, Topics.DLQ.name)  # decided again (its steps are undone), but the same dead letter
    assert again.dlq_id == letter.dlq_id
    [request] = models(second, Topics.COMMANDS.name)
    assert request.compensations == steps
    if not restarted:  # the same decision at the same time: the same action, which the sink keeps once
        [action] = models(first, Topics.RECOVERY.name)
        [repeated] = models(second, Topics.RECOVERY.name)
        assert repeated.action_id == action.action_id and repeated.dlq_id == letter.dlq_id


@pytest.mark.parametrize(
    "placeholder",
    [
        {"_errorflow_unavailable": "input could not be captured: RuntimeError"},  # an argument's repr raised
        {"_errorflow_dropped": "input of 2000000 bytes dropped: the event was over the size limit"},
        {"rows": [[["<nested too deeply>"]]]},  # the event was cleaned for orjson: the input was cut
    ],
)
def test_a_direct_call_whose_input_was_not_captured_whole_is_not_retried_with_the_placeholder(
    core: RecoveryCore, placeholder: dict[str, Any]
) -> None:
    """The SDK's stand-ins for an input it could not send are no input: run with them, the call does other work."""
    failed = TaskRunEvent(
        run_id=new_id(),
        root_run_id=f"direct-{new_id()}",
        operation="resize",
        service="media",
        status=TaskRunStatus.FAILED,
        channel="direct",
        input_dump=placeholder,
        **TIMEOUT,
    )
    handled = core.handle_event(failed, source=SOURCE)
    assert models(handled, Topics.RETRY.name) == []
    (letter,) = models(handled, Topics.DLQ.name)
    assert letter.command is None and not letter.replayable


@pytest.mark.parametrize(
    "policy",
    [
        {"initial_delay_s": 1e12, "max_delay_s": 1e12, "jitter": "none"},
        {"initial_delay_s": 1e300, "max_delay_s": 1e300},
        {"deadline_s": 1e300},
    ],
)
def test_a_decorator_policy_too_long_for_a_date_is_ignored_and_the_run_still_decided(
    core: RecoveryCore, policy: dict[str, Any]
) -> None:
    # A finite policy whose delay or deadline is past any date made decide() raise OverflowError: the
    # agent quarantined the outcome and the run ended with no retry, no dead letter, no terminal state.
    command = RunCommand(operation="op_with_huge_policy", input={"page": 1})
    handled = core.handle_outcome(outcome(command, failed_event(command, T0, **TIMEOUT), policy), source=SOURCE)
    assert handled.decision is not None and handled.decision.action == "retry_scheduled"
    assert [record.topic for record in handled.records] == [Topics.RECOVERY.name, Topics.RETRY.name]


@pytest.mark.parametrize("ending", [PERMISSION, None])
def test_a_replays_outcome_is_newer_than_its_replayed_version_whatever_the_runners_clock(
    core: RecoveryCore, ending: dict[str, str] | None
) -> None:
    # The CLI's `replayed` version has updated_at = its clock's now (the replay command's issued_at); the
    # outcome's was the event time, floored only by the replay id's time (the replayed version's, earlier).
    # A runner clock two seconds behind the operator's wrote the outcome as an older version than
    # `replayed`: dlq_current said `replayed` for ever and a bulk replay never took the entry again.
    from errorflow.cli.replay import plan_replays
    from errorflow.sinks.rows import dlq_row

    original = RunCommand(operation="sync", input={"page": 1})
    letter = DeadLetter(
        run_id=original.run_id,
        root_run_id=original.root_run_id,
        attempt=1,
        operation="sync",
        service="svc",
        reason="permanent",
        category="permanent",
        command=original,
        first_failed_at=T0,
        dead_lettered_at=T0,
    )
    cli_now = T0 + timedelta(hours=1)
    (plan,) = plan_replays([{**dlq_row(letter), "updated_at": T0}], now=cli_now, user="ops")
    assert plan.command is not None
    replayed = [decode(value, DeadLetterUpdate) for topic, _, value in plan.records if topic == Topics.DLQ_STATE.name]
    runner_now = cli_now - timedelta(seconds=1.5)  # the runner's clock is behind; the replay ended 0.5 s later
    event = (
        failed_event(plan.command, runner_now, **ending)
        if ending is not None
        else succeeded_event(plan.command, runner_now)
    )
    handled = core.handle_outcome(outcome(plan.command, event), source=SOURCE)
    assert handled.writeback is not None
    assert handled.writeback.at > replayed[0].updated_at
    again = core.handle_outcome(outcome(plan.command, event), source=SOURCE)  # redelivered: the same version
    assert again.writeback == handled.writeback


ONE_TRY = {"transient": {"max_attempts": 1}}


def test_the_watchdogs_outcome_of_a_stuck_attempt_applies_the_decorators_policy_from_its_label(
    core: RecoveryCore,
) -> None:
    # The watchdog cannot know the decorator's retry_policy (outcome.retry_policy is None); the stuck
    # attempt's events carry it as a label, and its timed_out copy keeps their labels.
    command = RunCommand(operation="fetch_one_try", input={})
    stuck = failed_event(command, T0, **TIMEOUT).model_copy(
        update={
            "event_id": timed_out_event_id(command.run_id, 1),
            "status": TaskRunStatus.TIMED_OUT,
            "labels": {"team": "crm", RETRY_POLICY_LABEL: retry_policy_label(ONE_TRY)},
        }
    )
    handled = core.handle_outcome(outcome(command, stuck, None), source=SOURCE)
    (action,) = models(handled, Topics.RECOVERY.name)
    assert action.action == "dead_lettered" and not models(handled, Topics.RETRY.name)
    # Without the label: the category's default (5 attempts), as before.
    unlabelled = stuck.model_copy(update={"labels": {"team": "crm"}, "run_id": new_id(), "event_id": new_id()})
    (action,) = models(core.handle_outcome(outcome(command, unlabelled, None), source=SOURCE), Topics.RECOVERY.name)
    assert action.action == "retry_scheduled" and "attempt 2/5" in action.detail


def test_a_runners_reported_policy_wins_over_the_label(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch_reported", input={})
    failed = failed_event(command, T0, **TIMEOUT).model_copy(
        update={"labels": {RETRY_POLICY_LABEL: retry_policy_label(ONE_TRY)}}
    )
    (action,) = models(core.handle_outcome(outcome(command, failed, FAST), source=SOURCE), Topics.RECOVERY.name)
    assert action.action == "retry_scheduled" and "attempt 2/3" in action.detail


def test_a_direct_calls_failure_applies_the_decorators_policy_from_its_label(core: RecoveryCore) -> None:
    event = TaskRunEvent(
        run_id=new_id(),
        root_run_id=new_id(),
        operation="direct_one_try",
        service="svc",
        status=TaskRunStatus.FAILED,
        occurred_at=T0,
        channel="direct",
        labels={RETRY_POLICY_LABEL: retry_policy_label(ONE_TRY)},
        **TIMEOUT,
    )
    (action,) = models(core.handle_event(event, source=SOURCE), Topics.RECOVERY.name)
    assert action.action == "dead_lettered"
    for hostile in ("not json", "[1, 2]", '{"transient": {"max_attempts": "many"}}'):
        odd = event.model_copy(update={"event_id": new_id(), "labels": {RETRY_POLICY_LABEL: hostile}})
        (action,) = models(core.handle_event(odd, source=SOURCE), Topics.RECOVERY.name)
        assert action.action == "retry_scheduled" and "attempt 2/5" in action.detail, hostile
