"""The function runner's Faust worker: consume run commands, execute, emit events.

Completed attempts are kept in a changelogged Faust table keyed by the
attempt's idempotency key, so a command redelivered after a crash does not run
a completed attempt again.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from typing import Any

import faust

from errorflow.errors import ConfigurationError, MalformedEventError
from errorflow.runner.core import execute_command
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.sdk.registry import REGISTRY, OperationRegistry
from errorflow.sdk.runtime import configure
from errorflow.settings import Settings
from errorflow.streams.app import build_app
from errorflow.streams.topics import Topics

__all__ = ["build_runner_app", "import_operations"]

logger = logging.getLogger(__name__)


def import_operations(modules: Iterable[str]) -> list[str]:
    """Import the modules that register operations; return the names registered.

    Raises:
        ConfigurationError: a module cannot be imported.
    """
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise ConfigurationError(f"cannot import operations module {module!r}: {exc}") from exc
    return sorted(spec.name for spec in REGISTRY)


def build_runner_app(
    settings: Settings, *, registry: OperationRegistry = REGISTRY, concurrency: int = 16, **app_options: Any
) -> faust.App:
    """Build the runner's Faust app for the operations in ``registry``."""
    app = build_app(settings, role="runner", **app_options)
    rt = configure(settings, service=settings.sdk.service)
    commands = app.topic(settings.topic(Topics.COMMANDS.name), key_serializer="raw", value_serializer="raw")
    quarantine = app.topic(settings.topic(Topics.QUARANTINE.name), key_serializer="raw", value_serializer="raw")
    completed = app.Table(
        "completed-attempts", default=str, partitions=settings.kafka.partitions, key_type=str, value_type=str
    )
    stats = {"executed": 0, "skipped_duplicates": 0, "quarantined": 0}

    @app.agent(commands, concurrency=concurrency)
    async def run_commands(stream: faust.Stream) -> None:
        async for event in stream.events():
            raw = event.value
            message = event.message
            try:
                command = decode(raw, RunCommand, max_bytes=settings.kafka.max_message_bytes)
            except MalformedEventError as exc:
                stats["quarantined"] += 1
                logger.warning(
                    "quarantining malformed command at %s[%s]@%s: %s",
                    message.topic,
                    message.partition,
                    message.offset,
                    exc,
                )
                record = QuarantineRecord.for_record(
                    topic=message.topic,
                    partition=message.partition,
                    offset=message.offset,
                    key=event.key,
                    raw=raw,
                    detected_by="runner",
                    reason=exc.reason,
                    detail=exc.detail,
                )
                await quarantine.send(key=event.key, value=encode(record))
                continue
            if completed[command.idempotency_key]:
                stats["skipped_duplicates"] += 1
                logger.info("skipping completed attempt %s", command.idempotency_key)
                continue
            status = await execute_command(command, registry=registry, rt=rt)
            completed[command.idempotency_key] = status.value
            stats["executed"] += 1

    @app.timer(2.0)
    async def flush_events() -> None:
        rt.emitter.flush(0)

    app.errorflow_stats = stats  # type: ignore[attr-defined]
    return app
