"""An insert in flight at the anomaly agent's cut is counted once: by the rebuild, not by the catch-up.

ClickHouse stamps an insert's rows (``ingested_at``) when the insert starts and
shows them when it ends. Here an insert of some events, the sink's JSON path
(its Arrow path, straight into taskrun_events) reads its block from a FIFO: it starts (and stamps)
before the agent takes its cut, and its rows arrive, deterministically, right
after the agent's first store call following the cut. Without the wait for the
inserts running at the cut, the rebuild's query ran before those rows were
visible while the catch-up's lookup saw them stamped before the cut and skipped
them: lost from the windows. The agent's windows must equal the analyst query
of docs/anomalies.md once every event is stored.
"""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from errorflow.agents.anomaly import AnomalyStats
from errorflow.anomaly import AnomalyEngine
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.settings import Settings
from errorflow.sinks import ChdbStore, event_row
from errorflow.sinks.blocks import build_block
from tests.integration.sinks.anomaly_support import agent_windows, produce_events, run_agent_until, stored_windows
from tests.integration.sinks.test_anomaly_agent_windows import _events

pytestmark = [pytest.mark.integration, pytest.mark.slow]


class InFlightInsert:
    """The sink's Arrow insert into taskrun_events, on a chDB session of its own, reading its block from a FIFO.

    :meth:`start` returns once the engine has opened the FIFO (so the insert has started and
    stamped its rows' ``ingested_at``); :meth:`finish` writes the block and waits for the insert.
    """

    def __init__(self, store: ChdbStore, fifo: Path, events: list[TaskRunEvent]) -> None:
        self.lane = store.writer_lane()
        self.fifo = fifo
        self.block, _, rejected = build_block([event_row(e) for e in events], store.columns("taskrun_events"))
        assert not rejected
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.pipe: Any = None

    def _run(self) -> None:
        try:
            columns = ", ".join(self.block.column_names)
            self.lane.execute(
                f"INSERT INTO {self.lane.qualify('taskrun_events')} ({columns}) FROM INFILE '{self.fifo}'"
                " FORMAT ArrowStream"
            )
        except BaseException as exc:  # handed to finish()
            self.failure = exc

    def start(self) -> None:
        os.mkfifo(self.fifo)
        self.thread.start()
        self.pipe = self.fifo.open("wb")  # blocks until the engine opens it to read

    def finish(self) -> None:
        with pa.ipc.new_stream(self.pipe, self.block.schema) as writer:
            writer.write_table(self.block)
        self.pipe.close()
        self.thread.join()
        self.lane.close()
        if self.failure is not None:
            raise self.failure


class CutWatch:
    """The agent's store, which completes the in-flight insert right after the first call that follows the cut."""

    def __init__(self, store: ChdbStore, on_after_cut: Callable[[], None]) -> None:
        self._store = store
        self._on_after_cut = on_after_cut
        self.cut: str | None = None
        self._done = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def _after(self) -> None:
        if self.cut is not None and not self._done:
            self._done = True
            self._on_after_cut()

    def query_value(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        value = self._store.query_value(sql, params)
        if "now64(3" in sql and self.cut is None:
            self.cut = str(value)
            return value
        self._after()
        return value

    def query_rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        rows = self._store.query_rows(sql, params)
        self._after()
        return rows


async def _scenario(
    settings: Settings, store: ChdbStore, events: list[TaskRunEvent], fifo: Path
) -> tuple[AnomalyEngine, AnomalyStats, CutWatch, list[str]]:
    await produce_events(settings, events)

    # The sink committed nothing; one of its inserts is running when the agent starts.
    finished = {TaskRunStatus.SUCCESS, TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT}
    in_flight = [e for e in events if e.status in finished][: len(events) // 3]
    insert = InFlightInsert(store, fifo, in_flight)
    insert.start()
    watch = CutWatch(store, insert.finish)

    engine = AnomalyEngine()
    stats = await run_agent_until(settings, watch, lambda st: st.consumed >= len(events), engine=engine)
    return engine, stats, watch, [e.event_id for e in in_flight]


def test_an_insert_in_flight_at_the_cut_is_counted_once(
    kafka_bootstrap: str, migrated: ChdbStore, database: str, tmp_path: Path
) -> None:
    token = uuid.uuid4().hex[:8]
    settings = Settings(
        app_id=f"ac-{token}",
        kafka={"bootstrap": kafka_bootstrap, "topic_prefix": f"ac{token}."},
        clickhouse={"database": database},
    )
    events = _events(900)
    by_id = {e.event_id: e for e in events}
    engine, stats, watch, in_flight = asyncio.run(_scenario(settings, migrated, events, tmp_path / "rows.fifo"))
    assert stats.consumed == len(events)
    # The race was there: the in-flight rows are stamped before the cut.
    assert watch.cut is not None
    stamped_before = migrated.query_value(
        "SELECT count() FROM taskrun_events WHERE event_id IN {ids:Array(String)} "
        "AND ingested_at < {cut:DateTime64(3, 'UTC')}",
        {"ids": in_flight, "cut": watch.cut},
    )
    assert int(stamped_before) == len(in_flight) > 0
    assert stats.skipped_stored == len(in_flight)
    # The sink stores the rest.
    rest = set(by_id) - set(in_flight)
    migrated.insert_rows("taskrun_events", [event_row(by_id[i]) for i in rest])

    mine = agent_windows(engine)
    assert len(mine) >= 20
    assert mine == stored_windows(migrated)
