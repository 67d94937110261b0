"""The embedded store: migrations, WAL, and refusal of files that are not ours."""

import sqlite3

import pytest

from newsdesk.errors import DatabaseFormatError
from newsdesk.store import Store
from newsdesk.store.migrations import MIGRATIONS


def test_migrations_are_applied_once_and_recorded(tmp_path):
    path = tmp_path / "a.db"
    Store(path).close()
    with Store(path) as store:
        names = [r[0] for r in store.db.read().execute("SELECT name FROM migrations ORDER BY name")]
        assert names == sorted(name for name, _ in MIGRATIONS)
        assert store.db.read().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_another_apps_sqlite_file_is_not_touched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseFormatError, match="not a newsdesk one"):
        Store(path)
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert tables == {"photos"}


def test_a_database_from_a_newer_newsdesk_is_refused(tmp_path):
    path = tmp_path / "new.db"
    with Store(path) as store, store.db.write() as conn:
        conn.execute("INSERT INTO migrations VALUES ('9999_future', 'x')")
    with pytest.raises(DatabaseFormatError, match="newer newsdesk"):
        Store(path)


def test_feeds_keep_validators_and_error_state(store):
    feed, created = store.add_feed("https://example.org/feed.xml", title="Example")
    assert created and not store.add_feed("https://example.org/feed.xml")[1]
    store.update_feed(feed.id, etag='"abc"', last_modified="Wed, 28 May 2025 10:00:00 GMT",
                      error_count=2, last_error="timed out")
    again = store.get_feed(feed.id)
    assert (again.etag, again.error_count, again.last_error) == ('"abc"', 2, "timed out")
