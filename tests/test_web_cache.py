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


def test_warm_up_computes_front_page_story_views_before_any_reader(store, config, monkeypatch):
    from newsdesk.ingest.pipeline import ingest_source
    from newsdesk.stories import views

    from .conftest import SEED, SEED_NOW

    ingest_source(store, str(SEED), config, now=SEED_NOW)  # embeds and clusters (real model)
    stories = [s for s in data.front_items(store) if s.get("kind") == "story"]
    assert stories
    data.WARMED.clear()
    data.warm_up(store, every=None)
    assert data.WARMED.is_set()  # what /api/v1/status reports as "warm"

    def no_more(*_args, **_kwargs):
        raise AssertionError("story view computed on a reader's request")

    monkeypatch.setattr(views, "story_view", no_more)
    for s in stories:
        page = data.story_page(store, s["id"])
        assert page["story"]["id"] == s["id"]


def slow_builder(result):
    """A page build that starts, then waits until released: (build, started, release, calls)."""
    import threading

    started, release, calls = threading.Event(), threading.Event(), []

    def build(*_args):
        calls.append(1)
        started.set()
        release.wait(5)
        return result() if callable(result) else result

    return build, started, release, calls


def test_while_one_reader_rebuilds_a_page_the_others_get_the_previous_one(store):
    import threading

    save_articles(store, [article(1)])
    key = ("some page",)
    first = data.cached(store, key, lambda: ["first"])
    save_articles(store, [article(2)])  # the cached page is now out of date
    slow_build, started, release, calls = slow_builder(["rebuilt"])
    builder = threading.Thread(target=data.cached, args=(store, key, slow_build))
    builder.start()
    assert started.wait(5)
    assert data.cached(store, key, slow_build) is first  # served the previous page, no second build
    release.set()
    builder.join()
    assert calls == [1]
    assert data.cached(store, key, slow_build) == ["rebuilt"]


def test_readers_of_a_page_not_built_yet_wait_for_the_one_build(store):
    import threading

    save_articles(store, [article(1)])
    key = ("never built",)
    slow_build, started, release, calls = slow_builder(["built"])
    got = []
    builder = threading.Thread(target=data.cached, args=(store, key, slow_build))
    builder.start()
    assert started.wait(5)
    waiters = [threading.Thread(target=lambda: got.append(data.cached(store, key, slow_build)))
               for _ in range(5)]
    for w in waiters:
        w.start()
    release.set()
    builder.join()
    for w in waiters:
        w.join()
    assert calls == [1]
    assert got == [["built"]] * 5


def test_the_front_page_turning_minute_is_rebuilt_once_while_others_get_the_last(store):
    import threading
    from datetime import datetime, timezone

    save_articles(store, [article(1)])
    t0 = datetime(2025, 6, 1, 12, 0, 30, tzinfo=timezone.utc)
    first = data.front_items(store, now=t0)
    assert data.front_items(store, now=t0.replace(second=50)) is first
    real = data._front_items
    slow, started, release, _calls = slow_builder(None)
    slow_front = lambda *args: slow() or real(*args)  # noqa: E731
    data._front_items = slow_front
    try:
        builder = threading.Thread(target=data.front_items, args=(store, t0.replace(minute=1)))
        builder.start()
        assert started.wait(5)
        assert data.front_items(store, now=t0.replace(minute=1, second=5)) is first
        release.set()
        builder.join()
    finally:
        data._front_items = real
    assert data.front_items(store, now=t0.replace(minute=1, second=9)) is not first


def test_the_event_loop_gets_a_stale_shared_page_and_asks_for_one_rebuild(store):
    import threading

    save_articles(store, [article(1)])
    key = ("shared html",)
    assert data.shared_lookup(store, key, "no comments") == (None, False)  # nothing yet: build
    data.cached(store, key, lambda: b"<p>one</p>", stamp="no comments")
    assert data.shared_lookup(store, key, "no comments") == (b"<p>one</p>", False)  # fresh
    assert data.shared_lookup(store, key, "a comment") == (None, False)  # comments changed: build
    save_articles(store, [article(2)])
    assert data.shared_lookup(store, key, "no comments") == (b"<p>one</p>", True)  # stale: rebuild
    slow_build, started, release, _calls = slow_builder(b"<p>two</p>")
    builder = threading.Thread(target=data.cached, args=(store, key, slow_build),
                               kwargs={"stamp": "no comments"})
    builder.start()
    assert started.wait(5)
    assert data.shared_lookup(store, key, "no comments") == (b"<p>one</p>", False)  # one at a time
    release.set()
    builder.join()
    assert data.shared_lookup(store, key, "no comments") == (b"<p>two</p>", False)
