"""Article extraction quality and speed on the scrapinghub article-extraction-benchmark.

    .venv/bin/python -m bench.extraction [--trafilatura-eval] [--repeat N]

Scores our extractor and plain trafilatura (``trafilatura.extract`` with its defaults) on the
same 91 pages in the same run, times both, scores the other tools' stored outputs
(``reference-output/*.json``) with the same metric, and prints a markdown table.

Metric (the benchmark's evaluate.py; tokens lower-cased as in ../shared/README.md): 4-word
shingles over ``\\w+`` tokens, counted as multisets; per page P = |pred∩gold| / |pred| and
R = |pred∩gold| / |gold|; P and R are averaged over pages (a page with an empty prediction
counts for recall only, as in evaluate.py), F1 from the averages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRAPINGHUB = ROOT.parent / "shared" / "eval" / "extraction" / "scrapinghub"
TRAFILATURA_EVAL = ROOT.parent / "shared" / "eval" / "extraction" / "trafilatura-eval"

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4, lower: bool = True) -> Counter:
    """The multiset of n-word shingles; a text shorter than n words is one short shingle."""
    tokens = _TOKEN.findall((text or "").lower() if lower else (text or ""))
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def page_counts(gold: str, pred: str, lower: bool = True) -> tuple[float, float, float]:
    """(tp, fp, fn) shingle counts for one page."""
    g, p = shingles(gold, lower=lower), shingles(pred, lower=lower)
    tp = sum((g & p).values())
    return float(tp), float(sum(p.values()) - tp), float(sum(g.values()) - tp)


def score_counts(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Macro precision, recall and F1 over pages, as evaluate.py computes them."""
    def ratio(a: float, b: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return a / b if b else 0.0

    precision = statistics.mean([ratio(tp, tp + fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
                                or [0.0])
    recall = statistics.mean([ratio(tp, tp + fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0]
                             or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score(gold: dict[str, str], pred: dict[str, str], lower: bool = True) -> dict[str, float]:
    """Score predictions (page id -> text) against gold bodies; a missing page counts as empty."""
    return score_counts([page_counts(gold[k], pred.get(k) or "", lower) for k in gold])


def load_scrapinghub(root: Path = SCRAPINGHUB) -> list[tuple[str, bytes, str, str]]:
    """(page id, html bytes, url, gold body) for every page of the benchmark."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, html, truth[key].get("url") or "", truth[key].get("articleBody") or ""))
    return pages


def extract_ours(html: bytes, url: str | None) -> str:
    from newsdesk.errors import EmptyInputError
    from newsdesk.extract.html import extract_article

    try:
        return extract_article(html, url=url or None).text
    except EmptyInputError:
        return ""


def extract_plain_trafilatura(html: bytes, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url or None) or ""


def run_both(pages, extractors: dict, repeat: int = 1) -> tuple[dict, dict]:
    """Predictions and total seconds per extractor. Extractors alternate page by page so
    load on the shared machine falls on both alike; the best of ``repeat`` runs is kept."""
    preds: dict[str, dict[str, str]] = {name: {} for name in extractors}
    best: dict[str, float] = {name: float("inf") for name in extractors}
    for _ in range(repeat):
        spent = {name: 0.0 for name in extractors}
        for i, (key, html, url, _gold) in enumerate(pages):
            names = list(extractors) if i % 2 == 0 else list(reversed(extractors))
            for name in names:
                start = time.perf_counter()
                preds[name][key] = extractors[name](html, url)
                spent[name] += time.perf_counter() - start
        best = {name: min(best[name], spent[name]) for name in extractors}
    return preds, best


def score_references(root: Path, gold: dict[str, str]) -> dict[str, dict[str, float]]:
    out = {}
    for path in sorted((root / "reference-output").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[path.stem] = score(gold, {k: (v or {}).get("articleBody", "") for k, v in data.items()})
    return out


def trafilatura_eval_pages(root: Path = TRAFILATURA_EVAL) -> list[tuple[str, dict, Path]]:
    """(url, evaldata item, gzipped HTML path) of the trafilatura-eval pages whose HTML is here."""
    out = []
    for url, item in json.loads((root / "evaldata.json").read_text(encoding="utf-8")).items():
        path = root / "eval" / f"{item['file']}.gz"
        if not path.exists():
            path = root / "cache" / f"{item['file']}.gz"
        if path.exists():
            out.append((url, item, path))
    return out


def check_trafilatura_eval(extract, root: Path = TRAFILATURA_EVAL) -> dict[str, float]:
    """The trafilatura-eval check: must-contain snippets found (recall), must-not-contain
    snippets found (false positives), over whitespace-normalised text."""
    tp = fn = fp = tn = pages = 0
    seconds = 0.0
    for url, item, path in trafilatura_eval_pages(root):
        html = gzip.decompress(path.read_bytes())
        start = time.perf_counter()
        text = " ".join(extract(html, url).split())
        seconds += time.perf_counter() - start
        pages += 1
        for snippet in item.get("with", []):
            if " ".join(snippet.split()) in text:
                tp += 1
            else:
                fn += 1
        for snippet in item.get("without", []):
            if " ".join(snippet.split()) in text:
                fp += 1
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "accuracy": (tp + tn) / max(1, tp + tn + fp + fn), "pages": pages, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="timing runs; the best is kept")
    parser.add_argument("--trafilatura-eval", action="store_true",
                        help="also run the 990-page trafilatura-eval snippet check (slow)")
    args = parser.parse_args(argv)
    if not (SCRAPINGHUB / "ground-truth.json").exists():
        print(f"evaluation data {SCRAPINGHUB} is absent", file=sys.stderr)
        return 2
    pages = load_scrapinghub()
    gold = {key: body for key, _h, _u, body in pages}
    extractors = {"newsdesk (ours)": extract_ours, "trafilatura 2.3.1 (plain extract)": extract_plain_trafilatura}
    # Warm up imports and one-time tables (langdetect's profiles) for both, outside the timing.
    from newsdesk.extract.html import guess_language

    guess_language("The profiles of the language detector load once per process.")
    extract_ours(pages[0][1], pages[0][2])
    extract_plain_trafilatura(pages[0][1], pages[0][2])
    preds, seconds = run_both(pages, extractors, args.repeat)
    rows = [(name, score(gold, preds[name]), len(pages) / seconds[name]) for name in extractors]
    rows += [(f"{name} (stored output)", s, None) for name, s in score_references(SCRAPINGHUB, gold).items()]
    print(f"{len(pages)} pages, {date_utc()}\n")
    print("| extractor | precision | recall | F1 | pages/s |")
    print("|---|---|---|---|---|")
    for name, s, speed in sorted(rows, key=lambda r: -r[1]["f1"]):
        print(f"| {name} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | "
              f"{f'{speed:.1f}' if speed else '-'} |")
    ours, plain = seconds["newsdesk (ours)"], seconds["trafilatura 2.3.1 (plain extract)"]
    print(f"\ntime ours / plain trafilatura: {ours:.2f} s / {plain:.2f} s = {ours / plain:.2f}x")
    if args.trafilatura_eval:
        print("\ntrafilatura-eval snippet check (must-contain / must-not-contain snippets):\n")
        print("| extractor | pages | precision | recall | F1 | accuracy | pages/s |")
        print("|---|---|---|---|---|---|---|")
        for name, fn in extractors.items():
            s = check_trafilatura_eval(fn)
            print(f"| {name} | {s['pages']} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | "
                  f"{s['accuracy']:.4f} | {s['pages'] / s['seconds']:.1f} |")
    return 0


def date_utc() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


if __name__ == "__main__":
    raise SystemExit(main())
