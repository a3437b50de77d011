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
from pydantic_settings import SettingsError

from errorflow.errors import ConfigurationError
from errorflow.settings import Settings

__all__ = ["MASK", "cmd_config", "effective_settings", "environment_settings"]

MASK = "**********"
"""What a secret prints as."""


def environment_settings() -> Settings:
    """The settings of this environment, or one error naming each ``ERRORFLOW_*`` variable that is wrong.

    pydantic's own message repeats every refused value (``input_value=...``), and the CLI prints
    it: a secret set under a name that is not a setting (``ERRORFLOW_ANOMALY__NOTIFY_URL`` with a
    password in the URL) or in a group's JSON would be printed whole. This one names the variable
    and what is wrong, never the value. A group or a list given whole in one variable that is not
    JSON (``ERRORFLOW_SDK__SCRUB_PATTERNS=token``) raised pydantic-settings' own error, a traceback.

    Raises:
        ConfigurationError: a variable does not fit its setting, or is not a setting.
    """
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"{_variable(error['loc'])}: {'not a setting' if error['type'] == 'extra_forbidden' else error['msg']}"
            for error in exc.errors(include_url=False, include_input=False, include_context=False)
        )
        raise ConfigurationError(f"invalid settings: {problems}") from None
    except SettingsError as exc:
        cause = exc.__cause__ or exc.__context__
        raise ConfigurationError(
            f"invalid settings: {exc}: a group or a list given in one variable must be JSON ({cause})"
        ) from None


def _variable(location: tuple[int | str, ...]) -> str:
    """The environment variable of a setting's location (a list item's index left out)."""
    names = [str(part) for part in location if isinstance(part, str)]
    return "ERRORFLOW_" + "__".join(names).upper()


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

    settings = environment_settings()
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
