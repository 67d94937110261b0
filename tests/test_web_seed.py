"""The reader on the real seed, with every ingest stage (embeddings, stories, analysis when
present): the story page, related articles with reasons, the article's AI panel."""

from __future__ import annotations

import pytest

from .conftest import SEED, SEED_NOW
from .test_web_support import NOW, light_hashing, make_app  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from fastapi.testclient import TestClient

    from newsdesk.config import Config
    from newsdesk.ingest.pipeline import ingest_source
    from newsdesk.store import Store

    path = tmp_path_factory.mktemp("seed") / "seed.db"
    config = Config(env={}, db=str(path))
    store = Store(path)
    ingest_source(store, str(SEED), config, now=SEED_NOW)
    with TestClient(make_app(store, config)) as client:
        yield store, client
    store.close()


def _lead(store):
    return next(a for a in store.list_articles() if a.title.startswith("Kallas"))


def test_front_page_ranks_the_two_outlet_hegseth_story_first(seeded):
    store, client = seeded
    if not hasattr(store, "list_stories"):
        pytest.skip("stories have not landed: the front page lists articles")
    items = client.get("/api/v1/front").json()
    assert items[0]["kind"] == "story" and items[0]["outlet_count"] == 2
    assert "Hegseth" in items[0]["title"] or "Pentagon" in items[0]["title"]
    html = client.get("/").text
    assert "2 outlets" in html and "an hour ago" in html


def test_story_page_shows_who_reported_first_timeline_and_summary(seeded):
    store, client = seeded
    if not hasattr(store, "story_of"):
        pytest.skip("stories have not landed")
    hegseth = next(a for a in store.list_articles() if a.title.startswith("Hegseth"))
    story_id = store.story_of(hegseth.id)
    html = client.get(f"/stories/{story_id}").text
    assert "first reported by <strong>Le Monde</strong>" in html
    assert "<svg" in html and "France 24" in html
    page = client.get(f"/api/v1/stories/{story_id}").json()
    assert len(page["articles"]) == 2 and page["first"]["outlet"] == "Le Monde"
    if page["summary"]:
        s = page["summary"][0]
        target = client.get(f"/articles/{s['article_id']}?hl={s['start']}-{s['end']}").text
        assert f'id="s-{s["start"]}"' in target  # the summary link lands on its sentence


def test_lead_article_relates_to_other_stories_with_reasons(seeded):
    store, client = seeded
    related = client.get(f"/api/v1/articles/{_lead(store).id}/related").json()
    assert related and all(r["reason"] for r in related)
    titles = " | ".join(r["title"] for r in related)
    if hasattr(store, "story_of"):
        assert "Czech justice minister" in titles and ("Hegseth" in titles or "Pentagon" in titles)


def test_lead_article_ai_panel_links_summary_to_its_sentences(seeded):
    store, client = seeded
    if not hasattr(store, "get_analysis"):
        pytest.skip("the analysis module (store.get_analysis) has not landed")
    page = client.get(f"/api/v1/articles/{_lead(store).id}").json()
    assert page["panel"] and page["panel"]["summary"]
    starts = {s["start"] for p in page["paragraphs"] for s in p}
    assert all(s["anchor"] in starts for s in page["panel"]["summary"])
