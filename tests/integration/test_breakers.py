"""Circuit breakers on the real stack: the agent opens, wakes, closes and recovers breakers from its changelog."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from errorflow.children import spawn
from errorflow.errors import CircuitOpenError
from errorflow.schemas.codec import encode
from errorflow.schemas.commands import RunCommand
from errorflow.sdk import configure, runtime, shutdown, submit
from errorflow.streams.topics import Topics
from tests.integration import breaker_ops
from tests.integration.breaker_support import (
    breaker_settings,
    breaker_stack,
    send_commands,
    send_operator,
    send_outcomes,
    send_raw_input,
    states,
    transitions,
)
from tests.integration.conftest import RunningStack
from tests.integration.helpers import consume_all, errorflow_cli, wait_for, wait_for_rows

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_outage_opens_after_the_failure_rate_then_trials_close_it_and_sigkill_keeps_every_breaker(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = breaker_settings(kafka_bootstrap, tmp_path / "stack", wait_open_s=3.0)
    with breaker_stack(settings) as stack:
        # Hostile input to the agent: quarantined once, and the agent carries on.
        send_raw_input(settings, "pay-api", b"not json")
        send_raw_input(settings, "pay-api", b'{"schema_version": 1, "dependency": "pay-api", "kind": "operator"}')
        # Below the minimum number of calls nothing happens, whatever the rate.
        send_outcomes(settings, "pay-api", failed=2)
        send_outcomes(settings, "ledger", ok=1, failed=1)
        # A rejected call is not a failure of the dependency.
        send_outcomes(settings, "pay-api", failed=5, error_type="errorflow.errors.CircuitOpenError")
        wait_for(
            lambda: stack.value("SELECT count() FROM {db}.taskrun_events WHERE service = 'it-breakers'") == 9,
            timeout_s=60,
            what="the events stored",
        )
        assert transitions(stack, "pay-api") == []
        # Two more failures: 4 calls, 100 % failed -> open, with the numbers that caused it.
        send_outcomes(settings, "pay-api", failed=2)
        opened = wait_for(lambda: transitions(stack, "pay-api"), timeout_s=60, what="pay-api opened")
        assert opened[0]["to_state"] == "open" and opened[0]["from_state"] == "closed"
        assert (opened[0]["reason"], int(opened[0]["calls"]), int(opened[0]["failure_count"])) == (
            "failure_rate",
            4,
            4,
        )
        alert = wait_for(
            lambda: stack.rows("SELECT * FROM {db}.alerts WHERE rule = 'breaker_open' AND dependency = 'pay-api'"),
            timeout_s=30,
            what="the breaker_open alert",
        )
        assert alert[0]["state"] == "firing"
        # The wait ends: the agent goes half-open by itself; two successful trials close it.
        wait_for(lambda: len(transitions(stack, "pay-api")) >= 2, timeout_s=60, what="pay-api half-open")
        assert transitions(stack, "pay-api")[1]["to_state"] == "half_open"
        send_outcomes(settings, "pay-api", ok=2)
        wait_for(lambda: len(transitions(stack, "pay-api")) >= 3, timeout_s=60, what="pay-api closed")
        assert [(r["to_state"], r["reason"]) for r in transitions(stack, "pay-api")][2] == (
            "closed",
            "trials_succeeded",
        )

        # ledger: 2 calls in its window. SIGKILL the pipeline, restart it: 2 more failures open it only if
        # the window came back from the changelog.
        pipeline = stack.stack.processes["pipeline"]
        pipeline.send_signal(signal.SIGKILL)
        pipeline.wait(timeout=10)
        stack.stack.restart("pipeline")
        send_outcomes(settings, "ledger", failed=2)
        ledger = wait_for(lambda: transitions(stack, "ledger"), timeout_s=90, what="ledger opened after restart")
        assert (ledger[0]["to_state"], int(ledger[0]["calls"]), int(ledger[0]["failure_count"])) == ("open", 4, 3)
        # And pay-api's state came back too: an operator override continues its sequence.
        send_operator(settings, "pay-api", "force_open", actor="ana", reason="vendor maintenance")
        wait_for(lambda: len(transitions(stack, "pay-api")) >= 4, timeout_s=60, what="pay-api forced open")
        forced = transitions(stack, "pay-api")[3]
        assert (forced["from_state"], forced["to_state"], int(forced["sequence"])) == ("closed", "forced_open", 4)
        assert (forced["actor"], forced["note"]) == ("ana", "vendor maintenance")

        quarantined = stack.rows(
            "SELECT reason FROM {db}.quarantine WHERE detected_by = 'breaker-agent' ORDER BY reason"
        )
        assert [row["reason"] for row in quarantined] == ["invalid_fields", "invalid_json"], quarantined
        records = asyncio.run(
            consume_all(kafka_bootstrap, settings.topic(Topics.BREAKERS.name), expect=6, timeout_s=30)
        )
        newest = states(records)
        assert newest["pay-api"]["state"] == "forced_open" and newest["ledger"]["state"] == "open"
        assert all(key == value_key for key, value_key in ((r[0], r[0]) for r in records))


_STARTED: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _reap_clients() -> Iterator[None]:
    """End and reap every client process a test started, whether it passed or failed.

    A test that failed between starting its clients and reading their results left the others running: their
    ``Popen`` objects, freed by the garbage collector during a later test on the same worker, warned
    "subprocess ... is still running" and of their unclosed pipes there, and the warning filters failed that
    innocent test (two of test_watchdog's, after ``test_half_open_trials...`` failed).
    """
    yield
    while _STARTED:
        process = _STARTED.pop()
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=60)  # waits for it, closes its pipes; harmless after _results did


def _client(stack: RunningStack, *states: str) -> subprocess.Popen[str]:
    process = spawn(
        [sys.executable, "-m", "tests.integration.breaker_client", *states],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=stack.cli_env(),
    )
    _STARTED.append(process)
    return process


def _listed(env: dict[str, str]) -> dict[str, dict[str, Any]]:
    listed = errorflow_cli("breakers", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    return {row["dependency"]: row for row in map(orjson.loads, listed.stdout.splitlines())}


def _results(process: subprocess.Popen[str]) -> list[dict[str, Any]]:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err[-3000:]
    return [orjson.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_open_breaker_fails_fast_in_every_sdk_process_and_the_runner_and_obeys_operators(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = breaker_settings(kafka_bootstrap, tmp_path / "stack", wait_open_s=600.0)
    with breaker_stack(settings, ops_modules=("tests.integration.breaker_ops",)) as stack:
        clients = [_client(stack, "open", "closed", "forced_open") for _ in range(2)]
        configure(settings, service="it-breaker-caller")
        try:
            # The outage: real calls fail until the failure rate over the minimum calls opens the breaker.
            for _ in range(4):
                with pytest.raises(ConnectionRefusedError):
                    breaker_ops.pay(5, fail=True)
            view = runtime().breakers
            assert view.wait_for(lambda e: e.get("pay-api") is not None and e["pay-api"].state == "open", 90)
            called = len(breaker_ops.CALLS)
            with pytest.raises(CircuitOpenError) as caught:
                breaker_ops.pay(6)
            assert len(breaker_ops.CALLS) == called and caught.value.retry_at is not None

            # The runner checks the same view: a submitted run is rejected without running.
            command = submit("brk_pay", {"amount": 7})
            rejected = wait_for(
                lambda: stack.rows(
                    "SELECT status, error_type FROM {db}.taskrun_events "
                    f"WHERE run_id = '{command.run_id}' AND status = 'failed'"
                ),
                timeout_s=90,
                what="the runner's rejected attempt",
            )
            assert rejected[0]["error_type"] == "errorflow.errors.CircuitOpenError"
            ran = f"SELECT count() FROM {{db}}.taskrun_events WHERE run_id = '{command.run_id}' AND status = 'running'"
            assert stack.value(ran) == 0

            # Operators: force-close, then force-open; every process obeys.
            env = {**stack.cli_env(), "ERRORFLOW_RECOVERY__POLICIES_FILE": str(settings.recovery.policies_file)}
            done = errorflow_cli(
                "breakers", "force-close", "pay-api", "--reason", "vendor says fixed", "--user", "ana", env=env
            )
            assert done.returncode == 0, done.stderr
            # A mistyped name is refused, naming the real one, and nothing is sent (the overrides logged below
            # are the two real ones): it would have made a second breaker and left pay-api as it was.
            typo = errorflow_cli("breakers", "force-open", "pay-apii", "--reason", "typo", "--user", "ana", env=env)
            assert typo.returncode == 2 and "closest: pay-api" in typo.stderr, typo.stderr
            assert view.wait_for(lambda e: e["pay-api"].state == "closed", 90)
            assert breaker_ops.pay(8) == {"paid": 8}
            # Closed again: the listing counts the calls since it closed (this process's and each client's
            # success; rejections never count).
            seen: list[dict[str, Any]] = []

            def closed_window() -> dict[str, Any] | None:
                row = _listed(env).get("pay-api")
                seen[:] = [row or {}]
                return row if row and row["state"] == "closed" and row["calls_in_window"] == 3 else None

            try:
                listed_closed = wait_for(closed_window, timeout_s=90, what="the closed breaker's window listed")
            except AssertionError as exc:
                dump = stack.rows(
                    "SELECT operation, service, channel, run_id, attempt, status, occurred_at FROM {db}.taskrun_events "
                    "WHERE dependency = 'pay-api' AND status IN ('success', 'failed') ORDER BY occurred_at"
                )
                raise AssertionError(f"{exc}; last listing {seen}; events {dump}") from exc
            assert (listed_closed["failure_rate"], listed_closed["numbers"]) == (0.0, "window")
            done = errorflow_cli(
                "breakers", "force-open", "pay-api", "--reason", "maintenance window", "--user", "ana", env=env
            )
            assert done.returncode == 0, done.stderr
            assert view.wait_for(lambda e: e["pay-api"].state == "forced_open", 90)
            with pytest.raises(CircuitOpenError):
                breaker_ops.pay(9)
        finally:
            shutdown()
        for client in clients:
            results = _results(client)
            assert [(r["state"], r["seen"], r["outcome"], r["called"]) for r in results] == [
                ("open", True, "rejected", False),
                ("closed", True, "ok", True),
                ("forced_open", True, "rejected", False),
            ]
        # Rejected calls never counted as failures: the only automatic transition is the first opening.
        rows = wait_for_rows(lambda: transitions(stack, "pay-api"), count=3, timeout_s=60, what="transitions stored")
        assert [(r["to_state"], r["reason"]) for r in rows] == [
            ("open", "failure_rate"),
            ("closed", "force_close"),
            ("forced_open", "force_open"),
        ]
        assert int(rows[0]["calls"]) == 4
        assert [(r["actor"], r["note"]) for r in rows[1:]] == [
            ("ana", "vendor says fixed"),
            ("ana", "maintenance window"),
        ]
        # Every override is logged as a recovery action with who and why.
        overrides = (
            "SELECT reason, detail FROM {db}.recovery_actions WHERE action = 'breaker_override' ORDER BY decided_at"
        )
        logged = wait_for_rows(lambda: stack.rows(overrides), count=2, timeout_s=60, what="overrides logged")
        assert [r["reason"] for r in logged] == ["force_close", "force_open"]
        assert "ana" in logged[0]["detail"] and "vendor says fixed" in logged[0]["detail"]
        by_dependency = _listed(env)
        assert by_dependency["pay-api"]["state"] == "forced_open"
        assert by_dependency["ledger"]["state"] == "closed"  # configured, never opened


def test_retries_for_an_open_dependency_wait_for_it_instead_of_using_up_attempts(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    settings = breaker_settings(kafka_bootstrap, tmp_path / "stack", wait_open_s=8.0)
    down = tmp_path / "pay-api-is-down"
    down.touch()
    with breaker_stack(settings, ops_modules=("tests.integration.breaker_ops",)) as stack:
        configure(settings, service="it-breaker-caller")
        try:
            roots = [submit("brk_charge", {"amount": n, "down_flag": str(down)}).root_run_id for n in range(4)]
        finally:
            shutdown()
        # Four first attempts fail: the breaker opens; every retry (due 3 s later) is deferred, not run.
        wait_for(lambda: transitions(stack, "pay-api"), timeout_s=90, what="pay-api opened")
        keys = ", ".join(f"'{r}'" for r in roots)
        deferred_sql = (
            "SELECT DISTINCT root_run_id FROM {db}.recovery_actions "
            f"WHERE action = 'breaker_deferred' AND root_run_id IN ({keys})"
        )
        wait_for(lambda: len(stack.rows(deferred_sql)) == 4, timeout_s=90, what="every retry deferred")
        down.unlink()  # the dependency is back before the breaker's wait ends
        done_sql = (
            "SELECT root_run_id, max(attempt) AS attempts FROM {db}.taskrun_events "
            f"WHERE root_run_id IN ({keys}) AND status = 'success' GROUP BY root_run_id"
        )
        succeeded = wait_for(
            lambda: (rows := stack.rows(done_sql)) and len(rows) == 4 and rows,
            timeout_s=120,
            what="every run succeeded after the breaker let it through",
        )
        # A deferral uses up no attempt: each run succeeded on the attempt after its last real failure
        # (the first attempts, and any retry that ran before the breaker had opened), and no attempt
        # was rejected by the breaker.
        failures = stack.rows(
            "SELECT root_run_id, attempt, error_type FROM {db}.taskrun_events "
            f"WHERE root_run_id IN ({keys}) AND status = 'failed' ORDER BY root_run_id, attempt"
        )
        assert {row["error_type"] for row in failures} == {"builtins.ConnectionRefusedError"}, failures
        failed_per_run = dict.fromkeys(roots, 0)
        for row in failures:
            failed_per_run[row["root_run_id"]] += 1
        assert {row["root_run_id"]: int(row["attempts"]) for row in succeeded} == {
            root: failed + 1 for root, failed in failed_per_run.items()
        }, failures
        dead = stack.value(
            f"SELECT count() FROM {{db}}.recovery_actions WHERE root_run_id IN ({keys}) AND action = 'dead_lettered'"
        )
        assert dead == 0
        stored = wait_for_rows(lambda: transitions(stack, "pay-api"), count=3, timeout_s=60, what="transitions stored")
        states_seen = [(r["to_state"], r["reason"]) for r in stored]
        assert states_seen[:3] == [
            ("open", "failure_rate"),
            ("half_open", "wait_elapsed"),
            ("closed", "trials_succeeded"),
        ]


def test_a_retry_too_large_to_defer_is_recorded_rejected_not_left_without_an_end(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """A deferred retry is a few bytes larger than its command: one that would not fit is not deferred.

    Deferred anyway, the emitter set the copy aside as too large and the run waited for ever with
    no terminal state, while its ``breaker_deferred`` action said it would come back.
    """
    settings = breaker_settings(kafka_bootstrap, tmp_path / "stack", wait_open_s=600.0)
    limit = 64 * 1024
    settings = settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"max_message_bytes": limit})})
    with breaker_stack(settings, ops_modules=("tests.integration.breaker_ops",)) as stack:
        send_operator(settings, "pay-api", "force_open", reason="maintenance")
        deferred_sql = "SELECT root_run_id FROM {db}.recovery_actions WHERE action = 'breaker_deferred' AND %s"
        # A small retry is deferred once the runner sees the forced-open breaker (then the large one meets it too).
        smalls: list[str] = []
        deadline = time.monotonic() + 90
        while not smalls or not stack.rows(deferred_sql % f"root_run_id IN ({', '.join(smalls)})"):
            assert time.monotonic() < deadline, "no small retry was deferred"
            small = RunCommand(reason="retry", operation="brk_note", attempt=2, input={"amount": 1})
            smalls.append(f"'{small.root_run_id}'")
            send_commands(settings, [small])
            time.sleep(3)
        large = RunCommand(reason="retry", operation="brk_note", attempt=2, input={"amount": 2, "memo": ""})
        room = limit - len(encode(large)) - len(large.key) - 8  # 8 bytes short of the limit: fits, its deferral not
        large = large.model_copy(update={"input": {"amount": 2, "memo": "m" * room}})
        assert limit - 16 < len(encode(large)) + len(large.key) <= limit
        send_commands(settings, [large])
        run = large.root_run_id
        failed = wait_for(
            lambda: stack.rows(
                f"SELECT error_type FROM {{db}}.taskrun_events WHERE root_run_id = '{run}' AND status = 'failed'"
            ),
            timeout_s=90,
            what="the large retry recorded rejected by the open breaker",
        )
        assert [row["error_type"] for row in failed] == ["errorflow.errors.CircuitOpenError"]
        # Waited for like the event, not read once: the engine shows taskrun_events' new part a moment before
        # its views' parts (docs/queries.md), and a read between the two found no run (one full-suite CI run).
        ends = wait_for_rows(
            lambda: stack.rows(f"SELECT status, finished FROM {{db}}.taskrun_runs WHERE root_run_id = '{run}'"),
            count=1,
            timeout_s=30,
            what="the large retry's run",
        )
        assert [(row["status"], int(row["finished"])) for row in ends] == [("failed", 1)]
        # Its outcome cannot reach recovery either (the command it carries is as large): one quarantine
        # record says so, at the command's place, and names the attempt to replay.
        cut = wait_for_rows(
            lambda: stack.rows(f"SELECT reason, detail FROM {{db}}.quarantine WHERE detail LIKE '%{run}:2%'"),
            count=1,
            timeout_s=60,
            what="the outcome's quarantine record",
        )
        assert len(cut) == 1 and "replay the run" in cut[0]["detail"], cut
        assert stack.rows(deferred_sql % f"root_run_id = '{run}'") == []
        running = f"SELECT count() FROM {{db}}.taskrun_events WHERE root_run_id = '{run}' AND status = 'running'"
        assert stack.value(running) == 0


def test_half_open_trials_are_limited_per_process_across_processes(kafka_bootstrap: str, tmp_path: Path) -> None:
    settings = breaker_settings(kafka_bootstrap, tmp_path / "stack", wait_open_s=6.0)
    with breaker_stack(settings) as stack:
        clients = [_client(stack, "trials", "5") for _ in range(3)]
        send_outcomes(settings, "pay-api", failed=4)
        wait_for(lambda: transitions(stack, "pay-api"), timeout_s=90, what="pay-api opened")
        results = [_results(client)[0] for client in clients]
        # half_open_calls = 2: each process admits at most 2 trials of its 5 calls, 3 processes at most 6. A
        # process whose view saw the breaker close (the others' trials succeeded first) calls it closed: no trials.
        assert all(r["trials"] <= 2 for r in results), results
        assert sum(r["trials"] for r in results) >= 2, results
        wait_for(
            lambda: any(r["to_state"] == "closed" for r in transitions(stack, "pay-api")),
            timeout_s=90,
            what="the trials closed the breaker",
        )
        closing = next(r for r in transitions(stack, "pay-api") if r["to_state"] == "closed")
        assert closing["reason"] == "trials_succeeded" and int(closing["calls"]) >= 2
