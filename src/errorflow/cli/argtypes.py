"""Argument types the ``errorflow`` parsers share: a bad value is a usage error before any work starts."""

from __future__ import annotations

import argparse

__all__ = ["positive_int", "positive_seconds"]


def positive_int(text: str) -> int:
    """A count such as ``--limit``: a whole number of at least 1.

    Zero and negative counts are refused rather than read: the queries take a
    missing limit as "no limit", so ``--limit 0`` once meant every row, and
    ``dlq replay --all --limit 0`` replayed every dead letter.

    Raises:
        argparse.ArgumentTypeError: the text is not a whole number of at least 1.
    """
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count of at least 1")
    return value


def positive_seconds(text: str) -> float:
    """A duration in seconds such as ``--wait``: a finite number above 0.

    Raises:
        argparse.ArgumentTypeError: the text is not a number above 0.
    """
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value
