from errorflow.sdk.redact import REDACTED, Redactor
from errorflow.settings import DEFAULT_REDACT_KEYS


def test_redacts_secret_keys_at_any_depth_and_bearer_values() -> None:
    redactor = Redactor(DEFAULT_REDACT_KEYS)
    dump = {
        "user": "ann",
        "db_password": "p",
        "X-Api-Key": "k",
        "nested": [{"refresh_token": "t", "ok": 1}],
        "Cookie": "c",
        "note": "Bearer abc.def",
        "credentials": {"a": 1},
    }
    assert redactor.redact(dump) == {
        "user": "ann",
        "db_password": REDACTED,
        "X-Api-Key": REDACTED,
        "nested": [{"refresh_token": REDACTED, "ok": 1}],
        "Cookie": REDACTED,
        "note": REDACTED,
        "credentials": REDACTED,
    }


def test_configurable_keys() -> None:
    assert Redactor(["ssn"]).redact({"ssn": "1", "password": "x"}) == {"ssn": REDACTED, "password": "x"}
