"""free_port: ports handed to child processes come from outside the kernel's ephemeral range."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from errorflow.embedded import tansu
from errorflow.embedded.tansu import free_port


def _bind(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", port))


def test_the_port_is_below_the_ephemeral_range_and_free(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An outgoing connection or a bind to port 0 elsewhere can take an ephemeral port between
    # the pick and the child's bind; a port below the range is never handed out by the kernel.
    range_file = tmp_path / "ip_local_port_range"
    range_file.write_text("32768\t60999\n")
    monkeypatch.setattr(tansu, "_EPHEMERAL_RANGE_FILE", range_file)
    ports = {free_port() for _ in range(20)}
    assert all(10_000 <= port < 32_768 for port in ports)
    assert len(ports) > 1  # drawn at random: parallel test workers do not queue for one port
    for port in ports:
        _bind(port)


def test_a_taken_port_is_not_returned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    range_file = tmp_path / "ip_local_port_range"
    range_file.write_text("11000 60999\n")  # 1,000 candidates, one of them held
    monkeypatch.setattr(tansu, "_EPHEMERAL_RANGE_FILE", range_file)
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        holder.bind(("127.0.0.1", 0))
        held = holder.getsockname()[1]
        monkeypatch.setattr(tansu.random, "randrange", lambda start, stop: held)
        # Every draw hits the held port: the kernel picks instead, and never the held one.
        assert free_port() != held
    finally:
        holder.close()


def test_no_room_below_the_range_lets_the_kernel_pick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    range_file = tmp_path / "ip_local_port_range"
    range_file.write_text("10500 60999\n")
    monkeypatch.setattr(tansu, "_EPHEMERAL_RANGE_FILE", range_file)

    def no_draw(start: int, stop: int) -> int:
        raise AssertionError(f"drew from {start}..{stop} with no room below the range")

    monkeypatch.setattr(tansu.random, "randrange", no_draw)
    _bind(free_port())
