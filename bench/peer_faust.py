"""A plain Faust agent reading a topic (raw + orjson decode): the per-message baseline.

Usage: python bench/peer_faust.py BOOTSTRAP TOPIC COUNT
Prints one JSON line: {"events": N, "seconds": s} measured from the first to the last event.
"""

from __future__ import annotations

import sys
import time
import uuid

import faust
import orjson

bootstrap, topic_name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
app = faust.App(
    f"bench-faust-{uuid.uuid4().hex[:6]}",
    broker=f"kafka://{bootstrap}",
    store="memory://",
    broker_session_timeout=6,
    broker_heartbeat_interval=1,
    broker_rebalance_timeout=6,
    consumer_auto_offset_reset="earliest",
    web_enabled=False,
)
topic = app.topic(topic_name, value_serializer="raw", key_serializer="raw")
state = {"n": 0, "first": 0.0}


@app.agent(topic)
async def passthrough(stream: faust.Stream) -> None:
    async for value in stream:
        if state["n"] == 0:
            state["first"] = time.perf_counter()
        orjson.loads(value)
        state["n"] += 1
        if state["n"] >= count:
            elapsed = time.perf_counter() - state["first"]
            print(orjson.dumps({"events": state["n"], "seconds": elapsed}).decode(), flush=True)
            await app.stop()
            sys.exit(0)


if __name__ == "__main__":
    sys.argv = [sys.argv[0], "worker", "-l", "error"]
    app.main()
