"""A wrong ``ERRORFLOW_*`` variable stops the CLI with one line naming it, never with its value or a traceback."""

from __future__ import annotations

import os

import pytest

from errorflow.cli.main import main


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("ERRORFLOW_"):
            monkeypatch.delenv(name)


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("ERRORFLOW_KAFKA__PARTITIONS", "four", "ERRORFLOW_KAFKA__PARTITIONS: Input should be a valid integer"),
        # Not a setting (the notifier's URL is elsewhere), with a password in it: named, never printed.
        ("ERRORFLOW_ANOMALY__NOTIFY_URL", "https://ops:s3cret-pw@hooks.example.com/x", "NOTIFY_URL: not a setting"),
        ("ERRORFLOW_CLICKHOUSE", '{"url": ["http://ops:s3cret-pw@db:8123"]}', "CLICKHOUSE__URL: Input should"),
        # A list given whole that is not JSON: pydantic-settings' own error, a traceback before.
        ("ERRORFLOW_SDK__SCRUB_PATTERNS", "s3cret-pw", "a group or a list given in one variable must be JSON"),
        ("ERRORFLOW_KAFKA", "{s3cret-pw", 'field "kafka"'),
    ],
)
def test_a_wrong_variable_is_named_without_its_value(
    name: str, value: str, said: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(name, value)
    assert main(["config"]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("errorflow: invalid settings: ") and said in captured.err
    assert "s3cret" not in captured.err + captured.out
    assert "Traceback" not in captured.err


def test_a_misspelt_variable_outside_the_groups_is_named_with_the_setting_it_resembles(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ignored by the settings (outside every group): without the warning, errorflow ran on embedded chDB.
    monkeypatch.setenv("ERRORFLOW_CLICKHOUSE_URLL", "https://ops:s3cret-pw@db:8443")
    monkeypatch.setenv("ERRORFLOW_TEST_KAFKA_BOOTSTRAP", "127.0.0.1:1")  # a name of its own: not a typo
    with caplog.at_level("WARNING", logger="errorflow.settings"):
        assert main(["config"]) == 0
    warnings = [record.getMessage() for record in caplog.records if record.name == "errorflow.settings"]
    assert warnings == [
        "ERRORFLOW_CLICKHOUSE_URLL is not a setting and is ignored (did you mean ERRORFLOW_CLICKHOUSE_URL?)"
    ]
    assert "s3cret" not in caplog.text + capsys.readouterr().err
