"""How the triggers of one sentence rank against each other: a purpose above its means, what an appeal or a
refusal is about below it, a protest above the demands it voices, the appeal or consequence that trails an act
below the act, and the act that meets a demand as yielding. events.py finds the triggers; this module only
reorders them (and recodes the few whose neighbours say what they are).
"""

from __future__ import annotations

from .event_actors import issued_message
from .intent import CAUSING, foretold
from .phrasing import crowds_protest, governing_verb, obstructs_in_protest, riots_damage, threat_of
from .triggers import REPORTING, lemma_of

# Score of a guessed event (a verb's usual sense, a reporting verb's own sense): kept only when asked
# for every sentence's best event, never stored for an article.
WEAK = 0.3
WARNING_VERBS = frozenset({"warn", "caution"})
# Participles that tell what an act led to ("..., prompting condemnation"), not what was done.
CONSEQUENCES = frozenset({"prompt", "spark", "trigger", "draw", "provoke", "cause", "fuel", "raise", "lead", "bring",
                          "end", "risk", "defy", "force", "compel", "oblige"})
# Verbs of giving way to others' demands ("..., meeting a key demand of the unions", "bowing to pressure").
GIVING_WAY = frozenset({"meet", "bow", "yield", "give in", "cave in", "bend", "accede", "concede", "heed", "satisfy",
                        "answer", "grant"})
# Verbs that let others in: "agreed to admit a team of observers to monitor the situation" admits them.
ADMITTING = frozenset({"admit", "accept", "receive", "welcome"})
# Verbs that keep someone from doing something ("prohibited X from carrying out tests").
PREVENTING = frozenset({"prohibit", "ban", "bar", "prevent", "stop", "block", "forbid", "keep", "deter", "restrain",
                        "dissuade", "discourage"})
# Verbs of calming a situation, the usual purpose of giving way.
CALMING = frozenset({"reduce", "ease", "defuse", "lower", "calm", "lessen", "diffuse"})
# Material acts (force, seizure, aid, sanctions): reported, they are the news above an appeal about them.
MATERIAL = ("07", "15", "16", "17", "18", "19", "20")
# Verbs of what goes before an act and leads into it ("reviewed the draft and struck down the clause").
LEADING_IN = frozenset({"meet", "gather", "assemble", "convene", "receive", "host", "tour", "visit", "arrive",
                        "fly", "travel", "review", "study", "examine", "consider", "discuss", "complete"})
# Codes of giving way (CAMEO 080-083) that an agreement made with them takes.
YIELDING = ("080", "081", "082", "083")


def rank(found: list, purposes: list[int]) -> list:
    """found: (token, cameo, score) of a sentence's triggers; purposes: indexes of those that are a purpose ("to
    complain"). Returns them rescored."""
    # A purpose outranks its means ("summoned X to complain"), unless the means is itself a protest,
    # threat or attack ("began a hunger strike to protest").
    codes = {t.i: (c, s) for t, c, s in found}
    for n in purposes:
        token, code, score = found[n]
        head_code, head_score = codes.get(token.head.i) or ("", 0.0)
        # The means may be a noun its verb carries: "went on strike to demand", "staged a sit-in to protest".
        means = [codes[t.i][0] for t in token.head.subtree if t.i in codes and t.pos_ in ("NOUN", "PROPN")
                 and t.head.i != token.i and getattr(governing_verb(t), "i", None) == token.head.i]
        # Nor is what an appeal, demand or order asks of others its purpose ("urged both sides to resume
        # talks", "ordered the troops to leave", "ordered the journalist to leave"): that is the content of the appeal
        # (CAMEO 02, 10, 16; an expulsion of people, 174).
        # (nor what one lets others do: "would permit monitors into Darfur to assess the situation" is the permit)
        if not any(c.startswith(("02", "10", "12", "13", "14", "16", "174", "18", "19", "20"))
                   for c in [head_code] + means) \
                and not (head_code.startswith(("03", "08")) and lemma_of(token.head) in CAUSING | ADMITTING) \
                and not (head_code.startswith("08") and lemma_of(token) in CALMING):
            # ("scaled back patrols to reduce tension": easing tension is why one gives way, not another act)
            found[n] = (token, code, max(score + 0.35, head_score + 0.15))
        elif code.startswith(("11", "14")) and any(c.startswith("14") for c in means):
            # "went on a hunger strike to protest the decision": the protest is the strike, not a complaint
            found[n] = (token, code, min(score, max(s for t, c, s in found if t.i in codes and c.startswith("14")
                                                     and t.pos_ in ("NOUN", "PROPN")) - 0.05))
    # ("cut the tax on diesel, bowing to a week of blockades": bowing to pressure is giving way too)
    meeting_demands = {t.i for t, c, _ in found if t.dep_ == "advcl" and t.tag_ == "VBG" and c in ("083", "080")
                       and lemma_of(t) in GIVING_WAY}
    for n, (token, code, score) in enumerate(list(found)):  # (what is appended below is not re-examined)
        head_code, head_score = codes.get(token.head.i) or ("", 0.0)
        # "rallied in Belgrade demanding the resignation", "a strike demanding rights": the protest is the event
        if token.tag_ == "VBG" and token.dep_ in ("advcl", "acl") and code.startswith(("02", "10")) \
                and head_code.startswith("14"):
            found[n] = (token, code, min(score, head_score - 0.25))  # below it even with one more actor found
        # "a huge rally to denounce abuses": what a protest is for is its message, the protest is the event
        called = token.head.dep_ == "acl" and codes.get(token.head.head.i, ("",))[0].startswith("14")
        # ("a strike called by unions to force the government to drop its plan": pressure is what it is for)
        if (token.dep_ == "acl" and head_code.startswith("14") or called) \
                and code.startswith(("02", "10", "11", "17")) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # ("a strike called by ethnic Albanian leaders to press their demand": through its participle)
            head_score = max(head_score, codes.get(token.head.head.i, ("", 0.0))[1]) if called else head_score
            found[n] = (token, code, min(score, head_score - 0.25))
        # "paralysed by a general strike called by the CGT": who called the strike is part of the strike
        if lemma_of(token) == "call" and token.dep_ == "acl" and head_code.startswith("14"):
            found[n] = (token, code, min(score, head_score - 0.25))
        # "suspended grant aid in protest at the test", "recalled its envoy in protest": cutting ties is the act
        # (CAMEO 16), the protest its motive
        if token.pos_ in ("NOUN", "PROPN") and code.startswith("14") and token.dep_ == "pobj" and token.head.lower_ \
                == "in":
            verb = governing_verb(token)
            verb_code, verb_score = codes.get(getattr(verb, "i", -1), ("", 0.0))
            # ("stayed away from work in protest against wage cuts": the strike is the protest)
            if verb_code.startswith(("16", "14")) and verb_score > WEAK:
                found[n] = (token, code, min(score, verb_score - 0.25))
        # "met the party central committee on Wednesday and warned that ...", "held a summit in Harare and demanded
        # that ...": a meeting, visit or review that leads into the doer's next act is its setting, the act the news
        # (through what the second verb reports: "received the British envoy and warned that British firms would be
        # barred")
        joined = token if token.dep_ == "conj" else token.head if token.dep_ == "ccomp" \
            and token.head.dep_ == "conj" and lemma_of(token.head) in REPORTING else None
        if joined is not None and token.pos_ == "VERB" and score > WEAK and not code.startswith(("01", "04")) \
                and (codes.get(joined.head.i, ("",))[0].startswith("04") or lemma_of(joined.head) in LEADING_IN) \
                and joined.head.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            raised = max(score, codes.get(joined.head.i, ("", 0.0))[1] + 0.25)  # (even with fewer actors found)
            found[n] = (token, code, raised)
            # (what it is done for stays above it: "debated a report and set up a committee to investigate")
            for m, (purpose, purpose_code, purpose_score) in enumerate(found):
                if m in purposes and purpose.head.i == token.i and score < purpose_score < raised + 0.15:
                    found[m] = (purpose, purpose_code, raised + 0.15)
        # "a resolution demanding that Israel drop its threat ... was vetoed": what was done to the message is the news
        verb_code, verb_score = codes.get(token.head.head.i, ("", 0.0))
        if token.dep_ in ("acl", "relcl") and token.head.dep_ in ("nsubj", "nsubjpass") and verb_score > WEAK \
                and token.head.head.pos_ == "VERB" and lemma_of(token.head.head) not in REPORTING:
            found[n] = (token, code, min(score, verb_score - 0.25))
        # "a fast was launched by supporters, who demanded ...", "downed tools at the call of the union, which is
        # demanding ...": what is said of the doer describes it; the act it is named in is the news
        doer_verb = _agent_verb(token.head) if token.dep_ in ("acl", "relcl") else None
        if doer_verb is not None and codes.get(doer_verb.i, ("", 0.0))[1] > WEAK:
            found[n] = (token, code, min(score, codes[doer_verb.i][1] - 0.25))
        # "the ban on new investment was rescinded", "Washington's appeal to its allies was rejected": what is eased
        # or rejected is no act of its own
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass") \
                and head_code.startswith(("08", "12")) and head_score > WEAK:
            found[n] = (token, code, min(score, head_score - 0.25))
        # "'Kenya will regret this,' Amin said, threatening unspecified action": what the speaking did is the act,
        # above what it said
        if code.startswith("13") and token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i \
                and lemma_of(token.head) in REPORTING and lemma_of(token) == "threaten":
            said = max((codes[c.i][1] for c in token.head.children if c.dep_ == "ccomp" and c.i in codes), default=0.0)
            found[n] = (token, code, max(score, said + 0.05))
        # "Vietnamese troops had shelled Thai villages, a Thai army spokesman charged on Friday": an attribution that
        # accuses is the news, as "Ecuador charged that Peruvian troops had crossed into its territory" is
        accused = _accusing_tail(token, codes) if code.startswith("112") else None
        if accused is not None:
            found[n] = (token, code, max(score, accused + 0.25))  # (above it even with two more actors found)
        # "reports that UNITA attacked government positions are being investigated", "an inquiry into charges that
        # Iranian artillery shelled Basra": what is investigated is the investigation's content, not the news
        probe = _investigated_by(token, codes)
        if probe is not None:
            found[n] = (token, code, min(score, probe - 0.25))
        # "accused Armenia of launching an offensive", "ruled out sending troops": what one is accused of or refuses
        if token.dep_ in ("pcomp", "advcl") and token.tag_ == "VBG" and score > WEAK and (
                head_code.startswith("12") or token.head.dep_ == "prep" and verb_code.startswith(("11", "12"))):
            found[n] = (token, code, min(score, max(head_score, verb_score) - 0.25))
        # "prohibited North Korea from carrying out nuclear tests": what one is kept from doing is not done
        if token.dep_ == "pcomp" and token.head.lower_ == "from" and lemma_of(token.head.head) in PREVENTING:
            found[n] = (token, code, min(score, codes.get(token.head.head.i, ("", score))[1] - 0.25, WEAK))
        # "turned down a U.S. offer to help fight drug trafficking": what a refused offer offers is not the news
        refusal_code, refusal_score = codes.get(token.head.head.i, ("", 0.0))
        if token.dep_ == "acl" and token.head.dep_ == "dobj" and refusal_code.startswith(("12", "052")) \
                and score > refusal_score - 0.25:
            found[n] = (token, code, refusal_score - 0.25)
        # "exploded a nuclear device ..., prompting condemnation from Washington": what followed is others' act
        # ("the gates were barred by landowners, mine officials said, forcing the company to halt production":
        # the parser may hang the participle on the attribution)
        consequence = token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i \
            and lemma_of(token) in CONSEQUENCES
        led_to = ("", 0.0)
        if consequence:
            led_to = (head_code, head_score) if head_code else max(
                (codes[c.i] for c in token.head.children if c.dep_ == "ccomp" and c.i < token.i and c.i in codes
                 and lemma_of(token.head) in REPORTING), key=lambda cs: cs[1], default=("", 0.0))
        if consequence and led_to[0]:
            found[n] = (token, code, min(score, led_to[1] - 0.25))
        # "publicly forgave the warders, urging South Africans to put the past behind them": the appeal that
        # follows the act comments on it (a crowd's demands are its protest, crowds_protest)
        elif token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i \
                and code.startswith(("02", "10", "11")) and head_code and not head_code.startswith(("01", "02", "10")) \
                and head_score > WEAK:
            found[n] = (token, code, min(score, head_score - 0.25))  # (below it even with one more actor found)
        # "The Bakassi peninsula was seized by Nigerian troops, Cameroon's foreign minister said, calling on the
        # United Nations to force their withdrawal": the appeal that tails a report of force comments on it
        elif token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i and code.startswith("02") \
                and lemma_of(token.head) in REPORTING:
            reported = max((codes[c.i] for c in token.head.children if c.dep_ == "ccomp" and c.i < token.i
                            and c.i in codes and codes[c.i][0].startswith(MATERIAL)), key=lambda cs: cs[1],
                           default=None)
            if reported is not None and reported[1] > WEAK:
                found[n] = (token, code, min(score, reported[1] - 0.25))
        # "asked Cambodia to hand over Thaksin", "refused to let relief agencies in": what an appeal, demand or
        # refusal is about is its content, not the news (not under a reporting verb's own weak sense, "hinted";
        # and lobbying others to back someone is itself the codebook's rallying of support, 053)
        supported = code.startswith("05") and head_code.startswith(("02", "10"))
        # ("appealed to striking workers on Sunday to end their occupation": the parser may hang it as a purpose)
        asked = token.dep_ in ("xcomp", "ccomp") or token.dep_ == "advcl" and head_code.startswith(("02", "10")) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if asked and (head_code.startswith(("02", "10", "12", "053", "113"))
                      or head_code == "170" and lemma_of(token.head) == "force") \
                and head_score > WEAK \
                and not supported and score > head_score - 0.25:
            found[n] = (token, code, head_score - 0.25)
        # "Boycotting classes, students pressed for ...", "Barricading the roads, groups demanded ...": the protest
        means = next((c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i in codes
                      and codes[c.i][0].startswith("14")), None)
        if code.startswith(("02", "10")) and means is not None:
            found.append((means, codes[means.i][0], score + 0.3))
        # "Bowing to opposition demands, the party agreed to ...": acceding to demands (CAMEO 083)
        # ("agreed to freeze fares, meeting a key demand of the unions": the participle may hang lower)
        # ("Yielding to demands, the sultan issued a decree granting ...": through the message that carries the act)
        giver = token.head.head if token.dep_ in ("acl", "relcl") and issued_message(token.head) else token
        if meeting_demands and not code.startswith(("01", "02", "10", "11", "13", "14", "18", "19", "20")) and any(
                c.i in meeting_demands for c in giver.subtree if c.i != token.i):
            found[n] = (token, "083", score)
        # "backed down and agreed to ...", "caved in to the strikers, agreeing to ...", "agreed to ... after the
        # opposition demanded it": an agreement that gives way is yielding (CAMEO 08)
        elif code.startswith(("03", "12")) and token.dep_ in ("conj", "advcl") and head_code[:3] in YIELDING:
            found[n] = (token, head_code, max(score, head_score))
        elif code.startswith("03") and any(c.dep_ == "advcl" and codes.get(c.i, ("",))[0].startswith("10") and any(
                m.lower_ == "after" for m in c.children) for c in token.children):
            found[n] = (token, "083", score)
        # "soldiers were killed when guerrillas set off a roadside bomb": the killing was a bombing (CAMEO 183)
        bombing = next((codes[c.i][0] for c in token.children if c.dep_ == "advcl" and c.i in codes
                        and codes[c.i][0].startswith("183")), None)
        if code.startswith(("18", "19")) and not code.startswith("183") and bombing:
            found[n] = (token, bombing, score)
    return _conditions_unmet(_warnings_threaten(riots_damage(obstructs_in_protest(crowds_protest(found)))))


def _conditions_unmet(found):
    """What a condition supposes has not happened: "will freeze its aid unless the army restores the elected
    president", "could be dissolved if it kept inciting unrest" (the restoring, the unrest are no news). Such an
    act ranks below the sentence's others, and is never stored (below WEAK)."""
    if len(found) < 2 or not any(t.lower_ in ("if", "unless") for t in found[0][0].sent):
        return found  # (most sentences set no condition)
    out = []
    for token, code, score in found:
        clause = next((a for a in (token, *token.ancestors) if a.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)), None)
        out.append((token, code, min(score, WEAK - 0.05)) if clause is not None else (token, code, score))
    return out


def _agent_verb(noun):
    """The verb a noun is the doer of through "by" ("was launched by supporters") or "at the call of", or None."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "by" and prep.head.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in prep.head.children):
        return prep.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in ("call", "behest", "urging", "instigation") \
            and prep.head.dep_ == "pobj":
        return governing_verb(prep.head)
    return None


def _accusing_tail(token, codes) -> float | None:
    """The score of the clause an attribution tail accuses ("..., a Thai army spokesman charged on Friday"), or
    None. The parser hangs such a tail as a clause of the main verb or as a participle of its own subject."""
    if lemma_of(token) not in ("charge", "allege") or token.i <= token.sent.root.i:
        return None
    doer = token.head if token.dep_ == "acl" else next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.dep_ not in ("acl", "advcl", "parataxis", "conj") or doer is None or doer.left_edge.i == 0 \
            or token.doc[doer.left_edge.i - 1].lower_ != ",":
        return None
    root = token.sent.root
    return codes[root.i][1] if root.i in codes and root.i != token.i else None


def _investigated_by(token, codes) -> float | None:
    """The score of the investigation (CAMEO 09) whose content clause the token is in, or None."""
    crossed, t = False, token
    while t.head.i != t.i:
        crossed = crossed or t.dep_ in ("acl", "ccomp", "relcl")
        t = t.head
        if t.pos_ == "VERB" and lemma_of(t) in REPORTING:
            return None  # ("investigators said troops had killed 40 villagers": what they found is reported)
        if crossed and t.i in codes and codes[t.i][0].startswith("09") and codes[t.i][1] > WEAK:
            return codes[t.i][1]
    return None


def _warnings_threaten(found):
    """A warning of what will or could follow is a threat (CAMEO 13: "coercive or forceful warnings"), whatever
    its clause codes ("warned X would be held responsible"); the clause's own code is kept when its strongest
    event is already a threat ("warned it would attack" = 138)."""
    for n, (token, code, score) in enumerate(found):
        if token.pos_ != "VERB" or lemma_of(token) not in WARNING_VERBS:
            continue
        inside = [(t, c, s) for t, c, s in found if any(a.i == token.i for a in t.ancestors)]
        if not inside and token.dep_ in ("conj", "parataxis", "advcl") and token.head.i < token.i and any(
                c.dep_ == "nsubj" for c in token.children) and lemma_of(token.head) not in REPORTING:
            # "Moscow could withdraw from the treaty, the chief of staff warned": the parser hangs the warning on the
            # clause it tails; the act foretold there is the threat, of the one who would do it
            for m, (t, c, s) in enumerate(found):
                if t.i == token.head.i and foretold(t) and not c.startswith(("13", "01", "02", "03", "04", "05")):
                    found[m] = (t, threat_of(c), s)
            continue
        best = max(inside, key=lambda tcs: tcs[2], default=None)
        # Only a warning of what will or could follow threatens; "warned the army was building up" reports.
        # The consequence need not be the clause's strongest act: "warned that outlets that criticised the
        # coup would be shut down".
        coming = max((tcs for tcs in inside if foretold(tcs[0])), key=lambda tcs: tcs[2], default=None)
        if best is not None and not best[1].startswith("13") and coming is not None:
            found[n] = (token, "130", best[2] + 0.05)
    return found
