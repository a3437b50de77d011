"""Anomaly detection on labeled synthetic traffic: errorflow's detectors beside a fixed-threshold rule.

Each scenario is a file of TaskRun events (the contract's JSON lines) with its
incidents labeled. Both sides run through ``errorflow anomalies replay`` (the
detectors the pipeline runs, in event time): errorflow with its default rules,
the baseline with a rules file that keeps one detector, "error rate above 10 %
over 5 minutes" (no minimum volume, no confidence bound, no ``for:``).

An alert that fires between an incident's start and its end plus a grace
period is a true positive; any other firing is a false positive. Printed per
scenario and side: alerts fired, precision, recall and time to detect. Exit
status 0 only when errorflow finds every incident, fires nothing in the
no-incident scenarios, and is at least as fast as the baseline on every
incident the baseline finds.

Usage: python bench/bench_anomalies.py [--keep DIR] [--seed 7]
"""

from __future__ import annotations

import argparse
import math
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import orjson

T0 = datetime(2026, 1, 5, tzinfo=timezone.utc).timestamp()  # a Monday, midnight UTC
HOUR = 3600.0
GRACE_S = 600.0

BASELINE_RULES = """
# The fixed-threshold baseline: error rate above 10 % over 5 minutes, nothing else.
[defaults.static_rate]
threshold = 0.10
window_s = 300
min_volume = 1
confidence_z = 0
critical_above = 1.0
for_s = 0
[defaults.timeout_rate]
enabled = false
[defaults.fingerprint_burst]
enabled = false
[defaults.baseline]
enabled = false
[defaults.burn_rate]
enabled = false
[defaults.recovery_failure]
enabled = false
[defaults.dependency_down]
enabled = false
"""

TRANSIENT = [
    ("builtins.ConnectionResetError", "[Errno 104] Connection reset by peer"),
    ("requests.exceptions.ReadTimeout", "HTTPSConnectionPool(host='api.example.com', port=443): Read timed out."),
    ("builtins.BrokenPipeError", "[Errno 32] Broken pipe"),
    ("psycopg2.OperationalError", "server closed the connection unexpectedly"),
    ("redis.exceptions.ConnectionError", "Error 111 connecting to cache:6379. Connection refused."),
]


@dataclass
class Scenario:
    """One labeled traffic file."""

    name: str
    description: str
    incidents: list[tuple[float, float]]
    events: list[dict[str, object]] = field(default_factory=list)


class Gen:
    """Builds events of one service and operation."""

    def __init__(self, rng: random.Random, service: str, operation: str, dependency: str | None) -> None:
        self.rng = rng
        self.service = service
        self.operation = operation
        self.dependency = dependency
        self.n = 0

    def event(
        self,
        at: float,
        *,
        failed: bool,
        error: tuple[str, str] | None = None,
        attempt: int = 1,
        root: str | None = None,
    ) -> dict[str, object]:
        self.n += 1
        run_id = f"{self.service}-{self.n}"
        event: dict[str, object] = {
            "event_id": f"{run_id}-e",
            "run_id": run_id,
            "root_run_id": root or run_id,
            "attempt": attempt,
            "operation": self.operation,
            "service": self.service,
            "dependency": self.dependency,
            "status": "failed" if failed else "success",
            "occurred_at": datetime.fromtimestamp(at, tz=timezone.utc).isoformat(),
        }
        if failed:
            error_type, message = error or self.rng.choice(TRANSIENT)
            event["error_type"] = error_type
            event["error_message"] = message
        return event

    def poisson(self, start: float, end: float, rate: Callable[[float], float], peak: float) -> Iterator[float]:
        """Arrival times of a Poisson process with time-varying ``rate`` (thinning; ``peak`` bounds it)."""
        t = start
        while True:
            t += self.rng.expovariate(peak)
            if t >= end:
                return
            if self.rng.random() < rate(t) / peak:
                yield t


def sudden_outage(rng: random.Random) -> Scenario:
    g = Gen(rng, "checkout", "charge", "payments-api")
    start, end = T0 + 3 * HOUR, T0 + 3 * HOUR + 600
    s = Scenario("sudden_outage", "2/s at 1 %; payments-api answers 503 to every call for 10 min", [(start, end)])
    outage = ("requests.exceptions.HTTPError", "503 Server Error: Service Unavailable for url: https://payments/api")
    for t in g.poisson(T0, end + 1800, lambda _: 2.0, 2.0):
        if start <= t < end:
            s.events.append(g.event(t, failed=True, error=outage))
        else:
            s.events.append(g.event(t, failed=rng.random() < 0.01))
    return s


def slow_ramp(rng: random.Random) -> Scenario:
    g = Gen(rng, "search", "query", "search-index")
    start, end = T0 + 3 * HOUR, T0 + 3 * HOUR + 2400
    s = Scenario("slow_ramp", "2/s at 1 %, then a ramp to 31 % over 30 min, held 10 min", [(start, end)])

    def p(t: float) -> float:
        if t < start or t >= end:
            return 0.01
        return 0.01 + 0.30 * min(1.0, (t - start) / 1800)

    for t in g.poisson(T0, end + 1800, lambda _: 2.0, 2.0):
        s.events.append(g.event(t, failed=rng.random() < p(t)))
    return s


def noisy_steady(rng: random.Random) -> Scenario:
    g = Gen(rng, "reports", "render", "pdf-renderer")
    s = Scenario("noisy_steady", "2/s at a steady 5 % (minute rates vary, sd 1.5 %), 6 h, no incident", [])
    minute_rate: dict[int, float] = {}
    for t in g.poisson(T0, T0 + 6 * HOUR, lambda _: 2.0, 2.0):
        m = int(t // 60)
        if m not in minute_rate:
            minute_rate[m] = min(max(rng.gauss(0.05, 0.015), 0.0), 1.0)
        s.events.append(g.event(t, failed=rng.random() < minute_rate[m]))
    return s


def fingerprint_burst(rng: random.Random) -> Scenario:
    g = Gen(rng, "ingest", "load", "gpu-pool")
    start, end = T0 + 3 * HOUR, T0 + 3 * HOUR + 600
    s = Scenario("fingerprint_burst", "5/s at 1 %; one error (CUDA out of memory) 0.25/s for 10 min", [(start, end)])
    oom = ("torch.cuda.OutOfMemoryError", "CUDA out of memory. Tried to allocate 2.00 GiB")
    for t in g.poisson(T0, end + 1800, lambda _: 5.0, 5.0):
        s.events.append(g.event(t, failed=rng.random() < 0.01))
    for t in g.poisson(start, end, lambda _: 0.25, 0.25):
        s.events.append(g.event(t, failed=True, error=oom))
    return s


def low_volume(rng: random.Random) -> Scenario:
    g = Gen(rng, "admin", "export", "warehouse")
    s = Scenario("low_volume", "one run every 2 min for 6 h; one of them fails", [])
    t = T0
    while t < T0 + 6 * HOUR:
        s.events.append(g.event(t, failed=abs(t - (T0 + 3 * HOUR)) < 60))
        t += 120
    return s


def daily_cycle(rng: random.Random) -> Scenario:
    g = Gen(rng, "batch", "nightly", "warehouse")
    s = Scenario("daily_cycle", "3 days; 1/s at 1 % by day, 0.05/s at 3 % by night; no incident", [])

    def day(t: float) -> float:  # 1 at 14:00 UTC, 0 at 02:00
        return 0.5 + 0.5 * math.cos(2 * math.pi * ((t - T0) / 86400 - 14 / 24))

    for t in g.poisson(T0, T0 + 3 * 86400, lambda t: 0.05 + 0.95 * day(t), 1.0):
        s.events.append(g.event(t, failed=rng.random() < 0.03 - 0.02 * day(t)))
    return s


def recovery_spike(rng: random.Random) -> Scenario:
    g = Gen(rng, "billing", "invoice", "tax-api")
    start, end = T0 + 3 * HOUR, T0 + 3 * HOUR + 600
    s = Scenario(
        "recovery_spike", "2/s at 5 % retried after 30 s; retries fail 2 %, then 60 % for 10 min", [(start, end)]
    )
    for t in g.poisson(T0, end + 1800, lambda _: 2.0, 2.0):
        failed = rng.random() < 0.05
        first = g.event(t, failed=failed)
        s.events.append(first)
        if failed:
            retry_at = t + 30
            p = 0.6 if start <= retry_at < end else 0.02
            s.events.append(g.event(retry_at, failed=rng.random() < p, attempt=2, root=str(first["root_run_id"])))
    return s


SCENARIOS = [sudden_outage, slow_ramp, noisy_steady, fingerprint_burst, low_volume, daily_cycle, recovery_spike]


def write(scenario: Scenario, path: Path) -> None:
    scenario.events.sort(key=lambda e: str(e["occurred_at"]))
    with path.open("wb") as out:
        for event in scenario.events:
            out.write(orjson.dumps(event) + b"\n")


def replay(events: Path, rules: Path | None) -> tuple[list[dict[str, object]], float]:
    command = [sys.executable, "-m", "errorflow", "anomalies", "replay", str(events)]
    if rules is not None:
        command += ["--rules", str(rules)]
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False)
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"replay failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return [orjson.loads(line) for line in done.stdout.splitlines() if line.strip()], elapsed


@dataclass
class Score:
    fired: int = 0
    true_fires: int = 0
    found: int = 0
    incidents: int = 0
    ttd: list[float | None] = field(default_factory=list)
    resolved: int = 0
    rules: set[str] = field(default_factory=set)

    @property
    def precision(self) -> float | None:
        return self.true_fires / self.fired if self.fired else None


def score(scenario: Scenario, alerts: list[dict[str, object]]) -> Score:
    result = Score(incidents=len(scenario.incidents))
    fires = []
    for item in alerts:
        alert = item["alert"]
        assert isinstance(alert, dict)
        kind = alert["labels"]["notification"]
        at = datetime.fromisoformat(str(item["at"])).timestamp()
        if kind == "fire":
            fires.append((at, str(alert["rule"])))
        elif kind == "resolve":
            result.resolved += 1
    result.fired = len(fires)
    for at, rule in fires:
        if any(start <= at <= end + GRACE_S for start, end in scenario.incidents):
            result.true_fires += 1
            result.rules.add(rule)
    for start, end in scenario.incidents:
        hits = [at for at, _ in fires if start <= at <= end + GRACE_S]
        result.found += bool(hits)
        result.ttd.append(min(hits) - start if hits else None)
    return result


def fmt(value: float | None, pattern: str = "{:.2f}") -> str:
    return "-" if value is None else pattern.format(value)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the scenario files and alert output here")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="errorflow-bench-anomalies-"))
    work.mkdir(parents=True, exist_ok=True)
    baseline_rules = work / "baseline_rules.toml"
    baseline_rules.write_text(BASELINE_RULES)

    ok = True
    totals = {"errorflow": Score(), "baseline": Score()}
    header = (
        f"{'scenario':18} {'side':9} {'events':>7} {'fired':>5} {'precision':>9} {'recall':>6} "
        f"{'detect_s':>8} {'resolved':>8} {'replay_s':>8}  rules"
    )
    print(header)
    for index, make in enumerate(SCENARIOS):
        scenario = make(random.Random(args.seed * 100 + index))
        path = work / f"{scenario.name}.jsonl"
        write(scenario, path)
        scores = {}
        for side, rules in (("errorflow", None), ("baseline", baseline_rules)):
            alerts, elapsed = replay(path, rules)
            (work / f"{scenario.name}.{side}.alerts.jsonl").write_bytes(b"\n".join(orjson.dumps(a) for a in alerts))
            s = scores[side] = score(scenario, alerts)
            total = totals[side]
            total.fired += s.fired
            total.true_fires += s.true_fires
            total.found += s.found
            total.incidents += s.incidents
            ttd = s.ttd[0] if s.ttd else None
            recall = s.found / s.incidents if s.incidents else None
            print(
                f"{scenario.name:18} {side:9} {len(scenario.events):>7} {s.fired:>5} {fmt(s.precision):>9} "
                f"{fmt(recall):>6} {fmt(ttd, '{:.0f}'):>8} {s.resolved:>8} {elapsed:>8.1f}  {','.join(sorted(s.rules))}"
            )
        ours, theirs = scores["errorflow"], scores["baseline"]
        if scenario.incidents:
            if ours.found < ours.incidents:
                print(f"  MISSED: errorflow did not detect the incident of {scenario.name}")
                ok = False
            for mine, base in zip(ours.ttd, theirs.ttd, strict=True):
                if base is not None and (mine is None or mine > base):
                    print(f"  SLOWER: errorflow {fmt(mine)} s vs baseline {base:.2f} s on {scenario.name}")
                    ok = False
        if ours.fired > ours.true_fires:
            print(
                f"  NOISE: errorflow fired {ours.fired - ours.true_fires} alert(s) outside incidents in {scenario.name}"
            )
            ok = False
    print()
    for side, total in totals.items():
        recall = total.found / total.incidents if total.incidents else 0.0
        print(
            f"overall {side:9}: fired {total.fired}, precision {fmt(total.precision)}, "
            f"recall {recall:.2f} ({total.found}/{total.incidents} incidents)"
        )
    print(f"files in {work}")
    print("PASS" if ok else "FAIL: see the lines above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
