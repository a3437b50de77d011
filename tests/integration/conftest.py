"""Integration fixtures: a real pipeline worker (subprocess) on the real broker and chDB."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.stack import EmbeddedStack
from errorflow.embedded.tansu import PortReservation, reserve_port
from errorflow.settings import Settings


class RunningStack:
    """A started pipeline (and optional runner) with helpers to query its store."""

    def __init__(self, stack: EmbeddedStack, settings: Settings) -> None:
        self.stack = stack
        self.settings = settings
        self.database = settings.clickhouse.database

    def rows(self, sql: str) -> list[dict[str, Any]]:
        assert self.stack.info is not None
        answer = post_sql(self.stack.info.query_url, sql.format(db=self.database))
        if "error" in answer:
            raise AssertionError(f"query failed: {answer['error']}\n{sql}")
        return [dict(zip(answer["columns"], row, strict=True)) for row in answer["rows"]]

    def value(self, sql: str) -> Any:
        rows = self.rows(sql)
        return next(iter(rows[0].values())) if rows else None

    def cli_env(self) -> dict[str, str]:
        """Environment for ``errorflow`` commands that should talk to this stack."""
        return {
            **os.environ,
            "ERRORFLOW_DATA_DIR": str(self.stack.data_dir),
            "ERRORFLOW_CLICKHOUSE__DATABASE": self.database,
            "ERRORFLOW_KAFKA__BOOTSTRAP": self.settings.kafka.bootstrap or "",
            "ERRORFLOW_KAFKA__TOPIC_PREFIX": self.settings.kafka.topic_prefix,
            "ERRORFLOW_APP_ID": self.settings.app_id,
        }

    def topic(self, name: str) -> str:
        return self.settings.topic(name)


@pytest.fixture
def reserved_port() -> Iterator[Callable[[], int]]:
    """Reserve loopback ports for the test's brokers and child processes, held until the test ends.

    A port only picked could be handed to another test worker's child before this test's
    child binds it, or while a broker of this test is stopped on purpose (see
    ``errorflow.embedded.tansu.PortReservation``).
    """
    held: list[PortReservation] = []

    def reserve() -> int:
        held.append(reserve_port())
        return held[-1].port

    yield reserve
    for reservation in held:
        reservation.release()


def _stack_settings(kafka_bootstrap: str, data_dir: Path) -> Settings:
    token = uuid.uuid4().hex[:8]
    return Settings(
        data_dir=data_dir,
        app_id=f"it-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"it{token}."},
        clickhouse={"database": f"it_{token}"},
    )


@pytest.fixture(scope="module")
def running_stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """A pipeline worker plus a runner for the test operations, shared by one test module."""
    settings = _stack_settings(kafka_bootstrap, tmp_path_factory.mktemp("stack"))
    stack = EmbeddedStack(settings, ops_modules=("tests.integration.ops",))
    stack.start(ready_timeout_s=90)
    try:
        yield RunningStack(stack, settings)
    finally:
        stack.stop()
