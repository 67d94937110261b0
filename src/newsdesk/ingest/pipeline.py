"""Ingest any input: a file or URL becomes stored articles, whatever its kind.

``ingest_source`` reads (or fetches) the input, detects its kind from the content, turns it
into articles, stores each once, then runs the post-store stages on what is new or changed.
A bad input is reported and skipped; what is already stored is never touched by it.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from ..errors import InputError, NewsdeskError, TooLargeError
from ..models import Article, IngestReport
from ..sources import detect
from .dedup import save_articles
from .stages import run_stages


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_file(path: str | Path, limit: int) -> tuple[bytes, list[str]]:
    """Read a file (gunzipping it when it is gzip), within ``limit`` bytes."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path} is a directory")
    size = p.stat().st_size
    if size > limit:
        raise TooLargeError(f"{path} is {size:,} bytes, over the {limit:,}-byte limit "
                            "(setting max_file_bytes)")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: {e.strerror}") from None
    warnings = []
    if detect.is_gzip(data):
        data, warning = detect.gunzip_capped(data, limit)
        if warning:
            warnings.append(f"{path}: {warning}")
    return data, warnings


def articles_from_bytes(data: bytes, *, name: str, url: str | None, now: datetime, config,
                        fetcher=None, store=None) -> tuple[list[Article], list[str]]:
    """Turn one input's bytes into articles. Returns (articles, warnings)."""
    kind = detect.detect_kind(data, name)
    warnings: list[str] = []
    if kind == detect.PAGEDUMP:
        from ..sources.pagedump import parse_pagedump

        return parse_pagedump(detect.decode_text(data), now), warnings
    if kind == detect.RECORDS:
        from ..sources.records import parse_records

        articles = []
        for _n, article, error in parse_records(detect.decode_text(data)):
            if error:
                warnings.append(f"{name}: {error}")
            else:
                articles.append(article)
        return articles, warnings
    if kind == detect.PAGE:
        from ..extract.html import extract_article

        article = extract_article(data, url=url)
        article.fetched = article.fetched or _iso(now)
        return [article], warnings
    if kind in (detect.FEED, detect.JSONFEED):
        from .refresh import articles_from_feed

        return articles_from_feed(data, url=url, name=name, config=config, fetcher=fetcher, now=now)
    if kind == detect.OPML:
        raise InputError(f"{name} is an OPML subscription list: use 'newsdesk opml import {name}'")
    raise InputError(f"{name}: cannot ingest input of kind {kind}")


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def ingest_source(store, source: str, config, *, now: datetime | None = None,
                  fetcher=None) -> IngestReport:
    """Ingest one file or URL. Errors in the input end up in the report, not as exceptions."""
    report = IngestReport()
    try:
        if is_url(source):
            if fetcher is None:
                from .fetcher import Fetcher

                fetcher = Fetcher(config)
            response = fetcher.get(source)
            data, url, name = response.content, response.url, source
            now = now or datetime.now(timezone.utc)
        else:
            data, warnings = read_file(source, config.max_file_bytes)
            report.warnings += warnings
            url, name = None, source
            if now is None:
                now = datetime.fromtimestamp(os.path.getmtime(source), timezone.utc)
        articles, warnings = articles_from_bytes(
            data, name=name, url=url, now=now, config=config, fetcher=fetcher, store=store
        )
        report.warnings += warnings
    except NewsdeskError as e:
        report.errors.append(f"{source}: {e.one_line()}" if source not in str(e) else e.one_line())
        return report
    return store_and_process(store, articles, config, report)


# A large input is stored in chunks, one transaction each: a crash keeps the chunks already
# committed, and ingesting the input again finds them by URL, so nothing is lost or doubled.
INGEST_CHUNK = 500


def store_and_process(store, articles: list[Article], config,
                      report: IngestReport | None = None) -> IngestReport:
    """Store a batch chunk by chunk (each chunk one transaction), running the post-store
    stages on each chunk's new or changed articles.

    Each chunk's articles are marked pending in its transaction and unmarked after their
    stages, so the stages of a chunk whose process was killed run at the next ingest."""
    from ..store.pending import mark_pending, unmark_pending

    report = report or IngestReport()
    resume_stages(store, config)
    for start in range(0, len(articles), INGEST_CHUNK):
        chunk = articles[start:start + INGEST_CHUNK]
        with store.db.write():
            saved = save_articles(store, chunk)
            mark_pending(store, saved.changed_ids)
        report.merge(saved)
        changed = set(saved.changed_ids)
        run_stages(store, [a for a in chunk if a.id in changed], config)
        unmark_pending(store, saved.changed_ids)
    return report


def resume_stages(store, config) -> int:
    """Run the stages on articles a killed ingest stored but never processed; returns how many."""
    from ..store.pending import adopt_orphaned, unmark_pending

    ids = adopt_orphaned(store)
    if ids:
        run_stages(store, store.get_articles(ids), config)
        unmark_pending(store, ids)
    return len(ids)
