"""schema.org Event from JSON-LD and microdata, read with extruct.

extruct is only called when the page carries the markers: it costs milliseconds, the rest of
the extractor microseconds.
"""
from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from .event import CANCELLED, FROM_JSONLD, POSTPONED, Event
from .page import Page

BERLIN = ZoneInfo("Europe/Berlin")
EVENT_TYPES = {"Event", "EducationEvent", "BusinessEvent", "SocialEvent", "Hackathon", "CourseInstance",
               "ExhibitionEvent", "LiteraryEvent"}


def events(page: Page, url: str | None) -> list[dict]:
    root = page.root
    if root is None or not page.has_structured_data:
        return []
    has_jsonld = bool(root.xpath("//script[contains(@type, 'ld+json')]"))
    has_microdata = bool(root.xpath("//*[@itemtype and contains(@itemtype, 'schema.org/') and "
                                    "contains(@itemtype, 'Event')]"))
    if not (has_jsonld or has_microdata):
        return []
    # extruct's extractors one by one on the tree we already have: extruct.extract() would run
    # every syntax and re-read the page, about a hundred times the cost of the JSON-LD pass.
    found = []
    try:
        if has_jsonld:
            from extruct.jsonld import JsonLdExtractor
            for item in JsonLdExtractor().extract_items(root):
                found.extend(_events_in(item))
        if has_microdata:
            from extruct.uniform import _umicrodata_microformat
            from extruct.w3cmicrodata import MicrodataExtractor
            items = MicrodataExtractor().extract_items(root, url)
            for item in _umicrodata_microformat(items, schema_context="http://schema.org"):
                found.extend(_events_in(item))
    except Exception:  # malformed structured data must not cost us the rest of the page
        return []
    return [_normalise(item) for item in found]


def _events_in(item) -> list[dict]:
    if isinstance(item, list):
        return [e for sub in item for e in _events_in(sub)]
    if not isinstance(item, dict):
        return []
    if "@graph" in item:
        return _events_in(item["@graph"])
    types = item.get("@type")
    types = set(types) if isinstance(types, list) else {types}
    return [item] if types & EVENT_TYPES else []


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    # WordPress writes entities into its JSON-LD ("Schule &#8211; Beruf")
    return html.unescape(str(value)).strip() if value else None


def _local(value) -> tuple[str | None, bool]:
    """ISO 8601 from schema.org to local Berlin wall-clock ("2027-03-04T09:00"), all-day flag."""
    value = _text(value)
    if not value:
        return None, False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, True
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None, False
    if moment.tzinfo is not None:
        moment = moment.astimezone(BERLIN)
    return moment.strftime("%Y-%m-%dT%H:%M"), False


def _normalise(item: dict) -> dict:
    start, all_day = _local(item.get("startDate"))
    end, _ = _local(item.get("endDate"))
    location = item.get("location")
    locations = location if isinstance(location, list) else [location] if location else []
    result = {"title": _text(item.get("name")), "start": start, "end": end, "all_day": all_day,
              "organizer": _text(item.get("organizer")), "url": _text(item.get("url")),
              "status": _text(item.get("eventStatus")), "online": False}
    for place in locations:
        if not isinstance(place, dict):
            continue
        kind = place.get("@type")
        if kind == "VirtualLocation":
            result["online"] = True
            continue
        result.setdefault("venue", _text(place.get("name")))
        address = place.get("address")
        if isinstance(address, dict):
            result["address"] = _text(address.get("streetAddress"))
            result["postal_code"] = _text(address.get("postalCode"))
            result["city"] = _text(address.get("addressLocality"))
        elif isinstance(address, str):
            result["address_text"] = address
    mode = _text(item.get("eventAttendanceMode")) or ""
    if "Online" in mode:
        result["online"] = True
    if "Mixed" in mode:
        result["online"] = result["hybrid"] = True
    return result


def apply(event: Event, data: dict) -> None:
    """Structured data wins for the facts it states; labels and prose fill the rest."""
    snippet = "schema.org Event"
    if data.get("start"):
        event.start, event.all_day = data["start"], data["all_day"]
        event.end = data.get("end")
        event.start_time = None if data["all_day"] else data["start"][11:16]
        event.end_time = data["end"][11:16] if data.get("end") and len(data["end"]) > 10 else None
        event.provenance["start"] = {"from": FROM_JSONLD, "snippet": snippet}
    if data.get("organizer"):
        event.organizer = data["organizer"]
        event.note("organizer", FROM_JSONLD, snippet)
    for key in ("venue", "address", "postal_code", "city"):
        if data.get(key):
            setattr(event, key, data[key])
            event.provenance.setdefault(key, {"from": FROM_JSONLD, "snippet": snippet})
    if data.get("online"):
        event.online = True
    if data.get("hybrid"):
        event.hybrid = True
    status = data.get("status") or ""
    if "Cancelled" in status or "Postponed" in status or "Rescheduled" in status:
        event.status = CANCELLED if "Cancelled" in status else POSTPONED
        event.provenance["status"] = {"from": FROM_JSONLD, "snippet": f"eventStatus: {status}"}
    if not event.title and data.get("title"):
        event.title = data["title"]
    if (data.get("url") or "").startswith(("http://", "https://")):
        # the event's own page, as the site declares it (a list page's JSON-LD names its items' pages)
        event.url = data["url"]
