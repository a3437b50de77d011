"""``errorflow submit`` and ``errorflow classify``."""

from __future__ import annotations

import argparse
import sys

import orjson

from errorflow.errors import ConfigurationError

__all__ = ["cmd_classify", "cmd_submit"]


def cmd_submit(args: argparse.Namespace) -> int:
    """Put one run command on the commands topic and print its run id."""
    from errorflow.sdk import shutdown, submit

    try:
        payload = orjson.loads(args.input)
    except orjson.JSONDecodeError as exc:
        raise ConfigurationError(f"--input is not JSON: {exc}") from exc
    if not isinstance(payload, dict):
        raise ConfigurationError("--input must be a JSON object")
    command = submit(args.operation, payload, user_id=args.user, channel="cli")
    shutdown()
    print(command.run_id)
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    """Classify JSON Lines of errors (see ``errorflow classify --help``)."""
    from errorflow.classify.cli import run_classify

    code: int = run_classify(list(args.args), stdin=sys.stdin, stdout=sys.stdout)
    return code
