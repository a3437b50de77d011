"""A retry the runner holds until its due time does not take its execution slot.

The runner runs at most ``--concurrency`` commands at once; a retry handed over ahead of its
due time (``recovery.dispatch_lead_s``) waits in an actor of its own. Here the runner has one
execution slot and holds a retry about 4 s: a command submitted meanwhile runs during the hold,
not after the retry (with the hold in the slot, it waited for the retry to be due and to run).
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from errorflow.sdk import configure, shutdown
from tests.integration.helpers import wait_for
from tests.integration.recovery_support import (
    actions,
    events,
    recovery_settings,
    recovery_stack,
    retry_commands,
    seconds,
    start,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_a_command_runs_while_a_retry_is_held_in_a_runner_with_one_slot(kafka_bootstrap: str, tmp_path: Path) -> None:
    settings = recovery_settings(kafka_bootstrap, tmp_path, name="held")
    settings = settings.model_copy(update={"recovery": settings.recovery.model_copy(update={"dispatch_lead_s": 5.0})})
    with recovery_stack(settings) as stack:
        # The same runner with one execution slot.
        runner = stack.stack.processes["runner-0"]
        runner.send_signal(signal.SIGTERM)
        runner.wait(timeout=30)
        stack.stack._args["runner-0"] = [*stack.stack._args["runner-0"], "--concurrency", "1"]
        stack.stack.restart("runner-0")
        configure(settings, service="it-held-caller")
        try:
            ready = start("rec_quick", {"n": -1}).root_run_id
            wait_for(
                lambda: any(e["status"] == "success" for e in events(stack, ready)),
                timeout_s=90,
                what="the restarted runner running commands",
            )
            held = start("rec_straight", {"n": 1}).root_run_id
            # Its retry (due 4.5 s after the failure, within the 5 s lead) is on the commands topic: held now.
            wait_for(
                lambda: retry_commands(settings, [held], topic="taskruns.commands"),
                timeout_s=30,
                what="the retry handed to the runner",
            )
            other = start("rec_quick", {"n": 2}).root_run_id
        finally:
            shutdown()
        wait_for(
            lambda: (
                any(a["action"] == "succeeded_after_retry" for a in actions(stack, held))
                and any(e["status"] == "success" for e in events(stack, other))
            ),
            timeout_s=60,
            what="both runs done",
        )
        (other_done,) = [e for e in events(stack, other) if e["status"] == "success"]
        (retry_started,) = [e for e in events(stack, held) if e["attempt"] == 2 and e["status"] == "running"]
        (scheduled,) = [a for a in actions(stack, held) if a["action"] == "retry_scheduled"]
        assert seconds(retry_started["occurred_at"]) >= seconds(scheduled["due_at"])
        assert seconds(other_done["occurred_at"]) < seconds(retry_started["occurred_at"]), (other_done, retry_started)
