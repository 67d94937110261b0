"""The store: the only place that knows SQL. Web, API, CLI and pipeline call these methods.

``Store`` is assembled from one mixin per entity; a PostgreSQL backend would provide the
same methods.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from .accounts import AccountsMixin
from .analysis import AnalysisMixin
from .articles import ArticlesMixin
from .comments import CommentsMixin
from .db import Database, utcnow
from .feeds import FeedsMixin
from .outlets import OutletsMixin
from .search import SearchMixin
from .stories import StoriesMixin

__all__ = ["Store", "open_store", "utcnow"]


class Store(AccountsMixin, CommentsMixin, ArticlesMixin, FeedsMixin, OutletsMixin,
            StoriesMixin, SearchMixin, AnalysisMixin):
    def __init__(self, path: str | Path):
        self.db = Database(path)
        self.path = self.db.path
        self.instance_id = uuid.uuid4().hex  # tells caches two stores apart, even in memory

    def content_version(self) -> tuple:
        """Changes when an article, analysis or story is added (index look-ups only): lets
        readers' caches drop pages as soon as there is something new."""
        return tuple(self.db.read().execute(
            """SELECT (SELECT MAX(id) FROM articles), (SELECT MAX(article_id) FROM annotations),
                      (SELECT MAX(id) FROM stories), (SELECT MAX(article_id) FROM story_articles)"""
        ).fetchone())

    def get_meta(self, key: str) -> str | None:
        row = self.db.read().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(path: str | Path) -> Store:
    return Store(path)
