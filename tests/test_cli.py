"""The newsdesk command: contracts, one-line errors, instant help."""

import json
import subprocess
import sys
import time

from newsdesk.serve.cli import main

from .conftest import ROOT, SEED


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_then_list_and_show_the_seed(capsys, tmp_path):
    db = str(tmp_path / "nd.db")
    code, out, _ = run(capsys, "--db", db, "ingest", "--now", "2025-06-01T12:00:00Z", str(SEED))
    assert code == 0 and out.startswith("4 added")
    code, out, _ = run(capsys, "--db", db, "articles", "--json")
    rows = json.loads(out)
    assert len(rows) == 4 and {r["outlet"] for r in rows} == {None, "France 24", "Le Monde"}
    hegseth = next(r for r in rows if r["title"].startswith("Hegseth"))
    code, out, _ = run(capsys, "--db", db, "show", str(hegseth["id"]), "--json")
    shown = json.loads(out)
    assert shown["published"] == "2025-06-01T10:00:00+00:00" and "Shangri-La" in shown["text"]


def test_db_can_be_chosen_by_environment(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("NEWSDESK_DB", str(tmp_path / "env.db"))
    assert run(capsys, "articles")[0] == 0
    assert (tmp_path / "env.db").exists()


def test_errors_are_one_line_without_traceback(capsys, tmp_path):
    db = str(tmp_path / "nd.db")
    code, _, err = run(capsys, "--db", db, "show", "999")
    assert code == 4 and err.strip() == "newsdesk: error: no article with id 999"
    code, _, err = run(capsys, "--db", db, "ingest", str(tmp_path / "missing.xml"))
    assert code == 3 and "Traceback" not in err and "no such file" in err


def test_a_foreign_database_file_is_refused_clearly(capsys, tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database")
    code, _, err = run(capsys, "--db", str(bogus), "articles")
    assert code == 6 and "is not a SQLite database" in err
    assert bogus.read_text() == "these are my notes, not a database"


def test_help_is_instant_and_imports_nothing_heavy():
    probe = ("import sys, time; t=time.perf_counter(); from newsdesk.serve.cli import build_parser; "
             "build_parser().format_help(); print(time.perf_counter()-t); "
             "heavy=[m for m in ('spacy','trafilatura','numpy','fastapi','onnxruntime','httpx','feedparser') "
             "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    seconds, heavy = out.splitlines()
    assert heavy == "[]"
    assert float(seconds) < 0.3
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsdesk", "--help"], capture_output=True, check=True, cwd=ROOT)
    assert time.perf_counter() - started < 2.0  # interpreter start included; generous on a loaded CI box
