"""The FastAPI application: visitor resolution, CSRF on every state change, security headers,
error pages, and the routers for pages, accounts, API and feeds out."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ...errors import NewsdeskError, http_status
from . import security
from .text import exact_time, relative_time

# Every id in a path: a positive SQLite integer (larger ones cannot exist, and would overflow).
ID = Annotated[int, PathParam(ge=1, le=2**63 - 1)]

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent / "templates"
STATIC = HERE.parent / "static"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["exact"] = exact_time
    env.filters["http_url"] = http_url
    return env


def http_url(url: str | None) -> str:
    """A third-party link only if it is http(s): no javascript: or data: hrefs."""
    return url if url and url.lower().startswith(("http://", "https://")) else ""


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def check_csrf(request: Request) -> None:
    """Reject any state-changing request without the visitor's CSRF token."""
    if request.method in security.SAFE_METHODS:
        return
    visitor: security.Visitor = request.state.visitor
    offered = request.headers.get(security.CSRF_HEADER)
    if offered is None and not request.url.path.startswith("/api/"):
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(security.CSRF_FIELD)
            offered = value if isinstance(value, str) else None
    if not security.csrf_ok(request.app.state.secret, visitor.binding, offered):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token; reload the page")


def create_app(store, config, *, clock=None, limits: security.Limits | None = None) -> FastAPI:
    """``clock`` (a function returning an aware datetime) pins "now" for relative times."""
    from fastapi_offline import FastAPIOffline

    # FastAPIOffline serves Swagger UI's files itself: the API docs work with no network.
    app = FastAPIOffline(title="newsdesk", version="0.1", docs_url="/api/docs", redoc_url=None,
                         static_url="/api/docs-static", openapi_url="/api/openapi.json",
                         dependencies=[Depends(check_csrf)])
    app.state.store = store
    app.state.config = config
    app.state.secret = security.secret_key(store, config)
    app.state.limits = limits or security.Limits()
    app.state.limiter = security.RateLimiter()
    app.state.clock = clock or (lambda: datetime.now(timezone.utc))
    env = _environment()
    env.globals["reltime"] = lambda v: relative_time(v, app.state.clock())
    app.state.templates = env

    app.add_middleware(VisitorMiddleware)

    @app.exception_handler(NewsdeskError)
    async def on_newsdesk_error(request: Request, exc: NewsdeskError):
        return error_response(request, http_status(exc), exc.one_line())

    @app.exception_handler(HTTPException)
    async def on_http_error(request: Request, exc: HTTPException):
        return error_response(request, exc.status_code, str(exc.detail), exc.headers)

    from . import api, feeds_out, pages, pages_accounts

    app.include_router(pages.router)
    app.include_router(pages_accounts.router)
    app.include_router(feeds_out.router)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


class VisitorMiddleware:
    """Resolves the visitor (session user or anonymous cookie) before the route, and adds the
    anonymous cookie and the security headers to the response.

    A plain ASGI middleware: Starlette's ``BaseHTTPMiddleware`` (``@app.middleware``) and a
    thread hop for the visitor cost more than rendering the article page itself. The lookup
    is one indexed SQLite read (WAL: never waits for the writer), so it runs on the loop."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        visitor = resolve_visitor(request)
        scope.setdefault("state", {})["visitor"] = visitor
        extra = list(security.security_headers(scope["path"]).items())
        if visitor.user:
            extra.append(("Cache-Control", "private, no-store"))
        cookie = None
        if visitor.new_anon:
            jar = Response()
            jar.set_cookie(security.ANON_COOKIE, visitor.anon, httponly=True, samesite="lax",
                           secure=security.secure_cookies(request), path="/")
            cookie = jar.headers["set-cookie"]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in extra:
                    if name not in headers:
                        headers[name] = value
                if cookie:
                    headers.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def resolve_visitor(request: Request) -> security.Visitor:
    store = request.app.state.store
    token = request.cookies.get(security.SESSION_COOKIE)
    user = store.session_user(token) if token and len(token) < 200 else None
    anon = request.cookies.get(security.ANON_COOKIE) or ""
    new = not (16 <= len(anon) <= 100)
    if new:
        anon = security.new_token()
    v = security.Visitor(user=user, session=token if user else None, anon=anon, new_anon=new)
    v.csrf = security.csrf_token(request.app.state.secret, v.binding)
    return v


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    env: Environment = request.app.state.templates
    v: security.Visitor = request.state.visitor
    html = env.get_template(template).render(request=request, visitor=v, user=v.user,
                                             csrf=v.csrf, **context)
    return HTMLResponse(html, status_code=status_code)


def error_response(request: Request, status: int, message: str, headers=None):
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    if not hasattr(request.state, "visitor"):
        request.state.visitor = resolve_visitor(request)
    response = render(request, "error.html", status_code=status, status=status, message=message)
    if headers:
        response.headers.update(headers)
    return response
