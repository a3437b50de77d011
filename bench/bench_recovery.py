"""Recovery on the real stack: runs with transient faults injected at a fixed probability per attempt.

Starts the embedded stack (Tansu, the pipeline worker with the recovery agent and
the retry scheduler, chDB) and a function runner for this module's operation,
submits ``--runs`` runs at ``--rate`` runs a second, and lets errorflow retry
them. Each attempt fails with a timeout with probability ``--p-fail``, decided
by a seeded hash of (run number, attempt), so a rerun injects the same faults.

Printed when every run has ended:

- the recovery rate (runs that ended succeeded) beside the rate the policy allows
  in theory, ``1 - p ** max_attempts`` (they must agree within 2 points);
- the share of runs with exactly one terminal state, folded with
  :func:`errorflow.recovery.fold_run` from the events and recovery actions read
  back from Kafka (must be 100 %);
- how long after a failure its retry was produced (the runner's outcome, the
  recovery agent's fetch and decision; the delay counts from the failure), and
  the share of retries produced after their due time;
- retry delay errors: when each retry command was produced (the record's
  CreateTime on ``taskruns.commands``: by the scheduler, or by the recovery agent
  for a retry due within ``recovery.dispatch_lead_s`` when decided) minus its due
  time (``not_before``; negative by up to the lead: retries are handed over early
  and the runner holds each until due), and when the
  retried attempt started running minus its due time, as percentiles, with the
  share of retries inside the bar of 10 % of the delay + 1 s and the number that
  started before their due time. Goal: retried attempts start less than 100 ms
  after their due time at the 99th percentile and none before it (exit status 1
  otherwise, as when a bar above is missed);
- where a retry's time goes, hop by hop, from record timestamps (each its producer's
  clock, all on this machine): failed event -> the runner's attempt outcome -> the
  recovery agent's retry record (on ``taskruns.retry``, or straight on
  ``taskruns.commands`` when due within the dispatch lead) -> the command the runner
  reads -> its running event, over all retries and over the late ones, and how many
  went straight;
- the pipeline process's CPU time per thread while the runs were in flight (Linux;
  the agents' threads carry their names, see ``errorflow.pipeline.on_own_loop``);
- the CPU of each process of the stack (pipeline, runner, broker) and of this
  driver over the same window, in cores, beside the machine's cores: every hop
  above waits for a core once they are all taken (on 2 cores at 100 runs a second
  they took 1.8-1.9 in session 26), and then no consumer setting shortens it.

Usage: python bench/bench_recovery.py [--runs 1000] [--p-fail 0.4] [--rate 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from _common import CpuMeter
from errorflow.sdk import current_run, operation

POLICY: dict[str, Any] = {
    "transient": {"max_attempts": 4, "initial_delay_s": 0.25, "multiplier": 2.0, "max_delay_s": 1.0, "jitter": "equal"}
}
START_GOAL_MS = 100.0
"""A retry should start (its running event) within this of its due time at the 99th percentile."""
SEED = os.environ.get("BENCH_RECOVERY_SEED", "errorflow")
P_FAIL = float(os.environ.get("BENCH_RECOVERY_P_FAIL", "0.4"))


def faulty(n: int, attempt: int, *, p_fail: float = P_FAIL, seed: str = SEED) -> bool:
    """Whether attempt ``attempt`` of run ``n`` fails (a seeded draw, the same on every rerun)."""
    return random.Random(f"{seed}:{n}:{attempt}").random() < p_fail


@operation(name="bench_flaky_fetch", service="bench", dependency="bench-api", retry_policy=POLICY)
async def flaky_fetch(n: int) -> dict[str, int]:
    """Times out with probability ``P_FAIL`` on each attempt."""
    run = current_run()
    attempt = run.attempt if run else 1
    if faulty(n, attempt):
        raise TimeoutError(f"Read timed out. (read timeout=10) run {n} attempt {attempt}")
    return {"n": n, "attempt": attempt}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] if ordered else float("nan")


async def read_topic(bootstrap: str, topic: str, *, idle_s: float = 1.5) -> list[Any]:
    """Every record of a topic, from the beginning until it stays idle."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False, group_id=None
    )
    await consumer.start()
    records: list[Any] = []
    try:
        idle_since = time.monotonic()
        while time.monotonic() - idle_since < idle_s:
            batches = await consumer.getmany(timeout_ms=200, max_records=10_000)
            for messages in batches.values():
                records.extend(messages)
                idle_since = time.monotonic()
    finally:
        await consumer.stop()
    return records


HOPS = (
    ("failed", "outcome", "runner: failed event -> outcome produced"),
    ("outcome", "decided", "recovery: outcome -> retry produced"),
    ("decided", "fired", "retry produced -> command produced"),
    ("fired", "started", "command produced -> started"),
)
"""Each hop of a retry, as two of the times :func:`retry_hops` collects (ms, each from its producer's clock)."""


def retry_hops(
    events: dict[str, list[Any]],
    commands_raw: list[Any],
    retries_raw: list[Any],
    attempts_raw: list[Any],
    wanted: set[str],
) -> dict[str, dict[str, float]]:
    """Per retried attempt (its idempotency key), when (ms since the epoch) it passed each point, from record times.

    ``failed`` (the retry's ``issued_at``, the failed event's time), ``outcome`` (the runner's attempt
    outcome record), ``decided`` (the recovery agent's retry record, on ``taskruns.retry`` or straight
    on ``taskruns.commands``), ``fired`` (the first command record of the attempt), ``due`` and
    ``started`` (its running event). Retries an open breaker deferred are left out.
    """
    from errorflow.schemas import AttemptOutcome, RunCommand, decode

    outcomes: dict[str, float] = {}
    for message in attempts_raw:
        outcome = decode(message.value, AttemptOutcome)
        if outcome.command.root_run_id in wanted:
            outcomes.setdefault(f"{outcome.command.root_run_id}:{outcome.command.attempt + 1}", message.timestamp)
    decided: dict[str, float] = {}
    for message in retries_raw:
        command = decode(message.value, RunCommand)
        if command.root_run_id in wanted and not command.breaker_deferrals:
            decided.setdefault(command.idempotency_key, message.timestamp)
    hops: dict[str, dict[str, float]] = {}
    for message in commands_raw:
        command = decode(message.value, RunCommand)
        if command.reason != "retry" or command.root_run_id not in wanted or command.not_before is None:
            continue
        key = command.idempotency_key
        if key in hops or command.breaker_deferrals:
            continue
        hops[key] = {
            "failed": command.issued_at.timestamp() * 1000,
            "outcome": outcomes.get(key, float("nan")),
            "decided": decided.get(key, message.timestamp),  # not on the retry topic: sent straight to commands
            "fired": message.timestamp,
            "due": command.not_before.timestamp() * 1000,
        }
    for root, items in events.items():
        for event in items:
            key = f"{root}:{event.attempt}"
            if event.status.value == "running" and key in hops:
                hops[key]["started"] = event.occurred_at.timestamp() * 1000
    return {key: hop for key, hop in hops.items() if "started" in hop}


def print_hops(hops: list[dict[str, float]]) -> None:
    """Each hop's percentiles over every retry, then its median over the late ones (started 10 ms after due or more)."""
    if not hops:
        return
    late = [hop for hop in hops if hop["started"] - hop["due"] >= 10]
    print(f"  per hop (ms, record timestamps): p50 / p99 over all {len(hops)} retries; median over {len(late)} late")
    for start, end, label in HOPS:
        values = [(hop[end] - hop[start]) / 1000 for hop in hops]
        late_values = [(hop[end] - hop[start]) / 1000 for hop in late]
        late_cell = f"{percentile(late_values, 50) * 1000:7.1f}" if late_values else "      -"
        print(
            f"    {label:42} {percentile(values, 50) * 1000:7.1f} / {percentile(values, 99) * 1000:7.1f}"
            f"   late {late_cell}"
        )
    direct = sum(hop["decided"] == hop["fired"] for hop in hops)
    print(f"    sent straight to the runner (due within the lead when decided): {direct}/{len(hops)}")


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds (user + system) of each thread of process ``pid``, summed by thread name; empty without /proc."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    totals: dict[str, float] = defaultdict(float)
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        totals[name] += (int(fields[11]) + int(fields[12])) / ticks
    return dict(totals)


def main() -> int:  # one linear script: set up, drive, wait, read back, report
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--p-fail", type=float, default=P_FAIL, help="probability that an attempt fails")
    parser.add_argument("--rate", type=float, default=100.0, help="runs submitted per second")
    parser.add_argument("--timeout", type=float, default=150.0, help="longest wait for every run to end")
    args = parser.parse_args()
    # The runner imports this file as a module: make it importable and hand it the fault probability.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), os.environ.get("PYTHONPATH")]))
    os.environ["BENCH_RECOVERY_P_FAIL"] = str(args.p_fail)

    from errorflow.embedded.queryserver import post_sql
    from errorflow.embedded.stack import EmbeddedStack
    from errorflow.recovery import RetryPolicy, fold_run, theoretical_recovery_rate
    from errorflow.schemas import RecoveryActionEvent, RunCommand, TaskRunEvent, decode
    from errorflow.sdk import configure, runtime, shutdown, submit
    from errorflow.settings import Settings

    policy = RetryPolicy(**POLICY["transient"])
    token = uuid.uuid4().hex[:6]
    wall = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        # The dependency fails 40 % of attempts, near the default breaker's 50 % over 100 calls: how
        # often a window crosses it depends on how the breaker feed batches outcomes, and an open
        # breaker holds calls for its wait (about a minute). Breakers are bench_breakers.py's subject.
        policies = Path(tmp) / "policies.toml"
        policies.write_text("[breakers.dependencies.bench-api]\nfailure_rate_threshold = 0.9\n", encoding="utf-8")
        settings = Settings(data_dir=Path(tmp), app_id=f"bench-rec-{token}", recovery={"policies_file": policies})
        db = settings.clickhouse.database
        print(f"starting the stack (runner for {Path(__file__).stem})...", flush=True)
        with EmbeddedStack(settings, ops_modules=(Path(__file__).stem,)) as stack:
            assert stack.info is not None
            url = stack.info.query_url
            bootstrap = stack.info.kafka_bootstrap

            def scalar(sql: str) -> int:
                answer = post_sql(url, sql)
                if "rows" not in answer:
                    raise RuntimeError(answer)
                return int(answer["rows"][0][0])

            configure(
                settings.model_copy(update={"kafka": settings.kafka.model_copy(update={"bootstrap": bootstrap})}),
                service="bench",
            )
            # Warm up: every consumer group (runner, recovery agent, retry scheduler) must have joined.
            warm = submit("bench_flaky_fetch", {"n": -1})
            warm_n = next(a for a in range(1, 50) if not faulty(-1, a, p_fail=args.p_fail))
            deadline = time.monotonic() + 90
            while (
                scalar(
                    f"SELECT count() FROM {db}.taskrun_events"
                    f" WHERE root_run_id = '{warm.root_run_id}' AND status = 'success'"
                )
                < (1 if warm_n <= policy.max_attempts else 0)
                and time.monotonic() < deadline
            ):
                time.sleep(0.2)
            print(f"stack ready after {time.monotonic() - wall:.1f}s; submitting {args.runs} runs at {args.rate:.0f}/s")

            pipeline_pid = stack.processes["pipeline"].pid
            cpu_before = thread_cpu(pipeline_pid)
            process_pids = {name: process.pid for name, process in stack.processes.items()}
            process_pids["broker"] = stack.broker.pid if stack.broker is not None else 0
            process_pids["this driver"] = os.getpid()
            meter = CpuMeter(process_pids)
            meter.begin()
            roots: list[str] = []
            started = time.monotonic()
            for n in range(args.runs):
                roots.append(submit("bench_flaky_fetch", {"n": n}).root_run_id)
                pause = started + (n + 1) / args.rate - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
            runtime().emitter.flush(30)
            shutdown()
            submitted_s = time.monotonic() - started

            # Every run ends: succeeded (a success event) or given up (a terminal recovery action).
            ended_sql = (
                f"SELECT uniqExact(root_run_id) FROM ("
                f"SELECT root_run_id FROM {db}.taskrun_events"
                " WHERE status = 'success' AND operation = 'bench_flaky_fetch'"
                f" UNION ALL SELECT root_run_id FROM {db}.recovery_actions WHERE action IN"
                f" ('dead_lettered', 'gave_up_deadline', 'failed_fast') AND operation = 'bench_flaky_fetch')"
            )
            deadline = time.monotonic() + args.timeout
            ended = 0
            while time.monotonic() < deadline:
                ended = scalar(ended_sql)
                if ended >= args.runs + 1:
                    break
                time.sleep(0.5)
            settle_s = time.monotonic() - started
            cpu_after = thread_cpu(pipeline_pid)
            process_cores = meter.shares()
            print(
                f"{ended - 1}/{args.runs} runs ended {settle_s:.1f}s after the first submit"
                f" ({submitted_s:.1f}s submitting)"
            )
            time.sleep(2.0)  # late duplicates, if any, land now and count against the invariant

            events_raw = asyncio.run(read_topic(bootstrap, settings.topic("taskruns.events")))
            actions_raw = asyncio.run(read_topic(bootstrap, settings.topic("recovery.actions")))
            commands_raw = asyncio.run(read_topic(bootstrap, settings.topic("taskruns.commands")))
            retries_raw = asyncio.run(read_topic(bootstrap, settings.topic("taskruns.retry")))
            attempts_raw = asyncio.run(read_topic(bootstrap, settings.topic("taskruns.attempts")))

    wanted = set(roots)
    events: dict[str, list[TaskRunEvent]] = defaultdict(list)
    for message in events_raw:
        event = decode(message.value, TaskRunEvent)
        if event.root_run_id in wanted:
            events[event.root_run_id].append(event)
    actions: dict[str, list[RecoveryActionEvent]] = defaultdict(list)
    for message in actions_raw:
        action = decode(message.value, RecoveryActionEvent)
        if action.root_run_id in wanted:
            actions[action.root_run_id].append(action)
    states = {root: fold_run(events[root], actions[root]) for root in roots}
    one_terminal = sum(state.exactly_one_terminal for state in states.values())
    succeeded = sum(state.terminal == "succeeded" for state in states.values())
    dead = sum(state.terminal == "dead_lettered" for state in states.values())
    in_flight = sum(state.terminal is None for state in states.values())

    # Retry delay errors: the command produced (scheduler or recovery agent) and started (running event) minus due.
    fire_late: list[float] = []
    delays: dict[str, float] = {}
    for message in commands_raw:
        command = decode(message.value, RunCommand)
        if command.reason != "retry" or command.root_run_id not in wanted or command.not_before is None:
            continue
        due_ms = command.not_before.timestamp() * 1000
        fire_late.append((message.timestamp - due_ms) / 1000)
        delays[command.idempotency_key] = (command.not_before - command.issued_at).total_seconds()
    start_late: list[float] = []
    within_bar = 0
    for root, items in events.items():
        due = {
            a.next_attempt: a.due_at for a in actions[root] if a.action == "retry_scheduled" and a.due_at is not None
        }
        for event in items:
            if event.status.value == "running" and event.attempt in due:
                late = (event.occurred_at - due[event.attempt]).total_seconds()  # type: ignore[operator]
                start_late.append(late)
                delay = delays.get(f"{root}:{event.attempt}", 0.0)
                within_bar += late <= 0.1 * delay + 1.0

    hops = retry_hops(events, commands_raw, retries_raw, attempts_raw, wanted)
    # Failed -> retry produced: the runner's outcome, the recovery agent's fetch and decision (the
    # delay counts from the failure, so a retry this takes longer than its delay to reach is late).
    decided_after = [(hop["decided"] - hop["failed"]) / 1000 for hop in hops.values()]
    decided_late = sum(hop["decided"] > hop["due"] for hop in hops.values())

    p, n = args.p_fail, policy.max_attempts
    theory = theoretical_recovery_rate(p, n)
    measured = succeeded / len(roots)
    injected = sum(all(faulty(i, a, p_fail=p) for a in range(1, n + 1)) for i in range(args.runs))
    print()
    print(f"errorflow recovery benchmark: {args.runs} runs, p(fail per attempt) = {p}, policy {POLICY['transient']}")
    print("  path: the real stack (Tansu, pipeline worker: recovery agent + retry scheduler + sink, chDB, runner)")
    print(
        f"  recovery rate        {measured:7.2%}   (succeeded {succeeded}, dead-lettered {dead}, in flight {in_flight})"
    )
    print(
        f"  theoretical rate     {theory:7.2%}   1 - p^{n};"
        f" the seeded faults themselves allow {1 - injected / args.runs:.2%}"
    )
    diff_points = abs(measured - theory) * 100
    print(f"  difference           {diff_points:5.2f} points {'OK' if diff_points <= 2 else 'FAIL'} (bar: 2)")
    share = one_terminal / len(roots)
    print(f"  exactly one terminal {share:7.2%}   {'OK' if share == 1 else 'FAIL'} (bar: 100 %)")
    for label, values in (
        ("failed -> retry produced", decided_after),
        ("command produced - due  ", fire_late),
        ("start - due (runner)    ", start_late),
    ):
        if values:
            cells = "  ".join(f"p{q}={percentile(values, q) * 1000:7.1f}ms" for q in (50, 90, 99))
            print(f"  {label} {cells}  max={max(values) * 1000:7.1f}ms  (n={len(values)})")
    print_hops(list(hops.values()))
    cpu = {name: cpu_after[name] - cpu_before.get(name, 0.0) for name in cpu_after}
    if cpu:
        busiest = sorted(cpu.items(), key=lambda item: -item[1])[:6]
        print(
            f"  pipeline CPU while runs were in flight ({settle_s:.0f}s): {sum(cpu.values()):.1f}s; "
            + ", ".join(f"{name} {seconds:.1f}s" for name, seconds in busiest)
        )
    print(f"  while runs were in flight (the machine has {os.cpu_count()} cores), {process_cores}")
    if decided_after:
        print(f"  retries produced after their due time: {decided_late / len(decided_after):.2%}")
    early = sum(late < 0 for late in start_late)
    if start_late:
        print(f"  retries started within 10 % + 1 s of due: {within_bar / len(start_late):.2%}")
        # The scheduler hands retries over ahead (recovery.dispatch_lead_s); none may start before due.
        print(f"  retries started before their due time: {early} ({'OK' if not early else 'FAIL'}, bar: 0)")
    start_p99_ms = percentile(start_late, 99) * 1000
    start_ok = bool(start_late) and start_p99_ms < START_GOAL_MS and not early
    verdict = "OK" if start_ok else "MISSED"
    print(f"  retry start - due p99 {start_p99_ms:.0f} ms, goal < {START_GOAL_MS:.0f} ms: {verdict}")
    print(f"  wall time {time.monotonic() - wall:.1f}s")
    ok = diff_points <= 2 and share == 1 and in_flight == 0 and start_ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
