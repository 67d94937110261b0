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


def fts_terms(text: str) -> list[str]:
    """A user's words as quoted FTS5 terms (or "quoted phrases"); function words are dropped
    (unless nothing else is left): under OR they would match nearly every article."""
    terms = []
    for t in _TERM.findall(text or ""):
        t = t.strip('"').replace('"', "")
        if t:
            terms.append(t)
    content = [t for t in terms if t.lower() not in _STOPWORDS]
    return ['"' + t + '"' for t in (content or terms)]


def fts_query(text: str) -> str | None:
    """A user's words as an FTS5 query: each term (or "quoted phrase") quoted, any may match;
    BM25 ranks documents that match more and rarer terms first."""
    terms = fts_terms(text)
    return " OR ".join(terms) if terms else None


# Cost control for OR queries (the idea of Lucene's common-terms query): BM25 scores every
# article matching any term, so one word found in half the archive ("new", "up") costs a
# scoring pass over tens of thousands of rows for almost no weight (its IDF is near 0).
# In an archive of at least COMMON_MIN_ARTICLES, terms found in more than COMMON_SHARE of the
# articles do not select candidates while rarer terms of the query find enough of them.
COMMON_SHARE = 0.1
COMMON_MIN_ARTICLES = 10000
_DF_CACHE_SIZE = 20000
# Vector search over a large archive first scans a 128-dimension projection of the vectors
# (principal directions), then re-scores its top candidates with the full vectors.
REDUCE_FROM = 20000
REDUCED_DIM = 128


_JOINS = ("FROM articles_fts f JOIN articles a ON a.id = f.rowid "
          "LEFT JOIN outlets o ON o.id = a.outlet_id "
          "LEFT JOIN story_articles sa ON sa.article_id = a.id")


class SearchMixin:
    _vector_cache = None  # (last article_id loaded, ids array, float32 matrix)
    _df_cache = None  # {term: (articles holding it, archive size when counted)}
    _reduced_cache = None  # (matrix it was built for, ids, basis, reduced rows)

    def search_text(self, query: str, filters: SearchFilters | None = None,
                    limit: int = 50, snippets: bool = True) -> list[dict]:
        """Full-text hits, best BM25 first: {id, score, snippet} (title weighs 5x the body).
        Without ``snippets`` (candidates for fusion) no text is read back: much faster."""
        terms = fts_terms(query)
        if not terms:
            return []
        selective = self._selective_terms(terms)
        hits = self._bm25_hits(" OR ".join(selective), filters, limit, snippets)
        if len(selective) < len(terms) and len(hits) < limit:
            hits = self._bm25_hits(" OR ".join(terms), filters, limit, snippets)
        return hits

    def _bm25_hits(self, match: str, filters: SearchFilters | None, limit: int,
                   snippets: bool) -> list[dict]:
        where, params = (filters or SearchFilters()).sql()
        snip = (f"snippet(articles_fts, 1, '{HL_OPEN}', '{HL_CLOSE}', '…', 16)" if snippets
                else "NULL")
        if where == "1":
            # The FTS table alone: a join would be evaluated for every match before the sort.
            sql = (f"SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS rank, {snip} AS snip "
                   f"FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")
        else:
            sql = (f"SELECT a.id, bm25(articles_fts, 5.0, 1.0) AS rank, {snip} AS snip "
                   f"{_JOINS} WHERE articles_fts MATCH ? AND {where} ORDER BY rank LIMIT ?")
        rows = self.db.read().execute(sql, [match, *params, limit])
        return [{"id": r[0], "score": -r[1], "snippet": r[2]} for r in rows]

    def _selective_terms(self, terms: list[str]) -> list[str]:
        """The query terms that select candidates (see COMMON_SHARE); all when none is rare."""
        conn = self.db.read()
        size = conn.execute("SELECT MAX(id) FROM articles").fetchone()[0] or 0
        if size < COMMON_MIN_ARTICLES or len(terms) < 2:
            return terms
        cache = self._df_cache
        if cache is None or len(cache) > _DF_CACHE_SIZE:
            cache = self._df_cache = {}
        keep = []
        for term in terms:
            df, counted_at = cache.get(term, (0, 0))
            if counted_at * 1.1 < size or counted_at > size:  # recount as the archive grows
                df = conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?",
                                  (term,)).fetchone()[0]
                cache[term] = (df, size)
            if df <= COMMON_SHARE * size:
                keep.append(term)
        return keep or terms

    def snippets(self, query: str, ids: list[int]) -> dict[int, str]:
        """FTS5 snippets of given articles for a query (for the page of results shown)."""
        match = fts_query(query)
        if match is None or not ids:
            return {}
        conn = self.db.read()
        out = {}
        for aid in ids:
            # One statement per id: FTS5 seeks the row; an IN list would rescan per value.
            row = conn.execute(
                f"SELECT snippet(articles_fts, 1, '{HL_OPEN}', '{HL_CLOSE}', '…', 16) "
                f"FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
                (match, aid)).fetchone()
            if row is not None:
                out[aid] = row[0]
        return out

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

        if self._vector_cache is None:  # (re)loading: the projection is refitted too
            self._reduced_cache = None
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

    def vector_index(self):
        """(ids, matrix, basis, reduced): ``vector_matrix`` plus, from REDUCE_FROM vectors on,
        every row projected onto the top REDUCED_DIM directions of the archive's vectors
        (basis: dim x REDUCED_DIM), for a coarse scan that reads a third of the memory; the
        candidates it finds are re-scored exactly. ``basis``/``reduced`` are None below that."""
        import numpy as np

        ids, matrix = self.vector_matrix()
        if len(ids) < REDUCE_FROM:
            return ids, matrix, None, None
        index = self._reduced_cache
        if index is None or index[0] is not matrix:
            if index is None:  # first use, or the vectors were reloaded
                sample = matrix[:: max(1, len(matrix) // 20000)]
                _, vecs = np.linalg.eigh(sample.T @ sample)  # ascending eigenvalues
                basis = np.ascontiguousarray(vecs[:, ::-1][:, :REDUCED_DIM], np.float32)
                reduced = matrix @ basis
            else:  # rows were appended: project only those
                basis = index[2]
                reduced = np.concatenate([index[3], matrix[len(index[3]):] @ basis])
            index = self._reduced_cache = (matrix, ids, basis, reduced)
        return ids, matrix, index[2], index[3]

    def existing_article_ids(self, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self.db.read().execute(
            f"SELECT id FROM articles WHERE id IN ({marks})", ids)}
