"""Fingerprints: the same failure groups together across ids and hosts; different failures do not."""

from __future__ import annotations

import pytest

from errorflow.classify import Classifier, ErrorSignal, fingerprint, normalize_message
from errorflow.classify.fingerprint import app_frames

SAME = [
    (
        "psycopg2.errors.UniqueViolation",
        'duplicate key value violates unique constraint "users_email_key"\n'
        "DETAIL:  Key (email)=(ann@example.org) already exists.",
        'duplicate key value violates unique constraint "users_email_key"\n'
        "DETAIL:  Key (email)=(bob.smith@acme.io) already exists.",
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 111 connecting to cache-1.prod.internal:6379. Connection refused.",
        "Error 111 connecting to 10.0.3.17:6380. Connection refused.",
    ),
    (
        "requests.exceptions.ReadTimeout",
        "HTTPSConnectionPool(host='api.partner.com', port=443): Read timed out. (read timeout=10)",
        "HTTPSConnectionPool(host='eu.api.partner.com', port=8443): Read timed out. (read timeout=30)",
    ),
    (
        "builtins.KeyError",
        "'order 6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b'",
        "'order 0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d'",
    ),
    (
        "builtins.FileNotFoundError",
        "[Errno 2] No such file or directory: '/data/in/2024-01-05/batch_0001.csv'",
        "[Errno 2] No such file or directory: '/data/in/2024-02-11/batch_0917.csv'",
    ),
    (
        "pymongo.errors.DuplicateKeyError",
        "E11000 duplicate key error collection: app.users index: _id_ dup key: "
        "{ _id: ObjectId('6b03f75ac2e4f353bb13753e') }",
        "E11000 duplicate key error collection: app.users index: _id_ dup key: "
        "{ _id: ObjectId('e4f353bb13753e6b03f75ac2') }",
    ),
    (
        "httpx.HTTPStatusError",
        "Server error '503 Service Unavailable' for url 'https://api.example.com/v1/orders/123?page=2'",
        "Server error '503 Service Unavailable' for url 'https://api.example.com/v1/orders/98765'",
    ),
    (
        "builtins.RuntimeError",
        "CUDA out of memory. Tried to allocate 2.50 GiB (GPU 0; 15.78 GiB total capacity)",
        "CUDA out of memory. Tried to allocate 512.00 MiB (GPU 3; 79.15 GiB total capacity)",
    ),
    (
        "builtins.ValueError",
        "user jane@example.com sent 0x7f3a2b1c",
        "user john.doe+tag@corp.example.org sent 0xdeadbeef",
    ),
]

DIFFERENT = [
    (
        ("builtins.OSError", "[Errno 28] No space left on device"),
        ("builtins.OSError", "[Errno 24] Too many open files"),
    ),
    (("builtins.KeyError", "'x'"), ("builtins.IndexError", "'x'")),
    (
        ("requests.exceptions.HTTPError", "404 Client Error: Not Found for url: https://a.example.com/x"),
        ("requests.exceptions.HTTPError", "503 Server Error: Service Unavailable for url: https://a.example.com/x"),
    ),
    (
        ("pymysql.err.OperationalError", "(1040, 'Too many connections')"),
        ("pymysql.err.OperationalError", "(1045, \"Access denied for user 'x'@'h' (using password: YES)\")"),
    ),
    (
        ("builtins.ValueError", "invalid literal for int() with base 10: 'abc'"),
        ("builtins.ValueError", "could not convert string to float: 'abc'"),
    ),
]


@pytest.mark.parametrize(("exc_type", "first", "second"), SAME, ids=[case[0] for case in SAME])
def test_same_error_with_different_ids_and_hosts_has_one_fingerprint(exc_type: str, first: str, second: str) -> None:
    assert fingerprint(exc_type, first) == fingerprint(exc_type, second), (
        normalize_message(first),
        normalize_message(second),
    )


@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_different_errors_have_different_fingerprints(one: tuple[str, str], other: tuple[str, str]) -> None:
    assert fingerprint(*one) != fingerprint(*other)


def test_fingerprint_is_sixteen_hex_characters_and_stable() -> None:
    value = fingerprint("builtins.TimeoutError", "timed out")
    assert len(value) == 16
    int(value, 16)
    assert value == fingerprint("builtins.TimeoutError", "timed out")
    assert (
        fingerprint("builtins.TimeoutError", "timed out")
        == Classifier.default().classify(ErrorSignal(exc_type="builtins.TimeoutError", message="timed out")).fingerprint
    )


TRACEBACK_A = """Traceback (most recent call last):
  File "/srv/app/jobs/export.py", line 41, in run
    rows = fetch(client)
  File "/srv/app/jobs/export.py", line 18, in fetch
    return client.get(url).json()
  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 602, in get
    return self.request("GET", url, **kwargs)
  File "/usr/lib/python3.11/json/__init__.py", line 346, in loads
    return _default_decoder.decode(s)
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
"""


def test_app_frames_skip_library_and_stdlib_frames_and_line_numbers() -> None:
    assert app_frames(TRACEBACK_A) == ("export.py:run", "export.py:fetch")
    moved = TRACEBACK_A.replace("line 41", "line 57").replace("line 18", "line 20")
    assert app_frames(moved) == app_frames(TRACEBACK_A)


def test_app_frames_of_a_chained_traceback_come_from_the_last_exception() -> None:
    chained = (
        'Traceback (most recent call last):\n  File "/srv/app/db.py", line 3, in connect\n'
        "    x()\nOSError: boom\n\n"
        "The above exception was the direct cause of the following exception:\n\n"
        'Traceback (most recent call last):\n  File "/srv/app/jobs.py", line 9, in main\n'
        "    connect()\nRuntimeError: x\n"
    )
    assert app_frames(chained) == ("jobs.py:main",)


def test_the_same_message_from_different_code_has_different_fingerprints() -> None:
    other = TRACEBACK_A.replace("in fetch", "in fetch_users")
    message = "Expecting value: line 1 column 1 (char 0)"
    exc_type = "json.decoder.JSONDecodeError"
    assert fingerprint(exc_type, message, TRACEBACK_A) != fingerprint(exc_type, message, other)
    # and a redeploy that moves lines keeps the fingerprint
    moved = TRACEBACK_A.replace("line 41", "line 99")
    assert fingerprint(exc_type, message, TRACEBACK_A) == fingerprint(exc_type, message, moved)


def test_windows_paths_and_frozen_frames() -> None:
    traceback = (
        '  File "C:\\\\app\\\\worker.py", line 3, in handle\n'
        '  File "C:\\\\Python311\\\\Lib\\\\asyncio\\\\tasks.py", line 9, in wait\n'
        '  File "<frozen importlib._bootstrap>", line 1, in _find\n'
    )
    assert app_frames(traceback) == ("worker.py:handle",)


def test_normalisation_keeps_the_words() -> None:
    normal = normalize_message("Error 111 connecting to cache.internal:6379. Connection refused.")
    assert "connection refused" in normal
    assert "6379" not in normal
    assert "cache.internal" not in normal


# Host suffixes and ports are found in one scan (speed, issue 13); the normalised text must not change.
HOSTS_AND_PORTS = [
    (
        "connect to db.example.com:5432 failed; retry via cache:6379 and 10.0.0.1:443",
        "connect to ~ failed; retry via ~ and ~",
    ),
    ("no port here", "no port here"),
    ("ratio 1:20 at api.internal.svc.cluster.local", "ratio ~ at ~"),
    ("a.b.de:80 x.io:9", "~ ~"),
    ("time 12:30:45 on host-1.corp", "time ~:~ on ~"),
]


@pytest.mark.parametrize(("message", "normalised"), HOSTS_AND_PORTS)
def test_host_suffixes_and_ports_are_replaced_as_before(message: str, normalised: str) -> None:
    assert normalize_message(message) == normalised


def test_literal_led_scans_give_what_the_class_led_ones_give() -> None:
    """Hosts: a suffix scan and a port scan merged equal one scan of both; paths without '\\' need only '/'."""
    import importlib
    import random
    import re

    fp = importlib.import_module("errorflow.classify.fingerprint")

    both = re.compile(rf"{fp._HOST_SUFFIX.pattern}|{fp._HOST_PORT.pattern}")
    rng = random.Random(3)
    pieces = [
        "http://a.b/c", "x.example.com:8443/p", "a@b.com", "/var/log/x.log", "host.internal:5432", "10.0.0.1:80",
        ".com", ".co.uk", ":443", ":8", "x.de", " ", "'q'", "12ms", "abc", "-", ".", ":", "/", "~", "é", "a.b.c",
        "svc.cluster.local", "foo:bar", "v2/api", "./x/y", "//", "_",
    ]  # fmt: skip
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        merged = sorted(
            [m.start() for m in fp._HOST_SUFFIX.finditer(text)] + [m.start() for m in fp._HOST_PORT.finditer(text)]
        )
        assert merged == [m.start() for m in both.finditer(text)], text
        assert fp._SLASH_PATH.sub("~", text) == fp._PATH.sub("~", text), text


def test_non_ascii_messages_keep_unicode_classes() -> None:
    # ASCII text is normalised by ASCII-class copies of the regexes (speed); other text by the Unicode ones.
    assert normalize_message("code \u0663\u0664 x") == "code ~ x"
    assert normalize_message("code 34 x") == "code ~ x"
