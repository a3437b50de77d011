"""An operation for the runner's durability test: it returns once the test opens its gate.

``errorflow worker --ops tests.integration.durable_ops`` imports it. The call
writes ``<gate>.running`` when it starts and returns when the file ``gate``
exists, so the test can freeze the broker while the call is in hand.
"""

from __future__ import annotations

import time
from pathlib import Path

from errorflow.sdk import operation


@operation(name="it_durable_gate", service="it-durable")
def gate(gate: str, padding: str = "") -> int:
    """Wait for the gate; ``padding`` makes the outcome (which carries the command) as large as the test needs."""
    path = Path(gate)
    path.with_suffix(".running").touch()
    while not path.exists():
        time.sleep(0.05)
    return len(padding)
