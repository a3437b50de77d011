"""A plain Faust agent reading a topic (raw + orjson decode): the per-message baseline.

Usage: python bench/peer_faust.py BOOTSTRAP TOPIC COUNT
Prints one JSON line: {"events": N, "seconds": s} measured from the first to the last event.
"""

from __future__ import annotations

import os
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
    web_port=int(sys.argv[4]) if len(sys.argv) > 4 else 0,
    web_bind="127.0.0.1",
    datadir=f"/tmp/bench-faust-{uuid.uuid4().hex[:6]}",
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
            # Faust redirects sys.stdout into its logger: write to the real stdout.
            os.write(1, b"\n" + orjson.dumps({"events": state["n"], "seconds": elapsed}) + b"\n")
            os._exit(0)  # stopping a Faust worker cleanly from inside an agent takes seconds


if __name__ == "__main__":
    sys.argv = [sys.argv[0], "worker", "-l", "error"]
    app.main()
