"""Per-record cost of the pure reading paths session 13 changed, for side-by-side runs against a baseline.

Run it with each tree's interpreter, alternating (``.venv/bin/python bench/bench_read_paths.py``):

- the sink's router on the fast path (the wire check, and since session 13 the re-encoding of what
  it read, :func:`errorflow.schemas.wire.stored_events`);
- the breaker feed (:func:`errorflow.agents.breakers.feed_inputs`: four msgspec fields before,
  :func:`errorflow.schemas.wire.read_event` since);
- the sink's rows of classifications and recovery actions (every text scrubbed since, after the
  scrubber's cheap check).

1 KB SDK-shaped events, 5,000 a batch; each figure is the best of 15 rounds. No targets: it prints.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from datetime import UTC, datetime

from errorflow.agents.breakers import feed_inputs
from errorflow.agents.ingest import IngestRouter, default_routes
from errorflow.breakers import BreakerConfigSet
from errorflow.schemas import TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.recovery import RecoveryActionEvent
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

N = 5_000
ROUNDS = 15


def _events() -> list[bytes]:
    return [
        encode(
            TaskRunEvent(
                run_id=f"r{i}",
                root_run_id=f"r{i}",
                operation="charge_card",
                service="payments",
                dependency=f"dep-{i % 8}",
                status=TaskRunStatus.FAILED if i % 5 == 0 else TaskRunStatus.SUCCESS,
                error_type="builtins.ConnectionError" if i % 5 == 0 else None,
                error_message="[Errno 111] Connection refused" if i % 5 == 0 else None,
                execution_time_s=0.012,
                input_dump={"order_id": i, "currency": "EUR"},
                labels={"team": "billing"},
            )
        )
        for i in range(N)
    ]


def _classifications() -> list[bytes]:
    message = (
        "ConnectionError: HTTPSConnectionPool(host='api.stripe.com', port=443): Max retries exceeded with url: "
        "/v1/charges (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] refused'))"
    )
    return [
        encode(
            ClassificationEvent.model_validate(
                {
                    "event_id": f"c{i}",
                    "failed_event_id": f"e{i}",
                    "run_id": f"r{i}",
                    "root_run_id": f"r{i}",
                    "attempt": 1,
                    "operation": "charge_card",
                    "service": "payments",
                    "dependency": "stripe-api",
                    "error_message": message,
                    "error_type": "requests.exceptions.ConnectionError",
                    "category": "transient",
                    "severity": "MEDIUM",
                    "strategy": "retry",
                    "retryable": True,
                    "failed_at": "2026-11-30T04:00:00Z",
                    "rule_id": "python.ConnectionError",
                    "fingerprint": "a1b2c3d4e5f60718",
                }
            )
        )
        for i in range(N)
    ]


def _actions() -> list[bytes]:
    return [
        encode(
            RecoveryActionEvent(
                run_id=f"r{i}",
                root_run_id=f"r{i}",
                operation="charge_card",
                service="payments",
                action="retry_scheduled",
                reason="transient",
                detail="retrying in 1.234s: attempt 2/5 (full jitter)",
                category="transient",
                decided_at=datetime(2026, 11, 30, tzinfo=UTC),
            )
        )
        for i in range(N)
    ]


def _best(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best / N * 1e6


def main() -> None:
    settings = Settings()
    router = IngestRouter(default_routes(settings), max_bytes=1 << 20)
    events = _events()
    records = [(n, None, v) for n, v in enumerate(events)]
    topic = settings.topic(Topics.EVENTS.name)
    assert list(router.route_batch(topic, 0, records).rows) == ["taskrun_events_landing"]
    print(f"sink router, fast path:   {_best(lambda: router.route_batch(topic, 0, records)):6.2f} µs/event")

    parts = {p: [(n, v) for n, v in enumerate(events[p::4])] for p in range(4)}
    configs = BreakerConfigSet()
    limit = {"max_bytes": 1 << 20} if "max_bytes" in inspect.signature(feed_inputs).parameters else {}
    feed = _best(lambda: feed_inputs(parts, configs, observed_at=datetime.now(UTC), **limit))
    print(f"breaker feed:             {feed:6.2f} µs/event")

    derived = (
        ("classifications", settings.topic(Topics.CLASSIFICATIONS.name), _classifications()),
        ("recovery actions", settings.topic(Topics.RECOVERY.name), _actions()),
    )
    for name, derived_topic, values in derived:
        batch = [(n, None, v) for n, v in enumerate(values)]
        cost = _best(lambda t=derived_topic, b=batch: router.route_batch(t, 0, b))  # type: ignore[misc]
        print(f"sink router, {name + ':':<17}{cost:6.2f} µs/record")


if __name__ == "__main__":
    main()
