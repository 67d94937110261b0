"""Main text and metadata from an HTML page (trafilatura)."""

from __future__ import annotations

from ..errors import EmptyInputError
from ..ingest.urls import canonical_url, domain_of
from ..models import Article
from ..sources.dates import to_utc_iso
from ..sources.detect import decode_text


def extract_article(html: bytes | str, url: str | None = None) -> Article:
    import trafilatura

    text_html = decode_text(html) if isinstance(html, bytes) else html
    doc = trafilatura.bare_extraction(text_html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=False)
    if doc is None or not (doc.text or "").strip():
        raise EmptyInputError("no article text found in the page")
    page_url = doc.url or url
    canon = canonical_url(url, page_canonical=doc.url) if (url or doc.url) else None
    if canon is None and page_url:
        canon = canonical_url(page_url)
    domain = domain_of(canon)
    return Article(
        title=(doc.title or "").strip() or doc.text.strip().split("\n")[0][:120],
        text=doc.text.strip(), url=canon, byline=doc.author, published=to_utc_iso(doc.date),
        outlet=doc.sitename or domain, domain=domain, language=doc.language,
        description=doc.description, source="page",
        aliases=[canonical_url(url)] if url and canonical_url(url) != canon else [],
    )
