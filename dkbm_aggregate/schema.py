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
    "pages_fetched": int, "pages_fresh": int, "pages_not_modified": int, "bytes_received": int, "pages_extracted": int,
    "events_new": int, "events_changed": int, "events_unchanged": int, "events_missing": int,
    "errors": int, "error_details": str,
    "reason": str,             # why a run is suspect or failed (German)
    "events_found": int, "listing_links": int,
    # generic sources: published events by the way they were found; events left out as not of this field
    "found_feed": int, "found_jsonld": int, "found_sitemap": int, "found_listing": int, "events_irrelevant": int,
}
# Pages read, so that an unchanged page is not read again (crawler/pages.py): its fingerprint and
# the ids of its events; for generic sources, whose events are merged across a site's pages, the
# page's reading instead (crawler/found.py: its sightings as JSON and, for a feed, the pages it links to).
PAGE_COLUMNS = {"url": str, "source": str, "fingerprint": str, "event_ids": str, "extracted": str, "reading": str}
# Events of generic sources judged not of this field: never published, kept with the reason.
EXCLUDED_COLUMNS = {
    "id": str, "source": str, "title": str, "start": str, "city": str, "url": str,
    "score": int, "reasons": str, "first_seen": str, "last_seen": str,
}
# What changed, field by field: the history on the event's page. run_id is filled in when the
# crawl run is recorded (NULL for manual imports).
CHANGE_COLUMNS = {"id": int, "event_id": str, "field": str, "old": str, "new": str, "at": str, "source": str,
                  "run_id": int}
# Every page and source an event was seen on; role: organizer | third_party | newsletter | feed | manual.
EVENT_SOURCE_COLUMNS = {"event_id": str, "url": str, "source": str, "role": str, "first_seen": str,
                        "last_seen": str}
SOURCE_COLUMNS = {
    "name": str, "title": str, "organizer": str, "regions": str, "platform": str, "homepage": str,
    "start_urls": str, "last_crawl_started": str, "last_crawl_status": str,
    "last_crawl_events": int, "last_crawl_errors": int, "last_crawl_reason": str,
}


# The table users browse: one row per event (copies from other sources left out), German column
# names, German status words. A table kept current by the store (store.Store.refresh_entries), not
# a view recomputed on every request; the JSON API and the feeds keep using `events`.
PUBLISHED_COLUMNS = {
    "id": str, "Titel": str, "Beginn": str, "Ende": str, "Format": str, "Veranstalter": str, "Ort": str,
    "Stadt": str, "Anmeldeschluss": str, "Status": str, "Themen": str, "Regionen": str, "Quelle": str, "Link": str,
}
# each facet column with Beginn after it: a facet click reads its first page in order from the index
PUBLISHED_INDEXES = (["Beginn"], ["Format"], ["Veranstalter"], ["Status"], ["Quelle"], ["Stadt"], ["Anmeldeschluss"],
                     ["Format", "Beginn"], ["Veranstalter", "Beginn"], ["Status", "Beginn"], ["Quelle", "Beginn"],
                     ["Stadt", "Beginn"])
# Search that folds case and umlauts: every published row's words in three spellings ("München",
# "Muenchen", "Munchen"), tokenized without diacritics; the query is folded the same way by FTS5.
PUBLISHED_FTS = ("CREATE VIRTUAL TABLE veranstaltungen_fts USING fts5(text, "
                 "tokenize = 'unicode61 remove_diacritics 2')")

PUBLISHED = VIEW_NAME = "veranstaltungen"
# Indexes for the JSON API's filters and sorts on `events` (created on every open if missing).
# A filter column with `start` after it: the API's default sort is by start, so a filtered page reads
# its first rows from the index instead of sorting every match (200 ms for source=… at 100,000).
EVENT_INDEXES = (["start"], ["source"], ["duplicate_of"], ["last_changed"], ["registration_deadline"], ["city"],
                 ["event_type"], ["organizer"], ["status"], ["region"], ["url"], ["source", "start"],
                 ["city", "start"], ["event_type", "start"], ["organizer", "start"], ["status", "start"],
                 ["region", "start"])

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
VIEWS = {"quellen_zustand": SOURCES_VIEW}


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
        events.enable_fts(list(FTS_COLUMNS), create_triggers=True, tokenize="unicode61")
    for name, columns, pk in (("sources", SOURCE_COLUMNS, "name"), ("crawl_runs", RUN_COLUMNS, "id")):
        if not db[name].exists():
            db[name].create(columns, pk=pk)
    if not db["event_changes"].exists():
        db["event_changes"].create(CHANGE_COLUMNS, pk="id")
        db["event_changes"].create_index(["event_id"])
        db["event_changes"].create_index(["source", "run_id"])
    if not db["event_sources"].exists():
        db["event_sources"].create(EVENT_SOURCE_COLUMNS, pk=("event_id", "url"))
        db["event_sources"].create_index(["url"])
    if not db["pages"].exists():
        db["pages"].create(PAGE_COLUMNS, pk="url")
        db["pages"].create_index(["source"])
    if not db["absent_urls"].exists():
        # Guessed addresses of generic sites (sitemap.xml, the usual CMS feed endpoints) that
        # answered 404/410, and when: not asked again for a while (crawler/absent.py).
        db["absent_urls"].create({"url": str, "source": str, "status": int, "checked": str}, pk="url")
        db["absent_urls"].create_index(["source"])
    if not db["feed_entries"].exists():
        # Each event's VEVENT text, rendered when the event is written (store.Store.refresh_entries);
        # the feeds splice them together instead of building 10,000 components per request.
        # listed = in the merged feed (no duplicate, has a start); sort_key = start + id; the VEVENTs
        # are UTF-8 bytes, spliced into a feed without decoding and encoding 10,000 strings.
        db["feed_entries"].create({"id": str, "key": str, "listed": int, "sort_key": str, "first_year": int,
                                   "last_year": int, "timezone": str, "vevent": bytes, "deadline_vevent": bytes}, pk="id")
        db["feed_entries"].create_index(["listed", "sort_key"])
    if not db["excluded_events"].exists():
        db["excluded_events"].create(EXCLUDED_COLUMNS, pk="id")
    if not db["crawl_errors"].exists():
        db["crawl_errors"].create({"run_id": int, "source": str, "url": str, "reason": str, "at": str}, pk=None)
    for name, columns in (("events", EVENT_COLUMNS), ("sources", SOURCE_COLUMNS), ("crawl_runs", RUN_COLUMNS),
                          ("pages", PAGE_COLUMNS)):
        present = db[name].columns_dict
        for column, kind in columns.items():
            if column not in present:
                db[name].add_column(column, kind)
    for index in EVENT_INDEXES:
        events.create_index(index, if_not_exists=True)
    _ensure_published(db)
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


def _ensure_published(db) -> None:
    """The published table; a view of that name from an older version is replaced in one
    transaction (readers see the view or the table, never neither). Its rows are written by the
    store (Store.publish_missing)."""
    kind = db.execute("select type from sqlite_master where name = ?", [VIEW_NAME]).fetchone()
    if kind is not None and kind[0] == "table" and db[VIEW_NAME].exists() and db["veranstaltungen_fts"].exists():
        for index in PUBLISHED_INDEXES:  # indexes added by a newer version
            db.execute(f'CREATE INDEX IF NOT EXISTS idx_{VIEW_NAME}_{"_".join(index)} ON {VIEW_NAME} '
                       f'({", ".join(chr(34) + c + chr(34) for c in index)})')
        return
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        if kind is not None and kind[0] == "view":
            conn.execute(f"DROP VIEW {VIEW_NAME}")
        if not db[VIEW_NAME].exists():
            columns = ", ".join(f'"{name}" TEXT' + (" PRIMARY KEY" if name == "id" else "")
                                for name in PUBLISHED_COLUMNS)
            conn.execute(f"CREATE TABLE {VIEW_NAME} ({columns})")
            for index in PUBLISHED_INDEXES:
                conn.execute(f'CREATE INDEX idx_{VIEW_NAME}_{"_".join(index)} ON {VIEW_NAME} '
                             f'({", ".join(chr(34) + c + chr(34) for c in index)})')
        if not db["veranstaltungen_fts"].exists():
            conn.execute(PUBLISHED_FTS)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
