"""Dates of events: the date a sentence states, or one inferred from the article's date ("on Wednesday")."""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"))}
_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"))}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|"
                        r"November|December)(?:\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+(\d{1,2})(?:,?\s+(\d{4}))?\b")
_RELATIVE = re.compile(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b",
                       re.IGNORECASE)


def sentence_date(text: str, article_date: str | None) -> str | None:
    """The ISO date a sentence states, or infers from the article's date ("on Wednesday")."""
    published = _parse_iso(article_date)
    m = _ISO_DATE.search(text)
    if m:
        return m.group(0)
    for m, day, month, year in _day_month(text):
        year = int(year) if year else (published.year if published else None)
        if year is None:
            return None
        try:
            stated = date(year, _MONTHS[month.lower()], int(day))
        except ValueError:
            continue
        if not m and published and stated > published:
            stated = stated.replace(year=year - 1)
        return stated.isoformat()
    m = _RELATIVE.search(text)
    if m and published:
        word = m.group(1).lower()
        if word == "today":
            return published.isoformat()
        if word == "yesterday":
            return (published - timedelta(days=1)).isoformat()
        back = (published.weekday() - _WEEKDAYS[word]) % 7
        return (published - timedelta(days=back)).isoformat()
    return None


def _day_month(text: str):
    for m in _DAY_MONTH.finditer(text):
        yield bool(m.group(3)), m.group(1), m.group(2), m.group(3)
    for m in _MONTH_DAY.finditer(text):
        yield bool(m.group(3)), m.group(2), m.group(1), m.group(3)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
