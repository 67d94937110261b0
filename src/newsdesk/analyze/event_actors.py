"""Actors of events: resolving the noun phrases around an event to states, organisations and roles, once per
document, remembering people by surname and using the entity stage's links ("she" -> Kaja Kallas)."""

from __future__ import annotations

from .actors import Actor, resolve_actor
from .countries import country_by_code, is_metonym, lookup_country

# Acts done to a place (force, coercion, blockade, and threats of restrictions or force): CAMEO 132, 138, 15,
# 17-20. Not protests: a protest in the capital is aimed at the government.
PHYSICAL = ("132", "138", "15", "17", "18", "19", "20")


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
            for inner in self.ents:
                if left_i <= inner.start and inner.end <= right_i + 1 and inner.start > token.i:
                    found = self.people.get(inner.text.lower()) or resolve_actor(inner.text, inner.label_)
                    if found and found.country:
                        if actor is not None and actor.kind == "group" and actor.code and found.kind == "country":
                            # "Hezbollah guerrillas in southern Lebanon": the role, located in the country.
                            return left.text, Actor(found.name, "group", found.country.code + actor.code,
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
