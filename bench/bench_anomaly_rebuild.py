"""The anomaly agent's rebuild at start, on a big ``taskrun_events``: how long its queries take.

Fills an embedded chDB (a temporary directory) with ``--events`` events over the
last 50 minutes, a fifth of them failed or timed out with a message and a
traceback of ``--traceback-bytes``, and stores the verdicts of ``--judged`` of the
failures in ``error_classifications`` (the others' verdicts have not landed: a
classifier lagging at the restart). Then times :func:`errorflow.agents.anomaly.rebuild`
``--repeat`` times. Run it with each tree's interpreter to compare them (the
rebuild of a tree without the ``classifier`` argument is called without it).

Usage: python bench/bench_anomaly_rebuild.py [--events 1000000] [--judged 0.99] [--repeat 5]
"""

from __future__ import annotations

import argparse
import inspect
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from errorflow.agents.anomaly import rebuild
from errorflow.anomaly import AnomalyEngine
from errorflow.classify import Classifier
from errorflow.sinks import ChdbStore
from errorflow.sinks.migrate import migrate

_DB = "bench_rebuild"


def fill(store: ChdbStore, *, events: int, judged: float, traceback_bytes: int) -> None:
    """Events over the last 50 minutes: 80 % successes, then failed and timed-out ones; verdicts of ``judged``."""
    store.execute(
        f"""
        INSERT INTO {_DB}.taskrun_events (event_id, event_type, run_id, root_run_id, attempt, operation, service,
            dependency, status, occurred_at, error_type, error_message, error_traceback)
        SELECT toString(generateUUIDv4()), 'taskrun.finished', concat('r', toString(number)),
            concat('r', toString(number)), 1 + number % 2, concat('op', toString(number % 20)),
            concat('svc', toString(number % 10)), if(number % 3 = 0, 'db', NULL),
            multiIf(number % 10 < 8, 'success', number % 10 = 8, 'failed', 'timed_out'),
            now64(3) - toIntervalMillisecond(number % 3000000),
            if(number % 10 < 8, NULL, concat('app.Error', toString(number % 7))),
            if(number % 10 < 8, NULL, concat('failed to reach host ', toString(number % 97))),
            if(number % 10 < 8, NULL, repeat('x', {traceback_bytes}))
        FROM numbers({events})
        """
    )
    store.execute(
        f"""
        INSERT INTO {_DB}.error_classifications (event_id, failed_event_id, run_id, root_run_id, operation, service,
            error_type, error_message, category, severity, strategy, retryable, rule_id, fingerprint, failed_at,
            classified_at)
        SELECT concat('c-', event_id), event_id, run_id, root_run_id, operation, service, error_type, error_message,
            'transient', 'MEDIUM', 'retry', true, 'bench', lower(hex(cityHash64(error_type))), occurred_at, now64(3)
        FROM {_DB}.taskrun_events
        WHERE status IN ('failed', 'timed_out') AND cityHash64(event_id) % 10000 < {int(judged * 10000)}
        """
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--judged", type=float, default=0.99)
    parser.add_argument("--traceback-bytes", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_rebuild_") as tmp:
        store = ChdbStore(Path(tmp), database=_DB)
        migrate(store, database=_DB)
        fill(store, events=args.events, judged=args.judged, traceback_bytes=args.traceback_bytes)
        store.execute(f"OPTIMIZE TABLE {_DB}.taskrun_events FINAL")
        failed = store.query_value(f"SELECT count() FROM {_DB}.taskrun_events WHERE status != 'success'")
        verdicts = store.query_value(f"SELECT count() FROM {_DB}.error_classifications")
        extra: dict[str, Any] = {}
        if "classifier" in inspect.signature(rebuild).parameters:
            extra["classifier"] = Classifier.default()
        times = []
        for _ in range(args.repeat):
            engine = AnomalyEngine()
            now = time.time()
            cut = str(store.query_value("SELECT toString(now64(3, 'UTC') + 1)"))
            started = time.perf_counter()
            loaded = rebuild(
                store, database=_DB, engine=engine, cut=cut, since_s=now - 3700, streak_since_s=now - 3600, **extra
            )
            times.append(time.perf_counter() - started)
        fps = sum(c.failures for s in engine.scopes.fingerprints.values() for c in s.buckets.values())
        print(
            f"events {args.events:,}, failures {failed:,}, verdicts stored {verdicts:,}; buckets {loaded:,}, "
            f"failures in fingerprint windows {fps:,}; rebuild s: min {min(times):.3f} "
            f"median {statistics.median(times):.3f} ({', '.join(f'{t:.3f}' for t in times)})"
        )
        store.close()


if __name__ == "__main__":
    main()
