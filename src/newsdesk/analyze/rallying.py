"""Appeals that rally others (CAMEO codebook): asking third parties to stand behind someone is rallying support
(053), asking them to join against someone, or to boycott, expel or isolate a third party, is rallying opposition
(113), not an appeal to that party. phrase_rules.phrase_rule asks rallied() for verbs of appeal.
"""

from __future__ import annotations

from .codebook import RALLYING

# Asking others to stand with someone (rally support, CAMEO 053) or to join against someone (rally opposition, 113):
# "urged Arab states to rally behind Arafat", "called on its partners to join in punishing Syria".
BEHIND = frozenset({"behind", "with", "around", "by"})
# Measures others are asked to take against a third party: "to impose a boycott on Egypt and expel it".
SHUNNING = frozenset({"boycott", "expel", "suspend", "sever", "cut", "isolate", "ostracise", "ostracize", "shun",
                      "impose", "break off", "sanction", "punish", "freeze", "reimpose", "tighten", "toughen",
                      "cut off", "halt", "ban"})
MEASURES_AGAINST = frozenset({"boycott", "sanction", "embargo", "tie", "contact", "relation", "link", "aid", "trade",
                              "ban", "credit", "loan", "sale", "import", "export", "shipment", "asset", "investment"})
# ("line up": the parser may keep the particle apart; "ally": "close ranks", idioms.py)
STANDING_WITH = RALLYING | {"stand", "close", "side", "line", "ally"}
STANCES = frozenset({"position", "stance", "policy", "decision", "plan", "proposal", "resolution", "view", "line",
                     "demand", "call", "effort", "offer", "initiative", "principle", "commitment", "bid", "application",
                     "candidacy", "request"})
# Rulers named by what they are: "to isolate the regime", "to shun the military junta".
RULERS = frozenset({"junta", "regime", "government", "rulers", "leadership", "dictatorship", "authorities"})
OPPOSING = frozenset({"condemn", "denounce", "punish", "oppose", "isolate", "boycott", "sanction", "censure",
                      "pressure", "resist", "confront", "fight", "ban", "embargo"})


def rallied(token) -> str | None:
    """What an appeal asks others to do when it is rallying them (053 or 113), or None."""
    from .triggers import lemma_of  # (triggers imports this module)

    # ("exhorted African leaders to close ranks": the parser may hang what is asked as a purpose)
    # (an appeal told by its noun asks in its "to" clause: "Kohl's appeal to G7 leaders to stand behind Gorbachev")
    for asked in (c for c in token.children if c.dep_ == "xcomp" or c.dep_ in ("advcl", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        verb = lemma_of(asked)  # ("to line up against Turkey's bid")
        # ("to close ranks against Israel", "to join a campaign against Rushdie's publishers": on its object)
        preps = {c.lower_ for c in asked.children if c.dep_ == "prep"} | {
            p.lower_ for d in asked.children if d.dep_ == "dobj" for p in d.children if p.dep_ == "prep"}
        backed = [g for c in asked.children if c.dep_ == "prep" and c.lower_ in BEHIND for g in c.children
                  if g.dep_ == "pobj"]
        if verb in STANDING_WITH and backed and backed[0].lemma_.lower() not in STANCES:
            return "053"  # (not "urged Russia to stand behind its position": support for a policy, 02)
        if any(c.lower_ == "behind" for c in asked.children) and backed and (
                backed[0].pos_ == "PROPN" or backed[0].ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
                or backed[0].lemma_.lower() in CAUSES and _party(backed[0]) and not _own_cause(backed[0], token)
                or backed[0].lemma_.lower() in RULERS and any(g.dep_ == "poss" and g.pos_ == "PROPN"
                                                              for g in backed[0].children)):
            return "053"  # "asked African leaders to throw their weight behind Kabbah", "behind Cambodia's new
            # coalition government"
        if verb in ("back", "support", "defend", "stand by", "endorse") and any(
                c.dep_ == "dobj" and _party(c) and not _own_cause(c, token) for c in asked.children):
            return "053"  # "urged African countries to back Libya in its dispute with the West", "to back
            # Liberia's interim government", "to back the African Union mission there"; asking backing for one's
            # own country's bid or position is an appeal for support (02: "urged Muslim countries to back
            # Islamabad's position")
        if verb in ("step up", "increase", "give", "lend", "boost", "provide") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("backing", "support") and any(
                    p.dep_ == "prep" and p.lower_ in ("for", "to") and any(
                        g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for g in p.subtree)
                    for p in c.children) for c in asked.children):
            return "053"  # "urged his hosts to step up backing for the Afghan mujahideen"
        if verb in ("put", "exert", "apply", "increase", "step up") and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "pressure" for c in asked.children):
            return "113"  # "urged Islamic countries to put pressure on India": rallying opposition
        if verb in ("condemn", "denounce", "oppose", "isolate", "press", "pressure", "block", "veto") and any(
                c.dep_ == "dobj" and _party(c) for c in asked.children):
            return "113"  # "urged them to condemn Vietnam's occupation", "to press Guatemala to drop its claim"
        if verb in STANDING_WITH and "against" in preps:
            return "113"  # ("to stand by Chavez against attempts to topple him" stands by him: 053, above)
        if verb == "join" and any(g.lemma_.lower() in OPPOSING and g.pos_ == "VERB" and (
                g.head.i == asked.i or g.head.head.i == asked.i and g.head.dep_ in ("prep", "prt", "dobj"))
                                  for g in asked.subtree):
            return "113"  # ("join in condemning": the parser hangs the condemning under "in" or under "join";
            # "join a campaign to isolate Pretoria": under what is joined)
        if verb == "take" and "against" in preps and any(c.dep_ == "dobj" and c.lemma_.lower() in ("stand", "position")
                                                         for c in asked.children):
            return "113"  # "urged its partners to take a common stand against Turkey": rallying opposition
        if verb == "join" and "against" in preps:
            return "113"
        if any(lemma_of(v) in SHUNNING and _shuns_other(v) for v in (asked, *asked.conjuncts)):
            return "113"  # "urged Arab states to impose a boycott on Egypt", "lobbied to suspend Nigeria": rallying
            # others against a third party, not asking anything of it
    return None


def _party(noun) -> bool:
    """A noun that names a party, itself or by who it belongs to: "Libya", "Liberia's interim government", "the
    African Union mission", "the Abuja regime", "Israeli products" (not "its position", "the reforms")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or any(
        g.dep_ in ("poss", "compound", "amod", "nmod") and (g.pos_ == "PROPN" or g.ent_type_ in (
            "GPE", "NORP", "ORG", "PERSON")) or g.dep_ == "poss" and g.pos_ == "NOUN" and _party(g)
        for g in noun.children)  # ("the Baltic states' bid")


CAUSES = STANCES | {"bid", "claim", "campaign", "effort", "efforts", "cause", "candidacy", "case", "demand"}


def _own_cause(noun, appeal) -> bool:
    """A stance or bid that is the appealer's own, or no named party's ("to back Islamabad's position" asked by
    Pakistan's prime minister, "to back a General Assembly resolution"): asking support for it is an appeal (02),
    not rallying support for a third party (053)."""
    from .actors import resolve_actor
    from .triggers import REPORTING, lemma_of  # (triggers imports this module)

    if noun.lemma_.lower() not in CAUSES and noun.lower_ not in CAUSES:
        return False
    if noun.lemma_.lower() in ("resolution", "motion", "draft"):
        return True  # "to back a General Assembly resolution": a text put to a vote, no third party
    if any(g.dep_ == "poss" and g.pos_ == "PRON" for g in noun.children):
        return True  # ("to back its bid")
    owners = [g for g in noun.children if g.dep_ == "poss" or g.dep_ in ("amod", "compound", "nmod") and (
        g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))]
    if not owners:
        return True
    verb, subject = appeal, None
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            break
        verb = verb.head if verb.head.i != verb.i and lemma_of(verb.head) in REPORTING | {"write"} or (
            verb.dep_ in ("xcomp", "advcl", "conj", "acl")) and verb.head.i != verb.i else None
    if subject is None:
        return False

    def country(tokens) -> str | None:
        actor = resolve_actor(" ".join(t.text for t in tokens))
        return actor.code[:3] if actor is not None and actor.code else None

    mine = country(list(subject.subtree))
    theirs = country([t for o in owners for t in o.subtree])
    return mine is not None and mine == theirs


def _shuns_other(verb) -> bool:
    """The verb acts against a named party: "expel Egypt", "impose a boycott on Egypt", "cut all contacts with
    Israel" (not "suspend settlement building in Palestinian areas": one's own activity)."""
    def named(t):  # ("to shun the military junta": a ruler named by what it is)
        return _party(t) or t.lower_ in ("it", "them") or t.lemma_.lower() in RULERS
    for c in verb.children:
        if c.dep_ == "dobj" and named(c):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in MEASURES_AGAINST and any(
                p.dep_ == "prep" and p.lower_ in ("on", "with", "against", "to") and any(named(g) for g in p.children)
                for p in (*c.children, *verb.children)):  # (the parser may hang "on Iran" on the verb)
            return True
    return False
