"""The SDK services use: ``@operation``, ``configure``, ``submit`` and the registry."""

from errorflow.sdk.confluent import ConfluentEmitter
from errorflow.sdk.context import RunContext, current_run
from errorflow.sdk.emitter import Emitter, KafkaEmitter, MemoryEmitter
from errorflow.sdk.error_response import error_response
from errorflow.sdk.operation import operation
from errorflow.sdk.redact import REDACTED, Redactor
from errorflow.sdk.registry import REGISTRY, OperationRegistry, OperationSpec
from errorflow.sdk.runtime import configure, runtime, shutdown
from errorflow.sdk.scrub import Scrubber
from errorflow.sdk.submit import submit

__all__ = [
    "REDACTED",
    "REGISTRY",
    "ConfluentEmitter",
    "Emitter",
    "KafkaEmitter",
    "MemoryEmitter",
    "OperationRegistry",
    "OperationSpec",
    "Redactor",
    "RunContext",
    "Scrubber",
    "configure",
    "current_run",
    "error_response",
    "operation",
    "runtime",
    "shutdown",
    "submit",
]
