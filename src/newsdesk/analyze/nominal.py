"""Acts told by a noun made from their verb ("the release of a West German businessman was ordered", "the closure
of the CARE office was ordered by the martial law authorities"): the noun is read as its verb would be, with what
follows it in the noun phrase as the verb's object, through the same dictionary patterns and codebook object rules.
events.py asks for this reading only where a verb carries the noun as its content (ordered, approved, announced,
made clear), so a noun met anywhere else keeps its own, narrower reading (noun_phrases.phrase_code).
"""

from __future__ import annotations

from .phrase_rules import CUTTING, ENDING_MEDIATION, MEDIATING

# Nouns made from verbs, and the verb (as triggers.lemma_of spells it) each stands for.
NOMINALISED = {
    "release": "release", "freeing": "free", "closure": "close", "closing": "close", "removal": "remove",
    "ending": "end", "suspension": "suspend", "abolition": "abolish", "withdrawal": "withdraw",
    "expulsion": "expel", "acceptance": "accept", "refusal": "refuse", "rejection": "reject",
    "cancellation": "cancel", "imposition": "impose", "lifting": "lift", "easing": "ease", "shortening": "shorten",
    "raising": "raise", "cooling": "cool", "deployment": "deploy", "seizure": "seize", "occupation": "occupy",
    "invasion": "invade", "recognition": "recognize", "condemnation": "condemn", "resumption": "resume",
    "restoration": "restore", "reduction": "reduce", "severing": "sever", "severance": "sever", "recall": "recall",
    "return": "return", "handover": "hand over", "extradition": "extradite", "deportation": "deport",
    "dissolution": "dissolve", "banning": "ban", "reinstatement": "reinstate", "walkout": "walk out",
    "pullout": "pull out", "evacuation": "evacuate", "mobilisation": "mobilize", "mobilization": "mobilize",
    "demobilisation": "demobilize", "demobilization": "demobilize", "disarmament": "disarm",
    "postponement": "postpone", "extension": "extend", "renewal": "renew", "relaxation": "relax",
    "tightening": "tighten", "reopening": "reopen", "legalisation": "legalize", "legalization": "legalize",
    "confiscation": "confiscate", "demolition": "demolish", "destruction": "destroy", "harassment": "harass",
    "ratification": "ratify", "establishment": "establish", "rescue": "rescue", "donation": "donate",
    "termination": "halt", "freeze": "freeze", "freezing": "freeze", "cut": "cut", "cutoff": "cut off",
    "delivery": "deliver", "admission": "admit", "opening": "open", "reversal": "reverse", "adoption": "adopt",
    "implementation": "implement", "forgiveness": "forgive", "crackdown": "crack down", "recruitment": "recruit",
    "lowering": "lower", "eviction": "evict", "sharing": "share", "shipment": "ship", "transfer": "transfer",
    "pardon": "pardon", "pardoning": "pardon", "surrender": "surrender", "ouster": "oust",
    "nationalisation": "nationalize", "nationalization": "nationalize", "annexation": "annex",
    "imprisonment": "imprison", "detention": "detain", "abduction": "abduct", "kidnapping": "kidnap",
    "dispersal": "disperse", "unbanning": "unban", "granting": "grant", "scrapping": "scrap", "restitution": "return",
    "hosting": "host", "conscription": "conscript", "airlift": "airlift", "disbandment": "disband",
    "repatriation": "repatriate", "resettlement": "resettle", "recapture": "recapture", "blockade": "blockade",
    "halt": "halt", "end": "end", "cessation": "cease", "endorsement": "endorse", "slaughter": "slaughter",
    "massacre": "massacre", "bombardment": "bombard", "shelling": "shell",
}
# Nouns of a change in an amount, whose object follows "in" or "on" ("a sharp reduction in Soviet military aid", "a
# freeze on bilateral cooperation").
CHANGING = frozenset({"reduction", "cut", "freeze", "cutoff", "increase"})
# Nouns of a stop, whose object may follow "to" ("a halt to arms shipments", "an end to the curfew").
STOPPING = frozenset({"halt", "end", "cessation"})


# Prepositions that tell what a verb acts on or where it sends it ("the removal of forces from French soil"), not
# when or why ("after the invasion of Cyprus").
OBJECT_PREPS = frozenset({"of", "to", "from", "on", "against", "with", "into", "out", "off", "over", "for"})


def _after_words(noun) -> list[tuple[str, str]]:
    """What follows the noun in its own phrase, as a verb's words after it: "the removal of all American forces from
    French soil" -> all American forces from French soil (the "of" that stands for the object left out)."""
    words = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i < noun.i or prep.lower_ not in OBJECT_PREPS:
            continue
        words += [(t.lower_, t.lemma_.lower()) for t in prep.subtree
                  if not t.is_punct and not (t.i == prep.i and prep.lower_ == "of")]
    return words


def nominal_code(noun, default: bool = True) -> str | None:
    """The CAMEO code of the act a noun made from a verb names, read as the verb with its object (a codebook object
    rule, a dictionary pattern, or with default the verb's default); None when the noun is not one or its verb has no
    code. (What is ordered or approved is done; what is announced or confirmed may be anything: "Apple confirmed the
    removal of the apps" is no expulsion, so there the verb's default is not enough.)"""
    from .triggers import lexicon, noun_code, object_rule  # (triggers imports the modules this one is imported with)

    verb = NOMINALISED.get(noun.lemma_.lower())
    if verb is None:
        return None
    table = lexicon()
    after = _after_words(noun)
    preps = ("of", "in", "on") if noun.lemma_.lower() in CHANGING else ("of", "to") if (
        noun.lemma_.lower() in STOPPING) else ("of",)
    objects = {w for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
               if g.dep_ == "pobj" for t in (g, *(m for m in g.children if m.dep_ in ("compound", "amod", "nmod")))
               for w in (t.lower_, t.lemma_.lower())}
    if not objects:
        return None  # ("their withdrawal from Gorazde": no object, the noun's own sense)
    if verb in ENDING_MEDIATION and objects & MEDIATING:
        return "165"  # "the suspension of Qatari mediation between Khartoum and the rebels" (CAMEO 165)
    if verb in CUTTING and objects & {"curfew", "curfews"}:
        return "0813"  # "a three-hour reduction of the nightly curfew": easing it (CAMEO 0813)
    # (a change in an amount reads as a cut would: "a sharp reduction in Soviet military aid")
    for rules in (table.objects.get(verb, ()), table.objects.get("cut", ()) if noun.lemma_.lower() in CHANGING else ()):
        code, matched = object_rule(rules, objects)
        if matched:
            return code
    code, matched = table.verb_code(verb, after)
    if not matched and (noun_code(noun) or not default):
        return None  # (the noun's own sense says more than its verb's default: "the walkout" is a strike)
    return code  # (a pattern of the verb, or its default: what the verb means with no more said)
