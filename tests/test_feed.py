"""The calendar feed as a subscriber gets it at size: each event's VEVENT rendered once when it is
written, the feed of 10,000 events answered fast, its DESCRIPTION the event's own words."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import icalendar
import pytest

from dkbm_aggregate import ical
from dkbm_aggregate.app import make_datasette
from dkbm_aggregate.store import Store

from .test_identity import crawl_page
from .test_store import SOURCES

NAVIGATION = "Termin in Kalender übernehmen (iCal) Zurück zur Übersicht Zurück zum Seitenanfang"
LONG_TEXT = ("Das Netzwerk der Koordinatorinnen und Koordinatoren beschäftigt sich bei diesem Treffen mit der "
             "Vernetzung von Sprachförderangeboten. ") * 30


def event_row(i: int, **values) -> dict:
    row = dict(id=f"reab_hessen/{i:012x}", title=f"Netzwerktreffen Bildungsmonitoring {i}",
               start=f"{2026 + i % 6}-0{1 + i % 9}-1{i % 10}T10:00", end=f"{2026 + i % 6}-0{1 + i % 9}-1{i % 10}T13:00",
               timezone="Europe/Berlin", all_day=0, status="scheduled", online=0, hybrid=0, booked_out=0,
               date_tentative=0, organizer="REAB Hessen", city="Kassel", venue="Kulturbahnhof",
               registration_deadline=f"{2026 + i % 6}-0{1 + i % 9}-01", event_type="Netzwerktreffen",
               topics='["Bildungsmonitoring"]', region="HE", regions='["HE"]', source="reab_hessen",
               source_title="REAB Hessen", url=f"https://www.reab-hessen.de/details/{i}.html",
               description="Austausch der Bildungskoordination. " + NAVIGATION)
    row.update(values)
    return row


def _text(value) -> str:
    return value.decode() if isinstance(value, bytes) else value


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "dkbm.db")
    store.sync_sources(SOURCES.values())
    return store


def test_description_is_the_events_own_text_without_navigation_plus_the_facts(store):
    store.upsert_event(event_row(1, description=LONG_TEXT + NAVIGATION, contacts='[{"name": "Selma Rautendelein", '
                                 '"role": null, "email": "selma@example.com", "phone": "0000 123-62"}]'))
    entry = next(store.db.query("select vevent from feed_entries"))["vevent"]
    description = _text(icalendar.Event.from_ical(entry).decoded("description"))
    assert "Zurück zur Übersicht" not in description and "Seitenanfang" not in description
    assert "Kalender übernehmen" not in description
    own, facts = description.split("\n\nVeranstalter:", 1)
    assert own.startswith("Das Netzwerk der Koordinatorinnen") and len(own) <= 1510 and own.endswith("…")
    assert "REAB Hessen" in facts and "Anmeldung bis" in facts and "selma@example.com" in facts
    assert "https://www.reab-hessen.de/details/1.html" in facts


def test_description_names_every_page_the_event_was_seen_on(store):
    from parsers import Event
    own = "https://www.reab-hessen.de/angebote/veranstaltungsangebot/details/fachtag.html"
    newsletter = "https://www.reab-hessen.de/newsletter/ausgabe-3.html"
    event = Event(title="Fachtag Ganztag", start="2027-03-12T10:00", organizer="REAB Hessen")
    [row] = crawl_page(store, [event], page_url=own)
    crawl_page(store, [Event(title="Fachtag Ganztag", start="2027-03-12T10:00", organizer="REAB Hessen", url=own)],
               page_url=newsletter)
    entry = next(store.db.query("select vevent from feed_entries where id = ?", [row["id"]]))["vevent"]
    description = _text(icalendar.Event.from_ical(entry).decoded("description"))
    assert f"Auch angekündigt: {newsletter} (Newsletter)" in description


def test_a_stored_entry_reads_back_as_what_icalendar_would_write():
    now = datetime(2026, 11, 1, 6, tzinfo=timezone.utc)
    rows = [event_row(1), event_row(2, all_day=1, start="2027-05-05", end="2027-05-06"),
            event_row(3, status="cancelled", title="Fachtag; Daten, Taten \\ mehr"),
            event_row(4, online=1, online_platform="Webex", contacts='[{"email": "a@example.com"}]'),
            event_row(5, status="postponed", original_start="2027-01-01T10:00")]
    for row in rows:
        row.update(first_seen="2026-10-01T06:00:00+00:00", last_changed="2026-10-02T06:00:00+00:00", sequence=2)
        text, deadline = ical.entry_texts(row, now)
        pairs = [(text, ical.event_component(ical.sanitize.clean_row(row), now))]
        if deadline:
            pairs.append((deadline, ical.deadline_component(ical.sanitize.clean_row(row), now)))
        for stored, reference in pairs:
            assert all(len(line.encode()) <= 75 for line in stored.split("\r\n"))
            mine = icalendar.Event.from_ical(stored)
            for name in reference.keys():
                if name == "CATEGORIES":
                    assert [str(c) for c in mine[name].cats] == [str(c) for c in reference[name].cats]
                elif name.startswith("X-"):
                    assert str(mine[name]) == str(reference[name])
                else:
                    assert mine.decoded(name) == reference.decoded(name), name
            assert set(mine.keys()) == set(reference.keys())


def test_vtimezone_covers_every_year_of_the_feed(store):
    for i, year in enumerate((2026, 2029, 2033)):
        store.upsert_event(event_row(i, start=f"{year}-07-01T10:00", end=f"{year}-07-01T12:00",
                                     registration_deadline=None))
    body = ical.assemble_calendar(
        [r["vevent"] for r in store.db.query("select vevent from feed_entries")],
        first_year=2026, last_year=2033)
    calendar = icalendar.Calendar.from_ical(body)
    [zone] = calendar.walk("VTIMEZONE")
    assert min(sub.decoded("dtstart").year for sub in zone.subcomponents) <= 2026
    berlin = zone.to_tz()
    for year in range(2026, 2034):  # summer and winter time in every year, as a client reads the zone
        assert datetime(year, 7, 1, 10, tzinfo=berlin).utcoffset().total_seconds() == 7200
        assert datetime(year, 1, 10, 10, tzinfo=berlin).utcoffset().total_seconds() == 3600
    assert len(calendar.walk("VEVENT")) == 3


def build_big(tmp_path, n: int = 10_000):
    """n events: 50 written through the store, then copied with new ids (the copies' stored entries
    carry their own UIDs), as the store would have written them."""
    path = tmp_path / "big.db"
    store = Store(path)
    store.sync_sources(SOURCES.values())
    for i in range(50):
        store.upsert_event(event_row(i, region="HE" if i % 2 else "BY", regions='["HE"]' if i % 2 else '["BY"]'))
    conn = store.db.conn
    columns = ", ".join(f'"{c}"' for c in store.db["events"].columns_dict if c != "id")
    with conn:
        for k in range(1, n // 50):
            conn.execute(f"insert into events (id, {columns}) select id || '-{k}', {columns} from events "
                         f"where id not like '%-%'")
            conn.execute(f"insert into feed_entries (id, key, listed, sort_key, first_year, last_year, timezone, "
                         f"vevent, deadline_vevent) "
                         f"select id || '-{k}', key, listed, sort_key || '-{k}', first_year, last_year, timezone, "
                         f"cast(replace(vevent, '@dkbm-aggregate', '-{k}@dkbm-aggregate') as blob), "
                         f"cast(replace(deadline_vevent, '-anmeldeschluss@', '-{k}-anmeldeschluss@') as blob) "
                         f"from feed_entries where id not like '%-%'")
    assert store.db["events"].count == n
    return path


@pytest.mark.asyncio
async def test_feeds_of_ten_thousand_events_are_whole_and_304_when_unchanged(tmp_path):
    # how fast they answer is bench/feed.py's job (ours against datasette-ics, same run)
    path = build_big(tmp_path)
    for url, expected in (("/dkbm/events.ics", 10_000), ("/dkbm/events.ics?region=HE", 5_000),
                          ("/dkbm/events.ics?deadlines=0&city=Kassel", 10_000)):
        ds = make_datasette(path)
        from dkbm_aggregate import datasette_plugin
        datasette_plugin._FEED_CACHE.clear()
        first = await ds.client.get(url)
        assert first.status_code == 200
        uids = re.findall(rb"\r\nUID:(.*?)\r\n", first.content)
        events = [u for u in uids if b"-anmeldeschluss@" not in u]
        assert len(events) == len(set(events)) == expected
        if expected == 5_000:  # one of them read by a real parser
            calendar = icalendar.Calendar.from_ical(first.content)
            assert len(calendar.walk("VEVENT")) == len(uids)
        again = await ds.client.get(url)
        assert again.content == first.content
        not_modified = await ds.client.get(url, headers={"if-none-match": first.headers["etag"]})
        assert not_modified.status_code == 304
