"""``python -m tests.integration.stuck_pipeline``: the pipeline, whose classifier blocks for good on a marked event.

A test hook, not a mock: the broker, the store and every other agent are real.
A batch holding :data:`MARK` blocks the classifier agent's thread the way a C
call that never returns would (the thread waits, its event loop with it), so the
agent's task keeps running while the agent makes no progress.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from errorflow.agents import classifier as classifier_agent

MARK = b"block-the-classifier-thread"
"""Bytes in an event's value that make the classifier block."""

_never = threading.Event()
_classify_records = classifier_agent.classify_records


def _blocking_classify_records(batches: Any, **options: Any) -> Any:
    if any(MARK in (message.value or b"") for messages in batches.values() for message in messages):
        _never.wait()
    return _classify_records(batches, **options)


if __name__ == "__main__":
    classifier_agent.classify_records = _blocking_classify_records
    from errorflow.cli.main import main

    sys.exit(main(["pipeline"]))
