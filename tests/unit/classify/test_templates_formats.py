"""Message templates of data formats, dataframes and documents, ORMs, and crypto, token and SSH libraries (issue 10).

Each case is a text the library raises: raised live where the library is installed (pydantic v2, jsonschema, orjson,
pandas, pyarrow, PyYAML, cryptography and the standard library's json, tomllib, csv, xml, email, zipfile, gzip, tarfile,
zlib, binascii), otherwise read in its source (marshmallow, protobuf's json_format and upb decoder, msgpack, fastavro,
libxml2 through lxml, polars, Pillow, pypdf, SQLAlchemy, Django, peewee, Tortoise ORM, paramiko, python-jose, msgspec,
cattrs, itsdangerous, bcrypt, attrs, voluptuous, cerberus, schema, email-validator; pydantic-settings and dateutil
live), filled
with plausible values, given the class users catch and labelled by ../shared/corpus/LABELS.md before the verdict was
looked at. ``WRAPPED`` holds the same texts as an application wrapper prints them
(``RuntimeError(f"{type(exc).__name__}: {exc}")``), where only a phrase anchored to the template's words decides; cases
the wrapper's own weak class decides are left out.

Left out as judgement calls the rules already make otherwise: tomllib's TOMLDecodeError (a TOML file is configuration:
permanent by its class rule, where the sweep's label read it as input), pypdf's FileNotDecryptedError and
WrongPasswordError (validation by the pdf class rule: the password comes with the document) and polars' DuplicateError
(duplicate column names come from the data or from the code's own aliases). Left out as ambiguous by LABELS.md (a
wrong argument value from the caller is validation, a programming bug permanent): pandas' argument checks ('For
argument "ascending" expected type bool', "Unknown engine: x", "If using all scalar values, you must pass an index",
"columns overlap but no suffix specified", "Must pass 2-d input", "'x' is not a valid function for 'DataFrameGroupBy'
object").
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

from .verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (library, class users catch, str(exception), http status, label)
TEMPLATES: list[tuple[str, str, str, int | None, Category]] = [
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nid\n  Input should be a valid integer, unable to parse string as "
            "an integer [type=int_parsing, input_value='abc', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/int_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nid\n  Field required [type=missing, input_value={'qty': 1, 'sku':"
            " 'ABC'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.14/"
            "v/missing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nqty\n  Input should be greater than 0 [type=greater_than, input_value=0,"
            " input_type=int]\n    For further information visit https://errors.pydantic.dev/2.14/v/greater_than"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nsku\n  String should have at least 3 characters [type=string_too_short,"
            " input_value='AB', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/string_too_short"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nsku\n  String should have at most 12 characters [type=string_too_long,"
            " input_value='ABCDEFGHIJKLMNOP', input_type=str]\n    For further information vis"
            "it https://errors.pydantic.dev/"
            "2.14/v/string_too_long"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nsku\n  Value error, sku must be upper case [type=val"
            "ue_error, input_value='abc',"
            " input_type=str]\n    For further information visit https://errors.pydantic.dev/2.14/v/value_error"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nextra\n  Extra inputs are not permitted [type=extra_forbidden, "
            "input_value=1, input_type=int]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/extra_forbidden"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nkind\n  Input should be 'buy' or 'sell' [type=litera"
            "l_error, input_value='hold',"
            " input_type=str]\n    For further information visit https://errors.pydantic.dev/2.14/v/literal_error"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nwhen\n  Input should be a valid date or datetime, month value is "
            "outside expected range of 1-12 [type=date_from_datetime_parsing, input_value='2024-13-40', input_type=str]"
            "\n    For further information visit https://errors.pydantic.dev/2.14/v/date_from_datetime_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nid\n  Input should be a valid integer, got a number with a fractional "
            "part [type=int_from_float, input_value=1.5, input_type=float]\n    For further information visit "
            "https://errors.pydantic.dev/2.14/v/int_from_float"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\nsku\n  Input should be a valid string [type=string_type, input_value=123,"
            " input_type=int]\n    For further information visit https://errors.pydantic.dev/2.14/v/string_type"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Order\n  Invalid JSON: EOF while parsing a value at line 1"
            " column 17 [type=json_invalid,"
            ' input_value=\'{"id": 1, "qty": \', input_type=str]\n    For further information visit https:'
            "//errors.pydantic.dev/2.14/v/json_invalid"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for function-wrap[wrap_val()]\n  Input should be a valid URL, relative URL "
            "without a base [type=url_parsing, input_value='not a url', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/url_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for list[int]\n  Input should be a valid list [type=list_type, input_value='x',"
            " input_type=str]\n    For further information visit https://errors.pydantic.dev/2.14/v/list_type"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for dict[str,int]\n  Input should be a valid dictionary [type="
            "dict_type, input_value=[1]"
            ", input_type=list]\n    For further information visit https://errors.pydantic.dev/2.14/v/dict_type"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for bool\n  Input should be a valid boolean, unable to interpr"
            "et input [type=bool_parsing,"
            " input_value='maybe', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/bool_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for datetime\n  Input should be a valid datetime or date, input is too short "
            "[type=datetime_from_date_parsing, input_value='yesterday', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/datetime_from_date_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for float\n  Input should be a valid number, unable to parse string as a number "
            "[type=float_parsing, input_value='1.2.3', input_type=str]\n    For further information visit "
            "https://errors.pydantic.dev/2.14/v/float_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for enum[Color]\n  Input should be 'red' [type=enum, input_val"
            "ue='blue', input_type=str]"
            "\n    For further information visit https://errors.pydantic.dev/2.14/v/enum"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for uuid\n  Input should be a valid UUID, invalid length: found 4 [type=uuid_parsing,"
            " input_value='1234', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/uuid_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "2 validation errors for union[int,date]\nint\n  Input should be a valid integer, unable to parse "
            "string as an integer [type=int_parsing, input_value='x', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/int_parsing\ndate\n  Input should be a valid date or "
            "datetime, input is too short [type=date_from_datetime_parsing, input_value='x', input_type=str]"
            "\n    For further information visit https://errors.pydantic.dev/2.14/v/date_from_datetime_parsing"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for constrained-str\n  String should match pattern '^[A-Z]+$' "
            "[type=string_pattern_mismatch,"
            " input_value='ab1', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/string_pattern_mismatch"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for constrained-int\n  Input should be less than or equal to 10 [type=less_than_equal,"
            " input_value=11, input_type=int]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/less_than_equal"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for list[int]\n  List should have at most 2 items after validation, not 3 "
            "[type=too_long, input_value=[1, 2, 3], input_type=list]\n    For further information visit https:"
            "//errors.pydantic.dev/2.14/v/too_long"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for decimal\n  Decimal input should have no more than 3 digits"
            " in total [type=decimal_max_digits,"
            " input_value='12345', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/decimal_max_digits"
        ),
        None,
        V,
    ),
    (
        ("pydantic"),
        ("pydantic.errors.PydanticUserError"),
        (
            "A non-annotated attribute was detected: `x = 1`. All model fields require a type annotation; "
            "if `x` is not meant to be a field, you may be able to resolve this error by annotating it as "
            "a `ClassVar` or updating `model_config['ignored_types']`.\n\nFor further information visit https:"
            "//errors.pydantic.dev/2.14/u/model-field-missing-annotation"
        ),
        None,
        P,
    ),
    (
        ("pydantic"),
        ("pydantic.errors.PydanticSchemaGenerationError"),
        (
            "Unable to generate pydantic-core schema for <class '__main__.bad_schema.<locals>.Thing'>. Set "
            "`arbitrary_types_allowed=True` in the model_config to ignore this error or imple"
            "ment `__get_pydantic_core_schema__` "
            "on your type to fully support it.\n\nIf you got this error by calling handler(<some type>) within "
            "`__get_pydantic_core_schema__` then you likely need to call `handler.generate_schema(<some type>)` "
            "since we do not call `__get_pydantic_core_schema__` on `<some type>` otherwise to avoid infinite "
            "recursion.\n\nFor further information visit https://errors.pydantic.dev/2.14/u/schema-for-unknown-type"
        ),
        None,
        P,
    ),
    (
        ("pydantic"),
        ("pydantic_core._pydantic_core.PydanticSerializationError"),
        ("Unable to serialize unknown type: <class '__main__.bad_ser.<locals>.Thing'>"),
        None,
        P,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "'name' is a required property\n\nFailed validating 'required' in schema:\n    {'type': 'object',"
            "\n     'required': ['name'],\n     'properties': {'name': {'type': 'string', 'maxLength': 5},"
            "\n                    'age': {'type': 'integer', 'minimum': 0},\n                    'tags': "
            "{'type': 'array', 'uniqueItems': True},\n                    'kind': {'enum': ['a', 'b']},\n "
            "                   'email': {'type': 'string',\n                              'pattern': '^[^@]"
            "+@[^@]+$'}},\n     'additionalProperties': False}\n\nOn instance:\n    {}"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "5 is not of type 'string'\n\nFailed validating 'type' in schema['properties']['name']:\n    {'type':"
            " 'string', 'maxLength': 5}\n\nOn instance['name']:\n    5"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "'abcdefgh' is too long\n\nFailed validating 'maxLength' in schema['properties']['name']:\n   "
            " {'type': 'string', 'maxLength': 5}\n\nOn instance['name']:\n    'abcdefgh'"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "-1 is less than the minimum of 0\n\nFailed validating 'minimum' in schema['properties']['age']"
            ":\n    {'type': 'integer', 'minimum': 0}\n\nOn instance['age']:\n    -1"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "Additional properties are not allowed ('zzz' was unexpected)\n\nFailed validating 'additionalProperties' "
            "in schema:\n    {'type': 'object',\n     'required': ['name'],\n     'properties': {'name': {'type':"
            " 'string', 'maxLength': 5},\n                    'age': {'type': 'integer', 'minimum': 0},\n "
            "                   'tags': {'type': 'array', 'uniqueItems': True},\n                    'kind':"
            " {'enum': ['a', 'b']},\n                    'email': {'type': 'string',\n                    "
            "          'pattern': '^[^@]+@[^@]+$'}},\n     'additionalProperties': False}\n\nOn instance:\n"
            "    {'name': 'a', 'zzz': 1}"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "'c' is not one of ['a', 'b']\n\nFailed validating 'enum' in schema['properties']['kind']:\n  "
            "  {'enum': ['a', 'b']}\n\nOn instance['kind']:\n    'c'"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "[1, 1] has non-unique elements\n\nFailed validating 'uniqueItems' in schema['properties']['tags']"
            ":\n    {'type': 'array', 'uniqueItems': True}\n\nOn instance['tags']:\n    [1, 1]"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.ValidationError"),
        (
            "'nope' does not match '^[^@]+@[^@]+$'\n\nFailed validating 'pattern' in schema['properties']['email']"
            ":\n    {'type': 'string', 'pattern': '^[^@]+@[^@]+$'}\n\nOn instance['email']:\n    'nope'"
        ),
        None,
        V,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions.SchemaError"),
        (
            "'strin' is not valid under any of the given schemas\n\nFailed validating 'anyOf' in metaschema['allOf']"
            "[3]['properties']['type']:\n    {'anyOf': [{'$ref': '#/$defs/simpleTypes'},\n               {'type':"
            " 'array',\n                'items': {'$ref': '#/$defs/simpleTypes'},\n                'minItems':"
            " 1,\n                'uniqueItems': True}]}\n\nOn schema['type']:\n    'strin'"
        ),
        None,
        P,
    ),
    (
        ("jsonschema"),
        ("jsonschema.exceptions._WrappedReferencingError"),
        ("PointerToNowhere: '/definitions/missing' does not exist within {'$ref': '#/definitions/missing'}"),
        None,
        P,
    ),
    (
        ("orjson"),
        ("orjson.JSONDecodeError"),
        ("unexpected character, expected a string key: line 1 column 2 (char 1)"),
        None,
        V,
    ),
    ("orjson", "orjson.JSONDecodeError", "Input is a zero-length, empty document: line 1 column 1 (char 0)", None, V),
    ("orjson", "orjson.JSONDecodeError", "unexpected content after document: line 1 column 10 (char 9)", None, V),
    ("orjson", "orjson.JSONDecodeError", "unexpected end of data: line 1 column 7 (char 6)", None, V),
    (
        ("orjson"),
        ("orjson.JSONDecodeError"),
        ("str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0)"),
        None,
        V,
    ),
    ("orjson", "builtins.TypeError", "Integer exceeds 64-bit range", None, V),
    ("orjson", "builtins.TypeError", "Type is not JSON serializable: datetime.timedelta", None, P),
    ("orjson", "builtins.TypeError", "str is not valid UTF-8: surrogates not allowed", None, V),
    ("json", "json.decoder.JSONDecodeError", "Expecting value: line 1 column 7 (char 6)", None, V),
    ("json", "json.decoder.JSONDecodeError", "Extra data: line 1 column 4 (char 3)", None, V),
    ("csv", "_csv.Error", "field larger than field limit (100)", None, V),
    ("csv", "_csv.Error", "',' expected after '\"'", None, V),
    ("csv", "_csv.Error", "unexpected end of data", None, V),
    ("xml.etree", "xml.etree.ElementTree.ParseError", "mismatched tag: line 1, column 8", None, V),
    ("xml.etree", "xml.etree.ElementTree.ParseError", "no element found: line 1, column 0", None, V),
    ("xml.etree", "xml.etree.ElementTree.ParseError", "junk after document element: line 1, column 7", None, V),
    ("xml.etree", "xml.etree.ElementTree.ParseError", "undefined entity: line 1, column 3", None, V),
    ("xml.etree", "xml.etree.ElementTree.ParseError", "duplicate attribute: line 1, column 9", None, V),
    ("xml.etree", "xml.etree.ElementTree.ParseError", "unclosed token: line 1, column 3", None, V),
    ("xml.etree", "xml.etree.ElementTree.ParseError", "not well-formed (invalid token): line 1, column 3", None, V),
    ("xml.dom", "xml.parsers.expat.ExpatError", "no element found: line 1, column 3", None, V),
    ("email", "builtins.ValueError", 'Invalid date value or format "not a date"', None, V),
    ("zipfile", "zipfile.BadZipFile", "File is not a zip file", None, V),
    ("gzip", "gzip.BadGzipFile", "Not a gzipped file (b'PK')", None, V),
    ("gzip", "builtins.EOFError", "Compressed file ended before the end-of-stream marker was reached", None, V),
    (
        ("tarfile"),
        ("tarfile.ReadError"),
        (
            "file could not be opened successfully:\n- method gz: ReadError('not a gzip file')\n- method bz2:"
            " ReadError('not a bzip2 file')\n- method xz: ReadError('not an lzma file')\n- meth"
            "od tar: ReadError('invalid "
            "header')"
        ),
        None,
        V,
    ),
    ("zlib", "zlib.error", "Error -3 while decompressing data: incorrect header check", None, V),
    ("base64", "binascii.Error", "Incorrect padding", None, V),
    ("base64", "binascii.Error", "Only base64 data is allowed", None, V),
    ("pandas", "pandas.errors.EmptyDataError", "No columns to parse from file", None, V),
    (
        ("pandas"),
        ("pandas.errors.ParserError"),
        ("Error tokenizing data. C error: Expected 2 fields in line 3, saw 3\n"),
        None,
        V,
    ),
    (
        ("pandas"),
        ("builtins.ValueError"),
        ("Length mismatch: Expected axis has 2 elements, new values have 1 elements"),
        None,
        V,
    ),
    (
        ("pandas"),
        ("pandas.errors.IntCastingNaNError"),
        (
            "Cannot convert non-finite values (NA or inf) to integer. Replace or remove non-finite values "
            "or cast to an integer type that supports these values (e.g. 'Int64')"
        ),
        None,
        V,
    ),
    ("pandas", "pandas.errors.OutOfBoundsDatetime", "Out of bounds nanosecond timestamp: 3000-01-01 00:00:00", None, V),
    (
        ("pandas"),
        ("builtins.ValueError"),
        (
            'time data "2024-13-45" doesn\'t match format "%Y-%m-%d". You might want to try:\n    - passing '
            "`format` if your strings have a consistent format;\n    - passing `format='ISO8601'` if your "
            "strings are all ISO8601 but not necessarily in exactly the same format;\n    - passing `format='mixed'`,"
            " and the format will be inferred for each element individually. You might want to use `dayfirst` "
            "alongside this."
        ),
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "Unable to parse string 'abc' at position 1", None, V),
    (
        ("pandas"),
        ("pandas.errors.MergeError"),
        (
            "No common columns to perform merge on. Merge options: left_on=None, right_on=None, left_index=False,"
            " right_index=False"
        ),
        None,
        V,
    ),
    (
        ("pandas"),
        ("pandas.errors.MergeError"),
        (
            "Merge keys are not unique in either left or right dataset; not a one-to-one merge.\nDuplicates "
            "in left:\n  k\n 1 ...\nDuplicates in right:\n  k\n 1 ..."
        ),
        None,
        V,
    ),
    (
        ("pandas"),
        ("builtins.ValueError"),
        (
            "You are trying to merge on int64 and str columns for key 'k'. If you wish to proceed you should "
            "use pd.concat"
        ),
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "cannot reindex on an axis with duplicate labels", None, V),
    ("pandas", "builtins.ValueError", "All arrays must be of the same length", None, V),
    ("pandas", "builtins.ValueError", "could not convert string to float: 'a'", None, V),
    ("pandas", "builtins.ValueError", "Index contains duplicate entries, cannot reshape", None, V),
    ("pandas", "builtins.ValueError", "Expected object or value at position 0", None, V),
    ("pandas", "builtins.ValueError", "Usecols do not match columns, columns expected but not found: ['c']", None, V),
    ("pandas", "builtins.ValueError", "invalid literal for int() with base 10: 'x'", None, V),
    ("pandas", "builtins.ValueError", "Indexes have overlapping values: Index([0], dtype='int64')", None, V),
    ("pandas", "builtins.ValueError", "cannot convert NA to integer", None, V),
    (
        ("pandas"),
        ("builtins.ImportError"),
        (
            "`Import openpyxl` failed.  Use pip, conda, or your preferred package management tool to install "
            "the openpyxl package."
        ),
        None,
        P,
    ),
    (
        ("pandas"),
        ("builtins.ImportError"),
        (
            "`Import fastparquet` failed. fastparquet is required for parquet support. Use pip, conda, or "
            "your preferred package management tool to install the fastparquet package."
        ),
        None,
        P,
    ),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowInvalid"),
        ("Could not convert 'abc' with type str: tried to convert to int64"),
        None,
        V,
    ),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Could not convert 'x' with type str: tried to convert to int64", None, V),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Column 1 named b expected length 3 but got length 2", None, V),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Failed to parse string: 'abc' as a scalar of type int64", None, V),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Float value 1.500000 was truncated converting to int64", None, V),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Integer value 300 not in range: -128 to 127", None, V),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowNotImplementedError"),
        ("Unsupported cast from string to list using function cast_list"),
        None,
        P,
    ),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowInvalid"),
        (
            "Could not open Parquet input source '<Buffer>': Parquet magic bytes not found in footer. Either "
            "the file is corrupted or this is not a parquet file."
        ),
        None,
        V,
    ),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "CSV parse error: Expected 2 columns, got 3: 3,4,5", None, V),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowInvalid"),
        ("In CSV column #1: CSV conversion error to int64: invalid value 'x'"),
        None,
        V,
    ),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Schema at index 1 was different: \na: int64\nvs\na: string", None, V),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowInvalid"),
        ("Failed to parse string: '2024-13-01' as a scalar of type timestamp[s]"),
        None,
        V,
    ),
    ("pyarrow", "builtins.FileNotFoundError", "/nonexistent/dir/orders.parquet", None, P),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Expected to read 1651663207 metadata bytes, but only read 14", None, V),
    ("pyarrow", "pyarrow.lib.ArrowTypeError", "Expected bytes, got a 'int' object", None, V),
    (
        ("pyyaml"),
        ("yaml.scanner.ScannerError"),
        ('mapping values are not allowed here\n  in "<unicode string>", line 1, column 5:\n    a: b: c\n        ^'),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.parser.ParserError"),
        (
            'while parsing a block mapping\n  in "<unicode string>", line 1, column 1:\n    a:\n    ^\nexpected '
            "<block end>, but found '<block mapping start>'\n  in \"<unicode string>\", line 3, column 2:\n"
            "     c: d\n     ^"
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.scanner.ScannerError"),
        (
            'while scanning a quoted scalar\n  in "<unicode string>", line 1, column 6:\n    key: \'unterminated\n'
            '         ^\nfound unexpected end of stream\n  in "<unicode string>", line 1, column 19:\n  '
            "  key: 'unterminated\n                      ^"
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.scanner.ScannerError"),
        (
            "while scanning for the next token\nfound character '\\t' that cannot start any token\n  in \"<unicode "
            'string>", line 2, column 1:\n    \tb: 1\n    ^'
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.composer.ComposerError"),
        ("found undefined alias 'missing'\n  in \"<unicode string>\", line 1, column 4:\n    a: *missing\n       ^"),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.constructor.ConstructorError"),
        (
            "could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system'\n  "
            'in "<unicode string>", line 1, column 1:\n    !!python/object:os.system {}\n    ^'
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.composer.ComposerError"),
        (
            'expected a single document in the stream\n  in "<unicode string>", line 1, column 1:\n    a:'
            ' 1\n    ^\nbut found another document\n  in "<unicode string>", line 2, column 1:\n    ---\n'
            "    ^"
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.reader.ReaderError"),
        ('unacceptable character #x0000: special characters are not allowed\n  in "<unicode string>", position 3'),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.parser.ParserError"),
        (
            'while parsing a flow sequence\n  in "<unicode string>", line 1, column 11:\n    {a: 1, b: [1,'
            " 2}\n              ^\nexpected ',' or ']', but got '}'\n  in \"<unicode string>\", line 1, column "
            "16:\n    {a: 1, b: [1, 2}\n                   ^"
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.parser.ParserError"),
        (
            'while parsing a block collection\n  in "<unicode string>", line 1, column 1:\n    - a\n    '
            "^\nexpected <block end>, but found '?'\n  in \"<unicode string>\", line 2, column 1:\n    b: "
            "c\n    ^"
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.scanner.ScannerError"),
        (
            "while scanning for the next token\nfound character '@' that cannot start any token\n  in \"<unicode "
            'string>", line 1, column 4:\n    a: @foo\n       ^'
        ),
        None,
        V,
    ),
    (
        ("pyyaml"),
        ("yaml.constructor.ConstructorError"),
        (
            'while constructing a mapping\n  in "<unicode string>", line 1, column 1:\n    ? [a, b]\n   '
            ' ^\nfound unhashable key\n  in "<unicode string>", line 1, column 3:\n    ? [a, b]\n      ^'
        ),
        None,
        V,
    ),
    ("cryptography", "builtins.ValueError", "Fernet key must be 32 url-safe base64-encoded bytes.", None, P),
    (
        ("cryptography"),
        ("builtins.ValueError"),
        (
            "('Could not deserialize key data. The data may be in an incorrect format, it may be encrypted "
            "with an unsupported algorithm, or it may be an unsupported key type (e.g. EC curves with explicit "
            "parameters).', [_OpenSSLErrorWithText(code=503841036, lib=60, reason=524556, reason_text=b'error:"
            "1E08010C:DECODER routines::unsupported')])"
        ),
        None,
        P,
    ),
    ("cryptography", "builtins.TypeError", "Password was not given but private key is encrypted", None, P),
    ("cryptography", "builtins.ValueError", "Bad decrypt. Incorrect password?", None, P),
    ("cryptography", "builtins.TypeError", "Password was given but private key is not encrypted.", None, P),
    ("cryptography", "builtins.ValueError", "Invalid key size (80) for AES.", None, P),
    (
        ("cryptography"),
        ("builtins.ValueError"),
        (
            "('Could not deserialize key data. The data may be in an incorrect format, it may be encrypted "
            "with an unsupported algorithm, or it may be an unsupported key type (e.g. EC curves with explicit "
            "parameters).', [_OpenSSLErrorWithText(code=75497580, lib=9, reason=108, reason_text=b'error:0480006C:"
            "PEM routines::no start line')])"
        ),
        None,
        P,
    ),
    ("cryptography", "cryptography.exceptions.AlreadyFinalized", "Context was already finalized.", None, P),
    # labelled validation; only the ValueError class speaks, too weak alone (test_classify_weak_evidence.py)
    ("cryptography", "builtins.ValueError", "Encryption/decryption failed.", None, Category.UNKNOWN),
    ("cryptography", "builtins.ValueError", "AESGCM key must be 128, 192, or 256 bits.", None, P),
    (
        ("pandas"),
        ("builtins.ValueError"),
        ("The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all()."),
        None,
        P,
    ),
    ("pandas", "builtins.TypeError", "data type 'nosuchdtype' not understood", None, P),
    (
        ("pandas"),
        ("builtins.TypeError"),
        ("Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'"),
        None,
        P,
    ),
    ("pandas", "builtins.KeyError", "'zz'", None, P),
    ("pandas", "builtins.ValueError", "Shape of passed values is (3, 2), indices imply (3, 3)", None, V),
    ("pandas", "builtins.KeyError", "'[9] not in index'", None, V),
    ("pandas", "pandas._libs.tslibs.parsing.DateParseError", "day is out of range for month: 2024-02-30", None, V),
    (
        ("pandas"),
        ("builtins.ValueError"),
        (
            'time data "01/02/2024" doesn\'t match format "%Y-%m-%d". You might want to try:\n    - passing '
            "`format` if your strings have a consistent format;\n    - passing `format='ISO8601'` if your "
            "strings are all ISO8601 but not necessarily in exactly the same format;\n    - passing `format='mixed'`,"
            " and the format will be inferred for each element individually. You might want to use `dayfirst` "
            "alongside this."
        ),
        None,
        V,
    ),
    (
        ("pandas"),
        ("pandas._libs.tslibs.parsing.DateParseError"),
        ("Unknown datetime string format, unable to parse: not a date"),
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "invalid literal for int() with base 10: 'x'", None, V),
    (
        ("pandas"),
        ("pandas.errors.ParserError"),
        ("Error tokenizing data. C error: EOF inside string starting at row 1"),
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "Missing column provided to 'parse_dates': 'c'", None, V),
    (
        ("pandas"),
        ("builtins.UnicodeDecodeError"),
        ("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "Unexpected character found when decoding object value at position 18", None, V),
    ("pandas", "builtins.ValueError", "Categorical categories must be unique", None, V),
    ("pandas", "builtins.ValueError", "invalid unit abbreviation: parsecs", None, V),
    ("pandas", "builtins.ValueError", "Index contains duplicate entries, cannot reshape", None, V),
    (
        ("pandas"),
        ("pandas._libs.tslibs.parsing.DateParseError"),
        ("Unknown datetime string format, unable to parse: zz"),
        None,
        V,
    ),
    ("pandas", "builtins.TypeError", "cannot safely cast non-equivalent object to int64", None, V),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowTypeError"),
        ("Unable to merge: Field a has incompatible types: int64 vs string"),
        None,
        V,
    ),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Failed to parse value: x", None, V),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "Failed to parse string: '1.5' as a scalar of type int64", None, V),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowInvalid"),
        ("Integer value 1099511627776 not in range: -2147483648 to 2147483647"),
        None,
        V,
    ),
    ("pyarrow", "builtins.ValueError", "Arrays were not all the same length: 2 vs 1", None, V),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowNotImplementedError"),
        ("Function 'add' has no kernel matching input types (string, int64)"),
        None,
        P,
    ),
    ("pyarrow", "pyarrow.lib.ArrowKeyError", "No function registered with name: no_such_function", None, P),
    (
        ("pyarrow"),
        ("pyarrow.lib.ArrowInvalid"),
        (
            "Failed to parse string: '2024-01-01T00:00:00+99:00' as a scalar of type timestamp[s, tz=UTC]:"
            " expected a zone offset. If these timestamps are in local time, cast to timestamp without timezone,"
            " then call assume_timezone."
        ),
        None,
        V,
    ),
    ("pyarrow", "pyarrow.lib.ArrowInvalid", "cannot mix struct and non-struct, non-null values", None, V),
    (
        ("pydantic-settings"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Settings\ndatabase_url\n  Field required [type=missing, input_value={},"
            " input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.14/v/missing"
        ),
        None,
        P,
    ),
    (
        ("pydantic-settings"),
        ("pydantic_core._pydantic_core.ValidationError"),
        (
            "1 validation error for Settings\nworkers\n  Input should be a valid integer, unable to parse "
            "string as an integer [type=int_parsing, input_value='many', input_type=str]\n    For further "
            "information visit https://errors.pydantic.dev/2.14/v/int_parsing"
        ),
        None,
        P,
    ),
    (
        ("pydantic-settings"),
        ("pydantic_settings.exceptions.SettingsError"),
        ('error parsing value for field "tags" from source "EnvSettingsSource"'),
        None,
        P,
    ),
    ("dateutil", "dateutil.parser._parser.ParserError", "Unknown string format: not a date at all", None, V),
    ("dateutil", "dateutil.parser._parser.ParserError", "month must be in 1..12: 2024-13-45", None, V),
    ("dateutil", "builtins.ValueError", "hour must be in 0..23", None, V),
    (
        ("marshmallow"),
        ("marshmallow.exceptions.ValidationError"),
        ("{'email': ['Missing data for required field.']}"),
        None,
        V,
    ),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'age': ['Not a valid integer.']}", None, V),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'name': ['Field may not be null.']}", None, V),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'created_at': ['Not a valid datetime.']}", None, V),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'email': ['Not a valid email address.']}", None, V),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'callback': ['Not a valid URL.']}", None, V),
    (
        ("marshmallow"),
        ("marshmallow.exceptions.ValidationError"),
        ("{'status': ['Must be one of: active, inactive.']}"),
        None,
        V,
    ),
    (
        ("marshmallow"),
        ("marshmallow.exceptions.ValidationError"),
        ("{'name': ['Length must be between 1 and 64.']}"),
        None,
        V,
    ),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'nickname': ['Unknown field.']}", None, V),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'_schema': ['Invalid input type.']}", None, V),
    (
        ("marshmallow"),
        ("marshmallow.exceptions.ValidationError"),
        ("{'qty': ['Must be greater than or equal to 1.']}"),
        None,
        V,
    ),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'sku': ['Shorter than minimum length 3.']}", None, V),
    ("marshmallow", "marshmallow.exceptions.ValidationError", "{'id': ['Not a valid UUID.']}", None, V),
    (
        ("marshmallow"),
        ("marshmallow.exceptions.ValidationError"),
        ("{'price': ['Special numeric values (nan or infinity) are not permitted.']}"),
        None,
        V,
    ),
    (
        ("marshmallow"),
        ("marshmallow.exceptions.RegistryError"),
        ("Class with name 'AddressSchema' was not found. You may need to import the class."),
        None,
        P,
    ),
    (
        ("protobuf"),
        ("google.protobuf.message.DecodeError"),
        ("Error parsing message with type 'orders.v1.Order': Wire format was corrupt"),
        None,
        V,
    ),
    (
        ("protobuf"),
        ("google.protobuf.message.DecodeError"),
        ("Error parsing message with type 'orders.v1.Order': String field had bad UTF-8"),
        None,
        V,
    ),
    ("protobuf", "google.protobuf.message.DecodeError", "Truncated message.", None, V),
    ("protobuf", "google.protobuf.message.DecodeError", "Unexpected end-group tag.", None, V),
    (
        ("protobuf"),
        ("google.protobuf.json_format.ParseError"),
        (
            'Message type "orders.v1.Order" has no field named "qty" at "Order".\n Available Fields(except '
            "extensions): \"['id', 'quantity', 'sku']\""
        ),
        None,
        V,
    ),
    (
        ("protobuf"),
        ("google.protobuf.json_format.ParseError"),
        ("Failed to parse quantity field: invalid literal for int() with base 10: 'ten'."),
        None,
        V,
    ),
    (
        ("protobuf"),
        ("google.protobuf.json_format.ParseError"),
        ("Failed to load JSON: Expecting value: line 1 column 1 (char 0)."),
        None,
        V,
    ),
    (
        ("protobuf"),
        ("google.protobuf.json_format.ParseError"),
        ("Invalid enum value SHIPPEDX for enum type orders.v1.Status at Order.status"),
        None,
        V,
    ),
    (
        ("protobuf"),
        ("google.protobuf.json_format.ParseError"),
        ('Couldn\'t parse integer: "12 34" at Order.quantity'),
        None,
        V,
    ),
    (
        ("protobuf"),
        ("google.protobuf.json_format.ParseError"),
        ("repeated field items must be in [] which is {'sku': 'A1'} at Order"),
        None,
        V,
    ),
    (
        ("protobuf"),
        ("google.protobuf.message.EncodeError"),
        ("Message orders.v1.Order is missing required fields: id"),
        None,
        V,
    ),
    ("protobuf", "builtins.ValueError", 'Protocol message Order has no "qty" field.', None, P),
    ("msgpack", "builtins.ValueError", "Unpack failed: incomplete input", None, V),
    ("msgpack", "msgpack.exceptions.ExtraData", "unpack(b) received extra data.", None, V),
    ("msgpack", "builtins.TypeError", "can not serialize 'Decimal' object", None, P),
    ("msgpack", "builtins.OverflowError", "Integer value out of range", None, V),
    ("msgpack", "msgpack.exceptions.OutOfData", "No more data to unpack.", None, V),
    ("fastavro", "builtins.ValueError", "cannot read header - is it an avro file?", None, V),
    ("fastavro", "builtins.ValueError", "expected sync marker not found", None, V),
    ("fastavro", "builtins.ValueError", "no value and no default for customer_id", None, V),
    ("fastavro", "builtins.EOFError", "Expected 16 bytes, read 3", None, V),
    (
        ("fastavro"),
        ("fastavro._validate_common.ValidationError"),
        ("[\n  \"Order.quantity is <ten> of type <class 'str'> expected int\"\n]"),
        None,
        V,
    ),
    (
        ("fastavro"),
        ("fastavro._schema_common.SchemaParseException"),
        ("Default value for enum must be in symbols list"),
        None,
        P,
    ),
    ("fastavro", "fastavro._schema_common.SchemaParseException", "redefined named type: orders.Order", None, P),
    ("fastavro", "builtins.ValueError", "Unrecognized codec: zstandardx", None, P),
    ("fastavro", "builtins.ValueError", "The decimal precision is bigger than allowed by schema", None, V),
    (
        ("lxml"),
        ("lxml.etree.XMLSyntaxError"),
        ("Opening and ending tag mismatch: item line 3 and order, line 4, column 9"),
        None,
        V,
    ),
    ("lxml", "lxml.etree.XMLSyntaxError", "Start tag expected, '<' not found, line 1, column 1", None, V),
    ("lxml", "lxml.etree.XMLSyntaxError", "Document is empty, line 1, column 1", None, V),
    ("lxml", "lxml.etree.XMLSyntaxError", "Extra content at the end of the document, line 2, column 1", None, V),
    ("lxml", "lxml.etree.XMLSyntaxError", "Premature end of data in tag order line 1, line 1, column 20", None, V),
    ("lxml", "lxml.etree.XMLSyntaxError", "xmlParseEntityRef: no name, line 1, column 14", None, V),
    ("lxml", "lxml.etree.XMLSyntaxError", "Entity 'nbsp' not defined, line 1, column 14", None, V),
    ("lxml", "lxml.etree.XMLSyntaxError", "Couldn't find end of Start Tag order line 1, line 1, column 8", None, V),
    (
        ("lxml"),
        ("lxml.etree.DocumentInvalid"),
        ("Element 'quantity': This element is not expected. Expected is ( sku )., line 3"),
        None,
        V,
    ),
    (
        ("lxml"),
        ("lxml.etree.DocumentInvalid"),
        ("Element 'order': Missing child element(s). Expected is ( id )., line 1"),
        None,
        V,
    ),
    (
        ("polars"),
        ("polars.exceptions.ColumnNotFoundError"),
        ('unable to find column "qty"; valid columns: ["id", "sku", "quantity"]'),
        None,
        P,
    ),
    (
        ("polars"),
        ("polars.exceptions.ComputeError"),
        ("could not parse `ten` as dtype `i64` at column 'quantity' (column number 3)"),
        None,
        V,
    ),
    (
        ("polars"),
        ("polars.exceptions.InvalidOperationError"),
        ("conversion from `str` to `i64` failed in column 'quantity' for 1 out of 3 values: [\"ten\"]"),
        None,
        V,
    ),
    (
        ("polars"),
        ("polars.exceptions.ShapeError"),
        ("unable to add a column of length 2 to a DataFrame of height 3"),
        None,
        V,
    ),
    ("polars", "polars.exceptions.ShapeError", "Series length 2 doesn't match the DataFrame height of 3", None, V),
    (
        ("polars"),
        ("polars.exceptions.SchemaError"),
        ("datatypes of join keys don't match - `id`: i64 on left does not match `id`: str on right"),
        None,
        V,
    ),
    ("polars", "polars.exceptions.SchemaError", "failed to determine supertype of str and i64", None, V),
    ("polars", "polars.exceptions.NoDataError", "empty CSV", None, V),
    ("polars", "polars.exceptions.InvalidOperationError", "casting from Time to Date not supported", None, P),
    (
        ("pillow"),
        ("PIL.UnidentifiedImageError"),
        ("cannot identify image file <_io.BytesIO object at 0x7f3a2c1b9e50>"),
        None,
        V,
    ),
    (
        ("pillow"),
        ("PIL.Image.DecompressionBombError"),
        ("Image size (268435456 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack."),
        None,
        V,
    ),
    ("pillow", "builtins.OSError", "image file is truncated (3 bytes not processed)", None, V),
    ("pillow", "builtins.OSError", "image file is truncated", None, V),
    ("pillow", "builtins.SyntaxError", "broken PNG file (chunk b'IDAT')", None, V),
    ("pillow", "builtins.SyntaxError", "not a JPEG file", None, V),
    ("pillow", "builtins.OSError", "Truncated File Read", None, V),
    ("pillow", "builtins.OSError", "decoder jpeg2k not available", None, P),
    ("pillow", "builtins.OSError", "encoder webp not available", None, P),
    ("pypdf", "pypdf.errors.PdfReadError", "EOF marker not found", None, V),
    ("pypdf", "pypdf.errors.PdfReadError", "startxref not found", None, V),
    ("pypdf", "pypdf.errors.PdfReadError", "Broken xref table", None, V),
    ("pypdf", "pypdf.errors.PdfStreamError", "Could not read malformed PDF file", None, V),
    ("pypdf", "pypdf.errors.PdfStreamError", "File ended unexpectedly.", None, V),
    ("pypdf", "pypdf.errors.EmptyFileError", "Cannot read an empty file", None, V),
    ("pypdf", "pypdf.errors.DependencyError", "cryptography>=3.1 is required for AES algorithm", None, P),
    ("pypdf", "pypdf.errors.LimitReachedError", "Limit reached while decompressing.", None, V),
    ("sqlalchemy", "sqlalchemy.exc.NoResultFound", "No row was found when one was required", None, P),
    (
        ("sqlalchemy"),
        ("sqlalchemy.orm.exc.DetachedInstanceError"),
        (
            "Parent instance <Order at 0x7f3a2c1b9e50> is not bound to a Session; lazy load operation of attribute "
            "'items' cannot proceed (Background on this error at: https://sqlalche.me/e/20/bhk3)"
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.orm.exc.DetachedInstanceError"),
        (
            "Parent instance <Order at 0x7f3a2c1b9e50> is not bound to a Session; deferred load operation "
            "of attribute 'notes' cannot proceed (Background on this error at: https://sqlalche.me/e/20/bhk3)"
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.orm.exc.ObjectDeletedError"),
        ("Instance '<Order at 0x7f3a2c1b9e50>' has been deleted, or its row is otherwise not present."),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.PendingRollbackError"),
        (
            "This Session's transaction has been rolled back due to a previous exception during flush. To "
            "begin a new transaction with this Session, first issue Session.rollback(). Original exception "
            'was: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "orders_sku_key"\n'
            "DETAIL:  Key (sku)=(A1) already exists.\n(Background on this error at: https://sqlalche.me/e/"
            "20/gkpj)"
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.TimeoutError"),
        (
            "QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background "
            "on this error at: https://sqlalche.me/e/20/3o7r)"
        ),
        None,
        R,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.MissingGreenlet"),
        (
            "greenlet_spawn has not been called; can't call await_only() here. Was IO attempted in an unexpected "
            "place? (Background on this error at: https://sqlalche.me/e/20/xd2s)"
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.ResourceClosedError"),
        ("This result object does not return rows. It has been closed automatically."),
        None,
        P,
    ),
    ("sqlalchemy", "sqlalchemy.exc.ResourceClosedError", "This Connection is closed", None, P),
    ("sqlalchemy", "sqlalchemy.exc.NoSuchModuleError", "Can't load plugin: sqlalchemy.dialects:postgres", None, P),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.NoReferencedTableError"),
        (
            "Foreign key associated with column 'orders.customer_id' could not find table 'customers' with "
            "which to generate a foreign key to target column 'id'"
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.InvalidRequestError"),
        (
            "This session is in 'inactive' state, due to the SQL transaction being rolled back; no further "
            "SQL can be emitted within this transaction."
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.PendingRollbackError"),
        (
            "Can't reconnect until invalid transaction is rolled back.  Please rollback() fully before proceeding "
            "(Background on this error at: https://sqlalche.me/e/20/8s2b)"
        ),
        None,
        P,
    ),
    ("sqlalchemy", "sqlalchemy.exc.InvalidRequestError", "A transaction is already begun on this Session.", None, P),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.InvalidRequestError"),
        ("Object '<Order at 0x7f3a2c1b9e50>' is already attached to session '3' (this is '4')"),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.NoSuchColumnError"),
        ("Could not locate column in row for column 'orders.total'"),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.InvalidRequestError"),
        ("Instance '<Order at 0x7f3a2c1b9e50>' is not persistent within this Session"),
        None,
        P,
    ),
    ("django", "orders.models.Order.DoesNotExist", "Order matching query does not exist.", None, P),
    ("django", "django.core.exceptions.ObjectDoesNotExist", "Customer matching query does not exist.", None, P),
    (
        ("django"),
        ("django.core.exceptions.SynchronousOnlyOperation"),
        ("You cannot call this from an async context - use a thread or sync_to_async."),
        None,
        P,
    ),
    (
        ("django"),
        ("django.core.exceptions.ImproperlyConfigured"),
        (
            "Requested setting INSTALLED_APPS, but settings are not configured. You must either define the "
            "environment variable DJANGO_SETTINGS_MODULE or call settings.configure() before accessing settings."
        ),
        None,
        P,
    ),
    (
        ("django"),
        ("django.core.exceptions.FieldError"),
        ("Cannot resolve keyword 'qty' into field. Choices are: customer, customer_id, id, quantity, sku"),
        None,
        P,
    ),
    (
        ("django"),
        ("django.db.transaction.TransactionManagementError"),
        (
            "An error occurred in the current transaction. You can't execute queries until the end of the "
            "'atomic' block."
        ),
        None,
        P,
    ),
    ("django", "django.core.exceptions.AppRegistryNotReady", "Apps aren't loaded yet.", None, P),
    ("django", "django.core.exceptions.ValidationError", "['Enter a valid email address.']", None, V),
    (
        ("django"),
        ("django.core.exceptions.ValidationError"),
        ("{'sku': ['Ensure this value has at most 12 characters (it has 20).']}"),
        None,
        V,
    ),
    (
        ("django"),
        ("django.db.utils.IntegrityError"),
        (
            'duplicate key value violates unique constraint "orders_order_sku_key"\nDETAIL:  Key (sku)=(A1) '
            "already exists.\n"
        ),
        None,
        V,
    ),
    ("django", "django.db.utils.IntegrityError", "UNIQUE constraint failed: orders_order.sku", None, V),
    ("django", "django.db.utils.DataError", "value too long for type character varying(12)\n", None, V),
    ("django", "django.db.utils.OperationalError", "no such table: orders_order", None, P),
    ("django", "django.db.utils.OperationalError", "database is locked", None, T),
    (
        ("peewee"),
        ("peewee.OrderDoesNotExist"),
        (
            '<Model: Order> instance matching query does not exist:\nSQL: SELECT "t1"."id", "t1"."sku" '
            'FROM "order" AS "t1" WHERE ("t1"."id" = ?) LIMIT ? OFFSET ?\nParams: [42, 1, 0]'
        ),
        None,
        P,
    ),
    ("peewee", "peewee.InterfaceError", "Error, database must be initialized before opening a connection.", None, P),
    ("peewee", "peewee.InterfaceError", "Error, database connection not opened.", None, P),
    ("peewee", "peewee.OperationalError", "Connection already opened.", None, P),
    ("peewee", "playhouse.pool.MaxConnectionsExceeded", "Exceeded maximum connections.", None, R),
    ("peewee", "peewee.ImproperlyConfigured", "psycopg2 postgres driver not found.", None, P),
    ("peewee", "peewee.ImproperlyConfigured", "MySQL driver not installed!", None, P),
    ("tortoise", "tortoise.exceptions.DoesNotExist", 'Object "Order" does not exist', None, P),
    ("tortoise", "tortoise.exceptions.ObjectDoesNotExistError", "Order has no object with id=42", None, P),
    (
        ("tortoise"),
        ("tortoise.exceptions.NoValuesFetched"),
        ("No values were fetched for this relation, first use .fetch_related()"),
        None,
        P,
    ),
    ("tortoise", "tortoise.exceptions.ValidationError", "sku: Length of 'ABCDEFGHIJKLMNOPQRST' 20 > 12", None, V),
    ("tortoise", "tortoise.exceptions.ValidationError", "quantity: Value should be greater or equal to 1", None, V),
    ("tortoise", "tortoise.exceptions.ValidationError", "ip: 'x.y' is not a valid IPv4 address.", None, V),
    (
        ("tortoise"),
        ("tortoise.exceptions.ConfigurationError"),
        ("You have to call .init() first before generating schemas"),
        None,
        P,
    ),
    ("tortoise", "tortoise.exceptions.ConfigurationError", "Unknown DB scheme: postgress", None, P),
    ("tortoise", "tortoise.exceptions.DBConnectionError", "Can't establish connection to database orders", None, T),
    ("tortoise", "tortoise.exceptions.OperationalError", "Can't delete unpersisted record", None, P),
    ("paramiko", "paramiko.ssh_exception.AuthenticationException", "Authentication failed.", None, P),
    (
        ("paramiko"),
        ("paramiko.ssh_exception.BadAuthenticationType"),
        ("Bad authentication type; allowed types: ['publickey']"),
        None,
        P,
    ),
    (
        ("paramiko"),
        ("paramiko.ssh_exception.SSHException"),
        ("Error reading SSH protocol banner[Errno 104] Connection reset by peer"),
        None,
        T,
    ),
    (
        ("paramiko"),
        ("paramiko.ssh_exception.NoValidConnectionsError"),
        ("[Errno None] Unable to connect to port 22 on 10.0.4.17"),
        None,
        T,
    ),
    (
        ("paramiko"),
        ("paramiko.ssh_exception.BadHostKeyException"),
        (
            "Host key for server '10.0.4.17' does not match: got 'AAAAC3NzaC1lZDI1NTE5AAAAIFq"
            "', expected 'AAAAB3NzaC1yc2EAAAADAQAB'"
        ),
        None,
        P,
    ),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Server '10.0.4.17' not found in known_hosts", None, P),
    ("paramiko", "paramiko.ssh_exception.PasswordRequiredException", "Private key file is encrypted", None, P),
    ("paramiko", "paramiko.ssh_exception.SSHException", "not a valid RSA private key file", None, P),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Incompatible ssh peer (no acceptable kex algorithm)", None, P),
    ("paramiko", "paramiko.ssh_exception.SSHException", "Key-exchange timed out waiting for key negotiation", None, T),
    ("paramiko", "paramiko.ssh_exception.AuthenticationException", "Authentication timeout.", None, T),
    ("python-jose", "jose.exceptions.ExpiredSignatureError", "Signature has expired.", None, P),
    ("python-jose", "jose.exceptions.JWTError", "Signature verification failed.", None, P),
    ("python-jose", "jose.exceptions.JWTClaimsError", "Invalid audience", None, P),
    ("python-jose", "jose.exceptions.JWTClaimsError", "Invalid issuer", None, P),
    ("python-jose", "jose.exceptions.JWTError", "Not enough segments", None, V),
    ("python-jose", "jose.exceptions.JWTError", "Invalid header string: must be a json object", None, V),
    ("python-jose", "jose.exceptions.JWTError", "Invalid payload padding", None, V),
    ("python-jose", "jose.exceptions.JWKError", "Unable to find an algorithm for key", None, P),
    ("python-jose", "jose.exceptions.JWTError", "The specified alg value is not allowed", None, P),
    ("python-jose", "jose.exceptions.JWTClaimsError", "The token is not yet valid (nbf)", None, T),
    ("python-jose", "jose.exceptions.JWEError", "Algorithm A256KWX not supported.", None, P),
    ("sqlalchemy", "sqlalchemy.exc.ArgumentError", "Could not parse SQLAlchemy URL from given URL string", None, P),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.InvalidRequestError"),
        (
            "When initializing mapper Mapper[Order(orders)], expression 'Customer' failed to locate a name "
            "('Customer'). If this is a class name, consider adding this relationship() to th"
            "e <class 'app.models.Order'> "
            "class after both dependent classes have been defined."
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.InvalidRequestError"),
        (
            "One or more mappers failed to initialize - can't proceed with initialization of other mappers. "
            "Triggering mapper: 'Mapper[Order(orders)]'. Original exception was: When initializing mapper "
            "Mapper[Order(orders)], expression 'Customer' failed to locate a name ('Customer')."
        ),
        None,
        P,
    ),
    (
        ("sqlalchemy"),
        ("sqlalchemy.exc.StatementError"),
        (
            "(sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter 'sku'\n[SQL: INSERT "
            "INTO orders (id, sku) VALUES (?, ?)]\n(Background on this error at: https://sqlalche.me/e/20/"
            "cd3x)"
        ),
        None,
        P,
    ),
    ("sqlalchemy", "sqlalchemy.exc.ObjectNotExecutableError", "Not an executable object: 'SELECT 1'", None, P),
    (
        ("django"),
        ("django.core.exceptions.ValidationError"),
        ("['“2024-13-45” value has an invalid date format. It must be in YYYY-MM-DD format.']"),
        None,
        V,
    ),
    (
        ("django"),
        ("django.core.exceptions.ValidationError"),
        ("['“2024-02-30” value has the correct format (YYYY-MM-DD) but it is an invalid date.']"),
        None,
        V,
    ),
    ("django", "django.core.exceptions.ValidationError", "['“abc” value must be a decimal number.']", None, V),
    ("django", "django.core.exceptions.ValidationError", "['“abc” value must be an integer.']", None, V),
    (
        ("django"),
        ("django.core.exceptions.ValidationError"),
        ("{'status': ['This field cannot be blank.'], 'customer': ['This field cannot be null.']}"),
        None,
        V,
    ),
    ("django", "django.core.exceptions.ValidationError", "{'sku': ['Order with this Sku already exists.']}", None, V),
    (
        ("django"),
        ("django.core.exceptions.ValidationError"),
        ("{'kind': [\"Value 'hold' is not a valid choice.\"]}"),
        None,
        V,
    ),
    ("django", "builtins.ValueError", "Field 'id' expected a number but got 'abc'.", None, V),
    ("msgspec", "msgspec.ValidationError", "Expected `int`, got `str` - at `$.qty`", None, V),
    ("msgspec", "msgspec.ValidationError", "Object missing required field `sku` - at `$[0]`", None, V),
    ("msgspec", "msgspec.ValidationError", "Object contains unknown field `qty`", None, V),
    ("msgspec", "msgspec.ValidationError", "Invalid enum value 'hold' - at `$.kind`", None, V),
    ("msgspec", "msgspec.ValidationError", "Expected `int` >= 1 - at `$.qty`", None, V),
    ("msgspec", "msgspec.ValidationError", "Expected `str` of length <= 12 - at `$.sku`", None, V),
    ("msgspec", "msgspec.ValidationError", "Invalid RFC3339 encoded datetime - at `$.created_at`", None, V),
    ("msgspec", "msgspec.DecodeError", "JSON is malformed: trailing characters (byte 12)", None, V),
    ("msgspec", "msgspec.DecodeError", "Input data was truncated", None, V),
    ("msgspec", "msgspec.DecodeError", "MessagePack data is malformed: invalid opcode '\\xc1' (byte 0)", None, V),
    ("msgspec", "builtins.TypeError", "Only dicts with str-like or number-like keys are supported", None, P),
    ("msgspec", "builtins.TypeError", "Encoding objects of type Decimal is unsupported", None, P),
    ("itsdangerous", "itsdangerous.exc.BadSignature", "Signature b'Kx1fQ2' does not match", None, P),
    ("itsdangerous", "itsdangerous.exc.SignatureExpired", "Signature age 3605 > 3600 seconds", None, P),
    ("itsdangerous", "itsdangerous.exc.BadTimeSignature", "timestamp missing", None, V),
    (
        ("itsdangerous"),
        ("itsdangerous.exc.BadPayload"),
        ("Could not load the payload because an exception occurred on unserializing the data."),
        None,
        V,
    ),
    ("itsdangerous", "itsdangerous.exc.BadSignature", "No b'.' found in value", None, V),
    ("itsdangerous", "itsdangerous.exc.BadData", "Invalid base64-encoded data", None, V),
    ("cattrs", "cattrs.errors.ClassValidationError", "While structuring Order (2 sub-exceptions)", None, V),
    ("cattrs", "cattrs.errors.IterableValidationError", "While structuring list[int] (1 sub-exception)", None, V),
    ("cattrs", "cattrs.errors.ForbiddenExtraKeysError", "Extra fields in constructor for Order: qty", None, V),
    ("bcrypt", "builtins.ValueError", "Invalid salt", None, V),
    (
        ("bcrypt"),
        ("builtins.ValueError"),
        ("password cannot be longer than 72 bytes, truncate manually if necessary (e.g. my_password[:72])"),
        None,
        V,
    ),
    ("bcrypt", "builtins.ValueError", "password and salt must not be empty", None, V),
    (
        ("attrs"),
        ("builtins.TypeError"),
        (
            "(\"'qty' must be <class 'int'> (got '3' that is a <class 'str'>).\", Attribute(nam"
            "e='qty', default=NOTHING,"
            " validator=_AndValidator(_validators=(<instance_of validator for type <class 'int'>>,)), repr=True,"
            " eq=True, eq_key=None, order=True, order_key=None, hash=None, init=True, metadata=mappingproxy({}),"
            " type=<class 'int'>, converter=None, kw_only=False, inherited=False, on_setattr=None, alias='qty'),"
            " <class 'int'>, '3')"
        ),
        None,
        V,
    ),
    (
        ("attrs"),
        ("builtins.ValueError"),
        (
            "(\"'kind' must be in ['buy', 'sell'] (got 'hold')\", Attribute(name='kind', default='buy', validator=<in_ "
            "validator with options ['buy', 'sell']>, repr=True, eq=True, eq_key=None, order=True, order_key=None,"
            " hash=None, init=True, metadata=mappingproxy({}), type=<class 'str'>, converter=None, kw_only=False,"
            " inherited=False, on_setattr=None, alias='kind'), ['buy', 'sell'], 'hold')"
        ),
        None,
        V,
    ),
    ("attrs", "builtins.ValueError", "'qty' must be >= 1: 0", None, V),
    ("attrs", "builtins.ValueError", "Length of 'sku' must be <= 12: 20", None, V),
    (
        ("attrs"),
        ("builtins.ValueError"),
        (
            "(\"'sku' must match regex '^[A-Z0-9]+$' ('ab-1' doesn't)\", Attribute(name='sku', default='A',"
            " validator=_AndValidator(_validators=(<max_len validator for 12>, <matches_re validator for pattern "
            "re.compile('^[A-Z0-9]+$')>)), repr=True, eq=True, eq_key=None, order=True, order_key=None, hash=None,"
            " init=True, metadata=mappingproxy({}), type=<class 'str'>, converter=None, kw_only=False, inherited=False,"
            " on_setattr=None, alias='sku'), re.compile('^[A-Z0-9]+$'), 'ab-1')"
        ),
        None,
        V,
    ),
    ("voluptuous", "voluptuous.error.MultipleInvalid", "required key not provided @ data['sku']", None, V),
    ("voluptuous", "voluptuous.error.MultipleInvalid", "extra keys not allowed @ data['qty2']", None, V),
    ("voluptuous", "voluptuous.error.MultipleInvalid", "expected int for dictionary value @ data['qty']", None, V),
    (
        ("voluptuous"),
        ("voluptuous.error.MultipleInvalid"),
        ("not a valid value for dictionary value @ data['kind']"),
        None,
        V,
    ),
    (
        ("voluptuous"),
        ("voluptuous.error.MultipleInvalid"),
        ("value must be at least 1 for dictionary value @ data['qty']"),
        None,
        V,
    ),
    ("cerberus", "builtins.ValueError", "{'qty': ['must be of integer type'], 'sku': ['required field']}", None, V),
    ("cerberus", "cerberus.validator.DocumentError", "'[1, 2]' is not a document, must be a dict", None, V),
    ("schema", "schema.SchemaMissingKeyError", "Missing key: 'sku'", None, V),
    ("schema", "schema.SchemaWrongKeyError", "Wrong key 'qty2' in {'sku': 'A1', 'qty2': 3}", None, V),
    ("schema", "schema.SchemaError", "'3' should be instance of 'int'", None, V),
    ("schema", "schema.SchemaError", "'ab-1' does not match '^[A-Z0-9]+$'", None, V),
    (
        ("email-validator"),
        ("email_validator.exceptions.EmailSyntaxError"),
        ("An email address must have an @-sign."),
        None,
        V,
    ),
    (
        ("email-validator"),
        ("email_validator.exceptions.EmailSyntaxError"),
        ("The email address contains invalid characters before the @-sign: ','."),
        None,
        V,
    ),
    (
        ("email-validator"),
        ("email_validator.exceptions.EmailSyntaxError"),
        ("An email address cannot have two periods in a row."),
        None,
        V,
    ),
    (
        ("email-validator"),
        ("email_validator.exceptions.EmailUndeliverableError"),
        ("The domain name exmaple.con does not exist."),
        None,
        V,
    ),
    (
        ("email-validator"),
        ("email_validator.exceptions.EmailUndeliverableError"),
        ("The domain name example.com does not accept email."),
        None,
        V,
    ),
]

WRAPPED: list[tuple[str, str, Category, str]] = [
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nid\n  Input should be a valid integer, unable "
            "to parse string as an integer [type=int_parsing, input_value='abc', input_type=str]\n    For "
            "further information visit https://errors.pydantic.dev/2.14/v/int_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nid\n  Field required [type=missing, input_value={'qty':"
            " 1, 'sku': 'ABC'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/missing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nqty\n  Input should be greater than 0 [type=greater_than,"
            " input_value=0, input_type=int]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/greater_than"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nsku\n  String should have at least 3 characters "
            "[type=string_too_short, input_value='AB', input_type=str]\n    For further information visit "
            "https://errors.pydantic.dev/2.14/v/string_too_short"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nsku\n  String should have at most 12 characters "
            "[type=string_too_long, input_value='ABCDEFGHIJKLMNOP', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/string_too_long"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nsku\n  Value error, sku must be upp"
            "er case [type=value_error,"
            " input_value='abc', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/value_error"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nextra\n  Extra inputs are not permi"
            "tted [type=extra_forbidden,"
            " input_value=1, input_type=int]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/extra_forbidden"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nkind\n  Input should be 'buy' or 's"
            "ell' [type=literal_error,"
            " input_value='hold', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/literal_error"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nwhen\n  Input should be a valid date or datetime,"
            " month value is outside expected range of 1-12 [type=date_from_datetime_parsing, input_value='2024-13-40',"
            " input_type=str]\n    For further information visit https://errors.pydantic.dev/2"
            ".14/v/date_from_datetime_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nid\n  Input should be a valid integer, got a number "
            "with a fractional part [type=int_from_float, input_value=1.5, input_type=float]\n    For further "
            "information visit https://errors.pydantic.dev/2.14/v/int_from_float"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\nsku\n  Input should be a valid string [type=string_type,"
            " input_value=123, input_type=int]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/string_type"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for Order\n  Invalid JSON: EOF while parsing a value at line "
            '1 column 17 [type=json_invalid, input_value=\'{"id": 1, "qty": \', input_type=str]\n    For '
            "further information visit https://errors.pydantic.dev/2.14/v/json_invalid"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for function-wrap[wrap_val()]\n  Input should be a valid "
            "URL, relative URL without a base [type=url_parsing, input_value='not a url', input_type=str]\n"
            "    For further information visit https://errors.pydantic.dev/2.14/v/url_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for list[int]\n  Input should be a valid list [type=list_type,"
            " input_value='x', input_type=str]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/list_type"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for dict[str,int]\n  Input should be a valid "
            "dictionary [type=dict_type,"
            " input_value=[1], input_type=list]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/dict_type"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for bool\n  Input should be a valid boolean, unable to interpret "
            "input [type=bool_parsing, input_value='maybe', input_type=str]\n    For further information visit "
            "https://errors.pydantic.dev/2.14/v/bool_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for datetime\n  Input should be a valid datetime or date,"
            " input is too short [type=datetime_from_date_parsing, input_value='yesterday', input_type=str]"
            "\n    For further information visit https://errors.pydantic.dev/2.14/v/datetime_from_date_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for float\n  Input should be a valid number, unable to parse "
            "string as a number [type=float_parsing, input_value='1.2.3', input_type=str]\n    For further "
            "information visit https://errors.pydantic.dev/2.14/v/float_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for enum[Color]\n  Input should be 'red' [typ"
            "e=enum, input_value='blue',"
            " input_type=str]\n    For further information visit https://errors.pydantic.dev/2.14/v/enum"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for uuid\n  Input should be a valid UUID, invalid length:"
            " found 4 [type=uuid_parsing, input_value='1234', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/uuid_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 2 validation errors for union[int,date]\nint\n  Input should be a valid integer,"
            " unable to parse string as an integer [type=int_parsing, input_value='x', input_type=str]\n  "
            "  For further information visit https://errors.pydantic.dev/2.14/v/int_parsing\ndate\n  Input "
            "should be a valid date or datetime, input is too short [type=date_from_datetime_parsing, input_value='x',"
            " input_type=str]\n    For further information visit https://errors.pydantic.dev/2"
            ".14/v/date_from_datetime_parsing"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for constrained-str\n  String should match pattern '^[A-Z]"
            "+$' [type=string_pattern_mismatch, input_value='ab1', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/string_pattern_mismatch"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for constrained-int\n  Input should be less than or equal "
            "to 10 [type=less_than_equal, input_value=11, input_type=int]\n    For further information visit "
            "https://errors.pydantic.dev/2.14/v/less_than_equal"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for list[int]\n  List should have at most 2 items after validation,"
            " not 3 [type=too_long, input_value=[1, 2, 3], input_type=list]\n    For further information visit "
            "https://errors.pydantic.dev/2.14/v/too_long"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("pydantic"),
        (
            "ValidationError: 1 validation error for decimal\n  Decimal input should have no more than 3 digits "
            "in total [type=decimal_max_digits, input_value='12345', input_type=str]\n    For further information "
            "visit https://errors.pydantic.dev/2.14/v/decimal_max_digits"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: 'name' is a required property\n\nFailed validating 'required' in schema:\n  "
            "  {'type': 'object',\n     'required': ['name'],\n     'properties': {'name': {'type': 'string',"
            " 'maxLength': 5},\n                    'age': {'type': 'integer', 'minimum': 0},\n           "
            "         'tags': {'type': 'array', 'uniqueItems': True},\n                    'kind': {'enum':"
            " ['a', 'b']},\n                    'email': {'type': 'string',\n                             "
            " 'pattern': '^[^@]+@[^@]+$'}},\n     'additionalProperties': False}\n\nOn instance:\n    {}"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: 5 is not of type 'string'\n\nFailed validating 'type' in schema['properties']"
            "['name']:\n    {'type': 'string', 'maxLength': 5}\n\nOn instance['name']:\n    5"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: 'abcdefgh' is too long\n\nFailed validating 'maxLength' in schema['properties']"
            "['name']:\n    {'type': 'string', 'maxLength': 5}\n\nOn instance['name']:\n    'abcdefgh'"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: -1 is less than the minimum of 0\n\nFailed validating 'minimum' in schema['properties']"
            "['age']:\n    {'type': 'integer', 'minimum': 0}\n\nOn instance['age']:\n    -1"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: Additional properties are not allowed ('zzz' was unexpected)\n\nFailed validating "
            "'additionalProperties' in schema:\n    {'type': 'object',\n     'required': ['name'],\n     'properties':"
            " {'name': {'type': 'string', 'maxLength': 5},\n                    'age': {'type': 'integer',"
            " 'minimum': 0},\n                    'tags': {'type': 'array', 'uniqueItems': True},\n       "
            "             'kind': {'enum': ['a', 'b']},\n                    'email': {'type': 'string',\n"
            "                              'pattern': '^[^@]+@[^@]+$'}},\n     'additionalProperties': False}\n"
            "\nOn instance:\n    {'name': 'a', 'zzz': 1}"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: 'c' is not one of ['a', 'b']\n\nFailed validating 'enum' in schema['properties']"
            "['kind']:\n    {'enum': ['a', 'b']}\n\nOn instance['kind']:\n    'c'"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: [1, 1] has non-unique elements\n\nFailed validating 'uniqueItems' in schema['properties']"
            "['tags']:\n    {'type': 'array', 'uniqueItems': True}\n\nOn instance['tags']:\n    [1, 1]"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "ValidationError: 'nope' does not match '^[^@]+@[^@]+$'\n\nFailed validating 'patte"
            "rn' in schema['properties']"
            "['email']:\n    {'type': 'string', 'pattern': '^[^@]+@[^@]+$'}\n\nOn instance['email']:\n    "
            "'nope'"
        ),
        V,
        ("message.schema"),
    ),
    (
        ("jsonschema"),
        (
            "SchemaError: 'strin' is not valid under any of the given schemas\n\nFailed validating 'anyOf' "
            "in metaschema['allOf'][3]['properties']['type']:\n    {'anyOf': [{'$ref': '#/$defs/simpleTypes'},"
            "\n               {'type': 'array',\n                'items': {'$ref': '#/$defs/simpleTypes'},"
            "\n                'minItems': 1,\n                'uniqueItems': True}]}\n\nOn schema['type']"
            ":\n    'strin'"
        ),
        P,
        ("message.tpl_format_setup"),
    ),
    (
        ("jsonschema"),
        (
            "_WrappedReferencingError: PointerToNowhere: '/definitions/missing' does not exist within {'$ref':"
            " '#/definitions/missing'}"
        ),
        P,
        ("message.not_found_db"),
    ),
    (
        ("orjson"),
        ("JSONDecodeError: unexpected character, expected a string key: line 1 column 2 (char 1)"),
        V,
        ("message.bad_data"),
    ),
    (
        ("orjson"),
        ("JSONDecodeError: Input is a zero-length, empty document: line 1 column 1 (char 0)"),
        V,
        ("message.bad_data"),
    ),
    ("orjson", "JSONDecodeError: unexpected content after document: line 1 column 10 (char 9)", V, "message.bad_data"),
    ("orjson", "JSONDecodeError: unexpected end of data: line 1 column 7 (char 6)", V, "message.bad_data"),
    (
        ("orjson"),
        ("JSONDecodeError: str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0)"),
        V,
        ("message.bad_data"),
    ),
    ("orjson", "TypeError: Integer exceeds 64-bit range", V, "message.tpl_format_undecodable"),
    ("orjson", "TypeError: Type is not JSON serializable: datetime.timedelta", P, "message.bug"),
    ("json", "JSONDecodeError: Expecting value: line 1 column 7 (char 6)", V, "message.bad_data"),
    ("json", "JSONDecodeError: Extra data: line 1 column 4 (char 3)", V, "message.bad_data"),
    ("csv", "Error: field larger than field limit (100)", V, "message.bad_data"),
    ("xml.etree", "ParseError: mismatched tag: line 1, column 8", V, "message.bad_data"),
    ("xml.etree", "ParseError: no element found: line 1, column 0", V, "message.bad_data"),
    ("xml.etree", "ParseError: junk after document element: line 1, column 7", V, "message.bad_data"),
    ("xml.etree", "ParseError: undefined entity: line 1, column 3", V, "message.bad_data"),
    ("xml.etree", "ParseError: duplicate attribute: line 1, column 9", V, "message.tpl_format_undecodable"),
    ("xml.etree", "ParseError: unclosed token: line 1, column 3", V, "message.bad_data"),
    ("xml.etree", "ParseError: not well-formed (invalid token): line 1, column 3", V, "message.bad_data"),
    ("xml.dom", "ExpatError: no element found: line 1, column 3", V, "message.bad_data"),
    ("email", 'ValueError: Invalid date value or format "not a date"', V, "message.tpl_format_undecodable"),
    ("zipfile", "BadZipFile: File is not a zip file", V, "message.bad_data"),
    ("gzip", "BadGzipFile: Not a gzipped file (b'PK')", V, "message.bad_data"),
    ("gzip", "EOFError: Compressed file ended before the end-of-stream marker was reached", V, "message.bad_data"),
    (
        ("tarfile"),
        (
            "ReadError: file could not be opened successfully:\n- method gz: ReadError('not a gzip file')\n"
            "- method bz2: ReadError('not a bzip2 file')\n- method xz: ReadError('not an lzma file')\n- method "
            "tar: ReadError('invalid header')"
        ),
        V,
        ("message.bad_data"),
    ),
    ("zlib", "error: Error -3 while decompressing data: incorrect header check", V, "message.bad_data"),
    ("base64", "Error: Incorrect padding", V, "message.bad_data"),
    ("base64", "Error: Only base64 data is allowed", V, "message.tpl_format_undecodable"),
    ("pandas", "EmptyDataError: No columns to parse from file", V, "message.tpl_dataframe_input"),
    (
        ("pandas"),
        ("ParserError: Error tokenizing data. C error: Expected 2 fields in line 3, saw 3\n"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    (
        ("pandas"),
        ("ValueError: Length mismatch: Expected axis has 2 elements, new values have 1 elements"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    (
        ("pandas"),
        (
            "IntCastingNaNError: Cannot convert non-finite values (NA or inf) to integer. Replace or remove "
            "non-finite values or cast to an integer type that supports these values (e.g. 'Int64')"
        ),
        V,
        ("message.bad_data"),
    ),
    (
        ("pandas"),
        ("OutOfBoundsDatetime: Out of bounds nanosecond timestamp: 3000-01-01 00:00:00"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    (
        ("pandas"),
        (
            'ValueError: time data "2024-13-45" doesn\'t match format "%Y-%m-%d". You might want to try:'
            "\n    - passing `format` if your strings have a consistent format;\n    - passing `format='ISO8601'` "
            "if your strings are all ISO8601 but not necessarily in exactly the same format;\n    - passing "
            "`format='mixed'`, and the format will be inferred for each element individually. You might want "
            "to use `dayfirst` alongside this."
        ),
        V,
        ("message.parse_as_type"),
    ),
    ("pandas", "ValueError: Unable to parse string 'abc' at position 1", V, "message.tpl_dataframe_input"),
    (
        ("pandas"),
        (
            "MergeError: No common columns to perform merge on. Merge options: left_on=None, right_on=None,"
            " left_index=False, right_index=False"
        ),
        V,
        ("message.tpl_dataframe_input"),
    ),
    (
        ("pandas"),
        (
            "MergeError: Merge keys are not unique in either left or right dataset; not a one-to-one merge.\n"
            "Duplicates in left:\n  k\n 1 ...\nDuplicates in right:\n  k\n 1 ..."
        ),
        V,
        ("message.tpl_dataframe_input"),
    ),
    (
        ("pandas"),
        (
            "ValueError: You are trying to merge on int64 and str columns for key 'k'. If you wish to proceed "
            "you should use pd.concat"
        ),
        V,
        ("message.tpl_dataframe_input"),
    ),
    ("pandas", "ValueError: cannot reindex on an axis with duplicate labels", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: All arrays must be of the same length", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: could not convert string to float: 'a'", V, "message.bad_data"),
    ("pandas", "ValueError: Index contains duplicate entries, cannot reshape", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: Expected object or value at position 0", V, "message.tpl_dataframe_input"),
    (
        ("pandas"),
        ("ValueError: Usecols do not match columns, columns expected but not found: ['c']"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    ("pandas", "ValueError: invalid literal for int() with base 10: 'x'", V, "message.bad_data"),
    (
        ("pandas"),
        ("ValueError: Indexes have overlapping values: Index([0], dtype='int64')"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    ("pandas", "ValueError: cannot convert NA to integer", V, "message.bad_data"),
    (
        ("pandas"),
        (
            "ImportError: `Import openpyxl` failed.  Use pip, conda, or your preferred package management "
            "tool to install the openpyxl package."
        ),
        P,
        ("message.tpl_format_setup"),
    ),
    (
        ("pandas"),
        (
            "ImportError: `Import fastparquet` failed. fastparquet is required for parquet support. Use pip,"
            " conda, or your preferred package management tool to install the fastparquet package."
        ),
        P,
        ("message.tpl_format_setup"),
    ),
    (
        ("pyarrow"),
        ("ArrowInvalid: Could not convert 'abc' with type str: tried to convert to int64"),
        V,
        ("message.bad_data"),
    ),
    ("pyarrow", "ArrowInvalid: Could not convert 'x' with type str: tried to convert to int64", V, "message.bad_data"),
    ("pyarrow", "ArrowInvalid: Column 1 named b expected length 3 but got length 2", V, "message.tpl_format_values"),
    (
        ("pyarrow"),
        ("ArrowInvalid: Failed to parse string: 'abc' as a scalar of type int64"),
        V,
        ("message.tpl_format_values"),
    ),
    ("pyarrow", "ArrowInvalid: Float value 1.500000 was truncated converting to int64", V, "message.tpl_format_values"),
    ("pyarrow", "ArrowInvalid: Integer value 300 not in range: -128 to 127", V, "message.tpl_format_values"),
    (
        ("pyarrow"),
        ("ArrowNotImplementedError: Unsupported cast from string to list using function cast_list"),
        P,
        ("message.tpl_format_setup"),
    ),
    (
        ("pyarrow"),
        (
            "ArrowInvalid: Could not open Parquet input source '<Buffer>': Parquet magic bytes not found in "
            "footer. Either the file is corrupted or this is not a parquet file."
        ),
        V,
        ("message.bad_data"),
    ),
    ("pyarrow", "ArrowInvalid: CSV parse error: Expected 2 columns, got 3: 3,4,5", V, "message.tpl_format_values"),
    (
        ("pyarrow"),
        ("ArrowInvalid: In CSV column #1: CSV conversion error to int64: invalid value 'x'"),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("pyarrow"),
        ("ArrowInvalid: Schema at index 1 was different: \na: int64\nvs\na: string"),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("pyarrow"),
        ("ArrowInvalid: Failed to parse string: '2024-13-01' as a scalar of type timestamp[s]"),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("pyarrow"),
        ("ArrowInvalid: Expected to read 1651663207 metadata bytes, but only read 14"),
        V,
        ("message.tpl_format_values"),
    ),
    ("pyarrow", "ArrowTypeError: Expected bytes, got a 'int' object", V, "message.tpl_format_values"),
    (
        ("pyyaml"),
        (
            'ScannerError: mapping values are not allowed here\n  in "<unicode string>", line 1, column '
            "5:\n    a: b: c\n        ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            'ParserError: while parsing a block mapping\n  in "<unicode string>", line 1, column 1:\n   '
            " a:\n    ^\nexpected <block end>, but found '<block mapping start>'\n  in \"<unicode string>\","
            " line 3, column 2:\n     c: d\n     ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            'ScannerError: while scanning a quoted scalar\n  in "<unicode string>", line 1, column 6:\n '
            '   key: \'unterminated\n         ^\nfound unexpected end of stream\n  in "<unicode string>",'
            " line 1, column 19:\n    key: 'unterminated\n                      ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            "ScannerError: while scanning for the next token\nfound character '\\t' that cannot start any "
            'token\n  in "<unicode string>", line 2, column 1:\n    \tb: 1\n    ^'
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            "ComposerError: found undefined alias 'missing'\n  in \"<unicode string>\", line 1, column 4:\n"
            "    a: *missing\n       ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            "ConstructorError: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:"
            'os.system\'\n  in "<unicode string>", line 1, column 1:\n    !!python/object:os.system {}\n '
            "   ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            'ComposerError: expected a single document in the stream\n  in "<unicode string>", line 1, column '
            '1:\n    a: 1\n    ^\nbut found another document\n  in "<unicode string>", line 2, column 1:'
            "\n    ---\n    ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            'ReaderError: unacceptable character #x0000: special characters are not allowed\n  in "<unicode '
            'string>", position 3'
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            'ParserError: while parsing a flow sequence\n  in "<unicode string>", line 1, column 11:\n  '
            "  {a: 1, b: [1, 2}\n              ^\nexpected ',' or ']', but got '}'\n  in \"<unicode string>\","
            " line 1, column 16:\n    {a: 1, b: [1, 2}\n                   ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            'ParserError: while parsing a block collection\n  in "<unicode string>", line 1, column 1:\n'
            "    - a\n    ^\nexpected <block end>, but found '?'\n  in \"<unicode string>\", line 2, column "
            "1:\n    b: c\n    ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            "ScannerError: while scanning for the next token\nfound character '@' that cannot start any token\n"
            '  in "<unicode string>", line 1, column 4:\n    a: @foo\n       ^'
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("pyyaml"),
        (
            'ConstructorError: while constructing a mapping\n  in "<unicode string>", line 1, column 1:\n'
            '    ? [a, b]\n    ^\nfound unhashable key\n  in "<unicode string>", line 1, column 3:\n    '
            "? [a, b]\n      ^"
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("cryptography"),
        ("ValueError: Fernet key must be 32 url-safe base64-encoded bytes."),
        P,
        ("message.signing_key_setup"),
    ),
    (
        ("cryptography"),
        (
            "ValueError: ('Could not deserialize key data. The data may be in an incorrect format, it may "
            "be encrypted with an unsupported algorithm, or it may be an unsupported key type (e.g. EC curves "
            "with explicit parameters).', [_OpenSSLErrorWithText(code=503841036, lib=60, reas"
            "on=524556, reason_text=b'error:"
            "1E08010C:DECODER routines::unsupported')])"
        ),
        P,
        ("message.signing_key_setup"),
    ),
    ("cryptography", "TypeError: Password was not given but private key is encrypted", P, "message.config"),
    ("cryptography", "ValueError: Bad decrypt. Incorrect password?", P, "message.access_denied"),
    ("cryptography", "TypeError: Password was given but private key is not encrypted.", P, "message.config"),
    ("cryptography", "ValueError: Invalid key size (80) for AES.", P, "message.signing_key_setup"),
    (
        ("cryptography"),
        (
            "ValueError: ('Could not deserialize key data. The data may be in an incorrect format, it may "
            "be encrypted with an unsupported algorithm, or it may be an unsupported key type (e.g. EC curves "
            "with explicit parameters).', [_OpenSSLErrorWithText(code=75497580, lib=9, reason=108, reason_text=b'error:"
            "0480006C:PEM routines::no start line')])"
        ),
        P,
        ("message.signing_key_setup"),
    ),
    ("cryptography", "ValueError: AESGCM key must be 128, 192, or 256 bits.", P, "message.signing_key_setup"),
    (
        ("pandas"),
        ("ValueError: The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all()."),
        P,
        ("message.bug"),
    ),
    ("pandas", "ValueError: Shape of passed values is (3, 2), indices imply (3, 3)", V, "message.tpl_dataframe_input"),
    ("pandas", "KeyError: '[9] not in index'", V, "message.tpl_dataframe_input"),
    ("pandas", "DateParseError: day is out of range for month: 2024-02-30", V, "message.bad_data"),
    (
        ("pandas"),
        (
            'ValueError: time data "01/02/2024" doesn\'t match format "%Y-%m-%d". You might want to try:'
            "\n    - passing `format` if your strings have a consistent format;\n    - passing `format='ISO8601'` "
            "if your strings are all ISO8601 but not necessarily in exactly the same format;\n    - passing "
            "`format='mixed'`, and the format will be inferred for each element individually. You might want "
            "to use `dayfirst` alongside this."
        ),
        V,
        ("message.parse_as_type"),
    ),
    (
        ("pandas"),
        ("DateParseError: Unknown datetime string format, unable to parse: not a date"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    ("pandas", "ValueError: invalid literal for int() with base 10: 'x'", V, "message.bad_data"),
    (
        ("pandas"),
        ("ParserError: Error tokenizing data. C error: EOF inside string starting at row 1"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    ("pandas", "ValueError: Missing column provided to 'parse_dates': 'c'", V, "message.tpl_dataframe_input"),
    (
        ("pandas"),
        ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        V,
        ("message.bad_data"),
    ),
    (
        ("pandas"),
        ("ValueError: Unexpected character found when decoding object value at position 18"),
        V,
        ("message.tpl_dataframe_input"),
    ),
    ("pandas", "ValueError: Categorical categories must be unique", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: invalid unit abbreviation: parsecs", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: Index contains duplicate entries, cannot reshape", V, "message.tpl_dataframe_input"),
    ("pandas", "DateParseError: Unknown datetime string format, unable to parse: zz", V, "message.tpl_dataframe_input"),
    ("pandas", "TypeError: cannot safely cast non-equivalent object to int64", V, "message.tpl_dataframe_input"),
    (
        ("pyarrow"),
        ("ArrowTypeError: Unable to merge: Field a has incompatible types: int64 vs string"),
        V,
        ("message.tpl_format_values"),
    ),
    ("pyarrow", "ArrowInvalid: Failed to parse value: x", V, "message.tpl_format_values"),
    (
        ("pyarrow"),
        ("ArrowInvalid: Failed to parse string: '1.5' as a scalar of type int64"),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("pyarrow"),
        ("ArrowInvalid: Integer value 1099511627776 not in range: -2147483648 to 2147483647"),
        V,
        ("message.tpl_format_values"),
    ),
    ("pyarrow", "ValueError: Arrays were not all the same length: 2 vs 1", V, "message.tpl_format_values"),
    ("pyarrow", "ArrowKeyError: No function registered with name: no_such_function", P, "message.tpl_format_setup"),
    (
        ("pyarrow"),
        (
            "ArrowInvalid: Failed to parse string: '2024-01-01T00:00:00+99:00' as a scalar of type timestamp[s,"
            " tz=UTC]: expected a zone offset. If these timestamps are in local time, cast to timestamp without "
            "timezone, then call assume_timezone."
        ),
        V,
        ("message.tpl_format_values"),
    ),
    ("pyarrow", "ArrowInvalid: cannot mix struct and non-struct, non-null values", V, "message.tpl_format_values"),
    (
        ("pydantic-settings"),
        (
            "ValidationError: 1 validation error for Settings\ndatabase_url\n  Field required [type=missing,"
            " input_value={}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/"
            "2.14/v/missing"
        ),
        P,
        ("message.tpl_settings_invalid"),
    ),
    (
        ("pydantic-settings"),
        (
            "ValidationError: 1 validation error for Settings\nworkers\n  Input should be a valid integer,"
            " unable to parse string as an integer [type=int_parsing, input_value='many', input_type=str]\n"
            "    For further information visit https://errors.pydantic.dev/2.14/v/int_parsing"
        ),
        P,
        ("message.tpl_settings_invalid"),
    ),
    (
        ("pydantic-settings"),
        ('SettingsError: error parsing value for field "tags" from source "EnvSettingsSource"'),
        P,
        ("message.tpl_settings_invalid"),
    ),
    ("dateutil", "ParserError: Unknown string format: not a date at all", V, "message.bad_data"),
    ("dateutil", "ParserError: month must be in 1..12: 2024-13-45", V, "message.bad_data"),
    ("dateutil", "ValueError: hour must be in 0..23", V, "message.bad_data"),
    ("marshmallow", "ValidationError: {'email': ['Missing data for required field.']}", V, "message.schema"),
    ("marshmallow", "ValidationError: {'age': ['Not a valid integer.']}", V, "message.schema"),
    ("marshmallow", "ValidationError: {'name': ['Field may not be null.']}", V, "message.tpl_format_values"),
    ("marshmallow", "ValidationError: {'created_at': ['Not a valid datetime.']}", V, "message.schema"),
    ("marshmallow", "ValidationError: {'email': ['Not a valid email address.']}", V, "message.schema"),
    ("marshmallow", "ValidationError: {'callback': ['Not a valid URL.']}", V, "message.schema"),
    ("marshmallow", "ValidationError: {'status': ['Must be one of: active, inactive.']}", V, "message.schema"),
    ("marshmallow", "ValidationError: {'name': ['Length must be between 1 and 64.']}", V, "message.tpl_format_values"),
    ("marshmallow", "ValidationError: {'nickname': ['Unknown field.']}", V, "message.schema"),
    ("marshmallow", "ValidationError: {'_schema': ['Invalid input type.']}", V, "message.bad_data"),
    (
        ("marshmallow"),
        ("ValidationError: {'qty': ['Must be greater than or equal to 1.']}"),
        V,
        ("message.tpl_format_values"),
    ),
    ("marshmallow", "ValidationError: {'sku': ['Shorter than minimum length 3.']}", V, "message.tpl_format_values"),
    ("marshmallow", "ValidationError: {'id': ['Not a valid UUID.']}", V, "message.schema"),
    (
        ("marshmallow"),
        ("ValidationError: {'price': ['Special numeric values (nan or infinity) are not permitted.']}"),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("marshmallow"),
        ("RegistryError: Class with name 'AddressSchema' was not found. You may need to import the class."),
        P,
        ("message.not_found_db"),
    ),
    (
        ("protobuf"),
        ("DecodeError: Error parsing message with type 'orders.v1.Order': Wire format was corrupt"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("protobuf"),
        ("DecodeError: Error parsing message with type 'orders.v1.Order': String field had bad UTF-8"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    ("protobuf", "DecodeError: Truncated message.", V, "message.tpl_format_undecodable"),
    ("protobuf", "DecodeError: Unexpected end-group tag.", V, "message.tpl_format_undecodable"),
    (
        ("protobuf"),
        (
            'ParseError: Message type "orders.v1.Order" has no field named "qty" at "Order".\n Available '
            "Fields(except extensions): \"['id', 'quantity', 'sku']\""
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("protobuf"),
        ("ParseError: Failed to parse quantity field: invalid literal for int() with base 10: 'ten'."),
        V,
        ("message.bad_data"),
    ),
    ("protobuf", "ParseError: Failed to load JSON: Expecting value: line 1 column 1 (char 0).", V, "message.bad_data"),
    (
        ("protobuf"),
        ("ParseError: Invalid enum value SHIPPEDX for enum type orders.v1.Status at Order.status"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("protobuf"),
        ('ParseError: Couldn\'t parse integer: "12 34" at Order.quantity'),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("protobuf"),
        ("ParseError: repeated field items must be in [] which is {'sku': 'A1'} at Order"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("protobuf"),
        ("EncodeError: Message orders.v1.Order is missing required fields: id"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    ("protobuf", 'ValueError: Protocol message Order has no "qty" field.', P, "message.tpl_format_setup"),
    ("msgpack", "ValueError: Unpack failed: incomplete input", V, "message.tpl_format_undecodable"),
    ("msgpack", "ExtraData: unpack(b) received extra data.", V, "message.bad_data"),
    ("msgpack", "OverflowError: Integer value out of range", V, "message.bad_data"),
    ("msgpack", "OutOfData: No more data to unpack.", V, "message.tpl_format_undecodable"),
    ("fastavro", "ValueError: cannot read header - is it an avro file?", V, "message.document_broken"),
    ("fastavro", "ValueError: expected sync marker not found", V, "message.document_broken"),
    ("fastavro", "ValueError: no value and no default for customer_id", V, "message.tpl_format_undecodable"),
    (
        ("fastavro"),
        ("ValidationError: [\n  \"Order.quantity is <ten> of type <class 'str'> expected int\"\n]"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    ("fastavro", "SchemaParseException: Default value for enum must be in symbols list", P, "message.tpl_format_setup"),
    ("fastavro", "SchemaParseException: redefined named type: orders.Order", P, "message.tpl_format_setup"),
    ("fastavro", "ValueError: Unrecognized codec: zstandardx", P, "message.tpl_format_setup"),
    (
        ("fastavro"),
        ("ValueError: The decimal precision is bigger than allowed by schema"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("lxml"),
        ("XMLSyntaxError: Opening and ending tag mismatch: item line 3 and order, line 4, column 9"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("lxml"),
        ("XMLSyntaxError: Start tag expected, '<' not found, line 1, column 1"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    ("lxml", "XMLSyntaxError: Document is empty, line 1, column 1", V, "message.tpl_format_undecodable"),
    (
        ("lxml"),
        ("XMLSyntaxError: Extra content at the end of the document, line 2, column 1"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("lxml"),
        ("XMLSyntaxError: Premature end of data in tag order line 1, line 1, column 20"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    ("lxml", "XMLSyntaxError: xmlParseEntityRef: no name, line 1, column 14", V, "message.tpl_format_undecodable"),
    ("lxml", "XMLSyntaxError: Entity 'nbsp' not defined, line 1, column 14", V, "message.tpl_format_undecodable"),
    (
        ("lxml"),
        ("XMLSyntaxError: Couldn't find end of Start Tag order line 1, line 1, column 8"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("lxml"),
        ("DocumentInvalid: Element 'quantity': This element is not expected. Expected is ( sku )., line 3"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("lxml"),
        ("DocumentInvalid: Element 'order': Missing child element(s). Expected is ( id )., line 1"),
        V,
        ("message.tpl_format_undecodable"),
    ),
    (
        ("polars"),
        ('ColumnNotFoundError: unable to find column "qty"; valid columns: ["id", "sku", "quantity"]'),
        P,
        ("message.tpl_format_setup"),
    ),
    (
        ("polars"),
        ("ComputeError: could not parse `ten` as dtype `i64` at column 'quantity' (column number 3)"),
        V,
        ("message.parse_as_type"),
    ),
    (
        ("polars"),
        (
            "InvalidOperationError: conversion from `str` to `i64` failed in column 'quantity' for 1 out of "
            '3 values: ["ten"]'
        ),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("polars"),
        ("ShapeError: unable to add a column of length 2 to a DataFrame of height 3"),
        V,
        ("message.tpl_format_values"),
    ),
    ("polars", "ShapeError: Series length 2 doesn't match the DataFrame height of 3", V, "message.tpl_format_values"),
    (
        ("polars"),
        ("SchemaError: datatypes of join keys don't match - `id`: i64 on left does not match `id`: str on right"),
        V,
        ("message.tpl_format_values"),
    ),
    ("polars", "SchemaError: failed to determine supertype of str and i64", V, "message.tpl_format_values"),
    ("polars", "NoDataError: empty CSV", V, "message.tpl_format_values"),
    ("polars", "InvalidOperationError: casting from Time to Date not supported", P, "message.tpl_format_setup"),
    (
        ("pillow"),
        ("UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f3a2c1b9e50>"),
        V,
        ("message.bad_data"),
    ),
    (
        ("pillow"),
        (
            "DecompressionBombError: Image size (268435456 pixels) exceeds limit of 178956970 pixels, could "
            "be decompression bomb DOS attack."
        ),
        V,
        ("message.tpl_format_undecodable"),
    ),
    ("pillow", "OSError: image file is truncated (3 bytes not processed)", V, "message.bad_data"),
    ("pillow", "OSError: image file is truncated", V, "message.bad_data"),
    ("pillow", "SyntaxError: broken PNG file (chunk b'IDAT')", V, "message.damaged_image"),
    ("pillow", "SyntaxError: not a JPEG file", V, "message.bad_data"),
    ("pillow", "OSError: Truncated File Read", V, "message.bad_data"),
    ("pypdf", "PdfReadError: EOF marker not found", V, "message.document_broken"),
    ("pypdf", "PdfReadError: startxref not found", V, "message.document_broken"),
    ("pypdf", "PdfReadError: Broken xref table", V, "message.document_broken"),
    ("pypdf", "PdfStreamError: Could not read malformed PDF file", V, "message.bad_data"),
    ("pypdf", "EmptyFileError: Cannot read an empty file", V, "message.document_broken"),
    ("pypdf", "DependencyError: cryptography>=3.1 is required for AES algorithm", P, "message.tpl_crypto_setup"),
    ("pypdf", "LimitReachedError: Limit reached while decompressing.", V, "message.tpl_format_undecodable"),
    ("sqlalchemy", "NoResultFound: No row was found when one was required", P, "message.tpl_sqlalchemy_misuse"),
    (
        ("sqlalchemy"),
        (
            "PendingRollbackError: This Session's transaction has been rolled back due to a previous exception "
            "during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original "
            "exception was: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "
            '"orders_sku_key"\nDETAIL:  Key (sku)=(A1) already exists.\n(Background on this error at: https:'
            "//sqlalche.me/e/20/gkpj)"
        ),
        P,
        ("message.tpl_orm_misuse"),
    ),
    (
        ("sqlalchemy"),
        (
            "TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 "
            "(Background on this error at: https://sqlalche.me/e/20/3o7r)"
        ),
        R,
        ("message.connection_limit"),
    ),
    (
        ("sqlalchemy"),
        (
            "MissingGreenlet: greenlet_spawn has not been called; can't call await_only() here. Was IO attempted "
            "in an unexpected place? (Background on this error at: https://sqlalche.me/e/20/xd2s)"
        ),
        P,
        ("message.tpl_sqlalchemy_misuse"),
    ),
    (
        ("sqlalchemy"),
        ("ResourceClosedError: This result object does not return rows. It has been closed automatically."),
        P,
        ("message.tpl_sqlalchemy_misuse"),
    ),
    ("sqlalchemy", "NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:postgres", P, "message.config"),
    (
        ("sqlalchemy"),
        (
            "NoReferencedTableError: Foreign key associated with column 'orders.customer_id' could not find "
            "table 'customers' with which to generate a foreign key to target column 'id'"
        ),
        P,
        ("message.tpl_orm_misuse"),
    ),
    (
        ("sqlalchemy"),
        (
            "PendingRollbackError: Can't reconnect until invalid transaction is rolled back.  Please rollback() "
            "fully before proceeding (Background on this error at: https://sqlalche.me/e/20/8s2b)"
        ),
        P,
        ("message.tpl_pg_failed_transaction"),
    ),
    (
        ("sqlalchemy"),
        ("NoSuchColumnError: Could not locate column in row for column 'orders.total'"),
        P,
        ("message.tpl_orm_misuse"),
    ),
    ("django", "DoesNotExist: Order matching query does not exist.", P, "message.not_found_db"),
    ("django", "ObjectDoesNotExist: Customer matching query does not exist.", P, "message.not_found_db"),
    (
        ("django"),
        (
            "ImproperlyConfigured: Requested setting INSTALLED_APPS, but settings are not configured. You "
            "must either define the environment variable DJANGO_SETTINGS_MODULE or call settings.configure() "
            "before accessing settings."
        ),
        P,
        ("message.config"),
    ),
    ("django", "ValidationError: ['Enter a valid email address.']", V, "message.tpl_format_values"),
    (
        ("django"),
        ("ValidationError: {'sku': ['Ensure this value has at most 12 characters (it has 20).']}"),
        V,
        ("message.schema"),
    ),
    (
        ("django"),
        (
            'IntegrityError: duplicate key value violates unique constraint "orders_order_sku_key"\nDETAIL:'
            "  Key (sku)=(A1) already exists.\n"
        ),
        V,
        ("message.integrity"),
    ),
    ("django", "IntegrityError: UNIQUE constraint failed: orders_order.sku", V, "message.integrity"),
    ("django", "DataError: value too long for type character varying(12)\n", V, "message.bad_data"),
    ("django", "OperationalError: no such table: orders_order", P, "message.not_found_db"),
    ("django", "OperationalError: database is locked", T, "message.db_concurrency"),
    (
        ("peewee"),
        (
            'OrderDoesNotExist: <Model: Order> instance matching query does not exist:\nSQL: SELECT "t1"."id",'
            ' "t1"."sku" FROM "order" AS "t1" WHERE ("t1"."id" = ?) LIMIT ? OFFSET ?\nParams: '
            "[42, 1, 0]"
        ),
        P,
        ("message.not_found_db"),
    ),
    (
        ("peewee"),
        ("InterfaceError: Error, database must be initialized before opening a connection."),
        P,
        ("message.used_before_initialized"),
    ),
    ("peewee", "InterfaceError: Error, database connection not opened.", P, "message.tpl_orm_misuse"),
    ("peewee", "OperationalError: Connection already opened.", P, "message.tpl_orm_misuse"),
    ("peewee", "MaxConnectionsExceeded: Exceeded maximum connections.", R, "message.connection_limit"),
    ("peewee", "ImproperlyConfigured: psycopg2 postgres driver not found.", P, "message.tpl_orm_misuse"),
    ("peewee", "ImproperlyConfigured: MySQL driver not installed!", P, "message.tpl_orm_misuse"),
    ("tortoise", 'DoesNotExist: Object "Order" does not exist', P, "message.not_found_db"),
    (
        ("tortoise"),
        ("NoValuesFetched: No values were fetched for this relation, first use .fetch_related()"),
        P,
        ("message.tpl_orm_misuse"),
    ),
    ("tortoise", "ValidationError: sku: Length of 'ABCDEFGHIJKLMNOPQRST' 20 > 12", V, "message.tpl_orm_field_value"),
    ("tortoise", "ValidationError: quantity: Value should be greater or equal to 1", V, "message.tpl_orm_field_value"),
    ("tortoise", "ValidationError: ip: 'x.y' is not a valid IPv4 address.", V, "message.schema"),
    ("tortoise", "DBConnectionError: Can't establish connection to database orders", T, "message.network"),
    ("tortoise", "OperationalError: Can't delete unpersisted record", P, "message.tpl_orm_misuse"),
    ("paramiko", "AuthenticationException: Authentication failed.", P, "message.access_denied"),
    (
        ("paramiko"),
        ("SSHException: Error reading SSH protocol banner[Errno 104] Connection reset by peer"),
        T,
        ("errno.ECONNRESET"),
    ),
    (
        ("paramiko"),
        ("NoValidConnectionsError: [Errno None] Unable to connect to port 22 on 10.0.4.17"),
        T,
        ("message.network"),
    ),
    (
        ("paramiko"),
        (
            "BadHostKeyException: Host key for server '10.0.4.17' does not match: got 'AAAAC3NzaC1lZDI1NTE5AAAAIFq',"
            " expected 'AAAAB3NzaC1yc2EAAAADAQAB'"
        ),
        P,
        ("message.tpl_crypto_setup"),
    ),
    ("paramiko", "SSHException: Server '10.0.4.17' not found in known_hosts", P, "message.tpl_crypto_setup"),
    ("paramiko", "PasswordRequiredException: Private key file is encrypted", P, "message.config"),
    ("paramiko", "SSHException: not a valid RSA private key file", P, "message.config"),
    (
        ("paramiko"),
        ("SSHException: Incompatible ssh peer (no acceptable kex algorithm)"),
        P,
        ("message.tpl_ssh_no_common_algorithm"),
    ),
    ("paramiko", "SSHException: Key-exchange timed out waiting for key negotiation", T, "message.network"),
    ("paramiko", "AuthenticationException: Authentication timeout.", T, "message.network"),
    ("python-jose", "ExpiredSignatureError: Signature has expired.", P, "message.access_denied"),
    ("python-jose", "JWTError: Signature verification failed.", P, "message.tpl_crypto_setup"),
    ("python-jose", "JWTClaimsError: Invalid audience", P, "message.tpl_jwt_rejected"),
    ("python-jose", "JWTClaimsError: Invalid issuer", P, "message.tpl_jwt_rejected"),
    ("python-jose", "JWTError: Not enough segments", V, "message.tpl_jwt_malformed"),
    ("python-jose", "JWTError: Invalid header string: must be a json object", V, "message.tpl_token_malformed"),
    ("python-jose", "JWTError: Invalid payload padding", V, "message.tpl_jwt_malformed"),
    ("python-jose", "JWKError: Unable to find an algorithm for key", P, "message.tpl_crypto_setup"),
    ("python-jose", "JWTError: The specified alg value is not allowed", P, "message.tpl_jwt_rejected"),
    ("python-jose", "JWTClaimsError: The token is not yet valid (nbf)", T, "message.tpl_jwt_not_yet_valid"),
    ("python-jose", "JWEError: Algorithm A256KWX not supported.", P, "message.tpl_crypto_setup"),
    (
        ("sqlalchemy"),
        (
            "StatementError: (sqlalchemy.exc.InvalidRequestError) A value is required for bind parameter 'sku'\n"
            "[SQL: INSERT INTO orders (id, sku) VALUES (?, ?)]\n(Background on this error at: https://sqlalche.me/"
            "e/20/cd3x)"
        ),
        P,
        ("type.permanent.db"),
    ),
    (
        ("django"),
        ("ValidationError: ['“2024-13-45” value has an invalid date format. It must be in YYYY-MM-DD format.']"),
        V,
        ("message.bad_data"),
    ),
    (
        ("django"),
        ("ValidationError: ['“2024-02-30” value has the correct format (YYYY-MM-DD) but it is an invalid date.']"),
        V,
        ("message.tpl_format_values"),
    ),
    ("django", "ValidationError: ['“abc” value must be a decimal number.']", V, "message.tpl_format_values"),
    ("django", "ValidationError: ['“abc” value must be an integer.']", V, "message.tpl_format_values"),
    (
        ("django"),
        ("ValidationError: {'status': ['This field cannot be blank.'], 'customer': ['This field cannot be null.']}"),
        V,
        ("message.integrity"),
    ),
    ("django", "ValidationError: {'sku': ['Order with this Sku already exists.']}", V, "message.tpl_format_values"),
    ("django", "ValidationError: {'kind': [\"Value 'hold' is not a valid choice.\"]}", V, "message.schema"),
    ("django", "ValueError: Field 'id' expected a number but got 'abc'.", V, "message.tpl_format_values"),
    ("msgspec", "ValidationError: Expected `int`, got `str` - at `$.qty`", V, "message.tpl_format_values"),
    ("msgspec", "ValidationError: Object missing required field `sku` - at `$[0]`", V, "message.schema"),
    ("msgspec", "ValidationError: Object contains unknown field `qty`", V, "message.schema"),
    ("msgspec", "ValidationError: Invalid enum value 'hold' - at `$.kind`", V, "message.tpl_format_values"),
    ("msgspec", "ValidationError: Expected `int` >= 1 - at `$.qty`", V, "message.tpl_format_values"),
    ("msgspec", "ValidationError: Expected `str` of length <= 12 - at `$.sku`", V, "message.tpl_format_values"),
    (
        ("msgspec"),
        ("ValidationError: Invalid RFC3339 encoded datetime - at `$.created_at`"),
        V,
        ("message.tpl_format_values"),
    ),
    ("msgspec", "DecodeError: JSON is malformed: trailing characters (byte 12)", V, "message.bad_data"),
    ("msgspec", "DecodeError: Input data was truncated", V, "message.tpl_format_values"),
    ("msgspec", "DecodeError: MessagePack data is malformed: invalid opcode '\\xc1' (byte 0)", V, "message.bad_data"),
    ("msgspec", "TypeError: Encoding objects of type Decimal is unsupported", P, "message.tpl_format_setup"),
    ("itsdangerous", "BadSignature: Signature b'Kx1fQ2' does not match", P, "message.tpl_crypto_setup"),
    (
        ("itsdangerous"),
        ("BadPayload: Could not load the payload because an exception occurred on unserializing the data."),
        V,
        ("message.tpl_format_values"),
    ),
    ("itsdangerous", "BadSignature: No b'.' found in value", V, "message.tpl_token_malformed"),
    ("itsdangerous", "BadData: Invalid base64-encoded data", V, "message.bad_data"),
    ("cattrs", "ClassValidationError: While structuring Order (2 sub-exceptions)", V, "message.tpl_format_values"),
    (
        ("cattrs"),
        ("IterableValidationError: While structuring list[int] (1 sub-exception)"),
        V,
        ("message.tpl_format_values"),
    ),
    ("cattrs", "ForbiddenExtraKeysError: Extra fields in constructor for Order: qty", V, "message.tpl_format_values"),
    ("bcrypt", "ValueError: Invalid salt", V, "message.tpl_format_values"),
    (
        ("bcrypt"),
        ("ValueError: password cannot be longer than 72 bytes, truncate manually if necessary (e.g. my_password[:72])"),
        V,
        ("message.tpl_format_values"),
    ),
    ("bcrypt", "ValueError: password and salt must not be empty", V, "message.tpl_format_values"),
    (
        ("attrs"),
        (
            "TypeError: (\"'qty' must be <class 'int'> (got '3' that is a <class 'str'>).\", Attribute(name='qty',"
            " default=NOTHING, validator=_AndValidator(_validators=(<instance_of validator for type <class "
            "'int'>>,)), repr=True, eq=True, eq_key=None, order=True, order_key=None, hash=None, init=True,"
            " metadata=mappingproxy({}), type=<class 'int'>, converter=None, kw_only=False, inherited=False,"
            " on_setattr=None, alias='qty'), <class 'int'>, '3')"
        ),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("attrs"),
        (
            "ValueError: (\"'kind' must be in ['buy', 'sell'] (got 'hold')\", Attribute(name='kind', default='buy',"
            " validator=<in_ validator with options ['buy', 'sell']>, repr=True, eq=True, eq_key=None, order=True,"
            " order_key=None, hash=None, init=True, metadata=mappingproxy({}), type=<class 'str'>, converter=None,"
            " kw_only=False, inherited=False, on_setattr=None, alias='kind'), ['buy', 'sell'], 'hold')"
        ),
        V,
        ("message.tpl_format_values"),
    ),
    ("attrs", "ValueError: 'qty' must be >= 1: 0", V, "message.tpl_format_values"),
    ("attrs", "ValueError: Length of 'sku' must be <= 12: 20", V, "message.tpl_format_values"),
    (
        ("attrs"),
        (
            "ValueError: (\"'sku' must match regex '^[A-Z0-9]+$' ('ab-1' doesn't)\", Attribute(name='sku',"
            " default='A', validator=_AndValidator(_validators=(<max_len validator for 12>, <matches_re validator "
            "for pattern re.compile('^[A-Z0-9]+$')>)), repr=True, eq=True, eq_key=None, order=True, order_key=None,"
            " hash=None, init=True, metadata=mappingproxy({}), type=<class 'str'>, converter=None, kw_only=False,"
            " inherited=False, on_setattr=None, alias='sku'), re.compile('^[A-Z0-9]+$'), 'ab-1')"
        ),
        V,
        ("message.tpl_format_values"),
    ),
    ("voluptuous", "MultipleInvalid: required key not provided @ data['sku']", V, "message.tpl_format_values"),
    ("voluptuous", "MultipleInvalid: extra keys not allowed @ data['qty2']", V, "message.tpl_format_values"),
    ("voluptuous", "MultipleInvalid: expected int for dictionary value @ data['qty']", V, "message.schema"),
    ("voluptuous", "MultipleInvalid: not a valid value for dictionary value @ data['kind']", V, "message.schema"),
    ("voluptuous", "MultipleInvalid: value must be at least 1 for dictionary value @ data['qty']", V, "message.schema"),
    (
        ("cerberus"),
        ("ValueError: {'qty': ['must be of integer type'], 'sku': ['required field']}"),
        V,
        ("message.tpl_format_values"),
    ),
    ("cerberus", "DocumentError: '[1, 2]' is not a document, must be a dict", V, "message.tpl_format_values"),
    ("schema", "SchemaMissingKeyError: Missing key: 'sku'", V, "message.tpl_format_values"),
    ("schema", "SchemaWrongKeyError: Wrong key 'qty2' in {'sku': 'A1', 'qty2': 3}", V, "message.tpl_format_values"),
    ("schema", "SchemaError: '3' should be instance of 'int'", V, "message.tpl_format_values"),
    ("schema", "SchemaError: 'ab-1' does not match '^[A-Z0-9]+$'", V, "message.schema"),
    ("email-validator", "EmailSyntaxError: An email address must have an @-sign.", V, "message.tpl_format_values"),
    (
        ("email-validator"),
        ("EmailSyntaxError: The email address contains invalid characters before the @-sign: ','."),
        V,
        ("message.bad_data"),
    ),
    (
        ("email-validator"),
        ("EmailSyntaxError: An email address cannot have two periods in a row."),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("email-validator"),
        ("EmailUndeliverableError: The domain name exmaple.con does not exist."),
        V,
        ("message.tpl_format_values"),
    ),
    (
        ("email-validator"),
        ("EmailUndeliverableError: The domain name example.com does not accept email."),
        V,
        ("message.tpl_format_values"),
    ),
]


# Each fix with the weaker evidence that decided before it (in the comment): the rule that must decide now.
FIXES: list[tuple[str, str, Category, str]] = [
    (
        "builtins.TypeError",
        "Integer exceeds 64-bit range",
        V,
        "message.tpl_format_undecodable",
    ),  # before: base.permanent.bug
    (
        "builtins.ValueError",
        "AESGCM key must be 128, 192, or 256 bits.",
        P,
        "message.signing_key_setup",
    ),  # before: message.invalid
    (
        "builtins.ValueError",
        'Protocol message Order has no "qty" field.',
        P,
        "message.tpl_format_setup",
    ),  # before: base.validation.values
    (
        "builtins.ValueError",
        "Unrecognized codec: zstandardx",
        P,
        "message.tpl_format_setup",
    ),  # before: base.validation.values
    (
        "polars.exceptions.InvalidOperationError",
        "casting from Time to Date not supported",
        P,
        "message.tpl_format_setup",
    ),  # before: name.invalid
    (
        "builtins.SyntaxError",
        "broken PNG file (chunk b'IDAT')",
        V,
        "type.validation.tpl_image_syntax",
    ),  # before: type.permanent.bug
    ("builtins.SyntaxError", "not a JPEG file", V, "type.validation.tpl_image_syntax"),  # before: type.permanent.bug
    (
        "pypdf.errors.LimitReachedError",
        "Limit reached while decompressing.",
        V,
        "type.validation.tpl_pdf_limits",
    ),  # before: message.quota
    (
        "peewee.InterfaceError",
        "Error, database connection not opened.",
        P,
        "message.tpl_orm_misuse",
    ),  # before: message.retry
    ("peewee.OperationalError", "Connection already opened.", P, "message.tpl_orm_misuse"),  # before: message.retry
    (
        "tortoise.exceptions.NoValuesFetched",
        "No values were fetched for this relation, first use .fetch_related()",
        P,
        "type.permanent.tpl_orm_unfetched",
    ),  # before: unknown
    (
        "tortoise.exceptions.OperationalError",
        "Can't delete unpersisted record",
        P,
        "message.tpl_orm_misuse",
    ),  # before: unknown
    ("jose.exceptions.JWTError", "Signature verification failed.", P, "message.tpl_crypto_setup"),  # before: unknown
    ("jose.exceptions.JWEError", "Algorithm A256KWX not supported.", P, "message.tpl_crypto_setup"),  # before: unknown
    (
        "builtins.RuntimeError",
        (
            "PendingRollbackError: This Session's transaction has been rolled back due to a previous exception "
            "during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original "
            "exception was: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "
            '"orders_sku_key"'
        ),
        P,
        "message.tpl_orm_misuse",
    ),  # before: message.integrity
    (
        "builtins.RuntimeError",
        (
            "SchemaError: 'strin' is not valid under any of the given schemas\n\nFailed validating 'anyOf' "
            "in metaschema['allOf'][3]['properties']['type']:"
        ),
        P,
        "message.tpl_format_setup",
    ),  # before: message.schema
    (
        "builtins.RuntimeError",
        "ArrowInvalid: Float value 1.500000 was truncated converting to int64",
        V,
        "message.tpl_format_values",
    ),  # before: base.permanent.bug
    (
        "builtins.RuntimeError",
        "MergeError: No common columns to perform merge on. Merge options: left_on=None, right_on=None",
        V,
        "message.tpl_dataframe_input",
    ),  # before: base.permanent.bug
    (
        "builtins.RuntimeError",
        "ValidationError: {'name': ['Field may not be null.']}",
        V,
        "message.tpl_format_values",
    ),  # before: base.permanent.bug
    (
        "builtins.RuntimeError",
        "XMLSyntaxError: Opening and ending tag mismatch: item line 3 and order, line 4, column 9",
        V,
        "message.tpl_format_undecodable",
    ),  # before: base.permanent.bug
    (
        "builtins.RuntimeError",
        (
            'ScannerError: mapping values are not allowed here\n  in "<unicode string>", line 1, column '
            "5:\n    a: b: c\n        ^"
        ),
        V,
        "message.tpl_format_undecodable",
    ),  # before: unknown
    (
        "builtins.ValueError",
        "The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all().",
        P,
        "message.bug",
    ),  # before: message.invalid
    (
        "builtins.TypeError",
        "cannot safely cast non-equivalent object to int64",
        V,
        "message.tpl_dataframe_input",
    ),  # before: base.permanent.bug
    (
        "pyarrow.lib.ArrowKeyError",
        "No function registered with name: no_such_function",
        P,
        "message.tpl_format_setup",
    ),  # before: unknown
    (
        "builtins.RuntimeError",
        "KeyError: '[9] not in index'",
        V,
        "message.tpl_dataframe_input",
    ),  # before: base.permanent.bug
    (
        "builtins.RuntimeError",
        "ValueError: Field 'id' expected a number but got 'abc'.",
        V,
        "message.tpl_format_values",
    ),  # before: unknown
    (
        "cattrs.errors.ForbiddenExtraKeysError",
        "Extra fields in constructor for Order: qty",
        V,
        "type.validation.tpl_structuring",
    ),  # before: name.forbidden
    (
        "itsdangerous.exc.BadSignature",
        "Signature b'Kx1fQ2' does not match",
        P,
        "message.tpl_crypto_setup",
    ),  # before: unknown
    (
        "builtins.RuntimeError",
        "DecodeError: Input data was truncated",
        V,
        "message.tpl_format_values",
    ),  # before: base.permanent.bug
    (
        "email_validator.exceptions.EmailUndeliverableError",
        "The domain name exmaple.con does not exist.",
        V,
        "type.validation.tpl_address_and_keys",
    ),  # before: message.not_found_db
    (
        "schema.SchemaWrongKeyError",
        "Wrong key 'qty2' in {'sku': 'A1', 'qty2': 3}",
        V,
        "type.validation.tpl_address_and_keys",
    ),  # before: unknown
    (
        "builtins.RuntimeError",
        "ValueError: 'sku' must match regex '^[A-Z0-9]+$' ('ab-1' doesn't)",
        V,
        "message.tpl_format_values",
    ),  # before: base.permanent.bug
    (
        "pydantic_settings.exceptions.SettingsError",
        'error parsing value for field "tags" from source "EnvSettingsSource"',
        P,
        "type.permanent.tpl_settings_source",
    ),  # before: unknown
    (
        "builtins.RuntimeError",
        (
            "ValidationError: 1 validation error for Settings\ndatabase_url\n"
            "  Field required [type=missing, input_value={}, input_type=dict]"
        ),
        P,
        "message.tpl_settings_invalid",
    ),  # before: message.schema
]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default(cache_size=0)


@pytest.mark.parametrize(
    ("library", "exc_type", "message", "status", "label"),
    TEMPLATES,
    ids=[f"{row[0]}-{index}" for index, row in enumerate(TEMPLATES)],
)
def test_template_on_its_own_class(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status))
    assert verdict.category is label, (library, verdict.rule_id)


@pytest.mark.parametrize(
    ("library", "message", "label", "rule"),
    WRAPPED,
    ids=[f"{row[0]}-{index}" for index, row in enumerate(WRAPPED)],
)
def test_template_behind_a_wrapper(clf: Classifier, library: str, message: str, label: Category, rule: str) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule), library


@pytest.mark.parametrize(("exc_type", "message", "label", "rule"), FIXES)
def test_a_template_fix_outranks_the_weaker_reading(
    clf: Classifier, exc_type: str, message: str, label: Category, rule: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule)


def test_yaml_from_a_file_behind_a_wrapper_is_not_read_as_input(clf: Classifier) -> None:
    """Only PyYAML's mark for text handed in ('in "<unicode string>"') reads as bad input; a file on disk is setup."""
    message = 'ScannerError: mapping values are not allowed here\n  in "/etc/app/config.yaml", line 3, column 9'
    assert verdict_of(clf, "builtins.RuntimeError", message)[0] is not V
    assert verdict_of(clf, "yaml.scanner.ScannerError", message.split(": ", 1)[1])[0] is P


def test_a_session_misuse_outranks_the_integrity_error_it_quotes(clf: Classifier) -> None:
    """SQLAlchemy's PendingRollbackError quotes the flush's original error; the code's misuse of the session decides."""
    message = (
        "This Session's transaction has been rolled back due to a previous exception during flush. To begin a new "
        "transaction with this Session, first issue Session.rollback(). Original exception was: "
        '(psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "orders_sku_key"'
    )
    assert verdict_of(clf, "builtins.Exception", message) == (P, "message.tpl_orm_misuse")
