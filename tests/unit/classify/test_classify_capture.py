"""The one capture: every attribute it reads is mapped, and none can break it (httpx-style mapping tests)."""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from errorflow.classify import capture
from errorflow.classify.model import Cause, ErrorSignal
from errorflow.schemas.events import ErrorContext, TaskRunEvent, TaskRunStatus
from errorflow.sdk import capture as sdk_capture


def raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # the point is to capture a real traceback
        return caught


def _exc(**attributes: Any) -> Exception:
    exc = Exception("boom")
    for name, value in attributes.items():
        setattr(exc, name, value)
    return exc


class _Obj:
    def __init__(self, **attributes: Any) -> None:
        self.__dict__.update(attributes)


class _StatusCode:
    name = "UNAVAILABLE"


class _GrpcError(Exception):
    def code(self) -> _StatusCode:
        return _StatusCode()


class _KafkaLike(Exception):
    retriable = True  # a class attribute, like aiokafka's KafkaError


class _TemporalLike(Exception):
    def __init__(self, message: str, *, non_retryable: bool) -> None:
        super().__init__(message)
        self.non_retryable = non_retryable


# (what is read, the exception, the signal field, the expected value)
MAPPED: list[tuple[str, Callable[[], BaseException], str, Any]] = [
    ("response.status_code", lambda: _exc(response=_Obj(status_code=503)), "http_status", 503),
    ("response.status", lambda: _exc(response=_Obj(status=429)), "http_status", 429),
    ("status_code", lambda: _exc(status_code=404), "http_status", 404),
    ("status", lambda: _exc(status=502), "http_status", 502),
    ("http_status", lambda: _exc(http_status=500), "http_status", 500),
    ("meta.status", lambda: _exc(meta=_Obj(status=409)), "http_status", 409),
    ("code (int, urllib)", lambda: _exc(code=401), "http_status", 401),
    (
        "botocore ResponseMetadata.HTTPStatusCode",
        lambda: _exc(response={"ResponseMetadata": {"HTTPStatusCode": 503}}),
        "http_status",
        503,
    ),
    ("errno", lambda: OSError(errno.ENOSPC, "No space left on device"), "errno", errno.ENOSPC),
    ("errno (driver)", lambda: _exc(errno=1205), "errno", 1205),
    ("pgcode (psycopg2)", lambda: _exc(pgcode="40P01"), "code", "40P01"),
    ("sqlstate (psycopg 3, asyncpg)", lambda: _exc(sqlstate="53300"), "code", "53300"),
    ("botocore Error.Code", lambda: _exc(response={"Error": {"Code": "SlowDown"}}), "code", "SlowDown"),
    ("pymongo details.codeName", lambda: _exc(details={"codeName": "NotPrimary"}), "code", "NotPrimary"),
    ("gRPC code().name", lambda: _GrpcError("rpc failed"), "code", "UNAVAILABLE"),
    ("code (str)", lambda: _exc(code="ECONNRESET"), "code", "ECONNRESET"),
    ("google.api_core grpc_status_code.name", lambda: _exc(grpc_status_code=_StatusCode()), "code", "UNAVAILABLE"),
    ("retriable (class attribute, aiokafka)", lambda: _KafkaLike("x"), "retriable", True),
    ("retriable False", lambda: _exc(retriable=False), "retriable", False),
    ("retryable", lambda: _exc(retryable=True), "retriable", True),
    ("non_retryable (temporalio)", lambda: _TemporalLike("x", non_retryable=True), "retriable", False),
    ("non_retryable False", lambda: _TemporalLike("x", non_retryable=False), "retriable", True),
]


@pytest.mark.parametrize(("what", "make", "field", "expected"), MAPPED, ids=[case[0] for case in MAPPED])
def test_every_attribute_read_is_mapped(
    what: str, make: Callable[[], BaseException], field: str, expected: Any
) -> None:
    exc = raised(make())
    assert getattr(capture.signal_from_exception(exc), field) == expected, what
    # The SDK's event context carries the same evidence, so production classifies what it would read live.
    assert getattr(sdk_capture.error_context(exc), field) == expected, what


@pytest.mark.parametrize(("what", "make", "field", "expected"), MAPPED, ids=[case[0] for case in MAPPED])
def test_the_published_context_classifies_like_the_live_exception(
    what: str, make: Callable[[], BaseException], field: str, expected: Any
) -> None:
    exc = raised(make())
    event = TaskRunEvent(
        run_id="r",
        root_run_id="r",
        operation="op",
        service="svc",
        status=TaskRunStatus.FAILED,
        error_type=capture.qualified_name(type(exc)),
        error_message=capture.exception_message(exc),
        error_context=sdk_capture.error_context(exc),
    )
    from_wire = ErrorSignal.from_event(orjson.loads(event.model_dump_json()))
    live = capture.signal_from_exception(exc, with_traceback=False)
    assert from_wire == live, what


def test_no_code_no_status_no_flag_reads_as_none() -> None:
    signal = capture.signal_from_exception(raised(ValueError("bad")))
    assert (signal.http_status, signal.errno, signal.code, signal.retriable) == (None, None, None, None)
    assert signal.bases == ("builtins.Exception",)


def test_out_of_range_and_boolean_values_are_not_statuses_or_errnos() -> None:
    signal = capture.signal_from_exception(_exc(status_code=42, status=True, errno=True, code=999))
    assert (signal.http_status, signal.errno, signal.code) == (None, None, None)


def _chain(*, suppress: bool, explicit: bool) -> BaseException:
    try:
        try:
            raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")
        except OSError as inner:
            if suppress:
                raise RuntimeError("outer") from None
            if explicit:
                raise RuntimeError("outer") from inner
            raise RuntimeError("outer")  # noqa: B904 - the implicit __context__ is what is tested
    except RuntimeError as exc:
        return exc


@pytest.mark.parametrize(
    ("suppress", "explicit", "expected"),
    [
        (False, True, (Cause("builtins.ConnectionResetError", "[Errno 104] Connection reset by peer"),)),
        (False, False, (Cause("builtins.ConnectionResetError", "[Errno 104] Connection reset by peer"),)),
        (True, False, ()),
    ],
    ids=["__cause__", "__context__", "__suppress_context__"],
)
def test_cause_chain_honours_cause_context_and_suppression(
    suppress: bool, explicit: bool, expected: tuple[Cause, ...]
) -> None:
    exc = _chain(suppress=suppress, explicit=explicit)
    assert capture.signal_from_exception(exc).causes == expected
    published = [(cause.type, cause.message) for cause in sdk_capture.error_context(exc).causes]
    assert published == [(cause.type, cause.message) for cause in expected]


def test_a_cause_cycle_ends() -> None:
    first, second = ValueError("a"), KeyError("b")
    first.__cause__, second.__cause__ = second, first
    assert [cause.type for cause in capture.signal_from_exception(first).causes] == ["builtins.KeyError"]


# Every attribute name the capture looks up; each is made a property that raises.
READ_ATTRIBUTES = (
    "response",
    "status_code",
    "status",
    "http_status",
    "meta",
    "code",
    "errno",
    "pgcode",
    "sqlstate",
    "details",
    "grpc_status_code",
    "retriable",
    "retryable",
    "non_retryable",
    "__cause__",
    "__context__",
    "__suppress_context__",
)


def _hostile(name: str) -> type[OSError]:
    def boom(self: object) -> Any:
        raise RuntimeError(f"no {name} for you")

    return type(f"Hostile_{name.strip('_')}", (OSError,), {name: property(boom)})


@pytest.mark.parametrize("name", READ_ATTRIBUTES)
def test_a_property_that_raises_does_not_break_capture(name: str) -> None:
    cls = _hostile(name)
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise cls(errno.ENOSPC, "No space left on device")  # noqa: B904 - the implicit context is read
    except OSError as caught:
        exc = caught
    signal = capture.signal_from_exception(exc)
    assert signal.exc_type.endswith(cls.__qualname__)
    assert signal.message == "[Errno 28] No space left on device"
    # The other evidence is still read: one hostile attribute does not blank the rest.
    if name != "errno":
        assert signal.errno == errno.ENOSPC
    if name != "__context__":
        assert signal.causes == (Cause("builtins.KeyError", "'inner'"),)
    assert signal.bases[0] == "builtins.OSError"
    context = sdk_capture.error_context(exc)
    assert context == ErrorContext(
        bases=list(signal.bases),
        http_status=signal.http_status,
        errno=signal.errno,
        code=signal.code,
        causes=[{"type": c.type, "message": c.message} for c in signal.causes],
        retriable=signal.retriable,
    )
    orjson.dumps(context.model_dump(mode="json"))


class _Unprintable(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no str")

    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def test_an_unprintable_exception_and_cause_are_captured() -> None:
    try:
        try:
            raise _Unprintable("inner")
        except _Unprintable as inner:
            raise _Unprintable("outer") from inner
    except _Unprintable as caught:
        exc = caught
    assert capture.exception_message(exc) == "<unprintable _Unprintable: __str__ raised RuntimeError> args=('outer')"
    assert capture.signal_from_exception(exc).causes[0].message == (
        "<unprintable _Unprintable: __str__ raised RuntimeError> args=('inner')"
    )
    assert "_Unprintable" in capture.format_traceback(exc)


def test_lone_surrogates_are_escaped_so_json_encodes() -> None:
    exc = raised(ValueError("bad \udcff byte"))
    exc.__cause__ = ValueError("cause \ud800")
    message = capture.exception_message(exc)
    assert message == "bad \\udcff byte"
    orjson.dumps(
        {"m": message, "t": capture.format_traceback(exc), "c": sdk_capture.error_context(exc).model_dump(mode="json")}
    )


def test_long_texts_are_cut() -> None:
    exc = raised(ValueError("x" * (capture.MAX_TEXT + 10)))
    assert len(capture.exception_message(exc)) == capture.MAX_TEXT
    assert len(capture.format_traceback(exc)) <= capture.MAX_TEXT


def test_the_sdk_names_are_the_one_capture() -> None:
    assert sdk_capture.qualified_name is capture.qualified_name
    assert sdk_capture.format_traceback is capture.format_traceback
    assert sdk_capture.exception_message is capture.exception_message
    assert capture.qualified_name(TimeoutError) == "builtins.TimeoutError"


def test_retry_error_last_attempt_is_the_cause() -> None:
    """tenacity's RetryError names its last attempt's exception: that is the cause classified."""
    import tenacity

    @tenacity.retry(stop=tenacity.stop_after_attempt(2), wait=tenacity.wait_none())
    def flaky() -> None:
        raise ConnectionResetError(104, "Connection reset by peer")

    try:
        flaky()
    except tenacity.RetryError as exc:
        exc.__cause__ = None  # only last_attempt left to find the cause by
        exc.__context__ = None
        signal = capture.signal_from_exception(exc)
    assert signal.causes[0].type == "builtins.ConnectionResetError"
    from errorflow.classify import Category, Classifier

    verdict = Classifier.default().classify(signal)
    assert verdict.category is Category.TRANSIENT
    assert verdict.evidence[0].where.startswith("cause 1")
