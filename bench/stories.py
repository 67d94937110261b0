"""Story clustering quality: BCubed P/R/F1 on news-cluster (Giveme5W1H), ours vs a TF-IDF
single-pass baseline, with and without unrelated PolNeAR articles mixed in.

    .venv/bin/python -m bench.stories [--no-distractors] [--sweep] [--analyze] [--orders N] [--pages]

``--pages`` mixes in, besides PolNeAR, the web pages of the extraction sets (about 2,000
distractors in all), each dated at random within news-cluster's date span.

``--analyze`` runs the analysis stage too (spaCy entities feed the clustering), as
``newsdesk ingest`` does by default; without it the fallback entity extractor is used.

Articles go through the real pipeline (store_and_process: de-dup, FTS, embed, stories) in
batches of 50, in a fixed shuffled order, as they would arrive from feeds.

``--orders N`` (single-pass clustering depends on arrival order) then clears the stories and
places the same stored articles again, in N other shuffled orders (batches of 50, the
``stories`` stage itself), with the current configuration and with the previous one
(``PREVIOUS``: no cohesion floor, no re-offering of one-article stories). It reports the mean
and range of BCubed over the orders, and, as a check that uses no labels, the number of
stories and the size of the largest story when the PolNeAR articles are clustered alone
(2016 US politics: many related but different stories, where a story that keeps absorbing
articles on the same topic shows up as one giant story).

``--placement ARCHIVE`` times ``place_article`` with the current and the previous
configuration, alternating, on a copy of an archive left by ``bench.placement`` (e.g.
``/tmp/newsdesk-bench/archive-100k.db``), with new recombined probe articles (its builder).
"""

from __future__ import annotations

import argparse
import copy
import csv
import functools
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
NEWS_CLUSTER = EVAL / "stories" / "news-cluster.jsonl"
POLNEAR = EVAL / "quotes" / "polnear"


def load_news_cluster():
    from newsdesk.sources.records import record_to_article

    out = []
    for line in NEWS_CLUSTER.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        out.append((record_to_article(obj), obj["newsCluster"]["EventId"]))
    return out


def load_polnear(limit: int | None = None):
    """PolNeAR articles as unrelated distractors: first line as headline, date from metadata."""
    from newsdesk.models import Article

    meta = {}
    table = POLNEAR / "metadata.tsv"
    if table.exists():
        with open(table, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                meta[row["filename"]] = row
    out = []
    for path in sorted(POLNEAR.glob("*/text/*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace").strip()
        lines = [x.strip() for x in raw.splitlines() if x.strip()]
        if len(lines) < 2:
            continue
        row = meta.get(path.stem, {})
        date = row.get("publication_date")
        publisher = row.get("publisher") or "polnear"
        out.append(Article(title=lines[0][:200], text="\n".join(lines[1:]),
                           url=f"https://{publisher}.example/{path.stem}",
                           published=f"{date}T12:00:00+00:00" if date and date != "None" else None,
                           outlet=publisher, domain=f"{publisher}.example", source="record"))
    return out[:limit] if limit else out


def load_pages(seed: int = 11):
    """Web pages of the extraction sets (../shared/eval/extraction: scrapinghub's 181 news and blog pages,
    trafilatura's 990 pages in a dozen languages) as more unrelated distractors, extracted as `newsdesk add`
    would. Their own dates are mostly absent or years apart, which alone would keep them out of news-cluster's
    stories; each gets a date drawn at random over news-cluster's date span instead, so that only what they
    say can keep them apart. Extracted once per process; each call gets its own copies."""
    return [copy.deepcopy(a) for a in _dated_pages(seed)]


@functools.lru_cache(maxsize=None)
def _dated_pages(seed: int) -> tuple:
    import gzip

    from bench.extraction import SCRAPINGHUB, TRAFILATURA_EVAL, load_scrapinghub, trafilatura_eval_pages
    from newsdesk.errors import NewsdeskError
    from newsdesk.extract.html import extract_article

    pages = []
    if (SCRAPINGHUB / "ground-truth.json").exists():
        pages += [(url or None, html) for _, html, url, _ in load_scrapinghub()]
    if (TRAFILATURA_EVAL / "evaldata.json").exists():
        pages += [(url, gzip.decompress(path.read_bytes()))
                  for url, _, path in sorted(trafilatura_eval_pages(), key=lambda page: page[0])]
    dates = sorted(a.published for a, _ in load_news_cluster() if a.published)
    first, last = (time.mktime(time.strptime(d[:10], "%Y-%m-%d")) for d in (dates[0], dates[-1]))
    rng = random.Random(seed)
    out = []
    for url, html in pages:
        try:
            article = extract_article(html, url)
        except NewsdeskError:
            continue  # no article text on the page
        stamp = time.strftime("%Y-%m-%dT12:00:00+00:00", time.gmtime(rng.uniform(first, last)))
        article.published, article.source = stamp, "page"
        out.append(article)
    return tuple(out)


def bcubed(pred: dict, gold: dict) -> tuple[float, float, float]:
    """BCubed over the gold items; ``pred`` maps every item (gold or not) to a cluster, so a
    distractor in a gold item's cluster costs precision."""
    members = defaultdict(set)
    for item, c in pred.items():
        members[c].add(item)
    classes = defaultdict(set)
    for item, c in gold.items():
        classes[c].add(item)
    p = r = 0.0
    for item, g in gold.items():
        cluster = members[pred[item]]
        right = len(cluster & classes[g])
        p += right / len(cluster)
        r += right / len(classes[g])
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tfidf_single_pass(articles, threshold: float = 0.3) -> dict[int, int]:
    """Baseline: TF-IDF (fit on the whole set) of title + text, single pass, centroid cosine."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    order = sorted(range(len(articles)), key=lambda i: (articles[i].published or articles[i].fetched or "", i))
    texts = [f"{a.title}. {a.text}" for a in articles]
    X = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(texts)
    sums = np.zeros((len(articles), X.shape[1]), np.float32)  # one row per cluster, at most
    unit = np.zeros_like(sums)
    k, assign = 0, {}
    for i in order:
        v = X[i].toarray()[0].astype(np.float32)
        j = int((unit[:k] @ v).argmax()) if k else -1
        if j < 0 or float(unit[j] @ v) < threshold:
            j, k = k, k + 1
        sums[j] += v
        unit[j] = sums[j] / max(float(np.linalg.norm(sums[j])), 1e-12)
        assign[i] = j
    return assign


ANALYZE = False


def run_ours(articles, options=None, batch: int = 50, then=None):
    """Ingest through the pipeline; returns {index in articles: story id} and seconds.
    ``then(store, ids)``, when given, runs on the filled store before it is closed."""
    from newsdesk.config import Config
    from newsdesk.ingest.pipeline import store_and_process
    from newsdesk.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        config = Config(env={}, db=f"{tmp}/bench.db", analyze=ANALYZE)
        store = Store(config.db)
        t0 = time.perf_counter()
        if options is None:
            for start in range(0, len(articles), batch):
                store_and_process(store, articles[start:start + batch], config)
        else:
            from newsdesk.stories.stages import recluster

            for start in range(0, len(articles), batch):
                store_and_process(store, articles[start:start + batch], config)
            recluster(store, options)
        seconds = time.perf_counter() - t0
        pred = {i: store.story_of(a.id) for i, a in enumerate(articles)}
        # Wire copies stored as duplicates still have their own id and story.
        if then is not None:
            then(store, [a.id for a in articles])
        store.close()
    return pred, seconds


def evaluate(with_distractors: bool, seed: int = 7, options=None, pages: bool = False) -> dict:
    labelled = load_news_cluster()
    articles = [copy.deepcopy(a) for a, _ in labelled]
    gold = {i: ev for i, (_, ev) in enumerate(labelled)}
    if with_distractors:
        articles += load_polnear()
    if pages:
        articles += load_pages()
    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    shuffled = [articles[i] for i in order]
    pred_s, seconds = run_ours(shuffled, options)
    pred = {order[k]: sid for k, sid in pred_s.items()}
    p, r, f = bcubed(pred, gold)
    base = tfidf_single_pass([articles[i] for i in order])
    base = {order[k]: c for k, c in base.items()}
    bp, br, bf = bcubed(base, gold)
    gold_stories = {pred[i] for i in gold}
    attached = sum(1 for i, sid in pred.items() if i not in gold and sid in gold_stories)
    return {"articles": len(articles), "distractors": len(articles) - len(gold),
            "ours": (p, r, f), "tfidf": (bp, br, bf), "seconds": seconds,
            "distractors_in_event_stories": attached,
            "stories": len(set(pred.values()))}


def previous_options():
    """The configuration before the cohesion floor and re-offering (for before/after runs)."""
    from newsdesk.stories.cluster import ClusterOptions

    return ClusterOptions(cohesion=0.0, reoffer_singletons=False)


def place_in_orders(store, ids: list[int], seeds, options, batch: int = 50) -> list[dict]:
    """Clear the stories and place the stored articles again in each shuffled order; returns
    {article id: story id} per order."""
    from newsdesk.stories.stages import cluster_articles

    out = []
    for seed in seeds:
        order = list(ids)
        random.Random(seed).shuffle(order)
        store.clear_stories()
        for start in range(0, len(order), batch):
            cluster_articles(store, store.get_articles(order[start:start + batch]), options=options)
        out.append({i: store.story_of(i) for i in ids})
    return out


def story_sizes(pred: dict) -> tuple[int, int]:
    """(number of stories, articles in the largest)."""
    sizes = defaultdict(int)
    for sid in pred.values():
        sizes[sid] += 1
    return len(sizes), max(sizes.values())


def order_report(n_orders: int, with_distractors: bool, pages: bool = False) -> None:
    """BCubed over several arrival orders, current vs previous configuration, and the no-label
    giant-story check on PolNeAR alone."""
    import statistics

    from newsdesk.stories.cluster import OPTIONS

    seeds = range(100, 100 + n_orders)
    configs = [("current", OPTIONS), ("previous", previous_options())]

    def show(label, runs, gold):
        for name, preds in runs:
            scores = [bcubed(p, gold) for p in preds] if gold else []
            sizes = [story_sizes(p) for p in preds]
            line = f"  {label:<22} {name:<9}"
            if scores:
                for k, m in enumerate("PRF"):
                    vals = [s[k] for s in scores]
                    line += f" {m} {statistics.mean(vals):.3f} [{min(vals):.3f}-{max(vals):.3f}]"
            line += (f" stories {statistics.mean(s[0] for s in sizes):.0f}, largest "
                     f"{statistics.mean(s[1] for s in sizes):.0f} [{min(s[1] for s in sizes)}-"
                     f"{max(s[1] for s in sizes)}]")
            print(line)

    print(f"{n_orders} arrival orders (seeds {seeds.start}-{seeds.stop - 1}), mean [min-max]:")
    sets = [("news-cluster alone", False, True)]
    if with_distractors:
        sets += [("+ PolNeAR and pages" if pages else "+ PolNeAR distractors", True, True),
                 ("PolNeAR alone", True, False)]
    labelled = load_news_cluster()
    for label, mixed, use_news in sets:
        articles = [copy.deepcopy(a) for a, _ in labelled] if use_news else []
        if mixed:
            articles += load_polnear()
        if mixed and use_news and pages:
            articles += load_pages()
        gold_idx = {i: ev for i, (_, ev) in enumerate(labelled)} if use_news else {}
        runs = []

        def then(store, ids):
            gold = {ids[i]: ev for i, ev in gold_idx.items()}
            for name, options in configs:
                runs.append((name, place_in_orders(store, ids, seeds, options)))
            show(label, runs, gold)

        run_ours(articles, then=then)


def placement_cost(archive: str, probes: int = 300) -> None:
    """p50/p95 of one placement, current vs previous configuration, alternating probes."""
    import shutil
    import statistics

    from bench.placement import ArchiveBuilder, paragraph_vectors, real_paragraphs
    from newsdesk.store import Store
    from newsdesk.stories.cluster import OPTIONS, place_article
    from newsdesk.stories.entities import guess_entities

    paras = real_paragraphs()
    vectors = paragraph_vectors(paras)
    with tempfile.TemporaryDirectory() as tmp:
        copy_path = f"{tmp}/archive.db"
        shutil.copy(archive, copy_path)  # the shared archive stays as bench.search expects it
        store = Store(copy_path)
        builder = ArchiveBuilder(store, paras, vectors, seed=11)
        builder.count = store.db.read().execute("SELECT MAX(id) FROM articles").fetchone()[0]
        times: dict[str, list[float]] = {"current": [], "previous": []}
        configs = {"current": OPTIONS, "previous": previous_options()}
        for k in range(probes):
            a, vector, _ = builder.article(builder.count + k)
            with store.db.write():
                a.id = store.insert_article(a, store.outlet_id(a.domain, a.outlet))
                store.save_embeddings([(a.id, vector)], "bench-recombined")
            names = [e["canonical"] for e in guess_entities(a.title, a.text)]
            name = "current" if k % 2 else "previous"
            t0 = time.perf_counter()
            with store.db.write():
                place_article(store, a, vector, names, configs[name])
            times[name].append(time.perf_counter() - t0)
        print(f"placement on {archive} ({builder.count} articles), {probes} probes alternating:")
        for name, t in times.items():
            t.sort()
            print(f"  {name:<9} p50 {statistics.median(t) * 1000:.1f} ms, "
                  f"p95 {t[int(0.95 * len(t))] * 1000:.1f} ms")
        store.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-distractors", action="store_true")
    parser.add_argument("--sweep", action="store_true",
                        help="also show F1 at other join thresholds (sensitivity, not tuning)")
    parser.add_argument("--analyze", action="store_true", help="run the analysis stage too")
    parser.add_argument("--orders", type=int, default=0, metavar="N",
                        help="also place the articles in N other arrival orders, current vs "
                             "previous configuration, and check story sizes on PolNeAR alone")
    parser.add_argument("--pages", action="store_true",
                        help="also mix in the web pages of ../shared/eval/extraction as distractors "
                             "(about 2,000 with PolNeAR), dated at random over news-cluster's span")
    parser.add_argument("--placement", metavar="ARCHIVE",
                        help="only time placement, current vs previous, on a copy of ARCHIVE")
    args = parser.parse_args(argv)
    if args.placement:
        placement_cost(args.placement)
        return 0
    global ANALYZE
    ANALYZE = args.analyze
    if not NEWS_CLUSTER.exists():
        print(f"{NEWS_CLUSTER} is absent", file=sys.stderr)
        return 1
    runs = [False] if args.no_distractors else [False, True]
    for mixed in runs:
        res = evaluate(mixed, pages=mixed and args.pages)
        (p, r, f), (bp, br, bf) = res["ours"], res["tfidf"]
        kinds = "PolNeAR and web-page" if args.pages else "PolNeAR"
        label = f"with {res['distractors']} {kinds} distractors" if mixed else "news-cluster alone"
        print(f"{label}: {res['articles']} articles, {res['stories']} stories, "
              f"{res['seconds']:.1f}s through the pipeline")
        print(f"  ours  (MiniLM + entities + time) BCubed P {p:.3f} R {r:.3f} F1 {f:.3f}")
        print(f"  tfidf single-pass (cos >= 0.3)    BCubed P {bp:.3f} R {br:.3f} F1 {bf:.3f}")
        if mixed:
            print(f"  distractors placed in a story holding news-cluster articles: "
                  f"{res['distractors_in_event_stories']}")
    if args.sweep:
        from dataclasses import replace

        from newsdesk.stories.cluster import OPTIONS

        for join in (0.45, 0.5, 0.55, 0.6, 0.65):
            res = evaluate(False, options=replace(OPTIONS, join=join))
            p, r, f = res["ours"]
            print(f"  sweep join={join:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.orders:
        order_report(args.orders, not args.no_distractors, args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
