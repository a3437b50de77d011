"""The engine end to end on outcomes: severity, recommendation, numbers, inhibition, ids."""

from __future__ import annotations

import dataclasses

from errorflow.anomaly import AnomalyEngine, RuleSet
from errorflow.anomaly.replay import replay

from .helpers_anomaly import T0, outcome, steady


def _run(outcomes, rules: RuleSet | None = None):
    return list(replay(sorted(outcomes, key=lambda o: o.at_s), AnomalyEngine(rules)))


def test_a_dependency_outage_pages_once_with_its_numbers_and_resolves() -> None:
    events = steady(T0, T0 + 3600, per_s=2, fail_every=100)
    events += steady(T0 + 3600, T0 + 4200, per_s=2, fail_every=1, fingerprint="f503", category="transient")
    events += steady(T0 + 4200, T0 + 5400, per_s=2)
    alerts = _run(events)
    fired = [a for a in alerts if a.alert.labels["notification"] == "fire"]
    assert [a.alert.rule for a in fired] == ["dependency_down"]  # the rate alerts are inhibited symptoms
    first = fired[0]
    assert first.at_s - (T0 + 3600) <= 6
    alert = first.alert
    assert (alert.severity, alert.state, alert.service, alert.dependency) == ("CRITICAL", "firing", "svc", "dep")
    assert alert.volume == 10 and alert.threshold == 10
    assert "dep" in alert.recommendation
    resolved = [a for a in alerts if a.alert.state == "resolved"]
    assert [a.alert.incident_id for a in resolved] == [alert.incident_id]
    assert resolved[0].alert.resolved_at is not None
    assert len({a.alert.alert_id for a in alerts}) == len(alerts)


def test_severity_follows_seed_004_and_recommendation_seed_001() -> None:
    rules = RuleSet.from_toml("[defaults.dependency_down]\nenabled = false\n[defaults.burn_rate]\nenabled = false")
    events = steady(T0, T0 + 600, per_s=2, fail_every=100)
    events += steady(T0 + 600, T0 + 900, per_s=2, fail_every=5, dependency=None)  # 20 %
    alerts = [a.alert for a in _run(events, rules) if a.alert.labels["notification"] == "fire"]
    static = next(a for a in alerts if a.rule == "static_rate")
    assert static.severity == "HIGH"
    assert static.recommendation == "Consider scaling up workers or investigating system load"
    assert static.value is not None and static.value > 0.1 and static.threshold == 0.1 and static.window_s == 60
    events = steady(T0, T0 + 600, per_s=2, fail_every=100)
    events += steady(T0 + 600, T0 + 900, per_s=2, fail_every=1, dependency=None)  # everything fails
    events += steady(T0 + 900, T0 + 1500, per_s=2, dependency=None)
    alerts = [a.alert for a in _run(events, rules) if a.alert.rule == "static_rate"]
    kinds = [(a.labels["notification"], a.severity) for a in alerts]
    assert kinds == [("fire", "HIGH"), ("escalate", "CRITICAL"), ("resolve", "CRITICAL")]
    assert len({a.incident_id for a in alerts}) == 1


def test_a_resource_fingerprint_burst_recommends_checking_memory() -> None:
    events = steady(T0, T0 + 3600, per_s=5, fail_every=100, dependency=None)
    events += [
        outcome(T0 + 3600 + i * 4, failed=True, dependency=None, fingerprint="oom", category="resource")
        for i in range(20)
    ]
    fired = [a.alert for a in _run(events) if a.alert.labels["notification"] == "fire"]
    burst = next(a for a in fired if a.rule == "fingerprint_burst")
    assert burst.labels["fingerprint"] == "oom"
    assert burst.category == "resource"
    assert burst.recommendation == "Resource errors detected - check GPU/memory availability"
    assert burst.baseline == 0


def test_quiet_traffic_fires_nothing() -> None:
    events = steady(T0, T0 + 7200, per_s=2, fail_every=20)  # a steady 5 %
    events += [outcome(T0 + 7200 + i * 120, failed=i == 5, service="quiet") for i in range(30)]
    assert _run(events) == []


def test_ids_repeat_for_the_same_input() -> None:
    events = steady(T0, T0 + 600, per_s=2, fail_every=100) + steady(T0 + 600, T0 + 700, per_s=2, fail_every=1)
    first = [a.alert.alert_id for a in _run(events)]
    assert first and first == [a.alert.alert_id for a in _run(events)]


def test_alert_records_restore_the_lifecycle_in_a_new_engine() -> None:
    before = steady(T0, T0 + 600, per_s=2, fail_every=100)
    before += steady(T0 + 600, T0 + 630, per_s=2, fail_every=1)  # the dependency goes down
    first = AnomalyEngine()
    emitted = [a.alert for a in replay(sorted(before, key=lambda o: o.at_s), first)]
    assert [(a.rule, a.labels["notification"]) for a in emitted] == [("dependency_down", "fire")]

    restarted = AnomalyEngine()  # a new worker: the alert records are all it knows of the lifecycle
    assert restarted.restore_alerts(emitted) == 1
    still_down = steady(T0 + 630, T0 + 660, per_s=2, fail_every=1)
    recovered = steady(T0 + 660, T0 + 1200, per_s=2)
    after = [a.alert for a in replay(still_down + recovered, restarted)]
    dependency = [a for a in after if a.rule == "dependency_down"]
    assert [a.labels["notification"] for a in dependency] == ["resolve"]
    assert dependency[0].incident_id == emitted[0].incident_id
    assert dependency[0].alert_id != emitted[0].alert_id


def test_old_minutes_and_idle_fingerprints_are_forgotten() -> None:
    engine = AnomalyEngine()
    for o in steady(T0, T0 + 600, per_s=1, fail_every=10, fingerprint="f1"):
        engine.observe(o)
    engine.evaluate(T0 + 600)
    assert ("svc", "f1") in engine.scopes.fingerprints
    later = T0 + 9 * 86400
    engine.observe(outcome(later))
    engine.evaluate(later)
    assert ("svc", "f1") not in engine.scopes.fingerprints
    assert min(engine.scopes.ops[("svc", "op")].buckets) == int(later // 60)


def test_alert_records_with_unreadable_labels_are_not_restored() -> None:
    from errorflow.schemas.alerts import Alert

    before = steady(T0, T0 + 600, per_s=2, fail_every=100) + steady(T0 + 600, T0 + 630, per_s=2, fail_every=1)
    emitted = [a.alert for a in replay(sorted(before, key=lambda o: o.at_s), AnomalyEngine())]
    foreign = [
        Alert(rule="static_rate", severity="HIGH", incident_id="x1", service="svc", labels={"at": "yesterday"}),
        Alert(rule="baseline", severity="LOW", incident_id="x2", service="svc", labels={"notification_count": "2x"}),
    ]
    restarted = AnomalyEngine()
    assert restarted.restore_alerts(foreign + emitted) == 1
    assert restarted.tracker.open_keys() == [("dependency_down", "svc", "dep")]


def test_a_restored_alert_without_rebuilt_data_resolves_and_stops_inhibiting() -> None:
    # A dependency outage fires; the worker restarts after an hour without calls to it, so the
    # rebuild has no streak of the dependency (it loads the last hour's) and no windows of it.
    before = steady(T0, T0 + 600, per_s=2, fail_every=100) + steady(T0 + 600, T0 + 630, per_s=2, fail_every=1)
    emitted = [a.alert for a in replay(sorted(before, key=lambda o: o.at_s), AnomalyEngine())]
    restarted = AnomalyEngine()
    assert restarted.restore_alerts(emitted) == 1
    later = steady(T0 + 7200, T0 + 9000, per_s=2, dependency=None)
    outage = steady(T0 + 9000, T0 + 9300, per_s=2, fail_every=1, dependency=None)
    after = [a.alert for a in replay(later + outage, restarted)]
    resolved = [a for a in after if a.rule == "dependency_down"]
    assert [a.labels["notification"] for a in resolved] == ["resolve"]
    assert resolved[0].incident_id == emitted[0].incident_id
    # The service's next outage is notified, not inhibited by an alert that could never resolve.
    assert ("static_rate", "fire") in [(a.rule, a.labels["notification"]) for a in after]


def test_a_restored_alert_of_a_rule_disabled_since_resolves() -> None:
    before = steady(T0, T0 + 600, per_s=2, fail_every=100) + steady(T0 + 600, T0 + 630, per_s=2, fail_every=1)
    emitted = [a.alert for a in replay(sorted(before, key=lambda o: o.at_s), AnomalyEngine())]
    restarted = AnomalyEngine(RuleSet.from_toml("[defaults.dependency_down]\nenabled = false"))
    assert restarted.restore_alerts(emitted) == 1
    after = [a.alert for a in replay(steady(T0 + 700, T0 + 1200, per_s=2), restarted)]
    assert [(a.rule, a.labels["notification"]) for a in after] == [("dependency_down", "resolve")]
    assert restarted.tracker.open_keys() == []


def test_a_fallback_s_answers_are_no_successes_of_the_failing_dependency() -> None:
    # The dependency fails every call; after the first ten, a fallback answers each failure (a degraded
    # success). Those are successes of the runs, not of the dependency: it stays down until it answers.
    from dataclasses import replace

    events = steady(T0, T0 + 600, per_s=2, fail_every=100)
    events += steady(T0 + 600, T0 + 605, per_s=2, fail_every=1)
    events += [replace(o, degraded=True) for o in steady(T0 + 605, T0 + 1200, per_s=2)]
    events += steady(T0 + 1200, T0 + 1800, per_s=2)  # the dependency answers again
    dependency = [a.alert for a in _run(events) if a.alert.rule == "dependency_down"]
    assert dependency[0].labels["notification"] == "fire"
    assert dependency[0].fired_at.timestamp() <= T0 + 605
    resolved = [a for a in dependency if a.state == "resolved"]
    assert len(resolved) == 1
    assert resolved[0].resolved_at is not None and resolved[0].resolved_at.timestamp() >= T0 + 1200


def test_the_rebuild_history_covers_an_override_reading_further_back() -> None:
    default = AnomalyEngine().history_s()
    rules = RuleSet.from_toml('[[rules]]\nservice = "batch"\nbaseline = { same_hour_days = 14 }')
    assert AnomalyEngine(rules).history_s() >= 14 * 86400 > default


def test_a_replayed_line_from_the_future_is_counted_at_the_replays_clock_and_silences_nothing() -> None:
    # One line stamped in 2099 (a service's clock set ahead) amid an hour of history, then an outage.
    events = steady(T0, T0 + 3600, per_s=2, fail_every=100)
    future = dataclasses.replace(events[100], at_s=4_070_908_800.0)  # 2099-01-01
    events = [*events[:101], future, *events[101:]]
    events += steady(T0 + 3600, T0 + 4200, per_s=2, fail_every=1, fingerprint="f503", category="transient")
    latest = T0 + 86_400  # "now": after all of the history
    replayed = list(replay(events, AnomalyEngine(), latest_s=latest))
    fired = [a.alert.rule for a in replayed if a.alert.labels["notification"] == "fire"]
    assert fired == ["dependency_down"]
    assert all(a.at_s <= latest for a in replayed)
    # Without the limit, the line carries the replay's clock to 2099: every window is empty, nothing fires.
    assert [a for a in replay(events, AnomalyEngine()) if a.alert.labels["notification"] == "fire"] == []


def test_names_gone_quiet_for_longer_than_the_rules_read_are_forgotten_whole() -> None:
    # A stream of names seen once each (per-request operation names, a hostile stream of random ones):
    # the memory of the engine must follow its windows' traffic, not every name it ever saw.
    engine = AnomalyEngine()
    for n in range(500):
        engine.observe(outcome(T0 + n * 0.1, service=f"svc{n % 7}", operation=f"op{n}", dependency=f"dep{n}"))
    engine.evaluate(T0 + 60)
    assert len(engine.scopes.ops) == 500
    assert len(engine.scopes.streaks) == 500
    later = T0 + 9 * 86400  # past the longest history a default rule reads (the baseline's days)
    engine.observe(outcome(later))
    engine.evaluate(later)
    assert set(engine.scopes.ops) == {("svc", "op")}
    assert set(engine.scopes.streaks) == {("svc", "dep")}
    assert set(engine.scopes.dependency_operation) == {("svc", "dep")}
    assert set(engine._baselines) <= {("svc", "op")}


def test_a_quiet_scope_with_an_open_alert_is_kept_until_it_resolves() -> None:
    # A dependency that failed for good, then nothing at all: its alert still resolves, from the kept scope.
    engine = AnomalyEngine()
    for o in steady(T0, T0 + 600, per_s=1, fail_every=1):
        engine.observe(o)
    fired = engine.evaluate(T0 + 600)
    assert "dependency_down" in [a.rule for a in fired]
    assert ("svc", "dep") in engine.scopes.streaks
    alerts = []
    for day in range(1, 10):
        alerts += engine.evaluate(T0 + day * 86400)
    assert ("dependency_down", "svc", "dep") not in engine.tracker.open_keys()
    assert [a.labels["notification"] for a in alerts if a.rule == "dependency_down"] == ["resolve"]
    assert engine.scopes.streaks == {}
    assert engine.scopes.ops == {}


def test_a_line_older_than_every_rule_reads_changes_no_verdict() -> None:
    # A new operation failing from its first minute: its burn rate is not judged before it has an hour of
    # history. One line of it stamped in 1970 (a stale spool, a clock set far back, a hostile time) must not
    # pass for that history.
    def fired(stale: bool) -> list[str]:
        engine = AnomalyEngine()
        alerts = []
        for i, o in enumerate(steady(T0, T0 + 900, per_s=0.2, fail_every=1, operation="new", dependency=None)):
            engine.observe(o)
            if stale and i == 1:
                engine.observe(outcome(86_400.0, failed=True, operation="new", dependency=None))
            alerts += engine.evaluate(o.at_s)
        assert engine.scopes.ops[("svc", "new")].first_minute == int(T0 // 60)
        return [a.rule for a in alerts if a.labels["notification"] == "fire"]

    assert fired(stale=True) == fired(stale=False) == []
