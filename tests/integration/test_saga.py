"""Issue 14 items 3-5 end to end on the embedded stack (real Tansu + chDB): bulk runs, compensation, fallbacks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import RunCommand, encode
from errorflow.schemas.commands import CompensationStep, PriorError
from errorflow.schemas.ids import new_id
from errorflow.sdk import CachedFallback, configure, operation, runtime, shutdown
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack
from tests.integration.helpers import errorflow_cli, wait_for
from tests.integration.recovery_support import actions, events, recovery_settings, start, wait_for_action

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def saga_stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """A pipeline worker and a runner for ``tests.integration.saga_ops``."""
    settings = recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("saga"), name="saga")
    stack = EmbeddedStack(settings, ops_modules=("tests.integration.saga_ops",))
    stack.start(ready_timeout_s=90)
    try:
        yield RunningStack(stack, settings)
    finally:
        stack.stop()


@pytest.fixture
def sdk(saga_stack: RunningStack) -> Iterator[None]:
    configure(saga_stack.settings, service="it-saga-caller")
    yield
    shutdown()


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_bulk_run_with_3_of_10_items_failing_retries_exactly_those_3(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    log = tmp_path / "bulk.log"
    items = [{"id": n} for n in range(10)]
    command = start("saga_bulk_import", {"items": items, "flaky": [2, 5, 8], "log": str(log)})
    root = command.root_run_id
    rows = wait_for_action(saga_stack, root, "succeeded_after_retry", timeout_s=90)

    [retry] = [r for r in rows if r["action"] == "retry_scheduled"]
    assert (retry["attempt"], retry["category"]) == (1, "transient")
    done = _lines(log)
    assert sorted(e["id"] for e in done if e["attempt"] == 1) == list(range(10))
    assert sorted(e["id"] for e in done if e["attempt"] == 2) == [2, 5, 8]  # the successful 7 never ran again
    assert not [e for e in done if e["attempt"] > 2]
    # The retry's input carried the subset, as its recorded events show.
    second = wait_for(
        lambda: saga_stack.rows(
            f"SELECT input_dump, status FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' "
            "AND attempt = 2 AND status = 'success'"
        ),
        timeout_s=30,
        what="attempt 2's success event",
    )
    assert json.loads(str(second[0]["input_dump"]))["items"] == [{"id": 2}, {"id": 5}, {"id": 8}]
    assert [e["status"] for e in events(saga_stack, root) if e["status"] in ("failed", "success")] == [
        "failed",
        "success",
    ]


class _Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_cached_fallback_serves_stale_data_flagged_degraded_and_refuses_data_past_max_age(
    saga_stack: RunningStack, sdk: None
) -> None:
    clock = _Clock()
    cache = CachedFallback(max_age_s=3 * 3600, clock=clock)
    state = {"down": False, "price": 10.0}

    @operation(name="saga_price", service="it-saga-caller", fallback=cache, register=False)
    def price(sku: str) -> dict[str, float]:
        if state["down"]:
            raise ConnectionResetError(104, "Connection reset by peer")
        return {"price": state["price"]}

    assert price("sku-1") == {"price": 10.0}
    state["down"] = True
    clock.now += 2 * 3600  # two hours later: stale but within max_age
    assert price("sku-1") == {"price": 10.0}
    clock.now += 2 * 3600  # four hours after the good result: past max_age
    with pytest.raises(ConnectionResetError):
        price("sku-1")
    assert runtime().emitter.flush(10)

    rows = wait_for(
        lambda: (
            (
                found := saga_stack.rows(
                    "SELECT status, degraded, degraded_error_type, degraded_error_message, data_age_s, error_type "
                    "FROM {db}.taskrun_events WHERE operation = 'saga_price' AND status IN ('success', 'failed') "
                    "AND channel = 'direct' "
                    "ORDER BY occurred_at"
                )
            )
            and len(found) >= 3
            and found
        ),
        timeout_s=60,
        what="three final events of saga_price",
    )
    # Three calls within a few milliseconds: told apart by what they are, not by their times.
    assert sorted((r["status"], bool(r["degraded"])) for r in rows) == [
        ("failed", False),
        ("success", False),
        ("success", True),
    ]
    [fresh] = [r for r in rows if r["status"] == "success" and not r["degraded"]]
    [degraded] = [r for r in rows if r["degraded"]]
    [refused] = [r for r in rows if r["status"] == "failed"]
    assert fresh["data_age_s"] is None
    assert degraded["data_age_s"] == 7200.0
    assert degraded["degraded_error_type"] == "builtins.ConnectionResetError"
    assert degraded["degraded_error_message"] == "[Errno 104] Connection reset by peer"
    assert degraded["error_type"] is None  # a degraded run is a success, not an error
    assert refused["error_type"] == "builtins.ConnectionResetError"  # the original error, recorded
    # (Recovery retries that transient failure through the runner, which does not have this test's
    # operation: those attempts are the runner's service's, on channel worker, and are left out here.)

    usage = saga_stack.rows(
        "SELECT finished, degraded_runs, round(fallback_usage_rate, 4) AS rate, max_data_age_s "
        "FROM {db}.fallback_usage(since = now64(3) - INTERVAL 1 HOUR, until = now64(3) + INTERVAL 1 MINUTE) "
        "WHERE operation = 'saga_price' AND service = 'it-saga-caller'"
    )
    assert usage == [{"finished": 3, "degraded_runs": 1, "rate": 0.3333, "max_data_age_s": 7200.0}]


def test_compensations_of_every_attempt_run_in_reverse_order_once_the_run_fails_for_good(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    log = tmp_path / "seats.log"
    command = start("saga_book_seats", {"seats": ["s1", "s2", "s3"], "log": str(log)})
    root = command.root_run_id
    rows = wait_for_action(saga_stack, root, "compensated", timeout_s=90)

    assert [r["action"] for r in rows if r["action"] != "compensated"] == ["retry_scheduled", "dead_lettered"]
    wait_for(lambda: len(_lines(log)) >= 12, timeout_s=30, what="six undos")
    entries = _lines(log)
    # Nothing was undone after attempt 1 (compensate_on="final"); then every attempt's work, newest first.
    assert [e.get("do") or f"undo {e['undo']}" for e in entries] == [
        "s1-a1",
        "s2-a1",
        "s3-a1",
        "s1-a2",
        "s2-a2",
        "s3-a2",
        "undo s3-a2",
        "undo s2-a2",
        "undo s1-a2",
        "undo s3-a1",
        "undo s2-a1",
        "undo s1-a1",
    ]
    # Each compensation got its stable key: the registering attempt's run id and its index.
    failed = wait_for(  # the events reach the store on their own topic: wait for both failures
        lambda: len(found := [e for e in events(saga_stack, root) if e["status"] == "failed"]) == 2 and found,
        timeout_s=60,
        what="the two failed events",
    )
    runs = {int(e["attempt"]): e["run_id"] for e in failed}
    undo_keys = [e["key"] for e in entries if "undo" in e]
    assert undo_keys == [f"{runs[2]}:2", f"{runs[2]}:1", f"{runs[2]}:0", f"{runs[1]}:2", f"{runs[1]}:1", f"{runs[1]}:0"]
    [done] = [r for r in rows if r["action"] == "compensated"]
    assert done["attempt"] == 2 and "6 compensation(s)" in str(done["detail"])


def test_failing_compensation_is_dead_lettered_with_both_errors_and_its_replay_compensates(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    log = tmp_path / "trip.log"
    gateway_up = tmp_path / "gateway-up"
    command = start("saga_charge_trip", {"seat": "12A", "amount": 300, "log": str(log), "gateway_up": str(gateway_up)})
    root = command.root_run_id
    rows = wait_for_action(saga_stack, root, "compensation_failed", timeout_s=90)
    [failed] = [r for r in rows if r["action"] == "compensation_failed"]
    letter = wait_for(
        lambda: saga_stack.rows(
            f"SELECT * FROM {{db}}.dlq_current WHERE root_run_id = '{root}' AND reason = 'compensation_failed'"
        ),
        timeout_s=60,
        what="the compensation's dead letter",
    )[0]
    assert letter["dlq_id"] == failed["dlq_id"]
    # Both errors: the compensation's as the dead letter's error, the run's in its attempts and detail.
    assert letter["error_type"] == "builtins.PermissionError"
    assert "/payments/refunds" in str(letter["error_message"])
    attempts = json.loads(str(letter["attempts"]))
    assert attempts[-1]["error_type"] == "builtins.PermissionError"
    assert "/hotel/bookings" in attempts[-1]["error_message"]
    assert "/hotel/bookings" in str(letter["detail"]) and "saga_refund" in str(letter["detail"])
    # The refund ran first (reverse order) and stopped the saga: the seat was not released yet.
    assert [e.get("do") or e.get("undo") for e in _lines(log)] == ["12A", "charge 300"]

    gateway_up.touch()  # the operator fixes the gateway, then replays the dead letter
    replayed = errorflow_cli("dlq", "replay", str(letter["dlq_id"]), env=saga_stack.cli_env())
    assert replayed.returncode == 0, replayed.stderr
    wait_for(
        lambda: saga_stack.rows(
            f"SELECT action FROM {{db}}.recovery_actions WHERE replay_of = '{root}' AND action = 'compensated'"
        ),
        timeout_s=90,
        what="the replay's compensated action",
    )
    entries = _lines(log)
    assert [e.get("do") or e.get("undo") for e in entries] == ["12A", "charge 300", "refund 300", "12A"]
    # The replay's outcome is written back to the dead letter.
    wait_for(
        lambda: (
            saga_stack.value(f"SELECT state FROM {{db}}.dlq_current WHERE dlq_id = '{letter['dlq_id']}'")
            == "succeeded_after_replay"
        ),
        timeout_s=60,
        what="succeeded_after_replay",
    )
    # The replay ran the same steps under the same stable keys.
    [failed_event] = wait_for(
        lambda: [e for e in events(saga_stack, root) if e["status"] == "failed"], timeout_s=60, what="the failure"
    )
    run_id = failed_event["run_id"]
    assert [e["key"] for e in entries[2:]] == [f"{run_id}:1", f"{run_id}:0"]


def test_every_failure_mode_undoes_each_failed_attempt_and_keeps_the_successful_one(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    log = tmp_path / "stock.log"
    command = start("saga_reserve_stock", {"sku": "sku-9", "log": str(log)})
    root = command.root_run_id
    rows = wait_for_action(saga_stack, root, "succeeded_after_retry", timeout_s=90)
    wait_for(lambda: any(r["action"] == "compensated" for r in actions(saga_stack, root)), timeout_s=60, what="undo")
    entries = _lines(log)
    assert sorted(e.get("do") or f"undo {e['undo']}" for e in entries) == ["sku-9-a1", "sku-9-a2", "undo sku-9-a1"]
    assert [r["action"] for r in rows if r["action"] == "retry_scheduled"] == ["retry_scheduled"]
    [undone] = [r for r in actions(saga_stack, root) if r["action"] == "compensated"]
    assert undone["attempt"] == 1  # attempt 1's reservation, undone right after it failed


def test_a_second_compensate_command_of_an_attempt_undoes_only_its_new_steps_once(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    """The watchdog's and the woken runner's compensate commands of one timed-out attempt, on the real runner.

    Both have the attempt's key ``<root>:3:compensate``: the runner skipped the second as a duplicate, so
    the steps the frozen attempt registered (only the woken runner could report them) were never undone.
    """
    log = tmp_path / "late.log"
    root, attempt_3 = new_id(), new_id()

    def seat(name: str, run_id: str, index: int) -> CompensationStep:
        return CompensationStep(
            name="saga_release_seat", kwargs={"seat": name, "log": str(log)}, run_id=run_id, index=index
        )

    carried = [seat("s1-a1", new_id(), 0), seat("s1-a2", new_id(), 0)]
    late = [seat("s1-a3", attempt_3, 0), seat("s2-a3", attempt_3, 1)]
    error = PriorError(attempt=3, run_id=attempt_3, error_type="builtins.TimeoutError", category="transient")

    def ask(steps: list[CompensationStep]) -> RunCommand:
        return RunCommand(
            command_id=new_id(),
            reason="compensate",
            run_id=attempt_3,
            root_run_id=root,
            attempt=3,
            operation="saga_book_seats",
            previous_errors=[error],
            compensations=steps,
        )

    watchdogs, woken = ask(carried), ask([*carried, *late])
    assert watchdogs.idempotency_key == woken.idempotency_key
    commands = saga_stack.settings.topic(Topics.COMMANDS.name)

    def send(*sent: RunCommand) -> None:
        for command in sent:
            runtime().emitter.emit(commands, command.key, encode(command))
        assert runtime().emitter.flush(10)

    send(watchdogs)
    wait_for(lambda: len(_lines(log)) >= 2, timeout_s=60, what="the carried steps undone")
    send(woken, watchdogs)  # the woken runner's command, and a redelivery of the first
    rows = wait_for(
        lambda: len(found := [r for r in actions(saga_stack, root) if r["action"] == "compensated"]) >= 2 and found,
        timeout_s=90,
        what="two compensated actions",
    )
    assert sorted("2 compensation(s)" in str(r["detail"]) for r in rows) == [True, True]
    # A sentinel after the redeliveries: once it is undone, a repeat of the others would have shown.
    send(woken, ask([seat("sentinel", attempt_3, 2)]))
    wait_for(lambda: any(e["undo"] == "sentinel" for e in _lines(log)), timeout_s=60, what="the sentinel")
    undone = [e["undo"] for e in _lines(log) if e["undo"] != "sentinel"]
    assert undone[:2] == ["s1-a2", "s1-a1"]  # the watchdog's command: the carried steps, newest first
    assert undone[2:] == ["s2-a3", "s1-a3"]  # the woken runner's: only the steps the attempt registered
    # The two commands' actions and the sentinel's, each once.
    assert len(wait_for(lambda: len(r := actions(saga_stack, root)) >= 3 and r, timeout_s=60, what="3 actions")) == 3


def test_a_bulk_saga_whose_outcome_is_over_the_record_limit_is_still_recovered(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    # 10,000 items, an undo registered for each of the 9,000 that succeeded: the attempt's outcome (command,
    # event, steps) was 1.5 MB, the runner's emitter set it aside, and the run was never retried, compensated
    # nor dead-lettered. Cut to fit (the steps left out), it is decided: its failed items retried, then succeeded.
    log = tmp_path / "undoable.log"
    items = [f"item-{n:05d}" for n in range(10_000)]
    command = start("saga_bulk_undoable", {"items": items, "log": str(log)})
    root = command.root_run_id
    rows = wait_for_action(saga_stack, root, "succeeded_after_retry", timeout_s=120)
    assert [r["action"] for r in rows] == ["retry_scheduled", "succeeded_after_retry"]
    assert [(e["attempt"], e["items"]) for e in _lines(log) if "attempt" in e] == [(1, 10_000), (2, 1_000)]
    assert not [e for e in _lines(log) if "undo" in e]  # the run succeeded: nothing undone
    # The steps left out of the outcome are said once, at the command's place, with the attempt they belong to.
    [quarantined] = wait_for(
        lambda: saga_stack.rows(
            "SELECT detected_by, reason, detail, source_topic FROM {db}.quarantine "
            f"WHERE reason = 'outcome_too_large' AND position(detail, '{root}:1') > 0"
        ),
        timeout_s=30,
        what="the quarantine row of the cut outcome",
    )
    assert quarantined["detected_by"] == "runner"
    assert quarantined["source_topic"] == saga_stack.settings.topic(Topics.COMMANDS.name)
    assert "9000 compensation step(s)" in str(quarantined["detail"])


def test_a_replay_of_a_saga_runs_dead_letter_is_written_back_to_that_entry_not_its_compensations(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    # A saga run failed for good whose compensation failed too has two dead letters under one root run id: the
    # run's and the compensation's (newer). The write-back of a replay's outcome took the root's newest entry:
    # a replay of the run's dead letter marked the compensation's entry (its undo never ran, and bulk replays
    # then passed it by), and left the run's entry `replayed` for ever.
    log = tmp_path / "trip.log"
    gateway_up = tmp_path / "gateway-up"  # never made: the refund keeps failing
    command = start("saga_charge_trip", {"seat": "14C", "amount": 90, "log": str(log), "gateway_up": str(gateway_up)})
    root = command.root_run_id
    entries = wait_for(
        lambda: (
            len(found := saga_stack.rows(f"SELECT * FROM {{db}}.dlq_current WHERE root_run_id = '{root}'")) == 2
            and found
        ),
        timeout_s=90,
        what="the run's and the compensation's dead letters",
    )
    [run_letter] = [e for e in entries if e["reason"] != "compensation_failed"]
    [saga_letter] = [e for e in entries if e["reason"] == "compensation_failed"]
    replayed = errorflow_cli("dlq", "replay", str(run_letter["dlq_id"]), env=saga_stack.cli_env())
    assert replayed.returncode == 0, replayed.stderr

    def state(letter: dict[str, Any]) -> str:
        return str(saga_stack.value(f"SELECT state FROM {{db}}.dlq_current WHERE dlq_id = '{letter['dlq_id']}'"))

    wait_for(lambda: state(run_letter) == "failed_after_replay", timeout_s=90, what="the run's entry written back")
    assert state(saga_letter) == "new"  # still due its replay: its undo has not run
