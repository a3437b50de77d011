"""The anomaly agent's batch decoding: finished attempts only, hostile records counted, never raised."""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from errorflow.agents.anomaly import AnomalyStats, _decode
from errorflow.classify import Classifier
from errorflow.settings import Settings


@dataclass
class Message:
    value: bytes


def _event(**fields: object) -> bytes:
    base: dict[str, object] = {
        "event_id": "e1",
        "run_id": "r1",
        "root_run_id": "r1",
        "operation": "op",
        "service": "svc",
        "status": "success",
        "occurred_at": "2026-01-05T10:00:00Z",
    }
    return orjson.dumps(base | fields)


def test_decode_reads_finished_attempts_and_counts_hostile_records() -> None:
    stats = AnomalyStats()
    messages = [
        Message(_event()),
        Message(_event(event_id="e2", occurred_at="2026-01-05T10:00:00")),  # naive: UTC
        Message(_event(event_id="e3", status="running")),
        Message(_event(event_id="e4", status="failed", error_type="builtins.MemoryError", error_message="oom")),
        Message(_event(event_id="e5", occurred_at="yesterday")),  # the contract refuses it
        Message(b"not json"),
        Message(b"[1, 2]"),
    ]
    decoded = _decode(Settings(), messages, Classifier.default(), stats)
    assert [event_id for event_id, _ in decoded] == ["e1", "e2", "e4"]
    assert decoded[0][1].at_s == decoded[1][1].at_s == 1767607200.0
    failed = decoded[2][1]
    assert failed.failed and failed.fingerprint and failed.category == "resource"
    assert (stats.consumed, stats.malformed) == (7, 3)


def test_an_event_over_the_size_limit_is_not_counted_though_the_fast_check_reads_it() -> None:
    """The sink quarantines it as too_large: the windows must not count an attempt the store never has."""
    stats = AnomalyStats()
    settings = Settings(kafka={"max_message_bytes": 4096})
    large = _event(event_id="big", labels={"note": "x" * 5000})
    decoded = _decode(settings, [Message(large), Message(_event(event_id="small"))], Classifier.default(), stats)
    assert [event_id for event_id, _ in decoded] == ["small"]
    assert (stats.consumed, stats.malformed) == (2, 1)


def test_store_call_retries_an_unavailable_store_only() -> None:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import pytest

    from errorflow.agents.anomaly import store_call
    from errorflow.errors import StoreError, StoreUnavailableError

    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise StoreUnavailableError("down for a moment")
        return "rows"

    def broken() -> str:
        calls.append(1)
        raise StoreError("bad query")

    with ThreadPoolExecutor(max_workers=1) as executor:
        assert asyncio.run(store_call(executor, flaky, backoff_s=0.001)) == "rows"
        assert len(calls) == 3
        calls.clear()
        with pytest.raises(StoreError, match="bad query"):
            asyncio.run(store_call(executor, broken, backoff_s=0.001))
        assert len(calls) == 1


def test_a_degraded_success_is_read_as_one() -> None:
    stats = AnomalyStats()
    messages = [
        Message(_event(dependency="geo", degraded=True, degraded_error_type="builtins.ConnectionError")),
        Message(_event(event_id="e2", dependency="geo")),
    ]
    decoded = _decode(Settings(), messages, Classifier.default(), stats)  # type: ignore[arg-type]
    assert [(event_id, o.status, o.degraded) for event_id, o in decoded] == [
        ("e1", "success", True),
        ("e2", "success", False),
    ]
