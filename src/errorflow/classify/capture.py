"""The one capture of a failure: live exceptions and events read into :class:`ErrorSignal` values.

Both the SDK (``errorflow.sdk.capture``, which turns the signal into the
event's ``error_context``) and :meth:`ErrorSignal.from_exception` use this
module, so what a service publishes and what the classifier would read off the
live exception are the same evidence.

Nothing here imports the libraries whose exceptions it reads: attributes are
looked up by name and every lookup is guarded, because a foreign exception's
properties may raise anything. What is read, and from where:

=========================  ==================================================
signal field               read from (first usable value wins)
=========================  ==================================================
``http_status``            ``response.status_code``, ``response.status``,
                           ``status_code``, ``status``, ``http_status``,
                           ``meta.status``, an integer ``code`` (100-599),
                           botocore ``response["ResponseMetadata"]["HTTPStatusCode"]``
``errno``                  ``errno`` (an ``int``)
``code``                   ``pgcode`` (psycopg2), ``sqlstate`` (psycopg 3,
                           asyncpg), botocore ``response["Error"]["Code"]``,
                           pymongo ``details["codeName"]``, gRPC ``code().name``,
                           a string ``code``, google.api_core ``grpc_status_code.name``
``retriable``              ``retriable`` / ``retryable`` (aiokafka's
                           ``KafkaError.retriable``), ``not non_retryable``
                           (temporalio's ``ApplicationError``)
``causes``                 ``__cause__``, else tenacity's ``last_attempt``
                           exception, else ``__context__`` unless
                           ``__suppress_context__`` (``raise ... from None``)
=========================  ==================================================

Texts are cut to 64 KiB and lone surrogates are escaped, so the result can
always be encoded as UTF-8 JSON.
"""

from __future__ import annotations

import traceback as tb
from collections.abc import Mapping
from typing import Any

from errorflow.classify.model import CRITICALITIES, Cause, Criticality, ErrorSignal
from errorflow.safetext import clean_text, exception_text
from errorflow.safetext import safe_attr as _attr

__all__ = [
    "MAX_TEXT",
    "exception_message",
    "format_traceback",
    "qualified_name",
    "signal_from_event",
    "signal_from_exception",
]

_MAX_CAUSES = 8
MAX_TEXT = 64 * 1024
"""Longest message or traceback kept, in characters (a traceback keeps its end)."""


def qualified_name(cls: type) -> str:
    """Return ``module.QualName`` of a class; builtins get the ``builtins.`` prefix."""
    module = _attr(cls, "__module__")
    name = _attr(cls, "__qualname__") or _attr(cls, "__name__")
    module_text = module if isinstance(module, str) and module else "builtins"
    return f"{module_text}.{name if isinstance(name, str) and name else 'Exception'}"


def exception_message(exc: BaseException) -> str:
    """Return ``str(exc)`` cut to :data:`MAX_TEXT` (empty when it is); never raises (:mod:`errorflow.safetext`)."""
    return exception_text(exc)[:MAX_TEXT]


def format_traceback(exc: BaseException) -> str:
    """Return the formatted traceback with its causes, the last :data:`MAX_TEXT` characters; never raises."""
    try:
        text = "".join(tb.format_exception(type(exc), exc, exc.__traceback__))
    except Exception:  # formatting calls __str__ (and __notes__) of every link and may meet a hostile one
        try:
            frames = "".join(tb.format_tb(exc.__traceback__))
        except Exception:  # frames are the interpreter's own objects; kept defensive all the same
            frames = ""
        text = f"Traceback (most recent call last):\n{frames}{qualified_name(type(exc))}: {exception_message(exc)}\n"
    return clean_text(text[-MAX_TEXT:])


def _as_status(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 599:
        return value
    return None


def _http_status(exc: BaseException) -> int | None:
    response = _attr(exc, "response")
    for candidate in (
        _attr(response, "status_code"),
        _attr(response, "status"),
        _attr(exc, "status_code"),
        _attr(exc, "status"),
        _attr(exc, "http_status"),
        _attr(_attr(exc, "meta"), "status"),
        _attr(exc, "code"),
    ):
        status = _as_status(candidate)
        if status is not None:
            return status
    if isinstance(response, Mapping):  # botocore ClientError
        metadata = _lookup(response, "ResponseMetadata")
        if isinstance(metadata, Mapping):
            return _as_status(_lookup(metadata, "HTTPStatusCode"))
    return None


def _lookup(mapping: Mapping[Any, Any], key: str) -> Any:
    try:
        return mapping.get(key)
    except Exception:  # a foreign mapping's get() may raise
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
        error = _lookup(response, "Error")
        code = _lookup(error, "Code") if isinstance(error, Mapping) else None
        if isinstance(code, str) and code:
            return code
    details = _attr(exc, "details")
    if isinstance(details, Mapping):  # pymongo OperationFailure
        name = _lookup(details, "codeName")
        if isinstance(name, str) and name:
            return name
    return None


def _attribute_code(exc: BaseException) -> str | None:
    code = _attr(exc, "code")
    if callable(code):
        try:
            code = code()
        except Exception:  # a foreign code() may need arguments or state
            code = None
        name = _attr(code, "name")  # grpc.StatusCode
        if isinstance(name, str) and name:
            return name
    if isinstance(code, str) and code:
        return code
    name = _attr(_attr(exc, "grpc_status_code"), "name")  # google.api_core
    return name if isinstance(name, str) and name else None


def _errno(exc: BaseException) -> int | None:
    value = _attr(exc, "errno")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _retriable(exc: BaseException) -> bool | None:
    for name in ("retriable", "retryable"):
        value = _attr(exc, name)
        if isinstance(value, bool):
            return value
    value = _attr(exc, "non_retryable")
    if isinstance(value, bool):
        return not value
    return None


def _next_cause(exc: BaseException) -> BaseException | None:
    cause = _attr(exc, "__cause__")
    if isinstance(cause, BaseException):
        return cause
    last = _last_attempt(exc)
    if last is not None:
        return last
    if _attr(exc, "__suppress_context__") is True:
        return None
    context = _attr(exc, "__context__")
    return context if isinstance(context, BaseException) else None


def _last_attempt(exc: BaseException) -> BaseException | None:
    """The exception of tenacity's ``RetryError.last_attempt`` (a finished future), when it failed."""
    attempt = _attr(exc, "last_attempt")
    if attempt is None or _attr(attempt, "failed") is not True:
        return None
    try:
        inner = attempt.exception(timeout=0)
    except Exception:  # a foreign future may be cancelled or not done
        return None
    return inner if isinstance(inner, BaseException) else None


def _causes(exc: BaseException) -> tuple[Cause, ...]:
    causes: list[Cause] = []
    seen = {id(exc)}
    current = _next_cause(exc)
    while current is not None and id(current) not in seen and len(causes) < _MAX_CAUSES:
        seen.add(id(current))
        causes.append(Cause(type=qualified_name(type(current)), message=exception_message(current)))
        current = _next_cause(current)
    return tuple(causes)


def _bases(exc: BaseException) -> tuple[str, ...]:
    return tuple(qualified_name(cls) for cls in type(exc).__mro__[1:] if cls is not object and cls is not BaseException)


def signal_from_exception(
    exc: BaseException, *, criticality: Criticality = "normal", with_traceback: bool = True
) -> ErrorSignal:
    """Build an :class:`ErrorSignal` from a live exception; never raises.

    ``with_traceback=False`` skips formatting the traceback, for a caller that
    formats it once itself (the SDK's recorder).
    """
    try:
        return ErrorSignal(
            exc_type=qualified_name(type(exc)),
            message=exception_message(exc),
            http_status=_http_status(exc),
            errno=_errno(exc),
            code=_code(exc),
            bases=_bases(exc),
            causes=_causes(exc),
            traceback=format_traceback(exc) if with_traceback and exc.__traceback__ is not None else None,
            criticality=criticality,
            retriable=_retriable(exc),
        )
    except Exception:  # the contract is to never raise; fall back to the bare minimum
        return ErrorSignal(exc_type=qualified_name(type(exc)), message=exception_message(exc), criticality=criticality)


def _criticality(value: Any) -> Criticality:
    text = str(value or "normal").lower()
    for known in CRITICALITIES:
        if known == text:
            return known
    return "normal"


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return _lookup(obj, name)
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
        retriable = _get(context, "retriable") if context is not None else None
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
            retriable=retriable if isinstance(retriable, bool) else None,
        )
    except Exception:  # odd input must not stop an agent
        try:
            message = str(_get(event, "error_message") or "")
        except Exception:
            message = ""
        return ErrorSignal(exc_type="builtins.Exception", message=message)
