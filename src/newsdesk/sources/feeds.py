"""Feeds in: RSS 0.9x/1.0/2.0 and Atom (through feedparser) and JSON Feed (our own reader,
feedparser 6.0 has none) become one shape, ``ParsedFeed``, with plain-text entries.

Safety: XML entity declarations are removed before any XML parser sees the document (billion
laughs, external entities); entry HTML is reduced to plain text; only http(s) links are kept.
"""

from __future__ import annotations

import html
import io
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..errors import ParseError
from .dates import to_utc_iso

# sy:updatePeriod values in seconds (RSS 1.0 syndication module).
_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400,
            "yearly": 365 * 86400}
_BLOCK_END = re.compile(
    r"</(p|div|h[1-6]|li|ul|ol|blockquote|tr|table|pre|section|article|header|footer|figure|dd|dt)\s*>"
    r"|<br\s*/?>|<hr\s*/?>", re.I)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
FEED_ROOTS = {"rss", "rdf", "feed", "channel"}  # channel: CDF


@dataclass
class FeedEntry:
    title: str | None = None
    link: str | None = None
    text: str = ""  # the longest body the feed gives, as plain text
    summary: str | None = None  # the short description, as plain text
    author: str | None = None
    published: str | None = None  # UTC ISO
    language: str | None = None
    id: str | None = None


@dataclass
class ParsedFeed:
    format: str  # rss20, atom10, json11, ... (feedparser's names; json* for JSON Feed)
    title: str | None = None
    link: str | None = None  # the site's home page
    language: str | None = None
    ttl: int | None = None  # seconds the feed asks to be cached (RSS ttl, sy:updatePeriod)
    entries: list[FeedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def html_to_text(value: str | None) -> str:
    """Entry HTML to plain text: tags and scripts dropped, block ends kept as line breaks."""
    if not value:
        return ""
    if "<" not in value and "&" not in value:
        return _tidy(value)
    import nh3

    marked = _BLOCK_END.sub(lambda m: "\n\n" if m.group(1) else "\n", value)
    cleaned = nh3.clean(marked, tags=set(), attributes={}, strip_comments=True)
    return _tidy(html.unescape(cleaned))


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    out, blank = [], False
    for line in lines:
        if line:
            if blank and out:
                out.append("")
            out.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(out).strip()


def web_link(link: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) link, or None (no javascript:, mailto:, data: links get stored)."""
    if not link or not isinstance(link, str):
        return None
    link = link.strip()
    if base:
        try:
            link = urljoin(base, link)
        except ValueError:
            return None
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return link


def _language(value) -> str | None:
    """'en-US' -> 'en': the primary subtag, as the rest of newsdesk stores languages."""
    if not value or not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def neutralise_entities(data: bytes) -> tuple[bytes, str | None]:
    """Remove a DOCTYPE that declares entities, before any XML parser reads the document.

    Entity expansion is how billion-laughs and external-entity attacks work; real feeds
    do not need it. Returns (data, warning).
    """
    first = _FIRST_ELEMENT.search(data)
    prolog_end = first.start() if first else len(data)
    prolog = data[:prolog_end]
    if b"<!entity" not in prolog.lower():
        return data, None
    start = prolog.upper().find(b"<!DOCTYPE")
    end = prolog.rfind(b"]>")
    if start == -1 or end < start:
        start, end = prolog.lower().find(b"<!entity"), prolog.rfind(b">")
    cleaned = data[:start] + data[end + 2 if data[end:end + 2] == b"]>" else end + 1:]
    return cleaned, "the feed declares XML entities; they were removed, not expanded"


def parse_feed(data: bytes, *, url: str | None = None, name: str = "feed") -> ParsedFeed:
    """Parse a feed of any supported format. Raises ParseError when nothing usable is in it."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        return parse_json_feed(data, url=url, name=name)
    return _parse_xml_feed(data, url=url, name=name)


def _parse_xml_feed(data: bytes, *, url: str | None, name: str) -> ParsedFeed:
    import feedparser

    warnings = []
    stripped = data.lstrip(b" \t\r\n")
    if stripped.startswith(b"<?xml"):  # blank lines before the declaration are common, and fatal
        data = stripped
    data, warning = neutralise_entities(data)
    if warning:
        warnings.append(f"{name}: {warning}")
    # The base for relative links; the media type is fixed so that a server's wrong or missing
    # Content-Type does not make every feed "ill-formed" (the XML declaration names the charset).
    headers = {"content-type": "application/xml"}
    if url:
        headers["content-location"] = url
    try:
        # A stream, never a string: given a string feedparser may open a file or a URL.
        d = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True,
                             resolve_relative_uris=True)
    except Exception as e:  # feedparser's own bugs on hostile input must not end the ingest
        raise ParseError(f"{name}: the feed cannot be parsed ({type(e).__name__}: {e})") from None
    meta = d.get("feed") or {}
    problem = _one_line(d.get("bozo_exception")) if d.get("bozo") else None
    # An HTML page or a broken document: no entries and no feed root element.
    if not d.get("entries") and not d.get("version") and _root_element(data) not in FEED_ROOTS:
        raise ParseError(f"{name}: not a readable feed ({problem or 'no RSS, RDF, Atom or CDF root'})")
    if problem:
        warnings.append(f"{name}: ill-formed feed, read anyway ({problem})")
    base = meta.get("link") or url
    parsed = ParsedFeed(
        format=d.get("version") or "unknown",
        title=html_to_text(meta.get("title")) or None,
        link=web_link(meta.get("link"), url),
        language=_language(meta.get("language")),
        ttl=_cache_ttl(meta),
        warnings=warnings,
    )
    for entry in d.get("entries") or []:
        parsed.entries.append(_xml_entry(entry, base, parsed.language))
    return parsed


def _root_element(data: bytes) -> str | None:
    """The local name of the first element, lower-cased ('rdf' for <rdf:RDF>)."""
    match = _ROOT.search(data[:65536])
    return match.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower() if match else None


def _one_line(exc) -> str:
    text = " ".join(str(exc or "unknown problem").split())
    return text[:200]


def _cache_ttl(meta) -> int | None:
    """How long the feed asks to be left alone: RSS <ttl> (minutes) or sy:updatePeriod."""
    ttl = _int(meta.get("ttl"))
    if ttl and ttl > 0:
        return ttl * 60
    period = _PERIODS.get(str(meta.get("sy_updateperiod") or "").strip().lower())
    if period:
        frequency = _int(meta.get("sy_updatefrequency")) or 1
        return period // max(frequency, 1)
    return None


def _int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _xml_entry(entry, base: str | None, feed_language: str | None) -> FeedEntry:
    summary = html_to_text(entry.get("summary"))
    bodies = [html_to_text(c.get("value")) for c in entry.get("content") or [] if isinstance(c, dict)]
    text = max(bodies + [summary], key=len)
    title_detail = entry.get("title_detail") or {}
    title = entry.get("title")
    if title and "html" in str(title_detail.get("type", "")):
        title = html_to_text(title)
    language = _language(entry.get("language"))
    for detail in [*(entry.get("content") or []), entry.get("summary_detail"), title_detail]:
        if language:
            break
        if isinstance(detail, dict) and detail.get("language"):
            language = _language(detail["language"])
            break
    # dict.get: feedparser's own get() maps updated to published with a DeprecationWarning
    date = (dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
            or dict.get(entry, "created_parsed"))
    if date is None:  # a date feedparser could not parse may still be ISO or RFC 822
        date = dict.get(entry, "published") or dict.get(entry, "updated")
    return FeedEntry(
        title=_clean_title(title),
        link=web_link(entry.get("link"), base),
        text=text,
        summary=summary or None,
        author=_clean_title(entry.get("author")),
        published=to_utc_iso(date),
        language=language or feed_language,
        id=entry.get("id"),
    )


def _clean_title(value) -> str | None:
    if not value or not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def parse_json_feed(data: bytes, *, url: str | None = None, name: str = "feed") -> ParsedFeed:
    """JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1)."""
    from .detect import decode_text

    try:
        doc = json.loads(decode_text(data))
    except ValueError as e:
        raise ParseError(f"{name}: not valid JSON ({e})") from None
    if not isinstance(doc, dict) or "jsonfeed.org/version" not in str(doc.get("version", "")):
        raise ParseError(f"{name}: JSON, but not a JSON Feed (no jsonfeed.org version)")
    version = "json11" if str(doc["version"]).rstrip("/").endswith("1.1") else "json10"
    feed_url = web_link(doc.get("feed_url"), url) or url
    parsed = ParsedFeed(
        format=version,
        title=_clean_title(doc.get("title")),
        link=web_link(doc.get("home_page_url"), feed_url),
        language=_language(doc.get("language")),
    )
    items = doc.get("items")
    if not isinstance(items, list):
        parsed.warnings.append(f"{name}: the JSON Feed has no list of items")
        items = []
    feed_author = _json_author(doc)
    for item in items:
        if not isinstance(item, dict):
            parsed.warnings.append(f"{name}: an item that is not an object was skipped")
            continue
        bodies = [html_to_text(_str(item.get("content_html"))), _tidy(_str(item.get("content_text")))]
        summary = _tidy(_str(item.get("summary"))) or None
        parsed.entries.append(FeedEntry(
            title=_clean_title(item.get("title")),
            link=web_link(item.get("url") or item.get("external_url"), feed_url),
            text=max(bodies + [summary or ""], key=len),
            summary=summary,
            author=_json_author(item) or feed_author,
            published=to_utc_iso(_str(item.get("date_published") or item.get("date_modified"))),
            language=_language(item.get("language")) or parsed.language,
            id=_str(item.get("id")) or None,
        ))
    return parsed


def _str(value) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _json_author(obj: dict) -> str | None:
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj.get("author")] if obj.get("author") else []
    names = [a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
    return ", ".join(n.strip() for n in names if n.strip()) or None
