"""The one exception hierarchy of errorflow.

Every error errorflow raises on purpose derives from :class:`ErrorflowError`.
Lower-level errors (aiokafka, chDB, clickhouse-connect, pydantic) are translated
where they cross into errorflow, always with ``raise ... from exc`` so the cause
survives::

    ErrorflowError
    ├── ConfigurationError            bad settings, unknown operation module
    │   └── RulesFileError            a classification rules file is invalid
    ├── ContractError                 a record does not satisfy a published contract
    │   ├── MalformedEventError       not JSON, wrong types, missing fields, too large
    │   └── UnsupportedSchemaVersionError
    ├── OperationError                raised by the SDK and the function runner
    │   ├── OperationNotFoundError    no operation registered under a name
    │   ├── DuplicateOperationError   two functions registered under one name
    │   ├── OperationInputError       a command's input fails the operation's model
    │   ├── BulkOperationError        a bulk operation finished with item failures
    │   ├── CircuitOpenError          the dependency's breaker is open: the call was not made
    │   └── CompensationError         a saga step cannot be registered or found
    │       └── CompensationTimeoutError  a saga step did not finish within its time limit
    ├── BrokerError                   Kafka could not be reached or refused a request
    │   └── RecordRefusedError        Kafka refused a record for good: sending it again cannot work
    ├── StoreError                    ClickHouse (chDB or server) failed
    │   ├── StoreUnavailableError     the store cannot be reached right now (retryable)
    │   ├── ReadOnlyQueryError        a write was sent through the read-only SQL path
    │   ├── RowRejectedError          the store rejected a row's values (poison row)
    │   └── MigrationLockError        another process kept the schema migration lock too long
    ├── SinkBackpressureError         a sink is full; carries ``retry_after_s``
    └── EmbeddedStackError            the embedded broker or stack failed to start
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "BrokerError",
    "BulkOperationError",
    "CircuitOpenError",
    "CompensationError",
    "CompensationTimeoutError",
    "ConfigurationError",
    "ContractError",
    "DuplicateOperationError",
    "EmbeddedStackError",
    "ErrorflowError",
    "MalformedEventError",
    "MigrationLockError",
    "OperationError",
    "OperationInputError",
    "OperationNotFoundError",
    "ReadOnlyQueryError",
    "RecordRefusedError",
    "RowRejectedError",
    "RulesFileError",
    "SinkBackpressureError",
    "StoreError",
    "StoreUnavailableError",
    "UnsupportedSchemaVersionError",
]


class ErrorflowError(Exception):
    """Root of every error errorflow raises on purpose."""

    #: Whether repeating the same call later can succeed (aiokafka's convention).
    retriable: bool = False


class ConfigurationError(ErrorflowError):
    """Raised at start-up when settings or referenced modules are invalid."""


class RulesFileError(ConfigurationError):
    """Raised when a classification rules file is invalid; names the rule and the problem."""

    def __init__(self, message: str, *, path: str | None = None, rule_id: str | None = None) -> None:
        where = ", ".join(part for part in (path and f"file {path}", rule_id and f"rule {rule_id!r}") if part)
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.rule_id = rule_id


class ContractError(ErrorflowError):
    """Raised when a record does not satisfy one of errorflow's published contracts."""


class MalformedEventError(ContractError):
    """Raised when a record is not valid JSON, has wrong types or fields, or is too large."""

    def __init__(self, reason: str, *, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        #: Short machine-readable reason (``invalid_json``, ``invalid_fields``, ``too_large``...).
        self.reason = reason
        self.detail = detail


class UnsupportedSchemaVersionError(MalformedEventError):
    """Raised when a record declares a schema version this build does not understand."""

    def __init__(self, version: object) -> None:
        super().__init__("unsupported_schema_version", detail=f"schema_version={version!r}")
        self.version = version


class OperationError(ErrorflowError):
    """Raised by the SDK and the function runner about operations."""


class OperationNotFoundError(OperationError):
    """Raised when no operation is registered under the requested name."""


class DuplicateOperationError(OperationError):
    """Raised when two different functions are registered under the same operation name."""


class OperationInputError(OperationError):
    """Raised when a run command's input does not validate against the operation's input model."""


class BulkOperationError(OperationError):
    """Raised by a bulk operation that finished with per-item failures.

    The decorator records ``error_list`` and the counts on the failed event.
    """

    def __init__(
        self,
        message: str,
        *,
        error_list: list[dict[str, Any]],
        success_count: int = 0,
        total_count: int | None = None,
    ) -> None:
        super().__init__(message)
        self.error_list = error_list
        self.success_count = success_count
        self.total_count = total_count if total_count is not None else success_count + len(error_list)


class BrokerError(ErrorflowError):
    """Raised when Kafka cannot be reached or refuses a request."""

    retriable = True


class RecordRefusedError(BrokerError):
    """Raised when Kafka refused a record for good (too large, invalid, a topic the client may not write).

    Sending it again cannot work (:func:`errorflow.refusals.retriable`); the caller sets it
    aside by the rule for bad input (one quarantine record), or stops loudly where it cannot.
    """

    retriable = False


class StoreError(ErrorflowError):
    """Raised when the ClickHouse store (chDB or a server) fails a request."""


class StoreUnavailableError(StoreError):
    """Raised when the store cannot be reached right now; the request may be retried."""

    retriable = True


class ReadOnlyQueryError(StoreError):
    """Raised when a statement other than a read is sent through the read-only SQL path."""


class RowRejectedError(StoreError):
    """Raised when the store rejects the values of a row (a poison row)."""


class MigrationLockError(StoreError):
    """Raised when another process held the schema migration lock for longer than this one waits.

    Retriable: the other process's migration may finish (a restart tries again).
    """

    retriable = True


class SinkBackpressureError(ErrorflowError):
    """Raised when a sink's buffer is full; consumption should pause for ``retry_after_s``."""

    retriable = True

    def __init__(self, message: str, *, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class EmbeddedStackError(ErrorflowError):
    """Raised when the embedded broker or stack cannot start or stops unexpectedly."""


class CircuitOpenError(OperationError):
    """Raised instead of calling an operation whose dependency's circuit breaker is open.

    The function was not called. ``retry_at`` (seconds since the epoch) is when the
    breaker lets trial calls through, or None when an operator forced it open or the
    trials of this half-open period are taken. The breaker agent does not count a run
    that ended with this error as a failure of the dependency.
    """

    retriable = True

    def __init__(self, dependency: str, *, state: str, retry_at: float | None = None) -> None:
        super().__init__(dependency)
        self.dependency = dependency
        self.state = state
        self.retry_at = retry_at

    def __str__(self) -> str:
        # Formatted when read, not when raised: a rejection must stay as cheap as the check.
        from datetime import datetime, timezone

        when = ""
        if self.retry_at is not None:
            at = datetime.fromtimestamp(self.retry_at, timezone.utc).isoformat(timespec="milliseconds")
            when = f"; trial calls from {at}"
        return f"circuit breaker of {self.dependency!r} is {self.state}: call not made{when}"


class CompensationError(OperationError):
    """Raised when a compensation (saga step) cannot be registered or run as asked.

    ``compensate()`` outside an ``@operation(compensate_on=...)``, a runner run's step
    that is not a named ``@compensation`` or whose arguments are not JSON, or a
    ``compensate`` command naming a compensation this process does not have.
    """


class CompensationTimeoutError(CompensationError):
    """A compensation step ran past ``sdk.compensation_timeout_s``: it counts as failed.

    The saga stops at that step and is dead-lettered, as when a step raises, so one
    hung undo never holds a runner slot (or a failing caller) for ever. A sync step's
    thread cannot be stopped and runs on; a replay runs the step again (steps are
    idempotent by contract).
    """
