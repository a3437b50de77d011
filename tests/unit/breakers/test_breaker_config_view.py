"""Breaker configuration from the policies file, the local view's fail-fast check, and purity."""

from __future__ import annotations

import ast
import importlib
import math
import pkgutil
import threading
from pathlib import Path

import pytest

import errorflow.breakers
from errorflow.breakers import SEED_EXAMPLES, Breaker, BreakerConfig, BreakerConfigSet, BreakerView, Outcomes
from errorflow.errors import CircuitOpenError, ConfigurationError
from errorflow.recovery import PolicySet

POLICIES = """
[categories.transient]
max_attempts = 6

[breakers.defaults]
minimum_calls = 20

[breakers.dependencies.comfyui]
sliding_window_size = 3
minimum_calls = 3
failure_rate_threshold = 1.0
wait_open_s = 30

[breakers.dependencies.storage]
sliding_window_size = 5
minimum_calls = 5
failure_rate_threshold = 1.0
wait_open_s = 60
"""


def test_breakers_share_the_policies_file(tmp_path: Path) -> None:
    path = tmp_path / "policies.toml"
    path.write_text(POLICIES)
    assert PolicySet.from_toml(path).policy_for("transient").max_attempts == 6  # [breakers] is not an error there
    breakers = BreakerConfigSet.from_toml(path)
    assert breakers.defaults.minimum_calls == 20
    assert breakers.config_for("comfyui").wait_open_s == 30 and breakers.config_for("comfyui").minimum_calls == 3
    assert breakers.config_for("storage").sliding_window_size == 5
    assert breakers.config_for("storage").slow_call_duration_s == 60.0  # built-in default below the override
    assert breakers.config_for("elsewhere") == breakers.defaults


def test_seed_examples_behave_like_n_failures_then_open() -> None:
    configs = BreakerConfigSet.from_mapping({"dependencies": SEED_EXAMPLES})
    for dependency, failures, wait in (("comfyui", 3, 30.0), ("storage", 5, 60.0), ("gpu_allocation", 2, 120.0)):
        breaker = Breaker(dependency, configs.config_for(dependency))
        assert breaker.record(Outcomes(failures=failures - 1), 10.0) == []
        [transition] = breaker.record(Outcomes(failures=1), 11.0)
        assert transition.open_until == 11.0 + wait


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"dependencies": {"db": {"minimum_calls": 0}}}, "dependency 'db': minimum_calls must be >= 1"),
        ({"defaults": {"failure_rate_threshold": 1.5}}, r"failure_rate_threshold must be in \(0, 1\]"),
        ({"dependencies": {"db": {"nope": 1}}}, "unknown breaker field"),
        ({"dependencies": {"db": {"sliding_window_type": "ring"}}}, "sliding_window_type"),
        ({"dependencies": {"db": {"sliding_window_size": 3, "minimum_calls": 5}}}, "could never open"),
        ({"extra": {}}, "unknown table"),
    ],
)
def test_bad_breaker_config_names_the_problem(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        BreakerConfigSet.from_mapping(data)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def record(state: str, sequence: int, open_until: float | None = None, trials: int = 2) -> dict[str, object]:
    return {
        "dependency": "db",
        "state": state,
        "sequence": sequence,
        "open_until": open_until,
        "trials_per_process": trials,
    }


def test_view_fails_fast_while_open_with_the_trial_time() -> None:
    clock = Clock(100.0)
    view = BreakerView(clock=clock)
    view.check("db")  # nothing known: closed
    view.update(record("open", 1, open_until=130.0))
    with pytest.raises(CircuitOpenError) as caught:
        view.check("db")
    assert caught.value.retry_at == 130.0 and caught.value.dependency == "db" and caught.value.retriable


def test_view_admits_at_most_its_trials_per_half_open_period() -> None:
    clock = Clock(100.0)
    view = BreakerView(clock=clock)
    view.update(record("open", 1, open_until=130.0, trials=2))
    clock.now = 130.0  # the wait ended by this process's clock: trials before the agent's record
    view.check("db")
    # The agent's HALF_OPEN record of the same period does not refill the budget.
    view.update(record("half_open", 2, trials=2))
    view.check("db")
    with pytest.raises(CircuitOpenError, match="half_open"):
        view.check("db")
    view.update(record("closed", 3))
    for _ in range(100):
        view.check("db")


def test_view_trials_across_threads_never_exceed_the_budget() -> None:
    view = BreakerView(clock=Clock(200.0))
    view.update(record("half_open", 4, trials=3))
    admitted: list[int] = []

    def call() -> None:
        try:
            view.check("db")
            admitted.append(1)
        except CircuitOpenError:
            pass

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(admitted) == 3


def test_view_keeps_the_newest_record_per_dependency() -> None:
    view = BreakerView(clock=Clock(0.0))
    assert view.update(record("forced_open", 5))
    assert not view.update(record("closed", 4))  # an older record read later (no compaction on Tansu)
    entry = view.state_of("db")
    assert entry is not None and entry.state == "forced_open" and entry.reject_until == math.inf
    with pytest.raises(CircuitOpenError) as caught:
        view.check("db")
    assert caught.value.retry_at is None


def test_default_trials_per_process_follow_half_open_calls() -> None:
    assert BreakerConfig(half_open_calls=4).trials_per_process == 4
    assert BreakerConfig(half_open_calls=4, half_open_calls_per_process=1).trials_per_process == 1


FORBIDDEN = ("faust", "mode", "aiokafka", "kafka", "chdb", "clickhouse_connect", "errorflow.streams", "errorflow.sinks")


def test_breakers_import_no_io_frameworks() -> None:
    modules = sorted(Path(errorflow.breakers.__file__).parent.glob("*.py"))
    assert len(modules) >= 5
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.module
                else []
            )
            for name in names:
                assert not any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN), f"{path.name}: {name}"


def test_every_module_exports_what_it_declares() -> None:
    for info in pkgutil.iter_modules(errorflow.breakers.__path__, "errorflow.breakers."):
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", []):
            assert hasattr(module, name), f"{info.name}.__all__ names missing {name}"
