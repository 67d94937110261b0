"""Web security in one place: security headers, visitor sessions, CSRF tokens, password
hashing (argon2id) and in-memory rate limits with log-in lock-out.

CSRF: every state-changing request must carry a token (form field ``csrf_token`` or header
``X-CSRF-Token``) equal to HMAC(secret, the visitor's session or anonymous cookie). A page
from another site can neither read the token nor set our cookies.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field

SESSION_COOKIE = "nd_session"
ANON_COOKIE = "nd_anon"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_LIFETIME_S = 14 * 86400
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}

# Scripts and styles come only from our own /static; no inline script can run, even if some
# markup slipped through escaping.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# /api/docs is Swagger UI, served from our own /api/docs-static; it needs its inline boot script.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def secure_cookies(request) -> bool:
    """Cookies are Secure over https, and always when the operator says an https proxy is in front."""
    return request.url.scheme == "https" or bool(request.app.state.config.cookie_secure)


def security_headers(path: str) -> dict[str, str]:
    headers = dict(HEADERS)
    headers["Content-Security-Policy"] = DOCS_CSP if path == "/api/docs" else CSP
    return headers


def secret_key(store, config) -> str:
    """The configured key, else one generated on first start and kept in the database."""
    if config.secret_key:
        return str(config.secret_key)
    key = store.get_meta("secret_key")
    if not key:
        key = secrets.token_hex(32)
        store.set_meta("secret_key", key)
    return key


def new_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_token(secret: str, binding: str) -> str:
    return hmac.new(secret.encode(), b"csrf:" + binding.encode(), hashlib.sha256).hexdigest()


def csrf_ok(secret: str, binding: str | None, offered: str | None) -> bool:
    if not binding or not offered:
        return False
    return hmac.compare_digest(csrf_token(secret, binding), offered)


@dataclass
class Visitor:
    """Who is asking: a logged-in user (with session token) or an anonymous visitor."""

    user: dict | None
    session: str | None  # raw session token from the cookie (never logged)
    anon: str  # anonymous cookie value; set on first visit
    new_anon: bool = False
    csrf: str = ""

    @property
    def binding(self) -> str:
        return f"s:{self.session}" if self.user and self.session else f"a:{self.anon}"


# ---- passwords -----------------------------------------------------------------------------

_hasher = None


def hasher():
    """argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile)."""
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    # Unknown user: verify against a dummy hash anyway, so timing does not tell names apart.
    target = stored_hash or _dummy_hash()
    try:
        ok = hasher().verify(target, password)
    except (VerificationError, InvalidHashError):
        return False
    return ok and stored_hash is not None


_dummy = None


def _dummy_hash() -> str:
    global _dummy
    if _dummy is None:
        _dummy = hash_password(secrets.token_hex(16))
    return _dummy


# ---- rate limits ---------------------------------------------------------------------------


@dataclass
class Limits:
    """How many tries per window; tests shrink or widen these."""

    login_per_ip: tuple[int, float] = (20, 60.0)
    register_per_ip: tuple[int, float] = (10, 3600.0)
    post_per_user: tuple[int, float] = (5, 60.0)
    post_per_ip: tuple[int, float] = (20, 60.0)
    failures_before_lockout: int = 5  # per account
    ip_failures_before_lockout: int = 30  # per address, across accounts (password spraying)
    failure_window_s: float = 900.0
    lockout_s: float = 900.0


@dataclass
class RateLimiter:
    """Sliding windows of timestamps per key, kept in memory (one server process)."""

    clock: callable = time.monotonic
    _hits: dict = field(default_factory=dict)
    _locked_until: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _window(self, key: str, window: float) -> deque:
        q = self._hits.setdefault(key, deque())
        cutoff = self.clock() - window
        while q and q[0] <= cutoff:
            q.popleft()
        return q

    def allow(self, key: str, rule: tuple[int, float]) -> bool:
        """Record one try under ``key``; False when it is over the limit."""
        limit, window = rule
        with self._lock:
            q = self._window(key, window)
            if len(q) >= limit:
                return False
            q.append(self.clock())
            return True

    def locked(self, key: str) -> bool:
        with self._lock:
            until = self._locked_until.get(key)
            if until is None:
                return False
            if self.clock() >= until:
                del self._locked_until[key]
                return False
            return True

    def fail(self, key: str, limits: Limits, threshold: int | None = None) -> None:
        """Count a failed log-in; lock the key out after too many in the window."""
        threshold = threshold or limits.failures_before_lockout
        with self._lock:
            q = self._window("fail:" + key, limits.failure_window_s)
            q.append(self.clock())
            if len(q) >= threshold:
                self._locked_until[key] = self.clock() + limits.lockout_s
                q.clear()

    def succeed(self, key: str) -> None:
        with self._lock:
            self._hits.pop("fail:" + key, None)
