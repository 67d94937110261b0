"""The faster attribute ruler and lemmatizer annotate exactly as the stock components do."""

from __future__ import annotations

import pytest

from .conftest import DATA, SEED


def _texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*.txt"))[:20]]
    # Spellings the rare rule patterns are there for.
    texts.append("Y'all ain't gonna believe it, c'mon, let's go: there's nothin' he gets or got. "
                 "It is what it is; they aren't, we'd have, I'm not.\n\n  Done.")
    return texts


@pytest.mark.slow
def test_fast_components_annotate_exactly_as_the_stock_ones():
    import numpy
    import spacy
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from newsdesk.analyze.fastpipes import speed_up
    from newsdesk.analyze.nlp import EXCLUDE, MODEL

    stock = spacy.load(MODEL, exclude=list(EXCLUDE))
    fast = spacy.load(MODEL, exclude=list(EXCLUDE))
    assert speed_up(fast) == ["attribute_ruler", "lemmatizer"]
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    texts = _texts()
    for _ in range(2):  # the second round answers from the lemma cache
        for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
            assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs))
    doc = fast("She gets it, they got it and we ain't gonna stop.")
    assert [t.lemma_ for t in doc if t.lower_ in ("gets", "got", "ai", "n't", "gon", "na")] == \
        ["get", "get", "be", "not", "go", "to"]


@pytest.mark.slow
def test_the_shared_model_uses_the_fast_components():
    from newsdesk.analyze.fastpipes import IndexedMatcher
    from newsdesk.analyze.nlp import load_nlp

    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, IndexedMatcher)
    assert type(nlp.get_pipe("lemmatizer")).__name__ == "CachedLemmatizer"
