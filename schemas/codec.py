"""The one codec of errorflow's records: orjson out, strict pydantic validation in.

Decoding never raises anything but :class:`~errorflow.errors.MalformedEventError`
(or its subclass for unknown schema versions), whatever the bytes hold, so an
agent can quarantine a bad record with a precise reason and keep running.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, ParamSpec, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from errorflow.errors import MalformedEventError, UnsupportedSchemaVersionError
from errorflow.schemas.events import SCHEMA_VERSION

__all__ = ["decode", "encode", "encode_values", "model_builder", "to_jsonable"]

ModelT = TypeVar("ModelT", bound=BaseModel)
_Params = ParamSpec("_Params")
_SUPPORTED_VERSIONS = frozenset({SCHEMA_VERSION})
_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NON_STR_KEYS


def to_jsonable(model: BaseModel) -> dict[str, Any]:
    """Return a model as plain Python values (datetimes stay datetimes for orjson)."""
    return model.model_dump(mode="python", exclude_none=False)


def encode(model: BaseModel) -> bytes:
    """Serialise a contract model to compact JSON bytes."""
    return orjson.dumps(to_jsonable(model), option=_OPTIONS)


_MISSING = object()
"""A field with no plain default, in :func:`_template`: orjson refuses it, so leaving one out fails loudly."""


@cache
def _template(model: type[BaseModel]) -> dict[str, Any]:
    return {
        name: _MISSING if info.is_required() or info.default_factory is not None else info.default
        for name, info in model.model_fields.items()
    }


def encode_values(model: type[BaseModel], values: Mapping[str, Any]) -> bytes:
    """Encode a record of ``model`` from its field values, as :func:`encode` would encode the model built from them.

    For trusted records a pipeline builds itself on a hot path (a recovery action per failure):
    validating the model and dumping it costs several times the encoding. The caller owes the
    values validation would produce (UTC datetimes, floats in float fields, JSON values; nested
    values may be models, encoded as :func:`encode` encodes them); fields left out take their plain
    defaults, in the model's field order. A field without one (required, or a default factory) must
    be given: else encoding raises ``TypeError``. Never for untrusted input, which :func:`decode` validates.
    """
    record = dict(_template(model))
    record.update(values)
    return orjson.dumps(record, option=_OPTIONS, default=_nested)


def model_builder(
    model: type[ModelT], values: Callable[_Params, dict[str, Any]], *, name: str, doc: str
) -> Callable[_Params, ModelT]:
    """Return a function taking ``values``' parameters that validates what it returns into ``model``.

    A hot path encodes the field values of records it builds itself (:func:`encode_values`);
    other callers want the validated model. The values function's signature is the one
    place the parameters are written, so the two cannot drift apart.
    """

    def build(*args: _Params.args, **kwargs: _Params.kwargs) -> ModelT:
        return model(**values(*args, **kwargs))

    build.__name__ = build.__qualname__ = name
    build.__doc__ = doc
    build.__module__ = values.__module__
    build.__signature__ = inspect.signature(values).replace(return_annotation=model.__name__)  # type: ignore[attr-defined]
    return build


def _nested(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return to_jsonable(value)
    raise TypeError(f"cannot encode {type(value).__name__}")


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
