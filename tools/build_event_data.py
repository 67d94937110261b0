"""Derive newsdesk's compact country and actor tables from CLDR (babel) and PETRARCH2's dictionaries.

Run from the repository root: ``.venv/bin/python -m tools.build_event_data``. It reads
../shared/eval/events/cameo-petrarch2 (MIT, Open Event Data Alliance) and writes small JSON files
into src/newsdesk/data/; the raw dictionaries are never copied.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tools.country_extras import ORGANISATIONS, TABLE

ROOT = Path(__file__).resolve().parent.parent
PETR = ROOT.parent / "shared" / "eval" / "events" / "cameo-petrarch2"
OUT = ROOT / "src" / "newsdesk" / "data"

# Retired ISO 3166 alpha-3 codes CLDR still lists as aliases; never pick them.
RETIRED_ALPHA3 = {"ROM", "ZAR", "TMP", "YUG", "FXX", "SCG", "ANT", "BUR", "DDR", "YMD", "NTZ", "SUN", "CSK", "VDR", "DHY", "HVO", "NHB", "RHO", "AFI", "ATB", "ATN", "BYS", "CTE", "DYM", "GEL", "JTN", "MID", "PCI", "PUS", "SKM", "WAK", "YEM"}
NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO", "CP", "DG", "AC", "TA"}
# Official short names news writers use, where CLDR's English name differs.
NAME_OVERRIDES = {"CZ": "Czech Republic", "US": "United States", "GB": "United Kingdom", "MM": "Myanmar",
                  "CI": "Côte d'Ivoire", "MK": "North Macedonia", "PS": "Palestinian Territories",
                  "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "TR": "Turkey",
                  "VA": "Vatican City"}


def parse_phoenix_countries() -> dict[str, dict]:
    """Country-level blocks of Phoenix.Countries.actors.txt: code -> {name, aliases}."""
    blocks: dict[str, dict] = {}
    current = None
    for raw in (PETR / "Phoenix.Countries.actors.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[0] not in "+\t [" and not raw.startswith("#"):
            m = re.match(r"^([^\[]+?)\s*\[([A-Z]{3})\]\s*$", line)
            name = line.split("[", 1)[0].strip()
            current = {"name": name, "aliases": [], "code": m.group(2) if m else None, "is_country": bool(m)}
            if m:
                blocks.setdefault(m.group(2), current)
            continue
        if current is None:
            continue
        if line.startswith("+"):
            current["aliases"].append(line[1:].strip())
        elif current["code"] is None:
            m = re.match(r"^\s*\[([A-Z]{3})(?:\s+>\d+)?\]\s*$", line)
            if m:
                # Some blocks (Ukraine's) put the bare code on its own line after the aliases.
                current["code"] = m.group(1)
                blocks.setdefault(m.group(1), current)
    return blocks


def phoenix_phrase(token: str) -> str:
    return token.strip().strip("_").replace("_", " ").strip()


def build_countries() -> list[dict]:
    from babel import Locale
    from babel.core import get_global

    names = Locale("en").territories
    alpha3: dict[str, str] = {}
    for a3, targets in get_global("territory_aliases").items():
        if len(a3) == 3 and a3.isalpha() and a3 not in RETIRED_ALPHA3 and len(targets) == 1 and len(targets[0]) == 2:
            alpha3.setdefault(targets[0], a3)
    alpha3["XK"] = "XKX"
    phoenix = parse_phoenix_countries()
    extras = {}
    for line in TABLE.strip().splitlines():
        code, demonyms, capitals, other = (line.split("|") + ["", "", ""])[:4]
        split = lambda s: [x.strip() for x in s.split(",") if x.strip()]
        extras[code] = (split(demonyms), split(capitals), split(other))
    countries = []
    for a2, a3 in sorted(alpha3.items()):
        if a2 not in names or a2 in NOT_COUNTRIES:
            continue
        name = NAME_OVERRIDES.get(a2, names[a2])
        cameo = a3 if a3 in phoenix else {"XK": "KSV", "RO": "ROM" if "ROM" in phoenix else "ROU"}.get(a2, a3)
        demonyms, capitals, other = extras.get(a2, ([], [], []))
        aliases = [name, names[a2], *other]
        places = []
        block = phoenix.get(cameo)
        if block:
            for alias in block["aliases"]:
                phrase = phoenix_phrase(alias)
                if phrase and "(" not in phrase and phrase.upper() not in {a.upper() for a in aliases + demonyms + capitals}:
                    places.append(phrase.title() if not phrase.isupper() or len(phrase) > 4 else phrase)
        countries.append({"name": name, "alpha2": a2, "alpha3": a3, "cameo": cameo, "aliases": sorted(set(aliases)),
                          "demonyms": demonyms, "capitals": capitals, "places": places,
                          "sovereign": a2 in extras})
    return countries


def build_organisations() -> list[dict]:
    orgs = []
    for line in ORGANISATIONS.strip().splitlines():
        name, cameo, aliases = line.split("|")
        orgs.append({"name": name, "cameo": cameo, "aliases": [a.strip() for a in aliases.split(",") if a.strip()]})
    return orgs


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    data = {"source": "CLDR via babel; PETRARCH2 Phoenix.Countries.actors.txt (MIT, Open Event Data Alliance)",
            "countries": build_countries(), "organisations": build_organisations()}
    path = OUT / "countries.json"
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{path}: {len(data['countries'])} countries, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
