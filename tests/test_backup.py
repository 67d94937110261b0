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


@pytest.mark.slow
def test_a_restore_killed_at_any_point_leaves_the_old_or_the_new_database(tmp_path):
    """SIGKILL a 'newsdesk restore' of a 40 MB backup while it copies: never a mix."""
    import random
    import signal
    import subprocess
    import sys
    import time

    big = tmp_path / "big.db"
    with Store(big) as s:  # the new content: large enough for the copy to take a while
        for i in range(40):
            s.set_meta(f"blob{i}", f"{i}" * 1_000_000)
    backup_database(big, tmp_path / "big-backup.db")
    old_db = tmp_path / "old.db"
    with Store(old_db) as s:
        s.set_meta("marker", "old")
    old_rows = dump_rows(old_db)
    new_rows = dump_rows(tmp_path / "big-backup.db")
    command = [sys.executable, "-m", "newsdesk", "--db", "{db}", "restore",
               str(tmp_path / "big-backup.db")]
    start = time.perf_counter()
    subprocess.run([a.replace("{db}", str(tmp_path / "timing.db")) for a in command], check=True)
    took = time.perf_counter() - start
    rng = random.Random(5)
    outcomes = set()
    for trial in range(6):
        db = tmp_path / f"target{trial}.db"
        db.write_bytes(old_db.read_bytes())
        wal = tmp_path / f"target{trial}.db-wal"
        proc = subprocess.Popen([a.replace("{db}", str(db)) for a in command])
        deadline = time.perf_counter() + took * 3
        while time.perf_counter() < deadline and proc.poll() is None and not (
                wal.exists() and wal.stat().st_size > 1_000_000):
            time.sleep(0.001)  # wait for the copy to be under way
        # even trials: in the middle of the copy; odd ones: around its end
        time.sleep(rng.uniform(0, 0.02) if trial % 2 == 0 else rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Store(db) as s:  # opening recovers the journal, as any next command would
            assert s.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dump_rows(db)
        assert rows in (old_rows, new_rows), f"trial {trial}: a mix of old and new"
        outcomes.add("new" if rows == new_rows else "old")
    assert outcomes, "no trial ran"
