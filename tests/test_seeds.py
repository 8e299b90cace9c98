"""The five real page texts in ../shared/seeds read as a careful human reads them.

They exist only beside the repository (not in it); elsewhere these tests are skipped and the
labelled cases in tests/extraction cover the same shapes."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parsers import extract_events

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")


def read(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return extract_events(path.read_text(encoding="utf-8"), content_type="text/plain",
                          reference_date=date(2026, 11, 23))


def test_000_network_meeting_online_via_webex():
    [event] = read("000")
    assert event.start is None  # the day sits in an element the text view lost
    assert (event.start_time, event.end_time) == ("09:00", "12:00")
    assert event.online and event.online_platform == "Webex"
    assert event.organizer == "REAB Hessen"
    assert event.registration_deadline == "2026-02-20"
    # three people, each with name, phone and a de-obfuscated address ("@remove-this." gone)
    assert len(event.contacts) == 3
    assert all(c.name and c.phone and c.email.endswith("@involas.com") for c in event.contacts)
    assert event.event_type == "Netzwerktreffen"


def test_001_sozialraum_meeting_on_teams():
    [event] = read("001")
    assert event.registration_deadline == "2025-08-26"
    assert event.online_platform == "MS Teams"
    assert len(event.contacts) == 2  # "name@ involas.com": the space is closed
    assert all(c.email.endswith("@involas.com") and " " not in c.email for c in event.contacts)
    assert "Sozialraum" in event.topics


def test_002_vague_month_is_kept_not_invented():
    [event] = read("002")
    assert event.start is None
    assert event.start_partial == "2020-12"
    assert event.date_tentative
    assert event.event_type == "Werkstatt/Workshop"
    assert event.city is None  # "wird noch bekanntgegeben"


def test_003_network_self_portrait_is_no_event():
    assert read("003") == []


def test_004_programme_page_with_two_teasers():
    events = read("004")
    assert [e.start for e in events] == ["2025-05-08T09:00", "2025-06-05T09:00"]
    assert [e.end for e in events] == ["2025-05-08T10:00", "2025-06-05T12:15"]
    assert all(e.online for e in events)
    assert events[0].event_type == "Sprechstunde"
