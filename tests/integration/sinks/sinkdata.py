"""Deterministic workloads for the sink tests, with their expected figures computed independently in Python.

A run follows one of a few scripts (first-try success, retry then success,
three failures then dead letter, validation failure, bulk partial failure,
timeout then success). Every failed attempt also yields a classification and a
recovery action, every dead-lettered run a dead letter. The expectations are
computed from the generated rows with plain Python, never with the SQL under test.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from errorflow.schemas.classification import ClassificationEvent, classification_id
from errorflow.schemas.codec import encode
from errorflow.schemas.events import ErrorContext, ItemError, TaskRunEvent, TaskRunStatus
from errorflow.schemas.recovery import DeadLetter, RecoveryActionEvent
from errorflow.sinks import dlq_row, event_row, recovery_row
from errorflow.sinks.writer import RAW_JSON

# Recent enough that no table's retention (TTL) drops the rows as they are written.
T0 = (datetime.now(timezone.utc) - timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
SERVICES = {
    "billing": (("charge_card", "stripe-api"), ("refund", "stripe-api")),
    "search": (("index_jobs", "elasticsearch"), ("query_jobs", None)),
    "scraper": (("scrape_jobs", "stepstone-api"), ("bulk_delete_jobs", "postgres")),
}
OPERATIONS = [(svc, op, dep) for svc, ops in SERVICES.items() for op, dep in ops]
FAILED = {"failed", "timed_out"}
FINISHED = {"success", "failed", "timed_out"}


def _is_timeout(row: dict[str, Any]) -> bool:
    return row["status"] == "timed_out" or (
        row["status"] == "failed" and "timeout" in (row["error_type"] or "").lower()
    )


@dataclass
class Workload:
    """Rows of every table, in emission order."""

    events: list[dict[str, Any]] = field(default_factory=list)
    classifications: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    dead_letters: list[dict[str, Any]] = field(default_factory=list)
    wire: dict[str, bytes] = field(default_factory=dict)
    """Each event as its producer encoded it, by event id (for the sink's JSON path)."""

    def add_event(self, event: TaskRunEvent) -> None:
        self.events.append(event_row(event))
        self.wire[event.event_id] = encode(event)

    def json_rows(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """``events`` as rows of the JSON path: their id and their encoded form."""
        return [{"event_id": e["event_id"], RAW_JSON: self.wire[e["event_id"]]} for e in events]


def classification_row(event: ClassificationEvent) -> dict[str, Any]:
    return event.model_dump(mode="python")


def _event(run: int, attempt: int, status: str, at: datetime, **extra: Any) -> TaskRunEvent:
    service, operation, dependency = OPERATIONS[run % len(OPERATIONS)]
    return TaskRunEvent(
        run_id=f"run-{run:06d}-a{attempt}",
        root_run_id=f"run-{run:06d}",
        attempt=attempt,
        operation=operation,
        service=service,
        dependency=dependency,
        status=TaskRunStatus(status),
        occurred_at=at,
        input_dump={"job": run, "source": service},
        actor={"user_id": None if run % 10 == 0 else f"user{run % 7}"},
        channel="worker",
        **extra,
    )


_FAILURES = {
    "timeout": ("TimeoutError", "Connection timeout: API not responding", "transient", "HIGH", "retry"),
    "conn": ("ConnectionResetError", "connection reset by peer", "transient", "MEDIUM", "retry"),
    "perm": ("PermissionError", "permission denied on bucket", "permanent", "CRITICAL", "dead_letter"),
    "valid": ("pydantic.ValidationError", "start_date must be before end_date", "validation", "LOW", "fail_fast"),
}


def build(events_wanted: int) -> Workload:
    """Generate runs until ``events_wanted`` events exist (the last run may be cut short)."""
    work = Workload()
    run = 0
    while len(work.events) < events_wanted:
        _script(work, run)
        run += 1
    del work.events[events_wanted:]
    kept = {e["event_id"] for e in work.events}
    work.classifications = [c for c in work.classifications if c["failed_event_id"] in kept]
    return work


def _script(work: Workload, run: int) -> None:
    start = T0 + timedelta(seconds=run * 7)
    kind = run % 10

    def attempt(number: int, at: datetime, outcome: str, failure: str | None = None, **extra: Any) -> datetime:
        work.add_event(_event(run, number, "pending", at))
        work.add_event(_event(run, number, "running", at + timedelta(milliseconds=5)))
        done = at + timedelta(milliseconds=5 + 100 * number)
        if failure is None:
            ev = _event(run, number, outcome, done, execution_time_s=0.1 * number, **extra)
            work.add_event(ev)
            return done
        error_type, message, category, severity, strategy = _FAILURES[failure]
        ev = _event(
            run,
            number,
            outcome,
            done,
            execution_time_s=0.1 * number,
            error_type=error_type,
            error_message=message,
            error_traceback=f"Traceback (most recent call last):\n{error_type}: {message}",
            error_context=ErrorContext(bases=["Exception"]),
        )
        work.add_event(ev)
        classified = ClassificationEvent(
            event_id=classification_id(ev.event_id),
            failed_event_id=ev.event_id,
            run_id=ev.run_id,
            root_run_id=ev.root_run_id,
            attempt=number,
            operation=ev.operation,
            service=ev.service,
            dependency=ev.dependency,
            error_type=error_type,
            error_message=message,
            category=category,  # type: ignore[arg-type]
            severity=severity,  # type: ignore[arg-type]
            strategy=strategy,
            retryable=category == "transient",
            rule_id=f"rule-{failure}",
            fingerprint=f"fp-{failure}-{ev.operation}",
            failed_at=done,
            classified_at=done + timedelta(milliseconds=30),
        )
        work.classifications.append(classification_row(classified))
        action = "retry_scheduled" if strategy == "retry" and number < 3 else "dead_lettered"
        if strategy == "fail_fast":
            action = "failed_fast"
        work.actions.append(
            recovery_row(
                RecoveryActionEvent(
                    run_id=ev.run_id,
                    root_run_id=ev.root_run_id,
                    attempt=number,
                    operation=ev.operation,
                    service=ev.service,
                    dependency=ev.dependency,
                    action=action,  # type: ignore[arg-type]
                    category=category,
                    delay_s=0.5 * number if action == "retry_scheduled" else None,
                    reason=strategy,
                    decided_at=done + timedelta(milliseconds=40),
                )
            )
        )
        return done

    if kind in (0, 1, 2, 3, 4):
        attempt(1, start, "success")
    elif kind == 5:  # transient timeout, then success
        failed_at = attempt(1, start, "failed", "timeout")
        attempt(2, failed_at + timedelta(seconds=2), "success")
    elif kind == 6:  # connection resets until it gives up
        at = start
        for number in (1, 2, 3):
            at = attempt(number, at, "failed", "conn") + timedelta(seconds=1)
        _dead_letter(work, run, at)
    elif kind == 7:
        attempt(1, start, "failed", "valid")
    elif kind == 8:  # bulk partial failure: a success carrying item errors
        errors = [ItemError(index=i, error="Job not found", item={"job_id": f"j{i}"}) for i in (2, 5)]
        attempt(1, start, "success", error_list=errors, success_count=8, failed_count=2, total_count=10)
    else:  # permanent failure, dead-lettered at once
        at = attempt(1, start, "failed", "perm")
        _dead_letter(work, run, at + timedelta(milliseconds=50))


def _dead_letter(work: Workload, run: int, at: datetime) -> None:
    service, operation, dependency = OPERATIONS[run % len(OPERATIONS)]
    letter = DeadLetter(
        dlq_id=f"dlq-{run:06d}",
        run_id=f"run-{run:06d}-a1",
        root_run_id=f"run-{run:06d}",
        attempt=1,
        operation=operation,
        service=service,
        dependency=dependency,
        reason="retries_exhausted",
        category="transient",
        first_failed_at=at - timedelta(seconds=3),
        dead_lettered_at=at,
    )
    work.dead_letters.append(dlq_row(letter))
    if run % 3 == 0:  # an operator replayed some of them; a third of those failed again
        replayed = dlq_row(letter, state="replayed", updated_at=at + timedelta(minutes=5), replay_run_id=f"rp-{run}")
        work.dead_letters.append(replayed)
        final = "failed_after_replay" if run % 9 == 0 else "succeeded_after_replay"
        work.dead_letters.append(dlq_row(letter, state=final, updated_at=at + timedelta(minutes=6)))


# ---------------------------------------------------------------------------------------------
# Expected figures, computed from the rows with plain Python
# ---------------------------------------------------------------------------------------------
def _minute(at: datetime) -> datetime:
    return at.replace(second=0, microsecond=0)


def _version(row: dict[str, Any]) -> tuple[Any, ...]:
    rank = {"pending": 0, "running": 1, "retrying": 2}.get(row["status"], 3)
    millis = row["occurred_at"].replace(microsecond=row["occurred_at"].microsecond // 1000 * 1000)
    return (millis, min(row["attempt"], 999), rank)


def expected_runs(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One summary per root run: latest status, attempts, failures, first failure, last success."""
    runs: dict[str, dict[str, Any]] = {}
    for row in events:
        run = runs.setdefault(
            row["root_run_id"],
            {"events": 0, "failures": 0, "attempts": 0, "first_failed_at": None, "last_success_at": None, "v": None},
        )
        run["events"] += 1
        run["attempts"] = max(run["attempts"], row["attempt"])
        if row["status"] in FAILED:
            run["failures"] += 1
            if run["first_failed_at"] is None or row["occurred_at"] < run["first_failed_at"]:
                run["first_failed_at"] = row["occurred_at"]
        if row["status"] == "success" and (
            run["last_success_at"] is None or row["occurred_at"] > run["last_success_at"]
        ):
            run["last_success_at"] = row["occurred_at"]
        if run["v"] is None or _version(row) > run["v"]:
            run["v"] = _version(row)
            run["status"] = row["status"]
            run["service"], run["operation"] = row["service"], row["operation"]
    for run in runs.values():
        run["recovered"] = run["failures"] > 0 and run["status"] == "success"
    return runs


def expected_minutes(events: list[dict[str, Any]]) -> dict[tuple[Any, ...], Counter[str]]:
    """Per (minute, service, operation, dependency, status): events, timeouts, retried, error_items."""
    out: dict[tuple[Any, ...], Counter[str]] = defaultdict(Counter)
    for row in events:
        key = (_minute(row["occurred_at"]), row["service"], row["operation"], row["dependency"] or "", row["status"])
        counter = out[key]
        counter["events"] += 1
        counter["timeouts"] += _is_timeout(row)
        counter["retried"] += row["attempt"] > 1
        counter["error_items"] += row["error_count"]
    return out


def expected_dlq(dead_letters: list[dict[str, Any]]) -> dict[str, str]:
    """Current state of each dead letter (newest updated_at)."""
    latest: dict[str, dict[str, Any]] = {}
    for row in dead_letters:
        if row["dlq_id"] not in latest or row["updated_at"] >= latest[row["dlq_id"]]["updated_at"]:
            latest[row["dlq_id"]] = row
    return {dlq_id: row["state"] for dlq_id, row in latest.items()}
