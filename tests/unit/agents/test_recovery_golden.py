"""The recovery agent's records, byte for byte, against a golden recorded before its hot path was made cheaper.

A varied set of records (direct failures of every category, retries, resource waits, fail-fast, dead letters
with alerts, exhausted retries, deadlines, bulk runs, redacted inputs, replays and their write-backs, sagas,
successes after a retry, runner outcomes with decorator policies, and hostile or malformed records) goes
through :func:`errorflow.agents.recovery._handle_message` twice each (a redelivery must give the same records;
the golden holds the first), with the process's verdict memo as the pipeline runs it: once with the default
policies, once with a policies file and a confidence floor (low-confidence verdicts acted on as unknown).
Every record produced (topic, key, value bytes, headers, in order), every decision, category and write-back,
every quarantine record and the stats must equal ``golden/recovery_records.jsonl.gz`` (JSON lines), recorded
from the code before the change.

One value is random by design and left out: a quarantine record's ``quarantined_at``. (The ``command_id`` of
the command a direct call's dead letter carries was random too, and masked, until it was derived from the
event: the golden was regenerated for that change alone, every other byte compared equal. It was regenerated
once more when a ``timed_out``'s dead letter id took the attempt's start as its time, one id per run and
attempt: only the three timed-out dead letters' ids changed; and when ``RetrySchedule`` gained ``deadline_at``:
only the decisions' text changed, no record; and when the stats gained ``refused`` (session 18): only the
stats line changed, by that key.)

Regenerate the golden only when the records are meant to change: ``python tests/unit/agents/test_recovery_golden.py``.
"""

from __future__ import annotations

import dataclasses
import gzip
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson

from errorflow.agents.recovery import Handled, RecoveryCore, RecoveryStats, _count, _handle_message
from errorflow.classify import Classifier
from errorflow.classify.verdict import VerdictMemo
from errorflow.recovery import PolicySet
from errorflow.redacted import REDACTED
from errorflow.schemas import AttemptOutcome, RecordPosition, RunCommand, TaskRunEvent, TaskRunStatus, encode
from errorflow.schemas.commands import CompensationStep, PriorError
from errorflow.schemas.quarantine import QuarantineRecord

GOLDEN = Path(__file__).parent / "golden" / "recovery_records.jsonl.gz"
EVENTS = "p.taskruns.events"
ATTEMPTS = "p.taskruns.attempts"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
COMMAND_SOURCE = RecordPosition(
    topic="p.taskruns.commands", partition=1, offset=7, timestamp_ms=1_772_366_399_000, consumer_group="app-runner"
)
ERRORS: list[dict[str, Any]] = [
    {"error_type": "builtins.TimeoutError", "error_message": "Read timed out after 30s (request 17)"},
    {"error_type": "builtins.OSError", "error_message": "[Errno 28] No space left on device"},
    {"error_type": "builtins.PermissionError", "error_message": "[Errno 13] Permission denied: '/srv/3'"},
    {"error_type": "builtins.ValueError", "error_message": "invalid literal for int() with base 10: 'x9'"},
    {"error_type": "builtins.ConnectionResetError", "error_message": "Connection reset by peer"},
    {"error_type": "acme.WeirdThing", "error_message": "zorblax frobnicated the quux"},
    {"error_type": None, "error_message": None},
    {
        "error_type": "requests.exceptions.HTTPError",
        "error_message": "503 Server Error: Service Unavailable for url: https://api.example.com/v1/x",
        "error_context": {"http_status": 503, "bases": ["requests.exceptions.RequestException"]},
    },
    {
        "error_type": "psycopg.errors.UniqueViolation",
        "error_message": 'duplicate key value violates unique constraint "users_pkey"',
        "error_context": {
            "code": "23505",
            "causes": [{"type": "psycopg.DatabaseError", "message": "inner\n\x00 ünïcödé ☃"}],
            "retriable": False,
        },
        "error_traceback": 'Traceback (most recent call last):\n  File "x.py", line 1\n' + "  frame\n" * 40,
    },
]


def v7(n: int, at: datetime = T0) -> str:
    """A fixed UUIDv7 whose time is ``at`` (ids of the inputs must not change from run to run)."""
    ms = int(at.timestamp() * 1000)
    value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (n & 0xFFF) << 64 | 0x2 << 62 | (n * 7919)
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def direct(n: int, error: dict[str, Any], **fields: Any) -> TaskRunEvent:
    """A failed direct call (channel ``direct``), with fixed ids and times."""
    run_id = fields.pop("run_id", v7(n))
    values: dict[str, Any] = {
        "event_id": v7(10_000 + n),
        "run_id": run_id,
        "root_run_id": fields.pop("root_run_id", run_id),
        "operation": "op_direct",
        "service": "svc",
        "status": TaskRunStatus.FAILED,
        "occurred_at": T0 + timedelta(milliseconds=n),
        "channel": "direct",
        "input_dump": {"page": n},
        **{key: value for key, value in error.items() if value is not None},
    }
    values.update(fields)
    return TaskRunEvent(**values)


def command(n: int, **fields: Any) -> RunCommand:
    """A runner command with fixed ids and times."""
    run_id = fields.pop("run_id", v7(20_000 + n))
    values: dict[str, Any] = {
        "command_id": v7(30_000 + n),
        "run_id": run_id,
        "root_run_id": fields.pop("root_run_id", run_id),
        "operation": "op_runner",
        "input": {"page": n, "token": "real-secret"},
        "issued_at": T0,
    }
    values.update(fields)
    return RunCommand(**values)


def failed_of(cmd: RunCommand, n: int, error: dict[str, Any], **fields: Any) -> TaskRunEvent:
    """The failed event of a runner command's attempt."""
    values: dict[str, Any] = {
        "event_id": v7(40_000 + n),
        "run_id": cmd.run_id,
        "root_run_id": cmd.root_run_id,
        "attempt": cmd.attempt,
        "replayed_from": cmd.replayed_from,
        "operation": cmd.operation,
        "service": "svc",
        "dependency": "api",
        "status": TaskRunStatus.FAILED,
        "occurred_at": T0 + timedelta(seconds=n),
        "error_traceback": "Traceback (most recent call last):\n  ...",
        "input_dump": {"page": n, "token": REDACTED},
        "channel": "worker",
        **{key: value for key, value in error.items() if value is not None},
    }
    values.update(fields)
    return TaskRunEvent(**values)


def succeeded_of(cmd: RunCommand, n: int, **fields: Any) -> TaskRunEvent:
    """The success event of a runner command's attempt."""
    return failed_of(cmd, n, {}, status=TaskRunStatus.SUCCESS, error_traceback=None, **fields)


STRICT_POLICIES: dict[str, Any] = {
    "categories": {
        "transient": {"max_attempts": 2, "initial_delay_s": 3, "max_delay_s": 7, "jitter": "none"},
        "unknown": {"max_attempts": 3, "jitter": "decorrelated"},
        "validation": {"on_exhausted": "fail"},
    },
    "operations": {
        "op_direct": {"permanent": {"always_dead_letter": True}, "resource": {"deadline_s": 0.5}},
        "op_runner": {"transient": {"max_attempts": 4, "multiplier": 3, "jitter": "equal"}},
    },
}
FAST = {"transient": {"max_attempts": 3, "initial_delay_s": 0.2, "max_delay_s": 1.0, "jitter": "equal"}}
DECORRELATED = {"transient": {"max_attempts": 6, "initial_delay_s": 0.5, "max_delay_s": 30.0, "jitter": "decorrelated"}}
TIMEOUT, NO_SPACE, DENIED, INVALID, RESET, WEIRD, BARE, HTTP503, UNIQUE = ERRORS
ITEMS = [
    {"index": 2, "error": "Connection reset by peer", "error_type": "builtins.ConnectionResetError"},
    {"index": 5, "error": "invalid email address: 'x' has no @", "error_type": "builtins.ValueError"},
    {"index": 6, "error": "Read timed out", "error_type": "builtins.TimeoutError", "item": {"id": 6}},
    {"index": 42, "error": "Read timed out", "error_type": "builtins.TimeoutError"},
]


def event_records() -> list[tuple[str, bytes | None]]:
    """Names and values of records on the events topic (direct calls, other events, hostile bytes)."""
    cases: list[tuple[str, bytes | None]] = []
    for n, error in enumerate(ERRORS):
        cases.append((f"direct-{n}", encode(direct(n, error))))
        cases.append((f"direct-{n}-timed-out", encode(direct(100 + n, error, status=TaskRunStatus.TIMED_OUT))))
        cases.append((f"direct-{n}-attempt-5", encode(direct(200 + n, error, attempt=5, root_run_id=v7(900 + n)))))
    cases += [
        ("direct-redacted", encode(direct(300, TIMEOUT, input_dump={"user": "a", "password": REDACTED}))),
        ("direct-redacted-permanent", encode(direct(301, DENIED, input_dump={"nested": [{"k": REDACTED}]}))),
        ("direct-replay-permanent", encode(direct(302, DENIED, replayed_from=v7(77)))),
        ("direct-replay-transient", encode(direct(303, TIMEOUT, replayed_from=v7(78), dependency="db"))),
        ("direct-critical", encode(direct(304, HTTP503, criticality="critical", dependency="stripe"))),
        ("direct-not-uuid-root", encode(direct(305, TIMEOUT, attempt=2, root_run_id="not-a-uuid"))),
        (
            "direct-bulk",
            encode(
                direct(
                    306,
                    {"error_type": "errorflow.errors.BulkOperationError", "error_message": "4 of 10 items failed"},
                    error_list=ITEMS,
                    success_count=6,
                    failed_count=4,
                    total_count=10,
                    input_dump={"items": [{"id": n} for n in range(10)], "batch": "b1"},
                )
            ),
        ),
        (
            "direct-bulk-validation",
            encode(
                direct(
                    307,
                    {"error_type": "errorflow.errors.BulkOperationError", "error_message": "1 of 2 items failed"},
                    error_list=[ITEMS[1]],
                    input_dump={"rows": [1, 2]},
                )
            ),
        ),
        (
            "direct-hostile-fields",
            encode(
                direct(
                    308,
                    {
                        "error_type": "x" * 300,
                        "error_message": "\u202e\x1b[31m evil \ud7ff 🙃 " * 200,
                        "error_traceback": "tb\r\n" * 5000,
                    },
                    labels={"k\x00": "v\n"},
                    input_dump={"big": 2**63 - 1, "neg": -(2**63), "f": 1e308, "s": "\x00", "deep": [[[[{}]]]]},
                    operation="op with spaces/and/ünïcode",
                    service="",
                    execution_time_s=0.0,
                )
            ),
        ),
        ("direct-naive-time", encode(direct(309, TIMEOUT)).replace(b'Z"', b'"', 1)),
        ("direct-offset-time", encode(direct(310, RESET)).replace(b'Z"', b'+05:30"', 1)),
        ("worker-channel-failure", encode(direct(311, TIMEOUT, channel="worker"))),
        ("no-channel-failure", encode(direct(312, TIMEOUT, channel=None))),
        ("direct-success", encode(direct(313, {}, status=TaskRunStatus.SUCCESS, attempt=3))),
        ("direct-running", encode(direct(314, {}, status=TaskRunStatus.RUNNING))),
        ("none", None),
        ("empty", b""),
        ("not-json-mentions-failed", b'{"status": "failed", oops'),
        ("wrong-type-failed", b'{"status": "failed", "attempt": "1"}'),
        ("array-failed", b'["failed"]'),
        ("unknown-version", encode(direct(315, TIMEOUT)).replace(b'"schema_version":1', b'"schema_version":9')),
        ("extra-field", encode(direct(316, TIMEOUT))[:-1] + b',"surprise":1}'),
        ("too-large", b'{"status":"failed","pad":"' + b"x" * 2_000_000 + b'"}'),
    ]
    return cases


def outcome_records() -> list[tuple[str, bytes | None]]:
    """Names and values of records on the attempts topic (runner outcomes, hostile bytes)."""
    cases: list[tuple[str, bytes | None]] = []

    def add(name: str, cmd: RunCommand, event: TaskRunEvent, **fields: Any) -> None:
        values: dict[str, Any] = {"command": cmd, "event": event, "source": COMMAND_SOURCE, **fields}
        cases.append((name, encode(AttemptOutcome(**values))))

    for n, error in enumerate(ERRORS):
        cmd = command(n)
        add(f"outcome-{n}", cmd, failed_of(cmd, n, error))
        add(f"outcome-{n}-fast", cmd, failed_of(cmd, 50 + n, error), retry_policy=FAST)
    retry = command(
        60,
        reason="retry",
        attempt=3,
        root_run_id=v7(61),
        issued_at=T0,
        not_before=T0 + timedelta(seconds=2.5),
        deadline_at=T0 + timedelta(hours=1),
        previous_errors=[
            PriorError(
                attempt=1,
                run_id=v7(62),
                error_type="builtins.TimeoutError",
                error_message="t1",
                category="transient",
                occurred_at=T0 - timedelta(seconds=5),
                delay_s=1.25,
            ),
            PriorError(attempt=2, run_id=v7(63, T0 - timedelta(seconds=2)), error_type="builtins.TimeoutError"),
            PriorError(attempt=2, run_id="not-a-uuid", error_message="older producer"),
        ],
    )
    add("outcome-retry-decorrelated", retry, failed_of(retry, 60, TIMEOUT), retry_policy=DECORRELATED)
    add("outcome-retry-exhausted", retry, failed_of(retry, 61, TIMEOUT), retry_policy=FAST)
    add("outcome-retry-permanent-history", retry, failed_of(retry, 62, DENIED))
    past = command(63, deadline_at=T0 + timedelta(milliseconds=50))
    add("outcome-deadline", past, failed_of(past, 0, TIMEOUT), retry_policy={"transient": {"jitter": "none"}})
    add("outcome-past-deadline", past, failed_of(past, 64, TIMEOUT))
    add(
        "outcome-policy-deadline",
        command(65),
        failed_of(command(65), 65, RESET),
        retry_policy={"transient": {"deadline_s": 1.0, "initial_delay_s": 5.0}},
    )
    add(
        "outcome-bad-policy",
        command(66),
        failed_of(command(66), 66, TIMEOUT),
        retry_policy={"transient": {"max_attempts": 0}},
    )
    add(
        "outcome-never-retry",
        command(67),
        failed_of(command(67), 67, TIMEOUT),
        retry_policy={"transient": {"never_retry": True}},
    )
    add(
        "outcome-always-dead-letter",
        command(68),
        failed_of(command(68), 68, INVALID),
        retry_policy={"validation": {"always_dead_letter": True}},
    )
    add("outcome-no-source", command(69), failed_of(command(69), 69, DENIED), source=None)
    replay = command(70, reason="replay", replayed_from=v7(71))
    add("outcome-replay-failed", replay, failed_of(replay, 70, DENIED))
    add("outcome-replay-retried", replay, failed_of(replay, 71, TIMEOUT), retry_policy=FAST)
    add("outcome-replay-succeeded", replay, succeeded_of(replay, 72))
    second = command(73, reason="retry", attempt=2, not_before=T0 + timedelta(seconds=1))
    add("outcome-success-after-retry", second, succeeded_of(second, 73))
    add("outcome-first-success", command(74), succeeded_of(command(74), 74))
    steps = [
        CompensationStep(name="undo_charge", args=[1, "a"], kwargs={"k": {"n": None}}, run_id=v7(75), index=0),
        CompensationStep(name="undo_mail", run_id=v7(75), index=1),
    ]
    saga = command(76, compensations=steps[:1])
    add("outcome-saga-retry", saga, failed_of(saga, 76, TIMEOUT), retry_policy=FAST, compensations=steps)
    add("outcome-saga-final", saga, failed_of(saga, 77, DENIED), compensations=steps, compensate_on="final")
    add("outcome-saga-every", saga, failed_of(saga, 78, TIMEOUT), compensations=steps, compensate_on="every_failure")
    comp = command(79, reason="compensate", replayed_from=v7(80), compensations=steps)
    add("outcome-compensation-replay-ok", comp, failed_of(comp, 79, {}, status=TaskRunStatus.COMPENSATED))
    add("outcome-compensation-replay-failed", comp, failed_of(comp, 80, DENIED))
    bulk = command(81, input={"items": [{"id": n} for n in range(10)]})
    add(
        "outcome-bulk",
        bulk,
        failed_of(
            bulk,
            81,
            {"error_type": "errorflow.errors.BulkOperationError", "error_message": "4 of 10 items failed"},
            error_list=ITEMS,
        ),
    )
    add("outcome-timed-out", command(82), failed_of(command(82), 82, {}, status=TaskRunStatus.TIMED_OUT))
    add("outcome-running", command(83), failed_of(command(83), 83, {}, status=TaskRunStatus.RUNNING))
    good = encode(AttemptOutcome(command=command(84), event=failed_of(command(84), 84, TIMEOUT)))
    cases += [
        ("outcome-none", None),
        ("outcome-empty", b""),
        ("outcome-not-json", b"\xff\xfe not json"),
        ("outcome-wrong-types", good.replace(b'"attempt":1', b'"attempt":"1"', 1)),
        ("outcome-unknown-version", good.replace(b'"schema_version":1', b'"schema_version":2', 1)),
        ("outcome-too-large", good[:-1] + b',"x":"' + b"y" * 2_000_000 + b'"}'),
    ]
    return cases


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"type": type(value).__name__, "repr": repr(value)}
    return value


def run_cases() -> list[dict[str, Any]]:
    """Every case's outcome, as plain JSON values."""
    settings_core = RecoveryCore(
        classifier=Classifier.from_settings(), policies=PolicySet(), verdicts=VerdictMemo(), dlq_header_max_bytes=512
    )
    # Low-confidence verdicts acted on as unknown, and an operator's policies file over the defaults.
    strict_core = RecoveryCore(
        classifier=Classifier.from_settings(),
        policies=replace(PolicySet.from_mapping(STRICT_POLICIES), min_confidence=0.8),
        verdicts=VerdictMemo(),
    )
    stats = RecoveryStats()
    lines: list[dict[str, Any]] = []
    cases = [(settings_core, EVENTS, name, value) for name, value in event_records()]
    cases += [(settings_core, ATTEMPTS, name, value) for name, value in outcome_records()]
    cases += [(strict_core, EVENTS, f"strict-{name}", value) for name, value in event_records()]
    cases += [(strict_core, ATTEMPTS, f"strict-{name}", value) for name, value in outcome_records()[:20]]
    for offset, (core, topic, name, value) in enumerate(cases):
        deliveries = []
        for _ in range(2):
            source = RecordPosition(
                topic=topic,
                partition=offset % 4,
                offset=offset,
                timestamp_ms=1_772_366_400_000 + offset,
                consumer_group="app-recovery",
            )
            message = type("Message", (), {"key": None if value is None else b"k", "value": value})()
            handled = _handle_message(
                core, message, source=source, attempts_topic=ATTEMPTS, max_bytes=1_000_000, stats=stats
            )
            line: dict[str, Any] = {"case": name}
            if isinstance(handled, QuarantineRecord):
                line["quarantine"] = handled.model_dump(mode="json", exclude={"quarantined_at"})
            else:
                assert isinstance(handled, Handled)
                _count(stats, handled)
                records = []
                for record in handled.records:
                    assert record.model is not None and encode(record.model) == record.value
                    records.append(
                        {
                            "topic": record.topic,
                            "key": record.key.decode(),
                            "value": record.value.decode(),
                            "headers": [[name, header.hex()] for name, header in record.headers],
                            "model": type(record.model).__name__,
                        }
                    )
                line["records"] = records
                line["decision"] = _jsonable(handled.decision)
                line["category"] = handled.category
                line["writeback"] = _jsonable(handled.writeback)
            deliveries.append(line)
        first, again = deliveries
        assert again == first, f"{name}: a redelivery gave other records"
        lines.append(first)
    lines.append({"stats": dataclasses.asdict(stats)})
    return lines


def test_recovery_records_equal_the_golden() -> None:
    expected = [orjson.loads(line) for line in gzip.decompress(GOLDEN.read_bytes()).splitlines()]
    got = [orjson.loads(orjson.dumps(line)) for line in run_cases()]
    assert len(got) == len(expected)
    for line, want in zip(got, expected, strict=True):
        assert line == want, line.get("case")


if __name__ == "__main__":
    GOLDEN.parent.mkdir(exist_ok=True)
    with GOLDEN.open("wb") as file, gzip.GzipFile(fileobj=file, mode="wb", mtime=0, filename="") as golden:
        golden.write(b"".join(orjson.dumps(line) + b"\n" for line in run_cases()))
    print(f"wrote {GOLDEN}", file=sys.stderr)
