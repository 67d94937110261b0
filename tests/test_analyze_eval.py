"""Quality gate: attribution on PolNeAR dev must not fall below what we measured
(docs/benchmarks.md, section analyze: F1 0.716, speaker accuracy 0.888)."""

from __future__ import annotations

import pytest

from tests.conftest import need_eval

pytestmark = pytest.mark.slow

F1_FLOOR = 0.70
SPEAKER_FLOOR = 0.89


def test_polnear_dev_attribution_stays_above_floor():
    need_eval("quotes", "polnear", "dev")
    from bench.quotes import load_split, predict_ours, score

    docs = load_split("dev")
    result = score(docs, predict_ours(docs))
    assert result["f1"] >= F1_FLOOR, result
    assert result["speaker_accuracy"] >= SPEAKER_FLOOR, result
