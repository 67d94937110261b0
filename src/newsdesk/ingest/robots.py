"""robots.txt, read once per host and kept for a day (RFC 9309), so the fetcher can ask
"may I fetch this URL?" before every request, redirects included.

Outcomes follow RFC 9309: a 4xx (no robots.txt) allows everything; a 5xx or an unreachable
server disallows everything, and that verdict is kept only briefly so a host that recovers
is fetched again soon.
"""

from __future__ import annotations

import time
from typing import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import BlockedURLError, FetchError, HTTPStatusError

ROBOTS_TTL = 24 * 3600.0  # seconds a fetched robots.txt is trusted
ERROR_TTL = 600.0  # seconds an "unreachable" verdict is kept
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB


class RobotsCache:
    """``fetch(url) -> bytes`` gets a robots.txt (raising the error tree's FetchError)."""

    def __init__(self, fetch: Callable[[str], bytes], user_agent: str,
                 clock: Callable[[], float] = time.monotonic):
        self._fetch = fetch
        self._agent = user_agent
        self._clock = clock
        self._rules: dict[str, tuple[RobotFileParser, float]] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        cached = self._rules.get(origin)
        if cached is None or cached[1] <= self._clock():
            cached = self._load(origin)
            self._rules[origin] = cached
        return cached[0].can_fetch(self._agent, url)

    def _load(self, origin: str) -> tuple[RobotFileParser, float]:
        parser = RobotFileParser(origin + "/robots.txt")
        ttl = ROBOTS_TTL
        try:
            body = self._fetch(origin + "/robots.txt")
        except BlockedURLError:
            raise  # the host itself may not be fetched: say so, not "robots.txt disallows"
        except HTTPStatusError as e:
            if 400 <= e.status < 500:
                parser.allow_all = True
            else:
                parser.disallow_all = True
                ttl = ERROR_TTL
        except FetchError:
            parser.disallow_all = True
            ttl = ERROR_TTL
        else:
            text = body.decode("utf-8", errors="replace")
            parser.parse(text.splitlines())
        parser.modified()  # can_fetch() answers False until the parser is marked as read
        return parser, self._clock() + ttl
