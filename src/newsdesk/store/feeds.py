"""Feeds (subscriptions) with their HTTP cache validators, schedule and error state."""

from __future__ import annotations

from ..errors import NotFoundError
from ..models import Feed
from .db import utcnow

_FEED_FIELDS = (
    "url", "title", "site_url", "category", "etag", "last_modified", "interval", "next_poll",
    "last_polled", "last_status", "error_count", "last_error",
)


def _feed(row) -> Feed:
    return Feed(id=row["id"], **{k: row[k] for k in _FEED_FIELDS})


class FeedsMixin:
    def add_feed(self, url: str, title: str | None = None, site_url: str | None = None,
                 category: str | None = None, interval: int | None = None) -> tuple[Feed, bool]:
        """Subscribe to a feed; returns (feed, created). Adding it again changes nothing."""
        with self.db.write() as conn:
            row = conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
            if row:
                return _feed(row), False
            cur = conn.execute(
                """INSERT INTO feeds(url, title, site_url, category, interval, next_poll, created)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (url, title, site_url, category, interval, utcnow(), utcnow()),
            )
            return self.get_feed(cur.lastrowid), True

    def get_feed(self, feed_id: int) -> Feed:
        row = self.db.read().execute("SELECT * FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no feed with id {feed_id}")
        return _feed(row)

    def find_feed(self, id_or_url: str) -> Feed:
        conn = self.db.read()
        if str(id_or_url).isdigit():
            return self.get_feed(int(id_or_url))
        row = conn.execute("SELECT * FROM feeds WHERE url = ?", (id_or_url,)).fetchone()
        if row is None:
            raise NotFoundError(f"no feed {id_or_url}")
        return _feed(row)

    def list_feeds(self) -> list[Feed]:
        rows = self.db.read().execute("SELECT * FROM feeds ORDER BY COALESCE(category, ''), id")
        return [_feed(r) for r in rows]

    def remove_feed(self, feed_id: int) -> None:
        """Unsubscribe; the articles already stored stay."""
        with self.db.write() as conn:
            if conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount == 0:
                raise NotFoundError(f"no feed with id {feed_id}")

    def due_feeds(self, now: str) -> list[Feed]:
        rows = self.db.read().execute(
            "SELECT * FROM feeds WHERE next_poll IS NULL OR next_poll <= ? ORDER BY next_poll", (now,)
        )
        return [_feed(r) for r in rows]

    def next_poll_time(self) -> str | None:
        row = self.db.read().execute("SELECT MIN(next_poll) FROM feeds").fetchone()
        return row[0]

    def update_feed(self, feed_id: int, **fields) -> None:
        """Record the outcome of a poll: validators, status, errors, next poll, title."""
        bad = set(fields) - set(_FEED_FIELDS)
        if bad:
            raise ValueError(f"unknown feed fields: {bad}")
        if not fields:
            return
        cols = ", ".join(f"{k} = ?" for k in fields)
        with self.db.write() as conn:
            conn.execute(f"UPDATE feeds SET {cols} WHERE id = ?", (*fields.values(), feed_id))
