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

import hashlib
import re
import unicodedata

from ..models import Article, IngestReport

_WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs at Jaccard 0.8 share a band with probability > 0.999
NEAR_DUPLICATE_JACCARD = 0.8
MIN_WORDS_FOR_TEXT_MATCH = 30  # shorter texts (teasers, empty bodies) are too alike to match on
_MERSENNE = (1 << 61) - 1
_PERMUTATIONS = None


def normalize_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(words(normalize_text(text))).encode()).hexdigest()


def _permutations():
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        import numpy as np

        rng = np.random.RandomState(1)  # fixed: signatures must stay comparable across runs
        _PERMUTATIONS = (rng.randint(1, _MERSENNE, NUM_PERM, dtype=np.uint64),
                         rng.randint(0, _MERSENNE, NUM_PERM, dtype=np.uint64))
    return _PERMUTATIONS


def minhash(text: str, shingle: int = 3) -> bytes:
    """MinHash signature (``NUM_PERM`` uint32 values) of the text's word 3-shingles."""
    import numpy as np

    toks = words(text)
    grams = {" ".join(toks[i:i + shingle]) for i in range(max(1, len(toks) - shingle + 1))}
    hv = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams),
        dtype=np.uint64, count=len(grams),
    )
    a, b = _permutations()
    values = (np.outer(hv, a) + b) % np.uint64(_MERSENNE) & np.uint64(0xFFFFFFFF)
    return values.min(axis=0).astype("<u4").tobytes()


def jaccard(sig_a: bytes, sig_b: bytes) -> float:
    import numpy as np

    a, b = np.frombuffer(sig_a, "<u4"), np.frombuffer(sig_b, "<u4")
    return float((a == b).mean())


def lsh_bands(signature: bytes) -> list[tuple[int, int]]:
    """(band, value) pairs; value is a signed 64-bit hash of the band's rows."""
    rows = len(signature) // 4 // BANDS * 4
    out = []
    for band in range(BANDS):
        chunk = signature[band * rows:(band + 1) * rows]
        out.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)))
    return out


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
