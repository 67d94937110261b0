"""Search quality (hybrid vs full text only vs vector only) on a relevance set built from
news-cluster, and search latency at 100k articles.

    .venv/bin/python -m bench.search [--archive /tmp/newsdesk-bench/archive-100k.db]

Relevance sets, derived automatically, one query per event (35), the relevant documents being
that event's articles: (1) "tfidf-2" and "tfidf-4": the 2 or 4 terms with the highest summed
TF-IDF over that event's headlines (TF-IDF fitted on all headlines, English stop words removed); (2) "label": the
words of the annotators' event name (newsCluster.Event, e.g. "tourist boat hits bridge in
germany"), which are not taken from the articles. The 927 PolNeAR articles are indexed
alongside as non-relevant documents. Metrics: MRR (rank of the
first relevant hit, top 100) and nDCG@10 with binary gains.

Latency: the same queries (and paragraph-derived ones) against the archive that
``bench.placement`` leaves behind (100k articles built from real paragraphs); the full-text
baseline is a LIKE scan over the article texts (what search costs without an index).
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from .stories import NEWS_CLUSTER, load_news_cluster, load_polnear

MODES = ("text", "vector", "hybrid")
FORCED = ("text+cutoff", "hybrid+cutoff")


def event_queries(labelled, terms: int = 4) -> dict[int, str]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    titles = [a.title for a, _ in labelled]
    vectorizer = TfidfVectorizer(stop_words="english", token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z]+\b")
    X = vectorizer.fit_transform(titles)
    vocab = np.array(vectorizer.get_feature_names_out())
    by_event = defaultdict(list)
    for i, (_, event) in enumerate(labelled):
        by_event[event].append(i)
    out = {}
    for event, rows in by_event.items():
        weights = np.asarray(X[rows].sum(axis=0)).ravel()
        out[event] = " ".join(vocab[np.argsort(-weights)[:terms]])
    return out


def label_queries() -> dict[int, str]:
    import json
    import re

    out = {}
    for line in NEWS_CLUSTER.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)["newsCluster"]
        words = re.sub(r"([a-z])([A-Z])", r"\1 \2", event["Event"]).replace("_", " ")
        out[event["EventId"]] = " ".join(words.split())
    return out


def metrics(ranked: list[int], relevant: set[int]) -> tuple[float, float]:
    rr = next((1 / r for r, doc in enumerate(ranked, 1) if doc in relevant), 0.0)
    dcg = sum(1 / math.log2(r + 1) for r, doc in enumerate(ranked[:10], 1) if doc in relevant)
    ideal = sum(1 / math.log2(r + 1) for r in range(1, min(len(relevant), 10) + 1))
    return rr, dcg / ideal


def quality() -> dict:
    from newsdesk.config import Config
    from newsdesk.ingest.pipeline import store_and_process
    from newsdesk.store import Store
    from newsdesk.store import search as store_search
    from newsdesk.stories.search import search

    default_min = store_search.COMMON_MIN_ARTICLES
    labelled = load_news_cluster()
    sets = {"tfidf-2": event_queries(labelled, 2), "tfidf-4": event_queries(labelled, 4),
            "label": label_queries()}
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(env={}, db=f"{tmp}/q.db", analyze=False)
        store = Store(config.db)
        # The PolNeAR articles (2016 US politics) are in the index too, as non-relevant noise.
        articles = [a for a, _ in labelled] + load_polnear()
        for start in range(0, len(articles), 50):
            store_and_process(store, articles[start:start + 50], config)
        relevant = defaultdict(set)
        for a, event in labelled:
            relevant[event].add(a.id)
        out = {}
        for name, queries in sets.items():
            scores = {m: [] for m in MODES + FORCED}
            for event, query in sorted(queries.items()):
                for mode in MODES + FORCED:
                    # "+cutoff": the common-term cutoff of store.search, which only switches on
                    # from COMMON_MIN_ARTICLES, forced on at this size to see what it costs.
                    forced = mode.endswith("+cutoff")
                    store_search.COMMON_MIN_ARTICLES = 0 if forced else default_min
                    ranked = [h["id"] for h in search(store, query, limit=100,
                                                      mode=mode.split("+")[0])]
                    scores[mode].append(metrics(ranked, relevant[event]))
            store_search.COMMON_MIN_ARTICLES = default_min
            out[name] = {m: (statistics.mean(s[0] for s in v), statistics.mean(s[1] for s in v))
                         for m, v in scores.items()}
        store.close()
    return out, sets


def latency(archive: Path, queries: list[str]) -> None:
    from newsdesk.store import Store
    from newsdesk.stories.search import search

    store = Store(archive)
    n = store.count_articles()
    t0 = time.perf_counter()
    store.vector_index()  # the matrix from SQLite, and its reduced projection
    cold = time.perf_counter() - t0
    search(store, "warm up", limit=10)  # the model loads once per process
    print(f"latency at {n} articles ({len(queries)} queries, limit 10; vector matrix loaded "
          f"and projected once in {cold:.1f}s):")
    for mode in MODES:
        times = []
        for q in queries:
            t0 = time.perf_counter()
            search(store, q, limit=10, mode=mode)
            times.append(time.perf_counter() - t0)
        times.sort()
        print(f"  {mode:6}  p50 {statistics.median(times) * 1000:7.1f} ms   "
              f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:7.1f} ms")
    # The coarse-then-exact vector scan against an exact scan of every vector: recall@100.
    import numpy as np

    from newsdesk.analyze.embeddings import embed
    from newsdesk.stories.search import vector_search

    ids, matrix = store.vector_matrix()
    found = []
    for q in queries:
        exact = set(ids[np.argsort(-(matrix @ embed([q])[0]))[:100]].tolist())
        found.append(len(exact & {i for i, _ in vector_search(store, q, limit=100)}) / 100)
    print(f"  vector recall@100 vs an exact scan of every vector: mean "
          f"{statistics.mean(found):.4f}, min {min(found):.2f}")
    conn = store.db.read()
    times = []
    for q in queries[:10]:
        t0 = time.perf_counter()
        # Ranking needs every match, so without an index every text is read.
        conn.execute("SELECT COUNT(*) FROM articles WHERE text LIKE ?",
                     ("%" + q.split()[0] + "%",)).fetchall()
        times.append(time.perf_counter() - t0)
    print(f"  baseline: LIKE scan of every text (no index), p50 "
          f"{statistics.median(times) * 1000:.1f} ms")
    store.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", default="/tmp/newsdesk-bench/archive-100k.db")
    parser.add_argument("--latency-only", action="store_true",
                        help="skip the quality part (its queries are still derived)")
    args = parser.parse_args(argv)
    if not NEWS_CLUSTER.exists():
        print(f"{NEWS_CLUSTER} is absent", file=sys.stderr)
        return 1
    if args.latency_only:
        labelled = load_news_cluster()
        res, sets = {}, {"tfidf-2": event_queries(labelled, 2),
                         "tfidf-4": event_queries(labelled, 4), "label": label_queries()}
    else:
        res, sets = quality()
    for name, queries in sets.items():
        if name not in res:
            continue
        print(f"relevance set {name!r}: {len(queries)} queries from news-cluster events "
              f"(e.g. {queries[2]!r})")
        for mode in MODES + FORCED:
            mrr, ndcg = res[name][mode]
            print(f"  {mode:13}  MRR {mrr:.3f}   nDCG@10 {ndcg:.3f}")
    archive = Path(args.archive)
    if archive.exists():
        latency(archive, [q for name in sets for q in sets[name].values()])
    else:
        print(f"{archive} is absent: run bench.placement first for the latency figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
