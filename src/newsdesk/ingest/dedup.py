"""Never the same article twice: exact, same-article and near-duplicate (wire copy) detection.

- same canonical URL or alias  -> the same article (updated if its headline or text changed)
- no URL, same outlet and headline -> the same article
- same outlet, same or near-identical text -> the same article reached by another URL
- another outlet, near-identical text -> a wire copy: stored with its outlet, linked by
  ``duplicate_of`` to the first copy
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..models import Article, IngestReport

_WORD = re.compile(r"\w+", re.UNICODE)
NEAR_DUPLICATE_BITS = 3  # SimHash Hamming distance for "near-identical"
MIN_WORDS_FOR_TEXT_MATCH = 30  # shorter texts (teasers, empty bodies) are too alike to match on


def normalize_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(words(normalize_text(text))).encode()).hexdigest()


def simhash(text: str, shingle: int = 3) -> int:
    """64-bit SimHash over word 3-shingles."""
    import numpy as np

    toks = words(text)
    if not toks:
        return 0
    grams = [" ".join(toks[i:i + shingle]) for i in range(max(1, len(toks) - shingle + 1))]
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") for g in grams),
        dtype=np.uint64, count=len(grams),
    )
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    score = bits.sum(axis=0, dtype=np.int64) * 2 - len(grams)
    value = 0
    for i, s in enumerate(score):
        if s > 0:
            value |= 1 << i
    return value


def fingerprint(article: Article) -> Article:
    """Set ``content_hash`` and ``simhash`` from the text."""
    article.text = article.text or ""
    article.content_hash = content_hash(article.text)
    article.simhash = simhash(article.text) if len(words(article.text)) >= MIN_WORDS_FOR_TEXT_MATCH else None
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
        long_enough = article.simhash is not None
        if existing is None and long_enough:
            exact = [(other, store.article_outlet_id(other))
                     for other in store.article_ids_for_content_hash(article.content_hash)]
            near = [(other, other_outlet) for other, other_outlet, _ in
                    store.near_duplicates(article.simhash, NEAR_DUPLICATE_BITS)]
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
