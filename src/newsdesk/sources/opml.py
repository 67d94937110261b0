"""OPML subscription lists in and out. Folders (outlines holding outlines) become categories,
nested folders joined with " / ". Parsing goes through defusedxml: entity expansion and
external entities are refused with a ParseError.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import format_datetime

from ..errors import EmptyInputError, ParseError
from ..ingest.urls import canonical_url
from .feeds import web_link

CATEGORY_SEPARATOR = " / "


def parse_opml(data: bytes) -> list[dict]:
    """The feeds of an OPML document: dicts with url, title, site_url, category."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException
    from xml.etree.ElementTree import ParseError as XMLParseError

    if not data.strip():
        raise EmptyInputError("the OPML file is empty")
    try:
        root = ET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise ParseError(f"OPML refused: it declares XML entities or external references ({e})") from None
    except XMLParseError as e:
        raise ParseError(f"the OPML file is not well-formed XML ({e})") from None
    except (LookupError, ValueError) as e:  # an unknown declared encoding, say
        raise ParseError(f"the OPML file cannot be read ({e})") from None
    if _local(root.tag) != "opml":
        raise ParseError(f"not an OPML document (root element <{_local(root.tag)}>)")
    body = next((child for child in root if _local(child.tag) == "body"), None)
    if body is None:
        raise ParseError("the OPML document has no <body>")
    feeds: list[dict] = []
    seen: set[str] = set()
    _walk(body, [], feeds, seen)
    return feeds


def _local(tag) -> str:
    return str(tag).rsplit("}", 1)[-1].lower()


def _attr(element, name: str) -> str | None:
    """An attribute by name, whatever its case (xmlUrl, xmlurl, XMLURL are all seen)."""
    for key, value in element.attrib.items():
        if key.lower() == name.lower():
            value = " ".join(value.split())
            return value or None
    return None


def _walk(parent, folders: list[str], feeds: list[dict], seen: set[str]) -> None:
    for outline in parent:
        if _local(outline.tag) != "outline":
            continue
        name = _attr(outline, "title") or _attr(outline, "text")
        xml_url = web_link(_attr(outline, "xmlUrl") or _attr(outline, "url"))
        if xml_url:
            url = canonical_url(xml_url)
            if url not in seen:
                seen.add(url)
                category = CATEGORY_SEPARATOR.join(folders) or _category_attr(outline)
                title = None if name in (xml_url, url) else name  # export's stand-in text
                feeds.append({"url": url, "title": title,
                              "site_url": web_link(_attr(outline, "htmlUrl")),
                              "category": category or None})
        if len(outline):
            _walk(outline, folders + [name] if name and not xml_url else folders, feeds, seen)


def _category_attr(outline) -> str | None:
    """OPML 2.0's category attribute: comma-separated slash paths ("/News/World")."""
    value = _attr(outline, "category")
    if not value:
        return None
    first = value.split(",")[0].strip().strip("/")
    return CATEGORY_SEPARATOR.join(p.strip() for p in first.split("/") if p.strip()) or None


def export_opml(feeds, title: str = "newsdesk subscriptions") -> str:
    """Subscriptions as OPML 2.0; categories become (nested) folders."""
    from xml.etree.ElementTree import Element, SubElement, indent, tostring

    opml = Element("opml", version="2.0")
    head = SubElement(opml, "head")
    SubElement(head, "title").text = title
    SubElement(head, "dateCreated").text = format_datetime(datetime.now(timezone.utc), usegmt=True)
    body = SubElement(opml, "body")
    folders: dict[tuple[str, ...], Element] = {(): body}
    for feed in feeds:
        path = tuple(p for p in (feed.category or "").split(CATEGORY_SEPARATOR) if p.strip())
        parent = _folder(folders, path)
        attrs = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attrs["title"] = feed.title
        if feed.site_url:
            attrs["htmlUrl"] = feed.site_url
        SubElement(parent, "outline", attrs)
    indent(opml)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(opml, encoding="unicode") + "\n"


def _folder(folders: dict, path: tuple[str, ...]):
    from xml.etree.ElementTree import SubElement

    if path not in folders:
        parent = _folder(folders, path[:-1])
        folders[path] = SubElement(parent, "outline", {"text": path[-1], "title": path[-1]})
    return folders[path]
