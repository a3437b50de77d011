"""``python -m tests.integration.gated_runner GATES OPS``: ``errorflow worker --ops OPS``, with a gate.

A command whose bytes hold :data:`MARK` is held before it is decoded (see
:mod:`tests.integration.gates`, the gate named ``quarantine``), and a dead
letter before it is sent (the gate ``dead-letter``): the test cuts the
network meanwhile, then lets the runner go on.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from errorflow.runner import worker
from tests.integration.gates import gate

MARK = b"gate-quarantine"

_decode = worker.decode
_dead_letter_headers = worker.dead_letter_headers


def _gated_decode(raw: Any, *args: Any, **kwargs: Any) -> Any:
    if isinstance(raw, bytes) and MARK in raw:
        gate(Path(sys.argv[1]), "quarantine")
    return _decode(raw, *args, **kwargs)


def _gated_headers(*args: Any, **kwargs: Any) -> Any:
    gate(Path(sys.argv[1]), "dead-letter")
    return _dead_letter_headers(*args, **kwargs)


if __name__ == "__main__":
    worker.decode = _gated_decode  # type: ignore[assignment]
    worker.dead_letter_headers = _gated_headers
    from errorflow.cli.main import main

    sys.exit(main(["worker", "--ops", sys.argv[2]]))
