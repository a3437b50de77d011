"""``errorflow classify``: classify JSON Lines of errors, so operators can test rules against their own logs.

Each input line is a JSON object with ``exc_type`` and ``message`` and,
optionally, ``http_status``, ``errno``, ``code``, ``bases``, ``causes``,
``traceback`` and ``criticality`` (other keys are ignored). Each output line is,
in input order, either the verdict::

    {"category": "transient", "severity": "MEDIUM", "strategy": "retry_with_backoff",
     "retryable": true, "rule_id": "http.503", "fingerprint": "3f2a9c0d1e4b5a6f", "confidence": 0.9}

or, for a line that cannot be classified, ``{"line": 7, "error": "..."}``. With
``--explain`` each verdict also carries ``evidence``: the evidence chain, the
deciding evidence first, then what agreed, disagreed or was overruled::

    "evidence": [{"rule_id": "http_reason...", "category": "transient", "tier": "http_reason",
                  "role": "decided", "where": "exception"}, ...]

Exit status: 0 when every line was classified, 1 when at least one line was
malformed, 2 for a usage error, an unreadable input or an invalid rules file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from errorflow.classify.engine import Classifier
from errorflow.classify.model import CRITICALITIES, Cause, Criticality, ErrorSignal
from errorflow.errors import RulesFileError

__all__ = ["parse_line", "run_classify"]

_PROG = "errorflow classify"


class LineError(ValueError):
    """Raised for an input line that is not a classifiable error record."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Classify JSON Lines of errors (exc_type, message, optional http_status, errno, code, "
        "bases, causes, traceback, criticality); writes one JSON verdict per input line, in order.",
    )
    parser.add_argument("file", nargs="?", default="-", help="JSON Lines file to read; '-' or nothing reads stdin")
    parser.add_argument("--rules", type=Path, default=None, help="TOML or YAML rules file applied over the defaults")
    parser.add_argument(
        "--explain", action="store_true", help="add the evidence chain behind each verdict ('evidence' key)"
    )
    return parser


def run_classify(
    argv: list[str] | None = None,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run ``errorflow classify`` with ``argv`` (without the program name); return the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse reports usage errors and --help by exiting
        return exc.code if isinstance(exc.code, int) else 2
    try:
        classifier = Classifier.from_settings(rules_file=args.rules)
    except RulesFileError as exc:
        err.write(f"{_PROG}: invalid rules: {exc}\n")
        return 2
    try:
        lines = _open_lines(args.file, stdin if stdin is not None else sys.stdin)
        malformed = _classify_lines(classifier, lines, out, explain=args.explain)
    except OSError as exc:
        err.write(f"{_PROG}: cannot read {args.file}: {exc.strerror or exc}\n")
        return 2
    out.flush()
    return 1 if malformed else 0


def _open_lines(name: str, stdin: IO[str]) -> Iterator[bytes]:
    if name == "-":
        buffer = getattr(stdin, "buffer", None)
        if buffer is not None:
            yield from buffer
        else:
            for line in stdin:
                yield line.encode("utf-8", "surrogateescape")
        return
    with Path(name).open("rb") as handle:
        yield from handle


def _classify_lines(classifier: Classifier, lines: Iterator[bytes], out: IO[str], *, explain: bool = False) -> int:
    malformed = 0
    for number, raw in enumerate(lines, start=1):
        try:
            signal = parse_line(raw)
            record: dict[str, Any] = classifier.classify(signal).to_dict(explain=explain)
        except LineError as exc:
            malformed += 1
            record = {"line": number, "error": str(exc)}
        out.write(orjson.dumps(record).decode())
        out.write("\n")
    return malformed


def parse_line(raw: bytes | str) -> ErrorSignal:
    """Parse one JSON Lines record into a signal.

    Raises:
        LineError: The line is not JSON, not an object, or a field has the wrong type.
    """
    text = raw.strip()
    if not text:
        raise LineError("empty line")
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise LineError(f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise LineError(f"expected a JSON object, got {type(data).__name__}")
    return ErrorSignal(
        exc_type=_required_str(data, "exc_type"),
        message=_required_str(data, "message", allow_empty=True),
        http_status=_optional_int(data, "http_status"),
        errno=_optional_int(data, "errno"),
        code=_optional_code(data),
        bases=_optional_strings(data, "bases"),
        causes=_optional_causes(data),
        traceback=_optional_str(data, "traceback"),
        criticality=_criticality(data),
    )


def _required_str(data: dict[str, Any], key: str, *, allow_empty: bool = False) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not (value or allow_empty):
        raise LineError(f"'{key}' must be a{'' if allow_empty else ' non-empty'} string")
    return value


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise LineError(f"'{key}' must be a string or null")


def _optional_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise LineError(f"'{key}' must be an integer or null")


def _optional_code(data: dict[str, Any]) -> str | None:
    value = data.get("code")
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise LineError("'code' must be a string, an integer or null")


def _optional_strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise LineError(f"'{key}' must be a list of strings")


def _optional_causes(data: dict[str, Any]) -> tuple[Cause, ...]:
    value = data.get("causes")
    if value is None:
        return ()
    if isinstance(value, list) and all(
        isinstance(item, dict) and isinstance(item.get("type"), str) and isinstance(item.get("message", ""), str)
        for item in value
    ):
        return tuple(Cause(type=item["type"], message=item.get("message", "")) for item in value)
    raise LineError('\'causes\' must be a list of {"type": str, "message": str} objects')


def _criticality(data: dict[str, Any]) -> Criticality:
    value = data.get("criticality") or "normal"
    for known in CRITICALITIES:
        if value == known:
            return known
    raise LineError(f"'criticality' must be one of {', '.join(CRITICALITIES)}")
