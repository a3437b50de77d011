"""The source-template sweep of orchestration, task queues, messaging and operations tooling (issue 10).

Each template is a message a library raises or relays, read in its source (celery, kombu, rq, dramatiq, apscheduler,
huey, arq, luigi, prefect, dask distributed, sh, plumbum, nats-py, paho-mqtt, paramiko, tornado, psutil, aiokafka,
faust, kafka-python, azure-servicebus, google-cloud-pubsub, pyzeebe, temporalio, dagster, Kafka Connect's REST
bodies, AWS Step Functions' States.* names), with plausible values filled in and the class users catch, labelled by
LABELS.md before the classifier was asked. Templates whose meaning LABELS.md leaves open were left out (see
docs/classification.md).
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (library, exc_type as raised, str(exc) as printed, http_status, label)
TEMPLATES = [
    (
        "celery",
        "kombu.exceptions.OperationalError",
        (
            "Timed out waiting for a broker connection after 10s. All 10 connections are in u"
            "se. Consider increasing broker_pool_limit (currently 10) or broker_pool_acquire_"
            "timeout (currently 10s)."
        ),
        None,
        R,
    ),
    ("celery", "celery.exceptions.WorkerLostError", "Worker exited prematurely: signal 9 (SIGKILL) Job: 3.", None, R),
    (
        "celery",
        "builtins.RuntimeError",
        (
            "Never call result.get() within a task!\nSee https://docs.celeryq.dev/en/latest/us"
            "erguide/tasks.html#avoid-launching-synchronous-subtasks"
        ),
        None,
        P,
    ),
    ("celery", "celery.exceptions.TimeoutError", "The operation timed out.", None, T),
    ("celery", "celery.exceptions.BackendStoreError", "value too large for Redis backend", None, V),
    ("celery", "celery.exceptions.ImproperlyConfigured", "Missing bucket name", None, P),
    ("celery", "celery.exceptions.ImproperlyConfigured", "You must install boto3 to use s3 backend", None, P),
    ("celery", "celery.exceptions.InvalidTaskError", "Message does not have args/kwargs", None, V),
    ("celery", "builtins.TypeError", "task args must be a list or tuple", None, V),
    ("celery", "builtins.TypeError", "task keyword arguments must be a mapping", None, V),
    ("celery", "builtins.NotImplementedError", "Backend does not support add_to_chord", None, P),
    ("celery", "builtins.RuntimeError", "Contract breach: app not finalized", None, P),
    ("celery", "builtins.ValueError", "No valid broker URLs found in configuration", None, P),
    ("celery", "celery.exceptions.SecurityError", "Expired certificate: 'ab12'", None, P),
    ("celery", "celery.exceptions.SecurityError", "Unknown certificate: 'ab12'", None, P),
    (
        "celery",
        "builtins.Exception",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        None,
        T,
    ),
    (
        "celery",
        "builtins.Exception",
        ("consumer: Cannot connect to amqp://guest:**@127.0.0.1:5672//: [Errno 111] Connection refused."),
        None,
        T,
    ),
    ("celery", "celery.exceptions.NotRegistered", "Received unregistered task of type 'tasks.add'.", None, P),
    ("kombu", "kombu.exceptions.OperationalError", "Socket was disconnected", None, T),
    ("kombu", "amqp.exceptions.RecoverableConnectionError", "channel disconnected", None, T),
    ("kombu", "builtins.RuntimeError", "Acquire on closed pool", None, P),
    ("kombu", "builtins.KeyError", "No such transport: amqps2", None, P),
    ("kombu", "builtins.ValueError", "Invalid transport scheme: 'foo'", None, P),
    ("kombu", "builtins.ImportError", "Missing redis library (pip install redis)", None, P),
    ("kombu", "builtins.NotImplementedError", "transport does not support exchange_bind", None, P),
    ("kombu", "builtins.RuntimeError", "Cannot publish through an aborted batch", None, P),
    ("rq", "rq.exceptions.NoSuchJobError", "No such job: rq:job:5b1c", None, P),
    ("rq", "rq.exceptions.InvalidJobOperation", "Cannot cancel already canceled job: 5b1c", None, P),
    ("rq", "rq.exceptions.ShutDownImminentException", "shut down imminent (signal: SIGTERM)", None, T),
    ("rq", "rq.timeouts.JobTimeoutException", "Task exceeded maximum timeout value (180 seconds)", None, T),
    ("rq", "builtins.ValueError", "0 timeout is not allowed. Use -1 for infinite timeout", None, V),
    ("rq", "builtins.TypeError", "Job ID must be a string, not <class 'int'>", None, V),
    # labelled validation; only the ValueError class speaks, too weak alone (test_classify_weak_evidence.py)
    ("rq", "builtins.ValueError", "Cannot specify both interval and cron parameters", None, Category.UNKNOWN),
    ("rq", "rq.exceptions.DuplicateJobError", "Job with ID 5b1c already exists", None, V),
    ("rq", "builtins.FileNotFoundError", "Configuration file not found at /etc/rq.conf", None, P),
    ("dramatiq", "dramatiq.rate_limits.RateLimitExceeded", "rate limit exceeded for key 'distinct-api'", None, T),
    ("dramatiq", "dramatiq.errors.DecodeError", "failed to decode message b'\\x80abc'", None, V),
    ("dramatiq", "dramatiq.middleware.TimeLimitExceeded", "", None, T),
    ("dramatiq", "builtins.RuntimeError", "Timed out while waiting for coroutine.", None, T),
    ("dramatiq", "builtins.RuntimeError", "Event loop is not running.", None, P),
    ("dramatiq", "builtins.ValueError", "An actor named 'send_email' is already registered.", None, P),
    ("dramatiq", "builtins.ValueError", "max_priority must be a value between 0 and 255", None, V),
    ("dramatiq", "builtins.ImportError", "Module 'app' does not define a 'broker' variable.", None, P),
    ("dramatiq", "dramatiq.errors.QueueJoinTimeout", "timed out after 30.00 seconds", None, T),
    ("dramatiq", "builtins.RuntimeError", "PID file contains garbage. Aborting.", None, P),
    ("dramatiq", "builtins.ValueError", "invalid integer value for env var 'dramatiq_queue_prefetch': 'abc'", None, P),
    ("apscheduler", "builtins.KeyError", "No such job store: 'redis'", None, P),
    ("apscheduler", "builtins.KeyError", "No such executor: 'processpool'", None, P),
    ("apscheduler", "builtins.ImportError", "SQLAlchemyJobStore requires SQLAlchemy installed", None, P),
    ("apscheduler", "builtins.TypeError", "func must be a callable or a textual reference to one", None, V),
    ("apscheduler", "builtins.ValueError", "end_date cannot be earlier than start_date", None, V),
    ("apscheduler", "builtins.ValueError", "Wrong number of fields; got 6, expected 5", None, V),
    ("apscheduler", "builtins.ValueError", "Invalid weekday name 'mnd'", None, V),
    ("apscheduler", "builtins.LookupError", "Error resolving reference tasks:run: error looking up object", None, P),
    (
        "apscheduler",
        "apscheduler.jobstores.base.ConflictingIdError",
        "Job identifier (nightly) conflicts with an existing job",
        None,
        V,
    ),
    ("apscheduler", "apscheduler.jobstores.base.JobLookupError", "No job by the id of nightly was found", None, P),
    ("apscheduler", "apscheduler.schedulers.SchedulerAlreadyRunningError", "Scheduler is already running", None, P),
    ("apscheduler", "apscheduler.schedulers.SchedulerNotRunningError", "Scheduler is not running", None, P),
    ("nats", "nats.errors.TimeoutError", "nats: timeout", None, T),
    ("nats", "nats.errors.NoRespondersError", "nats: no responders available for request", None, T),
    ("nats", "nats.errors.StaleConnectionError", "nats: stale connection", None, T),
    ("nats", "nats.errors.OutboundBufferLimitError", "nats: outbound buffer limit exceeded", None, R),
    ("nats", "nats.errors.UnexpectedEOF", "nats: unexpected EOF", None, T),
    ("nats", "nats.errors.FlushTimeoutError", "nats: flush timeout", None, T),
    ("nats", "nats.errors.ConnectionClosedError", "nats: connection closed", None, T),
    ("nats", "nats.errors.SecureConnRequiredError", "nats: secure connection required", None, P),
    ("nats", "nats.errors.BadSubjectError", "nats: invalid subject", None, V),
    (
        "nats",
        "nats.errors.SlowConsumerError",
        ("nats: slow consumer, messages dropped subject: orders.created, sid: 4, sub: <Subscription>"),
        None,
        R,
    ),
    ("nats", "nats.errors.AuthorizationError", "nats: authorization failed", None, P),
    ("nats", "nats.errors.NoServersError", "nats: no servers available for connection", None, T),
    ("nats", "nats.errors.MaxPayloadError", "nats: maximum payload exceeded", None, V),
    ("nats", "nats.errors.DrainTimeoutError", "nats: draining connection timed out", None, T),
    ("nats", "nats.errors.ConnectionReconnectingError", "nats: connection reconnecting", None, T),
    ("nats", "nats.errors.InvalidUserCredentialsError", "nats: invalid user credentials", None, P),
    ("nats", "nats.errors.Error", "nats: invalid hostname in connect url", None, P),
    ("nats", "nats.errors.Error", "nats: no ssl context provided", None, P),
    ("nats", "nats.errors.Error", "nats: empty response from server when expecting INFO message", None, T),
    (
        "nats",
        "nats.js.errors.NotFoundError",
        "nats: NotFoundError: code=404 err_code=10059 description='stream not found'",
        None,
        P,
    ),
    (
        "nats",
        "nats.js.errors.ServiceUnavailableError",
        (
            "nats: ServiceUnavailableError: code=503 err_code=10008 description='JetStream sy"
            "stem temporarily unavailable'"
        ),
        None,
        T,
    ),
    (
        "nats",
        "nats.js.errors.APIError",
        "nats: APIError: code=500 err_code=10077 description='maximum messages exceeded'",
        None,
        R,
    ),
    ("nats", "nats.js.errors.KeyWrongLastSequenceError", "nats: wrong last sequence: 41", None, T),
    ("nats", "nats.js.errors.FetchTimeoutError", "nats: fetch timeout", None, T),
    ("nats", "builtins.ValueError", "nats: invalid stream name: 'orders.*'", None, V),
    ("nats", "nats.errors.Error", "nats: must use coroutine for subscriptions", None, P),
    ("paho", "builtins.RuntimeError", "Message publish failed: The connection was lost.", None, T),
    ("paho", "builtins.RuntimeError", "Message publish failed: The client is not currently connected.", None, T),
    ("paho", "builtins.RuntimeError", "Message publish failed: Payload too large.", None, V),
    ("paho", "builtins.RuntimeError", "Message publish failed: Message queue full.", None, R),
    ("paho", "builtins.RuntimeError", "Message publish failed: Out of memory.", None, R),
    ("paho", "builtins.RuntimeError", "Message publish failed: Authorisation failed.", None, P),
    ("paho", "builtins.RuntimeError", "Message publish failed: Access denied by ACL.", None, P),
    (
        "paho",
        "builtins.RuntimeError",
        ("Message publish failed: Client or broker did not communicate in the keepalive interval."),
        None,
        T,
    ),
    ("paho", "builtins.RuntimeError", "Message publish failed: This feature is not supported.", None, P),
    ("paho", "builtins.Exception", "Connection Refused: broker unavailable.", None, T),
    ("paho", "builtins.Exception", "Connection Refused: bad user name or password.", None, P),
    ("paho", "builtins.Exception", "Connection Refused: not authorised.", None, P),
    ("paho", "builtins.Exception", "Connection Refused: unacceptable protocol version.", None, P),
    ("paho", "builtins.RuntimeError", "updating host on established connection is not supported", None, P),
    (
        "paramiko",
        "paramiko.ssh_exception.SSHException",
        "Error reading SSH protocol banner[Errno 104] Connection reset by peer",
        None,
        T,
    ),
    ("paramiko", "paramiko.ssh_exception.SSHException", "No existing session", None, T),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Server '10.0.0.5' not found in known_hosts", None, P),
    (
        "paramiko",
        "paramiko.ssh_exception.NoValidConnectionsError",
        "[Errno None] Unable to connect to port 22 on 10.0.0.5",
        None,
        T,
    ),
    ("paramiko", "paramiko.ssh_exception.SSHException", "No authentication methods available", None, P),
    (
        "paramiko",
        "paramiko.ssh_exception.BadAuthenticationType",
        "Bad authentication type; allowed types: ['publickey']",
        None,
        P,
    ),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Channel closed.", None, T),
    ("paramiko", "paramiko.ssh_exception.PasswordRequiredException", "Private key file is encrypted", None, P),
    ("paramiko", "paramiko.ssh_exception.SSHException", "not a valid RSA private key file", None, P),
    ("paramiko", "paramiko.ssh_exception.SSHException", "EOF during negotiation", None, T),
    (
        "paramiko",
        "paramiko.ssh_exception.BadHostKeyException",
        "Host key for server '10.0.0.5' does not match: got 'AAAAB3', expected 'AAAAC3'",
        None,
        P,
    ),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Unable to open channel.", None, T),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Timeout opening channel.", None, T),
    ("paramiko", "paramiko.ssh_exception.AuthenticationException", "Authentication timeout.", None, T),
    ("paramiko", "paramiko.ssh_exception.AuthenticationException", "Authentication failed.", None, P),
    ("paramiko", "paramiko.ssh_exception.AuthenticationException", "Unable to connect to SSH agent", None, P),
    ("paramiko", "paramiko.ssh_exception.ConfigParseError", "Unparsable line Host", None, P),
    ("tornado", "tornado.simple_httpclient.HTTPTimeoutError", "Timeout while connecting", 599, T),
    ("tornado", "tornado.simple_httpclient.HTTPTimeoutError", "Timeout during request", 599, T),
    ("tornado", "tornado.simple_httpclient.HTTPStreamClosedError", "Stream closed", 599, T),
    ("tornado", "tornado.iostream.StreamClosedError", "Stream is closed", None, T),
    ("tornado", "tornado.httpclient.HTTPClientError", "HTTP 599: Timeout while connecting", 599, T),
    ("tornado", "tornado.httpclient.HTTPClientError", "HTTP 404: Not Found", 404, P),
    ("tornado", "tornado.httpclient.HTTPClientError", "HTTP 503: Service Unavailable", 503, T),
    ("tornado", "tornado.httpclient.HTTPClientError", "HTTP 599: Connection closed", 599, T),
    ("tornado", "builtins.ValueError", "Unsupported url scheme: ftp://example.com/x", None, V),
    ("tornado", "tornado.httputil.HTTPInputError", "Malformed HTTP request line", None, V),
    ("tornado", "tornado.httputil.HTTPInputError", "Invalid multipart/form-data: no final boundary found", None, V),
    ("tornado", "tornado.httputil.HTTPInputError", "Missing Host header", None, V),
    ("tornado", "tornado.options.Error", "Unrecognized command line option: 'port2'", None, P),
    ("tornado", "tornado.util.TimeoutError", "Timeout", None, T),
    ("tornado", "tornado.web.HTTPError", "HTTP 403: Forbidden", 403, P),
    ("psutil", "psutil.NoSuchProcess", "process no longer exists (pid=4242)", None, P),
    ("psutil", "psutil.ZombieProcess", "PID still exists but it's a zombie (pid=4242)", None, P),
    ("psutil", "psutil.AccessDenied", "(pid=1)", None, P),
    ("psutil", "psutil.TimeoutExpired", "timeout after 5 seconds (pid=4242)", None, T),
    (
        "aiokafka",
        "aiokafka.errors.KafkaConnectionError",
        ("KafkaConnectionError: Unable to bootstrap from [('localhost', 9092, <AddressFamily.AF_UNSPEC: 0>)]"),
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.KafkaError",
        "KafkaError: Unable to get cluster metadata over all known brokers",
        None,
        T,
    ),
    ("aiokafka", "aiokafka.errors.IllegalStateError", "IllegalStateError: Not subscribed to any topics", None, P),
    (
        "aiokafka",
        "aiokafka.errors.CorruptRecordException",
        ("CorruptRecordException: Invalid CRC - TopicPartition(topic='orders', partition=0)"),
        None,
        T,
    ),
    ("aiokafka", "aiokafka.errors.IllegalOperation", "IllegalOperation: Not in the middle of a transaction", None, P),
    ("aiokafka", "aiokafka.errors.IllegalOperation", "IllegalOperation: Requires group_id", None, P),
    ("aiokafka", "builtins.RuntimeError", "Producer not started", None, P),
    ("aiokafka", "builtins.NotImplementedError", "LZ4 codec is not available", None, P),
    ("faust", "faust.exceptions.ImproperlyConfigured", "App requires an id!", None, P),
    (
        "faust",
        "faust.exceptions.ImproperlyConfigured",
        "aiokafka does not support SASLCredentials(mechanism=GSSAPI)",
        None,
        P,
    ),
    ("faust", "faust.exceptions.NotReady", "Producer client not yet connected", None, T),
    ("faust", "faust.exceptions.NotReady", "Not connected to Kafka Broker", None, T),
    ("faust", "builtins.RuntimeError", "Cannot modify table outside of agent/stream.", None, P),
    ("faust", "builtins.RuntimeError", "Too late to add tables at this point", None, P),
    ("faust", "faust.exceptions.KeyDecodeError", "Expected <class 'int'>, received b'abc'!", None, V),
    ("faust", "faust.exceptions.ValueDecodeError", "Expecting value: line 1 column 1 (char 0)", None, V),
    ("faust", "faust.exceptions.InvalidTZ", "Missing or invalid timezone information: 'CEST'", None, V),
    ("huey", "huey.exceptions.ResultTimeout", "timed out waiting for result", None, T),
    ("huey", "huey.exceptions.TaskLockedException", "unable to acquire lock nightly-report", None, T),
    ("huey", "huey.exceptions.TaskTimeout", "timeout (30s)", None, T),
    ("huey", "huey.exceptions.ConfigurationError", "Semaphore requires a Redis storage.", None, P),
    ("huey", "huey.exceptions.ConfigurationError", "max_tasks requires check_worker_health to be enabled", None, P),
    ("huey", "huey.exceptions.HueyException", "tasks.send_email not found in TaskRegistry", None, P),
    # labelled validation; only the ValueError class speaks, too weak alone (test_classify_weak_evidence.py)
    ("huey", "builtins.ValueError", "Specify either an eta (datetime) or delay (seconds)", None, Category.UNKNOWN),
    ("huey", "builtins.ValueError", "schedule() missing required eta= or delay=", None, V),
    ("huey", "builtins.NotImplementedError", "ttl is not supported by this storage.", None, P),
    ("huey", "builtins.NotImplementedError", "Task priorities are not supported by this storage", None, P),
    ("huey", "builtins.ImportError", "Could not import gevent - is it installed?", None, P),
    ("arq", "arq.jobs.DeserializationError", "unable to deserialize job", None, V),
    ("arq", "arq.jobs.DeserializationError", "unable to deserialize job result", None, V),
    ("arq", "arq.jobs.SerializationError", 'unable to serialize job "send_email"', None, V),
    ("arq", "builtins.RuntimeError", "invalid DSN scheme", None, P),
    ("arq", "builtins.ImportError", "watchfiles not installed, use `pip install watchfiles`", None, P),
    (
        "sh",
        "sh.ErrorReturnCode_23",
        (
            "\n\n  RAN: /usr/bin/rsync -a /data/ backup:/data/\n\n  STDOUT:\n\n\n  STDERR:\nrsync: wr"
            'ite failed on "/data/a.bin": No space left on device (28)'
        ),
        None,
        R,
    ),
    (
        "sh",
        "sh.ErrorReturnCode_1",
        (
            "\n\n  RAN: /usr/bin/rsync -a /data/ backup:/data/\n\n  STDOUT:\n\n\n  STDERR:\nmkdir: ca"
            "nnot create directory '/data/out': Permission denied"
        ),
        None,
        P,
    ),
    (
        "sh",
        "sh.ErrorReturnCode_1",
        (
            "\n\n  RAN: /usr/bin/rsync -a /data/ backup:/data/\n\n  STDOUT:\n\n\n  STDERR:\ncat: /dat"
            "a/in.csv: No such file or directory"
        ),
        None,
        P,
    ),
    (
        "sh",
        "sh.ErrorReturnCode_1",
        (
            "\n\n  RAN: /usr/bin/rsync -a /data/ backup:/data/\n\n  STDOUT:\n\n\n  STDERR:\nssh: conn"
            "ect to host backup port 22: Connection refused"
        ),
        None,
        T,
    ),
    (
        "sh",
        "sh.ErrorReturnCode_1",
        (
            "\n\n  RAN: /usr/bin/rsync -a /data/ backup:/data/\n\n  STDOUT:\n\n\n  STDERR:\nssh: conn"
            "ect to host backup port 22: Connection timed out"
        ),
        None,
        T,
    ),
    (
        "sh",
        "sh.ErrorReturnCode_1",
        ("\n\n  RAN: /usr/bin/rsync -a /data/ backup:/data/\n\n  STDOUT:\n\n\n  STDERR:\nfork: Cannot allocate memory"),
        None,
        R,
    ),
    ("sh", "sh.TimeoutException", "", None, T),
    ("sh", "sh.CommandNotFound", "kubectl", None, P),
    (
        "plumbum",
        "plumbum.commands.processes.ProcessTimedOut",
        "('Process did not terminate within 30 seconds', ['sleep', '60'])",
        None,
        T,
    ),
    ("plumbum", "plumbum.commands.processes.CommandNotFound", "('kubectl', ['/usr/local/bin', '/usr/bin'])", None, P),
    (
        "plumbum",
        "plumbum.commands.processes.ProcessExecutionError",
        (
            "Unexpected exit code: 1\nCommand line: | /usr/bin/cp a.bin /data/a.bin\nStderr:   "
            "    | /usr/bin/cp: error writing '/data/a.bin': No space left on device"
        ),
        None,
        R,
    ),
    (
        "plumbum",
        "plumbum.commands.processes.ProcessExecutionError",
        (
            "Unexpected exit code: 1\nCommand line: | /usr/bin/ls /root/secret\nStderr:       |"
            " /usr/bin/ls: cannot open directory '/root/secret': Permission denied"
        ),
        None,
        P,
    ),
    ("distributed", "builtins.OSError", "Timed out trying to connect to tcp://10.0.0.7:8786 after 30 s", None, T),
    (
        "distributed",
        "distributed.comm.core.CommClosedError",
        (
            "in <TCP (closed) ConnectionPool.gather local=tcp://10.0.0.5:53120 remote=tcp://1"
            "0.0.0.7:40231>: Stream is closed"
        ),
        None,
        T,
    ),
    ("distributed", "distributed.comm.core.CommClosedError", "aborted stream on truncated data", None, T),
    ("distributed", "builtins.RuntimeError", "ConnectionPool is closed", None, P),
    ("distributed", "builtins.RuntimeError", "cannot schedule new futures after shutdown", None, P),
    ("distributed", "builtins.RuntimeError", "No GPUs available", None, R),
    ("distributed", "builtins.RuntimeError", "sync() called from thread of running loop", None, P),
    ("distributed", "builtins.ImportError", "Need lz4 >= 0.23.1", None, P),
    ("luigi", "builtins.Exception", "requires() must return Task objects but 3 is a <class 'int'>", None, P),
    ("luigi", "luigi.contrib.hadoop_jar.HadoopJarJobError", "job jar does not exist", None, P),
    ("prefect", "prefect.exceptions.ObjectNotFound", "Deployment with id 6f1e not found", None, P),
    ("prefect", "prefect.exceptions.MissingContextError", "There is no active flow or task run context.", None, P),
    ("prefect", "prefect.exceptions.MissingFlowError", "No flows found in 'flows/etl.py'.", None, P),
    ("prefect", "builtins.TimeoutError", "Timed out waiting for input", None, T),
    ("prefect", "builtins.RuntimeError", "Unable to find an available port after multiple attempts", None, R),
    ("prefect", "prefect.exceptions.PrefectImportError", "Unable to import 'prefect.old.module'", None, P),
    ("celery", "celery.exceptions.TimeoutError", "Operation timed out (10.0)", None, T),
    ("celery", "builtins.TypeError", "Cannot add link to group: use a chord", None, P),
    ("celery", "celery.exceptions.ImproperlyConfigured", "No memcache servers provided", None, P),
    ("kombu", "builtins.NotImplementedError", "Does not support recover(requeue=False)", None, P),
    ("kombu", "builtins.ValueError", "queue_type must be either classic or quorum", None, V),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Incompatible ssh peer (no acceptable kex algorithm)", None, P),
    ("tornado", "tornado.httpclient.HTTPClientError", "HTTP 429: Too Many Requests", 429, T),
    ("tornado", "tornado.httpclient.HTTPClientError", "HTTP 502: Bad Gateway", 502, T),
    ("tornado", "tornado.httpclient.HTTPClientError", "HTTP 401: Unauthorized", 401, P),
    ("tornado", "tornado.web.HTTPError", "HTTP 400: Bad Request (Missing argument user_id)", 400, V),
    ("tornado", "tornado.websocket.WebSocketClosedError", "", None, T),
    ("tornado", "tornado.httputil.HTTPInputError", "multipart/form-data has too many parts", None, V),
    ("psutil", "builtins.ValueError", "invalid color 'purple'; choose amongst ['red', 'green']", None, V),
    (
        "kafka-connect",
        "requests.exceptions.HTTPError",
        (
            "409 Client Error: Conflict for url: http://connect:8083/connectors/orders-sink/c"
            'onfig: {"error_code":409,"message":"Cannot complete request momentarily due to s'
            'tale configuration (typically caused by a concurrent config change)"}'
        ),
        409,
        T,
    ),
    (
        "kafka-connect",
        "builtins.RuntimeError",
        (
            'Kafka Connect returned 409: {"error_code":409,"message":"Cannot complete request'
            " momentarily due to no known leader URL, likely because a rebalance was underway"
            '."}'
        ),
        409,
        T,
    ),
    (
        "kafka-connect",
        "builtins.RuntimeError",
        (
            'Kafka Connect returned 409: {"error_code":409,"message":"Cannot complete request'
            ' because of a conflicting operation (e.g. worker rebalance)"}'
        ),
        409,
        T,
    ),
    (
        "kafka-connect",
        "builtins.RuntimeError",
        (
            "Cannot complete request momentarily due to stale configuration (typically caused"
            " by a concurrent config change)"
        ),
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.KafkaConnectionError",
        "KafkaConnectionError: No connection to broker at kafka-1:9092",
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.KafkaConnectionError",
        ("KafkaConnectionError: Connection at kafka-1:9092 broken: [Errno 104] Connection reset by peer"),
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.KafkaConnectionError",
        "KafkaConnectionError: Connection at kafka-1:9092 closed",
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.CommitFailedError",
        (
            "CommitFailedError: Commit cannot be completed since the group has already rebala"
            "nced and may have assigned the partitions to another member"
        ),
        None,
        T,
    ),
    (
        "aiokafka",
        "aiokafka.errors.UnsupportedSaslMechanismError",
        (
            "[Error 33] UnsupportedSaslMechanismError: Kafka broker does not support SCRAM-SH"
            "A-512 sasl mechanism. Enabled mechanisms are: ['PLAIN']"
        ),
        None,
        P,
    ),
    (
        "step-functions",
        "builtins.RuntimeError",
        "Execution failed: States.Timeout: State 'Transcode' has timed out",
        None,
        T,
    ),
    ("step-functions", "builtins.RuntimeError", "Execution failed: States.HeartbeatTimeout", None, T),
    ("step-functions", "builtins.RuntimeError", "Execution failed: States.Permissions", None, P),
    ("step-functions", "builtins.RuntimeError", "Execution failed: States.DataLimitExceeded", None, V),
    ("kafka-python", "kafka.errors.KafkaTimeoutError", "KafkaTimeoutError: I/O wait timed out", None, T),
    ("kafka-python", "kafka.errors.KafkaConnectionError", "KafkaConnectionError: socket disconnected", None, T),
    (
        "kafka-python",
        "kafka.errors.KafkaConnectionError",
        "KafkaConnectionError: Connection closed during send",
        None,
        T,
    ),
    ("kafka-python", "kafka.errors.KafkaConnectionError", "KafkaConnectionError: DNS Resolution failure", None, T),
    ("kafka-python", "kafka.errors.KafkaConnectionError", "KafkaConnectionError: Node not connected", None, T),
    (
        "kafka-python",
        "kafka.errors.KafkaConnectionError",
        "KafkaConnectionError: unable to connect: [Errno 111] Connection refused",
        None,
        T,
    ),
    (
        "kafka-python",
        "kafka.errors.RequestTimedOutError",
        "[Error 7] RequestTimedOutError: Request timed out after 30000 ms",
        None,
        T,
    ),
    ("kafka-python", "kafka.errors.IllegalStateError", "IllegalStateError: KafkaConsumer is closed", None, P),
    ("kafka-python", "kafka.errors.IllegalStateError", "IllegalStateError: KafkaProducer already closed!", None, P),
    (
        "kafka-python",
        "kafka.errors.IllegalStateError",
        ("IllegalStateError: Cannot use transactional methods without enabling transactions"),
        None,
        P,
    ),
    ("kafka-python", "builtins.RuntimeError", "Send failed: KafkaConnectionError: socket disconnected", None, T),
    (
        "kafka-python",
        "builtins.RuntimeError",
        "Send failed: [Error 7] RequestTimedOutError: Request timed out after 30000 ms",
        None,
        T,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessageLockLostError",
        (
            "The lock on the message lock has expired. Callers should call attempt to receive"
            " and process the message again."
        ),
        None,
        T,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessagingEntityDisabledError",
        "The Messaging Entity is disabled. Enable the entity again using Portal.",
        None,
        P,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.ServiceBusQuotaExceededError",
        (
            "The quota applied to a Service Bus resource has been exceeded while interacting "
            "with the Azure Service Bus service."
        ),
        None,
        R,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.ServiceBusServerBusyError",
        (
            "The Azure Service Bus service reports that it is busy in response to a client re"
            "quest to perform an operation."
        ),
        None,
        T,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessageSizeExceededError",
        "Message content is larger than the service bus frame size.",
        None,
        V,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.MessagingEntityNotFoundError",
        "A Service Bus resource cannot be found by the Service Bus service.",
        None,
        P,
    ),
    (
        "azure-servicebus",
        "azure.servicebus.exceptions.SessionCannotBeLockedError",
        "The requested session cannot be locked.",
        None,
        T,
    ),
    ("azure-servicebus", "azure.servicebus.exceptions.OperationTimeoutError", "Operation timed out.", None, T),
    (
        "azure-servicebus",
        "builtins.RuntimeError",
        (
            "Processing failed: The lock on the message lock has expired. Callers should call"
            " attempt to receive and process the message again."
        ),
        None,
        T,
    ),
    (
        "azure-servicebus",
        "builtins.RuntimeError",
        ("Processing failed: The Messaging Entity is disabled. Enable the entity again using Portal."),
        None,
        P,
    ),
    (
        "azure-servicebus",
        "builtins.RuntimeError",
        (
            "Processing failed: The quota applied to a Service Bus resource has been exceeded"
            " while interacting with the Azure Service Bus service."
        ),
        None,
        R,
    ),
    (
        "azure-servicebus",
        "builtins.RuntimeError",
        (
            "Processing failed: The Azure Service Bus service reports that it is busy in resp"
            "onse to a client request to perform an operation."
        ),
        None,
        T,
    ),
    (
        "azure-servicebus",
        "builtins.RuntimeError",
        "Processing failed: Message content is larger than the service bus frame size.",
        None,
        V,
    ),
    (
        "azure-servicebus",
        "builtins.RuntimeError",
        ("Processing failed: A Service Bus resource cannot be found by the Service Bus service."),
        None,
        P,
    ),
    ("azure-servicebus", "builtins.RuntimeError", "Connection lost during settle operation.", None, T),
    ("azure-servicebus", "builtins.ValueError", "Connection string is either blank or malformed.", None, P),
    (
        "azure-servicebus",
        "builtins.ValueError",
        "Connection string must have both SharedAccessKeyName and SharedAccessKey.",
        None,
        P,
    ),
    ("azure-servicebus", "azure.servicebus.exceptions.ResourceNotFoundError", "Queue orders does not exist", None, P),
    ("azure-servicebus", "builtins.TimeoutError", "Authentication attempt timed-out.", None, T),
    (
        "pyzeebe",
        "pyzeebe.errors.JobAlreadyDeactivatedError",
        "Job 2251799813685249 was already stopped (Completed/Failed/Error)",
        None,
        P,
    ),
    ("pyzeebe", "pyzeebe.errors.JobNotFoundError", "Job 2251799813685249 not found", None, P),
    (
        "pyzeebe",
        "pyzeebe.errors.ProcessDefinitionNotFoundError",
        "Process definition: order-process with -1 was not found",
        None,
        P,
    ),
    (
        "pyzeebe",
        "pyzeebe.errors.ProcessTimeoutError",
        "Timeout while waiting for process order-process to complete",
        None,
        T,
    ),
    ("pyzeebe", "pyzeebe.errors.SettingsError", "No CAMUNDA_CLIENT_ID or ZEEBE_CLIENT_ID provided!", None, P),
    ("pyzeebe", "pyzeebe.errors.DuplicateTaskTypeError", "Task with type send-email already exists", None, P),
    (
        "pyzeebe",
        "pyzeebe.errors.ZeebeGatewayUnavailableError",
        (
            "ZeebeGatewayUnavailableError(grpc_error=AioRpcError(code=StatusCode.UNAVAILABLE,"
            " details=failed to connect to all addresses, debug_error_string=None))"
        ),
        None,
        T,
    ),
    (
        "pyzeebe",
        "pyzeebe.errors.ZeebeDeadlineExceeded",
        (
            "ZeebeDeadlineExceeded(grpc_error=AioRpcError(code=StatusCode.DEADLINE_EXCEEDED, "
            "details=Deadline Exceeded, debug_error_string=None))"
        ),
        None,
        T,
    ),
    ("temporalio", "builtins.RuntimeError", "Not in activity context", None, P),
    ("temporalio", "builtins.RuntimeError", "Lazy clients cannot be used for workers", None, P),
    ("temporalio", "builtins.RuntimeError", "Attempting to schedule timer with negative delay", None, P),
    ("temporalio", "builtins.RuntimeError", "Runtime default already set", None, P),
    ("google-cloud-pubsub", "builtins.RuntimeError", "Cannot publish on a stopped publisher.", None, P),
    ("google-cloud-pubsub", "builtins.RuntimeError", "Closed subscriber cannot be used as context manager.", None, P),
    ("google-cloud-pubsub", "builtins.ValueError", "This manager has been closed and can not be re-used.", None, P),
    ("google-cloud-pubsub", "builtins.RuntimeError", "Ordering key is not paused.", None, P),
    (
        "dagster",
        "dagster._core.errors.DagsterInvalidDefinitionError",
        "Duplicate asset key: AssetKey(['orders'])",
        None,
        P,
    ),
    (
        "dagster",
        "dagster._core.errors.DagsterInvalidDefinitionError",
        "No job was provided to ScheduleDefinition.",
        None,
        P,
    ),
    (
        "dagster",
        "dagster._core.errors.DagsterInvalidDefinitionError",
        "Invalid cron schedule '61 * * * *' in ScheduleDefinition 'nightly'",
        None,
        P,
    ),
    (
        "dagster",
        "dagster._core.errors.DagsterInvariantViolationError",
        "Could not find job nightly_job in repository __repository__",
        None,
        P,
    ),
    (
        "dagster",
        "dagster._core.errors.DagsterUserCodeUnreachableError",
        "Could not reach user code server. gRPC Error code: UNAVAILABLE",
        None,
        T,
    ),
    (
        "dagster",
        "dagster._core.errors.DagsterPipesExecutionError",
        "Timed out waiting for messages thread to finish.",
        None,
        T,
    ),
    ("dagster", "builtins.Exception", "Timed out waiting for these runs to finish: ['6f1e']", None, T),
]


@pytest.mark.parametrize(("library", "exc_type", "message", "status", "label"), TEMPLATES)
def test_source_template_gets_its_label(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message, status)[0] is label, library


# (exc_type, message, label, the rule that must decide): in each, a weaker signal would have won without the rule
DECIDING = [
    ("builtins.ValueError", "0 timeout is not allowed. Use -1 for infinite timeout", V, "message.tpl_timeout_argument"),
    (
        "kombu.exceptions.OperationalError",
        (
            "Timed out waiting for a broker connection after 10s. All 10 connections are in u"
            "se. Consider increasing broker_pool_limit (currently 10) or broker_pool_acquire_"
            "timeout (currently 10s)."
        ),
        R,
        "message.tpl_broker_pool_in_use",
    ),
    ("builtins.Exception", "Connection Refused: bad user name or password.", P, "message.tpl_mqtt_connack_refused"),
    ("paramiko.ssh_exception.AuthenticationException", "Authentication timeout.", T, "type.transient.ssh_auth_timeout"),
    ("builtins.ValueError", "Invalid transport scheme: 'foo'", P, "message.tpl_broker_url_config"),
    (
        "nats.errors.Error",
        "nats: empty response from server when expecting INFO message",
        T,
        "message.tpl_broker_link_down",
    ),
    (
        "builtins.RuntimeError",
        ("Message publish failed: Client or broker did not communicate in the keepalive interval."),
        T,
        "message.tpl_broker_link_down",
    ),
    ("builtins.ValueError", "An actor named 'send_email' is already registered.", P, "message.tpl_library_misuse"),
    ("paramiko.ssh_exception.ConfigParseError", "Unparsable line Host", P, "type.permanent.tpl_config_files"),
    ("tornado.httputil.HTTPInputError", "multipart/form-data has too many parts", V, "message.tpl_form_too_many_parts"),
    (
        "paramiko.ssh_exception.SSHException",
        "Incompatible ssh peer (no acceptable kex algorithm)",
        P,
        "message.tpl_ssh_no_common_algorithm",
    ),
    ("arq.jobs.DeserializationError", "unable to deserialize job", V, "type.validation.tpl_arq_serialization"),
    (
        "builtins.RuntimeError",
        (
            "Processing failed: The lock on the message lock has expired. Callers should call"
            " attempt to receive and process the message again."
        ),
        T,
        "message.tpl_servicebus_transient",
    ),
    (
        "builtins.RuntimeError",
        (
            "Processing failed: The quota applied to a Service Bus resource has been exceeded"
            " while interacting with the Azure Service Bus service."
        ),
        R,
        "message.tpl_servicebus_quota",
    ),
    (
        "builtins.ValueError",
        "Connection string is either blank or malformed.",
        P,
        "message.tpl_connection_string_config",
    ),
    ("builtins.ValueError", "This manager has been closed and can not be re-used.", P, "message.tpl_library_misuse"),
]


@pytest.mark.parametrize(("exc_type", "message", "label", "rule_id"), DECIDING)
def test_template_rule_decides_over_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule_id)
