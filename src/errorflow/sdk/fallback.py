"""Graceful degradation: a fallback answers when the call cannot, and the run is recorded as degraded.

Resilience4j's fallback is the anchor. ``@operation(fallback=...)`` takes either

- a function ``fallback(exc, *args, **kwargs) -> value``, called with the failure and
  the call's own arguments (a default answer, a simplified calculation); or
- a :class:`CachedFallback` from :func:`cached_fallback`: the operation's last good
  result for the same input, when it is younger than ``max_age_s`` (seed 004:
  "using cached data from X hours ago").

A fallback is used only when the failure is one a later call could get past: a
retriable verdict of the classifier (transient, resource, unknown) or an open
circuit breaker (:class:`~errorflow.errors.CircuitOpenError`). A validation or
permanent failure always reaches the caller; so does any failure a fallback
cannot answer (nothing cached, or the cache is older than ``max_age_s``), and
the run is then recorded as failed with the original error.

A run a fallback answered is recorded as a ``success`` with ``degraded = true``,
the type and message of the error that caused it and, for cached data, its age
(``data_age_s``). ClickHouse's ``fallback_usage`` view counts them
(``docs/queries.md``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from errorflow.classify.capture import qualified_name
from errorflow.errors import CircuitOpenError, ErrorflowError
from errorflow.safetext import exception_message, log_problem

__all__ = [
    "CachedFallback",
    "answer_failure",
    "remember",
    "Degraded",
    "FallbackSpec",
    "cached_fallback",
    "degraded_fields",
    "may_fall_back",
    "resolve",
]

FallbackSpec = Callable[..., Any]
"""What ``@operation(fallback=...)`` accepts: a :class:`CachedFallback` or ``fn(exc, *args, **kwargs)``."""

logger = logging.getLogger(__name__)

_classifiers: dict[Any, Any] = {}
"""One classifier per rules file (None: the defaults), built on the first failure that needs it."""
_classifier_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Degraded:
    """A fallback's answer: the value handed to the caller and how old its data is."""

    value: Any
    data_age_s: float | None = None
    """Age of the data in seconds (cached data); None when the fallback computed it now."""


def may_fall_back(exc: BaseException) -> bool:
    """True when a fallback may answer for ``exc``: an open breaker, or a retriable verdict.

    Classified on the failure path only, so a success pays nothing, with the rules file of
    the SDK's settings (``ERRORFLOW_RULES_FILE``), the one the pipeline classifies the same
    failure with: one verdict per failure, here and there.
    """
    # The class itself, never isinstance(): a foreign exception's __class__ may raise or lie, and isinstance()
    # reads it. Whatever the exception does, the caller gets it back, not an error of errorflow's.
    cls = type(exc)
    if issubclass(cls, CircuitOpenError):
        return True
    if not issubclass(cls, Exception):  # cancellation and interpreter exits are never degraded
        return False
    from errorflow.classify import ErrorSignal
    from errorflow.sdk.runtime import runtime

    try:
        classifier = _classifier(runtime().settings.rules_file)
        return bool(classifier.classify(ErrorSignal.from_exception(exc)).retryable)
    except Exception as error:  # no verdict, no fallback: the original failure stands
        log_problem(logger, "errorflow fallback could not classify a failure; no fallback answers", error=error)
        return False


def _classifier(rules_file: Any) -> Any:
    """The classifier of a rules file; the defaults, logged, when the file cannot be used.

    A bad rules file stops the pipeline at start-up; here it must not break the business
    call that failed, so the default rules decide and the problem is logged once.
    """
    from errorflow.classify import Classifier

    with _classifier_lock:
        classifier = _classifiers.get(rules_file)
        if classifier is None:
            try:
                classifier = Classifier.from_settings(rules_file=rules_file)
            except ErrorflowError as exc:
                log_problem(
                    logger, "errorflow fallback: the rules file cannot be used, the default rules decide", error=exc
                )
                classifier = Classifier.from_settings()
            _classifiers[rules_file] = classifier
        return classifier


class CachedFallback:
    """The last good result per input, returned while it is younger than ``max_age_s``.

    Results are kept in process memory, at most ``max_entries`` inputs (the least
    recently stored go first). The cache key is ``key(*args, **kwargs)``, by default
    the call's arguments encoded as JSON (so equal inputs share an entry).

    Args:
        max_age_s: oldest cached result still handed out; an older one is refused.
        key: the cache key of a call, from its arguments.
        max_entries: bound of the memory the cache uses.
        clock: seconds, monotonic in practice; tests pass their own.
    """

    def __init__(
        self,
        *,
        max_age_s: float,
        key: Callable[..., Hashable] | None = None,
        max_entries: int = 1024,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_age_s < 0:
            raise ValueError(f"max_age_s must be >= 0, got {max_age_s}")
        if max_entries < 1:
            raise ValueError(f"max_entries must be >= 1, got {max_entries}")
        self.max_age_s = max_age_s
        self.max_entries = max_entries
        self._key = key or _default_key
        self._clock = clock
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, args: tuple[Any, ...], kwargs: Mapping[str, Any], result: Any) -> None:
        """Store a good result of a call (never fails the call: an unhashable key is skipped)."""
        try:
            key = self._key(*args, **kwargs)
            now = self._clock()
            with self._lock:
                self._entries[key] = (now, result)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        except Exception as exc:  # the cache is a convenience; the call's result is what matters
            log_problem(logger, "errorflow could not cache a result", error=exc)

    def recall(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Degraded | None:
        """The cached result of the same input with its age, None when none is younger than ``max_age_s``."""
        try:
            key = self._key(*args, **kwargs)
            with self._lock:
                entry = self._entries.get(key)
        except Exception:  # an unhashable key was never stored
            return None
        if entry is None:
            return None
        age = max(0.0, self._clock() - entry[0])
        if age > self.max_age_s:
            return None
        return Degraded(entry[1], data_age_s=age)

    def __call__(self, exc: BaseException, *args: Any, **kwargs: Any) -> Any:
        """Plain-function form: the cached value, or re-raise ``exc`` when there is none fresh enough."""
        found = self.recall(args, kwargs)
        if found is None:
            raise exc
        return found.value


def cached_fallback(
    *, max_age_s: float, key: Callable[..., Hashable] | None = None, max_entries: int = 1024
) -> CachedFallback:
    """Return a fallback that answers with the last good result younger than ``max_age_s`` seconds."""
    return CachedFallback(max_age_s=max_age_s, key=key, max_entries=max_entries)


class _NoAnswer(Exception):
    """A fallback function declined (raised): the original failure stands."""


def resolve(
    fallback: FallbackSpec, exc: BaseException, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> Degraded | None:
    """The fallback's answer to a failed call, None when it has none or the failure is not for it.

    A fallback function that raises declines: the caller gets the original error,
    and what the fallback raised is logged.
    """
    if not may_fall_back(exc):
        return None
    if isinstance(fallback, CachedFallback):
        return fallback.recall(args, kwargs)
    try:
        return Degraded(fallback(exc, *args, **kwargs))
    except BaseException as declined:
        if declined is not exc:
            log_problem(logger, "errorflow fallback declined a failure", error=declined)
        return None


def answer_failure(  # noqa: PLR0917  # called from the decorator's hot wrappers, positional on purpose
    fallback: FallbackSpec,
    recorder: Any,
    elapsed_s: float | None,
    exc: BaseException,
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
) -> Degraded | None:
    """Answer a failed call from its fallback and record the run as a degraded success; None to re-raise.

    ``recorder`` is the call's :class:`~errorflow.sdk.recorder.RunRecorder` (None when
    recording its start failed): recording never decides whether the caller is answered.
    """
    answer = resolve(fallback, exc, args, kwargs)
    if answer is None:
        return None
    if recorder is not None:
        try:
            recorder.success(answer.value, elapsed_s or 0.0, degraded=degraded_fields(exc, answer))
        except Exception as error:  # tracking must never break the business call
            log_problem(logger, "errorflow could not record a degraded run", error=error)
    return answer


def remember(fallback: FallbackSpec, args: tuple[Any, ...], kwargs: Mapping[str, Any], result: Any) -> None:
    """Keep a good result for a cached fallback (other fallbacks keep nothing)."""
    if isinstance(fallback, CachedFallback):
        fallback.remember(args, kwargs, result)


def degraded_fields(exc: BaseException, degraded: Degraded) -> dict[str, Any]:
    """The success event's fields of a degraded run: the flag, the error that caused it, the data's age."""
    return {
        "degraded": True,
        "degraded_error_type": qualified_name(type(exc)),  # read defensively: a metaclass may hide the names
        "degraded_error_message": exception_message(exc),
        "data_age_s": degraded.data_age_s,
    }


def _default_key(*args: Any, **kwargs: Any) -> Hashable:
    return orjson.dumps([args, kwargs], option=orjson.OPT_SORT_KEYS | orjson.OPT_SERIALIZE_NUMPY, default=repr)
