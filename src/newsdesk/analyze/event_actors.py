"""Actors of events: which noun phrases around an event are its doer and what it is done to (subject, passive agent,
objects, the verb a complement hangs on, "came under attack from X"), and resolving them to states, organisations and
roles, once per document, remembering people by surname and using the entity stage's links ("she" -> Kaja Kallas)."""

from __future__ import annotations

from .actors import Actor, resolve_actor
from .countries import country_by_code, is_metonym, lookup_country
from .doers import PRIVATE_ROLES, role_by_words, role_of
from .phrasing import subject_of
from .speakers import misplaced_subject
from .triggers import lemma_of, noun_code

# Acts done to a place (force, coercion, blockade, and threats of restrictions or force): CAMEO 132, 138, 15,
# 17-20. Not protests: a protest in the capital is aimed at the government.
PHYSICAL = ("132", "138", "15", "17", "18", "19", "20")
# Nouns naming a message whose clause is what it says, and the verbs by which its author issues it
# ("issued a statement accusing X"; not "will support a resolution that aims to ...", someone else's words).
MESSAGES = frozenset("statement communique communiqué letter message resolution declaration note report decree "
                     "announcement speech broadcast interview editorial".split())
ISSUING = frozenset("issue release publish send deliver broadcast adopt pass make give read sign".split())

# A noun event one takes part in, whose doer is the clause's subject: "threw stones during demonstrations".
SETTING_PREPS = frozenset({"in", "during", "for", "at", "amid"})
TAKE_PART = ("04", "14", "18", "19")

# Verbs whose subject does what they are "in": "were engaged in ethnic cleansing", "was involved in the attack".
ENGAGED = frozenset({"engage", "involve", "participate", "take part"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "i", "you", "them", "him"})
TARGET_PREPS = ("against", "on", "with", "to", "at", "from", "for", "over", "toward", "towards", "into", "of")


class EventActors:
    """Resolves noun phrases to actors for one document, remembering people by surname."""

    def __init__(self, doc, entities: list[dict]) -> None:
        self.doc = doc
        self.by_char: dict[int, dict] = {}
        for ent in entities or []:
            for i in range(ent["start"], ent["end"]):
                self.by_char[i] = ent
        self.people: dict[str, Actor] = {}
        self.ents = list(doc.ents)
        self.ent_of = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.cache: dict[tuple[int, bool], tuple[str | None, Actor | None]] = {}
        for ent in self.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                phrase = self.doc[ent.root.left_edge.i if ent.root.left_edge.i < ent.start else ent.start:ent.end]
                # The title in front tells the affiliation: "High Representative Kaja Kallas".
                actor = resolve_actor(phrase.text, "PERSON")
                hint = self._hint(ent)
                if (actor is None or not actor.code) and hint:
                    actor = resolve_actor(hint, "PERSON")
                if actor and actor.code:
                    for key in (ent[-1].text, ent.text, hint or ent.text):
                        self.people.setdefault(key.lower(), actor)

    def _hint(self, span) -> str | None:
        ent = self.by_char.get(span.start_char)
        return ent.get("canonical") if ent else None

    def resolve(self, token, wide: bool = True) -> tuple[str | None, Actor | None]:
        """(mention text, actor) for the phrase headed by token; wide also searches names inside it."""
        key = (token.i, wide)
        if key not in self.cache:
            self.cache[key] = self._resolve(token, wide)
        return self.cache[key]

    def _resolve(self, token, wide: bool) -> tuple[str | None, Actor | None]:
        ent = self.ent_of.get(token.i)
        left = self.doc[token.left_edge.i:token.i + 1]
        if ent is not None:
            left = self.doc[min(left.start, ent.start):max(left.end, ent.end)]
        label = ent.label_ if ent is not None else None
        hinted = self.by_char.get(token.idx)
        if hinted and hinted.get("canonical"):
            known = self.people.get(hinted["canonical"].lower())
            if known:  # "she" and "the High Representative" resolved by the entity stage to Kaja Kallas
                return left.text, known
            actor = resolve_actor(hinted["canonical"], hinted.get("label"))
            if actor and actor.code:
                return left.text, actor
            country = country_by_code(hinted.get("code") or "")
            if country:  # the entity stage linked the mention to a state or organisation
                return left.text, Actor(hinted["canonical"], hinted.get("kind") or "person",
                                        country.code if country.kind == "country" else country.cameo, country)
        known = self.people.get(left.text.lower()) or self.people.get(token.text.lower())
        if known:
            return left.text, known
        actor = resolve_actor(left.text, label)
        if (actor is None or actor.country is None) and wide:
            left_i, right_i = token.left_edge.i, token.right_edge.i
            located = next((t for t in token.subtree if t.i > token.i and t.dep_ == "prep" and t.lower_ == "in"), None)
            people = None
            if actor is None and located is not None:
                # "thousands of workers in Dhaka": who they are comes before where they are
                who = self.doc[left_i:located.i].text
                role = role_by_words(who)
                people = resolve_actor(who, None) or (Actor(who, "group", role, None) if role else None)
            for inner in self.ents:
                if left_i <= inner.start and inner.end <= right_i + 1 and inner.start > token.i:
                    found = self.people.get(inner.text.lower()) or resolve_actor(inner.text, inner.label_)
                    if found and found.country:
                        group = actor if actor is not None else (
                            people if people is not None and inner.start > located.i else None)
                        if group is not None and group.kind == "group" and group.code and found.kind == "country":
                            # "Hezbollah guerrillas in southern Lebanon": the role, located in the country.
                            return left.text, Actor(found.name, "group", found.country.code + group.code,
                                                    found.country)
                        return inner.text, found
        return left.text, actor

    def resolve_first(self, tokens) -> tuple[str | None, Actor | None]:
        """The first of several phrases that names an actor, trying their heads before their insides."""
        for wide in (False, True):
            for token in tokens:
                mention = self.resolve(token, wide)
                if mention[1] and (mention[1].country or len(mention[1].code or "") > 3):
                    return mention
        return None, None


def as_place(mention: tuple[str | None, Actor | None], code: str) -> tuple[str | None, Actor | None]:
    """A capital that force or restrictions fall on is the city and its people ("shelled Juba", "threatened a
    curfew in Algiers", "would blockade Paris": CVL), not the government it stands for when it speaks, is spoken
    to or is protested against."""
    text, actor = mention
    if actor is None or not text or not code.startswith(PHYSICAL) or not (actor.code or "").endswith("GOV") \
            or actor.country is None or not is_metonym(text.strip()):
        return mention
    return text, Actor(actor.name, actor.kind, actor.country.code + "CVL", actor.country)


def place_only(text: str | None) -> bool:
    """A mention that names a country only through one of its towns, states or sites ("Cincinnati", "Florida",
    "the Mandalay Bay Resort in Las Vegas"): a place, not a state, its capital or a group acting."""
    return bool(text) and lookup_country(text) is None and lookup_country(text, loose=True) is not None


def actor_dict(text: str | None, actor: Actor | None) -> dict:
    return {"text": text, "canonical": actor.name if actor else None, "code": actor.code if actor else None}


# ---- who did it, to whom ---------------------------------------------------------------------

def _agent(token):
    for child in token.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# What a verb fires or launches, not whom at: "launched artillery and rocket fire against guerrilla camps".
FIRED = frozenset({"artillery", "fire", "rocket", "rockets", "missile", "missiles", "shell", "shells", "mortar",
                   "mortars", "bomb", "bombs", "salvo", "salvoes", "barrage", "grenade", "grenades", "shot", "shots",
                   "strike", "strikes", "raid", "raids", "attack", "attacks", "offensive"})


def _objects(token):
    direct = [c for c in token.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    for obj in direct:
        preps += [c for o in (obj, *obj.conjuncts) for c in o.children  # ("artillery and rocket fire against ...")
                  if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    # ("launched artillery, mortar and rocket fire against Kampuchean guerrilla camps near the Thai border": the
    # camps, not a name inside the weapons' phrase)
    fired = [c for c in direct if c.lemma_.lower() in FIRED]
    return [c for c in direct if c not in fired] + pobjs + fired


# Verbs whose object does what their complement says ("ordered Morsi to pay", "urged Iran to halt").
OBJECT_CONTROL = frozenset({"order", "tell", "ask", "urge", "force", "compel", "persuade", "instruct", "allow",
                            "permit", "invite", "encourage", "press", "pressure", "oblige", "direct", "authorize",
                            "authorise"})


def _controller(token):
    """The subject a complement verb borrows from the verb it hangs on ("X threatened to slap")."""
    if token.dep_ == "acl" and issued_message(token.head) and token.head.dep_ == "dobj":
        return subject_of(token.head.head)  # "X issued a statement accusing Y": the author accuses
    if token.dep_ == "acl" and token.tag_ in ("VBG", "VBZ", "VBP", "VBD") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head, False  # "demonstrators protesting election results": the noun does it
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in OBJECT_CONTROL:
        ordered = next((c for c in token.head.children if c.dep_ == "dobj"), None)
        if ordered is not None:
            return ordered, False  # "the court ordered Morsi to pay compensation": Morsi pays, not the court
    head = token
    # pcomp/prep: "youths resorted to throwing stones", "after meeting the president, the envoy called ..."
    while head.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "prep") and head.head.i != head.i:
        head = head.head
        subject, passive = subject_of(head)
        if subject is not None:
            return subject, passive
    return None, False


def issued_message(noun) -> bool:
    """A message its author issues (or that is the subject: "a statement said"), whose content is the event."""
    return noun.lemma_.lower() in MESSAGES and (
        noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING))


def _antecedent(token, actors: EventActors) -> Actor | None:
    """For a pronoun subject, the actor of the nearest verb above it with a named subject."""
    head = token
    while head.head.i != head.i:
        head = head.head
        subject, _ = subject_of(head)
        if subject is not None and subject.lower_ not in PRONOUNS:
            return actors.resolve(subject)[1]
    return None


def noun_doers(noun) -> list:
    """Who does what a noun names, told by a possessive or a "by" phrase ("China's cyberattack", "an attack by X")."""
    return [c for c in noun.children if c.dep_ == "poss"] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]


def find_event_actors(token, actors: EventActors, last_source):
    """(source, target) mention/actor pairs for the event at token."""
    source = target = (None, None)
    if token.pos_ in ("NOUN", "PROPN"):
        # "China's cyberattack", "an attack by X", "X imposed sanctions": the noun's own doer only.
        doers = noun_doers(token)
        verb, prep = token.head, token.head
        setting = (not doers and token.dep_ == "pobj" and prep.lower_ in SETTING_PREPS
                   and prep.head.pos_ in ("VERB", "AUX") and (noun_code(token) or "").startswith(TAKE_PART))
        # ("Serb forces were engaged in ethnic cleansing": who is engaged in it does it)
        engaged = (not doers and token.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ == "VERB"
                   and lemma_of(prep.head) in ENGAGED)
        if setting or engaged:
            verb = prep.head  # "youths threw stones during demonstrations": the setting's doer is the clause's
        if not doers and (token.dep_ == "dobj" or setting or engaged):
            subject, passive = subject_of(verb)
            if subject is None:
                subject, passive = _controller(verb)
            if subject is not None and (not passive or engaged):
                doers.append(subject)
        source = actors.resolve_first(doers) if doers else (None, None)
        if source[0] and source[1] is None and source[0].lower() in PRONOUNS:
            source = (source[0], _antecedent(token, actors) or last_source[1])
        objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.lower_ != "of"
                   for g in c.children if g.dep_ == "pobj"]
        if token.dep_ == "dobj":
            objects += _objects(token.head)
        target = actors.resolve_first([t for t in objects if t.i != token.i])
        return source, target
    subject, passive = subject_of(token)
    if subject is None:
        subject, passive = _controller(token)
    elif not passive:
        # "CAIRO -- An Egyptian court Saturday convicted ...": not the dateline's place (quotes' rule)
        subject = misplaced_subject(subject, token)
    agent = _agent(token)
    if passive and agent is None and lemma_of(token) in ENGAGED:
        passive = False  # "Serb forces were engaged in ethnic cleansing": the ones engaged do it
    if lemma_of(token) == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in token.children):
        # "the safe zone has come under criticism from ...": suffered, as a passive; the doer is after "from"
        passive, agent = True, next((g for c in token.subtree if c.dep_ == "prep" and c.lower_ == "from"
                                     for g in c.children if g.dep_ == "pobj"), None)
    if passive:
        if subject is not None:
            target = actors.resolve(subject)
        if agent is not None:
            source = actors.resolve(agent)
    elif subject is not None:
        # A participle's noun ("activity targeting the Czech Republic") holds the target inside it: read it alone.
        source = actors.resolve(subject, wide=subject.i != token.head.i or token.dep_ != "acl")
    if source[0] and source[1] is None and source[0].lower() in PRONOUNS:
        source = (source[0], _antecedent(token, actors) or last_source[1])
    elif source[1] is not None and source[1].country is None and len(source[1].code or "") == 3:
        # A bare role ("their forces", "the government") belongs to the actor of the clause above.
        above = _antecedent(token, actors)
        if above is not None and above.country is not None and above.country.kind == "country":
            source = (source[0], Actor(above.name, "group", above.country.code + source[1].code, above.country))
    if target[1] is None:
        objects = _objects(token) + [t for c in token.children if c.dep_ == "xcomp" for t in _objects(c)]
        target = actors.resolve_first([t for t in objects if t.lower_ not in PRONOUNS])
    if target[1] is None:
        # "demanded that the DPRK forsake ...": a speech act's addressee is its clause's subject.
        clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
        subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                    and s.lower_ not in PRONOUNS]
        target = actors.resolve_first(subjects)
    if target[1] is None and token.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # "sent experts to Bosnia to investigate": a purpose acts on what its means acted on.
        target = actors.resolve_first([t for t in _objects(token.head) if t.lower_ not in PRONOUNS])
        if target[1] is not None and source[1] is not None and target[1].code == source[1].code:
            target = (None, None)
    if target[1] is None:
        target = _nearest_other(token, actors, source[1])
    return source, target


def _state_of_first(places, actors: EventActors) -> tuple[str | None, Actor | None]:
    """The first place that lies in a country, as that country's state."""
    for place in places:
        found = actors.resolve(place, False)[1]
        if found is not None and found.country is not None and found.country.kind == "country":
            return place.text, Actor(found.country.name, "country", found.country.code, found.country)
    return None, None


def state_where(token, actors: EventActors) -> tuple[str | None, Actor | None]:
    """The state of the country a verb says it happened in ("was arrested in Lebanon"): a place's country as a state
    (CAMEO codes an arrest or expulsion with no doer named to the state where it happened)."""
    return _state_of_first([g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
                            for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")], actors)


def host_of(token, actors: EventActors) -> tuple[str | None, Actor | None]:
    """Where outsiders arrive or are deployed ("arrived in Sierra Leone", "entered Bosnia"): the host state, which lets
    them in (CAMEO 0861/0862 have the host as source)."""
    return _state_of_first([g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "at", "to")
                            for g in c.children if g.dep_ == "pobj"] + [c for c in token.children if c.dep_ == "dobj"],
                           actors)


def obligation_actors(token, actors: EventActors, last_source):
    """(source, target) of a demand told as what another must do: "The Red Cross said US and British forces must
    ensure security", "..., must agree to changes, the rebels announced": the sayer asks it of the clause's subject.
    None when the event is not said that way."""
    from .triggers import REPORTING  # (triggers imports modules this one is imported with)

    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in token.children):
        return None
    if token.dep_ == "ccomp" and lemma_of(token.head) in REPORTING:
        saying = token.head
    else:
        saying = next((c for c in token.children if c.i > token.i and c.dep_ in ("parataxis", "ccomp", "conj")
                       and lemma_of(c) in REPORTING), None)
    # (the one asked acts: not "all travellers must be guaranteed the right to travel")
    obliged = next((c for c in token.children if c.dep_ == "nsubj"), None)
    sayer = saying and next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if sayer is None or obliged is None or obliged.lower_ in PRONOUNS:
        return None
    target = actors.resolve(obliged)
    if target[1] is None or role_of(target[1]) in PRIVATE_ROLES:
        return None  # ("voters shouldn't lose their right to vote, he said": an opinion of people at large)
    # (its own name first: "the Red Cross operating in Iraq" is not Iraq)
    source = actors.resolve(sayer, False)
    if source[1] is None:
        source = actors.resolve(sayer)
    if source[0] and source[1] is None and source[0].lower() in PRONOUNS:
        source = (source[0], _antecedent(saying, actors) or last_source[1])
    return source, target


def _nearest_other(token, actors: EventActors, source: Actor | None) -> tuple[str | None, Actor | None]:
    """Last resort: the first named state or group after the verb in its own clause, other than the source."""
    # Coordinated clauses ("..., and we stand with the Czech Republic") are other events.
    end = min([c.left_edge.i for c in token.children if c.dep_ in ("conj", "parataxis") and c.i > token.i]
              + [token.right_edge.i + 1])
    for ent in actors.ents:
        if ent.start > token.i and ent.end <= end and ent.label_ in ("GPE", "NORP", "ORG", "PERSON"):
            mention = actors.resolve(ent.root, False)
            found = mention[1]
            # A state's own leader or government can be the target of its people ("rioted ... for the removal
            # of President Mubarak"); a bare place in the source's own country is only where it happened.
            if found and found.country and (source is None or found.country != source.country or (
                    len(found.code or "") > 3 and len(source.code or "") > 3 and found.code[3:] != source.code[3:])):
                return mention
    return None, None
