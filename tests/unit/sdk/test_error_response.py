"""``error_response(exc)``: seed 004's error body, valid against its JSON Schema, free of secrets."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import orjson
import pytest

from errorflow.recovery.policy import Category, RetryPolicy
from errorflow.sdk import error_response
from errorflow.sdk.context import RunContext, _reset, _set

SCHEMA_FILE = Path(__file__).resolve().parents[3] / "schemas" / "json" / "error_response.v1.json"
SCHEMA = orjson.loads(SCHEMA_FILE.read_bytes())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())

SECRETS = ("hunter2", "s3cr3t-t0ken-value", "AKIAIOSFODNN7EXAMPLE", "dbpass99")
LEAK = (
    " (password=hunter2, token: s3cr3t-t0ken-value, key AKIAIOSFODNN7EXAMPLE, "
    "dsn postgresql://app:dbpass99@db.internal:5432/orders)"
)


class FluxCapacitorMisaligned(Exception):
    """Matches no rule."""


def _by_category() -> dict[str, BaseException]:
    return {
        "transient": TimeoutError("connection timed out talking to payments" + LEAK),
        "resource": MemoryError("out of memory while building the report" + LEAK),
        "validation": ValueError("invalid input: quantity must be positive" + LEAK),
        "permanent": PermissionError("permission denied on bucket orders" + LEAK),
        "unknown": FluxCapacitorMisaligned("flux capacitor misaligned" + LEAK),
    }


@pytest.mark.parametrize("category", ["transient", "resource", "validation", "permanent", "unknown"])
def test_every_category_validates_against_the_schema_and_carries_no_secret(category: str) -> None:
    body = error_response(_by_category()[category], request_id="req-12345678")
    VALIDATOR.validate(body)
    assert body["error_category"] == category
    text = orjson.dumps(body).decode()
    for secret in SECRETS:
        assert secret not in text, f"{secret} leaked into the {category} response"
    assert body["error"] is True and body["request_id"] == "req-12345678"
    assert body["message"].startswith(str(_by_category()[category]).split(" (")[0])


def test_recovery_details_follow_the_category_policy() -> None:
    transient = error_response(TimeoutError("connection timed out"), attempt=1)
    assert transient["recovery_strategy"] == "retry_with_backoff"
    assert transient["recovery_details"] == {
        "retry_attempt": 0,
        "max_retries": 4,
        "next_attempt_delay_ms": 1000,
        "auto_retry": True,
    }
    assert "retried automatically in 1 s" in transient["user_action"]
    third = error_response(TimeoutError("connection timed out"), attempt=3)
    assert third["recovery_details"]["retry_attempt"] == 2
    assert third["recovery_details"]["next_attempt_delay_ms"] == 4000
    last = error_response(TimeoutError("connection timed out"), attempt=5)
    assert last["recovery_details"]["auto_retry"] is False
    assert last["recovery_details"]["next_attempt_delay_ms"] is None
    assert "exhausted" in last["user_action"]

    validation = error_response(ValueError("invalid input: name is required"))
    assert validation["recovery_strategy"] == "fail_fast"
    assert validation["recovery_details"] == {
        "retry_attempt": 0,
        "max_retries": 0,
        "next_attempt_delay_ms": None,
        "auto_retry": False,
    }
    assert "correct it" in validation["user_action"]
    permanent = error_response(PermissionError("permission denied"))
    assert permanent["recovery_strategy"] == "dead_letter" and permanent["severity"] in ("HIGH", "CRITICAL")


def test_given_policies_replace_the_defaults() -> None:
    body = error_response(
        TimeoutError("connection timed out"),
        policies={Category.TRANSIENT: RetryPolicy(max_attempts=3, initial_delay_s=0.25, multiplier=2.0)},
    )
    assert body["recovery_details"]["max_retries"] == 2
    assert body["recovery_details"]["next_attempt_delay_ms"] == 250


def test_error_code_timestamp_details_and_the_run_context() -> None:
    class ToolTimeoutError(Exception):
        pass

    class CodedError(Exception):
        error_code = "tool-timeout"

    moment = datetime(2025, 12, 31, 15, 0, tzinfo=timezone.utc)
    body = error_response(ToolTimeoutError("timed out"), now=moment, details={"tool_name": "validate", "api_key": "x1"})
    assert body["error_code"] == "TOOL_TIMEOUT_ERROR"
    assert body["timestamp"] == "2025-12-31T15:00:00.000Z"
    assert body["details"]["tool_name"] == "validate"
    assert body["details"]["api_key"] != "x1"
    assert body["details"]["exception_type"].endswith("ToolTimeoutError")
    assert error_response(CodedError("x"))["error_code"] == "TOOL_TIMEOUT"
    assert error_response(CodedError("x"))["request_id"].startswith("req-")

    token = _set(RunContext(run_id="r2", root_run_id="root-1", attempt=2))
    try:
        in_run = error_response(TimeoutError("connection timed out"))
    finally:
        _reset(token)
    assert in_run["request_id"] == "root-1"
    assert in_run["recovery_details"]["retry_attempt"] == 1


def test_a_huge_message_is_cut_before_it_is_scrubbed() -> None:
    """The scrubber sees the part of the message that is kept (and a margin), not megabytes of it.

    It runs in the service's own error handler: scrubbing a 9 MB message whole takes seconds.
    """
    from errorflow.sdk.scrub import Scrubber

    seen: list[int] = []

    class Counting(Scrubber):
        def scrub_text(self, text: str) -> str:
            seen.append(len(text))
            return super().scrub_text(text)

    error = ValueError("password=hunter2 " + "x" * 9_000_000)
    response = error_response(error, scrubber=Counting())
    assert "hunter2" not in orjson.dumps(response).decode()
    assert seen and max(seen) <= 16_384
