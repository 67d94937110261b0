"""Set phrases of wire copy read as the plain verb they stand for: "slammed the door on the proposal" rejects it,
"pointed the finger at Caracas" accuses it, "showed the monitors the door" expels them. The event coder then reads
the plain verb's CAMEO patterns with the sentence's own actors. Only phrases the CAMEO dictionary has no pattern for
("gave the green light", "threw its weight behind" it codes itself).
"""

from __future__ import annotations

# verb -> [(words one of which must be what the verb acts on, the plain verb it means)]. The words are the
# lemmas of the verb's object, its dative and what its prepositions govern ("took Syria to task": "task").
IDIOMS: dict[str, list[tuple[frozenset[str], str]]] = {
    "slam": [(frozenset({"door"}), "reject")],
    "shut": [(frozenset({"door"}), "reject")],
    "show": [(frozenset({"door"}), "expel"), (frozenset({"flag"}), "parade")],  # "warships showed the flag"
    "point": [(frozenset({"finger"}), "accuse")],
    "bring": [(frozenset({"end", "halt"}), "end")],  # "brought the state of emergency to an end"
    "turn": [(frozenset({"ear", "shoulder"}), "reject"), (frozenset({"heat"}), "urge"),
             (frozenset({"screw"}), "pressure")],
    "ratchet": [(frozenset({"heat"}), "urge")],
    "thumb": [(frozenset({"nose"}), "defy")],
    "rattle": [(frozenset({"sabre", "saber", "sabres", "sabers"}), "parade")],
    "compare": [(frozenset({"note", "notes"}), "consult")],
    "let": [(frozenset({"bygone", "bygones"}), "forgive")],
    "throw": [(frozenset({"towel"}), "concede"), (frozenset({"lifeline"}), "help")],
    "give": [(frozenset({"way"}), "yield")],  # "gave way to pressure from the Druze leadership"
    "dig": [(frozenset({"heel", "heels"}), "refuse")],
    "pour": [(frozenset({"water"}), "reject")],
    "pull": [(frozenset({"plug"}), "halt")],
    "read": [(frozenset({"act"}), "rebuke")],  # "read the riot act to"
    "take": [(frozenset({"task"}), "criticize"), (frozenset({"exception"}), "criticize")],  # "took exception to"
    "lay": [(frozenset({"door"}), "blame")],  # "laid the abuses at Beijing's door"
    "lend": [(frozenset({"hand"}), "help")],
    "cry": [(frozenset({"foul"}), "criticize")],
    "bow": [(frozenset({"pressure", "demand", "demands"}), "yield")],
    "put": [(frozenset({"microscope", "scrutiny"}), "investigate"), (frozenset({"ice"}), "suspend")],
    "lock": [(frozenset({"horn", "horns"}), "clash")],
    "close": [(frozenset({"rank", "ranks"}), "ally")],  # "closed ranks with Jamaica"
}
# "turned a deaf ear", "poured cold water": the idiom's adjective, where it has one.
_QUALIFIED = {"ear": "deaf", "water": "cold", "act": "riot", "shoulder": "cold"}
# "slammed the door on", "pointed the finger at": the preposition that names who is acted on, where the words
# alone have an everyday sense ("slammed the car door").
_ADDRESSED = {"door": ("on", "to"), "finger": ("at",), "ear": ("to",), "heat": ("on",), "nose": ("at",),
               "shoulder": ("to",), "exception": ("to",)}


def idiom_lemma(token, lemma: str) -> str | None:
    """The plain verb a set phrase on ``token`` stands for, or None."""
    readings = IDIOMS.get(lemma.split()[0])
    if not readings:
        return None
    acted_on = [g for c in token.children if c.dep_ in ("dobj", "dative", "prep", "nsubjpass", "oprd")
                for g in ((c,) if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])]
    for keys, plain in readings:
        key = next((t for t in acted_on if t.lemma_.lower() in keys or t.lower_ in keys), None)
        if key is None:
            continue
        qualifier = _QUALIFIED.get(key.lemma_.lower())
        if qualifier and not any(c.lower_ == qualifier for c in key.children):
            continue
        addressed = _ADDRESSED.get(key.lemma_.lower())
        if addressed and key.dep_ != "pobj" and not any(
                c.dep_ == "prep" and c.lower_ in addressed for t in (token, key) for c in t.children):
            continue
        return plain
    return None
