"""The pipeline's store (prepared from the app's build on) and its lanes are closed however far the start got.

The store is opened and migrated from the moment the pipeline's app is built, while
the worker joins its group; the service that uses and closes it is created only once
the worker has joined. These tests build the real app on the real chDB engine of the
session and check that no store (the engine's user count) and no store thread
outlives an app that never started, or a start that failed half-way (the broker
unreachable after the lanes were opened).
"""

from __future__ import annotations

import asyncio
import gc
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

import errorflow.sinks.store as store_module
from errorflow.errors import BrokerError
from errorflow.pipeline import build_pipeline_app
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore

pytestmark = [pytest.mark.integration]


def _engine_users() -> int:
    """How many stores hold the process's chDB engine open."""
    engine = store_module._slot.engine
    return 0 if engine is None else engine.users


def _store_threads() -> list[str]:
    """The live threads of a pipeline's store and lanes (``errorflow-store``, ``errorflow-store-<lane>``)."""
    return [thread.name for thread in threading.enumerate() if thread.name.startswith("errorflow-store")]


def _settings(store: ChdbStore, tmp_path: Path, *, bootstrap: str) -> Settings:
    # The pipeline opens chDB under data_dir/chdb: the session's engine (one data path per process).
    (tmp_path / "chdb").symlink_to(store.path, target_is_directory=True)
    token = uuid.uuid4().hex[:8]
    return Settings(
        data_dir=tmp_path,
        app_id=f"release-{token}",
        kafka={"bootstrap": bootstrap, "topic_prefix": f"rel{token}."},
        clickhouse={"database": store.database},
    )


def _tables(store: ChdbStore) -> int:
    return int(store.query_value(f"SELECT count() FROM system.tables WHERE database = '{store.database}'"))


def test_an_app_built_and_never_started_closes_its_store(
    store: ChdbStore, tmp_path: Path, reserved_port: Callable[[], int]
) -> None:
    users = _engine_users()
    app = build_pipeline_app(_settings(store, tmp_path, bootstrap=f"127.0.0.1:{reserved_port()}"))
    del app
    gc.collect()
    # Closing tells a preparation still under way to stop (it may not have migrated): whichever it was,
    # what it opened is closed.
    assert _store_threads() == []
    assert _engine_users() == users


def test_a_start_that_fails_after_the_lanes_opened_closes_them_and_the_store(
    store: ChdbStore, tmp_path: Path, reserved_port: Callable[[], int]
) -> None:
    users = _engine_users()
    # A port held and never listened on: the topics cannot be created, after the store and its lanes are open.
    app = build_pipeline_app(_settings(store, tmp_path, bootstrap=f"127.0.0.1:{reserved_port()}"))
    (service_type,) = [service for service in app._extra_services if service.__name__ == "PipelineService"]

    async def start_then_stop() -> None:
        service = service_type()
        with pytest.raises(BrokerError):
            await service.start()
        await service.stop()

    asyncio.run(start_then_stop())
    assert _store_threads() == []
    assert _engine_users() == users
    assert _tables(store) > 0
    del app
    gc.collect()
    assert _engine_users() == users  # the app's end does not close it twice
