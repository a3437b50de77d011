"""A runner operation that raises the hostile exception its input names (tests.hostile_exceptions)."""

from __future__ import annotations

from errorflow.sdk import operation
from tests.hostile_exceptions import HOSTILE


@operation(name="hostile_runner", service="it-hostile")
def hostile_runner(kind: str) -> None:
    """Raise one hostile kind; the runner must still report a terminal failed event."""
    raise HOSTILE[kind]()
