"""Every topic errorflow uses, declared in one place.

Names are relative; :meth:`errorflow.settings.Settings.topic` adds the prefix.
Every topic is keyed by ``root_run_id`` (breakers and alerts by their own id),
so co-partitioned streams see one run's records on one partition, in order.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ALL_TOPICS", "TopicSpec", "Topics"]


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """One topic: its relative name, what it carries and its cleanup policy."""

    name: str
    carries: str
    compacted: bool = False


class Topics:
    """Relative names of errorflow's topics."""

    EVENTS = TopicSpec("taskruns.events", "TaskRunEvent: every status change of every attempt")
    COMMANDS = TopicSpec("taskruns.commands", "RunCommand: submits, retries and replays for the runner")
    RETRY = TopicSpec("taskruns.retry", "RunCommand with not_before: retries waiting for their due time")
    ATTEMPTS = TopicSpec("taskruns.attempts", "AttemptOutcome: the runner's command and final event of each attempt")
    DLQ = TopicSpec("taskruns.dlq", "DeadLetter: runs that cannot recover, with error context headers")
    DLQ_STATE = TopicSpec("taskruns.dlq.state", "DeadLetterUpdate: replayed, replay outcomes, purged")
    CLASSIFICATIONS = TopicSpec("errors.classifications", "ClassificationEvent per failed event")
    RECOVERY = TopicSpec("recovery.actions", "RecoveryActionEvent: every recovery decision")
    QUARANTINE = TopicSpec("quarantine", "QuarantineRecord: malformed records with the reason")
    BREAKERS = TopicSpec("breakers.state", "Breaker state per dependency", compacted=True)
    BREAKER_INPUTS = TopicSpec(
        "breakers.inputs", "BreakerInput: per-batch outcome counts, operator overrides and wake-ups per dependency"
    )
    ALERTS = TopicSpec("alerts", "Alerts for operators")
    HEALING = TopicSpec("healing.actions", "HealingAction: restarts, crash loops given up on, backlogs flagged")


ALL_TOPICS: tuple[TopicSpec, ...] = tuple(value for value in vars(Topics).values() if isinstance(value, TopicSpec))
