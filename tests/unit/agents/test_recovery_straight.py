"""Retries due within the dispatch lead go straight to the runner; the runner's outcomes are decided first."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from errorflow.agents.recovery import Handled, RecoveryCore, outcomes_first, straight_to_runner
from errorflow.classify import Classifier
from errorflow.recovery import PolicySet
from errorflow.schemas import RunCommand
from errorflow.streams.topics import Topics
from tests.unit.agents.test_recovery_agent import FAST, SOURCE, T0, TIMEOUT, failed_event, outcome

LEAD_S = 0.15
SLOW = {"transient": {"max_attempts": 3, "initial_delay_s": 30.0, "max_delay_s": 60.0, "jitter": "none"}}


@pytest.fixture(scope="module")
def core() -> RecoveryCore:
    return RecoveryCore(classifier=Classifier.from_settings(), policies=PolicySet())


def decided(core: RecoveryCore, policy: dict[str, Any]) -> tuple[Handled, RunCommand]:
    """A first attempt's timeout at T0, decided with ``policy``; the retry command it schedules."""
    command = RunCommand(operation="fetch", input={"page": 1})
    handled = core.handle_outcome(outcome(command, failed_event(command, T0, **TIMEOUT), policy), source=SOURCE)
    (retry,) = [record.model for record in handled.records if record.topic == Topics.RETRY.name]
    assert isinstance(retry, RunCommand) and retry.not_before is not None
    return handled, retry


def topics(handled: Handled) -> list[str]:
    return [record.topic for record in handled.records]


def test_a_retry_due_within_the_lead_goes_to_the_commands_topic_unchanged(core: RecoveryCore) -> None:
    handled, retry = decided(core, FAST)  # due 0.1-0.2 s after T0
    assert retry.not_before is not None
    now = retry.not_before - timedelta(seconds=LEAD_S)  # exactly the lead before it is due
    routed = straight_to_runner(handled, now=now, lead_s=LEAD_S)
    assert topics(handled) == [Topics.RECOVERY.name, Topics.RETRY.name]
    assert topics(routed) == [Topics.RECOVERY.name, Topics.COMMANDS.name]
    # The same bytes under the same key: the runner holds it until not_before, its table deduplicates it.
    assert [(r.key, r.value, r.headers) for r in routed.records] == [
        (r.key, r.value, r.headers) for r in handled.records
    ]
    assert routed.decision == handled.decision


def test_a_retry_already_due_goes_straight_even_without_a_lead(core: RecoveryCore) -> None:
    handled, retry = decided(core, FAST)
    assert retry.not_before is not None
    late = retry.not_before + timedelta(seconds=2)  # decided late (a busy agent, a redelivered outcome)
    assert topics(straight_to_runner(handled, now=late, lead_s=LEAD_S))[1] == Topics.COMMANDS.name
    assert topics(straight_to_runner(handled, now=late, lead_s=0.0))[1] == Topics.COMMANDS.name
    early = retry.not_before - timedelta(milliseconds=1)
    assert topics(straight_to_runner(handled, now=early, lead_s=0.0))[1] == Topics.RETRY.name


def test_a_retry_due_after_the_lead_stays_with_the_scheduler(core: RecoveryCore) -> None:
    handled, retry = decided(core, SLOW)  # due 30 s after T0
    assert retry.not_before is not None
    just_outside = retry.not_before - timedelta(seconds=LEAD_S, milliseconds=1)
    assert straight_to_runner(handled, now=just_outside, lead_s=LEAD_S) is handled
    assert straight_to_runner(handled, now=T0, lead_s=LEAD_S) is handled


def test_records_without_a_retry_are_left_alone(core: RecoveryCore) -> None:
    command = RunCommand(operation="fetch", input={"page": 1})
    permission = {"error_type": "builtins.PermissionError", "error_message": "[Errno 13] Permission denied: '/x'"}
    dead = core.handle_outcome(outcome(command, failed_event(command, T0, **permission)), source=SOURCE)
    assert Topics.DLQ.name in topics(dead)
    assert straight_to_runner(dead, now=T0 + timedelta(hours=1), lead_s=LEAD_S) is dead
    assert straight_to_runner(Handled(), now=T0, lead_s=LEAD_S) == Handled()


def test_outcomes_are_decided_before_the_events_of_the_same_fetch() -> None:
    from aiokafka import TopicPartition as tp

    batches = {
        tp("p.taskruns.events", 0): ["e0"],
        tp("p.taskruns.attempts", 1): ["a1"],
        tp("p.taskruns.events", 2): ["e2"],
        tp("p.taskruns.attempts", 3): ["a3"],
    }
    ordered = outcomes_first(batches, "p.taskruns.attempts")
    assert [messages for _, messages in ordered] == [["a1"], ["a3"], ["e0"], ["e2"]]
    assert outcomes_first({}, "p.taskruns.attempts") == []
