"""The reader's pages render what the store holds, readable without JavaScript."""

from __future__ import annotations

import re

from .test_web_support import NOW, client, filled, light_hashing, register  # noqa: F401


def test_front_page_lists_latest_articles_with_outlet_and_relative_time(client):
    html = client.get("/").text
    assert "Pentagon chief warns China is preparing to use force" in html
    assert "France 24" in html
    assert re.search(r'<time datetime="2025-06-01T11:00:00\+00:00" title="2025-06-01 11:00 UTC">'
                     r'an hour ago</time>', html)
    assert "The EU is ready to impose costs on China." in html  # lead sentence


def test_article_page_wraps_each_sentence_in_a_span_named_by_its_offset(client, filled):
    kallas = next(a for a in filled.list_articles() if a.title.startswith("Kallas"))
    html = client.get(f"/articles/{kallas.id}").text
    start = kallas.text.index("Kallas said so")
    assert f'id="s-{start}">Kallas said so on Friday.</span>' in html
    assert f'id="s-0">The EU is ready to impose costs on China.</span>' in html


def test_article_page_shows_the_ai_panel_when_analysis_exists(client, filled):
    kallas = next(a for a in filled.list_articles() if a.title.startswith("Kallas"))
    quote_start = kallas.text.index("\"These")
    said_start = kallas.text.index("Kallas said")

    def fake_analysis(article_id):
        return {
            "summary": [{"text": "Kallas said so on Friday.", "start": said_start,
                         "end": said_start + 25}],
            "entities": [{"text": "Kallas", "label": "PERSON", "kind": "person",
                          "canonical": "Kaja Kallas", "start": said_start, "end": said_start + 6}],
            "quotes": [{"text": "These threats are very serious,", "start": quote_start,
                        "end": quote_start + 30, "speaker": "she",
                        "speaker_canonical": "Kaja Kallas", "direct": True}],
            "events": [{"type": "THREATEN", "cameo": "13", "source": {"canonical": "European Union"},
                        "target": {"canonical": "China"}, "text": "impose costs", "start": 0,
                        "end": 10}],
            "keywords": ["sanctions"],
        }

    filled.get_analysis = fake_analysis
    html = client.get(f"/articles/{kallas.id}").text
    assert f'<a href="#s-{said_start}" class="to-source">Kallas said so on Friday.</a>' in html
    assert f'class="s summarised" id="s-{said_start}"' in html
    assert "Kaja Kallas" in html and "<h4>Kaja Kallas</h4>" in html
    assert ('<strong>European Union</strong> <a href="#s-0" class="to-source">threatens</a> '
            '<strong>China</strong>') in html


def test_article_page_says_when_analysis_is_missing(client, filled):
    aid = filled.list_articles()[0].id
    html = client.get(f"/articles/{aid}").text
    assert 'id="ai-panel"' in html
    assert "Related articles" in html


def test_related_articles_carry_a_reason(client, filled):
    kallas = next(a for a in filled.list_articles() if a.title.startswith("Kallas"))
    data = client.get(f"/api/v1/articles/{kallas.id}/related").json()
    assert data, "the China articles relate"
    assert all(r["reason"] for r in data)
    assert all(r["id"] != kallas.id for r in data)


def test_unknown_article_is_a_404_page(client):
    r = client.get("/articles/99999", headers={"accept": "text/html"})
    assert r.status_code == 404
    assert "Not found" in r.text


def test_search_finds_by_words_and_filters_by_outlet(client):
    html = client.get("/search", params={"q": "China"}).text
    assert "Pentagon chief" in html and "Kallas threatens" in html
    html = client.get("/search", params={"q": "China", "outlet": "France 24"}).text
    assert "Pentagon chief" in html and "Kallas threatens" not in html
    assert "/search/feed.rss?" in html  # a saved search as a feed


def test_feeds_page_lets_an_admin_add_and_remove_a_feed_without_fetching(client, filled):
    register(client)  # the first account is the admin
    html = client.get("/feeds").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    # A private address is only stored here; the poller's fetcher refuses it later.
    r = client.post("/feeds", data={"url": "http://127.0.0.1:9/feed.xml", "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303
    feed = filled.list_feeds()[0]
    assert feed.last_polled is None
    html = client.get("/feeds").text
    assert "127.0.0.1:9/feed.xml" in html and "never" in html
    r = client.post(f"/feeds/{feed.id}/remove", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303 and filled.list_feeds() == []


def test_feeds_page_refuses_non_http_addresses_and_non_admins(client, filled):
    register(client)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/feeds").text).group(1)
    r = client.post("/feeds", data={"url": "file:///etc/passwd", "csrf_token": token})
    assert r.status_code == 400
    client.post("/logout", data={"csrf_token": token})
    register(client, "bob")
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/feeds").text).group(1)
    r = client.post("/feeds", data={"url": "https://example.org/feed", "csrf_token": token})
    assert r.status_code == 403


def test_entity_page_renders_mentions_chart_and_quotes(client, filled):
    ids = [a.id for a in filled.list_articles()]
    filled.get_entity = lambda eid: {"id": eid, "name": "China", "kind": "country"}
    filled.entity_article_ids = lambda eid: ids
    filled.get_analysis = lambda aid: {
        "quotes": [{"text": "China is a threat", "speaker": "Hegseth"},
                   {"text": "We talk to everyone", "speaker": "China"}],
        "events": [{"type": "THREATEN", "source": {"canonical": "China"},
                    "target": {"canonical": "Taiwan"}}],
        "entities": [], "summary": []}
    html = client.get("/entities/7").text
    assert "<h1>China" in html and "<svg" in html
    assert "China is a threat" in html  # a quote about China
    assert "We talk to everyone" in html  # a quote by China
    assert "<strong>China</strong> threatens <strong>Taiwan</strong>" in html


def test_unknown_story_and_entity_are_404(client):
    assert client.get("/stories/424242").status_code == 404
    assert client.get("/entities/424242").status_code == 404


def test_admin_command_makes_an_account_admin(filled, config):
    from newsdesk.serve.cli import main

    filled.create_user("first", "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA")
    filled.create_user("second", "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA")
    assert filled.user_credentials("second")[0]["is_admin"] is False
    assert main(["--db", config.db, "admin", "second"]) == 0
    assert filled.user_credentials("second")[0]["is_admin"] is True
    assert main(["--db", config.db, "admin", "nobody"]) == 4


OPML = b"""<?xml version="1.0"?>
<opml version="2.0"><head><title>subs</title></head><body>
<outline text="World">
  <outline type="rss" text="Le Monde" xmlUrl="https://www.lemonde.fr/rss/une.xml"/>
</outline>
<outline type="rss" text="bad" xmlUrl="file:///etc/passwd"/>
</body></opml>"""


def test_admin_imports_and_exports_opml(client, filled):
    register(client)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/feeds").text).group(1)
    r = client.post("/feeds/import", data={"csrf_token": token},
                    files={"file": ("subs.opml", OPML, "text/x-opml")})
    assert r.status_code == 200 and "1 feeds added" in r.text
    assert [f.url for f in filled.list_feeds()] == ["https://www.lemonde.fr/rss/une.xml"]
    exported = client.get("/feeds/export.opml")
    assert exported.status_code == 200 and b"lemonde.fr/rss/une.xml" in exported.content


def test_api_lists_outlets_and_finds_entities(client, filled):
    outlets = client.get("/api/v1/outlets").json()
    assert {o["name"] for o in outlets} == {"Euronews", "France 24", "Le Monde"}
    assert client.get("/api/v1/entities", params={"name": "nobody at all"}).json() == []


def test_status_reports_counts_version_and_warm_up(client, filled):
    from newsdesk.analyze import analyzer_version
    from newsdesk.serve.web import data

    data.WARMED.clear()
    status = client.get("/api/v1/status").json()
    assert status == {"ok": True, "articles": filled.count_articles(),
                      "stories": filled.count_stories(), "analyzer_version": analyzer_version(),
                      "warm": False}
    data.WARMED.set()
    assert client.get("/api/v1/status").json()["warm"] is True
