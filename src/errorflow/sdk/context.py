"""The run a decorated call belongs to, when the function runner started it."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from errorflow.schemas.commands import PriorError
from errorflow.schemas.events import Actor

__all__ = ["RunContext", "current_run"]


@dataclass(frozen=True, slots=True)
class RunContext:
    """Identity and lineage of the attempt the runner is executing."""

    run_id: str
    root_run_id: str
    attempt: int = 1
    replayed_from: str | None = None
    channel: str | None = "worker"
    actor: Actor = field(default_factory=Actor)
    previous_errors: tuple[PriorError, ...] = ()

    def compensate(self, function: Any, /, *args: Any, **kwargs: Any) -> None:
        """Register how to undo a change this run just made (:func:`errorflow.sdk.compensation.compensate`)."""
        from errorflow.sdk.compensation import compensate

        compensate(function, *args, **kwargs)

    @property
    def idempotency_key(self) -> str:
        """Stable per (root run, attempt); pass it to the systems the operation calls."""
        return f"{self.root_run_id}:{self.attempt}"


_current: ContextVar[RunContext | None] = ContextVar("errorflow_run", default=None)


def current_run() -> RunContext | None:
    """Return the runner's context of the running attempt, or None for a direct call."""
    return _current.get()


def _set(context: RunContext | None) -> object:
    return _current.set(context)


def _reset(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]  # the token comes from _set
