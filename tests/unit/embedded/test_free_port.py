"""Ports handed to child processes: drawn below the kernel's ephemeral range, and held until bound."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from errorflow.embedded import tansu
from errorflow.embedded.tansu import free_port, reserve_port


def _bind(port: int, *, reuse_address: bool = False) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if reuse_address:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError:
        sock.close()
        raise
    return sock


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
        _bind(port).close()


def test_a_taken_port_is_not_returned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    range_file = tmp_path / "ip_local_port_range"
    range_file.write_text("11000 60999\n")  # 1,000 candidates, one of them held
    monkeypatch.setattr(tansu, "_EPHEMERAL_RANGE_FILE", range_file)
    with _bind(0) as holder:
        held = holder.getsockname()[1]
        monkeypatch.setattr(tansu.random, "randrange", lambda start, stop: held)
        # Every draw hits the held port: the kernel picks instead, and never the held one.
        assert free_port() != held


def test_no_room_below_the_range_lets_the_kernel_pick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    range_file = tmp_path / "ip_local_port_range"
    range_file.write_text("10500 60999\n")
    monkeypatch.setattr(tansu, "_EPHEMERAL_RANGE_FILE", range_file)

    def no_draw(start: int, stop: int) -> int:
        raise AssertionError(f"drew from {start}..{stop} with no room below the range")

    monkeypatch.setattr(tansu.random, "randrange", no_draw)
    _bind(free_port()).close()


def test_a_reserved_port_is_handed_to_no_one_else_until_released(monkeypatch: pytest.MonkeyPatch) -> None:
    # The race CI lost: a port picked for a child, then picked again (another stack, another
    # test worker) before the child bound it.
    with reserve_port() as reservation:
        assert reservation.held
        draws = iter([reservation.port, reservation.port])
        monkeypatch.setattr(tansu.random, "randrange", lambda start, stop: next(draws, start + 1))
        with reserve_port() as other:
            assert other.port != reservation.port
        with pytest.raises(OSError, match="in use"):
            _bind(reservation.port)  # any bind of another kind fails too
    reservation.release()  # idempotent
    _bind(reservation.port).close()  # released: free for anyone


def test_the_child_binds_and_listens_on_its_reserved_port_and_binds_again_after_a_crash() -> None:
    # Tansu's and asyncio's listeners set SO_REUSEADDR, as this stand-in child does.
    with reserve_port() as reservation:
        with _bind(reservation.port, reuse_address=True) as child:
            child.listen()
        with pytest.raises(OSError, match="in use"):
            _bind(reservation.port)  # the child gone (no connection left behind), the port is still held
        with _bind(reservation.port, reuse_address=True) as restarted:
            restarted.listen()
            with socket.create_connection(("127.0.0.1", reservation.port), timeout=5):
                accepted, _ = restarted.accept()
                accepted.close()


def test_where_a_child_cannot_bind_beside_it_the_port_is_let_go(monkeypatch: pytest.MonkeyPatch) -> None:
    # BSD's SO_REUSEADDR rules refuse the child's bind beside a bound socket: holding it would
    # keep the child off its own port.
    monkeypatch.setattr(tansu, "_child_can_bind_beside", lambda sock, port: False)
    with reserve_port() as reservation:
        assert not reservation.held
        _bind(reservation.port).close()
