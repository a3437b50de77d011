"""A restart's fingerprint of a stored failure with no stored verdict (errorflow.anomaly.fingerprint_rebuild).

The rebuild classifies such a failure from its ``taskrun_events`` row; it must get
the verdict the classifier agent gives the event itself, or a failure whose verdict
lands late would count under another fingerprint than its peers.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from errorflow.anomaly.fingerprint_rebuild import FingerprintBucket, merge_buckets, stored_failure
from errorflow.classify import Classifier
from errorflow.classify.verdict import failure_verdict
from errorflow.schemas.events import ErrorCause, ErrorContext, ItemError, TaskRunEvent, TaskRunStatus
from errorflow.sinks.rows import event_row

_AT = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)

_FRAMES = (
    "Traceback (most recent call last):\n"
    '  File "/srv/app/billing/charge.py", line 41, in charge\n'
    "    client.post(url)\n"
    '  File "/srv/app/billing/client.py", line 9, in post\n'
    "    raise ConnectionError(msg)\n"
)


def _event(**fields: object) -> TaskRunEvent:
    base: dict[str, object] = {
        "run_id": "r1",
        "root_run_id": "r1",
        "operation": "charge",
        "service": "payments",
        "status": TaskRunStatus.FAILED,
        "occurred_at": _AT,
    }
    return TaskRunEvent.model_validate({**base, **fields})


FAILURES = [
    _event(error_type="builtins.ConnectionError", error_message="connection refused by 10.1.2.3:5432"),
    _event(error_type="builtins.ConnectionError", error_message="refused", error_traceback=_FRAMES),
    _event(status=TaskRunStatus.TIMED_OUT),  # no type: classified as a timeout
    _event(status=TaskRunStatus.TIMED_OUT, error_type="myapp.SlowError", error_message="slow"),
    _event(
        error_type="httpx.HTTPStatusError",
        error_message="Server error '503 Service Unavailable' for url 'https://bank.example.com/pay'",
        error_context=ErrorContext(
            bases=["httpx.HTTPError", "builtins.Exception"],
            http_status=503,
            causes=[ErrorCause(type="builtins.ConnectionResetError", message="reset by peer")],
            retriable=True,
        ),
        criticality="critical",
    ),
    _event(
        error_type="psycopg.errors.UniqueViolation",
        error_message='duplicate key value violates unique constraint "users_email_key"',
        error_context=ErrorContext(code="23505", errno=None),
    ),
    _event(  # only the context tells: a rate limit
        error_type="myapp.RemoteError",
        error_message="the call failed",
        error_context=ErrorContext(http_status=429, bases=["builtins.Exception"]),
    ),
    _event(  # a bulk failure: judged by its items
        error_type="myapp.BulkError",
        error_message="2 of 3 items failed",
        error_list=[
            ItemError(index=0, error="timed out after 30 s", error_type="builtins.TimeoutError", item={"id": 1}),
            ItemError(index=2, error="invalid literal for int()", error_type="builtins.ValueError"),
        ],
    ),
]


@pytest.mark.parametrize("event", FAILURES, ids=lambda e: f"{e.status.value}-{e.error_type}")
def test_a_stored_failure_gets_the_verdict_of_its_event(event: TaskRunEvent) -> None:
    classifier = Classifier.default()
    mine = failure_verdict(stored_failure(event_row(event)), classifier)
    theirs = failure_verdict(event, classifier)
    assert (mine.fingerprint, mine.category, mine.rule_id) == (theirs.fingerprint, theirs.category, theirs.rule_id)


def test_a_stored_failure_s_unreadable_json_counts_as_absent() -> None:
    row = {**event_row(FAILURES[0]), "error_context": "{not json", "error_list": '"a string"'}
    failure = stored_failure(row)
    assert failure["error_context"] is None
    assert failure["error_list"] == []
    assert failure["error_message"] == FAILURES[0].error_message


def _bucket(fingerprint: str, minute: int, failures: int, operation: str = "charge") -> FingerprintBucket:
    return FingerprintBucket("payments", fingerprint, minute, failures, operation, "transient", None)


def test_buckets_of_one_fingerprint_and_minute_are_summed_once() -> None:
    # Failures with a stored verdict and failures classified in the rebuild, in the same minute.
    merged = merge_buckets(
        [_bucket("a", 10, 3), _bucket("b", 10, 1), _bucket("a", 10, 2, "refund"), _bucket("a", 11, 1)]
    )
    assert sorted((b.fingerprint, b.minute, b.failures) for b in merged) == [("a", 10, 5), ("a", 11, 1), ("b", 10, 1)]
    assert next(b for b in merged if (b.fingerprint, b.minute) == ("a", 10)).operation == "charge"  # the first's
