"""Gathers what each page shows from the store, in one place for the HTML pages, the JSON API
and the feeds out.

Analysis (entities, quotes, events, summary) and stories/related/search are built by other
parts of newsdesk; each panel appears when its data exists. This module is the one place that
asks whether they are there (``hasattr(store, ...)``, guarded imports), so pages never do.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timezone

from ...analyze import quoted_words
from ...errors import NotFoundError
from .text import parse_time, sentence_at, sentence_paragraphs, time_counts


def _get(obj, *names, default=None):
    """A field of a dict or an object, trying several names (the other modules' shapes)."""
    for name in names:
        if isinstance(obj, dict):
            if obj.get(name) is not None:
                return obj[name]
        elif getattr(obj, name, None) is not None:
            return getattr(obj, name)
    return default


def article_brief(a) -> dict:
    return {"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet, "domain": a.domain,
            "published": a.published, "description": a.description}


def _first_sentence(text: str | None, limit: int = 280) -> str:
    if not text:
        return ""
    paras = sentence_paragraphs(text)
    first = paras[0][0].text if paras and paras[0] else text.strip()
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


# ---- analysis ------------------------------------------------------------------------------


def analysis(store, article_id: int) -> dict | None:
    if not hasattr(store, "get_analysis"):
        return None
    try:
        return store.get_analysis(article_id)
    except NotFoundError:
        return None


def _lead_sentence(store, article) -> str:
    an = analysis(store, article.id)
    summary = (an or {}).get("summary") or []
    if summary:
        return _get(summary[0], "text", default="")
    return article.description or _first_sentence(article.text)


def entity_links(store, article_id: int, an: dict | None) -> list[dict]:
    """Entities of an article with their entity-page id where the store knows it."""
    out: dict[str, dict] = {}
    if hasattr(store, "article_entities"):
        try:
            rows = store.article_entities(article_id) or []
        except NotFoundError:
            rows = []
        for e in rows:
            name = _get(e, "name", "canonical", "text", default="?")
            item = out.setdefault(name.lower(), {"id": _get(e, "id", "entity_id"), "name": name,
                                                 "kind": _get(e, "kind", "label", default=""),
                                                 "count": 0})
            item["count"] += int(_get(e, "count", "mentions", default=1))
    if not out and an:
        for e in an.get("entities") or []:
            name = e.get("canonical") or e.get("text") or "?"
            item = out.setdefault(name.lower(), {"id": None, "name": name,
                                                 "kind": e.get("kind") or e.get("label") or "",
                                                 "count": 0})
            item["count"] += 1
    return sorted(out.values(), key=lambda e: (-e["count"], e["name"]))


def quotes_by_speaker(quotes: list[dict]) -> list[dict]:
    groups: dict[str, dict] = {}
    for q in quotes:
        speaker = q.get("speaker_canonical") or q.get("speaker") or "Unattributed"
        q = {**q, "quoted": q.get("quoted") or quoted_words(q)}  # the story view's quotes carry it already
        groups.setdefault(speaker, {"speaker": speaker, "quotes": []})["quotes"].append(q)
    return sorted(groups.values(), key=lambda g: (g["speaker"] == "Unattributed", -len(g["quotes"])))


def _third_person(phrase: str) -> str:
    """"threaten" -> "threatens", "make statement" -> "makes statement"."""
    first, _, rest = phrase.partition(" ")
    if not first:
        return phrase
    if first.endswith(("s", "sh", "ch", "x", "z")):
        first += "es"
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        first = first[:-1] + "ies"
    else:
        first += "s"
    return f"{first} {rest}".strip()


def event_line(ev: dict) -> dict:
    """An event as who did what to whom."""
    def name(side):
        side = side or {}
        return side.get("canonical") or side.get("text")
    return {"who": name(ev.get("source")) or "someone",
            "what": _third_person((ev.get("type") or "").replace("_", " ").lower()),
            "whom": name(ev.get("target")) or "", "cameo": ev.get("cameo"),
            "text": ev.get("text"), "start": ev.get("start"), "date": ev.get("date"),
            "cue": ev.get("cue")}


# ---- stories, related, search (helper modules, when present) ------------------------------


def has_stories(store) -> bool:
    return hasattr(store, "list_stories")


def _story_brief(store, s, now) -> dict:
    articles = _get(s, "articles", default=None)
    ids = [_get(a, "id") for a in articles] if articles else list(_get(s, "article_ids", default=[]))
    outlets = _get(s, "outlets", default=None)
    return {"id": _get(s, "id"), "title": _get(s, "title", default=""),
            "first_seen": _get(s, "first_seen", "first_published"),
            "last_seen": _get(s, "last_seen", "last_published", "updated"),
            "article_count": _get(s, "article_count", "size", default=len(ids)),
            "outlet_count": _get(s, "outlet_count", default=len(outlets) if outlets else None),
            "outlets": outlets or [], "article_ids": ids,
            "summary": _get(s, "summary", "lead", default=None),
            "lead_article_id": _get(s, "lead_article_id")}


def _rank_score(item: dict, now: datetime) -> float:
    """Coverage with a recency decay: a story loses half its weight each 12 hours."""
    t = parse_time(item.get("last_seen") or item.get("published"))
    age_h = (now - t).total_seconds() / 3600 if t else 24 * 30
    return (1 + (item.get("outlet_count") or 1)) * 0.5 ** (max(age_h, 0) / 12)


# Page data shared by every reader (front page, article pages), and the HTML all anonymous
# readers share, is kept for a couple of seconds and dropped at once when an article or story
# is added: under load with ingest running, readers then cost a lookup instead of a rebuild,
# and never see a page older than PAGE_TTL seconds (plus one rebuild). Per-visitor parts
# (CSRF token, user) are never cached; comments are part of a shared page's ``stamp``.
PAGE_TTL = 2.0
WAIT_FOR_REBUILD = 30.0  # seconds a reader waits for another thread's first build of a page
_PAGE_CACHE: dict = {}
_REBUILDING: dict = {}  # key -> threading.Event set when that rebuild ends
_REBUILD_LOCK = threading.Lock()


def cached(store, key: tuple, compute, stamp=None):
    """The cached value while fresh; else one thread rebuilds it while the others keep serving
    the previous value, or wait for it when there is none yet: never a stampede of rebuilds
    when an ingest commits under load, or when the front page's minute turns.

    ``stamp``: a value the page depends on besides the content (the front page's minute,
    an article page's comments)."""
    version = (store.content_version(), stamp)
    full_key = (store.instance_id, *key)
    hit = _PAGE_CACHE.get(full_key)
    clock = time.monotonic()
    if hit and hit[0] == version and clock - hit[1] < PAGE_TTL:
        return hit[2]
    with _REBUILD_LOCK:
        running = _REBUILDING.get(full_key)
        if running is None:
            _REBUILDING[full_key] = threading.Event()
    if running is not None and hit:
        return hit[2]
    if running is not None:
        running.wait(WAIT_FOR_REBUILD)
        hit = _PAGE_CACHE.get(full_key)
        if hit:
            return hit[2]
        return compute()
    try:
        value = compute()
        if len(_PAGE_CACHE) > 2000:
            _PAGE_CACHE.clear()
        _PAGE_CACHE[full_key] = (version, clock, value)
        return value
    finally:
        with _REBUILD_LOCK:
            _REBUILDING.pop(full_key).set()


def shared_lookup(store, key: tuple, stamp=None) -> tuple[object, bool]:
    """For the event loop, which must not build: (the cached value, whether it wants a rebuild),
    or (None, False) when there is no value for this ``stamp``. A value gone out of date (new
    content, or older than PAGE_TTL) is still returned, stale while one rebuild runs."""
    full_key = (store.instance_id, *key)
    hit = _PAGE_CACHE.get(full_key)
    if not hit or hit[0][1] != stamp:
        return None, False
    fresh = hit[0][0] == store.content_version() and time.monotonic() - hit[1] < PAGE_TTL
    return hit[2], not fresh and full_key not in _REBUILDING


def front_items(store, now: datetime | None = None, limit: int = 40) -> list[dict]:
    """The front page: stories ranked by coverage and recency, else the latest articles."""
    now = now or datetime.now(timezone.utc)
    minute = now.replace(second=0, microsecond=0)
    return cached(store, ("front", limit), lambda: _front_items(store, now, limit),
                   stamp=minute)


def _front_items(store, now: datetime, limit: int) -> list[dict]:
    if has_stories(store):
        stories = [_story_brief(store, s, now) for s in store.list_stories(limit=limit * 3)]
        if stories:
            members = (store.story_members([s["id"] for s in stories])
                       if hasattr(store, "story_members") else {})
            for st in stories:
                if not st["article_ids"]:
                    st["article_ids"] = members.get(st["id"]) or (
                        store.story_article_ids(st["id"]) if hasattr(store, "story_article_ids")
                        else [])
            wanted = [aid for st in stories for aid in st["article_ids"][:50]]
            by_id = {a.id: a for a in store.get_articles(wanted)}
            for st in stories:
                arts = [by_id[i] for i in st["article_ids"][:50] if i in by_id]
                names = sorted({a.outlet or a.domain for a in arts if a.outlet or a.domain})
                st["outlets"] = st["outlets"] or names
                if st["outlet_count"] is None:  # an article with no known outlet counts as one
                    st["outlet_count"] = len(names) + any(not (a.outlet or a.domain) for a in arts)
                st["article_count"] = st["article_count"] or len(arts)
                if not st["last_seen"]:
                    st["last_seen"] = max((a.published or "" for a in arts), default=None)
                st["kind"] = "story"
                st["_arts"] = arts
            stories.sort(key=lambda s: -_rank_score(s, now))
            stories = stories[:limit]
            for st in stories:
                arts = st.pop("_arts")
                lead = st["summary"]
                if isinstance(lead, list):
                    lead = _get(lead[0], "text") if lead else None
                lead_article = next((a for a in arts if a.id == st.get("lead_article_id")),
                                    arts[0] if arts else None)
                if not lead and lead_article:
                    lead = _lead_sentence(store, lead_article)
                st["lead"] = lead or ""
            return stories
    items = []
    for a in store.list_articles(limit=limit):
        items.append({"kind": "article", "id": a.id, "title": a.title, "outlet_count": 1,
                      "outlets": [a.outlet or a.domain] if a.outlet or a.domain else [],
                      "last_seen": a.published, "lead": _lead_sentence(store, a),
                      "article_count": 1})
    return items


def related(store, article_id: int, limit: int = 8) -> list[dict]:
    """Related articles (one per related story), each with why it is related."""
    try:
        from ...stories.related import related_stories  # helper module, when present
    except ImportError:
        return _related_fallback(store, article_id, limit)
    rows = related_stories(store, article_id, limit=limit)
    if not rows and not store.count_stories():
        return _related_fallback(store, article_id, limit)  # articles stored before stories ran
    ids = [r["article_ids"][0] for r in rows if r.get("article_ids")]
    by_id = {a.id: a for a in store.get_articles(ids)}
    out = []
    for r in rows:
        a = by_id.get((r.get("article_ids") or [None])[0])
        if a is None:
            continue
        out.append({**article_brief(a), "reason": r.get("reason") or "",
                    "story_id": r.get("story_id"), "story_title": r.get("story_title"),
                    "story_size": len(r.get("article_ids") or [])})
    return out


_NAME = re.compile(r"\b[A-Z][a-zA-Z'’-]{2,}\b")
_STOP = {"The", "This", "That", "After", "Over", "With", "From", "Against", "What", "How", "Why"}


def _related_fallback(store, article_id: int, limit: int) -> list[dict]:
    """Until stories/related exists: other articles sharing capitalised names in the title."""
    me = store.get_article(article_id)
    mine = set(_NAME.findall(me.title)) - _STOP
    skip = {article_id, *store.duplicates_of(article_id)}
    scored = []
    for a in store.list_articles(limit=300):
        if a.id in skip:
            continue
        shared = sorted(mine & (set(_NAME.findall(a.title + " " + a.text[:600])) - _STOP))
        if shared:
            scored.append((len(shared), a.published or "", a, shared))
    scored.sort(key=lambda t: (-t[0], t[1]), reverse=False)
    return [{**article_brief(a), "reason": "shares " + ", ".join(shared[:4]), "story_id": None}
            for _, _, a, shared in scored[:limit]]


def story_of(store, article_id: int):
    """The story an article belongs to, as {id, title}, or None."""
    if not hasattr(store, "story_of"):
        return None
    story_id = store.story_of(article_id)
    if story_id is None:
        return None
    try:
        return store.get_story(story_id)
    except NotFoundError:
        return None


# ---- pages ---------------------------------------------------------------------------------


def article_page(store, article_id: int, highlight: tuple[int, int] | None = None) -> dict:
    """``highlight``: a (start, end) span another page links to (a story summary sentence);
    it becomes a sentence of its own, so its #s-START anchor exists."""
    return cached(store, ("article", article_id, highlight),
                   lambda: _article_page(store, article_id, highlight))


def _article_page(store, article_id: int, highlight: tuple[int, int] | None) -> dict:
    a = store.get_article(article_id)
    an = analysis(store, article_id)
    summary = list((an or {}).get("summary") or [])
    anchors = [(s["start"], s["end"]) for s in summary
               if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]
    if highlight and 0 <= highlight[0] < highlight[1] <= len(a.text):
        anchors.append(highlight)
    paragraphs = sentence_paragraphs(a.text, anchors)
    for s in summary:
        s = s if isinstance(s, dict) else {}
        s["anchor"] = sentence_at(paragraphs, s.get("start", -1)) if "start" in s else None
    panel = None
    if an is not None:
        quotes = [{**q, "anchor": sentence_at(paragraphs, q["start"])} if isinstance(
            q.get("start"), int) else q for q in an.get("quotes") or []]
        events = []
        for e in an.get("events") or []:
            line = event_line(e)
            if isinstance(line["start"], int):
                line["anchor"] = sentence_at(paragraphs, line["start"])
            events.append(line)
        panel = {"summary": summary, "entities": entity_links(store, article_id, an),
                 "quote_groups": quotes_by_speaker(quotes), "events": events,
                 "keywords": [k if isinstance(k, str) else str(_get(k, "text", "keyword", default=""))
                              for k in an.get("keywords") or []]}
    story = story_of(store, article_id)
    copies = store.get_articles(store.duplicates_of(article_id))
    return {"article": a, "paragraphs": paragraphs, "panel": panel,
            "related": related(store, article_id),
            "story": {"id": _get(story, "id"), "title": _get(story, "title")} if story else None,
            "copies": [article_brief(c) for c in copies]}


# Story views embed every sentence of the story (about a second for ten articles), so they are
# cached per story: {(db, story id): (version, view)}. A story that grew since is served from
# its previous view while one background thread computes the new one (stale while revalidate).
_VIEW_CACHE: dict = {}
_VIEW_LOCK = threading.Lock()  # one computation at a time: two cores, and the model is shared
_REFRESHING: set = set()


def _story_view(store, story: dict):
    """The stories module's view (what each outlet adds, combined summary, quotes)."""
    try:
        from ...stories.views import story_view  # helper module, when present
    except ImportError:
        return None
    key = (store.path, story["id"])
    version = (story.get("article_count"), story.get("last_seen"))
    cached = _VIEW_CACHE.get(key)
    if cached and cached[0] == version:
        return cached[1]

    def compute():
        with _VIEW_LOCK:
            current = _VIEW_CACHE.get(key)
            if current and current[0] == version:
                return current[1]
            view = story_view(store, story["id"])
            if len(_VIEW_CACHE) > 1000:
                _VIEW_CACHE.clear()
            _VIEW_CACHE[key] = (version, view)
            return view

    if cached is None:
        return compute()  # never seen: the reader waits this once
    if key not in _REFRESHING:
        _REFRESHING.add(key)

        def refresh():
            try:
                compute()
            except Exception:  # noqa: BLE001 - the stale view stays; the next visit retries
                pass
            finally:
                _REFRESHING.discard(key)

        threading.Thread(target=refresh, daemon=True, name="story-view").start()
    return cached[1]


def story_page(store, story_id: int) -> dict:
    if not hasattr(store, "get_story"):
        raise NotFoundError("stories are not available in this installation")
    s = store.get_story(story_id)
    brief = _story_brief(store, s, datetime.now(timezone.utc))
    if not brief["article_ids"] and hasattr(store, "story_article_ids"):
        brief["article_ids"] = store.story_article_ids(story_id)
    arts = store.get_articles(brief["article_ids"])
    arts.sort(key=lambda a: a.published or a.fetched or "9999")
    outlets: dict[str, dict] = {}
    for a in arts:
        name = a.outlet or a.domain or "unknown outlet"
        o = outlets.setdefault(name, {"name": name, "articles": 0,
                                      "first": a.published or a.fetched})
        o["articles"] += 1
    view = _story_view(store, s) or {}
    quotes = view.get("quotes")
    if quotes is None:
        quotes = []
        for a in arts[:50]:
            for q in (analysis(store, a.id) or {}).get("quotes") or []:
                quotes.append({**q, "article_id": a.id, "outlet": a.outlet})
    outlet_of = {a.id: a.outlet or a.domain for a in arts}
    summary = view.get("summary") or []
    for item in summary:
        item.setdefault("outlet", outlet_of.get(item.get("article_id")))
    adds = [a for a in view.get("adds") or [] if a.get("sentences")]
    first = arts[0] if arts else None
    return {"story": brief, "articles": [article_brief(a) for a in arts],
            "first": article_brief(first) if first else None,
            "outlets": sorted(outlets.values(), key=lambda o: o["first"] or "9999"),
            "timeline": time_counts([a.published or a.fetched for a in arts]),
            "summary": summary, "adds": adds, "quote_groups": quotes_by_speaker(quotes)}


def entity_page(store, entity_id: int) -> dict:
    if not hasattr(store, "get_entity"):
        raise NotFoundError("entities are not available in this installation")
    e = store.get_entity(entity_id)
    name = _get(e, "name", "canonical", "text", default="?")
    ids = list(store.entity_article_ids(entity_id)) if hasattr(store, "entity_article_ids") else []
    arts = store.get_articles(ids)
    arts.sort(key=lambda a: a.published or "", reverse=True)
    by, about, actor = [], [], []
    keys = {name.lower(), str(_get(e, "canonical", default=name)).lower()}
    for a in arts[:60]:
        an = analysis(store, a.id) or {}
        for q in an.get("quotes") or []:
            speaker = (q.get("speaker_canonical") or q.get("speaker") or "").lower()
            item = {**q, "article_id": a.id, "outlet": a.outlet, "published": a.published,
                    "title": a.title}
            if speaker in keys:
                by.append(item)
            elif any(k and k in (q.get("text") or "").lower() for k in keys):
                about.append(item)
        for ev in an.get("events") or []:
            src = ev.get("source") or {}
            if str(src.get("canonical") or src.get("text") or "").lower() in keys:
                actor.append({**event_line(ev), "article_id": a.id, "outlet": a.outlet,
                              "title": a.title, "end": ev.get("end")})
    stories: dict = {}
    for a in arts:
        st = story_of(store, a.id)
        if st is not None and _get(st, "id") not in stories:
            stories[_get(st, "id")] = {"id": _get(st, "id"), "title": _get(st, "title")}
    return {"entity": {"id": entity_id, "name": name, "kind": _get(e, "kind", "label", default=""),
                       "code": _get(e, "code")},
            "articles": [article_brief(a) for a in arts[:30]], "article_count": len(arts),
            "stories": list(stories.values())[:30], "quotes_by": by[:30], "quotes_about": about[:30],
            "events": actor[:30], "mentions": time_counts([a.published for a in arts])}


HL_OPEN, HL_CLOSE = "\x02", "\x03"  # the store's highlight marks (store/search.py)


def _marked(snippet: str) -> tuple[str, str]:
    """(plain text, HTML with <mark>) from a snippet whose hits sit between HL marks.
    The text is escaped first, then the marks become tags: nothing else can become markup."""
    from html import escape

    plain = snippet.replace(HL_OPEN, "").replace(HL_CLOSE, "")
    html = escape(snippet).replace(HL_OPEN, "<mark>").replace(HL_CLOSE, "</mark>")
    return plain, html


def _hybrid_search():
    try:
        from ...stories import search as module  # helper module, when present
    except ImportError:
        return None
    return getattr(module, "search", None) or getattr(module, "hybrid_search", None)


def search(store, query: str, outlet: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 30, entity: str | None = None,
           event_type: str | None = None, story: int | None = None) -> list[dict]:
    """Hybrid search when the search module exists, else full text, else a plain scan."""
    query = (query or "").strip()
    if not query:
        return []
    hits = None
    filters = None
    try:
        from ...store.search import SearchFilters
        filters = SearchFilters(outlet=outlet, since=since, until=until, entity=entity,
                                event_type=event_type, story=story)
    except ImportError:
        pass
    hybrid = _hybrid_search()
    if hybrid is not None and filters is not None:
        try:
            hits = hybrid(store, query, filters=filters, limit=limit)
        except TypeError:
            hits = None
    if hits is None and hasattr(store, "search_text"):
        hits = store.search_text(query, filters, limit=limit)
    if hits is not None:
        ids = [_get(h, "article_id", "id") for h in hits]
        by_id = {a.id: a for a in store.get_articles(ids)}
        out = []
        for h, aid in zip(hits, ids):
            a = by_id.get(aid)
            if a is None:
                continue
            plain, html = _marked(_get(h, "snippet", default="") or "")
            out.append({**article_brief(a), "snippet": plain, "snippet_marked": html,
                        "score": _get(h, "score")})
        return out
    terms = [t.lower() for t in query.split()]
    out = []
    for a in store.list_articles(limit=2000):
        hay = (a.title + " " + a.text).lower()
        if all(t in hay for t in terms):
            out.append({**article_brief(a), "snippet": _first_sentence(a.text, 200), "score": None})
    return _filter(out, outlet, since, until)[:limit]


def _filter(rows: list[dict], outlet, since, until) -> list[dict]:
    if outlet:
        rows = [r for r in rows if outlet.lower() in (r["outlet"] or r["domain"] or "").lower()]
    if since:
        rows = [r for r in rows if (r["published"] or "") >= since]
    if until:
        rows = [r for r in rows if (r["published"] or "") and r["published"][:10] <= until]
    return rows


WARMED = threading.Event()  # set when the first warm-up pass has finished (/api/v1/status)


def warm_up(store, limit: int = 40, every: float | None = 60.0, stop=None) -> None:
    """Load the models, then keep the views of the front page's stories computed ahead of
    their first reader (a story view embeds every sentence: about a second for a big story).
    Runs again every ``every`` seconds, so stories that new articles created or grew are ready
    too; unchanged stories cost a cache look-up. ``every=None`` warms once."""
    import logging

    log = logging.getLogger("newsdesk.serve")
    try:
        search(store, "news", limit=1)
    except Exception as e:  # noqa: BLE001 - warming is an optimisation; pages still work
        log.warning("warm-up: search model not loaded: %s", type(e).__name__)
    while True:
        try:
            for item in front_items(store, limit=limit):
                if item.get("kind") == "story":
                    _story_view(store, store.get_story(item["id"]))
        except Exception as e:  # noqa: BLE001
            log.warning("warm-up stopped: %s", type(e).__name__)
        WARMED.set()
        if every is None or (stop is not None and stop.wait(every)):
            return
        if stop is None:
            time.sleep(every)
