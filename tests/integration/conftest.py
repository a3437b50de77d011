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
from tests.integration.processes import RUN_MARK, command_line, marked, wait_gone

GROUP_TIMING = {
    "ERRORFLOW_KAFKA__SESSION_TIMEOUT_S": "3",
    "ERRORFLOW_KAFKA__HEARTBEAT_INTERVAL_S": "0.5",
    "ERRORFLOW_KAFKA__REBALANCE_TIMEOUT_S": "3",
}
"""Consumer-group timing of the integration tests: half the defaults (6 s session and rebalance, 1 s heartbeat).

Tansu answers a group join only after half the session timeout, and evicts a killed member only
once a request of another member finds it silent past the session timeout. Every pipeline,
runner and agent start joins a group (3 s at the default) and every test that kills a worker
waits for its member to expire (6 s) before the restarted one is given its partitions: seconds
of an idle CI run per stack. The defaults are right for users (a member whose event loop is busy
for a few seconds under load is not evicted); the tests keep six heartbeats per session, as
the defaults do, and nothing they assert depends on the values.
"""


LEFTOVER_GRACE_S = 60.0
"""How long the processes a run started may take to end after its last test (a killed child's own children)."""

_HELPERS = ("multiprocessing.resource_tracker", "multiprocessing.forkserver")
"""Processes that live as long as the worker by design (multiprocessing's), not left behind by a test."""


@pytest.fixture(scope="session", autouse=True)
def _nothing_left_behind() -> Iterator[None]:
    """After the worker's last test, no process it started (a broker, a pipeline, a runner) still runs.

    Each worker (of xdist, or the one pytest process) marks its environment with a token of its
    own before its first integration test, so every process it starts, and their children,
    carry the mark (``/proc/<pid>/environ``); another worker's processes carry another. Set up
    first and so torn down last (after the broker of ``kafka_bootstrap``), it waits up to
    :data:`LEFTOVER_GRACE_S` for the marked processes to end, then fails naming each one.
    """
    mark = f"{uuid.uuid4().hex}-{os.getpid()}"
    os.environ[RUN_MARK] = mark
    try:
        yield
    finally:
        del os.environ[RUN_MARK]

    def leftovers() -> list[int]:
        return [pid for pid in marked(mark, but=(os.getpid(),)) if not any(h in command_line(pid) for h in _HELPERS)]

    left = wait_gone(leftovers(), timeout_s=LEFTOVER_GRACE_S)
    if left:
        named = "\n".join(f"  pid {pid}: {command_line(pid)}" for pid in left)
        pytest.fail(f"{len(left)} process(es) started by this test run still run after it:\n{named}", pytrace=False)


@pytest.fixture(scope="module", autouse=True)
def _group_timing() -> Iterator[None]:
    """Every integration test module runs with :data:`GROUP_TIMING` in its environment.

    Module-scoped and autouse, so it is set before any fixture of the module builds
    ``Settings`` or starts a stack (children inherit the environment, and ``Settings`` read
    it), and removed after the module: the unit tests a worker runs later see the defaults.
    A variable already set (a test run against a real cluster, say) is kept.
    """
    with pytest.MonkeyPatch.context() as patch:
        for name, value in GROUP_TIMING.items():
            patch.setenv(name, os.environ.get(name, value))
        yield


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
