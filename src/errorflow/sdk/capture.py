"""Capture of what a failure and an input look like, as plain JSON values.

Everything here works on live Python objects duck-typed, without importing the
libraries that raised, so ``requests``' or ``botocore``' exceptions are
understood in a service that has them and ignored in one that has not.
"""

from __future__ import annotations

import dataclasses
import inspect
import traceback
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from errorflow.schemas.events import ErrorCause, ErrorContext

__all__ = ["dump_input", "error_context", "format_traceback", "jsonable", "qualified_name"]

_MAX_CAUSES = 8
_MAX_TEXT = 64 * 1024


def qualified_name(cls: type) -> str:
    """Return ``module.QualName`` for a class; builtins get the ``builtins.`` prefix."""
    return f"{cls.__module__}.{cls.__qualname__}"


def format_traceback(exc: BaseException) -> str:
    """Return the full formatted traceback of an exception, causes included."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return text[-_MAX_TEXT:]


def _http_status(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    for candidate in (
        getattr(response, "status_code", None),
        getattr(response, "status", None),
        getattr(exc, "status_code", None),
        getattr(exc, "status", None),
        getattr(exc, "http_status", None),
        getattr(exc, "code", None),
    ):
        if isinstance(candidate, int) and not isinstance(candidate, bool) and 100 <= candidate <= 599:
            return candidate
    if isinstance(response, Mapping):
        metadata = response.get("ResponseMetadata")
        if isinstance(metadata, Mapping):
            status = metadata.get("HTTPStatusCode")
            if isinstance(status, int):
                return status
    return None


def _code(exc: BaseException) -> str | None:
    for attribute in ("pgcode", "sqlstate"):
        value = getattr(exc, attribute, None)
        if isinstance(value, str) and value:
            return value
    response = getattr(exc, "response", None)
    if isinstance(response, Mapping):
        error = response.get("Error")
        if isinstance(error, Mapping) and isinstance(error.get("Code"), str):
            return str(error["Code"])
    code_method = getattr(exc, "code", None)
    if callable(code_method):
        try:
            value = code_method()
        except Exception:  # a foreign object's code() may need arguments or state
            return None
        name = getattr(value, "name", None)
        if isinstance(name, str):
            return name
    return None


def _causes(exc: BaseException) -> list[ErrorCause]:
    causes: list[ErrorCause] = []
    seen = {id(exc)}
    current = exc.__cause__ or exc.__context__
    while current is not None and id(current) not in seen and len(causes) < _MAX_CAUSES:
        seen.add(id(current))
        causes.append(ErrorCause(type=qualified_name(type(current)), message=str(current)[:_MAX_TEXT]))
        current = current.__cause__ or current.__context__
    return causes


def error_context(exc: BaseException) -> ErrorContext:
    """Collect the structured evidence about an exception that the classifier weighs first."""
    errno = getattr(exc, "errno", None)
    return ErrorContext(
        bases=[qualified_name(cls) for cls in type(exc).__mro__[1:] if cls not in (object, BaseException)],
        http_status=_http_status(exc),
        errno=errno if isinstance(errno, int) and not isinstance(errno, bool) else None,
        code=_code(exc),
        causes=_causes(exc),
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
