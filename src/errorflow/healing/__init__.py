"""Self-healing policy: when to restart a crashed child, when to stop, when a backlog needs workers.

Pure: no I/O, no Kafka, no ClickHouse, no clock of its own (callers pass
``now``). The adapters are the supervisor of ``errorflow up``
(:mod:`errorflow.embedded.stack`) and the pipeline's backlog monitor
(:mod:`errorflow.health`). See ``docs/healing.md``.
"""

from errorflow.healing.backlog import (
    RECOMMENDATION,
    BacklogAssessment,
    BacklogMonitor,
    BacklogRule,
    BacklogTransition,
    RateMeter,
)
from errorflow.healing.restart import CrashHistory, RestartDecision, RestartPolicy

__all__ = [
    "RestartPolicy",
    "RestartDecision",
    "CrashHistory",
    "BacklogRule",
    "BacklogAssessment",
    "RateMeter",
    "BacklogMonitor",
    "BacklogTransition",
    "RECOMMENDATION",
]
