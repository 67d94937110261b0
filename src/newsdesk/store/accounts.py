"""Reader accounts and their log-in sessions. Passwords arrive here already hashed (argon2id,
hashed by the web layer); session tokens are stored only as their SHA-256."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta, timezone

from ..errors import InputError, NotFoundError
from .db import utcnow


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _user(row) -> dict:
    return {"id": row["id"], "name": row["name"], "is_admin": bool(row["is_admin"]),
            "created": row["created"]}


class AccountsMixin:
    def create_user(self, name: str, password_hash: str) -> dict:
        """A new account; the first one ever registered is the admin."""
        with self.db.write() as conn:
            first = conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0
            try:
                cur = conn.execute(
                    "INSERT INTO users(name, password_hash, is_admin, created) VALUES (?, ?, ?, ?)",
                    (name, password_hash, int(first), utcnow()),
                )
            except sqlite3.IntegrityError:
                raise InputError(f"the name {name!r} is taken") from None
            return self.get_user(cur.lastrowid)

    def get_user(self, user_id: int) -> dict:
        row = self.db.read().execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no user with id {user_id}")
        return _user(row)

    def user_credentials(self, name: str) -> tuple[dict, str] | None:
        """(user, password hash) for a log-in check, or None for an unknown name."""
        row = self.db.read().execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
        return (_user(row), row["password_hash"]) if row else None

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        with self.db.write() as conn:
            conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))

    def set_admin(self, name: str, is_admin: bool = True) -> dict:
        with self.db.write() as conn:
            cur = conn.execute("UPDATE users SET is_admin = ? WHERE name = ?", (int(is_admin), name))
            if cur.rowcount == 0:
                raise NotFoundError(f"no user named {name!r}")
        return self.user_credentials(name)[0]

    def create_session(self, token: str, user_id: int, lifetime_s: int) -> None:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        with self.db.write() as conn:
            conn.execute("DELETE FROM sessions WHERE expires < ?", (now.isoformat(),))
            conn.execute(
                "INSERT INTO sessions(token_hash, user_id, created, expires) VALUES (?, ?, ?, ?)",
                (token_hash(token), user_id, now.isoformat(),
                 (now + timedelta(seconds=lifetime_s)).isoformat()),
            )

    def session_user(self, token: str) -> dict | None:
        """The user a session token belongs to, if the session is live."""
        row = self.db.read().execute(
            """SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
               WHERE s.token_hash = ? AND s.expires > ?""",
            (token_hash(token), utcnow()),
        ).fetchone()
        return _user(row) if row else None

    def delete_session(self, token: str) -> None:
        with self.db.write() as conn:
            conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash(token),))
