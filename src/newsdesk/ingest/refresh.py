"""Feeds to articles, and the refresh of one subscribed feed (after miniflux's RefreshFeed):
conditional GET, parse, full text for teasers, store, then schedule the next poll from the
feed's own cache hints, or back off after an error.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Callable

from ..errors import HTTPStatusError, NewsdeskError
from ..models import Article, Feed, IngestReport
from ..sources.feeds import FeedEntry, ParsedFeed, parse_feed
from .urls import canonical_url, domain_of

TEASER_WORDS = 120  # a feed body shorter than this is a teaser, not the article
PAGE_FETCHES_PER_POLL = 30  # pages fetched for teasers in one poll; the rest wait for the next
_READ_MORE = re.compile(
    r"(\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\]|read more|continue reading|read the full|"
    r"full story|keep reading|more\s*\u00bb|\(more\))\W*$", re.I)
_WORD = re.compile(r"\w+", re.UNICODE)


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def is_teaser(text: str) -> bool:
    """Does this feed body only announce the article ("... Read more")?"""
    return len(_WORD.findall(text)) < TEASER_WORDS or bool(_READ_MORE.search(text[-200:]))


def articles_from_feed(data: bytes, *, url: str | None, name: str, config, fetcher,
                       now: datetime) -> tuple[list[Article], list[str]]:
    """A feed document's entries as articles, plus warnings. Raises ParseError when the
    document holds no feed at all."""
    parsed = parse_feed(data, url=url, name=name)
    articles, warnings, _skipped = feed_articles(parsed, name=name, config=config, fetcher=fetcher,
                                               now=now)
    return articles, parsed.warnings + warnings


def feed_articles(parsed: ParsedFeed, *, name: str, config, fetcher, now: datetime,
                  is_stored: Callable[[str], bool] | None = None
                  ) -> tuple[list[Article], list[str], int]:
    """Turn parsed entries into articles. Teasers get their page fetched for the full text,
    except those already stored (``is_stored``): those are skipped, so a poll does not
    refetch every page, nor overwrite a stored full text with its teaser.
    Returns (articles, warnings, skipped)."""
    articles, warnings, skipped, fetches, deferred = [], [], 0, 0, 0
    for number, entry in enumerate(parsed.entries, 1):
        if not (entry.title or entry.text or entry.link):
            warnings.append(f"{name}: entry {number} has no title, text or link; skipped")
            continue
        article = _article(entry, parsed, now)
        if article.url and is_teaser(article.text):
            if is_stored is not None and is_stored(article.url):
                skipped += 1
                continue
            if fetcher is not None and config.fetch_full_text:
                if fetches >= PAGE_FETCHES_PER_POLL and is_stored is not None:
                    deferred += 1  # not stored yet, so the next poll fetches its page
                    continue
                fetches += 1
                warning = _fetch_full_text(article, fetcher)
                if warning:
                    warnings.append(f"{name}: {warning}")
        articles.append(article)
    if deferred:
        warnings.append(f"{name}: {deferred} teasers left for the next poll "
                        f"({PAGE_FETCHES_PER_POLL} pages fetched per poll)")
    return articles, warnings, skipped


def _article(entry: FeedEntry, parsed: ParsedFeed, now: datetime) -> Article:
    url = canonical_url(entry.link) if entry.link else None
    domain = domain_of(entry.link or parsed.link)
    text = entry.text or ""
    title = entry.title or (text.split("\n")[0][:120].strip() if text else entry.link)
    description = entry.summary if entry.summary and entry.summary != text else None
    return Article(
        title=title, text=text, url=url, byline=entry.author, published=entry.published,
        outlet=parsed.title or domain, domain=domain, language=entry.language,
        description=description, fetched=_iso(now), source="feed",
    )


def _fetch_full_text(article: Article, fetcher) -> str | None:
    """Replace a teaser with the page's main text; on failure keep the teaser, say why."""
    from ..extract.html import extract_article

    try:
        response = fetcher.get(article.url)
        page = extract_article(response.content, url=response.url)
    except NewsdeskError as e:
        return f"full text of {article.url} not fetched: {e.one_line()}"
    if len(_WORD.findall(page.text)) <= len(_WORD.findall(article.text)):
        return None
    if not article.description and article.text:
        article.description = article.text
    article.text = page.text
    article.byline = article.byline or page.byline
    article.language = article.language or page.language
    article.published = article.published or page.published
    if page.url and page.url != article.url:
        article.aliases.append(page.url)
    return None


# ---- refreshing one subscribed feed ---------------------------------------------------------

def refresh_feed(store, feed: Feed, fetcher, config, now: datetime) -> IngestReport:
    """Poll one feed: fetch (conditionally), parse, store, and schedule the next poll."""
    from .pipeline import store_and_process

    report = IngestReport()
    try:
        response = fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    except NewsdeskError as e:
        record_failure(store, feed, config, now, e)
        report.errors.append(f"{feed.url}: {e.one_line()}" if feed.url not in str(e) else e.one_line())
        return report

    if response.not_modified:
        delay = poll_delay(feed, config, now, headers=response.headers)
        store.update_feed(feed.id, last_polled=_iso(now), last_status=304, error_count=0,
                          last_error=None, next_poll=_iso(now + timedelta(seconds=delay)))
        return report

    try:
        parsed = parse_feed(response.content, url=response.url, name=feed.url)
        articles, warnings, skipped = feed_articles(
            parsed, name=feed.url, config=config, fetcher=fetcher, now=now,
            is_stored=lambda url: store.article_id_for_urls([url]) is not None,
        )
    except NewsdeskError as e:
        record_failure(store, feed, config, now, e, status=response.status)
        report.errors.append(e.one_line())
        return report
    report.warnings += parsed.warnings + warnings
    report.unchanged += skipped
    for article in articles:
        article.feed_id = feed.id
    store_and_process(store, articles, config, report)

    delay = poll_delay(feed, config, now, headers=response.headers, ttl=parsed.ttl)
    changes = dict(etag=response.etag, last_modified=response.last_modified, last_polled=_iso(now),
                   last_status=response.status, error_count=0, last_error=None,
                   next_poll=_iso(now + timedelta(seconds=delay)))
    if not feed.title and parsed.title:
        changes["title"] = parsed.title
    if not feed.site_url and parsed.link:
        changes["site_url"] = parsed.link
    store.update_feed(feed.id, **changes)
    return report


def record_failure(store, feed: Feed, config, now: datetime, error: Exception,
                   status: int | None = None) -> None:
    """Count the error and back off: the next poll waits longer after each failure."""
    errors = (feed.error_count or 0) + 1
    retry_after = getattr(error, "retry_after", None)
    if isinstance(error, HTTPStatusError):
        status = error.status
    delay = backoff_delay(feed, config, errors, retry_after)
    message = error.one_line() if isinstance(error, NewsdeskError) else f"{type(error).__name__}: {error}"
    store.update_feed(feed.id, last_polled=_iso(now), last_status=status, error_count=errors,
                      last_error=message[:500], next_poll=_iso(now + timedelta(seconds=delay)))


def base_interval(feed: Feed, config) -> int:
    return int(feed.interval or config.feed_interval)


def backoff_delay(feed: Feed, config, errors: int, retry_after: int | None = None) -> int:
    """Seconds before retrying a failing feed: the interval doubled per error in a row,
    at least what Retry-After asked for, never more than ``feed_max_backoff``."""
    cap = int(config.feed_max_backoff)
    delay = min(base_interval(feed, config) * 2 ** min(errors - 1, 30), cap)
    if retry_after:
        delay = max(delay, min(int(retry_after), cap))
    return delay


def poll_delay(feed: Feed, config, now: datetime, *, headers=None, ttl: int | None = None) -> int:
    """Seconds until the next poll: the feed's interval, or longer when the feed or its server
    asks to be cached longer (RSS ttl, sy:updatePeriod, Cache-Control max-age, Expires),
    never past ``feed_max_backoff``."""
    base = base_interval(feed, config)
    hints = [h for h in (ttl, *cache_hints(headers, now)) if h]
    if not hints:
        return base
    return max(base, min(max(hints), int(config.feed_max_backoff)))


def cache_hints(headers, now: datetime) -> list[int]:
    """Seconds the HTTP response may be cached, from Cache-Control max-age and Expires."""
    if not headers:
        return []
    hints = []
    control = headers.get("cache-control") or ""
    match = re.search(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", control, re.I)
    if match:
        hints.append(int(match.group(1)))
    elif headers.get("expires"):
        try:
            expires = parsedate_to_datetime(headers["expires"])
        except (TypeError, ValueError, IndexError):
            expires = None
        if expires is not None:
            if expires.tzinfo is None:
                expires = expires.replace(tzinfo=timezone.utc)
            hints.append(max(0, int((expires - now).total_seconds())))
    return hints
