"""The words that mark attribution: speech, belief and stance verbs and nouns, and how each
one holds what was said (a clause, an object, a preposition), and the quotation marks. Used by
quotes.py, speakers.py and coref.py."""

from __future__ import annotations

import re

# Verbs that introduce what someone said, wrote or holds (lemmas).
CUE_VERBS = {
    "say", "tell", "add", "state", "claim", "argue", "warn", "note", "explain", "insist",
    "declare", "announce", "report", "write", "suggest", "acknowledge", "admit", "ask",
    "reply", "respond", "comment", "confirm", "deny", "stress", "emphasize", "emphasise",
    "urge", "predict", "allege", "contend", "maintain", "assert", "testify", "recall",
    "remark", "caution", "conclude", "estimate", "concede", "observe", "tweet", "post",
    "reveal", "indicate", "promise", "vow", "pledge", "learn", "mention", "reiterate",
    "repeat", "complain", "boast", "joke", "quip", "signal", "hint", "assure", "advise",
    "propose", "speculate", "question", "demand", "inform", "believe",
    "accuse", "charge", "counter", "retort", "scoff", "lament", "point", "go", "continue",
    "show", "find", "agree", "disagree", "hope", "fear", "worry", "expect", "recommend",
    "proclaim", "wonder", "describe", "call", "threaten", "understand",
    "guess", "figure", "suspect", "project", "forecast",
}
# Verbs whose direct object is what was said or held ("criticised the plan", "announced his
# resignation"); for the others an object is the addressee ("told reporters").
OBJECT_CUES = {
    "criticize", "criticise", "accuse", "praise", "blame", "call", "describe", "label",
    "slam", "attack", "defend", "question", "dismiss", "reject", "announce", "deny", "confirm",
    "admit", "acknowledge", "predict", "reveal", "report", "claim", "say", "write", "tweet",
    "post", "promise", "pledge", "vow", "demand", "propose", "recommend", "endorse",
    "suggest", "cite", "express", "voice", "repeat", "reiterate", "explain", "recall",
    "mention", "note", "insist", "ask", "want", "consider", "view",
    "see", "regard", "expect", "fear", "hope", "estimate", "forecast", "argue", "stress",
    "emphasize", "emphasise", "condemn", "denounce", "decry", "welcome", "applaud", "hail",
    "quote", "tout", "warn", "urge", "support", "back", "favor", "favour",
    "prefer", "compare",
}
# Verbs whose content follows a preposition ("called for a ban", "talked about the economy").
PREP_CUES = {
    "talk": {"about", "of"}, "speak": {"about", "of", "on"}, "call": {"for"},
    "refer": {"to"}, "ask": {"about", "for"}, "apologize": {"for"}, "apologise": {"for"},
    "complain": {"about", "of"}, "warn": {"of", "about", "against"}, "argue": {"for", "against"},
    "testify": {"about", "on"}, "comment": {"on"}, "write": {"about", "of"},
    "boast": {"about", "of"}, "joke": {"about"}, "worry": {"about"}, "push": {"for"},
    "campaign": {"for", "against", "on"}, "vote": {"for", "against"}, "advocate": {"for"},
}
# What someone thinks or knows, and intentions or refusals reported of them (PolNeAR annotates
# these as attributions too: "few think the tax will take effect", "declined to comment").
BELIEF_CUES = {"think", "feel", "doubt"}
INTENT_CUES = {"decline", "refuse", "plan", "seek", "decide", "intend", "oppose", "blast",
               "offer"}
OBJECT_CUES |= INTENT_CUES
# Nouns that report speech or a stance, with the prepositions that introduce what they hold
# (a "that" clause is taken for all of them).
NOUN_CUES = {
    "claim": set(), "statement": set(), "argument": set(), "assertion": set(),
    "belief": set(), "view": set(), "warning": {"of", "about"}, "promise": set(),
    "pledge": set(), "vow": set(), "call": {"for"}, "demand": {"for"}, "criticism": {"of"},
    "accusation": set(), "allegation": set(), "suggestion": set(), "insistence": set(),
    "proposal": {"for", "to"}, "plan": {"for", "to"}, "decision": set(), "support": {"for"},
    "opposition": {"to"}, "complaint": {"about"}, "question": {"about"}, "attack": {"on"},
    "announcement": set(), "comment": {"about", "on"}, "remark": {"about", "on"},
    "reference": {"to"}, "threat": set(), "prediction": set(), "fear": set(), "hope": set(),
    "concern": {"about", "over"}, "charge": set(), "endorsement": {"of"}, "praise": {"for"},
    "denial": set(), "admission": set(), "description": {"of"},
}
ADDRESSEE_CUES = {"tell", "inform", "assure", "remind", "convince", "persuade"}
# Read off PolNeAR's train split (never dev or test): verbs the annotators marked as a cue in at least half
# of their 10 or more occurrences and that the lists above lacked ("mocked Trump's tweets", "portrayed her
# as", "echoed the claim", "disclosed that", "railed against"). "seem" and "appear" were measured too: a cue
# in only half and 4 in 10 of their uses, and too rarely the way we would read them to pay.
OBJECT_CUES |= {"mock", "portray", "list", "reference", "echo", "discuss", "disclose", "deem", "title", "chant",
                "order"}
INDUCED_CUES = {"imply", "remind", "disclose", "plead", "rail"}
PREP_CUES.update({"rail": {"against"}, "plead": {"for"}})
CUE_VERBS |= OBJECT_CUES | set(PREP_CUES) | BELIEF_CUES | INDUCED_CUES
# Verbs that cue only with a particle, or only a direct quote ("she went on").
PARTICLE_CUES = {"go": {"on"}, "point": {"out"}}
QUOTE_ONLY = {"continue"}
STRONG_CUES = {"say", "tell", "add", "state", "claim", "argue", "warn", "write", "report",
               "announce", "insist", "explain", "note", "declare", "stress", "reply", "ask"}
# Links a speaker-less cue climbs through to find the governing verb's subject.
CLIMB_DEPS = {"conj", "xcomp", "advcl", "csubj", "pcomp", "prep", "acl", "dobj", "pobj"}
# Verbs after which a subject "it" is an organisation speaking ("the company ... it said").
SPEAKING_IT = {"say", "add", "state", "announce", "report", "write", "tweet", "post", "note",
               "explain", "confirm", "deny", "warn", "claim", "tell", "argue", "insist"}


# Quotation marks; some archives write them as two apostrophes (''...'') or ``...''.
OPENERS = "“«"
CLOSERS = "”»"
PLAIN_MARKS = ('"', "''")
QUOTE_MARK = re.compile(r"''|``|[“”\"«»]")


def is_mark(tok) -> bool:
    """A quotation mark token (single marks too: they open quotes inside quotes)."""
    return tok.text in OPENERS or tok.text in CLOSERS or tok.text in PLAIN_MARKS \
        or tok.text in ("``", "'", "‘", "’")


def is_cue(tok, *, direct: bool = False) -> bool:
    """A speech, belief or stance verb; "continue" only next to a direct quote."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in CUE_VERBS:
        return False
    if lemma in PARTICLE_CUES:
        return any(c.dep_ == "prt" and c.lower_ in PARTICLE_CUES[lemma] for c in tok.children)
    if lemma in QUOTE_ONLY and not direct:
        return False
    return True


def cue_span(tok) -> tuple[int, int]:
    """The cue verb with its particle ("went on", "pointed out")."""
    end = tok.idx + len(tok.text)
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            end = c.idx + len(c.text)
    return tok.idx, end
