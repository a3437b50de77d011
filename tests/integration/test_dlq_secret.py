"""A runner run's dead letter keeps no secret of its input in the store, and its replay still has the input.

A run submitted to the runner carries its input whole (the runner needs it), and so
does its dead letter on Kafka. The sink stores the command with its input scrubbed,
and the coordinates of the record the row came from; ``errorflow dlq replay`` reads
the full input back from that record, so the runner receives the real password.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from errorflow.cli.main import main
from errorflow.cli.recovery import plan_replays, restore_inputs
from errorflow.schemas import utc_now
from errorflow.sdk import REDACTED, configure, shutdown
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for, wait_for_rows
from tests.integration.recovery_support import (
    events,
    operator_environment,
    recovery_settings,
    recovery_stack,
    start,
    wait_for_action,
)
from tests.integration.test_secrets import _string_columns

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with recovery_stack(recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("dlqsec"), name="dsec")) as running:
        yield running


@pytest.fixture
def cli_env(stack: RunningStack, monkeypatch: pytest.MonkeyPatch) -> None:
    operator_environment(stack, monkeypatch)


def _secret_in_store(stack: RunningStack, secret: str) -> list[str]:
    """Every ``table.column`` of the store with a text value holding ``secret``."""
    found: list[str] = []
    for table, names in _string_columns(stack).items():
        for name in names:
            hits = stack.value(
                f"SELECT count() FROM {{db}}.`{table}` WHERE position(toString(`{name}`), '{secret}') > 0"
            )
            if hits:
                found.append(f"{table}.{name}")
    return found


def _current(stack: RunningStack, root: str) -> dict[str, Any]:
    return wait_for(
        lambda: next(iter(stack.rows(f"SELECT * FROM {{db}}.dlq_current WHERE root_run_id = '{root}'")), None),
        timeout_s=90,
        what=f"the dead letter of {root}",
    )


def _state(stack: RunningStack, dlq_id: str) -> str:
    return str(stack.value(f"SELECT state FROM {{db}}.dlq_current WHERE dlq_id = '{dlq_id}'"))


def test_stored_dead_letter_has_no_secret_and_its_replay_gets_the_real_password(
    stack: RunningStack, cli_env: None, tmp_path: Path
) -> None:
    secret = f"pw-{uuid.uuid4().hex}"
    key_file = tmp_path / "vault-key"
    configure(stack.settings, service="it-dlqsecret-caller")
    try:
        origin = start("rec_vault", {"account_id": "acc-9", "password": secret, "key_file": str(key_file)}).root_run_id
    finally:
        shutdown()
    wait_for_action(stack, origin, "dead_lettered", timeout_s=90)
    row = _current(stack, origin)
    dlq_id = str(row["dlq_id"])

    # The store keeps the command, its input scrubbed, and the record it was built from.
    command = orjson.loads(str(row["command"]))
    assert command["input"] == {"account_id": "acc-9", "password": REDACTED, "key_file": str(key_file)}
    assert row["source_topic"] == stack.topic("taskruns.dlq")
    assert row["source_partition"] is not None and row["source_offset"] is not None
    assert _secret_in_store(stack, secret) == []

    # A record that is not there (retention took it) cannot give the input: a skip that asks for --input.
    gone = dict(row, source_offset=10**12)
    (lost,) = restore_inputs(stack.settings, plan_replays([gone], now=utc_now(), user="ops"))
    assert lost.command is None and "--input" in lost.skipped

    # Replayed before the key is there: the replay fails, and the outcome written back from the store
    # still names a record holding the full command (the recovery agent read it back from Kafka).
    assert main(["dlq", "replay", dlq_id, "--user", "ops-ann"]) == 0
    wait_for(lambda: _state(stack, dlq_id) == "failed_after_replay", timeout_s=90, what="failed_after_replay")
    assert _secret_in_store(stack, secret) == []

    # The operator provides the key; the replay runs with the real password, read back from Kafka.
    key_file.write_text(secret)
    assert main(["dlq", "replay", dlq_id, "--user", "ops-ann"]) == 0
    wait_for(lambda: _state(stack, dlq_id) == "succeeded_after_replay", timeout_s=90, what="succeeded_after_replay")
    replay_root = str(stack.value(f"SELECT replay_run_id FROM {{db}}.dlq_current WHERE dlq_id = '{dlq_id}'"))
    replay_events = wait_for_rows(lambda: events(stack, replay_root), count=3, what="the replay's lifecycle events")
    assert [e["status"] for e in replay_events if e["status"] in ("success", "failed")] == ["success"]

    # Every version the replay added (replayed, succeeded_after_replay) is stored scrubbed too,
    # and names its own record on the DLQ-state topic.
    current = _current(stack, origin)
    assert orjson.loads(str(current["command"]))["input"]["password"] == REDACTED
    assert current["source_topic"] == stack.topic("taskruns.dlq.state")
    assert _secret_in_store(stack, secret) == []
