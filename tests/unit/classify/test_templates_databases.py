"""The source-template sweep of databases and data stores: the servers' and drivers' own message templates.

Each template is a message a library raises or relays, from its source or its server's message catalogue
(PostgreSQL's backend texts, MySQL's messages_to_clients.txt, SQL Server and Oracle messages, sqlite3's C module,
Redis's shared replies, MongoDB errmsgs, Cassandra's protocol errors, Elasticsearch/OpenSearch types and reasons,
ClickHouse's DB::Exception texts, Snowflake's and BigQuery's messages), with plausible values filled in and labelled by
LABELS.md before the classifier was asked. The generic-wrapper cases carry the same text on a ``RuntimeError``: the
words must decide without the driver's class or code.
"""

from __future__ import annotations

import pytest

from errorflow.classify import Category, Classifier
from tests.unit.classify.verdicts import verdict_of

T, R, V, P = Category.TRANSIENT, Category.RESOURCE, Category.VALIDATION, Category.PERMANENT

# (exc_type as raised, str(exc) as printed, http_status, label)
TEMPLATES = [
    (
        "psycopg2.OperationalError",
        'connection to server at "db.internal" (10.0.0.5), port 5432 failed: Connection '
        "refused\n\tIs the server running on that host and accepting TCP/IP connections?",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        'connection to server at "db.internal" (10.0.0.5), port 5432 failed: FATAL:  sorry, too many clients already',
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  remaining connection slots are reserved for non-replication superuser connections",
        None,
        R,
    ),
    (
        "psycopg2.OperationalError",
        'connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  password '
        'authentication failed for user "app"',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "app", database "orders", SSL off',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  database "orders" does not exist',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        'FATAL:  role "app" does not exist',
        None,
        P,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  the database system is starting up",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  the database system is shutting down",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  the database system is in recovery mode",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  terminating connection due to administrator command",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "server closed the connection unexpectedly\n\tThis probably means the server "
        "terminated abnormally\n\tbefore or while processing the request.",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "SSL SYSCALL error: EOF detected",
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        'could not translate host name "db.internal" to address: Temporary failure in name resolution',
        None,
        T,
    ),
    (
        "psycopg2.OperationalError",
        "FATAL:  terminating connection due to conflict with recovery\nDETAIL:  User "
        "query might have needed to see row versions that must be removed.",
        None,
        T,
    ),
    (
        "psycopg2.errors.SerializationFailure",
        "canceling statement due to conflict with recovery\nDETAIL:  User query might "
        "have needed to see row versions that must be removed.",
        None,
        T,
    ),
    (
        "psycopg2.errors.ReadOnlySqlTransaction",
        "cannot execute INSERT in a read-only transaction",
        None,
        T,
    ),
    (
        "sqlalchemy.exc.OperationalError",
        "(psycopg2.errors.DeadlockDetected) deadlock detected\nDETAIL:  Process 123 waits "
        "for ShareLock on transaction 456; blocked by process 789.",
        None,
        T,
    ),
    (
        "psycopg.errors.DatabaseError",
        "could not serialize access due to concurrent update",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "could not serialize access due to read/write dependencies among transactions",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "canceling statement due to lock timeout",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'could not obtain lock on row in relation "orders"',
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "canceling statement due to statement timeout",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "terminating connection due to idle-in-transaction timeout",
        None,
        T,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'could not extend file "base/16384/16385": No space left on device\nHINT:  Check free disk space.',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'out of memory\nDETAIL:  Failed on request of size 8192 in memory context "ExecutorState".',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "out of shared memory\nHINT:  You might need to increase max_locks_per_transaction.",
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'could not write to file "base/pgsql_tmp/pgsql_tmp123.0": No space left on device',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        "temporary file size exceeds temp_file_limit (1048576kB)",
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'too many connections for role "app"',
        None,
        R,
    ),
    (
        "asyncpg.exceptions.PostgresError",
        'too many connections for database "orders"',
        None,
        R,
    ),
    (
        "psycopg.errors.DatabaseError",
        'duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key '
        "(email)=(a@b.c) already exists.",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'insert or update on table "orders" violates foreign key constraint '
        '"orders_user_id_fkey"\nDETAIL:  Key (user_id)=(42) is not present in table '
        '"users".',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'null value in column "email" of relation "users" violates not-null constraint',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'new row for relation "orders" violates check constraint "orders_amount_check"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'conflicting key value violates exclusion constraint "no_overlap"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'update or delete on table "users" violates foreign key constraint "orders_user_id_fkey" on table "orders"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid input syntax for type integer: "abc"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid input syntax for type uuid: "123"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        "value too long for type character varying(32)",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        "numeric field overflow\nDETAIL:  A field with precision 10, scale 2 must round "
        "to an absolute value less than 10^8.",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        "integer out of range",
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'date/time field value out of range: "2024-13-45"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid byte sequence for encoding "UTF8": 0x00',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'invalid input value for enum order_status: "shipped2"',
        None,
        V,
    ),
    (
        "psycopg.errors.DatabaseError",
        'relation "orders" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'column "emial" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "function foo(integer) does not exist\nHINT:  No function matches the given name and argument types.",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'syntax error at or near "SELEC"',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "permission denied for table orders",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "permission denied for schema public",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "must be owner of table orders",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'schema "analytics" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'type "citext" does not exist',
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        "current transaction is aborted, commands ignored until end of transaction block",
        None,
        P,
    ),
    (
        "psycopg.errors.DatabaseError",
        'prepared statement "__asyncpg_stmt_1__" does not exist',
        None,
        P,
    ),
    (
        "asyncpg.exceptions.TooManyConnectionsError",
        "sorry, too many clients already",
        None,
        R,
    ),
    (
        "asyncpg.exceptions.ConnectionDoesNotExistError",
        "connection was closed in the middle of operation",
        None,
        T,
    ),
    (
        "asyncpg.exceptions._base.InterfaceError",
        "cannot perform operation: another operation is in progress",
        None,
        P,
    ),
    (
        "asyncpg.exceptions._base.InterfaceError",
        "connection is closed",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(1205, 'Lock wait timeout exceeded; try restarting transaction')",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(1213, 'Deadlock found when trying to get lock; try restarting transaction')",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Deadlock found when trying to get lock; try restarting transaction",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Lock wait timeout exceeded; try restarting transaction",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(2013, 'Lost connection to MySQL server during query')",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(2006, 'MySQL server has gone away')",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Lost connection to MySQL server during query",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "MySQL server has gone away",
        None,
        T,
    ),
    (
        "pymysql.err.OperationalError",
        "(1040, 'Too many connections')",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Too many connections",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "User app already has more than 'max_user_connections' active connections",
        None,
        R,
    ),
    (
        "pymysql.err.OperationalError",
        "(1045, \"Access denied for user 'app'@'10.0.0.9' (using password: YES)\")",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Access denied for user 'app'@'10.0.0.9' (using password: YES)",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Unknown database 'orders'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Table 'shop.orders' doesn't exist",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Unknown column 'emial' in 'field list'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "You have an error in your SQL syntax; check the manual that corresponds to your "
        "MySQL server version for the right syntax to use near 'SELEC' at line 1",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "SELECT command denied to user 'app'@'10.0.0.9' for table 'orders'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Duplicate entry 'a@b.c' for key 'users.email'",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Cannot add or update a child row: a foreign key constraint fails "
        "(`shop`.`orders`, CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES "
        "`users` (`id`))",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Cannot delete or update a parent row: a foreign key constraint fails "
        "(`shop`.`orders`, CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES "
        "`users` (`id`))",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Column 'email' cannot be null",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Data too long for column 'name' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Out of range value for column 'qty' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect integer value: 'abc' for column 'qty' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect datetime value: '2024-13-45' for column 'created_at' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'name' at row 1",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Check constraint 'qty_positive' is violated.",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Field 'email' doesn't have a default value",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "The table 'tmp_orders' is full",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Error writing file '/tmp/MYfd=42' (OS errno 28 - No space left on device)",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Out of memory; restart server and try again (needed 65536 bytes)",
        None,
        R,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "The MySQL server is running with the --read-only option so it cannot execute this statement",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Got a packet bigger than 'max_allowed_packet' bytes",
        None,
        V,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Query execution was interrupted, maximum statement execution time exceeded",
        None,
        T,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "Host '10.0.0.9' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'",
        None,
        P,
    ),
    (
        "mysql.connector.errors.DatabaseError",
        "WSREP has not yet prepared node for application use",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('40001', '[40001] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Transaction (Process ID 57) was deadlocked on lock resources with "
        "another process and has been chosen as the deadlock victim. Rerun the "
        "transaction. (1205) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Query timeout expired (0) (SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired (0) (SQLDriverConnect)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('08S01', '[08S01] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: An "
        "existing connection was forcibly closed by the remote host.\\r\\n (10054) "
        "(SQLExecDirectW)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: "
        "Error code 0x2749 (10057) (SQLDriverConnect)')",
        None,
        T,
    ),
    (
        "pyodbc.Error",
        "('28000', \"[28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login "
        "failed for user 'app'. (18456) (SQLDriverConnect)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42S02', \"[42S02] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Invalid object name 'dbo.orders'. (208) (SQLExecDirectW)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('42S22', \"[42S22] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Invalid column name 'emial'. (207) (SQLExecDirectW)\")",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
        "Server]Violation of PRIMARY KEY constraint 'PK_orders'. Cannot insert duplicate "
        "key in object 'dbo.orders'. The duplicate key value is (42). (2627) "
        '(SQLExecDirectW)")',
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot "
        "insert the value NULL into column 'email', table 'shop.dbo.users'; column does "
        'not allow nulls. INSERT fails. (515) (SQLExecDirectW)")',
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('22001', '[22001] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]String "
        "or binary data would be truncated. (8152) (SQLExecDirectW)')",
        None,
        V,
    ),
    (
        "pyodbc.Error",
        "('IM002', '[IM002] [unixODBC][Driver Manager]Data source name not found and no "
        "default driver specified (0) (SQLDriverConnect)')",
        None,
        P,
    ),
    (
        "pyodbc.Error",
        "('01000', \"[01000] [unixODBC][Driver Manager]Can't open lib 'ODBC Driver 17 for "
        "SQL Server' : file not found (0) (SQLDriverConnect)\")",
        None,
        P,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(1105, b\"Could not allocate space for object 'dbo.orders' in database 'shop' "
        "because the 'PRIMARY' filegroup is full.DB-Lib error message 20018, severity "
        '17")',
        None,
        R,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(9002, b\"The transaction log for database 'shop' is full due to "
        "'LOG_BACKUP'.DB-Lib error message 20018, severity 17\")",
        None,
        R,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(40613, b\"Database 'shop' on server 'srv' is not currently available. Please "
        'retry the connection later.DB-Lib error message 20018, severity 20")',
        None,
        T,
    ),
    (
        "pymssql.exceptions.OperationalError",
        "(20009, b'DB-Lib error message 20009, severity 9:\\nUnable to connect: Adaptive "
        "Server is unavailable or does not exist (db.internal)\\n')",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00060: deadlock detected while waiting for resource",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00054: resource busy and acquire with NOWAIT specified or timeout expired",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00001: unique constraint (SHOP.USERS_EMAIL_UK) violated",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-01400: cannot insert NULL into ("SHOP"."USERS"."EMAIL")',
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-02291: integrity constraint (SHOP.FK_USER) violated - parent key not found",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-12899: value too large for column "SHOP"."USERS"."NAME" (actual: 40, maximum: 32)',
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01722: invalid number",
        None,
        V,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00942: table or view does not exist",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-00904: "EMIAL": invalid identifier',
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01017: invalid username/password; logon denied",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01031: insufficient privileges",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01653: unable to extend table SHOP.ORDERS by 128 in tablespace USERS",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        'ORA-04031: unable to allocate 4160 bytes of shared memory ("shared '
        'pool","unknown object","sga heap(1,0)","kglsim object batch")',
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-00020: maximum number of processes (300) exceeded",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12541: TNS:no listener",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-12514: TNS:listener does not currently know of service requested in connect descriptor",
        None,
        P,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-03113: end-of-file on communication channel",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01089: immediate shutdown or close in progress - no operations are permitted",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-01033: ORACLE initialization or shutdown in progress",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "ORA-08177: can't serialize access for this transaction",
        None,
        T,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-6005: cannot connect to database (CONNECTION_ID=abc).\n[Errno 111] Connection refused",
        None,
        T,
    ),
    (
        "oracledb.exceptions.InterfaceError",
        "DPY-1001: not connected to database",
        None,
        P,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-4011: the database or network closed the connection",
        None,
        T,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "DPY-3010: connections to this database server version are not supported by python-oracledb in thin mode",
        None,
        P,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-6000: cannot connect to database. Listener refused connection. (Similar to ORA-12514)",
        None,
        P,
    ),
    (
        "oracledb.exceptions.InterfaceError",
        "DPY-4027: no configuration directory to search for tnsnames.ora",
        None,
        P,
    ),
    (
        "oracledb.exceptions.ProgrammingError",
        'DPY-2006: keyword parameter "x" is not supported',
        None,
        P,
    ),
    (
        "oracledb.exceptions.OperationalError",
        "DPY-4005: timed out waiting for the connection pool to return a connection",
        None,
        R,
    ),
    (
        "oracledb.exceptions.DatabaseError",
        "DPY-4024: call timeout of 5000 ms exceeded",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "database is locked",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "database table is locked",
        None,
        T,
    ),
    (
        "sqlite3.OperationalError",
        "no such table: orders",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "no such column: emial",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "unable to open database file",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "attempt to write a readonly database",
        None,
        P,
    ),
    (
        "sqlite3.OperationalError",
        "database or disk is full",
        None,
        R,
    ),
    (
        "sqlite3.OperationalError",
        'near "SELEC": syntax error',
        None,
        P,
    ),
    (
        "sqlite3.DatabaseError",
        "database disk image is malformed",
        None,
        P,
    ),
    (
        "sqlite3.DatabaseError",
        "file is not a database",
        None,
        P,
    ),
    (
        "sqlite3.IntegrityError",
        "UNIQUE constraint failed: users.email",
        None,
        V,
    ),
    (
        "sqlite3.IntegrityError",
        "NOT NULL constraint failed: users.email",
        None,
        V,
    ),
    (
        "sqlite3.IntegrityError",
        "FOREIGN KEY constraint failed",
        None,
        V,
    ),
    (
        "sqlite3.IntegrityError",
        "CHECK constraint failed: qty > 0",
        None,
        V,
    ),
    (
        "sqlite3.ProgrammingError",
        "Incorrect number of bindings supplied. The current statement uses 2, and there are 3 supplied.",
        None,
        P,
    ),
    (
        "sqlite3.ProgrammingError",
        "Cannot operate on a closed database.",
        None,
        P,
    ),
    (
        "sqlite3.ProgrammingError",
        "SQLite objects created in a thread can only be used in that same thread. The "
        "object was created in thread id 1 and this is thread id 2.",
        None,
        P,
    ),
    (
        "sqlite3.InterfaceError",
        "Error binding parameter 1 - probably unsupported type.",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.",
        None,
        T,
    ),
    (
        "redis.exceptions.BusyLoadingError",
        "Redis is loading the dataset in memory",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "LOADING Redis is loading the dataset in memory",
        None,
        T,
    ),
    (
        "redis.exceptions.ReadOnlyError",
        "You can't write against a read only replica.",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "READONLY You can't write against a read only replica.",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "OOM command not allowed when used memory > 'maxmemory'.",
        None,
        R,
    ),
    (
        "redis.exceptions.ResponseError",
        "MOVED 3999 127.0.0.1:6381",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "ASK 3999 127.0.0.1:6381",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "TRYAGAIN Multiple keys request during rehashing of slot",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "CLUSTERDOWN The cluster is down",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "CLUSTERDOWN Hash slot not served",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOAUTH Authentication required.",
        None,
        P,
    ),
    (
        "redis.exceptions.AuthenticationError",
        "WRONGPASS invalid username-password pair or user is disabled.",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOPERM this user has no permissions to run the 'flushall' command",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR value is not an integer or out of range",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR value is not a valid float",
        None,
        V,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR unknown command 'JSON.SET', with args beginning with: 'k' '$' '{}' ",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR wrong number of arguments for 'set' command",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR syntax error",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR max number of clients reached",
        None,
        R,
    ),
    (
        "redis.exceptions.ResponseError",
        "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to "
        "persist to disk. Commands that may modify the data set are disabled, because "
        "this instance is configured to report errors during writes if RDB snapshotting "
        "fails (stop-writes-on-bgsave-error option). Please check the Redis logs for "
        "details about the RDB error.",
        None,
        R,
    ),
    (
        "redis.exceptions.ResponseError",
        "EXECABORT Transaction discarded because of previous errors.",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOSCRIPT No matching script. Please use EVAL.",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "CROSSSLOT Keys in request don't hash to the same slot",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "ERR Error running script (call to f_abc): @user_script:1: user_script:1: attempt to compare nil with number",
        None,
        P,
    ),
    (
        "redis.exceptions.ResponseError",
        "UNBLOCKED client unblocked via CLIENT UNBLOCK",
        None,
        T,
    ),
    (
        "redis.exceptions.ResponseError",
        "NOREPLICAS Not enough good replicas to write.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Error 111 connecting to redis:6379. Connection refused.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Connection closed by server.",
        None,
        T,
    ),
    (
        "redis.exceptions.ConnectionError",
        "Too many connections",
        None,
        R,
    ),
    (
        "redis.exceptions.ConnectionError",
        "max number of clients reached",
        None,
        R,
    ),
    (
        "redis.exceptions.TimeoutError",
        "Timeout reading from socket",
        None,
        T,
    ),
    (
        "redis.exceptions.DataError",
        "Invalid input of type: 'dict'. Convert to a bytes, string, int or float first.",
        None,
        V,
    ),
    (
        "pymongo.errors.DuplicateKeyError",
        "E11000 duplicate key error collection: shop.users index: email_1 dup key: { "
        "email: \"a@b.c\" }, full error: {'index': 0, 'code': 11000}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Document failed validation, full error: {'ok': 0.0, 'errmsg': 'Document failed "
        "validation', 'code': 121, 'codeName': 'DocumentValidationFailure'}",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication "
        "failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "not authorized on shop to execute command { find: \"users\" }, full error: {'ok': "
        "0.0, 'code': 13, 'codeName': 'Unauthorized'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "WriteConflict error: this operation conflicted with another operation. Please "
        "retry your operation or multi-document transaction., full error: {'code': 112, "
        "'codeName': 'WriteConflict'}",
        None,
        T,
    ),
    (
        "pymongo.errors.NotPrimaryError",
        "not primary, full error: {'ok': 0.0, 'errmsg': 'not primary', 'code': 10107, "
        "'codeName': 'NotWritablePrimary'}",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "operation exceeded time limit, full error: {'ok': 0.0, 'errmsg': 'operation "
        "exceeded time limit', 'code': 50, 'codeName': 'MaxTimeMSExpired'}",
        None,
        T,
    ),
    (
        "pymongo.errors.ServerSelectionTimeoutError",
        "localhost:27017: [Errno 111] Connection refused, Timeout: 30s, Topology "
        "Description: <TopologyDescription id: 1, topology_type: Unknown>",
        None,
        T,
    ),
    (
        "pymongo.errors.AutoReconnect",
        "connection closed",
        None,
        T,
    ),
    (
        "pymongo.errors.OperationFailure",
        "ns does not exist, full error: {'ok': 0.0, 'errmsg': 'ns does not exist', "
        "'code': 26, 'codeName': 'NamespaceNotFound'}",
        None,
        P,
    ),
    (
        "pymongo.errors.OperationFailure",
        "Transaction numbers are only allowed on a replica set member or mongos, full "
        "error: {'code': 20, 'codeName': 'IllegalOperation'}",
        None,
        P,
    ),
    (
        "pymongo.errors.DocumentTooLarge",
        "BSON document too large (17000000 bytes) - the connected server supports BSON "
        "document sizes up to 16777216 bytes.",
        None,
        V,
    ),
    (
        "pymongo.errors.OperationFailure",
        "you are over your space quota, using 513 MB of 512 MB, full error: {'ok': 0, "
        "'errmsg': 'you are over your space quota, using 513 MB of 512 MB', 'code': "
        "8000, 'codeName': 'AtlasError'}",
        None,
        R,
    ),
    (
        "pymongo.errors.OperationFailure",
        "interrupted at shutdown, full error: {'code': 11600, 'codeName': 'InterruptedAtShutdown'}",
        None,
        T,
    ),
    (
        "cassandra.Unavailable",
        'Error from server: code=1000 [Unavailable exception] message="Cannot achieve '
        "consistency level QUORUM\" info={'consistency': 'QUORUM', 'required_replicas': "
        "2, 'alive_replicas': 1}",
        None,
        T,
    ),
    (
        "cassandra.WriteTimeout",
        "Error from server: code=1100 [Coordinator node timed out waiting for replica "
        'nodes\' responses] message="Operation timed out - received only 1 responses." '
        "info={'consistency': 'QUORUM', 'required_responses': 2, 'received_responses': "
        "1, 'write_type': 'SIMPLE'}",
        None,
        T,
    ),
    (
        "cassandra.ReadTimeout",
        "Error from server: code=1200 [Coordinator node timed out waiting for replica "
        'nodes\' responses] message="Operation timed out - received only 0 responses." '
        "info={'consistency': 'ONE', 'required_responses': 1, 'received_responses': 0}",
        None,
        T,
    ),
    (
        "cassandra.cluster.NoHostAvailable",
        "('Unable to connect to any servers', {'10.0.0.5:9042': "
        "ConnectionRefusedError(111, \"Tried connecting to [('10.0.0.5', 9042)]. Last "
        'error: Connection refused")})',
        None,
        T,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="unconfigured table orders"',
        None,
        P,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Undefined column name emial"',
        None,
        P,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Keyspace shop does not exist"',
        None,
        P,
    ),
    (
        "cassandra.protocol.SyntaxException",
        '<Error from server: code=2000 [Syntax error in CQL query] message="line 1:0 no '
        "viable alternative at input 'SELEC'\">",
        None,
        P,
    ),
    (
        "cassandra.AuthenticationFailed",
        "Failed to authenticate to 10.0.0.5:9042: Error from server: code=0100 [Bad "
        'credentials] message="Provided username app and/or password are incorrect"',
        None,
        P,
    ),
    (
        "cassandra.Unauthorized",
        'Error from server: code=2100 [Unauthorized] message="User app has no SELECT '
        'permission on <table shop.orders> or any of its parents"',
        None,
        P,
    ),
    (
        "cassandra.OperationTimedOut",
        "errors={'10.0.0.5:9042': 'Client request timeout. See "
        "Session.execute[_async](timeout)'}, last_host=10.0.0.5:9042",
        None,
        T,
    ),
    (
        "cassandra.protocol.ServerError",
        'Error from server: code=0000 [Server error] message="java.lang.RuntimeException: Overloaded"',
        None,
        T,
    ),
    (
        "cassandra.protocol.OverloadedErrorMessage",
        'Error from server: code=1001 [Coordinator node overloaded] message="Too many in flight hints: 10485"',
        None,
        T,
    ),
    (
        "cassandra.protocol.IsBootstrappingErrorMessage",
        "Error from server: code=1002 [Coordinator node is bootstrapping] "
        'message="Cannot read from a bootstrapping node"',
        None,
        T,
    ),
    (
        "cassandra.InvalidRequest",
        'Error from server: code=2200 [Invalid query] message="Batch too large"',
        None,
        V,
    ),
    (
        "cassandra.ReadFailure",
        "Error from server: code=1300 [Replica(s) failed to execute read] "
        'message="Operation failed - received 0 responses and 1 failures: '
        "READ_TOO_MANY_TOMBSTONES from /10.0.0.5:7000\" info={'consistency': 'ONE', "
        "'required_responses': 1, 'received_responses': 0, 'failures': 1}",
        None,
        P,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'mapper_parsing_exception', 'failed to parse field "
        "[created_at] of type [date] in document with id \\'1\\'. Preview of field\\'s "
        "value: \\'yesterday\\'')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'resource_already_exists_exception', 'index [orders/abc] already exists')",
        400,
        V,
    ),
    (
        "elasticsearch.NotFoundError",
        "NotFoundError(404, 'index_not_found_exception', 'no such index [orders]', orders, index_or_alias)",
        404,
        P,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(429, 'es_rejected_execution_exception', 'rejected execution of "
        "coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, "
        "all_bytes=0, coordinating_operation_bytes=1024, "
        "max_coordinating_and_primary_bytes=1000]')",
        429,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
        "[<http_request>] would be [1020MB], which is larger than the limit of [1000MB]')",
        429,
        R,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'search_phase_execution_exception', 'all shards failed')",
        503,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'master_not_discovered_exception', 'null')",
        503,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(503, 'unavailable_shards_exception', '[orders][0] primary shard is not active Timeout: [1m]')",
        503,
        T,
    ),
    (
        "elasticsearch.AuthenticationException",
        "AuthenticationException(401, 'security_exception', 'unable to authenticate user "
        "[app] for REST request [/orders/_search]')",
        401,
        P,
    ),
    (
        "elasticsearch.AuthorizationException",
        "AuthorizationException(403, 'security_exception', 'action "
        "[indices:data/write/index] is unauthorized for user [app] with effective roles "
        "[reader]')",
        403,
        P,
    ),
    (
        "elasticsearch.ConflictError",
        "ConflictError(409, 'version_conflict_engine_exception', '[1]: version conflict, "
        "required seqNo [5], primary term [1]. current document has seqNo [6] and "
        "primary term [1]')",
        409,
        T,
    ),
    (
        "elasticsearch.ApiError",
        "ApiError(403, 'cluster_block_exception', 'index [orders] blocked by: "
        "[TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
        "read-only-allow-delete block];')",
        403,
        R,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'illegal_argument_exception', 'Limit of total fields [1000] has been exceeded')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'validation_exception', 'Validation Failed: 1: this action "
        "would add [2] shards, but this cluster currently has [1000]/[1000] maximum "
        "normal shards open;')",
        400,
        R,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'parsing_exception', 'unknown query [matchh]')",
        400,
        V,
    ),
    (
        "elasticsearch.BadRequestError",
        "BadRequestError(400, 'search_phase_execution_exception', 'Result window is too "
        "large, from + size must be less than or equal to: [10000] but was [20000].')",
        400,
        V,
    ),
    (
        "elasticsearch.ConnectionError",
        "Connection error caused by: "
        "NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed "
        "to establish a new connection: [Errno 111] Connection refused)",
        None,
        T,
    ),
    (
        "opensearchpy.exceptions.TransportError",
        "TransportError(429, 'too_many_requests', '429 Too Many Requests /orders/_bulk')",
        429,
        T,
    ),
    (
        "opensearchpy.exceptions.RequestError",
        "RequestError(400, 'illegal_argument_exception', 'Rejecting mapping update to "
        "[orders] as the final mapping would have more than 1 type: [_doc, order]')",
        400,
        V,
    ),
    (
        "opensearchpy.exceptions.TransportError",
        "TransportError(500, 'index_closed_exception', 'closed')",
        500,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 241. DB::Exception: Memory limit (total) exceeded: would use 14.00 GiB "
        "(attempt to allocate chunk of 4194304 bytes), maximum: 13.95 GiB. "
        "OvercommitTracker decision: Query was selected to stop by OvercommitTracker.: "
        "While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.3.1.1)",
        None,
        R,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 60. DB::Exception: Table shop.orders does not exist. (UNKNOWN_TABLE) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 47. DB::Exception: Missing columns: 'emial' while processing query: "
        "'SELECT emial FROM users', required columns: 'emial'. (UNKNOWN_IDENTIFIER) "
        "(version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 62. DB::Exception: Syntax error: failed at position 1 ('SELEC'): SELEC 1. "
        "Expected one of: Query, ... (SYNTAX_ERROR) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 516. DB::Exception: app: Authentication failed: password is incorrect, or "
        "there is no user with such name. (AUTHENTICATION_FAILED) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 497. DB::Exception: app: Not enough privileges. To execute this query, "
        "it's necessary to have the grant INSERT ON shop.orders. (ACCESS_DENIED) "
        "(version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 159. DB::Exception: Timeout exceeded: elapsed 30.001 seconds, maximum: "
        "30. (TIMEOUT_EXCEEDED) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 27. DB::Exception: Cannot parse input: expected ',' before: 'abc': Row 1: "
        "... (CANNOT_PARSE_INPUT_ASSERTION_FAILED) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 6. DB::Exception: Cannot parse string 'abc' as UInt64: syntax error at "
        "begin of string. (CANNOT_PARSE_TEXT) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 243. DB::Exception: Cannot reserve 1.00 MiB, not enough space. (NOT_ENOUGH_SPACE) (version 24.3.1.1)",
        None,
        R,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 242. DB::Exception: Table is in readonly mode (replica path: "
        "/clickhouse/tables/01/orders/replicas/r1). (TABLE_IS_READ_ONLY) (version "
        "24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 999. Coordination::Exception: Connection loss. (KEEPER_EXCEPTION) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 210. DB::NetException: Connection refused (10.0.0.5:9000). (NETWORK_ERROR) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 53. DB::Exception: Type mismatch in IN or VALUES section. Expected: "
        "UInt64. Got: String. (TYPE_MISMATCH) (version 24.3.1.1)",
        None,
        V,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 81. DB::Exception: Database shop does not exist. (UNKNOWN_DATABASE) (version 24.3.1.1)",
        None,
        P,
    ),
    (
        "clickhouse_connect.driver.exceptions.DatabaseError",
        "Code: 394. DB::Exception: Query was cancelled. (QUERY_WAS_CANCELLED) (version 24.3.1.1)",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000606 (57P03): No active warehouse selected in the current session.  Select an "
        "active warehouse with the 'use warehouse' command.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "002003 (42S02): SQL compilation error:\nObject 'SHOP.PUBLIC.ORDERS' does not exist or not authorized.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "001003 (42000): SQL compilation error:\nsyntax error line 1 at position 0 unexpected 'SELEC'.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000904 (42000): SQL compilation error: error line 1 at position 7\ninvalid identifier 'EMIAL'",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.DatabaseError",
        "250001 (08001): Failed to connect to DB: acme.snowflakecomputing.com:443. "
        "Incorrect username or password was specified.",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.OperationalError",
        "250003: Failed to get the response. Hanging? method: post, url: "
        "https://acme.snowflakecomputing.com:443/queries/v1/query-request",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100038 (22018): Numeric value 'abc' is not recognized",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100040 (22007): Date 'yesterday' is not recognized",
        None,
        V,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000630 (57014): Statement reached its statement or warehouse timeout of 3,600 second(s) and was canceled.",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "000625 (57014): Statement '01b2' has locked table 'ORDERS' in transaction 1700 "
        "and this lock has not yet been released.",
        None,
        T,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "003001 (42501): SQL access control error:\nInsufficient privileges to operate on table 'ORDERS'",
        None,
        P,
    ),
    (
        "snowflake.connector.errors.ProgrammingError",
        "100072 (22000): NULL result in a non-nullable column",
        None,
        V,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Exceeded rate limits: too many table update operations for this table. For "
        "more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas",
        403,
        T,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Quota exceeded: Your project exceeded quota for free query bytes scanned.",
        403,
        R,
    ),
    (
        "google.api_core.exceptions.NotFound",
        "404 Not found: Table proj:shop.orders was not found in location US",
        404,
        P,
    ),
    (
        "google.api_core.exceptions.Forbidden",
        "403 Access Denied: Table proj:shop.orders: User does not have permission to query table proj:shop.orders.",
        403,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Resources exceeded during query execution: The query could not be executed in the allotted memory.",
        400,
        R,
    ),
    (
        "google.api_core.exceptions.InternalServerError",
        "500 An internal error occurred and the request could not be completed. Error: 3144498",
        500,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Error while reading data, error message: JSON table encountered too many "
        "errors, giving up. Rows: 1; errors: 1.",
        400,
        V,
    ),
    (
        "google.api_core.exceptions.Conflict",
        "409 Already Exists: Table proj:shop.orders",
        409,
        V,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Transaction is aborted due to concurrent update against table proj:shop.orders.",
        400,
        T,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        '400 Syntax error: Unexpected identifier "SELEC" at [1:1]',
        400,
        P,
    ),
    (
        "google.api_core.exceptions.BadRequest",
        "400 Unrecognized name: emial at [1:8]",
        400,
        P,
    ),
]

# Templates whose words alone decide, tried on a generic wrapper, with the rule that must decide; where a weaker
# signal would have won, the comment names it.
WRAPPED = [
    # "temporary" is not a temporary failure (message.retry would say transient): PostgreSQL 53400
    ("temporary file size exceeds temp_file_limit (1048576kB)", R, "message.tpl_pg_temp_file_limit"),
    ("current transaction is aborted, commands ignored until end of transaction block", P,
     "message.tpl_pg_failed_transaction"),
    ("cannot execute INSERT in a read-only transaction", T, "message.server_restarting"),
    ("integer out of range", V, "message.bad_data"),
    # the RuntimeError class alone says permanent (a bug): the server's words say which failure it is
    ("The MySQL server is running with the --read-only option so it cannot execute this statement", T,
     "message.server_restarting"),
    ("WSREP has not yet prepared node for application use", T, "message.server_restarting"),
    ("You can't write against a read only replica.", T, "message.server_restarting"),
    ("The table 'tmp_orders' is full", R, "message.disk_full"),
    ("Check constraint 'qty_positive' is violated.", V, "message.integrity"),
    ("Field 'email' doesn't have a default value", V, "message.tpl_mysql_row_rejected"),
    ("Got a packet bigger than 'max_allowed_packet' bytes", V, "message.tpl_mysql_row_rejected"),
    ("SELECT command denied to user 'app'@'10.0.0.9' for table 'orders'", P, "message.tpl_mysql_command_denied"),
    ("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the "
     "right syntax to use near 'SELEC' at line 1", P, "message.tpl_mysql_syntax"),
    # "connection errors" would say transient (message.network): the host stays blocked until an operator flushes it
    ("Host '10.0.0.9' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'", P,
     "message.tpl_mysql_host_blocked"),
    ("Query execution was interrupted, maximum statement execution time exceeded", T,
     "message.tpl_mysql_statement_timeout"),
    # "closed" would say transient (message.retry): the code closed the connection itself
    ("Cannot operate on a closed database.", P, "message.tpl_sqlite_api_misuse"),
    ("Incorrect number of bindings supplied. The current statement uses 2, and there are 3 supplied.", P,
     "message.tpl_sqlite_api_misuse"),
    ("ERR value is not an integer or out of range", V, "message.tpl_redis_not_a_number"),
    ("Code: 999. Coordination::Exception: Connection loss. (KEEPER_EXCEPTION) (version 24.3.1.1)", T,
     "message.tpl_clickhouse_keeper_session"),
    ("250003: Failed to get the response. Hanging? method: post, url: https://acme.snowflakecomputing.com:443/"
     "queries/v1/query-request", T, "message.tpl_snowflake_no_response"),
    ("500 An internal error occurred and the request could not be completed. Error: 3144498", T,
     "message.tpl_bigquery_internal_error"),
    ("400 Error while reading data, error message: JSON table encountered too many errors, giving up. Rows: 1; "
     "errors: 1.", V, "message.tpl_rejected_input"),
    ("BadRequestError(400, 'search_phase_execution_exception', 'Result window is too large, from + size must be less "
     "than or equal to: [10000] but was [20000].')", V, "message.tpl_rejected_input"),
]  # fmt: skip


@pytest.mark.parametrize(("exc_type", "message", "status", "label"), TEMPLATES)
def test_source_template_gets_its_label(
    clf: Classifier, exc_type: str, message: str, status: int | None, label: Category
) -> None:
    assert verdict_of(clf, exc_type, message, status)[0] is label


@pytest.mark.parametrize(("message", "label", "rule_id"), WRAPPED)
def test_template_words_decide_on_a_generic_wrapper(
    clf: Classifier, message: str, label: Category, rule_id: str
) -> None:
    assert verdict_of(clf, "builtins.RuntimeError", message) == (label, rule_id)
