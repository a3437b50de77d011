"""Circuit breakers: the pure state machine, its configuration and a process's local view.

No Kafka, Faust or ClickHouse here (a test reads the imports). The breaker agent
(:mod:`errorflow.agents.breakers`) keeps one :class:`Breaker` per dependency in a
changelogged Faust table and publishes every :class:`Transition`; each process
using the SDK or the runner keeps a :class:`BreakerView` of them.
"""

from __future__ import annotations

from errorflow.breakers.config import SEED_EXAMPLES, BreakerConfig, BreakerConfigSet, WindowType
from errorflow.breakers.ledger import KIND_LETTERS, EventsPart, Ledger, kind_letter, tally
from errorflow.breakers.machine import REJECTING_STATES, Breaker, BreakerState, Transition
from errorflow.breakers.view import BreakerEntry, BreakerView
from errorflow.breakers.window import CountWindow, Outcomes, TimeWindow

__all__ = [
    # machine
    "Breaker",
    "BreakerState",
    "REJECTING_STATES",
    "Transition",
    # config
    "BreakerConfig",
    "BreakerConfigSet",
    "SEED_EXAMPLES",
    "WindowType",
    # windows
    "CountWindow",
    "Outcomes",
    "TimeWindow",
    # exactly-once counting
    "EventsPart",
    "KIND_LETTERS",
    "Ledger",
    "kind_letter",
    "tally",
    # clients
    "BreakerEntry",
    "BreakerView",
]
