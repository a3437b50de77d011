"""The known data of docs/queries.md's test (also used by the stats test).

Eight runs of three operations two hours ago (one ten days ago), with their
classifications, recovery actions, dead letters, breaker transitions, alerts and
quarantined records; every figure the document's queries give is derivable by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from errorflow.schemas.classification import ClassificationEvent, classification_id
from errorflow.schemas.events import ItemError, TaskRunEvent, TaskRunStatus
from errorflow.schemas.recovery import DeadLetter, RecoveryActionEvent
from errorflow.settings import SinkSettings
from errorflow.sinks import BatchWriter, Store, dlq_row, event_row, recovery_row

B = (datetime.now(timezone.utc) - timedelta(hours=2)).replace(second=0, microsecond=0)
OLD = B - timedelta(days=10)
OPS = {
    "scrape_jobs": ("scraper", "stepstone-api"),
    "bulk_delete_jobs": ("scraper", "postgres"),
    "charge_card": ("billing", "stripe-api"),
}
CONN = ("requests.exceptions.ConnectionError", "connection refused")
TIMEOUT = ("TimeoutError", "Connection timeout: StepStone API not responding")
ITEMS = [
    ItemError(index=2, error="Job not found", item={"source": "stepstone", "external_id": "12345"}),
    ItemError(index=5, error="Permission denied", item={"source": "indeed", "external_id": "67890"}),
    ItemError(index=8, error="Database constraint violation", item={"source": "linkedin", "external_id": "54321"}),
]


def t(seconds: float, base: datetime = B) -> datetime:
    return base + timedelta(seconds=seconds)


class Data:
    """Rows of every table, built run by run."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self.classifications: list[dict[str, Any]] = []
        self.actions: list[dict[str, Any]] = []
        self.dead_letters: list[dict[str, Any]] = []

    def attempt(
        self,
        run: int,
        number: int,
        start: datetime,
        duration_s: float,
        status: str,
        *,
        user: str | None,
        error: tuple[str, str] | None = None,
        classified: tuple[str, str, str] | None = None,
        action: tuple[str, float | None, str] | None = None,
        **extra: Any,
    ) -> None:
        op = extra.pop("operation")
        service, dependency = OPS[op]
        common = {
            "run_id": f"run-{run:04d}-a{number}",
            "root_run_id": f"run-{run:04d}",
            "attempt": number,
            "operation": op,
            "service": service,
            "dependency": dependency,
            "actor": {"user_id": user},
            "input_dump": extra.pop("input_dump", {"run": run}),
            "orchestration": extra.pop("orchestration", {}),
        }
        self.events.append(event_row(TaskRunEvent(status=TaskRunStatus.PENDING, occurred_at=start, **common)))
        running = start + timedelta(milliseconds=10)
        self.events.append(event_row(TaskRunEvent(status=TaskRunStatus.RUNNING, occurred_at=running, **common)))
        end = start + timedelta(seconds=duration_s)
        if error:
            extra.update(
                error_type=error[0], error_message=error[1], error_traceback=f"Traceback\n{error[0]}: {error[1]}"
            )
        final = TaskRunEvent(
            status=TaskRunStatus(status), occurred_at=end, execution_time_s=duration_s, **common, **extra
        )
        self.events.append(event_row(final))
        if classified:
            category, severity, fingerprint = classified
            self.classifications.append(
                ClassificationEvent(
                    event_id=classification_id(final.event_id),
                    failed_event_id=final.event_id,
                    run_id=final.run_id,
                    root_run_id=final.root_run_id,
                    attempt=number,
                    operation=op,
                    service=service,
                    dependency=dependency,
                    error_type=final.error_type,
                    error_message=final.error_message,
                    category=category,  # type: ignore[arg-type]
                    severity=severity,  # type: ignore[arg-type]
                    strategy="retry" if category == "transient" else "fail_fast",
                    retryable=category == "transient",
                    rule_id="r1",
                    fingerprint=fingerprint,
                    failed_at=end,
                    classified_at=end + timedelta(milliseconds=20),
                ).model_dump(mode="python")
            )
        if action:
            name, delay, reason = action
            self.actions.append(
                recovery_row(
                    RecoveryActionEvent(
                        run_id=final.run_id,
                        root_run_id=final.root_run_id,
                        attempt=number,
                        operation=op,
                        service=service,
                        dependency=dependency,
                        action=name,  # type: ignore[arg-type]
                        category=classified[0] if classified else None,
                        delay_s=delay,
                        reason=reason,
                        decided_at=end + timedelta(milliseconds=50),
                    )
                )
            )


def build() -> tuple[Data, dict[str, list[dict[str, Any]]]]:
    d = Data()
    scrape, bulk, charge = "scrape_jobs", "bulk_delete_jobs", "charge_card"
    flow_a = {"orchestrated": True, "flow_run_id": "flow-a"}
    flow_b = {"orchestrated": True, "flow_run_id": "flow-b"}
    # run 1: a timeout, then success on the retry
    d.attempt(
        1,
        1,
        t(0),
        0.5,
        "failed",
        user="user123",
        operation=scrape,
        error=TIMEOUT,
        orchestration=flow_a,
        classified=("transient", "HIGH", "fp-timeout-scrape"),
        action=("retry_scheduled", 1.0, "backoff"),
        input_dump={"source": "stepstone", "keywords": "python"},
    )
    d.attempt(
        1,
        2,
        t(30),
        0.2,
        "success",
        user="user123",
        operation=scrape,
        orchestration=flow_a,
        action=("succeeded_after_retry", None, "recovered"),
        input_dump={"source": "stepstone", "keywords": "python"},
    )
    # run 2: first-try success
    d.attempt(2, 1, t(60), 0.3, "success", user="user123", operation=scrape, orchestration=flow_a)
    # run 3: three connection failures, dead-lettered
    dump3 = {"source": "indeed", "keywords": "rust", "page": 2}
    d.attempt(
        3,
        1,
        t(120),
        0.4,
        "failed",
        user="user456",
        operation=scrape,
        error=CONN,
        input_dump=dump3,
        orchestration=flow_b,
        classified=("transient", "MEDIUM", "fp-conn-scrape"),
        action=("retry_scheduled", 1.0, "backoff"),
    )
    d.attempt(
        3,
        2,
        t(125),
        0.4,
        "failed",
        user="user456",
        operation=scrape,
        error=CONN,
        input_dump=dump3,
        orchestration=flow_b,
        classified=("transient", "MEDIUM", "fp-conn-scrape"),
        action=("retry_scheduled", 2.0, "backoff"),
    )
    d.attempt(
        3,
        3,
        t(135),
        0.4,
        "failed",
        user="user456",
        operation=scrape,
        error=CONN,
        input_dump=dump3,
        orchestration=flow_b,
        classified=("transient", "MEDIUM", "fp-conn-scrape"),
        action=("dead_lettered", None, "retries_exhausted"),
        result_refs=[{"collection": "jobs", "document_id": "j-77"}],
    )
    # run 4: a bulk operation with three item failures
    d.attempt(
        4,
        1,
        t(180),
        1.0,
        "success",
        user="user123",
        operation=bulk,
        orchestration=flow_b,
        error_list=ITEMS,
        success_count=7,
        failed_count=3,
        total_count=10,
    )
    # run 5: invalid input, failed fast
    d.attempt(
        5,
        1,
        t(240),
        0.1,
        "failed",
        user=None,
        operation=charge,
        error=("ValueError", "amount must be positive"),
        classified=("validation", "LOW", "fp-valid-charge"),
        action=("failed_fast", None, "validation"),
    )
    # run 6: served from the cache (a fallback)
    d.attempt(
        6,
        1,
        t(300),
        0.15,
        "success",
        user="user789",
        operation=charge,
        degraded=True,
        degraded_error_type="builtins.TimeoutError",
        degraded_error_message="Read timed out. (read timeout=10)",
        data_age_s=7200.0,
    )
    # run 7: timed out, then success
    d.attempt(
        7,
        1,
        t(360),
        5.0,
        "timed_out",
        user="user789",
        operation=charge,
        error=("asyncio.TimeoutError", "exceeded 5.0 s"),
        classified=("transient", "HIGH", "fp-timeout-charge"),
        action=("retry_scheduled", 3.0, "backoff"),
    )
    d.attempt(
        7,
        2,
        t(450),
        0.25,
        "success",
        user="user789",
        operation=charge,
        action=("succeeded_after_retry", None, "recovered"),
    )
    # run 8: ten days ago, outside every 7-day window
    d.attempt(
        8,
        1,
        t(0, OLD),
        0.5,
        "failed",
        user="user456",
        operation=scrape,
        error=TIMEOUT,
        classified=("transient", "HIGH", "fp-timeout-scrape"),
        action=("dead_lettered", None, "permanent"),
    )

    letter3 = DeadLetter(
        dlq_id="dlq-0003",
        run_id="run-0003-a3",
        root_run_id="run-0003",
        attempt=3,
        operation=scrape,
        service="scraper",
        dependency="stepstone-api",
        reason="retries_exhausted",
        error_type=CONN[0],
        error_message=CONN[1],
        category="transient",
        first_failed_at=t(120.4),
        dead_lettered_at=t(136),
    )
    letter8 = DeadLetter(
        dlq_id="dlq-0008",
        run_id="run-0008-a1",
        root_run_id="run-0008",
        attempt=1,
        operation=scrape,
        service="scraper",
        dependency="stepstone-api",
        reason="permanent",
        error_type=TIMEOUT[0],
        error_message=TIMEOUT[1],
        category="transient",
        first_failed_at=t(0.5, OLD),
        dead_lettered_at=t(1, OLD),
    )
    d.dead_letters = [
        dlq_row(letter3),
        dlq_row(letter8),
        dlq_row(letter8, state="replayed", updated_at=t(3600, OLD), replay_run_id="run-0009"),
        dlq_row(letter8, state="succeeded_after_replay", updated_at=t(3700, OLD)),
    ]
    breakers = [
        ("b1", "scraper/stepstone-api", "closed", "open", t(121)),
        ("b2", "scraper/stepstone-api", "open", "half_open", t(151)),
        ("b3", "scraper/stepstone-api", "half_open", "closed", t(152)),
        ("b4", "billing/stripe-api", "closed", "open", t(366)),
        ("b5", "billing/stripe-api", "open", "half_open", t(419)),
        ("b6", "billing/stripe-api", "half_open", "closed", t(420)),
        ("b7", "scraper/stepstone-api", "closed", "open", t(900)),  # still open: no recovery yet
    ]
    alerts = [
        ("a1", "firing", "scrape_jobs error rate 100% over 1m", t(140)),
        ("a2", "resolved", "scrape_jobs error rate back to 0%", t(200)),
    ]
    extra = {
        "breaker_transitions": [
            {
                "transition_id": i,
                "breaker": b,
                "service": b.split("/")[0],
                "dependency": b.split("/")[1],
                "from_state": f,
                "to_state": s,
                "failure_count": 5,
                "transitioned_at": at,
            }
            for i, b, f, s, at in breakers
        ],
        "alerts": [
            {
                "alert_id": i,
                "incident_id": "inc-1",
                "rule": "error_rate_spike",
                "severity": "HIGH",
                "state": s,
                "service": "scraper",
                "operation": "scrape_jobs",
                "message": m,
                "value": 1.0,
                "threshold": 0.5,
                "fired_at": at,
            }
            for i, s, m, at in alerts
        ],
        "quarantine": [
            {
                "quarantine_id": f"ev:0:{n}",
                "source_topic": "ev",
                "source_partition": 0,
                "source_offset": n,
                "detected_by": "sink",
                "reason": r,
                "raw_size": 10,
                "raw_prefix": "{oops",
                "quarantined_at": t(n),
            }
            for n, r in ((5, "invalid_json"), (6, "invalid_json"), (7, "too_large"))
        ],
    }
    return d, extra


def load(store: Store) -> None:
    data, extra = build()
    tables: dict[str, tuple[list[dict[str, Any]], str | tuple[str, ...]]] = {
        "taskrun_events": (data.events, "event_id"),
        "error_classifications": (data.classifications, "event_id"),
        "recovery_actions": (data.actions, "action_id"),
        "dlq_entries": (data.dead_letters, ("dlq_id", "updated_at")),
        "breaker_transitions": (extra["breaker_transitions"], "transition_id"),
        "alerts": (extra["alerts"], "alert_id"),
        "quarantine": (extra["quarantine"], "quarantine_id"),
    }
    for table, (rows, key) in tables.items():
        writer = BatchWriter(store, table=table, settings=SinkSettings(), dedup_key=key)
        writer.add(rows)
        result = writer.flush()
        assert (result.written, result.rejected) == (len(rows), []), table
