"""Search: FTS5 index kept by triggers, BM25 order, snippets, filters, RRF fusion, hybrid."""

from __future__ import annotations

import html

import numpy as np
import pytest

from newsdesk.ingest.dedup import save_articles
from newsdesk.models import Article
from newsdesk.store.search import HL_CLOSE, HL_OPEN, SearchFilters, fts_query
from newsdesk.stories.search import render_snippet, rrf


def add(store, title, text, published, outlet):
    a = Article(title=title, text=text, url=f"https://{outlet.lower()}.example/{abs(hash(title))}",
                published=published, outlet=outlet, domain=f"{outlet.lower()}.example")
    save_articles(store, [a])
    return a


@pytest.fixture
def archive(store):
    a = add(store, "Volcano erupts in Iceland", "Lava flows reached the town of Grindavik on "
            "Monday as the volcano erupted again.", "2025-05-01T10:00:00+00:00", "Reykjavik")
    b = add(store, "Iceland evacuates town", "Residents left Grindavik before the eruption.",
            "2025-05-02T10:00:00+00:00", "Nordic")
    c = add(store, "Markets rally", "Stocks rose on Monday after the central bank spoke.",
            "2025-05-20T10:00:00+00:00", "Nordic")
    return store, a, b, c


def test_every_stored_article_is_in_the_full_text_index(archive):
    store, a, b, c = archive
    assert {h["id"] for h in store.search_text("Grindavik")} == {a.id, b.id}


def test_title_matches_rank_above_body_matches(archive):
    store, a, b, c = archive
    hits = store.search_text("eruption volcano")
    assert hits[0]["id"] == a.id


def test_snippets_highlight_the_matched_terms(archive):
    store, a, *_ = archive
    hit = store.search_text("lava")[0]
    assert f"{HL_OPEN}Lava{HL_CLOSE}" in hit["snippet"]
    assert render_snippet(hit["snippet"], "<mark>", "</mark>", html.escape).startswith(
        "<mark>Lava</mark> flows")


def test_an_edited_article_is_reindexed_and_a_deleted_one_leaves_the_index(archive):
    store, a, b, c = archive
    edited = Article(title=a.title, text="Completely new wording about glaciers.",
                     url=a.url, published=a.published, outlet="Reykjavik", domain="reykjavik.example")
    save_articles(store, [edited])
    assert [h["id"] for h in store.search_text("glaciers")] == [a.id]
    assert all(h["id"] != a.id for h in store.search_text("lava"))
    with store.db.write() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (c.id,))
    assert store.search_text("stocks") == []


def test_filters_by_outlet_dates_and_story(archive):
    store, a, b, c = archive
    monday = {h["id"] for h in store.search_text("Monday")}
    assert monday == {a.id, c.id}
    assert {h["id"] for h in store.search_text("Monday", SearchFilters(outlet="Nordic"))} == {c.id}
    assert {h["id"] for h in store.search_text("Monday", SearchFilters(outlet="reykjavik.example"))} == {a.id}
    assert {h["id"] for h in store.search_text("Monday", SearchFilters(since="2025-05-10"))} == {c.id}
    assert {h["id"] for h in store.search_text("Monday", SearchFilters(until="2025-05-01"))} == {a.id}
    sid = store.create_story(a.id, a.title, a.published, np.ones(384, np.float32))
    assert {h["id"] for h in store.search_text("Monday", SearchFilters(story=sid))} == {a.id}


def test_queries_with_fts_syntax_characters_are_taken_as_words(archive):
    store, *_ = archive
    assert fts_query('lava AND "town of" -NEAR(') == '"lava" OR "town of" OR "NEAR"'
    assert fts_query('the of') == '"the" OR "of"'
    assert store.search_text('"town of" NEAR( *') != []
    assert store.search_text("   ") == []


def test_rrf_rewards_documents_found_by_both_lists():
    fused = rrf([[1, 2, 3], [3, 4, 1]])
    assert [d for d, _ in fused][:2] == [1, 3]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 63)
    assert {d for d, _ in fused} == {1, 2, 3, 4}


def test_vector_matrix_cache_picks_up_new_and_re_embedded_rows(archive):
    store, a, b, c = archive
    store.save_embeddings([(a.id, np.eye(384)[0]), (b.id, np.eye(384)[1])], "test")
    ids, m = store.vector_matrix()
    assert list(ids) == [a.id, b.id]
    store.save_embeddings([(c.id, np.eye(384)[2])], "test")
    ids, m = store.vector_matrix()
    assert list(ids) == [a.id, b.id, c.id] and m[2, 2] == 1.0
    store.save_embeddings([(a.id, np.eye(384)[3])], "test")
    ids, m = store.vector_matrix()
    assert m[0, 3] == 1.0 and m[0, 0] == 0.0


@pytest.mark.slow
def test_hybrid_search_finds_by_meaning_what_words_miss(store, config):
    from newsdesk.ingest.pipeline import store_and_process
    from newsdesk.stories.search import search

    arts = [
        Article(title="Lava reaches Grindavik", text="The eruption on the Reykjanes peninsula "
                "sent lava into the fishing town.", url="https://a.example/1",
                published="2025-05-01T10:00:00+00:00", outlet="A", domain="a.example"),
        Article(title="Central bank holds rates", text="Interest rates stay unchanged, the bank "
                "said on Thursday.", url="https://b.example/2",
                published="2025-05-02T10:00:00+00:00", outlet="B", domain="b.example"),
    ]
    store_and_process(store, arts, config)
    hits = search(store, "volcanic activity in Iceland", limit=5)
    assert hits[0]["id"] == arts[0].id and hits[0]["matched"] == ["vector"]
    assert store.search_text("volcanic activity in Iceland") == []
    text_only = search(store, "interest rates", limit=5, mode="text")
    assert [h["id"] for h in text_only] == [arts[1].id]
    assert HL_OPEN in text_only[0]["snippet"]
    filtered = search(store, "volcanic activity", SearchFilters(outlet="B"), limit=5)
    assert [h["id"] for h in filtered] == [arts[1].id]
    by_entity = search(store, "volcano", SearchFilters(entity="Grindavik"), limit=5)
    assert [h["id"] for h in by_entity] == [arts[0].id]


def test_common_terms_do_not_select_candidates_in_a_large_archive(archive, monkeypatch):
    from newsdesk.store import search as store_search

    store, a, b, c = archive
    monkeypatch.setattr(store_search, "COMMON_MIN_ARTICLES", 0)
    monkeypatch.setattr(store_search, "COMMON_SHARE", 0.5)
    # "Monday" is in 2 of 3 articles (common), "Grindavik" in 2, "stocks" in 1 (rare).
    assert [h["id"] for h in store.search_text("stocks Monday", limit=1)] == [c.id]
    # The rare term finds fewer hits than asked for: the whole query runs, common terms too.
    assert {h["id"] for h in store.search_text("stocks Monday", limit=5)} == {a.id, c.id}


def test_reduced_vector_scan_finds_the_exact_nearest_rows(archive, monkeypatch):
    from newsdesk.analyze import embeddings
    from newsdesk.store import search as store_search
    from newsdesk.stories import search as story_search

    store, a, b, c = archive
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(3, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    store.save_embeddings([(x.id, v) for x, v in zip((a, b, c), vectors)], "test")
    monkeypatch.setattr(store_search, "REDUCE_FROM", 2)
    monkeypatch.setattr(store_search, "REDUCED_DIM", 2)
    monkeypatch.setattr(story_search, "COARSE_CANDIDATES", 2)
    monkeypatch.setattr(embeddings, "embed", lambda texts: vectors[[1]])
    ids, matrix, basis, reduced = store.vector_index()
    assert basis.shape == (384, 2) and reduced.shape == (3, 2)
    hits = story_search.vector_search(store, "anything", limit=1)
    assert hits[0][0] == b.id and hits[0][1] == pytest.approx(1.0, abs=1e-3)
    only_c = story_search.vector_search(store, "anything", SearchFilters(story=None, outlet="Nordic",
                                                                            since="2025-05-10"))
    assert [i for i, _ in only_c] == [c.id]
