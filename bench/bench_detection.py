"""Detection latency: a failed event produced -> its classification stored in ClickHouse, at two loads.

Runs the real embedded stack (Tansu, pipeline worker with the classifier, the
recovery agents and the sink, chDB) with its default settings and measures, in
one run, two load levels side by side:

- light: failures from ``@operation``-decorated functions at 200 a second, through the
  SDK's emitter (the path a service takes);
- heavy: 5,000 failures a second, produced as contract JSON by a plain aiokafka producer
  (a service publishing the contract itself; the SDK's own per-call cost is
  ``bench_sdk.py``'s subject, and one benchmark process could not raise 5,000 a second
  through it on a shared two-core machine).

Failures go out in waves (every 100 ms light, 20 ms heavy). A thread polls
``error_classifications`` back to back; a row counts as stored when the query
that first returned it was sent (ClickHouse reads the parts present when a
query starts), so a figure overstates the true latency by at most one poll
(printed). The latency of one failure is that time minus the failed event's
``occurred_at``. Each row of the breakdown is one hop, from the records'
Kafka timestamps (the time a producer took the record): SDK -> Kafka (light
only), Kafka -> classified (the classifier's fetch and work), classified ->
Kafka, and Kafka -> stored (the sink's fetch and flush, plus the poll).

Goals (exit status 1 when one is missed): p99 under 250 ms at 200 failures/s and
under 1 s at 5,000 failures/s.

Usage: python bench/bench_detection.py [--light-rate 200] [--light-failures 600]
       [--heavy-rate 5000] [--heavy-failures 15000] [--only light|heavy]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.classification import ClassificationEvent
from errorflow.sdk import configure, operation, shutdown
from errorflow.sdk.runtime import runtime
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

POLL_S = 0.02
GOALS_MS = {"light": 250.0, "heavy": 1000.0}
ERRORS: list[tuple[str, str]] = [
    ("builtins.TimeoutError", "Read timed out after 30s (request {n})"),
    ("builtins.OSError", "[Errno 28] No space left on device"),
    ("builtins.PermissionError", "[Errno 13] Permission denied: '/srv/{n}'"),
    ("builtins.ValueError", "invalid literal for int() with base 10: 'x{n}'"),
]


def heavy_failure(n: int) -> TaskRunEvent:
    """The heavy load's ``n``-th failed event (contract JSON a service publishes itself)."""
    error_type, message = ERRORS[n % len(ERRORS)]
    run_id = uuid.uuid4().hex
    return TaskRunEvent(
        run_id=run_id,
        root_run_id=run_id,
        operation="bench_detect_heavy",
        service="bench",
        status=TaskRunStatus.FAILED,
        error_type=error_type,
        error_message=message.format(n=n),
        channel="direct",
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] if ordered else float("nan")


def now_ms() -> float:
    return datetime.now(timezone.utc).timestamp() * 1000


class Poller(threading.Thread):
    """Polls one operation's classifications back to back and notes when each was first seen."""

    def __init__(self, url: str, db: str, operation_name: str, since_ms: float) -> None:
        super().__init__(daemon=True)
        self.url, self.db, self.operation, self.since_ms = url, db, operation_name, since_ms
        self.seen: dict[str, float] = {}
        """failed_event_id -> ms since the epoch when the query that first returned it was sent."""
        self.failed_at: dict[str, float] = {}
        self.query_ms: list[float] = []
        self.stop = threading.Event()
        self.expected: dict[str, float] = {}
        """failed_event_id -> occurred_at (ms) of failures produced and not yet seen, when the driver knows them."""
        self.lock = threading.Lock()
        self.caught_up: dict[str, float] = {}
        """What was stored completely, and how many seconds after the last failure was produced."""

    def run(self) -> None:
        while not self.stop.is_set():
            sent = now_ms()
            answer = post_sql(
                self.url,
                f"SELECT failed_event_id, toUnixTimestamp64Milli(failed_at) FROM {self.db}.error_classifications"
                f" WHERE operation = '{self.operation}'"
                f" AND failed_at >= fromUnixTimestamp64Milli({int(self.since_ms)})",
            )
            self.query_ms.append(now_ms() - sent)
            with self.lock:
                for failed_id, failed_ms in answer.get("rows", []):
                    if failed_id not in self.seen:
                        self.seen[failed_id] = sent
                        self.failed_at[failed_id] = failed_ms
                    self.expected.pop(failed_id, None)
                if self.expected:
                    # Only rows failed after the oldest one not yet seen can be new: scan from there (without
                    # this, every poll returned every row seen so far, and answering it cost the pipeline's
                    # query server more than the classifier's work at 5,000 failures a second).
                    self.since_ms = max(self.since_ms, min(self.expected.values()) - 1)
            time.sleep(POLL_S)


def wait_for(poller: Poller, count: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while len(poller.seen) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    poller.stop.set()
    poller.join()


def drive_light(url: str, db: str, rate: float, failures: int) -> Poller:
    """Failures from a decorated function, through the SDK's emitter, in waves every 100 ms."""

    @operation(name="bench_detect_light", register=False)
    def fail(n: int) -> None:
        error_type, message = ERRORS[n % len(ERRORS)]
        kind = {"builtins.TimeoutError": TimeoutError, "builtins.OSError": OSError}.get(error_type)
        if kind is not None:
            raise kind(message.format(n=n))
        if error_type == "builtins.PermissionError":
            raise PermissionError(13, "Permission denied", f"/srv/{n}")
        raise ValueError(message.format(n=n))

    poller = Poller(url, db, "bench_detect_light", now_ms())
    poller.start()
    waves(rate, failures, 0.1, lambda n: _call(fail, n))
    runtime().emitter.flush(30)
    wait_for(poller, failures, 60)
    return poller


def _call(function: Callable[[int], None], n: int) -> None:
    try:
        function(n)
    except Exception:
        pass


def waves(rate: float, total: int, period_s: float, emit: Callable[[int], None]) -> None:
    """Call ``emit(n)`` for n in 1..total at ``rate`` a second, in waves every ``period_s``."""
    per_wave = max(1, round(rate * period_s))
    emitted = 0
    next_wave = time.monotonic()
    while emitted < total:
        pause = next_wave - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        for _ in range(min(per_wave, total - emitted)):
            emitted += 1
            emit(emitted)
        next_wave += period_s


def drive_heavy(url: str, db: str, bootstrap: str, topic: str, rate: float, failures: int) -> Poller:
    """Failed events as contract JSON from an aiokafka producer, in waves every 20 ms."""
    poller = Poller(url, db, "bench_detect_heavy", now_ms())
    poller.start()

    async def produce() -> None:
        from aiokafka import AIOKafkaProducer

        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=1)
        await producer.start()
        try:
            period_s = 0.02
            per_wave = max(1, round(rate * period_s))
            emitted = 0
            next_wave = time.monotonic()
            pending: list[Any] = []
            while emitted < failures:
                pause = next_wave - time.monotonic()
                if pause > 0:
                    await asyncio.sleep(pause)
                for _ in range(min(per_wave, failures - emitted)):
                    emitted += 1
                    event = heavy_failure(emitted)
                    with poller.lock:
                        poller.expected[event.event_id] = event.occurred_at.timestamp() * 1000
                    pending.append(await producer.send(topic, encode(event), key=event.root_run_id.encode()))
                next_wave += period_s
                if len(pending) > 5000:
                    await asyncio.gather(*pending)
                    pending.clear()
            await asyncio.gather(*pending)
        finally:
            await producer.stop()

    asyncio.run(produce())
    produced_ms = now_ms()
    wait_for(poller, failures, 120)
    poller.caught_up = catch_up(url, db, "bench_detect_heavy", failures, produced_ms)
    return poller


def catch_up(url: str, db: str, operation_name: str, failures: int, produced_ms: float) -> dict[str, float]:
    """Seconds after the last failure was produced until every event and every recovery decision was stored.

    The recovery and anomaly agents yield to the classifier while it is behind
    (``errorflow.pipeline_priority``), and the sink's main lane stores in bigger blocks: this
    shows they catch up once the burst ends (each failure gets exactly one recovery action).
    """
    queries = {
        "events stored": f"SELECT count() FROM {db}.taskrun_events WHERE operation = '{operation_name}'",
        "recovery decisions stored": (
            f"SELECT count(DISTINCT action_id) FROM {db}.recovery_actions WHERE operation = '{operation_name}'"
        ),
    }
    done: dict[str, float] = {}
    deadline = time.monotonic() + 180
    while len(done) < len(queries) and time.monotonic() < deadline:
        for label, sql in queries.items():
            if label not in done and post_sql(url, sql)["rows"][0][0] >= failures:
                done[label] = (now_ms() - produced_ms) / 1000
        time.sleep(0.2)
    return done


async def record_times(bootstrap: str, topic: str, model: type[Any], key: Callable[[Any], str]) -> dict[str, Any]:
    """``key(decoded) -> (decoded, record timestamp ms)`` for every record of a topic."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None)
    await consumer.start()
    found: dict[str, Any] = {}
    try:
        idle_since = time.monotonic()
        while time.monotonic() - idle_since < 1.5:
            for messages in (await consumer.getmany(timeout_ms=200, max_records=10_000)).values():
                idle_since = time.monotonic()
                for message in messages:
                    try:
                        value = decode(message.value, model)
                    except Exception:
                        continue
                    found.setdefault(key(value), (value, message.timestamp))
    finally:
        await consumer.stop()
    return found


def report(name: str, rate: float, poller: Poller, events: dict[str, Any], classes: dict[str, Any]) -> bool:
    stored = [poller.seen[i] - poller.failed_at[i] for i in poller.seen]
    hops: dict[str, list[float]] = {"SDK -> Kafka": [], "Kafka -> classified": [], "classified -> Kafka": []}
    hops["Kafka -> stored (+ poll)"] = []
    for failed_id, seen in poller.seen.items():
        event_and_ts = events.get(failed_id)
        class_and_ts = classes.get(failed_id)
        if event_and_ts is None or class_and_ts is None:
            continue
        event, event_ts = event_and_ts
        classification, class_ts = class_and_ts
        classified_ms = classification.classified_at.timestamp() * 1000
        if name == "light":
            hops["SDK -> Kafka"].append(event_ts - event.occurred_at.timestamp() * 1000)
        hops["Kafka -> classified"].append(classified_ms - event_ts)
        hops["classified -> Kafka"].append(class_ts - classified_ms)
        hops["Kafka -> stored (+ poll)"].append(seen - class_ts)
    goal = GOALS_MS[name]
    p99 = percentile(stored, 99)
    query = percentile(poller.query_ms, 50)
    print(
        f"\n{name}: {len(stored)} failures at ~{rate:.0f}/s"
        f" (poll every {POLL_S * 1000:.0f} ms + query, median {query:.0f} ms)"
    )
    print(f"  {'latency (ms)':<34} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}")
    for label, values in [("produced -> classification stored", stored), *hops.items()]:
        if values:
            cells = " ".join(f"{percentile(values, q):>7.0f}" for q in (50, 95, 99, 100))
            print(f"  {label:<34} {cells}")
    for label, after_s in poller.caught_up.items():
        print(f"  {label + ':':<34} all {after_s:.1f} s after the last failure was produced")
    ok = len(stored) > 0 and p99 < goal
    print(f"  p99 {p99:.0f} ms, goal < {goal:.0f} ms: {'OK' if ok else 'MISSED'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--light-rate", type=float, default=200.0)
    parser.add_argument("--light-failures", type=int, default=600)
    parser.add_argument("--heavy-rate", type=float, default=5000.0)
    parser.add_argument("--heavy-failures", type=int, default=15_000)
    parser.add_argument("--only", choices=["light", "heavy"])
    args = parser.parse_args()
    token = uuid.uuid4().hex[:6]
    results: dict[str, bool] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), app_id=f"detect-{token}")
        db = settings.clickhouse.database
        with EmbeddedStack(settings) as stack:
            assert stack.info is not None
            url, bootstrap = stack.info.query_url, stack.info.kafka_bootstrap
            configure(
                settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"bootstrap": bootstrap})}),
                service="bench",
            )

            # Warm up: the classifier's consumer group must have joined before timing.
            @operation(name="bench_detect_warm", register=False)
            def warm() -> None:
                raise TimeoutError("warm up")

            _call(lambda _: warm(), 0)
            deadline = time.monotonic() + 60
            while post_sql(url, f"SELECT count() FROM {db}.error_classifications")["rows"][0][0] < 1:
                if time.monotonic() > deadline:
                    print("classifier did not start")
                    return 1
                time.sleep(0.1)
            time.sleep(1.0)  # let the warm-up's recovery records settle

            pollers: dict[str, tuple[float, Poller]] = {}
            if args.only in (None, "light"):
                pollers["light"] = (args.light_rate, drive_light(url, db, args.light_rate, args.light_failures))
            if args.only in (None, "heavy"):
                time.sleep(1.0)
                topic = settings.topic(Topics.EVENTS.name)
                heavy = drive_heavy(url, db, bootstrap, topic, args.heavy_rate, args.heavy_failures)
                pollers["heavy"] = (args.heavy_rate, heavy)
            shutdown()
            events = asyncio.run(
                record_times(bootstrap, settings.topic(Topics.EVENTS.name), TaskRunEvent, lambda e: e.event_id)
            )
            classes = asyncio.run(
                record_times(
                    bootstrap,
                    settings.topic(Topics.CLASSIFICATIONS.name),
                    ClassificationEvent,
                    lambda c: c.failed_event_id,
                )
            )
    for name, (rate, poller) in pollers.items():
        results[name] = report(name, rate, poller, events, classes)
    verdicts = ", ".join(f"{name} {'OK' if ok else 'MISSED'}" for name, ok in results.items())
    print(f"\ndetection goals: {verdicts}")
    return 0 if results and all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
