"""Post-store stages: order checked at start; a background stage overlaps the stages that
don't need it and is joined before the first that does."""

import threading

import pytest

from newsdesk.errors import ConfigError
from newsdesk.ingest import stages as mod
from newsdesk.ingest.stages import Stage, check_order, run_stages

LOG: list[str] = []
EMBED_STARTED = threading.Event()
ANALYSIS_DONE = threading.Event()


def analyze(store, articles, config):
    assert EMBED_STARTED.wait(5), "the background stage had not started when analysis ran"
    LOG.append("analyze")
    ANALYSIS_DONE.set()


def embed(store, articles, config):
    EMBED_STARTED.set()
    assert ANALYSIS_DONE.wait(5)  # proves it overlaps analysis instead of running after it
    LOG.append("embed")


def cluster(store, articles, config):
    LOG.append("cluster")


def broken(store, articles, config):
    raise RuntimeError("model crashed")


class Cfg:
    analyze = True


def test_a_background_stage_overlaps_analysis_and_is_joined_before_its_user(monkeypatch):
    LOG.clear()
    EMBED_STARTED.clear()
    ANALYSIS_DONE.clear()
    here = __name__
    monkeypatch.setattr(mod, "STAGES", [
        Stage("analyze", f"{here}:analyze", needs=("text",), sets=("entities",)),
        Stage("embed", f"{here}:embed", needs=("text",), sets=("embedding",), background=True),
        Stage("stories", f"{here}:cluster", needs=("embedding",), sets=("story",)),
    ])
    run_stages(None, ["an article"], Cfg())
    assert LOG == ["analyze", "embed", "cluster"]


def test_an_error_in_a_background_stage_reaches_the_caller(monkeypatch):
    monkeypatch.setattr(mod, "STAGES", [
        Stage("embed", f"{__name__}:broken", needs=("text",), sets=("embedding",), background=True),
    ])
    with pytest.raises(RuntimeError, match="model crashed"):
        run_stages(None, ["an article"], Cfg())


def test_a_stage_whose_needs_no_earlier_stage_sets_is_refused():
    with pytest.raises(ConfigError, match="stories needs embedding"):
        check_order([Stage("stories", "x:y", needs=("embedding",), sets=("story",))])
