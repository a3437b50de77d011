"""The one place where chDB, clickhouse-connect, pyarrow and socket errors become errorflow errors.

Every store backend calls :func:`translate` in its ``except`` clause and raises
the result ``from`` the original, so the cause survives::

    lower-level error                                   errorflow error
    --------------------------------------------------  -------------------------
    ConnectionError, TimeoutError, OSError              StoreUnavailableError
    clickhouse-connect OperationalError (transport)     StoreUnavailableError
    ClickHouse codes in UNAVAILABLE_CODES               StoreUnavailableError
    ClickHouse codes in REJECTED_VALUE_CODES (insert)   RowRejectedError
    clickhouse-connect DataError without code (insert)  RowRejectedError
    pyarrow ArrowInvalid / ArrowTypeError /
      OverflowError / ValueError (building a block)     RowRejectedError
    anything else (syntax, unknown table, ...)          StoreError

A value error outside an insert (a query with a bad literal) is a plain
:class:`~errorflow.errors.StoreError`: only inserts can have poison rows.
"""

from __future__ import annotations

import re

from errorflow.errors import RowRejectedError, StoreError, StoreUnavailableError

__all__ = [
    "REJECTED_VALUE_CODES",
    "UNAVAILABLE_CODES",
    "error_code",
    "translate",
]

#: ClickHouse error codes meaning "not now": the same request may work later.
UNAVAILABLE_CODES: frozenset[int] = frozenset(
    {
        3,  # UNEXPECTED_END_OF_FILE (connection cut mid-stream)
        159,  # TIMEOUT_EXCEEDED
        164,  # READONLY (a replica in read-only mode)
        202,  # TOO_MANY_SIMULTANEOUS_QUERIES
        203,  # NO_FREE_CONNECTION
        209,  # SOCKET_TIMEOUT
        210,  # NETWORK_ERROR
        236,  # ABORTED
        241,  # MEMORY_LIMIT_EXCEEDED
        242,  # TABLE_IS_READ_ONLY
        252,  # TOO_MANY_PARTS
        285,  # TOO_FEW_LIVE_REPLICAS
        319,  # UNKNOWN_STATUS_OF_INSERT
        394,  # QUERY_WAS_CANCELLED
        425,  # SYSTEM_ERROR
        439,  # CANNOT_SCHEDULE_TASK
        999,  # KEEPER_EXCEPTION
    }
)

#: ClickHouse error codes meaning "these values are not acceptable" when raised by an insert.
REJECTED_VALUE_CODES: frozenset[int] = frozenset(
    {
        6,  # CANNOT_PARSE_TEXT
        26,  # CANNOT_PARSE_QUOTED_STRING
        27,  # CANNOT_PARSE_INPUT_ASSERTION_FAILED
        38,  # CANNOT_PARSE_DATE
        41,  # CANNOT_PARSE_DATETIME
        53,  # TYPE_MISMATCH
        69,  # ARGUMENT_OUT_OF_BOUND
        70,  # CANNOT_CONVERT_TYPE
        72,  # CANNOT_PARSE_NUMBER
        117,  # INCORRECT_DATA
        131,  # TOO_LARGE_STRING_SIZE
        321,  # VALUE_IS_OUT_OF_RANGE_OF_DATA_TYPE
        349,  # CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN
        395,  # FUNCTION_THROW_IF_VALUE_IS_NON_ZERO
        407,  # DECIMAL_OVERFLOW
        469,  # VIOLATED_CONSTRAINT
        691,  # UNKNOWN_ELEMENT_OF_ENUM
    }
)

_CODE_RE = re.compile(r"\bCode:\s*(\d+)")
_TRANSPORT_HINTS = ("connection refused", "connection reset", "timed out", "failed to connect", "name resolution")


def error_code(exc: BaseException) -> int | None:
    """Return the ClickHouse error code carried by ``exc`` (attribute or ``Code: NN`` text), if any."""
    code = getattr(exc, "code", None)
    if isinstance(code, int):
        return code
    match = _CODE_RE.search(str(exc))
    return int(match.group(1)) if match else None


def _is_arrow_value_error(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith("pyarrow") and type(exc).__name__ in {"ArrowInvalid", "ArrowTypeError"}


def _is_driver_data_error(exc: BaseException) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith("clickhouse_connect") and type(exc).__name__ == "DataError"


def _is_transport_error(exc: BaseException) -> bool:
    name = type(exc).__name__
    module = type(exc).__module__ or ""
    if module.startswith("clickhouse_connect") and name in {"OperationalError", "StreamFailureError"}:
        # clickhouse-connect raises OperationalError for transport failures; a server-side
        # error carries its code, and is then classified by that code instead.
        return error_code(exc) is None or any(hint in str(exc).lower() for hint in _TRANSPORT_HINTS)
    return module.startswith(("urllib3", "requests")) and ("Timeout" in name or "Connection" in name)


def translate(exc: BaseException, *, action: str, inserting: bool = False) -> StoreError:  # noqa: PLR0911 - one return per rule of the table above
    """Map a lower-level error raised while talking to the store to an errorflow :class:`StoreError`.

    Args:
        exc: The error the backend raised.
        action: What was being done, for the message (``"insert into db.t"``, ``"query"``).
        inserting: True when the request was an insert, so value errors mean poison rows.

    Returns:
        The error to raise, with ``raise translate(exc, ...) from exc``.
    """
    if isinstance(exc, StoreError):
        return exc
    message = f"{action}: {exc}"
    if _is_arrow_value_error(exc) or (inserting and isinstance(exc, (OverflowError, ValueError, TypeError))):
        return RowRejectedError(message)
    if isinstance(exc, (ConnectionError, TimeoutError)) or _is_transport_error(exc):
        return StoreUnavailableError(message)
    code = error_code(exc)
    if code in UNAVAILABLE_CODES:
        return StoreUnavailableError(message)
    if inserting and (code in REJECTED_VALUE_CODES or (code is None and _is_driver_data_error(exc))):
        return RowRejectedError(message)
    if isinstance(exc, OSError) and code is None:
        return StoreUnavailableError(message)
    return StoreError(message)
