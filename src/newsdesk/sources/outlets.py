"""Well-known outlets: the names aggregators print, mapped to the outlet's own name and domain."""

from __future__ import annotations

import re

# key: the name squeezed to lower-case letters and digits
KNOWN_OUTLETS: dict[str, tuple[str, str]] = {
    "lemonde": ("Le Monde", "lemonde.fr"),
    "france24": ("France 24", "france24.com"),
    "euronews": ("Euronews", "euronews.com"),
    "reuters": ("Reuters", "reuters.com"),
    "apnews": ("AP News", "apnews.com"),
    "associatedpress": ("AP News", "apnews.com"),
    "bbc": ("BBC", "bbc.com"),
    "bbcnews": ("BBC", "bbc.com"),
    "cnn": ("CNN", "cnn.com"),
    "theguardian": ("The Guardian", "theguardian.com"),
    "guardian": ("The Guardian", "theguardian.com"),
    "nytimes": ("The New York Times", "nytimes.com"),
    "thenewyorktimes": ("The New York Times", "nytimes.com"),
    "washingtonpost": ("The Washington Post", "washingtonpost.com"),
    "thewashingtonpost": ("The Washington Post", "washingtonpost.com"),
    "aljazeera": ("Al Jazeera", "aljazeera.com"),
    "dw": ("DW", "dw.com"),
    "deutschewelle": ("DW", "dw.com"),
    "politico": ("Politico", "politico.com"),
    "politicoeurope": ("Politico Europe", "politico.eu"),
    "foxnews": ("Fox News", "foxnews.com"),
    "npr": ("NPR", "npr.org"),
    "bloomberg": ("Bloomberg", "bloomberg.com"),
    "ft": ("Financial Times", "ft.com"),
    "financialtimes": ("Financial Times", "ft.com"),
    "afp": ("AFP", "afp.com"),
    "cbsnews": ("CBS News", "cbsnews.com"),
    "nbcnews": ("NBC News", "nbcnews.com"),
    "abcnews": ("ABC News", "abcnews.go.com"),
    "usatoday": ("USA Today", "usatoday.com"),
    "thehill": ("The Hill", "thehill.com"),
    "independent": ("The Independent", "independent.co.uk"),
    "theindependent": ("The Independent", "independent.co.uk"),
    "telegraph": ("The Telegraph", "telegraph.co.uk"),
    "thetelegraph": ("The Telegraph", "telegraph.co.uk"),
    "skynews": ("Sky News", "news.sky.com"),
    "rferl": ("RFE/RL", "rferl.org"),
    "radiofreeeurope": ("RFE/RL", "rferl.org"),
}


def resolve_outlet(name: str) -> tuple[str, str | None]:
    """(display name, domain or None) for a name as an aggregator prints it."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    return name.strip(), None


def outlet_for_domain(domain: str) -> str:
    """The outlet's name for a domain: a known outlet's name, else the domain itself."""
    domain = domain.lower()
    for name, known in KNOWN_OUTLETS.values():
        if domain == known or domain.endswith("." + known):
            return name
    return domain
