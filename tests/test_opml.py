"""OPML in and out: folders as categories, a lossless round trip, entity attacks refused,
and the ``newsdesk opml`` / ``newsdesk feeds`` commands."""

from __future__ import annotations

import json

import pytest

from newsdesk.errors import EmptyInputError, ParseError
from newsdesk.models import Feed
from newsdesk.serve.cli import main
from newsdesk.sources.opml import export_opml, parse_opml

from .conftest import DATA

OPML = DATA / "feeds" / "subscriptions.opml"


def test_parse_opml_reads_feeds_with_nested_folders_as_categories():
    feeds = parse_opml(OPML.read_bytes())
    assert feeds == [
        {"url": "https://www.dailyledger.example/rss.xml", "title": "The Daily Ledger",
         "site_url": "https://www.dailyledger.example/", "category": "News / World"},
        {"url": "https://valley-times.example/rss", "title": "Valley Times", "site_url": None,
         "category": "News"},
        {"url": "https://lequotidien.example/atom.xml", "title": "Le Quotidien", "site_url": None,
         "category": "Europe / France"},  # from the OPML 2.0 category attribute
    ]  # the javascript: outline and the duplicate are dropped


def test_export_then_parse_round_trips():
    feeds = [Feed(url="https://a.example/rss", title="A & B <news>", site_url="https://a.example/",
                  category="World / Europe"),
             Feed(url="https://b.example/atom", title=None, category=None),
             Feed(url="https://c.example/feed", title="C", category="World")]
    text = export_opml(feeds)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>') and 'version="2.0"' in text
    back = sorted(parse_opml(text.encode()), key=lambda f: f["url"])
    assert back == [
        {"url": "https://a.example/rss", "title": "A & B <news>", "site_url": "https://a.example/",
         "category": "World / Europe"},
        {"url": "https://b.example/atom", "title": None, "site_url": None,
         "category": None},
        {"url": "https://c.example/feed", "title": "C", "site_url": None, "category": "World"},
    ]


def test_opml_with_entity_declarations_is_refused():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">
      <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.example/"/></body></opml>"""
    with pytest.raises(ParseError, match="entities"):
        parse_opml(bomb)
    external = b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <opml version="2.0"><body><outline text="&x;" xmlUrl="https://x.example/"/></body></opml>"""
    with pytest.raises(ParseError):
        parse_opml(external)


@pytest.mark.parametrize("data, error", [
    (b"", EmptyInputError), (b"<opml><body>", ParseError), (b"<rss></rss>", ParseError),
    (b"<opml version='2.0'><head/></opml>", ParseError),
    (b"<?xml version='1.0' encoding='no-such-codec'?><opml/>", ParseError),
])
def test_bad_opml_is_a_clear_error(data, error):
    with pytest.raises(error):
        parse_opml(data)


def test_cli_opml_import_export_and_feeds_commands(tmp_path, capsys):
    db = str(tmp_path / "desk.db")
    assert main(["opml", "import", str(OPML), "--db", db]) == 0
    assert "3 feeds added, 0 already subscribed" in capsys.readouterr().out
    assert main(["opml", "import", str(OPML), "--db", db]) == 0
    assert "0 feeds added, 3 already subscribed" in capsys.readouterr().out

    out_file = tmp_path / "out.opml"
    assert main(["opml", "export", "-o", str(out_file), "--db", db]) == 0
    by_url = lambda feeds: sorted(feeds, key=lambda f: f["url"])  # noqa: E731
    assert by_url(parse_opml(out_file.read_bytes())) == by_url(parse_opml(OPML.read_bytes()))

    assert main(["feeds", "add", "https://New.example/feed?utm_source=x", "--interval", "600",
                 "--db", db]) == 0
    assert "added: 4 https://new.example/feed" in capsys.readouterr().out
    assert main(["feeds", "list", "--json", "--db", db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 4 and {"interval": 600, "url": "https://new.example/feed"}.items() <= \
        next(f for f in listed if f["id"] == 4).items()
    assert main(["feeds", "remove", "https://new.example/feed", "1", "--db", db]) == 0
    assert main(["feeds", "list", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "removed: 4" in text and "removed: 1" in text
    assert "new.example" not in text.split("removed: 1")[1] and "not polled yet" in text
    assert main(["feeds", "remove", "99", "--db", db]) == 4  # not found: one line, exit code 4
    assert "no feed with id 99" in capsys.readouterr().err


def test_cli_ingest_of_an_opml_file_points_to_opml_import(tmp_path, capsys):
    assert main(["ingest", str(OPML), "--db", str(tmp_path / "d.db")]) == 3
    assert "opml import" in capsys.readouterr().err
