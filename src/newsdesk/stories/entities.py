"""The named things an article is about, for clustering and for "shares X, Y" reasons.

The analysis stage (entities with canonical names) is used when it has run; otherwise a light
fallback finds capitalised name sequences in the headline and lead, so stories still work with
analysis turned off.
"""

from __future__ import annotations

import math
import re
from collections import Counter

# A name: capitalised words, possibly joined by a few lower-case particles ("Bank of England").
_NAME = re.compile(
    r"\b(?:[A-Z][\w'’.-]*[\w]|[A-Z])(?:\s+(?:of|de|du|la|van|von|al|bin|the)?\s*[A-Z][\w'’-]*[\w])*"
)
_STOP = set("""
A An And As At But By For From He Her His How I If In Into It Its Me My No Not Of On Or Our She
So That The Their Then There These They This Those To Under Up Us We What When Where Which While
Who Why With You Your After Before Also Although Amid Meanwhile However Since Still Yet Read More
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Mr Mrs Ms Dr Sir President Minister Prime Chief Photo
Image Getty Images AFP Reuters AP Advertisement Copyright Sign Subscribe Updated Published
""".split())
# Demonyms and short forms that name the same thing as the country.
_ALIASES = {
    "Chinese": "China", "Beijing": "China", "Czech": "Czech Republic", "Czechia": "Czech Republic",
    "Prague": "Czech Republic", "American": "United States", "US": "United States",
    "U.S.": "United States", "USA": "United States", "America": "United States",
    "Washington": "United States", "Russian": "Russia", "Moscow": "Russia", "Kremlin": "Russia",
    "British": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom",
    "London": "United Kingdom", "French": "France", "Paris": "France", "German": "Germany",
    "Berlin": "Germany", "EU": "European Union", "Brussels": "European Union",
    "European": "European Union", "Ukrainian": "Ukraine", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Israeli": "Israel", "Iranian": "Iran", "Tehran": "Iran", "Japanese": "Japan",
    "Tokyo": "Japan", "Indian": "India", "Taiwanese": "Taiwan", "Taipei": "Taiwan",
    "People's Republic of China": "China", "PRC": "China", "Czech Republic": "Czech Republic",
}
LEAD_CHARS = 1500


def _canonical(name: str) -> str | None:
    name = re.sub(r"['’]s$", "", name.strip(" .-'’"))
    words = name.split()
    while words and words[0] in _STOP:
        words = words[1:]
    while words and words[-1] in _STOP:
        words = words[:-1]
    if not words:
        return None
    name = " ".join(words)
    name = _ALIASES.get(name, name)
    if len(name) < 2 or name.isdigit():
        return None
    return name


def guess_entities(title: str, text: str) -> list[dict]:
    """Named things of the headline and lead, most mentioned first (fallback extractor)."""
    counts: Counter[str] = Counter()
    for m in _NAME.finditer((text or "")[:LEAD_CHARS]):
        name = _canonical(m.group(0))
        if name:
            counts[name] += 1
    words = [w for w in (title or "").split() if len(w.strip(",.:;'\"")) >= 4]
    if len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words):
        # A Title-Case Headline runs names together ("Las Vegas Suspect Was a Gambler"):
        # count only the body's names that it contains.
        for name in list(counts):
            if in_headline(name, title):
                counts[name] += 2
    else:
        for m in _NAME.finditer(title or ""):
            name = _canonical(m.group(0))
            if name:
                counts[name] += 2
    # A surname repeats a full name seen elsewhere: count it for the full name.
    full = [n for n in counts if 2 <= len(n.split()) <= 3 and n.split()[-2][:1].isupper()]
    for n in [n for n in counts if " " not in n]:
        owner = next((f for f in full if f.endswith(" " + n)), None)
        if owner:
            counts[owner] += counts.pop(n)
    # A name seen once in the body alone is usually noise (a sentence-initial word).
    out = [{"id": None, "canonical": n, "kind": None} for n, c in counts.most_common() if c >= 2]
    return out[:20]


def article_entities(store, article) -> list[dict]:
    """Entities of a stored article: the analysis stage's when present, else the fallback."""
    getter = getattr(store, "article_entities", None)
    if getter is not None and article.id is not None:
        try:
            found = getter(article.id)
        except Exception:  # noqa: BLE001 - analysis tables may not exist in this database
            found = None
        if found:
            seen, out = set(), []
            for e in found:
                name = e.get("canonical") or e.get("name") or e.get("text")
                if name and name not in seen:
                    seen.add(name)
                    out.append({"id": e.get("id"), "canonical": name, "kind": e.get("kind"),
                                "first": e.get("first")})
            return by_salience(out, article.title)
    return guess_entities(article.title, article.text)


def in_headline(name: str, title: str | None) -> bool:
    """Whether the headline names ``name`` as whole words."""
    return bool(title) and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", title) is not None


def by_salience(entities: list[dict], title: str | None) -> list[dict]:
    """What the article is about first: names of the headline, then the others in the order
    the text first mentions them (a long piece that mentions the event once, near its start,
    and then a dozen other names many times, is still about the event). Stable, so entities
    without a position keep their order."""
    def key(e):
        first = e.get("first")
        return (not in_headline(e["canonical"], title), first if first is not None else math.inf)

    return sorted(entities, key=key)
