"""The emitter imports its Kafka client where it is built, and a producer that cannot start never blocks the spool.

A process forked while another of its threads imports a module keeps that module
half initialised: a child forked just after ``configure()``, while the emitter's
thread was importing confluent-kafka on its first connect, failed every connect
(``ImportError ... partially initialized module``) and never spooled its records
(``tests/integration/test_spool_processes.py`` hung on it about one run in three).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from errorflow.sdk.emitter import KafkaEmitter

# Run in a fresh interpreter: the client is not imported yet, and the emitter's thread never starts.
PROBE = """
import sys, threading
threading.Thread.start = lambda self: None  # the emitter's thread never runs: only its constructor imports
from errorflow.sdk.{module} import {cls}
assert "{client}" not in sys.modules, "imported before the emitter was built"
{cls}(bootstrap="127.0.0.1:9", spool_dir=__import__("pathlib").Path(sys.argv[1]))
print("{client}" in sys.modules)
"""


@pytest.mark.parametrize(
    ("module", "cls", "client"),
    [("confluent", "ConfluentEmitter", "confluent_kafka"), ("emitter", "KafkaEmitter", "aiokafka")],
)
def test_the_constructor_imports_the_client_not_the_emitters_thread(
    tmp_path: Path, module: str, cls: str, client: str
) -> None:
    code = PROBE.format(module=module, cls=cls, client=client)
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "True", result.stderr


class _BrokenClient(KafkaEmitter):
    """A client that cannot even start (as a half-imported one could not)."""

    async def _connect(self) -> Any:
        raise ImportError("cannot import name 'KafkaException' from partially initialized module 'confluent_kafka'")


def test_a_producer_that_cannot_start_leaves_the_records_to_the_spool(tmp_path: Path) -> None:
    emitter = _BrokenClient(bootstrap="127.0.0.1:9", spool_dir=tmp_path / "spool")
    try:
        for n in range(7):
            emitter.emit("t", b"k", f"record-{n}".encode())
        assert emitter.flush(timeout_s=30) is False  # everything spooled (the spool is not empty)
        assert emitter.spooled == 7
        found = emitter.spool.oldest()
        assert found is not None and [record.value for record in found[1]] == [f"record-{n}".encode() for n in range(7)]
    finally:
        emitter.close(timeout_s=1)
