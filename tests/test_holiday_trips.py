"""A youth group's holiday trip told by how long it lasts ("Die Ferienfreizeit … dauert vom 26. Juli bis 6. August
2027") over the forms to register: one event over those days, named by the page. "Ferienfreizeit" and its kin are event
nouns; one's "Freizeit" (spare time) is not. All names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from parsers import extract_events, prose

TRIP = ("Ferienfreizeit an die Ostsee\n\n"
        "Die Ferienfreizeit des Kreisjugendrings Musterau dauert vom 26. Juli bis 6. August 2027. Die Gruppe fährt mit "
        "dem Bus nach Beispielhagen an der Ostsee. Mitfahren können Kinder von 8 bis 12 Jahren.\n\n"
        "Formulare zur Anmeldung:\n\nAnmeldebogen Ferienfreizeit\n")


def test_a_trip_told_by_how_long_it_lasts_is_one_event_over_its_days():
    events = extract_events(TRIP, url="https://www.kjr-musterau.example/ferienfreizeit", reference_date=date(2026, 12, 3),
                            content_type="text/plain")
    assert [(e.title, e.start, e.end) for e in events] == [("Ferienfreizeit an die Ostsee", "2027-07-26", "2027-08-06")]


@pytest.mark.parametrize("text, noun", [("die Ferienfreizeit", True), ("eine Kinderfreizeit", True),
                                        ("in der Freizeit", False), ("Freizeitangebote", False)])
def test_holiday_trips_are_event_nouns_and_spare_time_is_not(text, noun):
    assert bool(prose.EVENT_NOUN_RE.search(text)) == noun
