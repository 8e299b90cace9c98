"""Identity as a calendar subscriber sees it: an event keeps its id (its UID) through every edit of
its page, series meetings stay apart, and every change and every page it was seen on is kept."""
from __future__ import annotations

import pytest

from crawler.items import EventItem
from crawler.pipelines import NormalizePipeline
from dkbm_aggregate.store import Store
from parsers import Event

from .test_store import LIST_PAGE, PAGE, SOURCES

NEWSLETTER = "https://www.reab-hessen.de/newsletter/ausgabe-3-2027.html"


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "dkbm.db")
    store.sync_sources(SOURCES.values())
    return store


def crawl_page(store: Store, events: list[Event], page_url: str = PAGE, source: str = "reab_hessen",
               now: str = "2026-11-01T06:00:00+00:00") -> list[dict]:
    """One page of one crawl, through the crawler's own pipeline: the stored rows in page order."""
    store.begin_run()
    page_events = [{"title": e.title, "start": e.start, "city": e.city} for e in events]
    rows = []
    for event in events:
        row = NormalizePipeline().process_item(EventItem(event=event, source=SOURCES[source], page_url=page_url,
                                                         events_on_page=len(events), page_events=page_events))
        store.upsert_event(row, now=now)
        rows.append(store.db["events"].get(row["id"]))
    return rows


def fachtag(**changes) -> Event:
    values = dict(title="Fachtag Bildungsmonitoring und Ganztag", start="2027-03-12T10:00", end="2027-03-12T16:00",
                  venue="Kulturbahnhof", city="Kassel", organizer="REAB Hessen")
    values.update(changes)
    return Event(**values)


def test_a_detail_page_that_starts_announcing_a_second_event_keeps_the_first_events_id(store):
    [before] = crawl_page(store, [fachtag()])
    after = crawl_page(store, [fachtag(), Event(title="Werkstatt Sozialraumanalyse", start="2027-04-01T09:00")],
                       now="2026-11-08T06:00:00+00:00")
    assert after[0]["id"] == before["id"]
    assert after[1]["id"] != before["id"]
    assert store.db["events"].count == 2
    # ... and when it stops announcing it again, the first one is still the same event.
    [again] = crawl_page(store, [fachtag()], now="2026-11-15T06:00:00+00:00")
    assert again["id"] == before["id"]


def test_a_date_changed_in_one_place_while_the_page_gains_an_event_is_the_same_event(store):
    [before] = crawl_page(store, [fachtag()])
    after = crawl_page(store, [Event(title="Werkstatt Sozialraumanalyse", start="2027-04-01T09:00"),
                               fachtag(start="2027-03-19T10:00", end="2027-03-19T16:00")],
                       now="2026-11-08T06:00:00+00:00")
    moved = after[1]
    assert moved["id"] == before["id"]
    assert moved["start"] == "2027-03-19T10:00"
    assert moved["sequence"] == 1


def test_reworded_moved_and_cancelled_on_a_list_page_keeps_its_id(store):
    first = crawl_page(store, [fachtag(), Event(title="Netzwerktreffen Büro Süd", start="2027-05-05T10:00")],
                       page_url=LIST_PAGE)
    reworded = crawl_page(store, [
        Event(title="Netzwerktreffen Büro Süd", start="2027-05-05T10:00"),
        fachtag(title="Fachtag: Bildungsmonitoring & Ganztag in Hessen", start="2027-03-26T10:00",
                end="2027-03-26T16:00"),
    ], page_url=LIST_PAGE, now="2026-11-08T06:00:00+00:00")
    assert [r["id"] for r in reworded] == [first[1]["id"], first[0]["id"]]
    cancelled = crawl_page(store, [
        fachtag(title="ABGESAGT: Fachtag: Bildungsmonitoring & Ganztag in Hessen", start="2027-03-26T10:00",
                end="2027-03-26T16:00", status="cancelled"),
        Event(title="Netzwerktreffen Büro Süd", start="2027-05-05T10:00"),
    ], page_url=LIST_PAGE, now="2026-11-15T06:00:00+00:00")
    assert cancelled[0]["id"] == first[0]["id"] and cancelled[0]["status"] == "cancelled"
    assert cancelled[0]["sequence"] == 2
    assert store.db["events"].count == 2


def test_meetings_of_a_series_stay_two_events(store):
    third = crawl_page(store, [Event(title="3. Netzwerktreffen Bildungsmonitoring", start="2027-02-10T10:00")],
                       page_url=LIST_PAGE)
    fourth = crawl_page(store, [Event(title="4. Netzwerktreffen Bildungsmonitoring", start="2027-06-10T10:00")],
                        page_url=LIST_PAGE, now="2026-11-08T06:00:00+00:00")
    assert third[0]["id"] != fourth[0]["id"]
    assert store.db["events"].get(third[0]["id"])["start"] == "2027-02-10T10:00"


@pytest.mark.parametrize("order", ["old date first", "new date first"])
def test_the_same_workshop_on_two_dates_stays_two_events(store, order):
    workshop = dict(title="Werkstatt Datenvisualisierung", city="Kassel")
    [before] = crawl_page(store, [Event(start="2027-03-03T09:00", **workshop)], page_url=LIST_PAGE)
    both = [Event(start="2027-03-03T09:00", **workshop), Event(start="2027-03-10T09:00", **workshop)]
    if order == "new date first":
        both.reverse()
    after = crawl_page(store, both, page_url=LIST_PAGE, now="2026-11-08T06:00:00+00:00")
    by_start = {row["start"]: row for row in after}
    assert by_start["2027-03-03T09:00"]["id"] == before["id"]
    assert by_start["2027-03-03T09:00"]["sequence"] == 0
    assert by_start["2027-03-10T09:00"]["id"] != before["id"]
    assert store.db["events"].count == 2


def test_every_change_is_kept_with_its_old_and_new_value(store):
    [before] = crawl_page(store, [fachtag()])
    crawl_page(store, [fachtag(start="2027-03-19T10:00", end="2027-03-19T16:00", city="Fulda")],
               now="2026-11-08T06:00:00+00:00")
    changes = {(c["field"], c["old"], c["new"]) for c in store.db.query(
        "select field, old, new from event_changes where event_id = ?", [before["id"]])}
    assert ("start", "2027-03-12T10:00", "2027-03-19T10:00") in changes
    assert ("city", "Kassel", "Fulda") in changes
    # the crawl run is recorded with the changes it made
    run_id = store.record_run({"source": "reab_hessen", "started": "2026-11-08T06:00:00+00:00",
                               "finished": "2026-11-08T06:01:00+00:00", "status": "ok", "events_new": 0,
                               "events_changed": 1, "events_unchanged": 0, "errors": 0}, [])
    assert {c["run_id"] for c in store.db.query("select run_id from event_changes")} == {run_id}


def test_every_page_an_event_was_seen_on_is_kept_with_its_role(store):
    [own] = crawl_page(store, [fachtag()])
    [in_newsletter] = crawl_page(store, [fachtag(url=PAGE)], page_url=NEWSLETTER)
    assert in_newsletter["id"] == own["id"]  # the newsletter item links to the event's own page
    roles = {(s["url"], s["role"]) for s in store.db.query("select url, role from event_sources")}
    assert (PAGE, "organizer") in roles
    assert (NEWSLETTER, "newsletter") in roles
    [third_party] = crawl_page(store, [fachtag(organizer="Transferinitiative Kommunales Bildungsmanagement")],
                               page_url="https://www.kommunales-bildungsmonitoring.de/termine/fachtag.html",
                               source="kosmo")
    assert next(store.db.query("select role from event_sources where event_id = ?", [third_party["id"]]))["role"] \
        == "third_party"


def test_a_vanished_event_is_kept_and_its_disappearance_is_in_its_history(store):
    [gone] = crawl_page(store, [fachtag()])
    assert store.mark_missing("reab_hessen", set(), now="2026-11-08T06:00:00+00:00") == 1
    assert store.db["events"].get(gone["id"])["missing_since"] == "2026-11-08T06:00:00+00:00"
    assert [c["field"] for c in store.db.query("select field from event_changes")] == ["missing_since"]
