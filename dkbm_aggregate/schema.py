"""Tables, indexes and the published view of the SQLite store: the contract shared by the store, the feeds and Datasette.

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

RUN_COLUMNS = {
    "id": int, "source": str, "started": str, "finished": str, "status": str,
    "pages_fetched": int, "pages_not_modified": int, "bytes_received": int, "pages_extracted": int,
    "events_new": int, "events_changed": int, "events_unchanged": int, "events_missing": int,
    "errors": int, "error_details": str,
    "reason": str,             # why a run is suspect or failed (German)
    "events_found": int, "listing_links": int,
    # generic sources: published events by the way they were found; events left out as not of this field
    "found_feed": int, "found_jsonld": int, "found_sitemap": int, "found_listing": int, "events_irrelevant": int,
}
# Events of generic sources judged not of this field: never published, kept with the reason.
EXCLUDED_COLUMNS = {
    "id": str, "source": str, "title": str, "start": str, "city": str, "url": str,
    "score": int, "reasons": str, "first_seen": str, "last_seen": str,
}
SOURCE_COLUMNS = {
    "name": str, "title": str, "organizer": str, "regions": str, "platform": str, "homepage": str,
    "start_urls": str, "last_crawl_started": str, "last_crawl_status": str,
    "last_crawl_events": int, "last_crawl_errors": int, "last_crawl_reason": str,
}


# The table users browse: one row per event (copies from other sources left out), German column
# names, German status words; the JSON API and the feeds keep using `events`.
GERMAN_VIEW = """
CREATE VIEW veranstaltungen AS
SELECT
  title AS Titel,
  start AS Beginn,
  "end" AS Ende,
  event_type AS Format,
  organizer AS Veranstalter,
  CASE WHEN online = 1 AND hybrid = 0 AND city IS NULL
       THEN 'online' || coalesce(' (' || online_platform || ')', '')
       ELSE coalesce(venue || ', ', '') || coalesce(city, '') ||
            CASE WHEN hybrid = 1 THEN ' und online' ELSE '' END END AS Ort,
  city AS Stadt,
  registration_deadline AS Anmeldeschluss,
  CASE status WHEN 'cancelled' THEN 'abgesagt' WHEN 'postponed' THEN 'verschoben'
              WHEN 'tentative' THEN 'vorläufig'
              ELSE CASE WHEN booked_out = 1 THEN 'ausgebucht' ELSE 'geplant' END END AS Status,
  topics AS Themen,
  regions AS Regionen,
  source_title AS Quelle,
  url AS Link,
  id
FROM events
WHERE duplicate_of IS NULL
ORDER BY start IS NULL, start, title
"""

VIEW_NAME = "veranstaltungen"

# How each source fared in its last crawl, in German, for the site's overview.
SOURCES_VIEW = """
CREATE VIEW quellen_zustand AS
SELECT
  title AS Quelle,
  name AS Kennung,
  CASE last_crawl_status WHEN 'ok' THEN 'in Ordnung' WHEN 'suspect' THEN 'verdächtig'
       WHEN 'failed' THEN 'ausgefallen' WHEN 'errors' THEN 'mit Fehlern'
       ELSE coalesce(last_crawl_status, 'nie abgerufen') END AS Zustand,
  last_crawl_reason AS Grund,
  last_crawl_started AS "Letzter Abruf",
  last_crawl_events AS Termine,
  last_crawl_errors AS Fehler
FROM sources
ORDER BY last_crawl_status = 'ok', title
"""
VIEWS = {VIEW_NAME: GERMAN_VIEW, "quellen_zustand": SOURCES_VIEW}


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def ensure_schema(db) -> None:
    """Create what is missing; never drop what readers use.

    Tables and indexes are created once; columns added in a newer version are added. The German
    view is created when it is missing and replaced only when its definition changed, in one
    transaction, so a reader sees the old or the new view and never "no such table".
    """
    events = db["events"]
    if not events.exists():
        events.create(EVENT_COLUMNS, pk="id", not_null={"title", "source"},
                      defaults={"sequence": 0, "status": "scheduled", "all_day": 0, "online": 0})
        events.create_index(["start"])
        events.create_index(["source"])
        events.create_index(["duplicate_of"])
        events.enable_fts(list(FTS_COLUMNS), create_triggers=True, tokenize="unicode61")
    for name, columns, pk in (("sources", SOURCE_COLUMNS, "name"), ("crawl_runs", RUN_COLUMNS, "id")):
        if not db[name].exists():
            db[name].create(columns, pk=pk)
    if not db["excluded_events"].exists():
        db["excluded_events"].create(EXCLUDED_COLUMNS, pk="id")
    if not db["crawl_errors"].exists():
        db["crawl_errors"].create({"run_id": int, "source": str, "url": str, "reason": str, "at": str}, pk=None)
    for name, columns in (("events", EVENT_COLUMNS), ("sources", SOURCE_COLUMNS), ("crawl_runs", RUN_COLUMNS)):
        present = db[name].columns_dict
        for column, kind in columns.items():
            if column not in present:
                db[name].add_column(column, kind)
    for name, sql in VIEWS.items():
        current = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if current is not None and _normal(current[0]) == _normal(sql):
            continue
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"DROP VIEW IF EXISTS {name}")
            conn.execute(sql)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
