"""Embeddings, stories, the articles in them and the entities they share.

Vectors are stored as float16 bytes (768 bytes for 384 dimensions); a story keeps the *sum* of
its articles' unit vectors, so adding an article or merging two stories is exact and cheap.
"""

from __future__ import annotations

from .db import utcnow

_TIME = "COALESCE(a.published, a.fetched, a.created)"


def _to_blob(vector, dtype: str = "float16") -> bytes:
    import numpy as np

    return np.asarray(vector, dtype=dtype).tobytes()


def _from_blob(blob: bytes, dtype: str = "float16"):
    import numpy as np

    return np.frombuffer(blob, dtype=dtype).astype(np.float32)


def _story_dicts(rows) -> list[dict]:
    """Story rows as dicts; the centroids decoded in one go (thousands per placement)."""
    import numpy as np

    if not rows:
        return []
    matrix = np.frombuffer(b"".join(r["centroid"] for r in rows), dtype=np.float32)
    matrix = matrix.reshape(len(rows), -1)
    return [{"id": r["id"], "title": r["title"], "first_seen": r["first_seen"],
             "last_seen": r["last_seen"], "article_count": r["article_count"],
             "centroid": matrix[i]} for i, r in enumerate(rows)]


class StoriesMixin:
    # ---- embeddings ---------------------------------------------------------------------

    def save_embeddings(self, items: list[tuple[int, object]], model: str) -> None:
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO embeddings(article_id, model, vector) VALUES (?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET model = excluded.model, "
                "vector = excluded.vector",
                [(aid, model, _to_blob(vec)) for aid, vec in items],
            )
        self._vector_cache = None  # re-embedded rows keep their rowid: reload from scratch

    def get_embeddings(self, ids: list[int]) -> dict[int, object]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.read().execute(
            f"SELECT article_id, vector FROM embeddings WHERE article_id IN ({marks})", ids)
        return {r[0]: _from_blob(r[1]) for r in rows}

    def embeddings_after(self, rowid: int, limit: int = 20000) -> list[tuple[int, bytes]]:
        """(article_id, float16 bytes) of embeddings past ``rowid``, for the vector cache."""
        rows = self.db.read().execute(
            "SELECT article_id, vector FROM embeddings WHERE article_id > ? "
            "ORDER BY article_id LIMIT ?", (rowid, limit))
        return [(r[0], r[1]) for r in rows]

    def article_ids_without_embedding(self, limit: int = 1000) -> list[int]:
        rows = self.db.read().execute(
            "SELECT a.id FROM articles a LEFT JOIN embeddings e ON e.article_id = a.id "
            "WHERE e.article_id IS NULL ORDER BY a.id LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def article_time(self, article_id: int) -> str | None:
        """When an article came out: published, else fetched, else stored."""
        row = self.db.read().execute(
            f"SELECT {_TIME} FROM articles a WHERE a.id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # ---- stories ------------------------------------------------------------------------

    def story_of(self, article_id: int) -> int | None:
        row = self.db.read().execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def stories_near(self, since: str, until: str, limit: int) -> list[dict]:
        """Stories active around a time span (the clustering candidates), latest first."""
        rows = self.db.read().execute(
            "SELECT id, title, first_seen, last_seen, article_count, centroid FROM stories "
            "WHERE last_seen >= ? AND first_seen <= ? ORDER BY last_seen DESC LIMIT ?",
            (since, until, limit)).fetchall()
        return _story_dicts(rows)

    def stories_by_ids(self, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.read().execute(
            "SELECT id, title, first_seen, last_seen, article_count, centroid FROM stories "
            f"WHERE id IN ({marks})", ids).fetchall()
        return _story_dicts(rows)

    def story_centroids(self, ids: list[int]) -> dict[int, object]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.read().execute(
            f"SELECT id, centroid FROM stories WHERE id IN ({marks})", ids)
        return {r[0]: _from_blob(r[1], "float32") for r in rows}

    def create_story(self, article_id: int, title: str, when: str, vector, score: float = 1.0) -> int:
        now = utcnow()
        with self.db.write() as conn:
            cur = conn.execute(
                "INSERT INTO stories(title, lead_article_id, first_seen, last_seen, article_count, "
                "centroid, created, updated) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
                (title, article_id, when, when, _to_blob(vector, "float32"), now, now))
            story_id = cur.lastrowid
            conn.execute("INSERT OR REPLACE INTO story_articles(article_id, story_id, score, added) "
                         "VALUES (?, ?, ?, ?)", (article_id, story_id, score, now))
            return story_id

    def add_to_story(self, story_id: int, article_id: int, when: str, vector,
                     score: float) -> None:
        """Put an article in a story; the story's span, count and centroid follow."""
        import numpy as np

        now = utcnow()
        with self.db.write() as conn:
            row = conn.execute("SELECT centroid, first_seen FROM stories WHERE id = ?",
                               (story_id,)).fetchone()
            if row is None:
                from ..errors import NotFoundError

                raise NotFoundError(f"story {story_id} does not exist (merged into another?)")
            centroid = _from_blob(row["centroid"], "float32") + np.asarray(vector, np.float32)
            conn.execute("INSERT OR REPLACE INTO story_articles(article_id, story_id, score, added) "
                         "VALUES (?, ?, ?, ?)", (article_id, story_id, score, now))
            conn.execute(
                "UPDATE stories SET first_seen = MIN(first_seen, ?), last_seen = MAX(last_seen, ?), "
                "article_count = article_count + 1, centroid = ?, updated = ? WHERE id = ?",
                (when, when, _to_blob(centroid, "float32"), now, story_id))
            if when < row["first_seen"]:
                # The earliest report names the story.
                title = conn.execute("SELECT title FROM articles WHERE id = ?",
                                     (article_id,)).fetchone()[0]
                conn.execute("UPDATE stories SET title = ?, lead_article_id = ? WHERE id = ?",
                             (title, article_id, story_id))

    def add_story_entities(self, story_id: int, names: list[tuple[str, str | None]]) -> None:
        with self.db.write() as conn:
            conn.executemany(
                "INSERT INTO story_entities(story_id, name, kind, count) VALUES (?, ?, ?, 1) "
                "ON CONFLICT(story_id, name) DO UPDATE SET count = count + 1",
                [(story_id, name, kind) for name, kind in names])

    def story_entities(self, story_ids: list[int]) -> dict[int, dict[str, int]]:
        """{story_id: {entity name: number of its articles naming it}}."""
        out: dict[int, dict[str, int]] = {sid: {} for sid in story_ids}
        if not story_ids:
            return out
        marks = ",".join("?" * len(story_ids))
        for r in self.db.read().execute(
                f"SELECT story_id, name, count FROM story_entities WHERE story_id IN ({marks})",
                story_ids):
            out[r[0]][r[1]] = r[2]
        return out

    def stories_naming(self, names: list[str], exclude: int | None, limit: int = 200) -> list[int]:
        """Stories whose articles name any of ``names``, latest first. Pass rare names only
        (see ``entity_story_counts``): a name in every story would make this a scan."""
        if not names:
            return []
        marks = ",".join("?" * len(names))
        rows = self.db.read().execute(
            f"SELECT DISTINCT e.story_id FROM story_entities e JOIN stories s ON s.id = e.story_id "
            f"WHERE e.name IN ({marks}) AND e.story_id IS NOT ? ORDER BY s.last_seen DESC LIMIT ?",
            [*names, exclude, limit])
        return [r[0] for r in rows]

    def entity_story_counts(self, names: list[str], cap: int = 500) -> dict[str, int]:
        """In how many stories each name appears, counted up to ``cap`` (so the cost stays
        bounded however common a name is); names in no story are left out."""
        out = {}
        conn = self.db.read()
        for name in dict.fromkeys(names):
            n = conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM story_entities WHERE name = ? "
                             "LIMIT ?)", (name, cap)).fetchone()[0]
            if n:
                out[name] = n
        return out

    def count_stories(self) -> int:
        return self.db.read().execute("SELECT COUNT(*) FROM stories").fetchone()[0]

    def merge_stories(self, keep: int, drop: int) -> None:
        """Fold story ``drop`` into ``keep`` (they turned out to be one story)."""
        import numpy as np

        now = utcnow()
        with self.db.write() as conn:
            rows = {r["id"]: r for r in conn.execute(
                "SELECT * FROM stories WHERE id IN (?, ?)", (keep, drop))}
            a, b = rows[keep], rows[drop]
            centroid = _from_blob(a["centroid"], "float32") + _from_blob(b["centroid"], "float32")
            first = a if a["first_seen"] <= b["first_seen"] else b
            conn.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (keep, drop))
            conn.execute(
                "INSERT INTO story_entities(story_id, name, kind, count) "
                "SELECT ?, name, kind, count FROM story_entities WHERE story_id = ? "
                "ON CONFLICT(story_id, name) DO UPDATE SET count = count + excluded.count",
                (keep, drop))
            conn.execute(
                "UPDATE stories SET title = ?, lead_article_id = ?, first_seen = ?, "
                "last_seen = ?, article_count = ?, centroid = ?, updated = ? WHERE id = ?",
                (first["title"], first["lead_article_id"], first["first_seen"],
                 max(a["last_seen"], b["last_seen"]), a["article_count"] + b["article_count"],
                 _to_blob(np.asarray(centroid, np.float32), "float32"), now, keep))
            conn.execute("DELETE FROM stories WHERE id = ?", (drop,))

    def clear_stories(self) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM story_entities")
            conn.execute("DELETE FROM story_articles")
            conn.execute("DELETE FROM stories")

    def get_story(self, story_id: int) -> dict:
        from ..errors import NotFoundError

        row = self.db.read().execute(
            "SELECT id, title, lead_article_id, first_seen, last_seen, article_count "
            "FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no story with id {story_id}")
        return dict(row)

    def story_article_ids(self, story_id: int) -> list[int]:
        """The story's articles in the order they came out."""
        rows = self.db.read().execute(
            f"SELECT a.id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            f"WHERE sa.story_id = ? ORDER BY {_TIME}, a.id", (story_id,))
        return [r[0] for r in rows]

    def list_stories(self, limit: int | None = None, offset: int = 0,
                     min_articles: int = 1) -> list[dict]:
        sql = ("SELECT id, title, lead_article_id, first_seen, last_seen, article_count "
               "FROM stories WHERE article_count >= ? ORDER BY last_seen DESC, id DESC")
        params: list = [min_articles]
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [dict(r) for r in self.db.read().execute(sql, params)]

    def story_members(self, story_ids: list[int]) -> dict[int, list[int]]:
        """{story_id: [article ids in time order]} for many stories in one query."""
        out: dict[int, list[int]] = {sid: [] for sid in story_ids}
        if not story_ids:
            return out
        marks = ",".join("?" * len(story_ids))
        rows = self.db.read().execute(
            f"SELECT sa.story_id, a.id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            f"WHERE sa.story_id IN ({marks}) ORDER BY {_TIME}, a.id", story_ids)
        for sid, aid in rows:
            out[sid].append(aid)
        return out

    def article_ids_in_order(self, limit: int | None = None) -> list[int]:
        """Every article id, oldest first (for re-clustering)."""
        sql = f"SELECT a.id FROM articles a ORDER BY {_TIME}, a.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.db.read().execute(sql)]
