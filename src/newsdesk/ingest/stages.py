"""Pipeline stages that run on articles after they are stored (analysis, embeddings, stories,
search index). Each stage declares what it needs and what it sets; the order is checked once,
at start (as spaCy's pipe analysis does).

A stage's ``run`` is named as ``"module:function"`` so that nothing heavy is imported until a
stage actually runs. ``run(store, articles, config)`` gets the batch of new or changed articles.

A ``background`` stage runs in a thread beside the stages after it, until one of them needs
what it sets: the embedding model (onnxruntime, which releases the GIL) then works on the
second core while spaCy parses on the first. Its writes go through the store's one write lock.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from typing import Callable

from ..errors import ConfigError

STORED = ("id", "title", "text", "url", "published", "outlet", "language")


@dataclass(frozen=True)
class Stage:
    name: str
    run: str  # "package.module:function"
    needs: tuple[str, ...]
    sets: tuple[str, ...]
    setting: str | None = None  # a boolean setting that turns the stage off
    background: bool = False  # may run in a thread beside later stages that don't need it

    def load(self) -> Callable:
        module, _, func = self.run.partition(":")
        return getattr(importlib.import_module(module), func)


# Later issues append their stages here, in order.
STAGES: list[Stage] = [
    # issue 3: entities, quotes, events, summary, keywords (before stories, which use entities)
    Stage("analyze", "newsdesk.analyze.stage:analyze_articles", needs=("text",),
          sets=("entities", "quotes", "events", "summary", "keywords"), setting="analyze"),
]
# issue 4: after analysis (stories use its entities when present). Search needs no stage:
# FTS5 triggers on articles index every stored article.
STAGES += [
    Stage("embed", "newsdesk.stories.stages:embed_articles", needs=("text",), sets=("embedding",),
          background=True),
    Stage("stories", "newsdesk.stories.stages:cluster_articles", needs=("embedding",),
          sets=("story",)),
]


def check_order(stages: list[Stage]) -> None:
    have = set(STORED)
    for stage in stages:
        missing = set(stage.needs) - have
        if missing:
            raise ConfigError(f"stage {stage.name} needs {', '.join(sorted(missing))}, "
                              "which no earlier stage sets")
        have |= set(stage.sets)


def active_stages(config) -> list[Stage]:
    stages = [s for s in STAGES if s.setting is None or getattr(config, s.setting)]
    check_order(stages)
    return stages


class _Background:
    def __init__(self, stage: Stage, store, articles, config):
        self.stage, self.error = stage, None
        func = stage.load()

        def work():
            try:
                func(store, articles, config)
            except BaseException as e:  # handed to the caller's thread by join()
                self.error = e

        self.thread = threading.Thread(target=work, name=f"stage-{stage.name}", daemon=True)
        self.thread.start()

    def join(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error


def run_stages(store, articles, config) -> None:
    """Run the active stages in order; a background stage starts as soon as what it needs is
    there (often before the stages listed ahead of it) and is joined when a stage needs it."""
    if not articles:
        return
    stages = active_stages(config)
    have = set(STORED)
    running: list[_Background] = []
    started: set[str] = set()
    try:
        for stage in stages:
            for ready in stages:
                if ready.background and ready.name not in started and set(ready.needs) <= have:
                    started.add(ready.name)
                    running.append(_Background(ready, store, articles, config))
            if stage.background:
                continue
            for bg in [b for b in running if set(b.stage.sets) & set(stage.needs)]:
                running.remove(bg)
                bg.join()
                have |= set(bg.stage.sets)
            stage.load()(store, articles, config)
            have |= set(stage.sets)
    finally:
        errors = []
        for bg in running:
            try:
                bg.join()
            except BaseException as e:
                errors.append(e)
        if errors:
            raise errors[0]
