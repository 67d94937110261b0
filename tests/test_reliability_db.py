"""A damaged or foreign database file: every command says so in one line, changes nothing,
and never shows a traceback."""

import importlib.util
import os
import sqlite3
import subprocess
import sys

import pytest

from newsdesk.serve.cli import main
from newsdesk.store.backup import backup_database

from .conftest import SEED

# Every command that opens the database, with arguments that would otherwise succeed.
COMMANDS = {
    "ingest": ["ingest", "--now", "2025-06-01T12:00:00Z", str(SEED)],
    "articles": ["articles"],
    "articles --json": ["articles", "--json"],
    "show": ["show", "1"],
    "feeds add": ["feeds", "add", "https://example.org/feed.xml"],
    "feeds list": ["feeds", "list"],
    "feeds remove": ["feeds", "remove", "1"],
    "opml export": ["opml", "export"],
    "run --once": ["run", "--once"],
    "backup": ["backup", "{tmp}/copy.db"],
    "restore": ["restore", "{tmp}/good-backup.db"],
    "check": ["check"],
}
# The module a command needs, when another feature provides it.
NEEDS = {"run --once": "newsdesk.ingest.scheduler", "opml export": "newsdesk.sources.opml"}


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory):
    """A sound newsdesk database holding the seed, as written by 'newsdesk backup'."""
    tmp = tmp_path_factory.mktemp("good")
    assert main(["--db", str(tmp / "nd.db"), "ingest", "--now", "2025-06-01T12:00:00Z",
                 str(SEED)]) == 0
    backup_database(tmp / "nd.db", tmp / "good-backup.db")
    return tmp / "good-backup.db"


def write_bad_db(path, kind, good_backup):
    if kind == "random":
        path.write_bytes(os.urandom(16384))
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos(name) VALUES ('cat.jpg')")
        conn.commit()
        conn.close()
    else:
        data = bytearray(good_backup.read_bytes())
        if kind == "truncated":
            data = data[: len(data) // 3]
        else:  # "corrupt": the header is right, the pages after the schema are garbage
            data[4096 * 2:] = os.urandom(len(data) - 4096 * 2)
        path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["random", "foreign", "truncated", "corrupt"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_on_a_bad_database_fails_in_one_line_and_changes_nothing(
        command, kind, tmp_path, capsys, good_backup):
    if command in NEEDS and importlib.util.find_spec(NEEDS[command]) is None:
        pytest.skip(f"{NEEDS[command]} is not built yet")
    db = tmp_path / "nd.db"
    write_bad_db(db, kind, good_backup)
    (tmp_path / "good-backup.db").write_bytes(good_backup.read_bytes())
    before = db.read_bytes()
    capsys.readouterr()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[command]]
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    if kind == "corrupt" and command in ("show", "feeds list", "opml export", "feeds remove"):
        # These read only pages SQLite can still read: a sound answer is fine, silence is not.
        if code == 0:
            return
    assert code == 6, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: error:"), err
    assert "Traceback" not in err
    assert db.read_bytes() == before  # never written to
    assert not (tmp_path / "copy.db").exists()


@pytest.mark.parametrize("kind", ["random", "foreign", "truncated"])
def test_serve_on_a_bad_database_fails_in_one_line(kind, tmp_path, good_backup):
    db = tmp_path / "nd.db"
    write_bad_db(db, kind, good_backup)
    proc = subprocess.run([sys.executable, "-m", "newsdesk", "--db", str(db), "serve", "--port",
                           "0"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 6, proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "Traceback" not in proc.stderr


def test_check_says_ok_for_a_sound_database(tmp_path, capsys, good_backup):
    assert main(["check", str(good_backup)]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_backup_and_restore_from_the_command_line(tmp_path, capsys):
    db, copy, other = tmp_path / "nd.db", tmp_path / "copy.db", tmp_path / "other.db"
    assert main(["--db", str(db), "ingest", "--now", "2025-06-01T12:00:00Z", str(SEED)]) == 0
    assert main(["--db", str(db), "backup", str(copy)]) == 0
    assert main(["--db", str(db), "backup", str(copy)]) == 6  # no silent overwrite
    assert main(["--db", str(other), "restore", str(copy)]) == 0
    capsys.readouterr()
    assert main(["--db", str(other), "articles", "--json"]) == 0
    assert capsys.readouterr().out.count('"title"') == 4
