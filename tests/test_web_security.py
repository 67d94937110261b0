"""Web security: CSRF, argon2id, sessions, rate limits, authorization, escaping, headers."""

from __future__ import annotations

import logging
import re

import pytest

from .test_web_support import (NOW, PASSWORD, XSS, api_token, client, csrf_of, fill,  # noqa: F401
                               filled, light_hashing, make_app, register)


def _article_id(store) -> int:
    return store.list_articles()[0].id


# ---- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/search?q=x", "/login", "/api/v1/front", "/feed.rss"])
def test_every_response_carries_the_security_headers(client, path):
    h = client.get(path).headers
    csp = h["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "strict-origin-when-cross-origin"


def test_pages_hold_no_inline_script(client, filled):
    for path in ["/", f"/articles/{_article_id(filled)}", "/search?q=China", "/login", "/feeds"]:
        html = client.get(path).text
        for tag in re.findall(r"<script[^>]*>", html):
            assert "src=" in tag, (path, tag)
        assert not re.search(r"\son[a-z]+=", html), path  # no inline event handlers


# ---- CSRF ----------------------------------------------------------------------------------


def test_state_changes_without_csrf_token_are_refused(client, filled):
    aid = _article_id(filled)
    assert client.post("/register", data={"name": "mallory", "password": PASSWORD}).status_code == 403
    assert client.post("/login", data={"name": "x", "password": "y"}).status_code == 403
    register(client)
    assert client.post(f"/articles/{aid}/comments", data={"body": "hi"}).status_code == 403
    assert client.post(f"/articles/{aid}/comments",
                       data={"body": "hi", "csrf_token": "0" * 64}).status_code == 403
    assert client.post("/logout").status_code == 403
    assert client.post("/feeds", data={"url": "https://example.org/f"}).status_code == 403
    r = client.post(f"/api/v1/articles/{aid}/comments", json={"body": "hi"})
    assert r.status_code == 403
    assert filled.list_comments(aid) == []


def test_api_accepts_the_csrf_header(client, filled):
    aid = _article_id(filled)
    register(client)
    r = client.post(f"/api/v1/articles/{aid}/comments", json={"body": "via API"},
                    headers={"X-CSRF-Token": api_token(client)})
    assert r.status_code == 201 and r.json()["body"] == "via API"


def test_a_token_from_another_visitor_does_not_work(filled, config):
    from fastapi.testclient import TestClient

    app = make_app(filled, config)
    with TestClient(app) as alice, TestClient(app) as mallory:
        stolen = csrf_of(mallory, "/register")
        csrf_of(alice, "/register")
        r = alice.post("/register", data={"name": "alice", "password": PASSWORD,
                                          "csrf_token": stolen})
        assert r.status_code == 403


# ---- passwords and sessions ----------------------------------------------------------------


def test_the_production_hasher_is_argon2id_with_owasp_strength():
    from argon2 import Type

    from newsdesk.serve.web import security

    security._hasher = None
    h = security.hasher()
    assert h.type is Type.ID and h.memory_cost >= 19456 and h.time_cost >= 2


def test_passwords_are_stored_as_argon2id(client, filled):
    register(client)
    _user, stored = filled.user_credentials("alice")
    assert stored.startswith("$argon2id$v=19$")
    assert PASSWORD not in stored


def test_session_cookie_is_httponly_and_samesite_lax(client):
    r = register(client)
    cookie = next(v for k, v in r.headers.multi_items()
                  if k == "set-cookie" and v.startswith("nd_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "Secure" not in cookie  # plain http in this test


def test_session_cookie_is_secure_over_https(filled, config):
    from fastapi.testclient import TestClient

    with TestClient(make_app(filled, config), base_url="https://reader.test") as c:
        r = register(c)
        cookie = next(v for k, v in r.headers.multi_items()
                      if k == "set-cookie" and v.startswith("nd_session="))
        assert "Secure" in cookie


def test_log_in_issues_a_new_session_id_and_ignores_a_planted_one(client, filled):
    register(client)
    first = client.cookies.get("nd_session")
    client.post("/logout", data={"csrf_token": csrf_of(client, "/")})
    # An attacker plants a session id of their choice: it is not a session, so it gives nothing,
    # and logging in replaces it with a fresh one.
    client.cookies.clear()
    client.cookies.set("nd_session", "planted-by-attacker-0000000000000000")
    assert client.get("/api/v1/session").json()["user"] is None
    token = csrf_of(client)
    client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf_token": token})
    second = next(c.value for c in client.cookies.jar
                  if c.name == "nd_session" and not c.value.startswith("planted"))
    assert second not in (first, "planted-by-attacker-0000000000000000")
    assert client.get("/api/v1/session").json()["user"]["name"] == "alice"
    assert filled.session_user(first) is None  # logged out for good


def test_wrong_password_is_refused(client):
    register(client)
    client.post("/logout", data={"csrf_token": csrf_of(client, "/")})
    r = client.post("/login", data={"name": "alice", "password": "wrong password",
                                    "csrf_token": csrf_of(client)})
    assert r.status_code == 401 and client.cookies.get("nd_session") is None


# ---- rate limits ---------------------------------------------------------------------------


def test_repeated_failed_log_ins_lock_the_account(client):
    register(client)
    client.post("/logout", data={"csrf_token": csrf_of(client, "/")})
    token = csrf_of(client)
    codes = [client.post("/login", data={"name": "alice", "password": f"guess {i}",
                                         "csrf_token": token}).status_code for i in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    r = client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 429  # even the right password waits out the lock-out


def test_lock_out_ends_after_its_window():
    from newsdesk.serve.web.security import Limits, RateLimiter

    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    limits = Limits(failures_before_lockout=3, lockout_s=60)
    for _ in range(3):
        limiter.fail("acct:alice", limits)
    assert limiter.locked("acct:alice")
    now[0] = 61.0
    assert not limiter.locked("acct:alice")


def test_log_in_attempts_per_address_are_limited(filled, config):
    from fastapi.testclient import TestClient

    from newsdesk.serve.web.security import Limits

    with TestClient(make_app(filled, config, limits=Limits(login_per_ip=(3, 60)))) as c:
        token = csrf_of(c)
        codes = [c.post("/login", data={"name": f"user{i}", "password": "x" * 8,
                                        "csrf_token": token}).status_code for i in range(4)]
        assert codes == [401, 401, 401, 429]


def test_posting_is_rate_limited_per_account(filled, config):
    from fastapi.testclient import TestClient

    from newsdesk.serve.web.security import Limits

    aid = _article_id(filled)
    with TestClient(make_app(filled, config, limits=Limits(post_per_user=(2, 60)))) as c:
        register(c)
        h = {"X-CSRF-Token": api_token(c)}
        codes = [c.post(f"/api/v1/articles/{aid}/comments", json={"body": f"c{i}"},
                        headers=h).status_code for i in range(3)]
        assert codes == [201, 201, 429]


# ---- authorization -------------------------------------------------------------------------


def _two_users(filled, config):
    from fastapi.testclient import TestClient

    app = make_app(filled, config)
    admin, alice, bob = TestClient(app), TestClient(app), TestClient(app)
    register(admin, "admin")
    register(alice, "alice")
    register(bob, "bob")
    return admin, alice, bob


def test_a_user_cannot_edit_delete_or_hide_anothers_comment(filled, config):
    admin, alice, bob = _two_users(filled, config)
    aid = _article_id(filled)
    c = alice.post(f"/api/v1/articles/{aid}/comments", json={"body": "mine"},
                   headers={"X-CSRF-Token": api_token(alice)}).json()
    h = {"X-CSRF-Token": api_token(bob)}
    assert bob.patch(f"/api/v1/comments/{c['id']}", json={"body": "yours now"},
                     headers=h).status_code == 403
    assert bob.delete(f"/api/v1/comments/{c['id']}", headers=h).status_code == 403
    assert bob.post(f"/api/v1/comments/{c['id']}/hide", json={"hidden": True},
                    headers=h).status_code == 403
    token = csrf_of(bob, f"/articles/{aid}")
    assert bob.post(f"/comments/{c['id']}/edit", data={"body": "x", "csrf_token": token}
                    ).status_code == 403
    assert bob.post(f"/comments/{c['id']}/delete", data={"csrf_token": token}).status_code == 403
    assert bob.get(f"/comments/{c['id']}/edit").status_code == 403
    assert filled.get_comment(c["id"])["body"] == "mine"


def test_a_user_edits_and_deletes_their_own_comment(filled, config):
    _admin, alice, _bob = _two_users(filled, config)
    aid = _article_id(filled)
    token = csrf_of(alice, f"/articles/{aid}")
    alice.post(f"/articles/{aid}/comments", data={"body": "first draft", "csrf_token": token})
    cid = filled.list_comments(aid)[0]["id"]
    r = alice.post(f"/comments/{cid}/edit", data={"body": "second draft", "csrf_token": token},
                   follow_redirects=False)
    assert r.status_code == 303 and filled.get_comment(cid)["body"] == "second draft"
    alice.post(f"/comments/{cid}/delete", data={"csrf_token": token})
    assert filled.list_comments(aid) == []


def test_an_admin_hides_a_comment_from_readers(filled, config):
    admin, alice, bob = _two_users(filled, config)
    aid = _article_id(filled)
    c = alice.post(f"/api/v1/articles/{aid}/comments", json={"body": "spam spam spam"},
                   headers={"X-CSRF-Token": api_token(alice)}).json()
    r = admin.post(f"/api/v1/comments/{c['id']}/hide", json={"hidden": True},
                   headers={"X-CSRF-Token": api_token(admin)})
    assert r.status_code == 200 and r.json()["hidden"] is True
    assert "spam spam spam" not in bob.get(f"/articles/{aid}").text
    assert "spam spam spam" in admin.get(f"/articles/{aid}").text  # admins still see it


def test_anonymous_visitors_cannot_post(client, filled):
    aid = _article_id(filled)
    assert "to comment" in client.get(f"/articles/{aid}").text  # no form, an invitation
    token = csrf_of(client)
    r = client.post(f"/articles/{aid}/comments", data={"body": "hi", "csrf_token": token})
    assert r.status_code == 401


# ---- escaping ------------------------------------------------------------------------------


def test_third_party_and_user_text_is_escaped(filled, config):
    from fastapi.testclient import TestClient

    ids = fill(filled, [(f"Title {XSS}", f"Outlet {XSS}", "evil.example",
                         "2025-06-01T10:00:00+00:00", f"Body {XSS}. Second sentence.")])
    with TestClient(make_app(filled, config)) as c:
        register(c)
        token = csrf_of(c, f"/articles/{ids[0]}")
        c.post(f"/articles/{ids[0]}/comments", data={"body": f"Comment {XSS}", "csrf_token": token})
        for path in ["/", f"/articles/{ids[0]}", "/search?q=Title", f"/search?q={XSS}"]:
            html = c.get(path).text
            assert "<script>alert" not in html and "<img src=x" not in html, path
        html = c.get(f"/articles/{ids[0]}").text
        assert "Comment &lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html
        assert "Title &lt;script&gt;" in html


def test_search_snippets_keep_only_their_marks():
    from newsdesk.serve.web.data import _marked
    from newsdesk.serve.web.pages import safe_snippet

    plain, html = _marked("a \x02China\x03 <b onclick=x>bold</b>")
    assert plain == "a China <b onclick=x>bold</b>"
    assert str(safe_snippet(html)) == "a <mark>China</mark> &lt;b onclick=x&gt;bold&lt;/b&gt;"


def test_log_in_redirects_only_to_local_paths(client):
    register(client)
    client.post("/logout", data={"csrf_token": csrf_of(client, "/")})
    r = client.post("/login", data={"name": "alice", "password": PASSWORD, "next": "//evil.example/",
                                    "csrf_token": csrf_of(client)}, follow_redirects=False)
    assert r.headers["location"] == "/"


# ---- secrets -------------------------------------------------------------------------------


def test_the_secret_key_is_generated_once_and_kept(filled, config):
    from newsdesk.serve.web.security import secret_key

    key = secret_key(filled, config)
    assert len(key) == 64 and secret_key(filled, config) == key


def test_no_password_session_or_secret_reaches_the_logs(client, filled, caplog):
    caplog.set_level(logging.DEBUG)
    register(client)
    client.post("/logout", data={"csrf_token": csrf_of(client, "/")})
    client.post("/login", data={"name": "alice", "password": "wrong password",
                                "csrf_token": csrf_of(client)})
    client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf_token": csrf_of(client)})
    logged = caplog.text
    assert PASSWORD not in logged and "wrong password" not in logged
    assert filled.get_meta("secret_key") not in logged
    assert client.cookies.get("nd_session") not in logged


def test_only_http_links_to_originals_are_rendered(filled, config):
    from fastapi.testclient import TestClient

    from newsdesk.fingerprints import content_hash
    from newsdesk.models import Article

    aid = filled.insert_article(Article(title="Link", text="Body text.", url="javascript:alert(1)",
                                        content_hash=content_hash("Body text.")), None)
    with TestClient(make_app(filled, config)) as c:
        html = c.get(f"/articles/{aid}").text
        assert "javascript:" not in html and ">original</a>" not in html


def test_failures_across_many_accounts_lock_out_the_address(filled, config):
    from fastapi.testclient import TestClient

    from newsdesk.serve.web.security import Limits

    limits = Limits(ip_failures_before_lockout=4, failures_before_lockout=100)
    with TestClient(make_app(filled, config, limits=limits)) as c:
        token = csrf_of(c)
        codes = [c.post("/login", data={"name": f"victim{i}", "password": "spray-pass",
                                        "csrf_token": token}).status_code for i in range(5)]
        assert codes == [401, 401, 401, 401, 429]


def test_anonymous_readers_share_a_page_that_follows_comments_and_logins(filled, config):
    from fastapi.testclient import TestClient

    app = make_app(filled, config)
    reader, alice = TestClient(app), TestClient(app)
    aid = _article_id(filled)
    before = reader.get(f"/articles/{aid}").text
    assert TestClient(app).get(f"/articles/{aid}").text == before  # the same shared HTML
    register(alice, "alice")
    page = alice.get(f"/articles/{aid}").text
    assert "alice" in page and 'name="csrf_token"' in page  # rendered for her, not the shared one
    alice.post(f"/api/v1/articles/{aid}/comments", json={"body": "a fresh remark"},
               headers={"X-CSRF-Token": api_token(alice)})
    after = reader.get(f"/articles/{aid}").text
    assert "a fresh remark" in after and "alice" in after
    assert 'name="csrf_token"' not in after and "a fresh remark" not in before
