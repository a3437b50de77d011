"""Every transition of the breaker state machine, driven by an injected clock."""

from __future__ import annotations

import pytest

from errorflow.breakers import Breaker, BreakerConfig, BreakerState, Outcomes

S = BreakerState


def cfg(**overrides: object) -> BreakerConfig:
    base: dict[str, object] = {
        "sliding_window_size": 10,
        "minimum_calls": 4,
        "failure_rate_threshold": 0.5,
        "wait_open_s": 30.0,
        "half_open_calls": 2,
        "slow_call_duration_s": 1.0,
        "slow_call_rate_threshold": 0.8,
    }
    base.update(overrides)
    return BreakerConfig(**base)  # type: ignore[arg-type]


def opened(now: float = 100.0, **overrides: object) -> Breaker:
    breaker = Breaker("db", cfg(**overrides), now=0.0)
    [transition] = breaker.record(Outcomes(successes=1, failures=3), now)
    assert transition.to_state is S.OPEN
    return breaker


def test_closed_stays_closed_below_the_minimum_number_of_calls() -> None:
    breaker = Breaker("db", cfg())
    assert breaker.record(Outcomes(failures=3), 1.0) == []
    assert breaker.state is S.CLOSED


def test_closed_stays_closed_below_the_failure_rate() -> None:
    breaker = Breaker("db", cfg())
    assert breaker.record(Outcomes(successes=3, failures=2), 1.0) == []
    assert breaker.state is S.CLOSED


def test_closed_to_open_on_failure_rate_with_the_numbers_that_caused_it() -> None:
    breaker = Breaker("db", cfg())
    assert breaker.record(Outcomes(successes=2, failures=1), 1.0) == []
    [transition] = breaker.record(Outcomes(failures=1), 2.0)
    assert (transition.from_state, transition.to_state, transition.reason) == (S.CLOSED, S.OPEN, "failure_rate")
    assert (transition.calls, transition.failures, transition.failure_rate) == (4, 2, 0.5)
    assert transition.open_until == 32.0 and transition.at == 2.0 and transition.sequence == 1
    assert breaker.state is S.OPEN and not breaker.permits(31.9) and breaker.permits(32.0)


def test_closed_to_open_on_slow_call_rate() -> None:
    breaker = Breaker("db", cfg())
    [transition] = breaker.record(Outcomes(successes=5, slow=4), 1.0)
    assert transition.reason == "slow_call_rate" and transition.slow_call_rate == 0.8 and transition.slow_calls == 4


def test_open_to_half_open_when_the_wait_ends() -> None:
    breaker = opened(100.0)
    assert breaker.tick(129.9) == []
    [transition] = breaker.tick(130.0)
    assert (transition.from_state, transition.to_state, transition.reason) == (S.OPEN, S.HALF_OPEN, "wait_elapsed")
    assert breaker.state is S.HALF_OPEN and breaker.permits(130.0)


def test_outcomes_after_the_wait_count_as_trials_even_before_a_tick() -> None:
    breaker = opened(100.0)
    transitions = breaker.record(Outcomes(successes=2), 131.0)
    assert [t.to_state for t in transitions] == [S.HALF_OPEN, S.CLOSED]
    assert transitions[1].reason == "trials_succeeded" and transitions[1].calls == 2


def test_half_open_to_closed_after_enough_successful_trials() -> None:
    breaker = opened(100.0)
    breaker.tick(130.0)
    assert breaker.record(Outcomes(successes=1), 131.0) == []  # one trial of two: no decision yet
    [transition] = breaker.record(Outcomes(successes=1), 132.0)
    assert (transition.to_state, transition.reason, transition.calls, transition.failures) == (
        S.CLOSED,
        "trials_succeeded",
        2,
        0,
    )
    assert breaker.window(133.0).calls == 0  # closed again with a fresh window


def test_half_open_to_open_when_trials_fail() -> None:
    breaker = opened(100.0)
    breaker.tick(130.0)
    [transition] = breaker.record(Outcomes(successes=1, failures=1), 131.0)
    assert (transition.from_state, transition.to_state, transition.reason) == (S.HALF_OPEN, S.OPEN, "trials_failed")
    assert transition.open_until == 161.0 and transition.failure_rate == 0.5


def test_a_single_failing_trial_reopens_with_one_trial_call() -> None:
    breaker = opened(100.0, half_open_calls=1)
    [_, transition] = breaker.record(Outcomes(failures=1), 140.0)
    assert transition.to_state is S.OPEN and transition.reason == "trials_failed"


def test_half_open_to_open_when_trials_are_slow() -> None:
    breaker = opened(100.0)
    breaker.tick(130.0)
    [transition] = breaker.record(Outcomes(successes=2, slow=2), 131.0)
    assert transition.to_state is S.OPEN and transition.reason == "trials_slow"


def test_half_open_times_out_back_to_open() -> None:
    breaker = opened(100.0, max_wait_half_open_s=10.0)
    breaker.tick(130.0)
    assert breaker.tick(139.0) == []
    [transition] = breaker.tick(140.0)
    assert (transition.from_state, transition.to_state, transition.reason) == (
        S.HALF_OPEN,
        S.OPEN,
        "half_open_timeout",
    )
    assert transition.open_until == 170.0


def test_by_default_a_half_open_breaker_whose_trials_never_report_opens_again() -> None:
    # A trial's outcome comes from another process through Kafka; a process killed mid-trial never
    # reports it. Waiting forever (max_wait_half_open_s=0) would leave the breaker half-open for good.
    breaker = Breaker("db", BreakerConfig(minimum_calls=4, sliding_window_size=10), now=0.0)
    breaker.record(Outcomes(failures=4), 100.0)
    [half_open] = breaker.tick(160.0)
    assert half_open.to_state is S.HALF_OPEN
    assert breaker.tick(459.0) == []
    [transition] = breaker.tick(460.0)
    assert (transition.to_state, transition.reason) == (S.OPEN, "half_open_timeout")


@pytest.mark.parametrize(
    ("action", "target"),
    [
        ("force_open", S.FORCED_OPEN),
        ("force_close", S.CLOSED),
        ("disable", S.DISABLED),
        ("metrics_only", S.METRICS_ONLY),
        ("reset", S.CLOSED),
    ],
)
@pytest.mark.parametrize("start", ["closed", "open", "half_open"])
def test_operator_overrides_from_every_automatic_state(action: str, target: BreakerState, start: str) -> None:
    breaker = Breaker("db", cfg()) if start == "closed" else opened(100.0)
    if start == "half_open":
        breaker.tick(130.0)
    before = breaker.state
    transition = breaker.operator(action, 135.0, actor="ana", note="vendor outage")
    assert (transition.from_state, transition.to_state, transition.reason) == (before, target, action)
    assert (transition.actor, transition.note) == ("ana", "vendor outage")
    assert breaker.state is target


def test_forced_open_rejects_and_ignores_outcomes_and_time() -> None:
    breaker = Breaker("db", cfg())
    breaker.operator("force_open", 1.0)
    assert breaker.record(Outcomes(successes=100), 1000.0) == []
    assert breaker.tick(10_000.0) == [] and not breaker.permits(10_000.0)


def test_disabled_admits_and_records_nothing() -> None:
    breaker = Breaker("db", cfg())
    breaker.operator("disable", 1.0)
    assert breaker.record(Outcomes(failures=100), 2.0) == [] and breaker.permits(2.0)
    assert breaker.window(2.0).calls == 0


def test_metrics_only_records_but_never_opens() -> None:
    breaker = Breaker("db", cfg())
    breaker.operator("metrics_only", 1.0)
    assert breaker.record(Outcomes(failures=10), 2.0) == []
    assert breaker.window(2.0).failures == 10 and breaker.permits(2.0)


def test_force_close_and_reset_forget_old_failures() -> None:
    for action in ("force_close", "reset"):
        breaker = Breaker("db", cfg())
        breaker.record(Outcomes(successes=3), 1.0)
        breaker.record(Outcomes(failures=3, successes=1), 1.0)  # 3 of 7: closed
        breaker.operator(action, 2.0)
        assert breaker.record(Outcomes(failures=1), 3.0) == []  # 1 call < minimum: the old 3 are gone


def test_an_operator_override_to_the_same_state_is_still_a_transition() -> None:
    breaker = Breaker("db", cfg())
    transition = breaker.operator("reset", 1.0, actor="ops")
    assert (transition.from_state, transition.to_state, transition.sequence) == (S.CLOSED, S.CLOSED, 1)


def test_unknown_operator_action_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown breaker action"):
        Breaker("db", cfg()).operator("explode", 1.0)


def test_count_window_keeps_only_the_last_calls() -> None:
    breaker = Breaker("db", cfg(sliding_window_size=10, minimum_calls=4))
    breaker.record(Outcomes(failures=4, successes=6), 1.0)  # 40 %: closed
    assert breaker.state is S.CLOSED
    breaker.record(Outcomes(successes=8), 2.0)  # the oldest batch shrinks to 2 calls, keeping its 40 % share
    assert breaker.window(2.0).calls == 10 and breaker.window(2.0).failures == 1


def test_time_window_forgets_old_seconds() -> None:
    breaker = Breaker("db", cfg(sliding_window_type="time", sliding_window_size=10, minimum_calls=4))
    breaker.record(Outcomes(failures=3), 100.0)
    assert breaker.record(Outcomes(failures=1, successes=0), 111.0) == []  # the 3 of second 100 left the window
    [transition] = breaker.record(Outcomes(failures=3), 112.0)
    assert transition.to_state is S.OPEN and transition.calls == 4 and transition.window_type == "time"


def test_snapshot_round_trip_keeps_state_window_and_trials() -> None:
    for window_type in ("count", "time"):
        config = cfg(sliding_window_type=window_type)
        breaker = Breaker("db", config)
        breaker.record(Outcomes(successes=2, failures=1), 100.0)
        restored = Breaker.restore(breaker.snapshot(), config)
        assert restored.snapshot() == breaker.snapshot()
        [transition] = restored.record(Outcomes(failures=1), 100.5)
        assert transition.calls == 4 and transition.to_state is S.OPEN
    half = opened(100.0)
    half.record(Outcomes(successes=1), 131.0)
    restored = Breaker.restore(half.snapshot(), half.config)
    assert restored.state is S.HALF_OPEN and restored.window(131.0).successes == 1
    [transition] = restored.record(Outcomes(successes=1), 132.0)
    assert transition.to_state is S.CLOSED


def test_outcomes_reject_impossible_counts() -> None:
    with pytest.raises(ValueError, match="slow"):
        Outcomes(successes=1, slow=2)
    with pytest.raises(ValueError, match="negative"):
        Outcomes(failures=-1)
