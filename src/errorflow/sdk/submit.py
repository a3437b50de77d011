"""Submitting run commands to the function runner."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from errorflow.schemas.codec import encode
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import Actor
from errorflow.sdk.runtime import runtime

__all__ = ["submit"]


def submit(
    operation: str,
    input: dict[str, Any] | None = None,  # the contract's field name
    *,
    user_id: str | None = None,
    channel: str = "api",
    deadline_at: datetime | None = None,
) -> RunCommand:
    """Put a run command on the commands topic and return it (its ``run_id`` tracks the run).

    The command is queued by the SDK's emitter, so it is spooled like events
    when the broker is unreachable. Past ``deadline_at`` the runner cancels the
    attempt (or does not start it) and records it ``timed_out``.
    """
    rt = runtime()
    command = RunCommand(
        operation=operation, input=input or {}, actor=Actor(user_id=user_id), channel=channel, deadline_at=deadline_at
    )
    rt.emitter.emit(rt.commands_topic, command.key, encode(command))
    return command
