"""Row mappers: every contract field has a column, nested values become JSON."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import orjson

from errorflow.schemas.commands import RunCommand
from errorflow.schemas.events import ErrorCause, ErrorContext, ItemError, TaskRunEvent, TaskRunStatus
from errorflow.schemas.recovery import AttemptRecord, DeadLetter, RecoveryActionEvent
from errorflow.sinks import dlq_row, dlq_state_row, event_row, recovery_row

AT = datetime(2025, 1, 6, 10, 0, 0, 123000, tzinfo=timezone.utc)
# Nested contract fields are flattened into these columns.
FLATTENED = {"actor": {"actor_user_id"}, "orchestration": {"orchestrated", "flow_run_id", "task_run_id"}}


def _failed_bulk_event() -> TaskRunEvent:
    return TaskRunEvent(
        run_id="run-2",
        root_run_id="run-1",
        attempt=2,
        replayed_from="run-0",
        operation="bulk_delete_jobs",
        operation_category="processing",
        service="scraper",
        dependency="postgres",
        criticality="high",
        status=TaskRunStatus.FAILED,
        occurred_at=AT,
        error_message="Bulk delete completed with 2 failures",
        error_traceback="Traceback ...",
        error_type="errorflow.errors.BulkOperationError",
        error_context=ErrorContext(bases=["Exception"], code="23505", causes=[ErrorCause(type="E", message="m")]),
        error_list=[ItemError(index=2, error="Job not found", item={"job_id": "j2"}, job_id="j2")],
        success_count=8,
        failed_count=2,
        total_count=10,
        input_dump={"ids": ["j1", "j2"], "password": "***"},
        result_refs=[{"collection": "jobs", "document_id": "j1"}],
        execution_time_s=1.2345,
        actor={"user_id": "user123"},
        channel="api",
        orchestration={"orchestrated": True, "flow_run_id": "f1", "task_run_id": "t1"},
        labels={"env": "prod"},
    )


def test_event_row_has_a_column_for_every_event_field() -> None:
    event = _failed_bulk_event()
    row = event_row(event)
    for name in TaskRunEvent.model_fields:
        assert name in row or FLATTENED.get(name, set()) <= row.keys(), name
    assert row["status"] == "failed"
    assert row["event_type"] == "taskrun.failed"
    assert row["occurred_at"] == AT
    assert row["duration_ms"] == 1234 or row["duration_ms"] == 1235
    assert row["error_count"] == 1
    assert orjson.loads(row["error_list"]) == [
        {
            "index": 2,
            "error": "Job not found",
            "item": {"job_id": "j2"},
            "error_type": None,
            "traceback": None,
            "job_id": "j2",
        }
    ]
    assert orjson.loads(row["input_dump"]) == {"ids": ["j1", "j2"], "password": "***"}
    assert orjson.loads(row["error_context"])["code"] == "23505"
    assert (row["actor_user_id"], row["orchestrated"], row["flow_run_id"]) == ("user123", True, "f1")
    assert row["idempotency_key"] == "run-1:2"
    assert row["labels"] == {"env": "prod"}


def test_event_row_of_a_minimal_event_has_nulls_not_placeholders() -> None:
    row = event_row(TaskRunEvent(run_id="r", root_run_id="r", operation="o", service="s", status="pending"))
    assert row["dependency"] is None and row["error_context"] is None and row["duration_ms"] is None
    assert (row["error_list"], row["error_count"], row["input_dump"]) == ("[]", 0, "{}")


def test_recovery_row_keeps_every_field() -> None:
    action = RecoveryActionEvent(
        run_id="r2",
        root_run_id="r1",
        attempt=2,
        operation="o",
        service="s",
        dependency="d",
        action="retry_scheduled",
        category="transient",
        delay_s=0.5,
        due_at=AT,
        next_attempt=3,
        reason="backoff",
        detail="retry 3 in 0.5s",
        decided_at=AT,
    )
    row = recovery_row(action)
    assert set(RecoveryActionEvent.model_fields) == set(row)
    assert (row["action"], row["due_at"], row["next_attempt"]) == ("retry_scheduled", AT, 3)


def test_dlq_rows_version_the_state_of_an_entry() -> None:
    letter = DeadLetter(
        run_id="r3",
        root_run_id="r1",
        attempt=3,
        operation="o",
        service="s",
        reason="retries_exhausted",
        category="transient",
        first_failed_at=AT,
        dead_lettered_at=AT + timedelta(seconds=5),
        command=RunCommand(operation="o", input={"a": 1}),
        attempts=[AttemptRecord(attempt=1, run_id="r1", status="failed", occurred_at=AT)],
    )
    first = dlq_row(letter)
    assert set(DeadLetter.model_fields) <= set(first)
    assert (first["state"], first["updated_at"]) == ("new", letter.dead_lettered_at)
    assert orjson.loads(first["command"])["input"] == {"a": 1}
    assert orjson.loads(first["attempts"])[0]["status"] == "failed"
    later = AT + timedelta(minutes=5)
    replayed = dlq_state_row(dict(first, created_at=AT), state="replayed", updated_at=later, replay_run_id="rp")
    assert (replayed["state"], replayed["updated_at"], replayed["replay_run_id"]) == ("replayed", later, "rp")
    assert "created_at" not in replayed and replayed["dlq_id"] == first["dlq_id"]
