"""Never the same article twice: exact, same-article and near-duplicate (wire copy) detection.

- same canonical URL or alias  -> the same article (updated if its headline or text changed)
- no URL, same outlet and headline -> the same article
- same outlet, same or near-identical text -> the same article reached by another URL
- another outlet, near-identical text -> a wire copy: stored with its outlet, linked by
  ``duplicate_of`` to the first copy

Near-identical means an estimated Jaccard similarity of word 3-shingles of at least
``NEAR_DUPLICATE_JACCARD``, found through MinHash LSH bands (store.near_duplicates).
"""

from __future__ import annotations

from ..fingerprints import content_hash, minhash, words
from ..models import Article, IngestReport

NEAR_DUPLICATE_JACCARD = 0.8
MIN_WORDS_FOR_TEXT_MATCH = 30  # shorter texts (teasers, empty bodies) are too alike to match on


def fingerprint(article: Article) -> Article:
    """Set ``content_hash`` and ``minhash`` from the text."""
    article.text = article.text or ""
    article.content_hash = content_hash(article.text)
    long_enough = len(words(article.text)) >= MIN_WORDS_FOR_TEXT_MATCH
    article.minhash = minhash(article.text) if long_enough else None
    return article


def save_article(store, article: Article) -> tuple[str, int]:
    """Store one article once; returns (outcome, id), outcome in added/updated/unchanged/duplicate."""
    fingerprint(article)
    with store.db.write():
        outlet_id = store.outlet_id(article.domain, article.outlet)
        existing = None
        if article.url:
            existing = store.article_id_for_urls([article.url, *article.aliases])
        elif article.title:
            existing = store.article_id_for_title(outlet_id, article.title)
        duplicate_of = None
        if existing is None and article.minhash is not None:
            exact = [(other, store.article_outlet_id(other))
                     for other in store.article_ids_for_content_hash(article.content_hash)]
            near = [(other, other_outlet) for other, other_outlet, _ in
                    store.near_duplicates(article.minhash, NEAR_DUPLICATE_JACCARD)]
            for other, other_outlet in exact + near:
                if outlet_id is not None and other_outlet == outlet_id:
                    existing = other  # the same outlet's article under another URL
                    break
                duplicate_of = duplicate_of or other
        if existing is not None:
            stored = store.get_article(existing)
            if stored.title == article.title and stored.content_hash == article.content_hash:
                if article.url or article.aliases:
                    store.add_article_urls(existing, [article.url, *article.aliases])
                return "unchanged", existing
            store.update_article(existing, article)
            return "updated", existing
        if duplicate_of is not None:
            root = store.get_article(duplicate_of).duplicate_of
            article.duplicate_of = root or duplicate_of
        article_id = store.insert_article(article, outlet_id)
        return ("duplicate" if article.duplicate_of else "added"), article_id


def save_articles(store, articles: list[Article]) -> IngestReport:
    """Store a batch in one transaction: all of it lands, or none of it."""
    report = IngestReport()
    with store.db.write():
        for article in articles:
            outcome, article_id = save_article(store, article)
            article.id = article_id
            if outcome == "added":
                report.added += 1
            elif outcome == "duplicate":
                report.added += 1
                report.duplicates += 1
            elif outcome == "updated":
                report.updated += 1
            else:
                report.unchanged += 1
            report.article_ids.append(article_id)
            if outcome != "unchanged":
                report.changed_ids.append(article_id)
    return report
