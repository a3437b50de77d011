"""The breaker agent commits an input only once its records and its table entry are on the broker.

Real Tansu, cut off the network (``netcut``) while the agent holds an input it has
applied (gates in ``breaker_agent_child``), and the real agent in a Faust worker
with a 2 s request timeout: its publish fails while the network is cut. The input
must not be given up (acknowledged with its transitions lost): they are sent again
once the network is back, each transition once by id, in order. The same for the
changelog record of an input's table entry, which Faust would drop: a restarted
agent must find it. And an input held the same way meets an agent killed while
the broker is frozen (SIGSTOP, which keeps the request's bytes for the broker):
restarted, the agent gets it again and publishes the same transition, same id.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.breaker_support import committed_offsets, send_operator
from tests.integration.helpers import Child, own_settings, wait_for
from tests.integration.netcut import NetCut, broker_behind_a_cut

pytestmark = pytest.mark.integration

DEADLINE_S = 90.0
FAILED = "_on_published error"
"""What Faust logs when a record it sent is not acknowledged (the request timed out)."""


class Agent(Child):
    """``breaker_agent_child`` as a child process, its output in a log file."""

    def __init__(self, settings: Settings, gates: Path, log: Path) -> None:
        super().__init__([sys.executable, "-m", "tests.integration.breaker_agent_child", str(gates)], settings, log)

    def failures(self) -> int:
        return self.count(FAILED)


def _operator(settings: Settings, dependency: str, actions: list[str]) -> None:
    """Publish operator overrides of ``dependency``, in order."""
    for action in actions:
        send_operator(settings, dependency, action)


def _read(settings: Settings, topic: str) -> list[tuple[bytes | None, bytes | None]]:
    """Every record (key, value) of ``topic`` (a full name), in each partition's order."""

    async def read() -> list[tuple[bytes | None, bytes | None]]:
        consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka.bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            await consumer._client.force_metadata_update()
            partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            found: list[tuple[bytes | None, bytes | None]] = []
            while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
                for messages in (await consumer.getmany(timeout_ms=200)).values():
                    found.extend((message.key, message.value) for message in messages)
            return found
        finally:
            await consumer.stop()

    return asyncio.run(read())


def _transitions(settings: Settings, dependency: str) -> list[dict[str, Any]]:
    records = [orjson.loads(value or b"") for _, value in _read(settings, settings.topic(Topics.BREAKERS.name))]
    return [r for r in records if r["dependency"] == dependency]


def _history(settings: Settings, dependency: str) -> list[tuple[int, str]]:
    """(sequence, state) of each of ``dependency``'s transitions on the topic; copies of one (its id) count once.

    A try whose acknowledgement was lost leaves a copy: the readers keep one per id.
    """
    distinct = {(r["sequence"], r["transition_id"]): r["state"] for r in _transitions(settings, dependency)}
    return sorted((sequence, state) for (sequence, _), state in distinct.items())


def _all_committed(settings: Settings) -> bool:
    """Whether the agent's group has committed every input on ``breakers.inputs``."""
    offsets = asyncio.run(
        committed_offsets(settings, f"{settings.app_id}-pipeline", settings.topic(Topics.BREAKER_INPUTS.name))
    )
    return all(committed >= end for committed, end in offsets.values())


def _cut_until_a_try_failed(relay: NetCut, agent: Agent, gates: Path, name: str) -> None:
    """Cut the network while the agent holds an input at the gate ``name`` until a try to send failed."""
    wait_for((gates / f"{name}.in-hand").exists, timeout_s=DEADLINE_S, what=f"an input at the gate {name}")
    failures = agent.failures()
    relay.cut()
    try:
        (gates / f"{name}.go").touch()
        wait_for(lambda: agent.failures() > failures, timeout_s=DEADLINE_S, what="a try failed")
    finally:
        relay.heal()


def test_records_and_table_entries_that_fail_are_sent_again_and_their_input_is_not_committed_before(
    tmp_path: Path,
) -> None:
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        _sent_again(relay, tmp_path)


def _agent_at_work(relay: NetCut, tmp_path: Path, name: str) -> tuple[Settings, Path, Agent]:
    """Settings of the test's own, the gates folder and an agent that has applied a first input."""
    settings = own_settings(relay.bootstrap, tmp_path / "data", name)
    gates = tmp_path / "gates"
    gates.mkdir()
    agent = Agent(settings, gates, tmp_path / "agent-1.log")
    try:
        _operator(settings, "warm-api", ["metrics_only"])
        wait_for(lambda: _transitions(settings, "warm-api"), timeout_s=DEADLINE_S, what="the agent at work")
    except BaseException:
        agent.kill()
        raise
    return settings, gates, agent


def _sent_again(relay: NetCut, tmp_path: Path) -> None:
    settings, gates, agent = _agent_at_work(relay, tmp_path, "brkpub")
    try:
        # The first input applied, then the network cut before its transition is published; the others wait.
        published = "publish-gate-a"
        _operator(settings, published, ["force_open", "force_close", "disable", "force_open"])
        _cut_until_a_try_failed(relay, agent, gates, published)
        # Every input is applied and committed in the end, and then its transitions are on the topic.
        wait_for(lambda: _all_committed(settings), timeout_s=DEADLINE_S, what="the inputs committed")
        expected = [(1, "forced_open"), (2, "closed"), (3, "disabled"), (4, "forced_open")]
        assert _history(settings, published) == expected

        # The transition published, then the network cut before the table entry is written: the entry's
        # changelog record is sent again, and the agent restarted below finds the breaker forced open.
        entry = "entry-gate-a"
        _operator(settings, entry, ["force_open"])
        _cut_until_a_try_failed(relay, agent, gates, entry)
        wait_for(lambda: _all_committed(settings), timeout_s=DEADLINE_S, what="the input committed")

        # The agent dies while the broker is frozen: restarted, it applies the input again (its table entry was
        # not written), and the transition has the same id as the one the dead agent may have left on the topic.
        killed = "publish-gate-b"
        _operator(settings, killed, ["force_open"])
        wait_for((gates / f"{killed}.in-hand").exists, timeout_s=DEADLINE_S, what="an input at the last gate")
        failures = agent.failures()
        pid = relay.broker.pid if relay.broker else 0
        os.kill(pid or 0, signal.SIGSTOP)  # frozen, not cut: the broker gets the dead agent's bytes when resumed
        try:
            (gates / f"{killed}.go").touch()
            wait_for(lambda: agent.failures() > failures, timeout_s=DEADLINE_S, what="a try failed")
            agent.kill()
        finally:
            os.kill(pid or 0, signal.SIGCONT)
    finally:
        agent.kill()
    agent = Agent(settings, gates, tmp_path / "agent-2.log")
    try:
        _operator(settings, entry, ["force_close"])
        wait_for(lambda: _all_committed(settings), timeout_s=DEADLINE_S, what="the inputs applied and committed")
    finally:
        agent.kill()
    # One transition per sequence: the dead agent's copy (if it got through) and the restarted agent's have one id.
    assert _history(settings, killed) == [(1, "forced_open")]
    # Restarted from the changelog: the forced open breaker closed, its second transition.
    assert _history(settings, entry) == [(1, "forced_open"), (2, "closed")]


def test_records_kafka_refuses_for_good_quarantine_their_input_and_hold_up_no_other(tmp_path: Path) -> None:
    """A transition the broker refuses (MESSAGE_TOO_LARGE, answered by the relay) is not sent for ever.

    Sent for ever, it would hold every breaker: the agent takes no other input meanwhile. Its input
    becomes one quarantine record naming the refusal, is not applied, and the next input goes on.
    """
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings, _, agent = _agent_at_work(relay, tmp_path, "brkref")
        try:
            # The produce request of refused-api's transition (and only that one) is refused, as for good.
            relay.refuse(b"refused-api", b'"state":"forced_open"', error_code=10)
            _operator(settings, "refused-api", ["force_open"])
            _operator(settings, "after-api", ["force_open"])
            wait_for(lambda: _history(settings, "after-api"), timeout_s=DEADLINE_S, what="the next input applied")
            wait_for(lambda: _all_committed(settings), timeout_s=DEADLINE_S, what="the inputs committed")
            relay.allow()
            _operator(settings, "refused-api", ["force_close"])
            wait_for(lambda: _history(settings, "refused-api"), timeout_s=DEADLINE_S, what="a later input applied")
            wait_for(lambda: _all_committed(settings), timeout_s=DEADLINE_S, what="the inputs committed")
        finally:
            agent.kill()
        assert relay.refused >= 1
        quarantine = _read(settings, settings.topic(Topics.QUARANTINE.name))
        quarantined = [orjson.loads(value or b"") for _, value in quarantine]
        assert [(q["detected_by"], q["reason"]) for q in quarantined] == [("breaker-agent", "refused_by_kafka")]
        assert "MessageSizeTooLargeError" in quarantined[0]["detail"]
        assert '"refused-api"' in quarantined[0]["raw_prefix"] and "force_open" in quarantined[0]["raw_prefix"]
        # The refused input was not applied: the breaker never opened, its first transition is the close.
        assert _history(settings, "refused-api") == [(1, "closed")]
        assert _history(settings, "after-api") == [(1, "forced_open")]
