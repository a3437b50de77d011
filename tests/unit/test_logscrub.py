"""What errorflow logs is scrubbed like what it stores: a refused record's secret in a log line or a traceback.

The breaker agent logged ``quarantining a bad breaker input at ...: %r`` of the decode error, whose text
echoes the record's ``schema_version``; any agent's ``logger.exception`` prints messages that echo values.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from errorflow.cli.main import configure_logging
from errorflow.errors import MalformedEventError, UnsupportedSchemaVersionError
from errorflow.logscrub import install_log_scrubbing
from errorflow.redacted import REDACTED
from errorflow.settings import Settings

SECRET = "postgres://app:Zq9hunter2@db:5432/app"


@pytest.fixture
def restored_factory() -> Iterator[None]:
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)


def _logged(name: str) -> tuple[logging.Logger, io.StringIO]:
    """A logger whose records also go to a stream of their own, formatted as the CLI formats them."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(name)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger, stream


def _log_a_refusal_and_a_crash(logger: logging.Logger) -> None:
    logger.warning("quarantining a bad breaker input at %s: %r", "t[0]@7", UnsupportedSchemaVersionError(SECRET))
    try:
        raise MalformedEventError("invalid_fields", detail=f"token={SECRET}")
    except MalformedEventError:
        logger.exception("cannot handle %s", "t[0]@8")


@pytest.mark.usefixtures("restored_factory")
def test_errorflow_log_records_are_scrubbed_message_and_traceback() -> None:
    install_log_scrubbing(Settings())
    logger, stream = _logged("errorflow.agents.breakers")
    _log_a_refusal_and_a_crash(logger)
    text = stream.getvalue()
    assert "Zq9" not in text, text
    assert "quarantining a bad breaker input at t[0]@7: UnsupportedSchemaVersionError" in text
    assert "Traceback (most recent call last)" in text and "cannot handle t[0]@8" in text
    assert REDACTED in text


@pytest.mark.usefixtures("restored_factory")
def test_the_command_line_scrubs_what_its_processes_log() -> None:
    configure_logging(verbose=False)  # every errorflow process (agents, runner, CLI) starts here
    logger, stream = _logged("errorflow.agents.recovery")
    _log_a_refusal_and_a_crash(logger)
    assert "Zq9" not in stream.getvalue()
    assert "cannot handle t[0]@8" in stream.getvalue()


@pytest.mark.usefixtures("restored_factory")
@pytest.mark.parametrize("name", ["faust.agents.agent", "mode.services", "aiokafka.producer"])
def test_the_libraries_records_in_an_errorflow_process_are_scrubbed_too(name: str) -> None:
    """Faust logs an agent that crashed (``Crashed reason=...``) with the traceback of the record it was handling."""
    install_log_scrubbing(Settings())
    logger, stream = _logged(name)
    _log_a_refusal_and_a_crash(logger)
    text = stream.getvalue()
    assert "Zq9" not in text, text
    assert "cannot handle t[0]@8" in text and REDACTED in text


@pytest.mark.usefixtures("restored_factory")
def test_clean_records_are_left_as_they_are() -> None:
    install_log_scrubbing(Settings())
    install_log_scrubbing(Settings())  # twice: one scrubbing, not a chain of them
    logger, stream = _logged("errorflow.runner")
    logger.info("run %s took %.1f s", "r-1", 2.5)
    assert stream.getvalue() == "INFO errorflow.runner: run r-1 took 2.5 s\n"


@pytest.mark.usefixtures("restored_factory")
def test_a_record_that_cannot_be_scrubbed_is_logged_without_its_text_and_never_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The agents log inside their ``except`` blocks: a scrubber failing there must not end the agent."""
    from errorflow.sdk.scrub import Scrubber

    def broken(self: Scrubber, text: str) -> str:
        raise RecursionError("too deep")

    monkeypatch.setattr(Scrubber, "scrub_text", broken)
    install_log_scrubbing(Settings())
    logger, stream = _logged("errorflow.agents.ingest")
    _log_a_refusal_and_a_crash(logger)
    assert "Zq9" not in stream.getvalue()
    assert stream.getvalue().count("could not be scrubbed: RecursionError('too deep')") == 2
