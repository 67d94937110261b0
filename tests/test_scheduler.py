"""The scheduler: ``newsdesk run --once`` end to end on 127.0.0.1, the polling loop, clean
stops on SIGTERM, and one failing feed not stopping the others."""

from __future__ import annotations

import http.server
import io
import os
import signal
import threading
from datetime import datetime, timezone

import httpx
import pytest

from newsdesk.config import Config
from newsdesk.ingest.fetcher import Fetcher
from newsdesk.ingest.scheduler import run_scheduler
from newsdesk.serve.cli import main

from .conftest import local_http_server

NOW = datetime(2100, 6, 1, 12, 0, tzinfo=timezone.utc)  # later than the feeds' first next_poll
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Local Desk</title>
<link>{base}/</link>
<item><title>Harbour reopens</title><link>{base}/harbour</link>
<pubDate>Sun, 01 Jun 2025 09:00:00 GMT</pubDate><description>The harbour reopened. Read more</description></item>
</channel></rss>"""
PAGE = ("<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
        + "".join(f"<p>Paragraph {i}: the harbour reopened to ships and ferries on Sunday after the "
                  "storm damage to the quay was repaired by the city.</p>" for i in range(10))
        + "</article></body></html>")


class _Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            body, kind = RSS.format(base=base).encode(), "application/rss+xml"
        elif self.path == "/harbour":
            body, kind = PAGE.encode(), "text/html"
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    with local_http_server(_Site) as port:
        yield f"http://127.0.0.1:{port}"


def test_cli_run_once_polls_a_local_feed_fetches_full_text_then_gets_304(site, tmp_path, capsys,
                                                                        monkeypatch):
    for name, value in {"ALLOW_PRIVATE_ADDRESSES": "1", "HOST_DELAY": "0", "ANALYZE": "0"}.items():
        monkeypatch.setenv(f"NEWSDESK_{name}", value)
    db = str(tmp_path / "desk.db")
    assert main(["feeds", "add", f"{site}/feed.xml", "--db", db]) == 0
    capsys.readouterr()
    assert main(["run", "--once", "--db", db]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"feed 1 {site}/feed.xml: 1 added, 0 updated, 0 unchanged; next poll ")
    assert main(["show", "1", "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "Paragraph 9: the harbour reopened" in shown and "Local Desk" in shown

    assert main(["run", "--once", "--db", db]) == 0  # not due yet: nothing polled
    assert capsys.readouterr().out == ""
    from newsdesk.store import Store

    with Store(db) as store:
        store.update_feed(1, next_poll=None)
    assert main(["run", "--once", "--db", db]) == 0
    assert "not modified" in capsys.readouterr().out


def settings(tmp_path):
    return Config(env={}, db=str(tmp_path / "t.db"), analyze=False, host_delay=0,
                  respect_robots=False, fetch_full_text=False)


FEED = b"""<rss version="2.0"><channel><title>Mock</title><item><title>One</title>
<link>https://mock.example/1</link><description>First item.</description></item></channel></rss>"""


@pytest.mark.timeout(30)
def test_loop_polls_due_feeds_and_stops_when_asked(store, tmp_path):
    stop = threading.Event()
    polled = []

    def handler(request):
        polled.append(str(request.url))
        if len(polled) == 2:
            stop.set()  # as a signal handler would, while the second feed is being polled
        return httpx.Response(200, content=FEED)

    config = settings(tmp_path)
    for n in range(3):
        store.add_feed(f"https://mock{n}.example/feed")
    out = io.StringIO()
    code = run_scheduler(store, config, fetcher=Fetcher(config, httpx.MockTransport(handler)),
                         stop=stop, out=out, clock=lambda: NOW)
    assert code == 0
    assert polled == ["https://mock0.example/feed", "https://mock1.example/feed"]
    assert len(out.getvalue().splitlines()) == 2  # the feed being polled was finished, not cut


@pytest.mark.timeout(30)
def test_sigterm_ends_the_loop_cleanly(store, tmp_path):
    def handler(request):
        os.kill(os.getpid(), signal.SIGTERM)
        return httpx.Response(200, content=FEED)

    config = settings(tmp_path)
    store.add_feed("https://mock.example/feed")
    before = signal.getsignal(signal.SIGTERM)
    out = io.StringIO()
    code = run_scheduler(store, config, fetcher=Fetcher(config, httpx.MockTransport(handler)),
                         out=out, clock=lambda: NOW)
    assert code == 0 and "1 added" in out.getvalue()
    assert signal.getsignal(signal.SIGTERM) is before
    assert store.count_articles() == 1


class _Exploding:
    """A fetcher with a bug for one feed."""

    def __init__(self, inner):
        self.inner = inner

    def get(self, url, **kwargs):
        if "bad" in url:
            raise RuntimeError("boom")
        return self.inner.get(url, **kwargs)


def test_one_feed_failing_does_not_stop_the_others(store, tmp_path):
    config = settings(tmp_path)
    store.add_feed("https://bad.example/feed")
    store.add_feed("https://good.example/feed")
    fetcher = _Exploding(Fetcher(config, httpx.MockTransport(lambda r: httpx.Response(200, content=FEED))))
    out = io.StringIO()
    assert run_scheduler(store, config, once=True, fetcher=fetcher, out=out, clock=lambda: NOW) == 0
    lines = out.getvalue().splitlines()
    assert "error x1: https://bad.example/feed: unexpected RuntimeError: boom" in lines[0]
    assert "1 added" in lines[1]
    bad = store.find_feed("https://bad.example/feed")
    assert bad.error_count == 1 and bad.next_poll == "2100-06-01T12:30:00+00:00"


def test_once_returns_1_when_every_feed_failed(store, tmp_path):
    config = settings(tmp_path)
    store.add_feed("https://down.example/feed")
    fetcher = Fetcher(config, httpx.MockTransport(lambda r: httpx.Response(503)))
    out = io.StringIO()
    assert run_scheduler(store, config, once=True, fetcher=fetcher, out=out, clock=lambda: NOW) == 1
    assert "503" in out.getvalue()
