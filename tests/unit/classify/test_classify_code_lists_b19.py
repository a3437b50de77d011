"""The nineteenth batch's families as data (session 23): each library's own exception hierarchy or error-code list.

YDB's one class per status (ydb/issues.py), b2sdk's exception hierarchy, couchdb-python's, stravalib's, DVC's and
Pyro5's classes, SparkPost's 420 on its client's class, Druid's query error codes on pydruid's classes, and two
ordering rules for a status: a client's class-and-template rule decides before a general phrase of the same body
refines the status, and a client's own resource class refines a status as a capacity reason would. The cases use
classes and texts no corpus item carries (checked below), with what the weaker evidence says without the lists.
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

from .verdicts import corpora_text, decides_over, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_NEW = re.compile(
    r"type\.\w+\.(?:ydb_retry|b2sdk_retry|nineteenth_retry|nineteenth_capacity|nineteenth_input|ydb_setup"
    r"|b2sdk_setup|nineteenth_setup|sparkpost_sending_limit|druid_retry|druid_resource_limit|druid_bad_sql"
    r"|druid_unsupported)$"
)
_DRUID = "pydruid.db.exceptions.ProgrammingError"
# pydruid's text for Druid's 429 (pydruid/db/api.py: "{error} ({errorClass}): {errorMessage}"), a lane's capacity
_DRUID_LANE = (
    "Query capacity exceeded (org.apache.druid.server.QueryCapacityExceededException): Too many concurrent queries "
    "for lane 'low', query capacity of 5 exceeded. Please try your query again later."
)
_SPARKPOST_HOURLY = (
    "Call to https://api.sparkpost.com/api/v1/transmissions returned 420, errors:\n\n        Exceed Sending Limit "
    "(monthly): Message generation rejected\n\n        "
)
_CAP = "Cap exceeded."  # b2sdk's CapExceeded.__str__, the base of its storage and transaction caps


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without these lists and rows, to show what the weaker evidence says."""
    return without_rules(_NEW)


@pytest.mark.parametrize(
    ("exc_type", "message", "status", "verdict", "weaker"),
    [
        # YDB's statuses, one class each: OVERLOADED and BAD_SESSION are retried (a new session), whatever the
        # issue's words ("limit exceeded" read a quota, "not found" a missing object)
        ("ydb.issues.Overloaded",
         'message: "Out of CPU quota on node 12, limit exceeded" severity: 1 (server_code: 400060)', None,
         (T, "type.transient.ydb_retry"), R),
        ("ydb.issues.BadSession",
         'message: "Session not found: ydb://session/3?node_id=50007&id=ZmQ0" severity: 1 (server_code: 400100)',
         None, (T, "type.transient.ydb_retry"), P),
        # b2sdk's account cap on B2's 403: the cap, resource (the status alone said permanent; no status: unknown)
        ("b2sdk._internal.exception.CapExceeded", _CAP, 403,
         (R, "type.resource.nineteenth_capacity"), P),
        ("b2sdk._internal.exception.CapExceeded", _CAP, None,
         (R, "type.resource.nineteenth_capacity"), U),
        # couchdb-python's 409 class (Python 2's repr of its (error, reason) pair), DVC's and Pyro5's classes,
        # which no phrase read
        ("couchdb.http.ResourceConflict", "(u'conflict', u'Document update conflict.')", None,
         (T, "type.transient.nineteenth_retry"), U),
        ("dvc.exceptions.NotDvcRepoError", "you are not inside of a DVC repository (checked up to mount point '/')",
         None, (P, "type.permanent.nineteenth_setup"), U),
        ("dvc.exceptions.CyclicGraphError", "Pipeline has a cycle involving: train, evaluate.", None,
         (P, "type.permanent.nineteenth_setup"), U),
        ("Pyro5.errors.ConnectionClosedError", "receiving: not enough data", None,
         (T, "type.transient.nineteenth_retry"), U),
        # SparkPost's 420, the monthly limit: its sending quota (the 4xx family alone said a bad request)
        ("sparkpost.exceptions.SparkPostAPIException", _SPARKPOST_HOURLY, 420,
         (R, "type.resource.sparkpost_sending_limit"), V),
        # Druid's codes at the start of pydruid's text: a lane's capacity on a 429 is throttling (the capacity
        # words read resource), a resource limit is the cluster's (nothing read it), a parse failure the SQL given
        ("pydruid.db.exceptions.ProgrammingError", _DRUID_LANE, 429, (T, "type.transient.druid_retry"), R),
        (_DRUID, "Resource limit exceeded (org.apache.druid.query.ResourceLimitExceededException): Not enough merge "
         "buffers available to execute the query", 400, (R, "type.resource.druid_resource_limit"), U),
        (_DRUID, 'SQL parse failed (org.apache.druid.sql.calcite.parser.DruidSqlParseException): Encountered "FROMM" '
         "at line 1, column 10.", 400, (V, "type.validation.druid_bad_sql"), P),
    ],
)  # fmt: skip
def test_a_class_or_code_nobody_collected_decides_over_the_weaker_evidence(
    clf: Classifier,
    before: Classifier,
    exc_type: str,
    message: str,
    status: int | None,
    verdict: tuple[Category, str],
    weaker: Category,
) -> None:
    decides_over(clf, before, exc_type, message, verdict, weaker, status)


def test_each_list_reads_its_own_library_only(clf: Classifier) -> None:
    # Druid's code on another client's class: the capacity words still read resource
    assert verdict_of(clf, "requests.exceptions.HTTPError", _DRUID_LANE, 429) == (R, "message.capacity_limit")
    # a code that is not at the start of pydruid's text is not the "error" field
    inside = "Unknown exception (java.lang.RuntimeException): upstream said Query timeout (x)"
    assert not verdict_of(clf, _DRUID, inside, 500)[1].startswith("type.transient.druid")
    # SparkPost's class with another status, and another class with 420
    assert verdict_of(clf, "sparkpost.exceptions.SparkPostAPIException", _SPARKPOST_HOURLY, 400)[0] is not R
    assert verdict_of(clf, "myapp.errors.MailError", _SPARKPOST_HOURLY, 420)[1] != (
        "type.resource.sparkpost_sending_limit"
    )


def test_a_class_and_template_decides_before_a_phrase_refines_the_status(clf: Classifier) -> None:
    # the rule read the body's template; the 429 it is sent with agrees, and the capacity words do not refine it
    verdict = clf.classify(ErrorSignal(_DRUID, _DRUID_LANE, http_status=429))
    assert (verdict.category, verdict.rule_id) == (T, "type.transient.druid_retry")
    assert [(item.rule_id, item.role) for item in verdict.evidence] == [
        ("type.transient.druid_retry", "decided"),
        ("http.429", "agrees"),
    ]
    # a class-only rule is not a template: a resource phrase still refines the status it is sent with
    quota = "You have exceeded your daily request quota for this API."
    assert verdict_of(clf, "b2sdk._internal.exception.ServiceError", quota, 503) == (R, "message.per_day_tokens")


def test_a_resource_class_refines_a_status_as_a_capacity_reason_would(clf: Classifier) -> None:
    verdict = clf.classify(ErrorSignal("b2sdk._internal.exception.CapExceeded", _CAP, 403))
    assert [(item.rule_id, item.role) for item in verdict.evidence] == [
        ("type.resource.nineteenth_capacity", "decided"),
        ("http.403", "overruled"),
    ]
    # a class no list names (the same name, another library) leaves the status alone
    assert verdict_of(clf, "myapp.errors.StorageCapExceeded", "Cannot upload or copy files.", 403) == (
        P,
        "http.403",
    )
    # a transient class is not read against a status (a 403 may become transient by its body's reason, not by the
    # class of the hop that relayed it): only the capacity refinement is the class's
    assert verdict_of(clf, "Pyro5.errors.ConnectionClosedError", "receiving: not enough data", 403) == (P, "http.403")
    # a status that no reason refines to resource (401) stays the status
    assert verdict_of(clf, "ydb.issues.SessionPoolEmpty", "Timeout on session acquire after 5s.", 401) == (
        P,
        "http.401",
    )


def test_the_cases_classes_and_texts_are_in_no_corpus() -> None:
    # the cases above measure the lists, not collected items: none of their texts is in either labelled set
    text = corpora_text()
    assert text, "no corpus found"
    for code in (
        "Out of CPU quota on node 12", "node_id=50007&id=ZmQ0", "\"Cap exceeded.\"", "u'Document update conflict",
        "checked up to mount point", "involving: train, evaluate", "Exceed Sending Limit (monthly)",
        "for lane 'low'", "Not enough merge buffers", "DruidSqlParseException", "receiving: not enough data",
    ):  # fmt: skip
        # (a boolean, so a failure names the code, never an item of the corpus: the holdout's are not to be read)
        found = code in text
        assert not found, code
