"""Canonical URLs: one spelling per article, so two URLs for one page store one article."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that track the reader, not select the content.
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "rb_clickid",
    "s_cid", "vero_conv", "vero_id", "wickedid", "ref", "ref_src", "ref_url", "cmpid", "icid",
    "ito", "xtor", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "smid", "sr_share",
    "share", "partner", "amp", "outputtype", "guccounter", "guce_referrer", "guce_referrer_sig",
    "__twitter_impression", "cid", "ncid", "soc_src", "soc_trk", "feature", "src",
}
TRACKING_PREFIXES = ("utm_", "pk_", "piwik_", "mtm_", "hsa_", "at_", "itm_")

_AMP_PATH = re.compile(r"(/amp/?$|/amp(?=/)|\.amp(?=\.html?$|$)|/amp\.html$)", re.I)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, page_canonical: str | None = None) -> str:
    """The one spelling of ``url`` we store.

    Lower-cases scheme and host, drops default ports, fragments, tracking parameters and
    trailing ``?``; sorts the remaining query. When the page names its canonical URL
    (``<link rel=canonical>``, ``og:url``), that wins: it is how AMP and mobile variants fold
    into the article they copy. Without it, AMP and ``m.`` variants are left alone, because
    only the page can say they are the same article. A URL that cannot be parsed (``http://[::1``)
    is kept as given: this never raises.
    """
    if page_canonical:
        try:
            return _canonical(url, page_canonical)
        except ValueError:  # a broken canonical link on the page: go by the URL alone
            pass
    try:
        return _canonical(url, None)
    except ValueError:
        return url.strip()


def _canonical(url: str, page_canonical: str | None) -> str:
    if page_canonical:
        page_canonical = page_canonical.strip()
        if page_canonical.startswith("//"):
            page_canonical = urlsplit(url).scheme + ":" + page_canonical
        if urlsplit(page_canonical).scheme in ("http", "https") and urlsplit(page_canonical).netloc:
            url = page_canonical
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if _safe_port(parts) else None
    netloc = f"[{host}]" if ":" in host else host  # an IPv6 address keeps its brackets
    if port and str(port) != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    path = parts.path or "/"
    path = re.sub(r"/{2,}", "/", path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not is_tracking_param(k)]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def _safe_port(parts) -> bool:
    try:
        return parts.port is not None
    except ValueError:
        return False


def domain_of(url: str | None) -> str | None:
    """The outlet's domain: host without ``www.``, ``m.``, ``amp.`` prefixes."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for prefix in ("www.", "m.", "mobile.", "amp."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    return host or None


def looks_like_amp(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return host.startswith("amp.") or bool(_AMP_PATH.search(parts.path)) or any(
        k.lower() in ("amp", "outputtype") for k, _ in parse_qsl(parts.query)
    )
