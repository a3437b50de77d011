"""The watchdog's pure core with an injected clock: stuck attempts found once, restarts, resets, deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from errorflow.agents.watchdog import WatchdogState, WatchdogStats, _observe
from errorflow.classify import Classifier
from errorflow.classify.verdict import failure_verdict
from errorflow.schemas import RunCommand, TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.ids import timed_out_event_id
from errorflow.schemas.wire import check_events
from errorflow.settings import Settings

T0 = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
EVENTS = "taskruns.events"
COMMANDS = "taskruns.commands"


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def event(
    status: TaskRunStatus, seconds: float, *, run: str = "r1", attempt: int = 1, **limits: object
) -> TaskRunEvent:
    return TaskRunEvent(
        run_id=f"{run}-{attempt}",
        root_run_id=run,
        attempt=attempt,
        operation="slow_op",
        service="svc",
        status=status,
        occurred_at=at(seconds),
        channel="worker",
        **limits,  # type: ignore[arg-type]
    )


class Feed:
    """Feeds records with increasing offsets, as the adapter does, and remembers them for a replay."""

    def __init__(self, state: WatchdogState) -> None:
        self.state = state
        self.log: list[tuple[str, object]] = []

    def event(self, e: TaskRunEvent, now: float) -> None:
        offset = sum(1 for topic, _ in self.log if topic == EVENTS)
        self.log.append((EVENTS, e))
        self.state.observe_event(e, topic=EVENTS, partition=0, offset=offset, now=at(now))

    def command(self, c: RunCommand, now: float) -> None:
        offset = sum(1 for topic, _ in self.log if topic == COMMANDS)
        self.log.append((COMMANDS, c))
        self.state.observe_command(c, topic=COMMANDS, partition=0, offset=offset, now=at(now))

    def replay_into(self, state: WatchdogState, offsets: dict[tuple[str, int], int]) -> None:
        """A restarted watchdog reads every record from the committed offsets on."""
        seen = {EVENTS: 0, COMMANDS: 0}
        for topic, record in self.log:
            offset = seen[topic]
            seen[topic] += 1
            if offset < offsets.get((topic, 0), 0):
                continue
            if isinstance(record, TaskRunEvent):
                state.observe_event(record, topic=topic, partition=0, offset=offset, now=at(100))
            else:
                assert isinstance(record, RunCommand)
                state.observe_command(record, topic=topic, partition=0, offset=offset, now=at(100))


def test_silence_past_the_heartbeat_timeout_times_the_attempt_out_once() -> None:
    state = WatchdogState()
    feed = Feed(state)
    feed.event(event(TaskRunStatus.PENDING, 0, heartbeat_timeout_s=3), 0)
    feed.event(event(TaskRunStatus.RUNNING, 0.1, heartbeat_timeout_s=3), 0.1)
    assert state.expire(at(3.0)) == []
    (found,) = state.expire(at(3.2))
    assert found.event.status is TaskRunStatus.TIMED_OUT
    assert found.event.event_id == timed_out_event_id("r1-1", 1)
    assert found.event.occurred_at == at(3.2)
    assert found.event.root_run_id == "r1" and found.event.attempt == 1 and found.event.operation == "slow_op"
    assert "heartbeat timeout 3 s" in (found.event.error_message or "")
    assert state.expire(at(10)) == [], "found once"


def test_heartbeats_reset_the_silence_and_a_late_sign_of_life_after_the_end_is_ignored() -> None:
    state = WatchdogState()
    feed = Feed(state)
    feed.event(event(TaskRunStatus.RUNNING, 0, heartbeat_timeout_s=3), 0)
    for beat in (1.2, 2.4, 3.6, 4.8):
        feed.event(event(TaskRunStatus.HEARTBEAT, beat, heartbeat_timeout_s=3), beat)
        assert state.expire(at(beat + 2.9)) == []
    feed.event(event(TaskRunStatus.SUCCESS, 5.0), 5.0)
    feed.event(event(TaskRunStatus.HEARTBEAT, 5.0, heartbeat_timeout_s=3), 5.1)  # raced the final event
    assert state.expire(at(60)) == []
    assert state.open == {}


def test_silence_is_measured_by_the_watchdogs_clock_whatever_the_services_clock_says() -> None:
    state = WatchdogState()
    feed = Feed(state)
    # A service two minutes behind beats every 1.2 s: its events look two minutes old when they are read.
    for beat in (0, 1.2, 2.4, 3.6):
        feed.event(event(TaskRunStatus.HEARTBEAT, beat - 120, run="behind", heartbeat_timeout_s=3), beat)
        assert state.expire(at(beat + 0.1)) == []
    # A service two minutes ahead goes silent after its start: it is timed out one timeout later, not 120 s.
    feed.event(event(TaskRunStatus.RUNNING, 120, run="ahead", heartbeat_timeout_s=3), 0)
    (found,) = state.expire(at(3.5))
    assert found.event.root_run_id == "ahead"
    (stopped,) = state.expire(at(3.6 + 3.1))
    assert stopped.event.root_run_id == "behind"


def test_run_time_is_measured_from_when_the_running_event_was_read() -> None:
    state = WatchdogState(grace_s=2.0)
    feed = Feed(state)
    feed.event(event(TaskRunStatus.RUNNING, -120, run="behind", timeout_s=4), 0)
    assert state.expire(at(5.9)) == []
    (found,) = state.expire(at(6.1))
    assert "timeout_s of 4 s" in (found.event.error_message or "")
    assert found.event.execution_time_s == pytest.approx(6.1)


def test_the_latest_sign_of_life_by_its_own_time_names_the_timed_out_event() -> None:
    state = WatchdogState()
    feed = Feed(state)
    feed.event(event(TaskRunStatus.HEARTBEAT, 2, heartbeat_timeout_s=3).model_copy(update={"labels": {"n": "2"}}), 2)
    feed.event(event(TaskRunStatus.RUNNING, 1, heartbeat_timeout_s=3).model_copy(update={"labels": {"n": "1"}}), 2.5)
    (found,) = state.expire(at(5.6))
    assert found.event.labels == {"n": "2"}, "an older sign of life read later does not replace the newer one"


def test_a_timed_out_runner_attempt_carries_its_command_for_recovery_and_classifies_transient() -> None:
    state = WatchdogState()
    feed = Feed(state)
    command = RunCommand(run_id="r1-1", root_run_id="r1", operation="slow_op", input={"n": 1})
    feed.command(command, 0)
    feed.event(event(TaskRunStatus.RUNNING, 0.1, heartbeat_timeout_s=2), 0.1)
    (found,) = state.expire(at(5))
    assert found.outcome is not None
    assert found.outcome.command == command and found.outcome.event == found.event
    verdict = failure_verdict(found.event, Classifier.from_settings())
    assert verdict.category.value == "transient" and verdict.retryable


def test_a_direct_attempt_gets_no_outcome_its_event_is_enough() -> None:
    state = WatchdogState()
    direct = event(TaskRunStatus.RUNNING, 0, heartbeat_timeout_s=1).model_copy(update={"channel": "direct"})
    state.observe_event(direct, topic=EVENTS, partition=0, offset=0, now=at(0))
    (found,) = state.expire(at(2))
    assert found.outcome is None and found.event.channel == "direct"


def test_deadline_and_timeout_leave_the_runner_its_grace_then_time_out() -> None:
    state = WatchdogState(grace_s=2.0)
    feed = Feed(state)
    feed.event(event(TaskRunStatus.RUNNING, 0, run="dl", deadline_at=at(5)), 0)
    feed.event(event(TaskRunStatus.RUNNING, 0, run="to", timeout_s=4), 0)
    assert state.expire(at(5.5)) == []
    found = {f.event.root_run_id: f.event for f in state.expire(at(7.5))}
    assert set(found) == {"dl", "to"}
    assert "deadline" in (found["dl"].error_message or "")
    assert "timeout_s of 4 s" in (found["to"].error_message or "")


def test_attempts_without_limits_are_not_tracked_and_do_not_hold_offsets() -> None:
    state = WatchdogState()
    feed = Feed(state)
    feed.event(event(TaskRunStatus.RUNNING, 0), 0)
    assert state.open == {} and state.expire(at(10_000)) == []
    assert state.committable_offsets() == {(EVENTS, 0): 1}


def test_a_timeout_s_is_watched_from_the_running_event_and_a_pending_alone_holds_nothing() -> None:
    # The attempt's only limit is its timeout_s, which counts from `running`. A `pending` that is never
    # followed (its process died between the two, a foreign record) must not be held for good: it
    # never times out, and the offsets committed stayed below it, so every restart re-read the topic.
    state = WatchdogState()
    feed = Feed(state)
    feed.event(event(TaskRunStatus.PENDING, 0, run="never", timeout_s=5), 0)
    feed.event(event(TaskRunStatus.SUCCESS, 0, run="done"), 0)
    assert state.expire(at(30 * 86_400)) == []
    state.forget(at(30 * 86_400))
    assert state.open == {}
    assert state.committable_offsets() == {(EVENTS, 0): 2}

    # Once it runs, its timeout_s is watched from the `running` event read, as before.
    feed.event(event(TaskRunStatus.PENDING, 100, timeout_s=5), 100)
    feed.event(event(TaskRunStatus.RUNNING, 100, timeout_s=5), 101)
    assert state.committable_offsets() == {(EVENTS, 0): 3}
    assert state.expire(at(101 + 5 + state.grace_s)) == []
    (found,) = state.expire(at(101 + 5 + state.grace_s + 0.1))
    assert found.event.event_id == timed_out_event_id("r1-1", 1)


def test_offsets_stay_below_open_attempts_so_a_restart_rebuilds_them_and_records_nothing_twice() -> None:
    state = WatchdogState()
    feed = Feed(state)
    feed.event(event(TaskRunStatus.SUCCESS, 0, run="done"), 0)
    feed.command(RunCommand(run_id="r1-1", root_run_id="r1", operation="slow_op"), 0)
    feed.event(event(TaskRunStatus.RUNNING, 1, heartbeat_timeout_s=3), 1)
    feed.event(event(TaskRunStatus.HEARTBEAT, 2, heartbeat_timeout_s=3), 2)
    assert state.committable_offsets() == {(EVENTS, 0): 1, (COMMANDS, 0): 0}

    # Crash before anything was found: the restarted watchdog (reading at 100) finds the same attempt, with
    # its command, one heartbeat timeout after it read its last sign of life.
    restarted = WatchdogState()
    feed.replay_into(restarted, state.committable_offsets())
    assert restarted.expire(at(102.9)) == []
    (found,) = restarted.expire(at(103.1))
    assert found.outcome is not None and found.event.event_id == timed_out_event_id("r1-1", 1)

    # Crash after it was found and recorded: the restart reads its own timed_out event and records nothing.
    (first,) = state.expire(at(6))
    offsets = state.committable_offsets()
    feed.event(first.event, 6)
    again = WatchdogState()
    feed.replay_into(again, offsets)
    assert again.expire(at(600)) == []
    assert again.committable_offsets()[(EVENTS, 0)] == len([r for t, r in feed.log if t == EVENTS])


def test_forget_drops_old_ended_attempts_and_unused_commands() -> None:
    state = WatchdogState(forget_after=timedelta(minutes=10))
    feed = Feed(state)
    feed.command(RunCommand(run_id="x-1", root_run_id="x", operation="slow_op"), 0)
    feed.event(event(TaskRunStatus.SUCCESS, 0), 0)
    state.forget(at(601))
    assert state.ended == {} and state.commands == {}


def test_events_read_by_the_fast_check_are_decoded_only_for_the_attempt_timed_out() -> None:
    state = WatchdogState()
    raw = encode(event(TaskRunStatus.RUNNING, 0, heartbeat_timeout_s=3))
    (wire,) = check_events([raw])
    assert wire is not None
    state.observe_event(wire, topic=EVENTS, partition=0, offset=0, now=at(0), raw=raw)
    assert isinstance(state.open["r1-1:1"].last_event, bytes), "not decoded while the attempt lives"
    (found,) = state.expire(at(4))
    assert found.event.status is TaskRunStatus.TIMED_OUT and found.event.operation == "slow_op"


def test_ended_attempts_are_remembered_up_to_a_bound_oldest_first() -> None:
    state = WatchdogState(max_ended=2)
    for n in range(3):
        state.observe_event(
            event(TaskRunStatus.RUNNING, 0, run=f"r{n}", heartbeat_timeout_s=3),
            topic=EVENTS,
            partition=0,
            offset=2 * n,
            now=at(0),
        )
        state.observe_event(
            event(TaskRunStatus.SUCCESS, 1, run=f"r{n}"), topic=EVENTS, partition=0, offset=2 * n + 1, now=at(1)
        )
    assert list(state.ended) == ["r1-1:1", "r2-1:1"]


class _FourPartitions:
    """Cluster metadata as the group leader reads it: every topic has four partitions."""

    def partitions_for_topic(self, topic: str) -> set[int]:
        return {0, 1, 2, 3}


async def test_the_watchdog_holds_partition_p_of_events_and_commands_on_one_member() -> None:
    # An attempt's events and its command share a key, so a partition number. aiokafka's default round robin
    # gave events-p and commands-p to different members with three pipeline workers: the member timing the
    # attempt out held no command, sent no AttemptOutcome, and the runner run was never retried.
    from aiokafka.coordinator.protocol import ConsumerProtocolMemberMetadata

    from errorflow.agents.watchdog import watchdog_consumer
    from errorflow.settings import Settings

    consumer = watchdog_consumer(Settings(kafka={"bootstrap": "127.0.0.1:9"}))
    try:
        (assignor,) = consumer._partition_assignment_strategy  # what the consumer offers the group
    finally:
        await consumer.stop()  # never started: nothing to leave, only the warning of an unclosed consumer
    topics = ["app.taskruns.events", "app.taskruns.commands"]
    for members in range(1, 7):
        metadata = {f"worker-{i}": ConsumerProtocolMemberMetadata(0, topics, b"") for i in range(members)}
        for member, assignment in assignor.assign(_FourPartitions(), metadata).items():
            held = {topic: sorted(partitions) for topic, partitions in assignment.assignment}
            events, commands = held.get(topics[0], []), held.get(topics[1], [])
            if events != commands:
                pytest.fail(f"{members} members: {member} holds events {events} but commands {commands}")


@dataclass
class Message:
    value: bytes
    offset: int


def test_an_event_over_the_size_limit_opens_no_attempt_though_the_fast_check_reads_it() -> None:
    """The sink quarantines it as too_large: the watchdog must not time out an attempt the store never has."""
    state, stats = WatchdogState(), WatchdogStats()
    large = event(TaskRunStatus.RUNNING, 0, heartbeat_timeout_s=3, labels={"note": "x" * 5000})
    small = event(TaskRunStatus.RUNNING, 0, run="r2", heartbeat_timeout_s=3)
    messages = [Message(encode(large), 0), Message(encode(small), 1)]
    settings = Settings(kafka={"max_message_bytes": 4096})
    _observe(state, EVENTS, 0, messages, commands_topic=COMMANDS, settings=settings, stats=stats, at=at(0))
    assert list(state.open) == ["r2-1:1"]
    assert stats.malformed == 1


def answer(state: WatchdogState, *seconds: float) -> None:
    """The broker answers the events partition's fetches at these times."""
    for second in seconds:
        state.observe_answer(topic=EVENTS, partition=0, now=at(second))


def test_silence_while_the_broker_does_not_answer_does_not_time_a_live_attempt_out() -> None:
    state = WatchdogState(outage_after=timedelta(seconds=1))
    feed = Feed(state)
    answer(state, 0)
    feed.event(event(TaskRunStatus.RUNNING, 0, heartbeat_timeout_s=3), 0)
    answer(state, 0.5, 1.0)
    # The broker answers nothing from 1.0 s to 60 s: the heartbeats of 1 s, 2 s, ... wait in the service's spool.
    assert state.expire(at(30)) == [], "an outage's silence timed a live attempt out"
    answer(state, 60)  # the broker is back: the clock resumes at 2.0 s of silence (1 s after its last answer)
    assert state.expire(at(60.9)) == [], "the attempt had 1 s of its heartbeat timeout left"
    feed.event(event(TaskRunStatus.HEARTBEAT, 1, heartbeat_timeout_s=3), 60.5)  # the spool drains
    answer(state, 61, 62, 63)
    assert state.expire(at(63.4)) == []
    assert state.open, "the live attempt is still watched"


def test_an_attempt_that_died_in_an_outage_is_timed_out_with_the_time_it_had_left_once_the_broker_answers() -> None:
    state = WatchdogState(outage_after=timedelta(seconds=1))
    feed = Feed(state)
    answer(state, 0)
    feed.event(event(TaskRunStatus.RUNNING, 0, heartbeat_timeout_s=3), 0)
    answer(state, 1.0)
    assert state.expire(at(100)) == []
    answer(state, 100, 100.5, 101.0)
    assert state.expire(at(100.9)) == []  # silent 2.0 s when the clock stopped, 2.9 s now
    (found,) = state.expire(at(101.1))
    assert "no sign of life for 3.100 s" in (found.event.error_message or "")
    assert found.event.occurred_at == at(101.1)


def test_without_an_outage_the_clock_runs_as_before_and_a_partition_never_answered_is_judged_now() -> None:
    state = WatchdogState(outage_after=timedelta(seconds=1))
    feed = Feed(state)
    feed.event(event(TaskRunStatus.RUNNING, 0, heartbeat_timeout_s=3), 0)
    assert [f.event.root_run_id for f in state.expire(at(3.1))] == ["r1"]  # no answer seen: judged at now
    feed.event(event(TaskRunStatus.RUNNING, 4, run="r2", heartbeat_timeout_s=3), 4)
    answer(state, *(4 + n * 0.9 for n in range(5)))  # answers 0.9 s apart: never an outage
    assert state.expire(at(7.0)) == []
    assert [f.event.root_run_id for f in state.expire(at(7.7))] == ["r2"]


def test_run_time_stops_in_an_outage_too_and_the_deadline_is_judged_when_the_clock_stopped() -> None:
    state = WatchdogState(grace_s=2.0, outage_after=timedelta(seconds=1))
    feed = Feed(state)
    answer(state, 0)
    feed.event(event(TaskRunStatus.RUNNING, 0, timeout_s=4), 0)
    feed.event(event(TaskRunStatus.RUNNING, 0, run="due", deadline_at=at(5)), 0)
    answer(state, 1.0)
    assert state.expire(at(50)) == [], "judged at 2.0 s: within the timeout and before the deadline"
    answer(state, *(50 + n * 0.5 for n in range(10)))
    (due,) = state.expire(at(50.1))  # the deadline is a time of day: passed long ago
    assert due.event.root_run_id == "due"
    assert state.expire(at(53.9)) == []  # ran 2.0 s before the outage + 3.9 s since: 5.9 s < 4 s + 2 s grace
    (ran,) = state.expire(at(54.2))
    assert ran.event.execution_time_s == pytest.approx(6.2)


def test_a_restarted_runners_hand_over_heartbeat_in_flight_when_the_watchdog_times_out_is_passed_by() -> None:
    """The cause of test_watchdog.py's killed-runner flake ("silence 0.0 < 3"): correct behaviour, a wrong bound.

    The killed runner's last beat was read at 1 s; the restarted runner's hand-over heartbeat
    (``report_orphaned``) is stamped at 4.0005 s, just before the watchdog's tick at 4.001 s, and read after
    it. The watchdog times the attempt out on what it had read (3 s of silence since 1 s), once, and passes the
    heartbeat by. Stored, the heartbeat and the ``timed_out`` share their millisecond: a bound measured from
    the last stored sign of life reads a silence of 0 s, although no sign of life the watchdog had read was
    younger than the heartbeat timeout.
    """
    state = WatchdogState()
    feed = Feed(state)
    feed.command(RunCommand(run_id="r1-1", root_run_id="r1", operation="slow_op", input={}), now=0.0)
    feed.event(event(TaskRunStatus.RUNNING, 0.0, heartbeat_timeout_s=3.0), now=0.0)
    feed.event(event(TaskRunStatus.HEARTBEAT, 1.0, heartbeat_timeout_s=3.0), now=1.0)  # the killed runner's last
    (found,) = state.expire(at(4.001))
    assert found.event.occurred_at == at(4.001) and found.outcome is not None
    feed.event(event(TaskRunStatus.HEARTBEAT, 4.0005, heartbeat_timeout_s=3.0), now=4.01)  # the hand-over
    assert state.expire(at(60.0)) == [] and state.open == {}  # timed out once; the late heartbeat passed by
    stamped = [at(1.0), at(4.0), found.event.occurred_at]  # as stored, to the millisecond
    assert (stamped[2] - stamped[1]).total_seconds() < 3.0  # the test's old bound: "silence 0.0 < 3"
    assert (stamped[2] - stamped[0]).total_seconds() >= 3.0  # the killed attempt's own silence: correct
