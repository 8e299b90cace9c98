"""Feeds as sources: iCalendar exports and RSS/Atom entries become Events (pure: no Scrapy).

An .ics event carries its facts in fields (SUMMARY, DTSTART, LOCATION, STATUS); an RSS/Atom
entry is a short announcement whose text goes through parsers.extract_events like a page.
Every field read from a feed is noted with provenance "feed"; the page the entry links to may
later add what the feed lacks (crawler/spiders/generic.py merges them).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

from parsers import Event, extract_events

FROM_FEED = "feed"  # provenance kind of fields read from an iCalendar or RSS/Atom feed
BERLIN = ZoneInfo("Europe/Berlin")
# How far around the crawl date a recurring series is expanded, and at most how many occurrences.
SERIES_PAST = timedelta(days=365)
SERIES_FUTURE = timedelta(days=2 * 366)
SERIES_MAX = 60

COUNTRY_RE = re.compile(r"Deutschland|Germany|DE|DEU", re.I)
POSTAL_TOWN_RE = re.compile(r"\b(\d{5})\s+([A-ZÄÖÜ][\wäöüß.\- ]*?(?:\s(?:an|am|im|in|ob|bei)\s[\wäöüß.\- ]+)?)"
                            r"\s*(?:,|$|\()")
STREET_RE = re.compile(r"^[A-ZÄÖÜ][\wäöüß.\- ]*(?:straße|str\.|weg|platz|allee|ring|gasse|damm|ufer|markt)\s*\d",
                       re.I)
TAG_RE = re.compile(r"<[^>]+>")
STATUS_MAP = {"CANCELLED": "cancelled", "TENTATIVE": "tentative"}


def kind_of(body: bytes, content_type: str | None = None) -> str | None:
    """"ical", "rss" or None: what a response holds, judged by its first bytes and its type."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    content_type = (content_type or "").lower()
    if head.startswith(b"begin:vcalendar") or "text/calendar" in content_type:
        return "ical"
    if "rss" in content_type or "atom" in content_type or re.search(rb"<(?:rss|feed|rdf:rdf)[\s>]", head):
        return "rss"
    return None


# ---------------------------------------------------------------- iCalendar

def _local(value) -> tuple[str, bool]:
    """(Event time string, all day) for a DTSTART/DTEND value."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(BERLIN)
        return value.strftime("%Y-%m-%dT%H:%M"), False
    return value.isoformat(), True


def _text(component, key: str) -> str | None:
    value = component.get(key)
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def split_location(location: str) -> dict:
    """LOCATION "Kreishaus, Sitzungssaal 2, Am Markt 1, 12345 Musterstadt" -> venue, address, postal code, town."""
    result: dict = {}
    parts = [part.strip() for part in location.split(",") if part.strip()]
    # The Events Calendar writes "venue, street, town, postal code, country"
    if len(parts) > 1 and COUNTRY_RE.fullmatch(parts[-1]):
        parts.pop()
    if len(parts) > 2 and re.fullmatch(r"\d{5}", parts[-1]):
        result["postal_code"], result["city"] = parts.pop(), parts.pop()
    match = None if result else POSTAL_TOWN_RE.search(location)
    if match:
        result["postal_code"], result["city"] = match.group(1), match.group(2).strip()
        parts = [part for part in parts if match.group(1) not in part]
    elif len(parts) > 1 and not re.search(r"\d", parts[-1]) and parts[-1][:1].isupper():
        result["city"] = parts.pop()
    streets = [part for part in parts if STREET_RE.match(part)]
    if streets:
        result["address"] = streets[0]
        parts = [part for part in parts if part != streets[0]]
    if parts:
        result["venue"] = ", ".join(parts)
    return result


def _organizer(component) -> str | None:
    organizer = component.get("ORGANIZER")
    if organizer is None:
        return None
    name = organizer.params.get("CN") if hasattr(organizer, "params") else None
    return " ".join(str(name).split()) if name else None


def read_ical(body: bytes, feed_url: str, reference_date: date) -> list[tuple[Event, list[str]]]:
    """The events of an .ics file, recurring series expanded around `reference_date`, each with
    its CATEGORIES (evidence for the relevance decision)."""
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(body)
    window = (reference_date - SERIES_PAST, reference_date + SERIES_FUTURE)
    occurrences = list(recurring_ical_events.of(calendar, skip_bad_series=True).between(*window))
    series_size: dict[str, int] = {}
    for component in occurrences:
        uid = str(component.get("UID") or component.get("SUMMARY"))
        series_size[uid] = series_size.get(uid, 0) + 1
    per_series: dict[str, int] = {}
    events = []
    for component in occurrences:
        title = _text(component, "SUMMARY")
        start = component.get("DTSTART")
        if not title or start is None:
            continue
        uid = str(component.get("UID") or title)
        per_series[uid] = per_series.get(uid, 0) + 1
        if per_series[uid] > SERIES_MAX:
            continue
        event = Event(title=title)
        event.note("title", FROM_FEED, f"SUMMARY:{title}")
        event.start, event.all_day = _local(start.dt)
        event.note("start", FROM_FEED, f"DTSTART:{start.to_ical().decode()}")
        end = component.get("DTEND")
        if end is not None:
            end_value, _ = _local(end.dt)
            if event.all_day:  # DTEND of an all-day event is exclusive
                end_value = (date.fromisoformat(end_value[:10]) - timedelta(days=1)).isoformat()
            if end_value > event.start and end_value != event.start[:10]:
                event.end = end_value
                event.note("end", FROM_FEED, f"DTEND:{end.to_ical().decode()}")
        location = _text(component, "LOCATION")
        if location:
            for key, value in split_location(location).items():
                setattr(event, key, value)
                event.note(key, FROM_FEED, f"LOCATION:{location}")
            if re.search(r"\bonline\b|webex|zoom|teams", location, re.I):
                event.online = True
        status = STATUS_MAP.get(str(component.get("STATUS") or "").upper())
        if status:
            event.status = status
            event.note("status", FROM_FEED, f"STATUS:{component.get('STATUS')}")
        organizer = _organizer(component)
        if organizer:
            event.organizer = organizer
            event.note("organizer", FROM_FEED, f"ORGANIZER;CN={organizer}")
        description = component.get("DESCRIPTION")
        if description:
            event.description = str(description).strip()[:4000] or None
        url = _text(component, "URL")
        event.url = url if url and url.startswith(("http://", "https://")) else feed_url
        if series_size[uid] > 1:
            # one occurrence of a series: the day is part of its identity
            event.url = f"{event.url.split('#')[0]}#{event.start[:10]}"
        categories = []
        for value in component.get("CATEGORIES", []) if isinstance(component.get("CATEGORIES"), list) \
                else [component.get("CATEGORIES")] if component.get("CATEGORIES") is not None else []:
            categories += [str(c) for c in getattr(value, "cats", [value])]
        events.append((event, categories))
    return events


# ---------------------------------------------------------------- RSS / Atom

def read_rss(body: bytes, feed_url: str, reference_date: date) -> list[tuple[dict, list[Event]]]:
    """[(entry, events)] for an RSS or Atom feed: entry = {"title", "link", "summary",
    "categories", "published" (day)}; events are what the entry's own text announces (often none: a news item)."""
    import feedparser

    parsed = feedparser.parse(body)
    result = []
    for entry in parsed.entries:
        title = " ".join((entry.get("title") or "").split())
        link = entry.get("link") or ""
        summary = entry.get("summary") or ""
        if entry.get("content"):
            summary = max((c.get("value") or "" for c in entry["content"]), key=len) or summary
        summary_text = " ".join(unescape(TAG_RE.sub(" ", summary)).split())
        categories = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        info = {"title": title, "link": link, "summary": summary_text, "categories": categories,
                "published": "%04d-%02d-%02d" % tuple(published[:3]) if published else None}
        events: list[Event] = []
        if title and summary_text:
            text = f"{title}\n\n{summary_text}\n"
            try:
                events = extract_events(text.encode("utf-8"), url=link or feed_url, reference_date=reference_date,
                                        content_type="text/plain; charset=utf-8")
            except Exception:  # noqa: BLE001 - an unreadable entry is skipped, the feed goes on
                events = []
            for event in events:
                for name, note in list(event.provenance.items()):
                    if note.get("from") in ("label", "prose"):
                        event.provenance[name] = {"from": FROM_FEED, "snippet": note.get("snippet", "")}
                if event.city:  # an entry's sentence ends right after the town: "… in Ahaus."
                    event.city = event.city.rstrip(".,;:") or None
                if not event.url or event.url == feed_url:
                    event.url = link or feed_url
        result.append((info, events))
    return result
