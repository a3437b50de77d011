"""The recovery CLI's pure parts: filters to SQL, time parsing, replay plans, argument parsing."""

from __future__ import annotations

import io
import uuid
from datetime import datetime, timedelta, timezone

import orjson
import pytest

from errorflow.cli.main import build_parser
from errorflow.cli.recovery import DlqFilter, RunFilter, dlq_sql, parse_time, plan_replays, runs_sql, sql_str
from errorflow.cli.recovery_queries import time_range
from errorflow.cli.replay import replayed_already
from errorflow.errors import ConfigurationError
from errorflow.schemas import (
    Actor,
    DeadLetter,
    DeadLetterUpdate,
    RecoveryActionEvent,
    RunCommand,
    decode,
)
from errorflow.schemas.ids import id_time_ms
from errorflow.sdk import REDACTED
from errorflow.sinks import dead_letter_from_row, dlq_row
from errorflow.streams.topics import Topics

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


def letter(**overrides: object) -> DeadLetter:
    fields: dict[str, object] = {
        "run_id": "run-3",
        "root_run_id": "root-1",
        "attempt": 3,
        "operation": "fetch",
        "service": "scraper",
        "reason": "retries_exhausted",
        "category": "transient",
        "error_type": "builtins.TimeoutError",
        "error_message": "Read timed out",
        "first_failed_at": NOW - timedelta(minutes=5),
        "dead_lettered_at": NOW - timedelta(minutes=1),
        "command": RunCommand(operation="fetch", run_id="run-3", root_run_id="root-1", attempt=3, input={"page": 2}),
        "input_dump": {"page": 2},
    }
    fields.update(overrides)
    return DeadLetter(**fields)  # type: ignore[arg-type]


def test_sql_literals_are_escaped() -> None:
    assert sql_str("it's") == "'it\\'s'"
    assert sql_str("back\\slash") == "'back\\\\slash'"


def test_times_are_windows_back_from_now_or_iso() -> None:
    assert parse_time("15m", now=NOW) == NOW - timedelta(minutes=15)
    assert parse_time("2026-02-28T10:00:00", now=NOW) == datetime(2026, 2, 28, 10, tzinfo=timezone.utc)
    assert parse_time("2026-02-28T10:00:00Z", now=NOW).tzinfo is not None
    with pytest.raises(ConfigurationError, match="neither a window"):
        parse_time("yesterday", now=NOW)


def test_a_window_beyond_the_calendar_is_a_clear_error() -> None:
    # 1,000,000 days back is before year 1: an error the operator can read, not an OverflowError's traceback.
    with pytest.raises(ConfigurationError, match="too far back"):
        parse_time("1000000d", now=NOW)


def test_a_time_range_that_selects_nothing_by_construction_is_refused() -> None:
    assert time_range("2h", "1h", now=NOW) == (NOW - timedelta(hours=2), NOW - timedelta(hours=1))
    assert time_range(None, None, now=NOW) == (None, None)
    # A --since in the future, or at or after --until, would print an empty list as if nothing had failed.
    with pytest.raises(ConfigurationError, match=r"--since .* is in the future"):
        time_range("2026-03-02T00:00:00", None, now=NOW)
    with pytest.raises(ConfigurationError, match=r"--since .* is not before --until"):
        time_range("1h", "2h", now=NOW)


@pytest.mark.parametrize("command", [["dlq", "list"], ["dlq", "replay"], ["runs", "list"], ["runs", "replay"]])
def test_the_commands_refuse_an_empty_time_range_before_asking_the_store(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from errorflow.cli.main import main

    assert main([*command, "--since", "1h", "--until", "2h"]) == 2
    assert "--since '1h' is not before --until '2h'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["dlq", "list", "--limit", "0"],
        ["dlq", "list", "--limit", "-5"],
        ["dlq", "replay", "--all", "--limit", "0"],
        ["runs", "list", "--limit", "-1"],
        ["runs", "replay", "--all", "--limit", "0"],
        ["alerts", "--limit", "0"],
        ["dlq", "list", "--limit", "ten"],
        ["worker", "--ops", "shop.ops", "--concurrency", "0"],
    ],
)
def test_a_count_must_be_at_least_one(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # --limit 0 used to mean no limit at all: "dlq replay --all --limit 0" replayed every dead letter;
    # a worker with --concurrency 0 took commands and never ran one.
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(argv)
    assert exited.value.code == 2
    assert argv[-2] in capsys.readouterr().err


def test_dlq_filter_to_sql() -> None:
    where = DlqFilter(operation="fetch", error="Time'd OUT", since=NOW, category="transient").where("db")
    assert "operation = 'fetch'" in where and "category = 'transient'" in where
    assert "positionCaseInsensitiveUTF8(ifNull(error_message, ''), 'Time\\'d OUT') > 0" in where
    assert "dead_lettered_at >= toDateTime64('2026-03-01 12:00:00.000', 3, 'UTC')" in where
    assert "state != 'purged'" in where
    assert DlqFilter(states=("new",)).where("db") == "state IN ('new')"
    assert "(dlq_id IN ('x') OR root_run_id IN ('x'))" in DlqFilter(ids=("x",)).where("db")
    superseded = DlqFilter(skip_superseded=True).where("db")
    assert "replay_run_id" in superseded and "db.dlq_current" in superseded
    assert dlq_sql("db", DlqFilter(), limit=5).endswith("ORDER BY dead_lettered_at DESC, dlq_id LIMIT 5")


def test_run_filter_to_sql() -> None:
    where = RunFilter(statuses=("failed", "dead_lettered"), operation="fetch", error="x").where()
    assert "outcome IN ('failed', 'dead_lettered')" in where and "operation = 'fetch'" in where
    sql = runs_sql("db", RunFilter(), limit=10)
    assert "FROM db.taskrun_runs" in sql and "db.recovery_actions" in sql and sql.endswith("LIMIT 10")


def test_a_dlq_row_round_trips_to_the_dead_letter() -> None:
    original = letter()
    row = dlq_row(original, state="failed_after_replay", updated_at=NOW, replay_run_id="rp")
    json_row = orjson.loads(orjson.dumps(row, default=str))  # what the SQL endpoint returns
    assert dead_letter_from_row(row) == original
    assert dead_letter_from_row(json_row) == original


def test_plan_replay_of_a_dead_letter() -> None:
    row = dlq_row(letter())
    (plan,) = plan_replays([row], now=NOW, user="ann")
    command = plan.command
    assert command is not None and plan.dlq_id == row["dlq_id"]
    assert (command.reason, command.attempt, command.replayed_from) == ("replay", 1, "root-1")
    assert command.root_run_id == command.run_id != "root-1"
    assert command.input == {"page": 2} and command.actor == Actor(user_id="ann")
    topics = [topic for topic, _, _ in plan.records]
    assert topics == [Topics.COMMANDS.name, Topics.RECOVERY.name, Topics.DLQ_STATE.name]
    action = decode(plan.records[1][2], RecoveryActionEvent)
    assert (action.action, action.dlq_id, action.replay_of, action.run_id) == (
        "replayed",
        row["dlq_id"],
        "root-1",
        command.run_id,
    )
    update = decode(plan.records[2][2], DeadLetterUpdate)
    assert (update.state, update.replay_run_id, update.updated_at) == ("replayed", command.run_id, NOW)
    assert plan.records[2][1] == b"root-1"


def test_plan_replay_of_a_redacted_direct_call_needs_an_input() -> None:
    row = dlq_row(letter(command=None, input_dump={"user": "ann", "password": REDACTED}))
    (plan,) = plan_replays([row], now=NOW, user=None)
    assert plan.command is None and "--input" in plan.skipped and plan.records == []
    (plan,) = plan_replays([row], now=NOW, user=None, input_override={"user": "ann", "password": "fixed"})
    assert plan.command is not None and plan.command.input == {"user": "ann", "password": "fixed"}
    assert plan.command.channel == "cli"
    clean = dlq_row(letter(command=None, input_dump={"path": "/a.png"}))
    (plan,) = plan_replays([clean], now=NOW, user=None)
    assert plan.command is not None and plan.command.input == {"path": "/a.png"}


def test_plan_replay_of_a_failed_run_without_a_dead_letter() -> None:
    row = {"root_run_id": "root-9", "run_id": "run-9", "operation": "render", "service": "r", "input_dump": '{"a": 1}'}
    (plan,) = plan_replays([row], now=NOW, user="ops")
    assert plan.command is not None and plan.command.input == {"a": 1} and plan.command.replayed_from == "root-9"
    assert [topic for topic, _, _ in plan.records] == [Topics.COMMANDS.name, Topics.RECOVERY.name]


def test_a_version_replays_as_one_run_whoever_asks() -> None:
    """Two operators replaying the same dead letter version plan the same run (the runner runs it once)."""
    row = dlq_row(letter(), state="new", updated_at=NOW - timedelta(seconds=30))
    json_row = orjson.loads(orjson.dumps(row, default=str))  # what the SQL endpoint returns
    (first,) = plan_replays([row], now=NOW, user="ann")
    (second,) = plan_replays([json_row], now=NOW + timedelta(seconds=3), user="bob", input_override={"page": 3})
    assert first.command is not None and second.command is not None
    assert first.command.run_id == second.command.run_id == first.command.root_run_id
    assert first.command.idempotency_key == second.command.idempotency_key
    assert uuid.UUID(first.command.run_id).version == 7
    assert id_time_ms(first.command.run_id) == int((NOW - timedelta(seconds=30)).timestamp() * 1000)
    actions = [decode(plan.records[1][2], RecoveryActionEvent) for plan in (first, second)]
    assert actions[0].action_id == actions[1].action_id != first.command.run_id
    # A newer version of the entry (the replay failed again, or --force) is another replay.
    newer = dlq_row(letter(), state="failed_after_replay", updated_at=NOW)
    (again,) = plan_replays([newer], now=NOW, user="ann")
    assert again.command is not None and again.command.run_id != first.command.run_id
    other = dlq_row(letter(run_id="run-4", root_run_id="root-2"), updated_at=NOW - timedelta(seconds=30))
    (elsewhere,) = plan_replays([other], now=NOW, user="ann")
    assert elsewhere.command is not None and elsewhere.command.run_id != first.command.run_id


def test_a_failed_run_replays_once_per_replay_generation() -> None:
    row = {"root_run_id": "root-9", "run_id": "run-9", "operation": "render", "service": "r", "input_dump": "{}"}
    row["failed_at"] = (NOW - timedelta(minutes=1)).isoformat()
    ids = {p.command.run_id for p in plan_replays([row, dict(row)], now=NOW, user="ops") if p.command is not None}
    assert len(ids) == 1
    (later,) = plan_replays([{**row, "replays": 1}], now=NOW, user="ops")
    assert later.command is not None and later.command.run_id not in ids


def test_a_run_replayed_already_is_not_replayed_again_without_force() -> None:
    # `runs replay` leaves these out unless --force: a second CLI started beside the first sees
    # the first one's replay and would otherwise send a second replay of the same run.
    run = {"root_run_id": "root-9", "run_id": "run-9", "operation": "render"}
    assert replayed_already(run) is None
    assert replayed_already({**run, "replays": 0}) is None
    assert replayed_already({**run, "replays": 2}) == "replayed 2 times already"
    entry = {**run, "dlq_id": "dlq-1"}
    assert replayed_already({**entry, "state": "new"}) is None
    assert replayed_already({**entry, "state": "replayed"}) == "its dead letter dlq-1 is being replayed"
    assert replayed_already({**entry, "state": "failed_after_replay"}) == (
        "its dead letter dlq-1 was replayed and the replay failed"
    )
    assert replayed_already({**entry, "state": "succeeded_after_replay"}) == (
        "its dead letter dlq-1 was replayed and the replay succeeded"
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["dlq", "list", "--error", "timeout", "--json"], {"error": "timeout", "json": True}),
        (["dlq", "replay", "abc", "--dry-run", "--rate", "5/s"], {"id": "abc", "dry_run": True, "rate": "5/s"}),
        (["dlq", "purge", "a", "b", "--yes"], {"ids": ["a", "b"], "yes": True}),
        (["runs", "list", "--status", "failed"], {"status": "failed"}),
        (["runs", "show", "r1"], {"id": "r1"}),
        (["runs", "replay", "--operation", "fetch", "--input", "{}"], {"operation": "fetch", "input": "{}"}),
    ],
)
def test_arguments(argv: list[str], expected: dict[str, object]) -> None:
    args = build_parser().parse_args(argv)
    for name, value in expected.items():
        assert getattr(args, name) == value
    assert args.handler.startswith("errorflow.cli.recovery:cmd_")


HOSTILE_TEXT = "bad id \x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b[1A\r\u202eoverwritten\x9b31m"


def test_stored_text_reaches_the_terminal_without_control_sequences() -> None:
    """Messages and tracebacks carry whatever a caller put in an exception (an id echoed back): printed raw,
    escape sequences in them would clear the operator's screen, rewrite lines or set the clipboard (OSC 52)."""
    import io

    from errorflow.cli.query import print_table
    from errorflow.cli.recovery import _print_dead_letter

    hostile = letter(error_message=HOSTILE_TEXT, error_traceback=f"Traceback:\n  {HOSTILE_TEXT}\n", detail=HOSTILE_TEXT)
    out = io.StringIO()
    _print_dead_letter(dlq_row(hostile) | {"state": "new"}, out=out, redact=())
    print_table(["message"], [[HOSTILE_TEXT]], out=out)
    text = out.getvalue()
    for control in ("\x1b", "\x07", "\r", "\u202e", "\x9b"):
        assert control not in text
    assert "\\x1b]52;c;ZXZpbA==" in text and "overwritten" in text
    assert "Traceback:\n" in text, "newlines of a traceback stay newlines"


def test_replay_plans_and_a_dead_letters_input_reach_the_terminal_without_control_sequences() -> None:
    """The run id and operation a replay or ``runs show`` names, and the input ``dlq show`` prints, are the caller's.

    JSON escapes C0 controls in the input, not C1 ones (``\\x9b`` starts a sequence on many terminals)
    nor bidirectional overrides; ``dlq replay`` printed the operation and the run id raw.
    """
    import io

    from errorflow.cli.recovery import _print_dead_letter, _print_run, _report_plans

    command = RunCommand(operation=HOSTILE_TEXT, run_id="run-3", root_run_id=HOSTILE_TEXT, attempt=3, input={})
    hostile = letter(
        operation=HOSTILE_TEXT,
        root_run_id=HOSTILE_TEXT,
        command=command.model_copy(update={"input": {"note": HOSTILE_TEXT}}),
    )
    out = io.StringIO()
    _print_dead_letter(dlq_row(hostile) | {"state": "new"}, out=out, redact=())
    plans = plan_replays([dlq_row(hostile)], now=NOW, user="ann")
    _report_plans(plans, dry_run=True, out=out)
    summary = {"operation": HOSTILE_TEXT, "service": "s", "outcome": "failed", "attempts": 1}
    _print_run({"root_run_id": HOSTILE_TEXT, "summary": summary, "replays": [HOSTILE_TEXT], "timeline": []}, out=out)
    text = out.getvalue()
    assert "would replay" in text and text.count("overwritten") >= 6
    for control in ("\x1b", "\x07", "\r", "\u202e", "\x9b"):
        assert control not in text


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_replay_progress_bar_fits_the_terminal_it_redraws_on(monkeypatch: pytest.MonkeyPatch) -> None:
    # Wider than the terminal, each redraw wraps and leaves a row behind: 10,000 replays, 10,000 rows.
    from errorflow.cli.replay import _Progress

    monkeypatch.setenv("COLUMNS", "80")
    out = _Terminal()
    bar = _Progress(3, out=out, label="replaying")
    for note in ("root-1", "root-2 \x1b[2J" + "x" * 200, "root-3"):
        bar.step(note)
    redraws = out.getvalue().rstrip("\n").split("\r")[1:]
    assert len(redraws) == 3
    assert all(len(redraw) <= 79 for redraw in redraws), [len(r) for r in redraws]
    assert "\x1b" not in out.getvalue()
    assert out.getvalue().endswith("\n") and "3/3 root-3" in redraws[-1]


def test_a_failed_saga_without_its_compensate_command_is_not_replayed_as_its_operation() -> None:
    # A direct call's failed compensation keeps no command when its steps are callables of the calling process
    # (or too many for one record): they are undone by hand. Its replay ran the operation itself, forward,
    # from the dead letter's empty input dump (a second booking, a second charge): every such entry of a bulk
    # `dlq replay --all` too.
    saga = letter(reason="compensation_failed", command=None, input_dump={}, detail="compensation undo failed")
    for override in (None, {"seat": "1A"}):
        (plan,) = plan_replays([dlq_row(saga)], now=NOW, user="ops", input_override=override)
        assert plan.command is None and plan.records == []
        assert "by hand" in plan.skipped


def test_a_replays_command_is_acknowledged_before_its_replayed_update_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    # The command, the `replayed` action and the `replayed` state update were sent together: a connection lost
    # or a Ctrl-C between their acknowledgements could leave the entry `replayed` with no command sent, and the
    # same command run again (as the Ctrl-C message advises) passed it by for ever. The command goes first now:
    # cut short after it, the entry is still `new` and a second run sends the same replay run, run once.
    import asyncio

    from errorflow.cli import replay as replay_module
    from errorflow.settings import Settings

    log: list[str] = []

    class Producer:
        async def start(self) -> None: ...

        async def stop(self) -> None: ...

        async def send(self, topic: str, value: bytes, key: bytes) -> asyncio.Future[None]:
            log.append(f"send {topic}")
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_soon(lambda: (log.append(f"ack {topic}"), future.set_result(None)))
            return future

    monkeypatch.setattr("errorflow.streams.kafka.make_producer", lambda settings: Producer())
    (plan,) = plan_replays([dlq_row(letter())], now=NOW, user="ann")
    settings = Settings(kafka={"bootstrap": "127.0.0.1:1"})
    asyncio.run(replay_module._produce(settings, [plan.records], rate_per_s=None, on_batch=lambda _: None))
    commands = settings.topic(Topics.COMMANDS.name)
    assert log[:2] == [f"send {commands}", f"ack {commands}"]
    assert sorted(log[2:]) == sorted(
        f"{what} {settings.topic(topic)}"
        for what in ("send", "ack")
        for topic in (Topics.RECOVERY.name, Topics.DLQ_STATE.name)
    )


def test_a_skip_that_replay_reports_reaches_the_terminal_without_control_sequences() -> None:
    # replay() (the library call; the CLI restores first) wrote its skips raw: a root run id holding an OSC 52
    # sequence set the operator's clipboard.
    from errorflow.cli.recovery import ReplayPlan, replay
    from errorflow.settings import Settings

    hostile = "root\x1b]52;c;ZXZpbA==\x07\x1b[2J"
    plan = ReplayPlan(hostile, "op", "dlq-1", source=("t", 0, 1), row={"dlq_id": "dlq-1"}, now=NOW, user="ann")
    out = io.StringIO()
    assert replay(Settings(kafka={"bootstrap": "127.0.0.1:1"}), [plan], progress=out) == []
    assert "skipped root" in out.getvalue() and "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
