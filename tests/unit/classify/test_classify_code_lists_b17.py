"""The seventeenth batch's families as data (session 19): each library's own code list or exception hierarchy.

OPC UA's status codes (asyncua's classes named after them), Kerberos 5's error table (python-gssapi's minor status),
Tarantool's box error codes, Firebird's gds codes and Reddit's API error names (each where its Python client prints
them), Presto's error names (read with Trino's table), and the exception classes and templates of GitPython, pylibmc,
PyNaCl, geoip2, opencage, typeguard, python-jose and rasterio. The cases use codes and texts no corpus item carries
(checked below), with what the weaker evidence (a phrase, a class-name pattern) says without the tables.
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier
from errorflow.classify._vendor_codes import MESSAGE_CODES, SOURCES, VENDOR_CODES
from errorflow.classify.defaults import default_rules

from .verdicts import corpora_text, decides_over, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_MESSAGE_TABLES = ("krb5", "tarantool", "firebird", "reddit")
_NEW = re.compile(
    r"vendor\.(?:opcua|krb5|tarantool|firebird|reddit)\."
    r"|type\.\w+\.(?:account_or_memory_exhausted|input_refused|gitpython_setup|seventeenth_setup"
    r"|nacl_ciphertext|jose_malformed|gdal_unrecognized_format)$"
)
# python-gssapi's GSSError.__str__ (gssapi/raw/misc.pyx) for a GSS_S_FAILURE with a Kerberos minor status
_GSS = "Major (851968): Unspecified GSS failure.  Minor code may provide more information, Minor ({}): {}"
# fdb's DatabaseError args (fdb/fbcore.py exception_from_status): the status lines, the SQLCODE and the gds code
_FDB = "('Error while executing SQL statement:\\n- SQLCODE: {0}\\n- {1}', {0}, {2})"
# presto-python-client's PrestoQueryError.__repr__ (prestodb/exceptions.py)
_PRESTO = 'PrestoUserError(type=USER_ERROR, name={}, message="{}", query_id=20241201_000100_00001_abcde)'


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without these tables and classes, to show what the weaker evidence says."""
    return without_rules(_NEW)


def test_every_row_cites_its_source_and_one_category_per_code() -> None:
    ids = {rule.id for rule in default_rules()}
    tables = [rows for vendor, _, rows in VENDOR_CODES if vendor == "opcua"]
    tables += [rows for vendor, _, _, rows in MESSAGE_CODES if vendor in _MESSAGE_TABLES]
    assert len(tables) == 5
    for rows in tables:
        assert len({code for code, _, _, _ in rows}) == len(rows)
        for code, category, source, note in rows:
            assert category in ("transient", "resource", "validation", "permanent")
            assert source in SOURCES and note.strip(), code
    assert {f"vendor.opcua.{code}" for code, _, _, _ in tables[0]} <= ids
    assert {
        f"vendor.{vendor}.{category}" for vendor in _MESSAGE_TABLES for category in ("transient", "permanent")
    } <= ids


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id", "label"),
    [
        (
            "asyncua.ua.uaerrors._auto.BadNotReadable",
            "The access level does not allow reading or subscribing to the Node.(BadNotReadable)",
            "vendor.opcua.BadNotReadable",
            P,
        ),
        (
            "asyncua.ua.uaerrors._auto.BadTooManyOperations",
            "The request could not be processed because it specified too many operations.(BadTooManyOperations)",
            "vendor.opcua.BadTooManyOperations",
            V,
        ),
        ("gssapi.raw.misc.GSSError", _GSS.format(2529638943, "Decrypt integrity check failed"),
         "vendor.krb5.permanent", P),
        ("tarantool.error.DatabaseError", "(109, 'Wrong schema version, current: 81, in request: 80')",
         "vendor.tarantool.transient", T),
        ("tarantool.error.DatabaseError", "(61, 'Local server is not active')", "vendor.tarantool.transient", T),
        ("fdb.fbcore.DatabaseError", _FDB.format(-615, "lock on table ORDERS conflicts with existing lock", 335544475),
         "vendor.firebird.transient", T),
        ("fdb.fbcore.DatabaseError", _FDB.format(-906, "Maximum user count exceeded.", 335544744),
         "vendor.firebird.resource", R),
        ("fdb.fbcore.DatabaseError",
         _FDB.format(-204, "Dynamic SQL Error\\n- Procedure unknown\\n- SYNC_ORDERS", 335544581),
         "vendor.firebird.permanent", P),
        ("praw.exceptions.RedditAPIException", "BAD_SR_NAME: \"that name isn't going to work\" on field 'name'",
         "vendor.reddit.validation", V),
        ("praw.exceptions.RedditAPIException", "CONFLICT: 'conflict error while saving' on field 'content'",
         "vendor.reddit.transient", T),
        ("pylibmc.AllocationError", "", "type.resource.account_or_memory_exhausted", R),
        ("nacl.exceptions.CryptoError", "An error occurred trying to decrypt the message",
         "type.validation.nacl_ciphertext", V),
        ("jose.exceptions.JWTError", "Error decoding token claims.", "type.validation.jose_malformed", V),
        ("rasterio.errors.RasterioIOError", "'/tmp/in/scan.jp2' not recognized as being in a supported file format.",
         "type.validation.gdal_unrecognized_format", V),
    ],
)  # fmt: skip
def test_a_code_nobody_collected_decides_where_nothing_else_does(
    clf: Classifier, before: Classifier, exc_type: str, message: str, rule_id: str, label: Category
) -> None:
    decides_over(clf, before, exc_type, message, (label, rule_id), U)


@pytest.mark.parametrize(
    ("exc_type", "message", "rule_id", "label", "weaker"),
    [
        # "not valid" reads as bad input; the session expired, and a new session works
        ("asyncua.ua.uaerrors._auto.BadSessionIdInvalid", "The session id is not valid.(BadSessionIdInvalid)",
         "vendor.opcua.BadSessionIdInvalid", T, V),
        # "incorrect" reads as bad input; the credentials cache's file mode must be fixed on the host
        ("gssapi.raw.misc.GSSError", _GSS.format(2529639106, "Credentials cache file permissions incorrect"),
         "vendor.krb5.permanent", P, V),
        # "Incorrect value" reads as bad input; it is a box.cfg option, the server's configuration
        ("tarantool.error.DatabaseError",
         "(59, \"Incorrect value for option 'memtx_memory': cannot decrease memory size at runtime\")",
         "vendor.tarantool.permanent", P, V),
        # "invalid" reads as bad input; the app's registered scopes must change
        ("praw.exceptions.RedditAPIException", "OAUTH2_INVALID_SCOPE: 'invalid scope requested' on field 'scope'",
         "vendor.reddit.permanent", P, V),
        # GitPython raises the bare path: "invalid"-free, but the class-name pattern reads it as input
        ("git.exc.NoSuchPathError", "/srv/app/releases/missing", "type.permanent.gitpython_setup", P, V),
    ],
)  # fmt: skip
def test_the_code_outranks_a_phrase_that_says_otherwise(
    clf: Classifier, before: Classifier, exc_type: str, message: str, rule_id: str, label: Category, weaker: Category
) -> None:
    decides_over(clf, before, exc_type, message, (label, rule_id), weaker)


def test_presto_error_names_read_with_trinos_table(clf: Classifier) -> None:
    message = _PRESTO.format("NUMERIC_VALUE_OUT_OF_RANGE", "Value 99999999999 exceeds MAX_INT")
    assert verdict_of(clf, "prestodb.exceptions.PrestoUserError", message) == (
        V,
        "vendor.trino.NUMERIC_VALUE_OUT_OF_RANGE",
    )
    # the same text on a class of neither client is no Presto or Trino error
    assert not verdict_of(clf, "builtins.RuntimeError", message)[1].startswith("vendor.trino.")


def test_each_code_is_read_on_its_own_library_only(clf: Classifier) -> None:
    # an OPC UA status name is a code only as asyncua's (or python-opcua's) generated class
    assert verdict_of(clf, "asyncua.ua.uaerrors._auto.BadNotReadable", "x.(BadNotReadable)")[1].startswith(
        "vendor.opcua."
    )
    assert not verdict_of(clf, "myapp.errors.BadNotReadable", "x.(BadNotReadable)")[1].startswith("vendor.opcua.")
    # a Tarantool-shaped tuple, a Kerberos minor status, a gds code and a Reddit name on another class are not read
    for exc_type, message in (
        ("tarantool.error.DatabaseError", "(61, 'Local server is not active')"),
        ("gssapi.raw.misc.GSSError", _GSS.format(2529638943, "Decrypt integrity check failed")),
        ("fdb.fbcore.DatabaseError", _FDB.format(-906, "Maximum user count exceeded.", 335544744)),
        ("praw.exceptions.RedditAPIException", "CONFLICT: 'conflict error while saving' on field 'content'"),
    ):
        vendor = exc_type.split(".")[0]
        assert verdict_of(clf, exc_type, message)[1].startswith("vendor."), vendor
        assert not verdict_of(clf, "builtins.RuntimeError", message)[1].startswith("vendor."), vendor


def test_the_cases_codes_are_in_no_corpus() -> None:
    # the cases above measure the lists, not collected items: none of their codes or texts is in either labelled set
    # as it was when the lists were written (the twenty-first batch carries pynetbox's AllocationError, another class
    # of the same name, as an item of its own)
    text = corpora_text(independent_lines=4271)
    assert text, "no corpus found"
    for code in (
        "BadNotReadable", "BadTooManyOperations", "BadSessionIdInvalid", "2529638943", "2529639106", "(109, ",
        "(61, ", "(59, ", "335544475", "335544744", "335544581", "BAD_SR_NAME", "CONFLICT: ", "OAUTH2_INVALID_SCOPE",
        "AllocationError", "NoSuchPathError", "trying to decrypt", "Error decoding token claims",
        "being in a supported file format", "NUMERIC_VALUE_OUT_OF_RANGE",
    ):  # fmt: skip
        assert code not in text, code
