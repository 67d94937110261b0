"""Nothing lost, nothing doubled: kill -9 a large ingest at random points, restart it, check.

    .venv/bin/python -m bench.crash [--trials 20] [--seed 7] [--limit N] [--with-stages]

Builds a JSON Lines file of article records (``../shared/eval/stories/news-cluster.jsonl`` plus
one record per PolNeAR text under ``../shared/eval/quotes/polnear/*/text``, written to a temp
folder at run time; synthetic records when the data is absent), ingests it once without
interruption as the reference, then for each trial: starts ``newsdesk --db X ingest FILE`` in a
subprocess, SIGKILLs it after a random delay (uniform from half the reference run's time to
its first commit, to three quarters of the reference run's time), checks
the killed database (``PRAGMA integrity_check``), runs the ingest again to completion and
checks that the database holds exactly the reference's articles: the same count, each URL
once, the same (url, title, content hash, original of a copy) rows, every URL alias, and
integrity ``ok``.

By default the child process runs the ingest with the post-store stages switched off
(embedding and clustering, about 20x the cost of storing): they run after a chunk commits,
so they do not change what a kill can do to the stored articles, and 20 trials stay a few
minutes on two cores. ``--with-stages`` runs the real ``newsdesk`` command with every stage
and also checks that every stored article got an embedding and a story: a kill between a
chunk's commit and its stages must be made up by the next ingest (store/pending.py).
``NEWSDESK_ANALYZE=0`` is set in both modes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
NEWS_CLUSTER = EVAL / "stories" / "news-cluster.jsonl"
POLNEAR = EVAL / "quotes" / "polnear"


# ---- the input ------------------------------------------------------------------------------

def polnear_records(copies: int = 2) -> list[dict]:
    """Records from PolNeAR texts: headline = first line, outlet from the file name; each
    text also reappears as a wire copy (last paragraph cut) at ``copies - 1`` other outlets,
    so the run stores near-duplicates linked to their original too."""
    records = []
    for path in sorted(POLNEAR.glob("*/text/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            continue
        outlet, date, *_ = path.stem.split("_") + ["", ""]
        for copy in range(copies):
            body = lines[1:] if copy == 0 or len(lines) < 4 else lines[1:-1]
            site = outlet if copy == 0 else f"wire{copy}"
            records.append({
                "title": lines[0], "text": "\n\n".join(body),
                "url": f"https://{site}.example/{path.parent.parent.name}/{path.stem}",
                "source_domain": f"{site}.example", "date_publish": date or None,
                "language": "en",
            })
    return records


def synthetic_records(n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(3000)]
    return [{"title": f"Synthetic story {i}",
             "text": " ".join(rng.choice(vocab) for _ in range(rng.randint(80, 400))),
             "url": f"https://outlet{i % 7}.example/news/{i}", "source_domain": f"outlet{i % 7}.example"}
            for i in range(n)]


def build_input(path: Path, limit: int | None = None) -> tuple[int, str]:
    """Write the JSON Lines input; returns (records, description of the data)."""
    records, parts = [], []
    if NEWS_CLUSTER.exists():
        lines = [line for line in NEWS_CLUSTER.read_text(encoding="utf-8").splitlines() if line.strip()]
        records += [json.loads(line) for line in lines]
        parts.append(f"news-cluster.jsonl ({len(lines)} records)")
    if POLNEAR.exists():
        polnear = polnear_records()
        records += polnear
        parts.append(f"PolNeAR texts as records ({len(polnear)})")
    if not records:
        records = synthetic_records(limit or 1000)
        parts.append(f"synthetic records ({len(records)}; ../shared/eval absent)")
    if limit:
        records = records[:limit]
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(records), " + ".join(parts)


# ---- running and checking -------------------------------------------------------------------

def ingest_command(db: Path, source: Path, with_stages: bool) -> list[str]:
    if with_stages:
        return [str(Path(sys.executable).parent / "newsdesk"), "--db", str(db), "ingest", str(source)]
    return [sys.executable, "-m", "bench.crash", "--child", str(db), str(source)]


def child_ingest(db: str, source: str) -> int:
    """``newsdesk --db DB ingest SOURCE`` with the post-store stages switched off."""
    from newsdesk.ingest import stages
    from newsdesk.serve.cli import main

    stages.STAGES.clear()
    return main(["--db", db, "ingest", source])


def environment() -> dict[str, str]:
    env = dict(os.environ, NEWSDESK_ANALYZE="0")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def integrity(db: Path) -> str:
    if not db.exists():
        return "ok"  # killed before the file was created: nothing to damage
    conn = sqlite3.connect(db)
    try:
        result = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        if result == "ok" and conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone():
            try:  # the full-text index must agree with the articles it indexes
                conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as e:
                result = f"full-text index: {e}"
        return result
    finally:
        conn.close()


def unprocessed(db: Path) -> dict:
    """Stored articles that the post-store stages never reached (no embedding, no story)."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for name, sql in (("no_embedding", "SELECT COUNT(*) FROM articles WHERE id NOT IN "
                                            "(SELECT article_id FROM embeddings)"),
                          ("no_story", "SELECT COUNT(*) FROM articles WHERE id NOT IN "
                                        "(SELECT article_id FROM story_articles)")):
            try:
                out[name] = conn.execute(sql).fetchone()[0]
            except sqlite3.OperationalError:  # that feature's tables are not there
                pass
        return out
    finally:
        conn.close()


def snapshot(db: Path) -> dict:
    """What must match the reference: counts, URLs, rows, aliases."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT a.url, a.title, a.content_hash, o.url AS copy_of FROM articles a "
            "LEFT JOIN articles o ON o.id = a.duplicate_of").fetchall()
        urls = [r[0] for r in rows if r[0] is not None]
        aliases = sorted((r[0], r[1]) for r in conn.execute(
            "SELECT u.url, a.url FROM article_urls u JOIN articles a ON a.id = u.article_id"))
        return {"count": len(rows), "urls": sorted(urls), "distinct_urls": len(set(urls)),
                "rows": sorted(rows, key=repr), "aliases": aliases}
    finally:
        conn.close()


def count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # killed before the schema was committed
        return 0
    finally:
        conn.close()


def run_to_completion(db: Path, source: Path, with_stages: bool, timeout: float = 900) -> float:
    start = time.perf_counter()
    proc = subprocess.run(ingest_command(db, source, with_stages), env=environment(), cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return time.perf_counter() - start


def reference_run(db: Path, source: Path, with_stages: bool) -> tuple[float, float]:
    """The uninterrupted ingest; returns (wall seconds, seconds until the first commit)."""
    start = time.perf_counter()
    proc = subprocess.Popen(ingest_command(db, source, with_stages), env=environment(), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    first_commit = None
    while proc.poll() is None:
        if first_commit is None and count_articles(db) > 0:
            first_commit = time.perf_counter() - start
        time.sleep(0.02)
    if proc.returncode != 0:
        raise RuntimeError(f"reference ingest failed ({proc.returncode}): {proc.stderr.read()[-2000:]}")
    window = time.perf_counter() - start
    return window, first_commit or window


def trial(n: int, rng: random.Random, workdir: Path, source: Path, reference: dict,
          window: tuple[float, float], with_stages: bool) -> dict:
    db = workdir / f"trial-{n}.db"
    delay = rng.uniform(*window)
    proc = subprocess.Popen(ingest_command(db, source, with_stages), env=environment(), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    result = {"trial": n, "delay_s": round(delay, 2), "killed": killed,
              "after_kill": count_articles(db), "integrity_after_kill": integrity(db)}
    run_to_completion(db, source, with_stages)
    got = snapshot(db)
    problems = []
    if result["integrity_after_kill"] != "ok":
        problems.append(f"integrity after kill: {result['integrity_after_kill']}")
    if integrity(db) != "ok":
        problems.append(f"integrity after restart: {integrity(db)}")
    if got["count"] != reference["count"]:
        problems.append(f"{got['count']} articles, reference {reference['count']}")
    if got["distinct_urls"] != len(got["urls"]):
        problems.append("a URL is stored twice")
    for key in ("urls", "rows", "aliases"):
        if got[key] != reference[key]:
            problems.append(f"{key} differ from the reference")
    if with_stages:  # every stored article must also have been through the stages
        result["unprocessed"] = unprocessed(db)
        problems += [f"{count} articles with {name.replace('_', ' ')}"
                     for name, count in result["unprocessed"].items() if count]
    result["problems"] = problems
    for leftover in workdir.glob(f"trial-{n}.db*"):
        leftover.unlink()
    return result


def run(trials: int, seed: int, limit: int | None, with_stages: bool, log=print) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="newsdesk-crash-") as tmp:
        workdir = Path(tmp)
        source = workdir / "input.jsonl"
        n_records, data = build_input(source, limit)
        reference_db = workdir / "reference.db"
        wall, first_commit = reference_run(reference_db, source, with_stages)
        reference = snapshot(reference_db)
        if with_stages:
            log(f"reference: not reached by the stages: {unprocessed(reference_db)}")
        # Kills land anywhere from half-way through reading and parsing the input to three quarters
        # of the reference run's time: the span where chunks are being committed. (Not to its end: on a
        # shared machine a trial may run faster than the reference did, and a kill after it finished
        # tests nothing; a CI run with two suites at once had 4 of 5 trials finish first.)
        window = (first_commit / 2, max(first_commit, 0.75 * wall))
        log(f"input: {n_records} records ({data}); reference run {wall:.1f} s, first commit "
            f"after {first_commit:.1f} s, {reference['count']} articles stored")
        results = []
        for n in range(1, trials + 1):
            r = trial(n, rng, workdir, source, reference, window, with_stages)
            results.append(r)
            log(f"trial {n:>2}: kill after {r['delay_s']:5.2f} s "
                f"({'killed' if r['killed'] else 'had finished'}), {r['after_kill']:>5} articles "
                f"survived the kill -> {'OK' if not r['problems'] else '; '.join(r['problems'])}")
    killed = [r for r in results if r["killed"]]
    return {
        "date": datetime.now(timezone.utc).date().isoformat(), "records": n_records, "data": data,
        "reference_articles": reference["count"], "reference_seconds": round(wall, 2),
        "kill_window_s": [round(window[0], 2), round(window[1], 2)],
        "trials": trials, "killed": len(killed),
        "killed_mid_store": sum(1 for r in killed if 0 < r["after_kill"] < reference["count"]),
        "failures": sum(1 for r in results if r["problems"]),
        "stages": "all" if with_stages else "off", "results": results,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N records")
    parser.add_argument("--with-stages", action="store_true",
                        help="run the real newsdesk command, embedding and clustering included")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--child", nargs=2, metavar=("DB", "SOURCE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_ingest(*args.child)
    summary = run(args.trials, args.seed, args.limit, args.with_stages)
    print(f"\n{summary['trials']} trials, {summary['killed']} killed mid-run "
          f"({summary['killed_mid_store']} with part of the input committed), "
          f"{summary['failures']} failures")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1))
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
