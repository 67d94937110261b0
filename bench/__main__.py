"""Run the benchmark suite and write its tables into docs/benchmarks.md.

    make bench                                   # everything (long: tens of minutes on 2 cores)
    .venv/bin/python -m bench --only startup,ingest_speed

Each benchmark runs side by side with its baseline in the same run and prints a markdown
table; this runner collects them, with machine facts, the date and the command, between the
``<!-- bench:begin -->`` and ``<!-- bench:end -->`` markers of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone

from .corpus import ROOT

# (module, arguments, what it measures) in the order of the data flow
SUITE = [
    ("startup", [], "start-up: `newsdesk --help`, `newsdesk extract` of one page"),
    ("extraction", [], "extraction quality and pages/s vs plain trafilatura"),
    ("feeds", ["--no-stages"], "feed robustness: ok / warned / rejected"),
    ("analyze_speed", [], "analysis throughput vs spaCy alone"),
    ("quotes", [], "quote attribution on PolNeAR dev vs textacy"),
    ("events", [], "PLOVER event coding"),
    ("ingest_speed", [], "full ingest vs spaCy alone, peak memory"),
    ("stories", [], "story clustering BCubed vs TF-IDF single pass"),
    ("search", [], "search quality (MRR, nDCG@10) and latency"),
    ("placement", [], "story placement time at 1k / 10k / 100k articles"),
    ("reader", [], "server time per page"),
    ("load", ["--clients", "50", "--seconds", "20"], "reader under load with ingest running (wrk)"),
    ("crash", ["--trials", "20"], "kill -9 during ingest: exactly-once"),
    ("fuzz", [], "fuzzing: inputs tried, crashes"),
]
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return (f"{os.cpu_count()} cores{mem}, {platform.platform()}, Python {platform.python_version()}, "
            f"load average at start {os.getloadavg()[0]:.1f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(n for n, _, _ in SUITE))
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args(argv)
    chosen = [s for s in SUITE if not args.only or s[0] in args.only.split(",")]
    started = datetime.now(timezone.utc)
    parts = [f"Run of `{' '.join(['python -m bench', *(argv or sys.argv[1:])])}` on "
             f"{started:%Y-%m-%d %H:%M} UTC. Machine: {machine()}.", ""]
    failed = 0
    for name, extra, what in chosen:
        cmd = [sys.executable, "-m", f"bench.{name}", *extra]
        print(f"== {name}: {what}", file=sys.stderr, flush=True)
        t = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        took = time.perf_counter() - t
        body = proc.stdout.strip() or "(no output)"
        if proc.returncode:
            failed += 1
            body += f"\n\nFailed (exit {proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}"
        parts += [f"### {name}: {what}", "", f"`.venv/bin/python -m bench.{name} {' '.join(extra)}`"
                  f" ({took:.0f} s)", "", body, ""]
        print(body, flush=True)
    if not args.no_write:
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text()
        block = BEGIN + "\n" + "\n".join(parts) + "\n" + END
        if BEGIN in text and END in text:
            text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
        else:
            text = text.rstrip() + "\n\n## Latest `make bench` run\n\n" + block + "\n"
        doc.write_text(text)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
