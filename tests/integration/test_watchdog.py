"""Stuck runs on the embedded stack: frozen and killed processes are found, timed out once, retried once.

Heartbeat timeouts here are 3 s (``tests.integration.watchdog_ops``). Bounds are
checked on the event times stored in ClickHouse, not on the test's clock.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from errorflow.children import spawn
from errorflow.cli.recovery import RunFilter, runs_sql
from errorflow.embedded.stack import EmbeddedStack
from errorflow.schemas import AttemptOutcome, TaskRunEvent, TaskRunStatus, decode
from errorflow.schemas.ids import timed_out_event_id
from errorflow.sdk import configure, runtime, shutdown, submit
from errorflow.streams.topics import Topics
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for
from tests.integration.recovery_support import actions, recovery_settings, seconds, wait_for_action
from tests.integration.watchdog_ops import HEARTBEAT_TIMEOUT_S

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
DETECTION_SLACK_S = 2.0


@pytest.fixture(scope="module")
def stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    settings = recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("watchdog"), name="wd")
    embedded = EmbeddedStack(settings, ops_modules=("tests.integration.watchdog_ops",))
    embedded.start(ready_timeout_s=120)
    try:
        running = RunningStack(embedded, settings)
        configure(settings, service="it-watchdog-caller")
        try:
            warm = submit("wd_slow", {"seconds": 0, "marker": str(settings.data_dir / "warm.txt")})
            assert runtime().emitter.flush(10)
        finally:
            shutdown()
        wait_for(
            lambda: status_count(running, warm.root_run_id, "success") == 1, timeout_s=120, what="warm-up run done"
        )
        yield running
    finally:
        embedded.stop()


def status_count(stack: RunningStack, root: str, status: str, attempt: int | None = None) -> int:
    where = f" AND attempt = {attempt}" if attempt is not None else ""
    return int(
        stack.value(
            f"SELECT count() FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' AND status = '{status}'{where}"
        )
        or 0
    )


def times(stack: RunningStack, root: str, statuses: tuple[str, ...], attempt: int) -> list[float]:
    names = ", ".join(f"'{s}'" for s in statuses)
    rows = stack.rows(
        f"SELECT occurred_at FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' AND attempt = {attempt} "
        f"AND status IN ({names}) ORDER BY occurred_at"
    )
    return [seconds(row["occurred_at"]) for row in rows]


def marks(marker: Path) -> list[str]:
    return marker.read_text().splitlines() if marker.exists() else []


def assert_timed_out_once_within_bound(stack: RunningStack, root: str) -> None:
    """One timed_out event for attempt 1, recorded within the heartbeat timeout + slack of its last sign of life."""
    assert status_count(stack, root, "timed_out") == 1
    (timed_out_at,) = times(stack, root, ("timed_out",), attempt=1)
    last_alive = max(t for t in times(stack, root, ("pending", "running", "heartbeat"), attempt=1) if t <= timed_out_at)
    silence = timed_out_at - last_alive
    assert HEARTBEAT_TIMEOUT_S <= silence <= HEARTBEAT_TIMEOUT_S + DETECTION_SLACK_S, silence


def assert_timed_out_once_after_the_kill(stack: RunningStack, root: str, killed_at: float) -> None:
    """One timed_out for attempt 1, one heartbeat timeout (+ slack) after the last sign of life the watchdog read.

    Signs of life stamped after ``killed_at`` are the restarted runner's hand-over heartbeat
    (``report_orphaned``). When it is read before the watchdog times the attempt out, the timeout counts
    from it; when the watchdog's tick comes first (the heartbeat in flight, stamped the same millisecond
    or a few before the ``timed_out``), the watchdog rightly times out on the killed runner's silence and
    passes the heartbeat by. Measured from the last stored sign of life, that read as "silence 0.0 < 3"
    (about one run in twenty): the bound, not the watchdog, was wrong
    (``test_watchdog_core.py::test_a_restarted_runners_hand_over_heartbeat_in_flight_...``).
    """
    assert status_count(stack, root, "timed_out") == 1
    (timed_out_at,) = times(stack, root, ("timed_out",), attempt=1)
    signs = times(stack, root, ("pending", "running", "heartbeat"), attempt=1)
    own = max(t for t in signs if t <= killed_at)  # the killed runner's last sign of life
    handed = [t for t in signs if killed_at < t <= timed_out_at]
    assert timed_out_at - own >= HEARTBEAT_TIMEOUT_S, (timed_out_at, own)  # never before it was silent long enough
    silences = [timed_out_at - t for t in (own, *handed)]
    assert any(HEARTBEAT_TIMEOUT_S <= s <= HEARTBEAT_TIMEOUT_S + DETECTION_SLACK_S for s in silences), silences


def assert_retried_once_and_done(stack: RunningStack, root: str) -> None:
    rows = actions(stack, root)
    assert [a["action"] for a in rows].count("retry_scheduled") == 1, rows
    # Under the decorator's retry_policy (3 attempts), whoever recorded the timeout: a watchdog's outcome
    # knows it only from the attempt's events' label.
    (scheduled,) = (a for a in rows if a["action"] == "retry_scheduled")
    assert "attempt 2/3" in scheduled["detail"], scheduled
    assert [a["action"] for a in rows if a["action"] == "succeeded_after_retry"] == ["succeeded_after_retry"], rows
    assert status_count(stack, root, "running", attempt=2) == 1
    assert status_count(stack, root, "success") == 1
    (success_at,) = times(stack, root, ("success",), attempt=2)
    after = stack.value(
        f"SELECT count() FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' AND status = 'running' "
        f"AND occurred_at > fromUnixTimestamp64Milli({int(success_at * 1000)})"
    )
    assert int(after) == 0, "nothing ran after the run reported success"


def call_directly(stack: RunningStack, seconds: float, marker: Path, answer: Path) -> subprocess.Popen[bytes]:
    """A service process that calls ``wd_slow`` in-process (no runner), writes what it returned, flushes and exits."""
    script = (
        "import asyncio\n"
        "from pathlib import Path\n"
        "from errorflow.sdk import configure, shutdown\n"
        "from tests.integration.watchdog_ops import wd_slow\n"
        "configure(service='it-direct-caller')\n"
        f"result = asyncio.run(wd_slow({seconds}, {str(marker)!r}))\n"
        f"Path({str(answer)!r}).write_text(repr(result))\n"
        "shutdown()\n"
    )
    return spawn([sys.executable, "-c", script], cwd=ROOT, env=stack.cli_env())


def direct_root(stack: RunningStack, marker: Path) -> str:
    """The root run id of the direct call working on ``marker``, once one of its heartbeats is stored."""
    root: str = wait_for(
        lambda: stack.value(
            "SELECT any(root_run_id) FROM {db}.taskrun_events WHERE status = 'heartbeat' AND channel = 'direct'"
            f" AND position(input_dump, '{marker}') > 0"
        ),
        timeout_s=60,
        what="a heartbeat of the direct call",
    )
    return root


@dataclass(frozen=True)
class Copy:
    """One record of an attempt's end on a topic, and where it is."""

    event: TaskRunEvent
    topic: str
    partition: int
    offset: int


def attempt_ends_on_topic(stack: RunningStack, topic: str, root: str, attempt: int) -> list[Copy]:
    """Every record of one attempt's end on ``taskruns.events`` or ``taskruns.attempts``, read to the topic's end.

    Copies the sink stored once are all here: what the watchdog and the woken process each sent.
    """
    name = stack.topic(topic)

    async def read() -> list[Copy]:
        consumer = AIOKafkaConsumer(
            name,
            bootstrap_servers=stack.settings.kafka.bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            group_id=None,
        )
        await consumer.start()
        found: list[Copy] = []
        try:
            while not consumer.assignment():
                await consumer.getmany(timeout_ms=200)
            ends = await consumer.end_offsets(list(consumer.assignment()))
            await consumer.seek_to_beginning()
            while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
                for tp, messages in (await consumer.getmany(timeout_ms=500)).items():
                    for m in messages:
                        if m.key == root.encode():
                            value = decode(m.value, AttemptOutcome).event if topic == Topics.ATTEMPTS.name else None
                            event = value or decode(m.value, TaskRunEvent)
                            found.append(Copy(event, name, tp.partition, m.offset))
        finally:
            await consumer.stop()
        signs_of_life = {TaskRunStatus.PENDING, TaskRunStatus.RUNNING, TaskRunStatus.HEARTBEAT}
        return [c for c in found if c.event.attempt == attempt and c.event.status not in signs_of_life]

    return asyncio.run(asyncio.wait_for(read(), timeout=120))


def recovery_read(stack: RunningStack, copies: list[Copy]) -> None:
    """Wait until the recovery agent committed its offsets past every copy: it has decided on each (or skipped it)."""

    async def committed(copy: Copy) -> int:
        group = AIOKafkaConsumer(
            bootstrap_servers=stack.settings.kafka.bootstrap,
            group_id=f"{stack.settings.app_id}-recovery",
            enable_auto_commit=False,
        )
        await group.start()
        try:
            return (await group.committed(TopicPartition(copy.topic, copy.partition))) or 0
        finally:
            await group.stop()

    for copy in copies:
        wait_for(
            lambda copy=copy: asyncio.run(committed(copy)) > copy.offset,
            timeout_s=90,
            interval_s=1.0,
            what=f"recovery read past {copy.topic}[{copy.partition}]@{copy.offset}",
        )


def assert_two_copies_of_the_watchdogs_timed_out(copies: list[Copy], run_id: str) -> None:
    """The watchdog's timed_out and the woken process's, under one id: nothing else ended the attempt."""
    assert [c.event.status for c in copies] == [TaskRunStatus.TIMED_OUT] * 2, copies
    assert {c.event.event_id for c in copies} == {timed_out_event_id(run_id, 1)}, copies
    watchdogs = [(c.event.error_message or "").startswith("the watchdog timed the attempt out") for c in copies]
    assert watchdogs == [True, False], copies


def stored_ends(stack: RunningStack, root: str) -> list[tuple[int, str, int]]:
    rows = stack.rows(
        "SELECT attempt, status, count() AS n FROM {db}.taskrun_events"
        f" WHERE root_run_id = '{root}' AND status IN ('success', 'failed', 'timed_out')"
        " GROUP BY attempt, status ORDER BY attempt"
    )
    return [(r["attempt"], r["status"], r["n"]) for r in rows]


def test_a_frozen_service_process_is_timed_out_within_its_heartbeat_timeout_and_retried_once(
    stack: RunningStack, tmp_path: Path
) -> None:
    marker = tmp_path / "frozen.txt"
    script = (
        "import asyncio, sys\n"
        "from errorflow.sdk import configure\n"
        "from tests.integration.watchdog_ops import wd_slow\n"
        "configure(service='it-frozen-service')\n"
        f"asyncio.run(wd_slow(120, {str(marker)!r}))\n"
    )
    service = spawn([sys.executable, "-c", script], cwd=ROOT, env=stack.cli_env())
    try:
        wait_for(lambda: "start 1" in marks(marker), timeout_s=60, what="the direct call started")
        root = direct_root(stack, marker)  # this test's call: other tests' direct calls share the stack
        os.kill(service.pid, signal.SIGSTOP)  # frozen mid-run: alive, silent
        wait_for(lambda: status_count(stack, root, "timed_out") >= 1, timeout_s=60, what="the frozen run timed out")
        wait_for(
            lambda: any(a["action"] == "succeeded_after_retry" for a in actions(stack, root)),
            timeout_s=90,
            what="the retry of the frozen run done",
        )
        time.sleep(3.0)  # a second timeout or retry would have landed by now
        assert_timed_out_once_within_bound(stack, root)
        assert_retried_once_and_done(stack, root)
        assert marks(marker).count("start 2") == 1 and "end 1" not in marks(marker)
    finally:
        service.kill()
        service.wait(timeout=10)


def submit_slow_run(stack: RunningStack, seconds: float, marker: Path) -> str:
    """Submit one ``wd_slow`` run to the runner, delivered; return its root run id."""
    configure(stack.settings, service="it-watchdog-caller")
    try:
        command = submit("wd_slow", {"seconds": seconds, "marker": str(marker)})
        assert runtime().emitter.flush(10)
    finally:
        shutdown()
    return command.root_run_id


def test_a_runner_killed_mid_run_its_run_is_found_and_retried_and_never_run_twice(
    stack: RunningStack, tmp_path: Path
) -> None:
    marker = tmp_path / "killed.txt"
    root = submit_slow_run(stack, 120, marker)
    wait_for(lambda: status_count(stack, root, "heartbeat") >= 1, timeout_s=90, what="attempt 1 heartbeating")
    # A heartbeat is no terminal state: `errorflow runs` lists the heartbeating run as running.
    (listed,) = stack.rows(runs_sql(stack.database, RunFilter(ids=(root,))))
    assert listed["outcome"] == "running", listed
    runner = stack.stack.processes["runner-0"]
    runner.send_signal(signal.SIGKILL)
    runner.wait(timeout=10)
    killed_at = time.time()
    stack.stack.restart("runner-0")
    wait_for(
        lambda: any(a["action"] == "succeeded_after_retry" for a in actions(stack, root)),
        timeout_s=240,  # about 20 s alone; once past 120 s with test files running side by side on two cores
        what="the killed run retried and done",
    )
    time.sleep(5.0)  # a rerun of attempt 1 by the restarted runner would have started by now
    assert_timed_out_once_after_the_kill(stack, root, killed_at)
    assert_retried_once_and_done(stack, root)
    assert marks(marker).count("start 1") == 1, marks(marker)
    assert marks(marker).count("start 2") == 1, marks(marker)
    assert status_count(stack, root, "running", attempt=1) == 1


def test_a_runner_frozen_past_the_heartbeat_timeout_drops_its_late_result(stack: RunningStack, tmp_path: Path) -> None:
    """A runner frozen mid-attempt is timed out and its run retried; on waking it must not report a second end.

    Attempt 1 works 5 s; the runner is frozen (SIGSTOP) once it beats, until the watchdog timed
    the attempt out and the work's time is over, then resumed: attempt 1 returns at once. Its
    result is recorded ``timed_out`` under the watchdog's event id (one row), so the run has one
    terminal event per attempt and one success, the retry's.
    """
    marker = tmp_path / "frozen-runner.txt"
    root = submit_slow_run(stack, 5, marker)
    wait_for(lambda: status_count(stack, root, "heartbeat") >= 1, timeout_s=90, what="attempt 1 heartbeating")
    runner = stack.stack.processes["runner-0"]
    frozen_at = time.monotonic()
    runner.send_signal(signal.SIGSTOP)
    try:
        wait_for(lambda: status_count(stack, root, "timed_out") >= 1, timeout_s=60, what="the frozen attempt timed out")
        time.sleep(max(0.0, 6.0 - (time.monotonic() - frozen_at)))  # attempt 1's 5 s are over when it wakes
    finally:
        runner.send_signal(signal.SIGCONT)
    wait_for(
        lambda: any(a["action"] == "succeeded_after_retry" for a in actions(stack, root)),
        timeout_s=120,
        what="the retry done",
    )
    wait_for(lambda: "end 1" in marks(marker), timeout_s=30, what="attempt 1 returned after the runner woke")
    time.sleep(3.0)  # attempt 1's late result, were it reported, would be stored by now
    ends = stack.rows(
        "SELECT attempt, status, count() AS n FROM {db}.taskrun_events"
        f" WHERE root_run_id = '{root}' AND status IN ('success', 'failed', 'timed_out')"
        " GROUP BY attempt, status ORDER BY attempt"
    )
    assert [(r["attempt"], r["status"], r["n"]) for r in ends] == [(1, "timed_out", 1), (2, "success", 1)], ends
    # Both outcomes of attempt 1 reached recovery (the watchdog's, then the woken runner's): it decided once.
    copies = attempt_ends_on_topic(stack, Topics.ATTEMPTS.name, root, attempt=1)
    assert_two_copies_of_the_watchdogs_timed_out(copies, root)
    recovery_read(stack, copies)
    assert [a["action"] for a in actions(stack, root)] == ["retry_scheduled", "succeeded_after_retry"]


def test_a_direct_call_frozen_past_the_heartbeat_timeout_reports_the_watchdogs_timed_out_not_its_result(
    stack: RunningStack, tmp_path: Path
) -> None:
    """A service process frozen mid-call is timed out and the call retried; on waking it reports no second end.

    The call works 15 s; the process is frozen (SIGSTOP) once the call beats, until the watchdog
    timed it out and the work's time is over, then resumed: the call returns at once, its caller
    gets the value, and the SDK records the attempt ``timed_out`` under the watchdog's event id
    (a second copy on the topic, one row in ClickHouse), not its late success.
    """
    marker, answer = tmp_path / "frozen-direct.txt", tmp_path / "frozen-direct.answer"
    service = call_directly(stack, 15, marker, answer)
    try:
        wait_for(lambda: "start 1" in marks(marker), timeout_s=60, what="the direct call started")
        called_at = time.monotonic()  # the call started by now
        root = direct_root(stack, marker)
        os.kill(service.pid, signal.SIGSTOP)  # frozen mid-call: alive, silent
        assert "end 1" not in marks(marker), "the freeze must land while the call works"
        try:
            wait_for(
                lambda: status_count(stack, root, "timed_out") >= 1, timeout_s=60, what="the frozen call timed out"
            )
            time.sleep(max(0.0, 16.0 - (time.monotonic() - called_at)))  # the call's 15 s are over when it wakes
        finally:
            os.kill(service.pid, signal.SIGCONT)
        assert service.wait(timeout=60) == 0, "the service process returned from its call and flushed"
        assert answer.read_text() == "{'attempt': 1}", "the caller got the call's return value"
        wait_for(
            lambda: any(a["action"] == "succeeded_after_retry" for a in actions(stack, root)),
            timeout_s=120,
            what="the retry of the frozen call done",
        )
        # Both copies of attempt 1's end are on the topic: the watchdog's and the woken process's.
        copies = attempt_ends_on_topic(stack, Topics.EVENTS.name, root, attempt=1)
        assert_two_copies_of_the_watchdogs_timed_out(copies, root)
        wait_for(lambda: status_count(stack, root, "success") >= 1, timeout_s=60, what="the retry's success stored")
        assert stored_ends(stack, root) == [(1, "timed_out", 1), (2, "success", 1)]
        recovery_read(stack, copies)  # recovery decided on the first copy, and skipped the second
        assert [a["action"] for a in actions(stack, root)] == ["retry_scheduled", "succeeded_after_retry"]
    finally:
        service.kill()
        service.wait(timeout=10)


def test_a_direct_call_that_keeps_beating_reports_its_one_success(stack: RunningStack, tmp_path: Path) -> None:
    """The control: the same call, not frozen, ends with its success and nothing else."""
    marker, answer = tmp_path / "steady-direct.txt", tmp_path / "steady-direct.answer"
    service = call_directly(stack, 5, marker, answer)
    try:
        root = direct_root(stack, marker)
        assert service.wait(timeout=60) == 0
        assert answer.read_text() == "{'attempt': 1}"
    finally:
        service.kill()
        service.wait(timeout=10)
    copies = attempt_ends_on_topic(stack, Topics.EVENTS.name, root, attempt=1)
    assert [c.event.status for c in copies] == [TaskRunStatus.SUCCESS], copies
    wait_for(lambda: status_count(stack, root, "success") >= 1, timeout_s=60, what="the success stored")
    time.sleep(HEARTBEAT_TIMEOUT_S + DETECTION_SLACK_S)  # a wrong timeout of the call would be stored by now
    assert stored_ends(stack, root) == [(1, "success", 1)]
    assert actions(stack, root) == []


def test_a_passed_deadline_cancels_the_attempt_and_records_it(stack: RunningStack, tmp_path: Path) -> None:
    marker = tmp_path / "deadline.txt"
    configure(stack.settings, service="it-watchdog-caller")
    try:
        deadline = datetime.now(timezone.utc) + timedelta(seconds=15)  # after the runner's start, well before 60 s
        command = submit("wd_deadline", {"marker": str(marker)}, deadline_at=deadline)
        assert runtime().emitter.flush(10)
    finally:
        shutdown()
    root = command.root_run_id
    wait_for(lambda: status_count(stack, root, "timed_out", attempt=1) == 1, timeout_s=90, what="attempt 1 timed out")
    wait_for(lambda: "cancelled" in marks(marker), timeout_s=30, what="the attempt cancelled")
    (timed_out_at,) = times(stack, root, ("timed_out",), attempt=1)
    assert timed_out_at >= deadline.timestamp() - 0.01
    message = stack.value(
        f"SELECT any(error_message) FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' AND status = 'timed_out'"
    )
    assert "deadline" in message
    # Recovery treats the timeout like any transient failure, and the passed deadline ends the run.
    wait_for_action(stack, root, "gave_up_deadline", timeout_s=60)
    time.sleep(3.0)
    assert (
        int(
            stack.value(
                f"SELECT count() FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' AND status = 'running' "
                "AND attempt > 1"
            )
        )
        == 0
    ), "no attempt runs past the run's deadline"


def test_a_watchdog_restarted_while_a_run_is_silent_still_finds_it_once(stack: RunningStack, tmp_path: Path) -> None:
    """The open attempt is rebuilt from the committed offsets after a SIGKILL of the pipeline (last: it restarts it)."""
    marker = tmp_path / "restart.txt"
    script = (
        "import asyncio\n"
        "from errorflow.sdk import configure\n"
        "from tests.integration.watchdog_ops import wd_slow\n"
        "configure(service='it-frozen-service')\n"
        f"asyncio.run(wd_slow(120, {str(marker)!r}))\n"
    )
    service = spawn([sys.executable, "-c", script], cwd=ROOT, env=stack.cli_env())
    try:
        wait_for(lambda: "start 1" in marks(marker), timeout_s=60, what="the direct call started")
        root = direct_root(stack, marker)  # this test's call: other tests' direct calls share the stack
        os.kill(service.pid, signal.SIGSTOP)
        pipeline = stack.stack.processes["pipeline"]
        pipeline.send_signal(signal.SIGKILL)  # within the heartbeat timeout: nothing was found yet
        pipeline.wait(timeout=10)
        stack.stack.restart("pipeline")
        wait_for(lambda: status_count(stack, root, "timed_out") >= 1, timeout_s=90, what="the silent run timed out")
        wait_for(
            lambda: any(a["action"] == "succeeded_after_retry" for a in actions(stack, root)),
            timeout_s=90,
            what="the retry of the silent run done",
        )
        time.sleep(3.0)
        assert status_count(stack, root, "timed_out") == 1
        assert_retried_once_and_done(stack, root)
    finally:
        service.kill()
        service.wait(timeout=10)


def test_saga_steps_a_frozen_runner_reports_after_its_attempt_was_retried_are_undone_when_the_run_fails(
    stack: RunningStack, tmp_path: Path
) -> None:
    """The steps an attempt registered before its runner froze join the run's saga, though the attempt was retried.

    Attempt 1 reserves two seats, then works 5 s; the runner is frozen (SIGSTOP) until the watchdog timed the
    attempt out (its copy knows no step of the attempt) and the run was retried. Woken, the runner reports
    attempt 1's ``timed_out`` with its two steps; attempt 2 reserves two seats and is refused for good. Before,
    the woken copy was decided as of the watchdog's (the same retry, deduplicated away) and only attempt 2's
    seats were released. Now all four are, each once, newest first.
    """
    marker = tmp_path / "saga-seats.txt"
    configure(stack.settings, service="it-watchdog-caller")
    try:
        command = submit("wd_saga_seats", {"seats": ["s1", "s2"], "seconds": 5, "marker": str(marker)})
        assert runtime().emitter.flush(10)
    finally:
        shutdown()
    root = command.root_run_id
    wait_for(lambda: "start 1" in marks(marker), timeout_s=90, what="attempt 1 registered its steps")
    wait_for(lambda: status_count(stack, root, "heartbeat") >= 1, timeout_s=90, what="attempt 1 heartbeating")
    runner = stack.stack.processes["runner-0"]
    frozen_at = time.monotonic()
    runner.send_signal(signal.SIGSTOP)
    try:
        wait_for(lambda: status_count(stack, root, "timed_out") >= 1, timeout_s=60, what="the frozen attempt timed out")
        wait_for(
            lambda: any(a["action"] == "retry_scheduled" for a in actions(stack, root)),
            timeout_s=60,
            what="the timed-out attempt retried",
        )
        time.sleep(max(0.0, 6.0 - (time.monotonic() - frozen_at)))  # attempt 1's 5 s are over when it wakes
    finally:
        runner.send_signal(signal.SIGCONT)
    undone = ["undo s2-a2", "undo s1-a2", "undo s2-a1", "undo s1-a1"]
    try:
        wait_for(
            lambda: len([m for m in marks(marker) if m.startswith("undo")]) >= len(undone),
            timeout_s=180,
            what="every seat of both attempts released",
        )
    except AssertionError as exc:
        raise AssertionError(f"{exc}; marked: {marks(marker)}; actions: {actions(stack, root)}") from exc
    # Both copies of attempt 1's end reached recovery; everything they led to has been produced.
    copies = attempt_ends_on_topic(stack, Topics.ATTEMPTS.name, root, attempt=1)
    assert_two_copies_of_the_watchdogs_timed_out(copies, root)
    recovery_read(stack, copies)
    time.sleep(3.0)  # a repeated undo, were one sent, would be marked by now
    assert [m for m in marks(marker) if m.startswith("undo")] == undone, marks(marker)
    rows = actions(stack, root)
    assert [a["action"] for a in rows].count("retry_scheduled") == 1, rows
    # Under the decorator's retry_policy (3 attempts), whoever recorded the timeout: a watchdog's outcome
    # knows it only from the attempt's events' label.
    (scheduled,) = (a for a in rows if a["action"] == "retry_scheduled")
    assert "attempt 2/3" in scheduled["detail"], scheduled
    assert [a["action"] for a in rows if a["action"] in ("dead_lettered", "failed_fast")] == ["dead_lettered"], rows
    assert stored_ends(stack, root) == [(1, "timed_out", 1), (2, "failed", 1)]
