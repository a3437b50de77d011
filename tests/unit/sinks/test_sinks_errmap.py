"""Every lower-level error kind the store can meet maps to one errorflow error, with its cause kept."""

from __future__ import annotations

import inspect
import socket

import pyarrow as pa
import pytest
import urllib3.exceptions
from chdb._exceptions import ChdbError
from clickhouse_connect.driver import exceptions as cc

from errorflow.errors import RowRejectedError, StoreError, StoreUnavailableError
from errorflow.sinks.errmap import REJECTED_VALUE_CODES, UNAVAILABLE_CODES, error_code, translate


def _chdb(code: int, name: str = "X") -> ChdbError:
    return ChdbError(f"Code: {code}. DB::Exception: something happened. ({name})")


CASES: list[tuple[BaseException, bool, type[StoreError]]] = [
    # transport and OS errors: retry later
    (ConnectionRefusedError(111, "Connection refused"), False, StoreUnavailableError),
    (ConnectionResetError(104, "Connection reset by peer"), True, StoreUnavailableError),
    (TimeoutError("timed out"), False, StoreUnavailableError),
    (socket.timeout("timed out"), True, StoreUnavailableError),  # noqa: UP041 - the alias older code raises
    (OSError(28, "No space left on device"), True, StoreUnavailableError),
    (urllib3.exceptions.NewConnectionError(None, "Failed to establish a new connection"), False, StoreUnavailableError),  # type: ignore[arg-type]
    (urllib3.exceptions.ReadTimeoutError(None, "/", "Read timed out"), True, StoreUnavailableError),  # type: ignore[arg-type]
    (cc.OperationalError("Error HTTPConnectionPool: Connection refused"), False, StoreUnavailableError),
    (cc.StreamFailureError("stream failed"), False, StoreUnavailableError),
    # the engine says "not now"
    (_chdb(241, "MEMORY_LIMIT_EXCEEDED"), False, StoreUnavailableError),
    (_chdb(252, "TOO_MANY_PARTS"), True, StoreUnavailableError),
    (cc.DatabaseError("Code: 159. DB::Exception: Timeout exceeded", code=159), False, StoreUnavailableError),
    (cc.OperationalError("Code: 210. DB::Exception: Connection reset", code=210), True, StoreUnavailableError),
    # values refused on insert: poison rows
    (_chdb(469, "VIOLATED_CONSTRAINT"), True, RowRejectedError),
    (_chdb(27, "CANNOT_PARSE_INPUT_ASSERTION_FAILED"), True, RowRejectedError),
    (cc.DataError("Code: 321. DB::Exception: out of range", code=321), True, RowRejectedError),
    (pa.ArrowInvalid("Could not convert 'abc' with type str: tried to convert to uint16"), True, RowRejectedError),
    (pa.ArrowTypeError("Expected bytes, got a 'dict' object"), True, RowRejectedError),
    (OverflowError("int too big to convert"), True, RowRejectedError),
    (ValueError("bad value"), True, RowRejectedError),
    # the same value errors outside an insert are not poison rows
    (_chdb(469, "VIOLATED_CONSTRAINT"), False, StoreError),
    (ValueError("bad value"), False, StoreError),
    # programming and schema errors: not retryable
    (_chdb(60, "UNKNOWN_TABLE"), False, StoreError),
    (_chdb(62, "SYNTAX_ERROR"), True, StoreError),
    (cc.ProgrammingError("Code: 47. DB::Exception: Unknown identifier", code=47), False, StoreError),
    (cc.InterfaceError("bad interface use"), False, StoreError),
    (cc.InternalError("internal"), False, StoreError),
    (cc.NotSupportedError("not supported"), False, StoreError),
    (cc.IntegrityError("integrity"), False, StoreError),
    (cc.StreamClosedError(), False, StoreError),
    (cc.DataError("cannot serialize column"), True, RowRejectedError),
    (cc.DataError("cannot serialize column"), False, StoreError),
    (RuntimeError("Session is closed."), False, StoreError),
]


@pytest.mark.parametrize(("exc", "inserting", "expected"), CASES, ids=lambda v: type(v).__name__)
def test_each_lower_level_error_maps_to_one_errorflow_error(
    exc: BaseException, inserting: bool, expected: type[StoreError]
) -> None:
    translated = translate(exc, action="insert into t" if inserting else "query", inserting=inserting)
    assert type(translated) is expected
    assert str(exc) in str(translated)


def test_every_clickhouse_connect_exception_class_is_mapped() -> None:
    """A new driver exception class fails here until it is placed in the table above."""
    covered = {type(exc) for exc, _, _ in CASES}
    classes = {
        obj
        for _, obj in inspect.getmembers(cc, inspect.isclass)
        if issubclass(obj, Exception) and obj.__module__ == cc.__name__
    }
    internal = {cc.StreamCompleteException, cc.Warning, cc.ClickHouseError, cc.Error, cc.DatabaseError}
    assert classes - internal - covered == set()
    for cls in classes - {cc.StreamCompleteException, cc.StreamClosedError}:
        for inserting in (False, True):
            assert isinstance(translate(cls("x"), action="insert", inserting=inserting), StoreError)


def test_translation_is_raised_from_the_original() -> None:
    original = _chdb(60, "UNKNOWN_TABLE")
    with pytest.raises(StoreError) as caught:
        try:
            raise original
        except ChdbError as exc:
            raise translate(exc, action="query") from exc
    assert caught.value.__cause__ is original


def test_error_codes_are_read_from_attributes_and_text() -> None:
    assert error_code(cc.DatabaseError("x", code=241)) == 241
    assert error_code(_chdb(60)) == 60
    assert error_code(RuntimeError("no code here")) is None
    assert not UNAVAILABLE_CODES & REJECTED_VALUE_CODES


def test_errorflow_errors_pass_through_unchanged() -> None:
    already = StoreUnavailableError("down")
    assert translate(already, action="query") is already
