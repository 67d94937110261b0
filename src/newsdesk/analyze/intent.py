"""How intent, conditions, negation and the verb above reshape an act's CAMEO code: "said it would support" is an
intent to cooperate (03), "would impose sanctions if ..." a threat (13), "will not invade" an assurance (0356),
"must withdraw" a demand (10). events.py codes each verb, then asks shape() what the verb's setting makes of it.
"""

from __future__ import annotations

from .codebook import BEARING, GRUDGES, OUTSIDERS_PRESENT
from .phrase_rules import imposed_on_people
from .phrasing import COOPERATIVE, FORCEFUL, RELATIONS, acts_on_other, reduced_relative, sets_condition, threat_of
from .triggers import REPORTING, code_for, lemma_of, noun_code

# Verbs that carry the event of their complement ("prepared to resume shelling", "attempted to kill").
LIGHT = frozenset("try attempt prepare plan decide begin start continue resume seek want wish hope intend move vote "
                  "set expect vow be have get go come make stand hesitate".split())
# Intent markers that turn a cooperative act into AGREE (CAMEO 03, "express intent to ...").
INTENT_AUX = frozenset({"will", "would", "shall", "'ll"})
INTENT_WORDS = frozenset({"ready", "willing", "prepared", "pledge", "promise", "vow", "offer", "agree", "intend",
                          "plan", "expect", "commit", "readiness", "willingness", "intention", "determination",
                          "commitment", "desire", "preparedness", "decide", "undertake", "determined", "eager",
                          "keen", "hope", "want", "wish", "aim"})
DEMAND_MODALS = frozenset({"must", "should", "ought"})
# Verbs of obligation with "to": "had to accept", "needs to stop".
OBLIGING = frozenset({"have", "need"})
# The intent (CAMEO 03) of each way of giving way (08): "would overhaul the constitution" (083 -> 034).
INTENT_TO_YIELD = {"083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344", "081": "0351",
                   "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
# The intent (CAMEO 033) of each kind of aid (07): "will send peacekeeping troops" (074 -> 0334).
INTENT_TO_AID = {"071": "0331", "072": "0332", "073": "0333", "074": "0334"}
# Verbs that let another act ("would let monitors visit"): the act let is intended when the letting is.
CAUSING = frozenset({"let", "allow", "permit", "help", "enable"})
# "could" or "might" act, with a condition set: "could cut gas supplies if the debt was not paid" is a threat.
CONDITIONAL_MODALS = frozenset({"could", "may", "might"})
# Verbs of stopping one's own course: not doing them is refusing to stop (CAMEO 12).
HALTING = frozenset({"call off", "halt", "stop", "suspend", "cancel", "abandon", "end", "drop", "give up", "scrap"})
NEGATION = frozenset({"not", "n't", "never", "no"})
# Verbs whose "cannot" is a refusal, not a rule on what may be done.
ACCEPTING = frozenset({"accept", "agree", "endorse", "approve", "recognize", "recognise", "sign"})
# Saying that warns: what it says will happen on a condition is threatened.
WARNING = frozenset({"warn", "caution"})
# Ways of leaving a role or a country, and who is there from outside: delegates, monitors, aid workers.
LEAVING_ROLES = frozenset({"withdraw", "pull out", "quit", "end", "abandon", "leave", "step down", "resign"})


def shape(token, code: str | None) -> str | None:
    """Adjust a verb's CAMEO code for intent, condition, negation and the verb it hangs on."""
    if code is None:
        return None
    children = {c.lower_ for c in token.children}
    if token.dep_ == "conj":  # "would call off its strike and stop street marches": the second verb's "would"
        children |= {c.lower_ for c in token.head.children if c.dep_ == "aux"}
    # "vowed to widen the powers of parliament and loosen his grip": a second verb hangs where the first does
    first = token
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    infinitive = first.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    # acl: "readiness to resume"; advcl: spaCy often hangs "offered on Wednesday to host" as a purpose.
    head = first.head if first.dep_ in ("xcomp", "ccomp", "acl") or infinitive else None
    if head is not None and reduced_relative(head):
        head = None  # "an officer wanted for crimes ... was handed over": "wanted" describes him
    if first.dep_ == "pcomp" and first.head.dep_ == "prep" and first.head.head.lemma_.lower() in LIGHT | INTENT_WORDS:
        head = first.head.head  # "will go on supplying arms", "were committed to signing": the intent is the act's
    # "ready to begin lifting", "will continue to back": the intent is read above the light verbs
    while head is not None and head.lemma_.lower() in LIGHT - INTENT_WORDS and head.dep_ in ("xcomp", "acomp") \
            and not any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in head.children):
        head = head.head
    head_lemma = head.lemma_.lower() if head is not None else ""
    # "had no plans to scale back its operations": an intent denied
    negated = bool(children & NEGATION) or (head is not None and head.pos_ == "NOUN" and any(
        c.lower_ == "no" for c in head.children)) or any(  # "would make no territorial concessions"
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in token.children) or any(
        c.dep_ in ("dative", "prep") and c.lower_ == "to" and any(  # "would give shelter to no more refugees"
            g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.subtree) for g in c.children) for c in token.children)
    # ("bore no grudge": the "no" is the forgiveness, phrase_rules)
    negated = negated and not (lemma_of(token) in BEARING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in GRUDGES for c in token.children))
    # "I want Bartman to throw out the first pitch": what one wants of another is not one's own intent
    own = not (token.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "nsubj" for c in token.children)
               and head is not None and head.lemma_.lower() in ("want", "wish", "hope", "expect"))
    # "Israel is to evacuate four settlements", "talks are to be held": an act scheduled is intended
    scheduled = head is not None and head_lemma == "be" and token.dep_ == "xcomp" and "to" in children
    intent = bool(children & INTENT_AUX) or (own and intended(head)) or scheduled or (
        bool(children & CONDITIONAL_MODALS) and sets_condition(token))
    if not intent and head is not None and (head_lemma in CAUSING or head.dep_ == "xcomp" and token.dep_ == "advcl"
                                           or infinitive and code.startswith(COOPERATIVE)):
        # "planned to send engineers to help Haiti", "would let monitors visit": the purpose or the act allowed
        # of an intended act is intended too
        intent = any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in head.children) or (
            head.dep_ == "xcomp" and intended(head.head))
    # "hinted that he could invoke emergency rule": force said to be possible is a threat (CAMEO 13), and giving
    # way said to be possible an intent ("hinted it might back down", 035)
    threat = bool(children & CONDITIONAL_MODALS) and token.dep_ == "ccomp" and (
        lemma_of(token.head) in REPORTING or token.head.lemma_.lower() in ("indicate", "signal", "suggest"))
    intent = intent or (threat and code.startswith(COOPERATIVE))
    # ("countries cannot export more than ...": what one may not do is no refusal; "could not accept the framework
    # agreement" refuses it)
    negated = negated and (not children & {"can", "ca", "could"} or lemma_of(token) in ACCEPTING)
    if negated and code.startswith(COOPERATIVE + ("03",)):
        return "120"
    # "will not call off its nuclear tests": refusing to stop what others object to
    if negated and intent and lemma_of(token) in HALTING:
        return "120"
    # "X must withdraw", and "had to accept reforms" / "needs to stop" reported of another: an obligation is a demand
    # ("Washington should show flexibility and meet Pyongyang halfway, a spokesman said": both are asked of it)
    obliged = children & DEMAND_MODALS and (first.dep_ in ("ccomp", "xcomp") or first.dep_ == "ROOT" and (any(
        c.i > first.i and c.dep_ in ("conj", "parataxis", "ccomp") and lemma_of(c) in REPORTING for c in first.children)
        or _attributed_after(first))
    ) or (
        head is not None and head_lemma in OBLIGING and token.dep_ == "xcomp" and "to" in children
        and head.dep_ in ("ccomp", "xcomp") and not any(c.lower_ in NEGATION for c in head.children)
        and not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in head.children))  # "he said he had to leave"
    if obliged and not code.startswith(("10", "02", "139")):  # ("must return to work or be dismissed": 139)
        return "172" if imposed_on_people(token) else "100"  # ("citizens must now obtain exit visas": laid on them)
    # A hostile act promised not to happen is an assurance, not a threat: "China will not invade"
    # (CAMEO 0356, intent to de-escalate).
    if negated and intent and code.startswith(FORCEFUL):
        return "0356"
    # An announced hostile act is a threat (CAMEO 13): "said they would blockade Paris".
    if intent and code.startswith("16") and not acts_on_other(token) and not sets_condition(token) and not any(
            c.dep_ == "xcomp" and sets_condition(c) for c in token.children) and not any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in RELATIONS or (noun_code(c) or "").startswith("16"))
            for c in token.children):
        # "will scrap its exchange rate system", "would suspend the demonstrations": a change of one's own
        # policy (CAMEO 034) or an easing of dissent (0352), no threat to anyone
        return "0352" if any((noun_code(c) or "").startswith("14") for c in token.children) else "034"
    # "would send troops to take back the island if Eritrean forces did not leave it": force promised on a
    # condition, as the purpose of the act promised, is a threat of that force
    # "would withdraw as mediator unless both sides showed flexibility", "would pull its delegates out unless their
    # safety was guaranteed": leaving, made to hang on the other side's conduct, threatens to halt mediation (135)
    # or international involvement (136)
    if intent and not negated and lemma_of(token) in LEAVING_ROLES and sets_condition(token):
        words = {t.lower_ for t in token.subtree}
        if words & {"mediator", "mediation", "mediating", "mediators", "facilitator", "broker", "brokers"}:
            return "135"
        if words & OUTSIDERS_PRESENT:
            return "136"
        if words & {"talks", "negotiations"}:
            return "134"  # "would leave the Geneva talks if NATO deployed new missiles": halting negotiations
    # (the parser may hang the condition on the purpose)
    if intent and not negated:
        forceful = next((purpose for c in token.children if c.dep_ in ("advcl", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and (sets_condition(token) or sets_condition(c))
                         for purpose in [code_for(c)[0] or ""] if purpose.startswith(("18", "19", "20"))), None)
        if forceful is not None:
            return threat_of(forceful)
    # "threatened on Monday to declare a state of emergency": the parser may hang the threatened act as a purpose
    # ("threatened to use chemical weapons": an object rule's code is threatened as the verb's own would be)
    threat = threat or (infinitive or first.dep_ == "xcomp") and head is not None and head_lemma == "threaten"
    if (intent or threat) and code.startswith(FORCEFUL + ("14",)):
        return threat_of(code)
    # "will walk out of the coalition if taxes are raised, the party chairman warned", "warned that the front could
    # be dissolved if it kept inciting unrest": whatever act a warning makes hang on the other side's conduct is
    # threatened (CAMEO 13), not only force ("would face serious consequences", "pay a price": the warning itself,
    # 130, read elsewhere)
    # ("would take Britain to the European Court if London enforced its quotas, the minister said": a complaint or
    # lawsuit made to hang on the other side's conduct threatens, whoever reports it)
    if (intent or children & CONDITIONAL_MODALS) and not negated and not code.startswith(("01", "02", "10", "13")) \
            and lemma_of(token) not in ("face", "pay") \
            and (_warned(first) or code.startswith("11")) and sets_condition(first):
        return threat_of(code)
    if intent and code.startswith("0871") and (children & INTENT_AUX or not intended(head)):
        return code  # "will stop all attacks from October 1" declares the ceasefire (CAMEO 0871)
    if intent and code.startswith(COOPERATIVE):
        # the codebook's intent of each way of giving way (083 reform -> 034, 086 access -> 0355 ...)
        return INTENT_TO_YIELD.get(code) or INTENT_TO_YIELD.get(code[:3]) or INTENT_TO_AID.get(code[:3]) or {
            "04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}[code[:2]]
    return code


def _warned(verb) -> bool:
    """The clause is what a warning says: "X warned that ...", or "..., X warned" after it."""
    if verb.dep_ == "ccomp" and lemma_of(verb.head) in WARNING:
        return True
    return any(c.dep_ in ("conj", "parataxis", "advcl", "ccomp") and c.i > verb.i and lemma_of(c) in WARNING
               for c in verb.children)


def _attributed_after(verb) -> bool:
    """", X said" follows the clause, wherever the parser hangs it ("Pinochet must make way for an elected civilian
    president, Chile's Christian Democrats said": on "president")."""
    sent = verb.sent
    return any(t.pos_ == "VERB" and lemma_of(t) in REPORTING and any(c.dep_ == "nsubj" for c in t.children)
               and any(p.lower_ == "," for p in sent.doc[verb.i:t.i]) for t in sent if t.i > verb.i)


def intended(verb) -> bool:
    """The verb is an intent ("intends to", "ready to", "hoped to") or a light verb said to come ("will begin")."""
    if verb is None:
        return False
    # (not its subject: "..., the news agency AIM said")
    return verb.lemma_.lower() in INTENT_WORDS or any(c.lower_ in INTENT_WORDS and c.dep_ not in ("nsubj", "nsubjpass")
                                                      for c in verb.children) or (
        verb.lemma_.lower() in LIGHT and any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in verb.children))


def foretold(token) -> bool:
    """An act said to come (will, would, could ... or under a condition), read off its verb or the verb above."""
    for verb in (token, token.head):
        if any(c.dep_ == "aux" and c.lower_ in INTENT_AUX | CONDITIONAL_MODALS for c in verb.children):
            return True
        if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.children):
            return True
    return False
