"""Issue 9, items 11 and 13: the command line as a user meets it, in subprocesses.

``errorflow ... | head`` ends quietly; read commands in a folder without a store
say so, and how to point at one, and create nothing; ``errorflow config`` prints
the effective settings with secrets masked; ``log_level`` sets errorflow's loggers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from errorflow.children import spawn

pytestmark = pytest.mark.integration


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without any errorflow setting, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ERRORFLOW_")}
    env.update(extra)
    return env


def _cli(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "errorflow", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


@pytest.mark.parametrize("args", [("config",), ("--help",), ("dlq", "--help")])
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path, args: tuple[str, ...]) -> None:
    with spawn(
        [sys.executable, "-m", "errorflow", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_clean_env(),
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # like `| head` that has read enough, before the command writes
        stderr = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert code in (0, 141), stderr  # 141 = 128 + SIGPIPE, like other Unix tools; argparse's help ends with 0
    assert stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ("sql", "SELECT count() FROM taskrun_events"),
        ("stats",),
        ("dlq", "list"),
        ("runs", "list"),
    ],
)
def test_read_commands_without_a_store_say_so_and_create_nothing(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = _cli(*args, cwd=tmp_path, env=_clean_env())
    assert result.returncode == 2, result.stdout
    assert "no errorflow store in" in result.stderr and str(tmp_path / ".errorflow") in result.stderr
    for hint in ("ERRORFLOW_DATA_DIR", "ERRORFLOW_CLICKHOUSE_URL", "errorflow up"):
        assert hint in result.stderr
    assert "UNKNOWN_TABLE" not in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_store_without_errorflow_s_database_is_no_store_either(tmp_path: Path) -> None:
    made = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from errorflow.sinks import ChdbStore;"
            " ChdbStore(Path(sys.argv[1]), database='someone_else').close()",
            str(tmp_path / "data" / "chdb"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    result = _cli("sql", "SELECT 1", cwd=tmp_path, env=_clean_env(ERRORFLOW_DATA_DIR=str(tmp_path / "data")))
    assert result.returncode == 2 and "no errorflow store in" in result.stderr, result.stderr
    assert "database 'errorflow'" in result.stderr
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from errorflow.sinks import ChdbStore;"
            " s = ChdbStore(Path(sys.argv[1]), database='someone_else', create_database=False);"
            " print(s.query_value(\"SELECT count() FROM system.databases WHERE name = 'errorflow'\")); s.close()",
            str(tmp_path / "data" / "chdb"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.stdout.strip() == "0", check.stderr  # the reader created no database


def test_config_prints_effective_settings_with_secrets_masked(tmp_path: Path) -> None:
    env = _clean_env(
        ERRORFLOW_CLICKHOUSE_URL="http://writer:s3cr3t-pw@clickhouse:8123",
        ERRORFLOW_CLICKHOUSE__ANALYST_URL="http://analyst:an4lyst-pw@clickhouse:8123",
        ERRORFLOW_SINK__BATCH_MAX_ROWS="1234",
    )
    table = _cli("config", cwd=tmp_path, env=env)
    assert table.returncode == 0, table.stderr
    assert "s3cr3t-pw" not in table.stdout and "an4lyst-pw" not in table.stdout
    assert "sink.batch_max_rows" in table.stdout and "1234" in table.stdout
    assert "ERRORFLOW_SINK__BATCH_MAX_ROWS" in table.stdout
    as_json = _cli("config", "--json", cwd=tmp_path, env=env)
    payload = orjson.loads(as_json.stdout)
    assert payload["settings"]["clickhouse.url"] == "**********"
    assert payload["settings"]["clickhouse.analyst_url"] == "**********"
    assert payload["settings"]["sink.batch_max_rows"] == 1234
    assert payload["retry_policies"]["transient"]["max_attempts"] >= 1
    assert list(tmp_path.iterdir()) == []


def test_log_level_sets_the_level_of_errorflow_s_loggers(tmp_path: Path) -> None:
    probe = (
        "import logging, sys; from errorflow.cli.main import configure_logging;"
        " configure_logging(verbose=False); logging.getLogger('errorflow.probe').info('probe-info');"
        " logging.getLogger('errorflow.probe').debug('probe-debug'); logging.getLogger('other').info('other-info')"
    )
    quiet = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=_clean_env(), timeout=60)
    assert "probe-info" not in quiet.stderr, quiet.stderr
    debug = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=_clean_env(ERRORFLOW_LOG_LEVEL="debug"),
        timeout=60,
    )
    assert "probe-info" in debug.stderr and "probe-debug" in debug.stderr, debug.stderr
    assert "other-info" not in debug.stderr  # other libraries stay at WARNING
    bad = _cli("config", cwd=tmp_path, env=_clean_env(ERRORFLOW_LOG_LEVEL="chatty"))
    assert bad.returncode == 2 and "log_level 'chatty'" in bad.stderr, bad.stderr


@pytest.mark.parametrize("args", [("sql", "SELECT 1"), ("dlq", "list"), ("runs", "show", "r1"), ("stats",)])
def test_a_stack_whose_pipeline_does_not_answer_is_one_line_not_a_traceback(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    # `errorflow up` is running (its supervisor lives) but its pipeline is down: crashed, being
    # restarted, or killed. The read commands go to the pipeline's SQL endpoint, which refuses.
    import socket

    from errorflow.sdk.runtime import STACK_STATE_FILE

    with socket.socket() as closed:  # a loopback port nothing listens on once closed
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    data = tmp_path / "data"
    data.mkdir()
    (data / STACK_STATE_FILE).write_bytes(
        orjson.dumps(
            {
                "kafka_bootstrap": "127.0.0.1:1",
                "query_url": f"http://127.0.0.1:{port}/sql",
                "data_dir": str(data),
                "clickhouse": "chdb",
                "supervisor_pid": os.getpid(),  # alive while the test runs
                "logs": {"pipeline": str(data / "logs" / "pipeline.log")},
            }
        )
    )
    result = _cli(*args, cwd=tmp_path, env=_clean_env(ERRORFLOW_DATA_DIR=str(data)))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"127.0.0.1:{port}" in result.stderr and "pipeline.log" in result.stderr, result.stderr


def test_up_in_a_data_dir_it_cannot_make_says_so_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _cli("up", "--data-dir", str(blocker / "data"), cwd=tmp_path, env=_clean_env())
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr == (
        f"errorflow: cannot use the data dir {blocker / 'data'}: Not a directory; "
        "give a writable folder with --data-dir or ERRORFLOW_DATA_DIR\n"
    )


def test_a_command_that_sends_to_a_broker_nobody_runs_is_one_line_and_sends_nothing(tmp_path: Path) -> None:
    """``breakers`` overrides (and replays, through the same producer) meet a closed port: exit 2, no traceback."""
    import socket

    with socket.socket() as probe:  # a port nobody listens on: bound, then closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = _clean_env(ERRORFLOW_KAFKA__BOOTSTRAP=f"127.0.0.1:{port}", ERRORFLOW_DATA_DIR=str(tmp_path))
    done = _cli("breakers", "force-open", "pay-api", "--reason", "maintenance", "--new", cwd=tmp_path, env=env)
    assert done.returncode == 2, done.stderr
    assert f"no Kafka broker answered at 127.0.0.1:{port}" in done.stderr and "nothing sent" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
