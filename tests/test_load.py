"""The reader keeps answering while ingest runs: one writer (ingest) and many readers on one
SQLite file in WAL mode, no server errors."""

import json
import os
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from .conftest import SEED

pytestmark = pytest.mark.slow

WORDS = ("ferry council river harbour budget strike minister election court storm bridge school "
         "hospital railway police museum festival airport market factory union tax rainfall drought "
         "port library stadium clinic reactor vaccine tariff treaty border pipeline subsidy").split()


def distinct_text(i: int) -> str:
    """A text sharing few 3-word shingles with the others, so de-duplication keeps each."""
    import random

    rng = random.Random(i)
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(12)) + "." for _ in range(6))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_reader_answers_without_errors_while_ingest_writes(tmp_path):
    db = tmp_path / "load.db"
    env = {**os.environ, "NEWSDESK_DB": str(db), "NEWSDESK_ANALYZE": "0"}
    cmd = [sys.executable, "-m", "newsdesk"]
    subprocess.run([*cmd, "ingest", "--now", "2025-06-01T12:00:00Z", str(SEED)], env=env, check=True,
                   capture_output=True)
    records = tmp_path / "more.jsonl"
    with records.open("w") as f:
        for i in range(400):
            f.write(json.dumps({"title": f"Ferry service update {i}", "url": f"https://ferry.example/{i}",
                                "text": distinct_text(i),
                                "source_domain": f"outlet{i % 7}.example"}) + "\n")
    port = free_port()
    server = subprocess.Popen([*cmd, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    writer = None
    try:
        deadline = time.time() + 60
        while True:
            try:
                httpx.get(base + "/", timeout=2)
                break
            except httpx.HTTPError:
                assert time.time() < deadline, "server did not start"
                time.sleep(0.3)
        article_id = httpx.get(base + "/api/v1/articles", timeout=10).json()[0]["id"]
        writer = subprocess.Popen([*cmd, "ingest", str(records)], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        statuses: list[int] = []
        lock = threading.Lock()
        stop_at = time.time() + 8

        def client():
            with httpx.Client(base_url=base, timeout=30) as c:
                while time.time() < stop_at:
                    for path in ("/", f"/articles/{article_id}", "/api/v1/articles"):
                        code = c.get(path).status_code
                        with lock:
                            statuses.append(code)

        threads = [threading.Thread(target=client) for _ in range(30)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert writer.wait(timeout=120) == 0
    finally:
        if writer and writer.poll() is None:
            writer.kill()
        server.terminate()
        server.wait(timeout=30)
    assert len(statuses) > 30
    assert [s for s in statuses if s >= 500] == []
    assert set(statuses) == {200}
    count = subprocess.run([*cmd, "articles", "--json"], env=env, capture_output=True, text=True, check=True)
    assert len(json.loads(count.stdout)) == 404
