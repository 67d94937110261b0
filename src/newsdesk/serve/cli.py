"""The ``newsdesk`` command. Imports are lazy: ``newsdesk --help`` loads no model or library.

Each command is a small function ``cmd_NAME(args, ctx)``; errors from the error tree become
one line on stderr and an exit code (``errors.EXIT_CODES``), never a traceback.
Commands of later features live in their own modules, listed in ``COMMAND_MODULES``; each has
``register(subparsers, common)``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

COMMAND_MODULES: list[str] = ["newsdesk.serve.cli_admin", "newsdesk.serve.cli_stories", "newsdesk.serve.cli_web", "newsdesk.serve.cli_analyze"]


class Context:
    """What a command needs: settings and (opened on first use) the store."""

    def __init__(self, args):
        self.args = args
        self._config = None
        self._store = None

    @property
    def config(self):
        if self._config is None:
            from ..config import Config

            self._config = Config(db=getattr(self.args, "db", None))
        return self._config

    @property
    def store(self):
        if self._store is None:
            from ..store import Store

            self._store = Store(self.config.db)
        return self._store

    def close(self):
        if self._store is not None:
            self._store.close()


def _now(value: str | None) -> datetime | None:
    if not value:
        return None
    from ..sources.dates import to_utc_iso

    iso = to_utc_iso(value)
    if iso is None:
        raise SystemExit(f"newsdesk: error: --now {value!r} is not a date (use ISO 8601)")
    return datetime.fromisoformat(iso)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def progress(items, description: str, total: int | None = None):
    """A progress bar on stderr for long work (only on a terminal)."""
    items = list(items)
    if not sys.stderr.isatty() or len(items) < 2:
        yield from items
        return
    from rich.progress import track

    yield from track(items, description=description, total=total or len(items), console=None,
                     transient=True)


# ---- commands -------------------------------------------------------------------------------

def cmd_ingest(args, ctx) -> int:
    from ..ingest.pipeline import ingest_source
    from ..models import IngestReport
    from ..priority import lower_priority

    lower_priority(ctx.config.ingest_nice)  # batch work: the reader goes first

    total = IngestReport()
    now = _now(args.now)
    for source in progress(args.sources, "Ingesting"):
        report = ingest_source(ctx.store, source, ctx.config, now=now)
        total.merge(report)
        for w in report.warnings:
            print(f"warning: {w}", file=sys.stderr)
        for e in report.errors:
            print(f"error: {e}", file=sys.stderr)
    print(f"{total.added} added ({total.duplicates} linked as copies of another outlet's article), "
          f"{total.updated} updated, {total.unchanged} unchanged, {len(total.errors)} failed")
    return 3 if total.errors and not total.article_ids else 0


def cmd_extract(args, ctx) -> int:
    from ..errors import NewsdeskError
    from ..extract.html import extract_article
    from ..ingest.pipeline import read_file

    failed = 0
    for path in args.files:
        try:
            data, warnings = read_file(path, ctx.config.max_file_bytes)
            for w in warnings:
                print(f"warning: {w}", file=sys.stderr)
            a = extract_article(data, url=args.url)
        except NewsdeskError as e:
            print(f"error: {path}: {e.one_line()}", file=sys.stderr)
            failed += 1
            continue
        _print_json({"path": path, "url": a.url, "title": a.title, "text": a.text,
                     "byline": a.byline, "published": a.published, "language": a.language,
                     "source": a.outlet or a.domain})
    return 3 if failed == len(args.files) else 0


def _article_row(a) -> dict:
    return {"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet, "domain": a.domain,
            "published": a.published, "language": a.language, "duplicate_of": a.duplicate_of}


def cmd_articles(args, ctx) -> int:
    articles = ctx.store.list_articles(limit=args.limit)
    if args.json:
        _print_json([_article_row(a) for a in articles])
        return 0
    for a in articles:
        when = (a.published or "")[:16].replace("T", " ")
        outlet = a.outlet or "-"
        dup = f"  (copy of {a.duplicate_of})" if a.duplicate_of else ""
        print(f"{a.id:>6}  {when:16}  {outlet[:18]:18}  {a.title}{dup}")
    return 0


def cmd_show(args, ctx) -> int:
    a = ctx.store.get_article(args.id)
    if args.json:
        data = a.to_dict()
        data.pop("minhash", None)
        data["duplicates"] = ctx.store.duplicates_of(a.id)
        data["analysis"] = ctx.store.get_analysis(a.id)
        _print_json(data)
        return 0
    print(a.title)
    meta = " · ".join(x for x in [a.outlet, a.published, a.byline, a.language] if x)
    if meta:
        print(meta)
    if a.url:
        print(a.url)
    print()
    print(a.text)
    analysis = ctx.store.get_analysis(a.id)
    if analysis:
        from .cli_analyze import print_analysis

        print_analysis(analysis)
    return 0


def cmd_feeds_add(args, ctx) -> int:
    from ..ingest.urls import canonical_url

    for url in args.urls:
        feed, created = ctx.store.add_feed(canonical_url(url), interval=args.interval)
        print(f"{'added' if created else 'already subscribed'}: {feed.id} {feed.url}")
    return 0


def cmd_feeds_list(args, ctx) -> int:
    feeds = ctx.store.list_feeds()
    if args.json:
        _print_json([f.to_dict() for f in feeds])
        return 0
    for f in feeds:
        state = f"error x{f.error_count}: {f.last_error}" if f.error_count else (
            f"ok ({f.last_status})" if f.last_status else "not polled yet")
        print(f"{f.id:>4}  {f.title or '-':30.30}  {f.url}  [{state}; next {f.next_poll or 'now'}]")
    return 0


def cmd_feeds_remove(args, ctx) -> int:
    for ref in args.feeds:
        feed = ctx.store.find_feed(ref)
        ctx.store.remove_feed(feed.id)
        print(f"removed: {feed.id} {feed.url}")
    return 0


def cmd_opml_import(args, ctx) -> int:
    from ..ingest.pipeline import read_file
    from ..sources.opml import parse_opml

    data, _ = read_file(args.file, ctx.config.max_file_bytes)
    added = existing = 0
    for outline in parse_opml(data):
        _feed, created = ctx.store.add_feed(outline["url"], title=outline.get("title"),
                                            site_url=outline.get("site_url"),
                                            category=outline.get("category"))
        added += created
        existing += not created
    print(f"{added} feeds added, {existing} already subscribed")
    return 0


def cmd_opml_export(args, ctx) -> int:
    from ..sources.opml import export_opml

    text = export_opml(ctx.store.list_feeds())
    if args.output and args.output != "-":
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


def cmd_run(args, ctx) -> int:
    from ..ingest.scheduler import run_scheduler
    from ..priority import lower_priority

    lower_priority(ctx.config.ingest_nice)

    return run_scheduler(ctx.store, ctx.config, once=args.once)


def cmd_config(args, ctx) -> int:
    for name, value, help_text in ctx.config.items():
        print(f"{name:24} {value!s:40} {help_text}")
    return 0


def cmd_serve(args, ctx) -> int:
    from .web import serve

    return serve(ctx, host=args.host, port=args.port)


# ---- parser ---------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: otherwise the subcommand's own (absent) --db resets one given before it.
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: $NEWSDESK_DB, else "
                             "~/.local/share/newsdesk/newsdesk.db)")
    parser = argparse.ArgumentParser(
        prog="newsdesk", parents=[common],
        description="A self-hosted news desk: ingest, understand, cluster and read the news.",
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="ingest files or URLs (feeds, pages, "
                       "page dumps, JSON Lines records)")
    p.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--now", help="reference time for relative times such as 'an hour ago' "
                   "(default: the file's modification time)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", parents=[common], help="extract article text and metadata from "
                       "HTML files, as JSON Lines")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--url", help="the URL the page came from")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("articles", parents=[common], help="list stored articles")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=None)
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", parents=[common], help="show one article")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    feeds = sub.add_parser("feeds", parents=[common], help="manage feed subscriptions")
    fsub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    p = fsub.add_parser("add", parents=[common], help="subscribe to feeds")
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--interval", type=int, help="seconds between polls")
    p.set_defaults(func=cmd_feeds_add)
    p = fsub.add_parser("list", parents=[common], help="list subscriptions and their state")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_feeds_list)
    p = fsub.add_parser("remove", parents=[common], help="unsubscribe (stored articles stay)")
    p.add_argument("feeds", nargs="+", metavar="ID_OR_URL")
    p.set_defaults(func=cmd_feeds_remove)

    opml = sub.add_parser("opml", parents=[common], help="import or export subscriptions as OPML")
    osub = opml.add_subparsers(dest="opml_command", metavar="ACTION", required=True)
    p = osub.add_parser("import", parents=[common], help="subscribe to the feeds of an OPML file")
    p.add_argument("file")
    p.set_defaults(func=cmd_opml_import)
    p = osub.add_parser("export", parents=[common], help="write subscriptions as OPML")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_opml_export)

    p = sub.add_parser("run", parents=[common], help="poll due feeds on their schedule until stopped")
    p.add_argument("--once", action="store_true", help="poll the due feeds once and exit")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("config", parents=[common], help="show settings (secrets masked)")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("serve", parents=[common], help="serve the reader")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(func=cmd_serve)

    import importlib

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    import sqlite3

    from ..errors import NewsdeskError, exit_code

    ctx = Context(args)
    try:
        return args.func(args, ctx) or 0
    except NewsdeskError as e:
        print(f"newsdesk: error: {e.one_line()}", file=sys.stderr)
        return exit_code(e)
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except sqlite3.DatabaseError as e:
        # A file damaged after it opened: one line pointing at the fix, not a traceback.
        print(f"newsdesk: error: the database {ctx.config.db} is damaged or unreadable ({e}) "
              "(run 'newsdesk check'; restore from a backup)", file=sys.stderr)
        return 6
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()
