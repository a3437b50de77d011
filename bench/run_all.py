"""Run every benchmark in turn (``make bench``); each prints its own side-by-side figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    "bench_classify.py",
    "bench_sdk.py",
    "bench_sink.py",
    "bench_ingest.py",
    "bench_detection.py",
    "bench_recovery.py",
    "bench_breakers.py",
    "bench_anomalies.py",
    "bench_anomaly_latency.py",
]


def main() -> int:
    failed = []
    for name in BENCHES:
        print(f"\n######## {name}", flush=True)
        if subprocess.run([sys.executable, str(HERE / name)], check=False).returncode != 0:
            failed.append(name)
    print(f"\nbenchmarks that missed a target or failed: {', '.join(failed) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
