"""Online story clustering: each new article joins a story or starts one, in one pass.

An article is scored against *candidate* stories only, so placing it costs the same whatever
the archive holds:

- stories active within ``window_days`` of the article (an index range on ``last_seen``,
  capped at ``max_window_candidates``), and
- stories that name the article's rarest entities (an index lookup per name, capped), which
  finds a long-running story weeks later.

score = cosine(article, story centroid) + entity_weight * shared-entity share - time penalty.
The best candidate at or over ``join`` takes the article, provided the article is also close to
the story's articles on average (``cohesion``); otherwise it starts a story. After a join, the
runners-up are checked again: one that has come to look like the grown story (centroid cosine
>= ``merge``) merges into it, and a one-article story is offered to it again as if its article
arrived now, so the result depends less on the order articles come in. A wire copy
(``duplicate_of``) joins its original's story without scoring.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass(frozen=True)
class ClusterOptions:
    join: float = 0.55  # minimum score to join a story
    merge: float = 0.80  # centroid cosine at which two stories become one
    entity_weight: float = 0.15
    window_days: float = 7.0  # time proximity: no penalty within this span
    time_penalty: float = 0.05  # per doubling of the gap beyond the window
    max_window_candidates: int = 2000
    entity_lookups: int = 8  # rarest entity names looked up per article
    per_entity_candidates: int = 50
    rare_below: int = 200  # a name in fewer stories than this is looked up as a clue
    rescore_top: int = 50  # candidates (by cosine) scored with entities and time
    # Least mean cosine to a story's articles: join - entity_weight, the least cosine from which
    # entities can lift an article into a story. A centroid of loosely related articles (a
    # months-long campaign) is close to every article on the topic; its members are not.
    cohesion: float = 0.40
    reoffer_singletons: bool = True  # re-place one-article runners-up after a join


OPTIONS = ClusterOptions()


def _parse(when: str) -> datetime:
    dt = datetime.fromisoformat(when.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def gap_days(when: str, first: str, last: str) -> float:
    """Days between a time and a story's span (0 inside it)."""
    t, a, b = _parse(when), _parse(first), _parse(last)
    if a <= t <= b:
        return 0.0
    return abs(((a - t) if t < a else (t - b)).total_seconds()) / 86400


def time_penalty(gap: float, options: ClusterOptions = OPTIONS) -> float:
    if gap <= options.window_days:
        return 0.0
    return options.time_penalty * math.log2(gap / options.window_days) + options.time_penalty


def entity_share(names: set[str], story_names: dict[str, int]) -> tuple[float, list[str]]:
    """Share of the article's (top) entities the story also names, and those names."""
    if not names or not story_names:
        return 0.0, []
    shared = [n for n in names if n in story_names]
    return min(1.0, len(shared) / min(len(names), 4)), shared


def score_candidates(vector, names: set[str], when: str, stories: list[dict],
                     entities: dict[int, dict[str, int]], options: ClusterOptions = OPTIONS):
    """[(score, cosine, story)] best first. ``stories`` carry ``centroid`` (a sum of unit
    vectors) and ``article_count``. A story the article is not close to on average (mean cosine
    to its articles under ``cohesion``) gets score -inf: it can neither take the article nor
    merge because of it."""
    import numpy as np

    if not stories:
        return []
    matrix = np.stack([s["centroid"] for s in stories]).astype(np.float32)
    norms = np.clip(np.linalg.norm(matrix, axis=1), 1e-12, None)
    cosines = (matrix @ np.asarray(vector, np.float32)) / norms
    scored = []
    for story, cos, norm in zip(stories, cosines, norms):
        # The centroid is a sum of unit vectors, so (sum . v) / n is the mean cosine to members.
        mean_cos = float(cos) * float(norm) / max(story.get("article_count") or 1, 1)
        if mean_cos < options.cohesion:
            scored.append((-math.inf, float(cos), story))
            continue
        share, _ = entity_share(names, entities.get(story["id"], {}))
        gap = gap_days(when, story["first_seen"], story["last_seen"])
        score = float(cos) + options.entity_weight * share - time_penalty(gap, options)
        scored.append((score, float(cos), story))
    scored.sort(key=lambda t: -t[0])
    return scored


def candidate_stories(store, when: str, names: list[str], vector=None,
                      options: ClusterOptions = OPTIONS) -> list[dict]:
    """Stories near in time or naming the same rare entities; each gets its ``cosine`` to
    ``vector`` (when given)."""
    import numpy as np

    t = _parse(when)
    window = timedelta(days=options.window_days)
    found = {s["id"]: s for s in store.stories_near(_iso(t - window), _iso(t + window),
                                                     options.max_window_candidates)}
    if names:
        counts = store.entity_story_counts(names)
        # Common names ("United States") find too many stories to be a clue, and looking
        # them up would cost in proportion to the archive: only rare ones are looked up.
        rare = sorted((n for n in names if counts.get(n, options.rare_below) < options.rare_below),
                      key=lambda n: counts[n])
        extra: set[int] = set()
        for name in rare[:options.entity_lookups]:
            extra.update(store.stories_naming([name], None, options.per_entity_candidates))
        extra -= set(found)
        if extra:
            for s in store.stories_by_ids(sorted(extra)):
                found[s["id"]] = s
    stories = list(found.values())
    if vector is not None and stories:
        matrix = np.stack([s["centroid"] for s in stories]) if len(stories) > 1 else \
            stories[0]["centroid"][None, :]
        norms = np.clip(np.linalg.norm(matrix, axis=1), 1e-12, None)
        for s, cos in zip(stories, (matrix @ np.asarray(vector, np.float32)) / norms):
            s["cosine"] = float(cos)
    return stories


def place_article(store, article, vector, entity_names: list[str],
                  options: ClusterOptions = OPTIONS) -> int:
    """Put one stored article in a story (joining, starting or merging); return the story id."""
    current = store.story_of(article.id)
    if current is not None:
        return current
    when = store.article_time(article.id)
    names = list(dict.fromkeys(entity_names))
    if article.duplicate_of:
        original = store.story_of(article.duplicate_of)
        if original is not None:
            store.add_to_story(original, article.id, when, vector, 1.0)
            store.add_story_entities(original, [(n, None) for n in names])
            return original
    stories = candidate_stories(store, when, names, vector, options)
    # Entities can add at most entity_weight: only stories within reach need theirs.
    reachable = sorted((s for s in stories if s["cosine"] >= options.join - options.entity_weight),
                       key=lambda s: -s["cosine"])[:options.rescore_top]
    entities = store.story_entities([s["id"] for s in reachable])
    scored = score_candidates(vector, set(names[:10]), when, reachable, entities, options)
    if not scored or scored[0][0] < options.join:
        story_id = store.create_story(article.id, article.title, when, vector)
        store.add_story_entities(story_id, [(n, None) for n in names])
        return story_id
    score, _cos, best = scored[0]
    story_id = best["id"]
    store.add_to_story(story_id, article.id, when, vector, score)
    store.add_story_entities(story_id, [(n, None) for n in names])
    # Only close runners-up can have converged with the story the article joined.
    close = [s for sc, _c, s in scored[1:6] if sc >= options.join - options.entity_weight]
    return merge_converging(store, story_id, close, options)


def merge_converging(store, story_id: int, others: list[dict],
                     options: ClusterOptions = OPTIONS) -> int:
    """Merge ``story_id`` with any of ``others`` whose centroid it has come to match, or, for
    a one-article story, whose article it would now take (see ``would_take``)."""
    import numpy as np

    if not others:
        return story_id
    mine = store.story_centroids([story_id])[story_id]
    mine = mine / max(float(np.linalg.norm(mine)), 1e-12)
    for other in others:
        theirs = other["centroid"] / max(float(np.linalg.norm(other["centroid"])), 1e-12)
        if float(mine @ theirs) >= options.merge or would_take(store, story_id, other, options):
            keep, drop = sorted([story_id, other["id"]])  # the older story keeps its id
            store.merge_stories(keep, drop)
            story_id = keep
            mine = store.story_centroids([keep])[keep]
            mine = mine / max(float(np.linalg.norm(mine)), 1e-12)
    return story_id


def would_take(store, story_id: int, other: dict, options: ClusterOptions = OPTIONS) -> bool:
    """Whether story ``story_id``, as it is now, would take the article of the one-article story
    ``other`` if that article arrived now (same score, same rules as ``place_article``).

    In a single pass an article that came before the rest of its story started a story of its
    own and kept it: the story it belonged to did not exist yet, or did not yet look like it.
    Re-offering it when a close story grows makes the result depend less on arrival order, at
    the cost of one scoring per close one-article runner-up (at most 5 per placement)."""
    from .entities import article_entities

    if not options.reoffer_singletons or other.get("article_count") != 1:
        return False
    members = store.story_article_ids(other["id"])
    story = store.stories_by_ids([story_id])
    if len(members) != 1 or not story:
        return False
    article = store.get_articles(members)[0]
    names = list(dict.fromkeys(e["canonical"] for e in article_entities(store, article)))
    entities = store.story_entities([story_id])
    scored = score_candidates(other["centroid"], set(names[:10]), other["first_seen"], story,
                              entities, options)
    return bool(scored) and scored[0][0] >= options.join
