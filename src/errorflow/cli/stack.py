"""``errorflow up``, ``errorflow pipeline`` and ``errorflow worker``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from errorflow.settings import Settings

__all__ = ["cmd_pipeline", "cmd_up", "cmd_worker"]


def cmd_up(args: argparse.Namespace) -> int:
    """Start the embedded stack and keep it running until Ctrl-C or SIGTERM."""
    from errorflow.embedded.stack import EmbeddedStack

    settings = Settings(data_dir=Path(args.data_dir)) if args.data_dir else Settings()
    stopping = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopping.set())
    stack = EmbeddedStack(settings, ops_modules=tuple(args.ops))
    print("starting the embedded stack...", flush=True)
    info = stack.start()
    try:
        print(f"  Kafka (Tansu)  {info.kafka_bootstrap}")
        print(f"  ClickHouse     {info.clickhouse}")
        print(f'  SQL endpoint   {info.query_url}   (errorflow sql "SELECT ...")')
        print(f"  data dir       {info.data_dir}")
        for name, path in info.logs.items():
            print(f"  log {name:<10} {path}")
        for name, url in info.health.items():
            print(f"  probes {name:<7} {url}/healthz  {url}/readyz")
        print("errorflow is up. Ctrl-C stops everything.", flush=True)
        # A crashed or stuck child is restarted with backoff; a crash loop is given up on with a CRITICAL alert.
        while not stopping.wait(0.5):
            for action in stack.supervise():
                what = f"{action.target}: {action.action} ({action.outcome})"
                print(f"errorflow: {what}: {action.reason}", file=sys.stderr, flush=True)
    finally:
        print("stopping...", flush=True)
        stack.stop()
        print("stopped.", flush=True)
    return 0


def cmd_pipeline(args: argparse.Namespace) -> int:
    """Run the pipeline worker in the foreground."""
    from errorflow.pipeline import build_pipeline_app, tune_interpreter
    from errorflow.streams.app import run_worker

    settings = Settings()
    app = build_pipeline_app(settings, query_port=args.query_port)
    tune_interpreter()  # process-wide settings: this process is the pipeline's
    run_worker(app, loglevel="warn")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """Run the function runner for the operations the given modules register."""
    from errorflow.runner.worker import build_runner_app, import_operations
    from errorflow.streams.app import run_worker

    settings = Settings()
    names = import_operations(args.ops)
    print(f"runner: {len(names)} operations: {', '.join(names)}", flush=True)
    run_worker(build_runner_app(settings, concurrency=args.concurrency), loglevel="warn")
    return 0
