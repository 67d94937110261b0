"""Fuzzing the parsers with hypothesis: inputs tried, crashes found, slowest input, memory.

    .venv/bin/python -m bench.fuzz [--examples 2000] [--targets pagedump,records,...] [--seed 1]

Each target takes generated input (random bytes and text, and structured inputs built from
the pieces real ones are made of: dump furniture, feed and HTML tags, record fields, URL
parts) plus the pinned seeds in ``tests/fuzz_corpus``, and checks its contract:

- no exception except the ``errors.NewsdeskError`` tree (``ingest``: no exception at all);
- the result has the promised shape (articles with a headline, URLs idempotent);
- no input takes more than 5 s.

A crash is recorded (type, message, shortest input seen) and the campaign goes on, so one
run counts every distinct crash. The tests (``tests/test_fuzz*.py``) use the same
strategies and targets with few examples. The post-store stages (embedding, clustering) are
switched off for the ``ingest`` target: they are not parsers, and they would make each
input cost a model call.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fuzz_corpus"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
MAX_SECONDS = 5.0
MAX_BYTES = 20_000  # inputs stay small: the point is shape, not size (size limits are tested apart)


# ---- strategies -----------------------------------------------------------------------------

def corpus(kind: str) -> list[bytes]:
    """The pinned seed inputs for one kind, in name order."""
    folder = CORPUS / kind
    return [p.read_bytes() for p in sorted(folder.glob("*")) if p.is_file()] if folder.exists() else []


_text = st.text(max_size=200)
_WORDS = ("the minister said on tuesday that talks would resume after the strike ended and "
          "officials in the city warned of delays while reporters waited outside").split()
_prose = st.lists(st.sampled_from(_WORDS), min_size=15, max_size=120).map(" ".join)


@st.composite
def mutated(draw, seeds: list[bytes], pieces: st.SearchStrategy) -> bytes:
    """A seed with a few pieces spliced in, spans cut out, or its end cut off."""
    data = bytearray(draw(st.sampled_from(seeds)) if seeds else b"")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.integers(0, 2))
        if op == 0:
            data[at:at] = draw(pieces).encode("utf-8", "replace")
        elif op == 1:
            del data[at:at + draw(st.integers(1, 200))]
        else:
            del data[at:]
    return bytes(data)
_line_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
                     max_size=80)

DUMP_LINES = [
    "Related Articles", "Recommended Stories", "More news", "Try Our AI Features",
    "Explore what Ground News can do for you:", "Comments", "Comments (3)", "No comments yet.",
    "Share", "Advertisement", "an hour ago", "2 hours ago", "about 3 days ago", "just now",
    "yesterday", "12 minutes ago", "99999999999999999999 years ago", "France 24", "Le Monde",
    "- France 24", "– LeMonde", "— Reuters", "- ", "Help us improve our AI features",
    "Dear reader, tell us what you think.", "Take the survey", "Read more: elsewhere", "",
]


@st.composite
def dump_texts(draw) -> str:
    """A page dump: lines from real dumps' furniture, relative times, outlets, and noise."""
    lines = draw(st.lists(st.one_of(st.sampled_from(DUMP_LINES), _line_text), max_size=60))
    sep = draw(st.sampled_from(["\n", "\r\n", "\n\n", "\r"]))
    return sep.join(lines)


def _tag(name: str, inner: st.SearchStrategy) -> st.SearchStrategy:
    return inner.map(lambda s: f"<{name}>{s}</{name}>")


_markup_piece = st.one_of(
    _text,
    st.sampled_from([
        "<p>", "</p>", "<div>", "</div>", "<br>", "<script>alert(1)</script>", "<!--", "-->",
        "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#0;", "&#x110000;", "&#99999999;", "&bogus;",
        "<title>", "</title>", "<article>", "</article>", "<meta charset=\"klingon\">",
        "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-16\">",
        '<link rel="canonical" href="//x">', '<link rel="canonical" href="http://[::1">',
        '<meta property="og:url" content="javascript:alert(1)">', "<html>", "<body>", "<head>",
        "<time datetime=\"9999-99-99\">", '<meta name="date" content="0000-00-00">',
        "<table><tr><td>", "<li>", "<h1>", "</h1>", "\x00", "\ufeff", "<svg><foreignObject>",
    ]),
    _tag("p", _text), _tag("h1", _text), _tag("title", _text), _tag("p", _prose),
    _tag("article", _prose.map(lambda s: "<p>" + s.replace(" and ", ".</p><p>And ") + "</p>")),
)


@st.composite
def html_docs(draw) -> bytes:
    pieces = draw(st.lists(_markup_piece, max_size=40))
    prefix = draw(st.sampled_from(["", "<!doctype html>", "<html><body>", "\ufeff<html>"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]))
    return (prefix + "".join(pieces)).encode(encoding, errors="replace")


_feed_piece = st.one_of(
    _text,
    st.sampled_from([
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>", "</link>",
        '<link href="http://a.example/x"/>', "<description>", "</description>", "<pubDate>",
        "</pubDate>", "Mon, 99 Foo 2025 25:61:00 +9999", "<guid>", "</guid>", "<content:encoded>",
        "</content:encoded>", "<![CDATA[<p>hi</p>]]>", "<dc:creator>", "</dc:creator>",
        "<updated>2025-13-45T99:99:99Z</updated>", "<!ENTITY x \"y\">", "&x;", "&amp;", "&lt;",
        '<!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>', "&e;", "<ttl>-5</ttl>",
        "<ttl>99999999999999999999</ttl>", "javascript:alert(1)", "http://[::1", "<language>",
    ]),
)
FEED_HEADS = [
    '<?xml version="1.0"?><rss version="2.0"><channel>', "<rss><channel>",
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">',
    '<?xml version="1.0" encoding="iso-8859-1"?><rss><channel>', "",
]


@st.composite
def feed_docs(draw) -> bytes:
    head = draw(st.sampled_from(FEED_HEADS))
    body = "".join(draw(st.lists(_feed_piece, max_size=40)))
    tail = draw(st.sampled_from(["</channel></rss>", "</feed>", "</rdf:RDF>", ""]))
    return (head + body + tail).encode("utf-8", errors="replace")


_json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                         _text)
_json_value = st.recursive(_json_scalar, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(_text, children, max_size=4)), max_leaves=8)
RECORD_KEYS = ["title", "text", "maintext", "url", "source_domain", "date_publish", "authors",
               "description", "language", "source_name", "outlet", "date_download"]


@st.composite
def json_feed_docs(draw) -> bytes:
    items = draw(st.lists(st.dictionaries(
        st.sampled_from(["id", "url", "title", "content_text", "content_html", "summary",
                         "date_published", "authors", "language"]),
        _json_value, max_size=6), max_size=5))
    doc = {"version": draw(st.sampled_from(["https://jsonfeed.org/version/1.1", 1, None])),
           "title": draw(_json_value), "items": draw(st.sampled_from([items, None, "x", 5]))}
    return json.dumps(doc).encode()


@st.composite
def record_lines(draw) -> str:
    """JSON Lines of news-please records whose fields may hold any JSON value."""
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        choice = draw(st.integers(0, 9))
        if choice == 0:
            lines.append(draw(_line_text))  # not JSON at all
        elif choice == 1:
            lines.append(json.dumps(draw(_json_value)))
        else:
            record = draw(st.fixed_dictionaries(
                {"title": st.one_of(_text, _json_value)},
                optional={k: st.one_of(_text, _json_value) for k in RECORD_KEYS[1:]}))
            record.setdefault("text", draw(_text))
            lines.append(json.dumps(record))
    return "\n".join(lines)


_host = st.one_of(st.from_regex(r"[a-z0-9-]{1,12}(\.[a-z]{2,5}){1,2}", fullmatch=True),
                  st.sampled_from(["[::1]", "[fe80::1%25eth0]", "127.0.0.1", "xn--n3h.example",
                                   "EXAMPLE.COM.", "bücher.de", "[", "a:b:c", "", "@", ":80"]))
_path = st.lists(st.one_of(st.sampled_from(["amp", "..", ".", "", "%2F", "%zz", "a b", "é"]),
                           st.from_regex(r"[A-Za-z0-9._~-]{0,10}", fullmatch=True)),
                 max_size=5).map("/".join)
_query = st.lists(st.tuples(st.sampled_from(["utm_source", "id", "fbclid", "a", "", "amp", "=",
                                             "%26", "ref"]), _text), max_size=4)


@st.composite
def urls(draw) -> str:
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(max_size=80))  # anything at all
    scheme = draw(st.sampled_from(["http", "https", "HTTPS", "ftp", "javascript", "", "mailto"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080", ":0", ":99999", ":abc", ":"]))
    query = "&".join(f"{k}={v}" for k, v in draw(_query))
    fragment = draw(st.sampled_from(["", "#top", "#"]))
    return (f"{scheme}://{draw(_host)}{port}/{draw(_path)}" + (f"?{query}" if query else "")
            + fragment + draw(st.sampled_from(["", " ", "\t", "?"])))


def any_bytes() -> st.SearchStrategy:
    """Bytes of every kind: random, text, and each structured kind, sometimes cut short."""
    whole = st.one_of(
        st.binary(max_size=2000), st.text(max_size=500).map(lambda s: s.encode("utf-8", "replace")),
        dump_texts().map(lambda s: s.encode()), html_docs(), feed_docs(), json_feed_docs(),
        record_lines().map(lambda s: s.encode()),
        mutated(corpus("html") + corpus("feed") + corpus("pagedump") + corpus("records"),
                st.one_of(_markup_piece, _feed_piece, st.sampled_from(DUMP_LINES))),
        st.sampled_from(corpus("bytes") + corpus("feed") + corpus("html") + corpus("pagedump")
                        + corpus("records") or [b""]),
    )
    return st.tuples(whole, st.integers(0, 100)).map(
        lambda t: t[0][: max(1, len(t[0]) * t[1] // 100)] if t[1] < 20 else t[0])


# ---- targets --------------------------------------------------------------------------------

class ContractError(AssertionError):
    """The target returned, but not what it promises."""


# What a target did with an input: made articles (or a URL) of it, or refused it cleanly.
ACCEPTED, REJECTED = "accepted", "rejected"


def _check_articles(articles) -> None:
    from newsdesk.models import Article

    for a in articles:
        if not isinstance(a, Article) or not isinstance(a.title, str) or not a.title.strip():
            raise ContractError(f"an article without a headline: {a!r:.200}")
        for field in ("text", "url", "byline", "published", "outlet", "domain", "language",
                      "description", "fetched"):
            value = getattr(a, field)
            if value is not None and not isinstance(value, str):
                raise ContractError(f"article.{field} is a {type(value).__name__}, not text")


def target_pagedump(text: str) -> None:
    from newsdesk.errors import NewsdeskError
    from newsdesk.sources.pagedump import looks_like_pagedump, parse_pagedump

    if not isinstance(looks_like_pagedump(text), bool):
        raise ContractError("looks_like_pagedump did not answer yes or no")
    try:
        _check_articles(parse_pagedump(text, NOW))
    except NewsdeskError:
        return REJECTED
    return ACCEPTED


def target_detect(data: bytes) -> None:
    from newsdesk.errors import NewsdeskError
    from newsdesk.sources import detect

    try:
        kind = detect.detect_kind(data, "fuzz")
    except NewsdeskError:
        return REJECTED
    if kind not in (detect.FEED, detect.JSONFEED, detect.OPML, detect.PAGE, detect.PAGEDUMP,
                    detect.RECORDS):
        raise ContractError(f"unknown kind {kind!r}")
    return ACCEPTED


def target_records(text: str) -> None:
    from newsdesk.sources.records import parse_records

    outcome = REJECTED
    for _n, article, error in parse_records(text):
        if (article is None) == (error is None):
            raise ContractError("a record line must give an article or an error")
        if article is not None:
            _check_articles([article])
            outcome = ACCEPTED
    return outcome


def target_html(data: bytes) -> None:
    from newsdesk.errors import NewsdeskError
    from newsdesk.extract.html import extract_article

    try:
        article = extract_article(data, url="https://news.example/2025/06/story")
    except NewsdeskError:
        return REJECTED
    _check_articles([article])
    if not article.text.strip():
        raise ContractError("an extracted article with no text")
    return ACCEPTED


def target_feed(data: bytes) -> None:
    from newsdesk.config import Config
    from newsdesk.errors import NewsdeskError
    from newsdesk.ingest.refresh import articles_from_feed

    config = Config(env={}, db=":memory:", analyze=False, fetch_full_text=False)
    try:
        articles, warnings = articles_from_feed(data, url=None, name="fuzz", config=config,
                                                fetcher=None, now=NOW)
    except NewsdeskError:
        return REJECTED
    _check_articles(articles)
    if not all(isinstance(w, str) for w in warnings):
        raise ContractError("a warning that is not text")
    return ACCEPTED if articles else REJECTED


def target_urls(url: str) -> None:
    from newsdesk.ingest.urls import canonical_url

    once = canonical_url(url)
    if not isinstance(once, str):
        raise ContractError("canonical_url did not return text")
    if canonical_url(once) != once:
        raise ContractError(f"not idempotent: {once!r} -> {canonical_url(once)!r}")
    return ACCEPTED


_INGEST: dict = {}


def target_ingest(data: bytes) -> None:
    """Random bytes in a file, ingested end to end: a report, never an exception."""
    import tempfile

    from newsdesk.config import Config
    from newsdesk.ingest import stages
    from newsdesk.ingest.pipeline import ingest_source
    from newsdesk.models import IngestReport
    from newsdesk.store import Store

    if not _INGEST:
        _INGEST["dir"] = tempfile.TemporaryDirectory(prefix="newsdesk-fuzz-")
        _INGEST["store"] = Store(":memory:")
        _INGEST["config"] = Config(env={}, db=":memory:", analyze=False, fetch_full_text=False)
    path = Path(_INGEST["dir"].name) / "input"
    path.write_bytes(data)
    saved, stages.STAGES[:] = list(stages.STAGES), []
    try:
        report = ingest_source(_INGEST["store"], str(path), _INGEST["config"], now=NOW)
    finally:
        stages.STAGES[:] = saved
    if not isinstance(report, IngestReport):
        raise ContractError("ingest_source did not return a report")
    return ACCEPTED if report.article_ids else REJECTED


TARGETS = {
    "pagedump": (target_pagedump, lambda: st.one_of(
        dump_texts(), st.text(max_size=500),
        mutated(corpus("pagedump"), st.one_of(st.sampled_from(DUMP_LINES), _line_text).map(
            lambda line: f"\n{line}\n")).map(lambda b: b.decode("utf-8", "replace")),
        st.sampled_from([b.decode("utf-8", "replace") for b in corpus("pagedump")] or [""]))),
    "detect": (target_detect, any_bytes),
    "records": (target_records, lambda: st.one_of(
        record_lines(), st.sampled_from([b.decode("utf-8", "replace") for b in corpus("records")]
                                        or [""]))),
    "html": (target_html, lambda: st.one_of(html_docs(), mutated(corpus("html"), _markup_piece),
                                            st.sampled_from(corpus("html") or [b""]))),
    "feed": (target_feed, lambda: st.one_of(feed_docs(), json_feed_docs(),
                                            mutated(corpus("feed"), _feed_piece),
                                            st.sampled_from(corpus("feed") or [b""]))),
    "urls": (target_urls, lambda: st.one_of(
        urls(), st.sampled_from([b.decode() for b in corpus("urls")] or [""]))),
    "ingest": (target_ingest, any_bytes),
}


# ---- the campaign ---------------------------------------------------------------------------

def run_target(name: str, examples: int, seed: int) -> dict:
    from hypothesis import HealthCheck, Phase, given, seed as hseed, settings

    from newsdesk.errors import NewsdeskError

    func, strategy = TARGETS[name]
    stats = {"target": name, "inputs": 0, ACCEPTED: 0, REJECTED: 0, "crashes": {},
             "max_seconds": 0.0, "slowest": None}

    def observe(value) -> None:
        stats["inputs"] += 1
        start = time.perf_counter()
        try:
            stats[func(value)] += 1
        except NewsdeskError as e:
            if name in ("ingest", "records"):  # these promise no exception at all
                _record(stats, e, value)
        except Exception as e:  # noqa: BLE001 - a crash is what we are counting
            _record(stats, e, value)
        elapsed = time.perf_counter() - start
        if elapsed > stats["max_seconds"]:
            stats["max_seconds"], stats["slowest"] = elapsed, repr(value)[:200]

    test = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                    phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=list(HealthCheck))(given(strategy())(observe))
    hseed(seed)(test)()
    stats["crashes"] = [dict(signature=k, **v) for k, v in stats["crashes"].items()]
    return stats


def _record(stats: dict, error: Exception, value) -> None:
    frame = traceback.extract_tb(error.__traceback__)[-1]
    signature = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
    seen = stats["crashes"].get(signature)
    text = repr(value)
    if seen is None or len(text) < len(seen["input"]):
        stats["crashes"][signature] = {"message": str(error)[:200], "input": text[:600],
                                       "count": (seen or {}).get("count", 0) + 1}
    else:
        seen["count"] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="inputs per target")
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)
    results = []
    print("| target | inputs | accepted | rejected cleanly | crashes | max s / input | "
          "peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in args.targets.split(","):
        start = time.perf_counter()
        stats = run_target(name, args.examples, args.seed)
        stats["seconds"] = round(time.perf_counter() - start, 1)
        stats["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        results.append(stats)
        print(f"| {name} | {stats['inputs']} | {stats[ACCEPTED]} | {stats[REJECTED]} | "
              f"{len(stats['crashes'])} | "
              f"{stats['max_seconds']:.2f} | {stats['peak_rss_mib']} |", flush=True)
        for crash in stats["crashes"]:
            print(f"    crash: {crash['signature']}: {crash['message']} (x{crash['count']}) "
                  f"input={crash['input'][:300]}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"date": datetime.now(timezone.utc).date().isoformat(),
                                               "results": results}, indent=1))
    slow = [r for r in results if r["max_seconds"] > MAX_SECONDS]
    return 1 if any(r["crashes"] for r in results) or slow else 0


if __name__ == "__main__":
    sys.exit(main())
