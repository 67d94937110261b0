"""Server time per reader page at the demo corpus size, measured in-process.

    .venv/bin/python -m bench.reader [--repeat 30] [--db var/bench-reader.db] [--screenshots]

Builds (once) a database like `make demo`'s: the seed page dump (now=2025-06-01T12:00Z) plus
../shared/eval/stories/news-cluster.jsonl when present, with every ingest stage. Then times
each page through the ASGI app (httpx in-process, no network): median and p95 over --repeat
requests after one warm-up request, side by side with the log-in page (template and framework
floor, no data) measured in the same run. --screenshots also writes docs/screenshots/*.png
with headless Chromium against a real uvicorn server on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "src" / "newsdesk" / "demo" / "aggregator-page.txt"
CLUSTER = ROOT.parent / "shared" / "eval" / "stories" / "news-cluster.jsonl"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


def build(db: Path) -> None:
    if db.exists():
        return
    db.parent.mkdir(parents=True, exist_ok=True)
    cli = [sys.executable, "-m", "newsdesk", "--db", str(db), "ingest"]
    subprocess.run([*cli, "--now", "2025-06-01T12:00:00Z", str(SEED)], check=True)
    if CLUSTER.exists():
        subprocess.run([*cli, str(CLUSTER)], check=True)


def pages(store) -> dict[str, str]:
    """One URL per page kind: the seed's lead article, its story, a busy entity."""
    lead = next(a for a in store.list_articles() if a.title.startswith("Kallas"))
    urls = {"login (floor)": "/login", "front": "/", "article": f"/articles/{lead.id}",
            "search": "/search?q=China+sanctions"}
    if hasattr(store, "story_of") and store.story_of(lead.id) is not None:
        biggest = max(store.list_stories(), key=lambda s: s["article_count"])
        urls["story"] = f"/stories/{biggest['id']}"
    if hasattr(store, "find_entities"):
        found = store.find_entities("China")
        if found:
            first = found[0]
            urls["entity"] = f"/entities/{first['id'] if isinstance(first, dict) else first.id}"
    return urls


def measure(app, urls: dict[str, str], repeat: int) -> dict[str, tuple[float, float, float]]:
    from fastapi.testclient import TestClient

    out = {}
    with TestClient(app) as client:
        for name, url in urls.items():
            t0 = time.perf_counter()
            r = client.get(url)
            cold = (time.perf_counter() - t0) * 1000
            assert r.status_code == 200, (url, r.status_code)
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            out[name] = (cold, statistics.median(times), times[int(0.95 * (len(times) - 1))])
    return out


def screenshots(db: Path, urls: dict[str, str]) -> list[Path]:
    import socket
    import threading

    import uvicorn
    from playwright.sync_api import sync_playwright

    from newsdesk.config import Config
    from newsdesk.serve.web import create_app
    from newsdesk.store import Store

    store = Store(db)
    app = create_app(store, Config(db=str(db)), clock=lambda: NOW)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    out_dir = ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for name in ("front", "article", "story", "entity"):
                if name not in urls:
                    print(f"no {name} page to capture", file=sys.stderr)
                    continue
                page.goto(f"http://127.0.0.1:{port}{urls[name]}")
                path = out_dir / f"{name}.png"
                page.screenshot(path=str(path), full_page=False)
                written.append(path)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "var" / "bench-reader.db"))
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--screenshots", action="store_true")
    args = parser.parse_args(argv)
    db = Path(args.db)
    build(db)

    from newsdesk.config import Config
    from newsdesk.serve.web import create_app
    from newsdesk.store import Store

    store = Store(db)
    urls = pages(store)
    app = create_app(store, Config(db=str(db)), clock=lambda: NOW)
    results = measure(app, urls, args.repeat)
    floor = results["login (floor)"][1]
    print(f"corpus: {store.count_articles()} articles"
          + (f", {store.count_stories()} stories" if hasattr(store, "count_stories") else ""))
    print(f"{'page':15} {'url':34} {'first ms':>9} {'median ms':>10} {'p95 ms':>8} {'x floor':>8}")
    for name, (cold, median, p95) in results.items():
        print(f"{name:15} {urls[name][:34]:34} {cold:9.1f} {median:10.1f} {p95:8.1f} "
              f"{median / floor:8.1f}")
    store.close()
    if args.screenshots:
        for path in screenshots(db, urls):
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
