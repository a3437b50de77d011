"""A separate SDK process for the breaker tests: follows the breakers and reports what its calls did.

Run as ``python -m tests.integration.breaker_client STATE [STATE...]`` with the stack's environment:
for each state it waits until its own view shows ``pay-api`` in that state, calls ``brk_pay``
once and prints one JSON line ``{"state", "outcome", "called"}``.

``python -m tests.integration.breaker_client trials N`` waits until ``pay-api`` has opened, sleeps
until its wait ends by this process's clock (if its view still shows it open), makes N calls at once
and prints how many went through, and how many of those while its view had not seen the breaker
close (its trials).
"""

from __future__ import annotations

import sys
import time

import orjson

from errorflow.errors import CircuitOpenError
from errorflow.sdk import configure, runtime, shutdown
from errorflow.settings import Settings
from tests.integration import breaker_ops


def trials(calls: int) -> int:
    configure(Settings(), service="it-breaker-client")
    try:
        view = runtime().breakers
        # Any record of pay-api will do (its first is the opening), not its "open" state itself: a client slow to
        # start on a loaded machine reads the topic from the beginning and may get the opening and the agent's
        # half_open (or the others' closing) records in one fetch; the view keeps only the newest, so "open" was
        # never seen and the client died on the entry it found instead.
        if not view.wait_for(lambda e: e.get("pay-api") is not None, timeout_s=120):
            raise SystemExit("this process's view never saw pay-api open")
        entry = view.state_of("pay-api")
        assert entry is not None
        if entry.state == "open":  # its wait has not ended yet by the record this view has
            assert entry.open_until is not None
            time.sleep(max(0.0, entry.open_until - time.time()) + 0.05)
        admitted = trials_admitted = 0
        for _ in range(calls):
            # A trial is a call admitted while this process's view has not seen the breaker close: on a
            # busy machine another process's trials may close it before this one calls at all.
            seen = view.state_of("pay-api")
            try:
                breaker_ops.pay(1)
                admitted += 1
                trials_admitted += seen is None or seen.state != "closed"
            except CircuitOpenError:
                pass
        print(orjson.dumps({"admitted": admitted, "trials": trials_admitted, "calls": calls}).decode(), flush=True)
    finally:
        shutdown()
    return 0


def main(states: list[str]) -> int:
    if states[:1] == ["trials"]:
        return trials(int(states[1]))
    configure(Settings(), service="it-breaker-client")
    try:
        for state in states:
            seen = runtime().breakers.wait_for(
                lambda entries, state=state: entries.get("pay-api") is not None and entries["pay-api"].state == state,
                timeout_s=120,
            )
            before = len(breaker_ops.CALLS)
            try:
                breaker_ops.pay(1)
                outcome = "ok"
            except CircuitOpenError:
                outcome = "rejected"
            line = {
                "state": state,
                "seen": seen,
                "outcome": outcome,
                "called": len(breaker_ops.CALLS) > before,
                "t": time.time(),
            }
            print(orjson.dumps(line).decode(), flush=True)
    finally:
        shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
