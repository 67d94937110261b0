"""Events, who did what to whom: PLOVER event types with CAMEO codes, read off spaCy's dependency parse.

A verb (with its particle and the words after it) is looked up in a verb dictionary derived from
PETRARCH2's CAMEO verb patterns (src/newsdesk/data/verbs.json); the CAMEO code maps to a PLOVER
type via CAMEO2PLOVER. The subject is the source, the object (or the subject of a passive verb,
or a prepositional object) the target. Wrapping verbs shape the event: "threatened to slap
sanctions" is a threat, "said it will support" an intent to cooperate. Nouns such as
"sanctions" or "cyberattack" trigger events where the sentence names actors.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from .actors import Actor, resolve_actor

# Verbs that report speech; what they report is the event, not the saying.
REPORTING = frozenset("say tell add note state report announce claim quote cite stress explain insist reiterate "
                      "declare reply respond write told comment describe confirm".split())
# Verbs that carry the event of their complement ("prepared to resume shelling", "attempted to kill").
LIGHT = frozenset("try attempt prepare plan decide begin start continue seek want wish hope intend move "
                  "set expect vow be have get go come make".split())
# Intent markers that turn a cooperative act into AGREE (CAMEO 03, "express intent to ...").
INTENT_AUX = frozenset({"will", "would", "shall", "'ll"})
INTENT_WORDS = frozenset({"ready", "willing", "prepared", "pledge", "promise", "vow", "offer", "agree", "intend",
                          "plan", "expect", "commit"})
CONDITIONAL = frozenset({"unless", "if", "otherwise"})
NEGATION = frozenset({"not", "n't", "never", "no"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "i", "you", "them", "him"})
TARGET_PREPS = ("against", "on", "with", "to", "at", "from", "for", "over", "toward", "towards", "into", "of")

# Nouns that name an event on their own (CAMEO code), used where a sentence has actors.
NOUN_TRIGGERS = {
    "sanction": "163", "sanctions": "163", "embargo": "163", "boycott": "1431",
    "accusation": "112", "allegation": "112", "charge": "112", "condemnation": "111", "criticism": "111",
    "cyberattack": "1831", "cyber-attack": "1831", "hack": "1831", "hacking": "1831", "attack": "190",
    "assault": "180", "bombing": "183", "airstrike": "195", "strike": "190", "shelling": "194",
    "invasion": "192", "war": "190", "clash": "190", "fighting": "190", "offensive": "190",
    "protest": "141", "demonstration": "141", "rally": "141", "riot": "145", "strike action": "143",
    "talks": "046", "negotiation": "046", "negotiations": "046", "meeting": "040", "summit": "040",
    "visit": "042", "agreement": "057", "deal": "057", "treaty": "057", "accord": "057",
    "threat": "130", "ultimatum": "139", "warning": "130", "aid": "070", "assistance": "070",
    "investigation": "090", "probe": "090", "inquiry": "090", "arrest": "173", "detention": "173",
    "ceasefire": "0871", "truce": "0871", "demand": "100", "appeal": "020", "expulsion": "166",
}
# The CAMEO families that cooperate (04-08) or coerce (16-20); intent and conditions reshape them.
COOPERATIVE = ("04", "05", "06", "07", "08")
FORCEFUL = ("15", "16", "17", "18", "19", "20")

_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"))}
_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"))}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|"
                        r"November|December)(?:\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                        r"December)\s+(\d{1,2})(?:,?\s+(\d{4}))?\b")
_RELATIVE = re.compile(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b",
                       re.IGNORECASE)


class _Lexicon:
    """Verb patterns and the CAMEO -> PLOVER table, compiled once per process."""

    def __init__(self) -> None:
        data = resources.files("newsdesk.data")
        raw = json.loads(data.joinpath("verbs.json").read_text(encoding="utf-8"))
        synsets = {k: frozenset(v) for k, v in raw["synsets"].items()}
        self.verbs: dict[str, tuple[str | None, list[tuple[tuple[frozenset, ...], str]]]] = {}
        for lemma, (code, patterns) in raw["verbs"].items():
            compiled = []
            for words, pcode in patterns:
                parts = tuple(synsets.get(w[1:], frozenset()) if w.startswith("&") else frozenset((w,))
                              for w in words.split())
                if all(parts):
                    compiled.append((parts, pcode))
            compiled.sort(key=lambda p: -len(p[0]))  # most specific first
            self.verbs[lemma] = (code, compiled)
        self.plover = json.loads(data.joinpath("cameo_plover.json").read_text(encoding="utf-8"))

    def plover_type(self, cameo: str | None) -> str | None:
        if not cameo or cameo.startswith("01"):
            return None
        for n in (4, 3, 2):
            kind = self.plover.get(cameo[:n])
            if kind:
                return kind
        return None

    def verb_code(self, lemma: str, after: list[tuple[str, str]]) -> tuple[str | None, bool]:
        """CAMEO code for a verb given the (lower, lemma) words after it; True when a pattern matched."""
        entry = self.verbs.get(lemma)
        if entry is None:
            return None, False
        default, patterns = entry
        if after and lemma not in REPORTING:
            bag = {w for pair in after for w in pair}
            for parts, code in patterns:
                if all(not part.isdisjoint(bag) for part in parts) and _in_order(parts, after):
                    return code, True
        return default, False


def _in_order(parts, after) -> bool:
    i = 0
    for lower, lemma in after:
        if lower in parts[i] or lemma in parts[i]:
            i += 1
            if i == len(parts):
                return True
    return False


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


# ---- actors ----------------------------------------------------------------------------------

class _Actors:
    """Resolves noun phrases to actors for one document, remembering people by surname."""

    def __init__(self, doc, entities: list[dict]) -> None:
        self.doc = doc
        self.by_char: dict[int, dict] = {}
        for ent in entities or []:
            for i in range(ent["start"], ent["end"]):
                self.by_char[i] = ent
        self.people: dict[str, Actor] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                phrase = self.doc[ent.root.left_edge.i if ent.root.left_edge.i < ent.start else ent.start:ent.end]
                actor = resolve_actor(self._hint(ent) or phrase.text, "PERSON")
                if actor and actor.code:
                    self.people.setdefault(ent[-1].text.lower(), actor)
                    self.people.setdefault(ent.text.lower(), actor)

    def _hint(self, span) -> str | None:
        ent = self.by_char.get(span.start_char)
        return ent.get("canonical") if ent else None

    def resolve(self, token) -> tuple[str, Actor | None]:
        """(mention text, actor) for the phrase headed by token."""
        ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
        left = self.doc[token.left_edge.i:token.i + 1]
        if ent is not None:
            left = self.doc[min(left.start, ent.start):max(left.end, ent.end)]
        label = ent.label_ if ent is not None else None
        hinted = self.by_char.get(token.idx)
        if hinted and hinted.get("canonical"):
            actor = resolve_actor(hinted["canonical"], hinted.get("label"))
            if actor and actor.code:
                return left.text, actor
        known = self.people.get(left.text.lower()) or self.people.get(token.text.lower())
        if known:
            return left.text, known
        actor = resolve_actor(left.text, label)
        if actor is None or actor.country is None:
            full = self.doc[token.left_edge.i:min(token.right_edge.i + 1, token.left_edge.i + 10)]
            wider = resolve_actor(full.text, label)
            if wider and wider.country:
                return left.text, wider
        return left.text, actor


def _actor_dict(text: str | None, actor: Actor | None) -> dict:
    return {"text": text, "canonical": actor.name if actor else None, "code": actor.code if actor else None}


# ---- events ----------------------------------------------------------------------------------

def _lemma(token) -> str:
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt":
            phrasal = f"{lemma} {child.lower_}"
            if phrasal in _lexicon().verbs:
                return phrasal
    return lemma


def _after_words(token) -> list[tuple[str, str]]:
    end = min(token.right_edge.i + 1, token.i + 25)
    return [(t.lower_, t.lemma_.lower()) for t in token.doc[token.i + 1:end] if not t.is_punct]


def _subject(token):
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child, child.dep_ == "nsubjpass"
    return None, False


def _agent(token):
    for child in token.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _objects(token):
    direct = [c for c in token.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    for obj in direct:
        preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return direct + pobjs


def _controller(token):
    """The subject a complement verb borrows from the verb it hangs on ("X threatened to slap")."""
    head = token
    while head.dep_ in ("xcomp", "ccomp", "conj", "advcl") and head.head is not head:
        head = head.head
        subject, passive = _subject(head)
        if subject is not None:
            return subject, passive
    return None, False


def _code_for(token) -> tuple[str | None, bool]:
    return _lexicon().verb_code(_lemma(token), _after_words(token))


def _shape(token, code: str | None, sentence_words: set[str]) -> str | None:
    """Adjust a verb's CAMEO code for intent, condition, negation and the verb it hangs on."""
    if code is None:
        return None
    children = {c.lower_ for c in token.children}
    head = token.head if token.dep_ in ("xcomp", "ccomp") else None
    head_lemma = head.lemma_.lower() if head is not None else ""
    negated = bool(children & NEGATION)
    intent = bool(children & INTENT_AUX) or head_lemma in INTENT_WORDS or (
        head is not None and any(c.lower_ in INTENT_WORDS for c in head.children))
    if negated and code.startswith(COOPERATIVE + ("03",)):
        return "120"
    if intent and code.startswith(FORCEFUL) and sentence_words & CONDITIONAL:
        return "138" if code.startswith(("18", "19", "20")) else "131"
    if intent and code.startswith(COOPERATIVE):
        return {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}[code[:2]]
    return code


def _candidates(sent, sentence_words: set[str]):
    """(token, cameo, score) for each verb or noun that codes an event in the sentence."""
    found = []
    for token in sent:
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            lemma = _lemma(token)
            if lemma in REPORTING:
                continue
            code, matched = _code_for(token)
            if code is None or code.startswith("01") and not matched:
                continue
            code = _shape(token, code, sentence_words)
            depth, head = 0, token
            while head.head is not head:
                if head.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj"):
                    depth += 2
                head = head.head
                if head.lemma_.lower() not in REPORTING:
                    depth += 1
            score = 1.0 - 0.08 * depth + (0.15 if matched else 0.0)
            # A wrapping verb with its own event ("threaten", "refuse", "demand") outranks its complement.
            if any(c.dep_ == "xcomp" for c in token.children):
                score += 0.1
            found.append((token, code, score))
        elif token.pos_ in ("NOUN", "PROPN") and token.lower_ in NOUN_TRIGGERS:
            found.append((token, NOUN_TRIGGERS[token.lower_], 0.45))
    return found


def _event_actors(token, actors: _Actors, last_source):
    """(source, target) mention/actor pairs for the event at token."""
    source = target = (None, None)
    if token.pos_ in ("NOUN", "PROPN"):
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        subject, passive = _subject(verb)
        if subject is None:
            subject, passive = _controller(verb)
        if subject is not None and not passive:
            source = actors.resolve(subject)
        for obj in _objects(token) + [t for t in token.subtree if t.dep_ == "poss"]:
            mention = actors.resolve(obj)
            if mention[1]:
                target = mention
                break
        return source, target
    subject, passive = _subject(token)
    if subject is None:
        subject, passive = _controller(token)
    agent = _agent(token)
    if passive:
        if subject is not None:
            target = actors.resolve(subject)
        if agent is not None:
            source = actors.resolve(agent)
    elif subject is not None:
        source = actors.resolve(subject)
    if source[0] and source[0].lower() in PRONOUNS and last_source[1]:
        source = (source[0], last_source[1])
    if target[1] is None:
        for obj in _objects(token) + [t for c in token.children if c.dep_ == "xcomp" for t in _objects(c)]:
            mention = actors.resolve(obj)
            if mention[1] and mention[1] != source[1]:
                target = mention
                break
    return source, target


def extract_events(doc, entities: list[dict] | None = None, article_date: str | None = None,
                   require_actors: bool = True) -> list[dict]:
    """Events in a parsed article, best first within each sentence.

    entities are the article's entity dicts (text, label, kind, canonical, code, start, end); when
    empty the doc's own entities are used. With require_actors=False every sentence's strongest
    trigger is kept even without actors (the benchmark's top-1 type).
    """
    lexicon = _lexicon()
    actors = _Actors(doc, entities or [])
    events = []
    last_source = (None, None)
    for sent in doc.sents:
        words = {t.lower_ for t in sent}
        candidates = sorted(_candidates(sent, words), key=lambda c: -c[2])
        for token, code, score in candidates:
            kind = lexicon.plover_type(code)
            if kind is None:
                continue
            source, target = _event_actors(token, actors, last_source)
            has_actors = bool(source[1] or target[1])
            if token.pos_ in ("NOUN", "PROPN") and not has_actors:
                continue
            if require_actors and not has_actors:
                continue
            if source[1]:
                last_source = source
            events.append({
                "type": kind, "cameo": code, "source": _actor_dict(*source), "target": _actor_dict(*target),
                "text": sent.text, "start": sent.start_char, "end": sent.end_char,
                "date": sentence_date(sent.text, article_date), "cue": token.text,
                "confidence": round(score + (0.1 if source[1] else 0) + (0.1 if target[1] else 0), 3),
            })
    return events


# ---- dates -----------------------------------------------------------------------------------

def sentence_date(text: str, article_date: str | None) -> str | None:
    """The ISO date a sentence states, or infers from the article's date ("on Wednesday")."""
    published = _parse_iso(article_date)
    m = _ISO_DATE.search(text)
    if m:
        return m.group(0)
    for m, day, month, year in _day_month(text):
        year = int(year) if year else (published.year if published else None)
        if year is None:
            return None
        try:
            stated = date(year, _MONTHS[month.lower()], int(day))
        except ValueError:
            continue
        if not m and published and stated > published:
            stated = stated.replace(year=year - 1)
        return stated.isoformat()
    m = _RELATIVE.search(text)
    if m and published:
        word = m.group(1).lower()
        if word == "today":
            return published.isoformat()
        if word == "yesterday":
            return (published - timedelta(days=1)).isoformat()
        back = (published.weekday() - _WEEKDAYS[word]) % 7
        return (published - timedelta(days=back)).isoformat()
    return None


def _day_month(text: str):
    for m in _DAY_MONTH.finditer(text):
        yield bool(m.group(3)), m.group(1), m.group(2), m.group(3)
    for m in _MONTH_DAY.finditer(text):
        yield bool(m.group(3)), m.group(2), m.group(1), m.group(3)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
