"""Browser automation, directories, structured concurrency and Python runtime limits (twelfth batch).

Each case names the weaker evidence that decided (or left the verdict ``unknown``) before: a browser's network error
code, a payment body's issue, an errno a library prints in its own format or a protocol's result class is more exact
than the tool's one generic class, the status or a word of its message; a runtime's own limit or state is more exact
than the generic class (``ValueError``) it is raised as; a limit's window is more exact than its 429; a quoted
configuration key is more exact than a generic wrapper's words.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from errorflow.classify._vendor_codes import _CHROMIUM_NET, _GECKO_NET
from tests.unit.classify.verdicts import verdict_of

_PLAYWRIGHT = "playwright._impl._errors.Error"
_CALL_LOG = '\nCall log:\n  - navigating to "{url}", waiting until "load"\n'


def _goto(code: str, url: str = "https://app.example.com/report") -> str:
    return f"Page.goto: net::ERR_{code} at {url}" + _CALL_LOG.format(url=url)


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # Chromium's net error names what failed; Playwright's one Error class says nothing (unknown before)
        (_PLAYWRIGHT, _goto("CONNECTION_REFUSED", "http://localhost:4173/"), None, Category.TRANSIENT,
         "vendor.chromium.CONNECTION_REFUSED"),
        (_PLAYWRIGHT, _goto("CERT_AUTHORITY_INVALID"), None, Category.PERMANENT,
         "vendor.chromium.CERT_AUTHORITY_INVALID"),
        (_PLAYWRIGHT, _goto("INSUFFICIENT_RESOURCES"), None, Category.RESOURCE,
         "vendor.chromium.INSUFFICIENT_RESOURCES"),
        (_PLAYWRIGHT, _goto("OUT_OF_MEMORY"), None, Category.RESOURCE, "vendor.chromium.OUT_OF_MEMORY"),
        # chromedriver relays the same code through Selenium's generic class
        ("selenium.common.exceptions.WebDriverException",
         "Message: unknown error: net::ERR_TOO_MANY_REDIRECTS\n  (Session info: chrome=121.0.6167.85)\n", None,
         Category.PERMANENT, "vendor.chromium.TOO_MANY_REDIRECTS"),
        # the W3C error's class: "not found" in its text (message.not_found, permanent) is the old node's
        ("selenium.common.exceptions.StaleElementReferenceException",
         "Message: stale element reference: stale element not found\n  (Session info: chrome=122.0.6261.94)\n", None,
         Category.TRANSIENT, "type.transient.webdriver_stale_element"),
        ("selenium.common.exceptions.ElementClickInterceptedException",
         "Message: element click intercepted: Element <button id=\"ok\">...</button> is not clickable at point "
         "(640, 912). Other element would receive the click: <div class=\"overlay\">...</div>\n", None,
         Category.PERMANENT, "type.permanent.webdriver_click_intercepted"),
        # a race with a navigation (unknown before)
        (_PLAYWRIGHT, "Page.evaluate: Execution context was destroyed, most likely because of a navigation", None,
         Category.TRANSIENT, "message.page_context_destroyed"),
        (_PLAYWRIGHT, "Locator.click: Frame was detached", None, Category.TRANSIENT, "message.page_context_destroyed"),
        # a crashed renderer: its memory (unknown before)
        ("selenium.common.exceptions.WebDriverException",
         "Message: unknown error: session deleted because of page crash\nfrom unknown error: cannot determine "
         "loading status\nfrom tab crashed\n  (Session info: chrome=121.0.6167.85)\n", None, Category.RESOURCE,
         "message.renderer_crashed"),
        (_PLAYWRIGHT, "Page.goto: Page crashed", None, Category.RESOURCE, "message.renderer_crashed"),
        # LDAP result 49 with AD's "data 775" (a locked account): the class pattern *Invalid* said validation
        ("ldap3.core.exceptions.LDAPInvalidCredentialsResult",
         "LDAPInvalidCredentialsResult - 49 - invalidCredentials - None - 80090308: LdapErr: DSID-0C090439, "
         "comment: AcceptSecurityContext error, data 775, v4563 - bindResponse - None", None, Category.PERMANENT,
         "type.permanent.ldap_auth"),
        # ... and named by a retry wrapper, by its short name
        ("tenacity.RetryError", "RetryError[<Future at 0x7f00 state=finished raised LDAPInvalidCredentialsResult>]",
         None, Category.PERMANENT, "type.permanent.ldap_auth"),
        ("ldap3.core.exceptions.LDAPInvalidDNSyntaxResult", "LDAPInvalidDNSyntaxResult - 34 - invalidDNSyntax - "
         "None - 0000208F: NameErr: DSID-03100225, problem 2006 (BAD_NAME)", None, Category.VALIDATION,
         "type.validation.ldap_entry"),
        # trio's deadline, with no message at all (unknown before); a resource this code closed itself
        ("trio.TooSlowError", "", None, Category.TRANSIENT, "type.transient.deadline"),
        ("trio.ClosedResourceError", "this stream was already closed", None, Category.PERMANENT,
         "type.permanent.resource_misuse"),
        # CPython's own limits and states raised as ValueError (base.validation.values said validation)
        ("builtins.ValueError", "signal only works in main thread of the main interpreter", None, Category.PERMANENT,
         "message.main_thread_only"),
        ("builtins.ValueError", "too many file descriptors in select()", None, Category.RESOURCE,
         "message.select_descriptor_limit"),
        # input() without a stdin: "EOF" (message.retry) said transient
        ("builtins.EOFError", "EOF when reading a line", None, Category.PERMANENT, "message.stdin_closed"),
        # loky's broken pool whose cause is an unpicklable result (unknown before)
        ("joblib.externals.loky.process_executor.BrokenProcessPool", "A result has failed to un-serialize. Please "
         "ensure that the objects returned by the function are always picklable.", None, Category.PERMANENT,
         "message.unpicklable_task"),
        # a malformed URL scheme in the input: "unsupported" (message.denied) said permanent
        ("scrapy.exceptions.NotSupported", "Unsupported URL scheme 'htps': no handler available for that scheme",
         None, Category.VALIDATION, "message.unsupported_url_scheme"),
        # limits' window: a day is a quota (the 429 said transient), a minute or an hour stays a rate
        ("flask_limiter.errors.RateLimitExceeded", "429 Too Many Requests: 1000 per 1 day", 429, Category.RESOURCE,
         "message.limit_per_days"),
        ("flask_limiter.errors.RateLimitExceeded", "429 Too Many Requests: 10 per 1 minute", 429,
         Category.TRANSIENT, "http.429"),
        ("flask_limiter.errors.RateLimitExceeded", "429 Too Many Requests: 100 per 1 hour", 429, Category.TRANSIENT,
         "http.429"),
        # twisted prints the errno between its docstring and the strerror: the class pattern said transient
        ("twisted.internet.error.ConnectError", "An error occurred while connecting: 99: Cannot assign requested "
         "address.", None, Category.RESOURCE, "errno.EADDRNOTAVAIL"),
        ("twisted.internet.error.ConnectionRefusedError", "Connection was refused by other side: 111: Connection "
         "refused.", None, Category.TRANSIENT, "errno.ECONNREFUSED"),
        # a quoted configuration key that is not set: a wrapper's "must be" alone was unknown
        ("builtins.RuntimeError", "Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' must be set.", None,
         Category.PERMANENT, "type.permanent.config_key_unset"),
    ],
)  # fmt: skip
def test_specific_evidence_over_the_generic_class(
    clf: Classifier, exc_type: str, message: str, status: int | None, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (expected, rule_id)


def test_paypal_issue_refines_the_422_it_is_sent_with(clf: Classifier) -> None:
    """The details' issue names the reason; the 422 (validation) and the name UNPROCESSABLE_ENTITY only its family."""
    body = (
        'Failed. Response status: 422. Response message: Unprocessable Entity. Error message: {{"name":'
        '"UNPROCESSABLE_ENTITY","details":[{{"issue":"{issue}","description":"..."}}],"message":"The requested action '
        'could not be performed, semantically incorrect, or failed business validation.","debug_id":"b2e7c91f04a3d"}}'
    )
    exc_type = "paypalrestsdk.exceptions.ResourceInvalid"
    restricted = verdict_of(clf, exc_type, body.format(issue="PAYEE_ACCOUNT_RESTRICTED"), 422)
    assert restricted == (Category.PERMANENT, "vendor.paypal.PAYEE_ACCOUNT_RESTRICTED")
    declined = verdict_of(clf, exc_type, body.format(issue="INSTRUMENT_DECLINED"), 422)
    assert declined == (Category.VALIDATION, "vendor.paypal.INSTRUMENT_DECLINED")


def test_every_chromium_code_is_read_as_chromium_prints_it(clf: Classifier) -> None:
    """Each row is reachable from ``net::ERR_<CODE>`` (two codes normalising alike would shadow one another)."""
    for code, category, _, _ in _CHROMIUM_NET:
        assert verdict_of(clf, _PLAYWRIGHT, _goto(code)) == (Category(category), f"vendor.chromium.{code}")


@pytest.mark.parametrize(
    "message",
    [
        _goto("ABORTED"),  # a navigation interrupted by another one or by a download: no code of its own
        _goto("NAME_NOT_RESOLVED"),  # a name that does not exist, or a resolver that failed for now
        "ERR_CONNECTION_REFUSED",  # not spelled as Chromium prints it
    ],
)
def test_chromium_codes_of_several_cases_and_bare_names_are_no_evidence(clf: Classifier, message: str) -> None:
    _, rule_id = verdict_of(clf, _PLAYWRIGHT, message)
    assert not rule_id.startswith("vendor.chromium.")


@pytest.mark.parametrize(
    "message",
    [
        "'user_id' must be set",  # an argument, not a configuration key
        "Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' is deprecated",  # named, but not said to be unset
    ],
)
def test_only_an_unset_configuration_key_is_missing_configuration(clf: Classifier, message: str) -> None:
    _, rule_id = verdict_of(clf, "builtins.RuntimeError", message)
    assert rule_id != "type.permanent.config_key_unset"


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # Firefox's codes behind Playwright's one generic class (unknown before)
        (_PLAYWRIGHT, "Page.goto: NS_ERROR_CONNECTION_REFUSED", Category.TRANSIENT,
         "vendor.gecko.NS_ERROR_CONNECTION_REFUSED"),
        (_PLAYWRIGHT, "Page.goto: SEC_ERROR_UNKNOWN_ISSUER", Category.PERMANENT,
         "vendor.gecko.SEC_ERROR_UNKNOWN_ISSUER"),
        # the W3C errors of the script: "invalid" in their text (message.invalid) said validation
        ("selenium.common.exceptions.InvalidSelectorException",
         "Message: invalid selector: An invalid or illegal selector was specified", Category.PERMANENT,
         "type.permanent.webdriver_script"),
        ("selenium.common.exceptions.UnexpectedAlertPresentException",
         "Alert Text: Are you sure?\nMessage: unexpected alert open: {Alert text : Are you sure?}", Category.PERMANENT,
         "type.permanent.webdriver_script"),
        ("selenium.common.exceptions.SessionNotCreatedException",
         "Message: session not created: This version of ChromeDriver only supports Chrome version 114\nCurrent "
         "browser version is 120.0.6099.109", Category.PERMANENT, "type.permanent.webdriver_setup"),
        # Playwright's strictness and a host without the browser's libraries ("missing" said validation)
        (_PLAYWRIGHT, 'Locator.click: Error: strict mode violation: get_by_role("button") resolved to 2 elements',
         Category.PERMANENT, "message.locator_strictness"),
        (_PLAYWRIGHT, "BrowserType.launch: \nHost system is missing dependencies to run browsers.\nPlease install "
         "them with the following command:\n    sudo playwright install-deps\n", Category.PERMANENT,
         "message.browser_host_dependencies"),
        # a bind refused for its credentials: LDAPBindError's own words are unknown
        ("ldap3.core.exceptions.LDAPBindError", "automatic bind not successful - invalidCredentials",
         Category.PERMANENT, "type.permanent.ldap_bind_refused"),
        # a listening socket whose port another process holds: EADDRINUSE alone said transient
        ("twisted.internet.error.CannotListenError",
         "Couldn't listen on any:8080: [Errno 98] Address already in use.", Category.PERMANENT,
         "message.twisted_cannot_bind"),
    ],
)  # fmt: skip
def test_browser_directory_and_listener_setup(
    clf: Classifier, exc_type: str, message: str, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (expected, rule_id)


def test_every_gecko_code_is_read_as_playwright_prints_it(clf: Classifier) -> None:
    for code, category, _, _ in _GECKO_NET:
        assert verdict_of(clf, _PLAYWRIGHT, f"Page.goto: {code}") == (Category(category), f"vendor.gecko.{code}")


def test_ldap_bind_of_a_busy_server_is_not_a_refused_credential(clf: Classifier) -> None:
    _, rule_id = verdict_of(clf, "ldap3.core.exceptions.LDAPBindError", "automatic bind not successful - busy")
    assert rule_id != "type.permanent.ldap_bind_refused"


def _paypal_422(issue: str) -> str:
    return (
        'Failed. Response status: 422. Response message: Unprocessable Entity. Error message: {"name":'
        f'"UNPROCESSABLE_ENTITY","details":[{{"issue":"{issue}"}}],"debug_id":"b2e7c91f04a3d"}}'
    )


def _adyen(body: str) -> str:
    return (
        "AdyenAPICommunicationError:Unexpected error while communicating with Adyen. Received the response data:"
        f"'{body}', HTTP Code:'422'. Please reach out to support@adyen.com if the problem persists"
    )


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "expected", "rule_id"),
    [
        # the merchant's compliance hold behind a 422 (validation by the status)
        ("paypalrestsdk.exceptions.ResourceInvalid", _paypal_422("COMPLIANCE_VIOLATION"), 422, Category.PERMANENT,
         "vendor.paypal.COMPLIANCE_VIOLATION"),
        # Adyen's errorType behind a 422 or a 500 (validation or transient by the status)
        ("Adyen.exceptions.AdyenAPIResponseError", _adyen('{"status":422,"errorCode":"999","message":"Invalid '
         'Merchant","errorType":"security"}'), 422, Category.PERMANENT, "vendor.adyen.TYPE_security"),
        ("Adyen.exceptions.AdyenAPIResponseError", _adyen('{"status":500,"errorCode":"905","message":"Payment '
         'details are not supported","errorType":"configuration"}'), 500, Category.PERMANENT,
         "vendor.adyen.TYPE_configuration"),
        ("Adyen.exceptions.AdyenAPICommunicationError", _adyen('{"status":422,"errorCode":"101","message":"Invalid '
         'card number","errorType":"validation"}'), 422, Category.VALIDATION, "vendor.adyen.TYPE_validation"),
        # ... and its code before its type: an idempotent request still in progress (validation by its type)
        ("Adyen.exceptions.AdyenAPIResponseError", _adyen('{"status":422,"errorCode":"704","message":"request '
         'already processed or in progress","errorType":"validation"}'), 422, Category.TRANSIENT, "vendor.adyen.704"),
        # classes whose meaning is fixed, with empty or generic messages ("missing", "invalid" said validation)
        ("braintree.exceptions.configuration_error.ConfigurationError", "Missing merchant_id", None,
         Category.PERMANENT, "type.permanent.library_setup"),
        ("sentry_sdk.utils.BadDsn", "Missing public key", None, Category.PERMANENT, "type.permanent.library_setup"),
        ("rq.exceptions.InvalidJobOperation", "Job is not currently executing", None, Category.PERMANENT,
         "type.permanent.library_misuse"),
        ("h11._util.LocalProtocolError", "Too much data for declared Content-Length", None, Category.PERMANENT,
         "type.permanent.library_misuse"),
        ("rq.exceptions.ShutDownImminentException", "shut down imminent (signal: SIGTERM)", None,
         Category.TRANSIENT, "type.transient.worker_shutdown"),
        ("starlette.formparsers.MultiPartException", "Too many files. Maximum number of files is 1000.", None,
         Category.VALIDATION, "type.validation.multipart_body"),
        ("gevent.exceptions.ConcurrentObjectUseError", "This socket is already used by another greenlet: <bound "
         "method Waiter.switch of <Waiter object at 0x7f>>", None, Category.PERMANENT,
         "type.permanent.greenlet_misuse"),
        ("joblib.externals.loky.process_executor.ShutdownExecutorError",
         "cannot schedule new futures after shutdown", None, Category.PERMANENT, "type.permanent.executor_shut_down"),
        # a timeout word and a deadlock word that name async misuse (message.network, message.db_concurrency)
        ("builtins.RuntimeError", "Timeout context manager should be used inside a task", None, Category.PERMANENT,
         "message.async_misuse"),
        ("builtins.RuntimeError", "Single thread executor already being used, would deadlock", None,
         Category.PERMANENT, "message.async_misuse"),
        # asyncio's and threading's checks of what the code hands them ("expected", "required" said validation)
        ("builtins.TypeError", "An asyncio.Future, a coroutine or an awaitable is required", None, Category.PERMANENT,
         "message.async_misuse"),
        ("builtins.ValueError", "BoundedSemaphore released too many times", None, Category.PERMANENT,
         "message.async_misuse"),
        # a rate-limit string that does not parse (message.rate_limited said transient)
        ("builtins.ValueError", "couldn't parse rate limit string '10 perminute'", None, Category.PERMANENT,
         "message.rate_limit_string"),
        ("builtins.RuntimeError", "A secret key is required to use CSRF.", None, Category.PERMANENT,
         "message.secret_key_unset"),
        # Braintree's declines as applications raise them (unknown on a wrapper, a bug by RuntimeError before)
        ("builtins.Exception", "Braintree transaction failed: Processor Declined (2001: Insufficient Funds)", None,
         Category.VALIDATION, "message.processor_declined"),
        ("builtins.RuntimeError", "Gateway Rejected: cvv", None, Category.VALIDATION, "message.processor_declined"),
    ],
)  # fmt: skip
def test_payment_bodies_and_application_libraries(
    clf: Classifier, exc_type: str, message: str, status: int | None, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (expected, rule_id)


@pytest.mark.parametrize(
    ("exc_type", "message", "expected", "rule_id"),
    [
        # a browser that cannot start without a sandbox: "browser has been closed" (message.retry) said transient
        (_PLAYWRIGHT, "BrowserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n"
         "[pid=123][err] [0101/000000.000:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox!",
         Category.PERMANENT, "message.browser_host_dependencies"),
        # the page's own script failing (unknown before)
        (_PLAYWRIGHT, "Page.evaluate: TypeError: Cannot read properties of null (reading 'innerText')\n    at eval",
         Category.PERMANENT, "message.page_script_error"),
        # LDAP client setup and an operation before any bind ("invalid", "must" said validation)
        ("ldap3.core.exceptions.LDAPSSLConfigurationError", "invalid CA public key file", Category.PERMANENT,
         "type.permanent.ldap_client_setup"),
        ("ldap3.core.exceptions.LDAPOperationsErrorResult", "LDAPOperationsErrorResult - 1 - operationsError - None - "
         "000004DC: LdapErr: DSID-0C090A5C, comment: In order to perform this operation a successful bind must be "
         "completed on the connection., data 0, v4563", Category.PERMANENT, "message.ldap_bind_missing"),
        # an interactive sign-in an unattended run cannot do ("required" said validation)
        ("azure.identity.AuthenticationRequiredError", "Interactive authentication is required to get a token. Call "
         "'authenticate' to begin.", Category.PERMANENT, "type.permanent.interactive_sign_in"),
        # twisted's Agent without a handler for the URL's scheme ("unsupported" said permanent)
        ("twisted.web.error.SchemeNotSupported", "Unsupported scheme: b'htps'", Category.VALIDATION,
         "type.validation.url_scheme"),
    ],
)  # fmt: skip
def test_launch_page_and_client_setup(
    clf: Classifier, exc_type: str, message: str, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (expected, rule_id)


def test_an_expired_csrf_token_is_the_forms_not_a_failed_authentication(clf: Classifier) -> None:
    """flask-wtf's 400 for a stale form token was read as an expired credential (permanent); a credential still is."""
    csrf, _ = verdict_of(clf, "flask_wtf.csrf.CSRFError", "400 Bad Request: The CSRF token has expired.", 400)
    assert csrf is not Category.PERMANENT
    assert verdict_of(clf, "builtins.Exception", "Your session token has expired")[0] is Category.PERMANENT
