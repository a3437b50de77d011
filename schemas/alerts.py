"""The alert record: something an operator must look at, firing or resolved (schema version 1).

One :class:`Alert` per change of an alert's state, on the ``alerts`` topic and a
row of ClickHouse table ``alerts``. Rows of one alert share ``incident_id``, so
repeated firings of the same problem (the same permanent error dead-lettering
run after run) group into one incident.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, utc_now
from errorflow.schemas.ids import new_id

__all__ = ["Alert"]


class Alert(BaseModel):
    """One alert firing or resolving (schema version 1)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    alert_id: str = Field(default_factory=new_id)
    """UUIDv7 of this record; sinks deduplicate on it."""
    incident_id: str = ""
    """Groups the records of one alert (e.g. ``dead_letter:<operation>:<fingerprint>``)."""
    rule: str
    """What fired: ``dead_letter``, ``breaker_open``, ``crash_loop`` (a child of ``errorflow up`` given up
    on), ``queue_backlog`` (more than five minutes of work waiting), or an anomaly detector (:mod:`errorflow.anomaly`):
    ``static_rate``, ``timeout_rate``, ``fingerprint_burst``, ``baseline``, ``burn_rate_fast``,
    ``burn_rate_slow``, ``recovery_failure``, ``dependency_down``."""
    severity: Literal["CRITICAL", "HIGH", "MEDIUM", "LOW"]
    state: Literal["firing", "resolved"] = "firing"
    service: str = ""
    operation: str = ""
    dependency: str | None = None
    category: str | None = None
    message: str = ""
    """What an operator reads first."""
    value: float | None = None
    threshold: float | None = None
    window_s: float | None = None
    fired_at: datetime = Field(default_factory=utc_now)
    resolved_at: datetime | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    """Ids to follow up with (``dlq_id``, ``root_run_id``, ``fingerprint``)."""
    volume: float | None = None
    """Attempts (or occurrences) in the window the value was computed on (anomaly alerts)."""
    baseline: float | None = None
    """What the value is compared with besides the threshold: the history's median rate, the usual
    count of a fingerprint, a burn-rate alert's long-window failure rate (anomaly alerts)."""
    recommendation: str = ""
    """What to look at first (seed 001's recommendations)."""

    @property
    def key(self) -> bytes:
        """The Kafka key: the incident, so its records stay in order."""
        return (self.incident_id or self.alert_id).encode()
