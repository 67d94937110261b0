"""The reading pages: front, article, story, entity, search, and the feeds page."""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ...errors import InputError, NotFoundError
from . import data
from .app import ID, render
from .pages_accounts import require_admin
from .text import bar_chart

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)


def _store(request: Request):
    return request.app.state.store


# Anonymous readers all get the same HTML for a page (no name, no CSRF forms): it is rendered
# once and shared. A cached one is answered on the event loop (a dict look-up, no thread hop);
# when it is out of date one worker thread rebuilds it meanwhile (stale while revalidate).
# Building pages, and every logged-in reader's page, runs in the thread pool, so a slow build
# never holds up the loop (docs/benchmarks.md, section performance).

@router.get("/", response_class=HTMLResponse)
async def front(request: Request):
    store, now = _store(request), request.app.state.clock()

    def respond():
        def build():
            items = data.front_items(store, now=now)
            return render(request, "front.html", items=items, stories=data.has_stories(store))

        return _shared_page(request, ("front-html",), None, build)

    return await _answer(request, ("front-html",), None, respond)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article(request: Request, article_id: ID, hl: str = ""):
    store, span = _store(request), _span(hl)
    key = ("article-html", article_id, span)
    v = request.state.visitor
    is_admin = bool(v.user and v.user["is_admin"])
    comments = store.list_comments(article_id, include_hidden=is_admin)  # one indexed read
    stamp = repr(comments)  # the shared page depends on its comments besides the content

    def respond():
        page = data.article_page(store, article_id, highlight=span)

        def build():
            return render(request, "article.html", comments=comments, is_admin=is_admin,
                          analysis_available=hasattr(store, "get_analysis"), **page)

        return _shared_page(request, key, stamp, build)

    return await _answer(request, key, stamp, respond)


async def _answer(request: Request, key: tuple, stamp, respond) -> HTMLResponse:
    """The shared page from the cache when there is one for ``stamp`` (what the page depends
    on besides the content: its comments), else ``respond()`` in a worker thread."""
    if not request.state.visitor.user:
        html, refresh = data.shared_lookup(_store(request), key, stamp)
        if html is not None:
            if refresh:
                asyncio.get_running_loop().run_in_executor(None, _quietly, respond)
            return HTMLResponse(html)
    return await run_in_threadpool(respond)


def _quietly(respond) -> None:
    try:
        respond()
    except Exception:  # noqa: BLE001 - the stale page stays; the next reader retries
        log.warning("rebuilding a shared page failed", exc_info=True)


def _shared_page(request: Request, key: tuple, stamp, build) -> HTMLResponse:
    """The anonymous readers' shared HTML (built once per content version and ``stamp``);
    a logged-in reader's page is rendered for them."""
    if request.state.visitor.user:
        return build()
    return HTMLResponse(data.cached(_store(request), key, lambda: build().body, stamp=stamp))


def _span(value: str) -> tuple[int, int] | None:
    """"120-245" -> (120, 245); anything else -> None."""
    start, _, end = value.partition("-")
    if start.isdigit() and end.isdigit() and len(value) < 24:
        return int(start), int(end)
    return None


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: ID):
    page = data.story_page(_store(request), story_id)
    return render(request, "story.html", timeline_chart=bar_chart(page["timeline"]), **page)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: ID):
    page = data.entity_page(_store(request), entity_id)
    return render(request, "entity.html", mentions_chart=bar_chart(page["mentions"]), **page)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", outlet: str = "", since: str = "", until: str = "",
           entity: str = "", event_type: str = "", story: str = ""):
    store = _store(request)
    filters = {"outlet": outlet, "since": since, "until": until, "entity": entity,
               "event_type": event_type, "story": story}
    results = data.search(store, q[:500], outlet=outlet or None, since=since or None,
                          until=until or None, entity=entity[:200] or None,
                          event_type=event_type[:50] or None,
                          story=int(story) if story.isdigit() and len(story) < 18 else None)
    for r in results:
        if r.get("snippet_marked"):
            r["snippet_html"] = safe_snippet(r["snippet_marked"])
    return render(request, "search.html", q=q, results=results, outlets=store.list_outlets(),
                  searched=bool(q), **filters)


def safe_snippet(html: str):
    """Search snippets mark the matched words (already escaped, then marked); nh3 keeps only
    the marks, as a second line of defence."""
    import nh3
    from markupsafe import Markup

    return Markup(nh3.clean(html, tags={"mark", "b", "em"}, attributes={}))


# ---- feeds ---------------------------------------------------------------------------------


@router.get("/feeds", response_class=HTMLResponse)
def feeds(request: Request, message: str = ""):
    return render(request, "feeds.html", feeds=_store(request).list_feeds(),
                  message=message[:200], opml=_opml_module() is not None)


def _opml_module():
    try:
        from ...sources import opml
    except ImportError:
        return None
    return opml


def add_feed_url(store, url: str):
    """Store a subscription. Nothing is fetched here: the poller's fetcher applies the SSRF
    guard (private addresses, schemes, redirects) when it polls."""
    from ...ingest.urls import canonical_url

    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
        raise InputError("a feed address must be an http:// or https:// URL")
    return store.add_feed(canonical_url(url))


@router.post("/feeds")
def feeds_add(request: Request, url: str = Form(...)):
    require_admin(request)
    feed, created = add_feed_url(_store(request), url)
    word = "added" if created else "already subscribed"
    return RedirectResponse(f"/feeds?message={word}", status_code=303)


@router.post("/feeds/{feed_id}/remove")
def feeds_remove(request: Request, feed_id: ID):
    require_admin(request)
    _store(request).remove_feed(feed_id)
    return RedirectResponse("/feeds?message=removed", status_code=303)


@router.post("/feeds/import")
async def feeds_import(request: Request, file: UploadFile = File(...)):
    require_admin(request)
    opml = _opml_module()
    if opml is None:
        raise NotFoundError("OPML import is not available yet")
    raw = await file.read(5 * 1024 * 1024 + 1)
    if len(raw) > 5 * 1024 * 1024:
        raise InputError("the OPML file is over 5 MiB")
    added = skipped = 0
    for outline in opml.parse_opml(raw):
        url = outline.get("url") or ""
        if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
            skipped += 1  # file:, javascript: and the like never become subscriptions
            continue
        _feed, created = _store(request).add_feed(
            url, title=outline.get("title"), site_url=outline.get("site_url"),
            category=outline.get("category"))
        added += created
    note = f"{added}+feeds+added" + (f",+{skipped}+skipped+(not+http)" if skipped else "")
    return RedirectResponse(f"/feeds?message={note}", status_code=303)


@router.get("/feeds/export.opml")
def feeds_export(request: Request):
    opml = _opml_module()
    if opml is None:
        raise NotFoundError("OPML export is not available yet")
    return Response(opml.export_opml(_store(request).list_feeds()),
                    media_type="text/x-opml; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="newsdesk.opml"'})
