"""The replay commands start without the stores: mapping rows and building SQL import neither pyarrow nor chDB."""

from __future__ import annotations

import subprocess
import sys

import pytest

# A fresh interpreter: what the commands' modules import, and nothing a test imported before.
PROBE = """
import sys
from errorflow.cli import recovery, replay
from errorflow.sinks.rows import dead_letter_from_row
print(sorted(name for name in ("pyarrow", "numpy", "chdb", "clickhouse_connect") if name in sys.modules))
from errorflow.sinks import open_store  # the package still exports the stores, imported on first use
print("pyarrow" in sys.modules)
"""


def test_the_replay_commands_import_no_store_until_one_is_opened() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.split("\n")[:2] == ["[]", "True"], result.stdout + result.stderr


def test_a_name_the_package_does_not_export_is_an_attribute_error() -> None:
    import errorflow.sinks

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        errorflow.sinks.nope  # noqa: B018 - the attribute access is the test


# The function ``migrate`` shares its submodule's name: the submodule imported first must not take it.
MIGRATE = """
from errorflow.sinks.migrate import apply_part_storage
from errorflow.sinks import migrate
import errorflow.sinks
print(callable(migrate), errorflow.sinks.migrate is migrate)
"""


def test_the_package_migrate_stays_the_function_once_its_submodule_is_imported() -> None:
    result = subprocess.run([sys.executable, "-c", MIGRATE], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "True True", result.stdout + result.stderr
