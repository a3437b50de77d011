"""Breaker settings per dependency: value objects read from the policies file.

The ``[breakers]`` section of the retry policies file
(``ERRORFLOW_RECOVERY__POLICIES_FILE``) has the same shape as the retry
policies: built-in defaults, ``[breakers.defaults]`` over them, and
``[breakers.dependencies.<name>]`` over those, later wins::

    [breakers.defaults]                  # every dependency not named below
    failure_rate_threshold = 0.5
    minimum_calls = 20

    [breakers.dependencies.comfyui]      # seed 001: 3 failures, then 30 s open
    sliding_window_type = "count"
    sliding_window_size = 3
    minimum_calls = 3
    failure_rate_threshold = 1.0
    wait_open_s = 30

Every configuration is validated when the set is built, so a bad value stops
start-up with a :class:`~errorflow.errors.ConfigurationError` naming the
dependency and the field.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal, get_args

from errorflow.checks import check_int, check_number
from errorflow.errors import ConfigurationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found]  # the backport is only needed on 3.10

__all__ = ["SEED_EXAMPLES", "BreakerConfig", "BreakerConfigSet", "WindowType"]

WindowType = Literal["count", "time"]


@dataclass(frozen=True, slots=True, kw_only=True)
class BreakerConfig:
    """How the breaker of one dependency decides. Times are seconds, rates fractions of 1."""

    sliding_window_type: WindowType = "count"
    """``count``: the last ``sliding_window_size`` calls; ``time``: the calls of the last that many seconds."""
    sliding_window_size: int = 100
    """Calls (count window) or seconds (time window) the rates are computed over."""
    minimum_calls: int = 100
    """Calls the window must hold before a rate can open the breaker (Resilience4j's default)."""
    failure_rate_threshold: float = 0.5
    """Failure rate (0-1] at or above which the breaker opens."""
    slow_call_duration_s: float = 60.0
    """A call taking at least this long is slow."""
    slow_call_rate_threshold: float = 1.0
    """Slow-call rate (0-1] at or above which the breaker opens."""
    wait_open_s: float = 60.0
    """Time the breaker stays open before it lets trial calls through (half-open)."""
    half_open_calls: int = 10
    """Trial outcomes the agent waits for in half-open before it closes or opens again."""
    half_open_calls_per_process: int | None = None
    """Trial calls one process admits per half-open period; None means ``half_open_calls``."""
    max_wait_half_open_s: float = 300.0
    """Longest stay in half-open before the breaker opens again (new trials); 0 waits for trials forever.

    Not 0 by default (Resilience4j's in-process default): here a trial's outcome travels through Kafka
    from another process, and a process killed mid-trial never reports it, so a breaker waiting forever
    would stay half-open and reject every call once the other processes had used their trials.
    """
    release_spread_s: float = 10.0
    """Retries and replays an open breaker deferred are released spread over this many seconds after its wait."""

    def __post_init__(self) -> None:
        if self.sliding_window_type not in get_args(WindowType):
            raise ConfigurationError(
                f"sliding_window_type must be one of {get_args(WindowType)}, got {self.sliding_window_type!r}"
            )
        for name in ("sliding_window_size", "minimum_calls", "half_open_calls"):
            check_int(name, getattr(self, name), minimum=1)
        if self.half_open_calls_per_process is not None:
            check_int("half_open_calls_per_process", self.half_open_calls_per_process, minimum=1)
        for name in ("failure_rate_threshold", "slow_call_rate_threshold"):
            value = getattr(self, name)
            check_number(name, value)
            if not 0.0 < value <= 1.0:
                raise ConfigurationError(f"{name} must be in (0, 1], got {value}")
        check_number("slow_call_duration_s", self.slow_call_duration_s, minimum=0.0, exclusive=True)
        check_number("wait_open_s", self.wait_open_s, minimum=0.0)
        check_number("max_wait_half_open_s", self.max_wait_half_open_s, minimum=0.0)
        check_number("release_spread_s", self.release_spread_s, minimum=0.0)
        if self.sliding_window_type == "count" and self.minimum_calls > self.sliding_window_size:
            raise ConfigurationError(
                f"minimum_calls ({self.minimum_calls}) cannot exceed a count window of "
                f"{self.sliding_window_size} calls: the breaker could never open"
            )

    @property
    def trials_per_process(self) -> int:
        """Trial calls one process admits per half-open period."""
        return self.half_open_calls_per_process or self.half_open_calls

    def to_dict(self) -> dict[str, Any]:
        """The configuration as plain values (for docs and ``errorflow breakers``)."""
        return {item.name: getattr(self, item.name) for item in fields(self)}

    def with_overrides(self, overrides: Mapping[str, Any]) -> BreakerConfig:
        """Return a copy with some fields replaced; unknown names raise ConfigurationError."""
        unknown = sorted(set(overrides) - BREAKER_FIELDS)
        if unknown:
            raise ConfigurationError(f"unknown breaker field(s) {unknown}; known: {sorted(BREAKER_FIELDS)}")
        return replace(self, **dict(overrides))


BREAKER_FIELDS: frozenset[str] = frozenset(item.name for item in fields(BreakerConfig))


SEED_EXAMPLES: dict[str, dict[str, Any]] = {
    "comfyui": {"sliding_window_size": 3, "minimum_calls": 3, "failure_rate_threshold": 1.0, "wait_open_s": 30.0},
    "storage": {"sliding_window_size": 5, "minimum_calls": 5, "failure_rate_threshold": 1.0, "wait_open_s": 60.0},
    "gpu_allocation": {
        "sliding_window_size": 2,
        "minimum_calls": 2,
        "failure_rate_threshold": 1.0,
        "wait_open_s": 120.0,
    },
}
"""Seed 001's breakers (``failure_threshold`` failures, then ``recovery_timeout`` open) in this shape:
N failures in a row are a failure rate of 1.0 over a count window of N calls. Examples, not defaults."""


@dataclass(frozen=True)
class BreakerConfigSet:
    """The default breaker configuration and per-dependency overrides, all resolved when built."""

    defaults: BreakerConfig = field(default_factory=BreakerConfig)
    """The configuration of dependencies without overrides."""
    dependencies: Mapping[str, BreakerConfig] = field(default_factory=dict)
    """Resolved configuration per dependency name."""

    def config_for(self, dependency: str) -> BreakerConfig:
        """Return the configuration of one dependency."""
        return self.dependencies.get(dependency, self.defaults)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "breakers") -> BreakerConfigSet:
        """Build a set from ``{"defaults": {...}, "dependencies": {name: {...}}}`` over the built-in defaults.

        Raises:
            ConfigurationError: an unknown table or field, or an invalid value.
        """
        unknown = sorted(set(data) - {"defaults", "dependencies"})
        if unknown:
            raise ConfigurationError(f"{source}: unknown table(s) {unknown}; expected defaults, dependencies")
        raw_defaults = data.get("defaults", {})
        raw_dependencies = data.get("dependencies", {})
        if not isinstance(raw_defaults, Mapping) or not isinstance(raw_dependencies, Mapping):
            raise ConfigurationError(f"{source}: 'defaults' and 'dependencies' must be tables")
        try:
            defaults = BreakerConfig().with_overrides(raw_defaults)
        except (ConfigurationError, TypeError) as exc:
            raise ConfigurationError(f"{source}: defaults: {exc}") from exc
        resolved: dict[str, BreakerConfig] = {}
        for name, overrides in raw_dependencies.items():
            if not isinstance(overrides, Mapping):
                raise ConfigurationError(f"{source}: dependency {name!r} must be a table")
            try:
                resolved[str(name)] = defaults.with_overrides(overrides)
            except (ConfigurationError, TypeError) as exc:
                raise ConfigurationError(f"{source}: dependency {name!r}: {exc}") from exc
        return cls(defaults=defaults, dependencies=resolved)

    @classmethod
    def from_toml(cls, path: Path) -> BreakerConfigSet:
        """Read the ``[breakers]`` section of a policies TOML file (call it at start-up).

        Raises:
            ConfigurationError: the file cannot be read, is not TOML, or holds an invalid breaker.
        """
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigurationError(f"policies file {path}: cannot read: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"policies file {path}: invalid TOML: {exc}") from exc
        section = data.get("breakers", {})
        if not isinstance(section, Mapping):
            raise ConfigurationError(f"policies file {path}: 'breakers' must be a table")
        return cls.from_mapping(section, source=f"policies file {path} [breakers]")
