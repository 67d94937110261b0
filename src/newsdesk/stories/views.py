"""What a story page shows: timeline, outlets and who reported first, what each article adds
that the others do not, a combined summary with spans into its articles, quotes across outlets.

"Adds" and the summary work on sentences: each sentence is embedded; a sentence is said
elsewhere when another outlet's article has one within ``SAME_SENTENCE`` cosine.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from ..analyze import quoted_words
from .related import article_summary

SAME_SENTENCE = 0.75  # cosine of two sentences that say the same thing in other words
SUMMARY_SENTENCES = 4
MAX_SENTENCES = 30  # per article: leads carry the news; keeps a big story's view fast
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|$)")
_QUOTE = re.compile(r"[\"“]([^\"“”]{30,400})[\"”]")


def sentences(text: str, limit: int = MAX_SENTENCES) -> list[tuple[int, int, str]]:
    """(start, end, sentence) spans of a text, in order; fragments under 4 words are skipped."""
    out = []
    for m in _SENTENCE.finditer(text or ""):
        s = m.group(0)
        start = m.start() + (len(s) - len(s.lstrip()))
        body = s.strip()
        if len(body.split()) >= 4:
            out.append((start, start + len(body), body))
        if len(out) >= limit:
            break
    return out


def _outlet(a) -> str:
    return a.outlet or a.domain or "unknown outlet"


def _time(a) -> str:
    return a.published or a.fetched or ""


def story_view(store, story_id: int, *, with_sentences: bool = True) -> dict:
    story = store.get_story(story_id)
    articles = store.get_articles(store.story_article_ids(story_id))
    timeline = [{**article_summary(a), "duplicate_of": a.duplicate_of} for a in articles]
    outlets: dict[str, dict] = {}
    for a in articles:
        o = outlets.setdefault(_outlet(a), {"outlet": _outlet(a), "articles": 0, "first": None})
        o["articles"] += 1
        if _time(a) and (o["first"] is None or _time(a) < o["first"]):
            o["first"] = _time(a)
    dated = [a for a in articles if _time(a)]
    first = min(dated, key=_time) if dated else (articles[0] if articles else None)
    view = {
        "id": story["id"], "title": story["title"], "first_seen": story["first_seen"],
        "last_seen": story["last_seen"], "article_count": len(articles),
        "timeline": timeline,
        "outlets": sorted(outlets.values(), key=lambda o: (o["first"] or "~", o["outlet"])),
        "first_report": {"article_id": first.id, "outlet": _outlet(first),
                         "published": _time(first)} if first else None,
        "quotes": quotes_across_outlets(store, articles),
    }
    if with_sentences:
        adds, summary = compare_sentences(articles)
        view["adds"] = adds
        view["summary"] = summary
    return view


# Sentence vectors per article, kept across story views: when a story grows, only the new
# article's sentences are embedded (the embedding is most of a view's cost). Bounded LRU:
# 2,000 articles of at most 30 sentences is at most ~90 MB.
SENTENCE_CACHE_ARTICLES = 2000
_SENTENCE_CACHE: OrderedDict = OrderedDict()
_SENTENCE_LOCK = threading.Lock()


def _sentence_vectors(articles):
    """The vectors of ``sentences(a.text)`` for each article, stacked in order."""
    import numpy as np

    from ..analyze.embeddings import embed

    keys = [(a.id, hash(a.text or "")) for a in articles]
    with _SENTENCE_LOCK:
        known = {k: _SENTENCE_CACHE[k] for k in keys if k in _SENTENCE_CACHE}
        for k in known:
            _SENTENCE_CACHE.move_to_end(k)
    todo = [(k, [s[2] for s in sentences(a.text)]) for k, a in zip(keys, articles) if k not in known]
    flat = [text for _, texts in todo for text in texts]
    if flat:
        fresh = embed(flat)
        at = 0
        for k, texts in todo:
            known[k] = fresh[at:at + len(texts)]
            at += len(texts)
        with _SENTENCE_LOCK:
            for k, _ in todo:
                _SENTENCE_CACHE[k] = known[k]
            while len(_SENTENCE_CACHE) > SENTENCE_CACHE_ARTICLES:
                _SENTENCE_CACHE.popitem(last=False)
    parts = [known[k] for k in keys if len(known[k])]
    return np.vstack(parts)


def compare_sentences(articles) -> tuple[list[dict], list[dict]]:
    """Per article, its sentences no other outlet's article says; and a combined summary:
    the sentences closest to the story's centre, no two alike, each with its span."""
    import numpy as np

    spans = [(a, s) for a in articles if not a.duplicate_of for s in sentences(a.text)]
    if not spans:
        return [], []
    vectors = _sentence_vectors([a for a in articles if not a.duplicate_of])
    owner = np.array([a.id for a, _ in spans])
    sims = vectors @ vectors.T
    adds = {a.id: [] for a in articles}
    for i, (a, (start, end, text)) in enumerate(spans):
        others = owner != a.id
        if not others.any() or float(sims[i, others].max()) < SAME_SENTENCE:
            adds[a.id].append({"start": start, "end": end, "text": text})
    centre = vectors.mean(axis=0)
    # Sentences that several outlets carry and that sit near the story's centre come first;
    # the lead position breaks ties (news puts the essentials first).
    support = (sims >= SAME_SENTENCE).sum(axis=1)
    order = np.argsort(-(vectors @ centre + 0.02 * np.minimum(support, 5)))
    chosen: list[int] = []
    for i in order:
        if all(float(sims[i, j]) < SAME_SENTENCE for j in chosen):
            chosen.append(int(i))
        if len(chosen) >= SUMMARY_SENTENCES:
            break
    summary = [{"article_id": spans[i][0].id, "start": spans[i][1][0], "end": spans[i][1][1],
                "text": spans[i][1][2]} for i in chosen]
    return ([{"article_id": a.id, "outlet": _outlet(a), "sentences": adds[a.id]}
             for a in articles if not a.duplicate_of], summary)


def quotes_across_outlets(store, articles) -> list[dict]:
    """Quotes of the story's articles, grouped by outlet: the analysis stage's quotes (with
    speakers) when present, else quoted passages found in the text."""
    getter = getattr(store, "get_analysis", None)
    out = []
    for a in articles:
        found = None
        if getter is not None:
            try:
                analysis = getter(a.id) or {}
                found = analysis.get("quotes")
            except Exception:  # noqa: BLE001 - no analysis for this article
                found = None
        if found:
            for q in found:
                out.append({"article_id": a.id, "outlet": _outlet(a),
                            "speaker": q.get("speaker_canonical") or q.get("speaker"),
                            "text": q.get("text") or q.get("quote"), "quoted": quoted_words(q),
                            "start": q.get("start"), "end": q.get("end")})
            continue
        for m in _QUOTE.finditer(a.text or ""):
            out.append({"article_id": a.id, "outlet": _outlet(a), "speaker": None,
                        "text": m.group(1), "start": m.start(1), "end": m.end(1)})
    return out
