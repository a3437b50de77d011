"""The deployment manifests use the workers' probes on the port the workers serve them on."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_kubernetes_worker_has_liveness_and_readiness_probes_on_its_health_port() -> None:
    documents = (ROOT / "deploy" / "kubernetes.yaml").read_text().split("\n---\n")
    deployments = [doc for doc in documents if "kind: Deployment" in doc]
    assert len(deployments) == 3  # pipeline, the one anomaly worker, runner
    for doc in deployments:
        port = re.search(r'ERRORFLOW_HEALTH__PORT, value: "(\d+)"', doc)
        assert port, doc
        assert 'ERRORFLOW_HEALTH__HOST, value: "0.0.0.0"' in doc  # the kubelet calls the pod's address
        assert f"containerPort: {port.group(1)}" in doc
        assert re.search(r"livenessProbe:\n\s+httpGet: \{path: /healthz, port: health\}", doc), doc
        assert re.search(r"readinessProbe:\n\s+httpGet: \{path: /readyz, port: health\}", doc), doc


def test_compose_workers_check_readyz_on_their_health_port() -> None:
    compose = (ROOT / "docker-compose.yml").read_text()
    services = {m.group(1): m.group(2) for m in re.finditer(r"\n  (\w+):\n((?:    .*\n)*)", compose)}
    for service in ("pipeline", "runner"):
        block = services[service]
        port = re.search(r'ERRORFLOW_HEALTH__PORT: "(\d+)"', block)
        assert port, block
        assert f"127.0.0.1:{port.group(1)}/readyz" in block
