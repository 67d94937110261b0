"""Append-only schema migrations, applied in order at start and recorded by name.

Never edit or reorder a migration that has landed: add a new one at the end of ``MIGRATIONS``.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_core",
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE outlets (
            id INTEGER PRIMARY KEY,
            domain TEXT UNIQUE,
            name TEXT NOT NULL
        );
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            site_url TEXT,
            category TEXT,
            etag TEXT,
            last_modified TEXT,
            interval INTEGER,
            next_poll TEXT,
            last_polled TEXT,
            last_status INTEGER,
            error_count INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created TEXT NOT NULL
        );
        CREATE INDEX feeds_next_poll ON feeds(next_poll);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT UNIQUE,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            byline TEXT,
            published TEXT,
            outlet_id INTEGER REFERENCES outlets(id),
            language TEXT,
            description TEXT,
            fetched TEXT,
            source TEXT,
            content_hash TEXT NOT NULL,
            simhash INTEGER,
            duplicate_of INTEGER REFERENCES articles(id),
            feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_outlet ON articles(outlet_id);
        CREATE TABLE article_urls (
            url TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        -- SimHash split in four 16-bit bands: two texts within Hamming distance 3 share a band,
        -- so a near-duplicate lookup is four index probes whatever the archive size.
        CREATE TABLE simhash_bands (
            band INTEGER NOT NULL,
            value INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX simhash_bands_lookup ON simhash_bands(band, value);
        """,
    ),
    # Slots reserved for the features being built in parallel; each fills its own SQL.
    ("0002_analysis", "SELECT 1;"),  # issue 3: annotations (entities, quotes, events, summary)
    ("0003_stories_search", "SELECT 1;"),  # issue 4: stories, embeddings, FTS5 search
    ("0004_accounts_comments", "SELECT 1;"),  # issue 5: users, sessions, comments
]
