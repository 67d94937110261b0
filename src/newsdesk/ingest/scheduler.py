"""``newsdesk run``: poll the feeds that are due, sleep until the next one is, until stopped.

Ctrl-C or SIGTERM ends the loop cleanly: the feed being polled is finished (its transaction
either commits or rolls back), nothing is left half-written.
"""

from __future__ import annotations

import signal
import sys
import threading
from datetime import datetime, timezone
from typing import Callable

from ..models import Feed, IngestReport
from .refresh import record_failure, refresh_feed

IDLE_CHECK = 60.0  # seconds between two looks at the schedule when nothing is due (new feeds)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def run_scheduler(store, config, once: bool = False, *, fetcher=None,
                  stop: threading.Event | None = None,
                  clock: Callable[[], datetime] = _utcnow, out=None) -> int:
    """Poll due feeds until stopped (or once, with ``once``); one line per feed on ``out``.
    Returns 0, or 1 when every feed polled in a ``once`` run failed."""
    out = out or sys.stdout
    own_fetcher = fetcher is None
    if fetcher is None:
        from .fetcher import Fetcher

        fetcher = Fetcher(config)
    stop = stop or threading.Event()
    restore = _stop_on_sigterm(stop)
    polled = failed = 0
    try:
        while not stop.is_set():
            for feed in store.due_feeds(clock().isoformat()):
                if stop.is_set():
                    break
                ok = poll_feed(store, feed, fetcher, config, clock(), out)
                polled += 1
                failed += not ok
            if once:
                break
            stop.wait(_seconds_to_next_poll(store, clock()))
    except KeyboardInterrupt:
        print("stopped", file=out, flush=True)
    finally:
        restore()
        if own_fetcher:
            fetcher.close()
    return 1 if once and polled and failed == polled else 0


def poll_feed(store, feed: Feed, fetcher, config, now: datetime, out) -> bool:
    """Refresh one feed and print what happened. A bug in one feed does not stop the others."""
    try:
        report = refresh_feed(store, feed, fetcher, config, now)
    except KeyboardInterrupt:
        raise
    except Exception as e:  # noqa: BLE001 - recorded on the feed, the loop goes on
        record_failure(store, feed, config, now, e)
        report = IngestReport(errors=[f"{feed.url}: unexpected {type(e).__name__}: {e}"])
    after = store.get_feed(feed.id)
    print(describe_poll(after, report), file=out, flush=True)
    return not report.errors


def describe_poll(feed: Feed, report: IngestReport) -> str:
    head = f"feed {feed.id} {feed.url}:"
    when = f"next poll {feed.next_poll}"
    if report.errors:
        return f"{head} error x{feed.error_count}: {report.errors[0]}; {when}"
    if feed.last_status == 304:
        return f"{head} not modified; {when}"
    warned = f", {len(report.warnings)} warnings" if report.warnings else ""
    return (f"{head} {report.added} added, {report.updated} updated, {report.unchanged} unchanged"
            f"{warned}; {when}")


def _seconds_to_next_poll(store, now: datetime) -> float:
    next_poll = store.next_poll_time()
    if not next_poll:
        return IDLE_CHECK
    try:
        due = datetime.fromisoformat(next_poll)
    except ValueError:
        return IDLE_CHECK
    if due.tzinfo is None:
        due = due.replace(tzinfo=timezone.utc)
    return min(IDLE_CHECK, max(0.5, (due - now).total_seconds()))


def _stop_on_sigterm(stop: threading.Event) -> Callable[[], None]:
    """SIGTERM sets ``stop``; returns the function that restores the previous handler."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    return lambda: signal.signal(signal.SIGTERM, previous)
