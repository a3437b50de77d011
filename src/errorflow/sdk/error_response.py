"""``error_response(exc)``: seed 004's JSON error body for a service to hand to its caller.

The exception is classified with the same classifier the pipeline uses
(:class:`~errorflow.classify.Classifier`), its recovery described from the
category's retry policy (:func:`~errorflow.recovery.policy.default_policies`, or
the policies given), and every text scrubbed of secrets with the SDK's
:class:`~errorflow.sdk.scrub.Scrubber` before it leaves the service::

    from errorflow.sdk import error_response

    try:
        charge(card)
    except Exception as exc:
        return JSONResponse(error_response(exc, request_id=request.headers["x-request-id"]), status_code=503)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from errorflow.classify import Classifier, ErrorSignal
from errorflow.recovery.backoff import exponential_delay
from errorflow.recovery.policy import Category, PolicySet, RetryPolicy, default_policies
from errorflow.safetext import exception_message
from errorflow.schemas.error_response import ErrorResponse, RecoveryDetails
from errorflow.schemas.ids import new_id
from errorflow.sdk.context import current_run
from errorflow.sdk.scrub import Scrubber

__all__ = ["error_response", "user_action"]

_SCRUBBER = Scrubber()
_DEFAULT_POLICIES = default_policies()
_SCRUB_MARGIN = 8_192
_MAX_MESSAGE_CHARS = 4_096
_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]*$")


@functools.cache
def _default_classifier() -> Classifier:
    """Built on first use: most services never report an error through this path."""
    return Classifier.default()


def error_response(
    exc: BaseException,
    *,
    request_id: str | None = None,
    attempt: int | None = None,
    details: Mapping[str, Any] | None = None,
    classifier: Classifier | None = None,
    policies: PolicySet | Mapping[Category, RetryPolicy] | None = None,
    operation: str | None = None,
    scrubber: Scrubber | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Return seed 004's error response for ``exc`` as a JSON-ready dict (validates as ``error_response.v1``).

    Args:
        exc: The failure to report.
        request_id: What the caller quotes to support; default the current run's root run id inside the
            runner, else a new ``req-<uuid7>``.
        attempt: Which attempt failed (1 = the first); default the current run's, else 1.
        details: Extra context for the caller; scrubbed like the message.
        classifier: Default: the built-in rules (build one with ``Classifier.from_settings`` for yours).
        policies: Retry policies per category; default the built-in ones.
        operation: Operation name, for per-operation overrides in a :class:`PolicySet`.
        scrubber: Default: the SDK's built-in scrubber.
        now: The timestamp; default the current time.
    """
    run = current_run()
    attempt = max(1, attempt if attempt is not None else (run.attempt if run is not None else 1))
    scrub = scrubber or _SCRUBBER
    verdict = (classifier or _default_classifier()).classify(ErrorSignal.from_exception(exc))
    category = Category.parse(verdict.category.value)
    policy = _policy(policies, category, operation)
    max_retries = max(0, policy.max_attempts - 1) if policy.retries else 0
    auto_retry = policy.retries and attempt < policy.max_attempts
    delay_ms = round(exponential_delay(policy, attempt) * 1000) if auto_retry else None
    # Cut before scrubbing (with a margin, so no secret is cut in two and missed): a message of
    # megabytes is scrubbed no slower than the part that is kept, in the service's own error handler.
    message = scrub.scrub_text(exception_message(exc)[: _MAX_MESSAGE_CHARS + _SCRUB_MARGIN])[:_MAX_MESSAGE_CHARS]
    response = ErrorResponse(
        error_code=_error_code(exc),
        error_category=category.value,
        severity=verdict.severity.value,
        message=message,
        details=scrub.scrub(
            {
                "exception_type": f"{type(exc).__module__}.{type(exc).__qualname__}",
                "fingerprint": verdict.fingerprint,
                "rule_id": verdict.rule_id,
                "retryable": verdict.retryable,
                **dict(details or {}),
            }
        ),
        recovery_strategy=verdict.strategy.value,
        recovery_details=RecoveryDetails(
            retry_attempt=attempt - 1,
            max_retries=max_retries,
            next_attempt_delay_ms=delay_ms,
            auto_retry=auto_retry,
        ),
        user_action=user_action(category.value, auto_retry=auto_retry, delay_ms=delay_ms),
        request_id=request_id or (run.root_run_id if run is not None else f"req-{new_id()}"),
        timestamp=_timestamp(now or datetime.now(timezone.utc)),
    )
    return response.model_dump(mode="json")


def user_action(category: str, *, auto_retry: bool, delay_ms: int | None = None) -> str:
    """What the caller should do about a failure of ``category``, in words (seed 004's ``user_action``)."""
    if category == "validation":
        return "The request is invalid: correct it as the message and details say, then send it again."
    if category == "permanent":
        return (
            "This request cannot succeed by retrying it. An operator has been alerted; "
            "contact support with the request id."
        )
    if auto_retry:
        when = f" in {delay_ms / 1000:g} s" if delay_ms else ""
        if category == "resource":
            return f"The system is at capacity; the request will be retried automatically{when}, no action needed."
        return f"The request will be retried automatically{when}. If the problem persists, try again in 5 minutes."
    return "Automatic retries are exhausted. Try again later; if it keeps failing, contact support with the request id."


def _policy(
    policies: PolicySet | Mapping[Category, RetryPolicy] | None, category: Category, operation: str | None
) -> RetryPolicy:
    if policies is None:
        return _DEFAULT_POLICIES[category]
    if isinstance(policies, PolicySet):
        return policies.policy_for(category, operation)
    return policies.get(category, _DEFAULT_POLICIES[category])


def _error_code(exc: BaseException) -> str:
    """The exception's own textual code if it has one, else its class name in upper snake case."""
    for name in ("error_code", "code"):
        try:
            value = getattr(exc, name, None)
        except Exception:
            value = None
        if type(value) is str and _CODE.match(value) and len(value) <= 64:  # a subclass's own methods may raise
            return re.sub(r"[^A-Z0-9_]", "_", value.upper())
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", type(exc).__name__)
    code = re.sub(r"[^A-Z0-9_]", "_", snake.upper()).strip("_")
    return code if code and code[0].isalpha() else f"E_{code or 'ERROR'}"


def _timestamp(moment: datetime) -> str:
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
