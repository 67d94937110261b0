"""Site furniture and in-body boxes that are never article text.

The patterns are generic shapes (survey boxes, newsletter and subscription prompts, "read
more" teasers), not one site's markup, so they hold for pages we have not seen.
"""

from __future__ import annotations

import re

# Boxes that interrupt a body mid-paragraph: they start with a call to action and end with
# the button's words.
INLINE_BOXES = [
    re.compile(r"Help us improve\b.{0,120}?\bDear reader\b.{0,600}?\bTake the survey\b\.?\s*",
               re.S | re.I),
    re.compile(r"\b(?:Sign up|Subscribe) (?:to|for) (?:our|the) [\w ]{0,40}newsletters?\b[^.\n]{0,200}"
               r"(?:\.|$)\s*", re.I),
    re.compile(r"\bRead (?:more|also)\s*:\s*[^\n.]{0,200}\n?", re.I),
    re.compile(r"\bAdvertisement\b\s*(?=[A-Z])"),
]

# Whole lines that are page furniture, not text.
FURNITURE_LINES = [
    re.compile(r"^try our ai features$", re.I),
    re.compile(r"^explore what .{0,60} can do for you:?$", re.I),
    re.compile(r"^comments?(?: \(\d+\))?$", re.I),
    re.compile(r"^no comments yet\.*$", re.I),
    re.compile(r"^(?:related|recommended|more) (?:articles|stories|news)$", re.I),
    re.compile(r"^(?:share|share this|advertisement|sponsored)$", re.I),
]


def is_furniture(line: str) -> bool:
    line = line.strip()
    return any(p.match(line) for p in FURNITURE_LINES)


def strip_boxes(text: str) -> str:
    for pattern in INLINE_BOXES:
        text = pattern.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
