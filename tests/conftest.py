from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
SEED = ROOT / "src" / "newsdesk" / "demo" / "aggregator-page.txt"
DATA = Path(__file__).parent / "data"
SEED_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


def need_eval(*parts: str) -> Path:
    """The path under ../shared/eval, or skip the test saying why."""
    path = EVAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data {path} is absent (../shared is not checked out)")
    return path


@pytest.fixture
def store(tmp_path):
    from newsdesk.store import Store

    s = Store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def config(tmp_path):
    from newsdesk.config import Config

    return Config(env={}, db=str(tmp_path / "test.db"), analyze=False)


@contextmanager
def local_http_server(handler):
    """A threaded HTTP server on 127.0.0.1 with a free port, for fetch tests; yields the port."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
