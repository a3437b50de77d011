"""What the recovery CLI writes: replays and purges, as records on Kafka.

A replay is a new run (:func:`~errorflow.recovery.build_replay_command`, linked by
``replayed_from``) whose command goes to ``taskruns.commands``, with a ``replayed``
recovery action and, for a dead letter, a ``replayed`` state update; the recovery
agent writes the replay's outcome back to the entry when the replay ends. A purge
is a ``purged`` state update.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, TextIO

import orjson

from errorflow.cli.query import terminal_text
from errorflow.errors import BrokerError, ConfigurationError
from errorflow.redacted import REDACTED, holds_redacted

if TYPE_CHECKING:
    from errorflow.settings import Settings

__all__ = [
    "REDACTED",
    "ReplayPlan",
    "plan_replays",
    "purge_dead_letters",
    "replay",
    "replayed_already",
    "restore_inputs",
]


@dataclass(frozen=True, slots=True)
class ReplayPlan:
    """One replay to send (or why it cannot be sent)."""

    source_root: str
    operation: str
    dlq_id: str | None
    command: Any = None
    """The replay ``RunCommand``; None when it cannot be replayed."""
    skipped: str = ""
    """Why it cannot be replayed."""
    records: list[tuple[str, bytes, bytes]] = field(default_factory=list)
    """(relative topic, key, value) to produce."""
    source: tuple[str, int, int] | None = None
    """(topic, partition, offset) of the dead letter's record when its stored command input is
    scrubbed: :func:`restore_inputs` reads the full input there before the plan is sent."""
    row: dict[str, Any] | None = field(default=None, repr=False)
    now: datetime | None = None
    user: str | None = None


def plan_replays(
    sources: Sequence[dict[str, Any]],
    *,
    now: datetime,
    user: str | None,
    input_override: dict[str, Any] | None = None,
    max_bytes: int | None = None,
) -> list[ReplayPlan]:
    """Turn dead-letter rows (``dlq_current``) or failed-run rows into replay commands and their records.

    A row with a ``dlq_id`` is a dead letter: its command (or, for a direct call, its
    redacted dump) is replayed, a ``replayed`` action and a ``replayed`` state update go
    with it. Other rows are runs replayed from their last failed event's input dump.
    A replay with a record over ``max_bytes`` (``kafka.max_message_bytes``, key included)
    is a skip: sent, its ``replayed`` update went out while Kafka (or the runner) refused
    its command, and the entry read ``replayed`` for ever with no replay running.
    """
    from errorflow.recovery import build_replay_command, replay_action
    from errorflow.schemas.codec import encode
    from errorflow.schemas.commands import RunCommand, replay_run_id
    from errorflow.schemas.events import Actor
    from errorflow.schemas.recovery import DeadLetterUpdate
    from errorflow.sinks.rows import dead_letter_from_row
    from errorflow.streams.topics import Topics

    actor = Actor(user_id=user)
    plans: list[ReplayPlan] = []
    for row in sources:
        letter = dead_letter_from_row(row) if row.get("dlq_id") else None
        operation = str(row["operation"])
        root = str(row["root_run_id"])
        if letter is not None and letter.command is None and letter.reason == "compensation_failed":
            # A failed saga's steps that no runner can run again (callables of the calling process, or too many
            # for one record): replayed from its empty input dump, the operation itself ran again, forward.
            plans.append(ReplayPlan(root, operation, letter.dlq_id, skipped=_SAGA_BY_HAND))
            continue
        if letter is not None and letter.command is not None:
            source = letter.command
            if input_override is None and holds_redacted(source.input):
                # The sink stores a command's input scrubbed; its record on Kafka has it whole.
                coordinates = _source_coordinates(row)
                if coordinates is None:
                    plans.append(ReplayPlan(root, operation, letter.dlq_id, skipped=_NO_SOURCE))
                    continue
                plans.append(
                    ReplayPlan(root, operation, letter.dlq_id, source=coordinates, row=dict(row), now=now, user=user)
                )
                continue
        else:
            dump = letter.input_dump if letter is not None else _json_object(row.get("input_dump"))
            if input_override is None and holds_redacted(dump):
                plans.append(
                    ReplayPlan(
                        root,
                        operation,
                        letter.dlq_id if letter else None,
                        skipped="its input was redacted (a direct call with secrets): replay it with --input",
                    )
                )
                continue
            source = RunCommand(
                operation=operation,
                run_id=str(row.get("run_id") or root),
                root_run_id=root,
                input=dump,
                channel="cli",
            )
        command = build_replay_command(source, now=now, actor=actor, input_override=input_override)
        # The replay of one version is one run whoever asks (see replay_run_id): the runner
        # runs an attempt once, so concurrent replays of the same entries do not run twice.
        claim, version_ms = _replay_claim(row, letter_id=letter.dlq_id if letter is not None else None, now=now)
        replay_id = replay_run_id(claim, version_ms=version_ms)
        command = command.model_copy(update={"run_id": replay_id, "root_run_id": replay_id})
        if command.channel in (None, "direct"):
            command = command.model_copy(update={"channel": "cli"})
        records = [(Topics.COMMANDS.name, command.key, encode(command))]
        service = letter.service if letter is not None else str(row.get("service") or "")
        action = replay_action(
            command, service=service, now=now, dlq_id=letter.dlq_id if letter else None, detail=_detail(root, user)
        )
        # One "replayed" action per replay as well: the sink keeps one row per action id.
        action = action.model_copy(update={"action_id": replay_run_id(f"replayed:{replay_id}", version_ms=version_ms)})
        records.append((Topics.RECOVERY.name, action.key, encode(action)))
        if letter is not None:
            update = DeadLetterUpdate(
                state="replayed",
                updated_at=now,
                replay_run_id=command.run_id,
                detail=_detail(root, user),
                dead_letter=letter,
            )
            records.append((Topics.DLQ_STATE.name, update.key, encode(update)))
        too_large = _oversized(records, max_bytes, override=input_override is not None)
        if too_large:
            plans.append(ReplayPlan(root, operation, letter.dlq_id if letter else None, skipped=too_large))
            continue
        plans.append(ReplayPlan(root, operation, letter.dlq_id if letter else None, command=command, records=records))
    return plans


def _oversized(records: Sequence[tuple[str, bytes, bytes]], max_bytes: int | None, *, override: bool) -> str:
    """Why a replay's records cannot be sent (one is over ``max_bytes``, key included); "" when they can."""
    size = max(len(key) + len(value) for _, key, value in records)
    if max_bytes is None or size <= max_bytes:
        return ""
    why = f"its replay would send a {size}-byte record, over the {max_bytes}-byte limit (kafka.max_message_bytes)"
    return why + (": replay it with a smaller --input" if override else "")


def replayed_already(row: dict[str, Any]) -> str | None:
    """Why ``errorflow runs replay`` does not replay this source again without ``--force`` (None: replay it).

    ``runs replay`` replays a run once unless asked again. A failed run's replay version counts
    its replays so far (:func:`_replay_claim`), and a dead letter's is its newest state: were a
    run already replayed sent again by default, a second CLI started a few seconds after the
    first would see the first one's replay (or its outcome) and send a second replay of the
    same work. ``errorflow dlq replay`` keeps the entries' workflow instead (``new`` and
    ``failed_after_replay`` are due a replay there).
    """
    if row.get("dlq_id"):
        state = row.get("state")
        if state == "replayed":
            return f"its dead letter {row['dlq_id']} is being replayed"
        if state in ("succeeded_after_replay", "failed_after_replay"):
            outcome = "succeeded" if state == "succeeded_after_replay" else "failed"
            return f"its dead letter {row['dlq_id']} was replayed and the replay {outcome}"
        return None
    replays = int(row.get("replays") or 0)
    if replays:
        return f"replayed {replays} time{'s' if replays > 1 else ''} already"
    return None


_SAGA_BY_HAND = (
    "its compensations cannot be replayed (the steps are not @compensation-named, or too many for one record): "
    "undo the remaining ones by hand (dlq show names the step that failed), then purge it"
)
_NO_SOURCE = "its stored input is scrubbed and its dead-letter record on Kafka is not known: replay it with --input"


def _source_coordinates(row: dict[str, Any]) -> tuple[str, int, int] | None:
    topic, partition, offset = row.get("source_topic"), row.get("source_partition"), row.get("source_offset")
    if not topic or partition is None or offset is None:
        return None
    return str(topic), int(partition), int(offset)


def restore_inputs(settings: Settings, plans: Sequence[ReplayPlan]) -> list[ReplayPlan]:
    """Complete the plans whose stored input is scrubbed with the full input of their Kafka record.

    Each such record (the dead letter on the DLQ topic, or a state update carrying it) is
    read alone: a consumer without a group assigned to its partition, at its offset. A
    record gone (retention), unreadable, or itself holding a scrubbed input makes the
    plan a skip that asks for ``--input``. Other plans are returned as they are.
    """
    pending = [plan for plan in plans if plan.source is not None]
    if not pending:
        return list(plans)
    read = asyncio.run(_read_letters(_with_bootstrap(settings), [plan.source for plan in pending if plan.source]))
    restored: list[ReplayPlan] = []
    for plan in plans:
        if plan.source is None or plan.row is None or plan.now is None:
            restored.append(plan)
            continue
        letter = read.get(plan.source)
        if not isinstance(letter, str) and letter is not None and letter.dlq_id != plan.dlq_id:
            # The topic was recreated or reset under the store: that input is another run's.
            letter = f"it is dead letter {letter.dlq_id}, not {plan.dlq_id}"
        if isinstance(letter, str) or letter is None or letter.command is None or holds_redacted(letter.command.input):
            why = letter if isinstance(letter, str) else "it holds no full input"
            topic, partition, offset = plan.source
            restored.append(
                ReplayPlan(
                    plan.source_root,
                    plan.operation,
                    plan.dlq_id,
                    skipped=f"its stored input is scrubbed and its record ({topic}[{partition}]@{offset}) cannot "
                    f"give the full one ({why}): replay it with --input",
                )
            )
            continue
        row = dict(plan.row, command=orjson.dumps(letter.command.model_dump(mode="json")).decode())
        (full,) = plan_replays([row], now=plan.now, user=plan.user, max_bytes=settings.kafka.max_message_bytes)
        restored.append(full)
    return restored


async def _read_letters(settings: Settings, sources: Sequence[tuple[str, int, int]]) -> dict[tuple[str, int, int], Any]:
    """Read the record at each (topic, partition, offset): its dead letter, or why there is none."""
    from errorflow.streams.kafka import read_dead_letter

    return {source: await read_dead_letter(settings, *source) for source in dict.fromkeys(sources)}


def _replay_claim(row: dict[str, Any], *, letter_id: str | None, now: datetime) -> tuple[str, int]:
    """Name the version a replay replays, and its time in Unix ms.

    A dead letter's version is its ``updated_at`` (a replay that failed again, or an entry
    replayed again with ``--force``, is a newer version). A failed run's is its last failed
    attempt and the number of replays made of it so far (``replays``).
    """
    if letter_id is not None:
        return f"dlq:{letter_id}", _epoch_ms(row.get("updated_at"), default=now)
    claim = f"run:{row['root_run_id']}:{row.get('run_id') or ''}:{int(row.get('replays') or 0)}"
    return claim, _epoch_ms(row.get("failed_at"), default=now)


def _epoch_ms(value: Any, *, default: datetime) -> int:
    """Unix milliseconds of a datetime, an ISO string or an epoch number (``default`` when missing)."""
    if isinstance(value, str) and value:
        value = datetime.fromisoformat(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value * 1000) if value < 10**11 else int(value)
    if not isinstance(value, datetime):
        value = default
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return int(value.timestamp() * 1000)


def _detail(root: str, user: str | None) -> str:
    return f"replay of run {root}" + (f" by {user}" if user else "")


def _json_object(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, (str, bytes)) and value:
        parsed = orjson.loads(value)
        return parsed if isinstance(parsed, dict) else {"input": parsed}
    return {}


def _with_bootstrap(settings: Settings) -> Settings:
    """Settings whose Kafka address is set: the configured one, or the running embedded stack's."""
    if settings.kafka.bootstrap:
        return settings
    from errorflow.sdk.runtime import stack_bootstrap

    found = stack_bootstrap(settings.data_dir)
    if found is None:
        raise ConfigurationError(
            "no Kafka address: set ERRORFLOW_KAFKA_BOOTSTRAP, or start the embedded stack with `errorflow up`"
        )
    return settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"bootstrap": found})})


class _Progress:
    """A one-line progress bar on a terminal stream (plain lines when it is not a terminal).

    On a terminal the line is redrawn in place with a carriage return, so it is cut to the
    terminal's width: a line wider than the terminal wraps, the return goes back only to the
    start of its last row, and every update would leave a new row behind.
    """

    def __init__(self, total: int, *, out: TextIO, label: str) -> None:
        self.total = total
        self.out = out
        self.label = label
        self.done = 0
        self.tty = out.isatty()

    def step(self, note: str = "") -> None:
        self.done += 1
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        line = f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {note}"
        if self.tty:
            columns = max(_columns(self.out) - 1, 1)  # writing the last column wraps on some terminals
            self.out.write("\r" + terminal_text(line)[:columns].ljust(columns))
            if self.done == self.total:
                self.out.write("\n")
        elif self.done == self.total or self.done % max(1, self.total // 10) == 0:
            self.out.write(terminal_text(line) + "\n")
        self.out.flush()


def _columns(out: TextIO) -> int:
    """The width of the terminal ``out`` writes to; else what :func:`shutil.get_terminal_size` says (80 at worst)."""
    try:
        return os.get_terminal_size(out.fileno()).columns
    except (AttributeError, OSError, ValueError):  # not a real terminal (tests, a wrapped stream)
        return shutil.get_terminal_size((80, 24)).columns


async def _produce(
    settings: Settings,
    batches: Sequence[Sequence[tuple[str, bytes, bytes]]],
    *,
    rate_per_s: float | None,
    on_batch: Callable[[int], None],
) -> None:
    """Produce each batch (its first record alone, acknowledged first), at most ``rate_per_s`` batches a second."""
    from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError

    from errorflow.streams.kafka import make_producer

    producer = make_producer(settings)
    try:
        await producer.start()
    except (KafkaConnectionError, KafkaTimeoutError, OSError) as exc:
        # One line for the operator, not aiokafka's traceback: nothing was sent, so running it again is safe.
        await producer.stop()
        raise BrokerError(
            f"no Kafka broker answered at {settings.kafka.bootstrap} ({type(exc).__name__}); nothing sent. "
            "Start the stack (`errorflow up`) or set ERRORFLOW_KAFKA_BOOTSTRAP, then run the command again"
        ) from exc
    try:
        interval = 1.0 / rate_per_s if rate_per_s else 0.0
        next_at = time.monotonic()
        for index, batch in enumerate(batches):
            if interval:
                delay = next_at - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                next_at = max(next_at, time.monotonic()) + interval
            # The first record (a replay's command) is acknowledged before the rest (its `replayed` action and
            # state update) are sent: cut short between them, the entry read `replayed` with no command sent, and
            # the same command run again passed it by. Cut short now, it is still due, and the replay run is
            # the same one (same ids), which the runner runs once.
            for part in (batch[:1], batch[1:]):
                futures = [await producer.send(settings.topic(topic), value, key=key) for topic, key, value in part]
                await asyncio.gather(*futures)
            on_batch(index)
    finally:
        await producer.stop()


def replay(
    settings: Settings,
    plans: Sequence[ReplayPlan],
    *,
    rate_per_s: float | None = None,
    progress: TextIO | None = None,
) -> list[ReplayPlan]:
    """Send the replays that can be sent (command, ``replayed`` action and state update); return them.

    Plans whose input is still to be read from Kafka are completed first (:func:`restore_inputs`);
    those that cannot be are not sent, and said so on ``progress``.
    """
    if any(plan.source is not None for plan in plans):
        plans = restore_inputs(settings, plans)
        if progress is not None:
            for plan in plans:
                if plan.skipped:
                    progress.write(terminal_text(f"skipped {plan.source_root}: {plan.skipped}") + "\n")
    sendable = [plan for plan in plans if plan.command is not None]
    if not sendable:
        return []
    bar = _Progress(len(sendable), out=progress, label="replaying") if progress is not None else None

    def step(index: int) -> None:
        if bar is not None:
            bar.step(sendable[index].source_root)

    try:
        asyncio.run(
            _produce(_with_bootstrap(settings), [p.records for p in sendable], rate_per_s=rate_per_s, on_batch=step)
        )
    except KeyboardInterrupt:
        if bar is not None and progress is not None:  # Ctrl-C: say where it stopped and how to go on
            progress.write(
                f"\ninterrupted: {bar.done} of {len(sendable)} replays sent. Run the same command again for "
                "the rest: a sent replay is not sent twice (the same version is the same replay run)\n"
            )
            progress.flush()
        raise
    return sendable


def purge_dead_letters(settings: Settings, rows: Sequence[dict[str, Any]], *, user: str | None, now: datetime) -> int:
    """Mark dead letters ``purged`` (a state update each); return how many."""
    from errorflow.schemas.codec import encode
    from errorflow.schemas.recovery import DeadLetterUpdate
    from errorflow.sinks.rows import dead_letter_from_row
    from errorflow.streams.topics import Topics

    batch: list[tuple[str, bytes, bytes]] = []
    for row in rows:
        update = DeadLetterUpdate(
            state="purged",
            updated_at=now,
            detail=f"purged by {user}" if user else "purged",
            dead_letter=dead_letter_from_row(row),
        )
        batch.append((Topics.DLQ_STATE.name, update.key, encode(update)))
    if batch:
        asyncio.run(_produce(_with_bootstrap(settings), [batch], rate_per_s=None, on_batch=lambda _: None))
    return len(batch)
