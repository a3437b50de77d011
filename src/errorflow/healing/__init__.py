"""Self-healing policy: when to restart a crashed or stuck child, when to stop, when a backlog needs workers.

Pure: no I/O, no Kafka, no ClickHouse, no clock of its own (callers pass
``now``). The adapters are the supervisor of ``errorflow up``
(:mod:`errorflow.embedded.stack`), the pipeline's backlog monitor
(:mod:`errorflow.health`) and its liveness check of agent heartbeats
(:mod:`errorflow.pipeline_health`). See ``docs/healing.md``.
"""

from errorflow.healing.backlog import (
    RECOMMENDATION,
    BacklogAssessment,
    BacklogMonitor,
    BacklogRule,
    BacklogTransition,
    RateMeter,
)
from errorflow.healing.liveness import (
    AgentPulse,
    Heartbeats,
    LivenessPolicy,
    Silence,
    WorkSlot,
    WorkTracker,
    silent_agents,
)
from errorflow.healing.restart import CrashHistory, RestartDecision, RestartPolicy
from errorflow.healing.stuck import ProbePolicy, ProbeWatch, StuckVerdict

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
    "LivenessPolicy",
    "Heartbeats",
    "AgentPulse",
    "Silence",
    "silent_agents",
    "WorkSlot",
    "WorkTracker",
    "ProbePolicy",
    "ProbeWatch",
    "StuckVerdict",
]
