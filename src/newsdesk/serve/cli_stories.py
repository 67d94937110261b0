"""CLI commands for stories, related articles and search. Nothing heavy is imported here:
the work happens in ``newsdesk.stories`` when a command runs."""

from __future__ import annotations

import json
import sys


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def cmd_stories(args, ctx) -> int:
    from ..stories.related import article_summary

    store = ctx.store
    stories = store.list_stories(limit=args.limit, min_articles=args.min_articles)
    members = store.story_members([s["id"] for s in stories])
    articles = {a.id: a for a in store.get_articles(
        [aid for ids in members.values() for aid in ids])}
    if args.json:
        _print_json([{"id": s["id"], "title": s["title"], "first_seen": s["first_seen"],
                      "last_seen": s["last_seen"],
                      "articles": [article_summary(articles[a]) for a in members[s["id"]]
                                   if a in articles]} for s in stories])
        return 0
    for s in stories:
        outlets = sorted({articles[a].outlet or articles[a].domain or "-"
                          for a in members[s["id"]] if a in articles})
        print(f"{s['id']:>6}  {s['last_seen'][:16].replace('T', ' ')}  "
              f"{s['article_count']:>3} art.  {s['title']}  [{', '.join(outlets)}]")
    return 0


def cmd_story(args, ctx) -> int:
    from ..stories.views import story_view

    view = story_view(ctx.store, args.id, with_sentences=not args.brief)
    if args.json:
        _print_json(view)
        return 0
    print(view["title"])
    if view["first_report"]:
        fr = view["first_report"]
        print(f"first reported by {fr['outlet']} at {fr['published']}")
    print("outlets: " + ", ".join(f"{o['outlet']} ({o['articles']})" for o in view["outlets"]))
    print("\ntimeline:")
    for a in view["timeline"]:
        print(f"  {(a['published'] or '')[:16].replace('T', ' '):16}  {a['source'] or '-':18.18}  "
              f"{a['title']}  (#{a['id']})")
    if view.get("summary"):
        print("\nsummary:")
        for s in view["summary"]:
            print(f"  - {s['text']}  [#{s['article_id']} {s['start']}-{s['end']}]")
    for add in view.get("adds", []):
        if add["sentences"] and len(view["timeline"]) > 1:
            print(f"\nonly in {add['outlet']} (#{add['article_id']}):")
            for s in add["sentences"][:5]:
                print(f"  - {s['text']}")
    return 0


def cmd_related(args, ctx) -> int:
    from ..stories.related import related_stories

    related = related_stories(ctx.store, args.id, limit=args.limit)
    if args.json:
        _print_json(related)
        return 0
    if not related:
        print("no related stories")
    for r in related:
        a = r["article"] or {}
        print(f"{r['story_id']:>6}  {r['story_title']}  — {r['reason']}  (#{a.get('id')})")
    return 0


def cmd_search(args, ctx) -> int:
    from ..store.search import SearchFilters
    from ..stories.search import render_snippet, search

    filters = SearchFilters(outlet=args.outlet, since=args.since, until=args.until,
                            story=args.story, entity=args.entity, event_type=args.event_type)
    hits = search(ctx.store, args.query, filters, limit=args.limit, mode=args.mode)
    if args.json:
        _print_json([{**h, "snippet": " ".join(render_snippet(h["snippet"]).split())}
                     for h in hits])
        return 0
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    for h in hits:
        print(f"{h['id']:>6}  {(h['published'] or '')[:10]:10}  {h['source'] or '-':18.18}  {h['title']}")
        print(f"        {' '.join(render_snippet(h['snippet'], bold, plain).split())}")
    if not hits:
        print("no results")
    return 0


def cmd_recluster(args, ctx) -> int:
    from ..stories.stages import recluster

    count = recluster(ctx.store)
    print(f"{count} stories from {ctx.store.count_articles()} articles")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("stories", parents=[common], help="list stories (the same event across "
                       "outlets), latest first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--min-articles", type=int, default=1, help="hide smaller stories")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("story", parents=[common], help="one story: timeline, outlets, who was "
                       "first, what each article adds, summary, quotes")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.add_argument("--brief", action="store_true", help="skip the sentence comparison (faster)")
    p.set_defaults(func=cmd_story)

    p = sub.add_parser("related", parents=[common], help="stories related to an article, "
                       "each with its reason")
    p.add_argument("id", type=int, help="article id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=10)
    p.set_defaults(func=cmd_related)

    p = sub.add_parser("search", parents=[common], help="search articles by words and meaning")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--mode", choices=["hybrid", "text", "vector"], default="hybrid")
    p.add_argument("--outlet", help="outlet name or domain")
    p.add_argument("--since", help="from this date (ISO 8601)")
    p.add_argument("--until", help="up to this date (ISO 8601)")
    p.add_argument("--story", type=int, help="only articles of this story")
    p.add_argument("--entity", help="only articles naming this entity")
    p.add_argument("--event-type", help="only articles with this event type (needs analysis)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("recluster", parents=[common], help="rebuild all stories from scratch")
    p.set_defaults(func=cmd_recluster)
