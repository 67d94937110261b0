"""Aggregator page dumps: a lead article, site furniture, then "Related Articles" items.

A dump is the text of an aggregator's article page: the lead article's headline and body,
boxes such as "Try Our AI Features" and "Comments", and a list of related items, each an
outlet name, a relative time ("an hour ago"), "- Outlet", a headline and a body. We keep
what the dump says and invent nothing: the lead's outlet is not named, so it has none.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from ..errors import EmptyInputError, ParseError
from ..extract.boilerplate import is_furniture, strip_boxes
from ..models import Article
from .outlets import resolve_outlet

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNITS = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600,
          "day": 86400, "week": 7 * 86400, "month": 30 * 86400, "year": 365 * 86400}
_RELATIVE = re.compile(
    r"^(?:about |around |over |almost )?(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\s+(?P<unit>sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago$",
    re.I,
)
_RELATIVE_WORDS = {"just now": 0, "now": 0, "moments ago": 30, "a moment ago": 30,
                   "yesterday": 86400, "today": 0}
_RELATED = re.compile(r"^(?:related|recommended|more) (?:articles|stories|news)$", re.I)


def parse_relative_time(text: str, now: datetime) -> datetime | None:
    """"an hour ago" -> now - 1 hour; None if ``text`` is not a relative time."""
    t = " ".join(text.strip().lower().split())
    if t in _RELATIVE_WORDS:
        return now - timedelta(seconds=_RELATIVE_WORDS[t])
    m = _RELATIVE.match(t)
    if not m:
        return None
    n = m["n"]
    count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    unit = m["unit"]
    unit = {"hr": "hour", "h": "hour"}.get(unit, unit)
    seconds = next(v for k, v in _UNITS.items() if unit.startswith(k))
    try:
        return now - timedelta(seconds=count * seconds)
    except OverflowError:  # "99999999999 years ago" is not a time we can hold
        return None


def looks_like_pagedump(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines()]
    has_related = any(_RELATED.match(line) for line in lines)
    furniture = sum(1 for line in lines if is_furniture(line))
    return has_related and furniture >= 2


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def parse_pagedump(text: str, now: datetime) -> list[Article]:
    """Split a dump into its lead article and each related item."""
    lines = [line.rstrip() for line in text.splitlines()]
    related_at = next((i for i, line in enumerate(lines) if _RELATED.match(line.strip())), None)
    if related_at is None:
        raise ParseError("not an aggregator page dump: no 'Related Articles' section")
    lead_lines = [line.strip() for line in lines[:related_at]]
    furniture_at = next((i for i, line in enumerate(lead_lines) if is_furniture(line)), len(lead_lines))
    body = [line for line in lead_lines[:furniture_at] if line]
    articles: list[Article] = []
    fetched = _iso(now)
    if body:
        articles.append(Article(
            title=body[0], text=strip_boxes("\n".join(body[1:])), source="pagedump", fetched=fetched,
        ))
    articles.extend(_related_items(lines[related_at + 1:], now, fetched))
    articles = [a for a in articles if a.title]
    if not articles:
        raise EmptyInputError("the page dump holds no article")
    return articles


def _related_items(lines: list[str], now: datetime, fetched: str) -> list[Article]:
    """Items are blocks: outlet, relative time, "- outlet", headline, body lines."""
    items, block = [], []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            items.append(block)
            block = []
    articles = []
    for block in items:
        block = [line for line in block if not is_furniture(line)]
        outlet_name, published, rest = None, None, block
        # outlet line followed by a relative-time line
        if len(rest) >= 2 and parse_relative_time(rest[1], now) is not None:
            outlet_name, published, rest = rest[0], parse_relative_time(rest[1], now), rest[2:]
        elif rest and parse_relative_time(rest[0], now) is not None:
            published, rest = parse_relative_time(rest[0], now), rest[1:]
        # "- Outlet" repeats the outlet's name
        if rest and rest[0].startswith(("- ", "– ", "— ")):
            named = rest[0][2:].strip()
            outlet_name = outlet_name or named
            rest = rest[1:]
        if not rest:
            continue
        title, body = rest[0], "\n".join(rest[1:])
        name, domain = resolve_outlet(outlet_name) if outlet_name else (None, None)
        articles.append(Article(
            title=title, text=strip_boxes(body), outlet=name, domain=domain,
            published=_iso(published) if published else None, source="pagedump", fetched=fetched,
        ))
    return articles
