"""A sweep of widely used libraries ahead of the batches (session 23): their exception hierarchies as class lists.

Couchbase, Hazelcast, aiormq, invoke, pyzmq, Tortoise ORM, Pony ORM, Sanic, Dropbox, Azure Event Hubs,
firebase-admin, ncclient, Fiona, asyncssh, Werkzeug, Click, pandas, slack_sdk, Braintree, auth0, google-auth,
pyarrow, marshmallow, huggingface_hub, Avro, cryptography, boto3, Cohere, Tornado, Polars, zeep and jwcrypto, each read
from its own exceptions module (``defaults._DECISIVE_TYPES_SWEEP23``), not from collected errors. The cases use
classes no corpus item carries (checked below) and show what the weaker evidence says without the lists: nothing, a
class-name pattern, or a phrase that says otherwise.
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier
from errorflow.classify.defaults import _DECISIVE_TYPES_SWEEP23, default_rules

from .verdicts import GENERIC_EVIDENCE, corpora_text, decides_over, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NEW = re.compile(r"type\.\w+\.sweep23_")
# couchbase 4.x's CouchbaseException.__str__ (couchbase/exceptions.py): "<ec=..., category=..., message=...>"
_CB = "<ec={}, category=couchbase.{}, message={}, context=KeyValueErrorContext:{{'key': 'cart::7781'}}>"
# hazelcast/errors.py _create_error: "Exception from server: <Java class>: <message>"
_HZ = "Exception from server: {}"


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without this sweep's class lists, to show what the weaker evidence says."""
    return without_rules(re.compile(f"{_NEW.pattern}|{GENERIC_EVIDENCE.pattern}"))


def _names() -> list[tuple[Category, str]]:
    return [(category, name) for category, groups in _DECISIVE_TYPES_SWEEP23.items() for _, names in groups
            for name in names.split()]  # fmt: skip


def test_each_class_is_listed_once_with_one_category_and_nowhere_else() -> None:
    names = [name for _, name in _names()]
    assert len(names) == len(set(names)) >= 380
    assert len({name.split(".")[0] for name in names}) >= 30  # libraries (top-level packages)
    listed = set(names)
    for rule in default_rules():
        if not _NEW.match(rule.id):
            assert not listed & set(rule.exc_type or ()), rule.id


@pytest.mark.parametrize(
    ("exc_type", "message", "label"),
    [
        # classes whose message says nothing a phrase reads
        ("couchbase.exceptions.DurabilitySyncWriteInProgressException",
         _CB.format(1063, "key_value", "durable_write_in_progress (1063)"), T),
        ("couchbase.exceptions.CasMismatchException", _CB.format(1007, "key_value", "cas_mismatch (1007)"), T),
        ("couchbase.exceptions.QuotaLimitedException", _CB.format(1026, "common", "quota_limited (1026)"), R),
        ("couchbase.exceptions.PathMismatchException", _CB.format(1120, "key_value", "path_mismatch (1120)"), V),
        ("hazelcast.errors.PartitionMigratingError",
         _HZ.format("com.hazelcast.spi.exception.PartitionMigratingException: Partition is migrating! this: "
                    "[10.0.1.5]:5701, partitionId: 211"), T),
        ("hazelcast.errors.HazelcastInstanceNotActiveError",
         _HZ.format("com.hazelcast.core.HazelcastInstanceNotActiveException: Hazelcast instance is not active!"), T),
        ("invoke.exceptions.AuthFailure", "The password submitted to prompt '[sudo] password: ' was rejected.", P),
        ("zmq.error.ZMQVersionError", "Feature requires libzmq >= 4.3, have 4.1.4", P),
        ("invoke.exceptions.UncastableEnvVar", "Can't adapt an environment string into a list!", P),
        ("cryptography.exceptions.NotYetFinalized", "Context was not finalized.", P),
        ("tortoise.exceptions.IncompleteInstanceError",
         "Order is a partial model without primary key fetchd. Partial update not available", P),
        ("pony.orm.core.UnrepeatableReadError",
         "Value of Invoice.total for Invoice[4411] was updated outside of current transaction (was: 10, now: 12)", T),
        ("couchbase.exceptions.NumberTooBigException", _CB.format(1104, "key_value", "number_too_big (1104)"), V),
        ("pandas.errors.IndexingError", "Too many indexers", V),
        ("pandas.errors.NullFrequencyError", "Cannot shift with no freq", V),
        ("avro.errors.AvroTypeException",
         'The datum "12.5" provided for "quantity" is not an example of the schema {\n  "type": "long"\n}', V),
        ("polars.exceptions.DuplicateError", "column with name 'region' has more than one occurrence", V),
        ("tornado.iostream.StreamBufferFullError", "Reached maximum write buffer size", R),
        ("slack_sdk.errors.SlackObjectFormationError", "text attribute cannot exceed 3000 characters", V),
        ("zeep.exceptions.NamespaceError", "No schema available for the namespace 'http://acme.example/v1'.", P),
        ("jwcrypto.jwt.JWTNotYetValid", "Valid from 1767225600, bad nbf", T),
    ],
)  # fmt: skip
def test_a_class_nobody_collected_decides_where_nothing_else_does(
    clf: Classifier, before: Classifier, exc_type: str, message: str, label: Category
) -> None:
    rule_id = verdict_of(clf, exc_type, message)[1]
    assert _NEW.match(rule_id), rule_id
    decides_over(clf, before, exc_type, message, (label, rule_id), U)


@pytest.mark.parametrize(
    ("exc_type", "message", "label", "weaker"),
    [
        # "IN_BUFFER" reads as bad input; the NETCONF session closed under the client: reconnect
        ("ncclient.transport.errors.SSHSessionClosedError", "Unexpected session close.\nIN_BUFFER: b''", T, V),
        # "no such" reads as something missing; the option is the caller's argument, as argparse's ArgumentError
        ("click.exceptions.NoSuchOption", "No such option: --dry-rnu Did you mean --dry-run?", V, P),
        # "invalid" reads as bad input; the client certificate is the environment's
        ("google.auth.exceptions.ClientCertError", "Client certificate is missing or invalid", P, V),
        # "Expected: an expression" reads as bad input; SQL's syntax is the code's (SQLSTATE class 42 is permanent)
        ("polars.exceptions.SQLSyntaxError", "sql parser error: Expected: an expression, found: EOF", P, V),
        # the class name's "Invalid" reads as bad input; the code dispatches a signal nobody defined
        ("sanic.exceptions.InvalidSignal", "Could not dispatch signal: order.placed", P, V),
        # the class name's "Invalid" reads as bad input; a derived key that does not verify is a credential refused
        ("cryptography.exceptions.InvalidKey", "Keys do not match.", P, V),
        # "missing" reads as an input left out; the token's issuer must change it, as PyJWT's MissingRequiredClaimError
        ("jwcrypto.jwt.JWTMissingClaim", "Claim exp is missing", P, V),
    ],
)  # fmt: skip
def test_the_class_outranks_a_phrase_that_says_otherwise(
    clf: Classifier, before: Classifier, exc_type: str, message: str, label: Category, weaker: Category
) -> None:
    rule_id = verdict_of(clf, exc_type, message)[1]
    assert _NEW.match(rule_id), rule_id
    decides_over(clf, before, exc_type, message, (label, rule_id), weaker)


@pytest.mark.parametrize(
    ("exc_type", "message", "label"),
    [
        # the weaker evidence already agrees: the class now decides, at a class's strength
        ("couchbase.exceptions.ScopeNotFoundException", _CB.format(1020, "common", "scope_not_found (1020)"), P),
        ("hazelcast.errors.ClassNotFoundError",
         _HZ.format("java.lang.ClassNotFoundException: com.acme.pricing.PriceAggregator"), P),
        ("pony.orm.core.CacheIndexError",
         "Cannot create Customer: value 'ada@example.org' for key email already exists", V),
        ("firebase_admin._auth_utils.EmailAlreadyExistsError",
         "The user with the provided email already exists (EMAIL_EXISTS).", V),
        ("asyncssh.sftp.SFTPQuotaExceeded", "Quota exceeded", R),
        ("braintree.exceptions.authorization_error.AuthorizationError", "", P),
        ("pyarrow.lib.ArrowNotImplementedError",
         "Unsupported cast from struct<a: int64> to utf8 using function cast_string", P),
    ],
)  # fmt: skip
def test_the_class_decides_where_weaker_evidence_agrees(
    clf: Classifier, before: Classifier, exc_type: str, message: str, label: Category
) -> None:
    rule_id = verdict_of(clf, exc_type, message)[1]
    assert _NEW.match(rule_id), rule_id
    decides_over(clf, before, exc_type, message, (label, rule_id), label)


def test_structured_evidence_still_comes_first(clf: Classifier) -> None:
    # an HTTP status or an AMQP reply code in the message outranks the class, as every class list does
    assert verdict_of(clf, "werkzeug.exceptions.Gone", "410 Gone: The requested URL is no longer available") == (
        P,
        "http.410",
    )
    assert verdict_of(
        clf, "aiormq.exceptions.ConnectionResourceError", "RESOURCE_ERROR - too many channels on connection"
    ) == (R, "code.RESOURCE_ERROR")  # fmt: skip


def test_each_class_is_read_as_its_own_library_names_it(clf: Classifier) -> None:
    # a list names a class by its qualified name: the same class name in another module is not decided by it
    for exc_type in ("myapp.errors.UnrepeatableReadError", "acme.cluster.PartitionMigratingError",
                     "acme.rpc.SSHSessionClosedError"):  # fmt: skip
        assert not _NEW.match(verdict_of(clf, exc_type, "failed")[1]), exc_type


def test_the_cases_classes_are_in_no_corpus() -> None:
    # the cases above measure the lists, not collected items: none of their classes is in either labelled set
    # (the lists predate the twentieth batch, which carries one swept class the cases do not use: JWTExpired, and the
    # twenty-first, which carries HazelcastInstanceNotActiveError as an item of its own: the file before it is read)
    text = corpora_text(independent_lines=4271)
    assert text, "no corpus found"
    for name in (
        "DurabilitySyncWriteInProgressException", "CasMismatchException", "QuotaLimitedException",
        "PathMismatchException",
        "ScopeNotFoundException", "PartitionMigratingError", "HazelcastInstanceNotActiveError", "ClassNotFoundError",
        "invoke.exceptions.AuthFailure", "invoke.exceptions.UncastableEnvVar", "ZMQVersionError", "NotYetFinalized",
        "cryptography.exceptions.InvalidKey",
        "IncompleteInstanceError", "UnrepeatableReadError",
        "CacheIndexError", "sanic.exceptions.InvalidSignal", "NumberTooBigException", "pandas.errors.IndexingError",
        "NullFrequencyError",
        "AvroTypeException", "polars.exceptions.DuplicateError", "StreamBufferFullError",
        "SlackObjectFormationError", "SSHSessionClosedError", "NoSuchOption", "ClientCertError", "SQLSyntaxError",
        "EmailAlreadyExistsError", "SFTPQuotaExceeded", "braintree.exceptions.authorization_error",
        "ArrowNotImplementedError", "werkzeug.exceptions.Gone",
        "aiormq.exceptions.ConnectionResourceError", "zeep.exceptions.NamespaceError",
        "jwcrypto.jwt.JWTNotYetValid", "jwcrypto.jwt.JWTMissingClaim",
    ):  # fmt: skip
        # (a boolean, so a failure names the class, never an item of the corpus: the holdout's are not to be read)
        found = name in text
        assert not found, name
