"""The per-event cost of watching a Faust agent's progress (``errorflow.healing.liveness``).

The runner's consume loop and the breaker agent mark the event they hold in a
work slot. This measures, side by side in alternating rounds, one async loop
over the same events (an async generator, as Faust's ``stream.events()`` is):

- ``bare``: no marks (the loops before this change);
- ``slot``: ``slot.busy()`` before the body, ``slot.idle()`` in a ``finally``
  (the runner's loop);
- ``tracked``: ``async for event in tracked(events, slot)`` (the breaker agent's loop).

Printed: nanoseconds per event (best of the rounds) and the extra over ``bare``.
Usage: python bench/bench_liveness.py [--events 200000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import AsyncIterator

from errorflow.healing.liveness import WorkSlot, WorkTracker, tracked


async def events(count: int) -> AsyncIterator[int]:
    for value in range(count):
        yield value


async def bare(count: int, slot: WorkSlot) -> int:
    total = 0
    async for event in events(count):
        total += event
    return total


async def with_slot(count: int, slot: WorkSlot) -> int:
    total = 0
    async for event in events(count):
        slot.busy()
        try:
            total += event
        finally:
            slot.idle()
    return total


async def with_tracked(count: int, slot: WorkSlot) -> int:
    total = 0
    async for event in tracked(events(count), slot):
        total += event
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    slot = WorkTracker(time.monotonic).slot()
    loops = {"bare": bare, "slot": with_slot, "tracked": with_tracked}
    best = dict.fromkeys(loops, float("inf"))
    for _ in range(args.rounds):  # alternating: each round runs every loop once
        for name, loop in loops.items():
            started = time.perf_counter()
            asyncio.run(loop(args.events, slot))
            best[name] = min(best[name], (time.perf_counter() - started) / args.events * 1e9)
    for name, ns in best.items():
        extra = "" if name == "bare" else f"  (+{ns - best['bare']:.0f} ns/event)"
        print(f"{name:<8} {ns:7.0f} ns/event{extra}")


if __name__ == "__main__":
    main()
