"""Nothing lost, nothing doubled: ingest commits in chunks, a failure keeps what committed,
and running the ingest again stores each article exactly once."""

import json
import subprocess

import pytest

from newsdesk.ingest import pipeline, stages
from newsdesk.ingest.pipeline import ingest_source
from newsdesk.store.backup import dump_rows


def write_records(path, n):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            words = " ".join(f"w{i}x{j}" for j in range(40))  # distinct texts: no near-duplicates
            f.write(json.dumps({"title": f"Story {i}", "text": words,
                                "url": f"https://outlet{i % 3}.example/story/{i}"}) + "\n")


@pytest.fixture(autouse=True)
def no_stages(monkeypatch):
    """Embedding and clustering are not what these tests are about; they cost a model load."""
    monkeypatch.setattr(stages, "STAGES", [])


def urls_of(store):
    return sorted(a.url for a in store.list_articles())


def test_a_large_input_is_committed_chunk_by_chunk(store, config, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "INGEST_CHUNK", 4)
    write_records(tmp_path / "in.jsonl", 10)
    commits = []
    real_save = pipeline.save_articles
    monkeypatch.setattr(pipeline, "save_articles",
                        lambda s, chunk: commits.append(len(chunk)) or real_save(s, chunk))
    report = ingest_source(store, str(tmp_path / "in.jsonl"), config)
    assert commits == [4, 4, 2]
    assert report.added == 10 and store.count_articles() == 10


def test_a_failure_mid_ingest_keeps_committed_chunks_and_a_rerun_completes_exactly_once(
        store, config, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "INGEST_CHUNK", 4)
    write_records(tmp_path / "in.jsonl", 10)
    real_save = pipeline.save_articles
    calls = []

    def failing_save(s, chunk):
        calls.append(1)
        if len(calls) == 2:  # the second chunk dies half-way through its transaction
            with s.db.write():
                real_save(s, chunk[:2])
                raise RuntimeError("power cut")
        return real_save(s, chunk)

    monkeypatch.setattr(pipeline, "save_articles", failing_save)
    with pytest.raises(RuntimeError):
        ingest_source(store, str(tmp_path / "in.jsonl"), config)
    assert store.count_articles() == 4  # the first chunk only: the second rolled back whole

    monkeypatch.setattr(pipeline, "save_articles", real_save)
    report = ingest_source(store, str(tmp_path / "in.jsonl"), config)
    assert (report.added, report.unchanged) == (6, 4)
    assert urls_of(store) == sorted(f"https://outlet{i % 3}.example/story/{i}" for i in range(10))
    before = dump_rows(store.path)
    again = ingest_source(store, str(tmp_path / "in.jsonl"), config)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 10)
    assert dump_rows(store.path) == before


SEEN: list[int] = []


def probe_stage(store, articles, config):
    """A post-store stage that records which articles it saw."""
    SEEN.extend(a.id for a in articles)


def test_stages_cut_off_by_a_crash_run_at_the_next_ingest(store, config, tmp_path, monkeypatch):
    from newsdesk.store import pending

    write_records(tmp_path / "in.jsonl", 10)
    dead = subprocess.Popen(["true"])
    dead.wait()  # a process id that no longer runs: the "killed" ingest
    monkeypatch.setattr(pending.os, "getpid", lambda: dead.pid)

    def killed(*_):
        raise KeyboardInterrupt  # the process dies after the commit, before the stages

    monkeypatch.setattr(pipeline, "run_stages", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest_source(store, str(tmp_path / "in.jsonl"), config)
    assert store.count_articles() == 10
    monkeypatch.undo()

    monkeypatch.setattr(stages, "STAGES", [stages.Stage(
        "probe", "tests.test_reliability_ingest:probe_stage", needs=(), sets=("probe",))])
    SEEN.clear()
    report = ingest_source(store, str(tmp_path / "in.jsonl"), config)
    assert report.unchanged == 10  # nothing stored twice ...
    assert sorted(SEEN) == sorted(a.id for a in store.list_articles())  # ... nothing left out
    SEEN.clear()
    ingest_source(store, str(tmp_path / "in.jsonl"), config)
    assert SEEN == []  # done once: the marks are gone
    assert store.get_meta(f"pending_stages:{dead.pid}") is None


def test_a_live_process_marks_are_not_taken(store, config, tmp_path, monkeypatch):
    from newsdesk.store import pending

    write_records(tmp_path / "in.jsonl", 3)
    ingest_source(store, str(tmp_path / "in.jsonl"), config)
    ids = [a.id for a in store.list_articles()]
    with store.db.write() as conn:  # the parent of this test is alive
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)",
                     (f"pending_stages:{__import__('os').getppid()}", json.dumps(ids)))
    assert pending.adopt_orphaned(store) == []


@pytest.mark.slow
def test_kill_9_at_random_points_then_restart_stores_every_article_once():
    """A small run of bench/crash.py: 5 trials of SIGKILL and restart."""
    from bench import crash

    summary = crash.run(trials=5, seed=11, limit=700, with_stages=False, log=lambda *_: None)
    assert summary["killed"] >= 2, summary  # trials must really interrupt the ingest
    failures = [r for r in summary["results"] if r["problems"]]
    assert failures == []
    assert summary["reference_articles"] > 500  # large enough to span two chunks
