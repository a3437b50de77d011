"""The supervisor's restart policy: backoff doubles within the window, a crash loop gives up."""

from __future__ import annotations

import signal

import pytest

from errorflow.errors import ConfigurationError
from errorflow.healing import CrashHistory, RestartPolicy


def test_backoff_doubles_per_crash_and_is_capped() -> None:
    policy = RestartPolicy(initial_backoff_s=1.0, multiplier=2.0, max_backoff_s=5.0)
    assert [policy.backoff_s(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert policy.backoff_s(10_000) == 5.0


def test_restarts_until_the_limit_then_gives_up() -> None:
    history = CrashHistory(RestartPolicy(initial_backoff_s=0.5, max_restarts=3, window_s=60.0))
    decisions = [history.record_crash(now=float(t), exit_code=1) for t in (0, 1, 2, 3)]
    assert [d.restart for d in decisions] == [True, True, True, False]
    assert [d.delay_s for d in decisions] == [0.5, 1.0, 2.0, 0.0]
    assert [d.attempt for d in decisions] == [1, 2, 3, 4]
    assert "crash loop" in decisions[-1].reason
    assert "exited with code 1" in decisions[0].reason


def test_crashes_older_than_the_window_are_forgotten() -> None:
    history = CrashHistory(RestartPolicy(initial_backoff_s=1.0, max_restarts=2, window_s=10.0))
    assert history.record_crash(now=0.0).restart
    assert history.record_crash(now=5.0).restart
    # The first two crashes have left the window: this is the first crash again, short delay.
    late = history.record_crash(now=100.0)
    assert late.restart and late.crashes_in_window == 1 and late.delay_s == 1.0


def test_signals_are_named_in_the_reason() -> None:
    history = CrashHistory(RestartPolicy())
    assert "killed by SIGKILL" in history.record_crash(now=0.0, exit_code=-signal.SIGKILL).reason


def test_zero_restarts_gives_up_on_the_first_crash() -> None:
    assert not CrashHistory(RestartPolicy(max_restarts=0)).record_crash(now=0.0).restart


@pytest.mark.parametrize(
    "options",
    [
        {"initial_backoff_s": -1.0},
        {"multiplier": 0.5},
        {"initial_backoff_s": 10.0, "max_backoff_s": 1.0},
        {"max_restarts": -1},
        {"window_s": 0.0},
        {"initial_backoff_s": float("nan")},
    ],
)
def test_invalid_policies_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        RestartPolicy(**options)  # type: ignore[arg-type]
