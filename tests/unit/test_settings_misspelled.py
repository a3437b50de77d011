"""Near misses of settings' variable names, which the settings themselves would ignore without a word."""

from __future__ import annotations

import logging

import pytest

from errorflow.settings import misspelled_variables, warn_misspelled_variables


def test_near_misses_outside_the_groups_are_named_with_the_setting_they_resemble() -> None:
    environ = {
        "ERRORFLOW_CLICKHOUSE_URLL": "x",
        "ERRORFLOW_DATADIR": "x",
        "ERRORFLOW_KAFKA_BOOTSTRAPS": "x",
        "errorflow_log_levle": "x",  # the settings read names in any case
    }
    assert misspelled_variables(environ) == [
        ("ERRORFLOW_CLICKHOUSE_URLL", "ERRORFLOW_CLICKHOUSE_URL"),
        ("ERRORFLOW_DATADIR", "ERRORFLOW_DATA_DIR"),
        ("ERRORFLOW_KAFKA_BOOTSTRAPS", "ERRORFLOW_KAFKA_BOOTSTRAP"),
        ("errorflow_log_levle", "ERRORFLOW_LOG_LEVEL"),
    ]


def test_settings_other_purposes_and_group_fields_are_not_named() -> None:
    environ = {
        "ERRORFLOW_DATA_DIR": "x",  # a setting
        "ERRORFLOW_KAFKA_BOOTSTRAP": "x",  # a shorthand
        "ERRORFLOW_KAFKA__BOOTSTRAP": "x",  # a group's field
        "ERRORFLOW_KAFKA__BOOTSTAP": "x",  # refused by the settings themselves, with their own message
        "ERRORFLOW_PARENT_PID": "1",  # the embedded stack's
        "ERRORFLOW_TEST_KAFKA_BOOTSTRAP": "x",  # the test suite's: a setting's whole name inside a name of its own
        "ERRORFLOW_TEST_CLICKHOUSE_URL": "x",
        "ERRORFLOW_TEST_RUN": "1",
        "PATH": "/usr/bin",
    }
    assert misspelled_variables(environ) == []


def test_the_warning_names_the_variable_never_its_value(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        warn_misspelled_variables({"ERRORFLOW_CLICKHOUSE_URLL": "https://ops:s3cret@db:8443"})
    assert "ERRORFLOW_CLICKHOUSE_URLL is not a setting and is ignored" in caplog.text
    assert "s3cret" not in caplog.text
