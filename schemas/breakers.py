"""Breaker records: state changes the agent publishes, and the inputs it consumes (schema version 1).

- :class:`BreakerStateRecord` is every transition of a dependency's breaker, on
  ``breakers.state`` keyed by the dependency, and a row of ClickHouse table
  ``breaker_transitions``. Each record carries the whole new state, so a reader
  keeps the newest per key (highest ``sequence``) and knows everything.
- :class:`BreakerInput` is what the breaker agent folds into a breaker, on
  ``breakers.inputs`` keyed by the dependency: the aggregated outcomes of one
  consumed batch, an operator's override, or a wake-up when a wait ends.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, utc_now
from errorflow.schemas.ids import new_id
from errorflow.schemas.recovery import UtcDatetime

__all__ = ["BREAKER_ACTIONS", "BreakerAction", "BreakerInput", "BreakerStateRecord"]

BreakerAction = Literal["force_open", "force_close", "disable", "metrics_only", "reset"]
BREAKER_ACTIONS: tuple[str, ...] = ("force_open", "force_close", "disable", "metrics_only", "reset")


class BreakerStateRecord(BaseModel):
    """One transition of one breaker, with the state it leads to and the numbers that caused it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    transition_id: str
    """Derived from the dependency and ``sequence``: a redelivered transition has the same id."""
    breaker: str
    """The breaker's name: its dependency."""
    dependency: str
    state: str
    """The new state: ``closed``, ``open``, ``half_open``, ``disabled``, ``forced_open``, ``metrics_only``."""
    from_state: str
    reason: str
    """Why: ``failure_rate``, ``slow_call_rate``, ``wait_elapsed``, ``trials_succeeded``, ``trials_failed``,
    ``trials_slow``, ``half_open_timeout``, or an operator's action."""
    sequence: int = Field(ge=1)
    """The breaker's transition count: readers keep the record with the highest per dependency."""
    transitioned_at: UtcDatetime
    open_until: UtcDatetime | None = None
    """When an open breaker lets trial calls through."""
    calls: int = Field(default=0, ge=0)
    """Calls (or trials) in the window the decision looked at."""
    failures: int = Field(default=0, ge=0)
    slow_calls: int = Field(default=0, ge=0)
    failure_rate: float = 0.0
    slow_call_rate: float = 0.0
    window_type: str = "count"
    window_size: int = 0
    minimum_calls: int = 0
    failure_rate_threshold: float = 0.0
    slow_call_rate_threshold: float = 0.0
    trials_per_process: int = Field(default=1, ge=1)
    """Trial calls one process admits per half-open period."""
    actor: str = ""
    """Who, for an operator's override."""
    note: str = ""
    """Why, for an operator's override."""

    @property
    def key(self) -> bytes:
        """The Kafka key: the dependency."""
        return self.dependency.encode()


class BreakerInput(BaseModel):
    """One input of the breaker agent for one dependency."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    input_id: str = Field(default_factory=new_id)
    dependency: str = Field(min_length=1)
    kind: Literal["outcomes", "operator", "wake"]
    successes: int = Field(default=0, ge=0)
    failures: int = Field(default=0, ge=0)
    slow: int = Field(default=0, ge=0)
    action: BreakerAction | None = None
    """For ``operator``: the override."""
    actor: str = ""
    reason: str = ""
    observed_at: datetime = Field(default_factory=utc_now)

    @property
    def key(self) -> bytes:
        """The Kafka key: the dependency, so one breaker's inputs stay in order on one partition."""
        return self.dependency.encode()
