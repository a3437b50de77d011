"""Everyday data handling and validation (tenth batch): each rule with a case where the weaker evidence would win."""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT


@pytest.mark.parametrize(
    ("winerror", "expected", "rule_id"),
    [
        # errno 13 (EACCES) alone says permission denied: the Windows code says another process holds the file
        ("[WinError 32] The process cannot access the file because it is being used by another process: "
         "'C:\\\\data\\\\in.csv'", T, "winerror.32"),
        ("[WinError 33] The process cannot access the file because another process has locked a portion of the "
         "file: 'C:\\\\data\\\\in.csv'", T, "winerror.33"),
        ("[WinError 5] Access is denied: 'C:\\\\data\\\\in.csv'", P, "winerror.5"),
    ],
)  # fmt: skip
def test_a_windows_error_code_beats_the_errno_derived_from_it(
    clf: Classifier, winerror: str, expected: Category, rule_id: str
) -> None:
    assert verdict_of(clf, "builtins.PermissionError", winerror, errno=13) == (expected, rule_id)


def test_an_unknown_windows_code_leaves_the_errno_to_decide(clf: Classifier) -> None:
    message = "[WinError 1920] The file cannot be accessed by the system: 'C:\\\\data\\\\in.csv'"
    assert verdict_of(clf, "builtins.PermissionError", message, errno=13) == (P, "errno.EACCES")


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # pydantic's ValidationError alone says the input is wrong
        ("pydantic_core._pydantic_core.ValidationError",
         "1 validation error for Order\nstatus\n  Instance is frozen [type=frozen_instance, input_value='paid', "
         "input_type=str]"),
        ("pydantic.ValidationError",
         "1 validation error for Order\nid\n  Field is frozen [type=frozen_field, input_value=7, input_type=int]"),
        # no phrase at all: the class alone
        ("attr.exceptions.FrozenInstanceError", "can't set attribute"),
        ("dataclasses.FrozenInstanceError", "cannot assign to field 'total'"),
    ],
)  # fmt: skip
def test_assigning_to_a_frozen_object_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is P


def test_a_pydantic_error_of_the_input_stays_validation(clf: Classifier) -> None:
    message = "1 validation error for Order\nqty\n  Input should be greater than 0 [type=greater_than, input_value=-1]"
    assert verdict_of(clf, "pydantic_core._pydantic_core.ValidationError", message)[0] is V


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("jsonschema.exceptions._WrappedReferencingError", "Unresolvable: urn:schemas:invoice:v2"),
        ("referencing.exceptions.PointerToNowhere", "'/$defs/Line' does not exist within {'type': 'object'}"),
        # "parse" in the class name says the input does not parse (validation): this one is the XSD's
        ("xmlschema.validators.exceptions.XMLSchemaParseError", "unknown type 'LineType':\n\nPath: /xs:schema"),
        ("lxml.etree.XMLSchemaParseError", "Element '{http://www.w3.org/2001/XMLSchema}element': The attribute "
         "'type' is not allowed., line 4"),
        # a compile-time error of the application's template, not the data it renders
        ("jinja2.exceptions.TemplateAssertionError", "No test named 'prime'."),
    ],
)  # fmt: skip
def test_a_schema_or_template_that_does_not_build_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is P


def test_the_document_a_schema_rejects_stays_validation(clf: Classifier) -> None:
    message = "failed validating 'x' with XsdAtomicBuiltin(name='xs:decimal')"
    assert verdict_of(clf, "xmlschema.validators.exceptions.XMLSchemaValidationError", message)[0] is V


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("passlib.exc.UnknownHashError", "hash could not be identified"),
        ("passlib.exc.MalformedHashError", "malformed bcrypt hash (checksum must be exactly 31 chars)"),
        ("argon2.exceptions.InvalidHashError", ""),
        # "unsafe" says nothing, "access" would read as a permission: a sandbox refuses what its user wrote
        ("jinja2.exceptions.SecurityError", "access to attribute '__globals__' of 'function' object is unsafe."),
    ],
)
def test_a_stored_hash_or_sandboxed_template_is_the_input(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is V


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the class alone says a document that does not parse (validation); the file on disk is configuration
        ('while parsing a block mapping\n  in "/etc/app/settings.yaml", line 3, column 1\nexpected <block end>, '
         "but found '-'", P),
        ('mapping values are not allowed here\n  in "config/pipeline.yml", line 7, column 14', P),
        # YAML handed in as a string, or a file where users' uploads arrive, stays the input's fault
        ('mapping values are not allowed here\n  in "<unicode string>", line 1, column 9:', V),
        ('mapping values are not allowed here\n  in "/srv/uploads/u17/manifest.yaml", line 2, column 5', V),
    ],
)  # fmt: skip
def test_a_yaml_file_on_disk_is_configuration(clf: Classifier, message: str, expected: Category) -> None:
    assert verdict_of(clf, "yaml.scanner.ScannerError", message)[0] is expected


def test_a_docx_upload_that_is_not_a_package_is_validation(clf: Classifier) -> None:
    # "not found" alone says permanent; python-docx says it too for a file that is not a zip package
    exc_type = "docx.opc.exceptions.PackageNotFoundError"
    assert verdict_of(clf, exc_type, "Package not found at '/srv/uploads/cv-88.docx'") == (
        V,
        "type.validation.uploaded_package",
    )
    assert verdict_of(clf, exc_type, "Package not found at '/opt/app/templates/letter.docx'")[0] is P


def test_a_lock_another_process_holds_is_transient_also_behind_a_wrapper(clf: Classifier) -> None:
    # the wrapper names only the short class: no phrase, no errno
    message = "RetryError[<Future at 0x7f00c81d2e90 state=finished raised AlreadyLocked>]"
    assert verdict_of(clf, "tenacity.RetryError", message)[0] is T
    assert verdict_of(clf, "portalocker.exceptions.AlreadyLocked", "")[0] is T


def test_atexit_after_shutdown_is_interpreter_shutdown(clf: Classifier) -> None:
    # a RuntimeError is a code bug by default; this one is the interpreter finalising
    assert verdict_of(clf, "builtins.RuntimeError", "can't register atexit after shutdown") == (
        T,
        "message.shutdown_atexit",
    )


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # "Forbidden" in the class name reads as a permission (permanent): the parser refused a hostile document
        ("defusedxml.common.EntitiesForbidden", "EntitiesForbidden(name='lol9', system_id=None, public_id=None)"),
        ("defusedxml.common.ExternalReferenceForbidden",
         "ExternalReferenceForbidden(system_id='file:///etc/passwd', public_id=None)"),
        # an archive member the extraction filter refuses; no phrase speaks
        ("tarfile.OutsideDestinationError",
         "'../../app/config.py' would be extracted to '/app/config.py', which is outside the destination"),
        ("tarfile.AbsoluteLinkError", "'bin/sh' is a link to an absolute path"),
        ("pytz.exceptions.NonExistentTimeError", "2026-03-29 02:30:00"),
        ("passlib.exc.PasswordSizeError", "password exceeds maximum allowed size"),
        # a RuntimeError is a code bug by default: this one is the archive's password
        ("builtins.RuntimeError", "Bad password for file 'payroll/2026-11.csv'"),
        ("builtins.RuntimeError", "File 'payroll/2026-11.csv' is encrypted, password required for extraction"),
    ],
)  # fmt: skip
def test_a_hostile_or_locked_document_is_the_input(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is V


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # "invalid" and "is required" read as a bad value (validation): the expression or the install is the code's
        ("lxml.etree.XPathEvalError", "Invalid expression"),
        ("cerberus.schema.SchemaError", "{'age': [{'type': ['unallowed value intt']}]}"),
        ("pypdf.errors.DependencyError", "cryptography>=3.1 is required for AES algorithm"),
        ("fastapi.exceptions.FastAPIError",
         "Invalid args for response field! Hint: check that <class 'app.Money'> is a valid Pydantic field type."),
    ],
)  # fmt: skip
def test_an_expression_or_setup_of_the_code_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is P


def test_an_undeliverable_address_is_never_a_missing_resource(clf: Classifier) -> None:
    # "does not exist" alone says something is missing (permanent): here it is the address the caller gave
    category, _ = verdict_of(
        clf, "email_validator.exceptions_types.EmailUndeliverableError", "The domain name gmial.con does not exist."
    )
    assert category is not P


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # a KeyError is a code bug by default: these name a sheet or member the input file lacks
        ("builtins.KeyError", "'Worksheet Invoices does not exist.'"),
        ("builtins.KeyError", "\"There is no item named 'xl/workbook.xml' in the archive\""),
        # RecursionError is a code bug by default: here the JSON document nests too deep
        ("builtins.RecursionError",
         "maximum recursion depth exceeded while decoding a JSON array from a unicode string"),
        # an OSError with no errno says nothing; Pillow's decoder says the image's bytes are damaged
        ("builtins.OSError", "broken data stream when reading image file"),
        ("tarfile.InvalidHeaderError", "bad checksum"),
    ],
)  # fmt: skip
def test_a_damaged_or_incomplete_input_file_is_validation(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is V


def test_a_key_error_of_a_bare_key_stays_a_code_bug(clf: Classifier) -> None:
    assert verdict_of(clf, "builtins.KeyError", "'Worksheet'")[0] is P


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # "closed" alone reads as a dropped connection (transient)
        ("builtins.ValueError", "Operation on closed image"),
        ("builtins.ValueError", "Attempt to use ZIP archive that was already closed"),
        # "must be ... bytes" reads as a bad value (validation): the key comes from configuration
        ("builtins.ValueError", "Fernet key must be 32 url-safe base64-encoded bytes."),
        ("builtins.RuntimeError", "The session is unavailable because no secret key was set.  Set the secret_key on "
         "the application to something unique and secret."),
        ("tarfile.CompressionError", "bz2 module is not available"),
    ],
)  # fmt: skip
def test_code_or_setup_misuse_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is P


def test_a_client_that_went_away_is_transient_despite_its_400(clf: Classifier) -> None:
    signal = ErrorSignal(
        exc_type="werkzeug.exceptions.ClientDisconnected",
        message="400 Bad Request: The browser (or proxy) sent a request that this server could not understand.",
        http_status=400,
    )
    assert clf.classify(signal).category is T


@pytest.mark.parametrize(
    ("message", "errno", "expected"),
    [
        # errno 22 (EINVAL) alone says a bad argument: the file is memory-mapped by another process
        ("[WinError 1224] The requested operation cannot be performed on a file with a user-mapped section open: "
         "'C:\\\\data\\\\cache.bin'", 22, T),
        # "not empty" with no errno word reads as a bad value: the directory still has files
        ("[WinError 145] The directory is not empty: 'C:\\\\tmp\\\\job-7'", 41, P),
    ],
)  # fmt: skip
def test_windows_file_handling_codes(clf: Classifier, message: str, errno: int, expected: Category) -> None:
    assert verdict_of(clf, "builtins.OSError", message, errno=errno)[0] is expected


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        ("werkzeug.exceptions.Locked", "423 Locked: The resource that is being accessed is locked."),
        ("fastapi.exceptions.HTTPException", "423: Order ord_77 is locked by another request"),
    ],
)
def test_a_423_locked_is_transient_not_a_generic_4xx(clf: Classifier, exc_type: str, message: str) -> None:
    # the 4xx family alone says validation
    assert clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=423)).category is T


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # "invalid password" alone reads as a failed login (permanent): this is the document's password
        ("pikepdf._core.PasswordError", "/srv/uploads/statement.pdf: invalid password"),
        ("msoffcrypto.exceptions.InvalidKeyError", "Failed to verify password"),
        ("rarfile.RarWrongPassword", "Wrong password"),
    ],
)
def test_a_documents_own_password_is_the_input(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is V


def test_a_service_login_with_a_bad_password_stays_permanent(clf: Classifier) -> None:
    message = 'connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed'
    assert verdict_of(clf, "psycopg2.OperationalError", message)[0] is P


@pytest.mark.parametrize(
    ("exc_type", "message"),
    [
        # no phrase speaks for these classes, or "invalid" reads as a bad value
        ("pydantic_core._pydantic_core.PydanticSerializationError",
         "Unable to serialize unknown type: <class 'app.money.Money'>"),
        ("openpyxl.utils.exceptions.ReadOnlyWorkbookException", "Workbook is read-only"),
        ("jsonschema.exceptions.UndefinedTypeCheck", "Type 'decimal' is unknown to this type checker"),
        ("builtins.ValueError", "Invalid fields for <OrderSchema(many=False)>: {'totl'}."),
    ],
)  # fmt: skip
def test_a_library_used_against_its_contract_is_permanent(clf: Classifier, exc_type: str, message: str) -> None:
    assert verdict_of(clf, exc_type, message)[0] is P


def test_a_value_failing_its_format_check_is_validation(clf: Classifier) -> None:
    assert verdict_of(clf, "jsonschema.exceptions.FormatError", "'2026-13-40' is not a 'date'")[0] is V
