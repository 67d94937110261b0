"""One HTML page to one Article: decode, bound, parse once, read metadata, extract the body.

    bytes ─ decode_html (BOM, UTF-8, <meta charset>, cp1252)
          ─ bound_page (huge pages: drop scripts/styles, cut at PARSE_LIMIT)
          ─ lxml parse (recovers from malformed markup)
          ─ read_metadata (JSON-LD, OpenGraph, meta tags, htmldate)
          ─ extract_body (trafilatura precision, recall fallback, furniture lines dropped)
"""

from __future__ import annotations

import logging

from ..errors import EmptyInputError, ParseError, UnsupportedInputError
from ..ingest.urls import canonical_url, domain_of
from ..models import Article
from ..sources.detect import looks_binary
from ..sources.headlines import repaired_headline
from .body import extract_body
from .encoding import decode_html
from .limits import bound_page
from .metadata import read_metadata

log = logging.getLogger(__name__)

# An article has prose: lines of at least PROSE_LINE characters that read as sentences, adding
# up to PROSE_TOTAL characters. Menus, login boxes and link lists are short lines only.
PROSE_LINE = 40
PROSE_TOTAL = 80
VERSE_WORDS = 40


def extract_article(data: bytes | str, url: str | None = None) -> Article:
    """Main text and metadata of the article in ``data`` (an HTML page).

    ``url`` is where the page was fetched; when the page names its canonical URL, that becomes
    ``Article.url`` and the fetched one an alias. Raises EmptyInputError when the page holds no
    article text, UnsupportedInputError for binary content, ParseError when it cannot be parsed.
    """
    raw = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    if looks_binary(raw):
        raise UnsupportedInputError("binary content, not an HTML page" + (f" at {url}" if url else ""))
    raw, cut = bound_page(raw)
    if cut:
        log.warning("page over the parse limit: only its first part is read",
                    extra={"url": url, "parsed_bytes": len(raw)})
    tree = parse_html(decode_html(raw))
    meta = read_metadata(tree, url)
    text = extract_body(tree, url, meta.title, meta.byline)
    if not has_prose(text):
        raise EmptyInputError("no article text found in the page" + (f" at {url}" if url else ""),
                              hint="menus, forms and link lists are not an article")
    canon, aliases = _urls(url, meta.page_canonical)
    domain = domain_of(canon)
    return Article(
        title=repaired_headline(meta.title, canon, domain, meta.outlet) or text.split("\n", 1)[0][:120],
        text=text, url=canon, byline=meta.byline, published=meta.published,
        outlet=meta.outlet or domain, domain=domain, language=meta.language or guess_language(text),
        description=meta.description, source="page", aliases=aliases,
    )


def has_prose(text: str) -> bool:
    """Whether the text holds sentences, not just labels (scripts without spaces count by
    length). Verse has short lines but many of them, with several words each."""
    lines = text.split("\n")
    prose = 0
    for line in lines:
        words = len(line.split())
        if len(line) >= PROSE_LINE and (words >= 6 or words <= 2):
            prose += len(line)
    words = len(text.split())
    return prose >= PROSE_TOTAL or (words >= VERSE_WORDS and words >= 4 * len(lines))


def parse_html(text: str):
    """An lxml tree of the page; lxml's HTML parser repairs what it can."""
    from trafilatura import load_html

    if not text.strip():
        raise EmptyInputError("the page is empty")
    try:
        tree = load_html(text)
    except (ValueError, TypeError) as e:  # lxml: "Document is empty", bad declarations
        raise ParseError(f"cannot parse the page as HTML ({e})") from None
    if tree is None:
        raise ParseError("cannot parse the page as HTML")
    return tree


def _urls(url: str | None, page_canonical: str | None) -> tuple[str | None, list[str]]:
    """The canonical URL and the other URLs (aliases) that lead to the same article."""
    if url:
        canon = canonical_url(url, page_canonical=page_canonical)
        fetched = canonical_url(url)
        return canon, [fetched] if fetched != canon else []
    return (canonical_url(page_canonical) if page_canonical else None), []


def guess_language(text: str) -> str | None:
    """Language of the text when the page does not say (langdetect, seeded: same text, same
    answer)."""
    try:
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:
        return None
    DetectorFactory.seed = 0
    try:
        return detect(text[:600]).split("-")[0]
    except LangDetectException:
        return None
