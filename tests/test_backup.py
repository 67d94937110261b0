"""Backup and restore round-trip every row; restore refuses what is not a sound newsdesk
database and leaves the target as it was."""

import os
import sqlite3

import pytest

from newsdesk.errors import DatabaseFormatError, StoreError
from newsdesk.ingest.pipeline import ingest_source
from newsdesk.store import Store
from newsdesk.store.backup import backup_database, dump_rows, inspect_database, restore_database

from .conftest import SEED, SEED_NOW


@pytest.fixture
def filled(tmp_path, config):
    """A database with articles, a feed and a meta row."""
    path = tmp_path / "live.db"
    store = Store(path)
    ingest_source(store, str(SEED), config, now=SEED_NOW)
    store.add_feed("https://example.org/feed.xml")
    store.set_meta("marker", "filled")
    yield path, store
    store.close()


def make_foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('not ours')")
    conn.commit()
    conn.close()


def test_backup_then_restore_gives_back_every_row(filled, tmp_path):
    path, store = filled
    backup_database(path, tmp_path / "copy.db")
    restore_database(tmp_path / "copy.db", tmp_path / "fresh.db")
    assert dump_rows(tmp_path / "fresh.db") == dump_rows(path)
    assert dump_rows(path)["articles"], "the fixture must hold articles"


def test_backup_is_taken_while_the_database_is_open_and_holds_unflushed_writes(filled, tmp_path):
    path, store = filled
    assert os.path.getsize(str(path) + "-wal") > 0  # rows still in the WAL, not checkpointed
    backup_database(path, tmp_path / "copy.db")
    assert not os.path.exists(str(tmp_path / "copy.db") + "-wal")  # one self-contained file
    assert dump_rows(tmp_path / "copy.db") == dump_rows(path)
    store.set_meta("after", "the backup")  # the live store keeps working
    assert store.get_meta("after") == "the backup"


def test_restore_replaces_a_database_that_holds_other_rows(filled, tmp_path, config):
    path, store = filled
    backup_database(path, tmp_path / "copy.db")
    other = tmp_path / "other.db"
    with Store(other) as s:
        s.add_feed("https://elsewhere.example/rss")
    restore_database(tmp_path / "copy.db", other)
    assert dump_rows(other) == dump_rows(path)
    with Store(other) as s:  # still a usable newsdesk database
        assert s.count_articles() == 4


def test_backup_refuses_to_overwrite_unless_forced(filled, tmp_path):
    path, _ = filled
    dest = tmp_path / "copy.db"
    dest.write_text("precious")
    with pytest.raises(StoreError, match="already exists"):
        backup_database(path, dest)
    assert dest.read_text() == "precious"
    backup_database(path, dest, overwrite=True)
    assert inspect_database(dest) == []


@pytest.mark.parametrize("kind", ["random", "foreign", "truncated", "empty", "corrupt"])
def test_restore_refuses_a_file_that_is_not_a_sound_newsdesk_backup(filled, tmp_path, kind):
    path, _ = filled
    bad = tmp_path / "bad.db"
    if kind == "random":
        bad.write_bytes(os.urandom(8192))
    elif kind == "foreign":
        make_foreign(bad)
    elif kind == "empty":
        bad.write_bytes(b"")
    else:
        backup_database(path, tmp_path / "good.db")
        data = bytearray((tmp_path / "good.db").read_bytes())
        if kind == "truncated":
            data = data[: len(data) // 2]
        else:  # garbage over the pages after the schema
            data[4096 * 2:4096 * 6] = os.urandom(4096 * 4)
        bad.write_bytes(bytes(data))
    before = dump_rows(path)
    with pytest.raises(DatabaseFormatError, match="refusing to restore"):
        restore_database(bad, path)
    assert dump_rows(path) == before


def test_restore_refuses_to_overwrite_a_foreign_database(filled, tmp_path):
    path, _ = filled
    backup_database(path, tmp_path / "copy.db")
    foreign = tmp_path / "foreign.db"
    make_foreign(foreign)
    with pytest.raises(DatabaseFormatError, match="refusing to restore over"):
        restore_database(tmp_path / "copy.db", foreign)
    assert sqlite3.connect(foreign).execute("SELECT body FROM notes").fetchall() == [("not ours",)]


def test_inspect_reports_a_sound_database_and_names_problems(filled, tmp_path):
    path, _ = filled
    assert inspect_database(path) == []
    (tmp_path / "junk.db").write_bytes(b"hello")
    assert "not a SQLite database" in inspect_database(tmp_path / "junk.db")[0]
    make_foreign(tmp_path / "foreign.db")
    assert "not a newsdesk one" in inspect_database(tmp_path / "foreign.db")[0]
