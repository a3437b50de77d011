"""Every consumer of the events topic reads a quick call's one record as it reads the three-event shape.

The same failing and succeeding calls are made through ``@operation`` with
``sdk.lifecycle_after_s`` large (one record per call) and 0 (three records per
call); the classifier, the recovery fold, the breaker feed and the sink's
router (contract path) must come to the same conclusions from both.
"""

from __future__ import annotations

import pytest

from errorflow.agents.breakers import aggregate_events
from errorflow.agents.classifier import handle
from errorflow.agents.ingest import IngestRouter, default_routes
from errorflow.breakers import BreakerConfigSet
from errorflow.classify import Classifier
from errorflow.recovery.state import fold_run
from errorflow.schemas import TaskRunEvent, decode
from errorflow.sdk import MemoryEmitter, configure, operation, shutdown
from errorflow.settings import Settings


def _records(after_s: float) -> list[bytes]:
    emitter = MemoryEmitter()
    configure(Settings(sdk={"lifecycle_after_s": after_s, "watch_breakers": False}), emitter=emitter, service="s")
    try:

        @operation(name="fetch", dependency="pay-api", register=False)
        def fetch(n: int) -> int:
            if n % 2:
                raise ConnectionResetError(104, "Connection reset by peer")
            return n

        for n in range(4):
            try:
                fetch(n)
            except ConnectionResetError:
                pass
    finally:
        shutdown()
    return [record.value for record in emitter.records]


@pytest.fixture(scope="module")
def shapes() -> dict[str, list[bytes]]:
    compact, full = _records(3600.0), _records(0.0)
    assert (len(compact), len(full)) == (4, 12)
    return {"compact": compact, "full": full}


def test_the_classifier_reads_both_shapes_alike(shapes: dict[str, list[bytes]]) -> None:
    classifier = Classifier()
    verdicts = {}
    for name, records in shapes.items():
        results = [handle(decode(value, TaskRunEvent), classifier) for value in records]
        verdicts[name] = sorted((r.category, r.fingerprint, r.strategy) for r in results if r is not None)
    assert len(verdicts["compact"]) == 2
    assert verdicts["compact"] == verdicts["full"]


def test_the_recovery_fold_reads_both_shapes_alike(shapes: dict[str, list[bytes]]) -> None:
    states = {}
    for name, records in shapes.items():
        runs: dict[str, list[TaskRunEvent]] = {}
        for value in records:
            event = decode(value, TaskRunEvent)
            runs.setdefault(event.root_run_id, []).append(event)
        states[name] = sorted(str(fold_run(events).status) for events in runs.values())
    assert states["compact"] == states["full"]
    assert len(states["compact"]) == 4


def test_the_breaker_feed_reads_both_shapes_alike(shapes: dict[str, list[bytes]]) -> None:
    configs = BreakerConfigSet()
    compact, _, _ = aggregate_events(shapes["compact"], configs)
    full, _, _ = aggregate_events(shapes["full"], configs)
    assert (compact["pay-api"].successes, compact["pay-api"].failures) == (2, 2)
    assert (full["pay-api"].successes, full["pay-api"].failures) == (2, 2)


def test_the_sink_stores_three_rows_for_each_quick_call(shapes: dict[str, list[bytes]]) -> None:
    routes = default_routes(Settings(sink={"fast_path": False}))
    router = IngestRouter(routes, max_bytes=1 << 20)
    rows = {
        name: router.route_batch(routes[0].topic, 0, [(n, None, v) for n, v in enumerate(records)]).rows[
            "taskrun_events"
        ]
        for name, records in shapes.items()
    }
    assert len(rows["compact"]) == len(rows["full"]) == 12
    assert sorted(row["status"] for row in rows["compact"]) == sorted(row["status"] for row in rows["full"])
    assert [row["status"] for row in rows["compact"][:3]] == ["pending", "running", "success"]
