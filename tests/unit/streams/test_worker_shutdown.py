"""A stopping worker closes its event loop a tenth of a second after its services stopped, not mode's second."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from errorflow.settings import Settings
from errorflow.streams.app import SHUTDOWN_SENTINEL_S, build_app, build_worker


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
