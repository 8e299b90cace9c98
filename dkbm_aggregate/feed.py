"""The merged feed from stored entries: each event's VEVENT was rendered when it was written
(store.Store.refresh_entries); a feed is its selection spliced together (ical.assemble_calendar)."""
from __future__ import annotations

from .ical import assemble_calendar, entry_texts, entry_years

LISTED_SQL = ("select f.id, f.timezone, f.vevent, f.deadline_vevent, f.first_year, f.last_year "
              "from feed_entries f where f.listed = 1 order by f.sort_key")
UNRENDERED_SQL = ("select events.id, events.timezone, null, null, null, null from events "
                  "where (events.duplicate_of is null or events.duplicate_of = '') and events.start is not null "
                  "and events.start != '' and events.id not in (select id from feed_entries) "
                  "order by events.start, events.id")


def collect_entries(conn, sql: str, params, unrendered: str | None, include_deadlines: bool):
    """(entries, first year, last year, time zones): the stored VEVENTs the query `sql` picks, in its
    order; rows without a stored entry (a database of an older version; `unrendered` finds them)
    are rendered here."""
    out, missing, first, last, zones = [], [], None, None, set()
    rows = conn.execute(sql, params).fetchall()
    if unrendered and conn.execute("select (select count(*) from events) > (select count(*) from feed_entries)"
                                   ).fetchone()[0]:
        rows += conn.execute(unrendered, params).fetchall()
    for event_id_, zone, vevent, deadline, y0, y1 in rows:
        if vevent is None:
            missing.append(event_id_)
            out.append(event_id_)
            continue
        out.append(vevent)
        if include_deadlines and deadline:
            out.append(deadline)
        zones.add(zone)
        first = y0 if first is None or (y0 is not None and y0 < first) else first
        last = y1 if last is None or (y1 is not None and y1 > last) else last
    if missing:  # rendered now: rows without a stored entry
        rendered = {}
        for offset in range(0, len(missing), 500):
            chunk = missing[offset:offset + 500]
            cursor = conn.execute(f"select * from events where id in ({', '.join('?' for _ in chunk)})", chunk)
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                row = dict(zip(names, values))
                vevent, deadline = entry_texts(row)
                years = entry_years(row)
                if years:
                    first = years[0] if first is None else min(first, years[0])
                    last = years[1] if last is None else max(last, years[1])
                zones.add(row.get("timezone"))
                rendered[row["id"]] = (vevent or "") + ((deadline or "") if include_deadlines else "")
        missing_set = set(missing)
        out = [rendered.get(item, "") if item in missing_set else item for item in out]
    return out, first, last, zones


def whole_feed(conn, include_deadlines: bool = True) -> tuple[bytes, int]:
    """(the merged feed of every listed event, how many events it holds) from an open connection."""
    entries, first, last, zones = collect_entries(conn, LISTED_SQL, {}, UNRENDERED_SQL, include_deadlines)
    events = conn.execute("select count(*) from events where (duplicate_of is null or duplicate_of = '') "
                          "and start is not null and start != ''").fetchone()[0]
    return assemble_calendar(entries, first_year=first, last_year=last, tzids=zones), events
