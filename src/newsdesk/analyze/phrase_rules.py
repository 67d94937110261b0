"""Codebook definitions read off a verb's own phrase and its doer's words, for phrasings PETRARCH2's literal patterns
miss ("subjected detainees to beatings", "took Russia to court", "packed the streets", "put on hold a loan"):
triggers.code_for asks phrase_rule after the object rules and before the dictionary.
"""

from __future__ import annotations

from .codebook import (APPEAL_VERBS, ATROCITIES, CONCEDING, COOPERATING, CROWD_WORDS, CROWDISH, DEFENDING, DRIVEN,
                       DRIVING, LABOUR, MISTREATMENT, ORDERING, PERMITS, PROPERTY, RALLYING, STREET_VERBS, STREETS)

# How a threat of repression is phrased: "would deal ruthlessly with any supporters who took to the streets".
HARSHLY = frozenset({"ruthlessly", "harshly", "severely", "firmly", "sternly", "mercilessly", "decisively"})


def phrase_rule(token, lemma: str, bag: set[str], who: set[str]) -> tuple[str, bool] | None:
    """Codebook definitions read off a verb's own phrase (``bag``: the words after it) and its doer's words
    (``who``), for phrasings the dictionary's literal patterns miss: "subjected detainees to beatings",
    "took Russia to court", "packed the streets", "called for an end to the embargo" ..."""
    if lemma == "subject" and bag & MISTREATMENT:
        return "182", True  # "subjected detainees to beatings": physical assault
    if lemma == "find" and (bag | {g.lower_ for c in token.children for g in (c, *c.children)}) & {
            "guilty", "liable", "culpable"}:  # ("found the former prime minister guilty of": an oprd or xcomp)
        return "116", True  # CAMEO 116: "find guilty or liable at a court of law"
    if lemma in CONCEDING and bag & {"demand", "demands", "calls", "pressure"} and "to" in bag:
        return "083", True  # "agreed to opposition demands": accede to demands (CAMEO 083)
    if lemma in DEFENDING and (bag & {"defence", "defense"} or lemma == "rally" and "side" in bag) \
            and bag & {"to", "in"}:
        return "052", True  # "leapt to the defence of", "spoke out in defence of": defend verbally (CAMEO 052)
    if lemma == "commit" and bag & ATROCITIES:
        return "112", True  # "had committed war crimes", as someone says: an accusation (CAMEO 112)
    if lemma == "put" and (bag & {"signature", "signatures"} or bag & {"name", "names"} and "to" in bag):
        return "057", True  # "put their signatures (names) to the accord": signing (CAMEO 057)
    if lemma == "put" and bag & {"flight", "plane", "aircraft", "boat", "ferry", "ship", "bus", "train"} \
            and "on" in bag and any(
            c.dep_ == "dobj" for c in token.children) and any(
            t.ent_type_ == "GPE" or t.lower_ in ("home", "back") for t in token.subtree if t.i > token.i):
        return "174", True  # "put a Tunisian-born imam on a flight to Tunis": deporting him (CAMEO 174)
    if lemma == "resort" and bag & {"force", "violence", "weapons", "arms", "nuclear", "war"}:
        return ("204" if "nuclear" in bag else "190"), True  # "might resort to nuclear weapons"
    if lemma == "set" and "fire" in bag and bag & PROPERTY and not who & CROWD_WORDS:
        return "1712", True  # "set fire to Serb houses": destroying property (CAMEO 1712)
    if lemma == "fast" and any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
                               for c in token.children):
        return "142", True  # "had been fasting for 20 days to press for ...": a hunger strike
    if lemma == "stay" and "away" in bag and bag & {"parliament", "election", "elections", "polls", "session",
                                                     "sessions", "classes", "school", "work", "vote", "talks",
                                                     "classrooms", "offices", "factories", "courts"}:
        return "143", True  # "stayed away from parliament": a boycott (CAMEO 143)
    if lemma in ("lower", "reduce", "ease", "downgrade", "relax", "lift") and "alert" in bag:
        return "087", True  # "lowered the alert status of its forces": de-escalation (CAMEO 087)
    if lemma in ("stop", "halt", "suspend", "cease") and any(
            c.lemma_.lower() == "issue" and any(g.lower_ in PERMITS for g in c.children) for c in token.children):
        return "172", True  # "stopped issuing visas to Georgian citizens": administrative sanctions
    if lemma == "charge" and any(c.dep_ == "ccomp" for c in token.children):
        return "112", True  # "charged that Peruvian troops had crossed the border": an accusation, not legal action
    if lemma == "take" and "issue" in bag and "with" in bag:
        return "110", True  # "took issue with Washington's decision": disapproval (CAMEO 110)
    if lemma == "meet" and bag & {"demand", "demands"}:
        return "083", True  # "meeting a key demand of the unions": acceding to demands (CAMEO 083)
    if lemma == "walk" and "away" in bag and bag & {"table", "talks", "negotiations", "process"}:
        return "164", True  # "would walk away from the peace table": halting negotiations
    if lemma == "deal" and "with" in bag and any(c.lower_ in HARSHLY for c in token.children):
        return "175", True  # "would deal ruthlessly with any supporters who took to the streets"
    if lemma == "put" and "pen" in bag:
        return "057", True  # "put pen to a peace treaty"
    if lemma == "play" and "host" in bag:
        return "043", True  # "played host to the Chilean president" (CAMEO 043)
    if lemma in STREET_VERBS and bag & STREETS and (who & CROWDISH or any(
            w.replace(",", "").isdigit() and int(w.replace(",", "")) >= 100 for w in who)):
        return "141", True  # "some 100,000 Serbs packed the streets of Belgrade": a demonstration (CAMEO 141)
    if lemma == "stop" and any(c.lemma_.lower() == "eat" or c.lemma_.lower() in ("take", "accept") and any(
            g.lower_ in ("food", "meals", "nourishment") for g in c.children) for c in token.children) or (
            "without" in bag and bag & {"food", "eating"}):
        return "142", True  # "stopped eating", "has gone without food for 20 days": a hunger strike
    if lemma in APPEAL_VERBS and bag & {"end", "lifting", "easing", "removal"} and bag & {
            "sanctions", "embargo", "embargoes", "blockade", "boycott"}:
        return "1054", True  # "called for an end to the U.N. embargo": a demand to ease sanctions
    if lemma in DRIVING and bag & {"from", "out", "across", "into"} and any(c.dep_ == "dobj" and (
            c.lower_ in DRIVEN or any(g.lower_ in DRIVEN for g in c.subtree)) for c in token.children):
        return ("203" if "ethnic" in bag else "201"), True  # "drove ethnic Albanians from their villages"
    if lemma in ORDERING and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("close", "shut") and any(
            g.dep_ == "dobj" and g.lemma_.lower() in ("office", "embassy", "mission", "bureau", "operation")
            for g in c.children) for c in token.children):
        return "166", True  # "ordered the UN agency to close its office": expelling it (CAMEO 166)
    if lemma in RALLYING and "against" in bag and any(c.dep_ == "dobj" for c in token.children):
        return "113", True  # "sought to rally allies against Russia": rally opposition (CAMEO 113)
    if lemma == "refuse" and any(c.dep_ == "xcomp" and c.lemma_.lower() == "work" for c in token.children):
        return "143", True  # "refusing to work until the government cut duties": a strike (CAMEO 143)
    if lemma in ("pose", "represent", "constitute") and bag & {"threat", "threats", "danger", "risk", "menace"}:
        return None, True  # "posed a deadly threat", "represent serious threats": a description, no one threatens
    if lemma == "agree" and "with" in bag and not any(c.dep_ == "xcomp" for c in token.children) and (
            any(c.dep_ == "ccomp" for c in token.children) or "about" in bag or not bag & {"on", "to", "over"}):
        return "019", True  # "agreed with Matthews about the winner": sharing an opinion (CAMEO 019), no deal
    if lemma == "disarm" and not any(c.dep_ == "dobj" and not any(p.lower_ in ("its", "their") for p in c.children)
                                     for c in token.children):
        return "0873", True  # "armed factions began disarming (their fighters)": demobilising (0873), not force
    if lemma in ("hack", "beat", "stab", "club", "stone", "bludgeon", "burn") and "death" in bag and "to" in bag:
        return "1823", True  # "hacked 20 villagers to death with machetes": killing by physical assault
    if lemma == "put" and "hold" in bag and "on" in bag:
        if bag & {"loan", "loans", "credit", "credits", "grant", "grants", "aid", "assistance", "lending"}:
            return "1621", True  # "put on hold a $90 million loan": suspending aid
        if bag & {"talks", "negotiations", "dialogue", "mediation"}:
            return "164", True  # "put the talks on hold": halting negotiations
    if lemma.split()[0] in ("stand", "speak", "stick") and "for" in bag and "up" in bag | set(lemma.split()):
        return "052", True  # "stood up for Belarus against Western criticism": defend verbally (CAMEO 052)
    if lemma == "welcome" and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN"
                                                          for g in c.subtree) for c in token.children):
        return "043", True  # "welcomed Rabin to Sharm el-Sheikh": hosting a visit (CAMEO 043)
    if lemma in ("launch", "declare", "announce") and bag & {"strike", "strikes"} and who & LABOUR:
        return "143", True  # "oil workers launched a strike": a labour strike (CAMEO 143), not a military one
    if lemma in COOPERATING and bag & {"together", "with", "alongside", "jointly"}:
        return "060", False  # "work together", "team up with": cooperation (CAMEO 06), a default reading
    return None
