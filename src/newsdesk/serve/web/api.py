"""The JSON API under /api/v1: everything the pages show, plus comments, sessions and feeds.
State changes need the session cookie and the CSRF token in the ``X-CSRF-Token`` header
(GET /api/v1/session gives it)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from . import data
from .app import ID
from .pages import add_feed_url
from .pages_accounts import (delete_comment, edit_comment, hide_comment, log_in, log_out,
                             post_comment, register_user, require_admin, set_session_cookie)

router = APIRouter(prefix="/api/v1", tags=["api"])


class ArticleBrief(BaseModel):
    id: int
    title: str
    url: str | None = None
    outlet: str | None = None
    domain: str | None = None
    published: str | None = None
    description: str | None = None


class Comment(BaseModel):
    id: int
    article_id: ID
    user_id: int
    author: str
    body: str
    hidden: bool
    created: str
    updated: str


class User(BaseModel):
    id: int
    name: str
    is_admin: bool
    created: str


class SessionInfo(BaseModel):
    user: User | None
    csrf_token: str


class Credentials(BaseModel):
    name: str = Field(max_length=200)
    password: str = Field(max_length=1024)


class CommentBody(BaseModel):
    body: str = Field(max_length=20000)


class HiddenFlag(BaseModel):
    hidden: bool = True


class FeedIn(BaseModel):
    url: str = Field(max_length=2000)


class FeedOut(BaseModel):
    id: int
    url: str
    title: str | None = None
    site_url: str | None = None
    category: str | None = None
    last_polled: str | None = None
    last_status: int | None = None
    error_count: int = 0
    last_error: str | None = None
    next_poll: str | None = None


def _store(request: Request):
    return request.app.state.store


def _sentences(paragraphs) -> list[list[dict]]:
    return [[{"start": s.start, "end": s.end, "text": s.text} for s in p] for p in paragraphs]


# ---- reading -------------------------------------------------------------------------------


@router.get("/status", summary="Health: counts, analyser version, and whether start-up warm-up "
            "(models loaded, front-page story views computed) has finished")
def status(request: Request) -> dict:
    from ...analyze import analyzer_version

    store = _store(request)
    return {"ok": True, "articles": store.count_articles(), "stories": store.count_stories(),
            "analyzer_version": analyzer_version(), "warm": data.WARMED.is_set()}


@router.get("/front", summary="Front page: stories by coverage and recency (or latest articles)")
def front(request: Request) -> list[dict]:
    return data.front_items(_store(request), now=request.app.state.clock())


@router.get("/articles", response_model=list[ArticleBrief], summary="Latest articles")
def articles(request: Request, limit: int = Query(50, ge=1, le=500),
             offset: int = Query(0, ge=0, le=1_000_000)):
    return [data.article_brief(a) for a in _store(request).list_articles(limit=limit, offset=offset)]


@router.get("/articles/{article_id}", summary="An article with its analysis, related articles "
            "and comments")
def article(request: Request, article_id: ID) -> dict:
    page = data.article_page(_store(request), article_id)
    a = page.pop("article")
    page["paragraphs"] = _sentences(page["paragraphs"])
    page["article"] = {**data.article_brief(a), "text": a.text, "byline": a.byline,
                       "language": a.language}
    page["comments"] = _store(request).list_comments(article_id)
    return page


@router.get("/articles/{article_id}/related", summary="Related articles, each with its reason")
def related(request: Request, article_id: ID) -> list[dict]:
    _store(request).get_article(article_id)
    return data.related(_store(request), article_id)


@router.get("/stories/{story_id}", summary="A story: timeline, outlets, summary, quotes")
def story(request: Request, story_id: ID) -> dict:
    return data.story_page(_store(request), story_id)


@router.get("/entities", summary="Find entities by name (canonical or as mentioned)")
def entities(request: Request, name: str = Query(..., min_length=1, max_length=200)) -> list[dict]:
    store = _store(request)
    return store.find_entities(name) if hasattr(store, "find_entities") else []


@router.get("/outlets", summary="Outlets and how many articles each has")
def outlets(request: Request) -> list[dict]:
    return _store(request).list_outlets()


@router.get("/entities/{entity_id}", summary="An entity: stories, quotes, events, mentions")
def entity(request: Request, entity_id: ID) -> dict:
    return data.entity_page(_store(request), entity_id)


@router.get("/search", summary="Search articles, with filters")
def search(request: Request, q: str = Query("", max_length=500),
           outlet: str = Query("", max_length=200), since: str = Query("", max_length=40),
           until: str = Query("", max_length=40), entity: str = Query("", max_length=200),
           event_type: str = Query("", max_length=50),
           story: int | None = Query(None, ge=1, le=2**63 - 1),
           limit: int = Query(30, ge=1, le=200)) -> list[dict]:
    return data.search(_store(request), q, outlet=outlet or None, since=since or None,
                       until=until or None, limit=limit, entity=entity or None,
                       event_type=event_type or None, story=story)


# ---- comments ------------------------------------------------------------------------------


@router.get("/articles/{article_id}/comments", response_model=list[Comment])
def comments(request: Request, article_id: ID):
    _store(request).get_article(article_id)
    return _store(request).list_comments(article_id)


@router.post("/articles/{article_id}/comments", response_model=Comment, status_code=201)
def comment_create(request: Request, article_id: ID, payload: CommentBody):
    return post_comment(request, article_id, payload.body)


@router.patch("/comments/{comment_id}", response_model=Comment, summary="Edit one's own comment")
def comment_update(request: Request, comment_id: ID, payload: CommentBody):
    return edit_comment(request, comment_id, payload.body)


@router.delete("/comments/{comment_id}", status_code=204, summary="Delete one's own comment")
def comment_delete(request: Request, comment_id: ID):
    delete_comment(request, comment_id)
    return Response(status_code=204)


@router.post("/comments/{comment_id}/hide", response_model=Comment, summary="Admin: hide or show")
def comment_hide(request: Request, comment_id: ID, payload: HiddenFlag):
    return hide_comment(request, comment_id, payload.hidden)


# ---- accounts ------------------------------------------------------------------------------


@router.get("/session", response_model=SessionInfo, summary="Who is logged in, and the CSRF token")
def session(request: Request):
    v = request.state.visitor
    return {"user": v.user, "csrf_token": v.csrf}


@router.post("/session", response_model=SessionInfo, summary="Log in (the session id is new)")
def login(request: Request, payload: Credentials, response: Response):
    from . import security

    user, token = log_in(request, payload.name, payload.password)
    set_session_cookie(request, response, token)
    return {"user": user, "csrf_token": security.csrf_token(request.app.state.secret, f"s:{token}")}


@router.delete("/session", status_code=204, summary="Log out")
def logout(request: Request):
    response = Response(status_code=204)
    log_out(request, response)
    return response


@router.post("/users", response_model=User, status_code=201, summary="Register")
def register(request: Request, payload: Credentials):
    return register_user(request, payload.name, payload.password)


# ---- feeds ---------------------------------------------------------------------------------


@router.get("/feeds", response_model=list[FeedOut], summary="Subscriptions and their poll state")
def feeds(request: Request):
    return [f.to_dict() for f in _store(request).list_feeds()]


@router.post("/feeds", response_model=FeedOut, status_code=201,
             summary="Admin: subscribe (stored only; the poller fetches with its SSRF guard)")
def feed_add(request: Request, payload: FeedIn):
    require_admin(request)
    feed, _created = add_feed_url(_store(request), payload.url)
    return feed.to_dict()


@router.delete("/feeds/{feed_id}", status_code=204, summary="Admin: unsubscribe")
def feed_remove(request: Request, feed_id: ID):
    require_admin(request)
    _store(request).remove_feed(feed_id)
    return Response(status_code=204)
