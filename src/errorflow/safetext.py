r"""Text from hostile objects: ``str``/``repr`` that never raise, and JSON-safe strings.

A service's exception is foreign code: its ``__str__`` may raise, its ``args``
may hold objects whose ``repr`` raises, its properties may raise, and its text
may hold lone surrogates (``"\udc80"``, from ``surrogateescape`` decoding)
that UTF-8 and therefore orjson refuse. Everything errorflow reads from an
exception (the SDK's recorder, the one exception capture in
:mod:`errorflow.classify.capture`) goes through these helpers, so a failure is always reported, with a
best-effort text such as ``<unprintable ValueError: __str__ raised RuntimeError>``.

Pure: no I/O beyond logging, no imports beyond the standard library.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from datetime import datetime
from typing import Any

__all__ = [
    "NESTED_TOO_DEEPLY",
    "clean_text",
    "exception_message",
    "exception_text",
    "jsonable_safe",
    "log_problem",
    "safe_attr",
    "safe_repr",
    "safe_str",
    "safe_type_name",
    "truncate_head",
    "truncate_tail",
]

_MAX_DEPTH = 64
NESTED_TOO_DEEPLY = "<nested too deeply>"
"""What :func:`jsonable_safe` puts in place of a value nested deeper than it goes (an input holding it
cannot be run again as it is: :func:`errorflow.redacted.holds_redacted`)."""


def safe_type_name(obj: Any) -> str:
    """Return the (unqualified) name of an object's type; never raises."""
    try:
        return str(type(obj).__name__)
    except Exception:  # a metaclass may hide or break __name__
        return "object"


def clean_text(text: str) -> str:
    r"""Return ``text`` encodable as UTF-8: lone surrogates become ``\udcXX`` escapes.

    The common case (already valid) costs one encode attempt and returns the
    same object.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _exact(text: str) -> str:
    """``text`` as a plain ``str``: ``__str__`` may return a subclass whose own methods (``encode``...) raise."""
    return text if type(text) is str else str.__str__(text)


def _unprintable(obj: Any, how: str, error: BaseException) -> str:
    return f"<unprintable {safe_type_name(obj)}: {how} raised {safe_type_name(error)}>"


def safe_str(obj: Any) -> str:
    """``str(obj)``, UTF-8 clean; a placeholder naming the failure when ``__str__`` raises or lies."""
    try:
        text = _exact(str(obj))
        if not isinstance(text, str):  # pragma: no cover - str() itself enforces this
            raise TypeError("__str__ returned a non-string")
    except Exception as exc:  # foreign __str__ may raise anything
        return _unprintable(obj, "__str__", exc)
    return clean_text(text)


def safe_repr(obj: Any) -> str:
    """``repr(obj)``, UTF-8 clean; a placeholder naming the failure when ``__repr__`` raises."""
    try:
        text = _exact(repr(obj))
    except Exception as exc:  # foreign __repr__ may raise anything
        return _unprintable(obj, "__repr__", exc)
    return clean_text(text)


def exception_text(exc: BaseException) -> str:
    """``str(exc)``, UTF-8 clean, possibly empty; never raises.

    When ``__str__`` raises (directly, or through an argument's ``repr``), the
    arguments are rendered one by one with :func:`safe_repr`, so what can be
    printed still is, behind a placeholder naming the failure.
    """
    try:
        text = _exact(str(exc))
    except Exception as error:  # a hostile __str__ or an arg whose repr raises
        placeholder = _unprintable(exc, "__str__", error)
        try:
            args = tuple(exc.args)
        except Exception:  # args may be a property that raises too
            return placeholder
        if not args:
            return placeholder
        return f"{placeholder} args=({', '.join(safe_repr(arg) for arg in args)})"
    return clean_text(text)


def exception_message(exc: BaseException) -> str:
    """The message of an exception as a failed event reports it: :func:`exception_text`, or the type's name."""
    return exception_text(exc) or safe_type_name(exc)


def safe_attr(obj: Any, name: str) -> Any:
    """``getattr(obj, name, None)`` that returns None when the attribute's property raises."""
    try:
        return getattr(obj, name, None)
    except Exception:  # a foreign property may raise anything
        return None


def truncate_head(text: str, max_chars: int) -> str:
    """Keep the first ``max_chars`` characters, saying how much was cut (messages: the start matters)."""
    if len(text) <= max_chars:
        return text
    marker = f"... [{len(text) - max_chars} characters truncated]"
    return text[: max(0, max_chars - len(marker))] + marker


def truncate_tail(text: str, max_chars: int) -> str:
    """Keep the last ``max_chars`` characters, saying how much was cut (tracebacks: the end matters)."""
    if len(text) <= max_chars:
        return text
    marker = f"[{len(text) - max_chars} characters truncated] ..."
    return marker + text[len(text) - max(0, max_chars - len(marker)) :]


def jsonable_safe(value: Any, *, depth: int = 0) -> Any:
    """Return a copy of a JSON-like value that orjson always encodes.

    Strings are made UTF-8 clean, keys become strings, anything that is not a
    JSON type becomes its :func:`safe_repr`. Used when encoding an event failed
    once, so the failure is reported with what could be kept.
    """
    if isinstance(value, str):
        result: Any = clean_text(value)
    elif isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**64:
        result = str(value)  # orjson refuses integers past 64 bits
    elif value is None or isinstance(value, (bool, int, float, datetime)):
        result = value
    elif depth > _MAX_DEPTH:
        result = NESTED_TOO_DEEPLY
    elif isinstance(value, Mapping):
        result = {safe_str(key): jsonable_safe(item, depth=depth + 1) for key, item in value.items()}
    elif isinstance(value, (list, tuple)):
        result = [jsonable_safe(item, depth=depth + 1) for item in value]
    else:
        result = safe_repr(value)
    return result


def log_problem(log: logging.Logger, message: str, *args: Any, error: BaseException) -> None:
    """Log a warning with ``error``'s traceback; never raises.

    ``logger.exception`` is not safe here: formatting walks the whole chain of
    the exception being handled, which holds the service's hostile exception,
    and Python's own traceback code raises on some (a ``__notes__`` property
    that raises), so the log call would replace the caller's exception. The
    traceback is formatted here instead, guarded, and made UTF-8 clean.
    """
    try:
        detail = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    except Exception:  # a hostile exception in the chain: name the problem without its traceback
        detail = f"{safe_type_name(error)}: {exception_message(error)} (traceback unavailable)"
    try:
        log.warning(message + "\n%s", *args, clean_text(detail))
    except Exception:  # pragma: no cover - a broken handler must not break the caller either
        pass
