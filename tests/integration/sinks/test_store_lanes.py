"""The pipeline's store lanes: a long store call of one user holds up neither the sink nor the other users.

One lane's call reads from a FIFO, so it runs inside the engine for as long as
the test holds the FIFO open; meanwhile the other lanes store and read on the
same chDB engine. With one shared thread and session (the wiring before the
lanes), their calls queued behind it.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from errorflow.pipeline_lanes import StoreLanes
from errorflow.schemas.events import TaskRunEvent, TaskRunStatus
from errorflow.sinks import ChdbStore, event_row

pytestmark = [pytest.mark.integration]

_PATIENCE_S = 120.0  # only a broken lane waits this long: the held call ends when the test says so


def _event(n: int) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=f"lane-{n}", root_run_id=f"lane-{n}", operation="op", service="svc", status=TaskRunStatus.SUCCESS
    )


@pytest.mark.parametrize("held", ["anomaly", "sink"])
def test_a_long_call_on_one_lane_holds_up_none_of_the_others(migrated: ChdbStore, tmp_path: Path, held: str) -> None:
    sink_executor = ThreadPoolExecutor(max_workers=1)
    lanes = StoreLanes.open(migrated, sink_executor, ["anomaly", "notifier"])
    try:
        everyone = {"sink": lanes.sink, "anomaly": lanes["anomaly"], "notifier": lanes["notifier"]}
        fifo = tmp_path / "held.fifo"
        os.mkfifo(fifo)
        lane = everyone[held]
        long_call = lane.executor.submit(lane.store.query_value, f"SELECT sum(x) FROM file('{fifo}', 'CSV', 'x UInt8')")
        pipe = fifo.open("w")  # returns once the engine reads it: the held lane's call is running
        try:
            others = {name: other for name, other in everyone.items() if name != held}
            for n, (name, other) in enumerate(others.items()):
                other.executor.submit(other.store.insert_rows, "taskrun_events", [event_row(_event(n))]).result(
                    timeout=_PATIENCE_S
                )
                count = other.executor.submit(
                    other.store.query_value, "SELECT count() FROM taskrun_events WHERE service = 'svc'"
                ).result(timeout=_PATIENCE_S)
                assert int(count) == n + 1, name
            assert not long_call.done()  # all of that while the held call ran
        finally:
            pipe.write("1\n2\n")
            pipe.close()
        assert int(long_call.result()) == 3
    finally:
        lanes.close()
        sink_executor.shutdown()
