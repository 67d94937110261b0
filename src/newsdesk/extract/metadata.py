"""Article metadata from a parsed page: what the publisher states, in order of trust.

Structured data first (JSON-LD ``NewsArticle``, OpenGraph and ``article:*`` meta tags,
``itemprop``), then plain markup (``<title>``, ``<h1>``, ``rel=author``, ``<html lang>``),
then htmldate's scan of the page for the publication date. Cheap XPath reads only: this runs
once per page on the ingest path.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..sources.dates import to_utc_iso


@dataclass
class PageMeta:
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # UTC ISO 8601
    language: str | None = None
    outlet: str | None = None
    description: str | None = None
    page_canonical: str | None = None  # <link rel=canonical> or og:url, absolute


ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                 "OpinionNewsArticle", "Report", "ScholarlyArticle", "LiveBlogPosting", "TechArticle")

_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time",
              "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
              "article.published", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
              "sailthru.date", "parsely-pub-date", "date", "cxenseparse:recs:publishtime",
              "article_date_original", "original-publish-date", "displaydate")
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author",
                "byl", "twitter:creator")
_SPACE = re.compile(r"\s+")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|door)\s*:?\s+", re.I)
_LANG = re.compile(r"^[a-z]{2,3}(?=$|[-_])", re.I)


def read_metadata(tree, url: str | None = None) -> PageMeta:
    metas = _meta_tags(tree)
    ld = _json_ld_article(tree)
    meta = PageMeta()
    meta.title = _first(_ld_text(ld, "headline"), metas.get("og:title"), metas.get("twitter:title"),
                        _single_h1(tree), _title_tag(tree))
    meta.byline = _first(_ld_names(ld, "author"), *(_person(metas.get(k)) for k in _AUTHOR_META),
                         _author_markup(tree))
    meta.published = _published(tree, metas, ld)
    meta.language = _language(tree, metas, ld)
    outlet = _first(metas.get("og:site_name"), _ld_names(ld, "publisher"), metas.get("application-name"))
    meta.outlet = outlet.lstrip("@") or None if outlet else None  # "@handle" site names
    meta.description = _first(metas.get("description"), metas.get("og:description"),
                              metas.get("twitter:description"), _ld_text(ld, "description"))
    meta.page_canonical = _canonical(tree, metas, url)
    return meta


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _first(*values) -> str | None:
    for value in values:
        value = _clean(value)
        if value:
            return value
    return None


def _meta_tags(tree) -> dict[str, str]:
    """name/property/itemprop (lower-cased) -> content, first occurrence wins."""
    found: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (el.get(attr) or "").strip().lower()
            if key and key not in found and content.strip():
                found[key] = content.strip()
    return found


def _json_ld_article(tree) -> dict:
    """The first JSON-LD object typed as an article (looking into @graph and lists)."""
    fallback: dict = {}
    for script in tree.xpath('.//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for obj in _walk_ld(data):
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k in ARTICLE_TYPES for k in kinds):
                return obj
            if not fallback and any(k == "WebPage" for k in kinds):
                fallback = obj
    return fallback


def _walk_ld(data, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_ld(data["@graph"], depth + 1)


def _ld_text(ld: dict, key: str) -> str | None:
    value = ld.get(key)
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else None


def _ld_names(ld: dict, key: str) -> str | None:
    """Names of the people or organisations in ``key`` joined with ", "."""
    value = ld.get(key)
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        name = _person(name) if isinstance(name, str) else None
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


def _person(value: str | None) -> str | None:
    """A byline as a name: drop "By", reject URLs and handles-only values."""
    value = _clean(value)
    if not value or "://" in value or value.startswith("www.") or len(value) > 120:
        return None
    value = _BY.sub("", value).lstrip("@").strip()
    return value or None


def _author_markup(tree) -> str | None:
    for path in ('.//*[@rel="author"]', './/*[@itemprop="author"]//*[@itemprop="name"]',
                 './/*[@itemprop="author"]',
                 './/*[contains(concat(" ", normalize-space(@class), " "), " byline ")]',
                 './/*[contains(@class, "author-name") or contains(@class, "byline__name")]'):
        for el in tree.xpath(path)[:3]:
            name = _person(el.get("content") or el.text_content())
            if name and len(name.split()) <= 8:
                return name
    return None


def _single_h1(tree) -> str | None:
    h1 = tree.xpath(".//h1")
    return h1[0].text_content() if len(h1) == 1 else None


def _title_tag(tree) -> str | None:
    title = _clean(tree.findtext(".//title"))
    if not title:
        return None
    # "Headline | Outlet" or "Headline - Outlet": keep the longest part.
    parts = re.split(r"\s+[|–—·»]\s+|\s+-\s+", title)
    return max(parts, key=len) if len(parts) > 1 else title


def _published(tree, metas: dict[str, str], ld: dict) -> str | None:
    candidates = [_ld_text(ld, "datePublished"), _ld_text(ld, "dateCreated")]
    candidates += [metas.get(k) for k in _DATE_META]
    for el in tree.xpath('.//*[@itemprop="datePublished"]')[:2]:
        candidates.append(el.get("content") or el.get("datetime") or el.text_content())
    for el in tree.xpath(".//time[@datetime]")[:1]:
        candidates.append(el.get("datetime"))
    for value in candidates:
        stamp = to_utc_iso(_clean(value))
        if stamp:
            return stamp
    try:
        from htmldate import find_date

        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate is a best-effort guess; a crash there must not lose the article
        found = None
    return to_utc_iso(found)


def _language(tree, metas: dict[str, str], ld: dict) -> str | None:
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  metas.get("content-language"), metas.get("og:locale"), metas.get("language"),
                  metas.get("dc.language"), _ld_text(ld, "inLanguage")):
        m = _LANG.match((value or "").strip())
        if m:
            return m.group(0).lower()
    return None


def _canonical(tree, metas: dict[str, str], url: str | None) -> str | None:
    hrefs = [el.get("href") for el in tree.xpath('.//link[@href]')
             if "canonical" in (el.get("rel") or "").lower().split()]
    for href in hrefs[:1] + [metas.get("og:url")]:
        href = (href or "").strip()
        if not href:
            continue
        try:
            absolute = urljoin(url, href) if url else href
            parts = urlsplit(absolute)
        except ValueError:  # "http://[::1": not a URL (found by tests/test_fuzz)
            continue
        if parts.scheme not in ("http", "https") or not parts.netloc:
            continue
        # A canonical pointing at the home page is a template bug, not this article's address.
        if parts.path in ("", "/") and url and urlsplit(url).path not in ("", "/"):
            continue
        return absolute
    return None
