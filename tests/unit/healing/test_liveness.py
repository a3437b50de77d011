"""Agent heartbeats: a stuck agent (alive but making no progress) fails liveness, named, with its silence."""

from __future__ import annotations

import ast
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from errorflow.errors import ConfigurationError
from errorflow.healing import AgentPulse, Heartbeats, LivenessPolicy, silent_agents
from errorflow.healing.liveness import describe

ROOT = Path(__file__).resolve().parents[3]


class FakeClock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_agent_that_keeps_beating_stays_live_however_long_it_runs() -> None:
    clock = FakeClock()
    beats = Heartbeats(clock)
    beat = beats.register("errorflow-ingest")
    policy = LivenessPolicy(max_silence_s=30.0, startup_grace_s=60.0)
    for _ in range(100):  # 100 idle iterations of 10 s each: far longer than the limit in total
        beat()
        clock.now += 10.0
        assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []


def test_an_agent_silent_past_the_limit_is_named_with_its_silence() -> None:
    clock = FakeClock()
    beats = Heartbeats(clock)
    policy = LivenessPolicy(max_silence_s=30.0, startup_grace_s=60.0)
    ingest, classifier = beats.register("errorflow-ingest"), beats.register("errorflow-classifier")
    ingest()
    classifier()
    clock.now += 30.0
    ingest()
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []  # exactly the limit: still live
    clock.now += 12.5
    ingest()
    [silence] = silent_agents(beats.pulses(), now=clock(), policy=policy)
    assert (silence.agent, silence.silent_s, silence.limit_s, silence.started) == (
        "errorflow-classifier",
        42.5,
        30.0,
        True,
    )
    ok, detail = describe(beats.pulses(), now=clock(), policy=policy)
    assert not ok
    assert detail == "errorflow-classifier made no progress for 42s (limit 30s)"
    classifier()  # it recovers (a slow call returned): live again
    assert describe(beats.pulses(), now=clock(), policy=policy)[0]


def test_before_its_first_beat_an_agent_has_the_start_up_grace_not_the_silence_limit() -> None:
    clock = FakeClock()
    beats = Heartbeats(clock)
    policy = LivenessPolicy(max_silence_s=30.0, startup_grace_s=600.0)
    beats.register("errorflow-anomaly")  # rebuilding its windows from the store before its loop
    clock.now += 599.0
    ok, detail = describe(beats.pulses(), now=clock(), policy=policy)
    assert ok and "1 starting" in detail
    clock.now += 2.0
    [silence] = silent_agents(beats.pulses(), now=clock(), policy=policy)
    assert (silence.agent, silence.started, silence.limit_s) == ("errorflow-anomaly", False, 600.0)
    assert str(silence) == "errorflow-anomaly has not started its loop for 601s (start-up grace 600s)"


def test_several_silent_agents_are_all_named_the_longest_silent_first() -> None:
    pulses = {
        "a": AgentPulse(registered_at=0.0, last_beat=90.0),
        "b": AgentPulse(registered_at=0.0, last_beat=50.0),
        "c": AgentPulse(registered_at=0.0, last_beat=99.0),
        "d": AgentPulse(registered_at=0.0, last_beat=None),
    }
    policy = LivenessPolicy(max_silence_s=5.0, startup_grace_s=20.0)
    assert [s.agent for s in silent_agents(pulses, now=100.0, policy=policy)] == ["d", "b", "a"]
    ok, detail = describe(pulses, now=100.0, policy=policy)
    assert not ok and detail.index("d has not started") < detail.index("b made") < detail.index("a made")


def test_a_healthy_detail_says_how_many_agents_progress_and_the_longest_silence() -> None:
    pulses = {
        "a": AgentPulse(registered_at=0.0, last_beat=99.5),
        "b": AgentPulse(registered_at=0.0, last_beat=98.0),
    }
    ok, detail = describe(pulses, now=100.0, policy=LivenessPolicy(max_silence_s=300.0))
    assert ok and detail == "2 agent(s) progressing, longest silence 2.0s (limit 300s)"
    assert describe({}, now=0.0, policy=LivenessPolicy()) == (True, "no agents yet")


def test_a_restarted_agent_starts_with_its_grace_again() -> None:
    clock = FakeClock()
    beats = Heartbeats(clock)
    policy = LivenessPolicy(max_silence_s=5.0, startup_grace_s=50.0)
    beats.register("x")()
    clock.now += 10.0
    assert silent_agents(beats.pulses(), now=clock(), policy=policy)
    beats.register("x")
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []


@pytest.mark.parametrize("field", ["max_silence_s", "startup_grace_s"])
@pytest.mark.parametrize("value", [0.0, -1.0, float("inf")])
def test_limits_must_be_positive_and_finite(field: str, value: float) -> None:
    with pytest.raises(ConfigurationError, match=field):
        LivenessPolicy(**{field: value})


def test_the_defaults_leave_room_for_slow_but_legitimate_iterations() -> None:
    from errorflow.settings import Settings

    health = Settings().health
    assert health.agent_max_silence_s >= 120.0  # a store flush retried under load, a rebalance
    assert health.agent_startup_grace_s >= health.agent_max_silence_s  # a rebuild before the first iteration


def test_every_agent_the_pipeline_starts_beats_under_its_task_name() -> None:
    """An agent added without a heartbeat would be invisible to /healthz once stuck."""
    tree = ast.parse((ROOT / "src/errorflow/pipeline.py").read_text())
    [on_start] = [n for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef) and n.name == "on_start"]
    source = ast.unparse(on_start)
    tasks = set(re.findall(r"name='(errorflow-[a-z-]+)'", source))
    beats = set(re.findall(r"beat\('(errorflow-[a-z-]+)'\)", source))
    assert len(tasks) >= 8 and tasks <= beats, (tasks, beats)
    assert "register_as_of('errorflow-sink-flush')" in source  # the sink's background flushes too


def test_progress_as_of_a_time_reports_work_running_off_the_loop() -> None:
    clock = FakeClock()
    beats = Heartbeats(clock)
    policy = LivenessPolicy(max_silence_s=30.0, startup_grace_s=60.0)
    as_of = beats.register_as_of("errorflow-sink-flush")
    flush_started = clock.now
    for _ in range(5):  # the loop reports every iteration; the flush it waits for started long ago
        clock.now += 10.0
        as_of(flush_started)
    [silence] = silent_agents(beats.pulses(), now=clock(), policy=policy)
    assert (silence.agent, silence.silent_s) == ("errorflow-sink-flush", 50.0)
    as_of(clock.now)  # the flush returned
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []


def test_every_batch_agent_loop_beats_once_per_iteration_first_thing() -> None:
    """The beat comes first in the loop body, so an iteration that ends early (``continue``) still beats."""
    loops = 0
    for path in sorted((ROOT / "agents").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.While) and "stop.is_set()" in ast.unparse(node.test):
                loops += 1
                first = ast.unparse(node.body[0])
                assert first in ("beat()", "self.beat()"), f"{path.name}:{node.lineno} starts with {first}"
    assert loops >= 8


def test_an_event_driven_agent_is_silent_only_while_one_piece_of_work_runs_too_long() -> None:
    clock = FakeClock()
    beats = Heartbeats(clock)
    policy = LivenessPolicy(max_silence_s=30.0, startup_grace_s=60.0)
    work = beats.register_work("errorflow-runner")
    first, second = work.slot(), work.slot()  # two actors
    clock.now += 10_000.0  # no event for hours: idle, not silent, and no start-up phase
    assert describe(beats.pulses(), now=clock(), policy=policy) == (
        True,
        "1 agent(s) progressing, longest silence 0.0s (limit 30s)",
    )
    first.busy()
    clock.now += 20.0
    second.busy()
    second.idle()
    first.idle()
    first.busy()
    clock.now += 30.0
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []  # exactly the limit
    clock.now += 1.0
    second.busy()  # the other actor's fresh work does not hide the old one
    [silence] = silent_agents(beats.pulses(), now=clock(), policy=policy)
    assert (silence.agent, silence.silent_s, silence.started) == ("errorflow-runner", 31.0, True)
    first.idle()
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []


def test_work_with_an_allowance_is_judged_after_it_and_unbounded_work_never() -> None:
    clock = FakeClock()
    beats = Heartbeats(clock)
    policy = LivenessPolicy(max_silence_s=30.0, startup_grace_s=60.0)
    slot = beats.register_work("errorflow-runner").slot()
    slot.busy(allowance_s=100.0)  # an operation with timeout_s=100
    clock.now += 130.0
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []
    clock.now += 1.0
    assert [s.silent_s for s in silent_agents(beats.pulses(), now=clock(), policy=policy)] == [31.0]
    slot.busy()  # the operation returned: the runner's own work (publishing its outcome) starts now
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []
    slot.busy(allowance_s=float("inf"))  # an operation with no time limit: the watchdog watches it
    clock.now += 1e6
    assert silent_agents(beats.pulses(), now=clock(), policy=policy) == []


def test_tracked_marks_each_event_busy_until_the_next_is_asked_for() -> None:
    import asyncio

    from errorflow.healing import WorkTracker
    from errorflow.healing.liveness import tracked

    clock = FakeClock()
    slot = WorkTracker(clock).slot()
    seen: list[float | None] = []

    async def events() -> AsyncIterator[int]:
        for value in range(3):
            seen.append(slot.since)  # asked for the next event: idle again
            yield value

    async def agent() -> None:
        async for value in tracked(events(), slot):
            seen.append(slot.since)
            clock.now += 1.0
            if value == 1:
                continue
        seen.append(slot.since)

    asyncio.run(agent())
    assert seen == [None, 1000.0, None, 1001.0, None, 1002.0, None]
