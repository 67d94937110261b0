"""Input kinds are detected from content; bad input gets one clear error and loses nothing."""

import gzip
import json

import pytest

from newsdesk.errors import EmptyInputError, UnsupportedInputError
from newsdesk.ingest.pipeline import ingest_source
from newsdesk.sources import detect

from .conftest import SEED, SEED_NOW

RECORD = {
    "title": "Rhine cruise ship hits bridge pylon", "url": "http://www.dw.com/en/ship/a-1?utm_source=rss",
    "source_domain": "www.dw.com", "date_publish": "2017-12-30 09:15:00", "authors": ["Carsten Grün"],
    "description": "About 25 people were injured.",
    "text": "A Swiss river cruise ship hit a bridge pylon on the Rhine near Duisburg, injuring about 25 "
            "people. Another ship helped the passengers to safety, police said.",
}


@pytest.mark.parametrize("data,kind", [
    (b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel></rss>", detect.FEED),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>", detect.FEED),
    (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'></rdf:RDF>", detect.FEED),
    (b'{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}', detect.JSONFEED),
    (b"<?xml version='1.0'?><opml version='2.0'><body/></opml>", detect.OPML),
    (b"<!DOCTYPE html><html><body><p>Hello</p></body></html>", detect.PAGE),
    (json.dumps(RECORD).encode() + b"\n", detect.RECORDS),
])
def test_kind_is_detected_from_content(data, kind):
    assert detect.detect_kind(data, "input.txt") == kind


def test_seed_is_detected_as_a_page_dump_whatever_its_name():
    assert detect.detect_kind(SEED.read_bytes(), "whatever.html") == detect.PAGEDUMP


@pytest.mark.parametrize("data,error", [
    (b"", EmptyInputError), (b"   \n", EmptyInputError),
    (bytes(range(256)) * 4, UnsupportedInputError), (b"just some words, nothing else", UnsupportedInputError),
])
def test_empty_binary_and_unknown_inputs_are_refused(data, error):
    with pytest.raises(error):
        detect.detect_kind(data, "x")


def test_records_keep_news_please_fields(store, config, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\nnot json\n")
    report = ingest_source(store, str(path), config)
    assert report.added == 1 and len(report.warnings) == 1 and "line 3" in report.warnings[0]
    a = store.get_article(report.article_ids[0])
    assert a.url == "http://www.dw.com/en/ship/a-1"
    assert (a.domain, a.outlet, a.byline) == ("dw.com", "DW", "Carsten Grün")
    assert a.published == "2017-12-30T09:15:00+00:00"
    assert a.description == "About 25 people were injured."


def test_bad_files_are_reported_and_stored_articles_survive(store, config, tmp_path):
    ingest_source(store, str(SEED), config, now=SEED_NOW)
    before = store.count_articles()
    cases = {
        "empty.xml": b"",
        "binary.html": bytes(range(256)) * 64,
        "truncated.html.gz": gzip.compress(b"<html><body><p>" + bytes(range(256)) * 40)[:20],
        "noarticle.html": b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        report = ingest_source(store, str(path), config)
        assert report.errors and report.article_ids == [], name
        assert "\n" not in report.errors[0]
    missing = ingest_source(store, str(tmp_path / "nope.html"), config)
    assert "no such file" in missing.errors[0]
    assert store.count_articles() == before


def test_a_file_over_the_size_limit_is_refused_before_reading(store, tmp_path):
    from newsdesk.config import Config

    small = Config(env={}, db=store.path, analyze=False, max_file_bytes=1000)
    path = tmp_path / "big.html"
    path.write_bytes(b"<html><body>" + b"<p>x</p>" * 1000 + b"</body></html>")
    report = ingest_source(store, str(path), small)
    assert "over the 1,000-byte limit" in report.errors[0]


def test_a_decompression_bomb_stops_at_the_limit():
    from newsdesk.errors import TooLargeError

    bomb = gzip.compress(b"\0" * 5_000_000)
    with pytest.raises(TooLargeError):
        detect.gunzip_capped(bomb, 1_000_000)


@pytest.mark.parametrize("raw,expected", [
    ("caf\xe9 cr\xe8me".encode("cp1252"), "café crème"),
    ("<meta charset='iso-8859-2'>Praha \u010de\u0161tina".encode("iso-8859-2"), "Praha čeština"),
    ("\ufeffBOM text".encode("utf-8"), "BOM text"),
])
def test_text_is_decoded_whatever_the_encoding(raw, expected):
    assert detect.decode_text(raw).endswith(expected)


def test_a_truncated_gzip_page_is_used_as_far_as_it_goes_with_a_warning(store, config, tmp_path):
    body = " ".join(f"Sentence number {i} of a long report on river traffic." for i in range(400))
    data = gzip.compress(f"<html><body><article><p>{body}</p></article></body></html>".encode())
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) // 2])
    report = ingest_source(store, str(path), config)
    assert any("truncated gzip" in w for w in report.warnings)
    assert report.added == 1
