"""Libraries' own complete code lists as data (session 18): IBM MQ's reason codes, Aerospike's status codes, D-Bus's
and systemd's error names; Teradata's codes from Teradata's own pages and Box's API error codes.

Each table is written from the library's whole code space (its header or its client's constants), not from the
corpus, so the cases here use codes no corpus item carries (checked below), in the format the library prints, with
what weaker evidence (a phrase, a class-name pattern, a code's words) says without the table: the table's reason to
exist (issue 10: a vendor code before the phrases around it).
"""

from __future__ import annotations

import re

import pytest

from errorflow.classify import Category, Classifier
from errorflow.classify._vendor_codes import SOURCES, VENDOR_CODES, dbus_code
from errorflow.classify.defaults import default_rules

from .verdicts import corpora_text, decides_over, verdict_of, without_rules

T, R, V, P, U = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT, Category.UNKNOWN

_TABLES = ("ibm_mq", "aerospike", "dbus", "teradata", "box")
_NEW = re.compile(r"vendor\.(?:ibm_mq|aerospike|dbus|teradata|box)\.")
_MQ = "MQI Error. Comp: 2, Reason {}: FAILED: {}"  # pymqi's MQMIError.__str__
_AEROSPIKE = "({}, '10.0.3.21:3000 {}', 'src/main/client/put.c', 104, False)"  # the Python client's exception args
# teradatasql's OperationalError text (the driver's version and session, the database's code and message, its Go stack)
_TERADATA = (
    "[Version 20.0.0.15] [Session 73310] [Teradata Database] [Error {}] {}\n"
    " at gosqldriver/teradatasql.formatError ErrorUtil.go:85"
)
# boxsdk's BoxAPIException.__str__ (boxsdk/exception.py)
_BOX = (
    "\nMessage: {}\nStatus: {}\nCode: {}\nRequest ID: 4h7k2m9p1q3r5s7t\nHeaders: {{'Content-Type': 'application/json'}}"
    "\nURL: https://api.box.com/2.0/folders/84512\nMethod: DELETE\nContext Info: None"
)


@pytest.fixture(scope="module")
def before() -> Classifier:
    """The default rules without these tables, to show what the weaker evidence says."""
    return without_rules(_NEW)


def _decides_by_its_row(
    clf: Classifier, before: Classifier, exc_type: str, message: str, code: str, label: Category, weaker: Category
) -> None:
    """The code's own table row decides ``label``; without the tables the weaker evidence says ``weaker``."""
    vendor = (
        "teradata" if code.isdigit() else {"MQRC": "ibm_mq", "AERO": "aerospike", "org.": "dbus"}.get(code[:4], "box")
    )
    row = dbus_code(code) if vendor == "dbus" else code
    status = int(message.split("\nStatus: ")[1][:3]) if vendor == "box" else None
    decides_over(clf, before, exc_type, message, (label, f"vendor.{vendor}.{row}"), weaker, status)


def test_every_row_cites_its_source_and_becomes_one_rule() -> None:
    ids = {rule.id for rule in default_rules()}
    for vendor, _, rows in VENDOR_CODES:
        if vendor not in _TABLES:
            continue
        assert len({code for code, _, _, _ in rows}) == len(rows), vendor  # one category per code
        for code, category, source, note in rows:
            assert category in ("transient", "resource", "validation", "permanent")
            assert source in SOURCES and note.strip(), (vendor, code)
            assert f"vendor.{vendor}.{code}" in ids


@pytest.mark.parametrize(
    ("exc_type", "message", "code", "label", "weaker"),
    [
        # codes with no phrase of their own: before, nothing decided
        ("pymqi.MQMIError", _MQ.format(2110, "MQRC_FORMAT_ERROR"), "MQRC_FORMAT_ERROR", V, U),
        ("pymqi.MQMIError", _MQ.format(2401, "MQRC_SSL_CERTIFICATE_REVOKED"), "MQRC_SSL_CERTIFICATE_REVOKED", P, U),
        ("pymqi.MQMIError", _MQ.format(2548, "MQRC_RECONNECT_FAILED"), "MQRC_RECONNECT_FAILED", T, U),
        (
            "pymqi.MQMIError",
            _MQ.format(2127, "MQRC_ADAPTER_STORAGE_SHORTAGE"),
            "MQRC_ADAPTER_STORAGE_SHORTAGE",
            R,
            U,
        ),
        (
            "aerospike.exception.ClusterChangeError",
            _AEROSPIKE.format(7, "AEROSPIKE_ERR_CLUSTER_CHANGE"),
            "AEROSPIKE_ERR_CLUSTER_CHANGE",
            T,
            U,
        ),
        (
            "dbus.exceptions.DBusException",
            "org.freedesktop.systemd1.BadUnitSetting: Unit etl-worker.service has a bad unit file setting.",
            "org.freedesktop.systemd1.BadUnitSetting",
            P,
            U,
        ),
        (
            "teradatasql.OperationalError",
            _TERADATA.format(2825, "No record of the last request was found after Teradata Database restart."),
            "2825",
            T,
            U,
        ),
        (
            "teradatasql.OperationalError",
            _TERADATA.format(2805, "Maximum row length exceeded in crm.events."),
            "2805",
            V,
            U,
        ),
        # the class's name pattern ("*Invalid*", "*Violation*": validation) said otherwise
        (
            "aerospike.exception.InvalidHostError",
            _AEROSPIKE.format(-4, "AEROSPIKE_ERR_INVALID_HOST"),
            "AEROSPIKE_ERR_INVALID_HOST",
            P,
            V,
        ),
        (
            "aerospike.exception.RoleViolation",
            _AEROSPIKE.format(81, "AEROSPIKE_ROLE_VIOLATION"),
            "AEROSPIKE_ROLE_VIOLATION",
            P,
            V,
        ),
    ],
)
def test_a_code_nobody_collected_decides_as_its_list_says(
    clf: Classifier, before: Classifier, exc_type: str, message: str, code: str, label: Category, weaker: Category
) -> None:
    _decides_by_its_row(clf, before, exc_type, message, code, label, weaker)


@pytest.mark.parametrize(
    ("exc_type", "message", "code", "label", "weaker"),
    [
        # a DB-API ProgrammingError reads as a program's bug; Teradata's CLI says resubmit the transaction
        (
            "teradatasql.ProgrammingError",
            _TERADATA.format(2641, "sales_dm.orders was restructured. Resubmit."),
            "2641",
            T,
            P,
        ),
        # Box's 400 would say bad input; the folder's content must go first (the request itself is right)
        (
            "boxsdk.exception.BoxAPIException",
            _BOX.format("Cannot delete \u2013 folder not empty", 400, "folder_not_empty"),
            "folder_not_empty",
            P,
            V,
        ),
        (
            "boxsdk.exception.BoxAPIException",
            _BOX.format("User needs to reset password", 400, "password_reset_required"),
            "password_reset_required",
            P,
            V,
        ),
        # a wrapper's transport words ("timed out on the connection") would say transient; the message is over the
        # channel's fixed maximum: the input's fault
        (
            "builtins.RuntimeError",
            "send to PAYMENTS.OUT timed out on the connection: " + _MQ.format(2218, "MQRC_MSG_TOO_BIG_FOR_CHANNEL"),
            "MQRC_MSG_TOO_BIG_FOR_CHANNEL",
            V,
            T,
        ),
        # the client's own words ("reached") read as a passing limit; the pool of connections is used up
        (
            "aerospike.exception.ClientError",
            "(-7, 'AEROSPIKE_ERR_NO_MORE_CONNECTIONS: Max node connections reached: 100', "
            "'src/main/aerospike/as_node.c', 600, True)",
            "AEROSPIKE_ERR_NO_MORE_CONNECTIONS",
            R,
            T,
        ),
        # systemd's unit_load_error text ends in the errno's words: "Invalid argument" would say bad input, the unit
        # file must be fixed
        (
            "dbus.exceptions.DBusException",
            "org.freedesktop.systemd1.LoadFailed: Unit etl-worker.service failed to load properly, please "
            "adjust/correct and reload service manager: Invalid argument",
            "org.freedesktop.systemd1.LoadFailed",
            P,
            V,
        ),
        # systemd-resolved's text reads as a passing network state; no DNS server is configured for the name
        (
            "dbus.exceptions.DBusException",
            "org.freedesktop.resolve1.NoNameServers: No appropriate name servers or networks for name found",
            "org.freedesktop.resolve1.NoNameServers",
            P,
            T,
        ),
    ],
)
def test_the_code_outranks_a_phrase_that_says_otherwise(
    clf: Classifier, before: Classifier, exc_type: str, message: str, code: str, label: Category, weaker: Category
) -> None:
    _decides_by_its_row(clf, before, exc_type, message, code, label, weaker)


def test_the_cases_codes_are_in_no_corpus() -> None:
    # the cases above measure the lists, not collected items: none of their codes is in either labelled set
    text = corpora_text()
    assert text, "no corpus found"
    for code in (
        "MQRC_FORMAT_ERROR", "MQRC_SSL_CERTIFICATE_REVOKED", "MQRC_RECONNECT_FAILED", "MQRC_ADAPTER_STORAGE_SHORTAGE",
        "MQRC_MSG_TOO_BIG_FOR_CHANNEL", "AEROSPIKE_ERR_CLUSTER_CHANGE", "AEROSPIKE_ERR_INVALID_HOST",
        "AEROSPIKE_ROLE_VIOLATION", "AEROSPIKE_ERR_NO_MORE_CONNECTIONS", "org.freedesktop.systemd1.BadUnitSetting",
        "org.freedesktop.systemd1.LoadFailed", "org.freedesktop.resolve1.NoNameServers", "[Error 2825]",
        "[Error 2805]", "[Error 2641]", "folder_not_empty", "password_reset_required",
    ):  # fmt: skip
        assert code not in text, code


def test_a_d_bus_name_is_read_whole_and_on_d_bus_classes_only(clf: Classifier) -> None:
    # the whole name is the code: Kafka's _TIMED_OUT keeps its own rule, not D-Bus's TimedOut
    kafka = 'KafkaError{code=_TIMED_OUT,val=-185,str="Failed to get metadata: Local: Timed out"}'
    assert verdict_of(clf, "confluent_kafka.KafkaException", kafka)[1] == "code._TIMED_OUT"
    # dbus-next's class is read as dbus-python's
    message = "org.freedesktop.DBus.Error.NoReply: Message recipient disconnected from message bus without replying"
    assert verdict_of(clf, "dbus_next.errors.DBusError", message) == (
        T,
        f"vendor.dbus.{dbus_code('org.freedesktop.DBus.Error.NoReply')}",
    )
    # another library's text that starts the same way is not read as a D-Bus error name
    assert not verdict_of(clf, "builtins.RuntimeError", message)[1].startswith("vendor.dbus.")


def test_teradata_and_box_codes_are_read_on_their_own_classes_only(clf: Classifier) -> None:
    # a bare number is Teradata's only on teradatasql's classes
    message = _TERADATA.format(2644, "No more room in database STAGING_DB.")
    assert verdict_of(clf, "teradatasql.OperationalError", message) == (R, "vendor.teradata.2644")
    assert not verdict_of(clf, "builtins.RuntimeError", message)[1].startswith("vendor.teradata.")
    # Box's words count on Box's classes (box_sdk_gen's too), not on another client's
    message = _BOX.format("Cannot delete \u2013 folder not empty", 400, "folder_not_empty")
    assert verdict_of(clf, "box_sdk_gen.box.errors.BoxAPIError", message, 400) == (P, "vendor.box.folder_not_empty")
    assert not verdict_of(clf, "requests.exceptions.HTTPError", message, 400)[1].startswith("vendor.box.")
