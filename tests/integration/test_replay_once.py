"""Issue 9, item 8: concurrent replays of the same dead letters replay each of them once.

Two operators (or two ``errorflow dlq replay`` commands started together) both see
the same entries as new. Each entry version has one replay run id whoever asks, and
the runner runs an attempt once, so every dead letter is executed once.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import pytest

from errorflow.children import spawn
from errorflow.cli.recovery import DlqFilter, list_dead_letters, plan_replays, replay
from errorflow.schemas import utc_now
from errorflow.sdk import configure, shutdown
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for
from tests.integration.recovery_support import recovery_settings, recovery_stack, start

pytestmark = pytest.mark.integration

LETTERS = 20


@pytest.fixture(scope="module")
def stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with recovery_stack(recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("once"), name="once")) as running:
        yield running


def _dead_letters(stack: RunningStack, token: str) -> list[str]:
    """Make LETTERS dead letters whose error message holds ``token``; return their root run ids."""
    configure(stack.settings, service="it-once-caller")
    try:
        commands = [start("rec_permanent", {"account_id": f"{token}-{n}", "password": "x"}) for n in range(LETTERS)]
        roots = [command.root_run_id for command in commands]
    finally:
        shutdown()
    keys = "','".join(roots)
    wait_for(
        lambda: (
            stack.value(f"SELECT count() FROM {{db}}.dlq_current WHERE root_run_id IN ('{keys}') AND state = 'new'")
            == LETTERS
        ),
        timeout_s=90,
        what=f"{LETTERS} new dead letters",
    )
    return roots


def _executions(stack: RunningStack, roots: list[str]) -> tuple[int, int]:
    """(replay runs of ``roots``, attempts the runner started for them)."""
    keys = "','".join(roots)
    row = stack.rows(
        "SELECT uniqExact(root_run_id) AS runs, countIf(status = 'running') AS started"
        f" FROM {{db}}.taskrun_events WHERE replayed_from IN ('{keys}')"
    )[0]
    return int(row["runs"]), int(row["started"])


def _replayed_once(stack: RunningStack, roots: list[str]) -> None:
    keys = "','".join(roots)
    wait_for(
        lambda: (
            stack.value(
                f"SELECT count() FROM {{db}}.taskrun_events WHERE replayed_from IN ('{keys}') AND status = 'failed'"
            )
            >= LETTERS
        ),
        timeout_s=120,
        what="the replays' outcomes",
    )
    time.sleep(3.0)  # room for a second execution, were there one
    assert _executions(stack, roots) == (LETTERS, LETTERS)
    replayed_actions = stack.value(
        f"SELECT count() FROM {{db}}.recovery_actions WHERE action = 'replayed' AND replay_of IN ('{keys}')"
    )
    assert replayed_actions == LETTERS


def _run_together(command: list[str], env: dict[str, str], *, copies: int) -> list[tuple[int, str, str]]:
    """Start ``copies`` of ``command`` at once; wait for each and return its status and output.

    Every process is waited for (killed if it outlives the wait) before any is judged: a process
    left running when an assertion about another failed was collected during a later test, whose
    unraisable-exception warning (an error here) then failed that test instead.
    """
    processes = [
        spawn(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for _ in range(copies)
    ]
    results: list[tuple[int, str, str]] = []
    try:
        for process in processes:
            out, err = process.communicate(timeout=120)
            results.append((process.returncode, out, err))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            process.communicate()
    return results


def test_two_operators_planning_at_once_replay_each_dead_letter_once(stack: RunningStack) -> None:
    token = f"twice{uuid.uuid4().hex[:6]}"
    roots = _dead_letters(stack, token)
    where = DlqFilter(operation="rec_permanent", error=token, states=("new", "failed_after_replay"))
    # Both read the entries before either sends: the race two commands started together run.
    seen_by_ann = list_dead_letters(stack.settings, where, full=True)
    seen_by_bob = list_dead_letters(stack.settings, where, full=True)
    assert len(seen_by_ann) == len(seen_by_bob) == LETTERS
    ann = plan_replays(seen_by_ann, now=utc_now(), user="ann")
    bob = plan_replays(seen_by_bob, now=utc_now(), user="bob")
    assert len(replay(stack.settings, ann)) == len(replay(stack.settings, bob)) == LETTERS
    _replayed_once(stack, roots)


def test_two_replay_commands_started_together_replay_each_dead_letter_once(stack: RunningStack) -> None:
    token = f"cli{uuid.uuid4().hex[:6]}"
    roots = _dead_letters(stack, token)
    command = [sys.executable, "-m", "errorflow", "dlq", "replay", "--operation", "rec_permanent", "--error", token]
    env = stack.cli_env()
    for returncode, out, err in _run_together(command, env, copies=2):
        assert returncode == 0, (out, err)
    _replayed_once(stack, roots)


def test_two_runs_replay_commands_started_together_replay_each_failed_run_once(stack: RunningStack) -> None:
    token = f"runs{uuid.uuid4().hex[:6]}"
    configure(stack.settings, service="it-once-caller")
    try:
        roots = [start("rec_validate", {"email": f"{token}-{n}"}).root_run_id for n in range(LETTERS)]
    finally:
        shutdown()
    keys = "','".join(roots)
    wait_for(
        lambda: (
            stack.value(
                f"SELECT count() FROM {{db}}.taskrun_events WHERE root_run_id IN ('{keys}') AND status = 'failed'"
            )
            == LETTERS
        ),
        timeout_s=90,
        what=f"{LETTERS} failed runs",
    )
    command = [sys.executable, "-m", "errorflow", "runs", "replay", "--operation", "rec_validate", "--error", token]
    env = stack.cli_env()
    for returncode, out, err in _run_together(command, env, copies=2):
        assert returncode == 0, (out, err)
    wait_for(
        lambda: (
            stack.value(
                f"SELECT count() FROM {{db}}.taskrun_events WHERE replayed_from IN ('{keys}') AND status = 'failed'"
            )
            >= LETTERS
        ),
        timeout_s=120,
        what="the replays' outcomes",
    )
    time.sleep(3.0)  # room for a second execution, were there one
    assert _executions(stack, roots) == (LETTERS, LETTERS)
    # Asked again once the replays have ended (the order two CLIs started seconds apart run in):
    # each run was replayed already, so nothing is sent without --force.
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert again.returncode == 0, (again.stdout, again.stderr)
    assert again.stdout.count("replayed 1 time already; --force replays it again") == LETTERS, again.stdout
    assert "nothing to replay" in again.stdout
    time.sleep(3.0)
    assert _executions(stack, roots) == (LETTERS, LETTERS)
