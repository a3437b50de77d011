"""What ``errorflow runs replay`` / ``dlq replay`` cost to start: the modules they import, side by side.

Usage: python bench/bench_cli_start.py --baseline /path/to/other/.venv/bin/python [--rounds 15]

Each round runs, alternating between this interpreter and the baseline's, a fresh interpreter that
imports what the replay commands import before they query the running stack and send (the CLI, the
replay planner, the row mappers, the stack's state and SQL client, the Kafka producer), and reads its CPU time
(user + system, from the child's resource usage) and its wall time. CPU time moves less with the
machine's load than wall time; both are printed, as medians over the rounds.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time

PROBE = """
import errorflow.cli.main
from errorflow.cli import recovery, replay
from errorflow.sinks.rows import dead_letter_from_row
from errorflow.embedded.queryserver import post_sql
from errorflow.embedded.stack import read_stack_state
from errorflow.streams.kafka import make_producer
"""


def _one(python: str) -> tuple[float, float]:
    """CPU seconds and wall seconds of one fresh interpreter importing the replay path."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run([python, "-c", PROBE], check=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", required=True, help="the other checkout's Python (its .venv/bin/python)")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    pythons = {"this": sys.executable, "baseline": args.baseline}
    for python in pythons.values():  # warm the file cache and the bytecode
        _one(python)
    figures: dict[str, list[tuple[float, float]]] = {name: [] for name in pythons}
    for _ in range(args.rounds):
        for name, python in pythons.items():
            figures[name].append(_one(python))
    for name, runs in figures.items():
        cpu = statistics.median(c for c, _ in runs)
        wall = statistics.median(w for _, w in runs)
        print(f"{name:>8}: {cpu * 1000:6.0f} ms CPU, {wall * 1000:6.0f} ms wall (median of {len(runs)})")


if __name__ == "__main__":
    main()
