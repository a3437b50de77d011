"""Message templates of the Python interpreter and the standard-library parsers, as users see them (issue 10).

Each case is a text CPython raises, raised live in CPython 3.11 by the code that users' services run and read in its
source: the interpreter's core (Objects/abstract.c, typeobject.c, object.c, listobject.c, dictobject.c, setobject.c,
unicodeobject.c, longobject.c, floatobject.c, rangeobject.c, genobject.c, Python/ceval.c, bltinmodule.c, the compiler,
the import system) and the parsers services call on external data (datetime, zoneinfo, decimal, json, base64 and
binascii, uuid, ipaddress, urllib.parse, struct, re, enum, pickle, csv, configparser, argparse, logging.config,
importlib.metadata, locale, typing, dataclasses, shlex, xml, gzip, zlib). Each was given the class users catch and
labelled by ../shared/corpus/LABELS.md before the verdict was looked at: a bug of the program's own state (a value
misused, a call misspelled, a container taken from when empty, a format string, a definition) is permanent; a value
that came from outside and does not parse or is out of range is validation.

``WRAPPED`` holds the same texts as an application wrapper prints them (``RuntimeError(f"{type(exc).__name__}:
{exc}")``), where only a phrase anchored to the template's words decides; the cases decided by the wrapper's own weak
class are left out. ``WEAKER_WOULD_WIN`` holds the templates a template rule decides against weaker evidence: a
generic class (TypeError, ValueError) or a general phrase ("invalid", "must be", "expected", "not permitted",
"network") that read them the other way before.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier

from .verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (library, class users catch, str(exception), label)
TEMPLATES: list[tuple[str, str, str, Category]] = [
    ("cpython-core", "builtins.AttributeError", "'NoneType' object has no attribute 'foo'", P),
    ("cpython-core", "builtins.AttributeError", "'str' object has no attribute 'foo'", P),
    ("cpython-core", "builtins.AttributeError", "module 'json' has no attribute 'foo'", P),
    ("cpython-core", "builtins.AttributeError", "type object 'A' has no attribute 'x'", P),
    ("cpython-core", "builtins.AttributeError", "'NoneType' object has no attribute 'group'", P),
    ("cpython-core", "builtins.TypeError", "'NoneType' object is not subscriptable", P),
    ("cpython-core", "builtins.TypeError", "unsupported operand type(s) for +: 'int' and 'str'", P),
    ("cpython-core", "builtins.TypeError", 'can only concatenate str (not "int") to str', P),
    ("cpython-core", "builtins.TypeError", 'can only concatenate list (not "tuple") to list', P),
    ("cpython-core", "builtins.TypeError", "unsupported operand type(s) for /: 'PosixPath' and 'NoneType'", P),
    ("cpython-core", "builtins.TypeError", "bad operand type for unary -: 'str'", P),
    ("cpython-core", "builtins.TypeError", "can't multiply sequence by non-int of type 'str'", P),
    ("cpython-core", "builtins.TypeError", "'NoneType' object is not callable", P),
    ("cpython-core", "builtins.TypeError", "'int' object is not callable", P),
    ("cpython-core", "builtins.TypeError", "'module' object is not callable", P),
    ("cpython-core", "builtins.TypeError", "'NoneType' object is not iterable", P),
    ("cpython-core", "builtins.TypeError", "cannot unpack non-iterable NoneType object", P),
    ("cpython-core", "builtins.TypeError", "argument of type 'NoneType' is not iterable", P),
    ("cpython-core", "builtins.TypeError", "object of type 'NoneType' has no len()", P),
    ("cpython-core", "builtins.TypeError", "unhashable type: 'list'", P),
    ("cpython-core", "builtins.TypeError", "unhashable type: 'dict'", P),
    ("cpython-core", "builtins.TypeError", "'>' not supported between instances of 'str' and 'int'", P),
    ("cpython-core", "builtins.TypeError", "'<' not supported between instances of 'str' and 'int'", P),
    ("cpython-core", "builtins.TypeError", "'str' object does not support item assignment", P),
    ("cpython-core", "builtins.TypeError", "'tuple' object does not support item assignment", P),
    ("cpython-core", "builtins.TypeError", "list indices must be integers or slices, not str", P),
    ("cpython-core", "builtins.TypeError", "list indices must be integers or slices, not float", P),
    ("cpython-core", "builtins.TypeError", "string indices must be integers, not 'str'", P),
    ("cpython-core", "builtins.TypeError", "sequence item 0: expected str instance, int found", P),
    ("cpython-core", "builtins.TypeError", "can only join an iterable", P),
    ("cpython-core", "builtins.TypeError", "'in <string>' requires string as left operand, not int", P),
    ("cpython-core", "builtins.TypeError", "'str' object cannot be interpreted as an integer", P),
    ("cpython-core", "builtins.TypeError", "slice indices must be integers or None or have an __index__ method", P),
    ("cpython-core", "builtins.TypeError", "'list' object is not an iterator", P),
    ("cpython-core", "builtins.TypeError", "object of type 'int' has no len()", P),
    ("cpython-core", "builtins.TypeError", "f() takes 2 positional arguments but 3 were given", P),
    ("cpython-core", "builtins.TypeError", "f() got an unexpected keyword argument 'c'", P),
    ("cpython-core", "builtins.TypeError", "f() missing 1 required positional argument: 'b'", P),
    ("cpython-core", "builtins.TypeError", "f() missing 1 required keyword-only argument: 'b'", P),
    ("cpython-core", "builtins.TypeError", "f() got multiple values for argument 'a'", P),
    ("cpython-core", "builtins.TypeError", "f() takes 0 positional arguments but 1 was given", P),
    ("cpython-core", "builtins.TypeError", "app.handlers.f() argument after ** must be a mapping, not list", P),
    ("cpython-core", "builtins.TypeError", "app.handlers.f() argument after * must be an iterable, not int", P),
    ("cpython-core", "builtins.TypeError", "A() takes no arguments", P),
    ("cpython-core", "builtins.TypeError", "__init__() should return None, not 'int'", P),
    ("cpython-core", "builtins.TypeError", "Can't instantiate abstract class A with abstract method run", P),
    ("cpython-core", "builtins.TypeError", "min expected at least 1 argument, got 0", P),
    ("cpython-core", "builtins.TypeError", "reduce() of empty iterable with no initial value", P),
    ("cpython-core", "builtins.IndexError", "Cannot choose from an empty sequence", P),
    ("cpython-core", "builtins.IndexError", "list index out of range", P),
    ("cpython-core", "builtins.IndexError", "tuple index out of range", P),
    ("cpython-core", "builtins.IndexError", "range object index out of range", P),
    ("cpython-core", "builtins.IndexError", "string index out of range", P),
    ("cpython-core", "builtins.KeyError", "'user_id'", P),
    ("cpython-core", "builtins.KeyError", "'DATABASE_URL_NOT_SET'", P),
    ("cpython-core", "builtins.IndexError", "pop from empty list", P),
    ("cpython-core", "builtins.KeyError", "'popitem(): dictionary is empty'", P),
    ("cpython-core", "builtins.KeyError", "'pop from an empty set'", P),
    ("cpython-core", "builtins.IndexError", "pop from an empty deque", P),
    ("cpython-core", "builtins.IndexError", "index out of range", P),
    ("cpython-core", "builtins.ValueError", "list.remove(x): x not in list", P),
    ("cpython-core", "builtins.ValueError", "2 is not in list", P),
    ("cpython-core", "builtins.IndexError", "Replacement index 0 out of range for positional args tuple", P),
    ("cpython-core", "builtins.KeyError", "'x'", P),
    ("cpython-core", "builtins.TypeError", "%d format: a real number is required, not str", P),
    ("cpython-core", "builtins.TypeError", "not enough arguments for format string", P),
    ("cpython-core", "builtins.TypeError", "not all arguments converted during string formatting", P),
    ("cpython-core", "builtins.ValueError", "unsupported format character 'y' (0x79) at index 1", P),
    ("cpython-core", "builtins.ValueError", "incomplete format", P),
    ("cpython-core", "builtins.ValueError", "Unknown format code 'd' for object of type 'float'", P),
    ("cpython-core", "builtins.ValueError", "Invalid format specifier 'xyz' for object of type 'int'", P),
    ("cpython-core", "builtins.ValueError", "Single '}' encountered in format string", P),
    ("cpython-core", "builtins.TypeError", "format requires a mapping", P),
    ("cpython-core", "builtins.ValueError", "invalid literal for int() with base 10: 'abc'", V),
    ("cpython-core", "builtins.ValueError", "invalid literal for int() with base 10: ''", V),
    ("cpython-core", "builtins.ValueError", "invalid literal for int() with base 10: '12.5'", V),
    ("cpython-core", "builtins.ValueError", "could not convert string to float: 'N/A'", V),
    ("cpython-core", "builtins.ValueError", "complex() arg is a malformed string", V),
    ("cpython-core", "builtins.ValueError", "Invalid literal for Fraction: 'x'", V),
    ("cpython-core", "builtins.ValueError", "int() base must be >= 2 and <= 36, or 0", P),
    ("cpython-core", "builtins.TypeError", "int() can't convert non-string with explicit base", P),
    (
        "cpython-core",
        "builtins.ValueError",
        (
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
            "digits; use sys.set_int_max_str_digits() to increase the limit"
        ),
        V,
    ),
    ("cpython-core", "builtins.OverflowError", "int too large to convert to float", V),
    ("cpython-core", "builtins.OverflowError", "int too big to convert", V),
    ("cpython-core", "builtins.ValueError", "chr() arg not in range(0x110000)", V),
    ("cpython-core", "builtins.ValueError", "cannot convert float NaN to integer", V),
    ("cpython-core", "builtins.OverflowError", "cannot convert float infinity to integer", V),
    ("cpython-core", "builtins.ValueError", "non-hexadecimal number found in fromhex() arg at position 0", V),
    ("cpython-core", "builtins.ZeroDivisionError", "division by zero", P),
    ("cpython-core", "builtins.ZeroDivisionError", "integer division or modulo by zero", P),
    ("cpython-core", "builtins.ZeroDivisionError", "float division by zero", P),
    ("cpython-core", "builtins.ZeroDivisionError", "integer modulo by zero", P),
    ("cpython-core", "builtins.ValueError", "range() arg 3 must not be zero", P),
    ("cpython-core", "builtins.NameError", "name 'undefined_name_x' is not defined", P),
    (
        "cpython-core",
        "builtins.UnboundLocalError",
        "cannot access local variable 'x' where it is not associated with a value",
        P,
    ),
    (
        "cpython-core",
        "builtins.NameError",
        ("cannot access free variable 'y' where it is not associated with a value in enclosing scope"),
        P,
    ),
    ("cpython-core", "builtins.ModuleNotFoundError", "No module named 'nosuchmodule_xyz'", P),
    ("cpython-core", "builtins.ModuleNotFoundError", "No module named 'json.nosub_xyz'", P),
    ("cpython-core", "builtins.ModuleNotFoundError", "No module named 'os.path.nosub'; 'os.path' is not a package", P),
    (
        "cpython-core",
        "builtins.ImportError",
        ("cannot import name 'nope_xyz' from 'json' (/usr/local/lib/python3.11/json/__init__.py)"),
        P,
    ),
    ("cpython-core", "builtins.ValueError", "Empty module name", P),
    (
        "cpython-core",
        "builtins.TypeError",
        "the 'package' argument is required to perform a relative import for '.x'",
        P,
    ),
    ("cpython-core", "builtins.ModuleNotFoundError", "import of halted_xyz halted; None in sys.modules", P),
    ("cpython-core", "builtins.SyntaxError", "invalid syntax (handlers.py, line 1)", P),
    (
        "cpython-core",
        "builtins.IndentationError",
        "expected an indented block after 'if' statement on line 1 (jobs.py, line 2)",
        P,
    ),
    ("cpython-core", "builtins.RecursionError", "maximum recursion depth exceeded", P),
    ("cpython-core", "builtins.RecursionError", "maximum recursion depth exceeded", P),
    ("cpython-core", "builtins.AssertionError", "", P),
    ("cpython-core", "builtins.AssertionError", "expected 3 rows, got 2", P),
    ("cpython-core", "builtins.NotImplementedError", "", P),
    ("cpython-core", "builtins.NotImplementedError", "subclasses must implement transform()", P),
    (
        "cpython-core",
        "builtins.TypeError",
        (
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases"
        ),
        P,
    ),
    (
        "cpython-core",
        "builtins.TypeError",
        "Cannot create a consistent method resolution\norder (MRO) for bases A, B",
        P,
    ),
    ("cpython-core", "builtins.TypeError", "type 'bool' is not an acceptable base type", P),
    ("cpython-core", "builtins.AttributeError", "property 'x' of 'A' object has no setter", P),
    ("cpython-core", "builtins.AttributeError", "'A' object has no attribute 'b'", P),
    ("cpython-core", "builtins.TypeError", "cannot create weak reference to 'int' object", P),
    ("cpython-core", "builtins.TypeError", "__str__ returned non-string (type int)", P),
    ("cpython-core", "builtins.ValueError", "__len__() should return >= 0", P),
    ("cpython-core", "builtins.AttributeError", "'super' object has no attribute 'm'", P),
    ("cpython-core", "builtins.RuntimeError", "super(): no arguments", P),
    ("cpython-core", "builtins.TypeError", "exceptions must derive from BaseException", P),
    ("cpython-core", "builtins.TypeError", "catching classes that do not inherit from BaseException is not allowed", P),
    ("cpython-core", "builtins.RuntimeError", "No active exception to reraise", P),
    ("cpython-core", "builtins.RuntimeError", "dictionary changed size during iteration", P),
    ("cpython-core", "builtins.RuntimeError", "Set changed size during iteration", P),
    ("cpython-core", "builtins.RuntimeError", "deque mutated during iteration", P),
    ("cpython-core", "builtins.RuntimeError", "generator raised StopIteration", P),
    ("cpython-core", "builtins.TypeError", "can't send non-None value to a just-started generator", P),
    ("cpython-core", "builtins.ValueError", "generator already executing", P),
    ("cpython-core", "builtins.TypeError", "cannot convert dictionary update sequence element #0 to a sequence", P),
    ("cpython-core", "builtins.ValueError", "dictionary update sequence element #0 has length 1; 2 is required", P),
    (
        "cpython-core",
        "builtins.ValueError",
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        P,
    ),
    ("cpython-core", "builtins.RuntimeError", "generator didn't yield", P),
    ("cpython-core", "builtins.RuntimeError", "generator didn't stop", P),
    ("cpython-core", "builtins.TypeError", "'NoneType' object does not support the context manager protocol", P),
    ("cpython-core", "builtins.ValueError", "I/O operation on closed file", P),
    ("cpython-core", "builtins.ValueError", "I/O operation on closed file.", P),
    ("cpython-core", "builtins.TypeError", "string argument expected, got 'bytes'", P),
    ("cpython-core", "builtins.TypeError", "a bytes-like object is required, not 'str'", P),
    ("cpython-core", "io.UnsupportedOperation", "write", P),
    ("cpython-core", "builtins.TypeError", "string argument without an encoding", P),
    ("cpython-core", "builtins.LookupError", "unknown encoding: nosuchcodec", P),
    (
        "cpython-core",
        "builtins.LookupError",
        "'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs",
        P,
    ),
    ("cpython-core", "builtins.TypeError", "Strings must be encoded before hashing", P),
    ("cpython-core", "builtins.ValueError", "unsupported hash type md7", P),
    ("cpython-core", "builtins.TypeError", "Missing required parameter 'digestmod'.", P),
    ("cpython-core", "builtins.TypeError", "cannot pickle '_thread.lock' object", P),
    ("cpython-core", "builtins.TypeError", "cannot pickle 'generator' object", P),
    (
        "cpython-core",
        "builtins.UnicodeDecodeError",
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        V,
    ),
    (
        "cpython-core",
        "builtins.UnicodeDecodeError",
        "'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data",
        V,
    ),
    (
        "cpython-core",
        "builtins.UnicodeDecodeError",
        "'utf-8' codec can't decode byte 0xe9 in position 1: invalid continuation byte",
        V,
    ),
    (
        "cpython-core",
        "builtins.UnicodeEncodeError",
        ("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
        V,
    ),
    (
        "cpython-core",
        "builtins.UnicodeEncodeError",
        ("'utf-8' codec can't encode character '\\udcff' in position 0: surrogates not allowed"),
        V,
    ),
    (
        "cpython-core",
        "builtins.UnicodeEncodeError",
        ("'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)"),
        V,
    ),
    (
        "cpython-core",
        "builtins.UnicodeError",
        "encoding with 'idna' codec failed (UnicodeError: label empty or too long)",
        V,
    ),
    ("cpython-core", "builtins.RuntimeError", "release unlocked lock", P),
    ("cpython-core", "builtins.RuntimeError", "threads can only be started once", P),
    ("cpython-core", "builtins.ValueError", "Semaphore released too many times", P),
    ("cpython-core", "builtins.RuntimeError", "Event loop is closed", P),
    ("cpython-core", "builtins.RuntimeError", "cannot reuse already awaited coroutine", P),
    ("cpython-core", "builtins.RuntimeError", "This event loop is already running", P),
    ("cpython-core", "builtins.RuntimeError", "asyncio.run() cannot be called from a running event loop", P),
    ("cpython-core", "builtins.RuntimeError", "no running event loop", P),
    ("cpython-core", "builtins.RuntimeError", "There is no current event loop in thread 'worker-1'.", P),
    ("cpython-core", "asyncio.exceptions.InvalidStateError", "invalid state", P),
    ("cpython-core", "asyncio.exceptions.InvalidStateError", "Result is not set.", P),
    ("cpython-core", "builtins.TypeError", "object NoneType can't be used in 'await' expression", P),
    ("cpython-core", "builtins.TypeError", "'async for' requires an object with __aiter__ method, got list", P),
    (
        "cpython-core",
        "builtins.TypeError",
        "'int' object does not support the asynchronous context manager protocol",
        P,
    ),
    ("cpython-core", "builtins.TypeError", "'coroutine' object is not subscriptable", P),
    ("cpython-core", "builtins.AttributeError", "'coroutine' object has no attribute 'json'", P),
    (
        "cpython-core",
        "builtins.RuntimeError",
        (
            "Task <Task pending name='Task-22' coro=<f() running at /srv/app/tasks.py:3> "
            "cb=[_run_until_complete_cb() at "
            "/usr/local/lib/python3.11/asyncio/base_events.py:180]> got Future <Future "
            "pending> attached to a different loop"
        ),
        P,
    ),
    ("cpython-core", "builtins.MemoryError", "", R),
    ("cpython-stdlib", "builtins.ValueError", "time data '2024/01/31' does not match format '%Y-%m-%d'", V),
    ("cpython-stdlib", "builtins.ValueError", "unconverted data remains:  10:00", V),
    ("cpython-stdlib", "builtins.ValueError", "time data '31.01.2024' does not match format '%Y-%m-%d'", V),
    ("cpython-stdlib", "builtins.ValueError", "month must be in 1..12", V),
    ("cpython-stdlib", "builtins.ValueError", "Invalid isoformat string: '2024-1-1'", V),
    ("cpython-stdlib", "builtins.ValueError", "Invalid isoformat string: 'yesterday'", V),
    ("cpython-stdlib", "builtins.ValueError", "hour must be in 0..23", V),
    ("cpython-stdlib", "builtins.ValueError", "day is out of range for month", V),
    ("cpython-stdlib", "builtins.ValueError", "month must be in 1..12", V),
    ("cpython-stdlib", "builtins.ValueError", "year 10000 is out of range", V),
    ("cpython-stdlib", "builtins.ValueError", "hour must be in 0..23", V),
    ("cpython-stdlib", "builtins.ValueError", "minute must be in 0..59", V),
    ("cpython-stdlib", "builtins.OverflowError", "timestamp out of range for platform time_t", V),
    ("cpython-stdlib", "builtins.OverflowError", "Python int too large to convert to C int", V),
    ("cpython-stdlib", "builtins.ValueError", "ordinal must be >= 1", V),
    ("cpython-stdlib", "builtins.TypeError", "can't compare offset-naive and offset-aware datetimes", P),
    ("cpython-stdlib", "builtins.TypeError", "can't subtract offset-naive and offset-aware datetimes", P),
    (
        "cpython-stdlib",
        "builtins.TypeError",
        "unsupported operand type(s) for +: 'datetime.datetime' and 'datetime.datetime'",
        P,
    ),
    ("cpython-stdlib", "builtins.TypeError", "'<' not supported between instances of 'datetime.date' and 'str'", P),
    ("cpython-stdlib", "zoneinfo._common.ZoneInfoNotFoundError", "'No time zone found with key Mars/Olympus_Mons'", V),
    (
        "cpython-stdlib",
        "builtins.ValueError",
        "ZoneInfo keys must refer to subdirectories of TZPATH, got: ../etc/passwd",
        V,
    ),
    ("cpython-stdlib", "decimal.InvalidOperation", "[<class 'decimal.ConversionSyntax'>]", V),
    ("cpython-stdlib", "decimal.DivisionByZero", "[<class 'decimal.DivisionByZero'>]", P),
    ("cpython-stdlib", "decimal.InvalidOperation", "[<class 'decimal.InvalidOperation'>]", V),
    ("cpython-stdlib", "builtins.ValueError", "cannot convert NaN to integer", V),
    ("cpython-stdlib", "builtins.OverflowError", "cannot convert Infinity to integer", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Extra data: line 1 column 10 (char 9)", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Unterminated string starting at: line 1 column 1 (char 0)", V),
    (
        "cpython-stdlib",
        "json.decoder.JSONDecodeError",
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        V,
    ),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Expecting ',' delimiter: line 1 column 4 (char 3)", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Expecting ':' delimiter: line 1 column 6 (char 5)", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Invalid \\escape: line 1 column 2 (char 1)", V),
    (
        "cpython-stdlib",
        "json.decoder.JSONDecodeError",
        "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)",
        V,
    ),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)", V),
    ("cpython-stdlib", "builtins.TypeError", "Object of type object is not JSON serializable", P),
    ("cpython-stdlib", "builtins.TypeError", "keys must be str, int, float, bool or None, not tuple", P),
    ("cpython-stdlib", "builtins.ValueError", "Circular reference detected", P),
    ("cpython-stdlib", "builtins.TypeError", "Object of type Decimal is not JSON serializable", P),
    ("cpython-stdlib", "builtins.ValueError", "Out of range float values are not JSON compliant", V),
    ("cpython-stdlib", "binascii.Error", "Incorrect padding", V),
    (
        "cpython-stdlib",
        "binascii.Error",
        ("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"),
        V,
    ),
    ("cpython-stdlib", "binascii.Error", "Only base64 data is allowed", V),
    ("cpython-stdlib", "binascii.Error", "Incorrect padding", V),
    ("cpython-stdlib", "binascii.Error", "Non-base16 digit found", V),
    ("cpython-stdlib", "binascii.Error", "Odd-length string", V),
    ("cpython-stdlib", "binascii.Error", "Non-hexadecimal digit found", V),
    ("cpython-stdlib", "builtins.ValueError", "Non-Ascii85 digit found: ~", V),
    ("cpython-stdlib", "builtins.ValueError", "badly formed hexadecimal UUID string", V),
    ("cpython-stdlib", "builtins.ValueError", "badly formed hexadecimal UUID string", V),
    ("cpython-stdlib", "builtins.ValueError", "'10.0.0.300' does not appear to be an IPv4 or IPv6 address", V),
    ("cpython-stdlib", "builtins.ValueError", "10.0.0.1/24 has host bits set", V),
    ("cpython-stdlib", "ipaddress.AddressValueError", "Octet 256 (> 255) not permitted in '256.1.1.1'", V),
    ("cpython-stdlib", "ipaddress.AddressValueError", "Expected 4 octets in '1.2.3'", V),
    ("cpython-stdlib", "ipaddress.AddressValueError", "Only hex digits permitted in 'g' in '::g'", V),
    ("cpython-stdlib", "builtins.ValueError", "'10.0.0.0/33' does not appear to be an IPv4 or IPv6 network", V),
    ("cpython-stdlib", "builtins.ValueError", "Invalid IPv6 URL", V),
    ("cpython-stdlib", "builtins.ValueError", "Port could not be cast to integer value as 'port'", V),
    ("cpython-stdlib", "builtins.ValueError", "Port out of range 0-65535", V),
    ("cpython-stdlib", "builtins.TypeError", "quote_from_bytes() expected bytes", P),
    ("cpython-stdlib", "builtins.ValueError", "unknown url type: 'example.com/path'", V),
    ("cpython-stdlib", "http.client.InvalidURL", "nonnumeric port: 'abc'", V),
    ("cpython-stdlib", "struct.error", "unpack requires a buffer of 4 bytes", V),
    (
        "cpython-stdlib",
        "struct.error",
        (
            "unpack_from requires a buffer of at least 8 bytes for unpacking 8 bytes at "
            "offset 0 (actual buffer size is 4)"
        ),
        V,
    ),
    ("cpython-stdlib", "struct.error", "'i' format requires -2147483648 <= number <= 2147483647", V),
    ("cpython-stdlib", "struct.error", "argument out of range", V),
    ("cpython-stdlib", "struct.error", "bad char in struct format", P),
    ("cpython-stdlib", "struct.error", "pack expected 2 items for packing (got 1)", P),
    ("cpython-stdlib", "re.error", "unterminated character set at position 0", V),
    ("cpython-stdlib", "re.error", "bad escape \\p at position 0", V),
    ("cpython-stdlib", "re.error", "nothing to repeat at position 0", V),
    ("cpython-stdlib", "re.error", "missing ), unterminated subpattern at position 0", V),
    ("cpython-stdlib", "re.error", "unbalanced parenthesis at position 3", V),
    ("cpython-stdlib", "re.error", "look-behind requires fixed-width pattern", V),
    ("cpython-stdlib", "re.error", "redefinition of group name 'n' as group 2; was group 1 at position 12", V),
    ("cpython-stdlib", "re.error", "bad escape \\d at position 0", V),
    ("cpython-stdlib", "re.error", "invalid group reference 2 at position 1", V),
    ("cpython-stdlib", "builtins.ValueError", "'purple' is not a valid Color", V),
    ("cpython-stdlib", "builtins.ValueError", "7 is not a valid Status", V),
    ("cpython-stdlib", "builtins.TypeError", "'RED' already defined as 1", P),
    ("cpython-stdlib", "builtins.ValueError", "duplicate values found in <enum 'Color'>: CRIMSON -> RED", P),
    ("cpython-stdlib", "_pickle.UnpicklingError", "invalid load key, 'x'.", V),
    ("cpython-stdlib", "_pickle.UnpicklingError", "pickle data was truncated", V),
    ("cpython-stdlib", "builtins.ValueError", "unsupported pickle protocol: 6", P),
    (
        "cpython-stdlib",
        "builtins.AttributeError",
        "Can't get attribute 'Missing' on <module '__main__' from '/srv/app/worker.py'>",
        P,
    ),
    (
        "cpython-stdlib",
        "_pickle.PicklingError",
        ("Can't pickle <function <lambda> at 0x7f3a2c1d9e40>: import of module 'app.handlers' failed"),
        P,
    ),
    ("cpython-stdlib", "builtins.AttributeError", "Can't pickle local object 'f.<locals>.Local'", P),
    ("cpython-stdlib", "_csv.Error", "field larger than field limit (131072)", V),
    ("cpython-stdlib", "builtins.ValueError", "dict contains fields not in fieldnames: 'phone'", V),
    (
        "cpython-stdlib",
        "_csv.Error",
        ("iterator should return strings, not bytes (the file should be opened in text mode)"),
        P,
    ),
    ("cpython-stdlib", "builtins.TypeError", '"delimiter" must be a 1-character string', P),
    ("cpython-stdlib", "_csv.Error", "',' expected after '\"'", V),
    ("cpython-stdlib", "_csv.Error", "unknown dialect", P),
    ("cpython-stdlib", "configparser.NoSectionError", "No section: 'database'", P),
    ("cpython-stdlib", "configparser.NoOptionError", "No option 'host' in section: 'database'", P),
    (
        "cpython-stdlib",
        "configparser.DuplicateSectionError",
        "While reading from '<string>' [line  2]: section 'db' already exists",
        P,
    ),
    (
        "cpython-stdlib",
        "configparser.DuplicateOptionError",
        ("While reading from 'app.ini' [line  3]: option 'host' in section 'db' already exists"),
        P,
    ),
    (
        "cpython-stdlib",
        "configparser.InterpolationMissingOptionError",
        (
            "Bad value substitution: option 'url' in section 'db' contains an interpolation "
            "key 'hots' which is not a valid option name. Raw value: '%(hots)s'"
        ),
        P,
    ),
    ("cpython-stdlib", "configparser.InterpolationSyntaxError", "'%' must be followed by '%' or '(', found: '%cd'", P),
    (
        "cpython-stdlib",
        "configparser.MissingSectionHeaderError",
        "File contains no section headers.\nfile: 'app.ini', line: 1\n'host=a\\n'",
        P,
    ),
    (
        "cpython-stdlib",
        "configparser.ParsingError",
        ("Source contains parsing errors: 'app.ini'\n\t[line  2]: '  junk\\n'\n\t[line  3]: '=x\\n'"),
        P,
    ),
    ("cpython-stdlib", "builtins.ValueError", "Not a boolean: maybe", P),
    (
        "cpython-stdlib",
        "configparser.InterpolationDepthError",
        (
            "Recursion limit exceeded in value substitution: option 'x' in section 'a' "
            "contains an interpolation key which cannot be substituted in 10 steps. Raw "
            "value: '%(y)s'"
        ),
        P,
    ),
    ("cpython-stdlib", "argparse.ArgumentError", "argument --count: invalid int value: 'x'", V),
    (
        "cpython-stdlib",
        "argparse.ArgumentError",
        "argument --mode: invalid choice: 'x' (choose from 'fast', 'slow')",
        V,
    ),
    ("cpython-stdlib", "argparse.ArgumentError", "argument --name: expected one argument", V),
    ("cpython-stdlib", "argparse.ArgumentError", "argument --x: conflicting option string: --x", P),
    ("cpython-stdlib", "builtins.ValueError", "dictionary doesn't specify a version", P),
    ("cpython-stdlib", "builtins.ValueError", "Unsupported version: 2", P),
    ("cpython-stdlib", "builtins.ValueError", "Unable to configure handler 'file'", P),
    ("cpython-stdlib", "builtins.ValueError", "Unable to configure handler 'h'", P),
    ("cpython-stdlib", "builtins.ValueError", "Unknown level: 'VERBOSE'", P),
    ("cpython-stdlib", "builtins.ValueError", "Style must be one of: %,{,$", P),
    (
        "cpython-stdlib",
        "importlib.metadata.PackageNotFoundError",
        "No package metadata was found for acme-internal-sdk",
        P,
    ),
    ("cpython-stdlib", "locale.Error", "unsupported locale setting", P),
    ("cpython-stdlib", "builtins.TypeError", "Type List cannot be instantiated; use list() instead", P),
    ("cpython-stdlib", "builtins.TypeError", "isinstance() argument 2 cannot be a parameterized generic", P),
    ("cpython-stdlib", "builtins.NameError", "name 'Missing' is not defined", P),
    (
        "cpython-stdlib",
        "builtins.ValueError",
        "mutable default <class 'list'> for field x is not allowed: use default_factory",
        P,
    ),
    ("cpython-stdlib", "builtins.TypeError", "non-default argument 'y' follows default argument", P),
    ("cpython-stdlib", "dataclasses.FrozenInstanceError", "cannot assign to field 'x'", P),
    ("cpython-stdlib", "builtins.TypeError", "A.__init__() got an unexpected keyword argument 'y'", P),
    ("cpython-stdlib", "builtins.TypeError", "asdict() should be called on dataclass instances", P),
    ("cpython-stdlib", "builtins.TypeError", "P.__new__() missing 1 required positional argument: 'b'", P),
    ("cpython-stdlib", "builtins.ValueError", "No closing quotation", V),
    ("cpython-stdlib", "builtins.ValueError", 'Invalid date value or format "not a date"', V),
    (
        "cpython-stdlib",
        "builtins.ValueError",
        "malformed node or string on line 1: <ast.Call object at 0x7f3a2c1d9e40>",
        V,
    ),
    ("cpython-stdlib", "xml.etree.ElementTree.ParseError", "mismatched tag: line 1, column 14", V),
    ("cpython-stdlib", "gzip.BadGzipFile", "Not a gzipped file (b'xx')", V),
    ("cpython-stdlib", "zlib.error", "Error -3 while decompressing data: incorrect header check", V),
    ("cpython-stdlib", "builtins.ValueError", "sleep length must be non-negative", V),
    ("cpython-stdlib", "builtins.ValueError", "Timeout value out of range", V),
    ("cpython-stdlib", "builtins.ValueError", "task_done() called too many times", P),
    (
        "cpython-stdlib",
        "builtins.TypeError",
        (
            "module, class, method, function, traceback, frame, or code object was expected, "
            "got builtin_function_or_method"
        ),
        P,
    ),
    ("cpython-stdlib", "builtins.AttributeError", "'bytes' object has no attribute 'encode'", P),
    ("cpython-stdlib", "builtins.RuntimeError", "cannot schedule new futures after shutdown", P),
    ("cpython-stdlib", "builtins.KeyError", "'what'", P),
    ("cpython-stdlib", "builtins.AttributeError", "'NoneType' object has no attribute 'a'", P),
    (
        "cpython-stdlib",
        "builtins.TypeError",
        (
            "Invalid first argument to `register()`: <function _ at 0x7f3a2c1d9e40>. Use "
            "either `@register(some_class)` or plain `@register` on an annotated function."
        ),
        P,
    ),
    ("cpython-stdlib", "builtins.ValueError", "Encountered duplicate field name: 'a'", P),
    ("cpython-stdlib", "builtins.ValueError", "Type names and field names cannot be a keyword: 'class'", P),
    ("cpython-stdlib", "builtins.ValueError", "negative argument not allowed", V),
    ("cpython-stdlib", "builtins.ValueError", "iteration value must be greater than 0.", V),
    ("cpython-stdlib", "builtins.ValueError", "check_hostname requires server_hostname", P),
    (
        "cpython-stdlib",
        "builtins.UnicodeDecodeError",
        "'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
        V,
    ),
    ("cpython-stdlib", "binascii.Error", "Illegal char", V),
    ("cpython-stdlib", "email.errors.HeaderParseError", "expected atom but found '@c'", V),
    ("cpython-stdlib", "plistlib.InvalidFileException", "Invalid file", V),
    ("cpython-stdlib", "wave.Error", "not a WAVE file", V),
    (
        "cpython-stdlib",
        "tarfile.ReadError",
        (
            "file could not be opened successfully:\n- method gz: ReadError('not a gzip "
            "file')\n- method bz2: ReadError('not a bzip2 file')\n- method xz: ReadError('not "
            "an lzma file')\n- method tar: ReadError('truncated header')"
        ),
        V,
    ),
    ("cpython-stdlib", "zipfile.BadZipFile", "File is not a zip file", V),
    (
        "cpython-core",
        "builtins.TypeError",
        ("descriptor 'strftime' for 'datetime.date' objects doesn't apply to a 'str' object"),
        P,
    ),
    ("cpython-core", "builtins.TypeError", "can't multiply sequence by non-int of type 'float'", P),
    ("cpython-core", "builtins.TypeError", "'float' object cannot be interpreted as an integer", P),
    ("cpython-core", "builtins.TypeError", "must be real number, not str", P),
    ("cpython-core", "builtins.TypeError", "unsupported type for timedelta seconds component: str", P),
    ("cpython-core", "builtins.TypeError", "Cannot mix str and non-str arguments", P),
    ("cpython-core", "builtins.TypeError", 'can only concatenate str (not "bytes") to str', P),
    ("cpython-core", "builtins.TypeError", "can't concat str to bytes", P),
    ("cpython-core", "builtins.TypeError", "cannot use a string pattern on a bytes-like object", P),
    ("cpython-core", "builtins.TypeError", "expected string or bytes-like object, got 'dict'", P),
    ("cpython-core", "builtins.TypeError", "Object of type bytes is not JSON serializable", P),
    ("cpython-core", "builtins.TypeError", "the JSON object must be str, bytes or bytearray, not dict", P),
    ("cpython-core", "builtins.TypeError", "unsupported format string passed to NoneType.__format__", P),
    ("cpython-core", "builtins.TypeError", "bad operand type for abs(): 'str'", P),
    ("cpython-core", "builtins.TypeError", "list.append() takes exactly one argument (2 given)", P),
    ("cpython-core", "builtins.TypeError", "%c requires int or char", P),
    ("cpython-core", "builtins.TypeError", "issubclass() arg 1 must be a class", P),
    ("cpython-core", "builtins.TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union", P),
    ("cpython-core", "builtins.TypeError", "Subscripted generics cannot be used with class and instance checks", P),
    ("cpython-core", "builtins.TypeError", "super(type, obj): obj must be an instance or subtype of type", P),
    ("cpython-core", "builtins.TypeError", "Protocols cannot be instantiated", P),
    ("cpython-core", "builtins.TypeError", "object dict can't be used in 'await' expression", P),
    ("cpython-core", "builtins.TypeError", "Passing coroutines is forbidden, use tasks explicitly.", P),
    ("cpython-core", "builtins.RuntimeError", "Lock is not acquired.", P),
    ("cpython-core", "builtins.RuntimeError", "cannot release un-acquired lock", P),
    ("cpython-core", "builtins.RuntimeError", "Cannot close a running event loop", P),
    ("cpython-core", "builtins.RuntimeError", "coroutine raised StopIteration", P),
    ("cpython-core", "builtins.RuntimeError", "async generator raised StopAsyncIteration", P),
    ("cpython-core", "builtins.RuntimeError", "generator ignored GeneratorExit", P),
    ("cpython-core", "builtins.RuntimeError", "no running event loop", P),
    ("cpython-core", "builtins.RuntimeError", "cannot schedule new futures after shutdown", P),
    ("cpython-core", "builtins.ValueError", "I/O operation on closed file.", P),
    ("cpython-core", "builtins.ValueError", "empty separator", P),
    ("cpython-core", "builtins.ValueError", "Cannot specify ',' with 's'.", P),
    ("cpython-core", "builtins.ValueError", "Sign not allowed in string format specifier", P),
    ("cpython-core", "builtins.ValueError", "unmatched '{' in format spec", P),
    ("cpython-core", "builtins.ValueError", "unmatched '{' in format spec", P),
    ("cpython-core", "builtins.ValueError", "Single '{' encountered in format string", P),
    ("cpython-core", "builtins.TypeError", "str expected, not int", P),
    ("cpython-core", "builtins.AssertionError", "can only join a started process", P),
    ("cpython-core", "builtins.ValueError", "PurePosixPath('/') has an empty name", P),
    ("cpython-core", "builtins.ValueError", "Invalid suffix 'txt'", P),
    ("cpython-core", "builtins.TypeError", "a bytes-like object is required, not 'str'", P),
    ("cpython-core", "builtins.TypeError", "tzinfo argument must be None or of a tzinfo subclass, not type 'str'", P),
    ("cpython-core", "builtins.TypeError", "strftime() argument 1 must be str, not int", P),
    ("cpython-core", "builtins.TypeError", "Too few arguments for typing.Dict; actual 1, expected 2", P),
    ("cpython-core", "builtins.TypeError", "the first argument must be callable", P),
    ("cpython-core", "builtins.TypeError", "'int' object is not iterable", P),
    ("cpython-core", "builtins.TypeError", "'int' object is not iterable", P),
    ("cpython-core", "builtins.TypeError", "'NoneType' object is not subscriptable", P),
    ("cpython-core", "builtins.TypeError", "unsupported operand type(s) for +: 'int' and 'str'", P),
    ("cpython-core", "builtins.TypeError", "sum() can't sum strings [use ''.join(seq) instead]", P),
    ("cpython-core", "builtins.TypeError", "'<' not supported between instances of 'dict' and 'dict'", P),
    ("cpython-stdlib", "builtins.ValueError", "'Q' is a bad directive in format '%Q'", P),
    ("cpython-stdlib", "builtins.ValueError", "stray % in format '%Y%'", P),
    ("cpython-stdlib", "builtins.ValueError", "ZoneInfo keys may not be absolute paths, got: /etc/localtime", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Invalid \\uXXXX escape: line 1 column 3 (char 2)", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Expecting ',' delimiter: line 1 column 8 (char 7)", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Expecting ',' delimiter: line 1 column 6 (char 5)", V),
    ("cpython-stdlib", "json.decoder.JSONDecodeError", "Extra data: line 1 column 5 (char 4)", V),
    ("cpython-stdlib", "binascii.Error", "Incorrect padding", V),
    ("cpython-stdlib", "binascii.Error", "Discontinuous padding not allowed", V),
    ("cpython-stdlib", "builtins.ValueError", "int is out of range (need a 128-bit value)", V),
    ("cpython-stdlib", "builtins.ValueError", "bytes is not a 16-char string", V),
    ("cpython-stdlib", "builtins.OSError", "illegal IP address string passed to inet_aton", V),
    ("cpython-stdlib", "builtins.OSError", "illegal IP address string passed to inet_pton", V),
    ("cpython-stdlib", "builtins.ValueError", "day is out of range for month", V),
    ("cpython-stdlib", "calendar.IllegalMonthError", "bad month number 13; must be 1-12", V),
    ("cpython-stdlib", "http.cookies.CookieError", "Illegal key 'a b'", V),
    ("cpython-stdlib", "_pickle.UnpicklingError", "unexpected MARK found", V),
    ("cpython-stdlib", "_pickle.UnpicklingError", "unpickling stack underflow", V),
    ("cpython-stdlib", "builtins.ValueError", "'10.0.0.1/40' does not appear to be an IPv4 or IPv6 interface", V),
    ("cpython-stdlib", "ipaddress.NetmaskValueError", "'255.0.255.0' is not a valid netmask", V),
    ("cpython-stdlib", "builtins.ValueError", "bad query field: 'b'", V),
    ("cpython-stdlib", "builtins.ValueError", "Max number of fields exceeded", V),
    ("cpython-stdlib", "decimal.InvalidOperation", "[<class 'decimal.InvalidOperation'>]", V),
    ("cpython-stdlib", "builtins.ValueError", "day is out of range for month", V),
    ("cpython-stdlib", "builtins.ValueError", "time data '25:00' does not match format '%H:%M'", V),
    (
        "cpython-stdlib",
        "builtins.ValueError",
        (
            "offset must be a timedelta strictly between -timedelta(hours=24) and "
            "timedelta(hours=24), not datetime.timedelta(days=1, seconds=3600)."
        ),
        V,
    ),
    ("cpython-stdlib", "builtins.ValueError", "year -31686769 is out of range", V),
    ("cpython-stdlib", "builtins.ValueError", "time data '2024-01-01' does not match format '%d/%m/%Y'", V),
    ("cpython-stdlib", "xml.etree.ElementTree.ParseError", "undefined entity: line 1, column 3", V),
    ("cpython-stdlib", "xml.etree.ElementTree.ParseError", "no element found: line 1, column 0", V),
    ("cpython-stdlib", "xml.etree.ElementTree.ParseError", "junk after document element: line 1, column 7", V),
    ("cpython-stdlib", "xml.parsers.expat.ExpatError", "no element found: line 1, column 3", V),
    (
        "cpython-stdlib",
        "binascii.Error",
        ("Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"),
        V,
    ),
    ("cpython-stdlib", "struct.error", "unpack requires a buffer of 2 bytes", V),
    ("cpython-stdlib", "builtins.ValueError", "bytes length not a multiple of item size", V),
    ("cpython-stdlib", "builtins.ValueError", "could not convert string to float: '1e500x'", V),
    ("cpython-stdlib", "builtins.ValueError", "Invalid week: 54", V),
    ("cpython-stdlib", "builtins.ValueError", "Unable to configure formatter 'f'", P),
    ("cpython-stdlib", "builtins.ValueError", "Unable to configure root logger", P),
    ("cpython-stdlib", "builtins.KeyError", "'formatters'", P),
    ("cpython-stdlib", "configparser.DuplicateSectionError", "Section 'db' already exists", P),
    ("cpython-stdlib", "builtins.ModuleNotFoundError", "No module named 'json.nosuch_xyz'", P),
    (
        "cpython-stdlib",
        "builtins.FileNotFoundError",
        "[Errno 2] No such file or directory: '/usr/local/lib/python3.11/json/nosuch.txt'",
        P,
    ),
    (
        "cpython-stdlib",
        "importlib.metadata.PackageNotFoundError",
        "No package metadata was found for acme-internal-sdk",
        P,
    ),
    ("cpython-stdlib", "builtins.RuntimeError", "context has already been set", P),
    ("cpython-stdlib", "builtins.ValueError", "cannot find context for 'nosuch'", P),
    ("cpython-stdlib", "builtins.ValueError", "task_done() called too many times", P),
    ("cpython-stdlib", "sqlite3.ProgrammingError", "Cannot operate on a closed database.", P),
    (
        "cpython-stdlib",
        "sqlite3.ProgrammingError",
        ("Incorrect number of bindings supplied. The current statement uses 1, and there are 2 supplied."),
        P,
    ),
    ("cpython-stdlib", "smtplib.SMTPServerDisconnected", "please run connect() first", P),
    ("cpython-stdlib", "builtins.FileNotFoundError", "[Errno 2] No such file or directory", P),
    ("cpython-stdlib", "builtins.FileNotFoundError", "[Errno 2] No such file or directory: '/nonexistent/a.csv'", P),
    ("cpython-stdlib", "http.client.ResponseNotReady", "Idle", P),
    ("cpython-core", "builtins.RuntimeError", "no running event loop", P),
    ("cpython-core", "builtins.ValueError", "timeout value must be positive", V),
    ("cpython-core", "builtins.ValueError", "can't specify a timeout for a non-blocking call", P),
    ("cpython-core", "builtins.ValueError", "'timeout' must be a non-negative number", V),
    ("cpython-core", "builtins.ValueError", "timeout must be non-negative", V),
    ("cpython-core", "builtins.ValueError", "Timeout value out of range", V),
    (
        "cpython-core",
        "subprocess.TimeoutExpired",
        "Command '['sleep', '5']' timed out after 0.09996648900414584 seconds",
        T,
    ),
    ("cpython-core", "builtins.TimeoutError", "", T),
    ("cpython-core", "builtins.ConnectionRefusedError", "[Errno 111] Connection refused", T),
    ("cpython-core", "builtins.TimeoutError", "", T),
    ("cpython-core", "asyncio.exceptions.IncompleteReadError", "2 bytes read on a total of 4 expected bytes", T),
    ("cpython-core", "builtins.RuntimeError", "This event loop is already running", P),
    ("cpython-core", "builtins.RuntimeError", "cannot join thread before it is started", P),
    ("cpython-core", "builtins.RuntimeError", "cannot join current thread", P),
    ("cpython-core", "builtins.OSError", "[Errno 9] Bad file descriptor", P),
    ("cpython-core", "builtins.TypeError", "'str' object cannot be interpreted as an integer", P),
    ("cpython-stdlib", "builtins.ValueError", "Timeout value out of range", V),
    ("cpython-stdlib", "builtins.TypeError", "'str' object cannot be interpreted as an integer", P),
    ("cpython-stdlib", "builtins.ValueError", "cannot convert float NaN to integer", V),
]

# (library, the text behind a wrapper, label, deciding rule)
WRAPPED: list[tuple[str, str, Category, str]] = [
    ("cpython-core", "AttributeError: 'NoneType' object has no attribute 'foo'", P, "message.bug"),
    ("cpython-core", "AttributeError: 'str' object has no attribute 'foo'", P, "message.bug"),
    ("cpython-core", "AttributeError: module 'json' has no attribute 'foo'", P, "message.bug"),
    ("cpython-core", "AttributeError: type object 'A' has no attribute 'x'", P, "message.bug"),
    ("cpython-core", "AttributeError: 'NoneType' object has no attribute 'group'", P, "message.bug"),
    ("cpython-core", "TypeError: 'NoneType' object is not subscriptable", P, "message.bug"),
    ("cpython-core", "TypeError: unsupported operand type(s) for +: 'int' and 'str'", P, "message.bug"),
    ("cpython-core", 'TypeError: can only concatenate str (not "int") to str', P, "message.bug"),
    ("cpython-core", 'TypeError: can only concatenate list (not "tuple") to list', P, "message.bug"),
    ("cpython-core", "TypeError: unsupported operand type(s) for /: 'PosixPath' and 'NoneType'", P, "message.bug"),
    ("cpython-core", "TypeError: 'NoneType' object is not callable", P, "message.bug"),
    ("cpython-core", "TypeError: 'int' object is not callable", P, "message.bug"),
    ("cpython-core", "TypeError: 'module' object is not callable", P, "message.bug"),
    ("cpython-core", "TypeError: 'NoneType' object is not iterable", P, "message.bug"),
    ("cpython-core", "TypeError: unhashable type: 'list'", P, "message.bug"),
    ("cpython-core", "TypeError: unhashable type: 'dict'", P, "message.bug"),
    ("cpython-core", "TypeError: '>' not supported between instances of 'str' and 'int'", P, "message.bug"),
    ("cpython-core", "TypeError: '<' not supported between instances of 'str' and 'int'", P, "message.bug"),
    ("cpython-core", "TypeError: 'str' object does not support item assignment", P, "message.bug"),
    ("cpython-core", "TypeError: 'tuple' object does not support item assignment", P, "message.bug"),
    (
        "cpython-core",
        "TypeError: list indices must be integers or slices, not str",
        P,
        "message.tpl_python_call_misuse",
    ),
    (
        "cpython-core",
        "TypeError: list indices must be integers or slices, not float",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: string indices must be integers, not 'str'", P, "message.tpl_python_call_misuse"),
    (
        "cpython-core",
        "TypeError: sequence item 0: expected str instance, int found",
        P,
        "message.tpl_python_call_misuse",
    ),
    (
        "cpython-core",
        "TypeError: slice indices must be integers or None or have an __index__ method",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: 'list' object is not an iterator", P, "message.bug"),
    ("cpython-core", "TypeError: f() takes 2 positional arguments but 3 were given", P, "message.bug"),
    ("cpython-core", "TypeError: f() got an unexpected keyword argument 'c'", P, "message.bug"),
    ("cpython-core", "TypeError: f() missing 1 required positional argument: 'b'", P, "message.bug"),
    (
        "cpython-core",
        "TypeError: f() missing 1 required keyword-only argument: 'b'",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: f() got multiple values for argument 'a'", P, "message.bug"),
    ("cpython-core", "TypeError: f() takes 0 positional arguments but 1 was given", P, "message.bug"),
    (
        "cpython-core",
        "TypeError: app.handlers.f() argument after ** must be a mapping, not list",
        P,
        "message.tpl_python_call_misuse",
    ),
    (
        "cpython-core",
        "TypeError: app.handlers.f() argument after * must be an iterable, not int",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: min expected at least 1 argument, got 0", P, "message.tpl_python_call_misuse"),
    (
        "cpython-core",
        "TypeError: reduce() of empty iterable with no initial value",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "IndexError: Cannot choose from an empty sequence", P, "message.tpl_python_empty_container"),
    ("cpython-core", "IndexError: list index out of range", P, "message.bug"),
    ("cpython-core", "IndexError: tuple index out of range", P, "message.bug"),
    ("cpython-core", "IndexError: range object index out of range", P, "message.bug"),
    ("cpython-core", "IndexError: string index out of range", P, "message.bug"),
    ("cpython-core", "IndexError: pop from empty list", P, "message.bug"),
    ("cpython-core", "KeyError: 'popitem(): dictionary is empty'", P, "message.bug"),
    ("cpython-core", "KeyError: 'pop from an empty set'", P, "message.tpl_python_empty_container"),
    ("cpython-core", "IndexError: pop from an empty deque", P, "message.tpl_python_empty_container"),
    ("cpython-core", "IndexError: index out of range", P, "message.bug"),
    ("cpython-core", "ValueError: list.remove(x): x not in list", P, "message.tpl_python_empty_container"),
    ("cpython-core", "ValueError: 2 is not in list", P, "message.tpl_python_empty_container"),
    (
        "cpython-core",
        "IndexError: Replacement index 0 out of range for positional args tuple",
        P,
        "message.tpl_python_format_string",
    ),
    ("cpython-core", "TypeError: %d format: a real number is required, not str", P, "message.tpl_python_format_string"),
    ("cpython-core", "TypeError: not enough arguments for format string", P, "message.tpl_python_format_string"),
    (
        "cpython-core",
        "ValueError: unsupported format character 'y' (0x79) at index 1",
        P,
        "message.tpl_python_format_string",
    ),
    ("cpython-core", "ValueError: incomplete format", P, "message.tpl_python_format_string"),
    (
        "cpython-core",
        "ValueError: Unknown format code 'd' for object of type 'float'",
        P,
        "message.tpl_python_format_string",
    ),
    (
        "cpython-core",
        "ValueError: Invalid format specifier 'xyz' for object of type 'int'",
        P,
        "message.tpl_python_format_string",
    ),
    ("cpython-core", "ValueError: Single '}' encountered in format string", P, "message.tpl_python_format_string"),
    ("cpython-core", "TypeError: format requires a mapping", P, "message.tpl_python_format_string"),
    ("cpython-core", "ValueError: invalid literal for int() with base 10: 'abc'", V, "message.bad_data"),
    ("cpython-core", "ValueError: invalid literal for int() with base 10: ''", V, "message.bad_data"),
    ("cpython-core", "ValueError: invalid literal for int() with base 10: '12.5'", V, "message.bad_data"),
    ("cpython-core", "ValueError: could not convert string to float: 'N/A'", V, "message.bad_data"),
    ("cpython-core", "ValueError: complex() arg is a malformed string", V, "message.bad_data"),
    ("cpython-core", "ValueError: Invalid literal for Fraction: 'x'", V, "message.bad_data"),
    ("cpython-core", "ValueError: int() base must be >= 2 and <= 36, or 0", P, "message.tpl_python_constant_refused"),
    (
        "cpython-core",
        (
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value "
            "has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        ),
        V,
        "message.tpl_python_value_range",
    ),
    ("cpython-core", "OverflowError: int too large to convert to float", V, "message.tpl_python_value_range"),
    ("cpython-core", "OverflowError: int too big to convert", V, "message.tpl_python_value_range"),
    ("cpython-core", "ValueError: chr() arg not in range(0x110000)", V, "message.tpl_python_value_range"),
    ("cpython-core", "ValueError: cannot convert float NaN to integer", V, "message.bad_data"),
    ("cpython-core", "OverflowError: cannot convert float infinity to integer", V, "message.bad_data"),
    ("cpython-core", "ValueError: non-hexadecimal number found in fromhex() arg at position 0", V, "message.bad_data"),
    ("cpython-core", "ZeroDivisionError: division by zero", P, "message.bug"),
    ("cpython-core", "ZeroDivisionError: integer division or modulo by zero", P, "message.bug"),
    ("cpython-core", "ZeroDivisionError: float division by zero", P, "message.bug"),
    ("cpython-core", "ZeroDivisionError: integer modulo by zero", P, "message.bug"),
    ("cpython-core", "ValueError: range() arg 3 must not be zero", P, "message.tpl_python_constant_refused"),
    ("cpython-core", "NameError: name 'undefined_name_x' is not defined", P, "message.bug"),
    ("cpython-core", "ModuleNotFoundError: No module named 'nosuchmodule_xyz'", P, "message.missing_dependency"),
    ("cpython-core", "ModuleNotFoundError: No module named 'json.nosub_xyz'", P, "message.missing_dependency"),
    (
        "cpython-core",
        "ModuleNotFoundError: No module named 'os.path.nosub'; 'os.path' is not a package",
        P,
        "message.missing_dependency",
    ),
    (
        "cpython-core",
        ("ImportError: cannot import name 'nope_xyz' from 'json' (/usr/local/lib/python3.11/json/__init__.py)"),
        P,
        "message.missing_dependency",
    ),
    ("cpython-core", "ValueError: Empty module name", P, "message.tpl_python_definition"),
    (
        "cpython-core",
        ("TypeError: the 'package' argument is required to perform a relative import for '.x'"),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-core", "SyntaxError: invalid syntax (handlers.py, line 1)", P, "message.tpl_python_definition"),
    (
        "cpython-core",
        ("IndentationError: expected an indented block after 'if' statement on line 1 (jobs.py, line 2)"),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-core", "RecursionError: maximum recursion depth exceeded", P, "message.bug"),
    ("cpython-core", "RecursionError: maximum recursion depth exceeded", P, "message.bug"),
    (
        "cpython-core",
        (
            "TypeError: metaclass conflict: the metaclass of a derived class must be a "
            "(non-strict) subclass of the metaclasses of all its bases"
        ),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-core", "AttributeError: 'A' object has no attribute 'b'", P, "message.bug"),
    ("cpython-core", "ValueError: __len__() should return >= 0", P, "message.tpl_python_definition"),
    ("cpython-core", "AttributeError: 'super' object has no attribute 'm'", P, "message.bug"),
    (
        "cpython-core",
        ("TypeError: catching classes that do not inherit from BaseException is not allowed"),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-core", "RuntimeError: dictionary changed size during iteration", P, "message.bug"),
    ("cpython-core", "ValueError: generator already executing", P, "message.tpl_python_definition"),
    (
        "cpython-core",
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence",
        P,
        "message.tpl_python_definition",
    ),
    (
        "cpython-core",
        "ValueError: dictionary update sequence element #0 has length 1; 2 is required",
        P,
        "message.tpl_python_definition",
    ),
    (
        "cpython-core",
        ("ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-core", "ValueError: I/O operation on closed file", P, "message.bug"),
    ("cpython-core", "ValueError: I/O operation on closed file.", P, "message.bug"),
    ("cpython-core", "TypeError: string argument expected, got 'bytes'", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "TypeError: a bytes-like object is required, not 'str'", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "TypeError: Strings must be encoded before hashing", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "ValueError: unsupported hash type md7", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "TypeError: Missing required parameter 'digestmod'.", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "TypeError: cannot pickle '_thread.lock' object", P, "message.bug"),
    ("cpython-core", "TypeError: cannot pickle 'generator' object", P, "message.bug"),
    (
        "cpython-core",
        ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        V,
        "message.bad_data",
    ),
    (
        "cpython-core",
        ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data"),
        V,
        "message.bad_data",
    ),
    (
        "cpython-core",
        ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: invalid continuation byte"),
        V,
        "message.bad_data",
    ),
    (
        "cpython-core",
        ("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
        V,
        "message.bad_data",
    ),
    (
        "cpython-core",
        ("UnicodeEncodeError: 'utf-8' codec can't encode character '\\udcff' in position 0: surrogates not allowed"),
        V,
        "message.bad_data",
    ),
    (
        "cpython-core",
        (
            "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position "
            "0: ordinal not in range(256)"
        ),
        V,
        "message.bad_data",
    ),
    (
        "cpython-core",
        ("UnicodeError: encoding with 'idna' codec failed (UnicodeError: label empty or too long)"),
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-core", "ValueError: Semaphore released too many times", P, "message.async_misuse"),
    ("cpython-core", "RuntimeError: Event loop is closed", P, "message.bug"),
    ("cpython-core", "TypeError: 'coroutine' object is not subscriptable", P, "message.bug"),
    ("cpython-core", "AttributeError: 'coroutine' object has no attribute 'json'", P, "message.bug"),
    (
        "cpython-core",
        (
            "RuntimeError: Task <Task pending name='Task-22' coro=<f() running at "
            "/srv/app/tasks.py:3> cb=[_run_until_complete_cb() at "
            "/usr/local/lib/python3.11/asyncio/base_events.py:180]> got Future <Future "
            "pending> attached to a different loop"
        ),
        P,
        "message.bug",
    ),
    ("cpython-stdlib", "ValueError: time data '2024/01/31' does not match format '%Y-%m-%d'", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: unconverted data remains:  10:00", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: time data '31.01.2024' does not match format '%Y-%m-%d'", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: month must be in 1..12", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: Invalid isoformat string: '2024-1-1'", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: Invalid isoformat string: 'yesterday'", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: hour must be in 0..23", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: day is out of range for month", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: month must be in 1..12", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: year 10000 is out of range", V, "message.tpl_python_value_range"),
    ("cpython-stdlib", "ValueError: hour must be in 0..23", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: minute must be in 0..59", V, "message.bad_data"),
    ("cpython-stdlib", "OverflowError: timestamp out of range for platform time_t", V, "message.bad_data"),
    ("cpython-stdlib", "OverflowError: Python int too large to convert to C int", V, "message.tpl_python_value_range"),
    ("cpython-stdlib", "ValueError: ordinal must be >= 1", V, "message.tpl_python_value_range"),
    (
        "cpython-stdlib",
        ("TypeError: unsupported operand type(s) for +: 'datetime.datetime' and 'datetime.datetime'"),
        P,
        "message.bug",
    ),
    ("cpython-stdlib", "TypeError: '<' not supported between instances of 'datetime.date' and 'str'", P, "message.bug"),
    (
        "cpython-stdlib",
        "ZoneInfoNotFoundError: 'No time zone found with key Mars/Olympus_Mons'",
        V,
        "message.tpl_python_parse_input",
    ),
    (
        "cpython-stdlib",
        ("ValueError: ZoneInfo keys must refer to subdirectories of TZPATH, got: ../etc/passwd"),
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "InvalidOperation: [<class 'decimal.ConversionSyntax'>]", V, "message.tpl_python_value_range"),
    ("cpython-stdlib", "ValueError: cannot convert NaN to integer", V, "message.bad_data"),
    ("cpython-stdlib", "OverflowError: cannot convert Infinity to integer", V, "message.bad_data"),
    ("cpython-stdlib", "JSONDecodeError: Expecting value: line 1 column 1 (char 0)", V, "message.bad_data"),
    ("cpython-stdlib", "JSONDecodeError: Extra data: line 1 column 10 (char 9)", V, "message.bad_data"),
    (
        "cpython-stdlib",
        "JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)",
        V,
        "message.bad_data",
    ),
    (
        "cpython-stdlib",
        ("JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        V,
        "message.bad_data",
    ),
    ("cpython-stdlib", "JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3)", V, "message.bad_data"),
    ("cpython-stdlib", "JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)", V, "message.bad_data"),
    ("cpython-stdlib", "JSONDecodeError: Invalid \\escape: line 1 column 2 (char 1)", V, "message.bad_data"),
    (
        "cpython-stdlib",
        ("JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)"),
        V,
        "message.bad_data",
    ),
    ("cpython-stdlib", "JSONDecodeError: Expecting value: line 1 column 1 (char 0)", V, "message.bad_data"),
    ("cpython-stdlib", "TypeError: Object of type object is not JSON serializable", P, "message.bug"),
    ("cpython-stdlib", "TypeError: keys must be str, int, float, bool or None, not tuple", P, "message.bug"),
    ("cpython-stdlib", "ValueError: Circular reference detected", P, "message.tpl_python_definition"),
    ("cpython-stdlib", "TypeError: Object of type Decimal is not JSON serializable", P, "message.bug"),
    ("cpython-stdlib", "ValueError: Out of range float values are not JSON compliant", V, "message.bad_data"),
    ("cpython-stdlib", "Error: Incorrect padding", V, "message.bad_data"),
    (
        "cpython-stdlib",
        ("Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"),
        V,
        "message.bad_data",
    ),
    ("cpython-stdlib", "Error: Only base64 data is allowed", V, "message.tpl_format_undecodable"),
    ("cpython-stdlib", "Error: Incorrect padding", V, "message.bad_data"),
    ("cpython-stdlib", "Error: Non-base16 digit found", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "Error: Odd-length string", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "Error: Non-hexadecimal digit found", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: Non-Ascii85 digit found: ~", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: badly formed hexadecimal UUID string", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: badly formed hexadecimal UUID string", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: '10.0.0.300' does not appear to be an IPv4 or IPv6 address", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: 10.0.0.1/24 has host bits set", V, "message.tpl_python_parse_input"),
    (
        "cpython-stdlib",
        "AddressValueError: Octet 256 (> 255) not permitted in '256.1.1.1'",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "AddressValueError: Expected 4 octets in '1.2.3'", V, "message.tpl_python_parse_input"),
    (
        "cpython-stdlib",
        "AddressValueError: Only hex digits permitted in 'g' in '::g'",
        V,
        "message.tpl_python_parse_input",
    ),
    (
        "cpython-stdlib",
        "ValueError: '10.0.0.0/33' does not appear to be an IPv4 or IPv6 network",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "ValueError: Invalid IPv6 URL", V, "message.tpl_python_parse_input"),
    (
        "cpython-stdlib",
        "ValueError: Port could not be cast to integer value as 'port'",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "ValueError: Port out of range 0-65535", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "TypeError: quote_from_bytes() expected bytes", P, "message.tpl_python_call_misuse"),
    ("cpython-stdlib", "ValueError: unknown url type: 'example.com/path'", V, "message.bad_data"),
    ("cpython-stdlib", "InvalidURL: nonnumeric port: 'abc'", V, "message.bad_data"),
    ("cpython-stdlib", "error: unpack requires a buffer of 4 bytes", V, "message.tpl_python_parse_input"),
    (
        "cpython-stdlib",
        (
            "error: unpack_from requires a buffer of at least 8 bytes for unpacking 8 bytes "
            "at offset 0 (actual buffer size is 4)"
        ),
        V,
        "message.tpl_python_parse_input",
    ),
    (
        "cpython-stdlib",
        "error: 'i' format requires -2147483648 <= number <= 2147483647",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "error: unterminated character set at position 0", V, "message.tpl_regex_pattern"),
    ("cpython-stdlib", "error: bad escape \\p at position 0", V, "message.tpl_regex_pattern"),
    ("cpython-stdlib", "error: nothing to repeat at position 0", V, "message.tpl_regex_pattern"),
    ("cpython-stdlib", "error: missing ), unterminated subpattern at position 0", V, "message.tpl_regex_pattern"),
    ("cpython-stdlib", "error: unbalanced parenthesis at position 3", V, "message.tpl_regex_pattern"),
    ("cpython-stdlib", "error: look-behind requires fixed-width pattern", V, "message.tpl_regex_pattern"),
    (
        "cpython-stdlib",
        "error: redefinition of group name 'n' as group 2; was group 1 at position 12",
        V,
        "message.tpl_regex_pattern",
    ),
    ("cpython-stdlib", "error: bad escape \\d at position 0", V, "message.tpl_regex_pattern"),
    ("cpython-stdlib", "error: invalid group reference 2 at position 1", V, "message.tpl_regex_pattern"),
    (
        "cpython-stdlib",
        "ValueError: duplicate values found in <enum 'Color'>: CRIMSON -> RED",
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-stdlib", "UnpicklingError: invalid load key, 'x'.", V, "message.bad_data"),
    ("cpython-stdlib", "UnpicklingError: pickle data was truncated", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: unsupported pickle protocol: 6", P, "message.tpl_python_definition"),
    (
        "cpython-stdlib",
        ("AttributeError: Can't get attribute 'Missing' on <module '__main__' from '/srv/app/worker.py'>"),
        P,
        "message.tpl_python_definition",
    ),
    (
        "cpython-stdlib",
        ("PicklingError: Can't pickle <function <lambda> at 0x7f3a2c1d9e40>: import of module 'app.handlers' failed"),
        P,
        "message.bug",
    ),
    ("cpython-stdlib", "AttributeError: Can't pickle local object 'f.<locals>.Local'", P, "message.bug"),
    ("cpython-stdlib", "Error: field larger than field limit (131072)", V, "message.bad_data"),
    (
        "cpython-stdlib",
        "ValueError: dict contains fields not in fieldnames: 'phone'",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", 'TypeError: "delimiter" must be a 1-character string', P, "message.tpl_python_call_misuse"),
    ("cpython-stdlib", "Error: unknown dialect", P, "message.config"),
    (
        "cpython-stdlib",
        ("DuplicateSectionError: While reading from '<string>' [line  2]: section 'db' already exists"),
        P,
        "message.tpl_stdlib_configuration",
    ),
    (
        "cpython-stdlib",
        ("DuplicateOptionError: While reading from 'app.ini' [line  3]: option 'host' in section 'db' already exists"),
        P,
        "message.tpl_stdlib_configuration",
    ),
    (
        "cpython-stdlib",
        (
            "InterpolationMissingOptionError: Bad value substitution: option 'url' in section "
            "'db' contains an interpolation key 'hots' which is not a valid option name. Raw "
            "value: '%(hots)s'"
        ),
        P,
        "message.tpl_stdlib_configuration",
    ),
    (
        "cpython-stdlib",
        "InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%cd'",
        P,
        "message.tpl_stdlib_configuration",
    ),
    ("cpython-stdlib", "ValueError: Not a boolean: maybe", P, "message.tpl_stdlib_configuration"),
    (
        "cpython-stdlib",
        (
            "InterpolationDepthError: Recursion limit exceeded in value substitution: option "
            "'x' in section 'a' contains an interpolation key which cannot be substituted in "
            "10 steps. Raw value: '%(y)s'"
        ),
        P,
        "message.tpl_stdlib_configuration",
    ),
    ("cpython-stdlib", "ArgumentError: argument --count: invalid int value: 'x'", V, "message.tpl_python_parse_input"),
    (
        "cpython-stdlib",
        "ArgumentError: argument --mode: invalid choice: 'x' (choose from 'fast', 'slow')",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "ArgumentError: argument --name: expected one argument", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: dictionary doesn't specify a version", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "ValueError: Unsupported version: 2", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "ValueError: Unable to configure handler 'file'", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "ValueError: Unable to configure handler 'h'", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "ValueError: Unknown level: 'VERBOSE'", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "ValueError: Style must be one of: %,{,$", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "Error: unsupported locale setting", P, "message.tpl_runtime_setup"),
    ("cpython-stdlib", "NameError: name 'Missing' is not defined", P, "message.bug"),
    (
        "cpython-stdlib",
        ("ValueError: mutable default <class 'list'> for field x is not allowed: use default_factory"),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-stdlib", "TypeError: A.__init__() got an unexpected keyword argument 'y'", P, "message.bug"),
    (
        "cpython-stdlib",
        "TypeError: asdict() should be called on dataclass instances",
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-stdlib", "TypeError: P.__new__() missing 1 required positional argument: 'b'", P, "message.bug"),
    ("cpython-stdlib", "ValueError: No closing quotation", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", 'ValueError: Invalid date value or format "not a date"', V, "message.tpl_format_undecodable"),
    (
        "cpython-stdlib",
        ("ValueError: malformed node or string on line 1: <ast.Call object at 0x7f3a2c1d9e40>"),
        V,
        "message.bad_data",
    ),
    ("cpython-stdlib", "ParseError: mismatched tag: line 1, column 14", V, "message.bad_data"),
    ("cpython-stdlib", "BadGzipFile: Not a gzipped file (b'xx')", V, "message.bad_data"),
    ("cpython-stdlib", "error: Error -3 while decompressing data: incorrect header check", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: sleep length must be non-negative", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: Timeout value out of range", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: task_done() called too many times", P, "message.tpl_python_definition"),
    (
        "cpython-stdlib",
        (
            "TypeError: module, class, method, function, traceback, frame, or code object was "
            "expected, got builtin_function_or_method"
        ),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-stdlib", "AttributeError: 'bytes' object has no attribute 'encode'", P, "message.bug"),
    ("cpython-stdlib", "AttributeError: 'NoneType' object has no attribute 'a'", P, "message.bug"),
    (
        "cpython-stdlib",
        (
            "TypeError: Invalid first argument to `register()`: <function _ at "
            "0x7f3a2c1d9e40>. Use either `@register(some_class)` or plain `@register` on an "
            "annotated function."
        ),
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-stdlib", "ValueError: Encountered duplicate field name: 'a'", P, "message.tpl_python_definition"),
    (
        "cpython-stdlib",
        "ValueError: Type names and field names cannot be a keyword: 'class'",
        P,
        "message.tpl_python_definition",
    ),
    ("cpython-stdlib", "ValueError: check_hostname requires server_hostname", P, "message.tls_context_misuse"),
    (
        "cpython-stdlib",
        ("UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"),
        V,
        "message.bad_data",
    ),
    (
        "cpython-stdlib",
        (
            "ReadError: file could not be opened successfully:\n- method gz: ReadError('not a "
            "gzip file')\n- method bz2: ReadError('not a bzip2 file')\n- method xz: "
            "ReadError('not an lzma file')\n- method tar: ReadError('truncated header')"
        ),
        V,
        "message.bad_data",
    ),
    ("cpython-stdlib", "BadZipFile: File is not a zip file", V, "message.bad_data"),
    ("cpython-core", "TypeError: must be real number, not str", P, "message.tpl_python_call_misuse"),
    (
        "cpython-core",
        "TypeError: unsupported type for timedelta seconds component: str",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", 'TypeError: can only concatenate str (not "bytes") to str', P, "message.bug"),
    (
        "cpython-core",
        "TypeError: expected string or bytes-like object, got 'dict'",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: Object of type bytes is not JSON serializable", P, "message.bug"),
    (
        "cpython-core",
        "TypeError: the JSON object must be str, bytes or bytearray, not dict",
        P,
        "message.tpl_python_call_misuse",
    ),
    (
        "cpython-core",
        "TypeError: unsupported format string passed to NoneType.__format__",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: issubclass() arg 1 must be a class", P, "message.tpl_python_call_misuse"),
    (
        "cpython-core",
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        P,
        "message.tpl_python_call_misuse",
    ),
    (
        "cpython-core",
        "TypeError: super(type, obj): obj must be an instance or subtype of type",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: Passing coroutines is forbidden, use tasks explicitly.", P, "message.access_denied"),
    ("cpython-core", "ValueError: I/O operation on closed file.", P, "message.bug"),
    ("cpython-core", "ValueError: empty separator", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "ValueError: Cannot specify ',' with 's'.", P, "message.tpl_python_format_string"),
    ("cpython-core", "ValueError: Sign not allowed in string format specifier", P, "message.tpl_python_format_string"),
    ("cpython-core", "ValueError: unmatched '{' in format spec", P, "message.tpl_python_format_string"),
    ("cpython-core", "ValueError: unmatched '{' in format spec", P, "message.tpl_python_format_string"),
    ("cpython-core", "ValueError: Single '{' encountered in format string", P, "message.tpl_python_format_string"),
    ("cpython-core", "TypeError: str expected, not int", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "ValueError: PurePosixPath('/') has an empty name", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "ValueError: Invalid suffix 'txt'", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "TypeError: a bytes-like object is required, not 'str'", P, "message.tpl_python_call_misuse"),
    (
        "cpython-core",
        "TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'str'",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: strftime() argument 1 must be str, not int", P, "message.tpl_python_format_string"),
    (
        "cpython-core",
        "TypeError: Too few arguments for typing.Dict; actual 1, expected 2",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "TypeError: the first argument must be callable", P, "message.tpl_python_call_misuse"),
    ("cpython-core", "TypeError: 'int' object is not iterable", P, "message.bug"),
    ("cpython-core", "TypeError: 'int' object is not iterable", P, "message.bug"),
    ("cpython-core", "TypeError: 'NoneType' object is not subscriptable", P, "message.bug"),
    ("cpython-core", "TypeError: unsupported operand type(s) for +: 'int' and 'str'", P, "message.bug"),
    ("cpython-core", "TypeError: '<' not supported between instances of 'dict' and 'dict'", P, "message.bug"),
    ("cpython-stdlib", "ValueError: 'Q' is a bad directive in format '%Q'", P, "message.tpl_python_format_string"),
    ("cpython-stdlib", "ValueError: stray % in format '%Y%'", P, "message.tpl_python_format_string"),
    (
        "cpython-stdlib",
        "ValueError: ZoneInfo keys may not be absolute paths, got: /etc/localtime",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "JSONDecodeError: Invalid \\uXXXX escape: line 1 column 3 (char 2)", V, "message.bad_data"),
    ("cpython-stdlib", "JSONDecodeError: Expecting ',' delimiter: line 1 column 8 (char 7)", V, "message.bad_data"),
    ("cpython-stdlib", "JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5)", V, "message.bad_data"),
    ("cpython-stdlib", "JSONDecodeError: Extra data: line 1 column 5 (char 4)", V, "message.bad_data"),
    ("cpython-stdlib", "Error: Incorrect padding", V, "message.bad_data"),
    ("cpython-stdlib", "Error: Discontinuous padding not allowed", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: int is out of range (need a 128-bit value)", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: bytes is not a 16-char string", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "OSError: illegal IP address string passed to inet_aton", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "OSError: illegal IP address string passed to inet_pton", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: day is out of range for month", V, "message.bad_data"),
    ("cpython-stdlib", "IllegalMonthError: bad month number 13; must be 1-12", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "UnpicklingError: unexpected MARK found", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "UnpicklingError: unpickling stack underflow", V, "message.tpl_python_parse_input"),
    (
        "cpython-stdlib",
        "ValueError: '10.0.0.1/40' does not appear to be an IPv4 or IPv6 interface",
        V,
        "message.tpl_python_parse_input",
    ),
    ("cpython-stdlib", "NetmaskValueError: '255.0.255.0' is not a valid netmask", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: bad query field: 'b'", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: Max number of fields exceeded", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: day is out of range for month", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: time data '25:00' does not match format '%H:%M'", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: year -31686769 is out of range", V, "message.tpl_python_value_range"),
    ("cpython-stdlib", "ValueError: time data '2024-01-01' does not match format '%d/%m/%Y'", V, "message.bad_data"),
    ("cpython-stdlib", "ParseError: undefined entity: line 1, column 3", V, "message.bad_data"),
    ("cpython-stdlib", "ParseError: no element found: line 1, column 0", V, "message.bad_data"),
    ("cpython-stdlib", "ParseError: junk after document element: line 1, column 7", V, "message.bad_data"),
    ("cpython-stdlib", "ExpatError: no element found: line 1, column 3", V, "message.bad_data"),
    (
        "cpython-stdlib",
        ("Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"),
        V,
        "message.bad_data",
    ),
    ("cpython-stdlib", "error: unpack requires a buffer of 2 bytes", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: bytes length not a multiple of item size", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: could not convert string to float: '1e500x'", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: Invalid week: 54", V, "message.tpl_python_parse_input"),
    ("cpython-stdlib", "ValueError: Unable to configure formatter 'f'", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "ValueError: Unable to configure root logger", P, "message.tpl_stdlib_configuration"),
    ("cpython-stdlib", "ModuleNotFoundError: No module named 'json.nosuch_xyz'", P, "message.missing_dependency"),
    (
        "cpython-stdlib",
        ("FileNotFoundError: [Errno 2] No such file or directory: '/usr/local/lib/python3.11/json/nosuch.txt'"),
        P,
        "errno.ENOENT",
    ),
    ("cpython-stdlib", "ValueError: cannot find context for 'nosuch'", P, "message.tpl_python_call_misuse"),
    ("cpython-stdlib", "ValueError: task_done() called too many times", P, "message.tpl_python_definition"),
    ("cpython-stdlib", "ProgrammingError: Cannot operate on a closed database.", P, "message.tpl_sqlite_api_misuse"),
    (
        "cpython-stdlib",
        (
            "ProgrammingError: Incorrect number of bindings supplied. The current statement "
            "uses 1, and there are 2 supplied."
        ),
        P,
        "message.tpl_sqlite_api_misuse",
    ),
    ("cpython-stdlib", "FileNotFoundError: [Errno 2] No such file or directory", P, "errno.ENOENT"),
    (
        "cpython-stdlib",
        "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/a.csv'",
        P,
        "errno.ENOENT",
    ),
    ("cpython-core", "ValueError: timeout value must be positive", V, "message.tpl_python_parse_input"),
    (
        "cpython-core",
        "ValueError: can't specify a timeout for a non-blocking call",
        P,
        "message.tpl_python_call_misuse",
    ),
    ("cpython-core", "ValueError: 'timeout' must be a non-negative number", V, "message.tpl_python_parse_input"),
    ("cpython-core", "ValueError: timeout must be non-negative", V, "message.tpl_python_parse_input"),
    ("cpython-core", "ValueError: Timeout value out of range", V, "message.bad_data"),
    (
        "cpython-core",
        ("TimeoutExpired: Command '['sleep', '5']' timed out after 0.09996648900414584 seconds"),
        T,
        "message.network",
    ),
    ("cpython-core", "TimeoutError: ", T, "message.network"),
    ("cpython-core", "ConnectionRefusedError: [Errno 111] Connection refused", T, "errno.ECONNREFUSED"),
    ("cpython-core", "TimeoutError: ", T, "message.network"),
    ("cpython-core", "IncompleteReadError: 2 bytes read on a total of 4 expected bytes", T, "message.network"),
    ("cpython-core", "OSError: [Errno 9] Bad file descriptor", P, "errno.EBADF"),
    ("cpython-stdlib", "ValueError: Timeout value out of range", V, "message.bad_data"),
    ("cpython-stdlib", "ValueError: cannot convert float NaN to integer", V, "message.bad_data"),
]

# (class, str(exception), label, deciding rule): a template rule decides against a weaker class or phrase
WEAKER_WOULD_WIN: list[tuple[str, str, Category, str]] = [
    (
        "builtins.TypeError",
        "list indices must be integers or slices, not str",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "list indices must be integers or slices, not float",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "string indices must be integers, not 'str'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "sequence item 0: expected str instance, int found",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "slice indices must be integers or None or have an __index__ method",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "f() missing 1 required keyword-only argument: 'b'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "app.handlers.f() argument after ** must be a mapping, not list",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "app.handlers.f() argument after * must be an iterable, not int",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "min expected at least 1 argument, got 0",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "reduce() of empty iterable with no initial value",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.IndexError",
        "Cannot choose from an empty sequence",
        P,
        "message.tpl_python_empty_container",
    ),  # was validation by message.invalid
    (
        "builtins.IndexError",
        "pop from an empty deque",
        P,
        "message.tpl_python_empty_container",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "list.remove(x): x not in list",
        P,
        "message.tpl_python_empty_container",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "2 is not in list",
        P,
        "message.tpl_python_empty_container",
    ),  # was validation by base.validation.values
    (
        "builtins.IndexError",
        "Replacement index 0 out of range for positional args tuple",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by message.bad_data
    (
        "builtins.TypeError",
        "%d format: a real number is required, not str",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "incomplete format",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Unknown format code 'd' for object of type 'float'",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Invalid format specifier 'xyz' for object of type 'int'",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "Single '}' encountered in format string",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "int() base must be >= 2 and <= 36, or 0",
        P,
        "message.tpl_python_constant_refused",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "range() arg 3 must not be zero",
        P,
        "message.tpl_python_constant_refused",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "Empty module name",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "the 'package' argument is required to perform a relative import for '.x'",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        (
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases"
        ),
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "__len__() should return >= 0",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    (
        "builtins.TypeError",
        "catching classes that do not inherit from BaseException is not allowed",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "generator already executing",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    (
        "builtins.TypeError",
        "cannot convert dictionary update sequence element #0 to a sequence",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.bad_data
    (
        "builtins.ValueError",
        "dictionary update sequence element #0 has length 1; 2 is required",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "string argument expected, got 'bytes'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "a bytes-like object is required, not 'str'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "Strings must be encoded before hashing",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "Missing required parameter 'digestmod'.",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.schema
    (
        "decimal.DivisionByZero",
        "[<class 'decimal.DivisionByZero'>]",
        P,
        "type.permanent.tpl_decimal_division_by_zero",
    ),  # was unknown by unknown
    (
        "builtins.ValueError",
        "Circular reference detected",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    (
        "ipaddress.AddressValueError",
        "Octet 256 (> 255) not permitted in '256.1.1.1'",
        V,
        "type.validation.tpl_ipaddress_text",
    ),  # was permanent by message.denied
    (
        "ipaddress.AddressValueError",
        "Only hex digits permitted in 'g' in '::g'",
        V,
        "type.validation.tpl_ipaddress_text",
    ),  # was unknown by unknown
    (
        "builtins.ValueError",
        "'10.0.0.0/33' does not appear to be an IPv4 or IPv6 network",
        V,
        "message.tpl_python_parse_input",
    ),  # was transient by message.retry
    (
        "builtins.TypeError",
        "quote_from_bytes() expected bytes",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "struct.error",
        "bad char in struct format",
        P,
        "type.permanent.tpl_struct_format",
    ),  # was validation by type.validation.parsing
    (
        "struct.error",
        "pack expected 2 items for packing (got 1)",
        P,
        "type.permanent.tpl_struct_format",
    ),  # was validation by type.validation.parsing
    ("re.error", "unterminated character set at position 0", V, "message.tpl_regex_pattern"),  # was unknown by unknown
    ("re.error", "bad escape \\p at position 0", V, "message.tpl_regex_pattern"),  # was unknown by unknown
    ("re.error", "nothing to repeat at position 0", V, "message.tpl_regex_pattern"),  # was unknown by unknown
    ("re.error", "unbalanced parenthesis at position 3", V, "message.tpl_regex_pattern"),  # was unknown by unknown
    ("re.error", "look-behind requires fixed-width pattern", V, "message.tpl_regex_pattern"),  # was unknown by unknown
    (
        "re.error",
        "redefinition of group name 'n' as group 2; was group 1 at position 12",
        V,
        "message.tpl_regex_pattern",
    ),  # was unknown by unknown
    ("re.error", "bad escape \\d at position 0", V, "message.tpl_regex_pattern"),  # was unknown by unknown
    (
        "builtins.ValueError",
        "duplicate values found in <enum 'Color'>: CRIMSON -> RED",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    (
        "_csv.Error",
        ("iterator should return strings, not bytes (the file should be opened in text mode)"),
        P,
        "type.permanent.tpl_csv_setup",
    ),  # was validation by type.validation.parsing
    (
        "builtins.TypeError",
        '"delimiter" must be a 1-character string',
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    ("_csv.Error", "unknown dialect", P, "type.permanent.tpl_csv_setup"),  # was unknown by unknown
    (
        "builtins.ValueError",
        "Not a boolean: maybe",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by base.validation.values
    (
        "argparse.ArgumentError",
        "argument --x: conflicting option string: --x",
        P,
        "type.permanent.tpl_argparse_definition",
    ),  # was unknown by unknown
    (
        "builtins.ValueError",
        "dictionary doesn't specify a version",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Unable to configure handler 'file'",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Unable to configure handler 'h'",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Unknown level: 'VERBOSE'",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Style must be one of: %,{,$",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by message.schema
    (
        "builtins.ValueError",
        "mutable default <class 'list'> for field x is not allowed: use default_factory",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "asdict() should be called on dataclass instances",
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "task_done() called too many times",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    (
        "builtins.TypeError",
        (
            "module, class, method, function, traceback, frame, or code object was expected, "
            "got builtin_function_or_method"
        ),
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        (
            "Invalid first argument to `register()`: <function _ at 0x7f3a2c1d9e40>. Use "
            "either `@register(some_class)` or plain `@register` on an annotated function."
        ),
        P,
        "message.tpl_python_definition",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "Encountered duplicate field name: 'a'",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Type names and field names cannot be a keyword: 'class'",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    ("wave.Error", "not a WAVE file", V, "type.validation.tpl_wave_input"),  # was unknown by unknown
    (
        "builtins.TypeError",
        "must be real number, not str",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "expected string or bytes-like object, got 'dict'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "the JSON object must be str, bytes or bytearray, not dict",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "issubclass() arg 1 must be a class",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "super(type, obj): obj must be an instance or subtype of type",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "empty separator",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "Cannot specify ',' with 's'.",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Sign not allowed in string format specifier",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "unmatched '{' in format spec",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "unmatched '{' in format spec",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Single '{' encountered in format string",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.TypeError",
        "str expected, not int",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "PurePosixPath('/') has an empty name",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "Invalid suffix 'txt'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "a bytes-like object is required, not 'str'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "tzinfo argument must be None or of a tzinfo subclass, not type 'str'",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "strftime() argument 1 must be str, not int",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by message.invalid
    (
        "builtins.TypeError",
        "Too few arguments for typing.Dict; actual 1, expected 2",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.malformed_value
    (
        "builtins.TypeError",
        "the first argument must be callable",
        P,
        "message.tpl_python_call_misuse",
    ),  # was validation by message.invalid
    (
        "builtins.ValueError",
        "'Q' is a bad directive in format '%Q'",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "stray % in format '%Y%'",
        P,
        "message.tpl_python_format_string",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Unable to configure formatter 'f'",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "Unable to configure root logger",
        P,
        "message.tpl_stdlib_configuration",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "task_done() called too many times",
        P,
        "message.tpl_python_definition",
    ),  # was validation by base.validation.values
    (
        "builtins.ValueError",
        "can't specify a timeout for a non-blocking call",
        P,
        "message.tpl_python_call_misuse",
    ),  # was transient by message.network
]


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(("library", "exc_type", "message", "label"), TEMPLATES)
def test_template_on_its_class(clf: Classifier, library: str, exc_type: str, message: str, label: Category) -> None:
    assert verdict_of(clf, exc_type, message)[0] is label, library


@pytest.mark.parametrize(("library", "message", "label", "rule_id"), WRAPPED)
def test_template_behind_a_wrapper(clf: Classifier, library: str, message: str, label: Category, rule_id: str) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule_id), library


@pytest.mark.parametrize(("exc_type", "message", "label", "rule_id"), WEAKER_WOULD_WIN)
def test_the_template_rule_decides_over_weaker_evidence(
    clf: Classifier, exc_type: str, message: str, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule_id)


def test_ambiguous_templates_stay_as_they_were(clf: Classifier) -> None:
    """Left alone as judgement calls, their verdicts unchanged by the sweep: math's "math domain error" and "math range
    error" (a value out of a function's domain: the data's as often as the code's; the ValueError alone is unknown, the
    OverflowError validation), an unpacking of the wrong length ("not enough values to unpack": a malformed input line
    as often as a bug; message.bug says permanent), int(None) or json.loads(None) (a missing field or a bug), max() of
    an empty sequence, a str.index() that finds nothing, a SyntaxError of compile() or eval() on a "<string>" (the
    caller's expression or the code's), statistics' "mean requires at least one data point"; also kept as they are:
    tomllib's TOMLDecodeError (the class says configuration, the usual TOML file) and string.Template's "Invalid
    placeholder"."""
    # only the ValueError class speaks, too weak alone (test_classify_weak_evidence.py)
    assert verdict_of(clf, "builtins.ValueError", "math domain error") == (Category.UNKNOWN, "unknown")
    assert verdict_of(clf, "builtins.OverflowError", "math range error") == (V, "base.validation.values")
    unpack = "not enough values to unpack (expected 2, got 1)"
    assert verdict_of(clf, "builtins.ValueError", unpack) == (P, "message.bug")
    assert verdict_of(clf, "statistics.StatisticsError", "mean requires at least one data point")[0] is Category.UNKNOWN
