"""The Faust worker leaves the root logger at its level, so library debug calls build no records."""

from __future__ import annotations

import logging
from pathlib import Path

from errorflow.settings import Settings
from errorflow.streams.app import build_app, build_worker


def test_worker_logging_keeps_debug_records_off(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, kafka={"bootstrap": "127.0.0.1:1"})
    worker = build_worker(build_app(settings, role="runner"), loglevel="warn")
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    try:
        worker._setup_logging()  # what the worker does first when it runs
        assert not logging.getLogger("aiokafka.consumer.fetcher").isEnabledFor(logging.DEBUG)
        assert root.level == logging.WARNING
    finally:
        root.setLevel(saved[0])
        root.handlers[:] = saved[1]
        worker.loop.close()
