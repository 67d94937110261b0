"""Feeds out parse as what they claim to be (feedparser for RSS and Atom; JSON Feed 1.1)."""

from __future__ import annotations

import json

import feedparser
import pytest

from .test_web_support import XSS, client, fill, filled, light_hashing  # noqa: F401


@pytest.mark.parametrize("fmt,version", [("rss", "rss20"), ("atom", "atom10")])
def test_front_page_feed_parses(client, fmt, version):
    r = client.get(f"/feed.{fmt}")
    assert r.status_code == 200 and fmt in r.headers["content-type"]
    parsed = feedparser.parse(r.content)
    assert parsed.version == version and not parsed.bozo
    titles = [e.title for e in parsed.entries]
    assert "Pentagon chief warns China is preparing to use force" in titles
    assert all(e.link.startswith("http://testserver/") for e in parsed.entries)


def test_front_page_json_feed_is_json_feed_1_1(client):
    r = client.get("/feed.json")
    feed = r.json()
    assert r.headers["content-type"].startswith("application/feed+json")
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert {"id", "url", "title", "content_text"} <= set(feed["items"][0])


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_saved_search_feed_holds_the_matches(client, fmt):
    parsed = feedparser.parse(client.get(f"/search/feed.{fmt}", params={"q": "bitcoin"}).content)
    assert [e.title for e in parsed.entries] == ["Czech minister resigns over bitcoin gift"]
    assert not parsed.bozo


def test_entity_feed_lists_its_articles(client, filled):
    ids = [a.id for a in filled.list_articles()]
    filled.get_entity = lambda eid: {"id": eid, "name": "China", "kind": "country"}
    filled.entity_article_ids = lambda eid: ids[:2]
    parsed = feedparser.parse(client.get("/entities/3/feed.atom").content)
    assert len(parsed.entries) == 2 and "China" in parsed.feed.title


def test_hostile_titles_stay_text_in_feeds(filled, config):
    from fastapi.testclient import TestClient

    from .test_web_support import make_app

    fill(filled, [(f"T {XSS} & more", "O", "o.example", "2025-06-01T10:00:00+00:00", "Body.")])
    with TestClient(make_app(filled, config)) as c:
        for fmt in ("rss", "atom"):
            parsed = feedparser.parse(c.get(f"/feed.{fmt}").content)
            assert not parsed.bozo
            assert any(e.title.startswith("T <script>") for e in parsed.entries)  # text, escaped in XML
        items = json.loads(c.get("/feed.json").text)["items"]
        assert any(i["title"] == f"T {XSS} & more" for i in items)


def test_unknown_feed_format_is_refused(client):
    assert client.get("/feed.xml").status_code in (404, 422)
