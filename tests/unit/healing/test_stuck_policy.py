"""When a child alive but stuck is killed: its /healthz failing in a row, after its start-up time, like a kubelet."""

from __future__ import annotations

import pytest

from errorflow.errors import ConfigurationError
from errorflow.healing import ProbePolicy, ProbeWatch

POLICY = ProbePolicy(interval_s=10.0, timeout_s=5.0, failure_threshold=3, startup_s=60.0)


def test_failures_in_a_row_make_a_child_stuck_and_a_pass_resets_the_count() -> None:
    watch = ProbeWatch(POLICY, started_at=0.0)
    assert watch.due(0.0)
    assert watch.record(now=1.0, ok=True) is None
    assert not watch.due(10.9) and watch.due(11.0)  # one probe per interval
    assert watch.record(now=11.0, ok=False, detail="503 progress: x") is None
    assert watch.record(now=21.0, ok=False) is None
    assert watch.record(now=31.0, ok=True) is None  # it recovered: the count starts again
    assert watch.record(now=41.0, ok=False, detail="a") is None
    assert watch.record(now=51.0, ok=False, detail="b") is None
    verdict = watch.record(now=61.0, ok=False, detail="503 progress: errorflow-classifier made no progress")
    assert verdict is not None
    assert (verdict.failures, verdict.failing_for_s) == (3, 20.0)
    assert verdict.reason == (
        "/healthz failed 3 times in a row over 20s (last: 503 progress: errorflow-classifier made no progress)"
    )


def test_failures_during_start_up_do_not_count_until_the_child_passed_once_or_its_start_up_time_is_over() -> None:
    watch = ProbeWatch(POLICY, started_at=100.0)
    for now in (100.0, 110.0, 120.0, 130.0, 140.0, 150.0):  # not listening yet: six failures, none counted
        assert watch.record(now=now, ok=False, detail="no answer") is None
    assert watch.failures == 0
    assert watch.record(now=160.0, ok=False) is None  # the start-up time is over: these count
    assert watch.record(now=170.0, ok=False) is None
    assert watch.record(now=180.0, ok=False) is not None  # a child that never answers is stuck too


def test_after_its_first_pass_a_starting_child_is_judged_at_once() -> None:
    watch = ProbeWatch(POLICY, started_at=0.0)
    watch.record(now=2.0, ok=True)
    watch.record(now=12.0, ok=False)
    watch.record(now=22.0, ok=False)
    assert watch.record(now=32.0, ok=False) is not None  # within the start-up time, but it had started


def test_a_threshold_of_zero_turns_probing_off() -> None:
    watch = ProbeWatch(ProbePolicy(failure_threshold=0), started_at=0.0)
    assert not watch.policy.enabled and not watch.due(1e9)


@pytest.mark.parametrize(
    "kwargs", [{"interval_s": 0.0}, {"timeout_s": -1.0}, {"failure_threshold": -1}, {"startup_s": -1.0}]
)
def test_a_bad_policy_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        ProbePolicy(**kwargs)  # type: ignore[arg-type]
