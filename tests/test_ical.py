"""The iCalendar feed as a calendar user meets it: parsed back with icalendar."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from dkbm_aggregate.ical import build_calendar
from dkbm_aggregate.schema import EVENT_COLUMNS

SUMMER = "reab_hessen/1a2b3c4d5e6f"
WINTER = "transferagentur_nord_ost/2b3c4d5e6f70"
CONFERENCE = "transferagentur_grossstaedte/3c4d5e6f7081"
CANCELLED = "reab_hessen/4d5e6f708192"
POSTPONED = "transferagentur_nord_ost/5e6f708192a3"
DUPLICATE = "transferagentur_grossstaedte/6f708192a3b4"
NO_START = "reab_hessen/708192a3b4c5"


def event_row(**values) -> dict:
    row = {column: None for column in EVENT_COLUMNS}
    row.update(timezone="Europe/Berlin", all_day=0, status="scheduled", sequence=0,
               online=0, hybrid=0, booked_out=0, date_tentative=0,
               first_seen="2026-03-01T06:00:00Z", last_seen="2026-04-01T06:00:00Z",
               last_changed="2026-03-15T06:00:00Z")
    row.update(values)
    return row


def sample_rows() -> list[dict]:
    return [
        event_row(
            id=SUMMER, title="Netzwerktreffen Bildungsmonitoring",
            start="2026-07-09T10:00", end="2026-07-09T15:30",
            organizer="REAB Hessen", venue="Kulturbahnhof", address="Rainer-Dierichs-Platz 1",
            postal_code="34117", city="Kassel", registration_deadline="2026-06-25",
            contacts=json.dumps([{"name": "Anna Beispiel", "role": "Referentin",
                                  "email": "anna.beispiel@reab-hessen.de", "phone": "0561 123456"}]),
            event_type="Netzwerktreffen", topics=json.dumps(["Bildungsmonitoring", "Ganztag"]),
            region="HE", regions=json.dumps(["HE"]), source="reab_hessen", source_title="REAB Hessen",
            url="https://www.reab-hessen.de/angebote/veranstaltungsangebot/details/netzwerktreffen.html",
            description="Austausch der kommunalen Bildungsmonitorer:innen.",
            last_changed="2026-04-02T08:15:00Z",
        ),
        event_row(
            id=WINTER, title="Werkstatt Datenvisualisierung",
            start="2026-12-03T10:00", end="2026-12-03T12:30", online=1, online_platform="Webex",
            organizer="Transferagentur Nord-Ost", event_type="Werkstatt/Workshop",
            region="SH, BB, MV", regions=json.dumps(["SH", "BB", "MV"]),
            source="transferagentur_nord_ost", source_title="Transferagentur Nord-Ost",
            url="https://www.transferagentur-nordost.de/veranstaltungen/werkstatt",
        ),
        event_row(
            id=CONFERENCE, title="Jahreskonferenz Kommunales Bildungsmanagement",
            start="2026-09-21", end="2026-09-22", all_day=1,
            organizer="Transferagentur für Großstädte", venue="Umweltforum", city="Berlin",
            event_type="Konferenz/Tagung", region="DE", regions=json.dumps(["DE"]),
            source="transferagentur_grossstaedte", source_title="Transferagentur für Großstädte",
            url="https://www.transferagentur-grossstaedte.de/veranstaltungen/jahreskonferenz",
        ),
        event_row(
            id=CANCELLED, title="Fachtag Ganztag", start="2026-10-15T09:30", end="2026-10-15T16:00",
            status="cancelled", registration_deadline="2026-10-01", organizer="REAB Hessen",
            city="Frankfurt am Main", event_type="Fachtag", region="HE", regions=json.dumps(["HE"]),
            source="reab_hessen", source_title="REAB Hessen", sequence=1,
            url="https://www.reab-hessen.de/angebote/veranstaltungsangebot/details/fachtag.html",
        ),
        event_row(
            id=POSTPONED, title="Forum Bildungsberichterstattung",
            start="2026-11-20T14:00", end="2026-11-20T16:00", original_start="2026-05-14T14:00",
            status="postponed", sequence=2, organizer="Transferagentur Nord-Ost",
            online=1, online_platform="Zoom", region="BB", regions=json.dumps(["BB"]),
            source="transferagentur_nord_ost", source_title="Transferagentur Nord-Ost",
            url="https://www.transferagentur-nordost.de/veranstaltungen/forum",
        ),
        event_row(
            id=DUPLICATE, title="Netzwerktreffen Bildungsmonitoring (Hessen)",
            start="2026-07-09T10:00", end="2026-07-09T15:30", duplicate_of=SUMMER,
            source="transferagentur_grossstaedte", region="HE", regions=json.dumps(["HE"]),
        ),
        event_row(
            id=NO_START, title="Save the Date: Jahrestagung 2027", start=None,
            start_partial="2027-03", date_tentative=1, registration_deadline="2027-01-31",
            source="reab_hessen", region="HE", regions=json.dumps(["HE"]),
        ),
    ]


def parse(body: bytes) -> Calendar:
    return Calendar.from_ical(body)


def events_by_uid(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


@pytest.fixture(scope="module")
def body() -> bytes:
    return build_calendar(sample_rows())


@pytest.fixture(scope="module")
def events(body):
    return events_by_uid(parse(body))


def test_calendar_announces_itself_and_asks_for_refresh(body):
    cal = parse(body)
    assert cal["VERSION"] == "2.0"
    assert cal["PRODID"]
    assert cal["METHOD"] == "PUBLISH"
    assert cal["CALSCALE"] == "GREGORIAN"
    assert cal["X-WR-CALNAME"] == "DKBM-Veranstaltungen"
    assert cal["X-WR-TIMEZONE"] == "Europe/Berlin"
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H" in body
    assert b"X-PUBLISHED-TTL:PT6H" in body


def test_one_vtimezone_for_berlin(body):
    zones = parse(body).walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    # Both the summer (CEST) and winter (CET) rules are described.
    names = {str(sub["TZNAME"]) for sub in zones[0].subcomponents}
    assert {"CET", "CEST"} <= names


def test_summer_event_keeps_its_wall_clock_time(events, body):
    event = events[f"{SUMMER}@dkbm-aggregate"]
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute) == (10, 0)  # 10:00 in Kassel, not 12:00 or 08:00
    assert str(start.tzinfo) == "Europe/Berlin"
    assert start.utcoffset() == timedelta(hours=2)  # CEST
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert b"DTSTART;TZID=Europe/Berlin:20260709T100000\r\n" in body
    assert event.decoded("DTEND").replace(tzinfo=None) == datetime(2026, 7, 9, 15, 30)


def test_winter_event_uses_cet(events):
    start = events[f"{WINTER}@dkbm-aggregate"].decoded("DTSTART")
    assert (start.hour, start.minute) == (10, 0)
    assert start.utcoffset() == timedelta(hours=1)  # CET


def test_local_times_never_written_as_utc(body):
    for line in body.decode().splitlines():
        if line.startswith(("DTSTART", "DTEND")):
            assert not line.endswith("Z"), line


def test_all_day_event_is_a_date_with_exclusive_end(events, body):
    event = events[f"{CONFERENCE}@dkbm-aggregate"]
    assert event.decoded("DTSTART") == date(2026, 9, 21)
    assert not isinstance(event.decoded("DTSTART"), datetime)
    assert event.decoded("DTEND") == date(2026, 9, 23)  # the 22nd is the last day
    assert b"DTSTART;VALUE=DATE:20260921\r\n" in body
    assert b"DTEND;VALUE=DATE:20260923\r\n" in body


def test_uids_are_distinct_and_stable_across_builds():
    first = parse(build_calendar(sample_rows()))
    second = parse(build_calendar(list(reversed(sample_rows()))))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert uids == [str(e["UID"]) for e in second.walk("VEVENT")]
    assert f"{SUMMER}@dkbm-aggregate" in uids


def test_identical_input_gives_identical_bytes():
    rows = sample_rows()
    assert build_calendar(rows) == build_calendar([dict(r) for r in rows])
    # Order of the rows does not matter either; nor does the wall clock.
    later = datetime(2030, 1, 1, tzinfo=timezone.utc)
    assert build_calendar(list(reversed(rows)), now=later) == build_calendar(rows)


def test_dtstamp_and_last_modified_come_from_last_changed(events):
    event = events[f"{SUMMER}@dkbm-aggregate"]
    changed = datetime(2026, 4, 2, 8, 15, tzinfo=timezone.utc)
    assert event.decoded("DTSTAMP") == changed
    assert event.decoded("LAST-MODIFIED") == changed


def test_cancelled_event_is_marked_in_status_and_summary(events):
    event = events[f"{CANCELLED}@dkbm-aggregate"]
    assert event["STATUS"] == "CANCELLED"
    assert str(event["SUMMARY"]) == "ABGESAGT: Fachtag Ganztag"
    assert event["SEQUENCE"] == 1
    # Nobody needs a reminder to register for a cancelled event.
    assert f"{CANCELLED}-anmeldeschluss@dkbm-aggregate" not in events


def test_postponed_event_keeps_uid_with_higher_sequence_and_names_the_old_date(events):
    event = events[f"{POSTPONED}@dkbm-aggregate"]
    assert event["SEQUENCE"] == 2
    assert event["STATUS"] == "CONFIRMED"
    assert event.decoded("DTSTART").replace(tzinfo=None) == datetime(2026, 11, 20, 14, 0)
    description = str(event["DESCRIPTION"])
    assert "VERSCHOBEN" in description
    assert "14.05.2026" in description


def test_tentative_dates_are_tentative():
    cal = parse(build_calendar([event_row(id="x/1", title="Save the Date", start="2027-03-10",
                                          date_tentative=1)]))
    (event,) = cal.walk("VEVENT")
    assert event["STATUS"] == "TENTATIVE"
    assert "vorläufig" in str(event["DESCRIPTION"])


def test_duplicates_and_events_without_date_are_left_out(events):
    assert f"{DUPLICATE}@dkbm-aggregate" not in events
    assert f"{NO_START}@dkbm-aggregate" not in events
    assert f"{NO_START}-anmeldeschluss@dkbm-aggregate" not in events
    titles = [str(e["SUMMARY"]) for e in events.values()]
    assert "Netzwerktreffen Bildungsmonitoring (Hessen)" not in titles


def test_registration_deadline_is_its_own_all_day_entry(events):
    deadline = events[f"{SUMMER}-anmeldeschluss@dkbm-aggregate"]
    assert str(deadline["SUMMARY"]) == "Anmeldeschluss: Netzwerktreffen Bildungsmonitoring"
    assert deadline.decoded("DTSTART") == date(2026, 6, 25)
    assert deadline.decoded("DTEND") == date(2026, 6, 26)
    assert "Anmeldung bis 25.06.2026" in str(events[f"{SUMMER}@dkbm-aggregate"]["DESCRIPTION"])


def test_deadlines_can_be_switched_off():
    uids = events_by_uid(parse(build_calendar(sample_rows(), include_deadlines=False)))
    assert not [uid for uid in uids if "anmeldeschluss" in uid]
    assert f"{SUMMER}@dkbm-aggregate" in uids


def test_place_url_and_german_description(events):
    event = events[f"{SUMMER}@dkbm-aggregate"]
    assert str(event["LOCATION"]) == "Kulturbahnhof, Rainer-Dierichs-Platz 1, 34117 Kassel"
    assert str(event["URL"]).startswith("https://www.reab-hessen.de/")
    description = str(event["DESCRIPTION"])
    for expected in ("Veranstalter: REAB Hessen", "Anmeldung bis 25.06.2026",
                     "Kontakt: Anna Beispiel (Referentin)", "Quelle: REAB Hessen",
                     "https://www.reab-hessen.de/angebote/"):
        assert expected in description
    assert str(events[f"{WINTER}@dkbm-aggregate"]["LOCATION"]) == "Online (Webex)"


def test_categories_region_and_organizer(events):
    event = events[f"{SUMMER}@dkbm-aggregate"]
    assert list(event["CATEGORIES"].cats) == ["Netzwerktreffen", "Bildungsmonitoring", "Ganztag"]
    assert event["X-DKBM-REGION"] == "HE"
    assert str(event["ORGANIZER"]) == "mailto:anna.beispiel@reab-hessen.de"
    assert event["ORGANIZER"].params["CN"] == "REAB Hessen"
    # Without a contact address no mailto is invented.
    assert not str(events[f"{WINTER}@dkbm-aggregate"]["ORGANIZER"]).startswith("mailto:")


def test_missing_end_gets_two_hours_and_says_so():
    cal = parse(build_calendar([event_row(id="x/2", title="Sprechstunde", start="2026-02-05T14:00")]))
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=2)
    assert "Ende nicht angegeben" in str(event["DESCRIPTION"])


def test_every_event_has_the_required_properties(body):
    for event in parse(body).walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "SEQUENCE"):
            assert prop in event, (prop, event.get("UID"))
