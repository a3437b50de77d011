"""``errorflow config``: the effective settings of this environment, secrets masked.

Every value comes from :class:`~errorflow.settings.Settings` as the commands build
it (defaults, ``ERRORFLOW_*`` variables), printed with the variable that sets it;
``SecretStr`` values (ClickHouse URLs with their passwords) print as ``**********``.
The retry policy of each error category follows, with the policies file applied.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

import orjson
from pydantic import BaseModel, SecretStr, ValidationError

from errorflow.errors import ConfigurationError
from errorflow.settings import Settings

__all__ = ["MASK", "cmd_config", "effective_settings"]

MASK = "**********"
"""What a secret prints as."""


def _flatten(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, Any]]:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from _flatten(value, f"{prefix}{name}.")
        elif isinstance(value, SecretStr):
            yield f"{prefix}{name}", MASK
        else:
            yield f"{prefix}{name}", value


def effective_settings(settings: Settings) -> list[tuple[str, Any, str]]:
    """Return ``(dotted name, value, environment variable)`` for every setting, secrets masked."""
    return [
        (name, orjson.loads(orjson.dumps(value, default=str)), "ERRORFLOW_" + name.upper().replace(".", "__"))
        for name, value in _flatten(settings)
    ]


def cmd_config(args: argparse.Namespace) -> int:
    """Print the effective settings and retry policies (``--json``: one JSON object)."""
    from errorflow.recovery import PolicySet

    try:
        settings = Settings()
    except ValidationError as exc:
        raise ConfigurationError(f"invalid settings: {exc}") from exc
    recovery = settings.recovery
    if recovery.policies_file is not None:
        policies = PolicySet.from_toml(recovery.policies_file, resource_wait_s=recovery.resource_wait_s)
    else:
        policies = PolicySet.from_mapping({}, resource_wait_s=recovery.resource_wait_s)
    rows = effective_settings(settings)
    categories = {category.value: policy.to_dict() for category, policy in policies.categories.items()}
    if args.json:
        payload = {"settings": {name: value for name, value, _ in rows}, "retry_policies": categories}
        sys.stdout.write(orjson.dumps(payload, option=orjson.OPT_INDENT_2, default=str).decode() + "\n")
        return 0
    width = max(len(name) for name, _, _ in rows)
    for name, value, variable in rows:
        sys.stdout.write(f"{name.ljust(width)}  {orjson.dumps(value).decode()}  ({variable})\n")
    sys.stdout.write("\nretry policies (recovery.policies_file over the defaults):\n")
    for category, policy in categories.items():
        sys.stdout.write(f"  {category}: {orjson.dumps(policy, default=str).decode()}\n")
    return 0
