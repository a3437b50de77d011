"""Labels errorflow itself writes on events (keys under ``errorflow.``), and how readers get their values back.

Labels are the event contract's free-form ``dict[str, str]``: a value carried there
reaches every consumer, the watchdog's copies of an event and ClickHouse, without a
contract change that consumers of an older version would reject.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import orjson

__all__ = ["RETRY_POLICY_LABEL", "declared_retry_policy", "retry_policy_label"]

logger = logging.getLogger(__name__)

RETRY_POLICY_LABEL = "errorflow.retry_policy"
"""The operation's ``@operation(retry_policy=...)`` overrides, as JSON, on every event of its runs.

Recovery decides on events and outcomes that the watchdog records for stuck attempts,
and on failures of direct calls, in a process that never imports the service's code:
the label is how the decorator's policy reaches those decisions.
"""


def retry_policy_label(retry_policy: Mapping[str, Any]) -> str:
    """The label value of a decorator's ``retry_policy`` (keys sorted: one operation, one value)."""
    return orjson.dumps(retry_policy, option=orjson.OPT_SORT_KEYS, default=str).decode()


def declared_retry_policy(labels: Mapping[str, str]) -> dict[str, Any] | None:
    """The ``retry_policy`` an event's labels declare; None when none, or when the value is not a JSON object.

    Recovery validates the policy itself (an invalid one is logged and ignored there).
    """
    raw = labels.get(RETRY_POLICY_LABEL)
    if raw is None:
        return None
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        logger.warning("ignoring label %s: not JSON", RETRY_POLICY_LABEL)
        return None
    if not isinstance(value, dict):
        logger.warning("ignoring label %s: not a JSON object", RETRY_POLICY_LABEL)
        return None
    return value
