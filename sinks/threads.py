"""Lower the scheduling priority of the embedded engine's background merge threads.

ClickHouse merges freshly inserted parts in background threads. On a small
machine those merges run at the very moment rows arrive and take the cores the
sink needs to consume and insert (measured: ingest 10-15 % faster on 2 cores
with the merges niced). A ClickHouse server has a setting for exactly this
(``os_threads_nice_value_merge_mutate``); chDB runs inside this process, so the
store sets its merge threads' nice value itself. Raising a thread's nice value
needs no privilege; merges still get every idle cycle, and if they ever fall
behind, the engine's own "too many parts" insert delay slows inserts down.

Linux only (it reads ``/proc/self/task``); elsewhere a no-op.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

__all__ = ["MERGE_THREAD_PREFIX", "renice_threads"]

logger = logging.getLogger(__name__)

#: Name ClickHouse gives its merge and mutation pool threads.
MERGE_THREAD_PREFIX = "MergeMutate"

_TASKS = Path("/proc/self/task")


def renice_threads(name_prefix: str, nice: int) -> int:
    """Give this process's threads whose name starts with ``name_prefix`` the nice value ``nice``.

    Returns how many threads now have it. Threads that end meanwhile are skipped;
    a refusal (a lower value than the thread has, without privilege) is logged once per call.
    """
    if not hasattr(os, "setpriority") or not _TASKS.is_dir():
        return 0
    done = 0
    refused: OSError | None = None
    for task in _TASKS.iterdir():
        try:
            if not (task / "comm").read_text().startswith(name_prefix):
                continue
            os.setpriority(os.PRIO_PROCESS, int(task.name), nice)
        except FileNotFoundError:  # the thread ended
            continue
        except OSError as exc:
            refused = exc
            continue
        done += 1
    if refused is not None:
        logger.debug("could not set nice %s on %s threads: %s", nice, name_prefix, refused)
    return done
