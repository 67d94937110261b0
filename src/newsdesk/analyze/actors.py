"""Event actors: a mention ("the Czech Foreign Ministry", "Beijing", "Afghan rebels") -> CAMEO actor code.

A CAMEO actor code is a country (ISO alpha-3, or an organisation's IGO code) followed by a role
("CZEGOV", "CHNMIL", "AFGREB"). Country names, demonyms and capitals come from countries.py; role
words from PETRARCH2's agent dictionary and named people from its country dictionary, both
reduced by tools/build_event_data.py into src/newsdesk/data/.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .countries import Country, country_by_code, is_metonym, lookup_country

_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_TITLES = {"president", "prime", "minister", "foreign", "secretary", "general", "mr", "mrs", "ms", "dr", "king",
           "queen", "prince", "sheikh", "chancellor", "senator", "leader", "chief", "high", "representative",
           "vice", "deputy", "former", "outgoing", "defence", "defense", "state", "of", "the"}
# Roles the agent dictionary lacks or codes too finely for news text.
_EXTRA_ROLES = {"government": "GOV", "ministry": "GOV", "cabinet": "GOV", "parliament": "LEG", "officials": "GOV",
                "official": "GOV", "authorities": "GOV", "president": "GOV", "spokesman": "GOV",
                "spokeswoman": "GOV", "diplomats": "GOV", "embassy": "GOV", "army": "MIL", "military": "MIL",
                "troops": "MIL", "soldiers": "MIL", "forces": "MIL", "navy": "MIL", "police": "COP",
                "rebels": "REB", "guerrillas": "REB", "militants": "REB", "insurgents": "REB", "hackers": "SPY",
                "opposition": "OPP", "protesters": "CVL", "demonstrators": "CVL", "students": "EDU",
                "refugees": "REF", "court": "JUD", "judge": "JUD", "high representative": "GOV",
                "foreign policy chief": "GOV", "defence chief": "GOV", "defense chief": "GOV",
                "homes": "CVL", "houses": "CVL", "villages": "CVL", "families": "CVL"}


# Pronouns that a places table would otherwise read as a name ("us" as the US).
_PRONOUNS = frozenset({"us", "we", "it", "they", "them", "i", "me", "you", "he", "him", "she", "her", "Us", "We"})


# Titles that name an organisation's office ("High Representative Kaja Kallas" speaks for the EU).
_ORG_TITLES = {"high representative": "IGOEUREEC", "eu foreign policy chief": "IGOEUREEC",
               "nato secretary-general": "IGOWSTNAT", "un secretary-general": "IGOUNO"}


@dataclass(frozen=True)
class Actor:
    """Who acts in an event: canonical name, kind, CAMEO actor code and the country behind it."""

    name: str
    kind: str  # country, organisation, person, group
    code: str | None
    country: Country | None = None

    @property
    def country_code(self) -> str | None:
        """Country-level code: ISO alpha-3 for states, the IGO code for organisations."""
        return self.country.code if self.country else (self.code[:3] if self.code else None)


def _load(name: str):
    return json.loads(resources.files("newsdesk.data").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, tuple[str, str]], int]:
    agents = _load("agents.json")
    agents.update(_EXTRA_ROLES)
    people = {" ".join(k.split()): (_iso(v), "person") for k, v in _load("people.json").items()}
    for k, v in _load("groups.json").items():
        if len(k) > 3:
            people.setdefault(k, (_iso(v), "organisation" if v.startswith(("IGO", "NGO")) else "group"))
    longest = max(len(k.split()) for k in agents)
    return agents, people, min(longest, 4)


@lru_cache(maxsize=1)
def _surnames() -> dict[str, str]:
    """Surname -> actor code, for surnames that point to one country and role only ("Bouteflicka")."""
    seen: dict[str, set[str]] = {}
    for key, (code, kind) in _tables()[1].items():
        if kind == "person" and " " in key:
            seen.setdefault(_surname(key.split()[-1]), set()).add(code)
    return {name: codes.pop() for name, codes in seen.items() if len(codes) == 1 and len(name) > 3}


@lru_cache(maxsize=1)
def _first_last() -> dict[tuple[str, str], str]:
    """(first name, surname) -> actor code where that pair points to one code: "Omar Hassan al-Bashir" is the
    dictionary's "omar hassan ahmad al bashir" though the surname alone names several people."""
    seen: dict[tuple[str, str], set[str]] = {}
    for key, (code, kind) in _tables()[1].items():
        parts = key.split()
        if kind == "person" and len(parts) >= 2:
            seen.setdefault((parts[0], _surname(parts[-1])), set()).add(code)
    return {pair: codes.pop() for pair, codes in seen.items() if len(codes) == 1}


def _near_surname(name: str, first: str | None) -> str | None:
    """The code of the one known person a letter away from this name ("Abdelaziz Bouteflicka", "Francois
    Mitterand"): spellings of transliterated names vary. Only after an office title, and with the same first
    name when one is given ("Interior Minister Ralf Jaeger" is not the Dutch Jager)."""
    if len(name) < 6:
        return None
    if first:
        codes = {code for (known_first, known), code in _first_last().items() if known_first == first
                 and known[:1] == name[:1] and abs(len(known) - len(name)) <= 1 and _one_edit(known, name)}
    else:
        codes = {code for known, code in _surnames().items() if len(name) >= 7 and known[0] == name[0]
                 and abs(len(known) - len(name)) <= 1 and _one_edit(known, name)}
    return codes.pop() if len(codes) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter inserted, dropped or changed (or not at all)."""
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def load_tables() -> None:
    """Build the actor tables now (a long-running process pays this once, not on its first titled name)."""
    _tables()
    _surnames()
    _first_last()


def _surname(word: str) -> str:
    for prefix in ("al-", "el-", "al ", "el "):
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


# Older CAMEO country codes still used in PETRARCH2's group dictionary -> ISO alpha-3.
_LEGACY = {"ANG": "AGO", "ROM": "ROU", "ZAR": "COD", "BUR": "MMR", "TMP": "TLS", "KSV": "XKX"}


def _iso(code: str) -> str:
    return _LEGACY.get(code[:3], code[:3]) + code[3:]


def _role(words: list[str], agents: dict[str, str], longest: int) -> tuple[str | None, int]:
    """The role code of the longest agent phrase in the words, with its position (rightmost wins ties)."""
    best, where, size = None, -1, 0
    for n in range(min(longest, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            phrase = " ".join(words[i:i + n])
            code = agents.get(phrase) or (agents.get(phrase[:-1]) if phrase.endswith("s") else None)
            if code and n > size:
                best, where, size = code, i, n
        if best:
            break
    return best, where


def _country_in(words: list[str], originals: list[str]) -> tuple[Country | None, int]:
    """The first country or organisation named inside a phrase ("Czech" in "the Czech Foreign Ministry")."""
    for n in (4, 3, 2, 1):
        for i in range(0, len(originals) - n + 1):
            hit = lookup_country(" ".join(originals[i:i + n]), loose=True)
            if hit is None and n == 1 and originals[i].endswith("'s"):
                hit = lookup_country(originals[i][:-2], loose=True)
            if hit is None and n == 1 and "-" in originals[i]:  # "Vietnamese-led", "US-backed"
                hit = lookup_country(originals[i].split("-", 1)[0])
            if hit:
                return hit, i
    return None, -1


def _compose(country: Country, role: str | None) -> str:
    base = country.cameo if country.kind == "organisation" else (country.alpha3 or country.cameo)
    if role and country.kind == "organisation":
        return base
    return base + (role or "")


# What agreements and texts are called: named after a capital ("the Lisbon Treaty"), they are no actor of its state.
_DOCUMENTS = frozenset({"treaty", "treaties", "accord", "accords", "agreement", "agreements", "protocol", "convention",
                        "declaration", "charter", "deal", "resolution", "communique", "memorandum"})


@lru_cache(maxsize=8192)
def resolve_actor(text: str, ent_label: str | None = None) -> Actor | None:
    """The actor a mention names, or None when it names no known state, organisation, person or role."""
    if not text or not text.strip():
        return None
    if text.strip() in _PRONOUNS:
        return None  # "hurting us", "joined us for more": the pronoun, not the US
    whole = lookup_country(text)
    if whole:
        role = "GOV" if is_metonym(text) and whole.kind == "country" else None
        return Actor(whole.name, whole.kind, _compose(whole, role), whole)
    agents, people, longest = _tables()
    originals = _WORD.findall(text.replace("’", "'"))
    words = [w.lower().rstrip(".").removesuffix("'s") for w in originals]
    if not words:
        return None
    person = _person(words, people, originals)
    if person:
        code, kind = person
        role, _ = _role(words, agents, longest)
        if role and kind == "person" and not code.startswith(("IGO", "NGO")):
            code = code[:3] + role  # the office named now ("President Bush": GOV), not the dictionary's career role
        name = " ".join(o for o, w in zip(originals, words) if w not in _TITLES) or text.strip()
        return Actor(name, kind, code, country_by_code(code[:3]))
    country, _ = _country_in(words, originals)
    if country and words[-1] in _DOCUMENTS and any(is_metonym(o) for o in originals):
        return None  # "the Lisbon Treaty", "the Lusaka Protocol": a text named after the city where it was signed
    role, _ = _role(words, agents, longest)
    if country is None:
        joined = " ".join(words)
        country = next((country_by_code(code) for title, code in _ORG_TITLES.items() if title in joined), None)
    if country and ent_label == "PERSON":
        name = " ".join(o for o, w in zip(originals, words) if w not in _TITLES and not lookup_country(o)) or text.strip()
        return Actor(name, "person", _compose(country, role), country)
    if country:
        return Actor(country.name, country.kind, _compose(country, role), country)
    if ent_label == "PERSON":
        names = [w for w in words if w not in _TITLES]
        # A surname alone is weak evidence (Kaja Kallas is not her father Siim); only with an office title.
        titled = any(w in ("president", "minister", "chancellor", "king", "premier") for w in words)
        code = _surnames().get(_surname(names[-1])) if titled and names else None
        if code is None and len(names) >= 2:
            code = _first_last().get((names[0], _surname(names[-1])))
        if code is None and titled and names:
            code = _near_surname(_surname(names[-1]), names[0] if len(names) >= 2 else None)
        if code and role and not code.startswith(("IGO", "NGO")):
            code = code[:3] + role  # the office named now ("President ..."), as for a dictionary match above
        name = " ".join(o for o, w in zip(originals, words) if w not in _TITLES) or text.strip()
        return Actor(name, "person", code, country_by_code(code[:3]) if code else None)
    if role:
        return Actor(text.strip(), "group", role, None)
    if ent_label in ("ORG", "NORP"):
        return Actor(text.strip(), "group" if ent_label == "NORP" else "organisation", None, None)
    return None


def _person(words: list[str], people: dict[str, tuple[str, str]], originals: list[str]) -> tuple[str, str] | None:
    """A named person or group (PETRARCH2 dictionaries) inside the phrase, longest name first."""
    # The dictionary keeps some people with their title ("president bush"), where the bare surname is ambiguous.
    for size in range(min(len(words), 6), 1, -1):
        for start in range(0, len(words) - size + 1):
            if words[start] in _TITLES and (code := people.get(" ".join(words[start:start + size]))):
                return code
    names = [w for w in words if w not in _TITLES]
    for size in range(min(len(names), 6), 0, -1):
        for start in range(0, len(names) - size + 1):
            key = " ".join(names[start:start + size])
            code = people.get(key)
            if code and (size >= 2 or len(key) > 4) and not (
                    size == 1 and code[1] != "person" and _inside_longer_name(key, words, originals)):
                return code
    return None


def _inside_longer_name(word: str, words: list[str], originals: list[str]) -> bool:
    """A one-word group name that is only part of a longer capitalised name: "Falcon" in "the Falcon Heavy
    rocket" (a group of the dictionary) names a rocket, "Hamas" in "Hamas fighters" the group."""
    for i, w in enumerate(words):
        if w != word:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(words) and words[j] not in _TITLES and originals[j][:1].isupper():
                return True
    return False
