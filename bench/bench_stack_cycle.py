"""Start and stop the embedded stack (a pipeline and a runner on one Tansu), as each integration test module does.

Usage: python bench/bench_stack_cycle.py [--cycles N]

Prints, per cycle, the wall time until the pipeline answers SQL and until both
children have exited after SIGTERM, and the CPU the children used. Compare two
checkouts by running it from each, alternately: the machine's speed drifts.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from errorflow.embedded.stack import EmbeddedStack
from errorflow.embedded.tansu import TansuBroker
from errorflow.settings import Settings


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=3)
    args = parser.parse_args()
    starts: list[float] = []
    stops: list[float] = []
    with TansuBroker() as broker, tempfile.TemporaryDirectory(prefix="bench-stack-") as tmp:
        for cycle in range(1, args.cycles + 1):
            token = uuid.uuid4().hex[:8]
            settings = Settings(
                data_dir=Path(tmp) / token,
                app_id=f"bench-{token}",
                kafka={"bootstrap": broker.bootstrap, "topic_prefix": f"b{token}."},
                clickhouse={"database": f"b_{token}"},
            )
            stack = EmbeddedStack(settings, ops_modules=("tests.integration.ops",))
            cpu = _children_cpu_s()
            began = time.monotonic()
            stack.start(ready_timeout_s=180)
            ready = time.monotonic()
            stack.stop()
            stopped = time.monotonic()
            starts.append(ready - began)
            stops.append(stopped - ready)
            print(
                f"cycle {cycle}: ready after {ready - began:.2f} s, stopped in {stopped - ready:.2f} s, "
                f"children {_children_cpu_s() - cpu:.1f} CPU-s",
                flush=True,
            )
    print(f"median: ready after {statistics.median(starts):.2f} s, stopped in {statistics.median(stops):.2f} s")


if __name__ == "__main__":
    main()
