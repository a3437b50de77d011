"""The breaker agent's pure parts: per-batch aggregation and applying inputs to table entries."""

from __future__ import annotations

from datetime import datetime, timezone

import orjson

from errorflow.agents.breakers import CIRCUIT_OPEN_TYPE, BreakerCore, aggregate_events
from errorflow.breakers import BreakerConfigSet
from errorflow.schemas.alerts import Alert
from errorflow.schemas.breakers import BreakerInput, BreakerStateRecord
from errorflow.schemas.codec import decode
from errorflow.sinks.rows import breaker_row
from errorflow.streams.topics import Topics

CONFIGS = BreakerConfigSet.from_mapping(
    {
        "defaults": {"sliding_window_size": 10, "minimum_calls": 4, "wait_open_s": 30, "half_open_calls": 1},
        "dependencies": {"slowdb": {"sliding_window_size": 10, "minimum_calls": 4, "slow_call_duration_s": 2.0}},
    }
)


RUN = {"run_id": "r1", "root_run_id": "r1", "operation": "charge", "service": "svc"}


def event(dependency: str | None, status: str, *, error_type: str | None = None, elapsed: float = 0.1) -> bytes:
    fields = {"dependency": dependency, "status": status, "error_type": error_type, "execution_time_s": elapsed}
    return orjson.dumps(RUN | fields)


def test_aggregate_counts_final_outcomes_per_dependency_and_skips_rejections() -> None:
    values = [
        event("db", "success"),
        event("db", "failed", error_type="builtins.TimeoutError"),
        event("db", "failed", error_type=CIRCUIT_OPEN_TYPE),  # rejected by the breaker: not a failure
        event("db", "running"),
        event(None, "failed"),
        event("slowdb", "success", elapsed=3.0),
        event("slowdb", "failed", elapsed=1.0),
        b"not json",
        b'{"dependency": 5, "status": "failed"}',  # wrong type: skipped (the sink quarantines it)
        b"[1, 2]",
        None,
    ]
    outcomes, seen, rejected = aggregate_events(values, CONFIGS)
    assert seen == 11 and rejected == 1
    assert outcomes["db"].to_list() == [1, 1, 0]
    assert outcomes["slowdb"].to_list() == [1, 1, 1]
    assert set(outcomes) == {"db", "slowdb"}


def test_a_record_the_contract_refuses_is_no_call_of_its_dependency() -> None:
    """Garbage naming a dependency and a status (the sink quarantines it) must not open a breaker."""
    failed = orjson.loads(event("db", "failed"))
    refused = [
        orjson.dumps({"dependency": "db", "status": "failed"}),  # no run, operation or service
        orjson.dumps(failed | {"attempt": "first"}),  # a wrong type in a field the feed does not read
        orjson.dumps(failed | {"schema_version": 99}),
        orjson.dumps(failed | {"colour": "red"}),  # a field the contract does not have
        orjson.dumps(failed | {"error_message": "x" * 5000}),  # over the size limit
    ]
    outcomes, seen, rejected = aggregate_events([*refused, event("db", "failed")], CONFIGS, max_bytes=4096)
    assert (seen, rejected) == (6, 0)
    assert outcomes["db"].to_list() == [0, 1, 0]
    # An event the fast check declines but the contract accepts (a naive time) still counts.
    naive = orjson.dumps(failed | {"occurred_at": "2026-11-30T10:00:00"})
    outcomes, _, _ = aggregate_events([naive], CONFIGS, max_bytes=4096)
    assert outcomes["db"].to_list() == [0, 1, 0]


def at(second: float) -> datetime:
    return datetime.fromtimestamp(second, timezone.utc)


def test_apply_opens_publishes_the_state_and_an_alert_then_closes_and_resolves() -> None:
    core = BreakerCore(CONFIGS)
    applied = core.apply(
        BreakerInput(dependency="db", kind="outcomes", successes=1, failures=3, observed_at=at(1000.0)), None
    )
    assert [r.topic for r in applied.records] == [Topics.BREAKERS.name, Topics.ALERTS.name]
    state = decode(applied.records[0].value, BreakerStateRecord)
    assert (state.state, state.from_state, state.reason, state.calls, state.failures) == (
        "open",
        "closed",
        "failure_rate",
        4,
        3,
    )
    assert state.open_until == at(1030.0) and applied.records[0].key == b"db"
    alert = decode(applied.records[1].value, Alert)
    assert (alert.rule, alert.state, alert.dependency, alert.incident_id) == (
        "breaker_open",
        "firing",
        "db",
        "breaker_open:db",
    )
    # Redelivered: the same input on the same entry gives byte-identical records.
    again = core.apply(
        BreakerInput(dependency="db", kind="outcomes", successes=1, failures=3, observed_at=at(1000.0)), None
    )
    assert [r.value for r in again.records] == [r.value for r in applied.records]

    woken = core.apply(BreakerInput(dependency="db", kind="wake", observed_at=at(1030.0)), applied.snapshot)
    assert [decode(r.value, BreakerStateRecord).state for r in woken.records] == ["half_open"]
    closed = core.apply(
        BreakerInput(dependency="db", kind="outcomes", successes=1, observed_at=at(1031.0)), woken.snapshot
    )
    assert [r.topic for r in closed.records] == [Topics.BREAKERS.name, Topics.ALERTS.name]
    assert decode(closed.records[1].value, Alert).state == "resolved"


def test_operator_input_is_a_transition_with_who_and_why_and_a_row() -> None:
    core = BreakerCore(CONFIGS)
    applied = core.apply(
        BreakerInput(
            dependency="db", kind="operator", action="force_open", actor="ana", reason="vendor", observed_at=at(5.0)
        ),
        None,
    )
    state = decode(applied.records[0].value, BreakerStateRecord)
    assert (state.state, state.actor, state.note, state.reason) == ("forced_open", "ana", "vendor", "force_open")
    row = breaker_row(state)
    assert (row["to_state"], row["actor"], row["note"], row["sequence"]) == ("forced_open", "ana", "vendor", 1)


def test_due_wake_only_when_time_changes_the_state() -> None:
    assert BreakerCore.due_wake({"state": "open", "open_until": 10.0, "since": 0.0}, 0.0, 10.0)
    assert not BreakerCore.due_wake({"state": "open", "open_until": 10.0, "since": 0.0}, 0.0, 9.0)
    assert BreakerCore.due_wake({"state": "half_open", "open_until": None, "since": 5.0}, 3.0, 8.0)
    assert not BreakerCore.due_wake({"state": "half_open", "open_until": None, "since": 5.0}, 0.0, 80.0)
    assert not BreakerCore.due_wake({"state": "closed", "open_until": None, "since": 5.0}, 0.0, 80.0)


def test_a_timed_out_attempt_is_a_failure_of_its_dependency() -> None:
    # Only success and failed counted: calls to a dependency that hangs (recorded timed_out by the runner's
    # timeout_s or the watchdog) never opened its breaker, and half-open trials that timed out never
    # completed the trial count, so with max_wait_half_open_s = 0 (then the default) the breaker stayed
    # half-open for ever, every process having used its trials, rejecting every call.
    hung = [event("db", "timed_out", error_type="builtins.TimeoutError", elapsed=30.0) for _ in range(4)]
    outcomes, _, _ = aggregate_events(hung, CONFIGS)
    assert outcomes["db"].to_list() == [0, 4, 0]

    core = BreakerCore(CONFIGS)
    opened = core.apply(BreakerInput(dependency="db", kind="outcomes", failures=4, observed_at=at(100)), None)
    half = core.apply(BreakerInput(dependency="db", kind="wake", observed_at=at(131)), opened.snapshot)
    assert half.snapshot["state"] == "half_open"
    trial, _, _ = aggregate_events(hung[:1], CONFIGS)
    item = BreakerInput(dependency="db", kind="outcomes", failures=trial["db"].failures, observed_at=at(132))
    reopened = core.apply(item, half.snapshot)
    assert [(t.to_state.value, t.reason) for t in reopened.transitions] == [("open", "trials_failed")]


def test_an_input_observed_after_the_agents_clock_is_applied_at_the_agents_clock() -> None:
    # A feed whose clock runs a year ahead (or a hostile observed_at) would otherwise open the breaker
    # until a year from now: its time becomes since and open_until.
    core = BreakerCore(CONFIGS)
    future = BreakerInput(dependency="db", kind="outcomes", failures=4, observed_at=at(100 + 365 * 86400))
    applied = core.apply(future, None, clock=100.0)
    [transition] = applied.transitions
    assert transition.to_state.value == "open"
    assert applied.snapshot["since"] == 100.0
    assert applied.snapshot["open_until"] == 100.0 + CONFIGS.config_for("db").wait_open_s
