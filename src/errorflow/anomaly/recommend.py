"""What an alert says: its one-line message and seed 001's recommendation for the operator."""

from __future__ import annotations

from errorflow.anomaly.lifecycle import Notice

__all__ = ["describe", "recommend"]

_SCALE = "Consider scaling up workers or investigating system load"

_BY_CATEGORY = {
    "resource": "Resource errors detected - check GPU/memory availability",
    "permanent": "The same permanent error repeats: fix its cause (configuration, permissions, code); "
    "retries cannot help - see `errorflow dlq list`",
    "validation": "Callers keep sending invalid input: tell the calling team; retries cannot help",
    "transient": "The same transient error repeats: check the dependency it comes from",
}


def recommend(rule: str, *, category: str | None = None, dependency: str | None = None) -> str:
    """Seed 001's recommendation for an alert of ``rule``."""
    if rule == "dependency_down":
        return (
            f"Every call to {dependency} fails: check {dependency}'s health and credentials; "
            "the circuit breaker should fail fast meanwhile"
        )
    if rule == "fingerprint_burst":
        return _BY_CATEGORY.get(
            category or "", "One error repeats: look at its most recent run (`errorflow runs list`)"
        )
    if rule == "timeout_rate":
        return "Timeouts above normal: check the dependency's latency and the operation's timeout; " + _SCALE.lower()
    if rule == "recovery_failure":
        return "Retries are not recovering runs: check the retry policy and the dependency; dead letters will grow"
    return _SCALE


_WHAT = {
    "static_rate": "error rate",
    "timeout_rate": "timeout rate",
    "baseline": "error rate against its baseline",
    "burn_rate_fast": "error budget burn (fast)",
    "burn_rate_slow": "error budget burn (slow)",
    "recovery_failure": "retry failure rate",
    "fingerprint_burst": "one error repeating",
    "dependency_down": "dependency failing every call",
}


def describe(rule: str, notice: Notice, *, service: str, operation: str, dependency: str | None, resolved: bool) -> str:
    """One line an operator reads first: where, what, the value against its threshold."""
    obs = notice.observation
    where = f"{service}/{dependency}" if rule == "dependency_down" else f"{service}/{operation}"
    if rule == "fingerprint_burst":
        figure = f"{obs.value:.0f} times in {obs.window_s:.0f} s (threshold {obs.threshold:.0f})"
    elif rule == "dependency_down":
        figure = f"{obs.volume:.0f} failed attempts in a row"
    elif rule.startswith("burn_rate"):
        figure = f"burn rate {obs.value:.1f}x (threshold {obs.threshold:g}x) over {obs.window_s:.0f} s"
    else:
        figure = f"{obs.value:.1%} over {obs.window_s:.0f} s (threshold {obs.threshold:.1%}, {obs.volume:.0f} attempts)"
    prefix = "resolved: " if resolved else ""
    return f"{prefix}{where}: {_WHAT.get(rule, rule)}: {figure}"
