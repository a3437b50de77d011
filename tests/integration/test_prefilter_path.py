"""Records written with JSON escapes go through the agents' byte pre-filters, end to end (real broker and chDB).

A service that writes its own JSON may escape any character: ``"\\u0066ailed"`` is the status
``failed`` to every decoder. The agents skip records by their bytes before decoding
(:mod:`errorflow.schemas.prefilter`); such a failure must still be classified once and get its
recovery decision, exactly like the same failure written plainly.
"""

from __future__ import annotations

import asyncio

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.classification import classification_id
from errorflow.schemas.ids import new_id
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for_rows

pytestmark = pytest.mark.integration


def _escaped(event: TaskRunEvent) -> bytes:
    """The event's JSON with its status and channel written with ``\\u`` escapes (the same event once decoded)."""
    raw = encode(event)
    spelled = raw
    spellings = (("status", event.status.value, b"%04x"), ("channel", event.channel or "-", b"%04X"))
    for field, value, hex_format in spellings:
        escaped = b"\\u" + hex_format % ord(value[0]) + value[1:].encode()
        spelled = spelled.replace(f'"{field}":"{value}"'.encode(), f'"{field}":"'.encode() + escaped + b'"')
    assert spelled != raw and orjson.loads(spelled) == orjson.loads(raw)
    return spelled


async def _publish(bootstrap: str, topic: str, records: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in records:
            await producer.send_and_wait(topic, value, key=key)
    finally:
        await producer.stop()


def test_an_escaped_failure_is_classified_once_and_gets_its_recovery_decision(running_stack: RunningStack) -> None:
    events = []
    for status in (TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT):
        run_id = new_id()
        events.append(
            TaskRunEvent(
                run_id=run_id,
                root_run_id=run_id,
                operation="it_prefilter_escaped",
                service="it-prefilter",
                status=status,
                channel="direct",
                error_type="builtins.PermissionError" if status is TaskRunStatus.FAILED else None,
                error_message="[Errno 13] Permission denied: '/srv/x'" if status is TaskRunStatus.FAILED else None,
            )
        )
    settings = running_stack.settings
    assert settings.kafka.bootstrap is not None
    asyncio.run(
        _publish(settings.kafka.bootstrap, settings.topic(Topics.EVENTS.name), [(e.key, _escaped(e)) for e in events])
    )
    ids = ", ".join(f"'{e.event_id}'" for e in events)
    rows = wait_for_rows(
        lambda: running_stack.rows(
            f"SELECT failed_event_id, event_id FROM {{db}}.error_classifications WHERE failed_event_id IN ({ids})"
        ),
        count=len(events),
        timeout_s=90,
        what="the escaped failures' classifications",
    )
    assert sorted((r["failed_event_id"], r["event_id"]) for r in rows) == sorted(
        (e.event_id, classification_id(e.event_id)) for e in events
    )
    actions = wait_for_rows(
        lambda: running_stack.rows(
            "SELECT DISTINCT classification_id, action FROM {db}.recovery_actions "
            f"WHERE classification_id IN ({', '.join(repr(classification_id(e.event_id)) for e in events)})"
        ),
        count=len(events),
        timeout_s=90,
        what="the escaped failures' recovery decisions",
    )
    assert {a["classification_id"] for a in actions} == {classification_id(e.event_id) for e in events}
    # The events themselves are stored once each, with the decoded status.
    stored = running_stack.rows(f"SELECT event_id, status FROM {{db}}.taskrun_events WHERE event_id IN ({ids})")
    assert sorted((r["event_id"], r["status"]) for r in stored) == sorted((e.event_id, e.status.value) for e in events)
