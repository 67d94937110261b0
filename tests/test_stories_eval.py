"""Quality gate: story clustering on news-cluster (179 articles, 35 events) through the real
pipeline must keep its BCubed F1, in other arrival orders too (single-pass clustering depends on
the order articles come in). Measured with bench.stories: 0.969 with the light fallback entities
(analysis off), 0.972 with the analysis stage's entities (the default); floors just under."""

from __future__ import annotations

import json
import random
from collections import defaultdict

import pytest

from .conftest import need_eval

F1_FLOOR = 0.96
ANALYSED_F1_FLOOR = 0.965
PRECISION_FLOOR = 0.98
# Measured 0.969 in each order (0.960 before headline-first names and site-name headline repair;
# 0.955-0.960 before one-article stories were re-offered).
ORDER_F1_FLOOR = 0.96


def bcubed(pred: dict, gold: dict) -> tuple[float, float, float]:
    members, classes = defaultdict(set), defaultdict(set)
    for item, c in pred.items():
        members[c].add(item)
    for item, c in gold.items():
        classes[c].add(item)
    p = sum(len(members[pred[i]] & classes[g]) / len(members[pred[i]]) for i, g in gold.items())
    r = sum(len(members[pred[i]] & classes[g]) / len(classes[g]) for i, g in gold.items())
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r)


def test_bcubed_of_a_perfect_and_a_lumped_clustering():
    gold = {1: "a", 2: "a", 3: "b"}
    assert bcubed({1: 1, 2: 1, 3: 2}, gold) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed({1: 1, 2: 1, 3: 1}, gold)
    assert r == 1.0 and p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def _news_cluster():
    """The records of ../shared/eval/stories/news-cluster.jsonl and their articles."""
    from newsdesk.sources.records import record_to_article

    path = need_eval("stories", "news-cluster.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows, [record_to_article(r) for r in rows]


@pytest.mark.slow
@pytest.mark.eval
def test_news_cluster_bcubed_f1_stays_above_its_floor(store, config):
    from newsdesk.ingest.pipeline import store_and_process

    rows, articles = _news_cluster()
    gold = {i: r["newsCluster"]["EventId"] for i, r in enumerate(rows)}
    order = list(range(len(articles)))
    random.Random(7).shuffle(order)  # arrival order is not the publication order
    for start in range(0, len(order), 50):
        store_and_process(store, [articles[i] for i in order[start:start + 50]], config)
    pred = {i: store.story_of(a.id) for i, a in enumerate(articles)}
    p, r, f1 = bcubed(pred, gold)
    assert p >= PRECISION_FLOOR, (p, r, f1)
    assert f1 >= F1_FLOOR, (p, r, f1)


@pytest.mark.slow
@pytest.mark.eval
def test_news_cluster_bcubed_holds_in_other_arrival_orders(store, config):
    from newsdesk.ingest.pipeline import store_and_process
    from newsdesk.stories.stages import cluster_articles

    rows, articles = _news_cluster()
    store_and_process(store, articles, config)  # embeds once; stories are then placed again
    gold = {a.id: r["newsCluster"]["EventId"] for a, r in zip(articles, rows)}
    for seed in (1, 2, 3):
        order = [a.id for a in articles]
        random.Random(seed).shuffle(order)
        store.clear_stories()
        for start in range(0, len(order), 50):
            cluster_articles(store, store.get_articles(order[start:start + 50]))
        p, r, f1 = bcubed({i: store.story_of(i) for i in gold}, gold)
        assert p >= PRECISION_FLOOR and f1 >= ORDER_F1_FLOOR, (seed, p, r, f1)


@pytest.mark.slow
@pytest.mark.eval
def test_news_cluster_bcubed_with_the_analysis_stages_entities(store, tmp_path):
    from newsdesk.config import Config
    from newsdesk.ingest.pipeline import store_and_process

    rows, articles = _news_cluster()
    config = Config(env={}, db=str(tmp_path / "test.db"), analyze=True)
    store_and_process(store, articles, config)
    gold = {i: r["newsCluster"]["EventId"] for i, r in enumerate(rows)}
    p, r, f1 = bcubed({i: store.story_of(a.id) for i, a in enumerate(articles)}, gold)
    assert p >= PRECISION_FLOOR and f1 >= ANALYSED_F1_FLOOR, (p, r, f1)
