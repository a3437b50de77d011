"""Signals from live exceptions and from events: evidence read duck-typed, never an exception raised."""

from __future__ import annotations

import errno
from typing import Any

import pytest

from errorflow.classify import Category, Cause, Classifier, ErrorSignal
from errorflow.schemas.events import ErrorCause, ErrorContext, TaskRunEvent, TaskRunStatus


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


def raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # the point is to capture a real traceback
        return caught


def test_oserror_with_errno(clf: Classifier) -> None:
    signal = ErrorSignal.from_exception(raised(OSError(errno.ENOSPC, "No space left on device")))
    assert signal.exc_type == "builtins.OSError"
    assert signal.errno == 28
    assert "builtins.Exception" in signal.bases
    assert signal.traceback is not None
    assert clf.classify(signal).category is Category.RESOURCE


def test_timeout_error(clf: Classifier) -> None:
    signal = ErrorSignal.from_exception(raised(TimeoutError("read timed out")))
    assert signal.exc_type == "builtins.TimeoutError"
    assert "builtins.OSError" in signal.bases
    assert clf.classify(signal).category is Category.TRANSIENT


def test_key_error(clf: Classifier) -> None:
    assert clf.classify(ErrorSignal.from_exception(raised(KeyError("DATABASE_URL")))).category is Category.PERMANENT


def test_chained_raise_from(clf: Classifier) -> None:
    class JobFailed(Exception):
        pass

    def run() -> None:
        try:
            raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")
        except OSError as exc:
            raise JobFailed("export job failed") from exc

    try:
        run()
    except JobFailed as exc:
        signal = ErrorSignal.from_exception(exc)
    assert signal.exc_type.endswith("JobFailed")
    assert signal.causes == (Cause("builtins.ConnectionResetError", "[Errno 104] Connection reset by peer"),)
    verdict = clf.classify(signal)
    assert verdict.category is Category.TRANSIENT


def test_suppressed_context_is_not_a_cause() -> None:
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise RuntimeError("outer") from None
    except RuntimeError as exc:
        assert ErrorSignal.from_exception(exc).causes == ()


def test_implicit_context_is_a_cause() -> None:
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise RuntimeError("outer")  # noqa: B904 - the implicit __context__ is what is tested
    except RuntimeError as exc:
        assert ErrorSignal.from_exception(exc).causes == (Cause("builtins.ValueError", "inner"),)


class _Response:
    status_code = 503


class FakeHTTPError(Exception):
    """Looks like requests' HTTPError: the status is on .response."""

    response = _Response()


class FakeBotoError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.response = {"Error": {"Code": "SlowDown"}, "ResponseMetadata": {"HTTPStatusCode": 503}}


class FakePsycopgError(Exception):
    pgcode = "40P01"


class _StatusCode:
    name = "UNAVAILABLE"


class FakeRpcError(Exception):
    def code(self) -> _StatusCode:
        return _StatusCode()


class FakeKafkaError(Exception):
    retriable = True


def test_duck_typed_evidence() -> None:
    assert ErrorSignal.from_exception(FakeHTTPError("x")).http_status == 503
    boto = ErrorSignal.from_exception(FakeBotoError("x"))
    assert (boto.code, boto.http_status) == ("SlowDown", 503)
    assert ErrorSignal.from_exception(FakePsycopgError("x")).code == "40P01"
    assert ErrorSignal.from_exception(FakeRpcError("x")).code == "UNAVAILABLE"
    assert ErrorSignal.from_exception(FakeKafkaError("x")).retriable is True


class Hostile(Exception):
    """Every attribute access and str() raise: from_exception must still return."""

    def __str__(self) -> str:
        raise RuntimeError("no str for you")

    def __repr__(self) -> str:
        raise RuntimeError("no repr either")

    @property
    def response(self) -> Any:
        raise RuntimeError("no response")

    @property
    def errno(self) -> Any:
        raise RuntimeError("no errno")

    def code(self) -> Any:
        raise RuntimeError("no code")


def test_from_exception_never_raises_on_hostile_exceptions(clf: Classifier) -> None:
    signal = ErrorSignal.from_exception(raised(Hostile()))
    assert signal.exc_type.endswith("Hostile")
    assert signal.message.startswith("<unprintable Hostile: __str__ raised RuntimeError>")
    assert clf.classify(signal).category is Category.UNKNOWN


def test_from_exception_with_criticality() -> None:
    assert ErrorSignal.from_exception(ValueError("x"), criticality="critical").criticality == "critical"


def _event(**fields: Any) -> TaskRunEvent:
    base: dict[str, Any] = {
        "run_id": "r1",
        "root_run_id": "r1",
        "operation": "export",
        "service": "reports",
        "status": TaskRunStatus.FAILED,
    }
    return TaskRunEvent(**(base | fields))


def test_from_event_uses_the_error_context(clf: Classifier) -> None:
    event = _event(
        error_type="myapp.Failed",
        error_message="could not export",
        error_traceback="Traceback...",
        criticality="high",
        error_context=ErrorContext(
            bases=["builtins.Exception"],
            http_status=None,
            errno=None,
            code="40001",
            causes=[ErrorCause(type="psycopg.errors.SerializationFailure", message="could not serialize access")],
        ),
    )
    signal = ErrorSignal.from_event(event)
    assert signal.code == "40001"
    assert signal.criticality == "high"
    assert signal.causes == (Cause("psycopg.errors.SerializationFailure", "could not serialize access"),)
    assert clf.classify(signal).rule_id == "sqlstate.40001"


def test_from_event_without_context() -> None:
    signal = ErrorSignal.from_event(_event(error_type="builtins.MemoryError", error_message=""))
    assert (signal.exc_type, signal.http_status, signal.causes) == ("builtins.MemoryError", None, ())


@pytest.mark.parametrize(
    "odd",
    [
        None,
        42,
        "a string",
        {},
        {"error_type": 3, "error_message": ["x"], "error_context": "nope", "criticality": "extreme"},
        {"error_context": {"http_status": "503", "errno": "x", "bases": "no", "causes": [1, None]}},
    ],
)
def test_from_event_never_raises_on_odd_input(odd: Any, clf: Classifier) -> None:
    signal = ErrorSignal.from_event(odd)
    assert isinstance(signal, ErrorSignal)
    clf.classify(signal)


def test_from_event_reads_a_json_dict() -> None:
    signal = ErrorSignal.from_event(
        {"error_type": "x.Y", "error_message": "m", "error_context": {"http_status": 429}, "criticality": "low"}
    )
    assert (signal.http_status, signal.criticality) == (429, "low")


def test_error_signal_is_frozen_and_hashable() -> None:
    signal = ErrorSignal(exc_type="a.B", message="m", bases=["x.Y"])  # type: ignore[arg-type]
    assert signal.bases == ("x.Y",)
    assert hash(signal) == hash(ErrorSignal(exc_type="a.B", message="m", bases=("x.Y",)))
    with pytest.raises(AttributeError):
        signal.message = "other"  # type: ignore[misc]


def test_unknown_criticality_falls_back_to_normal() -> None:
    assert ErrorSignal(exc_type="a.B", message="", criticality="URGENT").criticality == "normal"  # type: ignore[arg-type]
    assert ErrorSignal(exc_type="a.B", message="", criticality="HIGH").criticality == "high"  # type: ignore[arg-type]


def test_odd_field_types_are_coerced_so_classify_never_fails(clf: Classifier) -> None:
    signal = ErrorSignal(
        exc_type=None,  # type: ignore[arg-type]
        message=None,  # type: ignore[arg-type]
        http_status="503",  # type: ignore[arg-type]
        errno=True,
        code=40001,  # type: ignore[arg-type]
        traceback=b"x",  # type: ignore[arg-type]
    )
    assert (signal.exc_type, signal.message, signal.http_status, signal.errno) == ("builtins.Exception", "", None, None)
    assert signal.code == "40001"
    assert signal.traceback is None
    assert clf.classify(signal).rule_id == "sqlstate.40001"


@pytest.mark.parametrize(
    "odd",
    [
        {"retriable": 1},
        {"retriable": "yes"},
        {"bases": (1, None, "builtins.OSError")},
        {"causes": (Cause(type=1, message=None),)},  # type: ignore[arg-type]
        {"causes": [{"type": 3, "message": 4}]},
    ],
    ids=["retriable-int", "retriable-str", "bases-not-str", "cause-fields-not-str", "cause-dict-not-str"],
)
def test_fields_the_compiled_classifier_reads_as_typed_are_coerced(odd: dict[str, Any]) -> None:
    """The compiled engine reads ``retriable``, ``bases`` and each cause's fields with their declared types:
    a public caller's ``retriable=1`` raised ``TypeError`` from ``classify()``, uncached and cached alike."""
    signal = ErrorSignal(exc_type="builtins.RuntimeError", message="boom", **odd)
    assert signal.retriable in (None, True, False) and type(signal.retriable) in (type(None), bool)
    assert all(type(base) is str for base in signal.bases)
    assert all(type(cause.type) is str and type(cause.message) is str for cause in signal.causes)
    for classifier in (Classifier(cache_size=0), Classifier()):
        assert classifier.classify(signal).category in set(Category)
