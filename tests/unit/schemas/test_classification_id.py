"""A classification's id is uuid5 of the failed event's id, however it is computed."""

from __future__ import annotations

import random
import uuid

from errorflow.schemas.classification import _NAMESPACE, classification_id


def test_classification_id_is_uuid5_of_the_failed_event_id() -> None:
    rng = random.Random(5)
    alphabet = "abcdef0123456789-_:é\u2028\U0001f600 "
    names = ["", "x", str(uuid.uuid4()), "e" * 1000]
    names += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(2000)]
    for name in names:
        assert classification_id(name) == str(uuid.uuid5(_NAMESPACE, name)), name
