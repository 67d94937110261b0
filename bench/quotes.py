"""Attribution quality on PolNeAR (../shared/eval/quotes/polnear): ours vs textacy's
direct_quotations.

A predicted quote matches a gold Content span when they overlap by at least half of the
shorter one (one-to-one, greedy). Speaker accuracy is over matches: the predicted speaker
span overlaps the gold Source span, or resolves to the same entity. First annotator's file
per text (the lowest annotator id in sort order).

    .venv/bin/python -m bench.quotes [--split dev] [--limit N] [--show N] [--cache DIR]

--cache DIR keeps the parsed texts (a spaCy DocBin per split and limit) so that a rule change
is scored without parsing again; the rules then run on the stored parses, as analyze does
(remove the folder after a model change; "seconds" then counts the rules only).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes" / "polnear"


def load_split(split: str, limit: int | None = None) -> list[dict]:
    base = POLNEAR / split
    anns = sorted(p.name for p in (base / "attributions").glob("*.ann"))
    docs = []
    for path in sorted((base / "text").glob("*.txt")):
        first = next((a for a in anns if a.rsplit("_", 1)[0] == path.stem), None)
        if first is None:
            continue
        docs.append({"name": path.stem, "text": path.read_text(encoding="utf-8"),
                     "gold": parse_ann((base / "attributions" / first).read_text("utf-8"))})
        if limit and len(docs) >= limit:
            break
    return docs


def _span(offsets: str) -> tuple[int, int]:
    parts = [tuple(map(int, p.split())) for p in offsets.split(";")]
    return min(p[0] for p in parts), max(p[1] for p in parts)


def parse_ann(ann: str) -> list[dict]:
    """Attributions as {content: (s, e), source: (s, e) | None}."""
    spans, events = {}, []
    for line in ann.splitlines():
        if line.startswith("T") and line.count("\t") >= 2:  # span texts may hold newlines
            tid, rest, _text = line.split("\t", 2)
            label, offsets = rest.split(" ", 1)
            spans[tid] = (label, _span(offsets))
        elif line.startswith("E"):
            events.append(dict(arg.split(":", 1) for arg in line.split("\t")[1].split()))
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None:
            continue
        source = spans.get(ev.get("Source", ""))
        out.append({"content": content[1], "source": source[1] if source else None})
    return out


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    pairs = []
    for p in pred:
        for g in gold:
            o = overlap(p["span"], g["content"])
            shorter = min(p["span"][1] - p["span"][0], g["content"][1] - g["content"][0])
            if shorter > 0 and o * 2 >= shorter:
                pairs.append((o, id(p), id(g), p, g))
    pairs.sort(key=lambda t: -t[0])
    used_p, used_g, out = set(), set(), []
    for _, ip, ig, p, g in pairs:
        if ip in used_p or ig in used_g:
            continue
        used_p.add(ip)
        used_g.add(ig)
        out.append((p, g))
    return out


def speaker_ok(p: dict, g: dict, canonical_at) -> bool:
    if g["source"] is None or p["speaker"] is None:
        return False
    if overlap(p["speaker"], g["source"]) > 0:
        return True
    gold_entity = canonical_at(g["source"])
    return gold_entity is not None and gold_entity == p.get("canonical")


def score(docs, predictions) -> dict:
    n_pred = n_gold = n_match = n_spk = n_spk_total = 0
    for doc, (preds, canonical_at) in zip(docs, predictions):
        pairs = match(preds, doc["gold"])
        n_pred += len(preds)
        n_gold += len(doc["gold"])
        n_match += len(pairs)
        for p, g in pairs:
            if g["source"] is None:
                continue
            n_spk_total += 1
            n_spk += speaker_ok(p, g, canonical_at)
    prec = n_match / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
            "speaker_accuracy": round(n_spk / n_spk_total, 3) if n_spk_total else 0.0,
            "predicted": n_pred, "gold": n_gold, "matched": n_match}


def analyze_cached(texts: list[str], path: Path) -> list[dict]:
    """analyze_texts, with the model's parses read from (or first written to) a DocBin."""
    from spacy.tokens import DocBin

    from newsdesk.analyze.nlp import load_nlp
    from newsdesk.analyze.pipeline import SHORT_TEXT, analyze_doc, detect_language, empty_result

    nlp = load_nlp()
    languages_path = path.with_suffix(".languages.json")
    if path.exists() and languages_path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        languages = json.loads(languages_path.read_text())
    else:
        languages = [detect_language(t) for t in texts]
        docs = list(nlp.pipe((t[:nlp.max_length] for t in texts), batch_size=32))
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
        languages_path.write_text(json.dumps(languages))
    if len(docs) != len(texts):
        raise SystemExit(f"{path} holds {len(docs)} parses for {len(texts)} texts: remove it")
    out = []
    for text, doc, lang in zip(texts, docs, languages):
        english = text.strip() and (lang in ("en", None) or len(text) < SHORT_TEXT)
        out.append(analyze_doc(doc, None, lang, text=text[:nlp.max_length]) if english
                   else empty_result(lang))
    return out


def predict_ours(docs, cache: Path | None = None) -> list:
    from newsdesk.analyze.pipeline import analyze_texts

    texts = [d["text"] for d in docs]
    results = analyze_cached(texts, cache) if cache is not None else analyze_texts(texts)
    out = []
    for doc, result in zip(docs, results):
        preds = [{"span": (q["start"], q["end"]),
                  "speaker": (q["speaker_start"], q["speaker_end"])
                  if q["speaker_start"] is not None else None,
                  "canonical": q.get("speaker_canonical")} for q in result["quotes"]]
        mentions = result["entities"]

        def canonical_at(span, mentions=mentions):
            hits = [m for m in mentions if overlap((m["start"], m["end"]), span) > 0]
            return hits[-1]["canonical"] if hits else None

        out.append((preds, canonical_at))
    return out


def predict_textacy(docs) -> list:
    from textacy.extract.triples import direct_quotations

    from newsdesk.analyze.nlp import load_nlp

    nlp = load_nlp()
    out = []
    for doc in nlp.pipe([d["text"] for d in docs], batch_size=32):
        preds = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # textacy bails out on an odd number of quotation marks
            triples = []
        for triple in triples:
            content = triple.content
            speaker = triple.speaker
            preds.append({
                "span": (content.start_char, content.end_char),
                "speaker": (min(t.idx for t in speaker),
                            max(t.idx + len(t.text) for t in speaker)) if speaker else None,
                "canonical": None})
        out.append((preds, lambda span: None))
    return out


def show_errors(docs, predictions, n: int) -> None:
    """Print missed gold and false predictions of the first n documents (for development)."""
    for doc, (preds, canonical_at) in list(zip(docs, predictions))[:n]:
        text = doc["text"]
        pairs = match(preds, doc["gold"])
        matched_p = {id(p) for p, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        print("=" * 30, doc["name"])
        for g in doc["gold"]:
            if id(g) not in matched_g:
                s = g["source"]
                print("MISS:", repr(text[g["content"][0]:g["content"][1]][:150]), "|",
                      text[s[0]:s[1]] if s else None)
        for p in preds:
            if id(p) not in matched_p:
                print("FALSE:", repr(text[p["span"][0]:p["span"][1]][:150]))
        for p, g in pairs:
            s = g["source"]
            if s and not speaker_ok(p, g, canonical_at):
                sp = p["speaker"]
                print("SPK:", repr(text[p["span"][0]:p["span"][1]][:60]), "| gold",
                      text[s[0]:s[1]], "| ours", text[sp[0]:sp[1]] if sp else None,
                      p.get("canonical"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0, help="print errors of the first N texts")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--cache", type=Path, default=None,
                    help="folder for the parsed texts (DocBin), reused by later runs")
    args = ap.parse_args(argv)
    docs = load_split(args.split, args.limit)
    report = {"split": args.split, "texts": len(docs),
              "attributions": sum(len(d["gold"]) for d in docs)}
    t = time.perf_counter()
    cache = None
    if args.cache is not None:
        cache = args.cache / f"polnear-{args.split}-{args.limit or 'all'}.spacy"
    ours = predict_ours(docs, cache)
    report["newsdesk"] = score(docs, ours) | {"seconds": round(time.perf_counter() - t, 1)}
    if not args.no_baseline:
        t = time.perf_counter()
        base = predict_textacy(docs)
        report["textacy_direct_quotations"] = score(docs, base) | {
            "seconds": round(time.perf_counter() - t, 1)}
    if args.show:
        show_errors(docs, ours, args.show)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
