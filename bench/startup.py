"""Start-up: wall time of `newsdesk --help` and of `newsdesk extract` on one page (median of runs).

    .venv/bin/python -m bench.startup
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from .corpus import EVAL, ROOT

NEWSDESK = [sys.executable, "-m", "newsdesk"]


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv=None) -> str:
    python = wall([sys.executable, "-c", "pass"], 10)
    help_time = wall([*NEWSDESK, "--help"], 10)
    pages = sorted((EVAL / "extraction" / "scrapinghub" / "html").glob("*.html.gz"))[:1]
    rows = ["| command | median wall s | aim |", "|---|---|---|",
            f"| `python -c pass` (interpreter floor) | {python:.3f} | |",
            f"| `newsdesk --help` | {help_time:.3f} | <= 0.3 |"]
    if pages:
        extract = wall([*NEWSDESK, "extract", str(pages[0])], 3)
        rows.append(f"| `newsdesk extract` one page ({Path(pages[0]).name}) | {extract:.3f} | |")
    table = "\n".join(rows)
    print(table)
    return table


if __name__ == "__main__":
    main()
