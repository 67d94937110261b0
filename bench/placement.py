"""Cost of placing one article in a story at 1k, 10k and 100k stored articles, ours (time
window + entity index candidates) vs a brute-force scan of every story centroid, same run.

    .venv/bin/python -m bench.placement [--sizes 1000,10000,100000] [--probes 200]

The archive is built from real texts: paragraphs of the news-cluster and PolNeAR articles
(../shared/eval), ``PARAGRAPHS`` of them embedded once by the real model. Each archive article
is 3-5 of those paragraphs recombined (headline: the first sentence of its first paragraph), and
its vector is the normalised sum of its paragraphs' vectors, so 100k articles need no 100k
model calls. Articles arrive at ``PER_DAY`` a day (a mid-sized desk), so a larger archive spans
more days. Stories are formed as the archive grows: runs of 1-4 consecutive articles that share
a paragraph, written through the store's story functions (as the clustering stage would).
The probe articles are placed with the real ``place_article`` at the end of the archive.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CACHE = Path("/tmp/newsdesk-bench")
PARAGRAPHS = 3000
PER_DAY = 300
START = datetime(2024, 1, 1, tzinfo=timezone.utc)


def real_paragraphs(limit: int = PARAGRAPHS) -> list[str]:
    import json

    paras: list[str] = []
    nc = EVAL / "stories" / "news-cluster.jsonl"
    if nc.exists():
        for line in nc.read_text(encoding="utf-8").splitlines():
            paras += [p.strip() for p in json.loads(line)["text"].splitlines()]
    for path in sorted((EVAL / "quotes" / "polnear").glob("*/text/*.txt")):
        paras += [p.strip() for p in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    paras = list(dict.fromkeys(p for p in paras if 20 <= len(p.split()) <= 120))
    random.Random(1).shuffle(paras)
    return paras[:limit]


def paragraph_vectors(paras: list[str]):
    """Real model vectors of the paragraphs, cached on disk between runs."""
    import numpy as np

    key = hashlib.sha256("\n".join(paras).encode()).hexdigest()[:16]
    path = CACHE / f"paragraphs-{key}.npy"
    if path.exists():
        return np.load(path)
    from newsdesk.analyze.embeddings import embed

    t0 = time.perf_counter()
    vectors = embed(paras)
    print(f"embedded {len(paras)} paragraphs in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def _title(paragraph: str) -> str:
    first = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    return " ".join(first.split()[:16])


def _iso(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat()


class ArchiveBuilder:
    """Grows an archive in a store, article by article, with stories (see module docstring)."""

    def __init__(self, store, paras, vectors, seed: int = 5):
        self.store, self.paras, self.vectors = store, paras, vectors
        self.rng = random.Random(seed)
        self.count = 0
        self.story_left = 0
        self.story_id = None
        self.story_paras: list[int] = []

    def time_of(self, n: int) -> str:
        return _iso(START + timedelta(days=n / PER_DAY))

    def article(self, n: int, shared: list[int] | None = None):
        from newsdesk.ingest.dedup import fingerprint
        from newsdesk.models import Article

        picks = list(shared or []) + self.rng.sample(range(len(self.paras)), self.rng.randint(3, 5))
        text = "\n".join(self.paras[i] for i in picks)
        a = Article(title=_title(self.paras[picks[0]]), text=text,
                    url=f"https://outlet{n % 40}.example/a/{n}", published=self.time_of(n),
                    outlet=f"Outlet {n % 40}", domain=f"outlet{n % 40}.example", source="bench")
        vector = self.vectors[picks].sum(axis=0)
        return fingerprint(a), vector / max(float((vector ** 2).sum()) ** 0.5, 1e-12), picks

    def grow(self, target: int, batch: int = 2000) -> None:
        from newsdesk.stories.entities import guess_entities

        store = self.store
        # The probes placed since the last growth may have merged the story being grown.
        if self.story_id is not None and not store.story_article_ids(self.story_id):
            self.story_id, self.story_left = None, 0
        while self.count < target:
            with store.db.write():
                embeds = []
                for _ in range(min(batch, target - self.count)):
                    n = self.count
                    if self.story_left <= 0:
                        self.story_left = self.rng.choice([1, 1, 2, 2, 3, 4])
                        self.story_paras = [self.rng.randrange(len(self.paras))]
                        self.story_id = None
                    a, vector, _ = self.article(n, self.story_paras)
                    outlet_id = store.outlet_id(a.domain, a.outlet)
                    a.id = store.insert_article(a, outlet_id)
                    embeds.append((a.id, vector))
                    names = [(e["canonical"], None) for e in guess_entities(a.title, a.text)]
                    if self.story_id is None:
                        self.story_id = store.create_story(a.id, a.title, a.published, vector)
                    else:
                        store.add_to_story(self.story_id, a.id, a.published, vector, 1.0)
                    store.add_story_entities(self.story_id, names)
                    self.story_left -= 1
                    self.count += 1
                store.save_embeddings(embeds, "bench-recombined")


def brute_force_place(store, vector) -> float:
    """Baseline: score the article against every story centroid in the archive."""
    import numpy as np

    stories = store.stories_near("0000", "9999", 10**9)  # every story
    matrix = np.stack([s["centroid"] for s in stories])
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return float((matrix @ vector).max())


def measure(store, builder, probes: int) -> tuple[list[float], list[float]]:
    """Seconds per placement (ours) and per brute-force scan, for ``probes`` new articles."""
    from newsdesk.stories.cluster import place_article
    from newsdesk.stories.entities import guess_entities

    ours, brute = [], []
    for k in range(probes):
        n = builder.count + k
        a, vector, _ = builder.article(n)
        with store.db.write():
            a.id = store.insert_article(a, store.outlet_id(a.domain, a.outlet))
            store.save_embeddings([(a.id, vector)], "bench-recombined")
        names = [e["canonical"] for e in guess_entities(a.title, a.text)]
        t0 = time.perf_counter()
        with store.db.write():
            place_article(store, a, vector, names)
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        brute_force_place(store, vector)
        brute.append(time.perf_counter() - t0)
    builder.count += probes
    return ours, brute


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--keep", default=str(CACHE / "archive-100k.db"),
                        help="where to leave the largest archive (bench.search reuses it)")
    args = parser.parse_args(argv)
    from newsdesk.store import Store

    paras = real_paragraphs()
    vectors = paragraph_vectors(paras)
    keep = Path(args.keep)
    for suffix in ("", "-wal", "-shm"):
        Path(str(keep) + suffix).unlink(missing_ok=True)
    keep.parent.mkdir(parents=True, exist_ok=True)
    store = Store(keep)
    builder = ArchiveBuilder(store, paras, vectors)
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        t0 = time.perf_counter()
        builder.grow(size)
        built = time.perf_counter() - t0
        ours, brute = measure(store, builder, args.probes)
        rows.append((size, ours, brute))
        print(f"{size:>7} articles ({store.count_stories()} stories; grown in {built:.0f}s): "
              f"place p50 {statistics.median(ours) * 1000:.1f} ms, "
              f"p95 {sorted(ours)[int(0.95 * len(ours))] * 1000:.1f} ms | brute-force scan p50 "
              f"{statistics.median(brute) * 1000:.1f} ms | ratio scan/ours "
              f"{statistics.median(brute) / statistics.median(ours):.1f}x", flush=True)
    if len(rows) >= 2:
        (s1, o1, b1), (s2, o2, b2) = rows[-2], rows[-1]
        print(f"growth {s1}->{s2}: ours {statistics.median(o2) / statistics.median(o1):.2f}x, "
              f"brute force {statistics.median(b2) / statistics.median(b1):.2f}x")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
