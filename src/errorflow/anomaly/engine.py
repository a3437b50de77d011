"""The anomaly engine: outcomes in, alert records out, in whatever time it is given.

:class:`AnomalyEngine` keeps the per-minute windows of every scope, runs the
detectors their rules enable, and passes each verdict through the alert
lifecycle. The offline replay feeds it event time as fast as it can; the
stream agent feeds it the worker's clock. Both get the same alerts for the
same events, because nothing here reads a clock or does I/O.

Scopes and the detectors that watch them:

- service and operation: ``static_rate``, ``timeout_rate``, ``baseline``,
  ``burn_rate_fast``, ``burn_rate_slow``, ``recovery_failure``;
- service and dependency: ``dependency_down``;
- service and fingerprint: ``fingerprint_burst``.

Inhibition (as Alertmanager's): while an alert of a service fires, a new alert
of the same service whose severity is not higher stays silent (it is a symptom
of the same incident); it is notified if it is still firing when the alert that
inhibited it resolves, and its resolve is silent if it never was notified.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from errorflow.anomaly.detectors import (
    STREAK_KEEP,
    BaselineStats,
    Observation,
    Streak,
    baseline,
    baseline_stats,
    burn_rate,
    dependency_down,
    fingerprint_burst,
    recovery_failure,
    static_rate,
    timeout_rate,
)
from errorflow.anomaly.lifecycle import AlertKey, Notice, Tracker
from errorflow.anomaly.recommend import describe, recommend
from errorflow.anomaly.rules import DetectorRules, RuleSet, Severity
from errorflow.anomaly.windows import Counts, Outcome, Series, minute_of
from errorflow.schemas.alerts import Alert

__all__ = ["RULES", "AnomalyEngine", "alert_of", "restore_point"]

_DAY_S = 86400.0
_RANK = {"LOW": 0, "MEDIUM": 1, "HIGH": 2, "CRITICAL": 3}
RULES = _RULES = frozenset(
    {
        "static_rate",
        "timeout_rate",
        "fingerprint_burst",
        "baseline",
        "burn_rate_fast",
        "burn_rate_slow",
        "recovery_failure",
        "dependency_down",
    }
)

_OP_RULES = frozenset(
    {"static_rate", "timeout_rate", "recovery_failure", "burn_rate_fast", "burn_rate_slow", "baseline"}
)
"""The rules of a service and operation scope."""
_CLEAR = Observation(False, 0.0, 0.0, 0.0, 0.0)
"""The observation of a rule that no longer judges its scope."""


@dataclass(slots=True)
class _FingerprintInfo:
    operation: str = ""
    category: str | None = None
    error_type: str | None = None


@dataclass(slots=True)
class _Scopes:
    ops: dict[tuple[str, str], Series] = field(default_factory=dict)
    streaks: dict[tuple[str, str], Streak] = field(default_factory=dict)
    fingerprints: dict[tuple[str, str], Series] = field(default_factory=dict)
    fingerprint_info: dict[tuple[str, str], _FingerprintInfo] = field(default_factory=dict)
    dependency_operation: dict[tuple[str, str], str] = field(default_factory=dict)


class AnomalyEngine:
    """Windows, detectors and lifecycle for every scope; pure and clock-free."""

    def __init__(self, rules: RuleSet | None = None) -> None:
        self.rules = rules or RuleSet()
        self.scopes = _Scopes()
        self.tracker = Tracker()
        self._dirty_ops: set[tuple[str, str]] = set()
        self._dirty_deps: set[tuple[str, str]] = set()
        self._dirty_fps: set[tuple[str, str]] = set()
        self._baselines: dict[tuple[str, str], tuple[int, BaselineStats | None]] = {}
        self.inhibited: dict[AlertKey, AlertKey] = {}
        """Keys firing silently, and the key whose alert inhibits each."""
        self._pruned_minute = -1
        self._history_s = self.history_s()
        self._oldest_read_s = -math.inf
        """Event time before which no rule reads anything, as of the last evaluation (see :meth:`observe`)."""

    def load_counts(self, service: str, operation: str, minute: int, counts: Counts) -> None:
        """Set one per-minute bucket of an operation (rebuilding the windows from ClickHouse at start)."""
        series = self.scopes.ops.get((service, operation))
        if series is None:
            series = self.scopes.ops[(service, operation)] = Series()
        series.load(minute, counts)

    def load_fingerprint(
        self,
        service: str,
        fingerprint: str,
        minute: int,
        failures: int,
        *,
        operation: str,
        category: str | None,
        error_type: str | None,
    ) -> None:
        """Set one per-minute bucket of a fingerprint (rebuilding from ClickHouse at start)."""
        key = (service, fingerprint)
        series = self.scopes.fingerprints.get(key)
        if series is None:
            series = self.scopes.fingerprints[key] = Series()
        series.load(minute, Counts(finished=failures, failures=failures))
        self.scopes.fingerprint_info[key] = _FingerprintInfo(operation, category, error_type)

    def restore_alerts(self, alerts: Iterable[Alert]) -> int:
        """Reopen the alerts whose last record (in ``alerts``, oldest first) is not a resolve; return how many.

        The alerts topic is the changelog of the lifecycle: after a restart an
        alert that fired stays one open alert (no second fire), and its resolve
        still comes when the condition clears.
        """
        last: dict[str, tuple[Alert, tuple[float, float, int]]] = {}
        for alert in alerts:
            point = restore_point(alert)
            if alert.rule in _RULES and alert.incident_id and point is not None:
                last[alert.incident_id] = (alert, point)
        opened = 0
        for alert, (fired_s, notified_s, notifications) in last.values():
            if alert.state != "firing":
                continue
            if alert.rule == "dependency_down":
                scope = alert.dependency or ""
            elif alert.rule == "fingerprint_burst":
                scope = alert.labels.get("fingerprint", "")
            else:
                scope = alert.operation
            observation = Observation(
                True,
                alert.value or 0.0,
                alert.threshold or 0.0,
                alert.window_s or 0.0,
                alert.volume or 0.0,
                alert.baseline,
            )
            self.tracker.reopen(
                (alert.rule, alert.service, scope),
                fired_at_s=fired_s,
                notified_at_s=notified_s,
                notifications=notifications,
                severity=alert.severity,
                observation=observation,
            )
            if alert.rule == "dependency_down" and alert.operation:
                self.scopes.dependency_operation.setdefault((alert.service, scope), alert.operation)
            opened += 1
        return opened

    def history_s(self) -> float:
        """How far back the rules read, the overrides' included: what a rebuild at start must load.

        A service whose override reads further back than the defaults (more days of the same
        hour, a longer burn window) got only the defaults' history after a restart.
        """
        return (
            max(
                max(
                    rules.burn_rate.slow.long_s,
                    rules.burn_rate.fast.long_s,
                    rules.baseline.same_hour_days * _DAY_S + rules.baseline.history_s,
                    rules.baseline.history_s + rules.baseline.gap_s,
                    rules.fingerprint_burst.history_s + rules.fingerprint_burst.window_s,
                )
                for rules in self.rules.every()
            )
            + 60
        )

    def load_streak(
        self,
        service: str,
        dependency: str,
        operation: str,
        *,
        last_success_s: float,
        failure_times: list[float],
        failures: int,
    ) -> None:
        """Set a dependency's streak as the store has it (rebuilding at start): ``failures`` since its last success.

        ``failure_times`` are the newest of them (any order); the older ones are counted, not timed.
        """
        streak = self.scopes.streaks[(service, dependency)] = Streak(last_success_s=last_success_s)
        kept = sorted(failure_times)[-STREAK_KEEP:]
        streak.failure_times = kept
        streak.trimmed = max(failures - len(kept), 0)
        if streak.trimmed and kept:
            streak.trimmed_last_s = kept[0]  # the others are no newer than the oldest kept
        self.scopes.dependency_operation[(service, dependency)] = operation

    def observe(self, outcome: Outcome) -> None:
        """Count one attempt outcome in its windows."""
        if not outcome.finished:
            return
        if outcome.at_s < self._oldest_read_s:
            # Older than every rule reads (a line stamped days ago: a stale spool, a clock set far back, a
            # hostile time): in no window. Counted, it set its scope's first minute back, so a scope seen
            # for minutes passed as one with history and its burn rate judged its first failures; and it
            # added a failure to a dependency's streak that a rebuild at start does not count.
            return
        scopes = self.scopes
        op = (outcome.service, outcome.operation)
        series = scopes.ops.get(op)
        if series is None:
            series = scopes.ops[op] = Series()
        series.count(outcome)
        self._dirty_ops.add(op)
        if outcome.dependency:
            dep = (outcome.service, outcome.dependency)
            streak = scopes.streaks.get(dep)
            if streak is None:
                streak = scopes.streaks[dep] = Streak()
            # A fallback's answer is no success of the dependency: its streak goes on (the rates count the run).
            streak.count(failed=outcome.failed or outcome.degraded, at_s=outcome.at_s)
            scopes.dependency_operation[dep] = outcome.operation
            self._dirty_deps.add(dep)
        if outcome.fingerprint and outcome.failed:
            fp = (outcome.service, outcome.fingerprint)
            fp_series = scopes.fingerprints.get(fp)
            if fp_series is None:
                fp_series = scopes.fingerprints[fp] = Series()
            fp_series.count(outcome)
            scopes.fingerprint_info[fp] = _FingerprintInfo(outcome.operation, outcome.category, outcome.error_type)
            self._dirty_fps.add(fp)

    def evaluate(self, now_s: float) -> list[Alert]:
        """Run the detectors of every scope that saw traffic or has an open alert; return the alert records."""
        ops, deps, fps = self._dirty_ops, self._dirty_deps, self._dirty_fps
        self._dirty_ops, self._dirty_deps, self._dirty_fps = set(), set(), set()
        for key in self.tracker.open_keys():
            scope = key[1:]
            if key[0] == "dependency_down":
                deps.add((scope[0], scope[1]))
            elif key[0] == "fingerprint_burst":
                fps.add((scope[0], scope[1]))
            else:
                ops.add((scope[0], scope[1]))
        alerts: list[Alert] = []
        for op in sorted(ops):
            self._evaluate_op(op, now_s, alerts)
        for dep in sorted(deps):
            self._evaluate_dep(dep, now_s, alerts)
        for fp in sorted(fps):
            self._evaluate_fp(fp, now_s, alerts)
        self._release(now_s, alerts)
        self._oldest_read_s = max(self._oldest_read_s, now_s - self._history_s)
        if minute_of(now_s) != self._pruned_minute:
            self._prune(now_s)
        return alerts

    def _inhibitor(self, key: AlertKey, severity: Severity) -> AlertKey | None:
        """A notified, firing alert of the same service at least as severe as ``severity``, if any."""
        for other in self.tracker.open_keys():
            if other == key or other[1] != key[1] or other in self.inhibited:
                continue
            state = self.tracker.get(other)
            if state is not None and state.fired_at_s is not None and _RANK[state.severity] >= _RANK[severity]:
                return other
        return None

    def _release(self, now_s: float, alerts: list[Alert]) -> None:
        """Notify inhibited alerts that still fire once their inhibitor is gone."""
        for key, inhibitor in list(self.inhibited.items()):
            if self.tracker.get(inhibitor) is not None and inhibitor not in self.inhibited:
                continue
            state = self.tracker.get(key)
            if state is not None and state.clear_since_s is not None:
                continue  # clearing already: it resolves silently, as it fired
            del self.inhibited[key]
            if state is None or state.fired_at_s is None or state.observation is None:
                continue
            other = self._inhibitor(key, state.severity)
            if other is not None:
                self.inhibited[key] = other
                continue
            notice = Notice("fire", key, now_s, state.fired_at_s, state.severity, state.observation, 1)
            alerts.append(self._alert(notice))

    def _evaluate_op(self, op: tuple[str, str], now_s: float, alerts: list[Alert]) -> None:
        # No windows (an alert restored after a restart that rebuilt none): empty ones, so it clears.
        series = self.scopes.ops.get(op)
        if series is None:
            series = Series()
        rules = self.rules.resolve(*op)
        checks: list[tuple[str, Callable[[], Observation], Severity, float]] = []
        if rules.static_rate.enabled:
            r = rules.static_rate
            checks.append(("static_rate", lambda: static_rate(series, now_s, r), r.severity, r.for_s))
        if rules.timeout_rate.enabled:
            t = rules.timeout_rate
            checks.append(("timeout_rate", lambda: timeout_rate(series, now_s, t), t.severity, t.for_s))
        if rules.recovery_failure.enabled:
            rf = rules.recovery_failure
            checks.append(("recovery_failure", lambda: recovery_failure(series, now_s, rf), rf.severity, rf.for_s))
        if rules.burn_rate.enabled:
            b = rules.burn_rate
            checks.append(("burn_rate_fast", lambda: burn_rate(series, now_s, b, fast=True), b.fast_severity, b.for_s))
            checks.append(("burn_rate_slow", lambda: burn_rate(series, now_s, b, fast=False), b.slow_severity, b.for_s))
        if rules.baseline.enabled:
            bl = rules.baseline
            checks.append(
                (
                    "baseline",
                    lambda: baseline(series, now_s, bl, self._baseline(op, series, now_s, rules)),
                    bl.severity,
                    bl.for_s,
                )
            )
        for name, check, rule_severity, for_s in checks:
            observation = check()
            severity: Severity = rule_severity
            if name == "static_rate":  # seed 004: more than half failing is CRITICAL
                r = rules.static_rate
                severity = "CRITICAL" if observation.value >= r.critical_above else r.severity
            self._track((name, *op), observation, now_s, rules, severity=severity, for_s=for_s, alerts=alerts)
        self._clear_disabled(_OP_RULES - {name for name, *_ in checks}, op, now_s, rules, alerts)

    def _clear_disabled(
        self, names: Iterable[str], scope: tuple[str, str], now_s: float, rules: DetectorRules, alerts: list[Alert]
    ) -> None:
        """Clear the open alerts of rules no longer enabled (a rules file changed across a restart).

        Nothing evaluates a disabled rule, so its open alert would never resolve
        and would inhibit the service's other alerts for good.
        """
        for name in names:
            key = (name, *scope)
            state = self.tracker.get(key)
            if state is not None:
                self._track(key, _CLEAR, now_s, rules, severity=state.severity, for_s=0.0, alerts=alerts)

    def _baseline(
        self, op: tuple[str, str], series: Series, now_s: float, rules: DetectorRules
    ) -> BaselineStats | None:
        minute = minute_of(now_s)
        cached = self._baselines.get(op)
        if cached is None or cached[0] != minute:
            cached = (minute, baseline_stats(series, now_s, rules.baseline))
            self._baselines[op] = cached
        return cached[1]

    def _evaluate_dep(self, dep: tuple[str, str], now_s: float, alerts: list[Alert]) -> None:
        streak = self.scopes.streaks.get(dep)
        if streak is None:  # restored after a restart that rebuilt no streak: none, so it clears
            streak = Streak()
        operation = self.scopes.dependency_operation.get(dep, "")
        rules = self.rules.resolve(dep[0], operation)
        rule = rules.dependency_down
        if not rule.enabled:
            self._clear_disabled(["dependency_down"], dep, now_s, rules, alerts)
        else:
            observation = dependency_down(streak, now_s, rule)
            self._track(
                ("dependency_down", *dep),
                observation,
                now_s,
                rules,
                severity=rule.severity,
                for_s=rule.for_s,
                alerts=alerts,
            )

    def _evaluate_fp(self, fp: tuple[str, str], now_s: float, alerts: list[Alert]) -> None:
        series = self.scopes.fingerprints.get(fp)
        if series is None:  # restored after a restart that rebuilt no windows: empty ones, so it clears
            series = Series()
        info = self.scopes.fingerprint_info.get(fp) or _FingerprintInfo()
        rules = self.rules.resolve(fp[0], info.operation)
        rule = rules.fingerprint_burst
        if not rule.enabled:
            self._clear_disabled(["fingerprint_burst"], fp, now_s, rules, alerts)
        else:
            observation = fingerprint_burst(series, now_s, rule)
            self._track(
                ("fingerprint_burst", *fp),
                observation,
                now_s,
                rules,
                severity=rule.severity,
                for_s=rule.for_s,
                alerts=alerts,
            )

    def _track(
        self,
        key: AlertKey,
        observation: Observation,
        now_s: float,
        rules: DetectorRules,
        *,
        severity: Severity,
        for_s: float,
        alerts: list[Alert],
    ) -> None:
        notice = self.tracker.update(
            key,
            observation,
            now_s,
            severity=severity,
            for_s=for_s,
            hold_s=rules.lifecycle.hold_s,
            repeat_s=rules.lifecycle.repeat_s,
        )
        if notice is None:
            return
        if notice.kind == "fire":
            inhibitor = self._inhibitor(key, severity)
            if inhibitor is not None:
                self.inhibited[key] = inhibitor
                return
        elif key in self.inhibited:  # never notified: its repeats and its resolve stay silent too
            if notice.kind == "resolve":
                del self.inhibited[key]
            return
        alerts.append(self._alert(notice))

    def _alert(self, notice: Notice) -> Alert:
        key = notice.key
        info = None
        if key[0] == "fingerprint_burst":
            info = self.scopes.fingerprint_info.get((key[1], key[2]))
        operation = info.operation if info else self.scopes.dependency_operation.get((key[1], key[2]), "")
        return alert_of(
            notice,
            operation=operation,
            category=info.category if info else None,
            error_type=info.error_type if info else None,
        )

    def _prune(self, now_s: float) -> None:
        """Forget minutes older than every rule reads, and the scopes left with nothing to judge.

        A scope whose every minute is pruned (no traffic for longer than its rules look back) and
        that holds no open alert is dropped whole: its detectors see the same empty windows in a
        new one. Otherwise every service, operation or dependency name ever seen (a typo, a
        per-request name, a hostile stream of random names) kept its entry for good, and the
        agent's memory grew with the number of names, not with the traffic of its windows.
        """
        self._pruned_minute = minute_of(now_s)
        open_scopes = {key[1:] for key in self.tracker.open_keys()}
        keep_s: dict[tuple[str, str], float] = {}
        stale_ops = []
        for op, series in self.scopes.ops.items():
            keep_s[op] = self._keep_s(*op)
            series.prune(minute_of(now_s - keep_s[op]) - 1)
            if not series.buckets and op not in open_scopes:
                stale_ops.append(op)
        for op in stale_ops:
            del self.scopes.ops[op]
            self._baselines.pop(op, None)
        stale_deps = []
        for dep, streak in self.scopes.streaks.items():
            operation = self.scopes.dependency_operation.get(dep, "")
            horizon_s = keep_s.get((dep[0], operation)) or self._keep_s(dep[0], operation)
            newest_s = max(streak.last_success_s, streak.last_failure_s, streak.trimmed_last_s)
            if now_s - newest_s > horizon_s and dep not in open_scopes:
                stale_deps.append(dep)
        for dep in stale_deps:
            del self.scopes.streaks[dep]
            self.scopes.dependency_operation.pop(dep, None)
        stale = []
        for fp, series in self.scopes.fingerprints.items():
            rule = self.rules.resolve(fp[0], self.scopes.fingerprint_info[fp].operation).fingerprint_burst
            series.prune(minute_of(now_s - rule.history_s - rule.window_s) - 1)
            if not series.buckets and fp not in open_scopes:
                stale.append(fp)
        for fp in stale:
            del self.scopes.fingerprints[fp]
            del self.scopes.fingerprint_info[fp]

    def _keep_s(self, service: str, operation: str) -> float:
        """How far back the rules of an operation read its minutes."""
        rules = self.rules.resolve(service, operation)
        return max(
            rules.burn_rate.slow.long_s,
            rules.burn_rate.fast.long_s,
            rules.baseline.same_hour_days * _DAY_S + rules.baseline.history_s,
            rules.baseline.history_s + rules.baseline.gap_s,
        )


def restore_point(alert: Alert) -> tuple[float, float, int] | None:
    """An alert record's fire time, decision time (label ``at``) and notification count; None when unreadable.

    The engine writes these labels itself; a record whose labels do not parse
    (a foreign or hostile record on the alerts topic) is none of its decisions,
    and must not stop a restarting agent from reading the others.
    """
    try:
        fired_s = alert.fired_at.timestamp()
        at = alert.labels.get("at")
        if at:
            decided = datetime.fromisoformat(at)
            notified_s = (decided if decided.tzinfo is not None else decided.replace(tzinfo=timezone.utc)).timestamp()
        else:
            notified_s = fired_s
        notifications = int(alert.labels.get("notification_count", "1"))
    except (ValueError, OverflowError):
        return None
    return fired_s, notified_s, notifications


def _ts(at_s: float) -> datetime:
    return datetime.fromtimestamp(at_s, tz=timezone.utc)


def _alert_id(seed: str, at_s: float) -> str:
    """A UUIDv7 whose time is ``at_s`` and whose other bits come from ``seed``.

    The seed is the incident and the notice's kind and number, and the time the
    fire time: a notice decided again (after a restart) gets the same id, which
    the sink deduplicates.
    """
    ms = int(at_s * 1000)
    digest = hashlib.sha256(seed.encode()).digest()
    rand_a = int.from_bytes(digest[:2], "big") & 0xFFF
    rand_b = int.from_bytes(digest[2:10], "big") & 0x3FFF_FFFF_FFFF_FFFF
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | rand_a << 64 | 0x2 << 62 | rand_b
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def alert_of(
    notice: Notice, *, operation: str = "", category: str | None = None, error_type: str | None = None
) -> Alert:
    """The alert record of a notice: ids derived from the key and times, so a repeated decision repeats its ids."""
    rule, service, scope = notice.key[0], notice.key[1], notice.key[2]
    incident_id = f"{':'.join(notice.key)}:{int(notice.fired_at_s * 1000)}"
    obs = notice.observation
    labels = {
        "notification": notice.kind,
        "notification_count": str(notice.notification),
        "at": _ts(notice.at_s).isoformat(),
    }
    dependency = None
    if rule == "dependency_down":
        dependency = scope
    elif rule == "fingerprint_burst":
        labels["fingerprint"] = scope
        if error_type:
            labels["error_type"] = error_type
    else:
        operation = scope
    resolved = notice.kind == "resolve"
    return Alert(
        alert_id=_alert_id(f"{incident_id}:{notice.kind}:{notice.notification}", notice.fired_at_s),
        incident_id=incident_id,
        rule=rule,
        severity=notice.severity,
        state="resolved" if resolved else "firing",
        service=service,
        operation=operation,
        dependency=dependency,
        category=category,
        message=describe(rule, notice, service=service, operation=operation, dependency=dependency, resolved=resolved),
        value=obs.value,
        threshold=obs.threshold,
        window_s=obs.window_s,
        volume=obs.volume,
        baseline=obs.baseline,
        fired_at=_ts(notice.fired_at_s),
        resolved_at=_ts(notice.at_s) if resolved else None,
        labels=labels,
        recommendation=recommend(rule, category=category, dependency=dependency),
    )
