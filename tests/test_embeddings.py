"""The embedding model: checked by hash, offline, unit vectors, meaning-aware."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk.analyze import embeddings
from newsdesk.errors import ModelMissingError


def test_a_missing_model_file_is_a_model_missing_error(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSDESK_EMBEDDING_MODEL", str(tmp_path / "absent.onnx"))
    with pytest.raises(ModelMissingError):
        embeddings.model_path()


def test_a_model_file_with_the_wrong_hash_is_refused(tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(ModelMissingError, match="sha256"):
        embeddings.Encoder(fake)


def test_article_text_is_headline_and_lead_cut_at_a_word():
    text = "word " * 400
    out = embeddings.article_text("Headline", text, lead_chars=100)
    assert out.startswith("Headline. word")
    assert len(out) <= len("Headline. ") + 100 and not out.endswith("wor")


@pytest.mark.slow
def test_embeddings_are_unit_vectors_that_rank_paraphrases_first():
    v = embeddings.embed(["A cruise ship hit a bridge on the Rhine",
                          "Passenger vessel crashes into a river bridge in Germany",
                          "The central bank raised interest rates"])
    assert v.shape == (3, embeddings.DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    sims = v @ v.T
    assert sims[0, 1] > 0.5 > sims[0, 2]


@pytest.mark.slow
def test_batching_and_order_do_not_change_a_vector():
    texts = ["short", "a much longer sentence about the election results in the country",
             "medium length text here"]
    together = embeddings.embed(texts)
    alone = np.stack([embeddings.embed([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)
