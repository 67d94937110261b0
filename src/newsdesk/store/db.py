"""Opening the SQLite file: WAL, foreign keys, migrations, and a clear error for foreign files."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..errors import DatabaseFormatError, StoreError
from .migrations import MIGRATIONS

APPLICATION_ID = 0x4E575344  # "NWSD", written in the file header
SQLITE_HEADER = b"SQLite format 3\x00"


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) a newsdesk database and bring its schema up to date."""
    path = str(path)
    if path != ":memory:":
        p = Path(path)
        if p.exists() and p.is_dir():
            raise StoreError(f"{path} is a directory, not a database file")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create the folder for {path}: {e.strerror}") from None
        if p.exists() and p.stat().st_size > 0:
            with open(p, "rb") as f:
                header = f.read(100)
            if not header.startswith(SQLITE_HEADER):
                raise DatabaseFormatError(f"{path} is not a SQLite database")
            if looks_truncated(p, header):
                raise DatabaseFormatError(f"{path} is truncated: the file is shorter than its "
                                          "header says")
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        # Identify the file before changing anything in it (WAL mode rewrites the header).
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables
                                                 and "migrations" not in tables):
            conn.close()
            raise DatabaseFormatError(f"{path} is a SQLite database, but not a newsdesk one")
        conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as e:
        if conn is not None:
            conn.close()
        raise DatabaseFormatError(f"{path} cannot be opened as a database: {e}") from None
    return conn


def looks_truncated(p: Path, header: bytes) -> bool:
    """The header's page count (when SQLite marks it valid) against the file size: a cheap
    check that catches a cut-off copy before SQLite reads garbage from it. Skipped while a
    WAL file holds changes, since the newest header may then live in the WAL."""
    if len(header) < 100:
        return True
    wal = Path(str(p) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    return valid and pages > 0 and p.stat().st_size < pages * page_size


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this file has not seen; return their names."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)"
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    done = {r[0] for r in conn.execute("SELECT name FROM migrations")}
    known = {name for name, _ in MIGRATIONS}
    if done - known:
        raise DatabaseFormatError(
            "the database was written by a newer newsdesk (unknown migrations: "
            + ", ".join(sorted(done - known)) + ")",
            hint="upgrade newsdesk",
        )
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations(name, applied) VALUES (?, ?)", (name, utcnow()))
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {name} failed: {e}") from None
        applied.append(name)
    return applied


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit on its own)."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


class Database:
    """A connection plus one write lock: one writer at a time, readers in parallel (WAL)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.conn = connect(self.path)
        self._write_lock = threading.RLock()
        self._depth = 0
        self._owner = threading.get_ident()
        self._local = threading.local()
        self._writer: int | None = None

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A ``BEGIN IMMEDIATE`` transaction; nested calls join the outer one."""
        with self._write_lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            self._writer = threading.get_ident()
            try:
                yield self.conn
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            else:
                self._depth = 0
                self.conn.execute("COMMIT")

    def read(self) -> sqlite3.Connection:
        """A connection for reading: the main one on its own thread or inside a write,
        else one per thread, so readers in a web server never share a cursor."""
        me = threading.get_ident()
        if self.path == ":memory:" or me == self._owner or (self._depth and me == self._writer):
            return self.conn
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False,
                                   isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 30000")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        self.conn.close()
