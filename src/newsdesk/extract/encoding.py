"""HTML bytes to text, trusting what the bytes prove over what the page claims.

Order: a byte-order mark; then valid UTF-8 (pages often declare latin-1 and send UTF-8, and
non-ASCII text that decodes as UTF-8 is almost never anything else); then the charset the page
declares in ``<meta charset>`` or ``<meta http-equiv=Content-Type>``, with the WHATWG rule
that latin-1 and ASCII labels mean windows-1252; then windows-1252, which decodes every byte.
"""

from __future__ import annotations

import codecs
import re

# How far into the page a charset declaration is looked for: the HTML standard says 1024
# bytes, real pages put long scripts first, so look further.
DECLARATION_WINDOW = 16384

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)

# WHATWG Encoding Standard: browsers decode these labels as windows-1252.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
              "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "x-user-defined"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def declared_charset(data: bytes) -> str | None:
    """The Python codec name for the charset the page declares, or None."""
    head = data[:DECLARATION_WINDOW]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Decode an HTML page; never raises, undecodable bytes become U+FFFD."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = declared_charset(data)
    if declared in ("utf-16-le", "utf-16-be", "utf-16"):
        declared = None  # an ASCII-readable declaration cannot be UTF-16 without a BOM
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared != "utf-8":
        return data.decode(declared, errors="replace")
    if declared == "utf-8":
        # Declared UTF-8 with a few bad bytes: keep it UTF-8 unless most of it is not.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") * 50 < len(text):
            return text
    return data.decode("cp1252", errors="replace")
