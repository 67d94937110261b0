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
RETIRED_ALPHA3 = {"ROM", "ZAR", "TMP", "YUG", "FXX", "SCG", "ANT", "BUR", "DDR", "YMD", "NTZ", "SUN", "CSK", "VDR", "DHY", "HVO", "NHB", "RHO", "AFI", "ATB", "ATN", "BYS", "CTE", "DYM", "GEL", "JTN", "MID", "PCI", "PUS", "SKM", "WAK"}
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


# ---- verbs, agents and people for event coding -------------------------------------------------

_CODE = re.compile(r"\[([0-9]{2,4}|---)(?::[0-9]{2,4})?\]")


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line[1:].strip("_ ")
            sets[current] = []
        elif line.startswith("+") and current:
            sets[current].append(line[1:].strip().strip("_").lower().replace("_", " "))
        elif not line:
            current = None
    return sets


def _pattern_words(text: str) -> str:
    """Pattern text after (or before) the verb -> space-separated lower-case words; "&SET" names a synset."""
    words = []
    for token in re.sub(r"[(){}$+%^]", " ", text).split():
        if token.startswith("&"):
            words.append("&" + token[1:].strip("_"))
        elif token not in ("*", "-", "~", "=", "|") and re.match(r"^[A-Z][A-Z'.-]*_?$", token):
            words.append(token.strip("_").lower())
    return " ".join(words)


def build_verbs() -> dict:
    """lemma -> [default CAMEO code or null, [[words after the verb, code(, words before)], ...]] plus synsets."""
    lines = (PETR / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    synsets = _synsets(lines[:start])
    verbs: dict[str, list] = {}
    block_code = None
    block_verbs: list[str] = []
    block_phrasal: list[str] = []
    for raw in lines[start:]:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([-0-9:]+)\]", line)
        if m:
            code = m.group(2).split(":")[0]
            block_code = code if code.isdigit() else None
            block_verbs, block_phrasal = [], []
            continue
        if line.startswith("- "):
            cm = _CODE.search(line)
            body = line[2:cm.start()] if cm else ""
            if not cm or not block_verbs or "*" not in body:
                continue
            before, after = body.split("*", 1)
            after, before = _pattern_words(after), _pattern_words(before)
            if not after and not before:
                continue
            # Words before the "*" name the doer ("- &MILITARY * [0874]": troops withdrawing retreat);
            # "---" marks a phrase that is no event ("averted an attack", "withdrew from the race").
            pattern = [after, cm.group(1)] + ([before] if before else [])
            # The trailing comment names the verb the pattern was written for ("- * PART [030] # TAKE");
            # attach it to that verb only, so CAPTURE does not inherit "take part".
            note = raw.split("#", 1)[1].strip().split() if "#" in raw else []
            owner = note[0].lower().replace("_", " ") if note else ""
            for verb in ([owner] if owner in block_verbs else block_verbs + block_phrasal):
                verbs[verb][1].append(pattern)
            continue
        if line[0] in "&~" or line.startswith("-"):
            continue
        # "+PULL_OUT", "+CRACK_DOWN": multi-word verbs, coded like the block's other verbs.
        word = line.lstrip("+").split("{", 1)[0].split("[", 1)[0].strip().strip("_")
        if not re.match(r"^[A-Z][A-Z_'-]*$", word):
            continue
        own = _CODE.search(line)
        own = own if own and own.group(1) != "---" else None
        lemma = word.lower().replace("_", " ")
        if line.startswith("+") and (len(lemma.split()) != 2 or lemma.split()[0] in ("is", "seem")
                                     or lemma.split()[1] in ("and", "or")):
            continue  # "+KILLED_AND", "+IS_DETERMINED": PETRARCH phrase tricks, not verb + particle
        # Multi-word verbs take the block's patterns but never own one (the old attachment, unchanged).
        (block_phrasal if line.startswith("+") else block_verbs).append(lemma)
        entry = verbs.setdefault(lemma, [None, []])
        if entry[0] is None:
            entry[0] = own.group(1) if own else block_code
    verbs = {v: e for v, e in verbs.items() if e[0] or e[1]}
    used = {w[1:] for e in verbs.values() for pattern in e[1] for w in " ".join([pattern[0]] + pattern[2:]).split()
            if w.startswith("&")}
    return {"verbs": verbs, "synsets": {k: sorted(set(v)) for k, v in synsets.items() if k in used}}


def build_agents() -> dict[str, str]:
    agents: dict[str, str] = {}
    macros: dict[str, list[str]] = {}
    for raw in (PETR / "Phoenix.agents.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([A-Z!_'.-]+)\s*\[~([A-Z]{3})", line)
        if not m:
            continue
        phrase, code = m.group(1), m.group(2)
        forms = [phrase]
        for name, words in macros.items():
            if f"!{name}!" in phrase:
                forms = [f.replace(f"!{name}!", w) for f in forms for w in words]
        for form in forms:
            agents.setdefault(form.strip("_").lower().replace("_", " "), code)
    return agents


# Discards about time ("YEARS AGO", "MONTHS LATER", a bare year 1914-2013): PETRARCH2 drops sentences that look
# back; newsdesk dates each event instead (event_dates.py), so a past act is kept with its own date.
TEMPORAL_DISCARD = re.compile(r"^(?:\d{4}|.*\b(?:AGO|LATER|EARLIER)\b.*)$")


def build_discards() -> dict[str, list[str]]:
    """Phoenix.discards.txt: phrases whose sentence (or, with "+", whole story) PETRARCH2 codes no event
    from: sport, entertainment, disease, weather. Upper-case words, as PETRARCH2 matches them."""
    out: dict[str, set[str]] = {"story": set(), "sentence": set()}
    for raw in (PETR / "Phoenix.discards.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        phrase = " ".join(re.findall(r"[A-Z0-9']+", line.lstrip("+").strip().rstrip("_").upper()))
        if phrase and not TEMPORAL_DISCARD.match(phrase):
            out["story" if line.startswith("+") else "sentence"].add(phrase)
    return {k: sorted(v) for k, v in out.items()}


def build_people() -> dict[str, str]:
    """Named people in PETRARCH2's country dictionary -> their current (open-ended or last) actor code."""
    people: dict[str, str] = {}
    name = None
    codes: list[str] = []
    aliases: list[str] = []

    def flush() -> None:
        if name and codes:
            open_ended = [c for c in codes if ">" in c or " " not in c]
            best = (open_ended[0] if open_ended else codes[-1]).split()[0]
            if len(best) >= 6:
                for alias in [name, *aliases]:
                    key = phoenix_phrase(alias).lower()
                    if len(key.split()) >= 2:
                        people.setdefault(key, best)

    for raw in (PETR / "Phoenix.Countries.actors.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0] not in "+\t [#":
            flush()
            name, codes, aliases = line.split("[", 1)[0].strip(), [], []
            codes += re.findall(r"\[([A-Z]{3}[A-Z]{3}[^\]]*)\]", line)
        elif line.startswith("+"):
            aliases.append(line[1:].strip())
        else:
            codes += [c.strip() for c in re.findall(r"\[([A-Z]{6,}[^\]]*)\]", line)]
    flush()
    return people


def build_plover() -> dict[str, str]:
    """CAMEO code -> PLOVER event type, from CAMEO2PLOVER-2021.txt (PLOVER Draft 0.8)."""
    table: dict[str, str] = {}
    path = PETR.parent / "CAMEO2PLOVER-2021.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    # PLOVER folds CAMEO 02 (appeal) into REQUEST with CAMEO 10; 01 (public statement) has no PLOVER type.
    table.setdefault("02", "REQUEST")
    return table


def build_groups() -> dict[str, str]:
    """Named armed groups, IGOs and NGOs in PETRARCH2's dictionaries -> their (first current) actor code."""
    groups: dict[str, str] = {}
    for source in ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt"):
        names: list[str] = []
        code = None

        def flush() -> None:
            if code:
                for alias in names:
                    key = phoenix_phrase(alias).lower()
                    if key and "(" not in key:
                        groups.setdefault(key, code)

        for raw in (PETR / source).read_text(encoding="latin-1").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            found = re.findall(r"\[([A-Z]{3,})(?:\s+[<>]?[0-9-]+)?\]", line)
            if raw[0] not in "+\t [":
                flush()
                names, code = [line.split("[", 1)[0].strip()], (found[0] if found else None)
            elif line.startswith("+"):
                names.append(line[1:].split("[", 1)[0].strip())
            elif found and code is None:
                code = found[0]
        flush()
    return groups


def main_events() -> None:
    for name, data in (("groups.json", build_groups()), ("cameo_plover.json", build_plover()), ("verbs.json", build_verbs()), ("agents.json", build_agents()), ("people.json", build_people()), ("discards.json", build_discards())):
        path = OUT / name
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        print(f"{path}: {len(data)} entries, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main_events()
