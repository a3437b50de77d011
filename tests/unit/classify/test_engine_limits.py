"""Engine limits the template sweeps found, each a general rule with a case where the weaker evidence used to win.

* A status's echo is its own reason phrase only ("403 Forbidden", "Forbidden for url") and the status written into
  its body; any other phrase of the status's category in the body agrees with the status, so a later phrase of
  another category no longer refines it.
* gRPC's RESOURCE_EXHAUSTED printed as a status (grpc-js's "8 RESOURCE_EXHAUSTED: ", absl's "RESOURCE_EXHAUSTED: ")
  is the generic code, refined by the reason after it: a quota per minute is throttling, memory stays a resource.
* A failed command's exit status decides where a standard gives it a meaning; CalledProcessError's class alone is no
  bug of the caller's code, and "exit status 1" with nothing else is unknown.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

from .verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

# CPython's http.client._tunnel: OSError('Tunnel connection failed: %d %s' % (code, message.strip())), as urllib3's
# ProxyError and requests' ProxyError relay it.
_TUNNEL_403 = (
    "HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by "
    "ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 403 Forbidden')))"
)
# CloudFront's 403 page for a request AWS WAF blocked (repost.aws knowledge-center cloudfront-troubleshoot-403-errors).
_CLOUDFRONT_WAF_403 = (
    "403 Client Error: Forbidden for url: https://d111111abcdef8.cloudfront.net/api/orders\n403 ERROR\nThe request "
    "could not be satisfied.\nRequest blocked. We can't connect to the server for this app or website at this time. "
    "There might be too much traffic or a configuration error. Try again later, or contact the app or website owner."
)
# Google's quota text (terraform-provider-google's is403QuotaExceededPerMinuteError tests) in grpc-js's format
# (call.ts callErrorFromStatus: `${status.code} ${Status[status.code]}: ${status.details}`).
_PER_MINUTE = (
    "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service "
    "'sheets.googleapis.com' for consumer 'project_number:123456789'."
)
_PER_DAY = (
    "Quota exceeded for quota metric 'Queries' and limit 'Queries per day' of service 'compute.googleapis.com' for "
    "consumer 'project_number:11111111'."
)


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "label", "rule"),
    [
        # a network phrase ("Unable to connect to proxy") used to refine the 403 into a retry: the proxy's refusal
        # in the body agrees with the status instead of being skipped as its reason phrase
        ("requests.exceptions.ProxyError", _TUNNEL_403, None, P, "http.403"),
        ("urllib3.exceptions.ProxyError", "Tunnel connection failed: 403 Forbidden", None, P, "http.403"),
        # CloudFront's "We can't connect to the server" used to refine the 403 into a retry: the block is its reason
        ("requests.exceptions.HTTPError", _CLOUDFRONT_WAF_403, 403, P, "http.403"),
    ],
)
def test_a_permanent_reason_in_the_body_agrees_with_its_status(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category, rule: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule)


def test_the_agreeing_evidence_is_the_bodys_own_words(clf: Classifier) -> None:
    """The evidence chain names the body's phrase, not the reason phrase's echo ("Forbidden")."""
    verdict = clf.classify(ErrorSignal(exc_type="requests.exceptions.ProxyError", message=_TUNNEL_403))
    assert [(item.rule_id, item.role) for item in verdict.evidence] == [
        ("http.403", "decided"),
        ("message.proxy_refused", "agrees"),
    ]


@pytest.mark.parametrize(
    ("message", "status", "label", "rule"),
    [
        # the reason phrase alone is the status's echo: the throttling words after it still refine the 403
        ("403 Client Error: Forbidden for url: https://api.example.com/v1 API rate limit exceeded", 403, T,
         "message.rate_limited"),
        # ... and so is the status a problem document writes into its body (GitHub's '"status": "403"')
        (
            '403 {"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try '
            'again.", "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api", '
            '"status": "403"}',
            403,
            T,
            "message.rate_limited",
        ),
    ],
)  # fmt: skip
def test_the_status_echo_does_not_vote(clf: Classifier, message: str, status: int, label: Category, rule: str) -> None:
    assert verdict_of(clf, "requests.exceptions.HTTPError", message, status) == (label, rule)


def test_a_vendor_defined_status_is_decided_by_its_bodys_reason(clf: Classifier) -> None:
    """402 means nothing of its own to agree with: a decline in its body decides over an authorization word."""
    message = (
        "status_code: 402, body: {'errors': [{'category': 'PAYMENT_METHOD_ERROR', "
        "'detail': \"Authorization error: 'CVV_FAILURE'\"}]}"
    )
    assert verdict_of(clf, "builtins.RuntimeError", message, 402) == (V, "message.payment_method_error")


@pytest.mark.parametrize(
    ("message", "label", "rule"),
    [
        # the generic phrase "resource exhausted" used to outrank the rate words
        (f"8 RESOURCE_EXHAUSTED: {_PER_MINUTE}", T, "message.rate_limited"),
        (f"RESOURCE_EXHAUSTED: {_PER_MINUTE}", T, "message.rate_limited"),
        # a daily window is a quota that comes back tomorrow (its "queries per day" is no rate): it agrees with the code
        (f"8 RESOURCE_EXHAUSTED: {_PER_DAY}", R, "vendor.gcp.RESOURCE_EXHAUSTED"),
        # real exhaustion stays a resource, decided by the code its reason agrees with
        ("8 RESOURCE_EXHAUSTED: Out of memory while trying to allocate 1073741824 bytes.", R,
         "vendor.gcp.RESOURCE_EXHAUSTED"),
        ("RESOURCE_EXHAUSTED: Failed to allocate 268435456 bytes: out of memory", R, "vendor.gcp.RESOURCE_EXHAUSTED"),
    ],
)  # fmt: skip
def test_resource_exhausted_printed_as_a_status_is_refined_by_its_reason(
    clf: Classifier, message: str, label: Category, rule: str
) -> None:
    assert verdict_of(clf, "builtins.Error", message) == (label, rule)


def test_a_daily_google_quota_is_a_quota_whatever_the_code(clf: Classifier) -> None:
    """Behind grpc-python's StatusCode too, the daily window outranks the rate words of the limit's name."""
    message = (
        "<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.RESOURCE_EXHAUSTED\n"
        f'\tdetails = "{_PER_DAY}"\n>'
    )
    verdict = clf.classify(ErrorSignal(exc_type="grpc._channel._InactiveRpcError", message=message))
    assert verdict.category is R
    assert ("message.per_day_limit", "agrees") in [(item.rule_id, item.role) for item in verdict.evidence]


@pytest.mark.parametrize(
    ("message", "label", "rule"),
    [
        # GNU timeout(1)'s 124: the command reached its deadline
        ("Command '['timeout', '30', 'pg_dump', 'shop']' returned non-zero exit status 124.", T,
         "message.exit_timeout_124"),
        ("Command '/usr/bin/timeout 5s ./sync.sh' returned non-zero exit status 124.", T, "message.exit_timeout_124"),
        # sysexits.h EX_TEMPFAIL
        ("Command '['sendmail', '-t']' returned non-zero exit status 75.", T, "message.exit_tempfail"),
        # the shell's "not executable" and "not found"
        ("Command 'etl-run --all' returned non-zero exit status 127.", P, "message.exit_not_runnable"),
        ("Command './deploy.sh' returned non-zero exit status 126.", P, "message.exit_not_runnable"),
        # sysexits.h EX_USAGE and EX_DATAERR, and the usage error's 2
        ("Command '['convert', '--bogus']' returned non-zero exit status 64.", P, "message.exit_usage"),
        ("Command '['importer', 'rows.csv']' returned non-zero exit status 65.", V, "message.exit_data_error"),
        ("Command '['python', 'job.py', '--dates']' returned non-zero exit status 2.", P, "message.exit_usage_2"),
        # statuses that say nothing standard: unknown, not a bug of the caller's code
        ("Command '['ls', '-l', '/srv']' returned non-zero exit status 1.", U, "unknown"),
        ("Command 'make all' returned non-zero exit status 124.", U, "unknown"),
        ("Command '['notify']' returned non-zero exit status 69.", U, "unknown"),
    ],
)  # fmt: skip
def test_a_commands_exit_status_decides_where_a_standard_gives_it_a_meaning(
    clf: Classifier, message: str, label: Category, rule: str
) -> None:
    assert verdict_of(clf, "subprocess.CalledProcessError", message) == (label, rule)


def test_an_exit_status_is_outranked_by_the_stderr_it_carries(clf: Classifier) -> None:
    """A command's 2 is a general word: the specific words of its stderr decide."""
    message = (
        "Command 'psql -c VACUUM' returned non-zero exit status 2: psql: error: connection to server at \"db\" "
        "(10.0.0.5), port 5432 failed: FATAL:  sorry, too many clients already"
    )
    assert verdict_of(clf, "subprocess.CalledProcessError", message)[0] is R


def test_a_signal_still_reads_as_before(clf: Classifier) -> None:
    """137 and SIGKILL are the OOM killer's (resource) with or without the class's old weak vote."""
    assert (
        verdict_of(
            clf, "subprocess.CalledProcessError", "Command 'python train.py' returned non-zero exit status 137."
        )[0]
        is R
    )
    assert verdict_of(clf, "subprocess.CalledProcessError", "Command '['x']' died with <Signals.SIGKILL: 9>.")[0] is R
