"""Loading user rules from a TOML or YAML file, validated completely at start-up.

A rules file holds a list of rules and, optionally, default rules to switch off::

    version = 1
    disable = ["http.409"]          # ids of default rules (optional)
    include_defaults = true         # optional

    [[rules]]
    id = "acme.quota"
    category = "resource"
    exc_type = ["acme.errors.QuotaError"]
    message = "quota .* exceeded"

Every problem (unreadable file, unknown key, missing or duplicate id, unknown
category, severity or strategy, bad regular expression, bad status, errno or
code) raises :class:`~errorflow.errors.RulesFileError` naming the file, the rule
and the problem, so a bad file stops the service at start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from errorflow.classify.defaults import default_rules
from errorflow.classify.rules import Rule
from errorflow.errors import RulesFileError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found]  # the backport is only needed on 3.10

__all__ = ["RULE_KEYS", "LoadedRules", "load_rules_file", "parse_rules"]

RULE_KEYS = (
    "id",
    "category",
    "exc_type",
    "message",
    "http_status",
    "errno",
    "code",
    "severity",
    "strategy",
    "retryable",
    "description",
)
"""Keys a rule table may have."""
_TOP_KEYS = ("version", "rules", "disable", "include_defaults")
_YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class LoadedRules:
    """The validated content of a rules file."""

    rules: tuple[Rule, ...]
    """User rules, in file order."""
    disable: tuple[str, ...] = ()
    """Ids of default rules switched off."""
    include_defaults: bool = True
    """Whether the default rules apply after the user rules."""


def load_rules_file(path: Path) -> LoadedRules:
    """Read and validate a TOML (``.toml``) or YAML (``.yaml``/``.yml``) rules file.

    Raises:
        RulesFileError: The file cannot be read or parsed, or a rule is invalid.
    """
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RulesFileError(f"cannot read the rules file: {exc.strerror or exc}", path=where) from exc
    if path.suffix.lower() in _YAML_SUFFIXES:
        data = _parse_yaml(raw, where)
    else:
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise RulesFileError(f"not valid TOML: {exc}", path=where) from exc
    return parse_rules(data, path=where)


def _parse_yaml(raw: bytes, where: str) -> Any:
    try:
        import yaml  # type: ignore[import-untyped,unused-ignore]  # optional dependency
    except ImportError as exc:
        raise RulesFileError(
            "YAML rules files need PyYAML, which is not installed: pip install pyyaml (or use a .toml file)",
            path=where,
        ) from exc
    try:
        return yaml.safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RulesFileError(f"not valid YAML: {exc}", path=where) from exc


def parse_rules(data: Any, *, path: str | None = None) -> LoadedRules:
    """Validate the parsed content of a rules file (a mapping) into rules.

    Raises:
        RulesFileError: Naming the rule and the problem.
    """
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise RulesFileError("the top level must be a table/mapping with a 'rules' list", path=path)
    unknown = sorted(str(key) for key in data if key not in _TOP_KEYS)
    if unknown:
        raise RulesFileError(
            f"unknown top-level key(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(_TOP_KEYS)}", path=path
        )
    version = data.get("version", 1)
    if version != 1:
        raise RulesFileError(f"unsupported version {version!r}; this errorflow reads version 1", path=path)
    include_defaults = data.get("include_defaults", True)
    if not isinstance(include_defaults, bool):
        raise RulesFileError("'include_defaults' must be true or false", path=path)
    disable = _disable_list(data.get("disable", []), path)
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raise RulesFileError("'rules' must be a list of tables ([[rules]] in TOML)", path=path)
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for position, raw in enumerate(raw_rules, start=1):
        rule = _parse_rule(raw, position, path)
        if rule.id in seen:
            raise RulesFileError(
                f"duplicate id (rules #{seen[rule.id]} and #{position} share it)", path=path, rule_id=rule.id
            )
        seen[rule.id] = position
        rules.append(rule)
    return LoadedRules(rules=tuple(rules), disable=disable, include_defaults=include_defaults)


def _disable_list(value: Any, path: str | None) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RulesFileError("'disable' must be a list of default rule ids", path=path)
    known = {rule.id for rule in default_rules()}
    unknown = [item for item in value if item not in known]
    if unknown:
        raise RulesFileError(f"'disable' names unknown default rule(s): {', '.join(map(repr, unknown))}", path=path)
    return tuple(value)


def _parse_rule(raw: Any, position: int, path: str | None) -> Rule:
    label = f"#{position}"
    if not isinstance(raw, Mapping):
        raise RulesFileError(f"rule {label} must be a table/mapping, not {type(raw).__name__}", path=path)
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise RulesFileError(f"rule {label} has no 'id' (a non-empty string is required)", path=path)
    unknown = sorted(str(key) for key in raw if key not in RULE_KEYS)
    if unknown:
        raise RulesFileError(
            f"unknown key(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(RULE_KEYS)}",
            path=path,
            rule_id=rule_id,
        )
    if "category" not in raw:
        raise RulesFileError("missing 'category'", path=path, rule_id=rule_id)
    try:
        return Rule(**{key: raw[key] for key in RULE_KEYS if key in raw})
    except (ValueError, TypeError) as exc:
        raise RulesFileError(str(exc), path=path, rule_id=rule_id) from exc
