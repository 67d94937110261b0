"""Article annotations: the full analysis JSON per article (with the analyser version), and
normalised entities and mentions so "which articles mention X" and "entities of article Y"
are index lookups."""

from __future__ import annotations

import json

from ..errors import NotFoundError
from .db import utcnow


def _entity(row, mentions: int | None = None) -> dict:
    out = {"id": row["id"], "canonical": row["canonical"], "kind": row["kind"],
           "code": row["code"]}
    if mentions is not None:
        out["mentions"] = mentions
    return out


class AnalysisMixin:
    def save_analysis(self, article_id: int, result: dict) -> None:
        """Store (replacing) an article's analysis and its entity mentions, in one transaction."""
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO annotations(article_id, version, data, created) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, "
                "data = excluded.data, created = excluded.created",
                (article_id, result.get("version", ""), json.dumps(result, ensure_ascii=False),
                 utcnow()),
            )
            conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            rows = []
            for m in result.get("entities", []):
                if not m.get("canonical") or not m.get("kind"):
                    continue
                entity_id = self._entity_id(conn, m["canonical"], m["kind"], m.get("code"))
                rows.append((article_id, entity_id, m["start"], m["end"], m["text"],
                             m.get("label")))
            conn.executemany(
                "INSERT INTO mentions(article_id, entity_id, start, end, text, role) "
                "VALUES (?, ?, ?, ?, ?, ?)", rows)

    def _entity_id(self, conn, canonical: str, kind: str, code: str | None) -> int:
        row = conn.execute("SELECT id, code FROM entities WHERE canonical = ? AND kind = ?",
                           (canonical, kind)).fetchone()
        if row:
            if code and not row["code"]:
                conn.execute("UPDATE entities SET code = ? WHERE id = ?", (code, row["id"]))
            return row["id"]
        cur = conn.execute("INSERT INTO entities(canonical, kind, code) VALUES (?, ?, ?)",
                           (canonical, kind, code))
        return cur.lastrowid

    def get_analysis(self, article_id: int) -> dict | None:
        row = self.db.read().execute("SELECT data FROM annotations WHERE article_id = ?",
                                     (article_id,)).fetchone()
        return json.loads(row["data"]) if row else None

    def analysis_version(self, article_id: int) -> str | None:
        row = self.db.read().execute("SELECT version FROM annotations WHERE article_id = ?",
                                     (article_id,)).fetchone()
        return row["version"] if row else None

    def article_entities(self, article_id: int) -> list[dict]:
        """Entities of one article, most mentioned first: {id, canonical, kind, code, mentions,
        first} (``first``: where in the text the first mention starts)."""
        rows = self.db.read().execute(
            """SELECT e.id, e.canonical, e.kind, e.code, COUNT(*) AS n, MIN(m.start) AS first
               FROM mentions m JOIN entities e ON e.id = m.entity_id
               WHERE m.article_id = ? GROUP BY e.id ORDER BY n DESC, e.canonical""",
            (article_id,))
        return [{**_entity(r, r["n"]), "first": r["first"]} for r in rows]

    def get_entity(self, entity_id: int) -> dict:
        row = self.db.read().execute("SELECT * FROM entities WHERE id = ?",
                                     (entity_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no entity with id {entity_id}")
        return _entity(row)

    def find_entities(self, name: str) -> list[dict]:
        """Entities whose canonical name or any mention text equals ``name`` (any case),
        with how many articles mention each, most first."""
        rows = self.db.read().execute(
            """SELECT e.id, e.canonical, e.kind, e.code,
                      (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) AS n
               FROM entities e
               WHERE e.canonical = ? COLLATE NOCASE
                  OR e.id IN (SELECT entity_id FROM mentions WHERE text = ? COLLATE NOCASE)
               ORDER BY n DESC, e.id""",
            (name, name))
        return [_entity(r, r["n"]) for r in rows]

    def entity_article_ids(self, entity_id: int, limit: int | None = None) -> list[int]:
        """Articles that mention an entity, newest first."""
        sql = ("SELECT DISTINCT m.article_id FROM mentions m JOIN articles a ON a.id = m.article_id "
               "WHERE m.entity_id = ? ORDER BY a.published DESC, a.id DESC")
        params: tuple = (entity_id,)
        if limit is not None:
            sql += " LIMIT ?"
            params += (limit,)
        return [r[0] for r in self.db.read().execute(sql, params)]

    def articles_needing_analysis(self, version: str) -> list[int]:
        """Articles never analysed, or analysed by another analyser version."""
        rows = self.db.read().execute(
            """SELECT a.id FROM articles a LEFT JOIN annotations n ON n.article_id = a.id
               WHERE n.article_id IS NULL OR n.version IS NOT ? ORDER BY a.id""",
            (version,))
        return [r[0] for r in rows]
