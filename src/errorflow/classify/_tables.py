"""Reference tables the default rules and the evidence parser are built from.

Numbers are facts about other systems (Linux errno values, Windows error
codes, PostgreSQL SQLSTATEs and condition names, MySQL error numbers, gRPC,
AWS and Kafka error names); the category each maps to is errorflow's judgement,
following ``corpus/LABELS.md``. They live apart from the rule assembly so that
both the rules and the parser read one copy.
"""

from __future__ import annotations

import re

__all__ = [
    "LINUX_ERRNO",
    "MYSQL_CODES",
    "PG_CONDITIONS",
    "SQLSTATE_CLASSES",
    "SQLSTATE_CODES",
    "WINERROR_CODES",
    "normalize_code",
    "squash_condition",
]

# Linux errno numbers by name (asm-generic/errno*.h) plus the getaddrinfo EAI_*
# codes socket.gaierror carries. Fixed here, not read from the ``errno`` module,
# so classification does not depend on the platform the classifier runs on.
LINUX_ERRNO: dict[str, int] = {
    "EPERM": 1,
    "ENOENT": 2,
    "ESRCH": 3,
    "EINTR": 4,
    "EIO": 5,
    "ENXIO": 6,
    "E2BIG": 7,
    "ENOEXEC": 8,
    "EBADF": 9,
    "ECHILD": 10,
    "EAGAIN": 11,
    "EWOULDBLOCK": 11,
    "ENOMEM": 12,
    "EACCES": 13,
    "EFAULT": 14,
    "EBUSY": 16,
    "EEXIST": 17,
    "EXDEV": 18,
    "ENODEV": 19,
    "ENOTDIR": 20,
    "EISDIR": 21,
    "EINVAL": 22,
    "ENFILE": 23,
    "EMFILE": 24,
    "ENOTTY": 25,
    "ETXTBSY": 26,
    "EFBIG": 27,
    "ENOSPC": 28,
    "ESPIPE": 29,
    "EROFS": 30,
    "EMLINK": 31,
    "EPIPE": 32,
    "EDOM": 33,
    "ERANGE": 34,
    "EDEADLK": 35,
    "ENAMETOOLONG": 36,
    "ENOLCK": 37,
    "ENOSYS": 38,
    "ENOTEMPTY": 39,
    "ELOOP": 40,
    "ENOSR": 63,
    "ENOLINK": 67,
    "ECOMM": 70,
    "EPROTO": 71,
    "EOVERFLOW": 75,
    "EILSEQ": 84,
    "EUSERS": 87,
    "ENOTSOCK": 88,
    "EMSGSIZE": 90,
    "EPROTONOSUPPORT": 93,
    "EOPNOTSUPP": 95,
    "ENOTSUP": 95,
    "EAFNOSUPPORT": 97,
    "EADDRINUSE": 98,
    "EADDRNOTAVAIL": 99,
    "ENETDOWN": 100,
    "ENETUNREACH": 101,
    "ENETRESET": 102,
    "ECONNABORTED": 103,
    "ECONNRESET": 104,
    "ENOBUFS": 105,
    "ENOTCONN": 107,
    "ESHUTDOWN": 108,
    "ETIMEDOUT": 110,
    "ECONNREFUSED": 111,
    "EHOSTDOWN": 112,
    "EHOSTUNREACH": 113,
    "EALREADY": 114,
    "ESTALE": 116,
    "EREMOTEIO": 121,
    "EDQUOT": 122,
    "ECANCELED": 125,
    "EKEYEXPIRED": 127,
    "EKEYREJECTED": 129,
    "EOWNERDEAD": 130,
    "ERFKILL": 132,
    "EHWPOISON": 133,
    # getaddrinfo() results, as socket.gaierror.errno
    "EAI_BADFLAGS": -1,
    "EAI_NONAME": -2,
    "EAI_AGAIN": -3,
    "EAI_FAIL": -4,
    "EAI_NODATA": -5,
    "EAI_FAMILY": -6,
    "EAI_SOCKTYPE": -7,
    "EAI_SERVICE": -8,
    "EAI_MEMORY": -10,
}

# Windows system error codes seen as ``[WinError N]`` (OSError.winerror).
# Values: category name.
WINERROR_CODES: dict[int, str] = {
    2: "permanent",  # ERROR_FILE_NOT_FOUND
    3: "permanent",  # ERROR_PATH_NOT_FOUND
    5: "permanent",  # ERROR_ACCESS_DENIED
    8: "resource",  # ERROR_NOT_ENOUGH_MEMORY
    14: "resource",  # ERROR_OUTOFMEMORY
    32: "transient",  # ERROR_SHARING_VIOLATION (file in use)
    33: "transient",  # ERROR_LOCK_VIOLATION
    39: "resource",  # ERROR_HANDLE_DISK_FULL
    64: "transient",  # ERROR_NETNAME_DELETED
    87: "validation",  # ERROR_INVALID_PARAMETER
    112: "resource",  # ERROR_DISK_FULL
    121: "transient",  # ERROR_SEM_TIMEOUT
    123: "validation",  # ERROR_INVALID_NAME
    126: "permanent",  # ERROR_MOD_NOT_FOUND
    127: "permanent",  # ERROR_PROC_NOT_FOUND
    183: "permanent",  # ERROR_ALREADY_EXISTS
    193: "permanent",  # ERROR_BAD_EXE_FORMAT
    206: "validation",  # ERROR_FILENAME_EXCED_RANGE
    1225: "transient",  # ERROR_CONNECTION_REFUSED
    1236: "transient",  # ERROR_CONNECTION_ABORTED
    1314: "permanent",  # ERROR_PRIVILEGE_NOT_HELD
    1450: "resource",  # ERROR_NO_SYSTEM_RESOURCES
    1455: "resource",  # ERROR_COMMITMENT_LIMIT (paging file too small)
    10048: "transient",  # WSAEADDRINUSE
    10050: "transient",  # WSAENETDOWN
    10051: "transient",  # WSAENETUNREACH
    10052: "transient",  # WSAENETRESET
    10053: "transient",  # WSAECONNABORTED
    10054: "transient",  # WSAECONNRESET
    10055: "resource",  # WSAENOBUFS
    10060: "transient",  # WSAETIMEDOUT
    10061: "transient",  # WSAECONNREFUSED
    10064: "transient",  # WSAEHOSTDOWN
    10065: "transient",  # WSAEHOSTUNREACH
    11001: "permanent",  # WSAHOST_NOT_FOUND
    11002: "transient",  # WSATRY_AGAIN
}

# PostgreSQL condition names (errcodes.txt) of the SQLSTATEs drivers raise as
# classes: psycopg2.errors.UniqueViolation, psycopg.errors.DeadlockDetected,
# asyncpg.exceptions.UniqueViolationError. Keys are normalised names.
_PG_CONDITION_NAMES: dict[str, str] = {
    "connection_exception": "08000",
    "connection_does_not_exist": "08003",
    "connection_failure": "08006",
    "sqlclient_unable_to_establish_sqlconnection": "08001",
    "client_cannot_connect": "08001",
    "sqlserver_rejected_establishment_of_sqlconnection": "08004",
    "connection_rejection": "08004",
    "transaction_resolution_unknown": "08007",
    "protocol_violation": "08P01",
    "feature_not_supported": "0A000",
    "invalid_transaction_initiation": "0B000",
    "invalid_role_specification": "0P000",
    "case_not_found": "20000",
    "cardinality_violation": "21000",
    "data_exception": "22000",
    "array_subscript_error": "2202E",
    "character_not_in_repertoire": "22021",
    "datetime_field_overflow": "22008",
    "datetime_value_out_of_range": "22008",
    "division_by_zero": "22012",
    "invalid_datetime_format": "22007",
    "invalid_parameter_value": "22023",
    "invalid_regular_expression": "2201B",
    "invalid_time_zone_displacement_value": "22009",
    "null_value_not_allowed": "22004",
    "numeric_value_out_of_range": "22003",
    "string_data_length_mismatch": "22026",
    "string_data_right_truncation": "22001",
    "floating_point_exception": "22P01",
    "invalid_text_representation": "22P02",
    "invalid_binary_representation": "22P03",
    "bad_copy_file_format": "22P04",
    "untranslatable_character": "22P05",
    "invalid_json_text": "22032",
    "invalid_character_value_for_cast": "22018",
    "invalid_escape_sequence": "22025",
    "integrity_constraint_violation": "23000",
    "restrict_violation": "23001",
    "not_null_violation": "23502",
    "foreign_key_violation": "23503",
    "unique_violation": "23505",
    "check_violation": "23514",
    "exclusion_violation": "23P01",
    "invalid_cursor_state": "24000",
    "invalid_transaction_state": "25000",
    "active_sql_transaction": "25001",
    "read_only_sql_transaction": "25006",
    "no_active_sql_transaction": "25P01",
    "in_failed_sql_transaction": "25P02",
    "idle_in_transaction_session_timeout": "25P03",
    "invalid_sql_statement_name": "26000",
    "invalid_authorization_specification": "28000",
    "invalid_password": "28P01",
    "dependent_objects_still_exist": "2BP01",
    "invalid_catalog_name": "3D000",
    "invalid_schema_name": "3F000",
    "transaction_rollback": "40000",
    "transaction_integrity_constraint_violation": "40002",
    "serialization_failure": "40001",
    "serialization": "40001",  # asyncpg's SerializationError
    "statement_completion_unknown": "40003",
    "deadlock_detected": "40P01",
    "syntax_error_or_access_rule_violation": "42000",
    "syntax_error": "42601",
    "postgres_syntax_error": "42601",
    "insufficient_privilege": "42501",
    "cannot_coerce": "42846",
    "grouping_error": "42803",
    "invalid_foreign_key": "42830",
    "invalid_name": "42602",
    "name_too_long": "42622",
    "datatype_mismatch": "42804",
    "indeterminate_datatype": "42P18",
    "wrong_object_type": "42809",
    "generated_always": "428C9",
    "undefined_column": "42703",
    "undefined_function": "42883",
    "undefined_table": "42P01",
    "undefined_parameter": "42P02",
    "undefined_object": "42704",
    "duplicate_column": "42701",
    "duplicate_database": "42P04",
    "duplicate_function": "42723",
    "duplicate_prepared_statement": "42P05",
    "duplicate_schema": "42P06",
    "duplicate_table": "42P07",
    "duplicate_alias": "42712",
    "duplicate_object": "42710",
    "ambiguous_column": "42702",
    "ambiguous_function": "42725",
    "invalid_column_reference": "42P10",
    "invalid_column_definition": "42611",
    "invalid_table_definition": "42P16",
    "invalid_object_definition": "42P17",
    "with_check_option_violation": "44000",
    "insufficient_resources": "53000",
    "disk_full": "53100",
    "out_of_memory": "53200",
    "too_many_connections": "53300",
    "configuration_limit_exceeded": "53400",
    "program_limit_exceeded": "54000",
    "statement_too_complex": "54001",
    "too_many_columns": "54011",
    "too_many_arguments": "54023",
    "object_not_in_prerequisite_state": "55000",
    "object_in_use": "55006",
    "cant_change_runtime_param": "55P02",
    "lock_not_available": "55P03",
    "operator_intervention": "57000",
    "query_canceled": "57014",
    "query_cancelled": "57014",
    "admin_shutdown": "57P01",
    "crash_shutdown": "57P02",
    "cannot_connect_now": "57P03",
    "database_dropped": "57P04",
    "idle_session_timeout": "57P05",
    "system_error": "58000",
    "io_error": "58030",
    "undefined_file": "58P01",
    "duplicate_file": "58P02",
    "snapshot_too_old": "72000",
    "config_file_error": "F0000",
    "lock_file_exists": "F0001",
    "raise_exception": "P0001",
    "raise": "P0001",
    "no_data_found": "P0002",
    "too_many_rows": "P0003",
    "assert_failure": "P0004",
    "internal_error": "XX000",
    "data_corrupted": "XX001",
    "index_corrupted": "XX002",
    # the rest of errcodes.txt's conditions that drivers raise as classes
    "sql_statement_not_yet_complete": "03000",
    "triggered_action_exception": "09000",
    "locator_exception": "0F000",
    "invalid_locator_specification": "0F001",
    "invalid_grantor": "0L000",
    "invalid_grant_operation": "0LP01",
    "diagnostics_exception": "0Z000",
    "error_in_assignment": "22005",
    "escape_character_conflict": "2200B",
    "indicator_overflow": "22022",
    "interval_field_overflow": "22015",
    "invalid_argument_for_logarithm": "2201E",
    "invalid_argument_for_ntile_function": "22014",
    "invalid_argument_for_nth_value_function": "22016",
    "invalid_argument_for_power_function": "2201F",
    "invalid_argument_for_width_bucket_function": "2201G",
    "invalid_escape_character": "22019",
    "invalid_escape_octet": "2200D",
    "nonstandard_use_of_escape_character": "22P06",
    "invalid_indicator_parameter_value": "22010",
    "invalid_preceding_or_following_size": "22013",
    "invalid_row_count_in_limit_clause": "2201W",
    "invalid_row_count_in_result_offset_clause": "2201X",
    "invalid_tablesample_argument": "2202H",
    "invalid_tablesample_repeat": "2202G",
    "invalid_use_of_escape_character": "2200C",
    "most_specific_type_mismatch": "2200G",
    "null_value_no_indicator_parameter": "22002",
    "sequence_generator_limit_exceeded": "2200H",
    "substring_error": "22011",
    "trim_error": "22027",
    "unterminated_c_string": "22024",
    "zero_length_character_string": "2200F",
    "not_an_xml_document": "2200L",
    "invalid_xml_document": "2200M",
    "invalid_xml_content": "2200N",
    "duplicate_json_object_key_value": "22030",
    "postgres_floating_point": "22P01",
    "branch_transaction_already_active": "25002",
    "held_cursor_requires_same_isolation_level": "25008",
    "schema_and_data_statement_mixing_not_supported": "25007",
    "triggered_data_change_violation": "27000",
    "dependent_privilege_descriptors_still_exist": "2B000",
    "invalid_transaction_termination": "2D000",
    "sql_routine_exception": "2F000",
    "sql_routine": "2F000",
    "function_executed_no_return_statement": "2F005",
    "modifying_sql_data_not_permitted": "2F002",
    "prohibited_sql_statement_attempted": "2F003",
    "reading_sql_data_not_permitted": "2F004",
    "invalid_cursor_name": "34000",
    "external_routine_exception": "38000",
    "external_routine_invocation_exception": "39000",
    "savepoint_exception": "3B000",
    "invalid_savepoint_specification": "3B001",
    "syntax_or_access": "42000",
    "postgres_connection": "08000",
    "windowing_error": "42P20",
    "invalid_recursion": "42P19",
    "reserved_name": "42939",
    "collation_mismatch": "42P21",
    "indeterminate_collation": "42P22",
    "duplicate_cursor": "42P03",
    "ambiguous_parameter": "42P08",
    "ambiguous_alias": "42P09",
    "invalid_cursor_definition": "42P11",
    "invalid_database_definition": "42P12",
    "invalid_function_definition": "42P13",
    "invalid_prepared_statement_definition": "42P14",
    "invalid_schema_definition": "42P15",
    "unsafe_new_enum_value_usage": "55P04",
}


def squash_condition(name: str) -> str:
    """Return the lookup form of a PostgreSQL condition or driver class name.

    ``UniqueViolationError``, ``UniqueViolation`` and ``unique_violation`` all become ``uniqueviolation``.
    """
    squashed = re.sub(r"[^a-z0-9]", "", name.lower())
    return squashed[:-5] if squashed.endswith("error") and len(squashed) > 5 else squashed


# The conditions of errcodes.txt (postgres/postgres:src/backend/utils/errcodes.txt) the table above lacked, found by
# a sweep of the classes psycopg (psycopg/psycopg:psycopg/psycopg/errors.py) and asyncpg (MagicStack/asyncpg:
# asyncpg/exceptions/__init__.py) generate per SQLSTATE, with each driver's own spelling where it differs from the
# condition name (asyncpg's PostgresIOError, AssertError, SavepointError; psycopg's ...Ext for class 38/39 names that
# errcodes.txt repeats from class 2F/22).
_PG_CONDITION_NAMES_SWEEP: dict[str, str] = {
    "stacked_diagnostics_accessed_without_active_handler": "0Z002",
    "invalid_xml_comment": "2200S",
    "invalid_xml_processing_instruction": "2200T",
    "invalid_argument_for_sql_json_datetime_function": "22031",
    "invalid_sql_json_subscript": "22033",
    "more_than_one_sql_json_item": "22034",
    "no_sql_json_item": "22035",
    "non_numeric_sql_json_item": "22036",
    "non_unique_keys_in_a_json_object": "22037",
    "singleton_sql_json_item_required": "22038",
    "sql_json_array_not_found": "22039",
    "sql_json_member_not_found": "2203A",
    "sql_json_number_not_found": "2203B",
    "sql_json_object_not_found": "2203C",
    "too_many_json_array_elements": "2203D",
    "too_many_json_object_members": "2203E",
    "sql_json_scalar_required": "2203F",
    "sql_json_item_cannot_be_cast_to_target_type": "2203G",
    "inappropriate_access_mode_for_branch_transaction": "25003",
    "inappropriate_isolation_level_for_branch_transaction": "25004",
    "no_active_sql_transaction_for_branch_transaction": "25005",
    "transaction_timeout": "25P04",
    "containing_sql_not_permitted": "38001",
    "modifying_sql_data_not_permitted_ext": "38002",
    "modifying_external_routine_sql_data_not_permitted": "38002",
    "prohibited_sql_statement_attempted_ext": "38003",
    "prohibited_external_routine_sql_statement_attempted": "38003",
    "reading_sql_data_not_permitted_ext": "38004",
    "reading_external_routine_sql_data_not_permitted": "38004",
    "invalid_sqlstate_returned": "39001",
    "null_value_not_allowed_ext": "39004",
    "null_value_in_external_routine_not_allowed": "39004",
    "trigger_protocol_violated": "39P01",
    "srf_protocol_violated": "39P02",
    "event_trigger_protocol_violated": "39P03",
    "file_name_too_long": "58P03",
    "plpgsql_error": "P0000",
    # asyncpg's names for conditions whose errcodes.txt name ends in _exception/_error/_failure
    "triggered_action": "09000",
    "locator": "0F000",
    "diagnostics": "0Z000",
    "external_routine": "38000",
    "external_routine_invocation": "39000",
    "savepoint": "3B000",
    "postgres_system_error": "58000",
    "postgres_io_error": "58030",
    "assert": "P0004",
}

PG_CONDITIONS: dict[str, str] = {
    squash_condition(name): sqlstate
    for name, sqlstate in (*_PG_CONDITION_NAMES.items(), *_PG_CONDITION_NAMES_SWEEP.items())
}
"""SQLSTATE by condition name in :func:`squash_condition` form."""

# Exact SQLSTATEs whose category differs from their class, or that matter most.
SQLSTATE_CODES: dict[str, str] = {
    "08P01": "permanent",  # protocol_violation: a client/server mismatch, not a blip
    "0A000": "permanent",
    "22012": "validation",
    "25006": "transient",  # read-only transaction: a replica was promoted or is failing over
    "25P02": "permanent",  # in failed transaction: the code did not roll back
    "25P03": "transient",
    "25P04": "transient",  # transaction_timeout (PostgreSQL 17): as statement_timeout (57014)
    "40001": "transient",
    "40P01": "transient",
    "42501": "permanent",
    "42P01": "permanent",
    "42703": "permanent",
    "53100": "resource",
    "53200": "resource",
    "53300": "resource",
    "53400": "resource",
    "55000": "permanent",
    "55006": "transient",
    "55P03": "transient",
    "57014": "transient",  # query canceled (statement timeout)
    "57P01": "transient",
    "57P02": "transient",
    "57P03": "transient",
    "57P04": "permanent",
    "57P05": "transient",
    "58030": "transient",
    "58P01": "permanent",
    "XX001": "permanent",
    "XX002": "permanent",
    # assert_failure: a PL/pgSQL ASSERT, "intended for detecting program bugs, not for reporting ordinary error
    # conditions" (www.postgresql.org/docs/current/plpgsql-errors-and-messages.html): a bug, not the input (class P0)
    "P0004": "permanent",
    # SQL Server / ODBC states seen through pyodbc
    "08S01": "transient",  # communication link failure
    "HYT00": "transient",  # timeout expired
    "HYT01": "transient",  # connection timeout expired
    "42S02": "permanent",  # base table not found
    "42S22": "permanent",  # column not found
    "IM002": "permanent",  # data source name not found
    "HY001": "resource",  # memory allocation error
    # the rest of the ODBC states whose meaning is their category (ODBC Programmer's Reference, Appendix A: ODBC
    # Error Codes, learn.microsoft.com/en-us/sql/odbc/reference/appendixes/appendix-a-odbc-error-codes)
    "HY008": "transient",  # operation canceled (a query timeout's SQLCancel, as 57014)
    "HY010": "permanent",  # function sequence error: the code calls the API out of order
    "HY014": "resource",  # limit on the number of handles exceeded
    "HY090": "permanent",  # invalid string or buffer length
    "HY105": "permanent",  # invalid parameter type
    "HYC00": "permanent",  # optional feature not implemented
    "07009": "permanent",  # invalid descriptor index
    "IM001": "permanent",  # driver does not support this function
    "IM003": "permanent",  # specified driver could not be loaded
    "IM004": "permanent",  # driver's SQLAllocHandle on SQL_HANDLE_ENV failed (driver installation)
}

# SQLSTATE class (first two characters) -> category, for codes not listed above.
SQLSTATE_CLASSES: dict[str, str] = {
    "08": "transient",  # connection exception
    "0A": "permanent",  # feature not supported
    "21": "validation",  # cardinality violation
    "22": "validation",  # data exception
    "23": "validation",  # integrity constraint violation
    "03": "permanent",
    "09": "permanent",
    "0B": "permanent",
    "0F": "permanent",
    "0L": "permanent",
    "0P": "permanent",
    "0Z": "permanent",
    "20": "permanent",
    "24": "permanent",
    "25": "permanent",
    "26": "permanent",
    "27": "validation",
    "28": "permanent",  # invalid authorization specification
    "2B": "permanent",  # dependent objects still exist: the schema change must change
    "2D": "permanent",
    "2F": "permanent",
    "34": "permanent",
    "38": "permanent",
    "39": "permanent",
    "3B": "permanent",
    "3D": "permanent",  # invalid catalog name (no such database)
    "3F": "permanent",  # invalid schema name
    "40": "transient",  # transaction rollback: serialization failure, deadlock
    "42": "permanent",  # syntax error or access rule violation
    "44": "validation",
    "53": "resource",  # insufficient resources
    "54": "validation",  # program limit exceeded by the statement or data
    "55": "permanent",
    "57": "transient",  # operator intervention: shutdown, cannot connect now, canceled
    "58": "permanent",
    "72": "transient",  # snapshot too old
    "F0": "permanent",
    "HV": "permanent",
    "P0": "validation",  # PL/pgSQL RAISE: the procedure rejected its input
    "XX": "transient",  # internal error
}

# MySQL / MariaDB server and client error numbers, as pymysql, MySQLdb, asyncmy,
# aiomysql print them ("(1213, 'Deadlock found ...')") and mysql-connector
# ("1213 (40001): Deadlock found ..."). Values: category name.
MYSQL_CODES: dict[int, str] = {
    # transient
    1053: "transient",  # server shutdown in progress
    1152: "transient",  # aborted connection
    1158: "transient",  # error reading communication packets
    1159: "transient",  # timeout reading communication packets
    1160: "transient",  # error writing communication packets
    1161: "transient",  # timeout writing communication packets
    1180: "transient",  # got error during COMMIT
    1184: "transient",  # aborted new connection
    1205: "transient",  # lock wait timeout exceeded
    1213: "transient",  # deadlock found
    1290: "transient",  # running with --read-only (failover)
    1317: "transient",  # query execution was interrupted
    1614: "transient",  # transaction branch was rolled back: deadlock
    1836: "transient",  # running in read-only mode
    1927: "transient",  # connection was killed
    2002: "transient",  # can't connect through socket
    2003: "transient",  # can't connect to server
    2006: "transient",  # server has gone away
    2013: "transient",  # lost connection during query
    2055: "transient",  # lost connection at ... system error
    3024: "transient",  # max_execution_time exceeded
    3572: "transient",  # NOWAIT lock could not be acquired
    4031: "transient",  # disconnected by the server because of inactivity
    # resource
    1021: "resource",  # disk full
    1037: "resource",  # out of memory
    1038: "resource",  # out of sort memory
    1040: "resource",  # too many connections
    1041: "resource",  # out of memory
    1114: "resource",  # table is full
    1135: "resource",  # can't create a new thread
    1203: "resource",  # max_user_connections
    1206: "resource",  # lock table size exceeded
    1226: "resource",  # user has exceeded a resource limit
    1461: "resource",  # max_prepared_stmt_count
    1637: "resource",  # too many active concurrent transactions
    # validation
    1048: "validation",  # column cannot be null
    1062: "validation",  # duplicate entry
    1153: "validation",  # packet bigger than max_allowed_packet
    1216: "validation",  # foreign key: cannot add or update a child row
    1217: "validation",  # foreign key: cannot delete or update a parent row
    1264: "validation",  # out of range value
    1265: "validation",  # data truncated
    1292: "validation",  # truncated incorrect value
    1364: "validation",  # field doesn't have a default value
    1366: "validation",  # incorrect value for column
    1367: "validation",  # illegal value
    1406: "validation",  # data too long
    1411: "validation",  # incorrect value for function
    1451: "validation",  # cannot delete or update a parent row
    1452: "validation",  # cannot add or update a child row
    1586: "validation",  # duplicate entry for key
    1690: "validation",  # value is out of range
    3819: "validation",  # check constraint violated
    4025: "validation",  # MariaDB constraint failed
    # permanent
    1044: "permanent",  # access denied to database
    1045: "permanent",  # access denied for user
    1046: "permanent",  # no database selected
    1049: "permanent",  # unknown database
    1050: "permanent",  # table already exists
    1051: "permanent",  # unknown table
    1054: "permanent",  # unknown column
    1060: "permanent",  # duplicate column name
    1064: "permanent",  # syntax error
    1091: "permanent",  # can't drop; check that it exists
    1129: "permanent",  # host blocked because of many connection errors
    1130: "permanent",  # host not allowed to connect
    1142: "permanent",  # command denied to user
    1143: "permanent",  # column command denied
    1146: "permanent",  # table doesn't exist
    1193: "permanent",  # unknown system variable
    1227: "permanent",  # access denied; you need a privilege
    1235: "permanent",  # not supported yet
    1251: "permanent",  # client does not support authentication protocol
    1305: "permanent",  # function does not exist
    1449: "permanent",  # definer does not exist
    1698: "permanent",  # access denied (auth_socket)
    1820: "permanent",  # must reset password
    1862: "permanent",  # password expired
    2005: "permanent",  # unknown server host
    2059: "permanent",  # authentication plugin cannot be loaded
}


def normalize_code(code: str) -> str:
    """Return the comparison form of a library error code.

    Upper case, any dotted prefix (``StatusCode.``) and separators removed, and a
    trailing ``Error``/``Exception``/``Fault`` dropped, so gRPC ``DEADLINE_EXCEEDED``,
    AWS ``ThrottlingException``, Kafka ``NOT_ENOUGH_REPLICAS`` and kafka-python
    ``NotEnoughReplicasError`` each meet their rule whatever the spelling.
    """
    squashed = _NON_ALNUM.sub("", code.rpartition(".")[2].upper())
    for suffix in ("EXCEPTION", "ERROR", "FAULT"):
        if squashed.endswith(suffix) and len(squashed) > len(suffix):
            squashed = squashed[: -len(suffix)]
            # A class named after a code that already ends in one (aiokafka's NetworkExceptionError for Kafka's
            # NETWORK_EXCEPTION) drops the code's own suffix too, so both meet the same rule.
            if squashed.endswith("EXCEPTION") and len(squashed) > len("EXCEPTION"):
                squashed = squashed[: -len("EXCEPTION")]
            return squashed
    return squashed


_NON_ALNUM = re.compile(r"[^A-Z0-9]")

# ---- Db2's SQLSTATEs (ninth batch, databases' recovery, lock and capacity states), from IBM's SQLSTATE list
# (https://www.ibm.com/docs/en/db2/11.5?topic=messages-sqlstate): class 57 (resource not available or operator
# intervention) is transient as a whole (a shutdown, a cancel), but these two name capacity that must come back.
_SQLSTATE_CODES_DB2: dict[str, str] = {
    "57011": "resource",  # virtual storage or database resource is not available (log, heap, file system full)
    "57030": "resource",  # connection to the application server would exceed the installation-defined limit
}
SQLSTATE_CODES.update(_SQLSTATE_CODES_DB2)
