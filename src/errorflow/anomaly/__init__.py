"""Windowed error-rate anomaly detection: detectors, alert lifecycle and rules, all pure.

Nothing here imports Kafka, Faust or ClickHouse clients (a test reads the
imports): the offline replay (``errorflow anomalies replay``) and the stream
agent run the same code on the same per-minute windows.
"""

from __future__ import annotations

from errorflow.anomaly.detectors import Observation
from errorflow.anomaly.engine import AnomalyEngine, alert_of
from errorflow.anomaly.lifecycle import Notice, Tracker
from errorflow.anomaly.rules import DetectorRules, RuleSet
from errorflow.anomaly.windows import Counts, Outcome, Series

__all__ = [
    "AnomalyEngine",
    "Counts",
    "DetectorRules",
    "Notice",
    "Observation",
    "Outcome",
    "RuleSet",
    "Series",
    "Tracker",
    "alert_of",
]
