"""Understanding each article: entities, quotes and speakers, events, summary, keywords.

``analyze_texts`` is the entry point; nothing heavy is imported until it runs.
"""

from __future__ import annotations


def analyze_texts(texts: list[str], dates: list[str | None] | None = None) -> list[dict]:
    from .pipeline import analyze_texts as run

    return run(texts, dates)


def analyzer_version() -> str:
    from .pipeline import ANALYZER_VERSION

    return ANALYZER_VERSION
