"""Operations that fail on purpose, for the recovery integration tests (run by the function runner).

Each declares a short retry policy through ``@operation(retry_policy=...)``; the
runner publishes it with every attempt outcome, so the pipeline applies it
without importing this module.
"""

from __future__ import annotations

from pathlib import Path

from errorflow.sdk import current_run, operation

SERVICE = "it-recovery"

#: Transient failures: 4 attempts, equal jitter, so each delay is bounded away from zero.
FLAKY_POLICY = {
    "transient": {"max_attempts": 4, "initial_delay_s": 0.6, "multiplier": 2.0, "max_delay_s": 3.0, "jitter": "equal"}
}
#: Resource waits: between 1 and 2 s (decorrelated jitter never comes back sooner than the initial wait).
RESOURCE_POLICY = {"resource": {"max_attempts": 3, "initial_delay_s": 1.0, "max_delay_s": 2.0}}
#: A 2.5 s deadline: attempt 1 fails, a retry after 1 s fails, the next would start at 3 s (past it).
DEADLINE_POLICY = {
    "deadline_s": 2.5,
    "transient": {"max_attempts": 10, "initial_delay_s": 1.0, "multiplier": 2.0, "max_delay_s": 8.0, "jitter": "none"},
}
#: Retries held across a pipeline crash: long ones stay scheduled, short ones fire before it.
LONG_POLICY = {"transient": {"max_attempts": 3, "initial_delay_s": 12.0, "max_delay_s": 12.0, "jitter": "none"}}
SHORT_POLICY = {"transient": {"max_attempts": 3, "initial_delay_s": 0.3, "max_delay_s": 0.3, "jitter": "none"}}
#: Retried 4.5 s after the failure: with a 5 s dispatch lead (test_retry_straight, test_runner_held_slot)
#: the recovery agent sends the retry straight to the runner, which must hold it about 4 s.
STRAIGHT_POLICY = {"transient": {"max_attempts": 2, "initial_delay_s": 4.5, "max_delay_s": 4.5, "jitter": "none"}}


def _attempt() -> int:
    run = current_run()
    return run.attempt if run else 1


@operation(name="rec_flaky", service=SERVICE, dependency="board-api", retry_policy=FLAKY_POLICY)
async def flaky(page: int) -> dict[str, int]:
    """Times out on attempts 1 and 2, answers on attempt 3."""
    if _attempt() < 3:
        raise TimeoutError(f"Read timed out. (read timeout=10) fetching page {page}")
    return {"page": page, "attempt": _attempt()}


@operation(name="rec_validate", service=SERVICE)
def validate(email: str) -> str:
    """The caller's input is wrong: never retried."""
    raise ValueError(f"invalid email address: {email!r} has no @")


@operation(name="rec_permanent", service=SERVICE, dependency="crm")
def permanent(account_id: str, password: str) -> None:
    """The CRM refuses the credentials: dead-lettered at once."""
    raise PermissionError(13, "Permission denied", f"/crm/accounts/{account_id}")


@operation(name="rec_resource", service=SERVICE, dependency="scratch-disk", retry_policy=RESOURCE_POLICY)
def resource(path: str) -> str:
    """The scratch disk is full on the first attempt, has room on the second."""
    if _attempt() < 2:
        raise OSError(28, "No space left on device", path)
    return path


@operation(name="rec_deadline", service=SERVICE, dependency="slow-api", retry_policy=DEADLINE_POLICY)
async def deadline(job: str) -> None:
    """Never answers in time."""
    raise TimeoutError(f"Read timed out. (read timeout=10) for job {job}")


@operation(name="rec_fixable", service=SERVICE, dependency="partner-api")
def fixable(order_id: str, flag_file: str) -> str:
    """Permanent until an operator fixes the cause (the flag file appears); then a replay succeeds."""
    if not Path(flag_file).exists():
        raise PermissionError(13, "Permission denied", f"/partner/orders/{order_id}")
    return f"order {order_id} synced"


@operation(name="rec_crash_long", service=SERVICE, retry_policy=LONG_POLICY)
async def crash_long(n: int) -> int:
    """Fails attempt 1; its retry is still scheduled when the pipeline is killed."""
    if _attempt() < 2:
        raise TimeoutError(f"Read timed out. (read timeout=10) item {n}")
    return n


@operation(name="rec_crash_short", service=SERVICE, retry_policy=SHORT_POLICY)
async def crash_short(n: int) -> int:
    """Fails attempt 1; its retry fires before the pipeline is killed (and may be read again after)."""
    if _attempt() < 2:
        raise TimeoutError(f"Read timed out. (read timeout=10) item {n}")
    return n


@operation(name="rec_straight", service=SERVICE, retry_policy=STRAIGHT_POLICY)
async def straight(n: int) -> int:
    """Fails attempt 1; its retry, due within the dispatch lead, skips the retry scheduler."""
    if _attempt() < 2:
        raise TimeoutError(f"Read timed out. (read timeout=10) item {n}")
    return n


@operation(name="rec_quick", service=SERVICE)
async def quick(n: int) -> int:
    """Succeeds at once."""
    return n


@operation(name="rec_warmup", service=SERVICE, retry_policy={"transient": {"initial_delay_s": 1.0, "jitter": "none"}})
async def warmup() -> None:
    """Fails once, so a run through it proves the runner, recovery agent and scheduler are all consuming.

    Its retry is due 1 s after the failure, well past the dispatch lead, so it goes through the retry
    scheduler (one due sooner goes straight to the runner).
    """
    if _attempt() < 2:
        raise TimeoutError("Read timed out. (read timeout=10) warming up")


@operation(name="rec_vault", service=SERVICE, dependency="vault")
def vault(account_id: str, password: str, key_file: str) -> str:
    """Refused until an operator writes the account's password to ``key_file``; then only that password opens it.

    A replay succeeds only when the runner receives the real password (not the scrubbed
    marker the store keeps), and the error never names the password.
    """
    key = Path(key_file)
    if not key.exists() or key.read_text() != password:
        raise PermissionError(13, "Permission denied", f"/vault/accounts/{account_id}")
    return f"account {account_id} opened"
