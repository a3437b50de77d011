"""Faust workers start and stop without the fixed seconds Faust and mode wait (the tables' start, the loop's close)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from errorflow.settings import Settings
from errorflow.streams.app import SHUTDOWN_SENTINEL_S, TableManager, build_app, build_worker


def test_the_loop_runs_a_tenth_of_a_second_after_the_services_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # mode's worker sleeps a whole second in a sentinel task before it closes the loop: every
    # stop and restart of a pipeline or a runner waited it out.
    settings = Settings(data_dir=tmp_path, kafka={"bootstrap": "127.0.0.1:1"})
    worker = build_worker(build_app(settings, role="runner"))
    slept: list[float] = []

    async def sleep(delay: float) -> None:
        slept.append(delay)

    try:
        monkeypatch.setattr(asyncio, "sleep", sleep)
        worker.loop.run_until_complete(worker._sentinel_task())
    finally:
        monkeypatch.undo()
        worker.loop.close()
    assert slept == [SHUTDOWN_SENTINEL_S]
    assert 0 < SHUTDOWN_SENTINEL_S < 1.0


def test_the_tables_changelogs_are_set_up_without_fausts_second(tmp_path: Path) -> None:
    # Faust's table manager sleeps a second before it sets the changelog channels up, for tables
    # declared while the worker starts; errorflow declares them all when it builds the app.
    settings = Settings(data_dir=tmp_path, kafka={"bootstrap": "127.0.0.1:1"})
    app = build_app(settings, role="runner")
    manager = app.tables
    assert isinstance(manager, TableManager)
    steps: list[Any] = []

    async def sleep(delay: float) -> None:
        steps.append(("sleep", delay))

    async def update_channels() -> None:
        steps.append("changelog channels")

    async def start_recovery() -> None:
        steps.append("recovery started")

    manager.sleep = sleep
    manager._update_channels = update_channels
    manager.recovery.start = start_recovery
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(manager.on_start())
    finally:
        loop.close()
    assert steps == ["changelog channels", "recovery started"]
