"""Commands to the function runner: run an operation with an input.

Submits, scheduled retries and operator replays are all ``RunCommand`` records
on the commands topic, keyed by ``root_run_id`` like the events they cause.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from errorflow.schemas.events import SCHEMA_VERSION, Actor, Name, PortableJson, utc_now
from errorflow.schemas.ids import new_id

__all__ = ["CompensationStep", "PriorError", "RunCommand", "replay_run_id"]


class PriorError(BaseModel):
    """What an earlier attempt of the same run failed with, handed to the next attempt."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    attempt: int
    run_id: str
    error_type: str | None = None
    error_message: str | None = None
    category: str | None = None
    occurred_at: datetime | None = None
    """When the attempt failed (None from producers that predate the field)."""
    delay_s: float | None = None
    """The delay scheduled after the failure, before the next attempt."""


class CompensationStep(BaseModel):
    """One compensation an attempt registered: a named function and its arguments (a saga step).

    Run by the function runner, which finds ``name`` among the compensations its
    service registered (``@compensation``). The function must be idempotent: it may
    run more than once (a redelivered command, an operator's replay), and gets
    :attr:`key`, stable across all of them, to make repeats harmless.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    """The registered compensation's name."""
    args: list[PortableJson] = Field(default_factory=list)
    kwargs: dict[str, PortableJson] = Field(default_factory=dict)
    run_id: str
    """The attempt that registered the step."""
    index: int = Field(ge=0)
    """Its position among the steps that attempt registered (compensations run in reverse)."""

    @property
    def key(self) -> str:
        """The step's idempotency key: the registering attempt's run id and the step's index."""
        return f"{self.run_id}:{self.index}"


class RunCommand(BaseModel):
    """Ask a worker to run one attempt of an operation (schema version 1)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    command_id: Name = Field(default_factory=new_id)
    reason: Literal["submit", "retry", "replay", "compensate"] = "submit"
    """``compensate``: run :attr:`compensations` in reverse order, not the operation."""
    run_id: Name = Field(default_factory=new_id)
    root_run_id: Name = ""
    """Empty on a first submit: the run id becomes the root run id."""
    attempt: int = Field(default=1, ge=1)
    operation: Name
    input: dict[str, Any] = Field(default_factory=dict)
    replayed_from: Name | None = None
    previous_errors: list[PriorError] = Field(default_factory=list)
    actor: Actor = Field(default_factory=Actor)
    channel: Name | None = "worker"
    deadline_at: datetime | None = None
    """The run's deadline; the runner does not start an attempt past it."""
    not_before: datetime | None = None
    """Earliest time the attempt may run (set on scheduled retries)."""
    issued_at: datetime = Field(default_factory=utc_now)
    breaker_deferrals: int = Field(default=0, ge=0)
    """Times an open circuit breaker of the operation's dependency deferred this attempt (it did not run)."""
    compensations: list[CompensationStep] = Field(default_factory=list)
    """Saga steps registered by earlier attempts and not compensated yet (a retry carries them until the run
    succeeds or fails for good); for a ``compensate`` command, the steps to run in reverse."""

    def model_post_init(self, __context: Any) -> None:
        """Default the root run id to the run id on a first submit."""
        if not self.root_run_id:
            object.__setattr__(self, "root_run_id", self.run_id)

    @property
    def key(self) -> bytes:
        """The Kafka key: the logical run, like the events this command causes."""
        return self.root_run_id.encode()

    @property
    def idempotency_key(self) -> str:
        """Stable per (root run, attempt); the runner skips an attempt it has completed.

        A ``compensate`` command has its own key, so the attempt's entry does not hide it.
        """
        if self.reason == "compensate":
            return f"{self.root_run_id}:{self.attempt}:compensate"
        return f"{self.root_run_id}:{self.attempt}"


def replay_run_id(source: str, *, version_ms: int) -> str:
    """Return the run id of the replay of one version of a dead letter or failed run: the same whoever asks.

    Two operators (or two commands started together) replaying the same version get
    the same replay run, hence the same idempotency key, and the runner runs it once.
    A later version (the replay failed again, or ``--force`` on a replayed entry) gets
    another id. The id is a UUIDv7 whose time is the version's (ids still sort by time,
    and the replay's root id tells when the version it replays was made); its other
    bits hash ``source`` and the version.

    Args:
        source: What is replayed, e.g. ``dlq:<dlq_id>`` or ``run:<root_run_id>:<run_id>:<replays so far>``.
        version_ms: Unix milliseconds of the replayed version (the dead letter's ``updated_at``,
            the failed event's ``occurred_at``).
    """
    digest = int.from_bytes(hashlib.sha256(f"{source}@{version_ms}".encode()).digest()[:10], "big")
    rand_a = (digest >> 62) & 0xFFF
    rand_b = digest & 0x3FFF_FFFF_FFFF_FFFF
    value = (version_ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | rand_a << 64 | 0x2 << 62 | rand_b
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
