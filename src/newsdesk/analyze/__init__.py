"""Understanding each article: entities, quotes and speakers, events, summary, keywords.

``analyze_texts`` is the entry point; nothing heavy is imported until it runs.
"""

from __future__ import annotations


def analyze_texts(texts: list[str], dates: list[str | None] | None = None) -> list[dict]:
    from .pipeline import analyze_texts as run

    return run(texts, dates)


def quoted_words(quote: dict) -> str:
    """What a quote's speaker said, for display: its parts joined by " … " when the quote was
    resumed after its speech clause ('"A," she said. "B"'); ``text`` is the whole span."""
    parts = quote.get("parts") or []
    if len(parts) > 1:
        return " … ".join(p["text"].strip().rstrip(",") for p in parts)
    return quote.get("text") or quote.get("quote") or ""


def analyzer_version() -> str:
    from .pipeline import ANALYZER_VERSION

    return ANALYZER_VERSION
