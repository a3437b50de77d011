"""The runner commits a command only once the records it emitted are durable.

Real Tansu (frozen with SIGSTOP), a real runner process, a real full disk
(tmpfs) under its spool and a memory bound smaller than the attempt's outcome:
the outcome is neither acknowledged nor spooled and cannot be held, so it is
lost in that process. The command must then stay uncommitted (while the runner
goes on with others), so that the runner started after a crash runs it again
and its outcome reaches ``taskruns.attempts``.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from errorflow.embedded.tansu import TansuBroker
from errorflow.schemas.codec import encode
from errorflow.schemas.commands import CompensationStep, RunCommand
from errorflow.schemas.events import utc_now
from errorflow.settings import Settings
from errorflow.streams.topics import Topics
from tests.integration.helpers import Child, fill_disk, own_settings, tiny_filesystem, wait_for
from tests.integration.netcut import NetCut, broker_behind_a_cut

pytestmark = pytest.mark.integration

DEADLINE_S = 90.0


class Runner(Child):
    """``errorflow worker`` for ``durable_ops`` as a child process, its output in a log file.

    With ``gates``, the worker of ``gated_runner``, which holds a marked command before it is decoded.
    """

    def __init__(
        self, settings: Settings, spool_dir: Path, log: Path, *, gates: Path | None = None, watched: bool = False
    ) -> None:
        env = {
            "ERRORFLOW_SDK__SPOOL_DIR": str(spool_dir),
            "ERRORFLOW_SDK__HOLD_MAX_BYTES": "65536",  # an outcome with padding (its command carries it) does not fit
            # Not watched: a redelivered attempt runs again (watched, it is left to the watchdog).
            "ERRORFLOW_SDK__HEARTBEAT_TIMEOUT_S": "60" if watched else "null",
            "ERRORFLOW_SDK__WATCH_BREAKERS": "false",
        }
        command = [sys.executable, "-m", "errorflow", "worker", "--ops", "tests.integration.durable_ops"]
        if gates is not None:
            command = [sys.executable, "-m", "tests.integration.gated_runner", str(gates), command[-1]]
        super().__init__(command, settings, log, env)


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[TansuBroker]:
    with TansuBroker(log_path=tmp_path / "tansu.log") as tansu:
        yield tansu


def _command(gate: Path, *, padding: int = 0) -> RunCommand:
    return RunCommand(operation="it_durable_gate", input={"gate": str(gate), "padding": "p" * padding})


def _send(settings: Settings, command: RunCommand | bytes, partition: int) -> int:
    """Send a command (or raw bytes) to a partition of the commands topic; return its offset."""
    value, key = (command, None) if isinstance(command, bytes) else (encode(command), command.key)

    async def send() -> int:
        producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap)
        await producer.start()
        try:
            topic = settings.topic(Topics.COMMANDS.name)
            sent = await producer.send_and_wait(topic, value, key=key, partition=partition)
            return int(sent.offset)
        finally:
            await producer.stop()

    return asyncio.run(send())


def _outcomes(settings: Settings, run_id: str) -> list[str]:
    """The statuses of the attempt outcomes of ``run_id`` on ``taskruns.attempts``, in the order read."""
    return _statuses(settings, Topics.ATTEMPTS.name, run_id, lambda record: record["command"]["run_id"])


def _events(settings: Settings, run_id: str) -> list[str]:
    """The statuses of ``run_id``'s lifecycle events on ``taskruns.events``, in the order read."""
    return _statuses(settings, Topics.EVENTS.name, run_id, lambda record: record.get("run_id"))


def _statuses(settings: Settings, topic: str, run_id: str, run_of: Callable[[Any], object]) -> list[str]:
    return [
        record["event"]["status"] if "event" in record else record["status"]
        for record in _records(settings, topic)
        if run_of(record) == run_id
    ]


def _records(settings: Settings, topic: str) -> list[Any]:
    """The records of ``topic``, decoded, in the order read."""

    async def read() -> list[Any]:
        consumer = AIOKafkaConsumer(
            settings.topic(topic),
            bootstrap_servers=settings.kafka.bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            batches = (await consumer.getmany(timeout_ms=1000)).values()
            return [orjson.loads(message.value) for messages in batches for message in messages]
        finally:
            await consumer.stop()

    return asyncio.run(read())


def _committed(settings: Settings, partition: int) -> int:
    """The runner group's committed offset on a partition of the commands topic (0 when none)."""

    async def read() -> int:
        consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka.bootstrap, group_id=f"{settings.app_id}-runner")
        await consumer.start()
        try:
            return int(await consumer.committed(TopicPartition(settings.topic(Topics.COMMANDS.name), partition)) or 0)
        finally:
            await consumer.stop()

    return asyncio.run(read())


def test_a_command_whose_outcome_is_lost_stays_uncommitted_and_runs_again_after_a_crash(
    broker: TansuBroker, tmp_path: Path
) -> None:
    settings = own_settings(broker.bootstrap, tmp_path / "data", "durable")
    open_gate = tmp_path / "open"
    open_gate.touch()
    with tiny_filesystem(tmp_path / "disk") as disk:
        (disk / "spool").mkdir()
        fill_disk(disk)
        runner = Runner(settings, disk / "spool", tmp_path / "runner-1.log")
        try:
            warm = _command(open_gate)
            _send(settings, warm, partition=1)
            wait_for(lambda: _outcomes(settings, warm.run_id), timeout_s=DEADLINE_S, what="the runner at work")

            gate = tmp_path / "gate"
            held = _command(gate, padding=100_000)
            held_offset = _send(settings, held, partition=0)
            wait_for(gate.with_suffix(".running").exists, timeout_s=DEADLINE_S, what="the attempt in hand")
            # Its running event (as large as the outcome: it carries the input) delivered before the broker
            # freezes: were it dropped instead, its drop would be taken for the outcome's (flaky under load).
            wait_for(lambda: "running" in _events(settings, held.run_id), timeout_s=DEADLINE_S, what="running sent")
            os.kill(broker.pid or 0, signal.SIGSTOP)
            try:
                gate.touch()  # the outcome now meets a frozen broker, a full disk and a small memory
                wait_for(lambda: runner.said("errorflow dropped"), timeout_s=DEADLINE_S, what="a record dropped")
                # The outcome and the success event (both larger than memory may hold) can leave in two
                # batches, one request timeout (2 s) apart: frozen a while longer, the second is dropped too.
                time.sleep(5.0)
            finally:
                os.kill(broker.pid or 0, signal.SIGCONT)

            # The runner goes on with other commands, and commits them.
            later = _command(open_gate)
            later_offset = _send(settings, later, partition=1)
            wait_for(lambda: _outcomes(settings, later.run_id), timeout_s=DEADLINE_S, what="a later command run")
            wait_for(
                lambda: _committed(settings, 1) > later_offset, timeout_s=DEADLINE_S, what="the later one committed"
            )
            # Committed with it, had the runner acknowledged it: the command whose outcome was lost. (Should
            # the outcome have reached the broker after all, the command is rightly committed once it did.)
            committed = _committed(settings, 0) > held_offset
            outcomes = _outcomes(settings, held.run_id)
            assert outcomes or not committed, "a command whose outcome was lost must not be committed"
            assert outcomes in ([], ["success"]), outcomes
        finally:
            runner.kill()

        restarted = Runner(settings, disk / "spool", tmp_path / "runner-2.log")
        try:
            statuses = wait_for(
                lambda: _outcomes(settings, held.run_id), timeout_s=DEADLINE_S, what="the command run again"
            )
            assert statuses == ["success"], statuses
        finally:
            restarted.kill()


def _cut_at_gate(relay: NetCut, runner: Runner, gates: Path, name: str, topic: str) -> None:
    """Cut the network while the runner waits at the gate ``name``; heal it once its record for ``topic`` failed.

    The runner holds the command (its records not durable) or sends the record again (a dead letter); a runner
    that sent it as Faust does gives it up (Faust logs ``_on_published error`` with the topic's name).
    """
    wait_for((gates / f"{name}.in-hand").exists, timeout_s=DEADLINE_S, what=f"the runner at the gate {name}")
    relay.cut()
    try:
        (gates / f"{name}.go").touch()
        wait_for(
            lambda: (
                runner.said("stays for redelivery")
                or runner.said("not acknowledged by Kafka")
                or runner.said(f"_on_published error for message topic {topic} ")
            ),
            timeout_s=DEADLINE_S,
            what=f"a record for {topic} not delivered in time",
        )
    finally:
        relay.heal()


def _network_cut_settings(relay: NetCut, tmp_path: Path) -> Settings:
    (tmp_path / "gates").mkdir()
    return own_settings(relay.bootstrap, tmp_path / "data", "durable")


def test_a_malformed_command_is_committed_only_once_its_quarantine_record_is_durable(tmp_path: Path) -> None:
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay, tiny_filesystem(tmp_path / "disk") as disk:
        settings = _network_cut_settings(relay, tmp_path)
        (disk / "spool").mkdir()
        fill_disk(disk)  # the quarantine record cannot be spooled: it waits in memory
        runner = Runner(settings, disk / "spool", tmp_path / "runner.log", gates=tmp_path / "gates")
        try:
            offset = _send(settings, b'{"gate-quarantine": "not a command"}', partition=0)
            _cut_at_gate(relay, runner, tmp_path / "gates", "quarantine", settings.topic(Topics.QUARANTINE.name))
            wait_for(lambda: _committed(settings, 0) > offset, timeout_s=DEADLINE_S, what="the command committed")
            quarantined = [
                record
                for record in _records(settings, Topics.QUARANTINE.name)
                if (record["source_partition"], record["source_offset"]) == (0, offset)
            ]
            assert [record["detected_by"] for record in quarantined] == ["runner"]
        finally:
            runner.kill()


def test_a_compensation_is_committed_only_once_its_dead_letter_is_on_the_topic(tmp_path: Path) -> None:
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _network_cut_settings(relay, tmp_path)
        runner = Runner(settings, tmp_path / "spool", tmp_path / "runner.log", gates=tmp_path / "gates")
        try:
            # A compensation no runner knows: the step fails, and the saga's dead letter is its only way back.
            command = RunCommand(operation="it_durable_gate", reason="compensate")
            step = CompensationStep(name="it_no_such_compensation", run_id=command.run_id, index=0)
            offset = _send(settings, command.model_copy(update={"compensations": [step]}), partition=0)
            _cut_at_gate(relay, runner, tmp_path / "gates", "dead-letter", settings.topic(Topics.DLQ.name))
            wait_for(lambda: _committed(settings, 0) > offset, timeout_s=DEADLINE_S, what="the command committed")
            letters = [r for r in _records(settings, Topics.DLQ.name) if r["run_id"] == command.run_id]
            assert len({letter["dlq_id"] for letter in letters}) == 1, letters
        finally:
            runner.kill()


def test_the_dead_letter_of_a_command_near_the_size_limit_is_published(broker: TansuBroker, tmp_path: Path) -> None:
    """A compensation's dead letter carries its command and the error: larger than the command, a little.

    The runner accepts commands up to ``kafka.max_message_bytes`` (1 MiB); Faust's producer refused
    any record over its default request size (1,000,000 bytes) before sending it, so the dead letter
    of a command of some 1,030 KB was retried for ever (a permanent error), its command never committed.
    """
    settings = own_settings(broker.bootstrap, tmp_path / "data", "durable")
    runner = Runner(settings, tmp_path / "spool", tmp_path / "runner.log")
    try:
        command = RunCommand(operation="it_durable_gate", reason="compensate")
        # A compensation no runner knows, with large arguments: the step fails, and the dead letter goes out.
        step = CompensationStep(name="it_no_such_compensation", args=["p" * 1_030_000], run_id=command.run_id, index=0)
        command = command.model_copy(update={"compensations": [step]})
        assert 1_000_000 < len(encode(command)) < settings.kafka.max_message_bytes
        offset = _send(settings, command, partition=0)
        wait_for(lambda: _committed(settings, 0) > offset, timeout_s=DEADLINE_S, what="the command committed")
        letters = [r for r in _records(settings, Topics.DLQ.name) if r["run_id"] == command.run_id]
        assert len({letter["dlq_id"] for letter in letters}) == 1, letters
        assert letters[0]["command"]["compensations"][0]["args"] == step.args
    finally:
        runner.kill()


def test_a_dead_letter_kafka_refuses_for_good_quarantines_its_command_which_is_committed(tmp_path: Path) -> None:
    """A dead letter the broker refuses (MESSAGE_TOO_LARGE, answered by the relay) is not sent for ever.

    Sent for ever, its command would never be committed and its actor never free. The command becomes
    one quarantine record naming the refusal (the dead letter cannot be written), and it is committed.
    """
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _network_cut_settings(relay, tmp_path)
        runner = Runner(settings, tmp_path / "spool", tmp_path / "runner.log")
        try:
            command = RunCommand(operation="it_durable_gate", reason="compensate")
            step = CompensationStep(name="it_no_such_compensation", run_id=command.run_id, index=0)
            # Only the produce requests to the dead letter topic that carry this run are refused.
            relay.refuse(settings.topic(Topics.DLQ.name).encode(), command.run_id.encode(), error_code=10)
            offset = _send(settings, command.model_copy(update={"compensations": [step]}), partition=0)
            wait_for(lambda: _committed(settings, 0) > offset, timeout_s=DEADLINE_S, what="the command committed")
            quarantined = [
                record
                for record in _records(settings, Topics.QUARANTINE.name)
                if (record["source_partition"], record["source_offset"]) == (0, offset)
            ]
            assert [(record["detected_by"], record["reason"]) for record in quarantined] == [
                ("runner", "refused_by_kafka")
            ]
            assert "MessageSizeTooLargeError" in quarantined[0]["detail"]
            assert relay.refused >= 1
            assert not [r for r in _records(settings, Topics.DLQ.name) if r["run_id"] == command.run_id]
        finally:
            runner.kill()


def test_an_attempt_whose_table_entry_meets_a_network_cut_does_not_run_again_after_a_restart(tmp_path: Path) -> None:
    """The completed-attempts entry is on the broker before the command is committed.

    Faust sends a table's changelog record in the background and drops it when the broker does not
    acknowledge it, committing the command all the same: a runner restarted after that rebuilt the
    entry as ``started`` by a stopped worker, and a copy of the command (a retry fired again) ran again.
    """
    with broker_behind_a_cut(tmp_path / "tansu.log") as relay:
        settings = _network_cut_settings(relay, tmp_path)
        gates = tmp_path / "gates"
        (gates / "entry.armed").touch()
        command = _command(tmp_path / "open")
        (tmp_path / "open").touch()  # the operation returns at once
        changelog = f"{settings.app_id}-runner-completed-attempts-changelog"
        runner = Runner(settings, tmp_path / "spool", tmp_path / "runner-1.log", gates=gates)
        try:
            offset = _send(settings, command, partition=0)
            _cut_at_gate(relay, runner, gates, "entry", changelog)
            wait_for(lambda: _committed(settings, 0) > offset, timeout_s=DEADLINE_S, what="the command committed")
        finally:
            runner.kill()
        again = _send(settings, command, partition=0)  # the same attempt's command once more
        runner = Runner(settings, tmp_path / "spool", tmp_path / "runner-2.log", gates=gates)
        try:
            wait_for(lambda: _committed(settings, 0) > again, timeout_s=DEADLINE_S, what="the copy committed")
        finally:
            runner.kill()
        assert _outcomes(settings, command.run_id) == ["success"], "the attempt ran once"


def test_a_retry_held_until_due_by_a_runner_that_stops_runs_after_the_restart(
    broker: TansuBroker, tmp_path: Path
) -> None:
    """A retry the runner holds until its ``not_before`` is not started yet: a runner stopped then did not run it.

    Marked ``started`` before the hold, the attempt was taken after a restart for one a stopped worker
    was running, and left to the watchdog (watched operations), to time out an attempt that never ran.
    """
    settings = own_settings(broker.bootstrap, tmp_path / "data", "durable")
    gates = tmp_path / "gates"
    gates.mkdir()
    (gates / "hold.armed").touch()
    open_gate = tmp_path / "open"
    open_gate.touch()
    runner = Runner(settings, tmp_path / "spool", tmp_path / "runner-1.log", gates=gates, watched=True)
    retry = _command(open_gate).model_copy(update={"reason": "retry", "attempt": 2, "not_before": utc_now()})
    try:
        _send(settings, retry, partition=0)
        wait_for((gates / "hold.in-hand").exists, timeout_s=DEADLINE_S, what="the retry held")
        # A command after it, run and committed: what the runner wrote before (its table) is on the broker.
        later = _command(open_gate)
        later_offset = _send(settings, later, partition=1)
        wait_for(lambda: _committed(settings, 1) > later_offset, timeout_s=DEADLINE_S, what="a later command")
    finally:
        runner.kill()
    (gates / "hold.armed").unlink()
    runner = Runner(settings, tmp_path / "spool", tmp_path / "runner-2.log", gates=gates, watched=True)
    try:
        statuses = wait_for(lambda: _outcomes(settings, retry.run_id), timeout_s=DEADLINE_S, what="the retry run")
        assert statuses == ["success"], statuses
        assert not runner.said("the watchdog times it out")
    finally:
        runner.kill()
