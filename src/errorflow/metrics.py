"""Metrics in the Prometheus text format, for ``GET /metrics`` of the pipeline's health server.

Only what operators of a streaming pipeline alert on and the standard library can serve: counters
and cumulative histograms with fixed buckets (no client library, no registry). A histogram is
observed from the thread that learns the value (the sink's store thread, the moment an insert
returned) and rendered from the health server's loop, so it takes a lock of its own.
"""

from __future__ import annotations

import bisect
import itertools
import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = ["DETECTION_LAG_BUCKETS_S", "Histogram", "HistogramSnapshot", "render_counter", "render_histogram"]

DETECTION_LAG_BUCKETS_S: tuple[float, ...] = (
    0.01,
    0.025,
    0.05,
    0.075,
    0.1,
    0.125,
    0.15,
    0.175,
    0.2,
    0.225,
    0.25,
    0.3,
    0.35,
    0.4,
    0.5,
    0.6,
    0.75,
    1.0,
    1.5,
    2.0,
    3.0,
    5.0,
    10.0,
    30.0,
    60.0,
    300.0,
)
"""Upper bounds (seconds) of the detection latency histogram: fine around its goals (250 ms at light
load, 1 s under a burst), coarse past them, where an operator needs the order of magnitude only."""


@dataclass(frozen=True, slots=True)
class HistogramSnapshot:
    """A histogram's state at one moment: per-bucket counts (not cumulative; the last is +Inf), sum, count."""

    bounds: tuple[float, ...]
    counts: tuple[int, ...]
    total: float

    @property
    def count(self) -> int:
        """Observations in all."""
        return sum(self.counts)

    def since(self, earlier: HistogramSnapshot) -> HistogramSnapshot:
        """The observations made after ``earlier`` (a snapshot of the same histogram)."""
        return self._combined(earlier, -1)

    def plus(self, other: HistogramSnapshot) -> HistogramSnapshot:
        """The observations of both (snapshots of two processes' histograms with the same buckets)."""
        return self._combined(other, 1)

    def _combined(self, other: HistogramSnapshot, sign: int) -> HistogramSnapshot:
        if other.bounds != self.bounds:
            raise ValueError("snapshots of histograms with different buckets")
        counts = tuple(mine + sign * theirs for mine, theirs in zip(self.counts, other.counts, strict=True))
        return HistogramSnapshot(self.bounds, counts, self.total + sign * other.total)

    def quantile_bound(self, q: float) -> float:
        """The upper bound of the bucket holding the ``q`` quantile (0 < q <= 1): the quantile is at most this.

        ``inf`` when it lies past the last finite bound, ``nan`` without observations. A bound, not an
        estimate: no interpolation, so a goal met by it is met by the true value too.
        """
        if not 0 < q <= 1:
            raise ValueError(f"q must be in (0, 1], got {q!r}")
        count = self.count
        if count == 0:
            return math.nan
        rank = math.ceil(q * count)
        seen = 0
        for bound, bucket in zip((*self.bounds, math.inf), self.counts, strict=True):
            seen += bucket
            if seen >= rank:
                return bound
        return math.inf

    @classmethod
    def parse(cls, text: str, name: str) -> HistogramSnapshot:
        """Read histogram ``name`` back from Prometheus text (what :func:`render_histogram` wrote)."""
        cumulative: list[tuple[float, int]] = []
        total = 0.0
        for line in text.splitlines():
            if line.startswith(f"{name}_bucket{{"):
                labels, _, value = line.rpartition(" ")
                le = labels.split('le="', 1)[1].split('"', 1)[0]
                cumulative.append((math.inf if le == "+Inf" else float(le), int(float(value))))
            elif line.startswith(f"{name}_sum "):
                total = float(line.split()[1])
        if not cumulative or cumulative[-1][0] != math.inf:
            raise ValueError(f"no histogram {name} in the text")
        counts = [cumulative[0][1]] + [now - then for (_, then), (_, now) in itertools.pairwise(cumulative)]
        return cls(tuple(bound for bound, _ in cumulative[:-1]), tuple(counts), total)


class Histogram:
    """A cumulative histogram with fixed upper bounds, safe to observe from any thread."""

    def __init__(self, bounds: Sequence[float] = DETECTION_LAG_BUCKETS_S) -> None:
        ordered = tuple(float(bound) for bound in bounds)
        if not ordered or list(ordered) != sorted(set(ordered)) or not all(math.isfinite(b) for b in ordered):
            raise ValueError("bucket bounds must be finite, distinct and increasing")
        self.bounds = ordered
        self._counts = [0] * (len(ordered) + 1)  # the last is the +Inf bucket
        self._total = 0.0
        self._lock = threading.Lock()

    def observe_many(self, values: Iterable[float]) -> None:
        """Count each value in its bucket (values past the last bound in +Inf; NaN is ignored)."""
        places = [(bisect.bisect_left(self.bounds, value), value) for value in values if not math.isnan(value)]
        with self._lock:
            for place, value in places:
                self._counts[place] += 1
                self._total += value

    def snapshot(self) -> HistogramSnapshot:
        """The counts, sum and bounds as of now."""
        with self._lock:
            return HistogramSnapshot(self.bounds, tuple(self._counts), self._total)


def _number(value: float) -> str:
    if value == math.inf:
        return "+Inf"
    return repr(float(value)) if not float(value).is_integer() else f"{value:.1f}"


def render_histogram(name: str, help_text: str, snapshot: HistogramSnapshot) -> str:
    """``name`` as a Prometheus histogram: cumulative ``_bucket`` lines, ``_sum`` and ``_count``."""
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} histogram"]
    running = 0
    for bound, bucket in zip((*snapshot.bounds, math.inf), snapshot.counts, strict=True):
        running += bucket
        lines.append(f'{name}_bucket{{le="{_number(bound)}"}} {running}')
    lines.append(f"{name}_sum {snapshot.total!r}")
    lines.append(f"{name}_count {running}")
    return "\n".join(lines) + "\n"


def render_counter(name: str, help_text: str, values: Mapping[str, int]) -> str:
    """``name`` as a Prometheus counter, one sample per ``kind`` label value (``values``: kind -> count)."""
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} counter"]
    lines.extend(f'{name}{{kind="{kind}"}} {count}' for kind, count in values.items())
    return "\n".join(lines) + "\n"
