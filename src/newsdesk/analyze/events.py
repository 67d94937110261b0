"""Events, who did what to whom: PLOVER event types with CAMEO codes, read off spaCy's dependency parse.

A verb (with its particle and the words after it) is looked up in a verb dictionary derived from
PETRARCH2's CAMEO verb patterns (src/newsdesk/data/verbs.json); the CAMEO code maps to a PLOVER
type via CAMEO2PLOVER. The subject is the source, the object (or the subject of a passive verb,
or a prepositional object) the target. Wrapping verbs shape the event: "threatened to slap
sanctions" is a threat, "said it will support" an intent to cooperate. Nouns such as
"sanctions" or "cyberattack" trigger events where the sentence names actors. What code a word
carries is triggers.py's job (its tables in codebook.py); phrasings that reshape a trigger are phrasing.py's;
this module chooses among a sentence's triggers and finds the actors (resolved by event_actors.py).
"""

from __future__ import annotations

from .actors import load_tables as load_actor_tables, resolve_actor
from .codebook import NATURAL_FORCES
from .doers import (ARMED_MEN, PRIVATE_ROLES, PROPERTY_SEIZED, STATE_ROLES, fights_troops, recode_by_doer,
                    role_by_words, role_of)
from .event_actors import (EventActors, actor_dict, as_place, find_event_actors, host_of, issued_message,
                           noun_doers, obligation_actors, place_only, state_where)
from .event_dates import sentence_date
from .intent import LIGHT, shape
from .nominal import NOMINALISED, nominal_code
from .noun_phrases import phrase_code
from .phrase_rules import RECORDING, imposed_on_people
from .rallying import rallied
from .ranking import WARNING_VERBS, WEAK, rank
from .phrasing import (CASUALTIES, DECLARING, ERUPTING, SERIES, awaits, despite_appeals, described, governing_verb,
                       is_a_name, lasting_events, names_its_act, prospect_code, reread, state_code, subject_of,
                       told_clause, ultimatums, violence_code)
from .senses import SEIZING, TRAVEL, UNDOING, doubtful_reading, is_vehicle
from .triggers import ARRIVING, REPORTING, code_for, discards, lemma_of, lexicon, noun_code, speech_act

# Verbs that name the culprit when "responsible" or "behind" follows: "identified China as responsible".
BLAME_FRAMES = frozenset("identify name hold single finger attribute pin link tie".split())
BLAME_WORDS = frozenset({"responsible", "behind", "culprit", "perpetrator", "perpetrators", "attributable"})
# Lengths of time an event lasts into ("entered its third week").
PERIODS = frozenset({"day", "week", "month", "year"})
# Least confidence of an event stored for an article (1.0 for a main-clause verb or one that a speaker
# reports, less for each clause level down and under a condition, more for a matched pattern and for
# each actor found; 0.45 for a noun): no bare nouns ("the war"), no conditions, no verbs deep in
# subordinate clauses without a pattern and actors. Blind-judged: events below it were right 7 in 60.
STORED_MIN_CONFIDENCE = 0.9
# Families whose acts need no one acted on: protests, force posture, mass violence.
ONE_SIDED = ("14", "15", "20")
# Verbs that carry the message or aid they deliver ("a formal request for extradition was delivered to Caracas"), but
# not an agreement as a document ("delivered the immunity agreements" signed nothing).
DELIVERING = frozenset({"deliver", "submit", "present", "send", "forward", "transmit"})
DELIVERED = ("02", "03", "07", "10", "11", "12", "13")
SAID = ("02", "10", "11", "12", "13")
# Verbs that take their event from their object noun: "staged rallies", "imposed sanctions"; verbs of
# degree ("stepped up bombings", "intensified shelling") carry their object's event too.
SUPPORT_VERBS = frozenset("stage hold organize organise launch undertake conduct carry open begin mount start call "
                          "wage impose slap announce declare resume continue pay issue lodge file make reach express "
                          "voice extend seek complete finish hear hand convey tender deal inflict register gather "
                          "collect direct order repeat reiterate renew restate reaffirm cast".split()) \
    | DELIVERING | {
    "carry out", "step up", "intensify", "escalate", "increase", "boost", "renew", "set up", "kick off"}
# Verbs that report an act named by their object as done or decided (not asked for: "sought a halt to the fighting").
CARRYING_OUT = frozenset({"order", "announce", "declare", "confirm", "complete", "finish", "carry out", "cast",
                          "conduct", "begin", "start", "continue", "resume"})
# Appeals that, in the plural, the parser may read as a verb ("Union demands to withdraw the law were turned down").
PLURAL_APPEALS = frozenset({"call", "demand", "appeal", "plea", "request", "proposal", "offer", "protest"})
# Verbs that approve an act named by its noun ("the suspension of military aid was approved by the House").
APPROVING = frozenset({"approve", "authorize", "authorise", "decree", "endorse", "sanction"})
# Verbs that carry a message's act when it is their passive subject ("a warning ... was given to Moscow").
PASSIVE_CARRIERS = frozenset({"contain", "give", "deliver", "publish", "broadcast", "make", "issue", "press", "convey",
                              "hand", "put", "send", "address"})
# Acts done in words (and petitions), which a message can carry.
SAID_ACTS = ("02", "03", "10", "11", "12", "13", "140")
# Appeals and orders that carry what they ask: "a call for the resignation of ... was issued by" (CAMEO 02, 10).
APPEAL_NOUNS = {"call": "020", "appeal": "020", "plea": "020", "request": "020", "demand": "100", "order": "100"}
# People named by the act they lead or join ("protest leader", "strike organisers", "peace envoy"): no act.
PEOPLE_NAMED_BY_ACT = frozenset({"leader", "leaders", "organiser", "organisers", "organizer", "organizers", "envoy",
                                 "envoys", "negotiator", "negotiators", "mediator", "mediators", "spokesman",
                                 "spokeswoman", "veteran", "veterans", "activist", "activists"})
# Verbs of going on with something (what goes on despite appeals refuses them).
CONTINUING = frozenset({"press", "press on", "continue", "go ahead", "proceed", "push ahead", "stay", "remain", "keep",
                        "keep up", "maintain", "stand", "stick", "persist", "carry on", "go on", "hold", "vow"})
# Verbs of asking for what their object names: what is sought is appealed for (CAMEO 02x by what is sought).
SEEKING = frozenset({"seek", "request", "solicit"})
APPEALED_FOR = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "083": "024"}
# Purposes that name the event when a verb says only how it was done: "summoned X to complain",
# "sent experts to investigate", "shunned work to protest".
PURPOSE_FAMILIES = ("09", "11", "14", "04", "086")
# Verbs by which a cause brings about others' acts: "the shooting sparked protests" names the protests (the
# sentence's event), not by the shooting (never stored).
CAUSING_EVENTS = frozenset({"spark", "trigger", "provoke", "prompt", "fuel", "cause"})
# Verbs whose subject noun is the event that starts or goes on: "talks resumed", "negotiations began".
UNDER_WAY = frozenset({"begin", "start", "open", "continue", "proceed", "reopen", "restart", "take place",
                       "intensify", "escalate", "mount", "resume"})  # (or harder: "the crackdown escalated")
# Exchange that starts or resumes is economic cooperation (CAMEO 061): "trade between Vietnam and China resumed".
TRADING = frozenset({"trade", "commerce", "traffic", "shipments", "exports", "imports"})
# Verbs whose subject noun is an event that draws a crowd or speaks through it: "a rally drew thousands", "a general
# strike ... denounced the jailing": the rally, the strike is the event.
DRAWING = frozenset({"draw", "attract", "bring"})
# Verbs that tell what an act led to or when it came ("the release of 14 dissidents came under a deal", "the
# suspension of three newspapers' licences silenced ...", "the departure ... ended 24 years of occupation"): a noun
# made from its verb, with what it acts on, is the act the sentence reports (as what causes or draws, above).
CONSEQUENT = CAUSING_EVENTS | DRAWING | frozenset({
    "come", "follow", "end", "ease", "dash", "plunge", "silence", "mark", "leave", "deal", "anger", "signal", "pave",
    "raise", "boost", "strain", "sour", "complicate", "underline", "reflect", "put", "go ahead", "come into force",
    "set off", "shake", "dominate", "stun", "transform", "clear", "go out", "overshadow", "deepen", "let", "give",
    "open"})  # ("the freezing of budget support deepened a row", "an end to the curfew let residents ...")
# (what takes effect, takes place or gets under way is read as "starting", with UNDER_WAY, in _candidates)
# Verbs that carry a message named by their passive subject ("the call for early elections was read out in churches",
# "the threat was restated"): the message's act is the event. (Reporting verbs read it as what they declare, below;
# PASSIVE_CARRIERS as what words carry.)
MESSAGE_CARRIERS = frozenset({"renew", "restate", "repeat", "read", "read out", "spell out", "set out", "table",
                              "codify", "circulate", "present", "submit", "outline", "put forward"})
# Bodies that hear evidence: "..., a court heard", "an inquiry heard on Monday" report what was said to them.
HEARING_BODIES = frozenset({"court", "inquiry", "tribunal", "hearing", "trial", "jury", "panel", "committee",
                            "commission", "inquest", "parliament", "assembly", "congress", "senate", "conference"})
# Nouns that say what the act they are attached to was ("in a show of force", "in defiance of", "in a massacre").
CHARACTERISING = ("15", "128", "13", "196", "184")  # also "in a thinly veiled warning"
# Prepositions that set an event in the background of the news: "days after the protests".
BACKGROUND = frozenset({"after", "before", "following", "since", "despite", "amid"})
# Verbs of what befalls someone: "was hit by sanctions", "was paralysed by a general strike" tell the act by its noun.
IMPACTING = frozenset({"hit", "strike", "rock", "shake", "paralyse", "paralyze", "cripple", "affect", "disrupt",
                       "batter", "devastate", "destroy", "obliterate", "flatten", "level"})
# Events kept per sentence: the strongest and close runners-up, not every verb.
MAX_PER_SENTENCE = 3


# ---- the events of a sentence ----------------------------------------------------------------

def _speaker_or_audience(noun) -> bool:
    """A noun event that speaks ("the summit declared") or is spoken to ("told a hearing") is a speaker or an
    audience here, not the news."""
    if noun.dep_ == "nsubj" and lemma_of(noun.head) in REPORTING:
        return True
    return noun.dep_ in ("dobj", "dative") and lemma_of(noun.head) == "tell"


def _heard_by_a_body(verb) -> bool:
    """"..., a human rights inquiry heard": what a court or an inquiry hears is reported to it, the act is what it
    hears, not a meeting."""
    subject, _ = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in HEARING_BODIES


def _appeal_of(noun) -> str | None:
    """An appeal or order by its noun, with what it asks ("a call for sweeping political change", "an order to end
    the sit-in", "a demand that Azerbaijan open Nagorno-Karabakh"); None for a bare "call"."""
    code = APPEAL_NOUNS.get(noun.lemma_.lower())
    asks = any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "ccomp") for c in noun.children)
    if code and asks and code.startswith("02"):
        code = rallied(noun) or code  # "Kohl's appeal to G7 leaders to stand behind Gorbachev" rallies support
    return code if code and asks else None


def _impact_of(agents) -> str | None:
    """What befell the subject of "was hit by", "was destroyed by", told by the agent: "Libya was hit by U.N.
    sanctions" (the sanctions, 163), "Nagasaki was destroyed by a second atomic bomb" (a nuclear attack, 2042);
    None when the agent names no act (a meeting, a statement) or none at all."""
    for agent in agents:
        if agent.lemma_.lower() in ("bomb", "weapon") and any(m.lower_ in ("atomic", "nuclear") for m in agent.children):
            return "2042"
        code = noun_code(agent)
        if code and not code.startswith(("01", "04")):
            return code
    return None


def _conditional(token) -> bool:
    """Inside an "if"/"unless" clause: a condition set, not an event that happened."""
    while token.head.i != token.i:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            return True
        token = token.head
    return False


def _fast_misread(token) -> bool:
    """"began an indefinite fast", "a fast unto death was launched": the parser reads the noun after a determiner
    as an adverb."""
    if token.dep_ != "advmod" or token.lower_ not in ("fast", "fasts"):
        return False
    before = token.i - 1
    while before > 0 and token.doc[before].pos_ == "ADJ":  # ("an indefinite fast")
        before -= 1
    return before >= 0 and token.doc[before].dep_ in ("det", "poss")


def _own_people(source, target) -> bool:
    """A state's act on a party of its own country ("KHMGOV" on "KHMOPP")."""
    codes = [getattr(a, "code", None) or "" for a in (source, target)]
    return all(len(c) > 3 and c[:3].isalpha() for c in codes) and codes[0][:3] == codes[1][:3] \
        and codes[0][3:6] in STATE_ROLES and codes[1][3:6] not in STATE_ROLES


def _unnamed_doer_role(verb) -> str | None:
    """The role of who did a doerless passive act, read off its "when" clause ("seven people were killed when
    armed men set upon a minibus": irregulars) or the agent of the verb joined to it ("were harassed and
    intimidated by Nigerian security forces": the military)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for joined in verb.conjuncts:
        agent = next((g for c in joined.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return role_by_words(" ".join(t.text for t in agent.subtree))
    # (on the verb or a verb joined to it: "were killed or wounded overnight when militants stormed their camp")
    for clause in [c for v in (verb, *(c for c in verb.children if c.dep_ == "conj")) for c in v.children]:
        if clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
            subject, passive = subject_of(clause)
            if subject is not None and not passive:
                return role_by_words(" ".join(t.text for t in subject.subtree))
    return None


def _opening_noun(token) -> bool:
    """A sentence's first word tagged a proper noun that names no entity: a capitalised common noun ("Harassment
    of ethnic Eritreans ... continued")."""
    return token.pos_ == "PROPN" and token.i == token.sent.start and not token.ent_type_


def _named_act(noun) -> str | None:
    """The act a noun names with what it acts on: a noun made from its verb ("the easing of U.S. restrictions"), or
    a message's own act ("North Korea's threat to pull out of the treaty", "the bishops' call for early elections")."""
    code = nominal_code(noun, default=False) or _appeal_of(noun)
    if code:
        return code
    own = noun_code(noun)
    if own and own.startswith(SAID_ACTS):
        return own
    # (done by a state, a force or a court, the verb's own sense will do: "Tunisia's legalisation of the Ennahda
    # movement ended ...", "the seizure of farmland by the Israeli army"; not "the release of the iPhone")
    return nominal_code(noun) if _political_doer(noun) else None


# Whose acts a noun made from a verb may be read with the verb's own sense: states, their organs, armed groups,
# international bodies (not firms, people at large or the press).
NOT_POLITICAL = ("BUS", "CVL", "MED", "EDU", "JRN", "SOC", "AGR")


def _political_doer(noun) -> bool:
    """The noun's doer, told by a possessive or a "by" phrase, is a state, one of its organs or another political
    actor ("Israel's handover of the Taba strip", "the dissolution of the party by a court")."""
    for doer in noun_doers(noun):
        words = noun.doc[doer.left_edge.i:doer.i + 1]
        actor = resolve_actor(words.text, doer.ent_type_ or None)
        if actor is not None and actor.code and not actor.code.endswith(NOT_POLITICAL):
            return True
    return False


def _depth(token) -> int:
    """How deep an event word sits under the sentence's news: 2 for each clause that modifies or backs another
    (relative, adverbial), 1 for each word above it that is not a reporting verb."""
    depth, head = 0, token
    while head.head.i != head.i:
        # "a statement accusing X", "a resolution that condemns X": a message carries its content
        # as a reporting verb does, so the content is not buried under it.
        message = head.dep_ in ("relcl", "acl") and issued_message(head.head)
        if head.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj") and not message and not told_clause(head):
            depth += 2
        head = head.head
        if head.lemma_.lower() not in REPORTING and not message:
            depth += 1
    return depth


def _in_relative_clause(token) -> bool:
    """Whether a word is told in a relative clause, which says which or what a noun is ("activists who organise
    rallies")."""
    head = token
    while head.head.i != head.i:
        if head.dep_ == "relcl" and not issued_message(head.head) and not told_clause(head):
            return True
        head = head.head
    return False


def _candidates(sent):
    """(token, cameo, score) for each verb or noun that codes an event in the sentence; for the
    verbs coded on thin evidence, by position, how: "default" (the dictionary's default alone: no
    pattern, object or rule) or "guess" (the sense most of the verb's patterns share); and how much
    each background clause's score was lowered by position (a real event, ranked below the news)."""
    found = []
    purposes = []
    thin: dict[int, str] = {}
    background: dict[int, float] = {}
    # "according to a declaration released at the summit": who says so, not what happened.
    sourcing = {t.i for p in sent if p.dep_ == "prep" and p.lower_ == "according" for t in p.subtree} \
        if "ccording" in sent.text else set()
    framed = ultimatums(sent)
    sent_lower = sent.text.lower()
    for token in sent:
        if token.dep_ == "prep" or token.i in sourcing:
            continue  # "following", "according to", "including": verbs spaCy uses as prepositions
        if token.pos_ == "VERB" and (described(token, sent) or is_a_name(token) or awaits(token)):
            continue  # "detained protesters", "the so-called Pacific Solution", "to face charges": no act
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            if token.tag_ == "VB" and (token.dep_ == "ROOT" or token.i == sent.start) and subject_of(token)[0] is None \
                    and not any(c.dep_ == "aux" and c.lower_ != "do" for c in token.children):
                continue  # an imperative ("Help us improve ...", "Take the survey", "Don't blame Bush"): no report
            lemma = lemma_of(token)
            if token.tag_ == "VBZ" and lemma in PLURAL_APPEALS and any(
                    v.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "were" for a in v.children)
                    for v in [c for c in token.children if c.dep_ in ("advcl", "conj", "ccomp")]
                    + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])):
                continue  # "Opposition calls for early elections were rebuffed by ...": a noun the parser read as
                # a verb; what was done to it is the news
            act = speech_act(token, lemma)
            # ("the suspension of Soviet-bloc aid shipments was confirmed": a noun made from its verb, read as the verb)
            declared = next((named for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                             for named in [nominal_code(c, default=False) or noun_code(c)]
                             if named and not named.startswith("11")),
                            None) if lemma in DECLARING else None
            reported_act = declared is None and lemma in REPORTING
            if reported_act:
                # ("China's refusal to provide more weapons was disclosed by Thai sources": the message reported)
                # ("Harassment of Jewish refuseniks by KGB agents was reported": a capitalised first noun too)
                declared = next((named for c in token.children if c.dep_ == "nsubjpass" and (
                    c.pos_ == "NOUN" or _opening_noun(c)) for named in [_named_act(c)] if named), None)
            # a reporting verb with no clause reported keeps a sense a codebook rule gives it ("concluded a pact")
            reporting = lemma in REPORTING or lemma == "hear" and _heard_by_a_body(token)
            own = names_its_act(token) if reporting and act is None and not declared else None
            if reporting and act is None and not declared and own is None:
                # Saying carries the event it reports; its own sense ("claimed") is only a weak guess for
                # a sentence with nothing else. A warning that reports no clause is the threat itself
                # ("warned Belarus of further sanctions").
                code = lexicon().verb_code(lemma, [])[0]
                # ("warned against drawing hasty conclusions" is advice, no threat: a guess at most)
                advice = any(c.dep_ == "prep" and c.lower_ == "against" and any(
                    g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in token.children)
                # ("warned it would muzzle foreign newspapers": the warner's own act foretold, on someone, in a verb
                # no table codes, is the threat)
                foretold_act = lemma in WARNING_VERBS and any(
                    c.dep_ == "ccomp" and c.pos_ == "VERB" and any(
                        a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in c.children) and any(
                        g.dep_ == "nsubj" and g.lower_ in ("it", "we", "they", "he", "she") for g in c.children)
                    and any(g.dep_ == "dobj" for g in c.children) and code_for(c)[0] is None
                    and not any(t.pos_ == "NOUN" and noun_code(t) for t in c.subtree)  # ("... with mass marches")
                    for c in token.children)
                if lemma in WARNING_VERBS and (foretold_act or not any(c.dep_ in ("ccomp", "xcomp")
                                                                       for c in token.children)):
                    found.append((token, code, WEAK if advice else 0.9 if token.dep_ == "ROOT" or (
                        token.dep_ == "ccomp" and lemma_of(token.head) in REPORTING) else 0.6))
                elif code and not code.startswith("01"):
                    found.append((token, shape(token, code), WEAK))
                continue
            code, matched = own if own is not None else code_for(token)
            state = state_code(token) if token.lemma_ == "be" else None
            if state:
                code, matched = state, True  # "have been in close consultation", "is unhappy with"
            if lemma in REPORTING and declared:
                code, matched = declared, True  # "declared martial law", "announced sanctions": the noun's event
            if token.i in framed:
                code, matched = "139", True  # "gave them 48 hours to pull back or face air strikes"
            prospect = prospect_code(token, lemma)
            if prospect:
                code, matched = prospect, True
            if lemma in BLAME_FRAMES and not {t.lower_ for t in token.subtree}.isdisjoint(BLAME_WORDS):
                code, matched = "112", True
            # An act named by its noun and what it acts on ("the lifting of the curfew was ordered", "the deployment
            # of 2,000 troops was completed"): the noun's act, not a reading of the verb with the noun's object.
            # ("the release of a West German businessman was ordered", "the closure of the CARE office was ordered":
            # a noun made from its verb, read as the verb; "a flat rejection of the notes was delivered", "the threat
            # of rocket attacks was contained in letters": a message's act, whatever carries it)
            named = next((named for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                          for named in [phrase_code(c) or nominal_code(c)] if named), None) \
                if lemma in CARRYING_OUT | APPROVING else None
            if lemma in PASSIVE_CARRIERS and not named:
                # (what words carry: an appeal, demand, rejection or threat; not "rioting" a misparse makes the
                # subject of "troops were sent")
                named = next((named for c in token.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
                              for named in [phrase_code(c) or nominal_code(c) or _appeal_of(c) or (
                                  noun_code(c) if (noun_code(c) or "").startswith(SAID_ACTS) else None)]
                              if named and not named.startswith("01")), None)
            if named:
                code, matched = named, True
            # A verb that breaks or undoes what it acts on does not take its event ("violated a deal" is no deal).
            # ("calling the test a violation" names the test, it does not hold one)
            if not matched and (code is None or lemma in SUPPORT_VERBS) and lemma not in UNDOING and not any(
                    c.dep_ == "oprd" for c in token.children):
                nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") or _fast_misread(c)]
                nouns += [c for n in nouns for c in n.children if c.dep_ == "compound"]  # "mediation mission"
                nouns += [g for n in nouns if n.lemma_.lower() in SERIES and lemma in SUPPORT_VERBS for c in n.children
                          if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                object_code = next((noun_code(n) for n in nouns if noun_code(n)), None)
                if lemma in DELIVERING and object_code and not object_code.startswith(DELIVERED) or lemma in (
                        "repeat", "reiterate") and object_code and not object_code.startswith(SAID):
                    object_code = None  # (a repeated demand is a demand; "repeat his attacks on moderators" no attack)
                if lemma in SEEKING and object_code and object_code[:2] in APPEALED_FOR:
                    # "is seeking $600 million in balance-of-payments support from the EC": an appeal for aid (023)
                    object_code = APPEALED_FOR.get(object_code[:3], APPEALED_FOR[object_code[:2]])
                if object_code:
                    code, matched = object_code, True
            starting = (lemma in UNDER_WAY and not any(c.dep_ == "dobj" for c in token.children)) or (
                lemma == "get" and any(  # "talks got under way"
                    c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children)
                    for c in token.children)) or lemma == "take" and any(  # "a telephone conversation took place"
                c.dep_ == "dobj" and c.lower_ in ("place", "effect", "hold") for c in token.children)  # ("took hold")
            # (the noun's doer is not the verb's subject: the sentence's best event, not stored, as the noun alone
            # would not be)
            by_subject = False
            # ("the easing of U.S. restrictions took effect", "the release of 14 dissidents came under a deal")
            # ("Lithuania's call for closer military ties was renewed by the defence minister": a message carried)
            # (a capitalised first word may be tagged a name: "Harassment of ... continued")
            acting = next((named for c in token.children if (c.pos_ == "NOUN" or _opening_noun(c)) and (
                c.dep_ == "nsubj" and (starting or lemma in CONSEQUENT)
                or c.dep_ == "nsubjpass" and lemma in MESSAGE_CARRIERS) for named in [_named_act(c)] if named), None)
            if acting is not None:
                code, matched, by_subject = acting, True, True
            elif not matched and lemma in CONSEQUENT - CAUSING_EVENTS - DRAWING and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in NOMINALISED for c in token.children):
                continue  # "the dissolution of the Soviet Union left many nations feeling safe": what became of an
                # act no rule codes is no act of its own (the verb's bare default)
            elif starting or lemma in DRAWING or (code or "").startswith(("02", "10", "11")):
                # (or a noun made from its verb that goes on: "the harassment of ethnic Turks continued")
                starter, said = next(((c, named) for c in token.children if c.dep_ == "nsubj" for named in [
                    noun_code(c) or starting and (c.pos_ == "NOUN" or _opening_noun(c)) and (
                        nominal_code(c) or ("061" if c.lemma_.lower() in TRADING and lemma != "continue" else None))]
                                      if named), (None, None))
                by_subject = starter is not None and (starting or said.startswith(
                    "14") and (lemma in DRAWING or (code or "").startswith(("02", "10", "11"))))
                if by_subject:
                    # "peace talks began in Oslo", "negotiations got under way", "a rally drew thousands"
                    code, matched = said, True
            if lemma == "take" and starting and not by_subject:
                continue  # "the handover ... took place on Friday": nothing taken
            if lemma == "seek" and not matched and any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
                                                       for c in token.children):
                code, matched = "020", True  # "greater freedom of worship was sought by the Pope": an appeal
            if lemma in LIGHT and not matched and not act:
                continue
            if lemma == "render" and not matched and any(
                    c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.pos_ == "ADJ" for c in token.children):
                continue  # "rendering the region uninhabitable": what an act left behind, no act of its own
            if lemma == "come" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.children):
                continue  # "when it comes to energy issues": an idiom, whatever the pattern "come to" says
            # a reading the dictionary gives but the sentence does not bear: a guess at best (senses.py)
            doubtful = not matched and bool(code) and doubtful_reading(token, lemma, code)
            guessed = code is None and not matched and lemma in lexicon().usual
            if guessed:
                code = lexicon().usual[lemma]
            subject, _ = subject_of(token)
            if code and code.startswith("19") and subject is not None and (noun_code(subject) or "").startswith("18"):
                code = noun_code(subject)  # "a roadside bombing killed ..."
            doer = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] or (
                [subject] if subject is not None and not any(c.dep_ == "auxpass" for c in token.children) else [])
            if code and code.startswith(("17", "18", "19", "20")) and any(
                    d.lemma_.lower() in NATURAL_FORCES for d in doer):
                continue  # "an earthquake hit the region", "was hit by a typhoon": what nature does is no one's act
            impact = _impact_of(doer) if lemma in IMPACTING and any(c.dep_ == "auxpass" for c in token.children) \
                else None
            if impact:
                code, matched = impact, True
            if lemma == "leave" and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in CASUALTIES
                                        or c.dep_ == "prep" and c.lower_ == "in" and any(
                                            g.lower_ == "hospital" for g in c.children) for c in token.children):
                if subject is None or not noun_code(subject):
                    continue  # "days after clashes left four farmers dead": the toll, the clashes are the event
                code, matched = noun_code(subject), True
            if lemma == "die":
                cause = next((caused for c in token.children if c.dep_ == "prep" and c.lower_ in ("after", "from")
                              for g in c.children if g.dep_ == "pcomp" and any(a.dep_ == "auxpass" for a in g.children)
                              for caused in (code_for(g)[0],) if caused), None)
                if cause is not None:
                    code, matched = cause, True  # "died after being tortured by interrogators": torture
            spans = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in PERIODS]
            kept_on = False
            if lemma in ("stay", "remain") and subject is not None and (noun_code(subject) or "").startswith(
                    ("16", "17")) and any(c.dep_ == "prep" and c.lower_ == "in" and any(
                    g.lower_ in ("place", "force", "effect") for g in c.children) for c in token.children):
                # "sanctions will stay in place until Belgrade complies": kept on, refusing to ease them (1244);
                # a ban that remains in force is the ban
                code, matched = ("1244" if noun_code(subject).startswith("16") else noun_code(subject)), True
                guessed = doubtful = False
                kept_on = True  # (what "will remain in force" is already in force: no intent, no threat)
            if lemma in ("enter", "mark", "reach") and spans:
                # "the strike entered its third week", "entered the 100th day of a fast": the event that lasts
                lasting = lasting_events(spans[0]) + ([subject] if subject is not None and noun_code(subject) else [])
                if not lasting:
                    continue
                code, matched, doubtful, guessed = noun_code(lasting[0]), True, False, False  # (not a guess)
            erupting = lemma in ERUPTING or lemma == "break" and any(c.lower_ == "out" for c in token.children)
            if erupting and subject is not None and noun_code(subject):
                code, matched = noun_code(subject), True  # "rioting broke out", "protests erupted"
            if subject is not None and (noun_code(subject) or "").startswith("046") and (
                    lemma in ("collapse", "founder") or lemma in ("break", "fall") and any(
                        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "apart") for c in token.children)):
                code, matched, guessed, doubtful = "164", True, False, False  # "talks broke down", "negotiations
                # collapsed": halted (CAMEO 164)
            violent = violence_code(token, lemma, code, subject, sent_lower)
            if violent:
                code, matched = violent, True
            if code is None and not matched and token.dep_ == "ccomp" and lemma_of(token.head) in REPORTING and any(
                    c.dep_ == "aux" and c.lower_ in ("must", "should") for c in token.children):
                # "declared that wealthy nations must devote more funding": a demand, whatever the verb; what
                # citizens must now do under a decree is laid on them (CAMEO 172)
                code = "172" if imposed_on_people(token) else "100"
            code = reread(token, code)
            # (going on with something, or not doing it: "stood firm on its ban despite mounting pressure"; an act
            # done despite appeals, "launched the rocket despite pressure", is still the act)
            if (lemma in CONTINUING or any(c.dep_ == "neg" for c in token.children)) and despite_appeals(
                    token) or code is None and despite_appeals(token, own=True):
                # "vowed to press on with their walkout despite government appeals to return to work": refusing
                # what was asked (CAMEO 12; to ease a protest, 1242)
                code, matched = ("1242" if any((noun_code(t) or "").startswith("14") for t in token.subtree
                                               if t.i > token.i) else "120"), True
            if code is None or code.startswith("01") and not matched:
                continue
            code = code if kept_on else shape(token, code)
            score = 1.0 - 0.08 * _depth(token) + (0.15 if matched else 0.0)
            if guessed or doubtful and (lemma in SEIZING or lemma in ("call", "need")) or not matched and any(
                    c.dep_ == "dobj" and issued_message(c) for c in token.children):
                score = min(score - 0.5, WEAK)  # "took effect", "what he called": nothing seized, no call; "issued a
                # decree barring ...": the message carries the act, as a reporting verb does
            if _conditional(token):
                score -= 0.3  # "... if it did not release the prisoners": a condition, not an event
            if token.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
                                            for c in token.children):
                score -= 0.35  # "..., police said, a day after militants threatened new attacks": the parser's
                # root is the background clause
            # (a clause opened by "after" is adverbial even where the parser hangs it on "said" as its content)
            if token.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in ("after", "since")
                                                        for c in token.children) \
                    and (token.i > token.head.i and lemma_of(token.head) in REPORTING or any(
                        c.dep_ == "npadvmod" and c.lemma_.lower() in PERIODS | {"hour", "moment"}
                        for c in token.children)) \
                    or token.dep_ == "pcomp" and token.head.lower_ in ("after", "before", "since", "until"):
                # "the visit was scrapped, his ministry said, days after the government declared martial law",
                # "insisted on a ceasefire before letting relief convoys in": the background ranks below the news
                # but is no less an event for an article
                background[token.i] = 0.35
                score -= 0.35
            # A wrapping verb with its own event ("threaten", "refuse", "demand") outranks its complement.
            if any(c.dep_ == "xcomp" for c in token.children):
                score += 0.1
            # A verb that is an event itself outranks the clause it governs: the clause is its content
            # ("denied that ...", "welcomed the decision to ...", "allowed X to ..."). Reporting verbs,
            # which only carry their clause, were handled above.
            if not code.startswith("01") and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
                score += 0.2
            if token.dep_ in ("advcl", "xcomp") and code.startswith(PURPOSE_FAMILIES) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                purposes.append(len(found))
            if not matched:
                thin[token.i] = "guess" if guessed or doubtful else "default"
            if by_subject or lemma in RECORDING or lemma in CAUSING_EVENTS or reported_act and declared:
                thin[token.i] = "guess"  # ("police recorded 14 assaults": the assaults, not by the police; "the
                # seizure of farmland by the army was reported by the village council": not by the council)
            if token.dep_ == "pcomp" and token.head.lower_ == "without" or token.dep_ == "xcomp" and lemma_of(
                    token.head) == "fail":
                thin[token.i] = "guess"  # "without providing further details", "failed to keep": it did not happen
                score -= 0.5  # (nor is it the news: "halted its payments after Beirut failed to condemn the attacks")
            if any(c.dep_ == "neg" for c in token.children) and any(
                    c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in token.children):
                thin[token.i] = "guess"  # "countries cannot export more than ...": what may not be done, no act
            if (token.dep_ == "relcl" or token.dep_ in ("acl", "ccomp") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in token.children)) and token.head.dep_ == "pobj" \
                    and token.head.head.lower_ in BACKGROUND - {"despite"}:
                background[token.i] = 0.35  # "Nine months after the nuclear tests that froze relations, Vajpayee
                score -= 0.35  # crossed into Pakistan", "After reports that troops had massacred villagers, Congress
                # threatened ...": what the background's clause tells is background too
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("though", "although")
                                             for c in token.children):
                background[token.i] = 0.35  # "was prepared to admit U.N. guards, though it would not accept foreign
                score -= 0.35  # troops": a concession hung on the news ranks below it
            if token.dep_ == "advcl" and token.tag_ == "VBG" and token.i == sent.start and lemma in TRAVEL:
                background[token.i] = 0.35  # "Arriving in Pretoria on Monday, a team of inspectors was given access"
                score -= 0.35
            if token.dep_ == "pcomp" and token.head.lower_ == "of" and token.head.head.lower_ == "instead" or any(
                    c.lower_ == "rather" for c in token.children) and any(c.lower_ == "than" for c in token.children):
                thin[token.i] = "guess"  # "paid compensation instead of returning the land", "rather than": not done
                score -= 0.5
            found.append((token, code, score))
        elif token.lemma_ == "be" and token.dep_ in ("ccomp", "ROOT") and any(
                c.dep_ == "prep" and c.lower_ == "behind" and any(g.dep_ == "pobj" and noun_code(g) for g in c.children)
                for c in token.children):
            # "said Syria was behind the car bombing": an accusation (CAMEO 112)
            found.append((token, "112", 1.15 if token.dep_ == "ROOT" or lemma_of(token.head) in REPORTING else 0.9))
        elif token.lemma_ == "be" and token.dep_ in ("ccomp", "ROOT") and (state := state_code(token)):
            # "have been in contact over the crisis" (040), "are under investigation by" (090), "is unhappy with" (110)
            found.append((token, state, 1.0 if token.dep_ == "ROOT" or lemma_of(token.head) in REPORTING
                          else 0.75))
        elif token.pos_ in ("NOUN", "PROPN") and noun_code(token):
            if _speaker_or_audience(token):
                continue  # "the World Summit declared that ...", "told a congressional hearing": who speaks or hears
            if token.dep_ == "compound" and token.head.lemma_.lower() in PEOPLE_NAMED_BY_ACT:
                continue  # "Thai protest leader Chamlong Srimuang", "strike organisers": who someone is, no act
            score = 0.45
            if token.dep_ == "ROOT":
                # "Calls for Kenya to scrap ... were made by": a noun the parser made the root names the sentence's act,
                # but a parse that wrong is a guess, never stored
                score, thin[token.i] = 0.9, "guess"
            # "in protest at", "during demonstrations against", "went on strike": the purpose or setting
            # is the event.
            code = noun_code(token)
            # "detained as they gathered for a rally", "beat him to death after arresting him during a demonstration"
            main = token.head.head.dep_ not in ("advcl", "relcl", "acl") and not (
                token.head.head.dep_ == "pcomp" and token.head.head.head.lower_ in BACKGROUND)
            # ("paralysed Dhaka with a general strike", "shut by a 24-hour strike": the means, when the verb says no
            # more; not "pressed on with their walkout")
            means = token.head.lower_ in ("with", "by") and token.head.head.pos_ == "VERB" \
                and code_for(token.head.head)[0] is None
            if token.dep_ == "pobj" and (token.head.lower_ in ("in", "during", "for", "on") or means) \
                    and code.startswith("14") and main:
                score = 1.2
            characterising = token.dep_ == "pobj" and token.head.lower_ in ("in", "as") or token.dep_ == "appos" or (
                token.dep_ == "pobj" and token.head.lower_ == "under" and code.startswith("139"))  # an ultimatum
            verb = governing_verb(token)
            first = verb
            while first is not None and first.dep_ == "conj":
                first = first.head  # ("accused X of crossing the border and attacking posts in violation of")
            if first is not None and (first.dep_ == "pcomp" or first.dep_ == "pobj" and first.tag_ == "VBG"):
                characterising = False  # "accused Armenia of launching an offensive in violation of the truce"
            if characterising and code.startswith("128") and verb is not None and code_for(verb)[0] \
                    and lemma_of(verb) not in SUPPORT_VERBS | UNDER_WAY | TRAVEL:  # ("flew to Niger in defiance of")
                characterising = False  # "expelled from Zimbabwe in defiance of a court order" is the expulsion (174)
            if characterising and token.head.lower_ == "as" and verb is not None and token.head.head.i == verb.i and (
                    code_for(verb)[0] or "").startswith(("11", "12")):
                characterising = False  # "denounced the treaty as a threat to sovereignty": what the critic calls it
            if characterising and code.startswith(CHARACTERISING):
                # what the act was: "sent a carrier through the strait in a show of force" (150), "resumed
                # enrichment in defiance of resolutions" (128); of an act told in a relative clause, background
                # as that clause is ("jail activists who organise rallies in defiance of the ban", "released
                # peacekeepers they had held as human shields")
                score = 1.5 if verb is None or not _in_relative_clause(verb) else 1.15 - 0.08 * _depth(verb)
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" and any(
                    c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in token.children) and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "to", "against", "on", "with") for c in token.children):
                # "Zimbabwe's expulsion of the EU envoy drew protests": the noun, with its doer and what it acts
                # on, is the news (not "her support among millennials", "China's lunar probe lifts off")
                score = 1.1
            if token.dep_ == "pobj" and token.head.lower_ in BACKGROUND:
                score -= 0.2  # "vowed to overhaul the electoral system, weeks after street protests"
            verb = governing_verb(token)
            # ("the suspension of loans will cost Burma $200 million": what the event will do is not intended)
            if verb is not None and lemma_of(verb) not in REPORTING and token.dep_ != "nsubj":
                # An announced summit or sanction is an intent or a threat, as its verb would be.
                shaped = shape(verb, code)
                code = shaped if shaped and shaped[:2] in ("03", "13") else code
            found.append((token, code, score - (0.3 if _conditional(token) else 0.0)))
    return rank(found, purposes), thin, background


def load_tables() -> None:
    """Load the verb, noun and actor tables once per process, before the first article."""
    lexicon()
    discards()
    load_actor_tables()


def extract_events(doc, entities: list[dict] | None = None, article_date: str | None = None,
                   require_actors: bool = True) -> list[dict]:
    """Events in a parsed article, best first within each sentence.

    entities are the article's entity dicts (text, label, kind, canonical, code, start, end); when
    empty the doc's own entities are used. With require_actors=False every sentence's strongest
    trigger is kept even without actors (the benchmark's top-1 type). For an article, PETRARCH2's
    discard phrases apply: no events from a sports or entertainment story, nor from a sentence about
    one (triggers.discards).
    """
    table = lexicon()
    skipped = discards().skipped(doc) if require_actors else set()
    if skipped is None:
        return []
    actors = EventActors(doc, entities or [])
    events = []
    last_source = (None, None)
    for sent in doc.sents:
        if sent.start in skipped:
            continue
        found, thin, background = _candidates(sent)
        candidates = sorted(found, key=lambda c: -c[2])
        kept: list[dict] = []
        for token, code, score in candidates:
            if kept and len(kept) >= MAX_PER_SENTENCE:
                break
            if kept and score + background.get(token.i, 0.0) < kept[0]["confidence"] - 0.45:
                continue  # a runner-up far behind the news (a background clause is judged by its own strength)
            if require_actors and (score <= WEAK or thin.get(token.i) == "guess"):
                continue  # a guess from a verb's usual sense is for the top-1 benchmark, not for articles
            kind = table.plover_type(code)
            if kind is None:
                continue
            source, target = find_event_actors(token, actors, last_source)
            if code.startswith("10"):
                # ("the Red Cross said US forces must ensure security": asked of the forces by the Red Cross)
                source, target = obligation_actors(token, actors, last_source) or (source, target)
            elif code.startswith("17") and source[1] is None and token.pos_ == "VERB" and any(
                    c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
                # (not "was harassed by unidentified men in Moscow": a doer named, if unknown)
                source = state_where(token, actors)  # "a missionary was arrested in Lebanon": by Lebanon's state
            elif code.startswith("086") and lemma_of(token) in ARRIVING and source[1] is not None:
                host = host_of(token, actors)  # "Bangladeshi peacekeepers arrived in Sierra Leone": let in by it
                if host[1] is not None and host[1].country != source[1].country:
                    source, target = host, source
            has_actors = bool(source[1] or target[1])
            if token.pos_ in ("NOUN", "PROPN") and not has_actors and require_actors:
                continue
            # Without a doer an event is usually a by-phrase or modifier ("a statement released",
            # "has been linked to"); keep those only when a main-clause verb has a target.
            if require_actors and not (source[1] or (target[1] and token.dep_ in ("ROOT", "ccomp", "conj")
                                                       and token.pos_ == "VERB"
                                                       and not any(c.dep_ == "auxpass" for c in token.children))):
                continue
            # A verb in its everyday sense ("took the news in stride", "needed one more win") carries its
            # dictionary default; it codes an event only between political actors: someone acted on, and a
            # state, organisation or role on one side, as PETRARCH codes a source-target pair.
            # A town or state the act merely happens in or reaches ("came to Cincinnati", "discussed polls in
            # Florida") is no one acted on.
            if require_actors and thin.get(token.i) == "default" and not code.startswith(ONE_SIDED) and not (
                    target[1] and not place_only(target[0]) and (target[1].code or (source[1] and source[1].code))):
                continue
            # Going somewhere is a visit or a meeting (PETRARCH2's GO_SOMEWHERE and ARRIVE blocks, 040) only when
            # a political actor goes: "the ship was heading downstream", "they flew first class" are trips.
            lemma = lemma_of(token)
            # ("came to Cincinnati from a zoo in Texas": a pattern of "come to", but no one political came)
            # (nor when the traveller is a private party: "the players later flew first class to Sioux Falls")
            if require_actors and lemma in TRAVEL and (thin.get(token.i) == "default" or place_only(target[0])
                                                       or target[1] is None and code.startswith(("03", "04"))) \
                    and not (source[1] and source[1].code and role_of(source[1]) not in PRIVATE_ROLES):
                continue
            # A vehicle that strikes or hits something has an accident, not an attack.
            if require_actors and code.startswith(("18", "19")) and is_vehicle(source[0]):
                continue
            role = role_of(source[1])
            if source[1] and (source[1].code or "").startswith("IMG"):
                role = "INS"  # an international militarized group (al-Qaeda, Islamic State) fights as irregulars do
            target_role = role_of(target[1]) or role_by_words(target[0]) or role_by_words(" ".join(
                t.text for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                for t in c.subtree))  # ("clashed with riot police")
            # "was attacked by Islamic militants", "... by pensioners": a mention's words give the role no table
            # gives (a religion or a people is no role: armed men of a faith are irregulars)
            said_role = role_by_words(source[0]) or (None if source[0] else _unnamed_doer_role(token))
            role = said_role if not role or said_role == "REB" and role not in STATE_ROLES else role
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ARMED_MEN for c in token.children):
                target_role = "REB"  # "shot dead three armed militants": whoever they are, they are armed
            seized = code == "171" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PROPERTY_SEIZED
                                           for c in token.children)
            recoded = recode_by_doer(code, role, lemma, target_role, seized, fights_troops(token, target_role))
            if code.startswith("163") and _own_people(source[1], target[1]):
                recoded = "172"  # "Cambodia froze the bank accounts of the opposition party": no embargo on another
                # state but an administrative sanction on its own people (CAMEO 172)
            if recoded != code:
                code, kind = recoded, table.plover_type(recoded)
            target = as_place(target, code)
            if source[1]:
                last_source = source
            if any((e["type"], e["source"]["code"], e["target"]["code"]) == (kind, source[1] and source[1].code,
                                                                           target[1] and target[1].code)
                   for e in kept):
                continue
            kept.append({
                "type": kind, "cameo": code, "source": actor_dict(*source), "target": actor_dict(*target),
                "text": sent.text, "start": sent.start_char, "end": sent.end_char,
                "date": sentence_date(sent.text, article_date), "cue": token.text,
                "confidence": round(score + (0.1 if source[1] else 0) + (0.1 if target[1] else 0), 3),
                "_token": token.i,
            })
        if require_actors:  # (a background clause is ranked lower, not trusted less)
            kept = [e for e in kept if e["confidence"] + background.get(e["_token"], 0.0) >= STORED_MIN_CONFIDENCE]
        for e in kept:
            del e["_token"]
        events.extend(sorted(kept, key=lambda e: -e["confidence"]))
    return events
