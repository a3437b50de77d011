"""The dead letter of a run whose retry or compensate command Kafka refused for good (``command_refused``).

The pure part: :meth:`RecoveryCore.command_refused` and the adapter's choice of candidates (``_ends_run``).
The end-to-end case, on a real broker that refuses the command, is ``tests/integration/test_refused_command.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from errorflow.agents.recovery import _ends_run
from errorflow.recovery.compensation import compensation_command
from errorflow.schemas import AttemptOutcome, RecordPosition, RunCommand, TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.recovery import DeadLetter, RecoveryActionEvent, parse_dead_letter_headers
from errorflow.settings import Settings
from errorflow.streams.derived import Refused
from errorflow.streams.topics import Topics
from tests.unit.agents.test_recovery_saga_retry import SOURCE, T0, TIMEOUT, event, new_core, step

ATTEMPTS = SOURCE.topic


def outcome() -> AttemptOutcome:
    command = RunCommand(operation="import_rows", input={"rows": "r" * 3_000})
    failed = event(command, T0, TaskRunStatus.FAILED, **TIMEOUT).model_copy(
        update={"input_dump": {"rows": "r" * 3_000}}
    )
    return AttemptOutcome(command=command, event=failed)


def letter_and_action(records: list) -> tuple[DeadLetter, RecoveryActionEvent]:  # type: ignore[type-arg]
    assert [r.topic for r in records] == [Topics.DLQ.name, Topics.RECOVERY.name]  # the dead letter first
    letter, action = records[0].model, records[1].model
    assert isinstance(letter, DeadLetter) and isinstance(action, RecoveryActionEvent)
    return letter, action


def test_a_runner_runs_refused_retry_dead_letters_it_with_its_command_or_slim() -> None:
    core, given = new_core(), outcome()
    value = encode(given)
    full = core.command_refused(value, source=SOURCE, attempts_topic=ATTEMPTS, detail="too large", slim=False)
    letter, action = letter_and_action(full)
    assert (letter.reason, letter.detail, letter.category) == ("command_refused", "too large", "transient")
    assert letter.command == given.command and letter.input_dump == given.event.input_dump  # replayable as is
    assert (action.action, action.reason, action.dlq_id) == ("dead_lettered", "command_refused", letter.dlq_id)
    headers = parse_dead_letter_headers(list(full[0].headers))
    assert (headers["kafka_dlt-original-topic"], headers["kafka_dlt-original-offset"]) == (SOURCE.topic, SOURCE.offset)
    slim = core.command_refused(value, source=SOURCE, attempts_topic=ATTEMPTS, detail="too large", slim=True)
    thin, thin_action = letter_and_action(slim)
    assert thin.command is None and thin.input_dump == {} and thin.error_traceback is None
    assert len(slim[0].value) < len(full[0].value) - 5_000
    # One dead letter per run, whichever is taken, and the same again for a redelivered input.
    assert thin.dlq_id == letter.dlq_id and thin_action.action_id == action.action_id
    again = core.command_refused(value, source=SOURCE, attempts_topic=ATTEMPTS, detail="too large", slim=False)
    assert [r.value for r in again] == [r.value for r in full]


def test_a_refused_compensate_command_is_the_dead_letters_command_so_a_replay_runs_its_steps() -> None:
    core, given = new_core(), outcome()
    undo = compensation_command(
        given.command,
        given.event,
        [step(given.command.run_id, 0)],
        category="transient",
        decided_at=T0 + timedelta(seconds=1),
        command_id="c-1",
    )
    records = core.command_refused(
        encode(given), source=SOURCE, attempts_topic=ATTEMPTS, detail="too large", slim=False, refused=undo
    )
    letter, _ = letter_and_action(records)
    assert letter.command == undo and letter.reason == "command_refused"


def test_a_direct_calls_refused_retry_dead_letters_it_without_a_redacted_command() -> None:
    command = RunCommand(operation="charge", input={}, channel="direct")
    failed: TaskRunEvent = event(command, T0, TaskRunStatus.FAILED, **TIMEOUT).model_copy(
        update={"input_dump": {"card": "***REDACTED***"}}
    )
    events = RecordPosition(topic="p.taskruns.events", partition=1, offset=7)
    records = new_core().command_refused(
        encode(failed), source=events, attempts_topic=ATTEMPTS, detail="too large", slim=False
    )
    letter, _ = letter_and_action(records)
    assert letter.command is None and letter.input_dump == {"card": "***REDACTED***"}  # replay needs --input


@dataclass
class _Message:
    value: bytes
    offset: int = 41
    key: bytes = b"k"
    timestamp: int = 0


@dataclass
class _TP:
    topic: str
    partition: int = 2


def test_only_an_input_whose_refused_record_is_a_command_ends_its_run() -> None:
    settings, core, given = Settings(), new_core(), outcome()
    attempts = settings.topic(Topics.ATTEMPTS.name)
    message = _Message(encode(given))
    retry = (settings.topic(Topics.RETRY.name), b"k", b"{}", None)
    action = (settings.topic(Topics.RECOVERY.name), b"k", b"{}", None)
    refused = Refused(_TP(attempts), message, "MessageSizeTooLargeError", (action, retry))
    full, slim = _ends_run(core, settings, refused, group="g", attempts_topic=attempts)
    assert [topic for topic, *_ in full] == [settings.topic(Topics.DLQ.name), settings.topic(Topics.RECOVERY.name)]
    assert len(slim[0][2]) < len(full[0][2])
    assert "taskruns.retry command (2 bytes) was refused for good" in (
        DeadLetter.model_validate_json(full[0][2]).detail or ""
    )
    only_action = Refused(_TP(attempts), message, "MessageSizeTooLargeError", (action,))
    assert _ends_run(core, settings, only_action, group="g", attempts_topic=attempts) == []
