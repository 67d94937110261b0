"""The pipeline stages of this package: ``embed`` (a vector per article) and ``stories``
(place each article in a story). Full-text indexing needs no stage: triggers on ``articles``
keep the FTS5 index in step with every write.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def embed_articles(store, articles, config=None) -> None:
    """Embed headline + lead of each article in one batched model call."""
    from ..analyze.embeddings import MODEL_ID, article_text, embed

    todo = [a for a in articles if a.id is not None]
    if not todo:
        return
    vectors = embed([article_text(a.title, a.text) for a in todo])
    store.save_embeddings([(a.id, v) for a, v in zip(todo, vectors)], MODEL_ID)


def cluster_articles(store, articles, config=None, options=None) -> list[int]:
    """Place each article in a story, oldest first; returns their story ids."""
    from .cluster import OPTIONS, place_article
    from .entities import article_entities

    options = options or OPTIONS
    todo = [a for a in articles if a.id is not None]
    vectors = store.get_embeddings([a.id for a in todo])
    todo.sort(key=lambda a: (store.article_time(a.id) or "", a.id))
    out = []
    with store.db.write():
        for article in todo:
            vector = vectors.get(article.id)
            if vector is None:
                log.warning("article has no embedding; not clustered", extra={"article_id": article.id})
                continue
            names = [e["canonical"] for e in article_entities(store, article)]
            out.append(place_article(store, article, vector, names, options))
    return out


def recluster(store, options=None, batch: int = 500) -> int:
    """Rebuild every story from scratch, in publication order; returns the number of stories."""
    store.clear_stories()
    missing = store.article_ids_without_embedding(limit=10**9)
    for start in range(0, len(missing), batch):
        embed_articles(store, store.get_articles(missing[start:start + batch]))
    ids = store.article_ids_in_order()
    for start in range(0, len(ids), batch):
        cluster_articles(store, store.get_articles(ids[start:start + batch]), options=options)
    return store.count_stories()
