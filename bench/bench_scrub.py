"""Per-call cost of the scrubber on ordinary failures: what every failure and every stored event pays.

Four costs, each the best of ``--repeat`` rounds of ``--calls`` calls, in microseconds of the thread's CPU
time (wall time on a shared machine mostly measures the other processes):
- ``scrub_text`` of an ordinary traceback and message (the SDK, on every failure), and of a JVM-style
  traceback whose long names (20+ letters in a row, digits among them) pass the token rule's first check;
- ``may_hold_secret`` of an ordinary event's JSON (the sink's check, on every event);
- ``scrub`` of an ordinary context with labels (the SDK's structures).
Texts holding no secret: the common case, where the rules' literal gates decide.

Run it with two interpreters to compare two trees side by side, alternating runs:
``python bench/bench_scrub.py`` with each tree's ``.venv/bin/python``.

Usage: python bench/bench_scrub.py [--calls 20000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import orjson

from errorflow.sdk.scrub import Scrubber

TRACEBACK = (
    "Traceback (most recent call last):\n"
    '  File "/srv/app/sync/crm.py", line 118, in fetch_accounts\n'
    "    response = session.get(url, params={'page': page}, timeout=10)\n"
    '  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 602, in get\n'
    '    return self.request("GET", url, **kwargs)\n'
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='crm.example.com', port=443): "
    "Max retries exceeded with url: /v2/accounts?page=3&sort=name (Caused by NewConnectionError("
    "'<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d0e90>: Failed to establish a new connection: "
    "[Errno 111] Connection refused'))\n"
)
LONG_NAMES = (
    "".join(
        f"\tat org.apache.kafka.clients.producer.internals.RecordAccumulatorV2.add{n}(RecordAccumulatorV2.java:{n})\n"
        for n in range(100, 130)
    )
    + "org.apache.kafka.common.errors.RecordTooLargeExceptionForPartition42: the batch is 2097152 bytes\n"
)
MESSAGE = "upstream returned 503 for request 3f2a1c4e-9b7d-4e21-8f3a-2c1d0e9b8a7f after 3 attempts (author: ann)"
EVENT = orjson.dumps(
    {
        "error_message": MESSAGE,
        "error_traceback": TRACEBACK,
        "input_dump": {"account": "acme", "page": 3, "region": "eu-west-1"},
        "labels": {"team": "crm", "tier": "gold", "owner": "ann"},
    }
)
CONTEXT = {
    "code": "ECONNREFUSED",
    "bases": ["ConnectionError", "OSError"],
    "causes": [{"type": "NewConnectionError", "message": "Failed to establish a new connection"}],
    "labels": {"team": "crm", "tier": "gold", "authority": "crm.example.com"},
}


def best_us(call: Callable[[], object], calls: int, repeat: int) -> float:
    """The best round's microseconds per call."""
    best = float("inf")
    for _ in range(repeat):
        started = time.thread_time()
        for _ in range(calls):
            call()
        best = min(best, (time.thread_time() - started) / calls * 1e6)
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    scrubber = Scrubber()
    assert scrubber.scrub_text(TRACEBACK) == TRACEBACK and scrubber.scrub_text(MESSAGE) == MESSAGE
    assert scrubber.scrub_text(LONG_NAMES) == LONG_NAMES
    cases: dict[str, Callable[[], object]] = {
        "scrub_text(traceback)": lambda: scrubber.scrub_text(TRACEBACK),
        "scrub_text(message)": lambda: scrubber.scrub_text(MESSAGE),
        "scrub_text(long names)": lambda: scrubber.scrub_text(LONG_NAMES),
        "may_hold_secret(event)": lambda: scrubber.may_hold_secret(EVENT),
        "scrub(context)": lambda: scrubber.scrub(CONTEXT),
    }
    for name, call in cases.items():
        print(f"{name:26s} {best_us(call, args.calls, args.repeat):8.2f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
