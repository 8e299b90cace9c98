"""The SQLite store as a calendar subscriber and a Datasette user see it: stable identities,
new/changed/unchanged, SEQUENCE bumps, missing events kept, cross-source duplicates, search."""
from __future__ import annotations

import json

import pytest

from crawler.items import EventItem
from crawler.pipelines import NormalizePipeline
from dkbm_aggregate.registry import Source
from dkbm_aggregate.store import Store, event_id
from parsers import Event

PAGE = "https://www.reab-hessen.de/angebote/veranstaltungsangebot/details/netzwerktreffen.html"
LIST_PAGE = "https://www.transferagentur-bayern.de/veranstaltungen/veranstaltungen-buero-sued"

SOURCES = {
    "reab_hessen": Source(name="reab_hessen", title="REAB Hessen", organizer="REAB Hessen", regions=("HE",),
                          platform="typo3_news", start_urls=("https://www.reab-hessen.de/",),
                          detail_patterns=(r"/details/[^/]+\.html$",)),
    "transferinitiative": Source(name="transferinitiative", title="Transferinitiative Kommunales Bildungsmanagement",
                                 organizer="Transferinitiative Kommunales Bildungsmanagement", regions=("DE",),
                                 platform="static", start_urls=("https://www.transferinitiative.de/",),
                                 detail_patterns=(r"/termine/",)),
    "kosmo": Source(name="kosmo", title="KOSMO", organizer="KOSMO", regions=("DE",), platform="typo3_news",
                    start_urls=("https://www.kommunales-bildungsmonitoring.de/",), detail_patterns=(r"/termine/",)),
    "transmit": Source(name="transmit", title="REAB Mitteldeutschland (TransMit)", organizer="REAB Mitteldeutschland",
                       regions=("SN", "ST", "TH"), platform="wordpress",
                       start_urls=("https://reab-mitteldeutschland.de/",), detail_patterns=(r"/termine/",)),
}


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "dkbm.db")
    store.sync_sources(SOURCES.values())
    return store


def normalized(event: Event, source: str = "reab_hessen", page_url: str = PAGE, events_on_page: int = 1) -> dict:
    """The row the crawler stores for an event (the same path as in a crawl)."""
    item = EventItem(event=event, source=SOURCES[source], page_url=page_url, events_on_page=events_on_page)
    return NormalizePipeline().process_item(item)


def netzwerktreffen(**changes) -> Event:
    values = dict(title="Netzwerktreffen Bildungsmonitoring", start="2027-03-12T10:00", end="2027-03-12T13:00",
                  online=True, online_platform="Webex", event_type="Netzwerktreffen",
                  topics=["Bildungsmonitoring", "Ganztag"], description="Austausch der Bildungskoordination.")
    values.update(changes)
    return Event(**values)


def stored(store: Store, row_id: str) -> dict:
    return store.db["events"].get(row_id)


# ------------------------------------------------------------------ identity

def test_a_rescheduled_event_keeps_its_id():
    before = normalized(netzwerktreffen())
    after = normalized(netzwerktreffen(start="2027-04-20T09:00", end="2027-04-20T12:00"))
    assert before["id"] == after["id"]
    assert before["id"].startswith("reab_hessen/")
    assert event_id("reab_hessen", PAGE, "Irgendein Titel", False) == before["id"]  # the page is the identity


def test_different_pages_and_sources_give_different_ids():
    other_page = normalized(netzwerktreffen(), page_url=PAGE.replace("netzwerktreffen", "fachtag"))
    other_source = normalized(netzwerktreffen(), source="transmit")
    assert len({normalized(netzwerktreffen())["id"], other_page["id"], other_source["id"]}) == 3


def test_several_events_on_one_page_differ_by_title():
    first = normalized(netzwerktreffen(title="Netzwerktreffen Büro Süd"), page_url=LIST_PAGE, events_on_page=2)
    second = normalized(netzwerktreffen(title="Werkstatt Sozialraumanalyse"), page_url=LIST_PAGE, events_on_page=2)
    assert first["id"] != second["id"]


@pytest.mark.parametrize("cancelled_title", [
    "ABGESAGT: Netzwerktreffen Büro Süd", "Abgesagt – Netzwerktreffen Büro Süd", "ENTFÄLLT! Netzwerktreffen Büro Süd",
    "Verschoben: Netzwerktreffen Büro Süd", "Netzwerktreffen Büro Süd (abgesagt)", "Netzwerktreffen Büro Süd – ABGESAGT",
    "+++ ABGESAGT +++ Netzwerktreffen Büro Süd",
])
def test_status_markers_in_the_title_do_not_change_the_id(cancelled_title):
    """An agency that cancels one event of a list page writes it into the title; the calendar
    must update the event it has, not add a second one."""
    before = event_id("transferagentur_bayern", LIST_PAGE, "Netzwerktreffen Büro Süd", True)
    assert event_id("transferagentur_bayern", LIST_PAGE, cancelled_title, True) == before


# ------------------------------------------------------------------ upsert

def test_upsert_reports_new_then_unchanged_then_changed(store):
    row = normalized(netzwerktreffen())
    assert store.upsert_event(dict(row), now="2026-11-01T06:00:00+00:00") == "new"
    assert store.upsert_event(dict(row), now="2026-11-08T06:00:00+00:00") == "unchanged"
    changed = normalized(netzwerktreffen(venue="Kulturbahnhof", city="Kassel", online=False))
    assert store.upsert_event(changed, now="2026-11-15T06:00:00+00:00") == "changed"
    saved = stored(store, row["id"])
    assert saved["city"] == "Kassel" and saved["online"] == 0
    assert saved["first_seen"] == "2026-11-01T06:00:00+00:00"
    assert saved["last_seen"] == "2026-11-15T06:00:00+00:00"
    assert store.db["events"].count == 1


def test_unchanged_upsert_keeps_last_changed_and_sequence(store):
    row = normalized(netzwerktreffen())
    store.upsert_event(dict(row), now="2026-11-01T06:00:00+00:00")
    store.upsert_event(dict(row), now="2026-11-08T06:00:00+00:00")
    saved = stored(store, row["id"])
    assert saved["sequence"] == 0
    assert saved["last_changed"] == "2026-11-01T06:00:00+00:00"
    assert saved["last_seen"] == "2026-11-08T06:00:00+00:00"


def test_a_date_change_bumps_sequence_by_one_and_last_changed(store):
    row = normalized(netzwerktreffen())
    store.upsert_event(row, now="2026-11-01T06:00:00+00:00")
    moved = normalized(netzwerktreffen(start="2027-04-20T10:00", end="2027-04-20T13:00"))
    assert store.upsert_event(moved, now="2026-11-08T06:00:00+00:00") == "changed"
    saved = stored(store, row["id"])
    assert saved["start"] == "2027-04-20T10:00"
    assert saved["sequence"] == 1
    assert saved["last_changed"] == "2026-11-08T06:00:00+00:00"
    moved_again = normalized(netzwerktreffen(start="2027-05-04T10:00", end="2027-05-04T13:00"))
    store.upsert_event(moved_again, now="2026-11-15T06:00:00+00:00")
    assert stored(store, row["id"])["sequence"] == 2


def test_a_cancellation_bumps_sequence(store):
    row = normalized(netzwerktreffen())
    store.upsert_event(row)
    cancelled = normalized(netzwerktreffen(title="ABGESAGT: Netzwerktreffen Bildungsmonitoring", status="cancelled"))
    assert cancelled["id"] == row["id"]
    assert store.upsert_event(cancelled) == "changed"
    saved = stored(store, row["id"])
    assert saved["status"] == "cancelled" and saved["sequence"] == 1


def test_a_postponed_event_remembers_its_original_date(store):
    store.upsert_event(normalized(netzwerktreffen()))
    postponed = normalized(netzwerktreffen(start="2027-06-01T10:00", end="2027-06-01T13:00", status="postponed"))
    store.upsert_event(postponed)
    saved = stored(store, postponed["id"])
    assert saved["original_start"] == "2027-03-12T10:00"
    assert saved["start"] == "2027-06-01T10:00"


def test_a_description_only_change_does_not_bump_sequence(store):
    row = normalized(netzwerktreffen())
    store.upsert_event(row, now="2026-11-01T06:00:00+00:00")
    edited = normalized(netzwerktreffen(description="Austausch der Bildungskoordination. Anmeldung bis 1. März."))
    assert store.upsert_event(edited, now="2026-11-08T06:00:00+00:00") == "changed"
    saved = stored(store, row["id"])
    assert saved["sequence"] == 0
    assert "Anmeldung bis 1. März" in saved["description"]
    assert saved["last_changed"] == "2026-11-08T06:00:00+00:00"


def test_json_columns_are_stored_as_json_arrays(store):
    row = normalized(netzwerktreffen(co_organizers=["Stadt Kassel"]))
    store.upsert_event(row)
    raw = next(store.db.query("select topics, regions, co_organizers, target_groups from events"))
    assert json.loads(raw["topics"]) == ["Bildungsmonitoring", "Ganztag"]
    assert json.loads(raw["regions"]) == ["HE"]
    assert json.loads(raw["co_organizers"]) == ["Stadt Kassel"]
    assert json.loads(raw["target_groups"]) == []
    # Datasette facets these with json_each: it must see the array elements.
    topics = [r["value"] for r in store.db.query("select j.value from events, json_each(events.topics) j")]
    assert topics == ["Bildungsmonitoring", "Ganztag"]


# ------------------------------------------------------------------ missing events

def test_mark_missing_flags_only_unseen_events_and_deletes_nothing(store):
    seen = normalized(netzwerktreffen())
    gone = normalized(netzwerktreffen(title="Fachtag Ganztag"), page_url=PAGE.replace("netzwerktreffen", "fachtag"))
    other_source = normalized(netzwerktreffen(), source="transmit")
    for row in (seen, gone, other_source):
        store.upsert_event(row, now="2026-11-01T06:00:00+00:00")
    assert store.mark_missing("reab_hessen", {seen["id"]}, now="2026-11-08T06:00:00+00:00") == 1
    assert store.db["events"].count == 3
    assert stored(store, gone["id"])["missing_since"] == "2026-11-08T06:00:00+00:00"
    assert stored(store, seen["id"])["missing_since"] is None
    assert stored(store, other_source["id"])["missing_since"] is None
    # A second crawl without it keeps the first date it went missing.
    assert store.mark_missing("reab_hessen", {seen["id"]}, now="2026-11-15T06:00:00+00:00") == 0
    assert stored(store, gone["id"])["missing_since"] == "2026-11-08T06:00:00+00:00"
    # It comes back: no longer missing.
    store.upsert_event(dict(gone), now="2026-11-22T06:00:00+00:00")
    assert stored(store, gone["id"])["missing_since"] is None


# ------------------------------------------------------------------ duplicates across sources

def fachkonferenz(source: str, title: str, organizer: str, **changes) -> dict:
    values = dict(title=title, start="2027-06-10T09:30", end="2027-06-10T16:00", city="Berlin", organizer=organizer)
    values.update(changes)
    page = "-".join(title.lower().split()[:4]).replace(":", "")
    return normalized(Event(**values), source=source, page_url=f"https://{source}.example/termine/{page}.html")


def test_the_same_event_from_two_sources_points_to_the_organizers_own_announcement(store):
    organizer = "Transferinitiative Kommunales Bildungsmanagement"
    # The REAB saw it first, but the organizer's own page is the one to keep.
    copy = fachkonferenz("reab_hessen", "Fachkonferenz der Transferinitiative 2027: Bildungsdaten wirksam nutzen",
                         organizer)
    own = fachkonferenz("transferinitiative", "Fachkonferenz der Transferinitiative 2027: Bildungsdaten wirksam nutzen",
                        organizer)
    reordered = fachkonferenz("kosmo", "Bildungsdaten wirksam nutzen: Fachkonferenz der Transferinitiative 2027",
                              organizer)
    store.upsert_event(copy, now="2026-11-01T06:00:00+00:00")
    store.upsert_event(own, now="2026-11-05T06:00:00+00:00")
    store.upsert_event(reordered, now="2026-11-06T06:00:00+00:00")
    assert store.merge_duplicates() == 2
    assert stored(store, copy["id"])["duplicate_of"] == own["id"]
    assert stored(store, reordered["id"])["duplicate_of"] == own["id"]
    assert stored(store, own["id"])["duplicate_of"] is None
    visible = [r["id"] for r in store.db.query("select id from events where duplicate_of is null")]
    assert visible == [own["id"]]


def test_different_events_are_left_alone(store):
    organizer = "REAB Hessen"
    base = fachkonferenz("reab_hessen", "Netzwerktreffen Bildungsmonitoring", organizer)
    next_day = fachkonferenz("transmit", "Netzwerktreffen Bildungsmonitoring", "REAB Mitteldeutschland",
                             start="2027-06-11T09:30", end="2027-06-11T16:00")
    other_title = fachkonferenz("kosmo", "Werkstatt Datenvisualisierung", "KOSMO")
    for row in (base, next_day, other_title):
        store.upsert_event(row)
    assert store.merge_duplicates() == 0
    assert store.db.execute("select count(*) from events where duplicate_of is not null").fetchone()[0] == 0


def test_regional_meetings_with_alike_titles_in_different_cities_are_not_merged(store):
    """"Netzwerktreffen Bildungsmonitoring Hessen" in Kassel and "… Sachsen" in Leipzig on the same
    day are two meetings; merging them would hide one from every calendar."""
    hessen = fachkonferenz("reab_hessen", "Netzwerktreffen Bildungsmonitoring Hessen", "REAB Hessen", city="Kassel")
    sachsen = fachkonferenz("transmit", "Netzwerktreffen Bildungsmonitoring Sachsen", "REAB Mitteldeutschland",
                            city="Leipzig")
    store.upsert_event(hessen)
    store.upsert_event(sachsen)
    assert store.merge_duplicates() == 0


def test_alike_titles_at_different_times_of_the_same_day_are_not_merged(store):
    morning = fachkonferenz("reab_hessen", "Online-Sprechstunde Bildungsmonitoring Hessen", "REAB Hessen",
                            city=None, online=True)
    afternoon = fachkonferenz("transmit", "Online-Sprechstunde Bildungsmonitoring Sachsen", "REAB Mitteldeutschland",
                              city=None, online=True, start="2027-06-10T14:00", end="2027-06-10T15:00")
    store.upsert_event(morning)
    store.upsert_event(afternoon)
    assert store.merge_duplicates() == 0


def test_merging_again_after_a_correction_releases_the_duplicate(store):
    organizer = "Transferinitiative Kommunales Bildungsmanagement"
    copy = fachkonferenz("reab_hessen", "Fachkonferenz der Transferinitiative 2027", organizer)
    own = fachkonferenz("transferinitiative", "Fachkonferenz der Transferinitiative 2027", organizer)
    store.upsert_event(copy)
    store.upsert_event(own)
    assert store.merge_duplicates() == 1
    store.upsert_event(fachkonferenz("reab_hessen", "Fachkonferenz der Transferinitiative 2027", organizer,
                                     start="2027-09-01T09:30", end="2027-09-01T16:00"))
    assert store.merge_duplicates() == 0
    assert stored(store, copy["id"])["duplicate_of"] is None


# ------------------------------------------------------------------ full-text search

def test_search_finds_an_event_by_a_word_of_its_title(store):
    store.upsert_event(normalized(netzwerktreffen()))
    store.upsert_event(normalized(Event(title="Fachtag Übergänge Kita–Grundschule", start="2027-05-05"),
                                  page_url=PAGE.replace("netzwerktreffen", "fachtag")))
    hits = [r["title"] for r in store.db.query(
        "select events.title from events join events_fts on events_fts.rowid = events.rowid "
        "where events_fts match ?", ["Netzwerktreffen"])]
    assert hits == ["Netzwerktreffen Bildungsmonitoring"]
    assert [r["title"] for r in store.db["events"].search("übergänge")] == ["Fachtag Übergänge Kita–Grundschule"]


def test_search_follows_a_changed_title(store):
    row = normalized(netzwerktreffen())
    store.upsert_event(row)
    store.upsert_event(normalized(netzwerktreffen(title="Netzwerktreffen Datenvisualisierung")))
    assert [r["id"] for r in store.db["events"].search("Datenvisualisierung")] == [row["id"]]
    assert list(store.db["events"].search("Bildungsmonitoring")) == []


def test_events_of_a_list_page_keep_their_ids_when_the_list_grows():
    """A list page (no detail page of its own) with one event today and two tomorrow: the first
    event must not change its identity, or calendars would show it twice."""
    alone = normalized(netzwerktreffen(title="Netzwerktreffen Büro Süd"), page_url=LIST_PAGE, events_on_page=1,
                       source="reab_hessen")
    with_another = normalized(netzwerktreffen(title="Netzwerktreffen Büro Süd"), page_url=LIST_PAGE,
                              events_on_page=2, source="reab_hessen")
    assert alone["id"] == with_another["id"]
