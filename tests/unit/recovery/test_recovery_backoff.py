import random
import statistics

import pytest

from errorflow.recovery import (
    RetryPolicy,
    delay_bounds,
    delay_for,
    exponential_delay,
    theoretical_recovery_rate,
    theoretical_retry_recovery_rate,
)

SAMPLES = 4000


def policy(**fields: object) -> RetryPolicy:
    base: dict[str, object] = {"initial_delay_s": 1.0, "multiplier": 2.0, "max_delay_s": 60.0, "max_attempts": 10}
    base.update(fields)
    return RetryPolicy(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("attempt", "expected"), [(1, 1.0), (2, 2.0), (3, 4.0), (6, 32.0), (7, 60.0), (5000, 60.0)])
def test_exponential_delay_is_capped(attempt: int, expected: float) -> None:
    assert exponential_delay(policy(), attempt) == expected


def test_exponential_delay_zero_base_and_bad_attempt() -> None:
    assert exponential_delay(policy(initial_delay_s=0.0), 4) == 0.0
    with pytest.raises(ValueError, match="attempt"):
        exponential_delay(policy(), 0)


def test_none_jitter_is_exact() -> None:
    rng = random.Random(1)
    assert [delay_for(policy(jitter="none"), n, rng=rng) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]


@pytest.mark.parametrize("attempt", [1, 3, 8])
def test_full_jitter_is_uniform_up_to_the_capped_delay(attempt: int) -> None:
    rng = random.Random(7)
    p = policy(jitter="full")
    cap = exponential_delay(p, attempt)
    values = [delay_for(p, attempt, rng=rng) for _ in range(SAMPLES)]
    assert all(0.0 <= v <= cap for v in values)
    assert statistics.fmean(values) == pytest.approx(cap / 2, rel=0.05)
    assert min(values) < cap * 0.05 and max(values) > cap * 0.95
    assert delay_bounds(p, attempt) == (0.0, cap)


@pytest.mark.parametrize("attempt", [1, 4, 9])
def test_equal_jitter_keeps_half_the_delay(attempt: int) -> None:
    rng = random.Random(11)
    p = policy(jitter="equal")
    cap = exponential_delay(p, attempt)
    values = [delay_for(p, attempt, rng=rng) for _ in range(SAMPLES)]
    assert all(cap / 2 <= v <= cap for v in values)
    assert statistics.fmean(values) == pytest.approx(0.75 * cap, rel=0.03)
    assert delay_bounds(p, attempt) == (cap / 2, cap)


def test_decorrelated_jitter_grows_from_the_previous_delay_and_is_capped() -> None:
    rng = random.Random(3)
    p = policy(jitter="decorrelated", initial_delay_s=1.0, max_delay_s=20.0)
    first = [delay_for(p, 1, rng=rng) for _ in range(SAMPLES)]
    assert all(1.0 <= v <= 3.0 for v in first)  # U(base, base * 3)
    assert statistics.fmean(first) == pytest.approx(2.0, rel=0.03)
    after_five = [delay_for(p, 2, rng=rng, previous_delay_s=5.0) for _ in range(SAMPLES)]
    assert all(1.0 <= v <= 15.0 for v in after_five)
    assert statistics.fmean(after_five) == pytest.approx(8.0, rel=0.05)
    capped = [delay_for(p, 3, rng=rng, previous_delay_s=100.0) for _ in range(SAMPLES)]
    assert all(1.0 <= v <= 20.0 for v in capped)
    assert max(capped) == 20.0  # min(cap, U(1, 300)) is the cap most of the time
    assert delay_bounds(p, 2, previous_delay_s=5.0) == (1.0, 15.0)
    assert delay_bounds(p, 1) == (1.0, 3.0)


def test_decorrelated_sequence_stays_in_bounds() -> None:
    rng = random.Random(5)
    p = policy(jitter="decorrelated", initial_delay_s=0.5, max_delay_s=30.0)
    previous = None
    for attempt in range(1, 50):
        low, high = delay_bounds(p, attempt, previous_delay_s=previous)
        value = delay_for(p, attempt, rng=rng, previous_delay_s=previous)
        assert low <= value <= high <= 30.0
        previous = value


def test_same_seed_same_delays() -> None:
    p = policy(jitter="full")
    first = [delay_for(p, n, rng=random.Random(42)) for n in range(1, 6)]
    second = [delay_for(p, n, rng=random.Random(42)) for n in range(1, 6)]
    assert first == second


@pytest.mark.parametrize(
    ("p_fail", "attempts", "expected"),
    [(0.5, 1, 0.5), (0.5, 3, 0.875), (0.3, 5, 1 - 0.3**5), (0.0, 2, 1.0), (1.0, 4, 0.0)],
)
def test_theoretical_recovery_rate(p_fail: float, attempts: int, expected: float) -> None:
    assert theoretical_recovery_rate(p_fail, attempts) == pytest.approx(expected)


def test_theoretical_retry_recovery_rate_counts_runs_that_failed_once() -> None:
    assert theoretical_retry_recovery_rate(0.5, 1) == 0.0
    assert theoretical_retry_recovery_rate(0.5, 3) == pytest.approx(0.75)
    with pytest.raises(ValueError, match="p_fail_per_attempt"):
        theoretical_retry_recovery_rate(1.5, 3)
    with pytest.raises(ValueError, match="max_attempts"):
        theoretical_recovery_rate(0.5, 0)


def test_theoretical_rate_matches_a_simulation() -> None:
    rng = random.Random(9)
    runs, p_fail, attempts = 20_000, 0.4, 3
    recovered = sum(any(rng.random() >= p_fail for _ in range(attempts)) for _ in range(runs))
    assert recovered / runs == pytest.approx(theoretical_recovery_rate(p_fail, attempts), abs=0.01)
