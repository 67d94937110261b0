"""Trigger words and the CAMEO code each carries; events.py chooses among them and finds the actors.

The PETRARCH2 verb dictionary (data/verbs.json) codes most verbs, a verb's pattern read off the words of
its own phrase. Hand-kept tables, from the CAMEO codebook's own definitions, fill what the dictionary
codes only inside long patterns, name the nouns that are events on their own, and code a verb by the
head noun of its object ("captured the stronghold" is occupying territory, "sent arms" is military aid).
A word starting with "&" is a PETRARCH2 synonym set (verbs.json "synsets").
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources

# Default codes for common news verbs the CAMEO dictionary codes only inside longer patterns,
# from the CAMEO codebook's own definitions (refuse = reject, cut ties = reduce relations, ...).
DEFAULT_CODES = {"refuse": "120", "decline": "120", "deny": "120", "reject": "120", "rebuff": "120", "veto": "129",
                 "accept": "080", "urge": "020", "appeal": "020", "upgrade": "050", "restore": "050",
                 "reduce": "160", "cut": "160", "suspend": "160", "halt": "160", "sever": "161", "lift": "085",
                 "sign": "057", "deliver": "070", "agree": "030", "condemn": "111",
                 "accuse": "112", "blame": "112", "denounce": "111", "threaten": "130", "invade": "192",
                 "occupy": "192", "shell": "194", "bombard": "194", "assassinate": "186", "kidnap": "181",
                 "abduct": "181", "hijack": "181", "torture": "182", "mobilize": "154", "mobilise": "154",
                 "deploy": "154", "probe": "090", "investigate": "090", "demand": "100", "protest": "141",
                 "rally": "141", "march": "141", "riot": "145", "evacuate": "166", "expel": "166",
                 "sue": "115", "turn down": "120", "turn back": "120", "rule out": "120", "balk": "120", "baulk": "120",
                 "shrug off": "120", "consent": "030", "hand over": "084", "pull out": "0874", "pull back": "0874",
                 "beat up": "182", "telephone": "041", "phone": "041", "call": "041", "meet": "040", "host": "043"}
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
    "mediation": "045", "arbitration": "045", "hearing": "090", "lawsuit": "115", "signatures": "140",
    "sit-in": "141", "vigil": "141", "march": "141",
    "complaint": "114", "apology": "055", "request": "020", "plea": "020", "offer": "030", "pledge": "030",
    "promise": "030", "ban": "172", "blockade": "191", "siege": "191",
}
# Verbs coded straight from the codebook, whatever the dictionary's patterns say (PETRARCH2 codes
# "sue ... for" as an arrest; CAMEO 115 is "bring lawsuit against").
CODEBOOK_VERBS = {"sue": "115"}

_MONEY = ("$", "dollars", "million", "billion", "euros", "loan", "loans", "credit", "credits", "grant", "grants",
          "funds", "funding")
_TERRITORY = ("&STRONGHOLD", "&TOWN", "territory", "base", "bases", "position", "positions", "airport", "province",
              "region", "district", "hill", "border", "capital", "port", "island", "enclave")
_ARMS = ("&WEAPON", "arms", "weapons", "weaponry", "munitions", "warplanes", "tanks")
_RELIEF = ("&FOOD", "aid", "supplies", "medicine", "medicines", "relief", "grain", "flour", "rice", "wheat", "fuel")
# CAMEO code by the head noun of the verb's object (or of its "of" phrase: "part of a stronghold").
OBJECT_CODES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    **{verb: [(_TERRITORY, "192")]
       for verb in ("capture", "seize", "overrun", "take", "occupy", "retake", "recapture")},
    **{verb: [(("&CEASEFIRE",), "196")] for verb in ("violate", "break", "breach")},
    **{verb: [(_ARMS, "072"), (_RELIEF, "070"), (_MONEY, "071")]
       for verb in ("send", "ship", "supply", "deliver", "provide", "airlift", "fly", "truck", "donate", "grant",
                    "lend", "extend")},
    **{verb: [(("settlement", "settlements", "&MILITARY", "positions"), "0874")]
       for verb in ("evacuate", "withdraw", "pull out")},
    **{verb: [(("&HOSTAGE", "&PEOPLE", "prisoner", "prisoners", "detainee", "detainees", "captive", "captives",
                "hostage", "hostages", "pow", "pows", "activists", "journalists", "dissidents"), "0841")]
       for verb in ("free", "release", "hand over", "return", "repatriate")},
    # CAMEO 086: allow international involvement (peacekeepers, inspectors, humanitarian aid).
    **{verb: [(("&PKO", "peacekeepers", "troops"), "0861"), (("inspectors", "inspection", "inspections", "monitors",
                                                                "observers"), "0862"),
              (("delivery", "deliveries", "convoy", "convoys") + _RELIEF, "0863")]
       for verb in ("allow", "permit", "let", "authorize", "authorise")},
    # Brushing aside a call, demand or offer rejects it (CAMEO 12), whatever the verb's usual sense.
    **{verb: [(("call", "calls", "demand", "demands", "request", "requests", "appeal", "appeals", "&PROPOSAL",
                "proposal", "proposals", "offer", "offers", "plan", "ultimatum", "plea", "pleas"), "120")]
       for verb in ("dismiss", "brush aside", "spurn", "ignore", "shrug off", "disregard")},
    "give": [(("welcome",), "043"), (_ARMS, "072"), (_RELIEF, "070"), (_MONEY, "071")],
}

# Verbs that report speech; what they report is the event, not the saying.
REPORTING = frozenset("say tell conclude warn add note state report announce claim quote cite stress explain insist "
                      "reiterate declare reply respond write told comment describe confirm reveal accord disclose "
                      "emphasise emphasize".split())
# Clauses whose words belong to another verb, not to the verb being coded.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "csubj", "nsubj",
                         "nsubjpass", "mark", "punct", "cc"})
# Words a pattern may hold that say nothing on their own; a pattern of only these is the least specific.
FUNCTION_WORDS = frozenset("in on at to for with from of off out up down away back over against into about upon "
                           "by the a an".split())
# Prepositions of place and time: "demonstrated in Seoul" is where, not the pattern "demonstrate in (support)".
ADJUNCT_PREPS = frozenset({"in", "on", "at", "during", "near", "inside", "outside", "across"})


class _Lexicon:
    """Verb patterns and the CAMEO -> PLOVER table, compiled once per process."""

    def __init__(self) -> None:
        data = resources.files("newsdesk.data")
        raw = json.loads(data.joinpath("verbs.json").read_text(encoding="utf-8"))
        synsets = {k: frozenset(v) for k, v in raw["synsets"].items()}
        self.verbs: dict[str, tuple[str | None, list[tuple[tuple[frozenset, ...], str, int]]]] = {}
        for lemma, (code, patterns) in raw["verbs"].items():
            compiled = []
            for words, pcode in patterns:
                parts = tuple(synsets.get(w[1:], frozenset()) if w.startswith("&") else frozenset((w,))
                              for w in words.split())
                if all(parts):
                    compiled.append((parts, pcode, sum(1 for part in parts if not part <= FUNCTION_WORDS)))
            # Most specific first: content words ("relations") before bare particles ("off"), then length.
            compiled.sort(key=lambda p: (-p[2], -len(p[0])))
            self.verbs[lemma] = (code, compiled)
        # A verb the dictionary codes only inside phrases still has a usual sense: the code its
        # patterns share most ("open" is mostly talks, "sell" mostly cooperation). Used only as a last resort.
        self.usual: dict[str, str] = {}
        for lemma, (code, patterns) in raw["verbs"].items():
            families = Counter(pcode[:2] for _, pcode in patterns if not pcode.startswith("01"))
            if code is None and families:
                family, count = families.most_common(1)[0]
                if count * 2 >= sum(families.values()):
                    self.usual[lemma] = family + "0"
        self.plover = json.loads(data.joinpath("cameo_plover.json").read_text(encoding="utf-8"))
        self.objects = {lemma: [(frozenset(w for word in words for w in (synsets.get(word[1:], ())
                                                                        if word.startswith("&") else (word,))), code)
                                for words, code in rules] for lemma, rules in OBJECT_CODES.items()}

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
        if lemma in CODEBOOK_VERBS:
            return CODEBOOK_VERBS[lemma], True
        entry = self.verbs.get(lemma)
        if entry is None:
            return DEFAULT_CODES.get(lemma), False
        default, patterns = entry
        default = DEFAULT_CODES.get(lemma, default)
        if after and lemma not in REPORTING:
            bag = {w for pair in after for w in pair}
            lowers = {lower for lower, _ in after}
            best = None
            for parts, code, content in patterns:
                if best is not None and (content, len(parts)) < best[0][:2]:
                    break
                if all(not part.isdisjoint(bag) for part in parts) and _in_order(parts, after):
                    # Among equally specific patterns the one naming the word as written wins
                    # ("lifted sanctions" is the plural pattern, not "sanction").
                    exact = all(not part.isdisjoint(lowers) for part in parts)
                    if best is None or exact > best[0][2]:
                        best = ((content, len(parts), exact), code)
            if best is not None:
                return best[1], True
        return default, False


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


def _known(lemma: str) -> bool:
    table = lexicon()
    return lemma in table.verbs or lemma in DEFAULT_CODES or lemma in table.objects


def _base_form(token) -> str:
    """spaCy's lemma, or a base form read off the inflection when the model's lemma is unknown ("staged" -> "stag")."""
    lemma = token.lemma_.lower()
    if _known(lemma) or token.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
        return lemma
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


def lemma_of(token) -> str:
    lemma = _base_form(token)
    for child in token.children:
        if child.dep_ == "prt":
            phrasal = f"{lemma} {child.lower_}"
            if phrasal in lexicon().verbs or phrasal in DEFAULT_CODES:
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
        words.append((t.lower_, t.lemma_.lower()))
        if t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and not t.whitespace_:
            joined = f"{t.lower_}-{t.nbor(2).lower_}"  # "sit-in" is three tokens to spaCy, one word to the dictionary
            words.append((joined, joined))
    return words


def _object_nouns(token) -> list:
    """Head nouns of what a verb acts on: its object, the object's "of" phrase, a passive subject."""
    nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return nouns


def code_for(token) -> tuple[str | None, bool]:
    """A verb's CAMEO code: by the noun it acts on, else by its dictionary patterns; True when either matched."""
    lemma = lemma_of(token)
    rules = lexicon().objects.get(lemma)
    if rules:
        nouns = _object_nouns(token)
        # "the ceasefire agreement", "$50 million": the modifiers say what kind of thing it is.
        nouns += [c for n in nouns for c in n.children if c.dep_ in ("compound", "nmod", "quantmod")]
        words = {w for n in nouns for w in (n.lower_, n.lemma_.lower())}
        for kinds, code in rules:
            if not kinds.isdisjoint(words):
                return code, True
    return lexicon().verb_code(lemma, _after_words(token))


def noun_code(token) -> str | None:
    if token.ent_type_ in ("DATE", "TIME", "PERSON"):
        return None  # "in March", "Tom Strike"
    code = NOUN_TRIGGERS.get(token.lower_) or NOUN_TRIGGERS.get(token.lemma_.lower())
    if code and token.lemma_.lower() == "strike":
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
        code = "142" if "hunger" in modifiers else "143" if modifiers & {"general", "labour", "labor"} else code
    return code
