"""The producers' key hash is exactly aiokafka's (Java's murmur2): keys land on the partitions other clients use."""

from __future__ import annotations

import random

import pytest
from aiokafka.partitioner import DefaultPartitioner
from aiokafka.partitioner import murmur2 as aiokafka_murmur2

from errorflow.streams.kafka import KeyPartitioner, murmur2


def test_every_length_and_byte_hashes_as_aiokafka_does() -> None:
    rng = random.Random(13)
    keys = [bytes(rng.randrange(256) for _ in range(length)) for length in range(70) for _ in range(40)]
    keys += [bytes([byte]) * length for byte in (0, 0x7F, 0x80, 0xFF) for length in range(9)]
    keys += [b"", b"a", b"ab", b"abc", b"abcd", "\u00e9\u2028".encode()]
    for key in keys:
        assert murmur2(key) == aiokafka_murmur2(key), key


@pytest.mark.parametrize("partitions", [1, 4, 7, 64])
def test_the_partitioner_places_keys_as_aiokafkas_default(partitions: int) -> None:
    rng = random.Random(partitions)
    every = list(range(partitions))
    ours, theirs = KeyPartitioner(), DefaultPartitioner()
    for _ in range(500):
        key = rng.randbytes(rng.randrange(1, 40))
        assert ours(key, every, every) == theirs(key, every, every)


def test_a_record_without_key_goes_to_an_available_partition() -> None:
    partitioner = KeyPartitioner()
    assert {partitioner(None, [0, 1, 2, 3], [2]) for _ in range(20)} == {2}
    assert partitioner(None, [0, 1, 2, 3], []) in {0, 1, 2, 3}
