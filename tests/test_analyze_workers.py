"""Analysis spread over worker processes: same results, survives a dead worker, lower priority."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import SEED


def _texts() -> list[str]:
    # Real paragraphs of the seed page, grouped into short "articles": enough for the workers.
    from newsdesk.analyze.pipeline import PARALLEL_MIN

    paras = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 80]
    n = PARALLEL_MIN
    return ["\n\n".join(paras[i::n]) or paras[i % len(paras)] for i in range(n)]


def test_worker_count_auto_is_one_per_core_at_most_four():
    from newsdesk.analyze.workers import worker_count

    assert worker_count(3) == 3
    assert worker_count(0) == max(1, min(os.cpu_count() or 1, 4))


def test_lower_priority_raises_niceness_and_never_lowers_it():
    code = ("import os; from newsdesk.priority import lower_priority as p; "
            "a = p(5); b = p(2); print(a, b, os.getpriority(os.PRIO_PROCESS, 0))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["5", "5", "5"]


@pytest.mark.slow
def test_workers_give_the_same_results_as_one_process():
    from newsdesk.analyze.pipeline import analyze_texts

    texts = _texts()
    dates = ["2025-05-28T14:00:00+00:00"] * len(texts)
    alone = analyze_texts(texts, dates, workers=1)
    from newsdesk.analyze import workers

    parallel = analyze_texts(texts, dates, workers=2)
    assert workers._POOL is not None  # the batch really went to the workers
    assert json.dumps(parallel, sort_keys=True) == json.dumps(alone, sort_keys=True)
    assert sum(len(r["entities"]) for r in parallel) > 20


@pytest.mark.slow
def test_a_killed_worker_leaves_no_article_unanalysed(caplog):
    from newsdesk.analyze import workers
    from newsdesk.analyze.pipeline import analyze_texts

    texts = _texts()
    analyze_texts(texts, workers=2)  # the pool is up
    pool = workers._pool(2, 0)
    for process in list(pool._processes.values()):
        process.kill()
        process.join()
    results = analyze_texts(texts, workers=2)
    assert results == analyze_texts(texts, workers=1)
    assert "analysis workers stopped" in caplog.text
    # The next batch starts a fresh pool.
    assert len(analyze_texts(texts, workers=2)) == len(texts)
    workers.shutdown()


@pytest.mark.slow
def test_workers_stop_when_their_parent_is_killed():
    import signal
    import time

    code = (
        "import os, signal, sys\n"
        "from newsdesk.analyze import workers\n"
        "from newsdesk.analyze.pipeline import analyze_texts\n"
        "if __name__ == '__main__':\n"
        "    analyze_texts(['Officials in Prague said talks would resume.'] * 64, workers=2)\n"
        "    print(' '.join(str(p) for p in workers._POOL._processes), flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == -signal.SIGKILL
    pids = [int(p) for p in out.stdout.split()]
    assert len(pids) == 2

    def alive(pid):
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().split()[2] != "Z"
        except OSError:
            return False

    deadline = time.time() + 10
    while any(alive(p) for p in pids) and time.time() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in pids)


@pytest.mark.slow
def test_small_batches_go_to_workers_only_once_they_run(monkeypatch):
    from newsdesk.analyze import workers
    from newsdesk.analyze.pipeline import analyze_texts

    sent = []
    real = workers.analyze_in_workers
    monkeypatch.setattr(workers, "analyze_in_workers",
                        lambda texts, *a: sent.append(len(texts)) or real(texts, *a))
    workers.shutdown()
    few = _texts()[:3]
    analyze_texts(few, workers=2)
    assert sent == [] and not workers.pool_running(2, 0)  # not worth starting for three
    analyze_texts(_texts(), workers=2)
    assert workers.pool_running(2, 0)
    assert analyze_texts(few, workers=2) == analyze_texts(few, workers=1)
    assert sent == [len(_texts()), 3]
    workers.shutdown()
    assert not workers.pool_running(2, 0)
