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
