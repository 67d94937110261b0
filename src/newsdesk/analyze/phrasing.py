"""Phrasings around a trigger that change what it codes or whether it is one: an ultimatum ("... or face
air strikes"), a prospect raised ("raised the prospect of sanctions"), the codebook's sub-codes of threats,
words that refine a code (force against protesters is repression, "sexually assaulted"), descriptions that
are no acts ("detained protesters", "the so-called plan", "what he called"), a reporting verb that names its
own act ("concluded a pact"), and an intent that names no other party (a change of one's own policy).
events.py chooses among a sentence's triggers; triggers.py and codebook.py say what each word carries.
"""

from __future__ import annotations

from .codebook import CROWD_WORDS, CROWDISH, NATURAL_FORCES, SENT_STAFF
from .nominal import nominal_code
from .phrase_rules import count_of
from .triggers import REPORTING, code_for, lemma_of, noun_code

# "... or face arrest": what an ultimatum threatens (besides any forceful act, CAMEO 15-20).
PENALTIES = frozenset({"arrest", "prosecution", "consequences", "penalty", "penalties", "punishment", "expulsion",
                       "deportation", "action", "fine", "fines", "jail", "prison", "charges", "retaliation",
                       "eviction", "dismissal", "sanctions", "reprisals", "closure", "intervention"})
# "... or be dismissed": what an ultimatum threatens, said as what will be done to those who do not comply.
PENALISED = frozenset({"dismiss", "sack", "fire", "arrest", "expel", "deport", "prosecute", "punish", "jail",
                       "evict", "detain", "shoot", "disband", "ban", "try", "court-martial"})
# What one cuts or suspends with someone else (CAMEO 16): reducing it is a threat to them when announced.
RELATIONS = frozenset({"tie", "ties", "relation", "relations", "aid", "assistance", "talks", "cooperation", "contact",
                       "contacts", "trade", "import", "imports", "export", "exports", "funding", "loan", "loans",
                       "support", "negotiations", "dialogue", "link", "links", "flight", "flights", "supply",
                       "supplies", "investment", "membership", "embassy", "ambassador", "visit"})
# Participles that say who someone is, not what they did.
DESCRIBING = frozenset({"flee", "escape", "link", "tie", "affiliate", "connect", "arm", "lead", "oppose", "strike"})
# Messages whose publishing is how news is given ("a statement released", "a report published").
PUBLISHED = frozenset({"video", "tape", "recording", "footage", "statement", "communique", "communiqué", "report",
                       "declaration", "letter", "note", "decree", "message",
                       "announcement", "transcript", "bulletin"})
# Time given to comply with an ultimatum.
DEADLINES = frozenset({"hour", "day", "week", "month", "deadline", "minute"})
# What someone is brought to face.
TRIALS = frozenset({"charge", "trial", "prosecution", "justice", "court", "sentence", "execution", "questioning",
                    "accusation", "indictment", "year", "life", "death", "jail", "prison", "penalty", "fine",
                    "deportation", "extradition"})
# What an event leaves people: "clashes left four farmers dead" is the clashes' toll.
CASUALTIES = frozenset({"dead", "injured", "wounded", "hurt", "homeless", "maimed", "stranded"})
# Who is killed in a massacre, not a battle.
NONCOMBATANTS = frozenset({"civilians", "men", "boys", "women", "children", "villagers", "people", "residents",
                           "inhabitants", "refugees", "muslims", "prisoners"})
# Whom force against is repression (CAMEO 175).
PROTESTERS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds", "strikers",
                        "supporters"})
# Nouns that only count what their "of" phrase names: "a campaign of atrocities", "a wave of arrests".
SERIES = frozenset({"campaign", "wave", "series", "spate", "string", "round", "barrage", "volley"})
# Reporting verbs whose object can be the event they make ("declared martial law", "announced sanctions").
DECLARING = frozenset({"declare", "announce", "proclaim", "confirm"})
# Verbs whose subject names the event: "rioting broke out", "protests erupted", "clashes flared".
ERUPTING = frozenset({"break out", "erupt", "flare", "flare up", "spread", "rage", "escalate", "intensify", "resume"})
# Chemical agents (CAMEO 2041); tear gas and pepper spray are not among them.
CHEMICAL = frozenset({"sarin", "chlorine", "mustard", "vx", "tabun", "novichok", "nerve", "poison"})
# "raised the prospect of", "floated the possibility of": the words that make what follows a prospect.
PROSPECT_VERBS = frozenset({"raise", "float", "hold out", "hold", "dangle", "moot"})
PROSPECTS = frozenset({"prospect", "possibility", "spectre", "specter", "threat", "option", "idea"})

# Verbs of a toll that may name the bombing that took it: "was killed when a roadside bomb exploded".
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "maim"})
# What explodes: a sentence whose doer is one of these reports a bombing (CAMEO 183).
BOMBS = frozenset({"bomb", "landmine", "mine", "device", "ied", "explosive", "explosives", "grenade", "bomber",
                   "dynamite", "semtex"})
# Verbs by which a bomb is set off or brought to its target.
DETONATING = frozenset({"detonate", "explode", "set off", "blow up", "plant", "drive", "ram"})
# What chemical or biological agents are delivered in: "dropped chemical bombs" (CAMEO 2041).
MUNITIONS = frozenset({"bomb", "weapon", "shell", "rocket", "missile", "agent", "munition", "warhead", "attack", "gas"})
# Whom an attempt on the life of is an assassination attempt (CAMEO 185).
LEADERS = frozenset({"president", "leader", "minister", "premier", "king", "queen", "governor", "mayor", "general",
                     "commander", "chief", "ambassador", "envoy", "prince", "sheikh", "senator", "chancellor"})
# Verbs that obstruct: by a crowd that acts to demand something, a protest (144).
OBSTRUCT_VERBS = frozenset({"block", "blockade", "barricade", "obstruct", "occupy", "seal", "seal off", "close",
                            "cut off"})

# The CAMEO families that cooperate (04-08) or coerce (16-20); intent and conditions reshape them.
COOPERATIVE = ("04", "05", "06", "07", "08")
FORCEFUL = ("15", "16", "17", "18", "19", "20")

# What an act is called when it is condemned: "an act of aggression".
CONDEMNED_ACTS = frozenset({"aggression", "terrorism", "terror", "war", "piracy", "genocide", "barbarism", "savagery",
                            "provocation", "banditry", "sabotage"})

# What asks someone to do something: going on despite it refuses it.
ASKING = frozenset({"appeal", "call", "plea", "request", "demand", "pressure", "urging", "entreaty"})

# Feelings that are disapproval when said of someone's act ("is unhappy with", "was angry at").
DISPLEASED = frozenset({"unhappy", "dissatisfied", "displeased", "angry", "upset", "disappointed", "frustrated",
                        "furious", "indignant", "incensed", "outraged", "annoyed", "irritated", "dismayed"})


def sets_condition(token) -> bool:
    """The verb sets a condition: "would impose sanctions if Pyongyang carried out a test". The parser may hang
    the condition on a relative clause in the verb's phrase ("would walk away from the talks he has chaired unless
    ...") or on the reporting verb after it ("will pull out of the talks if violence continues, Ramaphosa told")."""
    def conditions(verb):
        return [c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
    if conditions(token) or any(conditions(t) for t in token.subtree if t.dep_ == "relcl"):
        return True
    # (or on an attribution the parser hangs below the verb: "faces closure if it continues ..., the prosecutor
    # warned")
    said = ([token.head] if token.dep_ == "ccomp" and token.head.i > token.i else []) + [
        c for c in token.children if c.dep_ in ("advcl", "parataxis", "conj") and c.i > token.i]
    return any(lemma_of(v) in REPORTING and any(token.i < c.i < v.i for c in conditions(v)) for v in said)


def acts_on_other(token) -> bool:
    """The verb's own phrase names another party ("suspend aid to Kenya", "cut ties with Qatar")."""
    stack = [c for c in token.children if c.dep_ in ("dobj", "dative", "prep", "pobj", "prt")]
    while stack:
        t = stack.pop()
        if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return True
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    return False


def names_its_act(token) -> tuple[str, bool] | None:
    """A reporting verb with no clause reported, whose object a rule of the codebook codes: "concluded a trade
    pact" (057) is no report. Its (code, matched), or None."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in token.children):
        return None
    code, matched = code_for(token)
    return (code, matched) if matched and code and not code.startswith("01") else None


def described(token, sent) -> bool:
    """A participle before its noun ("detained protesters", "told visiting President Diouf"), or a message's
    "released" / "published" ("a statement released in Brussels"), in a sentence the parser read with a main
    verb (in a parse without one, "barred member states" may be the sentence's act); a participle that says who
    someone is ("refugees fleeing the fighting", "insurgents linked to al-Qaeda", "rebels armed with machetes")."""
    if token.dep_ == "acl" and lemma_of(token) in DESCRIBING or token.dep_ == "amod" and token.tag_ == "VBG" and \
            lemma_of(token) in DESCRIBING:  # ("told striking oil workers", "fleeing refugees")
        return True
    if sent.root.pos_ not in ("VERB", "AUX"):
        return False
    # "a statement released in Brussels", "a report published on Monday": where the news was given, not news
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.lemma_.lower() in PUBLISHED:
        return True
    if token.dep_ == "xcomp" and token.tag_ in ("VBN", "VBG") and token.i == token.head.i + 1 and any(
            c.dep_ == "ccomp" for c in token.head.children) and lemma_of(token.head) in REPORTING:
        return True  # "told visiting executives that ...": the parser's verb is the listeners' description
    if token.dep_ == "xcomp" and token.tag_ == "VBG" and token.i == token.head.i + 1 and lemma_of(
            token.head) in REPORTING and any(told_clause(g) for c in token.children for g in c.children):
        return True  # ("told visiting envoys that Tirana had forgiven ...", the "that" clause hung on the envoys)
    if token.dep_ == "acl" and (token.lemma_.lower() in ("link", "connect", "join") and token.tag_ == "VBG" or
                                token.lower_ == "bound" and any(c.lower_ == "for" for c in token.children)):
        return True  # "highways linking Santa Cruz and Cochabamba", "trains bound for the border": what it is
    if reduced_relative(token):
        return True  # "tourists held hostage on Jolo were freed by ...": the parser took the description for the verb
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ in ("nsubj", "nsubjpass") and (noun_code(
            token.head) or token.head.head.dep_ == "ROOT") and token.head.head.pos_ == "VERB" \
            and lemma_of(token.head.head) not in REPORTING and not any(  # (not "a proposal that X be asked to")
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return True  # "the embargo imposed on Burundi ... was suspended", "a strike called by student groups shut ...":
        # the noun names the act, the participle only says how it came about
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ in ("nsubj", "nsubjpass") \
            and token.head.lower_ in CROWDISH | PROTESTERS and token.head.head.pos_ == "VERB" \
            and token.head.head.lemma_ != "be":
        return True  # "protesters blockading government buildings must end their action": who they are
    if token.dep_ == "amod" and token.tag_ == "VBN" and token.head.dep_ == "dobj" and token.head.head.lemma_ == "have" \
            and token.i == token.head.head.i + 1 and any(c.dep_ == "nsubj" for c in token.head.head.children):
        return False  # "authorities have relaxed restrictions": a perfect the parser read as "have" and an adjective
    return token.dep_ == "amod" and token.tag_ in ("VBN", "VBG") and token.i < token.head.i  # "visiting President"


def told_clause(verb) -> bool:
    """What someone was told, in a "that" clause the parser hung on the listeners as a relative clause ("told
    visiting envoys that Tirana had forgiven ..."; a relative clause has no "that" as its marker). Not a noun's own
    content ("a demand that Greece end its embargo"): that is the noun's event, and the clause its background."""
    noun = verb.head
    return verb.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and noun.dep_ in ("dobj", "dative") \
        and not noun_code(noun) and not nominal_code(noun, default=False) and any(
            lemma_of(v) in REPORTING for v in (noun.head, noun.head.head) if v.pos_ == "VERB")


def reduced_relative(token) -> bool:
    """A participle that describes its noun ("kickbacks allegedly paid to aides", "tourists held hostage") read as the
    sentence's verb, with the real verb, a passive with no subject of its own ("are being investigated by",
    "were freed by"), hung under it without "and"."""
    if token.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in token.children) or any(
            c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    for verb in token.children:
        if verb.dep_ in ("conj", "advcl", "ccomp", "dep") and verb.i > token.i \
                and any(c.dep_ == "auxpass" for c in verb.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) \
                and not any(c.dep_ in ("cc", "punct") and token.i < c.i < verb.i for c in token.children):
            return True
    return False


def awaits(token) -> bool:
    """"extradited to France to face terrorism charges": what awaits someone, no act of anyone's."""
    return token.lemma_.lower() in ("face", "await") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TRIALS for c in token.children)


def _tens_of_thousands(word) -> bool:
    """"thousands", "a million", "200,000": a number of people a mass expulsion is told by."""
    return word.lower_ in ("thousands", "millions", "million") or count_of(word.text) >= 10000


def reread(token, code: str | None) -> str | None:
    """Codes that the words around the verb refine, from the codebook's definitions: force against protesters
    is repression (175), "sexually assaulted" is 1821, an attempt on a leader's life is 185, expelling tens of
    thousands is a mass expulsion (201), killing thousands of civilians (or hundreds of women and children) is
    a mass killing (202)."""
    if not code or not code.startswith(("16", "17", "18", "19", "202")):
        return code
    after = [t for t in token.subtree if t.i > token.i]
    if code.startswith(("18", "19")) and any(c.lower_ == "sexually" for c in token.children):
        return "1821"
    if code.startswith("19") and any(t.lower_ in PROTESTERS for t in after):
        return "175"
    if code == "186" and token.head.lemma_.lower() in ("try", "attempt", "plot", "seek") and token.dep_ == "xcomp":
        return "185"
    # (those expelled, not "despite warnings that millions faced famine"; nor the thousands of advisers or
    # technicians a state sends home: the presence of a group ends, 166)
    expelled = [t for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    if code in ("166", "174") and any(_tens_of_thousands(t) for t in expelled) and not any(
            t.lemma_.lower() in SENT_STAFF for t in expelled):
        return "201"
    if code.startswith(("18", "19", "202")) and token.lemma_.lower() in ("kill", "massacre", "slaughter", "execute"):
        # (those killed may be the passive subject: "more than 7,000 men and boys were killed by Serb forces")
        after = after + [t for c in token.children if c.dep_ == "nsubjpass" for t in c.subtree]
        counts = [count_of(t.text) for t in after if t.like_num and t.ent_type_ not in ("DATE", "TIME")]
        many = max(counts, default=0) >= 1000 or any(t.lower_ in ("thousands", "millions") for t in after)
        # "killed more than 200 men, women and children in the village": women and children slain by the hundred
        hundreds = max(counts, default=0) >= 100 and {"women", "children"} <= {t.lower_ for t in after}
        if (many and any(t.lower_ in NONCOMBATANTS for t in after)) or hundreds:
            return "202"  # "killed about 8,000 Muslim men and boys": mass killing (CAMEO 202)
        if code == "202" and token.lemma_.lower() == "kill" and not any(
                t.lower_ in MASS_VIOLENCE for t in token.sent):  # ("unleashed a wave of mass violence, ... killing")
            # The dictionary's "KILL * CIVILIAN" files every killing of civilians as a mass killing; the codebook's
            # 202 is killing in substantial numbers. Fewer are killed by the means that killed them: "air raids by
            # Antonov bombers killed at least 20 civilians" (195), or by force (190, the doer's role decides).
            return _means_of_killing(token) or "190"
    return code


# Words by which a sentence says its killings are mass violence.
MASS_VIOLENCE = frozenset({"mass", "massacre", "massacres", "genocide", "atrocity", "atrocities", "cleansing",
                           "slaughter", "pogrom", "extermination"})
# What kills from the air or from afar: aerial weapons (CAMEO 195), artillery and tanks (194).
AERIAL = frozenset({"air", "airstrike", "airstrikes", "bomber", "bombers", "warplane", "warplanes", "aircraft", "jets",
                    "helicopter", "helicopters", "gunship", "gunships", "drone", "drones"})
ARTILLERY_FIRE = frozenset({"shelling", "shell", "shells", "artillery", "mortar", "mortars", "rocket", "rockets",
                            "tank", "tanks", "howitzer", "howitzers", "bombardment"})


def _means_of_killing(verb) -> str | None:
    """The conventional means named as what killed: "air raids ... killed" (195), "shelling killed" (194)."""
    doers = [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    words = {t.lower_ for t in doers}
    if words & AERIAL:
        return "195"
    if words & ARTILLERY_FIRE:
        return "194"
    return None


def is_a_name(token) -> bool:
    """"the so-called Pacific Solution", "what he called false reports", "which he called a rag": a name given."""
    if token.lemma_.lower() == "call" and any(c.dep_ == "dobj" and c.lower_ in ("what", "which")
                                              for c in token.children):
        return True
    return token.lower_ == "called" and token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "so"


def ultimatums(sent) -> set[int]:
    """Verbs that set a choice under penalty, "do this or face that" (CAMEO 139, give ultimatum): the verb that
    frames the demand ("gave them 48 hours to pull back or face air strikes" -> gave; "must leave or face
    arrest" -> leave)."""
    out = set()
    if "fac" not in sent.text and " or be " not in sent.text:
        return out  # no "face" in the sentence: most sentences, one substring test
    for token in sent:
        # spaCy hangs the "or" on either conjunct
        if token.dep_ != "conj" or not any(
                c.dep_ == "cc" and c.lower_ == "or" and c.i < token.i for c in (*token.children, *token.head.children)):
            continue
        if token.lemma_.lower() == "face":
            penalty = [c for c in token.children if c.dep_ == "dobj"
                       and (c.lemma_.lower() in PENALTIES or (noun_code(c) or "").startswith(FORCEFUL))]
        else:  # "must return to work by Wednesday or be dismissed"
            penalty = [token] if token.lemma_.lower() in PENALISED and any(
                c.dep_ == "auxpass" for c in token.children) else []
        if not penalty:
            continue
        head = token.head
        # "to pull back or face": the infinitive is what the framing verb asks for ("gave him 48 hours to leave
        # Iraq or face military action": through the time given)
        while head.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(a.lower_ == "to" for a in head.children) \
                and head.head.i != head.i:
            if head.dep_ in ("relcl", "acl"):
                if head.head.lemma_.lower() not in DEADLINES or head.head.head.i == head.head.i:
                    break
                head = head.head
            head = head.head
        out.add(head.i)
    return out


def prospect_code(token, lemma: str) -> str | None:
    """"raised the prospect of fresh sanctions": a threat of what the prospect names (CAMEO 13), or an intent
    (03) when it names cooperation."""
    if lemma not in PROSPECT_VERBS or not any(c.dep_ == "dobj" and c.lemma_.lower() in PROSPECTS
                                              for c in token.children):
        return None
    for t in token.subtree:
        if t.i > token.i and t.pos_ == "NOUN" and noun_code(t):
            code = noun_code(t)
            if code.startswith(FORCEFUL + ("14",)):
                return threat_of(code)
            if code.startswith(COOPERATIVE):
                return {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}[code[:2]]
    return None


def threat_of(code: str) -> str:
    """The threat (CAMEO 13) of a forceful act or a protest: force 138, dissent 133, administrative sanctions 132,
    reduced aid 1311, sanctions or embargo 1312, broken relations 1313, talks broken off 134 ..., other 131."""
    if code.startswith(("15", "18", "19", "20")):
        return "138"
    by_family = {"14": "133", "17": "132"}.get(code[:2])
    # (talks, mediation or a mission broken off: threats to halt negotiations 134, mediation 135, involvement 136)
    return by_family or {"162": "1311", "163": "1312", "161": "1313", "164": "134", "165": "135",
                         "166": "136"}.get(code[:3], "131")


def subject_of(token):
    """(the verb's subject, whether it is a passive subject), or (None, False)."""
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child, child.dep_ == "nsubjpass"
    return None, False


def crowds_protest(found):
    """A crowd that acts in order to demand something protests: "thousands of farmers paraded tractors through
    Paris to press the government" (141), "Roma families blocked a highway to demand access" (144)."""
    for token, code, score in list(found):
        # ("sat down on railway tracks to force New Delhi to raise the price": forcing is pressing too)
        pressing = code.startswith(("02", "10", "14")) or lemma_of(token) in ("force", "compel", "pressure") or (
            code.startswith("11") and token.head.lemma_.lower() in ("gather", "assemble", "converge", "march", "rally"))
        # ("thousands were gathering in Lahore to denounce the persecution": a crowd gathered to denounce protests)
        if not (pressing and token.dep_ in ("advcl", "xcomp")
                and (any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or token.tag_ == "VBG")):
            continue
        head = token.head
        subject, _ = subject_of(head)
        if subject is None and head.dep_ == "conj":
            subject, _ = subject_of(head.head)  # "supporters burned cars and stoned police, demanding ..."
            if subject is None and head.head.pos_ == "NOUN" and head.head.dep_ in ("nsubj", "ROOT"):
                subject = head.head  # ("Protesters ... and set fire to tyres": a parse that joins the verb to them)
        if head.pos_ != "VERB" or subject is None or lemma_of(head) in REPORTING or not any(
                t.lower_ in CROWDISH for t in subject.subtree):
            continue
        own = [(c, s) for t, c, s in found if t.i == head.i]
        # its own protest code when it has one ("miners launched a strike to press for ...": 143)
        # (violence by a crowd that demands something is a riot, 145)
        protest = next((c for c, _ in own if c.startswith("14")), None) or (
            "144" if lemma_of(head) in OBSTRUCT_VERBS else "145" if any(
                c.startswith(("17", "18", "19")) for c, _ in own) else "141")
        if any(c.startswith(("02", "10", "12", "13")) for c, _ in own):
            continue
        # above the demand even when the demand finds one more actor (+0.1 each)
        best = max([s for _, s in own] + [score + 0.3])
        found[:] = [(t, c, s) for t, c, s in found if t.i != head.i] + [(head, protest, best)]
    # "thousands of students hurled firebombs at riot police in violent protests": a crowd's force in a protest is
    # the protest turned violent (145), above the protest noun
    for token, code, score in list(found):
        if not code.startswith(("17", "18", "19")) or token.pos_ != "VERB":
            continue
        subject, _ = subject_of(token)
        setting = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                        for g in c.children if g.dep_ == "pobj" and (noun_code(g) or "").startswith("14")), None)
        if setting is not None and subject is not None and any(t.lower_ in CROWDISH for t in subject.subtree):
            best = max(s for t, _, s in found if t.i in (token.i, setting.i))
            found[:] = [(t, c, s) for t, c, s in found if t.i not in (token.i, setting.i)] + [(token, "145", best)]
    return found


# What rioters do to property: "cars were torched and shops looted as students rioted".
RIOT_DAMAGE = frozenset({"torch", "loot", "burn", "smash", "overturn", "ransack", "stone", "wreck", "vandalise",
                         "vandalize", "plunder", "pillage", "set"})


def obstructs_in_protest(found):
    """A road or bridge blocked by people who say they protest is a protest (CAMEO 144), not a blockade or
    coercion: "Protesting against plans to extend a golf course, Mohawk Indians blocked the Mercier Bridge"."""
    codes = {t.i: c for t, c, _ in found}
    for n, (token, code, score) in enumerate(found):
        if (code.startswith("17") or code in ("191", "192")) and lemma_of(token) in OBSTRUCT_VERBS and any(
                c.dep_ == "advcl" and c.tag_ == "VBG" and codes.get(c.i, "").startswith("14") for c in token.children):
            found[n] = (token, "144", score)
    return found


def riots_damage(found):
    """Property torched or looted while a riot goes on is the riot (CAMEO 145), not a seizure or an attack:
    "shops were looted and cars overturned as rioting spread through the capital"."""
    riots = [t for t, c, _ in found if c == "145"]
    if not riots:
        return found
    for n, (token, code, score) in enumerate(found):
        if code.startswith(("17", "18", "19")) and lemma_of(token) in RIOT_DAMAGE and token.pos_ == "VERB" \
                and any(r.i != token.i and any(a.i == token.i for a in r.ancestors) for r in riots):
            # (the doer of "shops were looted" is its agent, if any; "shops looted" has no auxiliary)
            perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
            doers = [g for c in token.children if c.dep_ == "agent" for g in c.children] \
                if token.tag_ == "VBN" and not perfect else [subject_of(token)[0]]
            # (what troops or rebels burn while others riot is their own act)
            if all(d is None or {t.lower_ for t in d.subtree} & (CROWDISH | CROWD_WORDS) for d in doers):
                found[n] = (token, "145", score)
    return found


def state_code(verb) -> str | None:
    """The act a state of being names: "in contact", "in touch" (consulting, 040), "under investigation" (090),
    "unhappy with" (disapproval, 110);
    None when denied ("had not been in contact for 20 years")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(c.dep_ == "attr" and c.lemma_.lower() == "act" and any(
            g.dep_ == "prep" and g.lower_ == "of" and any(o.lemma_.lower() in CONDEMNED_ACTS for o in g.children)
            for g in c.children) for c in verb.children):
        return "112"  # "Cameroon's shelling ... was an act of unprovoked aggression, Nigeria said": an accusation
    if any(c.dep_ == "acomp" and c.lower_ in DISPLEASED and any(g.dep_ == "prep" and g.lower_ in (
            "with", "at", "over", "about", "by") and any(o.dep_ == "pobj" and o.pos_ != "PRON" for o in g.children)
                                                            for g in c.children) for c in verb.children):
        return "110"  # "Norway is unhappy with the EU's treatment of its exporters": disapproval (CAMEO 110)
    if any(c.dep_ == "prep" and c.lower_ == "out" and "question" in {g.lower_ for g in c.subtree}
           for c in verb.children):
        return "120"  # "restoring the powers of parliament was out of the question, Lukashenko said": a refusal
    lasting = [noun_code(g) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on") for p in c.children
               if p.dep_ == "pobj" and p.lemma_.lower() in ("day", "week", "month") for g in lasting_events(p)]
    if lasting:
        return lasting[0]  # "was on the tenth day of a hunger strike", "are in the third week of a fast"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "under")):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            word = noun.lemma_.lower()
            if prep.lower_ == "in" and word in ("contact", "touch", "talks", "negotiations", "consultation",
                                                "consultations", "dialogue"):
                return "040"
            if prep.lower_ == "under" and word in ("investigation", "inquiry", "review", "scrutiny"):
                return "090"
    return None


def lasting_events(period) -> list:
    """The events a length of time is of: "its third week of a hunger strike", "the 100th day of a fast"."""
    return [g for c in period.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and noun_code(g)]


def despite_appeals(verb, own: bool = False) -> bool:
    """The act goes on "despite appeals", "despite calls", "despite pressure": what was asked is refused. own: the
    phrase must hang on the verb itself, not on the verb it depends on."""
    head = verb.head if verb.dep_ in ("xcomp", "ccomp") and not own else verb  # ("vowed to press on ... despite")
    return lemma_of(verb) not in REPORTING and any(
        c.dep_ == "prep" and c.lower_ == "despite" and any(
            g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() in ASKING or g.lower_ in ASKING) for g in c.children)
        # "Ignoring repeated appeals from the government, leaders said they would press on"
        or c.dep_ == "advcl" and c.lemma_.lower() in ("ignore", "defy", "disregard") and any(
            g.dep_ == "dobj" and g.lemma_.lower() in ASKING for g in c.children)
        for v in ({verb} if own else {verb, head, head.head}) for c in v.children)


def governing_verb(token):
    """The verb a noun phrase hangs on ("ready to play host to talks" -> play; "will seek sanctions" -> seek)."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# Verbs that lay waste, and the places a people lives in.
LAYING_WASTE = frozenset({"burn", "torch", "raze", "destroy", "level", "flatten", "burn down", "wipe out",
                          "obliterate"})
SETTLEMENTS = frozenset({"village", "town", "district", "homeland", "settlement", "hamlet", "neighbourhood",
                         "neighborhood", "community", "city"})


def violence_code(token, lemma: str, code: str | None, subject, sent_lower: str) -> str | None:
    """What kind of violence a verb coded as force reports, read off its words (CAMEO 18-20): a bombing (183) when a
    bomb is its doer, what it detonates or what went off when people were killed; an assassination attempt (185) on a
    leader or his motorcade; weapons of mass destruction (204) or chemical and biological ones (2041). None: as
    coded."""
    fired = False
    if code and code.startswith(("17", "18", "19")) and not code.startswith(("183", "195")) \
            and subject is not None and subject.lemma_.lower() in BOMBS and not (
                subject.lower_ == "bombers" and not any(c.lower_ == "suicide" for c in subject.children)):
        code, fired = "183", True  # "a landmine ... destroyed an army truck": a bombing ("B-52 bombers
        # pounded front lines", "Antonov bombers struck the town" are aircraft: an air strike)
    if code and code.startswith(("18", "19")) and subject is not None and subject.lower_ == "bombers" \
            and not any(c.lower_ == "suicide" for c in subject.children):
        code, fired = "195", True
    if code and code.startswith(("18", "19")) and lemma in ("kill", "assassinate", "murder") and lemma_of(
            token.head) in ("try", "attempt", "plot", "seek") and any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her")
                                  or c.lemma_.lower() in LEADERS) for c in token.children):
        code, fired = "185", True  # "had tried to kill him": an assassination attempt (CAMEO 185)
    if code and code.startswith(("18", "19")) and "mass destruction" in sent_lower and any(
            t.lower_ == "destruction" for t in token.subtree):
        code, fired = "204", True  # "attacked villages with weapons of mass destruction" (CAMEO 204)
    if code and code.startswith(("17", "18", "19")) and not code.startswith("183") and lemma in DETONATING \
            and any(t.lemma_.lower() in BOMBS for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                    for t in c.subtree):
        code, fired = "183", True  # "a car packed with explosives was detonated outside a police station"
    if code and code.startswith(("18", "19")) and "motorcade" in sent_lower and any(
            t.lower_ == "motorcade" for t in token.subtree):
        code, fired = "185", True  # "fired rockets at the president's motorcade": an assassination attempt
    if code and code.startswith(("18", "19")) and any(
            t.lower_ in CHEMICAL
            or t.lower_ in ("chemical", "biological") and t.head.lemma_.lower() in MUNITIONS
            for t in token.subtree):
        code, fired = "2041", True  # "attacked troops with mustard gas", "rockets loaded with sarin"
    if code and code.startswith(("18", "19")) and lemma in CASUALTY_VERBS and any(
            c.dep_ == "advcl" and (
                lemma_of(c) in ("explode", "go off", "detonate", "blow up", "strike", "hit")
                and any(g.dep_ == "nsubj" and g.lemma_.lower() in BOMBS for g in c.children)
                or any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children)
                and any(t.lemma_.lower() in BOMBS for t in c.subtree))
            for verb in (token, *token.conjuncts) for c in verb.children):  # ("killed and another hurt when")
        # "was killed when a roadside bomb exploded", "when a suicide bomber drove a truck packed with
        # explosives into ...": a bombing
        code, fired = "183", True
    # "torched dozens of Karen villages", "burned whole districts of Dili", "a campaign to destroy the homeland of
    # the Marsh Arabs": laying waste to where a people lives is mass violence (CAMEO 200), not damage to property
    # (not what nature does: "an earthquake flattened towns")
    if lemma in LAYING_WASTE and (code is None or code.startswith(("17", "18", "19"))) and not (
            subject is not None and subject.lemma_.lower() in NATURAL_FORCES) and any(
            _settlements(t) for c in token.children if c.dep_ in ("dobj", "nsubjpass") for t in (c, *(
                g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"))):
        code, fired = "200", True
    return code if fired else None


def _settlements(noun) -> bool:
    """Places where a people lives, many or whole: "villages", "whole districts", "the homeland"."""
    lemma = noun.lemma_.lower()
    if lemma not in SETTLEMENTS:
        return False
    return lemma == "homeland" or noun.tag_ == "NNS" or any(c.lower_ in ("whole", "entire") for c in noun.children)
