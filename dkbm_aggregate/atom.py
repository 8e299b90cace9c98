"""Atom 1.0 feed (RFC 4287) of stored events, newest change first, German text.

For feed readers rather than calendars: an entry per event, updated whenever the event's
stored facts change (last_changed), so a reader shows new and changed announcements.
Entry ids are urn:uuid values derived from the row id, stable across date changes.
"""
from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from . import sanitize
from .ical import (
    as_dict,
    detail_lines,
    german_when,
    is_postponed_without_date,
    json_list,
    location,
    parse_utc,
    shorten,
    status_notes,
    text,
)

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://dkbm-aggregate/events")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
SUBTITLE = (
    "Neue und geänderte Veranstaltungen des datenbasierten kommunalen Bildungsmanagements (DKBM)"
)


def _rfc3339(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _el(parent: ET.Element, tag: str, value: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: v for k, v in attrs.items() if v})
    if value is not None:
        element.text = value
    return element


def entry_id(row: Mapping) -> str:
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, str(row.get('id') or row.get('url') or row.get('title')))}"


def _changed(row: Mapping) -> datetime | None:
    return parse_utc(row.get("last_changed")) or parse_utc(row.get("last_seen")) or parse_utc(row.get("first_seen"))


def entry_title(row: Mapping) -> str:
    title = text(row.get("title")) or "Veranstaltung ohne Titel"
    if row.get("status") == "cancelled":
        title = f"ABGESAGT: {title}"
    elif is_postponed_without_date(row):
        title = f"VERSCHOBEN: {title}"
    when = german_when(row)
    return f"{title} ({when})" if when else title


def entry_summary(row: Mapping) -> str:
    lines = []
    when = german_when(row)
    lines.append(f"Termin: {when}" if when else "Termin: noch offen")
    place = location(row)
    if place:
        lines.append(f"Ort: {place}")
    lines += status_notes(row)
    described = shorten(text(row.get("description")), 600)
    if described:
        lines += ["", described]
    lines += [""] + detail_lines(row)
    return "\n".join(lines).strip()


def build_atom(
    rows: Iterable[Mapping],
    *,
    title: str,
    feed_url: str,
    now: datetime | None = None,
    home_url: str | None = None,
    limit: int | None = None,
) -> bytes:
    """Atom 1.0 XML (UTF-8 bytes). Skips rows with duplicate_of; newest last_changed first."""
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)

    title = sanitize.text(title) or "DKBM-Veranstaltungen"
    feed_url = sanitize.url(feed_url) or sanitize.text(feed_url) or "urn:dkbm-aggregate:feed"
    home_url = sanitize.url(home_url)
    seen: set[str] = set()
    items: list[tuple[datetime, dict]] = []
    for raw in rows:
        row = sanitize.clean_row(as_dict(raw))
        if text(row.get("duplicate_of")):
            continue
        key = entry_id(row)
        if key in seen:
            continue
        seen.add(key)
        items.append((_changed(row) or EPOCH, row))
    items.sort(key=lambda item: (item[0], str(item[1].get("id") or "")), reverse=True)
    if limit is not None:
        items = items[:limit]

    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {XML_LANG: "de"})
    _el(feed, "id", feed_url)
    _el(feed, "title", title)
    _el(feed, "subtitle", SUBTITLE)
    newest = max((changed for changed, _ in items if changed != EPOCH), default=None)
    _el(feed, "updated", _rfc3339(newest or now))
    _el(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    if home_url:
        _el(feed, "link", rel="alternate", type="text/html", href=home_url)
    author = _el(feed, "author")
    _el(author, "name", "dkbm-aggregate")
    _el(feed, "generator", "dkbm-aggregate")

    for changed, row in items:
        entry = _el(feed, "entry")
        _el(entry, "id", entry_id(row))
        _el(entry, "title", entry_title(row), type="text")
        _el(entry, "updated", _rfc3339(changed if changed != EPOCH else now))
        published = parse_utc(row.get("first_seen"))
        if published:
            _el(entry, "published", _rfc3339(published))
        if text(row.get("url")):
            _el(entry, "link", rel="alternate", type="text/html", href=text(row.get("url")))
        name = text(row.get("organizer")) or text(row.get("source_title"))
        if name:
            _el(_el(entry, "author"), "name", name)
        categories = []
        for value in [row.get("event_type"), *json_list(row.get("topics"))]:
            value = text(value)
            if value and value not in categories:
                categories.append(value)
        for value in categories:
            _el(entry, "category", term=value, label=value)
        _el(entry, "summary", entry_summary(row), type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
