"""Issue 14 items 3-5 end to end on the embedded stack (real Tansu + chDB): bulk runs, compensation, fallbacks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from errorflow.embedded.stack import EmbeddedStack
from errorflow.sdk import configure, shutdown
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for
from tests.integration.recovery_support import events, recovery_settings, start, wait_for_action

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def saga_stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """A pipeline worker and a runner for ``tests.integration.saga_ops``."""
    settings = recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("saga"), name="saga")
    stack = EmbeddedStack(settings, ops_modules=("tests.integration.saga_ops",))
    stack.start(ready_timeout_s=90)
    try:
        yield RunningStack(stack, settings)
    finally:
        stack.stop()


@pytest.fixture
def sdk(saga_stack: RunningStack) -> Iterator[None]:
    configure(saga_stack.settings, service="it-saga-caller")
    yield
    shutdown()


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_bulk_run_with_3_of_10_items_failing_retries_exactly_those_3(
    saga_stack: RunningStack, sdk: None, tmp_path: Path
) -> None:
    log = tmp_path / "bulk.log"
    items = [{"id": n} for n in range(10)]
    command = start("saga_bulk_import", {"items": items, "flaky": [2, 5, 8], "log": str(log)})
    root = command.root_run_id
    rows = wait_for_action(saga_stack, root, "succeeded_after_retry", timeout_s=90)

    [retry] = [r for r in rows if r["action"] == "retry_scheduled"]
    assert (retry["attempt"], retry["category"]) == (1, "transient")
    done = _lines(log)
    assert sorted(e["id"] for e in done if e["attempt"] == 1) == list(range(10))
    assert sorted(e["id"] for e in done if e["attempt"] == 2) == [2, 5, 8]  # the successful 7 never ran again
    assert not [e for e in done if e["attempt"] > 2]
    # The retry's input carried the subset, as its recorded events show.
    second = wait_for(
        lambda: saga_stack.rows(
            f"SELECT input_dump, status FROM {{db}}.taskrun_events WHERE root_run_id = '{root}' "
            "AND attempt = 2 AND status = 'success'"
        ),
        timeout_s=30,
        what="attempt 2's success event",
    )
    assert json.loads(str(second[0]["input_dump"]))["items"] == [{"id": 2}, {"id": 5}, {"id": 8}]
    assert [e["status"] for e in events(saga_stack, root) if e["status"] in ("failed", "success")] == [
        "failed",
        "success",
    ]
