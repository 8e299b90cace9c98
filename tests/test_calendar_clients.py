"""The feed as real calendar software reads it: khal (a calendar client with its own iCalendar
import and database), vobject and icalendar. Counts, Europe/Berlin wall-clock times, an all-day
entry, a cancelled entry, and a moved event updated in place instead of appearing twice."""
from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from dkbm_aggregate.app import make_datasette
from dkbm_aggregate.store import Store
from parsers import Event

from .test_identity import crawl_page
from .test_store import LIST_PAGE, PAGE, SOURCES

BERLIN = ZoneInfo("Europe/Berlin")
KHAL = Path(sys.executable).with_name("khal")
OTHER = PAGE.replace("netzwerktreffen", "jahrestagung")


def events_now() -> list[Event]:
    return [
        Event(title="Netzwerktreffen Bildungsmonitoring", start="2027-07-08T10:00", end="2027-07-08T13:00",
              city="Kassel", venue="Kulturbahnhof", registration_deadline="2027-06-30"),
        Event(title="Fachtag Ganztag", start="2027-01-20T09:30", end="2027-01-20T16:00", city="Fulda",
              status="cancelled"),
    ]


def build(tmp_path: Path) -> Store:
    store = Store(tmp_path / "dkbm.db")
    store.sync_sources(SOURCES.values())
    crawl_page(store, events_now(), page_url=LIST_PAGE)
    crawl_page(store, [Event(title="Jahrestagung Kommunales Bildungsmanagement", start="2027-09-15",
                             end="2027-09-16", all_day=True, city="Berlin")], page_url=OTHER)
    return store


def feed(path: Path) -> bytes:
    async def get():
        from dkbm_aggregate import datasette_plugin
        datasette_plugin._FEED_CACHE.clear()
        response = await make_datasette(path).client.get("/dkbm/events.ics")
        assert response.status_code == 200
        return response.content
    return asyncio.run(get())


def khal(config: Path, *args: str) -> str:
    result = subprocess.run([str(KHAL), "-c", str(config), *args], capture_output=True, text=True, timeout=60,
                            input="")
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def khal_config(tmp_path):
    if not KHAL.exists():
        pytest.fail("khal is a test dependency (pip install -e '.[test]')")
    calendar = tmp_path / "kalender"
    calendar.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(f"""[calendars]
[[dkbm]]
path = {calendar}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Berlin
default_timezone = Europe/Berlin
[sqlite]
path = {tmp_path / "khal.db"}
""", encoding="utf-8")
    return config, calendar


def test_khal_imports_the_feed_and_updates_a_moved_event_in_place(tmp_path, khal_config):
    config, calendar = khal_config
    store = build(tmp_path)
    first = tmp_path / "erste.ics"
    first.write_bytes(feed(store.path))
    khal(config, "import", "--batch", "-a", "dkbm", str(first))
    listing = khal(config, "list", "--once", "--format", "{start} {end} {title}|{status}|{uid}", "--day-format", "",
                   "2027-01-01", "2027-12-31")
    lines = [line for line in listing.splitlines() if line.strip()]
    # three events and one registration deadline, every one once
    assert len(lines) == 4, listing
    assert any(line.startswith("2027-07-08 10:00 2027-07-08 13:00 Netzwerktreffen Bildungsmonitoring") for line in lines)
    assert any(line.startswith("2027-01-20 09:30 2027-01-20 16:00 ABGESAGT: Fachtag Ganztag|CANCELLED")
               for line in lines)
    assert any(line.startswith("2027-09-15 2027-09-16 Jahrestagung Kommunales Bildungsmanagement") for line in lines)
    assert any("Anmeldeschluss: Netzwerktreffen Bildungsmonitoring" in line for line in lines)
    uid = next(line.rsplit("|", 1)[1] for line in lines
               if "Netzwerktreffen Bildungsmonitoring|" in line and "Anmeldeschluss" not in line)

    # the agency moves the meeting (and rewords its title): the subscriber's calendar updates it
    crawl_page(store, [Event(title="Netzwerktreffen Bildungsmonitoring Nordhessen", start="2027-07-15T10:00",
                             end="2027-07-15T13:00", city="Kassel", venue="Kulturbahnhof",
                             registration_deadline="2027-06-30"), events_now()[1]],
               page_url=LIST_PAGE, now="2026-11-08T06:00:00+00:00")
    second = tmp_path / "zweite.ics"
    second.write_bytes(feed(store.path))
    khal(config, "import", "--batch", "-a", "dkbm", str(second))
    listing = khal(config, "list", "--once", "--format", "{start} {title}|{uid}", "--day-format", "", "2027-01-01", "2027-12-31")
    meetings = [line for line in listing.splitlines() if "Netzwerktreffen" in line and "Anmeldeschluss" not in line]
    assert meetings == [f"2027-07-15 10:00 Netzwerktreffen Bildungsmonitoring Nordhessen|{uid}"], listing
    assert len(list(calendar.glob("*.ics"))) == 4


def test_vobject_and_icalendar_read_the_same_feed(tmp_path):
    store = build(tmp_path)
    body = feed(store.path)
    parsed = vobject.readOne(body.decode("utf-8"))
    vevents = list(parsed.vevent_list)
    assert len(vevents) == 4
    by_summary = {v.summary.value: v for v in vevents}
    meeting = by_summary["Netzwerktreffen Bildungsmonitoring"]
    assert meeting.dtstart.value == datetime(2027, 7, 8, 10, 0, tzinfo=BERLIN)
    assert meeting.dtstart.value.utcoffset().total_seconds() == 7200  # summer time from the VTIMEZONE
    cancelled = by_summary["ABGESAGT: Fachtag Ganztag"]
    assert cancelled.status.value == "CANCELLED"
    assert cancelled.dtstart.value.utcoffset().total_seconds() == 3600  # winter time
    all_day = by_summary["Jahrestagung Kommunales Bildungsmanagement"]
    assert all_day.dtstart.value == date(2027, 9, 15) and all_day.dtend.value == date(2027, 9, 17)
    calendar = icalendar.Calendar.from_ical(body)
    assert sorted(str(e["summary"]) for e in calendar.walk("VEVENT")) == sorted(by_summary)
    assert {str(e["uid"]) for e in calendar.walk("VEVENT")} == {v.uid.value for v in vevents}
