"""Shared page data is reused for a moment and dropped as soon as something new is stored."""

from newsdesk.ingest.dedup import save_articles
from newsdesk.models import Article
from newsdesk.serve.web import data


def article(i: int) -> Article:
    return Article(title=f"Headline {i}", text=f"Body of article {i}.", url=f"https://a.example/{i}",
                   outlet="A", domain="a.example", published=f"2025-06-01T1{i}:00:00+00:00")


def test_front_page_data_is_reused_until_an_article_is_added(store):
    save_articles(store, [article(1)])
    first = data.front_items(store)
    assert data.front_items(store) is first  # served from the cache
    save_articles(store, [article(2)])
    fresh = data.front_items(store)
    assert fresh is not first
    assert {item["title"] for item in fresh} >= {"Headline 1", "Headline 2"}


def test_cache_entries_expire_after_the_ttl(store, monkeypatch):
    save_articles(store, [article(1)])
    first = data.front_items(store)
    monkeypatch.setattr(data, "PAGE_TTL", 0.0)
    assert data.front_items(store) is not first
