"""Event and command contracts: pydantic v2 models, encoded with orjson."""

from errorflow.schemas.codec import decode, encode
from errorflow.schemas.commands import PriorError, RunCommand
from errorflow.schemas.events import (
    SCHEMA_VERSION,
    Actor,
    ErrorCause,
    ErrorContext,
    ItemError,
    Orchestration,
    TaskRunEvent,
    TaskRunStatus,
    utc_now,
)
from errorflow.schemas.ids import new_id

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ErrorCause",
    "ErrorContext",
    "ItemError",
    "Orchestration",
    "PriorError",
    "RunCommand",
    "TaskRunEvent",
    "TaskRunStatus",
    "decode",
    "encode",
    "new_id",
    "utc_now",
]
