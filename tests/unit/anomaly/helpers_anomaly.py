"""Builders of outcome streams for the anomaly tests."""

from __future__ import annotations

from errorflow.anomaly import Outcome, Series

T0 = 1_767_571_200.0  # 2026-01-05T00:00:00Z, a minute boundary


def outcome(
    at_s: float,
    *,
    failed: bool = False,
    service: str = "svc",
    operation: str = "op",
    dependency: str | None = "dep",
    attempt: int = 1,
    status: str | None = None,
    error_type: str | None = None,
    fingerprint: str | None = None,
    category: str | None = None,
) -> Outcome:
    return Outcome(
        at_s=at_s,
        service=service,
        operation=operation,
        status=status or ("failed" if failed else "success"),
        attempt=attempt,
        dependency=dependency,
        error_type=error_type,
        fingerprint=fingerprint if failed or status else None,
        category=category,
    )


def steady(start_s: float, end_s: float, *, per_s: float, fail_every: int = 0, **kw: object) -> list[Outcome]:
    """Evenly spaced outcomes; every ``fail_every``-th one fails (0: none)."""
    out = []
    step = 1.0 / per_s
    n = 0
    t = start_s
    while t < end_s:
        n += 1
        out.append(outcome(t, failed=bool(fail_every) and n % fail_every == 0, **kw))  # type: ignore[arg-type]
        t += step
    return out


def series_of(outcomes: list[Outcome]) -> Series:
    series = Series()
    for o in outcomes:
        series.count(o)
    return series
