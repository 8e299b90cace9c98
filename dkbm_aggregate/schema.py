"""Columns of the SQLite store: the contract shared by the store, the feeds and Datasette.

JSON columns hold JSON arrays/objects as text (Datasette facets them with _facet_array).
Times are local Europe/Berlin wall-clock strings exactly as in parsers.event.Event;
bookkeeping timestamps (first_seen, last_seen, last_changed, missing_since) are UTC ISO 8601.
"""

EVENT_COLUMNS = {
    "id": str,                 # stable identity "<source>/<12 hex>", survives a change of date
    "title": str,
    "start": str,              # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", local time; NULL when unknown
    "end": str,
    "all_day": int,            # 1 = date only (VALUE=DATE in iCalendar)
    "timezone": str,           # "Europe/Berlin"
    "start_partial": str,      # "--03-19" / "2020-12" when the day cannot be pinned
    "date_tentative": int,
    "organizer": str,
    "co_organizers": str,      # JSON array
    "registration_deadline": str,  # "YYYY-MM-DD"
    "venue": str,
    "address": str,
    "postal_code": str,
    "city": str,
    "online": int,
    "hybrid": int,
    "online_platform": str,
    "contacts": str,           # JSON array of {name, role, email, phone}
    "status": str,             # scheduled | cancelled | postponed | tentative
    "booked_out": int,
    "original_start": str,
    "event_type": str,
    "topics": str,             # JSON array
    "target_groups": str,      # JSON array
    "description": str,
    "region": str,             # "HE, BW": display form of regions
    "regions": str,            # JSON array of Bundesland codes, for facets
    "source": str,             # registry name, e.g. "reab_hessen"
    "source_title": str,       # "REAB Hessen"
    "url": str,                # the page the event was read from
    "provenance": str,         # JSON object field -> {"from", "snippet"}
    "sequence": int,           # iCalendar SEQUENCE: +1 whenever date, time, place or status changes
    "content_hash": str,       # hash of the stored facts, to tell changed from unchanged
    "first_seen": str,
    "last_seen": str,
    "last_changed": str,
    "missing_since": str,      # set when a successful crawl of the source no longer finds the event
    "duplicate_of": str,       # id of the same event listed by another source (feeds skip these)
}

JSON_COLUMNS = ("co_organizers", "contacts", "topics", "target_groups", "regions", "provenance")
FTS_COLUMNS = ("title", "description", "organizer", "venue", "city", "event_type")
