"""The sink's router: which records take the fast path, which the contract path, which quarantine."""

from __future__ import annotations

import orjson

from errorflow.agents.ingest import IngestRouter, Routed, default_routes
from errorflow.schemas.codec import encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.settings import Settings
from errorflow.sinks.writer import RAW_JSON


def router(*, fast_path: bool = True) -> tuple[IngestRouter, str]:
    settings = Settings(sink={"fast_path": fast_path})
    routes = default_routes(settings)
    return IngestRouter(routes, max_bytes=4096), routes[0].topic


def event(n: int) -> TaskRunEvent:
    return TaskRunEvent(run_id=f"r{n}", root_run_id=f"r{n}", operation="op", service="svc", status="failed")


def test_records_keep_their_order_across_the_three_outcomes() -> None:
    route, topic = router()
    good = encode(event(1))
    naive = orjson.dumps(dict(orjson.loads(encode(event(2))), occurred_at="2026-11-23T10:00:00"))
    broken = b'{"event_id": "x", "status": "failed"'
    huge = encode(event(3).model_copy(update={"error_message": "x" * 5000}))
    outcomes = route.route_batch(topic, 0, [(10, None, good), (11, None, naive), (12, b"k", broken), (13, None, huge)])

    fast, contract, malformed, too_large = outcomes
    assert isinstance(fast, Routed) and fast.table == "taskrun_events_landing"
    assert fast.row == {"event_id": event_id_of(good), RAW_JSON: good}
    assert isinstance(contract, Routed) and contract.table == "taskrun_events"
    assert contract.row["occurred_at"].isoformat() == "2026-11-23T10:00:00+00:00"
    assert isinstance(malformed, QuarantineRecord)
    assert (malformed.source_offset, malformed.reason) == (12, "invalid_json")
    assert isinstance(too_large, QuarantineRecord) and too_large.reason == "too_large"


def test_without_the_fast_path_every_event_is_built_into_a_row() -> None:
    route, topic = router(fast_path=False)
    (outcome,) = route.route_batch(topic, 0, [(0, None, encode(event(1)))])
    assert isinstance(outcome, Routed) and outcome.table == "taskrun_events"
    assert outcome.row["event_type"] == "taskrun.failed"


def event_id_of(raw: bytes) -> str:
    return str(orjson.loads(raw)["event_id"])
