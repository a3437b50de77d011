"""CPU per failure of each pipeline agent, off the broker: where the microseconds of a failure go.

Feeds the heavy detection benchmark's failures (``bench_detection.py``: failed direct
calls as contract JSON, four error kinds) through each agent's decode and handle path,
in the order the pipeline process meets them, with one shared verdict memo:

- classifier: pre-filter, decode, verdict, classification, encode (the record it produces);
- recovery: decode and decide (``_handle_message``), the records it produces;
- anomaly: the windows' outcome of each record (``_decode``);
- sink: routing of the events, the classifications and the recovery records into rows;
- producer key hashing (the producers' murmur2, :func:`errorflow.streams.kafka.murmur2`) per record produced.

No Kafka, no store: it measures only the Python work per failure, as thread CPU time (so other load on
the machine does not count). Prints
microseconds per failure for each path (median of ``--rounds``).

Usage: python bench/bench_agent_cpu.py [--failures 5000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from errorflow.agents.anomaly import AnomalyStats, _decode
from errorflow.agents.classifier import ClassifierStats, classify_records
from errorflow.agents.ingest import IngestRouter, default_routes
from errorflow.agents.recovery import RecoveryCore, RecoveryStats, _handle_message
from errorflow.anomaly import RuleSet
from errorflow.classify import Classifier
from errorflow.classify.verdict import VerdictMemo
from errorflow.schemas import encode
from errorflow.schemas.attempts import RecordPosition
from errorflow.settings import Settings
from errorflow.streams.kafka import murmur2
from errorflow.streams.topics import Topics

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_detection import heavy_failure


@dataclass
class Message:
    """The fields of an aiokafka ConsumerRecord the agents read."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp: int = 0


@dataclass(frozen=True)
class Partition:
    """A TopicPartition stand-in."""

    topic: str
    partition: int


def failures(count: int) -> list[bytes]:
    """Encoded failed events, as the heavy detection benchmark produces them."""
    return [encode(heavy_failure(n)) for n in range(1, count + 1)]


def timed(rounds: int, count: int, body: Callable[[], Any]) -> float:
    """Median microseconds per failure of ``body`` (which handles ``count`` failures)."""
    took = []
    for _ in range(rounds):
        started = time.thread_time()
        body()
        took.append((time.thread_time() - started) / count * 1e6)
    return statistics.median(took)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--failures", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    settings = Settings(app_id="cpu")
    events_topic = settings.topic(Topics.EVENTS.name)
    values = failures(args.failures)
    messages = [Message(events_topic, n % 4, n, None, value) for n, value in enumerate(values)]
    results: dict[str, float] = {}
    produced: dict[str, list[tuple[bytes, bytes]]] = {}

    def fresh() -> tuple[VerdictMemo, Classifier, Classifier, Classifier]:
        return (
            VerdictMemo(),
            Classifier.from_settings(rules_file=settings.rules_file),
            Classifier.from_settings(rules_file=settings.rules_file),
            Classifier.from_settings(rules_file=settings.rules_file),
        )

    # Each round starts from empty memos and caches, as a stream of new failures meets them.
    rounds: list[dict[str, float]] = []
    for _ in range(args.rounds):
        memo, c1, c2, c3 = fresh()
        core = RecoveryCore.from_settings(settings, classifier=c2, verdicts=memo)
        rules = RuleSet.from_file(settings.anomaly.rules_file)
        del rules
        took: dict[str, float] = {}

        started = time.thread_time()
        by_tp = {Partition(events_topic, p): [m for m in messages if m.partition == p] for p in range(4)}
        classified = classify_records(by_tp, settings=settings, classifier=c1, stats=ClassifierStats(), verdicts=memo)
        took["classifier"] = time.thread_time() - started
        produced["classifications"] = [(key, value) for _, key, value in classified.records]

        started = time.thread_time()
        recovery_out = []
        stats = RecoveryStats()
        for message in messages:
            source = RecordPosition(
                topic=message.topic,
                partition=message.partition,
                offset=message.offset,
                timestamp_ms=0,
                consumer_group="g",
            )
            handled = _handle_message(
                core, message, source=source, attempts_topic="attempts", max_bytes=1_000_000, stats=stats
            )
            recovery_out.extend(getattr(handled, "records", []))
        took["recovery"] = time.thread_time() - started
        produced["recovery"] = [(r.key, r.value) for r in recovery_out]

        started = time.thread_time()
        _decode(settings, messages, c3, AnomalyStats(), memo)
        took["anomaly"] = time.thread_time() - started

        router = IngestRouter(default_routes(settings), max_bytes=1_000_000)
        started = time.thread_time()
        router.route_batch(events_topic, 0, [(m.offset, m.key, m.value) for m in messages])
        took["sink: events"] = time.thread_time() - started
        started = time.thread_time()
        router.route_batch(
            settings.topic(Topics.CLASSIFICATIONS.name),
            0,
            [(n, key, value) for n, (key, value) in enumerate(produced["classifications"])],
        )
        took["sink: classifications"] = time.thread_time() - started
        started = time.thread_time()
        by_topic: dict[str, list[tuple[int, bytes | None, bytes | None]]] = {}
        for n, record in enumerate(recovery_out):
            by_topic.setdefault(settings.topic(record.topic), []).append((n, record.key, record.value))
        for topic, records in by_topic.items():
            if topic in router.topics:
                router.route_batch(topic, 0, records)
        took["sink: recovery records"] = time.thread_time() - started
        keys = [key for key, _ in produced["classifications"]] + [key for key, _ in produced["recovery"]]
        started = time.thread_time()
        for key in keys:
            murmur2(key)
        took["producer key hashing"] = time.thread_time() - started
        rounds.append({name: s / args.failures * 1e6 for name, s in took.items()})
    for name in rounds[0]:
        results[name] = statistics.median(r[name] for r in rounds)
    print(f"CPU per failure, {args.failures} failures, median of {args.rounds} rounds (µs):")
    for name, us in results.items():
        print(f"  {name:<28} {us:8.1f}")
    print(f"  {'total':<28} {sum(results.values()):8.1f}")
    print(
        f"records produced per failure: classifications {len(produced['classifications']) / args.failures:.2f},"
        f" recovery {len(produced['recovery']) / args.failures:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
