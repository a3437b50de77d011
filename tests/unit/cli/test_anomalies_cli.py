"""``errorflow anomalies replay``: events in, alerts out as JSON lines with their event time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest

from errorflow.cli.main import main

T0 = datetime(2026, 1, 5, tzinfo=timezone.utc)


def _event(n: int, at: datetime, *, failed: bool) -> bytes:
    event = {
        "event_id": f"e-{n}",
        "run_id": f"r-{n}",
        "root_run_id": f"r-{n}",
        "operation": "charge",
        "service": "checkout",
        "dependency": "payments-api",
        "status": "failed" if failed else "success",
        "occurred_at": at.isoformat(),
    }
    if failed:
        event |= {"error_type": "requests.exceptions.HTTPError", "error_message": "503 Server Error"}
    return orjson.dumps(event)


def _outage_file(path: Path, *, garbage: bool = False) -> Path:
    lines = []
    for n in range(2400):  # 20 min at 2/s; minutes 10-13 fail entirely
        at = T0 + timedelta(seconds=n / 2)
        lines.append(_event(n, at, failed=600 <= n / 2 < 780))
    if garbage:
        lines.insert(5, b'{"not": "an event"')
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_replay_prints_fire_and_resolve_with_event_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["anomalies", "replay", str(_outage_file(tmp_path / "events.jsonl"))])
    out = capsys.readouterr().out
    assert code == 0
    records = [orjson.loads(line) for line in out.splitlines()]
    kinds = [(r["alert"]["rule"], r["alert"]["labels"]["notification"]) for r in records]
    assert kinds == [("dependency_down", "fire"), ("dependency_down", "resolve")]
    fire_at = datetime.fromisoformat(records[0]["at"])
    assert T0 + timedelta(seconds=600) <= fire_at <= T0 + timedelta(seconds=606)
    assert records[0]["alert"]["severity"] == "CRITICAL"
    assert records[1]["alert"]["state"] == "resolved"


def test_replay_with_a_rules_file_and_a_refused_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("[defaults.dependency_down]\nenabled = false\n")
    code = main(["anomalies", "replay", str(_outage_file(tmp_path / "e.jsonl", garbage=True)), "--rules", str(rules)])
    captured = capsys.readouterr()
    assert code == 1
    assert "line 6: refused" in captured.err
    rules_fired = {orjson.loads(line)["alert"]["rule"] for line in captured.out.splitlines()}
    assert "dependency_down" not in rules_fired
    assert "static_rate" in rules_fired


def test_a_bad_rules_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text("[defaults.static_rate]\nthreshold = 7\n")
    assert main(["anomalies", "replay", str(_outage_file(tmp_path / "e.jsonl")), "--rules", str(rules)]) == 2
    assert "threshold" in capsys.readouterr().err
