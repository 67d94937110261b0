"""Online backup, restore and integrity check of the SQLite file (SQLite's backup API).

A backup is a consistent copy taken while readers and the writer keep working. A restore
copies a checked backup into the live file in one SQLite transaction, so a failure or a kill
leaves the old database as it was: never a half-restored one.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import DatabaseFormatError, StoreError
from .db import APPLICATION_ID, SQLITE_HEADER, looks_truncated, connect, migrate
from .migrations import MIGRATIONS


def _open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def inspect_database(path: str | Path) -> list[str]:
    """Problems that make ``path`` unusable as a newsdesk database; [] when it is sound.

    Reads without writing: checks the header, the application id, the migrations it knows
    and SQLite's own ``integrity_check`` and ``foreign_key_check``.
    """
    p = Path(path)
    if not p.is_file():
        return [f"{path}: no such file"]
    with open(p, "rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER):
        return [f"{path} is not a SQLite database"]
    if looks_truncated(p, header):
        return [f"{path} is truncated: the file is shorter than its header says"]
    try:
        conn = _open_readonly(p)
    except sqlite3.Error as e:
        return [f"{path} cannot be opened: {e}"]
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID or "migrations" not in tables:
            return [f"{path} is a SQLite database, but not a newsdesk one"]
        problems = [f"integrity: {r[0]}" for r in conn.execute("PRAGMA integrity_check(20)")
                    if r[0] != "ok"]
        if problems:
            return problems
        problems += [f"foreign key: {r[0]} row {r[1]} points to a missing {r[2]}"
                     for r in conn.execute("PRAGMA foreign_key_check")]
        known = {name for name, _ in MIGRATIONS}
        newer = sorted({r[0] for r in conn.execute("SELECT name FROM migrations")} - known)
        if newer:
            problems.append("written by a newer newsdesk (unknown migrations: "
                            + ", ".join(newer) + ")")
        return problems
    except sqlite3.DatabaseError as e:
        return [f"{path} is damaged: {e}"]
    finally:
        conn.close()


def backup_database(db_path: str | Path, dest: str | Path, *, overwrite: bool = False) -> int:
    """Copy the live database to ``dest`` while it stays in use; returns the bytes written.

    The copy is written beside ``dest`` under a temporary name, checked, then renamed into
    place, so ``dest`` is either the old file or a complete backup.
    """
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise StoreError(f"{dest} is a directory: give a file name for the backup")
    if dest.exists() and not overwrite:
        raise StoreError(f"{dest} already exists", hint="choose another name or pass --force")
    if Path(db_path).resolve() == dest.resolve():
        raise StoreError("the backup file cannot be the database itself")
    if not Path(db_path).is_file():
        raise StoreError(f"{db_path}: no such database to back up")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create the folder for {dest}: {e.strerror}") from None
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    source = connect(db_path)
    try:
        target = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(target)
            # A backup is one self-contained file: no WAL beside it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        problems = inspect_database(tmp)
        if problems:
            raise StoreError(f"the backup failed its check: {problems[0]}")
        os.replace(tmp, dest)
    except sqlite3.Error as e:
        raise StoreError(f"backup to {dest} failed: {e}") from None
    except OSError as e:
        raise StoreError(f"backup to {dest} failed: {e.strerror or e}") from None
    finally:
        source.close()
        for leftover in (tmp, Path(f"{tmp}-journal")):
            if leftover.exists():
                leftover.unlink()
    return dest.stat().st_size


def restore_database(backup: str | Path, db_path: str | Path) -> None:
    """Replace the database at ``db_path`` by the backup ``backup``, in one transaction.

    Refuses a backup that is not a sound newsdesk database, and a target that exists but is
    not one (it is not ours to overwrite). Older backups are migrated after the copy.
    """
    backup = Path(backup)
    problems = inspect_database(backup)
    if problems:
        raise DatabaseFormatError(f"refusing to restore {backup}: {problems[0]}",
                                  hint="give a file written by 'newsdesk backup'")
    if Path(db_path).resolve() == backup.resolve():
        raise StoreError("the backup file is the database itself")
    try:
        target = connect(db_path)
    except DatabaseFormatError as e:
        raise DatabaseFormatError(
            f"refusing to restore over {db_path}: {e}",
            hint="move the damaged or foreign file aside, then restore to its path",
        ) from None
    try:
        source = _open_readonly(backup)
        try:
            # One backup step copies every page under one write lock: readers see the old
            # database or the new one, and a crash rolls back to the old one.
            source.backup(target, pages=-1)
        finally:
            source.close()
        migrate(target)
        bad = [r[0] for r in target.execute("PRAGMA integrity_check(5)") if r[0] != "ok"]
        if bad:
            raise StoreError(f"the restored database failed its check: {bad[0]}")
    except sqlite3.Error as e:
        raise StoreError(f"restore into {db_path} failed (the database is unchanged): {e}") from None
    finally:
        target.close()


def dump_rows(db_path: str | Path) -> dict[str, list[tuple]]:
    """Every table's rows in primary-key order: what a round trip must preserve."""
    conn = _open_readonly(Path(db_path)) if Path(db_path).exists() else None
    if conn is None:
        raise StoreError(f"{db_path}: no such file")
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        out = {}
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            try:
                rows = conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
            except sqlite3.OperationalError:  # WITHOUT ROWID or virtual tables
                rows = conn.execute(f"SELECT * FROM {quoted} ORDER BY 1")
            out[table] = [tuple(r) for r in rows]
        return out
    finally:
        conn.close()
