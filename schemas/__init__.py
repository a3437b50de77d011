"""Event and command contracts: pydantic v2 models, encoded with orjson."""

from errorflow.schemas.alerts import Alert
from errorflow.schemas.attempts import AttemptOutcome, RecordPosition
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
from errorflow.schemas.healing import HealingAction
from errorflow.schemas.ids import new_id
from errorflow.schemas.recovery import (
    AttemptRecord,
    DeadLetter,
    DeadLetterUpdate,
    RecoveryActionEvent,
    dead_letter_headers,
    parse_dead_letter_headers,
)

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Alert",
    "AttemptOutcome",
    "AttemptRecord",
    "DeadLetter",
    "DeadLetterUpdate",
    "ErrorCause",
    "ErrorContext",
    "HealingAction",
    "ItemError",
    "Orchestration",
    "PriorError",
    "RecordPosition",
    "RecoveryActionEvent",
    "RunCommand",
    "TaskRunEvent",
    "TaskRunStatus",
    "dead_letter_headers",
    "decode",
    "encode",
    "new_id",
    "parse_dead_letter_headers",
    "utc_now",
]
