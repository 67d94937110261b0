"""Named entities with canonical forms that hold across articles.

People, organisations, countries, places, groups (nationalities, parties) and threat actors,
each mention tied to its character span. Countries come from ``countries.py`` (names,
demonyms, capitals -> canonical name and ISO 3166 code); a capital used as an actor
("Prague revealed ...") stands for its government, a capital after a place preposition
("in Prague") stays a place. Coreference inside the article is in ``coref.py``.
"""

from __future__ import annotations

import re

KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
                 "FAC": "place", "NORP": "group"}

# Threat actors are named by a generic scheme (APT28, "Advanced Persistent Threat Group 31");
# spaCy tags them as anything from PERSON to GPE, so a pattern decides.
THREAT_ACTOR = re.compile(
    r"\b(?:APT[ -]?(\d{1,3})|Advanced Persistent Threat(?: [Gg]roup)?[ -]?(\d{1,3}))\b")

# Prepositions after which a capital is a place, not its government.
PLACE_PREPS = {"in", "at", "near", "from", "into", "across", "around", "outside", "inside",
               "within", "via", "through", "throughout", "toward", "towards", "to", "visit"}

# Short names of bodies that countries.py (states and intergovernmental organisations) lacks.
ORG_ALIASES = {
    "who": "World Health Organization", "imf": "International Monetary Fund",
    "fbi": "FBI", "cia": "CIA", "gop": "Republican Party", "dnc": "Democratic National Committee",
    "rnc": "Republican National Committee", "european commission": "European Commission",
}

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def lookup_country(text: str) -> dict | None:
    """{canonical, code, kind, metonym} for a state or intergovernmental organisation named
    by name, demonym, capital or seat ("Prague", "Brussels"), else None."""
    from .countries import is_metonym
    from .countries import lookup_country as find

    hit = find(text)
    if hit is None:
        return None
    # A seat named by its city ("Brussels" for the EU) behaves like a capital.
    seat = hit.kind == "organisation" and not text.isupper() and \
        clean_name(text).lower() != hit.name.lower()
    return {"canonical": hit.name, "code": hit.alpha2, "kind": hit.kind,
            "metonym": is_metonym(text) or seat}


def clean_name(text: str) -> str:
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", text).strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text


MINISTRY = re.compile(r"^(?P<pre>.*?)\b(?P<dom>Foreign|Defence|Defense|Finance|Justice|Health|"
                      r"Interior|Economy|Education) Ministry$")
MINISTRY_DOMAIN = {"Foreign": "Foreign Affairs"}


def organisation_name(text: str) -> str:
    """One name for one body: "Czech Foreign Ministry" -> "Czech Ministry of Foreign Affairs"."""
    m = MINISTRY.match(text)
    if m:
        dom = MINISTRY_DOMAIN.get(m.group("dom"), m.group("dom"))
        return f"{m.group('pre')}Ministry of {dom}"
    return ORG_ALIASES.get(text.lower(), text)


def _is_place_use(span) -> bool:
    """True when a capital is used as a location ("in Prague"), not as an actor."""
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    if head.dep_ == "compound":  # "Prague airport"
        return True
    return False


def entity_mention(span, label: str, kind: str, canonical: str, code: str | None) -> dict:
    return {"text": span.text, "label": label, "kind": kind, "canonical": canonical,
            "code": code, "start": span.start_char, "end": span.end_char,
            "_tok": (span.start, span.end)}


def threat_actor_mentions(doc, text: str) -> list[dict]:
    out = []
    for m in THREAT_ACTOR.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        number = m.group(1) or m.group(2)
        mention = entity_mention(span, "ORG", "threat_actor", f"APT{number}", None)
        mention.update(text=m.group(0), start=m.start(), end=m.end())
        out.append(mention)
    return out


def canonical_entity(span, label: str) -> tuple[str, str, str | None]:
    """(kind, canonical, code) of one NER span, before in-article coreference."""
    text = clean_name(span.text)
    kind = KIND_OF_LABEL[label]
    if label != "PERSON":
        hit = lookup_country(text)
        if hit:
            if label == "NORP":  # "Chinese": a group, coded with its country
                return "group", text, hit["code"]
            if hit["metonym"] and _is_place_use(span):
                return "place", text, None
            return hit["kind"], hit["canonical"], hit["code"]
    if label == "ORG":
        return kind, organisation_name(text), None
    return kind, text, None


def ner_mentions(doc, text: str | None = None) -> list[dict]:
    """Threat actors by pattern, then spaCy's entities of the kinds we keep."""
    text = doc.text if text is None else text
    mentions = threat_actor_mentions(doc, text)
    taken = [(m["start"], m["end"]) for m in mentions]
    for ent in doc.ents:
        if ent.label_ not in KIND_OF_LABEL:
            continue
        if any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        span = ent
        # spaCy sometimes keeps a trailing possessive inside the entity.
        if len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]
        kind, canonical, code = canonical_entity(span, ent.label_)
        if not canonical:
            continue
        mentions.append(entity_mention(span, ent.label_, kind, canonical, code))
    mentions.sort(key=lambda m: m["start"])
    _expand_acronyms(mentions, text)
    _link_threat_actors(doc, mentions)
    return mentions


def _expand_acronyms(mentions: list[dict], text: str) -> None:
    """"Long Name (LN)" in the text: later mentions of LN take the long name as canonical."""
    long_for: dict[str, str] = {}
    for m in mentions:
        if m["kind"] != "organisation":
            continue
        after = text[m["end"]:m["end"] + 16]
        paren = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", after)
        if paren:
            long_for[paren.group(1)] = m["canonical"]
    for m in mentions:
        if m["kind"] == "organisation" and m["canonical"] in long_for:
            m["canonical"] = long_for[m["canonical"]]


def _link_threat_actors(doc, mentions: list[dict]) -> None:
    """A threat actor's code is the country most named in the sentences that name it
    (its sponsor: "on behalf of Beijing", "the Chinese Ministry of State Security")."""
    actors = [m for m in mentions if m["kind"] == "threat_actor"]
    if not actors:
        return
    sents = {doc[m["_tok"][0]].sent.start for m in actors}
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for m in mentions:
        if m["kind"] not in ("country", "group") or not m["code"]:
            continue
        tok = doc[m["_tok"][0]]
        if tok.sent.start not in sents:
            continue
        if tok.head.lower_ in ("against", "targeting", "target"):  # the victim, not the sponsor
            continue
        counts[m["code"]] = counts.get(m["code"], 0) + 1
        if m["kind"] == "country":
            names[m["code"]] = m["canonical"]
    if not counts:
        return
    code = max(counts, key=lambda c: (counts[c], c in names))
    hit = names.get(code)
    if hit is None:
        from .countries import country_by_code

        found = country_by_code(code)
        hit = found.name if found else code
    for m in actors:
        m["code"] = code
        m["linked_country"] = hit
