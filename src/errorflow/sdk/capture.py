"""Capture of what a failure and an input look like, as plain JSON values.

Exceptions are read by the one capture module, :mod:`errorflow.classify.capture`
(duck-typed, every attribute lookup guarded, so ``requests``' or ``botocore``'
exceptions are understood in a service that has them and ignored in one that
has not); this module re-exports its helpers and adds the SDK's own: the
event's ``error_context`` and the dump of a call's input.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

from errorflow.classify.capture import exception_message, format_traceback, qualified_name, signal_from_exception
from errorflow.schemas.events import ErrorCause, ErrorContext

__all__ = [
    "dump_input",
    "error_context",
    "exception_message",
    "format_traceback",
    "input_binder",
    "jsonable",
    "qualified_name",
]


def error_context(exc: BaseException) -> ErrorContext:
    """Collect the structured evidence about an exception that the classifier weighs first; never raises.

    The evidence is read by the one capture, :func:`errorflow.classify.capture.signal_from_exception`,
    so the event carries exactly what the classifier would read off the live exception.
    """
    signal = signal_from_exception(exc, with_traceback=False)
    return ErrorContext(
        bases=list(signal.bases),
        http_status=signal.http_status,
        errno=signal.errno,
        code=signal.code,
        causes=[ErrorCause(type=cause.type, message=cause.message) for cause in signal.causes],
        retriable=signal.retriable,
    )


def jsonable(value: Any) -> Any:
    """Return a JSON-friendly copy of a value (models, dataclasses, sets and others as text)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def dump_input(signature: inspect.Signature | None, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Return the call's input as a dict: the input model's fields, or the bound arguments."""
    if len(args) == 1 and not kwargs and isinstance(args[0], BaseModel):
        dumped = args[0].model_dump(mode="json")
        return dumped if isinstance(dumped, dict) else {"input": dumped}
    if signature is None:
        return {"args": jsonable(list(args)), "kwargs": jsonable(kwargs)}
    try:
        bound = signature.bind_partial(*args, **kwargs)
    except (TypeError, ValueError):
        return {"args": jsonable(list(args)), "kwargs": jsonable(kwargs)}
    result = jsonable(dict(bound.arguments))
    if len(result) == 1:
        (only,) = result.values()
        if isinstance(only, dict):
            return only
    return result if isinstance(result, dict) else {"input": result}


_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Argument types whose JSON form is the value itself."""
_BINDABLE = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def input_binder(
    signature: inspect.Signature | None,
) -> Callable[[tuple[Any, ...], dict[str, Any]], dict[str, Any] | None] | None:
    """A fast :func:`dump_input` for calls whose arguments are all plain values, or None when none applies.

    For a function of named parameters only (no ``*args``, ``**kwargs`` nor positional-only ones), a call
    with plain arguments (text, numbers, booleans, None) binds by zipping names and values: the same dict
    ``dump_input`` returns, without ``Signature.bind_partial`` and the copy through ``jsonable``. The binder
    returns None for any other call, which then takes :func:`dump_input`.
    """
    if signature is None:
        return None
    names = tuple(signature.parameters)
    if any(parameter.kind not in _BINDABLE for parameter in signature.parameters.values()):
        return None
    positional = tuple(
        name for name, parameter in signature.parameters.items() if parameter.kind is not inspect.Parameter.KEYWORD_ONLY
    )
    count = len(positional)
    known = frozenset(names)
    plain = _PLAIN

    def bind(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any] | None:
        if len(args) > count:
            return None
        for value in args:
            if type(value) not in plain:
                return None
        if not kwargs:
            return dict(zip(positional, args, strict=False))
        for key, value in kwargs.items():
            if type(value) not in plain or key not in known:
                return None
        bound = dict(zip(positional, args, strict=False))
        if any(key in bound for key in kwargs):
            return None  # a clash bind_partial refuses: the slow path decides
        return {
            name: bound[name] if name in bound else kwargs[name] for name in names if name in bound or name in kwargs
        }

    return bind
