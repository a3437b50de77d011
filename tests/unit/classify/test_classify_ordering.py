"""Evidence ordering: for each rule, a failure where the weaker evidence alone would have given another verdict."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Cause, Classifier, ErrorSignal, Rule

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN


def sig(exc_type: str, message: str = "", **fields: object) -> ErrorSignal:
    return ErrorSignal(exc_type=exc_type, message=message, **fields)  # type: ignore[arg-type]


def decided(clf: Classifier, signal: ErrorSignal) -> tuple[Category, str]:
    verdict = clf.classify(signal)
    return verdict.category, verdict.rule_id


# ------------------------------------------------ structured evidence first


def test_vendor_code_beats_the_sqlstate_it_carries(clf: Classifier) -> None:
    # SQLSTATE 57014 alone (query canceled) and 000630 agree; 250001's SQLSTATE class 08 would say transient,
    # but the vendor code is read first and then refined by its reason.
    message = (
        "250001 (08001): Failed to connect to DB: acct.snowflakecomputing.com:443. "
        "Incorrect username or password was specified."
    )
    assert decided(clf, sig("snowflake.connector.errors.DatabaseError", message))[0] is P
    verdict = clf.classify(sig("snowflake.connector.errors.DatabaseError", message))
    assert [(item.rule_id, item.role) for item in verdict.evidence][-1] == ("vendor.snowflake.250001", "overruled")


def test_exact_code_beats_http_status(clf: Classifier) -> None:
    # 429 alone is transient; the Elasticsearch type inside the body says the disk watermark blocked the index.
    message = (
        "ApiError(429, 'cluster_block_exception', 'index [logs] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded "
        "flood-stage watermark, index has read-only-allow-delete block];')"
    )
    assert decided(clf, sig("elasticsearch.ApiError", message, http_status=429)) == (
        R,
        "vendor.elasticsearch.cluster_block_exception",
    )


def test_oracle_code_beats_generic_driver_class(clf: Classifier) -> None:
    # oracledb's DatabaseError would fall to its class-name pattern; ORA-01653 says the tablespace is full.
    verdict = clf.classify(
        sig("oracledb.exceptions.DatabaseError", "ORA-01653: unable to extend table APP.EVENTS by 8192")
    )
    assert (verdict.category, verdict.rule_id) == (R, "vendor.oracle.ORA-01653")
    assert verdict.confidence >= 0.9


def test_sql_server_number_beats_programming_error_class(clf: Classifier) -> None:
    # pyodbc ProgrammingError is a programming-bug container; error 1205 is a deadlock victim.
    message = (
        "('42000', '[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Transaction (Process ID 61) was "
        "deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the "
        "transaction. (1205) (SQLExecDirectW)')"
    )
    assert decided(clf, sig("pyodbc.ProgrammingError", message)) == (T, "vendor.mssql.1205")


def test_cassandra_error_code_beats_wrapper_phrase(clf: Classifier) -> None:
    # (a 2200 whose reason names a table the cluster lacks is refined to permanent: test_classify_databases_and_cloud)
    message = 'Error from server: code=2200 [Invalid query] message="Invalid STRING constant (abc) for id of type int"'
    assert decided(clf, sig("cassandra.protocol.ServerError", message)) == (V, "vendor.cassandra.2200")


def test_errno_beats_http_status_family(clf: Classifier) -> None:
    verdict = clf.classify(
        sig("acme.UploadError", "upload failed: [Errno 28] No space left on device", http_status=500)
    )
    assert (verdict.category, verdict.rule_id) == (R, "errno.ENOSPC")


def test_json_code_in_body_beats_http_status(clf: Classifier) -> None:
    # 429 alone would be transient: the code says the credits are used up (capacity must come back).
    message = (
        "Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'code': 'insufficient_quota'}}"
    )
    assert decided(clf, sig("openai.RateLimitError", message, http_status=429)) == (R, "vendor.llm.insufficient_quota")


def test_a_json_type_field_alone_does_not_beat_the_status(clf: Classifier) -> None:
    # 'invalid_request_error' is said of 400s and 403s alike: the 403 decides.
    message = (
        "Error code: 403 - {'error': {'message': 'Project does not have access to model', "
        "'type': 'invalid_request_error'}}"
    )
    assert decided(clf, sig("openai.PermissionDeniedError", message, http_status=403))[0] is P


# ------------------------------------------------ HTTP status with its body's reason


@pytest.mark.parametrize(
    ("status", "message", "expected"),
    [
        (403, "403 Forbidden: API rate limit exceeded for installation 1234", T),
        (403, "The user's Drive storage quota has been exceeded.", R),
        (402, "Request req_1: Your card was declined.", V),
    ],
)
def test_status_refined_by_its_body(clf: Classifier, status: int, message: str, expected: Category) -> None:
    verdict = clf.classify(sig("acme.HTTPError", message, http_status=status))
    assert verdict.category is expected
    assert verdict.evidence[0].tier == "http_reason"
    assert verdict.evidence[1].rule_id == f"http.{status}"
    assert verdict.evidence[1].role == "overruled"


def test_class_refined_by_the_capacity_behind_it(clf: Classifier) -> None:
    # A BadRequestError is validation by class; the credits behind this one are used up.
    message = "Error code: 400 - {'type': 'error', 'error': {'message': 'Your credit balance is too low'}}"
    verdict = clf.classify(sig("anthropic.BadRequestError", message, http_status=400))
    assert (verdict.category, verdict.rule_id) == (R, "message.credits")
    assert (verdict.evidence[1].rule_id, verdict.evidence[1].role) == ("type.validation.http", "overruled")


def test_a_status_the_body_cannot_refine_stays(clf: Classifier) -> None:
    # A 404 whose body mentions throttling is still a 404: only some statuses are refined.
    verdict = clf.classify(sig("acme.HTTPError", "404 Not Found (rate limit: 100/min)", http_status=404))
    assert (verdict.category, verdict.rule_id) == (P, "http.404")


def test_a_disagreeing_body_is_recorded_and_lowers_confidence(clf: Classifier) -> None:
    # A 403 is not refined by a validation reason, but the disagreement is kept.
    verdict = clf.classify(sig("acme.HTTPError", "403: malformed request body", http_status=403))
    assert (verdict.category, verdict.rule_id) == (P, "http.403")
    assert [item.role for item in verdict.evidence] == ["decided", "disagrees"]
    assert verdict.confidence < clf.classify(sig("acme.HTTPError", "403", http_status=403)).confidence


def test_transient_code_refined_by_capacity(clf: Classifier) -> None:
    # MySQL 2003 (can't connect) is transient; the errno inside says file handles are exhausted.
    message = "(2003, \"Can't connect to MySQL server on 'db' ([Errno 24] Too many open files)\")"
    assert decided(clf, sig("pymysql.err.OperationalError", message))[0] is R


def test_generic_code_echoed_in_its_message_is_refined(clf: Classifier) -> None:
    # RESOURCE_EXHAUSTED is generic; its own name in the text does not vote, the reason does.
    message = (
        "<_InactiveRpcError: status = StatusCode.RESOURCE_EXHAUSTED "
        'details = "Received message larger than max (8388708 vs. 4194304)">'
    )
    assert decided(clf, sig("grpc.RpcError", message))[0] is V


# ------------------------------------------------ unambiguous types before phrases


def test_strong_type_beats_phrase(clf: Classifier) -> None:
    # A pydantic validation error that mentions a timeout field is validation.
    message = "1 validation error for Job\ntimeout\n  Input should be a valid number"
    assert decided(clf, sig("pydantic_core._pydantic_core.ValidationError", message))[0] is V


def test_interpreter_shutdown_overrides_a_strong_type(clf: Classifier) -> None:
    # ImportError is a programming bug, but not when the interpreter is shutting down.
    assert decided(clf, sig("builtins.ImportError", "sys.meta_path is None, Python is likely shutting down")) == (
        T,
        "message.shutdown",
    )


def test_a_worker_stopped_by_sigterm_is_not_a_lost_resource(clf: Classifier) -> None:
    # WorkerLostError is a resource class (a worker killed, usually for memory), but SIGTERM asks a process
    # to stop (a deploy, a scale-in): the task succeeds on another worker. SIGKILL keeps the class's verdict.
    worker_lost = "billiard.exceptions.WorkerLostError"
    assert decided(clf, sig(worker_lost, "Worker exited prematurely: signal 15 (SIGTERM) Job: 7.")) == (
        T,
        "message.shutdown",
    )
    assert decided(clf, sig(worker_lost, "Worker exited prematurely: signal 9 (SIGKILL) Job: 7."))[0] is R


def test_a_phrase_of_the_input_beats_a_weak_bug_class(clf: Classifier) -> None:
    # EOFError is a weak "bug" class; a truncated compressed stream is the input's fault.
    message = "Compressed file ended before the end-of-stream marker was reached"
    assert decided(clf, sig("builtins.EOFError", message))[0] is V
    # ValueError's general "not found" would say permanent; asyncio's line-limit text is the input's size.
    assert decided(clf, sig("builtins.ValueError", "Separator is not found, and chunk exceed the limit"))[0] is V


def test_the_words_of_a_link_are_no_phrase(clf: Classifier) -> None:
    # "rate-limits" in a documentation URL would say transient; the message itself says the input is invalid.
    message = "Invalid value for 'currency': 'usd '. See https://docs.example.com/errors/rate-limits#retry-after"
    assert decided(clf, sig("builtins.ValueError", message))[0] is V
    # Outside a URL the same words still count.
    assert decided(clf, sig("builtins.RuntimeError", "rate limit reached, retry after 2 s"))[0] is T


def test_class_and_message_rule_beats_class_alone(clf: Classifier) -> None:
    message = "1 validation error for Settings\nkafka.bootstrap\n  Field required [type=missing, input_value={}]"
    assert decided(clf, sig("pydantic_core._pydantic_core.ValidationError", message)) == (
        P,
        "type.permanent.settings_validation",
    )


# ------------------------------------------------ phrases anchored to their meaning


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("builtins.ValueError", "timeout must be a positive number, got -1"),
        ("builtins.ValueError", "'timeout' must be a non-negative number"),
        ("builtins.OverflowError", "timeout value is too large"),
        ("builtins.ValueError", "Invalid backoff factor: expected a float"),
        ("builtins.TypeError", "retry_delay must be an int or float, not str"),
    ],
)
def test_a_setting_named_timeout_is_not_a_timeout(clf: Classifier, exc_type: str, message: str) -> None:
    assert decided(clf, sig(exc_type, message))[0] is V


def test_the_same_words_as_a_failure_stay_transient(clf: Classifier) -> None:
    assert decided(clf, sig("acme.ClientError", "read timeout after 30s"))[0] is T
    assert decided(clf, sig("builtins.ValueError", "connection timed out"))[0] is T


def test_weak_phrase_against_a_class_lowers_confidence(clf: Classifier) -> None:
    verdict = clf.classify(sig("builtins.ValueError", "connection timed out"))
    alone = clf.classify(sig("acme.Unlisted", "connection timed out"))
    assert verdict.confidence < alone.confidence
    assert [item.role for item in verdict.evidence] == ["decided", "disagrees"]


# ------------------------------------------------ cause chains


def test_innermost_meaningful_cause_of_a_generic_wrapper(clf: Classifier) -> None:
    # RuntimeError alone is a programming bug (permanent); its cause is a reset connection.
    signal = sig(
        "builtins.RuntimeError",
        "job 7 failed",
        causes=(Cause("builtins.Exception", "step failed"), Cause("builtins.ConnectionResetError", "reset by peer")),
    )
    verdict = clf.classify(signal)
    assert verdict.category is T
    assert verdict.evidence[0].where == "cause 2: builtins.ConnectionResetError"


def test_caused_by_text(clf: Classifier) -> None:
    # requests' ConnectionError alone is transient; the urllib3 cause named in the text is a TLS failure.
    message = (
        "HTTPSConnectionPool(host='x', port=443): Max retries exceeded with url: / (Caused by "
        "SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed')))"
    )
    assert decided(clf, sig("requests.exceptions.ConnectionError", message))[0] is P


def test_retry_error_names_its_last_attempt(clf: Classifier) -> None:
    # The wrapper's own words ("retry") say transient; the attempt raised a validation error.
    message = "RetryError[<Future at 0x7f3a9c2e4b10 state=finished raised ValidationError>]"
    assert decided(clf, sig("tenacity.RetryError", message))[0] is V


def test_wrapper_naming_the_driver_exception_inside_its_message(clf: Classifier) -> None:
    message = "Task failed: (pymysql.err.OperationalError) (1053, 'Server shutdown in progress')"
    assert decided(clf, sig("builtins.RuntimeError", message))[0] is T


# ------------------------------------------------ weak evidence: unknown rather than a guess


def test_below_the_floor_is_unknown() -> None:
    strict = Classifier(cache_size=0, min_confidence=0.7)
    verdict = strict.classify(sig("acme.SomethingNotFound", ""))  # only a class-name pattern
    assert verdict.category is U
    assert verdict.rule_id == "unknown"
    assert verdict.evidence[0].rule_id == "name.not_found"
    assert verdict.evidence[-1].tier == "floor"
    lenient = Classifier(cache_size=0, min_confidence=0.0)
    assert lenient.classify(sig("acme.SomethingNotFound", "")).category is P


def test_confidence_orders_the_tiers(clf: Classifier) -> None:
    code = clf.classify(sig("x.Y", "ORA-00060: deadlock detected while waiting for resource")).confidence
    phrase = clf.classify(sig("x.Y", "deadlock detected")).confidence
    family = clf.classify(sig("x.Y", "oops", http_status=418)).confidence
    assert 1.0 >= code > phrase > family > 0.0
    assert clf.classify(sig("x.Y", "???")).confidence == 0.0


def test_user_rule_is_certain() -> None:
    clf = Classifier([Rule(id="acme", category="resource", exc_type=("x.Y",))], cache_size=0)
    verdict = clf.classify(sig("x.Y", "deadlock detected"))
    assert (verdict.category, verdict.confidence) == (R, 1.0)


def test_min_confidence_is_validated() -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        Classifier(min_confidence=1.5)


def test_a_generic_wrapper_class_does_not_disagree(clf: Classifier) -> None:
    # RuntimeError is a programming bug when nothing else speaks, but it does not argue with its own message.
    wrapped = clf.classify(sig("builtins.RuntimeError", "No CUDA GPUs are available"))
    plain = clf.classify(sig("acme.Unlisted", "No CUDA GPUs are available"))
    assert wrapped.category is plain.category is R
    assert wrapped.confidence == plain.confidence


# ---------------------------------------------------------------- calibration: conflicts become unknown


def test_a_permanent_class_is_refined_by_the_capacity_its_message_names(clf: Classifier) -> None:
    # The class alone says permanent; the exhausted capacity behind it is more specific.
    verdict = clf.classify(sig("openai.PermissionDeniedError", "You exceeded your current quota"))
    assert verdict.category is R
    assert [(item.rule_id, item.role) for item in verdict.evidence][1] == ("type.permanent.cloud", "overruled")


@pytest.mark.parametrize(
    "message",
    ["Invalid configuration: unknown dialect 'postgress'", "missing required environment variable DATABASE_URL"],
)
def test_a_validation_class_whose_message_blames_the_setup_is_unknown(clf: Classifier, message: str) -> None:
    # The class alone would say validation (fail fast); the message says configuration (permanent).
    verdict = clf.classify(sig("marshmallow.exceptions.ValidationError", message))
    assert verdict.category is U
    assert [item.role for item in verdict.evidence][:2] == ["decided", "conflicts"]
    assert clf.classify(sig("marshmallow.exceptions.ValidationError", "Not a valid integer.")).category is V


def test_a_general_phrase_against_the_status_family_is_unknown(clf: Classifier) -> None:
    # "busy" alone would say transient; the 4xx the server answered says the request was wrong.
    verdict = clf.classify(sig("acme.ApiError", "the backend is busy", http_status=418))
    assert verdict.category is U
    assert ("http.4xx", "conflicts") in [(item.rule_id, item.role) for item in verdict.evidence]
    assert clf.classify(sig("acme.ApiError", "the backend is busy")).category is T


@pytest.mark.parametrize(
    ("exc_type", "message", "category"),
    [
        ("google.api_core.exceptions.BadRequest", "400 API key not valid. Please pass a valid API key.", P),
        ("anthropic.BadRequestError", "Error code: 400 - model: claude-2.0 is not supported on this API", P),
        ("openai.BadRequestError", "Error code: 400 - Your credit balance is too low to access the API", R),
    ],
)
def test_a_class_that_stands_for_a_400_is_refined_like_a_400(
    clf: Classifier, exc_type: str, message: str, category: Category
) -> None:
    # The class alone would say validation; like the 400 it stands for, its body's reason is more specific.
    verdict = clf.classify(sig(exc_type, message))
    assert verdict.category is category
    assert [(item.rule_id, item.role) for item in verdict.evidence][1] == ("type.validation.http", "overruled")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("configparser.NoSectionError", "No section: 'database'"),
        ("decouple.UndefinedValueError", "SECRET_KEY not found. Declare it as envvar or define a default value."),
        ("omegaconf.errors.MissingMandatoryValue", "Missing mandatory value: db.host"),
        ("tomllib.TOMLDecodeError", "Expected '=' after a key in a key/value pair (at line 4, column 5)"),
    ],
)
def test_configuration_readers_fail_permanently(clf: Classifier, exc_type: str, message: str) -> None:
    # "Missing ..." alone would say validation; the class says a setting is missing.
    assert clf.classify(sig(exc_type, message)).category is P


def test_a_disk_watermark_block_is_resource_whatever_its_status(clf: Classifier) -> None:
    # The 403 and the word "FORBIDDEN" alone would say permanent; the block is a full disk.
    message = (
        "TransportError(403, 'cluster_block_exception', "
        "'index [logs] blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];')"
    )
    assert clf.classify(sig("elasticsearch.exceptions.TransportError", message, http_status=403)).category is R


@pytest.mark.parametrize(
    "message",
    [
        "The API key provided does not have access to this account",
        "Principal lacks the required permission storage.objects.get",
        "Feature is not enabled for this workspace",
        "The subscription must first be enabled for this region",
    ],
)
def test_missing_access_or_a_disabled_feature_is_permanent(clf: Classifier, message: str) -> None:
    # Without the phrase, the class-name pattern (*Invalid*) would guess validation.
    assert clf.classify(sig("acme.InvalidRequestError", message)).category is P


def test_one_general_word_on_a_generic_wrapper_is_unknown(clf: Classifier) -> None:
    # "invalid" alone would say validation; nothing else speaks, so the classifier does not guess.
    assert clf.classify(sig("builtins.Exception", "request was invalid")).category is U
    assert clf.classify(sig("builtins.Exception", "deadlock detected")).category is T  # a specific phrase decides
    assert clf.classify(sig("builtins.ValueError", "request was invalid")).category is V  # the class agrees


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("requests.exceptions.HTTPError", "400 Client Error: Bad Request for url: https://api.x.com: API key revoked"),
        (
            "requests.exceptions.HTTPError",
            "400 Client Error: Bad Request for url: https://x.io: Your account is not active",
        ),
        ("openai.BadRequestError", "Error code: 400 - You are not allowed to sample from this model"),
        (
            "python_http_client.exceptions.BadRequestsError",
            "HTTP Error 400: Bad Request: The from address does not match a verified Sender Identity.",
        ),
    ],
)
def test_a_400_whose_reason_is_a_credential_or_the_account_is_permanent(
    clf: Classifier, exc_type: str, message: str
) -> None:
    # "Bad Request" (or the 400 class) alone would say validation: the caller's setup must change, not its input.
    assert clf.classify(sig(exc_type, message, http_status=400)).category is P


def test_a_connection_class_whose_message_names_a_broken_certificate_is_permanent(clf: Classifier) -> None:
    # The class alone would say transient; no retry fixes certificate verification.
    message = "Unexpected error communicating with Stripe.\n(Network error: SSLError: certificate verify failed)"
    verdict = clf.classify(sig("stripe.error.APIConnectionError", message))
    assert verdict.category is P
    assert clf.classify(sig("stripe.error.APIConnectionError", "Unexpected error communicating")).category is T


def test_a_native_vendor_number_beats_the_odbc_sqlstate_around_it(clf: Classifier) -> None:
    # SQLSTATE HYT00 alone would say transient (timeout); SQL Server's 10928 says a resource limit was reached.
    message = (
        "('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Resource ID : 1. The request limit for the "
        "database is 30 and has been reached. (10928) (SQLExecDirectW)')"
    )
    verdict = clf.classify(sig("pyodbc.OperationalError", message))
    assert (verdict.category, verdict.rule_id) == (R, "vendor.mssql.10928")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("google.api_core.exceptions.ServiceUnavailable", "503 Vertex AI API has not been used in project 1 before"),
        ("openai.APIStatusError", "Error code: 503 - {'error': {'message': 'The model x-32k has been deprecated'}}"),
        (
            "grpc._channel._InactiveRpcError",
            "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\t"
            'details = "DNS resolution failed for payments.internal:443: Domain name not found"\n>',
        ),
    ],
)
def test_a_transient_status_or_code_whose_body_names_a_broken_setup_is_permanent(
    clf: Classifier, exc_type: str, message: str
) -> None:
    # The 503 or UNAVAILABLE alone would say transient; a disabled API, a retired model or no such host is not.
    assert clf.classify(sig(exc_type, message)).category is P
