"""Hostile exceptions for the SDK's tests: each kind breaks a naive reading of an exception.

Shared by the unit tests (in-memory emitter) and the integration tests (real
broker, pipeline and runner).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from errorflow.errors import BulkOperationError, CircuitOpenError

__all__ = ["EXPECTED_MESSAGE", "HOSTILE", "ClassLies", "ClassRaises", "StrRaises", "Unreprable"]


class StrRaises(ValueError):
    def __str__(self) -> str:
        raise RuntimeError("no str for you")


class Unreprable:
    def __repr__(self) -> str:
        raise RuntimeError("no repr for you")


class ResponseRaises(Exception):
    @property
    def response(self) -> Any:
        raise RuntimeError("response unavailable")


class ErrnoRaises(OSError):
    @property  # type: ignore[override]  # the point: a property that raises where an int is expected
    def errno(self) -> int:
        raise RuntimeError("errno unavailable")


class CodeRaises(Exception):
    def code(self) -> int:
        raise RuntimeError("code() unavailable")

    @property
    def status_code(self) -> int:
        raise KeyError("status")


class NotesRaise(Exception):
    @property
    def __notes__(self) -> list[str]:
        raise RuntimeError("notes unavailable")


class ArgsRaise(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no str")

    @property  # type: ignore[override]  # the point: args that cannot be read
    def args(self) -> tuple[Any, ...]:
        raise RuntimeError("args unavailable")


class ClassRaises(ConnectionError):
    """``__class__`` is a property that raises: ``isinstance()`` reads it for any class the type is not."""

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # type: ignore[override]
        raise RuntimeError("__class__ unavailable")


class ClassLies(ValueError):
    """``__class__`` claims an open circuit breaker: ``isinstance(exc, CircuitOpenError)`` is True of it."""

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # type: ignore[override]
        return CircuitOpenError


def _cause_cycle() -> BaseException:
    first, second = ValueError("first"), KeyError("second")
    first.__context__ = second
    second.__context__ = first
    return first


def _with_hostile_cause() -> BaseException:
    try:
        raise StrRaises("inner")
    except StrRaises as inner:
        try:
            raise LookupError("outer") from inner
        except LookupError as outer:
            return outer


HOSTILE: dict[str, Callable[[], BaseException]] = {
    "str_raises": lambda: StrRaises("x"),
    "arg_repr_raises": lambda: ValueError(Unreprable()),
    "args_repr_raise": lambda: ValueError("a", Unreprable()),
    "response_property_raises": lambda: ResponseRaises("bad gateway"),
    "errno_property_raises": lambda: ErrnoRaises(5, "io"),
    "code_and_status_raise": lambda: CodeRaises("c"),
    "lone_surrogates": lambda: ValueError("bad byte \udc80 in \ud800 name"),
    "surrogate_in_arg_repr": lambda: KeyError("\udcff"),
    "hostile_cause": _with_hostile_cause,
    "notes_property_raises": lambda: NotesRaise("n"),
    "str_and_args_raise": lambda: ArgsRaise(),
    "cause_cycle": _cause_cycle,
    "class_property_raises": lambda: ClassRaises("reset by peer"),
    "class_lies": lambda: ClassLies("bad input"),
    "empty_message": lambda: RuntimeError(),
    "bulk_with_hostile_items": lambda: BulkOperationError(
        "2 of 3 failed", error_list=[StrRaises("i"), {"index": 2, "error": "\udc80", "item": Unreprable()}]
    ),
}

EXPECTED_MESSAGE: dict[str, str] = {
    "str_raises": "<unprintable StrRaises: __str__ raised RuntimeError> args=('x')",
    "arg_repr_raises": "<unprintable ValueError: __str__ raised RuntimeError> "
    "args=(<unprintable Unreprable: __repr__ raised RuntimeError>)",
    "lone_surrogates": "bad byte \\udc80 in \\ud800 name",
    "empty_message": "RuntimeError",
    "str_and_args_raise": "<unprintable ArgsRaise: __str__ raised RuntimeError>",
    "notes_property_raises": "n",
    "class_property_raises": "reset by peer",
    "class_lies": "bad input",
}
