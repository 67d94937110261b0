"""Headlines that only name the site are replaced by the words of the article's address."""

from __future__ import annotations

import pytest

from newsdesk.sources.headlines import names_only_the_site, repaired_headline, slug_headline


@pytest.mark.parametrize("title, url, domain, outlet, expected", [
    ("CBS News", "https://www.cbsnews.com/news/storm-knocks-out-power-across-ohio-valley-4471/",
     "cbsnews.com", "CBS News", "Storm knocks out power across ohio valley"),
    ("Latest world news - DW International", "https://www.dw.com/en/berlin-votes-on-rent-cap/a-66120345",
     "dw.com", "DW", "Berlin votes on rent cap"),
    ("Home", "https://example.org/2024/05/01/city-council-approves-new-budget.html", "example.org", None,
     "City council approves new budget"),
    ("Daily Planet", "https://dailyplanet.example/metro/flood-warning-issued-for-river-towns/index.html",
     "dailyplanet.example", None, "Flood warning issued for river towns"),
])
def test_a_headline_that_only_names_the_site_becomes_the_words_of_the_address(
        title, url, domain, outlet, expected):
    assert names_only_the_site(title, domain, outlet)
    assert repaired_headline(title, url, domain, outlet) == expected


@pytest.mark.parametrize("title, url, domain, outlet", [
    ("Fox News poll: voters split on tariffs", "https://www.foxnews.com/politics/poll-tariffs-split",
     "foxnews.com", "Fox News"),
    ("EU threatens sanctions on China over cyberattack", "https://www.euronews.com/2025/05/28/eu-china-cyber",
     "euronews.com", "Euronews"),
    ("Подольски завершил карьеру в сборной", "https://football.example/311510-podolski-zavershil-kareru.html",
     "football.example", None),
    ("武汉的声音：有英勇的你", "https://news.example/local/2020-02/19/c_1125597921.htm", "news.example", None),
    ("Reuters", "https://www.reuters.com/", "reuters.com", "Reuters"),
])
def test_real_headlines_and_site_names_without_words_in_the_address_stay(title, url, domain, outlet):
    assert repaired_headline(title, url, domain, outlet) == title


def test_the_words_of_an_address_skip_ids_file_endings_and_index_pages():
    assert slug_headline("https://x.example/414286-angola-satellite-launch-baikonur/") == \
        "Angola satellite launch baikonur"
    assert slug_headline("https://x.example/2016/03/18/health/zoos-after-gorilla-shooting/index.html") == \
        "Zoos after gorilla shooting"
    assert slug_headline("https://x.example/science/moon-probe-lands-safely/articleshow/62298457.cms") == \
        "Moon probe lands safely"
    assert slug_headline("https://x.example/news/12345") is None
    assert slug_headline("https://x.example/a-b") is None
    assert slug_headline(None) is None


def test_a_record_titled_with_its_outlets_name_is_stored_under_its_own_headline():
    from newsdesk.sources.records import record_to_article

    article = record_to_article({
        "title": "ABC News", "text": "External links are provided for reference purposes.",
        "url": "https://abcnews.go.com/International/wireStory/ferry-capsizes-off-coast-dozens-rescued-52044233",
        "source_domain": "abcnews.go.com"})
    assert article.title == "Ferry capsizes off coast dozens rescued"
    kept = record_to_article({"title": "Ferry capsizes off the coast", "text": "Dozens were rescued.",
                              "url": "https://abcnews.go.com/International/ferry-capsizes-52044233"})
    assert kept.title == "Ferry capsizes off the coast"


def test_a_page_titled_with_the_site_name_gets_its_headline_from_its_address():
    from newsdesk.extract.html import extract_article

    body = " ".join(["The harbour authority reopened the port on Monday after the storm passed."] * 6)
    page = (f"<html><head><title>Harbour Times</title></head><body><article><p>{body}</p>"
            f"<p>{body}</p></article></body></html>")
    article = extract_article(page, "https://harbourtimes.example/local/port-reopens-after-storm/")
    assert article.title == "Port reopens after storm"
