"""Cookies are Secure over https, and behind an https proxy when the operator says so."""

from fastapi.testclient import TestClient

from newsdesk.config import Config
from newsdesk.serve.web import create_app


def first_cookie(store, config) -> str:
    response = TestClient(create_app(store, config)).get("/")
    return response.headers["set-cookie"]


def test_cookies_on_plain_http_are_not_secure_by_default(store, config):
    cookie = first_cookie(store, config)
    assert "httponly" in cookie.lower() and "secure" not in cookie.lower()


def test_cookie_secure_setting_marks_cookies_secure_behind_a_proxy(store, tmp_path):
    config = Config(env={"NEWSDESK_COOKIE_SECURE": "1"}, db=str(tmp_path / "test.db"), analyze=False)
    assert "secure" in first_cookie(store, config).lower()
