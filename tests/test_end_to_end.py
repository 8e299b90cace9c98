"""The whole path a user takes: crawl every source of the offline mirror over real HTTP on
loopback, then find the events in SQLite, in the Datasette JSON API and in the calendar feed."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import icalendar
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "fixtures" / "mirror_expected"
CRAWL_DATE = "2026-11-23"
BERLIN = ZoneInfo("Europe/Berlin")


def crawl(db: Path, *extra: str) -> dict:
    summary = db.with_suffix(".summary.json")
    result = subprocess.run(
        [sys.executable, "-m", "dkbm_aggregate.cli", "crawl", "--offline", "--db", str(db),
         "--summary-json", str(summary), "--crawl-date", CRAWL_DATE, "--quiet", *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(summary.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "veranstaltungen.db"
    summary = crawl(db)
    return db, summary


def rows(db: Path, sql: str, params=()) -> list[dict]:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in connection.execute(sql, params)]
    finally:
        connection.close()


def event_by_title(db: Path, title: str) -> dict:
    found = rows(db, "select * from events where title = ? and duplicate_of is null", [title])
    assert found, f"{title!r} not in the database"
    return found[0]


# Named events a user would look for, each from a different CMS shape.
NAMED = [
    # (title, start, registration_deadline, organizer)
    ("Werkstatt: Sozialräumliches Bildungsmonitoring aufbauen", "2027-01-26T10:00", "2027-01-12",
     "Transferagentur Bayern"),  # inline list, year from the "Termine 2027" heading, weekday-checked
    ("Fachkonferenz der Transferinitiative 2027: Bildungsdaten wirksam nutzen", "2027-06-10T09:30", "2027-05-14",
     "Transferinitiative Kommunales Bildungsmanagement"),  # cross-posted on three sites
    ("Netzwerktreffen Bildungsmonitoring NRW: Daten für den Ganztagsausbau", "2027-01-20T10:00", "2027-01-13",
     "REAB NRW"),  # postponed: the new date, not the old one in the URL
    ("Fachtag Kommunale Bildungsberichterstattung 2026", "2026-12-14T10:15", "2026-12-04", "REAB NRW"),
]


def test_every_source_is_crawled_and_reported(crawled):
    db, summary = crawled
    assert summary["total"]["sources"] >= 10
    assert summary["total"]["sources_failed"] == 0
    assert summary["total"]["events_new"] >= 60
    for name, source in summary["sources"].items():
        assert source["pages_fetched"] >= 4, name
        assert source["events_new"] >= (1 if source["platform"] == "generic" else 4), name
    # the deliberate broken link is reported with its URL, and the crawl went on
    reasons = [e for s in summary["sources"].values() for e in s["error_details"]]
    assert any("404" in e["reason"] and "forum-kommunale-bildungslandschaften-2027" in e["url"] for e in reasons)


def test_at_least_sixty_events_from_ten_sources_in_the_database(crawled):
    db, _ = crawled
    counts = rows(db, "select source, count(*) n from events group by source")
    assert len(counts) >= 10
    assert sum(c["n"] for c in counts) >= 60


@pytest.mark.parametrize("title,start,deadline,organizer", NAMED, ids=[n[0][:40] for n in NAMED])
def test_named_events_are_stored_correctly(crawled, title, start, deadline, organizer):
    db, _ = crawled
    event = event_by_title(db, title)
    assert event["start"] == start
    assert event["registration_deadline"] == deadline
    assert event["organizer"] == organizer


def test_most_expected_events_are_found_with_their_facts(crawled):
    """Against what a careful reader finds in the mirror (tests/fixtures/mirror_expected)."""
    db, _ = crawled
    stored = rows(db, "select * from events")
    expected = [e for path in sorted(EXPECTED.glob("*.json")) for e in json.loads(path.read_text("utf-8"))]
    assert len(expected) >= 60
    correct = 0
    for wanted in expected:
        match = next((r for r in stored if r["title"] == wanted["title"]
                      and unquote(r["url"]) == unquote(wanted["url"])), None)
        if match and all(match[k] == wanted[k] for k in ("start", "registration_deadline", "status")):
            correct += 1
    assert correct / len(expected) >= 0.9, f"{correct}/{len(expected)} expected events found correctly"


def test_robots_txt_keeps_the_crawler_out(crawled):
    db, _ = crawled
    assert not rows(db, "select id from events where title like 'INTERN%'")
    assert not rows(db, "select id from events where url like '%/intern/%'")


def test_same_event_on_three_sites_appears_once(crawled):
    db, _ = crawled
    copies = rows(db, "select id, source, duplicate_of from events where title like '%Bildungsdaten wirksam nutzen%'")
    assert len(copies) >= 2
    assert len([c for c in copies if c["duplicate_of"] is None]) == 1


def test_recrawl_uses_conditional_requests_and_changes_nothing(crawled, tmp_path):
    db, first = crawled
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    shutil.copytree(str(db) + ".httpcache", str(copy) + ".httpcache")
    second = crawl(copy)
    total = second["total"]
    sources = list(second["sources"].values())
    # every page asked again answers 304, but the one 404 (a guessed feed address a generic site
    # answered 404 for is not asked again for a month)
    assert sum(s["pages_not_modified"] for s in sources) >= sum(s["pages_fetched"] for s in sources) - 2
    assert total["pages_fetched"] < first["total"]["pages_fetched"]
    assert total["bytes_received"] < first["total"]["bytes_received"] / 10
    assert total["events_new"] == 0 and total["events_changed"] == 0
    assert total["events_unchanged"] == first["total"]["events_new"]
    # nothing is read again that did not change, on agency and generic sites alike; no event is
    # declared missing
    assert sum(s["pages_extracted"] for s in first["sources"].values() if s["platform"] != "generic") > 50
    assert sum(s["pages_extracted"] for s in first["sources"].values() if s["platform"] == "generic") > 10
    assert total["pages_extracted"] == 0
    assert total["events_missing"] == 0
    assert {n: s["status"] for n, s in second["sources"].items()} == \
        {n: s["status"] for n, s in first["sources"].items()}


def test_a_rescheduled_event_keeps_its_identity_and_bumps_its_sequence(tmp_path):
    mirror = tmp_path / "mirror"
    shutil.copytree(ROOT / "data" / "mirror" / "www.transferagentur-bayern.de", mirror / "www.transferagentur-bayern.de")
    db = tmp_path / "bayern.db"
    crawl(db, "--mirror", str(mirror), "--source", "transferagentur_bayern")
    before = event_by_title(db, "Werkstatt: Sozialräumliches Bildungsmonitoring aufbauen")
    page = mirror / "www.transferagentur-bayern.de" / "veranstaltungen" / "veranstaltungen-buero-sued"
    text = page.read_text(encoding="utf-8")
    assert "Dienstag, 26. Januar" in text
    page.write_text(text.replace("Dienstag, 26. Januar", "Dienstag, 2. Februar"), encoding="utf-8")
    summary = crawl(db, "--mirror", str(mirror), "--source", "transferagentur_bayern")
    after = event_by_title(db, "Werkstatt: Sozialräumliches Bildungsmonitoring aufbauen")
    assert summary["total"]["events_changed"] == 1
    assert after["id"] == before["id"]
    assert after["start"] == "2027-02-02T10:00"
    assert after["sequence"] == before["sequence"] + 1


@pytest.mark.asyncio
async def test_datasette_json_api_and_feed_carry_the_events(crawled):
    from dkbm_aggregate.app import make_datasette

    db, _ = crawled
    datasette = make_datasette(db)
    title = NAMED[0][0]
    response = await datasette.client.get("/dkbm/events.json", params={"_shape": "array", "title": title})
    assert response.status_code == 200
    api_rows = response.json()
    assert api_rows and api_rows[0]["start"] == NAMED[0][1]
    assert api_rows[0]["registration_deadline"] == NAMED[0][2]
    assert api_rows[0]["organizer"] == NAMED[0][3]

    feed = await datasette.client.get("/dkbm/events.ics")
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(feed.content)
    assert calendar.walk("VTIMEZONE")
    events = [c for c in calendar.walk("VEVENT") if not str(c["UID"]).endswith("-anmeldeschluss@dkbm-aggregate")]
    uids = [str(c["UID"]) for c in events]
    assert len(uids) == len(set(uids))
    dated = rows(db, "select id from events where duplicate_of is null and start is not null")
    assert len(uids) == len(dated) >= 60
    by_uid = {str(c["UID"]): c for c in events}
    stored = event_by_title(db, title)
    vevent = by_uid[f"{stored['id']}@dkbm-aggregate"]
    assert str(vevent["SUMMARY"]) == title
    assert vevent["DTSTART"].dt == datetime(2027, 1, 26, 10, 0, tzinfo=BERLIN)
    assert "12.01.2027" in str(vevent["DESCRIPTION"])  # the registration deadline, in German


@pytest.mark.asyncio
async def test_the_german_overview_lists_each_event_once_with_facets(crawled):
    from dkbm_aggregate.app import make_datasette

    db, _ = crawled
    datasette = make_datasette(db)
    response = await datasette.client.get("/dkbm/veranstaltungen.json", params={
        "_shape": "objects", "Titel__contains": "Bildungsdaten wirksam nutzen", "_facet": "Format"})
    assert response.status_code == 200
    data = response.json()
    assert len(data["rows"]) == 1  # the conference announced on three sites
    row = data["rows"][0]
    assert row["Beginn"] == "2027-06-10T09:30" and row["Stadt"] == "Berlin" and row["Status"] == "geplant"
    assert "Format" in data["facet_results"]
    page = await datasette.client.get("/dkbm/veranstaltungen")
    assert page.status_code == 200 and "Veranstaltungen (Übersicht)" in page.text
