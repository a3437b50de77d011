"""Defence in depth: events from producers other than the SDK are scrubbed by the sink before they are stored."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from errorflow.agents.ingest import IngestRouter, default_routes, scrubbed_rows
from errorflow.redacted import REDACTED
from errorflow.schemas.alerts import Alert
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.codec import decode, encode
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.recovery import AttemptRecord, DeadLetter, RecoveryActionEvent
from errorflow.schemas.wire import event_ids
from errorflow.sdk.scrub import Scrubber
from errorflow.settings import Settings
from errorflow.sinks.blocks import ORIGIN
from errorflow.sinks.rows import dlq_row, scrubbed_event
from errorflow.sinks.writer import RAW_JSON
from errorflow.streams.topics import Topics

# A secret in every free-text field a publisher of the contract fills; each holds "Zq9".
LEAKY: dict[str, Any] = {
    "error_message": "connect failed: postgres://app:Zq9-msg@db:5432/app",
    "error_traceback": 'Traceback (most recent call last):\n  File "app.py", line 3\n    token = "ghp_Zq9'
    + "a" * 32
    + '"\nValueError: bad',
    "error_context": {
        "code": "Bearer Zq9-code-token",
        "causes": [{"type": "KeyError", "message": "api_key=Zq9-cause"}],
    },
    "error_list": [{"index": 0, "error": "password=Zq9-item", "item": {"dsn": "redis://:Zq9-item-url@cache/0"}}],
    "input_dump": {"dsn": "postgres://u:Zq9-input@db/app", "password": "Zq9-pw", "page": 2},
    "result_refs": [{"url": "https://u:Zq9-ref@files/x"}],
    "degraded_error_message": "AccountKey=Zq9degraded+abc==",
    "heartbeat_details": {"token": "Zq9-beat"},
    "labels": {"auth": "Zq9-label", "build": "token=Zq9-lbl", "team": "crm"},
}


def leaky_event(n: int = 1, **fields: Any) -> TaskRunEvent:
    return TaskRunEvent.model_validate(
        {
            "run_id": f"r{n}",
            "root_run_id": f"r{n}",
            "operation": "op",
            "service": "svc",
            "status": "failed",
            **LEAKY,
            **fields,
        }
    )


def router(*, fast_path: bool) -> tuple[IngestRouter, list[str]]:
    routes = default_routes(Settings(sink={"fast_path": fast_path}))
    return IngestRouter(routes, max_bytes=64 * 1024), [route.topic for route in routes]


def without_origin(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != ORIGIN} for row in rows]


@pytest.mark.parametrize("fast_path", [True, False])
def test_a_plain_producers_event_is_stored_without_its_secrets(fast_path: bool) -> None:
    route, topics = router(fast_path=fast_path)
    value = encode(leaky_event())
    assert value.count(b"Zq9") == 13, "every field holds its secret on the wire"
    routed = route.route_batch(topics[0], 0, [(7, None, value)])
    assert "taskrun_events_landing" not in routed.rows, "a suspect event is never stored as its own JSON"
    (row,) = routed.rows["taskrun_events"]
    assert "Zq9" not in repr(without_origin([row]))
    assert REDACTED in row["error_message"]
    assert orjson.loads(row["input_dump"]) == {"dsn": REDACTED, "password": REDACTED, "page": 2}
    again = route.route_batch(topics[0], 0, [(7, None, value)])
    assert without_origin(again.rows["taskrun_events"]) == without_origin([row]), "the same event, the same row"


def test_an_escaped_spelling_is_not_vouched_for() -> None:
    """An escape spells the "t" of "token": no scan of the JSON text sees the key; the contract path scrubs it."""
    route, topics = router(fast_path=True)
    plain = TaskRunEvent(run_id="r1", root_run_id="r1", operation="op", service="svc", status="failed")
    value = encode(plain.model_copy(update={"input_dump": {"note": "hint"}}))
    value = value.replace(b'"hint"', b'"\\u0074oken=Zq9-escaped"')
    assert event_ids([value]) == [plain.event_id], "the contract's own check would vouch for it"
    routed = route.route_batch(topics[0], 0, [(1, None, value)])
    assert "taskrun_events_landing" not in routed.rows
    (row,) = routed.rows["taskrun_events"]
    assert orjson.loads(row["input_dump"]) == {"note": REDACTED}


@pytest.mark.parametrize("labels", [{"auth": "Zq9-label"}, {"build": "token=Zq9-lbl"}, {"token=Zq9-key": "x"}])
def test_a_secret_in_the_labels_alone_is_not_vouched_for_and_is_scrubbed(labels: dict[str, str]) -> None:
    """Labels are a producer's free key/value text: the sink scrubs them by key and by value like error context."""
    route, topics = router(fast_path=True)
    plain = TaskRunEvent(run_id="r1", root_run_id="r1", operation="op", service="svc", status="failed", labels=labels)
    value = encode(plain)
    assert event_ids([value], suspect=Scrubber().may_hold_secret) == [None], "the fast path must not store it"
    routed = route.route_batch(topics[0], 0, [(1, None, value)])
    assert "taskrun_events_landing" not in routed.rows
    (row,) = routed.rows["taskrun_events"]
    assert "Zq9" not in repr(row["labels"]) and REDACTED in repr(row["labels"])
    assert scrubbed_event(plain, Scrubber()).labels == row["labels"]


def test_ordinary_events_keep_the_fast_path() -> None:
    """Messages, inputs and tracebacks with nothing the scrubber could hide are stored as their JSON, as before."""
    route, topics = router(fast_path=True)
    ordinary = TaskRunEvent(
        run_id="r1",
        root_run_id="r1",
        operation="sync",
        service="crm",
        status="failed",
        error_message="ConnectionRefusedError: [Errno 111] Connection refused",
        error_traceback='Traceback (most recent call last):\n  File "sync.py", line 9, in run\nOSError: refused',
        input_dump={"account": "acme", "page": 3, "ids": ["3f2a1c4e-9b7d-4e21-8f3a-2c1d0e9b8a7f"]},
    )
    success = TaskRunEvent(run_id="r2", root_run_id="r2", operation="sync", service="crm", status="success")
    records = [(1, None, encode(ordinary)), (2, None, encode(success))]
    routed = route.route_batch(topics[0], 0, records)
    stored = [decode(row[RAW_JSON], TaskRunEvent, max_bytes=None) for row in routed.rows["taskrun_events_landing"]]
    assert stored == [ordinary, success]


def test_an_event_the_sdk_scrubbed_comes_out_as_it_went_in() -> None:
    scrubbed = scrubbed_event(leaky_event(), Scrubber())
    assert "Zq9" not in repr(scrubbed.model_dump())
    assert scrubbed_event(scrubbed, Scrubber()) is scrubbed


def test_classifications_are_stored_with_their_message_scrubbed() -> None:
    route, topics = router(fast_path=True)
    classification = ClassificationEvent.model_validate(
        {
            "event_id": "c1",
            "failed_event_id": "e1",
            "run_id": "r1",
            "root_run_id": "r1",
            "attempt": 1,
            "operation": "op",
            "service": "svc",
            "error_message": "login failed password=Zq9-class",
            "category": "transient",
            "severity": "LOW",
            "strategy": "retry",
            "retryable": True,
            "failed_at": "2026-11-30T04:00:00Z",
            "rule_id": "x",
            "fingerprint": "f",
        }
    )
    routed = route.route_batch(topics[1], 0, [(1, None, encode(classification))])
    (row,) = routed.rows["error_classifications"]
    assert row["error_message"] == f"login failed password={REDACTED}"


def dead_letter(**fields: Any) -> DeadLetter:
    """A permanent failure's dead letter with ``fields``."""
    at = datetime(2026, 11, 30, tzinfo=UTC)
    return DeadLetter.model_validate(
        {
            "run_id": "r1",
            "root_run_id": "r1",
            "operation": "op",
            "service": "svc",
            "attempt": 1,
            "reason": "permanent",
            "category": "permanent",
            "first_failed_at": at,
            "dead_lettered_at": at,
        }
        | fields
    )


def test_dead_letters_are_stored_with_the_failure_scrubbed() -> None:
    """A dead letter copies the failed event's message, traceback, context and input: the sink scrubs them too."""
    event = leaky_event()
    letter = dead_letter(
        error_message=event.error_message,
        error_traceback=event.error_traceback,
        error_context=event.error_context,
        input_dump=event.input_dump,
    )
    assert "Zq9" in repr(dlq_row(letter))
    row = dlq_row(letter, scrubber=Scrubber())
    assert "Zq9" not in repr(row)
    assert orjson.loads(row["input_dump"]) == {"dsn": REDACTED, "password": REDACTED, "page": 2}


def test_every_record_an_agent_derives_from_a_failure_is_stored_without_its_secret() -> None:
    """A decision's detail, a dead letter's history and detail, an alert's message and labels: each copies the text."""
    message = "Permission denied: 'postgres://app:Zq9-pw@db/app'"
    at = datetime(2026, 11, 30, tzinfo=UTC)
    letter = dead_letter(
        detail=f"PermissionError is not retryable (permanent): {message}",
        error_message=message,
        attempts=[AttemptRecord(attempt=1, run_id="r1", status="failed", occurred_at=at, error_message=message)],
    )
    action = RecoveryActionEvent.model_validate(
        {
            "action_id": "a1",
            "run_id": "r1",
            "root_run_id": "r1",
            "attempt": 1,
            "operation": "op",
            "service": "svc",
            "action": "dead_lettered",
            "reason": "permanent",
            "detail": f"PermissionError is not retryable (permanent): {message}",
            "decided_at": at,
        }
    )
    alert = Alert(rule="dead_letter", severity="HIGH", message=f"op dead-lettered: {message}", labels={"m": message})
    routes = default_routes(Settings())
    route = IngestRouter(routes, max_bytes=64 * 1024)
    settings = Settings()
    records = [(Topics.DLQ.name, letter), (Topics.RECOVERY.name, action), (Topics.ALERTS.name, alert)]
    for name, record in records:
        value = encode(record)
        assert b"Zq9" in value
        routed = route.route_batch(settings.topic(name), 0, [(1, None, value)])
        (rows,) = routed.rows.values()
        assert len(rows) == 1
        assert "Zq9" not in repr(without_origin(rows)), name
        assert "Permission denied" in repr(rows), "the text is kept, its secret hidden"


def test_a_json_column_is_scrubbed_as_the_structure_it_holds_and_still_parses() -> None:
    """A text rule would leave ``"session_token": ***`` behind: the column must stay JSON (dlq show, replay)."""
    column = orjson.dumps({"session_token": 300, "dsn": "postgres://u:Zq9-pw@db/app", "steps": [{"page": 2}]}).decode()
    row = scrubbed_rows(None, to_row=lambda _: {"command": column, "note": "Bearer Zq9token123"}, scrubber=Scrubber())
    assert isinstance(row, dict)
    assert "Zq9" not in repr(row)
    assert orjson.loads(row["command"]) == {
        "session_token": REDACTED,
        "dsn": f"postgres://u:{REDACTED}@db/app",
        "steps": [{"page": 2}],
    }


@pytest.mark.parametrize("secret", ["postgres://app:Zq9-pw@db/app", "token=Zq9tok123", "Bearer Zq9abc.def-123"])
def test_a_derived_record_after_thousands_of_ordinary_ones_is_still_scrubbed(secret: str) -> None:
    """The sink's check remembers the texts it found clean and skips ids: a secret beside them is still found."""
    settings = Settings()
    route = IngestRouter(default_routes(settings), max_bytes=64 * 1024)
    at = datetime(2026, 11, 30, tzinfo=UTC)

    def action(n: int, detail: str) -> bytes:
        return encode(
            RecoveryActionEvent.model_validate(
                {
                    "action_id": f"01a22d73-f813-7c4a-8eaf-{n:012x}",
                    "run_id": f"{n:032x}",
                    "root_run_id": f"{n:032x}",
                    "attempt": 1,
                    "operation": "op",
                    "service": "svc",
                    "action": "dead_lettered",
                    "reason": "permanent",
                    "detail": detail,
                    "decided_at": at,
                }
            )
        )

    ordinary = [(n, None, action(n, f"PermissionError is not retryable: denied {n % 50}")) for n in range(3_000)]
    routed = route.route_batch(settings.topic(Topics.RECOVERY.name), 0, ordinary)
    assert [row["detail"] for row in routed.rows["recovery_actions"]] == [
        f"PermissionError is not retryable: denied {n % 50}" for n in range(3_000)
    ], "ordinary rows are stored as they are"
    leaky = action(7, f"PermissionError is not retryable: {secret}")
    (row,) = route.route_batch(settings.topic(Topics.RECOVERY.name), 0, [(3_000, None, leaky)]).rows["recovery_actions"]
    assert "Zq9" not in repr(without_origin([row]))
    assert row["run_id"] == f"{7:032x}" and row["operation"] == "op"
