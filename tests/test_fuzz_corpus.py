"""The pinned fuzz corpus (tests/fuzz_corpus): every seed through its parser and through
ingest end to end, and memory that stays in proportion to the input."""

import time
import tracemalloc

import pytest

from bench import fuzz

# Which targets each corpus folder feeds (the text targets get the file decoded).
FOLDERS = {
    "pagedump": ["pagedump", "detect", "ingest"],
    "feed": ["feed", "detect", "ingest"],
    "html": ["html", "detect", "ingest"],
    "records": ["records", "detect", "ingest"],
    "urls": ["urls"],
    "bytes": ["detect", "ingest"],
}
TEXT_TARGETS = {"pagedump", "records", "urls"}
CASES = [(folder, target, path.name)
         for folder, targets in FOLDERS.items()
         for path in sorted((fuzz.CORPUS / folder).glob("*"))
         for target in targets]


def test_the_corpus_has_seeds_for_every_folder():
    for folder in FOLDERS:
        assert fuzz.corpus(folder), f"tests/fuzz_corpus/{folder} is empty"


@pytest.mark.parametrize("folder,target,name", CASES)
def test_corpus_seed_passes_its_contract(folder, target, name):
    if target == "feed":
        pytest.importorskip("newsdesk.ingest.refresh", reason="feed ingest not built yet")
    data = (fuzz.CORPUS / folder / name).read_bytes()
    value = data.decode("utf-8", "replace") if target in TEXT_TARGETS else data
    start = time.perf_counter()
    fuzz.TARGETS[target][0](value)
    assert time.perf_counter() - start < fuzz.MAX_SECONDS


@pytest.mark.parametrize("target", ["pagedump", "records", "detect"])
def test_memory_stays_in_proportion_to_a_large_input(target):
    seed = {"pagedump": fuzz.corpus("pagedump")[0], "records": fuzz.corpus("records")[0],
            "detect": fuzz.corpus("pagedump")[0]}[target]
    data = seed * (500_000 // len(seed))  # about 0.5 MB
    value = data.decode("utf-8", "replace") if target in TEXT_TARGETS else data
    tracemalloc.start()
    try:
        fuzz.TARGETS[target][0](value)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * len(data), f"{target}: {peak / 1e6:.0f} MB for {len(data) / 1e6:.0f} MB"
