"""Shared pieces of the breaker integration tests: a stack with a [breakers] policies file, event producers."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas.breakers import BreakerInput
from errorflow.schemas.codec import encode
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.schemas.ids import new_id
from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack

POLICIES = """
[operations.brk_charge.transient]   # retries come after the breaker has opened
initial_delay_s = 3.0
jitter = "none"

[operations.brk_pay]              # fail-fast tests: no retry of the calls they fail or that are rejected
never_retry = true
on_exhausted = "fail"

[operations.brk_note]
never_retry = true
on_exhausted = "fail"

[breakers.dependencies.pay-api]
sliding_window_size = 10
minimum_calls = 4
failure_rate_threshold = 0.5
wait_open_s = {wait}
half_open_calls = 2
release_spread_s = 2.0

[breakers.dependencies.ledger]
sliding_window_size = 10
minimum_calls = 4
failure_rate_threshold = 0.5
wait_open_s = 600
half_open_calls = 1
"""


def breaker_settings(kafka_bootstrap: str, data_dir: Path, *, wait_open_s: float = 3.0) -> Settings:
    """Settings of one stack whose policies file configures breakers ``pay-api`` and ``ledger``."""
    token = uuid.uuid4().hex[:8]
    data_dir.mkdir(parents=True, exist_ok=True)
    policies = data_dir / "policies.toml"
    policies.write_text(POLICIES.format(wait=wait_open_s))
    return Settings(
        data_dir=data_dir,
        app_id=f"brk-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"brk{token}."},
        clickhouse={"database": f"brk_{token}"},
        recovery={"policies_file": policies},
    )


@contextlib.contextmanager
def breaker_stack(settings: Settings, *, ops_modules: tuple[str, ...] = ()) -> Iterator[RunningStack]:
    """A started pipeline worker (and runners for ``ops_modules``)."""
    stack = EmbeddedStack(settings, ops_modules=ops_modules)
    stack.start(ready_timeout_s=120)
    try:
        yield RunningStack(stack, settings)
    finally:
        stack.stop()


def outcome_event(dependency: str, *, ok: bool, error_type: str = "builtins.ConnectionError") -> TaskRunEvent:
    """A final event of one direct call to ``dependency``."""
    run_id = new_id()
    return TaskRunEvent(
        run_id=run_id,
        root_run_id=run_id,
        operation="charge",
        service="it-breakers",
        dependency=dependency,
        status=TaskRunStatus.SUCCESS if ok else TaskRunStatus.FAILED,
        error_type=None if ok else error_type,
        error_message=None if ok else "connection refused",
        execution_time_s=0.01,
        channel="direct",
    )


async def committed_offsets(settings: Settings, group: str, topic: str) -> dict[int, tuple[int, int]]:
    """Per partition of ``topic``: (``group``'s committed offset or 0, the end offset)."""
    reader = AIOKafkaConsumer(bootstrap_servers=settings.kafka.bootstrap, group_id=group, enable_auto_commit=False)
    await reader.start()
    try:
        await reader._client.force_metadata_update()
        tps = [TopicPartition(topic, p) for p in sorted(reader.partitions_for_topic(topic) or ())]
        ends = await reader.end_offsets(tps)
        return {tp.partition: ((await reader.committed(tp)) or 0, ends[tp]) for tp in tps}
    finally:
        await reader.stop()


async def _produce(settings: Settings, records: list[tuple[str, bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap)
    await producer.start()
    try:
        for topic, key, value in records:
            await producer.send_and_wait(settings.topic(topic), value, key=key)
    finally:
        await producer.stop()


def send_outcomes(settings: Settings, dependency: str, *, ok: int = 0, failed: int = 0, **kwargs: Any) -> None:
    """Publish final events of ``ok`` successful and ``failed`` failed calls to ``dependency``."""
    events = [outcome_event(dependency, ok=True) for _ in range(ok)]
    events += [outcome_event(dependency, ok=False, **kwargs) for _ in range(failed)]
    asyncio.run(_produce(settings, [(Topics.EVENTS.name, e.key, encode(e)) for e in events]))


def send_commands(settings: Settings, commands: list[RunCommand]) -> None:
    """Publish run commands straight to the runners' topic (as the recovery agent or ``submit`` would)."""
    asyncio.run(_produce(settings, [(Topics.COMMANDS.name, c.key, encode(c)) for c in commands]))


def send_operator(settings: Settings, dependency: str, action: str, *, actor: str = "it", reason: str = "") -> None:
    """Publish an operator override straight to the agent's input topic."""
    item = BreakerInput(dependency=dependency, kind="operator", action=action, actor=actor, reason=reason)  # type: ignore[arg-type]
    asyncio.run(_produce(settings, [(Topics.BREAKER_INPUTS.name, item.key, encode(item))]))


def transitions(stack: RunningStack, dependency: str) -> list[dict[str, Any]]:
    """The breaker's transitions in ClickHouse, in order, one row per transition."""
    return stack.rows(
        "SELECT from_state, to_state, reason, sequence, calls, failure_count, failure_rate, actor, note "
        f"FROM {{db}}.breaker_transitions WHERE breaker = '{dependency}' "
        "ORDER BY sequence, transitioned_at"
    )


def states(records: list[tuple[bytes | None, bytes, dict[str, bytes]]]) -> dict[str, dict[str, Any]]:
    """Newest state per dependency from raw ``breakers.state`` records (readers keep the highest sequence)."""
    newest: dict[str, dict[str, Any]] = {}
    for _key, value, _headers in records:
        record = orjson.loads(value)
        if record["sequence"] > newest.get(record["dependency"], {}).get("sequence", 0):
            newest[record["dependency"]] = record
    return newest


def send_raw_input(settings: Settings, dependency: str, value: bytes) -> None:
    """Publish raw bytes to the agent's input topic (hostile input)."""
    asyncio.run(_produce(settings, [(Topics.BREAKER_INPUTS.name, dependency.encode(), value)]))
