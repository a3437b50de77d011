"""The pure recovery core: policies, backoff, decisions, run state and the retry schedule.

Nothing in this package performs I/O on Kafka or ClickHouse, reads a clock or
draws from a global random source: the recovery agents (``errorflow.agents``)
pass the time, the random source and the records in, and emit what comes out.
A unit test reads the imports to keep faust, aiokafka, chdb and
clickhouse_connect out. The one file read is :meth:`PolicySet.from_toml`, called
at start-up.
"""

from errorflow.recovery.backoff import (
    delay_bounds,
    delay_for,
    exponential_delay,
    theoretical_recovery_rate,
    theoretical_retry_recovery_rate,
)
from errorflow.recovery.planner import (
    Decision,
    FailFast,
    GiveUpReason,
    RetrySchedule,
    SendToDeadLetter,
    build_replay_command,
    build_retry_command,
    command_from_event,
    decide,
    decision_rng,
    previous_delay_from,
    run_started_at_from,
)
from errorflow.recovery.policy import (
    DEFAULT_RESOURCE_WAIT_S,
    Category,
    JitterMode,
    OnExhausted,
    PolicySet,
    RetryPolicy,
    default_policies,
)
from errorflow.recovery.records import (
    action_event,
    attempt_history,
    build_dead_letter,
    replay_action,
    success_action,
)
from errorflow.recovery.scheduler import RetryScheduler, Scheduled, retry_due_at
from errorflow.recovery.state import RunState, RunStatus, TerminalMark, TerminalState, fold_run, terminal_state

__all__ = [
    # policies
    "DEFAULT_RESOURCE_WAIT_S",
    "Category",
    "JitterMode",
    "OnExhausted",
    "PolicySet",
    "RetryPolicy",
    "default_policies",
    # backoff
    "delay_bounds",
    "delay_for",
    "exponential_delay",
    "theoretical_recovery_rate",
    "theoretical_retry_recovery_rate",
    # decisions and commands
    "Decision",
    "FailFast",
    "GiveUpReason",
    "RetrySchedule",
    "SendToDeadLetter",
    "build_replay_command",
    "build_retry_command",
    "command_from_event",
    "decide",
    "decision_rng",
    "previous_delay_from",
    "run_started_at_from",
    # records
    "action_event",
    "attempt_history",
    "build_dead_letter",
    "replay_action",
    "success_action",
    # run state
    "RunState",
    "RunStatus",
    "TerminalMark",
    "TerminalState",
    "fold_run",
    "terminal_state",
    # retry schedule
    "RetryScheduler",
    "Scheduled",
    "retry_due_at",
]
