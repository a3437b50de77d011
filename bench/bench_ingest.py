"""Ingest throughput: events topic -> validated -> rows in ClickHouse, beside its baselines.

One run, one broker, one topic of the same events, measured side by side
(rates are from each consumer's first to last event, so group joins and
process start-up are excluded):

- bare aiokafka ``getmany`` + orjson decode (the ceiling for any Python consumer);
- a plain Faust agent (raw + orjson; the per-message rate errorflow must not be capped at);
- a quixstreams 3 passthrough app (consume, decode, produce) in its own venv (issue 4's peer);
- errorflow's sink: consume, check every event against the contract (the msgspec fast check of
  ``schemas/wire.py``; pydantic for what it declines), batch, deduplicate, insert into chDB (the
  events' JSON text, mapped to columns by a materialized view), feed the run and per-minute
  rollups, commit offsets after the rows are stored.

Usage: python bench/bench_ingest.py [--events 100000] [--faust-events 20000] [--rounds 5] [--no-quix]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import broker, make_events, produce
from errorflow.embedded.tansu import reserve_port

ROOT = Path(__file__).resolve().parents[1]
QUIX_VENV = ROOT / "bench" / ".venv-quix"


async def bare_consumer(bootstrap: str, topic: str, count: int) -> float:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=f"bench-bare-{uuid.uuid4().hex[:6]}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        session_timeout_ms=6000,
        heartbeat_interval_ms=1000,
        max_poll_records=5000,
        fetch_max_bytes=64 * 1024 * 1024,
    )
    await consumer.start()
    seen, first = 0, 0.0
    try:
        while seen < count:
            batches = await consumer.getmany(timeout_ms=200, max_records=5000)
            for messages in batches.values():
                if messages and not first:
                    first = time.perf_counter()
                for message in messages:
                    orjson.loads(message.value)
                seen += len(messages)
        return time.perf_counter() - first
    finally:
        await consumer.stop()


async def errorflow_ingest(
    bootstrap: str, prefix: str, count: int, data_dir: Path, database: str = "bench"
) -> tuple[float, int]:
    from errorflow.agents.ingest import IngestStats, run_ingest
    from errorflow.pipeline import tune_interpreter
    from errorflow.settings import Settings
    from errorflow.sinks import migrate, open_store

    settings = Settings(
        data_dir=data_dir,
        app_id=f"bench-{uuid.uuid4().hex[:6]}",
        kafka={"bootstrap": bootstrap, "topic_prefix": prefix},
        clickhouse={"database": database},
    )
    store = open_store(settings)
    migrate(store, database=database)
    tune_interpreter()  # as the pipeline command does for its process
    stats = IngestStats()
    stop = asyncio.Event()
    task = asyncio.create_task(run_ingest(settings, store=store, stop=stop, stats=stats))
    first = 0.0
    while stats.written < count:
        if task.done():
            task.result()
        if stats.consumed and not first:
            first = time.perf_counter()
        await asyncio.sleep(0.002)
    elapsed = time.perf_counter() - first
    stop.set()
    await task
    rows = int(store.query_value(f"SELECT count() FROM {database}.taskrun_events"))
    store.close()
    return elapsed, rows


def run_peer(command: list[str]) -> float | None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            return float(orjson.loads(line)["seconds"])
    print(f"  (peer failed: {result.stderr.strip()[-400:]})")
    return None


def quix_python() -> Path | None:
    python = QUIX_VENV / "bin" / "python"
    if python.exists():
        return python
    print("  creating bench/.venv-quix with quixstreams (first run only)...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(QUIX_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "quixstreams>=3,<4", "orjson"], check=True, timeout=600
        )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"  (quixstreams unavailable: {exc})")
        return None
    return python


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--faust-events", type=int, default=20_000)
    parser.add_argument("--no-quix", action="store_true")
    parser.add_argument("--rounds", type=int, default=5, help="side-by-side rounds of quixstreams and errorflow")
    args = parser.parse_args()

    values = make_events(args.events)
    size = sum(len(v) for v in values) / len(values)
    prefix = f"bench{uuid.uuid4().hex[:6]}."
    topic = f"{prefix}taskruns.events"
    rates: dict[str, float] = {}
    with broker() as bootstrap, tempfile.TemporaryDirectory() as tmp:
        asyncio.run(produce(bootstrap, topic, values))
        print(f"{args.events} events of ~{size:.0f} bytes on {topic} (Tansu at {bootstrap})\n", flush=True)

        seconds = asyncio.run(bare_consumer(bootstrap, topic, args.events))
        rates["aiokafka getmany + orjson (bare)"] = args.events / seconds

        with reserve_port() as web_port:  # held while the peer runs: no other process is handed it
            faust_seconds = run_peer(
                [
                    sys.executable,
                    str(ROOT / "bench" / "peer_faust.py"),
                    bootstrap,
                    topic,
                    str(args.faust_events),
                    str(web_port.port),
                ]
            )
        if faust_seconds:
            rates["faust agent (raw + orjson)"] = args.faust_events / faust_seconds

        # The peer and errorflow take turns, round after round: the machine's speed drifts by
        # tens of percent over a minute, so each round's pair is compared and the median kept.
        python = None if args.no_quix else quix_python()
        quix_rates: list[float] = []
        ours: list[float] = []
        paired: list[float] = []
        for round_no in range(1, args.rounds + 1):
            quix_rate = None
            if python is not None:
                quix_seconds = run_peer(
                    [str(python), str(ROOT / "bench" / "peer_quix.py"), bootstrap, topic, str(args.events)]
                )
                if quix_seconds:
                    quix_rate = args.events / quix_seconds
                    quix_rates.append(quix_rate)
            ingest_seconds, rows = asyncio.run(
                errorflow_ingest(bootstrap, prefix, args.events, Path(tmp), database=f"bench{round_no}")
            )
            assert rows == args.events, f"{rows} rows for {args.events} events"
            ours.append(args.events / ingest_seconds)
            pair = ""
            if quix_rate is not None:
                paired.append(ours[-1] / quix_rate)
                pair = f", quixstreams {quix_rate:,.0f} ev/s: {paired[-1]:.2f}"
            print(f"  round {round_no}: errorflow {ours[-1]:,.0f} ev/s{pair}", flush=True)
        if quix_rates:
            rates["quixstreams passthrough"] = statistics.median(quix_rates)
        rates["errorflow ingest -> chDB rows"] = statistics.median(ours)

    ours_rate = rates["errorflow ingest -> chDB rows"]
    print(f"\n{'path':<36} {'events/s':>12} {'errorflow / path':>18}")
    for name, rate in rates.items():
        print(f"{name:<36} {rate:>12,.0f} {ours_rate / rate:>18.2f}")
    if "faust agent (raw + orjson)" in rates:
        faust_ratio = ours_rate / rates["faust agent (raw + orjson)"]
        print(f"\nerrorflow ingest is {faust_ratio:.1f}x a Faust agent's per-message rate")
    if paired:
        print(
            f"errorflow ingest / quixstreams passthrough = {statistics.median(paired):.2f} (target >= 1.0;"
            f" median of {len(paired)} side-by-side rounds: {', '.join(f'{r:.2f}' for r in paired)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
