"""A runner operation that raises the hostile exception its input names (tests.hostile_exceptions)."""

from __future__ import annotations

import asyncio

from errorflow.sdk import operation
from tests.hostile_exceptions import HOSTILE


@operation(name="hostile_runner", service="it-hostile")
def hostile_runner(kind: str) -> None:
    """Raise one hostile kind; the runner must still report a terminal failed event."""
    raise HOSTILE[kind]()


class OwnBaseException(BaseException):
    """A service's own exception outside ``Exception``."""


EXITS: dict[str, type[BaseException]] = {
    "system_exit": SystemExit,
    "keyboard_interrupt": KeyboardInterrupt,
    "generator_exit": GeneratorExit,
    "cancelled": asyncio.CancelledError,
    "own_base": OwnBaseException,
}
"""What a service's code may raise that is not an ``Exception``: each ends the attempt, never the runner."""


@operation(name="exits_async", service="it-hostile")
async def exits_async(kind: str) -> None:
    """Raise one of :data:`EXITS` from a coroutine (an async SystemExit used to end the runner's event loop)."""
    await asyncio.sleep(0)
    raise EXITS[kind](kind)


@operation(name="exits_sync", service="it-hostile")
def exits_sync(kind: str) -> None:
    """Raise one of :data:`EXITS`, or ``StopIteration`` (``next()`` of an empty iterator), on the runner's thread."""
    if kind == "stop_iteration":
        next(iter(()))
    raise EXITS[kind](kind)
