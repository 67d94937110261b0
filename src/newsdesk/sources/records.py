"""Article records in JSON Lines with news-please fields (title, text, url, source_domain,
date_publish, authors, description)."""

from __future__ import annotations

import json
from typing import Iterator

from ..errors import ParseError
from ..ingest.urls import canonical_url, domain_of
from ..models import Article
from .dates import to_utc_iso
from .headlines import repaired_headline
from .outlets import outlet_for_domain


def looks_like_records(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and ("text" in obj or "maintext" in obj) and "title" in obj


def _text(obj: dict, key: str) -> str | None:
    """A field as stripped text; any other JSON value (number, list, object) counts as absent."""
    value = obj.get(key)
    return value.strip() or None if isinstance(value, str) else None


def record_to_article(obj: dict) -> Article:
    title = _text(obj, "title") or ""
    text = _text(obj, "text") or _text(obj, "maintext") or ""
    if not title and not text:
        raise ParseError("record has neither title nor text")
    url = _text(obj, "url")
    url = canonical_url(url) if url else None
    domain = _text(obj, "source_domain") or domain_of(url)
    if domain:
        domain = domain.lower()
        for prefix in ("www.", "m."):
            if domain.startswith(prefix):
                domain = domain[len(prefix):]
    authors = obj.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list):
        authors = []
    outlet = _text(obj, "source_name") or _text(obj, "outlet")
    if not outlet and domain:
        outlet = outlet_for_domain(domain)
    title = repaired_headline(title, url, domain, outlet)
    return Article(
        title=title or text[:120], text=text, url=url,
        byline=", ".join(a for a in authors if isinstance(a, str)) or None,
        published=to_utc_iso(obj.get("date_publish")),
        outlet=outlet, domain=domain, language=_text(obj, "language"),
        description=_text(obj, "description"), fetched=to_utc_iso(obj.get("date_download")),
        source="record",
    )


def parse_records(text: str) -> Iterator[tuple[int, Article | None, str | None]]:
    """Yield (line number, article, error) for each non-empty line; a bad line is an error, not
    the end of the file."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ParseError("not a JSON object")
            yield n, record_to_article(obj), None
        except (ValueError, ParseError) as e:
            yield n, None, f"line {n}: {e}"
