"""PreparedStore: the pipeline's store is closed once, on its own thread, whatever its preparation did."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, cast

import pytest

from errorflow.errors import StoreUnavailableError
from errorflow.pipeline_store import PreparedStore
from errorflow.sinks import Store


class _Store:
    def __init__(self) -> None:
        self.closed_on: list[str] = []

    def close(self) -> None:
        self.closed_on.append(threading.current_thread().name)


def test_the_store_is_closed_once_on_its_own_thread() -> None:
    store = _Store()
    prepared = PreparedStore(lambda _: cast(Store, store), thread_name="prepared-test")
    assert asyncio.run(prepared.get()) is store
    prepared.close()
    prepared.close()
    assert [name.split("_")[0] for name in store.closed_on] == ["prepared-test"]
    assert prepared.closed


def test_a_failed_preparation_is_raised_to_its_user_and_closing_it_closes_nothing() -> None:
    def fail(_: threading.Event) -> Any:
        raise StoreUnavailableError("no store")

    prepared = PreparedStore(fail)
    with pytest.raises(StoreUnavailableError):
        asyncio.run(prepared.get())
    prepared.close()  # nothing to close, nothing raised
    assert prepared.closed


def test_closing_after_its_thread_was_stopped_closes_the_store_here() -> None:
    # At the interpreter's exit the store's thread is stopped before weakref.finalize closes the store.
    store = _Store()
    prepared = PreparedStore(lambda _: cast(Store, store))
    asyncio.run(prepared.get())
    prepared.executor.shutdown(wait=True)
    prepared.close()
    assert store.closed_on == [threading.current_thread().name]


def test_closing_tells_a_waiting_preparation_to_stop() -> None:
    # A preparation waiting for another process's migration lock (up to ten minutes) ends its wait.
    def wait_for_the_lock(stopping: threading.Event) -> Any:
        stopping.wait()
        raise StoreUnavailableError("stopped while waiting for the migration lock")

    prepared = PreparedStore(wait_for_the_lock)
    closing = threading.Thread(target=prepared.close)
    closing.start()
    closing.join(timeout=60)
    assert not closing.is_alive()
    with pytest.raises(StoreUnavailableError):
        asyncio.run(prepared.get())
