"""The site for people, in German: the overview table kept current by the store, search that folds
umlauts and case, the event page, German chrome, a subscription for every filtered view."""
from __future__ import annotations

import re

import icalendar
import pytest

from dkbm_aggregate.app import make_datasette
from dkbm_aggregate.store import Store
from parsers import Contact, Event

from .test_identity import crawl_page
from .test_store import LIST_PAGE, SOURCES


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "dkbm.db")
    store.sync_sources(SOURCES.values())
    crawl_page(store, [
        Event(title="Netzwerktreffen Bildungsmonitoring München", start="2099-03-12T10:00", end="2099-03-12T13:00",
              venue="Rathaus", address="Marienplatz 8", postal_code="80331", city="München", organizer="REAB Hessen",
              registration_deadline="2099-03-01", event_type="Netzwerktreffen",
              contacts=[Contact(name="Eva Beispiel", email="eva@example.org", phone="089 1234-5")]),
        Event(title="Fachtag Ganztag", start="2099-04-20", all_day=True, city="Kassel", event_type="Fachtag"),
    ], page_url=LIST_PAGE)
    return store


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def overview(store: Store) -> dict[str, dict]:
    return {r["Titel"]: r for r in store.db.query("select * from veranstaltungen")}


def test_the_overview_is_a_table_the_store_keeps_current(store):
    assert store.db["veranstaltungen"].exists() and not store.db.execute(
        "select 1 from sqlite_master where type = 'view' and name = 'veranstaltungen'").fetchone()
    rows = overview(store)
    assert rows["Fachtag Ganztag"]["Status"] == "geplant" and rows["Fachtag Ganztag"]["Stadt"] == "Kassel"
    crawl_page(store, [Event(title="Fachtag Ganztag", start="2099-04-27", all_day=True, city="Kassel",
                             event_type="Fachtag", status="cancelled")], page_url=LIST_PAGE,
               now="2026-11-08T06:00:00+00:00")
    rows = overview(store)
    assert rows["Fachtag Ganztag"]["Status"] == "abgesagt" and rows["Fachtag Ganztag"]["Beginn"] == "2099-04-27"
    indexes = {r["name"] for r in store.db.query("select name from sqlite_master where type = 'index' "
                                                 "and tbl_name = 'veranstaltungen'")}
    assert {"idx_veranstaltungen_Beginn", "idx_veranstaltungen_Format"} <= indexes


@pytest.mark.asyncio
@pytest.mark.parametrize("query", ["Muenchen", "muenchen", "München", "MÜNCHEN", "Munchen"])
async def test_search_folds_umlauts_and_case(store, query):
    ds = make_datasette(store.path)
    data = (await ds.client.get("/dkbm/veranstaltungen.json", params={"_search": query, "_shape": "objects"})).json()
    assert [r["Titel"] for r in data["rows"]] == ["Netzwerktreffen Bildungsmonitoring München"]


@pytest.mark.asyncio
async def test_the_event_page_says_everything_in_german(store):
    ds = make_datasette(store.path)
    event_id = next(store.db.query("select id from events where city = 'München'"))["id"]
    page = await ds.client.get("/dkbm/events/" + event_id.replace("/", "~2F"))
    assert page.status_code == 200
    body = text(page.text)
    assert "Donnerstag, 12. März 2099, 10:00 bis 13:00 Uhr" in body
    assert "Rathaus, Marienplatz 8, 80331 München" in body and "openstreetmap.org" in page.text
    assert "Anmeldeschluss Sonntag, 1. März 2099" in body
    assert 'href="mailto:eva@example.org"' in page.text and 'href="tel:08912345"' in page.text
    assert "Zu meinem Kalender hinzufügen" in body and "Quellen" in body and "Änderungen" in body
    ics = await ds.client.get("/dkbm/events/" + event_id.replace("/", "~2F") + ".ics")
    events = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [f"{event_id}@dkbm-aggregate", f"{event_id}-anmeldeschluss@dkbm-aggregate"]


@pytest.mark.asyncio
async def test_the_chrome_is_german_and_every_filtered_view_can_be_subscribed(store):
    ds = make_datasette(store.path)
    page = await ds.client.get("/dkbm/veranstaltungen?Format=Fachtag")
    body = text(page.text)
    assert "1 Eintrag" in body and "Suche:" in body and 'value="Anwenden"' in page.text
    assert 'value="Apply"' not in page.text
    for english in (" rows", "View and edit SQL", "This data as", "Advanced export", "- column -"):
        assert english not in body, english
    link = re.search(r'href="(/dkbm/veranstaltungen\.ics\?[^"]+)"', page.text).group(1).replace("&amp;", "&")
    assert "Format=Fachtag" in link
    feed = await ds.client.get(link)
    assert [str(e["summary"]) for e in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")] == ["Fachtag Ganztag"]
    start = text((await ds.client.get("/")).text)
    assert "Kommende Veranstaltungen März 2099" in start and "Nächste Anmeldeschlüsse" in start


ENGLISH_CHROME = ("Custom SQL query", "View and edit SQL", "Run SQL", "Format SQL", "Edit SQL", "This data as",
                  "Download", "Tables", "Queries", "Views", "hidden table", "(hidden)", " rows", "1 row",
                  "Many rows", "returning", "Query parameters", "0 results", "( hide )", "( show )")


def assert_no_english(body: str) -> None:
    for english in ENGLISH_CHROME:
        assert english not in body, english


@pytest.mark.asyncio
async def test_the_database_page_is_german(store):
    ds = make_datasette(store.path)
    page = await ds.client.get("/dkbm")
    assert page.status_code == 200
    body = text(page.text)
    assert "Eigene SQL-Abfrage" in body and 'value="SQL ausführen"' in page.text and "SQL formatieren" in body
    assert "Abfragen" in body and "Kommende Veranstaltungen" in body and "Tabellen" in body and "Sichten" in body
    assert re.search(r"\bveranstaltungen [^.]*?\b2 Einträge\b", body), body
    assert re.search(r"… und \d+ verborgene Tabellen", body)
    assert_no_english(body)
    hidden = text((await ds.client.get("/dkbm?_show_hidden=1")).text)
    assert "veranstaltungen_fts (verborgen)" in hidden
    assert_no_english(hidden)


@pytest.mark.asyncio
async def test_the_sql_page_and_the_canned_queries_are_german(store):
    ds = make_datasette(store.path)
    page = await ds.client.get("/dkbm", params={"sql": "select Titel from veranstaltungen order by Beginn"})
    body = text(page.text)
    assert "Eigene SQL-Abfrage: 2 Einträge" in body and "( SQL ausblenden )" in body
    assert "Diese Daten als" in body and 'value="SQL ausführen"' in page.text
    assert "Netzwerktreffen Bildungsmonitoring München" in body
    assert_no_english(body)
    hidden_sql = text((await ds.client.get("/dkbm", params={"sql": "select 1", "_hide_sql": "1"})).text)
    assert "( SQL anzeigen )" in hidden_sql and "1 Eintrag" in hidden_sql
    assert_no_english(hidden_sql)
    empty = text((await ds.client.get("/dkbm", params={"sql": "select * from events where id = :id",
                                                          "id": "gibt-es-nicht"})).text)
    assert "Parameter der Abfrage" in empty and "Keine Ergebnisse." in empty
    assert_no_english(empty)
    broken = await ds.client.get("/dkbm", params={"sql": "select * from gibt_es_nicht"})
    assert "Die Abfrage ist fehlgeschlagen" in text(broken.text)
    canned = text((await ds.client.get("/dkbm/kommende_veranstaltungen")).text)
    assert "SQL-Abfrage: 2 Einträge" in canned and "SQL bearbeiten" in canned
    assert_no_english(canned)


@pytest.mark.asyncio
async def test_counts_follow_every_write(store):
    ds = make_datasette(store.path)

    async def counted() -> tuple[int, str]:
        data = (await ds.client.get("/dkbm/events.json", params={"source": "reab_hessen", "_size": "1"})).json()
        page = text((await ds.client.get("/dkbm/veranstaltungen")).text)
        return data["filtered_table_rows_count"], page

    count, page = await counted()
    assert count == 2 and "2 Einträge" in page
    crawl_page(store, [Event(title="Werkstatt Sozialraum", start="2099-05-04", all_day=True, city="Fulda")],
               page_url=LIST_PAGE + "?seite=2")
    count, page = await counted()
    assert count == 3 and "3 Einträge" in page
