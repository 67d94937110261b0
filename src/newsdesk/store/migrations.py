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
            minhash BLOB,
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
        -- MinHash LSH bands: texts with high shingle overlap share a band, so a near-duplicate
        -- lookup is a few index probes whatever the archive size.
        CREATE TABLE minhash_bands (
            band INTEGER NOT NULL,
            value INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX minhash_bands_lookup ON minhash_bands(band, value);
        """,
    ),
    # Slots reserved for the features being built in parallel; each fills its own SQL.
    (
        "0002_analysis",  # issue 3: annotations (entities, quotes, events, summary)
        """
        CREATE TABLE annotations (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            data TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX annotations_version ON annotations(version);
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            canonical TEXT NOT NULL,
            kind TEXT NOT NULL,
            code TEXT,
            UNIQUE(canonical, kind)
        );
        CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE);
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            role TEXT
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
        CREATE INDEX mentions_text ON mentions(text COLLATE NOCASE);
        """,
    ),
    (  # issue 4: stories, embeddings, FTS5 search
        "0003_stories_search",
        """
        -- Full text index over articles, kept in step by triggers so no path can skip it.
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
        -- One unit-length vector per article (float16 bytes), for stories and vector search.
        CREATE TABLE embeddings (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            vector BLOB NOT NULL
        );
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            lead_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            article_count INTEGER NOT NULL DEFAULT 0,
            centroid BLOB,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX stories_last_seen ON stories(last_seen);
        CREATE TABLE story_articles (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            score REAL,
            added TEXT NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id);
        -- Entity counts per story: candidate scoring and "shares X, Y" reasons.
        CREATE TABLE story_entities (
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kind TEXT,
            count INTEGER NOT NULL,
            PRIMARY KEY (story_id, name)
        );
        CREATE INDEX story_entities_name ON story_entities(name);
        """,
    ),
    (
        "0004_accounts_comments",  # issue 5: users, sessions, comments
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            is_admin INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );
        -- Only a SHA-256 of each session token is stored: a leaked database opens no session.
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created TEXT NOT NULL,
            expires TEXT NOT NULL
        );
        CREATE INDEX sessions_user ON sessions(user_id);
        CREATE TABLE comments (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX comments_article ON comments(article_id, created);
        """,
    ),
]
