"""Shared pieces of the recovery integration tests: a stack running ``recovery_ops`` and queries on it."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer

from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import RunCommand, decode
from errorflow.sdk import configure, runtime, shutdown, submit
from errorflow.settings import Settings
from tests.integration.conftest import RunningStack
from tests.integration.helpers import consume_to_end, wait_for

TERMINAL_ACTIONS = ("succeeded_after_retry", "failed_fast", "dead_lettered", "gave_up_deadline")


def recovery_settings(kafka_bootstrap: str, data_dir: Path, *, name: str = "rec") -> Settings:
    """Settings of one stack: its own topics, groups and database."""
    token = uuid.uuid4().hex[:8]
    return Settings(
        data_dir=data_dir,
        app_id=f"{name}-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"{name}{token}."},
        clickhouse={"database": f"{name}_{token}"},
    )


@contextlib.contextmanager
def recovery_stack(settings: Settings) -> Iterator[RunningStack]:
    """A pipeline worker and a runner for ``tests.integration.recovery_ops``, warmed up."""
    stack = EmbeddedStack(settings, ops_modules=("tests.integration.recovery_ops",))
    stack.start(ready_timeout_s=90)
    try:
        running = RunningStack(stack, settings)
        warm_up(running)
        yield running
    finally:
        stack.stop()


def warm_up(stack: RunningStack) -> None:
    """Wait until a run has gone through the runner, the recovery agent and the retry scheduler.

    Right after start-up the agents' consumer groups are still joining; timing
    assertions made before that would measure the join, not the scheduler.
    """
    configure(stack.settings, service="it-recovery-caller")
    try:
        command = start("rec_warmup", {})
        wait_for_action(stack, command.root_run_id, "succeeded_after_retry", timeout_s=90)
    finally:
        shutdown()


def start(operation: str, payload: dict[str, Any]) -> RunCommand:
    """Submit a run and make sure it left the process."""
    command = submit(operation, payload)
    assert runtime().emitter.flush(10)
    return command


def actions(stack: RunningStack, root: str) -> list[dict[str, Any]]:
    """The run's recovery actions, by attempt and time."""
    return stack.rows(
        "SELECT action, attempt, next_attempt, category, delay_s, due_at, reason, detail, dlq_id, decided_at "
        f"FROM {{db}}.recovery_actions WHERE root_run_id = '{root}' ORDER BY attempt, decided_at"
    )


def events(stack: RunningStack, root: str) -> list[dict[str, Any]]:
    """The run's lifecycle events, by time."""
    return stack.rows(
        "SELECT attempt, status, run_id, replayed_from, occurred_at, error_type "
        f"FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' ORDER BY occurred_at, attempt"
    )


def wait_for_action(stack: RunningStack, root: str, action: str, *, timeout_s: float = 60) -> list[dict[str, Any]]:
    """Wait until the run has the action; return all its actions."""
    return wait_for(
        lambda: (rows := actions(stack, root)) and any(r["action"] == action for r in rows) and rows,
        timeout_s=timeout_s,
        what=f"action {action} of run {root}",
    )


def terminal_actions(rows: list[dict[str, Any]]) -> list[str]:
    """The actions that end a run."""
    return [r["action"] for r in rows if r["action"] in TERMINAL_ACTIONS]


def seconds(value: Any) -> float:
    """A DateTime64 from the SQL endpoint (epoch seconds or milliseconds, or ISO text) as epoch seconds."""
    if isinstance(value, (int, float)):
        return value / 1000 if value > 1e11 else float(value)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()


def operator_environment(stack: RunningStack, monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment an operator's shell would have next to ``errorflow up``."""
    settings = stack.settings
    monkeypatch.setenv("ERRORFLOW_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("ERRORFLOW_APP_ID", settings.app_id)
    monkeypatch.setenv("ERRORFLOW_KAFKA__TOPIC_PREFIX", settings.kafka.topic_prefix)
    monkeypatch.setenv("ERRORFLOW_CLICKHOUSE__DATABASE", settings.clickhouse.database)
    monkeypatch.delenv("ERRORFLOW_KAFKA__BOOTSTRAP", raising=False)  # found through the stack's state file


def retry_commands(settings: Settings, roots: list[str], *, topic: str) -> Counter[str]:
    """How many retry commands of ``roots`` each attempt has on ``topic`` now."""
    values = asyncio.run(consume_to_end(settings.kafka.bootstrap, settings.topic(topic), timeout_s=20))
    commands = [decode(value, RunCommand) for value in values]
    return Counter(c.idempotency_key for c in commands if c.root_run_id in roots and c.reason == "retry")


@contextlib.asynccontextmanager
async def group_member(settings: Settings, group: str, topic: str) -> AsyncIterator[AIOKafkaConsumer]:
    """A started consumer in ``group`` on ``topic`` (from the earliest offset, committing by hand), stopped after."""
    member = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka.bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=int(settings.kafka.session_timeout_s * 1000),
        heartbeat_interval_ms=int(settings.kafka.heartbeat_interval_s * 1000),
    )
    await member.start()
    try:
        yield member
    finally:
        await member.stop()
