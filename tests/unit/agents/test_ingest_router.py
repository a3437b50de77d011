"""The sink's router: which records take the fast path, which the contract path, which quarantine."""

from __future__ import annotations

import orjson

from errorflow.agents.ingest import IngestRouter, default_routes
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.settings import Settings
from errorflow.sinks.writer import RAW_JSON


def router(*, fast_path: bool = True) -> tuple[IngestRouter, str]:
    settings = Settings(sink={"fast_path": fast_path})
    routes = default_routes(settings)
    return IngestRouter(routes, max_bytes=4096), routes[0].topic


def event(n: int) -> TaskRunEvent:
    return TaskRunEvent(run_id=f"r{n}", root_run_id=f"r{n}", operation="op", service="svc", status="failed")


def test_each_record_takes_its_path_and_rows_keep_their_order() -> None:
    route, topic = router()
    good, later = encode(event(1)), encode(event(4))
    naive = orjson.dumps(dict(orjson.loads(encode(event(2))), occurred_at="2026-11-23T10:00:00"))
    broken = b'{"event_id": "x", "status": "failed"'
    huge = encode(event(3).model_copy(update={"error_message": "x" * 5000}))
    records = [(10, None, good), (11, None, naive), (12, b"k", broken), (13, None, huge), (14, None, later)]
    routed = route.route_batch(topic, 0, records)

    assert set(routed.rows) == {"taskrun_events_landing", "taskrun_events"}
    assert routed.rows["taskrun_events_landing"] == [
        {"event_id": event_id_of(good), RAW_JSON: good},
        {"event_id": event_id_of(later), RAW_JSON: later},
    ]
    (contract,) = routed.rows["taskrun_events"]
    assert contract["occurred_at"].isoformat() == "2026-11-23T10:00:00+00:00"
    malformed, too_large = routed.quarantined
    assert (malformed.source_offset, malformed.reason) == (12, "invalid_json")
    assert (too_large.source_offset, too_large.reason) == (13, "too_large")


def test_a_batch_the_check_fully_vouches_for_has_only_json_rows() -> None:
    route, topic = router()
    values = [encode(event(n)) for n in range(5)]
    routed = route.route_batch(topic, 3, [(n, None, value) for n, value in enumerate(values)])
    assert routed.rows == {"taskrun_events_landing": [{"event_id": event_id_of(v), RAW_JSON: v} for v in values]}
    assert routed.quarantined == []


def test_without_the_fast_path_every_event_is_built_into_a_row() -> None:
    route, topic = router(fast_path=False)
    routed = route.route_batch(topic, 0, [(0, None, encode(event(1)))])
    (row,) = routed.rows["taskrun_events"]
    assert list(routed.rows) == ["taskrun_events"]
    assert row["event_type"] == "taskrun.failed"


def event_id_of(raw: bytes) -> str:
    return str(orjson.loads(raw)["event_id"])
