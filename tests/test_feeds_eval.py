"""Every feed of the feedparser test suite and rss-parser's real feeds goes through our ingest
without an unhandled exception (bench/feeds.py counts the outcomes for docs/benchmarks.md)."""

from __future__ import annotations

import pytest

from bench.feeds import SETS, feed_files, ingest_all

from .conftest import EVAL, need_eval


@pytest.mark.slow
@pytest.mark.eval
@pytest.mark.parametrize("name", sorted(SETS))
def test_every_eval_feed_ingests_without_an_unhandled_exception(name):
    root = need_eval(*SETS[name].relative_to(EVAL).parts)
    files = feed_files(root)
    assert len(files) >= (2107 if name == "feedparser-tests" else 31)
    outcome = ingest_all(files, stages=False)
    assert outcome.crashes == []
    assert outcome.ok + outcome.warned + outcome.rejected == outcome.files
    assert outcome.rejected <= 10  # only documents with no feed in them at all
    assert outcome.articles > (500 if name == "feedparser-tests" else 1000)
