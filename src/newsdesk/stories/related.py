"""Related articles: other stories that share entities or topic with an article, each with the
reason it is shown ("shares China, Czech Republic" / "similar topic: cyberattack, sanctions").

Never the article's own story-mates or its wire copies: those are the same story, not related.
Candidates come from index lookups (stories naming the same entities, stories active in the
same weeks), so the cost does not grow with the archive.
"""

from __future__ import annotations

import math
import re
from datetime import timedelta

from .cluster import _iso, _parse
from .entities import article_entities

TOPIC_MIN = 0.30  # cosine under which a story with no shared entity is not related
SHARED_TOPIC_MIN = 0.25  # ... and under which shared entities are not enough either
# Credits, not topics: wire agencies, picture desks and outlets quoted as sources ("told CNN")
# are named in many unrelated articles.
CREDITS = {"AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse", "dpa", "DPA",
           "Getty Images", "Getty", "PA", "Press Association", "UPI", "EFE", "ANSA", "Xinhua",
           "CNN", "BBC", "New York Times", "The New York Times", "Times", "Washington Post",
           "The Washington Post", "Fox News", "Bloomberg", "Instagram", "YouTube"}
TOPIC_WINDOW_DAYS = 30
ENTITY_CANDIDATES = 100
COMMON = 500  # a name in this many stories is common: weighed low, not looked up
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_STOP = set("""
about after again against also among amid another around because been before being between
both but came could does doing down during each even every from further have having here into
itself just like made make many more most much must never news next only other over said says
same says should since some still such than that their them then there these they this those
through under until upon very want were what when where which while will with would year years
week weeks told according report reports first last new""".split())


def _words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text or "")} - _STOP


def topic_words(article, story_title: str, limit: int = 3) -> list[str]:
    """Words the article's headline/lead and the other story's headline have in common."""
    mine = _words(article.title) | _words((article.text or "")[:800])
    return sorted(_words(story_title) & mine, key=len, reverse=True)[:limit]


def related_stories(store, article_id: int, limit: int = 10) -> list[dict]:
    """Ranked related stories for an article, each with its reason and a representative article."""
    import numpy as np

    article = store.get_article(article_id)
    own = store.story_of(article_id)
    excluded = set(store.duplicates_of(article_id)) | {article_id}
    if own is not None:
        excluded |= set(store.story_article_ids(own))
    names = [e["canonical"] for e in article_entities(store, article)
             if e["canonical"] not in CREDITS]
    vector = store.get_embeddings([article_id]).get(article_id)

    story_counts = store.entity_story_counts(names, cap=COMMON)
    # Names in very many stories are looked up no further than the time window reaches.
    rare = [n for n in names if 0 < story_counts.get(n, 0) < COMMON]
    candidates = set(store.stories_naming(rare, own, ENTITY_CANDIDATES))
    when = store.article_time(article_id)
    if vector is not None and when:
        t = _parse(when)
        span = timedelta(days=TOPIC_WINDOW_DAYS)
        candidates |= {s["id"] for s in store.stories_near(_iso(t - span), _iso(t + span), 2000)}
    candidates.discard(own)
    if not candidates:
        return []
    ids = sorted(candidates)
    stories = {s["id"]: s for s in store.stories_by_ids(ids)}
    entities = store.story_entities(ids)
    members = store.story_members(ids)
    total = max(store.count_stories(), 1)

    out = []
    for sid, story in stories.items():
        mates = [a for a in members.get(sid, []) if a not in excluded]
        if not mates:
            continue  # only copies of this very article: not a related story
        shared = [n for n in names if n in entities.get(sid, {})]
        cosine = 0.0
        if vector is not None and story["centroid"] is not None:
            c = story["centroid"]
            cosine = float(np.dot(c, vector) / max(float(np.linalg.norm(c)), 1e-12))
        if cosine < (SHARED_TOPIC_MIN if shared else TOPIC_MIN):
            continue  # names alone (a news agency, a capital) do not make stories related
        # Rare shared names say more than common ones (inverse story frequency).
        weight = sum(math.log(1 + total / max(story_counts.get(n, 1), 1)) for n in shared)
        score = cosine + 0.1 * weight
        if shared:
            reason = "shares " + ", ".join(shared[:4])
        else:
            words = topic_words(article, story["title"])
            reason = "similar topic" + (": " + ", ".join(words) if words else f" ({cosine:.2f})")
        out.append({"story_id": sid, "story_title": story["title"], "reason": reason,
                    "shared_entities": shared, "similarity": round(cosine, 4),
                    "score": round(score, 4), "article_ids": mates})
    out.sort(key=lambda r: -r["score"])
    out = out[:limit]
    articles = {a.id: a for a in store.get_articles([r["article_ids"][0] for r in out])}
    for r in out:
        a = articles.get(r["article_ids"][0])
        r["article"] = article_summary(a) if a else None
    return out


def article_summary(a) -> dict:
    """The fields every list of articles shows (the CLI contract's article shape)."""
    return {"id": a.id, "url": a.url, "title": a.title, "source": a.outlet or a.domain,
            "published": a.published}
