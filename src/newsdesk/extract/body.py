"""The article's main text from a parsed page.

trafilatura in precision mode finds the body: on the scrapinghub benchmark it keeps fewer
related-story teasers and comment threads at almost no cost in recall. Short outputs get second
chances (see the constants below), because precision mode can also cut a sparse or oddly built
article. Then generic furniture lines (share prompts, newsletter boxes, "Related:" teasers, the
headline and byline repeated at the top) are dropped: an article body is what the author wrote.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from .boilerplate import is_body_furniture, strip_boxes

# A first pass without trafilatura's fallback extractors (readability, jusText) is enough for
# most pages and costs a third less; below SHORT_FAST characters the full comparison runs.
# Precision mode sometimes cuts a whole article (text split over many containers): when its
# output is under SHORT_ARTICLE characters and trafilatura's balanced mode finds at least
# WIDER_RATIO times as much, the balanced output wins; below SHORT_TEXT (trafilatura's own
# MIN_EXTRACTED_SIZE) the recall-oriented pass is tried as well.
SHORT_FAST = 500
SHORT_ARTICLE = 1500
WIDER_RATIO = 2.0
SHORT_TEXT = 250

log = logging.getLogger(__name__)


def extract_body(tree, url: str | None = None, title: str | None = None,
                 byline: str | None = None) -> str:
    """Main text with paragraphs separated by "\\n" ("" when the page has none)."""
    text = _trafilatura(tree, url, favor_precision=True, fast=True)
    if len(text) < SHORT_FAST:
        text = max(text, _trafilatura(tree, url, favor_precision=True), key=len)
    if len(text) < SHORT_ARTICLE:
        balanced = _trafilatura(tree, url)
        if len(balanced) >= WIDER_RATIO * len(text):
            text = balanced
    if len(text) < SHORT_TEXT:
        text = max(text, _trafilatura(tree, url, favor_recall=True), key=len)
    return clean_body(text, title, byline)


def _trafilatura(tree, url: str | None, **mode) -> str:
    import trafilatura

    # Comments are readers' words, not the article; tables are kept (results, figures).
    try:
        doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                                          with_metadata=False, **mode)
    except Exception:  # a library bug on odd markup must cost this pass, not the whole ingest
        log.warning("trafilatura failed on the page", exc_info=True, extra={"url": url})
        return ""
    return (doc.text or "") if doc is not None else ""


def clean_body(text: str, title: str | None = None, byline: str | None = None) -> str:
    lines = [" ".join(line.split()) for line in strip_boxes(text).split("\n")]
    lines = [line for line in lines if line and not is_body_furniture(line)]
    # The headline or the byline repeated at the top of the body (templates that put the <h1>
    # and the "By ..." line inside the article element) are metadata, not text.
    heads = {_fold(title or ""), _fold(byline or ""), _fold(f"by {byline}" if byline else "")} - {""}
    while lines and _fold(lines[0]) in heads:
        lines.pop(0)
    return "\n".join(lines)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\W+", " ", text).strip()
