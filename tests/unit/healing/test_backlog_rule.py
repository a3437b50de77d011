"""Seed 001's backlog rule: more than five minutes of work waiting fires once, with a recommendation."""

from __future__ import annotations

import math

import pytest

from errorflow.errors import ConfigurationError
from errorflow.healing import RECOMMENDATION, BacklogMonitor, BacklogRule, RateMeter


def test_more_than_five_minutes_of_work_is_a_backlog() -> None:
    rule = BacklogRule(max_wait_s=300.0, tolerance_records=0, min_observation_s=0.0)
    over = rule.assess(lag=3_100, rate_per_s=10.0, observed_s=60.0)
    assert over.backlog and over.wait_s == pytest.approx(310.0)
    assert over.recommendation == RECOMMENDATION
    assert "scaling up workers" in over.recommendation
    under = rule.assess(lag=2_900, rate_per_s=10.0, observed_s=60.0)
    assert not under.backlog and under.recommendation == ""


def test_one_batch_of_lag_is_tolerated() -> None:
    rule = BacklogRule(tolerance_records=500, min_observation_s=0.0)
    # Tansu's end offsets run ahead by up to one batch: with nothing processed, 500 records is no backlog.
    assert not rule.assess(lag=500, rate_per_s=0.0, observed_s=60.0).backlog
    assert rule.assess(lag=501, rate_per_s=0.0, observed_s=60.0).backlog


def test_work_waiting_with_nothing_processed_waits_for_ever() -> None:
    rule = BacklogRule(tolerance_records=0, min_observation_s=10.0)
    stuck = rule.assess(lag=1, rate_per_s=0.0, observed_s=10.0)
    assert stuck.backlog and stuck.wait_s == math.inf


def test_no_judgement_before_the_rate_is_known() -> None:
    rule = BacklogRule(tolerance_records=0, min_observation_s=30.0)
    early = rule.assess(lag=1_000_000, rate_per_s=0.0, observed_s=29.0)
    assert not early.backlog and early.wait_s is None
    assert not rule.assess(lag=1_000_000, rate_per_s=None, observed_s=60.0).backlog


def test_rate_meter_measures_over_its_window_and_restarts_when_offsets_go_back() -> None:
    meter = RateMeter(window_s=10.0)
    assert meter.rate_per_s is None
    for t in range(21):
        meter.add(now=float(t), count=t * 100)
    assert meter.rate_per_s == pytest.approx(100.0)
    assert meter.observed_s <= 11.0
    meter.add(now=21.0, count=5)  # a broker restart lost the offsets
    assert meter.rate_per_s is None and meter.observed_s == 0.0


def test_monitor_fires_once_then_resolves() -> None:
    monitor = BacklogMonitor(BacklogRule(tolerance_records=10, min_observation_s=5.0), window_s=60.0)
    seen = []
    committed = 0
    for t in range(20):  # nothing processed while 1000 records wait
        transition = monitor.observe(group="g", topic="t", now=float(t), lag=1_000, committed=committed)
        if transition is not None:
            seen.append((t, transition.state))
    assert seen == [(5, "firing")]
    assert monitor.firing() == {("g", "t")}
    for t in range(20, 40):  # the workers catch up
        committed += 1_000
        transition = monitor.observe(group="g", topic="t", now=float(t), lag=0, committed=committed)
        if transition is not None:
            seen.append((t, transition.state))
    assert seen == [(5, "firing"), (20, "resolved")]
    assert monitor.firing() == set()


def test_invalid_rules_are_refused() -> None:
    with pytest.raises(ConfigurationError):
        BacklogRule(max_wait_s=0.0)
    with pytest.raises(ConfigurationError):
        BacklogRule(tolerance_records=-1)


def test_a_reopened_backlog_resolves_once_the_group_is_judged_caught_up() -> None:
    monitor = BacklogMonitor(BacklogRule(tolerance_records=10, min_observation_s=5.0), window_s=60.0)
    monitor.reopen(group="g", topic="t")  # its alert fired before a restart
    seen = []
    for t in range(10):
        transition = monitor.observe(group="g", topic="t", now=float(t), lag=0, committed=100 * t)
        if transition is not None:
            seen.append((t, transition.state))
    assert seen == [(5, "resolved")]  # not before the rate is known
    assert monitor.firing() == set()
