"""Hypothesis strategies for TaskRun events as services publish them (shared by unit and integration tests)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import orjson
from hypothesis import strategies as st

from errorflow.schemas.events import ErrorCause, ErrorContext, ItemError, TaskRunEvent, TaskRunStatus

_ids = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)
_texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
_names = st.text("abcdefghijklmnopqrstuvwxyz_-.0123456789", min_size=1, max_size=30)
_json_scalars = (
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | _texts | st.floats(allow_nan=False, allow_infinity=False)
)
json_values = st.recursive(
    _json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_texts, inner, max_size=4),
    max_leaves=12,
)
_zones = st.sampled_from([timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))])


@st.composite
def occurred_times(draw: st.DrawFn) -> datetime:
    """Aware times in DateTime64(3)'s range, to the millisecond."""
    naive_bounds = (datetime(1971, 1, 1), datetime(2200, 1, 1))  # noqa: DTZ001 - hypothesis wants naive bounds
    at = draw(st.datetimes(min_value=naive_bounds[0], max_value=naive_bounds[1], timezones=_zones))
    return at.replace(microsecond=at.microsecond // 1000 * 1000)


_item_errors = st.builds(
    ItemError,
    index=st.integers(0, 10_000),
    error=_texts,
    item=json_values,
    error_type=st.none() | _names,
    traceback=st.none() | _texts,
)
_contexts = st.builds(
    ErrorContext,
    bases=st.lists(_names, max_size=3),
    http_status=st.none() | st.integers(100, 599),
    errno=st.none() | st.integers(0, 200),
    code=st.none() | _names,
    causes=st.lists(st.builds(ErrorCause, type=_names, message=_texts), max_size=2),
)
_counts = st.none() | st.integers(0, 2**32 - 1)


@st.composite
def taskrun_events(draw: st.DrawFn) -> TaskRunEvent:
    """Valid events with every field exercised: unicode, nesting, bulk errors, odd but legal values."""
    root = draw(_ids)
    fields: dict[str, Any] = {
        "event_id": draw(_ids),
        "run_id": draw(_ids),
        "root_run_id": root,
        "attempt": draw(st.integers(1, 65_535)),
        "replayed_from": draw(st.none() | _ids),
        "operation": draw(_names),
        "operation_category": draw(st.none() | _names),
        "service": draw(_names),
        "dependency": draw(st.none() | _names),
        "criticality": draw(st.sampled_from(["critical", "high", "normal", "low"])),
        "status": draw(st.sampled_from(list(TaskRunStatus))),
        "occurred_at": draw(occurred_times()),
        "error_message": draw(st.none() | _texts),
        "error_traceback": draw(st.none() | _texts),
        "error_type": draw(st.none() | _names),
        "error_context": draw(st.none() | _contexts),
        "error_list": draw(st.lists(_item_errors, max_size=3)),
        "success_count": draw(_counts),
        "failed_count": draw(_counts),
        "total_count": draw(_counts),
        "input_dump": draw(st.dictionaries(_texts, json_values, max_size=5)),
        "result_refs": draw(st.lists(st.dictionaries(_names, json_values, max_size=3), max_size=2)),
        "execution_time_s": draw(st.none() | st.floats(0, 1e9, allow_nan=False)),
        "actor": {"user_id": draw(st.none() | _ids)},
        "channel": draw(st.none() | _names),
        "orchestration": {
            "orchestrated": draw(st.booleans()),
            "flow_run_id": draw(st.none() | _ids),
            "task_run_id": draw(st.none() | _ids),
        },
        "labels": draw(st.dictionaries(_names, _texts, max_size=3)),
        "heartbeat_timeout_s": draw(st.none() | st.floats(0.001, 1e9, allow_nan=False)),
        "timeout_s": draw(st.none() | st.floats(0.001, 1e9, allow_nan=False)),
        "deadline_at": draw(st.none() | occurred_times()),
        "heartbeat_details": draw(st.none() | st.dictionaries(_texts, json_values, max_size=3)),
    }
    if draw(st.booleans()):  # a terminal event standing for its run's pending and running events
        fields["queued_at"] = draw(st.none() | occurred_times())
        fields["started_at"] = draw(st.none() | occurred_times())
    if draw(st.booleans()):
        fields["event_type"] = draw(_names)
    if draw(st.booleans()):
        fields["idempotency_key"] = draw(st.none() | _texts)
    return TaskRunEvent(**fields)


def suspect(event: TaskRunEvent) -> bool:
    """A free-form value holds a run of 20 digits or many brackets: the fast check leaves it to the contract.

    With bulk item errors the whole encoded event is what counts (their extra keys are not checked apart).
    """
    from errorflow.schemas.codec import encode

    values = [encode(event)] if event.error_list else [orjson.dumps(v) for v in event.input_dump.values()]
    values += [orjson.dumps(v) for ref in event.result_refs for v in ref.values()]
    return any(
        len(raw) >= 20 and (re.search(rb"[0-9]{20}", raw) is not None or raw.count(b"[") + raw.count(b"{") > 128)
        for raw in values
    )
