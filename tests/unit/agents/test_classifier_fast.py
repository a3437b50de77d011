"""The classifier agent's fast path: the contract path's verdict and bytes; hostile input survived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import orjson
import pytest

from errorflow.agents.anomaly import _decode_one
from errorflow.agents.classifier import (
    ClassifierStats,
    classification_record,
    classify_records,
    handle,
    read_failure,
)
from errorflow.anomaly.replay import classified_outcome
from errorflow.classify import Classifier
from errorflow.classify.verdict import VerdictMemo, failure_verdict
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.codec import decode
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.schemas.wire import WireEvent
from errorflow.settings import Settings

T0 = datetime(2026, 3, 1, 12, 0, 0, 123000, tzinfo=timezone.utc)
CLASSIFIED_AT = datetime(2026, 3, 1, 12, 0, 1, tzinfo=timezone.utc)
MAX_BYTES = 1_000_000

FAILURES: list[dict[str, Any]] = [
    {"error_type": "builtins.TimeoutError", "error_message": "Read timed out after 30s (request 17)"},
    {"error_type": "builtins.PermissionError", "error_message": "[Errno 13] Permission denied: '/srv/3'"},
    {"error_type": "builtins.OSError", "error_message": "[Errno 28] No space left", "criticality": "critical"},
    {"error_type": "acme.Weird", "error_message": "x" * 5000, "dependency": "acme-api"},
    {
        "error_type": "aiokafka.errors.KafkaTimeoutError",
        "error_message": "x",
        "error_context": {
            "bases": ["aiokafka.errors.KafkaError"],
            "retriable": True,
            "http_status": 503,
            "errno": 110,
            "code": "UNAVAILABLE",
            "causes": [{"type": "builtins.ConnectionResetError", "message": "reset by peer"}],
        },
    },
    {"error_type": "builtins.ValueError", "error_message": "bad", "error_traceback": 'File "/app/x.py", line 3, in f'},
    {"status": TaskRunStatus.TIMED_OUT},
    {"status": TaskRunStatus.TIMED_OUT, "error_type": "acme.Slow", "error_message": "too slow", "attempt": 3},
    {"error_type": "builtins.KeyError", "error_message": "'id'", "wire_offset_h": 5},
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_settings()


def _event(wire_offset_h: int = 0, **fields: Any) -> TaskRunEvent:
    base: dict[str, Any] = {
        "run_id": "run-1",
        "root_run_id": "root-1",
        "operation": "sync_crm",
        "service": "svc",
        "status": TaskRunStatus.FAILED,
        "occurred_at": T0,
        "channel": "direct",
    }
    return TaskRunEvent(**(base | fields))


def _raw(event: TaskRunEvent, wire_offset_h: int = 0) -> bytes:
    """The event on the wire; with an offset its time is written in that zone, as another producer might."""
    data = orjson.loads(encode(event))
    if not wire_offset_h:
        return orjson.dumps(data)
    occurred = event.occurred_at.astimezone(timezone(timedelta(hours=wire_offset_h)))
    return orjson.dumps(data | {"occurred_at": occurred.isoformat()})


@pytest.mark.parametrize("fields", FAILURES)
def test_fast_path_gives_the_contract_paths_verdict_and_bytes(classifier: Classifier, fields: dict[str, Any]) -> None:
    event = _event(**fields)
    value = _raw(event, fields.get("wire_offset_h", 0))
    assert fields.get("wire_offset_h") is None or b"+05:00" in value
    read = read_failure(value, max_bytes=MAX_BYTES)
    assert isinstance(read, WireEvent)  # the checked shape, not the model
    contract = decode(value, TaskRunEvent)
    assert failure_verdict(read, classifier) == failure_verdict(contract, classifier)
    model = handle(contract, classifier)
    assert model is not None
    expected = encode(model.model_copy(update={"classified_at": CLASSIFIED_AT}))
    verdict = failure_verdict(read, classifier)
    assert classification_record(read, verdict, classified_at=CLASSIFIED_AT) == expected
    assert classification_record(contract, verdict, classified_at=CLASSIFIED_AT) == expected


def test_the_memo_serves_the_checked_shape_and_the_model_alike(classifier: Classifier) -> None:
    memo = VerdictMemo()
    for fields in FAILURES:
        event = _event(**fields)
        value = _raw(event, fields.get("wire_offset_h", 0))
        read = read_failure(value, max_bytes=MAX_BYTES)
        first = memo.verdict(read, classifier)
        hits = memo.hits
        assert memo.verdict(decode(value, TaskRunEvent), classifier) == first
        assert memo.hits == hits + 1, fields  # the recovery agent's model hits the classifier's entry


def test_bulk_failures_and_non_failures_take_the_contract_path() -> None:
    bulk = _event(error_list=[{"index": 0, "error": "bad row", "error_type": "builtins.ValueError"}])
    assert isinstance(read_failure(encode(bulk), max_bytes=MAX_BYTES), TaskRunEvent)
    assert read_failure(encode(_event(status=TaskRunStatus.SUCCESS)), max_bytes=MAX_BYTES) is None
    assert read_failure(encode(_event(status=TaskRunStatus.RUNNING)), max_bytes=MAX_BYTES) is None


def test_anomaly_reads_a_checked_failure_as_the_contract_path_does(classifier: Classifier) -> None:
    settings = Settings()
    for fields in FAILURES:
        event = _event(**fields)
        value = _raw(event, fields.get("wire_offset_h", 0))
        got = _decode_one(settings, value, classifier)
        assert got == (event.event_id, classified_outcome(decode(value, TaskRunEvent), classifier))


@dataclass
class Message:
    offset: int
    value: bytes | None
    key: bytes | None = b"k"


@dataclass(frozen=True)
class Partition:
    topic: str
    partition: int


HOSTILE_FIELDS = ["event_id", "run_id", "root_run_id", "status", "occurred_at", "error_type", "error_message"]
HOSTILE_FIELDS += ["attempt", "error_context", "criticality"]
JSON_VALUES: list[Any] = [None, True, 0, -1, 2**63 - 1, -(2**63), 1.5, "", "failed", [], ["failed"], {}]
JSON_VALUES += [{"a": "failed"}, {"bases": 1}, {"causes": [{"type": 1}]}]


def _hostile() -> list[bytes]:
    base = orjson.loads(encode(_event(error_type="builtins.TimeoutError", error_message="t")))
    values = [
        b"",
        b"failed",
        b'"failed"',
        b'{"status": "failed"}',
        b'\xff\xfe"failed"',
        b'{"status": "failed", "error_message": "\xff"}',
        b"[" * 10_000 + b'"failed"',
        orjson.dumps(base | {"error_message": "m" * 2_000_000}),
        orjson.dumps(base | {"attempt": 1}).replace(b'"attempt":1', b'"attempt":' + b"9" * 400),
        orjson.dumps(base | {"attempt": 1}).replace(b'"attempt":1', b'"attempt":1e400'),
    ]
    for name in HOSTILE_FIELDS:
        values.extend(orjson.dumps(base | {name: value}) for value in JSON_VALUES)
    return values


def test_hostile_records_never_raise_and_none_is_classified_twice(classifier: Classifier) -> None:
    stats = ClassifierStats()
    values = _hostile()
    messages = [Message(n, value) for n, value in enumerate(values)]
    done = classify_records({Partition("t", 0): messages}, settings=Settings(), classifier=classifier, stats=stats)
    assert stats.consumed == len(values)
    assert not any(to_quarantine for to_quarantine, _, _ in done.records)
    assert done.offsets == {Partition("t", 0): len(values)}
    # Each classified record is one the contract accepts, once; the rest were counted as malformed or skipped.
    accepted = []
    for value in values:
        try:
            event = decode(value, TaskRunEvent, max_bytes=Settings().kafka.max_message_bytes)
        except Exception:
            continue
        if event.status in (TaskRunStatus.FAILED, TaskRunStatus.TIMED_OUT):
            accepted.append(event.event_id)
    assert sorted(orjson.loads(value)["failed_event_id"] for _, _, value in done.records) == sorted(accepted)
    assert stats.classified == len(accepted)


def test_a_record_whose_classification_raises_becomes_one_quarantine_record(classifier: Classifier) -> None:
    class Broken(Classifier):
        def classify(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("rule bug")

    broken = Broken(classifier.rules)
    stats = ClassifierStats()
    good = encode(_event(error_type="builtins.TimeoutError", error_message="t"))
    done = classify_records(
        {Partition("t", 2): [Message(7, good)]}, settings=Settings(), classifier=broken, stats=stats
    )
    assert stats.quarantined == 1 and stats.classified == 0
    [(to_quarantine, key, value)] = done.records
    assert to_quarantine and key == b"k"
    record = decode(value, QuarantineRecord)
    assert (record.source_partition, record.source_offset, record.detected_by) == (2, 7, "classifier")
