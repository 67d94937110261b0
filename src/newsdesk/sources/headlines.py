"""Headlines that only name the site.

A page whose extraction found the site template's title instead of the article's ("ABC News",
"World news - RT International") would be listed, searched and clustered under the outlet's
name. Its address usually still carries the article's own words ("/russian-space-experts-
regain-control-1st-angola-satellite-52044233"): those become the headline.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# Words a site's own title adds to its name ("World news - RT International").
SITE_WORDS = frozenset("""
news world international online latest breaking home homepage page the official site website
today live headlines top stories and video videos com net org network
""".split())
# Host labels that are not the site's name.
_HOST_NOISE = frozenset("www m mobile amp edition go co com org net".split())
_FILE_END = re.compile(r"\.(?:s?html?|php\d?|aspx?|cms|jsp|cfm)$", re.IGNORECASE)
MAX_SITE_TITLE_WORDS = 6
MIN_SLUG_WORDS = 3


def _squeeze(text: str) -> str:
    return re.sub(r"[\W_]", "", text.lower())


def names_only_the_site(title: str | None, domain: str | None, outlet: str | None = None) -> bool:
    """Whether ``title`` is the site's name, with at most a few generic words around it."""
    words = re.findall(r"[^\W_]+", title or "")
    if not words or len(words) > MAX_SITE_TITLE_WORDS:
        return False
    rest = _squeeze("".join(w for w in words if w.lower() not in SITE_WORDS))
    if not rest:
        return True  # "News", "Latest news": no headline at all
    whole = _squeeze(title)
    if outlet and _squeeze(outlet) in (rest, whole):
        return True
    host = (domain or "").lower().split(":")[0]
    labels = [label for label in host.split(".")[:-1] if label and label not in _HOST_NOISE]
    # "ABC News" on abcnews.go.com, "World news - RT International" on rt.com
    return any(label in (rest, whole) or (len(rest) >= 2 and label.startswith(rest)) for label in labels)


def _is_id(word: str) -> bool:
    return word.isdigit() or (len(word) >= 8 and any(c.isdigit() for c in word))


def slug_headline(url: str | None) -> str | None:
    """The words of the URL's last path segment that reads as a headline, or None."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for segment in reversed([s for s in unquote(path).split("/") if s]):
        words = [w for w in re.split(r"[-_+\s]+", _FILE_END.sub("", segment)) if w]
        while words and _is_id(words[0]):
            words.pop(0)
        while words and _is_id(words[-1]):
            words.pop()
        if len(words) >= MIN_SLUG_WORDS and sum(w.isalpha() for w in words) >= MIN_SLUG_WORDS:
            text = " ".join(words)
            return text[:1].upper() + text[1:]
    return None


def repaired_headline(title: str | None, url: str | None, domain: str | None,
                      outlet: str | None = None) -> str | None:
    """``title``, or the URL's words when ``title`` only names the site (and the URL has some)."""
    if names_only_the_site(title, domain, outlet):
        return slug_headline(url) or title
    return title
