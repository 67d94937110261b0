"""Accounts and comments: register, log in (rotating the session), log out, post, edit,
delete and hide comments. Who may do what is checked here, on every action."""

from __future__ import annotations

import re

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ...errors import InputError
from . import security
from .app import ID, client_ip, render

router = APIRouter(include_in_schema=False)

NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
MAX_COMMENT = 5000


# ---- shared rules (the API uses them too) ------------------------------------------------------


def require_user(request: Request) -> dict:
    user = request.state.visitor.user
    if not user:
        raise HTTPException(status_code=401, detail="log in first")
    return user


def require_admin(request: Request) -> dict:
    user = require_user(request)
    if not user["is_admin"]:
        raise HTTPException(status_code=403, detail="only an admin may do this")
    return user


def too_many(detail: str = "too many attempts; wait a minute and try again"):
    return HTTPException(status_code=429, detail=detail, headers={"Retry-After": "60"})


def register_user(request: Request, name: str, password: str) -> dict:
    state = request.app.state
    if not state.limiter.allow("register:" + client_ip(request), state.limits.register_per_ip):
        raise too_many()
    name = (name or "").strip()
    if not NAME_RE.match(name):
        raise InputError("a name is 3 to 32 letters, digits, dots, dashes or underscores")
    if not 8 <= len(password or "") <= 1024:
        raise InputError("a password has at least 8 characters")
    return state.store.create_user(name, security.hash_password(password))


def log_in(request: Request, name: str, password: str) -> tuple[dict, str]:
    """Check the password under rate limits and lock-out; return (user, new session token)."""
    state = request.app.state
    ip = client_ip(request)
    account = "acct:" + (name or "").strip().lower()[:64]
    if not state.limiter.allow("login:" + ip, state.limits.login_per_ip):
        raise too_many()
    if state.limiter.locked(account) or state.limiter.locked("ip:" + ip):
        raise too_many("this account is locked for a while after repeated failed log-ins")
    found = state.store.user_credentials((name or "").strip()) if name else None
    # Over-long passwords are refused before hashing: no CPU to burn with megabyte inputs.
    ok = len(password or "") <= 1024 and security.verify_password(
        found[1] if found else None, password or "")
    if not ok:
        state.limiter.fail(account, state.limits)
        state.limiter.fail("ip:" + ip, state.limits, state.limits.ip_failures_before_lockout)
        raise HTTPException(status_code=401, detail="wrong name or password")
    state.limiter.succeed(account)
    user, stored = found
    if security.hasher().check_needs_rehash(stored):
        state.store.set_password_hash(user["id"], security.hash_password(password))
    token = security.new_token()  # a fresh session id at every log-in: no fixation
    state.store.create_session(token, user["id"], security.SESSION_LIFETIME_S)
    return user, token


def set_session_cookie(request: Request, response, token: str) -> None:
    response.set_cookie(security.SESSION_COOKIE, token, max_age=security.SESSION_LIFETIME_S,
                        httponly=True, samesite="lax", secure=security.secure_cookies(request),
                        path="/")


def log_out(request: Request, response) -> None:
    v = request.state.visitor
    if v.session:
        request.app.state.store.delete_session(v.session)
    response.delete_cookie(security.SESSION_COOKIE, path="/")


def post_comment(request: Request, article_id: int, body: str) -> dict:
    user = require_user(request)
    state = request.app.state
    if not (state.limiter.allow(f"post:{user['id']}", state.limits.post_per_user)
            and state.limiter.allow("post-ip:" + client_ip(request), state.limits.post_per_ip)):
        raise too_many("you are posting too fast; wait a minute")
    return state.store.add_comment(article_id, user["id"], _clean_body(body))


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise InputError("a comment cannot be empty")
    if len(body) > MAX_COMMENT:
        raise InputError(f"a comment has at most {MAX_COMMENT} characters")
    return body


def own_comment(request: Request, comment_id: int) -> dict:
    """The comment, if the visitor wrote it; else 403 (admins moderate by hiding)."""
    user = require_user(request)
    comment = request.app.state.store.get_comment(comment_id)
    if comment["user_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="this is not your comment")
    return comment


def edit_comment(request: Request, comment_id: int, body: str) -> dict:
    own_comment(request, comment_id)
    return request.app.state.store.update_comment(comment_id, _clean_body(body))


def delete_comment(request: Request, comment_id: int) -> dict:
    comment = own_comment(request, comment_id)
    request.app.state.store.delete_comment(comment_id)
    return comment


def hide_comment(request: Request, comment_id: int, hidden: bool = True) -> dict:
    require_admin(request)
    return request.app.state.store.set_comment_hidden(comment_id, hidden)


def _safe_next(url: str | None) -> str:
    """Only same-site paths: no open redirect through ?next=."""
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return "/"


# ---- pages ---------------------------------------------------------------------------------


@router.get("/register", response_class=HTMLResponse)
def register_page(request: Request, next: str = "/"):
    return render(request, "account.html", mode="register", next=_safe_next(next), error="")


@router.post("/register")
def register_form(request: Request, name: str = Form(""), password: str = Form(""),
                  next: str = Form("/")):
    try:
        register_user(request, name, password)
        user, token = log_in(request, name, password)
    except InputError as e:
        return render(request, "account.html", status_code=400, mode="register",
                      next=_safe_next(next), error=str(e), name=name)
    response = RedirectResponse(_safe_next(next), status_code=303)
    set_session_cookie(request, response, token)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/"):
    return render(request, "account.html", mode="login", next=_safe_next(next), error="")


@router.post("/login")
def login_form(request: Request, name: str = Form(""), password: str = Form(""),
               next: str = Form("/")):
    try:
        _user, token = log_in(request, name, password)
    except HTTPException as e:
        if e.status_code not in (401, 429):
            raise
        return render(request, "account.html", status_code=e.status_code, mode="login",
                      next=_safe_next(next), error=e.detail, name=name)
    response = RedirectResponse(_safe_next(next), status_code=303)
    set_session_cookie(request, response, token)
    return response


@router.post("/logout")
def logout_form(request: Request):
    response = RedirectResponse("/", status_code=303)
    log_out(request, response)
    return response


@router.post("/articles/{article_id}/comments")
def comment_post(request: Request, article_id: ID, body: str = Form("")):
    comment = post_comment(request, article_id, body)
    return RedirectResponse(f"/articles/{article_id}#comment-{comment['id']}", status_code=303)


@router.get("/comments/{comment_id}/edit", response_class=HTMLResponse)
def comment_edit_page(request: Request, comment_id: ID):
    return render(request, "comment_edit.html", comment=own_comment(request, comment_id))


@router.post("/comments/{comment_id}/edit")
def comment_edit(request: Request, comment_id: ID, body: str = Form("")):
    comment = edit_comment(request, comment_id, body)
    return RedirectResponse(f"/articles/{comment['article_id']}#comment-{comment_id}",
                            status_code=303)


@router.post("/comments/{comment_id}/delete")
def comment_delete(request: Request, comment_id: ID):
    comment = delete_comment(request, comment_id)
    return RedirectResponse(f"/articles/{comment['article_id']}#comments", status_code=303)


@router.post("/comments/{comment_id}/hide")
def comment_hide(request: Request, comment_id: ID, hidden: str = Form("1")):
    comment = hide_comment(request, comment_id, hidden != "0")
    return RedirectResponse(f"/articles/{comment['article_id']}#comment-{comment_id}",
                            status_code=303)
