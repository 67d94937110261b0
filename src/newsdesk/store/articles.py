"""Articles, the URLs that lead to them, and the SimHash band index for near-duplicates."""

from __future__ import annotations

from ..errors import NotFoundError
from ..models import Article
from ..fingerprints import jaccard, lsh_bands
from .db import utcnow

_SELECT = """SELECT a.*, o.name AS outlet, o.domain AS domain
             FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id"""


def _article(row, aliases: list[str] | None = None) -> Article:
    return Article(
        id=row["id"], url=row["url"], title=row["title"], text=row["text"], byline=row["byline"],
        published=row["published"], outlet=row["outlet"], domain=row["domain"],
        language=row["language"], description=row["description"], fetched=row["fetched"],
        source=row["source"], content_hash=row["content_hash"], minhash=row["minhash"],
        duplicate_of=row["duplicate_of"], feed_id=row["feed_id"], aliases=aliases or [],
    )


class ArticlesMixin:
    def article_id_for_urls(self, urls: list[str]) -> int | None:
        conn = self.db.read()
        for url in urls:
            row = conn.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
            if row:
                return row[0]
        return None

    def article_ids_for_content_hash(self, content_hash: str) -> list[int]:
        rows = self.db.read().execute(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY id", (content_hash,)
        )
        return [r[0] for r in rows]

    def article_id_for_title(self, outlet_id: int | None, title: str) -> int | None:
        """An article without URL is known by its outlet and headline."""
        row = self.db.read().execute(
            "SELECT id FROM articles WHERE url IS NULL AND outlet_id IS ? AND title = ?",
            (outlet_id, title),
        ).fetchone()
        return row[0] if row else None

    def near_duplicates(self, signature: bytes, threshold: float) -> list[tuple[int, int | None, float]]:
        """Articles whose MinHash estimates a Jaccard similarity >= ``threshold``:
        (id, outlet_id, similarity), most similar first. Probes the LSH band index only."""
        conn = self.db.read()
        candidates: set[int] = set()
        for band, value in lsh_bands(signature):
            rows = conn.execute(
                "SELECT article_id FROM minhash_bands WHERE band = ? AND value = ?", (band, value)
            )
            candidates.update(r[0] for r in rows)
        out = []
        for aid in sorted(candidates):
            row = conn.execute("SELECT minhash, outlet_id FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is None or row["minhash"] is None:
                continue
            similarity = jaccard(row["minhash"], signature)
            if similarity >= threshold:
                out.append((aid, row["outlet_id"], similarity))
        return sorted(out, key=lambda t: (-t[2], t[0]))

    def insert_article(self, article: Article, outlet_id: int | None) -> int:
        now = utcnow()
        with self.db.write() as conn:
            cur = conn.execute(
                """INSERT INTO articles(url, title, text, byline, published, outlet_id, language,
                       description, fetched, source, content_hash, minhash, duplicate_of, feed_id,
                       created, updated)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (article.url, article.title, article.text, article.byline, article.published,
                 outlet_id, article.language, article.description, article.fetched, article.source,
                 article.content_hash, article.minhash, article.duplicate_of, article.feed_id, now, now),
            )
            article_id = cur.lastrowid
            self._index_article(conn, article_id, article)
            return article_id

    def update_article(self, article_id: int, article: Article) -> None:
        """Replace the stored version (an edited headline or text), keeping id and created."""
        with self.db.write() as conn:
            conn.execute(
                """UPDATE articles SET title = ?, text = ?, byline = COALESCE(?, byline),
                       published = COALESCE(?, published), language = COALESCE(?, language),
                       description = COALESCE(?, description), fetched = COALESCE(?, fetched),
                       content_hash = ?, minhash = ?, updated = ?
                   WHERE id = ?""",
                (article.title, article.text, article.byline, article.published, article.language,
                 article.description, article.fetched, article.content_hash, article.minhash,
                 utcnow(), article_id),
            )
            conn.execute("DELETE FROM minhash_bands WHERE article_id = ?", (article_id,))
            self._index_article(conn, article_id, article)

    def _index_article(self, conn, article_id: int, article: Article) -> None:
        for url in [article.url, *article.aliases]:
            if url:
                conn.execute(
                    "INSERT OR IGNORE INTO article_urls(url, article_id) VALUES (?, ?)",
                    (url, article_id),
                )
        if article.minhash is not None:
            conn.executemany(
                "INSERT INTO minhash_bands(band, value, article_id) VALUES (?, ?, ?)",
                [(b, v, article_id) for b, v in lsh_bands(article.minhash)],
            )

    def article_outlet_id(self, article_id: int) -> int | None:
        row = self.db.read().execute("SELECT outlet_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def add_article_urls(self, article_id: int, urls: list[str | None]) -> None:
        with self.db.write() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO article_urls(url, article_id) VALUES (?, ?)",
                [(u, article_id) for u in urls if u],
            )

    def get_article(self, article_id: int) -> Article:
        conn = self.db.read()
        row = conn.execute(_SELECT + " WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        aliases = [r[0] for r in conn.execute(
            "SELECT url FROM article_urls WHERE article_id = ? AND url IS NOT ? ORDER BY url",
            (article_id, row["url"]))]
        return _article(row, aliases)

    def get_articles(self, ids: list[int]) -> list[Article]:
        if not ids:
            return []
        conn = self.db.read()
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: r for r in conn.execute(_SELECT + f" WHERE a.id IN ({marks})", ids)}
        return [_article(rows[i]) for i in ids if i in rows]

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[Article]:
        sql = _SELECT + " ORDER BY COALESCE(a.published, a.created) DESC, a.id DESC"
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = (limit, offset)
        return [_article(r) for r in self.db.read().execute(sql, params)]

    def duplicates_of(self, article_id: int) -> list[int]:
        """Copies of this article published by other outlets (and the original, if this is a copy)."""
        conn = self.db.read()
        row = conn.execute("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,)).fetchone()
        root = row[0] if row and row[0] else article_id
        rows = conn.execute(
            "SELECT id FROM articles WHERE (id = ? OR duplicate_of = ?) AND id != ? ORDER BY id",
            (root, root, article_id),
        )
        return [r[0] for r in rows]

    def count_articles(self) -> int:
        return self.db.read().execute("SELECT COUNT(*) FROM articles").fetchone()[0]
