"""HTML extraction: golden pages (tests/data/pages/X.html beside X.txt), metadata, URLs,
encodings, pages with no article, malformed and huge pages."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.errors import EmptyInputError, NewsdeskError
from newsdesk.extract.encoding import decode_html, declared_charset
from newsdesk.extract.html import extract_article
from newsdesk.extract.limits import bound_page, drop_invisible_blocks

from .conftest import DATA

PAGES = DATA / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def golden(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.parametrize("name", ["article", "amp"])
def test_article_text_matches_its_golden_file(name):
    assert extract_article(page(f"{name}.html")).text == golden(f"{name}.txt")


def test_article_text_leaves_out_navigation_share_newsletter_related_comments_and_footer():
    text = extract_article(page("article.html")).text
    for furniture in ("Sport", "Search", "Tweet", "Sign up for our daily newsletter",
                      "Related: Council approves", "Lifeboat crew", "Comments (2)", "About time!",
                      "All rights reserved", "Privacy policy"):
        assert furniture not in text
    assert text.startswith("The swing bridge over the old harbour opened")
    assert text.endswith("until the summer timetable starts in June.")
    assert len(text.split("\n")) == 6  # one line per paragraph


def test_article_metadata_comes_from_the_page():
    a = extract_article(page("article.html"))
    assert a.title == "Harbour bridge reopens after two-year repair"
    assert a.byline == "Maria Okafor"
    assert a.published == "2024-05-14T07:30:00+00:00"  # +02:00 in the page, UTC here
    assert a.language == "en"
    assert a.outlet == "The Coastal Herald"
    assert a.domain == "coastalherald.example"
    assert a.description.startswith("The swing bridge over the old harbour carries traffic")
    assert a.source == "page"


def test_fetched_url_becomes_an_alias_of_the_page_canonical_url():
    fetched = "https://coastalherald.example/news/2024/05/harbour-bridge-reopens?utm_source=feed"
    a = extract_article(page("article.html"), url=fetched)
    assert a.url == "https://www.coastalherald.example/news/2024/05/harbour-bridge-reopens"
    assert a.aliases == ["https://coastalherald.example/news/2024/05/harbour-bridge-reopens"]


def test_amp_page_folds_into_its_canonical_article():
    amp_url = "https://www.ouest-journal.example/amp/actualite/tramway-nantes-aeroport.html"
    a = extract_article(page("amp.html"), url=amp_url)
    assert a.url == "https://www.ouest-journal.example/actualite/tramway-nantes-aeroport.html"
    assert a.aliases == [amp_url]
    assert a.byline == "Claire Martin, Paul Durand"  # JSON-LD author list
    assert a.published == "2024-03-02T18:05:00+00:00"
    assert a.outlet == "Ouest Journal"
    assert a.language == "fr"


def test_page_without_url_or_canonical_has_no_url():
    a = extract_article(page("cp1252-meta.html"))
    assert a.url is None and a.aliases == []


def test_canonical_pointing_at_the_home_page_is_ignored():
    html = page("amp.html").replace(
        b"https://www.ouest-journal.example/actualite/tramway-nantes-aeroport.html", b"/")
    url = "https://www.ouest-journal.example/actualite/tramway-nantes-aeroport.html"
    assert extract_article(html, url=url).url == url


def test_page_with_no_article_raises_empty_input():
    with pytest.raises(EmptyInputError, match="no article text found"):
        extract_article(page("no-article.html"))


def test_latin1_page_without_charset_declaration_decodes():
    a = extract_article(page("latin1-undeclared.html"))
    assert a.title == "Fête de la bière à Montréal"
    assert "brasseurs québécois" in a.text and "Hélène Côté" in a.text
    assert "\ufffd" not in a.text


def test_windows_1252_meta_charset_is_honoured():
    a = extract_article(page("cp1252-meta.html"))
    assert "the council’s new pavement rules" in a.text
    assert "“We lost a third of our seats last year,” said Zoë Brennan" in a.text
    assert "€150 a year – half" in a.text


def test_utf8_bytes_win_over_a_wrong_latin1_declaration():
    html = '<meta charset="iso-8859-1"><p>Zoë’s café</p>'.encode("utf-8")
    assert "Zoë’s café" in decode_html(html)


def test_declared_charset_names():
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"  # WHATWG
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">') \
        == "shift_jis"
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1251"?><html>') == "cp1251"
    assert declared_charset(b'<meta charset="no-such-charset">') is None


def test_shift_jis_page_decodes_by_its_declaration():
    text = "東京都は月曜日、新しい防災計画を発表した。"
    html = f'<html><head><meta charset="shift_jis"></head><body><p>{text}</p></body></html>'
    assert text in decode_html(html.encode("shift_jis"))


def test_byte_order_mark_decides_the_encoding():
    assert decode_html("\ufeff<p>Zoë</p>".encode("utf-16-le")).endswith("<p>Zoë</p>")


@pytest.mark.parametrize("data", [
    b"", b"   \n", b"<html>", b"<<<>>><p<p></div></div></p>", b"\x00\x01\x02\xff\xfe" * 100,
    b"<html><body><p>Unclosed <b>bold <i>text " + b"<div>" * 5000,
    b"<!-- never closed comment <p>text</p>", b"<script>var a = '<p>not text</p>';",
    b'<meta charset="utf-16"><p>declared utf-16 without a BOM</p>',
])
def test_malformed_input_raises_only_newsdesk_errors(data):
    try:
        extract_article(data)
    except NewsdeskError:
        pass


def test_malformed_markup_still_yields_the_article():
    body = ("<p>The council voted on Tuesday to close the old library, " * 3) + "and reopen it in spring."
    html = f"<html><body><div><table><tr><td><p>{body}<div><span><b>unclosed everywhere"
    assert "The council voted on Tuesday" in extract_article(html.encode()).text


def test_drop_invisible_blocks_removes_scripts_styles_and_comments_in_one_pass():
    html = (b"<p>a</p><SCRIPT type='x'>var s = '</p>';</script ><style>p{}</style><!-- c -->"
            b"<svg><text>t</text></svg><p>b</p><script>unclosed")
    assert drop_invisible_blocks(html) == b"<p>a</p><p>b</p>"


def test_bound_page_cuts_only_what_is_still_too_big_at_a_tag_boundary():
    small = b"<p>x</p>" * 10
    assert bound_page(small, limit=1000) == (small, False)
    scripty = b"<script>" + b"x" * 5000 + b"</script><p>kept</p>"
    assert bound_page(scripty, limit=1000) == (b"<p>kept</p>", False)
    cut, was_cut = bound_page(b"<p>yy</p>" * 500, limit=1000)
    assert was_cut and len(cut) <= 1000 and cut.endswith(b"</p>")


@pytest.mark.slow
def test_fifty_megabyte_page_finishes_with_the_article_from_its_first_part():
    article = page("article.html")
    head, tail = article.split(b"</article>", 1)
    filler = b'<div class="c"><p>' + b"word " * 30 + b"</p></div>\n"
    scripts = b"<script>" + b"var x = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';\n" * 300_000 + b"</script>"
    huge = head + b"</article>" + scripts + filler * (38_000_000 // len(filler)) + tail
    assert len(huge) > 50_000_000
    start = time.perf_counter()
    a = extract_article(huge, url="https://www.coastalherald.example/news/2024/05/harbour-bridge-reopens")
    assert time.perf_counter() - start < 60
    assert a.text.startswith("The swing bridge over the old harbour opened")
    assert a.title == "Harbour bridge reopens after two-year repair"


@pytest.mark.parametrize("line", [
    "Related: Council approves budget for harbour dredging", "READ MORE: Ten things to do this week",
    "DON'T MISS", "Sign up for our daily newsletter and get the headlines in your inbox.",
    "Pick Six Newsletter", "Share this article", "Follow Newsbeat on Instagram, Facebook and YouTube.",
    "Filed under: Politics |", "If you enjoyed this article, we have a proposition for you: join.",
])
def test_body_furniture_lines_are_recognised(line):
    from newsdesk.extract.boilerplate import is_body_furniture

    assert is_body_furniture(line)


@pytest.mark.parametrize("line", [
    "Related research has shown that the bridge was never inspected properly.",
    "Follow-up inspections are planned for the autumn, the council said.",
    "The newsletter, which has 40,000 subscribers, first reported the story on Monday.",
    "Share prices fell 3% after the announcement.",
])
def test_article_sentences_are_not_furniture(line):
    from newsdesk.extract.boilerplate import is_body_furniture

    assert not is_body_furniture(line)


def test_text_given_as_str_with_lone_surrogates_does_not_crash():
    html = page("article.html").decode("utf-8").replace("Ian Reid", "Ian \ud800Reid")
    assert "harbour master" in extract_article(html).text


def test_verse_counts_as_article_text_but_a_menu_does_not():
    from newsdesk.extract.html import has_prose

    verse = "\n".join(["the river runs down to the sea", "and the boats come home at night"] * 4)
    assert has_prose(verse)
    assert not has_prose("\n".join(["Home", "World news", "Politics", "Sign in", "Contact us"] * 8))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<article>", "<table><tr><td>",
                                 "<script>", "<!--", "-->", "<meta charset='koi8-r'>", "&amp;", "&#0;",
                                 "word ", "Sentences of the article go here. ", "\x00", "é", "\ud7ff"]),
                max_size=80))
def test_any_tag_soup_gives_an_article_or_a_newsdesk_error(parts):
    try:
        article = extract_article("".join(parts).encode("utf-8", "replace"))
    except NewsdeskError:
        return
    assert article.text.strip()


def test_binary_content_is_refused_as_unsupported():
    from newsdesk.errors import UnsupportedInputError

    with pytest.raises(UnsupportedInputError, match="binary"):
        extract_article(b"%PDF-1.7\n\x00\x01\x02\x03" + bytes(range(256)) * 10)
