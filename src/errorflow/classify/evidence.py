r"""Evidence extraction: the structured facts a failure carries, read once per link.

A *link* is the exception itself or one exception of its cause chain. For each
link the parser collects what libraries print inside their messages (each
pattern runs only when a cheap substring test says it can match): HTTP statuses (``503 Server Error``,
``Client error '404 Not Found'``, ``status_code=429``, ``(403)\\nReason:``),
errno values (``[Errno 111]``, ``PermissionError(13, ...)``, ``ECONNREFUSED``),
SQLSTATEs and MySQL error numbers, gRPC, AWS, Kafka, MongoDB and AMQP error
codes, vendor codes (``ORA-00060``, SQL Server ``(1205) (SQLExecDirectW)``,
Snowflake ``000630 (57014):``, Cassandra ``code=1100 [``, Elasticsearch
``ApiError(429, 'es_rejected_execution_exception', ...)``, Azure ``Code:
ResourceNotFound``, and the ``code``/``reason``/``type`` fields of JSON error
bodies from Stripe, OpenAI, Anthropic, Google and Kubernetes), and the original
exception a wrapper names (SQLAlchemy's ``(psycopg2.errors.DeadlockDetected)
deadlock detected``, urllib3's ``(Caused by NewConnectionError(...))``,
tenacity's ``RetryError[<Future ... raised ConnectionError>]``), which becomes
an implied cause. Structured fields of the signal take precedence over
anything parsed.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable
from typing import Final, NamedTuple

from errorflow.classify._literals import WORD_BITS, Entry, LiteralWords
from errorflow.classify._phrases import factor, walk, walk_table
from errorflow.classify._tables import LINUX_ERRNO, PG_CONDITIONS, normalize_code, squash_condition
from errorflow.classify._vendor_codes import NTSTATUS_NAMES, VENDOR_CODES, dbus_code, esmtp_code

__all__ = ["MAX_TEXT", "Link", "blank_urls", "cut_message", "short_name", "without_reason_phrase"]

MAX_TEXT: Final = 4096
"""Characters of a message that rules look at; evidence sits at the start, dumps at the end."""

_CUT_MARKERS: Final = ("\n[SQL:", "\n[parameters:", "\n(Background on this error at:")
# The response headers an OpenAPI-generated client (kubernetes.client ApiException) prints in its message: header
# names ("Content-Length", "Transfer-Encoding: chunked") are no phrases of what failed.
_HEADERS_LINE: Final = re.compile(r"^http response headers: [^\n]*", re.MULTILINE)  # on the lower-cased text

# 4xx/5xx reason phrases as servers and libraries print them after the code.
_HTTP_PHRASES: Final = {
    400: ("Bad Request",),
    401: ("Unauthorized",),
    402: ("Payment Required",),
    403: ("Forbidden",),
    404: ("Not Found",),
    405: ("Method Not Allowed",),
    406: ("Not Acceptable",),
    407: ("Proxy Authentication Required",),
    408: ("Request Timeout", "Request Time-out"),
    409: ("Conflict",),
    410: ("Gone",),
    411: ("Length Required",),
    412: ("Precondition Failed",),
    413: ("Request Entity Too Large", "Payload Too Large", "Content Too Large"),
    414: ("Request-URI Too Long", "URI Too Long"),
    415: ("Unsupported Media Type",),
    416: ("Requested Range Not Satisfiable", "Range Not Satisfiable"),
    417: ("Expectation Failed",),
    421: ("Misdirected Request",),
    422: ("Unprocessable Entity", "Unprocessable Content"),
    423: ("Locked",),
    424: ("Failed Dependency",),
    425: ("Too Early",),
    426: ("Upgrade Required",),
    428: ("Precondition Required",),
    429: ("Too Many Requests",),
    431: ("Request Header Fields Too Large",),
    451: ("Unavailable For Legal Reasons",),
    500: ("Internal Server Error",),
    501: ("Not Implemented",),
    502: ("Bad Gateway",),
    503: ("Service Unavailable", "Service Temporarily Unavailable"),
    504: ("Gateway Timeout", "Gateway Time-out"),
    505: ("HTTP Version Not Supported",),
    507: ("Insufficient Storage",),
    508: ("Loop Detected",),
    511: ("Network Authentication Required",),
}

# gRPC status names by number, for ``grpc_status:14`` in debug strings.
_GRPC_NAMES: Final = (
    "CANCELLED UNKNOWN INVALID_ARGUMENT DEADLINE_EXCEEDED NOT_FOUND ALREADY_EXISTS PERMISSION_DENIED "
    "RESOURCE_EXHAUSTED FAILED_PRECONDITION ABORTED OUT_OF_RANGE UNIMPLEMENTED INTERNAL UNAVAILABLE "
    "DATA_LOSS UNAUTHENTICATED"
)
_GRPC_BY_NUMBER: Final = dict(enumerate(_GRPC_NAMES.split(), start=1))

_HTTP_PHRASE_LOOKUP: Final = {
    code: tuple(phrase.lower() for phrase in phrases) for code, phrases in _HTTP_PHRASES.items()
}

_ERRNO_NAMES: Final = "|".join(
    sorted((name[1:] for name in LINUX_ERRNO if not name.startswith("EAI_") and len(name) > 3), key=len, reverse=True)
)

# Patterns anchored at the start of the message, tried with one ``match``. The
# value group of each alternative closes last, so ``match.lastgroup`` names it.
_AT_START: Final = re.compile(
    "|".join(
        (
            r"(?P<http_aiohttp>\d{3}), message=",
            r"\((?P<http_k8s>\d{3})\)\s*Reason:",
            r"(?P<http_google>[45]\d\d) [A-Z]",
            r"\('(?P<sqlstate_odbc>[0-9A-Z]{5})', ",
            r"(?:ERROR )?(?P<mysqlconn>\d{4} \([0-9A-Z]{5})\)",
            r"\((?P<mysql>\d{4}), [\"']",
            r"\[Error -?\d+\] (?P<code_kafka>[A-Z]\w+)",
            r"\((?P<wrapped>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\) ",
            r"\((?P<code_azure>[A-Z][a-z]+[A-Z][A-Za-z]+)\) ",
        )
    )
)
# What every match of _AT_START starts with: "(", "[", "E" (``ERROR 1045 (28000)``) or a digit (``\d``, a Unicode
# decimal, which ``str.isdigit`` holds too); most messages start otherwise and are not matched at all.
_AT_START_HEADS: Final = "([E"

# (substring that must occur, regex). Searching for a substring is far cheaper
# than running a regex, so each pattern runs only on messages that can contain
# it; errno and status patterns stop at the first hit.
# Patterns start with a literal so ``re`` jumps to candidates instead of trying
# every position (a leading ``\b`` would defeat that); left edges are checked
# in Python where they matter.
_ERRNO_TRIGGERED: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("[Errno ", re.compile(r"\[Errno (-?\d+)\]")),
    # redis-py: "Error 111 connecting to h:6379.", "Error -2 connecting ...", "Error 32 while writing to socket."
    ("Error ", re.compile(r"Error (?:(-?\d{1,3}) connecting\b|(\d{1,3}) while\b|code (\d{1,3}) \()")),
)
# MySQL's ER_GET_ERRNO (1030): "Got error 28 from storage engine", "Got error 28 - 'No space left on device' from
# storage engine"; numbers from 120 on are the handler's own codes (HA_ERR_FIRST), below it an OS errno.
_MYSQL_ENGINE_ERRNO: Final = re.compile(r"Got error (\d{1,3})(?: - '[^']*')? from storage engine")
_HA_ERR_FIRST: Final = 120
# OSError reprs inside messages: "PermissionError(13, 'Permission denied')", "gaierror(-2, ...)".
_OSERROR_REPR: Final = re.compile(r"rror\((-?\d{1,3}), ")
_OSERROR_NAMES: Final = (
    "OSError", "IOError", "EnvironmentError", "ConnectionError", "ConnectionResetError", "ConnectionRefusedError",
    "ConnectionAbortedError", "BrokenPipeError", "TimeoutError", "PermissionError", "FileNotFoundError",
    "FileExistsError", "BlockingIOError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
    "ChildProcessError", "ProcessLookupError", "gaierror", "herror", "socket.error",
)  # fmt: skip
_STATUS_TRIGGERED: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (" Error", re.compile(r"(\d{3}) (?:Client|Server) Error\b")),
    ("error '", re.compile(r"(?:Client|Server) error '(\d{3}) ")),
    ("response '", re.compile(r"(?:Redirect|Informational) response '(\d{3}) ")),
    ("HTTP", re.compile(r"HTTP(?: Error|/\d(?:\.\d)?)? ([45]\d\d)\b")),
    ("rror(", re.compile(r"Error\(([45]\d\d), ")),
    ("error responses", re.compile(r"too many (\d{3}) error responses")),
    ("An error occurred (", re.compile(r"An error occurred \((\d{3})\) when calling")),
    ("Response(code=", re.compile(r"Response\(code=(\d{3})\b")),
    ("HttpError ", re.compile(r"<HttpError (\d{3}) ")),
    # aws-sdk-go-v2 (smithy-go transport/http ResponseError: "https response error StatusCode: 400, RequestID: ..."),
    # as Terraform's AWS provider and other Go tools print it.
    ("StatusCode: ", re.compile(r"response error StatusCode: (\d{3})\b")),
    # Go's google.golang.org/api googleapi.Error ("googleapi: Error 403: Quota 'CPUS' exceeded..., quotaExceeded") and
    # the Vault CLI's api.ResponseError ("Error making API request.\n\nURL: GET ...\nCode: 503. Errors:").
    ("googleapi: Error ", re.compile(r"googleapi: Error (\d{3}): ")),
    ("Code: ", re.compile(r"\nCode: (\d{3})\. Errors:")),
    # Consul's and Nomad's API clients ("Unexpected response code: 500 (No cluster leader)"), the Docker registry
    # client ("received unexpected HTTP status: 500 Internal Server Error").
    ("nexpected ", re.compile(r"[Uu]nexpected (?:response code|HTTP status|status code): (\d{3})\b")),
    # the Cloud SDK's apitools errors as gcloud prints them: "ResponseError: code=404, message=Not found: ..."
    ("ResponseError: code=", re.compile(r"ResponseError: code=(\d{3}), message=")),
    # libcurl's CURLE_HTTP_RETURNED_ERROR, as pycurl and the curl CLI print it (lib/http.c "The requested URL
    # returned error: %d").
    ("returned error: ", re.compile(r"The requested URL returned error: ([45]\d\d)\b")),
    # google-resumable-media's InvalidResponse (its text is its arguments' tuple: "('Request failed with status
    # code', 404, 'Expected one of', <HTTPStatus.OK: 200>)") and minio-py's InvalidResponseError ("non-XML response
    # from server; Response code: 502, Content-Type: ...").
    ("Request failed with status code", re.compile(r"'Request failed with status code', (\d{3}),")),
    ("; Response code: ", re.compile(r"; Response code: (\d{3}),")),
)
# The same on the lower-cased message.
_STATUS_TRIGGERED_LOWER: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("status", re.compile(r"status(?:[ _]code)?[\s:=]{0,3}([45]\d\d)\b")),
    ("code", re.compile(r"error[ _]code[\s:=]{0,3}([45]\d\d)\b")),
)
# Each led by its literal: a leading ``\b`` or look-behind keeps ``re`` from skipping to the literal, so it entered its
# matcher at every position of the message ("Reason: " in a Kubernetes body of 700 characters: some 10 µs). The
# ``\b`` is the look-behind after the literal (``api(?<!\wapi)``: the literal starts with a word character).
_CODE_TRIGGERED: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("An error occurred (", re.compile(r"An error occurred \(([A-Za-z][\w.]*)\) when calling")),
    ("StatusCode.", re.compile(r"StatusCode\.([A-Z_]+)")),
    # grpc-java's StatusRuntimeException as a JVM service's error relays it ("io.grpc.StatusRuntimeException:
    # UNAVAILABLE: io exception", "... RESOURCE_EXHAUSTED: Insufficient tokens for quota ..."; Status.toString's
    # "CODE: description"): the status name, as grpc-python's StatusCode.X
    ("StatusRuntimeException: ", re.compile(r"StatusRuntimeException: ([A-Z]+(?:_[A-Z]+)*)(?::|$)")),
    # gRPC's RESOURCE_EXHAUSTED printed as a status where no class names it: grpc-js's "8 RESOURCE_EXHAUSTED: Quota
    # exceeded ..." (`${code} ${Status[code]}: ${details}`, call.ts callErrorFromStatus) and absl::Status::ToString's
    # "RESOURCE_EXHAUSTED: Out of memory ..." (XLA, TensorFlow's C++ runtime): the generic code, which the reason
    # after it refines (a per-minute quota is throttling, an allocation that failed stays a resource)
    (
        "RESOURCE_EXHAUSTED: ",
        re.compile(
            r"(RESOURCE_EXHAUSTED)(?<![\w.]RESOURCE_EXHAUSTED)"
            r"(?<!StatusRuntimeException: RESOURCE_EXHAUSTED): "
        ),
    ),
    ("KafkaError{", re.compile(r"KafkaError\{code=(_?[A-Z_]+)")),
    ("'codeName'", re.compile(r"'codeName': '(\w+)'")),
    (" - ", re.compile(r"([A-Z]+(?:_[A-Z]+)+) - ")),
    # Exchange Online's store driver in an NDR: "STOREDRV.Submission.Exception:SubmissionQuotaExceededException"
    ("STOREDRV.", re.compile(r"STOREDRV\.[A-Za-z]+\.Exception:([A-Za-z]+)")),
    # Codes of Go clients printed by CLI tools (Terraform, kubectl) that Python wraps: smithy-go GenericAPIError
    # ("api error InsufficientInstanceCapacity: ..."), kubectl's StatusReason ("Error from server (NotFound): ..."),
    # Azure's go-autorest ServiceError ('Code="OperationNotAllowed" Message="..."').
    ("api error ", re.compile(r"api(?<!\wapi) error ([A-Z][A-Za-z0-9.]+): ")),
    ("Error from server (", re.compile(r"Error from server \(([A-Z][A-Za-z]+)\)")),
    ('Code="', re.compile(r'Code(?<!\wCode)="([A-Z][A-Za-z]+)"')),
    # aws-sdk-go-v2's modelled errors after the request ids ("RequestID: x, HostID: y, BucketAlreadyExists: ...",
    # smithy-go "%s: %s" of ErrorCode and message), and googleapi.Error's reason after its message (", quotaExceeded"
    # at the end of the line, or "Reason: rateLimitExceeded, Message:" when there are several).
    # grpc-go's status.Error ("rpc error: code = NotFound desc = ..."), as containerd, etcd and Kubernetes print it
    ("rpc error: code = ", re.compile(r"rpc error: code = ([A-Z][A-Za-z]+) desc = ")),
    ("RequestID: ", re.compile(r"RequestID: [^,\s]*, (?:HostID: [^,\s]*, )?([A-Z][A-Za-z0-9]+): ?")),
    ("googleapi: Error ", re.compile(r"googleapi: Error \d{3}: [^\n]*, ([a-z][A-Za-z]+)$", re.MULTILINE)),
    ("Reason: ", re.compile(r"Reason(?<!\wReason): ([a-z][A-Za-z]+), Message: ")),
    # the XML error body of the AWS query and REST APIs (EC2's <Response><Errors><Error><Code>, S3's <Error><Code>), as
    # boto 2's BotoServerError prints it after the status line ("EC2ResponseError: 400 Bad Request\n<?xml ...") and
    # S3-compatible and Azure Storage services answer it: the service's code, as botocore's "An error occurred (X)"
    ("<Code>", re.compile(r"<Code>([A-Z][A-Za-z0-9.]+)</Code>")),
)
_ORACLE: Final = re.compile(r"ORA-(\d{5})")
_DPY: Final = re.compile(r"\b(DPY-\d{4})\b")
_AADSTS: Final = re.compile(r"\b(AADSTS\d{5,7})\b")
_TWILIO: Final = re.compile(r"twilio\.com/docs/errors/(\d{5})")
_MSSQL: Final = re.compile(r"\((\d{2,5})\) \(SQL[A-Za-z]+\)|\bMsg (\d{2,5}), Level")
# ``\bhttps?://...`` led by its literal (a leading ``\b`` enters the matcher at every position: 7 µs on a 700-character
# message); the look-behind is that ``\b`` ("h" is a word character).
_URL: Final = re.compile(r"http(?<!\whttp)s?://[^\s'\"<>()\[\]{}]+")


def _native_blank_urls() -> Callable[[str], str | None] | None:
    """The extension's ``blank_urls`` (``_URL.sub(" ", text)`` for ASCII text, None for other), or None without it."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install: the regex runs
        return None
    return getattr(_cfingerprint, "blank_urls", None)


_BLANK_URLS_NATIVE: Final = _native_blank_urls()


def _native_lower() -> Callable[[str], str | None] | None:
    """The extension's ``lower_ascii`` (``text.lower()`` for ASCII text, None for other), or None without it."""
    try:
        from errorflow.classify import _cfingerprint
    except ImportError:  # no compiler at install: str.lower runs
        return None
    return getattr(_cfingerprint, "lower_ascii", None)


_LOWER_NATIVE: Final = _native_lower()


def lower(text: str) -> str:
    """``text.lower()`` (the specification), ASCII text 16 characters at a time in C.

    Every link lower-cases its text for the phrases, codes and statuses: ``str.lower`` reads ASCII a character at a
    time (some 640 instructions a call on the public corpus), the extension's vector loop an eighth of that.
    """
    native = _LOWER_NATIVE
    if native is not None:
        lowered = native(text)
        if lowered is not None:
            return lowered
    return text.lower()


def blank_urls(text: str) -> str:
    """``text`` with each URL replaced by a space (``_URL.sub(" ", text)``, the specification): in C for ASCII text.

    A link's phrases are read outside its URLs. The regex, led by its literal, cost about 0.7 µs a message holding
    one (some 1,000 instructions a call on the public corpus); the extension's walk a tenth of it.
    """
    native = _BLANK_URLS_NATIVE
    if native is not None:
        blanked = native(text)
        if blanked is not None:
            return blanked
    return _URL.sub(" ", text)


_PYMSSQL: Final = re.compile(r"^\((\d{2,5}), b?['\"]")
_SNOWFLAKE: Final = re.compile(r"(?:^|: )(\d{6})(?: \(([0-9A-Z]{5})\))?: ")
# The connector's own full format, errno and SQLSTATE (snowflake/connector/errors.py: f"{errno:06d} ({sqlstate}):
# {msg}"), is Snowflake's whatever class carries it: dbt-snowflake's DbtDatabaseError indents it on its second line.
_SNOWFLAKE_FULL: Final = re.compile(r"(?:^|\n|: )[ \t]*(\d{6}) \(([0-9A-Z]{5})\): ")
_CASSANDRA: Final = re.compile(r"code=([0-9A-Fa-f]{4}) \[")
# clickhouse-connect prints ``Code: 241. DB::Exception``; clickhouse-driver's ServerException.__str__
# puts the server's message on the next line (``'Code: {}.{}\\n{}'``, the middle part a ``Nested:`` line).
_CLICKHOUSE: Final = re.compile(
    r"Code: (\d{1,4})\.(?:\nNested: [^\n]*)?\s+DB::Exception|ClickHouse (?:server )?error code:? (\d{1,4})"
)
# Cassandra's RequestFailureException: "received 0 responses and 1 failures: READ_TOO_MANY_TOMBSTONES from /10.0.4.22"
# (RequestFailureReason per replica, more specific than the read/write failure code around it).
_CASSANDRA_REASON: Final = re.compile(r"(?:failures: |, )([A-Z][A-Z_]{3,}) from /")
# The Neo4j driver's Neo4jError.__str__: "{code: Neo.TransientError.General.OutOfMemoryError} {message: ...}"
# (newer drivers: "{neo4j_code: Neo....} {message: ...} {gql_status: 51N72} ...").
_NEO4J: Final = re.compile(r"\{(?:neo4j_)?code: Neo\.[A-Za-z]+\.[A-Za-z]+\.([A-Za-z]+)\}")
# trino-python-client's TrinoQueryError.__repr__: "TrinoQueryError(type=INSUFFICIENT_RESOURCES, name=..., ...".
_TRINO: Final = re.compile(r"\(type=([A-Z_]+), name=([A-Z_]+),")
# simple-salesforce's "Response content: [{'message': '...', 'errorCode': 'UNABLE_TO_LOCK_ROW'}]".
# HiveServer2's TStatus as PyHive prints the response: "TStatus(statusCode=3, ..., sqlState='42S02', errorCode=10001".
_HS2_SQLSTATE: Final = re.compile(r"sqlState='([0-9A-Z]{5})'")
# MLflow's RestException: "{error_code}: {message}" (mlflow/exceptions.py), the code from databricks.proto's ErrorCode;
# the same shape heads an Athena query's failure reason ("HIVE_BAD_DATA: ...").
_MLFLOW_CODE: Final = re.compile(r"([A-Z][A-Z]+(?:_[A-Z]+)+): ")
# Ray's RayTaskError(X): a class Ray makes at run time that subclasses both RayTaskError and the task's exception X
# (RayTaskError.as_instanceof_cause); its message is the task's traceback, whose last "X: ..." line is X's own message.
_RAY_TASK_ERROR: Final = re.compile(r"RayTaskError\(([A-Za-z_]\w*)\)$")
# Spark's error class at the head of its message (``[UNRESOLVED_COLUMN.WITH_SUGGESTION] ...``), the subclass dropped.
_SPARK_CLASS: Final = re.compile(r"\[([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:\.[A-Z0-9_]+)?\] ")
# Arrow's S3 filesystem (cpp/src/arrow/filesystem/s3_internal.h): "AWS Error SLOW_DOWN during UploadPart operation:
# ...", the AWS SDK's error name in upper snake case, which normalises to the service code (SlowDown).
_ARROW_S3: Final = re.compile(r"AWS Error ([A-Z][A-Z_]+[A-Z]) during ")
# The SQLSTATE field of a PostgreSQL ErrorResponse as pg8000 and redshift_connector print it (``{'S': 'ERROR',
# 'C': '42P01', 'M': ...}``).
_PG_FIELD_CODE: Final = re.compile(r"'C': '([0-9A-Z]{5})'")
_SALESFORCE: Final = re.compile(r"""["']errorCode["']\s*:\s*["']([A-Z][A-Z_]+)["']""")
# Azure Storage error details, one per line: "ErrorCode:InvalidHeaderValue".
_AZURE_ERROR_CODE: Final = re.compile(r"\nErrorCode: ?([A-Z][A-Za-z]+)")
# supervisord's XML-RPC fault as xmlrpc.client.Fault prints it: "<Fault 10: 'BAD_NAME: celery-beat'>", the name of
# supervisor.xmlrpc.Faults' constant leading the fault string (alone when there is no detail: 'SHUTDOWN_STATE').
_XMLRPC_FAULT_NAME: Final = re.compile(r"<Fault -?\d+: ['\"]([A-Z][A-Z_]+)(?::|['\"]>)")
# Led by the literal (a leading ``\b`` would enter the matcher at every position); the look-behind
# is that ``\b``.
_REASON: Final = re.compile(r"reason(?<!\wreason)[=:] ?[\"']?([A-Z][A-Za-z]{3,})\b")
_ES_TYPE: Final = re.compile(r"\(\d{3}, '([a-z][a-z_]*_(?:exception|error))'")
# ``"code": "card_declined"``, ``'reason': 'rateLimitExceeded'``, ``"type":"overloaded_error"``;
# code-like keys first, so a specific code comes before a generic type.
_JSON_FIELDS: Final = (
    re.compile(
        r"""["'](?:code|decline_code|error_code|errorCode|reason|error)["']\s*:\s*["']([A-Za-z][\w.]{2,60})["']"""
    ),
    re.compile(r"""["'](?:type|status)["']\s*:\s*["']([A-Za-z][\w.]{2,60})["']"""),
)
# A ``type`` or ``status`` field is a code only when a vendor table knows it:
# ``'type': 'invalid_request_error'`` is said of 400s and 403s alike.
_TYPED_CODES: Final = frozenset(
    normalize_code(row[0]) for _, prefix, rows in VENDOR_CODES if not prefix for row in rows
)
_AZURE_CODE: Final = re.compile(r"(?:^|\n)Code: ([A-Z][A-Za-z]+)")
# An SMTP server's transient negative reply as smtplib prints it, ``(450, b'4.2.1 ...')`` (also inside
# SMTPRecipientsRefused's dict), or aiosmtplib with its enhanced status code, ``(421, '4.7.0 ...')``.
_SMTP_REPLY: Final = re.compile(r"\((4\d\d), (?:b['\"]|['\"](?=4\.\d{1,3}\.\d{1,3}\b))")
_CAUSED_BY: Final = re.compile(r"\(Caused by ([A-Z]\w*)\((.*)\)\)\s*$", re.DOTALL)
_WRAPPED_INSIDE: Final = re.compile(r"\(([a-z_]\w*(?:\.\w+)+\.[A-Z]\w*(?:Error|Exception|Failure))\) ")
# SQLAlchemy's async adaptors (1.4-2.0, dialects/postgresql/asyncpg.py: ``"%s: %s" % (type(error), error)``) name the
# driver's own class after their adaptor class: "(sqlalchemy.dialects.postgresql.asyncpg.IntegrityError) <class
# 'asyncpg.exceptions.UniqueViolationError'>: duplicate key ...": the driver's class is the cause.
_ADAPTED_CLASS: Final = re.compile(r"<class '([a-z_]\w*(?:\.\w+)+\.[A-Z]\w*)'>: ")
_RETRY_ERROR: Final = re.compile(r"RetryError\[<Future at \w+ state=finished raised ([A-Z]\w*)>\]")
_URLLIB3_NAMES: Final = frozenset(
    {
        "NewConnectionError", "ConnectTimeoutError", "ReadTimeoutError", "SSLError", "ProxyError", "ResponseError",
        "NameResolutionError", "ProtocolError", "MaxRetryError", "ConnectionError",
    }
)  # fmt: skip
_SQLSTATE_ODBC: Final = re.compile(r"\[([0-9A-Z]{5})\] \[")
_SQLSTATE_TEXT: Final = re.compile(r"sqlstate[\[\s:=]{0,3}([0-9a-z]{5})\b")
_GRPC_NUMBER: Final = re.compile(r"grpc_status:(\d+)")
# A google.rpc.Status in protobuf text format ("code: 8\nmessage: \"The following quota metrics exceed quota limits:
# ...\""), as google-cloud-aiplatform's jobs print the error of a failed job or training run ("Job failed with:\n%s",
# "Training failed with:\n%s") and long-running operations print their error: the number is a gRPC status code.
_RPC_STATUS_TEXT: Final = re.compile(r"(?:^|\n)code: (\d{1,2})\nmessage: ")
# Factored by leading characters (alike: the same order of alternatives): ``re`` tries ~130 names in
# turn at every "E" otherwise.
_ERRNO_NAME: Final = re.compile(rf"E(?:{factor([(name, name) for name in _ERRNO_NAMES.split('|')])})\b")
# How a match can start: "E" and the first two letters after it (every name holds at least three after its "E"; 51
# starts, one word of the literal walk). "E" and one letter admitted "DETAIL", "YES" or "KEY": the regex then ran on
# about one message in seven of the public corpus, and matched none of them.
_ERRNO_NAME_STARTS: Final = tuple(sorted({f"E{name[:2]}" for name in _ERRNO_NAMES.split("|")}))
_PHRASE_WORDS: Final = "|".join(
    sorted(
        {re.escape(phrase.lower()) for phrases in _HTTP_PHRASES.values() for phrase in phrases}, key=len, reverse=True
    )
)
_STATUS_PHRASE: Final = re.compile(rf"[45]\d\d[ :,-]{{1,3}}(?:{_PHRASE_WORDS})")
# Every match of _STATUS_PHRASE holds a reason phrase after one of " :,-", at a word start: where the C walk finds
# none, the class-led regex (which enters its matcher at every 4 and 5) is not run.
_REASON_WALK: Final = walk_table(sorted({phrase.lower() for phrases in _HTTP_PHRASES.values() for phrase in phrases}))

# Driver modules whose class names are PostgreSQL condition names.
_PG_MODULES: Final = frozenset({"psycopg2.errors", "psycopg.errors", "asyncpg.exceptions", "psycopg2.errorcodes"})
# Modules whose class names are the service's own error codes.
_CODE_MODULES = frozenset(
    {"botocore.errorfactory", "tensorflow.python.framework.errors_impl", "tensorflow.errors", "tf.errors"}
)
# Kafka clients name their error classes after the protocol's error codes (kafka-python and aiokafka
# ``errors.NonEmptyGroupError`` for NON_EMPTY_GROUP, the Java client's ``common.errors.ProducerFencedException`` for
# PRODUCER_FENCED): the class is the code also when the message does not print "[Error N] <Name>" (aiokafka raises
# many with the bare class name or a free text), so a class named like no code simply meets no rule.
_KAFKA_CODE_MODULES: Final = frozenset({"kafka.errors", "aiokafka.errors", "org.apache.kafka.common.errors"})
_CODE_MODULES = _CODE_MODULES | _KAFKA_CODE_MODULES
# Modules whose class names are a protocol's status names that other vendors' codes could normalise alike (OPC UA's
# BadTimeout, BadNotFound): the name is read with the protocol's prefix, as its table is (_vendor_codes._OPCUA).
# asyncua and python-opcua generate one class per Bad status code into uaerrors/_auto.py.
_PREFIXED_CODE_MODULES: Final = {
    "asyncua.ua.uaerrors._auto": "OPCUA",
    "asyncua.ua.uaerrors": "OPCUA",
    "opcua.ua.uaerrors._auto": "OPCUA",
    "opcua.ua.uaerrors": "OPCUA",
    # Telegram's RPC errors: Telethon and Pyrogram generate one class per error name, in CamelCase
    # (telethon.errors.rpcerrorlist.ChannelsTooMuchError, pyrogram.errors.exceptions.flood_420.FloodWait)
    "telethon.errors.rpcerrorlist": "TELEGRAM",
    "pyrogram.errors.exceptions.see_other_303": "TELEGRAM",
    "pyrogram.errors.exceptions.bad_request_400": "TELEGRAM",
    "pyrogram.errors.exceptions.unauthorized_401": "TELEGRAM",
    "pyrogram.errors.exceptions.forbidden_403": "TELEGRAM",
    "pyrogram.errors.exceptions.not_acceptable_406": "TELEGRAM",
    "pyrogram.errors.exceptions.flood_420": "TELEGRAM",
    "pyrogram.errors.exceptions.internal_server_error_500": "TELEGRAM",
    "pyrogram.errors.exceptions.service_unavailable_503": "TELEGRAM",
}
# ... except a local runtime's INTERNAL: TensorFlow raises InternalError "when some invariant expected by the runtime
# has been broken" (tf.errors.InternalError; "Blas GEMM launch failed", "cudaGetDevice() failed", a missing libdevice),
# not for a server's failure that the gRPC code INTERNAL (transient) stands for: its message decides.
_NOT_A_CODE: Final = frozenset(
    f"{module}.InternalError"
    for module in ("tensorflow.python.framework.errors_impl", "tensorflow.errors", "tf.errors")
)


def cut_message(message: str) -> str:
    """Return the part of a message that carries meaning: before SQL dumps, at most :data:`MAX_TEXT` characters."""
    if "\n" in message:
        for marker in _CUT_MARKERS:
            index = message.find(marker)
            if index >= 0:
                message = message[:index]
    return message[:MAX_TEXT]


# Each status's own reason phrase as a word ("forbidden" of a 403), on the lower-cased text.
_REASON_ECHO: Final = {
    code: re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in phrases) + r")\b")
    for code, phrases in _HTTP_PHRASE_LOOKUP.items()
}


def without_reason_phrase(status: int, lowered: str) -> str:
    """``lowered`` with the status's own reason phrase blanked ("403 Forbidden", "Forbidden for url": the echo).

    What is left is what the body says in its own words: a phrase found only in the reason phrase repeats the
    status, a phrase still found in the rest is the body's evidence.
    """
    echo = _REASON_ECHO.get(status)
    return lowered if echo is None else echo.sub(" ", lowered)


def short_name(qualified: str) -> str:
    """Return the class name of a qualified name (``requests.exceptions.ConnectTimeout`` -> ``ConnectTimeout``)."""
    return qualified.rpartition(".")[2]


def _code_of(raw: str) -> str:
    """``normalize_code(raw)``, kept per raw code (bounded: codes are the caller's strings).

    ``normalize_code`` is interpreted Python (``_tables``) with a regex, and the same few codes recur: on the public
    corpus 74 of 420 links normalise a code read from their message, 26 spellings in all.
    """
    code = _CODES_OF.get(raw)
    if code is None:
        code = normalize_code(raw)
        if len(_CODES_OF) < _MAX_CODES_OF and len(raw) <= _MAX_KEPT_CODE:
            _CODES_OF[raw] = code
    return code


_CODES_OF: Final[dict[str, str]] = {}
_MAX_CODES_OF: Final = 4096
_MAX_KEPT_CODE: Final = 128


def _class_codes(exc_type: str) -> tuple[str, ...]:
    """The code a class's own name gives (a PostgreSQL condition's SQLSTATE, a client's code class), kept per class.

    ``squash_condition`` and ``normalize_code`` are interpreted Python with a regex each: worked out once per class
    name, not on every link (bounded: class names are the caller's strings).
    """
    module, _, name = exc_type.rpartition(".")
    codes: tuple[str, ...] = ()
    if module in _PG_MODULES:
        sqlstate = PG_CONDITIONS.get(squash_condition(name))
        if sqlstate:
            codes = (sqlstate,)
    elif module in _CODE_MODULES and exc_type not in _NOT_A_CODE:
        codes = (normalize_code(name),)
    elif module in _PREFIXED_CODE_MODULES:
        codes = (normalize_code(_PREFIXED_CODE_MODULES[module] + name),)
    if len(_CLASS_CODES) < _MAX_CLASS_CODES and len(exc_type) <= _MAX_KEPT_CLASS:
        _CLASS_CODES[exc_type] = codes
    return codes


_CLASS_CODES: Final[dict[str, tuple[str, ...]]] = {}
_MAX_CLASS_CODES: Final = 4096
_MAX_KEPT_CLASS: Final = 512


# ---- Code tokens in formats every library shares (session 17). A library nobody wrote a reader for still names its
# code as one of: a labelled field (``code:RequestLimitExceeded``, ``Code: item_name_in_use``, ``Error:Quota.Exceed``,
# ``"code":"ReadOnlyViolationException"``), a dotted error name heading the message, in a namespace with a capitalised
# part (``org.freedesktop.DBus.Error.LimitsExceeded: ...``), an upper-case constant of three or more parts
# (``MQRC_Q_FULL``, ``AEROSPIKE_ERR_RECORD_BUSY``). Each is returned in ``normalize_code`` form, so the code globs
# (``*QUOTAEXCEED*``, ``*BUSY*``) read its words.
# What follows a label (``code``, ``Code``, ``ErrorCode``, ``error_code``, ``Error``): its value. Found behind the
# label's last letters with ``str.find`` (a regex over the whole text, with the labels as alternatives, cost 2.5 us a
# message: no literal prefix to search for).
_LABEL_VALUE: Final = re.compile(r"['\"]?[ \t]?[:=][ \t]?['\"]?([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)*)")
_ERROR_BEFORE_CODE: Final = ("Error", "error", "Error_", "error_", "Error ", "error ")
_CAMEL_HUMP: Final = re.compile(r"[a-z0-9][A-Z]")
_DOTTED_HEAD: Final = re.compile(r"[a-z][a-z0-9]*(?:\.[A-Za-z0-9_]+){2,}(?=:|\Z)")
_CONSTANT: Final = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}\b")  # matched where a word starts
_ECHOED_HEADERS: Final = re.compile(r"\bheaders: \{[^\n}]*\}?")  # on the lower-cased text
_MAX_TOKENS: Final = 3
# What every labelled value's match starts with: a label (``_labelled_codes`` reads "code" or "Code", also at the end of
# "ErrorCode" or "error_code", and "Error") and what ``_LABEL_VALUE`` reads first: ``[:=]``, a quote, a space or tab
# before ``[:=]``. One bit of the literal walk for all of them (a shared entry of ``_PARSER_LITERALS``).
_LABEL_ENDS: Final = tuple(
    label + end for label in ("code", "Code", "Error") for end in (":", "=", "'", '"', " :", " =", "\t")
)
# What every constant holds: an upper-case letter or digit before a ``_`` (``_CONSTANT``'s first part and its first
# ``_``). One bit as well.
_CONSTANT_STARTS: Final = tuple(f"{char}_" for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _code_like(token: str) -> bool:
    """Whether a labelled word is a code's name (``NotEnoughBalance``, ``item_name_in_use``), not a sentence's word."""
    return "_" in token or "." in token or _CAMEL_HUMP.search(token) is not None


def code_tokens(text: str) -> list[str]:
    """The codes a message names in a format every library shares, most specific first, in ``normalize_code`` form.

    A dotted vendor code (``InvalidAccountStatus.NotEnoughBalance``, ``ResourceInsufficient.ZoneSoldOut``) gives its
    parts from the last, the most specific, to the first, its family. Read only where no reader of a known format
    found a code: those codes are more exact.
    """
    return _code_tokens(text, _LINK_WORDS.words(text)[2])


def _code_tokens(text: str, held: int) -> list[str]:
    """:func:`code_tokens` with the link's parser literals found (``held``, the third word of ``_LINK_WORDS``).

    The scans run only where the walk found what every match needs: a label followed by what ``_LABEL_VALUE`` reads
    first (``_LABEL_ENDS``), an upper-case letter or digit before a ``_`` (``_CONSTANT_STARTS``). Most messages hold
    "error", few a labelled field or a constant.
    """
    tokens: list[str] = []
    if held & _LABEL_LITERAL:
        _labelled_codes(text, tokens)
    if "a" <= text[:1] <= "z" and "." in text:  # what _DOTTED_HEAD starts with, without a method call
        head = _DOTTED_HEAD.match(text)
        if head is not None:
            space, _, name = head.group().rpartition(".")
            # An error name's namespace has a capitalised part (``org.freedesktop.DBus.Error``); a lower-case module
            # path names a class (``django.core.exceptions.AppRegistryNotReady``, a Java exception), which the
            # wrapped-cause readers and the class rules read as such.
            if not space.islower() and not name.endswith(("Error", "Exception")):
                tokens.append(name)
    if held & _CONSTANT_LITERAL:
        _constants(text, tokens)
    if not tokens:
        return tokens  # most messages: no lists built below
    codes = [_code_of(token) for token in tokens[:_MAX_TOKENS]]
    return [code for code in codes if len(code) > 3]


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _labelled_codes(text: str, tokens: list[str]) -> None:
    """The code-shaped values of labelled fields in their order (``code:X``, ``Error:A.B``), into ``tokens``."""
    found: list[tuple[int, str]] = []
    for tail, heads in (("ode", "Cc"), ("rror", "E")):
        start = text.find(tail, 1)
        while start > 0:
            head = start - 1
            if text[head] in heads and (
                head == 0
                or not _word_char(text[head - 1])
                # each of _ERROR_BEFORE_CODE ends in "r" or "_" (a space is no word character): a method call less
                or (tail == "ode" and text[head - 1] in "r_" and text.endswith(_ERROR_BEFORE_CODE, 0, head))
            ):
                value = _LABEL_VALUE.match(text, start + len(tail))
                if value is not None and _code_like(value.group(1)):
                    found.append((start, value.group(1)))
            start = text.find(tail, start + 1)
    if not found:
        return
    for _, token in sorted(found)[:_MAX_TOKENS]:
        tokens.extend(reversed(token.split(".")))


def _constants(text: str, tokens: list[str]) -> None:
    """Upper-case constants of three or more parts in the first 512 characters (``MQRC_Q_FULL``), into ``tokens``."""
    start = text.find("_", 1, 512)
    while start > 0:
        before = text[start - 1]
        # ASCII only, as _CONSTANT reads it: a non-ASCII capital or digit before the "_" cannot start or continue a
        # match (without str.isupper, which compiled code calls as a method)
        if "A" <= before <= "Z" or "0" <= before <= "9":
            begin = start - 1
            while begin > 0 and ("A" <= text[begin - 1] <= "Z" or "0" <= text[begin - 1] <= "9"):
                begin -= 1
            match = _CONSTANT.match(text, begin, 512) if begin == 0 or not _word_char(text[begin - 1]) else None
            if match is not None:
                tokens.append(match.group())
                start = match.end()
        start = text.find("_", start + 1, 512)


def _phrased(lowered: str, held: int) -> str:
    """The lower-cased text the default message patterns read: without what names pages or echoes the exchange.

    Phrases are read outside URLs: a link's words ("/docs/rate-limits", "?error=timeout") name pages, not what
    happened; nor in the response headers a client prints (OpenAPI's ``HTTP response headers: ...`` line, an SDK's
    ``Headers: {'Connection': 'keep-alive', ...}``): a ``Connection`` or ``Content-Length`` header is no network
    failure. Codes and statuses are still read from the whole text.
    """
    # "://" in the lower-cased text is "://" in the text (no character lower-cases to ":" or "/"): the walk's bit
    phrased = blank_urls(lowered) if held & _URL_LITERAL else lowered
    if held & _HEADERS_LITERAL:
        phrased = _HEADERS_LINE.sub(" ", phrased)
    if "headers: {" in phrased:
        phrased = _ECHOED_HEADERS.sub(" ", phrased)
    return phrased


class Link:
    """One exception of a failure (the exception itself or a cause) with its evidence parsed.

    Built once per classification; rules read its attributes. Slots keep it
    cheap because it is the per-call hot path.
    """

    __slots__ = ("bases", "codes", "errno", "implied", "lowered", "phrased", "status", "text", "type")

    type: str
    """Qualified exception class."""
    bases: tuple[str, ...]
    """Qualified base classes, most specific first."""
    text: str
    """The message, cut to what rules look at."""
    lowered: str
    """``text`` in lower case, for codes and statuses."""
    phrased: str
    """``lowered`` with its URLs blanked, for the default message patterns (a link's words name a page)."""
    status: int | None
    """HTTP status: structured, or parsed from the message."""
    errno: int | None
    """errno: structured, or parsed from the message (Linux numbering)."""
    codes: tuple[str, ...]
    """Library codes in :func:`normalize_code` form: SQLSTATE, MySQL number, gRPC, AWS, Kafka, ..."""
    implied: Link | None
    """The original exception a wrapper names in front of its message, as a cause."""

    def __init__(
        self,
        exc_type: str,
        message: str,
        *,
        bases: tuple[str, ...] = (),
        http_status: int | None = None,
        errno: int | None = None,
        code: str | None = None,
    ) -> None:
        self.type = exc_type
        self.bases = bases
        text = cut_message(message)
        self.text = text
        self.lowered = lower(text)
        # Which literals the parsers below look for the message holds: the vendor readers' keys (two words), the
        # other parsers' literals, the errno names' first two letters; each word a small int (see _LINK_WORDS).
        vendor, vendor_more, held, named = _LINK_WORDS.words(text)
        self.phrased = _phrased(self.lowered, held)
        self.status = http_status
        self.errno = errno
        self.implied = None
        codes: list[str] = []
        if code:
            codes.append(_code_of(code))
        class_codes = _CLASS_CODES.get(exc_type)
        if class_codes is None:
            class_codes = _class_codes(exc_type)
        if class_codes:
            codes.extend(class_codes)
        if errno is not None and errno >= 1000 and "mysql" in exc_type.lower():
            codes.append(str(errno))  # mysql-connector puts the server error number in errno
        self._parse(text, codes, held, _joined(vendor, vendor_more) if vendor_more else vendor, named)
        if not codes:
            # No reader knew this library's format: a code it names in a format every library shares is read
            # by its words (``code_tokens``), before the phrases.
            codes.extend(_code_tokens(text, held))
        self.codes = tuple(codes)
        if self.errno == 5 and text.startswith(_S3FS_UNMAPPED):
            self.errno = None  # s3fs's fallback for an S3 code it does not map: the code and status speak, not EIO
        if self.errno == 32 and _CHILD_ERROR_QUOTED in text:
            # the pipe broke because the child exited: the child's own error, quoted after it, is the cause
            self.errno = None
            quoted = text.split(":\n\n", 1)
            if len(quoted) == 2 and self.implied is None:
                self.implied = Link("builtins.OSError", quoted[1].strip())
        if self.status is None and exc_type.startswith("gcsfs."):
            found = _GCSFS_STATUS.search(text)
            if found is not None:
                self.status = int(found.group(1))
        if self.status is None and (held & _PRINTED_STATUS_LITERAL or exc_type.startswith("gitlab.")):
            self.status = _printed_status(exc_type, text)

    def _parse(self, text: str, codes: list[str], held: int, vendor: int, named: int) -> None:
        head = text[:1]
        at_start = _AT_START.match(text) if head in _AT_START_HEADS or head.isdigit() else None
        odbc = None
        if at_start is not None:
            kind = at_start.lastgroup or ""
            if kind == "sqlstate_odbc":
                odbc = at_start.group(kind)  # after the native number it wraps, which is more specific
            else:
                self._take(kind, at_start.group(kind), codes, text, at_start.end())
        if self.errno is None:
            self.errno = _parse_errno(text, held, named)
        if self.errno is None:
            self.errno = _errno_by_class(self.type, text)
        if self.status is None:
            self._parse_status(text, self.lowered, held)
        _parse_vendor_codes(text, self.type, codes, vendor)
        if odbc is not None:
            codes.append(odbc)
        _parse_codes(text, self.lowered, codes, held)
        if self.implied is None and held & _IMPLIED_LITERALS:
            self.implied = _implied_cause(text)
        if self.implied is None and text.startswith("Dependency "):
            self.implied = _dependency_raised(text)
        if self.implied is None and held & _CRASH_LITERALS:
            self.implied = _crash_cause(text)
        if self.implied is None and self.type.endswith(")") and "RayTaskError(" in self.type:
            self.implied = _ray_task_cause(self.type, text)
        if self.implied is None and held & _TRACEBACK_LITERAL:
            self.implied = _traceback_cause(text)

    def _parse_status(self, text: str, lowered: str, held: int) -> None:
        # Every status read here is 300-599 or [45]xx: without a 3, 4 or 5 there is none to read
        # (non-ASCII text may hold other digits that ``int`` reads).
        if "4" not in text and "5" not in text and "3" not in text and text.isascii():
            return
        for regex in _STATUS_BEHIND(held):  # the patterns whose literal the message holds, in order
            match = regex.search(text)
            if match is not None and 300 <= int(match.group(1)) <= 599:
                self.status = int(match.group(1))
                return
        for trigger, regex in _STATUS_TRIGGERED_LOWER:
            if trigger in lowered:
                for match in regex.finditer(lowered):
                    if not lowered.endswith(("exit ", "exit_"), 0, match.start()):  # "exit status 137" is no HTTP
                        self.status = int(match.group(1))
                        return
        if "4" not in lowered and "5" not in lowered:
            return
        if walk(_REASON_WALK, lowered) == []:  # no reason phrase at a word start (None: the walk did not read it)
            return
        for match in _STATUS_PHRASE.finditer(lowered):
            start = match.start()
            if start and lowered[start - 1].isdigit():
                continue
            found = match.group()
            status = int(found[:3])
            phrase = found[3:].lstrip(" :,-")
            if phrase in _HTTP_PHRASE_LOOKUP.get(status, ()):
                self.status = status
                return

    def _take(self, kind: str, value: str, codes: list[str], text: str, end: int) -> None:
        """Record one value found by the anchored start-of-message patterns."""
        if kind.startswith("http"):
            if self.status is None and 300 <= int(value) <= 599:
                self.status = int(value)
        elif kind == "mysqlconn":
            codes.append(value[:4])
            codes.append(value[-5:])
        elif kind == "wrapped":
            self.implied = _wrapped_cause(value, text, end)
        elif kind.startswith("code"):
            codes.append(_code_of(value))
        else:  # sqlstate, mysql
            codes.append(value)


def _parse_errno(text: str, found: int, named: int) -> int | None:
    for regex in _ERRNO_BEHIND(found):
        match = regex.search(text)
        if match is not None:
            return int(match.group(match.lastindex or 0))
    if found & _OSERROR_REPR_LITERAL:
        for match in _OSERROR_REPR.finditer(text):
            if text.endswith(_OSERROR_NAMES, 0, match.start() + 4):
                return int(match.group(1))
    if found & _MYSQL_ENGINE_LITERAL:
        engine = _MYSQL_ENGINE_ERRNO.search(text)
        if engine is not None and int(engine.group(1)) < _HA_ERR_FIRST:
            return int(engine.group(1))
    if named:  # "E" and the first letter after it of some errno name
        for match in _ERRNO_NAME.finditer(text):
            start = match.start()
            if start == 0 or not text[start - 1].isalnum():
                return LINUX_ERRNO[match.group()]
    return None


# twisted's connection errors print the errno between their docstring and the strerror (twisted/internet/error.py
# ConnectError.__str__: "An error occurred while connecting: 99: Cannot assign requested address.", getConnectError
# passing the socket error's number as osError; ConnectionRefusedError, TCPTimedOutError, NoRouteError alike).
_TWISTED_ERRNO: Final = re.compile(r"^[A-Z][^:\n]{2,80}: (\d{1,3}): [A-Z]")


def _twisted_errno(text: str) -> int | None:
    """The errno a twisted connection error prints after its docstring (``connecting: 111: Connection refused.``)."""
    found = _TWISTED_ERRNO.match(text)
    return int(found.group(1)) if found is not None else None


# A C or C++ library's error that a binding raises as a builtin RuntimeError ends with the C library's strerror
# after the "path: " it failed on, the C convention of perror and strerror ("Error in faiss::FileIOReader::...: could
# not open /models/x.faiss for reading: No such file or directory"): that text is the errno itself, as glibc words it
# (string/_strerror.c, sysdeps/gnu/errlist.h), read only as the whole tail of the message after ": ", on RuntimeError
# only (the class pybind11, SWIG and Cython give a C++ exception), where an OSError would have carried the number.
_STRERROR_TAIL: Final = {
    "Operation not permitted": 1, "No such file or directory": 2, "Input/output error": 5,
    "Cannot allocate memory": 12, "Permission denied": 13, "File exists": 17, "Not a directory": 20,
    "Is a directory": 21, "Too many open files in system": 23, "Too many open files": 24,
    "No space left on device": 28, "Read-only file system": 30, "File name too long": 36,
    "Connection reset by peer": 104, "Connection timed out": 110, "Connection refused": 111,
    "No route to host": 113, "Disk quota exceeded": 122,
}  # fmt: skip
_STRERROR_TAIL_CLASSES: Final = frozenset({"builtins.RuntimeError"})


def _strerror_tail(text: str) -> int | None:
    """The errno a message's last ``: <strerror>`` names, as glibc words it, or None."""
    head, colon, tail = text.rstrip().rstrip(".").rpartition(": ")
    return _STRERROR_TAIL.get(tail) if colon and head else None


def _errno_by_class(exc_type: str, text: str) -> int | None:
    """The errno only some classes print without a number of their own: twisted's, a RuntimeError's strerror tail."""
    if exc_type.startswith("twisted.internet.error."):
        return _twisted_errno(text)
    if exc_type in _STRERROR_TAIL_CLASSES:
        return _strerror_tail(text)
    return None


def _implied_cause(text: str) -> Link | None:
    """The exception a wrapper names in its text: urllib3's ``(Caused by X(...))``, tenacity's ``RetryError[...]``."""
    found = _CAUSED_BY.search(text) if "(Caused by " in text else None
    if found is not None:
        name, inner = found.group(1), found.group(2)
        if name in _URLLIB3_NAMES:
            name = f"urllib3.exceptions.{name}"
        elif name in _BUILTIN_NAMES:
            name = f"builtins.{name}"
        return Link(name, inner.strip("'\""))
    retried = _RETRY_ERROR.search(text) if "RetryError[" in text else None
    if retried is not None:
        name = retried.group(1)
        return Link(f"builtins.{name}" if name in _BUILTIN_NAMES else name, "")
    named = _WRAPPED_INSIDE.search(text) if ("Error) " in text or "Exception) " in text) else None
    if named is not None:  # "Task failed: (pymysql.err.OperationalError) (1053, 'Server shutdown in progress')"
        return _wrapped_cause(named.group(1), text, named.end())
    return None


def _ray_task_cause(exc_type: str, text: str) -> Link | None:
    """The task's own exception inside Ray's ``RayTaskError(KeyError)``: its class, and its line of the traceback."""
    found = _RAY_TASK_ERROR.search(exc_type)
    if found is None:
        return None
    name = found.group(1)
    line = re.search(rf"(?:^|\n)((?:[A-Za-z_][\w]*\.)*){re.escape(name)}: (.*)\Z", text, re.DOTALL)
    module = line.group(1) if line is not None else ""
    message = line.group(2) if line is not None else ""
    if module:
        return Link(module + name, message)
    return Link(f"builtins.{name}" if name in _BUILTIN_NAMES else name, message)


# The last line of a Python traceback a wrapper carries in its message (pyspark's PythonException "An exception was
# thrown from the Python worker ... Traceback (most recent call last): ... KeyError: 'region'", Py4JJavaError around a
# PythonException): the exception the user code raised, as qualified as traceback prints it.
_TRACEBACK_LINE: Final = re.compile(r"^((?:[A-Za-z_]\w*\.)*([A-Z]\w*)): ", re.MULTILINE)


def _traceback_cause(text: str) -> Link | None:
    """The exception whose traceback a message quotes: the last ``Name: message`` line naming an exception class."""
    start = text.rfind("Traceback (most recent call last):")
    cause = None
    for match in _TRACEBACK_LINE.finditer(text, start):
        name = match.group(2)
        if name in _BUILTIN_NAMES or name.endswith(("Error", "Exception")):
            cause = match
    if cause is None:
        return None
    name = cause.group(1)
    return Link(f"builtins.{name}" if name in _BUILTIN_NAMES else name, text[cause.end() :].strip())


def _wrapped_cause(name: str, text: str, end: int) -> Link:
    """The exception a ``(module.Class) message`` wrapper names, or the driver class its adaptor names after it."""
    adapted = _ADAPTED_CLASS.match(text, end)
    if adapted is not None:
        return Link(adapted.group(1), text[adapted.end() :])
    return Link(name, text[end:])


_BUILTIN_NAMES: Final = frozenset(
    name for name, value in vars(builtins).items() if isinstance(value, type) and issubclass(value, BaseException)
)

# celery's ChordError names the failed header task's exception by its repr ("Dependency {id} raised {exc!r}",
# celery/backends/base.py on_chord_part_return and redis.py _unpack_chord_result): that exception is the cause.
_DEPENDENCY_RAISED: Final = re.compile(r"Dependency \S+ raised ([A-Z]\w*)\((.*)\)\s*$", re.DOTALL)


def _dependency_raised(text: str) -> Link | None:
    """The exception a celery chord's failed dependency raised, from ``Dependency <id> raised MemoryError()``."""
    found = _DEPENDENCY_RAISED.match(text)
    if found is None:
        return None
    name = found.group(1)
    return Link(f"builtins.{name}" if name in _BUILTIN_NAMES else name, found.group(2).strip("'\""))


# Prefect's crashed-run messages name the exception that crashed the run, formatted as "Name: message"
# (exception_to_crashed_state: "Execution was interrupted by an unexpected exception: {format_exception(exc)}",
# "Request failed while attempting to contact the server: {format_exception(exc)}"): that exception is the cause.
_CRASH_CAUSE: Final = re.compile(
    r"(?:interrupted by an unexpected exception|while attempting to contact the server): "
    r"([A-Za-z_][\w.]*[A-Za-z0-9_])(?:: (.*))?",
    re.DOTALL,
)


def _crash_cause(text: str) -> Link | None:
    """The exception a Prefect crashed state names (``... unexpected exception: KeyError: 'x'``)."""
    found = _CRASH_CAUSE.search(text)
    if found is None:
        return None
    name = found.group(1)
    return Link(f"builtins.{name}" if name in _BUILTIN_NAMES else name, (found.group(2) or "").strip())


# NATS JetStream's API error as nats.py prints it ("nats: BadRequestError: code=400 err_code=10071 description=..."),
# read with the NATSJS prefix (server/errors.json numbers them from 10001); MQTT 5.0 reason codes of 0x80 and above as
# aiomqtt prints them ("[code:150] Message rate too high"), read with the MQTT prefix (below 0x80 are paho's own
# MQTT_ERR numbers, which overlap MQTT 3.1.1's CONNACK codes and mean other things).
_NATS_ERR_CODE: Final = re.compile(r"err_code=(1\d{4})\b")
_MQTT_REASON: Final = re.compile(r"\[code:(1[2-9]\d|2[0-5]\d)\]")


def _parse_broker_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """JetStream's err_code and MQTT 5.0's reason code, each with its prefix (bare numbers mean other things)."""
    if "err_code=" in text and ("nats" in exc_type or "nats: " in text):
        codes.extend(f"NATSJS{match.group(1)}" for match in _NATS_ERR_CODE.finditer(text))
    if "[code:" in text and "mqtt" in exc_type.lower():
        codes.extend(f"MQTT{match.group(1)}" for match in _MQTT_REASON.finditer(text))


def _parse_snowflake(text: str, exc_type: str, codes: list[str]) -> None:
    """Snowflake's error numbers (and SQLSTATEs): any form on its own classes, the connector's full form on others."""
    if "snowflake" in exc_type:
        for match in _SNOWFLAKE.finditer(text):
            codes.append(f"SNOWFLAKE{match.group(1)}")
            if match.group(2):
                codes.append(match.group(2))
        return
    if _snowflake_shaped(text):
        for match in _SNOWFLAKE_FULL.finditer(text):
            codes.extend((f"SNOWFLAKE{match.group(1)}", match.group(2)))


def _snowflake_shaped(text: str) -> bool:
    """Whether some ``"): "`` in ``text`` ends a ``"NNNNNN (XXXXX"``-shaped run: the full format's necessary shape.

    Many messages hold ``"): "``; few hold the connector's format. Checking the two characters before each
    ``"): "`` spares the regex, whose leading alternation is tried at every position, on most of them.
    """
    end = text.find("): ")
    while end != -1:
        if end >= 13 and text[end - 6] == "(" and text[end - 7] == " ":
            return True
        end = text.find("): ", end + 1)
    return False


def _parse_vendor_codes(text: str, exc_type: str, codes: list[str], found: int) -> None:
    """Vendor codes, before the generic codes so the more specific one is tried first.

    Only the readers a signal can feed run (see ``_VENDOR_READERS``): ``found`` says which of their literals the
    message holds (bit ``i`` for ``_VENDOR_LITERALS[i]``: one walk over it, ``_LINK_WORDS``, :func:`_vendor_found`),
    and the readers admitted by those literals and by the class are looked up once per (class, literals found).
    """
    key = (exc_type, found)
    readers = _ADMITTED.get(key)
    if readers is None:
        readers = _admitted(exc_type, found)
        if len(_ADMITTED) < _MAX_ADMITTED and len(exc_type) <= _MAX_MEMO_CLASS:  # bounded: the caller's strings
            _ADMITTED[key] = readers
    for read in readers:
        read(text, exc_type, codes)


def _parse_vendor_codes_undispatched(text: str, exc_type: str, codes: list[str], found: int = 0) -> None:
    """Every vendor reader in order, whatever the signal holds (``found`` is not read): the dispatch's specification."""
    for reader in _VENDOR_READERS:
        reader.read(text, exc_type, codes)


def _parse_oracle(text: str, exc_type: str, codes: list[str]) -> None:
    """python-oracledb's own errors (``DPY-4011``), then the server's (``ORA-00060``)."""
    if "DPY-" in text:
        codes.extend(normalize_code(match.group(1)) for match in _DPY.finditer(text))
    if "ORA-" in text:
        codes.extend(f"ORA{match.group(1)}" for match in _ORACLE.finditer(text))


def _parse_aadsts(text: str, exc_type: str, codes: list[str]) -> None:
    """Microsoft Entra ID's sign-in error codes (``AADSTS7000215``)."""
    if "AADSTS" in text:
        codes.extend(match.group(1) for match in _AADSTS.finditer(text))


def _parse_twilio(text: str, exc_type: str, codes: list[str]) -> None:
    """Twilio's error code, from the link to its page (``twilio.com/docs/errors/20429``)."""
    if "twilio.com/docs/errors/" in text:
        codes.extend(f"TWILIO{match.group(1)}" for match in _TWILIO.finditer(text))


def _parse_mssql(text: str, exc_type: str, codes: list[str]) -> None:
    """SQL Server's error number: ODBC's ``(1205) (SQLExecDirectW)``, ``Msg 1205, Level``, pymssql's ``(1205, b'``."""
    if "(SQL" in text or "Msg " in text:
        codes.extend("MSSQL" + (match.group(1) or match.group(2)) for match in _MSSQL.finditer(text))
    if "pymssql" in exc_type or "DB-Lib" in text or "SQL Server" in text:
        codes.extend("MSSQL" + match.group(1) for match in _PYMSSQL.finditer(text))


def _parse_snowflake_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Snowflake's numbers on its classes, or its connector's full format on any class (see ``_parse_snowflake``)."""
    if "snowflake" in exc_type or "): " in text:
        _parse_snowflake(text, exc_type, codes)


def _parse_cassandra_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Cassandra's ``code=1300 [`` and its replicas' reasons (see ``_parse_cassandra``)."""
    if "code=" in text:
        _parse_cassandra(text, codes)


def _parse_prefixed(text: str, exc_type: str, codes: list[str]) -> None:
    """Neo4j, Trino, Salesforce and supervisord codes (see ``_parse_prefixed_codes``)."""
    if "code: Neo." in text or "(type=" in text or "errorCode" in text or "<Fault " in text:
        _parse_prefixed_codes(text, exc_type, codes)


def _parse_clickhouse(text: str, exc_type: str, codes: list[str]) -> None:
    """ClickHouse's error code (``Code: 241. DB::Exception``, ``ClickHouse error code: 241``)."""
    if "ode" in text and ("DB::Exception" in text or "ClickHouse" in text):
        codes.extend(f"CLICKHOUSE{match.group(1) or match.group(2)}" for match in _CLICKHOUSE.finditer(text))


# ---- chat and social APIs (thirteenth batch; the tables are in _vendor_codes): Discord's JSON error code as discord.py
# and its forks print it after the status ("403 Forbidden (error code: 50013): Missing Permissions"), the close code of
# their ConnectionClosed ("Shard ID None WebSocket closed with 4004", older "WebSocket closed with 4004: <reason>"), and
# the X API v1.1 error codes tweepy prints one a line under the status ("403 Forbidden\n187 - Status is a duplicate."),
# and the Google Maps web services' status googlemaps' ApiError leads with ("REQUEST_DENIED (The provided API ...)").
# Each read with its prefix, only on its client's classes: the bare numbers mean other things elsewhere.
_DISCORD_CLIENTS: Final = ("discord.", "nextcord.", "disnake.")
_DISCORD_JSON_CODE: Final = re.compile(r"\(error code: (\d{1,6})\)")
_DISCORD_CLOSE: Final = re.compile(r"\b[Ww]eb[Ss]ocket closed with (\d{4})\b")
_TWITTER_CODE: Final = re.compile(r"\n(\d{1,3}) - ")
# googlemaps' ApiError: the web service's status first, its error_message in parentheses ("REQUEST_DENIED (...)").
_GOOGLE_MAPS_STATUS: Final = re.compile(r"([A-Z][A-Z_]+[A-Z])(?: \(|\Z)")


def _parse_chat_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Discord's JSON error and gateway close codes, X's API codes, Google Maps' statuses, on their clients' classes."""
    if exc_type.startswith(_DISCORD_CLIENTS):
        if "(error code: " in text:
            codes.extend(f"DISCORD{match.group(1)}" for match in _DISCORD_JSON_CODE.finditer(text))
        if "ocket closed with " in text:
            for match in _DISCORD_CLOSE.finditer(text):
                close = match.group(1)  # Discord's own codes are 4000-4999; below them RFC 6455's
                codes.append(f"DISCORDGW{close}" if close.startswith("4") else f"WSCLOSE{close}")
    elif exc_type.startswith("tweepy.") and " - " in text:
        codes.extend(f"TWITTER{match.group(1)}" for match in _TWITTER_CODE.finditer(text))
    elif exc_type.startswith("googlemaps."):
        found = _GOOGLE_MAPS_STATUS.match(text)
        if found is not None:
            codes.append(normalize_code(f"GMAPS_{found.group(1)}"))


# Chromium's network error as Playwright, Puppeteer and chromedriver print it ("Page.goto: net::ERR_CONNECTION_REFUSED
# at http://...", net/base/net_error_list.h): read with the CHROMIUMNET prefix (_vendor_codes._CHROMIUM_NET).
_CHROMIUM_NET: Final = re.compile(r"\bnet::ERR_([A-Z0-9]+(?:_[A-Z0-9]+)*)\b")


# Firefox's network and certificate errors as Playwright prints them ("Page.goto: NS_ERROR_CONNECTION_REFUSED"): read
# with the GECKO prefix (_vendor_codes._GECKO_NET).
_GECKO_NET: Final = re.compile(r"\b((?:NS_ERROR|SEC_ERROR|SSL_ERROR|MOZILLA_PKIX_ERROR)(?:_[A-Z0-9]+)+)\b")


def _parse_browser_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Chromium's and Firefox's network error names, whatever tool's class relays them (``net::ERR_...``)."""
    if "net::ERR_" in text:
        codes.extend(normalize_code(f"CHROMIUMNET_{match.group(1)}") for match in _CHROMIUM_NET.finditer(text))
    if "_ERROR_" in text:
        codes.extend(normalize_code(f"GECKO_{match.group(1)}") for match in _GECKO_NET.finditer(text))


# PayPal's REST error body ({"name": "SENDER_ACCOUNT_UNVERIFIED", "message": ..., "debug_id": ...}, developer.paypal.com
# /api/rest/responses/#link-errors) as paypalrestsdk prints it ("Error message: {...}"): the error's name, read with the
# PAYPAL prefix (the same names mean other things at other vendors: INSUFFICIENT_FUNDS is a sender's balance here).
_PAYPAL_NAME: Final = re.compile(r"""["']name["']\s*:\s*["']([A-Z][A-Z_]+[A-Z])["']""")
# The v2 APIs name the specific reason in the body's details ({"name": "UNPROCESSABLE_ENTITY", "details": [{"issue":
# "PAYEE_ACCOUNT_RESTRICTED", ...}]}, developer.paypal.com/api/rest/reference/orders/v2/errors/): the issue is read
# before the name, whose 400/422 family it refines.
_PAYPAL_ISSUE: Final = re.compile(r"""["']issue["']\s*:\s*["']([A-Z][A-Z_]+[A-Z])["']""")


def _parse_data_platform_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """HiveServer2's SQLSTATE (PyHive), MLflow's REST error code and Athena's Trino error name, each at the head.

    Athena reports a failed query's Trino error name at the head of its state-change reason, which pyathena raises as
    ``OperationalError("HIVE_BAD_DATA: Error parsing field value ...")``: read with Trino's prefix, as the name means
    what it means in Trino.
    """
    if "sqlState='" in text and "TStatus(" in text:
        _parse_hiveserver2_state(text, codes)
    if exc_type.startswith("mlflow."):
        found = _MLFLOW_CODE.match(text)
        if found is not None:
            codes.append(normalize_code(f"MLFLOW_{found.group(1)}"))
    elif exc_type.startswith("pyathena."):
        found = _MLFLOW_CODE.match(text)
        if found is not None:
            codes.append(normalize_code(f"TRINO_{found.group(1)}"))


def _parse_hiveserver2_state(text: str, codes: list[str]) -> None:
    """The SQLSTATE of a HiveServer2 TStatus (PyHive's OperationalError prints the response), but Hive's 08S01.

    Hive gives 08S01 to every execution failure ("FAILED: Execution Error, return code 2 from ...MapRedTask": a task
    out of memory, a DDL refused, a metastore down), not to a lost link as ODBC does: there it says nothing.
    """
    for match in _HS2_SQLSTATE.finditer(text):
        if match.group(1) != "08S01":
            codes.append(match.group(1))


def _parse_paypal(text: str, exc_type: str, codes: list[str]) -> None:
    """PayPal's error issues and names, with their vendor's prefix (``"name": "RATE_LIMIT_REACHED"``)."""
    if "paypal" in exc_type or "debug_id" in text:
        if "issue" in text:
            codes.extend(normalize_code(f"PAYPAL_{match.group(1)}") for match in _PAYPAL_ISSUE.finditer(text))
        codes.extend(normalize_code(f"PAYPAL_{match.group(1)}") for match in _PAYPAL_NAME.finditer(text))


# Adyen's error body as its Python library prints it ('"errorCode":"101", ... "errorType":"validation"'): the code, then
# the category, with the ADYEN prefix (_vendor_codes._ADYEN).
_ADYEN_CODE: Final = re.compile(r"""["']errorCode["']\s*:\s*["']([0-9]{1,3}(?:_[0-9]{1,4})?)["']""")
_ADYEN_TYPE: Final = re.compile(r"""["']errorType["']\s*:\s*["']([a-z]+)["']""")


def _parse_adyen(text: str, exc_type: str, codes: list[str]) -> None:
    """Adyen's errorCode and errorType, on Adyen's classes (``Adyen.exceptions.AdyenAPIResponseError``)."""
    if "dyen" in exc_type and "errorType" in text:
        codes.extend(f"ADYEN{match.group(1).replace('_', '')}" for match in _ADYEN_CODE.finditer(text))
        codes.extend(normalize_code(f"ADYEN_TYPE_{match.group(1)}") for match in _ADYEN_TYPE.finditer(text))


# Hetzner Cloud's error code as hcloud-python's APIException prints it after the message, alone or before the
# request's correlation id ("server name is already used (uniqueness_error)", "... (locked, 9f3c...)"): read with the
# HCLOUD prefix (_vendor_codes._HCLOUD), on hcloud's classes only.
_HCLOUD_CODE: Final = re.compile(r"\(([a-z]+(?:_[a-z]+)*)(?:, [^()]*)?\)$")
# Postmark's ErrorCode as postmarker prints it before the message ("[406] You tried to send to recipient(s) that have
# been marked as inactive."): read with the POSTMARK prefix (_vendor_codes._POSTMARK), on postmarker's classes only.
_POSTMARK_CODE: Final = re.compile(r"\[(\d{1,4})\] ")
# Vonage's SMS API status as the SDK's SmsError prints it ("Sms.send_message method failed with error code 9: Partner
# Quota Violation"): read with the VONAGESMS prefix (_vendor_codes._VONAGE_SMS), on Vonage's classes only.
_VONAGE_SMS_STATUS: Final = re.compile(r"\bsend_message method failed with error code (\d{1,2}):")


def _parse_cloud_saas_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Vendor codes the cloud and SaaS SDKs print outside a body: hcloud's, postmarker's, Vonage's SMS status."""
    if exc_type.startswith("hcloud.") and text.endswith(")"):
        found = _HCLOUD_CODE.search(text)
        if found is not None:
            codes.append(normalize_code(f"HCLOUD_{found.group(1)}"))
    elif exc_type.startswith("postmarker.") and text.startswith("["):
        found = _POSTMARK_CODE.match(text)
        if found is not None:
            codes.append(f"POSTMARK{found.group(1)}")
    elif exc_type.startswith("vonage") and "failed with error code " in text:
        found = _VONAGE_SMS_STATUS.search(text)
        if found is not None:
            codes.append(f"VONAGESMS{found.group(1)}")


# D-Bus error names as the D-Bus clients print them at the head of their exception's text (dbus-python's DBusException,
# dbus-next's DBusError: "org.freedesktop.DBus.Error.ServiceUnknown: ...", "org.freedesktop.systemd1.UnitMasked: ..."):
# the whole dotted name, on the clients' classes (_vendor_codes._DBUS). The code-token reader would give only the last
# part, which other vendors' codes share (TimedOut, AccessDenied), and none for a lower-case namespace (systemd1).
_DBUS_NAME: Final = re.compile(r"org\.freedesktop\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+")


def _parse_dbus(text: str, exc_type: str, codes: list[str]) -> None:
    """The D-Bus error name heading a D-Bus client's exception (``org.freedesktop.DBus.Error.NoReply: ...``)."""
    if text.startswith("org.freedesktop.") and "dbus" in exc_type.lower():
        found = _DBUS_NAME.match(text)
        if found is not None:
            codes.append(normalize_code(dbus_code(found.group())))


# Teradata's error code as teradatasql prints it ("[Version 20.0.0.12] [Session 2101] [Teradata Database] [Error 2644]
# No more room in database STAGING_DB."), on teradatasql's classes only (_vendor_codes._TERADATA)
_TERADATA_CODE: Final = re.compile(r"\[Error (\d{3,5})\] ")


def _parse_teradata(text: str, exc_type: str, codes: list[str]) -> None:
    """The Teradata Database error code of a teradatasql exception, read with the TERADATA prefix."""
    if "teradata" in exc_type.lower():
        found = _TERADATA_CODE.search(text)
        if found is not None:
            codes.append(f"TERADATA{found.group(1)}")


# Binance's API error code as python-binance prints it ("APIError(code=-1022): Signature for this request is not
# valid.", "BinanceOrderException(code=-1013): ..."), on python-binance's classes only (_vendor_codes._BINANCE); after
# a code said of several cases, the matching engine's reason too (_vendor_codes._BINANCE_ENGINE: "APIError(code=-2011):
# Unknown order sent." is BINANCEMSGUNKNOWNORDERSENT)
_BINANCE_CODE: Final = re.compile(r"\(code=-(\d{4})\): ?")
_BINANCE_ENGINE_CODES: Final = ("1010", "2010", "2011")
_NOT_ALNUM: Final = re.compile(r"[^A-Z0-9]")
# The reasons the tables name, as codes: a message no row names gives no code, so it cannot meet another rule's code
# pattern (a squashed sentence holds words such as NOTFOUND) or hide the code-token reader's codes.
_REASON_CODES: Final = frozenset(
    prefix + code for vendor, prefix, rows in VENDOR_CODES if vendor in ("binance", "geth") for code, _, _, _ in rows
)


def _parse_binance(text: str, exc_type: str, codes: list[str]) -> None:
    """The Binance API error code of a python-binance exception, read with the BINANCE prefix."""
    if "binance" in exc_type.lower():
        found = _BINANCE_CODE.search(text)
        if found is not None:
            codes.append(f"BINANCE{found.group(1)}")
            if found.group(1) in _BINANCE_ENGINE_CODES:
                reason = "BINANCEMSG" + _NOT_ALNUM.sub("", text[found.end() : found.end() + 128].upper())
                if reason in _REASON_CODES:
                    codes.append(reason)


# go-ethereum's transaction errors as web3.py's classes relay a node's JSON-RPC error ("{'code': -32000, 'message':
# 'replacement transaction underpriced'}", ContractLogicError's "execution reverted: ..."): the message up to its
# first colon, with the GETH prefix, on web3.py's classes (_vendor_codes._GETH), and on the plain ValueError web3.py
# v5 raised with the node's error object itself (web3/manager.py request_blocking: ``raise
# ValueError(response["error"])``), printed as a dict led by the JSON-RPC server-error code geth gives its errors
_JSONRPC_MESSAGE: Final = re.compile(r"""['"]message['"]: ?['"]([^'"]{1,128})""")
_WEB3_V5_ERROR: Final = "{'code': -32000, 'message': "


def _parse_geth(text: str, exc_type: str, codes: list[str]) -> None:
    """The go-ethereum error a web3.py exception relays, read with the GETH prefix."""
    if "web3" in exc_type.lower() or (exc_type == "builtins.ValueError" and text.startswith(_WEB3_V5_ERROR)):
        found = _JSONRPC_MESSAGE.search(text)
        message = found.group(1) if found is not None else text[:128]
        reason = "GETH" + _NOT_ALNUM.sub("", message.partition(":")[0].upper())
        if reason in _REASON_CODES:
            codes.append(reason)


# grpclib's GRPCError prints its args, the status an enum of its own (grpclib/const.py Status, the gRPC codes):
# "(<Status.DEADLINE_EXCEEDED: 4>, None, None)", "(<Status.UNAVAILABLE: 14>, 'Connection lost', None)"; read as the
# gRPC status name grpc-python's StatusCode.X gives, on grpclib's classes only (another enum may be named Status)
_GRPCLIB_STATUS: Final = re.compile(r"<Status\.([A-Z]+(?:_[A-Z]+)*): \d{1,2}>")


def _parse_grpclib(text: str, exc_type: str, codes: list[str]) -> None:
    """The gRPC status of a grpclib exception."""
    if "grpclib" in exc_type:
        found = _GRPCLIB_STATUS.search(text, 0, 64)
        if found is not None:
            codes.append(_code_of(found.group(1)))


def _parse_spark(text: str, exc_type: str, codes: list[str]) -> None:
    """Spark's error class, from pyspark's and Databricks' classes or a JVM exception py4j relays; Arrow's S3 errors."""
    # Delta Lake's classes are led by their own prefix ([DELTA_...]) on delta-spark's classes and on wrappers alike
    if "] " in text and (
        "spark" in exc_type or "databricks" in exc_type or "org.apache.spark." in text or "[DELTA_" in text
    ):
        codes.extend(normalize_code(f"SPARK_{match.group(1)}") for match in _SPARK_CLASS.finditer(text))
    if "AWS Error " in text:
        codes.extend(
            normalize_code(match.group(1)) for match in _ARROW_S3.finditer(text) if match.group(1) != "UNKNOWN"
        )


def _parse_cassandra(text: str, codes: list[str]) -> None:
    """The replicas' failure reasons first (more specific), then the ``code=1300 [`` they were reported under."""
    if " from /" in text:
        codes.extend(normalize_code(f"CASSANDRA_{match.group(1)}") for match in _CASSANDRA_REASON.finditer(text))
    codes.extend(f"CASSANDRA{match.group(1).upper()}" for match in _CASSANDRA.finditer(text))


def _parse_prefixed_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Neo4j status codes, Trino error names (before their error type), Salesforce codes and supervisord faults.

    Salesforce's codes are read with their vendor's prefix: ``REQUEST_LIMIT_EXCEEDED`` is a daily quota there
    and a request rate at AWS.
    """
    if "code: Neo." in text:
        codes.extend(f"NEO4J{normalize_code(match.group(1))}" for match in _NEO4J.finditer(text))
    # presto-python-client's PrestoQueryError prints the same "(type=..., name=...," (prestodb/exceptions.py); Trino
    # forked Presto and kept StandardErrorCode's names and meanings, so the one table reads both.
    if "trino" in exc_type or "presto" in exc_type:
        for match in _TRINO.finditer(text):
            codes.append(normalize_code(f"TRINO_{match.group(2)}"))
            codes.append(normalize_code(f"TRINO_{match.group(1)}"))
    if "salesforce" in exc_type or ".salesforce.com/" in text:  # the class, or a wrapper quoting its URL
        codes.extend(normalize_code(f"SALESFORCE_{match.group(1)}") for match in _SALESFORCE.finditer(text))
    if "<Fault " in text:  # supervisord's fault names, with their prefix: FAILED or BAD_ARGUMENTS say little elsewhere
        codes.extend(normalize_code(f"SUPERVISOR_{match.group(1)}") for match in _XMLRPC_FAULT_NAME.finditer(text))


def _parse_body_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Codes of service error bodies: SMTP replies, Kubernetes reasons, Elasticsearch types, Azure ErrorCode lines."""
    if ", b'" in text or ', b"' in text or ", '4." in text or ', "4.' in text:
        codes.extend(f"SMTP{match.group(1)}" for match in _SMTP_REPLY.finditer(text))
    if "eason" in text:
        codes.extend(normalize_code(match.group(1)) for match in _REASON.finditer(text))
    if "_exception'" in text or "_error'" in text:
        codes.extend(normalize_code(match.group(1)) for match in _ES_TYPE.finditer(text))
    if "\nErrorCode:" in text:
        codes.extend(normalize_code(match.group(1)) for match in _AZURE_ERROR_CODE.finditer(text))


# The keys the JSON field patterns read, each with the quote that closes it: every match holds one of them.
_KEYED_ENDS: Final = ("code'", 'code"', "Code'", 'Code"', "reason'", 'reason"', "error'", 'error"')
_TYPED_ENDS: Final = ("type'", 'type"', "status'", 'status"')
# What each JSON field pattern holds one character after its start (its opening quote): the start of one of its keys
# ("error" also starts error_code and errorCode). The patterns open with a class (``["']``), so ``re`` tries its
# matcher at every quote of a body (some 4 µs on a 700-character one); they are matched only where a key starts.
_KEYED_LEADS: Final = ("code", "decline_code", "error", "reason")
_TYPED_LEADS: Final = ("type", "status")


def _led_matches(regex: re.Pattern[str], text: str, leads: tuple[str, ...], skip: int) -> list[re.Match[str]]:
    r"""``list(regex.finditer(text))`` for a regex none of whose matches is empty and each holds a lead at start + skip.

    The same matches: every match starts at a candidate (a lead's index less ``skip``), so the leftmost match from
    a position is the first candidate from there at which ``regex.match`` succeeds, and ``finditer`` goes on from
    that match's end as this does (``match`` at a position reads the text before it as ``finditer`` does, for
    look-behinds and ``\b``). A candidate that starts no match costs one ``match`` call; one that is no candidate
    costs nothing (``tests/unit/classify/test_classify_led.py`` compares both on the corpora and generated text).
    """
    starts: list[int] = []
    for lead in leads:
        index = text.find(lead, skip)
        while index >= 0:
            starts.append(index - skip)
            index = text.find(lead, index + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        if start >= end:
            match = regex.match(text, start)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


def _parse_body_fields(text: str, exc_type: str, codes: list[str]) -> None:
    """Codes in the fields of JSON or dict bodies (``"code": "card_declined"``) and in Azure ``Code:`` lines."""
    if "':" not in text and '":' not in text:  # (a text with "': " or '": ' holds one of them, no later)
        # no quoted key of a JSON or dict body; azure-core's "(Code) message\nCode: Code\nMessage: ..." needs none
        # (az CLI prints it behind "ERROR: ", so the code is not at the start of a wrapper's message)
        if "Code: " in text:
            codes.extend(_code_of(match.group(1)) for match in _AZURE_CODE.finditer(text))
        return
    keyed, typed = _JSON_FIELDS
    if any(end in text for end in _KEYED_ENDS):
        codes.extend(_code_of(match.group(1)) for match in _led_matches(keyed, text, _KEYED_LEADS, 1))
    if any(end in text for end in _TYPED_ENDS):
        for match in _led_matches(typed, text, _TYPED_LEADS, 1):
            code = _code_of(match.group(1))
            if code in _TYPED_CODES:
                codes.append(code)
    if "Code: " in text:
        codes.extend(_code_of(match.group(1)) for match in _AZURE_CODE.finditer(text))


def _parse_codes(text: str, lowered: str, codes: list[str], found: int) -> None:
    for regex in _CODES_BEHIND(found):  # the patterns whose literal the message holds, in order
        codes.extend(_code_of(match.group(1)) for match in regex.finditer(text))
    if found & _ODBC_LITERAL:
        codes.extend(match.group(1) for match in _SQLSTATE_ODBC.finditer(text))
    if found & _PG_FIELD_LITERAL and "'M': " in text:  # the code beside the ErrorResponse's message field
        codes.extend(match.group(1) for match in _PG_FIELD_CODE.finditer(text))
    if "sqlstate" in lowered:
        codes.extend(match.group(1).upper() for match in _SQLSTATE_TEXT.finditer(lowered))
    if found & _GRPC_STATUS_LITERAL:
        for match in _GRPC_NUMBER.finditer(text):
            name = _GRPC_BY_NUMBER.get(int(match.group(1)))
            if name:
                codes.append(normalize_code(name))
    if found & _RPC_STATUS_LITERAL and "code: " in text:
        for match in _RPC_STATUS_TEXT.finditer(text):
            name = _GRPC_BY_NUMBER.get(int(match.group(1)))
            if name:
                codes.append(normalize_code(name))


# Codes that infrastructure tools print inside their own output, which a subprocess wrapper carries (see
# _parse_tool_codes).
# The ACME problem type (RFC 8555 6.7, "urn:ietf:params:acme:error:rateLimited"), as certbot's acme.messages.Error
# ("type :: description :: detail"), lego and cert-manager print it; read with the ACME prefix.
_ACME_TYPE: Final = re.compile(r"urn:ietf:params:acme:error:([A-Za-z]+)")
# The mysql command-line client (client/mysql.cc put_info: "ERROR 1114 (HY000) at line 1: The table 't' is full")
# and mysqldump (DB_error: "mysqldump: Got error: 1045: Access denied ...", "mysqldump: Error 2013: Lost connection
# ..."): the server's or client's error number, as the drivers raise it.
_MYSQL_CLIENT: Final = re.compile(
    r"\bERROR (\d{4}) \(([0-9A-Z]{5})\)(?: at line \d+)?|\bGot error: (\d{4}): |mysqldump: Error (\d{4}): "
)
# aws-sdk-go v1's awserr.SprintError ("VcpuLimitExceeded: You have requested more vCPU capacity ...\n\tstatus code:
# 400, request id: ..."), as Packer, older Terraform providers and other Go tools print it: the service's error code
# leads the line before the request's status. Codes are CamelCase words, optionally dotted (InvalidAMIID.NotFound).
_AWS_SDK_GO_V1: Final = re.compile(r"(?<![\w.])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+(?:\.[A-Z][A-Za-z0-9]+)*): ")
_AWS_SDK_GO_V1_TAIL: Final = "\n\tstatus code: "
# Terraform's state-lock failure ("Error acquiring the state lock\n\nError message: ConditionalCheckFailedException: The
# conditional request failed"): the backend's error, whose code leads it.
_TERRAFORM_LOCK_CODE: Final = re.compile(r"\nError message: ([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+): ")


def _parse_tool_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """Codes in CLI tools' output: ACME types, mysql client errors, Terraform locks, aws-sdk-go v1."""
    if "acme:error:" in text:
        codes.extend(normalize_code(f"ACME_{match.group(1)}") for match in _ACME_TYPE.finditer(text))
    if "ERROR " in text or "Got error: " in text or "mysqldump: Error " in text:
        for match in _MYSQL_CLIENT.finditer(text):
            if match.group(1):
                codes.extend((match.group(1), match.group(2)))
            else:
                codes.append(match.group(3) or match.group(4))
    if "\nError message: " in text:
        codes.extend(normalize_code(match.group(1)) for match in _TERRAFORM_LOCK_CODE.finditer(text))
    tail = text.find(_AWS_SDK_GO_V1_TAIL)
    if tail > 0:
        line = text[text.rfind("\n", 0, tail) + 1 : tail]
        codes.extend(normalize_code(match.group(1)) for match in _AWS_SDK_GO_V1.finditer(line))


# ---- Db2 (ninth batch, databases' recovery, lock and capacity states): the CLI driver (ibm_db, ibm_db_dbi, pyodbc)
# prints the message id ("[IBM][CLI Driver] SQL30082N  Security processing failed ...  SQLSTATE=08001 SQLCODE=-30082"),
# JDBC only the number ("DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001"). Db2 gives one SQLSTATE to many message ids
# (08001 is a network failure, SQL30081N, and a bad password, SQL30082N): the id says more, so it is read first, as
# DB2 with the SQLCODE's number (SQL0911N and SQLCODE=-911 are both DB2911). Only errors: ids ending N or C, negative
# SQLCODEs (warnings end W and are positive).
_DB2_MESSAGE_ID: Final = re.compile(r"\bSQL(\d{4,5})[NC]\b")
_DB2_SQLCODE: Final = re.compile(r"SQLCODE=-(\d{1,5})\b")


def _parse_db2(text: str, exc_type: str, codes: list[str]) -> None:
    """Db2's message id or SQLCODE, before the SQLSTATE it shares with other failures."""
    if "[IBM]" not in text and "SQLCODE=" not in text:
        return
    found = [str(int(match.group(1))) for match in _DB2_MESSAGE_ID.finditer(text)]
    found.extend(match.group(1).lstrip("0") for match in _DB2_SQLCODE.finditer(text))
    codes.extend(dict.fromkeys(f"DB2{number}" for number in found if number))


# ---- networking libraries' status numbers (eleventh batch; the tables are in _vendor_codes): libcurl's CURLcode as
# pycurl raises it (``pycurl.error: (47, 'Maximum (50) redirects followed')``) and the curl CLI prints it
# (``curl: (6) Could not resolve host: x``); c-ares' status as aiodns and pycares raise it (``(1, 'DNS server returned
# answer with no data')``) and tornado's CaresResolver words it (``C-Ares returned error 11: ...``); the RFC 6455
# close code websockets prints first (``received 1003 (unsupported data) ...; then sent ...``); Meilisearch's code and
# type as meilisearch-python prints them. Each read with its prefix, only where the class or the text names its source.
_TUPLE_STATUS: Final = re.compile(r"\((\d{1,2}), [\"'b]")
_CURL_CLI: Final = re.compile(r"\bcurl: \((\d{1,2})\) ")
_CARES_WORDED: Final = re.compile(r"C-Ares returned error (\d{1,2}):", re.IGNORECASE)
_WEBSOCKET_CLOSE: Final = re.compile(r"(?:received|sent) (1\d{3}) \(")
_MEILI_CODE: Final = re.compile(r"Error code: ([a-z][a-z_]*[a-z])\b|meilisearch\.com/errors#([a-z][a-z_]*[a-z])\b")
_MEILI_TYPE: Final = re.compile(r"Error type: ([a-z][a-z_]*[a-z])\b")


def _parse_networking_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """libcurl, c-ares, WebSocket close and Meilisearch codes, each with its prefix (bare numbers mean other things)."""
    # Substring tests only (no lower-casing): this runs on every link. Modules are lower case ("pycurl.error").
    if text.startswith("(") and ("pycurl" in exc_type or "aiodns" in exc_type or "pycares" in exc_type):
        found = _TUPLE_STATUS.match(text)
        if found is not None:
            codes.append(f"{'CURL' if 'pycurl' in exc_type else 'ARES'}{found.group(1)}")
    if "curl: (" in text:
        codes.extend(f"CURL{match.group(1)}" for match in _CURL_CLI.finditer(text))
    if "-Ares returned error " in text or "-ares returned error " in text:
        codes.extend(f"ARES{match.group(1)}" for match in _CARES_WORDED.finditer(text))
    if "ebsocket" in exc_type and " (" in text:
        first = _WEBSOCKET_CLOSE.search(text)
        if first is not None:
            codes.append(f"WSCLOSE{first.group(1)}")
    if "eilisearch" in exc_type or "meilisearch.com/" in text:
        meili = [match.group(1) or match.group(2) for match in _MEILI_CODE.finditer(text)]
        meili.extend(f"type_{match.group(1)}" for match in _MEILI_TYPE.finditer(text))
        codes.extend(dict.fromkeys(normalize_code(f"MEILI_{code}") for code in meili))


# ---- file transfer, object storage and mail (eleventh batch): the status a protocol's reply carries, each read with
# its protocol's prefix (_vendor_codes: _NTSTATUS, _SMTP_ENHANCED, _POP3, _IMAP, _FTP).
# smbprotocol prints an NTSTATUS by name ("... (3221225673) STATUS_NETWORK_NAME_DELETED: 0xc00000c9", "Unknown NtStatus
# error returned 'STATUS_DISK_FULL'") or, in SMBOSError, by number only ("[NtStatus 0xc0000035] File exists"); the
# errno beside it is derived (often 0), the status is the server's own word.
_NTSTATUS_NAME: Final = re.compile(r"\b(STATUS_[A-Z0-9]+(?:_[A-Z0-9]+)+)\b")
_NTSTATUS_NUMBER: Final = re.compile(r"\[NtStatus (0x[0-9a-fA-F]{8})\]")
# The enhanced status code (RFC 3463) that leads an SMTP reply's text, as smtplib ("(550, b'5.1.1 ...')", also inside
# SMTPRecipientsRefused's dict) and aiosmtplib ("(452, \"4.2.2 ...\"") print the reply: more exact than its number.
_SMTP_ENHANCED: Final = re.compile(r"\([245]\d\d, b?['\"]([245]\.\d{1,3}\.\d{1,3})\b")
# The reply's number of a 5yz reply, as smtplib and aiosmtplib print it ("(503, b'Bad sequence of commands')").
_SMTP_REPLY_5XX: Final = re.compile(r"\((5\d\d), b?['\"]")
# POP3's extended response code ("-ERR [AUTH] Username and password not accepted.", RFC 2449 section 8).
_POP3_CODE: Final = re.compile(r"-ERR \[([A-Z][A-Z-]*(?:/[A-Z][A-Z-]*)*)\]")
# IMAP's response code in brackets (RFC 5530), and imaplib's tagged BAD ("UID command error: BAD [b'...']").
_IMAP_CODE: Final = re.compile(r"\[([A-Z]{5,20})\]")
# aioftp's StatusCodeError: "Waiting for ('2xx',) but got 550 [' Failed to change directory.']".
_FTP_REPLY: Final = re.compile(r"\bbut got (\d{3}) \[")
# s3fs (s3fs/errors.py translate_boto_error) raises the S3 error codes it does not map as OSError(EIO, str(error)):
# errno 5 then says nothing about the failure (EIO reads as an I/O fault, transient), botocore's code and the status do.
_S3FS_UNMAPPED: Final = "[Errno 5] An error occurred ("
# moviepy (video/io/ffmpeg_writer.py, audio/io/ffmpeg_audiowriter.py) raises the broken pipe of a write to ffmpeg with
# ffmpeg's own error quoted after it ("[Errno 32] Broken pipe\n\nMoviePy error: FFMPEG encountered the following error
# while writing file x:\n\n <ffmpeg's stderr>"): EPIPE is only the symptom of ffmpeg exiting, its error is the cause.
_CHILD_ERROR_QUOTED: Final = "FFMPEG encountered the following error"
# gcsfs's HttpError (gcsfs/retry.py) appends the response's status to the service's message: "Not Found, 404".
_GCSFS_STATUS: Final = re.compile(r", ([1-5]\d\d)\Z")
# Developer-API clients that print the response's status before the server's own text (issue 10, template sweep):
# python-gitlab's GitlabError.__str__ ("{response_code}: {error_message}", gitlab/exceptions.py; the code is kept in
# response_code, which no capture reads), GitLab's API helpers starting their message with the status again
# ("404: 404 Project Not Found", "403: 403 Forbidden"; lib/api/helpers.rb not_found!, forbidden!), and PyGithub's
# GithubException.__str__ (the status, then json.dumps of the body: '403 {"message": "API rate limit exceeded ..."'),
# each also behind a wrapper's "...: " prefix, and the Singer taps' clients (tap-github, tap-jira, tap-zendesk, ...:
# "HTTP-error-code: {}, Error: {}".format(status, message)). A status and a repeated status, or a status and a JSON
# body's "message" key, are a response's status; a number alone before a colon is not.
_PRINTED_STATUS_LITERALS: Final = (": 4", ": 5", ' {"message": "', "HTTP-error-code: ")
_PRINTED_STATUS: Final = re.compile(r'(?:^|(?<=: ))([45]\d\d)(?:: \1 | \{"message": ")|HTTP-error-code: ([45]\d\d)\b')
_GITLAB_STATUS: Final = re.compile(r"([345]\d\d): ")


def _printed_status(exc_type: str, text: str) -> int | None:
    """The status a developer-API client printed before the server's text (python-gitlab, PyGithub, Singer taps)."""
    if exc_type.startswith("gitlab."):
        found = _GITLAB_STATUS.match(text)
        if found is not None:
            return int(found.group(1))
    found = _PRINTED_STATUS.search(text)
    return int(found.group(1) or found.group(2)) if found is not None else None


# minio-py's S3Error (minio/error.py __str__: "S3 operation failed; code: NoSuchKey, message: ..., resource: ...").
_MINIO_CODE: Final = re.compile(r"S3 operation failed; code: ([A-Za-z][\w.]*),")


def _parse_file_and_mail_codes(text: str, exc_type: str, codes: list[str]) -> None:
    """NTSTATUS names or numbers, SMTP enhanced status codes, POP3/IMAP response codes, FTP replies, minio's code.

    Every classification passes here: the protocol-specific readings are kept to their clients' classes (a check of
    the short class name, not a scan of the message), only the two spellings other code also relays are read in any
    message (an NTSTATUS name, minio-py's S3Error text).
    """
    if "STATUS_" in text:
        codes.extend(normalize_code(match.group(1)) for match in _NTSTATUS_NAME.finditer(text))
    if "S3 operation failed; code: " in text:
        codes.extend(normalize_code(match.group(1)) for match in _MINIO_CODE.finditer(text))
    if "smb" in exc_type and "[NtStatus " in text:  # smbprotocol's SMBOSError
        for match in _NTSTATUS_NUMBER.finditer(text):
            name = NTSTATUS_NAMES.get(int(match.group(1), 16))
            if name:
                codes.append(normalize_code(name))
    # Exchange's store-driver exception in the same reply ("5.2.2 ...; STOREDRV.Deliver.Exception:QuotaExceeded...",
    # read by _parse_codes) names the cause; the enhanced code is only its class, so it stays out of the way.
    if "smtp" in exc_type.lower() and "STOREDRV." not in text:  # smtplib, aiosmtplib (SMTPDataError, ...)
        codes.extend(esmtp_code(match.group(1)) for match in _SMTP_ENHANCED.finditer(text))
        codes.extend(f"SMTP{match.group(1)}" for match in _SMTP_REPLY_5XX.finditer(text))  # after the enhanced code
    elif "pop" in exc_type and "-ERR [" in text:  # poplib.error_proto
        codes.extend(normalize_code(f"POP3{match.group(1)}") for match in _POP3_CODE.finditer(text))
    elif "imap" in exc_type:  # imaplib, imapclient, aioimaplib: lower-case module names
        if "command error: BAD " in text:
            codes.append("IMAPBAD")
        if "[" in text:
            codes.extend(f"IMAP{match.group(1)}" for match in _IMAP_CODE.finditer(text))
    elif "aioftp" in exc_type and "but got " in text:
        codes.extend(f"FTP{match.group(1)}" for match in _FTP_REPLY.finditer(text))
    elif exc_type == "ftplib.error_temp" and text[:1] == "4" and text[1:3].isdigit():
        # ftplib raises every 4yz reply as error_temp with the reply first (Lib/ftplib.py getresp: "426 Failure
        # writing network stream."): the reply's number, not an HTTP status of the same digits, says what failed
        codes.append(f"FTP{text[:3]}")


# ---- dispatch: which vendor readers a signal can feed.
# Each reader has its own gates and may be called on any signal (``_parse_vendor_codes_undispatched`` calls them all);
# its keys are necessary conditions of those gates: a lower-case part of the exception's qualified class, or a literal
# the message must hold, any one of which admits it. A reader runs when a key admits it; the order is this table's.
# A reader whose gate reads neither (none today) would list no key and run on every signal. tests/unit/classify/
# test_classify_dispatch.py parses a signal of every reader through both paths, and every corpus message.


class _VendorReader(NamedTuple):
    """A vendor-code reader and the keys that admit it."""

    read: Callable[[str, str, list[str]], None]
    """Appends the codes it reads to ``codes``; the message is ``text``, the qualified class ``exc_type``."""
    classes: tuple[str, ...] = ()
    """Lower-case substrings of the exception's qualified class, any one of which admits the reader."""
    literals: tuple[str, ...] = ()
    """Substrings of the message, any one of which admits the reader."""


_VENDOR_READERS: tuple[_VendorReader, ...] = (
    _VendorReader(_parse_oracle, literals=("DPY-", "ORA-")),
    _VendorReader(_parse_aadsts, literals=("AADSTS",)),
    _VendorReader(_parse_twilio, literals=("twilio.com/docs/errors/",)),
    _VendorReader(_parse_mssql, classes=("pymssql",), literals=("(SQL", "Msg ", "DB-Lib", "SQL Server")),
    _VendorReader(_parse_snowflake_codes, classes=("snowflake",), literals=("): ",)),
    _VendorReader(_parse_cassandra_codes, literals=("code=",)),
    _VendorReader(_parse_prefixed, literals=("code: Neo.", "(type=", "errorCode", "<Fault ")),
    _VendorReader(
        _parse_spark, classes=("spark", "databricks"), literals=("org.apache.spark.", "[DELTA_", "AWS Error ")
    ),
    _VendorReader(_parse_data_platform_codes, classes=("mlflow.", "pyathena."), literals=("sqlState='",)),
    _VendorReader(_parse_clickhouse, literals=("DB::Exception", "ClickHouse")),
    _VendorReader(_parse_broker_codes, literals=("err_code=", "[code:")),
    _VendorReader(
        _parse_networking_codes,
        classes=("pycurl", "aiodns", "pycares", "ebsocket", "eilisearch"),
        literals=("curl: (", "-Ares returned error ", "-ares returned error ", "meilisearch.com/"),
    ),
    _VendorReader(_parse_db2, literals=("[IBM]", "SQLCODE=")),
    _VendorReader(_parse_paypal, classes=("paypal",), literals=("debug_id",)),
    _VendorReader(_parse_adyen, classes=("dyen",)),
    _VendorReader(_parse_cloud_saas_codes, classes=("hcloud.", "postmarker.", "vonage")),
    _VendorReader(_parse_dbus, classes=("dbus",)),
    _VendorReader(_parse_teradata, classes=("teradata",)),
    _VendorReader(_parse_binance, classes=("binance",)),
    _VendorReader(_parse_geth, classes=("web3", "builtins.valueerror")),
    _VendorReader(_parse_grpclib, classes=("grpclib",)),
    _VendorReader(
        _parse_file_and_mail_codes,
        classes=("smb", "smtp", "pop", "imap", "aioftp", "ftplib.error_temp"),
        literals=("STATUS_", "S3 operation failed; code: "),
    ),
    _VendorReader(_parse_browser_codes, literals=("net::ERR_", "_ERROR_")),
    _VendorReader(_parse_chat_codes, classes=("discord.", "nextcord.", "disnake.", "tweepy.", "googlemaps.")),
    _VendorReader(
        _parse_body_codes,
        literals=(", b'", ', b"', ", '4.", ', "4.', "eason", "_exception'", "_error'", "\nErrorCode:"),
    ),
    _VendorReader(_parse_body_fields, literals=("Code: ", *_KEYED_ENDS, *_TYPED_ENDS)),
    _VendorReader(
        _parse_tool_codes,
        literals=(
            "acme:error:",
            "ERROR ",
            "Got error: ",
            "mysqldump: Error ",
            "\nError message: ",
            "\n\tstatus code: ",
        ),
    ),
)

# ---- the literals every parser of a link looks for, found in one walk over the message (``Link.__init__``): the
# vendor readers' keys, the literals that lead the status, errno and code patterns, those that say a message names
# another exception, and the first two letters of the errno names. The bit of each is read where a substring test
# stood. Four groups (``LiteralWords``), each at most 62 literals, so each mask is a small int: compiled, a test of
# one is inline, where a mask of all 127 literals was a Python long and each of a link's twenty tests allocated one.
_VENDOR_LITERALS: Final = tuple(dict.fromkeys(literal for reader in _VENDOR_READERS for literal in reader.literals))
_PARSER_LITERALS: Final[tuple[Entry, ...]] = tuple(
    dict.fromkeys(
        (
            *(trigger for trigger, _ in _STATUS_TRIGGERED),
            *(trigger for trigger, _ in _ERRNO_TRIGGERED),
            *(trigger for trigger, _ in _CODE_TRIGGERED),
            *("rror(", "from storage engine", "] [", "'C': '", "grpc_status:", "\nmessage: "),
            *("(Caused by ", "RetryError[", "Error) ", "unexpected exception: ", "contact the server: "),
            *("Traceback (most recent call last):", "HTTP response headers: ", "://"),
            *_PRINTED_STATUS_LITERALS,
            _LABEL_ENDS,
            _CONSTANT_STARTS,
        )
    )
)
_LINK_WORDS: Final = LiteralWords(
    (
        _VENDOR_LITERALS[:WORD_BITS],
        _VENDOR_LITERALS[WORD_BITS:],  # the vendor keys past 62 (none today; a ValueError past 124)
        _PARSER_LITERALS,
        _ERRNO_NAME_STARTS,
    )
)


def _vendor_found(text: str) -> int:
    """Which vendor readers' literals ``text`` holds: bit ``i`` for ``_VENDOR_LITERALS[i]`` (as ``Link`` reads it)."""
    vendor, vendor_more, _, _ = _LINK_WORDS.words(text)
    return _joined(vendor, vendor_more)


def _joined(vendor: int, vendor_more: int) -> int:
    """The vendor literals' two words as one mask (the second is empty today: no long arithmetic then)."""
    return vendor | vendor_more << WORD_BITS if vendor_more else vendor


def _bits(*literals: Entry) -> int:
    """The mask of some entries of ``_PARSER_LITERALS`` (the third word of ``_LINK_WORDS``)."""
    return sum(1 << _PARSER_LITERALS.index(literal) for literal in set(literals))


def _vendor_bits(literals: tuple[str, ...]) -> int:
    """The mask of some literals of ``_VENDOR_LITERALS``."""
    return sum(1 << _VENDOR_LITERALS.index(literal) for literal in set(literals))


class _Behind:
    """Patterns behind literals (``(literal, regex)`` pairs): those whose literal a message holds, in order.

    Looked up once per set of literals found, so a message holding none of them costs one dictionary read.
    """

    __slots__ = ("_bits", "_memo", "mask")

    def __init__(self, pairs: tuple[tuple[str, re.Pattern[str]], ...]) -> None:
        self._bits = tuple((_bits(literal), regex) for literal, regex in pairs)
        self.mask = _bits(*(literal for literal, _ in pairs))
        self._memo: dict[int, tuple[re.Pattern[str], ...]] = {}

    def __call__(self, found: int) -> tuple[re.Pattern[str], ...]:
        found &= self.mask
        regexes = self._memo.get(found)
        if regexes is None:
            regexes = tuple(regex for bit, regex in self._bits if found & bit)
            if len(self._memo) < _MAX_ADMITTED:
                self._memo[found] = regexes
        return regexes


_STATUS_BEHIND: Final = _Behind(_STATUS_TRIGGERED)
_ERRNO_BEHIND: Final = _Behind(_ERRNO_TRIGGERED)
_CODES_BEHIND: Final = _Behind(_CODE_TRIGGERED)
_OSERROR_REPR_LITERAL: Final = _bits("rror(")
_MYSQL_ENGINE_LITERAL: Final = _bits("from storage engine")
_ODBC_LITERAL: Final = _bits("] [")
_PG_FIELD_LITERAL: Final = _bits("'C': '")
_GRPC_STATUS_LITERAL: Final = _bits("grpc_status:")
_RPC_STATUS_LITERAL: Final = _bits("\nmessage: ")
_IMPLIED_LITERALS: Final = _bits("(Caused by ", "RetryError[", "Error) ")
_CRASH_LITERALS: Final = _bits("unexpected exception: ", "contact the server: ")
_TRACEBACK_LITERAL: Final = _bits("Traceback (most recent call last):")
_HEADERS_LITERAL: Final = _bits("HTTP response headers: ")
_URL_LITERAL: Final = _bits("://")
_PRINTED_STATUS_LITERAL: Final = _bits(*_PRINTED_STATUS_LITERALS)
_LABEL_LITERAL: Final = _bits(_LABEL_ENDS)
_CONSTANT_LITERAL: Final = _bits(_CONSTANT_STARTS)
_VENDOR_BITS = tuple(_vendor_bits(reader.literals) for reader in _VENDOR_READERS)
_ADMITTED: dict[tuple[str, int], tuple[Callable[[str, str, list[str]], None], ...]] = {}
_MAX_ADMITTED: Final = 4096
_MAX_MEMO_CLASS: Final = 256  # longer class names (none real) are not kept


def _admitted(exc_type: str, found: int) -> tuple[Callable[[str, str, list[str]], None], ...]:
    """The readers, in order, that the class or the literals found (a mask of ``_VENDOR_LITERALS``) admit."""
    lowered = exc_type.lower()
    return tuple(
        reader.read
        for reader, bits in zip(_VENDOR_READERS, _VENDOR_BITS, strict=True)
        if found & bits or any(part in lowered for part in reader.classes) or not (reader.classes or reader.literals)
    )
