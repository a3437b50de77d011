"""Reading a Faust table's changelog at recovery: a record that is not one of the table's entries is passed by.

A table is rebuilt at every start from its changelog topic, which anything with rights on it
may have written to. Faust decodes each record with the table's key and value types; one that
does not decode (a key that is not UTF-8 JSON, a value of another type) it hands to its
recovery loop as an exception, which logs ``Error in recovery`` and drops the record without
counting its offset as read. When that record is the last of its partition the recovery waits
for it for ever, and the worker (every agent of the app) never starts: at each restart again.

:class:`ChangelogSchema` decodes such a record to an :class:`Undecodable` marker instead, so
the recovery reads it like any other and moves on; :func:`readable_entries` then drops it
from the batch the table applies, with one clear error naming the record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

import faust
from faust.exceptions import KeyDecodeError, ValueDecodeError

__all__ = ["ChangelogSchema", "Undecodable", "readable_entries"]

logger = logging.getLogger(__name__)


class Undecodable:
    """What a changelog key or value reads as when it is not of the table's type: never applied."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"Undecodable({self.reason!r})"


class ChangelogSchema(faust.Schema[Any, Any]):
    """A table's changelog schema whose reads never raise: what does not decode to the table's types is marked."""

    def loads_key(self, app: Any, message: Any, *, loads: Callable[..., Any] | None = None, **kwargs: Any) -> Any:
        """The key, or :class:`Undecodable` when it does not decode to the key type."""
        try:
            key = super().loads_key(app, message, loads=loads, **kwargs)
        except KeyDecodeError as exc:
            return Undecodable(f"its key does not decode: {exc}")
        return _typed(key, self.key_type, "key")

    def loads_value(self, app: Any, message: Any, *, loads: Callable[..., Any] | None = None, **kwargs: Any) -> Any:
        """The value, or :class:`Undecodable` when it does not decode to the value type."""
        try:
            value = super().loads_value(app, message, loads=loads, **kwargs)
        except ValueDecodeError as exc:
            return Undecodable(f"its value does not decode: {exc}")
        return _typed(value, self.value_type, "value")


def _typed(decoded: Any, wanted: Any, what: str) -> Any:
    """``decoded`` when it is a ``wanted`` (a JSON ``5`` is no ``str`` entry); else an :class:`Undecodable`."""
    if isinstance(wanted, type) and decoded is not None and not isinstance(decoded, wanted):
        return Undecodable(f"its {what} is of type {type(decoded).__name__}, not {wanted.__name__}")
    return decoded


def readable_entries(table: str, batch: Iterable[Any]) -> list[Any]:
    """The changelog events of ``batch`` that are entries of the table; each other one is logged once."""
    readable = []
    for event in batch:
        marked = next((part for part in (event.key, event.value) if isinstance(part, Undecodable)), None)
        if marked is None:
            readable.append(event)
            continue
        message = event.message
        logger.error(
            "table %s: the changelog record at %s[%s]@%s is not one of its entries (%s): passed by",
            table,
            message.topic,
            message.partition,
            message.offset,
            marked.reason,
        )
    return readable
