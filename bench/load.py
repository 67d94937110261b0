"""The reader under load while ingest runs: wrk against 127.0.0.1, one writer ingesting at the
same time (SQLite WAL: readers never wait for the writer).

    .venv/bin/python -m bench.load [--clients 50] [--seconds 30]

Needs wrk (apt-get install wrk). Builds a demo database (the seed and news-cluster), starts
`newsdesk serve` on a free loopback port and a second process that keeps ingesting real-text
records, then loads the article page and the front page.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from .corpus import EVAL, SEED, recombined_records

NEWSDESK = [sys.executable, "-m", "newsdesk"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server at {url} did not start")


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident memory so far (VmHWM), in MB."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def tree_peak_rss_mb(pid: int) -> float | None:
    """Peak memory of a process and of its children (analysis workers), summed: an upper
    bound of their peak together."""
    pids = [pid]
    try:
        for name in os.listdir("/proc"):
            if name.isdigit():
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    pids.append(int(name))
    except OSError:
        pass
    peaks = [peak_rss_mb(p) for p in pids]
    return sum(p for p in peaks if p) if peaks[0] else None


def wait_until_warm(base: str, timeout: float = 300) -> float:
    """Seconds until the server says its start-up warm-up is done (/api/v1/status)."""
    start = time.time()
    while time.time() - start < timeout:
        try:
            if json.loads(urllib.request.urlopen(base + "/api/v1/status", timeout=5).read())["warm"]:
                break
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.5)
    return time.time() - start


def parse_wrk(out: str) -> dict:
    def seconds(value: str, unit: str) -> float:
        return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p = {q: seconds(v, u) for q, v, u in re.findall(r"\s(50|90|99)%\s+([\d.]+)(us|ms|s|m)\b", out)}
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    total = int(re.search(r"(\d+) requests in", out).group(1))
    return {"rps": rps, "p50": p.get("50"), "p90": p.get("90"), "p99": p.get("99"), "requests": total,
            "non2xx": int(non2xx.group(1)) if non2xx else 0, "socket_errors": errors.group(0) if errors else ""}


def main(argv=None) -> str:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    work = tempfile.mkdtemp()
    db = os.path.join(work, "load.db")
    env = {**os.environ, "NEWSDESK_DB": db}
    subprocess.run([*NEWSDESK, "ingest", "--now", "2025-06-01T12:00:00Z", str(SEED)], env=env, check=True,
                   capture_output=True)
    cluster = EVAL / "stories" / "news-cluster.jsonl"
    if cluster.exists():
        subprocess.run([*NEWSDESK, "ingest", str(cluster)], env=env, check=True, capture_output=True)
    feed = os.path.join(work, "more.jsonl")
    with open(feed, "w") as f:
        for r in recombined_records(2000, seed=11):
            f.write(json.dumps(r) + "\n")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*NEWSDESK, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    writer = None
    try:
        wait_until_up(base + "/")
        warm_seconds = wait_until_warm(base)
        article_id = json.loads(subprocess.run([*NEWSDESK, "articles", "--json"], env=env, check=True,
                                               capture_output=True, text=True).stdout)[-1]["id"]
        writer = subprocess.Popen([*NEWSDESK, "ingest", feed], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        rows = []
        for name, path in (("article page", f"/articles/{article_id}"), ("front page", "/")):
            out = subprocess.run(["wrk", "-t", str(args.threads), "-c", str(args.clients), "-d",
                                  f"{args.seconds}s", "--latency", base + path],
                                 capture_output=True, text=True, check=True).stdout
            r = parse_wrk(out)
            rows.append(f"| {name} `{path}` | {args.clients} | {args.seconds} | {r['requests']} | {r['rps']:.0f} | "
                        f"{r['p50'] * 1000:.1f} | {r['p99'] * 1000:.1f} | {r['non2xx']} | "
                        f"{r['socket_errors'] or '0'} |")
        ingested = writer.poll() is None
        memory = (peak_rss_mb(server.pid), tree_peak_rss_mb(writer.pid) if ingested else None)
    finally:
        if writer and writer.poll() is None:
            writer.terminate()
            writer.wait()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    table = "\n".join([
        "| page | clients | seconds | requests | req/s | p50 ms | p99 ms | non-2xx | socket errors |",
        "|---|---|---|---|---|---|---|---|---|", *rows, "",
        f"Ingest was {'still running' if ingested else 'running (finished before the end)'} "
        "in a second process (with its analysis workers) during the load. The load started "
        f"after the server's start-up warm-up ({warm_seconds:.0f} s; /api/v1/status).",
        f"Peak memory (VmHWM): server {memory[0] or 0:.0f} MB, ingest with its workers "
        + (f"{memory[1]:.0f} MB, together {memory[0] + memory[1]:.0f} MB (aim <= 1,500)."
           if memory[0] and memory[1] else "not read (it had finished)."),
    ])
    print(table)
    return table


if __name__ == "__main__":
    main()
