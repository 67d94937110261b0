"""Outlets: the publishers articles come from, keyed by domain."""

from __future__ import annotations


class OutletsMixin:
    def outlet_id(self, domain: str | None, name: str | None) -> int | None:
        """The id of the outlet for this domain (or, without a domain, this name), created if new."""
        if not domain and not name:
            return None
        with self.db.write() as conn:
            if domain:
                row = conn.execute("SELECT id, name FROM outlets WHERE domain = ?", (domain,)).fetchone()
                if row:
                    if name and row["name"] == domain and name != domain:
                        conn.execute("UPDATE outlets SET name = ? WHERE id = ?", (name, row["id"]))
                    return row["id"]
                cur = conn.execute(
                    "INSERT INTO outlets(domain, name) VALUES (?, ?)", (domain, name or domain)
                )
                return cur.lastrowid
            row = conn.execute(
                "SELECT id FROM outlets WHERE domain IS NULL AND name = ?", (name,)
            ).fetchone()
            if row:
                return row["id"]
            return conn.execute("INSERT INTO outlets(name) VALUES (?)", (name,)).lastrowid

    def list_outlets(self) -> list[dict]:
        rows = self.db.read().execute(
            """SELECT o.id, o.name, o.domain, COUNT(a.id) AS articles
               FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id
               GROUP BY o.id ORDER BY o.name"""
        )
        return [dict(r) for r in rows]
