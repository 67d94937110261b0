"""The extraction metric (bench/extraction.py) and the quality gate on the scrapinghub pages."""

from __future__ import annotations

import pytest

from bench.extraction import extract_ours, load_scrapinghub, page_counts, score, shingles

from .conftest import need_eval

# Measured 0.9778 on 2026-11-30 (docs/benchmarks.md, extraction); the floor leaves room for
# small changes in trafilatura, not for a regression.
F1_FLOOR = 0.970


def test_shingles_are_lower_cased_four_word_windows_over_word_tokens():
    assert shingles("The cat, the HAT; sat!") == {("the", "cat", "the", "hat"): 1,
                                                 ("cat", "the", "hat", "sat"): 1}
    assert shingles("Two words") == {("two", "words"): 1}  # shorter than a shingle
    assert shingles("") == {}


def test_page_counts_treat_shingles_as_a_multiset():
    gold = "one two three four five"
    assert page_counts(gold, gold) == (2.0, 0.0, 0.0)
    assert page_counts(gold, "one two three four") == (1.0, 0.0, 1.0)
    assert page_counts(gold, gold + " " + gold) == (2.0, 5.0, 0.0)  # 7 shingles, 2 in gold


def test_score_averages_pages_and_skips_empty_predictions_for_precision():
    gold = {"a": "one two three four five", "b": "six seven eight nine ten"}
    s = score(gold, {"a": "one two three four five", "b": ""})
    assert s["precision"] == 1.0  # page b predicted nothing: no precision to average
    assert s["recall"] == 0.5
    assert s["f1"] == pytest.approx(2 / 3)


@pytest.mark.slow
@pytest.mark.eval
def test_extraction_f1_on_scrapinghub_stays_above_its_floor():
    root = need_eval("extraction", "scrapinghub")
    pages = load_scrapinghub(root)
    gold = {key: body for key, _html, _url, body in pages}
    pred = {key: extract_ours(html, url) for key, html, url, _body in pages}
    result = score(gold, pred)
    assert result["f1"] >= F1_FLOOR, result
