"""A paper's item under its kicker: "Meine Stadt Morgen ist „Girls Day“ in Musterland", stamped "12:00 21.04.2026".
The day the headline names is the day after the stamp, and the event is the day it names. "Girls Day" and
"Girls‘Day", as papers and schools spell it, are event nouns. All names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import dates as d
from parsers import extract_events, prose

ITEM = ("Menü\nMusterauer Presse | Ihre Zeitung aus Musterau\n"
        "Meine Stadt Morgen ist \"Girls Day\" in Musterland\n"
        "Musterau Meine Stadt Morgen ist \"Girls Day\" in Musterland\n"
        "12:00 21.04.2026\n"
        "Und Action: Mädchen beim Zukunftstag im Betrieb. Quelle: Beispielagentur\n\n"
        "In Musterau machen sich die Schülerinnen im Landesamt ein Bild über technische Berufe. Das Institut für "
        "Physik lockt mit einem Einblick in die Forschung.\n\n"
        "In vielen Handwerksbetrieben können die Mädchen mitanpacken, um einen Einblick in die Berufe zu bekommen.\n")


def test_the_day_a_headline_names_as_tomorrow_is_the_day_after_the_stamp():
    events = extract_events(ITEM, url="https://www.musterauer-presse.example/Musterau/Meine-Stadt/Morgen-ist-Girls-Day",
                            reference_date=date(2026, 12, 3), content_type="text/plain")
    assert [(e.title, e.start) for e in events] == [("Girls Day", "2026-04-22")]


@pytest.mark.parametrize("line", ["Der Morgen ist kühl und Nebel liegt über dem Tal", "Am Morgen ist Frühstück im Saal",
                                  "Guten Morgen ist Ihr Start in den Tag"])
def test_the_morning_is_no_tomorrow(line):
    assert d.find_relative_dates(line, date(2026, 4, 21)) == []


@pytest.mark.parametrize("name", ["Girls Day", "Girls‘Day", "Boys Day", "Girls’Day"])
def test_the_days_for_girls_and_boys_are_event_nouns(name):
    assert prose.EVENT_NOUN_RE.search(f"der {name} findet statt")


def test_tomorrow_named_at_the_start_of_a_headline_below_its_kicker():
    assert [(m.day, m.month) for m in d.find_relative_dates("Morgen ist „Girls Day“ in Musterland", date(2026, 4, 21))] \
        == [(22, 4)]
