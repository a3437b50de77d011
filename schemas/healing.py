"""The healing action record: what errorflow did to heal itself, why, and how it went (schema version 1).

Seed 001's healing history. Every healing action (a crashed or stuck child restarted, a
crash loop given up on, a backlog flagged for more workers) is one
:class:`HealingAction` on the ``healing.actions`` topic and one row of ClickHouse
table ``healing_actions``, keyed by its target so one child's history stays in
order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, utc_now
from errorflow.schemas.ids import new_id

__all__ = ["HEALING_ACTIONS", "HealingAction", "HealingActionKind", "HealingIssue", "HealingOutcome"]

HealingIssue = Literal["worker_crashed", "crash_loop", "queue_backlog", "worker_stuck"]
"""What was diagnosed (seed 001's issue types). ``worker_stuck`` (a child alive but failing ``/healthz``,
killed and restarted) came later within version 1: a consumer older than it quarantines such a record."""

HealingActionKind = Literal["restart", "stop_restarting", "alert_backlog", "resolve_backlog"]
"""What was done about it."""
HEALING_ACTIONS: tuple[str, ...] = get_args(HealingActionKind)

HealingOutcome = Literal["restarted", "restart_failed", "gave_up", "alerted", "resolved"]
"""How it went."""


class HealingAction(BaseModel):
    """One healing action (schema version 1)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    action_id: str = Field(default_factory=new_id)
    """UUIDv7 of this record; sinks deduplicate on it."""
    issue: HealingIssue
    """What was wrong."""
    action: HealingActionKind
    """What errorflow did."""
    outcome: HealingOutcome
    """How it went."""
    target: str
    """What was healed: a child of ``errorflow up`` (``pipeline``, ``runner-0``) or ``group/topic``."""
    reason: str = ""
    """Why, in words: the exit status and crash count, or the lag and rate."""
    attempt: int = Field(default=0, ge=0)
    """Which restart of the target within the crash window (0 when not a restart)."""
    delay_s: float | None = None
    """Backoff waited before the restart."""
    exit_code: int | None = None
    """Exit status of the crashed child (negative: the signal that killed it)."""
    pid: int | None = None
    """Process id of the restarted child."""
    host: str = ""
    """Host of the supervisor or worker that acted."""
    app_id: str = ""
    """Faust application id of the deployment healed."""
    acted_at: datetime = Field(default_factory=utc_now)

    @property
    def key(self) -> bytes:
        """The Kafka key: the target, so one child's actions stay in order."""
        return self.target.encode()
