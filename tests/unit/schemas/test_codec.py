import orjson
import pytest

from errorflow.errors import MalformedEventError, UnsupportedSchemaVersionError
from errorflow.schemas import RunCommand, TaskRunEvent, TaskRunStatus, decode, encode
from errorflow.schemas.ids import id_time_ms, new_id


def event(**overrides: object) -> TaskRunEvent:
    fields: dict[str, object] = {
        "run_id": "r",
        "root_run_id": "r",
        "operation": "op",
        "service": "s",
        "status": TaskRunStatus.FAILED,
    }
    fields.update(overrides)
    return TaskRunEvent(**fields)  # type: ignore[arg-type]


def test_round_trip_and_derived_fields() -> None:
    original = event(error_message="boom", input_dump={"a": [1, 2]})
    decoded = decode(encode(original), TaskRunEvent)
    assert decoded == original
    assert decoded.event_type == "taskrun.failed"
    assert decoded.idempotency_key == "r:1"
    assert encode(original).count(b"Z") >= 1  # UTC with Z


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "invalid_json"),
        (b"[1, 2]", "invalid_fields"),
        (b'{"schema_version": 1, "run_id": 5}', "invalid_fields"),
        (b"", "empty"),
    ],
)
def test_malformed_records_get_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(MalformedEventError) as info:
        decode(raw, TaskRunEvent)
    assert info.value.reason == reason


def test_unknown_schema_version() -> None:
    payload = orjson.loads(encode(event()))
    payload["schema_version"] = 99
    with pytest.raises(UnsupportedSchemaVersionError):
        decode(orjson.dumps(payload), TaskRunEvent)


def test_too_large() -> None:
    with pytest.raises(MalformedEventError) as info:
        decode(encode(event(error_message="x" * 5000)), TaskRunEvent, max_bytes=1024)
    assert info.value.reason == "too_large"


def test_extra_fields_are_refused() -> None:
    payload = orjson.loads(encode(event()))
    payload["surprise"] = 1
    with pytest.raises(MalformedEventError):
        decode(orjson.dumps(payload), TaskRunEvent)


def test_ids_are_time_ordered_and_unique() -> None:
    ids = [new_id() for _ in range(5000)]
    assert ids == sorted(ids) and len(set(ids)) == 5000
    assert abs(id_time_ms(ids[0]) - id_time_ms(ids[-1])) < 5000


def test_command_root_defaults_to_run_id() -> None:
    command = RunCommand(operation="op")
    assert command.root_run_id == command.run_id
    assert command.idempotency_key == f"{command.run_id}:1"


@pytest.mark.parametrize(
    "spliced",
    [
        b'"schema_version": [1]',
        b'"schema_version": {"v": 1}',
        b'"attempt": 18446744073709551616',
        b'"success_count": 4294967296',
        b'"input_dump": {"n": -18446744073709551617}',
        b'"error_list": [{"index": 0, "error": "e", "extra": 100000000000000000000}]',
        b'"error_context": {"errno": 9223372036854775808}',
        b'"run_id": ""',
        b'"root_run_id": ""',
        b'"event_id": ""',
        b'"occurred_at": "0001-01-01T00:30:00+01:00"',
        b'"occurred_at": "2300-01-01T00:00:00Z"',
        b'"execution_time_s": 1e300',
        b'"error_message": "\xff"',
        b'"input_dump": {"d": ' + b"[" * 3000 + b"]" * 3000 + b"}",
    ],
)
def test_hostile_fields_are_malformed_never_another_exception(spliced: bytes) -> None:
    good = encode(TaskRunEvent(run_id="r", root_run_id="r", operation="o", service="s", status="failed"))
    with pytest.raises(MalformedEventError) as caught:
        decode(good[:-1] + b"," + spliced + b"}", TaskRunEvent)
    assert caught.value.reason in {"invalid_fields", "invalid_json"}
