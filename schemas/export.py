"""Write the JSON Schema of every published contract to ``schemas/json/``.

Services in other languages validate what they publish against these files.
Run ``python -m errorflow.schemas.export DIR`` after changing a contract; a test
fails while the committed files differ from the models.
"""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
from pydantic import BaseModel

from errorflow.schemas.alerts import Alert
from errorflow.schemas.attempts import AttemptOutcome
from errorflow.schemas.breakers import BreakerInput, BreakerStateRecord
from errorflow.schemas.classification import ClassificationEvent
from errorflow.schemas.commands import RunCommand
from errorflow.schemas.error_response import ErrorResponse
from errorflow.schemas.events import TaskRunEvent
from errorflow.schemas.healing import HealingAction
from errorflow.schemas.quarantine import QuarantineRecord
from errorflow.schemas.recovery import DeadLetter, DeadLetterUpdate, RecoveryActionEvent

__all__ = ["CONTRACTS", "render", "write_all"]

CONTRACTS: dict[str, type[BaseModel]] = {
    "taskrun_event.v1.json": TaskRunEvent,
    "run_command.v1.json": RunCommand,
    "classification_event.v1.json": ClassificationEvent,
    "recovery_action_event.v1.json": RecoveryActionEvent,
    "dead_letter.v1.json": DeadLetter,
    "dead_letter_update.v1.json": DeadLetterUpdate,
    "attempt_outcome.v1.json": AttemptOutcome,
    "quarantine_record.v1.json": QuarantineRecord,
    "alert.v1.json": Alert,
    "healing_action.v1.json": HealingAction,
    "error_response.v1.json": ErrorResponse,
    "breaker_state.v1.json": BreakerStateRecord,
    "breaker_input.v1.json": BreakerInput,
}


def render(model: type[BaseModel]) -> bytes:
    """The JSON Schema of one contract, as stable, indented bytes."""
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def write_all(directory: Path) -> list[Path]:
    """Write every contract's schema into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in CONTRACTS.items():
        path = directory / name
        path.write_bytes(render(model))
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover
    for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas/json")):
        print(path)
