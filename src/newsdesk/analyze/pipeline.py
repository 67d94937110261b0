"""analyze_texts: one pass of the model over a batch, then our rules on each parsed article.

The result per text is the CLI/JSON contract: language, entities, quotes, events, summary,
keywords, and the analyser version that made it. Every span is a Python string index into
the input text, so ``text[start:end]`` is the span's text.
"""

from __future__ import annotations

import importlib

from .nlp import load_nlp

# Bump when a change alters results: `newsdesk reanalyze` recomputes older annotations.
ANALYZER_VERSION = "49"
# Texts per nlp.pipe batch: 8 peaks at 380 MB on 184 real articles where 32 peaks at 577 MB,
# for the same CPU time (within 2%); each analysis worker holds one batch.
BATCH_SIZE = 8
# Until the workers run, smaller batches are analysed in this process: the workers' one-time
# start (a few seconds, each loading the model) does not pay for itself on a few articles.
PARALLEL_MIN = 24
_LANG_SAMPLE = 2000  # characters given to language detection
SHORT_TEXT = 200  # characters under which a non-English detection is not trusted


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, deterministic (fixed seed); None when there is no text to judge."""
    sample = text[:_LANG_SAMPLE]
    if not any(c.isalpha() for c in sample):
        return None
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect(sample)
    except LangDetectException:
        return None


def _events_module():
    """helper-4's event extractor; absent in a checkout without it."""
    try:
        return importlib.import_module("newsdesk.analyze.events")
    except ImportError:
        return None


def empty_result(language: str | None) -> dict:
    return {"version": ANALYZER_VERSION, "language": language, "entities": [], "quotes": [],
            "events": [], "summary": [], "keywords": []}


def warm_up() -> None:
    """Load the model and the lookup tables, so the first article does not pay for them."""
    analyze_texts(["Officials in Prague said on Monday that talks would resume."], workers=1)


def analyze_texts(texts: list[str], dates: list[str | None] | None = None, *,
                  workers: int = 1, nice: int = 0) -> list[dict]:
    """Analyse a batch of article texts (English; others get language and empty lists).

    With ``workers`` > 1 a large batch is split over that many worker processes
    (``analyze.workers``), each running this function on its slice; ``nice`` lowers
    their CPU priority."""
    dates = dates if dates is not None else [None] * len(texts)
    if workers > 1 and len(texts) > 1:
        from .workers import analyze_in_workers, pool_running

        # Once the workers run (a long ingest, `newsdesk run`), every batch goes to them.
        if len(texts) >= PARALLEL_MIN or pool_running(workers, nice):
            return analyze_in_workers(texts, dates, workers, nice)
    languages = [detect_language(t) for t in texts]
    # Detection on a line or two is unreliable: short texts are analysed as English anyway.
    english = [i for i, lang in enumerate(languages) if texts[i].strip()
               and (lang in ("en", None) or len(texts[i]) < SHORT_TEXT)]
    results = [empty_result(lang) for lang in languages]
    if not english:
        return results
    nlp = load_nlp()
    # Past spaCy's length limit only the beginning is read; offsets stay those of the input.
    limit = nlp.max_length
    docs = nlp.pipe((texts[i][:limit] for i in english), batch_size=BATCH_SIZE)
    for i, doc in zip(english, docs):
        results[i] = analyze_doc(doc, dates[i], languages[i], text=texts[i][:limit])
    return results


def analyze_doc(doc, date: str | None = None, language: str | None = "en",
                text: str | None = None) -> dict:
    from .coref import resolve_coreference
    from .entities import ner_mentions
    from .quotes import extract_quotes
    from .summary import keywords, summarize

    text = doc.text if text is None else text  # doc.text rebuilds the string each time
    mentions = resolve_coreference(doc, ner_mentions(doc, text))
    quotes = extract_quotes(doc, text)
    _name_speakers(quotes, mentions, text)
    events = []
    module = _events_module()
    if module is not None:
        events = module.extract_events(doc, [public(m) for m in mentions], date)
    return {
        "version": ANALYZER_VERSION,
        "language": language or "en",
        "entities": [public(m) for m in mentions],
        "quotes": [public(q) for q in quotes],
        "events": events,
        "summary": summarize(doc, mentions=mentions),
        "keywords": keywords(doc, mentions),
    }


def public(item: dict) -> dict:
    """Drop the private token bookkeeping (keys starting with "_")."""
    return {k: v for k, v in item.items() if not k.startswith("_")}


def _name_speakers(quotes: list[dict], mentions: list[dict], text: str) -> None:
    """speaker_canonical: the entity mention inside the speaker phrase (the one at its head
    first), so "she" and "the High Representative" give "Kaja Kallas". The speaker span
    stays the mention in the text ("she", "who"); a relative pronoun that coreference left
    unresolved is named by its antecedent ("convention delegates, who ...")."""
    for q in quotes:
        q["speaker_canonical"] = None
        q["speaker_kind"] = None
        if q["speaker_start"] is None:
            continue
        span = (q["speaker_start"], q["speaker_end"])
        if not _mentions_at_head(mentions, span) and q.get("_antecedent"):
            span = q["_antecedent"]
        q["speaker_canonical"], q["speaker_kind"] = _name_phrase(text, mentions, span)


def _mentions_at_head(mentions: list[dict], span: tuple[int, int]) -> list[dict]:
    # The head is the last word of the phrase: only a mention ending there names the
    # speaker ("the Czech Foreign Ministry" is not "Czech").
    return [m for m in mentions if m["start"] < span[1] and span[0] < m["end"]
            and m["end"] == span[1]]


def _name_phrase(text: str, mentions: list[dict], span: tuple[int, int]) -> tuple:
    """(canonical, kind) of the entity the phrase at span names."""
    from .entities import clean_name, organisation_name

    at_head = _mentions_at_head(mentions, span)
    if not at_head:
        return organisation_name(clean_name(text[span[0]:span[1]])), None
    rank = {"person": 0, "threat_actor": 1, "organisation": 2, "country": 3}
    best = min(at_head, key=lambda m: rank.get(m["kind"], 4))
    return best["canonical"], best["kind"]
