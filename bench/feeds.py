"""Feeds robustness: every feed of the feedparser test suite and of rss-parser's real feeds
through our ingest (articles_from_feed, then store_and_process into a temporary store).

    .venv/bin/python -m bench.feeds [--no-stages] [--json FILE]

Each file ends as one of: ok (articles, no warning), warned (read, with warnings: ill-formed
XML, entity declarations removed, ...), rejected (our error tree: not a feed at all) or crashed
(any other exception: a bug). Nothing is fetched (fetcher=None), so no network is touched.
``--no-stages`` stores without the post-store stages (embeddings, stories), which take most
of the time and are not what this measures; the test suite runs it that way.
Prints a markdown summary with the reasons grouped; exits 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEEDS = ROOT.parent / "shared" / "eval" / "feeds"
SETS = {
    "feedparser-tests": FEEDS / "feedparser-tests" / "tests",
    "rss-parser-feeds": FEEDS / "rss-parser-feeds" / "test" / "input",
}
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


@dataclass
class Outcome:
    files: int = 0
    ok: int = 0
    warned: int = 0
    rejected: int = 0
    crashed: int = 0
    articles: int = 0
    rejected_reasons: Counter = field(default_factory=Counter)
    warning_reasons: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {k: (dict(v.most_common()) if isinstance(v, Counter) else v)
                for k, v in self.__dict__.items()}


def feed_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "SOURCE.txt")


def reason(message: str, name: str) -> str:
    """A message without the file name and positions, so that like groups with like."""
    text = message.replace(name, "").lstrip(": ")
    text = re.sub(r"<unknown>:\d+:\d+: ", "", text)
    text = re.sub(r"line \d+, column \d+", "line N, column N", text)
    text = re.sub(r"https?://\S+", "URL", text)
    text = re.sub(r"document declared as [^,]+, but parsed as [\w-]+", "document declared as X, but parsed as Y", text)
    return text[:120]


def ingest_all(files: list[Path], stages: bool = True) -> Outcome:
    """Run every file through our ingest into one temporary store."""
    from newsdesk.config import Config
    from newsdesk.errors import NewsdeskError
    from newsdesk.ingest.dedup import save_articles
    from newsdesk.ingest.pipeline import store_and_process
    from newsdesk.ingest.refresh import articles_from_feed
    from newsdesk.store import Store

    outcome = Outcome()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(env={}, db=f"{tmp}/bench.db", analyze=False)
        with Store(config.db) as store:
            for path in files:
                outcome.files += 1
                name = str(path)
                try:
                    articles, warnings = articles_from_feed(path.read_bytes(), url=None, name=name,
                                                            config=config, fetcher=None, now=NOW)
                    report = (store_and_process(store, articles, config) if stages
                              else save_articles(store, articles))
                except NewsdeskError as e:
                    outcome.rejected += 1
                    outcome.rejected_reasons[reason(e.one_line(), name)] += 1
                    continue
                except Exception as e:  # noqa: BLE001 - counting bugs is the point
                    outcome.crashed += 1
                    outcome.crashes.append(f"{name}: {type(e).__name__}: {e}\n"
                                           + traceback.format_exc(limit=3))
                    continue
                warnings = warnings + report.warnings + report.errors
                outcome.articles += len(articles)
                if warnings:
                    outcome.warned += 1
                    for w in set(reason(w, name) for w in warnings):
                        outcome.warning_reasons[w] += 1
                else:
                    outcome.ok += 1
    outcome.seconds = round(time.perf_counter() - start, 1)
    return outcome


def compare_rss_parser() -> dict:
    """Items per feed and their titles against rss-parser's expected outputs (its own snapshot,
    not human gold: see its SOURCE.txt)."""
    import html as html_lib

    from newsdesk.config import Config
    from newsdesk.ingest.refresh import articles_from_feed

    root = FEEDS / "rss-parser-feeds" / "test"
    config = Config(env={}, analyze=False)
    totals = {"feeds": 0, "expected_items": 0, "our_items": 0, "same_titles": 0, "differ": []}
    for expected_file in sorted((root / "output").glob("*.json")):
        inputs = list((root / "input").glob(expected_file.stem + ".*"))
        if not inputs:
            continue
        expected = json.loads(expected_file.read_bytes().decode("utf-8", errors="replace"))
        items = (expected.get("feed") or expected).get("items") or []
        articles, _ = articles_from_feed(inputs[0].read_bytes(), url=None, name=inputs[0].name,
                                         config=config, fetcher=None, now=NOW)
        same = sum(1 for a, i in zip(articles, items)
                   if _norm(a.title, html_lib) == _norm(i.get("title"), html_lib))
        totals["feeds"] += 1
        totals["expected_items"] += len(items)
        totals["our_items"] += len(articles)
        totals["same_titles"] += same
        if same != len(items) or len(articles) != len(items):
            totals["differ"].append(f"{expected_file.stem}: {len(articles)}/{len(items)} items, "
                                    f"{same} same titles")
    return totals


def _norm(text, html_lib) -> str:
    return " ".join(html_lib.unescape(text or "").split())


def markdown(results: dict[str, Outcome]) -> str:
    lines = ["| feeds | files | ok | warned | rejected | crashed | articles | seconds |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, o in results.items():
        lines.append(f"| {name} | {o.files} | {o.ok} | {o.warned} | {o.rejected} | {o.crashed} "
                     f"| {o.articles} | {o.seconds} |")
    for name, o in results.items():
        if o.rejected_reasons:
            lines += ["", f"Rejected ({name}):", ""]
            lines += [f"- {n} x {r}" for r, n in o.rejected_reasons.most_common()]
        if o.warning_reasons:
            lines += ["", f"Most frequent warnings ({name}):", ""]
            lines += [f"- {n} x {r}" for r, n in o.warning_reasons.most_common(8)]
        for crash in o.crashes[:20]:
            lines += ["", "```", crash.rstrip(), "```"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.feeds", description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--no-stages", action="store_true",
                        help="store without the post-store stages (embeddings, stories)")
    args = parser.parse_args(argv)
    missing = [str(p) for p in SETS.values() if not p.exists()]
    if missing:
        print(f"evaluation data missing: {', '.join(missing)}", file=sys.stderr)
        return 2
    results = {name: ingest_all(feed_files(root), stages=not args.no_stages)
               for name, root in SETS.items()}
    print(f"Feeds robustness, {datetime.now(timezone.utc).date().isoformat()}, "
          f"post-store stages {'off' if args.no_stages else 'on'}\n")
    print(markdown(results))
    compared = compare_rss_parser()
    print(f"\nAgainst rss-parser's expected outputs ({compared['feeds']} feeds): "
          f"{compared['our_items']} items read of {compared['expected_items']} expected, "
          f"{compared['same_titles']} with the same title. Differences:\n")
    print("\n".join(f"- {d}" for d in compared["differ"]))
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"date": datetime.now(timezone.utc).date().isoformat(),
             "results": {k: v.to_dict() for k, v in results.items()},
             "rss_parser_comparison": compared}, indent=1))
    return 1 if any(o.crashed for o in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
