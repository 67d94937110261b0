"""Feeds out: RSS 2.0, Atom and JSON Feed for the front page, a story, an entity and a saved
search (a search URL with its query). XML is built with ElementTree, which escapes text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from email.utils import format_datetime
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from . import data
from .app import ID
from .text import parse_time

router = APIRouter(tags=["feeds out"])

FeedFormat = Literal["rss", "atom", "json"]
FORMATS = {"rss": "application/rss+xml; charset=utf-8",
           "atom": "application/atom+xml; charset=utf-8",
           "json": "application/feed+json; charset=utf-8"}


def _items_for_articles(base: str, rows: list[dict]) -> list[dict]:
    return [{"id": f"{base}articles/{r['id']}", "link": f"{base}articles/{r['id']}",
             "title": r["title"], "published": r.get("published"),
             "summary": r.get("snippet") or r.get("description") or r.get("reason") or "",
             "author": r.get("outlet") or r.get("domain") or ""} for r in rows]


def rss(title: str, link: str, items: list[dict]) -> str:
    root = ET.Element("rss", version="2.0")
    ch = ET.SubElement(root, "channel")
    ET.SubElement(ch, "title").text = title
    ET.SubElement(ch, "link").text = link
    ET.SubElement(ch, "description").text = title
    for it in items:
        el = ET.SubElement(ch, "item")
        ET.SubElement(el, "title").text = it["title"]
        ET.SubElement(el, "link").text = it["link"]
        ET.SubElement(el, "guid", isPermaLink="true").text = it["id"]
        if it["summary"]:
            ET.SubElement(el, "description").text = it["summary"]
        if it["author"]:
            ET.SubElement(el, "category").text = it["author"]
        dt = parse_time(it["published"])
        if dt:
            ET.SubElement(el, "pubDate").text = format_datetime(dt)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def atom(title: str, link: str, self_url: str, items: list[dict]) -> str:
    ns = "http://www.w3.org/2005/Atom"
    root = ET.Element("feed", xmlns=ns)
    ET.SubElement(root, "title").text = title
    ET.SubElement(root, "id").text = self_url
    ET.SubElement(root, "link", href=link)
    ET.SubElement(root, "link", rel="self", href=self_url)
    stamps = [parse_time(i["published"]) for i in items]
    newest = max((s for s in stamps if s), default=None)
    ET.SubElement(root, "updated").text = (newest.isoformat() if newest
                                           else "1970-01-01T00:00:00+00:00")
    for it, dt in zip(items, stamps):
        el = ET.SubElement(root, "entry")
        ET.SubElement(el, "title").text = it["title"]
        ET.SubElement(el, "id").text = it["id"]
        ET.SubElement(el, "link", href=it["link"])
        ET.SubElement(el, "updated").text = (dt or newest).isoformat() if (dt or newest) else \
            "1970-01-01T00:00:00+00:00"
        if it["summary"]:
            ET.SubElement(el, "summary").text = it["summary"]
        if it["author"]:
            ET.SubElement(ET.SubElement(el, "author"), "name").text = it["author"]
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def json_feed(title: str, link: str, self_url: str, items: list[dict]) -> str:
    out = {"version": "https://jsonfeed.org/version/1.1", "title": title, "home_page_url": link,
           "feed_url": self_url, "items": []}
    for it in items:
        item = {"id": it["id"], "url": it["link"], "title": it["title"],
                "content_text": it["summary"] or it["title"]}
        dt = parse_time(it["published"])
        if dt:
            item["date_published"] = dt.isoformat()
        if it["author"]:
            item["authors"] = [{"name": it["author"]}]
        out["items"].append(item)
    return json.dumps(out, ensure_ascii=False)


def respond(request: Request, fmt: FeedFormat, title: str, link: str, items: list[dict]) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(status_code=404, detail="feed formats: rss, atom, json")
    self_url = str(request.url)
    body = (rss(title, link, items) if fmt == "rss" else atom(title, link, self_url, items)
            if fmt == "atom" else json_feed(title, link, self_url, items))
    return Response(body, media_type=FORMATS[fmt])


@router.get("/feed.{fmt}", summary="Front page as a feed (rss, atom or json)")
def front_feed(request: Request, fmt: FeedFormat):
    base = str(request.base_url)
    store = request.app.state.store
    items = []
    for it in data.front_items(store, now=request.app.state.clock()):
        path = f"{'stories' if it['kind'] == 'story' else 'articles'}/{it['id']}"
        items.append({"id": base + path, "link": base + path, "title": it["title"],
                      "published": it.get("last_seen"), "summary": it.get("lead") or "",
                      "author": ", ".join(it.get("outlets") or [])})
    return respond(request, fmt, "newsdesk: front page", base, items)


@router.get("/stories/{story_id}/feed.{fmt}", summary="A story's articles as a feed")
def story_feed(request: Request, story_id: ID, fmt: FeedFormat):
    page = data.story_page(request.app.state.store, story_id)
    base = str(request.base_url)
    return respond(request, fmt, f"newsdesk story: {page['story']['title']}",
                   f"{base}stories/{story_id}", _items_for_articles(base, page["articles"]))


@router.get("/entities/{entity_id}/feed.{fmt}", summary="Articles mentioning an entity as a feed")
def entity_feed(request: Request, entity_id: ID, fmt: FeedFormat):
    page = data.entity_page(request.app.state.store, entity_id)
    base = str(request.base_url)
    return respond(request, fmt, f"newsdesk: {page['entity']['name']}",
                   f"{base}entities/{entity_id}", _items_for_articles(base, page["articles"]))


@router.get("/search/feed.{fmt}", summary="A saved search (its query parameters) as a feed")
def search_feed(request: Request, fmt: FeedFormat, q: str = "", outlet: str = "", since: str = "",
                until: str = ""):
    rows = data.search(request.app.state.store, q[:500], outlet=outlet or None,
                       since=since or None, until=until or None)
    base = str(request.base_url)
    link = f"{base}search?{request.url.query}"
    return respond(request, fmt, f"newsdesk search: {q}", link, _items_for_articles(base, rows))
