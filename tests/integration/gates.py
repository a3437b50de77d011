"""Gates that hold a child process's work at a chosen point until the test has done what it wanted then.

A test hook, not a mock: the child waits (its event loop with it) for the moment
the test takes to freeze the broker or send a signal.
"""

from __future__ import annotations

import time
from pathlib import Path


def gate(gates: Path, name: str) -> None:
    """Write ``GATES/NAME.in-hand``, then wait for ``GATES/NAME.go`` (at once when it exists)."""
    (gates / f"{name}.in-hand").touch()
    while not (gates / f"{name}.go").exists():
        time.sleep(0.01)
