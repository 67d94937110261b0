"""refresh_feed: one poll of a subscribed feed, its validators, cache hints and backoff."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest

from newsdesk.config import Config
from newsdesk.ingest.fetcher import Fetcher
from newsdesk.ingest.refresh import backoff_delay, cache_hints, poll_delay, refresh_feed
from newsdesk.models import Feed

from .conftest import DATA

FEED_URL = "https://www.dailyledger.example/rss.xml"
RSS20 = (DATA / "feeds" / "rss20.xml").read_bytes()
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def settings(tmp_path):
    return Config(env={}, db=str(tmp_path / "test.db"), analyze=False, host_delay=0,
                  respect_robots=False, feed_interval=1800, feed_max_backoff=86400)


class Server:
    """A MockTransport whose answers the test changes between polls."""

    def __init__(self):
        self.answers: dict[str, httpx.Response] = {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request):
        self.requests.append(request)
        return self.answers.get(str(request.url)) or httpx.Response(404)

    def fetcher(self, config) -> Fetcher:
        return Fetcher(config, httpx.MockTransport(self))


def iso(dt: datetime) -> str:
    return dt.isoformat()


def test_first_poll_stores_articles_and_records_validators_and_schedule(store, settings):
    server = Server()
    server.answers[FEED_URL] = httpx.Response(200, content=RSS20, headers={
        "ETag": '"abc"', "Last-Modified": "Sun, 01 Jun 2025 11:00:00 GMT", "Cache-Control": "max-age=60"})
    feed, _ = store.add_feed(FEED_URL)
    report = refresh_feed(store, feed, server.fetcher(settings), settings, NOW)
    assert report.added == 1 and report.errors == []
    (article,) = store.list_articles()
    assert article.feed_id == feed.id and article.outlet == "The Daily Ledger"
    after = store.get_feed(feed.id)
    assert after.etag == '"abc"' and after.last_modified == "Sun, 01 Jun 2025 11:00:00 GMT"
    assert after.last_status == 200 and after.error_count == 0 and after.title == "The Daily Ledger"
    assert after.site_url == "https://www.dailyledger.example/"
    assert after.last_polled == iso(NOW)
    # <ttl>120</ttl> asks for two hours; max-age=60 is shorter than the interval and ignored
    assert after.next_poll == iso(NOW + timedelta(hours=2))


def test_304_changes_nothing_but_the_schedule(store, settings):
    server = Server()
    feed, _ = store.add_feed(FEED_URL)
    store.update_feed(feed.id, etag='"abc"', last_modified="Sun, 01 Jun 2025 11:00:00 GMT")
    server.answers[FEED_URL] = httpx.Response(304)
    report = refresh_feed(store, store.get_feed(feed.id), server.fetcher(settings), settings, NOW)
    assert report.added == report.updated == 0 and report.errors == []
    assert server.requests[0].headers["if-none-match"] == '"abc"'
    assert server.requests[0].headers["if-modified-since"] == "Sun, 01 Jun 2025 11:00:00 GMT"
    after = store.get_feed(feed.id)
    assert after.last_status == 304 and after.etag == '"abc"'
    assert after.next_poll == iso(NOW + timedelta(seconds=1800))
    assert store.list_articles() == []


def test_errors_back_off_exponentially_up_to_the_cap(store, settings):
    server = Server()
    server.answers[FEED_URL] = httpx.Response(500)
    feed, _ = store.add_feed(FEED_URL)
    fetcher = server.fetcher(settings)
    delays = []
    for _ in range(8):
        refresh_feed(store, store.get_feed(feed.id), fetcher, settings, NOW)
        after = store.get_feed(feed.id)
        delays.append((datetime.fromisoformat(after.next_poll) - NOW).total_seconds())
    assert delays[:5] == [1800, 3600, 7200, 14400, 28800]
    assert delays[-1] == 86400  # feed_max_backoff
    assert after.error_count == 8 and after.last_status == 500 and "500" in after.last_error

    server.answers[FEED_URL] = httpx.Response(200, content=RSS20)
    refresh_feed(store, store.get_feed(feed.id), fetcher, settings, NOW)
    healed = store.get_feed(feed.id)
    assert healed.error_count == 0 and healed.last_error is None


def test_retry_after_on_429_and_503_is_honoured(store, settings):
    server = Server()
    feed, _ = store.add_feed(FEED_URL)
    server.answers[FEED_URL] = httpx.Response(429, headers={"Retry-After": "5000"})
    refresh_feed(store, feed, server.fetcher(settings), settings, NOW)
    assert store.get_feed(feed.id).next_poll == iso(NOW + timedelta(seconds=5000))
    server.answers[FEED_URL] = httpx.Response(503, headers={"Retry-After": "999999"})
    refresh_feed(store, store.get_feed(feed.id), server.fetcher(settings), settings, NOW)
    assert store.get_feed(feed.id).next_poll == iso(NOW + timedelta(seconds=86400))  # capped


def test_a_document_that_is_no_feed_is_recorded_as_an_error(store, settings):
    server = Server()
    server.answers[FEED_URL] = httpx.Response(200, content=b"<html><body>Moved</body></html>")
    feed, _ = store.add_feed(FEED_URL)
    report = refresh_feed(store, feed, server.fetcher(settings), settings, NOW)
    after = store.get_feed(feed.id)
    assert report.errors and after.error_count == 1 and after.last_status == 200
    assert "not a readable feed" in after.last_error


PAGE = (b"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
        + b"".join(b"<p>Paragraph %d explains the ferry timetable with its earlier sailings and "
                   b"later returns on weekdays for the islands.</p>" % i for i in range(12))
        + b"</article></body></html>")


def test_teasers_are_completed_once_and_not_refetched_on_the_next_poll(store, settings):
    server = Server()
    teaser_url = "https://www.harbour-gazette.example/feed"
    page_url = "https://www.harbour-gazette.example/news/ferry-timetable"  # tracking dropped
    server.answers[teaser_url] = httpx.Response(200, content=(DATA / "feeds" / "rss091.xml").read_bytes())
    server.answers[page_url] = httpx.Response(200, content=PAGE)
    feed, _ = store.add_feed(teaser_url)
    fetcher = server.fetcher(settings)
    first = refresh_feed(store, feed, fetcher, settings, NOW)
    assert first.added == 1
    (article,) = store.list_articles()
    assert "Paragraph 11 explains" in article.text
    pages = [r for r in server.requests if "ferry-timetable" in str(r.url)]
    second = refresh_feed(store, store.get_feed(feed.id), fetcher, settings, NOW)
    assert second.unchanged == 1 and second.updated == 0
    assert [r for r in server.requests if "ferry-timetable" in str(r.url)] == pages
    assert "Paragraph 11 explains" in store.list_articles()[0].text


def test_poll_delay_uses_the_longest_cache_hint_within_the_cap():
    config = Config(env={}, feed_interval=1800, feed_max_backoff=86400)
    feed = Feed(url="u")
    assert poll_delay(feed, config, NOW) == 1800
    assert poll_delay(feed, config, NOW, ttl=600) == 1800  # never more often than the interval
    assert poll_delay(feed, config, NOW, ttl=10800) == 10800
    assert poll_delay(feed, config, NOW, headers=httpx.Headers({"Cache-Control": "public, max-age=7200"})) == 7200
    expires = httpx.Headers({"Expires": "Sun, 01 Jun 2025 15:00:00 GMT"})
    assert poll_delay(feed, config, NOW, headers=expires) == 3 * 3600
    assert poll_delay(feed, config, NOW, ttl=10 ** 9) == 86400
    assert poll_delay(Feed(url="u", interval=600), config, NOW) == 600


def test_cache_hints_ignore_unparseable_headers():
    assert cache_hints(httpx.Headers({"Expires": "0", "Cache-Control": "no-cache"}), NOW) == []


def test_backoff_uses_the_feeds_own_interval():
    config = Config(env={}, feed_interval=1800, feed_max_backoff=86400)
    assert backoff_delay(Feed(url="u", interval=300), config, errors=3) == 1200
    assert backoff_delay(Feed(url="u"), config, errors=1, retry_after=60) == 1800


def test_page_fetches_per_poll_are_capped_and_the_rest_wait(store, settings, monkeypatch):
    import newsdesk.ingest.refresh as refresh

    monkeypatch.setattr(refresh, "PAGE_FETCHES_PER_POLL", 2)
    items = "".join(f"<item><title>Story {i}</title><link>https://many.example/{i}</link>"
                    f"<description>Teaser {i}. Read more</description></item>" for i in range(5))
    server = Server()
    server.answers["https://many.example/feed"] = httpx.Response(
        200, content=f"<rss version='2.0'><channel><title>Many</title>{items}</channel></rss>".encode())
    for i in range(5):
        body = "".join(f"<p>{' '.join(f'word{i}x{j}x{k}' for k in range(20))}.</p>" for j in range(10))
        page = f"<html><head><title>Story {i}</title></head><body><article>{body}</article></body></html>"
        server.answers[f"https://many.example/{i}"] = httpx.Response(200, content=page.encode())
    feed, _ = store.add_feed("https://many.example/feed")
    fetcher = server.fetcher(settings)
    first = refresh_feed(store, feed, fetcher, settings, NOW)
    assert first.added == 2 and any("3 teasers left for the next poll" in w for w in first.warnings)
    second = refresh_feed(store, store.get_feed(feed.id), fetcher, settings, NOW)
    assert second.added == 2 and second.unchanged == 2
    third = refresh_feed(store, store.get_feed(feed.id), fetcher, settings, NOW)
    assert third.added == 1 and third.unchanged == 4
