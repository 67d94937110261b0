"""Feeds to articles: every format, plain text out of entry HTML, teasers completed from the
page, entity attacks refused, incomplete and ill-formed feeds still read."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import httpx
import pytest

from newsdesk.config import Config
from newsdesk.errors import ParseError
from newsdesk.ingest.fetcher import Fetcher
from newsdesk.ingest.pipeline import ingest_source
from newsdesk.ingest.refresh import articles_from_feed, is_teaser
from newsdesk.sources.feeds import html_to_text, neutralise_entities, parse_feed

from .conftest import DATA

FEEDS = DATA / "feeds"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


def read(name: str) -> tuple:
    config = Config(env={}, analyze=False)
    return articles_from_feed((FEEDS / name).read_bytes(), url=None, name=name, config=config,
                              fetcher=None, now=NOW)


def test_rss_091_entry_becomes_an_article_with_canonical_url_and_outlet():
    (article,), warnings = read("rss091.xml")
    assert warnings == []
    assert article.title == "Ferry timetable changes from Monday"
    assert article.url == "https://www.harbour-gazette.example/news/ferry-timetable"  # utm_ dropped
    assert article.outlet == "Harbour Gazette" and article.domain == "harbour-gazette.example"
    assert article.language == "en" and article.source == "feed"
    assert article.fetched == "2025-06-01T12:00:00+00:00"


def test_rss_10_entry_keeps_dc_creator_date_language():
    (article,), _ = read("rss10.rdf")
    assert article.byline == "Ana Ruiz"
    assert article.published == "2025-05-27T07:30:00+00:00"
    assert article.language == "es"
    assert article.outlet == "Valley Times"


def test_rss_20_content_encoded_becomes_plain_text_without_scripts():
    (article,), _ = read("rss20.xml")
    assert article.title == "Council & mayor agree budget"
    assert article.text.startswith("The city council and the mayor agreed the budget")
    assert "\n\nThe deal raises spending on schools and buses." in article.text
    assert "<" not in article.text and "alert" not in article.text
    assert article.description == "The council agreed the budget."
    assert article.published == "2025-05-28T12:00:00+00:00"
    assert article.url == "https://www.dailyledger.example/politics/budget.html"


def test_atom_entry_resolves_relative_link_and_html_title():
    (article,), _ = read("atom.xml")
    assert article.title == "Grève des trains"
    assert article.url == "https://lequotidien.example/2025/05/greve"
    assert article.byline == "Claire Martin"
    assert article.published == "2025-05-28T08:15:00+00:00"
    assert article.language == "fr"


def test_json_feed_items_become_articles_and_bad_items_a_warning():
    (article,), warnings = read("feed.json")
    assert article.title == "Ice road opens early"
    assert article.text == "The winter ice road opened two weeks early this year."
    assert article.byline == "Jo Tremblay"
    assert article.published == "2025-01-10T13:00:00+00:00"
    assert article.outlet == "Northern Wire" and article.language == "en"
    assert any("not an object" in w for w in warnings)


def test_entry_with_no_link_and_no_date_is_still_ingested():
    (article,), warnings = read("no_link_no_date.xml")
    assert article.url is None and article.published is None and article.domain is None
    assert article.title == "Water supply interrupted on Elm Street"
    assert article.outlet == "Notice Board"


def test_ill_formed_feed_with_entries_is_read_with_a_warning():
    articles, warnings = read("illformed.xml")
    assert [a.title for a in articles] == ["Fish & chips shop wins award", "Second story"]
    assert any("ill-formed" in w for w in warnings)


def test_cut_off_feed_without_entries_is_read_empty_with_a_warning():
    parsed = parse_feed(b"<rss version='2.0'><channel><link>https://a.example/</link>", name="x")
    assert parsed.entries == [] and any("ill-formed" in w for w in parsed.warnings)


def test_billion_laughs_feed_is_not_expanded():
    start = time.perf_counter()
    articles, warnings = read("billion_laughs.xml")
    assert time.perf_counter() - start < 2
    assert any("entities" in w for w in warnings)
    assert all(len(a.text) < 100 and "lollol" not in a.text for a in articles)
    assert all("root:" not in a.text for a in articles)  # the external entity was not read


def test_neutralise_entities_leaves_ordinary_feeds_alone():
    data = (FEEDS / "rss20.xml").read_bytes()
    assert neutralise_entities(data) == (data, None)


def test_not_a_feed_is_a_parse_error():
    with pytest.raises(ParseError, match="not a readable feed"):
        parse_feed(b"<head><title>Moved</title></head>\n<body>here</body>", name="x")
    with pytest.raises(ParseError, match="no RSS, RDF, Atom or CDF root"):
        parse_feed(b"<html><body><p>A page</p></body></html>", name="x")
    with pytest.raises(ParseError, match="JSON Feed"):
        parse_feed(b'{"title": "no version"}', name="x")


def test_feed_ttl_and_sy_update_period_are_cache_hints():
    assert parse_feed((FEEDS / "rss20.xml").read_bytes()).ttl == 7200  # <ttl>120</ttl>
    assert parse_feed((FEEDS / "rss10.rdf").read_bytes()).ttl == 43200  # daily, twice


def test_javascript_links_are_not_stored():
    feed = b"""<rss version="2.0"><channel><title>T</title><item><title>Hi</title>
      <link>javascript:alert(1)</link><description>x</description></item></channel></rss>"""
    (article,), _ = articles_from_feed(feed, url=None, name="t", config=Config(env={}),
                                       fetcher=None, now=NOW)
    assert article.url is None


def test_html_to_text_keeps_paragraphs_and_unescapes():
    assert html_to_text("<p>One &amp; two</p><p>Three<br>four</p><style>p{}</style>") == \
        "One & two\n\nThree\nfour"


def test_teaser_detection():
    assert is_teaser("A short announcement. Read more")
    assert is_teaser("Only twenty words here.")
    assert not is_teaser(" ".join(["word"] * 300))
    assert is_teaser(" ".join(["word"] * 300) + " [\u2026]")


PAGE = b"""<html><head><title>Ferry timetable changes from Monday</title>
<meta name="author" content="Kim Shore"></head><body><article>
<h1>Ferry timetable changes from Monday</h1>
""" + b"".join(b"<p>The harbour authority explained paragraph %d of the new timetable, which "
               b"brings earlier sailings, later returns and more ferries on weekdays.</p>\n" % i
               for i in range(12)) + b"</article></body></html>"


def test_teaser_entry_gets_the_full_text_from_its_page():
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=PAGE)

    config = Config(env={}, host_delay=0, respect_robots=False)
    fetcher = Fetcher(config, httpx.MockTransport(handler))
    (article,), warnings = articles_from_feed((FEEDS / "rss091.xml").read_bytes(), url=None,
                                              name="t", config=config, fetcher=fetcher, now=NOW)
    assert seen == ["https://www.harbour-gazette.example/news/ferry-timetable"]
    assert "paragraph 11 of the new timetable" in article.text
    assert article.description.startswith("The harbour authority has published")
    assert warnings == []


def test_teaser_stays_when_the_page_cannot_be_fetched():
    config = Config(env={}, host_delay=0, respect_robots=False)
    fetcher = Fetcher(config, httpx.MockTransport(lambda r: httpx.Response(500)))
    (article,), warnings = articles_from_feed((FEEDS / "rss091.xml").read_bytes(), url=None,
                                              name="t", config=config, fetcher=fetcher, now=NOW)
    assert article.text.startswith("The harbour authority has published")
    assert any("full text" in w and "500" in w for w in warnings)


def test_full_text_is_not_fetched_when_the_setting_is_off():
    config = Config(env={}, host_delay=0, respect_robots=False, fetch_full_text=False)
    fetcher = Fetcher(config, httpx.MockTransport(lambda r: pytest.fail("fetched")))
    (article,), _ = articles_from_feed((FEEDS / "rss091.xml").read_bytes(), url=None, name="t",
                                       config=config, fetcher=fetcher, now=NOW)
    assert article.text.startswith("The harbour authority")


@pytest.mark.parametrize("name", ["rss091.xml", "rss10.rdf", "rss20.xml", "atom.xml", "feed.json"])
def test_every_format_ingests_from_a_file(store, config, name):
    report = ingest_source(store, str(FEEDS / name), config, now=NOW)
    assert report.errors == [] and report.added == 1
    again = ingest_source(store, str(FEEDS / name), config, now=NOW)
    assert again.added == 0 and again.unchanged == 1
