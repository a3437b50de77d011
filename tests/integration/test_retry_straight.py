"""A retry due within the dispatch lead goes straight to the runner: run once, not before due, across a crash.

The recovery agent sends such a retry to ``taskruns.commands`` instead of ``taskruns.retry``
(:func:`errorflow.agents.recovery.straight_to_runner`). With a 5 s lead and a 4.5 s backoff every
retry goes straight and reaches the runner well before it is due: the runner must hold it. The
pipeline is then killed and its recovery group's offsets on the attempts topic set back to the
start, as a crash before the agent's commit leaves them: the restarted agent decides every
outcome again and sends every retry again (now overdue, straight again). The runner runs each
attempt once all the same.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from errorflow.sdk import configure, shutdown
from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for
from tests.integration.recovery_support import (
    actions,
    group_member,
    recovery_settings,
    recovery_stack,
    retry_commands,
    seconds,
    start,
    terminal_actions,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RUNS = 4


async def _rewind(settings: Settings, group: str) -> None:
    """Join ``group`` while its agent is down and commit offset 0 on every attempts partition."""
    async with group_member(settings, group, settings.topic(Topics.ATTEMPTS.name)) as member:
        deadline = time.monotonic() + 60
        while len(member.assignment()) < settings.kafka.partitions:  # the killed member's session ends first
            assert time.monotonic() < deadline, member.assignment()
            await member.getmany(timeout_ms=200)
        await member.commit(dict.fromkeys(member.assignment(), 0))


def _executions(stack: RunningStack, roots: list[str]) -> dict[tuple[str, int], int]:
    keys = ", ".join(f"'{r}'" for r in roots)
    rows = stack.rows(
        "SELECT root_run_id, attempt, count() AS n FROM {db}.taskrun_events "
        f"WHERE root_run_id IN ({keys}) AND status = 'running' GROUP BY root_run_id, attempt"
    )
    return {(row["root_run_id"], int(row["attempt"])): int(row["n"]) for row in rows}


def _assert_started_once_and_not_before_due(stack: RunningStack, roots: list[str]) -> None:
    assert _executions(stack, roots) == {(r, attempt): 1 for r in roots for attempt in (1, 2)}
    for root in roots:
        rows = actions(stack, root)
        assert terminal_actions(rows) == ["succeeded_after_retry"], (root, rows)
        (scheduled,) = [a for a in rows if a["action"] == "retry_scheduled"]
        (started,) = stack.rows(
            "SELECT occurred_at FROM {db}.taskrun_events "
            f"WHERE root_run_id = '{root}' AND attempt = 2 AND status = 'running'"
        )
        assert seconds(started["occurred_at"]) >= seconds(scheduled["due_at"]), (root, started, scheduled)


def test_a_retry_sent_straight_to_the_runner_runs_once_not_before_due_across_a_pipeline_crash(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = recovery_settings(kafka_bootstrap, tmp_path, name="straight")
    settings = settings.model_copy(update={"recovery": settings.recovery.model_copy(update={"dispatch_lead_s": 5.0})})
    with recovery_stack(settings) as stack:
        configure(settings, service="it-straight-caller")
        try:
            roots = [start("rec_straight", {"n": n}).root_run_id for n in range(RUNS)]
        finally:
            shutdown()
        wait_for(
            lambda: all("succeeded_after_retry" in terminal_actions(actions(stack, r)) for r in roots),
            timeout_s=60,
            what="every run retried and done",
        )
        # Due 4.5 s after the failure, within the 5 s lead: none went through the retry scheduler.
        assert retry_commands(settings, roots, topic=Topics.RETRY.name) == Counter()
        assert retry_commands(settings, roots, topic=Topics.COMMANDS.name) == Counter({f"{r}:2": 1 for r in roots})
        _assert_started_once_and_not_before_due(stack, roots)

        pipeline = stack.stack.processes["pipeline"]
        pipeline.send_signal(signal.SIGKILL)
        pipeline.wait(timeout=10)
        asyncio.run(_rewind(settings, f"{settings.app_id}-recovery"))
        stack.stack.restart("pipeline")

        # The restarted agent decided every outcome again: each retry is on the commands topic twice.
        wait_for(
            lambda: (
                all(n >= 2 for n in retry_commands(settings, roots, topic=Topics.COMMANDS.name).values())
                and len(retry_commands(settings, roots, topic=Topics.COMMANDS.name)) == RUNS
            ),
            timeout_s=90,
            what="every retry sent again by the restarted recovery agent",
        )
        time.sleep(3.0)  # a retry run twice would have run by now
        _assert_started_once_and_not_before_due(stack, roots)
        keys = ", ".join(f"'{r}'" for r in roots)
        successes = stack.rows(
            f"SELECT root_run_id, count() AS n FROM {{db}}.taskrun_events WHERE root_run_id IN ({keys}) "
            "AND status = 'success' GROUP BY root_run_id"
        )
        assert {row["root_run_id"]: int(row["n"]) for row in successes} == dict.fromkeys(roots, 1)
