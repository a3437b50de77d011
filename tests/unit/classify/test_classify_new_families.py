"""Families the fourteenth corpus batch brought, read from each vendor's own list of codes, classes and templates.

Each case is a text in the format the library prints, built from its source or documentation (not a corpus item),
with the evidence that decides it and, where the rule is new, what weaker evidence said without it: the rule's
reason to exist (issue 10: specific structured evidence first, phrases anchored to their meaning).
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from errorflow.classify._vendor_codes import MESSAGE_CODES, SOURCES
from errorflow.classify.defaults import default_rules

from .verdicts import verdict_of

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

# facebook_business/exceptions.py FacebookRequestError.__init__'s text, around the Graph API's error body.
_GRAPH = (
    "\n\n  Message: Call was not successful\n  Method:  GET\n  Path:    https://graph.facebook.com/v21.0/me\n"
    '  Params:  {{}}\n\n  Status:  {status}\n  Response:\n    {{\n      "error": {{\n        "message": '
    '"{message}",\n        "type": "OAuthException",\n        "code": {code},\n{subcode}'
    '        "fbtrace_id": "AbCdEf"\n      }}\n    }}\n'
)


def _graph(status: int, message: str, code: int, subcode: int | None = None) -> str:
    extra = f'        "error_subcode": {subcode},\n' if subcode is not None else ""
    return _GRAPH.format(status=status, message=message, code=code, subcode=extra)


# The rules this family's work added, by id: without them the weaker evidence speaks (one classifier for all cases).
_NEW = re.compile(
    r"vendor\.(?:foundationdb|netcdf|neptune)\.|type\.\w+\.(?:python_ldap_|pyav_|geos_|shapely_|geospatial_|libvirt_|"
    r"meta_graph_|gremlin_status|proj_)|message\.(?:slurm_|unix_socket_missing|port_range_exhausted|"
    r"count_would_exceed_limit|reduce_data_then_retry|forgot_setup_call|pipeline_|gremlin_evaluation_timeout)"
)


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without those added for these families, to show what weaker evidence says."""
    return Classifier(disable=[rule.id for rule in default_rules() if _NEW.match(rule.id)], cache_size=0)


def _weaker(before: Classifier, exc_type: str, message: str, status: int | None = None) -> Category:
    return before.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status)).category


def test_every_message_code_row_cites_a_source_and_is_one_rule_per_category() -> None:
    ids = {rule.id for rule in default_rules()}
    for vendor, _, template, rows in MESSAGE_CODES:
        assert "{codes}" in template
        assert len({code for code, _, _, _ in rows}) == len(rows), vendor  # one category per code
        for code, category, source, note in rows:
            assert source in SOURCES and note.strip(), (vendor, code)
            assert f"vendor.{vendor}.{category}" in ids


# ---- vendor codes read from the message's own shape, over the phrases around them
@pytest.mark.parametrize(
    ("exc_type", "message", "label", "rule", "weaker"),
    [
        # FoundationDB's code after the description (FDBError "%s (%d)"): the count limit has no phrase of its own
        ("fdb.impl.FDBError", "b'Too many watches currently set' (1032)", R, "vendor.foundationdb.resource", U),
        # an option the client sets wrongly is its setup, where the general "invalid" says bad input
        ("fdb.impl.FDBError", "b'Option set with an invalid value' (2006)", P, "vendor.foundationdb.permanent", V),
        ("fdb.impl.FDBError", "b'Value length exceeds limit' (2103)", V, "vendor.foundationdb.validation", U),
        ("fdb.impl.FDBError", "b'Request for future version' (1009)", T, "vendor.foundationdb.transient", U),
        # netCDF-C's status as netCDF4-python raises it with a file name: a file that is not netCDF is the input's,
        # where OSError alone says a bug
        (
            "builtins.OSError",
            "[Errno -51] NetCDF: Unknown file format: '/incoming/a.nc'",
            V,
            "vendor.netcdf.validation",
            P,
        ),
        (
            "builtins.OSError",
            "[Errno -78] NetCDF: Authorization failure: 'https://x/a.nc'",
            P,
            "vendor.netcdf.permanent",
            P,
        ),
    ],
)
def test_a_code_in_the_message_s_shape_decides(
    clf: Classifier, before: Classifier, exc_type: str, message: str, label: Category, rule: str, weaker: Category
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule)
    assert _NEW.match(rule)
    assert _weaker(before, exc_type, message) is weaker


def test_a_foundationdb_number_elsewhere_is_no_code(clf: Classifier) -> None:
    # the table is read on FoundationDB's classes only: another library's "(1020)" is not a conflict to retry
    verdict = clf.classify(ErrorSignal(exc_type="builtins.ValueError", message="bad row count (1020)"))
    assert verdict.rule_id != "vendor.foundationdb.transient"


def test_neptune_s_code_is_read_in_its_error_body(clf: Classifier, before: Classifier) -> None:
    # gremlinpython prints "<status>: <Neptune's JSON body>"; the status 400 alone would say bad input
    message = (
        '400: {"requestId":"e2d4","code":"ReadOnlyViolationException","detailedMessage":"The request is rejected '
        'because it violates some read-only restriction, such as a designation of a replica as read-only."}'
    )
    exc_type = "gremlin_python.driver.protocol.GremlinServerError"
    assert verdict_of(clf, exc_type, message) == (P, "vendor.neptune.ReadOnlyViolationException")
    # without the table, the code's words still say it (session 17: a labelled code read by the code patterns,
    # "*READONLY*"), only by a weaker rule: the exact row decides first
    weaker = before.classify(ErrorSignal(exc_type=exc_type, message=message))
    assert (weaker.category, weaker.rule_id) == (P, "code.read_only")
    # AWS's own AccessDenied is still AWS's, in AWS's printed format
    assert (
        verdict_of(
            clf,
            "botocore.exceptions.ClientError",
            "An error occurred (AccessDeniedException) when calling the X operation",
        )[0]
        is P
    )


# ---- classes named after a code space
@pytest.mark.parametrize(
    ("exc_type", "message", "label", "rule", "weaker"),
    [
        # python-ldap raises one class per LDAP result (RFC 4511): "Can't contact LDAP server" had no phrase
        (
            "ldap.SERVER_DOWN",
            "{'result': -1, 'desc': \"Can't contact LDAP server\", 'errno': 107, 'ctrls': []}",
            T,
            "type.transient.python_ldap_server",
            U,
        ),
        (
            "ldap.UNDEFINED_TYPE",
            "{'msgtype': 103, 'msgid': 4, 'result': 17, 'desc': 'Undefined attribute type', "
            "'ctrls': [], 'info': 'mail2: attribute type undefined'}",
            V,
            "type.validation.python_ldap_entry",
            U,
        ),
        # PyAV's classes for FFmpeg's AVERROR codes: a decoder this build lacks is the environment's
        ("av.error.DecoderNotFoundError", "[Errno 1094927360] Decoder not found", P, "type.permanent.pyav_build", P),
        (
            "av.error.InvalidDataError",
            "[Errno 1094995529] Invalid data found when processing input: 'up.mp4'",
            V,
            "type.validation.pyav_input",
            V,
        ),
        # shapely's GEOSException led by GEOS's class: the geometry given
        (
            "shapely.errors.GEOSException",
            "TopologyException: Input geom 1 is invalid: Self-intersection at 1 2",
            V,
            "type.validation.geos_input",
            V,
        ),
        # (the retry bag used to read "closed" here as a closed connection: now nothing else decides)
        (
            "shapely.errors.GEOSException",
            "IllegalArgumentException: Points of LinearRing do not form a closed linestring",
            V,
            "type.validation.geos_input",
            U,
        ),
    ],
)
def test_a_class_named_after_its_code_decides(
    clf: Classifier, before: Classifier, exc_type: str, message: str, label: Category, rule: str, weaker: Category
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule)
    assert _NEW.match(rule)
    assert _weaker(before, exc_type, message) is weaker


def test_pyav_s_end_of_file_is_the_input_s_only_for_a_local_file(clf: Classifier) -> None:
    assert verdict_of(clf, "av.error.EOFError", "[Errno 541478725] End of file: 'notes/vn_1.ogg'") == (
        V,
        "type.validation.pyav_file_ended",
    )
    # a stream that ends over the network is not a truncated file: nothing decides it here
    assert verdict_of(clf, "av.error.EOFError", "[Errno 541478725] End of file: 'rtmp://live.example/app/k'")[0] is U


@pytest.mark.parametrize(
    ("message", "label", "rule", "weaker"),
    [
        # libvirt's templates, on libvirtError: a host network that is not started is the host's setup, where the
        # general "not valid" says bad input
        (
            "Requested operation is not valid: network 'default' is not active",
            P,
            "type.permanent.libvirt_missing_or_refused",
            V,
        ),
        (
            "Storage pool not found: no storage pool with matching name 'ssd'",
            P,
            "type.permanent.libvirt_missing_or_refused",
            P,
        ),
        ("Timed out during operation: cannot acquire state change lock", T, "type.transient.libvirt_busy", T),
        # a state the request does not fit stays with the general reading
        ("Requested operation is not valid: domain is already running", V, "message.invalid", V),
    ],
)
def test_libvirt_s_templates(
    clf: Classifier, before: Classifier, message: str, label: Category, rule: str, weaker: Category
) -> None:
    assert verdict_of(clf, "libvirt.libvirtError", message) == (label, rule)
    assert _weaker(before, "libvirt.libvirtError", message) is weaker


@pytest.mark.parametrize(
    ("message", "label", "rule", "weaker"),
    [
        # the Graph API's code in its body decides over the 400's family and the words around it
        (
            _graph(400, "Error validating access token: Session has expired on Tuesday.", 190, 463),
            P,
            "type.permanent.meta_graph_code",
            P,
        ),
        (_graph(400, "Duplicate status message", 506), V, "type.validation.meta_graph_code", V),
        (
            _graph(500, "An unexpected error has occurred. Please retry your request later.", 2),
            T,
            "type.transient.meta_graph_code",
            T,
        ),
        # 100 with subcode 33: an object id that does not exist, not a bad parameter (code 100 alone is one)
        (
            _graph(400, "Unsupported get request. Object with ID '1182' does not exist", 100, 33),
            P,
            "type.permanent.meta_graph_object_missing",
            P,
        ),
        (
            _graph(400, "Unsupported get request. Object with ID '1182' does not exist", 100),
            V,
            "type.validation.meta_graph_code",
            P,
        ),
    ],
)
def test_the_graph_api_s_code_decides(
    clf: Classifier, before: Classifier, message: str, label: Category, rule: str, weaker: Category
) -> None:
    exc_type = "facebook_business.exceptions.FacebookRequestError"
    status = 500 if "Status:  500" in message else 400
    assert verdict_of(clf, exc_type, message, status) == (label, rule)
    assert _weaker(before, exc_type, message, status) is weaker


def test_gremlin_server_s_status_decides_where_no_neptune_code_does(clf: Classifier) -> None:
    exc_type = "gremlin_python.driver.protocol.GremlinServerError"
    assert verdict_of(clf, exc_type, "598: Timeout during script evaluation") == (T, "type.transient.gremlin_status")
    assert verdict_of(clf, exc_type, "499: Invalid bindings") == (V, "type.validation.gremlin_status")
    # 597 (the script failed) says nothing of its own: the text decides
    assert verdict_of(
        clf, exc_type, "597: Script evaluation exceeded the configured threshold of evaluationTimeout at 30000 ms"
    ) == (T, "message.gremlin_evaluation_timeout")


# ---- a command runner's wrapper: the stderr it carries decides, over RuntimeError's weak "bug"
_SBATCH = "sbatch exited with status 1: sbatch: error: Batch job submission failed: "


@pytest.mark.parametrize(
    ("message", "label", "rule"),
    [
        (_SBATCH + "Unable to contact slurm controller (connect failure)", T, "message.slurm_controller_unreachable"),
        (
            "sbatch exited with status 1: sbatch: error: QOSMaxSubmitJobPerUserLimit\nsbatch: error: Batch job "
            "submission failed: Job violates accounting/QOS policy (job submit limit, user's size and/or time limits)",
            R,
            "message.slurm_job_count_limit",
        ),
        (
            _SBATCH + "Requested time limit is invalid (missing or exceeds some limit)",
            V,
            "message.slurm_request_invalid",
        ),
        (_SBATCH + "Invalid account or account/partition combination specified", P, "message.slurm_setup"),
        # srun's "Unable to allocate resources:" prefix is no memory failure: the reason after it decides
        ("srun: error: Unable to allocate resources: Invalid partition name specified", P, "message.slurm_setup"),
    ],
)
def test_slurm_s_stderr_decides_behind_a_wrapper(
    clf: Classifier, before: Classifier, message: str, label: Category, rule: str
) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule)
    assert _weaker(before, "builtins.RuntimeError", message) is not label


def test_slurm_s_accounting_policy_alone_names_no_capacity(clf: Classifier) -> None:
    # the text names a job count, size and time limit at once: not a memory allocation that failed
    message = (
        "srun: error: Unable to allocate resources: Job violates accounting/QOS policy (job submit limit, user's size "
        "and/or time limits)"
    )
    assert verdict_of(clf, "builtins.RuntimeError", message)[0] is not R


# ---- weak phrases anchored to their meaning
@pytest.mark.parametrize(
    ("exc_type", "message", "label"),
    [
        # "closed" said of a shape is no closed connection (the bag used to win): only the ValueError's own reading
        # is left, too weak alone (test_classify_weak_evidence.py), so unknown
        ("builtins.ValueError", "Points of LinearRing do not form a closed linestring", U),
        # "connection" naming a setting is no link failure
        ("builtins.ValueError", "connection string must start with postgres://", U),
        # a warning that memory allocation may fail is no allocation that failed
        (
            "builtins.ValueError",
            "[E088] Text of length 1384217 exceeds maximum of 1000000. The parser and NER models "
            "require roughly 1GB of temporary memory per 100,000 characters in the input. This means long texts may "
            "cause memory allocation errors.",
            U,
        ),
    ],
)
def test_a_weak_word_about_something_else_does_not_decide(
    clf: Classifier, exc_type: str, message: str, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message)[0] is label


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("paramiko.ssh_exception.SSHException", "Channel closed."),
        ("sqlalchemy.exc.InterfaceError", "(psycopg2.InterfaceError) connection already closed"),
        ("builtins.Exception", "the stream was closed by the server"),
    ],
)
def test_a_closed_link_is_still_transient(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is T


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "label", "rule", "weaker"),
    [
        # a count that accumulates past a container's limit is a capacity, over the 400's family
        (
            "gspread.exceptions.APIError",
            "APIError: [400]: This action would increase the number of cells in the "
            "workbook above the limit of 10000000 cells.",
            400,
            R,
            "message.count_would_exceed_limit",
            V,
        ),
        # an instruction to ask for less before retrying: the same request keeps failing, whatever "retry" says
        (
            "facebook_business.exceptions.FacebookRequestError",
            _graph(500, "Please reduce the amount of data you're asking for, then retry your request", 1),
            500,
            V,
            "message.reduce_data_then_retry",
            T,
        ),
        # a Unix socket that does not exist: no daemon listens there, where "failed to connect" says a network blip
        (
            "libvirt.libvirtError",
            "Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory",
            None,
            P,
            "message.unix_socket_missing",
            T,
        ),
        # a port range used up is a capacity, where "unable to find" says a missing thing
        (
            "libvirt.libvirtError",
            "internal error: Unable to find an unused port in range 'display' (5900-65535)",
            None,
            R,
            "message.port_range_exhausted",
            P,
        ),
        # an API used before its setup step, where ValueError says bad input
        (
            "builtins.ValueError",
            "[E109] Component 'textcat' could not be run. Did you forget to call `initialize()`?",
            None,
            P,
            "message.forgot_setup_call",
            U,  # the ValueError class alone, too weak to decide (test_classify_weak_evidence.py)
        ),
    ],
)
def test_an_anchored_phrase_decides_over_a_weaker_reading(
    clf: Classifier,
    before: Classifier,
    exc_type: str,
    message: str,
    status: int | None,
    label: Category,
    rule: str,
    weaker: Category,
) -> None:
    assert verdict_of(clf, exc_type, message, status) == (label, rule)
    assert _weaker(before, exc_type, message, status) is weaker


def test_proj_s_database_missing_is_the_installation(clf: Classifier, before: Classifier) -> None:
    exc_type = "pyproj.exceptions.CRSError"
    missing = "Invalid projection: EPSG:4326: (Internal Proj Error: proj_create: no database context specified)"
    unknown_code = "Invalid projection: EPSG:99999: (Internal Proj Error: proj_create: crs not found)"
    assert verdict_of(clf, exc_type, missing) == (P, "type.permanent.proj_database_missing")
    assert _weaker(before, exc_type, missing) is V
    assert verdict_of(clf, exc_type, unknown_code) == (V, "type.validation.proj_crs_unknown")
    assert _weaker(before, exc_type, unknown_code) is P
