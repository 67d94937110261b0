"""The ingest stage: analyse new or changed articles in one batch and store the results."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def analyze_articles(store, articles, config) -> int:
    """Run ``analyze_texts`` over the batch and save each result; returns how many were saved."""
    from .pipeline import analyze_texts

    articles = [a for a in articles if a.id is not None and a.text]
    if not articles:
        return 0
    from .workers import worker_count

    results = analyze_texts([a.text for a in articles], [a.published for a in articles],
                            workers=worker_count(config.analyze_workers), nice=config.ingest_nice)
    for article, result in zip(articles, results):
        store.save_analysis(article.id, result)
    log.info("analysed articles", extra={"count": len(articles)})
    return len(articles)


def reanalyze(store, config, *, everything: bool = False, batch: int = 64,
              on_batch=None) -> int:
    """Recompute annotations made by another analyser version (all of them with ``everything``)."""
    from .pipeline import ANALYZER_VERSION

    ids = store.articles_needing_analysis("\x00all" if everything else ANALYZER_VERSION)
    done = 0
    for i in range(0, len(ids), batch):
        done += analyze_articles(store, store.get_articles(ids[i:i + batch]), config)
        if on_batch:
            on_batch(done, len(ids))
    return done

