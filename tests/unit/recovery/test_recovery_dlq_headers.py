import struct
from datetime import datetime, timezone

import pytest

from errorflow.schemas import DeadLetter, ErrorCause, ErrorContext, dead_letter_headers, parse_dead_letter_headers

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def dead_letter(**overrides: object) -> DeadLetter:
    fields: dict[str, object] = {
        "run_id": "r3",
        "root_run_id": "root-1",
        "attempt": 3,
        "operation": "scrape",
        "service": "svc",
        "reason": "retries_exhausted",
        "error_type": "requests.exceptions.ConnectTimeout",
        "error_message": "connect timeout to api.example.org",
        "error_traceback": "Traceback (most recent call last):\n  ...\nConnectTimeout: connect timeout",
        "error_context": ErrorContext(causes=[ErrorCause(type="urllib3.exceptions.ConnectTimeoutError", message="x")]),
        "category": "transient",
        "fingerprint": "f00d",
        "first_failed_at": T0,
    }
    fields.update(overrides)
    return DeadLetter(**fields)  # type: ignore[arg-type]


def test_spring_headers_use_big_endian_binary_numbers() -> None:
    dl = dead_letter()
    headers = dead_letter_headers(
        dl, original_topic="errorflow.taskruns.events", partition=3, offset=2**40 + 5, timestamp_ms=1_767_000_000_123
    )
    raw = dict(headers)
    assert raw["kafka_dlt-original-topic"] == b"errorflow.taskruns.events"
    assert raw["kafka_dlt-original-partition"] == b"\x00\x00\x00\x03"
    assert len(raw["kafka_dlt-original-offset"]) == 8
    assert struct.unpack(">q", raw["kafka_dlt-original-offset"])[0] == 2**40 + 5
    assert struct.unpack(">q", raw["kafka_dlt-original-timestamp"])[0] == 1_767_000_000_123
    assert raw["kafka_dlt-original-timestamp-type"] == b"CREATE_TIME"
    assert raw["kafka_dlt-exception-fqcn"] == b"requests.exceptions.ConnectTimeout"
    assert raw["kafka_dlt-exception-cause-fqcn"] == b"urllib3.exceptions.ConnectTimeoutError"
    assert raw["kafka_dlt-exception-message"] == b"connect timeout to api.example.org"
    assert raw["kafka_dlt-exception-stacktrace"].startswith(b"Traceback")
    assert "kafka_dlt-original-consumer-group" not in raw


def test_connect_headers_use_decimal_strings() -> None:
    raw = dict(dead_letter_headers(dead_letter(), original_topic="t", partition=12, offset=345, timestamp_ms=0))
    assert raw["__connect.errors.topic"] == b"t"
    assert raw["__connect.errors.partition"] == b"12"
    assert raw["__connect.errors.offset"] == b"345"
    assert raw["__connect.errors.exception.class.name"] == b"requests.exceptions.ConnectTimeout"
    assert raw["__connect.errors.exception.message"] == b"connect timeout to api.example.org"
    assert raw["__connect.errors.exception.stacktrace"].startswith(b"Traceback")


def test_errorflow_headers_and_round_trip() -> None:
    dl = dead_letter()
    headers = dead_letter_headers(
        dl, original_topic="t", partition=1, offset=2, timestamp_ms=3, consumer_group="ef-recovery"
    )
    assert all(isinstance(k, str) and isinstance(v, bytes) for k, v in headers)
    decoded = parse_dead_letter_headers(headers)
    assert decoded["kafka_dlt-original-partition"] == 1
    assert decoded["kafka_dlt-original-offset"] == 2
    assert decoded["kafka_dlt-original-timestamp"] == 3
    assert decoded["kafka_dlt-original-consumer-group"] == "ef-recovery"
    assert decoded["__connect.errors.partition"] == "1"
    assert decoded["errorflow-category"] == "transient"
    assert decoded["errorflow-attempt"] == "3"
    assert decoded["errorflow-fingerprint"] == "f00d"
    assert decoded["errorflow-reason"] == "retries_exhausted"
    assert decoded["errorflow-dlq-id"] == dl.dlq_id
    assert decoded["errorflow-root-run-id"] == "root-1"


def test_missing_error_fields() -> None:
    dl = dead_letter(error_type=None, error_message=None, error_traceback=None, error_context=None, fingerprint=None)
    raw = dict(dead_letter_headers(dl, original_topic="t", partition=0, offset=0, timestamp_ms=0))
    assert raw["kafka_dlt-exception-fqcn"] == b"errorflow.UnknownError"
    assert "kafka_dlt-exception-message" not in raw  # Spring omits a null message
    assert "kafka_dlt-exception-cause-fqcn" not in raw
    assert raw["__connect.errors.exception.message"] == b""
    assert raw["kafka_dlt-exception-stacktrace"] == b""
    assert "errorflow-fingerprint" not in raw


def test_long_texts_are_truncated_in_headers_only() -> None:
    trace = "é" * 50_000  # two bytes each: the cut must not split a character
    dl = dead_letter(error_traceback=trace, error_message="m" * 40_000)
    raw = dict(dead_letter_headers(dl, original_topic="t", partition=0, offset=0, timestamp_ms=0, max_text_bytes=1000))
    for name in (
        "kafka_dlt-exception-stacktrace",
        "__connect.errors.exception.stacktrace",
        "kafka_dlt-exception-message",
    ):
        assert len(raw[name]) <= 1000
        assert raw[name].decode("utf-8").endswith("[truncated]")
    assert dl.error_traceback == trace


@pytest.mark.parametrize(("partition", "offset"), [(0, 0), (2**31 - 1, 2**63 - 1)])
def test_extreme_numbers_encode(partition: int, offset: int) -> None:
    decoded = parse_dead_letter_headers(
        dead_letter_headers(dead_letter(), original_topic="t", partition=partition, offset=offset, timestamp_ms=0)
    )
    assert decoded["kafka_dlt-original-partition"] == partition
    assert decoded["kafka_dlt-original-offset"] == offset
