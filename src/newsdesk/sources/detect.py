"""What kind of input is this? Decided from the content, not the file name."""

from __future__ import annotations

import re
import zlib

from ..errors import EmptyInputError, TooLargeError, UnsupportedInputError

FEED, JSONFEED, OPML, PAGE, PAGEDUMP, RECORDS = "feed", "jsonfeed", "opml", "page", "pagedump", "records"


def gunzip_capped(data: bytes, limit: int) -> tuple[bytes, str | None]:
    """Decompress gzip, stopping at ``limit`` bytes (decompression bombs) and keeping what a
    truncated file still yields. Returns (data, warning)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as e:
        raise UnsupportedInputError(f"corrupt gzip data ({e})") from None
    if len(out) > limit:
        raise TooLargeError(f"decompressed content is over the {limit:,}-byte limit")
    if not d.eof:
        if not out:
            raise UnsupportedInputError("truncated gzip data: nothing could be decompressed")
        return out, "truncated gzip data: using the part that decompressed"
    return out, None


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def decode_text(data: bytes) -> str:
    """Bytes to text: BOM, then UTF-8, then the charset the document declares, then cp1252."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = re.search(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def detect_kind(data: bytes, name: str = "") -> str:
    """One of FEED, JSONFEED, OPML, PAGE, PAGEDUMP, RECORDS; raises for empty or binary input."""
    if not data.strip():
        raise EmptyInputError(f"{name or 'input'} is empty")
    if looks_binary(data):
        raise UnsupportedInputError(f"{name or 'input'} is binary, not a feed, page or text")
    head = decode_text(data[:65536]).lstrip("\ufeff \t\r\n")
    low = head[:4096].lower()
    if head.startswith("{") or head.startswith("["):
        if "jsonfeed.org/version" in low:
            return JSONFEED
        from .records import looks_like_records

        if looks_like_records(head if "\n" in head else decode_text(data)):
            return RECORDS
        raise UnsupportedInputError(f"{name or 'input'} is JSON, but neither a JSON Feed nor article records")
    if re.search(r"<opml[\s>]", low):
        return OPML
    if re.search(r"<(rss|rdf:rdf|feed|channel)[\s>]", low) and not re.search(r"<html[\s>]", low[:1024]):
        return FEED
    if low.startswith("<?xml") and re.search(r"<(rss|rdf|feed)\b", low):
        return FEED
    if re.search(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", low):
        return PAGE
    from .pagedump import looks_like_pagedump

    text = decode_text(data)
    if looks_like_pagedump(text):
        return PAGEDUMP
    raise UnsupportedInputError(
        f"{name or 'input'}: not a feed, OPML, web page, page dump or JSON Lines of articles"
    )
