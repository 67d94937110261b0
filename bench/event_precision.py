"""How many of the events newsdesk stores for real articles are right, judged by a reader.

The PLOVER gold (bench.events) asks for each sentence's best event; an article's event list is a
different question: every event kept must be real. No gold exists for that, so a change to the
event filter is judged by hand, blind: events of the coder before and after the change are sorted
into kept (both), dropped (before only) and added (after only); a random sample of each is shuffled
into one list without its stratum and judged right or wrong; precision before and after is the
stratum-weighted mean.

    .venv/bin/python -m bench.event_precision                    # report from the stored judgements
    .venv/bin/python -m bench.event_precision --events FILE      # write this coder's events (JSON)
    .venv/bin/python -m bench.event_precision --sample BEFORE AFTER DIR [--seed N]   # blind sample to judge

Texts: the articles of ../shared/eval/stories/news-cluster.jsonl (news of all kinds: politics,
sport, space, business) and the 84 texts of ../shared/eval/quotes/polnear/dev (US politics).
Judgements: tests/data/event_judgements.tsv, one line per judged event (a hash of sentence, code
and cue; no text of the data), its round (one change judged), stratum and verdict. The report says
how many judged events the current coder still produces as it did when judged: when a later change
makes that fall, the figures of that round are stale.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
JUDGED = ROOT / "tests" / "data" / "event_judgements.tsv"
PLOVER_TABLE = EVAL / "events" / "CAMEO2PLOVER-2021.txt"


def texts() -> list[str]:
    from bench.corpus import news_cluster_records

    out = [r.get("text") or "" for r in news_cluster_records()]
    out += [p.read_text(encoding="utf-8") for p in sorted((EVAL / "quotes" / "polnear" / "dev" / "text").glob("*.txt"))]
    return out


def event_key(sentence: str, cameo: str, cue: str) -> str:
    return hashlib.sha1(f"{' '.join(sentence.split())}|{cameo}|{cue}".encode()).hexdigest()[:16]


def current_events() -> list[dict]:
    from newsdesk.analyze.pipeline import analyze_texts

    docs = texts()
    out = []
    for n, (text, result) in enumerate(zip(docs, analyze_texts(docs))):
        for e in result["events"]:
            sentence = " ".join(text[e["start"]:e["end"]].split())
            out.append({"doc": n, "sentence": sentence, "cameo": e["cameo"], "cue": e["cue"],
                        "source": (e["source"] or {}).get("text"), "target": (e["target"] or {}).get("text"),
                        "source_code": (e["source"] or {}).get("code"),
                        "target_code": (e["target"] or {}).get("code"),
                        "key": event_key(sentence, e["cameo"], e["cue"])})
    return out


def sample(before: Path, after: Path, out_dir: Path, sizes=(("kept", 60), ("dropped", 60), ("added", 40)),
           seed: int = 20261130) -> None:
    """A shuffled list to judge (sample.tsv, no strata) and its key (strata.json, not for the judge)."""
    def ident(e: dict) -> tuple:
        return e["doc"], e["key"], e["source_code"], e["target_code"]

    old = {ident(e): e for e in json.loads(before.read_text())}
    new = {ident(e): e for e in json.loads(after.read_text())}
    strata = {"kept": [new[k] for k in new if k in old], "dropped": [old[k] for k in old if k not in new],
              "added": [new[k] for k in new if k not in old]}
    names = {}
    for line in PLOVER_TABLE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*[^#]*#\s*(.*)$", line)
        if m:
            names[m.group(1)] = m.group(2).strip()
    rng = random.Random(seed)
    rows = [(name, e) for name, n in sizes for e in rng.sample(strata[name], min(n, len(strata[name])))]
    rng.shuffle(rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "sample.tsv").open("w", encoding="utf-8") as f:
        f.write("id\tcameo\tcameo_name\tsource\ttarget\tcue\tsentence\n")
        for i, (_, e) in enumerate(rows):
            code = e["cameo"]
            name = names.get(code) or names.get(code[:3]) or names.get(code[:2]) or ""
            cells = [str(i), code, name, str(e["source"]), str(e["target"]), e["cue"], e["sentence"]]
            f.write("\t".join(" ".join(cell.split()) for cell in cells) + "\n")
    (out_dir / "strata.json").write_text(json.dumps({
        "sizes": {k: len(v) for k, v in strata.items()},
        "rows": [{"id": i, "stratum": s, "key": e["key"]} for i, (s, e) in enumerate(rows)]}))
    print(f"{len(rows)} events to judge in {out_dir / 'sample.tsv'}; strata {({k: len(v) for k, v in strata.items()})}")


def load_judgements(path: Path = JUDGED) -> tuple[dict, list[tuple[str, str, str, int]]]:
    """Strata sizes per round, and (key, round, stratum, verdict) per judged event."""
    sizes, rows = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sizes "):
            name, value = line[len("# sizes "):].split(":", 1)
            sizes[name.strip()] = json.loads(value)
        elif line.strip() and not line.startswith(("#", "key\t")):
            key, round_, stratum, verdict = line.split("\t")[:4]
            rows.append((key, round_, stratum, int(verdict)))
    return sizes, rows


def pooled(events: list[dict], rows: list[tuple[str, str, str, int]]) -> dict:
    """The current coder's events that any round judged (each counted once, by its first verdict): a
    pooled estimate of today's precision, and how often judges agreed on an event judged twice."""
    produced = {e["key"] for e in events}
    verdicts: dict[str, list[int]] = {}
    for key, _, _, verdict in rows:
        if key in produced:
            verdicts.setdefault(key, []).append(verdict)
    right = sum(v[0] for v in verdicts.values())
    twice = [v for v in verdicts.values() if len(v) > 1]
    n = len(verdicts)
    p = right / n if n else 0.0
    return {"events": n, "right": right, "precision": round(p, 3),
            "ci95": round(1.96 * (p * (1 - p) / n) ** 0.5, 3) if n else None,
            "judged_twice": len(twice), "judges_agreed": sum(1 for v in twice if len(set(v)) == 1)}


def report(events: list[dict], path: Path = JUDGED) -> dict:
    """Per round: precision per stratum, before and after (stratum-weighted), the estimated number of
    right events kept, and how many judged events the current coder produces as it did then."""
    all_sizes, all_rows = load_judgements(path)
    produced = {e["key"] for e in events}
    out = {"current_events": len(events), "current_judged": pooled(events, all_rows)}
    for round_, sizes in all_sizes.items():
        rows = [r for r in all_rows if r[1] == round_]
        judged = Counter(s for _, _, s, _ in rows)
        right = Counter(s for _, _, s, v in rows if v)
        p = {s: right[s] / judged[s] if judged[s] else 0.0 for s in sizes}  # a floor adds no events

        def right_events(a: str, b: str) -> float:
            return sizes[a] * p[a] + sizes[b] * p[b]

        before, after = right_events("kept", "dropped"), right_events("kept", "added")
        as_now = sum(1 for k, _, s, _ in rows if (k in produced) == (s != "dropped"))
        out[f"round {round_}"] = {
            "strata": {s: {"events": sizes[s], "judged": judged[s], "right": right[s], "precision": round(p[s], 3)}
                       for s in sizes},
            "events_before": sizes["kept"] + sizes["dropped"], "events_after": sizes["kept"] + sizes["added"],
            "precision_before": round(before / (sizes["kept"] + sizes["dropped"]), 3),
            "precision_after": round(after / (sizes["kept"] + sizes["added"]), 3),
            "right_events_before": round(before), "right_events_after": round(after),
            "judged_as_now": f"{as_now}/{len(rows)}"}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=Path, help="write the current coder's events to this JSON file")
    parser.add_argument("--sample", nargs=3, type=Path, metavar=("BEFORE", "AFTER", "DIR"))
    parser.add_argument("--seed", type=int, default=20261130, help="of the sample (a fresh one per round)")
    args = parser.parse_args(argv)
    if args.sample:
        sample(*args.sample, seed=args.seed)
        return 0
    if not (EVAL / "stories" / "news-cluster.jsonl").exists():
        raise SystemExit(f"{EVAL} is absent: nothing to measure")
    events = current_events()
    if args.events:
        args.events.write_text(json.dumps(events))
        print(f"{len(events)} events written to {args.events}")
        return 0
    print(json.dumps(report(events), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
