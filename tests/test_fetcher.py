"""The fetcher: politeness (user agent, robots.txt, host delay), conditional GET, limits,
compression, redirects and the SSRF guard. No test touches the network."""

from __future__ import annotations

import gzip
import http.server
import zlib

import httpx
import pytest

from newsdesk.config import Config
from newsdesk.errors import BlockedURLError, FetchError, HTTPStatusError, TooLargeError
from newsdesk.ingest.fetcher import Fetcher, blocked_reason, retry_after_seconds

from .conftest import local_http_server


def make_config(**overrides):
    values = dict(host_delay=0, respect_robots=False)
    values.update(overrides)
    return Config(env={}, **values)


def routes_transport(routes: dict, seen: list | None = None):
    """A MockTransport answering from {url: (status, headers, body)}; 404 for the rest."""

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        status, headers, body = routes.get(str(request.url), (404, {}, b"not found"))
        # A stream, as a server sends it: the fetcher decodes and limits it itself.
        headers = {"Content-Length": str(len(body)), **headers}
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))

    return httpx.MockTransport(handler)


def test_get_sends_the_configured_user_agent_and_returns_body_and_validators():
    seen = []
    transport = routes_transport({"https://news.example/feed": (
        200, {"ETag": '"v1"', "Last-Modified": "Wed, 28 May 2025 10:00:00 GMT"}, b"<rss/>")}, seen)
    fetcher = Fetcher(make_config(user_agent="deskbot/2 (ops@example.org)"), transport)
    response = fetcher.get("https://news.example/feed")
    assert response.content == b"<rss/>" and response.status == 200
    assert response.etag == '"v1"' and response.last_modified == "Wed, 28 May 2025 10:00:00 GMT"
    assert seen[0].headers["user-agent"] == "deskbot/2 (ops@example.org)"


def test_conditional_get_sends_validators_and_a_304_is_not_modified():
    seen = []
    fetcher = Fetcher(make_config(), routes_transport({"https://news.example/feed": (304, {}, b"")}, seen))
    response = fetcher.get("https://news.example/feed", etag='"v1"',
                           last_modified="Wed, 28 May 2025 10:00:00 GMT")
    assert response.not_modified and response.content == b""
    assert response.etag == '"v1"'
    assert seen[0].headers["if-none-match"] == '"v1"'
    assert seen[0].headers["if-modified-since"] == "Wed, 28 May 2025 10:00:00 GMT"


def test_error_status_raises_with_status_and_retry_after():
    transport = routes_transport({"https://news.example/feed": (429, {"Retry-After": "120"}, b"slow down")})
    with pytest.raises(HTTPStatusError) as info:
        Fetcher(make_config(), transport).get("https://news.example/feed")
    assert info.value.status == 429 and info.value.retry_after == 120
    assert "429" in info.value.one_line()


def test_retry_after_accepts_an_http_date():
    from datetime import datetime, timezone

    now = datetime(2025, 5, 28, 10, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("Wed, 28 May 2025 10:05:00 GMT", now) == 300
    assert retry_after_seconds("soon", now) is None


def test_robots_txt_disallow_blocks_the_fetch_and_is_read_once_per_host():
    seen = []
    transport = routes_transport({
        "https://news.example/robots.txt": (200, {}, b"User-agent: *\nDisallow: /private/\n"),
        "https://news.example/public/a": (200, {}, b"ok"),
    }, seen)
    fetcher = Fetcher(make_config(respect_robots=True), transport)
    assert fetcher.get("https://news.example/public/a").content == b"ok"
    with pytest.raises(BlockedURLError, match="robots.txt"):
        fetcher.get("https://news.example/private/b")
    assert [str(r.url) for r in seen].count("https://news.example/robots.txt") == 1
    assert "https://news.example/private/b" not in [str(r.url) for r in seen]


def test_missing_robots_txt_allows_everything_and_server_error_allows_nothing():
    ok = Fetcher(make_config(respect_robots=True),
                 routes_transport({"https://a.example/x": (200, {}, b"ok")}))
    assert ok.get("https://a.example/x").content == b"ok"  # robots.txt is a 404
    down = Fetcher(make_config(respect_robots=True), routes_transport({
        "https://b.example/robots.txt": (503, {}, b""), "https://b.example/x": (200, {}, b"ok")}))
    with pytest.raises(BlockedURLError):
        down.get("https://b.example/x")


def test_requests_to_one_host_are_spaced_by_host_delay():
    clock = {"t": 100.0}
    sleeps = []

    def sleep(seconds):
        sleeps.append(round(seconds, 3))
        clock["t"] += seconds

    transport = routes_transport({"https://a.example/1": (200, {}, b"1"),
                                  "https://a.example/2": (200, {}, b"2"),
                                  "https://b.example/1": (200, {}, b"3")})
    fetcher = Fetcher(make_config(host_delay=2.5), transport, clock=lambda: clock["t"], sleep=sleep)
    fetcher.get("https://a.example/1")
    fetcher.get("https://b.example/1")  # another host: no wait
    clock["t"] += 1.0
    fetcher.get("https://a.example/2")
    assert sleeps == [1.5]


def test_redirects_are_followed_hop_by_hop_up_to_the_cap():
    routes = {f"https://r.example/{i}": (302, {"Location": f"/{i + 1}"}, b"") for i in range(10)}
    routes["https://r.example/3"] = (200, {}, b"landed")
    response = Fetcher(make_config(max_redirects=3), routes_transport(routes)).get("https://r.example/0")
    assert response.url == "https://r.example/3" and response.content == b"landed"
    with pytest.raises(FetchError, match="more than 2 redirects"):
        Fetcher(make_config(max_redirects=2), routes_transport(routes)).get("https://r.example/0")


def test_body_over_the_limit_is_refused_by_header_and_while_streaming():
    declared = routes_transport({"https://big.example/a": (200, {}, b"x" * 5000)})
    with pytest.raises(TooLargeError, match="max_body_bytes"):
        Fetcher(make_config(max_body_bytes=1000), declared).get("https://big.example/a")

    def streamed(request):  # no Content-Length: the limit holds while reading
        return httpx.Response(200, stream=httpx.ByteStream(b"y" * 1200))

    with pytest.raises(TooLargeError):
        Fetcher(make_config(max_body_bytes=1000), httpx.MockTransport(streamed)).get("https://big.example/b")


def test_gzip_and_deflate_bodies_are_decompressed():
    text = b"<rss>" + b"news " * 200 + b"</rss>"
    transport = routes_transport({
        "https://z.example/gz": (200, {"Content-Encoding": "gzip"}, gzip.compress(text)),
        "https://z.example/zlib": (200, {"Content-Encoding": "deflate"}, zlib.compress(text)),
        "https://z.example/raw": (200, {"Content-Encoding": "deflate"},
                                  zlib.compress(text)[2:-4]),  # raw deflate, as some servers send
    })
    fetcher = Fetcher(make_config(), transport)
    for path in ("gz", "zlib", "raw"):
        assert fetcher.get(f"https://z.example/{path}").content == text


def test_gzip_bomb_is_stopped_at_the_limit():
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024))  # 50 MB of zeros in ~50 KB
    assert len(bomb) < 100_000
    transport = routes_transport({"https://z.example/bomb": (200, {"Content-Encoding": "gzip"}, bomb)})
    with pytest.raises(TooLargeError):
        Fetcher(make_config(max_body_bytes=1_000_000), transport).get("https://z.example/bomb")


def test_unsupported_content_encoding_is_a_clear_error():
    transport = routes_transport({"https://z.example/x": (200, {"Content-Encoding": "compress"}, b"??")})
    with pytest.raises(FetchError, match="unsupported Content-Encoding"):
        Fetcher(make_config(), transport).get("https://z.example/x")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://news.example/feed", "gopher://x/",
                                 "javascript:alert(1)", "http:///nohost"])
def test_only_http_and_https_urls_are_fetched(url):
    with pytest.raises(BlockedURLError):
        Fetcher(make_config(), routes_transport({})).get(url)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://127.1.2.3:8080/admin", "http://10.0.0.5/", "http://172.16.3.4/",
    "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
    "http://[::1]/", "http://[fc00::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:10.0.0.1]/", "http://224.0.0.1/", "http://2130706433/", "http://0x7f.1/",
    "http://localhost/", "http://metadata.google.internal/",
])
def test_private_and_local_addresses_are_refused(url):
    seen = []
    with pytest.raises(BlockedURLError):
        Fetcher(make_config(), routes_transport({}, seen)).get(url)
    assert seen == []  # refused before any request


def test_dns_names_resolving_to_private_addresses_are_refused():
    resolver = {"intranet.example": ["10.1.2.3"], "mixed.example": ["93.184.216.34", "127.0.0.1"],
                "public.example": ["93.184.216.34"]}.get
    transport = routes_transport({"https://public.example/": (200, {}, b"ok")})
    fetcher = Fetcher(make_config(), transport, resolver=resolver)
    assert fetcher.get("https://public.example/").content == b"ok"
    with pytest.raises(BlockedURLError, match="10.1.2.3"):
        fetcher.get("https://intranet.example/")
    with pytest.raises(BlockedURLError, match="127.0.0.1"):
        fetcher.get("https://mixed.example/")


def test_a_redirect_to_a_private_address_is_refused():
    seen = []
    transport = routes_transport({
        "https://public.example/go": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
    }, seen)
    with pytest.raises(BlockedURLError, match="169.254.169.254"):
        Fetcher(make_config(), transport).get("https://public.example/go")
    assert [str(r.url) for r in seen] == ["https://public.example/go"]


def test_blocked_reason_allows_public_addresses():
    assert blocked_reason("93.184.216.34") is None
    assert blocked_reason("2606:2800:220:1:248:1893:25c8:1946") is None
    assert blocked_reason("100.64.0.1")  # carrier-grade NAT is not the public internet


# ---- the real transport, against a server on 127.0.0.1 --------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/robots.txt":
            self.send_response(404)
            self.end_headers()
            return
        body = b"hello from 127.0.0.1"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    with local_http_server(_Handler) as port:
        yield port


def test_real_transport_fetches_a_local_server_when_private_addresses_are_allowed(local_server):
    config = make_config(allow_private_addresses=True, respect_robots=True)
    with Fetcher(config) as fetcher:
        assert fetcher.get(f"http://127.0.0.1:{local_server}/x").content == b"hello from 127.0.0.1"


def test_real_transport_checks_the_address_it_connects_to(local_server):
    """The name is resolved and checked in the connection itself (no DNS rebinding window)."""
    resolver = {"rebound.example": ["127.0.0.1"]}.get
    with Fetcher(make_config(), resolver=resolver) as fetcher:
        with pytest.raises(BlockedURLError, match="127.0.0.1"):
            fetcher.get(f"http://rebound.example:{local_server}/x")
    with Fetcher(make_config(respect_robots=True), resolver=resolver) as fetcher:
        with pytest.raises(BlockedURLError, match="127.0.0.1"):  # not "robots.txt disallows"
            fetcher.get(f"http://rebound.example:{local_server}/x")


def test_connection_refused_is_a_fetch_error():
    with socket_free_port() as port:
        pass
    with Fetcher(make_config(allow_private_addresses=True, fetch_timeout=2)) as fetcher:
        with pytest.raises(FetchError, match="cannot connect"):
            fetcher.get(f"http://127.0.0.1:{port}/")


class socket_free_port:
    def __enter__(self):
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return self.sock.getsockname()[1]

    def __exit__(self, *exc):
        self.sock.close()


def test_a_body_that_trickles_in_past_the_timeout_is_abandoned():
    clock = {"t": 0.0}

    class Trickle(httpx.SyncByteStream):
        def __iter__(self):
            for _ in range(10):
                clock["t"] += 10  # ten seconds per chunk
                yield b"x" * 10

    transport = httpx.MockTransport(lambda r: httpx.Response(200, stream=Trickle()))
    fetcher = Fetcher(make_config(fetch_timeout=25), transport, clock=lambda: clock["t"])
    with pytest.raises(FetchError, match="fetch_timeout"):
        fetcher.get("https://slow.example/")


def test_a_test_transport_answer_built_from_bytes_is_read_too():
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=b"<rss/>"))
    assert Fetcher(make_config(), transport).get("https://a.example/").content == b"<rss/>"
