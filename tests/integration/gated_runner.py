"""``python -m tests.integration.gated_runner GATES OPS``: ``errorflow worker --ops OPS``, with a gate.

A command whose bytes hold :data:`MARK` is held before it is decoded (see
:mod:`tests.integration.gates`, the gate named ``quarantine``): the test
freezes the broker meanwhile, then lets the runner find it malformed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from errorflow.runner import worker
from tests.integration.gates import gate

MARK = b"gate-quarantine"

_decode = worker.decode


def _gated_decode(raw: Any, *args: Any, **kwargs: Any) -> Any:
    if isinstance(raw, bytes) and MARK in raw:
        gate(Path(sys.argv[1]), "quarantine")
    return _decode(raw, *args, **kwargs)


if __name__ == "__main__":
    worker.decode = _gated_decode  # type: ignore[assignment]
    from errorflow.cli.main import main

    sys.exit(main(["worker", "--ops", sys.argv[2]]))
