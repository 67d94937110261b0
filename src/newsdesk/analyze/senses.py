"""Readings of a verb that the CAMEO dictionary gives and the sentence does not bear.

PETRARCH2 codes a verb by its block's default when no pattern matches: "take" seizes (171), "call"
telephones (041), "leave" consults (040), "help" gives aid (070). Our coder stores an event for an
article only when it trusts the reading; the rules here mark a default reading as a guess (kept for a
sentence's best event, never stored). Each was blind-judged on real articles before it was adopted
(docs/benchmarks.md, "Events stored for real articles"). events.py also uses the word lists for the
checks that need the actors (a trip needs a political traveller; vehicles do not attack).
"""

from __future__ import annotations

# Families of acts (meeting, cooperating, aiding, yielding, protesting, coercing, fighting) whose verbs
# take a "that" clause only in another sense: "demonstrated that", "learned that", "recognized that".
PHYSICAL_FAMILIES = ("04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20")
# Families whose dictionary defaults are never stored: material cooperation (trade, economic, military or
# judicial cooperation) needs a pattern or a codebook rule that names what is shared.
DEFAULT_GUESS_FAMILIES = ("06",)
# Verbs of going somewhere, and vehicles (which do not attack).
TRAVEL = frozenset({"go", "travel", "depart", "arrive", "leave", "fly", "head", "rush", "come", "return", "sail",
                    "drive"})
VEHICLES = frozenset({"ship", "boat", "vessel", "ferry", "tanker", "car", "truck", "lorry", "bus", "train",
                      "plane", "aircraft", "airliner", "jet", "helicopter", "barge", "yacht"})
# What a parliament or council passes (passing it is no yielding, 080; what it does may be an event of its own).
LEGISLATION = frozenset({"law", "bill", "resolution", "legislation", "measure", "amendment", "budget", "act",
                         "motion", "statute", "ordinance", "reform"})
# Verbs whose that-clause is an opinion or a reading, not a pledge or an appeal: "all agreed that the plan
# would raise taxes", "polls suggest that", "the data indicate that".
OPINING = frozenset({"agree", "suggest", "signal", "indicate", "mean", "imply"})
# Everyday verbs PETRARCH2 files under seizing (171, its APPREHEND block), and what they can seize.
SEIZING = frozenset({"take", "catch", "grab", "snatch"})
SEIZABLE = frozenset("""hostage hostages prisoner prisoners captive captives people civilians soldiers troops
    sailors crew crewmen fishermen tourists workers journalists activists children women men girls boys
    ship ships vessel vessels tanker tankers boat boats aircraft plane planes jet jets drone drones truck
    trucks car cars property properties land lands farm farms house houses home homes building buildings
    asset assets money cash funds oil fuel cargo goods weapons arms equipment control""".split())
# Verbs that break or undo what they act on.
UNDOING = frozenset({"violate", "breach", "break", "scrap", "abandon", "cancel", "tear up", "quit", "exit",
                     "renege", "undermine", "sabotage", "torpedo", "derail", "postpone", "delay", "call off"})
# Verbs of making possible, which carry the act they make possible ("helped them escape", "allowed oil to go").
ENABLING = frozenset({"help", "allow", "enable", "let", "permit", "assist"})


def doubtful_reading(verb, lemma: str, code: str) -> bool:
    """A dictionary default ``code`` for ``verb`` that the sentence does not bear: "demonstrated that
    ...", "learned that ..." (knowing or showing, not the act); "can help us talk", "is allowing oil to go
    into" (making an act possible, not aid or yielding); material cooperation by a default alone ("issued an
    advisory", "bought the bridge"); "took place" (nothing seized); "polls suggest that" (an opinion); "we
    need to" (no demand); "passed a law" (no yielding); "released images" (no one freed); "called climate
    change a hoax" (no phone call)."""
    return (code.startswith(PHYSICAL_FAMILIES) and _finite_clause(verb)
            or lemma in ENABLING and _verb_after(verb)
            or code.startswith(DEFAULT_GUESS_FAMILIES)
            or lemma in SEIZING and code.startswith("17") and not _seizable(verb)
            or lemma in OPINING and _finite_clause(verb)
            or lemma == "need" and _verb_after(verb)
            or lemma == "pass" and _acts_on(verb, LEGISLATION)
            or lemma == "release" and code.startswith("08") and not _seizable(verb)
            or lemma == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children))


def is_vehicle(mention: str | None) -> bool:
    """"A tourist ship", "two cars": the mention's head word (or its singular) names a vehicle."""
    if not mention:
        return False
    head = mention.split()[-1].lower()
    return head in VEHICLES or head[:-1] in VEHICLES


def _verb_after(verb) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _acts_on(verb, words: frozenset) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words for c in verb.children)


def _seizable(verb) -> bool:
    """What "took"/"caught"/"grabbed" acts on is someone or something that can be seized: a person, group,
    place or organisation, or property; not "took place", "took advantage", "took a job", "takes off"."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(n.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC") or n.lower_ in ("him", "her", "them")
               or n.lower_ in SEIZABLE or n.lemma_.lower() in SEIZABLE for n in nouns)


def _finite_clause(verb) -> bool:
    """The verb's complement is a clause with its own subject or a "that"/"whether" ("learned that
    the plant would close"), not an infinitive ("agreed to meet")."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i:
            continue
        if any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in c.children):
            return True
        # "allowing oil to go", "help us talk": the parser's clause is an infinitive, the act is real
        infinitive = any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) or c.tag_ == "VB" and not any(
            g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)
        tensed = c.tag_ in ("VBD", "VBZ", "VBP") or any(
            g.dep_ in ("aux", "auxpass") and g.tag_ in ("MD", "VBD", "VBZ", "VBP") for g in c.children)
        if tensed and not infinitive and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            return True
    return False
