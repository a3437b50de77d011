"""``errorflow submit`` and ``errorflow classify``."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

import orjson

from errorflow.errors import ConfigurationError

if TYPE_CHECKING:
    from errorflow.settings import Settings

__all__ = ["cmd_classify", "cmd_submit"]

_POLL_S = 0.5
"""How often ``submit --wait`` asks the store whether the run has ended."""


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
    print(command.run_id, flush=True)
    if args.wait is None:
        return 0
    from errorflow.settings import Settings

    return _wait_for_end(Settings(), command.run_id, wait_s=args.wait)


def _wait_for_end(settings: Settings, run_id: str, *, wait_s: float) -> int:
    """Print how the run ended, polling the store; 0 succeeded, 1 failed or dead-lettered, 3 not ended in time.

    The submitter cannot know which operations the runners register: an unknown one
    is a run that fails at the runner, and this is how a script finds out.
    """
    from errorflow.cli.query import terminal_text
    from errorflow.cli.recovery_queries import RunFilter, list_runs, run_end

    deadline = time.monotonic() + wait_s
    while (end := run_end(settings, run_id)) is None:
        left = deadline - time.monotonic()
        if left <= 0:
            seen = list_runs(settings, RunFilter(ids=(run_id,)), limit=1)
            state = f"it is {seen[0]['outcome']}" if seen else "no runner has reported it yet"
            print(f"the run had not ended after {wait_s:g} s: {state}", file=sys.stderr)
            return 3
        time.sleep(min(_POLL_S, left))
    error = f": {end['error_type']}: {end['error']}" if end["error_type"] else ""
    print(terminal_text(f"{end['outcome']} after {end['attempts']} attempt(s){error}"))
    return 0 if end["outcome"] == "succeeded" else 1


def cmd_classify(args: argparse.Namespace) -> int:
    """Classify JSON Lines of errors (see ``errorflow classify --help``)."""
    from errorflow.classify.cli import run_classify

    code: int = run_classify(list(args.args), stdin=sys.stdin, stdout=sys.stdout)
    return code
