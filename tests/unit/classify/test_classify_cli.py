"""``errorflow classify``: one verdict per input line, in order; bad lines become error lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

from errorflow.classify.cli import run_classify

LINES = [
    {"exc_type": "builtins.OSError", "message": "[Errno 28] No space left on device", "errno": 28},
    {"exc_type": "requests.exceptions.HTTPError", "message": "503 Server Error", "http_status": 503, "label": "x"},
    {"exc_type": "builtins.KeyError", "message": "'x'", "traceback": 'File "/app/a.py", line 1, in f\n'},
    {"exc_type": "psycopg.OperationalError", "message": "x", "code": "40001", "bases": ["psycopg.Error"]},
    {"exc_type": "a.B", "message": "job failed", "causes": [{"type": "builtins.MemoryError", "message": ""}]},
]
EXPECTED = ["resource", "transient", "permanent", "transient", "resource"]


def run(argv: list[str], text: str = "") -> tuple[int, list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_classify(argv, stdin=io.StringIO(text), stdout=out, stderr=err)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_stdin_one_verdict_per_line_in_order() -> None:
    code, records, _ = run([], "".join(json.dumps(line) + "\n" for line in LINES))
    assert code == 0
    assert [record["category"] for record in records] == EXPECTED
    assert set(records[0]) == {"category", "severity", "strategy", "retryable", "rule_id", "fingerprint", "confidence"}


def test_file_argument(tmp_path: Path) -> None:
    path = tmp_path / "errors.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in LINES) + "\n")
    code, records, _ = run([str(path)])
    assert code == 0
    assert [record["category"] for record in records] == EXPECTED


def test_malformed_lines_become_error_lines_and_order_is_kept() -> None:
    text = "\n".join(
        [
            json.dumps(LINES[0]),
            "{not json",
            "[1, 2]",
            json.dumps({"exc_type": "x.Y"}),
            json.dumps({"exc_type": "x.Y", "message": "m", "http_status": "503"}),
            "",
            json.dumps({"exc_type": "x.Y", "message": "m", "causes": "nope"}),
            json.dumps({"exc_type": "x.Y", "message": "m", "criticality": "urgent"}),
            json.dumps(LINES[1]),
        ]
    )
    code, records, _ = run(["-"], text + "\n")
    assert code == 1
    assert len(records) == 9
    assert records[0]["category"] == "resource"
    assert [record.get("line") for record in records[1:8]] == [2, 3, 4, 5, 6, 7, 8]
    assert "not valid JSON" in str(records[1]["error"])
    assert "'message' must be a string" in str(records[3]["error"])
    assert "'http_status' must be an integer" in str(records[4]["error"])
    assert records[8]["category"] == "transient"


def test_invalid_utf8_line_is_an_error_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"exc_type": "a.B", "message": "\xff"}\n' + json.dumps(LINES[0]).encode() + b"\n")
    code, records, _ = run([str(path)])
    assert code == 1
    assert records[0]["line"] == 1
    assert records[1]["category"] == "resource"


def test_rules_option(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nid = "acme.disk"\ncategory = "permanent"\nerrno = [28]\n')
    code, records, _ = run(["--rules", str(rules)], json.dumps(LINES[0]) + "\n")
    assert code == 0
    assert records[0]["rule_id"] == "acme.disk"


def test_bad_rules_file_is_a_usage_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nid = "x"\ncategory = "nope"\nmessage = "a"\n')
    code, records, err = run(["--rules", str(rules)], json.dumps(LINES[0]) + "\n")
    assert (code, records) == (2, [])
    assert "unknown category 'nope'" in err
    assert "rule 'x'" in err


def test_missing_input_file(tmp_path: Path) -> None:
    code, _, err = run([str(tmp_path / "absent.jsonl")])
    assert code == 2
    assert "cannot read" in err


def test_unknown_option_is_a_usage_error() -> None:
    code, _, _ = run(["--frobnicate"])
    assert code == 2


def test_empty_input() -> None:
    assert run([], "") == (0, [], "")


def test_explain_shows_the_evidence_chain() -> None:
    line = {"exc_type": "requests.exceptions.HTTPError", "message": "403 Client Error: rate limit exceeded for url: x"}
    code, records, _ = run(["--explain"], json.dumps(line) + "\n")
    assert code == 0
    (record,) = records
    assert record["category"] == "transient"
    chain = record["evidence"]
    assert [(item["tier"], item["role"]) for item in chain] == [
        ("http_reason", "decided"),
        ("http_status", "overruled"),
    ]
    assert chain[1]["rule_id"] == "http.403"
    assert 0.0 < record["confidence"] <= 1.0


def test_without_explain_no_evidence_key() -> None:
    _, records, _ = run([], json.dumps(LINES[1]) + "\n")
    assert "evidence" not in records[0]
