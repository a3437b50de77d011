"""The pipeline's store, opened and migrated on its own thread from the moment the app is built.

The pipeline starts preparing its store when its app is built, so the migrations run
while the Faust worker starts and joins its group (seconds, mostly waiting for the
broker) instead of after it. The store is then open before anything that would close
it exists: the pipeline's service is created only once the worker has joined, and an
app can be built and never started at all (a worker stopped while it joins, a start
that fails before the service, a tool or test that only builds it). So the store has
one owner from the start, :class:`PreparedStore`, closed once by whichever comes
first: the service's stop, or the app's end (``weakref.finalize``: garbage
collection or the interpreter's exit).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from errorflow.sinks import Store

__all__ = ["PreparedStore"]

logger = logging.getLogger(__name__)


class PreparedStore:
    """A store being prepared (``prepare``: open and migrate) on the thread that then serves it (the sink's)."""

    def __init__(self, prepare: Callable[[threading.Event], Store], *, thread_name: str = "errorflow-store") -> None:
        """Start ``prepare`` now; it closes what it opened if it fails.

        ``prepare`` gets the event :meth:`close` sets first: a preparation that waits (another
        process's migration lock, up to ten minutes) ends its wait, so a stop does not wait for it.
        """
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        """The store's thread: the sink calls the store on it."""
        self._stopping = threading.Event()
        self._prepared = self.executor.submit(prepare, self._stopping)
        self._guard = threading.Lock()
        self._closed = False

    async def get(self) -> Store:
        """The store, once prepared; raises what preparing it raised."""
        return await asyncio.wrap_future(self._prepared)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def close(self) -> None:
        """Close the store once its preparation ended, then its thread; idempotent and blocking (call it off the loop).

        Call it after every user of the store stopped. A preparation still running is told to
        stop and waited for (a wait it is in ends; a statement under way does not); one that
        failed left nothing open.
        """
        self._stopping.set()
        with self._guard:
            if self._closed:
                return
            self._closed = True
        try:
            store: Store | None = self._prepared.result()
        except BaseException:  # it closed what it opened; whoever awaited it was told
            store = None
        if store is not None:
            try:
                try:
                    # On its own thread, after the calls queued there (the sink's last flush).
                    self.executor.submit(store.close).result()
                except RuntimeError:  # the interpreter is exiting and stopped the thread: no call is left
                    store.close()
            except Exception:
                logger.exception("closing the pipeline's store failed")
        self.executor.shutdown(wait=True)
