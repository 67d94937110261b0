"""Fetching URLs politely and safely: the one way newsdesk reads the web.

Every request, and every redirect hop, is checked before it is sent: http(s) only, no private
or local addresses (SSRF), robots.txt, a pause between two requests to one host. Bodies are
read as a stream and decompressed here, so a size limit holds after decompression and a
decompression bomb is stopped at the limit, not after it has filled the memory.

DNS rebinding: the address check happens in the connection itself (``_GuardedBackend``): the
name is resolved once, every address is checked, and the socket connects to a checked address,
so a name cannot answer "public" to the check and "private" to the connection.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import BlockedURLError, FetchError, HTTPStatusError, TooLargeError
from .robots import ROBOTS_MAX_BYTES, RobotsCache

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
ACCEPT_ENCODING = "gzip, deflate"
CHUNK = 64 * 1024

Resolver = Callable[[str], list[str]]


@dataclass
class Response:
    url: str  # the final URL, after redirects
    status: int
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # a 304 to a conditional GET: nothing changed since


def system_resolve(host: str) -> list[str]:
    """The addresses ``host`` resolves to, through the system resolver."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise FetchError(f"cannot resolve host {host}: {e}") from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def blocked_reason(address: str) -> str | None:
    """Why an IP address may not be fetched (SSRF guard), or None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return blocked_reason(str(embedded))
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_link_local:
        return "a link-local address (cloud metadata lives there)"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private or not ip.is_global:
        return "a private or reserved address"
    return None


def _literal_address(host: str) -> str | None:
    """The IP a host names without DNS: '10.0.0.1', '[::1]', and legacy forms such as
    '2130706433' or '0x7f.1' that the system resolver would accept."""
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefxABCDEFX." for c in host) and any(c.isdigit() for c in host):
        try:
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            return None
    return None


class _GuardedBackend:
    """An httpcore network backend that resolves, checks, then connects to a checked address."""

    def __init__(self, resolver: Resolver):
        import httpcore

        self._inner = httpcore.SyncBackend()
        self._resolve = resolver

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        import httpcore

        literal = _literal_address(host)
        addresses = [literal] if literal else self._resolve(host)
        for address in addresses:
            reason = blocked_reason(address)
            if reason:
                raise BlockedURLError(f"{host} resolves to {address}, {reason}",
                                      hint="set allow_private_addresses to fetch local services")
        last_error: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout=timeout,
                                               local_address=local_address,
                                               socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                last_error = e
        raise last_error or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(self, *args, **kwargs):
        raise BlockedURLError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_transport(resolver: Resolver) -> httpx.HTTPTransport:
    """httpx's transport with the address check in its connections (see module docstring)."""
    import httpcore

    transport = httpx.HTTPTransport(trust_env=False)
    # httpx offers no public hook for the network backend; its pool is rebuilt with ours.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=20,
        max_keepalive_connections=10, keepalive_expiry=5.0,
        network_backend=_GuardedBackend(resolver),
    )
    return transport


class _Decoder:
    """Content-Encoding decoding that never produces more than ``CHUNK`` bytes per step,
    so the caller can stop a decompression bomb as soon as it passes the limit."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self._first = True
        if encoding in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._d = zlib.decompressobj()
        else:
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")

    def feed(self, data: bytes):
        while data:
            try:
                out = self._d.decompress(data, CHUNK)
            except zlib.error:
                if self.encoding == "deflate" and self._first:  # raw deflate, no zlib header
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._first = False
                    continue
                raise FetchError(f"corrupt {self.encoding} body") from None
            self._first = False
            yield out
            if self._d.eof and self._d.unused_data and self.encoding != "deflate":
                data = self._d.unused_data  # another gzip member follows
                self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                data = self._d.unconsumed_tail


class Fetcher:
    """``Fetcher(config).get(url)``; ``transport`` (httpx.MockTransport in tests), ``resolver``,
    ``clock`` and ``sleep`` can be injected so tests need no network and no waiting."""

    def __init__(self, config, transport: httpx.BaseTransport | None = None, *,
                 resolver: Resolver | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.config = config
        self._clock, self._sleep = clock, sleep
        self._private_ok = bool(config.allow_private_addresses)
        # With our own transport the connection checks names (rebinding-safe); with an
        # injected one, names are checked up front, and only when a resolver is given.
        self._resolve_up_front = resolver if transport is not None else None
        if transport is None and not self._private_ok:
            transport = guarded_transport(resolver or system_resolve)
        self.client = httpx.Client(
            transport=transport, follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(float(config.fetch_timeout)),
            headers={"User-Agent": str(config.user_agent), "Accept-Encoding": ACCEPT_ENCODING},
        )
        self._last_request: dict[str, float] = {}
        self.robots = (RobotsCache(self._fetch_robots, str(config.user_agent), clock)
                       if config.respect_robots else None)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url``, following redirects hop by hop; a 304 comes back with ``not_modified``."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers, limit=int(self.config.max_body_bytes), robots=True)

    def _get(self, url: str, headers: dict, *, limit: int, robots: bool,
             truncate: bool = False) -> Response:
        current = url
        for _hop in range(int(self.config.max_redirects) + 1):
            self.check_url(current)
            if robots and self.robots is not None and not self.robots.allowed(current):
                raise BlockedURLError(f"robots.txt of {urlsplit(current).netloc} disallows {current}")
            response = self._request(current, headers, limit, truncate)
            location = response.headers.get("location")
            if response.status in REDIRECT_STATUSES and location:
                current = urljoin(current, location.strip())
                continue
            return response
        raise FetchError(f"{url}: more than {self.config.max_redirects} redirects "
                         "(setting max_redirects)")

    def check_url(self, url: str) -> None:
        """Refuse what may not be fetched: other schemes, private addresses (SSRF)."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            raise BlockedURLError(f"{url} is not a valid URL") from None
        if parts.scheme.lower() not in ("http", "https"):
            raise BlockedURLError(f"{url}: only http and https URLs are fetched")
        if not host:
            raise BlockedURLError(f"{url} has no host")
        if self._private_ok:
            return
        literal = _literal_address(host)
        if literal:
            addresses = [literal]
        elif host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
            raise BlockedURLError(f"{url}: {host} is a local name",
                                  hint="set allow_private_addresses to fetch local services")
        elif self._resolve_up_front is not None:
            addresses = self._resolve_up_front(host) or []
        else:
            return  # checked when the connection is made
        for address in addresses:
            reason = blocked_reason(address)
            if reason:
                raise BlockedURLError(f"{url}: {host} is {address}, {reason}"
                                      if address != host else f"{url}: {host} is {reason}",
                                      hint="set allow_private_addresses to fetch local services")

    def _wait_for_host(self, host: str) -> None:
        """Keep ``host_delay`` seconds between two requests to one host."""
        last = self._last_request.get(host)
        if last is not None:
            wait = last + float(self.config.host_delay) - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _request(self, url: str, headers: dict, limit: int, truncate: bool) -> Response:
        self._wait_for_host((urlsplit(url).hostname or "").lower())
        timeout = float(self.config.fetch_timeout)
        try:
            r = self.client.send(self.client.build_request("GET", url, headers=headers), stream=True)
        except httpx.TimeoutException:
            raise FetchError(f"{url}: no answer within {timeout:g}s (setting fetch_timeout)") from None
        except httpx.HTTPError as e:
            raise FetchError(f"{url}: {_describe(e)}") from None
        try:
            response = Response(url=str(r.url), status=r.status_code, headers=r.headers,
                                etag=r.headers.get("etag"),
                                last_modified=r.headers.get("last-modified"))
            if r.status_code in REDIRECT_STATUSES:
                return response
            if r.status_code == 304:
                response.not_modified = True
                response.etag = response.etag or headers.get("If-None-Match")
                response.last_modified = response.last_modified or headers.get("If-Modified-Since")
                return response
            if r.status_code >= 400:
                error = HTTPStatusError(f"{url}: the server answered {r.status_code} "
                                        f"{r.reason_phrase}".rstrip(), status=r.status_code)
                error.retry_after = retry_after_seconds(r.headers.get("retry-after"))
                raise error
            response.content = self._read_body(r, url, limit, truncate, self._clock() + timeout)
            return response
        except httpx.TimeoutException:
            raise FetchError(f"{url}: no answer within {timeout:g}s (setting fetch_timeout)") from None
        except httpx.HTTPError as e:
            raise FetchError(f"{url}: {_describe(e)}") from None
        finally:
            r.close()

    def _read_body(self, r: httpx.Response, url: str, limit: int, truncate: bool,
                   deadline: float) -> bytes:
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and not truncate:
            raise TooLargeError(f"{url}: the body is {int(declared):,} bytes, over the "
                                f"{limit:,}-byte limit (setting max_body_bytes)")
        encodings = [e.strip().lower() for e in r.headers.get("content-encoding", "").split(",")]
        decoders = [_Decoder(e) for e in reversed(encodings) if e and e != "identity"]
        chunks = r.iter_raw(CHUNK)
        if r.is_stream_consumed:  # a test transport's response built from bytes: read, decoded
            chunks, decoders = [r.content], []
        body = bytearray()
        for raw in chunks:
            for piece in _decode(raw, decoders):
                body += piece
                if len(body) > limit:
                    if truncate:
                        return bytes(body[:limit])
                    raise TooLargeError(f"{url}: the body is over the {limit:,}-byte limit "
                                        "(setting max_body_bytes)")
            if self._clock() > deadline:
                raise FetchError(f"{url}: the body took over {self.config.fetch_timeout:g}s "
                                 "(setting fetch_timeout)")
        return bytes(body)

    def _fetch_robots(self, url: str) -> bytes:
        return self._get(url, {}, limit=ROBOTS_MAX_BYTES, robots=False, truncate=True).content


def _decode(data: bytes, decoders: list[_Decoder]):
    if not decoders:
        yield data
        return
    for piece in decoders[0].feed(data):
        yield from _decode(piece, decoders[1:])


def _describe(error: httpx.HTTPError) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, httpx.ConnectError):
        return f"cannot connect ({text})"
    return f"{type(error).__name__}: {text}"


def retry_after_seconds(value: str | None, now: datetime | None = None) -> int | None:
    """Retry-After as seconds from now: it may be a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0, int((when - (now or datetime.now(timezone.utc))).total_seconds()))
