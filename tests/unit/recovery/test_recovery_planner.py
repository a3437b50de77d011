import random
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errorflow.recovery import (
    Category,
    FailFast,
    PolicySet,
    RetryPolicy,
    RetrySchedule,
    SendToDeadLetter,
    build_replay_command,
    build_retry_command,
    command_from_event,
    decide,
    decision_rng,
    delay_bounds,
    previous_delay_from,
    run_started_at_from,
)
from errorflow.schemas import Actor, RunCommand, TaskRunEvent, TaskRunStatus
from errorflow.schemas.ids import new_id

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
POLICIES = PolicySet()


def failed_event(command: RunCommand, **overrides: object) -> TaskRunEvent:
    fields: dict[str, object] = {
        "run_id": command.run_id,
        "root_run_id": command.root_run_id,
        "attempt": command.attempt,
        "operation": command.operation,
        "service": "svc",
        "status": TaskRunStatus.FAILED,
        "error_type": "requests.exceptions.ConnectTimeout",
        "error_message": "connect timeout",
        "occurred_at": NOW,
        "input_dump": {"url": "https://example.org", "token": "***"},
    }
    fields.update(overrides)
    return TaskRunEvent(**fields)  # type: ignore[arg-type]


def submit(**overrides: object) -> RunCommand:
    fields: dict[str, object] = {"operation": "scrape", "input": {"url": "https://example.org", "token": "s3cret"}}
    fields.update(overrides)
    return RunCommand(**fields)  # type: ignore[arg-type]


def run_decide(
    category: str, *, attempt: int = 1, policy: RetryPolicy | None = None, rng_seed: int = 0, **kwargs: object
) -> object:
    command = submit(attempt=attempt)
    return decide(
        failed=failed_event(command),
        category=category,
        policy=policy or POLICIES.policy_for(category),
        now=NOW,
        rng=random.Random(rng_seed),
        **kwargs,  # type: ignore[arg-type]
    )


def test_transient_retries_with_backoff_until_exhausted() -> None:
    policy = POLICIES.policy_for("transient")
    for attempt in range(1, policy.max_attempts):
        decision = run_decide("transient", attempt=attempt)
        assert isinstance(decision, RetrySchedule)
        assert decision.attempt == attempt + 1
        assert decision.action == "retry_scheduled" and decision.reason == "backoff"
        assert 0.0 <= decision.delay_s <= min(60.0, 2 ** (attempt - 1))
        assert decision.due_at == NOW + timedelta(seconds=decision.delay_s)
        assert decision.decided_at == NOW
    last = run_decide("transient", attempt=policy.max_attempts)
    assert isinstance(last, SendToDeadLetter)
    assert last.reason == "retries_exhausted" and last.action == "dead_lettered"
    assert "5 attempts" in last.detail


def test_resource_waits_for_capacity() -> None:
    decision = run_decide("resource")
    assert isinstance(decision, RetrySchedule)
    assert decision.action == "waiting_for_resources"
    assert 300.0 <= decision.delay_s <= 600.0
    short = run_decide("resource", policy=PolicySet.from_mapping({}, resource_wait_s=2.0).policy_for("resource"))
    assert isinstance(short, RetrySchedule) and 2.0 <= short.delay_s <= 4.0


def test_validation_fails_fast_and_says_why() -> None:
    decision = run_decide("validation")
    assert isinstance(decision, FailFast)
    assert decision.reason == "validation" and decision.action == "failed_fast"
    assert "connect timeout" in decision.detail
    assert decision.terminal


def test_permanent_is_dead_lettered_at_once() -> None:
    decision = run_decide("permanent")
    assert isinstance(decision, SendToDeadLetter)
    assert decision.reason == "permanent" and decision.action == "dead_lettered"


def test_unknown_retries_once_then_dead_letters() -> None:
    first = run_decide("unknown")
    assert isinstance(first, RetrySchedule) and 2.5 <= first.delay_s <= 5.0
    second = run_decide("unknown", attempt=2)
    assert isinstance(second, SendToDeadLetter) and second.reason == "retries_exhausted"


def test_unrecognised_category_is_treated_as_unknown() -> None:
    decision = run_decide("martian", policy=POLICIES.policy_for("martian"))
    assert isinstance(decision, RetrySchedule)


def test_not_retryable_verdict_wins_over_the_policy() -> None:
    decision = run_decide("transient", retryable=False)
    assert isinstance(decision, SendToDeadLetter) and decision.reason == "not_retryable"
    fail = run_decide("transient", retryable=False, policy=RetryPolicy(on_exhausted="fail"))
    assert isinstance(fail, FailFast) and fail.reason == "not_retryable"


def test_never_retry_and_always_dead_letter_flags() -> None:
    never = run_decide("transient", policy=RetryPolicy(never_retry=True))
    assert isinstance(never, SendToDeadLetter) and never.reason == "policy"
    never_fail = run_decide("transient", policy=RetryPolicy(never_retry=True, on_exhausted="fail"))
    assert isinstance(never_fail, FailFast) and never_fail.reason == "policy"
    always = run_decide("validation", policy=RetryPolicy(always_dead_letter=True, on_exhausted="fail"))
    assert isinstance(always, SendToDeadLetter) and always.reason == "validation"


def test_exhausted_with_on_exhausted_fail() -> None:
    decision = run_decide("transient", attempt=3, policy=RetryPolicy(max_attempts=3, on_exhausted="fail"))
    assert isinstance(decision, FailFast) and decision.reason == "retries_exhausted"


def test_past_the_deadline_is_dead_lettered() -> None:
    policy = RetryPolicy(max_attempts=10, deadline_s=60.0)
    started = NOW - timedelta(seconds=61)
    decision = run_decide("transient", attempt=2, policy=policy, run_started_at=started)
    assert isinstance(decision, SendToDeadLetter)
    assert decision.reason == "deadline_exceeded" and decision.action == "gave_up_deadline"


def test_a_retry_due_after_the_deadline_gives_up_now() -> None:
    policy = RetryPolicy(max_attempts=10, initial_delay_s=30.0, max_delay_s=30.0, jitter="none", deadline_s=60.0)
    decision = run_decide("transient", attempt=2, policy=policy, run_started_at=NOW - timedelta(seconds=40))
    assert isinstance(decision, SendToDeadLetter) and decision.reason == "deadline_exceeded"
    assert "would start" in decision.detail
    within = run_decide("transient", attempt=2, policy=policy, run_started_at=NOW - timedelta(seconds=20))
    assert isinstance(within, RetrySchedule) and within.delay_s == 30.0


def test_command_deadline_applies_when_earlier() -> None:
    policy = RetryPolicy(max_attempts=10, deadline_s=3600.0)
    decision = run_decide("transient", policy=policy, deadline_at=NOW - timedelta(seconds=1))
    assert isinstance(decision, SendToDeadLetter) and decision.reason == "deadline_exceeded"


def test_exhaustion_is_reported_before_the_deadline() -> None:
    policy = RetryPolicy(max_attempts=2, deadline_s=1.0)
    decision = run_decide("transient", attempt=2, policy=policy, run_started_at=NOW - timedelta(hours=1))
    assert isinstance(decision, SendToDeadLetter) and decision.reason == "retries_exhausted"


def test_run_started_at_from_the_root_run_id() -> None:
    command = submit()
    first = failed_event(command)
    assert run_started_at_from(first) == NOW  # attempt 1: its own time
    later = failed_event(command, attempt=3, run_id=new_id())
    started = run_started_at_from(later)
    assert abs((started - datetime.now(timezone.utc)).total_seconds()) < 60  # UUIDv7 creation time
    foreign = failed_event(command, attempt=3, root_run_id="job-42")
    assert run_started_at_from(foreign) == NOW
    v4 = failed_event(command, attempt=3, root_run_id="9b2f0e58-0c4d-4d8b-9f45-3f0b8c1b8f10")
    assert run_started_at_from(v4) == NOW


def test_decisions_are_reproducible_for_a_redelivered_event() -> None:
    command = submit()
    event = failed_event(command)
    policy = POLICIES.policy_for("transient")
    a = decide(failed=event, category="transient", policy=policy, now=event.occurred_at, rng=decision_rng(event))
    b = decide(failed=event, category="transient", policy=policy, now=event.occurred_at, rng=decision_rng(event))
    assert a == b


def test_naive_now_is_utc() -> None:
    decision = decide(
        failed=failed_event(submit()),
        category=Category.TRANSIENT,
        policy=RetryPolicy(jitter="none"),
        now=NOW.replace(tzinfo=None),
        rng=random.Random(0),
    )
    assert isinstance(decision, RetrySchedule) and decision.due_at == NOW + timedelta(seconds=1)


def test_build_retry_command_keeps_lineage_and_input() -> None:
    original = submit(deadline_at=NOW + timedelta(hours=1), actor=Actor(user_id="u1"))
    event = failed_event(original)
    decision = run_decide("transient")
    assert isinstance(decision, RetrySchedule)
    retry = build_retry_command(original, decision, event, "transient")
    assert retry.reason == "retry"
    assert retry.root_run_id == original.root_run_id and retry.run_id != original.run_id
    assert retry.attempt == 2 and retry.idempotency_key == f"{original.root_run_id}:2"
    assert retry.input == original.input  # the original input, not the redacted dump
    assert retry.not_before == decision.due_at and retry.issued_at == decision.decided_at
    assert retry.deadline_at == original.deadline_at and retry.actor == original.actor
    assert [(p.attempt, p.run_id, p.category) for p in retry.previous_errors] == [(1, event.run_id, "transient")]
    assert previous_delay_from(retry) == pytest.approx(decision.delay_s, abs=1e-3)
    assert previous_delay_from(original) is None

    second_event = failed_event(retry, error_message="again")
    second = decide(failed=second_event, category="transient", policy=RetryPolicy(), now=NOW, rng=random.Random(1))
    assert isinstance(second, RetrySchedule)
    third = build_retry_command(retry, second, second_event, "transient")
    assert third.attempt == 3 and len(third.previous_errors) == 2
    assert third.previous_errors[1].error_message == "again"


def test_build_retry_command_rejects_mismatches() -> None:
    original = submit()
    decision = run_decide("transient")
    assert isinstance(decision, RetrySchedule)
    other = failed_event(submit())
    with pytest.raises(ValueError, match="is not the attempt"):
        build_retry_command(original, decision, other, "transient")
    later = submit(attempt=3, run_id=original.run_id, root_run_id=original.root_run_id)
    with pytest.raises(ValueError, match="decision schedules attempt 2"):
        build_retry_command(later, decision, failed_event(later), "transient")


def test_replay_is_a_new_run_linked_to_its_origin() -> None:
    original = submit()
    replay = build_replay_command(original, now=NOW, actor=Actor(user_id="operator"))
    assert replay.reason == "replay" and replay.attempt == 1
    assert replay.run_id == replay.root_run_id != original.root_run_id
    assert replay.replayed_from == original.root_run_id
    assert replay.input == original.input and replay.previous_errors == []
    assert replay.actor.user_id == "operator" and replay.issued_at == NOW
    again = build_replay_command(replay, now=NOW, input_override={"url": "https://fixed.example"})
    assert again.replayed_from == replay.root_run_id and again.input == {"url": "https://fixed.example"}


def test_command_from_event_uses_the_redacted_dump() -> None:
    event = failed_event(submit(), attempt=2, run_id=new_id())
    command = command_from_event(event)
    assert command.input == {"url": "https://example.org", "token": "***"}
    assert (command.run_id, command.root_run_id, command.attempt) == (event.run_id, event.root_run_id, 2)
    assert build_replay_command(command, now=NOW).replayed_from == event.root_run_id


@settings(max_examples=200, deadline=None)
@given(
    category=st.sampled_from(["transient", "resource", "validation", "permanent", "unknown"]),
    attempt=st.integers(1, 12),
    max_attempts=st.integers(1, 10),
    jitter=st.sampled_from(["full", "equal", "decorrelated", "none"]),
    initial=st.floats(0.0, 10.0),
    seed=st.integers(0, 2**32),
)
def test_property_retries_stay_within_policy(
    category: str, attempt: int, max_attempts: int, jitter: str, initial: float, seed: int
) -> None:
    policy = RetryPolicy(max_attempts=max_attempts, initial_delay_s=initial, max_delay_s=initial * 4, jitter=jitter)  # type: ignore[arg-type]
    decision = run_decide(category, attempt=attempt, policy=policy, rng_seed=seed)
    if isinstance(decision, RetrySchedule):
        assert attempt < max_attempts and decision.attempt == attempt + 1
        low, high = delay_bounds(policy, attempt)
        assert low <= decision.delay_s <= high <= policy.max_delay_s
    else:
        assert decision.terminal
        assert attempt >= max_attempts or max_attempts == 1


def test_a_random_source_given_as_a_function_is_made_only_when_a_delay_is_drawn() -> None:
    failed = failed_event(submit())
    made: list[random.Random] = []

    def source() -> random.Random:
        made.append(decision_rng(failed))
        return made[-1]

    policy = POLICIES.policy_for(Category.VALIDATION, "scrape")
    stop = decide(failed=failed, category="validation", policy=policy, now=NOW, rng=source, retryable=False)
    assert isinstance(stop, FailFast | SendToDeadLetter) and made == []
    policy = POLICIES.policy_for(Category.TRANSIENT, "scrape")
    lazy = decide(failed=failed, category="transient", policy=policy, now=NOW, rng=source)
    eager = decide(failed=failed, category="transient", policy=policy, now=NOW, rng=decision_rng(failed))
    assert len(made) == 1 and isinstance(lazy, RetrySchedule) and lazy == eager
