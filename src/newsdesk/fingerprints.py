"""Text fingerprints: a content hash for exact copies, MinHash signatures and LSH bands for
near-identical ones. A leaf module: both de-duplication and the store use it."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs at Jaccard 0.8 share a band with probability > 0.999
_MERSENNE = (1 << 61) - 1
_PERMUTATIONS = None


def normalize_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(words(normalize_text(text))).encode()).hexdigest()


def _permutations():
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        import numpy as np

        rng = np.random.RandomState(1)  # fixed: signatures must stay comparable across runs
        _PERMUTATIONS = (rng.randint(1, _MERSENNE, NUM_PERM, dtype=np.uint64),
                         rng.randint(0, _MERSENNE, NUM_PERM, dtype=np.uint64))
    return _PERMUTATIONS


def minhash(text: str, shingle: int = 3) -> bytes:
    """MinHash signature (``NUM_PERM`` uint32 values) of the text's word 3-shingles."""
    import numpy as np

    toks = words(text)
    grams = {" ".join(toks[i:i + shingle]) for i in range(max(1, len(toks) - shingle + 1))}
    hv = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams),
        dtype=np.uint64, count=len(grams),
    )
    a, b = _permutations()
    values = (np.outer(hv, a) + b) % np.uint64(_MERSENNE) & np.uint64(0xFFFFFFFF)
    return values.min(axis=0).astype("<u4").tobytes()


def jaccard(sig_a: bytes, sig_b: bytes) -> float:
    import numpy as np

    a, b = np.frombuffer(sig_a, "<u4"), np.frombuffer(sig_b, "<u4")
    return float((a == b).mean())


def lsh_bands(signature: bytes) -> list[tuple[int, int]]:
    """(band, value) pairs; value is a signed 64-bit hash of the band's rows."""
    rows = len(signature) // 4 // BANDS * 4
    out = []
    for band in range(BANDS):
        chunk = signature[band * rows:(band + 1) * rows]
        out.append((band, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)))
    return out
