"""Datasette plugin "dkbm": calendar and Atom feeds on top of the `events` table.

URLs (database name "dkbm", see app.make_datasette):

* /dkbm/events.ics, /dkbm/kalender.ics - the merged iCalendar feed: every event without
  duplicate_of that has a start, no row limit. Query parameters:
    region=HE               Bundesland code from the regions JSON array (repeatable / "HE,BW")
    source=reab_hessen      registry name (repeatable / comma separated)
    event_type=Fachtag      (repeatable / comma separated)
    topic=Ganztag           entry of the topics JSON array (repeatable / comma separated)
    deadlines=0             no "Anmeldeschluss" entries
    include_cancelled=0     leave cancelled events out
  plus Datasette's own table filters (city=Kassel, start__gte=2026-01-01,
  regions__arraycontains=HE, _search=Ganztag ...), so the "ics" link under a filtered table
  view of `events` yields exactly that selection as a feed.
* /dkbm/events.atom - Atom feed of the 200 most recently changed events, same parameters.
* <any table or query>.ics - output renderer "ics": rows with an `id` column are looked up
  in `events` (so a canned query with German column names still gives full entries); rows
  with `title` and `start` columns are rendered as they are.

The database is read with Datasette's Database API in its worker threads; the calendar is
built in a worker thread too, so the event loop never blocks on SQLite or icalendar.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sqlite3
from collections import OrderedDict
from typing import Any

from datasette import Forbidden, hookimpl
from datasette.filters import Filters
from datasette.utils import escape_fts, tilde_decode, tilde_encode
from datasette.utils.asgi import Response

from .atom import build_atom
from datetime import date, timedelta
from urllib.parse import quote

from .feed import collect_entries
from .filestate import file_state
from .ical import as_dict, assemble_calendar, build_calendar, entry_texts, entry_years, json_list, platform_label
from .identity import slug
from .rows import own_text, status_word
from .schema import PUBLISHED
from .wording import (FIELD_LABELS, STATUS_WORDS, count_words, day_words, month_words, number, role_label, short_date,
                      when_words)

DATABASE = "dkbm"
TABLE = "events"
FTS_TABLE = "events_fts"
CALENDAR_NAME = "DKBM-Veranstaltungen"
ATOM_LIMIT = 200
FALSE_VALUES = ("0", "false", "nein", "no", "off")
# Query parameters the feed routes interpret themselves (never handed to datasette.filters).
FEED_PARAMS = ("region", "source", "event_type", "topic", "deadlines", "include_cancelled")
ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"
ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8"


# --------------------------------------------------------------------------- helpers

def _values(request, name: str) -> list[str]:
    values = []
    for raw in request.args.getlist(name):
        for part in raw.split(","):
            part = part.strip()
            if part and part not in values:
                values.append(part)
    return values


def _truthy(request, name: str, default: bool = True) -> bool:
    value = request.args.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() not in FALSE_VALUES


async def _events_database(datasette):
    """The database holding `events`: "dkbm" if present, else the first one that has it."""
    candidates = []
    if DATABASE in datasette.databases:
        candidates.append(datasette.databases[DATABASE])
    candidates += [
        db for name, db in datasette.databases.items() if name not in (DATABASE, "_internal")
    ]
    for db in candidates:
        if await db.table_exists(TABLE):
            return db
    return None


async def _check_permission(datasette, request, db) -> None:
    await datasette.ensure_permissions(
        request.actor,
        [("view-table", (db.name, TABLE)), ("view-database", db.name), "view-instance"],
    )


def feed_where(request, *, has_fts: bool, columns: set[str], table: str = TABLE
               ) -> tuple[list[str], dict[str, Any], list[str]]:
    """WHERE clauses, parameters and a German label for the calendar name."""
    where = [
        "(events.duplicate_of is null or events.duplicate_of = '')",
    ]
    params: dict[str, Any] = {}
    label: list[str] = []

    def in_clause(prefix: str, values: list[str]) -> str:
        names = []
        for i, value in enumerate(values):
            params[f"{prefix}{i}"] = value
            names.append(f":{prefix}{i}")
        return ", ".join(names)

    regions = [v.upper() for v in _values(request, "region")]
    if regions:
        names = in_clause("dk_region", regions)
        # The regions JSON array is the truth; the display column "HE, BW" is the fallback.
        display = " or ".join(
            f"(',' || replace(coalesce(events.region, ''), ' ', '') || ',') like '%,' || :dk_region{i} || ',%'"
            for i in range(len(regions))
        )
        where.append(
            "(case when json_valid(events.regions) and json_array_length(events.regions) > 0 "
            "then exists (select 1 from json_each(events.regions) "
            f"where json_each.value in ({names})) else ({display}) end)"
        )
        label.append(", ".join(regions))
    sources = _values(request, "source")
    if sources:
        where.append(f"events.source in ({in_clause('dk_source', sources)})")
        label.append(", ".join(sources))
    types = [v.lower() for v in _values(request, "event_type")]
    if types:
        where.append(f"lower(events.event_type) in ({in_clause('dk_type', types)})")
        label.append(", ".join(_values(request, "event_type")))
    topics = [v.lower() for v in _values(request, "topic")]
    if topics:
        where.append(
            "exists (select 1 from json_each(case when json_valid(events.topics) "
            "then events.topics else '[]' end) "
            f"where lower(json_each.value) in ({in_clause('dk_topic', topics)}))"
        )
        label.append(", ".join(_values(request, "topic")))
    if not _truthy(request, "include_cancelled"):
        where.append("coalesce(events.status, '') != 'cancelled'")

    # Datasette's own table filters, as produced by the table view's filter form and facets.
    pairs = []
    for key in request.args.keys():
        if key.startswith("_") or key in FEED_PARAMS:
            continue
        column = key.rsplit("__", 1)[0] if "__" in key else key
        if column in columns and not (table != TABLE and column == "id"):
            for value in request.args.getlist(key):
                pairs.append((key, value))
    if pairs:
        clauses, filter_params = Filters(sorted(pairs)).build_where_clauses(table)
        where.extend(clauses)
        params.update(filter_params)
        label.extend(value for _, value in sorted(pairs))
    search = (request.args.get("_search") or "").strip()
    if search and has_fts:
        fts = FTS_TABLE if table == TABLE else f"{table}_fts"
        where.append(f"{table}.rowid in (select rowid from {fts} where {fts} match :dk_search)")
        params["dk_search"] = search if request.args.get("_searchmode") == "raw" else escape_fts(search)
        label.append(f"„{search}“")
    return where, params, label


async def fetch_feed_rows(datasette, request, db, *, order: str, require_start: bool, limit: int | None = None):
    """(rows as dicts, German filter label) for a feed request."""
    columns = set(await db.table_columns(TABLE))
    has_fts = await db.table_exists(FTS_TABLE)
    try:
        where, params, label = feed_where(request, has_fts=has_fts, columns=columns)
    except (ValueError, TypeError) as error:  # e.g. title__in=[1,2 is no JSON list
        raise BadFilter(str(error)) from error
    if require_start:
        where.append("events.start is not null and events.start != ''")
    sql = f"select events.* from events where {' and '.join(where)} order by {order}"
    if limit:
        sql += f" limit {int(limit)}"

    def run(conn):
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # execute_fn: Datasette's worker thread, without the interactive SQL time limit/row cap.
    try:
        rows = await db.execute_fn(run)
    except (sqlite3.OperationalError, sqlite3.ProgrammingError) as error:  # e.g. FTS5 syntax of a raw search
        if "dk_search" in params:
            raise BadFilter(SEARCH_HELP) from error
        raise BadFilter(str(error)) from error
    return rows, label


async def fetch_feed_entries(datasette, request, db, *, include_deadlines: bool, table: str = TABLE):
    """(stored VEVENT texts, first year, last year, time zones, German filter label) for a feed
    request: the rows are selected with the request's filters and their VEVENTs, rendered when
    each event was written (table feed_entries), are taken as they are. Events without a stored
    entry (a database written by an older version) are rendered here."""
    columns = set(await db.table_columns(table))
    fts = f"{table}_fts" if table != TABLE else FTS_TABLE
    has_fts = await db.table_exists(fts)
    has_entries = await db.table_exists("feed_entries")
    try:
        where, params, label = feed_where(request, has_fts=has_fts, columns=columns, table=table)
    except (ValueError, TypeError) as error:
        raise BadFilter(str(error)) from error
    if has_entries:
        # The rows are picked from the narrow feed_entries in feed order; `events` (wide rows with
        # descriptions) is read only when the request filters on it.
        filtered = where[1:] or table != TABLE
        pick = ""
        if filtered:
            source = f"{table} join events on events.id = {table}.id" if table != TABLE else "events"
            pick = f" and f.id in (select events.id from {source} where {' and '.join(where)})"
        sql = (f"select f.id, f.timezone, f.vevent, f.deadline_vevent, f.first_year, f.last_year "
               f"from feed_entries f where f.listed = 1{pick} order by f.sort_key")
        # events written by an older version have no entry yet: rendered below
        unrendered = (f"select events.id, events.timezone, null, null, null, null from "
                      f"{'events' if table == TABLE else table + ' join events on events.id = ' + table + '.id'} "
                      f"where {' and '.join(where)} and events.start is not null and events.start != '' "
                      f"and events.id not in (select id from feed_entries) order by events.start, events.id")
    else:
        sql = (f"select events.id, events.timezone, null, null, null, null from "
               f"{'events' if table == TABLE else table + ' join events on events.id = ' + table + '.id'} "
               f"where {' and '.join(where)} and events.start is not null and events.start != '' "
               f"order by events.start, events.id")
        unrendered = None

    def run(conn):
        return collect_entries(conn, sql, params, unrendered, include_deadlines)

    try:
        entries_, first, last, zones = await db.execute_fn(run)
    except (sqlite3.OperationalError, sqlite3.ProgrammingError) as error:
        if "dk_search" in params:
            raise BadFilter(SEARCH_HELP) from error
        raise BadFilter(str(error)) from error
    return entries_, first, last, zones, label


# Built feeds, keyed by route, query and the state of the database file: subscribers poll the
# same URLs over and over, and building 10,000 VEVENTs with icalendar takes seconds.
_FEED_CACHE: OrderedDict[tuple, tuple[bytes, str]] = OrderedDict()
FEED_CACHE_SIZE = 32


def _file_state(db) -> tuple | None:
    """The state of the database file (changes whenever a crawl writes); None in memory."""
    if db.is_memory or not db.path:
        return None
    return file_state(db.path)


async def _cached_feed(key: tuple | None, build) -> tuple[bytes, str]:
    """(body, ETag): built once per state of the database file and query."""
    if key is not None and key in _FEED_CACHE:
        _FEED_CACHE.move_to_end(key)
        return _FEED_CACHE[key]
    body = await build()
    built = (body, '"' + hashlib.sha1(body).hexdigest() + '"')
    if key is not None:
        _FEED_CACHE[key] = built
        while len(_FEED_CACHE) > FEED_CACHE_SIZE:
            _FEED_CACHE.popitem(last=False)
    return built


def _cache_key(kind: str, request, db, *extra) -> tuple | None:
    state = _file_state(db)
    if state is None:
        return None
    args = tuple(sorted((key, tuple(request.args.getlist(key))) for key in request.args.keys()))
    return (kind, str(db.path), state, args, *extra)


def _conditional(request, built: tuple[bytes, str], content_type: str, filename: str) -> Response:
    body, etag = built
    headers = {
        "ETag": etag,
        "Cache-Control": "public, max-age=900",
        "Content-Disposition": f'inline; filename="{filename}"',
        "Access-Control-Allow-Origin": "*",
    }
    if etag in [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]:
        return Response(b"", status=304, headers=headers, content_type=content_type)
    return Response(body, status=200, headers=headers, content_type=content_type)


async def _feed_database(datasette, request):
    """(db, None) or (None, error response)."""
    db = await _events_database(datasette)
    if db is None:
        return None, Response.text("Keine Veranstaltungstabelle gefunden.", status=404)
    try:
        await _check_permission(datasette, request, db)
    except Forbidden:
        return None, Response.text("Zugriff verweigert.", status=403)
    return db, None


# --------------------------------------------------------------------------- bad input

class BadFilter(ValueError):
    """A query parameter the feed cannot use; answered with 400 and a German message."""


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_params(request) -> None:
    for key in request.args.keys():
        for value in [key, *request.args.getlist(key)]:
            if _CONTROL_RE.search(value):
                raise BadFilter(f"Der Parameter „{_CONTROL_RE.sub('', key)}“ enthält Steuerzeichen. "
                                f"Bitte nur normalen Text eingeben.")


def _bad_request(error: BadFilter, request) -> Response:
    cause = error.__cause__
    if cause is None:
        reason = str(error)
    elif isinstance(cause, json.JSONDecodeError):
        reason = ("Ein Filterwert in eckigen Klammern ist keine gültige Liste; schreiben Sie z. B. "
                  "title__in=[\"A\",\"B\"] oder title__in=A,B.")
    elif str(error) == SEARCH_HELP:
        reason = SEARCH_HELP
    else:
        reason = "Ein Filter der Anfrage ist ungültig. Bitte Parameter prüfen."
    return Response.text(f"Ungültige Anfrage: {reason}", status=400)


INPUT_ERRORS = (BadFilter,)
SEARCH_HELP = ("Die Suche ist ungültig (im Rohmodus _searchmode=raw gilt die FTS5-Syntax, z. B. "
               "Anführungszeichen paarweise). Ohne _searchmode=raw wird der Text wörtlich gesucht.")


# --------------------------------------------------------------------------- routes

async def events_ics(datasette, request):
    return await ics_feed(datasette, request, TABLE)


async def ics_feed(datasette, request, table: str):
    db, error = await _feed_database(datasette, request)
    if error is not None:
        return error
    if table != TABLE and not await db.table_exists(table):
        return Response.text("Keine Übersichtstabelle gefunden.", status=404)

    async def build() -> bytes:
        entries, first, last, zones, label = await fetch_feed_entries(
            datasette, request, db, include_deadlines=_truthy(request, "deadlines"), table=table)
        name = CALENDAR_NAME + (f" ({'; '.join(label)})" if label else "")
        return assemble_calendar(entries, first_year=first, last_year=last, tzids=zones, calendar_name=name)

    try:
        _check_params(request)
        body = await _cached_feed(_cache_key("ics", request, db, table), build)
    except INPUT_ERRORS as bad:
        return _bad_request(bad, request)
    return _conditional(request, body, ICS_CONTENT_TYPE, "dkbm-veranstaltungen.ics")


async def events_atom(datasette, request):
    db, error = await _feed_database(datasette, request)
    if error is not None:
        return error
    feed_url = datasette.absolute_url(request, request.full_path)
    home_url = datasette.absolute_url(request, datasette.urls.instance())

    async def build() -> bytes:
        rows, label = await fetch_feed_rows(
            datasette,
            request,
            db,
            order="coalesce(events.last_changed, events.first_seen) desc, events.id",
            require_start=False,
            limit=ATOM_LIMIT,
        )
        title = CALENDAR_NAME + (f" ({'; '.join(label)})" if label else "") + ": neu und geändert"
        return await asyncio.to_thread(build_atom, rows, title=title, feed_url=feed_url, home_url=home_url)

    try:
        _check_params(request)
        body = await _cached_feed(_cache_key("atom", request, db, feed_url), build)
    except INPUT_ERRORS as bad:
        return _bad_request(bad, request)
    return _conditional(request, body, ATOM_CONTENT_TYPE, "dkbm-veranstaltungen.atom")


@hookimpl
def register_routes(datasette):
    return [
        (rf"^/{DATABASE}/events/(?P<pk>[^/]+)\.ics$", event_ics),
        (rf"^/{DATABASE}/{PUBLISHED}\.ics$", published_ics),
        (rf"^/{DATABASE}/events\.ics$", events_ics),
        (rf"^/{DATABASE}/kalender\.ics$", events_ics),
        (rf"^/{DATABASE}/events\.atom$", events_atom),
    ]


# --------------------------------------------------------------------------- output renderer

def can_render_ics(columns, table=None):
    columns = set(columns or [])
    if {"title", "start"} <= columns:
        return True
    return "id" in columns and table in (None, TABLE)


async def render_ics(datasette, request, database, table, columns, rows):
    columns = list(columns or [])
    rows = [as_dict(row) for row in rows]
    if "id" in columns and not {"title", "start"} <= set(columns):
        # e.g. a canned query with German column names: take the full rows from `events`.
        db = datasette.get_database(database)
        ids = [str(row["id"]) for row in rows if row.get("id") is not None]

        def run(conn):
            found = {}
            for offset in range(0, len(ids), 500):
                chunk = ids[offset:offset + 500]
                cursor = conn.execute(
                    f"select * from events where id in ({', '.join('?' for _ in chunk)})", chunk
                )
                names = [d[0] for d in cursor.description]
                for values in cursor.fetchall():
                    row = dict(zip(names, values))
                    found[row["id"]] = row
            return [found[i] for i in ids if i in found]

        rows = await db.execute_fn(run)
    include_deadlines = _truthy(request, "deadlines") if request is not None else True
    body = await asyncio.to_thread(build_calendar, rows, include_deadlines=include_deadlines)
    return Response(
        body,
        content_type=ICS_CONTENT_TYPE,
        headers={"Content-Disposition": 'inline; filename="dkbm-veranstaltungen.ics"'},
    )


@hookimpl
def register_facet_classes():
    from .facets import CountedColumnFacet, ListFacet
    return [ListFacet, CountedColumnFacet]


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "ics", "render": render_ics, "can_render": can_render_ics}


# --------------------------------------------------------------------------- homepage

GERMAN_LOOKUPS = {
    "exact": "=", "not": "≠", "contains": "enthält", "notcontains": "enthält nicht", "endswith": "endet auf",
    "startswith": "beginnt mit", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤", "like": "wie (like)",
    "notlike": "nicht wie (notlike)", "glob": "Muster (glob)", "in": "ist eine von", "notin": "ist keine von",
    "arraycontains": "Liste enthält", "arraynotcontains": "Liste enthält nicht", "date": "Datum ist",
    "isnull": "ist leer", "notnull": "ist nicht leer", "isblank": "ist leer oder null",
    "notblank": "ist nicht leer oder null",
}
# Tables whose every filtered view can be subscribed to, and the feed route that understands its filters.
SUBSCRIBABLE = {"veranstaltungen": f"/{DATABASE}/veranstaltungen.ics", "events": f"/{DATABASE}/events.ics"}


def event_path(datasette, event_id: str) -> str:
    return datasette.urls.table(DATABASE, TABLE) + "/" + tilde_encode(event_id)


def _rows_of(conn, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def event_page_data(conn, event_id: str) -> dict | None:
    """Everything the German event page shows, as words and links."""
    found = _rows_of(conn, "select * from events where id = ?", [event_id])
    if not found:
        return None
    row = found[0]
    canonical = row.get("duplicate_of") or row["id"]
    family = [canonical] + [r["id"] for r in _rows_of(conn, "select id from events where duplicate_of = ?",
                                                       [canonical])]
    marks = ", ".join("?" for _ in family)
    sources = _rows_of(conn, f"select s.url, s.role, s.first_seen, s.last_seen, e.source_title from event_sources s "
                             f"join events e on e.id = s.event_id where s.event_id in ({marks}) "
                             f"order by s.first_seen, s.url", family) if _has(conn, "event_sources") else []
    changes = _rows_of(conn, "select field, old, new, at, run_id from event_changes where event_id = ? "
                             "order by at desc, id desc limit 100", [event_id]) if _has(conn, "event_changes") else []
    address = ", ".join(p for p in (row.get("venue"), row.get("address"),
                                    " ".join(x for x in (row.get("postal_code"), row.get("city")) if x)) if p)
    contacts = []
    for contact in json_list(row.get("contacts")):
        if isinstance(contact, dict):
            phone = contact.get("phone")
            contacts.append({"name": contact.get("name"), "role": contact.get("role"), "email": contact.get("email"),
                             "phone": phone, "tel": re.sub(r"[^0-9+]", "", phone or "")})
    today = date.today().isoformat()
    return {
        "row": row,
        "title": row.get("title") or "Veranstaltung ohne Titel",
        "when": when_words(row),
        "address": address or None,
        "map_url": ("https://www.openstreetmap.org/search?query=" + quote(address)) if row.get("city") else None,
        "platform": platform_label(row),
        "deadline": day_words(date.fromisoformat(row["registration_deadline"][:10]))
        if row.get("registration_deadline") else None,
        "deadline_passed": bool(row.get("registration_deadline")) and row["registration_deadline"][:10] < today,
        "organizer": row.get("organizer"),
        "co_organizers": json_list(row.get("co_organizers")),
        "contacts": contacts,
        "status": status_word(row),
        "status_class": row.get("status") or "scheduled",
        "original_start": when_words({"start": row["original_start"]}) if row.get("original_start") else None,
        "missing_since": short_date(row["missing_since"][:10]) if row.get("missing_since") else None,
        "description": own_text(row.get("description"), 4000),
        "event_type": row.get("event_type"),
        "topics": json_list(row.get("topics")),
        "target_groups": json_list(row.get("target_groups")),
        "sources": [{**s, "role_label": role_label(s["role"]), "first_seen": short_date(s["first_seen"][:10]),
                     "is_link": (s["url"] or "").startswith(("http://", "https://"))} for s in sources],
        "changes": [{**c, "label": FIELD_LABELS.get(c["field"], c["field"]), "at": short_date((c["at"] or "")[:10]),
                     "old_text": _change_value(c["field"], c["old"]), "new_text": _change_value(c["field"], c["new"])}
                    for c in changes],
        "duplicate_of": row.get("duplicate_of"),
        "first_seen": short_date((row.get("first_seen") or "")[:10]),
        "sequence": row.get("sequence") or 0,
    }


def _change_value(field: str, value):
    if value is None:
        return "–"
    if field in ("start", "end", "original_start", "registration_deadline", "missing_since"):
        return short_date(value if field != "missing_since" else value[:10])
    if field in ("online", "hybrid", "all_day", "booked_out"):
        return "ja" if value in ("1", 1, "True") else "nein"
    if field == "status":
        return STATUS_WORDS.get(value, value)
    return value


def _has(conn, table: str) -> bool:
    return conn.execute("select 1 from sqlite_master where name = ?", [table]).fetchone() is not None


def start_page_data(conn) -> dict:
    """Upcoming events by month and the next registration deadlines, from the overview table."""
    if not _has(conn, PUBLISHED):
        return {"months": [], "deadlines": []}
    today = date.today()
    # Beginn bounds the index range (an event that began more than two months ago and still runs
    # is not "upcoming" any more); the end decides within it
    upcoming = _rows_of(conn, f"select id, Titel, Beginn, Ende, Ort, Status, Format, Veranstalter from {PUBLISHED} "
                              f"where Beginn >= ? and coalesce(Ende, Beginn) >= ? order by Beginn, id limit 120",
                        [(today - timedelta(days=62)).isoformat(), today.isoformat()])
    today = today.isoformat()
    months: dict[str, list] = {}
    for row in upcoming:
        row["wann"] = when_words({"start": row["Beginn"], "end": row["Ende"]})
        months.setdefault(month_words(row["Beginn"]), []).append(row)
    deadlines = _rows_of(conn, f"select id, Titel, Beginn, Anmeldeschluss, Ort from {PUBLISHED} "
                               f"where Anmeldeschluss >= ? and Status != 'abgesagt' "
                               f"order by Anmeldeschluss, Beginn limit 8", [today])
    for row in deadlines:
        row["frist"] = day_words(date.fromisoformat(row["Anmeldeschluss"][:10]))
        row["wann"] = short_date(row["Beginn"])
    return {"months": list(months.items()), "deadlines": deadlines}


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # German numbers and counts in every template: {{ n|zahl }} -> "12.345", {{ n|anzahl }} -> "3 Einträge"
    env.filters["zahl"] = number
    env.filters["anzahl"] = count_words


@hookimpl
def extra_template_vars(template, request, datasette, table, database, view_name):
    if request is None:
        return {}
    feed = datasette.absolute_url(request, datasette.urls.path(f"/{DATABASE}/events.ics"))
    values = {
        "dkbm_feed_url": feed,
        "dkbm_webcal_url": "webcal://" + feed.split("://", 1)[-1],
        "dkbm_atom_url": datasette.absolute_url(request, datasette.urls.path(f"/{DATABASE}/events.atom")),
        "dkbm_lookups": GERMAN_LOOKUPS,
        "dkbm_subscribe": {name: datasette.urls.path(path) for name, path in SUBSCRIBABLE.items()},
        "dkbm_host": request.host,
        "dkbm_event_path": lambda event_id: event_path(datasette, event_id),
    }

    async def inner():
        db = await _events_database(datasette)
        if db is None:
            return values
        if template == "index.html":
            values["dkbm_start"] = await db.execute_fn(start_page_data)
        elif template.startswith("row-") and table == TABLE and request.url_vars.get("pks"):
            event_id = tilde_decode(request.url_vars["pks"])
            values["dkbm_event"] = await db.execute_fn(lambda conn: event_page_data(conn, event_id))
            values["dkbm_event_ics"] = event_path(datasette, event_id) + ".ics"
        return values

    return inner


# --------------------------------------------------------------------------- one event

async def event_ics(datasette, request):
    """One event (and its registration deadline) as a calendar file: "Zu meinem Kalender hinzufügen"."""
    db, error = await _feed_database(datasette, request)
    if error is not None:
        return error
    event_id = tilde_decode(request.url_vars["pk"])

    def run(conn):
        found = _rows_of(conn, "select * from events where id = ?", [event_id])
        if not found:
            return None
        row = found[0]
        if _has(conn, "feed_entries"):
            entry = _rows_of(conn, "select vevent, deadline_vevent, first_year, last_year from feed_entries "
                                   "where id = ?", [event_id])
            if entry and entry[0]["vevent"]:
                e = entry[0]
                return [e["vevent"], *([e["deadline_vevent"]] if e["deadline_vevent"] else [])], \
                    e["first_year"], e["last_year"], row
        vevent, deadline = entry_texts(row)
        years = entry_years(row) or (None, None)
        return ([vevent] if vevent else []) + ([deadline] if deadline else []), years[0], years[1], row

    found = await db.execute_fn(run)
    if found is None:
        return Response.text("Diese Veranstaltung gibt es nicht.", status=404)
    entries, first, last, row = found
    if not entries:
        return Response.text("Für diese Veranstaltung steht noch kein Tag fest.", status=404)
    body = assemble_calendar(entries, first_year=first, last_year=last, tzids=[row.get("timezone")],
                             calendar_name=row.get("title") or CALENDAR_NAME, description="")
    name = slug(row.get("title") or "")[:60] or "termin"
    return Response(body, content_type=ICS_CONTENT_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{name}.ics"'})


async def published_ics(datasette, request):
    """The feed of any filtered view of the overview table (its German columns, its search)."""
    return await ics_feed(datasette, request, PUBLISHED)
