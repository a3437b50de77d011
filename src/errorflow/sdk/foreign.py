"""A service's function called so that whatever it raises comes back as an ``Exception``: its failure, not ours.

The runner calls the service's operations and compensation steps and records what they raise
as the attempt's (or the saga's) failure. What they raise is foreign, and not always an
``Exception``: ``sys.exit()`` deep in a library (``SystemExit``), a ``KeyboardInterrupt`` or
``GeneratorExit`` raised by hand, an ``asyncio.CancelledError`` of the code's own (an awaited
future someone else cancelled), a ``BaseException`` subclass of its own. Left as they are:

- an async function's ``SystemExit`` or ``KeyboardInterrupt`` is re-raised by its task out of
  the event loop itself: the runner process exits, with every attempt it had in hand;
- any other of them passes every ``except Exception`` on its way up: the command's actor dies
  with the command in hand, and is redelivered the command that killed it;
- a sync function's ``StopIteration`` (``next()`` on an empty iterator) cannot be set on an
  asyncio future: the thread's result is lost, and the attempt never ends.

:func:`call_async` and :func:`call_sync` (run on the worker thread) wrap any of them in a
:class:`ForeignAbort`, an ``Exception``, that :func:`raised_by` unwraps where the failure is
recorded, so the record names the service's own exception and traceback. The runner's own
cancellation of such a task (a time limit) goes through :func:`cancel` and still cancels it.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import Any

__all__ = ["ForeignAbort", "call_async", "call_sync", "cancel", "raised_by"]

_CANCELLED: weakref.WeakSet[asyncio.Future[Any]] = weakref.WeakSet()
"""Tasks the runner cancelled (:func:`cancel`): their CancelledError is the runner's, not the service's.

Not ``Task.cancelling()``: Python 3.10 has none."""


class ForeignAbort(Exception):
    """Carries what a service's function raised that is not an ``Exception`` (or cannot cross to the loop)."""

    def __init__(self, raised: BaseException) -> None:
        super().__init__("a service function raised an exception that is not an Exception")
        self.raised = raised


def raised_by(exc: BaseException) -> BaseException:
    """The service's own exception: ``exc``, or the one a :class:`ForeignAbort` carries."""
    return exc.raised if type(exc) is ForeignAbort else exc


async def call_async(function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Await ``function(*args, **kwargs)`` (in a task of its own); anything but an ``Exception`` becomes a ForeignAbort.

    A ``CancelledError`` of a task the runner cancelled (:func:`cancel`) is raised as it is.
    """
    try:
        return await function(*args, **kwargs)
    except Exception:
        raise
    except asyncio.CancelledError as exc:
        if asyncio.current_task() in _CANCELLED:
            raise
        raise ForeignAbort(exc) from None
    except BaseException as exc:  # SystemExit, KeyboardInterrupt, GeneratorExit, the service's own
        raise ForeignAbort(exc) from None


def call_sync(function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Call ``function(*args, **kwargs)`` (on a worker thread); anything but an ``Exception`` becomes a ForeignAbort.

    So does ``StopIteration``: an asyncio future refuses it, and the thread's end would be lost.
    """
    try:
        return function(*args, **kwargs)
    except StopIteration as exc:
        raise ForeignAbort(exc) from None
    except Exception:
        raise
    except BaseException as exc:  # SystemExit, KeyboardInterrupt, GeneratorExit, the service's own
        raise ForeignAbort(exc) from None


def cancel(task: asyncio.Future[Any]) -> None:
    """Cancel a task running :func:`call_async` (a time limit): it ends cancelled, not as the service's failure."""
    _CANCELLED.add(task)
    task.cancel()
