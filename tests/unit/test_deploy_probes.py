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


def test_the_workers_data_dir_is_one_the_images_user_owns() -> None:
    """The image runs as `nobody`, who cannot create a folder in / or /app: the workers' data dir
    (Faust's data directory, the SDK's spool) must be one the image made and handed to that user."""
    lines = (ROOT / "Dockerfile").read_text().splitlines()
    final_stage = lines[max(i for i, line in enumerate(lines) if line.startswith("FROM ")) :]
    user = next(line.split()[1] for line in final_stage if line.startswith("USER "))
    default = next(line.split("=", 1)[1] for line in final_stage if line.startswith("ENV ERRORFLOW_DATA_DIR="))
    chown = next(line for line in final_stage if "chown" in line)
    assert f"chown {user}" in chown and chown.rstrip().endswith(default), chown
    assert final_stage.index(chown) < final_stage.index(f"USER {user}")
    compose = (ROOT / "docker-compose.yml").read_text()
    kubernetes = (ROOT / "deploy" / "kubernetes.yaml").read_text()
    settings = re.findall(r"ERRORFLOW_DATA_DIR: \"?([^\s\"}]+)", compose)
    settings += re.findall(r"ERRORFLOW_DATA_DIR, value: \"([^\"]+)\"", kubernetes)
    for found in settings:
        assert found == default, found
