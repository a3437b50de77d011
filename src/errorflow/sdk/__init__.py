"""The SDK services use: ``@operation``, ``configure``, ``submit`` and the registry."""

from errorflow.sdk.compensation import compensate, compensation, compensation_key
from errorflow.sdk.confluent import ConfluentEmitter
from errorflow.sdk.context import RunContext, current_run
from errorflow.sdk.emitter import Emitter, KafkaEmitter, MemoryEmitter
from errorflow.sdk.error_response import error_response
from errorflow.sdk.fallback import CachedFallback, cached_fallback
from errorflow.sdk.heartbeats import heartbeat
from errorflow.sdk.operation import operation
from errorflow.sdk.redact import REDACTED, Redactor
from errorflow.sdk.registry import REGISTRY, OperationRegistry, OperationSpec
from errorflow.sdk.runtime import configure, runtime, shutdown
from errorflow.sdk.scrub import Scrubber
from errorflow.sdk.submit import submit

__all__ = [
    "REDACTED",
    "REGISTRY",
    "CachedFallback",
    "ConfluentEmitter",
    "Emitter",
    "KafkaEmitter",
    "MemoryEmitter",
    "OperationRegistry",
    "OperationSpec",
    "Redactor",
    "RunContext",
    "Scrubber",
    "cached_fallback",
    "compensate",
    "compensation",
    "compensation_key",
    "configure",
    "current_run",
    "error_response",
    "heartbeat",
    "operation",
    "runtime",
    "shutdown",
    "submit",
]
