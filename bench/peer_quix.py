"""A quixstreams 3 passthrough app (consume, decode, produce): the peer framework baseline.

Runs in its own virtual environment (quixstreams pins pydantic below what errorflow needs).
Usage: python bench/peer_quix.py BOOTSTRAP TOPIC COUNT
Prints {"events": N, "seconds": s} from the first to the last event.
"""

from __future__ import annotations

import sys
import time
import uuid

import orjson
from quixstreams import Application

bootstrap, topic_name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
app = Application(
    broker_address=bootstrap,
    consumer_group=f"bench-quix-{uuid.uuid4().hex[:6]}",
    auto_offset_reset="earliest",
    use_changelog_topics=False,
    consumer_extra_config={"session.timeout.ms": 6000, "heartbeat.interval.ms": 1000},
)
source = app.topic(topic_name, value_deserializer="bytes")
sink = app.topic(f"{topic_name}.quix-out", value_serializer="bytes")
state = {"n": 0, "first": 0.0}


def count_and_pass(value: bytes) -> bytes:
    if state["n"] == 0:
        state["first"] = time.perf_counter()
    orjson.loads(value)
    state["n"] += 1
    if state["n"] >= count:
        elapsed = time.perf_counter() - state["first"]
        print(orjson.dumps({"events": state["n"], "seconds": elapsed}).decode(), flush=True)
        app.stop()
    return value


sdf = app.dataframe(source)
sdf = sdf.apply(count_and_pass)
sdf.to_topic(sink)
app.run()
