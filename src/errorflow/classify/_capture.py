"""Building :class:`ErrorSignal` values from live exceptions and from events, duck-typed.

Nothing here imports the libraries whose exceptions it reads: attributes are
looked up by name (``response.status_code``, ``pgcode``, ``code()``) and every
lookup is guarded, because a foreign exception's properties may raise.
"""

from __future__ import annotations

import traceback as tb
from collections.abc import Mapping
from typing import Any

from errorflow.classify.model import CRITICALITIES, Cause, Criticality, ErrorSignal

__all__ = ["qualified_name", "signal_from_event", "signal_from_exception"]

_MAX_CAUSES = 8
_MAX_TEXT = 64 * 1024


def qualified_name(cls: type) -> str:
    """Return ``module.QualName`` of a class; builtins get the ``builtins.`` prefix."""
    module = getattr(cls, "__module__", None) or "builtins"
    name = getattr(cls, "__qualname__", None) or getattr(cls, "__name__", "Exception")
    return f"{module}.{name}"


def _attr(obj: Any, name: str) -> Any:
    try:
        return getattr(obj, name, None)
    except Exception:  # a foreign property may raise anything
        return None


def _as_status(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 599:
        return value
    return None


def _http_status(exc: BaseException) -> int | None:
    response = _attr(exc, "response")
    meta = _attr(exc, "meta")
    for candidate in (
        _attr(response, "status_code"),
        _attr(response, "status"),
        _attr(exc, "status_code"),
        _attr(exc, "status"),
        _attr(exc, "http_status"),
        _attr(meta, "status"),
        _attr(exc, "code"),
    ):
        status = _as_status(candidate)
        if status is not None:
            return status
    if isinstance(response, Mapping):
        metadata = response.get("ResponseMetadata")
        if isinstance(metadata, Mapping):
            return _as_status(metadata.get("HTTPStatusCode"))
    return None


def _code(exc: BaseException) -> str | None:
    for name in ("pgcode", "sqlstate"):
        value = _attr(exc, name)
        if isinstance(value, str) and value:
            return value
    return _mapping_code(exc) or _attribute_code(exc)


def _mapping_code(exc: BaseException) -> str | None:
    response = _attr(exc, "response")
    if isinstance(response, Mapping):  # botocore ClientError
        error = response.get("Error")
        if isinstance(error, Mapping) and isinstance(error.get("Code"), str):
            return str(error["Code"])
    details = _attr(exc, "details")
    if isinstance(details, Mapping) and isinstance(details.get("codeName"), str):
        return str(details["codeName"])  # pymongo OperationFailure
    return None


def _attribute_code(exc: BaseException) -> str | None:
    code = _attr(exc, "code")
    if callable(code):
        try:
            code = code()
        except Exception:  # a foreign code() may need arguments or state
            return None
        name = _attr(code, "name")  # grpc.StatusCode
        if isinstance(name, str) and name:
            return name
    if isinstance(code, str) and code:
        return code
    name = _attr(_attr(exc, "grpc_status_code"), "name")  # google.api_core
    return name if isinstance(name, str) and name else None


def _retriable(exc: BaseException) -> bool | None:
    for name in ("retriable", "retryable"):
        value = _attr(exc, name)
        if isinstance(value, bool):
            return value
    value = _attr(exc, "non_retryable")
    if isinstance(value, bool):
        return not value
    return None


def _message(exc: BaseException) -> str:
    try:
        return str(exc)[:_MAX_TEXT]
    except Exception:  # __str__ of a foreign exception may raise
        try:
            return repr(exc)[:_MAX_TEXT]
        except Exception:
            return f"<unprintable {type(exc).__name__}>"


def _causes(exc: BaseException) -> tuple[Cause, ...]:
    causes: list[Cause] = []
    seen = {id(exc)}
    current = _next_cause(exc)
    while current is not None and id(current) not in seen and len(causes) < _MAX_CAUSES:
        seen.add(id(current))
        causes.append(Cause(type=qualified_name(type(current)), message=_message(current)))
        current = _next_cause(current)
    return tuple(causes)


def _next_cause(exc: BaseException) -> BaseException | None:
    cause = _attr(exc, "__cause__")
    if isinstance(cause, BaseException):
        return cause
    if _attr(exc, "__suppress_context__"):
        return None
    context = _attr(exc, "__context__")
    return context if isinstance(context, BaseException) else None


def _traceback(exc: BaseException) -> str | None:
    if exc.__traceback__ is None:
        return None
    try:
        return "".join(tb.format_exception(type(exc), exc, exc.__traceback__))[-_MAX_TEXT:]
    except Exception:  # formatting calls __str__ of every link
        return None


def signal_from_exception(exc: BaseException, *, criticality: Criticality = "normal") -> ErrorSignal:
    """Build an :class:`ErrorSignal` from a live exception; never raises."""
    try:
        errno = _attr(exc, "errno")
        return ErrorSignal(
            exc_type=qualified_name(type(exc)),
            message=_message(exc),
            http_status=_http_status(exc),
            errno=errno if isinstance(errno, int) and not isinstance(errno, bool) else None,
            code=_code(exc),
            bases=tuple(
                qualified_name(cls) for cls in type(exc).__mro__[1:] if cls is not object and cls is not BaseException
            ),
            causes=_causes(exc),
            traceback=_traceback(exc),
            criticality=criticality,
            retriable=_retriable(exc),
        )
    except Exception:  # the contract is to never raise; fall back to the bare minimum
        return ErrorSignal(exc_type=qualified_name(type(exc)), message=_message(exc), criticality=criticality)


def _criticality(value: Any) -> Criticality:
    text = str(value or "normal").lower()
    for known in CRITICALITIES:
        if known == text:
            return known
    return "normal"


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return _attr(obj, name)


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text or None


def signal_from_event(event: Any) -> ErrorSignal:
    """Build an :class:`ErrorSignal` from a ``TaskRunEvent`` or its JSON dict; never raises."""
    try:
        context = _get(event, "error_context")
        causes_raw = _get(context, "causes") if context is not None else None
        bases_raw = _get(context, "bases") if context is not None else None
        return ErrorSignal(
            exc_type=str(_get(event, "error_type") or "builtins.Exception"),
            message=str(_get(event, "error_message") or ""),
            http_status=_int_or_none(_get(context, "http_status")) if context is not None else None,
            errno=_int_or_none(_get(context, "errno")) if context is not None else None,
            code=_str_or_none(_get(context, "code")) if context is not None else None,
            bases=tuple(str(base) for base in bases_raw) if isinstance(bases_raw, (list, tuple)) else (),
            causes=tuple(causes_raw) if isinstance(causes_raw, (list, tuple)) else (),
            traceback=_str_or_none(_get(event, "error_traceback")),
            criticality=_criticality(_get(event, "criticality")),
        )
    except Exception:  # odd input must not stop an agent
        try:
            message = str(_get(event, "error_message") or "")
        except Exception:
            message = ""
        return ErrorSignal(exc_type="builtins.Exception", message=message)
