"""Keep a huge page from costing unbounded time and memory.

Pages are big for two reasons: inline scripts, styles and SVG (never text), or a very long
document. The first are dropped by a linear scan; what is still over the limit is cut at a tag
boundary, so the article (which comes first in the markup) is still found. The caller learns
that it was cut.
"""

from __future__ import annotations

import re

# Markup left after dropping scripts and styles that we parse. A long news article is under
# 1 MB of HTML (the largest of 1,124 evaluation pages is 0.53 MB without scripts and styles);
# 2 MiB leaves room for heavy templates and bounds the time a pathological page costs.
PARSE_LIMIT = 2 * 1024 * 1024

_BLOCK_START = re.compile(rb"<(script|style|noscript|svg|template)\b|<!--", re.I)
_BLOCK_END = {name: re.compile(rb"</" + name + rb"\s*>", re.I)
              for name in (b"script", b"style", b"noscript", b"svg", b"template")}
_COMMENT_END = re.compile(rb"-->")


def drop_invisible_blocks(data: bytes) -> bytes:
    """Remove script, style, noscript, svg and template elements and comments, in one pass
    (a regex with ``.*?`` would go quadratic on many unclosed tags). An unclosed block runs
    to the end of the page, as a browser reads it."""
    out, pos = [], 0
    while True:
        m = _BLOCK_START.search(data, pos)
        if not m:
            out.append(data[pos:])
            break
        out.append(data[pos:m.start()])
        name = m.group(1)
        end = (_BLOCK_END[name.lower()] if name else _COMMENT_END).search(data, m.end())
        if not end:
            break
        pos = end.end()
    return b"".join(out)


def bound_page(data: bytes, limit: int = PARSE_LIMIT) -> tuple[bytes, bool]:
    """The part of the page to parse, and whether it had to be cut."""
    if len(data) <= limit:
        return data, False
    data = drop_invisible_blocks(data)
    if len(data) <= limit:
        return data, False
    cut = data.rfind(b"<", 0, limit)
    return data[:cut if cut > 0 else limit], True
