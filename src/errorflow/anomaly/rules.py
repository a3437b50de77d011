"""Detector settings as value objects, and the one rules file that tunes them per service or operation.

Every detector has a frozen settings model with a docstring under each field.
:class:`RuleSet` holds the defaults and the overrides of a TOML rules file::

    [defaults.static_rate]
    threshold = 0.10

    [[rules]]
    service = "batch"            # every operation of the service
    static_rate = { threshold = 0.25 }

    [[rules]]
    service = "payments"
    operation = "charge"         # one operation: applied after the service's rule
    burn_rate = { slo_target = 0.999 }

Overrides merge field by field: a rule names only what it changes. Times are
seconds (``_s``), rates fractions of one.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from errorflow.errors import ConfigurationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found]  # the backport is only needed on 3.10

__all__ = [
    "DETECTORS",
    "BaselineRule",
    "BurnRateRule",
    "DependencyDownRule",
    "DetectorRules",
    "FingerprintBurstRule",
    "LifecycleRule",
    "RecoveryFailureRule",
    "RuleSet",
    "Severity",
    "StaticRateRule",
]

Severity = Literal["CRITICAL", "HIGH", "MEDIUM", "LOW"]


class _Rule(BaseModel):
    # No inf or nan (TOML has both): an infinite window passed validation and raised OverflowError at the
    # first evaluation, which stopped the pipeline at every start. Refused when the file is loaded instead.
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    enabled: bool = True
    """Whether the detector runs at all."""
    for_s: float = Field(default=0.0, ge=0)
    """How long the condition must hold before the alert fires (Prometheus ``for:``)."""


class StaticRateRule(_Rule):
    """Failure rate (or timeout rate) over a trailing window above a threshold, with a minimum volume."""

    threshold: float = Field(default=0.10, ge=0, le=1)
    """Seed 001: an error rate above 10 %."""
    window_s: float = Field(default=60.0, ge=60)
    """Trailing window, whole minutes of the per-minute rollups (the oldest one weighted by overlap)."""
    min_volume: int = Field(default=20, ge=1)
    """Finished attempts the window needs before a rate means anything."""
    confidence_z: float = Field(default=1.645, ge=0)
    """The rate's Wilson lower bound at this z must exceed the threshold (0: the plain rate)."""
    critical_above: float = Field(default=0.5, ge=0, le=1)
    """Seed 004: more than half failing is CRITICAL; above the threshold only, HIGH."""
    for_s: float = Field(default=10.0, ge=0)
    severity: Severity = "HIGH"
    """Severity below ``critical_above``."""


class TimeoutRateRule(StaticRateRule):
    """Seed 004's HIGH condition: timeout rate above 10 %."""


class FingerprintBurstRule(_Rule):
    """One fingerprint (the same error) seen more than ``threshold`` times in a window."""

    threshold: int = Field(default=10, ge=1)
    """Seed 001: the same error more than 10 times."""
    window_s: float = Field(default=60.0, ge=60)
    """Trailing window."""
    baseline_factor: float = Field(default=3.0, ge=1)
    """The count must also exceed this multiple of the fingerprint's usual count per window."""
    history_s: float = Field(default=3600.0, ge=60)
    """How far back the usual count is taken from (the current window excluded)."""
    severity: Severity = "MEDIUM"


class BaselineRule(_Rule):
    """The failure rate against its own history: a robust z-score (median and MAD)."""

    window_s: float = Field(default=60.0, ge=60)
    """Trailing window of the current rate."""
    history_s: float = Field(default=3600.0, ge=600)
    """Recent history, when no earlier day covers this hour of the day."""
    gap_s: float = Field(default=300.0, ge=0)
    """Most recent minutes left out of the history, so a slow ramp does not become its own baseline."""
    same_hour_days: int = Field(default=7, ge=0)
    """Earlier days whose same hour of the day is the history, when they have data."""
    z: float = Field(default=4.0, gt=0)
    """Robust z-score above which the rate is anomalous."""
    min_delta: float = Field(default=0.05, ge=0)
    """And the rate must exceed the baseline by at least this much (absolute)."""
    alpha: float = Field(default=1e-6, gt=0, le=1)
    """And the window's failures must be this unlikely at the history's mean rate (binomial tail)."""
    min_volume: int = Field(default=30, ge=1)
    """Finished attempts in the current window."""
    min_history_minutes: int = Field(default=20, ge=3)
    """Minutes with traffic the history needs before the detector judges."""
    min_minute_volume: int = Field(default=5, ge=1)
    """Finished attempts a history minute needs to count."""
    for_s: float = Field(default=30.0, ge=0)
    severity: Severity = "MEDIUM"


class BurnRatePair(BaseModel):
    """One long/short window pair of a multi-window burn-rate alert."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    long_s: float = Field(ge=60)
    """Long window: the budget really is burning."""
    short_s: float = Field(ge=60)
    """Short window: it is still burning now (resets fast after a fix)."""
    factor: float = Field(gt=0)
    """Burn rate: multiples of the error budget's even spend."""


class BurnRateRule(_Rule):
    """Multi-window, multi-burn-rate alerts against an SLO (Google SRE workbook, chapter 5)."""

    slo_target: float = Field(default=0.99, gt=0, lt=1)
    """Fraction of attempts that should succeed; the error budget is one minus this."""
    fast: BurnRatePair = BurnRatePair(long_s=3600, short_s=300, factor=14.4)
    """2 % of a 30-day budget in one hour: CRITICAL."""
    slow: BurnRatePair = BurnRatePair(long_s=21600, short_s=1800, factor=6.0)
    """5 % of a 30-day budget in six hours: HIGH."""
    min_volume: int = Field(default=20, ge=1)
    """Finished attempts the short window needs."""
    fast_severity: Severity = "CRITICAL"
    """The fast pair pages."""
    slow_severity: Severity = "HIGH"
    """The slow pair notifies a coordinator (seed 004's HIGH)."""


class RecoveryFailureRule(_Rule):
    """Retries (attempts after the first) failing too often: recovery is not working."""

    threshold: float = Field(default=0.20, ge=0, le=1)
    """Seed 001: a recovery failure rate above 20 %."""
    window_s: float = Field(default=120.0, ge=60)
    """Trailing window."""
    min_volume: int = Field(default=10, ge=1)
    """Finished retry attempts the window needs."""
    confidence_z: float = Field(default=1.645, ge=0)
    """Wilson lower bound at this z must exceed the threshold (0: the plain rate)."""
    for_s: float = Field(default=10.0, ge=0)
    severity: Severity = "HIGH"


class DependencyDownRule(_Rule):
    """Seed 004's CRITICAL condition: a dependency failing for every request."""

    min_failures: int = Field(default=10, ge=1)
    """Consecutive failed attempts against the dependency, with no success between."""
    window_s: float = Field(default=60.0, gt=0)
    """The condition clears when no attempt failed for this long."""
    severity: Severity = "CRITICAL"


class LifecycleRule(BaseModel):
    """What happens to an alert after it fires (Alertmanager's resolve and repeat)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    hold_s: float = Field(default=300.0, ge=0)
    """The condition must stay clear this long before a resolve record."""
    repeat_s: float = Field(default=3600.0, gt=0)
    """A firing alert is notified again at most this often."""


class DetectorRules(BaseModel):
    """Every detector's settings for one service and operation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    static_rate: StaticRateRule = StaticRateRule()
    timeout_rate: TimeoutRateRule = TimeoutRateRule()
    fingerprint_burst: FingerprintBurstRule = FingerprintBurstRule()
    baseline: BaselineRule = BaselineRule()
    burn_rate: BurnRateRule = BurnRateRule()
    recovery_failure: RecoveryFailureRule = RecoveryFailureRule()
    dependency_down: DependencyDownRule = DependencyDownRule()
    lifecycle: LifecycleRule = LifecycleRule()


DETECTORS: tuple[str, ...] = tuple(DetectorRules.model_fields)
"""Names of the rule groups (detectors plus ``lifecycle``), as the rules file spells them."""


class _Override(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    service: str
    operation: str | None = None
    groups: dict[str, dict[str, Any]]

    @model_validator(mode="before")
    @classmethod
    def _collect(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        groups = {k: v for k, v in data.items() if k not in ("service", "operation")}
        return {"service": data.get("service"), "operation": data.get("operation"), "groups": groups}


class RuleSet:
    """Defaults plus per-service and per-operation overrides; resolves the rules of one operation."""

    def __init__(
        self,
        *,
        defaults: dict[str, dict[str, Any]] | None = None,
        overrides: tuple[Any, ...] = (),
        notify: tuple[Any, ...] = (),
    ) -> None:
        from errorflow.anomaly.notify import DEFAULT_ROUTES, NotifyRoute

        self.notify: tuple[NotifyRoute, ...] = (
            tuple(NotifyRoute.model_validate(r) if isinstance(r, dict) else r for r in notify) or DEFAULT_ROUTES
        )
        """Notification routes (``[[notify]]``); the log alone when the file names none."""
        self._defaults = dict(defaults or {})
        self._overrides = tuple(_Override.model_validate(o) if isinstance(o, dict) else o for o in overrides)
        self.default = self._build(self._defaults, [])  # fails now, not on the first event
        for override in self._overrides:
            self._build(self._defaults, [override.groups])
        self.resolve = lru_cache(maxsize=4096)(self._resolve)

    @classmethod
    def from_toml(cls, text: str, *, source: str = "<rules>") -> RuleSet:
        """Parse a rules file's text; a bad file raises :class:`ConfigurationError` naming the problem."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"{source}: not valid TOML: {exc}") from exc
        unknown = set(data) - {"defaults", "rules", "notify"}
        if unknown:
            raise ConfigurationError(
                f"{source}: unknown top-level keys {sorted(unknown)} (use defaults, rules, notify)"
            )
        try:
            return cls(
                defaults=data.get("defaults", {}),
                overrides=tuple(data.get("rules", ())),
                notify=tuple(data.get("notify", ())),
            )
        except ValidationError as exc:
            raise ConfigurationError(f"{source}: {exc}") from exc

    @classmethod
    def from_file(cls, path: Path | None) -> RuleSet:
        """Load a rules file, or the defaults when ``path`` is None."""
        if path is None:
            return cls()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigurationError(f"cannot read anomaly rules file {path}: {exc}") from exc
        return cls.from_toml(text, source=str(path))

    def every(self) -> list[DetectorRules]:
        """The defaults and the rules of every service and operation an override names."""
        return [self.default] + [self.resolve(o.service, o.operation or "") for o in self._overrides]

    def _resolve(self, service: str, operation: str) -> DetectorRules:
        layers = [o.groups for o in self._overrides if o.service == service and o.operation is None]
        layers += [o.groups for o in self._overrides if o.service == service and o.operation == operation]
        return self._build(self._defaults, layers) if layers else self.default

    @staticmethod
    def _build(defaults: dict[str, dict[str, Any]], layers: list[dict[str, dict[str, Any]]]) -> DetectorRules:
        merged: dict[str, dict[str, Any]] = {k: dict(v) for k, v in defaults.items()}
        for layer in layers:
            for group, values in layer.items():
                if not isinstance(values, dict):
                    raise ConfigurationError(f"rule group {group!r} must be a table, got {values!r}")
                merged.setdefault(group, {}).update(values)
        try:
            return DetectorRules.model_validate(merged)
        except ValidationError as exc:
            raise ConfigurationError(f"invalid anomaly rules: {exc}") from exc
