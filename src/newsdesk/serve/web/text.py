"""Text helpers for the pages: relative times, article text as paragraphs of addressable
sentences, and small inline SVG charts (no JavaScript, no chart library)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

# ---- time ----------------------------------------------------------------------------------


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def relative_time(value: str | None, now: datetime | None = None) -> str:
    """"an hour ago", "3 days ago", "in 2 hours": the words aggregators use."""
    dt = parse_time(value)
    if dt is None:
        return ""
    now = now or datetime.now(timezone.utc)
    seconds = (now - dt).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    for limit, unit, size in ((60, None, 1), (3600, "minute", 60), (86400, "hour", 3600),
                              (86400 * 30, "day", 86400), (86400 * 365, "month", 86400 * 30),
                              (float("inf"), "year", 86400 * 365)):
        if seconds < limit:
            if unit is None:
                return "just now"
            n = int(seconds // size)
            words = ("an" if unit == "hour" else "a") + f" {unit}" if n == 1 else f"{n} {unit}s"
            return f"in {words}" if future else f"{words} ago"
    return ""


def exact_time(value: str | None) -> str:
    dt = parse_time(value)
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else ""


# ---- article text as sentences ------------------------------------------------------------

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) then whitespace and
# an upper-case letter, digit or opening quote. Good enough for anchors: summary sentences
# force their own boundaries, so links always land on the exact span.
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    marked: bool = False  # a summary sentence points here


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def sentence_paragraphs(text: str, anchors: list[tuple[int, int]] = ()) -> list[list[Sentence]]:
    """The text as paragraphs of sentences, each sentence knowing its character offsets.

    ``anchors`` are (start, end) spans that must be sentences of their own (summary sentences).
    """
    marked = {s for s, _ in anchors}
    cuts = {s for s, _ in anchors} | {e for _, e in anchors}
    paragraphs = []
    for p_start, p_end in _paragraph_spans(text):
        bounds = {p_start, p_end}
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            bounds.add(m.end())
        bounds |= {c for c in cuts if p_start < c < p_end}
        ordered = sorted(bounds)
        sentences = []
        for a, b in zip(ordered, ordered[1:]):
            chunk = text[a:b]
            stripped = chunk.strip()
            if not stripped:
                continue
            start = a + len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(start, start + len(stripped), stripped, start in marked))
        paragraphs.append(sentences)
    return paragraphs


def sentence_at(paragraphs: list[list[Sentence]], offset: int) -> int | None:
    """The start offset of the sentence holding ``offset`` (the id to link to)."""
    for para in paragraphs:
        for s in para:
            if s.start <= offset < max(s.end, s.start + 1):
                return s.start
    return None


# ---- charts --------------------------------------------------------------------------------


def step_name(points: list[tuple[str, int]]) -> str:
    """The time step of ``time_counts`` output, from its label format."""
    label = points[0][0] if points else ""
    if label.startswith("week"):
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(label), "hour")


def bar_chart(points: list[tuple[str, int]], width: int = 600, height: int = 120,
              label: str = "") -> dict:
    """Bars for (label, value) pairs, as numbers a template turns into SVG rects."""
    label = label or step_name(points)
    if not points:
        return {"bars": [], "width": width, "height": height, "label": label, "max": 0}
    top = max(v for _, v in points) or 1
    gap = 2
    bar_w = max(2.0, (width - gap * len(points)) / len(points))
    bars = []
    for i, (name, value) in enumerate(points):
        h = round((height - 20) * value / top, 1)
        bars.append({"x": round(i * (bar_w + gap), 1), "y": round(height - 16 - h, 1),
                     "w": round(bar_w, 1), "h": h, "label": name, "value": value})
    return {"bars": bars, "width": width, "height": height, "label": label, "max": top,
            "first": points[0][0], "last": points[-1][0]}


def time_counts(times: list[str | None], max_bars: int = 60) -> list[tuple[str, int]]:
    """Counts per hour, day, week, month or year: the finest step that fits in ``max_bars``,
    empty steps included, so the chart's x axis is true time."""
    from datetime import timedelta

    stamps = sorted(dt for dt in map(parse_time, times) if dt)
    if not stamps:
        return []
    first, last = stamps[0], stamps[-1]

    def month_start(d):
        return d.replace(day=1, hour=0, minute=0, second=0, microsecond=0)

    def next_month(d):
        return d.replace(year=d.year + (d.month == 12), month=d.month % 12 + 1)

    steps = [
        ("hour", lambda d: d.replace(minute=0, second=0, microsecond=0),
         lambda d: d + timedelta(hours=1), "%Y-%m-%d %H:00"),
        ("day", lambda d: d.replace(hour=0, minute=0, second=0, microsecond=0),
         lambda d: d + timedelta(days=1), "%Y-%m-%d"),
        ("week", lambda d: (d - timedelta(days=d.weekday())).replace(
            hour=0, minute=0, second=0, microsecond=0),
         lambda d: d + timedelta(days=7), "week of %Y-%m-%d"),
        ("month", month_start, next_month, "%Y-%m"),
        ("year", lambda d: month_start(d).replace(month=1),
         lambda d: d.replace(year=d.year + 1), "%Y"),
    ]
    for _name, floor, step, fmt in steps:
        keys, k = [], floor(first)
        while k <= last and len(keys) <= max_bars:
            keys.append(k)
            k = step(k)
        if len(keys) <= max_bars:
            break
    counts = dict.fromkeys(keys, 0)
    for s in stamps:
        counts[floor(s)] += 1
    return [(k.strftime(fmt), counts[k]) for k in keys]
