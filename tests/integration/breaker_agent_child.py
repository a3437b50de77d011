"""``python -m tests.integration.breaker_agent_child GATES``: the breaker agent alone, in a Faust worker.

A test hook, not a mock: the broker, the agent, its table and its producer are
real. The inputs of a dependency named ``publish-gate-*`` are held between being
applied and being published, those of one named ``entry-gate-*`` before their
table entry is written, until the test has done what it wanted then (frozen the
broker): the child writes ``GATES/<dependency>.in-hand`` and waits for
``GATES/<dependency>.go`` (at once when it exists: later inputs, and a
redelivered one, pass). The event loop waits with it, for the moment the test
takes to send a signal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from errorflow.agents.breakers import Applied, BreakerCore, BreakerStats, breaker_configs, install_breaker_agent
from errorflow.settings import Settings
from errorflow.streams.app import build_app, run_worker
from errorflow.streams.confirmed import AckedTable, Send
from tests.integration.gates import gate


class GatedCore(BreakerCore):
    """The breaker core, holding ``publish-gate-*`` inputs after applying them."""

    def __init__(self, settings: Settings, gates: Path) -> None:
        super().__init__(breaker_configs(settings))
        self.gates = gates

    def apply(self, item: Any, snapshot: dict[str, Any] | None, **kwargs: Any) -> Applied:
        applied = super().apply(item, snapshot, **kwargs)
        if item.dependency.startswith("publish-gate-"):
            gate(self.gates, item.dependency)
        return applied


def gated_writes(gates: Path) -> None:
    """Hold the table writes of ``entry-gate-*`` dependencies."""
    write = AckedTable.write

    def gated(table: AckedTable, key: Any, value: Any) -> Send:
        if str(key).startswith("entry-gate-"):
            gate(gates, str(key))
        return write(table, key, value)

    AckedTable.write = gated  # type: ignore[method-assign]


if __name__ == "__main__":
    settings = Settings()
    gated_writes(Path(sys.argv[1]))
    app = build_app(settings, role="pipeline")
    install_breaker_agent(app, settings, core=GatedCore(settings, Path(sys.argv[1])), stats=BreakerStats())
    run_worker(app, loglevel="warn")
