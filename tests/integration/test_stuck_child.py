"""``errorflow up`` heals a stuck child: a runner alive but holding its commands for ever is killed and restarted.

Real Tansu, real chDB, the real supervisor, pipeline and runner; the runner is
made to stall by a test hook (``stall_ops``): its event loop answers, only its
``progress`` check fails. The supervisor sees ``/healthz`` failing, kills the
runner, restarts it and records ``worker_stuck``; the restarted runner runs the
commands the stuck one held.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from errorflow.health import get_probe
from errorflow.schemas.codec import encode
from errorflow.schemas.commands import RunCommand
from errorflow.settings import Settings
from errorflow.streams.kafka import make_producer
from errorflow.streams.topics import Topics
from tests.integration.stall_ops import MARK, MARKER
from tests.integration.up_support import Up, running_up, wait_for

pytestmark = pytest.mark.integration

BEHIND = 4
"""Commands sent after the runner stalled: it holds them until it is restarted."""


@pytest.fixture(scope="module")
def up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Up]:
    data_dir = tmp_path_factory.mktemp("stuck")
    env = {
        "ERRORFLOW_APP_ID": f"stuck-{uuid.uuid4().hex[:8]}",
        "IT_STALL_RUNNER_ONCE": str(data_dir),
        "ERRORFLOW_HEALTH__AGENT_MAX_SILENCE_S": "5",
        "ERRORFLOW_HEALTH__STUCK_PROBE_INTERVAL_S": "1",
        "ERRORFLOW_HEALTH__STUCK_PROBE_TIMEOUT_S": "5",
        "ERRORFLOW_HEALTH__STUCK_FAILURES": "2",
        # A stalled runner that has not stopped 2 s after SIGTERM is killed: the test waits that long at most.
        "ERRORFLOW_HEALTH__STUCK_KILL_GRACE_S": "2",
        "ERRORFLOW_HEALTH__RESTART_INITIAL_BACKOFF_S": "0.2",
        "ERRORFLOW_HEALTH__RESTART_MAX_BACKOFF_S": "1",
        # Not watched by the watchdog: the restarted runner runs the attempts the stuck one started again.
        "ERRORFLOW_SDK__HEARTBEAT_TIMEOUT_S": "null",
    }
    with running_up(data_dir, ops="tests.integration.stall_ops", env=env) as stack:
        yield stack


def _send(up: Up, notes: list[str]) -> list[str]:
    """Put one ``it_stall_echo`` command per note on the commands topic; return their run ids."""
    state = up.state()
    settings = Settings(data_dir=Path(state["data_dir"]), kafka={"bootstrap": state["kafka_bootstrap"]})
    commands = [RunCommand(operation="it_stall_echo", input={"note": note}) for note in notes]

    async def produce() -> None:
        producer = make_producer(settings)
        await producer.start()
        try:
            for command in commands:
                await producer.send_and_wait(settings.topic(Topics.COMMANDS.name), encode(command), key=command.key)
        finally:
            await producer.stop()

    asyncio.run(produce())
    return [command.run_id for command in commands]


def test_a_stuck_runner_is_killed_restarted_and_runs_the_commands_it_held(up: Up) -> None:
    health = up.state()["health"]["runner-0"]
    wait_for(lambda: get_probe(f"{health}/readyz")[0] == 200, timeout_s=120, what="the runner to be ready")
    stuck_pid = up.pid("runner-0")
    [stalled] = _send(up, [MARK])
    marker = up.data_dir / MARKER
    wait_for(marker.exists, timeout_s=60, what="the runner to stall")
    assert int(marker.read_text()) == stuck_pid
    behind = _send(up, [f"behind-{n}" for n in range(BEHIND)])

    restarted = wait_for(
        lambda: up.pid("runner-0") != stuck_pid and up.pid("runner-0"), timeout_s=120, what="the runner restarted"
    )
    [action] = wait_for(
        lambda: up.rows(
            "SELECT issue, action, outcome, attempt, pid, reason, toUnixTimestamp64Milli(acted_at) AS at "
            "FROM healing_actions WHERE target = 'runner-0'"
        ),
        timeout_s=120,
        what="the restart in healing_actions",
    )
    assert (action["issue"], action["action"], action["outcome"], action["attempt"]) == (
        "worker_stuck",
        "restart",
        "restarted",
        1,
    )
    assert action["pid"] == restarted
    assert action["reason"].startswith("/healthz failed 2 times in a row"), action
    assert "progress: errorflow-runner made no progress for" in action["reason"], action

    # The restarted runner runs what the stuck one held: every run succeeds, after the restart.
    runs = ", ".join(f"'{run}'" for run in [stalled, *behind])
    done = wait_for(
        lambda: (
            len(
                rows := up.rows(
                    "SELECT run_id, toUnixTimestamp64Milli(occurred_at) AS at FROM taskrun_events "
                    f"WHERE run_id IN ({runs}) AND status = 'success'"
                )
            )
            == 1 + BEHIND
            and rows
        ),
        timeout_s=120,
        what="every held run to succeed",
    )
    assert {row["run_id"] for row in done} == {stalled, *behind}
    assert all(row["at"] >= action["at"] for row in done), (done, action)
    status, body = get_probe(f"{health}/healthz")
    assert status == 200 and body["checks"]["progress"]["ok"], body
    assert up.process.poll() is None
