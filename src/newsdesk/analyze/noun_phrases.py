"""Nouns read with the words that qualify them (CAMEO codebook definitions): "joint naval drills" (062; without
"joint", a show of force, 150), "martial law", "the lifting of the curfew" (0813), "the expulsion of a BBC
correspondent" (174). triggers.noun_code asks phrase_code first, then codebook.NOUN_TRIGGERS; events.py reads
the act a reporting verb carries through it ("the lifting of the curfew was ordered").
"""

from __future__ import annotations

from .codebook import COURTS, CROWDISH, DRIVEN, HOSTILITIES, PEACE_FORCES, PROPERTY, TRADE_WORDS

# Nouns that are events only with the words that qualify them (CAMEO codebook definitions).
MILITARY_DRILLS = frozenset({"drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "manoeuvre",
                             "maneuver", "games", "wargames"})
DRILL_KINDS = frozenset({"military", "naval", "war", "air", "amphibious", "live-fire", "fire", "army", "combat",
                         "missile", "artillery", "nuclear"})
FORCE_WORDS = frozenset({"force", "strength", "power", "might", "resolve"})


# What a call is for when it asks someone to act.
CALLED_FOR = frozenset({"halt", "end", "release", "withdrawal", "ceasefire", "cease-fire", "truce", "resumption",
                        "lifting", "return", "restraint", "dialogue", "talks", "negotiations", "boycott", "sanctions"})
PHRASE_HEADS = MILITARY_DRILLS | {"call", "conversation", "note", "letter", "campaign", "drive", "push", "attack",
                                  "bombing", "blast", "explosion", "razing", "demolition", "destruction", "burning",
                                  "torching", "blockade", "blockades", "handover", "hand-over", "surrender",
                                  "relaxation", "imposition", "release", "freeing", "confiscation", "expropriation",
                                  "sequestration", "deployment", "admission", "abolition", "legalisation",
                                  "legalization", "scrapping", "expulsion", "easing",
                                  "seizure", "abduction", "kidnapping", "cancellation", "postponement", "barrage",
                                  "restoration", "establishment", "normalisation", "normalization", "upgrading",
                                  "resumption", "withdrawal", "delivery", "deliveries", "shipment", "shipments",
                                  "supply", "supplies", "transfer", "transfers", "attempt", "protest"} | {
                                  "drill", "exercise", "show", "rule", "law", "state", "penalty", "halt", "cessation",
                                  "breach", "violation", "violations", "ban", "survey", "freezing", "cutoff",
                                  "expulsion", "lifting", "landing", "landings", "research", "study", "studies",
                                  "work",
                                  "suspension", "end", "venture", "project", "company", "enterprise", "investment",
                                  "construction", "development", "production", "exploration", "patrol", "patrols",
                                  "operation", "operations", "test", "explosion", "blast", "detonation", "parade",
                                  "cleansing", "shield", "lifting", "easing", "removal",
                                  "defiance", "display", "demonstration", "chain", "experiment", "experiments", "alert",
                                  "relocation", "resettlement", "eviction", "evictions", "recruitment", "conscription",
                                  "labour", "labor", "conscripts", "marches", "march",
                                  "training", "violence", "resistance"}


def phrase_code(token) -> str | None:
    """A noun's code read with its modifiers: "joint naval drills" (062; without "joint", a show of force, 150),
    "a show of force" (150), "emergency rule", "martial law", "a state of emergency" (1724),
    "economic penalties" (163), "a halt to offensive operations", "cessation of hostilities" (0871)."""
    lemma = token.lemma_.lower()
    if lemma not in PHRASE_HEADS and token.lower_ not in PHRASE_HEADS:
        return None  # most nouns: one set lookup
    mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
    # ("joint military exercises": the parser may hang "joint" on "military")
    mods |= {g.lower_ for c in token.children if c.dep_ in ("amod", "compound") for g in c.children
             if g.dep_ in ("amod", "compound")}
    of = {g.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "in")
          for g in c.children if g.dep_ == "pobj"}
    if token.lower_ in MILITARY_DRILLS and mods & (DRILL_KINDS | {"joint"}):
        return "062" if "joint" in mods else "150"
    if lemma in ("show", "display", "demonstration") and of & FORCE_WORDS:
        return "150"  # "a show of force", "its largest display of military might"
    if (lemma == "rule" and "emergency" in mods) or (lemma == "law" and "martial" in mods) or (
            lemma == "state" and of & {"emergency", "siege"}):
        return "1724"
    if lemma == "state" and of & {"alert", "readiness"} or lemma == "alert" and mods & {
            "security", "military", "maximum", "full", "high", "combat", "red"}:
        # "a state of maximum military alert was declared" (152; for the police, 151)
        return "151" if {t.lower_ for t in token.subtree} & {"police", "policemen"} else "152"
    if lemma in ("venture", "project", "company", "enterprise", "investment", "construction", "development",
                 "production", "exploration", "campaign", "survey", "research", "study", "studies", "work",
                 "experiment", "experiments") \
            and "joint" in mods:
        return "061"
    if lemma in ("patrol", "operation", "operations", "patrols", "landing", "landings", "training") and "joint" in mods:
        return "062"
    if lemma in ("test", "explosion", "blast", "detonation") and mods & {"nuclear", "atomic"}:
        return "2042"
    if lemma == "parade" and mods & {"military", "army"}:  # not a team's "victory parade"
        return "150"
    if lemma == "blockade" and mods & {"economic", "trade", "oil", "fuel", "commercial"}:
        return "163"  # "an economic blockade of Lithuania": an embargo, not a military blockade
    if lemma == "resistance" and mods & {"civil", "passive", "nonviolent", "non-violent"}:
        return "140"  # "a campaign of civil resistance against the government": political dissent
    if lemma == "violence" and "mass" in mods:
        return "200"  # "mass violence against civilians was carried out by federal troops"
    if lemma == "chain" and "human" in mods:
        return "141"  # "formed a human chain": a demonstration
    if lemma == "cleansing" and "ethnic" in mods:
        return "203"
    if lemma == "shield" and "human" in mods:
        return "184"
    if lemma == "defiance" and token.dep_ == "pobj" and token.head.lower_ == "in":
        return "128"  # "resumed enrichment in defiance of U.N. resolutions" (not "acts of defiance", a protest)
    if lemma in ("lifting", "easing", "removal") and of & {"sanctions", "embargo", "embargoes", "boycott"}:
        return "085"  # "Washington's lifting of trade sanctions"
    if lemma == "penalty" and mods & {"economic", "financial", "trade"}:
        return "163"
    if lemma in ("halt", "cessation", "suspension", "end") and of & HOSTILITIES or (
            lemma in ("halt", "cessation", "suspension") and of & {"campaign", "struggle", "insurgency", "war"}):
        return "0871"  # "a unilateral halt to its armed campaign"
    if lemma in ("breach", "violation", "violations") and of & {"truce", "ceasefire", "cease-fire", "armistice"}:
        return "196"  # "in a breach of a week-old truce": violating a ceasefire
    if lemma in ("restoration", "establishment", "normalisation", "normalization", "upgrading", "resumption") \
            and of & {"relations", "ties"}:
        return "050"  # "the restoration of diplomatic relations at ambassadorial level"
    if lemma == "withdrawal" and of & {"troops", "forces", "soldiers", "army", "units", "tanks", "garrison", "fighters",
                                       "rebels", "militants", "guerrillas", "insurgents", "militiamen"}:
        return "0874"  # "the withdrawal of Syrian troops from Tripoli": a military retreat
    if lemma in ("delivery", "deliveries", "shipment", "shipments", "supply", "supplies", "transfer", "transfers") \
            and (mods | of) & {"arms", "weapons", "weapon", "military", "arm", "tanks", "artillery", "ammunition",
                               "missiles"}:
        return "072"  # "arms shipments from China to Burma": military aid (CAMEO 072)
    if lemma in ("attempt", "bid") and any(g.lower_ == "life" for c in token.children
                                           if c.dep_ == "prep" and c.lower_ == "on" for g in c.children):
        return "186"  # "an attempt on the life of the president": an assassination attempt
    if lemma in ("cancellation", "postponement", "suspension") and of & {"visit", "trip", "talks", "meeting",
                                                                          "summit", "negotiations"}:
        return "164" if of & {"talks", "negotiations"} else "160"  # "the cancellation of a planned trip to Bissau"
    if lemma == "call" and any(c.dep_ in ("advcl", "acl") and (any(g.dep_ == "mark" and g.lower_ == "for" for g in
                                                                   c.children) or {"for", "on"} & {g.lower_ for g in
                                                                                                  token.children})
                               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                               for c in token.children):
        # ("a call for Iran to halt", asking someone to act; not "a desperate call for help")
        return "020"  # "a call for Pakistan to end its testing was issued by Japan": an appeal
    before = {t.lower_ for t in token.subtree if t.i < token.i}
    if lemma == "campaign" and of & {"intimidation", "harassment", "repression", "persecution"} or lemma in (
            "relocation", "resettlement", "eviction", "evictions", "recruitment", "conscription", "labour", "labor",
            "conscripts", "marches", "march") and mods & {"forced", "forcible"}:
        return "170"  # "a campaign of intimidation against Tamil shopkeepers", "the forced relocation of squatters",
        # "the forced recruitment of teenagers", "the use of forced labour" (coercion, CAMEO 170)
    if lemma == "campaign" and ((mods | of) & {"terror", "extermination", "genocide", "atrocities", "massacres"}
                                or before & {"scorched", "scorched-earth"}
                                or "violence" in of and "mass" in {g.lower_ for c in token.children
                                                                   for g in c.subtree}):
        return "200"  # "a scorched-earth campaign against Mayan communities": mass violence (CAMEO 20)
    if lemma == "withdrawal" and of & {"monitors", "observers", "peacekeepers", "inspectors", "staff", "mission"}:
        return "166"  # "the withdrawal of some 1,400 OSCE monitors from Kosovo": withdrawing them (CAMEO 166)
    if lemma in ("suspension", "freezing", "cutoff", "halt") and of & {"aid", "loans", "credits", "assistance",
                                                                       "lending", "grants"}:
        return "1621"  # "the suspension of World Bank loans to Burma": economic aid stopped
    of_person = any(g.ent_type_ == "PERSON" for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children)
    # Acts named by their noun, read with what they act on ("the lifting of the curfew was ordered", "Iraq's
    # admission of U.N. inspectors was confirmed", "the imposition of a curfew on Dili was announced").
    if lemma in ("lifting", "relaxation", "easing") and of & {"curfew", "curfews"}:
        return "0813"
    if lemma == "imposition" and of & {"curfew", "curfews"}:
        return "1723"
    if lemma == "imposition" and of & {"sanctions", "embargo", "embargoes", "blockade"}:
        return "163" if of & {"sanctions", "embargo", "embargoes"} else "191"
    if lemma in ("release", "freeing") and (of & {"prisoners", "hostages", "detainees", "captives", "dissidents"}
                                            or of_person):
        return "0841"  # (not "the release of the report")
    if lemma == "withdrawal" and of & {"advisers", "advisors", "experts", "personnel", "teams", "delegates"}:
        return "166"
    if lemma in ("confiscation", "expropriation", "sequestration") and of:
        return "1711"
    if lemma == "deployment" and of & {"troops", "forces", "soldiers", "warships", "carriers", "carrier", "tanks",
                                       "missiles", "units", "battalions", "divisions", "groups", "marines"}:
        # (as part of a peacekeeping or U.N.-backed force: peacekeeping, 074)
        words = {t.lower_ for t in token.subtree}
        peacekeeping = words & (PEACE_FORCES | {"multinational"}) or "force" in words and any(
            w.startswith(("u.n.", "un-")) for w in words)
        return "074" if peacekeeping else "154"
    if lemma == "admission" and of & {"inspectors", "monitors", "observers", "team", "mission", "experts"}:
        return "0862"
    if lemma == "abolition" and of & {"guidelines", "rules", "restrictions", "censorship", "controls", "curbs",
                                      "ban", "laws", "law"}:
        return "081"
    if lemma in ("legalisation", "legalization") and of & {"parties", "party", "opposition", "unions"}:
        return "0834"
    if lemma == "scrapping" and of & {"rise", "increase", "hike", "tax"}:
        return "0832"
    if lemma == "expulsion" and (of & {"correspondent", "journalist", "journalists", "reporter", "activist",
                                       "missionary", "priest", "dissident"} or of_person):
        return "174"  # "the expulsion of a BBC correspondent from Zimbabwe was ordered": deporting him
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return "020"  # "a call by Zambia's bishops for early multi-party elections was delivered"
    if lemma == "expulsion" and "mass" in mods:
        return "201"  # "Nigeria's mass expulsion of 300,000 immigrants": mass expulsion (CAMEO 201)
    if lemma == "lifting" and {g.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.subtree} & {"martial", "emergency", "siege"}:
        return "0814"  # "the lifting of martial law by President Chiang took effect at midnight"
    if lemma == "ban" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.lower_ in TRADE_WORDS for g in c.children) for c in token.children):
        return "163"  # "ordered a total ban on trade and investment with Iran": an embargo
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in CALLED_FOR for g in c.children) for c in token.children):
        return "020"  # "a call for an immediate halt to the air raids was made by France"
    if lemma in ("call", "conversation") and mods & {"telephone", "phone"}:
        return "041"  # "a telephone conversation between Kaifu and Bush took place"
    if lemma in ("note", "letter") and mods & {"protest"}:
        return "114"  # "a strong protest note was handed to Ukraine"
    if lemma in ("campaign", "drive") and mods & {"signature", "petition"}:
        return "140"  # "a signature campaign was started": political dissent by petition
    if lemma == "push" and mods & {"military", "ground", "army"}:
        return "190"  # "would launch a new military push into Eritrea"
    if lemma in ("attack", "bombing", "blast", "explosion") and "suicide" in {t.lower_ for t in token.lefts
                                                                               for t in t.subtree}:
        return "1831"  # "a suicide bomb attack was carried out by a Chechen woman"
    if lemma in ("razing", "demolition", "destruction", "burning", "torching") and of & PROPERTY:
        return "1712"  # "the razing of thousands of homes by police continued"
    if lemma in ("blockade", "blockades") and (of & {"highway", "highways", "road", "roads", "bridge", "railway"} or {
            g.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.subtree} & CROWDISH):
        return "144"  # "a blockade of the Pan-American Highway by thousands of Indians": a protest, not a siege
    if lemma in ("transfer", "handover", "hand-over", "surrender") and {
            g.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.subtree} & COURTS:
        return "063"  # "the transfer of Milosevic to the U.N. war crimes tribunal was carried out": extradition
    if lemma in ("seizure", "abduction", "kidnapping") and of & DRIVEN | of & {"engineers", "hostages", "tourists",
                                                                               "workers", "journalists", "soldiers"}:
        return "181"  # "the seizure of five Indian engineers by Taliban militants": an abduction
    if lemma == "barrage" and mods & {"artillery", "mortar", "rocket", "shell", "tank"}:
        return "194"  # "an artillery and rocket barrage was unleashed on rebel hideouts"
    if lemma == "protest" and mods & {"formal", "official", "diplomatic", "strong", "strongly-worded"}:
        return "114"  # "lodged a formal protest with Albania": an official complaint, not a demonstration
    return None
