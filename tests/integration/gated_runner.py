"""``python -m tests.integration.gated_runner GATES OPS``: ``errorflow worker --ops OPS``, with a gate.

A command whose bytes hold :data:`MARK` is held before it is decoded (see
:mod:`tests.integration.gates`, the gate named ``quarantine``), a dead
letter before it is sent (the gate ``dead-letter``), and, while the file
``GATES/entry.armed`` exists, an attempt whose outcome is durable before its
completed-attempts entry is written (the gate ``entry``): the test cuts the
network meanwhile, then lets the runner go on. While ``GATES/hold.armed`` exists,
a retry is held for ever before its hold until due (``GATES/hold.in-hand``
says so; awaited: the event loop goes on), for the test to kill the runner there.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from errorflow.runner import worker
from errorflow.runner.delivery import Delivery
from tests.integration.gates import gate

MARK = b"gate-quarantine"

_decode = worker.decode
_dead_letter_headers = worker.dead_letter_headers
_confirm = Delivery.confirm
_hold_until_due = worker.hold_until_due


def _gated_decode(raw: Any, *args: Any, **kwargs: Any) -> Any:
    if isinstance(raw, bytes) and MARK in raw:
        gate(Path(sys.argv[1]), "quarantine")
    return _decode(raw, *args, **kwargs)


def _gated_headers(*args: Any, **kwargs: Any) -> Any:
    gate(Path(sys.argv[1]), "dead-letter")
    return _dead_letter_headers(*args, **kwargs)


async def _gated_confirm(self: Delivery, value: str, *keys: str) -> str:
    confirmed = await _confirm(self, value, *keys)
    if value == "success" and (Path(sys.argv[1]) / "entry.armed").exists():
        gate(Path(sys.argv[1]), "entry")
    return confirmed


async def _gated_hold(command: Any, *, lead_s: float) -> float:
    gates = Path(sys.argv[1])
    if command.reason == "retry" and (gates / "hold.armed").exists():
        (gates / "hold.in-hand").touch()
        await asyncio.Event().wait()
    return await _hold_until_due(command, lead_s=lead_s)


if __name__ == "__main__":
    worker.decode = _gated_decode  # type: ignore[assignment]
    worker.dead_letter_headers = _gated_headers
    Delivery.confirm = _gated_confirm  # type: ignore[method-assign]
    worker.hold_until_due = _gated_hold
    from errorflow.cli.main import main

    sys.exit(main(["worker", "--ops", sys.argv[2]]))
