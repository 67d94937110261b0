"""Analysis in worker processes, so that a batch uses every core.

spaCy's parse holds the GIL, so threads do not help; ``nlp.pipe(n_process=...)`` forks the
calling process, which is unsafe once the embedding model's and the server's threads run.
Instead a small pool of *spawned* processes each loads the model once (at start, not per
article) and analyses slices of the batch; the parent only sends texts and receives the
result dicts. Results are the same as in-process analysis: each article is analysed alone.

The workers run at a lower CPU priority (``ingest_nice``), so a reader served from the same
machine stays responsive while ingest uses whatever CPU is left.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading

log = logging.getLogger(__name__)

MAX_AUTO_WORKERS = 4  # each worker holds the model and tables: 220 MB, 380 MB at its peak
SLICES_PER_WORKER = 3  # small slices keep every worker busy until the batch ends
PARENT_CHECK_SECONDS = 1.0

_POOL = None
_POOL_KEY: tuple[int, int] | None = None
_LOCK = threading.Lock()


def worker_count(setting: int) -> int:
    """The ``analyze_workers`` setting resolved: 0 means one per core, at most 4."""
    if setting > 0:
        return setting
    return max(1, min(os.cpu_count() or 1, MAX_AUTO_WORKERS))


def _start_worker(nice: int, parent: int) -> None:
    from ..priority import lower_priority
    from .pipeline import warm_up

    lower_priority(nice)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()

    warm_up()


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9 gives it no chance to stop its pool) would
    wait for work forever: it stops itself within a second instead."""
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _analyze_slice(texts: list[str], dates: list[str | None]) -> list[dict]:
    from .pipeline import analyze_texts

    return analyze_texts(texts, dates, workers=1)


def _pool(workers: int, nice: int):
    global _POOL, _POOL_KEY
    with _LOCK:
        if _POOL is not None and _POOL_KEY == (workers, nice):
            return _POOL
        if _POOL is not None:
            _POOL.shutdown(wait=False, cancel_futures=True)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        _POOL = ProcessPoolExecutor(max_workers=workers,
                                    mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_start_worker, initargs=(nice, os.getpid()))
        _POOL_KEY = (workers, nice)
        return _POOL


def pool_running(workers: int, nice: int) -> bool:
    """Whether workers of this size and priority are already up (no start-up to pay)."""
    return _POOL is not None and _POOL_KEY == (workers, nice)


def shutdown() -> None:
    """Stop the workers (also done at exit)."""
    global _POOL, _POOL_KEY
    with _LOCK:
        if _POOL is not None:
            _POOL.shutdown(wait=True, cancel_futures=True)
        _POOL, _POOL_KEY = None, None


atexit.register(shutdown)


def analyze_in_workers(texts: list[str], dates: list[str | None], workers: int,
                       nice: int = 0) -> list[dict]:
    """analyze_texts over the pool, in input order. If the pool breaks (a worker killed),
    the batch is analysed in this process instead: no article is left without analysis."""
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, -(-len(texts) // (workers * SLICES_PER_WORKER)))
    slices = [(texts[i:i + size], dates[i:i + size]) for i in range(0, len(texts), size)]
    try:
        pool = _pool(workers, nice)
        futures = [pool.submit(_analyze_slice, t, d) for t, d in slices]
        return [result for future in futures for result in future.result()]
    except BrokenProcessPool:
        log.warning("analysis workers stopped; analysing this batch in the main process")
        shutdown()
        from .pipeline import analyze_texts

        return analyze_texts(texts, dates, workers=1)
