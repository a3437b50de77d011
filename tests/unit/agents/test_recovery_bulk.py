"""Bulk runs: items classified one by one, the run's verdict derived, the retry carries the failed retriable items."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from errorflow.agents.recovery import RecoveryCore
from errorflow.classify import Category, Classifier
from errorflow.classify.bulk import bulk_verdict, item_verdicts, retriable_items
from errorflow.classify.verdict import failure_verdict
from errorflow.recovery import PolicySet, RetrySchedule
from errorflow.recovery.planner import bulk_retry_input
from errorflow.schemas import AttemptOutcome, RecordPosition, RunCommand, TaskRunEvent, TaskRunStatus

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
SOURCE = RecordPosition(topic="p.taskruns.attempts", partition=0, offset=1, timestamp_ms=1_772_366_400_000)
TRANSIENT = {"error": "Connection reset by peer", "error_type": "builtins.ConnectionResetError"}
INVALID = {"error": "invalid email address: 'x' has no @", "error_type": "builtins.ValueError"}
DENIED = {"error": "[Errno 13] Permission denied: '/crm/x'", "error_type": "builtins.PermissionError"}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_settings()


def bulk_event(items: list[dict[str, Any]], *, command: RunCommand | None = None) -> TaskRunEvent:
    command = command or RunCommand(operation="bulk")
    return TaskRunEvent(
        run_id=command.run_id,
        root_run_id=command.root_run_id,
        attempt=command.attempt,
        operation="bulk",
        service="svc",
        status=TaskRunStatus.FAILED,
        occurred_at=T0,
        error_type="errorflow.errors.BulkOperationError",
        error_message=f"{len(items)} of 10 items failed",
        error_list=items,
        success_count=10 - len(items),
        failed_count=len(items),
        total_count=10,
        channel="worker",
    )


@pytest.mark.parametrize(
    ("items", "category", "retryable"),
    [
        ([{"index": 1, **INVALID}, {"index": 4, **INVALID}], Category.VALIDATION, False),
        ([{"index": 1, **INVALID}, {"index": 4, **TRANSIENT}], Category.TRANSIENT, True),
        ([{"index": 1, **INVALID}, {"index": 4, **DENIED}], Category.PERMANENT, False),
        ([{"index": 2, **TRANSIENT}], Category.TRANSIENT, True),
    ],
)
def test_bulk_failure_verdict_comes_from_its_items(
    classifier: Classifier, items: list[dict[str, Any]], category: Category, retryable: bool
) -> None:
    verdict = failure_verdict(bulk_event(items), classifier)
    assert verdict.category is category
    assert verdict.retryable is retryable
    assert verdict.category is not Category.UNKNOWN


def test_retriable_items_are_the_failed_retriable_ones_in_input_order(classifier: Classifier) -> None:
    event = bulk_event([{"index": 7, **TRANSIENT}, {"index": 2, **INVALID}, {"index": 3, **TRANSIENT}])
    verdicts = item_verdicts(event, classifier)
    assert [index for index, _ in verdicts] == [7, 2, 3]
    assert retriable_items(verdicts) == [3, 7]
    assert bulk_verdict(verdicts).category is Category.TRANSIENT


def test_bulk_verdict_needs_items() -> None:
    with pytest.raises(ValueError, match="at least one"):
        bulk_verdict([])


def test_bulk_retry_input_keeps_other_fields_and_retries_whole_on_bad_indexes() -> None:
    original = {"items": ["a", "b", "c", "d"], "batch": "x"}
    assert bulk_retry_input(original, [1, 3]) == {"items": ["b", "d"], "batch": "x"}
    assert bulk_retry_input(original, [1, 3, 9]) is None  # an index outside the list: retried whole
    assert bulk_retry_input(original, [1, -1]) is None
    assert bulk_retry_input({"rows": [1, 2]}, [1]) == {"rows": [2]}  # the only list
    assert bulk_retry_input({"data": {"job_ids": ["a", "b", "c"], "batch": 1}}, [0, 2]) == {
        "data": {"job_ids": ["a", "c"], "batch": 1}
    }
    assert bulk_retry_input({"a": [1], "b": [2]}, [0]) is None  # ambiguous: retried whole
    assert bulk_retry_input({"page": 1}, [0]) is None


def test_retry_of_a_bulk_run_carries_only_the_failed_retriable_items(classifier: Classifier) -> None:
    items = [{"id": n} for n in range(10)]
    command = RunCommand(operation="bulk", input={"items": items})
    event = bulk_event(
        [{"index": 2, **TRANSIENT}, {"index": 5, **INVALID}, {"index": 6, **TRANSIENT}, {"index": 9, **TRANSIENT}],
        command=command,
    )
    core = RecoveryCore(classifier=classifier, policies=PolicySet())
    handled = core.handle_outcome(AttemptOutcome(command=command, event=event), source=SOURCE)
    assert isinstance(handled.decision, RetrySchedule)
    [retry] = [record.model for record in handled.records if isinstance(record.model, RunCommand)]
    assert retry.attempt == 2
    assert retry.input == {"items": [{"id": 2}, {"id": 6}, {"id": 9}]}


def _retry_input(core: RecoveryCore, command: RunCommand, event: TaskRunEvent) -> dict[str, Any]:
    handled = core.handle_outcome(AttemptOutcome(command=command, event=event), source=SOURCE)
    assert isinstance(handled.decision, RetrySchedule)
    [retry] = [record.model for record in handled.records if isinstance(record.model, RunCommand)]
    return retry.input


def test_retry_of_a_bulk_run_whose_item_errors_were_cut_runs_every_item(classifier: Classifier) -> None:
    # 5,000 of 20,000 items fail with a long message each: the SDK's failed event is over its size limit, so it
    # keeps the first 100 item errors (failed_count still says 5,000). A retry of those 100 alone never ran the
    # other 4,900 failed items again, and its success ended the run succeeded_after_retry.
    from errorflow.errors import BulkOperationError
    from errorflow.schemas import decode
    from errorflow.sdk import MemoryEmitter, configure, operation, shutdown
    from errorflow.settings import Settings

    memory = MemoryEmitter()
    configure(Settings(), emitter=memory, service="svc")
    items = [f"job-{n:06d}" for n in range(20_000)]

    @operation(name="bulk_sync", register=False)
    def bulk_sync(items: list[str]) -> None:
        errors = [{"index": n, "error": f"Connection reset by peer on {items[n]} " + "x" * 200} for n in range(5_000)]
        raise BulkOperationError("5000 failed", error_list=errors, success_count=15_000)

    try:
        with pytest.raises(BulkOperationError):
            bulk_sync(items)
    finally:
        shutdown()
    [failed] = [e for e in (decode(r.value, TaskRunEvent) for r in memory.records) if e.status is TaskRunStatus.FAILED]
    assert failed.failed_count == 5_000 and len(failed.error_list) < 5_000  # the SDK cut the list
    command = RunCommand(run_id=failed.run_id, operation="bulk_sync", input={"items": items})
    retried = _retry_input(RecoveryCore(classifier=classifier, policies=PolicySet()), command, failed)
    assert len(retried["items"]) == 20_000  # which of the others failed is not known: every item runs again
    assert retried == {"items": items}


def test_retry_of_a_bulk_run_whose_item_indexes_miss_its_list_runs_every_item(classifier: Classifier) -> None:
    # The service reported its own item ids as indexes (or the list the indexes point into is not the input's):
    # the retry ran an empty list, "succeeded", and the failed items were never run again.
    items = [{"id": n} for n in range(10)]
    command = RunCommand(operation="bulk", input={"items": items})
    event = bulk_event([{"index": 1002, **TRANSIENT}, {"index": 1007, **TRANSIENT}], command=command)
    retried = _retry_input(RecoveryCore(classifier=classifier, policies=PolicySet()), command, event)
    assert retried == {"items": items}
    event = bulk_event([{"index": 2, **TRANSIENT}, {"index": 10, **TRANSIENT}], command=command)  # one of two misses
    assert _retry_input(RecoveryCore(classifier=classifier, policies=PolicySet()), command, event) == {"items": items}
