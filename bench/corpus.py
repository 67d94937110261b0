"""Corpora for benchmarks, built from real text only: the seed, ../shared/eval article texts,
and larger archives made by recombining real paragraphs (never lorem ipsum)."""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT / "src" / "newsdesk" / "demo" / "aggregator-page.txt"


def news_cluster_records() -> list[dict]:
    path = EVAL / "stories" / "news-cluster.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def polnear_texts(limit: int | None = None) -> list[tuple[str, str]]:
    """(name, text) of PolNeAR articles (train, dev), sorted by name."""
    out = []
    for split in ("train", "dev"):
        folder = EVAL / "quotes" / "polnear" / split / "text"
        if folder.exists():
            out += [(p.stem, p.read_text(errors="replace")) for p in sorted(folder.glob("*.txt"))]
    return out[:limit] if limit else out


def real_records(n: int | None = None) -> list[dict]:
    """news-please style records from real texts: news-cluster first, then PolNeAR articles."""
    records = []
    for r in news_cluster_records():
        records.append({k: r.get(k) for k in ("title", "text", "url", "source_domain", "date_publish",
                                              "authors", "description")})
    for name, text in polnear_texts():
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            continue
        records.append({"title": lines[0][:200], "text": "\n".join(lines[1:]),
                        "url": f"https://polnear.example/{name}", "source_domain": "polnear.example",
                        "date_publish": "2016-10-01T00:00:00", "authors": [], "description": None})
    return records[:n] if n else records


def paragraphs() -> list[str]:
    paras = []
    for r in real_records():
        paras += [p.strip() for p in (r["text"] or "").split("\n") if len(p.split()) >= 12]
    return paras


def recombined_records(n: int, seed: int = 7) -> list[dict]:
    """``n`` synthetic articles, each 4-9 real paragraphs drawn from different real articles."""
    paras = paragraphs()
    if not paras:
        raise SystemExit("no evaluation texts under ../shared/eval: cannot build a real-text corpus")
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = rng.sample(paras, rng.randint(4, 9))
        out.append({"title": " ".join(body[0].split()[:12]), "text": "\n".join(body),
                    "url": f"https://archive.example/{i}", "source_domain": f"outlet{i % 40}.example",
                    "date_publish": f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00",
                    "authors": [], "description": None})
    return out
