"""The catalogue of secret formats (``data/secret_catalogue.json``), each secret embedded the ways it reaches a failure.

Shared by the catalogue's tests and the scrubber's benchmark. An entry is one rule of gitleaks, one plugin of
detect-secrets or one detector of trufflehog (``id``), with a realistic ``secret``, its public ``prefix`` (the
part every token of the format shares: not what must go), and either a ``key`` (the variable a service keeps a
value in that only its key tells from an id: gitleaks' keyword rules) or ``texts`` (the rule matches a whole
text: a curl command, a Kubernetes manifest, a connection string).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_PATH = Path(__file__).parent / "data" / "secret_catalogue.json"
CATALOGUE: list[dict[str, Any]] = [entry for entry in json.loads(_PATH.read_text()) if "secret" in entry]
"""Every entry with a secret (a rule about file names has none)."""

_WINDOW = 12


def _shape_texts(secret: str) -> dict[str, str]:
    """A secret that its shape alone tells, written where a failure's text carries it, under no telling key."""
    return {
        "message": f"401 Unauthorized: credential {secret} was rejected by the upstream",
        "url": f"HTTPError: 403 Client Error: Forbidden for url: https://api.example.com/v1/items?key={secret}&page=2",
        "userinfo_url": f"fatal: unable to access 'https://x-access-token:{secret}@github.com/acme/app.git/': 403",
        "connection_string": f"Endpoint=sb://acme.example.net/;Key={secret};EntityPath=jobs",
        "traceback": (
            "Traceback (most recent call last):\n"
            '  File "/srv/app/billing/clients.py", line 12, in <module>\n'
            f'    client = Client("{secret}", timeout=10)\n'
            "ValueError: the upstream refused the client"
        ),
        "dict_repr": repr({"service": "billing", "value": secret, "retries": 3}),
        "json": json.dumps({"args": [secret], "status": 401}),
        "env_dump": f"HOME=/root\nPATH=/usr/local/bin:/usr/bin\nUPSTREAM={secret}\nLANG=C.UTF-8",
        "log_line": f"2026-12-01T10:15:02.114Z WARNING billing.client retrying with {secret} (attempt 2/5)",
    }


def _keyed_texts(key: str, secret: str) -> dict[str, str]:
    """A secret only its key tells (a 32-character hex value is an id elsewhere), written under that key."""
    lower = key.lower()
    return {
        "env_dump": f"HOME=/root\n{key}={secret}\nLANG=C.UTF-8",
        "dict_repr": repr({lower: secret, "retries": 3}),
        "json": json.dumps({lower: secret, "region": "eu-west-1"}),
        "log_line": f"2026-12-01T10:15:02.114Z INFO settings loaded: {lower}={secret} region=eu-west-1",
        "yaml": f"settings:\n  {lower}: {secret}\n  region: eu-west-1\n",
        "url": f"HTTPError: 401 for url: https://api.example.com/v1/items?{lower}={secret}&page=2",
    }


def embeddings(entry: dict[str, Any]) -> dict[str, str]:
    """The texts the entry's secret is tested in, by name."""
    if "texts" in entry:
        return {f"text{index}": text for index, text in enumerate(entry["texts"])}
    if "key" in entry:
        return _keyed_texts(entry["key"], entry["secret"])
    return _shape_texts(entry["secret"])


def distinctive(entry: dict[str, Any]) -> str:
    """The secret without its public prefix: what must not survive, in whole or in part."""
    secret: str = entry["secret"]
    prefix: str = entry.get("prefix", "")
    return secret[len(prefix) :] if prefix and secret.startswith(prefix) else secret


def leaked(entry: dict[str, Any], output: str) -> str | None:
    """A piece of the secret's distinctive part (12 characters, or all of a shorter one) found in ``output``."""
    part = distinctive(entry)
    width = min(_WINDOW, len(part))
    for start in range(len(part) - width + 1):
        window = part[start : start + width]
        if "\n" not in window and window in output:
            return window
    return None
