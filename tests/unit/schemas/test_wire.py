"""The sink's fast check (schemas/wire.py) never vouches for what the contract refuses.

Whatever ``check_events`` accepts goes to ClickHouse without pydantic seeing it,
so it must be a subset of what the pydantic model accepts; everything it
declines still reaches the contract path, so declining is always safe.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errorflow.errors import MalformedEventError
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.wire import check_events, event_ids, stored_events
from tests.event_strategies import json_values, suspect, taskrun_events

FIELDS = sorted(TaskRunEvent.model_fields)


def base_event() -> dict[str, Any]:
    event = TaskRunEvent(run_id="r1", root_run_id="r1", operation="op", service="svc", status="failed")
    return orjson.loads(encode(event))


@given(st.lists(taskrun_events(), min_size=1, max_size=8))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_event_the_sdk_encodes_takes_the_fast_path_with_its_id(events: list[TaskRunEvent]) -> None:
    raws = [encode(e) for e in events]
    # Only what might hide a huge integer or deep nesting in free-form values is left to the contract.
    expected = [None if suspect(e) else e.event_id for e in events]
    assert event_ids(raws) == expected


@given(
    field=st.sampled_from([*FIELDS, "colour"]),
    value=json_values
    | st.sampled_from([0, -1, 65_536, 2**32, 2**63, 2**64, -(2**64), 10**30, 1.5, "", "2026-13-01", True, [], {}])
    | st.dictionaries(st.text(max_size=3), st.sampled_from([2**64, 10**25, -(2**70)]), min_size=1, max_size=2),
)
@settings(max_examples=1500, deadline=None)
def test_what_the_fast_check_accepts_the_contract_accepts(field: str, value: Any) -> None:
    record = dict(base_event(), **{field: value})
    raw = json.dumps(record, default=str).encode()  # orjson refuses integers beyond 64 bits
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


def test_fragments_that_parse_as_many_objects_as_records_once_joined_are_not_trusted() -> None:
    """Joined by commas these are three events, as many as the records: none may be vouched for by position."""
    one, two = (orjson.dumps(dict(base_event(), event_id=f"e{n}")) for n in (1, 2))
    fragments = [one + b"," + two, one[:40], one[40:]]  # two objects in one record; one object split in two
    assert orjson.loads(b"[" + b",".join(fragments) + b"]")  # the joined batch does parse
    assert event_ids(fragments) == [None, None, None]


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b'{"event_id": "\xff\xfe", "run_id": "r"}', "invalid UTF-8 (msgspec raises UnicodeDecodeError)"),
        (b'{"labels": {"\xff": "x"}}', "invalid UTF-8 in a key"),
        (b'{"input_dump": {"a": ' + b"[" * 5000 + b"]" * 5000 + b"}}", "nesting past msgspec's recursion limit"),
        (b"", "empty"),
    ],
)
def test_hostile_bytes_are_declined_never_raised(raw: bytes, why: str) -> None:
    assert check_events([raw]) == [None], why


@pytest.mark.parametrize(
    "free_form",
    [
        b'"input_dump": {"big": 18446744073709551616}',
        b'"result_refs": [{"n": -1180591620717411303424}]',
        b'"error_list": [{"index": 0, "error": "e", "item": 1000000000000000000000000000000}]',
        b'"error_list": [{"index": 0, "error": "e", "extra": 1000000000000000000000000000000}]',
        b'"input_dump": {"deep": ' + b"[" * 300 + b"]" * 300 + b"}",
    ],
)
def test_free_form_values_the_contract_refuses_are_declined(free_form: bytes) -> None:
    """Integers beyond 64 bits and deep nesting hide in raw JSON values msgspec does not look into."""
    raw = orjson.dumps(base_event())[:-1] + b"," + free_form + b"}"
    assert check_events([raw]) == [None]
    with pytest.raises(MalformedEventError):
        decode(raw, TaskRunEvent)


def test_the_stored_text_leaves_out_fields_that_hold_their_defaults() -> None:
    """The engine parses the fields an event sets; the landing table's defaults fill the rest alike.

    That they fill them alike is checked row for row against the contract path in
    ``tests/integration/sinks/test_sinks_fastpath.py``.
    """
    event = TaskRunEvent(run_id="r1", root_run_id="r1", operation="op", service="svc", status="success", attempt=2)
    raw = encode(event)
    ((event_id, text),) = stored_events([raw])
    stored = orjson.loads(text)
    assert event_id == event.event_id
    assert stored["attempt"] == 2  # set, so kept
    assert not {"error_message", "schema_version", "criticality", "labels", "error_list"} & stored.keys()
    assert len(text) < len(raw) / 2
    assert decode(text, TaskRunEvent, max_bytes=None) == event
