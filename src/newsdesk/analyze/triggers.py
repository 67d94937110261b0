"""Trigger words and the CAMEO code each carries; events.py chooses among them and finds the actors.

The PETRARCH2 verb dictionary (data/verbs.json) codes most verbs, a verb's pattern read off the words of
its own phrase. Hand-kept tables from the CAMEO codebook's own definitions (codebook.py) fill what the
dictionary codes only inside long patterns, name the nouns that are events on their own, and code a verb
by the head noun of its object ("captured the stronghold" is occupying territory, "sent arms" is military
aid), by who acts, or by its complement ("told Tokyo to halt" is a demand). A word starting with "&" is a
PETRARCH2 synonym set (verbs.json "synsets").
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources

from .codebook import (
    ATTACKED_WORDS, CODEBOOK_VERBS, COURTS, COURT_TAKING, DEFAULT_CODES, DEPORTED, DOER_CODES, EASING, INDOORS, LABOUR,
    LABOUR_STRIKES, LET_IN_FORCES, NAMED, NOT_ARMED, NOUN_TRIGGERS, OBJECT_CODES, ORDERING, PERSON, PLACING, SCATHING,
    SENT_GROUPS, TRADE_STOPPING, TRADE_WORDS)
from .idioms import IDIOMS, idiom_lemma
from .nlp import LEMMA_FIXES
from .noun_phrases import phrase_code
from .phrase_rules import ACTED_ON_VERBS, acted_on_rule, imposed_on_people, phrase_rule, reform_conceded

# Verbs that become a phone call with "by phone" (CAMEO 041), and states of alert (CAMEO 15).
BY_PHONE = frozenset({"speak", "talk", "confer", "chat", "consult"})
ALERTING = frozenset({"put", "place", "raise", "move", "order", "bring", "heighten", "increase", "set", "go"})
READINESS_STATES = frozenset({"state", "combat", "full", "high", "heightened", "highest", "maximum"})

# What peacekeepers do when they protect (CAMEO 074).
PEACEKEEPERS = frozenset({"peacekeepers", "peacekeeping", "blue", "&PKO"})
# Letting (CAMEO 086); outsiders arriving or deployed, let in by their host (0861/0862, codebook.DOER_CODES); and
# what else those let in then do.
LETTING = frozenset({"allow", "permit", "let", "authorize", "authorise"})
ARRIVING = frozenset({"arrive", "land", "deploy", "enter"})
LETTING_IN = ARRIVING | frozenset({"cross", "come", "return", "station", "base", "operate", "patrol", "remain", "stay",
                                   "be"})
GUARDING = frozenset({"patrol", "take up", "guard", "escort", "protect", "shield", "take"})

# Nouns that count or hold what their "of" phrase names.
MEASURES = frozenset({"dozens", "hundreds", "thousands", "box", "crate", "tonne", "ton", "piece", "batch", "number",
                      "part", "portion", "rest", "half", "bulk", "remainder", "most", "much", "some", "all",
                      "consignment", "shipment", "truckload", "load", "lot", "set"})

# Adverbial particles that spaCy may attach as prepositions right after their verb.
# ("looked into" is 090; "sent home" 174 or 0873)
PARTICLES = frozenset({"out", "off", "back", "down", "up", "away", "aside", "into", "home"})

# Verbs that report speech; what they report is the event, not the saying.
REPORTING = frozenset("say tell conclude warn add note state report announce claim quote cite stress explain insist "
                      "reiterate declare reply respond write told comment describe confirm reveal accord disclose "
                      "emphasise emphasize hint".split()) | frozenset(
    # (wire copy's rarer attributions: "..., Western diplomats in Luanda averred", "a lawyer confided to AFP")
    "aver divulge confide assert affirm attest recount contend relay maintain relate".split()) | frozenset(
    "think believe feel know suppose wonder realize realise guess imagine reckon".split())
# Reporting verbs whose dictionary patterns still code what they act on when no clause is reported: "the lawyers
# maintained" reports, "maintained its curfew on Hebron" (1723) and "maintained diplomatic ties" (050) act.
PATTERNED_REPORTING = frozenset({"maintain"})
# Clauses whose words belong to another verb, not to the verb being coded.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "csubj", "nsubj",
                         "nsubjpass", "mark", "punct", "cc"})
# Words a pattern may hold that say nothing on their own; a pattern of only these is the least specific.
FUNCTION_WORDS = frozenset("in on at to for with from of off out up down away back over against into about upon "
                           "by the a an".split())
# Prepositions of place and time: "demonstrated in Seoul" is where, not the pattern "demonstrate in (support)".
ADJUNCT_PREPS = frozenset({"in", "on", "at", "during", "near", "inside", "outside", "across"})


# The code of a verb pattern that marks its phrase as no event.
NO_EVENT = "---"


class _Lexicon:
    """Verb patterns and the CAMEO -> PLOVER table, compiled once per process."""

    def __init__(self) -> None:
        data = resources.files("newsdesk.data")
        raw = json.loads(data.joinpath("verbs.json").read_text(encoding="utf-8"))
        synsets = {k: frozenset(v) for k, v in raw["synsets"].items()}
        self.verbs: dict[str, tuple[str | None, list[tuple]]] = {}

        def compile_words(words: str) -> tuple[frozenset, ...]:
            # A pattern word also matches its singular: "- * ATTACKS" codes "launched an attack" too.
            return tuple(synsets.get(w[1:], frozenset()) if w.startswith("&") else frozenset((w, _singular(w)))
                         for w in words.split())

        for lemma, (code, patterns) in raw["verbs"].items():
            compiled = []
            for words, pcode, *before in patterns:
                # (words after the verb, words naming its doer, code, content words, length)
                parts, doer = compile_words(words), compile_words(before[0] if before else "")
                if all(parts) and all(doer):
                    content = sum(1 for part in parts + doer if not part <= FUNCTION_WORDS)
                    compiled.append((parts, doer, pcode, content, len(parts) + len(doer)))
            # Most specific first: content words ("relations") before bare particles ("off"), then length;
            # what the verb acts on before who does it (a doer alone is the weakest evidence).
            compiled.sort(key=lambda p: (not p[0], -p[3], -p[4]))
            self.verbs[lemma] = (code, compiled)
        # A verb the dictionary codes only inside phrases still has a usual sense: the code its
        # patterns share most ("open" is mostly talks, "sell" mostly cooperation). Used only as a last resort.
        self.usual: dict[str, str] = {}
        for lemma, (code, patterns) in raw["verbs"].items():
            families = Counter(pattern[1][:2] for pattern in patterns if not pattern[1].startswith(("01", "-")))
            if code is None and families:
                family, count = families.most_common(1)[0]
                if count * 2 >= sum(families.values()):
                    self.usual[lemma] = family + "0"
        self.plover = json.loads(data.joinpath("cameo_plover.json").read_text(encoding="utf-8"))

        def expand(words) -> frozenset:
            return frozenset(w for word in words for w in (synsets.get(word[1:], ()) if word.startswith("&")
                                                            else (word,)))

        self.objects = {lemma: [(expand(words), code) for words, code in rules]
                        for lemma, rules in OBJECT_CODES.items()}
        self.doers = {lemma: [(expand(words), code) for words, code in rules] for lemma, rules in DOER_CODES.items()}

    def plover_type(self, cameo: str | None) -> str | None:
        if not cameo or cameo.startswith("01"):
            return None
        for n in (4, 3, 2):
            kind = self.plover.get(cameo[:n])
            if kind:
                return kind
        return None

    def verb_code(self, lemma: str, after: list[tuple[str, str]],
                  before: list[tuple[str, str]] = ()) -> tuple[str | None, bool]:
        """CAMEO code for a verb given the (lower, lemma) words after it and those naming its doer;
        True when a pattern matched."""
        if lemma in CODEBOOK_VERBS:
            return CODEBOOK_VERBS[lemma], True
        entry = self.verbs.get(lemma)
        if entry is None:
            return DEFAULT_CODES.get(lemma), False
        default, patterns = entry
        default = DEFAULT_CODES.get(lemma, default)
        if (after or before) and (lemma not in REPORTING or lemma in PATTERNED_REPORTING):
            bag = {w for pair in after for w in pair}
            lowers = {lower for lower, _ in after}
            doers = {w for pair in before for w in pair}
            best = None
            for parts, doer, code, content, size in patterns:
                if best is not None and (not parts or (content, size) < best[0][:2]):
                    break
                if doer and any(part.isdisjoint(doers) for part in doer):
                    continue
                if not parts and default and code[:2] != default[:2] and code != NO_EVENT:
                    continue  # a doer alone says how ("warplanes bombed": 195), not what: keep the verb's family
                if not parts or (all(not part.isdisjoint(bag) for part in parts) and _in_order(parts, after)):
                    # Among equally specific patterns the one naming the word as written wins
                    # ("lifted sanctions" is the plural pattern, not "sanction").
                    exact = all(not part.isdisjoint(lowers) for part in parts)
                    if best is None or exact > best[0][2]:
                        best = ((content, size, exact), code)
            if best is not None:
                # PETRARCH2's "[---]": the phrase is no event at all ("averted an attack").
                return (None if best[1] == NO_EVENT else best[1]), True
        return default, False


def _singular(word: str) -> str:
    """The singular of a dictionary word, by rule (the dictionary lists surface forms, not lemmas)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _in_order(parts, after) -> bool:
    """Pattern words in order, starting near the verb (PETRARCH patterns read the verb phrase, not the sentence)."""
    i = first = 0
    for pos, (lower, lemma) in enumerate(after):
        if lower in parts[i] or lemma in parts[i]:
            if i == 0:
                if pos > 3:
                    return False
                first = pos
            i += 1
            if i == len(parts):
                return pos - first <= 2 * len(parts) + 2
    return False


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    return _Lexicon()


class _Discards:
    """PETRARCH2's discard phrases (data/discards.json, from Phoenix.discards.txt): a sentence naming one
    ("BASKETBALL", "PRESIDENTIAL DEBATE") codes no event; a story naming a "story" one ("INNING", "WORLD
    CUP", "SUPER BOWL") codes none at all. Matched on whole upper-case words, as PETRARCH2 does."""

    def __init__(self) -> None:
        raw = json.loads(resources.files("newsdesk.data").joinpath("discards.json").read_text(encoding="utf-8"))
        self.story = frozenset(tuple(p.split()) for p in raw["story"])
        self.sentence = frozenset(tuple(p.split()) for p in raw["sentence"])
        # first word -> phrase lengths, so that most words cost one set lookup
        self.starts: dict[frozenset, dict[str, tuple[int, ...]]] = {}
        for table in (self.story, self.sentence):
            starts: dict[str, set[int]] = {}
            for phrase in table:
                starts.setdefault(phrase[0], set()).add(len(phrase))
            self.starts[table] = {w: tuple(sorted(n)) for w, n in starts.items()}

    def skipped(self, doc) -> set[int] | None:
        """Start tokens of the sentences to code no event from, or None when the story is discarded;
        each sentence's words are read once."""
        out = set()
        for sent in doc.sents:
            words = [t.text.upper() for t in sent if not t.is_punct and not t.is_space]
            if self._phrase_in(words, self.story):
                return None
            if self._phrase_in(words, self.sentence):
                out.add(sent.start)
        return out

    def _phrase_in(self, words: list[str], table: frozenset) -> bool:
        starts = self.starts[table]
        return any(tuple(words[i:i + n]) in table for i, word in enumerate(words) for n in starts.get(word, ()))


@lru_cache(maxsize=1)
def discards() -> _Discards:
    return _Discards()


# Verbs (and phrasal verbs: "hit out") coded without the dictionary.
CODED_ALONE = frozenset(DEFAULT_CODES) | frozenset(CODEBOOK_VERBS)


def _known(lemma: str) -> bool:
    table = lexicon()
    return lemma in table.verbs or lemma in CODED_ALONE or lemma in table.objects or lemma in table.doers


def _base_form(token) -> str:
    """spaCy's lemma, or a base form read off the inflection when the model's lemma is unknown ("staged" -> "stag")."""
    lemma = token.lemma_.lower()
    if _known(lemma) or token.tag_ not in ("VBD", "VBN", "VBG", "VBZ") or token.lower_ in LEMMA_FIXES:
        return lemma  # (a fixed lemma is right even when the dictionary knows only the wrong one: "raged")
    word = token.lower_
    stems = []
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    if word.endswith("ed"):
        stems += [word[:-1], word[:-2]]  # staged, wanted
        if len(word) > 4 and word[-3] == word[-4]:
            stems.append(word[:-3])  # stopped (not "ramped" -> "ram")
    elif word.endswith("ing"):
        stems += [word[:-3] + "e", word[:-3]]  # staging, wanting
        if len(word) > 5 and word[-4] == word[-5]:
            stems.append(word[:-4])  # stopping
    elif word.endswith("s"):
        stems += [word[:-1], word[:-2]]
    return next((stem for stem in stems if _known(stem)), lemma)


# Verbs that move someone "out of" a place with the object between: "pulled its forces out of", "drove them out of".
REMOVING = frozenset({"pull", "drive", "kick", "force", "throw", "push", "move", "ship", "fly", "order", "chase"})
# Verbs whose "back" may follow the object: "handed X back to", "flew the migrants back to".
RETURNING = frozenset({"hand", "give", "send", "fly", "ship", "bring"})
# Verbs the dictionary lacks that mean what one it has does.
# ("frowned on Slovakia's treatment of its minority", "justified the air strikes")
SYNONYMS = {"leapt": "leap", "frown": "criticize", "justify": "defend"}


def lemma_of(token) -> str:
    lemma = _base_form(token)
    lemma = SYNONYMS.get(lemma, lemma)
    if token.lower_ == "wound" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return "wind up"  # "wound up their role as go-between": ended it, no one wounded
    table = lexicon()
    # "handed over 15 detainees": the parser reads "over 15" as a number
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ in ("quantmod", "advmod") and (
            after.lower_ in PARTICLES or after.lower_ == "over"):
        phrasal = f"{lemma} {after.lower_}"
        if phrasal in table.verbs or phrasal in CODED_ALONE or phrasal in table.objects:
            return phrasal
    if lemma in IDIOMS:
        idiom = idiom_lemma(token, lemma)
        if idiom:
            return idiom  # "slammed the door on", "pointed the finger at": the plain verb the set phrase means
    for child in token.children:
        # spaCy often makes the particle of "pulled out of", "were shipped out of" a preposition, and
        # that of "pull part of its forces back" an adverb.
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == token.i + 1 and child.lower_ in PARTICLES) or (
                child.dep_ == "advmod" and child.i > token.i and child.lower_ in PARTICLES) or (
                # "ordered 13 relief groups out of Darfur": the particle after the object
                child.dep_ == "prep" and child.i > token.i and child.lower_ == "out" and (
                    lemma in ORDERING or lemma in REMOVING and any(g.lower_ == "of" for g in child.children))) or (
                # "handed a shepherd and his flock back to Jordan"
                child.dep_ in ("advmod", "prt", "prep") and child.i > token.i + 1 and child.lower_ == "back"
                and lemma in RETURNING):
            phrasal = f"{lemma} {child.lower_}"
            if phrasal in table.verbs or phrasal in CODED_ALONE or phrasal in table.doers or phrasal in table.objects:
                return phrasal
    return lemma


def _is_adjunct(token) -> bool:
    """A place or time phrase ("in Seoul", "on Monday"): where and when, not part of the verb's pattern."""
    places = ("LOC", "FAC", "DATE", "TIME")
    if token.lower_ not in ("on", "during"):  # "called on Israel" names the addressee, not a place
        places += ("GPE",)
    return token.dep_ == "prep" and token.lower_ in ADJUNCT_PREPS and any(
        g.dep_ == "pobj" and g.ent_type_ in places for g in token.children)


def _after_words(token) -> list[tuple[str, str]]:
    """The verb's own phrase after it (objects, particles, prepositions), not its embedded clauses."""
    keep = []
    stack = [c for c in token.children if c.i > token.i and c.dep_ not in CLAUSE_DEPS and not _is_adjunct(c)]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    keep.sort(key=lambda t: t.i)
    words = []
    for t in keep[:25]:
        if t.i >= 2 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_ and not t.nbor(-2).whitespace_:
            continue  # "live-fire drills": the second half of a joined word is not a word of its own ("hold fire")
        words.append((t.lower_, t.lemma_.lower()))
        if t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and not t.whitespace_:
            joined = f"{t.lower_}-{t.nbor(2).lower_}"  # "sit-in" is three tokens to spaCy, one word to the dictionary
            words.append((joined, joined))
    return words


def _doer_words(token) -> list[tuple[str, str]]:
    """Words naming who acts (the subject's phrase, or the noun a participle describes) and adverbs before the
    verb: PETRARCH2's patterns with words before the verb ("- &MILITARY * [0874]": troops withdrawing retreat)."""
    head = token
    while True:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # ("called in the ambassador to protest": a purpose shares its verb's subject)
        purpose = head.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        # ("Blocking the main highway with their tractors, farmers demanded ...": a fronted participle's too)
        purpose = purpose or head.dep_ == "advcl" and head.tag_ == "VBG" and head.i < head.head.i
        if subjects or head.dep_ not in ("xcomp", "conj") and not purpose or head.head.i == head.i:
            break
        head = head.head  # "troops began to withdraw": the subject of the verb it hangs on
    if not subjects and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        subjects = [head.head]
    # "the highway was sealed off by thousands of Indian protesters": the agent does it
    agents = [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents and all(s.dep_ == "nsubjpass" for s in subjects):
        subjects = agents
    # (the European Union is no labour union: "[union] reject call" is a strike threat in the dictionary)
    words = [t for s in subjects for t in s.subtree if t.dep_ not in ("relcl", "acl", "appos")
             and not (t.pos_ == "PROPN" and t.lower_ == "union")]
    words += [c for c in token.children if c.dep_ == "advmod" and c.i < token.i]
    return [(t.lower_, t.lemma_.lower()) for t in words[:12]]


def _object_nouns(token) -> list:
    """Head nouns of what a verb acts on: its object, the object's "of" phrase, a passive subject."""
    nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not nouns and any(c.dep_ == "prt" for c in token.children):
        nouns = [c for c in token.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]  # ("called off a planned march")
    # "called off the daily street protests": the parser may hang the object on the particle
    nouns += [g for c in token.children if c.dep_ in ("prep", "prt") and c.lower_ in ("off", "up", "down", "out", "in",
                                                                                     "over")
              and c.i == token.i + 1 and not nouns for g in c.children if g.dep_ == "pobj"]
    if not nouns:
        # "returned to Cambodian authorities 12 fishing boats": the parser makes the object shifted past the
        # recipient a second object of "to"
        nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in [p for p in c.children if p.dep_ == "pobj"][1:]]
    if not nouns and token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        # "the razing of thousands of homes continued": a gerund used as a noun acts on its "of" phrase
        nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
    if not nouns and token.dep_ in ("conj", "advcl", "ccomp", "dep") and any(
            c.dep_ == "auxpass" for c in token.children):
        # "two men attacked the guard and were arrested", "workers held hostage ... were freed": a passive with no
        # subject of its own acts on the subject before it
        nouns = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "allowed inspectors to visit": spaCy makes the object the subject of the infinitive.
    nouns += [s for c in token.children if c.dep_ in ("ccomp", "xcomp") and (
                  any(a.lower_ == "to" for a in c.children) or c.tag_ in ("VB", "VBP")  # "let monitors operate"
                  or c.lower_ in ("back", "in", "through"))  # "allowed inspectors back into the palaces"
              for s in c.children if s.dep_ == "nsubj"]
    # "allowed Red Cross convoys into the region": the parser may make the one let in a clause of its own
    nouns += [c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and any(
        p.dep_ == "prep" and p.lower_ in ("into", "to", "through", "in") for p in c.children)] \
        if lemma_of(token) in ("allow", "permit", "let", "admit") else []
    for n in list(nouns):  # "flew tents, blankets and medicine": the whole list
        nouns += [t for t in n.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    # "cut off access to Twitter": what access is to
    nouns += [g for n in nouns if n.lemma_.lower() == "access" for c in n.children if c.dep_ == "prep"
              and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    # "dozens of boxes of state archives": through the measures to what is measured
    nouns += [g for n in nouns if n.lower_ in MEASURES or n.lemma_.lower() in MEASURES for c in n.children
              if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g not in nouns]
    # "acknowledged Kosovo as an independent state": what the object is taken as.
    nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ == "pobj"]
    return nouns


def _let_in(token) -> bool:
    """The ones a verb of letting lets are let in: "into Darfur", "back", "to deploy in the region"."""
    heads = [token] + [c for c in token.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if any(c.dep_ == "prep" and c.lower_ in ("into", "inside", "onto") or c.dep_ in ("prt", "advmod")
           and c.lower_ in ("in", "inside", "back") for h in heads for c in h.children):
        return True
    # ("the first soldiers of the joint force into Darfur")
    return any(t.dep_ == "prep" and t.lower_ in ("into", "onto") for h in heads[1:] for t in h.subtree) or any(
        c.dep_ in ("ccomp", "xcomp") and lemma_of(c) in LETTING_IN for c in token.children)


def _court_after(after: list[tuple[str, str]]) -> bool:
    """"to/before ... court" among the verb's first words."""
    lowers = [lower for lower, _ in after[:8]]
    return any(w in ("to", "before") and COURTS & set(lowers[i + 1:i + 6]) for i, w in enumerate(lowers))


# Orders to go ("ordered the troops to leave") expel (CAMEO 166).
# What one is ordered out of when expelled.
HOMELANDS = frozenset({"country", "territory", "kingdom", "republic", "state", "region", "province", "island"})
# Places within a country that people are told to leave ("forced to leave their classes", "ordered students to leave
# the square"): no expulsion.
EVERYDAY_PLACES = frozenset({"class", "classes", "school", "home", "homes", "house", "job", "jobs", "work", "office",
                             "meeting", "room", "hall", "chamber", "court", "field", "fields", "stadium", "square",
                             "street", "streets", "park", "campus", "plaza", "camp", "site", "building"})
PERIODS_GIVEN = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months", "deadline"})
# Whom a government commands, who carry out what it orders ("ordered troops to pull back"): its own forces and staff.
COMMANDED = frozenset({"troop", "soldier", "force", "army", "unit", "police", "policeman", "commander", "military",
                       "navy", "officer", "militia", "battalion", "division", "brigade", "guard", "ministry",
                       "official", "staff", "governor", "security"})
LEAVING = frozenset({"leave", "quit", "depart", "vacate", "pull out", "get out"})
APPEALING = frozenset({"encourage", "exhort", "implore", "beseech", "entreat"})
# What a guest is invited to do: an invitation to visit or talk (04), not an appeal.
GUEST_ACTS = frozenset({"visit", "attend", "come", "meet", "tour", "address", "observe", "witness", "speak", "stay",
                        "dine", "lunch", "dinner", "see", "watch", "go", "travel", "be", "spend", "join", "discuss",
                        "sit", "perform", "play", "sing", "appear"})


# Who is told something to pass it on, not to do it ("told reporters to expect delays").
AUDIENCES = frozenset({"reporter", "reporters", "journalist", "journalists", "newsmen", "press", "audience",
                       "listeners", "viewers", "interviewer", "readers"})


def speech_act(token, lemma: str) -> str | None:
    """A reporting verb that is itself a demand (CAMEO 10): "told Tokyo to halt its survey" (tell someone to),
    "insisted that Hamas hand over the soldier" (insist on a subjunctive: a bare verb with its own subject)."""
    clauses = [c for c in token.children
               if c.dep_ in ("xcomp", "ccomp") and (c.pos_ in ("VERB", "AUX") or _bare_noun(c))]
    if lemma == "tell" and any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clauses) and any(
            c.dep_ in ("dobj", "dative") and c.lower_ not in AUDIENCES for c in token.children):
        return "100"
    if lemma == "insist" and any(_subjunctive(c) for c in clauses):
        return "100"
    if lemma == "want" and any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                               and any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children)
                               for c in token.children):
        return "100"  # "wants the president to quit": a demand (CAMEO 10)
    if lemma == "say" and any(c.lower_ == "sorry" or c.dep_ == "ccomp" and any(g.lower_ == "sorry" and g.dep_ == "acomp"
                                                                                for g in c.children)
                              for c in token.children):
        return "055"  # "said sorry to Libya": an apology (CAMEO 055)
    return None


def _bare_noun(word) -> bool:
    """A clause's bare verb the tagger took for a noun or adjective: "insisted that Nepal hand over", "that the
    protesters clear their tents" (heading a "that" clause with its own subject), "that Belgium arrest and extradite"
    (joined to a bare verb)."""
    return word.tag_ in ("NN", "JJ") and any(g.dep_ == "mark" and g.lower_ == "that" for g in word.children) and any(
        g.dep_ == "nsubj" or g.dep_ == "conj" and g.tag_ == "VB" for g in word.children)


def _subjunctive(verb) -> bool:
    """"that Hamas hand over", "that the government agree", "that peacekeepers be sent in": a bare verb after a
    singular subject, no auxiliary but a bare passive "be"."""
    subjects = [g for g in verb.children if g.dep_ in ("nsubj", "nsubjpass")]
    auxiliaries = [g for g in verb.children if g.dep_ in ("aux", "auxpass")]
    if not subjects or any(g.dep_ == "aux" or g.lower_ != "be" for g in auxiliaries):
        return False
    if auxiliaries or _bare_noun(verb):
        return True
    # a plural subject's present form after a past "insisted" ("insisted that the guerrillas let them go") is one too
    # (and a verb whose past is its bare form: "insisted that Iraq let inspectors back", "that Israel quit")
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and (subjects[0].tag_ in ("NN", "NNP")
                                                        or verb.head.tag_ in ("VBD", "VBN"))) or (
        verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower())


# Travels whose purpose names the event: "flew into Islamabad for talks" is a visit (CAMEO 042).
TRAVELLING = frozenset({"go", "travel", "fly", "arrive", "head", "come", "return", "rush", "jet", "sail", "drive"})
MEETING = frozenset({"sit", "meet", "gather", "convene", "assemble", "reconvene"})


def _visit(token, lemma: str) -> str | None:
    """"flew into Islamabad for talks" is a visit (042); "sat down for a new round of talks" the talks themselves."""
    if lemma.split()[0] not in TRAVELLING | MEETING:
        return None
    nouns = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
             if g.dep_ == "pobj"]
    nouns += [g for t in nouns for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]  # "a new round of talks"
    talks = [n for n in nouns if (noun_code(n) or "").startswith("04")]
    if not talks and lemma.split()[0] in TRAVELLING and any(n.lemma_.lower() in ("trip", "tour") for n in nouns):
        return "042"  # "flew to Damascus for a one-day trip"
    if not talks:
        return None
    return "042" if lemma.split()[0] in TRAVELLING else noun_code(talks[-1])


def _names_another(phrase) -> bool:
    """A phrase that names a party and not the speaker's own ("of Syria's government", not "of its policy")."""
    words = list(phrase.subtree)
    return any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in words) and not any(
        t.lower_ in ("its", "their", "his", "her", "our", "my") for t in words)


def _acted_on_words(token) -> set[str]:
    """The words of what a verb acts on (its object or passive subject with their "of" phrases and compounds)."""
    nouns = _object_nouns(token)
    nouns += [c for n in nouns for c in n.children if c.dep_ == "compound"]
    return {w for n in nouns for w in (n.lower_, n.lemma_.lower())}


def _expulsion(token) -> str:
    """Who is made to leave a country: people are deported (174: "a BBC correspondent was given 48 hours to leave"),
    agencies, missions and forces withdrawn (166)."""
    nouns = _object_nouns(token) + [c for c in token.children if c.dep_ == "dative"]
    words = {w.lemma_.lower() for n in nouns for w in n.subtree}
    if words & SENT_GROUPS:
        return "166"  # ("aid workers", "construction workers and military advisers", "William Walker, head of the
        # OSCE verification mission": those a state or agency sent, withdrawn)
    return "174" if any(n.ent_type_ == "PERSON" or n.lemma_.lower() in DEPORTED or n.lower_ in DEPORTED
                        for n in nouns) else "166"


def _ordered_out(token) -> bool:
    """"ordered X out of the country": the parser hangs "out" on the verb or on its object."""
    holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
    return any(o.lower_ == "out" and o.dep_ in ("prep", "prt", "advmod") and any(
        p.lower_ == "of" and any(g.lemma_.lower() in HOMELANDS or g.ent_type_ == "GPE" for g in p.children)
        for p in o.children) for h in holders for o in h.children)


def object_rule(rules, words: set[str]) -> tuple[str | None, bool]:
    """The first codebook object rule of a verb (``lexicon().objects[lemma]``) whose words are among ``words``:
    (its code, True); (None, True) when that rule says the dictionary decides ("tear gas" is no chemical weapon);
    (None, False) when none applies."""
    for kinds, code in rules:
        if not kinds.isdisjoint(words):
            return code, True
    return None, False


def code_for(token) -> tuple[str | None, bool]:
    """A verb's CAMEO code: by the noun it acts on, else by its dictionary patterns; True when either matched."""
    lemma = lemma_of(token)
    if lemma in ("order", "tell") and _ordered_out(token):
        lemma = "expel"  # "ordered the aid group out of the country" expels it
    act = speech_act(token, lemma)
    if act:
        # "told X to ...": a demand only between political actors (events.py stores an unmatched reading only
        # when the one acted on is a coded actor), as is "wants X to ..."; "insisted that", "said sorry" are explicit
        return act, lemma not in ("tell", "want")
    visit = _visit(token, lemma)
    if visit:
        return visit, True
    if lemma in ("let", "allow", "permit") and any(
            c.dep_ in ("ccomp", "xcomp") and (code_for(c)[0] or "").startswith("14") for c in token.children):
        return "082", True  # "let coca farmers hold their march": easing political dissent (CAMEO 082)
    if lemma in GUARDING and not PEACEKEEPERS.isdisjoint(w for pair in _doer_words(token) for w in pair):
        return "074", True  # "peacekeepers took up positions around Serb villages": peacekeeping (CAMEO 074)
    if lemma in ("reject", "dismiss", "brush aside", "rebuff", "deny") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("criticism", "condemnation", "accusation", "charge", "allegation")
            and any(g.dep_ == "prep" and g.lower_ == "of" and _names_another(g)
                    # "rejecting accusations that Zimbabwe was flouting the rule of law"
                    or g.dep_ in ("acl", "ccomp") and any(s.dep_ == "nsubj" and s.pos_ == "PROPN" for s in g.children)
                    for g in c.children)
            for c in token.children):
        return "052", True  # "rejected Western criticism of Syria's government": defending it (CAMEO 052)
    after = doers = None
    if lemma in ACTED_ON_VERBS or lemma.split()[0] in ACTED_ON_VERBS:
        after, doers = _after_words(token), _doer_words(token)
        early = acted_on_rule(token, lemma, {w for pair in after for w in pair}, {w for pair in doers for w in pair},
                              _acted_on_words(token))
        if early:
            return early
    # (before the object rules: "ordered the members of a U.N. inspection team to leave" expels them, whatever
    # the object names)
    # ("ordered all Soviet technicians working on the project to leave": the parser may hang "to leave" on the
    # clause that describes them)
    told = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")] + [
        v for d in token.children if d.dep_ == "dobj" for a in d.children if a.dep_ == "acl" for v in a.children
        if v.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in v.children)]
    if lemma in ORDERING and any(c.lemma_.lower() in LEAVING and not any(
            g.dep_ == "dobj" and (g.lemma_.lower() in EVERYDAY_PLACES or g.ent_type_ == "FAC")
            for g in c.children) for c in told):
        return _expulsion(token), True  # ("forced to leave their classes and pick cotton", "ordered students to leave
        # Tiananmen Square" are no expulsion from a country)
    if reform_conceded(token, lemma):
        return "083", True  # (before the object rules: a package of reforms is no aid package)
    rules = lexicon().objects.get(lemma)
    if rules:
        nouns = _object_nouns(token)
        if lemma in EASING:
            nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "on"
                      for g in c.children if g.dep_ == "pobj"]
        person = any(n.ent_type_ in ("PERSON", "NORP") for n in nouns)  # the nouns themselves, not modifiers
        # "the ceasefire agreement", "$50 million": the modifiers say what kind of thing it is.
        nouns += [c for n in nouns for c in n.children if c.dep_ in ("compound", "nmod", "quantmod", "amod")]
        words = {w for n in nouns for w in (n.lower_, n.lemma_.lower())}
        if person:
            words.add(PERSON)
        if any(n.ent_type_ == "PERSON" for n in nouns):
            words.add(NAMED)
        code, matched = object_rule(rules, words)
        if code == "0861" and lemma in LETTING and words.isdisjoint(
                next(kinds for kinds, rule in rules if rule == "0861") - LET_IN_FORCES) and not _let_in(token):
            code, matched = None, False  # ("allowed troops to use live ammunition" lets no one in)
        if code is not None:
            return code, matched
    if lemma in ORDERING and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("withdraw", "pull out") and any(
            s.dep_ == "nsubj" and (s.pos_ == "PROPN" or s.ent_type_ in ("GPE", "ORG", "NORP")) for s in c.children)
                                 for c in token.children):
        return "166", True  # "ordered the United States to withdraw its forces from Subic Bay": expelling them
    if lemma == "give" and any(c.lemma_.lower() in PERIODS_GIVEN and any(
            g.dep_ in ("relcl", "acl", "advcl") and g.lemma_.lower() in LEAVING for g in c.children)
                                for c in token.children) or lemma == "give" and any(
            c.dep_ == "advcl" and c.lemma_.lower() in LEAVING and any(a.lower_ == "to" for a in c.children)
            for c in token.children):  # (not "gave a speech before leaving")
        return _expulsion(token), True  # "has given U.S. forces 180 days to leave the air base": expelling them
    if lemma in ORDERING:
        ordered = [code_for(c)[0] or "" for c in token.children if c.dep_ in ("xcomp", "ccomp")]
        ceasefire = next((code for code in ordered if code.startswith("087")), None)
        if ceasefire and any(c.dep_ == "dobj" and c.ent_type_ in ("GPE", "NORP") or c.dep_ in ("dobj", "nsubjpass")
                             and c.lemma_.lower() not in COMMANDED and c.ent_type_ != "PERSON"
                             for c in token.children):
            if ceasefire == "0874" and any(c.dep_ in ("dobj", "nsubjpass") and (
                    c.ent_type_ == "ORG" or c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP", "PERSON"))
                                           for c in token.children):
                return "166", True  # "ordered Medecins Sans Frontieres to pull out of Kosovo": expelling it
            return "100", True  # "the Security Council ordered Ethiopia and Eritrea to end their war", "coca growers
            # were ordered to lift their road blockades": a demand; the forces one commands carry out the act
        if ceasefire:
            return ceasefire, True  # "ordered security forces to halt offensive operations": a ceasefire (0871)
    if lemma in ORDERING and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("stay", "remain") and any(
            g.lower_ in INDOORS for g in c.subtree) or c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "off"
                                 and any(g.lower_ in ("streets", "street") for g in c.subtree) for c in token.children):
        return "1723", True  # "ordered residents to stay indoors", "were ordered off the streets": a curfew
    if lemma in ORDERING | {"require", "oblige"} and any(c.dep_ in ("xcomp", "ccomp") and imposed_on_people(c)
                                                          for c in token.children):
        return "172", True  # "ordered all residents to obtain passes before travelling": an administrative sanction
    if lemma in PLACING:
        under = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                 if g.dep_ == "pobj" and (noun_code(g) or "").startswith("17")]
        if under:
            return noun_code(under[0]), True  # "placed the country under emergency rule" (CAMEO 1724)
    if after is None:
        after, doers = _after_words(token), _doer_words(token)
    bag, who = {w for pair in after for w in pair}, {w for pair in doers for w in pair}
    if lemma in COURT_TAKING and _court_after(after):
        return "115", True  # "took Russia to the International Court of Justice": a lawsuit
    if lemma in TRADE_STOPPING and bag & TRADE_WORDS:
        return "163", True  # "banned imports of", "barred ... from importing": an embargo
    phrased = phrase_rule(token, lemma, bag, who)
    if phrased:
        return phrased
    if lemma in APPEALING and any(c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)
                                  for c in token.children):
        return "020", True  # "encouraged both sides to return to the table" is an appeal (CAMEO 02)
    if lemma == "invite" and any(
            c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children) and lemma_of(c).split()[0]
            not in GUEST_ACTS and not (code_for(c)[0] or "").startswith(("03", "04")) for c in token.children):
        return "020", True  # "invited South Korean firms to step up trade", "invited Australia to stage joint naval
        # exercises": asking for cooperation (CAMEO 02), not an invitation to visit or talk (04)
    words_after = {lower for lower, _ in after}
    if lemma in ALERTING and any(c.dep_ == "nsubjpass" for c in token.children):
        # ("a maximum state of readiness has been ordered for all units": what is ordered comes before)
        words_after |= {t.lower_ for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree}
    if lemma in BY_PHONE and words_after & {"phone", "telephone"}:
        return "041", True
    if lemma in ALERTING and ("alert" in words_after or ("readiness" in words_after
                                                        and words_after & READINESS_STATES)):
        # "put its troops on high alert", "moved to their highest state of readiness" (CAMEO 151/152)
        return ("151" if who & {"police", "policemen"} else "152"), True
    for kinds, code in lexicon().doers.get(lemma, ()):
        if not kinds.isdisjoint(who):
            return code, True
    code, matched = lexicon().verb_code(lemma, after, doers)
    if code is None and not matched and " " in lemma:
        # A multi-word verb the dictionary lists without a code of its own ("build up") is still its
        # verb with a particle: the verb's patterns read the particle among the words after it.
        return lexicon().verb_code(lemma.split()[0], after, doers)
    return code, matched


def noun_code(token) -> str | None:
    if token.ent_type_ in ("DATE", "TIME", "PERSON"):
        return None  # "in March", "Tom Strike"
    # (read with its modifiers first: "a formal protest" is a complaint, a protest a demonstration)
    code = phrase_code(token) or NOUN_TRIGGERS.get(token.lower_) or NOUN_TRIGGERS.get(token.lemma_.lower())
    if code and code.startswith(("18", "19")) and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in NOT_ARMED
            or c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in ("word", "nerve") for g in c.children)
            for c in token.children):
        return None  # "a punishing trade war", "a war of words" is no fighting
    if code and token.lemma_.lower() == "attack" and any(
            c.dep_ == "amod" and c.lower_ in SCATHING or c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ATTACKED_WORDS for g in c.children) for c in token.children):
        return "111"  # "the president's blistering attack on U.S. policy": criticism (CAMEO 111), no fighting
    if code and token.lower_ in ("war", "wars") and token.dep_ == "compound":
        return None  # "war crimes investigators", "war veterans": what the war left, no fighting now
    if code and token.lemma_.lower() == "strike":
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
        # A stoppage's length, or a strike that is called or staged, is a labour strike ("a 24-hour strike",
        # "a strike called by student groups"); air strikes are launched or carried out.
        labour = modifiers & LABOUR_STRIKES or any(
            c.dep_ == "acl" and c.lemma_.lower() in ("call", "stage") for c in token.children) or any(
            g.lower_ in LABOUR for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.subtree) or (  # "the strike by Bolivian tin miners"
            token.dep_ == "pobj" and token.head.lower_ == "on") or (  # "went on strike"
            token.i > 0 and token.doc[token.i - 1].lower_ == "on")  # ("have gone on strike": parsed as an object)
        code = "142" if "hunger" in modifiers else "143" if labour else code
    return code
