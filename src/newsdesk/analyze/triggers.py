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
                 "sue": "115", "turn down": "120", "vote down": "120", "turn back": "120", "rule out": "120",
                 "balk": "120", "baulk": "120", "shrug off": "120", "consent": "030", "hand over": "084",
                 "pull out": "0874", "pull back": "0874", "beat up": "182", "beat": "182", "approve": "051",
                 "defend": "052", "demobilize": "0873", "demobilise": "0873", "ratify": "057", "negotiate": "046",
                 "telephone": "041", "phone": "041", "call": "041", "meet": "040", "host": "043",
                 "round up": "173", "brush off": "120", "bargain": "046", "order out": "166", "kick out": "166",
                 "step down": "083", "stand down": "083"}
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
    "sit-in": "141", "vigil": "141", "march": "141", "walkout": "143", "stoppage": "143",
    "complaint": "114", "apology": "055", "request": "020", "plea": "020", "offer": "030", "pledge": "030",
    "promise": "030", "ban": "172", "blockade": "191", "siege": "191",
    "support": "051", "backing": "051", "solidarity": "051", "endorsement": "051", "praise": "051",
    "recognition": "054",
}
# Verbs coded straight from the codebook, whatever the dictionary's patterns say (PETRARCH2 codes
# "sue ... for" as an arrest; CAMEO 115 is "bring lawsuit against").
CODEBOOK_VERBS = {"sue": "115"}

# What makes a "war" or an "attack" no fighting: "trade war", "price war", "culture war", "media attack".
NOT_ARMED = frozenset({"trade", "tariff", "price", "currency", "culture", "cultural", "propaganda", "media",
                       "political", "legal", "verbal", "rhetorical", "bidding", "turf", "tax", "class", "flame",
                       "heart", "panic", "asthma"})
# Stands for an object the parser names as a person or a nationality ("freed Nazanin Zaghari-Ratcliffe").
PERSON = "<person>"
_PEOPLE = ("sailors", "seamen", "marines", "soldiers", "crew", "crewmen", "fishermen", "tourists", "nationals",
           "citizens", "workers", "missionaries", "students", "people", "civilians", "pilot", "pilots", "servicemen",
           "suspects", "inmates", "politicians", "leader", "leaders", "women", "children", "men")
_MONEY = ("$", "dollars", "million", "billion", "euros", "loan", "loans", "credit", "credits", "grant", "grants",
          "funds", "funding")
_TERRITORY = ("&STRONGHOLD", "&TOWN", "territory", "base", "bases", "position", "positions", "airport", "province",
              "region", "district", "hill", "border", "capital", "port", "island", "enclave")
_ARMS = ("&WEAPON", "arms", "weapons", "weaponry", "munitions", "warplanes", "tanks")
_RELIEF = ("&FOOD", "aid", "supplies", "medicine", "medicines", "relief", "grain", "flour", "rice", "wheat", "fuel")
# CAMEO code by the head noun of the verb's object (or of its "of" phrase: "part of a stronghold").
OBJECT_CODES: dict[str, list[tuple[tuple[str, ...], str | None]]] = {
    **{verb: [(_TERRITORY, "192")]
       for verb in ("capture", "seize", "overrun", "take", "occupy", "retake", "recapture")},
    **{verb: [(("&CEASEFIRE",), "196")] for verb in ("violate", "break", "breach")},
    **{verb: [(_ARMS, "072"), (_RELIEF, "070"), (_MONEY, "071")]
       for verb in ("send", "ship", "supply", "deliver", "provide", "airlift", "fly", "truck", "donate", "grant",
                    "lend", "extend")},
    **{verb: [(("settlement", "settlements", "&MILITARY", "positions"), "0874")]
       for verb in ("evacuate", "withdraw", "pull out")},
    **{verb: [(("&HOSTAGE", "&PEOPLE", PERSON, "prisoner", "prisoners", "detainee", "detainees", "captive",
                "captives", "hostage", "hostages", "pow", "pows", "activists", "journalists", "dissidents") + _PEOPLE,
               "0841")]
       for verb in ("free", "release", "hand over", "return", "repatriate")},
    # CAMEO 086: allow international involvement (peacekeepers, inspectors, humanitarian aid).
    **{verb: [(("&PKO", "peacekeepers", "troops"), "0861"), (("inspectors", "inspection", "inspections", "monitors",
                                                                "observers", "experts", "investigators"), "0862"),
              (("delivery", "deliveries", "convoy", "convoys") + _RELIEF, "0863")]
       for verb in ("allow", "permit", "let", "authorize", "authorise")},
    # Brushing aside a call, demand or offer rejects it (CAMEO 12), whatever the verb's usual sense.
    **{verb: [(("call", "calls", "demand", "demands", "request", "requests", "appeal", "appeals", "&PROPOSAL",
                "proposal", "proposals", "offer", "offers", "plan", "ultimatum", "plea", "pleas"), "120")]
       for verb in ("dismiss", "brush aside", "brush off", "spurn", "ignore", "shrug off", "disregard")},
    # Killing or blocking a bill or a draft resolution rejects it (CAMEO 12), not violence.
    **{verb: [(("resolution", "resolutions", "bill", "bills", "motion", "proposal", "proposals", "measure",
                "amendment", "legislation", "draft"), "120")]
       for verb in ("kill", "block", "sink", "torpedo", "scuttle", "derail")},
    # Gunfire exchanged is fighting with small arms (CAMEO 193), not trade.
    **{verb: [(("fire", "gunfire", "shots", "gunshots", "volleys"), "193")] for verb in ("trade", "exchange")},
    # CAMEO 142: refusing food is a hunger strike; 143: a walkout or stoppage staged is a strike.
    "refuse": [(("food", "meals", "nourishment"), "142")],
    **{verb: [(("hunger",), "142"), (("air", "missile", "drone", "military", "nuclear", "retaliatory"), None),
              (("walkout", "walkouts", "stoppage", "stoppages", "strike", "strikes"), "143")]
       for verb in ("stage", "hold", "begin", "start", "call")},
    # CAMEO 1831 suicide bombing ("blew himself up"); 055 apologise ("expressed remorse"); 054 recognise
    # ("acknowledged Kosovo as an independent state"); 2041 chemical weapons (tear gas is not one).
    "blow up": [(("himself", "herself", "themselves"), "1831")],
    "express": [(("remorse", "contrition", "apology", "apologies", "regret", "regrets"), "055")],
    **{verb: [(("independence", "sovereignty", "statehood", "state", "nation", "republic"), "054")]
       for verb in ("acknowledge", "recognize", "recognise")},
    **{verb: [(("tear", "pepper"), None), (("sarin", "chlorine", "mustard", "nerve", "chemical", "chemicals",
                                              "toxin", "toxins", "gas"), "2041")]
       for verb in ("use", "drop", "fire", "launch", "release", "deploy")},
    "give up": [(("himself", "herself", "themselves", "arms", "weapons"), "0874")],
    # Killing a named person is an assassination (CAMEO 186), not military force.
    **{verb: [((PERSON,), "186")] for verb in ("shoot", "shoot dead", "gun down", "murder", "stab")},
    "give": [(("welcome",), "043"), (_ARMS, "072"), (_RELIEF, "070"), (_MONEY, "071")],
    # CAMEO 057 "ratify, sign, finalize an agreement", whatever the agreement is about (its usage note:
    # even one that commits to material cooperation); PETRARCH2 codes "signed a trade agreement" as intent.
    **{verb: [(("&TREATY", "accords", "agreements", "pacts", "treaties", "deal", "deals", "protocol", "memorandum",
                "convention", "charter", "declaration"), "057")]
       for verb in ("sign", "ratify", "conclude", "initial", "finalize", "finalise", "seal", "clinch")},
    # CAMEO 174's usage note: expelling diplomats reduces diplomatic relations (161), not deporting people.
    **{verb: [(("diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attache", "attaché",
                "attaches", "consul", "embassy", "staff"), "161")]
       for verb in ("expel", "recall", "withdraw", "order out", "kick out")},
    # CAMEO 081x/085/0872: easing what restricts (a curfew, an emergency, a ban, sanctions, a blockade).
    **{verb: [(("curfew", "curfews"), "0813"), (("emergency", "law"), "0814"),
              (("restrictions", "restriction", "ban", "bans", "censorship", "controls"), "081"),
              (("sanctions", "sanction", "embargo", "embargoes", "boycott"), "085"), (("blockade", "siege"), "0872")]
       for verb in ("ease", "relax", "lift", "loosen", "shorten", "rescind", "revoke", "remove", "scrap", "end")},
    # CAMEO 154 "increase the number of military personnel": troops massed or reinforced.
    **{verb: [(("&MILITARY", "forces", "tanks", "warships", "units"), "154")]
       for verb in ("mass", "amass", "concentrate", "reinforce", "build up", "beef up", "move")},
}

# CAMEO code by who acts, from the codebook's usage notes: a reported arrival of peacekeepers or inspectors
# is their host receiving them (0861/0862), their departure a withdrawal (1661/1662), not a visit.
_OUTSIDERS = ((("&PKO", "peacekeepers", "blue helmets"), "1"), (("inspectors", "monitors", "observers"), "2"))
_BOMBS = ("bomb", "bombs", "explosive", "explosives", "device", "car", "truck", "vehicle", "parcel", "package",
          "vest", "bomber", "bombers", "landmine", "mine")
_CROWDS = ("protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator", "rioters", "rioter",
           "mob", "mobs", "crowd", "crowds")
DOER_CODES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    **{verb: [(words, "086" + n) for words, n in _OUTSIDERS] for verb in ("arrive", "land", "deploy", "enter")},
    # A bomb that goes off is a bombing (CAMEO 183), not military force.
    **{verb: [(_BOMBS, "183")] for verb in ("blow up", "explode", "detonate", "go off")},
    # Violence by protesters is a violent protest, a riot (CAMEO 145).
    **{verb: [(_CROWDS, "145")] for verb in ("storm", "clash", "torch", "burn", "set", "hurl", "throw", "ransack",
                                             "loot", "smash", "attack", "stone", "pelt")},
    # Charges brought by prosecutors or police are legal action (CAMEO 173), not a verbal accusation.
    "charge": [(("prosecutor", "prosecutors", "prosecution", "police", "court", "courts", "judge", "judges",
                 "magistrate", "authorities", "investigators"), "173")],
    **{verb: [(words, "166" + n) for words, n in _OUTSIDERS]
       for verb in ("leave", "withdraw", "depart", "pull out", "ship out", "evacuate", "quit")},
}

# Verbs that become a phone call with "by phone" (CAMEO 041), and states of alert (CAMEO 15).
BY_PHONE = frozenset({"speak", "talk", "confer", "chat", "consult"})
ALERTING = frozenset({"put", "place", "raise", "move", "order", "bring", "heighten", "increase", "set", "go"})
READINESS_STATES = frozenset({"state", "combat", "full", "high", "heightened", "highest", "maximum"})

# Adverbial particles that spaCy may attach as prepositions right after their verb.
PARTICLES = frozenset({"out", "off", "back", "down", "up", "away"})

# Verbs that report speech; what they report is the event, not the saying.
REPORTING = frozenset("say tell conclude warn add note state report announce claim quote cite stress explain insist "
                      "reiterate declare reply respond write told comment describe confirm reveal accord disclose "
                      "emphasise emphasize".split()) | frozenset(
    "think believe feel know suppose wonder realize realise guess imagine reckon".split())
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
        if (after or before) and lemma not in REPORTING:
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


def _known(lemma: str) -> bool:
    table = lexicon()
    return lemma in table.verbs or lemma in DEFAULT_CODES or lemma in table.objects or lemma in table.doers


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
    table = lexicon()
    for child in token.children:
        # spaCy often makes the particle of "pulled out of", "were shipped out of" a preposition, and
        # that of "pull part of its forces back" an adverb.
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == token.i + 1 and child.lower_ in PARTICLES) or (
                child.dep_ == "advmod" and child.i > token.i and child.lower_ in PARTICLES):
            phrasal = f"{lemma} {child.lower_}"
            if phrasal in table.verbs or phrasal in DEFAULT_CODES or phrasal in table.doers or phrasal in table.objects:
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


def _doer_words(token) -> list[tuple[str, str]]:
    """Words naming who acts (the subject's phrase, or the noun a participle describes) and adverbs before the
    verb: PETRARCH2's patterns with words before the verb ("- &MILITARY * [0874]": troops withdrawing retreat)."""
    head = token
    while True:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            break
        head = head.head  # "troops began to withdraw": the subject of the verb it hangs on
    if not subjects and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        subjects = [token.head]
    words = [t for s in subjects for t in s.subtree if t.dep_ not in ("relcl", "acl", "appos")]
    words += [c for c in token.children if c.dep_ == "advmod" and c.i < token.i]
    return [(t.lower_, t.lemma_.lower()) for t in words[:12]]


def _object_nouns(token) -> list:
    """Head nouns of what a verb acts on: its object, the object's "of" phrase, a passive subject."""
    nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # "allowed inspectors to visit": spaCy makes the object the subject of the infinitive.
    nouns += [s for c in token.children if c.dep_ in ("ccomp", "xcomp") and any(a.lower_ == "to" for a in c.children)
              for s in c.children if s.dep_ == "nsubj"]
    nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    # "acknowledged Kosovo as an independent state": what the object is taken as.
    nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ == "pobj"]
    return nouns


# Orders to go ("ordered the troops to leave") expel (CAMEO 166).
ORDERING = frozenset({"order", "tell", "instruct", "force", "give"})
LEAVING = frozenset({"leave", "quit", "depart"})
APPEALING = frozenset({"encourage", "exhort", "implore", "beseech", "entreat"})


def code_for(token) -> tuple[str | None, bool]:
    """A verb's CAMEO code: by the noun it acts on, else by its dictionary patterns; True when either matched."""
    lemma = lemma_of(token)
    rules = lexicon().objects.get(lemma)
    if rules:
        nouns = _object_nouns(token)
        person = any(n.ent_type_ in ("PERSON", "NORP") for n in nouns)  # the nouns themselves, not modifiers
        # "the ceasefire agreement", "$50 million": the modifiers say what kind of thing it is.
        nouns += [c for n in nouns for c in n.children if c.dep_ in ("compound", "nmod", "quantmod", "amod")]
        words = {w for n in nouns for w in (n.lower_, n.lemma_.lower())}
        if person:
            words.add(PERSON)
        for kinds, code in rules:
            if not kinds.isdisjoint(words):
                if code is None:
                    break  # "tear gas" is not a chemical weapon: the dictionary decides
                return code, True
    if lemma in ORDERING and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVING
                                 for c in token.children):
        return "166", True
    if lemma in APPEALING and any(c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)
                                  for c in token.children):
        return "020", True  # "encouraged both sides to return to the table" is an appeal (CAMEO 02)
    after, doers = _after_words(token), _doer_words(token)
    words_after = {lower for lower, _ in after}
    if lemma in BY_PHONE and words_after & {"phone", "telephone"}:
        return "041", True
    who = {w for pair in doers for w in pair}
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
    code = NOUN_TRIGGERS.get(token.lower_) or NOUN_TRIGGERS.get(token.lemma_.lower())
    if code and code.startswith(("18", "19")) and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in NOT_ARMED
            or c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in ("word", "nerve") for g in c.children)
            for c in token.children):
        return None  # "a punishing trade war", "a war of words" is no fighting
    if code and token.lemma_.lower() == "strike":
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
        labour = modifiers & {"general", "labour", "labor", "national", "nationwide"} or (
            token.dep_ == "pobj" and token.head.lower_ == "on")  # "went on strike"
        code = "142" if "hunger" in modifiers else "143" if labour else code
    return code
