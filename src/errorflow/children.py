"""Child processes that die with the process that started them, however it dies.

A supervisor stops its children in order (SIGTERM, drain, commit) when it is
stopped in order. Killed (SIGKILL, the OOM killer, a CI timeout, a closed
terminal), it cannot: before this module its children ran on for hours, Tansu
holding its port and the agents consuming, and the next ``errorflow up`` met a
busy port or a stale broker. Every process errorflow and its tests start goes
through :func:`spawn`, which gives the child a *death signal*:

- On Linux the child asks the kernel, between fork and exec, to send it
  ``death_signal`` when its parent dies (``prctl(PR_SET_PDEATHSIG)``; it is kept
  across exec). The classic race is closed: a parent that died before the call
  left the child with a new parent, which the child sees from ``getppid`` right
  after, and then it signals itself.
- The kernel sends the signal when the parent *thread* that forked the child
  exits, not the parent process. So :func:`spawn` forks only from the main
  thread or from a thread of this module that lives as long as the process:
  a child spawned from a short-lived thread (a thread pool's, a test's) is
  forked by that long-lived thread instead.
- A child's own children go too when the child started them through
  :func:`spawn` (errorflow's children do): each generation has its own death
  signal, so the death of the first parent reaches them one after the other.
  A child in its own session (``start_new_session=True``) leads a process
  group; :func:`signal_group` stops the group as a whole in an orderly stop.
- Elsewhere (macOS has no ``PR_SET_PDEATHSIG``) the child is told its parent's
  pid in ``ERRORFLOW_PARENT_PID``; an ``errorflow`` command line started that
  way checks every second whether its parent changed (:func:`watch_parent`),
  and then kills itself (SIGKILL). A child that is not errorflow (Tansu) has
  no such fallback there: only the orderly stop ends it.

The price: with a ``preexec_fn`` Python forks where it would otherwise vfork,
which copies the parent's page tables. Starting ``/bin/true`` took 4.7 ms
instead of 0.8 ms from a process of 43 MiB (``errorflow up``'s supervisor) and
16 ms instead of 0.8 ms from one of 350 MiB (a test worker with chDB open);
a child Python process spends far longer starting itself.

The default death signal is SIGKILL: it is the last resort, for a parent that
could not stop its children in order, and a child's orderly stop needs what
died with the parent (the embedded broker). Nothing is lost: offsets are
committed only after the sink has the data, so records a killed child had
not committed are read again by its successor.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess
    from concurrent.futures import Future

# Every command line imports this module (watch_parent): what only spawn() needs (ctypes,
# subprocess, queue, concurrent.futures) is imported when it is first called.

__all__ = ["PARENT_PID_VAR", "signal_group", "spawn", "watch_parent"]

PARENT_PID_VAR = "ERRORFLOW_PARENT_PID"
"""The environment variable that tells a child its parent's pid (for :func:`watch_parent`)."""

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


_LINUX = sys.platform.startswith("linux")


@functools.cache
def _load_prctl() -> Callable[..., int] | None:
    if not _LINUX:
        return None
    import ctypes

    # The symbols this process already has (libc's among them): no library search, which
    # ctypes.util.find_library does by running ldconfig.
    prctl: Callable[..., int] | None = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)
    return prctl


def _die_with_parent(prctl: Callable[..., int], parent_pid: int, death_signal: int) -> Callable[[], None]:
    """The function the child runs between fork and exec: ask for the death signal, close the race.

    ``prctl`` is loaded in the parent: the child only calls it.
    """

    def arm() -> None:
        if prctl(_PR_SET_PDEATHSIG, int(death_signal), 0, 0, 0) != 0:
            os._exit(126)  # no death signal: better not to run at all than to outlive the parent
        if os.getppid() != parent_pid:  # the parent died before the death signal was set
            os.kill(os.getpid(), death_signal)
            os._exit(126)

    return arm


class _Spawner:
    """A thread that lives as long as the process and forks the children asked of it from other threads."""

    def __init__(self) -> None:
        import queue

        self._requests: queue.SimpleQueue[tuple[Callable[[], subprocess.Popen[Any]], Future[subprocess.Popen[Any]]]]
        self._requests = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="errorflow-spawner", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            start, future = self._requests.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(start())
            except BaseException as exc:
                future.set_exception(exc)

    def run(self, start: Callable[[], subprocess.Popen[Any]]) -> subprocess.Popen[Any]:
        from concurrent.futures import Future

        future: Future[subprocess.Popen[Any]] = Future()
        self._requests.put((start, future))
        return future.result()


_spawner: _Spawner | None = None
_spawner_lock = threading.Lock()
_spawner_pid = 0


def _long_lived_spawner() -> _Spawner:
    global _spawner, _spawner_pid
    with _spawner_lock:
        # A forked copy of this process has no spawner thread: it starts its own.
        if _spawner is None or _spawner_pid != os.getpid():
            _spawner, _spawner_pid = _Spawner(), os.getpid()
        return _spawner


def spawn(
    args: Sequence[str | os.PathLike[str]],
    *,
    env: dict[str, str] | None = None,
    death_signal: int = signal.SIGKILL,
    **popen: Any,
) -> subprocess.Popen[Any]:
    """Start ``args`` as :class:`subprocess.Popen` does, as a child that dies when this process dies.

    ``env`` is the child's whole environment (this process's when None), with
    :data:`PARENT_PID_VAR` set; every other keyword goes to ``Popen`` (a ``preexec_fn``
    is not allowed: the death signal is set there).
    """
    import subprocess

    if "preexec_fn" in popen:
        raise TypeError("spawn() sets the child's preexec_fn itself")
    parent_pid = os.getpid()
    environment = dict(os.environ if env is None else env)
    environment[PARENT_PID_VAR] = str(parent_pid)
    prctl = _load_prctl()
    arm = _die_with_parent(prctl, parent_pid, death_signal) if prctl is not None else None

    def start() -> subprocess.Popen[Any]:
        return subprocess.Popen(args, env=environment, preexec_fn=arm, **popen)  # noqa: PLW1509 - see _die_with_parent

    if arm is None or threading.current_thread() is threading.main_thread():
        return start()
    return _long_lived_spawner().run(start)


def signal_group(process: subprocess.Popen[Any], signum: int) -> None:
    """Send ``signum`` to the process group ``process`` leads (its own children too), or to it alone.

    Call it while ``process`` has not been waited for: its pid, and so its group's id, is still its own.
    """
    if process.returncode is not None:
        return
    try:
        leads_group = os.getpgid(process.pid) == process.pid
    except ProcessLookupError:
        return
    try:
        if leads_group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
    except ProcessLookupError:
        pass


def watch_parent(*, interval_s: float = 1.0, force: bool = False) -> threading.Thread | None:
    """Where the kernel cannot kill this process with its parent (not Linux), watch the parent instead.

    Every ``errorflow`` command line calls it first. Reads :data:`PARENT_PID_VAR` (set by
    :func:`spawn`); when this process's parent is no longer that pid (it died, and this
    process was handed to another), this process sends itself SIGKILL. Returns the watching
    thread, or None when there is nothing to do: on Linux (the death signal is set; ``force``
    watches all the same), or when this process was not started by :func:`spawn`.
    """
    # Taken out of the environment: a process this one starts otherwise than through spawn()
    # would inherit it and take the changed parent for a dead one.
    raw = os.environ.pop(PARENT_PID_VAR, "")
    if not raw.isdigit() or (_LINUX and not force):
        return None
    parent_pid = int(raw)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval_s)
        os.kill(os.getpid(), signal.SIGKILL)

    thread = threading.Thread(target=watch, name="errorflow-parent-watch", daemon=True)
    thread.start()
    return thread
