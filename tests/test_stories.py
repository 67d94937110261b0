"""Story clustering, related stories and story views.

Fast tests place hand-made vectors (no model); slow ones run the real embedding model on the
seed page.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.errors import NotFoundError
from newsdesk.ingest.dedup import save_articles
from newsdesk.models import Article
from newsdesk.stories.cluster import ClusterOptions, candidate_stories, place_article

from .conftest import SEED, SEED_NOW

DIM = 384


def unit(*pairs: tuple[int, float]) -> np.ndarray:
    """A unit vector with the given (axis, weight) components."""
    v = np.zeros(DIM, np.float32)
    for axis, weight in pairs:
        v[axis] = weight
    return v / np.linalg.norm(v)


def add(store, title: str, published: str, outlet: str = "Outlet", text: str | None = None,
        duplicate_of: int | None = None) -> Article:
    article = Article(title=title, text=text or f"{title}. Body of the article.",
                      url=f"https://{outlet.lower()}.example/{abs(hash(title + published))}",
                      published=published, outlet=outlet, domain=f"{outlet.lower()}.example")
    save_articles(store, [article])
    if duplicate_of is not None:
        with store.db.write() as conn:
            conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?",
                         (duplicate_of, article.id))
        article.duplicate_of = duplicate_of
    return article


def place(store, article, vector, names=(), options=ClusterOptions()) -> int:
    store.save_embeddings([(article.id, vector)], "test")
    return place_article(store, article, store.get_embeddings([article.id])[article.id],
                         list(names), options)


def test_similar_articles_join_one_story_and_unlike_ones_start_another(store):
    a = add(store, "Quake hits city", "2025-06-01T10:00:00+00:00", "One")
    b = add(store, "Earthquake strikes the city", "2025-06-01T12:00:00+00:00", "Two")
    c = add(store, "Election results announced", "2025-06-01T13:00:00+00:00", "Three")
    s1 = place(store, a, unit((0, 1.0)))
    s2 = place(store, b, unit((0, 1.0), (1, 0.4)))  # cosine 0.93
    s3 = place(store, c, unit((2, 1.0)))
    assert s1 == s2 != s3
    story = store.get_story(s1)
    assert story["article_count"] == 2
    assert (story["first_seen"], story["last_seen"]) == ("2025-06-01T10:00:00+00:00",
                                                         "2025-06-01T12:00:00+00:00")
    assert story["title"] == "Quake hits city"  # the first report names the story


def test_an_earlier_report_placed_later_renames_the_story(store):
    late = add(store, "Follow-up on the quake", "2025-06-02T10:00:00+00:00")
    early = add(store, "Breaking: quake", "2025-06-01T08:00:00+00:00", "Other")
    sid = place(store, late, unit((0, 1.0)))
    assert place(store, early, unit((0, 1.0), (1, 0.2))) == sid
    assert store.get_story(sid)["title"] == "Breaking: quake"
    assert store.story_article_ids(sid) == [early.id, late.id]


def test_shared_entities_tip_a_borderline_article_into_the_story(store):
    options = ClusterOptions(join=0.55, entity_weight=0.15)
    a = add(store, "Minister resigns", "2025-06-01T10:00:00+00:00", "One")
    b = add(store, "Minister quits", "2025-06-01T11:00:00+00:00", "Two")
    c = add(store, "Another minister story", "2025-06-01T12:00:00+00:00", "Three")
    base = place(store, a, unit((0, 1.0)), ["Pavel Blazek", "Czech Republic"], options)
    borderline = unit((0, 0.5), (1, 0.85))  # cosine 0.51: under the threshold alone
    assert place(store, b, borderline, ["Pavel Blazek", "Czech Republic"], options) == base
    elsewhere = unit((0, 0.5), (2, 0.85))  # as close to the first article, nothing in common
    assert place(store, c, elsewhere, ["Someone Else"], options) != base


def _analysed(store, article, names: list[tuple[str, list[int]]]) -> None:
    """Store an analysis naming each (canonical name, [mention starts])."""
    entities = [{"text": name, "label": "ORG", "kind": "organisation", "canonical": name, "code": None,
                 "start": start, "end": start + len(name)} for name, starts in names for start in starts]
    store.save_analysis(article.id, {"version": "t", "language": "en", "entities": entities,
                                     "quotes": [], "events": [], "summary": [], "keywords": []})


def test_an_articles_names_come_headline_first_then_in_the_order_the_text_names_them(store):
    from newsdesk.stories.entities import article_entities

    a = add(store, "Why the Cincinnati Zoo shot its gorilla", "2025-06-01T10:00:00+00:00", "One")
    _analysed(store, a, [("SeaWorld", [900, 1000, 1100, 1200]), ("PETA", [300, 950]),
                         ("Cincinnati Zoo", [5000])])
    assert [e["canonical"] for e in article_entities(store, a)] == ["Cincinnati Zoo", "PETA", "SeaWorld"]


def test_a_long_piece_that_names_the_event_early_then_much_else_joins_the_events_story(store):
    from newsdesk.stories.stages import cluster_articles

    report = add(store, "Gorilla shot at zoo", "2025-06-01T10:00:00+00:00", "One")
    piece = add(store, "Are zoos obsolete?", "2025-06-02T10:00:00+00:00", "Two")
    _analysed(store, report, [("Cincinnati Zoo", [0, 80]), ("Harambe", [40])])
    # The event's names once near the start, then ten others, each mentioned more often.
    others = [(f"Background Name {i}", [2000 + 100 * i + k for k in range(3)]) for i in range(10)]
    _analysed(store, piece, [("Cincinnati Zoo", [120]), ("Harambe", [160])] + others)
    store.save_embeddings([(report.id, unit((0, 1.0))), (piece.id, unit((0, 0.5), (1, 0.866)))], "test")
    first, second = cluster_articles(store, [report, piece])
    assert second == first  # cosine 0.50, lifted by the two names the piece opens with


def test_time_distance_keeps_a_similar_article_from_an_old_story(store):
    old = add(store, "Storm season begins", "2024-01-01T10:00:00+00:00", "One")
    new = add(store, "Storm season begins again", "2025-06-01T10:00:00+00:00", "Two")
    sid = place(store, old, unit((0, 1.0)))
    # cosine 0.7: enough within a week, not a year and a half later with nothing named in common
    assert place(store, new, unit((0, 0.7), (1, 0.714))) != sid


def test_candidates_come_from_the_time_window_or_shared_names_not_the_whole_archive(store):
    old = add(store, "Old story", "2024-01-01T10:00:00+00:00", "One")
    named = add(store, "Old named story", "2024-02-01T10:00:00+00:00", "Two")
    recent = add(store, "Recent story", "2025-05-30T10:00:00+00:00", "Three")
    place(store, old, unit((0, 1.0)))
    s_named = place(store, named, unit((1, 1.0)), ["Harambe"])
    s_recent = place(store, recent, unit((2, 1.0)))
    found = {s["id"] for s in candidate_stories(store, "2025-06-01T10:00:00+00:00", ["Harambe"])}
    assert found == {s_named, s_recent}


def test_two_stories_that_converge_merge_into_one(store):
    a = add(store, "Talks open", "2025-06-01T10:00:00+00:00", "One")
    b = add(store, "Summit begins", "2025-06-01T11:00:00+00:00", "Two")
    c = add(store, "Talks at the summit", "2025-06-01T12:00:00+00:00", "Three")
    options = ClusterOptions(join=0.95, merge=0.80)  # a and b stay apart at first (cosine 0.7)
    v1 = unit((0, 1.0))
    v2 = unit((0, 0.7), (1, 0.714))
    s1 = place(store, a, v1, options=options)
    s2 = place(store, b, v2, options=options)
    assert s1 != s2
    bridge = (v1 + v2) / np.linalg.norm(v1 + v2)  # cosine 0.92 to both
    merged = place(store, c, bridge, options=ClusterOptions(join=0.9, merge=0.80))
    assert merged == min(s1, s2)
    assert store.count_stories() == 1
    assert sorted(store.story_article_ids(merged)) == sorted([a.id, b.id, c.id])
    assert store.get_story(merged)["article_count"] == 3
    assert store.get_story(merged)["title"] == "Talks open"
    gone = max(s1, s2)
    d = add(store, "Later", "2025-06-01T13:00:00+00:00", "Four")
    with pytest.raises(NotFoundError, match=f"story {gone} does not exist"):
        store.add_to_story(gone, d.id, d.published, v1, 1.0)  # a clear error, not a TypeError


def test_an_article_near_a_loose_storys_centre_but_far_from_its_articles_stays_out():
    from newsdesk.stories.cluster import score_candidates

    when = "2025-06-01T10:00:00+00:00"
    # Both centroids point the same way; four near-identical articles sum to length 4, four
    # loosely related ones (a months-long campaign) to length 1.6: mean cosine = cos * 1.6 / 4.
    tight = {"id": 1, "centroid": 4.0 * unit((0, 1.0)), "article_count": 4,
             "first_seen": when, "last_seen": when}
    loose = {"id": 2, "centroid": 1.6 * unit((0, 1.0)), "article_count": 4,
             "first_seen": when, "last_seen": when}
    article = unit((0, 0.9), (1, 0.436))  # cosine 0.9 to both centroids
    scored = {s["id"]: score for score, _cos, s in
              score_candidates(article, set(), when, [tight, loose], {})}
    assert scored[1] == pytest.approx(0.9, abs=1e-3)
    assert scored[2] == float("-inf")  # mean cosine 0.36 to its articles < cohesion 0.40


@pytest.mark.parametrize("order", ["lone article first", "lone article last"])
def test_an_early_article_joins_its_story_once_the_story_has_grown_towards_it(store, order):
    lone = add(store, "Early angle", "2025-06-01T08:00:00+00:00", "One")
    first = add(store, "Main report", "2025-06-01T09:00:00+00:00", "Two")
    grown = add(store, "Follow-up", "2025-06-01T10:00:00+00:00", "Three")
    vectors = {lone.id: unit((0, 0.5), (1, 0.866)),  # cosine 0.5 to the main report: too far
               first.id: unit((0, 1.0)),
               grown.id: unit((0, 0.8), (1, 0.35), (2, 0.487))}  # 0.80 to main, 0.70 to lone
    arrival = [lone, first, grown] if order == "lone article first" else [first, grown, lone]
    for article in arrival:
        place(store, article, vectors[article.id])
    # Main report + follow-up: centroid cosine 0.63 to the early article, which now joins as it
    # would if it arrived last; the result does not depend on the order.
    assert store.count_stories() == 1
    assert store.get_story(store.story_of(lone.id))["article_count"] == 3


def test_without_reoffering_an_early_article_stays_on_its_own(store):
    options = ClusterOptions(reoffer_singletons=False)
    lone = add(store, "Early angle", "2025-06-01T08:00:00+00:00", "One")
    first = add(store, "Main report", "2025-06-01T09:00:00+00:00", "Two")
    grown = add(store, "Follow-up", "2025-06-01T10:00:00+00:00", "Three")
    place(store, lone, unit((0, 0.5), (1, 0.866)), options=options)
    place(store, first, unit((0, 1.0)), options=options)
    place(store, grown, unit((0, 0.8), (1, 0.35), (2, 0.487)), options=options)
    assert store.count_stories() == 2  # centroid cosine 0.63 < merge 0.80


def test_a_wire_copy_joins_its_originals_story_whatever_its_vector(store):
    original = add(store, "Wire story", "2025-06-01T10:00:00+00:00", "Agency")
    copy = add(store, "Wire story (copy)", "2025-06-01T10:30:00+00:00", "Paper",
               duplicate_of=original.id)
    sid = place(store, original, unit((0, 1.0)))
    assert place(store, copy, unit((5, 1.0))) == sid


def test_placing_an_article_twice_keeps_it_in_one_story(store):
    a = add(store, "Once", "2025-06-01T10:00:00+00:00")
    sid = place(store, a, unit((0, 1.0)))
    assert place(store, a, unit((0, 1.0))) == sid
    assert store.get_story(sid)["article_count"] == 1


def test_related_excludes_story_mates_and_duplicates_and_says_why(store):
    from newsdesk.stories.related import related_stories

    text = "The Czech Republic said China was behind it. China denied. The Czech Republic insisted."
    lead = add(store, "Czech Republic blames China", "2025-06-01T10:00:00+00:00", "One", text)
    mate = add(store, "Czech Republic blames China for hack", "2025-06-01T11:00:00+00:00", "Two",
               text + " More.")
    other = add(store, "China holds drills", "2025-06-01T12:00:00+00:00", "Three",
                "China held drills. China said so.")
    unrelated = add(store, "Football final tonight", "2025-06-01T12:00:00+00:00", "Four",
                    "Fans gather. Tickets sold out.")
    s_lead = place(store, lead, unit((0, 1.0)), ["Czech Republic", "China"])
    place(store, mate, unit((0, 1.0), (1, 0.1)), ["Czech Republic", "China"])
    far = add(store, "China trade figures", "2025-06-01T12:30:00+00:00", "Five",
              "China exported more. China imported less.")
    s_other = place(store, other, unit((0, 0.4), (3, 0.92)), ["China"])  # cosine 0.4
    place(store, unrelated, unit((7, 1.0)), [])
    place(store, far, unit((9, 1.0)), ["China"])  # a shared name, nothing else in common
    related = related_stories(store, lead.id)
    assert [r["story_id"] for r in related] == [s_other]
    assert related[0]["reason"] == "shares China"
    assert related[0]["article"]["id"] == other.id
    assert all(s_lead != r["story_id"] for r in related)


def test_story_view_names_the_first_outlet_and_lists_each_outlet(store):
    from newsdesk.stories.views import story_view

    a = add(store, "First", "2025-06-01T09:00:00+00:00", "Early")
    b = add(store, "Second", "2025-06-01T11:00:00+00:00", "Late")
    sid = place(store, a, unit((0, 1.0)))
    place(store, b, unit((0, 1.0)))
    view = story_view(store, sid, with_sentences=False)
    assert view["first_report"] == {"article_id": a.id, "outlet": "Early",
                                    "published": "2025-06-01T09:00:00+00:00"}
    assert [o["outlet"] for o in view["outlets"]] == ["Early", "Late"]
    assert [t["id"] for t in view["timeline"]] == [a.id, b.id]


def test_quotes_across_outlets_fall_back_to_quoted_passages_with_spans(store):
    from newsdesk.stories.views import quotes_across_outlets

    text = 'The minister said: "We will not tolerate hostile cyber actions in any form." Then left.'
    a = add(store, "Quote story", "2025-06-01T09:00:00+00:00", "Early", text)
    stored = store.get_article(a.id)
    quotes = quotes_across_outlets(store, [stored])
    assert len(quotes) == 1
    q = quotes[0]
    assert stored.text[q["start"]:q["end"]] == q["text"]
    assert q["outlet"] == "Early"


def test_sentences_are_spans_into_the_text():
    from newsdesk.stories.views import sentences

    text = "Short. This is the first real sentence here. And a second one follows it!"
    spans = sentences(text)
    assert [s[2] for s in spans] == ["This is the first real sentence here.",
                                      "And a second one follows it!"]
    for start, end, body in spans:
        assert text[start:end] == body


def test_fallback_entities_find_names_and_fold_demonyms():
    from newsdesk.stories.entities import guess_entities

    names = [e["canonical"] for e in guess_entities(
        "Kallas threatens sanctions on China over cyberattack against Czechia",
        "The EU is ready to act, Kaja Kallas said. Chinese officials denied it. "
        "The Czech Republic said Beijing was responsible.")]
    assert "China" in names and "Czech Republic" in names and "Kaja Kallas" in names
    assert "Kallas" not in names  # the surname folds into the full name
    assert "The" not in names


# ---- slow: the real model on the seed ----------------------------------------------------------

@pytest.fixture
def seeded(store, config):
    from newsdesk.ingest.pipeline import ingest_source

    report = ingest_source(store, str(SEED), config, now=SEED_NOW)
    assert report.errors == []
    return store


def _by_title(store, prefix: str) -> Article:
    return next(a for a in store.list_articles() if a.title.startswith(prefix))


@pytest.mark.slow
def test_seed_the_two_hegseth_articles_form_one_story(seeded):
    france24 = _by_title(seeded, "Pentagon chief warns")
    lemonde = _by_title(seeded, "Hegseth reassures")
    assert (france24.outlet, lemonde.outlet) == ("France 24", "Le Monde")
    assert seeded.story_of(france24.id) == seeded.story_of(lemonde.id)
    assert seeded.count_stories() == 3


@pytest.mark.slow
def test_seed_lead_article_relates_to_the_czech_and_hegseth_stories_with_reasons(seeded):
    from newsdesk.stories.related import related_stories

    lead = _by_title(seeded, "Kallas threatens")
    related = related_stories(seeded, lead.id)
    by_story = {r["story_id"]: r for r in related}
    czech = seeded.story_of(_by_title(seeded, "Czech justice minister").id)
    hegseth = seeded.story_of(_by_title(seeded, "Hegseth reassures").id)
    assert set(by_story) == {czech, hegseth}
    assert by_story[czech]["reason"] == "shares Czech Republic"
    assert "China" in by_story[hegseth]["reason"]
    assert all(r["reason"] for r in related)


@pytest.mark.slow
def test_seed_story_view_says_what_each_outlet_adds_and_summarises_with_spans(seeded):
    from newsdesk.stories.views import story_view

    sid = seeded.story_of(_by_title(seeded, "Hegseth reassures").id)
    view = story_view(seeded, sid)
    assert view["first_report"]["outlet"] == "Le Monde"  # 2 hours ago vs 1 hour ago
    texts = {a.id: a.text for a in seeded.get_articles([t["id"] for t in view["timeline"]])}
    assert 2 <= len(view["summary"]) <= 4
    for s in view["summary"]:
        assert texts[s["article_id"]][s["start"]:s["end"]] == s["text"]
    adds = {a["outlet"]: a["sentences"] for a in view["adds"]}
    assert any("Shangri-La Dialogue" in s["text"] for s in adds["France 24"])
    for add_ in view["adds"]:
        for s in add_["sentences"]:
            assert texts[add_["article_id"]][s["start"]:s["end"]] == s["text"]


@pytest.mark.slow
def test_cli_stories_json_follows_the_contract(tmp_path, capsys):
    import json

    from newsdesk.serve.cli import main

    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "ingest", "--now", "2025-06-01T12:00:00Z", str(SEED)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "stories", "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert len(stories) == 3
    for s in stories:
        assert {"id", "title", "articles"} <= set(s)
        for a in s["articles"]:
            assert set(a) == {"id", "url", "title", "source", "published"}
    hegseth = next(s for s in stories if len(s["articles"]) == 2)
    assert {a["source"] for a in hegseth["articles"]} == {"France 24", "Le Monde"}

    lead_id = next(a["id"] for s in stories for a in s["articles"]
                   if a["title"].startswith("Kallas"))
    assert main(["--db", db, "related", str(lead_id), "--json"]) == 0
    related = json.loads(capsys.readouterr().out)
    assert len(related) == 2 and all(r["reason"] and r["article"]["id"] for r in related)

    assert main(["--db", db, "story", str(hegseth["id"]), "--json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["id"] == hegseth["id"] and len(view["timeline"]) == 2

    assert main(["--db", db, "search", "Hegseth Singapore", "--json", "--limit", "2"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2 and all("Hegseth" in h["title"] or "Pentagon" in h["title"] for h in hits)
    assert main(["--db", db, "story", "999"]) == 4  # NotFoundError -> exit code 4
