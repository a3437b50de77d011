"""The one codec of errorflow's records: orjson out, strict pydantic validation in.

Decoding never raises anything but :class:`~errorflow.errors.MalformedEventError`
(or its subclass for unknown schema versions), whatever the bytes hold, so an
agent can quarantine a bad record with a precise reason and keep running.
"""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from errorflow.errors import MalformedEventError, UnsupportedSchemaVersionError
from errorflow.schemas.events import SCHEMA_VERSION

__all__ = ["decode", "encode", "to_jsonable"]

ModelT = TypeVar("ModelT", bound=BaseModel)
_SUPPORTED_VERSIONS = frozenset({SCHEMA_VERSION})


def to_jsonable(model: BaseModel) -> dict[str, Any]:
    """Return a model as plain Python values (datetimes stay datetimes for orjson)."""
    return model.model_dump(mode="python", exclude_none=False)


def encode(model: BaseModel) -> bytes:
    """Serialise a contract model to compact JSON bytes."""
    return orjson.dumps(to_jsonable(model), option=orjson.OPT_UTC_Z | orjson.OPT_NON_STR_KEYS)


def decode(raw: bytes | None, model: type[ModelT], *, max_bytes: int | None = None) -> ModelT:
    """Validate JSON bytes into ``model``, strictly: ``"3"`` is not an int, nothing is coerced.

    Strict mode is both the contract (wrong types are quarantined, not guessed
    at) and a third faster than lax validation on the ingest path.

    Raises:
        MalformedEventError: the bytes are empty, too large, not JSON, or do not fit the model.
        UnsupportedSchemaVersionError: the record declares an unknown ``schema_version``.
    """
    if not raw:
        raise MalformedEventError("empty", detail="record has no value")
    if max_bytes is not None and len(raw) > max_bytes:
        raise MalformedEventError("too_large", detail=f"{len(raw)} bytes > limit {max_bytes}")
    try:
        return model.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        try:
            malformed = _diagnose(raw, exc)
        except Exception as diagnosis_exc:  # a diagnosis must not turn a bad record into a crash
            malformed = MalformedEventError("invalid_fields", detail=f"{exc} ({diagnosis_exc!r})"[:_DETAIL_CHARS])
        raise malformed from exc
    except Exception as exc:  # a validator's own bug or a limit of the parser: still one bad record
        raise MalformedEventError("undecodable", detail=f"{type(exc).__name__}: {exc}"[:_DETAIL_CHARS]) from exc


_DETAIL_CHARS = 2000


def _diagnose(raw: bytes, exc: ValidationError) -> MalformedEventError:
    """Turn a validation failure into the most useful reason for the quarantine record."""
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError as json_exc:
        return MalformedEventError("invalid_json", detail=str(json_exc))
    if not isinstance(parsed, dict):
        return MalformedEventError("invalid_fields", detail=f"expected a JSON object, got {type(parsed).__name__}")
    version = parsed.get("schema_version", SCHEMA_VERSION)
    # Only a scalar can name a version; a list or an object there is a wrong type (and unhashable).
    if isinstance(version, (str, int, float)) and version not in _SUPPORTED_VERSIONS:
        return UnsupportedSchemaVersionError(version if not isinstance(version, str) else version[:100])
    problems = "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or '<root>'}: {error['msg']}"
        for error in exc.errors(include_url=False)[:10]
    )
    return MalformedEventError("invalid_fields", detail=problems)
