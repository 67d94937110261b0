"""Readers' comments on articles. Who may change what is decided by the web layer; the store
only records it."""

from __future__ import annotations

from ..errors import NotFoundError
from .db import utcnow

_SELECT = """SELECT c.*, u.name AS author FROM comments c JOIN users u ON u.id = c.user_id"""


def _comment(row) -> dict:
    return {"id": row["id"], "article_id": row["article_id"], "user_id": row["user_id"],
            "author": row["author"], "body": row["body"], "hidden": bool(row["hidden"]),
            "created": row["created"], "updated": row["updated"]}


class CommentsMixin:
    def add_comment(self, article_id: int, user_id: int, body: str) -> dict:
        now = utcnow()
        with self.db.write() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotFoundError(f"no article with id {article_id}")
            cur = conn.execute(
                "INSERT INTO comments(article_id, user_id, body, created, updated) VALUES (?, ?, ?, ?, ?)",
                (article_id, user_id, body, now, now),
            )
            return self.get_comment(cur.lastrowid)

    def get_comment(self, comment_id: int) -> dict:
        row = self.db.read().execute(_SELECT + " WHERE c.id = ?", (comment_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no comment with id {comment_id}")
        return _comment(row)

    def list_comments(self, article_id: int, include_hidden: bool = False) -> list[dict]:
        sql = _SELECT + " WHERE c.article_id = ?"
        if not include_hidden:
            sql += " AND c.hidden = 0"
        rows = self.db.read().execute(sql + " ORDER BY c.created, c.id", (article_id,))
        return [_comment(r) for r in rows]

    def count_comments(self, article_id: int) -> int:
        return self.db.read().execute(
            "SELECT COUNT(*) FROM comments WHERE article_id = ? AND hidden = 0", (article_id,)
        ).fetchone()[0]

    def update_comment(self, comment_id: int, body: str) -> dict:
        with self.db.write() as conn:
            cur = conn.execute("UPDATE comments SET body = ?, updated = ? WHERE id = ?",
                               (body, utcnow(), comment_id))
            if cur.rowcount == 0:
                raise NotFoundError(f"no comment with id {comment_id}")
        return self.get_comment(comment_id)

    def delete_comment(self, comment_id: int) -> None:
        with self.db.write() as conn:
            if conn.execute("DELETE FROM comments WHERE id = ?", (comment_id,)).rowcount == 0:
                raise NotFoundError(f"no comment with id {comment_id}")

    def set_comment_hidden(self, comment_id: int, hidden: bool = True) -> dict:
        with self.db.write() as conn:
            cur = conn.execute("UPDATE comments SET hidden = ? WHERE id = ?", (int(hidden), comment_id))
            if cur.rowcount == 0:
                raise NotFoundError(f"no comment with id {comment_id}")
        return self.get_comment(comment_id)
