"""Two learned alternatives to the dictionary's verb defaults, tried and not adopted (kept to be re-run).

    .venv/bin/python -m bench.events_learned

1. *Classifier*: logistic regression (scikit-learn, C=4) on the MiniLM embedding of each sentence,
   predicting the 2016 PLOVER type; it replaces our top event's type where it is at least 0.5 sure
   (or where we find no event). Trained twice: on the studied sets only (own studied, CAMEO study),
   then also on the gold's dev half. Scored on every set; the held-out sets are the gold's test half
   and both blind halves.
2. *Zero-shot*: for sentences whose top event is a verb's bare dictionary default, the CAMEO code
   whose name and description (cameo-codes.csv, the codebook's text; never its example column) is
   nearest to the verb phrase in MiniLM space.

Both read ../shared/eval/events; scikit-learn is a benchmark-only import (textacy brings it).
"""

from __future__ import annotations

import csv
from collections import Counter

from bench import events as B

CODEBOOK = B.GOLD.parent / "cameo-petrarch2" / "cameo-codes.csv"


def sets() -> dict[str, list[tuple[str, str]]]:
    records = B.load_records()
    out = {f"gold {half}": [(r["event"], r["text"]) for r in records if B.half_of(r["id"]) == half]
           for half in ("dev", "test")}
    for prefix, rows, splits in (("own", B.own_sentences(), ("blind", "studied")),
                                 ("cameo", B.cameo_sentences(), ("blind", "study"))):
        for split in splits:
            out[f"{prefix} {split}"] = [(kind, text) for s, kind, text in rows if s == split]
    return out


def verb_phrase(token) -> str:
    """The verb with what hangs on it, without its subject."""
    def subject(t):
        return t.dep_ in ("nsubj", "nsubjpass") and t.head is token
    return " ".join(t.text for t in token.subtree if not subject(t) and not any(subject(a) for a in t.ancestors))


def main() -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsdesk.analyze import events as E
    from newsdesk.analyze.embeddings import embed
    from newsdesk.analyze.nlp import load_nlp
    from newsdesk.analyze.triggers import lexicon

    nlp = load_nlp()
    data = {}
    for name, items in sets().items():
        docs = list(nlp.pipe([text for _, text in items]))
        tops = []
        for doc in docs:
            events = E.extract_events(doc, [], None, require_actors=False)
            tops.append(max(events, key=lambda e: e["confidence"]) if events else None)
        data[name] = (docs, [kind for kind, _ in items], tops, np.asarray(embed([d.text for d in docs])))

    print("1. classifier over sentence embeddings (accuracy of top-1 type)")
    for trained_on in (("own studied", "cameo study"), ("own studied", "cameo study", "gold dev")):
        clf = LogisticRegression(max_iter=2000, C=4.0).fit(
            np.vstack([data[n][3] for n in trained_on]), sum((data[n][1] for n in trained_on), []))
        print(f"   trained on {', '.join(trained_on)}:")
        for name, (docs, gold, tops, X) in data.items():
            proba = clf.predict_proba(X)
            pred = [clf.classes_[i] for i in proba.argmax(1)]
            ours = [B.gsr_type(t) if t else None for t in tops]
            both = [p if (c >= 0.5 or o is None) else o for p, c, o in zip(pred, proba.max(1), ours)]
            acc = [sum(x == g for x, g in zip(xs, gold)) / len(gold) for xs in (ours, pred, both)]
            print(f"     {name:12s} n={len(gold):3d} ours {acc[0]:.3f}  classifier {acc[1]:.3f}  combined {acc[2]:.3f}")

    print("2. zero-shot by codebook description, on sentences whose top event is a bare verb default")
    codes = []
    with CODEBOOK.open(encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            if len(row["code"]) >= 3 and not row["code"].startswith("01"):
                codes.append((row["code"], f"{row['name']}. {row['description'] if row['description'] != 'NA' else ''}"))
    C = np.asarray(embed([text for _, text in codes]))
    for name, (docs, gold, tops, _) in data.items():
        c = Counter()
        for doc, kind, top in zip(docs, gold, tops):
            if top is None:
                continue
            _, thin, _ = E._candidates(next(doc.sents))
            token = next((t for t in doc if t.text == top["cue"]), None)
            if token is None or thin.get(token.i) != "default":
                continue
            best = codes[int((C @ np.asarray(embed([verb_phrase(token)]))[0]).argmax())][0]
            c["n"] += 1
            c["ours"] += B.gsr_type(top) == kind
            c["zero-shot"] += B.gsr_type({"cameo": best, "type": lexicon().plover_type(best)}) == kind
        print(f"   {name:12s} bare defaults {c['n']:3d}: ours right {c['ours']}, zero-shot right {c['zero-shot']}")


if __name__ == "__main__":
    main()
