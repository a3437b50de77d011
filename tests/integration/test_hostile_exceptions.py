"""Issue 9 item 3 end to end: every hostile exception gives each run a terminal state in ClickHouse.

Direct ``@operation`` calls (with the real capture, and with capture made to
raise) and runner commands raise each kind of hostile exception; the caller
gets the very exception raised, and the store has a failed event and a failed
run for each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from errorflow.embedded.stack import EmbeddedStack
from errorflow.sdk import configure, operation, shutdown
from errorflow.sdk import recorder as recorder_module
from errorflow.sdk.runtime import runtime
from tests.hostile_exceptions import EXPECTED_MESSAGE, HOSTILE
from tests.integration import recovery_support as support
from tests.integration.conftest import RunningStack
from tests.integration.helpers import wait_for_rows
from tests.integration.hostile_ops import EXITS

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def stack(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    settings = support.recovery_settings(kafka_bootstrap, tmp_path_factory.mktemp("hostile"), name="hos")
    embedded = EmbeddedStack(settings, ops_modules=("tests.integration.hostile_ops",))
    embedded.start(ready_timeout_s=90)
    try:
        yield RunningStack(embedded, settings)
    finally:
        embedded.stop()


def _raise_directly(kind: str, suffix: str) -> None:
    error = HOSTILE[kind]()

    @operation(name=f"hostile_{kind}_{suffix}", service="it-hostile", register=False)
    def work() -> None:
        raise error

    with pytest.raises(BaseException) as raised:
        work()
    assert raised.value is error, f"{kind}: the caller gets the very exception raised"


def _failed_first_attempts(stack: RunningStack, roots: Iterable[str], *, what: str) -> list[dict[str, Any]]:
    """The failed first attempts of the runs ``roots``, once there is one for each."""
    wanted = list(roots)
    in_list = ", ".join(f"'{root}'" for root in wanted)
    return wait_for_rows(
        lambda: stack.rows(
            "SELECT root_run_id, error_type FROM {db}.taskrun_events "
            f"WHERE status = 'failed' AND attempt = 1 AND root_run_id IN ({in_list})"
        ),
        count=len(wanted),
        timeout_s=90,
        what=what,
    )


def test_every_hostile_run_ends_failed(stack: RunningStack, monkeypatch: pytest.MonkeyPatch) -> None:
    configure(stack.settings, service="it-hostile-caller")
    try:
        for kind in HOSTILE:
            _raise_directly(kind, "capture")

        def broken(exc: BaseException) -> dict[str, Any]:
            raise RuntimeError("capture blew up")

        with monkeypatch.context() as patch:
            patch.setattr(recorder_module, "_capture_context", broken)
            for kind in HOSTILE:
                _raise_directly(kind, "nocapture")
        roots = {kind: support.start("hostile_runner", {"kind": kind}).root_run_id for kind in HOSTILE}
        assert runtime().emitter.flush(10)
    finally:
        shutdown()

    direct = 2 * len(HOSTILE)
    rows = wait_for_rows(
        lambda: stack.rows(
            "SELECT operation, error_message, error_type, error_traceback, error_context FROM {db}.taskrun_events "
            "WHERE status = 'failed' AND channel = 'direct' AND attempt = 1 AND operation LIKE 'hostile_%'"
        ),
        count=direct,
        timeout_s=90,
        what="a failed event for every direct hostile run",
    )
    by_operation = {str(row["operation"]): row for row in rows}
    assert len(by_operation) == direct
    for kind, message in EXPECTED_MESSAGE.items():
        for suffix in ("capture", "nocapture"):
            assert by_operation[f"hostile_{kind}_{suffix}"]["error_message"] == message
    assert all("Traceback (most recent call last)" in str(row["error_traceback"]) for row in rows)

    runs = wait_for_rows(
        lambda: stack.rows(
            "SELECT operation, status, finished FROM {db}.taskrun_runs "
            "WHERE operation LIKE 'hostile_%' AND operation != 'hostile_runner' AND finished"
        ),
        count=direct,
        timeout_s=60,
        what="every direct hostile run finished",
    )
    # The recovery agent may retry or dead-letter them afterwards; each run has a terminal state either way.
    assert {row["status"] for row in runs} <= {"failed", "dead_lettered"}

    runner_rows = _failed_first_attempts(stack, roots.values(), what="a failed event for every runner hostile run")
    assert {row["root_run_id"] for row in runner_rows} == set(roots.values())


def test_an_operation_raising_what_is_not_an_exception_fails_its_attempt_and_the_runner_goes_on(
    stack: RunningStack,
) -> None:
    """``sys.exit()``, ``KeyboardInterrupt``... in an operation: one failed event each, and the same runner process.

    An async operation's ``SystemExit`` used to end the runner's event loop (the process, and every attempt
    it had in hand); the others killed the command's actor; a sync ``StopIteration`` never ended the attempt.
    """
    runner = stack.stack.processes["runner-0"]
    cases = [("exits_async", kind) for kind in EXITS] + [("exits_sync", kind) for kind in [*EXITS, "stop_iteration"]]
    configure(stack.settings, service="it-hostile-caller")
    try:
        roots = {support.start(operation, {"kind": kind}).root_run_id: (operation, kind) for operation, kind in cases}
    finally:
        shutdown()
    rows = _failed_first_attempts(
        stack, roots, what="a failed first attempt of every run whose operation raised what is not an Exception"
    )
    assert len(rows) == len(roots), "one failed event each"
    for row in rows:
        _, kind = roots[str(row["root_run_id"])]
        expected = "StopIteration" if kind == "stop_iteration" else EXITS[kind].__qualname__
        assert str(row["error_type"]).endswith(expected), row
    assert runner.poll() is None and stack.stack.processes["runner-0"] is runner, "the runner process went on"
