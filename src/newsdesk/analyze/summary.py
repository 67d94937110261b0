"""Extractive summary and keywords from one parsed article.

Sentences are bags of content lemmas weighted by how rare they are across the article's own
sentences (TF-IDF inside the article). The summary picks 2-4 sentences by maximal marginal
relevance: close to the article's centroid (coverage), far from those already picked
(non-redundancy), with a small bonus for the lead, where news writing puts who/what/why.
"""

from __future__ import annotations

import math
from collections import Counter

LAMBDA = 0.7  # coverage vs. non-redundancy
LEAD_BONUS = 0.15  # decays over the first sentences
SALIENCE_BONUS = 0.1  # for naming the article's main actors


def sentence_spans(doc) -> list[tuple[int, int]]:
    """Sentences as token ranges, also cut at line breaks (a headline has no full stop)."""
    spans = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or (tok.i > start and "\n" in doc[tok.i - 1].whitespace_):
                if tok.i > start:
                    spans.append((start, tok.i))
                start = tok.i + (1 if tok.is_space else 0)
        if start < sent.end:
            spans.append((start, sent.end))
    return [(s, e) for s, e in spans if any(not t.is_space and not t.is_punct
                                             for t in doc[s:e])]


def _bag(tokens) -> Counter:
    return Counter(t.lemma_.lower() for t in tokens
                   if t.is_alpha and not t.is_stop and len(t.text) > 1)


def _cosine(a: dict, b: dict) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _salience(candidates, mentions) -> list[float]:
    """Per sentence, the share of the article's most-mentioned actors it names (0..1):
    who did what to whom is carried by the main actors."""
    if not mentions:
        return [0.0] * len(candidates)
    counts = Counter(m["canonical"] for m in mentions if m["kind"] != "place")
    top = {name for name, _ in counts.most_common(3)}
    out = []
    for s, e in candidates:
        names = {m["canonical"] for m in mentions
                 if m["canonical"] in top and s <= m["_tok"][0] < e}
        out.append(len(names) / len(top) if top else 0.0)
    return out


def summarize(doc, max_sentences: int | None = None, mentions: list[dict] | None = None
              ) -> list[dict]:
    """2-4 sentences (fewer for short texts), in text order, each with its span."""
    spans = sentence_spans(doc)
    # Headlines (no final punctuation) and very short lines are poor summary sentences.
    body = [(s, e) for s, e in spans
            if len(doc[s:e]) >= 6 and (doc[e - 1].is_punct or doc[e - 1].text in ('"', "”"))]
    candidates = body or spans
    if not candidates:
        return []
    n = len(candidates)
    want = max_sentences or (2 if n <= 6 else 3 if n <= 25 else 4)
    want = min(want, n)
    bags = [_bag(doc[s:e]) for s, e in candidates]
    df = Counter(w for bag in bags for w in bag)
    vecs = [{w: c * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in bag.items()}
            for bag in bags]
    centroid: dict[str, float] = {}
    for v in vecs:
        for w, x in v.items():
            centroid[w] = centroid.get(w, 0.0) + x / n
    salience = _salience(candidates, [m for m in mentions or [] if "_tok" in m])
    relevance = [_cosine(v, centroid) + LEAD_BONUS / (1 + i) + SALIENCE_BONUS * salience[i]
                 for i, v in enumerate(vecs)]
    chosen: list[int] = []
    while len(chosen) < want:
        best, best_score = None, -1e9
        for i in range(n):
            if i in chosen:
                continue
            redundancy = max((_cosine(vecs[i], vecs[j]) for j in chosen), default=0.0)
            score = LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy
            if score > best_score:
                best, best_score = i, score
        chosen.append(best)
    out = []
    for i in sorted(chosen):
        s, e = candidates[i]
        span = doc[s:e]
        out.append({"text": span.text, "start": span.start_char, "end": span.end_char})
    return out


def keywords(doc, mentions: list[dict] | None = None, limit: int = 10) -> list[str]:
    """Key noun phrases: noun chunks without determiners or pronouns, with named entities
    under their canonical name, ranked by how often they (or their head word) appear."""
    heads = Counter(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN")
                    and not t.is_stop)
    phrases: Counter = Counter()
    forms: dict[str, str] = {}
    named: dict[int, str] = {}  # token -> canonical name of the entity it is in
    for m in mentions or []:
        if m.get("label") in ("PRON", "ROLE") or "_tok" not in m:
            continue
        for i in range(*m["_tok"]):
            named[i] = m["canonical"]
    for chunk in doc.noun_chunks:
        canon = next((named[t.i] for t in chunk if t.i in named), None)
        if canon is not None and named.get(chunk.root.i) == canon:
            key = canon.lower()
            phrases[key] += 1
            forms.setdefault(key, canon)
            continue
        words = [t for t in chunk if not t.is_stop and t.pos_ not in ("DET", "PRON", "PUNCT",
                                                                        "NUM", "PART")]
        if not words or not any(t.is_alpha for t in words):
            continue
        key = " ".join(t.lemma_.lower() for t in words)
        phrases[key] += 1
        forms.setdefault(key, " ".join(t.text for t in words))
    scored = sorted(phrases, key=lambda k: (-(phrases[k] + heads[k.split()[-1]]), k))
    out = []
    for key in scored:
        if len(key) < 3:
            continue
        out.append(forms[key])
        if len(out) >= limit:
            break
    return out
