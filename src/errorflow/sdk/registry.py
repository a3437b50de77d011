"""The operation registry: name -> function, input and output models."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from errorflow.errors import ConfigurationError, DuplicateOperationError, OperationNotFoundError
from errorflow.schemas.events import NAME_MAX

__all__ = ["REGISTRY", "OperationRegistry", "OperationSpec"]

Criticality = Literal["critical", "high", "normal", "low"]


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """What ``@operation`` declared about a function."""

    name: str
    function: Callable[..., Any]
    """The undecorated function."""
    is_async: bool
    description: str = ""
    category: str | None = None
    inputs: type[BaseModel] | None = None
    outputs: type[BaseModel] | None = None
    service: str | None = None
    dependency: str | None = None
    criticality: Criticality = "normal"
    retry_policy: dict[str, Any] | None = None
    """Per-operation overrides of the recovery policy (see docs/recovery.md)."""
    labels: dict[str, str] = field(default_factory=dict)
    decorated: Callable[..., Any] | None = None
    """The decorated callable that emits events; the runner calls this one."""
    heartbeat_timeout_s: float | None = None
    """Longest silence before the watchdog times an attempt out; None: the SDK's default."""
    timeout_s: float | None = None
    """Longest run time of one attempt (start to close); None: no limit."""
    auto_heartbeat: bool = True
    """Beat automatically while the attempt runs; False: only ``heartbeat()`` calls beat."""
    compensate_on: Literal["final", "every_failure"] | None = None
    """When the compensations a run registers run (:mod:`errorflow.sdk.compensation`); None: it registers none."""
    fallback: Callable[..., Any] | None = None
    """Answers a retriable failure or an open breaker with a degraded result (:mod:`errorflow.sdk.fallback`)."""

    def __post_init__(self) -> None:
        """Refuse names every event would carry and the contract refuses: said once, where they are written.

        Raises:
            ConfigurationError: the name, service or dependency is longer than
                :data:`~errorflow.schemas.events.NAME_MAX` characters; each of its events would be quarantined.
        """
        check_name("operation name", self.name)
        check_name("service", self.service)
        check_name("dependency", self.dependency)


def check_name(what: str, value: str | None) -> None:
    """Raise :class:`ConfigurationError` for a name longer than the event contract takes.

    Raises:
        ConfigurationError: ``value`` is longer than :data:`~errorflow.schemas.events.NAME_MAX` characters.
    """
    if value is not None and len(value) > NAME_MAX:
        raise ConfigurationError(
            f"{what} {value[:40]!r}... has {len(value)} characters; at most {NAME_MAX} fit an event"
        )


class OperationRegistry:
    """Thread-safe map of operation names to their specs."""

    def __init__(self) -> None:
        self._specs: dict[str, OperationSpec] = {}
        self._lock = threading.Lock()

    def register(self, spec: OperationSpec) -> None:
        """Add an operation; re-registering the same function (a module reload) replaces it.

        Raises:
            DuplicateOperationError: another function already uses the name.
        """
        with self._lock:
            existing = self._specs.get(spec.name)
            if existing is not None and _identity(existing.function) != _identity(spec.function):
                raise DuplicateOperationError(
                    f"operation {spec.name!r} is already registered by {_identity(existing.function)}"
                )
            self._specs[spec.name] = spec

    def get(self, name: str) -> OperationSpec:
        """Return the spec of an operation.

        Raises:
            OperationNotFoundError: nothing is registered under the name.
        """
        try:
            return self._specs[name]
        except KeyError:
            known = ", ".join(sorted(self._specs)) or "none"
            raise OperationNotFoundError(f"no operation named {name!r} (registered: {known})") from None

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __iter__(self) -> Iterator[OperationSpec]:
        return iter(list(self._specs.values()))

    def unregister(self, name: str) -> None:
        """Remove an operation (tests and reloads)."""
        with self._lock:
            self._specs.pop(name, None)


def _identity(function: Callable[..., Any]) -> str:
    return f"{function.__module__}.{function.__qualname__}"


REGISTRY = OperationRegistry()
