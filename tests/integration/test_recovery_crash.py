"""Killing the pipeline worker while retries are scheduled: each retry still fires, and each attempt runs once."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from errorflow.schemas import RunCommand, decode
from errorflow.sdk import configure, shutdown
from tests.integration.helpers import consume_all, wait_for
from tests.integration.recovery_support import actions, recovery_settings, recovery_stack, start, terminal_actions

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RUNS = 4


def test_sigkill_while_retries_are_scheduled_then_restart_fires_each_retry_exactly_once(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = recovery_settings(kafka_bootstrap, tmp_path, name="crash")
    with recovery_stack(settings) as stack:
        configure(settings, service="it-crash-caller")
        try:
            # Long retries first, so on a partition they share the short ones sit behind them: the
            # scheduler's committed offset stays at the long (unfired) record, and the short ones,
            # which fired before the kill, are read and fired again after the restart.
            long_runs = [start("rec_crash_long", {"n": n}).root_run_id for n in range(RUNS)]
            short_runs = [start("rec_crash_short", {"n": n}).root_run_id for n in range(RUNS)]
        finally:
            shutdown()
        roots = long_runs + short_runs
        wait_for(
            lambda: all(any(a["action"] == "retry_scheduled" for a in actions(stack, r)) for r in long_runs),
            timeout_s=60,
            what="every long run's retry scheduled",
        )
        wait_for(
            lambda: all("succeeded_after_retry" in terminal_actions(actions(stack, r)) for r in short_runs),
            timeout_s=60,
            what="every short run retried and done before the kill",
        )
        keys = ", ".join(f"'{r}'" for r in roots)
        long_keys = ", ".join(f"'{r}'" for r in long_runs)
        assert (
            stack.value(f"SELECT count() FROM {{db}}.taskrun_events WHERE root_run_id IN ({long_keys}) AND attempt = 2")
            == 0
        )

        pipeline = stack.stack.processes["pipeline"]
        pipeline.send_signal(signal.SIGKILL)
        pipeline.wait(timeout=10)
        stack.stack.restart("pipeline")

        wait_for(
            lambda: all("succeeded_after_retry" in terminal_actions(actions(stack, r)) for r in long_runs),
            timeout_s=90,
            what="every long run's retry fired after the restart",
        )
        time.sleep(3.0)  # a retry fired twice would have run by now

        running = stack.rows(
            "SELECT root_run_id, attempt, count() AS n FROM {db}.taskrun_events "
            f"WHERE root_run_id IN ({keys}) AND status = 'running' GROUP BY root_run_id, attempt"
        )
        executions = {(row["root_run_id"], int(row["attempt"])): int(row["n"]) for row in running}
        assert executions == {(r, attempt): 1 for r in roots for attempt in (1, 2)}, executions
        successes = stack.rows(
            f"SELECT root_run_id, count() AS n FROM {{db}}.taskrun_events WHERE root_run_id IN ({keys}) "
            "AND status = 'success' GROUP BY root_run_id"
        )
        assert {row["root_run_id"]: int(row["n"]) for row in successes} == dict.fromkeys(roots, 1)
        for root in roots:
            rows = actions(stack, root)
            assert terminal_actions(rows) == ["succeeded_after_retry"], (root, rows)
            assert [a["action"] for a in rows].count("retry_scheduled") == 1, (root, rows)

    # The commands topic shows how often each retry was fired; the runner ran each attempt once regardless.
    records = asyncio.run(
        consume_all(kafka_bootstrap, settings.topic("taskruns.commands"), expect=2 * len(roots), timeout_s=20)
    )
    fired = Counter(decode(value, RunCommand).idempotency_key for _, value, _ in records)
    assert all(fired[f"{root}:2"] >= 1 for root in roots), fired
    print(f"retry commands per attempt after the restart: {sorted(Counter(fired.values()).items())}")
