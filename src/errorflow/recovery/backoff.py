"""Retry delays: exponential backoff with jitter, as pure functions of a policy and a random source.

The jitter modes follow the AWS Architecture Blog's "Exponential Backoff And
Jitter" (Marc Brooker, 2015), with ``d = min(max_delay_s, initial_delay_s *
multiplier ** (attempt - 1))`` the capped exponential delay after the
``attempt``-th failure:

========================  ==============================================================
``none``                  ``d``
``full``                  ``U(0, d)``
``equal``                 ``d / 2 + U(0, d / 2)``
``decorrelated``          ``min(max_delay_s, U(initial_delay_s, previous * 3))``, where
                          ``previous`` is the delay before the failed attempt (the
                          initial delay when there was none); it ignores ``multiplier``
========================  ==============================================================

The caller passes its ``random.Random`` so tests and replays are deterministic.
"""

from __future__ import annotations

import math
import random

from errorflow.recovery.policy import RetryPolicy

__all__ = [
    "delay_bounds",
    "delay_for",
    "exponential_delay",
    "theoretical_recovery_rate",
    "theoretical_retry_recovery_rate",
]


def exponential_delay(policy: RetryPolicy, attempt: int) -> float:
    """Return the capped exponential delay after the ``attempt``-th failure, before jitter."""
    if attempt < 1:
        raise ValueError(f"attempt must be >= 1, got {attempt}")
    if policy.initial_delay_s == 0.0:
        return 0.0
    try:
        raw = policy.initial_delay_s * policy.multiplier ** (attempt - 1)
    except OverflowError:
        return policy.max_delay_s
    return min(policy.max_delay_s, raw) if math.isfinite(raw) else policy.max_delay_s


def delay_bounds(policy: RetryPolicy, attempt: int, *, previous_delay_s: float | None = None) -> tuple[float, float]:
    """Return the smallest and largest delay ``delay_for`` can return for these arguments."""
    if policy.jitter == "decorrelated":
        low = min(policy.max_delay_s, policy.initial_delay_s)
        previous = policy.initial_delay_s if previous_delay_s is None else previous_delay_s
        return low, min(policy.max_delay_s, max(policy.initial_delay_s, previous * 3))
    capped = exponential_delay(policy, attempt)
    if policy.jitter == "full":
        return 0.0, capped
    if policy.jitter == "equal":
        return capped / 2, capped
    return capped, capped


def delay_for(
    policy: RetryPolicy,
    attempt: int,
    *,
    rng: random.Random,
    previous_delay_s: float | None = None,
) -> float:
    """Return the delay in seconds before retrying a run whose ``attempt``-th attempt failed.

    Args:
        policy: the run's retry policy.
        attempt: number of the attempt that just failed, from 1.
        rng: the random source; pass a seeded ``random.Random`` for reproducible delays.
        previous_delay_s: the delay that preceded the failed attempt (decorrelated jitter only).
    """
    if policy.jitter == "decorrelated":
        if attempt < 1:
            raise ValueError(f"attempt must be >= 1, got {attempt}")
        base = policy.initial_delay_s
        previous = base if previous_delay_s is None else max(previous_delay_s, 0.0)
        return min(policy.max_delay_s, rng.uniform(base, max(base, previous * 3)))
    capped = exponential_delay(policy, attempt)
    if policy.jitter == "full":
        return rng.uniform(0.0, capped)
    if policy.jitter == "equal":
        return capped / 2 + rng.uniform(0.0, capped / 2)
    return capped


def theoretical_recovery_rate(p_fail_per_attempt: float, max_attempts: int) -> float:
    """Return the share of runs a policy recovers when each attempt fails independently.

    A run recovers unless all of its ``max_attempts`` attempts fail: ``1 - p ** n``.
    Runs whose first attempt succeeds count as recovered, as the benchmark counts them;
    :func:`theoretical_retry_recovery_rate` is the share among runs that failed once.
    """
    if not 0.0 <= p_fail_per_attempt <= 1.0:
        raise ValueError(f"p_fail_per_attempt must be in [0, 1], got {p_fail_per_attempt}")
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be >= 1, got {max_attempts}")
    return 1.0 - p_fail_per_attempt**max_attempts


def theoretical_retry_recovery_rate(p_fail_per_attempt: float, max_attempts: int) -> float:
    """Return the share of runs that failed their first attempt and then succeed on a retry.

    ``1 - p ** (n - 1)``: the "automatic recovery success rate" of seed 001's quality bar.
    """
    if not 0.0 <= p_fail_per_attempt <= 1.0:
        raise ValueError(f"p_fail_per_attempt must be in [0, 1], got {p_fail_per_attempt}")
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be >= 1, got {max_attempts}")
    return 1.0 - p_fail_per_attempt ** (max_attempts - 1)
