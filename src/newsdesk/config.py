"""One settings table: every knob newsdesk has, its default, type and help.

Each setting can be given as an environment variable ``NEWSDESK_<NAME>`` (upper case).
``newsdesk config`` lists them, with secrets masked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    type: type
    help: str
    secret: bool = False


def _default_db() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "newsdesk" / "newsdesk.db")


SETTINGS: list[Setting] = [
    Setting("db", None, str, "SQLite database file (default: $XDG_DATA_HOME/newsdesk/newsdesk.db)"),
    Setting("user_agent", "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)", str,
            "User-Agent sent with every request; name a contact address for site owners"),
    Setting("fetch_timeout", 20.0, float, "seconds before a request is abandoned"),
    Setting("max_body_bytes", 10 * 1024 * 1024, int, "largest response body read, after decompression"),
    Setting("max_redirects", 5, int, "redirects followed per request"),
    Setting("host_delay", 1.0, float, "minimum seconds between two requests to the same host"),
    Setting("respect_robots", True, bool, "honour robots.txt"),
    Setting("allow_private_addresses", False, bool,
            "allow fetching loopback, private and link-local addresses (off: guards against SSRF)"),
    Setting("feed_interval", 1800, int, "default seconds between two polls of a feed"),
    Setting("feed_max_backoff", 86400, int, "longest wait after repeated feed errors, seconds"),
    Setting("fetch_full_text", True, bool, "fetch the page when a feed entry carries only a teaser"),
    Setting("max_file_bytes", 64 * 1024 * 1024, int, "largest input file read by ingest/extract"),
    Setting("analyze", True, bool, "run the NLP analysis at ingest"),
    Setting("analyze_workers", 0, int,
            "processes that analyse a batch in parallel, each with its own model (220-380 MB); "
            "0: one per CPU core, at most 4; 1: in the main process"),
    Setting("ingest_nice", 19, int,
            "CPU niceness (0-19) of ingest, run and reanalyze and of their analysis workers, "
            "so the reader stays responsive while ingest runs"),
    Setting("secret_key", "", str, "key that signs session cookies (generated and stored if empty)",
            secret=True),
    Setting("cookie_secure", False, bool,
            "mark cookies Secure even on plain http (set it behind an https reverse proxy)"),
    Setting("host", "127.0.0.1", str, "address the reader listens on"),
    Setting("port", 8000, int, "port the reader listens on"),
]

_BY_NAME = {s.name: s for s in SETTINGS}


def _convert(setting: Setting, raw: str) -> object:
    try:
        if setting.type is bool:
            low = raw.strip().lower()
            if low in {"1", "true", "yes", "on"}:
                return True
            if low in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        return setting.type(raw)
    except ValueError:
        raise ConfigError(
            f"NEWSDESK_{setting.name.upper()}={raw!r} is not a valid {setting.type.__name__}"
        ) from None


class Config:
    """Settings resolved from overrides, then the environment, then defaults."""

    def __init__(self, env: dict[str, str] | None = None, **overrides: object):
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for s in SETTINGS:
            key = f"NEWSDESK_{s.name.upper()}"
            if s.name in overrides and overrides[s.name] is not None:
                values[s.name] = overrides[s.name]
            elif key in env:
                values[s.name] = _convert(s, env[key])
            else:
                values[s.name] = s.default
        unknown = set(overrides) - set(_BY_NAME)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        if not values["db"]:
            values["db"] = _default_db()
        self._values = values

    def __getattr__(self, name: str) -> object:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def items(self, mask_secrets: bool = True) -> list[tuple[str, object, str]]:
        out = []
        for s in SETTINGS:
            value = self._values[s.name]
            if s.secret and mask_secrets and value:
                value = "********"
            out.append((s.name, value, s.help))
        return out
