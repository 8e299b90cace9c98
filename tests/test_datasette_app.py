"""The Datasette site and its feeds, as a browser, a calendar app or a script sees them."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
import sqlite_utils
from icalendar import Calendar

from dkbm_aggregate.app import make_datasette
from dkbm_aggregate.schema import EVENT_COLUMNS, FTS_COLUMNS

TODAY = date.today()


def day(offset: int, clock: str | None = None) -> str:
    value = (TODAY + timedelta(days=offset)).isoformat()
    return f"{value}T{clock}" if clock else value


def event_row(**values) -> dict:
    row = {column: None for column in EVENT_COLUMNS}
    row.update(timezone="Europe/Berlin", all_day=0, status="scheduled", sequence=0,
               online=0, hybrid=0, booked_out=0, date_tentative=0,
               first_seen="2026-03-01T06:00:00Z", last_seen="2026-04-01T06:00:00Z",
               last_changed="2026-03-15T06:00:00Z")
    row.update(values)
    return row


ROWS = [
    event_row(
        id="reab_hessen/1a2b3c4d5e6f", title="Netzwerktreffen Bildungsmonitoring",
        start=day(30, "10:00"), end=day(30, "15:30"), organizer="REAB Hessen",
        venue="Kulturbahnhof", postal_code="34117", city="Kassel", registration_deadline=day(20),
        event_type="Netzwerktreffen", topics=json.dumps(["Bildungsmonitoring", "Ganztag"]),
        region="HE", regions=json.dumps(["HE"]), source="reab_hessen", source_title="REAB Hessen",
        url="https://www.reab-hessen.de/angebote/veranstaltungsangebot/details/netzwerktreffen.html",
        last_changed="2026-04-02T08:15:00Z",
    ),
    event_row(
        id="transferagentur_nord_ost/2b3c4d5e6f70", title="Werkstatt Datenvisualisierung",
        start=day(60, "10:00"), end=day(60, "12:30"), online=1, online_platform="Webex",
        organizer="Transferagentur Nord-Ost", event_type="Werkstatt/Workshop",
        topics=json.dumps(["Datenvisualisierung"]), region="SH, BB, MV",
        regions=json.dumps(["SH", "BB", "MV"]), source="transferagentur_nord_ost",
        source_title="Transferagentur Nord-Ost",
    ),
    event_row(
        id="transferagentur_grossstaedte/3c4d5e6f7081",
        title="Jahreskonferenz Kommunales Bildungsmanagement", start=day(45), end=day(46), all_day=1,
        organizer="Transferagentur für Großstädte", city="Berlin", event_type="Konferenz/Tagung",
        region="DE", regions=json.dumps(["DE"]), source="transferagentur_grossstaedte",
        source_title="Transferagentur für Großstädte",
    ),
    event_row(
        id="reab_hessen/4d5e6f708192", title="Fachtag Ganztag", start=day(40, "09:30"),
        status="cancelled", organizer="REAB Hessen", city="Frankfurt am Main", event_type="Fachtag",
        topics=json.dumps(["Ganztag"]), region="HE", regions=json.dumps(["HE"]),
        source="reab_hessen", source_title="REAB Hessen", sequence=1,
    ),
    event_row(
        id="transferagentur_nord_ost/5e6f708192a3", title="Forum Bildungsberichterstattung",
        start=day(50, "14:00"), original_start=day(-20, "14:00"), status="postponed", sequence=2,
        organizer="Transferagentur Nord-Ost", region="BB", regions=json.dumps(["BB"]),
        source="transferagentur_nord_ost", source_title="Transferagentur Nord-Ost",
        last_changed="2026-04-10T09:00:00Z",
    ),
    event_row(
        id="transferagentur_grossstaedte/6f708192a3b4",
        title="Netzwerktreffen Bildungsmonitoring (Kopie)", start=day(30, "10:00"),
        duplicate_of="reab_hessen/1a2b3c4d5e6f", organizer="REAB Hessen", region="HE",
        regions=json.dumps(["HE"]), source="transferagentur_grossstaedte",
    ),
    event_row(
        id="reab_hessen/708192a3b4c5", title="Save the Date: Jahrestagung", start=None,
        start_partial="2027-03", date_tentative=1, organizer="REAB Hessen", region="HE",
        regions=json.dumps(["HE"]), source="reab_hessen",
    ),
    event_row(
        id="reab_hessen/8192a3b4c5d6", title="Webinar Bildungsbericht 2023", start=day(-400, "10:00"),
        end=day(-400, "11:30"), organizer="REAB Hessen", region="HE", regions=json.dumps(["HE"]),
        source="reab_hessen", event_type="Webinar",
    ),
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("site") / "something_else.db"
    db = sqlite_utils.Database(path)
    db["events"].create(EVENT_COLUMNS, pk="id")
    db["events"].insert_all(ROWS)
    db["events"].enable_fts(FTS_COLUMNS, create_triggers=True)
    db["sources"].insert_all([
        {"name": "reab_hessen", "title": "REAB Hessen", "organizer": "REAB Hessen",
         "regions": json.dumps(["HE", "BW"]), "platform": "typo3_news",
         "homepage": "https://www.reab-hessen.de/", "start_urls": "[]",
         "last_crawl_started": "2026-04-02T08:00:00Z", "last_crawl_status": "ok",
         "last_crawl_events": 4, "last_crawl_errors": 0},
        {"name": "transferagentur_nord_ost", "title": "Transferagentur Nord-Ost",
         "organizer": "Transferagentur Nord-Ost", "regions": json.dumps(["SH", "BB", "MV"]),
         "platform": "wordpress", "homepage": "https://www.transferagentur-nordost.de/",
         "start_urls": "[]", "last_crawl_started": "2026-04-02T08:05:00Z",
         "last_crawl_status": "errors", "last_crawl_events": 2, "last_crawl_errors": 1},
    ], pk="name")
    db.close()
    return path


@pytest.fixture
def ds(db_path):
    return make_datasette(db_path)


def ics_titles(response) -> list[str]:
    cal = Calendar.from_ical(response.content)
    return [str(event["SUMMARY"]) for event in cal.walk("VEVENT")]


@pytest.mark.asyncio
async def test_file_is_served_as_database_dkbm_whatever_its_name(ds):
    response = await ds.client.get("/dkbm/events.json?_shape=array&_size=max")
    assert response.status_code == 200
    ids = {row["id"] for row in response.json()}
    assert ids == {row["id"] for row in ROWS}
    assert (await ds.client.get("/something_else.json")).status_code == 404


@pytest.mark.asyncio
async def test_events_ics_is_the_merged_calendar(ds):
    response = await ds.client.get("/dkbm/events.ics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    titles = ics_titles(response)
    assert "Netzwerktreffen Bildungsmonitoring" in titles
    assert "Jahreskonferenz Kommunales Bildungsmanagement" in titles
    assert "ABGESAGT: Fachtag Ganztag" in titles
    assert "Anmeldeschluss: Netzwerktreffen Bildungsmonitoring" in titles
    assert "Webinar Bildungsbericht 2023" in titles  # past events stay in the calendar
    assert "Netzwerktreffen Bildungsmonitoring (Kopie)" not in titles  # duplicate_of
    assert "Save the Date: Jahrestagung" not in titles  # no start
    alias = await ds.client.get("/dkbm/kalender.ics")
    assert alias.content == response.content


@pytest.mark.asyncio
async def test_region_filter(ds):
    titles = ics_titles(await ds.client.get("/dkbm/events.ics?region=HE"))
    assert "Netzwerktreffen Bildungsmonitoring" in titles
    assert "Werkstatt Datenvisualisierung" not in titles
    assert "Jahreskonferenz Kommunales Bildungsmanagement" not in titles
    both = ics_titles(await ds.client.get("/dkbm/events.ics?region=HE&region=DE"))
    assert "Jahreskonferenz Kommunales Bildungsmanagement" in both
    assert ics_titles(await ds.client.get("/dkbm/events.ics?region=he,de")) == both
    cal = Calendar.from_ical((await ds.client.get("/dkbm/events.ics?region=BB")).content)
    assert "BB" in str(cal["X-WR-CALNAME"])


@pytest.mark.asyncio
@pytest.mark.parametrize("query, present, absent", [
    ("source=transferagentur_nord_ost", "Werkstatt Datenvisualisierung", "Fachtag Ganztag"),
    ("event_type=Fachtag", "ABGESAGT: Fachtag Ganztag", "Netzwerktreffen Bildungsmonitoring"),
    ("topic=Ganztag", "Netzwerktreffen Bildungsmonitoring", "Werkstatt Datenvisualisierung"),
    ("deadlines=0", "Netzwerktreffen Bildungsmonitoring", "Anmeldeschluss: Netzwerktreffen Bildungsmonitoring"),
    ("include_cancelled=0", "Netzwerktreffen Bildungsmonitoring", "ABGESAGT: Fachtag Ganztag"),
    ("city=Kassel", "Netzwerktreffen Bildungsmonitoring", "ABGESAGT: Fachtag Ganztag"),
    ("_search=Datenvisualisierung", "Werkstatt Datenvisualisierung", "Netzwerktreffen Bildungsmonitoring"),
])
async def test_feed_filters(ds, query, present, absent):
    titles = ics_titles(await ds.client.get(f"/dkbm/events.ics?{query}"))
    assert present in titles
    assert absent not in titles


@pytest.mark.asyncio
async def test_unchanged_feed_answers_304(ds):
    first = await ds.client.get("/dkbm/events.ics")
    again = await ds.client.get("/dkbm/events.ics", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304


@pytest.mark.asyncio
async def test_canned_query_upcoming_events_in_german(ds):
    response = await ds.client.get("/dkbm/kommende_veranstaltungen.json?_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert list(rows[0])[:10] == ["Titel", "Beginn", "Ende", "Veranstalter", "Ort",
                                  "Anmeldeschluss", "Format", "Region", "Status", "Link"]
    titles = [row["Titel"] for row in rows]
    assert titles[0] == "Netzwerktreffen Bildungsmonitoring"  # ordered by start
    assert "Netzwerktreffen Bildungsmonitoring (Kopie)" not in titles
    assert "Webinar Bildungsbericht 2023" not in titles  # past
    first = rows[0]
    assert first["Beginn"].endswith("10:00 Uhr")
    assert first["Ort"] == "Kulturbahnhof, Kassel"
    statuses = {row["Titel"]: row["Status"] for row in rows}
    assert statuses["Fachtag Ganztag"] == "abgesagt"
    assert statuses["Forum Bildungsberichterstattung"] == "verschoben"
    # The same selection as a calendar, with full entries although the columns are German.
    cal = Calendar.from_ical((await ds.client.get("/dkbm/kommende_veranstaltungen.ics")).content)
    locations = {str(e["SUMMARY"]): str(e.get("LOCATION")) for e in cal.walk("VEVENT")}
    assert locations["Netzwerktreffen Bildungsmonitoring"] == "Kulturbahnhof, 34117 Kassel"


@pytest.mark.asyncio
async def test_deadline_and_source_status_queries(ds):
    deadlines = (await ds.client.get("/dkbm/anmeldefristen.json?_shape=array")).json()
    assert [row["Titel"] for row in deadlines] == ["Netzwerktreffen Bildungsmonitoring"]
    assert deadlines[0]["Noch Tage"] == 20
    sources = (await ds.client.get("/dkbm/quellen_status.json?_shape=array")).json()
    result = {row["Quelle"]: row["Ergebnis"] for row in sources}
    assert result == {"REAB Hessen": "erfolgreich", "Transferagentur Nord-Ost": "mit Fehlern"}
    page = await ds.client.get("/dkbm/kommende_veranstaltungen")
    assert page.status_code == 200
    assert "Kommende Veranstaltungen" in page.text


@pytest.mark.asyncio
async def test_facets(ds):
    data = (await ds.client.get("/dkbm/events.json?_facet=organizer&_facet_array=regions&_facet=event_type"
                                "&_facet_array=topics&_facet=status&_facet=source&_facet=city")).json()
    facets = data["facet_results"]
    organizers = {item["value"]: item["count"] for item in facets["organizer"]["results"]}
    assert organizers["REAB Hessen"] == 5
    regions = {item["value"]: item["count"] for item in facets["regions"]["results"]}
    assert regions["HE"] == 5
    assert {"event_type", "topics", "status", "source", "city"} <= set(facets)
    assert not data.get("suggested_facets")


@pytest.mark.asyncio
async def test_full_text_search_and_default_sort(ds):
    data = (await ds.client.get("/dkbm/events.json?_search=Bildungsmonitoring&_shape=array")).json()
    assert {row["id"] for row in data} >= {"reab_hessen/1a2b3c4d5e6f"}
    rows = (await ds.client.get("/dkbm/events.json?_shape=array&start__notblank=1")).json()
    starts = [row["start"] for row in rows]
    assert starts == sorted(starts)


@pytest.mark.asyncio
async def test_homepage_tells_users_the_feed(ds):
    response = await ds.client.get("/")
    assert response.status_code == 200
    assert "Kalender abonnieren" in response.text
    assert "/dkbm/events.ics" in response.text
    assert "webcal://" in response.text


@pytest.mark.asyncio
async def test_atom_feed_newest_change_first(ds):
    response = await ds.client.get("/dkbm/events.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    titles = [entry.findtext("a:title", namespaces=ns) for entry in feed.findall("a:entry", ns)]
    assert titles[0].startswith("Forum Bildungsberichterstattung")  # changed 2026-04-10
    assert titles[1].startswith("Netzwerktreffen Bildungsmonitoring (")
    assert not any("(Kopie)" in title for title in titles)
    assert any(title.startswith("ABGESAGT: Fachtag Ganztag") for title in titles)
