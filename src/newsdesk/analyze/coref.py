"""Light coreference inside one article, enough to name who speaks and who acts.

- a surname or partial name takes the fullest name it is part of ("Kallas" -> "Kaja Kallas");
- a role noun phrase ("the High Representative", "the bloc's foreign policy chief") takes the
  person introduced with that role, else the person most recently named;
- "he"/"she" take the most recent person, preferring one who was a subject;
- "the ministry", "the group" take the most recent organisation whose name has that noun;
- "who"/"which"/"that" opening a relative clause take the named entity they follow
  ("Chris Collins, who endorsed ..."), and "it" as the subject of a speech verb ("it said")
  takes the most recent organisation.
Resolved pronouns and role phrases are added as mentions (labels PRON and ROLE).
"""

from __future__ import annotations

from .cues import SPEAKING_IT
from .entities import clean_name

ROLE_NOUNS = {
    "president", "minister", "secretary", "chief", "representative", "spokesman",
    "spokeswoman", "spokesperson", "leader", "director", "commissioner", "chancellor",
    "premier", "governor", "senator", "ambassador", "envoy", "head", "candidate", "nominee",
    "mayor", "chairman", "chairwoman", "chair", "ceo", "general", "congressman",
    "congresswoman", "lawmaker", "prosecutor", "judge", "king", "queen", "pope", "founder",
    "executive", "diplomat", "adviser", "advisor", "sheriff", "attorney", "coach", "author",
    "billionaire", "businessman", "businesswoman", "mogul", "democrat", "republican",
}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
POSSESSIVES = {"his", "her"}
ORG_NOUNS = {"ministry", "group", "company", "agency", "government", "department",
             "organisation", "organization", "party", "campaign", "committee", "council",
             "commission", "bank", "office", "firm", "union", "alliance", "court", "newspaper",
             "bloc", "administration", "network", "service", "army", "military", "police"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RELATIVE_PRONOUNS = {"who", "which", "that"}


def person_canonicals(mentions: list[dict]) -> None:
    """Give each person mention the fullest name it is part of in this article."""
    people = [m for m in mentions if m["kind"] == "person"]
    names = []
    for m in people:
        name = clean_name(m["canonical"])
        if name not in names:
            names.append(name)
    full_for: dict[str, str] = {}
    for name in names:
        words = name.split()
        best = name
        for other in names:  # first introduced wins among equally long names
            ow = other.split()
            if len(ow) > len(best.split()) and _part_of(words, ow):
                best = other
        full_for[name] = best
    for m in people:
        m["canonical"] = full_for.get(clean_name(m["canonical"]), m["canonical"])


def _part_of(words: list[str], other: list[str]) -> bool:
    """"Kallas" in "Kaja Kallas"; "Hillary Clinton" in "Hillary Rodham Clinton"."""
    if not words or len(words) >= len(other):
        return False
    if words[-1] != other[-1] and words != other[: len(words)]:
        return False
    return all(w in other for w in words)


def _role_words(doc, mention: dict) -> set[str]:
    """The title words given with a person: "High Representative Kaja Kallas",
    "Mark Rutte, NATO's secretary general"."""
    start, end = mention["_tok"]
    head = doc[end - 1]
    words = set()
    for tok in head.subtree:
        if tok.i >= start and tok.i < end:
            continue
        if tok.dep_ in ("compound", "amod", "nmod", "appos") or tok.head.dep_ == "appos":
            if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
                words.add(tok.lower_)
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
        words.add(head.head.lower_)
        words.update(t.lower_ for t in head.head.children if t.dep_ in ("compound", "amod"))
    return {w for w in words if w in ROLE_NOUNS}


def resolve_coreference(doc, mentions: list[dict]) -> list[dict]:
    """Add PRON and ROLE mentions resolved to people (or organisations); return all mentions."""
    person_canonicals(mentions)
    roles: list[tuple[int, str, set[str]]] = []  # (token, canonical, role words)
    for m in mentions:
        if m["kind"] == "person":
            words = _role_words(doc, m)
            if words:
                roles.append((m["_tok"][0], m["canonical"], words))
    taken = set()
    at_token: dict[int, dict] = {}
    for m in mentions:
        taken.update(range(*m["_tok"]))
        at_token[m["_tok"][1] - 1] = m  # a mention by its last (head) token
    by_token = sorted(mentions, key=lambda m: m["_tok"][0])
    added: list[dict] = []
    last_person = last_subject = None
    last_org: list[dict] = []
    k = 0
    for chunk in _candidate_phrases(doc):
        while k < len(by_token) and by_token[k]["_tok"][0] < chunk.start:
            m = by_token[k]
            if m["kind"] == "person":
                last_person = m
                if doc[m["_tok"][1] - 1].dep_ in SUBJECT_DEPS:
                    last_subject = m
            elif m["kind"] in ("organisation", "threat_actor", "country"):
                last_org.append(m)
            k += 1
        if any(i in taken for i in range(chunk.start, chunk.end)):
            continue
        target = _resolve_phrase(chunk, roles, last_person, last_subject, last_org) or \
            _resolve_pronoun(chunk, at_token, last_org)
        if target is None:
            continue
        label = "PRON" if chunk.root.pos_ == "PRON" else "ROLE"
        mention = {"text": chunk.text, "label": label, "kind": target["kind"],
                   "canonical": target["canonical"], "code": target["code"],
                   "start": chunk.start_char, "end": chunk.end_char,
                   "_tok": (chunk.start, chunk.end)}
        added.append(mention)
        if target["kind"] == "person":
            last_person = mention
            if chunk.root.dep_ in SUBJECT_DEPS:
                last_subject = mention
    return sorted(mentions + added, key=lambda m: m["start"])


def _candidate_phrases(doc):
    """Noun chunks, and the possessive "his"/"her" inside them ("his remarks": whose), in
    text order."""
    for chunk in doc.noun_chunks:
        for tok in chunk:
            if tok.dep_ == "poss" and tok.lower_ in POSSESSIVES and tok.i != chunk.root.i:
                yield doc[tok.i:tok.i + 1]
        yield chunk


def _resolve_phrase(chunk, roles, last_person, last_subject, last_org) -> dict | None:
    root = chunk.root
    low = root.lower_
    if root.pos_ == "PRON":
        if low in PERSON_PRONOUNS and len(chunk) == 1:
            return _salient_person(last_subject, last_person)
        return None
    definite = chunk[0].lower_ == "the" or any(t.dep_ == "poss" for t in chunk)
    if not definite or root.tag_ in ("NNS", "NNPS"):
        return None
    if low in ROLE_NOUNS or any(low in words for _, _, words in roles):
        before = [r for r in roles if r[0] < chunk.start and low in r[2]]
        if before:
            canonical = before[-1][1]
            if last_person is not None and last_person["canonical"] == canonical:
                return last_person
            return {"kind": "person", "canonical": canonical, "code": None}
        return last_person
    if low in ORG_NOUNS:
        for m in reversed(last_org):
            if low in m["canonical"].lower().split() or low in m["text"].lower().split():
                return m
    return None


def _resolve_pronoun(chunk, at_token: dict[int, dict], last_org: list[dict]) -> dict | None:
    """A relative pronoun takes its antecedent's entity; a speaking "it" the last organisation."""
    root = chunk.root
    if len(chunk) != 1 or root.dep_ not in SUBJECT_DEPS:
        return None
    verb = root.head
    if root.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return at_token.get(verb.head.i)
    if root.lower_ == "it" and verb.lemma_.lower() in SPEAKING_IT:
        recent = last_org[-8:]  # bounded look-back keeps this linear in the article
        return next((m for m in reversed(recent)
                     if m["kind"] in ("organisation", "threat_actor")), None)
    return None


def _salient_person(subject, person) -> dict | None:
    """The last subject, unless it lies far behind the last person named (a pronoun keeps
    to the topic of the passage, which the subject marks)."""
    if subject is None or person is None:
        return subject or person
    return subject if person["_tok"][0] - subject["_tok"][0] < 40 else person
