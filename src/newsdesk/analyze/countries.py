"""Countries and international organisations: canonical names, ISO 3166 and CAMEO codes, aliases.

The table (src/newsdesk/data/countries.json) is derived by tools/build_event_data.py from CLDR
and PETRARCH2's country dictionary. Lookups accept official and short names, demonyms and
capitals used as metonyms ("Beijing said" means China), ignoring case and a leading "the".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Country:
    """A state (kind "country") or an intergovernmental organisation (kind "organisation")."""

    name: str
    alpha2: str | None
    alpha3: str | None
    cameo: str
    kind: str = "country"

    @property
    def code(self) -> str:
        """The code newsdesk stores for the entity: ISO alpha-3 for states, CAMEO for organisations."""
        return self.alpha3 or self.cameo


def _normalise(text: str) -> str:
    text = _SPACES.sub(" ", text.strip().strip(",;:!?\"“”()[]"))
    text = _POSSESSIVE.sub("", text)
    return _THE.sub("", text).strip()


def _is_acronym(alias: str) -> bool:
    # "US", "UK", "WHO", "U.S." must match their case: "us" and "who" are ordinary words.
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 5


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("sh", "ese", "ss")) or demonym in ("French", "Dutch"):
        return None
    return demonym + "s"


class _Index:
    """Exact-key lookups, built once per process."""

    def __init__(self) -> None:
        raw = json.loads(resources.files("newsdesk.data").joinpath("countries.json").read_text(encoding="utf-8"))
        self.countries: list[Country] = []
        self.by_code: dict[str, Country] = {}
        self.strict: dict[str, Country] = {}  # names, demonyms, capitals
        self.loose: dict[str, Country] = {}  # plus PETRARCH2's other places and spellings
        self.metonyms: set[str] = set()  # keys that are capitals or seats, not the country's name
        for row in raw["countries"]:
            country = Country(row["name"], row["alpha2"], row["alpha3"], row["cameo"])
            self.countries.append(country)
            self._codes(country, row["alpha2"], row["alpha3"], row["cameo"])
            demonyms = row["demonyms"] + [p for p in map(_plural, row["demonyms"]) if p]
            for alias in row["aliases"] + demonyms:
                self._add(self.strict, alias, country)
            for alias in row["capitals"]:
                self._add(self.strict, alias, country)
                self.metonyms.add(self._key(alias))
            for alias in row["places"]:
                self._add(self.loose, alias, country)
        for row in raw["organisations"]:
            org = Country(row["name"], "EU" if row["cameo"] == "IGOEUREEC" else None, None, row["cameo"], "organisation")
            self.countries.append(org)
            self.by_code.setdefault(row["cameo"], org)
            for alias in [row["name"], *row["aliases"]]:
                self._add(self.strict, alias, org)
        for key, value in self.strict.items():
            self.loose[key] = value

    def _codes(self, country: Country, *codes: str | None) -> None:
        for code in codes:
            if code:
                self.by_code.setdefault(code.upper(), country)

    @staticmethod
    def _key(alias: str) -> str:
        alias = _normalise(alias)
        return alias if _is_acronym(alias) else alias.lower()

    def _add(self, table: dict[str, Country], alias: str, country: Country) -> None:
        # The first claim wins: "Dominican" stays Dominica's, "Congolese" the Republic of the Congo's.
        key = self._key(alias)
        if key:
            table.setdefault(key, country)

    def find(self, text: str, loose: bool) -> Country | None:
        norm = _normalise(text)
        if not norm:
            return None
        table = self.loose if loose else self.strict
        hit = table.get(norm)
        if hit is None and not _is_acronym(norm):
            hit = table.get(norm.lower())
        return hit


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


def lookup_country(text: str, loose: bool = False) -> Country | None:
    """The state or organisation a mention names ("the Czech Republic", "Czech", "Prague", "EU").

    loose=True also accepts PETRARCH2's other cities, regions and spellings ("Shanghai" -> China),
    which suits coding event actors but not naming a place.
    """
    return _index().find(text, loose)


def country_by_code(code: str) -> Country | None:
    """The country for an ISO alpha-2/alpha-3 or CAMEO code ("CZ", "CZE", "IGOEUREEC")."""
    return _index().by_code.get(code.upper()) if code else None


def is_metonym(text: str) -> bool:
    """Whether a mention is a capital or seat of government standing for its state ("Beijing")."""
    return _Index._key(text) in _index().metonyms


def all_countries() -> list[Country]:
    return list(_index().countries)


def __getattr__(name: str):
    # COUNTRIES is built on first use, so importing this module stays instant.
    if name == "COUNTRIES":
        return all_countries()
    raise AttributeError(name)
