"""The one settings object of errorflow, read from the environment.

Every variable starts with ``ERRORFLOW_``; nested groups use a double
underscore (``ERRORFLOW_KAFKA__BOOTSTRAP``). The two switches that move errorflow
from its embedded parts to production ones also have short documented forms,
``ERRORFLOW_KAFKA_BOOTSTRAP`` and ``ERRORFLOW_CLICKHOUSE_URL``.

Nothing else in errorflow reads ``os.environ``: build :class:`Settings` once
and pass it down.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

__all__ = [
    "AnomalySettings",
    "misspelled_variables",
    "warn_misspelled_variables",
    "ClickHouseSettings",
    "HealthSettings",
    "KafkaSettings",
    "RecoverySettings",
    "SdkSettings",
    "Settings",
    "SinkSettings",
]

DEFAULT_REDACT_KEYS: tuple[str, ...] = (
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "api_key",
    "apikey",
    "access_key",
    "private_key",
    "signing_key",
    "encryption_key",
    "master_key",
    "ssh_key",
    "authorization",
    "cookie",
    "credential",
    "creds",
    "session_id",
    "jwt",
    "otp",
    "totp",
    "hotp",
    "pin",
    "cvv",
    "cvc",
)


class _Group(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class KafkaSettings(_Group):
    """Where Kafka is and how errorflow's clients talk to it."""

    bootstrap: str | None = None
    """``host:port[,host:port]``; unset means the embedded Tansu broker started by ``errorflow up``."""
    topic_prefix: str = "errorflow."
    """Prefix of every topic errorflow declares, so several deployments can share a cluster."""
    partitions: int = Field(default=4, ge=1)
    """Partitions of topics errorflow creates."""
    replication_factor: int = Field(default=1, ge=1)
    """Replication factor of topics errorflow creates."""
    session_timeout_s: float = Field(default=6.0, gt=0)
    """Consumer-group session timeout. Tansu answers a join only after half of it."""
    heartbeat_interval_s: float = Field(default=1.0, gt=0)
    """Consumer-group heartbeat interval."""
    rebalance_timeout_s: float = Field(default=6.0, gt=0)
    """Consumer-group rebalance timeout."""
    request_timeout_s: float = Field(default=15.0, gt=0)
    """Producer and admin request timeout, the Faust apps' producers' too: how long a record waits for the
    broker's acknowledgement before a try counts as failed (an agent that waits for its records sends them
    again; one no one waits for, such as a Faust table's changelog record, is dropped then)."""
    max_message_bytes: int = Field(default=1_048_576, ge=1024)
    """Largest event accepted; larger ones are quarantined as ``too_large``."""
    fetch_max_wait_s: float = Field(default=0.02, gt=0, le=10)
    """Longest time the broker may hold one fetch of an errorflow consumer while no record is there.

    Consumers fetch with ``fetch_min_bytes=1``, so a fetch returns as soon as data exists and, under
    load, brings whole batches (up to ``sink.fetch_max_records``): a short wait keeps batching. On a
    quiet topic it is each hop's delay on Tansu, which answers a held fetch only as the wait runs out
    (measured per hop: aiokafka's default 500 ms -> ~200 ms median; 50 ms -> 7 ms median, 27 ms max;
    20 ms -> 4 ms median, 13 ms max). It applies to the Faust workers' consumers too (the runner's
    commands), whose own fixed wait is 1.5 s. The price is idle polling: an idle embedded stack took
    36 % of a core at 20 ms (Tansu 21, pipeline 12, runner 4), 16 % at 50 ms, 5 % at 500 ms. Apache
    Kafka answers a fetch as soon as a record arrives, so on Kafka a longer wait (0.5) costs no
    latency and saves that polling."""
    linger_s: float = Field(default=0.001, ge=0, le=1)
    """How long errorflow's producers (agents and the SDK's emitter) wait for more records before
    sending a batch. Each one waits for the acknowledgement of what it sent before sending more, and
    records arriving meanwhile form the next batch, so batches fill under load without a long linger;
    on a quiet topic every millisecond here is a millisecond of each hop."""


class ClickHouseSettings(_Group):
    """Where the ClickHouse store is."""

    url: SecretStr | None = None
    """``http(s)://user:password@host:port``; unset means chDB in-process under ``data_dir``."""
    database: str = "errorflow"
    """Database holding errorflow's tables and views."""
    query_timeout_s: float = Field(default=30.0, gt=0)
    """Timeout of one query against a ClickHouse server."""
    merge_nice: int = Field(default=10, ge=0, le=19)
    """Nice value of embedded chDB's background merge threads, so merges use the CPU ingest leaves
    idle (Linux; 0 leaves them alone). A server has ``os_threads_nice_value_merge_mutate`` for this."""
    retention_days: dict[str, int] = Field(default_factory=dict)
    """Per-table retention (TTL) in days, e.g. ``{"taskrun_events": 30}``; 0 keeps rows forever.

    Tables not named keep their defaults (``errorflow.sinks.schema.RETENTION``); applied at every start.
    """
    analyst_url: SecretStr | None = None
    """URL of a read-only ClickHouse user for analyst queries (``errorflow sql``, ``stats``, the SQL
    endpoint), whose profile sets ``readonly=1`` and ``max_execution_time``; unset, they go to ``url``
    with ``readonly=1`` and ``analyst_max_execution_s`` sent with every query. Unused with chDB."""
    analyst_max_execution_s: float = Field(default=30.0, gt=0)
    """Time limit of one analyst query (``max_execution_time``; whole seconds, rounded up)."""
    analyst_max_memory_bytes: int = Field(default=2 * 1024**3, ge=64 * 1024**2)
    """Memory of all analyst queries in flight together: each gets an equal share of it as its
    ``max_memory_usage``. With chDB they run inside the pipeline's process, beside the sink."""
    analyst_max_concurrent: int = Field(default=2, ge=1, le=32)
    """Analyst queries in flight at once; one more waits up to ``analyst_max_execution_s`` for a
    slot and is then refused as busy."""
    packed_part_max_bytes: int = Field(default=1024 * 1024, ge=0)
    """chDB only: parts smaller than this (uncompressed) are stored packed, one file instead of a file
    per column, index and mark: a small insert's CPU no longer grows with the disk's recent deletions (two
    thirds less on a busy machine; ``errorflow.sinks.migrate.apply_part_storage``); 0 stores every part as
    files. Applied at every start."""


class SinkSettings(_Group):
    """How the ClickHouse writer batches."""

    batch_max_rows: int = Field(default=20_000, ge=1)
    """Rows that trigger a flush."""
    batch_max_interval_s: float = Field(default=0.5, gt=0)
    """Oldest buffered row age that triggers a flush."""
    buffer_max_rows: int = Field(default=100_000, ge=1)
    """Rows buffered before consumption pauses (backpressure)."""
    insert_attempts: int = Field(default=8, ge=1)
    """Attempts of one insert before the writer gives up: the sink agent then fails and the pipeline
    process exits non-zero, the offsets of unstored rows uncommitted (a restart reads them again)."""
    fetch_max_records: int = Field(default=5_000, ge=1)
    """Records fetched per ``getmany`` call."""
    fast_path: bool = True
    """Store well-formed events as JSON text (re-encoded as checked), mapped to columns by ClickHouse
    (``schemas/wire.py``); off, every event is built into a row in Python (slower, same rows)."""
    batch_min_interval_s: float = Field(default=0.0, ge=0)
    """Shortest time between the starts of two flushes while rows wait (the sink's linger).

    At 0 the sink flushes as soon as its store is idle and a row waits, so on a quiet topic a row
    is stored one flush after it arrives instead of up to ``batch_max_interval_s`` later; under
    load rows gather while a flush runs, so batches still grow with the rate; while the sink
    reads a backlog (its fetches come back full) it flushes by size and ``batch_max_interval_s``
    only, as before (measured with ``bench/bench_detection.py`` and ``bench/bench_ingest.py``).
    Each flush makes a part per table it writes: a ClickHouse server fed by many sinks may want
    0.2-1 here to bound parts per second. Values above ``batch_max_interval_s`` act as it."""
    detection_lane: bool = True
    """Store classifications through a store session, thread and flusher of their own, beside the
    other tables' flushes rather than after them (the detection latency; ``errorflow.agents.ingest``)."""
    main_min_interval_s: float = Field(default=0.5, ge=0)
    """With ``detection_lane``: shortest time between the starts of two flushes of the other tables (events,
    recovery records, dead letters, alerts) while their records keep arriving; once none has come for
    ``errorflow.agents.ingest.QUIET_S`` (0.1 s) their rows are flushed at once, as by ``batch_min_interval_s``.

    An insert costs the engine about the same at 40 rows as at 400 (each makes a part in its table and
    in every view on it), and the two lanes' inserts share the cores: flushed back to back, the other
    tables kept the store busy about three quarters of the time at 200 failures a second and slowed
    the classifications' inserts, which the detection latency waits for. 0 flushes them as soon as
    the store is idle, as before. Values above ``batch_max_interval_s`` act as it."""


class SdkSettings(_Group):
    """How services emit events."""

    service: str = "unknown-service"
    """Name of the service emitting events, used when ``@operation`` names none."""
    redact_keys: tuple[str, ...] = DEFAULT_REDACT_KEYS
    """Input keys (case-insensitive, matched as word parts: ``db_password``, ``accessToken``, ``dbpassword``; not
    ``tokenizer`` or ``token_count``) whose values are replaced before emitting; a number under a key that names
    them only in the plural (``max_tokens``, ``api_keys``) is a count and is kept, and so is a flag (``True``,
    ``None``) under any of them."""
    spool_dir: Path | None = None
    """Directory of the durable local spool; default ``<data_dir>/spool/<service>``. Every process of the
    service shares it: each spools into a sub-directory of its own (``errorflow.sdk.spool``)."""
    spool_max_bytes: int = Field(default=512 * 1024 * 1024, ge=1024)
    """Spool size at which the oldest events are kept and new ones are not spooled: they wait in memory
    (``hold_max_bytes``) for room or the broker; it counts every process of the service together."""
    hold_max_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    """Bytes of events one process keeps in memory, in order, while neither the broker nor the spool takes
    them (the spool's disk fails or is full); past it new events are dropped, counted and logged."""
    flush_interval_s: float = Field(default=0.05, gt=0)
    """How often the background emitter sends what is buffered."""
    watch_breakers: bool = True
    """Follow ``breakers.state`` in a background thread, so calls to a dependency whose circuit breaker
    is open fail fast with ``CircuitOpenError`` (needs a broker; off, every call goes ahead)."""
    scrub_values: bool = True
    """Replace credentials found by value pattern (URL passwords, bearer/basic tokens, AWS keys, JWTs,
    private keys, ``password=...`` pairs) in messages, tracebacks, error context and input, whatever the key."""
    scrub_keys: tuple[str, ...] = ()
    """Key names scrubbed besides ``redact_keys``: values under them, and ``name=value`` pairs in text."""
    scrub_patterns: tuple[str, ...] = ()
    """Extra regular expressions; a match (or only its group named ``secret``) is replaced in every text."""
    scrub_replacement: str = "***REDACTED***"
    """The text that stands for a secret in messages, tracebacks and context; an input value holding a
    secret always becomes ``***REDACTED***``, the marker recovery looks for."""
    max_message_chars: int = Field(default=32_768, ge=256)
    """Longest exception message (and cause message) on an event; the rest is cut with a marker."""
    max_traceback_chars: int = Field(default=65_536, ge=1024)
    """Longest traceback on an event; its start is cut (the end names the failing line)."""
    heartbeat_timeout_s: float | None = Field(default=60.0, gt=0)
    """Heartbeat timeout of operations that declare none: after this long without a sign of life the
    watchdog records the attempt ``timed_out``. None: such operations are not watched."""
    lifecycle_after_s: float = Field(default=1.0, ge=0)
    """A direct call that lasts longer gets ``pending`` and ``running`` events once it passes this; a shorter
    one sends only its terminal event, carrying ``queued_at`` and ``started_at`` (one record per quick call).
    0 sends all three events for every call."""
    compensation_timeout_s: float | None = Field(default=300.0, gt=0)
    """How long one compensation step may run; past it the step counts as failed
    (``CompensationTimeoutError``) and the saga is dead-lettered there. None: no limit."""
    producer: Literal["confluent", "aiokafka"] = "confluent"
    """The SDK emitter's Kafka client: ``confluent`` (librdkafka, produces from C threads: the cheapest per
    call, see ``bench/bench_sdk.py``) or ``aiokafka`` (pure Python, in a background thread)."""

    @field_validator("scrub_patterns")
    @classmethod
    def _patterns_compile(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"scrub pattern {pattern!r} is not a regular expression: {exc}") from exc
        return value


class RecoverySettings(_Group):
    """How failed runs are retried, parked and dead-lettered."""

    policies_file: Path | None = None
    """TOML file of retry policies per category and per operation, over the built-in defaults."""
    resource_wait_s: float = Field(default=300.0, gt=0)
    """Wait before retrying a run that failed for lack of capacity (seed 001's queue_and_wait)."""
    scheduler_tick_s: float = Field(default=0.1, gt=0)
    """Longest sleep of the retry scheduler between checks for due retries."""
    dispatch_lead_s: float = Field(default=0.15, ge=0, le=5)
    """How long before its due time the retry scheduler hands a retry to the runner, which holds it
    until the due time (``not_before``) and starts it then, waiting at most this long.

    The hops between the two (the scheduler's produce, the runner's fetch, a loaded event loop) took
    40-120 ms at p99 on a loaded machine (``bench/bench_recovery.py``); dispatched ahead by more than
    that, a retry starts within a few milliseconds of its due time and never before it. 0 hands each
    retry over when due (it then starts one hop late). The recovery agent sends a retry due within this
    when it decides it straight to the runner (no scheduler hop). A held retry waits in a runner actor
    of its own, not in an execution slot; about ``dispatch_lead_s`` x retries per second wait at once."""
    dlq_header_max_bytes: int = Field(default=16_384, ge=256)
    """Largest exception message or stack trace copied into a dead letter's headers (the body keeps all)."""
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    """Verdicts less confident than this are recovered as ``unknown`` (``PolicySet.min_confidence``)."""
    watchdog: bool = True
    """Run the watchdog agent in the pipeline: stuck attempts are recorded ``timed_out`` and recovered."""
    watchdog_tick_s: float = Field(default=0.25, gt=0)
    """Longest wait of the watchdog between two checks for stuck attempts."""
    watchdog_grace_s: float = Field(default=2.0, ge=0)
    """Time past an attempt's ``timeout_s`` or deadline left to its runner to record the timeout itself."""
    watchdog_outage_after_s: float = Field(default=1.0, gt=0)
    """How long the broker may leave a partition's fetches unanswered before the watchdog stops its clock there.

    Signs of life cannot reach the watchdog while the broker does not answer it (the services' heartbeats wait
    in their spools): silence through an outage is not a dead attempt's. The clock of the partition stops this
    long after its last answer and resumes where it stopped at the next one."""


class HealthSettings(_Group):
    """Health probes of the pipeline and the runner, restarts under ``errorflow up``, the backlog rule."""

    port: int | None = Field(default=None, ge=0, le=65535)
    """Port of ``/healthz`` and ``/readyz``; None serves no probes, 0 takes any free port (logged)."""
    host: str = "127.0.0.1"
    """Address the probes listen on; ``0.0.0.0`` in a container so the kubelet reaches them."""
    check_timeout_s: float = Field(default=2.0, gt=0)
    """Longest wait for one readiness check (store query, group describe) before it counts as failed."""
    ready_max_lag: int = Field(default=1_000_000, ge=0)
    """Records waiting for this process's consumer groups above which it is not ready; 0 turns the bound off."""
    backlog_max_wait_s: float = Field(default=300.0, gt=0)
    """Seconds of work waiting (lag / processing rate) that raise the ``queue_backlog`` alert (seed 001: 5 min)."""
    backlog_tolerance_records: int = Field(default=1_000, ge=0)
    """Lag never counted as backlog: Tansu's end offsets run ahead by up to one batch."""
    backlog_interval_s: float = Field(default=15.0, gt=0)
    """How often the pipeline measures lag and processing rate."""
    backlog_min_observation_s: float = Field(default=60.0, ge=0)
    """Measuring time needed before a group's backlog is judged (its rate must be known)."""
    restart_initial_backoff_s: float = Field(default=1.0, ge=0)
    """``errorflow up``: delay before restarting a child after its first crash in the window."""
    restart_max_backoff_s: float = Field(default=30.0, ge=0)
    """``errorflow up``: cap of the restart delay, which doubles per crash in the window."""
    restart_max_restarts: int = Field(default=5, ge=0)
    """``errorflow up``: restarts within ``restart_window_s``; one more crash is a crash loop (CRITICAL alert)."""
    restart_window_s: float = Field(default=300.0, gt=0)
    """``errorflow up``: how long a crash counts towards the crash loop."""
    agent_max_silence_s: float = Field(default=300.0, gt=0)
    """``/healthz`` and ``/readyz`` fail (``progress``) when a batch agent made no progress (one loop
    iteration) for longer than this, or a Faust agent held one event this long.

    An idle agent still iterates every fraction of a second; a store flush under load, a rebalance or
    a store retrying a failed write take seconds to a minute or two: five minutes of silence is stuck.
    """
    stuck_probe_interval_s: float = Field(default=10.0, gt=0)
    """``errorflow up``: how often the supervisor asks each child's ``/healthz``."""
    stuck_probe_timeout_s: float = Field(default=5.0, gt=0)
    """``errorflow up``: longest wait for a child's ``/healthz``; no answer counts as a failure."""
    stuck_failures: int = Field(default=3, ge=0)
    """``errorflow up``: ``/healthz`` failures in a row after which a child is stuck, killed and restarted
    (0: children are not probed)."""
    stuck_startup_s: float = Field(default=120.0, ge=0)
    """``errorflow up``: time from a child's start during which its probe failures do not count (until it
    passed once)."""
    stuck_kill_grace_s: float = Field(default=10.0, ge=0)
    """``errorflow up``: time a stuck child has to exit after SIGTERM before it gets SIGKILL."""
    agent_startup_grace_s: float = Field(default=900.0, gt=0)
    """``/healthz`` and ``/readyz`` fail (``progress``) when a batch agent has not begun its loop this long
    after it started (the anomaly agent first rebuilds its windows from the store, minutes on a large store)."""


class AnomalySettings(_Group):
    """Windowed error-rate anomaly detection (errorflow.anomaly) in the pipeline worker."""

    enabled: bool = True
    """Whether the pipeline worker runs the anomaly agent."""
    rules_file: Path | None = None
    """TOML file of detector rules per service and operation, over the built-in defaults."""
    eval_interval_s: float = Field(default=0.25, gt=0)
    """How often the agent runs the detectors when no events come (it also runs them after every batch)."""
    notify: bool = True
    """Whether the pipeline worker delivers alerts on the rules file's ``[[notify]]`` routes (the log by default)."""
    idle_grace_s: float = Field(default=10.0, ge=0)
    """Without events, the detectors' clock is the worker's clock minus this (so alerts resolve when traffic stops)."""
    partitions_refresh_s: float = Field(default=30.0, gt=0)
    """How often the agent refreshes the events topic's metadata, to read partitions added since it started."""


class _ShorthandEnvSource(PydanticBaseSettingsSource):
    """Reads the documented single-underscore forms of the two deployment switches."""

    _SHORTHANDS: ClassVar[dict[str, tuple[str, str]]] = {
        "ERRORFLOW_KAFKA_BOOTSTRAP": ("kafka", "bootstrap"),
        "ERRORFLOW_CLICKHOUSE_URL": ("clickhouse", "url"),
    }

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for variable, (group, key) in self._SHORTHANDS.items():
            value = os.environ.get(variable)
            if value:
                found.setdefault(group, {})[key] = value
        return found


class Settings(BaseSettings):
    """All of errorflow's configuration, frozen once built."""

    model_config = SettingsConfigDict(
        env_prefix="ERRORFLOW_",
        env_nested_delimiter="__",
        env_parse_none_str="null",
        frozen=True,
        extra="ignore",
    )

    data_dir: Path = Path(".errorflow")
    """Where the embedded stack keeps chDB data, spools and its state file."""
    app_id: str = "errorflow"
    """Faust application id; also the prefix of consumer groups."""
    kafka: KafkaSettings = KafkaSettings()
    clickhouse: ClickHouseSettings = ClickHouseSettings()
    sink: SinkSettings = SinkSettings()
    sdk: SdkSettings = SdkSettings()
    recovery: RecoverySettings = RecoverySettings()
    health: HealthSettings = HealthSettings()
    anomaly: AnomalySettings = AnomalySettings()
    rules_file: Path | None = None
    """TOML or YAML file of classification rules that take precedence over the defaults."""
    log_level: str = "WARNING"
    """Level of errorflow's own loggers in every ``errorflow`` command (``-v`` lowers it to INFO);
    other libraries log at WARNING. DEBUG, INFO, WARNING, ERROR or CRITICAL."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Put the shorthand variables after the nested ones, so ``__`` forms win."""
        return (
            init_settings,
            env_settings,
            _ShorthandEnvSource(settings_cls),
            dotenv_settings,
            file_secret_settings,
        )

    def as_environment(self) -> dict[str, str]:
        """The ``ERRORFLOW_`` variables that rebuild these settings in another process.

        Every value that differs from its default, secrets in clear (the
        variables go to child processes, never to a log). The embedded stack
        hands them to its children, so settings given in code reach the
        pipeline and the workers as settings from the environment do.
        """
        found: dict[str, str] = {}
        for name, info in type(self).model_fields.items():
            value = getattr(self, name)
            if isinstance(value, _Group):
                for key, item in type(value).model_fields.items():
                    current = getattr(value, key)
                    if current != item.get_default(call_default_factory=True):
                        found[f"ERRORFLOW_{name.upper()}__{key.upper()}"] = _environment_text(current)
            elif value != info.get_default(call_default_factory=True):
                found[f"ERRORFLOW_{name.upper()}"] = _environment_text(value)
        return found

    def topic(self, name: str) -> str:
        """Return the full name of one of errorflow's topics."""
        return f"{self.kafka.topic_prefix}{name}"

    @property
    def embedded_kafka(self) -> bool:
        """True when no Kafka address is configured and the embedded broker is used."""
        return self.kafka.bootstrap is None

    @property
    def embedded_clickhouse(self) -> bool:
        """True when no ClickHouse server is configured and chDB is used."""
        return self.clickhouse.url is None


def _environment_text(value: object) -> str:
    """One value as its environment variable reads it: JSON for collections, ``null`` for None."""
    if value is None:
        return "null"
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list, dict)):
        return json.dumps(value)
    return str(value)


def _variable_names() -> list[str]:
    """Every variable a setting reads: each field, each group's fields, and the two shorthands."""
    names = list(_ShorthandEnvSource._SHORTHANDS)
    for name, info in Settings.model_fields.items():
        names.append(f"ERRORFLOW_{name.upper()}")
        group = info.annotation
        if isinstance(group, type) and issubclass(group, _Group):
            names.extend(f"ERRORFLOW_{name.upper()}__{key.upper()}" for key in group.model_fields)
    return names


def misspelled_variables(environ: Mapping[str, str]) -> list[tuple[str, str]]:
    """``ERRORFLOW_`` variables that set nothing but look like one that does: (variable, what it resembles).

    An unknown field inside a group is refused when the settings are read (``ERRORFLOW_KAFKA__BOOTSTAP``:
    "not a setting"), but an unknown name outside the groups is ignored: ``ERRORFLOW_CLICKHOUSE_URLL`` or
    ``ERRORFLOW_DATADIR`` would leave errorflow on its embedded store or default directory without a word.
    Only near misses are named, so variables of other purposes that share the prefix (the embedded stack's
    ``ERRORFLOW_PARENT_PID``, the test suite's ``ERRORFLOW_TEST_KAFKA_BOOTSTRAP``, which ends with a
    setting's whole name) pass unnoticed.
    """
    known = _variable_names()
    upper = {name.upper() for name in known}
    found: list[tuple[str, str]] = []
    for variable in sorted(environ):
        name = variable.upper()
        if not name.startswith("ERRORFLOW_") or name in upper:
            continue
        if "__" in name and name.split("__", 1)[0] in upper:
            continue  # inside a group: the settings refuse it with a message of their own
        if any(name.endswith("_" + known_name.removeprefix("ERRORFLOW_")) for known_name in upper):
            continue  # a name of its own around a setting's (the tests' ERRORFLOW_TEST_KAFKA_BOOTSTRAP)
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.85)
        if close:
            found.append((variable, close[0]))
    return found


def warn_misspelled_variables(environ: Mapping[str, str] | None = None) -> None:
    """Log each of :func:`misspelled_variables` at WARNING: its name and the setting it resembles, never its value.

    ``environ`` defaults to this process's environment (read here, where the settings read it).
    """
    for variable, like in misspelled_variables(os.environ if environ is None else environ):
        logging.getLogger(__name__).warning("%s is not a setting and is ignored (did you mean %s?)", variable, like)
