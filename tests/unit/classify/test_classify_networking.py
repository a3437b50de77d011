"""Web serving and networking: libcurl, c-ares, WebSocket close and Meilisearch codes, TLS reason codes, ASGI."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # libcurl's CURLcode as pycurl raises it and as the curl CLI prints it
        ("pycurl.error", "(47, 'Maximum (10) redirects followed')", P, "vendor.libcurl.47"),
        ("pycurl.error", "(7, 'Failed to connect to 10.1.2.3 port 8443 after 3 ms: Couldn't connect to server')", T,
         "vendor.libcurl.7"),
        ("pycurl.error", "(52, 'Empty reply from server')", T, "vendor.libcurl.52"),
        ("pycurl.error", "(3, 'URL rejected: Malformed input to a URL function')", V, "vendor.libcurl.3"),
        ("pycurl.error", "(78, 'The file does not exist')", P, "vendor.libcurl.78"),
        ("subprocess.CalledProcessError", "curl: (56) Recv failure: Connection reset by peer", T,
         "vendor.libcurl.56"),
        # c-ares status numbers, as aiodns raises them and tornado's CaresResolver words them
        ("aiodns.error.DNSError", "(1, 'DNS server returned answer with no data')", P, "vendor.c-ares.1"),
        ("aiodns.error.DNSError", "(3, 'DNS server returned general failure')", T, "vendor.c-ares.3"),
        ("aiodns.error.DNSError", "(8, 'Misformatted domain name')", V, "vendor.c-ares.8"),
        ("aiodns.error.DNSError", "(11, 'Could not contact DNS servers')", T, "vendor.c-ares.11"),
        ("pycares.AresError", "(26, 'No DNS servers were configured')", P, "vendor.c-ares.26"),
        ("builtins.OSError", "C-Ares returned error 12: Timeout while contacting DNS servers while resolving api.x.io",
         T, "vendor.c-ares.12"),
        # RFC 6455 close codes, the first one websockets prints
        ("websockets.exceptions.ConnectionClosedError", "received 1013 (try again later); then sent 1013 (try again "
         "later)", T, "vendor.websocket.1013"),
        ("websockets.exceptions.ConnectionClosedError", "received 1007 (invalid frame payload data) invalid UTF-8; "
         "then sent 1007 (invalid frame payload data) invalid UTF-8", V, "vendor.websocket.1007"),
        ("websockets.exceptions.ConnectionClosedError", "sent 1002 (protocol error) expected a continuation frame; no "
         "close frame received", P, "vendor.websocket.1002"),
        # Meilisearch: the code where its status says otherwise than its type, else the type
        ("meilisearch.errors.MeilisearchApiError", "MeilisearchApiError. Error code: index_not_found. Error message: "
         "Index `movies` not found. Error documentation: https://docs.meilisearch.com/errors#index_not_found Error "
         "type: invalid_request", P, "vendor.meilisearch.index_not_found"),
        ("meilisearch.errors.MeilisearchApiError", "MeilisearchApiError. Error code: invalid_search_sort. Error "
         "message: Attribute `price` is not sortable. Error documentation: https://docs.meilisearch.com/errors#"
         "invalid_search_sort Error type: invalid_request", V, "vendor.meilisearch.type_invalid_request"),
        ("meilisearch.errors.MeilisearchApiError", "MeilisearchApiError. Error code: too_many_search_requests. Error "
         "message: Too many search requests running at the same time: 1000. Retry after 10s. Error documentation: "
         "https://docs.meilisearch.com/errors#too_many_search_requests Error type: system", T,
         "vendor.meilisearch.too_many_search_requests"),
        ("meilisearch.errors.MeilisearchApiError", "MeilisearchApiError. Error code: invalid_api_key. Error message: "
         "The provided API key is invalid. Error documentation: https://docs.meilisearch.com/errors#invalid_api_key "
         "Error type: auth", P, "vendor.meilisearch.type_auth"),
        # uvicorn's app import string is the deployment's
        ("uvicorn.importer.ImportFromStringError", 'Import string "app" must be in format "<module>:<attribute>".', P,
         "type.permanent.uvicorn_app_path"),
        # the ASGI protocol broken by the application: a code bug on every request
        ("builtins.RuntimeError", "Expected ASGI message 'http.response.body', but got 'http.response.start'.", P,
         "message.asgi_protocol_violation"),
        ("builtins.RuntimeError", "ASGI callable returned without completing response.", P,
         "message.asgi_protocol_violation"),
        ("builtins.RuntimeError", "Response content longer than Content-Length", P, "message.asgi_protocol_violation"),
        # the code's TLS setup, refused by ssl or asyncio: a ValueError of the code, not of the data
        ("builtins.ValueError", "check_hostname needs a SSL context with either CERT_OPTIONAL or CERT_REQUIRED", P,
         "message.tls_context_misuse"),
        ("builtins.ValueError", "server_hostname is only meaningful with ssl", P, "message.tls_context_misuse"),
        # libcurl's CURLE_HTTP_RETURNED_ERROR: the status it prints decides
        ("pycurl.error", "(22, 'The requested URL returned error: 404')", P, "http.404"),
        # kazoo's ZooKeeper codes: a version race ends by itself, a node with children is the calls'
        ("kazoo.exceptions.BadVersionError", "", T, "type.transient.zookeeper_state"),
        ("kazoo.exceptions.NotEmptyError", "", P, "type.permanent.zookeeper_call"),
        # tornado: an operation on a WebSocket the peer or the network closed
        ("tornado.websocket.WebSocketClosedError", "", T, "type.transient.websocket_closed"),
        # websockets: a message over max_size always fails the same way
        ("websockets.exceptions.PayloadTooBig", "over size limit (1048577 > 1048576 bytes)", V,
         "type.validation.websocket_message"),
        # OpenSSL reason codes in upper case, as pyOpenSSL prints them
        ("ssl.SSLError", "[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol (_ssl.c:1006)", P,
         "message.tls_reason_code"),
        ("OpenSSL.SSL.Error", "[('SSL routines', '', 'tlsv1_alert_protocol_version')]", P, "message.tls_reason_code"),
    ],
)  # fmt: skip
def test_networking_failures(clf: Classifier, exc_type: str, message: str, expected: Category, rule_id: str) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert (verdict.category, verdict.rule_id) == (expected, rule_id)


def test_a_code_number_needs_its_source_named(clf: Classifier) -> None:
    # "(47, '...')" is libcurl's only on pycurl's class; elsewhere the number is no evidence of libcurl's meaning
    verdict = clf.classify(ErrorSignal(exc_type="builtins.RuntimeError", message="(47, 'Maximum (50) redirects')"))
    assert verdict.rule_id != "vendor.libcurl.47"


# ------------------------------------------------ ordering: a broken setup overrules a transient code or errno


def test_tls_reason_code_overrules_a_transient_grpc_status(clf: Classifier) -> None:
    # UNAVAILABLE alone is transient (retry); the OpenSSL reason code behind it says TLS met a plaintext port
    message = (
        '<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to '
        "connect to all addresses; last error: UNKNOWN: ipv4:10.2.0.7:443: Ssl handshake failed: SSL_ERROR_SSL: "
        'error:1000042e:SSL routines:OPENSSL_internal:TLSV1_ALERT_PROTOCOL_VERSION"\n>'
    )
    verdict = clf.classify(ErrorSignal(exc_type="grpc._channel._InactiveRpcError", message=message))
    assert verdict.category is P
    assert [(item.rule_id, item.role) for item in verdict.evidence] == [
        ("message.tls_reason_code", "decided"),
        ("code.UNAVAILABLE", "overruled"),
    ]


def test_a_server_that_cannot_bind_overrules_the_transient_errno(clf: Classifier) -> None:
    # EADDRINUSE alone is transient; asyncio's create_server sets SO_REUSEADDR, so a live process holds the port
    message = "[Errno 98] error while attempting to bind on address ('127.0.0.1', 9000): address already in use"
    verdict = clf.classify(ErrorSignal(exc_type="builtins.OSError", message=message, errno=98))
    assert verdict.category is P
    assert verdict.rule_id == "message.server_cannot_bind"
    # a connect() that meets EADDRINUSE stays transient
    other = clf.classify(ErrorSignal(exc_type="builtins.OSError", message="[Errno 98] Address already in use"))
    assert other.category is T
