"""Articles stored but not yet through the post-store stages (analysis, embedding, stories).

The ingest marks a chunk's new or changed articles in the same transaction that stores them
and unmarks them once the stages ran. A process killed in between leaves its mark, and the
next ingest adopts and finishes that work: a re-run finds those articles "unchanged", so
without the mark they would never be analysed. Marks live in ``meta`` under the writing
process's id, so two live processes never take each other's work.
"""

from __future__ import annotations

import json
import os

_PREFIX = "pending_stages:"


def _key(pid: int | None = None) -> str:
    return f"{_PREFIX}{pid or os.getpid()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _orphaned(key: str) -> bool:
    pid = key[len(_PREFIX):]
    return pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid))


def _update(conn, add: set[int] = frozenset(), remove: set[int] = frozenset()) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_key(),)).fetchone()
    ids = (set(json.loads(row[0])) if row else set()) | set(add)
    ids -= set(remove)
    if ids:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (_key(), json.dumps(sorted(ids))))
    else:
        conn.execute("DELETE FROM meta WHERE key = ?", (_key(),))


def mark_pending(store, article_ids: list[int]) -> None:
    """Mark articles as awaiting the stages (join the transaction that stores them)."""
    if article_ids:
        with store.db.write() as conn:
            _update(conn, add=set(article_ids))


def unmark_pending(store, article_ids: list[int]) -> None:
    if article_ids:
        with store.db.write() as conn:
            _update(conn, remove=set(article_ids))


def adopt_orphaned(store) -> list[int]:
    """Take over the marks of processes that died; returns those article ids (still marked,
    now under this process, until ``unmark_pending``)."""
    marks = store.db.read().execute("SELECT key FROM meta WHERE key LIKE ?",
                                    (_PREFIX + "%",)).fetchall()
    if not any(_orphaned(key) for (key,) in marks):
        return []  # the common case, answered without taking the write lock
    with store.db.write() as conn:
        rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                            (_PREFIX + "%",)).fetchall()
        orphaned: set[int] = set()
        for key, value in rows:
            if not _orphaned(key):
                continue
            try:
                orphaned |= {int(i) for i in json.loads(value)}
            except (ValueError, TypeError):
                pass  # an unreadable mark: nothing to resume from it
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        if orphaned:
            live = {r[0] for r in conn.execute(
                "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(orphaned)),))}
            orphaned &= live  # deleted since: nothing to do
            _update(conn, add=orphaned)
    return sorted(orphaned)
