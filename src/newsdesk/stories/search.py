"""Hybrid search: FTS5 BM25 and vector similarity, fused by reciprocal rank fusion.

Vector search scores every stored vector with one matrix product over a cached float32 matrix
(from 20k vectors on, over their 128-d projection, re-scoring the best rows exactly: see
``store.vector_index``) on a worker thread while FTS5 runs; filters that SQL can answer (outlet,
dates, story) mask it; entity and event-type filters are checked on the fused candidates.
"""

from __future__ import annotations

from ..errors import InputError
from ..store.search import HL_CLOSE, HL_OPEN, SearchFilters
from .related import article_summary

RRF_K = 60  # the constant of Cormack et al. (2009): damps the head of each list
CANDIDATES = 100
COARSE_CANDIDATES = 2000  # rows of the reduced scan re-scored exactly (see store.vector_index)


def rrf(rankings: list[list[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: score(d) = sum over lists of 1 / (k + rank of d), rank from 1."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking, 1):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda t: (-t[1], t[0]))


_pool = None


def _worker():
    """One background thread per process for the vector side of a hybrid search: the query
    embedding and the matrix product release the GIL, so they overlap the FTS5 query."""
    global _pool
    if _pool is None:
        from concurrent.futures import ThreadPoolExecutor

        _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="newsdesk-vector")
    return _pool


def _allowed_ids(store, filters: SearchFilters | None):
    """Article ids the SQL filters let through, or None when there are no such filters."""
    import numpy as np

    if filters is None or not (filters.outlet or filters.since or filters.until
                               or filters.story is not None):
        return None
    return np.fromiter(store.filter_article_ids(filters), dtype=np.int64)


def _nearest(index, query: str, allowed, limit: int) -> list[tuple[int, float]]:
    """Top ``limit`` rows of a ``store.vector_index()`` by cosine to the query (no database
    access: safe off-thread). With a reduced projection, its best COARSE_CANDIDATES rows are
    re-scored with the full vectors."""
    import numpy as np

    from ..analyze.embeddings import embed

    ids, matrix, basis, reduced = index
    if not len(ids):
        return []
    q = embed([query])[0]
    rows = None
    if reduced is not None and len(ids) > COARSE_CANDIDATES:
        coarse = reduced @ (q @ basis)
        if allowed is not None:
            coarse = np.where(np.isin(ids, allowed), coarse, -np.inf)
        rows = np.argpartition(-coarse, COARSE_CANDIDATES - 1)[:COARSE_CANDIDATES]
        rows = rows[np.isfinite(coarse[rows])]
        scores = matrix[rows] @ q
    else:
        scores = matrix @ q
        if allowed is not None:
            scores = np.where(np.isin(ids, allowed), scores, -np.inf)
    k = min(limit, len(scores))
    if k == 0:
        return []
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top])]
    at = rows if rows is not None else np.arange(len(ids))
    return [(int(ids[at[i]]), float(scores[i])) for i in top if np.isfinite(scores[i])]


def vector_search(store, query: str, filters: SearchFilters | None = None,
                  limit: int = CANDIDATES) -> list[tuple[int, float]]:
    return _nearest(store.vector_index(), query, _allowed_ids(store, filters), limit)


def names_entity(store, article, entity: str) -> bool:
    """Whether an article names ``entity``: by the analysis when it ran, else by the
    fallback extractor or, failing that, the name standing as words in the text."""
    import re

    from .entities import article_entities

    if entity.lower() in {e["canonical"].lower() for e in article_entities(store, article)}:
        return True
    if getattr(store, "article_entities", None) is not None:
        return False
    pattern = r"\b" + re.escape(entity) + r"\b"
    return re.search(pattern, f"{article.title}\n{article.text}", re.IGNORECASE) is not None


def _event_types(store, article_id: int) -> set[str]:
    getter = getattr(store, "get_analysis", None)
    if getter is None:
        raise InputError("the event type filter needs the analysis stage, which is not installed")
    events = (getter(article_id) or {}).get("events") or []
    out = set()
    for e in events:
        for key in ("type", "event_type", "code", "root_code", "plover", "cameo"):
            if e.get(key):
                out.add(str(e[key]).lower())
    return out


def search(store, query: str, filters: SearchFilters | None = None, limit: int = 20,
           mode: str = "hybrid") -> list[dict]:
    """Articles for a query, best first, each with a highlighted snippet.

    ``mode`` is ``hybrid`` (default), ``text`` (FTS5 only) or ``vector``.
    """
    if mode not in ("hybrid", "text", "vector"):
        raise InputError(f"unknown search mode {mode!r} (hybrid, text or vector)")
    filters = filters or SearchFilters()
    post = bool(filters.entity or filters.event_type)
    want = max(CANDIDATES, limit * (10 if post else 2))
    future = None
    if mode != "text":
        # The vector side runs on a worker thread while this one queries FTS5.
        future = _worker().submit(_nearest, store.vector_index(), query,
                                  _allowed_ids(store, filters), want)
    text_hits = store.search_text(query, filters, want, snippets=False) if mode != "vector" else []
    vector_hits = future.result() if future is not None else []
    fused = rrf([[h["id"] for h in text_hits], [i for i, _ in vector_hits]])
    in_text = {h["id"] for h in text_hits}
    in_vector = {i for i, _ in vector_hits}
    out, articles = [], {}
    # Read articles a page at a time: only what the result page (after filters) needs.
    page = limit * (3 if post else 1)
    for start in range(0, len(fused), page):
        chunk = fused[start:start + page]
        articles.update((a.id, a) for a in store.get_articles([i for i, _ in chunk]))
        for doc, score in chunk:
            a = articles.get(doc)
            if a is None:
                continue
            if filters.entity and not names_entity(store, a, filters.entity):
                continue
            if filters.event_type and filters.event_type.lower() not in _event_types(store, a.id):
                continue
            out.append({**article_summary(a), "score": round(score, 6),
                        "story_id": store.story_of(a.id),
                        "matched": [m for m, s in (("text", in_text), ("vector", in_vector))
                                    if doc in s]})
            if len(out) >= limit:
                break
        if len(out) >= limit:
            break
    snippets = store.snippets(query, [r["id"] for r in out])
    for r in out:
        snip = snippets.get(r["id"])
        if snip is None:
            text = " ".join((articles[r["id"]].text or "").split())
            snip = text[:200] + ("…" if len(text) > 200 else "")
        r["snippet"] = snip
    return out


def render_snippet(snippet: str, open_mark: str = "[", close_mark: str = "]",
                   escape=None) -> str:
    """Turn the store's highlight markers into ``open_mark``/``close_mark`` (escaping the
    text first when ``escape`` is given, e.g. ``html.escape`` with ``<mark>`` tags)."""
    if escape is not None:
        snippet = escape(snippet)
    return snippet.replace(HL_OPEN, open_mark).replace(HL_CLOSE, close_mark)
