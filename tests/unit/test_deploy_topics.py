"""Every Kubernetes worker creates topics of the same shape.

The pipeline creates errorflow's topics at start, but a runner's Faust app also creates the topics
it reads when they are missing (Faust declares its agents' topics), with its own settings'
``kafka.partitions`` and ``kafka.replication_factor``: a runner that starts first on a fresh cluster
would otherwise leave the commands topic with one replica or another partition count for good.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHAPE = ("ERRORFLOW_KAFKA__PARTITIONS", "ERRORFLOW_KAFKA__REPLICATION_FACTOR")


def test_every_kubernetes_worker_sets_the_same_partitions_and_replication_factor() -> None:
    documents = (ROOT / "deploy" / "kubernetes.yaml").read_text().split("\n---\n")
    deployments = [doc for doc in documents if "kind: Deployment" in doc]
    assert len(deployments) == 3  # pipeline, the one anomaly worker, runner
    shapes = set()
    for doc in deployments:
        values = tuple(re.search(rf'name: {name}, value: "(\d+)"', doc) for name in SHAPE)
        assert all(values), doc
        shapes.add(tuple(value.group(1) for value in values if value))
    assert len(shapes) == 1, shapes
