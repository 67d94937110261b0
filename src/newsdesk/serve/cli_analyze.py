"""CLI commands of article analysis: ``analyze`` (files or JSON Lines to JSON Lines) and
``reanalyze`` (recompute stored annotations). Only argparse wiring at import time: spaCy
loads when a command runs."""

from __future__ import annotations

import json
import sys

from ..analyze import quoted_words

BATCH = 64


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _read_text(path: str, limit: int) -> str:
    from ..ingest.pipeline import read_file

    data, _warnings = read_file(path, limit)
    return data.decode("utf-8", errors="replace")


def _jsonl_inputs(path: str, limit: int) -> list[tuple[dict, str]]:
    from ..errors import ParseError

    items = []
    for n, line in enumerate(_read_text(path, limit).splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise ParseError(f"{path}:{n}: expected a JSON object with \"id\" and a \"text\" "
                             "string") from None
        items.append(({"id": record.get("id")}, text))
    return items


def cmd_analyze(args, ctx) -> int:
    from ..analyze.pipeline import analyze_texts
    from ..errors import InputError, NewsdeskError

    if not args.files and not args.jsonl:
        raise InputError("nothing to analyse: give FILE... or --jsonl FILE")
    limit = ctx.config.max_file_bytes
    items: list[tuple[dict, str]] = []
    failed = 0
    if args.jsonl:
        items = _jsonl_inputs(args.jsonl, limit)
    for path in args.files:
        try:
            items.append(({"path": path}, _read_text(path, limit)))
        except NewsdeskError as e:
            print(f"error: {e.one_line()}", file=sys.stderr)
            failed += 1
    from ..analyze.workers import worker_count

    workers = worker_count(ctx.config.analyze_workers)
    for i in range(0, len(items), BATCH):
        chunk = items[i:i + BATCH]
        results = analyze_texts([t for _, t in chunk], workers=workers, nice=ctx.config.ingest_nice)
        for (key, _text), result in zip(chunk, results):
            _print_json(key | result)
    return 3 if failed and not items else 0


def cmd_reanalyze(args, ctx) -> int:
    from ..analyze.stage import reanalyze
    from ..priority import lower_priority

    lower_priority(ctx.config.ingest_nice)

    def report(done, total):
        print(f"{done}/{total} analysed", file=sys.stderr)

    done = reanalyze(ctx.store, ctx.config, everything=args.all,
                     on_batch=report if sys.stderr.isatty() else None)
    print(f"{done} articles analysed")
    return 0


def print_analysis(result: dict) -> None:
    """The human view of an article's analysis, for ``newsdesk show``."""
    seen = {}
    for e in result.get("entities", []):
        key = (e["canonical"], e["kind"])
        seen[key] = seen.get(key, 0) + 1
    if seen:
        print("\nEntities:")
        for (canonical, kind), n in sorted(seen.items(), key=lambda kv: -kv[1]):
            print(f"  {canonical} ({kind}) x{n}")
    if result.get("quotes"):
        print("\nQuotes:")
        for q in result["quotes"]:
            who = q.get("speaker_canonical") or q.get("speaker") or "?"
            mark = '"' if q.get("direct") else "~"
            print(f"  {who}: {mark}{quoted_words(q)}{mark}  [{q['start']}-{q['end']}]")
    if result.get("events"):
        print("\nEvents:")
        for ev in result["events"]:
            src = (ev.get("source") or {}).get("canonical") or (ev.get("source") or {}).get("text")
            tgt = (ev.get("target") or {}).get("canonical") or (ev.get("target") or {}).get("text")
            print(f"  {ev.get('type')} ({ev.get('cameo') or '-'}): {src or '?'} -> {tgt or '?'}"
                  f"  [{ev.get('start')}-{ev.get('end')}]")
    if result.get("summary"):
        print("\nSummary:")
        for s in result["summary"]:
            print(f"  {s['text']}")
    if result.get("keywords"):
        print("\nKeywords: " + ", ".join(result["keywords"]))


def register(sub, common) -> None:
    p = sub.add_parser("analyze", parents=[common], help="analyse plain-text articles: entities, "
                       "quotes, events, summary, as JSON Lines")
    p.add_argument("files", nargs="*", metavar="FILE", help="plain-text files, one article each")
    p.add_argument("--jsonl", metavar="FILE", help='JSON Lines of {"id", "text"}')
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("reanalyze", parents=[common], help="recompute stored annotations made by "
                       "an older analyser")
    p.add_argument("--all", action="store_true", help="recompute every article")
    p.set_defaults(func=cmd_reanalyze)
