"""Every log record of an errorflow process scrubbed as it is made: a log line is a way out of the service too.

The agents log what they refuse and why (``quarantining a bad breaker input at ...:
UnsupportedSchemaVersionError("... schema_version='postgres://app:pw@db/app'")``), and a
traceback's messages echo the values of the record that raised them; the topics and tables
those records reach are scrubbed, and the log, read by more people and kept by more systems,
was not. So every record has its message, exception text and stack text scrubbed by the
configured scrubber when it is created, before any handler, filter or formatter (errorflow's,
Faust's, a log shipper's) sees it. Every logger's, not only ``errorflow``'s: an agent that
crashes is logged by Faust and mode (``Crashed reason=...`` with the traceback of the record it
was handling), a refused request by aiokafka, and in an errorflow process every record is
errorflow's to keep safe. A record factory, not a handler filter: Faust's worker replaces the
root handlers at start, and a filter on one logger never sees its children's records.

Installed by the command line for every errorflow process (agents, runner, CLI); a service
using the SDK keeps its logging as it configured it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from errorflow.sdk.scrub import Scrubber
    from errorflow.settings import Settings

__all__ = ["install_log_scrubbing", "scrub_record"]

_FORMATTER = logging.Formatter()


def scrub_record(record: logging.LogRecord, scrubber: Scrubber) -> None:
    """Replace the record's message (arguments merged in), exception and stack text by their scrubbed text.

    The exception is formatted here (``exc_text``, which formatters print as it is) and dropped
    (``exc_info``): a formatter that would format it again could only print it unscrubbed.
    """
    try:
        message = record.getMessage()
    except Exception:  # arguments that do not fit the format: logging would print them raw in its complaint
        message = f"{record.msg!s} {record.args!r}"
    record.msg = scrubber.scrub_text(message)
    record.args = ()
    if record.exc_info:
        if record.exc_info[0] is not None and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        record.exc_info = None
    if record.exc_text:
        record.exc_text = scrubber.scrub_text(record.exc_text)
    if record.stack_info:
        record.stack_info = scrubber.scrub_text(record.stack_info)


def install_log_scrubbing(settings: Settings) -> None:
    """Scrub every log record of this process from now on with the scrubber ``settings`` describe.

    A second call replaces the first. The scrubber is built at the first record, not here: it
    compiles its patterns (about 10 ms), which a command that logs nothing should not pay at start.
    """
    previous = logging.getLogRecordFactory()
    previous = getattr(previous, "errorflow_previous", previous)  # installed before: wrap what it wrapped
    built: list[Scrubber] = []

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            if not built:
                from errorflow.sdk.redact import build_redactor  # here: see the docstring

                built.append(build_redactor(settings))
            scrub_record(record, built[0])
        except Exception as exc:  # logging must not raise where it is called (an agent's except block)
            record.msg, record.args = f"<a log record that could not be scrubbed: {exc!r:.200}>", ()
            record.exc_info = record.exc_text = record.stack_info = None
        return record

    factory.errorflow_previous = previous  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
