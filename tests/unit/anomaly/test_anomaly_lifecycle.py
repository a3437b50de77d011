"""The alert lifecycle with an injected clock: for:, one open alert per key, repeat limit, resolve after a hold."""

from __future__ import annotations

import orjson

from errorflow.anomaly import Observation, Tracker

KEY = ("static_rate", "svc", "op")
ON = Observation(True, 0.5, 0.1, 60, 100)
OFF = Observation(False, 0.01, 0.1, 60, 100)


def step(
    tracker: Tracker, obs: Observation, now: float, *, for_s: float = 30, hold_s: float = 120, repeat_s: float = 600
):
    return tracker.update(KEY, obs, now, severity="HIGH", for_s=for_s, hold_s=hold_s, repeat_s=repeat_s)


def test_for_duration_delays_the_fire_and_a_blip_never_fires() -> None:
    tracker = Tracker()
    assert step(tracker, ON, 0) is None
    assert step(tracker, ON, 29) is None
    assert step(tracker, OFF, 29.5) is None  # the blip ends before for: elapsed
    assert tracker.get(KEY) is None
    assert step(tracker, ON, 40) is None
    notice = step(tracker, ON, 70)
    assert notice is not None and notice.kind == "fire"
    assert (notice.at_s, notice.fired_at_s, notice.notification) == (70, 70, 1)


def test_one_open_alert_per_key_and_repeats_are_rate_limited() -> None:
    tracker = Tracker()
    notices = [step(tracker, ON, float(t), for_s=0) for t in range(1300)]
    kinds = [(n.kind, n.at_s, n.notification) for n in notices if n is not None]
    assert kinds == [("fire", 0, 1), ("repeat", 600, 2), ("repeat", 1200, 3)]
    assert len(tracker) == 1


def test_resolve_after_the_hold_time_and_a_return_within_it_keeps_the_alert() -> None:
    tracker = Tracker()
    assert step(tracker, ON, 0, for_s=0).kind == "fire"  # type: ignore[union-attr]
    assert step(tracker, OFF, 10) is None
    assert step(tracker, ON, 100) is None  # back within the hold: same alert, no new fire
    assert step(tracker, OFF, 110) is None
    assert step(tracker, OFF, 229) is None
    resolve = step(tracker, OFF, 230)
    assert resolve is not None and resolve.kind == "resolve"
    assert resolve.fired_at_s == 0
    assert resolve.observation == OFF  # the numbers that show it cleared
    assert tracker.get(KEY) is None
    assert step(tracker, OFF, 1000) is None  # exactly one resolve


def test_state_survives_a_snapshot_round_trip() -> None:
    tracker = Tracker()
    step(tracker, ON, 0, for_s=0)
    step(tracker, OFF, 10)
    restored = Tracker.restore(orjson.loads(orjson.dumps(tracker.snapshot())))
    assert restored.get(KEY) == tracker.get(KEY)
    assert step(restored, ON, 20) is None  # no second fire after a restart
    step(restored, OFF, 30)
    resolve = step(restored, OFF, 150)
    assert resolve is not None and resolve.kind == "resolve"


def test_a_rise_in_severity_notifies_at_once() -> None:
    tracker = Tracker()
    step(tracker, ON, 0, for_s=0)
    notice = tracker.update(KEY, ON, 5, severity="CRITICAL", for_s=0, hold_s=120, repeat_s=600)
    assert notice is not None and (notice.kind, notice.severity, notice.notification) == ("escalate", "CRITICAL", 2)
    assert tracker.update(KEY, ON, 6, severity="HIGH", for_s=0, hold_s=120, repeat_s=600) is None
