"""Per-call overhead of ``@operation`` on a trivial function, as a ratio to the bare call.

Measured side by side in one run: the bare function; the decorated function
with an in-memory emitter (the decorator's own cost: input dump, redaction,
three events encoded); and with the real Kafka emitter against Tansu (queueing
plus the background producer competing for the GIL), after which every event
is checked to have been delivered.

Usage: python bench/bench_sdk.py [--calls 50000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import broker
from errorflow.sdk import KafkaEmitter, MemoryEmitter, configure, operation, shutdown
from errorflow.settings import Settings


def add(a: int, b: int) -> int:
    return a + b


def per_call_us(function: object, calls: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for n in range(calls):
            function(n, 1)  # type: ignore[operator]
        best = min(best, (time.perf_counter() - start) / calls * 1e6)
    return best


async def count_records(bootstrap: str, topic: str, expect: int) -> int:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None)
    await consumer.start()
    seen = 0
    deadline = time.monotonic() + 60
    try:
        while seen < expect and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500, max_records=10000)
            seen += sum(len(m) for m in batches.values())
    finally:
        await consumer.stop()
    return seen


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=50_000)
    args = parser.parse_args()
    decorated = operation(name="bench_add", register=False)(add)

    bare = per_call_us(add, args.calls)
    configure(Settings(), emitter=MemoryEmitter(), service="bench")
    memory = per_call_us(decorated, args.calls)
    shutdown()

    with broker() as bootstrap, tempfile.TemporaryDirectory() as tmp:
        prefix = f"sdk{uuid.uuid4().hex[:6]}."
        settings = Settings(data_dir=Path(tmp), kafka={"bootstrap": bootstrap, "topic_prefix": prefix})
        emitter = KafkaEmitter(bootstrap=bootstrap, spool_dir=Path(tmp) / "spool")
        configure(settings, emitter=emitter, service="bench")
        decorated(0, 0)
        emitter.flush(30)  # connect before timing
        kafka = per_call_us(decorated, args.calls)
        drained = emitter.flush(120)
        sent = emitter.sent
        shutdown()
        delivered = asyncio.run(count_records(bootstrap, f"{prefix}taskruns.events", sent))

    print(f"{'path':<44} {'us/call':>10} {'x bare':>10}")
    print(f"{'bare function':<44} {bare:>10.3f} {1:>10.0f}")
    print(f"{'@operation, in-memory emitter':<44} {memory:>10.2f} {memory / bare:>10.0f}")
    print(f"{'@operation, Kafka emitter (Tansu)':<44} {kafka:>10.2f} {kafka / bare:>10.0f}")
    print(f"\nevents delivered to Kafka: {delivered} of {sent} sent (spool empty: {drained})")
    print(f"decorated calls per second per core: {1e6 / kafka:,.0f}")
    return 0 if delivered >= sent else 1


if __name__ == "__main__":
    sys.exit(main())
