"""Hostile records on the real pipeline: every record ends as one row, no agent stops (issue 9).

A property test publishes generated mixes of valid events and malformed
records (every JSON type in every field, integers past every column's range,
invalid UTF-8, empty ids, oversized values, fragments, concatenations, deep
nesting, tombstones) to the events topic of a real pipeline process (Tansu +
chDB, the sink, classifier and recovery agents). For each record it finds,
by the record's Kafka position and its event id, exactly one event row or one
quarantine row; every valid event is stored once and every valid failure is
classified. Afterwards malformed records on the retry and attempts topics are
quarantined by the retry scheduler and the recovery agent, and a valid failure
and a valid retry published after all the garbage still go through every
agent: all of them kept consuming, and the process is still running.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errorflow.schemas import RunCommand, TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.streams.topics import Topics
from tests.event_strategies import json_values
from tests.integration.conftest import RunningStack
from tests.integration.helpers import consume_all

pytestmark = pytest.mark.integration

FIELDS = sorted(TaskRunEvent.model_fields)
MAX_BYTES = 1_048_576  # the stack's kafka.max_message_bytes (default)
OUT_OF_RANGE = [2**64, -(2**63) - 1, 10**30, 2**63, 65_536, 2**32, -1, 0, 1e308, -1e308]
NON_OBJECTS = [b"[]", b"null", b"42", b'"event"', b"{", b"}", b"[{}]", b"{}", b"\xff\xfe\xfd", b" "]


@dataclass(frozen=True)
class Record:
    """One generated record: its bytes (None for a tombstone) and the event id it would be stored under."""

    value: bytes | None
    event_id: str | None
    """None when the record cannot be an event of its own (fragments, concatenations, non-objects)."""
    valid: bool = False
    failed: bool = False


def base_event(event_id: str, *, failed: bool) -> dict[str, Any]:
    event = TaskRunEvent(
        event_id=event_id,
        run_id=f"run-{event_id}",
        root_run_id=f"root-{event_id}",
        operation="fuzz_op",
        service="fuzz",
        status=TaskRunStatus.FAILED if failed else TaskRunStatus.SUCCESS,
        error_type="builtins.ConnectionError" if failed else None,
        error_message="connection refused by upstream" if failed else None,
    )
    return dict(orjson.loads(encode(event)))


def dumps(record: dict[str, Any]) -> bytes:
    """JSON of any Python value, integers beyond 64 bits included (orjson refuses them)."""
    return json.dumps(record, separators=(",", ":")).encode()


def splice(event: dict[str, Any], raw_field: bytes) -> bytes:
    return dumps(event)[:-1] + b"," + raw_field + b"}"


hostile_values = (
    json_values
    | st.sampled_from(OUT_OF_RANGE)
    | st.sampled_from(["", " ", "\x00", "2026-13-01", "x" * 70_000])
    | st.recursive(st.none(), lambda inner: st.lists(inner, min_size=1, max_size=2), max_leaves=40)
)


@st.composite
def hostile(draw: st.DrawFn, event_id: str) -> list[Record]:
    """One kind of hostile record (two for a fragmented one)."""
    event = base_event(event_id, failed=draw(st.booleans()))
    kind = draw(
        st.sampled_from(
            ["field", "field", "field", "utf8", "oversized", "large", "deep", "non_object", "fragments", "joined"]
        )
    )
    if kind == "field":
        field = draw(st.sampled_from([*FIELDS, "colour"]))
        value = draw(hostile_values)
        if field == "event_id" and isinstance(value, str) and value:
            value = ""  # another non-empty id would be a valid event under a name we do not track
        return [Record(dumps(dict(event, **{field: value})), event_id)]
    if kind == "utf8":
        field = draw(st.sampled_from(["error_message", "operation", "run_id", "labels", "input_dump"]))
        raw = b'"\xff\xfe"' if field not in {"labels", "input_dump"} else b'{"\xc3\x28": "x"}'
        return [Record(splice(event, b'"' + field.encode() + b'":' + raw), event_id)]
    if kind == "oversized":
        return [Record(dumps(dict(event, error_message="x" * (MAX_BYTES + 1))), event_id)]
    if kind == "large":  # valid, far larger than usual
        return [Record(dumps(dict(event, error_traceback="line\n" * 50_000)), event_id)]
    if kind == "deep":
        depth = draw(st.sampled_from([100, 150, 300, 2_000, 10_000]))
        return [Record(splice(event, b'"input_dump":{"d":' + b"[" * depth + b"]" * depth + b"}"), event_id)]
    if kind == "non_object":
        return [Record(draw(st.sampled_from([*NON_OBJECTS, None])), None)]
    raw = dumps(event)
    if kind == "fragments":
        cut = draw(st.integers(1, len(raw) - 1))
        return [Record(raw[:cut], None), Record(raw[cut:], None)]
    other = dumps(base_event(f"{event_id}-b", failed=False))
    return [Record(raw + b"," + other, None)]  # two events in one record


@st.composite
def mixes(draw: st.DrawFn) -> tuple[str, list[Record]]:
    """Valid events and hostile records, interleaved, their ids under one fresh prefix."""
    prefix = f"fz{uuid.uuid4().hex[:10]}"
    records: list[Record] = []
    for n in range(draw(st.integers(4, 16))):
        event_id = f"{prefix}-{n}"
        if draw(st.booleans()):
            failed = draw(st.booleans())
            records.append(Record(encode_valid(event_id, failed=failed), event_id, valid=True, failed=failed))
        else:
            records.extend(draw(hostile(event_id)))
    return prefix, records


JSON_TYPES: list[Any] = [None, True, False, 0, 1.5, "", "text", [], {}, [1, "a"], {"a": {"b": [None]}}]


def catalogue(prefix: str) -> list[Record]:
    """Every JSON type and every out-of-range number in every field (nested ones too), and other garbage, once.

    A valid event sits between every two hostile records, so a record that swallowed its
    neighbour, or a neighbour stored under another's position, shows up.
    """
    records: list[Record] = []
    count = 0

    def next_id() -> str:
        nonlocal count
        count += 1
        return f"{prefix}-{count}"

    def add(record: Record) -> None:
        records.append(record)
        valid_id = next_id()
        records.append(
            Record(encode_valid(valid_id, failed=count % 3 == 0), valid_id, valid=True, failed=count % 3 == 0)
        )

    for field in [*FIELDS, "colour"]:
        for value in [*JSON_TYPES, *OUT_OF_RANGE, "x" * 70_000, [[[[[[[[[[[]]]]]]]]]]]]:
            event_id = next_id()
            if field == "event_id" and isinstance(value, str) and value:
                continue  # another non-empty id would be a valid event under a name we do not track
            add(Record(dumps(dict(base_event(event_id, failed=True), **{field: value})), event_id))
        if field in {"error_message", "operation", "run_id", "root_run_id", "event_id", "service", "labels"}:
            event_id = next_id()
            raw = b'"\xff\xfe"' if field != "labels" else b'{"\xc3\x28": "x"}'
            add(Record(splice(base_event(event_id, failed=True), f'"{field}":'.encode() + raw), event_id))
    nested_fields: dict[str, tuple[dict[str, Any], list[str]]] = {
        "error_context": ({"bases": [], "causes": []}, ["bases", "http_status", "errno", "code", "causes", "colour"]),
        "actor": ({}, ["user_id", "colour"]),
        "orchestration": ({}, ["orchestrated", "flow_run_id", "task_run_id"]),
        "error_list": ({"index": 0, "error": "e"}, ["index", "error", "item", "error_type", "traceback"]),
        "labels": ({}, ["team"]),
        "input_dump": ({}, ["any"]),
    }
    for field, (template, keys) in nested_fields.items():
        for key in keys:
            for value in [*JSON_TYPES, *OUT_OF_RANGE]:
                event_id = next_id()
                inner = dict(template, **{key: value})
                add(
                    Record(
                        dumps(
                            dict(
                                base_event(event_id, failed=True),
                                **{field: [inner] if field == "error_list" else inner},
                            )
                        ),
                        event_id,
                    )
                )
    for depth in (150, 300, 2_000, 10_000):
        event_id = next_id()
        nested = b'"input_dump":{"d":' + b"[" * depth + b"]" * depth + b"}"
        add(Record(splice(base_event(event_id, failed=True), nested), event_id))
    for value in [*NON_OBJECTS, None]:
        add(Record(value, None))
    event_id = next_id()
    add(Record(dumps(dict(base_event(event_id, failed=False), error_message="x" * (MAX_BYTES + 1))), event_id))
    one, two = dumps(base_event(next_id(), failed=True)), dumps(base_event(next_id(), failed=True))
    add(Record(one + b"," + two, None))  # two events in one record
    add(Record(one[:60], None))  # half an event
    return records


def deceit(prefix: str) -> list[Record]:
    """Records that, joined by commas, are as many events as there are records.

    Published on one partition with nothing else, they reach the sink in one batch:
    a batch decoded as one JSON array and matched back by position would store the
    fragments as events.
    """
    one, two, three = (dumps(base_event(f"{prefix}-{n}", failed=True)) for n in (1, 2, 3))
    cut = three.index(b"refused")  # inside a string: joined, the comma is part of the message
    return [Record(one + b"," + two, None), Record(three[:cut], None), Record(three[cut:], None)]


def encode_valid(event_id: str, *, failed: bool) -> bytes:
    return dumps(base_event(event_id, failed=failed))


async def publish(
    bootstrap: str, topic: str, values: list[bytes | None], *, key: bytes | None = None
) -> list[tuple[int, int]]:
    """Publish in order; return each record's (partition, offset)."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", max_request_size=8 * MAX_BYTES, linger_ms=100
    )  # lingering: records of one partition travel (and are fetched) together
    await producer.start()
    try:
        # A tombstone (no value) needs a key.
        futures = [await producer.send(topic, value, key=key or (None if value else b"tomb")) for value in values]
        sent = await asyncio.gather(*futures)
        return [(meta.partition, meta.offset) for meta in sent]
    finally:
        await producer.stop()


def quote(values: list[str]) -> str:
    return ", ".join("'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'" for v in values) or "''"


def counts(stack: RunningStack, sql: str) -> dict[str, int]:
    return {row["k"]: int(row["n"]) for row in stack.rows(sql)}


def wait_until(check: Callable[[], bool], *, timeout_s: float = 90.0) -> bool:
    """Poll ``check`` until it holds or the (generous) deadline passes; the caller asserts what it needs."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.3)
    return True


def account(
    stack: RunningStack, topic: str, records: list[Record], positions: list[tuple[int, int]], *, prefix: str = ""
) -> None:
    """Wait until every record has a row, then require exactly one per record (and no event of ``prefix`` more)."""
    ids = [r.event_id for r in records if r.event_id is not None]
    qids = [f"{topic}:{p}:{o}" for p, o in positions]

    def rows() -> tuple[dict[str, int], dict[str, int]]:
        events = counts(
            stack, f"SELECT event_id k, count() n FROM {{db}}.taskrun_events WHERE k IN ({quote(ids)}) GROUP BY k"
        )
        quarantined = counts(
            stack, f"SELECT quarantine_id k, count() n FROM {{db}}.quarantine WHERE k IN ({quote(qids)}) GROUP BY k"
        )
        return events, quarantined

    def outcomes(events: dict[str, int], quarantined: dict[str, int]) -> list[int]:
        return [
            (events.get(r.event_id, 0) if r.event_id else 0) + quarantined.get(q, 0)
            for r, q in zip(records, qids, strict=True)
        ]

    wait_until(lambda: all(outcomes(*rows())))
    events, quarantined = rows()
    for record, qid, outcome in zip(records, qids, outcomes(events, quarantined), strict=True):
        assert outcome == 1, f"{qid} ended as {outcome} rows: {record.value!r:.300}"
        if record.valid:
            assert events.get(record.event_id or "") == 1, f"valid event {record.event_id} not stored once"
    if prefix:  # fragments and concatenations carry ids of the mix too: none of them may be an event
        stored = stack.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE startsWith(event_id, '{prefix}-')")
        assert stored == sum(events.values()), "an event was stored that no single record holds"


def test_every_record_ends_as_one_row_and_every_agent_keeps_consuming(running_stack: RunningStack) -> None:
    stack = running_stack
    bootstrap = stack.settings.kafka.bootstrap or ""
    events_topic = stack.topic(Topics.EVENTS.name)

    prefix = f"cat{uuid.uuid4().hex[:10]}"
    records = catalogue(prefix)
    positions = asyncio.run(publish(bootstrap, events_topic, [r.value for r in records]))
    account(stack, events_topic, records, positions, prefix=prefix)
    prefix = f"dc{uuid.uuid4().hex[:10]}"
    records = deceit(prefix)
    positions = asyncio.run(publish(bootstrap, events_topic, [r.value for r in records], key=b"deceit"))
    account(stack, events_topic, records, positions, prefix=prefix)

    @given(mixes())
    @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
    def check(mix: tuple[str, list[Record]]) -> None:
        prefix, records = mix
        positions = asyncio.run(publish(bootstrap, events_topic, [r.value for r in records]))
        account(stack, events_topic, records, positions, prefix=prefix)
        failed = [r.event_id for r in records if r.valid and r.failed and r.event_id]
        if failed:
            assert wait_until(
                lambda: (
                    stack.value(
                        f"SELECT count() FROM {{db}}.error_classifications WHERE failed_event_id IN ({quote(failed)})"
                    )
                    == len(failed)
                )
            )

    check()
    assert_agents_alive(stack, bootstrap)


def assert_agents_alive(stack: RunningStack, bootstrap: str) -> None:
    """Garbage on the retry and attempts topics is quarantined; a failure and a retry published last go through."""
    for name in (Topics.RETRY.name, Topics.ATTEMPTS.name):
        topic = stack.topic(name)
        garbage: list[bytes | None] = [
            *NON_OBJECTS,
            None,
            b'{"operation": "op", "attempt": 18446744073709551616}',
            b'{"operation": "op", "schema_version": [1]}',
            b'{"operation": "\xff"}',
            dumps({"operation": "op", "input": {"n": 2**70}}),
        ]
        positions = asyncio.run(publish(bootstrap, topic, garbage))
        records = [Record(value, None) for value in garbage]
        account(stack, topic, records, positions)
    failure = base_event(f"alive-{uuid.uuid4().hex[:8]}", failed=True)
    failure["channel"] = "direct"  # a direct call's failure: the recovery agent decides on it
    command = RunCommand(operation="fuzz_op", reason="retry", attempt=2, run_id=f"alive-{uuid.uuid4().hex[:8]}")
    asyncio.run(publish(bootstrap, stack.topic(Topics.EVENTS.name), [dumps(failure)]))
    asyncio.run(publish(bootstrap, stack.topic(Topics.RETRY.name), [encode(command)]))
    assert wait_until(
        lambda: (
            stack.value(
                f"SELECT count() FROM {{db}}.error_classifications WHERE failed_event_id = '{failure['event_id']}'"
            )
            == 1
        )
    ), "the classifier stopped consuming"
    assert wait_until(
        lambda: (
            stack.value(f"SELECT count() FROM {{db}}.recovery_actions WHERE root_run_id = '{failure['root_run_id']}'")
            >= 1
        )
    ), "the recovery agent stopped consuming"
    commands = asyncio.run(consume_all(bootstrap, stack.topic(Topics.COMMANDS.name), expect=10_000, timeout_s=10))
    fired = [decode(value, RunCommand) for _, value, _ in commands if value and command.run_id.encode() in value]
    assert [c.run_id for c in fired] == [command.run_id], "the retry scheduler fired the retry published last"
    pipeline = stack.stack.processes["pipeline"]
    assert pipeline.poll() is None, f"the pipeline process exited with {pipeline.returncode}"
