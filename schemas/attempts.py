"""The runner's attempt outcome: the command it ran and the event that ended the attempt.

Events on ``taskruns.events`` carry a *redacted* input dump, so the recovery
agent cannot retry a runner run from them. After every attempt the function
runner therefore publishes an :class:`AttemptOutcome` on ``taskruns.attempts``:
the :class:`~errorflow.schemas.RunCommand` it executed (with the original input),
the final :class:`~errorflow.schemas.TaskRunEvent` of the attempt (``success`` or
``failed``), the operation's per-operation retry policy from its decorator (so
the pipeline never imports service code) and where the command was read from
(the "original record" of a dead letter's Spring and Kafka Connect headers).
Keyed by ``root_run_id``, like everything about one logical run.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.commands import CompensationStep, RunCommand
from errorflow.schemas.events import SCHEMA_VERSION, TaskRunEvent

__all__ = ["AttemptOutcome", "RecordPosition"]


class RecordPosition(BaseModel):
    """Where a Kafka record was read from: the original record of a dead letter's headers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    topic: str
    partition: int = Field(ge=0)
    offset: int = Field(ge=0)
    timestamp_ms: int = 0
    """The record's timestamp (CreateTime), Unix milliseconds."""
    consumer_group: str | None = None
    """The group that consumed it."""


class AttemptOutcome(BaseModel):
    """One finished attempt of a runner run: its command and its final event (schema version 1)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    command: RunCommand
    """The command the runner executed, holding the original (unredacted) input."""
    event: TaskRunEvent
    """The attempt's final event: ``success``, ``failed`` or ``timed_out`` (a limit passed, or the watchdog)."""
    retry_policy: dict[str, Any] | None = None
    """The operation's ``@operation(retry_policy=...)`` overrides; None when it declares none."""
    source: RecordPosition | None = None
    """Where the runner read the command (topic ``taskruns.commands``), when it knows."""
    compensations: list[CompensationStep] = Field(default_factory=list)
    """Saga steps not compensated yet: the command's and those this attempt registered, in registration order."""
    compensate_on: Literal["final", "every_failure"] | None = None
    """When the operation's compensations run: after the run fails for good, or after every failed attempt."""

    @property
    def key(self) -> bytes:
        """The Kafka key: the logical run."""
        return self.command.root_run_id.encode()
