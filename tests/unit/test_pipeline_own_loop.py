"""on_own_loop: an agent on a thread and event loop of its own stops with the worker and reports how it ended."""

from __future__ import annotations

import asyncio
import threading

import pytest

from errorflow.pipeline import on_own_loop


async def test_the_agent_runs_on_another_thread_and_stops_when_the_worker_does() -> None:
    stop = asyncio.Event()
    seen: dict[str, object] = {}

    async def agent(inner: asyncio.Event) -> int:
        seen["thread"] = threading.current_thread().name
        seen["loop"] = asyncio.get_running_loop()
        await inner.wait()
        return 7

    task = asyncio.create_task(on_own_loop(agent, stop=stop, name="own-loop-test"))
    for _ in range(500):  # up to ~5 s for the thread to start on a loaded machine
        if "loop" in seen:
            break
        await asyncio.sleep(0.01)
    assert seen["thread"] == "own-loop-test"
    assert seen["loop"] is not asyncio.get_running_loop()
    assert not task.done()  # runs until the worker stops
    stop.set()
    assert await asyncio.wait_for(task, 30) == 7


async def test_an_agent_that_fails_raises_on_the_workers_loop() -> None:
    async def agent(inner: asyncio.Event) -> None:
        raise RuntimeError("agent died")

    with pytest.raises(RuntimeError, match="agent died"):
        await asyncio.wait_for(on_own_loop(agent, stop=asyncio.Event(), name="own-loop-dies"), 30)


async def test_a_stop_set_before_the_thread_started_still_stops_the_agent() -> None:
    stop = asyncio.Event()
    stop.set()

    async def agent(inner: asyncio.Event) -> str:
        await inner.wait()
        return "stopped"

    assert await asyncio.wait_for(on_own_loop(agent, stop=stop, name="own-loop-early"), 30) == "stopped"
