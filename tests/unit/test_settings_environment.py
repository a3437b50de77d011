"""Settings given in code rebuild themselves from the environment of a child process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from errorflow.embedded.stack import EmbeddedStack
from errorflow.settings import Settings


def given_in_code(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path,
        log_level="INFO",
        kafka={"fetch_max_wait_s": 0.05},
        clickhouse={"url": "http://analyst:s3cret@db:8123", "retention_days": {"taskrun_events": 30}},
        sink={"batch_max_rows": 7, "fast_path": False},
        sdk={"redact_keys": ("pin", "otp"), "heartbeat_timeout_s": None, "spool_dir": tmp_path / "spool"},
        anomaly={"enabled": False, "eval_interval_s": 0.5},
        recovery={"min_confidence": 0.6},
    )


def rebuilt(environment: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Settings:
    for name in list(os.environ):
        if name.startswith("ERRORFLOW_"):
            monkeypatch.delenv(name)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return Settings()


def test_every_group_survives_the_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = given_in_code(tmp_path)
    again = rebuilt(settings.as_environment(), monkeypatch)
    assert again.model_dump() == settings.model_dump()
    assert again.clickhouse.url is not None
    assert again.clickhouse.url.get_secret_value() == "http://analyst:s3cret@db:8123"  # not the masked form
    assert again.sdk.heartbeat_timeout_s is None


def test_defaults_are_not_written(tmp_path: Path) -> None:
    assert Settings(data_dir=tmp_path).as_environment() == {"ERRORFLOW_DATA_DIR": str(tmp_path)}


def test_the_embedded_stack_hands_its_settings_to_its_children(tmp_path: Path) -> None:
    """Before, only recovery and health settings reached the pipeline: a sink or anomaly setting was lost."""
    stack = EmbeddedStack(given_in_code(tmp_path))
    env = stack._env("127.0.0.1:9092")
    assert env["ERRORFLOW_SINK__BATCH_MAX_ROWS"] == "7"
    assert env["ERRORFLOW_ANOMALY__ENABLED"] == "false"
    assert env["ERRORFLOW_KAFKA__FETCH_MAX_WAIT_S"] == "0.05"
    assert env["ERRORFLOW_KAFKA__BOOTSTRAP"] == "127.0.0.1:9092"
    assert env["ERRORFLOW_DATA_DIR"] == str(tmp_path.resolve())
