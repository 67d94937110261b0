"""Who does an act decides what it is (CAMEO codebook): force by irregulars is unconventional violence, force by
police against people is repression, a road blocked by civilians a protest. Roles come from the actor tables, or,
for a mention no table knows ("unidentified gunmen", "several hundred pensioners"), from its words.
"""

from __future__ import annotations

from .codebook import CROWDISH
from .countries import country_by_code
from .phrasing import OBSTRUCT_VERBS

# Generic violence ("killed", "attacked") by irregular armed groups is CAMEO 18 (unconventional), not 19.
IRREGULARS = ("REB", "UAF", "INS", "SEP", "CRM", "RAD")

# Unconventional means: whoever is hit by them, the act is unconventional violence (CAMEO 18).
UNCONVENTIONAL_MEANS = frozenset({"bomb", "bombing", "explosive", "mine", "landmine", "grenade", "ied", "device",
                                  "booby", "suicide"})
# What is soldiers whoever they serve (not "a convoy": of buses or of soldiers, it does not say).
SOLDIERS = frozenset({"soldier", "troop", "troops", "paratrooper", "patrol", "detachment", "garrison", "army"})
# Troops as a body: a unit or plural soldiers, not one officer shot dead (an assassination).
TROOP_UNITS = frozenset({"patrol", "detachment", "convoy", "post", "outpost", "base", "garrison", "unit", "column",
                         "position", "positions", "barracks", "checkpoint", "troops", "army", "forces"})

# Who is armed when acted on: police who shoot them fight them (190), not repress them (175).
ARMED_MEN = frozenset({"militant", "rebel", "gunman", "insurgent", "guerrilla", "guerilla", "fighter", "terrorist",
                       "jihadist", "separatist"})

# Roles of the state's own: their men are not irregulars, whatever the mention says ("government militias").
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})

# Roles of people who are not the state or an armed group, and the verbs by which they obstruct.
CIVILIANS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REL", "SOC", "REF", "BUS", "JRN", "MED"})

# Roles of private parties: their trips are no visits.
PRIVATE_ROLES = CIVILIANS - {"OPP"}

# Verbs of plunder: property seized by anyone (CAMEO 171), not a hijacking by irregulars.
LOOTING = frozenset({"loot", "ransack", "pillage", "plunder"})

# Property that rebels seize is confiscated (171), not hijacked (181): "mining concessions were seized by rebels".
PROPERTY_SEIZED = frozenset({"farm", "land", "estate", "concession", "mine", "asset", "property", "plantation",
                             "factory", "company", "office", "building", "house", "home", "shop", "bank", "warehouse",
                             "field", "livestock", "cattle", "grain", "crops", "harvest", "food", "herds"})


def role_of(actor) -> str | None:
    """An actor's role code: "GOV" of "RUSGOV", the code itself when it is only a role, None for a bare country
    ("ECU" of "Ecuadorean Indians" says nothing of who they are)."""
    if actor is None:
        return None
    if len(actor.code or "") == 3 and country_by_code(actor.code):
        return None
    return actor.code[3:6] if len(actor.code or "") > 3 else actor.code


def role_by_words(mention: str | None) -> str | None:
    """A role read off the words of a mention no actor table knows: armed men are irregulars, soldiers the military,
    police the police, a crowd civilians."""
    words = {w.strip(".,").lower() for w in (mention or "").split()}
    singular = {w[:-1] for w in words if w.endswith("s")} | {w[:-3] + "man" for w in words if w.endswith("men")} \
        | words  # ("gunmen", "tribesmen")
    if singular & ARMED_MEN or "armed" in words and words & {"men", "man", "group", "gang", "groups", "gangs",
                                                             "supporters", "bands"}:
        return "REB"
    if words & {"soldiers", "troops", "army", "forces", "soldier"}:
        return "MIL"
    if words & {"police", "policemen", "officers"}:
        return "COP"
    if words & CROWDISH:
        return "CVL"
    return None


def fights_troops(verb, target_role: str | None) -> bool:
    """Force against troops as a body by conventional means: "killed 12 Ugandan soldiers in an attack on an army
    detachment", not "killed three Dutch soldiers with a roadside bomb" or "shot dead a senior commander". The
    ones acted on are the military (``target_role``) or soldiers by their words, whoever they serve."""
    if target_role != "MIL" and not _soldiers_acted_on(verb):
        return False
    reach = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "prep", "agent", "npadvmod")
             for t in c.subtree]
    if any(t.lemma_.lower() in UNCONVENTIONAL_MEANS for t in reach):
        return False
    return any(t.dep_ in ("dobj", "nsubjpass", "pobj") and (t.tag_ == "NNS" or t.lemma_.lower() in TROOP_UNITS)
               and (t.dep_ != "pobj" or t.head.lower_ in ("on", "against", "with")) for t in reach)


def _soldiers_acted_on(verb) -> bool:
    """What the verb acts on is soldiers or a military unit, whoever they serve ("killed nine soldiers", "launched
    an offensive against government troops")."""
    acted_on = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts)]
    aimed_at = [g for t in acted_on for p in t.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for g in p.children if g.dep_ == "pobj"]
    # ("an attack on an army base", not on "a Civil Guard post": police are not troops)
    return any(t.lemma_.lower() in SOLDIERS for t in acted_on) or any(
        t.lemma_.lower() in SOLDIERS or (t.lemma_.lower() in TROOP_UNITS and any(
            m.lemma_.lower() in SOLDIERS | {"military"} for m in t.children)) for t in aimed_at)


def recode_by_doer(code: str, role: str | None, lemma: str, target_role: str | None = None,
                    seized_property: bool = False, fights_troops: bool = False) -> str:
    """What an act is can depend on who does it (CAMEO codebook): force by irregulars is unconventional
    violence (18, not 19), force by police against people is repression (175), and a road blocked by
    civilians is a protest (144, not a blockade). Irregulars who fight troops by conventional means fight them
    (`fights_troops`: "rebels killed 12 soldiers in an attack on an army post", 190)."""
    if code in ("190", "193") and role in IRREGULARS and not fights_troops:
        return "180"  # (even against soldiers: "guerrillas wounded two British soldiers in a bomb attack", the gold)
    if code == "190" and role in CIVILIANS and target_role == "COP":
        return "145"  # "stone-throwing farmers clashed with riot police": a violent protest
    if code == "171" and role in IRREGULARS and lemma not in LOOTING and not seized_property:
        return "181"  # what pirates or rebels seize (a ship, a hostage) is hijacked or abducted, not confiscated
    if code == "190" and role == "COP" and target_role not in IRREGULARS:
        return "175"  # (police who shoot dead armed militants in a firefight fight them: 190)
    if code == "181" and role in ("COP", "JUD"):
        return "173"  # people seized by police are arrested, not abducted
    if code == "170" and lemma in ("harass", "hound") and role in CIVILIANS:
        return "140"  # officials harassed by protesters: dissent (the dictionary's reading of "harass")
    if code == "141" and lemma == "protest" and role == "GOV":
        return "114"  # a government that protests complains officially (CAMEO 114), it does not demonstrate
    if (code.startswith("17") or code in ("191", "192")) and lemma in OBSTRUCT_VERBS and role in CIVILIANS:
        return "144"
    return code
