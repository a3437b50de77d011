"""Message templates of the Python runtime, web frameworks and scientific runtimes, as users see them (issue 10).

Each case is a text the library raises, read from its source: CPython's standard library (most raised here live:
json, pickle, codecs, zipfile, tarfile, gzip, zlib, lzma, bz2, sqlite3, subprocess, concurrent.futures, asyncio,
socket and OSError strerror texts, ssl with OpenSSL's reasons, http.client, urllib, smtplib, imaplib, ftplib,
shutil, datetime), werkzeug's HTTPException descriptions, Django, starlette, uvicorn, gunicorn, Jinja2, aiohttp, numpy
and pandas (raised live), PyTorch, TensorFlow, JAX, huggingface_hub, transformers, scikit-learn, XGBoost and LightGBM.
Each was filled with plausible values, given the class users catch and labelled by ../shared/corpus/LABELS.md before
the verdict was looked at. ``WRAPPED`` holds the same texts as an application wrapper prints them
(``RuntimeError(f"{type(exc).__name__}: {exc}")``), where only a phrase anchored to the template's words decides;
the cases decided by the wrapper's own weak class are left out, as they are right by default, not by evidence.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier, ErrorSignal

from .verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (library, class users catch, str(exception), http status, errno, label)
TEMPLATES: list[tuple[str, str, str, int | None, int | None, Category]] = [
    ("json", "json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)", None, None, V),
    (
        "json",
        "json.decoder.JSONDecodeError",
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        None,
        None,
        V,
    ),
    (
        "json",
        "json.decoder.JSONDecodeError",
        "Unterminated string starting at: line 1 column 7 (char 6)",
        None,
        None,
        V,
    ),
    ("json", "json.decoder.JSONDecodeError", "Extra data: line 1 column 10 (char 9)", None, None, V),
    ("json", "json.decoder.JSONDecodeError", "Invalid control character at: line 1 column 9 (char 8)", None, None, V),
    (
        "json",
        "json.decoder.JSONDecodeError",
        "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)",
        None,
        None,
        V,
    ),
    ("json", "json.decoder.JSONDecodeError", "Expecting ',' delimiter: line 1 column 6 (char 5)", None, None, V),
    ("json", "builtins.ValueError", "Out of range float values are not JSON compliant", None, None, V),
    ("json", "builtins.TypeError", "Object of type datetime is not JSON serializable", None, None, P),
    ("pickle", "_pickle.UnpicklingError", "invalid load key, 'x'.", None, None, V),
    ("pickle", "_pickle.UnpicklingError", "pickle data was truncated", None, None, V),
    ("pickle", "builtins.AttributeError", "Can't pickle local object '<lambda>.<locals>.<lambda>'", None, None, P),
    ("pickle", "builtins.TypeError", "cannot pickle '_thread.lock' object", None, None, P),
    (
        "codecs",
        "builtins.UnicodeDecodeError",
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        None,
        None,
        V,
    ),
    (
        "codecs",
        "builtins.UnicodeDecodeError",
        "'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data",
        None,
        None,
        V,
    ),
    (
        "codecs",
        "builtins.UnicodeEncodeError",
        ("'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)"),
        None,
        None,
        V,
    ),
    ("codecs", "builtins.LookupError", "unknown encoding: utf9", None, None, P),
    ("base64", "binascii.Error", "Incorrect padding", None, None, V),
    (
        "base64",
        "binascii.Error",
        ("Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"),
        None,
        None,
        V,
    ),
    ("zipfile", "zipfile.BadZipFile", "File is not a zip file", None, None, V),
    ("zipfile", "zipfile.BadZipFile", "Bad CRC-32 for file 'orders.csv'", None, None, V),
    ("zipfile", "zipfile.BadZipFile", "Bad magic number for file header", None, None, V),
    (
        "tarfile",
        "tarfile.ReadError",
        (
            "file could not be opened successfully:\n- method gz: ReadError('not a gzip file')"
            "\n- method bz2: ReadError('not a bzip2 file')\n- method xz: ReadError('not an lzma"
            " file')\n- method tar: ReadError('invalid header')"
        ),
        None,
        None,
        V,
    ),
    (
        "tarfile",
        "tarfile.ReadError",
        (
            "file could not be opened successfully:\n- method gz: ReadError('empty file')\n- me"
            "thod bz2: ReadError('not a bzip2 file')\n- method xz: ReadError('not an lzma file"
            "')\n- method tar: ReadError('empty file')"
        ),
        None,
        None,
        V,
    ),
    ("gzip", "gzip.BadGzipFile", "Not a gzipped file (b'PK')", None, None, V),
    ("gzip", "builtins.EOFError", "Compressed file ended before the end-of-stream marker was reached", None, None, V),
    ("zlib", "zlib.error", "Error -3 while decompressing data: incorrect header check", None, None, V),
    ("lzma", "_lzma.LZMAError", "Input format not supported by decoder", None, None, V),
    ("lzma", "_lzma.LZMAError", "Compressed data ended before the end-of-stream marker was reached", None, None, V),
    ("bz2", "builtins.OSError", "Invalid data stream", None, None, V),
    ("bz2", "builtins.ValueError", "Compressed data ended before the end-of-stream marker was reached", None, None, V),
    ("sqlite3", "sqlite3.OperationalError", "database is locked", None, None, T),
    ("sqlite3", "sqlite3.OperationalError", "no such table: orders", None, None, P),
    ("sqlite3", "sqlite3.OperationalError", "no such column: nickname", None, None, P),
    ("sqlite3", "sqlite3.IntegrityError", "UNIQUE constraint failed: users.email", None, None, V),
    ("sqlite3", "sqlite3.IntegrityError", "NOT NULL constraint failed: users.email", None, None, V),
    ("sqlite3", "sqlite3.IntegrityError", "FOREIGN KEY constraint failed", None, None, V),
    ("sqlite3", "sqlite3.OperationalError", 'near "SELEC": syntax error', None, None, P),
    (
        "sqlite3",
        "sqlite3.ProgrammingError",
        ("Incorrect number of bindings supplied. The current statement uses 2, and there are 1 supplied."),
        None,
        None,
        P,
    ),
    ("sqlite3", "sqlite3.OperationalError", "unable to open database file", None, None, P),
    ("sqlite3", "sqlite3.DatabaseError", "file is not a database", None, None, P),
    ("sqlite3", "sqlite3.ProgrammingError", "Cannot operate on a closed database.", None, None, P),
    ("sqlite3", "sqlite3.OperationalError", "attempt to write a readonly database", None, None, P),
    (
        "subprocess",
        "subprocess.TimeoutExpired",
        "Command '['sleep', '5']' timed out after 0.19998469699930865 seconds",
        None,
        None,
        T,
    ),
    (
        "subprocess",
        "builtins.FileNotFoundError",
        "[Errno 2] No such file or directory: 'no-such-binary-xyz'",
        None,
        2,
        P,
    ),
    ("concurrent.futures", "builtins.RuntimeError", "cannot schedule new futures after shutdown", None, None, P),
    (
        "concurrent.futures",
        "concurrent.futures.thread.BrokenThreadPool",
        "A thread initializer failed, the thread pool is not usable anymore",
        None,
        None,
        P,
    ),
    ("concurrent.futures", "builtins.TimeoutError", "", None, None, T),
    ("asyncio", "builtins.RuntimeError", "asyncio.run() cannot be called from a running event loop", None, None, P),
    ("asyncio", "asyncio.exceptions.IncompleteReadError", "3 bytes read on a total of 8 expected bytes", None, None, T),
    ("asyncio", "builtins.ConnectionRefusedError", "[Errno 111] Connect call failed ('127.0.0.1', 1)", None, 111, T),
    ("os/socket", "builtins.ConnectionRefusedError", "[Errno 111] Connection refused", None, 111, T),
    ("os/socket", "builtins.ConnectionResetError", "[Errno 104] Connection reset by peer", None, 104, T),
    ("os/socket", "builtins.BrokenPipeError", "[Errno 32] Broken pipe", None, 32, T),
    ("os/socket", "builtins.TimeoutError", "[Errno 110] Connection timed out", None, 110, T),
    ("os/socket", "builtins.OSError", "[Errno 113] No route to host", None, 113, T),
    ("os/socket", "builtins.OSError", "[Errno 101] Network is unreachable", None, 101, T),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 28] No space left on device: '/var/lib/app/data/part-0007.parquet'",
        None,
        28,
        R,
    ),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 24] Too many open files: '/var/lib/app/data/part-0007.parquet'",
        None,
        24,
        R,
    ),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 23] Too many open files in system: '/var/lib/app/data/part-0007.parquet'",
        None,
        23,
        R,
    ),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 12] Cannot allocate memory: '/var/lib/app/data/part-0007.parquet'",
        None,
        12,
        R,
    ),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 122] Disk quota exceeded: '/var/lib/app/data/part-0007.parquet'",
        None,
        122,
        R,
    ),
    (
        "os/socket",
        "builtins.PermissionError",
        "[Errno 13] Permission denied: '/var/lib/app/data/part-0007.parquet'",
        None,
        13,
        P,
    ),
    (
        "os/socket",
        "builtins.PermissionError",
        "[Errno 1] Operation not permitted: '/var/lib/app/data/part-0007.parquet'",
        None,
        1,
        P,
    ),
    (
        "os/socket",
        "builtins.FileNotFoundError",
        "[Errno 2] No such file or directory: '/var/lib/app/data/part-0007.parquet'",
        None,
        2,
        P,
    ),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 30] Read-only file system: '/var/lib/app/data/part-0007.parquet'",
        None,
        30,
        P,
    ),
    (
        "os/socket",
        "builtins.IsADirectoryError",
        "[Errno 21] Is a directory: '/var/lib/app/data/part-0007.parquet'",
        None,
        21,
        P,
    ),
    (
        "os/socket",
        "builtins.NotADirectoryError",
        "[Errno 20] Not a directory: '/var/lib/app/data/part-0007.parquet'",
        None,
        20,
        P,
    ),
    (
        "os/socket",
        "builtins.BlockingIOError",
        ("[Errno 11] Resource temporarily unavailable: '/var/lib/app/data/part-0007.parquet'"),
        None,
        11,
        T,
    ),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 18] Invalid cross-device link: '/var/lib/app/data/part-0007.parquet'",
        None,
        18,
        P,
    ),
    ("os/socket", "builtins.ConnectionAbortedError", "[Errno 103] Software caused connection abort", None, 103, T),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 16] Device or resource busy: '/var/lib/app/data/part-0007.parquet'",
        None,
        16,
        T,
    ),
    ("os/socket", "builtins.OSError", "[Errno 26] Text file busy: '/var/lib/app/data/part-0007.parquet'", None, 26, T),
    ("os/socket", "builtins.OSError", "[Errno 100] Network is down", None, 100, T),
    (
        "os/socket",
        "builtins.BrokenPipeError",
        "[Errno 108] Cannot send after transport endpoint shutdown",
        None,
        108,
        T,
    ),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 22] Invalid argument: '/var/lib/app/data/part-0007.parquet'",
        None,
        22,
        V,
    ),
    ("os/socket", "builtins.OSError", "[Errno 19] No such device: '/var/lib/app/data/part-0007.parquet'", None, 19, P),
    ("os/socket", "builtins.OSError", "[Errno 8] Exec format error: '/var/lib/app/data/part-0007.parquet'", None, 8, P),
    (
        "os/socket",
        "builtins.OSError",
        "[Errno 9] Bad file descriptor: '/var/lib/app/data/part-0007.parquet'",
        None,
        9,
        P,
    ),
    ("socket", "socket.gaierror", "[Errno -2] Name or service not known", None, -2, P),
    ("socket", "builtins.TimeoutError", "timed out", None, None, T),
    ("http.client", "http.client.RemoteDisconnected", "Remote end closed connection without response", None, None, T),
    ("http.client", "http.client.IncompleteRead", "IncompleteRead(1024 bytes read, 1024 more expected)", None, None, T),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 400: Bad Request", 400, None, V),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 401: Unauthorized", 401, None, P),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 403: Forbidden", 403, None, P),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 404: Not Found", 404, None, P),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 405: Method Not Allowed", 405, None, P),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 408: Request Timeout", 408, None, T),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 413: Request Entity Too Large", 413, None, V),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 429: Too Many Requests", 429, None, T),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 502: Bad Gateway", 502, None, T),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 503: Service Unavailable", 503, None, T),
    ("urllib", "urllib.error.HTTPError", "HTTP Error 504: Gateway Timeout", 504, None, T),
    ("urllib", "urllib.error.URLError", "<urlopen error [Errno 111] Connection refused>", None, None, T),
    ("urllib", "urllib.error.URLError", "<urlopen error [Errno -2] Name or service not known>", None, None, P),
    ("urllib", "urllib.error.URLError", "<urlopen error unknown url type: htps>", None, None, V),
    ("urllib", "builtins.ValueError", "unknown url type: 'not a url'", None, None, V),
    ("http.client", "http.client.InvalidURL", "nonnumeric port: 'abc'", None, None, V),
    (
        "http.client",
        "http.client.InvalidURL",
        "URL can't contain control characters. '/a b\\r\\nX: y' (found at least ' ')",
        None,
        None,
        V,
    ),
    ("shutil", "shutil.ReadError", "Unknown archive format '/srv/app/data/x.rar'", None, None, V),
    ("shutil", "builtins.OSError", "Cannot call rmtree on a symbolic link", None, None, P),
    ("datetime", "builtins.ValueError", "time data '2024-13-01' does not match format '%Y-%m-%d'", None, None, V),
    ("datetime", "builtins.ValueError", "unconverted data remains:  10:00", None, None, V),
    ("datetime", "builtins.ValueError", "Invalid isoformat string: '2024-1-1'", None, None, V),
    ("datetime", "builtins.ValueError", "day is out of range for month", None, None, V),
    ("datetime", "builtins.OverflowError", "timestamp out of range for platform time_t", None, None, V),
    ("builtins", "builtins.ValueError", "invalid literal for int() with base 10: 'abc'", None, None, V),
    ("builtins", "builtins.ValueError", "could not convert string to float: '12,5'", None, None, V),
    ("builtins", "builtins.OverflowError", "cannot convert float infinity to integer", None, None, V),
    ("builtins", "builtins.ZeroDivisionError", "division by zero", None, None, P),
    ("builtins", "builtins.AttributeError", "'NoneType' object has no attribute 'get'", None, None, P),
    ("builtins", "builtins.KeyError", "'id'", None, None, P),
    ("builtins", "builtins.TypeError", "unsupported operand type(s) for +: 'int' and 'str'", None, None, P),
    ("builtins", "builtins.ModuleNotFoundError", "No module named 'no_such_module_xyz'", None, None, P),
    (
        "builtins",
        "builtins.ImportError",
        ("cannot import name 'no_such_name' from 'json' (/usr/lib/python3.11/json/__init__.py)"),
        None,
        None,
        P,
    ),
    ("builtins", "builtins.RecursionError", "maximum recursion depth exceeded", None, None, P),
    ("builtins", "builtins.MemoryError", "", None, None, R),
    ("threading", "builtins.RuntimeError", "can't start new thread", None, None, R),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)"),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, c"
            "ertificate is not valid for 'api.example.com'. (_ssl.c:1006)"
        ),
        None,
        None,
        P,
    ),
    ("ssl", "ssl.SSLError", "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", None, None, P),
    ("ssl", "builtins.ConnectionResetError", "[Errno 104] Connection reset by peer", None, None, T),
    ("ssl", "ssl.SSLError", "[SSL] PEM lib (_ssl.c:3905)", None, None, P),
    ("ssl", "builtins.FileNotFoundError", "[Errno 2] No such file or directory", None, None, P),
    (
        "urllib",
        "urllib.error.URLError",
        (
            "<urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-"
            "signed certificate (_ssl.c:1006)>"
        ),
        None,
        None,
        P,
    ),
    ("numpy", "numpy.linalg.LinAlgError", "Singular matrix", None, None, V),
    ("numpy", "numpy.linalg.LinAlgError", "Matrix is not positive definite", None, None, V),
    (
        "numpy",
        "numpy._core._exceptions._ArrayMemoryError",
        ("Unable to allocate 728. TiB for an array with shape (10000000, 10000000) and data type float64"),
        None,
        None,
        R,
    ),
    ("numpy", "builtins.ValueError", "could not convert string to float: np.str_('a')", None, None, V),
    ("numpy", "builtins.IndexError", "index 5 is out of bounds for axis 0 with size 3", None, None, P),
    ("numpy", "builtins.ValueError", "Percentiles must be in the range [0, 100]", None, None, V),
    ("pandas", "pandas.errors.EmptyDataError", "No columns to parse from file", None, None, V),
    (
        "pandas",
        "pandas.errors.ParserError",
        "Error tokenizing data. C error: Expected 2 fields in line 3, saw 3\n",
        None,
        None,
        V,
    ),
    (
        "pandas",
        "pandas.errors.OutOfBoundsDatetime",
        "Cannot cast 3000-01-01 00:00:00 to unit='ns' without overflow.",
        None,
        None,
        V,
    ),
    ("pandas", "pandas._libs.tslibs.parsing.DateParseError", "month must be in 1..12: 2024-13-45", None, None, V),
    (
        "pandas",
        "pandas._libs.tslibs.parsing.DateParseError",
        "Unknown datetime string format, unable to parse: not a date",
        None,
        None,
        V,
    ),
    ("pandas", "builtins.KeyError", "'b'", None, None, P),
    ("pandas", "builtins.ValueError", "invalid literal for int() with base 10: 'x'", None, None, V),
    ("pandas", "builtins.ValueError", "Unable to parse string 'x' at position 1", None, None, V),
    ("pandas", "builtins.KeyError", "5", None, None, P),
    (
        "pandas",
        "builtins.KeyError",
        "\"The following 'columns' labels are not columns of the DataFrame: ['zz']\"",
        None,
        None,
        P,
    ),
    ("pandas", "builtins.ValueError", "Index contains duplicate entries, cannot reshape", None, None, V),
    (
        "pandas",
        "pandas.errors.IntCastingNaNError",
        (
            "Cannot convert non-finite values (NA or inf) to integer. Replace or remove non-f"
            "inite values or cast to an integer type that supports these values (e.g. 'Int64'"
            ")"
        ),
        None,
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "Unexpected character found when decoding 'null' at position 0", None, None, V),
    (
        "pandas",
        "pandas.errors.ParserError",
        "Error tokenizing data. C error: EOF inside string starting at row 1",
        None,
        None,
        V,
    ),
    ("pandas", "builtins.FileNotFoundError", "/data/missing/orders.parquet", None, None, P),
    (
        "pandas",
        "builtins.FileNotFoundError",
        "[Errno 2] No such file or directory: '/data/missing/orders.csv'",
        None,
        None,
        P,
    ),
    (
        "pandas",
        "builtins.ImportError",
        (
            "`Import fastparquet` failed. fastparquet is required for parquet support. Use pi"
            "p, conda, or your preferred package management tool to install the fastparquet p"
            "ackage."
        ),
        None,
        None,
        P,
    ),
    (
        "pandas",
        "pandas._libs.tslibs.parsing.DateParseError",
        "day is out of range for month: 2024-02-30",
        None,
        None,
        V,
    ),
    (
        "pandas",
        "builtins.ValueError",
        (
            'time data "01/02/2024" doesn\'t match format "%Y-%m-%d". You might want to try:\n '
            "   - passing `format` if your strings have a consistent format;\n    - passing `f"
            "ormat='ISO8601'` if your strings are all ISO8601 but not necessarily in exactly "
            "the same format;\n    - passing `format='mixed'`, and the format will be inferred"
            " for each element individually. You might want to use `dayfirst` alongside this."
        ),
        None,
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "cannot reindex on an axis with duplicate labels", None, None, V),
    ("pandas", "builtins.ValueError", "Index has duplicate keys: Index([1], dtype='int64')", None, None, V),
    ("asyncio", "builtins.RuntimeError", "This event loop is already running", None, None, P),
    ("asyncio", "builtins.RuntimeError", "no running event loop", None, None, P),
    ("threading", "builtins.RuntimeError", "threads can only be started once", None, None, P),
    ("threading", "builtins.RuntimeError", "cannot join current thread", None, None, P),
    (
        "configparser",
        "configparser.MissingSectionHeaderError",
        "File contains no section headers.\nfile: '<string>', line: 1\n'host = x\\n'",
        None,
        None,
        P,
    ),
    ("configparser", "configparser.NoSectionError", "No section: 'cache'", None, None, P),
    ("configparser", "configparser.NoOptionError", "No option 'host' in section: 'database'", None, None, P),
    (
        "configparser",
        "configparser.DuplicateSectionError",
        "While reading from '<string>' [line  3]: section 'a' already exists",
        None,
        None,
        P,
    ),
    (
        "importlib.metadata",
        "importlib.metadata.PackageNotFoundError",
        "No package metadata was found for no-such-dist-xyz",
        None,
        None,
        P,
    ),
    ("xml", "xml.etree.ElementTree.ParseError", "mismatched tag: line 1, column 8", None, None, V),
    ("xml", "xml.etree.ElementTree.ParseError", "no element found: line 1, column 0", None, None, V),
    ("xml", "xml.etree.ElementTree.ParseError", "undefined entity: line 1, column 3", None, None, V),
    ("xml", "xml.etree.ElementTree.ParseError", "syntax error: line 1, column 0", None, None, V),
    ("ipaddress", "builtins.ValueError", "'10.0.0.300' does not appear to be an IPv4 or IPv6 address", None, None, V),
    ("decimal", "decimal.InvalidOperation", "[<class 'decimal.ConversionSyntax'>]", None, None, V),
    ("uuid", "builtins.ValueError", "badly formed hexadecimal UUID string", None, None, V),
    ("locale", "locale.Error", "unsupported locale setting", None, None, P),
    ("pickle", "builtins.TypeError", "cannot pickle '_io.TextIOWrapper' object", None, None, P),
    ("json", "builtins.TypeError", "keys must be str, int, float, bool or None, not tuple", None, None, P),
    ("builtins", "builtins.KeyError", "'DATABASE_URL'", None, None, P),
    ("builtins", "builtins.IndexError", "pop from empty list", None, None, P),
    ("builtins", "builtins.IndexError", "list index out of range", None, None, P),
    ("builtins", "builtins.KeyError", "'popitem(): dictionary is empty'", None, None, P),
    ("builtins", "builtins.StopIteration", "", None, None, P),
    ("builtins", "builtins.NameError", "name 'undefined_name_xyz' is not defined", None, None, P),
    (
        "builtins",
        "builtins.TypeError",
        "<lambda>.<locals>.<lambda>() missing 1 required positional argument: 'a'",
        None,
        None,
        P,
    ),
    (
        "builtins",
        "builtins.TypeError",
        "<lambda>.<locals>.<lambda>() takes 1 positional argument but 2 were given",
        None,
        None,
        P,
    ),
    ("builtins", "builtins.AttributeError", "'str' object has no attribute 'foo'", None, None, P),
    ("builtins", "builtins.TypeError", "object of type 'int' has no len()", None, None, P),
    ("builtins", "builtins.TypeError", 'can only concatenate str (not "NoneType") to str', None, None, P),
    ("builtins", "builtins.TypeError", "'NoneType' object is not callable", None, None, P),
    ("builtins", "builtins.TypeError", "unhashable type: 'list'", None, None, P),
    ("builtins", "builtins.ValueError", "non-hexadecimal number found in fromhex() arg at position 0", None, None, V),
    ("builtins", "builtins.ValueError", "invalid literal for int() with base 10: '12.5'", None, None, V),
    (
        "builtins",
        "builtins.FileNotFoundError",
        "[Errno 2] No such file or directory: '/proc/self/nonexistent/x'",
        None,
        2,
        P,
    ),
    ("os", "builtins.FileNotFoundError", "[Errno 2] No such file or directory: '/proc/forbidden-dir-xyz'", None, 2, P),
    ("os", "builtins.IsADirectoryError", "[Errno 21] Is a directory: '/etc'", None, 21, P),
    ("os", "builtins.FileNotFoundError", "[Errno 2] No such file or directory: '/root/.nothing-here-xyz'", None, 2, P),
    (
        "numpy",
        "builtins.ValueError",
        (
            "setting an array element with a sequence. The requested array has an inhomogeneo"
            "us shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part."
        ),
        None,
        None,
        V,
    ),
    (
        "numpy",
        "builtins.TypeError",
        ("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'"),
        None,
        None,
        V,
    ),
    ("numpy", "builtins.ValueError", "cannot convert float NaN to integer", None, None, V),
    ("numpy", "numpy.exceptions.AxisError", "axis 2 is out of bounds for array of dimension 1", None, None, P),
    ("numpy", "builtins.ValueError", 'Month out of range in datetime string "2024-13-01"', None, None, V),
    ("numpy", "builtins.ValueError", "could not convert string 'x' to float64 at row 1, column 2.", None, None, V),
    ("pandas", "builtins.ValueError", "Cannot mask with non-boolean array containing NA / NaN values", None, None, V),
    ("pandas", "builtins.ValueError", "DataFrame constructor not properly called!", None, None, P),
    (
        "pandas",
        "builtins.ValueError",
        "Usecols do not match columns, columns expected but not found: ['c']",
        None,
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "invalid literal for int() with base 10: '1;2'", None, None, V),
    (
        "pandas",
        "builtins.ValueError",
        (
            'time data "x" doesn\'t match format "%Y-%m-%d". You might want to try:\n    - pass'
            "ing `format` if your strings have a consistent format;\n    - passing `format='IS"
            "O8601'` if your strings are all ISO8601 but not necessarily in exactly the same "
            "format;\n    - passing `format='mixed'`, and the format will be inferred for each"
            " element individually. You might want to use `dayfirst` alongside this."
        ),
        None,
        None,
        V,
    ),
    ("pandas", "builtins.ValueError", "unit abbreviation w/o a number", None, None, V),
    (
        "pandas",
        "builtins.ImportError",
        (
            "`Import openpyxl` failed.  Use pip, conda, or your preferred package management "
            "tool to install the openpyxl package."
        ),
        None,
        None,
        P,
    ),
    ("pandas", "builtins.ValueError", "All arrays must be of the same length", None, None, V),
    (
        "pandas",
        "pandas._libs.tslibs.parsing.DateParseError",
        "Unknown datetime string format, unable to parse: x",
        None,
        None,
        V,
    ),
    ("ssl", "ssl.SSLEOFError", "EOF occurred in violation of protocol (_ssl.c:2426)", None, None, T),
    (
        "ssl",
        "ssl.SSLEOFError",
        ("[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)"),
        None,
        None,
        T,
    ),
    ("ssl", "ssl.SSLZeroReturnError", "TLS/SSL connection has been closed (EOF) (_ssl.c:1006)", None, None, T),
    ("ssl", "builtins.TimeoutError", "The read operation timed out", None, None, T),
    ("ssl", "builtins.TimeoutError", "The write operation timed out", None, None, T),
    ("ssl", "builtins.TimeoutError", "_ssl.c:975: The handshake operation timed out", None, None, T),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local "
            "issuer certificate (_ssl.c:1006)"
        ),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)"),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certific"
            "ate in certificate chain (_ssl.c:1006)"
        ),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        (
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to verify the"
            " first certificate (_ssl.c:1006)"
        ),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate is not yet valid (_ssl.c:1006)"),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLCertVerificationError",
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: CA md too weak (_ssl.c:1006)"),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLError",
        "[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1006)",
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLError",
        "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1006)",
        None,
        None,
        P,
    ),
    ("ssl", "ssl.SSLError", "[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:1006)", None, None, P),
    (
        "ssl",
        "ssl.SSLError",
        ("[SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled (_ssl.c:1006)"),
        None,
        None,
        P,
    ),
    ("ssl", "ssl.SSLError", "[SSL: DH_KEY_TOO_SMALL] dh key too small (_ssl.c:1006)", None, None, P),
    ("ssl", "ssl.SSLError", "[SSL: NO_PROTOCOLS_AVAILABLE] no protocols available (_ssl.c:1006)", None, None, P),
    (
        "ssl",
        "ssl.SSLError",
        ("[SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED] tlsv13 alert certificate required (_ssl.c:2578)"),
        None,
        None,
        P,
    ),
    (
        "ssl",
        "ssl.SSLError",
        "[SSL: SSLV3_ALERT_BAD_CERTIFICATE] sslv3 alert bad certificate (_ssl.c:2578)",
        None,
        None,
        P,
    ),
    ("ssl", "ssl.SSLError", "[SSL: NO_SHARED_CIPHER] no shared cipher (_ssl.c:1006)", None, None, P),
    ("ssl", "ssl.SSLError", "[SSL: HTTP_REQUEST] http request (_ssl.c:1006)", None, None, P),
    ("ssl", "ssl.SSLError", "[X509: KEY_VALUES_MISMATCH] key values mismatch (_ssl.c:3921)", None, None, P),
    (
        "ssl",
        "ssl.SSLError",
        ("[SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC] decryption failed or bad record mac (_ssl.c:2580)"),
        None,
        None,
        T,
    ),
    ("socket", "socket.gaierror", "[Errno -3] Temporary failure in name resolution", None, -3, T),
    (
        "urllib",
        "urllib.error.URLError",
        "<urlopen error [Errno -3] Temporary failure in name resolution>",
        None,
        None,
        T,
    ),
    ("urllib", "urllib.error.URLError", "<urlopen error timed out>", None, None, T),
    ("urllib", "urllib.error.URLError", "<urlopen error [Errno 110] Connection timed out>", None, None, T),
    (
        "urllib",
        "urllib.error.URLError",
        ("<urlopen error [SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)>"),
        None,
        None,
        T,
    ),
    (
        "urllib",
        "urllib.error.URLError",
        (
            "<urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unabl"
            "e to get local issuer certificate (_ssl.c:1006)>"
        ),
        None,
        None,
        P,
    ),
    ("urllib", "urllib.error.URLError", "<urlopen error [Errno 101] Network is unreachable>", None, None, T),
    (
        "urllib",
        "urllib.error.ContentTooShortError",
        "<urlopen error retrieval incomplete: got only 52428 out of 104857 bytes>",
        None,
        None,
        T,
    ),
    ("urllib", "urllib.error.URLError", "<urlopen error _ssl.c:975: The handshake operation timed out>", None, None, T),
    ("smtplib", "smtplib.SMTPServerDisconnected", "Connection unexpectedly closed", None, None, T),
    ("smtplib", "smtplib.SMTPServerDisconnected", "Connection unexpectedly closed: timed out", None, None, T),
    ("smtplib", "smtplib.SMTPServerDisconnected", "please run connect() first", None, None, P),
    ("smtplib", "smtplib.SMTPNotSupportedError", "SMTP AUTH extension not supported by server.", None, None, P),
    ("smtplib", "smtplib.SMTPNotSupportedError", "STARTTLS extension not supported by server.", None, None, P),
    ("smtplib", "smtplib.SMTPException", "No suitable authentication method found.", None, None, P),
    (
        "smtplib",
        "smtplib.SMTPAuthenticationError",
        (
            "(535, b'5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://"
            "support.google.com/mail/?p=BadCredentials k125-20020a37a183000000b005f170f7e497s"
            "m4061876qkd.116 - gsmtp')"
        ),
        None,
        None,
        P,
    ),
    ("smtplib", "smtplib.SMTPConnectError", "(421, b'4.7.0 Try again later, closing connection.')", None, None, T),
    ("imaplib", "imaplib.IMAP4.abort", "socket error: EOF", None, None, T),
    ("imaplib", "imaplib.IMAP4.abort", "command: SELECT => socket error: EOF", None, None, T),
    (
        "imaplib",
        "imaplib.IMAP4.error",
        "command SEARCH illegal in state AUTH, only allowed in states SELECTED",
        None,
        None,
        P,
    ),
    ("imaplib", "imaplib.IMAP4.error", "b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", None, None, P),
    ("imaplib", "imaplib.IMAP4.readonly", "INBOX is not writable", None, None, P),
    ("imaplib", "imaplib.IMAP4.abort", "TLS not supported by server", None, None, P),
    ("imaplib", "imaplib.IMAP4.error", "server not IMAP4 compliant", None, None, P),
    ("ftplib", "ftplib.error_temp", "421 Timeout", None, None, T),
    ("ftplib", "ftplib.error_temp", "421 Idle timeout (60 seconds): closing control connection", None, None, T),
    ("ftplib", "ftplib.error_temp", "421 There are too many connections from your internet address.", None, None, R),
    ("ftplib", "ftplib.error_temp", "421 Maximum number of connections exceeded (500)", None, None, R),
    ("ftplib", "ftplib.error_temp", "426 Failure writing network stream.", None, None, T),
    ("ftplib", "ftplib.error_perm", "530 Login incorrect.", None, None, P),
    ("ftplib", "ftplib.error_perm", "550 Failed to open file.", None, None, P),
    ("ftplib", "ftplib.error_perm", "553 Could not create file.", None, None, P),
    (
        "ftplib",
        "ftplib.error_perm",
        "530 The maximum number of ftp connections have been reached (2001)",
        None,
        None,
        R,
    ),
    (
        "concurrent.futures",
        "builtins.RuntimeError",
        "cannot schedule new futures after interpreter shutdown",
        None,
        None,
        T,
    ),
    ("importlib", "builtins.ImportError", "sys.meta_path is None, Python is likely shutting down", None, None, T),
    (
        "asyncio",
        "builtins.RuntimeError",
        (
            "Task <Task pending name='Task-3' coro=<fetch() running at /app/worker.py:41>> go"
            "t Future <Future pending> attached to a different loop"
        ),
        None,
        None,
        P,
    ),
    (
        "asyncio",
        "builtins.RuntimeError",
        "readuntil() called while another coroutine is already waiting for incoming data",
        None,
        None,
        P,
    ),
    ("asyncio", "builtins.ConnectionResetError", "Connection lost", None, None, T),
    ("asyncio", "asyncio.exceptions.InvalidStateError", "Result is not set.", None, None, P),
    ("multiprocessing", "multiprocessing.context.AuthenticationError", "digest received was wrong", None, None, P),
    ("multiprocessing", "builtins.ValueError", "Pool not running", None, None, P),
    ("sqlite3", "sqlite3.OperationalError", "database or disk is full", None, None, R),
    ("sqlite3", "sqlite3.DatabaseError", "database disk image is malformed", None, None, P),
    ("sqlite3", "sqlite3.OperationalError", "database table is locked", None, None, T),
    ("sqlite3", "sqlite3.DataError", "string or blob too big", None, None, V),
    ("sqlite3", "builtins.RuntimeError", "sqlite3.OperationalError: database is locked", None, None, T),
    (
        "builtins",
        "builtins.RecursionError",
        "maximum recursion depth exceeded while calling a Python object",
        None,
        None,
        P,
    ),
    ("builtins", "builtins.RecursionError", "maximum recursion depth exceeded in comparison", None, None, P),
    (
        "builtins",
        "builtins.MemoryError",
        ("Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64"),
        None,
        None,
        R,
    ),
    ("builtins", "builtins.NotImplementedError", "", None, None, P),
    ("builtins", "builtins.AssertionError", "", None, None, P),
    ("threading", "builtins.RuntimeError", "can't create new thread at interpreter shutdown", None, None, T),
    ("concurrent.futures", "builtins.RuntimeError", "can't register atexit after shutdown", None, None, T),
    (
        "werkzeug",
        "werkzeug.exceptions.BadRequest",
        ("400 Bad Request: The browser (or proxy) sent a request that this server could not understand."),
        400,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.BadRequestKeyError",
        ("400 Bad Request: The browser (or proxy) sent a request that this server could not understand."),
        400,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.Unauthorized",
        (
            "401 Unauthorized: The server could not verify that you are authorized to access "
            "the URL requested. You either supplied the wrong credentials (e.g. a bad passwor"
            "d), or your browser doesn't understand how to supply the credentials required."
        ),
        401,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.Forbidden",
        (
            "403 Forbidden: You don't have the permission to access the requested resource. I"
            "t is either read-protected or not readable by the server."
        ),
        403,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.NotFound",
        (
            "404 Not Found: The requested URL was not found on the server. If you entered the"
            " URL manually please check your spelling and try again."
        ),
        404,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.MethodNotAllowed",
        "405 Method Not Allowed: The method is not allowed for the requested URL.",
        405,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.NotAcceptable",
        (
            "406 Not Acceptable: The resource identified by the request is only capable of ge"
            "nerating response entities which have content characteristics not acceptable acc"
            "ording to the accept headers sent in the request."
        ),
        406,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.RequestTimeout",
        (
            "408 Request Timeout: The server closed the network connection because the browse"
            "r didn't finish the request within the specified time."
        ),
        408,
        None,
        T,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.Gone",
        (
            "410 Gone: The requested URL is no longer available on this server and there is n"
            "o forwarding address. If you followed a link from a foreign page, please contact"
            " the author of this page."
        ),
        410,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.LengthRequired",
        ("411 Length Required: A request with this method requires a valid <code>Content-Length</code> header."),
        411,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.RequestEntityTooLarge",
        ("413 Request Entity Too Large: The data value transmitted exceeds the capacity limit."),
        413,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.RequestURITooLarge",
        (
            "414 Request URI Too Large: The length of the requested URL exceeds the capacity "
            "limit for this server. The request cannot be processed."
        ),
        414,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.UnsupportedMediaType",
        ("415 Unsupported Media Type: The server does not support the media type transmitted in the request."),
        415,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.RequestedRangeNotSatisfiable",
        ("416 Requested Range Not Satisfiable: The server cannot provide the requested range."),
        416,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.ExpectationFailed",
        ("417 Expectation Failed: The server could not meet the requirements of the Expect header"),
        417,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.UnprocessableEntity",
        ("422 Unprocessable Entity: The request was well-formed but was unable to be followed due to semantic errors."),
        422,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.Locked",
        "423 Locked: The resource that is being accessed is locked.",
        423,
        None,
        T,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.PreconditionRequired",
        (
            "428 Precondition Required: This request is required to be conditional; try using"
            ' "If-Match" or "If-Unmodified-Since".'
        ),
        428,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.TooManyRequests",
        ("429 Too Many Requests: This user has exceeded an allotted request count. Try again later."),
        429,
        None,
        T,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.RequestHeaderFieldsTooLarge",
        ("431 Request Header Fields Too Large: One or more header fields exceeds the maximum size."),
        431,
        None,
        V,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.UnavailableForLegalReasons",
        "451 Unavailable For Legal Reasons: Unavailable for legal reasons.",
        451,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.NotImplemented",
        ("501 Not Implemented: The server does not support the action requested by the browser."),
        501,
        None,
        P,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.BadGateway",
        ("502 Bad Gateway: The proxy server received an invalid response from an upstream server."),
        502,
        None,
        T,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.ServiceUnavailable",
        (
            "503 Service Unavailable: The server is temporarily unable to service your reques"
            "t due to maintenance downtime or capacity problems. Please try again later."
        ),
        503,
        None,
        T,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.GatewayTimeout",
        "504 Gateway Timeout: The connection to an upstream server timed out.",
        504,
        None,
        T,
    ),
    (
        "werkzeug",
        "werkzeug.exceptions.HTTPVersionNotSupported",
        ("505 HTTP Version Not Supported: The server does not support the HTTP protocol version used in the request."),
        505,
        None,
        P,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        (
            "503 Service Unavailable: The server is temporarily unable to service your reques"
            "t due to maintenance downtime or capacity problems. Please try again later."
        ),
        None,
        None,
        T,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        ("429 Too Many Requests: This user has exceeded an allotted request count. Try again later."),
        None,
        None,
        T,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        (
            "404 Not Found: The requested URL was not found on the server. If you entered the"
            " URL manually please check your spelling and try again."
        ),
        None,
        None,
        P,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        ("413 Request Entity Too Large: The data value transmitted exceeds the capacity limit."),
        None,
        None,
        V,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        "504 Gateway Timeout: The connection to an upstream server timed out.",
        None,
        None,
        T,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        ("502 Bad Gateway: The proxy server received an invalid response from an upstream server."),
        None,
        None,
        T,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        (
            "401 Unauthorized: The server could not verify that you are authorized to access "
            "the URL requested. You either supplied the wrong credentials (e.g. a bad passwor"
            "d), or your browser doesn't understand how to supply the credentials required."
        ),
        None,
        None,
        P,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        (
            "408 Request Timeout: The server closed the network connection because the browse"
            "r didn't finish the request within the specified time."
        ),
        None,
        None,
        T,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        ("400 Bad Request: The browser (or proxy) sent a request that this server could not understand."),
        None,
        None,
        V,
    ),
    (
        "werkzeug",
        "builtins.RuntimeError",
        (
            "403 Forbidden: You don't have the permission to access the requested resource. I"
            "t is either read-protected or not readable by the server."
        ),
        None,
        None,
        P,
    ),
    ("werkzeug", "builtins.RuntimeError", "423 Locked: The resource that is being accessed is locked.", None, None, T),
    (
        "django",
        "django.core.exceptions.DisallowedHost",
        ("Invalid HTTP_HOST header: 'orders.internal:8000'. You may need to add 'orders.internal' to ALLOWED_HOSTS."),
        None,
        None,
        P,
    ),
    (
        "django",
        "django.core.exceptions.ImproperlyConfigured",
        (
            "Requested setting INSTALLED_APPS, but settings are not configured. You must eith"
            "er define the environment variable DJANGO_SETTINGS_MODULE or call settings.confi"
            "gure() before accessing settings."
        ),
        None,
        None,
        P,
    ),
    (
        "django",
        "django.core.exceptions.SynchronousOnlyOperation",
        "You cannot call this from an async context - use a thread or sync_to_async.",
        None,
        None,
        P,
    ),
    (
        "django",
        "django.core.exceptions.FieldError",
        ("Cannot resolve keyword 'customer_email' into field. Choices are: created_at, customer, id, status, total"),
        None,
        None,
        P,
    ),
    (
        "django",
        "django.urls.exceptions.NoReverseMatch",
        ("Reverse for 'order-detail' not found. 'order-detail' is not a valid view function or pattern name."),
        None,
        None,
        P,
    ),
    (
        "django",
        "django.core.exceptions.SuspiciousFileOperation",
        "Detected path traversal attempt in '../../etc/passwd'",
        None,
        None,
        V,
    ),
    ("django", "django.core.exceptions.AppRegistryNotReady", "Apps aren't loaded yet.", None, None, P),
    (
        "django",
        "builtins.RuntimeError",
        "django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.",
        None,
        None,
        P,
    ),
    (
        "django",
        "builtins.RuntimeError",
        ("SynchronousOnlyOperation: You cannot call this from an async context - use a thread or sync_to_async."),
        None,
        None,
        P,
    ),
    (
        "django",
        "builtins.Exception",
        ("Invalid HTTP_HOST header: 'orders.internal:8000'. You may need to add 'orders.internal' to ALLOWED_HOSTS."),
        None,
        None,
        P,
    ),
    (
        "django",
        "builtins.RuntimeError",
        (
            "Requested setting DATABASES, but settings are not configured. You must either de"
            "fine the environment variable DJANGO_SETTINGS_MODULE or call settings.configure("
            ") before accessing settings."
        ),
        None,
        None,
        P,
    ),
    ("aiohttp", "aiohttp.web_exceptions.HTTPRequestEntityTooLarge", "Request Entity Too Large", 413, None, V),
    ("aiohttp", "aiohttp.web_exceptions.HTTPNotFound", "Not Found", 404, None, P),
    ("aiohttp", "aiohttp.web_exceptions.HTTPTooManyRequests", "Too Many Requests", 429, None, T),
    ("aiohttp", "aiohttp.web_exceptions.HTTPServiceUnavailable", "Service Unavailable", 503, None, T),
    ("aiohttp", "aiohttp.web_exceptions.HTTPBadRequest", "Bad Request", 400, None, V),
    ("aiohttp", "aiohttp.web_exceptions.HTTPUnauthorized", "Unauthorized", 401, None, P),
    ("aiohttp", "aiohttp.web_exceptions.HTTPForbidden", "Forbidden", 403, None, P),
    ("aiohttp", "aiohttp.web_exceptions.HTTPGatewayTimeout", "Gateway Timeout", 504, None, T),
    ("aiohttp", "aiohttp.web_exceptions.HTTPUnprocessableEntity", "Unprocessable Entity", 422, None, V),
    ("aiohttp", "aiohttp.web_exceptions.HTTPMethodNotAllowed", "Method Not Allowed", 405, None, P),
    ("aiohttp", "aiohttp.http_exceptions.BadHttpMessage", "400, message:\n  Invalid method encountered", None, None, V),
    ("aiohttp", "aiohttp.http_exceptions.InvalidHeader", "400, message:\n  Invalid HTTP header: b'X Y'", None, None, V),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientPayloadError",
        (
            "Response payload is not completed: <TransferEncodingError: 400, message='Not eno"
            "ugh data to satisfy transfer length header.'>"
        ),
        None,
        None,
        T,
    ),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientPayloadError",
        (
            "Response payload is not completed: <ContentLengthError: 400, message='Not enough"
            " data to satisfy content length header.'>"
        ),
        None,
        None,
        T,
    ),
    ("aiohttp", "aiohttp.client_exceptions.ServerDisconnectedError", "Server disconnected", None, None, T),
    (
        "aiohttp",
        "aiohttp.client_exceptions.ClientConnectionResetError",
        "Cannot write to closing transport",
        None,
        None,
        T,
    ),
    (
        "aiohttp",
        "builtins.RuntimeError",
        (
            "Response payload is not completed: <TransferEncodingError: 400, message='Not eno"
            "ugh data to satisfy transfer length header.'>"
        ),
        None,
        None,
        T,
    ),
    ("starlette", "starlette.exceptions.HTTPException", "404: Not Found", 404, None, P),
    ("starlette", "fastapi.exceptions.HTTPException", "401: Not authenticated", 401, None, P),
    ("starlette", "fastapi.exceptions.HTTPException", "403: Not authenticated", 403, None, P),
    ("starlette", "starlette.exceptions.HTTPException", "429: Too Many Requests", 429, None, T),
    ("starlette", "starlette.exceptions.HTTPException", "503: Service Unavailable", 503, None, T),
    ("starlette", "builtins.RuntimeError", "401: Not authenticated", None, None, P),
    (
        "uvicorn",
        "builtins.OSError",
        ("[Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use"),
        None,
        98,
        P,
    ),
    ("uvicorn", "uvicorn.importer.ImportFromStringError", 'Could not import module "main".', None, None, P),
    ("uvicorn", "builtins.RuntimeError", 'Error loading ASGI app. Could not import module "main".', None, None, P),
    ("gunicorn", "gunicorn.errors.HaltServer", "<HaltServer 'Worker failed to boot.' 3>", None, None, P),
    ("gunicorn", "builtins.RuntimeError", "Reason: Worker failed to boot.", None, None, P),
    ("jinja2", "jinja2.exceptions.UndefinedError", "'username' is undefined", None, None, P),
    ("jinja2", "jinja2.exceptions.TemplateSyntaxError", "Encountered unknown tag 'endfor'.", None, None, P),
    ("jinja2", "jinja2.exceptions.TemplateNotFound", "emails/order_confirmation.html", None, None, P),
    ("jinja2", "builtins.RuntimeError", "jinja2.exceptions.UndefinedError: 'project_name' is undefined", None, None, P),
    (
        "flask",
        "builtins.RuntimeError",
        (
            "Working outside of application context.\n\nThis typically means that you attempted"
            " to use functionality that needed the current application. To solve this, set up"
            " an application context with app.app_context(). See the documentation for more i"
            "nformation."
        ),
        None,
        None,
        P,
    ),
    (
        "flask",
        "werkzeug.routing.exceptions.BuildError",
        ("Could not build url for endpoint 'root.favicon96'. Did you mean 'root.index' instead?"),
        None,
        None,
        P,
    ),
    (
        "starlette",
        "builtins.RuntimeError",
        ("Unexpected ASGI message 'http.response.start' sent, after response already completed."),
        None,
        None,
        P,
    ),
    (
        "flask",
        "builtins.RuntimeError",
        (
            "Working outside of request context.\n\nThis typically means that you attempted to "
            "use functionality that needed an active HTTP request. Consult the documentation "
            "on testing for information about how to avoid this problem."
        ),
        None,
        None,
        P,
    ),
    (
        "django",
        "django.core.exceptions.ImproperlyConfigured",
        "The SECRET_KEY setting must not be empty.",
        None,
        None,
        P,
    ),
    (
        "django",
        "django.core.exceptions.ImproperlyConfigured",
        "Error loading psycopg2 or psycopg module",
        None,
        None,
        P,
    ),
    (
        "django",
        "builtins.RuntimeError",
        "ImproperlyConfigured: The SECRET_KEY setting must not be empty.",
        None,
        None,
        P,
    ),
    (
        "torch",
        "torch.cuda.OutOfMemoryError",
        (
            "CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 79"
            ".15 GiB of which 1.02 GiB is free. Including non-PyTorch memory, this process ha"
            "s 78.12 GiB memory in use."
        ),
        None,
        None,
        R,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "CUDA error: out of memory\nCUDA kernel errors might be asynchronously reported at"
            " some other API call, so the stacktrace below might be incorrect.\nFor debugging "
            "consider passing CUDA_LAUNCH_BLOCKING=1."
        ),
        None,
        None,
        R,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "CUDA error: device-side assert triggered\nCUDA kernel errors might be asynchronou"
            "sly reported at some other API call, so the stacktrace below might be incorrect."
            "\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1."
        ),
        None,
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        ("Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!"),
        None,
        None,
        P,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "CUDA error: all CUDA-capable devices are busy or unavailable\nCUDA kernel errors "
            "might be asynchronously reported at some other API call, so the stacktrace below"
            " might be incorrect."
        ),
        None,
        None,
        R,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "Attempting to deserialize object on a CUDA device but torch.cuda.is_available() "
            "is False. If you are running on a CPU-only machine, please use torch.load with m"
            "ap_location=torch.device('cpu') to map your storages to the CPU."
        ),
        None,
        None,
        P,
    ),
    ("torch", "builtins.RuntimeError", "DataLoader timed out after 120 seconds", None, None, T),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "DataLoader worker (pid 2831817) is killed by signal: Bus error. It is possible t"
            "hat dataloader's workers are out of shared memory. Please try to raise your shar"
            "ed memory limit."
        ),
        None,
        None,
        R,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        ("unable to open shared memory object </torch_52868_1950128645> in read-write mode: Too many open files (24)"),
        None,
        None,
        R,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "[Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=1, OpType"
            "=BROADCAST, NumelIn=131072000, NumelOut=131072000, Timeout(ms)=600000) ran for 6"
            "00081 milliseconds before timing out."
        ),
        None,
        None,
        T,
    ),
    (
        "torch",
        "torch.distributed.DistBackendError",
        (
            "[Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=64214, Op"
            "Type=ALLGATHER, NumelIn=1, NumelOut=32, Timeout(ms)=600000) ran for 600042 milli"
            "seconds before timing out."
        ),
        None,
        None,
        T,
    ),
    (
        "tensorflow",
        "tensorflow.python.framework.errors_impl.ResourceExhaustedError",
        (
            "OOM when allocating tensor with shape[32,1024,64,64] and type float on /job:loca"
            "lhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc"
        ),
        None,
        None,
        R,
    ),
    (
        "tensorflow",
        "builtins.RuntimeError",
        (
            "ResourceExhaustedError: OOM when allocating tensor with shape[200,75,75,64] and "
            "type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bf"
            "c"
        ),
        None,
        None,
        R,
    ),
    (
        "jax",
        "jaxlib.xla_extension.XlaRuntimeError",
        "RESOURCE_EXHAUSTED: Out of memory while trying to allocate 33762398024 bytes.",
        None,
        None,
        R,
    ),
    (
        "jax",
        "jax.errors.JaxRuntimeError",
        "RESOURCE_EXHAUSTED: Out of memory while trying to allocate 8.00GiB.",
        None,
        None,
        R,
    ),
    (
        "huggingface_hub",
        "huggingface_hub.errors.LocalEntryNotFoundError",
        (
            "Cannot find the requested files in the disk cache and outgoing traffic has been "
            "disabled. To enable hf.co look-ups and downloads online, set 'local_files_only' "
            "to False."
        ),
        None,
        None,
        P,
    ),
    (
        "huggingface_hub",
        "huggingface_hub.errors.GatedRepoError",
        (
            "403 Client Error. (Request ID: Root=1-688b505e-01cc67f573bc583469af8f8e;8c203dcc"
            "-d81b-4e93-bcee-59e7f662e0c1)\n\nCannot access gated repo for url https://huggingf"
            "ace.co/meta-llama/Llama-3.1-8B/resolve/main/config.json.\nAccess to model meta-ll"
            "ama/Llama-3.1-8B is restricted. You must have access to it and be authenticated "
            "to access it. Please log in."
        ),
        403,
        None,
        P,
    ),
    (
        "huggingface_hub",
        "huggingface_hub.errors.RepositoryNotFoundError",
        (
            "401 Client Error. (Request ID: Root=1-68dc0000-1234567890abcdef)\n\nRepository Not"
            " Found for url: https://huggingface.co/api/models/Qwen/Qwen3-Coder-14B-Instruct/"
            "revision/main.\nPlease make sure you specified the correct `repo_id` and `repo_ty"
            "pe`.\nIf you are trying to access a private or gated repo, make sure you are auth"
            "enticated."
        ),
        401,
        None,
        P,
    ),
    (
        "transformers",
        "builtins.OSError",
        (
            "ai4bharat/indictrans2-hi-en-dist-200M is not a local folder and is not a valid m"
            "odel identifier listed on 'https://huggingface.co/models'\nIf this is a private r"
            "epository, make sure to pass a token having permission to this repo either by lo"
            "gging in with `huggingface-cli login` or by passing `token=<your_token>`"
        ),
        None,
        None,
        P,
    ),
    (
        "transformers",
        "builtins.RuntimeError",
        (
            "GatedRepoError: 403 Client Error.\nCannot access gated repo for url https://huggi"
            "ngface.co/org/model/resolve/main/config.json.\nAccess to model org/model is restr"
            "icted."
        ),
        None,
        None,
        P,
    ),
    (
        "huggingface_hub",
        "builtins.RuntimeError",
        (
            "LocalEntryNotFoundError: Cannot find the requested files in the disk cache and o"
            "utgoing traffic has been disabled. To enable hf.co look-ups and downloads online"
            ", set 'local_files_only' to False."
        ),
        None,
        None,
        P,
    ),
    (
        "sklearn",
        "sklearn.exceptions.NotFittedError",
        (
            "This LogisticRegression instance is not fitted yet. Call 'fit' with appropriate "
            "arguments before using this estimator."
        ),
        None,
        None,
        P,
    ),
    (
        "sklearn",
        "builtins.ValueError",
        "Found input variables with inconsistent numbers of samples: [100, 80]",
        None,
        None,
        V,
    ),
    (
        "sklearn",
        "builtins.ValueError",
        ("Input X contains NaN.\nLogisticRegression does not accept missing values encoded as NaN natively."),
        None,
        None,
        V,
    ),
    (
        "sklearn",
        "builtins.RuntimeError",
        (
            "NotFittedError: This Pipeline instance is not fitted yet. Call 'fit' with approp"
            "riate arguments before using this estimator."
        ),
        None,
        None,
        P,
    ),
    (
        "lightgbm",
        "lightgbm.basic.LightGBMError",
        ("GPU Tree Learner was not enabled in this build.\nPlease recompile with CMake option -DUSE_GPU=1"),
        None,
        None,
        P,
    ),
    ("lightgbm", "lightgbm.basic.LightGBMError", "[CUDA] out of memory (cuda_tree.cpp line 124)", None, None, R),
    (
        "lightgbm",
        "lightgbm.basic.LightGBMError",
        "Do not support special JSON characters in feature name.",
        None,
        None,
        V,
    ),
    ("lightgbm", "lightgbm.basic.LightGBMError", "bad allocation", None, None, R),
    ("lightgbm", "builtins.RuntimeError", "lightgbm.basic.LightGBMError: bad allocation", None, None, R),
    (
        "xgboost",
        "xgboost.core.XGBoostError",
        (
            "[09:12:50] c:\\windows\\temp\\abs_557yfx631l\\croots\\recipe\\xgboost-split_1659548953"
            "302\\work\\src\\common\\common.h:157: XGBoost version not compiled with GPU support."
        ),
        None,
        None,
        P,
    ),
    (
        "xgboost",
        "xgboost.core.XGBoostError",
        (
            "[04:17:04] /workspace/src/data/iterative_dmatrix.cc:202: Check failed: n_feature"
            "s >= 1 (0 vs. 1) : Data must has at least 1 column."
        ),
        None,
        None,
        V,
    ),
    (
        "xgboost",
        "xgboost.core.XGBoostError",
        ("[09:19:22] /workspace/src/objective/regression_obj.cu:101: label must be in [0,1] for logistic regression"),
        None,
        None,
        V,
    ),
    (
        "xgboost",
        "xgboost.core.XGBoostError",
        (
            "[16:34:12] /workspace/src/metric/rank_metric.cc:200: Check failed: !auc_error: A"
            "UC: the dataset only contains pos or neg samples"
        ),
        None,
        None,
        V,
    ),
    (
        "xgboost",
        "xgboost.core.XGBoostError",
        (
            "[11:02:44] /workspace/src/data/cat_container.h:29: Found a category not in the t"
            "raining set for the 0th (0-based) column: `cat_a_v0010`"
        ),
        None,
        None,
        V,
    ),
    ("tensorflow", "tensorflow.python.framework.errors_impl.UnavailableError", "Endpoint read failed", None, None, T),
    ("tensorflow", "tensorflow.python.framework.errors_impl.UnavailableError", "Transport closed", None, None, T),
    ("tensorflow", "tensorflow.python.framework.errors_impl.UnavailableError", "OS Error", None, None, T),
    ("torch", "builtins.RuntimeError", "No CUDA GPUs are available", None, None, R),
    (
        "torch",
        "builtins.RuntimeError",
        (
            "Error(s) in loading state_dict for GPT2LMHeadModel:\n\tsize mismatch for transform"
            "er.wte.weight: copying a param with shape torch.Size([50258, 768]) from checkpoi"
            "nt, the shape in current model is torch.Size([50257, 768])."
        ),
        None,
        None,
        P,
    ),
    (
        "transformers",
        "builtins.OSError",
        (
            "TheBloke/Llama-2-7b does not appear to have a file named pytorch_model.bin, tf_m"
            "odel.h5, model.ckpt or flax_model.msgpack."
        ),
        None,
        None,
        P,
    ),
    (
        "transformers",
        "builtins.ValueError",
        (
            "Asking to pad but the tokenizer does not have a padding token. Please select a t"
            "oken to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or"
            " add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`."
        ),
        None,
        None,
        P,
    ),
    ("sklearn", "builtins.ValueError", "y contains previously unseen labels: 'lindsay james'", None, None, V),
    (
        "sklearn",
        "builtins.ValueError",
        ("Found array with 0 sample(s) (shape=(0, 19)) while a minimum of 1 is required by StandardScaler."),
        None,
        None,
        V,
    ),
    (
        "sklearn",
        "builtins.ValueError",
        (
            "The least populated class in y has only 1 member, which is too few. The minimum "
            "number of groups for any class cannot be less than 2."
        ),
        None,
        None,
        V,
    ),
    ("scipy", "builtins.ValueError", "array must not contain infs or NaNs", None, None, V),
    (
        "huggingface_hub",
        "huggingface_hub.errors.HfHubHTTPError",
        (
            "429 Client Error: Too Many Requests for url: https://huggingface.co/api/datasets"
            "/acme/orders/commit/main (Request ID: Root=1-6654f0a1-3b2c)\n\nYou have exceeded o"
            "ur hourly quotas for action: commit. We invite you to retry later."
        ),
        429,
        None,
        T,
    ),
    (
        "huggingface_hub",
        "builtins.RuntimeError",
        ("You have exceeded our hourly quotas for action: commit. We invite you to retry later."),
        None,
        None,
        T,
    ),
    (
        "huggingface_hub",
        "huggingface_hub.errors.HfHubHTTPError",
        (
            "503 Server Error: Service Unavailable for url: https://api-inference.huggingface"
            '.co/models/tiiuae/falcon-7b-instruct\n{"error":"Model tiiuae/falcon-7b-instruct i'
            's currently loading","estimated_time":577.3751831054688}'
        ),
        503,
        None,
        T,
    ),
    (
        "huggingface_hub",
        "builtins.RuntimeError",
        ('{"error":"Model t5-large is currently loading","estimated_time":118.0269775390625}'),
        None,
        None,
        T,
    ),
    (
        "jax",
        "jaxlib.xla_extension.XlaRuntimeError",
        "INTERNAL: XLA requires ptxas version 11.8 or higher",
        None,
        None,
        P,
    ),
    (
        "transformers",
        "builtins.ValueError",
        (
            "The checkpoint you are trying to load has model type `gemma3` but Transformers d"
            "oes not recognize this architecture. This could be because of an issue with the "
            "checkpoint, or because your version of Transformers is out of date."
        ),
        None,
        None,
        P,
    ),
    (
        "transformers",
        "builtins.ValueError",
        "Tokenizer class LlamaTokenizer does not exist or is not currently imported.",
        None,
        None,
        P,
    ),
    (
        "transformers",
        "builtins.ImportError",
        (
            "\nT5Converter requires the protobuf library but it was not found in your environm"
            "ent. Checkout the instructions on the\ninstallation page of its repo: https://git"
            "hub.com/protocolbuffers/protobuf/tree/master/python#installation and follow the "
            "ones\nthat match your environment. Please note that you may need to restart your "
            "runtime after installation.\n"
        ),
        None,
        None,
        P,
    ),
    (
        "torch",
        "torch.distributed.DistStoreError",
        "Timed out after 601 seconds waiting for clients. 1/4 clients joined.",
        None,
        None,
        T,
    ),
    (
        "torch",
        "builtins.RuntimeError",
        "Timed out after 1201 seconds waiting for clients. 511/512 clients joined.",
        None,
        None,
        T,
    ),
]

WRAPPED: list[tuple[str, str, Category, str]] = [
    ("json", "JSONDecodeError: Expecting value: line 1 column 1 (char 0)", V, "message.bad_data"),
    (
        "json",
        ("JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        V,
        "message.bad_data",
    ),
    ("json", "JSONDecodeError: Unterminated string starting at: line 1 column 7 (char 6)", V, "message.bad_data"),
    ("json", "JSONDecodeError: Extra data: line 1 column 10 (char 9)", V, "message.bad_data"),
    ("json", "JSONDecodeError: Invalid control character at: line 1 column 9 (char 8)", V, "message.bad_data"),
    (
        "json",
        ("JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)"),
        V,
        "message.bad_data",
    ),
    ("json", "JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5)", V, "message.bad_data"),
    ("json", "ValueError: Out of range float values are not JSON compliant", V, "message.bad_data"),
    ("json", "TypeError: Object of type datetime is not JSON serializable", P, "message.bug"),
    ("pickle", "UnpicklingError: invalid load key, 'x'.", V, "message.bad_data"),
    ("pickle", "UnpicklingError: pickle data was truncated", V, "message.bad_data"),
    ("pickle", "AttributeError: Can't pickle local object '<lambda>.<locals>.<lambda>'", P, "message.bug"),
    ("pickle", "TypeError: cannot pickle '_thread.lock' object", P, "message.bug"),
    (
        "codecs",
        ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        V,
        "message.bad_data",
    ),
    (
        "codecs",
        ("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data"),
        V,
        "message.bad_data",
    ),
    (
        "codecs",
        ("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 3: ordinal not in range(128)"),
        V,
        "message.bad_data",
    ),
    ("base64", "Error: Incorrect padding", V, "message.bad_data"),
    (
        "base64",
        ("Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"),
        V,
        "message.bad_data",
    ),
    ("zipfile", "BadZipFile: File is not a zip file", V, "message.bad_data"),
    ("zipfile", "BadZipFile: Bad CRC-32 for file 'orders.csv'", V, "message.bad_data"),
    ("zipfile", "BadZipFile: Bad magic number for file header", V, "message.bad_data"),
    (
        "tarfile",
        (
            "ReadError: file could not be opened successfully:\n- method gz: ReadError('not a "
            "gzip file')\n- method bz2: ReadError('not a bzip2 file')\n- method xz: ReadError('"
            "not an lzma file')\n- method tar: ReadError('invalid header')"
        ),
        V,
        "message.bad_data",
    ),
    (
        "tarfile",
        (
            "ReadError: file could not be opened successfully:\n- method gz: ReadError('empty "
            "file')\n- method bz2: ReadError('not a bzip2 file')\n- method xz: ReadError('not a"
            "n lzma file')\n- method tar: ReadError('empty file')"
        ),
        V,
        "message.bad_data",
    ),
    ("gzip", "BadGzipFile: Not a gzipped file (b'PK')", V, "message.bad_data"),
    ("gzip", "EOFError: Compressed file ended before the end-of-stream marker was reached", V, "message.bad_data"),
    ("zlib", "error: Error -3 while decompressing data: incorrect header check", V, "message.bad_data"),
    ("lzma", "LZMAError: Compressed data ended before the end-of-stream marker was reached", V, "message.bad_data"),
    ("bz2", "ValueError: Compressed data ended before the end-of-stream marker was reached", V, "message.bad_data"),
    ("sqlite3", "OperationalError: database is locked", T, "message.db_concurrency"),
    ("sqlite3", "OperationalError: no such table: orders", P, "message.not_found_db"),
    ("sqlite3", "OperationalError: no such column: nickname", P, "message.not_found_db"),
    ("sqlite3", "IntegrityError: UNIQUE constraint failed: users.email", V, "message.integrity"),
    ("sqlite3", "IntegrityError: NOT NULL constraint failed: users.email", V, "message.integrity"),
    ("sqlite3", "IntegrityError: FOREIGN KEY constraint failed", V, "message.integrity"),
    ("sqlite3", 'OperationalError: near "SELEC": syntax error', P, "message.bug"),
    (
        "sqlite3",
        (
            "ProgrammingError: Incorrect number of bindings supplied. The current statement u"
            "ses 2, and there are 1 supplied."
        ),
        P,
        "message.tpl_sqlite_api_misuse",
    ),
    ("sqlite3", "OperationalError: unable to open database file", P, "message.config"),
    ("sqlite3", "DatabaseError: file is not a database", P, "message.config"),
    ("sqlite3", "ProgrammingError: Cannot operate on a closed database.", P, "message.tpl_sqlite_api_misuse"),
    ("sqlite3", "OperationalError: attempt to write a readonly database", P, "message.config"),
    (
        "subprocess",
        ("TimeoutExpired: Command '['sleep', '5']' timed out after 0.19998469699930865 seconds"),
        T,
        "message.network",
    ),
    ("subprocess", "FileNotFoundError: [Errno 2] No such file or directory: 'no-such-binary-xyz'", P, "errno.ENOENT"),
    (
        "concurrent.futures",
        ("BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore"),
        P,
        "message.tpl_runtime_setup",
    ),
    ("asyncio", "IncompleteReadError: 3 bytes read on a total of 8 expected bytes", T, "message.network"),
    ("asyncio", "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 1)", T, "errno.ECONNREFUSED"),
    ("os/socket", "ConnectionRefusedError: [Errno 111] Connection refused", T, "errno.ECONNREFUSED"),
    ("os/socket", "ConnectionResetError: [Errno 104] Connection reset by peer", T, "errno.ECONNRESET"),
    ("os/socket", "BrokenPipeError: [Errno 32] Broken pipe", T, "errno.EPIPE"),
    ("os/socket", "TimeoutError: [Errno 110] Connection timed out", T, "errno.ETIMEDOUT"),
    ("os/socket", "OSError: [Errno 113] No route to host", T, "errno.EHOSTUNREACH"),
    ("os/socket", "OSError: [Errno 101] Network is unreachable", T, "errno.ENETUNREACH"),
    (
        "os/socket",
        ("OSError: [Errno 28] No space left on device: '/var/lib/app/data/part-0007.parquet'"),
        R,
        "errno.ENOSPC",
    ),
    ("os/socket", "OSError: [Errno 24] Too many open files: '/var/lib/app/data/part-0007.parquet'", R, "errno.EMFILE"),
    (
        "os/socket",
        ("OSError: [Errno 23] Too many open files in system: '/var/lib/app/data/part-0007.parquet'"),
        R,
        "errno.ENFILE",
    ),
    (
        "os/socket",
        ("OSError: [Errno 12] Cannot allocate memory: '/var/lib/app/data/part-0007.parquet'"),
        R,
        "errno.ENOMEM",
    ),
    ("os/socket", "OSError: [Errno 122] Disk quota exceeded: '/var/lib/app/data/part-0007.parquet'", R, "errno.EDQUOT"),
    (
        "os/socket",
        ("PermissionError: [Errno 13] Permission denied: '/var/lib/app/data/part-0007.parquet'"),
        P,
        "errno.EACCES",
    ),
    (
        "os/socket",
        ("PermissionError: [Errno 1] Operation not permitted: '/var/lib/app/data/part-0007.parquet'"),
        P,
        "errno.EPERM",
    ),
    (
        "os/socket",
        ("FileNotFoundError: [Errno 2] No such file or directory: '/var/lib/app/data/part-0007.parquet'"),
        P,
        "errno.ENOENT",
    ),
    ("os/socket", "OSError: [Errno 30] Read-only file system: '/var/lib/app/data/part-0007.parquet'", P, "errno.EROFS"),
    (
        "os/socket",
        ("IsADirectoryError: [Errno 21] Is a directory: '/var/lib/app/data/part-0007.parquet'"),
        P,
        "errno.EISDIR",
    ),
    (
        "os/socket",
        ("NotADirectoryError: [Errno 20] Not a directory: '/var/lib/app/data/part-0007.parquet'"),
        P,
        "errno.ENOTDIR",
    ),
    (
        "os/socket",
        ("BlockingIOError: [Errno 11] Resource temporarily unavailable: '/var/lib/app/data/part-0007.parquet'"),
        T,
        "errno.EAGAIN",
    ),
    (
        "os/socket",
        ("OSError: [Errno 18] Invalid cross-device link: '/var/lib/app/data/part-0007.parquet'"),
        P,
        "errno.EXDEV",
    ),
    ("os/socket", "ConnectionAbortedError: [Errno 103] Software caused connection abort", T, "errno.ECONNABORTED"),
    (
        "os/socket",
        ("OSError: [Errno 16] Device or resource busy: '/var/lib/app/data/part-0007.parquet'"),
        T,
        "errno.EBUSY",
    ),
    ("os/socket", "OSError: [Errno 26] Text file busy: '/var/lib/app/data/part-0007.parquet'", T, "errno.ETXTBSY"),
    ("os/socket", "OSError: [Errno 100] Network is down", T, "errno.ENETDOWN"),
    ("os/socket", "BrokenPipeError: [Errno 108] Cannot send after transport endpoint shutdown", T, "errno.ESHUTDOWN"),
    ("os/socket", "OSError: [Errno 22] Invalid argument: '/var/lib/app/data/part-0007.parquet'", V, "errno.EINVAL"),
    ("os/socket", "OSError: [Errno 19] No such device: '/var/lib/app/data/part-0007.parquet'", P, "errno.ENODEV"),
    ("os/socket", "OSError: [Errno 8] Exec format error: '/var/lib/app/data/part-0007.parquet'", P, "errno.ENOEXEC"),
    ("os/socket", "OSError: [Errno 9] Bad file descriptor: '/var/lib/app/data/part-0007.parquet'", P, "errno.EBADF"),
    ("socket", "gaierror: [Errno -2] Name or service not known", P, "errno.EAI_NONAME"),
    ("socket", "TimeoutError: timed out", T, "message.network"),
    ("http.client", "RemoteDisconnected: Remote end closed connection without response", T, "message.network"),
    ("http.client", "IncompleteRead: IncompleteRead(1024 bytes read, 1024 more expected)", T, "message.network"),
    ("urllib", "URLError: <urlopen error [Errno 111] Connection refused>", T, "errno.ECONNREFUSED"),
    ("urllib", "URLError: <urlopen error [Errno -2] Name or service not known>", P, "errno.EAI_NONAME"),
    ("urllib", "URLError: <urlopen error unknown url type: htps>", V, "message.bad_data"),
    ("urllib", "ValueError: unknown url type: 'not a url'", V, "message.bad_data"),
    ("http.client", "InvalidURL: nonnumeric port: 'abc'", V, "message.bad_data"),
    (
        "http.client",
        ("InvalidURL: URL can't contain control characters. '/a b\\r\\nX: y' (found at least ' ')"),
        V,
        "message.bad_data",
    ),
    ("shutil", "ReadError: Unknown archive format '/srv/app/data/x.rar'", V, "message.bad_data"),
    ("datetime", "ValueError: time data '2024-13-01' does not match format '%Y-%m-%d'", V, "message.bad_data"),
    ("datetime", "ValueError: unconverted data remains:  10:00", V, "message.bad_data"),
    ("datetime", "ValueError: Invalid isoformat string: '2024-1-1'", V, "message.bad_data"),
    ("datetime", "ValueError: day is out of range for month", V, "message.bad_data"),
    ("datetime", "OverflowError: timestamp out of range for platform time_t", V, "message.bad_data"),
    ("builtins", "ValueError: invalid literal for int() with base 10: 'abc'", V, "message.bad_data"),
    ("builtins", "ValueError: could not convert string to float: '12,5'", V, "message.bad_data"),
    ("builtins", "OverflowError: cannot convert float infinity to integer", V, "message.bad_data"),
    ("builtins", "ZeroDivisionError: division by zero", P, "message.bug"),
    ("builtins", "AttributeError: 'NoneType' object has no attribute 'get'", P, "message.bug"),
    ("builtins", "TypeError: unsupported operand type(s) for +: 'int' and 'str'", P, "message.bug"),
    ("builtins", "ModuleNotFoundError: No module named 'no_such_module_xyz'", P, "message.missing_dependency"),
    (
        "builtins",
        ("ImportError: cannot import name 'no_such_name' from 'json' (/usr/lib/python3.11/json/__init__.py)"),
        P,
        "message.missing_dependency",
    ),
    ("builtins", "RecursionError: maximum recursion depth exceeded", P, "message.bug"),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: self-signed certificate (_ssl.c:1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: Hostname mismatch, certificate is not valid for 'api.example.com'. (_ssl.c"
            ":1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    ("ssl", "SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", P, "message.tls_certificate"),
    ("ssl", "FileNotFoundError: [Errno 2] No such file or directory", P, "errno.ENOENT"),
    (
        "urllib",
        (
            "URLError: <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fai"
            "led: self-signed certificate (_ssl.c:1006)>"
        ),
        P,
        "message.tls_certificate",
    ),
    ("numpy", "LinAlgError: Singular matrix", V, "message.bad_data"),
    ("numpy", "LinAlgError: Matrix is not positive definite", V, "message.tpl_dataframe_input"),
    (
        "numpy",
        (
            "_ArrayMemoryError: Unable to allocate 728. TiB for an array with shape (10000000"
            ", 10000000) and data type float64"
        ),
        R,
        "message.allocation_failed",
    ),
    ("numpy", "ValueError: could not convert string to float: np.str_('a')", V, "message.bad_data"),
    ("numpy", "ValueError: Percentiles must be in the range [0, 100]", V, "message.tpl_dataframe_input"),
    ("pandas", "EmptyDataError: No columns to parse from file", V, "message.tpl_dataframe_input"),
    (
        "pandas",
        "ParserError: Error tokenizing data. C error: Expected 2 fields in line 3, saw 3\n",
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "pandas",
        ("OutOfBoundsDatetime: Cannot cast 3000-01-01 00:00:00 to unit='ns' without overflow."),
        V,
        "message.tpl_dataframe_input",
    ),
    ("pandas", "DateParseError: month must be in 1..12: 2024-13-45", V, "message.bad_data"),
    (
        "pandas",
        "DateParseError: Unknown datetime string format, unable to parse: not a date",
        V,
        "message.tpl_dataframe_input",
    ),
    ("pandas", "ValueError: invalid literal for int() with base 10: 'x'", V, "message.bad_data"),
    ("pandas", "ValueError: Unable to parse string 'x' at position 1", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: Index contains duplicate entries, cannot reshape", V, "message.tpl_dataframe_input"),
    (
        "pandas",
        (
            "IntCastingNaNError: Cannot convert non-finite values (NA or inf) to integer. Rep"
            "lace or remove non-finite values or cast to an integer type that supports these "
            "values (e.g. 'Int64')"
        ),
        V,
        "message.bad_data",
    ),
    (
        "pandas",
        "ValueError: Unexpected character found when decoding 'null' at position 0",
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "pandas",
        "ParserError: Error tokenizing data. C error: EOF inside string starting at row 1",
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "pandas",
        ("FileNotFoundError: [Errno 2] No such file or directory: '/data/missing/orders.csv'"),
        P,
        "errno.ENOENT",
    ),
    ("pandas", "DateParseError: day is out of range for month: 2024-02-30", V, "message.bad_data"),
    (
        "pandas",
        (
            'ValueError: time data "01/02/2024" doesn\'t match format "%Y-%m-%d". You might wa'
            "nt to try:\n    - passing `format` if your strings have a consistent format;\n    "
            "- passing `format='ISO8601'` if your strings are all ISO8601 but not necessarily"
            " in exactly the same format;\n    - passing `format='mixed'`, and the format will"
            " be inferred for each element individually. You might want to use `dayfirst` alo"
            "ngside this."
        ),
        V,
        "message.parse_as_type",
    ),
    ("pandas", "ValueError: cannot reindex on an axis with duplicate labels", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: Index has duplicate keys: Index([1], dtype='int64')", V, "message.integrity"),
    ("xml", "ParseError: mismatched tag: line 1, column 8", V, "message.bad_data"),
    ("xml", "ParseError: no element found: line 1, column 0", V, "message.bad_data"),
    ("xml", "ParseError: undefined entity: line 1, column 3", V, "message.bad_data"),
    ("ipaddress", "ValueError: '10.0.0.300' does not appear to be an IPv4 or IPv6 address", V, "message.bad_data"),
    ("uuid", "ValueError: badly formed hexadecimal UUID string", V, "message.bad_data"),
    ("locale", "Error: unsupported locale setting", P, "message.tpl_runtime_setup"),
    ("pickle", "TypeError: cannot pickle '_io.TextIOWrapper' object", P, "message.bug"),
    ("json", "TypeError: keys must be str, int, float, bool or None, not tuple", P, "message.bug"),
    ("builtins", "IndexError: pop from empty list", P, "message.bug"),
    ("builtins", "IndexError: list index out of range", P, "message.bug"),
    ("builtins", "KeyError: 'popitem(): dictionary is empty'", P, "message.bug"),
    ("builtins", "NameError: name 'undefined_name_xyz' is not defined", P, "message.bug"),
    (
        "builtins",
        ("TypeError: <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'a'"),
        P,
        "message.bug",
    ),
    (
        "builtins",
        ("TypeError: <lambda>.<locals>.<lambda>() takes 1 positional argument but 2 were given"),
        P,
        "message.bug",
    ),
    ("builtins", "AttributeError: 'str' object has no attribute 'foo'", P, "message.bug"),
    ("builtins", 'TypeError: can only concatenate str (not "NoneType") to str', P, "message.bug"),
    ("builtins", "TypeError: 'NoneType' object is not callable", P, "message.bug"),
    ("builtins", "TypeError: unhashable type: 'list'", P, "message.bug"),
    ("builtins", "ValueError: non-hexadecimal number found in fromhex() arg at position 0", V, "message.bad_data"),
    ("builtins", "ValueError: invalid literal for int() with base 10: '12.5'", V, "message.bad_data"),
    (
        "builtins",
        ("FileNotFoundError: [Errno 2] No such file or directory: '/proc/self/nonexistent/x'"),
        P,
        "errno.ENOENT",
    ),
    ("os", ("FileNotFoundError: [Errno 2] No such file or directory: '/proc/forbidden-dir-xyz'"), P, "errno.ENOENT"),
    ("os", "IsADirectoryError: [Errno 21] Is a directory: '/etc'", P, "errno.EISDIR"),
    ("os", ("FileNotFoundError: [Errno 2] No such file or directory: '/root/.nothing-here-xyz'"), P, "errno.ENOENT"),
    (
        "numpy",
        (
            "ValueError: setting an array element with a sequence. The requested array has an"
            " inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogen"
            "eous part."
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "numpy",
        ("TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'"),
        V,
        "message.bad_data",
    ),
    ("numpy", "ValueError: cannot convert float NaN to integer", V, "message.bad_data"),
    ("numpy", 'ValueError: Month out of range in datetime string "2024-13-01"', V, "message.bad_data"),
    ("numpy", "ValueError: could not convert string 'x' to float64 at row 1, column 2.", V, "message.bad_data"),
    (
        "pandas",
        "ValueError: Cannot mask with non-boolean array containing NA / NaN values",
        V,
        "message.tpl_dataframe_input",
    ),
    ("pandas", "ValueError: DataFrame constructor not properly called!", P, "message.bug"),
    (
        "pandas",
        "ValueError: Usecols do not match columns, columns expected but not found: ['c']",
        V,
        "message.tpl_dataframe_input",
    ),
    ("pandas", "ValueError: invalid literal for int() with base 10: '1;2'", V, "message.bad_data"),
    (
        "pandas",
        (
            'ValueError: time data "x" doesn\'t match format "%Y-%m-%d". You might want to try'
            ":\n    - passing `format` if your strings have a consistent format;\n    - passing"
            " `format='ISO8601'` if your strings are all ISO8601 but not necessarily in exact"
            "ly the same format;\n    - passing `format='mixed'`, and the format will be infer"
            "red for each element individually. You might want to use `dayfirst` alongside th"
            "is."
        ),
        V,
        "message.parse_as_type",
    ),
    ("pandas", "ValueError: unit abbreviation w/o a number", V, "message.tpl_dataframe_input"),
    ("pandas", "ValueError: All arrays must be of the same length", V, "message.tpl_dataframe_input"),
    ("pandas", "DateParseError: Unknown datetime string format, unable to parse: x", V, "message.tpl_dataframe_input"),
    ("ssl", "SSLEOFError: EOF occurred in violation of protocol (_ssl.c:2426)", T, "message.network"),
    (
        "ssl",
        ("SSLEOFError: [SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)"),
        T,
        "message.network",
    ),
    ("ssl", "SSLZeroReturnError: TLS/SSL connection has been closed (EOF) (_ssl.c:1006)", T, "message.network"),
    ("ssl", "TimeoutError: The read operation timed out", T, "message.network"),
    ("ssl", "TimeoutError: The write operation timed out", T, "message.network"),
    ("ssl", "TimeoutError: _ssl.c:975: The handshake operation timed out", T, "message.network"),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: unable to get local issuer certificate (_ssl.c:1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: certificate has expired (_ssl.c:1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: self-signed certificate in certificate chain (_ssl.c:1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: unable to verify the first certificate (_ssl.c:1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: certificate is not yet valid (_ssl.c:1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        (
            "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fa"
            "iled: CA md too weak (_ssl.c:1006)"
        ),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        ("SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1006)"),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        ("SSLError: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1006)"),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        "SSLError: [SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:1006)",
        P,
        "code.unknown_name",
    ),
    (
        "ssl",
        ("SSLError: [SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled (_ssl.c:1006)"),
        P,
        "code.disabled",
    ),
    (
        "ssl",
        "SSLError: [SSL: NO_PROTOCOLS_AVAILABLE] no protocols available (_ssl.c:1006)",
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        ("SSLError: [SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED] tlsv13 alert certificate required (_ssl.c:2578)"),
        P,
        "message.tls_certificate",
    ),
    (
        "ssl",
        ("SSLError: [SSL: SSLV3_ALERT_BAD_CERTIFICATE] sslv3 alert bad certificate (_ssl.c:2578)"),
        P,
        "message.tls_certificate",
    ),
    ("ssl", "SSLError: [SSL: NO_SHARED_CIPHER] no shared cipher (_ssl.c:1006)", P, "message.tls_reason_code"),
    (
        "ssl",
        ("SSLError: [SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC] decryption failed or bad record mac (_ssl.c:2580)"),
        T,
        "message.tpl_db_transient_states",
    ),
    ("socket", "gaierror: [Errno -3] Temporary failure in name resolution", T, "errno.EAI_AGAIN"),
    ("urllib", "URLError: <urlopen error [Errno -3] Temporary failure in name resolution>", T, "errno.EAI_AGAIN"),
    ("urllib", "URLError: <urlopen error timed out>", T, "message.network"),
    ("urllib", "URLError: <urlopen error [Errno 110] Connection timed out>", T, "errno.ETIMEDOUT"),
    (
        "urllib",
        (
            "URLError: <urlopen error [SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in vio"
            "lation of protocol (_ssl.c:1006)>"
        ),
        T,
        "message.network",
    ),
    (
        "urllib",
        (
            "URLError: <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify fai"
            "led: unable to get local issuer certificate (_ssl.c:1006)>"
        ),
        P,
        "message.tls_certificate",
    ),
    ("urllib", "URLError: <urlopen error [Errno 101] Network is unreachable>", T, "errno.ENETUNREACH"),
    (
        "urllib",
        ("ContentTooShortError: <urlopen error retrieval incomplete: got only 52428 out of 104857 bytes>"),
        T,
        "message.tpl_retrieval_incomplete",
    ),
    ("urllib", "URLError: <urlopen error _ssl.c:975: The handshake operation timed out>", T, "message.network"),
    ("smtplib", "SMTPServerDisconnected: Connection unexpectedly closed", T, "message.network"),
    ("smtplib", "SMTPServerDisconnected: Connection unexpectedly closed: timed out", T, "message.network"),
    ("smtplib", "SMTPNotSupportedError: SMTP AUTH extension not supported by server.", P, "message.unsupported"),
    ("smtplib", "SMTPNotSupportedError: STARTTLS extension not supported by server.", P, "message.unsupported"),
    ("smtplib", "SMTPException: No suitable authentication method found.", P, "message.tpl_runtime_setup"),
    ("smtplib", "SMTPConnectError: (421, b'4.7.0 Try again later, closing connection.')", T, "vendor.smtp.421"),
    ("imaplib", "abort: socket error: EOF", T, "message.network"),
    ("imaplib", "abort: command: SELECT => socket error: EOF", T, "message.network"),
    (
        "imaplib",
        "error: command SEARCH illegal in state AUTH, only allowed in states SELECTED",
        P,
        "message.imap_command_state",
    ),
    ("imaplib", "error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", P, "message.access_denied"),
    ("imaplib", "abort: TLS not supported by server", P, "message.unsupported"),
    ("imaplib", "error: server not IMAP4 compliant", P, "message.server_not_protocol"),
    ("ftplib", "error_temp: 421 Timeout", T, "message.network"),
    ("ftplib", "error_temp: 421 Idle timeout (60 seconds): closing control connection", T, "message.network"),
    (
        "ftplib",
        "error_temp: 421 There are too many connections from your internet address.",
        R,
        "message.connection_limit",
    ),
    ("ftplib", "error_temp: 421 Maximum number of connections exceeded (500)", R, "message.connection_limit"),
    ("ftplib", "error_perm: 530 Login incorrect.", P, "message.access_denied"),
    (
        "ftplib",
        "error_perm: 530 The maximum number of ftp connections have been reached (2001)",
        R,
        "message.capacity_limit",
    ),
    ("importlib", "ImportError: sys.meta_path is None, Python is likely shutting down", T, "message.shutdown"),
    ("asyncio", "ConnectionResetError: Connection lost", T, "message.network"),
    ("multiprocessing", "ValueError: Pool not running", P, "message.tpl_runtime_setup"),
    ("sqlite3", "OperationalError: database or disk is full", R, "message.disk_full"),
    ("sqlite3", "DatabaseError: database disk image is malformed", P, "message.config"),
    ("sqlite3", "OperationalError: database table is locked", T, "message.db_concurrency"),
    ("sqlite3", "DataError: string or blob too big", V, "message.tpl_db_input_rejected"),
    ("builtins", "RecursionError: maximum recursion depth exceeded while calling a Python object", P, "message.bug"),
    ("builtins", "RecursionError: maximum recursion depth exceeded in comparison", P, "message.bug"),
    (
        "builtins",
        ("MemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64"),
        R,
        "message.allocation_failed",
    ),
    (
        "django",
        (
            "DisallowedHost: Invalid HTTP_HOST header: 'orders.internal:8000'. You may need t"
            "o add 'orders.internal' to ALLOWED_HOSTS."
        ),
        P,
        "message.tpl_web_setup",
    ),
    (
        "django",
        (
            "ImproperlyConfigured: Requested setting INSTALLED_APPS, but settings are not con"
            "figured. You must either define the environment variable DJANGO_SETTINGS_MODULE "
            "or call settings.configure() before accessing settings."
        ),
        P,
        "message.config",
    ),
    (
        "django",
        (
            "NoReverseMatch: Reverse for 'order-detail' not found. 'order-detail' is not a va"
            "lid view function or pattern name."
        ),
        P,
        "message.tpl_web_setup",
    ),
    (
        "django",
        "SuspiciousFileOperation: Detected path traversal attempt in '../../etc/passwd'",
        V,
        "message.tpl_web_bad_request",
    ),
    (
        "aiohttp",
        (
            "ClientPayloadError: Response payload is not completed: <TransferEncodingError: 4"
            "00, message='Not enough data to satisfy transfer length header.'>"
        ),
        T,
        "message.network",
    ),
    (
        "aiohttp",
        (
            "ClientPayloadError: Response payload is not completed: <ContentLengthError: 400,"
            " message='Not enough data to satisfy content length header.'>"
        ),
        T,
        "message.network",
    ),
    ("aiohttp", "ServerDisconnectedError: Server disconnected", T, "message.network"),
    ("aiohttp", "ClientConnectionResetError: Cannot write to closing transport", T, "message.network"),
    (
        "uvicorn",
        ("OSError: [Errno 98] error while attempting to bind on address ('0.0.0.0', 8000): address already in use"),
        P,
        "message.server_cannot_bind",
    ),
    ("gunicorn", "HaltServer: <HaltServer 'Worker failed to boot.' 3>", P, "message.tpl_web_setup"),
    (
        "torch",
        (
            "OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a to"
            "tal capacity of 79.15 GiB of which 1.02 GiB is free. Including non-PyTorch memor"
            "y, this process has 78.12 GiB memory in use."
        ),
        R,
        "message.out_of_memory",
    ),
    (
        "torch",
        (
            "DistBackendError: [Rank 0] Watchdog caught collective operation timeout: WorkNCC"
            "L(SeqNum=64214, OpType=ALLGATHER, NumelIn=1, NumelOut=32, Timeout(ms)=600000) ra"
            "n for 600042 milliseconds before timing out."
        ),
        T,
        "message.shutdown",
    ),
    (
        "tensorflow",
        (
            "ResourceExhaustedError: OOM when allocating tensor with shape[32,1024,64,64] and"
            " type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_b"
            "fc"
        ),
        R,
        "message.out_of_memory",
    ),
    (
        "jax",
        ("XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 33762398024 bytes."),
        R,
        "vendor.gcp.RESOURCE_EXHAUSTED",  # absl status; OOM agrees
    ),
    (
        "jax",
        ("JaxRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 8.00GiB."),
        R,
        "vendor.gcp.RESOURCE_EXHAUSTED",  # absl status; OOM agrees
    ),
    (
        "transformers",
        (
            "OSError: ai4bharat/indictrans2-hi-en-dist-200M is not a local folder and is not "
            "a valid model identifier listed on 'https://huggingface.co/models'\nIf this is a "
            "private repository, make sure to pass a token having permission to this repo eit"
            "her by logging in with `huggingface-cli login` or by passing `token=<your_token>"
            "`"
        ),
        P,
        "message.not_found_db",
    ),
    (
        "sklearn",
        ("ValueError: Found input variables with inconsistent numbers of samples: [100, 80]"),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "sklearn",
        (
            "ValueError: Input X contains NaN.\nLogisticRegression does not accept missing val"
            "ues encoded as NaN natively."
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "lightgbm",
        (
            "LightGBMError: GPU Tree Learner was not enabled in this build.\nPlease recompile "
            "with CMake option -DUSE_GPU=1"
        ),
        P,
        "message.build_lacks_feature",
    ),
    ("lightgbm", "LightGBMError: [CUDA] out of memory (cuda_tree.cpp line 124)", R, "message.out_of_memory"),
    (
        "lightgbm",
        "LightGBMError: Do not support special JSON characters in feature name.",
        V,
        "message.tpl_dataframe_input",
    ),
    ("lightgbm", "LightGBMError: bad allocation", R, "message.allocation_failed"),
    (
        "xgboost",
        (
            "XGBoostError: [09:12:50] c:\\windows\\temp\\abs_557yfx631l\\croots\\recipe\\xgboost-sp"
            "lit_1659548953302\\work\\src\\common\\common.h:157: XGBoost version not compiled wit"
            "h GPU support."
        ),
        P,
        "message.build_lacks_feature",
    ),
    (
        "xgboost",
        (
            "XGBoostError: [04:17:04] /workspace/src/data/iterative_dmatrix.cc:202: Check fai"
            "led: n_features >= 1 (0 vs. 1) : Data must has at least 1 column."
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "xgboost",
        (
            "XGBoostError: [09:19:22] /workspace/src/objective/regression_obj.cu:101: label m"
            "ust be in [0,1] for logistic regression"
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "xgboost",
        (
            "XGBoostError: [16:34:12] /workspace/src/metric/rank_metric.cc:200: Check failed:"
            " !auc_error: AUC: the dataset only contains pos or neg samples"
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "xgboost",
        (
            "XGBoostError: [11:02:44] /workspace/src/data/cat_container.h:29: Found a categor"
            "y not in the training set for the 0th (0-based) column: `cat_a_v0010`"
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    ("tensorflow", "UnavailableError: Transport closed", T, "message.network"),
    (
        "transformers",
        (
            "ValueError: Asking to pad but the tokenizer does not have a padding token. Pleas"
            "e select a token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_tok"
            "en e.g.)` or add a new pad token via `tokenizer.add_special_tokens({'pad_token':"
            " '[PAD]'})`."
        ),
        P,
        "message.config",
    ),
    ("sklearn", "ValueError: y contains previously unseen labels: 'lindsay james'", V, "message.tpl_dataframe_input"),
    (
        "sklearn",
        (
            "ValueError: Found array with 0 sample(s) (shape=(0, 19)) while a minimum of 1 is"
            " required by StandardScaler."
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    (
        "sklearn",
        (
            "ValueError: The least populated class in y has only 1 member, which is too few. "
            "The minimum number of groups for any class cannot be less than 2."
        ),
        V,
        "message.tpl_dataframe_input",
    ),
    ("scipy", "ValueError: array must not contain infs or NaNs", V, "message.tpl_dataframe_input"),
    ("jax", "XlaRuntimeError: INTERNAL: XLA requires ptxas version 11.8 or higher", P, "message.gpu_environment"),
    (
        "transformers",
        (
            "ValueError: The checkpoint you are trying to load has model type `gemma3` but Tr"
            "ansformers does not recognize this architecture. This could be because of an iss"
            "ue with the checkpoint, or because your version of Transformers is out of date."
        ),
        P,
        "message.model_architecture_unsupported",
    ),
    (
        "transformers",
        ("ValueError: Tokenizer class LlamaTokenizer does not exist or is not currently imported."),
        P,
        "message.not_found_db",
    ),
    (
        "transformers",
        (
            "ImportError: \nT5Converter requires the protobuf library but it was not found in "
            "your environment. Checkout the instructions on the\ninstallation page of its repo"
            ": https://github.com/protocolbuffers/protobuf/tree/master/python#installation an"
            "d follow the ones\nthat match your environment. Please note that you may need to "
            "restart your runtime after installation.\n"
        ),
        P,
        "message.not_found_db",
    ),
    (
        "torch",
        ("DistStoreError: Timed out after 601 seconds waiting for clients. 1/4 clients joined."),
        T,
        "message.network",
    ),
]


@pytest.mark.parametrize(
    ("library", "exc_type", "message", "status", "errno", "label"),
    TEMPLATES,
    ids=[f"{row[0]}-{index}" for index, row in enumerate(TEMPLATES)],
)
def test_template_on_its_own_class(
    clf: Classifier, library: str, exc_type: str, message: str, status: int | None, errno: int | None, label: Category
) -> None:
    verdict = clf.classify(ErrorSignal(exc_type=exc_type, message=message, http_status=status, errno=errno))
    assert verdict.category is label, (library, verdict.rule_id)


@pytest.mark.parametrize(
    ("library", "message", "label", "rule"),
    WRAPPED,
    ids=[f"{row[0]}-{index}" for index, row in enumerate(WRAPPED)],
)
def test_template_behind_a_wrapper(clf: Classifier, library: str, message: str, label: Category, rule: str) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule), library


# Each fix with the weaker evidence that decided before it (in the comment): the rule that must decide now.
@pytest.mark.parametrize(
    ("exc_type", "message", "label", "rule"),
    [
        # the class's transient reading (type.transient.connection) for a send() before connect()
        ("smtplib.SMTPServerDisconnected", "please run connect() first", P, "type.permanent.tpl_smtp_not_connected"),
        ("smtplib.SMTPServerDisconnected", "Connection unexpectedly closed", T, "type.transient.connection"),
        # abort's transient reading (type.transient.imap_abort) for a server without STARTTLS
        ("imaplib.IMAP4.abort", "TLS not supported by server", P, "type.permanent.tpl_imap_tls_setup"),
        ("imaplib.IMAP4.abort", "socket error: EOF", T, "type.transient.imap_abort"),
        # "not supported by" (message.unsupported, permanent) for bytes that are not xz data
        ("_lzma.LZMAError", "Input format not supported by decoder", V, "type.validation.tpl_lzma_input"),
        # the same digits read as HTTP 426 Upgrade Required (http.426, permanent)
        ("ftplib.error_temp", "426 Failure writing network stream.", T, "vendor.ftp.426"),
        ("ftplib.error_temp", "421 Timeout", T, "vendor.ftp.421"),
        (
            "ftplib.error_temp",
            "421 There are too many connections from your internet address.",
            R,
            "message.connection_limit",
        ),
        # nothing (unknown)
        (
            "urllib.error.ContentTooShortError",
            "<urlopen error retrieval incomplete: got only 52428 out of 104857 bytes>",
            T,
            "type.transient.urllib_short_read",
        ),
        ("imaplib.IMAP4.readonly", "INBOX is not writable", P, "type.permanent.imap_readonly"),
        (
            "concurrent.futures.thread.BrokenThreadPool",
            "A thread initializer failed, the thread pool is not usable anymore",
            P,
            "message.tpl_runtime_setup",
        ),
        ("gunicorn.errors.HaltServer", "<HaltServer 'Worker failed to boot.' 3>", P, "message.tpl_web_setup"),
        ("lightgbm.basic.LightGBMError", "bad allocation", R, "message.allocation_failed"),
        (
            "xgboost.core.XGBoostError",
            "[04:17:04] /workspace/src/data/iterative_dmatrix.cc:202: Check failed: n_features >= 1 (0 vs. 1) : Data "
            "must has at least 1 column.",
            V,
            "message.tpl_dataframe_input",
        ),
        # ValueError's validation default (base.validation.values) for a pool used after close()
        ("builtins.ValueError", "Pool not running", P, "message.tpl_runtime_setup"),
        # SMTPException's transient default (base.transient.network) for a server without a shared AUTH mechanism
        ("smtplib.SMTPException", "No suitable authentication method found.", P, "message.tpl_runtime_setup"),
        # "invalid" (message.invalid, validation) for a host the settings must allow
        (
            "django.core.exceptions.DisallowedHost",
            "Invalid HTTP_HOST header: 'orders.internal:8000'. You may need to add 'orders.internal' to ALLOWED_HOSTS.",
            P,
            "message.tpl_web_setup",
        ),
        # the wrapper's weak class (base.permanent.bug) or nothing (unknown) for a text that says what happened
        (
            "builtins.RuntimeError",
            "400 Bad Request: The browser (or proxy) sent a request that this server could not understand.",
            V,
            "message.tpl_web_bad_request",
        ),
        (
            "builtins.RuntimeError",
            "SuspiciousFileOperation: Detected path traversal attempt in '../../etc/passwd'",
            V,
            "message.tpl_web_bad_request",
        ),
        ("builtins.RuntimeError", "lightgbm.basic.LightGBMError: bad allocation", R, "message.allocation_failed"),
        ("builtins.RuntimeError", "UnpicklingError: pickle data was truncated", V, "message.bad_data"),
        ("builtins.RuntimeError", "EmptyDataError: No columns to parse from file", V, "message.tpl_dataframe_input"),
        (
            "builtins.RuntimeError",
            "ContentTooShortError: <urlopen error retrieval incomplete: got only 52428 out of 104857 bytes>",
            T,
            "message.tpl_retrieval_incomplete",
        ),
        ("builtins.RuntimeError", "ParseError: mismatched tag: line 1, column 8", V, "message.bad_data"),
        (
            "builtins.RuntimeError",
            "ValueError: y contains previously unseen labels: 'lindsay james'",
            V,
            "message.tpl_dataframe_input",
        ),
        ("builtins.RuntimeError", "Error: unsupported locale setting", P, "message.tpl_runtime_setup"),
        (
            "builtins.RuntimeError",
            '{"error":"Model t5-large is currently loading","estimated_time":118.0269775390625}',
            T,
            "message.tpl_model_loading",
        ),
        (
            "builtins.RuntimeError",
            "ImproperlyConfigured: The SECRET_KEY setting must not be empty.",
            P,
            "message.tpl_web_setup",
        ),
        # nothing (unknown) on XlaRuntimeError for a CUDA toolkit older than XLA needs
        (
            "jaxlib.xla_extension.XlaRuntimeError",
            "INTERNAL: XLA requires ptxas version 11.8 or higher",
            P,
            "message.gpu_environment",
        ),
        # "invalid" and "empty" (message.invalid, validation) over IndexError's weak bug reading
        ("builtins.IndexError", "pop from empty list", P, "message.bug"),
        ("builtins.TypeError", "keys must be str, int, float, bool or None, not tuple", P, "message.bug"),
        # "not found" (message.not_found, permanent) for an input file without the columns asked for
        (
            "builtins.ValueError",
            "Usecols do not match columns, columns expected but not found: ['c']",
            V,
            "message.tpl_dataframe_input",
        ),
    ],
)
def test_a_template_fix_outranks_the_weaker_reading(
    clf: Classifier, exc_type: str, message: str, label: Category, rule: str
) -> None:
    assert verdict_of(clf, exc_type, message) == (label, rule)


def test_an_http_status_in_a_non_ftp_message_is_still_read(clf: Classifier) -> None:
    """Only ftplib's error_temp reads its leading number as an FTP reply; a 426 elsewhere stays HTTP's."""
    assert verdict_of(clf, "builtins.Exception", "426 Upgrade Required", 426)[0] is P
