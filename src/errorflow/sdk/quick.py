"""The quick path of a direct ``@operation`` call: a call that ends quickly costs what it must, no more.

Most direct calls end well inside ``sdk.lifecycle_after_s`` and return a plain
value: they send one record, a ``success`` event carrying ``queued_at`` and
``started_at`` (:mod:`errorflow.sdk.lifecycle`). For them the work a
:class:`~errorflow.sdk.recorder.RunRecorder` does on every call is done once
per decorated function and runtime (:class:`QuickOperation`):

- the event's constant fields (operation, service, criticality, labels...) are
  a template dict, copied per call;
- plain arguments (text, numbers, booleans, None) are bound and redacted in
  one pass: which parameter names are secret keys is decided once, and text
  still goes through the value patterns (``scrub_input``) on every call;
- times are integer milliseconds, written as orjson writes the datetimes of
  the other events (:func:`iso_ms`);
- the event is encoded once, by :func:`~errorflow.sdk.recorder.encode_within`
  like every event (size limit, cleaning of what orjson refuses).

Everything else is handed to a full ``RunRecorder`` with the same run id and
start time (:meth:`QuickRun.recorder`): a run the lifecycle watch reports
(``pending`` and ``running``), a heartbeat, a failure, a result that may carry
result refs or bulk counts. The events are the same either way
(``tests/unit/sdk/test_quick.py`` compares them field for field).
"""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from errorflow.redacted import REDACTED
from errorflow.schemas.events import SCHEMA_VERSION, TaskRunStatus
from errorflow.schemas.ids import new_id
from errorflow.sdk import heartbeats
from errorflow.sdk.recorder import RunRecorder, encode_within
from errorflow.sdk.registry import OperationSpec
from errorflow.sdk.runtime import Runtime

__all__ = ["QuickOperation", "QuickRun", "iso_ms"]

_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Argument types whose JSON form is the value itself."""
_SCALARS = frozenset({str, int, float, bool, bytes, type(None)})
"""Results that carry no result refs nor bulk counts (:meth:`RunRecorder.success` looks into no other)."""
_HANDOVER = threading.Lock()
"""Taken while a quick run gets its recorder, so two threads never make two (rare: long runs, failures)."""
_last_second: list[tuple[int, str]] = [(-1, "")]
"""The last second :func:`iso_ms` wrote and its text (one tuple, swapped whole: safe across threads)."""


def iso_ms(ms: int) -> str:
    """Unix milliseconds as orjson writes the same UTC datetime (``OPT_UTC_Z``), from a per-second cache.

    orjson leaves the fraction out when it is zero and writes microseconds otherwise.
    """
    second, milli = divmod(ms, 1000)
    cached = _last_second[0]
    if cached[0] != second:
        cached = _last_second[0] = (second, datetime.fromtimestamp(second, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"))
    return f"{cached[1]}.{milli:03d}000Z" if milli else f"{cached[1]}Z"


class _Plan:
    """What a decorated function's quick calls share under one runtime."""

    __slots__ = ("emitter", "heartbeat_timeout_s", "max_bytes", "runtime", "secret", "template", "topic")

    def __init__(self, spec: OperationSpec, rt: Runtime, names: tuple[str, ...]) -> None:
        self.runtime = rt
        self.emitter = rt.emitter
        self.topic = rt.events_topic
        self.max_bytes = rt.limits.max_event_bytes
        self.heartbeat_timeout_s = spec.heartbeat_timeout_s or rt.heartbeat_timeout_s
        self.secret = frozenset(name for name in names if rt.redactor.is_secret_key(name))
        """Parameter names whose values are replaced whole, whatever they hold."""
        event_type, status = f"taskrun.{TaskRunStatus.SUCCESS.value}", TaskRunStatus.SUCCESS.value
        self.template: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "event_id": None,
            "event_type": event_type,
            "status": status,
            "occurred_at": None,
            "run_id": None,
            "root_run_id": None,
            "attempt": 1,
            "replayed_from": None,
            "operation": spec.name,
            "operation_category": spec.category,
            "service": spec.service or rt.service,
            "dependency": spec.dependency,
            "criticality": spec.criticality,
            "input_dump": None,
            "channel": "direct",
            "labels": rt.redactor.scrub(spec.labels) if spec.labels else spec.labels,  # free text, like context
            "idempotency_key": None,
            "execution_time_s": None,
            "queued_at": None,
            "started_at": None,
        }


class QuickRun:
    """A direct call's run until it needs more than its one record: then its recorder takes over.

    Stands for the run wherever a recorder would: the lifecycle watch reports its
    start (:meth:`report_started`) and the heartbeat thread beats for it (:meth:`heartbeat`).
    """

    __slots__ = (
        "_plan",
        "_recorder",
        "_spec",
        "accepted_ms",
        "auto_heartbeat",
        "heartbeat_timeout_s",
        "input_dump",
        "run_id",
    )

    def __init__(self, spec: OperationSpec, plan: _Plan, input_dump: dict[str, Any]) -> None:
        self._spec = spec
        self._plan = plan
        self._recorder: RunRecorder | None = None
        self.input_dump = input_dump
        self.run_id = new_id()
        self.accepted_ms = time.time_ns() // 1_000_000
        """When the run was accepted and started (a direct call starts as it is accepted)."""
        self.heartbeat_timeout_s = plan.heartbeat_timeout_s
        self.auto_heartbeat = spec.auto_heartbeat

    def recorder(self) -> RunRecorder:
        """The run's full recorder (made once, with this run's id and start time)."""
        recorder = self._recorder
        if recorder is None:
            with _HANDOVER:
                recorder = self._recorder
                if recorder is None:
                    rt = self._plan.runtime
                    recorder = self._recorder = RunRecorder(
                        self._spec,
                        emitter=self._plan.emitter,
                        topic=self._plan.topic,
                        service=rt.service,
                        input_dump=self.input_dump,
                        context=None,
                        scrubber=rt.redactor,
                        limits=rt.limits,
                        heartbeat_timeout_s=self.heartbeat_timeout_s,
                        timeout_s=self._spec.timeout_s,
                        run_id=self.run_id,
                        accepted_at=datetime.fromtimestamp(self.accepted_ms / 1000, timezone.utc),
                    )
        return recorder

    def report_started(self) -> None:
        """The run outlived the threshold: its ``pending`` and ``running`` go out now (the watch calls this)."""
        self.recorder().report_started()

    def heartbeat(self, details: Mapping[str, Any] | None = None) -> object:
        """A sign of life; the run's start is reported first when the watch still holds it back."""
        lifecycle = self._plan.runtime.lifecycle
        if lifecycle is not None:
            lifecycle.report_now(self)
        return self.recorder().heartbeat(details)

    def finish(
        self, result: Any, exc: BaseException | None, elapsed_s: float, watch: heartbeats.Watch | None = None
    ) -> None:
        """Emit the terminal event: from the template for a quick plain success, else through the recorder.

        A run whose start went out (the watchdog watches it) and that went silent past its
        heartbeat timeout (``watch``: its heartbeats, ended) ends ``timed_out`` under the
        watchdog's event id instead (:meth:`RunRecorder.timed_out_if_silent`).
        """
        lifecycle = self._plan.runtime.lifecycle
        short = lifecycle is None or lifecycle.release(self)
        if short and exc is None and type(result) in _SCALARS and self._recorder is None:
            self._success(elapsed_s)  # its start never went out: the watchdog never heard of it
            return
        recorder = self.recorder()
        if short:
            recorder.carry_start_times()
        if recorder.timed_out_if_silent(watch, elapsed_s) is not None:
            return
        if exc is None:
            recorder.success(result, elapsed_s)
        else:
            recorder.failed(exc, elapsed_s)

    def _success(self, elapsed_s: float) -> None:
        plan = self._plan
        run_id = self.run_id
        event = plan.template.copy()
        event["event_id"] = new_id()
        now_ms = time.time_ns() // 1_000_000
        accepted_ms = self.accepted_ms
        event["queued_at"] = event["started_at"] = started = iso_ms(accepted_ms)
        event["occurred_at"] = started if now_ms == accepted_ms else iso_ms(now_ms)  # a quick call: often
        event["run_id"] = event["root_run_id"] = run_id
        event["idempotency_key"] = run_id + ":1"
        event["input_dump"] = self.input_dump
        event["execution_time_s"] = elapsed_s
        _, data = encode_within(event, plan.max_bytes)
        plan.emitter.emit(plan.topic, run_id.encode(), data)


class QuickOperation:
    """A decorated function's quick path: its runs, and its plain arguments bound and redacted in one pass.

    Args:
        spec: the operation.
        signature: the function's signature (None when it has none).
        dump: the general input capture, redacted (for arguments the one pass does not handle).
    """

    def __init__(
        self,
        spec: OperationSpec,
        signature: inspect.Signature | None,
        dump: Callable[[Runtime, tuple[Any, ...], dict[str, Any]], dict[str, Any]],
    ) -> None:
        self._spec = spec
        self._dump = dump
        self._plan: _Plan | None = None
        parameters = signature.parameters.values() if signature is not None else ()
        bindable = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
        self._names = tuple(p.name for p in parameters) if signature is not None else ()
        self._positional: tuple[str, ...] | None = (
            tuple(p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD)
            if signature is not None and all(p.kind in bindable for p in parameters)
            else None
        )
        """Names a positional call binds to by position (None: the one pass does not apply)."""

    def start(self, rt: Runtime, args: tuple[Any, ...], kwargs: dict[str, Any]) -> QuickRun:
        """A run that started now, its input captured and redacted, watched for the lifecycle threshold."""
        plan = self._plan
        if plan is None or plan.runtime is not rt:
            plan = self._plan = _Plan(self._spec, rt, self._names)
        dump = self._plain_input(plan, args) if not kwargs else None
        if dump is None:
            dump = self._dump(rt, args, kwargs)
        run = QuickRun(self._spec, plan, dump)
        if rt.lifecycle is not None:
            rt.lifecycle.watch(run)
        return run

    def _plain_input(self, plan: _Plan, args: tuple[Any, ...]) -> dict[str, Any] | None:
        """The redacted input of positional plain arguments; None when another argument needs the general path.

        The same dict as redacting :func:`~errorflow.sdk.capture.dump_input`: values under
        a secret key become the marker whole, text holding a credential too.
        """
        names = self._positional
        if names is None or len(args) > len(names):
            return None
        secret = plan.secret
        redactor = plan.runtime.redactor
        scrub = redactor.scrub_input
        dump: dict[str, Any] = {}
        for name, value in zip(names, args, strict=False):
            kind = type(value)
            if kind not in _PLAIN:
                return None
            if name in secret and redactor.hides(name, value):  # a count (max_tokens=512) is not hidden
                dump[name] = REDACTED
            else:
                dump[name] = scrub(value) if kind is str else value
        return dump
