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


# Lines inside an extracted article body that are the template's, not the author's: teaser
# links ("Related: ...", "READ MORE: ..."), section labels of teaser boxes, newsletter and
# follow prompts, share rows. Each shape is short and says so in its first words.
BODY_FURNITURE_LINES = [
    re.compile(r"^(?:related|see also|see more|read more|read also|also read|more from|more on this|"
               r"recommended|related coverage|related content|related stories|related articles|"
               r"more stories|more news|further reading|watch|listen|video|most read)\s*[:|>»]\s*\S.{0,200}$",
               re.I),
    re.compile(r"^(?:don'?t miss|must read|editor'?s picks?|top stories|latest news|you may also like|"
               r"you might also like|recommended for you|more to explore|related topics|trending now|"
               r"popular now|most popular|most read|more like this|what to read next|read next|"
               r"related|see also|read more|more)\s*[:.!»]?$", re.I),
    re.compile(r"^[\w'’&. -]{0,40}\bnewsletters?$", re.I),
    re.compile(r"^(?=.{0,220}$)(?=.*\b(?:sign up|subscribe|signup)\b)(?=.*\b(?:newsletters?|inbox)\b).*$",
               re.I),
    re.compile(r"^(?:share|share this|share this (?:article|story|post|page)|share on \w+|click to share.{0,60}|"
               r"tweet|email|print|print this (?:article|page)|copy link|link copied)$", re.I),
    re.compile(r"^follow [\w@.'’ -]{1,40} on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)\b"
               r".{0,120}$", re.I),
    re.compile(r"^(?:filed under|tags?|tagged(?: with)?|topics?|categories|category)\s*:.{0,200}$", re.I),
    re.compile(r"^if you (?:enjoyed|liked|value|appreciated) (?:this|our) (?:article|story|post|journalism)\b"
               r".{0,300}$", re.I),
]


def is_body_furniture(line: str) -> bool:
    """Whether a line of an extracted article body is page furniture (see BODY_FURNITURE_LINES)."""
    line = line.strip()
    return is_furniture(line) or any(p.match(line) for p in BODY_FURNITURE_LINES)
