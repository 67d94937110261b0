"""Shared set-up for the reader's tests: a small store filled directly (no NLP stages), an
in-process app with a pinned clock, and helpers to log in and read CSRF tokens."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
PASSWORD = "correct horse battery"

ARTICLES = [
    ("Kallas threatens sanctions on China over cyberattack", "Euronews", "euronews.com",
     "2025-06-01T09:00:00+00:00",
     "The EU is ready to impose costs on China. Kallas said so on Friday.\n"
     "\"These threats are very serious,\" she told reporters in Brussels. NATO agreed."),
    ("Pentagon chief warns China is preparing to use force", "France 24", "france24.com",
     "2025-06-01T11:00:00+00:00",
     "Hegseth spoke in Singapore. He warned China.\nAllies listened closely."),
    ("Czech minister resigns over bitcoin gift", "Le Monde", "lemonde.fr",
     "2025-05-31T10:00:00+00:00",
     "Pavel Blazek resigned on Friday. The donation came from a convicted criminal."),
]


def fill(store, articles=ARTICLES) -> list[int]:
    from newsdesk.fingerprints import content_hash
    from newsdesk.models import Article

    ids = []
    for title, outlet, domain, published, text in articles:
        a = Article(title=title, text=text, outlet=outlet, domain=domain, published=published,
                    url=f"https://{domain}/{len(ids)}", content_hash=content_hash(text))
        ids.append(store.insert_article(a, store.outlet_id(domain, outlet)))
    return ids


def make_app(store, config, **options):
    from newsdesk.serve.web import create_app

    return create_app(store, config, clock=lambda: NOW, **options)


@pytest.fixture(autouse=True)
def light_hashing(monkeypatch):
    """argon2id with small cost, so tests that register many users stay fast (the default
    cost is checked in test_web_security)."""
    from argon2 import PasswordHasher, Type

    from newsdesk.serve.web import security

    monkeypatch.setattr(security, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                            parallelism=1, type=Type.ID))
    monkeypatch.setattr(security, "_dummy", None)


@pytest.fixture
def filled(store):
    fill(store)
    return store


@pytest.fixture
def client(filled, config):
    from fastapi.testclient import TestClient

    with TestClient(make_app(filled, config)) as c:
        yield c


def csrf_of(client, path: str = "/login") -> str:
    html = client.get(path).text
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def register(client, name: str = "alice", password: str = PASSWORD):
    token = csrf_of(client, "/register")
    return client.post("/register", data={"name": name, "password": password, "next": "/",
                                          "csrf_token": token}, follow_redirects=False)


def api_token(client) -> str:
    return client.get("/api/v1/session").json()["csrf_token"]
