"""Hand-kept tables from the CAMEO codebook's own definitions, for what the PETRARCH2 dictionary
(data/verbs.json) codes only inside long patterns or not at all: default codes for common news verbs, nouns
that are events on their own (those read with the words that qualify them, "joint naval drills", are in
noun_phrases.py),
codes read off the noun a verb acts on ("sent arms" is military aid) or off who acts ("protesters stormed"
is a riot), and the word lists triggers.code_for reads complements with. A word starting with "&" is a
PETRARCH2 synonym set (verbs.json "synsets"). No spaCy here except the token a noun rule reads.
"""

from __future__ import annotations

# Default codes for common news verbs the CAMEO dictionary codes only inside longer patterns,
# from the CAMEO codebook's own definitions (refuse = reject, cut ties = reduce relations, ...).
# What one bears or harbours against another: borne, no act; "bore no grudge", forgiveness (CAMEO 056).
GRUDGES = frozenset({"grudge", "grudges", "bitterness", "rancour", "rancor", "resentment", "animosity", "ill-will"})
BEARING = frozenset({"bear", "harbour", "harbor", "hold", "nurse"})

DEFAULT_CODES = {"compensate": "080", "indemnify": "080",  # compensation is giving way (the codebook's 080)
                 # a policy given up or remade is a policy change (0832; announced for the future, an intent, 0342)
                 "phase out": "0832", "do away with": "0832", "overhaul": "0832", "revamp": "0832",
                 "liberalise": "0832", "liberalize": "0832", "step aside": "0831",
                 "intercede": "020", "unban": "0812", "spurn": "120",
                 "refuse": "120", "decline": "120", "deny": "120", "reject": "120", "rebuff": "120", "veto": "129",
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
                 "step down": "083", "stand down": "083", "reoccupy": "192",
                 # codebook definitions of verbs the dictionary lacks: 064 share intelligence, 084 return,
                 # 160/164 reduce relations or halt negotiations, 128 defy norms, 060 cooperate, 174 deport
                 "tip off": "064", "hand back": "084", "give back": "084", "break off": "160", "flout": "128",
                 "disobey": "128", "collaborate": "050", "send back": "174", "fly back": "174",
                 "send home": "174", "expropriate": "1711", "walk off": "143",
                 # 1712 destroy property, 045 mediate ("shuttled between"), 112 accuse ("is meddling in")
                 "bulldoze": "1712", "shuttle": "045", "meddle": "112", "seal off": "191", "slam": "111",
                 "sit down": "040", "extradite": "063", "look into": "090", "exhume": "090",
                 # 080 yield: giving way under pressure
                 "cave in": "080", "give in": "080", "back down": "080", "climb down": "080", "relent": "080",
                 "capitulate": "080", "cave": "080",
                 # 182 physical assault; 171 property seized or damaged (by crowds a riot, DOER_CODES)
                 "club": "182", "bludgeon": "182", "flog": "182", "hack off": "182", "chop off": "182",
                 "thrash": "182", "whip": "182",
                 "ransack": "171", "loot": "171", "pillage": "171", "plunder": "171"}
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
    "recognition": "054", "bargaining": "046", "refusal": "120", "rejection": "120", "discussions": "040",
    "consultations": "040",
    # mass violence (CAMEO 20): atrocities, massacres
    "demobilisation": "0873", "demobilization": "0873",
    "disobedience": "140", "disapproval": "110", "displeasure": "110", "dismay": "110", "fast": "142",
    "atrocities": "200", "atrocity": "200", "massacre": "202", "massacres": "202",
    # acts named by their noun: "asylum was extended", "the extradition ... was carried out", "the pullback of
    # troops was completed", "the beating of detainees", "ethnic cleansing"
    "asylum": "075", "extradition": "063",
    # feelings voiced about another's act ("made no secret of its unhappiness with Togo's decision"): disapproval
    "insistence": "100", "disarmament": "0873", "fast": "142", "compensation": "080",
    "unhappiness": "110", "displeasure": "110", "dissatisfaction": "110", "dismay": "110", "indignation": "110",
    # troops called up (CAMEO 154); fighters who give up (0874)
    "mobilisation": "154", "mobilization": "154", "call-up": "154", "surrender": "0874",
    "pullback": "0874", "beating": "182", "beatings": "182",
    "bombardment": "194", "cleansing": "203", "petition": "140", "petitions": "140",
    "grant": "071", "grants": "071", "reprisal": "190", "reprisals": "190", "retaliation": "190",
    "revenge": "190", "assassination": "186", "kidnapping": "181", "abduction": "181",
    "pullout": "0874", "pull-out": "0874", "shutdown": "143", "shutdowns": "143",
    "rioting": "145", "veto": "129", "rape": "1821", "rapes": "1821",
}
# Verbs coded straight from the codebook, whatever the dictionary's patterns say (PETRARCH2 codes
# "sue ... for" as an arrest; CAMEO 115 is "bring lawsuit against").
CODEBOOK_VERBS = {"sue": "115", "convict": "116",  # 116: "find guilty or liable at a court of law"
                  # 170 coerce: harassment, by whoever does it but protesters (doers.recode_by_doer), is repression
                  # (the dictionary files "harass" with "annoy" and "irk" under 140, "harassed by" under 012)
                  "harass": "170", "hound": "170", "intimidate": "170",
                  # 1711 confiscate property, 1712 destroy property: verbs the dictionary lacks
                  "impound": "1711", "bulldoze": "1712",
                  # verbal attacks the dictionary lacks ("hit out at" is no blow), whatever follows
                  "hit out": "111", "rail": "111", "inveigh": "111", "fulminate": "111", "excoriate": "111",
                  "upbraid": "111"}

# What makes a "war" or an "attack" no fighting: "trade war", "price war", "culture war", "media attack".
NOT_ARMED = frozenset({"trade", "tariff", "price", "currency", "culture", "cultural", "propaganda", "media",
                       "political", "legal", "verbal", "rhetorical", "bidding", "turf", "tax", "class", "flame",
                       "heart", "panic", "asthma"})
# What makes an attack a tongue-lashing (CAMEO 111, criticize): how it is told ("a blistering attack on ..."), or
# that it falls on a policy or words, not on people or places ("an attack on U.S. policy in Latin America").
SCATHING = frozenset({"blistering", "scathing", "stinging", "withering", "scornful", "excoriating", "vitriolic"})
ATTACKED_WORDS = frozenset({"policy", "policies", "record", "remark", "remarks", "comment", "comments", "statement",
                            "handling", "stance", "rhetoric", "speech", "budget", "reform", "reforms", "leadership",
                            "decision", "proposal", "proposals", "plan", "plans", "strategy"})
# Stands for an object the parser names as a person or a nationality ("freed Nazanin Zaghari-Ratcliffe").
PERSON = "<person>"
# Stands for an object the parser names as one person ("killed Eduard Shevardnadze", not "killed three Albanians").
NAMED = "<named>"
# Those a state sends (advisers, technicians, experts, troops): told to leave in their thousands, still a group's
# presence ended (CAMEO 166), not a people expelled (201).
SENT_STAFF = frozenset({"adviser", "advisor", "technician", "expert", "specialist", "engineer", "instructor",
                        "diplomat", "troop", "soldier", "personnel"})
# What marks those an agency sends ("aid workers", "relief staff"): made to leave, their agency is withdrawn (166).
AID_STAFF_MARKS = frozenset({"aid", "relief", "humanitarian"})
# Those a state or agency sends abroad as a body, whose expulsion withdraws it (166), not people deported (174).
SENT_GROUPS = SENT_STAFF | AID_STAFF_MARKS | {"mission", "observer", "monitor", "inspector", "peacekeeper", "embassy",
                                              "staff"}
# People who are neither soldiers nor police: expelled from a country, they are deported (CAMEO 174), where an
# agency, a mission or a force is withdrawn (166).
DEPORTED = frozenset({"worker", "workers", "national", "nationals", "citizen", "citizens", "tourist", "tourists",
                      "student", "students", "businessman", "businessmen", "refugee", "refugees", "people", "family",
                      "families", "journalist", "journalists", "correspondent", "correspondents", "reporter",
                      "reporters", "activist", "activists", "missionary", "missionaries", "priest", "priests",
                      "dissident", "dissidents", "preacher", "preachers", "imam", "imams", "cleric", "clerics",
                      "migrant", "migrants", "immigrant", "immigrants", "islamists", "suspects"})
_PEOPLE = ("worker", "journalist", "activist", "soldier", "student", "citizen", "national", "tourist", "dissident",
           "sailors", "seamen", "marines", "soldiers", "crew", "crewmen", "fishermen", "tourists", "nationals",
           "citizens", "workers", "missionaries", "students", "people", "civilians", "pilot", "pilots", "servicemen",
           "suspects", "inmates", "politicians", "leader", "leaders", "women", "children", "men", "cadets",
           "recruits", "policemen", "villagers", "schoolgirls", "schoolchildren", "girls", "boys", "mercenaries",
           "nuns", "priests", "monks", "britons", "americans", "nurses", "doctors", "teachers", "farmers", "lawyers",
           "clerics", "bishops", "protesters", "demonstrators", "peasants", "bloggers", "businessmen", "nurse",
           "doctor")
_MONEY = ("$", "dollars", "million", "billion", "euros", "loan", "loans", "credit", "credits", "grant", "grants",
          "funds", "funding")
_TERRITORY = ("&STRONGHOLD", "&TOWN", "territory", "base", "bases", "position", "positions", "airport", "province",
              "region", "district", "hill", "border", "capital", "port", "island", "islands", "enclave", "peninsula",
              "heights", "valley", "islet", "islets")
_ARMS = ("&WEAPON", "arms", "weapons", "weaponry", "munitions", "warplanes", "tanks")
_RELIEF = ("&FOOD", "aid", "assistance", "supplies", "medicine", "medicines", "relief", "grain", "flour", "rice",
           "wheat", "maize", "sorghum", "millet", "corn", "beans", "fuel", "doctors", "medics", "nurses", "rescuers",
           "engineers", "tents", "kits", "shelter", "vaccines")
MEDIA = ("newspaper", "newspapers", "paper", "papers", "station", "stations", "channel", "channels", "website",
         "websites", "internet", "broadcaster", "broadcasters", "radio", "television", "tv", "outlets", "media",
         "facebook", "twitter", "whatsapp", "telegram")
# Who is in a country for an outside body: leaving on a condition threatens to halt international involvement
# (CAMEO 136), being sent home is an expulsion or withdrawal (166).
OUTSIDERS_PRESENT = frozenset({"delegates", "delegation", "staff", "monitors", "observers", "mission", "workers",
                               "teams", "team", "experts", "inspectors", "personnel", "peacekeepers", "volunteers"})
# Forces that keep or make peace: troops sent or deployed with them provide peacekeeping (CAMEO 074).
PEACE_FORCES = frozenset({"peacekeeping", "peacekeepers", "ecomog", "stabilisation", "stabilization", "kfor", "sfor",
                          "ifor"})
# Armed forces let into a country are received (CAMEO 0861) only when they come in ("allowed the first soldiers of
# the joint force into Darfur"), not when they are allowed an act ("allowed troops to use live ammunition").
LET_IN_FORCES = frozenset({"troops", "soldiers", "forces", "force", "units", "marines", "battalions", "contingent",
                           "contingents", "multinational"})
# What a ceasefire halts: "a halt to offensive operations", "stopped all attacks".
HOSTILITIES = frozenset({"hostilities", "fighting", "operations", "attacks", "offensive", "offensives", "bombing",
                         "bombardment", "shelling", "violence", "combat", "raids"})
# What an office issues and may revoke or stop issuing (CAMEO 172).
PERMITS = frozenset({"visa", "visas", "permit", "permits", "passport", "passports", "licence", "licences", "license",
                     "licenses"})
CHEMICAL_RULES: list[tuple[tuple[str, ...], str | None]] = [
    (("tear", "pepper"), None),
    # (gas named by what it is: "fired tear gas and water cannon" may leave "tear" out of the object's words)
    (("sarin", "chlorine", "mustard", "nerve", "chemical", "chemicals", "toxin", "toxins", "poison", "toxic"), "2041")]
DIPLOMAT_RULES: list[tuple[tuple[str, ...], str | None]] = [
    (("diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attache", "attaché", "attaches",
      "consul", "embassy", "staff"), "161")]
# Verbs that ease what restricts; what is restricted follows "on" ("lifted its ban on imports").
EASING = ("ease", "relax", "lift", "loosen", "shorten", "rescind", "remove", "scrap", "end", "abolish",
          "repeal", "waive", "drop", "soften")
# CAMEO code by the head noun of the verb's object (or of its "of" phrase: "part of a stronghold").
OBJECT_CODES: dict[str, list[tuple[tuple[str, ...], str | None]]] = {
    **{verb: [(_TERRITORY, "192")]
       for verb in ("capture", "seize", "overrun", "take", "occupy", "retake", "recapture")},
    **{verb: [(("&CEASEFIRE",), "196")] for verb in ("violate", "break", "breach")},
    **{verb: [(_ARMS, "072"), (_RELIEF, "070"), (_MONEY, "071")]
       for verb in ("send", "ship", "supply", "deliver", "provide", "airlift", "airdrop", "fly", "truck", "ferry",
                    "donate", "grant", "lend", "extend")},
    # Outsiders taken out of a country halt international involvement (CAMEO 166): monitors and inspectors (1662),
    # aid workers (1663), peacekeepers (1661); troops and settlements withdrawn are a military retreat (0874).
    **{verb: [(("monitors", "observers", "verifiers", "inspectors", "monitoring", "observer"), "1662"),
              (("aid", "relief", "volunteers", "humanitarian"), "1663"),
              (("peacekeepers", "peacekeeping", "&PKO"), "1661"),
              (("settlement", "settlements", "&MILITARY", "positions"), "0874")]
       for verb in ("evacuate", "withdraw", "pull out")},
    # (what is made public is no one freed, "released the names of the girls": the dictionary decides)
    **{verb: [(("names", "details", "list", "lists", "report", "figures", "statement", "photos", "pictures", "video",
                "footage", "data", "results", "documents"), None)] * (verb == "release")
       + [(("&HOSTAGE", "&PEOPLE", PERSON, "prisoner", "prisoners", "detainee", "detainees", "captive", "captives",
             "hostage", "hostages", "pow", "pows", "activists", "journalists", "dissidents", "officers", "policemen",
             "guards", "officials") + _PEOPLE, "0841")]
       for verb in ("free", "release", "hand over", "return", "repatriate")},
    # CAMEO 086: allow international involvement (peacekeepers, inspectors, humanitarian aid).
    **{verb: [(("&PKO", "peacekeepers", "peacekeeping", "helmets") + tuple(LET_IN_FORCES), "0861"),
              (("inspectors", "inspection", "inspections", "monitors", "monitoring", "observer", "observers",
                "experts", "investigators", "mission", "agents", "detectives", "delegation"), "0862"),
              (("delivery", "deliveries", "convoy", "convoys", "cross", "icrc", "unicef", "unhcr") + _RELIEF,
               "0863"),  # ("Red Cross workers were allowed into the town")
              (("advisers", "advisors", "mediators", "envoy", "envoys", "rapporteur", "u.n.", "nations",
                "administrators", "diplomats", "journalists", "reporters", "correspondents"), "086")]
       # ("let foreign journalists into Tibet")
       for verb in ("allow", "permit", "let", "authorize", "authorise")},
    # Brushing aside a call, demand or offer rejects it (CAMEO 12), whatever the verb's usual sense.
    **{verb: [(("call", "calls", "demand", "demands", "request", "requests", "appeal", "appeals", "&PROPOSAL",
                "advice", "recommendation", "recommendations", "invitation", "invitations",
                "proposal", "proposals", "offer", "offers", "plan", "ultimatum", "plea", "pleas"), "120")]
       for verb in ("dismiss", "brush aside", "brush off", "spurn", "ignore", "shrug off", "disregard", "throw out")},
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
    **{verb: CHEMICAL_RULES for verb in ("use", "drop", "fire", "launch", "deploy")},
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
    **{verb: DIPLOMAT_RULES for verb in ("expel", "recall", "order out", "kick out")},
    # CAMEO 081x/085/0872: easing what restricts (a curfew, an emergency, a ban, sanctions, a blockade).
    **{verb: [(("imports", "exports", "import", "export", "trade", "investment", "investments"), "085"),
              # ("a ban on imports" or on new investment is an embargo)
              (("curfew", "curfews"), "0813"), (("emergency", "martial"), "0814"),
              # ("lifted its oil embargo and flight ban": the embargo says what kind of ban)
              (("sanctions", "sanction", "embargo", "embargoes", "boycott"), "085"),
              (("restrictions", "restriction", "ban", "bans", "bar", "prohibition", "censorship", "controls",
                "requirement",
                "requirements",
                "visa", "visas", "permit", "permits", "rules", "regulations"), "081"),
              (("law", "laws", "decree", "decrees", "legislation"), "081"),  # a law repealed or scrapped: yielding
              (("blockade", "siege", "closure", "stranglehold", "cordon", "encirclement"), "0872"),
              (("crackdown", "clampdown", "repression", "grip"), "081")]  # "softened its crackdown on growers"
       for verb in EASING},
    # CAMEO 154 "increase the number of military personnel": troops massed or reinforced.
    **{verb: [(("&MILITARY", "forces", "tanks", "warships", "units", "divisions", "brigades", "battalions",
                "regiments"), "154")]
       for verb in ("mass", "amass", "concentrate", "reinforce", "build up", "beef up", "move")},
}
# More object rules from the codebook's definitions, added after a verb's rules above: (verbs, rules) groups,
# so that two groups naming one verb add up (in a dict literal the later would silently replace the earlier).
_MORE_OBJECT_CODES: list[tuple[tuple[str, ...], list[tuple[tuple[str, ...], str | None]]]] = [
    # Verbs with rules above that name them too ("release" prisoners or gas, "withdraw" troops or an ambassador).
    (("release",), CHEMICAL_RULES + [(_MONEY + ("tranche",), "071")]),  # "released a $40 million credit tranche"
    (("withdraw",), DIPLOMAT_RULES),
    # A person expelled from a country is deported (CAMEO 174); diplomats and agencies have rules of their own.
    (("expel",), [(tuple(AID_STAFF_MARKS), None),  # (aid workers: their agencies withdrawn, 166)
                  ((PERSON, *DEPORTED), "174")]),
    # Valuables and papers seized are property confiscated (CAMEO 1711), whoever seizes them (the dictionary reads
    # police who seize as arresting, 173; rebels who seize as hijacking, 181).
    (("seize", "confiscate"), [(("jewellery", "jewelry", "jewels", "paintings", "artworks", "valuables", "cash",
                                 "documents", "computers", "equipment", "copies", "archives", "property",
                                 "properties"), "1711")]),
    # The wounded or sick carried out of a battle zone are given humanitarian aid (CAMEO 073), not withdrawn (166).
    (("evacuate", "airlift", "fly out"), [(("wounded", "injured", "sick", "casualties"), "073")]),
    # Compensation paid, concessions made: yielding (CAMEO 080, as the codebook's usage notes file compensation).
    (("pay", "transfer", "give", "award"), [(("compensation", "reparations", "indemnity"), "080")]),
    (("make", "grant"), [(("concession", "concessions"), "080")]),
    # Relations established: diplomatic cooperation (CAMEO 05).
    (("establish",), [(("relations", "ties"), "050")]),
    # Gas or oil pumped or exported to another: economic cooperation (CAMEO 061), not aid.
    (("pump", "export", "sell", "ship"), [(("gas", "oil", "crude", "electricity", "power", "water"), "061")]),
    # Curfews called off or ended: easing them (CAMEO 0813).
    (("call off", "end", "scrap"), [(("curfew", "curfews"), "0813")]),
    # Evidence handed to prosecutors: judicial cooperation (CAMEO 063); an amnesty granted frees people (0841).
    (("hand over", "turn over", "hand", "pass"), [(("&EVIDENCE",), "063")]),
    (("grant", "declare", "announce"), [(("amnesty", "pardon", "pardons"), "0841")]),
    # Property sequestered or confiscated (CAMEO 1711).
    (("sequester", "confiscate", "expropriate", "nationalise", "nationalize"),
     [(("properties", "property", "assets", "estates", "farms", "land", "lands", "companies", "businesses", "homes",
        "houses", "shops"), "1711")]),
    # Repression stepped up is coercion (CAMEO 170), not the cooperation "step up" usually codes.
    (("step up", "intensify", "escalate"), [(("repression", "intimidation", "harassment", "persecution"), "170")]),
    # An inquiry opened is an investigation (CAMEO 090); patrols scaled back or alert lowered de-escalate (087).
    (("open", "launch", "set up"), [(("inquiry", "investigation", "probe", "enquiry", "inquest"), "090")]),
    (("scale back", "scale down", "reduce", "cut back", "lower"), [(("patrols", "presence", "readiness", "alert"),
                                                                   "087")]),
    # A price rise or a decision reversed: giving way on a policy (CAMEO 0832).
    (("reverse", "roll back"), [(("increase", "increases", "rise", "rises", "hike", "hikes"), "0832")]),
    # Intelligence passed on or handed over: sharing intelligence (CAMEO 064), not returning what was taken.
    (("hand over", "turn over", "hand", "pass", "pass on", "share"), [(("intelligence", "information"), "064")]),
    # People executed are killed (CAMEO 1823), as the dictionary's "EXECUTED" claims; a plan or an order
    # executed is carried out.
    (("execute",), [(("&PEOPLE", PERSON, "prisoner", "prisoners", "hostage", "hostages", "villagers", "captives",
                      "opponents", "boys", "members", "dissidents", "rebels", "deserters") + _PEOPLE, "1823")]),
    # Protests called off or put off: easing dissent (CAMEO 082).
    (("call off", "postpone", "put off", "defer", "suspend", "cancel", "end", "halt", "stop", "abandon", "wind down",
      "scale down", "scale back", "tone down"),
     [(("protest", "protests", "march", "marches", "demonstration", "demonstrations", "rally", "rallies", "sit-in",
        "sit", "strike", "strikes", "walkout", "boycott", "blockade", "blockades"), "082")]),  # ("sit-in": sit - in)
    # A price rise or a planned cut cancelled or scrapped: giving way on a policy (CAMEO 0832).
    (("cancel", "scrap", "rescind", "reverse", "withdraw", "shelve", "drop"),
     [(("rise", "rises", "increase", "increases", "hike", "hikes"), "0832")]),
    # The dead sent home: returning them (CAMEO 084), not deporting (174).
    (("send home", "send back", "repatriate", "return", "hand over", "hand back"),
     [(("bodies", "body", "remains", "corpses", "ashes"), "084")]),
    # A treaty torn up: relations reduced (CAMEO 160), not the violence of the dictionary's "tear" (180).
    (("tear up", "rip up"), [(("treaty", "treaties", "pact", "accord", "accords", "agreement", "agreements",
                               "deal", "charter"), "160")]),
    # Exchanges, contacts or ties frozen or suspended: reducing relations (CAMEO 160).
    # (ties and relations themselves have the dictionary's own codes: "downgraded its diplomatic ties", 161)
    (("freeze", "suspend", "halt", "cut off", "curtail", "scale back", "cancel", "scrap", "break off"),
     [(("exchanges", "contacts", "cooperation", "links"), "160")]),
    # Soldiers discharged or fighters disbanded under a peace deal: demobilising (CAMEO 0873).
    (("discharge", "demobilise", "demobilize"), [(("soldiers", "troops", "fighters", "combatants", "&MILITARY",
                                                    "guerrillas", "rebels", "militiamen"),
                                                   "0873")]),
    # Corridors opened through a cordon: easing a blockade (CAMEO 0872).
    (("open",), [(("corridor", "corridors"), "0872")]),
    # Rules and controls scrapped: easing administrative restrictions (CAMEO 081).
    (("scrap", "abolish", "repeal", "rescind", "drop"),
     [(("rule", "rules", "restriction", "restrictions", "controls", "requirement", "requirements", "censorship",
        "decree", "decrees", "clause"), "081")]),
    # Monitors, observers or peacekeepers pulled out: withdrawing them (CAMEO 166).
    (("pull out", "withdraw", "evacuate", "pull"),
     # (embassy staff pulled out reduce relations, the dictionary's 161; "withdrew its resident team from Lusaka")
     [(("monitors", "observers", "peacekeepers", "inspectors", "&PKO", "mission", "volunteers", "team", "teams",
        "delegates", "personnel"), "166")]),
    # Roadblocks taken down: easing a blockade (CAMEO 0872).
    (("dismantle", "remove", "take down", "lift", "clear"),
     [(("roadblock", "roadblocks", "checkpoint", "checkpoints", "barricade", "barricades"), "0872")]),
    # Claims, objections or insistence dropped: yielding (CAMEO 080).
    (("drop", "abandon", "renounce", "relinquish", "give up", "waive", "withdraw", "shelve"),
     [(("claim", "claims", "insistence", "objection", "objections", "opposition", "demand", "demands", "condition",
        "conditions", "veto"), "080")]),
    # Debts written off are economic aid (CAMEO 071).
    (("write off", "forgive", "cancel", "waive"), [(("debt", "debts", "arrears", "loans"), "071")]),
    # Reforms carried out: political reform (CAMEO 083; announced, the intent to reform, 034).
    (("undertake", "carry out", "implement", "introduce", "enact", "push through", "institute", "launch"),
     [(("reform", "reforms"), "083")]),
    # Passes, permits or licences revoked: administrative sanctions (CAMEO 172).
    (("revoke", "withdraw", "cancel", "suspend"),
     [(tuple(PERMITS | {"pass", "passes", "accreditation", "citizenship", "registration"}), "172")]),
    # Homes flattened or razed, buildings destroyed: destroying property (CAMEO 1712).
    # (crowds that torch shops riot, 145)
    (("flatten", "raze", "level", "demolish", "destroy", "bulldoze", "damage", "vandalise", "vandalize", "blow up",
      "wreck", "gut"),
     [(("home", "homes", "house", "houses", "building", "buildings", "village", "villages", "shop", "shops",
        "church", "churches", "mosque", "mosques", "school", "schools", "property", "properties", "crops", "trees",
        "orchards", "groves", "windows", "statue", "statues", "monument", "monuments", "shrine", "shrines", "temple",
        "temples", "office", "offices", "premises", "farm", "farms", "stalls"), "1712")]),
    # Offensives or attacks halted: a ceasefire (CAMEO 0871); hostages seized: abduction (181); civilians held
    # as a buffer: human shields (184); welcomed or admitted peacekeepers (0861); borders reopened (0872).
    (("halt", "stop", "suspend", "cease", "end"), [(tuple(HOSTILITIES - {"operations"}), "0871")]),  # not a plant's
    # Attacks toned down or scaled back: de-escalating (CAMEO 087).
    (("scale back", "scale down", "tone down", "wind down", "reduce", "curtail", "slow down", "de-escalate"),
     [(tuple(HOSTILITIES - {"operations"}), "087"),
      (("troops", "troop", "forces", "soldiers", "garrison", "garrisons", "&MILITARY"), "087")]),
    (("end",), [(("war", "conflict"), "0871")]),  # "formally ending a two-year border war" is no fighting
    (("seize", "take", "grab", "capture"), [(("hostage", "hostages"), "181")]),
    (("hold", "keep"), [(("shield", "shields", "buffer"), "184")]),
    # Debt cancelled or written off is economic aid (CAMEO 071, by its usage notes); a party dissolved or outlawed is
    # banned (1722).
    (("cancel", "forgive", "write off", "waive", "scrap"), [(("debt", "debts"), "071")]),
    (("dissolve", "outlaw", "proscribe", "deregister"), [(("party", "parties", "league", "movement"), "1722")]),
    # Tariffs and duties removed or cut between states: economic cooperation (CAMEO 061); trade, deliveries or flights
    # resumed (061; aid resumed is aid).
    (("remove", "abolish", "eliminate"), [(("tariffs", "tariff", "duties", "duty"), "061")]),
    (("resume", "restart", "reopen", "revive"), [(("aid", "assistance", "relief"), "070"),
                                                 (("trade", "deliveries", "shipments", "exports", "imports",
                                                   "flights", "commerce", "purchases", "sales"), "061")]),
    # A resolution sponsored together is diplomatic cooperation (CAMEO 050).
    (("sponsor", "co-sponsor", "cosponsor"), [(("resolution", "resolutions", "motion", "draft"), "050")]),
    # Forces stood down de-escalate (CAMEO 087).
    (("stand down",), [(("&MILITARY", "forces", "fighters", "units", "warships", "artillery", "battalions"), "087")]),
    # Remorse voiced is an apology (055), forgiveness extended forgives (056), misgivings voiced criticise (111).
    (("express", "voice", "convey", "extend", "offer"),
     [(("remorse", "contrition", "apology", "apologies", "regret", "regrets"), "055"), (("forgiveness",), "056"),
      (("misgivings", "reservations", "disquiet"), "111")]),
    # An apology accepted or grievances put aside: forgiveness (CAMEO 056, "explicitly conciliatory actions"; a
    # grudge not borne: phrase_rules).
    (("accept",), [(("apology", "apologies"), "056")]),
    (("put aside", "set aside", "put behind", "bury", "lay aside"), [(("grievances", "grievance", "bitterness",
                                                                      "hatchet", "grudges", "rancour"), "056")]),
    (("welcome",), [(("&PKO", "peacekeepers", "peacekeeping", "helmets", "troops", "contingent", "battalion"),
                     "0861")]),
    # A host receiving peacekeepers or inspectors lets them in (CAMEO 0861/0862), as with "welcome" and "admit".
    (("receive", "take in", "host"), [(("&PKO", "peacekeepers", "peacekeeping", "helmets"), "0861"),
                                      (("inspectors", "monitors", "observers"), "0862")]),
    (("reopen",), [(("border", "borders", "crossing", "crossings", "highway", "road", "roads", "port", "ports",
                     "airport", "airspace", "corridor"), "0872")]),
    # A ban or sanctions suspended are eased (CAMEO 085); trade suspended is an embargo (triggers.code_for);
    # constitutional rights suspended, an administrative sanction (172).
    (("suspend",), [(("ban", "bans", "sanctions", "embargo", "embargoes", "boycott"), "085"),
                    (("rights", "liberties", "freedoms", "guarantees"), "172")]),
    # Peacekeepers, monitors or engineers freed (CAMEO 0841, as other people are).
    (("free", "release"), [(("&PKO", "peacekeepers", "observers", "monitors", "engineers", "staff", "employees"),
                            "0841")]),
    # A plan thrown out (CAMEO 120); a protest lodged with an embassy (114).
    (("throw out",), [(("plan", "plans", "proposal", "proposals", "&PROPOSAL", "deal", "offer", "demand", "demands"),
                       "120")]),
    (("lodge", "file", "register", "deliver"), [(("protest", "protests", "complaint", "complaints", "note"), "114")]),
    # Martial law or a curfew suspended: easing them (CAMEO 0814, 0813).
    (("suspend",), [(("curfew", "curfews"), "0813"), (("emergency", "martial"), "0814")]),
    # A peacekeeping mandate extended or renewed goes on providing peacekeeping (CAMEO 074).
    (("extend", "renew", "prolong"), [(tuple(PEACE_FORCES | {"&PKO"}), "074")]),
    # An audience granted is a visit hosted (CAMEO 043).
    (("grant", "give"), [(("audience",), "043")]),
    # Grants, loans or food deliveries frozen or stopped: reducing aid (CAMEO 1621 / 1623).
    (("freeze", "suspend", "halt", "stop", "cut", "cut off", "halve", "slash", "reduce"),
     [(_ARMS, "1622"), (("grants", "grant", "loans", "loan", "credits"), "1621"),
      (("deliveries", "delivery", "&FOOD", "relief", "rations", "ration"), "1623"),
      (("aid", "assistance", "lending"), "162")]),
    (("withhold",), [(("aid", "assistance", "funds", "funding", "loans", "lending"), "162")]),
    # Ties downgraded (CAMEO 161); a loan approved is economic aid (071); markets opened to each other (061).
    (("downgrade",), [(("ties", "relations", "links", "contacts", "embassy", "representation", "mission"), "161")]),
    (("approve",), [(_MONEY + ("package", "bailout", "tranche"), "071")]),
    (("open", "open up"), [(("market", "markets", "economy", "economies"), "061")]),
    # Offices wrecked, bridges blown up: destroying property (CAMEO 1712).
    (("wreck", "vandalize", "vandalise", "gut", "blow up"), [(("office", "offices", "bridge", "bridges", "building",
                                                               "buildings", "pipeline", "church", "mosque", "house",
                                                               "houses", "monument", "station", "plant", "statue",
                                                               "statues", "shrine", "temple"), "1712")]),
    # Leaving an organisation or a coalition reduces relations (CAMEO 16; on a condition, a threat, 131).
    (("quit", "leave", "walk out", "pull out"), [(("commonwealth", "organisation", "organization", "alliance",
                                                   "league", "coalition", "community", "treaty", "pact"), "160")]),
    # Military exercises cancelled or called off: de-escalating (CAMEO 087).
    (("cancel", "call off", "suspend", "scale down", "postpone"), [(("exercise", "exercises", "manoeuvres",
                                                                    "maneuvers", "drills", "war games"), "087")]),
    # Farms invaded or occupied: property seized (CAMEO 1711).
    (("invade", "occupy"), [(("farms", "farm", "estates", "estate", "plantations", "ranches"), "1711")]),
    # One-party or military rule ended: giving way on how one governs (CAMEO 083; said to come, 034).
    (("end", "abolish", "scrap"), [(("rule", "one-party", "dictatorship"), "083")]),
    # Fighters who turn themselves in surrender (CAMEO 0874); autonomy granted (083); a state accepted as one (054).
    (("turn in", "hand in"), [(("themselves", "himself", "herself"), "0874")]),
    (("grant", "give"), [(("autonomy", "self-rule", "self-government"), "083")]),
    (("accept",), [(("independence", "sovereignty", "statehood", "state", "nation", "republic"), "054")]),
    (("use",), [(("arsenal",), "204")]),
    # Classes or elections boycotted: a strike or boycott (CAMEO 143), not an embargo (163).
    (("boycott",), [(("classes", "class", "school", "schools", "lectures", "exams", "elections", "election", "polls",
                      "vote", "referendum", "courts", "court", "hearings", "proceedings", "parliament", "session",
                      "sessions"), "143")]),
    # Ties scaled back reduce relations (CAMEO 160).
    (("scale down", "scale back"), [(("ties", "relations", "contacts", "exchanges"), "160")]),
    # Riot police poured in or sent: mobilising police power (CAMEO 153).
    (("pour", "rush", "send", "move", "deploy", "dispatch"), [(("police", "policemen", "gendarmes"), "153")]),
    # Money paid in is economic aid (071); set aside for later, an intent to give aid (033x).
    (("deposit", "disburse", "transfer", "inject", "pump", "channel"), [(_MONEY, "071")]),
    (("earmark", "allocate", "set aside"), [(_ARMS, "0332"), (_RELIEF, "0333"), (_MONEY, "0331")]),
    # CAMEO 075 grant asylum; 164 halt negotiations and 161 break relations ("broke off talks", "ties").
    (("grant", "give", "offer"), [(("&ASYLUM",), "075")]),
    (("break off",), [(("talks", "negotiations", "&NEGOTIATION"), "164"), (("relations", "ties"), "161")]),
    # A report, its findings or a ruling rejected (CAMEO 120; accusations dismissed are denials, 016).
    (("reject", "dismiss", "brush aside", "spurn"),
     [(("report", "findings", "conclusions", "verdict", "ruling", "results", "criticism", "criticisms"), "120")]),
    # CAMEO 128 defy norms, law: "ignored a ruling", "flouted the ban".
    (("ignore", "defy", "flout", "disobey"),
     [(("ruling", "rulings", "verdict", "judgment", "judgement", "law", "laws", "order", "orders", "ban", "court",
        "injunction", "decree", "subpoena", "resolution", "resolutions"), "128")]),
    # An inquiry ordered or opened is an investigation (CAMEO 09) whatever the word: "ordered a review".
    (("order",), [(("review", "audit", "inspection", "autopsy", "&INVESTIGATION"), "090")]),
    (("open", "launch", "begin", "start", "conduct"), [(("review", "audit", "autopsy"), "090")]),
    (("gather", "collect"), [(("&EVIDENCE", "testimony", "testimonies", "samples"), "090")]),
    # Intelligence passed on is shared (CAMEO 064); relief handed out is aid (070); arms handed over, military aid.
    (("pass", "share", "hand", "give", "provide", "supply", "pass on", "hand over"),
     [(("intelligence", "tip", "tips", "tip-off", "dossier", "dossiers"), "064")]),
    # "passed details of a rebel cell to the police", "handed Washington details of a plot"
    (("pass", "pass on", "hand", "hand over", "share", "pool", "exchange"),
     [(("&INFORMATION", "records", "files", "documents", "data", "maps", "transcripts"), "064")]),
    (("hand out", "distribute", "airdrop"), [(_RELIEF + ("parcels", "blankets"), "070"), (_MONEY, "071")]),
    (("hand over", "hand"), [(_ARMS + ("helicopters", "jets", "warplanes", "&AIRCRAFT"), "072"),
                             (_RELIEF + ("medicines", "medical"), "070"),
                             # (not "handed over millions of dollars of environmental obligations")
                             (("loan", "loans", "credit", "credits", "grant", "grants", "funds"), "071")]),
    # Property handed back (CAMEO 0842).
    (("return", "hand back", "give back"),
     [(("boat", "boats", "vessel", "vessels", "ship", "ships", "property", "properties", "land", "lands", "archives",
        "artefacts", "artifacts", "assets", "territory", "aircraft", "tanker", "tankers", "plane", "planes", "jet",
        "helicopter", "cargo", "vehicles", "remains", "church", "churches", "farm", "farms", "estate", "estates",
        "building", "buildings", "statue", "statues", "treasures", "windows", "paintings", "artworks", "manuscripts",
        "icons", "relics", "obelisk", "office", "offices", "shop", "shops", "restaurant", "restaurants", "business",
        "businesses", "home", "homes", "house", "houses", "factory", "factories", "enterprise", "enterprises",
        "presses", "equipment", "premises", "mosque", "mosques", "temple", "temples"), "0842")]),
    # Forces scaled down de-escalate (CAMEO 087); an armed wing disbanded or weapons handed in demobilise (0873).
    (("scale down", "scale back", "draw down", "wind down", "thin out"),
     [(("&MILITARY", "forces", "deployment", "deployments", "presence", "operations", "troop", "troops"), "087")]),
    (("disband",), [(("wing", "militia", "militias", "&MILITARY", "forces", "fighters", "units", "brigades"), "0873")]),
    (("hand in", "turn in", "lay down"), [(("arms", "weapons", "rifles", "guns", "&WEAPON"), "0873")]),
    # Peacekeepers or inspectors accepted are let in (CAMEO 0861/0862), as with "allow".
    (("accept", "admit"), [(("&PKO", "peacekeepers", "troops", "contingent"), "0861"),
                           (("inspectors", "monitors", "observers"), "0862")]),
    # Ports or borders sealed are a blockade (191).
    (("seal",), [(("ports", "port", "border", "borders", "crossing", "crossings", "coast", "coastline", "city",
                   "&TOWN"), "191")]),
    # People driven out en masse (CAMEO 201); a named person killed is an assassination (186).
    (("drive out",), [(("&PEOPLE", "thousands", "hundreds", "ethnic", "residents", "inhabitants", "villagers",
                        "albanians", "families", "muslims", "christians", "minority", "population", "refugees")
                       + _PEOPLE, "201")]),
    (("kill",), [((NAMED,), "186")]),
    # Weapons of mass destruction (CAMEO 204); force used (19); people used as human shields (184).
    (("use", "deploy", "fire", "launch", "unleash"), [(("destruction",), "204")]),
    (("use",), [(("shield", "shields"), "184"), (("force", "violence", "firepower"), "190")]),
    # Force or weapons unleashed (not "a series of tweets").
    (("unleash",), [(("arsenal", "force", "forces", "troops", "army", "weapons", "&WEAPON", "attack", "attacks",
                      "offensive", "barrage", "firepower", "strikes", "airstrikes"), "190")]),
    # Sanctions kept in place: refusing to ease them (CAMEO 1244, as the dictionary codes "maintain sanctions").
    # Bans and restrictions kept: refusing to ease them (1241; on trade, 1244 as for an embargo).
    (("keep", "retain", "uphold", "maintain"),
     [(("sanctions", "sanction", "embargo", "embargoes", "boycott", "blockade"), "1244"),
      (("ban", "bans", "restrictions", "moratorium"), "1241")]),
    # An ultimatum given (CAMEO 139).
    (("give", "issue", "deliver", "set", "present"), [(("ultimatum", "deadline"), "139")]),
    # Bombs planted or set off are a bombing (CAMEO 183).
    (("plant", "set off", "detonate"),
     [(("bomb", "bombs", "explosive", "explosives", "device", "devices", "ied", "ieds", "mine", "mines", "landmine",
        "landmines"), "183")]),
    # Media shut or cut off restrict political freedoms (CAMEO 1721).
    (("close", "close down", "shut", "shut down", "cut", "cut off", "block", "suspend", "ban"), [(MEDIA, "1721")]),
    # Protests called off ease political dissent (CAMEO 082).
    (("call off", "suspend", "end", "halt", "cancel", "stop", "abandon", "lift"),
     [(("protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches", "strike",
        "strikes", "sit-in", "sit-ins", "sit", "boycott", "blockade", "blockades", "roadblocks", "barricades",
        "occupation"),
       "082")]),
    # A constitution or electoral system overhauled is political reform (CAMEO 083), a policy rethought or its rules
    # revised a change of policy (0832): giving way, or with "would" the intent to (034 / 0342).
    (("rethink", "reconsider", "revise", "overhaul", "reform", "amend", "rewrite", "liberalize", "liberalise"),
     [(("constitution", "charter", "electoral", "election", "elections"), "083"),
      (("policy", "policies", "rules", "regulations", "stance", "law", "laws"), "0832")]),
    # Brushing aside a blueprint or road map rejects it (CAMEO 12), as with a plan.
    (("dismiss", "brush aside", "spurn", "reject"),
     [(("blueprint", "blueprints", "initiative", "roadmap", "formula", "framework"), "120")]),
    # Fighters sent home are demobilised (CAMEO 0873); giving ground is yielding (080); assets frozen a sanction (163);
    # control of a company taken is confiscation (1711).
    (("send home",), [(("fighters", "combatants", "militiamen", "guerrillas", "rebels", "recruits"), "0873")]),
    (("give", "cede"), [(("ground",), "080")]),
    (("freeze",), [(("assets", "accounts"), "163")]),
    (("take", "seize", "assume"), [(("company", "companies", "firm", "unit", "assets", "plant", "factory", "bank",
                                     "business", "shares", "stake", "subsidiary", "refinery", "airline"), "1711")]),
    # Troops rushed or dispatched to a border mobilise (CAMEO 154); embassy staff pulled out (161); greenhouses torn
    # down or trees uprooted (1712); people seized are abducted (181), not their property confiscated.
    (("rush", "dispatch"), [(("&MILITARY", "troops", "soldiers", "forces", "reinforcements", "tanks"), "154")]),
    (("pull out",), DIPLOMAT_RULES),
    (("tear down", "uproot"), [(("greenhouses", "trees", "orchards", "groves", "crops", "homes", "houses", "fences",
                                 "buildings", "shacks", "huts"), "1712")]),
    (("seize", "grab", "snatch"), [((PERSON, "&HOSTAGE") + _PEOPLE, "181")]),
    # An apology offered or tendered (CAMEO 055); rights granted (0833, acceding to demands for rights); a deadline
    # ignored defies it (128); a curfew ordered (1723); inspectors barred from a country are expelled (1662);
    # credentials revoked (172); offers turned away (120).
    (("offer", "extend", "issue", "make", "tender"), [(("apology", "apologies"), "055")]),
    (("grant", "give", "restore", "extend"), [(("right", "rights", "franchise", "suffrage"), "0833")]),
    (("ignore", "defy", "flout"), [(("deadline", "deadlines", "ultimatum"), "128")]),
    (("order", "impose", "declare"), [(("curfew", "curfews"), "1723")]),
    (("bar", "ban"), [(("inspectors", "monitors", "observers"), "1662")]),
    (("revoke", "withdraw", "cancel"), [(("credentials",), "172")]),
    (("turn away",), [(("offer", "offers", "aid", "assistance", "help", "request", "requests"), "120")]),
    (("freeze",), [(_MONEY, "162")]),
    # People sent back where they came from are deported (CAMEO 174).
    (("send back", "fly back", "ship back", "send home"),
     [(("&REFUGEE", "migrants", "refugees", "asylum-seekers", "immigrants", "nationals", "deportees", "roma",
        "illegals", "workers", "citizens"), "174")]),
]
for _verbs, _rules in _MORE_OBJECT_CODES:
    for _verb in _verbs:
        OBJECT_CODES[_verb] = OBJECT_CODES.get(_verb, []) + _rules
# Rules that come before a verb's others: a nuclear device set off is a nuclear test (CAMEO 2042), not a bombing;
# a suspect handed to another state is judicial cooperation (063), not a release (0841).
_FIRST_OBJECT_CODES: list[tuple[tuple[str, ...], list[tuple[tuple[str, ...], str | None]]]] = [
    (("explode", "detonate", "set off", "test"), [(("nuclear", "atomic", "hydrogen", "thermonuclear"), "2042")]),
    # Trade, shipping or air links opened or resumed: economic cooperation (CAMEO 061), before the rule that
    # reads a reopened border crossing ("reopened cross-border trade at the Lang Son crossing").
    (("open", "reopen", "resume", "restore"), [(("trade", "route", "routes", "link", "links", "flights", "shipping",
                                                "sales", "exports", "imports"), "061")]),
    # Passports seized are an administrative sanction (CAMEO 172), not property taken or people abducted.
    (("seize", "confiscate", "take away", "impound"), [(tuple(PERMITS), "172")]),
    (("hand over", "hand", "turn over"), [(("suspect", "suspects", "suspected", "fugitive", "fugitives", "militant",
                                            "militants", "wanted"), "063")]),
    # Positions abandoned by fighters are a military retreat (CAMEO 0874); livestock and goods carried off are
    # property seized (171).
    (("abandon", "vacate", "give up", "quit"), [(("positions", "position", "stronghold", "strongholds", "trenches",
                                                  "garrison", "bunkers", "base", "bases"), "0874")]),
    (("carry off", "drive off", "make off with", "steal", "carry away"),
     [(("cattle", "livestock", "goats", "sheep", "herds", "grain", "goods", "belongings", "property", "crops"),
       "171")]),
    # Plantations, farms or factories seized are property confiscated (CAMEO 1711), not territory taken.
    (("seize", "grab", "confiscate", "expropriate"),  # (not a company's bid to take over another)
     [(("plantation", "plantations", "farm", "farms", "estate", "estates", "ranch", "ranches", "factory", "factories",
        "company", "companies", "assets", "properties", "mines", "oilfields", "refinery", "refineries"), "1711")]),
    # Troops or a military post attacked are fought (CAMEO 190), before the dictionary's lines that read "attacked
    # the government" as criticism ("rebels attacked government troops").
    (("attack", "assail"), [(("&MILITARY", "troops", "soldiers", "army", "base", "bases", "convoy", "convoys",
                              "patrol", "patrols", "positions", "position", "post", "posts", "garrison", "barracks",
                              "outpost", "outposts", "checkpoint", "checkpoints"), "190")]),
]
for _verbs, _rules in _FIRST_OBJECT_CODES:
    for _verb in _verbs:
        OBJECT_CODES[_verb] = _rules + OBJECT_CODES.get(_verb, [])

# CAMEO code by who acts, from the codebook's usage notes: a reported arrival of peacekeepers or inspectors
# is their host receiving them (0861/0862), their departure a withdrawal (1661/1662), not a visit.
_OUTSIDERS = ((("&PKO", "peacekeepers", "helmets"), "1"), (("inspectors", "monitors", "observers"), "2"))
_BOMBS = ("bomb", "bombs", "explosive", "explosives", "device", "car", "truck", "vehicle", "parcel", "package",
          "vest", "bomber", "bombers", "landmine", "mine")
_CROWDS = ("youths", "youth", "protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator",
           "rioters", "rioter", "rioting", "mob", "mobs", "crowd", "crowds")
DOER_CODES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    **{verb: [(words, "086" + n) for words, n in _OUTSIDERS] for verb in ("arrive", "land", "deploy", "enter")},
    # A bomb that goes off is a bombing (CAMEO 183), not military force.
    **{verb: [(_BOMBS, "183")] for verb in ("blow up", "explode", "detonate", "go off", "tear", "rip")},
    # Violence by protesters is a violent protest, a riot (CAMEO 145); shops looted or burned by mobs are
    # property seized or destroyed (171), a riot only where the sentence says so (phrasing.riots_damage).
    **{verb: [(_CROWDS, "145")] for verb in ("storm", "clash", "hurl", "throw", "attack", "stone", "pelt", "rampage",
                                             "riot", "fight")},
    **{verb: [(tuple(set(_CROWDS) - {"mob", "mobs"}), "145")] for verb in ("torch", "burn", "set", "ransack", "loot",
                                                                           "smash")},
    # Roads blocked by farmers, residents or supporters are a protest (CAMEO 144), not a blockade.
    **{verb: [(("supporters", "farmers", "growers", "residents", "villagers", "truckers", "drivers", "strikers",
                "activists", "students", "workers", "miners", "taxi", "teachers", "protesters", "demonstrators"),
               "144")]
       for verb in ("block", "blockade", "barricade", "seal off")},
    # Fighters who surrender or retreat retreat militarily (CAMEO 0874).
    **{verb: [(("fighters", "militants", "rebels", "guerrillas", "insurgents", "gunmen", "jihadists", "troops",
                "soldiers", "militiamen", "forces", "army", "units", "&MILITARY"), "0874")]
       for verb in ("surrender", "retreat", "fall back")},
    # Charges brought by prosecutors or police are legal action (CAMEO 173), not a verbal accusation.
    "charge": [(("prosecutor", "prosecutors", "prosecution", "police", "court", "courts", "judge", "judges",
                 "magistrate", "authorities", "investigators"), "173")],
    **{verb: [(words, "166" + n) for words, n in _OUTSIDERS]
       for verb in ("leave", "withdraw", "depart", "pull out", "ship out", "evacuate", "quit")},
}

# Told to stay indoors: a curfew (CAMEO 1723). Taken to court: a lawsuit (115). Trade stopped: an embargo (163).
INDOORS = frozenset({"indoors", "inside", "home", "homes", "houses"})
PLACING = frozenset({"place", "put", "keep", "bring"})
CONCEDING = frozenset({"agree", "accede", "bow", "yield", "give in", "cave", "concede", "submit", "give way", "bend"})
DEFENDING = frozenset({"speak", "speak out", "come", "leap", "rush", "spring", "jump", "step", "ride", "rally"})
ATROCITIES = frozenset({"crimes", "crime", "atrocities", "atrocity", "genocide", "massacres", "massacre", "abuses",
                        "violations"})
PROPERTY = frozenset({"house", "houses", "home", "homes", "building", "buildings", "shop", "shops", "church",
                      "churches", "mosque", "mosques", "office", "offices", "car", "cars", "village", "villages",
                      "crops", "fields", "property", "properties", "school", "schools"})
CROWD_WORDS = frozenset(_CROWDS)
# Nature's forces: what they do to people is no act of anyone's ("the storm forced thousands to leave their homes").
NATURAL_FORCES = frozenset({"earthquake", "quake", "storm", "flood", "hurricane", "cyclone", "typhoon", "tornado",
                            "fire", "wildfire", "blaze", "tsunami", "landslide", "eruption", "avalanche", "drought"})
DRIVING = frozenset({"drive", "force", "push", "chase", "hound", "herd"})
DRIVEN = frozenset({"albanians", "thousands", "ethnic", "residents", "inhabitants", "villagers", "families",
                    "civilians",
                    "minority", "population", "people", "refugees", "muslims", "christians", "serbs", "croats"})
RALLYING = frozenset({"rally", "unite", "line up", "galvanize", "galvanise"})  # not troops mobilised (154)
COOPERATING = frozenset({"work", "team up", "join forces", "join hands", "partner"})
# Crowds in the streets demonstrate (CAMEO 141); calls for an end to sanctions demand their easing (1054).
STREET_VERBS = frozenset({"pack", "fill", "throng", "stream", "flood", "march", "pour", "swarm", "jam", "take"})
STREETS = frozenset({"street", "streets", "square", "avenue", "boulevard", "avenues", "stadium"})
CROWDISH = frozenset({"thousands", "hundreds", "tens", "protesters", "demonstrators", "people", "supporters",
                      "students", "workers", "farmers", "residents", "crowds", "marchers", "opponents", "activists",
                      "groups", "villagers", "tribesmen", "strikers", "truckers", "unions", "youths", "miners",
                      "hundred", "thousand", "backers", "followers", "loyalists", "fishermen", "peasants", "traders",
                      "shopkeepers", "merchants", "teachers", "nurses", "doctors", "drivers", "pensioners",
                      "squatters", "rioters", "mob", "mobs", "crowd"})
APPEAL_VERBS = frozenset({"call", "urge", "appeal", "press", "demand", "ask", "push", "lobby"})
# Verbs that order someone to act (CAMEO 166 with a verb of leaving, 0871 with a halt ...).
ORDERING = frozenset({"order", "tell", "instruct", "force", "give"})
# Who strikes for work (CAMEO 143): "oil workers launched a strike", "the strike by tin miners".
LABOUR = frozenset({"workers", "unions", "union", "employees", "miners", "teachers", "drivers", "doctors", "nurses",
                    "dockers", "pilots", "staff", "truckers", "civil", "servants"})
# Words before "strike" that make it a labour strike: its reach or its length ("a 24-hour strike").
LABOUR_STRIKES = frozenset({"general", "labour", "labor", "national", "nationwide", "indefinite", "token", "warning",
                            "hour", "day", "week", "sympathy", "wildcat"})
COURT_TAKING = frozenset({"take", "haul", "drag", "bring"})
COURTS = frozenset({"court", "tribunal", "icj", "icc", "court-martial"})
TRADE_STOPPING = frozenset({"ban", "bar", "prohibit", "halt", "suspend", "stop", "outlaw", "forbid", "embargo"})
TRADE_WORDS = frozenset({"import", "imports", "importing", "export", "exports", "exporting", "purchases", "trade"})
MISTREATMENT = frozenset({"torture", "abuse", "beating", "beatings", "shocks", "ill-treatment", "mistreatment",
                          "rape", "flogging", "lashes"})
