"""Search in the store: FTS5 full text (BM25, snippets) and a cached matrix of article vectors.

Highlighted terms in snippets are wrapped in ``HL_OPEN``/``HL_CLOSE`` (control characters that
never occur in article text), so each front end can escape the text first, then mark it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HL_OPEN, HL_CLOSE = "\x02", "\x03"
_TERM = re.compile(r'"[^"]+"|[\w][\w\'’-]*', re.UNICODE)
_TIME = "COALESCE(a.published, a.fetched, a.created)"


@dataclass
class SearchFilters:
    outlet: str | None = None  # outlet name or domain
    since: str | None = None  # ISO date or time, inclusive
    until: str | None = None  # ISO date or time, inclusive (a date covers the whole day)
    story: int | None = None
    entity: str | None = None  # applied by stories.search (needs the analysis)
    event_type: str | None = None  # applied by stories.search (needs the analysis)

    def sql(self) -> tuple[str, list]:
        """WHERE conditions over ``a`` (articles), ``o`` (outlets), ``sa`` (story_articles)."""
        where, params = [], []
        if self.outlet:
            where.append("(o.name = ? COLLATE NOCASE OR o.domain = ? COLLATE NOCASE)")
            params += [self.outlet, self.outlet]
        if self.since:
            where.append(f"{_TIME} >= ?")
            params.append(self.since)
        if self.until:
            until = self.until + ("T23:59:59+99" if len(self.until) == 10 else "")
            where.append(f"{_TIME} <= ?")
            params.append(until)
        if self.story is not None:
            where.append("sa.story_id = ?")
            params.append(self.story)
        return (" AND ".join(where) or "1"), params


_STOPWORDS = frozenset("""a an and are as at be but by for from has have he her his in is it its of
on or she that the their they this to was were will with""".split())


def fts_query(text: str) -> str | None:
    """A user's words as an FTS5 query: each term (or "quoted phrase") quoted, any may match;
    BM25 ranks documents that match more and rarer terms first. Function words are dropped
    (unless nothing else is left): under OR they would match nearly every article."""
    terms = []
    for t in _TERM.findall(text or ""):
        t = t.strip('"').replace('"', "")
        if t:
            terms.append(t)
    content = [t for t in terms if t.lower() not in _STOPWORDS]
    terms = content or terms
    return " OR ".join('"' + t + '"' for t in terms) if terms else None


_JOINS = ("FROM articles_fts f JOIN articles a ON a.id = f.rowid "
          "LEFT JOIN outlets o ON o.id = a.outlet_id "
          "LEFT JOIN story_articles sa ON sa.article_id = a.id")


class SearchMixin:
    _vector_cache = None  # (last article_id loaded, ids array, float32 matrix)

    def search_text(self, query: str, filters: SearchFilters | None = None,
                    limit: int = 50, snippets: bool = True) -> list[dict]:
        """Full-text hits, best BM25 first: {id, score, snippet} (title weighs 5x the body).
        Without ``snippets`` (candidates for fusion) no text is read back: much faster."""
        match = fts_query(query)
        if match is None:
            return []
        where, params = (filters or SearchFilters()).sql()
        snip = (f"snippet(articles_fts, 1, '{HL_OPEN}', '{HL_CLOSE}', '…', 16)" if snippets
                else "NULL")
        joins = _JOINS if where != "1" else "FROM articles_fts f JOIN articles a ON a.id = f.rowid"
        rows = self.db.read().execute(
            f"SELECT a.id, bm25(articles_fts, 5.0, 1.0) AS rank, {snip} AS snip "
            f"{joins} WHERE articles_fts MATCH ? AND {where} ORDER BY rank LIMIT ?",
            [match, *params, limit])
        return [{"id": r[0], "score": -r[1], "snippet": r[2]} for r in rows]

    def snippets(self, query: str, ids: list[int]) -> dict[int, str]:
        """FTS5 snippets of given articles for a query (for hits found by vector only)."""
        match = fts_query(query)
        if match is None or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.read().execute(
            f"SELECT rowid, snippet(articles_fts, 1, '{HL_OPEN}', '{HL_CLOSE}', '…', 16) "
            f"FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN ({marks})", [match, *ids])
        return {r[0]: r[1] for r in rows}

    def filter_article_ids(self, filters: SearchFilters) -> set[int]:
        """Articles that pass the SQL filters (for the vector side of a search)."""
        where, params = filters.sql()
        rows = self.db.read().execute(
            "SELECT a.id FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
            f"LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE {where}", params)
        return {r[0] for r in rows}

    def vector_matrix(self):
        """(ids, matrix) of every article vector, cached in the process and topped up with
        rows added since the last call (one index range scan)."""
        import numpy as np

        cache = self._vector_cache or (0, np.zeros(0, np.int64), np.zeros((0, 384), np.float32))
        last, ids, matrix = cache
        new_ids, blobs = [], []
        while True:
            rows = self.embeddings_after(last)
            if not rows:
                break
            for aid, blob in rows:
                new_ids.append(aid)
                blobs.append(blob)
            last = rows[-1][0]
        if new_ids:
            fresh = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(new_ids), -1)
            ids = np.concatenate([ids, np.asarray(new_ids, np.int64)])
            matrix = np.concatenate([matrix, fresh.astype(np.float32)])
        self._vector_cache = (last, ids, matrix)
        return ids, matrix

    def existing_article_ids(self, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self.db.read().execute(
            f"SELECT id FROM articles WHERE id IN ({marks})", ids)}
