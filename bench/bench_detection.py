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

Failures go out in waves (every 100 ms light, 20 ms heavy). A failure counts as stored
the moment the sink's insert of its classification returned (the rows are then visible to
queries): the sink observes ``now - failed_at`` of every classification it stores into the
histogram it serves on ``GET /metrics`` (``errorflow_detection_latency_seconds``), and the
benchmark reads every worker's before and after each load. Percentiles are reported as the
upper bound of the bucket that holds them (no interpolation), so a goal met by them is met.

A thread also polls ``error_classifications`` every 250 ms, as an analyst would, and notes
when each failure's row was first returned (the engine's clock at the start of that query):
it checks that every failure's classification is in the store, and gives an upper bound that
overstates by up to one poll gap. Until session 23 that poll, back to back every 20 ms through
the pipeline's SQL endpoint, was the measurement: it overstated by up to ~150 ms and itself took
a share of the two cores the pipeline runs on (the sink's own figure fell by ~100 ms at the
median when the poll ran every 300 ms instead). Each row of the breakdown is one hop, from the
records' Kafka timestamps (the time a producer took the record): SDK -> Kafka (light only),
Kafka -> classified (the classifier's fetch and work), classified -> Kafka, and Kafka -> seen
by a poll (the sink's fetch and flush, plus the poll). Under the stored line, the sink's own
histograms of the last hops (``errorflow_detection_fetch_lag_seconds``: a classification's record to
the sink's fetch; ``errorflow_detection_flush_seconds``: each flush that stored classifications) say
how much of it is reaching the sink and how much the store.

Goals (exit status 1 when one is missed): p99 under 250 ms at 200 failures/s and
under 1 s at 5,000 failures/s.

``--workers N`` (default 1) scales the pipeline out as ``deploy/kubernetes.yaml`` runs it:
N ``errorflow pipeline`` processes in the same consumer groups, the anomaly agent in
the stack's own worker only (``ERRORFLOW_ANOMALY__ENABLED=false`` in the others). Load
starts once every worker answers ``/readyz`` and each of the pipeline's groups is
Stable with N members (each holding partitions, where the broker reports assignments;
Tansu does not, so every worker's store must take warm-up classifications). chDB is one process's
store (a second process cannot open its directory), and this machine has no ClickHouse
server, so each added worker writes a chDB of its own under its own data directory (a
stand-in for the shared server, whose insert work then runs in that worker): a row
counts as stored when the first store returns it. At the end it prints how many distinct
events and classifications the stores hold and how many of them two workers stored.

Usage: python bench/bench_detection.py [--light-rate 200] [--light-failures 600]
       [--heavy-rate 5000] [--heavy-failures 15000] [--only light|heavy] [--workers 1]
       [--join-during-heavy]

``--join-during-heavy`` starts workers 2..N as the heavy burst starts instead: they join the
groups while it runs (a rebalance under load, as when a deployment scales out or a replica
restarts); the run fails if the first worker's process exited.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from _common import CpuMeter
from errorflow.children import spawn
from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.stack import EmbeddedStack
from errorflow.embedded.tansu import reserve_port
from errorflow.health import get_metrics
from errorflow.metrics import HistogramSnapshot
from errorflow.schemas import TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.classification import ClassificationEvent
from errorflow.sdk import configure, operation, shutdown
from errorflow.sdk.runtime import runtime
from errorflow.settings import Settings
from errorflow.streams.topics import Topics

POLL_S = 0.25
LAG_METRIC = "errorflow_detection_latency_seconds"
PART_METRICS = {
    "errorflow_detection_fetch_lag_seconds": ("classified record -> fetched (sink)", "records"),
    "errorflow_detection_flush_seconds": ("sink flush storing them (each)", "flushes"),
}
"""The sink's histograms of the detection latency's last hops, printed under it as bounds (issue 13)."""
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

    def __init__(self, urls: list[str], db: str, operation_name: str, since_ms: float) -> None:
        super().__init__(daemon=True)
        self.urls, self.db, self.operation, self.since_ms = urls, db, operation_name, since_ms
        self.seen: dict[str, float] = {}
        self.seen_by: dict[str, int] = {}
        self.errors = 0
        """Polls that failed (a store not answering)."""
        """failed_event_id -> index (in ``urls``) of the worker whose store returned it first."""
        """failed_event_id -> ms since the epoch (the engine's clock) when the query that first returned it started."""
        self.failed_at: dict[str, float] = {}
        self.query_ms: list[float] = []
        self.starts: list[float] = []
        """The engine's clock at the start of each poll that returned rows (their gaps bound the poll's share)."""
        self.stop = threading.Event()
        self.expected: dict[str, float] = {}
        """failed_event_id -> occurred_at (ms) of failures produced and not yet seen, when the driver knows them."""
        self.lock = threading.Lock()
        self.caught_up: dict[str, float] = {}
        """What was stored completely, and how many seconds after the last failure was produced."""

    def run(self) -> None:
        # Each worker's store polled by a thread of its own, so a second store does not make each poll slower.
        others = [
            threading.Thread(target=self._poll_loop, args=(index, url), daemon=True)
            for index, url in enumerate(self.urls)
            if index
        ]
        for thread in others:
            thread.start()
        self._poll_loop(0, self.urls[0])
        for thread in others:
            thread.join()

    def _poll_loop(self, index: int, url: str) -> None:
        while not self.stop.is_set():
            try:
                self._poll(index, url)
            except OSError:  # a worker not started yet (--join-during-heavy) or gone: counted, shown
                self.errors += 1
            time.sleep(POLL_S)

    def _poll(self, index: int, url: str) -> None:
        sent = now_ms()
        answer = post_sql(
            url,
            "SELECT failed_event_id, toUnixTimestamp64Milli(failed_at), toUnixTimestamp64Milli(now64(3))"
            f" FROM {self.db}.error_classifications"
            f" WHERE operation = '{self.operation}'"
            f" AND failed_at >= fromUnixTimestamp64Milli({int(self.since_ms)})",
        )
        self.query_ms.append(now_ms() - sent)
        with self.lock:
            rows = answer.get("rows", [])
            if rows:
                self.starts.append(rows[0][2])
            for failed_id, failed_ms, started_ms in rows:
                if failed_id not in self.seen:
                    self.seen[failed_id] = started_ms
                    self.seen_by[failed_id] = index
                    self.failed_at[failed_id] = failed_ms
                self.expected.pop(failed_id, None)
            if self.expected:
                # Only rows failed after the oldest one not yet seen can be new: scan from there (without
                # this, every poll returned every row seen so far, and answering it cost the pipeline's
                # query server more than the classifier's work at 5,000 failures a second).
                self.since_ms = max(self.since_ms, min(self.expected.values()) - 1)


def detection_lag(health_urls: list[str], metric: str = LAG_METRIC) -> HistogramSnapshot:
    """A sink histogram (the detection latency's by default) of every worker (``GET /metrics``), summed."""
    total: HistogramSnapshot | None = None
    for url in health_urls:
        try:
            snapshot = HistogramSnapshot.parse(get_metrics(url), metric)
        except OSError:
            continue
        total = snapshot if total is None else total.plus(snapshot)
    if total is None:
        raise RuntimeError("no worker answered GET /metrics")
    return total


def lag_since(
    health_urls: list[str], before: HistogramSnapshot, stored: int, timeout_s: float = 10.0
) -> HistogramSnapshot:
    """The classifications stored since ``before``, once at least ``stored`` are counted (an insert is counted
    the moment it returns, so by the time a poll has seen its rows it is nearly always counted already)."""
    deadline = time.monotonic() + timeout_s
    while True:
        lag = detection_lag(health_urls).since(before)
        if lag.count >= stored or time.monotonic() > deadline:
            return lag
        time.sleep(0.1)


def wait_for(poller: Poller, count: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while len(poller.seen) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    poller.stop.set()
    poller.join()


def drive_light(urls: list[str], db: str, rate: float, failures: int) -> Poller:
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

    poller = Poller(urls, db, "bench_detect_light", now_ms())
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


def drive_heavy(urls: list[str], db: str, bootstrap: str, topic: str, rate: float, failures: int) -> Poller:
    """Failed events as contract JSON from an aiokafka producer, in waves every 20 ms."""
    poller = Poller(urls, db, "bench_detect_heavy", now_ms())
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
    poller.caught_up = catch_up(urls, db, "bench_detect_heavy", failures, produced_ms)
    return poller


def catch_up(urls: list[str], db: str, operation_name: str, failures: int, produced_ms: float) -> dict[str, float]:
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
            if label not in done and sum(_count(url, sql) for url in urls) >= failures:
                done[label] = (now_ms() - produced_ms) / 1000
        time.sleep(0.2)
    return done


def _count(url: str, sql: str) -> int:
    """A count from one worker's store; 0 while it does not answer (a worker still starting)."""
    try:
        return int(post_sql(url, sql)["rows"][0][0])
    except OSError:
        return 0


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


def parts_now(health_urls: list[str]) -> dict[str, HistogramSnapshot]:
    """The sink's histograms of the last hops (:data:`PART_METRICS`) as of now."""
    return {metric: detection_lag(health_urls, metric) for metric in PART_METRICS}


def parts_since(health_urls: list[str], before: dict[str, HistogramSnapshot]) -> dict[str, HistogramSnapshot]:
    return {metric: snapshot.since(before[metric]) for metric, snapshot in parts_now(health_urls).items()}


def report(
    name: str,
    rate: float,
    poller: Poller,
    lag: HistogramSnapshot,
    events: dict[str, Any],
    classes: dict[str, Any],
    parts: dict[str, HistogramSnapshot],
) -> bool:
    stored = [poller.seen[i] - poller.failed_at[i] for i in poller.seen]
    hops: dict[str, list[float]] = {"SDK -> Kafka": [], "Kafka -> classified": [], "classified -> Kafka": []}
    hops["Kafka -> seen by a poll"] = []
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
        hops["Kafka -> seen by a poll"].append(seen - class_ts)
    goal = GOALS_MS[name]
    query = percentile(poller.query_ms, 50)
    starts = sorted(poller.starts)
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    print(
        f"\n{name}: {len(stored)} failures at ~{rate:.0f}/s"
        f" (poll every {POLL_S * 1000:.0f} ms + query, median {query:.0f} ms;"
        f" polls started p50 {percentile(gaps, 50):.0f}, p99 {percentile(gaps, 99):.0f} ms apart)"
    )
    print(f"  {'latency (ms)':<34} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}")
    bounds = " ".join(f"{'<=' + format(lag.quantile_bound(q) * 1000, '.0f'):>7}" for q in (0.5, 0.95, 0.99, 1.0))
    print(f"  {'produced -> stored (sink)':<34} {bounds}   ({lag.count} classifications stored in the phase)")
    for metric, (label, unit) in PART_METRICS.items():
        part = parts[metric]
        bounds = " ".join(f"{'<=' + format(part.quantile_bound(q) * 1000, '.0f'):>7}" for q in (0.5, 0.95, 0.99, 1.0))
        print(f"  {label:<34} {bounds}   ({part.count} {unit}, the sink's histogram)")
    for label, values in [("produced -> seen by a poll", stored), *hops.items()]:
        if values:
            cells = " ".join(f"{percentile(values, q):>7.0f}" for q in (50, 95, 99, 100))
            print(f"  {label:<34} {cells}")
    for label, after_s in poller.caught_up.items():
        print(f"  {label + ':':<34} all {after_s:.1f} s after the last failure was produced")
    if len(poller.urls) > 1:  # which worker stored what, and how fast: one slow worker shows here
        for index in range(len(poller.urls)):
            mine = [poller.seen[i] - poller.failed_at[i] for i in poller.seen if poller.seen_by[i] == index]
            classified = [
                classes[i][0].classified_at.timestamp() * 1000 - events[i][1]
                for i in poller.seen
                if poller.seen_by[i] == index and i in classes and i in events
            ]
            print(
                f"  worker {index + 1}: {len(mine)} stored first, p50 {percentile(mine, 50):.0f}"
                f" p99 {percentile(mine, 99):.0f} ms; Kafka -> classified p50 {percentile(classified, 50):.0f}"
                f" p99 {percentile(classified, 99):.0f} ms"
            )
    if poller.errors:
        print(f"  polls that failed (a store not answering): {poller.errors}")
    p99 = lag.quantile_bound(0.99) * 1000
    ok = len(stored) > 0 and lag.count >= len(stored) and p99 <= goal
    print(f"  p99 <= {p99:.0f} ms (the sink's histogram), goal < {goal:.0f} ms: {'OK' if ok else 'MISSED'}")
    return ok


class ExtraWorkers:
    """Pipeline workers 2..N beside the stack's own, as ``deploy/kubernetes.yaml`` runs its replicas.

    Same app id (so the same consumer groups), same broker, the anomaly agent off; each has
    its own data directory (its own chDB: one process's store) and its own query and probe ports.
    """

    def __init__(self, settings: Settings, bootstrap: str, root: Path, count: int) -> None:
        self.settings, self.bootstrap, self.root, self.count = settings, bootstrap, root, count
        self.processes: list[subprocess.Popen[bytes]] = []
        self.query_urls: list[str] = []
        self.health_urls: list[str] = []
        self.logs: list[Path] = []
        # Held until stop(): no other process is handed them before (or while) the workers bind them.
        self.reservations = [reserve_port() for _ in range(2 * count)]
        self.query_ports = [reservation.port for reservation in self.reservations[:count]]
        self.health_ports = [reservation.port for reservation in self.reservations[count:]]
        self.query_urls = [f"http://127.0.0.1:{port}/sql" for port in self.query_ports]
        """Known before the workers start, so a poller can wait for a worker that joins later."""

    def start(self) -> None:
        settings, bootstrap, root = self.settings, self.bootstrap, self.root
        for index, (query_port, health_port) in enumerate(
            zip(self.query_ports, self.health_ports, strict=True), start=2
        ):
            data_dir = root / f"worker-{index}"
            (data_dir / "logs").mkdir(parents=True)
            env = {
                **os.environ,
                **settings.as_environment(),
                "ERRORFLOW_KAFKA__BOOTSTRAP": bootstrap,
                "ERRORFLOW_DATA_DIR": str(data_dir),
                "ERRORFLOW_ANOMALY__ENABLED": "false",  # the anomaly agent runs in one worker only
                "ERRORFLOW_HEALTH__PORT": str(health_port),
                "ERRORFLOW_HEALTH__HOST": "127.0.0.1",
            }
            log_path = data_dir / "logs" / "pipeline.log"
            with log_path.open("ab") as log:
                self.processes.append(
                    spawn(
                        [sys.executable, "-m", "errorflow", "pipeline", "--query-port", str(query_port)],
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        env=env,
                        start_new_session=True,
                    )
                )
            self.logs.append(log_path)
            self.health_urls.append(f"http://127.0.0.1:{health_port}")

    def check_alive(self) -> None:
        for process, log in zip(self.processes, self.logs, strict=True):
            if process.poll() is not None:
                raise RuntimeError(f"worker {process.pid} exited ({process.returncode}):\n{log.read_text()[-3000:]}")

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        for reservation in self.reservations:
            reservation.release()


def ready(health_url: str) -> bool:
    """Whether a worker's ``/readyz`` answers 200 (groups joined, store answers, lag bounded)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(f"{health_url}/readyz", timeout=5) as answer:
            return bool(answer.status == 200)
    except (OSError, urllib.error.URLError):
        return False


async def assignments(bootstrap: str, groups: list[str]) -> dict[str, tuple[str, list[int]]]:
    """``group -> (state, partitions assigned to each member)``, read from the broker."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    found: dict[str, tuple[str, list[int]]] = {}
    try:
        for wanted in groups:  # one group per request, as errorflow.streams.groups does for Tansu
            for response in await admin.describe_consumer_groups([wanted]):
                for entry in response.groups:
                    _error, group, state, _kind, _protocol, members = entry[:6]
                    counts = []
                    for member in members:
                        raw = member[4]
                        assigned = ConsumerProtocolMemberAssignment.decode(raw).assignment if raw else []
                        # -1: not reported (Tansu answers DescribeGroups without the members' assignments).
                        counts.append(sum(len(partitions) for _topic, partitions in assigned) if raw else -1)
                    found[group] = (state, counts)
    finally:
        await admin.close()
    return found


async def partition_counts(bootstrap: str, topics: list[str]) -> dict[str, int]:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        return {topic: len(await producer.partitions_for(topic)) for topic in topics}
    finally:
        await producer.stop()


def wait_scaled_out(
    settings: Settings, bootstrap: str, health_urls: list[str], extra: ExtraWorkers, timeout_s: float
) -> bool:
    """Wait until every worker answers ``/readyz`` and each pipeline group is Stable with one member per worker.

    Where the broker reports the members' assignments, each must hold partitions; Tansu does
    not report them, and the warm-up then shows it instead (every worker's store must take
    some of its classifications before the load starts).
    """
    workers = len(health_urls)
    names = ("sink", "classifier", "recovery", "retry-scheduler")
    groups = [f"{settings.app_id}-{name}" for name in names]
    deadline = time.monotonic() + timeout_s
    state: dict[str, tuple[str, list[int]]] = {}
    while time.monotonic() < deadline:
        extra.check_alive()
        if all(ready(url) for url in health_urls):
            state = asyncio.run(assignments(bootstrap, groups))
            if all(
                group in state
                and state[group][0] == "Stable"
                and len(state[group][1]) == workers
                and all(state[group][1])
                for group in groups
            ):
                shown = ", ".join(
                    f"{name} {'+'.join('?' if n < 0 else str(n) for n in sorted(state[group][1]))}"
                    for name, group in zip(names, groups, strict=True)
                )
                print(f"{workers} pipeline worker(s) ready; partitions per member (? not reported): {shown}")
                return True
        time.sleep(0.5)
    print(f"the workers were not all ready in {timeout_s:.0f} s: {state}")
    return False


def audit(urls: list[str], db: str, operations: list[str]) -> str:
    """Events and classifications stored by more than one worker's store (a rebalance's re-delivery)."""
    names = ", ".join(f"'{name}'" for name in operations)
    overlaps = []
    for table, column in (("taskrun_events", "event_id"), ("error_classifications", "failed_event_id")):
        seen: dict[str, int] = {}
        total = 0
        for url in urls:
            rows = post_sql(url, f"SELECT DISTINCT {column} FROM {db}.{table} WHERE operation IN ({names})")["rows"]
            total += len(rows)
            for (key,) in rows:
                seen[key] = seen.get(key, 0) + 1
        twice = sum(1 for count in seen.values() if count > 1)
        overlaps.append(f"{table}: {len(seen)} distinct, {twice} in two stores")
    return "; ".join(overlaps)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--light-rate", type=float, default=200.0)
    parser.add_argument("--light-failures", type=int, default=600)
    parser.add_argument("--heavy-rate", type=float, default=5000.0)
    parser.add_argument("--heavy-failures", type=int, default=15_000)
    parser.add_argument("--only", choices=["light", "heavy"])
    parser.add_argument("--workers", type=int, default=1, help="pipeline worker processes in the same groups")
    parser.add_argument(
        "--join-during-heavy",
        action="store_true",
        help="start workers 2..N as the heavy burst starts (a rebalance under load) instead of before the loads",
    )
    args = parser.parse_args()
    if args.join_during_heavy and (args.workers < 2 or args.only == "light"):
        parser.error("--join-during-heavy needs --workers 2 or more and the heavy load")
    token = uuid.uuid4().hex[:6]
    results: dict[str, bool] = {}
    print(
        f"load average at start {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores; Tansu and this producer share them)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), app_id=f"detect-{token}")
        with EmbeddedStack(settings) as stack:
            assert stack.info is not None
            bootstrap = stack.info.kafka_bootstrap
            events_topic = settings.topic(Topics.EVENTS.name)
            partitions = asyncio.run(partition_counts(bootstrap, [events_topic]))[events_topic]
            if partitions < args.workers:
                print(f"{events_topic} has {partitions} partitions: fewer than {args.workers} workers would idle")
                return 2
            extra = ExtraWorkers(settings, bootstrap, Path(tmp), args.workers - 1)
            try:
                return_code = run_loads(args, settings, stack, extra, results)
            finally:
                extra.stop()
    if return_code:
        return return_code
    verdicts = ", ".join(f"{name} {'OK' if ok else 'MISSED'}" for name, ok in results.items())
    print(f"\ndetection goals ({args.workers} worker(s)): {verdicts}")
    return 0 if results and all(results.values()) else 1


def run_loads(
    args: argparse.Namespace, settings: Settings, stack: EmbeddedStack, extra: ExtraWorkers, results: dict[str, bool]
) -> int:
    """Warm up, drive the loads and report; 0, or an exit status when the workers never got ready."""
    assert stack.info is not None
    db = settings.clickhouse.database
    url, bootstrap = stack.info.query_url, stack.info.kafka_bootstrap
    late = args.join_during_heavy
    urls = [url] if late else [url, *extra.query_urls]
    if not late:
        extra.start()
    if not wait_scaled_out(settings, bootstrap, [stack.info.health["pipeline"], *extra.health_urls], extra, 180):
        return 1
    pids = {"pipeline-1": stack.info.children["pipeline"]}
    pids |= {f"pipeline-{n}": process.pid for n, process in enumerate(extra.processes, start=2)}
    pids |= {"tansu": stack.info.children.get("tansu", 0), "bench": os.getpid()}
    configure(
        settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"bootstrap": bootstrap})}),
        service="bench",
    )

    # Warm up: every worker's store and classifier must have handled a failure before timing.
    @operation(name="bench_detect_warm", register=False)
    def warm() -> None:
        raise TimeoutError("warm up")

    warm_count = 10 * len(urls)
    for _ in range(warm_count):  # random run ids as keys: every partition gets some
        _call(lambda _: warm(), 0)
    deadline = time.monotonic() + 60
    sql = f"SELECT count() FROM {db}.error_classifications"
    while True:
        counts = [post_sql(u, sql)["rows"][0][0] for u in urls]
        if sum(counts) >= warm_count and all(counts):
            break
        if time.monotonic() > deadline:
            print(f"classifier did not start (classifications per worker: {counts})")
            return 1
        time.sleep(0.1)
    time.sleep(1.0)  # let the warm-up's recovery records settle

    pollers: dict[str, tuple[float, Poller, str, HistogramSnapshot, dict[str, HistogramSnapshot]]] = {}
    meter = CpuMeter(pids)
    health = [stack.info.health["pipeline"], *extra.health_urls]
    if args.only in (None, "light"):
        before, parts = detection_lag(health), parts_now(health)
        meter.begin()
        light = drive_light(urls, db, args.light_rate, args.light_failures)
        lag = lag_since(health, before, len(light.seen))
        pollers["light"] = (args.light_rate, light, meter.shares(), lag, parts_since(health, parts))
    if args.only in (None, "heavy"):
        time.sleep(1.0)
        before, parts = detection_lag(health), parts_now(health)
        meter.begin()
        topic = settings.topic(Topics.EVENTS.name)
        if late:  # they join the groups while the burst runs: the rebalance happens under load
            extra.start()
            urls = [url, *extra.query_urls]
            for n, process in enumerate(extra.processes, start=2):  # CPU since its start, all within the phase
                meter.pids[f"pipeline-{n}"] = process.pid
                meter.start[f"pipeline-{n}"] = 0.0
            print(f"workers 2-{args.workers} started as the heavy burst starts")
        heavy = drive_heavy(urls, db, bootstrap, topic, args.heavy_rate, args.heavy_failures)
        shares = meter.shares()
        lag = lag_since(health, before, len(heavy.seen))
        pollers["heavy"] = (args.heavy_rate, heavy, shares, lag, parts_since(health, parts))
        if late:
            deadline = time.monotonic() + 120
            while not all(ready(health) for health in extra.health_urls) and time.monotonic() < deadline:
                extra.check_alive()
                time.sleep(0.5)
    extra.check_alive()
    if stack.processes["pipeline"].poll() is not None:
        print(f"the stack's pipeline worker exited with status {stack.processes['pipeline'].returncode}")
        return 1
    stored_where = audit(urls, db, [f"bench_detect_{name}" for name in pollers]) if len(urls) > 1 else ""
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
    for name, (rate, poller, cpu, lag, parts) in pollers.items():
        results[name] = report(name, rate, poller, lag, events, classes, parts)
        print(f"  {cpu}")
    if stored_where:
        print(f"\nstored across the {len(urls)} workers' stores: {stored_where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
