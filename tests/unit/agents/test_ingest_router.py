"""The sink's router: which records take the fast path, which the contract path, which quarantine."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from errorflow.agents.ingest import IngestRouter, default_routes
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.settings import Settings
from errorflow.sinks.blocks import ORIGIN
from errorflow.sinks.writer import RAW_JSON


def router(*, fast_path: bool = True) -> tuple[IngestRouter, str]:
    settings = Settings(sink={"fast_path": fast_path})
    routes = default_routes(settings)
    return IngestRouter(routes, max_bytes=4096), routes[0].topic


def event(n: int) -> TaskRunEvent:
    return TaskRunEvent(run_id=f"r{n}", root_run_id=f"r{n}", operation="op", service="svc", status="failed")


def read(raw: bytes) -> TaskRunEvent:
    return decode(raw, TaskRunEvent, max_bytes=None)


def as_read(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """JSON rows with their text read as the contract reads it: the fast path stores an event as it read it,
    re-encoded without the fields that hold their defaults."""
    return [{**row, RAW_JSON: read(row[RAW_JSON])} for row in rows]


def test_a_field_named_twice_is_stored_as_the_check_read_it() -> None:
    """JSON leaves a duplicate name to the parser: the stored text holds the value every agent reads (the last)."""
    route, topic = router()
    raw = encode(event(1))
    twice = raw[:-1] + b',"status":"success","operation":"other"}'
    (row,) = route.route_batch(topic, 0, [(1, None, twice)]).rows["taskrun_events_landing"]
    stored = orjson.loads(row[RAW_JSON])
    assert (stored["status"], stored["operation"]) == ("success", "other")
    assert row[RAW_JSON].count(b'"status"') == 1


def test_each_record_takes_its_path_and_rows_keep_their_order() -> None:
    route, topic = router()
    good, later = encode(event(1)), encode(event(4))
    naive = orjson.dumps(dict(orjson.loads(encode(event(2))), occurred_at="2026-11-23T10:00:00"))
    broken = b'{"event_id": "x", "status": "failed"'
    huge = encode(event(3).model_copy(update={"error_message": "x" * 5000}))
    records = [(10, None, good), (11, None, naive), (12, b"k", broken), (13, None, huge), (14, None, later)]
    routed = route.route_batch(topic, 0, records)

    assert set(routed.rows) == {"taskrun_events_landing", "taskrun_events"}
    assert as_read(routed.rows["taskrun_events_landing"]) == [
        {"event_id": event_id_of(good), RAW_JSON: read(good), ORIGIN: (topic, 0, 10, None)},
        {"event_id": event_id_of(later), RAW_JSON: read(later), ORIGIN: (topic, 0, 14, None)},
    ]
    (contract,) = routed.rows["taskrun_events"]
    assert contract[ORIGIN] == (topic, 0, 11, None)
    assert contract["occurred_at"].isoformat() == "2026-11-23T10:00:00+00:00"
    malformed, too_large = routed.quarantined
    assert (malformed.source_offset, malformed.reason) == (12, "invalid_json")
    assert (too_large.source_offset, too_large.reason) == (13, "too_large")


def test_a_batch_the_check_fully_vouches_for_has_only_json_rows() -> None:
    route, topic = router()
    values = [encode(event(n)) for n in range(5)]
    routed = route.route_batch(topic, 3, [(n, None, value) for n, value in enumerate(values)])
    assert set(routed.rows) == {"taskrun_events_landing"}
    assert as_read(routed.rows["taskrun_events_landing"]) == [
        {"event_id": event_id_of(v), RAW_JSON: read(v), ORIGIN: (topic, 3, n, None)} for n, v in enumerate(values)
    ]
    assert routed.quarantined == []


def test_without_the_fast_path_every_event_is_built_into_a_row() -> None:
    route, topic = router(fast_path=False)
    routed = route.route_batch(topic, 0, [(0, None, encode(event(1)))])
    (row,) = routed.rows["taskrun_events"]
    assert list(routed.rows) == ["taskrun_events"]
    assert row["event_type"] == "taskrun.failed"


def event_id_of(raw: bytes) -> str:
    return str(orjson.loads(raw)["event_id"])


def _with(raw_fields: bytes) -> bytes:
    """A valid event's JSON with raw JSON fields spliced in (later keys win in the contract's parser)."""
    return encode(event(0))[:-1] + b"," + raw_fields + b"}"


HOSTILE = [
    _with(b'"schema_version": [1]'),
    _with(b'"schema_version": {"v": 1}'),
    _with(b'"attempt": 18446744073709551616'),
    _with(b'"attempt": 65536'),
    _with(b'"failed_count": 100000000000000000000000'),
    _with(b'"total_count": -1'),
    _with(b'"input_dump": {"n": 18446744073709551616}'),
    _with(b'"error_context": {"http_status": 100000000000000000000000}'),
    _with(b'"event_id": ""'),
    _with(b'"run_id": ""'),
    _with(b'"root_run_id": ""'),
    _with(b'"occurred_at": "3000-01-01T00:00:00Z"'),
    _with(b'"error_message": "\xff\xfe"'),
    _with(b'"labels": {"\xc3\x28": "x"}'),
    _with(b'"input_dump": {"d": ' + b"[" * 5000 + b"]" * 5000 + b"}"),
    b'{"event_id": "x", "run_id": ',
    b"[]",
    b"null",
    b"",
]


@pytest.mark.parametrize("fast_path", [True, False])
def test_every_hostile_record_becomes_exactly_one_quarantine_record(fast_path: bool) -> None:
    route, topic = router(fast_path=fast_path)
    good = encode(event(7))
    records = [(n, None, raw) for n, raw in enumerate([*HOSTILE, good])]
    routed = route.route_batch(topic, 2, records)
    rows = [row for table_rows in routed.rows.values() for row in table_rows]
    assert [row[ORIGIN][2] for row in rows] == [len(HOSTILE)]  # only the good event is a row
    assert sorted(q.source_offset for q in routed.quarantined) == list(range(len(HOSTILE)))
    assert all(q.source_partition == 2 and q.source_topic == topic for q in routed.quarantined)


@pytest.mark.parametrize("fast_path", [True, False])
def test_fragments_valid_only_when_joined_are_each_quarantined(fast_path: bool) -> None:
    route, topic = router(fast_path=fast_path)
    one, two = encode(event(1)), encode(event(2))
    fragments = [one + b"," + two, one[:40], one[40:]]  # joined by commas: three events, as many as records
    routed = route.route_batch(topic, 0, [(n, None, raw) for n, raw in enumerate(fragments)])
    assert routed.rows == {}
    assert [q.source_offset for q in routed.quarantined] == [0, 1, 2]
