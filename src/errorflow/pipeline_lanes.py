"""The pipeline worker's store lanes: a store connection and a thread of its own for each user of the store.

The sink's flushes, the anomaly agent's rebuild and catch-up lookups, the
notifier's delivery rows, the recovery agent's dead-letter lookups and the
readiness probe all call the store. On one thread (and one chDB session, whose
lock serializes its statements) a rebuild reading an hour of events, or a slow
notifier write, held up ingest, and a long flush held up the probe and the
lookups. Each user gets a lane: a thread, and a store of its own where the store
offers one (:meth:`~errorflow.sinks.Store.writer_lane`: a chDB session of the
process's one engine, or a clickhouse-connect client of its own), whose
statements run beside the other lanes'.

Nothing that needs ordering is split: each table is written by one lane (the
sink's tables by the sink, ``alert_deliveries`` by the notifier), and a lane
reads its own writes in order. A store that offers no lane is shared with the
sink, on the sink's thread, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from errorflow.sinks import Store

__all__ = ["Lane", "StoreLanes"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Lane:
    """A store and the one thread that calls it."""

    store: Store
    executor: ThreadPoolExecutor
    own: bool
    """Whether the lane's store and thread are its own (closed with the lanes) or the sink's."""


@dataclass
class StoreLanes:
    """The sink's lane and one lane per named user of the store."""

    sink: Lane
    lanes: dict[str, Lane] = field(default_factory=dict)

    @classmethod
    def open(cls, store: Store, executor: ThreadPoolExecutor, names: Iterable[str]) -> StoreLanes:
        """Lanes beside ``store`` (the sink's, called on ``executor``) for ``names``; blocking, call it off the loop."""
        lanes = cls(Lane(store, executor, own=False))
        try:
            for name in names:
                own = store.writer_lane()
                if own is None:
                    lanes.lanes[name] = lanes.sink
                    continue
                lanes.lanes[name] = Lane(
                    own, ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"errorflow-store-{name}"), own=True
                )
        except BaseException:
            lanes.close()
            raise
        return lanes

    def __getitem__(self, name: str) -> Lane:
        return self.lanes[name]

    def close(self) -> None:
        """Close every lane's own store after its thread's calls end (the sink's store stays open)."""
        for name, lane in self.lanes.items():
            if not lane.own:
                continue
            lane.executor.shutdown(wait=True)
            try:
                lane.store.close()
            except Exception:  # one lane's close must not keep the others open
                logger.exception("closing the %s store lane failed", name)
        self.lanes.clear()
