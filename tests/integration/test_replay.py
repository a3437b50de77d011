"""Operators replay dead letters and failed runs from the CLI; outcomes are written back to the entries."""

from __future__ import annotations

import io
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from errorflow.cli.main import main
from errorflow.cli.recovery import DlqFilter, list_dead_letters, plan_replays, replay
from errorflow.schemas import utc_now
from errorflow.sdk import configure, shutdown
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for, wait_for_rows
from tests.integration.recovery_support import (
    actions,
    events,
    operator_environment,
    recovery_settings,
    recovery_stack,
    start,
    wait_for_action,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with recovery_stack(recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("replay"), name="rpl")) as running:
        yield running


@pytest.fixture
def cli_env(stack: RunningStack, monkeypatch: pytest.MonkeyPatch) -> None:
    operator_environment(stack, monkeypatch)


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    out = capsys.readouterr().out
    if out.startswith("{\n"):  # `show` prints one indented object
        return [orjson.loads(out)]
    return [orjson.loads(line) for line in out.splitlines() if line.strip()]


def dead_letter_of(stack: RunningStack, root: str) -> dict[str, Any]:
    return wait_for(
        lambda: next(iter(stack.rows(f"SELECT * FROM {{db}}.dlq_current WHERE root_run_id = '{root}'")), None),
        what=f"the dead letter of {root}",
    )


def state_of(stack: RunningStack, dlq_id: str) -> str:
    return str(stack.value(f"SELECT state FROM {{db}}.dlq_current WHERE dlq_id = '{dlq_id}'"))


def test_replaying_a_dead_letter_after_the_cause_is_fixed_succeeds_and_is_written_back(
    stack: RunningStack, cli_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flag = tmp_path / "partner-fixed"
    configure(stack.settings, service="it-replay-caller")
    try:
        command = start("rec_fixable", {"order_id": "o-77", "flag_file": str(flag)})
    finally:
        shutdown()
    origin = command.root_run_id
    wait_for_action(stack, origin, "dead_lettered")
    dlq_id = str(dead_letter_of(stack, origin)["dlq_id"])

    # `dlq list` finds it by operation and, case-insensitively, by a piece of the error message.
    listed = cli_json(
        capsys, "dlq", "list", "--operation", "rec_fixable", "--error", "PERMISSION DENIED", "--since", "10m"
    )
    assert [row["dlq_id"] for row in listed] == [dlq_id]
    assert listed[0]["state"] == "new" and listed[0]["category"] == "permanent"
    assert cli_json(capsys, "dlq", "list", "--operation", "rec_fixable", "--error", "no such text") == []
    shown = cli_json(capsys, "dlq", "show", dlq_id)
    assert shown[0]["dlq_id"] == dlq_id and "Traceback" in shown[0]["error_traceback"]

    # A dry run sends nothing.
    capsys.readouterr()
    assert main(["dlq", "replay", dlq_id, "--dry-run"]) == 0
    assert "would replay" in capsys.readouterr().out
    time.sleep(1.0)
    assert state_of(stack, dlq_id) == "new"

    # Replayed before the cause is fixed: the replay fails again, and the entry says so.
    assert main(["dlq", "replay", dlq_id, "--user", "ops-ann"]) == 0
    wait_for(lambda: state_of(stack, dlq_id) == "failed_after_replay", timeout_s=60, what="failed_after_replay")
    first_replay = str(stack.value(f"SELECT replay_run_id FROM {{db}}.dlq_current WHERE dlq_id = '{dlq_id}'"))
    assert first_replay and first_replay != origin

    # The failed replay was dead-lettered itself; a bulk replay takes that newer entry, not both.
    newer = dead_letter_of(stack, first_replay)
    assert newer["replayed_from"] == origin and newer["state"] == "new"
    capsys.readouterr()
    assert main(["dlq", "replay", "--operation", "rec_fixable", "--error", "permission", "--dry-run"]) == 0
    planned = [line for line in capsys.readouterr().out.splitlines() if line.startswith("would replay")]
    assert len(planned) == 1 and first_replay in planned[0]

    # The operator fixes the cause and replays the original again: the replay succeeds, linked to its origin.
    flag.write_text("fixed")
    assert main(["dlq", "replay", dlq_id, "--rate", "5/s"]) == 0
    wait_for(lambda: state_of(stack, dlq_id) == "succeeded_after_replay", timeout_s=60, what="succeeded_after_replay")
    entry = dead_letter_of(stack, origin)
    second_replay = str(entry["replay_run_id"])
    assert second_replay not in (origin, first_replay)
    replay_events = wait_for_rows(  # the outcome and the events arrive on different topics
        lambda: events(stack, second_replay), count=3, what="the replay's lifecycle events"
    )
    assert {e["replayed_from"] for e in replay_events} == {origin}
    assert [e["status"] for e in replay_events if e["status"] in ("success", "failed")] == ["success"]
    replayed = [a for a in actions(stack, second_replay) if a["action"] == "replayed"]
    assert len(replayed) == 1 and replayed[0]["dlq_id"] == dlq_id

    history = wait_for_rows(  # kept by a view of dlq_entries, whose part shows a moment before the view's
        lambda: stack.rows(f"SELECT state FROM {{db}}.dlq_history WHERE dlq_id = '{dlq_id}' ORDER BY updated_at"),
        count=5,
        what="the dead letter's five states in dlq_history",
    )
    assert [h["state"] for h in history] == [
        "new",
        "replayed",
        "failed_after_replay",
        "replayed",
        "succeeded_after_replay",
    ]
    # Left to act on: only the failed replay's own dead letter (the operator would purge it now).
    open_entries = cli_json(capsys, "dlq", "list", "--operation", "rec_fixable", "--state", "new,failed_after_replay")
    assert [row["root_run_id"] for row in open_entries] == [first_replay]

    # `runs show` tells the whole story of the original run, and `runs list` finds the replay by status.
    story = cli_json(capsys, "runs", "show", origin)[0]
    kinds = [(item["kind"], item["what"]) for item in story["timeline"]]
    assert ("event", "failed") in kinds and ("classification", "permanent") in kinds
    assert ("recovery", "dead_lettered") in kinds and ("dead letter", "succeeded_after_replay") in kinds
    assert set(story["replays"]) == {first_replay, second_replay}
    succeeded = cli_json(capsys, "runs", "list", "--status", "succeeded", "--operation", "rec_fixable")
    assert [(r["root_run_id"], r["replayed_from"]) for r in succeeded] == [(second_replay, origin)]

    # Its replay succeeded: naming the entry again is refused without --force (the work would run twice).
    capsys.readouterr()
    assert main(["dlq", "replay", dlq_id]) == 2
    assert "replay succeeded; pass --force" in capsys.readouterr().err
    assert main(["dlq", "replay", dlq_id, "--force", "--dry-run"]) == 0
    assert "would replay" in capsys.readouterr().out


def test_direct_call_with_redacted_input_needs_an_input_to_replay(stack: RunningStack, cli_env: None) -> None:
    from errorflow.sdk import operation

    @operation(name="rec_direct_secret", service="it-direct", register=False)
    def login(user: str, password: str) -> None:
        raise PermissionError(13, "Permission denied", f"/accounts/{user}")

    configure(stack.settings, service="it-direct")
    try:
        with pytest.raises(PermissionError):
            login("ann", password="hunter2")
    finally:
        shutdown()
    row = wait_for(
        lambda: next(
            iter(stack.rows("SELECT * FROM {db}.dlq_current WHERE operation = 'rec_direct_secret'")),
            None,
        ),
        timeout_s=60,
        what="the direct call's dead letter",
    )
    assert row["command"] is None and "REDACTED" in str(row["input_dump"])
    (plan,) = plan_replays([row], now=utc_now(), user="ops")
    assert plan.command is None and "--input" in plan.skipped
    (plan,) = plan_replays([row], now=utc_now(), user="ops", input_override={"user": "ann", "password": "new"})
    assert plan.command is not None and plan.command.input == {"user": "ann", "password": "new"}
    assert plan.command.replayed_from == row["root_run_id"] and plan.command.channel == "cli"


def test_a_failed_saga_undone_by_hand_is_not_replayed_as_its_operation(
    stack: RunningStack, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    # A direct call's compensation that fails, its steps plain callables of the calling process: the dead letter
    # keeps no command (undone by hand). `dlq replay` replayed the operation itself from the entry's empty input.
    from errorflow.sdk import compensate, operation

    def release(seat: str) -> None:
        raise ConnectionRefusedError(111, "Connection refused")

    @operation(name="rec_direct_saga", service="it-direct", compensate_on="final", register=False)
    def book(seat: str = "1A") -> None:
        compensate(release, seat)
        raise PermissionError(13, "Permission denied", "/hotel")

    configure(stack.settings, service="it-direct")
    try:
        with pytest.raises(PermissionError):
            book("2B")
    finally:
        shutdown()
    row = wait_for(
        lambda: next(
            iter(
                stack.rows(
                    "SELECT * FROM {db}.dlq_current WHERE operation = 'rec_direct_saga' "
                    "AND reason = 'compensation_failed'"
                )
            ),
            None,
        ),
        timeout_s=60,
        what="the failed saga's dead letter",
    )
    assert row["command"] is None and row["state"] == "new"
    capsys.readouterr()
    assert main(["dlq", "replay", str(row["dlq_id"])]) == 1
    out = capsys.readouterr().out
    assert "by hand" in out and "replayed 0 of 1" in out
    time.sleep(3)  # a replay's `replayed` state update would be stored by now
    assert state_of(stack, str(row["dlq_id"])) == "new"


def test_a_replay_whose_command_is_over_the_record_limit_is_refused_before_anything_is_sent(
    stack: RunningStack, cli_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--input` of 1.5 MB: the replay's `replayed` action and state update went out, its command too, and the
    # runner quarantined the command as too large (Kafka itself refuses it: the command alone is lost). The
    # entry read `replayed` for ever, no replay ever ran, and replaying it again asked for --force.
    configure(stack.settings, service="it-replay-caller")
    try:
        command = start("rec_fixable", {"order_id": "o-big", "flag_file": str(tmp_path / "never")})
    finally:
        shutdown()
    wait_for_action(stack, command.root_run_id, "dead_lettered")
    dlq_id = str(dead_letter_of(stack, command.root_run_id)["dlq_id"])
    huge = orjson.dumps({"order_id": "o-big", "flag_file": "x", "note": "n" * 1_500_000}).decode()
    capsys.readouterr()
    assert main(["dlq", "replay", dlq_id, "--input", huge]) == 1
    out = capsys.readouterr().out
    assert "over the" in out and "replayed 0 of 1" in out
    time.sleep(3)  # a replay's `replayed` state update would be stored by now
    assert state_of(stack, dlq_id) == "new"
    # The entry is still replayable as it is.
    assert main(["dlq", "replay", dlq_id, "--dry-run"]) == 0


def test_purge_asks_for_confirmation_and_marks_entries_purged(
    stack: RunningStack, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(stack.settings, service="it-purge-caller")
    try:
        roots = [start("rec_permanent", {"account_id": f"a{n}", "password": "x"}).root_run_id for n in range(2)]
    finally:
        shutdown()
    letters = [dead_letter_of(stack, root) for root in roots]
    ids = [str(letter["dlq_id"]) for letter in letters]
    assert main(["dlq", "purge", ids[0]]) == 1  # no terminal to confirm on, no --yes: nothing happens
    time.sleep(1.0)
    assert state_of(stack, ids[0]) == "new"
    assert main(["dlq", "purge", ids[0], "--yes"]) == 0
    wait_for(lambda: state_of(stack, ids[0]) == "purged", what="the purged state")
    assert state_of(stack, ids[1]) == "new"
    visible = {row["dlq_id"] for row in list_dead_letters(stack.settings, DlqFilter(operation="rec_permanent"))}
    assert ids[0] not in visible and ids[1] in visible


def test_a_mistyped_id_is_an_error_and_purges_or_replays_nothing(
    stack: RunningStack, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(stack.settings, service="it-typo-caller")
    try:
        root = start("rec_permanent", {"account_id": "typo", "password": "x"}).root_run_id
    finally:
        shutdown()
    dlq_id = str(dead_letter_of(stack, root)["dlq_id"])
    typo = dlq_id[:-1] + ("0" if dlq_id[-1] != "0" else "1")
    capsys.readouterr()
    # One real id and one mistyped: nothing is purged, and the operator is told which id is unknown.
    assert main(["dlq", "purge", dlq_id, typo, "--yes"]) == 2
    err = capsys.readouterr().err
    assert f"no dead letter {typo} to purge" in err and "nothing purged" in err, err
    assert main(["dlq", "replay", typo]) == 2
    assert f"no dead letter {typo} to replay" in capsys.readouterr().err
    time.sleep(1.0)  # a purge or a replay sent by mistake would have reached the store by now
    assert state_of(stack, dlq_id) == "new"
    assert [a for a in actions(stack, root) if a["action"] == "replayed"] == []


class _CtrlCAfterTheFirst(io.StringIO):
    """The operator's stderr: Ctrl-C is pressed once the progress shows the first replay sent."""

    pressed = False

    def write(self, text: str) -> int:
        written = super().write(text)
        if not self.pressed and " 1/" in text:
            self.pressed = True
            raise KeyboardInterrupt
        return written


def test_a_bulk_replay_interrupted_says_where_it_stopped_and_a_second_run_sends_the_rest_once(
    stack: RunningStack, cli_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag = f"ctrlc-{uuid.uuid4().hex[:8]}"
    configure(stack.settings, service="it-ctrlc-caller")
    try:
        roots = [start("rec_permanent", {"account_id": f"{tag}-{n}", "password": "x"}).root_run_id for n in range(2)]
    finally:
        shutdown()
    ids = [str(dead_letter_of(stack, root)["dlq_id"]) for root in roots]
    err = _CtrlCAfterTheFirst()
    monkeypatch.setattr(sys, "stderr", err)
    assert main(["dlq", "replay", "--error", tag]) == 130
    assert "interrupted: 1 of 2 replays sent. Run the same command again" in err.getvalue(), err.getvalue()
    # The one sent is "replayed", or already "failed_after_replay" (its operation still refuses).
    wait_for(lambda: [state_of(stack, i) for i in ids].count("new") == 1, what="one entry replayed, one not")

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["dlq", "replay", "--error", tag]) == 0  # the rest, and only the rest
    wait_for(lambda: all(state_of(stack, i) != "new" for i in ids), what="both entries replayed")
    time.sleep(1.0)  # a second replay of the first entry would have reached the store by now
    replayed = stack.rows(
        "SELECT dlq_id, count() AS n FROM {db}.recovery_actions "
        f"WHERE action = 'replayed' AND dlq_id IN ('{ids[0]}', '{ids[1]}') GROUP BY dlq_id ORDER BY dlq_id"
    )
    assert [(row["dlq_id"], row["n"]) for row in replayed] == [(i, 1) for i in sorted(ids)]


def test_runs_replay_of_a_failed_run_is_a_new_linked_run(stack: RunningStack, cli_env: None) -> None:
    configure(stack.settings, service="it-runs-caller")
    try:
        origin = start("rec_validate", {"email": "still-wrong"}).root_run_id
    finally:
        shutdown()
    wait_for_action(stack, origin, "failed_fast")
    wait_for_rows(  # the action and the failed event (the replay's source) arrive on different topics
        lambda: [e for e in events(stack, origin) if e["status"] == "failed"], count=1, what="the failed event"
    )
    assert main(["runs", "replay", origin]) == 0
    replay_root = wait_for(
        lambda: stack.value(f"SELECT any(root_run_id) FROM {{db}}.taskrun_events WHERE replayed_from = '{origin}'"),
        timeout_s=60,
        what="the replay's events",
    )
    wait_for_action(stack, str(replay_root), "failed_fast")
    sent = replay(stack.settings, [], rate_per_s=None)
    assert sent == []
