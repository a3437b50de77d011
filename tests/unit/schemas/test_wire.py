"""The sink's fast check (schemas/wire.py) never vouches for what the contract refuses.

Whatever ``check_events`` accepts goes to ClickHouse without pydantic seeing it,
so it must be a subset of what the pydantic model accepts; everything it
declines still reaches the contract path, so declining is always safe.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errorflow.errors import MalformedEventError
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.wire import check_events, event_ids
from tests.event_strategies import json_values, taskrun_events

FIELDS = sorted(TaskRunEvent.model_fields)


def base_event() -> dict[str, Any]:
    event = TaskRunEvent(run_id="r1", root_run_id="r1", operation="op", service="svc", status="failed")
    return orjson.loads(encode(event))


@given(st.lists(taskrun_events(), min_size=1, max_size=8))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_event_the_sdk_encodes_takes_the_fast_path_with_its_id(events: list[TaskRunEvent]) -> None:
    assert event_ids([encode(e) for e in events]) == [e.event_id for e in events]


@given(
    field=st.sampled_from([*FIELDS, "colour"]),
    value=json_values | st.sampled_from([0, -1, 65_536, 2**32, 1.5, "", "2026-13-01", True, [], {}]),
)
@settings(max_examples=1500, deadline=None)
def test_what_the_fast_check_accepts_the_contract_accepts(field: str, value: Any) -> None:
    record = dict(base_event(), **{field: value})
    raw = orjson.dumps(record)
    (checked,) = check_events([raw])
    if checked is None:
        return  # declined: the contract path decides
    model = decode(raw, TaskRunEvent)  # must not raise
    assert model.event_id == checked.event_id


@given(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4, unique=True))
@settings(max_examples=300, deadline=None)
def test_omitted_fields_are_accepted_only_when_the_contract_would_fill_them_the_same(missing: list[str]) -> None:
    record = {k: v for k, v in base_event().items() if k not in missing}
    raw = orjson.dumps(record)
    (checked,) = check_events([raw])
    if "event_id" in missing or "occurred_at" in missing:
        assert checked is None, "the contract would invent a new id or time at every read: not a fast-path record"
    if checked is not None:
        decode(raw, TaskRunEvent)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"occurred_at": "2026-11-23T10:00:00"}, "a naive time is read as UTC by the contract"),
        ({"occurred_at": "2026-11-23T10:00:00.123456Z"}, "finer than the column's milliseconds"),
        ({"occurred_at": "2400-01-01T00:00:00Z"}, "beyond DateTime64(3)"),
        ({"attempt": 70_000}, "beyond the UInt16 column"),
        ({"failed_count": -1}, "beyond the UInt32 column"),
        ({"schema_version": 2}, "an unknown version"),
        ({"status": "exploded"}, "an unknown status"),
        ({"attempt": "3"}, "a string for a number"),
        ({"colour": "red"}, "an unknown field"),
    ],
)
def test_declined_records_are_named_none(change: dict[str, Any], why: str) -> None:
    assert check_events([orjson.dumps(dict(base_event(), **change))]) == [None], why


def test_one_bad_record_does_not_push_the_batch_off_the_fast_path() -> None:
    good = [orjson.dumps(dict(base_event(), event_id=f"e{n}")) for n in range(3)]
    bad = b'{"event_id": "broken"'
    assert event_ids([good[0], bad, good[1], b"[]", good[2]]) == ["e0", None, "e1", None, "e2"]


def test_values_that_only_parse_when_joined_are_not_trusted() -> None:
    halves = [b'{"a": 1', b"}"]  # one object across two records
    assert event_ids(halves) == [None, None]


def test_declined_records_still_reach_the_contract() -> None:
    raw = orjson.dumps(dict(base_event(), occurred_at="2026-11-23T10:00:00"))
    assert check_events([raw]) == [None]
    assert decode(raw, TaskRunEvent).occurred_at == datetime.fromisoformat("2026-11-23T10:00:00+00:00")
    with pytest.raises(MalformedEventError):
        decode(orjson.dumps(dict(base_event(), colour="red")), TaskRunEvent)
