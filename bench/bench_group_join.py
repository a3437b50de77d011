"""What a consumer-group join costs on Tansu, by session timeout: the waits of every integration test's stack.

Usage: python bench/bench_group_join.py [--sessions 6,3] [--rounds 2]

Per session timeout (heartbeat a sixth of it, rebalance timeout equal to it, as errorflow's defaults
and the integration tests' ``GROUP_TIMING`` have them), on one embedded Tansu:

- ``first``: a consumer alone in a new group, from ``start()`` until it has its partitions (every
  pipeline agent, runner and Faust worker pays it when it starts);
- ``second``: a second member joining that group (a rebalance);
- ``after kill``: a member in a group whose only other member was SIGKILLed (it never left): what a
  restarted worker pays in the tests that kill one.

Joins are waits, not work: the figures move little with the machine's load.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import statistics
import sys
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from errorflow.embedded.tansu import TansuBroker

TOPIC = "bench.join"

_MEMBER = """
import asyncio, sys
from aiokafka import AIOKafkaConsumer
async def main():
    topic, bootstrap, group, session_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group, session_timeout_ms=session_ms,
        heartbeat_interval_ms=session_ms // 6, rebalance_timeout_ms=session_ms,
    )
    await consumer.start()
    while not consumer.assignment():
        await consumer.getmany(timeout_ms=50)
    print("assigned", flush=True)
    await asyncio.Event().wait()
asyncio.run(main())
"""


async def _joined(bootstrap: str, group: str, session_ms: int) -> tuple[AIOKafkaConsumer, float]:
    consumer = AIOKafkaConsumer(
        TOPIC,
        bootstrap_servers=bootstrap,
        group_id=group,
        session_timeout_ms=session_ms,
        heartbeat_interval_ms=session_ms // 6,
        rebalance_timeout_ms=session_ms,
    )
    began = time.monotonic()
    await consumer.start()
    while not consumer.assignment():
        await consumer.getmany(timeout_ms=50)
    return consumer, time.monotonic() - began


async def _round(bootstrap: str, session_ms: int) -> tuple[float, float, float]:
    group = f"bench-join-{uuid.uuid4().hex[:8]}"
    first, first_s = await _joined(bootstrap, group, session_ms)
    second, second_s = await _joined(bootstrap, group, session_ms)
    await second.stop()
    await first.stop()
    # A member that dies without leaving, then its replacement.
    killed_group = f"bench-kill-{uuid.uuid4().hex[:8]}"
    member = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _MEMBER, TOPIC, bootstrap, killed_group, str(session_ms), stdout=asyncio.subprocess.PIPE
    )
    try:
        assert member.stdout is not None and (await member.stdout.readline()).strip() == b"assigned"
    finally:
        member.send_signal(signal.SIGKILL)
        await member.wait()
    replacement, after_kill_s = await _joined(bootstrap, killed_group, session_ms)
    await replacement.stop()
    return first_s, second_s, after_kill_s


async def _main(sessions: list[float], rounds: int) -> None:
    with TansuBroker() as broker:
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
        await producer.start()
        try:
            await producer.send_and_wait(TOPIC, b"x")
        finally:
            await producer.stop()
        for session_s in sessions:
            results = [await _round(broker.bootstrap, int(session_s * 1000)) for _ in range(rounds)]
            first, second, after_kill = (statistics.median(column) for column in zip(*results, strict=True))
            print(
                f"session {session_s:g} s: first {first:.2f} s, second {second:.2f} s, after kill {after_kill:.2f} s"
                f" (median of {rounds})",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", default="6,3", help="session timeouts in seconds, comma-separated")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(_main([float(s) for s in args.sessions.split(",")], args.rounds))


if __name__ == "__main__":
    main()
