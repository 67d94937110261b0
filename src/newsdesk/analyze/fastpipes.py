"""Faster drop-ins for two of the model's rule components, with identical output.

Profiled on 200 real articles (docs/benchmarks.md, section performance), ``attribute_ruler``
and ``lemmatizer`` took 16% of the whole spaCy pass, more than the tagger and parser together:

- the attribute ruler's ``Matcher`` tries each of its 179 patterns at every token. All but a
  few patterns are one token long, so we index them by the token's tag and lower-case form and
  test only the candidates; the multi-token ones stay with a (small) ``Matcher``;
- the rule lemmatizer does its Python work token by token even when its cache already knows
  the lemma. We read the cache keys from arrays and only ask the lemmatizer on a cache miss.

``tests/test_fastpipes.py`` checks, on real text, that tags, POS, morphology, lemmas and
dependencies are the same as with the stock components. Anything the indexed matcher does not
understand leaves the stock component in place.
"""

from __future__ import annotations

import re

# Token attributes a single-token pattern may test, as columns of ``Doc.to_array``; the
# patterns are indexed by the most selective attribute they fix (the word, else the tag).
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_INDEXED = ("LOWER", "TAG")
_EQ, _IN, _NOT_IN, _REGEX = range(4)


def _compile(attr: str, spec, strings):
    """(column, op, value) for one attribute of a Matcher token pattern, comparing string
    hashes; None for anything this module does not implement."""
    if attr not in _COLUMNS:
        return None
    col = _COLUMNS.index(attr)
    if isinstance(spec, bool):
        return (col, _EQ, int(spec))
    if isinstance(spec, str):
        return (col, _EQ, strings.add(spec))
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (op, value), = spec.items()
    if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in value):
        return (col, _IN if op == "IN" else _NOT_IN, frozenset(strings.add(v) for v in value))
    if op == "REGEX" and isinstance(value, str):
        return (col, _REGEX, re.compile(value))
    return None


class IndexedMatcher:
    """Stands in for ``AttributeRuler.matcher``: the same (match_id, start, end) triples."""

    def __init__(self, ruler):
        from spacy.matcher import Matcher

        self.stock = ruler.matcher
        self.strings = ruler.vocab.strings
        self.small = Matcher(ruler.vocab)  # the few patterns longer than one token
        self.index: dict[tuple[int, int], list] = {}
        self.anywhere: list = []  # single-token patterns without a word or tag to index by
        self._regex_cache: dict[tuple, bool] = {}
        for key in range(len(ruler.attrs)):
            match_id = ruler.vocab.strings.add(str(key))  # as AttributeRuler.add names them
            for pattern in self.stock.get(match_id)[1]:
                if len(pattern) != 1:
                    self.small.add(match_id, [pattern])
                    continue
                self._add_token_pattern(match_id, pattern[0])

    def _add_token_pattern(self, match_id, spec: dict) -> None:
        tests = [_compile(attr, value, self.strings) for attr, value in spec.items()]
        if not tests or any(t is None for t in tests):
            raise ValueError(f"unsupported attribute ruler pattern: {spec}")
        entry = (match_id, tests)
        for attr in _INDEXED:
            col = _COLUMNS.index(attr)
            test = next((t for t in tests if t[0] == col and t[1] in (_EQ, _IN)), None)
            if test is not None:
                for value in ([test[2]] if test[1] == _EQ else test[2]):
                    self.index.setdefault((col, value), []).append(entry)
                return
        self.anywhere.append(entry)

    def _passes(self, row, tests) -> bool:
        for col, op, value in tests:
            x = row[col]
            if op == _EQ:
                if x != value:
                    return False
            elif op == _IN:
                if x not in value:
                    return False
            elif op == _NOT_IN:
                if x in value:
                    return False
            else:
                key = (x, value.pattern)
                hit = self._regex_cache.get(key)
                if hit is None:
                    hit = self._regex_cache[key] = value.search(self.strings[x]) is not None
                if not hit:
                    return False
        return True

    def __call__(self, doc, allow_missing=False, as_spans=False, **kwargs):
        if as_spans or kwargs or not (doc.has_annotation("TAG") and doc.has_annotation("DEP")):
            return self.stock(doc, allow_missing=allow_missing, as_spans=as_spans, **kwargs)
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        out = list(self.small(doc, allow_missing=allow_missing))
        index, anywhere, passes = self.index, self.anywhere, self._passes
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        for i, row in enumerate(rows):
            seen = set()
            for entries in (index.get((0, row[0]), ()), index.get((1, row[1]), ()), anywhere):
                for match_id, tests in entries:
                    if match_id not in seen and passes(row, tests):
                        seen.add(match_id)
                        out.append((match_id, i, i + 1))
        return out


_LEMMATIZER_CLASSES: dict[type, type] = {}
LEMMA_CACHE_MAX = 500_000  # (word, POS, morphology) keys kept; about 100 MB at most


def speed_up(nlp) -> list[str]:
    """Swap in the faster equivalents where the components are the stock ones; returns the
    names of the components changed."""
    changed = []
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        try:
            ruler.matcher = IndexedMatcher(ruler)
            changed.append("attribute_ruler")
        except (ValueError, TypeError, KeyError):
            pass  # a pattern we do not implement: the stock matcher stays
    if "lemmatizer" in nlp.pipe_names:
        from spacy.pipeline import Lemmatizer

        lemmatizer = nlp.get_pipe("lemmatizer")
        if (isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule"
                and not lemmatizer.overwrite and "__call__" not in vars(type(lemmatizer))):
            lemmatizer.__class__ = _cached_lemmatizer_class(type(lemmatizer))
            changed.append("lemmatizer")
    return changed


def _cached_lemmatizer_class(base: type) -> type:
    """A subclass of the model's lemmatizer class (English has its own) with a faster call."""
    if base in _LEMMATIZER_CLASSES:
        return _LEMMATIZER_CLASSES[base]

    class CachedLemmatizer(base):
        """The rule lemmatizer with a cache of every answer, read from arrays. spaCy's own
        cache skips the words it answers early (proper nouns, punctuation, base forms), which
        are most of a news text; the answer depends only on (word, POS, morphology)."""

        def __call__(self, doc):
            import numpy
            from spacy.attrs import LEMMA, MORPH, ORTH, POS

            if not self._validated:
                self._validate_tables()
            if not len(doc):
                return doc
            known = self.__dict__.setdefault("_lemma_of", {})
            if len(known) > LEMMA_CACHE_MAX:
                known.clear()
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            strings = doc.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma:
                    continue  # set by the attribute ruler; overwrite is off
                key = (orth, pos, morph)
                value = known.get(key)
                if value is None:
                    value = known[key] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = value
            doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
            return doc

    _LEMMATIZER_CLASSES[base] = CachedLemmatizer
    return CachedLemmatizer
