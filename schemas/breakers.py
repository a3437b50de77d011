"""Breaker records: state changes the agent publishes, and the inputs it consumes (schema version 1).

- :class:`BreakerStateRecord` is every transition of a dependency's breaker, on
  ``breakers.state`` keyed by the dependency, and a row of ClickHouse table
  ``breaker_transitions``. Each record carries the whole new state, so a reader
  keeps the newest per key (highest ``sequence``) and knows everything.
- :class:`BreakerInput` is what the breaker agent folds into a breaker, on
  ``breakers.inputs`` keyed by the dependency: the aggregated outcomes of one
  consumed batch, an operator's override, or a wake-up when a wait ends. An
  ``outcomes`` input names the events it counts (:class:`CountedEvents`), so the
  agent counts each once however often they are read (``docs/breakers.md``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer, model_validator

from errorflow.breakers.ledger import EventsPart
from errorflow.schemas.events import SCHEMA_VERSION, utc_now
from errorflow.schemas.ids import new_id
from errorflow.schemas.recovery import UtcDatetime

__all__ = ["BREAKER_ACTIONS", "BreakerAction", "BreakerInput", "BreakerStateRecord", "CountedEvents"]

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


class CountedEvents(BaseModel):
    """The run outcomes of one ``taskruns.events`` partition an ``outcomes`` input counts, event by event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    partition: int = Field(ge=0)
    """The ``taskruns.events`` partition."""
    offsets: tuple[int, ...] = Field(min_length=1)
    """The counted events' offsets, ascending and delta-encoded: the first offset, then each gap (at least 1)."""
    kinds: str = Field(min_length=1, pattern=r"^[sfSF]+$")
    """One letter per offset: ``s`` success, ``f`` failure, ``S`` slow success, ``F`` slow failure."""

    @model_validator(mode="after")
    def _countable(self) -> CountedEvents:
        problem = self.part().problem()
        if problem is not None:
            raise ValueError(f"counted events of partition {self.partition}: {problem}")
        return self

    def part(self) -> EventsPart:
        """The pure form the breaker's ledger counts."""
        return EventsPart(self.partition, self.offsets, self.kinds)


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
    counted: tuple[CountedEvents, ...] = ()
    """For ``outcomes``: the events counted, per events partition, so the agent counts each once even when
    a restarted feed reads them again. Empty (an input of a feed before it existed): the counts are
    applied as they are."""

    @model_validator(mode="after")
    def _counts_match(self) -> BreakerInput:
        if not self.counted:
            return self
        if self.kind != "outcomes":
            raise ValueError(f"only an outcomes input names counted events, not {self.kind!r}")
        partitions = [part.partition for part in self.counted]
        if len(set(partitions)) != len(partitions):
            raise ValueError(f"counted events name a partition twice: {partitions}")
        totals = [0, 0, 0]
        for part in self.counted:
            for index, value in enumerate(part.part().outcomes().to_list()):
                totals[index] += value
        if totals != [self.successes, self.failures, self.slow]:
            raise ValueError(
                f"counted events hold {totals} [successes, failures, slow], the input says "
                f"{[self.successes, self.failures, self.slow]}"
            )
        return self

    @model_serializer(mode="wrap")
    def _without_empty_counted(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # An input naming no events is written as before the field existed, so an agent of an older
        # release (extra="forbid") still applies operator overrides and wake-ups during an upgrade.
        values: dict[str, Any] = handler(self)
        if not self.counted:
            values.pop("counted", None)
        return values

    def parts(self) -> list[EventsPart]:
        """The counted events in the form the breaker's ledger counts."""
        return [part.part() for part in self.counted]

    @property
    def key(self) -> bytes:
        """The Kafka key: the dependency, so one breaker's inputs stay in order on one partition."""
        return self.dependency.encode()
